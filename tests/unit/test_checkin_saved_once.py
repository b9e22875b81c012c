"""A check-in is saved once however often Save is pressed: a double click, or the same draft
open in two windows, stores one check-in (``checkin.save`` and the draft's ``uid``)."""

from __future__ import annotations

import pytest

from change_journal import checkin
from change_journal.store import changes, checkins, users

pytestmark = pytest.mark.engines("sqlite", "postgresql")

TEXTS = {"checkin.how_going": "Three dry nights.", "checkin.note": "Long answer. " * 300}


@pytest.fixture
def person(db):
    user_id = users.create_user(db, "alex", "alex", "hash")
    change_id = changes.add_change(db, user_id, "Drink less during the week")
    return user_id, changes.get_change(db, user_id, change_id)


def finished(db, user_id: int, change) -> dict:
    """The person's draft as the page holds it at the last step, stored as the page stores it."""
    draft = checkin.load_draft(db, user_id, change.id)
    draft.update(ratings={"importance": 8, "confidence": 5, "readiness": 6}, texts=dict(TEXTS),
                 step=4)
    checkin.keep_draft(db, user_id, change.id, draft, {})
    return draft


def count(db, user_id: int, change) -> tuple[int, int]:
    """(check-ins, written answers) stored for the change."""
    stored = checkins.list_checkins(db, user_id, change.id)
    return len(stored), len(checkins.checkin_answers(db, user_id, change.id))


def test_a_draft_carries_a_uid_of_its_own_that_survives_being_kept(db, person):
    user_id, change = person
    draft = finished(db, user_id, change)
    assert len(draft["uid"]) == 36
    assert checkin.load_draft(db, user_id, change.id)["uid"] == draft["uid"]
    checkin.save(db, user_id, change, draft, tz="UTC")
    assert checkin.load_draft(db, user_id, change.id)["uid"] != draft["uid"]  # the next one's


def test_saving_the_same_draft_twice_stores_one_check_in(db, person):
    user_id, change = person
    draft = finished(db, user_id, change)
    checkin.save(db, user_id, change, draft, tz="UTC")
    with pytest.raises(checkin.AlreadySaved):
        checkin.save(db, user_id, change, draft, tz="UTC")
    assert count(db, user_id, change) == (1, 2)


def test_the_run_that_finds_it_saved_gets_what_saving_returned(db, person):
    """A double click: the second run shows the reflection the first run never reached."""
    user_id, change = person
    first = checkin.save(db, user_id, change, finished(db, user_id, change), tz="UTC")
    draft = finished(db, user_id, change)
    second = checkin.save(db, user_id, change, draft, tz="UTC")
    assert second.before is not None and second.turn == 1
    assert checkin.saved_before(db, user_id, change, draft) == second
    assert checkin.saved_before(db, user_id, change, {"uid": "never saved"}) is None
    assert first.turn == 0


def test_a_second_window_that_stored_the_saved_draft_again_saves_nothing_and_forgets_it(db, person):
    user_id, change = person
    first = finished(db, user_id, change)
    second = checkin.load_draft(db, user_id, change.id)  # the same draft, in another window
    checkin.save(db, user_id, change, first, tz="UTC")
    second["texts"]["checkin.note"] = "Typed afterwards in the other window."
    assert checkin.keep_draft(db, user_id, change.id, second, {})  # stored again by its run
    with pytest.raises(checkin.AlreadySaved):
        checkin.save(db, user_id, change, second, tz="UTC")
    assert count(db, user_id, change) == (1, 2)
    assert checkin.load_draft(db, user_id, change.id)["uid"] not in {first["uid"], second["uid"]}


def test_a_newer_draft_is_kept_when_an_old_window_tries_to_save_again(db, person):
    user_id, change = person
    old = finished(db, user_id, change)
    checkin.save(db, user_id, change, old, tz="UTC")
    newer = finished(db, user_id, change)  # the next check-in, begun in the first window
    with pytest.raises(checkin.AlreadySaved):
        checkin.save(db, user_id, change, old, tz="UTC")
    assert checkin.load_draft(db, user_id, change.id) == newer
    checkin.save(db, user_id, change, newer, tz="UTC")
    assert count(db, user_id, change) == (2, 4)


def test_a_draft_kept_before_drafts_had_a_uid_still_saves_once_loaded(db, person):
    user_id, change = person
    plain = {"ratings": {"importance": 8, "confidence": 5, "readiness": 6},
             "texts": {"checkin.how_going": "Fine."}, "step": 4}
    checkin.save(db, user_id, change, plain, tz="UTC")  # no uid: one is made for it
    checkin.save(db, user_id, change, plain, tz="UTC")
    uids = {row[0] for row in db.execute("SELECT uid FROM checkins").fetchall()}
    assert count(db, user_id, change) == (2, 2) and len(uids) == 2 and None not in uids
