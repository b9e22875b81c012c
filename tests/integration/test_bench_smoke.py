"""The benchmark harness runs end to end on tiny sizes and reports every measure (no timings asserted).

It runs as three parts (page measures, the browser, the reverse-proxied scale run) so that
parallel test workers share them; together they cover every section of ``bench/run.py``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.conftest import ROOT, chromium_path

HISTORIES = ("1_month", "1_year", "10_years", "30_years")
RANGES = ("Month", "Quarter", "Year", "All")
PAGES = ("progress", "what_if", "shell", "summary", "first_view", "coach", "breakdown", "chart_spec",
         "saves")
PARTS = {"pages": PAGES, "browser": ("browser", "startup"), "scale": ("scale",)}


@pytest.fixture(scope="session")
def datasets(tmp_path_factory) -> Path:
    """One folder of built datasets for this test run's harness runs (test workers share their
    base folder's parent), so that each tiny history is built once, not once per part."""
    base = tmp_path_factory.getbasetemp()
    return (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "bench-datasets"


def run_harness(datasets: Path, sections: tuple[str, ...], *options: str) -> dict:
    completed = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--tiny", "--strict",
                                "--keep", str(datasets), "--only", ",".join(sections), *options],
                               capture_output=True, text=True, timeout=1200, cwd=ROOT)
    assert completed.returncode == 0, completed.stderr[-2000:]
    result = json.loads(completed.stdout)
    assert {"targets", "machine", "peak_rss_mib"} <= set(result)
    assert all({"figure", "target", "met"} <= set(t) for t in result["targets"].values())
    return result


def test_the_parts_cover_every_section_of_the_harness():
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import run
    finally:
        sys.path.remove(str(ROOT / "bench"))
    assert sorted(s for part in PARTS.values() for s in part) == sorted(run.SECTIONS)


@pytest.mark.parametrize("part", PARTS)
def test_benchmark_harness_runs_on_tiny_sizes_and_prints_one_json_object(part, datasets):
    result = run_harness(datasets, PARTS[part])
    if part == "pages":
        for history in HISTORIES:
            for range_name in RANGES:
                measured = result["progress"][history][range_name]
                for kind in ("page", "floor_bare", "floor_in_app"):
                    assert measured[kind]["cpu_ms"]["p50"] > 0 and measured[kind]["wall_ms"]["p95"] > 0
                assert measured["payload_bytes"]["total"] > 0 and measured["points"] > 0
        assert result["saves"]["concurrent_errors"] == 0
        coach = [v for k, v in result["coach"].items() if k.endswith("_clients")]
        assert len({c["statements"] for c in coach}) == 1
        assert {"what_if_talk_maintained", "shell", "summary", "first_view", "breakdown",
                "chart_spec"} <= set(result)
    elif part == "browser":
        assert (result["browser"] is None) == (chromium_path() is None)
        assert (result["startup"] is None) == (chromium_path() is None)
    else:
        has_nginx = Path(shutil.which("nginx") or "/usr/sbin/nginx").exists()
        assert ("skipped" in result["scale"]) == (not has_nginx)


def test_benchmark_harness_measures_postgresql_beside_sqlite(postgres_cluster, datasets):
    """``--engine both`` adds PostgreSQL's engine-bound figures (``postgres_cluster`` only makes
    this skip, or fail under CI, where PostgreSQL is missing: the harness starts its own)."""
    result = run_harness(datasets, ("progress", "coach", "saves"), "--engine", "both")
    on_postgres = result["postgresql"]
    assert set(on_postgres) == {"progress", "coach", "saves", "targets"}
    assert on_postgres["saves"]["concurrent_errors"] == 0
    coach = [v for k, v in on_postgres["coach"].items() if k.endswith("_clients")]
    assert len({c["statements"] for c in coach}) == 1
    assert on_postgres["progress"]["30_years"]["All"]["points"] == \
        result["progress"]["30_years"]["All"]["points"]


def test_suite_cpu_reports_a_commands_cpu_by_kind_of_process():
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "suite_cpu.py"), "--",
                           sys.executable, "-c", "sum(range(10 ** 8))"],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["returncode"] == 0 and result["wall_s"] > 0
    assert result["by_kind"]["other python"]["cpu_s"] > 0
