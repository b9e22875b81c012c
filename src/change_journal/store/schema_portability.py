"""Schema for export and import: a stable id (``uid``) on every row a person can take with them.

Integer ids differ from one database to the next; the ``uid`` (a random UUID) travels in the
export file, so importing the same file twice finds its rows already there and adds nothing.
Rows inserted by any code without a ``uid`` get one from a trigger, so every page's own
inserts stay unchanged.
"""

from __future__ import annotations

from sqlite_utils import Database

UID_TABLES = ("changes", "checkins", "answers", "plans", "value_sorts", "custom_values")
"""Tables whose rows carry a ``uid``: the rows an export lists one by one."""

NEW_UID_SQL = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'"
    " || substr(lower(hex(randomblob(2))), 2) || '-'"
    " || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2)"
    " || '-' || lower(hex(randomblob(6)))"
)
"""A random (version 4) UUID in SQL, such as ``5f0c2a1e-93b4-4d2e-8a1f-0c6e2b7d9a10``."""


def m004_portability_uids(db: Database) -> None:
    """Add ``uid`` to the exported tables, fill it in, keep it unique per person and always set."""
    for table in UID_TABLES:
        db.execute(f"ALTER TABLE {table} ADD COLUMN uid TEXT")
        db.execute(f"UPDATE {table} SET uid = {NEW_UID_SQL}")
        db.execute(f"CREATE UNIQUE INDEX {table}_by_uid ON {table}(user_id, uid)")
        db.execute(
            f"CREATE TRIGGER {table}_uid AFTER INSERT ON {table} WHEN NEW.uid IS NULL"
            f" BEGIN UPDATE {table} SET uid = {NEW_UID_SQL} WHERE rowid = NEW.rowid; END"
        )
