"""Many writers on one database file at once: threads and separate processes saving check-ins and
answer sheets for the same and for different people, readers drawing progress and the coach
dashboard meanwhile, and processes opening a brand-new file together.

Every write a writer saw committed must be there afterwards, with its exact content, and no
writer or reader may meet "database is locked". Writers start together (a barrier for threads,
a "go" line for processes), so they really contend for the write lock. The writers and readers
run on both engines (a PostgreSQL database shared the same way); processes opening a new
database together are SQLite's case here, PostgreSQL's in tests/unit/test_engines.py.
"""

from __future__ import annotations

import multiprocessing
import re
import subprocess
import sys
import threading
from collections.abc import Callable
from contextlib import closing, suppress
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from change_journal import coach_dashboard, progress, sharing
from change_journal.backup import backup_database
from change_journal.store import answers, changes, drafts, open_db, users
from change_journal.store.checkins import list_checkins
from change_journal.store.migrations import MIGRATIONS, ORDER
from tests.reliability_worker import (
    SHEET_SET,
    expected_checkin,
    expected_sheet,
    save_checkin,
    save_sheet,
)

pytestmark = pytest.mark.engines("sqlite", "postgresql")
ROOT = Path(__file__).resolve().parents[2]
WRITES_EACH = 12
"""Check-ins (each followed by an answer sheet) per writer: enough to keep the lock contended."""
PEOPLE = ("ana", "ben", "cleo")
THREAD_WRITERS = {"t0": "ana", "t1": "ana", "t2": "ana", "t3": "ana",
                  "t4": "ben", "t5": "ben", "t6": "cleo", "t7": "cleo"}
"""Eight threads: four on one person's change, two on each of two others."""
PROCESS_WRITERS = {"p0": "ana", "p1": "ben", "p2": "cleo"}
HOW_GOING = re.compile(r"(\w+) check-in (\d+): going «fine» ✓")


@dataclass
class Journal:
    """The people and their changes in the shared file, by name."""

    path: Path
    user_ids: dict[str, int]
    change_ids: dict[str, int]
    coach_id: int


@dataclass
class Writer:
    """What one writer saw committed: check-in ids by number, and answer sheets by number."""

    label: str
    person: str
    checkins: dict[int, int] = field(default_factory=dict)
    sheets: list[int] = field(default_factory=list)


@pytest.fixture
def journal(db_path) -> Journal:
    """Three people with a change each, all shared with one coach; no connection left open."""
    with closing(open_db(db_path)) as db:
        user_ids = {name: users.create_user(db, name, name, "not a real hash") for name in PEOPLE}
        change_ids = {name: changes.add_change(db, uid, f"{name}'s change")
                      for name, uid in user_ids.items()}
        coach_id = users.create_user(db, "cora", "cora", "not a real hash", role="coach")
        for name in PEOPLE:
            sharing.share_with_coach(db, user_ids[name], "cora", [change_ids[name]])
            sharing.accept(db, coach_id, user_ids[name])
    return Journal(db_path, user_ids, change_ids, coach_id)


def run_thread_writer(journal: Journal, writer: Writer, start: threading.Barrier) -> None:
    with closing(open_db(journal.path)) as db:
        user_id, change_id = journal.user_ids[writer.person], journal.change_ids[writer.person]
        start.wait()
        for n in range(WRITES_EACH):
            writer.checkins[n] = save_checkin(db, user_id, change_id, writer.label, n)
            save_sheet(db, user_id, change_id, writer.label, n)
            writer.sheets.append(n)


def start_process_writer(journal: Journal, writer: Writer) -> subprocess.Popen:
    """A worker process that has opened the file and waits for "go"."""
    person = writer.person
    worker = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability_worker", "save", str(journal.path),
         str(journal.user_ids[person]), str(journal.change_ids[person]), writer.label,
         str(WRITES_EACH)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert worker.stdout.readline() == "ready\n", worker.communicate()[1]
    return worker


def finish_process_writer(worker: subprocess.Popen, writer: Writer) -> str:
    """Read what the worker committed; return its standard error."""
    out, err = worker.communicate(timeout=300)
    for line in out.splitlines():
        kind, *numbers = line.split()
        if kind == "checkin":
            writer.checkins[int(numbers[1])] = int(numbers[0])
        elif kind == "sheet":
            writer.sheets.append(int(numbers[0]))
    return err


Reader = Callable[[threading.Barrier, threading.Event], None]
"""A reader thread: waits at the start barrier, reads until the event says writing is done."""


def run_writers(journal: Journal, thread_writers: dict[str, str], process_writers: dict[str, str],
                readers: list[Reader] = ()) -> list[Writer]:
    """Run every writer (and reader) at once; fail on any error one of them met."""
    writers = {label: Writer(label, person)
               for label, person in {**thread_writers, **process_writers}.items()}
    failures: list[BaseException] = []
    start, writing_done = threading.Barrier(len(thread_writers) + len(readers) + 1), threading.Event()

    def guarded(target, *args) -> threading.Thread:
        def run() -> None:
            try:
                target(*args)
            except BaseException as exc:  # reported by the test
                failures.append(exc)
                start.abort()
        return threading.Thread(target=run)

    workers = [start_process_writer(journal, writers[label]) for label in process_writers]
    writer_threads = [guarded(run_thread_writer, journal, writers[label], start)
                      for label in thread_writers]
    reader_threads = [guarded(reader, start, writing_done) for reader in readers]
    for thread in writer_threads + reader_threads:
        thread.start()
    for worker in workers:
        worker.stdin.write("go\n")
        worker.stdin.flush()
    with suppress(threading.BrokenBarrierError):  # a thread failed: its error is reported below
        start.wait()
    for thread in writer_threads:
        thread.join()
    errors = [finish_process_writer(worker, writers[label])
              for worker, label in zip(workers, process_writers, strict=True)]
    writing_done.set()
    for thread in reader_threads:
        thread.join()
    assert not failures, failures
    assert [w.returncode for w in workers] == [0] * len(workers), errors
    assert not any(errors), errors
    return list(writers.values())


def reading_rounds(start: threading.Barrier, writing_done: threading.Event):
    """Yield once per read round from the start until one round after writing is done."""
    start.wait()
    while True:
        last_round = writing_done.is_set()
        yield
        if last_round:
            return


def assert_every_write_is_stored(journal: Journal, writers: list[Writer]) -> None:
    """Each committed check-in and answer sheet is there with its exact content, and no other."""
    with closing(open_db(journal.path)) as db:
        for person in PEOPLE:
            user_id, change_id = journal.user_ids[person], journal.change_ids[person]
            stored = {row.id: row for row in list_checkins(db, user_id, change_id)}
            mine = [w for w in writers if w.person == person]
            committed = {checkin_id: (w.label, n) for w in mine for n, checkin_id in w.checkins.items()}
            assert sorted(stored) == sorted(committed)
            frame = progress.history(db, user_id, change_id, None)
            for row in frame.itertuples():
                label, n = committed[row.checkin_id]
                ratings, written = expected_checkin(label, n)
                assert (row.importance, row.confidence, row.readiness) == tuple(ratings.values())
                assert (row.how_going, row.note) == tuple(a.text for a in written)
            for writer in mine:
                assert sorted(writer.sheets) == list(range(WRITES_EACH))
                for n in writer.sheets:
                    subject, texts = expected_sheet(writer.label, n)
                    saved = answers.list_answers(db, user_id, change_id, subject=subject)
                    assert {a.prompt_id: a.text for a in saved} == texts
                    assert len(saved) == len(texts)
                    assert drafts.load_draft(db, user_id, f"{SHEET_SET}:{subject}", change_id) == {}


def overlapping(writers: list[Writer]) -> int:
    """How many writers' check-in ids interleave with another writer's (they ran at once)."""
    spans = [(min(w.checkins.values()), max(w.checkins.values())) for w in writers]
    return sum(any(a < d and c < b for j, (c, d) in enumerate(spans) if j != i)
               for i, (a, b) in enumerate(spans))


def test_eight_threads_and_three_processes_writing_at_once_lose_nothing(journal):
    writers = run_writers(journal, THREAD_WRITERS, PROCESS_WRITERS)

    assert all(len(w.checkins) == WRITES_EACH for w in writers)
    assert_every_write_is_stored(journal, writers)
    assert overlapping(writers) >= len(writers) // 2


def test_readers_see_only_whole_check_ins_while_writers_write(journal):
    """Progress and the coach dashboard, read over and over during the writes, never show a
    check-in without its words, never go backwards, and end up showing the latest check-ins."""
    ana, ana_change = journal.user_ids["ana"], journal.change_ids["ana"]
    seen: list[list[int]] = []
    """How many check-ins each progress reader saw, round by round."""

    def read_progress(start: threading.Barrier, writing_done: threading.Event) -> None:
        counts: list[int] = []
        seen.append(counts)
        with closing(open_db(journal.path)) as db:
            for _round in reading_rounds(start, writing_done):
                frame = progress.history(db, ana, ana_change, None)
                assert not counts or len(frame) >= counts[-1]
                counts.append(len(frame))
                for row in frame.itertuples():
                    label, n = HOW_GOING.fullmatch(row.how_going).groups()
                    ratings, _words = expected_checkin(label, int(n))
                    assert (row.importance, row.confidence, row.readiness) == tuple(ratings.values())

    def read_dashboard(start: threading.Barrier, writing_done: threading.Event) -> None:
        with closing(open_db(journal.path)) as db:
            for _round in reading_rounds(start, writing_done):
                rows = coach_dashboard.load(db, journal.coach_id)
                assert sorted(r.client_name for r in rows) == sorted(PEOPLE)
                assert all(len(r.recent) <= coach_dashboard.SPARK_POINTS for r in rows)

    thread_writers = {label: THREAD_WRITERS[label] for label in ("t0", "t1", "t4", "t6")}
    writers = run_writers(journal, thread_writers, {"p0": "ana"},
                          readers=[read_progress, read_progress, read_dashboard])

    assert_every_write_is_stored(journal, writers)
    ana_total = sum(len(w.checkins) for w in writers if w.person == "ana")
    assert [counts[-1] for counts in seen] == [ana_total] * len(seen)
    # the readers really read while check-ins were landing
    assert len({n for counts in seen for n in counts}) > 2
    with closing(open_db(journal.path)) as db:
        final = {row.client_name: row for row in coach_dashboard.load(db, journal.coach_id)}
        for person in PEOPLE:
            latest = list_checkins(db, journal.user_ids[person], journal.change_ids[person])[-1]
            assert final[person].latest == {"importance": latest.importance,
                                            "confidence": latest.confidence,
                                            "readiness": latest.readiness}


def _open_at_once(path: str, start, results) -> None:
    try:
        start.wait()
        with closing(open_db(path)) as db:
            results.put(("ok", [m.name for m in MIGRATIONS.applied(db)],
                         db.execute("PRAGMA journal_mode").fetchone()[0]))
    except BaseException as exc:  # sent to the test
        results.put(("failed", f"{type(exc).__name__}: {exc}"))


def new_file(folder: Path) -> Path:
    return folder / "journal.db"


def restored_backup(folder: Path) -> Path:
    """A backup copied into place: a whole database, in SQLite's older rollback-journal mode."""
    folder.mkdir()
    with closing(open_db(folder / "live.db")) as db:
        users.create_user(db, "ana", "ana", "not a real hash")
    return backup_database(folder / "live.db", folder / "journal.db").path


@pytest.mark.parametrize("starting_point", [new_file, restored_backup])
def test_processes_starting_at_once_on_a_new_file_or_a_restored_backup_all_open_it(
        tmp_path, starting_point):
    """Several app and command-line processes starting together: each step of the schema runs
    once, the file ends up in WAL mode, and none of them fails with "database is locked" or
    "table already exists"."""
    context = multiprocessing.get_context("fork")
    for attempt in range(5):
        path = str(starting_point(tmp_path / f"attempt-{attempt}"))
        start, results = context.Barrier(6), context.Queue()
        children = [context.Process(target=_open_at_once, args=(path, start, results))
                    for _ in range(6)]
        for child in children:
            child.start()
        outcomes = [results.get(timeout=120) for _ in children]
        for child in children:
            child.join()
        assert outcomes == [("ok", [step.__name__ for step in ORDER], "wal")] * len(children)
