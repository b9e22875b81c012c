"""The coach dashboard's reads and the coach's answers to shares.

However many clients share with a coach, :func:`dashboard` runs one statement (the accepted open
grants, each with its change's latest check-in and the ratings of the one before, as the table
``checkin_latest`` keeps them), :func:`recent_checkins` one for the trends of the rows on a page,
and :func:`waiting` one more for the shares waiting for the coach, of which it returns at most a
page; stamping when they were viewed, when due, is one more transaction.
:func:`counting_statements` lets tests and benchmarks check that.

A share waits (``coach_status = 'pending'``) until the coach accepts or declines it; the coach
answers per person (:func:`answer_waiting`), or declines everything waiting at once
(:func:`decline_all_waiting`). Every statement is scoped by the coach's id.

Usage::

    with counting_statements(db) as statements:
        grants = dashboard(db, coach_id)
    len(statements)  # the same for 1 client or 300
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import NamedTuple

from sqlite_utils import Database

from change_journal.store.connection import now_utc, transaction
from change_journal.store.dialect import of as dialect_of
from change_journal.store.sharing import (
    FORGET_OLD_NOTES,
    OPEN_GRANT,
    SHARED_CHANGE_COLUMNS,
    UNENDED_GRANT,
    SharedChange,
    shared_change_of,
)


class RecentCheckin(NamedTuple):
    """One of a shared change's latest check-ins (a tuple: hundreds are read per view)."""

    change_id: int
    created_at: str
    importance: int
    confidence: int
    readiness: int


class LatestCheckins(NamedTuple):
    """A shared change's latest check-in and the ratings of the one before it (None with one)."""

    created_at: str
    importance: int
    confidence: int
    readiness: int
    previous_importance: int | None
    previous_confidence: int | None
    previous_readiness: int | None


class DashboardGrant(NamedTuple):
    """An accepted open share and its latest check-ins (None before the first)."""

    shared: SharedChange
    latest: LatestCheckins | None


@dataclass(frozen=True)
class WaitingClient:
    """A person whose shares wait for the coach's answer (nothing of theirs is shown yet)."""

    client_id: int
    client_name: str
    shares: int
    """How many of their changes wait."""
    latest_at: str
    """When the latest of them was shared."""


@dataclass(frozen=True)
class Waiting:
    clients: list[WaitingClient]
    """The people who shared most recently, at most the number asked for."""
    total: int
    """How many people wait in all."""
    newest_at: str | None
    """When the newest waiting share was made; declining everything stops there."""


def _recent_checkins(db: Database) -> str:
    """The latest ``:recent`` check-ins of each open share on coach ``:coach``'s list, read
    through the index, a few per share."""
    latest = dialect_of(db).join_first(
        "checkins", "ci", "first.user_id = g.client_id AND first.change_id = g.change_id",
        "first.created_at DESC, first.id DESC", ":recent")
    return ("SELECT ci.change_id, ci.created_at, ci.importance, ci.confidence, ci.readiness"
            f" FROM grants g {latest}"
            f" WHERE g.coach_id = :coach AND {OPEN_GRANT} AND g.coach_hidden = 0")

_WAITING = f"g.coach_id = :coach AND g.coach_status = 'pending' AND {UNENDED_GRANT}"


def dashboard(db: Database, coach_id: int, now: str | None = None) -> list[DashboardGrant]:
    """The coach's accepted open grants (hidden ones too, marked), each with its change's latest
    check-ins as ``checkin_latest`` keeps them. One statement, which reads no check-in; shares
    waiting for the coach's answer are not read here at all."""
    rows = db.execute(
        f"SELECT {SHARED_CHANGE_COLUMNS}, l.latest_at, l.importance, l.confidence, l.readiness,"
        " l.previous_importance, l.previous_confidence, l.previous_readiness"
        " FROM grants g JOIN users u ON u.id = g.client_id JOIN changes c ON c.id = g.change_id"
        " LEFT JOIN checkin_latest l ON l.user_id = g.client_id AND l.change_id = g.change_id"
        f" WHERE g.coach_id = :coach AND {OPEN_GRANT} ORDER BY u.username_key, c.title, c.id",
        {"coach": coach_id, "now": now or now_utc()},
    ).fetchall()
    return [DashboardGrant(shared_change_of(row),
                           LatestCheckins._make(row[10:]) if row[10] is not None else None)
            for row in rows]


def recent_checkins(db: Database, coach_id: int, change_ids: Sequence[int], per_change: int,
                    now: str | None = None) -> list[RecentCheckin]:
    """The latest ``per_change`` check-ins of each of ``change_ids`` that the coach may see (an
    accepted open share on their list), oldest first within each change: for the rows of one
    page of the dashboard. One statement."""
    ids = list(change_ids)
    if not ids:
        return []
    params = {"coach": coach_id, "now": now or now_utc(), "recent": per_change,
              **{f"c{n}": change_id for n, change_id in enumerate(ids)}}
    rows = db.execute(
        _recent_checkins(db) + f" AND g.change_id IN ({', '.join(f':c{n}' for n in range(len(ids)))})"
        " ORDER BY ci.change_id, ci.created_at, ci.id",
        params,
    ).fetchall()
    return [RecentCheckin._make(row) for row in rows]


def waiting(db: Database, coach_id: int, limit: int, now: str | None = None) -> Waiting:
    """The people whose shares wait for the coach, most recent first, at most ``limit`` of them,
    with how many wait in all. One statement, whose result is never longer than ``limit``."""
    rows = db.execute(
        "SELECT g.client_id, u.username, COUNT(*), MAX(g.created_at),"
        " COUNT(*) OVER (), MAX(MAX(g.created_at)) OVER ()"
        " FROM grants g JOIN users u ON u.id = g.client_id"
        f" WHERE {_WAITING} GROUP BY g.client_id, u.username"
        " ORDER BY MAX(g.created_at) DESC, g.client_id DESC LIMIT :limit",
        {"coach": coach_id, "now": now or now_utc(), "limit": limit},
    ).fetchall()
    if not rows:
        return Waiting([], 0, None)
    return Waiting([WaitingClient(*row[:4]) for row in rows], rows[0][4], rows[0][5])


def answer_waiting(db: Database, coach_id: int, client_id: int, accept: bool,
                   now: str | None = None) -> int:
    """Accept or decline every share of ``client_id`` waiting for the coach; how many.

    Accepting after the person's earlier shares all ended (a share waiting since before they
    ran out) starts without the coach's old notes, as sharing again does."""
    params = {"status": "accepted" if accept else "declined", "coach": coach_id,
              "client": client_id, "now": now or now_utc()}
    with transaction(db):
        if accept:
            db.execute(FORGET_OLD_NOTES, params)
        cursor = db.execute(
            "UPDATE grants AS g SET coach_status = :status, coach_status_at = :now"
            f" WHERE {_WAITING} AND g.client_id = :client", params)
    return cursor.rowcount


def decline_all_waiting(db: Database, coach_id: int, shared_up_to: str,
                        now: str | None = None) -> int:
    """Decline every share waiting for the coach made up to ``shared_up_to`` (the newest the
    coach was shown, so a share made meanwhile still waits); how many."""
    with transaction(db):
        cursor = db.execute(
            "UPDATE grants AS g SET coach_status = 'declined', coach_status_at = :now"
            f" WHERE {_WAITING} AND g.created_at <= :up_to",
            {"coach": coach_id, "up_to": shared_up_to, "now": now or now_utc()},
        )
    return cursor.rowcount


def set_hidden(db: Database, coach_id: int, grant_id: int, hidden: bool,
               now: str | None = None) -> bool:
    """Take an accepted open share off the coach's list, or put it back; False if there is no
    such share to this coach."""
    with transaction(db):
        cursor = db.execute(
            "UPDATE grants AS g SET coach_hidden = :hidden"
            f" WHERE g.id = :grant AND g.coach_id = :coach AND {OPEN_GRANT}",
            {"hidden": int(hidden), "grant": grant_id, "coach": coach_id,
             "now": now or now_utc()},
        )
    return cursor.rowcount == 1


def record_dashboard_view(db: Database, coach_id: int, now: str, stale_before: str) -> None:
    """Stamp ``last_viewed_at`` on every open grant on the coach's list (not hidden) not stamped
    since ``stale_before``."""
    with transaction(db):
        db.execute(
            f"UPDATE grants AS g SET last_viewed_at = :now WHERE g.coach_id = :coach AND {OPEN_GRANT}"
            " AND g.coach_hidden = 0 AND (g.last_viewed_at IS NULL OR g.last_viewed_at < :stale)",
            {"coach": coach_id, "now": now, "stale": stale_before},
        )


@contextmanager
def counting_statements(db: Database) -> Iterator[list[str]]:
    """Collect every SQL statement run through ``db`` inside the block (sqlite-utils' tracer)."""
    statements: list[str] = []
    with db.tracer(lambda sql, _params: statements.append(sql)):
        yield statements
