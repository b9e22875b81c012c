"""Schema for server-side sign-in sessions, and account ids that are never reused."""

from __future__ import annotations

from sqlite_utils import Database

from change_journal.store.ddl import execute_script


def m007_sessions(db: Database) -> None:
    """Sign-in sessions, and ``users`` rebuilt with ``AUTOINCREMENT``.

    A session row holds only the SHA-256 of the random token kept in the browser's cookie, so a
    copy of the database cannot be used to sign in. Rows go with their account.

    Without ``AUTOINCREMENT`` SQLite hands a deleted account's id to the next new account, so
    anything still holding the old id (a stale browser tab, a log line) would point at a
    stranger. The table is rebuilt the way SQLite documents for schema changes; the migration
    runner turns foreign-key enforcement off around it and checks every reference before it
    commits, so the dependent rows keep pointing at the same accounts. Run with enforcement on,
    dropping the old table would delete every dependent row, so that is refused.
    """
    (enforced,) = db.execute("PRAGMA foreign_keys").fetchone()
    if enforced:
        raise RuntimeError("m007_sessions rebuilds the users table: apply migrations through "
                           "open_db, which turns foreign-key enforcement off around them.")
    execute_script(
        db,
        """
        CREATE TABLE users_new (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            username TEXT NOT NULL,
            username_key TEXT NOT NULL UNIQUE,
            password_hash TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT 'person' CHECK (role IN ('person', 'coach')),
            created_at TEXT NOT NULL
        );
        INSERT INTO users_new (id, username, username_key, password_hash, role, created_at)
            SELECT id, username, username_key, password_hash, role, created_at FROM users;
        DROP TABLE users;
        ALTER TABLE users_new RENAME TO users;
        CREATE TABLE sessions (
            token_hash TEXT PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            last_used_at TEXT NOT NULL,
            device TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX sessions_by_user ON sessions(user_id);
        """,
    )
