"""Schema of consented sharing: coach grants, read-only links and coach notes."""

from __future__ import annotations

from sqlite_utils import Database


def m003_sharing(db: Database) -> None:
    """Grants to coaches, share links and private coach notes."""
