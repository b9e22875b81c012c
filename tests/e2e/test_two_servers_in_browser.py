"""Two app servers on one PostgreSQL database, as a practice behind a load balancer runs: a coach
on server A loses access on their next click after the person revokes the share on server B."""

from __future__ import annotations

from contextlib import closing

import pytest

from change_journal import accounts, sharing
from change_journal.demo import create_demo
from change_journal.store import changes, open_db
from tests.e2e.conftest import screenshot, start_server, stop_server
from tests.e2e.streamlit_ui import click
from tests.e2e.test_sharing_in_browser import COACH, PASSWORD, go_to, sign_in, wait_for_chart

pytestmark = pytest.mark.e2e


@pytest.fixture
def two_servers(postgres_cluster, tmp_path):
    """Servers A and B on one new PostgreSQL database holding the demo person, who shares their
    first change with the coach (accepted); yields ``(url_a, url_b)``."""
    address = postgres_cluster.create_database()
    with closing(open_db(address)) as db:
        person = create_demo(db, PASSWORD)[0]
        coach = accounts.sign_up(db, COACH, PASSWORD, "coach")
        first = changes.list_changes(db, person.id)[0]
        sharing.share_with_coach(db, person.id, COACH, [first.id])
        sharing.accept(db, coach.id, person.id)
    servers = [start_server(address, tmp_path / f"server-{name}.log") for name in "ab"]
    yield tuple(url for _process, url in servers)
    for process, _url in servers:
        stop_server(process)
    postgres_cluster.drop_database(address)


def test_a_revoke_on_server_b_ends_the_coachs_view_on_server_a_at_the_next_click(two_servers,
                                                                                  browser):
    url_a, url_b = two_servers
    contexts = [browser.new_context(viewport={"width": 1280, "height": 1600},
                                    timezone_id="Europe/London") for _ in range(2)]
    coach, person = (context.new_page() for context in contexts)
    try:
        sign_in(coach, url_a, COACH, "Your clients")
        go_to(coach, "demo", "demo")
        wait_for_chart(coach)

        sign_in(person, url_b, "demo", "Check in")
        go_to(person, "Sharing", "Sharing")
        click(person, "Stop sharing")
        click(person, "Yes, stop sharing")
        person.get_by_text("You are not sharing anything with a coach right now.").wait_for()

        coach.get_by_role("radio", name="Year").click()  # the coach's next rerun, on server A
        coach.get_by_text("Nothing is shared with you here").wait_for()
        assert coach.locator("canvas, svg.marks").count() == 0
        screenshot(coach, "two-servers-revoked")
    finally:
        for context in contexts:
            context.close()
