"""Altair chart builders: pure functions from data frames to charts, no Streamlit."""

from __future__ import annotations

import altair as alt
import pandas as pd

from change_journal.progress import ChartData
from change_journal.rulers import RULERS

# Okabe-Ito colours, safe for the common kinds of colour blindness; each ruler also has
# its own point shape and dash so colour is never the only cue.
RULER_COLOURS = {"Importance": "#0072B2", "Confidence": "#E69F00", "Readiness": "#009E73"}
RULER_SHAPES = {"Importance": "circle", "Confidence": "square", "Readiness": "triangle-up"}
RULER_DASHES = {"Importance": [1, 0], "Confidence": [6, 3], "Readiness": [2, 2]}
EVENT_COLOUR = "#6B6B6B"


def _time_axis(moments: pd.Series) -> alt.Axis:
    """The time axis: labels with the time when everything falls within two days, and, for a
    handful of points, ticks only where the points are (no repeated labels in between)."""
    short = len(moments) > 0 and (moments.max() - moments.min()) < pd.Timedelta(days=2)
    distinct = sorted(set(moments))
    ticks = None
    if len(distinct) <= 6:
        ticks = [alt.DateTime(year=t.year, month=t.month, date=t.day, hours=t.hour,
                              minutes=t.minute, seconds=t.second,
                              milliseconds=t.microsecond // 1000) for t in distinct]
    return alt.Axis(format="%d %b %H:%M" if short else "%d %b %y", labelAngle=0, tickCount=6,
                    values=ticks if ticks is not None else alt.Undefined)


def ruler_chart(data: ChartData, events: pd.DataFrame | None = None, height: int = 320,
                words_title: str = "In your words") -> alt.LayerChart:
    """Importance, confidence and readiness over time on a fixed 0-10 axis.

    Points carry tooltips with the date and the person's own follow-up answer. ``events``
    (columns ``at`` and ``label``) become dated vertical markers, such as a values sort.
    """
    names = [r.name for r in RULERS]
    # One legend: colour and point shape per ruler (the lines' dashes repeat the cue).
    legend = alt.Legend(orient="top", title=None, symbolStrokeWidth=0, symbolSize=120)
    grouped = data.grouping != "check-in"
    value_title = "Average rating" if grouped else "Rating"
    base = alt.Chart(data.points).encode(
        x=alt.X("at:T", title=None, scale=alt.Scale(padding=14),
                axis=_time_axis(data.points["at"])),
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
    if grouped:
        tooltip.append(alt.Tooltip("checkins:Q", title="Check-ins"))
    if (data.points["words"] != "").any():
        tooltip.append(alt.Tooltip("words:N", title=words_title))
    lines = base.mark_line(strokeWidth=2).encode(
        strokeDash=alt.StrokeDash("ruler:N", legend=None,
                                  scale=alt.Scale(domain=names,
                                                  range=[RULER_DASHES[n] for n in names])),
    )
    points = base.mark_point(size=70, filled=True, opacity=1).encode(
        shape=alt.Shape("ruler:N", title=None, legend=legend,
                        scale=alt.Scale(domain=names, range=[RULER_SHAPES[n] for n in names])),
        tooltip=tooltip,
    )
    layers = [lines, points]
    if events is not None and not events.empty:
        rules = alt.Chart(events).mark_rule(color=EVENT_COLOUR, strokeDash=[2, 4]).encode(
            x="at:T", tooltip=[alt.Tooltip("label:N", title="Marker")]
        )
        layers.insert(0, rules)
    return alt.layer(*layers).properties(height=height).interactive(bind_y=False)


def sparkline(points: pd.DataFrame, width: int | str = "container", height: int = 64) -> alt.Chart:
    """A small, axis-free chart of recent ratings (columns ``at``, ``ruler``, ``value``).

    Same colours and dashes as :func:`ruler_chart`, on the same fixed 0-10 scale, so a drop
    looks like a drop whoever's line it is.
    """
    names = [r.name for r in RULERS]
    return alt.Chart(points).mark_line(strokeWidth=1.5, point=alt.OverlayMarkDef(size=12)).encode(
        x=alt.X("at:T", axis=None),
        y=alt.Y("value:Q", axis=None, scale=alt.Scale(domain=[0, 10], nice=False)),
        color=alt.Color("ruler:N", legend=None,
                        scale=alt.Scale(domain=names, range=[RULER_COLOURS[n] for n in names])),
        strokeDash=alt.StrokeDash("ruler:N", legend=None,
                                  scale=alt.Scale(domain=names,
                                                  range=[RULER_DASHES[n] for n in names])),
        tooltip=[alt.Tooltip("at:T", title="When", format="%d %b %Y"),
                 alt.Tooltip("ruler:N", title="Ruler"), alt.Tooltip("value:Q", title="Rating")],
    ).properties(width=width, height=height)


TALK_COLOURS = {"For changing": "#0072B2", "For how things are": "#BBBBBB"}


def talk_chart(counts: pd.DataFrame, height: int = 160) -> alt.Chart:
    """Sentences for changing and about how things are, per week, side by side.

    Sustain talk is drawn in a quiet grey, never red: it is acknowledged, not a mistake.
    """
    sides = list(TALK_COLOURS)
    return alt.Chart(counts).mark_bar(opacity=0.9).encode(
        x=alt.X("week:T", title=None, axis=alt.Axis(format="%d %b %y", labelAngle=0, tickCount=6)),
        xOffset=alt.XOffset("side:N", sort=sides),
        y=alt.Y("sentences:Q", title="Sentences", axis=alt.Axis(tickMinStep=1)),
        color=alt.Color("side:N", title=None, sort=sides,
                        scale=alt.Scale(domain=sides, range=[TALK_COLOURS[s] for s in sides]),
                        legend=alt.Legend(orient="top")),
        tooltip=[alt.Tooltip("week:T", title="Week of", format="%d %b %Y"),
                 alt.Tooltip("side:N", title="Kind"), alt.Tooltip("sentences:Q", title="Sentences")],
    ).properties(height=height)
