"""Settings in a real browser: the JSON export and the printable report download, the report opens
offline and prints to A4 and Letter PDFs, a check-in is deleted through the dialog, the page
fits a phone, and deleting the account lands on the sign-in page."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta

import pytest

from change_journal.store import changes, checkins, open_db, users
from change_journal.store.checkins import AnswerIn
from change_journal.store.plans import save_plan
from tests.e2e.conftest import SCREENSHOTS, screenshot
from tests.e2e.streamlit_ui import click, fill, settle, sign_up

pytestmark = pytest.mark.e2e
PASSWORD = "a calm long password"


def seed(db_file, username: str) -> None:
    """Two months of check-ins on one change, with words, and a plan."""
    now = datetime.now(UTC)
    with closing(open_db(db_file)) as db:
        user_id = users.find_user(db, username).id
        change_id = changes.add_change(db, user_id, "Walk most days",
                                       "My back aches after sitting all day.",
                                       created_at=(now - timedelta(days=70)).isoformat())
        for n in range(12):
            at = (now - timedelta(days=66 - 5 * n)).isoformat(timespec="microseconds")
            ratings = {"importance": 6 + n // 4, "confidence": 3 + n // 3, "readiness": 4 + n // 3}
            checkins.save_checkin(db, user_id, change_id, ratings, [
                AnswerIn("checkin.how_going", "How have things been going?",
                         f"Walked {2 + n % 4} days this week."),
                AnswerIn("checkin.importance.why_not_lower", "Why not lower?",
                         "My back feels better on the days I walk."),
                AnswerIn("checkin.confidence.why_not_lower", "Why not lower?",
                         "I found a lunchtime route I like."),
            ], created_at=at)
        save_plan(db, user_id, change_id, {"goal": "Walk at lunch four days a week",
                                           "steps": "Block 12:30-13:00 in my calendar.",
                                           "helpers": "My sister, on Saturdays."})


def choose_first(page, label: str) -> None:
    """Pick the first option of the select box labelled ``label``."""
    box = page.get_by_role("combobox", name=label, exact=True)
    box.click()
    if box.get_attribute("aria-expanded") != "true":
        box.press("ArrowDown")
    page.get_by_role("option").first.click()
    settle(page)


def full_screenshot(page, name: str, width: int) -> None:
    """A screenshot of the whole page: Streamlit scrolls inside its own container, so the
    window is made as tall as the content first."""
    height = page.locator('[data-testid="stMain"]').evaluate("main => main.scrollHeight")
    page.set_viewport_size({"width": width, "height": max(height, 600)})
    settle(page)
    screenshot(page, name)


def download(page, button: str, target):
    with page.expect_download() as info:
        page.get_by_role("button", name=button).click()
    info.value.save_as(target)
    return target


def test_settings_export_report_delete_and_account_deletion(server, page, browser, tmp_path):
    url, db_file = server
    sign_up(page, url, "river", PASSWORD)
    seed(db_file, "river")
    page.get_by_role("link", name="Settings").click()
    settle(page)
    page.get_by_role("heading", name="Take your journal with you").wait_for()
    full_screenshot(page, "settings", 1280)
    page.set_viewport_size({"width": 1280, "height": 900})

    exported = json.loads(download(page, "Everything (JSON)", tmp_path / "river.json").read_text())
    assert exported["format_version"] == 1
    assert len(exported["changes"][0]["checkins"]) == 12

    report_file = download(page, "Download the report", tmp_path / "report.html")
    reader = browser.new_context(viewport={"width": 900, "height": 1200})
    fetched: list[str] = []
    reader.on("request", lambda request: fetched.append(request.url))
    view = reader.new_page()
    view.goto(report_file.as_uri())
    view.get_by_role("heading", name="Walk most days").wait_for()
    view.locator("figure img").first.wait_for()
    assert view.locator("figure img").first.evaluate("img => img.naturalWidth") > 600
    view.screenshot(path=str(SCREENSHOTS / "report.png"), full_page=True)
    for paper in ("A4", "Letter"):
        pdf = view.pdf(format=paper, print_background=True)
        (SCREENSHOTS / f"report-{paper.lower()}.pdf").write_bytes(pdf)
        assert pdf.startswith(b"%PDF")
    assert fetched == [report_file.as_uri()]
    reader.close()

    choose_first(page, "Check-in")
    click(page, "Delete this check-in…")
    dialog = page.get_by_role("dialog")
    dialog.get_by_text("Delete for good?").wait_for()
    screenshot(page, "settings-delete-dialog")
    dialog.get_by_role("button", name="Delete for good").click()
    settle(page)
    page.get_by_text("The check-in was deleted.").wait_for()
    with closing(sqlite3.connect(db_file)) as conn:
        assert conn.execute("SELECT COUNT(*) FROM checkins").fetchone() == (11,)
        assert conn.execute("SELECT COUNT(*) FROM answers").fetchone() == (33,)

    page.set_viewport_size({"width": 390, "height": 844})
    settle(page)
    screenshot(page, "settings-phone")
    full_screenshot(page, "settings-phone-full", 390)
    page.set_viewport_size({"width": 1280, "height": 900})

    fill(page, "To confirm, type your password", PASSWORD)
    page.get_by_text("I understand that this cannot be undone").click()
    click(page, "Delete my account")
    page.get_by_role("tab", name="Create an account").wait_for()
    page.get_by_text("Your account and everything in it were deleted, for good.").wait_for()
    with closing(sqlite3.connect(db_file)) as conn:
        assert conn.execute("SELECT COUNT(*) FROM users").fetchone() == (0,)
        assert conn.execute("SELECT COUNT(*) FROM checkins").fetchone() == (0,)


def test_a_double_click_on_delete_my_account_deletes_it_and_says_so(server, page):
    """Streamlit may start a tab's next run while the one it replaces is still working: the
    second click must not draw the page as it was before the first click's deletion ended
    ("Nothing was deleted", still signed in) while that deletion goes through."""
    url, db_file = server
    sign_up(page, url, "river", PASSWORD)
    page.get_by_role("link", name="Settings").click()
    settle(page)
    fill(page, "To confirm, type your password", PASSWORD)
    page.get_by_text("I understand that this cannot be undone").click()
    page.get_by_role("button", name="Delete my account").dblclick()
    page.get_by_text("Your account and everything in it were deleted, for good.").wait_for()
    page.get_by_role("tab", name="Create an account").wait_for()
    settle(page)
    assert page.get_by_text("Nothing was deleted").count() == 0
    with closing(sqlite3.connect(db_file)) as conn:
        assert conn.execute("SELECT COUNT(*) FROM users").fetchone() == (0,)


def test_the_password_boxes_are_empty_once_the_password_is_changed(server, page):
    """Found beside a new user's walk through the sharing form: the page emptied the password
    boxes by forgetting their values, which a browser keeps showing."""
    url, _ = server
    sign_up(page, url, "river", PASSWORD)
    page.get_by_role("link", name="Settings").click()
    settle(page)
    fill(page, "Current password", PASSWORD)
    fill(page, "New password", "another calm long password")
    fill(page, "Repeat the new password", "another calm long password")
    click(page, "Change my password")
    settle(page)
    for label in ("Current password", "New password", "Repeat the new password"):
        assert page.get_by_label(label, exact=True).input_value() == ""
