"""The keyboard alone, in a real browser: signing in and a whole check-in with Tab, Shift+Tab,
the arrow keys, Enter and Space (no mouse, no clicks by the test), checking on the way that the
focus lands on each new step's question, that arrow keys choose a number, that a chosen number
stays chosen, and that the 0-10 ruler is one row on a phone."""

from __future__ import annotations

import re
import sqlite3

import pytest

from change_journal import accounts
from change_journal.store import changes, open_db
from tests.e2e.streamlit_ui import open_app, settle

pytestmark = pytest.mark.e2e

PASSWORD = "a calm long password"


def seed_person(db_file, username: str) -> None:
    """A person with one change, made through the core (signing up is tested elsewhere)."""
    database = open_db(db_file)
    person = accounts.sign_up(database, username, PASSWORD)
    changes.add_change(database, person.id, "Walk most days")
    database.close()


def focused(page) -> dict:
    """What has the keyboard focus: its role, name-ish text, tag and value."""
    return page.evaluate("""() => {
        const e = document.activeElement;
        return {tag: e.tagName.toLowerCase(), type: e.type || "", value: e.value || "",
                label: e.getAttribute("aria-label") || "", text: (e.innerText || "").trim(),
                role: e.getAttribute("role") || ""};
    }""")


def tab_to(page, matches, *, back: bool = False, limit: int = 60) -> dict:
    """Press Tab (Shift+Tab with ``back``) until the focused element ``matches``."""
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if back else "Tab")
        now = focused(page)
        if matches(now):
            return now
    raise AssertionError(f"Tab never reached the element; the focus ended on {focused(page)}")


def is_button(name: str):
    """The button named ``name`` (its icon, a ligature, comes first in its text)."""
    return lambda f: f["tag"] == "button" and f["text"].split("\n")[-1].strip() == name


def type_here(page, text: str) -> None:
    """Type into the focused box, then Tab away so Streamlit keeps the text."""
    page.keyboard.type(text)
    page.keyboard.press("Tab")
    settle(page)


def sign_in_by_keyboard(page, username: str, key: str = "Enter") -> None:
    """Tab to the tabs, arrow to "Sign in" and open it with ``key``, type ``username`` and the
    password, and send the form with Enter."""
    tab_to(page, lambda f: f["role"] == "tab")  # the tab list is one stop: the open tab
    for _ in range(3):
        if focused(page)["text"] == "Sign in":
            break
        page.keyboard.press("ArrowLeft")
    assert focused(page)["text"] == "Sign in"
    page.keyboard.press(key)
    settle(page)
    tab_to(page, lambda f: f["label"] == "Username")
    type_here(page, username)
    assert focused(page)["label"] == "Password"
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")  # sends the form
    page.get_by_role("heading", name="Check in", level=1).wait_for()
    settle(page)


def test_signing_in_works_with_the_keyboard_alone(shared_server, page):
    url, db_file = shared_server
    seed_person(db_file, "river")
    open_app(page, url)
    sign_in_by_keyboard(page, "river")
    page.get_by_text("Signed in as").first.wait_for(state="attached")


def test_a_whole_check_in_works_with_the_keyboard_alone(shared_server, page):
    url, db_file = shared_server
    seed_person(db_file, "brook")
    open_app(page, url)
    sign_in_by_keyboard(page, "brook", key="Space")

    tab_to(page, lambda f: f["tag"] == "textarea")
    type_here(page, "Two walks this week.")
    tab_to(page, is_button("Next"))
    page.keyboard.press("Enter")
    settle(page)

    for number, (ruler, rating) in enumerate((("important", 6), ("confident", 4),
                                              ("ready", 5)), 2):
        page.get_by_text(f"Step {number} of 5", exact=False).wait_for()
        # The focus is on the new step's question, not lost to the page.
        page.wait_for_function("document.activeElement.innerText.includes('?')")
        assert ruler in focused(page)["text"], focused(page)
        # Tab goes on into the ruler; Space chooses the focused number, the arrows move it.
        chosen = tab_to(page, lambda f: f["type"] == "radio")
        page.keyboard.press("Space")
        settle(page)
        assert page.get_by_role("radio", name=chosen["value"], exact=True).is_checked()
        for _ in range(rating - int(chosen["value"])):
            page.keyboard.press("ArrowRight")
            settle(page)
        radio = page.get_by_role("radio", name=str(rating), exact=True)
        assert radio.is_checked(), f"the arrow keys did not choose {rating}"
        # Space on the chosen number again never clears it.
        page.keyboard.press("Space")
        settle(page)
        assert radio.is_checked()
        tab_to(page, lambda f: f["tag"] == "textarea")
        type_here(page, f"My own reason for {rating}.")
        tab_to(page, is_button("Next"))
        page.keyboard.press("Enter")
        settle(page)

    page.get_by_text("Step 5 of 5", exact=False).wait_for()
    # Shift+Tab goes back through the page too: from "Save check-in" to the note's box.
    tab_to(page, is_button("Save check-in"))
    tab_to(page, lambda f: f["tag"] == "textarea", back=True)
    type_here(page, "A note to myself.")
    tab_to(page, is_button("Save check-in"))
    page.keyboard.press("Enter")
    page.get_by_text("Everything you wrote today is in your journal", exact=False).wait_for()
    # The focus is on what the journal says back, not lost to the page.
    page.wait_for_function(
        "document.activeElement.closest('.st-key-reflection') !== null", timeout=5_000)

    with sqlite3.connect(db_file) as conn:
        assert conn.execute("SELECT importance, confidence, readiness FROM checkins")\
            .fetchall() == [(6, 4, 5)]


def test_the_ruler_is_one_row_with_its_end_words_on_a_phone(shared_server, page):
    url, db_file = shared_server
    seed_person(db_file, "lake")
    page.set_viewport_size({"width": 390, "height": 844})
    open_app(page, url)
    page.get_by_role("tab", name="Sign in").click()
    page.get_by_label("Username", exact=True).fill("lake")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password", exact=True).press("Enter")
    page.get_by_role("heading", name="Check in", level=1).wait_for()
    settle(page)
    page.get_by_role("button", name="Next").click()
    settle(page)
    numbers = page.get_by_role("radiogroup").get_by_role("radio")
    assert numbers.count() == 11
    boxes = [b for b in page.locator('[data-testid="stRadioOption"]').evaluate_all(
        "els => els.map(e => { const r = e.getBoundingClientRect();"
        " return {top: r.top, left: r.left, right: r.right, height: r.height}; })")]
    assert len({round(b["top"]) for b in boxes}) == 1, f"the ruler wraps: {boxes}"
    assert boxes[-1]["right"] <= 390 and min(b["height"] for b in boxes) >= 24
    assert page.get_by_text("0 = not important at all").is_visible()
    assert page.get_by_text("10 = extremely important").is_visible()
    # A click on the chosen number keeps it chosen, and it looks unlike the others.
    seven = page.get_by_role("radiogroup").get_by_text("7", exact=True)
    seven.click()
    settle(page)
    seven.click()
    settle(page)
    assert page.get_by_role("radio", name="7", exact=True).is_checked()
    page.mouse.move(0, 0)
    look = page.locator('[data-testid="stRadioOption"]').evaluate_all(
        "els => els.map(e => { const s = getComputedStyle(e), p = getComputedStyle("
        "e.querySelector('p')); return [s.backgroundColor, p.fontWeight, p.textDecorationLine,"
        " s.boxShadow]; })")
    assert look[7] != look[6] and look[7][1] == "700"
    assert look[7][3] != "none"  # a ring: a cue that is not colour alone
    assert all(other == look[0] for n, other in enumerate(look) if n != 7)
    # The ring stays within the gap: it never covers the next number's box.
    ring = max(float(px) for px in re.findall(r"(\d+(?:\.\d+)?)px", look[7][3]))
    gap = boxes[1]["left"] - boxes[0]["right"]
    assert ring < gap, (ring, gap)
    # On a wide screen too, the end labels stand under the ruler's ends.
    page.set_viewport_size({"width": 1280, "height": 900})
    settle(page)
    last = page.locator('[data-testid="stRadioOption"]').last.bounding_box()
    first = page.locator('[data-testid="stRadioOption"]').first.bounding_box()
    low = page.get_by_text("0 = not important at all").bounding_box()
    high = page.get_by_text("10 = extremely important").bounding_box()
    assert abs(low["x"] - first["x"]) <= 2, (low, first)
    assert abs((high["x"] + high["width"]) - (last["x"] + last["width"])) <= 2, (high, last)
    page.set_viewport_size({"width": 390, "height": 844})
    settle(page)
    # The box under the number is named by its question alone, with no escapes.
    assert not re.search(r"\\", page.locator("textarea").first.get_attribute("aria-label"))


def ring(page) -> dict:
    """How the focused element, and the box around a focused text box, are marked."""
    return page.evaluate("""() => {
        const e = document.activeElement;
        const box = e.closest('[data-testid$="RootElement"]') || e;
        const own = getComputedStyle(e), around = getComputedStyle(box);
        return {outline: own.outlineStyle + " " + own.outlineWidth, shadow: around.boxShadow};
    }""")


def test_a_link_and_a_text_box_reached_by_the_keyboard_are_ringed(shared_server, page):
    """Streamlit marked a menu link reached by Tab with a faint background, the same as the
    current page's, and a text box with its one-pixel border: both are ringed now."""
    url, db_file = shared_server
    seed_person(db_file, "rill")
    open_app(page, url)
    sign_in_by_keyboard(page, "rill")
    tab_to(page, lambda f: f["tag"] == "a" and f["text"].endswith("Progress"), back=True)
    assert ring(page)["outline"] == "solid 2px"
    tab_to(page, lambda f: f["tag"] == "textarea")
    assert re.search(r"0px 0px 0px 2px", ring(page)["shadow"])


def test_the_focus_goes_to_the_first_question_after_signing_in_and_to_a_sort_once_started(
        shared_server, page):
    """A new user's walk: after signing in, and after "Start sorting", the focus fell to the
    page's body, and a screen reader was not told that the page had changed."""
    url, db_file = shared_server
    seed_person(db_file, "brae")
    open_app(page, url)
    sign_in_by_keyboard(page, "brae")
    page.wait_for_function("document.activeElement.closest('[class*=\"st-key-checkin_question_\"]')"
                           " !== null", timeout=5_000)
    page.get_by_role("link", name="Values", exact=True).click()
    page.get_by_role("button", name="Start sorting").wait_for()
    settle(page)
    tab_to(page, is_button("Start sorting"))
    page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement.closest('.st-key-values_card') !== null",
                           timeout=5_000)
