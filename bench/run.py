"""Change Journal benchmarks: prints one JSON object (``--table`` adds a readable table).

Builds its own databases in a temporary folder, then measures in one run (medians over
repeated runs). Targets and how to read the figures are in the README ("Performance").

    python bench/run.py            # full sizes (1 month, 1 year, 10 years of daily check-ins)
    python bench/run.py --tiny     # small sizes, for the smoke test
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from datasets import NOW, PASSWORD, coach_database, person_database  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

from change_journal import coach_dashboard, export, importer  # noqa: E402
from change_journal.progress import RANGES  # noqa: E402
from change_journal.store import open_db, users  # noqa: E402
from change_journal.store.checkins import AnswerIn, save_checkin  # noqa: E402
from change_journal.store.coach import counting_statements  # noqa: E402

SIZES = {"1_month": 30, "1_year": 365, "10_years": 3650}
TINY_SIZES = {"1_month": 10, "1_year": 40, "10_years": 120}
CLIENTS = (10, 200)
TINY_CLIENTS = (2, 6)
RATINGS = {"importance": 7, "confidence": 5, "readiness": 6}


def median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 2)


@contextmanager
def env(**values: str):
    old = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in old.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def progress_runs(db_path: Path, account, rounds: int) -> tuple[list[float], int]:
    """Server-side run times of the progress page while cycling through the time ranges."""
    from change_journal.ui.session import ACCOUNT_KEY

    with env(CHANGE_JOURNAL_DB=str(db_path)):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        at.session_state[ACCOUNT_KEY] = account
        at.run()
        at.switch_page("pages/progress.py").run()
        samples, chart_bytes = [], 0
        for round_number in range(rounds + 1):
            for range_name in RANGES:
                at.button_group(key="progress_range").set_value(range_name)
                start = time.perf_counter()
                at.run()
                elapsed = time.perf_counter() - start
                if at.exception:
                    raise RuntimeError(at.exception[0].message)
                if round_number:  # the first round warms caches: "second and later runs"
                    samples.append(elapsed)
                if range_name == "All":
                    chart_bytes = at.get("vega_lite_chart")[0].proto.ByteSize()
    return samples, chart_bytes


def floor_runs(db_path: Path, account, change_id: int, rounds: int) -> list[float]:
    """Run times of the bare page that only queries the same rows and draws one plain chart."""
    with env(BENCH_DB=str(db_path), BENCH_USER=str(account.id), BENCH_CHANGE=str(change_id)):
        at = AppTest.from_file(str(BENCH / "floor_page.py"), default_timeout=120)
        at.run()
        samples = []
        for _ in range(rounds * len(RANGES)):
            start = time.perf_counter()
            at.run()
            samples.append(time.perf_counter() - start)
            if at.exception:
                raise RuntimeError(at.exception[0].message)
    return samples


def coach_runs(db_path: Path, coach, rounds: int) -> tuple[list[float], int]:
    """Server-side run times of the coach dashboard, and the SQL statements its data load runs."""
    from change_journal.ui.session import ACCOUNT_KEY

    with env(CHANGE_JOURNAL_DB=str(db_path)):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        at.session_state[ACCOUNT_KEY] = coach
        at.run()
        samples = []
        for _ in range(rounds * 4 + 1):
            start = time.perf_counter()
            at.run()
            samples.append(time.perf_counter() - start)
            if at.exception:
                raise RuntimeError(at.exception[0].message)
    db = open_db(db_path, migrate=False)
    coach_dashboard.load(db, coach.id)  # a first load stamps the grants as viewed
    with counting_statements(db) as statements:
        coach_dashboard.load(db, coach.id)
    db.close()
    return samples[1:], len(statements)


def import_seconds(db_path: Path, account, folder: Path) -> float:
    """Export the account to JSON, then time reading and importing it into a fresh database."""
    source = open_db(db_path, migrate=False)
    raw = export.export_json(source, account.id)
    source.close()
    target = open_db(folder / "imported.db")
    user_id = users.create_user(target, "restored", "restored", "not used")
    start = time.perf_counter()
    importer.import_journal(target, user_id, importer.read_export(raw))
    elapsed = time.perf_counter() - start
    target.close()
    return round(elapsed, 2)


def save_times(db_path: Path, account, change_id: int, count: int) -> list[float]:
    """Open, write one check-in with answers, commit, close: the work of one save."""
    samples = []
    for i in range(count):
        start = time.perf_counter()
        db = open_db(db_path, migrate=False)
        save_checkin(db, account.id, change_id, RATINGS,
                     [AnswerIn("checkin.note", "Note", f"Benchmark save {i}.")])
        db.close()
        samples.append(time.perf_counter() - start)
    return samples


def concurrent_saves(db_path: Path, account, change_id: int, threads: int,
                     per_thread: int) -> tuple[float, int]:
    """Saves per second with ``threads`` writers, each opening its own connection per save."""
    errors: list[BaseException] = []

    def writer() -> None:
        for i in range(per_thread):
            try:
                db = open_db(db_path, migrate=False)
                save_checkin(db, account.id, change_id, RATINGS,
                             [AnswerIn("checkin.note", "Note", f"Concurrent save {i}.")])
                db.close()
            except Exception as exc:  # counted and reported: the target is zero
                errors.append(exc)

    workers = [threading.Thread(target=writer) for _ in range(threads)]
    start = time.perf_counter()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    elapsed = time.perf_counter() - start
    return round(threads * per_thread / elapsed, 1), len(errors)


def browser_ms(db_path: Path, rounds: int) -> float | None:
    """Headless Chromium: from clicking "Progress" to the chart being drawn (10-year account)."""
    sys.path.insert(0, str(ROOT))
    from tests.e2e.conftest import CHROMIUM_FLAGS, chromium_path, start_server, stop_server
    from tests.e2e.streamlit_ui import settle, sign_in

    path = chromium_path()
    if path is None:
        return None
    from playwright.sync_api import sync_playwright

    process, url = start_server(db_path, db_path.with_suffix(".log"))
    samples = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            sign_in(page, url, "person", PASSWORD)
            for _ in range(rounds + 1):
                page.get_by_role("link", name="Check in").click()
                settle(page)
                start = time.perf_counter()
                page.get_by_role("link", name="Progress").click()
                page.locator('[data-testid="stVegaLiteChart"] canvas, '
                             '[data-testid="stVegaLiteChart"] svg.marks').first.wait_for()
                samples.append(time.perf_counter() - start)
            browser.close()
    finally:
        stop_server(process)
    return median_ms(samples[1:])


def run(tiny: bool) -> dict:
    sizes = TINY_SIZES if tiny else SIZES
    rounds = 1 if tiny else 5
    result: dict = {"sizes_days": sizes, "now": NOW.isoformat(), "progress_ms": {},
                    "floor_ms": {}, "progress_over_floor": {}, "chart_bytes": {}}
    with tempfile.TemporaryDirectory(prefix="cj-bench-") as tmp:
        folder = Path(tmp)
        people = {name: person_database(folder, name, days) for name, days in sizes.items()}
        for name, (path, account, change_ids) in people.items():
            samples, chart_bytes = progress_runs(path, account, rounds)
            floor = floor_runs(path, account, change_ids[0], rounds)
            result["progress_ms"][name] = median_ms(samples)
            result["floor_ms"][name] = median_ms(floor)
            result["progress_over_floor"][name] = round(statistics.median(samples)
                                                        / statistics.median(floor), 2)
            result["chart_bytes"][name] = chart_bytes
        result["progress_10y_over_1m"] = round(
            result["progress_ms"]["10_years"] / result["progress_ms"]["1_month"], 2)

        big_path, big_account, big_changes = people["10_years"]
        copy = folder / "saves.db"
        shutil.copy(big_path, copy)
        result["save_ms"] = median_ms(save_times(copy, big_account, big_changes[0],
                                                 10 if tiny else 100))
        result["concurrent_saves_per_s"], result["concurrent_errors"] = concurrent_saves(
            copy, big_account, big_changes[1], threads=8, per_thread=5 if tiny else 50)
        result["browser_ms"] = browser_ms(big_path, 1 if tiny else 5)
        result["import_s"] = import_seconds(big_path, big_account, folder)

        result["coach_ms"], result["coach_statements"] = {}, {}
        for clients in (TINY_CLIENTS if tiny else CLIENTS):
            path, coach = coach_database(folder, clients)
            samples, statements = coach_runs(path, coach, rounds)
            result["coach_ms"][f"{clients}_clients"] = median_ms(samples)
            result["coach_statements"][f"{clients}_clients"] = statements
        low, high = result["coach_ms"].values()
        result["coach_many_over_few"] = round(high / low, 2)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return result


def table(result: dict) -> str:
    lines = [f"{'measure':<28} {'value':>12}"]
    for key, value in result.items():
        if isinstance(value, dict):
            for sub, number in value.items():
                lines.append(f"{key + ' ' + sub:<28} {number!s:>12}")
        else:
            lines.append(f"{key:<28} {value!s:>12}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tiny", action="store_true", help="small sizes (for the smoke test)")
    parser.add_argument("--table", action="store_true", help="also print a readable table")
    args = parser.parse_args()
    result = run(args.tiny)
    print(json.dumps(result))
    if args.table:
        print(table(result), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
