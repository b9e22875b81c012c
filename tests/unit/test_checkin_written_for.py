"""A ruler's follow-up answer keeps the number it was written for: when the rating changes
afterwards, the answer is never saved under the new number's question ("Why a 7 ...?" for words
written to "Why a 5 ...?"), nor lost when the new number asks other questions (0, or from 0).
The box says so; the person's edit, or their word that it fits, makes it the new one's answer.
"""

from __future__ import annotations

import copy
import json

import pytest

from change_journal import checkin
from change_journal.rulers import RULERS_BY_KEY
from change_journal.store import changes, drafts, users

IMPORTANCE = RULERS_BY_KEY["importance"]
WHY = "checkin.importance.why_not_lower"
TAKE = "checkin.importance.what_would_it_take"
ZERO = "checkin.importance.zero"
WHY_5 = "Why a 5 and not a lower number, like 3 or 0?"
TAKE_5 = "What would it take to go from 5 to 6 or 7?"
WHY_7 = "Why a 7 and not a lower number, like 5 or 0?"
TAKE_7 = "What would it take to go from 7 to 8 or 9?"
ZERO_Q = IMPORTANCE.zero_question


def written_at(importance: int, texts: dict[str, str]) -> dict:
    """A draft as kept after the importance answers ``texts`` were typed at ``importance``,
    with the other two rulers chosen."""
    return {"ratings": {"importance": importance, "confidence": 4, "readiness": 5},
            "texts": dict(texts), "written_for": dict.fromkeys(texts, importance)}


def saved(draft: dict) -> list[tuple[str, str, str]]:
    return [(a.prompt_id, a.question, a.text) for a in checkin.build_checkin(draft, 0)[1]]


def test_an_answer_typed_remembers_the_number_whose_question_was_above_its_box():
    draft = written_at(5, {})
    checkin.put_answer(draft, WHY, "My knees ache on the stairs.")
    checkin.put_answer(draft, "checkin.how_going", "Two walks.")
    assert draft == written_at(5, {WHY: "My knees ache on the stairs."}) | {
        "texts": {WHY: "My knees ache on the stairs.", "checkin.how_going": "Two walks."}}
    draft["ratings"]["importance"] = 0
    checkin.put_answer(draft, WHY, "My knees ache.")  # in its own box, under the question for 5
    assert draft["written_for"] == {WHY: 5}
    checkin.put_answer(draft, WHY, "  ")
    assert draft["written_for"] == {}


def test_an_answer_written_for_5_is_saved_with_the_question_for_5_after_the_rating_moves_to_7():
    draft = written_at(5, {WHY: "My knees ache on the stairs.", TAKE: "A friend to walk with."})
    draft["ratings"]["importance"] = 7
    assert saved(draft) == [(WHY, WHY_5, "My knees ache on the stairs."),
                            (TAKE, TAKE_5, "A friend to walk with.")]


def test_the_box_under_the_new_question_says_which_number_its_words_were_written_for():
    draft = written_at(5, {WHY: "My knees ache on the stairs."})
    draft["ratings"]["importance"] = 7
    why, take = checkin.follow_up_boxes(draft, IMPORTANCE)
    assert (why.question.text, why.saved_with.text) == (WHY_7, WHY_5)
    assert why.notice.startswith(f"You wrote this for a 5, when the question was “{WHY_5}” "
                                 "Your rating is now 7.")
    assert why.keep == "My words fit a 7 too"
    assert (take.question.text, take.saved_with.text, take.notice, take.keep) == (
        TAKE_7, TAKE_7, "", "")  # an empty box has nothing to say
    draft["ratings"]["importance"] = 5  # back to the number they were written for: all as asked
    assert [(b.question.text, b.notice) for b in checkin.follow_up_boxes(draft, IMPORTANCE)] == [
        (WHY_5, ""), (TAKE_5, "")]


def test_saying_the_words_fit_the_new_number_saves_them_with_its_question():
    draft = written_at(5, {WHY: "My knees ache on the stairs."})
    draft["ratings"]["importance"] = 7
    checkin.keep_for_rating(draft, WHY)
    assert saved(draft) == [(WHY, WHY_7, "My knees ache on the stairs.")]
    assert checkin.follow_up_boxes(draft, IMPORTANCE)[0].notice == ""


def test_words_changed_under_the_new_question_answer_it():
    draft = written_at(5, {WHY: "My knees ache."})
    draft["ratings"]["importance"] = 7
    checkin.put_answer(draft, WHY, "My knees ache, and my daughter asked me to walk with her.")
    assert saved(draft) == [
        (WHY, WHY_7, "My knees ache, and my daughter asked me to walk with her.")]


def test_answers_written_for_5_are_kept_and_saved_with_their_questions_when_the_rating_goes_to_0():
    draft = written_at(5, {WHY: "My knees ache on the stairs.", TAKE: "A friend to walk with."})
    draft["ratings"]["importance"] = 0
    boxes = checkin.follow_up_boxes(draft, IMPORTANCE)
    assert [(b.question.text, b.saved_with.text) for b in boxes] == [
        (ZERO_Q, ZERO_Q), (WHY_5, WHY_5), (TAKE_5, TAKE_5)]
    assert [b.notice.startswith("You wrote this for a 5. At 0 the question is a different one")
            for b in boxes] == [False, True, True]
    assert not any(b.keep for b in boxes)  # 0 asks neither: nothing to fit
    assert not checkin.answers_set_aside(draft, IMPORTANCE, [b.question for b in boxes])
    checkin.put_answer(draft, ZERO, "If my doctor said so.")
    checkin.put_answer(draft, TAKE, "A friend to walk with, on Sundays.")  # edited in its own box
    assert saved(draft) == [(ZERO, ZERO_Q, "If my doctor said so."),
                            (WHY, WHY_5, "My knees ache on the stairs."),
                            (TAKE, TAKE_5, "A friend to walk with, on Sundays.")]
    checkin.put_answer(draft, WHY, "")  # cleared: left out
    assert [q for _p, q, _t in saved(draft)] == [ZERO_Q, TAKE_5]


def test_an_answer_written_at_0_is_saved_with_the_zero_question_when_the_rating_rises():
    draft = written_at(0, {ZERO: "If my doctor said so."})
    draft["ratings"]["importance"] = 5
    assert [(b.question.text, bool(b.notice)) for b in checkin.follow_up_boxes(draft, IMPORTANCE)] \
        == [(WHY_5, False), (TAKE_5, False), (ZERO_Q, True)]
    assert saved(draft) == [(ZERO, ZERO_Q, "If my doctor said so.")]


@pytest.fixture
def person(db):
    user_id = users.create_user(db, "river", "river", "hash")
    change_id = changes.add_change(db, user_id, "Walk most days")
    return user_id, changes.get_change(db, user_id, change_id)


def test_a_draft_kept_before_answers_had_numbers_reads_them_as_written_for_the_rating_it_held(
        db, person):
    user_id, change = person
    old = {"uid": "0b6f", "step": 1, "ratings": {"importance": 5},
           "texts": {WHY: "My knees ache.", "checkin.confidence.why_not_lower": "Left from a 6.",
                     "checkin.how_going": "Fine."}}
    drafts.save_draft(db, user_id, checkin.FORM, change.id, old)
    draft = checkin.load_draft(db, user_id, change.id)
    assert draft["written_for"] == {WHY: 5}
    assert checkin.load_draft(db, user_id, change.id) == {**old, "written_for": {WHY: 5}}
    draft["ratings"].update(importance=7, confidence=0, readiness=5)
    assert checkin.follow_up_boxes(draft, IMPORTANCE)[0].saved_with.text == WHY_5
    confidence = RULERS_BY_KEY["confidence"]
    shown = [b.question for b in checkin.follow_up_boxes(draft, confidence)]
    assert checkin.answers_set_aside(draft, confidence, shown)  # its number unknown: set aside
    assert [q for _p, q, _t in saved(draft)] == [checkin.HOW_GOING_FIRST, WHY_5]
    json.dumps(draft)  # still a plain, storable dict


def test_the_reflection_does_not_lead_words_written_for_5_in_as_an_answer_about_10(db, person):
    user_id, change = person
    draft = checkin.load_draft(db, user_id, change.id)
    draft["ratings"].update(importance=5, confidence=4, readiness=5)
    checkin.put_answer(draft, TAKE, "I want to walk with a friend.")
    draft["ratings"]["importance"] = 10
    done = checkin.save(db, user_id, change, draft, tz="UTC")
    assert [(a.question, a.text) for a in done.answers] == [(TAKE_5, "I want to walk with a friend.")]
    said = checkin.reflection(db, user_id, change, done, tz="UTC").plain()
    assert "“I want to walk with a friend.”" in said
    assert "at 10" not in said


def two_windows(db, person, importance: int, texts: dict[str, str]) -> tuple[dict, dict]:
    """Two windows on one stored check-in, each with what it last kept (the same draft)."""
    user_id, change = person
    draft = checkin.load_draft(db, user_id, change.id)
    draft.update(written_at(importance, texts), step=1)
    drafts.save_draft(db, user_id, checkin.FORM, change.id, draft)
    return copy.deepcopy(draft), copy.deepcopy(draft)


def keep(db, person, window: dict, kept: dict) -> dict:
    """``window`` keeps its draft (taking in the other window's first); what it kept now."""
    user_id, change = person
    checkin.keep_draft(db, user_id, change.id, window, kept)
    return copy.deepcopy(window)


def test_words_typed_in_one_window_keep_their_number_when_the_other_moved_the_rating(db, person):
    """Window B moves importance to 7 and says the words fit; window A, still at 5, rewrites
    them: A's words stay written for 5, not filed under B's 7 (adversarial round 11, F1)."""
    a, b = two_windows(db, person, 5, {WHY: "I walked twice last week."})
    a_kept, b_kept = copy.deepcopy(a), copy.deepcopy(b)
    b["ratings"]["importance"] = 7
    checkin.keep_for_rating(b, WHY)
    keep(db, person, b, b_kept)
    checkin.put_answer(a, WHY, "Only a 5, honestly: I walked twice but hated it.")
    keep(db, person, a, a_kept)
    assert a["ratings"]["importance"] == 7  # the other window's number came in
    assert a["written_for"][WHY] == 5
    assert saved(a)[0] == (WHY, WHY_5, "Only a 5, honestly: I walked twice but hated it.")
    assert checkin.follow_up_boxes(a, IMPORTANCE)[0].notice  # and the box says so


def test_words_typed_in_one_window_are_kept_when_the_other_cleared_them_and_chose_0(db, person):
    """Window B clears the answer and chooses 0; what window A then types stays, in a box of its
    own under the question for 5, and is saved with it (adversarial round 11, F2)."""
    a, b = two_windows(db, person, 5, {WHY: "I walked twice last week."})
    a_kept, b_kept = copy.deepcopy(a), copy.deepcopy(b)
    checkin.put_answer(b, WHY, "")
    b["ratings"]["importance"] = 0
    keep(db, person, b, b_kept)
    checkin.put_answer(a, WHY, "It matters because my knees feel better when I walk.")
    keep(db, person, a, a_kept)
    assert a["ratings"]["importance"] == 0
    boxes = checkin.follow_up_boxes(a, IMPORTANCE)
    assert [box.question.text for box in boxes] == [ZERO_Q, WHY_5]
    assert not checkin.answers_set_aside(a, IMPORTANCE, [box.question for box in boxes])
    assert (WHY, WHY_5, "It matters because my knees feel better when I walk.") in saved(a)


def test_saying_the_words_fit_in_one_window_comes_into_the_other(db, person):
    """Words untouched in window A take the number window B said they fit."""
    a, b = two_windows(db, person, 5, {WHY: "I walked twice last week."})
    a_kept, b_kept = copy.deepcopy(a), copy.deepcopy(b)
    b["ratings"]["importance"] = 7
    checkin.keep_for_rating(b, WHY)
    keep(db, person, b, b_kept)
    keep(db, person, a, a_kept)
    assert a["written_for"][WHY] == 7
    assert saved(a)[0] == (WHY, WHY_7, "I walked twice last week.")


def test_a_draft_kept_before_answers_had_numbers_keeps_them_when_it_is_kept_again(db, person):
    """The numbers worked out for an older draft survive its being kept (merged with the stored
    draft, which has none yet), so a rating changed afterwards still files the words under the
    question they answered."""
    user_id, change = person
    drafts.save_draft(db, user_id, checkin.FORM, change.id,
                      {"uid": "0b6f", "step": 1, "ratings": {"importance": 5},
                       "texts": {WHY: "My knees ache."}})
    draft = checkin.load_draft(db, user_id, change.id)
    kept = copy.deepcopy(draft)
    draft["step"] = 2
    keep(db, person, draft, kept)
    assert draft["written_for"] == {WHY: 5}
    draft["ratings"].update(importance=7, confidence=4, readiness=5)
    assert (WHY, WHY_5, "My knees ache.") in saved(draft)


def test_words_both_windows_wrote_for_different_numbers_are_not_merged_under_one_question(
        db, person):
    a, b = two_windows(db, person, 5, {WHY: "I walked twice last week."})
    a_kept, b_kept = copy.deepcopy(a), copy.deepcopy(b)
    b["ratings"]["importance"] = 7
    checkin.put_answer(b, WHY, "Seven: the stairs are easier already.")
    keep(db, person, b, b_kept)
    checkin.put_answer(a, WHY, "I walked twice last week, and it helped.")
    keep(db, person, a, a_kept)
    for _prompt_id, question, text in saved(a):
        assert "Seven" not in text or question == WHY_7, (question, text)


def test_words_both_windows_wrote_for_one_number_are_both_kept(db, person):
    a, b = two_windows(db, person, 5, {WHY: "I walked twice."})
    a_kept, b_kept = copy.deepcopy(a), copy.deepcopy(b)
    checkin.put_answer(b, WHY, "I walked twice. The stairs are easier.")
    keep(db, person, b, b_kept)
    checkin.put_answer(a, WHY, "I walked twice. It helped.")
    keep(db, person, a, a_kept)
    assert (WHY_5, "I walked twice. The stairs are easier.\n\nIt helped.") in [
        (question, text) for _prompt_id, question, text in saved(a)]


def test_words_longer_than_a_draft_keeps_stay_whole_in_their_window(db, person):
    """A stored draft keeps at most ``DRAFT_TEXT_CHARS`` of a box; the window that typed more
    keeps all of it (a walk-through saw its box cut, "changed in another window" beside it,
    with no other window open), while words another window writes since still come in."""
    from change_journal.validation import DRAFT_TEXT_CHARS

    long = "I walked. " * (DRAFT_TEXT_CHARS // 10 + 200)
    a, b = two_windows(db, person, 5, {WHY: "I walked twice."})
    a_kept = copy.deepcopy(a)
    checkin.put_answer(a, WHY, long)
    a_kept = keep(db, person, a, a_kept)
    for _again in range(2):
        a_kept = keep(db, person, a, a_kept)
        assert a["texts"][WHY] == long
    b_kept = keep(db, person, b, copy.deepcopy(b))  # b takes in what a stored: the clipped words
    assert b["texts"][WHY] == long[:DRAFT_TEXT_CHARS]
    checkin.put_answer(b, WHY, "Only twice.")
    keep(db, person, b, b_kept)
    keep(db, person, a, a_kept)
    assert a["texts"][WHY] == "Only twice."


def test_words_longer_than_a_draft_keeps_lose_nothing_when_both_windows_change_them(db, person):
    """A review found window A losing 2,000 of its own characters: the merge took what A last
    kept, unclipped, for what the store held before B wrote."""
    from change_journal.validation import DRAFT_TEXT_CHARS

    long = " ".join(f"walk{n}" for n in range(DRAFT_TEXT_CHARS // 5))
    a, b = two_windows(db, person, 5, {WHY: "I walked twice."})
    a_kept, b_kept = copy.deepcopy(a), copy.deepcopy(b)
    checkin.put_answer(a, WHY, long)
    a_kept = keep(db, person, a, a_kept)
    b_kept = keep(db, person, b, b_kept)  # b takes in what a stored: the clipped words
    checkin.put_answer(b, WHY, "Monday. " + b["texts"][WHY])
    keep(db, person, b, b_kept)
    checkin.put_answer(a, WHY, long + " Sunday.")
    keep(db, person, a, a_kept)
    merged = a["texts"][WHY]
    assert merged.startswith("Monday. ") and merged.endswith(f"{long[-20:]} Sunday.")
    assert len(merged) > len(long)  # before: cut to about what a draft keeps
