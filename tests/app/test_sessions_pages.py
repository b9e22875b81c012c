"""Sessions across tabs, as two AppTest sessions on one database: a tab left open on a deleted
account, on an ended session or after a password change shows the sign-in page and nothing
else on its next rerun, and can no longer act; the Settings page lists sessions and ends them."""

from __future__ import annotations

from contextlib import closing

import pytest

from change_journal import accounts
from change_journal.store import changes, open_db, users
from change_journal.ui import session
from tests.app.conftest import PASSWORD, click, sign_in, sign_up

NEW_PASSWORD = "a different calm sentence"


def on_settings(at):
    at.switch_page("pages/settings.py").run()
    assert not at.exception
    return at


def delete_account(at, password: str = PASSWORD):
    on_settings(at)
    at.text_input(key="delete_account_password").input(password)
    at.checkbox(key="delete_account_sure").check()
    click(at, "Delete my account")


def shows_only_sign_in(at) -> bool:
    """On its next rerun, the tab shows the sign-in form and nothing of any account.

    After a rerun that signs out, AppTest runs the page file it was on by itself, which stops at
    "Please sign in first"; a browser lands on the sign-in form, so open the app as it does.
    (AppTest's copy of the session state is only brought up to date by a run.)"""
    at.run()
    if [i.value for i in at.info] == ["Please sign in first."]:
        at.switch_page("app.py").run()
    texts = [t.value for t in at.text] + [m.value for m in at.markdown] + [c.value for c in at.caption]
    return ("account" not in at.session_state and "session_token" not in at.session_state
            and any(b.label == "Sign in" for b in at.button)
            and not any("Signed in as" in t for t in texts))


def everything_shown(at) -> str:
    return " ".join(str(e.value) for e in (*at.text, *at.markdown, *at.caption, *at.title,
                                           *at.selectbox) if getattr(e, "value", None))


@pytest.mark.parametrize("role", ["person", "coach"])
def test_a_tab_left_open_on_a_deleted_account_does_not_become_the_next_account(new_app, app_db,
                                                                              role):
    first = new_app()
    first.radio(key="sign_up_role").set_value(role)
    sign_up(first, "alice")
    stale = sign_in(new_app(), "alice")
    delete_account(first)

    newcomer = sign_up(new_app(), "bob")
    with closing(open_db(app_db)) as db:
        bob = users.find_user(db, "bob").id
        changes.add_change(db, bob, "Bob's private change")

    stale.run()
    assert not stale.exception
    assert shows_only_sign_in(stale)
    assert "alice" not in everything_shown(stale) and "Bob's private change" not in everything_shown(stale)
    assert not newcomer.exception


def test_a_stale_tab_cannot_delete_the_account_that_took_its_place(new_app, app_db):
    first = sign_up(new_app(), "alice")
    stale = on_settings(sign_in(new_app(), "alice"))
    delete_account(first)
    sign_up(new_app(), "bob")

    stale.text_input(key="delete_account_password").input(PASSWORD)
    stale.checkbox(key="delete_account_sure").check()
    click(stale, "Delete my account")

    assert shows_only_sign_in(stale)
    with closing(open_db(app_db)) as db:
        assert users.find_user(db, "bob") is not None


@pytest.mark.parametrize("deleting_here", [True, False], ids=["this tab", "another tab"])
def test_a_deleting_run_cut_short_after_the_deletion_says_the_account_was_deleted(
        new_app, app_db, deleting_here):
    """Any read of the session state can end a run when another click is waiting: a double
    click on "Delete my account" once stopped the first run between deleting the account and
    signing the tab out, and the next run said the window had been signed out elsewhere."""
    at = on_settings(sign_up(new_app(), "river"))
    mine = at.session_state[session.ACCOUNT_KEY]
    if deleting_here:
        at.session_state[session.DELETING_KEY] = mine.id  # as the page sets it, then cut short
    with closing(open_db(app_db)) as db:
        accounts.delete_account(db, mine, PASSWORD)
    at.run()
    if [i.value for i in at.info] == ["Please sign in first."]:  # see shows_only_sign_in
        at.switch_page("app.py").run()
    said = [s.value for s in at.success] + [i.value for i in at.info]
    assert (session.ACCOUNT_DELETED in said) == deleting_here
    assert (session.SIGNED_OUT in said) != deleting_here
    assert shows_only_sign_in(at)


def test_the_browsers_signed_in_are_listed_as_lines_that_wrap_on_a_phone(new_app):
    """A walk-through saw the "Last used" column cut off on a 390 px phone: the list is lines of
    text (which wrap, and a screen reader reads), each browser with both its times."""
    here = on_settings(sign_up(new_app(), "river"))
    sign_in(new_app(), "river")
    here.run()
    listed = next(m.value for m in here.markdown if m.value.startswith("- "))
    lines = listed.split("\n")
    assert len(lines) == 2 and sum("(this one)" in line for line in lines) == 1
    assert all(", last used " in line and ": signed in " in line for line in lines)
    assert not here.dataframe


def test_signing_out_everywhere_else_signs_out_the_other_tab_only(new_app):
    here = on_settings(sign_up(new_app(), "river"))
    there = sign_in(new_app(), "river")
    here.run()
    assert "2" in next(m.value for m in here.markdown if "Where you are signed in" in m.value)

    click(here, "Sign out everywhere else")

    assert [s.value for s in here.success] == ["Signed out of 1 other browser."]
    there.run()
    assert shows_only_sign_in(there)
    here.run()
    assert not shows_only_sign_in(here)


def test_changing_the_password_keeps_this_tab_and_signs_out_the_others(new_app):
    here = on_settings(sign_up(new_app(), "river"))
    there = sign_in(new_app(), "river")

    here.text_input(key="password_current").input(PASSWORD)
    here.text_input(key="password_new").input(NEW_PASSWORD)
    here.text_input(key="password_repeat").input(NEW_PASSWORD)
    click(here, "Change my password")

    assert [s.value for s in here.success] == [
        "Your password was changed. Every other browser and tab was signed out."]
    assert [here.text_input(key=k).value for k in ("password_current", "password_new",
                                                   "password_repeat")] == ["", "", ""]
    there.run()
    assert [i.value for i in there.info] == [session.SIGNED_OUT]  # the tab says why
    assert shows_only_sign_in(there) and not there.info  # once
    assert not shows_only_sign_in(sign_in(new_app(), "river", NEW_PASSWORD))


def test_signing_out_here_needs_no_word_of_why(new_app):
    here = sign_up(new_app(), "river")
    click(here, "Sign out")
    assert shows_only_sign_in(here) and not here.info


@pytest.mark.parametrize(("current", "new", "repeat", "message"), [
    ("not my password at all", NEW_PASSWORD, NEW_PASSWORD, "That is not your current password."),
    (PASSWORD, NEW_PASSWORD, "something else entirely", "The two new passwords are different"),
    (PASSWORD, "short", "short", "at least 10 characters"),
    (PASSWORD, PASSWORD, PASSWORD, "the one you have now"),
    # All at once: an empty form names each box (a walk-through saw only the new one named).
    ("", "", "", "Type your current password."),
    ("", "", "", "at least 10 characters"),
])
def test_a_password_change_that_cannot_be_made_says_why_and_changes_nothing(new_app, current,
                                                                              new, repeat, message):
    here = on_settings(sign_up(new_app(), "river"))
    here.text_input(key="password_current").input(current)
    here.text_input(key="password_new").input(new)
    here.text_input(key="password_repeat").input(repeat)
    click(here, "Change my password")
    assert any(message in e.value for e in here.error), [e.value for e in here.error]
    assert here.text_input(key="password_current").value == current  # kept, to correct
    assert not shows_only_sign_in(sign_in(new_app(), "river", PASSWORD))


def test_signing_out_ends_the_session_in_the_database(new_app, app_db):
    at = sign_up(new_app(), "river")
    click(at, "Sign out")
    assert shows_only_sign_in(at)
    with closing(open_db(app_db)) as db:
        assert db.execute("SELECT count(*) FROM sessions").fetchone() == (0,)


def test_a_newcomer_starts_on_creating_an_account_with_sign_in_one_click_away(new_app):
    at = new_app()
    (tabs,) = [node for node in at._tree.children[0].children.values()
               if node.type == "tab_container"]
    labels = [tab.label for tab in tabs.children.values()]
    assert labels == ["Sign in", "Create an account"]
    assert labels[tabs.proto.tab_container.default_tab_index] == "Create an account"
