"""The benchmark's floor: the least a page can do to show a time range's check-ins.

It loads the same rows as the Progress page for the same range (every check-in of the range,
fetched from SQLite) and draws as many points as the page's charts hold, in one plain
Vega-Lite line chart. bench/run.py runs it through AppTest in two ways: alone ("bare"), and in
the place of pages/progress.py inside the real app.py ("in the app"), so that it also pays
for the session check and the menu every signed-in page pays for.

Reads from the environment: BENCH_DB, BENCH_USER, BENCH_CHANGE, BENCH_SINCE (empty: all),
BENCH_POINTS (how many points to draw).
"""

import os

import pandas as pd
import streamlit as st

from change_journal.store import open_db

database = open_db(os.environ["BENCH_DB"], migrate=False)
user_id, change_id = int(os.environ["BENCH_USER"]), int(os.environ["BENCH_CHANGE"])
points = int(os.environ["BENCH_POINTS"])
rows = database.execute(
    "SELECT created_at, importance, confidence, readiness FROM checkins"
    " WHERE user_id = ? AND change_id = ? AND created_at >= ? ORDER BY created_at",
    [user_id, change_id, os.environ.get("BENCH_SINCE", "")],
).fetchall()
database.close()
# One point per rating, newest last, repeated when the range holds fewer than ``points``.
flat = [(at, value) for at, *ratings in rows for value in ratings] or [("2000-01-01", 0)]
drawn = (flat * (points // len(flat) + 1))[-points:] if points else []
frame = pd.DataFrame(drawn, columns=["at", "value"])
st.vega_lite_chart(frame, {"mark": "line", "encoding": {"x": {"field": "at", "type": "temporal"},
                                                         "y": {"field": "value",
                                                               "type": "quantitative"}}},
                   width="stretch")
