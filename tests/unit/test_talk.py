"""The person's change talk: marks on answers, stored counts, weekly totals and their chart."""

from __future__ import annotations

import pandas as pd
import pytest

from change_journal import change_talk, charts, talk
from change_journal.store import changes, checkins, users
from change_journal.store.checkins import AnswerIn
from change_journal.store.talk import count_uncounted

RATINGS = {"importance": 7, "confidence": 5, "readiness": 6}


@pytest.fixture
def person(db):
    user_id = users.create_user(db, "alex", "alex", "hash")
    return user_id, changes.add_change(db, user_id, "Drink less")


def save(db, person, at, *texts):
    user_id, change_id = person
    checkins.save_checkin(db, user_id, change_id, RATINGS,
                          [AnswerIn("checkin.note", "Anything else?", t) for t in texts],
                          created_at=at)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I will stop buying wine on Monday.", [("change", "commitment")]),
        ("I want to drink less. I like a glass after work.",
         [("change", "desire"), ("sustain", "reasons")]),
        ("It rained all week.", []),
    ],
)
def test_marks_name_each_sentence_that_speaks_for_or_against(text, expected):
    found = talk.marks(text, change="drink less")
    assert [(m.side, m.kind) for m in found] == expected
    assert all(m.sentence in text for m in found)


def test_mark_labels_and_explanations_stay_even_toned_for_sustain_talk():
    mark = talk.Mark("sustain", "reasons", "I like a glass after work.")
    assert mark.label == "How things are: reasons"
    assert "normal part of weighing a change" in mark.explanation
    for judgemental in ("wrong", "bad", "mistake", "excuse", "should"):
        assert judgemental not in mark.explanation.lower()


def test_describe_lists_kinds_once_for_a_table_cell():
    text = "I will walk daily. I will also swim. I like my sofa."
    assert talk.describe(text, change="move more") == "Commitment; How things are: reasons"


def test_counts_are_stored_once_and_weekly_totals_add_up(db, person):
    save(db, person, "2026-03-02T09:00:00+00:00", "I will walk to work.", "It was sunny.")
    save(db, person, "2026-03-04T09:00:00+00:00", "I like my evening wine.")
    save(db, person, "2026-03-10T09:00:00+00:00", "I want to drink less. I'm going to cut down.")
    user_id, change_id = person
    assert talk.count_pending(db, user_id, change_id, "drink less", None) == 0
    assert count_uncounted(db, user_id, change_id, None, change_talk.VERSION) == 0
    weekly = talk.weekly(db, user_id, change_id, None)
    table = {(str(r.week.date()), r.side): r.sentences for r in weekly.itertuples()}
    assert table == {
        ("2026-03-02", "For changing"): 1, ("2026-03-02", "For how things are"): 1,
        ("2026-03-09", "For changing"): 2, ("2026-03-09", "For how things are"): 0,
    }
    assert talk.weekly_summary(weekly) == (
        "Over 8 days you wrote 3 sentences for changing and 1 about what keeps things as they are.")


@pytest.mark.parametrize("tz", ["UTC", "Asia/Tokyo"])
def test_talk_and_progress_summaries_name_the_same_span(db, person, tz):
    """Issue 17: "Over 4 weeks and 10 check-ins" sat above "Over 5 weeks you wrote 52 sentences"
    for the same check-ins. Both now count the span with clock.describe_span."""
    from change_journal import progress
    # 10 check-ins over 30 days, Wednesday 1 Apr to Friday 1 May 2026: five Monday-Sunday weeks
    # hold answers, while the span itself rounds to four weeks.
    for n, day in enumerate([1, 4, 8, 11, 15, 18, 22, 25, 29, 31]):
        at = f"2026-04-{day:02d}T09:00:00+00:00" if day <= 30 else "2026-05-01T09:00:00+00:00"
        save(db, person, at, f"I want to drink less. Week note {n}.")
    user_id, change_id = person
    talk.count_pending(db, user_id, change_id, "drink less", None)
    counts = talk.weekly(db, user_id, change_id, None, tz)
    assert counts["week"].nunique() == 5
    ruler_sentence = progress.summary(progress.history(db, user_id, change_id, None, tz))
    talk_sentence = talk.weekly_summary(counts)
    assert ruler_sentence.startswith("Over 4 weeks and 10 check-ins")
    assert talk_sentence.startswith("Over 4 weeks you wrote 10 sentences for changing")


def test_talk_summary_within_one_day(db, person):
    save(db, person, "2026-03-02T09:00:00+00:00", "I want to drink less.")
    save(db, person, "2026-03-02T18:00:00+00:00", "I will cut down.")
    user_id, change_id = person
    talk.count_pending(db, user_id, change_id, "drink less", None)
    assert talk.weekly_summary(talk.weekly(db, user_id, change_id, None)).startswith(
        "Within a day you wrote 2 sentences")


def test_counting_works_in_bounded_batches_and_reports_what_is_left(db, person):
    for day in range(1, 6):
        save(db, person, f"2026-03-0{day}T09:00:00+00:00", "I will walk.")
    user_id, change_id = person
    assert talk.count_pending(db, user_id, change_id, "walk more", None, budget=2) == 3
    assert talk.count_pending(db, user_id, change_id, "walk more", None, budget=2) == 1
    assert talk.count_pending(db, user_id, change_id, "walk more", None, budget=2) == 0


def test_counts_from_an_older_recogniser_version_are_redone(db, person, monkeypatch):
    save(db, person, "2026-03-02T09:00:00+00:00", "I will walk.")
    user_id, change_id = person
    talk.count_pending(db, user_id, change_id, "walk more", None)
    monkeypatch.setattr(change_talk, "VERSION", change_talk.VERSION + 1)
    assert talk.weekly(db, user_id, change_id, None).empty
    talk.count_pending(db, user_id, change_id, "walk more", None)
    assert talk.weekly(db, user_id, change_id, None)["sentences"].sum() == 1


def test_another_persons_answers_are_neither_counted_nor_shown(db, person):
    save(db, person, "2026-03-02T09:00:00+00:00", "I will walk.")
    other = users.create_user(db, "sam", "sam", "hash")
    _user_id, change_id = person
    assert talk.count_pending(db, other, change_id, "walk", None) == 0
    assert talk.weekly(db, other, change_id, None).empty
    assert count_uncounted(db, person[0], change_id, None, change_talk.VERSION) == 1


def test_empty_weeks_get_a_plain_sentence():
    empty = pd.DataFrame(columns=["week", "side", "sentences"])
    assert "No sentences" in talk.weekly_summary(empty)


def test_talk_chart_draws_sustain_talk_in_grey_never_red(db, person):
    save(db, person, "2026-03-02T09:00:00+00:00", "I will walk.", "I like my sofa.")
    user_id, change_id = person
    talk.count_pending(db, user_id, change_id, "move more", None)
    spec = charts.talk_chart(talk.weekly(db, user_id, change_id, None)).to_dict()
    colours = spec["encoding"]["color"]["scale"]["range"]
    assert colours == list(charts.TALK_COLOURS.values()) == ["#0072B2", "#767676"]
    assert spec["mark"]["type"] == "bar"


def test_earlier_answers_tables_name_the_change_talk_in_each_answer(db, person):
    from change_journal import prompts
    from change_journal.store import answers

    user_id, change_id = person
    book = prompts.load_prompts()
    both_sides = book.set("both_sides").prompts
    answers.save_answers(db, user_id, change_id, [
        AnswerIn(both_sides[0].id, both_sides[0].text, "It helps me relax."),
        AnswerIn(both_sides[-1].id, both_sides[-1].text, "I will pour the wine away tonight."),
    ])
    table = prompts.earlier_answers(db, user_id, change_id, both_sides, tz="UTC",
                                    change="drink less")
    assert dict(zip(table["Your answer"], table["Change talk in it"], strict=True)) == {
        "It helps me relax.": "How things are: reasons",
        "I will pour the wine away tonight.": "Commitment",
    }


def test_weeks_are_the_viewers_weeks_not_utc_ones(db, person):
    # Sunday 23:30 UTC is already Monday in Tokyo (UTC+9, no daylight saving).
    save(db, person, "2026-03-08T23:30:00+00:00", "I will walk.")
    user_id, change_id = person
    talk.count_pending(db, user_id, change_id, "walk more", None)
    utc_week = talk.weekly(db, user_id, change_id, None)["week"].iloc[0]
    tokyo_week = talk.weekly(db, user_id, change_id, None, "Asia/Tokyo")["week"].iloc[0]
    assert (str(utc_week.date()), str(tokyo_week.date())) == ("2026-03-02", "2026-03-09")
