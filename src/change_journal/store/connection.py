"""Opening the database (an SQLite file, or PostgreSQL for a ``postgresql://`` address): pragmas,
start-up checks and migrations."""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from sqlite_utils import Database

from change_journal.store import dialect, migrations, postgres, timestamps

BUSY_TIMEOUT_S = 15.0
WAL_SWITCH_RETRY_S = 0.01


SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")
"""The files SQLite keeps beside a database file: its write-ahead log, shared memory and
rollback journal."""
DATABASE_ERRORS = (sqlite3.Error, psycopg.Error)
"""What either engine raises when a statement fails or the server goes away."""
INTEGRITY_ERRORS = (sqlite3.IntegrityError, psycopg.IntegrityError)
"""What either engine raises when a row breaks a constraint (a unique key, a check)."""


class StoreError(Exception):
    """The database cannot be used; the message is written for the person who sees it."""


def now_utc() -> str:
    """The current time as stored (:func:`timestamps.stamp`); store modules import it from here."""
    return timestamps.stamp()


@contextmanager
def transaction(db) -> Iterator:
    """A write transaction that takes the write lock up front (see :meth:`.dialect.Dialect.transaction`),
    so concurrent savers wait for each other instead of failing. Nested use becomes a savepoint."""
    with dialect.of(db).transaction(db):
        yield db


def open_db(path: str | Path, *, migrate: bool = True):
    """Open (creating if needed) the journal database at ``path``, migrated to the current schema.

    ``path`` is an SQLite file, or a ``postgresql://`` address (see :mod:`.postgres`).
    Raises :class:`StoreError` with a clear message when the folder cannot be created, the
    path is a folder, a named pipe or a device, the file cannot be written, is not an SQLite
    database, the server cannot be reached, or the database is another program's or was
    written by a newer version. Those checks only read, so nothing is written to such a
    database.
    """
    if dialect.is_postgres(path):
        return _open_postgres(path.strip(), migrate)
    path = Path(path)
    if not path.exists():
        refuse_sidecar(path)
    _make_folder(path)
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise StoreError(_explain(path, exc)) from exc
    db = Database(conn, execute_plugins=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        _check_is_ours(f"{path} is the SQLite database", db, applied_steps(db))
        _use_wal(conn)
        conn.execute("PRAGMA synchronous = NORMAL")
        if migrate and migrations.MIGRATIONS.pending(db):
            _migrate(db)
    except sqlite3.Error as exc:
        db.close()
        raise StoreError(_explain(path, exc)) from exc
    except StoreError:
        db.close()
        raise
    return db


def refuse_sidecar(path: str | Path) -> None:
    """Raise :class:`StoreError` when ``path`` names a file SQLite keeps beside a database that
    exists ("journal.db-wal" beside "journal.db"): SQLite takes such a file for its own log
    and deletes or overwrites it, so nothing of ours (a backup, an export, a new database) may
    be written there. Nor a new file beside a log left by an earlier file of that name
    ("copy.db-wal" with no "copy.db"): the first open would replay it into the new file."""
    path = Path(path)
    for suffix in SIDECAR_SUFFIXES:
        database = path.with_name(path.name.removesuffix(suffix))
        if path.name.endswith(suffix) and database.is_file():
            raise StoreError(f"{path} is the name of the {suffix[1:]} file SQLite keeps beside "
                             f"the database {database}, which would delete or overwrite it. "
                             "Choose another name.")
        left = path.with_name(path.name + suffix)
        if left.exists() and not path.exists():
            raise StoreError(f"{left} is left from an earlier database called {path.name}, and "
                             f"SQLite would read it into the new {path.name}. Remove it, or "
                             "choose another name.")


def special_file(path: str | Path) -> str | None:
    """What is at ``path`` when it is there but is no regular file: "a folder", "a named pipe",
    "a socket" or "a device" (None otherwise). Such a path is refused before it is opened:
    reading a named pipe waits for a writer, and a device may never end."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # missing or out of reach: opening it says why
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    return "a socket" if stat.S_ISSOCK(mode) else "a device"


def _open_postgres(url: str, migrate: bool) -> postgres.PostgresDatabase:
    label = postgres.describe(url)
    try:
        db = postgres.connect(url)
    except psycopg.Error as exc:
        raise StoreError(f"Cannot reach the {label}: {_reason(exc)}. Check that the server is running "
                         "and that CHANGE_JOURNAL_DB names it correctly.") from exc
    try:
        _check_is_ours(f"The {label} is the database", db, applied_steps(db))
        if migrate and postgres.pending_steps(db):
            postgres.migrate(db)
    except psycopg.Error as exc:
        db.close()
        raise StoreError(f"The {label} could not be used: {_reason(exc)}.") from exc
    except StoreError:
        db.close()
        raise
    return db


def applied_steps(db) -> list[str]:
    """The names of the schema steps applied to ``db``, in the order applied."""
    if dialect.of(db) is dialect.SQLITE:
        return [m.name for m in migrations.MIGRATIONS.applied(db)]
    return postgres.applied_steps(db)


def _reason(exc: psycopg.Error) -> str:
    """The first line of the driver's message (the rest repeats it or gives hints)."""
    text = str(exc).strip()
    return text.splitlines()[0].rstrip(".") if text else type(exc).__name__


def _migrate(db: Database) -> None:
    """Apply the pending steps in one transaction that holds the write lock.

    Processes opening a new file at once wait for each other instead of running a step twice
    (the steps still to run are looked up again inside), and an interrupted upgrade leaves the
    file as it was. Foreign-key enforcement is off meanwhile, as SQLite's procedure for
    rebuilding a table requires (dropping a parent table would otherwise cascade); every
    reference is checked before the commit, and a dangling one undoes the whole upgrade.
    """
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        with transaction(db):
            migrations.apply_migrations(db)
            dangling = db.execute("PRAGMA foreign_key_check").fetchall()
            if dangling:
                raise StoreError(f"Upgrading the database would leave {len(dangling)} broken "
                                 "reference(s), so it was left as it was. Restore a backup or "
                                 "report this.")
    finally:
        db.execute("PRAGMA foreign_keys = ON")


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch the file to write-ahead logging (a no-op once it is).

    A new file, or a restored backup, starts in rollback mode, where SQLite refuses the switch
    at once, without the busy timeout, while another connection is reading it (as another
    process starting at the same moment does). So this waits and retries, up to the timeout.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(WAL_SWITCH_RETRY_S)


def _make_folder(path: Path) -> None:
    """Create the database's folder if missing; refuse a path that is not a possible file."""
    kind = special_file(path)
    if kind == "a folder":
        raise StoreError(f"{path} is a folder, not a database file: name a file inside it, "
                         f"such as {path / 'journal.db'}.")
    if kind:
        raise StoreError(f"{path} is {kind}, not a database file.")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as exc:
        blocking = next(p for p in (path.parent, *path.parent.parents) if p.exists())
        raise StoreError(f"Cannot create the folder for the database {path}: {blocking} is a "
                         "file, not a folder.") from exc
    except OSError as exc:
        raise StoreError(f"Cannot create the folder for the database {path}: "
                         f"{exc.strerror}.") from exc


def _check_is_ours(what: str, db, applied: list[str]) -> None:
    """Refuse, only reading, another program's database and a newer version's one.

    ``what`` starts the message ("<path> is the SQLite database"); ``applied`` names the
    steps the database records. A new, empty database (or one holding only an empty migrations
    table, left by an interrupted first start) is ours to set up.
    """
    tables = set(db.table_names()) - {migrations.MIGRATIONS.migrations_table}
    if tables and not applied:
        raise StoreError(f"{what} of another program, not a Change Journal database. It was "
                         "left untouched.")
    try:
        migrations.check_not_newer(applied)
    except ValueError as exc:
        raise StoreError(str(exc)) from exc


def _explain(path: Path, exc: sqlite3.Error) -> str:
    text = str(exc).lower()
    if "not a database" in text:
        return f"{path} is not a Change Journal database (it is not an SQLite file). It was left untouched."
    if "malformed" in text:
        return (f"{path} is damaged, so it cannot be read ({exc}). It was left untouched: "
                "restore it from a backup.")
    if "readonly" in text or "unable to open" in text or "read-only" in text:
        return f"Cannot write to the database {path}: check that the file and its folder are writable."
    return f"The database {path} could not be opened: {exc}."
