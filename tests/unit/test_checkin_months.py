"""The check-in sums kept per UTC month (``migrations.m013_checkin_months_kept``) and the Progress
page's means read from them (``history.bucket_stats``): whatever writes, edits or deletes
check-ins (also through a change's or an account's cascade), the kept rows equal the check-ins
counted again, on both engines; an upgrade fills them from the check-ins already there; and
``bucket_stats`` returns exactly what the query it replaced returned, for buckets of local days in
any time zone and from any ``since``, reading a month's or a year's check-ins from the kept rows
and at most a day of them at each end."""

from __future__ import annotations

import itertools
import random
from collections import Counter
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from change_journal import progress
from change_journal.store import changes, deletion, dialect, history, migrations, open_db, transaction, users

pytestmark = pytest.mark.engines("sqlite", "postgresql")

STEP = "m013_checkin_months_kept"
ZONES = ["UTC", "Europe/London", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe",
         "America/St_Johns", "Pacific/Chatham", "Pacific/Kiritimati", "Etc/GMT+12"]
"""Daylight saving (by the hour and the half hour), half-hour offsets, and +14 and -12."""
GROUPINGS = [progress.Grouping("week"), progress.Grouping("month"), progress.Grouping("year"),
             progress.Grouping("year", 2)]
INSERT = ("INSERT INTO checkins (user_id, change_id, created_at, importance, confidence, readiness)"
          " VALUES (?, ?, ?, ?, ?, ?)")


def old_bucket_stats(db, user_id: int, change_id: int, since, bounds):
    """``history.bucket_stats`` as it was before the kept months, verbatim: the oracle."""
    if not bounds:
        return []
    buckets = ", ".join(["(?, ?, ?)"] * len(bounds))
    rows = db.execute(
        f"WITH b (k, s, e) AS (VALUES {buckets})"
        " SELECT AVG(c.importance), AVG(c.confidence), AVG(c.readiness), COUNT(c.id),"
        " (SELECT l.id FROM checkins l WHERE l.user_id = ? AND l.change_id = ?"
        "  AND l.created_at >= b.s AND l.created_at < b.e"
        "  ORDER BY l.created_at DESC, l.id DESC LIMIT 1)"
        " FROM b LEFT JOIN checkins c ON c.user_id = ? AND c.change_id = ?"
        " AND c.created_at >= b.s AND c.created_at < b.e"
        " GROUP BY b.k, b.s, b.e ORDER BY b.k",
        [*(value for key, (start, end) in enumerate(bounds)
           for value in (key, max(start, since or ""), end)),
         user_id, change_id, user_id, change_id],
    ).fetchall()
    return [(importance, confidence, readiness, count, latest) if count else None
            for importance, confidence, readiness, count, latest in rows]


def kept(db) -> list[tuple]:
    return sorted(db.execute("SELECT user_id, change_id, month, checkins, importance, confidence,"
                             " readiness FROM checkin_months").fetchall())


def recounted(db) -> list[tuple]:
    """What :func:`kept` must be: every check-in counted again, here, by its UTC month."""
    sums: dict[tuple, Counter] = {}
    for user_id, change_id, at, *ratings in db.execute(
            "SELECT user_id, change_id, created_at, importance, confidence, readiness"
            " FROM checkins"):
        month = sums.setdefault((user_id, change_id, at[:7]), Counter())
        month.update({"n": 1, **dict(zip("icr", ratings, strict=True))})
    return sorted((*key, s["n"], s["i"], s["c"], s["r"]) for key, s in sums.items())


@pytest.fixture
def person(db):
    user_id = users.create_user(db, "alex", "alex", "hash")
    return user_id, changes.add_change(db, user_id, "Walk most days")


def check_in(db, user_id: int, change_id: int, at: str, ratings=(7, 4, 5)) -> int:
    with transaction(db):
        return db.execute(f"{INSERT} RETURNING id", [user_id, change_id, at, *ratings]).fetchone()[0]


# ------------------------------------------------------------------------------ the kept sums

def test_kept_sums_follow_check_ins_edits_moves_and_deletions(db, person):
    user_id, change_id = person
    first = check_in(db, user_id, change_id, "2026-02-28T23:59:59.999999+00:00", (2, 3, 4))
    second = check_in(db, user_id, change_id, "2026-03-01T00:00:00+00:00", (5, 5, 5))
    third = check_in(db, user_id, change_id, "2026-03-01T00:00:00.000000+00:00", (7, 1, 0))
    other = changes.add_change(db, user_id, "Sleep more")
    check_in(db, user_id, other, "2026-03-09T08:00:00.000000+00:00")
    assert kept(db) == recounted(db)
    assert [row[1:] for row in kept(db)] == [(change_id, "2026-02", 1, 2, 3, 4),
                                             (change_id, "2026-03", 2, 12, 6, 5),
                                             (other, "2026-03", 1, 7, 4, 5)]
    stranger = users.create_user(db, "sam", "sam", "hash")
    for column, value, moved in (("created_at", "2026-03-31T10:00:00+00:00", first),
                                 ("importance", 10, first), ("change_id", other, third),
                                 ("user_id", stranger, second)):
        with transaction(db):
            db.execute(f"UPDATE checkins SET {column} = ? WHERE id = ?", [value, moved])
        assert kept(db) == recounted(db), column
    assert kept(db) == [(user_id, change_id, "2026-03", 1, 10, 3, 4),
                        (user_id, other, "2026-03", 2, 14, 5, 5),
                        (stranger, change_id, "2026-03", 1, 5, 5, 5)]
    deletion.delete_checkin(db, user_id, first)
    assert kept(db) == recounted(db)
    deletion.delete_change(db, user_id, change_id)  # the stranger's check-in on it goes too
    assert kept(db) == recounted(db) == [(user_id, other, "2026-03", 2, 14, 5, 5)]
    deletion.delete_account(db, user_id)
    assert kept(db) == []


STAMPS = ["2026-02-28T23:59:59.999999+00:00", "2026-03-01T00:00:00+00:00",
          "2026-03-01T00:00:00.000000+00:00", "2026-03-15T12:00:00+00:00",
          "2026-03-31T10:00:00.000000+00:00", "2026-04-01T05:00:00+00:00",
          "2026-12-31T23:59:59+00:00", "2027-01-01T00:00:00.000001+00:00"]
RATING = st.integers(0, 10)
OPS = st.one_of(
    st.tuples(st.just("check in"), st.integers(0, 3), st.sampled_from(STAMPS), RATING, RATING,
              RATING),
    st.tuples(st.just("edit"), st.integers(0, 99), st.one_of(st.none(), st.sampled_from(STAMPS)),
              st.one_of(st.none(), RATING)),
    st.tuples(st.just("move"), st.integers(0, 99), st.integers(0, 3),
              st.sampled_from([("change_id",), ("user_id",), ("user_id", "change_id")])),
    st.tuples(st.just("delete check-in"), st.integers(0, 99)),
    st.tuples(st.just("delete change"), st.integers(0, 3)),
    st.tuples(st.just("delete account"), st.integers(0, 1)),
)
"""What can happen to check-ins: one saved (on a change, at a time, with its ratings), its time
or importance edited, moved to another change or person or both, and deletions of a check-in, a
change or an account. Changes are 0-3 (two per person)."""


def _apply(db, op, people: list[int], places: list[tuple[int, int]]) -> None:
    kind, *args = op
    ids = [row[0] for row in db.execute("SELECT id FROM checkins ORDER BY id")]
    picked = ids[args[0] % len(ids)] if ids and kind in ("edit", "move", "delete check-in") \
        else None
    with transaction(db):
        if kind == "check in":
            place, at, *ratings = args
            db.execute("INSERT INTO checkins (user_id, change_id, created_at, importance,"
                       " confidence, readiness) SELECT user_id, id, ?, ?, ?, ? FROM changes"
                       " WHERE id = ?", [at, *ratings, places[place][1]])
        elif kind == "edit" and picked and args[1:] != [None, None]:
            edits = {"created_at": args[1], "importance": args[2]}
            sets = {column: value for column, value in edits.items() if value is not None}
            db.execute(f"UPDATE checkins SET {', '.join(f'{c} = ?' for c in sets)} WHERE id = ?",
                       [*sets.values(), picked])
        elif kind == "move" and picked:
            place, columns = args[1:]
            sets = dict(zip(("user_id", "change_id"), places[place], strict=True))
            db.execute(f"UPDATE checkins SET {', '.join(f'{c} = ?' for c in columns)}"
                       " WHERE id = ? AND EXISTS (SELECT 1 FROM changes WHERE id = ?)",
                       [*(sets[c] for c in columns), picked, sets["change_id"]])
    if kind == "delete check-in" and picked:
        (owner,) = db.execute("SELECT user_id FROM checkins WHERE id = ?", [picked]).fetchone()
        deletion.delete_checkin(db, owner, picked)
    elif kind == "delete change":
        deletion.delete_change(db, *places[args[0]])
    elif kind == "delete account":
        deletion.delete_account(db, people[args[0]])


def check_after_each(db, ops, kept_rows, counted_rows) -> None:
    """From an empty database with two people of two changes each, apply ``ops`` one by one and
    check after each that ``kept_rows(db)`` equals ``counted_rows(db)``."""
    with transaction(db):
        db.execute("DELETE FROM users")  # this example starts from an empty database
    assert kept_rows(db) == []
    people = [users.create_user(db, name, name, "hash") for name in ("alex", "sam")]
    places = [(user_id, changes.add_change(db, user_id, title))
              for user_id in people for title in ("Walk most days", "Sleep more")]
    for op in ops:
        _apply(db, op, people, places)
        assert kept_rows(db) == counted_rows(db), op


def migrate_before(address, engine: str, monkeypatch, step: str) -> None:
    """Bring the new database at ``address`` to the schema as it was before migration ``step``."""
    with monkeypatch.context() as before:
        if engine == "sqlite":
            with closing(Database(address)) as db:
                migrations.MIGRATIONS.apply(db, stop_before=step)
        else:
            before.setattr(migrations, "ORDER",
                           [s for s in migrations.ORDER if s.__name__ != step])
            open_db(address).close()


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(OPS, max_size=30))
def test_kept_sums_equal_a_recount_after_any_writes_and_deletions(db, ops):
    check_after_each(db, ops, kept, recounted)


def test_an_upgrade_keeps_the_sums_of_the_check_ins_already_there(new_database, engine,
                                                                  monkeypatch):
    address = new_database()
    migrate_before(address, engine, monkeypatch, STEP)
    with closing(open_db(address, migrate=False)) as db:
        assert "checkin_months" not in db.table_names()
        user_id = users.create_user(db, "alex", "alex", "hash")
        change_id = changes.add_change(db, user_id, "Walk most days")
        for at in STAMPS:
            check_in(db, user_id, change_id, at)
    with closing(open_db(address)) as db:
        assert kept(db) == recounted(db)
        assert len(kept(db)) == 5
        check_in(db, user_id, change_id, "2027-01-31T12:00:00+00:00")
        assert kept(db) == recounted(db)
        assert history.bucket_stats(db, user_id, change_id, None) == \
            old_bucket_stats(db, user_id, change_id, None, history.ALL_TIME)


# ------------------------------------------------------------------------------ the means

def history_stamps() -> list[str]:
    """Check-ins from December 2018 to January 2022 where buckets and the kept months meet: on
    the UTC month's first and last moments (with and without microseconds), on either side of
    the days ``bucket_stats`` rounds at, and at each zone's local midnights (and a microsecond
    before) on the first of every month of 2020."""
    stamps = []
    for year, month in [(2018, 12), *((y, m) for y in (2019, 2020, 2021) for m in range(1, 13)),
                        (2022, 1)]:
        key = f"{year}-{month:02d}"
        last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
        stamps += [f"{key}-01T00:00:00+00:00", f"{key}-01T00:00:00.000000+00:00",
                   f"{key}-01T23:59:59.999999+00:00", f"{key}-02T00:00:00+00:00",
                   f"{key}-15T12:00:00.500000+00:00", f"{key}-16T00:00:00+00:00",
                   f"{key}-27T23:59:59+00:00", f"{key}-28T00:00:00.000000+00:00",
                   f"{key}-{last}T10:00:00+00:00", f"{key}-{last}T23:59:59.999999+00:00"]
    for zone in ZONES:
        for month in range(1, 13):
            midnight = datetime(2020, month, 1, tzinfo=ZoneInfo(zone)).astimezone(UTC)
            stamps += [midnight.isoformat(), (midnight - timedelta(microseconds=1)).isoformat()]
    return stamps


@pytest.fixture
def long_history(db, person):
    """:func:`history_stamps` as one person's check-ins on one change, with ratings drawn at
    random (seeded), and a few on another change and of another person, which never count."""
    user_id, change_id = person
    draw = random.Random(13)
    other = changes.add_change(db, user_id, "Sleep more")
    stranger = users.create_user(db, "sam", "sam", "hash")
    elsewhere = changes.add_change(db, stranger, "Run")
    stamps = history_stamps()
    rows = [(user_id, change_id, at, *(draw.randint(0, 10) for _ in range(3))) for at in stamps]
    rows += [(who, where, at, 10, 10, 10) for who, where in ((user_id, other), (stranger, elsewhere))
             for at in stamps[::40]]
    with transaction(db):
        dialect.of(db).executemany(db, INSERT, rows)
    return user_id, change_id


DAY = st.dates(min_value=date(2018, 11, 1), max_value=date(2022, 2, 28))
STAMP = st.one_of(
    st.datetimes(min_value=datetime(2018, 11, 1), max_value=datetime(2022, 2, 28),
                 timezones=st.just(UTC)).flatmap(
        lambda at: st.sampled_from([at.isoformat(timespec="seconds"),
                                    at.isoformat(timespec="microseconds")])),
    st.sampled_from(history_stamps()))
"""A stored time's text: any moment, with or without microseconds, or one of the check-ins'."""


def test_means_by_month_and_year_are_exactly_those_of_every_check_in(db, long_history):
    for zone in ZONES:
        for grouping in GROUPINGS:
            days = progress.bucket_days(date(2018, 12, 1), date(2022, 1, 31), grouping)
            bounds = progress._utc_bounds(days, ZoneInfo(zone))
            found = history.bucket_stats(db, *long_history, None, bounds)
            assert found == old_bucket_stats(db, *long_history, None, bounds), (zone, grouping)
            assert all(found) or grouping.name == "week", (zone, grouping)


def test_means_of_any_buckets_from_any_time_are_exactly_those_of_every_check_in(db, long_history):
    @settings(max_examples=150, deadline=None)
    @given(zone=st.sampled_from(ZONES), grouping=st.sampled_from(GROUPINGS),
           days=st.lists(DAY, min_size=2, max_size=2).map(sorted),
           since=st.one_of(st.none(), STAMP), stamps=st.lists(STAMP, max_size=6).map(sorted),
           ends=st.tuples(st.booleans(), st.booleans()))
    def check(zone, grouping, days, since, stamps, ends):
        by_zone = progress._utc_bounds(progress.bucket_days(*days, grouping), ZoneInfo(zone))
        edges = [""] * ends[0] + stamps + ["~"] * ends[1]
        for bounds in (by_zone, list(itertools.pairwise(edges))):
            assert history.bucket_stats(db, *long_history, since, bounds) == \
                old_bucket_stats(db, *long_history, since, bounds)

    check()


def month_start(key: str) -> datetime:
    """A month key as its first moment."""
    return datetime(int(key[:4]), int(key[5:]), 1, tzinfo=UTC)


@pytest.mark.parametrize("zone", ZONES)
def test_a_month_or_a_year_reads_its_kept_months_and_at_most_a_day_of_check_ins_at_each_end(
        zone):
    for grouping in GROUPINGS:
        days = progress.bucket_days(date(2019, 1, 1), date(2021, 12, 31), grouping)
        for start, end in progress._utc_bounds(days, ZoneInfo(zone))[1:-1]:
            pieces = history._pieces(start, end)
            if grouping.name == "week":
                assert pieces == [(1, start, end)]
                continue
            months, *edges = pieces
            assert months[0] == 0 and month_start(months[2]) > month_start(months[1])
            for _sign, low, high in edges:
                moments = [month_start(b) if len(b) == 7 else datetime.fromisoformat(b)
                           for b in (low, high)]
                assert timedelta(0) <= moments[1] - moments[0] <= timedelta(hours=14), (start, end)


@pytest.mark.engines("sqlite")  # PostgreSQL's planner picks its plan by cost
def test_bucket_stats_is_one_statement_reading_rows_through_indexes_only(db, long_history):
    bounds = progress._utc_bounds(progress.bucket_days(
        date(2018, 12, 1), date(2022, 1, 31), progress.Grouping("year")), ZoneInfo("Europe/London"))
    seen: list[tuple[str, list]] = []
    with db.tracer(lambda sql, params: seen.append((sql, params))):
        history.bucket_stats(db, *long_history, None, bounds)
    ((sql, params),) = seen
    plan = [row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
    assert not [step for step in plan if step.startswith(("SCAN c", "SCAN l", "SCAN m"))], plan
    assert any(step.startswith("SEARCH m USING INDEX sqlite_autoindex_checkin_months")
               for step in plan), plan
