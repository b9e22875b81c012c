"""The reminder calendar file: it parses back with icalendar, repeats weekly on the chosen days
at the chosen local time, carries its time zone and an alarm, and says clearly what is wrong."""

from __future__ import annotations

from datetime import UTC, datetime, time
from itertools import islice

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from change_journal.reminders import app_link, describe, first_occurrence, reminder_calendar
from change_journal.validation import InputError

# Wednesday 3 June 2026, 10:00 in London (09:00 UTC).
NOW = datetime(2026, 6, 3, 9, 0, tzinfo=UTC)


def parse(days, at, tz="Europe/London", owner="river"):
    calendar = Calendar.from_ical(reminder_calendar(days, at, tz, owner=owner, now=NOW))
    (event,) = calendar.events
    return calendar, event


@pytest.mark.parametrize(("days", "at", "tz", "first"), [
    (["MO", "TH"], time(19, 30), "Europe/London", datetime(2026, 6, 4, 19, 30)),
    (["WE"], time(18, 0), "Europe/London", datetime(2026, 6, 3, 18, 0)),
    (["WE"], time(9, 0), "Europe/London", datetime(2026, 6, 10, 9, 0)),
    (["SU", "SA"], time(7, 15), "America/New_York", datetime(2026, 6, 6, 7, 15)),
    (["MO", "TU", "WE", "TH", "FR", "SA", "SU"], time(21, 0), "Asia/Tokyo",
     datetime(2026, 6, 3, 21, 0)),
], ids=["next thursday", "later today", "today has passed", "weekend in new york", "daily"])
def test_the_reminder_repeats_weekly_on_the_chosen_days_at_the_local_time(days, at, tz, first):
    calendar, event = parse(days, at, tz)
    rule = event["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"]
    assert sorted(rule["BYDAY"]) == sorted(days)
    assert event.start.tzinfo.key == tz
    assert event.start.replace(tzinfo=None) == first
    assert (event.end - event.start).total_seconds() == 15 * 60
    assert [tz_.tz_name for tz_ in calendar.timezones] == [tz]
    upcoming = list(islice(rrulestr(rule.to_ical().decode(), dtstart=event.start), 10))
    assert {d.strftime("%a")[:2].upper() for d in upcoming} == set(days)
    assert {(d.hour, d.minute) for d in upcoming} == {(at.hour, at.minute)}


def test_the_reminder_has_a_display_alarm_and_a_gentle_summary():
    _calendar, event = parse(["MO"], time(8, 0))
    (alarm,) = event.subcomponents
    assert alarm["ACTION"] == "DISPLAY"
    assert alarm["TRIGGER"].dt.total_seconds() == 0
    assert "it's your call" in event["DESCRIPTION"]
    assert event["TRANSP"] == "TRANSPARENT"


def test_the_same_account_gets_the_same_event_id_so_a_new_file_updates_the_reminder():
    _c, first = parse(["MO"], time(8, 0))
    _c, later = parse(["TU", "FR"], time(20, 0))
    _c, someone_else = parse(["MO"], time(8, 0), owner="sam")
    assert first["UID"] == later["UID"] != someone_else["UID"]


def test_the_link_back_to_the_app_is_added_when_known():
    data = reminder_calendar(["MO"], time(8, 0), "UTC", owner="river", now=NOW,
                             url="https://journal.example.org/")
    (event,) = Calendar.from_ical(data).events
    assert event["URL"] == "https://journal.example.org/"


@pytest.mark.parametrize(("days", "tz", "message"), [
    ([], "UTC", "Choose at least one day for the reminder."),
    (["MO", "XX"], "UTC", "Unknown day code(s): XX."),
    (["MO"], "Mars/Olympus", "Unknown time zone 'Mars/Olympus'."),
    # A folder of the zone database, and a name too long for the file system.
    (["MO"], "Europe", "Unknown time zone 'Europe'."),
    (["MO"], "x" * 300, f"Unknown time zone {'x' * 300!r}."),
])
def test_a_reminder_that_cannot_be_made_says_why(days, tz, message):
    with pytest.raises(InputError) as caught:
        reminder_calendar(days, time(8, 0), tz, owner="river", now=NOW)
    assert str(caught.value) == message


@pytest.mark.parametrize(("page", "link"), [
    ("http://localhost:8501/settings", "http://localhost:8501/"),
    ("https://example.org/journal/settings?x=1", "https://example.org/journal/"),
    (None, ""),
    ("", ""),
    ("javascript:alert(1)", ""),
])
def test_the_app_link_is_the_address_of_the_app_itself(page, link):
    assert app_link(page) == link


@pytest.mark.parametrize(("days", "words"), [
    (["TH", "MO"], "Every Monday and Thursday at 19:30"),
    (["SU"], "Every Sunday at 19:30"),
    (["FR", "MO", "WE"], "Every Monday, Wednesday and Friday at 19:30"),
    (["MO", "TU", "WE", "TH", "FR", "SA", "SU"], "Every day at 19:30"),
])
def test_the_reminder_is_described_in_plain_words(days, words):
    assert describe(days, time(19, 30)) == words


def test_the_first_reminder_is_never_in_the_past():
    now = datetime(2026, 6, 3, 19, 31, tzinfo=UTC)
    assert first_occurrence(["WE"], time(19, 30), now) == datetime(2026, 6, 10, 19, 30, tzinfo=UTC)
