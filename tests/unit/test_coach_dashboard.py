"""The coach dashboard: rows built from a fixed number of SQL statements, flags, sort, filter."""

from __future__ import annotations

from contextlib import closing
from datetime import UTC, datetime, timedelta

import pytest

from change_journal import accounts, coach_dashboard, sharing
from change_journal import changes as person_changes
from change_journal.store import changes, open_db, users
from change_journal.store import coach as coach_store
from change_journal.store import sharing as store
from change_journal.store.checkins import save_checkin

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def make_user(db, name: str, role: str = "person") -> int:
    return users.create_user(db, name, accounts.username_key(name), "not a hash", role)


def add_client(db, coach_id: int, name: str, ratings: list[tuple[int, int, int]],
               last_days_ago: int = 1, title: str = "Walk most days", **grant) -> int:
    """A person with one change, weekly check-ins ending ``last_days_ago`` days before NOW,
    shared with the coach; returns the change id."""
    client = make_user(db, name)
    change_id = changes.add_change(db, client, title)
    for i, (imp, conf, ready) in enumerate(ratings):
        when = NOW - timedelta(days=last_days_ago + 7 * (len(ratings) - 1 - i))
        save_checkin(db, client, change_id,
                     {"importance": imp, "confidence": conf, "readiness": ready}, [],
                     created_at=when.isoformat(timespec="microseconds"))
    store.grant(db, client, coach_id, [change_id], grant.get("scope", "numbers"), [],
                grant.get("expires_at"), "2026-01-01T00:00:00.000000+00:00")
    return change_id


@pytest.fixture
def coach(db) -> int:
    return make_user(db, "coach.kim", "coach")


@pytest.mark.parametrize(("moves", "days_quiet", "flags"), [
    ({"importance": None, "confidence": None, "readiness": None}, None, ("No check-ins yet",)),
    ({"importance": None, "confidence": None, "readiness": None}, 3, ()),
    ({"importance": 0, "confidence": -1, "readiness": 1}, 3, ()),
    ({"importance": 0, "confidence": -2, "readiness": 1}, 3, ("Confidence down 2",)),
    ({"importance": -4, "confidence": -3, "readiness": 0}, 3,
     ("Importance down 4", "Confidence down 3")),
    ({"importance": 2, "confidence": 3, "readiness": 2}, 13, ()),
    ({"importance": 2, "confidence": 3, "readiness": 2}, 14, ("No check-in for 14 days",)),
    ({"importance": 0, "confidence": -2, "readiness": 0}, 30,
     ("Confidence down 2", "No check-in for 30 days")),
])
def test_attention_flags_name_drops_of_two_or_more_and_quiet_spells(moves, days_quiet, flags):
    assert coach_dashboard.attention_flags(moves, days_quiet) == flags


def test_each_shared_change_becomes_a_row_with_latest_ratings_and_their_moves(db, coach):
    change_id = add_client(db, coach, "robin", [(6, 5, 4), (7, 6, 5), (8, 3, 5)], last_days_ago=2)
    (row,) = coach_dashboard.load(db, coach, "Europe/London", NOW)
    assert (row.client_name, row.change_id, row.change_title) == ("robin", change_id,
                                                                  "Walk most days")
    assert row.latest == {"importance": 8, "confidence": 3, "readiness": 5}
    assert row.moves == {"importance": 1, "confidence": -3, "readiness": 0}
    assert (row.days_quiet, row.last_checkin.utcoffset()) == (2, timedelta(hours=1))
    assert row.flags == ("Confidence down 3",)
    assert row.recent == ()  # the trend is read per page
    (shown,) = coach_dashboard.with_trends(db, coach, [row], NOW)
    assert [c.importance for c in shown.recent] == [6, 7, 8]


def test_only_open_grants_to_this_coach_appear(db, coach):
    other_coach = make_user(db, "coach.lee", "coach")
    add_client(db, coach, "open", [(5, 5, 5)])
    add_client(db, coach, "ended", [(5, 5, 5)], expires_at="2026-05-01T00:00:00.000000+00:00")
    add_client(db, other_coach, "elsewhere", [(5, 5, 5)])
    revoked_change = add_client(db, coach, "revoked", [(5, 5, 5)])
    grant_id = db.execute("SELECT id FROM grants WHERE change_id = ?",
                          [revoked_change]).fetchone()[0]
    client_id = db.execute("SELECT user_id FROM changes WHERE id = ?",
                           [revoked_change]).fetchone()[0]
    store.revoke_grant(db, client_id, grant_id)
    assert [r.client_name for r in coach_dashboard.load(db, coach, "UTC", NOW)] == ["open"]


def test_the_trend_keeps_only_the_latest_check_ins(db, coach):
    add_client(db, coach, "robin", [(i % 11, 5, 5) for i in range(30)])
    (row,) = coach_dashboard.with_trends(db, coach, coach_dashboard.load(db, coach, "UTC", NOW),
                                         NOW)
    assert [c.importance for c in row.recent] == [i % 11 for i in range(18, 30)]
    table = coach_dashboard.trend_table([row])
    assert all(len(table.iloc[0][column]) == coach_dashboard.SPARK_POINTS
               for column in coach_dashboard.TREND_COLUMNS.values())


def test_trends_are_read_only_for_the_rows_shown_and_only_from_open_shares(db, coach):
    for n in range(5):
        add_client(db, coach, f"client{n}", [(n, 5, 5), (n, 6, 6)])
    rows = coach_dashboard.load(db, coach, "UTC", NOW)
    shown, _pages = coach_dashboard.page(rows, 2, size=2)
    from change_journal.store.coach import counting_statements

    with counting_statements(db) as statements:
        trended = coach_dashboard.with_trends(db, coach, shown, NOW)
    assert len(statements) == 1
    assert [[c.importance for c in r.recent] for r in trended] == [[2, 2], [3, 3]]
    other_coach = make_user(db, "coach.lee", "coach")
    assert coach_dashboard.with_trends(db, other_coach, shown, NOW)[0].recent == ()


def dashboard_statements(db, coach: int, clients: int) -> tuple[int, int]:
    """Statements run by a first view of the dashboard (stamping it) and by a rerun."""
    for i in range(clients):
        add_client(db, coach, f"client{i:02}", [(5, 5, 5), (6, 4, 6), (7, 3, 6)],
                   title=f"Change {i}")
    counts = []
    for _ in range(2):
        with coach_store.counting_statements(db) as statements:
            assert len(coach_dashboard.load(db, coach, "UTC", NOW)) == clients
        counts.append(len(statements))
    return counts[0], counts[1]


def test_the_dashboard_runs_the_same_statements_for_one_client_or_thirty(tmp_path):
    counts = []
    for clients in (1, 30):
        with closing(open_db(tmp_path / f"{clients}.db")) as db:
            counts.append(dashboard_statements(db, make_user(db, "coach", "coach"), clients))
    # first view: two reads (shares with their latest check-ins, people waiting), then BEGIN
    # IMMEDIATE and one UPDATE stamping it; rerun: two reads
    assert counts == [(4, 2), (4, 2)]


def test_viewing_the_dashboard_stamps_each_grant_at_most_every_few_minutes(db, coach):
    add_client(db, coach, "robin", [(5, 5, 5)])
    coach_dashboard.load(db, coach, "UTC", NOW)
    coach_dashboard.load(db, coach, "UTC", NOW + timedelta(minutes=1))
    first = db.execute("SELECT last_viewed_at FROM grants").fetchone()[0]
    coach_dashboard.load(db, coach, "UTC", NOW + timedelta(minutes=10))
    later = db.execute("SELECT last_viewed_at FROM grants").fetchone()[0]
    assert (first, later) == (NOW.isoformat(timespec="microseconds"),
                              (NOW + timedelta(minutes=10)).isoformat(timespec="microseconds"))


@pytest.fixture
def rows(db, coach):
    add_client(db, coach, "Ana", [(7, 7, 7), (7, 4, 7)], title="Drink less")
    add_client(db, coach, "bo", [(5, 5, 5), (6, 6, 6)], last_days_ago=20, title="Walk more")
    add_client(db, coach, "Cy", [(8, 8, 8), (8, 9, 8)], title="Sleep earlier")
    add_client(db, coach, "dee", [], title="Walk to work")
    return coach_dashboard.load(db, coach, "UTC", NOW)


@pytest.mark.parametrize(("search", "only_flagged", "sort", "names"), [
    ("", False, "Name", ["Ana", "bo", "Cy", "dee"]),
    ("", False, "Needs a look first", ["bo", "Ana", "dee", "Cy"]),
    ("", False, "Longest since a check-in", ["dee", "bo", "Ana", "Cy"]),
    ("", False, "Lowest confidence", ["Ana", "bo", "Cy", "dee"]),
    ("", False, "Biggest drop in confidence", ["Ana", "bo", "Cy", "dee"]),
    ("", True, "Name", ["Ana", "bo", "dee"]),
    ("walk", False, "Name", ["bo", "dee"]),
    ("CY", False, "Name", ["Cy"]),
    ("\u2068Cy\u2069", False, "Name", ["Cy"]),  # copied off the page with its bidi isolates
    ("walk", True, "Name", ["bo", "dee"]),
    ("nobody", False, "Name", []),
])
def test_the_coach_can_filter_and_sort_rows(rows, search, only_flagged, sort, names):
    chosen = coach_dashboard.select(rows, search=search, only_needing_a_look=only_flagged,
                                    sort=sort)
    assert [r.client_name for r in chosen] == names


@pytest.mark.parametrize(("count", "number", "shown", "pages"), [
    (0, 1, 0, 1), (20, 1, 20, 1), (21, 2, 1, 2), (45, 3, 5, 3), (45, 9, 5, 3), (45, 0, 20, 3),
])
def test_rows_come_in_pages_of_twenty(count, number, shown, pages):
    rows = list(range(count))
    page_rows, page_count = coach_dashboard.page(rows, number)
    assert (len(page_rows), page_count) == (shown, pages)


@pytest.mark.parametrize(("move", "text"), [(None, ""), (0, "±0"), (2, "+2"), (-3, "-3")])
def test_moves_are_written_with_their_sign(move, text):
    assert coach_dashboard.move_text(move) == text


def test_the_last_check_in_is_said_in_days(rows):
    texts = {r.client_name: coach_dashboard.last_checkin_text(r) for r in rows}
    assert texts == {"Ana": "Last check-in 31 May 2026 (yesterday)",
                     "bo": "Last check-in 12 May 2026 (20 days ago)",
                     "Cy": "Last check-in 31 May 2026 (yesterday)",
                     "dee": "No check-ins yet"}


def test_the_trend_table_is_one_row_per_client_with_each_rulers_latest_ratings(db, coach, rows):
    rows = coach_dashboard.with_trends(db, coach, rows, NOW)
    table = coach_dashboard.trend_table(rows)
    assert list(table.columns) == ["Client", "Change", *coach_dashboard.TREND_COLUMNS.values()]
    assert len(table) == len(rows)
    first = table.iloc[0]
    assert first["Client"] == rows[0].client_name
    importance = first[coach_dashboard.TREND_COLUMNS["Importance"]]
    assert len(rows[0].recent) > 1
    assert importance == [c.importance for c in rows[0].recent]  # oldest first, 0-10
    assert len(importance) <= coach_dashboard.SPARK_POINTS


def test_a_single_check_in_draws_no_trend(db, coach):
    """One point is no trend: a flat line would look like one (a first-time coach read it so)."""
    add_client(db, coach, "robin", [(6, 5, 4)])
    add_client(db, coach, "sam", [(6, 5, 4), (7, 5, 3)])
    rows = coach_dashboard.with_trends(db, coach, coach_dashboard.load(db, coach, "UTC", NOW), NOW)
    table = coach_dashboard.trend_table(rows).set_index("Client")
    importance = coach_dashboard.TREND_COLUMNS["Importance"]
    assert table.loc["robin", importance] is None
    assert table.loc["sam", importance] == [6, 7]


def test_a_clients_changes_with_one_name_are_numbered_for_the_coach(db, coach):
    """An import can give a client two changes named alike: the coach's rows (and the list of
    hidden ones) tell them apart, numbering among what that client shares in the order the
    changes were added; another client's change of that name is not numbered."""
    first = add_client(db, coach, "robin", [(6, 5, 4)])
    client = users.find_user(db, "robin").id
    second = changes.add_change(db, client, "walk most days")
    store.grant(db, client, coach, [second], "numbers", [], None, "2026-01-01T00:00:00.000000+00:00")
    other = add_client(db, coach, "sam", [(5, 5, 5)])
    rows = coach_dashboard.load(db, coach, "UTC", NOW)
    assert {row.change_id: row.change_title for row in rows} == {
        first: "Walk most days", second: "walk most days (2)", other: "Walk most days"}
    (second_row,) = [row for row in rows if row.change_id == second]
    coach_store.set_hidden(db, coach, second_row.grant_id, True)
    (hidden,) = coach_dashboard.overview(db, coach, "UTC", NOW).hidden
    assert hidden.change_title == "walk most days (2)"
    # The coach's page of that change is headed as its row is.
    assert sharing.open_for_coach(db, coach, client, second).title == "walk most days (2)"
    assert sharing.open_for_coach(db, coach, client, first).title == "Walk most days"


def test_the_coach_numbers_a_clients_alike_changes_in_the_order_the_client_sees_them(db, coach):
    """An import keeps a change's older date under a newer id: the coach's "(2)" is the
    client's "(2)", both in the order the changes were named."""
    newer = add_client(db, coach, "robin", [(6, 5, 4)], title="Walk more")
    client = users.find_user(db, "robin").id
    imported = changes.add_change(db, client, "Walk more",
                                  created_at="2025-01-01T00:00:00.000000+00:00")
    store.grant(db, client, coach, [imported], "numbers", [], None,
                "2026-01-01T00:00:00.000000+00:00")
    theirs = person_changes.titles(person_changes.list_changes(db, client))  # the person's own
    rows = coach_dashboard.load(db, coach, "UTC", NOW)
    assert {row.change_id: row.change_title for row in rows} == theirs == {
        imported: "Walk more", newer: "Walk more (2)"}
