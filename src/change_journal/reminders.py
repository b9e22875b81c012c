"""Check-in reminders as an iCalendar (.ics) file: one weekly event on the chosen days.

Built with the ``icalendar`` library (RFC 5545): a ``VEVENT`` with ``RRULE:FREQ=WEEKLY;BYDAY=...``
in the person's time zone (with its ``VTIMEZONE``) and a display alarm at the start. The event
has the same ``UID`` for the same account, so importing a newer file with other days or
another time can update the reminder instead of adding a second one.

Usage::

    data = reminder_calendar(["MO", "TH"], time(19, 30), "Europe/London", owner="river")
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta
from urllib.parse import urlsplit, urlunsplit

from icalendar import Alarm, Calendar, Event, vRecur

from change_journal import __version__, clock
from change_journal.validation import InputError

WEEKDAYS = {"MO": "Monday", "TU": "Tuesday", "WE": "Wednesday", "TH": "Thursday",
            "FR": "Friday", "SA": "Saturday", "SU": "Sunday"}
"""iCalendar day codes and their names, Monday first."""
SUMMARY = "Change Journal check-in"
DESCRIPTION = ("A few minutes for your check-in, if you'd like. Skipping is fine too: "
               "it's your call.")
DURATION = timedelta(minutes=15)
_UID_NAMESPACE = uuid.UUID("6f1d3c52-8f0e-4b8e-9a57-2f0f6c1b7d41")


def reminder_calendar(days: Sequence[str], at: time, tz: str, *, owner: str,
                      url: str = "", now: datetime | None = None) -> bytes:
    """The .ics file of a weekly reminder on ``days`` (codes such as ``"MO"``) at ``at`` in ``tz``.

    The first reminder is the next chosen day at that time (today if it is still ahead).
    ``owner`` (the username) makes the event's ``UID``; ``url``, if given, is added as a link
    back to the app. Raises :class:`InputError` when no day is chosen.
    """
    chosen = [d for d in WEEKDAYS if d in set(days)]
    if not chosen:
        raise InputError("Choose at least one day for the reminder.")
    if unknown := set(days) - set(WEEKDAYS):
        raise InputError(f"Unknown day code(s): {', '.join(sorted(unknown))}.")
    zone = clock.zone(tz)
    if zone is None:
        raise InputError(f"Unknown time zone {tz!r}.")
    stamp = (now or clock.now()).astimezone(UTC)
    start = first_occurrence(chosen, at.replace(second=0, microsecond=0, tzinfo=None),
                             stamp.astimezone(zone))
    event = Event.new(
        uid=str(uuid.uuid5(_UID_NAMESPACE, owner)),
        stamp=stamp,
        start=start,
        end=start + DURATION,
        summary=SUMMARY,
        description=DESCRIPTION + (f"\n{url}" if url else ""),
        url=url or None,
        transparency="TRANSPARENT",
    )
    event.add("rrule", vRecur(freq="WEEKLY", byday=chosen))
    alarm = Alarm.new(description=SUMMARY)
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", timedelta(0))
    event.add_component(alarm)
    calendar = Calendar.new(prodid=f"-//Change Journal//{__version__}//EN",
                            name="Change Journal reminders", subcomponents=[event])
    calendar.add_missing_timezones(first_date=start.date() - timedelta(days=1),
                                   last_date=start.date() + timedelta(days=366 * 10))
    return calendar.to_ical()


def first_occurrence(days: Sequence[str], at: time, now_local: datetime) -> datetime:
    """The first moment at ``at`` on one of ``days`` that is not before ``now_local``."""
    codes = list(WEEKDAYS)
    for offset in range(8):
        day = now_local.date() + timedelta(days=offset)
        moment = datetime.combine(day, at, tzinfo=now_local.tzinfo)
        if codes[day.weekday()] in days and moment >= now_local:
            return moment
    raise ValueError("no chosen day within a week")  # unreachable with at least one day


def app_link(page_url: str | None) -> str:
    """The app's address from the current page's (``https://host/settings`` gives
    ``https://host/``), or "" when it is unknown."""
    if not page_url or not page_url.startswith(("http://", "https://")):
        return ""
    parts = urlsplit(page_url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rsplit("/", 1)[0] + "/", "", ""))


def describe(days: Sequence[str], at: time) -> str:
    """"Every Monday and Thursday at 19:30", for the screen."""
    names = [WEEKDAYS[d] for d in WEEKDAYS if d in set(days)]
    if len(names) == 7:
        listed = "day"
    elif len(names) > 1:
        listed = ", ".join(names[:-1]) + " and " + names[-1]
    else:
        listed = names[0] if names else ""
    return f"Every {listed} at {at:%H:%M}"
