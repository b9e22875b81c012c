"""The exploration pages in a real browser: the values card sort (laptop and phone), both sides,
a change plan and the collecting summary, with a screenshot of each page."""

from __future__ import annotations

import pytest

from change_journal import values
from change_journal.store import changes, checkins, open_db, users
from tests.e2e.streamlit_ui import choose, click, settle, sign_up, whole_page

pytestmark = pytest.mark.e2e

TOP = ("health", "family", "inner peace")


def go(page, link: str) -> None:
    page.get_by_role("link", name=link, exact=True).click()
    settle(page)


def write(page, index: int, text: str) -> None:
    """Type into the ``index``-th text box on the page and commit it."""
    box = page.locator("textarea").nth(index)
    box.fill(text)
    box.press("Tab")
    settle(page)



def seed_checkin(db_file) -> None:
    """A check-in with all three ratings high, written straight to the server's database."""
    database = open_db(db_file)
    user = users.find_user(database, "meadow")
    change = changes.list_changes(database, user.id)[0]
    checkins.save_checkin(
        database, user.id, change.id, {"importance": 8, "confidence": 7, "readiness": 8},
        [checkins.AnswerIn("checkin.importance.why_not_lower", "Why an 8 and not a lower number?",
                           "My back aches less on the days I walk.")],
    )
    database.close()


def place_all_but_last(db_file) -> None:
    """Sort every remaining card but the last through the store, to keep the test short."""
    database = open_db(db_file)
    user = users.find_user(database, "meadow")
    sort = values.current_sort(database, user.id)
    with database.atomic():
        for card in sort.cards[:-1]:
            if card.name not in sort.piles:
                pile = "very" if card.name in TOP else "important"
                values.place_card(database, user.id, sort, card.name, pile)
    database.close()


def test_a_person_explores_values_both_sides_a_plan_and_reads_their_own_words(server, page):
    url, db_file = server
    sign_up(page, url, "meadow", "a calm long password")
    page.get_by_label("What change are you considering?", exact=True).fill("Walk most days")
    page.get_by_label("What change are you considering?", exact=True).press("Tab")
    click(page, "Next")  # the first change asks one thing at a time
    click(page, "Start working on this")
    seed_checkin(db_file)

    go(page, "Values")
    click(page, "Start sorting")
    for number, pile in enumerate(("Very important", "Important", "Not important to me"), 2):
        click(page, pile)
        page.get_by_text(f"Card {number} of 83", exact=True).wait_for()
    page.get_by_text("3 of 83 sorted", exact=True).wait_for()
    page.set_viewport_size({"width": 390, "height": 844})
    settle(page)
    whole_page(page, "values-phone")
    page.set_viewport_size({"width": 1280, "height": 900})
    settle(page)

    place_all_but_last(db_file)
    page.reload()  # the page now sees the cards sorted in the store: on to the last one
    page.get_by_text("Card 83 of 83", exact=True).wait_for()
    settle(page)
    click(page, "Back")
    page.get_by_text("Card 82 of 83", exact=True).wait_for()
    click(page, "Return to where I was")
    page.get_by_text("Card 83 of 83", exact=True).wait_for()
    click(page, "Important")
    for place, option in enumerate(TOP):
        choose(page, values.place_label(place), values.display_name(option))
    whole_page(page, "values-top-five")
    click(page, "Save my top values")
    page.get_by_text("Saved. This sort is kept as a dated snapshot.").wait_for()
    page.get_by_text("1. Health", exact=True).wait_for()
    write(page, 0, "Feeling strong enough to carry the shopping home.")
    write(page, 2, "Walking is the simplest way I know to look after my health.")
    click(page, "Save these reflections")
    page.get_by_text("Saved. Your reflections are in").wait_for()
    # What was just saved stays in view, in full, in place of the boxes.
    page.get_by_text("Walking is the simplest way I know to look after my health.",
                     exact=True).first.wait_for()
    whole_page(page, "values")

    go(page, "Both sides")
    for step, words in enumerate(("Evenings on the sofa are easy.",
                                  "My back aches after long days.",
                                  "I'd sleep better and feel stronger."), 2):
        write(page, 0, words)
        click(page, "Next")
        page.get_by_text(f"Step {step} of 4", exact=True).wait_for()
    page.get_by_text("On one hand, what you like about how things are now:").wait_for()
    write(page, 0, "The stronger side matters more to me.")
    whole_page(page, "ambivalence")
    click(page, "Save both sides")
    page.get_by_text("Saved. Both sides, in your own words").wait_for()

    go(page, "Change plan")
    page.get_by_text("Your latest ratings were importance 8, confidence 7 and readiness 8",
                     exact=False).wait_for()
    click(page, "Start a plan")
    write(page, 1, "My back, my sleep, and time outside.")
    write(page, 2, "A 20-minute walk at lunch, Monday to Friday, starting next week.")
    write(page, 3, "My sister, on Sunday mornings.")
    whole_page(page, "plan")
    click(page, "Save this plan")
    page.get_by_text("Saved as version 1").wait_for()

    go(page, "In your own words")
    for words in ("My back aches less on the days I walk.",
                  "A 20-minute walk at lunch, Monday to Friday, starting next week.",
                  "Walking is the simplest way I know to look after my health."):
        page.get_by_text(f"“{words}”", exact=True).first.wait_for(state="attached")  # by theme
    page.get_by_text("What do you make of all this?").first.wait_for()
    whole_page(page, "summary")

    database = open_db(db_file)
    user = users.find_user(database, "meadow")
    [snapshot] = values.snapshots(database, user.id)
    assert snapshot.top == TOP
    prompt_ids = [row[0] for row in database.execute(
        "SELECT prompt_id FROM answers WHERE checkin_id IS NULL ORDER BY id").fetchall()]
    assert prompt_ids == ["values.meaning", "values.fit", "ambivalence.likes",
                          "ambivalence.concerns", "ambivalence.better",
                          "ambivalence.both_sides_next"]
    database.close()
