"""A journal that listens, through AppTest: the first change one question at a time, the
reflection after a check-in for four ruler profiles (low importance; important but not
confident; all high; a big drop) with next steps that fit, the line about last time, labels the
person removes or corrects (and the summary and weekly counts that follow them), the angle
suggested on Both sides, the plan page's offer, and "In your own words" opening on a collecting
summary. Everything shown is checked against what is stored."""

from __future__ import annotations

import re
from contextlib import closing

import pytest

from change_journal import summary, talk
from change_journal.demo import create_demo
from change_journal.rulers import a_number
from change_journal.store import changes, checkins, open_db, plans, users
from change_journal.ui import widgets
from change_journal.wording import load_wording
from tests.app.conftest import PASSWORD, click, seed_account, sign_in

WORDS = load_wording()


@pytest.fixture
def newcomer(new_app, app_db):
    seed_account(app_db, "river")
    return sign_in(new_app(), "river")


@pytest.fixture
def person(new_app, app_db):
    """Signed in, with one change: "Drink less during the week"."""
    river = seed_account(app_db, "river")
    with closing(open_db(app_db)) as db:
        changes.add_change(db, river.id, "Drink less during the week")
    return sign_in(new_app(), "river")


@pytest.fixture
def store(app_db):
    with closing(open_db(app_db)) as database:
        yield database


def ids(store):
    user = users.find_user(store, "river")
    return user.id, changes.list_changes(store, user.id)[0].id


def texts(at, kind):
    return [str(e.value) for e in getattr(at, kind)]


def links(at):
    """The next steps offered on the page (the sidebar's menu left out)."""
    offered = {WORDS.get(f"next_steps.{key}")["label"] for key in
               ("values", "both_sides", "past_successes", "plan", "review_plan", "progress",
                "summary")}
    return [(p.proto.label, p.proto.page) for p in at.get("page_link") if p.proto.label in offered]


def check_in(at, ratings, how_going="", **follow_ups):
    """Fill every step of the check-in and save it; ``follow_ups`` by ruler: the answer to
    "why this number and not lower"."""
    if how_going:
        at.text_area[0].input(how_going).run()
    click(at, "Next")
    for key, value in zip(("importance", "confidence", "readiness"), ratings, strict=True):
        at.radio[0].set_value(value).run()
        if key in follow_ups:
            start = f"Why {a_number(value)}" if value else "What would have to happen"
            next(t for t in at.text_area if t.label.startswith(start)).input(follow_ups[key]).run()
        click(at, "Next")
    click(at, "Save check-in")
    return at


def reflection(at) -> str:
    """What the journal said back: the bordered paragraph and its question."""
    return " ".join(texts(at, "markdown")[:2])


# ------------------------------------------------------------------------------ the first change


def test_a_newcomer_names_a_change_one_question_at_a_time(newcomer, store):
    at = newcomer
    assert "two short questions" in texts(at, "markdown")[0]
    assert "Question 1 of 2" in texts(at, "caption")
    assert not at.text_area  # only the name is asked first
    name = at.text_input[0]
    assert name.label == "What change are you considering?"
    assert "your own words" in name.help and "Up to 120 characters" in name.help
    click(at, "Next")
    assert "The change is empty" in texts(at, "error")[0]
    at.text_input[0].input("Drink less during the week")
    click(at, "Next")
    assert not at.text_input and "Question 2 of 2" in texts(at, "caption")
    why = at.text_area[0]
    assert why.label == "Why now, in your own words? (optional)"
    assert "something that happened" in why.help and "Up to 5,000 characters" in why.help
    click(at, "Back")
    assert at.text_input[0].value == "Drink less during the week"
    click(at, "Next")
    at.text_area[0].input("I keep waking up tired.")
    click(at, "Start working on this")
    [change] = changes.list_changes(store, ids(store)[0])
    assert (change.title, change.why_now) == ("Drink less during the week", "I keep waking up tired.")
    assert any("Step 1 of 5" in p.proto.text for p in at.get("progress"))


def test_every_check_in_box_says_something_useful_about_its_question(person):
    at = person
    assert not at.text_area[0].help.startswith("Up to")
    click(at, "Next")
    at.radio[0].set_value(10).run()
    helps = {t.label: t.help for t in at.text_area}
    assert "rather than a lower one" in helps["Why a 10 and not a lower number, like 8 or 0?"]
    assert "keeps it where it is" in helps["What helps you keep it at 10?"]


# ------------------------------------------------------------------------------ four profiles


def test_low_importance_is_explored_and_never_offered_a_plan(person, store):
    at = check_in(person, (2, 6, 3), "Honestly, wine helps me relax after a long day.")
    said = reflection(at)
    assert any(q in said for q in WORDS.variants("reflection.questions.low_importance"))
    assert "plan" not in said.lower()
    assert [page for _label, page in links(at)] == ["values", "ambivalence"]
    assert "Everything you wrote today is in your journal." in " ".join(texts(at, "caption"))
    assert checkins.latest_checkin(store, *ids(store)).importance == 2


def test_important_but_not_confident_is_met_with_what_helped_before(person, store):
    at = check_in(person, (8, 3, 5), "A hard week.",
                  importance="I want to be properly awake for the kids.")
    said = reflection(at)
    assert any(q in said for q in WORDS.variants("reflection.questions.build_confidence"))
    assert links(at) == [("Recall what has helped you before", "ambivalence"),
                         ("Read your own words so far", "summary")]
    at.switch_page("pages/ambivalence.py").run()
    at.segmented_control(key="ambivalence_mode").set_value("angles").run()
    assert at.pills(key="ambivalence_angle").value == "past_successes"
    assert "Suggested today, given your latest ratings: What has helped before." in \
        texts(at, "caption")


def test_all_high_with_a_plan_is_invited_to_review_it_never_to_make_another(person, store):
    user_id, change_id = ids(store)
    plans.save_plan(store, user_id, change_id, {"goal": "No wine Monday to Thursday."})
    at = check_in(person, (8, 8, 9), "Four dry evenings.")
    assert any(q in reflection(at) for q in WORDS.variants("reflection.questions.review_plan"))
    assert [label for label, _page in links(at)] == ["Look over your plan"]  # nothing moved yet
    click(at, "Start a new check-in")
    at = check_in(at, (8, 8, 9), "Five dry evenings.")
    assert [label for label, _page in links(at)] == ["Look over your plan",
                                                     "See how your numbers have moved"]
    at.switch_page("pages/plan.py").run()
    assert "How is the plan working for you?" in " ".join(texts(at, "info"))


def test_a_big_drop_is_named_without_judgement_and_asked_about(person, store):
    at = check_in(person, (10, 6, 6), "I went for a run instead of opening a bottle.")
    click(at, "Start a new check-in")
    at = check_in(at, (1, 6, 6), "A rough week.")
    said = reflection(at)
    assert "importance went from 10 to 1" in said.lower() and "since earlier today" in said.lower()
    assert any(q in said for q in WORDS.variants("reflection.questions.drop"))
    for judging in ("why so low", "failure", "should", "disappoint"):
        assert judging not in said.lower()
    assert [page for _label, page in links(at)] == ["values", "ambivalence"]


def test_a_returning_person_opens_on_last_time_and_is_asked_since_then(person, store):
    at = check_in(person, (7, 4, 5), "Two dry evenings.",
                  importance="I want my evenings back.")
    click(at, "Start a new check-in")
    line = texts(at, "markdown")[0]
    assert line.startswith("Last time (earlier today): importance 7, confidence 4, readiness 5.")
    assert at.text_area[0].label == "Since earlier today, how have things gone?"
    at = check_in(at, (7, 4, 5), "Quieter.")
    user_id, change_id = ids(store)
    questions = [q for _c, p, q, _t in checkins.checkin_answers(store, user_id, change_id)
                 if p == "checkin.how_going"]
    assert questions == ["How are things with this change right now, in your own words?",
                         "Since earlier today, how have things gone?"]


def test_nothing_the_journal_says_repeats_from_one_check_in_to_the_next(person):
    at = check_in(person, (5, 5, 5), "Same as ever.")
    first = set(texts(at, "markdown")[:2])
    click(at, "Start a new check-in")
    at = check_in(at, (5, 5, 5), "Same as ever.")
    assert not first & set(texts(at, "markdown")[:2])


def test_a_person_s_markup_is_shown_as_typed_in_the_reflection(person):
    words = "I will **stop** <b>now</b> [x](http://e.com) on Monday."
    at = check_in(person, (6, 6, 6), words)
    assert words in texts(at, "text")  # the full answer, one click away
    for shown in texts(at, "markdown"):  # escaped, an address as inline code: shown as typed
        read = re.sub(r"`[^`]*`", "", re.sub(r"\\.", "", shown))
        assert "**stop**" not in read and "<b>" not in read and "](http" not in read


# ------------------------------------------------------------------------------ labels


def label_names(at):
    return [p.proto.popover.label for p in at.get("popover")]


def test_a_label_is_removed_in_one_click_and_the_removal_is_respected_and_can_be_undone(
        person, store):
    at = check_in(person, (6, 6, 6), "I will stop buying wine on Monday.")
    user_id, change_id = ids(store)
    assert label_names(at) == ["Commitment"]
    click(at, ":material/close:")
    assert label_names(at) == []
    assert talk.corrections(store, user_id, change_id)[
        talk.sentence_key("I will stop buying wine on Monday.")].side == "none"
    assert WORDS.text("labels.removed") in texts(at, "caption")
    at.switch_page("pages/progress.py").run()
    weekly = " ".join(texts(at, "markdown"))
    assert "No sentences for or against" in weekly and "1 sentence for changing" not in weekly
    at.switch_page("pages/check_in.py").run()
    click(at, "Undo")
    assert label_names(at) == ["Commitment"]
    assert talk.corrections(store, user_id, change_id) == {}


def test_a_label_corrected_by_the_person_shows_everywhere_as_theirs(person, store):
    at = check_in(person, (6, 6, 6), "Bought sparkling water and limes.",
                  importance="I want to be properly awake for the kids.")
    user_id, change_id = ids(store)
    fix = next(p for p in at.get("button_group") if p.key and p.key.endswith(":fix"))
    wanted = "Steps taken" if "Steps taken" in fix.options else "Commitment"
    fix.set_value(wanted).run()
    assert not at.exception
    corrected = talk.corrections(store, user_id, change_id)
    kind = {"Steps taken": "taking_steps", "Commitment": "commitment"}[wanted]
    assert [(c.side, c.kind) for c in corrected.values()] == [("change", kind)]
    assert wanted in label_names(at)
    at.switch_page("pages/summary.py").run()
    assert not at.exception
    assert wanted in label_names(at)


# ------------------------------------------------------------------------------ other pages


def test_the_plan_is_not_offered_at_low_importance_but_stays_there_when_asked(person, store):
    user_id, change_id = ids(store)
    checkins.save_checkin(store, user_id, change_id,
                          {"importance": 2, "confidence": 9, "readiness": 9}, [])
    at = person
    at.switch_page("pages/plan.py").run()
    assert "There is no hurry." in " ".join(texts(at, "info"))
    assert "turn that into steps" not in " ".join(texts(at, "info"))
    click(at, "Start a plan")
    assert at.text_area


def test_a_next_step_link_opens_both_sides_on_its_other_angles(person):
    at = person
    at.query_params["mode"] = "angles"
    at.switch_page("pages/ambivalence.py").run()
    assert at.segmented_control(key="ambivalence_mode").value == "angles"


def test_in_your_own_words_opens_on_a_collecting_summary_then_the_themes_collapsed(person, store):
    at = check_in(person, (8, 6, 7), "I went for a run on Wednesday instead of opening a bottle.",
                  importance="I want to be properly awake for the kids in the morning.",
                  confidence="I managed a dry January two years ago.")
    at.switch_page("pages/summary.py").run()
    assert not at.exception
    paragraph = texts(at, "markdown")[0]
    assert paragraph.startswith("Here is what you have said for this change")
    question = texts(at, "markdown")[1]
    assert question.strip("*").endswith("?")
    assert at.text_area[0].key.endswith("summary.next")
    themes = [e.label for e in at.expander if "(" in e.label]
    assert themes and all(not e.proto.expanded for e in at.expander if "(" in e.label)
    user_id, change_id = ids(store)
    gathered = summary.build_summary(store, user_id, changes.get_change(store, user_id, change_id))
    statements = summary.collect(gathered.sections)
    stored = [t for *_ids, t in checkins.checkin_answers(store, user_id, change_id)]
    assert statements
    for statement in statements:  # their words, exactly, and shown as typed
        assert any(statement.sentence in text for text in stored)
        assert widgets.md_escape(statement.sentence) in paragraph


def test_the_demo_account_shows_something_on_every_page(new_app, app_db):
    with closing(open_db(app_db)) as db:
        create_demo(db, PASSWORD)
    at = sign_in(new_app(), "demo")
    assert texts(at, "markdown")[0].startswith("Last time (")  # the check-in opens on last time
    # ... of its first change, the one checked in on last (and the one with most to show).
    assert at.header[0].value == "Drink less during the week"
    shown = {}
    for page in ("values", "ambivalence", "plan", "summary", "progress"):
        at.switch_page(f"pages/{page}.py").run()
        assert not at.exception, (page, at.exception)
        shown[page] = " ".join(texts(at, "markdown") + texts(at, "text") + texts(at, "caption")
                               + [e.label for e in at.expander])
    assert "family" in shown["values"]
    assert "What you wrote before" in shown["ambivalence"]
    assert "Version 2" in shown["plan"] and "Earlier versions (1)" in shown["plan"]
    assert shown["summary"].startswith("Here is what you have said for this change")
    assert re.search(r" · you wrote this \d+ times · in answer to: ", shown["summary"])
