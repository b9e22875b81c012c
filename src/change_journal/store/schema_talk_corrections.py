"""Schema for the labels a person sets on their own sentences (change talk, sustain talk or
neither), which take the place of the recogniser's reading wherever those words appear."""

from __future__ import annotations

from sqlite_utils import Database


def m009_talk_corrections(db: Database) -> None:
    """One label per person, change and sentence (the sentence's exact words)."""
    db.execute(
        """
        CREATE TABLE talk_corrections (
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            sentence TEXT NOT NULL,
            side TEXT NOT NULL CHECK (side IN ('change', 'sustain', 'none')),
            kind TEXT CHECK (kind IN ('desire', 'ability', 'reasons', 'need', 'commitment',
                                      'activation', 'taking_steps')),
            created_at TEXT NOT NULL,
            CHECK (side != 'none' OR kind IS NULL),
            CHECK (side != 'change' OR kind IS NOT NULL),
            UNIQUE (user_id, change_id, sentence)
        )
        """
    )
    db.execute("CREATE INDEX talk_corrections_by_change ON talk_corrections(change_id)")
