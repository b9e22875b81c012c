"""Reading values that arrive in a page's address (query parameters), which anyone can edit."""

from __future__ import annotations

import re

MAX_ID = 2**63 - 1
"""The largest id SQLite can store: anything larger names nothing."""
_ID = re.compile(r"[1-9][0-9]{0,18}")


def parse_id(raw: object) -> int | None:
    """The positive whole number ``raw`` spells in plain digits, or None for anything else
    (empty, signs, spaces, other digits, exponents, too long or beyond :data:`MAX_ID`)."""
    if not isinstance(raw, str) or not raw.isascii() or not _ID.fullmatch(raw):
        return None
    value = int(raw)
    return value if value <= MAX_ID else None
