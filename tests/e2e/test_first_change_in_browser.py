"""A newcomer's first change in a real browser: its two questions keep their words both ways,
and the focus goes to each question as it comes."""

from __future__ import annotations

import sqlite3

import pytest
from playwright.sync_api import expect

from tests.e2e.streamlit_ui import click, settle, sign_up

pytestmark = pytest.mark.e2e

CHANGE = "What change are you considering?"


def test_back_and_next_between_the_first_changes_questions_keep_both_answers(server, page):
    """Back from "why now" showed an empty name box (Next then said the change was empty), and
    the "why now" typed was gone when Next came back to it: saved empty."""
    url, db_file = server
    sign_up(page, url, "river", "a calm long password")
    name = page.get_by_label(CHANGE, exact=True)
    name.fill("Drink less coffee")
    click(page, "Next")
    # The focus is on the next question, not lost to the page (Back brings it to the first).
    page.wait_for_function("document.activeElement.closest('.st-key-first_change_form_question_1')"
                           " !== null", timeout=5_000)
    why = page.locator("textarea").first
    why.fill("I can't sleep before two.")
    click(page, "Back")
    page.wait_for_function("document.activeElement.closest('.st-key-first_change_form_question_0')"
                           " !== null", timeout=5_000)
    expect(page.get_by_label(CHANGE, exact=True)).to_have_value("Drink less coffee")
    click(page, "Next")
    expect(page.locator("textarea").first).to_have_value("I can't sleep before two.")
    click(page, "Start working on this")
    page.get_by_role("heading", name="Drink less coffee").first.wait_for()
    settle(page)
    with sqlite3.connect(db_file) as db:
        assert db.execute("SELECT title, why_now FROM changes").fetchall() == [
            ("Drink less coffee", "I can't sleep before two.")]
