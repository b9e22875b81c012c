"""Schema for sign-in protection."""

from __future__ import annotations

from sqlite_utils import Database


def m006_sign_in_throttle(db: Database) -> None:
    """Failed sign-in attempts per username, for throttling."""
