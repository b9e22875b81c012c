"""Catching up after a new recogniser: the CPU one Progress page run spends reading answers again.

After ``change_talk.VERSION`` changes, each person's Progress page reads a bounded batch of their
answers again per run (``talk.count_pending``), until ``recount-talk`` has run. This builds a
temporary database with ``--answers`` unread answers of each kind (everyday sentences, and
answers written to be slow to read: 5,000 characters of one clause repeated) and measures one
page run's batch with the character budget (``talk.COUNT_CHARS``) and without it. CPU seconds,
median of ``--samples`` runs (each on a fresh copy of the unread answers).

Usage::

    .venv/bin/python bench/pending_reads.py                 # 300 answers, JSON on stdout
    .venv/bin/python bench/pending_reads.py --answers 20 --samples 1
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from change_journal import talk  # noqa: E402
from change_journal.config import MAX_TEXT_CHARS  # noqa: E402
from change_journal.store import changes, checkins, open_db, users  # noqa: E402
from change_journal.store import talk as talk_store  # noqa: E402
from change_journal.store.checkins import AnswerIn  # noqa: E402

HOW_NOW = "How are things with this change right now, in your own words?"
TEXTS = {
    "everyday": "Walked in on Monday and Thursday. It was hard to get going but I felt better.",
    "slowest": ("three days " * (MAX_TEXT_CHARS // 11 + 1))[:MAX_TEXT_CHARS].strip(),
}


def page_run_cpu(text: str, answers: int, unbounded: bool) -> tuple[float, int]:
    """CPU seconds of one ``count_pending`` run over ``answers`` unread answers of ``text``,
    and how many answers it left unread."""
    with tempfile.TemporaryDirectory() as folder:
        db = open_db(os.path.join(folder, "bench.db"))
        user_id = users.create_user(db, "bench", "bench", "hash")
        change_id = changes.add_change(db, user_id, "Walk to work")
        with talk_store.unplugged():  # written unread, as after a new recogniser
            for n in range(answers):
                checkins.save_checkin(db, user_id, change_id,
                                      {"importance": 6, "confidence": 5, "readiness": 6},
                                      [AnswerIn("checkin.how_going", HOW_NOW, text)],
                                      created_at=f"2026-03-01T09:{n // 60:02d}:{n % 60:02d}+00:00")
        start = time.process_time()
        left = talk.count_pending(db, user_id, change_id,
                                  **({"chars": 10 ** 12} if unbounded else {}))
        cpu = time.process_time() - start
        db.close()
    return cpu, left


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--answers", type=int, default=talk.COUNT_BUDGET)
    parser.add_argument("--samples", type=int, default=3)
    args = parser.parse_args()
    report: dict[str, object] = {"answers": args.answers, "count_budget": talk.COUNT_BUDGET,
                                 "count_chars": talk.COUNT_CHARS}
    for kind, text in TEXTS.items():
        for unbounded in (False, True):
            runs = [page_run_cpu(text, args.answers, unbounded) for _ in range(args.samples)]
            name = f"{kind}_{'without_char_budget' if unbounded else 'with_char_budget'}"
            report[name] = {"cpu_s_p50": round(statistics.median(c for c, _ in runs), 3),
                            "left_unread": runs[0][1]}
    print(json.dumps(report))


if __name__ == "__main__":
    main()
