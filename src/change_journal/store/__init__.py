"""The store: every SQL statement in the project lives in this package.

Every read and write takes the acting user's id and is scoped by it. Writes run inside
:func:`transaction`, which takes the write lock up front, so concurrent writers wait instead of
failing. Open a connection per operation or per Streamlit rerun with :func:`open_db` (an SQLite
file, or PostgreSQL for a ``postgresql://`` address; :mod:`.dialect` says what differs); never
share one across threads.

Usage::

    db = open_db(path)          # migrated; SQLite: WAL, foreign keys on
    change_id = changes.add_change(db, user_id, "Drink less during the week")
"""

from change_journal.store.connection import (
    DATABASE_ERRORS,
    INTEGRITY_ERRORS,
    StoreError,
    applied_steps,
    now_utc,
    open_db,
    refuse_sidecar,
    special_file,
    transaction,
)

__all__ = ["DATABASE_ERRORS", "INTEGRITY_ERRORS", "StoreError", "applied_steps", "now_utc",
           "open_db", "refuse_sidecar", "special_file", "transaction"]
