"""Running schema scripts inside the migration's transaction."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database


def execute_script(db: Database, script: str) -> None:
    """Run each statement of ``script`` in the current transaction.

    ``sqlite3.executescript`` would commit first and break the migration's atomicity.
    """
    for statement in script.split(";"):
        if statement.strip():
            if not sqlite3.complete_statement(statement + ";"):
                raise ValueError(f"Incomplete SQL statement in schema script: {statement!r}")
            db.execute(statement)
