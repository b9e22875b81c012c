"""Your changes: add, rename, archive, restore and delete."""

from contextlib import closing

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
if deleted := st.session_state.pop("changes_deleted", None):
    st.success("The change was deleted, with everything in it.", icon=":material/check:")
    st.text(deleted)


def ask_to_delete(change_id: int, title: str) -> None:
    st.session_state[PENDING] = (change_id, title)


def forget_pending() -> None:
    st.session_state.pop(PENDING, None)


@st.dialog("Delete this change for good?", on_dismiss=forget_pending)
def confirm_delete(change_id: int, title: str) -> None:
    st.markdown("This deletes the change below with all its check-ins, written answers and "
                "plan versions. It can't be undone, and anyone you shared it with loses access "
                "at once. Archiving keeps everything instead, if you'd rather.")
    widgets.quote(title)
    delete, keep = st.columns(2)
    if delete.button("Delete for good", type="primary", width="stretch"):
        with closing(session.db()) as own:
            deletion.delete_change(own, account.id, change_id)
        forget_pending()
        st.session_state["changes_deleted"] = title
        st.rerun()
    if keep.button("Keep it", width="stretch"):
        forget_pending()
        st.rerun()


for change in changes.list_changes(database, account.id, include_archived=True):
    label = widgets.md_escape(change.title) + ("  (archived)" if change.archived else "")
    with st.expander(label, expanded=False):
        with st.form(f"edit_change_{change.id}"):
            title = st.text_input("Name", value=change.title, max_chars=MAX_TITLE_CHARS)
            why_now = st.text_area("Why now, in your own words", value=change.why_now,
                                   max_chars=MAX_TEXT_CHARS)
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
                  on_click=ask_to_delete, args=(change.id, change.title))

if pending := st.session_state.get(PENDING):
    confirm_delete(*pending)

st.subheader("Add a change")
widgets.new_change_form(database, account, key="add_change_form")
