"""Sharing in a real browser: a person and their coach, each in their own browser context,
through share / view / revoke, plus a read-only link opened on a phone-sized screen.

The coach's dashboard is seeded with many clients built directly through the store.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from change_journal import accounts, sharing
from change_journal.demo import create_demo
from change_journal.store import changes, open_db, users
from change_journal.store.checkins import save_checkin
from change_journal.validation import isolated as iso
from tests.e2e.conftest import screenshot
from tests.e2e.streamlit_ui import click, fill, settle, submit_sign_in

pytestmark = pytest.mark.e2e

PASSWORD = "a calm long password"
COACH = "coach.kim"
CLIENTS = (
    ("alex", "Drink less during the week"), ("bea", "Walk most days"),
    ("chen", "Stop smoking"), ("dana", "Go to bed before midnight"),
    ("eli", "Cook at home more often"), ("fatima", "Finish my degree"),
    ("gus", "Spend less time on my phone"), ("hana", "Swim twice a week"),
    ("ines", "Call my sister every Sunday"), ("jo", "Cut down on sugar"),
    ("kai", "Take the stairs"), ("lena", "Save a little each month"),
    ("milo", "Meditate for ten minutes"), ("nora", "Drink more water"),
    ("omar", "Cycle to work"), ("pia", "Keep a tidy desk"),
    ("quinn", "Practise the piano"), ("rosa", "Eat breakfast"),
    ("sami", "Less coffee after noon"), ("tess", "Stretch every morning"),
    ("umar", "Read before sleep"), ("vera", "Volunteer on weekends"),
    ("wes", "Learn Spanish"), ("xena", "Walk the dog longer"),
    ("yusuf", "Fewer takeaways"), ("zoe", "Garden on Saturdays"),
    ("adaline.lovelace-thorburn-smythe", "A change with a long name that goes on and on "
                                         "to see how the dashboard copes with it"),
    ("ben", "Quit vaping"), ("cleo", "Run a 5k"), ("dev", "Stop snacking at night"),
)


def seed(db_file) -> None:
    """The coach, 30 clients sharing a change each (varied histories), and the ``demo`` person
    (six months of check-ins with written answers) who shares in the browser."""
    db = open_db(db_file)
    create_demo(db, PASSWORD)
    coach_id = accounts.sign_up(db, COACH, PASSWORD, "coach").id
    rng = random.Random(4)
    now = datetime.now(UTC)
    for i, (name, title) in enumerate(CLIENTS):
        client = users.create_user(db, name, accounts.username_key(name), "never signs in")
        change_id = changes.add_change(db, client, title)
        quiet = 20 if i % 7 == 3 else 1 + i % 5
        level = {"importance": rng.randint(4, 8), "confidence": rng.randint(3, 8),
                 "readiness": rng.randint(3, 8)}
        for week in range(0 if i == 5 else 10, 0, -1):
            if week == 1 and i % 4 == 1:
                level["confidence"] = max(0, level["confidence"] - 3)
            else:
                level = {k: min(10, max(0, v + rng.choice((-1, 0, 0, 1)))) for k, v in level.items()}
            when = now - timedelta(days=quiet + 7 * (week - 1))
            save_checkin(db, client, change_id, dict(level), [],
                         created_at=when.isoformat(timespec="microseconds"))
        sharing.share_with_coach(db, client, COACH, [change_id])
        sharing.accept(db, coach_id, client)
    db.close()


def sign_in(page, url: str, username: str, heading: str) -> None:
    page.goto(url)
    page.get_by_role("heading", level=1).first.wait_for()
    settle(page)
    submit_sign_in(page, username, PASSWORD)
    page.get_by_role("heading", name=heading).wait_for()
    settle(page)


def go_to(page, link: str, heading: str) -> None:
    page.get_by_role("link", name=link, exact=True).first.click()
    page.get_by_role("heading", name=heading).first.wait_for()
    settle(page)


def wait_for_chart(page) -> None:
    page.locator("canvas, svg.marks").first.wait_for()
    settle(page)


def test_a_person_shares_with_a_coach_then_revokes(server, browser):
    url, db_file = server
    seed(db_file)
    contexts = [browser.new_context(viewport=size, timezone_id="Europe/London")
                for size in ({"width": 1280, "height": 2600}, {"width": 1400, "height": 1900},
                             {"width": 390, "height": 844})]
    person, coach, phone = (context.new_page() for context in contexts)
    for tab in (person, coach, phone):
        tab.set_default_timeout(20_000)
    try:
        # The person shares one change, with the answers about how things are going.
        sign_in(person, url, "demo", "Check in")
        go_to(person, "Sharing", "Sharing")
        fill(person, "Your coach's username or invite code", COACH)
        person.get_by_text("Numbers, charts and the written answers I pick").click()
        settle(person)
        person.get_by_role("button", name="How things are going").click()
        settle(person)
        click(person, "Share")
        person.get_by_text(f"Share “{iso(CLIENTS[0][1])}” with {iso(COACH)}?").wait_for()
        click(person, "Yes, share")
        person.get_by_text(f"Waiting for {iso(COACH)} to accept “{iso(CLIENTS[0][1])}”").wait_for()
        person.get_by_text("Show what this coach sees").click()
        wait_for_chart(person)
        click(person, "Make a link")
        link = person.locator('[data-testid="stCode"]').inner_text().strip()
        assert "/shared?token=" in link
        screenshot(person, "sharing")

        # The coach accepts the new share, finds the person among many clients and opens it.
        sign_in(coach, url, COACH, "Your clients")
        coach.get_by_text("30 of 30 shared changes shown").wait_for()
        click(coach, "Accept")
        coach.get_by_text("31 of 31 shared changes shown").wait_for()
        screenshot(coach, "coach-dashboard")
        fill(coach, "Find a client or change", "drink less")
        go_to(coach, "demo", "demo")
        wait_for_chart(coach)
        fill(coach, "New note", "Ask what helps on the late workdays.")
        click(coach, "Save note")
        coach.get_by_text("No notes yet.").wait_for(state="detached")
        assert coach.get_by_text("Ask what helps on the late workdays.").is_visible()
        screenshot(coach, "coach-client")
        # The client's words never leave as a spreadsheet (formulas in them would run there).
        coach.get_by_role("tab", name="Table").click()
        table = coach.locator('[data-testid="stDataFrame"]').first
        table.hover()
        table.get_by_role("button", name="Fullscreen").wait_for()  # the table's own toolbar
        assert coach.get_by_role("button", name="Download as CSV").count() == 0
        coach.get_by_role("tab", name="Written answers").click()
        assert coach.get_by_text("How have things been going", exact=False).count() > 0

        # Anyone with the link sees numbers and charts, on a phone too.
        phone.goto(link)
        phone.get_by_role("heading", name="Shared progress").wait_for()
        wait_for_chart(phone)
        assert phone.get_by_text("demo", exact=True).count() == 0
        screenshot(phone, "shared-link")

        # The person stops sharing and turns the link off: both end on the next rerun.
        click(person, "Done, I have copied it")
        person.locator('[data-testid="stCode"]').wait_for(state="detached")
        click(person, "Stop sharing")
        click(person, "Yes, stop sharing")
        person.get_by_text("You are not sharing anything with a coach right now.").wait_for()
        click(person, "Turn off")
        person.get_by_text("Ended links (1)").wait_for()

        coach.get_by_role("radio", name="Year").click()  # the coach's next rerun
        coach.get_by_text("Nothing is shared with you here").wait_for()
        assert coach.locator("canvas, svg.marks").count() == 0

        phone.reload()
        phone.get_by_role("heading", name="This link is not valid").wait_for()
        settle(phone)
        assert phone.locator("canvas, svg.marks").count() == 0
        screenshot(phone, "link-invalid")
    finally:
        for context in contexts:
            context.close()
