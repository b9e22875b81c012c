"""One client's shared progress, seen by their coach, with the coach's private notes."""

import streamlit as st

from change_journal import clock, paging, sharing
from change_journal.config import MAX_TEXT_CHARS
from change_journal.ui import coach_notes, coach_view, session, widgets
from change_journal.validation import InputError, limit_help

database = session.db()
account = session.require_account("coach")
client_id, change_id = coach_view.requested_client()
view = (sharing.open_for_coach(database, account.id, client_id, change_id)
        if client_id is not None else None)
edits_unsaved = coach_notes.unsaved_edits(client_id)  # submitted; saved below while shared

st.page_link("pages/coach.py", label="All clients", icon=":material/arrow_back:")
if view is None:
    st.title("Client", anchor=False)
    st.info("Nothing is shared with you here. The person may have stopped sharing, or this "
            "address is out of date. Your clients page lists everything shared with you now.")
    coach_notes.show_unsaved(client_id, edits_unsaved)
    st.stop()

coach_view.render(database, view, key="coach_client")

st.divider()
st.header("Your private notes", anchor=False)
st.caption("Only you see these notes, never the person you coach. Each one is dated, and you "
           "can edit or delete it. If this person stops sharing everything with you, their notes "
           "are deleted too.")
notes_key = coach_notes.new_note_key(client_id)
NOTE_PENDING, NOTE_DELETED = f"coach_note_pending_delete:{client_id}", "coach_note_deleted"
with st.container(border=True):
    text = widgets.kept_box(st.text_area, "New note", key=widgets.box_key(notes_key),
                            help=limit_help(MAX_TEXT_CHARS))
    widgets.length_note(text)
    if st.button("Save note"):
        try:
            sharing.add_note(database, account.id, client_id, text)
        except InputError as exc:
            st.error(str(exc))
        else:
            widgets.next_box_key(notes_key)
            st.rerun()

tz = session.viewer_timezone()
if st.session_state.pop(NOTE_DELETED, None):
    st.success("The note was deleted.", icon=":material/check:")
total = sharing.count_notes(database, account.id, client_id)
pages = paging.page_count(total, sharing.NOTES_PER_PAGE)
number = widgets.page_picker(pages, key=f"coach_notes_page:{client_id}:{pages}")
if pages > 1:
    first, last = paging.page_span(number, total, sharing.NOTES_PER_PAGE)
    st.caption(f"Notes {first:,} to {last:,} of {total:,}, newest first.")
if not total:
    st.caption("No notes yet.")
for note in sharing.list_notes(database, account.id, client_id, number):
    dated = clock.day_and_time(note.created_at, tz)
    if note.edited_at:
        dated += f" · edited {clock.day_and_time(note.edited_at, tz)}"
    with st.container(horizontal=True, vertical_alignment="center"):
        st.caption(dated, width="stretch")
        coach_notes.edit_form(database, account.id, client_id, note)
        st.button("Delete…", key=f"note_delete:{note.id}", icon=":material/delete:",
                  type="tertiary", on_click=widgets.ask_to_delete,
                  args=(NOTE_PENDING, widgets.DeleteRequest("note", note.id, note.text)))
    widgets.quote(note.text)

widgets.confirm_delete(
    NOTE_PENDING, "This deletes the note below. It can't be undone.",
    lambda own, request: sharing.delete_note(own, account.id, client_id, request.item_id),
    NOTE_DELETED,
)
