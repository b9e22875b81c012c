"""CPU and wall time of importing a journal file, the whole of what the person waits for: the file
checked (``importer.read_export``) and written (``importer.import_journal``), new answers read for
change talk on the way.

An import reads at most ``portability.IMPORT_READ_CHARS`` characters of new answers before it
writes them; the rest are written with their quote key only and read later, a bounded batch per
Progress page run (``talk.count_pending``). Each shape of file is imported into a fresh database
as shipped, without that budget, and with a budget of nothing (the floor: the same checking,
writing and quote keys, no answer read). p50 and p95 over ``--samples`` imports; ``*_vs_floor``
are ratios of p50 CPU in this one run. What was left is reported in answers, characters and the
Progress page runs that will read it (counted by the same budgets, not run).

Shapes: ``everyday`` (a real export: daily check-ins, three answers of one or two sentences),
``dense`` (every answer the longest allowed, of ordinary sentences) and ``slowest`` (every answer
the longest allowed, of the one clause the recogniser reads slowest). Not part of the test run.

    python bench/import_write.py                 # 5 MB files, 5 samples
    python bench/import_write.py --mb 20         # the largest files an import accepts
    python bench/import_write.py --read-chars N  # another budget (the shipped one by default)
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
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from datasets import daily_stamps  # noqa: E402
from import_memory import STAMP, valid_export  # noqa: E402

from change_journal import export, importer, talk  # noqa: E402
from change_journal.config import MAX_TEXT_CHARS  # noqa: E402
from change_journal.store import open_db, portability, users  # noqa: E402
from change_journal.store.portability import (  # noqa: E402
    AnswerRecord,
    ChangeRecord,
    CheckinRecord,
    Journal,
)

LONG = {
    "dense": ("I want to walk more because my back hurts. It was hard this week but I went "
              "twice. ") * (MAX_TEXT_CHARS // 80 + 1),
    "slowest": "three days " * (MAX_TEXT_CHARS // 11 + 1),
}


def long_export(size: int, text: str) -> bytes:
    """An export of just under ``size`` bytes: one check-in a day, one answer of the longest
    allowed ``text`` each."""
    text = text[:MAX_TEXT_CHARS].strip()
    days = max(1, size // (len(text) + 600))
    stamps = daily_stamps(days)
    change = ChangeRecord("c-1", "Walk most days", "My back aches.", stamps[0], None)
    checkins, answers = [], []
    for day, at in enumerate(stamps):
        checkins.append(CheckinRecord(f"k-{day}", change.uid, at, 7, 5, 6))
        answers.append(AnswerRecord(f"a-{day}", change.uid, f"k-{day}", "checkin.how_going",
                                    "How is it going?", text, "", at))
    journal = Journal((change,), tuple(checkins), tuple(answers))
    return export.to_json(export.document(journal, "river", "person", STAMP, STAMP))


BUDGETS = {"floor": 0, "without_budget": 10 ** 12}
"""Characters read at import in each mode other than ``with_budget``."""


def import_once(raw: bytes, mode: str, read_chars: int) -> dict:
    """Import ``raw`` into a new account on a new database; CPU and wall seconds of checking and
    writing it, and what it left to be read later."""
    with tempfile.TemporaryDirectory() as folder:
        db = open_db(os.path.join(folder, "bench.db"))
        user_id = users.create_user(db, "bench", "bench", "hash")
        with mock.patch.object(portability, "IMPORT_READ_CHARS", BUDGETS.get(mode, read_chars)):
            cpu, wall = time.process_time(), time.perf_counter()
            importer.import_journal(db, user_id, importer.read_export(raw))
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        left = [len(text) for (text,) in db.execute(
            "SELECT text FROM answers WHERE user_id = ? AND talk_version IS NULL"
            " ORDER BY created_at DESC, id DESC", [user_id])]
        db.close()
    return {"cpu": cpu, "wall": wall, "left": left}


def page_runs(lengths: list[int]) -> int:
    """How many Progress page runs read answers of these lengths, newest first
    (``talk.batch_length`` each)."""
    runs = i = 0
    while i < len(lengths):
        i += talk.batch_length(lengths[i:])
        runs += 1
    return runs


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1] if len(values) > 1 \
        else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--samples", type=int, default=5)
    parser.add_argument("--read-chars", type=int, default=portability.IMPORT_READ_CHARS)
    args = parser.parse_args()
    size = int(args.mb * importer.MEGABYTE)
    files = {"everyday": valid_export(size), **{k: long_export(size, t) for k, t in LONG.items()}}
    report: dict[str, object] = {"mb": args.mb, "samples": args.samples,
                                 "import_read_chars": args.read_chars,
                                 "shipped_import_read_chars": portability.IMPORT_READ_CHARS}
    for shape, raw in files.items():
        answers = len(importer.read_export(raw).answers)
        found: dict[str, object] = {"file_mb": round(len(raw) / importer.MEGABYTE, 2), "answers": answers}
        for mode in ("floor", "with_budget", "without_budget"):
            runs = [import_once(raw, mode, args.read_chars) for _ in range(args.samples)]
            cpu = [r["cpu"] for r in runs]
            wall = [r["wall"] for r in runs]
            left = runs[0]["left"]
            found[mode] = {"cpu_s_p50": round(statistics.median(cpu), 3),
                           "cpu_s_p95": round(p95(cpu), 3),
                           "wall_s_p50": round(statistics.median(wall), 3),
                           "wall_s_p95": round(p95(wall), 3),
                           "left_to_read_later": len(left),
                           "chars_left_to_read_later": sum(left),
                           "progress_runs_to_read_the_rest": page_runs(left)}
        floor = found["floor"]["cpu_s_p50"]
        for mode in ("with_budget", "without_budget"):
            found[f"{mode}_vs_floor"] = round(found[mode]["cpu_s_p50"] / floor, 2)
        report[shape] = found
    print(json.dumps(report))


if __name__ == "__main__":
    main()
