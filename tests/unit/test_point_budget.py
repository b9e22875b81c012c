"""Charts stay within their point budget at any history, and the Progress page's SQL path
(``progress.period``) shows exactly what the pandas path shows for the same check-ins.

Also covers the prepared chart specs (``charts.ruler_spec``, ``charts.talk_spec``): the same
Vega-Lite as the Altair builders, with the data as named datasets.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pandas as pd
import pytest

from change_journal import charts, progress, talk
from change_journal.store import changes, checkins, users
from change_journal.store.checkins import AnswerIn

START = datetime(2021, 3, 1, 10, tzinfo=UTC)


def daily(db, days: int, *, every: float = 1.0, start: datetime = START, words: bool = True):
    """A person with a check-in every ``every`` days for ``days`` days; their ids."""
    user = users.create_user(db, "alex", "alex", "hash")
    change_id = changes.add_change(db, user, "Walk more")
    step, n = timedelta(days=every), int(days / every)
    for i in range(n):
        answers = [AnswerIn("checkin.confidence.why_not_lower", "Why?", f"Reason {i}."),
                   AnswerIn("checkin.how_going", "How?", f"Going {i}.")] if words else []
        checkins.save_checkin(db, user, change_id,
                              {"importance": 3 + i % 7, "confidence": i % 11, "readiness": 5},
                              answers, created_at=(start + i * step).isoformat())
    return user, change_id


@pytest.mark.parametrize(
    ("count", "days", "budget", "expected"),
    [
        (10, 9, 120, progress.Grouping("check-in")),
        (120, 400, 120, progress.Grouping("check-in")),
        (300, 0, 120, progress.Grouping("day")),
        (121, 119, 120, progress.Grouping("day")),
        (121, 120, 120, progress.Grouping("week")),
        (3650, 3650, 120, progress.Grouping("month")),
        (10950, 10950, 120, progress.Grouping("year")),
        (10950, 10950, 10, progress.Grouping("year", 4)),
    ],
)
def test_the_finest_grouping_that_fits_the_budget_is_chosen(count, days, budget, expected):
    first = datetime(1996, 1, 1, 9)
    assert progress.choose_grouping(count, first, first + timedelta(days=days), budget) == expected


@pytest.mark.parametrize("budget", [1, 2, 5, 12, 120])
@pytest.mark.parametrize("days", [0, 1, 6, 7, 8, 30, 31, 200, 365, 366, 3650, 36500, 109_500])
def test_no_grouping_ever_gives_more_points_than_the_budget(days, budget):
    first = datetime(1901, 12, 31, 23, 30)
    last = first + timedelta(days=days)
    grouping = progress.choose_grouping(10**6, first, last, budget)
    moments = pd.Series(pd.date_range(first, last, periods=min(5000, days + 2)))
    assert progress.bucket_starts(moments, grouping).nunique() <= budget


@pytest.mark.parametrize(("days", "every", "budget", "grouping"), [
    (40, 1, 120, "check-in"),
    (20, 0.5, 120, "day"),
    (60, 0.25, 120, "day"),  # more check-ins than points, and the days fit
    (1.9, 0.05, 120, "check-in"),
    (300, 1, 120, "week"),
    (420, 1, 20, "month"),
    (1100, 2, 12, "year"),
    (1100, 2, 2, "year"),
])
def test_the_page_shows_what_the_whole_history_shows(db, days, every, budget, grouping):
    user, change_id = daily(db, days, every=every)
    shown = progress.period(db, user, change_id, None, "UTC", max_points=budget)
    frame = progress.history(db, user, change_id, None, "UTC")
    whole = progress.chart_data(frame, max_points=budget)
    assert shown.chart.grouping == whole.grouping == grouping
    columns = ["ruler", "value", "checkins", "label"]
    if grouping == "day":  # words too: a day's are its last check-in's, on both paths
        columns.append("words")
    assert shown.chart.points[columns].equals(whole.points[columns])
    assert (shown.chart.points["at"].to_numpy() == whole.points["at"].to_numpy()).all()
    assert len(shown.chart.points) <= 3 * budget
    assert shown.summary == progress.summary(frame)
    assert shown.checkins == len(frame)
    whole_table = progress.table(frame, limit=None)
    rows = progress.TABLE_PAGE_ROWS
    assert shown.table_pages == -(-len(frame) // rows)
    for number in sorted({1, 2, shown.table_pages}):
        page = progress.table_page(db, user, change_id, None, "UTC", number)
        expected = whole_table.iloc[(number - 1) * rows:number * rows].reset_index(drop=True)
        assert page.equals(expected), number
    assert progress.table_page(db, user, change_id, None, "UTC", shown.table_pages + 1).empty


def test_checkins_sharing_a_day_of_a_longer_chart_are_each_day_s_last(db):
    user, change_id = daily(db, 5, every=0.5)  # 10:00 and 22:00 each day
    chart = progress.period(db, user, change_id, None, "UTC").chart
    importance = chart.points[chart.points["ruler"] == "Importance"]
    assert importance["value"].to_list() == [4, 6, 8, 3, 5]  # what was chosen at 22:00
    assert importance["checkins"].to_list() == [2] * 5
    assert importance["label"].iloc[0] == "1 Mar 2021"
    assert chart.point_caption == ("Some days have more than one check-in: each point is the "
                                   "last check-in of a day.")
    events = pd.DataFrame({"at": [datetime(2021, 3, 2, 15)], "label": ["Plan version 1"]})
    spec = charts.ruler_chart(chart, events).to_dict()
    rule, line = spec["layer"][0], spec["layer"][1]
    assert line["encoding"]["x"]["axis"]["format"] == progress.DAY_FORMAT
    assert line["encoding"]["y"]["title"] == "Rating"
    assert rule["encoding"]["x"]["timeUnit"] == "yearmonthdate"  # on its day's point


def test_hundreds_of_checkins_in_one_day_are_that_day_s_point_labelled_with_its_date(db):
    user, change_id = daily(db, 0.9, every=0.003, words=False,  # 300 in a day
                            start=datetime(2021, 3, 1, 0, 30, tzinfo=UTC))
    chart = progress.period(db, user, change_id, None, "UTC").chart
    importance = chart.points[chart.points["ruler"] == "Importance"]
    assert chart.grouping == "day" and importance["checkins"].to_list() == [300]
    assert importance["value"].to_list() == [3 + 299 % 7]  # the last one's
    assert importance["label"].to_list() == ["1 Mar 2021"]
    line = charts.ruler_chart(chart).to_dict()["layer"][0]
    assert line["encoding"]["x"]["axis"]["format"] == progress.DAY_FORMAT


@pytest.mark.parametrize("days", [3, 61])  # 6 check-ins; 122, more than the points
def test_a_day_s_point_has_the_words_of_its_last_check_in_not_an_earlier_one(db, days):
    user = users.create_user(db, "alex", "alex", "hash")
    change_id = changes.add_change(db, user, "Walk more")
    for day in range(days):
        for hour, rating, words in ((8, 3, [AnswerIn("checkin.importance.why_not_lower", "Why?",
                                                     f"Only a 3, tired on day {day}.")]),
                                    (20, 9, [])):
            checkins.save_checkin(db, user, change_id,
                                  {"importance": rating, "confidence": 5, "readiness": 5}, words,
                                  created_at=(START.replace(hour=hour) + timedelta(days=day))
                                  .isoformat())
    shown = progress.period(db, user, change_id, None, "UTC").chart
    whole = progress.chart_data(progress.history(db, user, change_id, None, "UTC"))
    for chart in (shown, whole):
        importance = chart.points[chart.points["ruler"] == "Importance"]
        assert chart.grouping == "day" and len(importance) == days
        assert set(importance["value"]) == {9} and set(importance["words"]) == {""}


def test_two_checkins_in_one_day_alone_stay_apart_on_an_axis_of_times(db):
    user, change_id = daily(db, 1, every=0.5)
    chart = progress.period(db, user, change_id, None, "UTC").chart
    assert chart.grouping == "check-in" and chart.point_caption is None
    assert chart.points["label"].iloc[:2].to_list() == ["1 Mar 2021, 10:00", "1 Mar 2021, 22:00"]


def test_grouped_points_carry_the_words_of_their_latest_checkin(db):
    user, change_id = daily(db, 300)
    points = progress.period(db, user, change_id, None, "UTC").chart.points
    last_week = points[points["ruler"] == "Confidence"].iloc[-1]
    assert last_week["words"] == "Reason 299."
    assert points.loc[points["ruler"] == "Importance", "words"].eq("").all()


def test_a_range_counts_only_its_own_checkins(db):
    user, change_id = daily(db, 200, start=datetime.now(UTC) - timedelta(days=200))
    month = progress.period(db, user, change_id, progress.since("Month"), "Europe/London")
    assert 30 <= month.checkins <= 31 and month.chart.grouping == "check-in"
    assert progress.period(db, user, change_id, None, "Europe/London").checkins == 200


def test_an_empty_range_shows_nothing(db):
    user, change_id = daily(db, 3, start=datetime(2001, 1, 1, tzinfo=UTC))
    empty = progress.period(db, user, change_id, progress.since("Month"), "UTC")
    assert empty.empty and empty.chart.points.empty and empty.table_pages == 1
    assert progress.table_page(db, user, change_id, progress.since("Month"), "UTC").empty
    assert empty.summary == "No check-ins in this period yet."


@pytest.mark.parametrize("tz", ["Pacific/Kiritimati", "Etc/GMT+12"])
@pytest.mark.parametrize("at", ["0001-01-01T00:00:00.000000+00:00",
                                "9999-12-31T23:59:00.000000+00:00"])
def test_the_page_survives_a_stored_extreme_time(db, at, tz):
    user = users.create_user(db, "alex", "alex", "hash")
    change_id = changes.add_change(db, user, "Walk", created_at=at)
    for _ in range(3):
        checkins.save_checkin(db, user, change_id,
                              {"importance": 5, "confidence": 5, "readiness": 5}, [],
                              created_at=at)
    shown = progress.period(db, user, change_id, None, tz, max_points=2)
    assert shown.checkins == 3 and len(shown.chart.points) == 3
    assert len(progress.table_page(db, user, change_id, None, tz)) == 3
    charts.ruler_spec(shown.chart)


@pytest.mark.parametrize("tz", ["Europe/London", "America/Santiago", "Pacific/Kiritimati",
                                "Asia/Kolkata", "Etc/GMT+12"])
@pytest.mark.parametrize(("budget", "grouping"), [(60, "week"), (14, "month"), (2, "year")])
def test_points_follow_the_viewers_own_midnights_through_daylight_saving(db, tz, budget, grouping):
    # Check-ins every 7 hours across two years meet every local midnight and clock change.
    user, change_id = daily(db, 400, every=7 / 24, start=datetime(2023, 3, 20, tzinfo=UTC),
                            words=False)
    shown = progress.period(db, user, change_id, None, tz, max_points=budget)
    whole = progress.chart_data(progress.history(db, user, change_id, None, tz), max_points=budget)
    assert shown.chart.grouping == whole.grouping == grouping
    columns = ["ruler", "value", "checkins", "label"]
    if grouping == "day":  # words too: a day's are its last check-in's, on both paths
        columns.append("words")
    assert shown.chart.points[columns].equals(whole.points[columns])
    assert (shown.chart.points["at"].to_numpy() == whole.points["at"].to_numpy()).all()


@pytest.mark.parametrize(("first", "last", "grouping", "expected"), [
    (date(2024, 2, 28), date(2024, 3, 1), progress.Grouping("day"),
     [date(2024, 2, 28), date(2024, 2, 29), date(2024, 3, 1)]),
    (date(2024, 2, 29), date(2024, 3, 11), progress.Grouping("week"),
     [date(2024, 2, 26), date(2024, 3, 4), date(2024, 3, 11)]),
    (date(2023, 11, 30), date(2024, 2, 1), progress.Grouping("month"),
     [date(2023, 11, 1), date(2023, 12, 1), date(2024, 1, 1), date(2024, 2, 1)]),
    (date(1994, 6, 1), date(2006, 1, 1), progress.Grouping("year", 5),
     [date(1990, 1, 1), date(1995, 1, 1), date(2000, 1, 1), date(2005, 1, 1)]),
])
def test_bucket_days_run_from_the_first_bucket_to_the_last(first, last, grouping, expected):
    assert progress.bucket_days(first, last, grouping) == expected


def test_talk_counts_are_summed_by_month_then_year_within_the_budget():
    weeks = pd.date_range("1996-01-01", periods=1565, freq="W-MON")
    weekly = pd.DataFrame({"week": list(weeks) * 2,
                           "side": ["For changing"] * 1565 + ["For how things are"] * 1565,
                           "sentences": [2] * 1565 + [1] * 1565})
    assert progress.talk_points(weekly.iloc[:100], 120).grouping == "week"
    monthly = progress.talk_points(weekly[weekly["week"] < "2000-01-01"], 120)
    assert monthly.grouping == "month" and len(monthly.counts) <= 2 * 120
    yearly = progress.talk_points(weekly, 120)
    assert yearly.grouping == "year" and len(yearly.counts) <= 2 * 120
    assert yearly.counts["sentences"].sum() == weekly["sentences"].sum()


def _without_data(spec: dict) -> dict:
    """A spec with its datasets dropped and every data reference named alike."""
    text = json.dumps({k: v for k, v in spec.items() if k != "datasets"})
    for name in spec.get("datasets", {}):
        text = text.replace(f'"{name}"', '"DATA"')
    return json.loads(text)


@pytest.mark.parametrize("days", [3, 300, 1100])
def test_prepared_ruler_spec_is_the_altair_chart_with_named_data(db, days):
    user, change_id = daily(db, days, every=1 if days < 1000 else 2)
    shown = progress.period(db, user, change_id, None, "UTC")
    events = pd.DataFrame({"at": [pd.Timestamp("2021-03-02 12:00")], "label": ["Values sort"]})
    for marks in (None, events):
        spec = charts.ruler_spec(shown.chart, events=marks)
        assert list(spec["datasets"])[0] == charts.POINTS
        assert spec["datasets"][charts.POINTS] is shown.chart.points
        altair = charts.ruler_chart(shown.chart, events=marks).to_dict()
        altair.pop("config", None)
        ours = _without_data(spec)
        for view in (altair, ours):  # Altair names views and selections afresh each time
            view.pop("params", None)
            for layer in view["layer"]:
                layer.pop("name", None)
        assert ours == _without_data(altair)


def test_prepared_talk_spec_is_the_altair_chart_with_named_data():
    counts = pd.DataFrame({"week": [pd.Timestamp("2026-03-02")] * 2,
                           "side": ["For changing", "For how things are"], "sentences": [2, 1]})
    data = progress.TalkData(counts, "week")
    spec = charts.talk_spec(data)
    assert spec["datasets"][charts.COUNTS] is counts
    altair = charts.talk_chart(data).to_dict()
    altair.pop("config", None)
    assert _without_data(spec) == _without_data(altair)
    assert spec["encoding"]["color"]["scale"]["range"] == ["#0072B2", "#767676"]


def test_prepared_specs_carry_the_description_as_the_altair_charts_do(db):
    user, change_id = daily(db, 5)
    shown = progress.period(db, user, change_id, None, "UTC")
    spec = charts.ruler_spec(shown.chart, description=shown.summary)
    altair = charts.ruler_chart(shown.chart, description=shown.summary).to_dict()
    assert spec["description"] == altair["description"] == shown.summary
    assert "description" not in charts.ruler_spec(shown.chart)  # the cached template is shared
    counts = pd.DataFrame({"week": [pd.Timestamp("2026-03-02")] * 2,
                           "side": ["For changing", "For how things are"], "sentences": [2, 1]})
    data = progress.TalkData(counts, "week")
    talk = charts.talk_spec(data, description="In 1 week you wrote 3 sentences.")
    assert talk["description"] == "In 1 week you wrote 3 sentences."
    altair = charts.talk_chart(data, description="In 1 week you wrote 3 sentences.").to_dict()
    altair.pop("config", None)
    assert _without_data(talk) == _without_data(altair)


def test_a_prepared_spec_is_a_fresh_copy_each_time(db):
    user, change_id = daily(db, 5)
    shown = progress.period(db, user, change_id, None, "UTC")
    first = charts.ruler_spec(shown.chart)
    first["layer"][0]["mark"]["type"] = "changed by a caller"
    assert charts.ruler_spec(shown.chart)["layer"][0]["mark"]["type"] != "changed by a caller"


def test_table_pages_are_numbered_from_one(db):
    user, change_id = daily(db, 3)
    with pytest.raises(ValueError, match="numbered from 1"):
        progress.table_page(db, user, change_id, None, "UTC", 0)


@pytest.mark.parametrize(("grouping", "said"), [
    (("week", 1), "Each pair of bars is a week, dated by the Monday it starts."),
    (("month", 1), "Each pair of bars is a month."),
    (("year", 4), "Each pair of bars is 4 years."),
])
def test_the_talk_chart_s_caption_says_what_a_pair_of_bars_stands_for(grouping, said):
    counts = pd.DataFrame(columns=["week", "side", "sentences"])
    counts.attrs["grouping"] = grouping
    assert talk.bars_caption(counts) == said
