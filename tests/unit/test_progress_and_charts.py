"""Progress history, aggregation, the one-sentence summary and the Altair chart spec."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pandas as pd
import pytest

from change_journal import charts, progress
from change_journal.progress import TalkData
from change_journal.store import changes, checkins, users
from change_journal.store.checkins import AnswerIn


def make_history(db, ratings, *, start=datetime(2026, 1, 5, 9, tzinfo=UTC), step_days=7,
                 words=None):
    user = users.create_user(db, "alex", "alex", "hash")
    change_id = changes.add_change(db, user, "Walk more")
    for i, (imp, conf, ready) in enumerate(ratings):
        answers = [AnswerIn("checkin.confidence.why_not_lower", "Why?", words[i])] if words else []
        checkins.save_checkin(
            db, user, change_id, {"importance": imp, "confidence": conf, "readiness": ready},
            answers, created_at=(start + timedelta(days=step_days * i)).isoformat(),
        )
    return user, change_id


def test_history_has_one_row_per_checkin_with_the_persons_words(db):
    user, change_id = make_history(db, [(7, 4, 5), (8, 6, 6)], words=["I did it once", "Again"])
    frame = progress.history(db, user, change_id, None, "Europe/Paris")
    assert list(frame["confidence"]) == [4, 6]
    assert list(frame["confidence_words"]) == ["I did it once", "Again"]
    assert list(frame["importance_words"]) == ["", ""]
    assert str(frame["at"].dt.tz) == "Europe/Paris"


@pytest.mark.parametrize(
    ("ratings", "weeks", "expected"),
    [
        ([], 0, "No check-ins in this period yet."),
        ([(7, 4, 5)], 0, "One check-in in this period: importance 7, confidence 4, readiness 5."),
        ([(8, 4, 3), (8, 7, 5)], 6,
         "Over 6 weeks and 2 check-ins, importance stayed at 8, confidence rose from 4 to 7 and "
         "readiness rose from 3 to 5."),
        ([(7, 4, 5), (8, 5, 5)], 0,
         "Across 2 check-ins within a day, importance rose from 7 to 8, confidence rose from 4 to "
         "5 and readiness stayed at 5."),
        ([(9, 6, 6), (7, 6, 4)], 1,
         "Over 7 days and 2 check-ins, importance moved from 9 to 7, confidence stayed at 6 and "
         "readiness moved from 6 to 4."),
        # Between equal ends it may have moved: the sentence does not say it stayed.
        ([(6, 4, 5), (8, 4, 5), (6, 5, 5)], 1,
         "Over 2 weeks and 3 check-ins, importance was 6 at the first and the latest, confidence "
         "rose from 4 to 5 and readiness was 5 at the first and the latest."),
    ],
)
def test_summary_sentence(db, ratings, weeks, expected):
    user, change_id = make_history(db, ratings, step_days=7 * weeks)
    assert progress.summary(progress.history(db, user, change_id, None)) == expected


def test_a_long_history_counts_its_check_ins_with_thousands_separated(db):
    user, change_id = make_history(db, [(3, 4, 2)] + [(5, 5, 5)] * 1_000 + [(9, 7, 9)],
                                   step_days=1)
    assert progress.period(db, user, change_id, None).summary.startswith(
        "Over 3 years and 1,002 check-ins, importance rose from 3 to 9")


@pytest.mark.parametrize(
    ("days", "expected"),
    [(0, "one day"), (1, "1 day"), (10, "10 days"), (42, "6 weeks"), (120, "4 months"),
     (800, "2 years")],
)
def test_describe_span(days, expected):
    start = datetime(2026, 1, 1, tzinfo=UTC)
    assert progress.describe_span(start, start + timedelta(days=days)) == expected


def test_since_for_each_range():
    now = datetime(2026, 6, 1, tzinfo=UTC)
    assert progress.since("All", now) is None
    assert progress.since("Month", now).startswith("2026-05-01")
    with pytest.raises(ValueError, match="Unknown time range"):
        progress.since("Decade", now)


def test_few_checkins_are_charted_one_point_each(db):
    user, change_id = make_history(db, [(7, 4, 5), (8, 6, 6), (8, 7, 7)])
    data = progress.chart_data(progress.history(db, user, change_id, None))
    assert data.grouping == "check-in"
    assert len(data.points) == 9
    assert set(data.points["ruler"]) == {"Importance", "Confidence", "Readiness"}


def test_long_histories_are_grouped_by_week_then_month(db):
    daily = [(5 + i % 3, 4, 5) for i in range(400)]
    user, change_id = make_history(db, daily, step_days=1)
    frame = progress.history(db, user, change_id, None)
    weekly = progress.chart_data(frame, max_points=100)
    assert weekly.grouping == "week"
    assert len(weekly.points) <= 3 * 60
    assert weekly.points["checkins"].sum() == 3 * 400
    monthly = progress.chart_data(frame, max_points=20)
    assert monthly.grouping == "month"
    assert len(monthly.points) == 3 * 14


def test_tooltip_words_are_shortened_but_table_keeps_them_whole(db):
    long_words = "because " * 60
    user, change_id = make_history(db, [(7, 4, 5)], words=[long_words])
    frame = progress.history(db, user, change_id, None)
    points = progress.chart_data(frame).points
    shown = points.loc[points["ruler"] == "Confidence", "words"].iloc[0]
    assert len(shown) <= progress.QUOTE_CHARS and shown.endswith("…")
    assert progress.table(frame)["Confidence: in your words"].iloc[0] == long_words


def chart_spec(db):
    user, change_id = make_history(db, [(7, 4, 5), (8, 6, 6)], words=["mine", "also mine"])
    return charts.ruler_chart(progress.chart_data(progress.history(db, user, change_id, None))).to_dict()


def test_chart_has_a_fixed_zero_to_ten_axis_and_colour_blind_safe_palette(db):
    spec = chart_spec(db)
    encodings = [layer["encoding"] for layer in spec["layer"]]
    assert all(e["y"]["scale"]["domain"] == [0, 10] for e in encodings)
    assert encodings[0]["color"]["scale"]["range"] == ["#0072B2", "#B35C00", "#009E73"]
    assert "strokeDash" in encodings[0] and "shape" in encodings[1]


def test_chart_points_carry_date_and_the_persons_words_in_tooltips(db):
    spec = chart_spec(db)
    tooltip_fields = [t["field"] for t in spec["layer"][1]["encoding"]["tooltip"]]
    assert tooltip_fields == ["label", "ruler", "value", "words"]
    assert "also mine" in json.dumps(spec)


def test_chart_draws_event_markers_when_given(db):
    user, change_id = make_history(db, [(7, 4, 5)])
    data = progress.chart_data(progress.history(db, user, change_id, None))
    events = pd.DataFrame({"at": [pd.Timestamp("2026-01-06")], "label": ["Values sort"]})
    spec = charts.ruler_chart(data, events=events).to_dict()
    assert spec["layer"][0]["mark"]["type"] == "rule"


def test_chart_axis_shows_times_for_a_short_history_and_dates_for_a_long_one(db):
    user, change_id = make_history(db, [(7, 4, 5), (8, 6, 6)], step_days=0)
    short = charts.ruler_chart(progress.chart_data(progress.history(db, user, change_id, None)))
    axis = short.to_dict()["layer"][0]["encoding"]["x"]["axis"]
    assert axis["format"] == "%-d %b %Y, %H:%M"
    assert len(axis["values"]) == 1  # both check-ins at one moment: one tick, not a row of copies
    frame = progress.history(db, user, change_id, None)
    frame["at"] = frame["at"] + pd.to_timedelta([0, 30], unit="D")
    long = charts.ruler_chart(progress.chart_data(frame))
    assert long.to_dict()["layer"][0]["encoding"]["x"]["axis"]["format"] == "%-d %b %Y"
    many = frame.loc[[0] * 8].reset_index(drop=True)
    many["at"] = many["at"] + pd.to_timedelta(range(8), unit="D")
    assert "values" not in charts.ruler_chart(progress.chart_data(many)).to_dict()[
        "layer"][0]["encoding"]["x"]["axis"]


@pytest.mark.parametrize(("apart", "ticks"), [
    (pd.to_timedelta([0, 20, 40], unit="s"), 1),  # one minute: one label, not three alike
    (pd.to_timedelta([0, 20, 120], unit="s"), 2),
])
def test_check_ins_that_would_share_a_label_share_one_tick(db, apart, ticks):
    user, change_id = make_history(db, [(7, 4, 5)] * 3, step_days=0)
    frame = progress.history(db, user, change_id, None)
    frame["at"] = frame["at"] + apart
    axis = charts.ruler_chart(progress.chart_data(frame)).to_dict()["layer"][0]["encoding"][
        "x"]["axis"]
    assert len(axis["values"]) == ticks


def test_the_table_and_tooltips_write_dates_as_the_rest_of_the_app_does(db):
    # 3 Jun 2026, 14:05 (as clock.day_and_time), never "2026-06-03 14:05" or "03 Jun 26".
    from change_journal import clock

    at = "2026-06-03T13:05:00+00:00"
    user, change_id = make_history(db, [(7, 4, 5)], start=datetime.fromisoformat(at))
    frame = progress.history(db, user, change_id, None, "Europe/London")
    expected = clock.day_and_time(at, "Europe/London")
    assert expected == "3 Jun 2026, 14:05"
    assert progress.table(frame)["Date"].tolist() == [expected]
    shown = progress.period(db, user, change_id, None, "Europe/London")
    assert progress.table_page(db, user, change_id, None, "Europe/London")["Date"].tolist() == [expected]
    assert set(shown.chart.points["label"]) == {expected}
    weekly = progress.point_label(progress.Grouping("week"), pd.Series([pd.Timestamp("2026-06-01")]))
    assert weekly.tolist() == ["Week of 1 Jun 2026"]


def test_the_talk_chart_leaves_its_bars_room_under_the_legend_and_axis():
    """Streamlit draws a chart in the height its spec names, legend and axis included: at 160
    px the bars had about 40 (a first-time user's walk-through could not read them)."""
    data = TalkData(pd.DataFrame({"week": [pd.Timestamp("2026-06-01")] * 2,
                                  "side": list(charts.TALK_COLOURS), "sentences": [9, 2]}), "week")
    assert charts.talk_spec(data)["height"] >= 240
