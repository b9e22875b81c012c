"""The three readiness rulers and their MI follow-up questions.

Each rating is followed by "why X and not lower?" (which evokes change talk) and "what would
it take to go from X to X+1 or X+2?" (which finds what would help). The product never asks
"why not 10?" or "why so low?". At 0 the "why not lower" question makes no sense, so it asks
what would have to happen for the rating to rise even a little.
"""

from __future__ import annotations

from dataclasses import dataclass

from change_journal import prompt_ids


@dataclass(frozen=True)
class Ruler:
    key: str
    name: str
    question: str
    low_anchor: str
    high_anchor: str
    zero_question: str


RULERS: tuple[Ruler, ...] = (
    Ruler(
        key="importance",
        name="Importance",
        question="How important is it to you, right now, to make this change?",
        low_anchor="0 = not important at all",
        high_anchor="10 = extremely important",
        zero_question="What would have to happen for this to become even a little important to you?",
    ),
    Ruler(
        key="confidence",
        name="Confidence",
        question="If you decided to make this change, how confident are you that you could?",
        low_anchor="0 = not confident at all",
        high_anchor="10 = extremely confident",
        zero_question="What would have to happen for you to feel even a little more confident?",
    ),
    Ruler(
        key="readiness",
        name="Readiness",
        question="How ready are you to start, right now?",
        low_anchor="0 = not ready",
        high_anchor="10 = completely ready",
        zero_question="What would have to happen for you to feel even a little more ready?",
    ),
)
RULERS_BY_KEY = {r.key: r for r in RULERS}
SCALE = range(0, 11)


def a_number(rating: int) -> str:
    """The rating with its article, as said aloud: "a 6", "an 8"."""
    return f"{'an' if rating == 8 else 'a'} {rating}"


@dataclass(frozen=True)
class FollowUp:
    """One follow-up question: ``prompt_id`` is stable, ``text`` depends on the rating."""

    prompt_id: str
    text: str
    hint: str = ""


def follow_ups(ruler: Ruler, rating: int, *, importance: int | None = None) -> list[FollowUp]:
    """The MI follow-up questions after ``rating`` on ``ruler``.

    ``importance`` lets the confidence follow-up suggest smaller steps and past successes when
    the change matters (7+) but confidence is under 7.
    """
    if rating not in SCALE:
        raise ValueError(f"A rating is a whole number from 0 to 10, not {rating!r}.")
    base = f"checkin.{ruler.key}"
    if rating == 0:
        return [FollowUp(f"{base}.zero", ruler.zero_question)]
    lower = "0" if rating <= 2 else f"{rating - 2} or 0"
    why = FollowUp(
        f"{base}.why_not_lower",
        f"Why {a_number(rating)} and not a lower number, like {lower}?" if rating > 1
        else "Why a 1 and not a 0?",
    )
    if rating == 10:
        higher = FollowUp(f"{base}.what_would_it_take", "What helps you keep it at 10?")
    elif rating == 9:
        higher = FollowUp(f"{base}.what_would_it_take", "What would it take to go from 9 to 10?")
    else:
        higher = FollowUp(
            f"{base}.what_would_it_take",
            f"What would it take to go from {rating} to {rating + 1} or {rating + 2}?",
        )
    if ruler.key == "confidence" and importance is not None and importance >= 7 and rating < 7:
        higher = FollowUp(
            higher.prompt_id,
            higher.text,
            "It can help to think of a smaller first step, or a time you managed something hard.",
        )
    return [why, higher]


def number_asked(prompt_id: str, question: str, rating: int) -> int:
    """The number on its ruler at which the follow-up ``prompt_id`` asks ``question`` as written
    (an answer is saved with the question of the number it was written for); ``rating`` when
    the id is no follow-up's or no number asks that wording (an older one)."""
    parsed = prompt_ids.parse(prompt_id)
    if parsed is None:
        return rating
    ruler = RULERS_BY_KEY[parsed[0]]
    return next((number for number in SCALE for follow in follow_ups(ruler, number)
                 if follow.prompt_id == prompt_id and follow.text == question), rating)
