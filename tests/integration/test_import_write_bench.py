"""``bench/import_write.py`` runs and reports each shape and mode (no timings asserted)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.e2e.conftest import ROOT


def test_the_import_bench_reads_up_to_its_budget_and_reports_what_it_left():
    # 0.2 MB files with a budget of 20,000 characters: every shape holds more text than that.
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "import_write.py"),
                           "--mb", "0.2", "--samples", "1", "--read-chars", "20000"],
                          capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["import_read_chars"] == 20_000
    assert report["shipped_import_read_chars"] == 3_000_000
    for shape in ("everyday", "dense", "slowest"):
        found = report[shape]
        floor, budget, whole = found["floor"], found["with_budget"], found["without_budget"]
        assert found["answers"] > 0 and 0.1 < found["file_mb"] <= 0.2
        assert floor["left_to_read_later"] == found["answers"]  # the floor reads nothing
        assert whole["left_to_read_later"] == whole["chars_left_to_read_later"] == 0
        assert 0 < budget["left_to_read_later"] < found["answers"]
        # What the budget read is at most the budget: the rest is left.
        assert 0 <= floor["chars_left_to_read_later"] - budget["chars_left_to_read_later"] <= 20_000
        assert budget["progress_runs_to_read_the_rest"] >= 1
