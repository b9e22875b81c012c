"""Sharing controls in a real browser: the person is asked once, by the coach's name, before a
share takes effect; the coach sees a flood of strangers' shares as one compact waiting list, off
the client list, accepts the real one and hides another; archiving a shared change asks whether
to keep sharing; and with every change archived the Sharing page still lists the share and the
link with "Stop sharing" and "Turn off", which end the coach's view on their next rerun.

Screenshots (tests/e2e/screenshots/): ``share-confirm``, ``coach-waiting``, ``coach-hidden``,
``archive-ask``, ``sharing-archived``.
"""

from __future__ import annotations

from contextlib import closing
from datetime import UTC, datetime, timedelta

import pytest

from change_journal import accounts, changes, sharing
from change_journal.demo import create_demo
from change_journal.store import open_db, transaction, users
from change_journal.store.checkins import save_checkin
from change_journal.validation import isolated as iso
from tests.e2e.conftest import screenshot
from tests.e2e.streamlit_ui import click, fill, settle, submit_sign_in

pytestmark = pytest.mark.e2e

PASSWORD = "a calm long password"
COACH = "coach.kim"
DRINK = "Drink less during the week"
CLIENTS = (("alex", "Walk most days"), ("bea", "Cook at home more often"),
           ("chen", "Go to bed before midnight"))
STRANGERS = 40


def seed(db_file) -> None:
    """The ``demo`` person, the coach with three clients (accepted, with check-ins), and
    strangers who shared with the coach by username."""
    now = datetime.now(UTC)
    with closing(open_db(db_file)) as db:
        create_demo(db, PASSWORD)
        coach = accounts.sign_up(db, COACH, PASSWORD, "coach").id
        code = sharing.create_invite(db, coach)
        for i, (name, title) in enumerate(CLIENTS):
            client = users.create_user(db, name, name, "never signs in")
            change_id = changes.add_change(db, client, title)
            for week in range(6):
                save_checkin(db, client, change_id,
                             {"importance": 6 + i, "confidence": 5 - (week == 5) * 3,
                              "readiness": 5}, [],
                             created_at=(now - timedelta(days=1 + 7 * week)).isoformat())
            sharing.share_with_coach(db, client, code, [change_id])
        with transaction(db):
            for n in range(STRANGERS):
                stranger = users.create_user(db, f"promo{n:02}", f"promo{n:02}", "never signs in")
                change_id = changes.add_change(db, stranger, "Buy my course")
                sharing.share_with_coach(db, stranger, COACH, [change_id],
                                         now=now - timedelta(hours=2, minutes=n))


def sign_in(page, url: str, username: str, heading: str) -> None:
    page.goto(url)
    page.get_by_role("heading", level=1).first.wait_for()
    settle(page)
    submit_sign_in(page, username, PASSWORD)
    page.get_by_role("heading", name=heading).first.wait_for()
    settle(page)


def go_to(page, link: str, heading: str) -> None:
    page.get_by_role("link", name=link, exact=True).first.click()
    page.get_by_role("heading", name=heading).first.wait_for()
    settle(page)


def test_sharing_asks_first_the_coach_answers_and_archived_shares_keep_their_controls(server,
                                                                                   browser):
    url, db_file = server
    seed(db_file)
    contexts = [browser.new_context(viewport=size, timezone_id="Europe/London")
                for size in ({"width": 1280, "height": 1800}, {"width": 1400, "height": 1600})]
    person, coach = (context.new_page() for context in contexts)
    for tab in (person, coach):
        tab.set_default_timeout(20_000)
    try:
        # The person shares by username: asked once, naming the coach, before anything happens.
        sign_in(person, url, "demo", "Check in")
        go_to(person, "Sharing", "Sharing")
        fill(person, "Your coach's username or invite code", COACH)
        click(person, "Share")
        person.get_by_text(f"Share “{iso(DRINK)}” with {iso(COACH)}?").wait_for()
        screenshot(person, "share-confirm")
        with closing(open_db(db_file)) as db:
            assert sharing.list_grants(db, users.find_user(db, "demo").id) == []
        click(person, "Yes, share")
        person.get_by_text(f"Waiting for {iso(COACH)} to accept “{iso(DRINK)}”").wait_for()
        click(person, "Make a link")
        click(person, "Done, I have copied it")

        # The coach: strangers wait in a compact list, off the client list; "demo" is first.
        sign_in(coach, url, COACH, "Your clients")
        coach.get_by_text("3 of 3 shared changes shown").wait_for()
        coach.get_by_text(f"Waiting for your answer ({STRANGERS + 1})").click()  # one line: open it
        settle(coach)
        assert coach.get_by_text(" · shared ", exact=False).count() == 10
        assert coach.get_by_text(" · shared ", exact=False).first.inner_text().startswith(iso("demo")[:-1])
        assert coach.get_by_text(f"And {STRANGERS + 1 - 10} more", exact=False).count() == 1
        screenshot(coach, "coach-waiting")
        coach.get_by_role("button", name="Accept").first.click()
        settle(coach)
        coach.get_by_text("4 of 4 shared changes shown").wait_for()

        # The coach hides one client: off the list, in a compact "hidden" list at the bottom.
        fill(coach, "Find a client or change", "alex")
        coach.get_by_text("1 of 4 shared changes shown").wait_for()
        coach.get_by_role("button", name="Hide from this list", exact=True).nth(1).wait_for(state="detached")
        click(coach, "Hide from this list")
        fill(coach, "Find a client or change", "")
        coach.get_by_text("3 of 3 shared changes shown").wait_for()
        coach.get_by_text("Hidden from your list (1)").click()
        settle(coach)
        screenshot(coach, "coach-hidden")

        # Archiving the shared change asks; the person keeps sharing it.
        go_to(person, "Your changes", "Your changes")
        person.get_by_text(DRINK, exact=True).first.click()
        settle(person)
        person.get_by_text(f"Shared with {iso(COACH)} · 1 read-only link").wait_for()
        click(person, "Archive")
        dialog = person.get_by_role("dialog")
        dialog.get_by_text("Keep sharing it?").wait_for()
        screenshot(person, "archive-ask")
        dialog.get_by_role("button", name="Archive, keep sharing").click()
        dialog.wait_for(state="detached")
        person.get_by_text(f"{DRINK} (archived)").wait_for()
        settle(person)
        # The other change is shared with no one: archived at once, nothing asked.
        walk = person.locator('[data-testid="stExpander"]').filter(has_text="Walk most days")
        walk.get_by_text("Walk most days", exact=True).click()
        archive = walk.get_by_role("button", name="Archive", exact=True)
        archive.wait_for()
        settle(person)  # a person clicks on a page that has finished drawing
        archive.click()
        person.get_by_text("Walk most days (archived)").wait_for()
        settle(person)
        assert person.get_by_role("dialog").count() == 0

        # Every change archived: the Sharing page still lists the share and the link.
        go_to(person, "Sharing", "Sharing")
        person.get_by_text(f"{iso(COACH)} sees “{iso(DRINK)}” (archived)").wait_for()
        person.get_by_text(f"Link to “{iso(DRINK)}” (archived)").wait_for()
        screenshot(person, "sharing-archived")

        go_to(coach, "demo", "demo")
        coach.locator("canvas, svg.marks").first.wait_for()
        click(person, "Stop sharing")
        click(person, "Yes, stop sharing")
        person.get_by_text("You are not sharing anything with a coach right now.").wait_for()
        click(person, "Turn off")
        person.get_by_text("Ended links (1)").wait_for()
        coach.get_by_role("radio", name="Year").click()  # the coach's next rerun
        coach.get_by_text("Nothing is shared with you here").wait_for()
        assert coach.locator("canvas, svg.marks").count() == 0
    except Exception:
        for name, tab in (("person", person), ("coach", coach)):
            screenshot(tab, f"FAILED-sharing-controls-{name}")
        raise
    finally:
        for context in contexts:
            context.close()


def test_after_sharing_the_browser_shows_the_first_choice_of_what_the_coach_sees(server, browser):
    """Walked through as a new user: after sharing "the written answers I pick", the form
    started again with its kinds gone, yet the browser still showed that choice picked (the
    page had only forgotten the radio's value, which a browser keeps)."""
    url, db_file = server
    with closing(open_db(db_file)) as db:
        person = accounts.sign_up(db, "robin", PASSWORD).id
        accounts.sign_up(db, "coach.lee", PASSWORD, "coach")
        changes.add_change(db, person, "Walk most days")
    page = browser.new_context(viewport={"width": 1280, "height": 1400}).new_page()
    page.set_default_timeout(20_000)
    try:
        sign_in(page, url, "robin", "Check in")
        go_to(page, "Sharing", "Sharing")
        fill(page, "Your coach's username or invite code", "coach.lee")
        page.get_by_text("Numbers, charts and the written answers I pick").click()
        settle(page)
        page.get_by_text("End automatically after a date").first.click()
        settle(page)
        click(page, "Share")
        click(page, "Yes, share")
        page.get_by_text(f"Waiting for {iso('coach.lee')} to accept").wait_for()
        settle(page)
        choices = page.get_by_role("radio")
        assert [choices.nth(i).is_checked() for i in range(choices.count())] == [True, False]
        assert not page.get_by_label("End automatically after a date").first.is_checked()
    finally:
        page.context.close()
