"""Changes a person is considering: add, list, rename, archive."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from change_journal.store.connection import now_utc, transaction


@dataclass(frozen=True)
class Change:
    id: int
    title: str
    why_now: str
    created_at: str
    archived_at: str | None

    @property
    def archived(self) -> bool:
        return self.archived_at is not None


_COLUMNS = "id, title, why_now, created_at, archived_at"


class NotYours(LookupError):
    """The change (or what hangs from it) does not belong to the acting user."""


def require_own_change(db: Database, user_id: int, change_id: int) -> None:
    """Raise :class:`NotYours` unless ``change_id`` is one of the acting user's changes.

    Writers call it inside their transaction, before inserting rows that hang from the change.
    """
    owner = db.execute(
        "SELECT 1 FROM changes WHERE id = ? AND user_id = ?", [change_id, user_id]
    ).fetchone()
    if owner is None:
        raise NotYours("This change is not yours.")


def add_change(db: Database, user_id: int, title: str, why_now: str = "",
               created_at: str | None = None) -> int:
    """Create a change for ``user_id`` and return its id."""
    with transaction(db):
        (change_id,) = db.execute(
            "INSERT INTO changes (user_id, title, why_now, created_at) VALUES (?, ?, ?, ?)"
            " RETURNING id",
            [user_id, title, why_now, created_at or now_utc()],
        ).fetchone()
    return change_id


def count_changes(db: Database, user_id: int) -> int:
    """How many changes the person has, archived ones included."""
    return db.execute("SELECT COUNT(*) FROM changes WHERE user_id = ?", [user_id]).fetchone()[0]


def newest_change_id(db: Database, user_id: int) -> int | None:
    """The id of the person's change made last (an id is never given twice), or None."""
    return db.execute("SELECT MAX(id) FROM changes WHERE user_id = ?", [user_id]).fetchone()[0]


def list_changes(db: Database, user_id: int, *, include_archived: bool = False) -> list[Change]:
    """The person's changes, active ones first, oldest first within each group."""
    where = "" if include_archived else " AND archived_at IS NULL"
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM changes WHERE user_id = ?{where}"
        " ORDER BY archived_at IS NOT NULL, created_at, id",
        [user_id],
    ).fetchall()
    return [Change(*row) for row in rows]


def last_written(db: Database, user_id: int) -> int | None:
    """The id of the person's active change last written in (its latest check-in or answer, or
    its start when it has neither; the later-made change on a tie), or None without one."""
    rows = db.execute(
        "SELECT c.id, c.created_at,"
        " (SELECT MAX(k.created_at) FROM checkins k WHERE k.user_id = c.user_id"
        "  AND k.change_id = c.id),"
        " (SELECT MAX(a.created_at) FROM answers a WHERE a.user_id = c.user_id"
        "  AND a.change_id = c.id)"
        " FROM changes c WHERE c.user_id = ? AND c.archived_at IS NULL",
        [user_id],
    ).fetchall()
    if not rows:
        return None
    return max(rows, key=lambda row: (max(t for t in row[1:] if t is not None), row[0]))[0]


def get_change(db: Database, user_id: int, change_id: int) -> Change | None:
    """One of the person's own changes, or None if it is not theirs."""
    row = db.execute(
        f"SELECT {_COLUMNS} FROM changes WHERE user_id = ? AND id = ?", [user_id, change_id]
    ).fetchone()
    return Change(*row) if row else None


def update_change(db: Database, user_id: int, change_id: int, title: str, why_now: str) -> bool:
    """Rename a change and its "why now"; False if it is not the person's.

    A new title leaves the change's answers to be read again for change talk (their readings
    depend on it; see ``store.talk``)."""
    with transaction(db):
        before = db.execute("SELECT title FROM changes WHERE user_id = ? AND id = ?",
                            [user_id, change_id]).fetchone()
        db.execute("UPDATE changes SET title = ?, why_now = ? WHERE user_id = ? AND id = ?",
                   [title, why_now, user_id, change_id])
        if before is not None and before[0] != title:
            db.execute("UPDATE answers SET talk_version = NULL WHERE user_id = ? AND change_id = ?"
                       " AND talk_version IS NOT NULL", [user_id, change_id])
    return before is not None


def set_archived(db: Database, user_id: int, change_id: int, archived: bool) -> bool:
    """Archive or restore a change; False if it is not the person's."""
    with transaction(db):
        cursor = db.execute(
            "UPDATE changes SET archived_at = ? WHERE user_id = ? AND id = ?",
            [now_utc() if archived else None, user_id, change_id],
        )
    return cursor.rowcount == 1
