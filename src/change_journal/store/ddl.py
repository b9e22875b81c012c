"""Running schema scripts inside the migration's transaction."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database


def statements(script: str) -> list[str]:
    """The statements of ``script``, split where SQLite itself sees one end (so the ``;`` inside a
    trigger's body does not split it); raises ``ValueError`` on an unfinished last statement."""
    found, pending = [], ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \t\n;"):
                found.append(pending.strip())
            pending = ""
    if pending.strip(" \t\n;"):
        raise ValueError(f"Incomplete SQL statement in schema script: {pending.strip()!r}")
    return found


def execute_script(db: Database, script: str) -> None:
    """Run each statement of ``script`` in the current transaction.

    ``sqlite3.executescript`` would commit first and break the migration's atomicity.
    """
    for statement in statements(script):
        db.execute(statement)
