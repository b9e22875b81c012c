"""The guided check-in: how it's going, three rulers with MI follow-ups, an optional note."""

from datetime import UTC, datetime

import streamlit as st

from change_journal import checkin, plans
from change_journal.config import MAX_TEXT_CHARS
from change_journal.rulers import RULERS, SCALE
from change_journal.store import checkins
from change_journal.ui import session, widgets
from change_journal.ui.checkin_form import STEPS, DraftForm
from change_journal.validation import InputError

database = session.db()
account = session.require_account("person")
change = session.current_change(database, account)

st.title("Check in")
if change is None:
    st.markdown(
        "Welcome. This journal starts with one question, and there is no wrong answer. "
        "Take your time."
    )
    widgets.new_change_form(database, account, key="first_change_form")
    st.stop()

widgets.change_heading(change)

reflection_key = f"reflection:{change.id}"
if reflection_key in st.session_state:
    reflection = st.session_state[reflection_key]
    with st.container(border=True):
        st.markdown("#### Saved. Here is what you wrote, in your own words")
        for lead, words, marks in reflection.lines:
            st.caption(lead)
            widgets.quote_with_talk(words, marks)
        st.info(reflection.affirmation, icon=":material/spa:")
    left, right = st.columns(2)
    left.page_link("pages/progress.py", label="See your progress", icon=":material/show_chart:")
    if plans.offer(reflection.readiness).suggested:
        left.page_link("pages/plan.py", label="Make a plan, if you'd like",
                       icon=":material/checklist:")
    if right.button("Start a new check-in"):
        del st.session_state[reflection_key]
        st.rerun()
    st.stop()

previous, _first_at, last_at = checkins.checkin_stats(database, account.id, change.id)
form = DraftForm(database, account.id, change.id)
step = form.step
st.progress((step + 1) / len(STEPS), text=f"Step {step + 1} of {len(STEPS)}: {STEPS[step]}")
limit_help = f"Up to {MAX_TEXT_CHARS:,} characters. Skip anything you like."


def text_box(question: checkin.Question) -> None:
    st.text_area(question.text, key=form.text_key(question.prompt_id), max_chars=MAX_TEXT_CHARS,
                 help=limit_help, on_change=form.on_text, args=(question.prompt_id,))
    if question.hint:
        st.caption(question.hint)


if step == 0:
    text_box(checkin.how_going_question(previous))
elif step <= len(RULERS):
    ruler = RULERS[step - 1]
    st.markdown(f"**{ruler.question}**")
    st.caption(f"{ruler.low_anchor} · {ruler.high_anchor}")
    st.segmented_control(ruler.name, options=list(SCALE), key=form.rating_key(ruler.key),
                         on_change=form.on_rating, args=(ruler.key,), label_visibility="collapsed")
    if checkin.rating_of(form.draft, ruler.key) is not None:
        for question in checkin.questions_for(form.draft, previous):
            if question.prompt_id.startswith(f"checkin.{ruler.key}."):
                text_box(question)
else:
    text_box(checkin.Question(checkin.NOTE_ID, checkin.NOTE_QUESTION))
    chosen = ", ".join(
        f"{r.name} {form.draft['ratings'].get(r.key, '–')}" for r in RULERS
    )
    st.caption(f"Your ratings: {chosen}. You can go back and change anything before saving.")

back, forward = st.columns(2)
if step > 0 and back.button("Back", icon=":material/arrow_back:", width="stretch"):
    form.go_to(step - 1)
    st.rerun()
if step < len(STEPS) - 1:
    if forward.button("Next", type="primary", icon=":material/arrow_forward:",
                      width="stretch"):
        ruler_key = RULERS[step - 1].key if 1 <= step <= len(RULERS) else None
        if ruler_key and checkin.rating_of(form.draft, ruler_key) is None:
            st.info("Choose a number from 0 to 10 to go on. Any number is fine: it's your call.")
        else:
            form.go_to(step + 1)
            st.rerun()
elif forward.button("Save check-in", type="primary", icon=":material/check:",
                    width="stretch"):
    try:
        ratings, answers = checkin.build_checkin(form.draft, previous)
    except InputError as exc:
        st.error(str(exc))
    else:
        saved_at = datetime.now(UTC)
        checkins.save_checkin(database, account.id, change.id, ratings, answers,
                              created_at=saved_at.isoformat(timespec="microseconds"),
                              clear_draft=checkin.FORM)
        form.forget_widgets()
        st.session_state[reflection_key] = checkin.reflect(
            ratings, answers, checkin_number=previous + 1,
            previous_at=datetime.fromisoformat(last_at) if last_at else None, saved_at=saved_at,
            change=change.title,
        )
        st.rerun()

st.caption("Your answers are kept as a draft while you write, until you save.")
