"""Progress: importance, confidence and readiness over time, with a summary and a table."""

import streamlit as st

from change_journal import charts, markers, progress, talk
from change_journal.rulers import RULERS
from change_journal.ui import session, widgets

database = session.db()
account = session.require_account("person")

st.title("Progress", anchor=False)
change = widgets.working_on(
    database, account,
    empty="Once you name a change and check in, your progress will show here.",
)
range_name = st.segmented_control("Time range", options=list(progress.RANGES), default="Quarter",
                                  key="progress_range") or "Quarter"
since_at, tz = progress.since(range_name), session.viewer_timezone()
shown = progress.period(database, account.id, change.id, since_at, tz)

if shown.empty:
    st.info(progress.nothing_in_period(database, account.id, change.id, tz))
    st.page_link("pages/check_in.py", label="Check in now", icon=":material/edit_note:")
    st.stop()

st.markdown(shown.summary)
chart_tab, table_tab = st.tabs(["Chart", "Table"])
with chart_tab:
    events = markers.for_chart(markers.timeline_events(database, account.id, change.id, since_at), tz)
    # A prepared spec (charts.ruler_spec): Altair builds and validates it once per kind of chart.
    # The summary sentence above is also the chart's accessible description.
    st.vega_lite_chart(charts.ruler_spec(shown.chart, events=events, description=shown.summary),
                       width="stretch")
    markers_said = " Dotted lines mark values sorts and plan versions." if len(events) else ""
    if shown.chart.point_caption:
        st.caption(f"{shown.chart.point_caption} The table lists every check-in with your words."
                   + markers_said)
    else:
        st.caption("Hover over or tap a point to see the date and your own words." + markers_said)
with table_tab:
    pages = shown.table_pages
    # Keyed by the change and range too, so another of either starts again at the newest.
    number = widgets.page_picker(pages, key=f"progress_table_page:{change.id}:{range_name}:{pages}")
    if pages > 1:
        first, last = shown.table_span(number)
        st.caption(f"Check-ins {first:,} to {last:,} of {shown.checkins:,} in this period, newest "
                   "first. Settings has a download of everything.")
    # The date stays in view, and the three numbers fit a phone's width, as the words scroll.
    # As tall as its rows (a page holds progress.TABLE_PAGE_ROWS): none cut off at the foot.
    st.dataframe(progress.table_page(database, account.id, change.id, since_at, tz, number),
                 hide_index=True, width="stretch", height="content",
                 column_config={"Date": st.column_config.TextColumn(pinned=True),
                                **{r.name: st.column_config.NumberColumn(width="small")
                                   for r in RULERS}})

st.subheader("Your words for changing and for how things are", anchor=False)
waiting = talk.count_pending(database, account.id, change.id)
counts = talk.over_time(database, account.id, change.id, since_at, tz)
talk_summary = talk.weekly_summary(counts)
st.markdown(talk_summary)
if talk.any_talk(counts):
    st.vega_lite_chart(charts.talk_spec(talk.points(counts), description=talk_summary),
                       width="stretch")
st.caption("Sentences you wrote that speak for the change (change talk), and about what keeps "
           "things as they are (sustain talk, a normal part of weighing a change), as recognised "
           "by a simple reading of your words. "
           + (f"{talk.bars_caption(counts)} " if talk.any_talk(counts) else "")
           + (f"{waiting:,} older entries are still being read; they will show on later visits."
              if waiting else ""))
