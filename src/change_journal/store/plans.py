"""Change plans: every save is a new numbered version of the plan for one change."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from change_journal.store import drafts
from change_journal.store.changes import require_own_change
from change_journal.store.connection import now_utc, transaction

FIELDS = ("goal", "reasons", "steps", "helpers", "signs", "obstacles")
"""The worksheet's fields, in the order they are asked."""


@dataclass(frozen=True)
class PlanRow:
    id: int
    version: int
    created_at: str
    fields: dict[str, str]


_COLUMNS = "id, version, created_at, " + ", ".join(FIELDS)


def save_plan(db: Database, user_id: int, change_id: int, fields: dict[str, str], *,
              clear_draft: str | None = None, created_at: str | None = None) -> int:
    """Save ``fields`` as the next version of the plan for one change; return its number.

    The version number is taken in the same statement that inserts it, so two saves never
    share one. ``clear_draft`` names the draft form deleted in the same transaction.
    """
    with transaction(db):
        require_own_change(db, user_id, change_id)
        db.execute(
            f"INSERT INTO plans (user_id, change_id, version, created_at, {', '.join(FIELDS)})"
            " SELECT ?, ?, COALESCE(MAX(version), 0) + 1, ?, " + ", ".join("?" * len(FIELDS))
            + " FROM plans WHERE change_id = ?",
            [user_id, change_id, created_at or now_utc(), *(fields.get(f, "") for f in FIELDS),
             change_id],
        )
        version = db.execute(
            "SELECT MAX(version) FROM plans WHERE user_id = ? AND change_id = ?",
            [user_id, change_id],
        ).fetchone()[0]
        if clear_draft:
            drafts.delete_draft(db, user_id, clear_draft, change_id)
    return version


def most_versions(db: Database, user_id: int) -> int:
    """The most plan versions any one of the person's changes has (0 without a plan)."""
    return db.execute("SELECT COALESCE(MAX(n), 0) FROM (SELECT COUNT(*) AS n FROM plans"
                      " WHERE user_id = ? GROUP BY change_id) AS counted", [user_id]).fetchone()[0]


def list_plans(db: Database, user_id: int, change_id: int,
               since: str | None = None) -> list[PlanRow]:
    """Every version of the plan for one change from ``since`` on, oldest first."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM plans WHERE user_id = ? AND change_id = ? AND created_at >= ?"
        " ORDER BY version",
        [user_id, change_id, since or ""],
    ).fetchall()
    return [PlanRow(row[0], row[1], row[2], dict(zip(FIELDS, row[3:], strict=True)))
            for row in rows]
