"""The sign-in page's side of signing in safely, through AppTest: the password rules stated and
applied on the sign-up form, a plain message for a throttled username, and signing out or
deleting the account ending the session. The rules themselves are tested in
tests/unit/test_sign_in_security.py."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from change_journal import accounts
from change_journal.store import open_db
from tests.app.conftest import PASSWORD, click, seed_account, sign_in, sign_up
from tests.unit.test_sign_in_security import LIMIT, WRONG, table_rows

ROOT = Path(__file__).resolve().parents[2]
ACCOUNT_PAGES = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "pages").glob("*.py")
                       if p.name not in ("sign_in.py", "shared_link.py"))


def test_the_sign_up_form_states_the_password_rules_and_refuses_a_common_one(new_app, app_db):
    at = new_app()
    assert accounts.PASSWORD_RULES in [c.value for c in at.caption]
    sign_up(at, "river", "Password1234!")
    assert at.error[0].value == accounts.COMMON_PASSWORD
    with closing(open_db(app_db)) as db:
        assert table_rows(db, "users") == 0


def test_the_sign_in_page_says_plainly_when_a_username_is_throttled(new_app, app_db):
    seed_account(app_db, "river")
    at = new_app()
    for _ in range(LIMIT):
        sign_in(at, "river", WRONG)
        assert [e.value for e in at.error] == [accounts.SIGN_IN_FAILED]
    sign_in(at, "river")
    assert not at.error
    assert at.info[0].value == accounts.throttled_message(accounts.THROTTLE_WINDOW)
    assert "account" not in at.session_state


# --- ending the session ------------------------------------------------------------------------

def reopen_after_deleting(at) -> None:
    """After the deletion rerun AppTest runs the settings page file on its own (it stops at "Please
    sign in first"); a browser lands on the sign-in page. Open the app itself, as the browser does."""
    assert [i.value for i in at.info] == ["Please sign in first."]
    at.switch_page("app.py").run()
    assert not at.exception


def assert_signed_out(at) -> None:
    assert "account" not in at.session_state
    assert [t.value for t in at.title] == ["Change Journal"]
    for page in ACCOUNT_PAGES:
        with pytest.raises(ValueError, match="Could not find a navigation page"):
            at.switch_page(page)


def test_signing_out_forgets_the_account_and_unregisters_its_pages(new_app, app_db):
    seed_account(app_db, "river")
    at = sign_in(new_app(), "river")
    at.session_state["current_change_id"] = 1
    at.run()
    click(at, "Sign out")
    at.run()  # AppTest's copy of the session state is brought up to date by a run
    assert_signed_out(at)
    assert "current_change_id" not in at.session_state
    at.run()
    assert not at.sidebar.children  # nothing to choose signed out: no sidebar, no menu button
    assert "Signed in as" not in [c.value for c in at.caption]


def test_a_visitor_not_signed_in_gets_no_sidebar(new_app):
    """The sign-in page (and a read-only link) draw nothing in the sidebar, so the browser shows
    no menu button opening an empty one; the help notice is under the page."""
    at = new_app()
    assert not at.sidebar.children
    assert any("not therapy" in c.value for c in at.caption)


def test_deleting_the_account_ends_the_session_and_the_account(new_app, app_db):
    seed_account(app_db, "river")
    at = sign_in(new_app(), "river")
    at.switch_page("pages/settings.py").run()
    at.text_input(key="delete_account_password").input(PASSWORD)
    at.checkbox(key="delete_account_sure").check()
    click(at, "Delete my account")
    reopen_after_deleting(at)
    assert_signed_out(at)
    with closing(open_db(app_db)) as db:
        assert table_rows(db, "users") == 0
    sign_in(at, "river")
    assert [e.value for e in at.error] == [accounts.SIGN_IN_FAILED]


def test_a_coach_deleting_their_account_is_signed_out_too(new_app, app_db):
    seed_account(app_db, "coach-ada", role="coach")
    at = sign_in(new_app(), "coach-ada")
    assert [t.value for t in at.title] == ["Your clients"]
    at.switch_page("pages/settings.py").run()
    at.text_input(key="delete_account_password").input(PASSWORD)
    at.checkbox(key="delete_account_sure").check()
    click(at, "Delete my account")
    reopen_after_deleting(at)
    assert_signed_out(at)


class _StateWithAnUnreadableKey(dict):
    """Session state as Streamlit keeps it for a component the browser has not answered yet:
    listed, but reading its value raises KeyError (``clear()`` would stop there)."""

    def __getitem__(self, key):
        if key == "component":
            raise KeyError(key)
        return super().__getitem__(key)

    def clear(self):  # MutableMapping's clear: pop (read, then delete) until a KeyError
        try:
            while True:
                key = next(iter(self))
                self[key]
                del self[key]
        except (KeyError, StopIteration):
            pass


def test_forgetting_a_session_removes_every_key_even_after_one_that_cannot_be_read(monkeypatch):
    from change_journal.ui import session

    state = _StateWithAnUnreadableKey(component=None, account="river", session_token="t",
                                      current_change_id=1)
    monkeypatch.setattr(session.st, "session_state", state)
    session._forget_everything()
    assert set(state) <= {"component"}


def test_the_frame_hides_the_box_that_writes_the_session_cookie():
    """The cookies' writers are drawn in the page, in boxes the frame's CSS hides by their
    keys."""
    from change_journal.ui import layout, session

    assert f'[class*="st-key-{session.COOKIE_JAR_KEY}_"]' in layout.FRAME_CSS
