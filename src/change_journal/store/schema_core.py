"""Schema of the core loop: accounts, changes, check-ins, written answers and drafts."""

from __future__ import annotations

from sqlite_utils import Database

from change_journal.store.ddl import execute_script


def m001_core(db: Database) -> None:
    """Accounts, changes, check-ins with their rulers, written answers and form drafts."""
    execute_script(
        db,
        """
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL,
            username_key TEXT NOT NULL UNIQUE,
            password_hash TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT 'person' CHECK (role IN ('person', 'coach')),
            created_at TEXT NOT NULL
        );
        CREATE TABLE changes (
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            why_now TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            archived_at TEXT
        );
        CREATE INDEX changes_by_user ON changes(user_id);
        CREATE TABLE checkins (
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            importance INTEGER NOT NULL CHECK (importance BETWEEN 0 AND 10),
            confidence INTEGER NOT NULL CHECK (confidence BETWEEN 0 AND 10),
            readiness INTEGER NOT NULL CHECK (readiness BETWEEN 0 AND 10)
        );
        CREATE INDEX checkins_by_change ON checkins(user_id, change_id, created_at);
        CREATE TABLE answers (
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            checkin_id INTEGER REFERENCES checkins(id) ON DELETE CASCADE,
            prompt_id TEXT NOT NULL,
            question TEXT NOT NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX answers_by_change ON answers(user_id, change_id, created_at);
        CREATE INDEX answers_by_checkin ON answers(checkin_id);
        CREATE TABLE drafts (
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            form TEXT NOT NULL,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            payload TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (user_id, form, change_id)
        );
        """
    )
