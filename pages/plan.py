"""Change plan: offered when all three ratings are high (reviewed once there is one), there
whenever asked for, never offered at low importance; every save is a new version."""

import streamlit as st

from change_journal import checkin, clock, next_steps, plans, prompts
from change_journal.ui import session, widgets
from change_journal.ui.answer_sheet import draft_box, draft_keeper, edited
from change_journal.validation import InputError

database = session.db()
account = session.require_account("person")
tz = session.viewer_timezone()

st.title("Change plan", anchor=False)
change = widgets.working_on(
    database, account,
    empty="Once you name a change, you can make a plan for it here, whenever you like.",
)
book = prompts.load_prompts()
worksheet_set = book.set(plans.WORKSHEET_SET)
versions = plans.versions(database, account.id, change.id)
latest = versions[-1] if versions else None
start = plans.starting_text(database, account.id, change.id, change.title, latest)
OPEN_KEY = f"plan_open:{change.id}"
SAVED_KEY = f"plan_saved:{change.id}"
ERROR_KEY = f"plan_error:{change.id}"  # (box or None, message) of the last save refused
CLOSE_ASKED_KEY = "plan_close_asked"  # the change whose "Close without saving?" is open (app.py)
field_keys = {plans.field_of(p): f"plan:{change.id}:{plans.field_of(p)}"
              for p in plans.worksheet(book)}


def show_version(version) -> None:
    st.caption(f"Version {version.version}, saved on {clock.day(version.created_at, tz)}")
    for label, words in plans.as_pairs(book, version):
        st.markdown(f"**{label}**")
        widgets.quote(words)


def close_worksheet() -> None:
    for key in field_keys.values():
        st.session_state.pop(key, None)
    st.session_state.pop(OPEN_KEY, None)
    st.session_state.pop(CLOSE_ASKED_KEY, None)


if SAVED_KEY in st.session_state:
    st.success(st.session_state.pop(SAVED_KEY), icon=":material/check:")

stands = checkin.standing(database, account.id, change.id)
offered, message = next_steps.plan_message(stands.ratings, stands.has_plan)
if latest is None:
    st.info(message, icon=":material/lightbulb:" if offered else ":material/spa:")
else:
    if offered:
        st.info(message, icon=":material/lightbulb:")
    with st.container(border=True):
        st.subheader("Your plan", anchor=False)
        show_version(latest)

if not (st.session_state.get(OPEN_KEY) or start.from_draft):
    if st.button("Revise this plan" if latest else "Start a plan", type="primary",
                 icon=":material/edit:"):
        st.session_state[OPEN_KEY] = True
        st.rerun()
else:
    st.subheader("A new version" if latest else "Your plan", anchor=False)
    st.caption(worksheet_set.intro)
    if start.from_draft and not st.session_state.get(OPEN_KEY):
        st.caption("These are your unsaved edits from last time.")
    refused_box, refusal = st.session_state.pop(ERROR_KEY, (None, None))
    typed = {}
    for prompt in plans.worksheet(book):
        field = plans.field_of(prompt)
        typed[field] = draft_box(prompt.text, start.texts.get(field, ""), field_keys[field],
                                 draft_keeper(field_keys[field], field, account.id, plans.FORM,
                                              change.id, lambda own: plans.starting_text_now(
                                                  own, account.id, change.id, change.title).texts),
                                 help=prompts.Question(prompt, prompt.text).help)
        widgets.length_note(typed[field])
        if refusal and field == refused_box:
            st.error(refusal, icon=":material/error:")
        if prompt.follow_ups:
            st.caption(" ".join(prompt.follow_ups))
    prompts.keep_draft(database, account.id, plans.FORM, change.id, start.texts,
                       edited(typed, field_keys))
    save, discard = st.columns(2)
    if save.button("Save this plan", type="primary", icon=":material/check:", width="stretch"):
        try:
            number = plans.save_version(database, account.id, change.id, book, typed)
        except InputError as exc:
            if exc.box in field_keys:  # said under its box, where the words are, and here
                st.session_state[ERROR_KEY] = (exc.box, str(exc))
                st.rerun()
            st.error(str(exc))
        else:
            close_worksheet()
            st.session_state[SAVED_KEY] = (f"Saved as version {number}. You can revise it "
                                           "whenever things move on; every version is kept.")
            st.rerun()
    if refusal:  # also where the button was pressed, the page may be scrolled there
        st.error(f"Not saved. {refusal} (The box is above, marked.)", icon=":material/error:")
    if discard.button("Close without saving", icon=":material/close:", width="stretch"):
        if plans.has_unsaved_edits(database, account.id, change.id, change.title, latest):
            st.session_state[CLOSE_ASKED_KEY] = change.id  # edits would go: asked once more
        else:
            plans.discard_draft(database, account.id, change.id)  # it says nothing new
            close_worksheet()
            st.rerun()
    if st.session_state.get(CLOSE_ASKED_KEY) == change.id:
        st.warning("Close without saving? " + (
            f"The edits you made since version {latest.version} are cleared for good." if latest
            else "The plan you started here is cleared for good."), icon=":material/delete:")
        yes, no = st.columns(2)
        if yes.button("Yes, clear my edits", width="stretch"):
            plans.discard_draft(database, account.id, change.id)
            close_worksheet()
            st.rerun()
        if no.button("No, keep editing", width="stretch"):
            st.session_state.pop(CLOSE_ASKED_KEY, None)
            st.rerun()

if len(versions) > 1:
    with st.expander(f"Earlier versions ({len(versions) - 1})"):
        earlier = {v.version: v for v in versions[:-1]}
        chosen = st.selectbox("Version", options=sorted(earlier, reverse=True),
                              format_func=lambda n: f"Version {n}", key="plan_version")
        show_version(earlier[chosen])
