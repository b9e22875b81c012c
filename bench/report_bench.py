"""The printable report's cost at 1 month, 10 years and 30 years of history: prints one JSON object.

Builds one person with daily check-ins on three changes (every follow-up answered, as
``datasets.add_person`` makes them, ending now) per history length in a temporary folder, then
times :func:`change_journal.report.build_report` for the default period ("Quarter") and for
"All", wall time and CPU time (``time.process_time``: all threads of this process, so the
in-process chart renderer counts too) side by side, p50 and p95. CPU time is the figure to
compare on a shared machine; wall time shows what a person waits. Every history gets
``--samples`` samples (15), except that a longer one whose warm-up build takes more than
``--slow`` seconds of CPU gets ``--slow-samples`` (5). Before any timing, a few untimed builds
warm up the chart renderer and the template; each measure then has its own untimed build.
Also counted: the SQL statements one build sends (the report reads the journal once) and the
size of the HTML. Ratios are of p50s, against the 1-month history.

    python bench/report_bench.py              # 1 month, 10 years, 30 years (about 2-3 minutes)
    python bench/report_bench.py --tiny       # small histories and few samples: a smoke run
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from datasets import add_person  # noqa: E402

from change_journal import report  # noqa: E402
from change_journal.store import open_db  # noqa: E402

SIZES = {"1_month": 30, "10_years": 3650, "30_years": 10950}
TINY_SIZES = {"1_month": 30, "10_years": 120, "30_years": 360}
PERIODS = ("Quarter", "All")
BASE = "1_month"
TZ = "Europe/London"


def percentiles(samples: list[float]) -> dict[str, float]:
    """p50 and p95 in milliseconds (p95 interpolated between the samples)."""
    ordered = sorted(samples)
    p95 = statistics.quantiles(ordered, n=20, method="inclusive")[18] if len(ordered) > 1 \
        else ordered[0]
    return {"p50": round(statistics.median(ordered) * 1000, 1), "p95": round(p95 * 1000, 1)}


def build_history(folder: Path, name: str, days: int) -> tuple[Path, int, dict[str, int]]:
    """A database holding one person with ``days`` of daily check-ins on three changes."""
    path = folder / f"{name}.db"
    db = open_db(path)
    account, _change_ids = add_person(db, "person", days=days)
    rows = {table: db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("checkins", "answers")}
    db.close()
    return path, account.id, {"days": days, **rows, "database_bytes": path.stat().st_size}


def one_build(db, user_id: int, period: str) -> tuple[float, float, str, int]:
    """``(wall seconds, CPU seconds, html, SQL statements)`` of one report build."""
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        html = report.build_report(db, user_id, period, tz=TZ, now=datetime.now(UTC))
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    finally:
        db.conn.set_trace_callback(None)
    return wall, cpu, html, len(statements)


def measure(path: Path, user_id: int, period: str, samples: int, slow: float | None = None,
            slow_samples: int = 5) -> dict:
    """Timings of the report of one history for one period (after one untimed build); with
    ``slow``, ``slow_samples`` when that build took more than ``slow`` seconds of CPU."""
    db = open_db(path)
    try:
        _wall, first_cpu, html, statements = one_build(db, user_id, period)
        count = slow_samples if slow is not None and first_cpu > slow else samples
        walls, cpus = [], []
        for _ in range(count):
            wall, cpu, _html, _n = one_build(db, user_id, period)
            walls.append(wall)
            cpus.append(cpu)
    finally:
        db.close()
    return {"samples": count, "wall_ms": percentiles(walls), "cpu_ms": percentiles(cpus),
            "sql_statements": statements, "html_bytes": len(html.encode("utf-8"))}


def ratios(results: dict, size: str) -> dict:
    """p50 of ``size`` over p50 of the 1-month history, per period, CPU and wall."""
    return {period: {f"{clock}_p50": round(results[period][size][f"{clock}_ms"]["p50"]
                                          / results[period][BASE][f"{clock}_ms"]["p50"], 2)
                     for clock in ("cpu", "wall")}
            for period in PERIODS}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tiny", action="store_true", help="small histories, few samples")
    parser.add_argument("--samples", type=int, default=15, help="samples per measure (15)")
    parser.add_argument("--slow", type=float, default=1.0,
                        help="CPU seconds of a warm-up build of a longer history above which "
                             "--slow-samples apply (1.0)")
    parser.add_argument("--slow-samples", type=int, default=5,
                        help="samples when a build is slow (5)")
    args = parser.parse_args()
    sizes = TINY_SIZES if args.tiny else SIZES
    samples, slow_samples = (3, 3) if args.tiny else (args.samples, args.slow_samples)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="report-bench-") as tmp:
        histories = {name: build_history(Path(tmp), name, days) for name, days in sizes.items()}
        built = time.perf_counter() - started
        base_path, base_user, _rows = histories[BASE]
        warm = open_db(base_path)
        for period in (*PERIODS, *PERIODS):
            one_build(warm, base_user, period)
        warm.close()
        results = {period: {name: measure(path, user_id, period, samples,
                                          None if name == BASE else args.slow, slow_samples)
                            for name, (path, user_id, _rows) in histories.items()}
                   for period in PERIODS}
    print(json.dumps({
        "command": " ".join(["python", "bench/report_bench.py", *sys.argv[1:]]),
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                    "load_average_1m": round(os.getloadavg()[0], 2)},
        "histories": {name: rows for name, (_p, _u, rows) in histories.items()},
        "report": results,
        "ratios_10_years_over_1_month": ratios(results, "10_years"),
        "ratios_30_years_over_1_month": ratios(results, "30_years"),
        "seconds": {"building_histories": round(built, 1),
                    "total": round(time.perf_counter() - started, 1)},
    }, indent=2))


if __name__ == "__main__":
    main()
