"""The exploration pages through AppTest: values card sort, both sides, change plan and the
collecting summary; each page's main path and its bad input (empty answers, a sort abandoned
half-way, over-long answers), checked against what is stored and what is shown."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing

import pytest

from change_journal import values
from change_journal.config import MAX_TEXT_CHARS
from change_journal.store import answers, changes, checkins, drafts, open_db, plans, users
from change_journal.store import values as value_store
from change_journal.ui import callbacks, session, widgets
from tests.app.conftest import click, seed_account, sign_in

TOO_LONG = "x" * (MAX_TEXT_CHARS + 1)


@pytest.fixture
def person(new_app, app_db):
    """A signed-in person with one change, "Walk most days" (account and change made through
    the core: the sign-up form and the first change are tested in test_core_loop.py)."""
    river = seed_account(app_db, "river")
    with closing(open_db(app_db)) as db:
        changes.add_change(db, river.id, "Walk most days")
    return sign_in(new_app(), "river")


@pytest.fixture
def store(app_db):
    database = open_db(app_db)
    yield database
    database.close()


def ids(store):
    user = users.find_user(store, "river")
    return user.id, changes.list_changes(store, user.id)[0].id


def go(at, page):
    at.switch_page(f"pages/{page}.py").run()
    assert not at.exception, at.exception
    return at


def box(at, prompt_id):
    """The text area answering ``prompt_id`` (or plan field ``prompt_id``)."""
    return next(t for t in at.text_area if t.key.endswith(f":{prompt_id}"))


def texts(at):
    return [t.value for t in at.text]


def messages(at, kind):
    """The texts of ``kind`` as a reader sees them (without the bidi isolates around the
    person's own words, which test_core_loop.py checks)."""
    return " ".join(str(m.value) for m in getattr(at, kind)).translate({0x2068: None, 0x2069: None})


# ------------------------------------------------------------------------------ values


def place_all_but_last(store, user_id, very=("family", "health", "honesty")):
    sort = values.current_sort(store, user_id)
    with store.atomic():
        for card in sort.cards[:-1]:
            values.place_card(store, user_id, sort, card.name, "very" if card.name in very else "not")
    return sort.cards[-1].name


def finished_sort(store, user_id, top):
    sort = values.start_sort(store, user_id)
    with store.atomic():
        for card in sort.cards:
            values.place_card(store, user_id, sort, card.name, "very" if card.name in top else "not")
    values.finish_sort(store, user_id, values.current_sort(store, user_id), list(top))


def shown_card(at, store, user_id) -> str:
    """The stored name of the card on screen (the heading shows it in its proper case)."""
    return next(c.name for c in values.current_sort(store, user_id).cards
                if values.display_name(c.name) == at.header[0].value)


def test_the_sort_shows_one_card_at_a_time_with_progress_and_stores_each_pile(person, store):
    at = click(go(person, "values"), "Start sorting")
    user_id, _ = ids(store)
    first = shown_card(at, store, user_id)
    assert at.header[0].value == first[:1].upper() + first[1:]
    assert "Card 1 of 83" in messages(at, "caption")
    assert at.get("progress")[0].proto.text == "0 of 83 sorted"
    click(at, "Very important")
    assert values.current_sort(store, user_id).piles == {first: "very"}
    assert "Card 2 of 83" in messages(at, "caption")
    assert at.get("progress")[0].proto.text == "1 of 83 sorted"


def test_back_shows_the_card_before_with_its_pile_and_moving_it_returns_to_the_next(person, store):
    at = click(go(person, "values"), "Start sorting")
    user_id, _ = ids(store)
    first = shown_card(at, store, user_id)
    click(at, "Very important")
    second = shown_card(at, store, user_id)
    click(at, "Important")
    third = shown_card(at, store, user_id)
    click(at, "Back")
    click(at, "Back")
    assert shown_card(at, store, user_id) == first
    assert "You put this in “Very important”" in messages(at, "caption")
    click(at, "Not important to me")
    assert shown_card(at, store, user_id) == second
    click(at, "Important")
    assert shown_card(at, store, user_id) == third
    assert values.current_sort(store, user_id).piles == {first: "not", second: "important"}


def test_a_sort_abandoned_half_way_resumes_where_it_stopped_in_a_new_session(person, store,
                                                                             new_app):
    at = click(go(person, "values"), "Start sorting")
    for _ in range(3):
        click(at, "Important")
    fourth = at.header[0].value
    again = go(sign_in(new_app(), "river"), "values")
    assert again.get("progress")[0].proto.text == "3 of 83 sorted"
    assert again.header[0].value == fourth
    assert "Start sorting" not in [b.label for b in again.button]


def test_top_five_is_chosen_in_order_and_kept_as_a_dated_snapshot(person, store):
    at = click(go(person, "values"), "Start sorting")
    user_id, _ = ids(store)
    last = place_all_but_last(store, user_id)
    at.run()
    assert shown_card(at, store, user_id) == last
    click(at, "Very important" if last in ("family", "health", "honesty") else "Not important to me")
    assert "All 83 cards sorted" in at.get("progress")[0].proto.text
    assert not at.multiselect  # one box per place, and no "Select all"
    sort_id = values.current_sort(store, user_id).sort_id

    def place(i):
        return at.selectbox(key=f"values_top:{sort_id}:{i}")

    assert [place(i).label for i in range(5)] == ["1. Most important", "2.", "3.", "4.", "5."]
    place(0).set_value("family").run()
    place(1).set_value("health").run()
    place(0).set_value("health").run()  # a value chosen for another place swaps with it
    assert [place(i).value for i in range(3)] == ["health", "family", None]
    click(at, "Save my top values")
    assert [s.top for s in values.snapshots(store, user_id)] == [("health", "family")]
    assert "Saved. This sort is kept as a dated snapshot." in messages(at, "success")
    assert "1. Health" in texts(at) and "2. Family" in texts(at)


def at_top_five(person, store):
    """River's window on the top five, every card placed: (window, user id, sort id)."""
    at = click(go(person, "values"), "Start sorting")
    user_id, _ = ids(store)
    place_all_but_last(store, user_id)
    click(at.run(), "Very important")
    return at, user_id, values.current_sort(store, user_id).sort_id


def test_top_five_places_chosen_are_found_again_in_a_reloaded_tab(person, store, new_app):
    at, user_id, sort_id = at_top_five(person, store)
    at.selectbox(key=f"values_top:{sort_id}:0").set_value("health").run()
    at.selectbox(key=f"values_top:{sort_id}:2").set_value("family").run()
    again = go(sign_in(new_app(), "river"), "values")
    assert [again.selectbox(key=f"values_top:{sort_id}:{i}").value for i in range(4)] == \
        ["health", None, "family", None]
    click(again, "Save my top values")
    assert [s.top for s in values.snapshots(store, user_id)] == [("health", "family")]


def test_a_top_five_pick_on_places_changed_in_another_window_is_refused_and_they_are_shown(
        person, store, new_app):
    at, user_id, sort_id = at_top_five(person, store)
    other = go(sign_in(new_app(), "river"), "values")  # open on the top five too, all empty

    def places(window):
        return [window.selectbox(key=f"values_top:{sort_id}:{i}").value for i in range(4)]

    at.selectbox(key=f"values_top:{sort_id}:0").set_value("health").run()
    at.selectbox(key=f"values_top:{sort_id}:1").set_value("family").run()
    other.selectbox(key=f"values_top:{sort_id}:0").set_value("honesty").run()  # over unseen
    assert values.TOP_FIVE_CHANGED in messages(other, "info")
    assert places(other) == ["health", "family", None, None]  # nothing wiped: shown as it is
    other.selectbox(key=f"values_top:{sort_id}:3").set_value("honesty").run()
    assert values.current_sort(store, user_id).ranking == ("health", "family", None, "honesty",
                                                           None)
    at.selectbox(key=f"values_top:{sort_id}:0").set_value("family").run()  # at is stale now
    assert values.TOP_FIVE_CHANGED in messages(at, "info")
    assert places(at) == ["health", "family", None, "honesty"]
    at.selectbox(key=f"values_top:{sort_id}:0").set_value("family").run()  # a swap, seen
    click(at, "Save my top values")
    assert [s.top for s in values.snapshots(store, user_id)] == [("family", "health", "honesty")]


def test_saving_the_top_five_saves_the_places_on_screen_when_saved(person, store, new_app):
    at, user_id, sort_id = at_top_five(person, store)
    at.selectbox(key=f"values_top:{sort_id}:0").set_value("health").run()
    other = go(sign_in(new_app(), "river"), "values")
    other.selectbox(key=f"values_top:{sort_id}:1").set_value("family").run()  # at not rerun
    click(at, "Save my top values")
    assert [s.top for s in values.snapshots(store, user_id)] == [("health",)]


def test_saving_top_five_with_nothing_chosen_says_what_to_do_and_keeps_the_sort(person, store):
    at = click(go(person, "values"), "Start sorting")
    user_id, _ = ids(store)
    place_all_but_last(store, user_id)
    click(at.run(), "Not important to me")
    click(at, "Save my top values")
    assert "Choose at least one value" in messages(at, "error")
    assert values.snapshots(store, user_id) == []
    assert values.current_sort(store, user_id) is not None


def test_reflections_on_a_top_value_are_saved_with_the_value_and_the_change(person, store):
    user_id, change_id = ids(store)
    finished_sort(store, user_id, ["health", "family"])
    at = go(person, "values")
    assert at.segmented_control[0].options == ["Health", "Family"]  # shown in proper case
    at.segmented_control[0].set_value("family").run()
    fit = box(at, "values.fit")
    fit.input("Walking is the easiest way to look after it.").run()
    click(at, "Save these reflections")
    [row] = answers.list_answers(store, user_id, change_id)
    assert (row.prompt_id, row.subject, row.text) == (
        "values.fit", "family", "Walking is the easiest way to look after it.")
    assert row.question == "How does the change you are considering, “Walk most days”, fit with family?"
    # What was just saved stays in view, in full, as plain text.
    assert "Walking is the easiest way to look after it." in texts(at)
    assert not at.text_area
    click(at, "Write more about \u2068Family\u2069")
    assert box(at, "values.fit").value == ""


def test_saving_empty_reflections_is_refused_gently(person, store):
    user_id, change_id = ids(store)
    finished_sort(store, user_id, ["family"])
    at = click(go(person, "values"), "Save these reflections")
    assert "There is nothing to save yet." in messages(at, "error")
    assert answers.list_answers(store, user_id, change_id) == []


def test_a_half_written_reflection_survives_switching_pages(person, store):
    user_id, _ = ids(store)
    finished_sort(store, user_id, ["family"])
    at = go(person, "values")
    box(at, "values.meaning").input("Sunday lunches.").run()
    go(at, "plan")
    go(at, "values")
    assert box(at, "values.meaning").value == "Sunday lunches."


def test_an_own_value_joins_the_deck_and_a_duplicate_is_refused(person, store):
    at = click(go(person, "values"), "Start sorting")
    user_id, _ = ids(store)
    at.text_input[0].input("Being outdoors")
    at.text_input[1].input("Fresh air every day.")
    click(at, "Add this value")
    assert "Your value is in the deck." in messages(at, "success")
    assert values.current_sort(store, user_id).cards[-1].name == "Being outdoors"
    assert (at.text_input[0].value, at.text_input[1].value) == ("", "")  # ready for another
    at.text_input[0].input("family")
    click(at, "Add this value")
    assert "already in the deck" in messages(at, "error")
    assert [v.name for v in values.custom_values(store, user_id)] == ["Being outdoors"]


def test_an_own_value_written_like_markdown_is_shown_as_plain_words(person, store):
    user_id, _ = ids(store)
    values.add_custom_value(store, user_id, "**Me** [time](http://e.com)", "![x](http://e.com/a.png)")
    at = click(go(person, "values"), "Start sorting")
    sort = values.current_sort(store, user_id)
    with store.atomic():
        for card in sort.cards[:-1]:
            values.place_card(store, user_id, sort, card.name, "not")
    at.run()
    assert at.header[0].value == widgets.md_escape("**Me** [time](http://e.com)")
    assert at.header[0].value == r"\*\*Me\*\* `[time](http://e.com)`"  # code is never linked
    assert "![x](http://e.com/a.png)" in texts(at)
    assert "e.com" not in messages(at, "markdown") + messages(at, "caption")


def test_the_page_shows_how_top_values_moved_between_snapshots(person, store):
    user_id, _ = ids(store)
    finished_sort(store, user_id, ["family", "health"])
    finished_sort(store, user_id, ["health", "honesty"])
    at = go(person, "values")
    movement = at.dataframe[0].value
    assert movement.values.tolist() == [
        ["1", "Health", "Up from 2"],
        ["2", "Honesty", "New in your top values"],
        ["–", "Family", "Left your top values"],
    ]
    click(at, "Sort the cards again")
    assert value_store.open_sort(store, user_id) is not None
    click(at, "Stop this sort and keep my earlier ones")
    assert value_store.open_sort(store, user_id) is None
    assert len(values.snapshots(store, user_id)) == 2


# ------------------------------------------------------------------------------ both sides


def test_both_sides_goes_likes_concerns_better_then_reflects_ending_on_the_change_side(person,
                                                                                       store):
    user_id, change_id = ids(store)
    at = go(person, "ambivalence")
    for prompt_id, text in (("ambivalence.likes", "It's easy to stay in."),
                            ("ambivalence.concerns", "My back aches."),
                            ("ambivalence.better", "I'd feel stronger.")):
        box(at, prompt_id).input(text).run()
        click(at, "Next")
    assert texts(at) == ["It's easy to stay in.", "My back aches.", "I'd feel stronger."]
    box(at, "ambivalence.both_sides_next").input("I want the stronger version.").run()
    click(at, "Save both sides")
    rows = answers.list_answers(store, user_id, change_id)
    assert [(r.prompt_id, r.text) for r in rows] == [
        ("ambivalence.likes", "It's easy to stay in."),
        ("ambivalence.concerns", "My back aches."),
        ("ambivalence.better", "I'd feel stronger."),
        ("ambivalence.both_sides_next", "I want the stronger version."),
    ]
    # The saved view keeps every answer, the closing one included, in full.
    assert texts(at)[-4:] == ["It's easy to stay in.", "My back aches.", "I'd feel stronger.",
                              "I want the stronger version."]
    assert drafts.load_draft(store, user_id, "both_sides", change_id) == {}


def test_both_sides_with_nothing_written_saves_nothing_and_says_so_gently(person, store):
    user_id, change_id = ids(store)
    at = go(person, "ambivalence")
    for _ in range(3):
        click(at, "Next")
    click(at, "Save both sides")
    assert "nothing to save yet" in messages(at, "error")
    assert answers.list_answers(store, user_id, change_id) == []


def test_both_sides_answers_survive_going_back_and_forth(person, store):
    at = go(person, "ambivalence")
    box(at, "ambivalence.likes").input("Evenings on the sofa.").run()
    click(at, "Next")
    click(at, "Back")
    assert box(at, "ambivalence.likes").value == "Evenings on the sofa."


def test_other_angles_suggest_the_least_recently_tried_and_any_can_be_chosen(person, store):
    user_id, change_id = ids(store)
    at = go(person, "ambivalence")
    at.segmented_control(key="ambivalence_mode").set_value("angles").run()
    assert "Suggested today: Looking back (you haven't tried this one yet)." in messages(at, "caption")
    box(at, "ambivalence.looking_back").input("I used to cycle to work.").run()
    click(at, "Save")
    assert "Suggested today: Looking forward" in messages(at, "caption")
    at.pills(key="ambivalence_angle").set_value("extremes").run()
    assert {t.key.rsplit(":", 1)[1] for t in at.text_area} == {
        "ambivalence.extreme_worst", "ambivalence.extreme_best"}
    [row] = answers.list_answers(store, user_id, change_id)
    assert (row.prompt_id, row.text) == ("ambivalence.looking_back", "I used to cycle to work.")


def test_the_four_boxes_are_optional_labelled_neutral_and_saved_together(person, store):
    user_id, change_id = ids(store)
    at = go(person, "ambivalence")
    assert "ambivalence.likes" in at.text_area[0].key  # the default path is the MI sequence
    at.segmented_control(key="ambivalence_mode").set_value("balance").run()
    assert "neutral" in messages(at, "info")
    box(at, "balance.status_quo_good").input("Evenings on the sofa.").run()
    box(at, "balance.change_good").input("Less back pain.").run()
    click(at, "Save")
    rows = answers.list_answers(store, user_id, change_id)
    assert [r.prompt_id for r in rows] == ["balance.status_quo_good", "balance.change_good"]


# ------------------------------------------------------------------------------ plan


def test_a_plan_is_there_when_asked_for_and_each_save_is_a_new_readable_version(person, store):
    user_id, change_id = ids(store)
    at = go(person, "plan")
    assert "whenever you want one" in messages(at, "info")
    click(at, "Start a plan")
    assert box(at, "goal").value == "Walk most days"
    box(at, "steps").input("Lunchtime walks, Monday to Friday.").run()
    click(at, "Save this plan")
    assert "Saved as version 1" in messages(at, "success")
    assert "Lunchtime walks, Monday to Friday." in texts(at)
    click(at, "Revise this plan")
    assert box(at, "steps").value == "Lunchtime walks, Monday to Friday."
    box(at, "helpers").input("My sister on Sundays.").run()
    click(at, "Save this plan")
    saved = plans.list_plans(store, user_id, change_id)
    assert [(p.version, p.fields["helpers"]) for p in saved] == [(1, ""), (2, "My sister on Sundays.")]
    assert at.selectbox(key="plan_version").value == 1
    assert texts(at).count("Lunchtime walks, Monday to Friday.") == 2


def test_high_readiness_brings_an_offer_never_a_push(person, store):
    user_id, change_id = ids(store)
    checkins.save_checkin(store, user_id, change_id,
                          {"importance": 8, "confidence": 7, "readiness": 8}, [])
    at = go(person, "plan")
    assert "Your latest ratings were importance 8, confidence 7 and readiness 8" in \
        messages(at, "info")
    assert "It's your call." in messages(at, "info")
    assert not at.text_area  # the worksheet opens only when asked for


def test_a_plan_without_its_change_is_refused_and_what_was_typed_stays(person, store):
    user_id, change_id = ids(store)
    at = click(go(person, "plan"), "Start a plan")
    box(at, "goal").input("").run()
    box(at, "steps").input("Lunch walks.").run()
    click(at, "Save this plan")
    assert "The answer to “What change do you want to make?” is empty" in messages(at, "error")
    assert plans.list_plans(store, user_id, change_id) == []
    assert box(at, "steps").value == "Lunch walks."
    order = [getattr(e, "key", None) or e.type for e in _in_page_order(at.main)]
    goal_at = order.index(f"plan:{change_id}:goal")
    assert order[goal_at + 1:].index("error") < order[goal_at + 1:].index(f"plan:{change_id}:steps")
    assert [e.value for e in at.error][-1].startswith("Not saved. The answer to")  # by the button
    box(at, "goal").input("Walk most days").run()
    assert not at.error  # said once, beside the box; gone once it is mended


def _in_page_order(block):
    """Every element under ``block``, in the order the page shows them."""
    for child in block.children.values():
        if hasattr(child, "children"):
            yield from _in_page_order(child)
        else:
            yield child


def test_an_unsaved_plan_survives_leaving_and_a_new_session_and_can_be_closed(person, store,
                                                                             new_app):
    user_id, change_id = ids(store)
    at = click(go(person, "plan"), "Start a plan")
    box(at, "signs").input("Fewer aches at night.").run()
    go(at, "values")
    go(at, "plan")
    assert box(at, "signs").value == "Fewer aches at night."
    at = go(sign_in(new_app(), "river"), "plan")
    assert box(at, "signs").value == "Fewer aches at night."
    assert "These are your unsaved edits from last time." in messages(at, "caption")
    click(at, "Close without saving")  # asked once more: the edits would go
    assert "cleared for good" in messages(at, "warning")
    click(at, "No, keep editing")
    assert box(at, "signs").value == "Fewer aches at night."
    assert "cleared for good" not in messages(at, "warning")
    click(at, "Close without saving")
    click(at, "Yes, clear my edits")
    assert not at.text_area
    assert drafts.load_draft(store, user_id, "plan", change_id) == {}


def test_a_plan_opened_and_left_unchanged_closes_without_asking(person, store):
    at = click(click(go(person, "plan"), "Start a plan"), "Close without saving")
    assert not at.text_area and not at.warning
    at = click(go(at, "plan"), "Start a plan")  # typed, then put back as it was: no edit
    box(at, "signs").input("Fewer aches at night.").run()
    box(at, "signs").input("").run()
    click(at, "Close without saving")
    assert not at.text_area and not at.warning


def test_saving_an_unchanged_plan_says_there_is_nothing_new(person, store):
    user_id, change_id = ids(store)
    at = click(click(go(person, "plan"), "Start a plan"), "Save this plan")
    click(at, "Revise this plan")
    click(at, "Save this plan")
    assert "same as version 1" in messages(at, "error")
    assert len(plans.list_plans(store, user_id, change_id)) == 1


# ------------------------------------------------------------------------------ summary


def test_the_summary_is_empty_until_there_are_words_and_says_where_they_come_from(person):
    at = go(person, "summary")
    assert "Nothing gathered yet" in messages(at, "info")
    assert not at.subheader or all(s.value != "Your reasons" for s in at.subheader)


def test_the_summary_quotes_the_persons_words_by_theme_and_ends_with_an_open_question(person,
                                                                                      store):
    user_id, change_id = ids(store)
    checkins.save_checkin(
        store, user_id, change_id, {"importance": 8, "confidence": 5, "readiness": 7},
        [checkins.AnswerIn("checkin.importance.why_not_lower", "Why an 8?",
                           "My back hurts less **when** I walk [link](http://example.com).")],
    )
    at = go(person, "ambivalence")
    at.segmented_control(key="ambivalence_mode").set_value("angles").run()
    at.pills(key="ambivalence_angle").set_value("past_successes").run()
    box(at, "ambivalence.tried").input("A step counter helped for a month.").run()
    click(at, "Save")
    go(at, "summary")
    assert messages(at, "markdown").startswith("Here is what you have said for this change")
    themes = [e.label for e in at.expander if "(" in e.label]
    assert themes == ["Your reasons (1)", "What you can do, and what has worked before (1)"]
    assert "“My back hurts less **when** I walk [link](http://example.com).”" in texts(at)
    assert "“A step counter helped for a month.”" in texts(at)
    # quoted in Markdown only escaped, an address as inline code: never a link
    assert "example.com" not in re.sub(r"`[^`]*`", "", messages(at, "markdown") + messages(at, "caption"))
    assert "“A step counter helped for a month" in messages(at, "markdown")  # said back, once
    closing = box(at, "summary.next")
    assert closing.label.endswith("?")
    closing.input("Keep the step counter going.").run()
    click(at, "Save")
    assert "“Keep the step counter going.”" in texts(at)
    assert "summary.next" in {r.prompt_id for r in answers.list_answers(store, user_id, change_id)}


def test_the_closing_question_refuses_an_empty_answer(person, store):
    user_id, change_id = ids(store)
    plans.save_plan(store, user_id, change_id, {"goal": "Walk", "steps": "Lunch walks."})
    at = go(person, "summary")
    click(at, "Save")
    assert "nothing to save yet" in messages(at, "error")
    assert answers.list_answers(store, user_id, change_id) == []


# ------------------------------------------------------------------------------ every page


def open_values(at, store):
    finished_sort(store, ids(store)[0], ["family"])
    return go(at, "values")


def open_angles(at, store):
    at = go(at, "ambivalence")
    at.segmented_control(key="ambivalence_mode").set_value("angles").run()
    return at


def open_plan(at, store):
    return click(go(at, "plan"), "Start a plan")


def open_summary(at, store):
    user_id, change_id = ids(store)
    plans.save_plan(store, user_id, change_id, {"goal": "Walk", "steps": "Lunch walks."})
    return go(at, "summary")


@pytest.mark.parametrize(("open_page", "field", "save"), [
    (open_values, "values.meaning", "Save these reflections"),
    (open_angles, "ambivalence.looking_back", "Save"),
    (open_plan, "reasons", "Save this plan"),
    (open_summary, "summary.next", "Save"),
])
def test_an_over_long_answer_is_refused_with_its_stated_limit_and_kept_in_its_box(
        person, store, open_page, field, save):
    at = open_page(person, store)
    assert f"Up to {MAX_TEXT_CHARS:,} characters" in box(at, field).help
    box(at, field).set_value(TOO_LONG).run()
    assert any(f"over the limit of {MAX_TEXT_CHARS:,}" in c.value for c in at.caption)
    click(at, save)
    assert f"the limit is {MAX_TEXT_CHARS:,}" in " ".join(e.value for e in at.error)
    assert box(at, field).value == TOO_LONG
    user_id, change_id = ids(store)
    stored = [r.text for r in answers.list_answers(store, user_id, change_id)]
    stored += [p.fields[field] for p in plans.list_plans(store, user_id, change_id)
               if field in p.fields]
    assert not any(text.startswith(TOO_LONG[:100]) for text in stored)


@pytest.mark.parametrize(("page", "shown"), [
    ("ambivalence", "Once you name a change, this page helps you look at both sides of it."),
    ("plan", "Once you name a change, you can make a plan for it here, whenever you like."),
    ("summary", "Once you name a change and write a little about it"),
])
def test_before_any_change_is_named_each_page_says_what_comes_first(new_app, app_db, page,
                                                                     shown):
    seed_account(app_db, "river")
    at = go(sign_in(new_app(), "river"), page)
    assert shown in messages(at, "info")
    assert not at.text_area


def test_values_can_be_sorted_before_any_change_is_named(new_app, app_db):
    seed_account(app_db, "river")
    at = click(go(sign_in(new_app(), "river"), "values"), "Start sorting")
    assert "Card 1 of 83" in messages(at, "caption")


def test_a_second_window_left_open_on_both_sides_takes_no_answer_from_the_first(person, store,
                                                                               new_app):
    user_id, change_id = ids(store)
    first = go(person, "ambivalence")
    second = go(sign_in(new_app(), "river"), "ambivalence")  # open on step 1, its box empty
    box(first, "ambivalence.likes").input("Evenings on the sofa.").run()
    click(first, "Next")
    click(second, "Next")  # nothing typed there: what the first window kept stands
    assert drafts.load_draft(store, user_id, "both_sides", change_id) == {
        "ambivalence.likes": "Evenings on the sofa."}
    box(first, "ambivalence.concerns").input("My back aches.").run()
    click(first, "Next")
    click(first, "Next")
    click(first, "Save both sides")
    assert [(r.prompt_id, r.text) for r in answers.list_answers(store, user_id, change_id)] == [
        ("ambivalence.likes", "Evenings on the sofa."), ("ambivalence.concerns", "My back aches.")]


@pytest.mark.parametrize("then", ["Next", "leaves the box"])
def test_words_typed_while_another_window_saves_both_sides_are_kept_not_lost(person, store,
                                                                           new_app, then):
    user_id, change_id = ids(store)
    first = go(person, "ambivalence")
    second = go(sign_in(new_app(), "river"), "ambivalence")
    box(first, "ambivalence.likes").input("Evenings on the sofa.").run()
    box(second, "ambivalence.likes").input("The second window's words.")  # not yet sent
    for _step in range(3):
        click(first, "Next")
    click(first, "Save both sides")
    if then == "Next":  # the typed words arrive after the first window's save
        click(second, "Next")
        click(second, "Back")
    else:
        second.run()
        assert "saved meanwhile, perhaps in another window" in messages(second, "info")
    assert drafts.load_draft(store, user_id, "both_sides", change_id) == {
        "ambivalence.likes": "The second window's words."}
    assert box(second, "ambivalence.likes").value == "The second window's words."
    go(second, "progress")
    go(second, "ambivalence")  # an ordinary draft from now on
    assert "saved meanwhile" not in messages(second, "info")
    assert box(second, "ambivalence.likes").value == "The second window's words."
    assert [r.text for r in answers.list_answers(store, user_id, change_id)] == [
        "Evenings on the sofa."]


def test_one_box_written_in_two_windows_at_once_keeps_both_windows_words(person, store, new_app):
    user_id, change_id = ids(store)
    first = go(person, "ambivalence")
    second = go(sign_in(new_app(), "river"), "ambivalence")
    box(second, "ambivalence.likes").input("B: a ritual with my partner.")  # typed, not sent
    box(first, "ambivalence.likes").input("A: wine helps me unwind.").run()
    second.run()  # the second window's words arrive after the first window kept its own
    both = "A: wine helps me unwind.\n\nB: a ritual with my partner."
    assert drafts.load_draft(store, user_id, "both_sides", change_id) == {"ambivalence.likes": both}
    assert box(second, "ambivalence.likes").value == both
    assert "both are kept" in messages(second, "info")
    click(first, "Next")
    click(first, "Back")  # the first window shows both too
    assert box(first, "ambivalence.likes").value == both


def test_two_windows_adding_to_words_both_saw_keep_those_words_once(person, store, new_app):
    user_id, change_id = ids(store)
    first = go(person, "ambivalence")
    second = go(sign_in(new_app(), "river"), "ambivalence")
    box(first, "ambivalence.likes").input("Evenings on the sofa.").run()
    second.run()  # shows the first window's words
    box(second, "ambivalence.likes").input("Evenings on the sofa. My partner too.")  # not sent
    box(first, "ambivalence.likes").input("Evenings on the sofa. With a glass of wine.").run()
    second.run()
    assert drafts.load_draft(store, user_id, "both_sides", change_id)["ambivalence.likes"] == (
        "Evenings on the sofa. With a glass of wine.\n\nMy partner too.")


def test_words_carried_on_after_a_save_elsewhere_are_only_those_added_since(person, store,
                                                                           new_app):
    user_id, change_id = ids(store)
    first = go(person, "ambivalence")
    second = go(sign_in(new_app(), "river"), "ambivalence")
    box(first, "ambivalence.likes").input("Evenings on the sofa.").run()
    second.run()
    box(second, "ambivalence.likes").input("Evenings on the sofa. And the wine.")  # not sent
    for _step in range(3):
        click(first, "Next")
    click(first, "Save both sides")
    second.run()
    assert box(second, "ambivalence.likes").value == "And the wine."
    for _step in range(3):
        click(second, "Next")
    click(second, "Save both sides")
    assert [r.text for r in answers.list_answers(store, user_id, change_id)
            if r.prompt_id == "ambivalence.likes"] == ["Evenings on the sofa.", "And the wine."]


def test_two_windows_on_one_plan_keep_each_others_words(person, store, new_app):
    user_id, change_id = ids(store)
    first = click(go(person, "plan"), "Start a plan")
    second = click(go(sign_in(new_app(), "river"), "plan"), "Start a plan")
    box(first, "reasons").input("To keep up with the grandchildren.").run()
    box(second, "steps").input("Lunch walks on Mondays.").run()
    assert drafts.load_draft(store, user_id, "plan", change_id) == {
        "goal": "Walk most days", "reasons": "To keep up with the grandchildren.",
        "steps": "Lunch walks on Mondays."}
    go(first, "progress")
    go(first, "plan")
    assert box(first, "reasons").value == "To keep up with the grandchildren."
    assert box(first, "steps").value == "Lunch walks on Mondays."
    # A box the window changed keeps what it typed over what the other window kept since.
    box(second, "reasons").input("To sleep better.").run()
    assert box(second, "reasons").value == "To sleep better."
    assert drafts.load_draft(store, user_id, "plan", change_id)["reasons"] == "To sleep better."


@pytest.mark.parametrize(("page", "opens", "form", "field", "kept"), [
    ("ambivalence", None, "both_sides", "ambivalence.likes", {}),
    ("plan", "Start a plan", "plan", "reasons", {"goal": "Walk most days"}),
], ids=["answer sheet", "plan"])
def test_words_of_a_run_stopped_by_another_page_are_kept_by_their_box(
        person, store, page, opens, form, field, kept):
    """A run of the words stopped by another page's request before its page kept them (the
    browser's Back while the server is busy can do it): the box's own callback, which ran at its
    start, keeps them, over what the boxes started from (the plan's goal, prefilled). AppTest
    sends the box's words with the other page's request, so the callback runs there instead."""
    user_id, change_id = ids(store)
    at = go(person, page)
    if opens:
        at = click(at, opens)
    box(at, field).input("Lunch walks on Mondays.")
    go(at, "progress")
    assert drafts.load_draft(store, user_id, form, change_id) == {
        **kept, field: "Lunch walks on Mondays."}
    at = go(at, page)
    assert box(at, field).value == "Lunch walks on Mondays."


def test_words_a_box_failed_to_keep_from_its_callback_are_kept_by_its_page(person, store,
                                                                          monkeypatch):
    """The callback's write fails (the database busy): the box stays marked as changed, so the
    page's own keeping, later in the same run, stores the words."""
    user_id, change_id = ids(store)
    at = go(person, "ambivalence")
    real, calls = drafts.save_draft, []

    def busy_once(*args, **kwargs):
        calls.append(args)
        if len(calls) == 1:
            raise sqlite3.OperationalError("database is locked")
        return real(*args, **kwargs)

    monkeypatch.setattr(drafts, "save_draft", busy_once)
    box(at, "ambivalence.likes").input("Lunch walks on Mondays.").run()
    assert not at.exception and len(calls) == 2
    assert drafts.load_draft(store, user_id, "both_sides", change_id) == {
        "ambivalence.likes": "Lunch walks on Mondays."}


def test_a_box_drawn_for_one_account_keeps_nothing_once_the_tab_is_anothers(person, store,
                                                                              app_db):
    """A box's callback stores words only for the account that drew the box: should the tab's
    session be another account's by the time it runs, nothing is written to either draft."""
    from change_journal import sessions

    user_id, change_id = ids(store)
    at = go(person, "ambivalence")
    other = seed_account(app_db, "sea")
    with closing(open_db(app_db)) as db:
        at.session_state[session.TOKEN_KEY] = sessions.start(db, other)
    at.session_state[session.ACCOUNT_KEY] = other
    box(at, "ambivalence.likes").input("Sea's own words.")
    go(at, "progress")
    assert drafts.load_draft(store, user_id, "both_sides", change_id) == {}


def test_words_another_window_kept_meanwhile_are_not_lost_to_a_box_kept_on_leaving(
        person, store, new_app):
    """Kept by its callback on the way to another page, a box another window wrote in since
    keeps both windows' words, and says so when its page opens again."""
    user_id, change_id = ids(store)
    first = go(person, "ambivalence")
    second = go(sign_in(new_app(), "river"), "ambivalence")
    box(second, "ambivalence.likes").input("B: a ritual with my partner.")  # typed, not sent
    box(first, "ambivalence.likes").input("A: wine helps me unwind.").run()
    go(second, "progress")
    both = "A: wine helps me unwind.\n\nB: a ritual with my partner."
    assert drafts.load_draft(store, user_id, "both_sides", change_id) == {"ambivalence.likes": both}
    go(second, "ambivalence")
    assert box(second, "ambivalence.likes").value == both


def test_a_cleared_plan_goal_stays_cleared_when_another_box_is_typed(person):
    at = click(go(person, "plan"), "Start a plan")
    box(at, "goal").input("").run()
    box(at, "reasons").input("To sleep better.").run()
    go(at, "progress")
    go(at, "plan")
    assert box(at, "goal").value == "" and box(at, "reasons").value == "To sleep better."


def test_words_cleared_in_another_window_are_not_saved_from_this_one(person, store, new_app):
    user_id, change_id = ids(store)
    first = click(go(person, "plan"), "Start a plan")
    second = click(go(sign_in(new_app(), "river"), "plan"), "Start a plan")
    box(first, "reasons").input("To keep up.").run()
    box(second, "steps").input("Walk Mondays.").run()
    box(second, "reasons").input("").run()  # the second window clears the first one's words
    box(first, "steps").input("Walk Mondays and Fridays.").run()
    assert box(first, "reasons").value == ""
    assert "Changed in another window" in messages(first, "caption")
    click(first, "Save this plan")
    assert plans.list_plans(store, user_id, change_id)[0].fields["reasons"] == ""


def test_a_failure_inside_the_card_sort_is_answered_calmly(person, store, monkeypatch):
    """The card area is a fragment and its buttons' callbacks run before it: both outside
    app.py's error handling (ui/callbacks.py)."""
    at = click(go(person, "values"), "Start sorting")

    def refuse(*_args, **_kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(values, "place_card", refuse)
    click(at, "Very important")  # the callback fails: the card stays, a notice says so
    assert not at.exception and [t.value for t in at.toast] == [callbacks.NOTICE]
    assert "Card 1 of 83" in messages(at, "caption")
    monkeypatch.setattr(session, "still_signed_in", refuse)  # only the fragment asks, here
    at.run()  # the fragment's own body fails
    assert not at.exception and [e.value for e in at.error] == [callbacks.DATABASE_TROUBLE]


def test_a_click_on_a_sort_ended_in_another_window_is_said_once_on_the_page_that_follows(
        person, store):
    at = click(go(person, "values"), "Start sorting")
    user_id, _ = ids(store)
    values.discard_sort(store, user_id, values.current_sort(store, user_id))  # the other window
    click(at, "Very important")
    assert "finished or stopped, perhaps in another window" in messages(at, "info")
    assert values.current_sort(store, user_id) is None  # nothing was placed anywhere
    click(at, "Start sorting")
    assert "finished or stopped" not in messages(at, "info")  # not on the next sort's first card
    assert "Card 1 of 83" in messages(at, "caption")


def test_the_values_intro_counts_the_persons_own_values_in_the_deck(person, store):
    """Walked through as a new user: after adding two values of their own, the intro still said
    "There are 83 cards", and the sort then dealt 85."""
    user_id, _ = ids(store)
    shipped = len(values.builtin_values())
    at = go(person, "values")
    assert any(f"There are {shipped} cards" in m.value for m in at.markdown)
    for name in ("Being outdoors", "Making things"):
        values.add_custom_value(store, user_id, name, "")
    at = go(at, "values")
    assert any(f"There are {shipped + 2} cards" in m.value for m in at.markdown)
    at = click(at, "Start sorting")
    assert len(values.current_sort(store, user_id).cards) == shipped + 2
