"""In your own words: a collecting summary of what the person has said for change."""

import streamlit as st

from change_journal import clock, prompts, summary
from change_journal.ui import session, widgets
from change_journal.ui.answer_sheet import answer_boxes, save_button

database = session.db()
account = session.require_account("person")
tz = session.viewer_timezone()

st.title("In your own words")
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

st.markdown("What you have said for this change, gathered from everything you have written: "
            "strongest and most recent first, each with when and where you wrote it. The labels "
            "under a quote name the kind of change talk in it: hover one to see why.")
if gathered.affirmations:
    st.info("\n".join(f"- {line}" for line in gathered.affirmations), icon=":material/spa:")


def show_quote(quote: summary.Quote) -> None:
    with st.container(border=True):
        widgets.quote_with_talk(f"“{quote.text}{' …' if quote.excerpt else ''}”",
                                [m for m in quote.talk if m.side == "change"])
        repeated = f" · you wrote this {quote.times} times" if quote.times > 1 else ""
        st.caption(f"{clock.day(quote.at, tz)} · {quote.source}{repeated} · in answer to:")
        st.text(quote.question)


for section in gathered.sections:
    st.subheader(section.title, anchor=False)
    if section.theme == "values" and gathered.top_values:
        st.caption(f"Your top values, from your sort on "
                   f"{clock.day(gathered.top_values_at, tz)}:")
        st.text(", ".join(gathered.top_values))
    for quote in section.quotes[:summary.SHOWN]:
        show_quote(quote)
    rest = section.quotes[summary.SHOWN:]
    if rest:
        with st.expander(f"{len(rest)} more"):
            for quote in rest:
                show_quote(quote)
    if section.older:
        st.caption(f"{section.older:,} older entries on this theme are not listed here; "
                   "the Progress table and the export in Settings hold them all.")

st.divider()
closing = book.set(summary.CLOSING_SET)
st.subheader(closing.title, anchor=False)
st.caption(closing.intro)
sheet = prompts.AnswerSheet.open(database, account.id, change, closing.prompts)
typed = answer_boxes(sheet.questions)
sheet.keep(database, typed)
if save_button(database, sheet, typed) is not None:
    st.session_state["summary_saved"] = True
    st.rerun()
if st.session_state.pop("summary_saved", False):
    st.success("Saved. It will be part of this page next time.", icon=":material/check:")
