"""The core loop in a real browser: sign up, name a change, two check-ins, the progress chart."""

from __future__ import annotations

import sqlite3

import pytest

from tests.e2e.conftest import screenshot
from tests.e2e.streamlit_ui import choose_rating, click, fill, settle, sign_up

pytestmark = pytest.mark.e2e


def from_this_server(address: str, url: str) -> bool:
    """A request to the app's own server, or for an in-memory ``blob:`` URL the page itself
    made (``blob:http://127.0.0.1:PORT/<uuid>``, as st.components.v2 scripts are loaded): no
    network either way. A blob of any other origin counts as outside."""
    return address.startswith(url) or address.startswith(f"blob:{url}/")


def check_in(page, ratings: dict[str, int], words: str, *, shot: str | None = None) -> None:
    fill(page, page.locator("textarea").first.get_attribute("aria-label"), words)
    click(page, "Next")
    for name, value in ratings.items():
        page.get_by_text(name, exact=False).first.wait_for()
        choose_rating(page, value)
        settle(page)
        first_follow_up = page.locator("textarea").first
        fill(page, first_follow_up.get_attribute("aria-label"), f"My own reason for {value}.")
        if shot and name == "important":
            screenshot(page, shot)
        click(page, "Next")
    click(page, "Save check-in")
    page.get_by_text("Everything you wrote today is in your journal", exact=False).wait_for()


def test_new_person_reaches_their_progress_chart(server, page):
    url, db_file = server
    outside = []
    page.on("request", lambda request: outside.append(request.url)
            if not from_this_server(request.url, url) else None)
    sign_up(page, url, "river", "a calm long password")
    screenshot(page, "first-change")
    fill(page, "What change are you considering?", "Walk most days")
    click(page, "Next")  # the first change asks one thing at a time
    click(page, "Start working on this")

    check_in(page, {"important": 6, "confident": 4, "ready": 5}, "A slow start, two walks.",
             shot="checkin")
    screenshot(page, "reflection")
    page.get_by_text("Everything you wrote today", exact=True).click()  # all of it, one click away
    assert page.get_by_text("My own reason for 6.", exact=True).is_visible()
    click(page, "Start a new check-in")
    check_in(page, {"important": 8, "confident": 6, "ready": 7}, "Better: four walks this week.")

    page.get_by_role("link", name="See how your numbers have moved").click()
    settle(page)
    page.get_by_text("Across 2 check-ins within a day", exact=False).wait_for()
    page.locator("canvas, svg.marks").first.wait_for()
    screenshot(page, "progress")
    # A screen reader names the chart by the sentence above it, not by its tick labels.
    summary = page.get_by_text("Across 2 check-ins within a day", exact=False).first.inner_text()
    chart = page.locator('[data-testid="stVegaLiteChart"][role="graphics-document"]').first
    assert chart.get_attribute("aria-label") == summary.strip()

    assert outside == [], "the app must not fetch anything from outside the server"
    with sqlite3.connect(db_file) as conn:
        assert conn.execute("SELECT importance, confidence, readiness FROM checkins ORDER BY id")\
            .fetchall() == [(6, 4, 5), (8, 6, 7)]
