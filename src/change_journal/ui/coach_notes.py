"""A coach's private notes on a client: editing one, and words that could not be saved.

A note's edit is a form, whose words reach the server only when it is submitted; if the share
ended meanwhile, the run that brings them finds nothing to save them into. The submit button's
callback, which runs before that run, copies them aside, so the page can show them once, to
copy (as it does with a new note typed when the share ended).
"""

from __future__ import annotations

import streamlit as st
from sqlite_utils import Database

from change_journal import sharing
from change_journal.config import MAX_TEXT_CHARS
from change_journal.ui import widgets
from change_journal.ui.callbacks import guarded
from change_journal.validation import InputError, limit_help

_SUBMITTED = "coach_note_edits_submitted"
"""Session key: ``{widget key: (client id, words)}`` of the note edits submitted with changes,
copied aside by the submit button's callback until the page has run."""


def new_note_key(client_id: int | None) -> str:
    """The key under which the boxes of new notes about ``client_id`` are kept."""
    return f"coach_note:{client_id}"


def show_unsaved(client_id: int | None, edits: list[str]) -> None:
    """Once the share has ended: the new note being typed and the ``edits`` submitted (see
    :func:`unsaved_edits`) about ``client_id``, each shown once, to copy, then forgotten."""
    box = widgets.box_key(new_note_key(client_id)) if client_id is not None else ""
    if (typed := widgets.kept_words(box) if box else "").strip():
        st.warning("The note you were typing was not saved: this is no longer shared with you. "
                   "Here are your words, to copy if you need them:", icon=":material/content_copy:")
        widgets.quote(typed)
        widgets.forget_box(box)
    for words in edits:
        st.warning("Your changes to a note were not saved: this is no longer shared with you. "
                   "Here they are, to copy if you need them:", icon=":material/content_copy:")
        widgets.quote(words)


def edit_form(database: Database, coach_id: int, client_id: int, note: sharing.NoteRow) -> None:
    """The "Edit" popover of ``note``: its words in a box, saved on "Save changes"."""
    version = f"note_edit:{note.id}:{note.edited_at}"  # a new one, closed, once saved
    key = f"{version}:words"
    editing = st.popover("Edit", icon=":material/edit:", type="tertiary", key=version)
    with editing, st.form(f"{version}:form", border=False):
        changed = st.text_area("Your note", value=note.text, key=key,
                               help=limit_help(MAX_TEXT_CHARS))
        widgets.length_note(changed)
        if st.form_submit_button("Save changes", type="primary", on_click=_copy_aside,
                                 args=(key, client_id, note.text)):
            try:
                sharing.edit_note(database, coach_id, client_id, note.id, changed)
            except InputError as exc:
                st.error(str(exc))
            else:
                st.rerun()


@guarded
def _copy_aside(key: str, client_id: int, before: str) -> None:
    words = st.session_state.get(key)
    if isinstance(words, str) and words != before:
        st.session_state.setdefault(_SUBMITTED, {})[key] = (client_id, words)


def unsaved_edits(client_id: int | None) -> list[str]:
    """The words of edits to ``client_id``'s notes submitted for this run, forgotten here: the
    page shows them when the share has ended (otherwise the form saves them this run)."""
    submitted = st.session_state.get(_SUBMITTED, {})
    mine = [key for key, (owner, _words) in submitted.items() if owner == client_id]
    return [submitted.pop(key)[1] for key in mine]
