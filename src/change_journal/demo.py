"""Demo data: an account called ``demo`` with about six months of a plausible journal.

Everything is generated from a fixed seed, in the voice of one person working on two changes,
so a newcomer sees every page at work: check-ins whose rulers move in ways worth reflecting on
(importance rising sharply early on, a dip in confidence after a hard fortnight, a change whose
confidence fades), change talk and some sustain talk, two values sorts with reflections on the
top values, both sides of one change, what helped before, a look a year ahead, and a plan in
two versions.
"""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlite_utils import Database

from change_journal import accounts, clock, prompt_ids
from change_journal.checkin import HOW_GOING_AGAIN, HOW_GOING_ID, NOTE_ID, NOTE_QUESTION
from change_journal.prompts import load_prompts
from change_journal.rulers import RULERS, follow_ups
from change_journal.store import answers, changes, plans, transaction, users
from change_journal.store import values as value_store
from change_journal.store.checkins import AnswerIn, save_checkin
from change_journal.values import builtin_values

DEMO_USERNAME = "demo"
DAYS = 182

Shape = tuple[tuple[float, dict[str, int]], ...]
"""Ratings at points of the six months (0 = start, 1 = today), drawn straight between them."""


@dataclass(frozen=True)
class DemoChange:
    title: str
    why_now: str
    shape: Shape
    words: dict[str, tuple[str, ...]]
    values: tuple[tuple[float, tuple[str, ...]], ...] = ()
    """Values sorts: when, and the top values in rank order."""
    reflections: dict[str, dict[str, str]] = field(default_factory=dict)
    """Reflections on top values after the first sort: ``{value: {prompt_id: words}}``."""
    explorations: tuple[tuple[float, dict[str, str]], ...] = ()
    """Both sides and other angles: when, and ``{prompt_id: words}`` saved together."""
    plan_versions: tuple[tuple[float, dict[str, str]], ...] = ()


CHANGES = (
    DemoChange(
        title="Drink less during the week",
        why_now="I keep waking up tired on workdays and I want my evenings back.",
        # Barely important at first; a hard morning makes it matter; a rough fortnight at work
        # knocks confidence down; by now all three are high.
        shape=((0.0, {"importance": 3, "confidence": 3, "readiness": 2}),
               (0.12, {"importance": 3, "confidence": 3, "readiness": 2}),
               (0.17, {"importance": 8, "confidence": 4, "readiness": 4}),
               (0.42, {"importance": 8, "confidence": 7, "readiness": 6}),
               (0.47, {"importance": 8, "confidence": 3, "readiness": 4}),
               (0.62, {"importance": 8, "confidence": 6, "readiness": 6}),
               (1.0, {"importance": 9, "confidence": 8, "readiness": 8})),
        words={
            "how_going": (
                "Two alcohol-free evenings this week. Friday was harder than I expected.",
                "Mostly fine. I noticed I reach for a glass when work runs late.",
                "A rough week, I drank most nights. Writing it down helps me see the pattern.",
                "I swapped the after-work beer for a walk twice and slept better.",
                "Quiet week. I didn't buy wine with the shopping, which made it easier.",
                "Honestly, wine still helps me relax after a long day.",
                "I went for a run on Wednesday evening instead of opening a bottle.",
                "I like the ritual of a glass while I cook, and I don't want to lose that.",
            ),
            "importance": (
                "I want to be properly awake for the kids in the morning.",
                "My sleep is so much better on the nights I don't drink.",
                "I don't want to keep spending evenings half there.",
                "Money, honestly. It adds up faster than I thought.",
            ),
            "confidence": (
                "I've already had a few dry evenings, so I know I can.",
                "I managed a dry January two years ago.",
                "Having a plan for the late workdays makes it feel doable.",
            ),
            "readiness": (
                "I've started telling my partner which nights are dry nights.",
                "I'm going to keep Monday to Thursday alcohol-free.",
                "I feel more ready than a month ago, I've seen it work.",
            ),
            "higher": (
                "Having something else to drink in the fridge.",
                "Getting through one stressful week without a drink.",
                "If my partner joined me on the dry nights.",
                "A better way to wind down after late meetings.",
            ),
            "note": (
                "Bought sparkling water and limes. Small thing, but it helped.",
                "Noticed I was calmer at breakfast.",
            ),
        },
        values=((0.14, ("family", "health", "inner peace", "dependability", "fun")),
                (0.66, ("family", "health", "self-control", "inner peace", "honesty"))),
        reflections={
            "family": {
                "values.meaning": "Being there for the kids, properly there, not just in the room.",
                "values.now": "Sunday mornings together. Less so on weekday evenings.",
                "values.fit": "Drinking less on weeknights means I am awake for the mornings "
                              "with them.",
            },
            "health": {
                "values.meaning": "Sleeping well and having energy for the day.",
                "values.fit": "Every dry night shows up in how I sleep.",
            },
        },
        explorations=(
            (0.2, {"ambivalence.likes": "Wine helps me switch off after work, and I like the "
                                        "ritual of it.",
                   "ambivalence.concerns": "I wake up foggy and I'm short-tempered with the kids "
                                           "before school.",
                   "ambivalence.better": "I'd have my evenings back and I'd be properly awake in "
                                         "the mornings.",
                   "ambivalence.both_sides_next": "I want the mornings more than I want the "
                                                  "wine."}),
            (0.3, {"ambivalence.forward_without": "Still tired, still promising myself next "
                                                  "week.",
                   "ambivalence.forward_with": "I'd be up before the kids, with a clear head."}),
            (0.5, {"ambivalence.tried": "Dry January two years ago worked while I kept "
                                        "something else to drink in the fridge.",
                   "ambivalence.managed": "I stopped smoking at 25. Telling people made it "
                                          "stick."}),
        ),
        plan_versions=(
            (0.55, {"goal": "No alcohol Monday to Thursday.",
                    "reasons": "Waking up clear for the kids. Sleeping properly.",
                    "steps": "No wine in the weekly shop. Sparkling water in the fridge.",
                    "helpers": "My partner, who said they'd join me on weeknights.",
                    "signs": "Waking up before the alarm on weekdays.",
                    "obstacles": "Late meetings. I'll walk home the long way instead of "
                                 "stopping at the pub."}),
            (0.85, {"goal": "No alcohol Monday to Thursday.",
                    "reasons": "Waking up clear for the kids. Sleeping properly. The money.",
                    "steps": "No wine in the weekly shop. Sparkling water in the fridge. A run "
                             "on Wednesday evenings.",
                    "helpers": "My partner, and my sister, who I text on hard evenings.",
                    "signs": "Waking up before the alarm on weekdays. Calmer breakfasts.",
                    "obstacles": "Late meetings and Friday drinks at work. I'll walk home the "
                                 "long way, and have one alcohol-free beer on Fridays."}),
        ),
    ),
    DemoChange(
        title="Walk most days",
        why_now="My back aches after sitting all day and I miss being outside.",
        # It matters more and more, while the dark evenings wear confidence down.
        shape=((0.0, {"importance": 6, "confidence": 6, "readiness": 5}),
               (0.6, {"importance": 7, "confidence": 6, "readiness": 6}),
               (0.8, {"importance": 8, "confidence": 6, "readiness": 6}),
               (0.9, {"importance": 8, "confidence": 3, "readiness": 5}),
               (1.0, {"importance": 8, "confidence": 3, "readiness": 5})),
        words={
            "how_going": (
                "Walked four days out of seven, mostly at lunch.",
                "The rain put me off this week, I only went out twice.",
                "Found a route by the river that I actually look forward to.",
                "Busy week, but I took the stairs and walked to the station.",
                "I like my lazy evenings on the sofa, to be honest.",
                "It's dark by five now and I can't face going out after work.",
            ),
            "importance": (
                "My back feels better on the days I walk.",
                "I want to keep up with my friends on weekend hikes.",
                "It clears my head before the afternoon.",
            ),
            "confidence": (
                "I walked most days last month, so I can do it.",
                "A lunchtime walk fits my day better than I thought.",
            ),
            "readiness": (
                "I'm going to put the walks in my calendar.",
                "I already have good shoes and a route I like.",
            ),
            "higher": (
                "A raincoat I don't mind wearing.",
                "Someone to walk with once a week.",
                "Blocking lunch in my calendar so meetings can't take it.",
            ),
            "note": ("Saw a heron by the river today.",),
        },
    ),
)


def create_demo(db: Database, password: str | None = None, *, seed: int = 7,
                now: datetime | None = None) -> tuple[accounts.Account, str]:
    """Create the ``demo`` account with two changes and six months of their journal.

    Returns the account and its password. Raises :class:`accounts.AccountError` if an account
    called ``demo`` exists already: it is never touched.
    """
    if users.find_user(db, accounts.username_key(DEMO_USERNAME)) is not None:
        raise accounts.AccountError(
            "An account called 'demo' already exists in this database; it was left untouched."
        )
    password = password or secrets.token_urlsafe(12)
    account = accounts.sign_up(db, DEMO_USERNAME, password)
    rng = random.Random(seed)
    end = (now or clock.now()).replace(microsecond=0)
    start = end - timedelta(days=DAYS)
    with transaction(db):
        for number, demo in enumerate(CHANGES):
            change_id = changes.add_change(db, account.id, demo.title, demo.why_now,
                                           created_at=clock.stamp(start))
            # The first change is checked in on last, an hour ago: the account opens on it
            # (changes.last_written).
            _add_history(db, account.id, change_id, demo, rng, start, end,
                         last=end - timedelta(hours=1) if number == 0 else None)
            _add_exploration(db, account.id, change_id, demo, start, end)
    return account, password


def ratings_at(shape: Shape, progress: float) -> dict[str, float]:
    """The shape's ratings at ``progress`` (0 to 1), drawn straight between its points."""
    for (a, low), (b, high) in zip(shape, shape[1:], strict=False):
        if a <= progress <= b:
            share = (progress - a) / (b - a) if b > a else 1.0
            return {k: low[k] + (high[k] - low[k]) * share for k in low}
    return dict(shape[-1][1])


def _add_history(db: Database, user_id: int, change_id: int, demo: DemoChange,
                 rng: random.Random, start: datetime, end: datetime,
                 last: datetime | None = None) -> None:
    """Check-ins every few days from ``start`` to ``end`` (each on a day before ``end``'s), and
    one at ``last`` if given."""
    day = start + timedelta(days=1)
    while day < end:
        ratings = _ratings(demo, rng, (day - start) / (end - start))
        stamp = day.replace(hour=rng.choice((7, 12, 19, 21)), minute=rng.randrange(60))
        save_checkin(db, user_id, change_id, ratings, _answers(demo, ratings, rng),
                     created_at=clock.stamp(stamp))
        day += timedelta(days=rng.choice((2, 3, 3, 4, 5)))
    if last is not None:
        ratings = _ratings(demo, rng, 1.0)
        save_checkin(db, user_id, change_id, ratings, _answers(demo, ratings, rng),
                     created_at=clock.stamp(last))


def _ratings(demo: DemoChange, rng: random.Random, progress: float) -> dict[str, int]:
    """The shape's ratings at ``progress``, each moved by a point now and then."""
    return {key: max(0, min(10, round(value + rng.choice((-1, 0, 0, 0, 1)))))
            for key, value in ratings_at(demo.shape, progress).items()}


def _answers(demo: DemoChange, ratings: dict[str, int], rng: random.Random) -> list[AnswerIn]:
    answers_in = [AnswerIn(HOW_GOING_ID, HOW_GOING_AGAIN, rng.choice(demo.words["how_going"]))]
    for ruler in RULERS:
        for follow in follow_ups(ruler, ratings[ruler.key], importance=ratings["importance"]):
            _ruler, kind = prompt_ids.parse(follow.prompt_id)
            pool = demo.words[ruler.key] if kind == prompt_ids.WHY_NOT_LOWER \
                else demo.words["higher"]
            if rng.random() < 0.8:
                answers_in.append(AnswerIn(follow.prompt_id, follow.text, rng.choice(pool)))
    if rng.random() < 0.25:
        answers_in.append(AnswerIn(NOTE_ID, NOTE_QUESTION, rng.choice(demo.words["note"])))
    return answers_in


def _add_exploration(db: Database, user_id: int, change_id: int, demo: DemoChange,
                     start: datetime, end: datetime) -> None:
    """Values sorts with reflections, both sides and other angles, and the plan's versions."""
    book = load_prompts()

    def at(progress: float, minutes: int = 0) -> str:
        return clock.stamp(start + (end - start) * progress + timedelta(hours=20, minutes=minutes))

    names = [v.name for v in builtin_values()]
    for number, (when, top) in enumerate(demo.values):
        sort = value_store.start_sort(db, user_id, at=at(when))
        for index, name in enumerate(names):
            pile = "very" if name in top else "important" if index % 5 == number else "not"
            value_store.place_card(db, user_id, sort.id, name, pile)
        value_store.complete_sort(db, user_id, sort.id, top, at=at(when, 25))
        if number == 0:
            for minute, (value, written) in enumerate(demo.reflections.items(), start=30):
                answers.save_answers(db, user_id, change_id, [
                    AnswerIn(prompt_id, book.prompts[prompt_id].render(value=value,
                                                                       change=demo.title), text)
                    for prompt_id, text in written.items()], subject=value,
                    created_at=at(when, minute))
    for when, written in demo.explorations:
        answers.save_answers(db, user_id, change_id, [
            AnswerIn(prompt_id, book.prompts[prompt_id].render(change=demo.title), text)
            for prompt_id, text in written.items()], created_at=at(when))
    for when, fields in demo.plan_versions:
        plans.save_plan(db, user_id, change_id, fields, created_at=at(when))
