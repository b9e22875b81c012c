"""A new session (a reloaded tab, a sign-in) opens on the active change the person last wrote
in, not on their oldest (changes.last_written)."""

from __future__ import annotations

from change_journal import changes
from change_journal.store import answers, checkins, users
from change_journal.store.answers import AnswerIn

RATINGS = {"importance": 6, "confidence": 4, "readiness": 5}


def test_no_change_means_none(db):
    person = users.create_user(db, "river", "river", "hash")
    assert changes.last_written(db, person) is None


def test_the_change_last_checked_in_on_wins_over_the_oldest_and_the_newest(db):
    person = users.create_user(db, "river", "river", "hash")
    oldest = changes.add_change(db, person, "Walk more")
    middle = changes.add_change(db, person, "Drink less")
    changes.add_change(db, person, "Sleep by eleven")
    checkins.save_checkin(db, person, oldest, RATINGS, [], created_at="2026-01-01T09:00:00+00:00")
    checkins.save_checkin(db, person, middle, RATINGS, [])
    newest = changes.list_changes(db, person)[-1].id
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
