"""``bench/pending_reads.py`` runs and reports each case (no timings asserted)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.e2e.conftest import ROOT


def test_the_catch_up_bench_reads_everyday_answers_whole_and_slow_ones_by_the_char_budget():
    # 13 answers of 5,000 characters: 12 fit the 60,000-character budget of one page run.
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "pending_reads.py"),
                           "--answers", "13", "--samples", "1"],
                          capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["count_chars"] == 60_000
    assert report["everyday_with_char_budget"]["left_unread"] == 0
    assert report["slowest_with_char_budget"]["left_unread"] == 1
    assert report["slowest_without_char_budget"]["left_unread"] == 0
    assert all(report[k]["cpu_s_p50"] > 0 for k in report if k.endswith("_char_budget"))
