"""A new session (a reloaded tab, a sign-in) opens on the active change the person last wrote
in, not on their oldest (changes.last_written)."""

from __future__ import annotations

import pytest

from change_journal import changes
from change_journal.store import answers, checkins, users
from change_journal.store import changes as change_store
from change_journal.store.answers import AnswerIn

pytestmark = pytest.mark.engines("sqlite", "postgresql")

RATINGS = {"importance": 6, "confidence": 4, "readiness": 5}
MONDAY, TUESDAY, WEDNESDAY = (f"2026-06-0{day}T09:00:00.000000+00:00" for day in (1, 2, 3))


def test_no_change_means_none(db):
    person = users.create_user(db, "river", "river", "hash")
    assert changes.last_written(db, person) is None


def test_the_change_last_checked_in_on_wins_over_the_oldest_and_the_newest(db):
    person = users.create_user(db, "river", "river", "hash")
    oldest = change_store.add_change(db, person, "Walk more", created_at=MONDAY)
    middle = change_store.add_change(db, person, "Drink less", created_at=MONDAY)
    newest = change_store.add_change(db, person, "Sleep by eleven", created_at=TUESDAY)
    checkins.save_checkin(db, person, oldest, RATINGS, [], created_at=MONDAY)
    checkins.save_checkin(db, person, middle, RATINGS, [], created_at=WEDNESDAY)
    # The change started last counts as written when it was started, before the check-in.
    assert changes.last_written(db, person) == middle
    answers.save_answers(db, person, newest, [AnswerIn("values.meaning", "What?", "Rest")])
    assert changes.last_written(db, person) == newest


def test_an_archived_change_is_never_the_one(db):
    person = users.create_user(db, "river", "river", "hash")
    kept = changes.add_change(db, person, "Walk more")
    archived = changes.add_change(db, person, "Drink less")
    checkins.save_checkin(db, person, archived, RATINGS, [])
    changes.archive_change(db, person, archived, stop_sharing=False)
    assert changes.last_written(db, person) == kept


def test_only_the_persons_own_changes_count(db):
    river = users.create_user(db, "river", "river", "hash")
    sam = users.create_user(db, "sam", "sam", "hash")
    own = changes.add_change(db, river, "Walk more")
    theirs = changes.add_change(db, sam, "Drink less")
    checkins.save_checkin(db, sam, theirs, RATINGS, [])
    assert changes.last_written(db, river) == own
