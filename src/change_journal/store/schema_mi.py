"""Schema of the MI exploration pages: values card sorts, answers' subjects and change plans."""

from __future__ import annotations

from sqlite_utils import Database

from change_journal.store.ddl import execute_script


def m002_mi_exploration(db: Database) -> None:
    """Values sorts (with their cards and top five), custom values, plan versions.

    Answers to exploration prompts go in ``answers`` (``checkin_id`` NULL); ``subject`` says
    what a prompt was about when it is not the change itself (for example a value's name).
    """
    execute_script(
        db,
        """
        ALTER TABLE answers ADD COLUMN subject TEXT NOT NULL DEFAULT '';
        CREATE TABLE custom_values (
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            UNIQUE (user_id, name)
        );
        CREATE TABLE value_sorts (
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            started_at TEXT NOT NULL,
            completed_at TEXT
        );
        CREATE INDEX value_sorts_by_user ON value_sorts(user_id, completed_at);
        CREATE TABLE value_sort_cards (
            sort_id INTEGER NOT NULL REFERENCES value_sorts(id) ON DELETE CASCADE,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            value_name TEXT NOT NULL,
            pile TEXT NOT NULL CHECK (pile IN ('very', 'important', 'not')),
            top_rank INTEGER CHECK (top_rank BETWEEN 1 AND 10),
            PRIMARY KEY (sort_id, value_name)
        );
        CREATE TABLE plans (
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            goal TEXT NOT NULL,
            reasons TEXT NOT NULL DEFAULT '',
            steps TEXT NOT NULL DEFAULT '',
            helpers TEXT NOT NULL DEFAULT '',
            signs TEXT NOT NULL DEFAULT '',
            obstacles TEXT NOT NULL DEFAULT '',
            UNIQUE (change_id, version)
        );
        CREATE INDEX plans_by_change ON plans(user_id, change_id, version)
        """,
    )
