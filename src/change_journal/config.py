"""Where the database lives and the limits every form shares."""

from __future__ import annotations

import os
from pathlib import Path

from change_journal.store.dialect import is_postgres

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DB_PATH = PROJECT_ROOT / "data" / "journal.db"
DB_ENV_VAR = "CHANGE_JOURNAL_DB"

MAX_TEXT_CHARS = 5_000
"""Longest written answer accepted by any form (stated beside every text box)."""

MAX_TITLE_CHARS = 120
"""Longest name for a change."""

MAX_CHANGES = 100
"""Most changes a journal holds, archived ones included: "Your changes" draws a form for each,
so without a bound one account could make every page of it, and the server, crawl."""

SAFETY_NOTE = (
    "Change Journal is a self-reflection tool, not therapy or medical advice. "
    "If you are in crisis or thinking of harming yourself, contact your local emergency "
    "services or a crisis line now."
)
"""Shown on every page and in the printable report: a pointer to help, never a diagnosis."""


def db_path() -> Path | str:
    """The database: ``$CHANGE_JOURNAL_DB`` if set (a file, or a ``postgresql://`` address, kept
    as text), else ``data/journal.db``."""
    configured = os.environ.get(DB_ENV_VAR, "").strip()
    if not configured:
        return DEFAULT_DB_PATH
    return configured if is_postgres(configured) else Path(configured).expanduser()
