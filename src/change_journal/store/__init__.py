"""The store: every SQL statement in the project lives in this package.

Every read and write takes the acting user's id and is scoped by it. Writes run inside
:func:`transaction` (``BEGIN IMMEDIATE``), so concurrent writers wait instead of failing.
Open a connection per operation or per Streamlit rerun with :func:`open_db`; never share one
across threads.

Usage::

    db = open_db(path)          # migrated, WAL, foreign keys on
    change_id = changes.add_change(db, user_id, "Drink less during the week")
"""

from change_journal.store.connection import StoreError, now_utc, open_db, transaction

__all__ = ["StoreError", "now_utc", "open_db", "transaction"]
