"""No traceback reaches a browser: a database that is full, read-only or locked too long, and any
unexpected error, end in one calm message, the page's other widgets keep what was chosen, and
the next rerun works again. Ids in the address that name nothing, or are absurd, are refused
without an error."""

from __future__ import annotations

import sqlite3

import pytest

from change_journal.store import sessions as stored_sessions
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
