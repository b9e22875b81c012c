"""Your changes: add, rename, archive, restore and delete."""

import streamlit as st

from change_journal import changes, sharing
from change_journal.config import MAX_TEXT_CHARS, MAX_TITLE_CHARS
from change_journal.ui import session, widgets
from change_journal.ui.callbacks import guarded, partial_run
from change_journal.validation import InputError, limit_help

database = session.db()
account = session.require_account("person")

PENDING = "changes_pending_delete"
ARCHIVING = "changes_pending_archive"

st.title("Your changes", anchor=False)
st.caption("You can work on more than one change. Pick the current one in the sidebar.")
DONE = "changes_deleted"
if deleted := st.session_state.pop(DONE, None):
    st.success("The change was deleted, with everything in it.", icon=":material/check:")
    widgets.quote(deleted.shown)


def archive(connection, change_id: int, stop_sharing: bool) -> None:
    try:
        changes.archive_change(connection, account.id, change_id, stop_sharing=stop_sharing)
    except InputError as exc:
        st.error(str(exc))
    else:
        st.session_state.pop(ARCHIVING, None)
        st.rerun()


shared = sharing.load_sharing_by_change(database, account.id)
every_change = changes.list_changes(database, account.id, include_archived=True)
named = changes.titles(every_change)  # two alike (from an import) are numbered, as in pickers
for change in every_change:
    label = widgets.md_escape(named[change.id]) + ("  (archived)" if change.archived else "")
    with st.expander(label, expanded=False):
        with st.form(f"edit_change_{change.id}"):
            title = st.text_input("Name", value=change.title, help=limit_help(MAX_TITLE_CHARS))
            widgets.length_note(title, MAX_TITLE_CHARS)
            why_now = st.text_area("Why now, in your own words", value=change.why_now,
                                   help=limit_help(MAX_TEXT_CHARS))
            widgets.length_note(why_now)
            if st.form_submit_button("Save"):
                try:
                    changes.rename_change(database, account.id, change.id, title, why_now)
                except InputError as exc:
                    st.error(str(exc))
                else:
                    st.rerun()
        if change.id in shared:
            st.text(shared[change.id].describe())
        if change.archived:
            if st.button("Restore", key=f"restore_{change.id}"):
                try:
                    changes.restore_change(database, account.id, change.id)
                except InputError as exc:
                    st.error(str(exc))
                else:
                    st.rerun()
        elif st.button("Archive", key=f"archive_{change.id}",
                       help="Archived changes keep their history and can be restored."):
            if change.id in shared:
                st.session_state[ARCHIVING] = change.id
            else:
                archive(database, change.id, stop_sharing=False)
        st.button("Delete this change…", key=f"delete_{change.id}", icon=":material/delete:",
                  on_click=widgets.ask_to_delete,
                  args=(PENDING, widgets.DeleteRequest("change", change.id, named[change.id])))

asked = st.session_state.get(ARCHIVING)
if asked in shared:
    # A dialog's buttons rerun only the dialog, after this rerun's connection has closed.
    @st.dialog("Keep sharing it?", on_dismiss=guarded(lambda: st.session_state.pop(ARCHIVING, None)))
    @partial_run
    def ask_about_sharing() -> None:
        st.markdown("This change is shared. Archiving keeps its history; you choose whether "
                    "whoever sees it now goes on seeing it.")
        if asked in named:
            widgets.quote(named[asked])
        widgets.quote(shared[asked].describe())
        stop, keep = st.columns(2)
        stopping = stop.button("Archive and stop sharing", type="primary", width="stretch")
        if keep.button("Archive, keep sharing", width="stretch") or stopping:
            with session.own_db() as own:
                if not session.still_signed_in(own):  # the dialog's run skips app.py's check
                    st.session_state.pop(ARCHIVING, None)
                    st.rerun()
                archive(own, asked, stop_sharing=stopping)
        if st.button("Cancel", type="tertiary"):
            st.session_state.pop(ARCHIVING, None)
            st.rerun()

    ask_about_sharing()
else:
    st.session_state.pop(ARCHIVING, None)

widgets.confirm_delete(
    PENDING,
    "This deletes the change below with all its check-ins, written answers and plan versions. "
    "It can't be undone, and anyone you shared it with loses access at once. Archiving keeps "
    "everything instead, if you'd rather.",
    lambda own, request: changes.delete_change(own, account.id, request.item_id),
    DONE,
)

st.header("Add a change", anchor=False)
widgets.new_change_form(database, account, key="add_change_form")
