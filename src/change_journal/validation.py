"""Validation of free text shared by every form: one set of rules, one set of messages."""

from __future__ import annotations

import unicodedata

from change_journal.config import MAX_TEXT_CHARS, MAX_TITLE_CHARS

# Control characters other than tab and newline are dropped; everything else is kept as typed.
_KEEP = {"\t", "\n"}


class InputError(ValueError):
    """Input the person can correct; the message says how."""


def clean_text(text: str | None, field: str, *, required: bool = False,
               limit: int = MAX_TEXT_CHARS) -> str:
    """Return ``text`` trimmed, with stray control characters removed.

    Raises :class:`InputError` naming ``field`` when a required answer is empty or the text is
    longer than ``limit`` characters.
    """
    value = "".join(
        ch for ch in (text or "").replace("\r\n", "\n")
        if ch in _KEEP or unicodedata.category(ch) != "Cc"
    ).strip()
    if required and not value:
        raise InputError(f"{field} is empty. Please write a few words.")
    if len(value) > limit:
        raise InputError(
            f"{field} is {len(value):,} characters long; the limit is {limit:,}. "
            "Please shorten it (your text is still in the box)."
        )
    return value


def clean_title(title: str | None) -> str:
    """A change's name: required, one line, at most ``MAX_TITLE_CHARS`` characters."""
    return " ".join(clean_text(title, "The change", required=True, limit=MAX_TITLE_CHARS).split())
