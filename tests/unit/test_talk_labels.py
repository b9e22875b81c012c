"""Change-talk labels people can trust: shown only when the recogniser is confident, once per
label, and corrected or removed by the person, which is stored and respected everywhere (the
marks on an answer, tables of earlier answers, weekly counts, "In your own words", the export),
scoped to the person; plus the wording file that says all of it, and the demo journal."""

from __future__ import annotations

import copy
import tomllib

import pytest

from change_journal import (
    change_talk,
    checkin,
    export,
    next_steps,
    prompts,
    report,
    summary,
    talk,
    values,
)
from change_journal.change_talk import Segment, TalkResult
from change_journal.demo import create_demo
from change_journal.store import answers, changes, checkins, plans, users
from change_journal.store.changes import NotYours
from change_journal.store.checkins import AnswerIn
from change_journal.wording import WORDING_FILE, WordingError, check, load_wording
from tests.conftest import FIXED_NOW

RATINGS = {"importance": 7, "confidence": 5, "readiness": 6}


@pytest.fixture
def person(db):
    user_id = users.create_user(db, "alex", "alex", "hash")
    return user_id, changes.add_change(db, user_id, "Drink less")


def reading(monkeypatch, results: dict[str, TalkResult]) -> None:
    """The recogniser reads each sentence as ``results`` says (neutral otherwise)."""
    def analyse(text, prompt=None, change=None):
        found, start = [], 0
        for sentence in text.split("|"):
            stop = start + len(sentence)
            found.append(Segment(start, stop, sentence, results.get(
                sentence, TalkResult("neutral", None, None, ()))))
            start = stop + 1
        return found
    monkeypatch.setattr(change_talk, "analyse", analyse)


def sure(label, kind, confidence=0.9):
    return TalkResult(label, kind, "preparatory", ("cue",), confidence)


def test_a_label_is_shown_only_when_the_recogniser_is_confident(monkeypatch):
    reading(monkeypatch, {"I want less.": sure("change", "desire"),
                          "I might.": sure("change", "ability", change_talk.SHOW_THRESHOLD - 0.01),
                          "I like it.": sure("sustain", "reasons", change_talk.SHOW_THRESHOLD)})
    found = talk.marks("I want less.|I might.|I like it.")
    assert [(m.side, m.kind, m.sentence) for m in found] == [
        ("change", "desire", "I want less."), ("sustain", "reasons", "I like it.")]
    assert found[0].triggers == ("cue",)


def test_the_same_label_on_several_sentences_shows_once_with_all_its_sentences(monkeypatch):
    reading(monkeypatch, {"I want less.": sure("change", "desire"),
                          "I want calm.": sure("change", "desire"),
                          "I like it.": sure("sustain", "reasons")})
    groups = talk.label_groups(talk.marks("I want less.|I want calm.|I like it."))
    assert [(g.label, g.sentences) for g in groups] == [
        ("Desire", ("I want less.", "I want calm.")), ("How things are: reasons", ("I like it.",))]
    assert talk.describe("I want less.|I want calm.|I like it.") == "Desire; How things are: reasons"


@pytest.mark.parametrize(("side", "kind", "expected"), [
    ("none", None, []),
    ("change", "taking_steps", [("change", "taking_steps", True)]),
    ("sustain", None, [("sustain", None, True)]),
])
def test_a_correction_takes_the_place_of_the_recognisers_reading(db, person, monkeypatch, side,
                                                                 kind, expected):
    reading(monkeypatch, {"I poured it away.": sure("change", "desire"),
                          "  i POURED it   away.": sure("change", "desire")})
    user_id, change_id = person
    talk.correct(db, user_id, change_id, ["I poured it away."], side, kind)
    fixes = talk.corrections(db, user_id, change_id)
    assert [(m.side, m.kind, m.corrected) for m in talk.marks("I poured it away.", None, None, fixes)] \
        == expected
    if side == "none":  # the same words, spaced or cased differently, are the same sentence
        assert talk.marks("  i POURED it   away.", None, None, fixes) == []


def test_a_correction_labels_even_words_the_recogniser_left_unlabelled(db, person, monkeypatch):
    reading(monkeypatch, {})
    user_id, change_id = person
    talk.correct(db, user_id, change_id, ["Bought sparkling water."], "change", "taking_steps")
    found = talk.marks("Bought sparkling water.", None, None,
                       talk.corrections(db, user_id, change_id))
    assert [(m.label, m.corrected) for m in found] == [("Steps taken", True)]


def test_undo_brings_the_recognisers_reading_back(db, person, monkeypatch):
    reading(monkeypatch, {"I want less.": sure("change", "desire")})
    user_id, change_id = person
    talk.correct(db, user_id, change_id, ["I want less."], "none")
    assert talk.marks("I want less.", None, None, talk.corrections(db, user_id, change_id)) == []
    talk.undo_correction(db, user_id, change_id, ["I want less."])
    assert [m.kind for m in talk.marks("I want less.", None, None,
                                       talk.corrections(db, user_id, change_id))] == ["desire"]


@pytest.mark.parametrize(("side", "kind", "problem"), [
    ("maybe", None, "change, sustain or none"), ("change", None, "needs its kind"),
    ("change", "wishful", "Unknown kind"),
])
def test_a_malformed_correction_is_refused(db, person, side, kind, problem):
    with pytest.raises(ValueError, match=problem):
        talk.correct(db, person[0], person[1], ["Words."], side, kind)


def test_corrections_are_the_persons_own(db, person, monkeypatch):
    reading(monkeypatch, {"I want less.": sure("change", "desire")})
    user_id, change_id = person
    other = users.create_user(db, "sam", "sam", "hash")
    with pytest.raises(NotYours):
        talk.correct(db, other, change_id, ["I want less."], "none")
    talk.correct(db, user_id, change_id, ["I want less."], "none")
    assert talk.corrections(db, other, change_id) == {}
    talk.undo_correction(db, other, change_id, ["I want less."])
    assert talk.corrections(db, user_id, change_id)
    other_change = changes.add_change(db, other, "Drink less")
    assert talk.corrections(db, other, other_change) == {}


def test_weekly_counts_follow_the_persons_labels(db, person, monkeypatch):
    reading(monkeypatch, {"I will walk.": sure("change", "commitment"),
                          "I like my sofa.": sure("sustain", "reasons")})
    user_id, change_id = person
    checkins.save_checkin(db, user_id, change_id, RATINGS,
                          [AnswerIn("checkin.note", "Anything else?", "I will walk.|I like my sofa.")],
                          created_at="2026-03-02T09:00:00+00:00")
    assert talk.weekly_summary(talk.weekly(db, user_id, change_id, None)).endswith(
        "1 sentence for changing and 1 about what keeps things as they are.")
    talk.correct(db, user_id, change_id, ["I like my sofa."], "none")
    talk.correct(db, user_id, change_id, ["I will walk."], "sustain")
    # Counted again as each label is saved, in the same transaction: nothing waits.
    assert talk.count_pending(db, user_id, change_id) == 0
    assert talk.weekly_summary(talk.weekly(db, user_id, change_id, None)).endswith(
        "0 sentences for changing and 1 about what keeps things as they are.")


def test_a_label_reaches_every_answer_holding_its_words_in_any_case_or_spacing(
        db, person, monkeypatch):
    """Labels apply by the sentence's words, case and spacing aside: every answer holding them
    is read again when one is saved or removed, so what was kept with each answer (counts, the
    summary, the report) says what a fresh reading would (a strict review found the variant
    kept its old reading)."""
    sentence, variant = "I will walk every day.", "i will  WALK every day."
    reading(monkeypatch, {sentence: sure("change", "commitment"),
                          variant: sure("change", "commitment")})
    user_id, change_id = person
    for text in (sentence, variant):
        checkins.save_checkin(db, user_id, change_id, RATINGS,
                              [AnswerIn("checkin.how_going", "How is it going?", text)],
                              created_at="2026-03-02T09:00:00+00:00")
    said = talk.weekly_summary(talk.weekly(db, user_id, change_id, None))
    assert said.endswith("2 sentences for changing and 0 about what keeps things as they are.")
    talk.correct(db, user_id, change_id, [sentence], "sustain")
    assert talk.weekly_summary(talk.weekly(db, user_id, change_id, None)).endswith(
        "0 sentences for changing and 2 about what keeps things as they are.")
    data = report.read_report_data(db, user_id, None, None)
    kept = [talk.stored_marks(version, marks) for version, marks, _lead in
            data.checkin_readings[change_id]]
    assert [[m.side for m in marks] for marks in kept] == [["sustain"], ["sustain"]]
    talk.undo_correction(db, user_id, change_id, [variant])  # removed by its variant's words
    assert talk.weekly_summary(talk.weekly(db, user_id, change_id, None)).endswith(
        "2 sentences for changing and 0 about what keeps things as they are.")


def test_earlier_answers_tables_and_the_summary_respect_the_labels(db, person, monkeypatch):
    reading(monkeypatch, {"I will pour the wine away tonight.": sure("change", "commitment")})
    user_id, change_id = person
    change = changes.get_change(db, user_id, change_id)
    book = prompts.load_prompts()
    better = book.prompts["ambivalence.better"]
    answers.save_answers(db, user_id, change_id, [
        AnswerIn(better.id, better.text, "I will pour the wine away tonight.")])
    table = prompts.earlier_answers(db, user_id, change_id, [better], tz="UTC", change="Drink less")
    assert table["Change talk in it"].tolist() == ["Commitment"]
    assert [m.kind for m in summary.build_summary(db, user_id, change, book).sections[0].quotes[0].talk] \
        == ["commitment"]
    talk.correct(db, user_id, change_id, ["I will pour the wine away tonight."], "none")
    table = prompts.earlier_answers(db, user_id, change_id, [better], tz="UTC", change="Drink less")
    assert table["Change talk in it"].tolist() == [""]
    gathered = summary.build_summary(db, user_id, change, book)
    assert gathered.sections[0].quotes[0].talk == ()
    assert summary.collect(gathered.sections) == ()


def test_the_export_carries_the_persons_labels(db, person):
    user_id, change_id = person
    talk.correct(db, user_id, change_id, ["I like my sofa."], "none")
    talk.correct(db, user_id, change_id, ["I went for a walk."], "change", "taking_steps")
    doc = export.export_document(db, user_id, now=FIXED_NOW)
    [change] = doc["changes"]
    assert [(c["sentence"], c["side"], c["kind"]) for c in change["talk_corrections"]] == [
        ("I like my sofa.", "none", None), ("I went for a walk.", "change", "taking_steps")]


def test_correction_choices_name_every_kind_and_sustain_talk():
    choices = talk.correction_choices()
    assert set(choices.values()) == {("change", k) for k in talk.KIND_NAMES} | {("sustain", None)}


# ------------------------------------------------------------------------------ the wording file


RAW = tomllib.loads(WORDING_FILE.read_text(encoding="utf-8"))


def test_the_shipped_wording_loads():
    assert load_wording().text("checkin.how_going_first").endswith("?")


def walk(node, path=""):
    for key, value in node.items():
        here = f"{path}.{key}" if path else key
        if isinstance(value, dict):
            yield from walk(value, here)
        else:
            yield here, value


@pytest.mark.parametrize(("path", "texts"), [(p, v if isinstance(v, list) else [v])
                                              for p, v in walk(RAW)])
def test_nothing_the_journal_says_praises_pushes_or_judges(path, texts):
    for text in texts:
        low = text.lower()
        for word in ("great", "well done", "proud", "amazing", "awesome", "should", "must ",
                     "failure", "why not 10", "why so low", "streak"):
            assert word not in low, (path, text)


def test_every_question_the_journal_ends_on_is_open():
    for path, texts in walk(RAW["reflection"]["questions"]):
        for text in texts:
            assert text.endswith("?"), (path, text)
            assert not text.lower().startswith(("do you", "are you", "is it", "will you",
                                                "have you", "can you")), text


def test_no_two_questions_share_their_words_so_consecutive_routes_never_repeat_one():
    questions = [q for _path, texts in walk(RAW["reflection"]["questions"]) for q in texts]
    assert len(questions) == len(set(questions))


@pytest.mark.parametrize(("mutate", "message"), [
    (lambda d: d["reflection"]["questions"].update(drop=["What happened?"]), "two variants"),
    (lambda d: d["reflection"]["questions"].update(rise=["What shifted?", "What shifted?"]),
     "repeats"),
    (lambda d: d["affirmation"].update(did=["{quote} Great job!", "{quote} You did that."]),
     "never says"),
    (lambda d: d["checkin"].update(note="Anything you should note?"), "never says"),
    (lambda d: d["checkin"].update(note="Anything about {person}?"), "unknown placeholders"),
    (lambda d: d["checkin"].update(note=""), "non-empty"),
])
def test_a_malformed_wording_file_is_refused_with_a_clear_message(mutate, message):
    data = copy.deepcopy(RAW)
    mutate(data)
    with pytest.raises(WordingError, match=message):
        check(data)


def test_every_help_text_says_something_about_its_question_before_the_limit():
    for prompt in prompts.load_prompts().prompts.values():
        question = prompts.Question(prompt, prompt.text)
        assert prompt.help and question.help.startswith(prompt.help), prompt.id
        assert "Up to 5,000 characters" in question.help
    draft = {"ratings": {"importance": 10, "confidence": 0, "readiness": 4}}
    for question in checkin.questions_for(draft, 1, "3 November"):
        assert not question.help.startswith("Up to"), question.prompt_id
    keeps = [q for q in checkin.questions_for(draft, 1) if q.text == "What helps you keep it at 10?"]
    assert "keeps it where it is" in keeps[0].help


# ------------------------------------------------------------------------------ the demo


def test_the_demo_gives_every_page_something_to_show(seeded_db):
    demo = users.find_user(seeded_db, "demo")
    drink, walk = changes.list_changes(seeded_db, demo.id)
    shots = values.snapshots(seeded_db, demo.id)
    assert len(shots) == 2 and shots[0].top != shots[1].top  # values move between sorts
    written = answers.list_answers(seeded_db, demo.id, drink.id)
    assert {a.subject for a in written} >= {"family", "health"}  # reflections on top values
    assert {"ambivalence.likes", "ambivalence.concerns", "ambivalence.better",
            "ambivalence.both_sides_next", "ambivalence.tried"} <= {a.prompt_id for a in written}
    assert [p.version for p in plans.list_plans(seeded_db, demo.id, drink.id)] == [1, 2]
    texts = [t for *_ids, t in checkins.checkin_answers(seeded_db, demo.id, drink.id)]
    sides = {m.side for t in set(texts) for m in talk.marks(t, None, drink.title)}
    assert sides == {"change", "sustain"}
    for change in (drink, walk):
        rows = checkins.list_checkins(seeded_db, demo.id, change.id)
        ratings = [{k: getattr(r, k) for k in next_steps.RULER_ORDER} for r in rows]
        moved = [next_steps.movement(b, a) for a, b in zip(ratings, ratings[1:], strict=False)]
        assert "rise" in moved and "drop" in moved  # moves worth reflecting on
    routes = []
    for change in (drink, walk):
        stands = checkin.standing(seeded_db, demo.id, change.id)
        routes.append(next_steps.route(stands.ratings, stands.has_plan).name)
    assert routes == ["review_plan", "build_confidence"]  # plan reviewed; confidence to build


def test_the_demo_is_reproducible_to_the_word(db_path, tmp_path):
    from change_journal.store import open_db

    first, second = open_db(db_path), open_db(tmp_path / "other.db")
    for db in (first, second):
        create_demo(db, "pw-pw-pw-pw-1", seed=3, now=FIXED_NOW)
    query = ("SELECT prompt_id, subject, text, created_at FROM answers ORDER BY id")
    assert first.execute(query).fetchall() == second.execute(query).fetchall()
    sorts = "SELECT value_name, pile, top_rank FROM value_sort_cards ORDER BY sort_id, value_name"
    assert first.execute(sorts).fetchall() == second.execute(sorts).fetchall()
