"""AppTest helpers: run the real app.py against a temporary database."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "app.py")
PASSWORD = "a long enough password"


@pytest.fixture
def app_db(tmp_path, monkeypatch):
    """Point the app at a fresh database file for this test."""
    path = tmp_path / "journal.db"
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
