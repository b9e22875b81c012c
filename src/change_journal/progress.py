"""Progress over time: the check-in history as tables, its aggregation and its one-line summary.

Long histories are bucketed (per week, then per month) so the chart's payload stays bounded,
and the page loads written answers only for the check-ins it can show (the latest of each
bucket and the newest rows of the table), so its work does not grow with years of history.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

import pandas as pd
from sqlite_utils import Database

from change_journal.rulers import RULERS
from change_journal.store import checkins

RANGES: dict[str, int | None] = {"Month": 31, "Quarter": 92, "Year": 366, "All": None}
MAX_POINTS = 120
"""Most chart points per ruler before check-ins are grouped by week, then by month."""
QUOTE_CHARS = 140
"""Longest quote carried in a chart tooltip; the table view holds the full text."""
TABLE_ROWS = 100
"""Newest check-ins listed in the table view (the export holds everything)."""

_WORDS_ORDER = ("why_not_lower", "zero", "what_would_it_take")


def since(range_name: str, now: datetime | None = None) -> str | None:
    """The UTC ISO timestamp a time range starts at (None for "All")."""
    if range_name not in RANGES:
        raise ValueError(f"Unknown time range {range_name!r}; choose one of {', '.join(RANGES)}.")
    days = RANGES[range_name]
    if days is None:
        return None
    return ((now or datetime.now(UTC)) - timedelta(days=days)).isoformat(timespec="microseconds")


def history(db: Database, user_id: int, change_id: int, since_at: str | None,
            tz: str = "UTC", *, words: Literal["all", "shown"] = "all") -> pd.DataFrame:
    """One row per check-in: ``at`` (viewer-local), the three ratings, and each ruler's words.

    ``<ruler>_words`` is the person's own follow-up answer for that ruler (their "why not
    lower", or what would help when that is all they wrote), ``how_going`` and ``note`` the rest.
    With ``words="shown"`` only the check-ins the chart and table can show carry their words.
    """
    rows = checkins.list_checkins(db, user_id, change_id, since_at)
    if not rows:
        answers = []
    elif words == "all":
        answers = checkins.checkin_answers(db, user_id, change_id, since_at)
    else:
        answers = checkins.answers_for_checkins(db, user_id, shown_checkins(rows, tz))
    return history_frame(rows, answers, tz)


def _local_times(stamps: Sequence[str], tz: str) -> pd.Series:
    return pd.to_datetime(pd.Series(stamps), utc=True, format="ISO8601").dt.tz_convert(tz)


def grouping_for(local: pd.Series, max_points: int = MAX_POINTS) -> tuple[str, str | None]:
    """How check-ins at naive local times ``local`` are charted: ``(name, pandas period)``."""
    if len(local) <= max_points:
        return "check-in", None
    if local.dt.to_period("W-SUN").nunique() <= max_points:
        return "week", "W-SUN"
    return "month", "M"


def shown_checkins(rows: Sequence[checkins.CheckinRow], tz: str,
                   max_points: int = MAX_POINTS) -> list[int]:
    """Ids of the check-ins whose words the chart (latest per bucket) or the table can show."""
    ids = pd.Series([row.id for row in rows])
    local = _local_times([row.created_at for row in rows], tz).dt.tz_localize(None)
    _name, freq = grouping_for(local, max_points)
    charted = ids if freq is None else ids.groupby(local.dt.to_period(freq)).last()
    return sorted(set(charted) | set(ids.iloc[-TABLE_ROWS:]))


def history_frame(rows: Sequence[checkins.CheckinRow],
                  answers: Iterable[tuple[int | None, str, str, str]],
                  tz: str = "UTC") -> pd.DataFrame:
    """The :func:`history` frame built from rows already fetched (for example by sharing's
    access-checked reads): ``answers`` are ``(checkin_id, prompt_id, question, text)``.
    """
    columns = ["checkin_id", "at", *(r.key for r in RULERS), *(f"{r.key}_words" for r in RULERS),
               "how_going", "note"]
    if not rows:
        return pd.DataFrame(columns=columns)
    words: dict[int, dict[str, str]] = {}
    for checkin_id, prompt_id, _question, text in answers:
        words.setdefault(checkin_id, {})[prompt_id] = text
    records = []
    for row in rows:
        answers = words.get(row.id, {})
        record = {"checkin_id": row.id, "at": row.created_at,
                  "importance": row.importance, "confidence": row.confidence,
                  "readiness": row.readiness,
                  "how_going": answers.get("checkin.how_going", ""),
                  "note": answers.get("checkin.note", "")}
        for ruler in RULERS:
            record[f"{ruler.key}_words"] = next(
                (answers[f"checkin.{ruler.key}.{s}"] for s in _WORDS_ORDER
                 if f"checkin.{ruler.key}.{s}" in answers), "")
        records.append(record)
    frame = pd.DataFrame.from_records(records, columns=columns)
    frame["at"] = _local_times(frame["at"], tz)
    return frame


@dataclass(frozen=True)
class ChartData:
    """Long-form points for the ruler chart and how they were grouped."""

    points: pd.DataFrame
    """Columns: ``at``, ``ruler``, ``value``, ``checkins``, ``words``, ``label``."""
    grouping: str
    """``"check-in"``, ``"week"`` or ``"month"``."""


def chart_data(frame: pd.DataFrame, max_points: int = MAX_POINTS) -> ChartData:
    """Long-form chart points, grouped by week or month when there are more than ``max_points``.

    A group's point is the mean rating; its words are the latest the person wrote in it.
    """
    local = frame["at"].dt.tz_localize(None)
    grouping, freq = grouping_for(local, max_points)
    keys = [r.key for r in RULERS]
    values = frame[keys].astype(float)
    words = frame[[f"{k}_words" for k in keys]].set_axis(keys, axis=1)
    if freq is None:
        at, counts = local, pd.Series(1, index=frame.index)
    else:
        period = local.dt.to_period(freq)
        grouped = values.groupby(period)
        words = words.replace("", pd.NA).groupby(period).last().fillna("")
        values, counts = grouped.mean().round(1), grouped.size()
        at = pd.Series(values.index.to_timestamp(), index=values.index)
    parts = [
        pd.DataFrame({"at": at.to_numpy(), "ruler": ruler.name,
                      "value": values[ruler.key].to_numpy(), "checkins": counts.to_numpy(),
                      "words": words[ruler.key].to_numpy()})
        for ruler in RULERS
    ]
    points = pd.concat(parts, ignore_index=True)
    points["words"] = points["words"].map(_shorten)
    points["label"] = points["at"].dt.strftime(
        "Week of %d %b %Y" if grouping == "week" else "%B %Y" if grouping == "month" else "%d %b %Y, %H:%M"
    )
    return ChartData(points[["at", "ruler", "value", "checkins", "words", "label"]], grouping)


def _shorten(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"


def describe_span(start: datetime, end: datetime) -> str:
    """A short human duration: "3 days", "6 weeks", "4 months", "2 years"."""
    days = (end - start).days
    if days < 1:
        return "one day"
    if days < 14:
        return f"{days} day{'s' if days != 1 else ''}"
    if days < 61:
        return f"{round(days / 7)} weeks"
    if days < 730:
        return f"{round(days / 30.44)} months"
    return f"{round(days / 365.25)} years"


def summary(frame: pd.DataFrame) -> str:
    """One sentence saying how the three rulers moved across ``frame``'s check-ins."""
    if frame.empty:
        return "No check-ins in this period yet."
    first, last = frame.iloc[0], frame.iloc[-1]
    if len(frame) == 1:
        values = ", ".join(f"{r.name.lower()} {int(first[r.key])}" for r in RULERS)
        return f"One check-in in this period: {values}."
    moves = []
    for ruler in RULERS:
        a, b = int(first[ruler.key]), int(last[ruler.key])
        if b > a:
            moves.append(f"{ruler.name.lower()} rose from {a} to {b}")
        elif b < a:
            moves.append(f"{ruler.name.lower()} moved from {a} to {b}")
        else:
            moves.append(f"{ruler.name.lower()} stayed at {a}")
    listed = f"{moves[0]}, {moves[1]} and {moves[2]}"
    if (last["at"] - first["at"]).days < 1:
        return f"Across {len(frame)} check-ins within a day, {listed}."
    return f"Over {describe_span(first['at'], last['at'])} and {len(frame)} check-ins, {listed}."


def table(frame: pd.DataFrame, limit: int | None = TABLE_ROWS) -> pd.DataFrame:
    """The history as a readable table, newest first (at most ``limit`` rows), words in full."""
    if limit is not None:
        frame = frame.iloc[-limit:]
    out = pd.DataFrame({"Date": frame["at"].dt.strftime("%Y-%m-%d %H:%M")})
    for ruler in RULERS:
        out[ruler.name] = frame[ruler.key].astype(int)
    for ruler in RULERS:
        out[f"{ruler.name}: in your words"] = frame[f"{ruler.key}_words"]
    out["How it was going"] = frame["how_going"]
    out["Note"] = frame["note"]
    return out.iloc[::-1].reset_index(drop=True)
