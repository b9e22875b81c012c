"""Change Journal: page config, session check, navigation and the last line of error handling."""

from pathlib import Path

import streamlit as st

from change_journal.ui import callbacks, layout, session

# A local icon file: a Material or emoji icon would make every browser fetch it from the internet.
ICON = Path(__file__).parent / "data" / "icon.png"
st.set_page_config(page_title="Change Journal", page_icon=str(ICON), layout="centered")

# Each kind of visitor's home page is the default page (served at "/") and shares one inner
# path, so signing in or out lands on the other kind's home page instead of on a "page not
# found". Streamlit serves a default page at "/" only, so "/home", typed or bookmarked, opens
# that home page through a hidden alias.
HOME = "start"
HOME_ALIAS = "home"
SIGN_IN = "pages/sign_in.py"
OTHER_ROLE = "pages/other_role.py"
shared_link = st.Page("pages/shared_link.py", title="Shared progress", url_path="shared",
                      visibility="hidden")

PERSON = {
    "Journal": [
        st.Page("pages/check_in.py", title="Check in", icon=":material/edit_note:",
                url_path=HOME, default=True),
        st.Page("pages/check_in.py", title="Check in", url_path=HOME_ALIAS, visibility="hidden"),
        st.Page("pages/progress.py", title="Progress", icon=":material/show_chart:"),
        st.Page("pages/changes.py", title="Your changes", icon=":material/flag:"),
    ],
    "Explore": [
        st.Page("pages/values.py", title="Values", icon=":material/favorite:"),
        st.Page("pages/ambivalence.py", title="Both sides", icon=":material/balance:"),
        st.Page("pages/plan.py", title="Change plan", icon=":material/checklist:"),
        st.Page("pages/summary.py", title="In your own words", icon=":material/format_quote:"),
    ],
    "Sharing and data": [
        st.Page("pages/sharing.py", title="Sharing", icon=":material/share:"),
        st.Page("pages/settings.py", title="Settings", icon=":material/settings:"),
        shared_link,
    ],
}
COACH = {
    "Coaching": [
        st.Page("pages/coach.py", title="Your clients", icon=":material/groups:",
                url_path=HOME, default=True),
        st.Page("pages/coach.py", title="Your clients", url_path=HOME_ALIAS, visibility="hidden"),
        st.Page("pages/coach_client.py", title="Client", url_path="client", visibility="hidden"),
    ],
    "Account": [st.Page("pages/settings.py", title="Settings", icon=":material/settings:")],
    "": [shared_link],
}


# A new invite code or share link (session state key), which the journal keeps no copy of, is
# shown on the page that made it (its paths; the home page is "") until that page is left, then
# forgotten; so is a "Stop sharing?" or "Close without saving?" question left unanswered. (A
# comment: a bare string here would be drawn on every page.)
SHOWN_ONCE = {"new_invite_code": {"", HOME_ALIAS}, "new_link": {"sharing"},
              "stop_sharing_asked": {"sharing"}, "plan_close_asked": {"plan"}}


def url_paths(pages: dict[str, list]) -> set[str]:
    return {page.url_path for section in pages.values() for page in section} - {""}


def stand_ins(script: str, paths: set[str]) -> list:
    """Hidden pages at ``paths`` that run ``script``: a deep link or a reload of a page this
    visitor cannot open yet lands there, and keeps its address and query parameters."""
    return [st.Page(script, title="Change Journal", url_path=path, visibility="hidden")
            for path in sorted(paths)]


with session.rerun_database() as database:
    signed_in = session.authenticate(database)
    if signed_in is None:
        # Signing in reruns at the same address, which then opens the page asked for.
        pages = {"": [st.Page(SIGN_IN, title="Sign in", icon=":material/login:", url_path=HOME,
                              default=True), shared_link,
                      *stand_ins(SIGN_IN, (url_paths(PERSON) | url_paths(COACH)) - {"shared"})]}
    else:
        own, other = (COACH, PERSON) if signed_in.role == "coach" else (PERSON, COACH)
        pages = {**own, "Elsewhere": stand_ins(OTHER_ROLE, url_paths(other) - url_paths(own))}

    # The menu is drawn by layout.sidebar (see there for why Streamlit's own is hidden).
    navigation = st.navigation(pages, position="hidden")
    for key, shown_on in SHOWN_ONCE.items():
        if navigation.url_path not in shown_on:
            st.session_state.pop(key, None)
    callbacks.show_failure()
    if signed_in is None and st.session_state.pop(session.SIGNED_OUT_KEY, False):
        st.info(session.SIGNED_OUT, icon=":material/logout:")  # on whichever page it lands
    if signed_in is None and st.session_state.pop(session.ACCOUNT_DELETED_KEY, False):
        st.success(session.ACCOUNT_DELETED, icon=":material/check:")
    try:
        layout.sidebar(database, signed_in, pages)
        navigation.run()
    except Exception as error:
        callbacks.report(error, navigation.url_path)
