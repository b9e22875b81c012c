"""The benchmark's floor: a bare page that queries the same rows and draws one plain chart.

Run by bench/run.py through AppTest; reads the database, user and change from the environment.
"""

import os

import altair as alt
import pandas as pd
import streamlit as st

from change_journal.store import open_db

database = open_db(os.environ["BENCH_DB"], migrate=False)
user_id, change_id = int(os.environ["BENCH_USER"]), int(os.environ["BENCH_CHANGE"])
rows = database.execute(
    "SELECT created_at, importance, confidence, readiness FROM checkins"
    " WHERE user_id = ? AND change_id = ? ORDER BY created_at",
    [user_id, change_id],
).fetchall()
answers = database.execute(
    "SELECT checkin_id, prompt_id, text FROM answers WHERE user_id = ? AND change_id = ?",
    [user_id, change_id],
).fetchall()
frame = pd.DataFrame(rows, columns=["at", "importance", "confidence", "readiness"])
long = frame.melt("at", var_name="ruler", value_name="value")
st.altair_chart(alt.Chart(long).mark_line().encode(x="at:T", y="value:Q", color="ruler:N"))
