"""Demo data: an account called ``demo`` with about six months of plausible check-ins.

Everything is generated from a fixed seed, in the voice of one person working on two changes,
so a newcomer sees charts and words at once.
"""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlite_utils import Database

from change_journal import accounts
from change_journal.checkin import HOW_GOING_AGAIN, HOW_GOING_ID, NOTE_ID, NOTE_QUESTION
from change_journal.rulers import RULERS, follow_ups
from change_journal.store import changes, transaction, users
from change_journal.store.checkins import AnswerIn, save_checkin

DEMO_USERNAME = "demo"
DAYS = 182


@dataclass(frozen=True)
class DemoChange:
    title: str
    why_now: str
    start: dict[str, float]
    end: dict[str, float]
    words: dict[str, tuple[str, ...]]


CHANGES = (
    DemoChange(
        title="Drink less during the week",
        why_now="I keep waking up tired on workdays and I want my evenings back.",
        start={"importance": 6, "confidence": 3, "readiness": 4},
        end={"importance": 8, "confidence": 7, "readiness": 8},
        words={
            "how_going": (
                "Two alcohol-free evenings this week. Friday was harder than I expected.",
                "Mostly fine. I noticed I reach for a glass when work runs late.",
                "A rough week, I drank most nights. Writing it down helps me see the pattern.",
                "I swapped the after-work beer for a walk twice and slept better.",
                "Quiet week. I didn't buy wine with the shopping, which made it easier.",
                "Honestly, wine still helps me relax after a long day.",
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
    ),
    DemoChange(
        title="Walk most days",
        why_now="My back aches after sitting all day and I miss being outside.",
        start={"importance": 7, "confidence": 5, "readiness": 5},
        end={"importance": 8, "confidence": 8, "readiness": 7},
        words={
            "how_going": (
                "Walked four days out of seven, mostly at lunch.",
                "The rain put me off this week, I only went out twice.",
                "Found a route by the river that I actually look forward to.",
                "Busy week, but I took the stairs and walked to the station.",
                "I like my lazy evenings on the sofa, to be honest.",
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
    """Create the ``demo`` account with two changes and six months of check-ins.

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
    end = (now or datetime.now(UTC)).replace(microsecond=0)
    start = end - timedelta(days=DAYS)
    with transaction(db):
        for demo in CHANGES:
            change_id = changes.add_change(db, account.id, demo.title, demo.why_now,
                                           created_at=start.isoformat(timespec="microseconds"))
            _add_history(db, account.id, change_id, demo, rng, start, end)
    return account, password


def _add_history(db: Database, user_id: int, change_id: int, demo: DemoChange,
                 rng: random.Random, start: datetime, end: datetime) -> None:
    day = start + timedelta(days=1)
    while day < end:
        progress = (day - start) / (end - start)
        ratings = {
            key: max(0, min(10, round(demo.start[key] + (demo.end[key] - demo.start[key]) * progress
                                      + rng.choice((-1, 0, 0, 0, 1)))))
            for key in demo.start
        }
        stamp = day.replace(hour=rng.choice((7, 12, 19, 21)), minute=rng.randrange(60))
        save_checkin(db, user_id, change_id, ratings, _answers(demo, ratings, rng),
                     created_at=stamp.isoformat(timespec="microseconds"))
        day += timedelta(days=rng.choice((2, 3, 3, 4, 5)))


def _answers(demo: DemoChange, ratings: dict[str, int], rng: random.Random) -> list[AnswerIn]:
    answers = [AnswerIn(HOW_GOING_ID, HOW_GOING_AGAIN, rng.choice(demo.words["how_going"]))]
    for ruler in RULERS:
        for follow in follow_ups(ruler, ratings[ruler.key], importance=ratings["importance"]):
            pool = demo.words["higher"] if follow.prompt_id.endswith(("what_would_it_take", "zero")) \
                else demo.words[ruler.key]
            if rng.random() < 0.8:
                answers.append(AnswerIn(follow.prompt_id, follow.text, rng.choice(pool)))
    if rng.random() < 0.25:
        answers.append(AnswerIn(NOTE_ID, NOTE_QUESTION, rng.choice(demo.words["note"])))
    return answers
