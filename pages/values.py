"""Values: sort the cards, choose a top five, reflect on them, and see how they move over time."""

import streamlit as st

from change_journal import clock, prompts, values
from change_journal.ui import session, widgets
from change_journal.ui.answer_sheet import answer_boxes, keep, save_button
from change_journal.ui.callbacks import guarded, partial_run
from change_journal.validation import InputError, isolated, limit_help

database = session.db()
account = session.require_account("person")
change = session.current_change(database, account)
tz = session.viewer_timezone()
book = prompts.load_prompts()
SAVED_KEY = "values_saved_message"
NOTICE_KEY = "values_card_notice"
JUST_SAVED_KEY = "values_reflections_saved"
OWN_VALUE_KEY = "own_value"  # the boxes of a value of one's own (``widgets.box_key``)

st.title("Values", anchor=False)
st.markdown(
    "A change tends to matter more when it connects with what you care about. Sort each value "
    "by how important it is to you: there are no right answers, and nobody else sees them."
)


def shown(name: str) -> str:
    """A value's name for a Markdown label: in its proper case, escaped (own values are the
    person's words)."""
    return widgets.md_escape(values.display_name(name))


def own_value_form() -> None:
    """Add a value of the person's own to the deck."""
    with st.expander("Add a value of your own"), st.form("own_value", border=False):
        boxes = widgets.box_key(OWN_VALUE_KEY)
        name = st.text_input("Name of the value", key=f"{boxes}:name",
                             help=limit_help(values.MAX_NAME_CHARS))
        widgets.length_note(name, values.MAX_NAME_CHARS)
        description = st.text_input("What it means to you (optional)", key=f"{boxes}:meaning",
                                    help=limit_help(values.MAX_DESCRIPTION_CHARS))
        widgets.length_note(description, values.MAX_DESCRIPTION_CHARS)
        st.caption("It joins the end of the deck: in the sort you are doing, or the next one.")
        if st.form_submit_button("Add this value"):
            try:
                values.add_custom_value(database, account.id, name, description)
            except InputError as exc:
                st.error(str(exc))
            else:
                st.session_state[SAVED_KEY] = "Your value is in the deck."
                widgets.next_box_key(OWN_VALUE_KEY)  # new, empty boxes for the next one
                st.rerun()


def show_saved_message() -> None:
    if SAVED_KEY in st.session_state:
        st.success(st.session_state.pop(SAVED_KEY), icon=":material/check:")


# --------------------------------------------------------------------------- the card sort


@guarded
def place(sort: values.SortInProgress, index: int, pile: str, reviewing: bool,
          view_key: str) -> None:
    """Pile button callback: place the card before the next run draws, so one run (of the
    card area alone) answers the click with the next card."""
    with session.own_db() as own:
        if not session.still_signed_in(own):
            return  # a callback runs before any check: the fragment's run finds the tab signed out
        try:
            values.place_card(own, account.id, sort, sort.cards[index].name, pile)
        except InputError as exc:  # e.g. the sort was finished in another window
            st.session_state[NOTICE_KEY] = str(exc)
            return
    st.session_state[view_key] = sort.after_placing(index) if reviewing else None


@guarded
def go_to(view_key: str, index: int | None) -> None:
    st.session_state[view_key] = index


def show_notice() -> None:
    """What the last pile click could not do, once (see :func:`place`)."""
    if NOTICE_KEY in st.session_state:
        st.info(st.session_state.pop(NOTICE_KEY))


@st.fragment
@partial_run
def card_area(view_key: str) -> None:
    """The card being sorted, redrawn alone on each click (a fragment): the rest of the page,
    the menu and the session check are not rerun for every one of the 83 cards.

    The session is still checked against the database on each of these small runs; when it
    has ended, or the last card is placed, the whole page runs again.
    """
    with session.own_db() as own:
        if not session.still_signed_in(own):
            st.rerun(scope="app")
        sort = values.current_sort(own, account.id)
    if sort is None:
        st.rerun(scope="app")
    frontier = sort.next_unplaced()
    viewing = st.session_state.get(view_key)
    reviewing = isinstance(viewing, int) and 0 <= viewing < sort.total
    if not reviewing and frontier is None:
        st.rerun(scope="app")  # every card is placed: on to the top five
    card_step(sort, viewing if reviewing else frontier, reviewing, view_key)


def card_step(sort: values.SortInProgress, index: int, reviewing: bool, view_key: str) -> None:
    """One card with three big pile buttons; Back steps to the card before."""
    card = sort.cards[index]
    current = sort.piles.get(card.name)
    st.progress(sort.placed / sort.total, text=f"{sort.placed} of {sort.total} sorted")
    show_notice()
    with st.container(border=True, key="values_card"):
        st.caption(f"Card {index + 1} of {sort.total}")
        st.header(shown(card.name), anchor=False)
        if card.custom:
            st.caption("One of your own values")
            if card.description:
                widgets.quote(card.description)
        else:
            st.markdown(card.description)
        if current:
            st.caption(f"You put this in “{values.PILES[current]}”. Choose again to keep or move it.")
        with st.container(horizontal=True):
            for pile, label in values.PILES.items():
                # One key per pile, not per card: a click always places the card drawn last,
                # never again the one before, even when it lands while the next card is drawn.
                st.button(label, key=f"pile:{pile}", width="stretch",
                          type="primary" if pile == current else "secondary",
                          on_click=place, args=(sort, index, pile, reviewing, view_key))
    if index > 0 or reviewing:
        with st.container(horizontal=True):
            if index > 0:
                st.button("Back", icon=":material/arrow_back:", width="stretch",
                          key="values_back", on_click=go_to, args=(view_key, index - 1))
            if reviewing:
                st.button("Return to where I was", icon=":material/fast_forward:",
                          width="stretch", key="values_resume", on_click=go_to,
                          args=(view_key, None))


def drawn_key(sort: values.SortInProgress) -> str:
    """Session key: the top five as this window last drew it."""
    return f"values_top_drawn:{sort.sort_id}"


@guarded
def pick_for_place(sort: values.SortInProgress, box_key: str, place_index: int) -> None:
    """Selectbox callback: put the value chosen for a place there (swapping places with it),
    kept at once, so a reloaded tab or another window finds them; refused when another window
    changed the places since this one drew them."""
    with session.own_db() as own:
        if not session.still_signed_in(own):
            return  # a callback runs before any check: the page's run finds the tab signed out
        try:
            values.choose_for_place(own, account.id, sort.sort_id, place_index,
                                    st.session_state[box_key],
                                    st.session_state.get(drawn_key(sort)))
        except InputError as exc:  # e.g. the sort was finished in another window
            st.session_state[NOTICE_KEY] = str(exc)


def top_five_step(sort: values.SortInProgress, view_key: str) -> None:
    """Choose and rank the top values once every card is placed: one box per place."""
    candidates = sort.top_candidates()
    very = len(sort.in_pile("very"))
    st.progress(1.0, text=f"All {sort.total} cards sorted")
    st.header("Your top five", anchor=False)
    ranking = values.still_candidates(sort.ranking, candidates)  # as stored: every window's
    on_screen = st.session_state.get(drawn_key(sort), ranking)  # when Save was clicked
    st.session_state[drawn_key(sort)] = ranking
    if candidates:
        also = "" if very >= values.TOP_SIZE else " You can also choose from “Important”."
        st.markdown(
            f"You put {very} {'card' if very == 1 else 'cards'} in “Very important”. Choose up to "
            f"{values.TOP_SIZE} that matter most to you, one for each place.{also}"
        )
        st.caption("To change the order, choose a value for another place: the two values "
                   "swap places.")
        for place_index in range(values.TOP_SIZE):
            box_key = f"values_top:{sort.sort_id}:{place_index}"
            st.session_state[box_key] = ranking[place_index]

            def option(name: str, here: int = place_index) -> str:
                where = ranking.index(name) if name in ranking else here
                label = values.display_name(name)
                return label if where == here else f"{label} (now in place {where + 1})"

            st.selectbox(values.place_label(place_index), options=candidates, index=None,
                         format_func=option, key=box_key, placeholder="Choose a value",
                         on_change=pick_for_place, args=(sort, box_key, place_index))
    else:
        st.markdown(
            "Every card is in “Not important to me”. That's fine: you can add values of your "
            "own, go back to the cards, or keep this sort as it is."
        )
    back, save = st.columns(2)
    if back.button("Back to the cards", icon=":material/arrow_back:", width="stretch"):
        st.session_state[view_key] = sort.total - 1
        st.rerun()
    if save.button("Save my top values", type="primary", icon=":material/check:", width="stretch"):
        try:
            values.finish_sort(database, account.id, sort, values.ranked(on_screen))
        except InputError as exc:
            st.error(str(exc))
        else:
            st.session_state[SAVED_KEY] = "Saved. This sort is kept as a dated snapshot."
            st.rerun()


def sorting(sort: values.SortInProgress, has_snapshots: bool) -> None:
    view_key = f"values_card:{sort.sort_id}"
    viewing = st.session_state.get(view_key)
    reviewing = isinstance(viewing, int) and 0 <= viewing < sort.total
    if not reviewing and sort.next_unplaced() is None:
        top_five_step(sort, view_key)
    else:
        card_area(view_key)
        st.caption("Your sort is kept as you go: you can stop any time and pick up where you "
                   "left off.")
        widgets.focus_when_moved(f"values_sort:{sort.sort_id}", "values_card")  # once, at its start
    own_value_form()
    if has_snapshots and st.button("Stop this sort and keep my earlier ones", key="discard_sort"):
        values.discard_sort(database, account.id, sort)
        st.rerun()


# --------------------------------------------------------------------------- reflections


def saved_words(title: str, pairs: list[tuple[str, str]]) -> None:
    """Questions and the person's answers, in full: the question as a caption, the answer
    as plain text (never Markdown, never cut)."""
    with st.container(border=True):
        st.markdown(f"**{title}**")
        for question, text in pairs:
            st.caption(widgets.md_escape(question))
            widgets.quote(text)


def reflection(latest: values.Snapshot) -> None:
    """Open questions about one top value at a time, including how the change fits with it."""
    top = latest.top
    reflection_set = book.set("values_reflection")
    st.header(reflection_set.title, anchor=False)
    if change is None:
        st.info("Once you name a change on the Check in page, you can reflect here on how it "
                "fits with each of your values.")
        return
    st.caption(reflection_set.intro)
    chosen = st.segmented_control("Which value?", options=list(top), default=top[0],
                                  format_func=shown, key=f"values_reflect_on:{latest.sort_id}")
    if chosen is None:
        return
    own = values.custom_values(database, account.id)
    description = values.describe(chosen, own)
    if description:
        widgets.quote(description)
    just_saved = st.session_state.get(JUST_SAVED_KEY)
    if just_saved and just_saved[0] == (change.id, chosen):
        saved_words(f"Saved. What you wrote about {isolated(shown(chosen))}", just_saved[1])
        if st.button(f"Write more about {isolated(shown(chosen))}", icon=":material/edit:"):
            del st.session_state[JUST_SAVED_KEY]
            st.rerun()
    else:
        sheet = prompts.AnswerSheet.open(database, account.id, change, reflection_set.prompts,
                                         subject=chosen)
        typed = answer_boxes(sheet)
        keep(database, sheet, typed)
        saved = save_button(database, sheet, typed, "Save these reflections")
        if saved is not None:
            st.session_state[JUST_SAVED_KEY] = ((change.id, chosen),
                                                [(a.question, a.text) for a in saved])
            st.session_state[SAVED_KEY] = "Saved. Your reflections are in “In your own words”."
            st.rerun()
    earlier = prompts.earlier_answers(database, account.id, change.id, reflection_set.prompts,
                                      tz=tz, subject=chosen, change=change.title)
    if not earlier.empty:
        with st.expander(f"Everything you wrote about {isolated(shown(chosen))} ({len(earlier)})"):
            for day, question, answer, talk in earlier.itertuples(index=False):
                st.caption(f"{day} · {widgets.md_escape(question)}")
                widgets.quote(answer)
                if talk:
                    st.caption(f"Change talk in it: {talk}")


def movement(shots: list[values.Snapshot]) -> None:
    st.header("How your top values have moved", anchor=False)
    latest, before = shots[-1], shots[-2]
    st.caption(f"Your sort on {clock.day(latest.completed_at, tz)} compared with the one "
               f"on {clock.day(before.completed_at, tz)}.")
    st.dataframe(values.movement_table(before, latest), hide_index=True, width="stretch")
    with st.expander(f"All {len(shots)} sorts"):
        st.dataframe(values.history_table(shots, tz), hide_index=True, width="stretch")


show_saved_message()
show_notice()  # a click on a sort ended meanwhile: said on the page that follows, whichever
sort = values.current_sort(database, account.id)
shots = values.snapshots(database, account.id)

if sort is None and not shots:
    st.markdown(
        f"There are {values.deck_size(database, account.id)} cards, one at a time. Put each in one "
        "of three piles, then choose your top five. It takes about ten minutes, and you can stop "
        "and come back whenever you like."
    )
    if st.button("Start sorting", type="primary", icon=":material/style:"):
        values.start_sort(database, account.id)
        st.rerun()
    own_value_form()
    st.stop()

if sort is not None:
    sorting(sort, has_snapshots=bool(shots))
    st.stop()

latest = shots[-1]
st.header("Your top values", anchor=False)
st.caption(f"From your sort on {clock.day(latest.completed_at, tz)}")
if latest.top:
    for rank, name in enumerate(latest.top, start=1):
        st.text(f"{rank}. {values.display_name(name)}")
    reflection(latest)
else:
    st.markdown("You kept this sort without a top five. Sorting again is always open.")
if len(shots) > 1:
    movement(shots)
st.divider()
if st.button("Sort the cards again", icon=":material/style:"):
    values.start_sort(database, account.id)
    st.rerun()
st.caption("Values shift over time. Every sort is kept as a dated snapshot, and this page shows "
           "how your top values moved since the one before.")
own_value_form()
