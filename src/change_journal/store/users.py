"""Accounts table: create and look up users."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from change_journal.store.connection import INTEGRITY_ERRORS, now_utc, transaction


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    role: str
    password_hash: str
    created_at: str


class UsernameTaken(Exception):
    """Another account already has this username (compared case- and form-insensitively)."""


def create_user(db: Database, username: str, username_key: str, password_hash: str,
                role: str = "person") -> int:
    """Insert a new account and return its id; raise :class:`UsernameTaken` on a clash."""
    try:
        with transaction(db):
            (user_id,) = db.execute(
                "INSERT INTO users (username, username_key, password_hash, role, created_at)"
                " VALUES (?, ?, ?, ?, ?) RETURNING id",
                [username, username_key, password_hash, role, now_utc()],
            ).fetchone()
    except INTEGRITY_ERRORS as exc:
        raise UsernameTaken(username) from exc
    return user_id


def usernames(db: Database) -> list[str]:
    """Every account's username (to compare a new one with what each looks like)."""
    return [name for (name,) in db.execute("SELECT username FROM users").fetchall()]


def find_user(db: Database, username_key: str) -> UserRow | None:
    """The account whose normalised username is ``username_key``, if any."""
    row = db.execute(
        "SELECT id, username, role, password_hash, created_at FROM users WHERE username_key = ?",
        [username_key],
    ).fetchone()
    return UserRow(*row) if row else None


def get_user(db: Database, user_id: int) -> UserRow | None:
    """The acting user's own account row."""
    row = db.execute(
        "SELECT id, username, role, password_hash, created_at FROM users WHERE id = ?", [user_id]
    ).fetchone()
    return UserRow(*row) if row else None


def set_password_hash(db: Database, user_id: int, password_hash: str) -> None:
    """Replace the acting user's password hash (used when argon2 parameters are upgraded)."""
    with transaction(db):
        db.execute("UPDATE users SET password_hash = ? WHERE id = ?", [password_hash, user_id])


def retired(db: Database, name_hashes: Iterable[str]) -> bool:
    """Whether any of ``name_hashes`` is a digest kept of a deleted coach's name."""
    wanted = list(dict.fromkeys(name_hashes))
    if not wanted:
        return False
    marks = ", ".join("?" for _ in wanted)
    return db.execute(f"SELECT 1 FROM retired_names WHERE name_hash IN ({marks}) LIMIT 1",
                      wanted).fetchone() is not None
