"""Altair chart builders: pure functions from data frames to charts, no Streamlit.

Each builder returns an ``altair`` chart (tested through ``chart.to_dict()``, used as is by the
printable report and the coach's view). Pages that redraw a chart on every rerun use the
``*_spec`` twins instead: the same chart as a Vega-Lite dict whose data are named datasets
(``{"points": frame}``), built and validated by Altair once per shape of chart (grouping,
axis, which tooltips) and then reused with new data, so a rerun pays neither Altair's object
building nor its JSON-schema validation (``bench/run.py``, "chart_spec_ms", measures both).

Usage::

    st.vega_lite_chart(ruler_spec(progress.chart_data(frame)), width="stretch")
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

import altair as alt
import numpy as np
import pandas as pd

from change_journal.progress import (
    DAY_FORMAT,
    DAY_TIME_FORMAT,
    TIMES_SHOWN_WITHIN,
    ChartData,
    TalkData,
)
from change_journal.rulers import RULERS

PAGE_BACKGROUND = "#FBFAF7"
"""The page colour every chart colour keeps a 3:1 contrast against (WCAG 1.4.11)."""
# Okabe-Ito hues, safe for the common kinds of colour blindness, the orange darkened (from
# #E69F00, 2.2:1) to reach 3:1 against the page; each ruler also has its own point shape and
# dash so colour is never the only cue.
RULER_COLOURS = {"Importance": "#0072B2", "Confidence": "#B35C00", "Readiness": "#009E73"}
RULER_SHAPES = {"Importance": "circle", "Confidence": "square", "Readiness": "triangle-up"}
RULER_DASHES = {"Importance": [1, 0], "Confidence": [6, 3], "Readiness": [2, 2]}
EVENT_COLOUR = "#6B6B6B"
POINTS, EVENTS, COUNTS = "points", "events", "counts"
"""Names of the datasets in the ``*_spec`` dicts."""

_Source = pd.DataFrame | alt.NamedData


def _time_axis_shape(moments: pd.Series) -> tuple[str, tuple[pd.Timestamp, ...] | None]:
    """The time axis's label format, and its tick positions when they are few: labels with
    the time when everything falls within ``TIMES_SHOWN_WITHIN``, and, for a handful of points,
    ticks only where the points are (no repeated labels in between), one per minute (check-ins
    a few seconds apart would show one label twice; over longer spans the points are a day
    apart at least, ``progress.chart_data``)."""
    stamps = np.unique(moments.to_numpy(dtype="datetime64[ns]"))  # sorted
    short = len(stamps) > 0 and (stamps[-1] - stamps[0]) < np.timedelta64(TIMES_SHOWN_WITHIN)
    if short:
        stamps = stamps[np.unique(stamps.astype("datetime64[m]"), return_index=True)[1]]
    ticks = tuple(pd.Timestamp(t) for t in stamps) if len(stamps) <= 6 else None
    return (DAY_TIME_FORMAT if short else DAY_FORMAT), ticks


def _time_axis(label_format: str, ticks: tuple[pd.Timestamp, ...] | None) -> alt.Axis:
    values = alt.Undefined if ticks is None else [
        alt.DateTime(year=t.year, month=t.month, date=t.day, hours=t.hour, minutes=t.minute,
                     seconds=t.second, milliseconds=t.microsecond // 1000) for t in ticks]
    return alt.Axis(format=label_format, labelAngle=0, tickCount=6, values=values)


@dataclass(frozen=True)
class _RulerShape:
    """Everything about a ruler chart except its data."""

    grouping: str
    words: bool
    label_format: str
    ticks: tuple[pd.Timestamp, ...] | None
    events: bool
    height: int
    words_title: str

    @classmethod
    def of(cls, data: ChartData, events: pd.DataFrame | None, height: int,
           words_title: str) -> _RulerShape:
        label_format, ticks = _time_axis_shape(data.points["at"])
        if data.grouping != "check-in":  # a group's point stands for days, not a moment
            label_format = DAY_FORMAT
        return cls(data.grouping, bool((data.points["words"] != "").any()),
                   label_format, ticks, events is not None and not events.empty, height,
                   words_title)


def _ruler_layers(points: _Source, events: _Source | None, shape: _RulerShape) -> alt.LayerChart:
    names = [r.name for r in RULERS]
    # One legend: colour and point shape per ruler (the lines' dashes repeat the cue).
    legend = alt.Legend(orient="top", title=None, symbolStrokeWidth=0, symbolSize=120)
    # A day's point is its last check-in, a longer span's the average of its check-ins.
    value_title = "Rating" if shape.grouping in ("check-in", "day") else "Average rating"
    base = alt.Chart(points).encode(
        x=alt.X("at:T", title=None, scale=alt.Scale(padding=14),
                axis=_time_axis(shape.label_format, shape.ticks)),
        y=alt.Y("value:Q", title=value_title, scale=alt.Scale(domain=[0, 10], nice=False),
                axis=alt.Axis(values=list(range(0, 11)))),
        color=alt.Color("ruler:N", title=None, legend=legend,
                        scale=alt.Scale(domain=names, range=[RULER_COLOURS[n] for n in names])),
    )
    tooltip = [
        alt.Tooltip("label:N", title="When"),
        alt.Tooltip("ruler:N", title="Ruler"),
        alt.Tooltip("value:Q", title=value_title),
    ]
    if shape.grouping != "check-in":
        tooltip.append(alt.Tooltip("checkins:Q", title="Check-ins"))
    if shape.words:
        tooltip.append(alt.Tooltip("words:N", title=shape.words_title))
    lines = base.mark_line(strokeWidth=2).encode(
        strokeDash=alt.StrokeDash("ruler:N", legend=None,
                                  scale=alt.Scale(domain=names,
                                                  range=[RULER_DASHES[n] for n in names])),
    )
    marks = base.mark_point(size=70, filled=True, opacity=1).encode(
        shape=alt.Shape("ruler:N", title=None, legend=legend,
                        scale=alt.Scale(domain=names, range=[RULER_SHAPES[n] for n in names])),
        tooltip=tooltip,
    )
    layers = [lines, marks]
    if events is not None:
        # Charted a day at a time, a marker stands on its day's point, not hours after it.
        at = alt.X("at:T", timeUnit="yearmonthdate") if shape.grouping == "day" else "at:T"
        rules = alt.Chart(events).mark_rule(color=EVENT_COLOUR, strokeDash=[2, 4]).encode(
            x=at, tooltip=[alt.Tooltip("label:N", title="Marker")]
        )
        layers.insert(0, rules)
    # No zoom or pan (no ``.interactive()``): the mouse wheel over the chart scrolls the page.
    return alt.layer(*layers).properties(height=shape.height)


def _described(chart: alt.TopLevelMixin, description: str | None) -> alt.TopLevelMixin:
    return chart if description is None else chart.properties(description=description)


def ruler_chart(data: ChartData, events: pd.DataFrame | None = None, height: int = 320,
                words_title: str = "In your words",
                description: str | None = None) -> alt.LayerChart:
    """Importance, confidence and readiness over time on a fixed 0-10 axis.

    Points carry tooltips with the date and the person's own follow-up answer. ``events``
    (columns ``at`` and ``label``) become dated vertical markers, such as a values sort.
    ``description``, the summary sentence shown beside the chart, becomes its accessible
    description (Vega-Lite's top-level ``description``).
    """
    shape = _RulerShape.of(data, events, height, words_title)
    return _described(_ruler_layers(data.points, events if shape.events else None, shape),
                      description)


def ruler_spec(data: ChartData, events: pd.DataFrame | None = None, height: int = 320,
               words_title: str = "In your words", description: str | None = None) -> dict:
    """:func:`ruler_chart` as a Vega-Lite dict with its data in ``datasets`` (points first,
    then the events), ready for ``st.vega_lite_chart``."""
    shape = _RulerShape.of(data, events, height, words_title)
    datasets = {POINTS: data.points}
    if shape.events:
        datasets[EVENTS] = events
    return _with_data(_ruler_template(shape), datasets, description)


@lru_cache(maxsize=64)
def _ruler_template(shape: _RulerShape) -> str:
    return _template(_ruler_layers(alt.NamedData(name=POINTS),
                                   alt.NamedData(name=EVENTS) if shape.events else None, shape))


_THEME_VIEW = {"continuousWidth": 300, "continuousHeight": 300}
"""What Altair's default theme adds to every spec (Streamlit draws without it)."""


def _template(chart: alt.TopLevelMixin) -> str:
    """``chart.to_dict()``, validated, without the default theme's view size, as JSON (each
    use parses its own copy: Streamlit edits the spec it is given)."""
    spec = chart.to_dict()
    config = spec.get("config", {})
    view = config.get("view", {})
    if all(view.get(k) == v for k, v in _THEME_VIEW.items()):
        for key in _THEME_VIEW:
            view.pop(key)
        if not view:
            config.pop("view")
        if not config:
            spec.pop("config")
    return json.dumps(spec)


def _with_data(template: str, datasets: dict[str, pd.DataFrame],
               description: str | None = None) -> dict:
    spec = json.loads(template)
    spec["datasets"] = datasets
    if description is not None:
        spec["description"] = description
    return spec


# Sustain talk in a quiet grey (#767676, 4.5:1 on the page; #BBBBBB was 1.8:1), never red.
TALK_COLOURS = {"For changing": "#0072B2", "For how things are": "#767676"}
TALK_TITLES = {"week": "Week of", "month": "Month", "year": "Year"}
TALK_FORMATS = {"week": DAY_FORMAT, "month": "%B %Y", "year": "%Y"}
TALK_TIME_UNITS = {"week": "yearmonthdate", "month": "yearmonth", "year": "year"}
"""Each grouping's time unit: the bars' x is a band (ordinal) per week, month or year."""


def _talk_bars(counts: _Source, grouping: str, height: int) -> alt.Chart:
    sides = list(TALK_COLOURS)
    # A banded (ordinal) time axis, so the two sides stand side by side within each week
    # (xOffset needs a discrete x; on a continuous one Vega-Lite drops it and stacks them).
    return alt.Chart(counts).mark_bar(opacity=0.9).encode(
        x=alt.X("week:O", timeUnit=TALK_TIME_UNITS[grouping], title=None,
                scale=alt.Scale(paddingInner=0.2),
                axis=alt.Axis(format=TALK_FORMATS[grouping], formatType="time", labelAngle=0,
                              labelOverlap=True)),
        xOffset=alt.XOffset("side:N", sort=sides, scale=alt.Scale(domain=sides)),
        y=alt.Y("sentences:Q", title="Sentences", axis=alt.Axis(tickMinStep=1)),
        color=alt.Color("side:N", title=None, sort=sides,
                        scale=alt.Scale(domain=sides, range=[TALK_COLOURS[s] for s in sides]),
                        legend=alt.Legend(orient="top")),
        tooltip=[alt.Tooltip("week:T", title=TALK_TITLES[grouping], format=TALK_FORMATS[grouping]),
                 alt.Tooltip("side:N", title="Kind"), alt.Tooltip("sentences:Q", title="Sentences")],
    ).properties(height=height)


def talk_chart(counts: pd.DataFrame | TalkData, height: int = 240,
               description: str | None = None) -> alt.Chart:
    """Sentences for changing and about how things are, per week (or per month or year for
    long histories, see ``progress.talk_points``), side by side.

    Sustain talk is drawn in a quiet grey, never red: it is acknowledged, not a mistake.
    ``description`` (the summary shown beside the chart) is its accessible description.
    """
    data = counts if isinstance(counts, TalkData) else TalkData(counts, "week")
    return _described(_talk_bars(data.counts, data.grouping, height), description)


def talk_spec(data: TalkData, height: int = 240, description: str | None = None) -> dict:
    """:func:`talk_chart` as a Vega-Lite dict with its data in ``datasets``."""
    return _with_data(_talk_template(data.grouping, height), {COUNTS: data.counts}, description)


@lru_cache(maxsize=8)
def _talk_template(grouping: str, height: int) -> str:
    return _template(_talk_bars(alt.NamedData(name=COUNTS), grouping, height))
