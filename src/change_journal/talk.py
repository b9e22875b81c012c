"""The person's own change talk: marks on a written answer, and counts per week.

Built on :mod:`change_journal.change_talk`. Counts are stored beside each answer (with the
recogniser's version), so the weekly chart costs one grouped query; answers not counted yet
(new ones, or imported ones) are counted on demand, a bounded number per page run.
Sustain talk is acknowledged in the same even tone: it is part of ambivalence, not a mistake.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

import pandas as pd
from sqlite_utils import Database

from change_journal import change_talk
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


@dataclass(frozen=True)
class Mark:
    """One sentence of an answer that speaks for or against the change."""

    side: Literal["change", "sustain"]
    kind: str
    sentence: str
    """An exact substring of the answer."""

    @property
    def label(self) -> str:
        """Short label: "Commitment", or "How things are: reasons" for sustain talk."""
        name = KIND_NAMES[self.kind]
        return name if self.side == "change" else f"How things are: {name.lower()}"

    @property
    def explanation(self) -> str:
        """What the label means, in plain words (no quotes of the person's text)."""
        if self.side == "change":
            strength = "a step toward acting" if self.kind in change_talk.MOBILISING else \
                "preparing the ground"
            return f"Change talk: {KIND_MEANINGS[self.kind]} ({strength})."
        return ("Sustain talk: what keeps things as they are. It is a normal part of weighing a "
                "change, worth hearing too.")


def marks(text: str, prompt: str | None = None, change: str | None = None) -> list[Mark]:
    """The sentences of ``text`` that are change or sustain talk, change talk strongest first."""
    found = [s for s in change_talk.strongest_first(change_talk.analyse(text, prompt, change))
             if s.result.label != "neutral" and s.result.kind]
    return [Mark(s.result.label, s.result.kind, s.text) for s in found]


def describe(text: str, prompt: str | None = None, change: str | None = None) -> str:
    """Marks as plain words for a table cell, e.g. "Commitment; How things are: reasons"."""
    return "; ".join(dict.fromkeys(m.label for m in marks(text, prompt, change)))


def count_pending(db: Database, user_id: int, change_id: int, change_title: str,
                  since_at: str | None, budget: int = COUNT_BUDGET) -> int:
    """Count up to ``budget`` uncounted answers; return how many still wait afterwards."""
    rows = store.uncounted_answers(db, user_id, change_id, since_at, change_talk.VERSION, budget)
    counts = []
    for answer_id, question, text in rows:
        labels = [s.result.label for s in change_talk.analyse(text, question, change_title)]
        counts.append((answer_id, labels.count("change"), labels.count("sustain")))
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
    changing" / "For how things are"), ``sentences``.
    """
    offset = datetime.now(ZoneInfo(tz)).utcoffset() or timedelta(0)
    rows = store.daily_counts(db, user_id, change_id, since_at, change_talk.VERSION,
                              int(offset.total_seconds() // 60))
    if not rows:
        return pd.DataFrame(columns=["week", "side", "sentences"])
    days = pd.DataFrame(rows, columns=["day", "change", "sustain"])
    week = pd.to_datetime(days["day"]).dt.to_period("W-SUN").dt.start_time
    totals = days[["change", "sustain"]].groupby(week).sum()
    totals.columns = [SIDE_NAMES["change"], SIDE_NAMES["sustain"]]
    long = totals.reset_index(names="week").melt("week", var_name="side", value_name="sentences")
    return long.astype({"sentences": int})


def weekly_summary(counts: pd.DataFrame) -> str:
    """One sentence about the weekly counts, in an even tone."""
    if counts.empty or counts["sentences"].sum() == 0:
        return "No sentences for or against the change were recognised in this period yet."
    by_side = counts.groupby("side")["sentences"].sum()
    change, sustain = int(by_side.get(SIDE_NAMES["change"], 0)), int(by_side.get(SIDE_NAMES["sustain"], 0))
    weeks = counts["week"].nunique()
    return (f"Over {weeks} week{'s' if weeks != 1 else ''} you wrote {change} sentence"
            f"{'s' if change != 1 else ''} for changing and {sustain} about what keeps things "
            "as they are.")
