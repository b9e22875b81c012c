"""The guided check-in: its questions, validation of a filled-in draft, and what is said after.

A draft is a plain dict (kept in the store while the person writes)::

    {"ratings": {"importance": 7, ...}, "texts": {"checkin.how_going": "...", ...}}

:func:`build_checkin` turns it into ratings and answers or raises :class:`InputError`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from change_journal import talk
from change_journal.rulers import RULERS, SCALE, a_number, follow_ups
from change_journal.store.checkins import AnswerIn
from change_journal.talk import Mark
from change_journal.validation import InputError, clean_text

FORM = "checkin"
HOW_GOING_ID = "checkin.how_going"
NOTE_ID = "checkin.note"
HOW_GOING_FIRST = "How are things with this change right now, in your own words?"
HOW_GOING_AGAIN = "How have things been going with this change since you last checked in?"
NOTE_QUESTION = "Anything else you want to note for yourself? (optional)"


@dataclass(frozen=True)
class Question:
    """A written question of the check-in as shown to the person."""

    prompt_id: str
    text: str
    hint: str = ""


def how_going_question(previous_checkins: int) -> Question:
    return Question(HOW_GOING_ID, HOW_GOING_AGAIN if previous_checkins else HOW_GOING_FIRST)


def rating_of(draft: dict, key: str) -> int | None:
    """The draft's rating for ruler ``key``, or None when not chosen yet."""
    value = (draft.get("ratings") or {}).get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def questions_for(draft: dict, previous_checkins: int) -> list[Question]:
    """Every written question the draft currently calls for, in the order shown."""
    questions = [how_going_question(previous_checkins)]
    importance = rating_of(draft, "importance")
    for ruler in RULERS:
        rating = rating_of(draft, ruler.key)
        if rating in SCALE:
            questions += [
                Question(f.prompt_id, f.text, f.hint)
                for f in follow_ups(ruler, rating, importance=importance)
            ]
    questions.append(Question(NOTE_ID, NOTE_QUESTION))
    return questions


def build_checkin(draft: dict, previous_checkins: int) -> tuple[dict[str, int], list[AnswerIn]]:
    """Validate a draft; return ``(ratings, answers)`` or raise :class:`InputError` listing every problem."""
    ratings = draft.get("ratings") or {}
    problems = []
    clean_ratings: dict[str, int] = {}
    for ruler in RULERS:
        value = ratings.get(ruler.key)
        if value is None or value == "":
            problems.append(f"Choose a number from 0 to 10 for {ruler.name.lower()}.")
        elif isinstance(value, bool) or not isinstance(value, int) or value not in SCALE:
            problems.append(
                f"Choose a whole number from 0 to 10 for {ruler.name.lower()} (it was {value!r})."
            )
        else:
            clean_ratings[ruler.key] = value
    if problems:
        raise InputError(" ".join(problems))
    texts = draft.get("texts") or {}
    answers = []
    for question in questions_for(draft, previous_checkins):
        text = clean_text(texts.get(question.prompt_id), f"The answer to “{question.text}”")
        if text:
            answers.append(AnswerIn(question.prompt_id, question.text, text))
    return clean_ratings, answers


@dataclass(frozen=True)
class Reflection:
    """What is shown after saving: the person's own words back, and a grounded affirmation."""

    lines: list[tuple[str, str, list[Mark]]]
    """``(lead-in, the person's exact words, the change and sustain talk in them)``."""
    affirmation: str
    readiness: int
    """The readiness just given (a plan is offered, never pushed, when it is high)."""


def reflect(ratings: dict[str, int], answers: list[AnswerIn], *, checkin_number: int,
            previous_at: datetime | None, saved_at: datetime,
            change: str | None = None) -> Reflection:
    """Reflect a just-saved check-in in the person's own words, affirming what they actually did.

    Each quote carries its change talk (read with the question it answered and ``change``).
    """
    by_id = {a.prompt_id: a.text for a in answers}
    questions = {a.prompt_id: a.question for a in answers}
    pairs: list[tuple[str, str]] = []
    if HOW_GOING_ID in by_id:
        pairs.append((HOW_GOING_ID, "About how things are going, you wrote:"))
    for ruler in RULERS:
        value = ratings[ruler.key]
        for suffix, lead in (
            ("why_not_lower", f"{ruler.name} is {a_number(value)} for you, and not lower, because:"),
            ("zero", f"{ruler.name} is at 0 for now. What might move it, in your words:"),
            ("what_would_it_take", f"What would help {ruler.name.lower()} rise:"),
        ):
            if f"checkin.{ruler.key}.{suffix}" in by_id:
                pairs.append((f"checkin.{ruler.key}.{suffix}", lead))
    if NOTE_ID in by_id:
        pairs.append((NOTE_ID, "You also noted:"))
    lines = [(lead, by_id[pid], talk.marks(by_id[pid], questions[pid], change))
             for pid, lead in pairs]
    return Reflection(lines, affirmation(answers, checkin_number, previous_at, saved_at),
                      ratings["readiness"])


def affirmation(answers: list[AnswerIn], checkin_number: int, previous_at: datetime | None,
                saved_at: datetime) -> str:
    """An affirmation built only from what the person did in this and earlier check-ins."""
    parts = []
    if checkin_number == 1:
        parts.append("You took a first honest look at where you stand with this change.")
    else:
        gap_days = (saved_at - previous_at).days if previous_at else 0
        if gap_days >= 7:
            parts.append(f"You came back to this after {gap_days} days: returning is part of the work.")
        else:
            parts.append(f"This is check-in {checkin_number} on this change: you keep making time for it.")
    if any(a.prompt_id.endswith(".what_would_it_take") or a.prompt_id.endswith(".zero") for a in answers):
        parts.append("You named what could help you move, which is worth holding on to.")
    elif any(a.prompt_id.endswith(".why_not_lower") for a in answers):
        parts.append("You put your own reasons into words.")
    return " ".join(parts)
