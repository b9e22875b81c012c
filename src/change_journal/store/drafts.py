"""Half-written forms, kept so nothing typed is lost to a rerun or a reloaded tab."""

from __future__ import annotations

import json

from sqlite_utils import Database

from change_journal.store.changes import require_own_change
from change_journal.store.connection import now_utc, transaction


def save_draft(db: Database, user_id: int, form: str, change_id: int, payload: dict) -> None:
    """Store (replacing) the draft of ``form`` for one of the person's own changes."""
    with transaction(db):
        require_own_change(db, user_id, change_id)
        db.execute(
            "INSERT INTO drafts (user_id, form, change_id, payload, updated_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (user_id, form, change_id)"
            " DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at",
            [user_id, form, change_id, json.dumps(payload), now_utc()],
        )


def load_draft(db: Database, user_id: int, form: str, change_id: int) -> dict:
    """The saved draft, or an empty dict."""
    row = db.execute(
        "SELECT payload FROM drafts WHERE user_id = ? AND form = ? AND change_id = ?",
        [user_id, form, change_id],
    ).fetchone()
    if row is None:
        return {}
    try:
        payload = json.loads(row[0])
    except ValueError:
        return {}
    return payload if isinstance(payload, dict) else {}


def delete_draft(db: Database, user_id: int, form: str, change_id: int) -> None:
    """Forget a draft (after saving, or when the person starts over)."""
    with transaction(db):
        db.execute(
            "DELETE FROM drafts WHERE user_id = ? AND form = ? AND change_id = ?",
            [user_id, form, change_id],
        )
