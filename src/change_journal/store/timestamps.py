"""Writing timestamps: the one implementation of the stored format, UTC ISO-8601 with microseconds.

It lives in the store, which stamps rows and imports nothing above it; everything above the
store writes timestamps through :mod:`change_journal.clock`, which re-exports these functions.
"""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> datetime:
    """The current moment, in UTC."""
    return datetime.now(UTC)


def stamp(moment: datetime | None = None) -> str:
    """``moment`` (default: now) as stored, such as ``2026-06-03T14:05:00.000000+00:00``."""
    return (moment or now()).astimezone(UTC).isoformat(timespec="microseconds")
