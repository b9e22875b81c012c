"""Your changes: add, rename, archive, restore and delete."""

import streamlit as st

from change_journal.config import MAX_TEXT_CHARS, MAX_TITLE_CHARS
from change_journal.store import changes, deletion
from change_journal.ui import session, widgets
from change_journal.validation import InputError, clean_text, clean_title

database = session.db()
account = session.require_account("person")

PENDING = "changes_pending_delete"

st.title("Your changes")
st.caption("You can work on more than one change. Pick the current one in the sidebar.")
DONE = "changes_deleted"
if deleted := st.session_state.pop(DONE, None):
    st.success("The change was deleted, with everything in it.", icon=":material/check:")
    widgets.quote(deleted.shown)


for change in changes.list_changes(database, account.id, include_archived=True):
    label = widgets.md_escape(change.title) + ("  (archived)" if change.archived else "")
    with st.expander(label, expanded=False):
        with st.form(f"edit_change_{change.id}"):
            title = st.text_input("Name", value=change.title, max_chars=MAX_TITLE_CHARS)
            why_now = st.text_area("Why now, in your own words", value=change.why_now,
                                   max_chars=MAX_TEXT_CHARS,
                                   help=f"Up to {MAX_TEXT_CHARS:,} characters.")
            if st.form_submit_button("Save"):
                try:
                    changes.update_change(database, account.id, change.id, clean_title(title),
                                          clean_text(why_now, "Why now"))
                except InputError as exc:
                    st.error(str(exc))
                else:
                    st.rerun()
        if change.archived:
            if st.button("Restore", key=f"restore_{change.id}"):
                changes.set_archived(database, account.id, change.id, False)
                st.rerun()
        elif st.button("Archive", key=f"archive_{change.id}",
                       help="Archived changes keep their history and can be restored."):
            changes.set_archived(database, account.id, change.id, True)
            st.rerun()
        st.button("Delete this change…", key=f"delete_{change.id}", icon=":material/delete:",
                  on_click=widgets.ask_to_delete,
                  args=(PENDING, widgets.DeleteRequest("change", change.id, change.title)))

widgets.confirm_delete(
    PENDING,
    "This deletes the change below with all its check-ins, written answers and plan versions. "
    "It can't be undone, and anyone you shared it with loses access at once. Archiving keeps "
    "everything instead, if you'd rather.",
    lambda own, request: deletion.delete_change(own, account.id, request.item_id),
    DONE,
)

st.subheader("Add a change")
widgets.new_change_form(database, account, key="add_change_form")
