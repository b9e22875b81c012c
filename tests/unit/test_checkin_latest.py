"""Each change's latest check-in and the ratings of the one before, kept by triggers
(``migrations.m014_checkin_latest_kept``) for the coach's list: whatever writes, edits, moves or
deletes check-ins (also through a change's or an account's cascade), the kept rows equal the
check-ins read again, on both engines; an upgrade fills them; and the coach's rows built from
them are those the latest two check-ins give."""

from __future__ import annotations

from contextlib import closing

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from change_journal.store import changes, deletion, open_db, transaction, users
from tests.unit.test_checkin_months import OPS, STAMPS, check_after_each, check_in, migrate_before

pytestmark = pytest.mark.engines("sqlite", "postgresql")

STEP = "m014_checkin_latest_kept"


def kept(db) -> list[tuple]:
    return sorted(db.execute(
        "SELECT user_id, change_id, latest_at, importance, confidence, readiness,"
        " previous_importance, previous_confidence, previous_readiness FROM checkin_latest"
    ).fetchall())


def read_again(db) -> list[tuple]:
    """What :func:`kept` must be: each person's check-ins per change, newest first (time, then
    id), read again here."""
    by_change: dict[tuple, list[tuple]] = {}
    for user_id, change_id, checkin_id, at, *ratings in db.execute(
            "SELECT user_id, change_id, id, created_at, importance, confidence, readiness"
            " FROM checkins"):
        by_change.setdefault((user_id, change_id), []).append((at, checkin_id, *ratings))
    rows = []
    for key, found in by_change.items():
        newest = sorted(found, reverse=True)
        previous = newest[1][2:] if len(newest) > 1 else (None, None, None)
        rows.append((*key, newest[0][0], *newest[0][2:], *previous))
    return sorted(rows)


@pytest.fixture
def person(db):
    user_id = users.create_user(db, "alex", "alex", "hash")
    return user_id, changes.add_change(db, user_id, "Walk most days")


def test_the_latest_two_follow_check_ins_edits_moves_and_deletions(db, person):
    user_id, change_id = person
    first = check_in(db, user_id, change_id, "2026-03-01T00:00:00+00:00", (2, 3, 4))
    assert kept(db) == [(user_id, change_id, "2026-03-01T00:00:00+00:00", 2, 3, 4,
                         None, None, None)]
    # the same moment: the later id is the latest, as everywhere else in the app
    second = check_in(db, user_id, change_id, "2026-03-01T00:00:00+00:00", (5, 5, 5))
    check_in(db, user_id, change_id, "2026-02-01T00:00:00+00:00", (9, 9, 9))  # an older one
    assert kept(db) == read_again(db) == [(user_id, change_id, "2026-03-01T00:00:00+00:00",
                                           5, 5, 5, 2, 3, 4)]
    other = changes.add_change(db, user_id, "Sleep more")
    with transaction(db):
        db.execute("UPDATE checkins SET change_id = ? WHERE id = ?", [other, second])
    assert kept(db) == read_again(db)
    assert kept(db)[0][3:] == (2, 3, 4, 9, 9, 9)
    with transaction(db):
        db.execute("UPDATE checkins SET importance = 0, created_at = ? WHERE id = ?",
                   ["2027-01-01T00:00:00+00:00", first])
    assert kept(db) == read_again(db)
    deletion.delete_checkin(db, user_id, first)
    assert kept(db) == read_again(db)
    deletion.delete_change(db, user_id, change_id)
    assert kept(db) == read_again(db) == [(user_id, other, "2026-03-01T00:00:00+00:00",
                                           5, 5, 5, None, None, None)]
    deletion.delete_account(db, user_id)
    assert kept(db) == []


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(OPS, max_size=30))
def test_the_kept_latest_equal_the_check_ins_after_any_writes_and_deletions(db, ops):
    check_after_each(db, ops, kept, read_again)


def test_an_upgrade_keeps_the_latest_of_the_check_ins_already_there(new_database, engine,
                                                                    monkeypatch):
    address = new_database()
    migrate_before(address, engine, monkeypatch, STEP)
    with closing(open_db(address, migrate=False)) as db:
        assert "checkin_latest" not in db.table_names()
        user_id = users.create_user(db, "alex", "alex", "hash")
        walk = changes.add_change(db, user_id, "Walk most days")
        sleep = changes.add_change(db, user_id, "Sleep more")
        for n, at in enumerate(STAMPS):
            check_in(db, user_id, walk, at, (n, 10 - n, 5))
        check_in(db, user_id, sleep, STAMPS[0])
    with closing(open_db(address)) as db:
        assert kept(db) == read_again(db)
        assert len(kept(db)) == 2
        check_in(db, user_id, sleep, "2027-01-31T12:00:00+00:00", (1, 1, 1))
        assert kept(db) == read_again(db)
