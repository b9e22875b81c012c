"""The printable report: ruler charts for a period, the person's own words, the current plan.

One self-contained HTML file. Why HTML rather than PDF: it opens offline in any browser on
any device, prints through the browser onto whatever paper the printer holds (A4 or Letter:
the page sets margins, never a paper size) and "Save as PDF" in the same dialog gives a PDF
when one is wanted; its text stays selectable, searchable and readable by screen readers; and
it needs no PDF engine on the server.

Load, then compute, then render: :func:`build_report` reads everything once
(:func:`store.report_data.read_report_data`: a fixed number of statements however many changes
and however long the history), pure functions below turn those rows into one
:class:`ChangeReport` per change, and the Jinja2 template ``templates/report.html.j2`` lays
them out. The template escapes every value (``autoescape``, and nothing is marked safe), so
the person's words are always shown as typed and never read as markup.

Charts are the same :func:`charts.ruler_chart` the Progress page shows, rendered to SVG
offline by ``vl-convert`` (Vega-Lite compiled in-process, no network) and embedded as
``data:`` images, so one chart's markup cannot clash with another's or with the page. A
Content-Security-Policy forbids every fetch: nothing is loaded from anywhere when it is opened.

Usage::

    html = build_report(db, user_id, "Quarter", tz="Europe/London")
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache

import altair as alt
import jinja2
import pandas as pd
import vl_convert
from sqlite_utils import Database

from change_journal import charts, clock, markers, plans, progress, summary, talk
from change_journal.changes import Change, list_changes, titles
from change_journal.config import SAFETY_NOTE
from change_journal.prompts import PromptBook, load_prompts
from change_journal.rulers import RULERS
from change_journal.store.plans import PlanRow
from change_journal.store.report_data import ReportData, read_report_data
from change_journal.store.values import SnapshotRow
from change_journal.validation import InputError

CHART_WIDTH, CHART_HEIGHT = 640, 250
MAX_CHANGES = 12
"""The most changes one report holds: each adds a chart and a reading of its words to build, on
a server others share (a journal imported with hundreds of changes took half a minute)."""
NOTE_LINES = 6
"""Ruled lines left at the end for handwritten notes."""
PERIOD_NAMES = {"Month": "the last month", "Quarter": "the last three months",
                "Year": "the last year", "All": "all time"}
TEMPLATE = "report.html.j2"
LINE_STYLES = ("solid line, circles", "dashed line, squares", "dotted line, triangles")
"""How each ruler's line is drawn, in :data:`RULERS` order (the chart's caption says it)."""


@dataclass(frozen=True)
class ChangeReport:
    """What the report shows for one change."""

    title: str
    """The change's name as :func:`changes.titles` gives it ("Walk more (2)" for a repeat)."""
    why_now: str
    sentence: str
    chart_svg: str | None
    grouping: str
    """How the chart's points were made: one of ``progress.GROUPINGS``."""
    marks: list[str]
    """What the chart's dotted vertical lines mark, like "Plan version 2 (3 Jun 2026)"."""
    summary: summary.Summary
    affirmations: list[str]
    """What the person did, said back in their words (plain text, escaped by the template)."""
    plan_version: PlanRow | None
    plan_pairs: list[tuple[str, str]]
    years: int = 1
    """Calendar years per point when ``grouping`` is "year"."""

    @property
    def each_point(self) -> str:
        """What one point of the chart stands for, as the caption says it."""
        return progress.each_point(self.grouping, self.years)

    @property
    def chart_src(self) -> str | None:
        """The chart as a ``data:`` address for an ``<img>`` (base64 has no character that
        needs escaping in an attribute)."""
        if self.chart_svg is None:
            return None
        return "data:image/svg+xml;base64," + base64.b64encode(self.chart_svg.encode()).decode()


def build_report(db: Database, user_id: int, range_name: str, *, tz: str = "UTC",
                 change_ids: list[int] | None = None, now: datetime | None = None,
                 book: PromptBook | None = None) -> str:
    """The report as one HTML document for the person's first :data:`MAX_CHANGES` active changes
    (or ``change_ids``: :class:`InputError` if there are more)."""
    if change_ids is not None and len(change_ids) > MAX_CHANGES:
        raise InputError(f"A report holds up to {MAX_CHANGES} changes: pick fewer.")
    if change_ids is None:
        change_ids = [c.id for c in list_changes(db, user_id)][:MAX_CHANGES]
    now = now or clock.now()
    since_at = progress.since(range_name, now)
    data = read_report_data(db, user_id, change_ids, since_at)
    if data is None:
        raise LookupError("This account no longer exists.")
    return render_report(data, range_name, tz=tz, now=now, book=book or load_prompts())


def render_report(data: ReportData, range_name: str, *, tz: str, now: datetime,
                  book: PromptBook) -> str:
    """The HTML document for rows already read (no database access)."""
    since_at = progress.since(range_name, now)
    today = clock.day(clock.stamp(now), tz)
    named = titles(data.active)
    return _environment().get_template(TEMPLATE).render(
        username=data.username,
        today=today,
        period=PERIOD_NAMES[range_name].capitalize(),
        since_day=clock.day(since_at, tz) if since_at else None,
        reports=[change_report(data, change, named[change.id], since_at, tz, now, book)
                 for change in data.changes],
        closing=book.set(summary.CLOSING_SET).prompts[0].text,
        safety_note=SAFETY_NOTE,
        note_lines=NOTE_LINES,
        chart_width=CHART_WIDTH,
        legend=", ".join(f"{r.name.lower()} {style}"
                         for r, style in zip(RULERS, LINE_STYLES, strict=True)).capitalize(),
        shown=summary.SHOWN,
        day=lambda at: clock.day(at, tz),
    )


@cache
def _environment() -> jinja2.Environment:
    """The templates, every value escaped; an unknown name in a template is an error."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("change_journal", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def change_report(data: ReportData, change: Change, title: str, since_at: str | None, tz: str,
                  now: datetime, book: PromptBook) -> ChangeReport:
    """The chart, words and plan of one change, headed ``title`` (its name, numbered when another
    looks like it), for the period from ``since_at`` (pure)."""
    rows = [r if (at := clock.bounded(r.created_at)) == r.created_at else replace(r, created_at=at)
            for r in data.checkins.get(change.id, ())]  # pandas' range is narrower than ours
    frame = progress.history_frame(rows, data.checkin_answers.get(change.id, ()), tz)
    versions = data.plans.get(change.id, ())
    events = timeline(data.snapshots, versions, since_at)
    svg, grouping, years, marks = None, "check-in", 1, []
    if not frame.empty:
        points = progress.chart_data(frame)
        shown = _for_chart(events, tz)
        chart = charts.ruler_chart(points, shown, height=CHART_HEIGHT)
        svg = chart_svg(chart.properties(width=CHART_WIDTH))
        grouping, years = points.grouping, points.years
        # The caption names the chart's lines: one a day, as drawn.
        marks = [f"{label} ({progress.format_moment(at, progress.DAY_FORMAT)})"
                 for at, label in zip(shown["at"], shown["label"], strict=True)]
    fixes = {talk.sentence_key(sentence): talk.Correction(sentence, side, kind)
             for sentence, side, kind in data.corrections.get(change.id, ())}
    # Words are chosen among the period's, so a long history cannot crowd them out.
    gathered = summary.gather(change, rows, data.checkin_answers.get(change.id, ()),
                              data.answers.get(change.id, ()),
                              [v for v in versions if since_at is None or v.created_at >= since_at],
                              data.snapshots, fixes, book, for_report=True,
                              readings=data.checkin_readings.get(change.id))
    latest = versions[-1] if versions else None
    return ChangeReport(
        title=title, why_now=change.why_now, sentence=progress.summary(frame),
        chart_svg=svg, grouping=grouping, marks=marks, summary=gathered,
        affirmations=[summary.affirm(act, tz, dated=True).plain() for act in gathered.acts],
        plan_version=latest, plan_pairs=plans.as_pairs(book, latest) if latest else [],
        years=years,
    )


def chart_svg(chart: alt.TopLevelMixin) -> str:
    """An Altair chart as SVG markup, rendered in-process with no network access.

    The spec is not validated against the Vega-Lite schema again (about 6 ms a chart):
    :func:`charts.ruler_chart` is tested for a valid spec (``to_dict()`` with validation).
    """
    return vl_convert.vegalite_to_svg(chart.to_dict(validate=False))


def timeline(snapshots: Sequence[SnapshotRow], versions: Sequence[PlanRow],
             since_at: str | None) -> list[tuple[str, str]]:
    """``(UTC time, label)`` of the values sorts and plan versions from ``since_at`` on, oldest
    first: the chart's dotted markers (as :func:`markers.timeline_events`, from rows in hand)."""
    found = [(s.completed_at, "Values sort") for s in snapshots]
    found += [(p.created_at, f"Plan version {p.version}") for p in versions]
    return sorted((at, label) for at, label in found if since_at is None or at >= since_at)


def _for_chart(events: list[tuple[str, str]], tz: str) -> pd.DataFrame:
    """``events`` as :func:`markers.for_chart` gives them to :func:`charts.ruler_chart`."""
    at = pd.to_datetime(pd.Series([clock.bounded(a) for a, _ in events], dtype=object),
                        utc=True, format="ISO8601")
    return markers.for_chart(pd.DataFrame({"at": at, "label": [label for _, label in events]}), tz)
