"""Names that look alike on a screen: the skeleton of Unicode's confusables (UTS #39).

Two usernames with the same :func:`look_alike_key` can be mistaken for each other where a coach
or a client reads them ("аlice" with a Cyrillic а, "aIice" with a capital I, "alıce" with a
dotless ı, all read as "alice"), so a new account may not take one. The data is Unicode's
``confusables.txt`` (version 13.0.0), kept in ``data/confusables.txt`` with its two data columns.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

from change_journal.config import PROJECT_ROOT

DATA_FILE = PROJECT_ROOT / "data" / "confusables.txt"
# Letters no one writes a name with that pass for ordinary ones: IPA, small capitals and other
# phonetic letters ("ᴀlice"), and modifier letters, which the confusables data does not map.
_PHONETIC = ((0x0250, 0x02FF), (0x1D00, 0x1DBF))


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


def look_alike_key(name: str) -> str:
    """What ``name`` looks like whatever the case or script of its letters: names that share a
    key can be taken for one another."""
    return skeleton(skeleton(unicodedata.normalize("NFKC", name)).casefold()).casefold()


def has_phonetic_letter(name: str) -> bool:
    """Whether ``name`` holds a phonetic or modifier letter (see ``_PHONETIC``)."""
    return any(lo <= ord(ch) <= hi for ch in name for lo, hi in _PHONETIC)
