"""Opening the journal's database, for the entry points (the app, the command line, benchmarks).

Usage::

    db = open_db(path)   # migrated, WAL, foreign keys on; raises StoreError with a message
"""

from change_journal.store import StoreError, open_db

__all__ = ["StoreError", "open_db"]
