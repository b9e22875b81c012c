"""The one view of shared progress.

The coach's client page, the person's "what my coach sees" preview and the read-only link page
all draw a change with :func:`render`, so the preview shows exactly what the coach sees.
"""

from __future__ import annotations

import streamlit as st
from sqlite_utils import Database

from change_journal import charts, clock, progress, sharing
from change_journal.params import parse_id
from change_journal.ui import session, widgets

MAX_ANSWERS_SHOWN = 50
CLIENT_KEY = "coach_client"


def render(database: Database, view: sharing.SharedView, *, key: str, level: int = 1) -> None:
    """Draw the shared change: whose (for coaches), its name, a time range, the summary, chart,
    table and the shared written answers.

    ``level`` is the heading level of the first heading drawn (the person's name, else the
    change's name), so that the page's headings never skip a level: 1 on the coach's client
    page, 2 under the read-only link page's title, 3 in the Sharing page's preview.

    Everything is read through :func:`sharing.load_progress`, which the store checks against the
    grant or link on this very rerun.
    """
    tz = session.viewer_timezone()
    if view.owner_name:
        _heading(view.owner_name, level)
        level += 1
    _heading(view.title, level)
    st.caption(f"Shared: {view.shares}.")
    range_name = st.segmented_control("Time range", options=list(progress.RANGES),
                                      default="Quarter", key=f"{key}_range") or "Quarter"
    shared = sharing.load_progress(database, view, progress.since(range_name), tz)
    frame = shared.frame
    if frame.empty:
        st.info("No check-ins in this period.")
        return
    st.markdown(progress.summary(frame))
    data = progress.chart_data(frame)
    names = ["Chart", "Table"] + (["Written answers"] if view.scope == "answers" else [])
    tabs = st.tabs(names)
    with tabs[0]:
        st.altair_chart(charts.ruler_chart(data, words_title="In their words"), width="stretch")
        if data.point_caption:
            st.caption(data.point_caption)
    with tabs[1]:
        st.dataframe(sharing.shared_table(frame), hide_index=True, width="stretch")
    if view.scope == "answers":
        with tabs[2]:
            _answers(shared.answers, shared.saved_at, tz)


def _heading(text: str, level: int) -> None:
    """A heading of ``level`` (1-6) holding user text, escaped, without a "link to heading"
    anchor (which would sit in the tab order)."""
    shown = widgets.md_escape(text)
    draw = {1: st.title, 2: st.header, 3: st.subheader}.get(level)
    if draw is not None:
        draw(shown, anchor=False)
    else:
        st.markdown(f"{'#' * min(level, 6)} {shown}", anchors=False)


def _answers(answers: list[sharing.SharedAnswer], saved_at: dict[int, int], tz: str) -> None:
    if not answers:
        st.info("No written answers are shared for this period.")
        return
    for answer in answers[:MAX_ANSWERS_SHOWN]:
        st.caption(f"{clock.day_and_time(answer.created_at, tz)} · "
                   f"{widgets.md_escape(sharing.answer_heading(answer, saved_at.get(answer.id)))}")
        widgets.quote(answer.text)
    if len(answers) > MAX_ANSWERS_SHOWN:
        st.caption(f"The {MAX_ANSWERS_SHOWN} most recent of {len(answers):,} shared answers in this "
                   "period.")


def requested_client() -> tuple[int | None, int | None]:
    """The ``(client_id, change_id)`` asked for in the URL, else the last one in this session.

    Only a request: the store decides on every read whether the coach may see it.
    """
    params = st.query_params
    if "client" in params or "change" in params:
        ids = (parse_id(params.get("client")), parse_id(params.get("change")))
        if None in ids:
            return None, None
        st.session_state[CLIENT_KEY] = ids
        return ids
    return st.session_state.get(CLIENT_KEY, (None, None))
