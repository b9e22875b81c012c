"""Stored UTC timestamps as the viewer reads them, in their own time zone."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo


def local(at: str, tz: str) -> datetime:
    """A stored UTC ISO-8601 timestamp in the time zone ``tz``."""
    return datetime.fromisoformat(at).astimezone(ZoneInfo(tz))


def day(at: str, tz: str) -> str:
    """The viewer's day of a stored timestamp, such as ``3 Jun 2026``."""
    moment = local(at, tz)
    return f"{moment.day} {moment:%b %Y}"


def day_and_time(at: str, tz: str) -> str:
    """The viewer's day and time of a stored timestamp, such as ``3 Jun 2026, 14:05``."""
    return f"{day(at, tz)}, {local(at, tz):%H:%M}"
