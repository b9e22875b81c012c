"""Sharing: let a coach see a change's progress, make read-only links, preview what is seen."""

from datetime import date, timedelta

import streamlit as st

from change_journal import changes as changes_core
from change_journal import sharing
from change_journal.ui import coach_view, session, widgets
from change_journal.ui.answer_sheet import plain_label
from change_journal.validation import InputError

database = session.db()
account = session.require_account("person")
tz = session.viewer_timezone()
changes = session.active_changes(database, account)
titles = changes_core.titles(changes)
current = session.current_change(database, account)

st.title("Sharing", anchor=False)
st.markdown(
    "Your journal is private. Here you can let a coach see how a change is going: by default "
    "the numbers and charts, and your written answers only if you pick them. It's your call, "
    "and you can stop sharing at any time: it takes effect at once."
)
def show_departure(departure: sharing.Departure) -> None:
    st.text(sharing.departure_heading(departure))
    st.caption(sharing.describe_departure(departure, tz))


departures = sharing.list_departures(database, account.id)
if new_departures := sharing.unseen_departures(departures):
    with st.container(border=True, key="coach_departures"):
        st.markdown(f":material/person_off: **{sharing.departures_title(new_departures)}**")
        for departure in new_departures[:sharing.DEPARTURES_LISTED]:
            show_departure(departure)
        if (more := len(new_departures) - sharing.DEPARTURES_LISTED) > 0:
            st.caption(f"And {more:,} more: all are listed under “Ended sharing” below.")
        if st.button("OK, hide this notice", key="departures_seen", icon=":material/check:"):
            sharing.mark_departures_seen(database, account.id, new_departures)
            st.rerun()
if not changes:
    st.info("To share something new, name a change and check in. Everything you share already "
            "is listed below, archived changes included.")
    st.page_link("pages/check_in.py", label="Start a check-in", icon=":material/edit_note:")


def end_date_picker(key: str, *, default_on: bool) -> date | None:
    """An optional last day; None when sharing has no end date."""
    if not st.toggle("End automatically after a date", value=default_on, key=f"{key}_ends"):
        return None
    today = sharing.today(tz)
    last_day = st.date_input("Last day", value=today + timedelta(days=30), min_value=today,
                             key=f"{key}_last_day", format="DD/MM/YYYY")
    if last_day:  # the day in words: 01/02 reads as January or February
        st.caption(f"The last day is {last_day.day} {last_day:%B %Y}.")
    return last_day


def kind_picker(key: str, default: tuple[str, ...] = ()) -> list[str]:
    kinds = st.pills("Which written answers", options=list(sharing.KINDS_BY_KEY),
                     format_func=lambda k: sharing.KINDS_BY_KEY[k].label, selection_mode="multi",
                     default=list(default), key=key) or []
    if not kinds:
        st.caption("No kind picked yet: your coach sees the numbers and charts, and of your "
                   "written answers only those you pick one by one.")
    return kinds


# --- share with a coach ------------------------------------------------------------------------
CHECK = "share_check"
# What was just stopped or saved, said once after the rerun (the app's own words only).
SHARE_NEWS, STOPPED_LINK = "share_news", "link_turned_off"
STOP_ASKED = "stop_sharing_asked"  # the grant "Stop sharing" asks about (forgotten off the page)
if changes:
    st.header("Share with a coach", anchor=False)
    shared_now = st.session_state.pop("share_done", None)
    if shared_now:  # a fresh form for the next share
        # Set, not only forgotten: a browser kept showing the written-answers choice, picked
        # last time, above a form that had dropped its kinds.
        st.session_state["share_coach"] = ""
        st.session_state["share_scope"] = next(iter(sharing.SCOPES))
        st.session_state["share_ends"] = False
        for key in ("share_changes", "share_kinds", "share_last_day"):
            st.session_state.pop(key, None)
    with st.container(border=True):
        coach_text = st.text_input("Your coach's username or invite code", key="share_coach",
                                   max_chars=64)
        st.caption("With an invite code from your coach, they see it at once; with their "
                   "username, once they accept it.")
        change_ids = st.multiselect("Which changes", options=list(titles),
                                    format_func=titles.__getitem__,
                                    default=[current.id] if current else [], key="share_changes")
        scope = st.radio("What your coach sees", options=list(sharing.SCOPES),
                         format_func=sharing.SCOPES.__getitem__, key="share_scope")
        kinds = []
        if scope == "answers":
            kinds = kind_picker("share_kinds")
            st.caption("Your coach sees what you write under these, in past and future "
                       "check-ins, until you change it. You can also pick single answers once "
                       "you have shared.")
        last_day = end_date_picker("share", default_on=False)
        request = sharing.ShareRequest(coach_text, tuple(change_ids), scope, tuple(kinds),
                                       last_day, tz)
        if st.session_state.get(CHECK) and st.session_state[CHECK].request != request:
            del st.session_state[CHECK]  # the form changed since: ask again about what it says
        if CHECK not in st.session_state and st.button("Share", type="primary",
                                                        icon=":material/share:"):
            try:
                st.session_state[CHECK] = sharing.check_share(database, account.id, request)
            except InputError as exc:
                st.error(str(exc))
            else:
                st.rerun()  # draw the question in place of the button
        if check := st.session_state.get(CHECK):
            with st.container(border=True, key="share_confirm"):
                st.text(check.question)
                st.caption(check.details)
                yes, no = st.columns(2)
                if yes.button("Yes, share", type="primary", icon=":material/share:",
                              width="stretch"):
                    try:
                        sharing.confirm_share(database, account.id, check)
                    except InputError as exc:
                        st.error(str(exc))
                    else:
                        del st.session_state[CHECK]
                        st.session_state["share_done"] = (
                            "again" if check.already else
                            "waits" if check.waits_for_coach else "sees")
                        st.rerun()
                if no.button("Cancel", width="stretch"):
                    del st.session_state[CHECK]
                    st.rerun()
        if shared_now == "again":
            st.success("Shared. What your coach sees of it is now what you just chose; it is "
                       "listed below.")
        elif shared_now == "sees":
            st.success("Shared. Your coach sees it from their next visit, and it is listed below.")
        elif shared_now:
            st.success("Shared. Your coach sees it once they accept; it is listed below "
                       "meanwhile, and you can stop it at any time.")

def answer_picker(grant, kinds: list[str]) -> list[int]:
    """Single answers to share, each ticked under its question with the words in full (a table
    cut them off on a phone); those a kind picked above shares already say so. Returns the ids
    ticked, and those picked before that a kind now covers (kept if the kind is dropped)."""
    choices = sharing.answer_choices(database, account.id, grant, tz, kinds)
    if not choices:
        st.caption("No check-in answers on this change yet to pick from.")
        return []
    st.caption("Answers of the kinds picked above are shared already; tick any others you also "
               "want your coach to see.")
    picked = []
    for choice in choices:
        label = plain_label(f"{choice.when} · {choice.question}")
        with st.container(border=True):
            if choice.kind:
                st.checkbox(label, value=True, disabled=True,
                            key=f"pick_{grant.id}_{choice.answer_id}_by_kind")
                st.caption(f"Shared as “{choice.kind}”, a kind picked above.")
                if choice.picked:
                    picked.append(choice.answer_id)
            elif st.checkbox(label, value=choice.picked,
                             key=f"pick_{grant.id}_{choice.answer_id}"):
                picked.append(choice.answer_id)
            widgets.quote(choice.text)
    return picked


# --- who sees what -----------------------------------------------------------------------------
open_grants, ended = sharing.open_and_ended(sharing.list_grants(database, account.id))

st.header("Who sees what", anchor=False)
if news := st.session_state.pop(SHARE_NEWS, None):
    st.success(news, icon=":material/check:")
if not open_grants:
    st.caption("You are not sharing anything with a coach right now.")
for grant in open_grants:
    with st.container(border=True):
        about, stop = st.columns([4, 1], vertical_alignment="center")
        about.text(sharing.grant_heading(grant))
        about.caption(sharing.describe_grant(grant, tz))
        if stop.button("Stop sharing", key=f"revoke_{grant.id}", icon=":material/block:"):
            st.session_state[STOP_ASKED] = grant.id
        if st.session_state.get(STOP_ASKED) == grant.id:
            with st.container(border=True, key=f"stop_confirm_{grant.id}"):
                st.text(sharing.stop_question(grant, open_grants))
                yes, no = st.columns(2)
                if yes.button("Yes, stop sharing", type="primary", icon=":material/block:",
                              key=f"revoke_yes_{grant.id}", width="stretch"):
                    del st.session_state[STOP_ASKED]
                    sharing.stop_sharing(database, account.id, grant.id)
                    st.session_state[SHARE_NEWS] = ("Stopped. That coach sees nothing of it any "
                                                    "more; it is listed under “Ended sharing”.")
                    st.rerun()
                if no.button("Keep sharing", key=f"revoke_no_{grant.id}", width="stretch"):
                    del st.session_state[STOP_ASKED]
                    st.rerun()
        with st.expander("Change what is shared"):
            new_scope = st.radio("What your coach sees", options=list(sharing.SCOPES),
                                 format_func=sharing.SCOPES.__getitem__,
                                 index=list(sharing.SCOPES).index(grant.scope),
                                 key=f"scope_{grant.id}")
            new_kinds, picked = [], []
            if new_scope == "answers":
                new_kinds = kind_picker(f"kinds_{grant.id}", grant.kinds)
                picked = answer_picker(grant, new_kinds)
            if st.button("Save what is shared", key=f"save_scope_{grant.id}"):
                try:
                    sharing.change_what_is_shared(database, account.id, grant.id, new_scope,
                                                  new_kinds, picked)
                except InputError as exc:
                    st.error(str(exc))
                else:
                    seen = sharing.seen_words(new_scope, new_kinds, len(picked))
                    st.session_state[SHARE_NEWS] = f"Saved: this coach now sees {seen}."
                    st.rerun()
        if st.toggle("Show what this coach sees", key=f"preview_{grant.id}"):
            preview = sharing.open_preview(database, account.id, grant.id)
            if preview is not None:
                waiting = sharing.grant_status(grant) == "waiting"
                st.caption("Below, what this coach will see once they accept:" if waiting
                           else "Below, what this coach sees now:")
                with st.container(border=True):
                    coach_view.render(database, preview, key=f"preview_{grant.id}", level=3)
if ended or departures:
    with st.expander(f"Ended sharing ({len(ended) + len(departures)})"):
        for grant in ended:
            st.text(sharing.grant_heading(grant))
            st.caption(sharing.describe_grant(grant, tz, shared_again=sharing.shared_again(
                grant, open_grants)))
        for departure in departures:
            show_departure(departure)

# --- read-only links ---------------------------------------------------------------------------
st.header("Read-only links", anchor=False)
st.markdown(
    "Anyone who has a link sees the name of the change and its numbers and charts, without "
    "signing in: never your written answers or your username. You can turn a link off at any time."
)
if changes:
    with st.container(border=True):
        link_change = st.selectbox("Which change", options=list(titles),
                                   format_func=titles.__getitem__, key="link_change",
                                   index=list(titles).index(current.id) if current else 0)
        link_last_day = end_date_picker("link", default_on=True)
        if st.button("Make a link", icon=":material/link:"):
            try:
                token = sharing.create_link(database, account.id, link_change, link_last_day, tz)
            except InputError as exc:
                st.error(str(exc))
            else:
                st.session_state["new_link"] = sharing.link_url(st.context.url, token)
                st.rerun()
if "new_link" in st.session_state:
    st.success("Here is your link. Copy it now: the journal keeps no copy it could show you "
               "again (only a scrambled form, to check the link by), and it goes from this page "
               "once you leave it.")
    st.code(st.session_state["new_link"], language=None, wrap_lines=True)
    if st.button("Done, I have copied it"):
        del st.session_state["new_link"]
        st.rerun()

open_links, ended_links = sharing.open_and_ended(sharing.list_links(database, account.id))
if stopped := st.session_state.pop(STOPPED_LINK, None):
    st.success(stopped, icon=":material/check:")
for link in open_links:
    with st.container(border=True):
        about, stop = st.columns([4, 1], vertical_alignment="center")
        about.text(sharing.link_heading(link))
        about.caption(sharing.describe_link(link, tz))
        if stop.button("Turn off", key=f"revoke_link_{link.id}", icon=":material/link_off:"):
            sharing.turn_off_link(database, account.id, link.id)
            st.session_state[STOPPED_LINK] = ("Turned off. Whoever has the link sees nothing any "
                                              "more.")
            st.rerun()
if ended_links:
    with st.expander(f"Ended links ({len(ended_links)})"):
        for link in ended_links:
            st.text(sharing.link_heading(link))
            st.caption(sharing.describe_link(link, tz))
