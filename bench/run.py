"""Change Journal benchmarks: prints one JSON object (``--table`` adds a readable summary).

Builds its own databases (histories that end now, so the time ranges hold what they say),
then measures everything in one run. What is measured and why:

- Server-side reruns through Streamlit's AppTest. Each sample gives the CPU time of the
  script thread (what the server spends running the page, ``cpu``), the process CPU time
  around the whole AppTest run (``process_cpu``) and the wall time (``wall``); every figure is
  a p50 and a p95 over ``--samples`` samples (20 by default, at least 15 for the README).
  Ratios are of p50 CPU times measured in this one run, page and floor interleaved.
- The Progress page per history (1 month, 1 year, 10 years, 30 years of daily check-ins on
  three changes) and per time range (Month, Quarter, Year, All), against a floor per range
  that loads the same check-ins and draws as many points in one plain chart, both bare and in
  the app's own frame (session check and menu). The payload is the whole page: every element
  Streamlit sends (charts, table, text, menu), summed from the run's messages.
- Change talk after an import: the 10-year journal exported and imported into a fresh
  database (the import reads every answer for change talk as it writes it, and is timed), then
  the Progress page's first views against a steady view.
- "In your own words", the coach's dashboard at 10 and 200 clients with the same page size,
  the chart-spec options, and where the time goes (core calls timed one by one).
- In Chromium: Progress "All" drawn, the coach's dashboard drawn, and the sign-in page painted
  after ``streamlit run`` starts. Reruns per second with 1 and 2 processes behind nginx
  (bench/scale.py), when nginx is installed.

    python bench/run.py                 # full sizes (about 15-25 minutes on 2 cores)
    python bench/run.py --tiny          # small sizes, few samples (the smoke test)
    python bench/run.py --only progress,coach --samples 5
    python bench/run.py --engine both --only progress,coach,saves --table

``--engine postgresql`` (or ``both``) measures the engine-bound sections (Progress, the coach's
dashboard, saves, and processes behind nginx) on PostgreSQL too: each database is built as an SQLite
file, as for SQLite, and moved with the ``copy`` command's code into a new database of a
throwaway cluster on the same disk (``tests/pg_cluster.py``, durable settings: fsync and
synchronous commit on), reached through its unix socket. ``both`` keeps SQLite's figures where
they always were and adds ``"postgresql"``; ``--table`` then prints the two side by side.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import json
import os
import platform
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

import datasets  # noqa: E402
import streamlit.testing.v1.app_test as app_test_module  # noqa: E402
import streamlit.testing.v1.local_script_runner as local_runner_module  # noqa: E402
from streamlit.runtime.pages_manager import PagesManager  # noqa: E402
from streamlit.runtime.scriptrunner.script_cache import ScriptCache  # noqa: E402
from streamlit.runtime.scriptrunner.script_runner import ScriptRunner  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402
from streamlit.testing.v1.local_script_runner import LocalScriptRunner  # noqa: E402

from change_journal import (  # noqa: E402
    change_talk,
    charts,
    coach_dashboard,
    export,
    importer,
    markers,
    progress,
    sessions,
    summary,
    talk,
)
from change_journal.accounts import Account  # noqa: E402
from change_journal.store import open_db, users  # noqa: E402
from change_journal.store.checkins import AnswerIn, save_checkin  # noqa: E402
from change_journal.store.coach import counting_statements  # noqa: E402
from change_journal.store.migrations import ORDER  # noqa: E402

SIZES = {"1_month": 30, "1_year": 365, "10_years": 3650, "30_years": 10950}
TINY_SIZES = {"1_month": 10, "1_year": 40, "10_years": 130, "30_years": 400}
CLIENTS = (10, 200)
TINY_CLIENTS = (3, 12)
COACH_PAGE_SIZE = 10
"""Rows on a page of the coach's dashboard while it is measured (the same for both coaches)."""
TINY_COACH_PAGE_SIZE = 3
RANGES = list(progress.RANGES)
RATINGS = {"importance": 7, "confidence": 5, "readiness": 6}
TZ = "Europe/London"
STARTUP_LIMIT_S = 60


# ------------------------------------------------------------------------------ statistics

def percentile(samples: list[float], q: float) -> float:
    """The ``q`` quantile (0-1) of ``samples``, linearly interpolated."""
    ordered = sorted(samples)
    position = q * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def ms(samples: list[float]) -> dict:
    """p50 and p95 of ``samples`` (seconds) in milliseconds, and how many there were."""
    if not samples:
        return {"p50": None, "p95": None, "n": 0}
    return {"p50": round(percentile(samples, 0.5) * 1000, 2),
            "p95": round(percentile(samples, 0.95) * 1000, 2), "n": len(samples)}


def ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 2) if a and b else None


# ------------------------------------------------------------------------------ AppTest runs

_script_cpu = threading.local()
_script_cpu_log: list[float] = []
_original_run_script = ScriptRunner._run_script


def _timed_run_script(self, rerun_data):
    """ScriptRunner._run_script, recording the CPU time of the script thread it runs in."""
    start = time.thread_time()
    try:
        return _original_run_script(self, rerun_data)
    finally:
        _script_cpu_log.append(time.thread_time() - start)


ScriptRunner._run_script = _timed_run_script

# A server compiles each page once and keeps the bytecode in one ScriptCache; AppTest makes a
# new cache on every run and so recompiles app.py and the page every time (about 5 ms that no
# server spends). One cache for every run, as in a server.
_shared_script_cache = ScriptCache()
app_test_module.ScriptCache = lambda: _shared_script_cache
local_runner_module.ScriptCache = lambda: _shared_script_cache

# AppTest forgets, before every run, that app.py's st.navigation has switched off Streamlit's
# legacy pages/ folder mode, so a page reached with switch_page() runs alone, without app.py
# (no session check, no menu). A server forgets it once, at start-up. Measure as a server runs.
_original_pages_manager_init = PagesManager.__init__


def _as_in_a_server(self, *args, **kwargs):
    _original_pages_manager_init(self, *args, **kwargs)
    PagesManager.uses_pages_directory = False


PagesManager.__init__ = _as_in_a_server

_last_messages: list = []
_original_local_run = LocalScriptRunner.run


def _keeping_messages(self, *args, **kwargs):
    """LocalScriptRunner.run, keeping the messages it sent (for the payload)."""
    try:
        return _original_local_run(self, *args, **kwargs)
    finally:
        _last_messages[:] = list(self.forward_msgs())


LocalScriptRunner.run = _keeping_messages


class Samples:
    """CPU (script thread), process CPU and wall time of repeated runs."""

    def __init__(self) -> None:
        self.cpu: list[float] = []
        self.process: list[float] = []
        self.wall: list[float] = []

    def summary(self) -> dict:
        return {"cpu_ms": ms(self.cpu), "process_cpu_ms": ms(self.process), "wall_ms": ms(self.wall)}

    @property
    def cpu_p50(self) -> float | None:
        return ms(self.cpu)["p50"]


def timed_run(at: AppTest, into: Samples | None = None) -> AppTest:
    """``at.run()``; adds its times to ``into``; raises on a page exception."""
    del _script_cpu_log[:]
    cpu, wall = time.process_time(), time.perf_counter()
    at.run()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if at.exception:
        raise RuntimeError(f"page failed: {at.exception[0].message}")
    if into is not None:
        into.cpu.append(sum(_script_cpu_log))
        into.process.append(cpu)
        into.wall.append(wall)
    return at


def page_payload() -> dict:
    """Bytes of everything the last AppTest run sent, by kind of element, and in all."""
    kinds: dict[str, int] = {}
    for msg in _last_messages:
        if msg.WhichOneof("type") != "delta":
            continue
        delta = msg.delta
        kind = delta.WhichOneof("type")
        if kind == "new_element":
            kind = delta.new_element.WhichOneof("type")
        kinds[kind] = kinds.get(kind, 0) + msg.ByteSize()
    kinds["total"] = sum(kinds.values())
    return kinds


def chart_rows(at: AppTest) -> int:
    """Rows in every chart dataset of the page (points, bars and markers the browser draws)."""
    import pyarrow as pa

    total = 0
    for chart in at.get("vega_lite_chart") + at.get("arrow_vega_lite_chart"):
        proto = chart.proto
        for dataset in proto.datasets:
            total += pa.ipc.open_stream(dataset.data.data).read_all().num_rows
        if proto.data.data:
            total += pa.ipc.open_stream(proto.data.data).read_all().num_rows
    return total


@contextmanager
def env(**values: str) -> Iterator[None]:
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


def session_token(db_path: Path, account: Account) -> str:
    """A signed-in session for ``account``, as the sign-in page would start it."""
    db = open_db(db_path, migrate=False)
    try:
        return sessions.start(db, account)
    finally:
        db.close()


def app_for(db_path: Path, account: Account, script: Path = ROOT / "app.py") -> AppTest:
    """AppTest of ``script`` with ``account`` signed in (its first run done)."""
    from change_journal.ui.session import TOKEN_KEY

    at = AppTest.from_file(str(script), default_timeout=600)
    at.session_state[TOKEN_KEY] = session_token(db_path, account)
    with env(CHANGE_JOURNAL_DB=str(db_path)):
        timed_run(at)
    return at


def run_in(db_path: Path, at: AppTest, into: Samples | None = None) -> AppTest:
    with env(CHANGE_JOURNAL_DB=str(db_path)):
        return timed_run(at, into)


def floor_frame(folder: Path) -> Path:
    """A copy of the app's frame in which pages/progress.py is the floor page: app.py and every
    other page linked unchanged, so the floor pays exactly what the real frame costs."""
    frame = folder / "floor_app"
    (frame / "pages").mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "app.py", frame / "app.py")
    for item in ("data", ".streamlit"):
        if (ROOT / item).exists() and not (frame / item).exists():
            (frame / item).symlink_to(ROOT / item)
    for page in (ROOT / "pages").glob("*.py"):
        target = frame / "pages" / page.name
        if not target.exists():
            target.symlink_to(BENCH / "floor_page.py" if page.name == "progress.py" else page)
    return frame / "app.py"


# ------------------------------------------------------------------------------ datasets

def build(folder: Path, sizes: dict[str, int], keep: Path | None) -> dict:
    """The people databases, built in ``folder`` (or copied from ``keep``, when it holds
    ones built today for the same sizes). Harness runs sharing ``keep`` build each one once:
    the others wait for it."""
    with contextlib.ExitStack() as stack:
        if keep:
            keep.mkdir(parents=True, exist_ok=True)
            lock = stack.enter_context((keep / ".lock").open("w"))
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        return _build(folder, sizes, keep)


def _build(folder: Path, sizes: dict[str, int], keep: Path | None) -> dict:
    people = {}
    for name, days in sizes.items():
        # Counted change talk is only current for one version of the recogniser.
        cached = keep / (f"{datetime.now(UTC).date()}-{name}-{days}-talk{change_talk.VERSION}"
                         f"-schema{len(ORDER)}.db") \
            if keep else None
        path = folder / f"{name}.db"
        if cached is not None and cached.exists():
            shutil.copy(cached, path)
            account, change_ids = Account(1, "person", "person"), [1, 2, 3]
        else:
            path, account, change_ids = datasets.person_database(folder, name, days)
            if cached is not None:
                shutil.copy(path, cached.with_suffix(".partial"))
                cached.with_suffix(".partial").replace(cached)
        people[name] = (path, account, change_ids)
    return people


# ------------------------------------------------------------------------------ Progress

def progress_section(people: dict, folder: Path, n: int, place: Placer = Path) -> dict:
    """Every history and range: the page, the floor bare and in the app, payload, points."""
    frame_script = floor_frame(folder)
    out: dict = {}
    for name, (built, account, change_ids) in people.items():
        path = place(built)
        page = app_for(path, account)
        page.switch_page("pages/progress.py")
        run_in(path, page)
        floor_env = {"BENCH_DB": str(path), "BENCH_USER": str(account.id),
                     "BENCH_CHANGE": str(change_ids[0]), "BENCH_POINTS": "0", "BENCH_SINCE": ""}
        with env(**floor_env):
            bare = AppTest.from_file(str(BENCH / "floor_page.py"), default_timeout=600)
            framed = app_for(path, account, frame_script)
            framed.switch_page("pages/progress.py")
        out[name] = {}
        for range_name in RANGES:
            page.button_group(key="progress_range").set_value(range_name)
            run_in(path, page)  # the first view of this range
            points = chart_rows(page)
            payload = page_payload()
            since_at = progress.since(range_name) or ""
            floor_env.update(BENCH_POINTS=str(points), BENCH_SINCE=since_at)
            measured = {"page": Samples(), "floor_bare": Samples(), "floor_in_app": Samples()}
            with env(**floor_env):
                timed_run(bare)
                run_in(path, framed)
                for _ in range(n):  # interleaved, so load on the machine hits all three alike
                    run_in(path, page, measured["page"])
                    timed_run(bare, measured["floor_bare"])
                    run_in(path, framed, measured["floor_in_app"])
            floor_payload = page_payload()
            result = {key: value.summary() for key, value in measured.items()}
            result.update(
                points=points, payload_bytes=payload, floor_payload_bytes=floor_payload["total"],
                over_floor_in_app=ratio(measured["page"].cpu_p50, measured["floor_in_app"].cpu_p50),
                over_floor_bare=ratio(measured["page"].cpu_p50, measured["floor_bare"].cpu_p50),
                wall_over_floor_in_app=ratio(ms(measured["page"].wall)["p50"],
                                             ms(measured["floor_in_app"].wall)["p50"]),
            )
            out[name][range_name] = result
    return out


def what_if_section(people: dict, n: int) -> dict:
    """NOT the app as it is: Progress "All" with talk.count_pending and talk.over_time replaced
    by stubs that return the same counts at no cost: what the change-talk section still costs
    is the difference from the page as it is."""
    out: dict = {"note": "talk.count_pending and talk.over_time stubbed (same counts, no cost)"}
    real_pending, real_weekly = talk.count_pending, talk.over_time
    try:
        for name, (path, account, change_ids) in people.items():
            db = open_db(path, migrate=False)
            counts = real_weekly(db, account.id, change_ids[0], None, "UTC")
            db.close()
            talk.count_pending = lambda *args, **kwargs: 0
            talk.over_time = lambda *args, _counts=counts, **kwargs: _counts.copy()
            page = app_for(path, account)
            page.switch_page("pages/progress.py")
            run_in(path, page)
            page.button_group(key="progress_range").set_value("All")
            run_in(path, page)
            samples = Samples()
            for _ in range(n):
                run_in(path, page, samples)
            out[name] = samples.summary()
            talk.count_pending, talk.over_time = real_pending, real_weekly
    finally:
        talk.count_pending, talk.over_time = real_pending, real_weekly
    if "30_years" in out:
        out["30_years_over_1_month"] = ratio(out["30_years"]["cpu_ms"]["p50"],
                                             out["1_month"]["cpu_ms"]["p50"])
    return out


def shell_section(people: dict, n: int) -> dict:
    """A signed-in rerun of a page that draws one heading and one line, in the app's frame."""
    path, account, _ = people["1_month"]
    at = app_for(path, account)
    at.switch_page("pages/other_role.py")
    run_in(path, at)
    samples = Samples()
    for _ in range(n):
        run_in(path, at, samples)
    return samples.summary()


# ------------------------------------------------------------------------------ other pages

def page_samples(path: Path, account: Account, page: str, n: int) -> tuple[Samples, dict]:
    """Reruns of ``page`` (the home page when empty); the payload of the last, with how many
    charts and tables it drew under ``"charts"`` and ``"tables"``."""
    at = app_for(path, account)
    if page:
        at.switch_page(page)
        run_in(path, at)
    samples = Samples()
    for _ in range(n):
        run_in(path, at, samples)
    payload = page_payload()
    payload["charts"] = len(at.get("vega_lite_chart")) + len(at.get("arrow_vega_lite_chart"))
    payload["tables"] = len(at.get("arrow_data_frame")) + len(at.get("dataframe"))
    return samples, payload


def summary_section(people: dict, n: int) -> dict:
    out = {}
    for name, (path, account, _) in people.items():
        samples, payload = page_samples(path, account, "pages/summary.py", n)
        out[name] = {**samples.summary(), "payload_bytes": payload["total"]}
    return out


def first_view_section(days: int, folder: Path, n: int, import_samples: int) -> dict:
    """Export a journal of one change with ``days`` of daily check-ins (10 years: about 12 MB,
    within the import limit; three such changes would not be), import it into fresh databases
    (timed: it reads every answer for change talk as it writes it), then open Progress: the
    first view of the default range and of "All", any views until every answer is counted (none
    are left to count after an import), and a steady view of the same data."""
    path, account, _ = datasets.person_database(folder, "import_source", days, changes_count=1)
    source = open_db(path, migrate=False)
    raw = export.export_json(source, account.id)
    source.close()
    journal = importer.read_export(raw)
    imports = Samples()
    target_path = None
    for i in range(import_samples):
        target_path = folder / f"imported_{i}.db"
        target = open_db(target_path)
        user_id = users.create_user(target, "restored", "restored", "not used")
        cpu, wall = time.process_time(), time.perf_counter()
        importer.import_journal(target, user_id, journal)
        imports.wall.append(time.perf_counter() - wall)
        imports.process.append(time.process_time() - cpu)
        imports.cpu.append(imports.process[-1])
        target.close()
    restored = Account(user_id, "restored", "person")
    at = app_for(target_path, restored)
    at.switch_page("pages/progress.py")
    first_default = Samples()
    run_in(target_path, at, first_default)  # the default range ("Quarter")
    at.button_group(key="progress_range").set_value("All")
    first_all, later = Samples(), Samples()
    run_in(target_path, at, first_all)
    views = 1
    while _still_counting(at) and views < 200:
        run_in(target_path, at, later)
        views += 1
    steady = Samples()
    for _ in range(n):
        run_in(target_path, at, steady)
    return {
        "export_mb": round(len(raw) / importer.MEGABYTE, 1),  # the import limit's megabytes
        "import_s": {"cpu": round(statistics.median(imports.process), 2),
                     "wall": round(statistics.median(imports.wall), 2), "n": import_samples},
        "first_view_default_range": first_default.summary(),
        "first_view_all": first_all.summary(),
        "views_until_counted": views if not _still_counting(at) else None,
        "later_views_while_counting": later.summary(),
        "steady_view_all": steady.summary(),
        "first_over_steady": ratio(first_all.cpu_p50, steady.cpu_p50),
    }


def _still_counting(at: AppTest) -> bool:
    return any("still being read" in c.value for c in at.caption)


def coach_section(folder: Path, clients: tuple[int, ...], page_size: int, n: int,
                  place: Placer = Path) -> dict:
    """The coach's dashboard for each number of clients, the same rows on a page."""
    out: dict = {"page_size": page_size}
    defaults = coach_dashboard.page.__defaults__
    coach_dashboard.page.__defaults__ = (page_size,)
    try:
        for count in clients:
            built, coach = datasets.coach_database(folder, count)
            path = place(built)
            samples, payload = page_samples(path, coach, "", n)
            db = open_db(path, migrate=False)
            coach_dashboard.load(db, coach.id)  # a first load stamps the grants as viewed
            with counting_statements(db) as statements:
                coach_dashboard.load(db, coach.id)
            db.close()
            out[f"{count}_clients"] = {**samples.summary(), "payload_bytes": payload["total"],
                                       "statements": len(statements),
                                       "drawn": {"charts": payload["charts"],
                                                 "tables": payload["tables"]},
                                       "db": str(path)}
    finally:
        coach_dashboard.page.__defaults__ = defaults
    few, many = (out[f"{c}_clients"]["cpu_ms"]["p50"] for c in clients)
    out["many_over_few"] = ratio(many, few)
    return out


# ------------------------------------------------------------------------------ core costs

def _cpu_ms(fn: Callable[[], object], n: int) -> dict:
    samples = []
    for _ in range(n):
        start = time.process_time()
        fn()
        samples.append(time.process_time() - start)
    return ms(samples)


def breakdown_section(people: dict, n: int) -> dict:
    """The Progress page's core calls on "All", one by one, at every history (CPU, no Streamlit)."""
    return {name: _breakdown(path, account.id, change_ids[0], n)
            for name, (path, account, change_ids) in people.items()}


def _breakdown(path: Path, user: int, change: int, n: int) -> dict:
    db = open_db(path, migrate=False)
    shown = progress.period(db, user, change, None, TZ)
    events = markers.for_chart(markers.timeline_events(db, user, change, None), TZ)
    counts = talk.over_time(db, user, change, None, TZ)
    out = {
        "progress.period": _cpu_ms(lambda: progress.period(db, user, change, None, TZ), n),
        "progress.history (every row)": _cpu_ms(
            lambda: progress.history(db, user, change, None, TZ), max(3, n // 4)),
        "markers": _cpu_ms(lambda: markers.timeline_events(db, user, change, None), n),
        "charts.ruler_spec": _cpu_ms(lambda: charts.ruler_spec(shown.chart, events), n),
        "talk.count_pending (nothing pending)": _cpu_ms(
            lambda: talk.count_pending(db, user, change), n),
        "talk.over_time (kept sums)": _cpu_ms(lambda: talk.over_time(db, user, change, None, TZ), n),
        "talk bars per side": len(counts) // 2,
        "talk.points + charts.talk_spec": _cpu_ms(
            lambda: charts.talk_spec(talk.points(counts)), n),
        "summary.build_summary": _cpu_ms(
            lambda: summary.build_summary(db, user, _change(db, user, change)), max(3, n // 4)),
    }
    db.close()
    return out


def _change(db, user_id: int, change_id: int):
    from change_journal.store.changes import list_changes

    return next(c for c in list_changes(db, user_id) if c.id == change_id)


def chart_spec_section(people: dict, n: int) -> dict:
    """Ways of getting the ruler chart's spec for the 10-year "All" range (CPU per chart)."""
    import streamlit as st

    path, account, change_ids = people["10_years"]
    db = open_db(path, migrate=False)
    shown = progress.period(db, account.id, change_ids[0], None, TZ)
    events = markers.for_chart(markers.timeline_events(db, account.id, change_ids[0], None), TZ)
    db.close()

    @st.cache_data(show_spinner=False)
    def cached(points, events_frame, grouping):
        return charts.ruler_chart(progress.ChartData(points, grouping), events_frame).to_dict()

    with warnings_quiet():
        cached(shown.chart.points, events, shown.chart.grouping)  # a miss: builds it once
        return {
            "points": len(shown.chart.points),
            "altair_build_and_validate": _cpu_ms(
                lambda: charts.ruler_chart(shown.chart, events).to_dict(), n),
            "altair_build_no_validation": _cpu_ms(
                lambda: charts.ruler_chart(shown.chart, events).to_dict(validate=False), n),
            "st_cache_data_hit": _cpu_ms(
                lambda: cached(shown.chart.points, events, shown.chart.grouping), n),
            "template_ruler_spec (used)": _cpu_ms(lambda: charts.ruler_spec(shown.chart, events), n),
        }


@contextmanager
def warnings_quiet() -> Iterator[None]:
    import logging

    logger = logging.getLogger("streamlit")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def saves_section(people: dict, folder: Path, saves: int, threads: int, per_thread: int,
                  rounds: int, place: Placer = Path) -> dict:
    path, account, change_ids = people["10_years"]
    copy = folder / "saves.db"
    shutil.copy(path, copy)
    copy = place(copy)
    one = Samples()
    for i in range(saves):
        cpu, wall = time.process_time(), time.perf_counter()
        db = open_db(copy, migrate=False)
        save_checkin(db, account.id, change_ids[0], RATINGS,
                     [AnswerIn("checkin.note", "Note", f"Benchmark save {i}.")])
        db.close()
        one.wall.append(time.perf_counter() - wall)
        one.process.append(time.process_time() - cpu)
        one.cpu.append(one.process[-1])
    rates, errors = [], 0
    for _ in range(rounds):
        rate, failed = concurrent_saves(copy, account, change_ids[1], threads, per_thread)
        rates.append(rate)
        errors += failed
    return {"one_save": one.summary(),
            "concurrent_saves_per_s": {"p50": round(statistics.median(rates), 1),
                                       "min": round(min(rates), 1), "n": rounds,
                                       "threads": threads},
            "concurrent_errors": errors}


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
    return threads * per_thread / (time.perf_counter() - start), len(errors)


# ------------------------------------------------------------------------------ browser

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


STREAMLIT_FLAGS = ["--server.address", "127.0.0.1", "--server.headless", "true",
                   "--browser.gatherUsageStats", "false"]


def start_app(db_path: Path, log: Path, port: int, launcher: list[str] | None = None,
              extra_env: dict | None = None) -> subprocess.Popen:
    """``streamlit run app.py`` on ``port`` (loopback only) with ``db_path``."""
    command = launcher or [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py")]
    return subprocess.Popen(
        [*command, "--server.port", str(port), *STREAMLIT_FLAGS],
        cwd=ROOT, env={**os.environ, "CHANGE_JOURNAL_DB": str(db_path), **(extra_env or {})},
        stdout=log.open("w"), stderr=subprocess.STDOUT)


def wait_healthy(process: subprocess.Popen, port: int, limit: float = STARTUP_LIMIT_S) -> float:
    import urllib.request

    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        if process.poll() is not None:
            raise RuntimeError("streamlit exited early")
        with contextlib.suppress(OSError), urllib.request.urlopen(
                f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
            if r.read().strip() == b"ok":
                return time.perf_counter() - start
        time.sleep(0.02)
    raise RuntimeError("streamlit did not become healthy")


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


PAINTED_JS = """() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(
    () => done(true))))"""
"""Resolves after two animation frames: what was in the page has been painted."""

DRAWN_JS = """([charts, tables]) => {
  if (document.querySelector('[data-stale="true"]')) return false;
  if (document.querySelector('[data-testid="stStatusWidget"]')) return false;
  const shown = (selector, inner) => [...document.querySelectorAll(selector)].filter((e) => {
    const drawn = e.querySelector(inner);
    return drawn && drawn.getBoundingClientRect().width > 0;
  }).length;
  return shown('[data-testid="stVegaLiteChart"]', 'canvas, svg.marks') >= charts
    && shown('[data-testid="stDataFrame"]', 'canvas') >= tables;
}"""
"""True once no element is stale, the script is not running, and at least ``charts`` Vega-Lite
charts and ``tables`` data frames (Glide grids, which draw on a canvas) are drawn."""


class RunWatcher:
    """Counts the "script finished" messages the page's websocket receives, so that a sample
    ends only after the server has run the page for the click (identical content, as on a
    one-month history where "Month" and "All" look alike, cannot end it early)."""

    def __init__(self, page) -> None:
        self.finished = 0
        page.on("websocket", lambda socket: socket.on("framereceived", self._frame))

    def _frame(self, payload) -> None:
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        if isinstance(payload, bytes | bytearray):
            message = ForwardMsg()
            with contextlib.suppress(Exception):
                message.ParseFromString(bytes(payload))
                if message.WhichOneof("type") == "script_finished":
                    self.finished += 1

    def wait_after(self, page, before: int, limit_s: float = 120) -> None:
        deadline = time.perf_counter() + limit_s
        while self.finished <= before:
            if time.perf_counter() > deadline:
                raise TimeoutError("the server never finished the page's run")
            page.wait_for_timeout(5)


def _launch(playwright, path: str):
    from tests.e2e.conftest import CHROMIUM_FLAGS

    return playwright.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS)


def _sign_in(page, url: str, username: str) -> None:
    """Open the app and sign in (the sign-in tab may not be the one shown first)."""
    from tests.e2e.streamlit_ui import settle

    page.set_default_timeout(60_000)
    page.goto(url)
    page.get_by_role("heading", level=1).first.wait_for()
    settle(page)
    page.get_by_role("tab", name="Sign in").click()
    for label, text in (("Username", username), ("Password", datasets.PASSWORD)):
        box = page.get_by_label(label, exact=True)
        box.fill(text)
        box.press("Tab")
        settle(page)
    page.get_by_role("button", name="Sign in", exact=True).click()
    page.get_by_role("heading", level=1).filter(has_not_text="Change Journal").first.wait_for()
    settle(page)


def _drawn(page, charts: int, text: str | None, tables: int = 0) -> None:
    if text is not None:
        page.get_by_text(text, exact=False).first.wait_for()
    page.wait_for_function(DRAWN_JS, arg=[charts, tables], polling="raf",
                           timeout=int(os.environ.get("BENCH_DRAWN_TIMEOUT_MS", "120000")))
    page.evaluate(PAINTED_JS)


@contextmanager
def _signed_in_page(browser, db_path: Path, log: Path, role: str,
                    launcher: list[str] | None = None,
                    change_id: int | None = None) -> Iterator[tuple[object, RunWatcher]]:
    """A server on ``db_path`` and a fresh laptop-sized page signed in as ``role``, on
    ``change_id`` if given (as a browser that showed it last: its cookie): yields the page and
    its run watcher; closes both afterwards."""
    port = free_port()
    server = start_app(db_path, log, port, launcher)
    try:
        wait_healthy(server, port)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, timezone_id=TZ)
        if change_id is not None:
            context.add_cookies([{"name": sessions.CHANGE_COOKIE, "value": str(change_id),
                                  "url": f"http://127.0.0.1:{port}"}])
        page = context.new_page()
        runs = RunWatcher(page)
        _sign_in(page, f"http://127.0.0.1:{port}", role)
        yield page, runs
        context.close()
    finally:
        stop(server)


def browser_progress(people: dict, names: tuple[str, ...], n: int, folder: Path) -> dict:
    """Click "All" (from "Month") to the whole page drawn: summary, both charts, no stale
    element, two frames painted. One server per history; the first sample is a warm-up."""
    from playwright.sync_api import sync_playwright

    from tests.e2e.conftest import chromium_path

    out = {}
    with sync_playwright() as playwright:
        browser = _launch(playwright, chromium_path())
        for name in names:
            path, account, change_ids = people[name]
            db = open_db(path, migrate=False)
            expected = progress.period(db, account.id, change_ids[0], None, TZ).summary
            month = progress.period(db, account.id, change_ids[0], progress.since("Month"), TZ)
            db.close()
            samples = []
            with _signed_in_page(browser, path, folder / f"browser-{name}.log", "person",
                                 change_id=change_ids[0]) as (page, runs):
                page.get_by_role("link", name="Progress").click()
                for i in range(n + 1):
                    before = runs.finished
                    page.get_by_role("radio", name="Month", exact=True).click()
                    runs.wait_after(page, before)
                    _drawn(page, 2 if not month.empty else 0, month.summary.split(",")[0])
                    before = runs.finished
                    start = time.perf_counter()
                    page.get_by_role("radio", name="All", exact=True).click()
                    runs.wait_after(page, before)
                    _drawn(page, 2, expected.split(",")[0])
                    if i:
                        samples.append(time.perf_counter() - start)
            out[name] = ms(samples)
        browser.close()
    return out


def browser_coach(coaches: dict, n: int, folder: Path, page_size: int) -> dict:
    """Click "Your clients" (from Settings) to every chart and table of the page drawn, per
    number of clients (``coaches``: name -> (database, what AppTest saw drawn)), with the same
    rows on a page (the server runs with that page size)."""
    from playwright.sync_api import sync_playwright

    from tests.e2e.conftest import chromium_path

    out = {}
    launcher = [sys.executable, str(BENCH / "serve_app.py"), "--coach-page-size", str(page_size),
                "--"]
    with sync_playwright() as playwright:
        browser = _launch(playwright, chromium_path())
        for name, (path, drawn) in coaches.items():
            charts, tables = drawn["charts"], drawn["tables"]
            samples = []
            with _signed_in_page(browser, Path(path), folder / f"browser-{name}.log", "coach",
                                 launcher) as (page, runs):
                page.get_by_role("heading", name="Your clients").first.wait_for()
                # Everything the page draws for its rows, as AppTest counted it (one chart per
                # row, or one table with trend columns).
                _drawn(page, charts, None, tables)
                for i in range(n + 1):
                    before = runs.finished
                    page.get_by_role("link", name="Settings").click()
                    runs.wait_after(page, before)
                    page.get_by_role("heading", name="Settings").first.wait_for()
                    _drawn(page, 0, None)
                    before = runs.finished
                    start = time.perf_counter()
                    page.get_by_role("link", name="Your clients").click()
                    runs.wait_after(page, before)
                    page.get_by_role("heading", name="Your clients").first.wait_for()
                    _drawn(page, charts, None, tables)
                    if i:
                        samples.append(time.perf_counter() - start)
            out[name] = {**ms(samples), "charts": charts, "tables": tables}
        browser.close()
    few, many = list(out.values())[:2]
    out["many_over_few"] = ratio(many["p50"], few["p50"])
    return out


def startup_section(people: dict, n: int, folder: Path) -> dict:
    """From starting ``streamlit run app.py`` to the sign-in form painted in Chromium (the
    browser is already open; the database exists, as it does on a restart)."""
    from playwright.sync_api import sync_playwright

    from tests.e2e.conftest import chromium_path

    source = people["1_month"][0]
    healthy, painted, server_cpu = [], [], []
    with sync_playwright() as playwright:
        browser = _launch(playwright, chromium_path())
        for i in range(n):
            db_path = folder / f"startup-{i}.db"
            shutil.copy(source, db_path)
            port = free_port()
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            start = time.perf_counter()
            server = start_app(db_path, folder / f"startup-{i}.log", port)
            try:
                healthy.append(wait_healthy(server, port))
                page.goto(f"http://127.0.0.1:{port}", timeout=60_000)
                # The sign-in page: its title and the form of the tab shown first.
                page.get_by_role("heading", name="Change Journal").wait_for(timeout=60_000)
                page.locator('[data-testid="stTextInputField"]:visible').first.wait_for(
                    timeout=60_000)
                page.evaluate(PAINTED_JS)
                painted.append(time.perf_counter() - start)
                server_cpu.append(process_cpu_seconds(server.pid))
            finally:
                stop(server)
                context.close()
        browser.close()
    return {"server_healthy_ms": ms(healthy), "sign_in_painted_ms": ms(painted),
            "server_cpu_until_painted_ms": ms(server_cpu),
            "import_accounts_ms": import_ms("change_journal.accounts"),
            "import_app_chain_ms": import_ms("change_journal.ui.session, change_journal.ui.layout")}


def process_cpu_seconds(pid: int) -> float:
    """User and system CPU time a process has used so far (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def import_ms(modules: str) -> float:
    """Wall time of importing ``modules`` in a fresh interpreter (``-X importtime``, summed)."""
    completed = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {modules}"],
                               capture_output=True, text=True, cwd=ROOT, check=True)
    total = 0
    for line in completed.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[2].startswith(" ") and not parts[2].startswith("  "):
            with contextlib.suppress(ValueError):
                total += int(parts[1])
    return round(total / 1000, 1)


# ------------------------------------------------------------------------------ the run

def targets(result: dict) -> dict:
    """Each target with its figure from this run and whether it is met (None: not measured)."""
    found: dict = {}

    def add(name: str, figure, limit, lower_is_better: bool = True) -> None:
        met = None if figure is None else (figure <= limit if lower_is_better else figure >= limit)
        found[name] = {"figure": figure, "target": limit, "met": met}

    def ok(key: str) -> dict:
        section = result.get(key)
        return section if isinstance(section, dict) and "error" not in section else {}

    prog = ok("progress")
    if "30_years" in prog:
        all_30, all_1 = prog["30_years"]["All"], prog["1_month"]["All"]
        add("progress All: 30 years / 1 month (p50 CPU)",
            ratio(all_30["page"]["cpu_ms"]["p50"], all_1["page"]["cpu_ms"]["p50"]), 1.3)
        add("progress All 30 years / floor in the app (p50 CPU)", all_30["over_floor_in_app"], 1.5)
        add("progress All 30 years / bare floor (p50 CPU)", all_30["over_floor_bare"], 1.5)
        add("progress rerun at 10 years, worst range (ms p50 CPU)",
            max(r["page"]["cpu_ms"]["p50"] for r in prog["10_years"].values()), 60)
        add("whole page payload on All at 30 years (KB)",
            round(all_30["payload_bytes"]["total"] / 1024, 1), 150)
    words = ok("summary")
    if "30_years" in words:
        add("In your own words: 30 years / 1 month (p50 CPU)",
            ratio(words["30_years"]["cpu_ms"]["p50"], words["1_month"]["cpu_ms"]["p50"]), 1.5)
    first = ok("first_view")
    if first:
        add("first All view after importing 10 years / steady view (p50 CPU)",
            first["first_over_steady"], 1.5)
    coach = ok("coach")
    if coach:
        add("coach 200 / 10 clients, same page size (p50 CPU)", coach["many_over_few"], 1.3)
    browser = ok("browser")
    if isinstance(browser.get("coach"), dict) and "many_over_few" in browser["coach"]:
        add("coach 200 / 10 clients in Chromium (p50 wall)", browser["coach"]["many_over_few"], 1.3)
    start = ok("startup")
    if start:
        add("sign-in page painted after streamlit run (s, p50)",
            round(start["sign_in_painted_ms"]["p50"] / 1000, 2), 2.5)
    scale = ok("scale")
    if scale.get("two_over_one") is not None:
        add("2 processes / 1 process, reruns per second", scale["two_over_one"], 1.7,
            lower_is_better=False)
    return found


SECTIONS = ("progress", "what_if", "shell", "summary", "first_view", "coach", "breakdown", "chart_spec",
            "saves", "browser", "startup", "scale")


Placer = Callable[[Path], "Path | str"]
"""Where a section's database is measured: the SQLite file itself (``Path``), or a copy of it in
a new PostgreSQL database (:func:`on_postgres`)."""


def on_postgres(cluster) -> Placer:
    """A placer copying each SQLite file into a new database of ``cluster`` (once per file)."""
    from change_journal.store.copying import copy_all

    placed: dict[Path, str] = {}

    def place(path: Path) -> str:
        if path not in placed:
            placed[path] = cluster.create_database()
            with contextlib.closing(open_db(path, migrate=False)) as source, \
                    contextlib.closing(open_db(placed[path])) as target:
                copy_all(source, target)
        return placed[path]

    return place


@contextmanager
def postgres_cluster(engines: tuple[str, ...]) -> Iterator:
    """A throwaway durable PostgreSQL cluster while the run lasts, when an engine needs it."""
    if "postgresql" not in engines:
        yield None
        return
    from tests.pg_cluster import start_cluster

    cluster = start_cluster(for_tests=False)
    try:
        yield cluster
    finally:
        cluster.stop()


def run(tiny: bool, n: int, only: set[str], keep: Path | None, strict: bool = False,
        engines: tuple[str, ...] = ("sqlite",)) -> dict:
    sizes = TINY_SIZES if tiny else SIZES
    page_size = TINY_COACH_PAGE_SIZE if tiny else COACH_PAGE_SIZE
    result: dict = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "load_average_before": [round(x, 2) for x in os.getloadavg()]},
        "tiny": tiny, "samples": n, "sizes_days": sizes,
    }

    def measure(key: str, section: str, how: Callable[[], object], into: dict = result) -> None:
        """``into[key] = how()`` when ``section`` is asked for; a section that fails is
        reported as ``{"error": ...}`` (or raised, with ``strict``) and the others still run."""
        if section not in only:
            return
        try:
            into[key] = how()
        except Exception as exc:
            if strict:
                raise
            traceback.print_exc()
            into[key] = {"error": f"{type(exc).__name__}: {exc}"}

    from tests.e2e.conftest import chromium_path

    has_browser = chromium_path() is not None
    browser_n = 2 if tiny else 20
    clients = TINY_CLIENTS if tiny else CLIENTS
    saves = (10 if tiny else 100, 8, 5 if tiny else 50, 1 if tiny else 5)
    with tempfile.TemporaryDirectory(prefix="cj-bench-") as tmp, \
            postgres_cluster(engines) as cluster:
        folder = Path(tmp)
        people = build(folder, sizes, keep)

        def scaled(where: Path, place: Placer) -> dict:
            import scale

            return scale.measure(people["10_years"], where, tiny=tiny, place=place)

        if "postgresql" in engines:
            place, own = on_postgres(cluster), folder / "postgresql"  # its own built files
            own.mkdir()
            into = result if engines == ("postgresql",) else result.setdefault("postgresql", {})
            measure("progress", "progress", lambda: progress_section(people, own, n, place), into)
            measure("coach", "coach", lambda: coach_section(own, clients, page_size, n, place),
                    into)
            measure("saves", "saves", lambda: saves_section(people, own, *saves, place), into)
            measure("scale", "scale", lambda: scaled(own, place), into)
            for section in into.get("coach", {}).values():
                if isinstance(section, dict):
                    section.pop("db", None)
            if "sqlite" not in engines:
                only = set()  # the other sections measure SQLite only
        measure("progress", "progress", lambda: progress_section(people, folder, n))
        measure("what_if_talk_maintained", "what_if", lambda: what_if_section(people, n))
        measure("shell", "shell", lambda: shell_section(people, n))
        measure("summary", "summary", lambda: summary_section(people, n))
        measure("first_view", "first_view",
                lambda: first_view_section(sizes["10_years"], folder, n, 1 if tiny else 3))
        if "browser" in only:
            only = only | {"coach"}
        measure("coach", "coach", lambda: coach_section(folder, clients, page_size, n))
        coach_paths = {k: (v.pop("db"), v["drawn"]) for k, v in (result.get("coach") or {}).items()
                       if isinstance(v, dict) and "db" in v}
        measure("breakdown", "breakdown", lambda: breakdown_section(people, n))
        measure("chart_spec", "chart_spec", lambda: chart_spec_section(people, n))
        measure("saves", "saves", lambda: saves_section(people, folder, *saves))
        measure("browser", "browser", lambda: None if not has_browser else {
            "progress_all": browser_progress(people, ("1_month", "30_years"), browser_n, folder),
            "coach": browser_coach(coach_paths, browser_n, folder, page_size),
        })
        measure("startup", "startup", lambda: startup_section(people, 1 if tiny else 15, folder)
                if has_browser else None)

        measure("scale", "scale", lambda: scaled(folder, Path))
    result["targets"] = targets(result)
    if "postgresql" in result:
        result["postgresql"]["targets"] = targets(result["postgresql"])
    result["machine"]["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    result["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return result


def table(result: dict) -> str:
    """The headline figures as text: targets, then the Progress page by history and range."""
    lines = [f"load average before {result['machine']['load_average_before']}, "
             f"after {result['machine']['load_average_after']} on {result['machine']['cpus']} CPUs"]
    lines += [f"  {key}: {value['error']}" for key, value in result.items()
              if isinstance(value, dict) and "error" in value]
    for name, target in result.get("targets", {}).items():
        mark = {True: "met", False: "NOT met", None: "-"}[target["met"]]
        lines.append(f"  {name:<66} {target['figure']!s:>8}  (target {target['target']}) {mark}")
    progress_result = result.get("progress") or {}
    for history, ranges in ({} if "error" in progress_result else progress_result).items():
        for range_name, r in ranges.items():
            lines.append(
                f"  progress {history:<9} {range_name:<8} cpu {r['page']['cpu_ms']['p50']:>7} "
                f"p95 {r['page']['cpu_ms']['p95']:>7}  floor-in-app {r['floor_in_app']['cpu_ms']['p50']:>7}"
                f"  bare {r['floor_bare']['cpu_ms']['p50']:>6}  x{r['over_floor_in_app']}"
                f"  {r['points']:>4} pts  {r['payload_bytes']['total'] / 1024:7.1f} KB")
    if "postgresql" in result:
        lines += side_by_side(result, result["postgresql"])
    return "\n".join(lines)


def side_by_side(sqlite: dict, postgresql: dict) -> list[str]:
    """The engine-bound figures of one run, SQLite's beside PostgreSQL's."""
    def figures(r: dict) -> dict:
        found = {name: t["figure"] for name, t in r.get("targets", {}).items()}
        prog, coach, saves, scale = (r.get(k) if isinstance(r.get(k), dict) and "error" not in r[k]
                                     else {} for k in ("progress", "coach", "saves", "scale"))
        for history in prog:
            found[f"progress {history} All page (ms p50 CPU)"] = prog[history]["All"]["page"][
                "cpu_ms"]["p50"]
            found[f"progress {history} All page (ms p50 wall)"] = prog[history]["All"]["page"][
                "wall_ms"]["p50"]
        for key, value in coach.items():
            if key.endswith("_clients"):
                found[f"coach {key.replace('_', ' ')} (ms p50 CPU)"] = value["cpu_ms"]["p50"]
        if saves:
            found["one save (ms p50 wall)"] = saves["one_save"]["wall_ms"]["p50"]
            found[f"{saves['concurrent_saves_per_s']['threads']} concurrent writers (saves/s, p50)"] = \
                saves["concurrent_saves_per_s"]["p50"]
            found["errors among concurrent saves"] = saves["concurrent_errors"]
        for key in ("1_process", "2_processes", "1_process_all_range"):
            if isinstance(scale.get(key), dict):
                found[f"reruns per second, {key.replace('_', ' ')} behind nginx"] = \
                    scale[key]["reruns_per_s"]
        return found

    left, right = figures(sqlite), figures(postgresql)
    lines = [f"  {'engine-bound figures':<66} {'SQLite':>10} {'PostgreSQL':>11}"]
    lines += [f"  {name:<66} {left.get(name)!s:>10} {right[name]!s:>11}" for name in right]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tiny", action="store_true", help="small sizes (for the smoke test)")
    parser.add_argument("--samples", type=int, help="samples per measure (default 20; tiny 3)")
    parser.add_argument("--only", help=f"comma-separated sections out of: {', '.join(SECTIONS)}")
    parser.add_argument("--keep", type=Path,
                        help="folder to keep the built people databases in and reuse the same day")
    parser.add_argument("--table", action="store_true", help="also print a readable summary")
    parser.add_argument("--engine", choices=("sqlite", "postgresql", "both"), default="sqlite",
                        help="database engine for the engine-bound sections (default: sqlite)")
    parser.add_argument("--strict", action="store_true",
                        help="stop at the first section that fails (default: report it and go on)")
    args = parser.parse_args()
    only = set(args.only.split(",")) if args.only else set(SECTIONS)
    unknown = only - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    n = args.samples or (3 if args.tiny else 20)
    engines = ("sqlite", "postgresql") if args.engine == "both" else (args.engine,)
    result = run(args.tiny, n, only, args.keep, args.strict, engines)
    print(json.dumps(result))
    if args.table:
        print(table(result), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
