"""In your own words: a collecting summary of what the person has said for change, an open
question to answer, what they have done, and everything they wrote, by theme."""

import streamlit as st

from change_journal import clock, prompts, summary
from change_journal.ui import session, widgets
from change_journal.ui.answer_sheet import answer_boxes, keep, save_button
from change_journal.wording import load_wording

database = session.db()
account = session.require_account("person")
tz = session.viewer_timezone()
words = load_wording()

st.title("In your own words", anchor=False)
change = widgets.working_on(
    database, account,
    empty="Once you name a change and write a little about it, your own words will be "
            "gathered here.",
)
book = prompts.load_prompts()
gathered = summary.build_summary(database, account.id, change, book)

if gathered.empty:
    st.info("Nothing gathered yet. As you check in, reflect on your values or look at both "
            "sides, what you say for this change will be collected here, with when you said it.",
            icon=":material/format_quote:")
    st.page_link("pages/check_in.py", label="Check in", icon=":material/edit_note:")
    st.page_link("pages/values.py", label="Sort your values", icon=":material/favorite:")
    st.page_link("pages/ambivalence.py", label="Look at both sides", icon=":material/balance:")
    st.stop()

closing = book.set(summary.CLOSING_SET)
statements = summary.collect(gathered.sections)
question = closing.prompts[0].text
with st.container(border=True):
    paragraph = summary.collecting_summary(statements, question, tz)
    if paragraph:
        widgets.say(paragraph[:-1])
    st.markdown(f"**{widgets.sentence_markdown(paragraph[-1]) if paragraph else question}**")
    sheet = prompts.AnswerSheet.open(database, account.id, change, closing.prompts)
    typed = answer_boxes(sheet, label_visibility="collapsed")
    keep(database, sheet, typed)
    if save_button(database, sheet, typed) is not None:
        st.session_state["summary_saved"] = True
        st.rerun()
    if st.session_state.pop("summary_saved", False):
        st.success("Saved. It will be part of this page next time.", icon=":material/check:")
    if statements:
        with st.expander(words.text("summary.sources")):
            for statement in statements:
                quote = statement.quote
                st.caption(f"{clock.day(quote.at, tz)} · {widgets.md_escape(quote.source)} · "
                           f"in answer to: {widgets.md_escape(quote.question)}")

if acts := summary.acts_beyond(gathered.acts, statements):
    st.subheader(words.text("summary.acts"), anchor=False)
    for act in acts:
        widgets.say([summary.affirm(act, tz)])

st.subheader(words.text("summary.gallery"), anchor=False)
st.caption(words.text("summary.gallery_intro"))


def show_quote(quote: summary.Quote, key: str) -> None:
    with st.container(border=True):
        widgets.quote(f"“{quote.text}{' …' if quote.excerpt else ''}”")
        widgets.talk_labels(database, account.id, change.id,
                            [m for m in quote.talk if m.side == "change"], key=key)
        repeated = f" · {quote.repeated}" if quote.repeated else ""
        # The person's words above stand out; where they come from is said small, under them.
        st.caption(f"{clock.day(quote.at, tz)} · {widgets.md_escape(quote.source)}{repeated}"
                   f" · in answer to: {widgets.md_escape(quote.question)}")


for section in gathered.sections:
    count = len(section.quotes) + section.older
    with st.expander(f"{section.title} ({count:,})" if count else section.title):
        if section.theme == "values" and gathered.top_values:
            st.caption(f"Your top values, from your sort on "
                       f"{clock.day(gathered.top_values_at, tz)}:")
            st.text(", ".join(gathered.top_values))
        for number, quote in enumerate(section.quotes):
            show_quote(quote, f"summary:{section.theme}:{number}")
        if section.older:
            st.caption(f"{section.older:,} older entries on this theme are not listed here; "
                       "the Progress table and the export in Settings hold them all.")
