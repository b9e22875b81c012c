"""``bench/import_write.py`` runs and reports each shape and mode (no timings asserted)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.e2e.conftest import ROOT


def test_the_import_bench_reports_every_shape_against_a_floor_that_reads_nothing():
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "import_write.py"),
                           "--mb", "0.2", "--samples", "2"],
                          capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["import_read_chars"] == 3_000_000
    for shape in ("everyday", "dense", "slowest"):
        found = report[shape]
        assert found["answers"] > 0 and 0.1 < found["file_mb"] <= 0.2
        assert found["floor"]["left_to_read_later"] == found["answers"]
        # 0.2 MB holds less text than the budget: everything is read at once.
        assert found["as_shipped"]["left_to_read_later"] == 0
        assert found["without_budget"]["left_to_read_later"] == 0
        assert found["as_shipped_vs_floor"] > 1 and found["floor"]["cpu_s_p50"] > 0
        for mode in ("floor", "as_shipped", "without_budget"):
            assert found[mode]["cpu_s_p95"] >= found[mode]["cpu_s_p50"]
