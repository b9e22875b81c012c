"""Half-written forms, kept so nothing typed is lost to a rerun or a reloaded tab: a change's
(``drafts``) and those that belong to no change yet (``account_drafts``, the account's own).

Only a check-in's draft carries a ``uid``, the one its check-in will have
(``checkin.load_draft``): a draft whose check-in is saved is never kept again, so a window still
open on it cannot bring it back.
"""

from __future__ import annotations

import json

from sqlite_utils import Database

from change_journal.store.changes import require_own_change
from change_journal.store.connection import now_utc, transaction


def save_draft(db: Database, user_id: int, form: str, change_id: int, payload: dict) -> bool:
    """Store (replacing) the draft of ``form`` for one of the person's own changes; False, and
    nothing stored, when its ``uid`` is a check-in saved already."""
    with transaction(db):
        require_own_change(db, user_id, change_id)
        if _saved(db, user_id, payload.get("uid")) or is_discarded(db, user_id, form, change_id,
                                                                   payload.get("uid")):
            return False
        _put(db, user_id, form, change_id, payload)
    return True


def _put(db: Database, user_id: int, form: str, change_id: int, payload: dict) -> None:
    db.execute(
        "INSERT INTO drafts (user_id, form, change_id, payload, updated_at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (user_id, form, change_id)"
        " DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at",
        [user_id, form, change_id, json.dumps(payload), now_utc()],
    )


def _saved(db: Database, user_id: int, uid: object) -> bool:
    """Whether ``uid`` is that of one of the person's saved check-ins."""
    return isinstance(uid, str) and db.execute(
        "SELECT 1 FROM checkins WHERE user_id = ? AND uid = ?", [user_id, uid],
    ).fetchone() is not None


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


def updated_at(db: Database, user_id: int, form: str, change_id: int) -> str | None:
    """When the person's draft of ``form`` on one change was last stored, if there is one."""
    row = db.execute(
        "SELECT updated_at FROM drafts WHERE user_id = ? AND form = ? AND change_id = ?",
        [user_id, form, change_id],
    ).fetchone()
    return row[0] if row else None


DISCARDED_KEPT = 20
"""How many discarded drafts' uids a fresh draft remembers (see :func:`discard`)."""


def discard(db: Database, user_id: int, form: str, change_id: int, new_uid: str) -> None:
    """Start the person's draft of ``form`` on one change afresh, as ``new_uid``: the fresh draft
    remembers the uid it replaces, so that a window still open on the old one cannot store it
    back over the fresh one (:func:`save_draft` refuses it)."""
    with transaction(db):
        require_own_change(db, user_id, change_id)
        old = load_draft(db, user_id, form, change_id)
        gone = old.get("discarded") if isinstance(old.get("discarded"), list) else []
        replaced = [old["uid"]] if isinstance(old.get("uid"), str) else []
        _put(db, user_id, form, change_id,
             {"uid": new_uid, "discarded": [*replaced, *gone][:DISCARDED_KEPT]})


def is_discarded(db: Database, user_id: int, form: str, change_id: int, uid: object) -> bool:
    """Whether the person started their draft of ``form`` on one change afresh since the draft
    ``uid`` (:func:`discard`)."""
    gone = load_draft(db, user_id, form, change_id).get("discarded")
    return isinstance(uid, str) and isinstance(gone, list) and uid in gone


def delete_draft(db: Database, user_id: int, form: str, change_id: int,
                 uid: str | None = None) -> None:
    """Forget a draft (after saving, or when the person starts over); given a ``uid``, only the
    draft with that uid (or with none). The uids it was started afresh over stay remembered
    (:func:`discard`), so a window still open on one of them cannot bring it back."""
    with transaction(db):
        draft = load_draft(db, user_id, form, change_id)
        if uid is not None and draft.get("uid") not in (uid, None):
            return
        if isinstance(draft.get("discarded"), list) and draft["discarded"]:
            _put(db, user_id, form, change_id, {"discarded": draft["discarded"]})
            return
        db.execute(
            "DELETE FROM drafts WHERE user_id = ? AND form = ? AND change_id = ?",
            [user_id, form, change_id],
        )


def load_draft_with_uid(db: Database, user_id: int, form: str, change_id: int,
                        new_uid: str) -> dict:
    """The draft as :func:`load_draft` gives it, with a ``uid`` of its own: one whose check-in is
    saved already is forgotten (a window left open had kept it again), and one kept before
    drafts had a uid gets ``new_uid``, stored at once, so every window that opens it agrees.
    Only then is the write lock taken."""
    draft = load_draft(db, user_id, form, change_id)
    if not draft:
        return {"uid": new_uid}
    if isinstance(draft.get("uid"), str) and not _saved(db, user_id, draft["uid"]):
        return draft
    with transaction(db):
        draft = load_draft(db, user_id, form, change_id)
        if _saved(db, user_id, draft.get("uid")):
            delete_draft(db, user_id, form, change_id)
            draft = {}
        if not isinstance(draft.get("uid"), str):
            draft["uid"] = new_uid
            if len(draft) > 1:
                save_draft(db, user_id, form, change_id, draft)
    return draft


def save_account_draft(db: Database, user_id: int, form: str, payload: dict) -> None:
    """Store (replacing) the person's draft of ``form``, a form that belongs to no change."""
    with transaction(db):
        db.execute(
            "INSERT INTO account_drafts (user_id, form, payload, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (user_id, form)"
            " DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at",
            [user_id, form, json.dumps(payload), now_utc()],
        )


def load_account_draft(db: Database, user_id: int, form: str) -> dict:
    """The person's stored draft of ``form`` (a form that belongs to no change), or an empty dict."""
    row = db.execute("SELECT payload FROM account_drafts WHERE user_id = ? AND form = ?",
                     [user_id, form]).fetchone()
    try:
        payload = json.loads(row[0]) if row else {}
    except ValueError:
        return {}
    return payload if isinstance(payload, dict) else {}


def delete_account_draft(db: Database, user_id: int, form: str) -> None:
    """Forget the person's draft of ``form`` (a form that belongs to no change)."""
    with transaction(db):
        db.execute("DELETE FROM account_drafts WHERE user_id = ? AND form = ?", [user_id, form])
