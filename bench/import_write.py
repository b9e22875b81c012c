"""CPU and wall time of importing a journal file, the whole of what the person waits for: the file
checked (``importer.read_export``) and written (``importer.import_journal``), new answers read for
change talk on the way.

An import reads at most ``portability.IMPORT_READ_CHARS`` characters of new answers before it
writes them; the rest are written with their quote key only and read later, a bounded batch at a
time. Each shape of file is imported into a fresh database as shipped, without that budget, and
with no recogniser plugged in at all (the floor: the same checking and writing, nothing read).
p50 and p95 over ``--samples`` imports; ``*_vs_floor`` are ratios of p50 CPU in this one run.

Shapes: ``everyday`` (a real export: daily check-ins, three answers of one or two sentences),
``dense`` (every answer the longest allowed, of ordinary sentences) and ``slowest`` (every answer
the longest allowed, of the one clause the recogniser reads slowest). Not part of the test run.

    python bench/import_write.py             # 5 MB files, 5 samples
    python bench/import_write.py --mb 20     # the largest files an import accepts
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from contextlib import nullcontext
from datetime import UTC, datetime, timedelta
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from import_memory import STAMP, valid_export  # noqa: E402

from change_journal import change_talk, export, importer  # noqa: E402
from change_journal.config import MAX_TEXT_CHARS  # noqa: E402
from change_journal.store import open_db, portability, users  # noqa: E402
from change_journal.store import talk as talk_store  # noqa: E402
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
    start = datetime(2020, 1, 1, 8, tzinfo=UTC)
    change = ChangeRecord("c-1", "Walk most days", "My back aches.",
                          start.isoformat(timespec="microseconds"), None)
    days = max(1, size // (len(text) + 600))
    checkins, answers = [], []
    for day in range(days):
        at = (start + timedelta(days=day)).isoformat(timespec="microseconds")
        checkins.append(CheckinRecord(f"k-{day}", change.uid, at, 7, 5, 6))
        answers.append(AnswerRecord(f"a-{day}", change.uid, f"k-{day}", "checkin.how_going",
                                    "How is it going?", text, "", at))
    journal = Journal((change,), tuple(checkins), tuple(answers))
    return export.to_json(export.document(journal, "river", "person", STAMP, STAMP))


def import_once(raw: bytes, mode: str) -> dict:
    """Import ``raw`` into a new account on a new database; CPU and wall seconds of checking and
    writing it, and how many of its answers were left to be read later."""
    budget = (mock.patch.object(portability, "IMPORT_READ_CHARS", 10 ** 12)
              if mode == "without_budget" else nullcontext())
    plugged = talk_store.unplugged() if mode == "floor" else nullcontext()
    with tempfile.TemporaryDirectory() as folder:
        db = open_db(os.path.join(folder, "bench.db"))
        user_id = users.create_user(db, "bench", "bench", "hash")
        with budget, plugged:
            cpu, wall = time.process_time(), time.perf_counter()
            importer.import_journal(db, user_id, importer.read_export(raw))
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        change_id = db.execute("SELECT id FROM changes WHERE user_id = ?", [user_id]).fetchone()[0]
        left = talk_store.count_stale(db, user_id, change_id, change_talk.VERSION)
        db.close()
    return {"cpu": cpu, "wall": wall, "left": left}


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1] if len(values) > 1 \
        else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--samples", type=int, default=5)
    args = parser.parse_args()
    size = int(args.mb * 1_048_576)
    files = {"everyday": valid_export(size), **{k: long_export(size, t) for k, t in LONG.items()}}
    report: dict[str, object] = {"mb": args.mb, "samples": args.samples,
                                 "import_read_chars": portability.IMPORT_READ_CHARS}
    for shape, raw in files.items():
        answers = len(importer.read_export(raw).answers)
        found: dict[str, object] = {"file_mb": round(len(raw) / 1_048_576, 2), "answers": answers}
        for mode in ("floor", "as_shipped", "without_budget"):
            runs = [import_once(raw, mode) for _ in range(args.samples)]
            cpu = [r["cpu"] for r in runs]
            wall = [r["wall"] for r in runs]
            found[mode] = {"cpu_s_p50": round(statistics.median(cpu), 3),
                           "cpu_s_p95": round(p95(cpu), 3),
                           "wall_s_p50": round(statistics.median(wall), 3),
                           "wall_s_p95": round(p95(wall), 3),
                           "left_to_read_later": runs[0]["left"]}
        floor = found["floor"]["cpu_s_p50"]
        for mode in ("as_shipped", "without_budget"):
            found[f"{mode}_vs_floor"] = round(found[mode]["cpu_s_p50"] / floor, 2)
        report[shape] = found
    print(json.dumps(report))


if __name__ == "__main__":
    main()
