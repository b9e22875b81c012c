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

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from change_journal.store.timestamps import now, stamp

__all__ = ["EARLIEST", "LATEST", "bounded", "day", "day_and_time", "describe_span", "local", "now",
           "span_days", "stamp", "zone"]

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


def zone(name: str) -> ZoneInfo | None:
    """The time zone called ``name``, or None when there is none by that name.

    The name may come from a browser or a command line: any text, such as a folder of the zone
    database ("Europe"), a path, or a name too long for the file system, is refused here rather
    than raising whatever error the lookup happens to meet.
    """
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def local(at: str, tz: str | ZoneInfo) -> datetime:
    """A stored UTC ISO-8601 timestamp in the time zone ``tz`` (see :func:`bounded`)."""
    return datetime.fromisoformat(bounded(at)).astimezone(tz if isinstance(tz, ZoneInfo)
                                                          else ZoneInfo(tz))


def day(at: str, tz: str) -> str:
    """The viewer's day of a stored timestamp, such as ``3 Jun 2026``."""
    moment = local(at, tz)
    return f"{moment.day} {moment:%b %Y}"


def day_and_time(at: str, tz: str) -> str:
    """The viewer's day and time of a stored timestamp, such as ``3 Jun 2026, 14:05``."""
    return f"{day(at, tz)}, {local(at, tz):%H:%M}"


def span_days(start: date, end: date) -> int:
    """Calendar days from ``start`` to ``end`` (datetimes count by their own, viewer-local, date).

    The one way a span is counted, so that every summary of the same days names the same span.
    """
    first = start.date() if isinstance(start, datetime) else start
    last = end.date() if isinstance(end, datetime) else end
    return (last - first).days


def describe_span(start: date, end: date) -> str:
    """A short human duration: "3 days", "6 weeks", "4 months", "2 years" (see :func:`span_days`)."""
    days = span_days(start, end)
    if days < 1:
        return "one day"
    if days < 14:
        return f"{days} day{'s' if days != 1 else ''}"
    if days < 61:
        return f"{round(days / 7)} weeks"
    if days < 730:
        return f"{round(days / 30.44)} months"
    return f"{round(days / 365.25)} years"
