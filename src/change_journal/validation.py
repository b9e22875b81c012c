"""Validation of free text shared by every form: one set of rules, one set of messages."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from change_journal.config import MAX_TEXT_CHARS, MAX_TITLE_CHARS

BIDI_CONTROLS = frozenset(map(chr, (*range(0x202A, 0x202F), *range(0x2066, 0x206A))))
"""The invisible embeddings, overrides and isolates of right-to-left text (U+202A-U+202E,
U+2066-U+2069): one left open reverses whatever a reader sees after it ("a change named
\u202egnikoms" reads "smoking" backwards), so text is never kept with them. The marks
U+200E and U+200F, which only nudge neighbouring punctuation, stay."""
# Control characters (Unicode category Cc: U+0000-U+001F and U+007F-U+009F) other than tab and
# newline are dropped, and the bidirectional controls above; everything else is kept as typed.
_DROP = dict.fromkeys([*(ch for ch in (*range(0x20), *range(0x7F, 0xA0)) if chr(ch) not in "\t\n"),
                       *map(ord, BIDI_CONTROLS)])


# A lone surrogate (U+D800-U+DFFF on its own) is half of a character, which no text can be
# stored or shown with; an import file can hold one ("\ud800"). It becomes U+FFFD, the
# replacement character, so the rest of the text is kept and the gap shows.
_SURROGATE = re.compile("[\ud800-\udfff]")
_IGNORABLE = ("\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
              "\u202a-\u202e\u2060-\u206f\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8"
              "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff")
BLANK_LETTER = re.compile(f"[{_IGNORABLE}]")
"""A character that shows nothing, not even a space: Unicode's default-ignorable characters
(zero-width spaces and joiners, the soft hyphen, variation selectors, the Hangul fillers, tag
characters) and the blank braille pattern."""
_INVISIBLE = re.compile(f"[\\s{_IGNORABLE}]")


def _shows_nothing(text: str) -> bool:
    """Whether ``text`` would look empty on the page: only white space and blank letters."""
    return not _INVISIBLE.sub("", text)


def limit_help(limit: int) -> str:
    """What a writing box says of its limit: it takes any length, and saving checks it (a
    longer answer is refused with a message, and stays in the box)."""
    return f"Up to {limit:,} characters."


class InputError(ValueError):
    """Input the person can correct; the message says how. ``box``: which of a form's boxes
    it is about, when one is, so the page can say it beside that box."""

    def __init__(self, message: str, box: str | None = None) -> None:
        super().__init__(message)
        self.box = box


def clean_text(text: str | None, field: str, *, required: bool = False,
               limit: int = MAX_TEXT_CHARS) -> str:
    """Return ``text`` trimmed, with stray control characters removed.

    Raises :class:`InputError` naming ``field`` when a required answer is empty or the text is
    longer than ``limit`` characters.
    """
    value = tidy(text)
    if required and not value:
        raise InputError(f"{field} is empty. Please write a few words.")
    if len(value) > limit:
        raise InputError(
            f"{field} is {len(value):,} characters long; the limit is {limit:,}."
            f"{counted_apart(value, limit)} Please shorten it (your text is still in the box)."
        )
    return value


def _joins(ch: str) -> bool:
    """Whether ``ch`` is drawn as part of the symbol before or after it: a combining mark, a
    joiner or variation selector, a flag's letter or tag, a skin tone."""
    code = ord(ch)
    return (unicodedata.category(ch).startswith("M") or code in (0x200C, 0x200D)
            or 0xFE00 <= code <= 0xFE0F or 0x1F1E6 <= code <= 0x1F1FF
            or 0xE0020 <= code <= 0xE007F or 0x1F3FB <= code <= 0x1F3FF)


def counted_apart(text: str, limit: int) -> str:
    """When ``text`` is over ``limit`` and its symbols drawn from several characters (most
    emoji, flags, some accented letters) make at least half of the excess, a sentence saying
    each of those counts as more than one; else "". Not read through when it cannot matter (no
    such symbol in plain ASCII) or when the text is over ten times the limit: a box can hold
    megabytes pasted, and its note is drawn on every run."""
    if not limit < len(text) <= 10 * limit or text.isascii():
        return ""
    if 2 * sum(map(_joins, text)) >= len(text) - limit:
        return " Emoji and some accented letters count as more than one character each."
    return ""


DRAFT_TEXT_CHARS = 2 * MAX_TEXT_CHARS
"""Most of a box's words kept in a stored draft: an answer that long cannot be saved anyway (the
box itself keeps everything typed while the tab is open), and without a bound every rerun would
write whatever a box holds, megabytes if pasted, to the database."""


def clip_draft(payload: object) -> object:
    """``payload`` (a draft: texts in dicts and lists) with every text cut at
    :data:`DRAFT_TEXT_CHARS`."""
    if isinstance(payload, str):
        return payload[:DRAFT_TEXT_CHARS]
    if isinstance(payload, dict):
        return {key: clip_draft(value) for key, value in payload.items()}
    if isinstance(payload, list):
        return [clip_draft(value) for value in payload]
    return payload


def too_long(texts: Iterable[str | None], limit: int = MAX_TEXT_CHARS) -> str | None:
    """The message for the first of ``texts`` over ``limit`` (see :func:`clean_text`), else
    None: a step of a form asks it before going on, where the box is still in view."""
    for text in texts:
        try:
            clean_text(text, "This answer", limit=limit)
        except InputError as exc:
            return str(exc)
    return None


def clean_title(title: str | None) -> str:
    """A change's name: required, one line, at most ``MAX_TITLE_CHARS`` characters."""
    return one_line(clean_text(title, "The change", required=True, limit=MAX_TITLE_CHARS))


def is_text(value: str) -> bool:
    """Whether ``value`` is text: it holds no lone surrogate (half a character, which is what
    bytes a terminal or an environment could not decode as UTF-8 become)."""
    return not _SURROGATE.search(value)


def isolated(text: str) -> str:
    """``text`` between a first-strong isolate and its pop (U+2068, U+2069): a person's words
    (a name, a title) joined into a line of ours keep to their place, and right-to-left letters
    in them cannot carry the words around them along ("alice.אא · 1 change" stays in order)."""
    return f"\u2068{text}\u2069"


def tidy(text: str | None) -> str:
    """``text`` as every form keeps it: CR LF as LF, control characters other than tab and
    newline dropped and the bidirectional controls, a lone surrogate as U+FFFD, trimmed, and
    nothing at all when nothing of it shows (the cleaning of :func:`clean_text`, without its
    checks)."""
    value = _SURROGATE.sub("\ufffd", (text or "").replace("\r\n", "\n").translate(_DROP)).strip()
    return "" if _shows_nothing(value) else value


def one_line(text: str) -> str:
    """``text`` with every run of white space, line breaks included, as one space."""
    return " ".join(text.split())
