"""The frame around every page, in a real browser: the crisis notice on a phone, caption
contrast, nothing invisible in what a person copies, and the first click on a page link right
after typing (which used to be lost).
"""

from __future__ import annotations

import re
from itertools import count

import pytest
from playwright.sync_api import expect

from change_journal import accounts, changes, values
from change_journal.config import SAFETY_NOTE
from change_journal.store import open_db, users
from tests.e2e.conftest import screenshot, shared_page
from tests.e2e.streamlit_ui import click, fill, open_app, settle, sign_in_kept

pytestmark = pytest.mark.e2e

PASSWORD = "a calm long password"
PEOPLE = count(1)
TITLE = "Walk the route on www.example.com/walks daily"
PHONE = {"width": 390, "height": 844}
INVISIBLE = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f"
                       "\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0]")
"""Characters that take no room on screen but travel with a copy: soft hyphen, zero-width
spaces and joiners, direction marks and overrides, word joiner (U+2060), invisible operators,
fillers, the byte-order mark."""


@pytest.fixture
def username(shared_server) -> str:
    """A new person on the module's server, with the ``TITLE`` change and family and health as
    their top values: their username."""
    name = f"sam.k{next(PEOPLE)}"
    db = open_db(shared_server[1])
    person = accounts.sign_up(db, name, PASSWORD)
    changes.add_change(db, person.id, TITLE, "")
    sort = values.start_sort(db, person.id)
    with db.atomic():
        for card in sort.cards:
            values.place_card(db, person.id, sort, card.name,
                              "very" if card.name in ("family", "health") else "not")
    values.finish_sort(db, person.id, values.current_sort(db, person.id), ["family", "health"])
    db.close()
    return name


def phone_page(browser):
    context = browser.new_context(viewport=PHONE, timezone_id="Europe/London", has_touch=True,
                                  is_mobile=True)
    page = context.new_page()
    page.set_default_timeout(20_000)
    return page


def notice_in_main(page):
    return page.locator('[data-testid="stMainBlockContainer"] [data-testid="stCaption"], '
                        '[data-testid="stMainBlockContainer"] [data-testid="stCaptionContainer"]'
                        ).filter(has_text="not therapy")


def assert_notice_under_the_page(page, name: str) -> None:
    notice = notice_in_main(page)
    expect(notice).to_have_count(1)
    notice.scroll_into_view_if_needed()
    expect(notice).to_be_in_viewport()
    assert notice.inner_text().strip() == SAFETY_NOTE
    # It comes after everything else the page shows.
    last_bottom = page.evaluate("""() => {
        const main = document.querySelector('[data-testid="stMainBlockContainer"]');
        const notice = main.querySelector('.st-key-page_footer');
        const bottoms = [...main.querySelectorAll('[data-testid="stElementContainer"]')]
            .filter((e) => !notice.contains(e) && e.getBoundingClientRect().height > 0 &&
                    e.checkVisibility({visibilityProperty: true}))
            .map((e) => e.getBoundingClientRect().bottom);
        const last = [...main.querySelectorAll('[data-testid="stElementContainer"]')]
            .filter((e) => !notice.contains(e) && e.getBoundingClientRect().height > 0 &&
                    e.checkVisibility({visibilityProperty: true}))
            .sort((a, b) => b.getBoundingClientRect().bottom - a.getBoundingClientRect().bottom)[0];
        return [Math.max(...bottoms), notice.getBoundingClientRect().top, last.outerHTML.slice(0, 300)];
    }""")
    assert last_bottom[0] <= last_bottom[1], f"the notice is not under the page on {name}: {last_bottom[2]}"


def test_the_crisis_notice_is_under_every_page_on_a_phone(shared_server, username, browser):
    url, _ = shared_server
    page = phone_page(browser)
    open_app(page, url)
    assert_notice_under_the_page(page, "sign in")
    screenshot(page, "frame-phone-sign-in")
    sign_in_kept(page, url, username, PASSWORD)
    for path in ("", "progress", "values", "settings"):
        page.goto(f"{url}/{path}")
        page.get_by_role("heading", level=1).first.wait_for()
        settle(page)
        assert_notice_under_the_page(page, path or "check in")
    screenshot(page, "frame-phone-settings")
    page.context.close()


MENU_OVER_PAGE = """() => {
    const side = document.querySelector('[data-testid="stSidebar"]');
    const main = document.querySelector('[data-testid="stMain"]');
    const box = side.getBoundingClientRect();
    return box.right > main.getBoundingClientRect().left + 100 &&
           getComputedStyle(side).visibility !== "hidden";
}"""
"""JavaScript: the sidebar lies over the page (open on a phone, its slide-in done)."""
MENU_OUT_OF_SIGHT = """() => {
    const side = document.querySelector('[data-testid="stSidebar"]');
    return side.getBoundingClientRect().right <= 1 || getComputedStyle(side).visibility === "hidden";
}"""


def test_a_page_chosen_in_the_menu_on_a_phone_closes_the_menu(shared_server, username, browser):
    """The menu lies over the page on a phone: choosing a page in it closes it, as Streamlit's
    own menu does, so the page chosen is what shows (a walk-through found the menu left over
    three quarters of the page). On a laptop the menu stays where it is, beside the page."""
    url, _ = shared_server
    page = phone_page(browser)
    sign_in_kept(page, url, username, PASSWORD)
    for name in ("Progress", "Values"):
        page.get_by_test_id("stExpandSidebarButton").click()
        expect(page.get_by_test_id("stSidebar").get_by_role("link", name=name)).to_be_visible()
        page.wait_for_function(MENU_OVER_PAGE)
        page.get_by_test_id("stSidebar").get_by_role("link", name=name).click()
        expect(page.get_by_role("heading", level=1, name=name)).to_be_visible()
        page.wait_for_function(MENU_OUT_OF_SIGHT)
        settle(page)
        expect(page.get_by_role("heading", level=1, name=name)).to_be_in_viewport()
    screenshot(page, "frame-phone-menu-closed")
    page.context.close()
    laptop = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    sign_in_kept(laptop, url, username, PASSWORD)
    laptop.get_by_test_id("stSidebar").get_by_role("link", name="Progress").click()
    expect(laptop.get_by_role("heading", level=1, name="Progress")).to_be_visible()
    settle(laptop)
    expect(laptop.get_by_test_id("stSidebar").get_by_role("link", name="Values")).to_be_visible()
    laptop.context.close()


def relative_luminance(rgb: tuple[float, float, float]) -> float:
    def channel(value: float) -> float:
        value /= 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
    red, green, blue = (channel(v) for v in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def test_captions_are_at_least_4_5_to_1_against_the_page_and_the_sidebar(shared_server, username,
                                                                          page):
    url, _ = shared_server
    sign_in_kept(page, url, username, PASSWORD)  # signed in: a visitor has no sidebar
    colours = page.evaluate("""() => {
        const rgba = (text) => text.match(/[\\d.]+/g).map(Number);
        const caption = (within) => document.querySelector(
            `${within} [data-testid="stCaptionContainer"]`);
        const backdrop = (element) => {
            for (let e = element; e; e = e.parentElement) {
                const colour = rgba(getComputedStyle(e).backgroundColor);
                if (colour.length === 3 || colour[3] > 0) return colour;
            }
            return [255, 255, 255];
        };
        return ['[data-testid="stMain"]', '[data-testid="stSidebar"]'].map((within) => [
            rgba(getComputedStyle(caption(within)).color), backdrop(caption(within))]);
    }""")
    for (red, green, blue, *alpha), background in colours:
        opacity = alpha[0] if alpha else 1.0
        shown = tuple(opacity * c + (1 - opacity) * b for c, b in
                      zip((red, green, blue), background[:3], strict=True))
        lighter, darker = sorted((relative_luminance(shown),
                                  relative_luminance(tuple(background[:3]))), reverse=True)
        assert (lighter + 0.05) / (darker + 0.05) >= 4.5


def copied(page, locator) -> str:
    """What a person gets by selecting the element's text and copying it."""
    return locator.evaluate("""(element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        const text = selection.toString();
        selection.removeAllRanges();
        return text;
    }""")


def everything_on_the_page(page) -> str:
    """The page's text and every label a screen reader reads out."""
    return page.evaluate("""() => document.body.innerText + '\\n' + [...document.querySelectorAll(
        '[aria-label], [title], [placeholder]')].map((e) => [e.getAttribute('aria-label'),
        e.getAttribute('title'), e.getAttribute('placeholder')].join('\\n')).join('\\n')""")


def test_nothing_invisible_travels_with_a_username_an_address_or_an_error(shared_server, username,
                                                                          page):
    url, _ = shared_server
    sign_in_kept(page, url, username, PASSWORD)

    shown = page.get_by_test_id("stSidebar").get_by_text(username, exact=True)
    assert copied(page, shown).strip() == username
    heading = page.get_by_role("heading", name=re.compile("example"))
    assert TITLE in copied(page, heading)
    assert not INVISIBLE.search(everything_on_the_page(page))

    page.get_by_role("link", name="Sharing", exact=True).click()
    page.get_by_role("heading", name="Sharing", level=1).wait_for()
    settle(page)
    fill(page, "Your coach's username or invite code", "no.such.coach")
    click(page, "Share")
    error = page.get_by_test_id("stAlertContentError").first
    error.wait_for()
    assert "No coach account matches" in copied(page, error)
    assert not INVISIBLE.search(copied(page, error))
    assert not INVISIBLE.search(everything_on_the_page(page))

    page.get_by_role("link", name="Values", exact=True).click()
    page.get_by_role("heading", name="Reflecting on a value").wait_for()
    settle(page)
    assert not INVISIBLE.search(everything_on_the_page(page))


def test_the_values_page_has_one_h1_no_skipped_levels_and_no_heading_anchors_to_tab_to(
        shared_server, username, page):
    url, _ = shared_server
    sign_in_kept(page, url, username, PASSWORD)
    page.get_by_role("link", name="Values", exact=True).click()
    page.get_by_role("heading", name="Reflecting on a value").wait_for()
    settle(page)
    for state in ("top values and reflections", "sorting a card"):
        if state == "sorting a card":
            click(page, "Sort the cards again")
            page.locator(".st-key-values_card h2").wait_for()
            settle(page)
        assert page.locator("h1 a, h2 a, h3 a, h4 a").count() == 0
        levels = [int(tag[1]) for tag in page.locator(
            '[data-testid="stMain"] :is(h1, h2, h3, h4, h5, h6)').evaluate_all(
            "hs => hs.map(h => h.tagName)")]
        assert levels[0] == 1 and levels.count(1) == 1
        assert all(after - before <= 1 for before, after in zip(levels, levels[1:], strict=False)), \
            levels


@pytest.mark.parametrize("pointer", ["tap", "click"])
def test_the_first_page_link_click_right_after_typing_opens_the_page_and_keeps_the_words(
        shared_server, username, browser, pointer):
    """Typing, then at once a tap (phone) or a quick click on a menu link, used to rerun the
    page being left: the text box sends its words a moment after the link asks for the new
    page, and the server kept the newer request. The guard in ``layout`` holds such a click
    until the words are sent."""
    url, _ = shared_server
    context = browser.new_context(viewport={"width": 1280, "height": 900}, has_touch=True,
                                  timezone_id="Europe/London")
    page = context.new_page()
    page.set_default_timeout(20_000)
    sign_in_kept(page, url, username, PASSWORD)
    for attempt in range(3):
        page.goto(f"{url}/values")
        page.get_by_role("heading", name="Reflecting on a value").wait_for()
        settle(page)
        box = page.get_by_role("textbox", name="What does family mean to you?")
        words = f"Sunday lunches, attempt {attempt}."
        box.fill(words)  # no Tab: the click itself takes the focus away
        link = page.get_by_role("link", name="Progress", exact=True)
        if pointer == "tap":
            link.tap()
        else:
            middle = link.bounding_box()
            page.mouse.move(middle["x"] + 10, middle["y"] + middle["height"] / 2)
            page.mouse.down()
            page.mouse.up()
        page.get_by_role("heading", name="Progress", level=1).wait_for(timeout=15_000)
        settle(page)
        page.get_by_role("link", name="Values", exact=True).click()
        expect(page.get_by_role("textbox", name="What does family mean to you?")).to_have_value(
            words)
    context.close()


def test_a_change_picked_opens_at_the_next_click_and_after_a_reload(shared_server, username,
                                                                     page):
    """A select box's input is a text box to the browser (``type=text``, ``role=combobox``):
    the click guard took its new choice for words waiting to be sent and held the next menu
    click for its whole 10 s. And a reload keeps the change picked, not the one last written
    in."""
    url, db_file = shared_server
    db = open_db(db_file)
    person = users.find_user(db, accounts.username_key(username))
    changes.add_change(db, person.id, "Sleep by eleven", "")  # started last: the default
    db.close()
    sign_in_kept(page, url, username, PASSWORD)
    sidebar = page.get_by_test_id("stSidebar")
    picker = sidebar.get_by_role("combobox", name="Working on")
    expect(picker).to_have_value("Sleep by eleven")
    picker.click()
    page.get_by_role("option", name=TITLE).click()
    page.get_by_role("heading", name=TITLE).wait_for()
    settle(page)
    link = sidebar.get_by_role("link", name="Progress", exact=True)
    link.click()
    expect(link).not_to_have_attribute("aria-busy", "true")  # held clicks are marked busy
    page.get_by_role("heading", name="Progress", level=1).wait_for()
    settle(page)
    page.reload()
    page.get_by_role("heading", name="Progress", level=1).wait_for()
    expect(sidebar.get_by_role("combobox", name="Working on")).to_have_value(TITLE)


@pytest.mark.parametrize("path", ["", "ambivalence"])
def test_back_and_next_sit_side_by_side_on_a_phone(shared_server, username, browser, path):
    """A new user's walk: on a phone, the check-in's "Back" was stacked above "Next" (two columns
    stack), so the step's main action sat below the way back."""
    url, _ = shared_server
    page = phone_page(browser)
    sign_in_kept(page, url, username, PASSWORD)
    page.goto(f"{url}/{path}")
    page.get_by_role("heading", level=1).first.wait_for()
    settle(page)
    page.locator("textarea").first.fill("Some words.")
    click(page, "Next")
    back = page.get_by_role("button", name="Back", exact=True).bounding_box()
    forward = page.get_by_role("button", name="Next", exact=True).bounding_box()
    # One row: each button's height overlaps the other's (stacked, they sit a button apart).
    assert back["y"] < forward["y"] + forward["height"] and forward["y"] < back["y"] + back["height"]
    assert back["x"] < forward["x"]
    page.context.close()


@pytest.mark.parametrize("touch", [True, False], ids=["phone", "desktop"])
def test_the_ctrl_enter_hint_under_a_box_is_left_out_on_a_touch_screen(shared_server, username,
                                                                       browser, touch):
    """A new user's walk: "Press Ctrl+Enter to apply" under a box means nothing on a phone."""
    url, _ = shared_server
    page = phone_page(browser) if touch else browser.new_page()
    sign_in_kept(page, url, username, PASSWORD)
    box = page.locator("textarea").first
    box.click()
    box.press_sequentially("Some words")
    hint = page.locator('[data-testid="InputInstructions"]')
    hint.first.wait_for(state="attached")
    expect(hint.first).to_be_visible(visible=not touch)
    page.context.close()


def test_a_link_to_a_page_within_a_page_is_underlined_and_the_menus_are_not(shared_server,
                                                                             username, browser):
    """A new user's walk: a coach's client's name, a link, read as a label (links were told
    from text by colour alone)."""
    url, _ = shared_server
    with shared_page(browser) as page:
        sign_in_kept(page, url, username, PASSWORD)
        page.goto(f"{url}/progress")
        link = page.locator('[data-testid="stMain"] a[data-testid^="stPageLink"] p').first
        link.wait_for()
        settle(page)
        menu = page.locator('[data-testid="stSidebar"] a[data-testid^="stPageLink"] p').first
        decoration = "e => getComputedStyle(e).textDecorationLine"
        assert link.evaluate(decoration) == "underline"
        assert menu.evaluate(decoration) == "none"
