"""Who is signed in, which change is current, and the database for this rerun."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import streamlit as st
from sqlite_utils import Database

from change_journal.accounts import Account
from change_journal.config import db_path
from change_journal.store import StoreError, open_db
from change_journal.store.changes import Change, list_changes

ACCOUNT_KEY = "account"
CHANGE_KEY = "current_change_id"


@st.cache_resource(show_spinner=False)
def _migrated(path: str) -> bool:
    """Migrate the database file once per server process (the connection itself is not kept)."""
    open_db(path).close()
    return True


def db() -> Database:
    """A fresh connection for this rerun, to the migrated database; stops the page on failure."""
    path = str(db_path())
    try:
        _migrated(path)
        return open_db(path, migrate=False)
    except StoreError as exc:
        st.error(f"Change Journal cannot open its database. {exc}")
        st.stop()
        raise  # unreachable: st.stop() ends the run


def account() -> Account | None:
    """The signed-in account, or None."""
    return st.session_state.get(ACCOUNT_KEY)


def require_account(role: str | None = None) -> Account:
    """The signed-in account (of ``role``, if given); otherwise the page stops here.

    Navigation already hides the pages a visitor may not open; this is the second lock, for a
    server's very first run, when Streamlit may run a page file before ``app.py`` registers pages.
    """
    current = account()
    if current is None:
        st.info("Please sign in first.")
        st.stop()
    if role is not None and current.role != role:
        st.info("This page belongs to another kind of account.")
        st.stop()
    return current


def sign_in(signed_in: Account) -> None:
    """Start a fresh session for ``signed_in`` (nothing from a previous session is kept)."""
    st.session_state.clear()
    st.session_state[ACCOUNT_KEY] = signed_in


def sign_out() -> None:
    """Forget everything about the session."""
    st.session_state.clear()


def active_changes(database: Database, signed_in: Account) -> list[Change]:
    return list_changes(database, signed_in.id)


def current_change(database: Database, signed_in: Account,
                   changes: list[Change] | None = None) -> Change | None:
    """The change picked in the sidebar, checked against the person's own active changes
    (``changes``, when the caller has already listed them)."""
    changes = active_changes(database, signed_in) if changes is None else changes
    if not changes:
        return None
    by_id = {c.id: c for c in changes}
    chosen = st.session_state.get(CHANGE_KEY)
    if chosen not in by_id:
        chosen = changes[0].id
        st.session_state[CHANGE_KEY] = chosen
    return by_id[chosen]


def set_current_change(change_id: int) -> None:
    st.session_state[CHANGE_KEY] = change_id


def viewer_timezone() -> str:
    """The browser's time zone name, or UTC when it is unknown."""
    name = st.context.timezone or "UTC"
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return name
