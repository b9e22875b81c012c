"""Opening the database file: pragmas, start-up checks and migrations."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from change_journal.store.migrations import apply_migrations, check_not_newer

BUSY_TIMEOUT_S = 15.0


class StoreError(Exception):
    """The database cannot be used; the message is written for the person who sees it."""


def now_utc() -> str:
    """The current time as a UTC ISO-8601 string, the only timestamp format stored."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


@contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """A write transaction that takes the write lock up front (``BEGIN IMMEDIATE``).

    ``db.atomic()`` begins a deferred transaction: one that reads first and writes later
    fails at once with "database is locked" if another connection committed in between,
    since waiting cannot help it. Taking the lock at the start lets the busy timeout queue
    concurrent writers instead. Nested use becomes a savepoint.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.commit()


def open_db(path: str | Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the journal database at ``path``, migrated to the current schema.

    Raises :class:`StoreError` with a clear message when the folder cannot be created, the
    file is not writable, is not an SQLite database, or was written by a newer version.
    Nothing is overwritten in any of those cases.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"Cannot create the folder for the database {path}: {exc.strerror}.") from exc
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        raise StoreError(_explain(path, exc)) from exc
    db = Database(conn, execute_plugins=False)
    try:
        check_not_newer(db)
        if migrate:
            apply_migrations(db)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise StoreError(_explain(path, exc)) from exc
    except ValueError as exc:
        db.close()
        raise StoreError(str(exc)) from exc
    return db


def _explain(path: Path, exc: sqlite3.DatabaseError) -> str:
    text = str(exc).lower()
    if "not a database" in text or "malformed" in text:
        return f"{path} is not a Change Journal database (it is not an SQLite file). It was left untouched."
    if "readonly" in text or "unable to open" in text or "read-only" in text:
        return f"Cannot write to the database {path}: check that the file and its folder are writable."
    return f"The database {path} could not be opened: {exc}."
