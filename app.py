"""Change Journal: page config, sign-in gate and navigation."""

from contextlib import closing
from pathlib import Path

import streamlit as st

from change_journal.ui import layout, session

# A local icon file: a Material or emoji icon would make every browser fetch it from the internet.
ICON = Path(__file__).parent / "data" / "icon.png"
st.set_page_config(page_title="Change Journal", page_icon=str(ICON), layout="centered")

# Each kind of visitor's home page shares one URL path, so signing in or out lands on the
# other kind's home page instead of on a "page not found".
HOME = "home"
shared_link = st.Page("pages/shared_link.py", title="Shared progress", url_path="shared",
                      visibility="hidden")

signed_in = session.account()

if signed_in is None:
    pages = [st.Page("pages/sign_in.py", title="Sign in", icon=":material/login:", url_path=HOME,
                     default=True), shared_link]
elif signed_in.role == "coach":
    pages = {
        "Coaching": [
            st.Page("pages/coach.py", title="Your clients", icon=":material/groups:",
                    url_path=HOME, default=True),
            st.Page("pages/coach_client.py", title="Client", url_path="client", visibility="hidden"),
        ],
        "Account": [st.Page("pages/settings.py", title="Settings", icon=":material/settings:")],
        "": [shared_link],
    }
else:
    pages = {
        "Journal": [
            st.Page("pages/check_in.py", title="Check in", icon=":material/edit_note:",
                    url_path=HOME, default=True),
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

# The menu is drawn by layout.sidebar (see there for why Streamlit's own is hidden).
navigation = st.navigation(pages, position="hidden")
with closing(session.db()) as database:
    layout.sidebar(database, signed_in, pages)
navigation.run()
