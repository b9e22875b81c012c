"""Benchmark databases: people with long daily histories and coaches with many clients.

Every history ends today (the moment the database is built), because the Progress page's time
ranges count back from now: a dataset that ended on a fixed date would slowly empty the "Month"
and "Quarter" ranges and flatter every ratio. Built straight through the store (one
transaction per person) in a folder the caller chooses.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlite_utils import Database

from change_journal import accounts, sharing, talk  # noqa: F401 (talk plugs in the counting)
from change_journal.checkin import HOW_GOING_AGAIN, HOW_GOING_ID
from change_journal.demo import CHANGES
from change_journal.rulers import RULERS, follow_ups
from change_journal.store import changes, open_db, transaction, users
from change_journal.store.checkins import AnswerIn, save_checkin

PASSWORD = "benchmark password"
CHANGE_TITLES = ("Drink less during the week", "Walk most days", "Sleep before midnight")


def now() -> datetime:
    """The end of every history: the current moment, in UTC."""
    return datetime.now(UTC)


def daily_stamps(count: int) -> list[str]:
    """``count`` stored times a day apart (closer, if a day apart would start before 1901),
    oldest first, the last an hour ago: an import refuses times before 1900 or in the future."""
    end = now() - timedelta(hours=1)
    step = min(timedelta(days=1), (end - datetime(1901, 1, 1, tzinfo=UTC)) / max(count, 1))
    return [(end - step * (count - 1 - n)).isoformat(timespec="microseconds")
            for n in range(count)]


def _sentence(rng: random.Random, pool: tuple[str, ...], words: int = 2) -> str:
    """A realistic answer: two of the demo person's sentences (about 100-200 characters)."""
    return " ".join(rng.choice(pool) for _ in range(words))


def _ratings(rng: random.Random, day: int, days: int) -> dict[str, int]:
    progress = day / max(days, 1)
    return {r.key: max(0, min(10, round(3 + 5 * progress + rng.choice((-1, 0, 1)))))
            for r in RULERS}


def add_person(db: Database, username: str, *, days: int, changes_count: int = 3,
               every_days: int = 1, seed: int = 1,
               end: datetime | None = None) -> tuple[accounts.Account, list[int]]:
    """A person with ``changes_count`` changes and a check-in every ``every_days`` for the
    ``days`` before ``end`` (default: now), every follow-up question answered."""
    rng = random.Random(seed)
    account = accounts.sign_up(db, username, PASSWORD)
    pools = CHANGES[0].words
    change_ids = []
    end = end or now()
    start = end - timedelta(days=days)
    with transaction(db):
        for title in CHANGE_TITLES[:changes_count]:
            change_id = changes.add_change(db, account.id, title, "Why now, in my words.",
                                           created_at=start.isoformat())
            change_ids.append(change_id)
            for day in range(0, days, every_days):
                ratings = _ratings(rng, day, days)
                answers = [AnswerIn(HOW_GOING_ID, HOW_GOING_AGAIN, _sentence(rng, pools["how_going"]))]
                for ruler in RULERS:
                    for follow in follow_ups(ruler, ratings[ruler.key]):
                        pool = pools["higher"] if follow.prompt_id.endswith(
                            ("what_would_it_take", "zero")) else pools[ruler.key]
                        answers.append(AnswerIn(follow.prompt_id, follow.text, _sentence(rng, pool)))
                # Day ``day`` of the history, at a time of day between 1 and 16 hours before
                # ``end``'s clock time: the newest check-in is always in the past.
                stamp = (start + timedelta(days=day + 1, hours=-rng.randrange(1, 17))).isoformat()
                save_checkin(db, account.id, change_id, ratings, answers, created_at=stamp)
    return account, change_ids


def person_database(folder: Path, name: str, days: int, *,
                    changes_count: int = 3) -> tuple[Path, accounts.Account, list[int]]:
    """A database file holding one person with daily check-ins on ``changes_count`` changes for
    the ``days`` up to now (change talk counted as each check-in is saved, as in the app)."""
    path = folder / f"{name}.db"
    db = open_db(path)
    account, change_ids = add_person(db, "person", days=days, changes_count=changes_count)
    db.close()
    return path, account, change_ids


def coach_database(folder: Path, clients: int, weeks: int = 52) -> tuple[Path, accounts.Account]:
    """A coach followed by ``clients`` people, each sharing one change with a year of weekly
    check-ins up to now (accounts are made directly in the store: hashing passwords is not
    measured). The coach's password is :data:`PASSWORD`, so a browser can sign in."""
    path = folder / f"coach_{clients}.db"
    db = open_db(path)
    rng = random.Random(clients)
    coach = accounts.sign_up(db, "coach", PASSWORD, role="coach")
    end = now()
    start = end - timedelta(weeks=weeks)
    with transaction(db):
        for n in range(clients):
            client_id = users.create_user(db, f"client{n}", f"client{n}", "not used")
            change_id = changes.add_change(db, client_id, CHANGE_TITLES[n % 3],
                                           created_at=start.isoformat())
            for week in range(weeks):
                ratings = _ratings(rng, week, weeks)
                stamp = (start + timedelta(weeks=week + 1, hours=-rng.randrange(1, 17))).isoformat()
                save_checkin(db, client_id, change_id, ratings,
                             [AnswerIn(HOW_GOING_ID, HOW_GOING_AGAIN, "A fairly ordinary week.")],
                             created_at=stamp)
            sharing.share_with_coach(db, client_id, "coach", [change_id], now=end)
            sharing.accept(db, coach.id, client_id)  # a share by username waits for the coach
    db.close()
    return path, coach
