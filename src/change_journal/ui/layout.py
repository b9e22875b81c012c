"""The frame shared by every page: sidebar change picker, sign-out, and the help pointer."""

from __future__ import annotations

import streamlit as st
from sqlite_utils import Database

from change_journal.accounts import Account
from change_journal.config import SAFETY_NOTE
from change_journal.ui import session

_PICKER_KEY = "sidebar_change_picker"


def _picked() -> None:
    session.set_current_change(st.session_state[_PICKER_KEY])


def menu(pages: dict[str, list] | list) -> None:
    """The page menu, drawn here rather than by ``st.navigation``.

    Streamlit's own menu is hidden (``client.showSidebarNavigation = false``) because on a
    server's very first run it briefly lists every file in ``pages/``, including pages a
    signed-out visitor may not open, before ``st.navigation`` takes over.
    """
    sections = pages if isinstance(pages, dict) else {"": pages}
    for section, section_pages in sections.items():
        visible = [p for p in section_pages if p.visibility != "hidden"]
        if not visible:
            continue
        if section:
            st.caption(section)
        for page in visible:
            st.page_link(page)


def sidebar(database: Database, signed_in: Account | None, pages: dict[str, list] | list) -> None:
    """Draw the sidebar: the menu, the current change (for people), who is signed in, and help."""
    with st.sidebar:
        if signed_in is not None:
            menu(pages)
            st.divider()
            if signed_in.role == "person":
                changes = session.active_changes(database, signed_in)
                current = session.current_change(database, signed_in, changes)
                if current is not None:
                    titles = {c.id: c.title for c in changes}
                    st.session_state[_PICKER_KEY] = current.id
                    st.selectbox("Working on", options=list(titles), format_func=titles.__getitem__,
                                 key=_PICKER_KEY, on_change=_picked)
            st.caption("Signed in as")
            st.text(signed_in.username)
            if st.button("Sign out", key="sign_out"):
                session.sign_out(database)
                st.rerun()
        st.divider()
        st.caption(SAFETY_NOTE)
