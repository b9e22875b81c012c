"""Schema for the coach's side of sharing: a share waits for the coach, who can accept,
decline or hide it; and a coach's notes about a person go when that person stops sharing.

``grants.coach_status`` is ``pending`` until the coach accepts (``accepted``) or declines
(``declined``) the share; only an accepted grant shows the coach anything. Shares that
existed before this step were all visible to their coach, so they become ``accepted``. The
column's default is ``pending``, so a row inserted without saying otherwise shows nothing.
``coach_hidden`` takes an accepted share off the coach's list without ending it.

Coach notes belong to the coaching relationship, not to one change: they are kept while the
person shares at least one change that the coach accepted, and deleted by a trigger the moment
the last such grant is revoked, declined or deleted (with its change or either account). The
rule is applied to existing rows too: notes whose person no longer shares anything go now.
See ``docs/sharing.md``.
"""

from __future__ import annotations

from sqlite_utils import Database

from change_journal.store.ddl import execute_script

_STILL_SHARED = (
    "EXISTS (SELECT 1 FROM grants g WHERE g.coach_id = {who}.coach_id"
    " AND g.client_id = {who}.client_id AND g.revoked_at IS NULL"
    " AND g.coach_status = 'accepted')"
)
"""The person behind ``{who}`` (a note or a grant row) still shares something accepted with
the coach. Expiry is not checked here (a trigger has no reliable clock); an expired share's
notes are unreadable at once and deleted when the person shares with the coach again."""


def m008_sharing_consent(db: Database) -> None:
    """The coach's answer to each share, a way to hide one, and notes that end with sharing."""
    execute_script(
        db,
        f"""
        ALTER TABLE grants ADD COLUMN coach_status TEXT NOT NULL DEFAULT 'pending'
            CHECK (coach_status IN ('pending', 'accepted', 'declined'));
        ALTER TABLE grants ADD COLUMN coach_status_at TEXT;
        ALTER TABLE grants ADD COLUMN coach_hidden INTEGER NOT NULL DEFAULT 0
            CHECK (coach_hidden IN (0, 1));
        UPDATE grants SET coach_status = 'accepted', coach_status_at = created_at;
        CREATE INDEX grants_by_coach_status ON grants(coach_id, coach_status, revoked_at);
        DELETE FROM coach_notes
            WHERE NOT {_STILL_SHARED.format(who="coach_notes")};
        CREATE TRIGGER grants_ended_forget_notes
            AFTER UPDATE OF revoked_at, coach_status ON grants
            WHEN NEW.revoked_at IS NOT NULL OR NEW.coach_status != 'accepted'
        BEGIN
            DELETE FROM coach_notes
                WHERE coach_id = NEW.coach_id AND client_id = NEW.client_id
                AND NOT {_STILL_SHARED.format(who="NEW")};
        END;
        CREATE TRIGGER grants_deleted_forget_notes AFTER DELETE ON grants
        BEGIN
            DELETE FROM coach_notes
                WHERE coach_id = OLD.coach_id AND client_id = OLD.client_id
                AND NOT {_STILL_SHARED.format(who="OLD")};
        END;
        """,
    )
