"""The frame shared by every page: sidebar change picker, sign-out, and the help pointer."""

from __future__ import annotations

import streamlit as st
from sqlite_utils import Database

from change_journal.accounts import Account
from change_journal.ui import session

SAFETY_NOTE = (
    "Change Journal is a self-reflection tool, not therapy or medical advice. "
    "If you are in crisis or thinking of harming yourself, contact your local emergency "
    "services or a crisis line now."
)
_PICKER_KEY = "sidebar_change_picker"


def _picked() -> None:
    session.set_current_change(st.session_state[_PICKER_KEY])


def sidebar(database: Database, signed_in: Account | None) -> None:
    """Draw the sidebar: the current change (for people), who is signed in, and help."""
    with st.sidebar:
        if signed_in is not None:
            if signed_in.role == "person":
                current = session.current_change(database, signed_in)
                changes = session.active_changes(database, signed_in)
                if current is not None:
                    titles = {c.id: c.title for c in changes}
                    st.session_state[_PICKER_KEY] = current.id
                    st.selectbox("Working on", options=list(titles), format_func=titles.__getitem__,
                                 key=_PICKER_KEY, on_change=_picked)
            st.caption("Signed in as")
            st.text(signed_in.username)
            if st.button("Sign out", key="sign_out"):
                session.sign_out()
                st.rerun()
        st.divider()
        st.caption(SAFETY_NOTE)
