"""Schema of consented sharing: coach grants, read-only links, coach invite codes and notes.

A grant lets one coach see one change of one person. At most one grant per (person, coach,
change) is not revoked; revoking stamps ``revoked_at`` (the row stays, so the person keeps a
record of what was shared and when). With scope ``answers``, the written answers shown are
those whose prompt matches one of the grant's ``grant_answer_kinds`` patterns (SQLite GLOB)
or that are listed one by one in ``grant_answers``. Links and invite codes are stored only as
the SHA-256 of their token.
"""

from __future__ import annotations

from sqlite_utils import Database

from change_journal.store.ddl import execute_script


def m003_sharing(db: Database) -> None:
    """Grants to coaches, share links, coach invite codes and private coach notes."""
    execute_script(
        db,
        """
        CREATE TABLE grants (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            coach_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            scope TEXT NOT NULL CHECK (scope IN ('numbers', 'answers')),
            created_at TEXT NOT NULL,
            expires_at TEXT,
            revoked_at TEXT,
            last_viewed_at TEXT
        );
        CREATE UNIQUE INDEX grants_one_open
            ON grants(client_id, coach_id, change_id) WHERE revoked_at IS NULL;
        CREATE INDEX grants_by_coach ON grants(coach_id, revoked_at);
        CREATE TABLE grant_answer_kinds (
            grant_id INTEGER NOT NULL REFERENCES grants(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            prompt_glob TEXT NOT NULL,
            PRIMARY KEY (grant_id, prompt_glob)
        );
        CREATE TABLE grant_answers (
            grant_id INTEGER NOT NULL REFERENCES grants(id) ON DELETE CASCADE,
            answer_id INTEGER NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
            PRIMARY KEY (grant_id, answer_id)
        );
        CREATE INDEX grant_answers_by_answer ON grant_answers(answer_id);
        CREATE TABLE share_links (
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            token_hash TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            expires_at TEXT,
            revoked_at TEXT,
            last_opened_at TEXT
        );
        CREATE INDEX share_links_by_user ON share_links(user_id);
        CREATE TABLE coach_invites (
            id INTEGER PRIMARY KEY,
            coach_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            code_hash TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            revoked_at TEXT
        );
        CREATE INDEX coach_invites_by_coach ON coach_invites(coach_id);
        CREATE TABLE coach_notes (
            id INTEGER PRIMARY KEY,
            coach_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            client_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX coach_notes_by_client ON coach_notes(coach_id, client_id, created_at)
        """,
    )
