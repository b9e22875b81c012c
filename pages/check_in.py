"""The guided check-in: how it's going, three rulers with MI follow-ups, an optional note; then
what the journal says back in the person's own words, and next steps that fit their rulers."""

import streamlit as st

from change_journal import checkin, clock, next_steps
from change_journal.rulers import RULERS
from change_journal.ui import session, widgets
from change_journal.ui.checkin_form import STEPS, DraftForm
from change_journal.validation import InputError
from change_journal.wording import load_wording

database = session.db()
account = session.require_account("person")
change = session.current_change(database, account)
words = load_wording()
tz = session.viewer_timezone()

st.title("Check in", anchor=False)
if change is None:
    widgets.first_change_form(database, account, key="first_change_form")
    st.stop()

widgets.change_heading(database, account, change)

saved_key, again_key = f"saved_checkin:{change.id}", f"saved_checkin_again:{change.id}"
if (saved := st.session_state.get(saved_key)) is not None:
    if st.session_state.pop(again_key, False):
        st.info("This check-in was saved already (by a second click, or in another window), "
                "so it is in your journal once.", icon=":material/check:")
    elif saved.on_its_own:
        st.info("Saved as a check-in of its own: another window had saved this one as it was "
                "before, and that is in your journal too.", icon=":material/tab:")
    said = checkin.reflection(database, account.id, change, saved, tz=tz)
    with st.container(border=True, key="reflection"):
        widgets.say(said.sentences[:-1])
        st.markdown(f"**{widgets.sentence_markdown(said.question)}**")
    widgets.focus_when_moved(f"saved:{saved.checkin_id}", "reflection")
    st.caption(words.text("checkin.to_sit_with"))  # the reflection itself ends on its question
    st.caption(words.text("checkin.saved", at=clock.day_and_time(saved.at, tz)))
    with st.expander(words.text("checkin.all_answers")):
        for number, answer in enumerate(said.answers):
            st.caption(widgets.md_escape(answer.question))
            widgets.quote(answer.text)
            widgets.talk_labels(database, account.id, change.id, list(answer.marks),
                                key=f"checkin_labels:{saved.checkin_id}:{number}")
    st.markdown(words.pick("checkin.next_intro", saved.turn))
    for offer in next_steps.offers(said.route, words, first=said.first):
        st.page_link(offer.page, label=offer.label, icon=offer.icon,
                     query_params=offer.query or None)
    if st.button(words.text("checkin.again"), icon=":material/edit_note:"):
        del st.session_state[saved_key]
        st.rerun()
    st.stop()

form = DraftForm(database, account.id, change.id)
form.where_it_stands(database, words, tz)
step = form.step
st.progress((step + 1) / len(STEPS), text=f"Step {step + 1} of {len(STEPS)}: {STEPS[step]}")

if step == 0:
    back = checkin.welcome_back(database, account.id, change, tz=tz)
    if back.line:
        with st.container(border=True):
            widgets.say(back.line)
    with st.container(key=form.question_key(step)):
        form.text_box(checkin.how_going_question(back.previous, back.since))
elif (ruler := checkin.ruler_at(step)) is not None:
    with st.container(key=form.question_key(step)):
        st.markdown(f"**{ruler.question}**")
    rating = form.rating(ruler)
    if rating is not None:
        boxes = checkin.follow_up_boxes(form.draft, ruler)
        for box in boxes:
            form.follow_up(box)
        if checkin.answers_set_aside(form.draft, ruler, [box.question for box in boxes]):
            st.info(words.text("checkin.set_aside"), icon=":material/undo:")
else:
    with st.container(key=form.question_key(step)):
        form.text_box(checkin.note_question())
    chosen = ", ".join(f"{r.name} {form.draft['ratings'].get(r.key, '–')}" for r in RULERS)
    st.caption(words.text("checkin.ratings_so_far", ratings=chosen))

back = forward = st.container(horizontal=True)  # side by side on a phone too
if step > 0 and back.button("Back", icon=":material/arrow_back:", width="stretch"):
    form.go_to(database, step - 1)
    st.rerun()
if step < len(STEPS) - 1:
    if forward.button("Next", type="primary", icon=":material/arrow_forward:", width="stretch"):
        if (problem := checkin.blocked(form.draft, step)) is not None:
            st.info(problem)
        else:
            form.go_to(database, step + 1)
            st.rerun()
elif forward.button("Save check-in", type="primary", icon=":material/check:", width="stretch"):
    try:
        saved = checkin.save(database, account.id, change, form.current(database), tz=tz)
    except InputError as exc:
        saved = None
        st.error(str(exc))
    except checkin.NotYours:
        saved = None
        st.info("This change is no longer in your journal (it may have been deleted in another "
                "window), so there is nowhere to save this.")
    except checkin.SavedBefore as done:  # a double click, another window: saved once
        saved = done.saved
        st.session_state[again_key] = True
    if saved is not None:
        form.forget()
        st.session_state[saved_key] = saved
        st.rerun()

form.keep(database)
if not form.left_behind:
    st.caption(words.text("checkin.draft_kept"))
form.focus_question(step)
