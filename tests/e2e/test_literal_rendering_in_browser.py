"""Hostile text in a real browser: a person types Markdown, HTML, ``javascript:`` and image links,
control characters, right-to-left text and emoji into their journal; every page that shows it (to
them, to their coach and through a read-only link) displays it as text. No image loads, no link
runs script, no element is injected, no alert opens and no request leaves the server.
"""

from __future__ import annotations

from contextlib import closing

import pytest

from change_journal import accounts
from change_journal.store import changes, open_db, users
from tests.app.test_literal_rendering import TITLE, WORDS, write_everything
from tests.e2e.conftest import screenshot
from tests.e2e.streamlit_ui import click, fill, settle, sign_in, sign_up

pytestmark = pytest.mark.e2e

PASSWORD = "a calm long password"
PERSON_PAGES = ("Check in", "Progress", "Your changes", "Values", "Both sides", "Change plan",
                "In your own words", "Sharing", "Settings")


class Watch:
    """What a page does besides drawing: requests it makes and dialogs it opens."""

    def __init__(self, page, url: str):
        self.outside: list[str] = []
        self.dialogs: list[str] = []
        page.on("request", lambda request: None if request.url.startswith((url, "data:", "blob:"))
                else self.outside.append(request.url))
        page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))

    def assert_quiet(self) -> None:
        assert self.outside == [], "the page fetched something from outside the server"
        assert self.dialogs == [], "a script ran and opened a dialog"


def assert_nothing_injected(page, where: str) -> None:
    """No image from the person's words, no script link, no element built from their HTML."""
    sources = page.locator("img").evaluate_all("images => images.map(i => i.getAttribute('src'))")
    assert not [s for s in sources if s and ("example.com" in s or s == "x")], where
    assert page.locator("a[href^='javascript' i], [onerror], [onclick]").count() == 0, where
    assert page.locator("b", has_text="PHTML").count() == 0, where
    assert page.locator("h1", has_text="PH heading").count() == 0, where
    scripts = page.locator("script").evaluate_all("scripts => scripts.map(s => s.textContent)")
    assert not [s for s in scripts if "alert('PS')" in s], where


def web_links(page) -> list[str]:
    """Links to the person's web addresses: Markdown would make them (escaping alone does not stop
    it), a page showing their words literally never does."""
    return page.locator("a[href*='example.com']").evaluate_all("links => links.map(a => a.href)")


def open_tab(page, name: str) -> None:
    page.locator("[data-testid=stTab]", has_text=name).click()
    settle(page)


def visit(page, name: str) -> None:
    page.get_by_role("link", name=name, exact=True).first.click()
    settle(page)
    page.get_by_role("heading", level=1).first.wait_for()


def test_hostile_words_show_as_text_everywhere(server, page, browser):
    url, db_file = server
    watch = Watch(page, url)
    with closing(open_db(db_file)) as db:
        coach = accounts.sign_up(db, "coach.kim", PASSWORD, "coach")

    sign_up(page, url, "robin", PASSWORD)
    fill(page, "What change are you considering?", TITLE)
    click(page, "Next")  # the first change asks one thing at a time
    fill(page, "Why now, in your own words? (optional)", WORDS)
    click(page, "Start working on this")
    page.get_by_text("Step 1 of 5", exact=False).wait_for()
    with closing(open_db(db_file)) as db:
        person = users.find_user(db, "robin")
        (change,) = changes.list_changes(db, person.id)
        assert "\x07" not in change.title and change.why_now.startswith("# PH heading")
        token = write_everything(db, accounts.Account(person.id, "robin", "person"), coach,
                                 change.id)

    linked = []
    for name in PERSON_PAGES:
        visit(page, name)
        assert_nothing_injected(page, name)
        linked += web_links(page)
    visit(page, "Change plan")
    page.get_by_text("<b>PHTML</b>", exact=False).first.wait_for()
    screenshot(page, "literal-text")
    visit(page, "Sharing")
    page.get_by_text("Show what this coach sees").first.click()
    settle(page)
    open_tab(page, "Written answers")
    assert_nothing_injected(page, "the preview of what the coach sees")
    watch.assert_quiet()

    coach_context = browser.new_context(viewport={"width": 390, "height": 844},
                                        timezone_id="Europe/London")
    coach_page = coach_context.new_page()
    coach_page.set_default_timeout(20_000)
    coach_watch = Watch(coach_page, url)
    sign_in(coach_page, url, "coach.kim", PASSWORD)
    assert_nothing_injected(coach_page, "the coach's dashboard")
    coach_page.get_by_role("link", name="robin").click()
    settle(coach_page)
    open_tab(coach_page, "Written answers")
    coach_page.get_by_text("[PJ](javascript:alert(1))", exact=False).first.wait_for()
    assert_nothing_injected(coach_page, "the coach's client page")
    screenshot(coach_page, "literal-text-coach-phone")

    coach_page.goto(f"{url}/shared?token={token}")
    coach_page.get_by_role("heading", name="Shared progress").wait_for()
    settle(coach_page)
    assert_nothing_injected(coach_page, "the read-only link")
    linked += web_links(coach_page)
    coach_watch.assert_quiet()
    coach_context.close()
    assert linked == []
