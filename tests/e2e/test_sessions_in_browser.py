"""Sessions in a real browser: a reload, a new tab and a bookmark stay signed in (the session
cookie), a signed-out visit to any page's address signs in and then opens that page with its
parameters, a coach opens a client in a new tab, and signing out ends the session for the
browser too. "Page not found" never shows."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from playwright.sync_api import expect

from change_journal.store import changes, open_db, sharing, users
from tests.e2e.conftest import screenshot
from tests.e2e.streamlit_ui import click, fill, open_app, settle, sign_up, submit_sign_in

pytestmark = pytest.mark.e2e
PASSWORD = "a calm long password"


def heading(page) -> str:
    return page.get_by_role("heading", level=1).first.inner_text()


def no_page_not_found(page) -> None:
    assert page.get_by_text("Page not found").count() == 0


def sign_in_here(page, username: str) -> None:
    """Sign in on the form the page shows, staying at its address."""
    submit_sign_in(page, username, PASSWORD)


def test_a_reload_and_a_new_tab_stay_signed_in_and_signing_out_ends_it(server, browser):
    url, db_file = server
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20_000)
    sign_up(page, url, "river", PASSWORD)
    page.get_by_role("link", name="Progress").click()
    page.get_by_role("heading", name="Progress", level=1).wait_for()
    settle(page)

    page.reload()
    page.get_by_role("heading", level=1).first.wait_for()
    settle(page)
    assert heading(page) == "Progress"
    no_page_not_found(page)

    second = context.new_page()
    open_app(second, f"{url}/changes")
    assert heading(second) == "Your changes"
    screenshot(second, "session-new-tab")

    click(page, "Sign out")
    page.get_by_role("button", name="Sign in").wait_for()
    settle(page)
    # Streamlit keeps the sidebar it drew before: emptied, it is hidden with its menu button.
    expect(page.get_by_test_id("stSidebar")).to_be_hidden()
    expect(page.get_by_test_id("stExpandSidebarButton")).to_be_hidden()
    page.reload()
    page.get_by_role("button", name="Sign in").wait_for()
    settle(page)
    assert page.get_by_text("Signed in as").count() == 0
    with closing(sqlite3.connect(db_file)) as conn:
        assert conn.execute("SELECT COUNT(*) FROM sessions").fetchone() == (0,)
    second.reload()
    second.get_by_role("button", name="Sign in").wait_for()
    context.close()


def test_a_signed_out_deep_link_signs_in_then_opens_the_page_asked_for_and_home_opens(server, page):
    url, _db = server
    sign_up(page, url, "river", PASSWORD)
    click(page, "Sign out")
    page.context.clear_cookies()

    open_app(page, f"{url}/progress?range=Year")
    no_page_not_found(page)
    page.get_by_role("button", name="Sign in").wait_for()
    screenshot(page, "session-deep-link-sign-in")
    sign_in_here(page, "river")
    page.get_by_role("heading", name="Progress", level=1).wait_for()
    assert page.url.endswith("/progress?range=Year")
    no_page_not_found(page)

    # "/home", typed or bookmarked, opens the home page, signed in or out (Streamlit serves the
    # default page at "/" only).
    open_app(page, f"{url}/home")
    page.get_by_role("heading", name="Check in").wait_for()
    no_page_not_found(page)
    click(page, "Sign out")
    page.context.clear_cookies()
    open_app(page, f"{url}/home")
    page.get_by_role("button", name="Sign in").wait_for()
    no_page_not_found(page)


def test_a_coach_opens_a_client_in_a_new_tab(server, browser):
    url, db_file = server
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20_000)
    open_app(page, url)
    page.get_by_role("tab", name="Create an account").click()
    fill(page, "Choose a username", "coach-ada")
    fill(page, "Choose a password", PASSWORD)
    fill(page, "Repeat the password", PASSWORD)
    page.get_by_text("Coaching: seeing what clients").click()
    click(page, "Create my account")
    page.get_by_role("heading", name="Your clients").wait_for()

    with closing(open_db(db_file)) as db:
        # A client made straight in the store, as the sharing tests cover the UI for it.
        client = users.create_user(db, "river", "river", "not a real hash", "person")
        change = changes.add_change(db, client, "Walk most days")
        coach = users.find_user(db, "coach-ada").id
        sharing.grant(db, client, coach, [change], "numbers", [], None)

    tab = context.new_page()
    tab.set_default_timeout(20_000)
    tab.goto(f"{url}/client?client={client}&change={change}")
    tab.get_by_text("Walk most days").first.wait_for()
    settle(tab)
    no_page_not_found(tab)
    assert tab.get_by_role("button", name="Sign in").count() == 0
    screenshot(tab, "session-coach-client-new-tab")
    context.close()
