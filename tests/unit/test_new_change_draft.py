"""What a person types for a change not made yet is kept, for a reloaded tab or another
visit (changes.new_change_draft), and goes once the change is made."""

from __future__ import annotations

import pytest

from change_journal import accounts, changes
from change_journal.store import deletion, drafts, users
from change_journal.validation import DRAFT_TEXT_CHARS, InputError

PASSWORD = "a long enough password"


@pytest.fixture
def person(db):
    return accounts.sign_up(db, "river", PASSWORD).id


@pytest.mark.engines("sqlite", "postgresql")
def test_the_fields_typed_are_kept_one_by_one_and_read_back(db, person):
    assert changes.new_change_draft(db, person) == {}
    changes.keep_new_change_draft(db, person, None, title="Walk most days")
    changes.keep_new_change_draft(db, person, None, step=1)
    changes.keep_new_change_draft(db, person, None, why_now="My knees.")
    assert changes.new_change_draft(db, person) == {
        "title": "Walk most days", "step": 1, "why_now": "My knees."}
    other = users.create_user(db, "sam", "sam", "not a hash", "person")
    assert changes.new_change_draft(db, other) == {}


@pytest.mark.engines("sqlite", "postgresql")
def test_making_the_change_forgets_the_draft(db, person):
    changes.keep_new_change_draft(db, person, None, title="Walk most days", step=1)
    changes.add_change(db, person, "Walk most days", "My knees.")
    assert changes.new_change_draft(db, person) == {}
    assert db.execute("SELECT COUNT(*) FROM account_drafts").fetchone()[0] == 0


def test_a_change_refused_keeps_the_draft(db, person):
    made = changes.add_change(db, person, "Walk most days")
    changes.keep_new_change_draft(db, person, made, title="walk MOST days")
    with pytest.raises(InputError):
        changes.add_change(db, person, "walk MOST days")
    assert changes.new_change_draft(db, person) == {"title": "walk MOST days"}


def test_a_draft_stored_wrong_gives_only_what_reads_right(db, person):
    drafts.save_account_draft(db, person, changes.NEW_CHANGE_FORM,
                              {"title": ["a", "list"], "why_now": "Fine.", "step": "1", "x": 1})
    assert changes.new_change_draft(db, person) == {"why_now": "Fine."}
    db.execute("UPDATE account_drafts SET payload = '{not json'")
    assert changes.new_change_draft(db, person) == {}


def test_a_huge_box_is_kept_cut_to_the_draft_limit(db, person):
    changes.keep_new_change_draft(db, person, None, why_now="x" * (DRAFT_TEXT_CHARS * 3))
    assert len(changes.new_change_draft(db, person)["why_now"]) == DRAFT_TEXT_CHARS


def test_deleting_the_account_deletes_its_draft(db, person):
    changes.keep_new_change_draft(db, person, None, title="Walk most days")
    deletion.delete_account(db, person)
    assert db.execute("SELECT COUNT(*) FROM account_drafts").fetchone()[0] == 0


@pytest.mark.engines("sqlite", "postgresql")
def test_a_form_drawn_before_a_change_was_made_keeps_nothing_more(db, person):
    """A window left open on the form, after the change was made in another, must not bring
    the draft back (a strict review found it did)."""
    drawn_at = changes.newest_change(db, person)
    assert changes.keep_new_change_draft(db, person, drawn_at, title="Walk most days")
    made = changes.add_change(db, person, "Walk most days")
    assert not changes.keep_new_change_draft(db, person, drawn_at, why_now="My knees.")
    assert changes.new_change_draft(db, person) == {}
    assert changes.keep_new_change_draft(db, person, made, title="Swim on Sundays")
    assert changes.new_change_draft(db, person) == {"title": "Swim on Sundays"}
