"""The benchmark harness runs end to end on tiny sizes and reports every measure (no timings asserted)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.e2e.conftest import ROOT, chromium_path

EXPECTED = {"progress_ms", "floor_ms", "progress_over_floor", "chart_bytes", "progress_10y_over_1m",
            "save_ms", "concurrent_saves_per_s", "concurrent_errors", "browser_ms", "peak_rss_mb",
            "import_s", "coach_ms", "coach_statements", "coach_many_over_few"}


def test_benchmark_harness_runs_on_tiny_sizes_and_prints_one_json_object():
    completed = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--tiny"],
                               capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert completed.returncode == 0, completed.stderr[-2000:]
    result = json.loads(completed.stdout)
    assert set(result) >= EXPECTED
    for size in ("1_month", "1_year", "10_years"):
        assert result["progress_ms"][size] > 0 and result["floor_ms"][size] > 0
        assert result["chart_bytes"][size] > 0
    assert result["concurrent_errors"] == 0
    assert len(set(result["coach_statements"].values())) == 1
    assert (result["browser_ms"] is None) == (chromium_path() is None)
