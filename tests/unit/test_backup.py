"""Backups through SQLite's online backup API: consistent while another thread writes, a single
self-contained file, and clear refusals instead of overwriting or half-written copies."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing

import pytest

from change_journal import accounts
from change_journal.backup import backup_database
from change_journal.store import StoreError, changes, checkins, open_db
from change_journal.store.checkins import AnswerIn

ANSWERS_PER_CHECKIN = 3
MAX_WRITES = 5_000


def test_a_backup_taken_while_another_thread_writes_passes_the_integrity_check(db_path, tmp_path):
    with closing(open_db(db_path)) as db:
        user_id = accounts.sign_up(db, "river", "a long enough password").id
        change_id = changes.add_change(db, user_id, "Walk most days")
    writing, stop = threading.Event(), threading.Event()
    failures: list[BaseException] = []

    def writer() -> None:
        try:
            with closing(open_db(db_path)) as own:
                for n in range(MAX_WRITES):
                    checkins.save_checkin(
                        own, user_id, change_id, {"importance": n % 11, "confidence": 5,
                                                  "readiness": 5},
                        [AnswerIn(f"p{i}", "Question?", f"Answer {n}.{i}")
                         for i in range(ANSWERS_PER_CHECKIN)])
                    if n == 50:
                        writing.set()
                    if stop.is_set():
                        return
        except BaseException as exc:  # reported to the test below
            failures.append(exc)
        finally:
            writing.set()

    thread = threading.Thread(target=writer)
    thread.start()
    writing.wait()
    try:
        result = backup_database(db_path, tmp_path / "copy.db")
    finally:
        stop.set()
        thread.join()
    assert not failures
    with closing(sqlite3.connect(result.path)) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        (saved,) = copy.execute("SELECT COUNT(*) FROM checkins").fetchone()
        (answered,) = copy.execute("SELECT COUNT(*) FROM answers").fetchone()
    assert saved > 50
    assert answered == saved * ANSWERS_PER_CHECKIN  # no check-in caught half-written


def test_a_backup_is_one_file_that_opens_as_the_same_journal(seeded_db, db_path, tmp_path):
    result = backup_database(db_path, tmp_path / "copy.db")
    assert result.size_bytes == result.path.stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == ["copy.db"]
    with closing(sqlite3.connect(result.path)) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    with closing(open_db(result.path)) as copy:
        assert copy.execute("SELECT COUNT(*) FROM checkins").fetchone() == \
            seeded_db.execute("SELECT COUNT(*) FROM checkins").fetchone()


@pytest.mark.parametrize(("source", "target", "message"), [
    ("missing.db", "copy.db", "There is no database at"),
    ("journal.db", "journal.db", "already exists; choose a new file name"),
    ("journal.db", "no-such-folder/copy.db", "does not exist"),
    ("not-a-db.db", "copy.db", "is not a Change Journal database"),
    ("journal.db", "journal.db-wal", "the wal file SQLite keeps beside the database"),
    ("journal.db", "journal.db-shm", "the shm file SQLite keeps beside the database"),
    ("journal.db", "not-a-db.db-journal", "the journal file SQLite keeps beside the database"),
], ids=["no source", "target exists", "no folder", "not a database", "its log", "its shared memory",
        "another database's journal"])
def test_a_backup_that_cannot_be_made_says_why_and_leaves_nothing(db_path, source, target,
                                                                  message):
    folder = db_path.parent
    (folder / "not-a-db.db").write_bytes(b"just some text, not SQLite" * 100)
    before = sorted(p.name for p in folder.rglob("*"))
    with pytest.raises(StoreError, match=message):
        backup_database(folder / source, folder / target)
    assert sorted(p.name for p in folder.rglob("*")) == before


def test_a_name_ending_like_a_log_is_a_backup_when_no_database_is_beside_it(db_path):
    target = db_path.parent / "my-journal"  # "my" is no database: SQLite keeps nothing there
    assert backup_database(db_path, target).path == target


def test_no_new_database_is_made_where_sqlite_keeps_another_ones_log(db_path):
    with pytest.raises(StoreError, match="the wal file SQLite keeps beside the database"):
        open_db(f"{db_path}-wal")
    assert not (db_path.parent / f"{db_path.name}-wal").exists()


def test_no_backup_or_new_database_is_made_beside_a_log_left_from_an_earlier_file(db_path):
    folder = db_path.parent
    (folder / "copy.db-wal").write_bytes(b"an old log that SQLite would replay into copy.db")
    with pytest.raises(StoreError, match="is left from an earlier database called copy.db"):
        backup_database(db_path, folder / "copy.db")
    with pytest.raises(StoreError, match="is left from an earlier database called copy.db"):
        open_db(folder / "copy.db")
    assert not (folder / "copy.db").exists()
