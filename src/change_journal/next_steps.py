"""Where the journal invites a person next, following their rulers (mi-guide.md: low importance
is explored, never planned; importance with low confidence is met with past successes,
strengths and the smallest step; high on all three is ready for a plan).

One table, :data:`ROUTES`, read top to bottom: the first row whose condition holds is the route.
It decides the question a reflection ends on (unless a ruler moved, see :func:`movement`), the
next steps offered after a check-in, and the angle suggested on Both sides. The offers' labels
and pages are data (``[next_steps.*]`` in ``data/reflections.toml``).

Usage::

    chosen = route({"importance": 8, "confidence": 3, "readiness": 5}, has_plan=False)
    chosen.name      # "build_confidence"
    chosen.offers    # ("past_successes", "summary")
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal

from change_journal.wording import Wording, load_wording

LOW_IMPORTANCE = 3
"""Importance at or below which the plan is never offered."""
IMPORTANT = 5
LOW_CONFIDENCE = 4
READY = 7
"""All three rulers at or above this: ready for a plan."""
MOVE = 2
"""A ruler that moved this much or more since the last check-in is named in the reflection."""

Ratings = Mapping[str, int]


@dataclass(frozen=True)
class Route:
    """One row of the routing table."""

    name: str
    when: str
    """The condition, in words (for the tests and for anyone reading the table)."""
    applies: Callable[[Ratings, bool], bool]
    """``(latest ratings, has_plan) -> bool``."""
    offers: tuple[str, ...]
    """Keys of ``[next_steps.*]`` in the wording file, most fitting first."""
    angle: str | None
    """The Both sides angle (a prompt set) suggested; None: the one tried longest ago."""

    @property
    def offers_plan(self) -> bool:
        return "plan" in self.offers or "review_plan" in self.offers


ROUTES: tuple[Route, ...] = (
    Route("low_importance", f"importance {LOW_IMPORTANCE} or less",
          lambda r, _plan: r["importance"] <= LOW_IMPORTANCE,
          ("values", "both_sides"), "looking_back"),
    Route("build_confidence", f"importance {IMPORTANT}+ with confidence {LOW_CONFIDENCE} or less",
          lambda r, _plan: r["importance"] >= IMPORTANT and r["confidence"] <= LOW_CONFIDENCE,
          ("past_successes", "summary"), "past_successes"),
    Route("review_plan", f"all three {READY}+, with a plan",
          lambda r, plan: plan and min(r["importance"], r["confidence"], r["readiness"]) >= READY,
          ("review_plan", "progress"), "looking_forward"),
    Route("plan", f"all three {READY}+, no plan yet",
          lambda r, _plan: min(r["importance"], r["confidence"], r["readiness"]) >= READY,
          ("plan", "progress"), "looking_forward"),
    Route("exploring", "anything else",
          lambda _r, _plan: True,
          ("both_sides", "progress"), None),
)
ROUTES_BY_NAME = {r.name: r for r in ROUTES}


def route(ratings: Ratings, has_plan: bool) -> Route:
    """The first row of :data:`ROUTES` that fits the latest ``ratings``."""
    return next(r for r in ROUTES if r.applies(ratings, has_plan))


@dataclass(frozen=True)
class Move:
    """A ruler that moved :data:`MOVE` or more since the previous check-in."""

    ruler: str
    before: int
    after: int

    @property
    def up(self) -> bool:
        return self.after > self.before


RULER_ORDER = ("importance", "confidence", "readiness")


def moves(ratings: Ratings, previous: Ratings | None) -> tuple[Move, ...]:
    """Rulers that moved by :data:`MOVE` or more since ``previous``, in ruler order."""
    if previous is None:
        return ()
    return tuple(Move(key, previous[key], ratings[key]) for key in RULER_ORDER
                 if abs(ratings[key] - previous[key]) >= MOVE)


def movement(ratings: Ratings, previous: Ratings | None) -> Literal["drop", "rise"] | None:
    """"drop" when any ruler fell by 2 or more (acknowledged first), "rise" when one rose by 2
    or more, else None."""
    found = moves(ratings, previous)
    if any(not m.up for m in found):
        return "drop"
    return "rise" if found else None


@dataclass(frozen=True)
class Offer:
    """A next step, as a link: its page, label, icon and query parameters."""

    key: str
    page: str
    label: str
    icon: str
    query: dict[str, str]


def offers(chosen: Route, wording: Wording | None = None, *, first: bool = False) -> list[Offer]:
    """The route's next steps as links (labels from the wording file); after a ``first``
    check-in, not Progress, where no number has moved yet."""
    wording = wording or load_wording()
    found = []
    for key in chosen.offers:
        if first and key == "progress":
            continue
        entry = wording.get(f"next_steps.{key}")
        query = {"mode": entry["mode"]} if "mode" in entry else {}
        found.append(Offer(key, entry["page"], entry["label"], entry["icon"], query))
    return found


def plan_message(ratings: Ratings | None, has_plan: bool,
                 wording: Wording | None = None) -> tuple[bool, str]:
    """``(offered, message)`` for the plan page: offered only on the plan routes, never at
    importance 3 or less (the page is always there for anyone who asks)."""
    wording = wording or load_wording()
    if ratings is None:
        return False, wording.text("plan_page.neutral")
    chosen = route(ratings, has_plan)
    if chosen.name == "review_plan":
        return True, wording.text("plan_page.review")
    if chosen.name == "plan":
        return True, wording.text("plan_page.offered", **dict(ratings))
    if chosen.name == "low_importance":
        return False, wording.text("plan_page.quiet")
    return False, wording.text("plan_page.neutral")
