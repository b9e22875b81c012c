"""Sign in or create an account."""

import streamlit as st

from change_journal import accounts
from change_journal.ui import session, widgets

database = session.db()


def enter(attempt) -> None:
    """Sign in with the account ``attempt()`` returns, or say why it gave none."""
    try:
        account = attempt()
    except accounts.SignInThrottled as exc:
        st.info(str(exc), icon=":material/schedule:")
    except accounts.AccountError as exc:
        st.error(str(exc))
    else:
        session.sign_in(database, account)
        st.rerun()


st.title("Change Journal", anchor=False)
with st.container(key="sign_in_intro"):
    st.markdown(
        "A private place to think through a change you are weighing: what matters to you, "
        "what pulls you both ways, and how important, confident and ready you feel over time."
    )
# A place of its own, so the first question after signing in or up takes the focus.
widgets.focus_when_moved("sign_in", "sign_in_intro")

# A newcomer starts on creating an account; a browser that has signed in before, or that
# followed a link to a page inside the journal, starts on signing in.
sign_in_tab, sign_up_tab = st.tabs(["Sign in", "Create an account"],
                                   default="Sign in" if session.returning() else "Create an account")

with sign_in_tab, st.form("sign_in_form"):
    username = st.text_input("Username", key="sign_in_username", max_chars=accounts.USERNAME_MAX)
    password = st.text_input("Password", type="password", key="sign_in_password",
                             max_chars=accounts.PASSWORD_MAX)
    if st.form_submit_button("Sign in", type="primary"):
        enter(lambda: accounts.sign_in(database, username, password))

with sign_up_tab, st.form("sign_up_form"):
    new_username = st.text_input("Choose a username", key="sign_up_username",
                                 max_chars=accounts.USERNAME_MAX)
    st.caption(accounts.USERNAME_RULES)
    new_password = st.text_input("Choose a password", type="password", key="sign_up_password",
                                 max_chars=accounts.PASSWORD_MAX)
    st.caption(accounts.PASSWORD_RULES)
    repeat = st.text_input("Repeat the password", type="password", key="sign_up_repeat",
                           max_chars=accounts.PASSWORD_MAX)
    role = st.radio("This account is for", options=list(accounts.ROLE_LABELS),
                    format_func=accounts.ROLE_LABELS.__getitem__, key="sign_up_role")
    if st.form_submit_button("Create my account", type="primary"):
        if problems := accounts.sign_up_problems(new_username, new_password, repeat, role):
            st.error("\n".join(f"- {problem}" for problem in problems) if len(problems) > 1
                     else problems[0])
        else:
            enter(lambda: accounts.sign_up(database, new_username, new_password, role))

st.caption("Your journal is private: nothing you write is shared unless you choose to share it.")
