"""Start-up problems with the database file: each gets one clear message from ``open_db``, and
nothing on disk is overwritten or added beside it. A missing folder is not a problem: it is
created. The same problems met by the command line are in
tests/integration/test_startup_problems_cli.py, and by the app in
tests/app/test_startup_problems_app.py; both make them with :data:`PROBLEMS`.

The tests run as root, for whom ``chmod`` does not stop writes, so "a place that cannot be
written" is made in ways that stop root too: a folder path running through a regular file,
a new file or folder in ``/proc`` (the kernel refuses both), and a database path that is itself
a folder.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from change_journal.backup import backup_database
from change_journal.store import StoreError, open_db, users
from change_journal.store.migrations import MIGRATIONS, ORDER

PASSWORD = "a long enough password"
PROC_FILE = Path("/proc/change-journal.db")
PROC_FOLDER = Path("/proc/change-journal")


def not_sqlite(folder: Path) -> Path:
    path = folder / "notes.db"
    path.write_text("These are my notes, not a database.\n" * 50)
    return path


def damaged(folder: Path) -> Path:
    """A Change Journal database cut in half, as by a failed copy."""
    whole = folder / "whole.db"
    open_db(whole).close()
    path = folder / "journal.db"
    path.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    whole.unlink()
    return path


def other_program(folder: Path) -> Path:
    """An SQLite database of some other program (in the old rollback-journal mode)."""
    path = folder / "photos.db"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO photos (name) VALUES ('beach.jpg')")
        conn.commit()
    return path


def newer(folder: Path) -> Path:
    """A Change Journal database that a newer version has migrated one step further."""
    path = folder / "journal.db"
    with closing(open_db(path)) as db:
        users.create_user(db, "demo", "demo", "not a real hash")
    mark_newer(path)
    return path


def newer_backup(folder: Path) -> Path:
    """A newer version's backup: a single file in SQLite's older rollback-journal mode."""
    with closing(open_db(folder / "live.db")) as db:
        users.create_user(db, "demo", "demo", "not a real hash")
    path = backup_database(folder / "live.db", folder / "journal-backup.db").path
    (folder / "live.db").unlink()
    mark_newer(path)
    return path


def mark_newer(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                     " VALUES (?, 'm999_from_the_future', '2030-01-01')", [MIGRATIONS.name])
        conn.commit()


def under_a_file(folder: Path) -> Path:
    (folder / "backups").write_text("a file where a folder is expected")
    return folder / "backups" / "journal.db"


def a_folder(folder: Path) -> Path:
    (folder / "journal.db").mkdir()
    return folder / "journal.db"


def in_proc(_folder: Path) -> Path:
    return PROC_FILE


def in_a_proc_folder(_folder: Path) -> Path:
    return PROC_FOLDER / "journal.db"


@dataclass(frozen=True)
class Problem:
    make: Callable[[Path], Path]
    message: str
    command: str
    """The command that meets it: ``export`` for an existing file, ``demo`` for a new one."""


PROBLEMS = {
    "not SQLite": Problem(not_sqlite, "is not a Change Journal database (it is not an SQLite "
                                      "file). It was left untouched.", "export"),
    "damaged": Problem(damaged, "is damaged", "export"),
    "another program's database": Problem(other_program, "is the SQLite database of another "
                                                         "program", "export"),
    "newer schema": Problem(newer, "was written by a newer version of Change Journal "
                                   "(unknown schema steps: m999_from_the_future)", "export"),
    "newer schema, from a backup": Problem(newer_backup, "was written by a newer version of "
                                                        "Change Journal", "export"),
    "folder path through a file": Problem(under_a_file, "backups is a file, not a folder",
                                          "demo"),
    "new file refused (/proc)": Problem(in_proc, "Cannot write to the database "
                                                 "/proc/change-journal.db", "demo"),
    "new folder refused (/proc)": Problem(in_a_proc_folder, "Cannot create the folder for the "
                                                            "database /proc/change-journal/",
                                          "demo"),
    "path is a folder": Problem(a_folder, "journal.db is a folder, not a database file", "demo"),
}


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every file in ``folder`` (recursively) with its bytes; None for folders."""
    return {str(p.relative_to(folder)): None if p.is_dir() else p.read_bytes()
            for p in sorted(folder.rglob("*"))}


@pytest.fixture
def problem(request, tmp_path) -> tuple[Problem, Path]:
    """The problem named by the test's parameter, made in ``tmp_path``."""
    case = PROBLEMS[request.param]
    return case, case.make(tmp_path)


@pytest.mark.parametrize("problem", list(PROBLEMS), indirect=True)
def test_a_start_up_problem_is_refused_with_a_clear_message_and_nothing_is_written(problem,
                                                                                  tmp_path):
    case, path = problem
    before = snapshot(tmp_path)
    with pytest.raises(StoreError) as refused:
        open_db(path)
    assert case.message in str(refused.value)
    assert snapshot(tmp_path) == before
    assert not PROC_FILE.exists() and not PROC_FOLDER.exists()


def test_a_missing_folder_is_created_by_the_library(tmp_path):
    opened = tmp_path / "new" / "folder" / "journal.db"
    with closing(open_db(opened)) as db:
        assert [m.name for m in MIGRATIONS.applied(db)] == [s.__name__ for s in ORDER]


def test_an_empty_file_is_a_new_database_not_a_problem(tmp_path):
    """A zero-byte file (``touch journal.db``) is what SQLite itself calls an empty database."""
    path = tmp_path / "journal.db"
    path.touch()
    with closing(open_db(path)) as db:
        assert len(MIGRATIONS.applied(db)) == len(ORDER)


def test_a_file_left_by_an_interrupted_first_start_is_set_up(tmp_path):
    """Earlier versions created the migrations' own table before the first step, so a first
    start stopped in between left a file holding only that table, and no data to protect."""
    path = tmp_path / "journal.db"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE _sqlite_migrations (id INTEGER PRIMARY KEY, migration_set TEXT,"
                     " name TEXT, applied_at TEXT)")
    with closing(open_db(path)) as db:
        assert [m.name for m in MIGRATIONS.applied(db)] == [s.__name__ for s in ORDER]
