"""The coach's overview: one row per shared change, with attention flags, sorting and filtering;
the shares waiting for the coach's answer; and the ones the coach hid.

Built from :func:`change_journal.store.coach.dashboard` and :func:`~change_journal.store.coach.waiting`,
which run the same few statements however many people share with the coach. Shares waiting for
the coach are never rows: nobody outranks the coach's clients in "Needs a look first" by
sharing with them, and however many wait, the coach is shown at most :data:`WAITING_SHOWN`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pandas as pd
from sqlite_utils import Database

from change_journal import clock, paging
from change_journal.rulers import RULERS, RULERS_BY_KEY
from change_journal.sharing import coach_names, view_stamp_due
from change_journal.store import coach as store
from change_journal.store.coach import DashboardGrant, RecentCheckin, Waiting, WaitingClient
from change_journal.store.sharing import SharedChange
from change_journal.validation import tidy

__all__ = ["SharedChange", "Waiting", "WaitingClient"]
"""Types of the overview's parts, for pages (the functions below are public too)."""

SPARK_POINTS = 12
"""Check-ins per client drawn in the small trend charts (the latest ones), read only for the
rows of the page shown (:func:`with_trends`)."""
DROP_FLAG = 2
"""A ruler that fell by at least this much since the previous check-in gets flagged."""
QUIET_DAYS = 14
"""Days without a check-in after which a client gets flagged."""
PAGE_SIZE = 20
WAITING_SHOWN = 10
"""People waiting for the coach's answer shown at once (the most recent); the rest are counted."""


@dataclass(frozen=True)
class ClientRow:
    """What the coach sees of one shared change."""

    grant_id: int
    client_id: int
    client_name: str
    change_id: int
    change_title: str
    scope: str
    latest: dict[str, int]
    """The latest check-in's ratings by ruler key; empty before the first check-in."""
    moves: dict[str, int | None]
    """Change of each rating since the previous check-in (None with fewer than two)."""
    last_checkin: datetime | None
    """When the latest check-in happened, in the coach's time zone."""
    days_quiet: int | None
    recent: tuple[RecentCheckin, ...]
    """The latest :data:`SPARK_POINTS` check-ins, oldest first, once :func:`with_trends` has read
    them for the page shown (empty before)."""
    flags: tuple[str, ...]

    @property
    def needs_a_look(self) -> bool:
        return bool(self.flags)


def attention_flags(moves: dict[str, int | None], days_quiet: int | None) -> tuple[str, ...]:
    """Short, neutral reasons a coach may want to look: a drop of 2 or more, or a quiet spell."""
    if days_quiet is None:
        return ("No check-ins yet",)
    flags = [
        f"{RULERS_BY_KEY[key].name} down {-move}"
        for key, move in moves.items() if move is not None and move <= -DROP_FLAG
    ]
    if days_quiet >= QUIET_DAYS:
        flags.append(f"No check-in for {days_quiet} days")
    return tuple(flags)


@dataclass(frozen=True)
class Overview:
    """Everything the coach's home page shows."""

    rows: list[ClientRow]
    """The shares the coach accepted and keeps on their list."""
    hidden: list[SharedChange]
    """Accepted shares the coach took off their list."""
    waiting: Waiting
    """People whose shares wait for the coach's answer: the latest few, and how many in all."""


def overview(db: Database, coach_id: int, tz: str = "UTC",
             now: datetime | None = None) -> Overview:
    """The coach's rows, hidden shares and waiting people; stamps the rows as viewed when due.

    Runs a fixed number of SQL statements whatever the number of clients or of people waiting:
    three reads, plus one stamping transaction at most every few minutes.
    """
    moment = now or clock.now()
    stamp = clock.stamp(moment)
    grants = _numbered(store.dashboard(db, coach_id, stamp))
    waiting = store.waiting(db, coach_id, WAITING_SHOWN, stamp)
    listed = [g for g in grants if not g.shared.hidden]
    stale = view_stamp_due(moment)
    if any(g.shared.last_viewed_at is None or g.shared.last_viewed_at < stale for g in listed):
        store.record_dashboard_view(db, coach_id, stamp, stale)
    return Overview(_rows(listed, tz, moment), [g.shared for g in grants if g.shared.hidden],
                    waiting)


def _numbered(grants: list[DashboardGrant]) -> list[DashboardGrant]:
    """``grants`` with each change's name numbered as :func:`sharing.coach_names` numbers it."""
    names = coach_names(g.shared for g in grants)
    return [grant if names[grant.shared.change_id] == grant.shared.change_title
            else DashboardGrant(replace(grant.shared, change_title=names[grant.shared.change_id]),
                                grant.latest)
            for grant in grants]


def load(db: Database, coach_id: int, tz: str = "UTC",
         now: datetime | None = None) -> list[ClientRow]:
    """The rows of :func:`overview`: every share the coach accepted and keeps on their list."""
    return overview(db, coach_id, tz, now).rows


def _rows(grants: list[DashboardGrant], tz: str, moment: datetime) -> list[ClientRow]:
    zone = ZoneInfo(tz)
    today = moment.astimezone(zone).date()
    keys = [r.key for r in RULERS]
    no_moves = dict.fromkeys(keys)
    rows = []
    for grant, latest in grants:
        if latest is None:
            ratings, moves, last, days_quiet = {}, dict(no_moves), None, None
        else:
            ratings = {key: getattr(latest, key) for key in keys}
            moves = (dict(no_moves) if latest.previous_importance is None else
                     {key: ratings[key] - getattr(latest, f"previous_{key}") for key in keys})
            last = clock.local(latest.created_at, zone)
            days_quiet = (today - last.date()).days
        rows.append(ClientRow(grant.grant_id, grant.client_id, grant.client_name, grant.change_id,
                              grant.change_title, grant.scope, ratings, moves, last, days_quiet,
                              (), attention_flags(moves, days_quiet)))
    return rows


SORTS = {
    "Needs a look first": lambda r: (not r.needs_a_look, -(r.days_quiet or 0),
                                     r.client_name.casefold()),
    "Name": lambda r: (r.client_name.casefold(), r.change_title.casefold()),
    "Longest since a check-in": lambda r: (r.days_quiet is not None, -(r.days_quiet or 0)),
    "Lowest confidence": lambda r: (r.latest.get("confidence", 11), r.client_name.casefold()),
    "Biggest drop in confidence": lambda r: (r.moves["confidence"] is None,
                                             r.moves["confidence"] or 0, r.client_name.casefold()),
}
"""Sort orders offered to the coach: label -> key function."""


def select(rows: list[ClientRow], *, search: str = "", only_needing_a_look: bool = False,
           sort: str = "Needs a look first") -> list[ClientRow]:
    """Rows whose name or change contains ``search`` (any case), optionally flagged ones, sorted."""
    needle = tidy(search).casefold()  # without controls (bidi isolates copied off the page)
    chosen = [
        r for r in rows
        if (not needle or needle in r.client_name.casefold() or needle in r.change_title.casefold())
        and (r.needs_a_look or not only_needing_a_look)
    ]
    return sorted(chosen, key=SORTS[sort])


def page(rows: list[ClientRow], number: int, size: int = PAGE_SIZE) -> tuple[list[ClientRow], int]:
    """The rows on page ``number`` (1-based, clamped) and how many pages there are."""
    first, last = paging.page_span(number, len(rows), size)
    return rows[first - 1:last], paging.page_count(len(rows), size)


def with_trends(db: Database, coach_id: int, rows: list[ClientRow],
                now: datetime | None = None) -> list[ClientRow]:
    """``rows`` (one page of them) with their latest :data:`SPARK_POINTS` check-ins in
    ``recent``, read in one statement for these rows only, so a page costs the same however
    many clients the coach has."""
    recent = store.recent_checkins(db, coach_id, [r.change_id for r in rows], SPARK_POINTS,
                                   clock.stamp(now or clock.now()))
    by_change: dict[int, list[RecentCheckin]] = {}
    for checkin in recent:
        by_change.setdefault(checkin.change_id, []).append(checkin)
    return [replace(row, recent=tuple(by_change.get(row.change_id, ()))) for row in rows]


TREND_COLUMNS = {r.name: f"{r.name}, latest {SPARK_POINTS} check-ins" for r in RULERS}
"""The trend table's chart columns, per ruler name."""


def trend_table(rows: list[ClientRow]) -> pd.DataFrame:
    """One row per shown client: who, which change, and each ruler's latest
    :data:`SPARK_POINTS` ratings (oldest first), for one table of small line charts per page
    (one element in the browser, however many rows: drawing a chart per client was slow). A
    single check-in is no trend: its cells are empty (a flat line would look like one)."""
    return pd.DataFrame(
        [{"Client": row.client_name, "Change": row.change_title,
          **{TREND_COLUMNS[r.name]: [getattr(c, r.key) for c in row.recent]
             if len(row.recent) > 1 else None for r in RULERS}}
         for row in rows],
        columns=["Client", "Change", *TREND_COLUMNS.values()],
    )


def last_checkin_text(row: ClientRow) -> str:
    """When the latest check-in was, such as ``Last check-in 3 Jun 2026 (5 days ago)``."""
    if row.last_checkin is None:
        return "No check-ins yet"
    ago = {0: "today", 1: "yesterday"}.get(row.days_quiet, f"{row.days_quiet} days ago")
    return f"Last check-in {row.last_checkin.day} {row.last_checkin:%b %Y} ({ago})"


def move_text(move: int | None) -> str:
    """A rating's change since the previous check-in: ``+2``, ``-1``, ``±0``, or ``""`` if unknown."""
    if move is None:
        return ""
    return f"+{move}" if move > 0 else f"-{-move}" if move < 0 else "±0"
