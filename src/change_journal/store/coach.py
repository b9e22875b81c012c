"""The coach dashboard's reads: every shared change and its recent check-ins in two statements.

However many clients share with a coach, :func:`dashboard` runs the same two statements (one
for the open grants, one for the recent check-ins of all of them); stamping when they were
viewed, when due, is one more transaction. :func:`counting_statements` lets tests and
benchmarks check that.

Usage::

    with counting_statements(db) as statements:
        grants, recent = dashboard(db, coach_id, recent_per_change=12)
    len(statements)  # the same for 1 client or 300
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlite_utils import Database

from change_journal.store.connection import now_utc, transaction
from change_journal.store.sharing import OPEN_GRANT, SharedChange


@dataclass(frozen=True)
class RecentCheckin:
    change_id: int
    created_at: str
    importance: int
    confidence: int
    readiness: int


def dashboard(db: Database, coach_id: int, recent_per_change: int,
              now: str | None = None) -> tuple[list[SharedChange], list[RecentCheckin]]:
    """The coach's open grants and, for each, its latest ``recent_per_change`` check-ins.

    Check-ins come oldest first within each change. Two statements in all.
    """
    params = {"coach": coach_id, "now": now or now_utc(), "recent": recent_per_change}
    grants = db.execute(
        "SELECT g.id, g.client_id, u.username, g.change_id, c.title, g.scope, g.expires_at,"
        " g.last_viewed_at FROM grants g JOIN users u ON u.id = g.client_id"
        " JOIN changes c ON c.id = g.change_id"
        f" WHERE g.coach_id = :coach AND {OPEN_GRANT} ORDER BY u.username_key, c.title, c.id",
        params,
    ).fetchall()
    # Joining on "id IN (the latest few of this grant)" lets SQLite read only those rows
    # through the index, per grant, however long each history is.
    recent = db.execute(
        "SELECT ci.change_id, ci.created_at, ci.importance, ci.confidence, ci.readiness"
        " FROM grants g JOIN checkins ci ON ci.id IN ("
        "   SELECT latest.id FROM checkins latest"
        "   WHERE latest.user_id = g.client_id AND latest.change_id = g.change_id"
        "   ORDER BY latest.created_at DESC, latest.id DESC LIMIT :recent)"
        f" WHERE g.coach_id = :coach AND {OPEN_GRANT}"
        " ORDER BY ci.change_id, ci.created_at, ci.id",
        params,
    ).fetchall()
    return [SharedChange(*row) for row in grants], [RecentCheckin(*row) for row in recent]


def record_dashboard_view(db: Database, coach_id: int, now: str, stale_before: str) -> None:
    """Stamp ``last_viewed_at`` on every open grant to the coach not stamped since ``stale_before``."""
    with transaction(db):
        db.execute(
            f"UPDATE grants AS g SET last_viewed_at = :now WHERE g.coach_id = :coach AND {OPEN_GRANT}"
            " AND (g.last_viewed_at IS NULL OR g.last_viewed_at < :stale)",
            {"coach": coach_id, "now": now, "stale": stale_before},
        )


@contextmanager
def counting_statements(db: Database) -> Iterator[list[str]]:
    """Collect every SQL statement run through ``db`` inside the block (sqlite-utils' tracer)."""
    statements: list[str] = []
    with db.tracer(lambda sql, _params: statements.append(sql)):
        yield statements
