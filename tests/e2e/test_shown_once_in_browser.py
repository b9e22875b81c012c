"""A new invite code or share link, of which the journal keeps no copy, is shown on the page
that made it until that page is left (app.py's ``SHOWN_ONCE``): coming back does not show it
again; nor does a "Stop sharing?" or "Close without saving?" question left unanswered. AppTest
does not report which page runs (its ``navigation.url_path`` stays the home page's), so this is
checked in the browser."""

from __future__ import annotations

from contextlib import closing

import pytest
from playwright.sync_api import expect

from change_journal import accounts, changes
from change_journal.store import open_db
from tests.e2e.conftest import shared_page
from tests.e2e.streamlit_ui import click, open_expander, settle, sign_in_kept

pytestmark = pytest.mark.e2e

PASSWORD = "a calm long password"
CODE = '[data-testid="stCode"]'


def go(page, link: str) -> None:
    page.get_by_role("link", name=link, exact=True).click()
    page.get_by_role("heading", name=link, level=1).wait_for()
    settle(page)


def test_an_invite_code_and_a_link_are_gone_once_their_page_is_left(shared_server, browser):
    url, db_file = shared_server
    with closing(open_db(db_file)) as db:
        accounts.sign_up(db, "coach.shown", PASSWORD, "coach")
        person = accounts.sign_up(db, "river.shown", PASSWORD)
        changes.add_change(db, person.id, "Walk to work")
    with shared_page(browser) as page:
        sign_in_kept(page, url, "coach.shown", PASSWORD)
        settle(page)
        open_expander(page, "Invite a client")
        click(page, "Make an invite code")
        expect(page.locator(CODE)).to_have_count(1, timeout=15_000)
        go(page, "Settings")
        go(page, "Your clients")
        open_expander(page, "Invite a client")
        expect(page.get_by_role("button", name="Make an invite code")).to_be_visible()
        expect(page.locator(CODE)).to_have_count(0)
    with shared_page(browser) as page:
        sign_in_kept(page, url, "river.shown", PASSWORD)
        settle(page)
        go(page, "Sharing")
        click(page, "Make a link")
        expect(page.locator(CODE)).to_have_count(1, timeout=15_000)
        go(page, "Progress")
        go(page, "Sharing")
        expect(page.get_by_role("button", name="Make a link")).to_be_visible()
        expect(page.locator(CODE)).to_have_count(0)
        # A "Stop sharing?" question left unanswered is gone too once the page is left.
        coach = "coach.shown"
        page.get_by_label("Your coach's username or invite code").fill(coach)
        page.get_by_label("Your coach's username or invite code").press("Tab")
        settle(page)
        click(page, "Share")
        click(page, "Yes, share")
        click(page, "Stop sharing")
        expect(page.get_by_role("button", name="Yes, stop sharing")).to_be_visible()
        go(page, "Progress")
        go(page, "Sharing")
        expect(page.get_by_role("button", name="Stop sharing")).to_be_visible()
        expect(page.get_by_role("button", name="Yes, stop sharing")).to_have_count(0)


def test_a_close_without_saving_question_left_unanswered_is_gone_once_the_page_is_left(
        shared_server, browser):
    url, db_file = shared_server
    with closing(open_db(db_file)) as db:
        person = accounts.sign_up(db, "river.closing", PASSWORD)
        changes.add_change(db, person.id, "Walk to work")
    with shared_page(browser) as page:
        sign_in_kept(page, url, "river.closing", PASSWORD)
        settle(page)
        go(page, "Change plan")
        click(page, "Start a plan")
        box = page.get_by_label("How will you know it is working?", exact=True)
        box.fill("Fewer aches at night.")
        box.press("Tab")
        settle(page)
        click(page, "Close without saving")
        expect(page.get_by_text("cleared for good", exact=False)).to_be_visible()
        go(page, "Values")
        go(page, "Change plan")
        expect(page.get_by_label("How will you know it is working?", exact=True)).to_have_value(
            "Fewer aches at night.")
        expect(page.get_by_text("cleared for good", exact=False)).to_have_count(0)
