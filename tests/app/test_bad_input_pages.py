"""Bad input on the pages themselves, through AppTest: the limit stated beside each box, a client
that sends more than the browser allows, writing over its limit refused and kept, and each
form's message for a refusal, with nothing saved. The table of bad input for the core and the
import is tests/unit/test_bad_input.py; its helpers are reused here."""

from __future__ import annotations

import json
from contextlib import closing

import pytest

from change_journal import accounts, checkin, export, sharing
from change_journal.config import MAX_TEXT_CHARS, MAX_TITLE_CHARS
from change_journal.store import changes, checkins, drafts, open_db, users
from change_journal.store import sharing as shared_store
from change_journal.store.checkins import AnswerIn
from change_journal.validation import DRAFT_TEXT_CHARS, limit_help
from tests.app.conftest import click, seed_account, sign_in, sign_in_as
from tests.unit.test_bad_input import MIB_OF_TEXT, PASSWORD, Journal, check_in, ratings, rows


def journal_rows(app_db, leave_out=("drafts", "sign_in_failures")) -> dict:
    with closing(open_db(app_db)) as db:
        return rows(db, leave_out=leave_out)


def test_a_name_is_cut_at_its_limit_and_a_megabyte_of_writing_is_refused_and_kept(new_app, app_db):
    """A box for the person's own words, a name or writing, takes any length, so a long paste
    is never lost (a name box used to drop it whole, silently): saving refuses it with the
    limit named, keeps it in the box and says by how much it is over."""
    seed_account(app_db, "river")
    at = sign_in(new_app(), "river")
    name = at.text_input[0]
    assert not name.max_chars and f"Up to {MAX_TITLE_CHARS:,} characters." in name.help
    long_name = "Walk to work along the canal every weekday morning, " * 3
    name.set_value(long_name).run()
    over = f"{len(long_name.strip()) - MAX_TITLE_CHARS:,} over the limit of {MAX_TITLE_CHARS:,}"
    assert any(over in c.value for c in at.caption)
    click(at, "Next")  # the first change asks one thing at a time
    assert f"the limit is {MAX_TITLE_CHARS:,}" in at.error[0].value
    assert at.text_input[0].value == long_name
    at.text_input[0].set_value(MIB_OF_TEXT[:MAX_TITLE_CHARS])
    click(at, "Next")
    why = at.text_area[0]
    assert not why.max_chars and f"Up to {MAX_TEXT_CHARS:,} characters." in why.help
    why.set_value(MIB_OF_TEXT).run()
    over = f"{len(MIB_OF_TEXT) - MAX_TEXT_CHARS:,} over the limit of {MAX_TEXT_CHARS:,}"
    assert any(over in c.value for c in at.caption)
    # What a draft keeps beyond the open page is said, not promised whole (a new user's walk).
    assert any(f"only its first {DRAFT_TEXT_CHARS:,} characters are kept" in c.value
               for c in at.caption)
    click(at, "Start working on this")
    assert f"the limit is {MAX_TEXT_CHARS:,}" in at.error[0].value
    assert at.text_area[0].value == MIB_OF_TEXT
    with closing(open_db(app_db)) as db:
        assert changes.list_changes(db, users.find_user(db, "river").id) == []
    at.text_area[0].set_value("My back aches after sitting all day.")
    click(at, "Start working on this")
    with closing(open_db(app_db)) as db:
        (change,) = changes.list_changes(db, users.find_user(db, "river").id)
    assert len(change.title) == MAX_TITLE_CHARS


@pytest.mark.parametrize(("username", "password", "repeat", "message"), [
    ("", PASSWORD, PASSWORD, "Choose a username"),
    ("ab", PASSWORD, PASSWORD, "3 to 32 characters"),
    ("Robert'); DROP TABLE users;--", PASSWORD, PASSWORD, "letters, digits"),
    ("meadow", PASSWORD, PASSWORD + "!", "The two passwords are different"),
    ("meadow", "password1234", "password1234", "most common"),
    ("RIVER", PASSWORD, PASSWORD, "is taken"),
])
def test_the_sign_up_form_explains_every_refusal(new_app, app_db, username, password, repeat,
                                                 message):
    seed_account(app_db, "river")
    at = new_app()
    before = journal_rows(app_db)
    at.text_input(key="sign_up_username").input(username)
    at.text_input(key="sign_up_password").input(password)
    at.text_input(key="sign_up_repeat").input(repeat)
    click(at, "Create my account")
    assert message in at.error[0].value
    assert "account" not in at.session_state
    assert journal_rows(app_db) == before


def test_the_sign_up_form_lists_every_problem_at_once(new_app, app_db):
    at = new_app()
    before = journal_rows(app_db)
    at.text_input(key="sign_up_username").input("  maya \U0001f600 ")
    at.text_input(key="sign_up_password").input("short")
    at.text_input(key="sign_up_repeat").input("shorter")
    click(at, "Create my account")
    (shown,) = [e.value for e in at.error]
    assert [line[:2] for line in shown.splitlines()] == ["- "] * 3
    assert "letters, digits" in shown and "at least" in shown
    assert "The two passwords are different" in shown
    assert journal_rows(app_db) == before


@pytest.mark.parametrize("coach", ["x" * 1000, "7KQ2-M9XD-4HT", "' OR 1=1 --", "river", "ｒｉｖｅｒ"])
def test_the_sharing_form_refuses_unknown_coaches_and_codes(new_app, app_db, coach):
    seed_account(app_db, "river")
    at = sign_in(new_app(), "river")
    with closing(open_db(app_db)) as db:
        changes.add_change(db, users.find_user(db, "river").id, "Walk most days")
    at.switch_page("pages/sharing.py").run()
    before = journal_rows(app_db)
    at.text_input(key="share_coach").set_value(coach)
    click(at, "Share")
    assert "No coach account matches" in at.error[0].value
    assert journal_rows(app_db) == before


def test_a_coach_note_over_its_stated_limit_is_refused_and_kept(new_app, app_db):
    with closing(open_db(app_db)) as db:
        person = accounts.sign_up(db, "river", PASSWORD).id
        accounts.sign_up(db, "coach-ada", PASSWORD, "coach")
        change_id = changes.add_change(db, person, "Walk most days")
        sharing.share_with_coach(db, person, "coach-ada", [change_id])
        sharing.accept(db, users.find_user(db, "coach-ada").id, person)
    at = sign_in(new_app(), "coach-ada")
    at.query_params.update({"client": str(person), "change": str(change_id)})
    at.switch_page("pages/coach_client.py").run()
    box = at.text_area[0]
    assert f"{MAX_TEXT_CHARS:,}" in box.help
    box.set_value(MIB_OF_TEXT)
    click(at, "Save note")
    assert f"the limit is {MAX_TEXT_CHARS:,}" in at.error[0].value
    assert any(f"over the limit of {MAX_TEXT_CHARS:,}" in c.value for c in at.caption)
    assert at.text_area[0].value == MIB_OF_TEXT
    with closing(open_db(app_db)) as db:
        assert shared_store.list_notes(db, users.find_user(db, "coach-ada").id, person) == []


def test_a_tampered_check_in_draft_is_refused_with_a_message(new_app, app_db):
    seed_account(app_db, "river")
    at = sign_in(new_app(), "river")
    with closing(open_db(app_db)) as db:
        person = users.find_user(db, "river").id
        change_id = changes.add_change(db, person, "Walk most days")
        drafts.save_draft(db, person, checkin.FORM, change_id,
                          {"ratings": {"importance": "11", "confidence": 4, "readiness": 5},
                           "texts": {checkin.NOTE_ID: MIB_OF_TEXT}, "step": 4})
    before = journal_rows(app_db)
    at.run()
    click(at, "Save check-in")
    assert "Choose a whole number from 0 to 10 for importance" in at.error[0].value
    assert journal_rows(app_db) == before


@pytest.mark.parametrize("token", ["", "short", "' OR 1=1 --", "x" * 5000])
def test_a_wrong_link_shows_the_neutral_page(new_app, token):
    at = new_app()
    at.query_params["token"] = token
    at.switch_page("pages/shared_link.py").run()
    assert not at.exception
    assert [t.value for t in at.title] == ["This link is not valid"]


# Boxes whose limit the rules beside them state (usernames, passwords) or that take a short code
# or a search, not writing.
RULED_BY_THEIR_RULES = frozenset({
    "sign_in_username", "sign_in_password", "sign_up_username", "sign_up_password",
    "sign_up_repeat", "password_current", "password_new", "password_repeat",
    "delete_account_password", "share_coach", "coach_search"})


def text_boxes(at) -> list:
    return [node for node in at._tree if getattr(node, "type", "") in ("text_area", "text_input")]


@pytest.mark.parametrize(("who", "page"), [
    *(("river", f"pages/{name}.py") for name in ("check_in", "changes", "values", "ambivalence",
                                                 "plan", "summary", "sharing", "settings")),
    *(("coach-ada", f"pages/{name}.py") for name in ("coach", "coach_client", "settings")),
    (None, "pages/sign_in.py"),
])
def test_every_text_box_has_a_limit_and_every_writing_box_says_it(new_app, app_db, who, page):
    with closing(open_db(app_db)) as db:
        person = accounts.sign_up(db, "river", PASSWORD)
        coach = accounts.sign_up(db, "coach-ada", PASSWORD, "coach")
        change_id = changes.add_change(db, person.id, "Walk most days",
                                       "I want to walk more because it clears my head.")
        check_in(Journal(db, person.id, coach.id, change_id, "", ""), ratings(),
                 {checkin.NOTE_ID: "I want to walk more."})
        sharing.share_with_coach(db, person.id, "coach-ada", [change_id])
        sharing.accept(db, coach.id, person.id)
    at = sign_in_as(new_app(), app_db, {"river": person, "coach-ada": coach}.get(who))
    at.session_state[f"plan_open:{change_id}"] = True
    at.query_params.update({"client": str(person.id), "change": str(change_id)})
    at.run()
    at.switch_page(page).run()
    assert not at.exception
    boxes = text_boxes(at)
    assert boxes
    for box in boxes:
        if box.type == "text_area":  # writing: any length is taken, saving checks it
            assert not box.max_chars, f"{box.label!r} on {page} drops a long paste"
            assert limit_help(MAX_TEXT_CHARS) in box.help, \
                f"{box.label!r} on {page} does not say its limit"
        elif box.key in RULED_BY_THEIR_RULES:  # a username, password or code: its own rules
            assert box.max_chars, f"{box.label!r} on {page} has no limit"
        else:  # a name of the person's own: any length is taken, saving checks it, and says so
            assert not box.max_chars, f"{box.label!r} on {page} drops a long paste"
            assert "characters." in (box.help or "") and "Up to " in box.help, \
                f"{box.label!r} on {page} does not say its limit"


@pytest.mark.parametrize(("name", "change", "message"), [
    ("not JSON", lambda raw: b"{not json", "not valid JSON"),
    ("cut short", lambda raw: raw[:100], "cut short"),
    ("a rating as text", lambda raw: raw.replace(b'"importance": 6', b'"importance": "6"'),
     "should be a whole number from 0 to 10"),
    ("a megabyte answer", lambda raw: raw.replace(b'"A calm week."', json.dumps(MIB_OF_TEXT).encode()),
     "the limit is 5,000"),
    ("a field twice", lambda raw: raw.replace(b'"importance": 6', b'"importance": 6, "importance": 7'),
     "“importance” appears more than once; a field may appear only once."),
    ("a number of 5,000 digits", lambda raw: raw.replace(b'"importance": 6', b'"importance": ' + b"9" * 5000),
     "The file holds a number 5,000 digits long"),
])
def test_the_import_form_lists_what_is_wrong_and_imports_nothing(new_app, app_db, name, change,
                                                                 message):
    seed_account(app_db, "river")
    at = sign_in(new_app(), "river")
    with closing(open_db(app_db)) as db:
        person = users.find_user(db, "river").id
        change_id = changes.add_change(db, person, "Walk most days")
        checkins.save_checkin(db, person, change_id, ratings(),
                              [AnswerIn("checkin.note", "Anything else?", "A calm week.")])
        raw = export.export_json(db, person)
    at.switch_page("pages/settings.py").run()
    before = journal_rows(app_db)
    at.file_uploader(key="import_file").set_value((f"{name}.json", change(raw),
                                                   "application/json")).run()
    assert not at.exception
    assert at.warning[0].value.startswith("This file can't be imported as it is")
    # Named, so that it is not taken for a file the box refused since (a new user's walk).
    assert f"About “\u2068{name}.json\u2069”:" in [c.value.replace("\\", "") for c in at.caption]
    listed = " ".join(m.value.replace("\\", "") for m in at.markdown if m.value.startswith("- "))
    assert message in listed
    assert "Import into my journal" not in [b.label for b in at.button]
    assert journal_rows(app_db) == before


def test_a_step_does_not_go_on_from_an_answer_over_its_limit(new_app, app_db):
    """The check-in and "Both sides" ask one thing a step: an answer over its limit is refused
    before the next step, where its box is still in view."""
    account = seed_account(app_db, "river")
    with closing(open_db(app_db)) as db:
        changes.add_change(db, account.id, "Walk most days")
    at = sign_in_as(new_app(), app_db, account).run()
    at.text_area[0].input("Because. " * 700).run()
    assert any("over the limit of 5,000" in c.value for c in at.caption)
    click(at, "Next")
    assert "the limit is 5,000" in " ".join(i.value for i in at.info)
    assert [p.proto.text for p in at.get("progress")][0].startswith("Step 1 of 5")
    at.switch_page("pages/ambivalence.py").run()
    at.text_area[0].input("Because. " * 700).run()
    click(at, "Next")
    assert "the limit is 5,000" in " ".join(e.value for e in at.error)
    assert [p.proto.text for p in at.get("progress")][0].startswith("Step 1 of")
