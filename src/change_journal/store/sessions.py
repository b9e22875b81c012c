"""Sign-in sessions: one row per signed-in browser, keyed by the SHA-256 of its token."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from change_journal.store.connection import transaction


@dataclass(frozen=True)
class SessionRow:
    """A live session and the account it belongs to."""

    token_hash: str
    user_id: int
    username: str
    role: str
    created_at: str
    last_used_at: str
    device: str


_SELECT = (
    "SELECT s.token_hash, s.user_id, u.username, u.role, s.created_at, s.last_used_at, s.device"
    " FROM sessions s JOIN users u ON u.id = s.user_id"
)


def create_session(db: Database, token_hash: str, user_id: int, at: str, device: str) -> None:
    """Record a new session for ``user_id``."""
    with transaction(db):
        db.execute("INSERT INTO sessions (token_hash, user_id, created_at, last_used_at, device)"
                   " VALUES (?, ?, ?, ?, ?)", [token_hash, user_id, at, at, device])


def find_session(db: Database, token_hash: str) -> SessionRow | None:
    """The session with this token hash and its account, if both still exist."""
    row = db.execute(f"{_SELECT} WHERE s.token_hash = ?", [token_hash]).fetchone()
    return SessionRow(*row) if row else None


def touch_session(db: Database, token_hash: str, at: str) -> None:
    """Note that the session was used at ``at``."""
    with transaction(db):
        db.execute("UPDATE sessions SET last_used_at = ? WHERE token_hash = ?", [at, token_hash])


def end_session(db: Database, token_hash: str) -> None:
    """End one session (signing out); a no-op if it has already ended."""
    with transaction(db):
        db.execute("DELETE FROM sessions WHERE token_hash = ?", [token_hash])


def end_sessions(db: Database, user_id: int, *, keep: str | None = None) -> int:
    """End every session of ``user_id`` except the one whose hash is ``keep``; return how many."""
    with transaction(db):
        cursor = db.execute("DELETE FROM sessions WHERE user_id = ? AND token_hash IS DISTINCT FROM ?",
                            [user_id, keep])
    return cursor.rowcount


def end_sessions_before(db: Database, idle_since: str, created_since: str) -> None:
    """Forget sessions unused since ``idle_since`` or created before ``created_since``."""
    with transaction(db):
        db.execute("DELETE FROM sessions WHERE last_used_at < ? OR created_at < ?",
                   [idle_since, created_since])


def list_sessions(db: Database, user_id: int) -> list[SessionRow]:
    """The acting user's sessions, most recently used first."""
    rows = db.execute(f"{_SELECT} WHERE s.user_id = ? ORDER BY s.last_used_at DESC", [user_id])
    return [SessionRow(*row) for row in rows.fetchall()]
