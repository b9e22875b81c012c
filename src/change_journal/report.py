"""The printable report: ruler charts for a period, the person's own words, the current plan.

One self-contained HTML file. Why HTML rather than PDF: it opens offline in any browser on
any device, prints through the browser onto whatever paper the printer holds (A4 or Letter:
the page sets margins, never a paper size) and "Save as PDF" in the same dialog gives a PDF
when one is wanted; its text stays selectable, searchable and readable by screen readers; and
it needs no PDF engine on the server.

Charts are the same :func:`charts.ruler_chart` the Progress page shows, rendered to SVG
offline by ``vl-convert`` (Vega-Lite compiled in-process, no network) and embedded as
``data:`` images, so one chart's markup cannot clash with another's or with the page. A
Content-Security-Policy forbids every fetch: nothing is loaded from anywhere when it is opened.

Usage::

    html = build_report(db, user_id, "Quarter", tz="Europe/London")
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from html import escape

import altair as alt
import vl_convert
from sqlite_utils import Database

from change_journal import charts, clock, markers, plans, progress, summary
from change_journal.config import SAFETY_NOTE
from change_journal.prompts import PromptBook, load_prompts
from change_journal.rulers import RULERS
from change_journal.store import changes, users

CHART_WIDTH, CHART_HEIGHT = 640, 250
NOTE_LINES = 6
"""Ruled lines left at the end for handwritten notes."""
PERIOD_NAMES = {"Month": "the last month", "Quarter": "the last three months",
                "Year": "the last year", "All": "all time"}


@dataclass(frozen=True)
class ChangeReport:
    """What the report shows for one change."""

    title: str
    why_now: str
    sentence: str
    chart_svg: str | None
    grouping: str
    marks: list[str]
    """What the chart's dotted vertical lines mark, like "Plan version 2 (3 Jun 2026)"."""
    summary: summary.Summary
    plan_version: plans.PlanRow | None
    plan_pairs: list[tuple[str, str]]


def build_report(db: Database, user_id: int, range_name: str, *, tz: str = "UTC",
                 change_ids: list[int] | None = None, now: datetime | None = None,
                 book: PromptBook | None = None) -> str:
    """The report as one HTML document for the person's active changes (or ``change_ids``)."""
    now = now or datetime.now(UTC)
    account = users.get_user(db, user_id)
    if account is None:
        raise LookupError("This account no longer exists.")
    book = book or load_prompts()
    since_at = progress.since(range_name, now)
    chosen = [c for c in changes.list_changes(db, user_id)
              if change_ids is None or c.id in change_ids]
    reports = [change_report(db, user_id, c, since_at, tz, book) for c in chosen]
    closing = book.set(summary.CLOSING_SET).prompts[0].text
    return _page(account.username, range_name, since_at, now, tz, reports, closing)


def change_report(db: Database, user_id: int, change: changes.Change, since_at: str | None,
                  tz: str, book: PromptBook) -> ChangeReport:
    """The chart, words and plan of one change, for the period from ``since_at``."""
    frame = progress.history(db, user_id, change.id, since_at, tz)
    svg, grouping, marks = None, "check-in", []
    if not frame.empty:
        data = progress.chart_data(frame)
        events = markers.timeline_events(db, user_id, change.id, since_at)
        svg = chart_svg(charts.ruler_chart(data, markers.for_chart(events, tz),
                                           height=CHART_HEIGHT).properties(width=CHART_WIDTH))
        grouping = data.grouping
        marks = [f"{label} ({clock.day(at.isoformat(), tz)})"
                 for at, label in zip(events["at"], events["label"], strict=True)]
    gathered = summary.build_summary(db, user_id, change, book)
    in_period = tuple(
        replace(s, quotes=kept)
        for s in gathered.sections
        if (kept := tuple(q for q in s.quotes if q.question != summary.WHY_NOW_QUESTION
                          and (since_at is None or q.at >= since_at)))
    )
    versions = plans.versions(db, user_id, change.id)
    latest = versions[-1] if versions else None
    return ChangeReport(
        title=change.title, why_now=change.why_now, sentence=progress.summary(frame),
        chart_svg=svg, grouping=grouping, marks=marks,
        summary=replace(gathered, sections=in_period),
        plan_version=latest, plan_pairs=plans.as_pairs(book, latest) if latest else [],
    )


def chart_svg(chart: alt.TopLevelMixin) -> str:
    """An Altair chart as SVG markup, rendered in-process with no network access."""
    return vl_convert.vegalite_to_svg(chart.to_dict())


def _page(username: str, range_name: str, since_at: str | None, now: datetime, tz: str,
          reports: list[ChangeReport], closing: str) -> str:
    today = clock.day(now.isoformat(), tz)
    start = f"from {clock.day(since_at, tz)} " if since_at else ""
    period = f"{PERIOD_NAMES[range_name].capitalize()}: {start}to {today}"
    body = "".join(_change_section(r, tz) for r in reports) or (
        '<section><p>There are no changes in this journal yet, so there is nothing to report. '
        'Once you name a change and check in, this report fills in.</p></section>'
    )
    lines = '<div class="line"></div>' * NOTE_LINES
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"
      content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Change Journal report: {escape(username)}, {escape(today)}</title>
<style>{_CSS}</style>
</head>
<body>
<header>
<p class="hint">To print it or keep a PDF, use your browser's Print command (Ctrl+P or ⌘P).
It fits A4 and Letter paper.</p>
<h1>Change Journal</h1>
<p class="meta">A report for <strong>{escape(username)}</strong> · {escape(period)}</p>
</header>
{body}
<section class="notes">
<h2>{escape(closing)}</h2>
<p class="meta">Room for your own notes, before or during a session.</p>
{lines}
</section>
<footer>
<p>Made with Change Journal on {escape(today)}. It holds your private writing: share it only
if you choose to.</p>
<p>{escape(SAFETY_NOTE)}</p>
</footer>
</body>
</html>
"""


def _change_section(report: ChangeReport, tz: str) -> str:
    parts = [f'<section class="change">\n<h2>{escape(report.title)}</h2>']
    if report.why_now:
        parts.append(f'<p class="label">Why now, in your words</p>'
                     f'<blockquote>{escape(report.why_now)}</blockquote>')
    parts.append("<h3>Importance, confidence and readiness</h3>")
    parts.append(f"<p>{escape(report.sentence)}</p>")
    if report.chart_svg:
        image = base64.b64encode(report.chart_svg.encode("utf-8")).decode("ascii")
        each = "a check-in" if report.grouping == "check-in" else f"the average of a {report.grouping}"
        marked = f" Dotted vertical lines: {escape(', '.join(report.marks))}." \
            if report.marks else ""
        legend = ", ".join(f"{r.name.lower()} {style}" for r, style in
                           zip(RULERS, ("solid line, circles", "dashed line, squares",
                                        "dotted line, triangles"), strict=True))
        parts.append(
            f'<figure><img src="data:image/svg+xml;base64,{image}" '
            f'alt="{escape(report.sentence)}" width="{CHART_WIDTH}">'
            f"<figcaption>Ratings from 0 to 10; each point is {each}. "
            f"{legend.capitalize()}.{marked}</figcaption></figure>"
        )
    for line in report.summary.affirmations:
        parts.append(f'<p class="affirmation">{escape(line)}</p>')
    parts.append("<h3>In your own words</h3>")
    if report.summary.top_values:
        when = report.summary.top_values_at
        sorted_on = f" (sorted on {escape(clock.day(when, tz))})" if when else ""
        parts.append(f'<p class="label">Your top values{sorted_on}</p>'
                     f'<p class="values">{escape(" · ".join(report.summary.top_values))}</p>')
    if not report.summary.sections:
        parts.append("<p>No words from this period yet.</p>")
    for section in report.summary.sections:
        parts.append(f"<h4>{escape(section.title)}</h4>\n<ul class=\"quotes\">")
        for quote in section.quotes[:summary.SHOWN]:
            times = f" · written {quote.times} times" if quote.times > 1 else ""
            text = quote.text + ("…" if quote.excerpt else "")
            parts.append(
                f"<li><blockquote>{escape(text)}</blockquote>"
                f'<p class="source">{escape(clock.day(quote.at, tz))} · '
                f"{escape(quote.source)} · “{escape(quote.question)}”{times}</p></li>"
            )
        parts.append("</ul>")
    parts.append("<h3>Your current plan</h3>")
    if report.plan_version is None:
        parts.append("<p>No plan yet. A plan is there whenever you want one.</p>")
    else:
        version = report.plan_version
        parts.append(f'<p class="meta">Version {version.version}, written '
                     f"{escape(clock.day(version.created_at, tz))}</p>\n<dl class=\"plan\">")
        for label, text in report.plan_pairs:
            parts.append(f"<dt>{escape(label)}</dt><dd>{escape(text)}</dd>")
        parts.append("</dl>")
    parts.append("</section>")
    return "\n".join(parts)


_CSS = """
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
       sans-serif; font-size: 11pt; line-height: 1.45; color: #1f2328; background: #fff;
       max-width: 46rem; margin: 2rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.7rem; margin: 0 0 .2rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; padding-bottom: .2rem;
     border-bottom: 1px solid #d0d7de; }
h3 { font-size: 1.05rem; margin: 1.3rem 0 .4rem; }
h4 { font-size: .95rem; margin: .9rem 0 .3rem; color: #3d444d; }
.meta, figcaption, .source, .label, footer { color: #57606a; }
.label { font-size: .85rem; margin: .6rem 0 .15rem; }
.hint { font-size: .85rem; background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px;
        padding: .4rem .7rem; }
figure { margin: .4rem 0 1rem; }
figure img { display: block; width: 100%; height: auto; }
figcaption { font-size: .8rem; margin-top: .2rem; }
blockquote { margin: 0; padding: .1rem 0 .1rem .75rem; border-left: 3px solid #0072B2;
             white-space: pre-wrap; overflow-wrap: anywhere; }
ul.quotes { list-style: none; padding: 0; margin: 0; }
ul.quotes li { margin: 0 0 .65rem; }
.source { font-size: .78rem; margin: .1rem 0 0 .85rem; }
.affirmation { font-style: italic; }
.values { margin-top: 0; }
dl.plan dt { font-weight: 600; margin-top: .55rem; }
dl.plan dd { margin: .1rem 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.notes .line { border-bottom: 1px solid #afb8c1; height: 2.1rem; }
footer { margin-top: 2rem; padding-top: .5rem; border-top: 1px solid #d0d7de; font-size: .8rem; }
@page { margin: 16mm 15mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  .hint { display: none; }
  section.change + section.change { break-before: page; }
  h2, h3, h4, .label { break-after: avoid; }
  figure, ul.quotes li, dt, dd, .notes { break-inside: avoid; }
}
"""
