"""Signing an AppTest session in without the form: a real server-side session is started in the
database and its token put where the sign-in form puts it, so every rerun checks it as usual."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from streamlit.testing.v1 import AppTest

from change_journal import sessions
from change_journal.accounts import Account
from change_journal.store import open_db
from change_journal.ui.session import ACCOUNT_KEY, TOKEN_KEY


def sign_in_directly(at: AppTest, db_path: Path | str, account: Account) -> AppTest:
    """Put ``at`` in a session signed in as ``account`` (before its next run)."""
    with closing(open_db(db_path)) as db:
        token = sessions.start(db, account)
    at.session_state[TOKEN_KEY] = token
    at.session_state[ACCOUNT_KEY] = account
    return at
