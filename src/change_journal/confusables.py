"""Names that look alike on a screen: the skeleton of Unicode's confusables (UTS #39).

Two usernames that share a key (:func:`look_alike_keys`) can be mistaken for each other where a
coach or a client reads them ("аlice" with a Cyrillic а, "aIice" with a capital I, "alıce" with a
dotless ı, all read as "alice"; "coach_sam" and "coach.sam"), so a new account may not take one;
nor may a change or a value of a person's own take a name that looks like one they have
("Health" with a zero-width space).
The data is Unicode's ``confusables.txt`` (version 13.0.0), kept in ``data/confusables.txt``
with its two data columns.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from change_journal.config import PROJECT_ROOT
from change_journal.validation import BLANK_LETTER

DATA_FILE = PROJECT_ROOT / "data" / "confusables.txt"


@lru_cache(maxsize=1)
def _prototypes(path: Path = DATA_FILE) -> dict[int, str]:
    """Each confusable code point and the sequence it is confusable with."""
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            source, prototype = line.split(";")
            table[int(source, 16)] = "".join(chr(int(c, 16)) for c in prototype.split())
    return table


def skeleton(text: str) -> str:
    """UTS #39's skeleton: ``text`` decomposed, each character replaced by its prototype, and
    decomposed again."""
    return unicodedata.normalize("NFD", unicodedata.normalize("NFD", text).translate(_prototypes()))


@lru_cache(maxsize=8192)
def look_alike_keys(name: str, *, marks_alike: bool = False) -> frozenset[str]:
    """What ``name`` looks like in any case (usernames are not case-sensitive, and the skeleton
    is: "I" passes for "l", "і" for "i"), without the characters that show nothing (a zero-width
    space, a soft hyphen): names that share a key can be taken for one another. With
    ``marks_alike``, also with each dot, dash and underscore read as one mark (for usernames:
    "coach_sam" is easily typed, or heard, for "coach.sam"). Cached: the pages that number
    alike names (a coach's list of shares) ask for the same ones on every rerun."""
    name = unicodedata.normalize("NFKC", BLANK_LETTER.sub("", name))
    forms = [name, *([MARKS.sub(".", name)] if marks_alike else [])]
    return frozenset(skeleton(case).casefold() for form in forms
                     for case in (form, form.lower(), form.upper(), form.title()))


MARKS = re.compile(r"[._\-]")
"""The marks a username may hold between its letters (``accounts.USERNAME_RULES``)."""


def look_alike(name: str, names: Iterable[str], *, marks_alike: bool = False) -> str | None:
    """The first of ``names`` that ``name`` can be taken for (see :func:`look_alike_keys`)."""
    keys = look_alike_keys(name, marks_alike=marks_alike)
    return next((other for other in names
                 if not keys.isdisjoint(look_alike_keys(other, marks_alike=marks_alike))), None)


def has_small_capital(name: str) -> bool:
    """Whether ``name`` holds a small capital ("ᴀlice"): a letter no alphabet writes words with,
    which passes for an ordinary one and which the confusables data does not map."""
    return any("SMALL CAPITAL" in unicodedata.name(ch, "") for ch in name)
