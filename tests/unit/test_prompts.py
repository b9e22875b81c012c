"""Exploration prompts: the shipped prompts.toml, its validation, answers, drafts and rotation."""

from __future__ import annotations

import copy
import tomllib

import pytest

from change_journal import prompts
from change_journal.config import MAX_TEXT_CHARS
from change_journal.prompts import AnswerSheet, PromptFileError, parse_prompts
from change_journal.store import answers, changes, drafts, users
from change_journal.validation import InputError

RAW = tomllib.loads(prompts.PROMPTS_FILE.read_text(encoding="utf-8"))
BOOK = prompts.load_prompts()


@pytest.fixture
def person(db):
    user_id = users.create_user(db, "alex", "alex", "hash")
    change_id = changes.add_change(db, user_id, "Walk most days")
    return user_id, changes.get_change(db, user_id, change_id)


def test_every_prompt_id_in_the_shipped_file_is_unique():
    ids = [p["id"] for p in RAW["prompts"]]
    assert len(ids) == len(set(ids)) == len(BOOK.prompts)


@pytest.mark.parametrize(("page", "kinds"), sorted(prompts.REQUIRED_KINDS.items()))
def test_every_page_has_the_prompt_sets_it_needs(page, kinds):
    for kind in kinds:
        assert BOOK.sets_of(page, kind), f"{page} lacks a {kind} set"
        assert all(s.prompts for s in BOOK.sets_of(page, kind))


@pytest.mark.parametrize("name", ["looking_back", "looking_forward", "extremes", "past_successes"])
def test_the_four_evocative_angles_are_there_to_choose(name):
    assert BOOK.set(name).kind == "evocative"
    assert BOOK.set(name).page == "ambivalence"


def test_the_decisional_balance_has_four_boxes_and_says_it_is_neutral():
    balance = BOOK.sets_of("ambivalence", "neutral")
    assert len(balance) == 1 and len(balance[0].prompts) == 4
    assert "neutral" in balance[0].title.lower()
    assert "optional" in balance[0].intro.lower()


def test_both_sides_starts_with_what_the_person_likes_and_ends_on_the_change_side():
    ids = [p.id for p in BOOK.set("both_sides").prompts]
    assert ids == ["ambivalence.likes", "ambivalence.concerns", "ambivalence.better"]
    assert BOOK.prompts["ambivalence.likes"].theme is None
    assert BOOK.prompts["ambivalence.better"].theme == "reasons"


@pytest.mark.parametrize("word", ["should", "must", "why not", "failure", "why so low"])
def test_no_prompt_pushes_or_judges(word):
    for prompt in BOOK.prompts.values():
        for text in (prompt.text, *prompt.follow_ups):
            assert word not in text.lower(), prompt.id
    for prompt_set in BOOK.sets.values():
        assert word not in prompt_set.intro.lower(), prompt_set.name


def test_every_prompt_is_an_open_question():
    for prompt in BOOK.prompts.values():
        assert prompt.text.endswith("?"), prompt.id
        assert not prompt.text.lower().startswith(("do you", "are you", "is it", "will you")), prompt.id


def broken(mutate) -> dict:
    data = copy.deepcopy(RAW)
    mutate(data)
    return data


@pytest.mark.parametrize(("mutate", "message"), [
    (lambda d: d["prompts"].append(dict(d["prompts"][0])), "used twice"),
    (lambda d: d["prompts"][0].update(set="nowhere"), "unknown set"),
    (lambda d: d["prompts"][0].update(theme="wishes"), "unknown theme"),
    (lambda d: d["prompts"][0].update(text="What about {person}?"), "unknown placeholders"),
    (lambda d: d["prompts"][0].update(text="What about {value?"), "broken placeholder"),
    (lambda d: d["prompts"][0].update(text=""), "non-empty 'text'"),
    (lambda d: d["prompts"][0].pop("label"), "needs a 'label'"),
    (lambda d: d["sets"]["both_sides"].update(page="elsewhere"), "unknown page"),
    (lambda d: d["sets"]["both_sides"].update(kind="lecture"), "unknown kind"),
    (lambda d: d.update(prompts=[p for p in d["prompts"] if p["set"] != "plan_worksheet"]),
     "no prompts"),
    (lambda d: d["sets"]["summary_closing"].update(kind="reflection"), "summary page has no set"),
])
def test_a_malformed_prompts_file_is_refused_with_a_clear_message(mutate, message):
    with pytest.raises(PromptFileError, match=message):
        parse_prompts(broken(mutate))


def test_an_unreadable_prompts_file_is_refused_with_its_path(tmp_path):
    path = tmp_path / "prompts.toml"
    path.write_text("[sets\n")
    with pytest.raises(PromptFileError, match="prompts.toml"):
        prompts.load_prompts(path)


def test_render_fills_in_the_value_and_the_change():
    fit = BOOK.prompts["values.fit"]
    assert fit.render(value="family", change="Walk most days") == (
        "How does the change you are considering, “Walk most days”, fit with family?"
    )


@pytest.mark.parametrize(("texts", "expected"), [
    ({"ambivalence.likes": "  It helps me unwind. "}, [("ambivalence.likes", "It helps me unwind.")]),
    ({"ambivalence.likes": "", "ambivalence.better": "Sleep\r\nbetter"},
     [("ambivalence.better", "Sleep\nbetter")]),
    ({"ambivalence.concerns": "Money", "ambivalence.better": "Energy"},
     [("ambivalence.concerns", "Money"), ("ambivalence.better", "Energy")]),
])
def test_build_answers_keeps_only_what_was_written_cleaned(texts, expected):
    built = prompts.build_answers(BOOK.set("both_sides").prompts, texts)
    assert [(a.prompt_id, a.text) for a in built] == expected
    assert all(a.question == BOOK.prompts[a.prompt_id].text for a in built)


@pytest.mark.parametrize(("texts", "message"), [
    ({}, "nothing to save"),
    ({"ambivalence.likes": "   \n "}, "nothing to save"),
    ({"ambivalence.likes": "x" * (MAX_TEXT_CHARS + 1)}, "What do you like about how things are now"),
])
def test_build_answers_refuses_empty_or_over_long_answers(texts, message):
    with pytest.raises(InputError, match=message):
        prompts.build_answers(BOOK.set("both_sides").prompts, texts)


def test_a_message_about_an_answer_never_repeats_the_persons_words():
    texts = {"values.fit": "x" * (MAX_TEXT_CHARS + 1)}
    with pytest.raises(InputError) as error:
        prompts.build_answers(BOOK.set("values_reflection").prompts, texts,
                              value="[my value](http://example.com)", change="**Walk**")
    assert "How the change fits with it" in str(error.value)
    assert "example.com" not in str(error.value) and "Walk" not in str(error.value)


def test_reflect_holds_both_sides_and_ends_on_the_change_side():
    texts = {"ambivalence.better": "More energy", "ambivalence.likes": "It's easy",
             "ambivalence.concerns": " My back hurts "}
    lines = prompts.reflect(BOOK.set("both_sides").prompts, texts)
    assert [words for _lead, words in lines] == ["It's easy", "My back hurts", "More energy"]
    assert lines[0][0].startswith("On one hand")


def test_reflect_leaves_out_unanswered_prompts():
    lines = prompts.reflect(BOOK.set("both_sides").prompts, {"ambivalence.likes": " "})
    assert lines == []


@pytest.mark.parametrize(("answered", "expected"), [
    ({}, "looking_back"),
    ({"ambivalence.looking_back": "2026-01-01"}, "looking_forward"),
    ({"ambivalence.looking_back": "2026-03-01", "ambivalence.forward_with": "2026-02-01",
      "ambivalence.extreme_best": "2026-04-01", "ambivalence.tried": "2026-05-01"}, "looking_forward"),
    ({"ambivalence.looking_back": "2026-03-01", "ambivalence.forward_without": "2026-02-01",
      "ambivalence.forward_with": "2026-06-01", "ambivalence.extreme_best": "2026-04-01",
      "ambivalence.tried": "2026-05-01"}, "looking_back"),
])
def test_the_suggested_angle_is_the_one_answered_longest_ago(answered, expected):
    angles = BOOK.sets_of("ambivalence", "evocative")
    assert prompts.suggested_set(angles, answered).name == expected


def test_an_answer_sheet_keeps_a_draft_and_saving_clears_it(db, person):
    user_id, change = person
    sheet = AnswerSheet.open(db, user_id, change, BOOK.set("looking_back").prompts)
    sheet.keep(db, {"ambivalence.looking_back": "I used to run."})
    again = AnswerSheet.open(db, user_id, change, BOOK.set("looking_back").prompts)
    assert again.questions[0].draft == "I used to run."
    again.save(db, {})
    assert drafts.load_draft(db, user_id, again.form, change.id) == {}
    rows = answers.list_answers(db, user_id, change.id)
    assert [(r.prompt_id, r.text, r.subject) for r in rows] == [
        ("ambivalence.looking_back", "I used to run.", "")]


def test_an_answer_sheet_about_a_value_keeps_its_own_draft_and_subject(db, person):
    user_id, change = person
    reflection = BOOK.set("values_reflection").prompts
    family = AnswerSheet.open(db, user_id, change, reflection, subject="family")
    family.keep(db, {"values.meaning": "Being there."})
    health = AnswerSheet.open(db, user_id, change, reflection, subject="health")
    assert health.questions[0].draft == ""
    assert health.questions[0].text == "What does health mean to you?"
    assert family.form != health.form
    AnswerSheet.open(db, user_id, change, reflection, subject="family").save(db, {})
    [row] = answers.list_answers(db, user_id, change.id, subject="family")
    assert (row.question, row.text) == ("What does family mean to you?", "Being there.")


def test_a_failed_save_keeps_the_draft(db, person):
    user_id, change = person
    sheet = AnswerSheet.open(db, user_id, change, BOOK.set("extremes").prompts)
    typed = {"ambivalence.extreme_worst": "x" * (MAX_TEXT_CHARS + 1)}
    sheet.keep(db, typed)
    with pytest.raises(InputError):
        sheet.save(db, typed)
    assert answers.list_answers(db, user_id, change.id) == []
    assert drafts.load_draft(db, user_id, sheet.form, change.id) == typed


def test_keep_draft_writes_only_when_something_changed(db, person, monkeypatch):
    user_id, change = person
    writes = []
    monkeypatch.setattr(drafts, "save_draft", lambda *args: writes.append(args[-1]))
    prompts.keep_draft(db, user_id, "form", change.id, {"a": "same"}, {"a": "same"})
    prompts.keep_draft(db, user_id, "form", change.id, {"a": "same"}, {"a": "new", "b": ""})
    assert writes == [{"a": "new"}]


def test_earlier_answers_are_newest_first_in_the_viewers_day(db, person):
    user_id, change = person
    built = prompts.build_answers(BOOK.set("looking_back").prompts,
                                  {"ambivalence.looking_back": "First"})
    answers.save_answers(db, user_id, change.id, built, created_at="2026-01-01T23:30:00+00:00")
    built = prompts.build_answers(BOOK.set("looking_back").prompts,
                                  {"ambivalence.looking_back": "Second"})
    answers.save_answers(db, user_id, change.id, built, created_at="2026-02-01T10:00:00+00:00")
    table = prompts.earlier_answers(db, user_id, change.id, BOOK.set("looking_back").prompts,
                                    tz="Asia/Tokyo")
    assert table["Your answer"].tolist() == ["Second", "First"]
    assert table["Date"].tolist() == ["1 Feb 2026", "2 Jan 2026"]


@pytest.mark.parametrize(("base", "theirs", "mine", "kept"), [
    ("", "Busy week.", "Walked twice.", "Busy week.\n\nWalked twice."),
    ("", "Busy week.", "Busy week. Walked twice.", "Busy week. Walked twice."),  # carried on
    ("", "Busy week. Walked twice.", "Busy week.", "Busy week. Walked twice."),
    ("", "", "Walked twice.", "Walked twice."),
    ("Busy week.", "Busy week. More.", "  ", "Busy week. More."),  # cleared here: theirs kept
    ("", "Busy week.  ", "  Walked twice.", "Busy week.\n\nWalked twice."),
    # Both added to what both saw: it is written once, then each window's addition.
    ("Evenings on the sofa.", "Evenings on the sofa. With wine.", "Evenings on the sofa. My partner.",
     "Evenings on the sofa. With wine.\n\nMy partner."),
    # A short answer inside a longer one is not carried on by it.
    ("", "No", "Not sure I want to give it up.", "No\n\nNot sure I want to give it up."),
    ("", "Walk", "Walked twice, Tuesday and Sunday.", "Walk\n\nWalked twice, Tuesday and Sunday."),
    ("", "Not sure I want to give it up.", "No", "Not sure I want to give it up.\n\nNo"),
])
def test_words_written_in_two_windows_are_merged_without_losing_either(base, theirs, mine, kept):
    assert prompts.merge_words(base, theirs, mine) == kept
