"""The coach's dashboard in pages: one page box, whatever the number of clients."""

from __future__ import annotations

from contextlib import closing

from change_journal import accounts, coach_dashboard
from change_journal.store import changes, open_db
from change_journal.store import sharing as store
from tests.app.conftest import PASSWORD, sign_in

CLIENTS = coach_dashboard.PAGE_SIZE + 3


def seed(app_db) -> None:
    """A coach and ``CLIENTS`` people who each shared one change, accepted."""
    with closing(open_db(app_db)) as db:
        coach = accounts.sign_up(db, "coach.kim", PASSWORD, "coach").id
        for n in range(CLIENTS):
            client = accounts.sign_up(db, f"client.{n:02d}", PASSWORD).id
            change_id = changes.add_change(db, client, f"Change {n:02d}")
            store.grant(db, client, coach, [change_id], "numbers", [], None)


def clients_shown(at) -> list[str]:
    table = at.dataframe[0].value
    return list(table["Client"])


def test_a_coach_pages_through_clients_and_a_search_starts_again_at_the_first_page(new_app, app_db):
    seed(app_db)
    coach = sign_in(new_app(), "coach.kim")
    coach.switch_page("pages/coach.py").run()
    pager = coach.number_input[0]
    assert pager.label == "Page (of 2)"
    first = clients_shown(coach)
    assert len(first) == coach_dashboard.PAGE_SIZE

    pager.set_value(2).run()
    second = clients_shown(coach)
    assert len(second) == CLIENTS - coach_dashboard.PAGE_SIZE
    assert not set(first) & set(second)

    coach.text_input(key="coach_search").input("client.1").run()  # client.10 to client.19
    assert not coach.number_input  # one page: no page box
    assert len(clients_shown(coach)) == 10
    coach.text_input(key="coach_search").input("").run()
    assert coach.number_input[0].value == 1
    assert clients_shown(coach) == first
