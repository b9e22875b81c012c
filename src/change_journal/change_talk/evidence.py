"""How sure each sort of hit is, the hit record, and how hits add up to a side, a kind and a
confidence.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from change_journal.change_talk.results import KIND_ORDER, Kind

# How often a hit of each sort is right, for the confidence: a cue read with an object that
# names the change (or the behaviour), a fixed cue, a cue that leans on the prompt (an elliptical
# object, an answer evoked by the question, a diary count), a cue whose object says nothing.
# Their order was set by judgement and checked on the development folds and the journal set.
# By kind of evidence, strongest first:
# - the person's own "I" with a modal or a past action, and an object naming the behaviour, the
#   change, stopping or a bad outcome ("I'm going to cut down", "I skipped the pub");
# - the same without the "I" (a diary's "skipped the pub"), or a fixed cue ("it helps me relax");
# - a reading that leans on the question asked (a count in a progress report, "fewer", how the
#   person judges the week, an elliptical "I can do that");
# - an answer with no cue of its own, read only from the question it answers, or something done
#   that says nothing of the change, told in a progress report ("took the dog out");
# - a cue whose object says nothing about the change ("I can sort a few things"), an answer to
#   "What would it take...?" or "How will you know it is working?".
_STRONG_SURE, _OBJECT_SURE, _FIXED_SURE, _CONTEXT_SURE = 0.9, 0.8, 0.7, 0.6
_ANSWER_SURE, _UNKNOWN_SURE = 0.5, 0.35
_QUESTION_SURE = 0.3    # a question is less sure still
_AGAINST_QUESTION = 0.6  # a label against the side the open question evokes: less sure
_WITH_QUESTION = 0.3     # with it: more sure
_NEUTRAL_SURE = 0.7     # a sentence without a cue is neutral about this often
_UNKNOWN_OBJECT = 0.6   # weight of a modal cue whose object says nothing ("I can do more")
_QUESTION = 0.15        # a question is not talk for or against on its own
_CONTRAST_BONUS = 1.3   # what comes after "but" is what the person leans on
_WISHES = frozenset({"desire", "need", "commitment", "activation"})
# Cues whose unknown objects measured to mislead on the transcripts' held-out folds (right for
# a quarter to a third of the utterances they fired on): "I (don't) want to <something else>",
# "I can't <something else>", "I (don't) need to <something else>", "I'm trying to <...>".
_UNREAD = frozenset({("desire", False), ("desire", True), ("ability", True), ("need", False),
                     ("need", True), ("activation", False)})


@dataclass(frozen=True)
class _Hit:
    rule: str
    polarity: int          # +1 change, -1 sustain
    kind: Kind
    score: float
    span: tuple[int, int]  # trigger span: canonical text in a clause, then original text
    negated: bool = False  # the cue was negated ("I don't want to quit")
    sure: float = _FIXED_SURE  # how often a hit of this sort is right (see _confidence)
    about: str = ""        # a modal cue's object: a _Direction.source, or "other"; "" otherwise


_THRESHOLD = 0.2


def _decide(hits: list[_Hit]) -> tuple[int, Kind, list[_Hit]] | None:
    """(polarity, kind, hits on that side) of the stronger side, or None below threshold."""
    totals = {1: 0.0, -1: 0.0}
    for h in hits:
        totals[h.polarity] += h.score
    # Ambivalence is normal: change talk stands unless sustain talk outweighs it.
    pol = -1 if totals[-1] > totals[1] else 1
    if totals[pol] < _THRESHOLD:
        return None
    side = [h for h in hits if h.polarity == pol]
    best = max(side, key=lambda h: (h.score, -KIND_ORDER.index(h.kind)))
    return pol, best.kind, side


def _evidence(hits: Iterable[_Hit]) -> float:
    """How likely at least one of the hits is right: 1 - the product of (1 - sure)."""
    return 1.0 - math.prod(1.0 - h.sure for h in hits)


# Sorts of hit (side, and rule with what its object is about) whose labels, shown on their own
# word, were right less than 80% of the time beyond chance (one-sided 95% upper bound below 0.8,
# five shown or more) on the development journal sets, A to AI (`python
# bench/change_talk_eval.py --rule-precision DIR...`): a lapse read from something done ("had a
# few at the match") or stopped, a wish or plan about the habit against the change ("I
# really want a cigarette"), "it's hard", too tired or busy, "it would be better" against
# the change; for the change, a need about the behaviour and "a problem". They count toward the
# label as before, but only as sure as a cue whose object says nothing, so that alone they are
# not shown. Statements about the change itself ("I don't want to quit", "I'm not going to
# stop") are other sorts and are shown.
_SHOWN_RARELY_RIGHT = frozenset({
    (-1, "past action: behaviour"), (-1, "past action: stop"), (-1, "desire: behaviour"),
    (-1, "commitment: behaviour"), (-1, "hard"),
    (-1, "too tired or busy"), (-1, "would be better"), (1, "need: behaviour"), (1, "problem")})


def _shown_sure(h: _Hit) -> float:
    """How sure a hit is, for showing its label (see ``_SHOWN_RARELY_RIGHT``)."""
    if (h.polarity, h.rule.split(",", 1)[0]) in _SHOWN_RARELY_RIGHT:
        return min(h.sure, _UNKNOWN_SURE)
    return h.sure


def _confidence(pol: int, hits: list[_Hit], shown: bool = True) -> float:
    """Evidence for the label, less half the evidence against it (ambivalence is normal);
    ``shown=False``: each hit as sure as its own sort, as measured for ``_SHOWN_RARELY_RIGHT``."""
    won = 1.0 - math.prod(1.0 - (_shown_sure(h) if shown else h.sure)
                          for h in hits if h.polarity == pol)
    lost = _evidence(h for h in hits if h.polarity != pol)
    return round(won * (1.0 - 0.5 * lost), 3)
