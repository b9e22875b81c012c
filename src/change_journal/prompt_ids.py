"""The check-in's prompt ids, in one place.

Every written answer is stored with the id of the question it answered; these ids are stable
(never reuse or rename one). The exploration pages' ids are in ``data/prompts.toml``.

Usage::

    follow_up("importance", WHY_NOT_LOWER)   # "checkin.importance.why_not_lower"
    parse("checkin.importance.zero")          # ("importance", "zero")
"""

from __future__ import annotations

PREFIX = "checkin"
HOW_GOING = "checkin.how_going"
NOTE = "checkin.note"
WHY_NOT_LOWER = "why_not_lower"
"""After a rating above 0: why this number and not a lower one (evokes change talk)."""
ZERO = "zero"
"""After a 0: what would have to happen for it to rise even a little."""
WHAT_WOULD_IT_TAKE = "what_would_it_take"
"""After a rating above 0: what would move it up (at 10: what keeps it there)."""
FOLLOW_UPS = (WHY_NOT_LOWER, ZERO, WHAT_WOULD_IT_TAKE)
RULER_KEYS = ("importance", "confidence", "readiness")


def follow_up(ruler_key: str, kind: str) -> str:
    """The id of a ruler's follow-up question."""
    if ruler_key not in RULER_KEYS or kind not in FOLLOW_UPS:
        raise ValueError(f"No check-in follow-up {kind!r} for {ruler_key!r}.")
    return f"{PREFIX}.{ruler_key}.{kind}"


def parse(prompt_id: str) -> tuple[str, str] | None:
    """``(ruler key, follow-up kind)`` of a follow-up's id, else None."""
    parts = prompt_id.split(".")
    if len(parts) == 3 and parts[0] == PREFIX and parts[1] in RULER_KEYS and parts[2] in FOLLOW_UPS:
        return parts[1], parts[2]
    return None


CHECKIN_PROMPTS = (
    HOW_GOING,
    *(follow_up(ruler, kind) for ruler in RULER_KEYS for kind in FOLLOW_UPS),
    NOTE,
)
"""Every check-in prompt id, in the order a check-in asks them."""
