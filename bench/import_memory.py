"""Memory and CPU time of checking hostile import files, against a valid export of the same size.

Builds the files in a temporary folder, then checks each with ``importer.read_export`` in a
fresh interpreter, twice: once for CPU time and the growth of the peak RSS (Linux's ``VmHWM``,
reset just before; ``ru_maxrss`` elsewhere), once under ``tracemalloc`` for the peak of Python
allocations. Prints one JSON object; the ``*_vs_valid`` figures are ratios against the valid
export. Not part of the test run.

    python bench/import_memory.py            # 5 MB files
    python bench/import_memory.py --mb 20    # the largest files an import accepts

Cases: ``valid`` (a real export), ``empty_changes`` and ``empty_lists`` (``[{}, {}, ...]``),
``wrong_changes`` (four problems per record, as sparse as a real export's records),
``tiny_strings`` (a list of two-letter strings: the most memory a list takes to parse per byte,
among files dense enough to be parsed), ``many_fields`` (one object of short, distinct field
names: the most memory known, since an object's fields are gathered in pairs to find one named
twice), ``repeated_field`` (one
field named over and over), ``twice_in_each`` (records that each name a field twice, as dense
as a file may be), ``deep_nesting``, ``huge_string`` (one text of the whole size) and
``bad_dates`` (check-ins in the year 1).
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid
from pathlib import Path

from datasets import daily_stamps

from change_journal import export, importer
from change_journal.store.portability import AnswerRecord, ChangeRecord, CheckinRecord, Journal

HEADER = '{"format": "change-journal-export", "format_version": 1, '
STAMP = "2026-05-01T09:30:00.000000+00:00"
SENTENCES = ("I walked to work twice this week.", "My back felt better on the days I walked.",
             "It rained, so I stayed in.", "A friend came with me, which made it easier.",
             "I want to be able to keep up with the kids.", "Lunchtime walks fit best.")


def valid_export(size: int) -> bytes:
    """A real export (through ``export.document``) of just under ``size`` bytes: daily check-ins
    on one change, each with three written answers of one or two sentences."""
    sample = len(_export_of_days(100))
    return _export_of_days(max(1, size * 99 // sample))


def _export_of_days(days: int) -> bytes:
    rng = random.Random(1)
    stamps = daily_stamps(days)
    change = ChangeRecord(str(uuid.UUID(int=rng.getrandbits(128))), "Walk most days",
                          "My back aches.", stamps[0], None)
    checkins, answers = [], []
    for at in stamps:
        uid = str(uuid.UUID(int=rng.getrandbits(128)))
        checkins.append(CheckinRecord(uid, change.uid, at, 7, 5, 6))
        for prompt in ("checkin.how_going", "checkin.importance.why_not_lower", "checkin.note"):
            answers.append(AnswerRecord(str(uuid.UUID(int=rng.getrandbits(128))), change.uid, uid,
                                        prompt, "How is it going?",
                                        " ".join(rng.sample(SENTENCES, rng.randint(1, 2))), "", at))
    journal = Journal((change,), tuple(checkins), tuple(answers))
    return export.to_json(export.document(journal, "river", "person", STAMP, STAMP))


def repeated(size: int, item: str, before: str, after: str) -> bytes:
    """``before`` + ``item`` repeated (comma-separated) + ``after``, at most ``size`` bytes."""
    count = max(1, (size - len(before) - len(after)) // (len(item) + 1))
    return (before + ",".join([item] * count) + after).encode()


def filled(size: int, before: str, fill: str, after: str) -> bytes:
    """``before`` + ``fill`` repeated + ``after``, at most ``size`` bytes."""
    return (before + fill * ((size - len(before) - len(after)) // len(fill)) + after).encode()


def fields(size: int, before: str, after: str) -> bytes:
    """``before`` + as many fields ``"0":0,"1":0,...`` (names counting in hexadecimal) as fit
    in ``size`` bytes + ``after``."""
    names: list[str] = []
    used = len(before) + len(after) - 1  # a comma fewer than fields
    while True:
        field = f'"{len(names):x}":0'
        used += len(field) + 1
        if used > size:
            return (before + ",".join(names) + after).encode()
        names.append(field)


def cases(size: int) -> dict[str, bytes]:
    """The valid export and the hostile files, each of at most ``size`` bytes."""
    changes = HEADER + '"changes": ['
    change = changes + f'{{"id": "c1", "title": "Walk", "created_at": "{STAMP}", '
    bad_date = ('{"id": "x", "importance": 1, "confidence": 1, "readiness": 1, '
                '"created_at": "0001-01-01T00:30:00+01:00"}')
    return {
        "valid": valid_export(size),
        "empty_changes": repeated(size, "{}", changes, "]}"),
        "empty_lists": repeated(size, "[]", changes, "]}"),
        "wrong_changes": repeated(size, '{"title": 0, "why_now": 0}', changes, "]}"),
        "tiny_strings": repeated(size, '"ab"', change + '"why_now": [', "]}]}"),
        "many_fields": fields(size, change + '"why_now": {', "}}]}"),
        "repeated_field": repeated(size, '"":0', change + '"why_now": {', "}}]}"),
        "twice_in_each": repeated(size, '{"a": 0, "a": 0}', changes, "]}"),
        "deep_nesting": filled(size, changes, "[", "]}"),
        "huge_string": filled(size, change + '"why_now": "', "a", '"}]}'),
        "bad_dates": repeated(size, bad_date, change + '"checkins": [', "]}]}"),
    }


def check(path: Path, traced: bool) -> dict:
    """Run in the child: check the file once and measure it."""
    raw = path.read_bytes()
    gc.collect()
    if traced:
        tracemalloc.start()
    rss_before = _reset_peak_rss()
    cpu = time.process_time()
    try:
        journal = importer.read_export(raw)
        outcome = {"accepted_records": journal.size()}
    except importer.ImportProblems as exc:
        outcome = {"problems_kept": len(exc.problems),
                   "problems_total": getattr(exc, "total", len(exc.problems)),
                   "checking_stopped": getattr(exc, "stopped", False)}
    except Exception as exc:  # noqa: BLE001 - a crash is a finding, reported as such
        outcome = {"crashed": type(exc).__name__}
    measured = {"cpu_s": round(time.process_time() - cpu, 3), **outcome}
    if traced:
        measured = {"traced_peak_mib": round(tracemalloc.get_traced_memory()[1] / 2**20, 1)}
    else:
        peak = _peak_rss()
        measured["peak_rss_mib"] = round(peak / 1024, 1)
        measured["rss_growth_mib"] = round((peak - rss_before) / 1024, 1)
    return measured


def _reset_peak_rss() -> int:
    """Reset the peak RSS to the current one (Linux) and return it, in KiB."""
    try:
        with open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")
    except OSError:
        pass  # elsewhere the peak so far stands in for the current size
    return _peak_rss()


def _peak_rss() -> int:
    """The peak RSS in KiB: ``VmHWM`` where Linux has it (it can be reset), else ``ru_maxrss``."""
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def measure(path: Path) -> dict:
    result = {}
    for traced in (False, True):
        args = [sys.executable, __file__, "--child", str(path)] + (["--traced"] if traced else [])
        done = subprocess.run(args, capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(f"checking {path.name} failed:\n{done.stderr}")
        result.update(json.loads(done.stdout))
    return result


def run(size_mb: float) -> dict:
    size = int(size_mb * importer.MEGABYTE)
    result: dict = {"file_mb": size_mb, "limit_mb": importer.MAX_IMPORT_MB, "cases": {}}
    with tempfile.TemporaryDirectory() as folder:
        for name, data in cases(size).items():
            path = Path(folder) / f"{name}.json"
            path.write_bytes(data)
            result["cases"][name] = {"mb": round(len(data) / importer.MEGABYTE, 2), **measure(path)}
    valid = result["cases"]["valid"]
    for figures in result["cases"].values():
        for key in ("cpu_s", "rss_growth_mib", "traced_peak_mib"):
            figures[f"{key.split('_')[0]}_vs_valid"] = round(figures[key] / max(valid[key], 1e-3), 2)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="size of each file (default 5)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--traced", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(check(args.child, args.traced)))
    else:
        print(json.dumps(run(args.mb), indent=2))


if __name__ == "__main__":
    main()
