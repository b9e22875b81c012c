"""Small widgets shared by several pages."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass

import streamlit as st
from sqlite_utils import Database

from change_journal.accounts import Account
from change_journal.config import MAX_TEXT_CHARS, MAX_TITLE_CHARS
from change_journal.store import changes
from change_journal.store.changes import Change
from change_journal.talk import Mark
from change_journal.ui import session
from change_journal.validation import InputError, clean_text, clean_title


def quote(text: str) -> None:
    """Show a person's own words literally (never as Markdown or HTML)."""
    st.text(text)


def new_change_form(database: Database, signed_in: Account, *, key: str) -> None:
    """The "what change are you considering?" form; the new change becomes the current one."""
    with st.form(key, clear_on_submit=False, border=True):
        title = st.text_input(
            "What change are you considering?",
            placeholder="For example: drink less during the week",
            max_chars=MAX_TITLE_CHARS,
        )
        why_now = st.text_area(
            "Why now, in your own words? (optional)",
            help=f"Up to {MAX_TEXT_CHARS:,} characters.",
            max_chars=MAX_TEXT_CHARS,
        )
        if st.form_submit_button("Start working on this", type="primary"):
            try:
                clean = clean_title(title)
                reason = clean_text(why_now, "Why now")
            except InputError as exc:
                st.error(str(exc))
                return
            change_id = changes.add_change(database, signed_in.id, clean, reason)
            session.set_current_change(change_id)
            st.rerun()


_MARKDOWN_SPECIAL = set("\\`*_{}[]()#+-.!|<>~$:=^&")
_LINK_BREAKS = {".": "\u2060\\.", ":": "\\:\u2060", "@": "@\u2060"}
"""An invisible word joiner where Markdown would otherwise link a web or e-mail address
(escaping alone does not stop it); ``&`` is escaped so entities show as typed."""


def md_escape(text: str) -> str:
    """Escape user text for the few places Streamlit only offers Markdown (labels, expanders)."""
    flat = " ".join(text.split())
    return "".join(_LINK_BREAKS.get(ch) or ("\\" + ch if ch in _MARKDOWN_SPECIAL else ch)
                   for ch in flat)


@dataclass(frozen=True)
class DeleteRequest:
    """A deletion waiting for the person's confirmation."""

    kind: str
    """What is deleted, in words: "check-in", "answer", "change"."""
    item_id: int
    shown: str
    """What the dialog shows of it (the person's own words, displayed literally)."""


def ask_to_delete(state_key: str, request: DeleteRequest) -> None:
    """Button callback: remember ``request`` so the next run opens the confirmation dialog."""
    st.session_state[state_key] = request


def confirm_delete(state_key: str, explanation: str,
                   delete: Callable[[Database, DeleteRequest], None], done_key: str) -> None:
    """Open the "delete for good?" dialog for the request under ``state_key``, if any.

    On confirmation ``delete`` runs on a connection of its own and the request is left under
    ``done_key`` for the page to acknowledge; dismissing or "Keep it" forgets it.
    """
    request = st.session_state.get(state_key)
    if request is None:
        return

    def forget() -> None:
        st.session_state.pop(state_key, None)

    @st.dialog("Delete for good?", on_dismiss=forget)
    def dialog() -> None:
        st.markdown(explanation)
        quote(request.shown)
        remove, keep = st.columns(2)
        if remove.button("Delete for good", type="primary", width="stretch"):
            with closing(session.db()) as own:
                delete(own, request)
            forget()
            st.session_state[done_key] = request
            st.rerun()
        if keep.button("Keep it", width="stretch"):
            forget()
            st.rerun()

    dialog()


def talk_badges(marks: list[Mark]) -> None:
    """A row of badges naming the change talk (and, in grey, sustain talk) in an answer.

    Hovering a badge explains the kind and shows the sentence it was found in (escaped).
    """
    if not marks:
        return
    with st.container(horizontal=True, gap="small"):
        for mark in marks:
            st.badge(mark.label, color="blue" if mark.side == "change" else "gray",
                     icon=":material/north_east:" if mark.side == "change" else None,
                     help=f"{mark.explanation}  \nFound in: “{md_escape(mark.sentence)}”")


def quote_with_talk(text: str, marks: list[Mark]) -> None:
    """The person's words, literally, with the change talk in them named beneath."""
    quote(text)
    talk_badges(marks)


def working_on(database: Database, signed_in: Account, *, empty: str) -> Change:
    """The current change, shown under the page title as "Working on …".

    Without a change, ``empty`` is shown with a link to name one, and the page stops there.
    """
    change = session.current_change(database, signed_in)
    if change is None:
        st.info(empty)
        st.page_link("pages/check_in.py", label="Name your change", icon=":material/edit_note:")
        st.stop()
    change_heading(change)
    return change


def change_heading(change: Change) -> None:
    """"Working on" and the change's name, escaped."""
    st.caption("Working on")
    st.subheader(md_escape(change.title), anchor=False)
