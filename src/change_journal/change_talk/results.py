"""The public types and constants: labels, kinds, :class:`TalkResult`, :class:`Segment`,
the threshold at which a label is shown and the order of the kinds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Label = Literal["change", "sustain", "neutral"]
Kind = Literal["desire", "ability", "reasons", "need", "commitment", "activation", "taking_steps"]
Strength = Literal["preparatory", "mobilising"]


SHOW_THRESHOLD = 0.45
"""Lowest confidence at which a change or sustain label is shown to the person.

Confidence follows the kind of evidence (see ``evidence._STRONG_SURE`` and below): the person's "I" with
a cue whose object names the change 0.9, without the "I" 0.8, a fixed cue 0.7, a reading that
leans on the question 0.6, an answer read only from its question 0.5, a cue whose object says
nothing 0.35 (a question less still); a label against the side the open question evokes is
0.6 times as sure, one with it (from 0.5 up) surer.

The rule that chooses it (``choose_threshold`` in bench/change_talk_eval.py): the lowest band
edge at which the weakest band still shown has a one-sided 95% lower bound of precision of at
least 0.8, and every shown label a precision of at least 0.8. Version 7: applied to journal sets
A, B, C and D pooled (all development data), it chooses 0.45, as it does on A and B alone (see
tests/integration/test_change_talk_eval.py). Below 0.45 lie a lone cue about something else
("I can pick the car up"), answers to "What would it take...?" and questions: right about 77%
of the time on the journal sets, useful for counts but not sure enough to show.
"""

MOBILISING: frozenset[str] = frozenset({"commitment", "activation", "taking_steps"})
# Strongest first: mobilising before preparatory; within each, the more decided kind first.
KIND_ORDER: tuple[Kind, ...] = (
    "commitment", "taking_steps", "activation", "need", "reasons", "ability", "desire",
)


@dataclass(frozen=True)
class TalkResult:
    """What one sentence says about the change, the words that showed it, and how sure it is.

    ``triggers`` quote the sentence exactly: the words behind the label (empty for neutral).
    ``confidence`` is in [0, 1]; results made by hand default to 1.
    """

    label: Label
    kind: Kind | None
    strength: Strength | None
    triggers: tuple[str, ...]
    confidence: float = 1.0
    judged: bool = False
    """Change talk resting only on the person's verdict on how it went ("Better than I
    expected!"), nothing told done: heard, but no deed to affirm."""

    def is_confident(self, threshold: float | None = None) -> bool:
        """Change or sustain talk at ``threshold`` (default :data:`SHOW_THRESHOLD`) or above."""
        limit = SHOW_THRESHOLD if threshold is None else threshold
        return self.label != "neutral" and self.confidence >= limit

    @property
    def shown(self) -> bool:
        """Whether the app shows this label: change or sustain talk at :data:`SHOW_THRESHOLD`."""
        return self.is_confident()

    def explain(self) -> str:
        """One plain, non-judgemental sentence for the person."""
        if self.label == "neutral" or self.kind is None:
            return "Neither for nor against the change: part of your story."
        kind = self.kind.replace("_", " ")
        head = f"{'Change' if self.label == 'change' else 'Sustain'} talk ({kind})"
        quoted = ", ".join(f'"{t}"' for t in self.triggers)
        said = f"{head}: {quoted}" if quoted else head
        if self.label == "sustain":  # acknowledged without judgement, as MI does
            return f"{said} (what you value about how things are now)"
        return said


@dataclass(frozen=True)
class Segment:
    """One sentence of a longer answer; ``text == original[start:end]``."""

    start: int
    end: int
    text: str
    result: TalkResult
