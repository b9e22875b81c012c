"""What a signed-in visitor sees at the address of a page that belongs to the other kind of
account (a coach following a person's bookmark, or the other way round)."""

import streamlit as st

st.title("Not a page for this account", anchor=False)
st.markdown("This address belongs to another kind of account. Use the menu to find your pages.")
