"""The person's own change talk: marks on a written answer, their corrections, and counts per week.

Built on :mod:`change_journal.change_talk`. A sentence is marked only when the recogniser is
confident (:data:`change_talk.SHOW_THRESHOLD`) or when the person labelled it themselves: a
person can remove or correct any label, and the correction is kept (per change, by the
sentence's words) and respected everywhere marks are read: the reflection after a check-in,
"In your own words", the tables of earlier answers and the weekly counts.
Counts are stored beside each answer (with the recogniser's version), so the weekly chart costs
one grouped query; answers not counted yet (new ones, imported ones, or ones whose words the
person relabelled) are counted on demand, a bounded number per page run.
Sustain talk is acknowledged in the same even tone: it is part of ambivalence, not a mistake.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

import pandas as pd
from sqlite_utils import Database

from change_journal import change_talk, clock
from change_journal.store import talk as store

COUNT_BUDGET = 1500
"""Most uncounted answers counted in one page run (about a second of work at worst)."""

KIND_NAMES = {
    "desire": "Desire", "ability": "Ability", "reasons": "Reasons", "need": "Need",
    "commitment": "Commitment", "activation": "Ready to act", "taking_steps": "Steps taken",
}
KIND_MEANINGS = {
    "desire": "what you want",
    "ability": "what you could do",
    "reasons": "why it would be worth it",
    "need": "why it matters now",
    "commitment": "what you will do",
    "activation": "your readiness to act",
    "taking_steps": "something you have already done",
}
SIDE_NAMES = {"change": "For changing", "sustain": "For how things are"}
SIDES = ("change", "sustain", "none")
"""What a correction says a sentence is: change talk, sustain talk, or neither."""


@dataclass(frozen=True)
class Mark:
    """One sentence of an answer that speaks for or against the change."""

    side: Literal["change", "sustain"]
    kind: str | None
    """A DARN-CAT kind; None only for sustain talk the person labelled themselves."""
    sentence: str
    """An exact substring of the answer."""
    triggers: tuple[str, ...] = ()
    """The words the recogniser read it from (exact substrings of the sentence)."""
    corrected: bool = False
    """True when the person set this label themselves."""

    @property
    def label(self) -> str:
        """Short label: "Commitment", or "How things are: reasons" for sustain talk."""
        if self.side == "change":
            return KIND_NAMES[self.kind]
        return f"How things are: {KIND_NAMES[self.kind].lower()}" if self.kind else \
            SIDE_NAMES["sustain"]

    @property
    def explanation(self) -> str:
        """What the label means, in plain words (no quotes of the person's text)."""
        if self.side == "change":
            strength = "a step toward acting" if self.kind in change_talk.MOBILISING else \
                "preparing the ground"
            return f"Change talk: {KIND_MEANINGS[self.kind]} ({strength})."
        return ("Sustain talk: what keeps things as they are. It is a normal part of weighing a "
                "change, worth hearing too.")


@dataclass(frozen=True)
class Correction:
    """A label the person set on a sentence: change or sustain talk (with a kind), or neither."""

    sentence: str
    side: Literal["change", "sustain", "none"]
    kind: str | None = None


Corrections = Mapping[str, Correction]
"""Corrections by :func:`sentence_key`."""


def sentence_key(sentence: str) -> str:
    """What makes two sentences the same words: case and spacing aside."""
    return " ".join(sentence.casefold().split())


def _rank(mark: Mark) -> int:
    if mark.side == "change" and mark.kind in change_talk.KIND_ORDER:
        return change_talk.KIND_ORDER.index(mark.kind)
    return len(change_talk.KIND_ORDER)


def marks(text: str, prompt: str | None = None, change: str | None = None,
          corrections: Corrections | None = None) -> list[Mark]:
    """The sentences of ``text`` that are change or sustain talk, change talk strongest first.

    A sentence counts when the person labelled it (``corrections``, which also remove labels)
    or, failing that, when the recogniser is confident of it.
    """
    found = []
    for segment in change_talk.analyse(text, prompt, change):
        fix = corrections.get(sentence_key(segment.text)) if corrections else None
        result = segment.result
        if fix is not None:
            if fix.side != "none":
                found.append(Mark(fix.side, fix.kind, segment.text, corrected=True))
        elif (result.label != "neutral" and result.kind
              and result.confidence >= change_talk.SHOW_THRESHOLD):
            found.append(Mark(result.label, result.kind, segment.text, result.triggers))
    return sorted(found, key=_rank)


def describe(text: str, prompt: str | None = None, change: str | None = None,
             corrections: Corrections | None = None) -> str:
    """Marks as plain words for a table cell, e.g. "Commitment; How things are: reasons"."""
    return "; ".join(dict.fromkeys(m.label for m in marks(text, prompt, change, corrections)))


@dataclass(frozen=True)
class LabelGroup:
    """One label shown on a piece of writing, with every sentence of it that carries the label
    (so a label appears once, however many of its sentences share it)."""

    side: Literal["change", "sustain"]
    kind: str | None
    label: str
    explanation: str
    sentences: tuple[str, ...]
    triggers: tuple[str, ...]
    corrected: bool


def label_groups(found: Iterable[Mark]) -> list[LabelGroup]:
    """``found`` grouped by label, in the order the labels first appear."""
    groups: dict[str, list[Mark]] = {}
    for mark in found:
        groups.setdefault(mark.label, []).append(mark)
    return [LabelGroup(same[0].side, same[0].kind, label, same[0].explanation,
                       tuple(dict.fromkeys(m.sentence for m in same)),
                       tuple(dict.fromkeys(t for m in same for t in m.triggers)),
                       all(m.corrected for m in same))
            for label, same in groups.items()]


def correction_choices() -> dict[str, tuple[str, str | None]]:
    """What a person can say a sentence is instead: ``{label: (side, kind)}``."""
    choices = {KIND_NAMES[kind]: ("change", kind) for kind in reversed(change_talk.KIND_ORDER)}
    choices[SIDE_NAMES["sustain"]] = ("sustain", None)
    return choices


def corrections(db: Database, user_id: int, change_id: int) -> dict[str, Correction]:
    """The person's labels on their own sentences about one change, by :func:`sentence_key`."""
    return {sentence_key(sentence): Correction(sentence, side, kind)
            for sentence, side, kind in store.list_corrections(db, user_id, change_id)}


def correct(db: Database, user_id: int, change_id: int, sentences: Sequence[str],
            side: str, kind: str | None = None) -> None:
    """Label ``sentences`` as the person says: ``side`` "none" removes the label.

    Raises ``ValueError`` for an unknown side or kind, and ``NotYours`` when the change is not
    the person's. Counts of the answers holding these sentences are redone on the next read.
    """
    if side not in SIDES:
        raise ValueError(f"A label is change, sustain or none, not {side!r}.")
    if side == "none":
        kind = None
    elif kind is not None and kind not in KIND_NAMES:
        raise ValueError(f"Unknown kind of change talk {kind!r}.")
    elif side == "change" and kind is None:
        raise ValueError("Change talk needs its kind.")
    store.save_corrections(db, user_id, change_id, [(s, side, kind) for s in sentences])


def undo_correction(db: Database, user_id: int, change_id: int, sentences: Sequence[str]) -> None:
    """Forget the person's labels on ``sentences``: the recogniser's reading applies again."""
    store.delete_corrections(db, user_id, change_id, list(sentences))


def count_pending(db: Database, user_id: int, change_id: int, change_title: str,
                  since_at: str | None, budget: int = COUNT_BUDGET) -> int:
    """Count up to ``budget`` uncounted answers; return how many still wait afterwards.

    Counts follow what the person sees: confident labels and their own corrections.
    """
    rows = store.uncounted_answers(db, user_id, change_id, since_at, change_talk.VERSION, budget)
    fixes = corrections(db, user_id, change_id) if rows else {}
    counts = []
    for answer_id, question, text in rows:
        sides = [m.side for m in marks(text, question, change_title, fixes)]
        counts.append((answer_id, sides.count("change"), sides.count("sustain")))
    if counts:
        store.save_counts(db, user_id, counts, change_talk.VERSION)
    if len(rows) < budget:
        return 0
    return store.count_uncounted(db, user_id, change_id, since_at, change_talk.VERSION)


def weekly(db: Database, user_id: int, change_id: int, since_at: str | None,
           tz: str = "UTC") -> pd.DataFrame:
    """Sentences of change and sustain talk per week (Monday to Sunday) in the time zone ``tz``.

    Days are counted at the zone's current offset from UTC (a daylight-saving shift can move an
    answer written near midnight by an hour). Columns: ``week`` (timestamp), ``side`` ("For
    changing" / "For how things are"), ``sentences``; ``attrs["days"]`` holds the first and
    last day written on, for :func:`weekly_summary`.
    """
    offset = clock.now().astimezone(ZoneInfo(tz)).utcoffset() or timedelta(0)
    rows = store.daily_counts(db, user_id, change_id, since_at, change_talk.VERSION,
                              int(offset.total_seconds() // 60))
    if not rows:
        return pd.DataFrame(columns=["week", "side", "sentences"])
    days = pd.DataFrame(rows, columns=["day", "change", "sustain"])
    week = pd.to_datetime(days["day"]).dt.to_period("W-SUN").dt.start_time
    totals = days[["change", "sustain"]].groupby(week).sum()
    totals.columns = [SIDE_NAMES["change"], SIDE_NAMES["sustain"]]
    long = totals.reset_index(names="week").melt("week", var_name="side", value_name="sentences")
    long = long.astype({"sentences": int})
    # The first and last day written on, so weekly_summary names the span as progress.summary
    # does for the same check-ins (clock.describe_span), not by counting weeks.
    # (ISO strings: Streamlit serialises a frame's attrs as JSON when it draws the frame.)
    long.attrs["days"] = (rows[0][0], rows[-1][0])
    return long


def weekly_summary(counts: pd.DataFrame) -> str:
    """One sentence about the weekly counts, in an even tone."""
    if counts.empty or counts["sentences"].sum() == 0:
        return "No sentences for or against the change were recognised in this period yet."
    by_side = counts.groupby("side")["sentences"].sum()
    change, sustain = int(by_side.get(SIDE_NAMES["change"], 0)), int(by_side.get(SIDE_NAMES["sustain"], 0))
    days = counts.attrs.get("days")
    first, last = ((date.fromisoformat(days[0]), date.fromisoformat(days[1])) if days
                   else (counts["week"].min(), counts["week"].max()))
    span = ("Within a day" if clock.span_days(first, last) < 1
            else f"Over {clock.describe_span(first, last)}")
    return (f"{span} you wrote {change} sentence"
            f"{'s' if change != 1 else ''} for changing and {sustain} about what keeps things "
            "as they are.")
