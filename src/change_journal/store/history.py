"""Check-in history as the Progress page shows it: counted, bucketed and cut in SQL, so that
what leaves the database stays small however long the history is (see change_journal.progress).

Every function reads the acting person's own check-ins on one change from ``since`` on (an ISO
UTC timestamp; None for all of them) and runs on the index ``checkins(user_id, change_id,
created_at)``; :func:`bucket_stats` also on the sums per UTC month that ``checkin_months`` keeps,
so a year's mean reads twelve rows, not every check-in.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database

from change_journal.store.checkins import CheckinRow

_ROW = "id, created_at, importance, confidence, readiness"
_RANGE = "user_id = ? AND change_id = ? AND created_at >= ?"


def span(db: Database, user_id: int, change_id: int,
         since: str | None) -> tuple[int, CheckinRow | None, CheckinRow | None]:
    """``(count, first, last)`` of the person's check-ins on one change from ``since`` on."""
    args = [user_id, change_id, since or ""]
    count = db.execute(f"SELECT COUNT(*) FROM checkins WHERE {_RANGE}", args).fetchone()[0]
    if not count:
        return 0, None, None
    first = db.execute(f"SELECT {_ROW} FROM checkins WHERE {_RANGE}"
                       " ORDER BY created_at, id LIMIT 1", args).fetchone()
    last = db.execute(f"SELECT {_ROW} FROM checkins WHERE {_RANGE}"
                      " ORDER BY created_at DESC, id DESC LIMIT 1", args).fetchone()
    return count, CheckinRow(*first), CheckinRow(*last)


def newest(db: Database, user_id: int, change_id: int, since: str | None,
           limit: int, skip: int = 0) -> list[CheckinRow]:
    """The person's ``limit`` newest check-ins on one change from ``since`` on after the
    ``skip`` newest, oldest first."""
    rows = db.execute(
        f"SELECT {_ROW} FROM checkins WHERE {_RANGE}"
        " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
        [user_id, change_id, since or "", limit, skip],
    ).fetchall()
    return [CheckinRow(*row) for row in reversed(rows)]


ALL_TIME = (("", "~"),)
"""One bucket holding every stored time ("~" sorts after any of them)."""
_MONTH_KEY = 7
"""A month's key in ``checkin_months``: a stored time's first seven characters, UTC "YYYY-MM"."""


def bucket_stats(db: Database, user_id: int, change_id: int, since: str | None,
                 bounds: Sequence[tuple[str, str]] = ALL_TIME
                 ) -> list[tuple[float, float, float, int, int] | None]:
    """For each ``(start, end)`` of ISO UTC timestamps (start included, end not), the person's
    check-ins on one change from ``since`` on within it: ``(mean importance, mean confidence,
    mean readiness, check-ins, id of the latest check-in)``, or None for a bucket without one.

    A bucket is summed from the months kept in ``checkin_months`` between two month boundaries
    near its ends (:func:`_boundary`), with the check-ins between each end and its boundary added
    or taken away: a month's or a year's bucket, whose ends are local midnights in any time zone,
    reads a row per month and two ranges of the index of a day at most. A bucket without a whole
    month between its boundaries (a week) is one range of the index, as is each bucket's latest
    check-in. All in one statement. The sums are exact whatever the stored text, since a month's
    row holds exactly the stored times that begin with its key, and the means are those ``AVG``
    gives (``* 1.0``: SQLite divides reals, PostgreSQL ``numeric`` to the same digits).
    """
    if not bounds:
        return []
    buckets, pieces = [], []
    for key, (start, end) in enumerate(bounds):
        start = max(start, since or "")
        buckets.append((key, start, end))
        pieces += [(key, *piece) for piece in _pieces(start, end)]
    rows = db.execute(
        f"WITH b (k, s, e) AS (VALUES {', '.join(['(?, ?, ?)'] * len(buckets))}),"
        f" p (k, sign, lo, hi) AS (VALUES {', '.join(['(?, ?, ?, ?)'] * len(pieces))})"
        " SELECT SUM(i) * 1.0 / NULLIF(SUM(n), 0), SUM(c) * 1.0 / NULLIF(SUM(n), 0),"
        " SUM(r) * 1.0 / NULLIF(SUM(n), 0), SUM(n), MAX(latest) FROM ("
        "  SELECT b.k, 0 AS n, 0 AS i, 0 AS c, 0 AS r, (SELECT l.id FROM checkins l"
        "   WHERE l.user_id = ? AND l.change_id = ? AND l.created_at >= b.s AND l.created_at < b.e"
        "   ORDER BY l.created_at DESC, l.id DESC LIMIT 1) AS latest FROM b"
        "  UNION ALL"
        "  SELECT p.k, m.checkins, m.importance, m.confidence, m.readiness, NULL"
        "  FROM p JOIN checkin_months m ON p.sign = 0"
        "  AND m.user_id = ? AND m.change_id = ? AND m.month >= p.lo AND m.month < p.hi"
        "  UNION ALL"
        "  SELECT p.k, p.sign, p.sign * c.importance, p.sign * c.confidence,"
        "  p.sign * c.readiness, NULL FROM p JOIN checkins c ON p.sign != 0"
        "  AND c.user_id = ? AND c.change_id = ? AND c.created_at >= p.lo AND c.created_at < p.hi"
        " ) AS sums GROUP BY k ORDER BY k",
        [*(value for bucket in buckets for value in bucket),
         *(value for piece in pieces for value in piece),
         user_id, change_id, user_id, change_id, user_id, change_id],
    ).fetchall()
    return [(importance, confidence, readiness, count, latest) if count else None
            for importance, confidence, readiness, count, latest in rows]


def _pieces(start: str, end: str) -> list[tuple[int, str, str]]:
    """``(sign, low, high)``: the months from ``low`` to ``high`` (``sign`` 0) and the check-ins
    in ``[low, high)`` added (1) or taken away (-1) that make the check-ins in ``[start, end)``."""
    low, high = _boundary(start, up=True), _boundary(end, up=False)
    if not low < high:
        return [(1, start, end)]
    edges = [(-1, low, start) if low <= start else (1, start, low),
             (1, high, end) if high <= end else (-1, end, high)]
    return [(0, low, high), *(edge for edge in edges if edge[1] != edge[2])]


def _boundary(bound: str, up: bool) -> str:
    """A month boundary near ``bound``, as the key of the month it starts (a stored time is before
    it exactly when its month's key is): ``bound``'s own month when ``bound`` is on its first day
    (UTC), else the next month when ``bound`` is on its 28th day or later, or ``up``, else its
    own. So the ends of a month's or a year's bucket lie within a day of their boundaries in any
    time zone, and a week's have no month between them. A bound too short to hold a key ("" or
    "~") is its own boundary."""
    if len(bound) <= _MONTH_KEY:
        return bound
    key = bound[:_MONTH_KEY]
    if bound < f"{key}-02" or not up and bound < f"{key}-28":
        return key
    year, month = int(key[:4]), int(key[5:])
    return f"{year + month // 12:04d}-{month % 12 + 1:02d}"
