"""A check-in is saved once however often Save is pressed: a double click, or the same draft
open in two windows, stores one check-in (``checkin.save`` and the draft's ``uid``); what a
second window adds after the first saved becomes a check-in of its own, never lost."""

from __future__ import annotations

import copy
import json

import pytest

from change_journal import checkin, prompts
from change_journal.store import changes, checkins, drafts, transaction, users
from change_journal.validation import DRAFT_TEXT_CHARS

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


def saved_in_one_window(db, user_id: int, change) -> tuple[dict, dict]:
    """The draft saved in a first window, and the same draft still open in a second."""
    first = finished(db, user_id, change)
    second = checkin.load_draft(db, user_id, change.id)
    checkin.save(db, user_id, change, first, tz="UTC")
    return first, second


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
    assert drafts.load_draft(db, user_id, checkin.FORM, change.id) == {}
    assert checkin.load_draft(db, user_id, change.id)["uid"] != draft["uid"]  # the next one's


def test_saving_the_same_draft_twice_stores_one_check_in_and_returns_it(db, person):
    user_id, change = person
    checkin.save(db, user_id, change, finished(db, user_id, change), tz="UTC")
    draft = finished(db, user_id, change)
    saved = checkin.save(db, user_id, change, draft, tz="UTC")
    with pytest.raises(checkin.SavedBefore) as again:
        checkin.save(db, user_id, change, draft, tz="UTC")
    assert again.value.saved == saved  # what the first click's run would have shown
    assert saved.before is not None and saved.turn == 1
    assert count(db, user_id, change) == (2, 4)


def test_a_window_left_open_never_brings_a_saved_draft_back(db, person):
    user_id, change = person
    first, second = saved_in_one_window(db, user_id, change)
    assert drafts.save_draft(db, user_id, checkin.FORM, change.id, second) is False
    assert drafts.load_draft(db, user_id, checkin.FORM, change.id) == {}
    with pytest.raises(checkin.SavedBefore):  # unchanged there: saved once
        checkin.save(db, user_id, change, second, tz="UTC")
    assert count(db, user_id, change) == (1, 2)


def test_going_back_and_on_in_a_window_left_open_saves_nothing_more(db, person):
    """A step taken says nothing new: the draft is not kept again and Save shows what was saved."""
    user_id, change = person
    first, second = saved_in_one_window(db, user_id, change)
    for step in (3, 4):  # Back, then Next
        kept = dict(second)
        second["step"] = step
        assert not checkin.keep_draft(db, user_id, change.id, second, kept)
    assert second["uid"] == first["uid"]
    with pytest.raises(checkin.SavedBefore):
        checkin.save(db, user_id, change, second, tz="UTC")
    assert count(db, user_id, change) == (1, 2)


def test_what_a_second_window_adds_after_the_first_saved_is_a_check_in_of_its_own(db, person):
    user_id, change = person
    first, second = saved_in_one_window(db, user_id, change)
    kept = dict(second, texts=dict(second["texts"]))
    second["texts"]["checkin.note"] = "Typed afterwards in the other window."
    assert checkin.keep_draft(db, user_id, change.id, second, kept)  # stored, as a new one
    assert second["uid"] != first["uid"]
    assert checkin.load_draft(db, user_id, change.id) == second
    assert not checkin.save(db, user_id, change, second, tz="UTC").on_its_own  # kept as new
    with pytest.raises(checkin.SavedBefore):  # and saved once
        checkin.save(db, user_id, change, second, tz="UTC")
    assert count(db, user_id, change) == (2, 4)


def test_a_changed_window_that_saves_before_it_was_kept_saves_a_check_in_of_its_own(db, person):
    """Typed and saved in one run (the run keeps the draft only after the click): the words
    differ from what was saved, so they are saved, and the newer draft of the first window
    stays."""
    user_id, change = person
    first, second = saved_in_one_window(db, user_id, change)
    newer = finished(db, user_id, change)  # the next check-in, begun in the first window
    second["texts"]["checkin.note"] = "Typed just before Save."
    assert checkin.save(db, user_id, change, second, tz="UTC").on_its_own
    with pytest.raises(checkin.SavedBefore):  # pressed again: saved once
        checkin.save(db, user_id, change, second, tz="UTC")
    assert count(db, user_id, change) == (2, 4)
    assert checkin.load_draft(db, user_id, change.id) == newer


def test_a_draft_kept_before_drafts_had_a_uid_is_saved_once_from_two_windows(db, person):
    user_id, change = person
    old = {"ratings": {"importance": 8, "confidence": 5, "readiness": 6},
           "texts": {"checkin.how_going": "Fine."}, "step": 4}
    drafts.save_draft(db, user_id, checkin.FORM, change.id, old)
    first = checkin.load_draft(db, user_id, change.id)
    second = checkin.load_draft(db, user_id, change.id)
    assert first["uid"] == second["uid"]  # stored by the first to open it
    checkin.save(db, user_id, change, first, tz="UTC")
    with pytest.raises(checkin.SavedBefore):
        checkin.save(db, user_id, change, second, tz="UTC")
    assert count(db, user_id, change) == (1, 1)


def test_a_saved_draft_kept_again_before_this_check_existed_is_forgotten_when_opened(db, person):
    user_id, change = person
    draft = finished(db, user_id, change)
    checkin.save(db, user_id, change, draft, tz="UTC")
    with transaction(db):  # as a window left open kept it before drafts were checked
        db.execute("INSERT INTO drafts (user_id, form, change_id, payload, updated_at)"
                   " VALUES (?, ?, ?, ?, ?)",
                   [user_id, checkin.FORM, change.id, json.dumps(draft), "2026-01-01"])
    opened = checkin.load_draft(db, user_id, change.id)
    assert opened["uid"] != draft["uid"] and opened["texts"] == {}


def test_two_windows_on_one_draft_keep_each_others_words_and_their_own_changes_win(db, person):
    user_id, change = person
    first = checkin.load_draft(db, user_id, change.id)
    second = copy.deepcopy(first)
    first_kept, second_kept = copy.deepcopy(first), copy.deepcopy(second)
    first["texts"]["checkin.how_going"] = "Three dry nights."
    first["ratings"]["importance"] = 0  # a rating of 0 is a rating
    assert checkin.keep_draft(db, user_id, change.id, first, first_kept)
    # The second window, left open, takes a step and writes its own note: the first window's
    # words and rating stand, and come into the second window's draft.
    second["step"] = 1
    second["texts"]["checkin.how_going"] = ""  # its box, drawn empty and left alone
    second_kept["texts"]["checkin.how_going"] = ""
    second["texts"]["checkin.note"] = "Busy week."
    assert checkin.keep_draft(db, user_id, change.id, second, second_kept)
    stored = drafts.load_draft(db, user_id, "checkin", change.id)
    assert stored["texts"] == {"checkin.how_going": "Three dry nights.", "checkin.note": "Busy week."}
    assert stored["ratings"] == {"importance": 0} and second["ratings"] == {"importance": 0}
    # What a window changes itself wins over what the other kept.
    second_kept = copy.deepcopy(second)
    second["texts"]["checkin.how_going"] = "Two dry nights, really."
    checkin.keep_draft(db, user_id, change.id, second, second_kept)
    assert drafts.load_draft(db, user_id, "checkin", change.id)["texts"]["checkin.how_going"] == \
        "Two dry nights, really."


def test_a_box_pasted_full_of_megabytes_is_kept_as_a_draft_only_up_to_twice_the_limit(db, person):
    """Every rerun stores the draft: without a bound, whatever a box holds (Streamlit takes up to
    hundreds of megabytes) would be written each time."""
    user_id, change = person
    pasted = "x" * (50 * DRAFT_TEXT_CHARS)
    draft = checkin.load_draft(db, user_id, change.id)
    draft.update(texts={"checkin.how_going": pasted}, step=4)
    checkin.keep_draft(db, user_id, change.id, draft, {})
    kept = drafts.load_draft(db, user_id, checkin.FORM, change.id)
    assert kept["texts"]["checkin.how_going"] == "x" * DRAFT_TEXT_CHARS
    assert draft["texts"]["checkin.how_going"] == pasted  # the page's own copy is untouched
    prompts.keep_draft(db, user_id, "plan", change.id, {}, {"goal": pasted})
    assert drafts.load_draft(db, user_id, "plan", change.id) == {"goal": "x" * DRAFT_TEXT_CHARS}
