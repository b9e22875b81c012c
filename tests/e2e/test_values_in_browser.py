"""The Values page in a real browser: the card sort answering each click with the next card,
choosing and reordering a top five with one box per place, value names in their proper case,
and reflections that stay in view, in full, once saved.

The deck is mostly sorted through the core beforehand, so the browser sorts the last cards.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from change_journal import accounts, changes, values
from change_journal.store import open_db
from change_journal.validation import isolated as iso
from tests.e2e.conftest import screenshot
from tests.e2e.streamlit_ui import choose, click, settle, sign_in_kept

pytestmark = pytest.mark.e2e

PASSWORD = "a calm long password"
VERY = ("health", "family", "inner peace", "self-acceptance", "humor", "fun")
LONG_ANSWER = ("We eat together on Sundays, all five of us, and it is the one time in the week "
               "when nobody is in a hurry and the phones stay in the hall. I want more of that.")


def seed(db_file, username: str, *, leave: int) -> tuple[int, list[str]]:
    """A person with a change and a sort with all but ``leave`` cards placed (the ``VERY``
    values in "Very important"); returns their id and the names of the cards left."""
    db = open_db(db_file)
    person = accounts.sign_up(db, username, PASSWORD)
    changes.add_change(db, person.id, "Walk most days", "")
    sort = values.start_sort(db, person.id)
    left = [card for card in sort.cards if card.name not in VERY][len(sort.cards) - len(VERY) - leave:]
    with db.atomic():
        for card in sort.cards:
            if card not in left:
                values.place_card(db, person.id, sort, card.name,
                                  "very" if card.name in VERY else "not")
    db.close()
    return person.id, [card.name for card in left]


def card_heading(page) -> str:
    return page.locator(".st-key-values_card h2").inner_text()


def test_sorting_the_last_cards_then_ranking_and_reordering_a_top_five(shared_server, page):
    url, db_file = shared_server
    person_id, left = seed(db_file, "river", leave=4)
    sign_in_kept(page, url, "river", PASSWORD)
    page.get_by_role("link", name="Values", exact=True).click()
    page.locator(".st-key-values_card h2").wait_for()
    settle(page)
    for name in left:
        assert card_heading(page) == values.display_name(name)  # proper case: "Inner peace"
        before = card_heading(page)
        page.get_by_role("button", name="Not important to me", exact=True).click()
        if name != left[-1]:
            expect(page.locator(".st-key-values_card h2")).not_to_have_text(before)
    page.get_by_text("All 83 cards sorted").wait_for()
    settle(page)

    # One box per place, no multiselect and so no "Select all".
    assert page.locator('[data-testid="stMultiSelect"]').count() == 0
    assert page.get_by_text("Select all").count() == 0
    choose(page, "1. Most important", "Family")
    choose(page, "2.", "Health")
    choose(page, "3.", "Inner peace")
    # Health to the top: one choice, and Family takes its old place (no removing, re-adding).
    choose(page, "1. Most important", "Health (now in place 2)")
    place = page.locator('[data-testid="stMainBlockContainer"] [data-testid="stSelectbox"]')
    expect(place.nth(0).locator("input")).to_have_value("Health")
    expect(place.nth(1).locator("input")).to_have_value("Family")
    expect(place.nth(2).locator("input")).to_have_value("Inner peace")
    screenshot(page, "values-top-five-ranked")
    click(page, "Save my top values")
    page.get_by_text("Saved. This sort is kept as a dated snapshot.").wait_for()
    for rank, name in enumerate(("Health", "Family", "Inner peace"), start=1):
        page.get_by_text(f"{rank}. {name}", exact=True).wait_for()
    db = open_db(db_file)
    assert values.snapshots(db, person_id)[-1].top == ("health", "family", "inner peace")
    db.close()


def test_a_saved_reflection_stays_in_view_in_full(shared_server, page):
    url, db_file = shared_server
    person_id, left = seed(db_file, "brook", leave=0)
    db = open_db(db_file)
    values.finish_sort(db, person_id, values.current_sort(db, person_id), ["family", "health"])
    db.close()
    sign_in_kept(page, url, "brook", PASSWORD)
    page.get_by_role("link", name="Values", exact=True).click()
    page.get_by_role("heading", name="Reflecting on a value").wait_for()
    settle(page)
    expect(page.get_by_test_id("stButtonGroup").get_by_text("Family", exact=True)).to_be_visible()
    box = page.get_by_role("textbox", name="What does family mean to you?")
    box.fill(LONG_ANSWER)
    box.press("Tab")
    settle(page)
    click(page, "Save these reflections")
    page.get_by_text(f"Saved. What you wrote about {iso('Family')}").wait_for()
    # The words just saved are on screen, whole, as plain text: not emptied, not cut off.
    saved = page.get_by_text(LONG_ANSWER, exact=True).first
    expect(saved).to_be_visible()
    width = saved.evaluate("e => [e.scrollWidth, e.clientWidth, e.scrollHeight, e.clientHeight]")
    assert width[0] <= width[1] and width[2] <= width[3]
    screenshot(page, "values-reflection-saved")
    # And in the full list of what was written about the value.
    page.get_by_text(f"Everything you wrote about {iso('Family')} (1)").click()
    expect(page.get_by_text(LONG_ANSWER, exact=True)).to_have_count(2)
    click(page, f"Write more about {iso('Family')}")
    expect(page.get_by_role("textbox", name="What does family mean to you?")).to_have_value("")


def test_a_value_of_ones_own_leaves_its_boxes_empty_for_the_next(shared_server, page):
    """A new user's walk: after "Your value is in the deck." the boxes still showed the value
    (emptied on the server only), and adding again was refused as a duplicate."""
    url, db_file = shared_server
    seed(db_file, "rill", leave=4)
    sign_in_kept(page, url, "rill", PASSWORD)
    page.get_by_role("link", name="Values", exact=True).click()
    page.locator(".st-key-values_card h2").wait_for()
    settle(page)
    page.get_by_text("Add a value of your own", exact=True).click()
    page.get_by_label("Name of the value", exact=True).fill("Being outdoors")
    page.get_by_label("What it means to you (optional)", exact=True).fill("Fresh air.")
    click(page, "Add this value")
    expect(page.get_by_text("Your value is in the deck.", exact=True)).to_be_visible()
    expect(page.get_by_label("Name of the value", exact=True)).to_have_value("")
    expect(page.get_by_label("What it means to you (optional)", exact=True)).to_have_value("")
