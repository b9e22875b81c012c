"""Check-in history as the Progress page shows it: counted, bucketed and cut in SQL, so that
what leaves the database stays small however long the history is (see change_journal.progress).

Every function reads the acting person's own check-ins on one change from ``since`` on (an ISO
UTC timestamp; None for all of them) and runs on the index ``checkins(user_id, change_id,
created_at)``.
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
           limit: int) -> list[CheckinRow]:
    """The person's ``limit`` newest check-ins on one change from ``since`` on, oldest first."""
    rows = db.execute(
        f"SELECT {_ROW} FROM checkins WHERE {_RANGE} ORDER BY created_at DESC, id DESC LIMIT ?",
        [user_id, change_id, since or "", limit],
    ).fetchall()
    return [CheckinRow(*row) for row in reversed(rows)]


ALL_TIME = (("", "~"),)
"""One bucket holding every stored time ("~" sorts after any of them)."""


def bucket_stats(db: Database, user_id: int, change_id: int, since: str | None,
                 bounds: Sequence[tuple[str, str]] = ALL_TIME
                 ) -> list[tuple[float, float, float, int, int] | None]:
    """For each ``(start, end)`` of ISO UTC timestamps (start included, end not), the person's
    check-ins on one change from ``since`` on within it: ``(mean importance, mean confidence,
    mean readiness, check-ins, id of the latest check-in)``, or None for a bucket without one.

    Each bucket is one range search on the index, so neither a sort nor a date function runs
    per check-in, and the time zone's boundaries (daylight saving included) are the caller's.
    """
    if not bounds:
        return []
    buckets = ", ".join(["(?, ?, ?)"] * len(bounds))
    rows = db.execute(
        f"WITH b (k, s, e) AS (VALUES {buckets})"
        " SELECT AVG(c.importance), AVG(c.confidence), AVG(c.readiness), COUNT(c.id),"
        " (SELECT l.id FROM checkins l WHERE l.user_id = ? AND l.change_id = ?"
        "  AND l.created_at >= b.s AND l.created_at < b.e"
        "  ORDER BY l.created_at DESC, l.id DESC LIMIT 1)"
        " FROM b LEFT JOIN checkins c ON c.user_id = ? AND c.change_id = ?"
        " AND c.created_at >= b.s AND c.created_at < b.e"
        " GROUP BY b.k, b.s, b.e ORDER BY b.k",
        [*(value for key, (start, end) in enumerate(bounds)
           for value in (key, max(start, since or ""), end)),
         user_id, change_id, user_id, change_id],
    ).fetchall()
    return [(importance, confidence, readiness, count, latest) if count else None
            for importance, confidence, readiness, count, latest in rows]
