"""The change plan: its worksheet, when it is offered, validation and versioning."""

from __future__ import annotations

import pytest

from change_journal import plans, prompts
from change_journal.config import MAX_TEXT_CHARS
from change_journal.store import changes, drafts, users
from change_journal.store.changes import NotYours
from change_journal.store.plans import FIELDS, save_plan
from change_journal.validation import InputError

BOOK = prompts.load_prompts()


@pytest.fixture
def person(db):
    user_id = users.create_user(db, "alex", "alex", "hash")
    return user_id, changes.add_change(db, user_id, "Walk most days")


def test_the_worksheet_asks_every_field_of_the_guide_in_order():
    labels = [p.label for p in plans.worksheet(BOOK)]
    assert labels == ["The change I want to make", "Why it matters to me", "Steps and when",
                      "Who can help", "How I'll know it's working", "What could get in the way"]
    assert [plans.field_of(p) for p in plans.worksheet(BOOK)] == list(FIELDS)


def test_saving_creates_numbered_versions_and_keeps_the_earlier_ones(db, person):
    user_id, change_id = person
    first = plans.save_version(db, user_id, change_id, BOOK, {"goal": "Walk", "steps": "Lunch"})
    second = plans.save_version(db, user_id, change_id, BOOK, {"goal": "Walk daily"})
    assert (first, second) == (1, 2)
    saved = plans.versions(db, user_id, change_id)
    assert [(v.version, v.fields["goal"], v.fields["steps"]) for v in saved] == [
        (1, "Walk", "Lunch"), (2, "Walk daily", "")]


def test_versions_are_counted_per_change(db, person):
    user_id, change_id = person
    other_change = changes.add_change(db, user_id, "Sleep earlier")
    plans.save_version(db, user_id, change_id, BOOK, {"goal": "Walk"})
    assert plans.save_version(db, user_id, other_change, BOOK, {"goal": "Bed by 11"}) == 1


def test_an_unchanged_plan_is_not_saved_again(db, person):
    user_id, change_id = person
    plans.save_version(db, user_id, change_id, BOOK, {"goal": "Walk", "steps": "Lunch"})
    with pytest.raises(InputError, match="same as version 1"):
        plans.save_version(db, user_id, change_id, BOOK, {"goal": " Walk ", "steps": "Lunch\n"})
    assert len(plans.versions(db, user_id, change_id)) == 1


@pytest.mark.parametrize(("texts", "message"), [
    ({"goal": ""}, r"The answer to “What change do you want to make\?” is empty"),
    ({"goal": "   ", "steps": "Lunch walks"}, "is empty"),
    ({"goal": "Walk", "signs": "x" * (MAX_TEXT_CHARS + 1)}, "How will you know it is working"),
])
def test_a_bad_plan_is_refused_with_a_clear_message_and_nothing_saved(db, person, texts, message):
    user_id, change_id = person
    with pytest.raises(InputError, match=message):
        plans.save_version(db, user_id, change_id, BOOK, texts)
    assert plans.versions(db, user_id, change_id) == []


def test_saving_clears_the_draft_in_the_same_go(db, person):
    user_id, change_id = person
    prompts.keep_draft(db, user_id, plans.FORM, change_id, {}, {"goal": "Walk"})
    plans.save_version(db, user_id, change_id, BOOK, {"goal": "Walk"})
    assert drafts.load_draft(db, user_id, plans.FORM, change_id) == {}


@pytest.mark.parametrize(("draft", "saved", "expected", "from_draft"), [
    ({}, None, {"goal": "Walk most days"}, False),
    ({}, {"goal": "Walk", "steps": "Lunch"}, {"goal": "Walk", "steps": "Lunch"}, False),
    ({"goal": "Walk more"}, {"goal": "Walk"}, {"goal": "Walk more"}, True),
])
def test_the_worksheet_opens_with_the_draft_else_the_latest_version_else_the_change(
        db, person, draft, saved, expected, from_draft):
    user_id, change_id = person
    if saved:
        plans.save_version(db, user_id, change_id, BOOK, saved)
    if draft:
        prompts.keep_draft(db, user_id, plans.FORM, change_id, {}, draft)
    versions = plans.versions(db, user_id, change_id)
    start = plans.starting_text(db, user_id, change_id, "Walk most days",
                                versions[-1] if versions else None)
    assert {k: v for k, v in start.texts.items() if v} == expected
    assert start.from_draft is from_draft


def test_discarding_the_draft_leaves_saved_versions_alone(db, person):
    user_id, change_id = person
    plans.save_version(db, user_id, change_id, BOOK, {"goal": "Walk"})
    prompts.keep_draft(db, user_id, plans.FORM, change_id, {}, {"goal": "Run"})
    plans.discard_draft(db, user_id, change_id)
    assert drafts.load_draft(db, user_id, plans.FORM, change_id) == {}
    assert len(plans.versions(db, user_id, change_id)) == 1


def test_a_version_reads_back_as_labelled_pairs_without_empty_fields(db, person):
    user_id, change_id = person
    plans.save_version(db, user_id, change_id, BOOK, {"goal": "Walk", "helpers": "My sister"})
    [version] = plans.versions(db, user_id, change_id)
    assert plans.as_pairs(BOOK, version) == [("The change I want to make", "Walk"),
                                             ("Who can help", "My sister")]


def test_another_persons_change_cannot_get_a_plan(db, person):
    _user_id, change_id = person
    other = users.create_user(db, "sam", "sam", "hash")
    with pytest.raises(NotYours):
        save_plan(db, other, change_id, {"goal": "Taken over"})
    assert plans.versions(db, other, change_id) == []
