"""Backup of the whole database through SQLite's online backup API, safe while the app runs.

The copy is taken in one step under a read transaction, so it is a consistent snapshot even
while people keep writing (in WAL mode writers are not blocked). It is written next to the
target under a temporary name, checked with ``PRAGMA integrity_check``, switched to a single
self-contained file (no ``-wal``), and only then renamed into place.

Restore: stop the app, move the old ``journal.db`` (and any ``journal.db-wal`` and
``journal.db-shm`` beside it) out of the way, copy the backup file to ``journal.db``, start
the app.

Usage::

    result = backup_database("data/journal.db", "backups/journal-2026-06-01.db")
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from change_journal.store import StoreError, open_db, refuse_sidecar
from change_journal.store.dialect import is_postgres


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size_bytes: int


def backup_database(source: str | Path, target: str | Path) -> BackupResult:
    """Copy the database at ``source`` to the new file ``target``; raise :class:`StoreError`.

    Refuses a missing source, a target that already exists (nothing is overwritten) or that
    SQLite keeps beside a database (see :func:`~change_journal.store.refuse_sidecar`), and a
    copy that fails its integrity check (the partial file is removed).
    """
    if is_postgres(source):
        raise StoreError("The backup command is for an SQLite database file. Back up PostgreSQL "
                         "with its own tool, for example: pg_dump --format=custom --file "
                         "journal.dump 'postgresql://...' (see the README).")
    source, target = Path(source), Path(target)
    if not source.exists():  # a folder, a pipe or a device is refused by open_db
        raise StoreError(f"There is no database at {source}.")
    if target.exists():
        raise StoreError(f"{target} already exists; choose a new file name for the backup.")
    refuse_sidecar(target)
    if not target.parent.is_dir():
        raise StoreError(f"The folder {target.parent} does not exist.")
    partial = target.with_name(f".{target.name}.partial")
    try:
        with closing(open_db(source, migrate=False)) as db, \
                closing(sqlite3.connect(partial)) as copy:
            db.conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
            (verdict,) = copy.execute("PRAGMA integrity_check").fetchone()
            if verdict != "ok":
                raise StoreError(f"The backup copy failed its integrity check ({verdict}).")
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"The backup to {target} failed: {exc}.") from exc
    finally:
        partial.unlink(missing_ok=True)
    return BackupResult(target, target.stat().st_size)
