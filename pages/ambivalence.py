"""Both sides: exploring ambivalence MI-style, other angles (the one suggested follows the
person's latest ratings, else the one tried longest ago), and an optional neutral four-box
decisional balance. All prompt text comes from data/prompts.toml."""

import streamlit as st

from change_journal import checkin, next_steps, prompts
from change_journal.ui import session, widgets
from change_journal.ui.answer_sheet import answer_box, keep, save_button
from change_journal.validation import too_long
from change_journal.wording import load_wording

database = session.db()
account = session.require_account("person")
tz = session.viewer_timezone()
words = load_wording()
book = prompts.load_prompts()
both_sides = book.set("both_sides")
closing = book.sets_of("ambivalence", "closing")[0]
angles = book.sets_of("ambivalence", "evocative")
balance = book.sets_of("ambivalence", "neutral")[0]

st.title("Both sides", anchor=False)
change = widgets.working_on(
    database, account,
    empty="Once you name a change, this page helps you look at both sides of it.",
)
SAVED_KEY = f"ambivalence_saved:{change.id}"
MODES = {"both_sides": both_sides.title, "angles": "Other angles", "balance": balance.title}
st.session_state.setdefault("ambivalence_mode", "both_sides")  # set here: a link may set it
if st.query_params.get("mode") in MODES:  # a next step after a check-in opens a path
    st.session_state["ambivalence_mode"] = st.query_params.pop("mode")
mode = st.segmented_control("What would you like to explore today?", options=list(MODES),
                            format_func=MODES.__getitem__,
                            key="ambivalence_mode") or "both_sides"


def earlier(prompt_set: prompts.PromptSet) -> None:
    table = prompts.earlier_answers(database, account.id, change.id, prompt_set.prompts, tz=tz,
                                    change=change.title)
    if not table.empty:
        with st.expander(f"What you wrote before ({len(table)})"):
            # The person's words before the question: on a phone they are what is in view.
            st.dataframe(table, hide_index=True, width="stretch",
                         column_order=["Date", "Your answer", "Question", "Change talk in it"],
                         column_config={"Your answer": st.column_config.TextColumn(width="large")})


def both_sides_path() -> None:
    """Likes, concerns, what could be better (one at a time), then both sides in their words."""
    if SAVED_KEY in st.session_state:
        with st.container(border=True):
            st.subheader("Saved. Both sides, in your own words", anchor=False)
            for lead, words in st.session_state[SAVED_KEY]:
                st.caption(lead)
                widgets.quote(words)
        if st.button("Explore both sides again"):
            del st.session_state[SAVED_KEY]
            st.rerun()
        return
    sheet = prompts.AnswerSheet.open(database, account.id, change,
                                     both_sides.prompts + closing.prompts)
    steps = len(both_sides.prompts)
    step_key = f"both_sides_step:{change.id}"
    step = st.session_state.get(step_key, 0)
    st.caption(both_sides.intro)
    st.progress((step + 1) / (steps + 1), text=f"Step {step + 1} of {steps + 1}")
    questions = sheet.questions
    if step < steps:
        shown = [questions[step]]
    else:
        lines = prompts.reflect(both_sides.prompts, sheet.draft)
        st.subheader(closing.title, anchor=False)
        if lines:
            st.caption(closing.intro)
            with st.container(border=True):
                for lead, words in lines:
                    st.caption(lead)
                    widgets.quote(words)
        shown = questions[steps:]
    typed = {q.prompt.id: answer_box(sheet, q) for q in shown}
    keep(database, sheet, typed)
    back = forward = st.container(horizontal=True)  # side by side on a phone too
    if step > 0 and back.button("Back", icon=":material/arrow_back:", width="stretch"):
        st.session_state[step_key] = step - 1
        st.rerun()
    if step < steps:
        if forward.button("Next", type="primary", icon=":material/arrow_forward:", width="stretch"):
            if (problem := too_long(typed.values())) is not None:
                st.error(problem)
            else:
                st.session_state[step_key] = step + 1
                st.rerun()
        st.caption("You can leave any box empty and move on.")
    else:
        with forward:
            saved = save_button(database, sheet, typed, "Save both sides", width="stretch")
        if saved is not None:
            st.session_state[SAVED_KEY] = prompts.saved_view(both_sides.prompts, saved)
            st.session_state.pop(step_key, None)
            st.rerun()
    earlier(both_sides)


def keep_and_save(sheet: prompts.AnswerSheet, typed: dict[str, str], path: str, saved: str) -> None:
    """Keep the words typed on ``path`` as a draft, save them on the button, and say ``saved``
    on the run after a save."""
    keep(database, sheet, typed)
    flag = f"{SAVED_KEY}:{path}"
    if save_button(database, sheet, typed) is not None:
        st.session_state[flag] = True
        st.rerun()
    if st.session_state.pop(flag, False):
        st.success(saved, icon=":material/check:")


def angles_path() -> None:
    """Evocative prompts: one suggested today (the least recently answered), any can be chosen."""
    last = prompts.last_answered(database, account.id, change.id)
    by_name = {s.name: s for s in angles}
    stands = checkin.standing(database, account.id, change.id)
    fitting = (next_steps.route(stands.ratings, stands.has_plan).angle
               if stands.ratings is not None else None)
    suggested = by_name.get(fitting) or prompts.suggested_set(angles, last)
    choice = st.pills("Choose an angle", options=list(by_name), default=suggested.name,
                      format_func=lambda name: by_name[name].title, key="ambivalence_angle")
    chosen = by_name.get(choice or suggested.name)
    if fitting in by_name:
        st.caption(words.text("angles.suggested_profile", title=suggested.title))
    else:
        tried = any(p.id in last for p in suggested.prompts)
        st.caption(f"Suggested today: {suggested.title}"
                   + ("" if tried else " (you haven't tried this one yet)") + ".")
    st.markdown(chosen.intro)
    sheet = prompts.AnswerSheet.open(database, account.id, change, chosen.prompts)
    typed = {q.prompt.id: answer_box(sheet, q) for q in sheet.questions}
    keep_and_save(sheet, typed, "angles", "Saved. Your words are gathered in “In your own words”.")
    earlier(chosen)


def balance_path() -> None:
    """The four-box decisional balance: optional and neutral, never the default."""
    st.info(balance.intro, icon=":material/balance:")
    sheet = prompts.AnswerSheet.open(database, account.id, change, balance.prompts)
    questions = sheet.questions
    typed: dict[str, str] = {}
    for row in (questions[:2], questions[2:]):
        for column, question in zip(st.columns(2), row, strict=True):
            with column:
                typed[question.prompt.id] = answer_box(sheet, question)
    keep_and_save(sheet, typed, "balance", "Saved.")
    earlier(balance)


{"both_sides": both_sides_path, "angles": angles_path, "balance": balance_path}[mode]()
