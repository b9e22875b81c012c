"""Ruler follow-ups (MI rules), check-in validation, reflection and affirmation."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from change_journal import checkin, reflections, talk
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


def reflected(answers, ratings=None, before=None):
    said = [reflections.Answer(a.prompt_id, a.question, a.text,
                               tuple(talk.marks(a.text, a.question, "Drink less")))
            for a in answers]
    return reflections.reflect(ratings or {"importance": 7, "confidence": 5, "readiness": 6},
                               said, before=before, has_plan=False, turn=0, tz="UTC", now=NOW)


def test_reflection_quotes_the_persons_own_words():
    answers = [AnswerIn("checkin.how_going", "Q", "Two dry evenings."),
               AnswerIn("checkin.confidence.why_not_lower", "Q", "I did it last spring.")]
    reflection = reflected(answers)
    quoted = [q for s in reflection.sentences for q in s.quotes]
    assert quoted and all(any(q in a.text for a in answers) for q in quoted)
    assert [a.text for a in reflection.answers] == ["Two dry evenings.", "I did it last spring."]
    assert reflection.question.plain().endswith("?")


RUN = "I went for a run instead of opening a bottle."


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ([], None),
        ([reflections.Answer("checkin.importance.why_not_lower", "Q", "I want my evenings back.",
                             (talk.Mark("change", "desire", "I want my evenings back."),))], None),
        ([reflections.Answer("checkin.how_going", "Q", RUN,
                             (talk.Mark("change", "taking_steps", RUN),))],
         f"What you did, in your words: “{RUN}” That was your doing."),
    ],
)
def test_affirmations_are_built_from_what_the_person_did(answers, expected):
    said = reflections.reflect({"importance": 7, "confidence": 5, "readiness": 6}, answers,
                               before=None, has_plan=False, turn=0, tz="UTC", now=NOW)
    assert (said.affirmation.plain() if said.affirmation else None) == expected
    for generic in ("great job", "well done", "awesome", "amazing", "check-in"):
        assert generic not in said.plain().lower()


@pytest.mark.parametrize(("rating", "expected"), [(6, "Why a 6 "), (8, "Why an 8 "), (1, "Why a 1 ")])
def test_the_question_reads_naturally_aloud(rating, expected):
    assert follow_ups(IMPORTANCE, rating)[0].text.startswith(expected)


def test_answers_a_new_number_no_longer_asks_are_named_as_set_aside():
    """Answers written at importance 5, then the number changed to 0 (which asks other
    questions): the page says they are kept in the draft but not saved with this number."""
    importance = RULERS_BY_KEY["importance"]
    draft = {"ratings": {"importance": 5}, "texts": {
        q.prompt_id: "my reason" for q in checkin.follow_up_questions(importance, 5)}}
    assert not checkin.answers_set_aside(draft, importance,
                                         checkin.follow_up_questions(importance, 5))
    assert checkin.answers_set_aside(draft, importance, checkin.follow_up_questions(importance, 0))
    # Another ruler's answers, and empty boxes, are not this ruler's to name.
    confidence = RULERS_BY_KEY["confidence"]
    assert not checkin.answers_set_aside(draft, confidence,
                                         checkin.follow_up_questions(confidence, 0))
    empty = {"texts": {q.prompt_id: "  " for q in checkin.follow_up_questions(importance, 5)}}
    assert not checkin.answers_set_aside(empty, importance,
                                         checkin.follow_up_questions(importance, 0))
