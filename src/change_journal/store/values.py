"""Values card sorts: the person's own values, sorts in progress and completed snapshots.

A sort is a ``value_sorts`` row; while ``completed_at`` is NULL it is in progress and can be
resumed. Each card placed is a ``value_sort_cards`` row; the places of the top five chosen so far
are kept on it as they are chosen, and completing a sort ranks its top values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from change_journal.store.connection import INTEGRITY_ERRORS, now_utc, transaction
from change_journal.store.dialect import of as dialect_of


class ValueTaken(Exception):
    """The person already has a value of their own with this name."""


@dataclass(frozen=True)
class SortRow:
    id: int
    started_at: str
    completed_at: str | None


@dataclass(frozen=True)
class SnapshotRow:
    """A completed sort and its ranked top values (best first)."""

    sort_id: int
    completed_at: str
    top: tuple[str, ...]


def add_custom_value(db: Database, user_id: int, name: str, description: str) -> int:
    """Add a value of the person's own; raise :class:`ValueTaken` if the name exists."""
    try:
        with transaction(db):
            (value_id,) = db.execute(
                "INSERT INTO custom_values (user_id, name, description, created_at)"
                " VALUES (?, ?, ?, ?) RETURNING id",
                [user_id, name, description, now_utc()],
            ).fetchone()
    except INTEGRITY_ERRORS as exc:
        raise ValueTaken(name) from exc
    return value_id


def list_custom_values(db: Database, user_id: int) -> list[tuple[str, str]]:
    """The person's own values as ``(name, description)``, in the order they were added."""
    return db.execute(
        "SELECT name, description FROM custom_values WHERE user_id = ? ORDER BY created_at, id",
        [user_id],
    ).fetchall()


def open_sort(db: Database, user_id: int) -> SortRow | None:
    """The person's sort in progress, if any."""
    row = db.execute(
        "SELECT id, started_at, completed_at FROM value_sorts"
        " WHERE user_id = ? AND completed_at IS NULL ORDER BY id DESC LIMIT 1",
        [user_id],
    ).fetchone()
    return SortRow(*row) if row else None


def start_sort(db: Database, user_id: int, *, at: str | None = None) -> SortRow:
    """The sort in progress, or a new one (started ``at``, default now) when there is none."""
    with transaction(db):
        current = open_sort(db, user_id)
        if current is not None:
            return current
        stamp = at or now_utc()
        (sort_id,) = db.execute(
            "INSERT INTO value_sorts (user_id, started_at) VALUES (?, ?) RETURNING id",
            [user_id, stamp],
        ).fetchone()
    return SortRow(sort_id, stamp, None)


def sort_piles(db: Database, user_id: int, sort_id: int) -> dict[str, str]:
    """``{value name: pile}`` for every card placed so far in one of the person's sorts."""
    rows = db.execute(
        "SELECT value_name, pile FROM value_sort_cards WHERE user_id = ? AND sort_id = ?",
        [user_id, sort_id],
    ).fetchall()
    return dict(rows)


def place_card(db: Database, user_id: int, sort_id: int, value_name: str, pile: str) -> bool:
    """Put a card on a pile (again) in the person's sort in progress; False if there is no such sort."""
    with transaction(db):
        if not _in_progress(db, user_id, sort_id):
            return False
        db.execute(
            "INSERT INTO value_sort_cards (sort_id, user_id, value_name, pile) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (sort_id, value_name) DO UPDATE SET pile = excluded.pile",
            [sort_id, user_id, value_name, pile],
        )
    return True


def sort_ranks(db: Database, user_id: int, sort_id: int) -> dict[int, str]:
    """``{place: value name}`` of the places (from 1) chosen so far in one of the person's sorts."""
    rows = db.execute(
        "SELECT top_rank, value_name FROM value_sort_cards WHERE user_id = ? AND sort_id = ?"
        " AND top_rank IS NOT NULL",
        [user_id, sort_id],
    ).fetchall()
    return dict(rows)


def keep_ranks(db: Database, user_id: int, sort_id: int, ranks: dict[int, str]) -> bool:
    """Keep the places chosen so far (``{place: value name}``, from 1) in the person's sort in
    progress, so a reloaded tab finds them; False if there is no such sort."""
    with transaction(db):
        if not _in_progress(db, user_id, sort_id):
            return False
        _set_ranks(db, user_id, sort_id, ranks)
    return True


def _set_ranks(db: Database, user_id: int, sort_id: int, ranks: dict[int, str]) -> None:
    db.execute(
        "UPDATE value_sort_cards SET top_rank = NULL WHERE user_id = ? AND sort_id = ?",
        [user_id, sort_id],
    )
    dialect_of(db).executemany(
        db,
        "UPDATE value_sort_cards SET top_rank = ? WHERE user_id = ? AND sort_id = ?"
        " AND value_name = ?",
        [(rank, user_id, sort_id, name) for rank, name in ranks.items()],
    )


def complete_sort(db: Database, user_id: int, sort_id: int, top: Sequence[str], *,
                  at: str | None = None) -> bool:
    """Rank ``top`` (best first) and date the sort as complete (``at``, default now), in one
    transaction.

    False when the sort is not the person's sort in progress.
    """
    with transaction(db):
        if not _in_progress(db, user_id, sort_id):
            return False
        _set_ranks(db, user_id, sort_id, dict(enumerate(top, start=1)))
        db.execute(
            "UPDATE value_sorts SET completed_at = ? WHERE user_id = ? AND id = ?",
            [at or now_utc(), user_id, sort_id],
        )
    return True


def discard_sort(db: Database, user_id: int, sort_id: int) -> bool:
    """Delete the person's sort in progress and its cards; completed sorts are never deleted."""
    with transaction(db):
        cursor = db.execute(
            "DELETE FROM value_sorts WHERE user_id = ? AND id = ? AND completed_at IS NULL",
            [user_id, sort_id],
        )
    return cursor.rowcount == 1


def count_sorts(db: Database, user_id: int) -> int:
    """How many values sorts the person has, finished or not."""
    return db.execute("SELECT COUNT(*) FROM value_sorts WHERE user_id = ?", [user_id]).fetchone()[0]


def snapshots(db: Database, user_id: int, since: str | None = None) -> list[SnapshotRow]:
    """The person's completed sorts from ``since`` on, oldest first, each with its top values."""
    rows = db.execute(
        "SELECT s.id, s.completed_at, c.value_name FROM value_sorts s"
        " LEFT JOIN value_sort_cards c ON c.sort_id = s.id AND c.top_rank IS NOT NULL"
        " WHERE s.user_id = ? AND s.completed_at IS NOT NULL AND s.completed_at >= ?"
        " ORDER BY s.completed_at, s.id, c.top_rank",
        [user_id, since or ""],
    ).fetchall()
    grouped: dict[int, tuple[str, list[str]]] = {}
    for sort_id, completed_at, name in rows:
        entry = grouped.setdefault(sort_id, (completed_at, []))
        if name is not None:
            entry[1].append(name)
    return [SnapshotRow(sort_id, at, tuple(top)) for sort_id, (at, top) in grouped.items()]


def _in_progress(db: Database, user_id: int, sort_id: int) -> bool:
    return db.execute(
        "SELECT 1 FROM value_sorts WHERE user_id = ? AND id = ? AND completed_at IS NULL",
        [user_id, sort_id],
    ).fetchone() is not None
