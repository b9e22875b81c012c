"""No traceback reaches a browser: a database that is full, read-only or locked too long, and any
unexpected error, end in one calm message, the page's other widgets keep what was chosen, and
the next rerun works again. Ids in the address that name nothing, or are absurd, are refused
without an error."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from change_journal.store import changes, open_db, users
from change_journal.store import sessions as stored_sessions
from change_journal.ui import callbacks, session
from tests.app.conftest import click, sign_up

DATABASE_TROUBLE = ("The journal could not reach its database just now, so nothing new was "
                    "saved. What you typed is still here: try again in a moment.")


# These act on the home page: AppTest runs any other page's file by itself (as a server does on
# its very first run), without app.py, where Streamlit's own redacted message then stands in.


@pytest.mark.parametrize("problem", ["database or disk is full",
                                     "attempt to write a readonly database",
                                     "database is locked"])
def test_a_database_that_refuses_a_write_gets_one_calm_message(new_app, monkeypatch, problem):
    at = sign_up(new_app(), "river")

    def refuse(*_args, **_kwargs):
        raise sqlite3.OperationalError(problem)

    monkeypatch.setattr(stored_sessions, "end_session", refuse)
    click(at, "Sign out")

    assert [e.value for e in at.error] == [DATABASE_TROUBLE]
    assert at.session_state["account"].username == "river"
    monkeypatch.undo()
    click(at, "Sign out")
    assert "account" not in at.session_state


def test_an_unexpected_error_shows_a_calm_message_and_no_traceback(new_app, monkeypatch):
    at = sign_up(new_app(), "river")

    def broken(*_args, **_kwargs):
        raise RuntimeError("/srv/secret/path.py line 3: something internal")

    monkeypatch.setattr(stored_sessions, "end_session", broken)
    click(at, "Sign out")

    assert [e.value for e in at.error] == [
        "Something went wrong on our side and this page could not be shown. Nothing you saved "
        "was lost. Try again, or open another page from the menu."]
    assert not at.exception


def test_a_callback_that_fails_leaves_the_page_working_and_says_so_once(new_app, app_db,
                                                                       monkeypatch):
    """Callbacks run before the page, outside app.py's handling (ui/callbacks.py)."""
    at = sign_up(new_app(), "river")
    with closing(open_db(app_db)) as db:
        account = users.find_user(db, "river")
        ids = {changes.add_change(db, account.id, "Walk most days"),
               changes.add_change(db, account.id, "Drink less on weekdays")}
    at.run()
    other = (ids - {at.selectbox(key="sidebar_change_picker").value}).pop()

    def broken(*_args, **_kwargs):
        raise RuntimeError("/srv/secret/path.py line 3: something internal")

    monkeypatch.setattr(session, "set_current_change", broken)
    at.selectbox(key="sidebar_change_picker").set_value(other).run()

    assert not at.exception and not at.error
    assert [t.value for t in at.toast] == [callbacks.NOTICE]
    assert at.session_state["account"].username == "river"  # the page ran as usual
    at.run()
    assert not at.toast  # said once

