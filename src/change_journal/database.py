"""Opening the journal's database, for the entry points (the app, the command line, benchmarks).

Usage::

    db = open_db(path)   # a file, or a postgresql:// address; raises StoreError with a message
    ...
    except DATABASE_ERRORS:  # a statement failed, or the server went away
"""

from change_journal.store import DATABASE_ERRORS, StoreError, open_db

__all__ = ["DATABASE_ERRORS", "StoreError", "open_db"]
