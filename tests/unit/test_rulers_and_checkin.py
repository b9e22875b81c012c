"""Ruler follow-ups (MI rules), check-in validation, reflection and affirmation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from change_journal import checkin
from change_journal.rulers import RULERS, RULERS_BY_KEY, follow_ups
from change_journal.store.checkins import AnswerIn
from change_journal.validation import InputError

IMPORTANCE = RULERS_BY_KEY["importance"]
CONFIDENCE = RULERS_BY_KEY["confidence"]


@pytest.mark.parametrize(
    ("rating", "expected"),
    [
        (0, ["What would have to happen for this to become even a little important to you?"]),
        (1, ["Why a 1 and not a 0?", "What would it take to go from 1 to 2 or 3?"]),
        (2, ["Why a 2 and not a lower number, like 0?", "What would it take to go from 2 to 3 or 4?"]),
        (6, ["Why a 6 and not a lower number, like 4 or 0?",
             "What would it take to go from 6 to 7 or 8?"]),
        (9, ["Why a 9 and not a lower number, like 7 or 0?", "What would it take to go from 9 to 10?"]),
        (10, ["Why a 10 and not a lower number, like 8 or 0?", "What helps you keep it at 10?"]),
    ],
)
def test_follow_up_questions_for_each_rating(rating, expected):
    assert [f.text for f in follow_ups(IMPORTANCE, rating)] == expected


@pytest.mark.parametrize("ruler", RULERS, ids=lambda r: r.key)
@pytest.mark.parametrize("rating", range(11))
def test_never_asks_why_not_ten_or_why_so_low(ruler, rating):
    for follow in follow_ups(ruler, rating):
        text = follow.text.lower()
        assert "not a 10" not in text and "not 10" not in text
        assert "so low" not in text and "higher number" not in text


def test_low_confidence_with_high_importance_suggests_smaller_steps():
    hinted = follow_ups(CONFIDENCE, 4, importance=8)[1]
    assert "smaller first step" in hinted.hint
    assert follow_ups(CONFIDENCE, 4, importance=5)[1].hint == ""
    assert follow_ups(CONFIDENCE, 8, importance=9)[1].hint == ""


@pytest.mark.parametrize("rating", [-1, 11, 2.5, "7"])
def test_follow_ups_refuse_ratings_off_the_scale(rating):
    with pytest.raises(ValueError, match="0 to 10"):
        follow_ups(IMPORTANCE, rating)


def full_draft(**ratings):
    values = {"importance": 7, "confidence": 4, "readiness": 5, **ratings}
    return {"ratings": values, "texts": {}}


@pytest.mark.parametrize(
    ("ratings", "message"),
    [
        ({"importance": None}, "Choose a number from 0 to 10 for importance"),
        ({"confidence": 11}, "Choose a whole number from 0 to 10 for confidence"),
        ({"readiness": -2}, "Choose a whole number from 0 to 10 for readiness"),
        ({"readiness": "ten"}, "Choose a whole number from 0 to 10 for readiness"),
        ({"importance": True}, "Choose a whole number from 0 to 10 for importance"),
    ],
)
def test_missing_or_out_of_range_ratings_are_explained(ratings, message):
    with pytest.raises(InputError, match=message):
        checkin.build_checkin(full_draft(**ratings), previous_checkins=0)


def test_only_questions_for_the_current_ratings_are_saved():
    draft = full_draft(importance=0)
    draft["texts"] = {
        "checkin.importance.zero": "  If my doctor said so.  ",
        "checkin.importance.why_not_lower": "left over from when it was a 6",
        "checkin.how_going": "",
        "checkin.note": "Bought walking shoes",
    }
    ratings, answers = checkin.build_checkin(draft, previous_checkins=2)
    assert ratings == {"importance": 0, "confidence": 4, "readiness": 5}
    assert [(a.prompt_id, a.text) for a in answers] == [
        ("checkin.importance.zero", "If my doctor said so."),
        ("checkin.note", "Bought walking shoes"),
    ]


def test_an_over_long_answer_is_refused_with_the_limit():
    draft = full_draft()
    draft["texts"] = {"checkin.note": "x" * 5_001}
    with pytest.raises(InputError, match="limit is 5,000"):
        checkin.build_checkin(draft, previous_checkins=0)


def test_first_and_later_checkins_ask_how_things_are_going_differently():
    assert checkin.how_going_question(0).text == checkin.HOW_GOING_FIRST
    assert checkin.how_going_question(3).text == checkin.HOW_GOING_AGAIN


NOW = datetime(2026, 5, 1, 12, tzinfo=UTC)


def test_reflection_quotes_the_persons_own_words():
    answers = [AnswerIn("checkin.how_going", "Q", "Two dry evenings."),
               AnswerIn("checkin.confidence.why_not_lower", "Q", "I did it last spring.")]
    reflection = checkin.reflect({"importance": 7, "confidence": 5, "readiness": 6}, answers,
                                 checkin_number=1, previous_at=None, saved_at=NOW)
    quoted = [words for _lead, words, _marks in reflection.lines]
    assert quoted == ["Two dry evenings.", "I did it last spring."]
    assert "Confidence is a 5 for you" in reflection.lines[1][0]


@pytest.mark.parametrize(
    ("number", "previous", "answers", "expected"),
    [
        (1, None, [], "You took a first honest look"),
        (4, NOW - timedelta(days=2), [], "This is check-in 4 on this change"),
        (5, NOW - timedelta(days=12), [], "You came back to this after 12 days"),
        (2, NOW - timedelta(days=1), [AnswerIn("checkin.readiness.what_would_it_take", "Q", "x")],
         "You named what could help you move"),
        (2, NOW - timedelta(days=1), [AnswerIn("checkin.importance.why_not_lower", "Q", "x")],
         "You put your own reasons into words"),
    ],
)
def test_affirmations_are_built_from_what_the_person_did(number, previous, answers, expected):
    text = checkin.affirmation(answers, number, previous, NOW)
    assert expected in text
    for generic in ("great job", "well done", "awesome", "amazing"):
        assert generic not in text.lower()


@pytest.mark.parametrize(("rating", "expected"), [(6, "Why a 6 "), (8, "Why an 8 "), (1, "Why a 1 ")])
def test_the_question_reads_naturally_aloud(rating, expected):
    assert follow_ups(IMPORTANCE, rating)[0].text.startswith(expected)
