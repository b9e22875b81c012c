"""AppTest helpers: run the real app.py against a temporary database."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest
import streamlit.testing.v1.app_test as app_test_module
import streamlit.testing.v1.local_script_runner as local_runner_module
from streamlit.runtime.scriptrunner.script_cache import ScriptCache
from streamlit.testing.v1 import AppTest

from change_journal import accounts, sessions
from change_journal.accounts import Account
from change_journal.store import open_db
from change_journal.ui import session
from tests.conftest import copy_database

# A server compiles app.py and each page once and keeps the bytecode in one ScriptCache; AppTest
# makes a new cache for every run and recompiles both each time. One cache for the whole test
# process, as in a server: the scripts never change while the tests run.
_SCRIPT_CACHE = ScriptCache()
app_test_module.ScriptCache = local_runner_module.ScriptCache = lambda: _SCRIPT_CACHE

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "app.py")
PASSWORD = "a long enough password"


@pytest.fixture
def app_db(tmp_path, monkeypatch, migrated_template):
    """Point the app at a fresh database file for this test (a copy of the migrated template)."""
    path = copy_database(migrated_template, tmp_path / "journal.db")
    monkeypatch.setenv("CHANGE_JOURNAL_DB", str(path))
    return path


@pytest.fixture
def new_app(app_db):
    """A factory for AppTest instances of the whole app (same database)."""

    def make() -> AppTest:
        at = AppTest.from_file(APP, default_timeout=30)
        at.run()
        assert not at.exception
        return at

    return make


def seed_account(app_db: Path, username: str, password: str = PASSWORD,
                 role: str = "person") -> Account:
    """Create an account straight through the core, for tests about something other than
    the sign-up form (which costs a rerun of the app)."""
    with closing(open_db(app_db)) as db:
        return accounts.sign_up(db, username, password, role)


def sign_in_as(at: AppTest, app_db: Path, account: Account | None) -> AppTest:
    """Sign ``at`` in as ``account`` without the form (None: stay signed out): a session is
    started through the core and its token put in the tab, as signing in does. The next
    ``at.run()`` checks it against the database like any rerun."""
    if account is not None:
        with closing(open_db(app_db)) as db:
            at.session_state[session.TOKEN_KEY] = sessions.start(db, account)
    return at


def sign_up(at: AppTest, username: str, password: str = PASSWORD) -> AppTest:
    """Create an account through the sign-up form and land on the default page."""
    at.text_input(key="sign_up_username").input(username)
    at.text_input(key="sign_up_password").input(password)
    at.text_input(key="sign_up_repeat").input(password)
    submit = next(b for b in at.button if b.label == "Create my account")
    submit.click().run()
    assert not at.exception
    return at


def sign_in(at: AppTest, username: str, password: str = PASSWORD) -> AppTest:
    at.text_input(key="sign_in_username").input(username)
    at.text_input(key="sign_in_password").input(password)
    next(b for b in at.button if b.label == "Sign in").click().run()
    assert not at.exception
    return at


def click(at: AppTest, label: str) -> AppTest:
    next(b for b in at.button if b.label == label).click().run()
    assert not at.exception, at.exception
    return at
