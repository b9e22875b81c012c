"""The coach's home: every change clients share, with attention flags, sorting and filtering."""

import streamlit as st

from change_journal import clock, coach_dashboard, sharing
from change_journal.config import MAX_TITLE_CHARS
from change_journal.rulers import RULERS
from change_journal.ui import session, widgets
from change_journal.ui.callbacks import guarded
from change_journal.validation import isolated

st.set_page_config(layout="wide")
database = session.db()
account = session.require_account("coach")
tz = session.viewer_timezone()

st.title("Your clients", anchor=False)

with st.expander("Invite a client", icon=":material/person_add:"):
    st.markdown(
        "A client shares their progress with you from their Sharing page, by typing your "
        "username or an invite code from you. A code works for "
        f"{sharing.INVITE_DAYS} days, for as many clients as you give it to. Clients always "
        "choose what you see, and can stop sharing at any time."
    )
    st.text(f"Your username: {isolated(account.username)}")
    if st.button("Make an invite code", icon=":material/key:"):
        st.session_state["new_invite_code"] = sharing.create_invite(database, account.id)
    if "new_invite_code" in st.session_state:
        st.code(st.session_state["new_invite_code"], language=None)
        st.caption("Copy it now: the journal keeps no copy it could show you again (only a "
                   "scrambled form, to check the code by), and it goes from this page once you "
                   "leave it. You can always make another.")
    for invite in sharing.list_invites(database, account.id):
        left, right = st.columns([3, 1], vertical_alignment="center")
        left.caption(f"Code made {clock.day(invite.created_at, tz)}, works until "
                     f"{sharing.last_day_of(invite.expires_at, tz)}.")
        if right.button("Stop this code", key=f"stop_invite_{invite.id}"):
            sharing.stop_invite(database, account.id, invite.id)
            st.session_state.pop("new_invite_code", None)
            st.rerun()

everything = coach_dashboard.overview(database, account.id, tz)
rows, waiting = everything.rows, everything.waiting

if waiting.total:
    # Collapsed to one line while the coach has clients to look at, however many wait.
    with st.expander(f"Waiting for your answer ({waiting.total:,})",
                     icon=":material/hourglass_top:", expanded=not rows or waiting.total <= 3):
        st.caption("These people shared with you by typing your username. You see nothing of "
                   "theirs until you accept; decline anyone you don't know. Clients who share "
                   "with your invite code skip this step.")
        for person in waiting.clients:
            with st.container(horizontal=True, vertical_alignment="center", gap="small"):
                st.text(f"{isolated(person.client_name)} · {person.shares} "
                        f"change{'s' if person.shares != 1 else ''} · shared "
                        f"{clock.day(person.latest_at, tz)}", width="stretch")
                if st.button("Accept", key=f"accept_{person.client_id}", icon=":material/check:"):
                    sharing.accept(database, account.id, person.client_id)
                    st.rerun()
                if st.button("Decline", key=f"decline_{person.client_id}",
                             icon=":material/close:"):
                    sharing.decline(database, account.id, person.client_id)
                    st.rerun()
        more = waiting.total - len(waiting.clients)
        with st.container(horizontal=True, vertical_alignment="center"):
            if more:
                st.caption(f"And {more:,} more, shown as you answer these.", width="stretch")
            with st.popover(f"Decline all {waiting.total:,}", icon=":material/block:"):
                st.caption("Everyone waiting is declined: they cannot share with you by "
                           "username again. Anyone you do know can still share with your "
                           "invite code.")
                # Up to the newest share drawn here (the button's arguments are those of the run
                # that drew it): a share made since keeps waiting.
                if st.button(f"Yes, decline all {waiting.total:,}", type="primary",
                             key="decline_all", on_click=guarded(st.session_state.__setitem__),
                             args=("decline_all_up_to", waiting.newest_at)):
                    sharing.decline_all(database, account.id,
                                        st.session_state.pop("decline_all_up_to"))
                    st.rerun()

if not rows and waiting.total:
    st.info("Accept the people you coach above, and their progress shows here with their "
            "latest ratings.", icon=":material/groups:")
elif not rows and everything.hidden:
    st.info("Everything shared with you is hidden from your list (below). Show a change again "
            "to see it here with its latest ratings.", icon=":material/groups:")
elif not rows:
    st.info("Nothing is shared with you at the moment. When a client shares a change with "
            "you, it shows up here with their latest ratings.", icon=":material/groups:")


def hidden_list() -> None:
    """The shares the coach took off their list, compactly, each with "Show again"."""
    if not everything.hidden:
        return
    with st.expander(f"Hidden from your list ({len(everything.hidden)})",
                     icon=":material/visibility_off:"):
        for shared in everything.hidden:
            with st.container(horizontal=True, vertical_alignment="center"):
                st.text(f"{isolated(shared.client_name)}: {isolated(shared.change_title)}",
                        width="stretch")
                if st.button("Show again", key=f"unhide_{shared.grant_id}"):
                    sharing.show_again(database, account.id, shared.grant_id)
                    st.rerun()


if not rows:
    hidden_list()
    st.stop()

search_col, sort_col = st.columns([3, 2], vertical_alignment="bottom")
search = search_col.text_input("Find a client or change", key="coach_search",
                               placeholder="Name or change", max_chars=MAX_TITLE_CHARS)
sort = sort_col.selectbox("Sort by", options=list(coach_dashboard.SORTS), key="coach_sort")
only_flagged = st.toggle("Only those who may need a look", key="coach_only_flagged")
chosen = coach_dashboard.select(rows, search=search, only_needing_a_look=only_flagged, sort=sort)
flagged = sum(r.needs_a_look for r in rows)
st.caption(
    f"{len(chosen):,} of {len(rows):,} shared changes shown · {flagged} may need a look. Flags are "
    f"prompts, not judgments: a rating {coach_dashboard.DROP_FLAG} or more lower than at the "
    f"previous check-in, or {coach_dashboard.QUIET_DAYS} days without one."
)
if not chosen:
    st.info("No shared change matches. Try another name, or show everyone.")
    hidden_list()
    st.stop()

_, pages = coach_dashboard.page(chosen, 1)
number = widgets.page_picker(pages, key=f"coach_page:{pages}")  # fewer pages: the first again
shown, _ = coach_dashboard.page(chosen, number)
shown = coach_dashboard.with_trends(database, account.id, shown)

with st.container(key="coach_trends"):
    st.caption(f"How the ratings of the clients on this page moved over their latest "
               f"{coach_dashboard.SPARK_POINTS} check-ins, each on the 0-10 scale (empty until "
               "a client has two):")
    # alt gives the grid its accessible name (Streamlit 1.67's st.dataframe(alt=...)). Bars, one
    # per check-in: a smoothed line hid a peak and an 8-point drop in a cell 30 pixels high.
    st.dataframe(coach_dashboard.trend_table(shown), hide_index=True, width="stretch",
                 alt="Rating trends of the clients on this page",
                 row_height=40, height="content", column_config={
                     "Client": st.column_config.TextColumn(pinned=True),
                     **{column: st.column_config.BarChartColumn(
                         ruler, y_min=0, y_max=10, width="small",
                         help=f"The latest {coach_dashboard.SPARK_POINTS} check-ins, 0-10")
                        for ruler, column in coach_dashboard.TREND_COLUMNS.items()}})

for row in shown:
    with st.container(border=True):
        who, ratings, when = st.columns([3, 3.6, 2.6], vertical_alignment="center")
        who.page_link("pages/coach_client.py", label=widgets.md_escape(row.client_name),
                      icon=":material/person:",
                      query_params={"client": row.client_id, "change": row.change_id})
        with who:
            st.text(row.change_title)
        # A horizontal container keeps the three numbers side by side on a phone too.
        with ratings.container(horizontal=True, gap="medium"):
            for ruler in RULERS:
                move = row.moves[ruler.key]
                st.metric(ruler.name, row.latest.get(ruler.key, "–"),
                          delta=coach_dashboard.move_text(move) or None, delta_color="off",
                          delta_arrow="off" if move == 0 else "auto", width="content")
        with when:
            if row.last_checkin is not None:
                st.caption(coach_dashboard.last_checkin_text(row))
            for flag in row.flags:
                st.badge(flag, icon=":material/visibility:", color="gray")
            if st.button("Hide from this list", key=f"hide_{row.grant_id}",
                         icon=":material/visibility_off:",
                         type="tertiary", help="Take this off your list. It stays shared with "
                         "you, and you can show it again from the bottom of the page."):
                sharing.hide(database, account.id, row.grant_id)
                st.rerun()

hidden_list()
