"""Dates at the calendar's edges and numbers out of their range: an import refuses them with a
clear message (in the core, so the Settings page, and on the command line, never an
``OverflowError``), and a stored timestamp outside the supported range, from an older import,
is shown at the range's edge in every time zone instead of breaking a page."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from change_journal import __main__ as cli
from change_journal import (
    accounts,
    charts,
    clock,
    coach_dashboard,
    importer,
    markers,
    progress,
    report,
    sharing,
)
from change_journal.store import changes, checkins, plans

STAMP = "2026-05-01T09:30:00.000000+00:00"
FAR_ZONES = ["Pacific/Kiritimati", "Etc/GMT+12", "Etc/GMT-14", "America/St_Johns", "UTC"]
EXTREME_STAMPS = ["0001-01-01T00:00:00.000000+00:00", "0001-01-01T00:30:00+01:00",
                  "9999-12-31T23:59:59.999999+00:00", "9999-12-31T23:30:00-01:00"]


def doc(created_at: str = STAMP, version: object = 1, importance: object = 6,
        format_version: object = 1) -> dict:
    return {
        "format": "change-journal-export", "format_version": format_version,
        "changes": [{
            "id": "c1", "title": "Walk", "created_at": created_at,
            "checkins": [{"id": "k1", "created_at": STAMP, "importance": importance,
                          "confidence": 4, "readiness": 5}],
            "plans": [{"id": "p1", "version": version, "created_at": STAMP, "goal": "Walk."}],
        }],
    }


def problems_of(document: dict) -> list[str]:
    with pytest.raises(importer.ImportProblems) as caught:
        importer.read_export(json.dumps(document).encode())
    return caught.value.problems


# -- the import ----------------------------------------------------------------------------------

BEFORE = "Change 1: “created_at” is before 1900-01-01 (UTC); times must fall between 1900-01-01 " \
         "and a day from now."


def after(day: str) -> str:
    return f"Change 1: “created_at” is {day} (UTC), more than a day from now; a journal holds " \
           "nothing dated in the future."


@pytest.mark.parametrize(("created_at", "problem"), [
    ("0001-01-01T00:30:00+01:00", BEFORE),
    ("0001-01-01T00:00:00+00:00", BEFORE),
    ("1899-12-31T23:59:59.999999+00:00", BEFORE),
    ("1900-01-01T00:30:00+01:00", BEFORE),
    ("1900-01-01T00:00:00+00:00", None),
    ("1899-12-31T23:00:00-01:00", None),
    ("2200-12-31T23:59:59.999999Z", after("2200-12-31")),
    ("2201-01-01T00:00:00+00:00", after("2201-01-01")),
    ("9999-12-31T23:59:59+00:00", after("9999-12-31")),
    ("9999-12-31T23:30:00-01:00", after("9999-12-31")),  # past 9999 in UTC: its own day
    ("2200-12-31T23:30:00-01:00", after("2201-01-01")),  # named by its UTC day
])
def test_times_are_accepted_only_from_1900_in_utc_to_today(created_at, problem):
    raw = json.dumps(doc(created_at)).encode()
    if problem is None:
        assert importer.read_export(raw).changes[0].created_at[:4] == "1900"
    else:
        assert problems_of(doc(created_at)) == [problem]


def test_a_time_later_than_now_is_refused_only_beyond_a_day_of_clocks_differing():
    now = clock.now()
    for ahead, refused in ((timedelta(hours=23), False), (timedelta(hours=25), True)):
        created_at = (now + ahead).isoformat()
        if refused:
            assert problems_of(doc(created_at)) == [after(f"{now + ahead:%Y-%m-%d}")]
        else:
            assert importer.read_export(json.dumps(doc(created_at)).encode()).changes


@pytest.mark.parametrize(("fields", "problem"), [
    ({"version": 10**30},
     "Change 1, plan 1: “version” should be a whole number from 1 to 100,000."),
    ({"version": 100_001},
     "Change 1, plan 1: “version” should be a whole number from 1 to 100,000."),
    ({"importance": 10**30},
     "Change 1, check-in 1: “importance” should be a whole number from 0 to 10."),
    ({"importance": -10**4000},
     "Change 1, check-in 1: “importance” should be a whole number from 0 to 10."),
    ({"format_version": 10**30},
     "The export format version is not one this version of Change Journal knows; it reads "
     "format 1."),
], ids=["plan version 10**30", "plan version 100,001", "rating 10**30", "rating of 4,000 digits",
        "format version 10**30"])
def test_numbers_outside_their_range_get_a_short_clear_problem(fields, problem):
    assert problems_of(doc(**fields)) == [problem]


def test_the_largest_plan_version_is_imported(db):
    user_id = accounts.sign_up(db, "river", "a long enough password").id
    journal = importer.read_export(json.dumps(doc(version=100_000)).encode())
    importer.import_journal(db, user_id, journal)
    assert db.execute("SELECT version FROM plans").fetchone()[0] == 100_000


@pytest.mark.parametrize(("fields", "problem"), [
    ({"created_at": "0001-01-01T00:30:00+01:00"}, "is before 1900-01-01 (UTC)"),
    ({"created_at": "9999-12-31T23:30:00-01:00"}, "is 9999-12-31 (UTC), more than a day from"),
    ({"version": 10**30}, "“version” should be a whole number from 1 to 100,000."),
], ids=["year 1", "year 9999", "plan version 10**30"])
def test_the_command_line_refuses_edge_dates_and_huge_numbers_with_a_clear_message(
        tmp_path, monkeypatch, capsys, fields, problem):
    (tmp_path / "edge.json").write_text(json.dumps(doc(**fields)))
    monkeypatch.setenv(cli.PASSWORD_ENV, "a long enough password")
    status = cli.main(["import", "--db", str(tmp_path / "new.db"), "--user", "river",
                       "--in", str(tmp_path / "edge.json"), "--create"])
    stderr = capsys.readouterr().err
    assert status == 1
    assert stderr.startswith("error: the file cannot be imported, and nothing was changed:")
    assert problem in stderr and "Overflow" not in stderr


# -- stored extremes, shown in any time zone -----------------------------------------------------

@pytest.mark.parametrize("tz", FAR_ZONES)
@pytest.mark.parametrize("at", EXTREME_STAMPS)
def test_a_stored_extreme_time_is_shown_at_the_edge_of_the_range_in_any_zone(at, tz):
    day, time = clock.day_and_time(at, tz).split(", ")
    assert day.endswith(("1899", "1900") if at < "1900" else ("2200", "2201"))
    assert day == clock.day(at, tz) and len(time) == 5


def test_a_time_inside_the_range_is_shown_unchanged():
    assert clock.day_and_time("2026-06-03T12:05:00.000000+00:00", "Pacific/Kiritimati") \
        == "4 Jun 2026, 02:05"
    assert clock.bounded(STAMP) == STAMP


@pytest.mark.parametrize(("at", "edge"), [
    ("0001-01-01T00:00:00.000000+00:00", "1900-01-01T00:00:00.000000+00:00"),
    ("9999-12-31T23:30:00-01:00", "2200-12-31T23:59:59.999999+00:00"),
])
def test_a_stored_time_outside_the_range_is_bounded_to_its_edge(at, edge):
    assert clock.bounded(at) == edge


@pytest.mark.parametrize("tz", ["Pacific/Kiritimati", "Etc/GMT+12"])
@pytest.mark.parametrize("at", ["0001-01-01T00:00:00.000000+00:00",
                                "9999-12-31T23:59:00.000000+00:00"])
def test_the_printable_report_survives_a_stored_extreme_time(db, at, tz):
    user_id = accounts.sign_up(db, "river", "a long enough password").id
    change_id = changes.add_change(db, user_id, "Walk", created_at=at)
    checkins.save_checkin(db, user_id, change_id,
                          {"importance": 5, "confidence": 5, "readiness": 5}, [], created_at=at)
    html = report.build_report(db, user_id, "All", tz=tz)
    assert "Walk" in html


@pytest.mark.parametrize("tz", ["Pacific/Kiritimati", "Etc/GMT+12"])
@pytest.mark.parametrize("at", ["0001-01-01T00:00:00.000000+00:00",
                                "9999-12-31T23:59:00.000000+00:00"])
def test_the_progress_chart_and_the_coach_dashboard_survive_a_stored_extreme_time(db, at, tz):
    user_id = accounts.sign_up(db, "river", "a long enough password").id
    coach_id = accounts.sign_up(db, "coach-ada", "a long enough password", role="coach").id
    change_id = changes.add_change(db, user_id, "Walk", created_at=at)
    checkins.save_checkin(db, user_id, change_id,
                          {"importance": 5, "confidence": 5, "readiness": 5}, [], created_at=at)
    plans.save_plan(db, user_id, change_id, {"goal": "Walk."}, created_at=at)
    sharing.share_with_coach(db, user_id, "coach-ada", [change_id])
    sharing.accept(db, coach_id, user_id)
    frame = progress.history(db, user_id, change_id, None, tz)
    events = markers.for_chart(markers.timeline_events(db, user_id, change_id, None), tz)
    assert len(events) == 1
    charts.ruler_chart(progress.chart_data(frame), events=events).to_dict()
    assert progress.summary(frame) and len(progress.table(frame)) == 1
    (row,) = coach_dashboard.load(db, coach_id, tz)
    assert coach_dashboard.last_checkin_text(row) and len(coach_dashboard.trend_table([row])) == 1


@pytest.mark.parametrize("name", ["Europe", "x" * 300, "../../etc/passwd", "a\x00b", "",
                                  "Europe/London/", "zone.tab", "UTC "])
def test_a_time_zone_name_that_is_none_is_refused_without_an_error(name):
    """Browsers and command lines can send any text as a zone name (a folder, a path)."""
    assert clock.zone(name) is None


def test_a_real_time_zone_name_is_found():
    assert str(clock.zone("Pacific/Kiritimati")) == "Pacific/Kiritimati"
