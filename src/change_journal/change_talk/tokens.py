"""Tokenising: canonical lower-case words that keep their character spans ("can't" -> "can
not"), split into clauses at punctuation, "but", "though" and "and then".
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from change_journal.change_talk.patterns import _DAY_NAME

# A time, a decimal or a number with thousands marked ("6:05", "10.30", "1,214") is one word.
_TOKEN = re.compile(r"(?<!\d)\d{1,3}(?:,\d{3})+(?!\d)|(?<!\d)\d+(?:[:.]\d+)+"
                    r"|[A-Za-z0-9]+(?:'[A-Za-z]+)*|[,;:.!?=]|--|[\u2013\u2014]"
                    r"|(?<= )-(?= )")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_WHOLE = {
    "can't": "can not", "cant": "can not", "cannot": "can not", "won't": "will not",
    "wont": "will not", "ain't": "is not", "gonna": "going to", "wanna": "want to",
    "gotta": "got to", "hafta": "have to", "kinda": "kind of", "sorta": "sort of",
    "dunno": "do not know", "im": "i am", "ive": "i have", "dont": "do not", "didnt": "did not",
    "doesnt": "does not", "isnt": "is not", "wasnt": "was not", "havent": "have not",
    "hasnt": "has not", "hadnt": "had not", "arent": "are not", "werent": "were not",
    "wouldnt": "would not", "couldnt": "could not", "shouldnt": "should not",
    "imma": "i am going to", "cuz": "because", "cos": "because", "thats": "that is",
    "rlly": "really", "rly": "really",
}
_SUFFIXES = (("n't", "not"), ("'m", "am"), ("'ll", "will"), ("'ve", "have"),
             ("'re", "are"), ("'d", "would"), ("'s", "is"))
# Reading a question as the person's own words: "you" becomes "i", the asker a third person.
_SECOND_TO_FIRST = {"you": "i", "your": "my", "yours": "mine", "yourself": "myself",
                    "i": "he", "me": "him", "my": "his", "mine": "his", "myself": "himself"}
_BOUNDARY = frozenset({",", ";", ":", ".", "!", "?", "=", "--", "-", "\u2013", "\u2014"})
_CONTRAST = frozenset({"but", "however", "yet"})  # "X but Y": Y is what the person leans on
_CONCESSIVE = frozenset({"though", "although"})   # "X even though Y": X is
# "but" that means "except", read as "except": after "every", "each" or "all" and a word or two,
# before a day, a count or "the" that end the clause within a few words ("every night but
# Thursday", "all week but the Friday"; not "all day but the gum helped").
_EVERY = frozenset({"every", "each", "all", "everyday"})
_EXCEPTED = re.compile(rf"{_DAY_NAME}|one|two|three|once|twice|the|weekends?|weekdays?"
                       r"|\d+(?:st|nd|rd|th)?", re.I)
_STUTTER = frozenset({"i", "it", "the", "a", "to"})  # "I-I", "it-it"
_SENTENCE_END = re.compile(r"[.!?\u2026]+[\"')\]\u201d\u2019]*(?=\s|$)|\n")
# "Should I ...", "Can you ...": a question even without its question mark.
_INVERTED = frozenset((aux, subject)
                      for aux in ("should", "can", "could", "would", "will", "do", "does", "did",
                                  "am", "is", "are", "shall", "have", "has")
                      for subject in ("i", "you", "we", "it", "that", "this", "he", "she",
                                      "they"))


# "ill" typed for "I'll": at a clause's start or after "then", "maybe", "I think" ("ill just
# go", "i think ill try"), unless what follows is what "ill" the adjective goes with ("Ill most
# mornings", "ill with the flu"); after "so" or "and" it is the adjective ("so ill I couldn't").
_BEFORE_TYPED_ILL = frozenset({"then", "maybe", "probably", "prob", "think", "guess", "suppose",
                               "hope", "know", "okay", "ok", "yeah", "fine"})
_AFTER_ILL_ADJECTIVE = frozenset({
    "health", "effects", "effect", "feeling", "feelings", "will", "at", "and", "or", "with",
    "from", "for", "again", "in", "on", "too", "enough", "today", "now", "people", "person",
    "because", "so", "then", "but", "all", "lately", "recently", "often", "myself", "most",
    "when", "whenever", "every", "this", "that", "last", "after", "before", "the", "a", "an",
    "since", "during", "afterwards", "tbh", "lol", "as", "like", "if", "til", "till", "until",
    "i", "it", "my", "me", "week", "weekend", "day", "days", "night", "mornings", "morning",
    "yesterday", "mostly", "over", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "off", "still", "really", "quite", "very", "bit"})


def _typed_i_will(words: list[str], following: str) -> bool:
    """Whether "ill" here was typed for "I'll": "ill just go to the dinner bit"."""
    after = following.lower()
    return ((not words or words[-1] in _BEFORE_TYPED_ILL) and after.isalpha()
            and after not in _AFTER_ILL_ADJECTIVE)


# "yet" opens a clause when a subject follows ("I want to stop yet I keep buying them"); after a
# negation it closes one ("haven't quit yet, I will though", "not doing it yet I have too much
# on").
_AFTER_CONTRASTING_YET = frozenset({"i", "it", "he", "she", "they", "we", "you", "my", "there",
                                    "still", "somehow", "the"})
_NEGATED = frozenset({"not", "never", "no"})


@dataclass(frozen=True)
class _Clause:
    text: str                           # canonical words joined by single spaces
    spans: tuple[tuple[int, int], ...]  # original-text span of each canonical word
    starts: tuple[int, ...]             # offset of each canonical word in ``text``
    contrast: bool                      # weighs more: after "but", before "though"
    question: bool
    opens: bool = False                 # the first clause of a sentence

    def original_span(self, cs: int, ce: int) -> tuple[int, int]:
        """Span in the original text of the canonical characters ``cs:ce``."""
        first = bisect_right(self.starts, cs) - 1
        last = bisect_left(self.starts, ce) - 1
        return self.spans[first][0], self.spans[last][1]


def _word_starts(words: list[str]) -> tuple[int, ...]:
    """Offset of each word in ``" ".join(words)``."""
    starts = [0]
    for w in words[:-1]:
        starts.append(starts[-1] + len(w) + 1)
    return tuple(starts)


@lru_cache(maxsize=4096)
def _canonical(token: str, second_person: bool) -> tuple[str, ...]:
    low = token.lower()
    if _THOUSANDS.fullmatch(low):
        return low.replace(",", ""),  # "1,214" is read as 1214
    if low in _WHOLE:
        return tuple(_WHOLE[low].split())
    for suffix, full in _SUFFIXES:
        if low.endswith(suffix) and len(low) > len(suffix):
            base = low[: -len(suffix)]
            if second_person:
                base = _SECOND_TO_FIRST.get(base, base)
            return base, "am" if full == "are" and base == "i" else full
    return (_SECOND_TO_FIRST.get(low, low) if second_person else low),


_EXCEPTED_WORDS = 2


def _ends_clause(following: list[re.Match[str]]) -> bool:
    """Whether the clause ends within the tokens ``following`` (its end or a boundary)."""
    return len(following) <= _EXCEPTED_WORDS or any(
        t.group() in _BOUNDARY for t in following)


def _clauses(text: str, second_person: bool = False) -> list[_Clause]:
    """Canonical clauses, split at punctuation, "but", "though" and "and then".

    With ``second_person`` (to read a question as the person's own words) "you" -> "i".
    """
    clauses: list[_Clause] = []
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    contrast = after_comma = False
    opens = True  # the next clause starts a sentence

    def close(mark: str) -> None:
        """End a clause at ``mark``: "?" asks; "did it 4 days!" is a diary's statement."""
        nonlocal words, spans, contrast, opens
        if words:
            question = mark == "?" or mark not in {".", "!"} and tuple(words[:2]) in _INVERTED
            clauses.append(_Clause(" ".join(words), tuple(spans), _word_starts(words), contrast,
                                   question, opens))
            opens = False
        opens = opens or mark in {".", "!", "?"}
        words, spans, contrast = [], [], False

    tokens = list(_TOKEN.finditer(text.translate(_APOSTROPHES)))
    for n, m in enumerate(tokens):
        tok = m.group()
        if tok in _BOUNDARY:
            close(tok)
            after_comma = tok in {",", ";", "--", "-", "\u2013", "\u2014"}
            continue
        if words and words != ["even"]:
            after_comma = False
        canon = _canonical(tok, second_person)
        if canon == ("ill",) and _typed_i_will(words, tokens[n + 1].group() if n + 1 < len(tokens)
                                               else ""):
            canon = ("i", "will")
        if canon[0] == "yet" and words and n + 1 < len(tokens) and _canonical(
                tokens[n + 1].group(), second_person)[0] in _AFTER_CONTRASTING_YET:
            if _NEGATED & set(words):  # "not doing it yet | I have too much on"
                words.append("yet")
                spans.append(m.span())
                close("")
                continue
            close("")
            contrast = True
            continue
        if (canon[0] == "but" and _EVERY & set(words[-3:]) and n + 1 < len(tokens)
                and _EXCEPTED.fullmatch(tokens[n + 1].group())
                and _ends_clause(tokens[n + 1:n + 1 + _EXCEPTED_WORDS + 1])):
            words.append("except")
            spans.append(m.span())
            continue
        if canon[0] in _CONTRAST and (canon[0] != "yet" or not words):  # not "not yet"
            close("")
            contrast = True
            continue
        if canon[0] == "then" and words and words[-1] == "and":
            words.pop()  # "poured a glass and then didn't drink it": two events
            spans.pop()
            close("")
            continue
        if canon[0] in _CONCESSIVE:
            if words and words[-1] == "even":
                words.pop()
                spans.pop()
            if words:
                contrast = True  # the clause before a concession carries the weight
            elif clauses and after_comma:
                clauses[-1] = replace(clauses[-1], contrast=True)
            close("")
            continue
        for w in canon:
            if second_person and w in {"are", "were"} and words and words[-1] == "i":
                w = "am" if w == "are" else "was"
            if words and w == words[-1] and w in _STUTTER:
                spans[-1] = m.span()  # "I-I can't": quote the last "I"
            else:
                words.append(w)
                spans.append(m.span())
    close("")
    return clauses
