"""What the journal says back, from ``data/reflections.toml``, and sentences that quote the person.

A :class:`Sentence` keeps the app's words and the person's words apart (:class:`Words`), so the
person's words can be quoted exactly and always shown as typed. The file is checked when it is
loaded: known placeholders only, at least two variants in every list (check-ins in a row use
different ones), and none of the words mi-guide.md rules out.

Usage::

    words = load_wording()
    sentence = fill(words.pick("affirmation.did", turn=3), quote="I went for a run.")
    sentence.plain()   # '“I went for a run.” That was your doing.'
"""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from change_journal.config import PROJECT_ROOT

WORDING_FILE = PROJECT_ROOT / "data" / "reflections.toml"
QUOTE_FIELDS = frozenset({"quote", "change_quote", "sustain_quote"})
"""Placeholders for the person's own words."""
APP_FIELDS = frozenset({
    "when", "importance", "confidence", "readiness", "rating", "ruler", "moves", "Moves",
    "ratings", "limit", "label", "title", "number", "day", "When", "at", "question",
})
"""Placeholders the app fills in with its own words and numbers."""
NEVER_SAID = (
    r"\bshould\b", r"\bmust\b", r"\bgreat\b", r"\bwell done\b", r"\bproud\b", r"\bawesome\b",
    r"\bamazing\b", r"\bgood job\b", r"\bfailure\b", r"\bfailed\b", r"why not (?:a )?10",
    r"why so low", r"\bkeep coming back\b", r"\bcheck-ins? in a row\b", r"\bstreak\b",
)
"""Words the journal never says (mi-guide.md): praise, pushing, judging, counting app use."""


class WordingError(ValueError):
    """``reflections.toml`` is malformed; the message says where."""


@dataclass(frozen=True)
class Words:
    """The person's own words, quoted exactly (an exact substring of what they wrote)."""

    text: str
    cut: bool = False
    """The words stop short of what they wrote (a very long sentence cut at a word): shown with
    " …" inside the closing quote mark, as the page of their words shows a cut quote."""

    def quoted(self) -> str:
        """The words between curly quotes, " …" before the closing one when cut."""
        return f"“{self.text}{' …' if self.cut else ''}”"


Part = str | Words


@dataclass(frozen=True)
class Sentence:
    """One sentence the journal says: the app's words with the person's quoted in between."""

    parts: tuple[Part, ...]

    def plain(self) -> str:
        """The sentence as text, the person's words between curly quotes."""
        return "".join(p if isinstance(p, str) else p.quoted() for p in self.parts)

    @property
    def quotes(self) -> tuple[str, ...]:
        """The person's words in it, exactly as written."""
        return tuple(p.text for p in self.parts if isinstance(p, Words))

    def __str__(self) -> str:
        return self.plain()


def fill(template: str, **values: object) -> Sentence:
    """``template`` with its placeholders filled: quote fields become :class:`Words`."""
    parts: list[Part] = []
    for literal, field, spec, _conversion in string.Formatter().parse(template):
        if literal:
            parts.append(literal)
        if field is None:
            continue
        if field not in values:
            raise KeyError(f"The wording {template!r} needs a value for {{{field}}}.")
        value = values[field]
        if field in QUOTE_FIELDS:
            parts.append(value if isinstance(value, Words) else Words(str(value)))
        else:
            parts.append(format(value, spec or ""))
    merged: list[Part] = []
    for part in parts:  # neighbouring app words become one string
        if merged and isinstance(part, str) and isinstance(merged[-1], str):
            merged[-1] += part
        else:
            merged.append(part)
    return Sentence(tuple(_full_stops(merged)))


_ENDED = re.compile(r"[.!?…][\"')\]”’]*\s*$")
_NEW_SENTENCE = re.compile(r"\s+[A-Z“\"]")


def _full_stops(parts: list[Part]) -> list[Part]:
    """A full stop after a quote that ends a sentence without one of its own ("“It helps me
    relax”. On the other hand, ..."): outside the quote, which stays exactly as written."""
    out = list(parts)
    for i, part in enumerate(parts):
        if not isinstance(part, Words) or _ENDED.search(part.text) and not part.cut:
            continue
        after = parts[i + 1] if i + 1 < len(parts) else None
        if after is None:
            out.append(".")
        elif isinstance(after, str) and _NEW_SENTENCE.match(after):
            out[i + 1] = "." + after
    return out


@dataclass(frozen=True)
class Wording:
    """The parsed wording file, read by dotted paths such as ``"reflection.questions.drop"``."""

    data: Mapping

    def get(self, path: str):
        node = self.data
        for key in path.split("."):
            if not isinstance(node, Mapping) or key not in node:
                raise KeyError(f"{WORDING_FILE.name} has no entry {path!r}.")
            node = node[key]
        return node

    def text(self, path: str, **values: object) -> str:
        """A single text with the app's own values filled in (no quotes of the person)."""
        template = self.get(path)
        if not isinstance(template, str):
            raise KeyError(f"{path!r} in {WORDING_FILE.name} is not a single text.")
        return template.format(**values) if values else template

    def variants(self, path: str) -> tuple[str, ...]:
        found = self.get(path)
        return tuple(found) if isinstance(found, list) else (found,)

    def pick(self, path: str, turn: int) -> str:
        """Variant ``turn`` of a list (cycling), so consecutive turns never use the same one."""
        options = self.variants(path)
        return options[turn % len(options)]


@lru_cache(maxsize=4)
def load_wording(path: Path = WORDING_FILE) -> Wording:
    """Read and check the wording file (cached per path)."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise WordingError(f"Cannot read the wording file {path}: {exc}") from exc
    check(data)
    return Wording(data)


def check(data: Mapping, where: str = "") -> None:
    """Raise :class:`WordingError` for an unknown placeholder, a list with fewer than two
    variants, or a word the journal never says."""
    for key, value in data.items():
        path = f"{where}.{key}" if where else key
        if isinstance(value, Mapping):
            check(value, path)
        elif isinstance(value, list):
            if path != "checkin.steps" and len(value) < 2:
                raise WordingError(f"{path} needs at least two variants, so check-ins in a row "
                                   "never say the same thing.")
            if len(set(value)) != len(value):
                raise WordingError(f"{path} repeats a variant.")
            for item in value:
                _check_text(path, item)
        else:
            _check_text(path, value)


def _check_text(path: str, text: object) -> None:
    if not isinstance(text, str) or not text.strip():
        raise WordingError(f"{path} needs a non-empty text.")
    try:
        fields = {f for _l, f, _s, _c in string.Formatter().parse(text) if f is not None}
    except ValueError as exc:
        raise WordingError(f"{path} has a broken placeholder: {exc}.") from exc
    unknown = fields - QUOTE_FIELDS - APP_FIELDS
    if unknown:
        raise WordingError(f"{path} uses unknown placeholders {sorted(unknown)}.")
    for pattern in NEVER_SAID:
        if re.search(pattern, text, re.IGNORECASE):
            raise WordingError(f"{path} says something the journal never says ({pattern}): {text!r}")
