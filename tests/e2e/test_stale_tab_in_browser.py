"""A tab left open after its session ended (signed out in another tab, or "Sign out everywhere
else" from another browser) can act on nothing, even through what runs without ``app.py``'s
check: a dialog's button, a button inside a fragment (and its callback), a deferred download.

Each case first opens what it will click while the session is live, ends the session from
elsewhere, then clicks in the stale tab and reads the database: nothing was deleted, archived,
placed or downloaded, and the tab ends on the sign-in page or says the download failed."""

from __future__ import annotations

from contextlib import closing

import pytest

from change_journal import accounts, sharing, values
from change_journal.store import changes, open_db
from tests.e2e.conftest import screenshot
from tests.e2e.streamlit_ui import click, open_app, open_expander, settle, sign_in, sign_in_kept
from tests.e2e.test_settings_in_browser import seed

pytestmark = pytest.mark.e2e
PASSWORD = "a calm long password"


def account(db_file, username: str, role: str = "person") -> int:
    with closing(open_db(db_file)) as db:
        return accounts.sign_up(db, username, PASSWORD, role).id


def count(db_file, table: str) -> int:
    with closing(open_db(db_file)) as db:
        return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def open_page(page, name: str) -> None:
    page.get_by_role("link", name=name, exact=True).click()
    page.get_by_role("heading", name=name, level=1).wait_for()
    settle(page)


def sign_out_in_another_tab(page, url: str) -> None:
    """Sign out in a second tab of the same browser (it shares the session's cookie)."""
    other = page.context.new_page()
    open_app(other, f"{url}/settings")
    click(other, "Sign out")
    other.get_by_role("button", name="Sign in").wait_for()
    other.close()


def click_once_signed_out(page, url: str, button) -> None:
    """End the session in another tab, click ``button`` in this one, and see it land on the
    sign-in page."""
    sign_out_in_another_tab(page, url)
    button.click()
    settle(page)
    page.get_by_role("button", name="Sign in").wait_for()
    assert page.get_by_text("Signed in as").count() == 0


def test_a_dialog_left_open_deletes_nothing_once_signed_out(shared_server, page):
    url, db_file = shared_server
    account(db_file, "ash")
    seed(db_file, "ash")
    sign_in_kept(page, url, "ash", PASSWORD)
    open_page(page, "Your changes")
    open_expander(page, "Walk most days")
    click(page, "Delete this change…")
    page.get_by_role("dialog").get_by_text("Delete for good?").wait_for()

    click_once_signed_out(page, url, page.get_by_role("dialog").get_by_role("button", name="Delete for good"))
    assert (count(db_file, "changes"), count(db_file, "checkins")) == (1, 12)


def test_downloads_fail_once_signed_out_from_another_browser(shared_server, page, browser):
    url, db_file = shared_server
    account(db_file, "birch")
    seed(db_file, "birch")
    sign_in_kept(page, url, "birch", PASSWORD)
    open_page(page, "Settings")
    downloads = []
    page.on("download", lambda download: downloads.append(download))
    with page.expect_download():  # the same button works while the session is live
        page.get_by_role("button", name="Check-ins (CSV)").click()
    assert len(downloads) == 1

    elsewhere = browser.new_context(viewport={"width": 1280, "height": 900})
    other = elsewhere.new_page()
    other.set_default_timeout(20_000)
    sign_in(other, url, "birch", PASSWORD)
    open_page(other, "Settings")
    click(other, "Sign out everywhere else")
    other.get_by_text("Signed out of 1 other browser.").wait_for()
    elsewhere.close()

    buttons = ("Everything (JSON)", "Check-ins (CSV)", "Download the report")
    for name in buttons:
        page.get_by_role("button", name=name).click()
    failed = page.get_by_text("Failed to generate file for download")
    failed.nth(len(buttons) - 1).wait_for()
    settle(page)
    screenshot(page, "stale-tab-download")
    assert len(downloads) == 1 and failed.count() == len(buttons)


def test_a_value_card_is_not_placed_once_signed_out(shared_server, page):
    url, db_file = shared_server
    user_id = account(db_file, "cedar")
    with closing(open_db(db_file)) as db:
        values.start_sort(db, user_id)
    sign_in_kept(page, url, "cedar", PASSWORD)
    open_page(page, "Values")
    page.get_by_text("Card 1 of").wait_for()

    click_once_signed_out(page, url, page.get_by_role("button", name="Very important"))
    with closing(open_db(db_file)) as db:
        assert values.current_sort(db, user_id).piles == {}


def test_the_archive_dialog_archives_nothing_once_signed_out(shared_server, page):
    url, db_file = shared_server
    user_id = account(db_file, "dale")
    coach_id = account(db_file, "coach.dale", "coach")
    with closing(open_db(db_file)) as db:
        change_id = changes.add_change(db, user_id, "Walk to work")
        sharing.share_with_coach(db, user_id, "coach.dale", [change_id], scope="numbers")
        sharing.accept(db, coach_id, user_id)
    sign_in_kept(page, url, "dale", PASSWORD)
    open_page(page, "Your changes")
    open_expander(page, "Walk to work")
    click(page, "Archive")
    page.get_by_role("dialog").get_by_text("Keep sharing it?").wait_for()

    dialog = page.get_by_role("dialog")
    click_once_signed_out(page, url, dialog.get_by_role("button", name="Archive and stop sharing"))
    with closing(open_db(db_file)) as db:
        assert not changes.get_change(db, user_id, change_id).archived
