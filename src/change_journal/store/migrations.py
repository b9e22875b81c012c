"""Schema changes, applied in order through ``sqlite_utils.Migrations``.

Never edit a migration that has been released: append a new one to ``ORDER``.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from change_journal.store import (
    schema_core,
    schema_mi,
    schema_portability,
    schema_security,
    schema_sessions,
    schema_sharing,
    schema_sharing_consent,
    schema_talk,
    schema_talk_corrections,
)

MIGRATION_SET = "change_journal"

ORDER = (
    schema_core.m001_core,
    schema_mi.m002_mi_exploration,
    schema_sharing.m003_sharing,
    schema_portability.m004_portability_uids,
    schema_talk.m005_change_talk_counts,
    schema_security.m006_sign_in_throttle,
    schema_sessions.m007_sessions,
    schema_sharing_consent.m008_sharing_consent,
    schema_talk_corrections.m009_talk_corrections,
)

MIGRATIONS = Migrations(MIGRATION_SET)
for _step in ORDER:
    MIGRATIONS(name=_step.__name__)(_step)

KNOWN = frozenset(step.__name__ for step in ORDER)


def apply_migrations(db: Database) -> None:
    """Bring ``db`` to the current schema, inside the caller's transaction (see ``open_db``)."""
    MIGRATIONS.apply(db)


def check_not_newer(db: Database) -> None:
    """Refuse a database that a newer version of the app has migrated past this one."""
    applied = {m.name for m in MIGRATIONS.applied(db)}
    unknown = sorted(applied - KNOWN)
    if unknown:
        raise ValueError(
            "This database was written by a newer version of Change Journal "
            f"(unknown schema steps: {', '.join(unknown)}). Upgrade the app; the file was left untouched."
        )
