"""Progress over time: the check-in history, its aggregation within a point budget, its
one-line summary and the table of check-ins, a page at a time.

However long the history, a chart gets at most :data:`MAX_POINTS` points per ruler: one per
check-in while they fit, else the means per week, then per month, then per year (several years
to a point past that). The Progress page (:func:`period`, :func:`table_page`) counts and groups
in SQL and loads written answers only for what it can show (the latest check-in of each point and
one page of the table), so its work does not grow with years of history; :func:`history` and
:func:`chart_data` do the same grouping in pandas for callers that hold every row already
(the coach's view, the printable report).

Usage::

    shown = period(db, user_id, change_id, since("All"), "Europe/London")
    shown.summary, shown.chart.points, shown.table_pages
    table_page(db, user_id, change_id, since("All"), "Europe/London", number=2)
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd
from sqlite_utils import Database

from change_journal import clock, paging
from change_journal.rulers import RULERS
from change_journal.store import checkins
from change_journal.store import history as stored

RANGES: dict[str, int | None] = {"Month": 31, "Quarter": 92, "Year": 366, "All": None}
MAX_POINTS = 120
"""Most chart points per ruler (and most bars per side of the talk chart) at any history."""
QUOTE_CHARS = 140
"""Longest quote carried in a chart tooltip; the table view holds the full text."""
TABLE_ROWS = 100
"""Newest check-ins in a coach's table of a shared change (the person's export holds everything)."""
TABLE_PAGE_ROWS = 30
"""Check-ins on each page of the Progress page's table, newest first: a month of daily ones."""
GROUPINGS = ("check-in", "day", "week", "month", "year")
"""How chart points are made, finest first: the first that fits :data:`MAX_POINTS` is used,
"day" only when check-ins one by one would share a day of an axis that shows days."""
TIMES_SHOWN_WITHIN = timedelta(days=2)
"""A chart whose points span less than this labels its axis with times, and charts check-ins
one by one even when they share a day; a longer one labels days only."""
DAY_FORMAT, DAY_TIME_FORMAT = "%-d %b %Y", "%-d %b %Y, %H:%M"
"""Dates as everywhere in the app (``clock.day`` / ``clock.day_and_time``): "3 Jun 2026",
"3 Jun 2026, 14:05". The same strings serve Python (:func:`format_moment`) and the charts'
d3 time formats."""
LABEL_FORMATS = {"check-in": DAY_TIME_FORMAT, "day": DAY_FORMAT, "week": f"Week of {DAY_FORMAT}",
                 "month": "%B %Y", "year": "%Y"}
"""How a point's date reads in its tooltip, by grouping."""

_WORDS_ORDER = ("why_not_lower", "zero", "what_would_it_take")
_KEYS = tuple(r.key for r in RULERS)


def since(range_name: str, now: datetime | None = None) -> str | None:
    """The UTC ISO timestamp a time range starts at (None for "All")."""
    if range_name not in RANGES:
        raise ValueError(f"Unknown time range {range_name!r}; choose one of {', '.join(RANGES)}.")
    days = RANGES[range_name]
    if days is None:
        return None
    return clock.stamp((now or clock.now()) - timedelta(days=days))


# ------------------------------------------------------------------------------ grouping

@dataclass(frozen=True)
class Grouping:
    """How check-ins become chart points: ``name`` is one of :data:`GROUPINGS`; a "year"
    point spans ``years`` calendar years (1 unless the history is longer than the budget)."""

    name: str
    years: int = 1


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def choose_grouping(count: int, first: datetime, last: datetime,
                    max_points: int = MAX_POINTS, *, by_day: bool = True) -> Grouping:
    """The finest grouping of ``count`` check-ins from local time ``first`` to ``last`` that
    gives at most ``max_points`` points (``by_day``: days are a grouping). Decided from the
    span alone (days, weeks, months and years it touches), so it needs no pass over the
    check-ins and never exceeds the budget."""
    if max_points < 1:
        raise ValueError("A chart needs room for at least one point.")
    if count <= max_points:
        return Grouping("check-in")
    if by_day and (last.date() - first.date()).days + 1 <= max_points:
        return Grouping("day")
    if (_monday(last.date()) - _monday(first.date())).days // 7 + 1 <= max_points:
        return Grouping("week")
    if (last.year - first.year) * 12 + last.month - first.month + 1 <= max_points:
        return Grouping("month")
    years = max(1, math.ceil((last.year - first.year + 1) / max_points))
    while last.year // years - first.year // years + 1 > max_points:
        years += 1
    return Grouping("year", years)


def shares_a_day(moments: Sequence[datetime]) -> bool:
    """Whether check-ins at local times ``moments`` (oldest first), charted one by one on an
    axis that shows days only, would put two on one day (a line straight up, points on top
    of each other): then they are charted a day at a time."""
    if len(moments) < 2 or moments[-1] - moments[0] < TIMES_SHOWN_WITHIN:
        return False
    return len({m.date() for m in moments}) < len(moments)


def each_point(grouping: str, years: int = 1) -> str:
    """What one chart point stands for: "a check-in", "the average of a week"..."""
    if grouping == "check-in":
        return "a check-in"
    if grouping == "day":
        return "the last check-in of a day"
    if grouping == "year" and years > 1:
        return f"the average of {years} years"
    return f"the average of a {grouping}"


def bucket_starts(local: pd.Series, grouping: Grouping) -> pd.Series:
    """The first moment of each naive local time's bucket under ``grouping``."""
    if grouping.name == "day":
        return local.dt.normalize()
    if grouping.name == "week":
        return local.dt.to_period("W-SUN").dt.start_time
    if grouping.name == "month":
        return local.dt.to_period("M").dt.start_time
    if grouping.name == "year":
        years = local.dt.year // grouping.years * grouping.years
        return pd.to_datetime(pd.DataFrame({"year": years, "month": 1, "day": 1}))
    return local


def format_moment(moment: datetime, fmt: str) -> str:
    """``moment.strftime(fmt)`` where ``%-d`` (the day without a leading zero, as in d3 and
    glibc) works on every platform."""
    return moment.strftime(fmt.replace("%-d", str(moment.day)))


def point_label(grouping: Grouping, moments: pd.Series) -> pd.Series:
    """What each point's date reads in its tooltip: "Week of 3 Mar 2025", "March 2025"..."""
    if grouping.name == "year" and grouping.years > 1:
        return moments.dt.year.map(lambda y: f"{y}–{y + grouping.years - 1}")
    fmt = LABEL_FORMATS[grouping.name]
    return moments.map(lambda m: format_moment(m, fmt))


# ------------------------------------------------------------------------------ rows

def history(db: Database, user_id: int, change_id: int, since_at: str | None,
            tz: str = "UTC") -> pd.DataFrame:
    """One row per check-in: ``at`` (viewer-local), the three ratings, and each ruler's words.

    ``<ruler>_words`` is the person's own follow-up answer for that ruler (their "why not
    lower", or what would help when that is all they wrote), ``how_going`` and ``note`` the rest.
    Every check-in of the range is loaded, words and all: the Progress page uses :func:`period`.
    """
    rows = checkins.list_checkins(db, user_id, change_id, since_at)
    answers = checkins.checkin_answers(db, user_id, change_id, since_at) if rows else []
    return history_frame(rows, answers, tz)


def _local_times(stamps: Sequence[str], tz: str) -> pd.Series:
    """Stored UTC timestamps in zone ``tz`` (those outside the supported range at its edge)."""
    bounded = pd.Series([clock.bounded(s) for s in stamps], dtype=object)
    return pd.to_datetime(bounded, utc=True, format="ISO8601").dt.tz_convert(tz)


def _words_by_checkin(answers: Iterable[tuple[int | None, str, str, str]]) -> dict[int, dict[str, str]]:
    words: dict[int, dict[str, str]] = {}
    for checkin_id, prompt_id, _question, text in answers:
        words.setdefault(checkin_id, {})[prompt_id] = text
    return words


def _ruler_words(answers: dict[str, str], key: str) -> str:
    return next((answers[f"checkin.{key}.{s}"] for s in _WORDS_ORDER
                 if f"checkin.{key}.{s}" in answers), "")


def history_frame(rows: Sequence[checkins.CheckinRow],
                  answers: Iterable[tuple[int | None, str, str, str]],
                  tz: str = "UTC") -> pd.DataFrame:
    """The :func:`history` frame built from rows already fetched (for example by sharing's
    access-checked reads): ``answers`` are ``(checkin_id, prompt_id, question, text)``.
    """
    columns = ["checkin_id", "at", *_KEYS, *(f"{k}_words" for k in _KEYS), "how_going", "note"]
    if not rows:
        return pd.DataFrame(columns=columns)
    words = _words_by_checkin(answers)
    records = []
    for row in rows:
        answers = words.get(row.id, {})
        record = {"checkin_id": row.id, "at": row.created_at,
                  "importance": row.importance, "confidence": row.confidence,
                  "readiness": row.readiness,
                  "how_going": answers.get("checkin.how_going", ""),
                  "note": answers.get("checkin.note", "")}
        for key in _KEYS:
            record[f"{key}_words"] = _ruler_words(answers, key)
        records.append(record)
    frame = pd.DataFrame.from_records(records, columns=columns)
    frame["at"] = _local_times(frame["at"], tz)
    return frame


# ------------------------------------------------------------------------------ chart points

@dataclass(frozen=True)
class ChartData:
    """Long-form points for the ruler chart and how they were grouped."""

    points: pd.DataFrame
    """Columns: ``at``, ``ruler``, ``value``, ``checkins``, ``words``, ``label``."""
    grouping: str
    """One of :data:`GROUPINGS`."""
    years: int = 1
    """Calendar years per point when ``grouping`` is "year"."""

    @property
    def point_caption(self) -> str | None:
        """A caption saying what a point stands for when it is not one check-in, and why (None
        for one point a check-in)."""
        if self.grouping == "check-in":
            return None
        why = ("Some days have more than one check-in" if self.grouping == "day"
               else "Many check-ins")
        return f"{why}: each point is {each_point(self.grouping, self.years)}."


def _long_points(at: pd.Series, values: pd.DataFrame, counts: Sequence[int],
                 words: pd.DataFrame, grouping: Grouping) -> ChartData:
    """Chart points from one row per point: ``values`` and ``words`` have a column per ruler."""
    n = len(at)
    points = pd.DataFrame({
        "at": pd.concat([at] * len(RULERS), ignore_index=True),
        "ruler": [r.name for r in RULERS for _ in range(n)],
        "value": pd.concat([values[k] for k in _KEYS], ignore_index=True).astype(float),
        "checkins": list(counts) * len(RULERS),
        "words": [_shorten(w) for k in _KEYS for w in words[k]],
    })
    points["label"] = point_label(grouping, points["at"])
    return ChartData(points, grouping.name, grouping.years)


def chart_data(frame: pd.DataFrame, max_points: int = MAX_POINTS) -> ChartData:
    """Long-form chart points from a :func:`history` frame, grouped (see :func:`choose_grouping`)
    when there are more than ``max_points`` check-ins, or by day when they share a day
    (:func:`shares_a_day`).

    A day's point is its last check-in, ratings and words (what the person chose, as the
    summary sentence says the latest); a longer group's is the mean rating, with the latest
    words the person wrote in it.
    """
    if frame.empty:
        return ChartData(pd.DataFrame(columns=["at", "ruler", "value", "checkins", "words",
                                               "label"]), "check-in")
    local = frame["at"].dt.tz_localize(None)
    grouping = choose_grouping(len(frame), local.iloc[0], local.iloc[-1], max_points)
    if grouping.name == "check-in" and shares_a_day(list(local)):
        grouping = Grouping("day")
    values = frame[list(_KEYS)].astype(float)
    words = frame[[f"{k}_words" for k in _KEYS]].set_axis(list(_KEYS), axis=1)
    if grouping.name == "check-in":
        return _long_points(local.reset_index(drop=True), values.reset_index(drop=True),
                            [1] * len(frame), words.reset_index(drop=True), grouping)
    starts = bucket_starts(local, grouping)
    grouped = values.groupby(starts)
    if grouping.name == "day":  # the day's last check-in, its words with its ratings
        words, means = words.groupby(starts).last(), grouped.last()
    else:
        words = words.replace("", pd.NA).groupby(starts).last().fillna("")
        means = grouped.mean().round(1)
    counts = grouped.size()
    at = pd.Series(means.index, dtype="datetime64[ns]")
    return _long_points(at, means.reset_index(drop=True), counts.to_list(),
                        words.reset_index(drop=True), grouping)


def _shorten(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"


# ------------------------------------------------------------------------------ the page

@dataclass(frozen=True)
class Period:
    """What the Progress page shows for one time range."""

    checkins: int
    """Check-ins in the range."""
    summary: str
    """The one-sentence summary (:func:`summary`)."""
    chart: ChartData

    @property
    def empty(self) -> bool:
        return self.checkins == 0

    @property
    def table_pages(self) -> int:
        """Pages of :data:`TABLE_PAGE_ROWS` check-ins in the range's table (1 when empty)."""
        return paging.page_count(self.checkins, TABLE_PAGE_ROWS)

    def table_span(self, number: int) -> tuple[int, int]:
        """Which check-ins (from 1, newest first) page ``number`` of the table holds."""
        return paging.page_span(number, self.checkins, TABLE_PAGE_ROWS)


def period(db: Database, user_id: int, change_id: int, since_at: str | None, tz: str = "UTC",
           max_points: int = MAX_POINTS) -> Period:
    """The summary and chart points of one change's check-ins from ``since_at`` on.

    Counts and groups in SQL (each point from kept monthly sums and short index ranges, its
    bounds local midnights in ``tz``: see ``store.history.bucket_stats``) and reads written
    answers only for the check-ins it shows, so its cost stays about the same from a month of
    history to decades. The results are those of :func:`summary` and :func:`chart_data` on the
    whole :func:`history`, except that a point's words are those of its latest check-in.
    """
    count, first, last = stored.span(db, user_id, change_id, since_at)
    zone = ZoneInfo(tz)
    if not count:
        empty = history_frame([], [], tz)
        return Period(0, summary(empty), chart_data(empty))
    grouping = choose_grouping(count, _local(first.created_at, zone), _local(last.created_at, zone),
                               max_points)
    if grouping.name == "check-in":
        rows = checkins.list_checkins(db, user_id, change_id, since_at)
        answers = checkins.answers_for_checkins(db, user_id, [r.id for r in rows])
        moments = [_local(row.created_at, zone) for row in rows]
        if shares_a_day(moments):
            chart = chart_data(history_frame(rows, answers, tz), max_points)
        else:
            words = _words_by_checkin(answers)
            chart = _point_frame(moments, [[getattr(r, k) for r in rows] for k in _KEYS],
                                 [1] * len(rows),
                                 [[_ruler_words(words.get(r.id, {}), k) for r in rows]
                                  for k in _KEYS], grouping)
    else:
        starts = bucket_days(_local(first.created_at, zone).date(),
                             _local(last.created_at, zone).date(), grouping)
        stats = stored.bucket_stats(db, user_id, change_id, since_at, _utc_bounds(starts, zone))
        shown_buckets = [(day, row) for day, row in zip(starts, stats, strict=True) if row]
        latest = [row[4] for _day, row in shown_buckets]
        words = _words_by_checkin(checkins.answers_for_checkins(db, user_id, sorted(set(latest))))
        if grouping.name == "day":  # a day's point is its last check-in (see chart_data)
            last_of = {r.id: r for r in checkins.checkins_by_id(db, user_id, latest)}
            # One deleted in another window since the count: its day is left out.
            shown_buckets = [(day, row) for day, row in shown_buckets if row[4] in last_of]
            latest = [row[4] for _day, row in shown_buckets]
            values = [[getattr(last_of[i], k) for k in _KEYS] for i in latest]
        else:
            values = [row[:3] for _day, row in shown_buckets]
        means = np.round(np.array(values, dtype=float), 1).T
        chart = _point_frame([datetime.combine(day, time()) for day, _row in shown_buckets],
                             means.tolist(), [row[3] for _day, row in shown_buckets],
                             [[_ruler_words(words.get(i, {}), k) for i in latest] for k in _KEYS],
                             grouping)
    ends = [{"at": datetime.fromisoformat(clock.bounded(row.created_at)).astimezone(zone),
             **{k: getattr(row, k) for k in _KEYS}} for row in (first, last)]
    return Period(count, _summary(ends[0], ends[1], count), chart)


def table_page(db: Database, user_id: int, change_id: int, since_at: str | None,
               tz: str = "UTC", number: int = 1) -> pd.DataFrame:
    """Page ``number`` (1-based) of :func:`table` over one change's check-ins from ``since_at``
    on, :data:`TABLE_PAGE_ROWS` to a page, newest first: only that page's rows and words are read."""
    if number < 1:
        raise ValueError("Table pages are numbered from 1.")
    rows = stored.newest(db, user_id, change_id, since_at, TABLE_PAGE_ROWS,
                         skip=(number - 1) * TABLE_PAGE_ROWS)
    words = _words_by_checkin(checkins.answers_for_checkins(db, user_id, [r.id for r in rows]))
    return _table_frame(rows, words, ZoneInfo(tz))


def _local(stamp: str, zone: ZoneInfo | str) -> datetime:
    """A stored UTC timestamp as naive local time in ``zone`` (within the supported range)."""
    zone = ZoneInfo(zone) if isinstance(zone, str) else zone
    return datetime.fromisoformat(clock.bounded(stamp)).astimezone(zone).replace(tzinfo=None)


def bucket_days(first: date, last: date, grouping: Grouping) -> list[date]:
    """The first local day of every bucket from the one holding ``first`` to the one holding
    ``last`` (the same buckets as :func:`bucket_starts`)."""
    if grouping.name in ("day", "week"):
        day, step = (first if grouping.name == "day" else _monday(first)), None
    elif grouping.name == "month":
        day, step = first.replace(day=1), None
    elif grouping.name == "year":
        day, step = date(first.year // grouping.years * grouping.years, 1, 1), grouping.years
    else:
        raise ValueError("Check-ins charted one by one have no buckets.")
    days = []
    while day <= last:
        days.append(day)
        if grouping.name in ("day", "week"):
            day += timedelta(days=1 if grouping.name == "day" else 7)
        elif grouping.name == "month":
            day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        elif day.year + step > date.max.year:
            break
        else:
            day = date(day.year + step, 1, 1)
    return days


def _utc_bounds(starts: Sequence[date], zone: ZoneInfo) -> list[tuple[str, str]]:
    """``(start, end)`` as stored UTC timestamps for buckets beginning at local midnight on each
    of ``starts``; the first opens and the last closes the range (a stored time outside the
    supported range, charted at its edge, still counts)."""
    # Whole seconds: "…T00:00:00+00:00" sorts before every stored time from that second on,
    # written with microseconds ("…T00:00:00.000000+00:00") or without.
    stamps = [datetime.combine(day, time(), tzinfo=zone).astimezone(UTC)
              .isoformat(timespec="seconds") for day in starts[1:]]
    return list(zip(["", *stamps], [*stamps, "~"], strict=True))


def _point_frame(moments: list[datetime], values: list[list[float]], counts: list[int],
                 words: list[list[str]], grouping: Grouping) -> ChartData:
    """:class:`ChartData` from one list per ruler (the same points as :func:`_long_points`)."""
    n = len(moments)
    if grouping.name == "year" and grouping.years > 1:
        labels = [f"{m.year}\u2013{m.year + grouping.years - 1}" for m in moments]
    else:
        labels = [format_moment(m, LABEL_FORMATS[grouping.name]) for m in moments]
    points = pd.DataFrame({
        "at": pd.to_datetime(moments * len(RULERS)).astype("datetime64[ns]"),
        "ruler": [r.name for r in RULERS for _ in range(n)],
        "value": [float(v) for column in values for v in column],
        "checkins": counts * len(RULERS),
        "words": [_shorten(w) for column in words for w in column],
        "label": labels * len(RULERS),
    })
    return ChartData(points, grouping.name, grouping.years)


def _table_frame(rows: Sequence[checkins.CheckinRow], words: dict[int, dict[str, str]],
                 zone: ZoneInfo) -> pd.DataFrame:
    """:func:`table` of ``rows`` (oldest first) built straight from the rows."""
    rows = list(reversed(rows))
    out = {"Date": [format_moment(_local(r.created_at, zone), DAY_TIME_FORMAT) for r in rows]}
    for ruler in RULERS:
        out[ruler.name] = [int(getattr(r, ruler.key)) for r in rows]
    for ruler in RULERS:
        out[words_column(ruler.name)] = [_ruler_words(words.get(r.id, {}), ruler.key)
                                         for r in rows]
    out["How it was going"] = [words.get(r.id, {}).get("checkin.how_going", "") for r in rows]
    out["Note"] = [words.get(r.id, {}).get("checkin.note", "") for r in rows]
    return pd.DataFrame(out)


# ------------------------------------------------------------------------------ talk chart

@dataclass(frozen=True)
class TalkData:
    """Sentences for and against changing per point of time, within the point budget."""

    counts: pd.DataFrame
    """Columns: ``week`` (the first day of the point's week, month or year), ``side``,
    ``sentences``."""
    grouping: str
    """``"week"``, ``"month"`` or ``"year"``."""
    years: int = 1


def talk_points(weekly: pd.DataFrame, max_points: int = MAX_POINTS) -> TalkData:
    """Weekly talk counts (``talk.weekly``) summed by month, then by year, when there are more
    weeks than ``max_points`` (a week counts in the month it starts in)."""
    if weekly.empty:
        return TalkData(weekly, "week")
    weeks = weekly["week"].to_numpy(dtype="datetime64[D]")
    first, last = weeks.min().item(), weeks.max().item()
    grouping = choose_grouping(len(np.unique(weeks)), datetime.combine(first, time()),
                               datetime.combine(last, time()), max_points)
    if grouping.name in ("check-in", "week"):
        return TalkData(weekly, "week")
    if grouping.name == "month":
        starts = weeks.astype("datetime64[M]").astype("datetime64[D]")
    else:
        years = weeks.astype("datetime64[Y]").astype(int) + 1970
        starts = ((years // grouping.years * grouping.years) - 1970).astype("datetime64[Y]")
        starts = starts.astype("datetime64[D]")
    buckets, bucket_of = np.unique(starts, return_inverse=True)
    side_of, sides = pd.factorize(weekly["side"], sort=True)
    totals = np.zeros((len(buckets), len(sides)), dtype=np.int64)
    np.add.at(totals, (bucket_of, side_of), weekly["sentences"].to_numpy(dtype=np.int64))
    summed = pd.DataFrame({"week": np.repeat(buckets, len(sides)).astype("datetime64[ns]"),
                           "side": np.tile(np.asarray(sides, dtype=object), len(buckets)),
                           "sentences": totals.ravel()})
    return TalkData(summed, grouping.name, grouping.years)


# The one helper both this page's summary and talk.weekly_summary use to name a span.
describe_span = clock.describe_span


def nothing_in_period(db: Database, user_id: int, change_id: int, tz: str) -> str:
    """What Progress says when the range chosen holds no check-in: how to start, or, when there
    are older ones, when the latest was and how to see it."""
    count, _first, last_at = checkins.checkin_stats(db, user_id, change_id)
    if not count:
        return ("No check-ins yet. Your first check-in takes a few minutes, and this chart will "
                "start from there.")
    older = {1: "it", 2: "both"}.get(count, f"all {count:,} of them")
    return (f"No check-ins in this period: your latest was on {clock.day(last_at, tz)}. Choose "
            f"“All” above to see {older}, or check in now.")


def summary(frame: pd.DataFrame) -> str:
    """One sentence saying how the three rulers moved across ``frame``'s check-ins."""
    if frame.empty:
        return "No check-ins in this period yet."
    return _summary(frame.iloc[0], frame.iloc[-1], len(frame))


def _summary(first: pd.Series, last: pd.Series, count: int) -> str:
    """:func:`summary` from the first and last of ``count`` check-ins (``at`` and ratings)."""
    if count == 1:
        values = ", ".join(f"{r.name.lower()} {int(first[r.key])}" for r in RULERS)
        return f"One check-in in this period: {values}."
    moves = []
    for ruler in RULERS:
        a, b = int(first[ruler.key]), int(last[ruler.key])
        if b > a:
            moves.append(f"{ruler.name.lower()} rose from {a} to {b}")
        elif b < a:
            moves.append(f"{ruler.name.lower()} moved from {a} to {b}")
        elif count == 2:
            moves.append(f"{ruler.name.lower()} stayed at {a}")
        else:  # the ends alone say nothing of the check-ins between them
            moves.append(f"{ruler.name.lower()} was {a} at the first and the latest")
    listed = f"{moves[0]}, {moves[1]} and {moves[2]}"
    if clock.span_days(first["at"], last["at"]) < 1:
        return f"Across {count:,} check-ins within a day, {listed}."
    return f"Over {describe_span(first['at'], last['at'])} and {count:,} check-ins, {listed}."


def words_column(ruler_name: str, whose: str = "your") -> str:
    """The table's column of what was written for a ruler: "Importance: in your words" (a
    coach, or whoever a person shares with, reads "in their words")."""
    return f"{ruler_name}: in {whose} words"


def table(frame: pd.DataFrame, limit: int | None = TABLE_ROWS) -> pd.DataFrame:
    """The history as a readable table, newest first (at most ``limit`` rows), words in full."""
    if limit is not None:
        frame = frame.iloc[-limit:]
    out = pd.DataFrame({"Date": [format_moment(m, DAY_TIME_FORMAT) for m in frame["at"]]},
                       index=frame.index)
    for ruler in RULERS:
        out[ruler.name] = frame[ruler.key].astype(int)
    for ruler in RULERS:
        out[words_column(ruler.name)] = frame[f"{ruler.key}_words"]
    out["How it was going"] = frame["how_going"]
    out["Note"] = frame["note"]
    return out.iloc[::-1].reset_index(drop=True)
