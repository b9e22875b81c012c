"""Recognise change talk and sustain talk (DARN-CAT) in journal sentences.

A small rule engine, standard library only, well under a millisecond per sentence. Every rule is
a general pattern of English, never a phrase lifted from one example or a word tied to one topic;
the only topic words are the behaviours people change (drinking, smoking, eating, screens, sleep,
exercise, ...), which tell the engine what a sentence is about.

This module is the public API. What each rule does, and in which version it came, is told in
:mod:`change_journal.change_talk.history`. The modules, each importing only those above it:

- ``results``: the public types and constants (:class:`TalkResult`, :class:`Segment`, kinds);
- ``patterns``: helpers that build the regular expressions;
- ``tokens``: canonical words with their spans, split into clauses;
- ``behaviours``: what a change is about and which way a mention of a behaviour points;
- ``objects``: what the words after a cue point to;
- ``scope``: who a cue is about, negation, doubt, conditions, reported speech;
- ``cues``: the cue table;
- ``evidence``: how sure each sort of hit is; the side, kind and confidence of a reading;
- ``modal_hits`` and ``fixed_hits``: a cue's match read into a hit;
- ``hits``: the hits of a clause and of a sentence;
- ``questions``: what the prompt asks;
- ``answers``: an answer read in the light of its question;
- ``reading``: one sentence read, hits and answer together.

:func:`rule_hits` names the rules behind a result, for measuring them
(``bench/change_talk_eval.py``).
"""

from __future__ import annotations

from collections.abc import Iterable

from change_journal.change_talk.answers import _names_nothing
from change_journal.change_talk.evidence import (
    _AGAINST_QUESTION,
    _ANSWER_SURE,
    _NEUTRAL_SURE,
    _WITH_QUESTION,
    _confidence,
    _decide,
    _evidence,
    _Hit,
)
from change_journal.change_talk.reading import _hits, _read
from change_journal.change_talk.results import (
    KIND_ORDER,
    MOBILISING,
    SHOW_THRESHOLD,
    Kind,
    Label,
    Segment,
    Strength,
    TalkResult,
)
from change_journal.change_talk.tokens import _SENTENCE_END

__all__ = [
    "KIND_ORDER", "MOBILISING", "SHOW_THRESHOLD", "VERSION", "Kind", "Label", "Segment",
    "Strength", "TalkResult", "analyse", "classify", "names_nothing", "rule_hits",
    "strongest_first",
]

_VERDICT = "went well"
"""The rule of a verdict on how it went (see :attr:`TalkResult.judged`)."""

VERSION = 104
"""Bump when the rules, or what a reading keeps, change: stored counts and marks made by an
older version are read again (see
:mod:`change_journal.change_talk.history`)."""


def classify(sentence: str, prompt: str | None = None, change: str | None = None, *,
             before: str = "", after: str = "") -> TalkResult:
    """Classify one sentence (or a short answer) as change, sustain or neutral talk.

    ``prompt`` is the question it answers, ``change`` the change the person works on;
    ``before`` and ``after``: the sentences of the same answer around it (see :func:`analyse`).
    """
    hits, lean = _read(sentence, prompt, change, before, after)
    decision = _decide(hits)
    if decision is None:
        # Nothing, or too little, for either side: neutral, less sure the more was found.
        return TalkResult("neutral", None, None, (), round(_NEUTRAL_SURE * (1 - _evidence(hits)), 3))
    pol, kind, side = decision
    triggers = tuple(dict.fromkeys(sentence[s:e] for s, e in sorted({h.span for h in side})))
    strength: Strength = "mobilising" if kind in MOBILISING else "preparatory"
    return TalkResult("change" if pol > 0 else "sustain", kind, strength, triggers,
                      _label_confidence(pol, hits, lean),
                      judged=pol > 0 and all(h.rule == _VERDICT for h in side))


def _label_confidence(pol: int, hits: list[_Hit], lean: int, shown: bool = True) -> float:
    """How sure the label is (``shown``: see ``evidence._confidence``)."""
    confidence = _confidence(pol, hits, shown)
    if lean:
        # Answers follow the side their question evokes far more often than any one cue is
        # right: a cue read against the question is less sure, one read with it more.
        # A cue whose object says nothing stays below the answer's own sureness.
        confidence = round(confidence * _AGAINST_QUESTION if lean != pol
                           else 1 - (1 - confidence) * (1 - _WITH_QUESTION)
                           if confidence >= _ANSWER_SURE else confidence, 3)
    return confidence


def names_nothing(answer: str) -> bool:
    """Whether an answer says it has no answer or names nothing ("dunno", "Nothing so far.",
    "Not much comes to mind."): asked what has helped, it names no help."""
    return _names_nothing(answer)


def rule_hits(sentence: str, prompt: str | None = None,
              change: str | None = None) -> list[tuple[str, Label]]:
    """Each rule that fired on the sentence and the side it spoke for (for measuring rules)."""
    return [(h.rule, "change" if h.polarity > 0 else "sustain")
            for h in _hits(sentence, prompt, change)]


def analyse(text: str, prompt: str | None = None, change: str | None = None) -> list[Segment]:
    """Split an answer into sentences (exact offsets) and classify each one beside its
    neighbours: a sentence after the first is read as following it ("Payday weekend. Leave the
    card at home.": the plan), and an ability conceded in one sentence and the wish denied in
    the next ("I could stop if I wanted to. I just don't want to.") are read together."""
    spans = []
    pos = 0
    for end in [*(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]:
        raw = text[pos:end]
        start, stop = pos + len(raw) - len(raw.lstrip()), pos + len(raw.rstrip())
        if stop > start:
            spans.append((start, stop))
        pos = end
    pieces = [text[a:b] for a, b in spans]
    return [Segment(a, b, piece, classify(piece, prompt, change,
                                          before=pieces[n - 1] if n else "",
                                          after=pieces[n + 1] if n + 1 < len(pieces) else ""))
            for n, ((a, b), piece) in enumerate(zip(spans, pieces, strict=True))]


def strongest_first(segments: Iterable[Segment]) -> list[Segment]:
    """Change talk first, mobilising before preparatory (see KIND_ORDER); stable otherwise."""
    def rank(seg: Segment) -> int:
        r = seg.result
        return KIND_ORDER.index(r.kind) if r.label == "change" and r.kind else len(KIND_ORDER)
    return sorted(segments, key=rank)
