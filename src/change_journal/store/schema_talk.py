"""Schema for change-talk counts kept beside each written answer."""

from __future__ import annotations

from sqlite_utils import Database


def m005_change_talk_counts(db: Database) -> None:
    """How many change-talk and sustain-talk sentences each answer holds, and by which version
    of the recogniser (NULL until counted; recounted when the recogniser changes)."""
    for column in ("talk_change", "talk_sustain", "talk_version"):
        db.execute(f"ALTER TABLE answers ADD COLUMN {column} INTEGER")
