"""A journal that listens, in a real browser: four people save check-ins with four ruler
profiles (low importance; important but not confident; all high; a big drop) and read what the
journal says back, with a screenshot of each; the first change asked one question at a time,
the line about last time, a label opened to correct it, and "In your own words" opening on a
collecting summary. The screenshots (tests/e2e/screenshots/reflection-*.png) are for reading
as a practitioner would: is this about the person, in their words, with a question that invites
them on?"""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from change_journal.demo import create_demo
from change_journal.store import open_db
from tests.e2e.streamlit_ui import choose_rating, click, fill, settle, sign_in, sign_up, whole_page

pytestmark = pytest.mark.e2e

PASSWORD = "a calm long password"
RULERS = ("important", "confident", "ready")



def first_change(page, title: str, why: str, *, shots: str | None = None) -> None:
    if shots:
        whole_page(page, f"{shots}-1")
    fill(page, "What change are you considering?", title)
    press(page, "Next")
    fill(page, "Why now, in your own words? (optional)", why)
    if shots:
        whole_page(page, f"{shots}-2")
    click(page, "Start working on this")
    page.get_by_text("Step 1 of 5", exact=False).wait_for()


def check_in(page, ratings: tuple[int, int, int], how_going: str,
             why: dict[str, str] | None = None) -> None:
    """Every step of a check-in; ``why`` answers "why this number" for some rulers."""
    step(page, 1)
    box = page.locator("textarea").first
    fill(page, box.get_attribute("aria-label"), how_going)
    press(page, "Next")
    for number, (ruler, value) in enumerate(zip(RULERS, ratings, strict=True), start=2):
        step(page, number)
        choose_rating(page, value)
        page.locator("textarea").first.wait_for()  # its follow-up questions are there
        settle(page)
        if why and ruler in why:
            follow_up = page.locator(f"textarea[aria-label^='Why {'an' if value == 8 else 'a'} "
                                     f"{value} ']")
            fill(page, follow_up.first.get_attribute("aria-label"), why[ruler])
        press(page, "Next")
    step(page, 5)
    click(page, "Save check-in")
    page.get_by_text("Everything you wrote today is in your journal", exact=False).wait_for()


def press(page, name: str) -> None:
    """Click the one button called ``name`` once the run that drew it has finished (for a
    moment after a rerun, the button of the run before can still be on the page)."""
    button = page.get_by_role("button", name=name, exact=True)
    for attempt in range(3):
        expect(button).to_have_count(1)
        try:
            button.click(timeout=5_000)
            break
        except PlaywrightError:  # redrawn while being clicked: find it again
            if attempt == 2:
                raise
    settle(page)


def step(page, number: int) -> None:
    """Wait until the check-in shows step ``number`` (and the step before it is gone)."""
    page.get_by_text(f"Step {number} of 5", exact=False).wait_for()
    settle(page)


def person(page, url: str, name: str) -> None:
    sign_up(page, url, name, PASSWORD)
    first_change(page, "Drink less during the week",
                 "I keep waking up tired on workdays and I want my evenings back.")


def said_back(page) -> str:
    """What the journal says back: the bordered reflection above "Saved."."""
    return page.locator(".st-key-reflection").inner_text()


def test_low_importance_is_reflected_and_explored_never_planned(shared_server, page):
    url, _db = shared_server
    sign_up(page, url, "low", PASSWORD)
    first_change(page, "Drink less during the week",
                 "My partner mentioned it, so I'm looking at it.", shots="first-change")
    check_in(page, (2, 6, 3), "Honestly, wine helps me relax after a long day.",
             {"important": "My partner worries about it, and I don't like that."})
    whole_page(page, "reflection-low-importance")
    text = said_back(page)
    assert "wine helps me relax after a long day" in text
    assert text.strip().endswith("?")
    assert page.get_by_role("link", name="Look at what matters most to you").is_visible()
    assert page.get_by_role("link", name="Make a plan, if you'd like").count() == 0


def test_important_but_not_confident_hears_past_successes_and_a_small_step(shared_server, page):
    url, _db = shared_server
    person(page, url, "unsure")
    check_in(page, (8, 3, 5), "A hard week, late meetings every night.",
             {"important": "I want to be properly awake for the kids in the morning.",
              "confident": "I managed a dry January two years ago."})
    whole_page(page, "reflection-not-confident")
    text = said_back(page)
    assert "awake for the kids" in text or "dry January" in text
    link = page.get_by_role("link", name="Recall what has helped you before")
    link.click()
    settle(page)
    page.get_by_text("Suggested today, given your latest ratings: What has helped before.").wait_for()
    whole_page(page, "both-sides-suggested-angle")


def test_all_high_is_invited_to_plan_and_a_label_can_be_corrected(shared_server, page):
    url, _db = shared_server
    person(page, url, "ready")
    check_in(page, (9, 8, 8), "I went for a run on Wednesday evening instead of opening a bottle.",
             {"important": "My sleep is so much better on the nights I don't drink.",
              "ready": "I'm going to keep Monday to Thursday alcohol-free."})
    whole_page(page, "reflection-all-high")
    text = said_back(page)
    assert "I went for a run on Wednesday evening instead of opening a bottle." in text
    assert page.get_by_role("link", name="Make a plan, if you'd like").is_visible()
    page.get_by_text("Everything you wrote today", exact=True).click()
    settle(page)
    label = page.locator('[data-testid="stPopover"] button').first
    label.click()
    settle(page)
    whole_page(page, "label-opened")
    page.keyboard.press("Escape")
    settle(page)


def test_a_big_drop_is_named_neutrally_and_last_time_opens_the_next_check_in(shared_server, page):
    url, db_file = shared_server
    person(page, url, "dropped")
    check_in(page, (10, 6, 6), "Two dry evenings and a long walk on Sunday.",
             {"important": "I want my evenings back."})
    click(page, "Start a new check-in")
    page.get_by_text("Last time (earlier today)", exact=False).wait_for()
    whole_page(page, "checkin-last-time")
    assert page.locator("textarea").first.get_attribute("aria-label") == \
        "Since earlier today, how have things gone?"
    check_in(page, (1, 6, 6), "Work fell apart this week and I stopped caring about it.")
    whole_page(page, "reflection-big-drop")
    text = said_back(page)
    assert "importance went from 10 to 1" in text.lower()
    assert "why so low" not in text.lower()
    with sqlite3.connect(db_file) as conn:
        assert conn.execute("SELECT importance FROM checkins JOIN users ON users.id = user_id "
                            "WHERE username = 'dropped' ORDER BY checkins.id").fetchall() == [(10,), (1,)]


def test_in_your_own_words_opens_on_a_collecting_summary(shared_server, page):
    url, _db = shared_server
    person(page, url, "gathered")
    check_in(page, (8, 6, 7), "I swapped the after-work beer for a walk twice and slept better.",
             {"important": "I want to be properly awake for the kids in the morning.",
              "confident": "Having a plan for the late workdays makes it feel doable."})
    page.get_by_role("link", name="In your own words").click()
    settle(page)
    page.get_by_text("Here is what you have said for this change", exact=False).wait_for()
    page.get_by_text("Everything you have written for this change, by theme").wait_for()
    whole_page(page, "summary-collecting")


def test_the_demo_journal_has_something_to_show_on_every_page(shared_server, page):
    url, db_file = shared_server
    with closing(open_db(db_file)) as db:
        create_demo(db, PASSWORD)
    sign_in(page, url, "demo", PASSWORD)
    page.get_by_text("Last time (", exact=False).wait_for()
    whole_page(page, "demo-checkin")
    for link, name, shown in (("In your own words", "demo-summary", "Here is what you have said"),
                              ("Change plan", "demo-plan", "Version 2"),
                              ("Both sides", "demo-both-sides", "What would you like to explore")):
        page.get_by_role("link", name=link, exact=True).click()
        settle(page)
        page.get_by_text(shown, exact=False).first.wait_for()
        whole_page(page, name)
