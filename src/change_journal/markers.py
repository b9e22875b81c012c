"""Dated exploration events: when they happened, in the viewer's time zone, and as markers
(values sorts, plan versions) on the progress chart's timeline.

Usage::

    events = timeline_events(db, user_id, change_id, progress.since("Quarter"))
    charts.ruler_chart(data, events=for_chart(events, tz))
"""

from __future__ import annotations

import pandas as pd
from sqlite_utils import Database

from change_journal.store import plans, values


def timeline_events(db: Database, user_id: int, change_id: int,
                    since_at: str | None) -> pd.DataFrame:
    """Values snapshots and plan versions for one change from ``since_at`` on, oldest first.

    Columns: ``at`` (UTC, time-zone aware) and ``label`` ("Values sort", "Plan version 2").
    Values sorts belong to the person rather than to a change, so they mark every change.
    """
    rows = [(s.completed_at, "Values sort") for s in values.snapshots(db, user_id, since_at)]
    rows += [(p.created_at, f"Plan version {p.version}")
             for p in plans.list_plans(db, user_id, change_id, since_at)]
    frame = pd.DataFrame(sorted(rows), columns=["at", "label"])
    frame["at"] = pd.to_datetime(frame["at"], utc=True, format="ISO8601")
    return frame


def for_chart(events: pd.DataFrame, tz: str) -> pd.DataFrame:
    """``events`` with ``at`` as naive viewer-local time, as ``charts.ruler_chart`` plots it,
    one marker a day: a day's later events join its first one's label ("Plan version 3 and 29
    more that day"), since dotted lines a few hours apart merge into one dark band."""
    local = events.assign(at=events["at"].dt.tz_convert(tz).dt.tz_localize(None))
    if local.empty:
        return local
    days = local.groupby(local["at"].dt.normalize(), sort=True)
    return pd.DataFrame({"at": days["at"].first().to_numpy(),
                         "label": [_day_label(list(labels)) for _day, labels in days["label"]]})


def _day_label(labels: list[str]) -> str:
    """One marker's label for a day's events, oldest first."""
    if len(labels) <= 2:
        return " and ".join(labels)
    return f"{labels[0]} and {len(labels) - 1:,} more that day"
