"""A read-only link: someone's ratings and charts for one change, no account needed."""

import streamlit as st

from change_journal import sharing
from change_journal.ui import coach_view, session

database = session.db()
view = sharing.open_link(database, st.query_params.get("token", ""))

if view is None:
    st.title("This link is not valid", anchor=False)
    st.markdown("If someone shared it with you, ask them for a new one.")
    visitor = session.account()
    home = {None: "pages/sign_in.py", "coach": "pages/coach.py"}.get(
        visitor and visitor.role, "pages/check_in.py")
    st.page_link(home, label="Go to Change Journal" if visitor else
                 "Sign in to Change Journal, or create an account", icon=":material/home:")
    st.stop()

st.title("Shared progress", anchor=False)
st.caption("A read-only view of one person's ratings over time, shared with you through a link.")
coach_view.render(database, view, key="shared_link", level=2)
