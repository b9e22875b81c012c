"""A process killed with SIGKILL part-way through saving, importing or upgrading leaves a database
that passes ``PRAGMA integrity_check``, holds every write the process reported committed before
the kill, and holds no part of the transaction it was killed in.

The worker (tests/reliability_worker.py) reports each commit on a pipe, flushed after the
commit; for an import or an upgrade it says "inside" from within the transaction and then waits,
so the kill certainly lands inside it.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import uuid
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from change_journal import export, progress
from change_journal.store import answers, changes, checkins, open_db, users
from change_journal.store.migrations import MIGRATIONS, ORDER
from change_journal.store.portability import (
    AnswerRecord,
    ChangeRecord,
    CheckinRecord,
    Journal,
    read_journal,
)
from tests.fixtures_first_schema import build, columns_of, contents
from tests.reliability_worker import expected_checkin, expected_sheet, save_checkin

ROOT = Path(__file__).resolve().parents[2]
LABEL = "w"
IMPORTED_CHECKINS = 4_000
"""Check-ins in the imported file: enough that SQLite writes part of the unfinished import to
the database's log file before the kill (checked below), as a real large import does."""
ANSWER_TEXT = "walked" * 180
"""A long answer that fills the log quickly; one word, so that reading it for change talk (not
what these tests are about) costs next to nothing."""


def start_worker(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.reliability_worker", *args], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def kill(worker: subprocess.Popen) -> None:
    worker.send_signal(signal.SIGKILL)
    worker.wait(timeout=60)
    assert worker.returncode == -signal.SIGKILL


def integrity(path: Path) -> str:
    """SQLite's verdict on the file, opened without migrating or changing anything."""
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


@pytest.fixture
def person(db_path) -> tuple[Path, int, int]:
    """``(database, user id, change id)`` of one person with one change, nothing else open."""
    with closing(open_db(db_path)) as db:
        user_id = users.create_user(db, "river", "river", "not a real hash")
        return db_path, user_id, changes.add_change(db, user_id, "Walk most days")


@pytest.mark.parametrize("commits_before_kill", [1, 17, 60])
def test_a_writer_killed_in_its_save_loop_keeps_every_committed_check_in_and_answer_sheet(
        person, commits_before_kill):
    path, user_id, change_id = person
    worker = start_worker("save", str(path), str(user_id), str(change_id), LABEL, "0")
    assert worker.stdout.readline() == "ready\n", worker.communicate()[1]
    worker.stdin.write("go\n")
    worker.stdin.flush()
    reported_checkins: dict[int, int] = {}
    reported_sheets: list[int] = []

    def read(line: str) -> None:
        kind, *numbers = line.split()
        if kind == "checkin":
            reported_checkins[int(numbers[0])] = int(numbers[1])
        else:
            reported_sheets.append(int(numbers[0]))

    while len(reported_checkins) + len(reported_sheets) < commits_before_kill:
        read(worker.stdout.readline())
    kill(worker)
    for line in worker.stdout:  # what it reported between our last read and the kill
        read(line)

    assert integrity(path) == "ok"
    with closing(open_db(path)) as db:
        frame = progress.history(db, user_id, change_id, None)
        stored = dict(zip(frame["checkin_id"], frame.itertuples(), strict=True))
        assert set(reported_checkins) <= set(stored)
        # At most the one check-in committed between the last report and the kill is extra.
        extra = set(stored) - set(reported_checkins)
        assert len(extra) <= 1
        numbers = {**reported_checkins, **{i: len(reported_checkins) for i in extra}}
        for checkin_id, row in stored.items():
            ratings, written = expected_checkin(LABEL, numbers[checkin_id])
            assert (row.importance, row.confidence, row.readiness) == tuple(ratings.values())
            assert (row.how_going, row.note) == tuple(a.text for a in written)
        for n in range(len(reported_checkins) + 1):
            subject, texts = expected_sheet(LABEL, n)
            saved = {a.prompt_id: a.text for a in answers.list_answers(db, user_id, change_id,
                                                                         subject=subject)}
            if n in reported_sheets:
                assert saved == texts
            else:  # not reported: saved whole just before the kill, or not at all
                assert saved in ({}, texts)


def large_journal(change_uid: str) -> Journal:
    """``IMPORTED_CHECKINS`` daily check-ins on one change, each with a long written answer."""
    start = datetime.now(UTC) - timedelta(days=IMPORTED_CHECKINS)  # an import refuses the future
    stamps = [(start + timedelta(days=n)).isoformat() for n in range(IMPORTED_CHECKINS)]
    checkin_uids = [str(uuid.uuid4()) for _ in stamps]
    return Journal(
        changes=(ChangeRecord(change_uid, "Imported change", "", stamps[0], None),),
        checkins=tuple(CheckinRecord(uid, change_uid, at, n % 11, 5, 6)
                       for n, (uid, at) in enumerate(zip(checkin_uids, stamps, strict=True))),
        answers=tuple(AnswerRecord(str(uuid.uuid4()), change_uid, uid, "checkin.how_going",
                                   "How is it going?", f"{n}: {ANSWER_TEXT}", "", at)
                      for n, (uid, at) in enumerate(zip(checkin_uids, stamps, strict=True))),
    )


def test_an_import_killed_inside_its_transaction_leaves_no_part_of_it(person, tmp_path):
    path, user_id, change_id = person
    with closing(open_db(path)) as db:
        for n in range(3):
            save_checkin(db, user_id, change_id, LABEL, n)
        before = read_journal(db, user_id)
    file = tmp_path / "export.json"
    file.write_bytes(export.to_json(export.document(
        large_journal(str(uuid.uuid4())), "river", "person", "2020-01-01T00:00:00+00:00",
        "2026-01-01T00:00:00+00:00")))
    log = path.with_name(path.name + "-wal")
    log_before = log.stat().st_size if log.exists() else 0

    worker = start_worker("import", str(path), str(user_id), str(file), "0.8")
    assert worker.stdout.readline() == "inside\n", worker.communicate()[1]
    assert log.stat().st_size > log_before + 1_000_000  # part of the import reached the disk
    kill(worker)

    assert integrity(path) == "ok"
    with closing(open_db(path)) as db:
        assert read_journal(db, user_id) == before
        assert [c.title for c in changes.list_changes(db, user_id)] == ["Walk most days"]
        assert len(checkins.list_checkins(db, user_id, change_id)) == 3
    done = start_worker("import", str(path), str(user_id), str(file), "2")
    out, err = done.communicate(timeout=300)
    assert (out, err, done.returncode) == ("finished\n", "", 0)
    with closing(open_db(path)) as db:
        assert len(read_journal(db, user_id).checkins) == 3 + IMPORTED_CHECKINS


@pytest.mark.parametrize("step", [ORDER[1].__name__, ORDER[-1].__name__])
def test_an_upgrade_killed_inside_a_migration_loses_nothing_and_completes_next_time(tmp_path,
                                                                                     step):
    path = build(tmp_path / "first.db", stop_before=ORDER[1].__name__)
    before = contents(path)

    worker = start_worker("upgrade", str(path), step)
    assert worker.stdout.readline() == "inside\n", worker.communicate()[1]
    kill(worker)

    assert integrity(path) == "ok"
    steps = [s.__name__ for s in ORDER]
    for attempt in ("killed", "completed"):
        with closing(open_db(path, migrate=attempt == "completed")) as db:
            applied = [m.name for m in MIGRATIONS.applied(db)]
        assert applied == steps if attempt == "completed" else step not in applied
        assert applied == steps[:len(applied)]
        after = contents(path)
        for table, (names, rows) in before.items():
            assert columns_of(after, table, names) == rows, (attempt, table)
