"""Time: the one place the code above the store writes a timestamp, and stored timestamps as
the viewer reads them, in their own time zone.

:func:`now` and :func:`stamp` (UTC ISO-8601 with microseconds, the stored format) are those of
:mod:`change_journal.store.timestamps`, re-exported: the store stamps rows too and must not
import upward, so the single implementation lives there and every other layer uses it from here.

Times are supported from :data:`EARLIEST` to :data:`LATEST` (an import refuses others). A stored
time outside that range, say from an import made before it was checked, is shown at the range's
edge, so a page never fails on it whatever the viewer's time zone.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from change_journal.store.timestamps import now, stamp

__all__ = ["EARLIEST", "LATEST", "bounded", "day", "day_and_time", "local", "now", "stamp"]

EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
LATEST = datetime(2200, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)
_EARLIEST_STAMP = stamp(EARLIEST)
_LATEST_STAMP = stamp(LATEST)


def bounded(at: str) -> str:
    """A stored timestamp, or the edge of the supported range it lies beyond.

    Stored times are UTC ISO-8601 with four-digit years, so their text order is time order.
    Use it before handing stored times to pandas, whose range ends in 1677 and 2262.
    """
    return _EARLIEST_STAMP if at < _EARLIEST_STAMP else _LATEST_STAMP if at > _LATEST_STAMP else at


def local(at: str, tz: str) -> datetime:
    """A stored UTC ISO-8601 timestamp in the time zone ``tz`` (see :func:`bounded`)."""
    return datetime.fromisoformat(bounded(at)).astimezone(ZoneInfo(tz))


def day(at: str, tz: str) -> str:
    """The viewer's day of a stored timestamp, such as ``3 Jun 2026``."""
    moment = local(at, tz)
    return f"{moment.day} {moment:%b %Y}"


def day_and_time(at: str, tz: str) -> str:
    """The viewer's day and time of a stored timestamp, such as ``3 Jun 2026, 14:05``."""
    return f"{day(at, tz)}, {local(at, tz):%H:%M}"
