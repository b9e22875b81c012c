"""The collecting summary ("In your own words"): what the person has said for change, gathered.

Quotes come from check-in follow-ups, values reflections, both-sides answers, the change's
"why now" and the plan, each with its date and the question it answered. They are grouped by
theme, strongest and most recent first; sections without any words are left out (values
also shows when there is a completed sort). Quotes are
exact substrings of what was stored: a long answer is cut at a sentence or word boundary,
never reworded. Affirmations are built only from counts and dates in the data, and never
contain the person's text (so they can be shown as ordinary Markdown).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from sqlite_utils import Database

from change_journal import change_talk, talk
from change_journal.progress import describe_span
from change_journal.prompts import PromptBook, load_prompts
from change_journal.store import answers, checkins, plans, values
from change_journal.store.changes import Change
from change_journal.talk import Mark

THEME_TITLES = {
    "reasons": "Your reasons",
    "values": "What matters to you",
    "abilities": "What you can do, and what has worked before",
    "steps": "Steps you have taken and planned",
}
CHECKIN_THEMES = {
    "checkin.importance.why_not_lower": "reasons",
    "checkin.confidence.why_not_lower": "abilities",
    "checkin.readiness.why_not_lower": "steps",
}
"""Check-in follow-ups that speak for the change, by theme (the "why not lower" answers)."""
WHY_NOW_QUESTION = "Why now, in your own words?"
QUOTE_CHARS = 280
"""Longest quote; a longer answer is cut at the last sentence (or word) that fits."""
SHOWN = 5
"""Quotes shown per theme before "more"."""
KEPT = 40
"""Quotes kept per theme (the strongest and most recent); older ones are counted, not listed."""
CLOSING_SET = "summary_closing"
HIGH_RATING = 7
RETURN_GAP_DAYS = 7


@dataclass(frozen=True)
class Quote:
    """The person's own words, where they came from and when."""

    text: str
    """An exact substring of the stored answer."""
    excerpt: bool
    """True when ``text`` is the start of a longer answer."""
    source: str
    """Where it was written, in the app's words only (never the person's)."""
    question: str
    """The question exactly as it was shown (it may contain a value's or the change's name)."""
    at: str
    """UTC ISO timestamp of the answer."""
    strength: int
    """2 for a plan or an answer given at a rating of 7 or more, else 1 (to be refined by
    change-talk strength)."""
    times: int = 1
    """How often the person wrote these same words."""
    talk: tuple[Mark, ...] = ()
    """The sentences of ``text`` that are change or sustain talk, strongest change talk first."""

    @property
    def talk_rank(self) -> int:
        """0 without change talk, up to 7 for a commitment (mobilising talk ranks highest)."""
        order = change_talk.KIND_ORDER
        return max((len(order) - order.index(m.kind) for m in self.talk if m.side == "change"),
                   default=0)


@dataclass(frozen=True)
class Section:
    theme: str
    title: str
    quotes: tuple[Quote, ...]
    older: int = 0
    """Quotes of this theme left out beyond :data:`KEPT`."""


@dataclass(frozen=True)
class Summary:
    sections: tuple[Section, ...]
    top_values: tuple[str, ...]
    """The ranked top values of the latest sort (possibly the person's own words)."""
    top_values_at: str | None
    affirmations: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not self.sections


def excerpt(text: str, limit: int = QUOTE_CHARS) -> tuple[str, bool]:
    """``(quote, cut)``: ``text`` stripped, or its longest start that ends a sentence (else a
    word) within ``limit`` characters. The quote is always an exact substring of ``text``."""
    whole = text.strip()
    if len(whole) <= limit:
        return whole, False
    head = whole[:limit]
    ends = [i + 1 for i, ch in enumerate(head) if ch in ".!?" and whole[i + 1].isspace()]
    cut = ends[-1] if ends and ends[-1] > limit // 3 else head.rfind(" ")
    if cut <= 0:
        cut = limit
    return head[:cut].rstrip(), True


def build_summary(db: Database, user_id: int, change: Change,
                  book: PromptBook | None = None) -> Summary:
    """Gather the person's words for ``change`` into themed sections, with grounded affirmations."""
    book = book or load_prompts()
    found = [*_why_now(change), *_checkin_quotes(db, user_id, change.id),
             *_answer_quotes(db, user_id, change.id, book), *_plan_quotes(db, user_id, change.id, book)]
    shots = values.snapshots(db, user_id)
    latest = shots[-1] if shots else None
    sections = []
    for theme, title in THEME_TITLES.items():
        merged = sorted(_merge_repeats(q for t, q in found if t == theme),
                        key=lambda q: (q.strength, q.at), reverse=True)
        kept = [replace(q, talk=tuple(talk.marks(q.text, q.question, change.title)))
                for q in merged[:KEPT]]
        if kept or (theme == "values" and latest and latest.top):
            sections.append(Section(theme, title, tuple(_strongest_first(kept)),
                                    max(0, len(merged) - KEPT)))
    return Summary(
        sections=tuple(sections),
        top_values=latest.top if latest else (),
        top_values_at=latest.completed_at if latest else None,
        affirmations=tuple(affirmations(db, user_id, change.id, book)),
    )


def _quote(theme: str, text: str, *, source: str, question: str, at: str,
           strength: int = 1) -> tuple[str, Quote]:
    words, cut = excerpt(text)
    return theme, Quote(words, cut, source, question, at, strength)


def _why_now(change: Change) -> list[tuple[str, Quote]]:
    if not change.why_now.strip():
        return []
    return [_quote("reasons", change.why_now, source="When you named this change",
                   question=WHY_NOW_QUESTION, at=change.created_at)]


def _checkin_quotes(db: Database, user_id: int, change_id: int) -> list[tuple[str, Quote]]:
    rows = {row.id: row for row in checkins.list_checkins(db, user_id, change_id)}
    found = []
    for checkin_id, prompt_id, question, text in checkins.checkin_answers(db, user_id, change_id):
        theme = CHECKIN_THEMES.get(prompt_id)
        row = rows.get(checkin_id)
        if theme is None or row is None:
            continue
        ruler = prompt_id.split(".")[1]
        rating = getattr(row, ruler)
        found.append(_quote(theme, text, source=f"Check-in ({ruler} {rating})", question=question,
                            at=row.created_at, strength=2 if rating >= HIGH_RATING else 1))
    return found


def _answer_quotes(db: Database, user_id: int, change_id: int,
                   book: PromptBook) -> list[tuple[str, Quote]]:
    themes = book.themed()
    found = []
    for row in answers.list_answers(db, user_id, change_id, prompt_ids=list(themes)):
        prompt = book.prompts[row.prompt_id]
        found.append(_quote(themes[row.prompt_id], row.text, source=book.set(prompt.set).title,
                            question=row.question, at=row.created_at))
    return found


def _plan_quotes(db: Database, user_id: int, change_id: int,
                 book: PromptBook) -> list[tuple[str, Quote]]:
    themed = [p for p in book.prompts.values() if p.page == "plan" and p.theme]
    found = []
    for plan in plans.list_plans(db, user_id, change_id):
        for prompt in themed:
            text = plan.fields[prompt.id.removeprefix("plan.")]
            if text:
                found.append(_quote(prompt.theme, text, source=f"Plan version {plan.version}",
                                    question=prompt.text, at=plan.created_at, strength=2))
    return found


def _merge_repeats(quotes: Iterable[Quote]) -> list[Quote]:
    """One quote per distinct wording, dated at its latest use and counting how often it was written."""
    merged: dict[str, Quote] = {}
    for quote in quotes:
        key = " ".join(quote.text.casefold().split())
        seen = merged.get(key)
        if seen is None:
            merged[key] = quote
            continue
        latest = quote if quote.at > seen.at else seen
        merged[key] = replace(latest, times=seen.times + 1,
                              strength=max(seen.strength, quote.strength))
    return list(merged.values())


def _strongest_first(quotes: list[Quote]) -> list[Quote]:
    """Mobilising change talk first, then preparatory, then plans and high ratings, then recency."""
    return sorted(quotes, key=lambda q: (q.talk_rank, q.strength, q.at), reverse=True)


def affirmations(db: Database, user_id: int, change_id: int, book: PromptBook) -> list[str]:
    """Affirmations built only from what the person did: counts and dates, never their words."""
    found = []
    rows = checkins.list_checkins(db, user_id, change_id)
    if rows:
        times = [datetime.fromisoformat(r.created_at) for r in rows]
        if len(times) == 1:
            found.append("You have taken a first honest look at this change in a check-in.")
        else:
            found.append(f"You have checked in on this change {len(times)} times over "
                         f"{describe_span(times[0], times[-1])}.")
        gap = max(((b - a).days for a, b in zip(times, times[1:], strict=False)), default=0)
        if gap >= RETURN_GAP_DAYS:
            found.append(f"Once you came back to it after a break of {gap} days: returning is "
                         "part of the work.")
    helped = [p.id for p in book.set("past_successes").prompts]
    tried = answers.list_answers(db, user_id, change_id, prompt_ids=helped)
    if tried:
        found.append(f"You have written about what has helped you before "
                     f"{_times(len(tried))}.")
    sorts = len(values.snapshots(db, user_id))
    if sorts:
        found.append(f"You have sorted your values {_times(sorts)}.")
    versions = len(plans.list_plans(db, user_id, change_id))
    if versions == 1:
        found.append("You have put a plan into words.")
    elif versions > 1:
        found.append(f"You have revised your plan: it is on version {versions}.")
    return found


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")
