"""The collecting summary and the timeline markers: exact quotes with sources and dates, themes,
order, grounded affirmations, no empty sections; values sorts and plan versions as events."""

from __future__ import annotations

import pandas as pd
import pytest

from change_journal import change_talk, markers, plans, prompts, summary, talk, values
from change_journal.store import answers, changes, checkins, users
from change_journal.store.checkins import AnswerIn
from tests.conftest import FIXED_NOW

BOOK = prompts.load_prompts()


@pytest.fixture
def person(db):
    user_id = users.create_user(db, "alex", "alex", "hash")
    change_id = changes.add_change(db, user_id, "Walk most days", created_at="2026-01-01T09:00:00+00:00")
    return user_id, change_id


def change_of(db, user_id, change_id):
    return changes.get_change(db, user_id, change_id)


def checkin(db, user_id, change_id, at, ratings, **words):
    """A check-in whose follow-ups are ``words`` keyed by ruler (importance=..., ...)."""
    answers_in = [AnswerIn(f"checkin.{ruler}.why_not_lower", f"Why a {ratings[ruler]}?", text)
                  for ruler, text in words.items()]
    answers_in.append(AnswerIn("checkin.how_going", "How has it been going?", "A rough week."))
    checkins.save_checkin(db, user_id, change_id, ratings, answers_in, created_at=at)


def answer(db, user_id, change_id, prompt_id, text, at, subject=""):
    prompt = BOOK.prompts[prompt_id]
    built = [AnswerIn(prompt_id, prompt.render(value=subject, change="Walk most days"), text)]
    answers.save_answers(db, user_id, change_id, built, subject=subject, created_at=at)


def sort_with_top(db, user_id, top):
    sort = values.start_sort(db, user_id)
    with db.atomic():
        for card in sort.cards:
            values.place_card(db, user_id, sort, card.name, "very" if card.name in top else "not")
    values.finish_sort(db, user_id, values.current_sort(db, user_id), list(top))


def stored_texts(db, user_id, change_id) -> list[str]:
    """Every piece of writing the person stored about the change."""
    texts = [a.text for a in answers.list_answers(db, user_id, change_id)]
    texts += [row[3] for row in checkins.checkin_answers(db, user_id, change_id)]
    texts += [v for p in plans.versions(db, user_id, change_id) for v in p.fields.values()]
    texts.append(change_of(db, user_id, change_id).why_now)
    return texts


def all_quotes(gathered):
    return [q for s in gathered.sections for q in s.quotes]


def test_nothing_written_gives_no_sections_and_the_page_ends_on_an_open_question(db, person):
    user_id, change_id = person
    gathered = summary.build_summary(db, user_id, change_of(db, user_id, change_id), BOOK)
    assert gathered.empty and gathered.sections == ()
    assert gathered.affirmations == ()
    assert BOOK.set(summary.CLOSING_SET).prompts[0].text.endswith("?")


def test_only_themes_with_words_appear_in_order(db, person):
    user_id, change_id = person
    plans.save_version(db, user_id, change_id, BOOK, {"goal": "Walk", "steps": "Lunch walks"})
    answer(db, user_id, change_id, "ambivalence.tried", "A step counter.", "2026-02-01T10:00:00+00:00")
    gathered = summary.build_summary(db, user_id, change_of(db, user_id, change_id), BOOK)
    assert [s.theme for s in gathered.sections] == ["abilities", "steps"]
    assert all(s.quotes for s in gathered.sections)


def test_quotes_carry_their_source_question_and_date(db, person):
    user_id, change_id = person
    checkin(db, user_id, change_id, "2026-01-05T08:00:00+00:00",
            {"importance": 8, "confidence": 4, "readiness": 6},
            importance="My back hurts less when I walk.")
    answer(db, user_id, change_id, "values.fit", "Walking is time with family.",
           "2026-01-06T08:00:00+00:00", subject="family")
    gathered = summary.build_summary(db, user_id, change_of(db, user_id, change_id), BOOK)
    by_text = {q.text: q for q in all_quotes(gathered)}
    back = by_text["My back hurts less when I walk."]
    assert (back.source, back.question, back.at) == (
        "Check-in (importance 8)", "Why a 8?", "2026-01-05T08:00:00+00:00")
    family = by_text["Walking is time with family."]
    assert family.source == BOOK.set("values_reflection").title
    assert family.question == ("How does the change you are considering, “Walk most days”, "
                               "fit with family?")
    assert family.at == "2026-01-06T08:00:00+00:00"


def test_a_follow_up_written_for_another_number_names_it_and_is_weighed_by_it(db, person):
    """Words written for a 3 and saved with its question, in a check-in whose importance is 8,
    say so beside the 8 and are not weighed as an 8's (adversarial round 11, F5)."""
    user_id, change_id = person
    asked_at_3 = "Why a 3 and not a lower number, like 1 or 0?"
    checkins.save_checkin(db, user_id, change_id, {"importance": 8, "confidence": 4, "readiness": 6},
                          [AnswerIn("checkin.importance.why_not_lower", asked_at_3,
                                    "My back hurts less when I walk.")],
                          created_at="2026-01-05T08:00:00+00:00")
    gathered = summary.build_summary(db, user_id, change_of(db, user_id, change_id), BOOK)
    [quote] = [q for q in all_quotes(gathered) if q.text == "My back hurts less when I walk."]
    assert (quote.source, quote.question) == ("Check-in (importance 8; written for a 3)",
                                              asked_at_3)
    assert quote.strength == 1


@pytest.mark.parametrize(("prompt_id", "theme"), [
    ("ambivalence.concerns", "reasons"),
    ("ambivalence.better", "reasons"),
    ("ambivalence.extreme_best", "reasons"),
    ("ambivalence.tried", "abilities"),
    ("ambivalence.managed", "abilities"),
    ("values.meaning", "values"),
    ("balance.change_good", "reasons"),
    ("summary.next", "steps"),
])
def test_change_side_answers_are_gathered_under_their_theme(db, person, prompt_id, theme):
    user_id, change_id = person
    answer(db, user_id, change_id, prompt_id, "My own words.", "2026-02-01T10:00:00+00:00",
           subject="family" if prompt_id.startswith("values.") else "")
    gathered = summary.build_summary(db, user_id, change_of(db, user_id, change_id), BOOK)
    [section] = gathered.sections
    assert section.theme == theme
    assert [q.text for q in section.quotes] == ["My own words."]


@pytest.mark.parametrize("prompt_id", [
    "ambivalence.likes", "balance.status_quo_good", "balance.change_not_good",
    "ambivalence.forward_without",
])
def test_words_for_how_things_are_now_are_not_quoted_as_reasons_to_change(db, person, prompt_id):
    user_id, change_id = person
    answer(db, user_id, change_id, prompt_id, "It helps me unwind.", "2026-02-01T10:00:00+00:00")
    gathered = summary.build_summary(db, user_id, change_of(db, user_id, change_id), BOOK)
    assert gathered.sections == ()


def test_the_how_going_answer_and_sustain_follow_ups_are_left_out(db, person):
    user_id, change_id = person
    checkin(db, user_id, change_id, "2026-01-05T08:00:00+00:00",
            {"importance": 3, "confidence": 3, "readiness": 3})
    gathered = summary.build_summary(db, user_id, change_of(db, user_id, change_id), BOOK)
    assert "A rough week." not in [q.text for q in all_quotes(gathered)]


def test_every_quote_is_an_exact_substring_of_what_was_stored(seeded_db):
    demo = users.find_user(seeded_db, "demo")
    change = changes.list_changes(seeded_db, demo.id)[0]
    long_answer = ("I want to be awake for the kids. " * 12) + "And for me."
    answer(seeded_db, demo.id, change.id, "ambivalence.better", long_answer,
           FIXED_NOW.isoformat())
    answer(seeded_db, demo.id, change.id, "values.now", "  Sunday   lunches with everyone.\n",
           FIXED_NOW.isoformat(), subject="family")
    plans.save_version(seeded_db, demo.id, change.id, BOOK,
                       {"goal": "Dry weeknights", "reasons": "Sleep. Money.", "steps": "Mon-Thu."})
    gathered = summary.build_summary(seeded_db, demo.id, change, BOOK)
    stored = stored_texts(seeded_db, demo.id, change.id)
    quotes = all_quotes(gathered)
    assert len(quotes) > 10
    for quote in quotes:
        assert any(quote.text in text for text in stored), quote.text
    cut = next(q for q in quotes if q.text.startswith("I want to be awake"))
    assert cut.excerpt and len(cut.text) <= summary.QUOTE_CHARS and cut.text.endswith(".")


def test_at_equal_change_talk_the_most_recent_comes_first(db, person):
    user_id, change_id = person
    for at, text in (("2026-01-09T08:00:00+00:00", "Newest reflection."),
                     ("2026-01-05T08:00:00+00:00", "Older reflection.")):
        answer(db, user_id, change_id, "ambivalence.better", text, at)
    [reasons] = summary.build_summary(db, user_id, change_of(db, user_id, change_id), BOOK).sections
    assert [q.text for q in reasons.quotes] == ["Newest reflection.", "Older reflection."]
    assert len({q.talk_rank for q in reasons.quotes}) == 1


def test_mobilising_change_talk_comes_before_preparatory_and_plain_words(db, person):
    user_id, change_id = person
    for at, text in (("2026-01-07T08:00:00+00:00", "I want to feel fitter."),
                     ("2026-01-03T08:00:00+00:00", "I will walk to work every Monday.")):
        answer(db, user_id, change_id, "ambivalence.better", text, at)
    [reasons] = summary.build_summary(db, user_id, change_of(db, user_id, change_id), BOOK).sections
    assert [q.text for q in reasons.quotes] == [
        "I will walk to work every Monday.", "I want to feel fitter."]
    assert [m.kind for m in reasons.quotes[0].talk] == ["commitment"]
    assert all(m.sentence in q.text for q in reasons.quotes for m in q.talk)


def test_repeated_words_are_quoted_once_at_their_latest_date_with_a_count(db, person):
    user_id, change_id = person
    for day in ("01", "08", "15"):
        checkin(db, user_id, change_id, f"2026-01-{day}T08:00:00+00:00",
                {"importance": 7, "confidence": 5, "readiness": 5},
                importance="My back feels better.")
    [reasons] = summary.build_summary(db, user_id, change_of(db, user_id, change_id), BOOK).sections
    [quote] = reasons.quotes
    assert (quote.times, quote.at) == (3, "2026-01-15T08:00:00+00:00")


def test_words_typed_for_several_rulers_show_once_under_the_theme_of_most_uses(db, person):
    user_id, change_id = person
    same = "Because my kids deserve a present parent."
    for day in ("01", "08"):
        checkin(db, user_id, change_id, f"2026-01-{day}T08:00:00+00:00",
                {"importance": 7, "confidence": 6, "readiness": 6},
                importance=same, confidence=same, readiness=same)
    checkin(db, user_id, change_id, "2026-01-15T08:00:00+00:00",
            {"importance": 7, "confidence": 6, "readiness": 6},
            confidence="I walked twice last week.", readiness="I walked twice last week.")
    gathered = summary.build_summary(db, user_id, change_of(db, user_id, change_id), BOOK)
    shown = {s.theme: [(q.text, q.times) for q in s.quotes] for s in gathered.sections}
    # Two themes tie on the first wording (two uses each): the first of the page's order wins.
    assert shown == {"reasons": [(same, 6)], "abilities": [("I walked twice last week.", 2)]}
    assert gathered == everything_gathered(db, user_id, change_of(db, user_id, change_id))


def test_one_wording_written_twice_at_one_moment_is_counted_twice_not_four_times(db, person):
    """Adversarial round 14: two spellings of one answer saved at the same moment (an import)
    both met the wording's latest time and were each counted with the wording's total."""
    user_id, change_id = person
    for text in ("Walking after dinner helped.", "walking after  DINNER helped."):
        answer(db, user_id, change_id, "ambivalence.tried", text, "2026-02-01T10:00:00+00:00")
    change = change_of(db, user_id, change_id)
    [section] = summary.build_summary(db, user_id, change, BOOK).sections
    assert [q.times for q in section.quotes] == [2]
    assert summary.build_summary(db, user_id, change, BOOK).sections == \
        everything_gathered(db, user_id, change).sections


def test_a_theme_whose_latest_words_went_to_another_shows_its_own_older_ones(
        db, person, monkeypatch):
    monkeypatch.setattr(summary, "KEPT", 2)
    user_id, change_id = person
    for day, (importance, readiness) in enumerate(
            [(None, "Step one was the shoes."), ("Step two was a route.", "Step two was a route."),
             ("Step three was Sunday.", "Step three was Sunday.")], start=1):
        words = {"readiness": readiness, **({"importance": importance} if importance else {})}
        checkin(db, user_id, change_id, f"2026-01-0{day}T08:00:00+00:00",
                {"importance": 5, "confidence": 5, "readiness": 5}, **words)
    change = change_of(db, user_id, change_id)
    page = summary.build_summary(db, user_id, change, BOOK)
    shown = {s.theme: ([q.text for q in s.quotes], s.older) for s in page.sections}
    assert shown == {"reasons": (["Step three was Sunday.", "Step two was a route."], 0),
                     "steps": (["Step one was the shoes."], 0)}
    assert page.sections == everything_gathered(db, user_id, change).sections


def _shown(gathered):
    return {s.theme: ([(q.text, q.times) for q in s.quotes], s.older) for s in gathered.sections}


def test_words_in_two_themes_beyond_the_most_kept_are_counted_older_once(db, person, monkeypatch):
    monkeypatch.setattr(summary, "KEPT", 2)
    user_id, change_id = person
    for day in range(1, 5):
        text = f"Reason number {day}."
        checkin(db, user_id, change_id, f"2026-01-0{day}T08:00:00+00:00",
                {"importance": 5, "confidence": 5, "readiness": 5}, importance=text, readiness=text)
    change = change_of(db, user_id, change_id)
    page = summary.build_summary(db, user_id, change, BOOK)
    assert _shown(page) == {"reasons": ([("Reason number 4.", 2), ("Reason number 3.", 2)], 2)}
    assert page.sections == everything_gathered(db, user_id, change).sections


def test_words_go_where_they_were_written_most_though_beyond_the_most_kept_there(
        db, person, monkeypatch):
    monkeypatch.setattr(summary, "KEPT", 2)
    user_id, change_id = person
    grandchildren = "Because I want to see my grandchildren grow up."
    ratings = {"importance": 5, "confidence": 5, "readiness": 5}
    for day in (1, 2, 3):
        checkin(db, user_id, change_id, f"2026-01-0{day}T08:00:00+00:00", ratings,
                readiness=grandchildren)
    checkin(db, user_id, change_id, "2026-01-04T08:00:00+00:00", ratings, readiness="Bought shoes.")
    checkin(db, user_id, change_id, "2026-01-05T08:00:00+00:00", ratings,
            readiness="Mapped a route.")
    checkin(db, user_id, change_id, "2026-01-06T08:00:00+00:00", ratings, importance=grandchildren)
    change = change_of(db, user_id, change_id)
    page = summary.build_summary(db, user_id, change, BOOK)
    # Three times for readiness, once for importance: a steps entry (an older one there), not a
    # reason written once.
    assert _shown(page) == {"steps": ([("Mapped a route.", 1), ("Bought shoes.", 1)], 1)}
    assert page.sections == everything_gathered(db, user_id, change).sections


def test_words_filed_under_a_theme_say_where_they_were_written_for_it(db, person):
    user_id, change_id = person
    same = "My kids need me."
    checkin(db, user_id, change_id, "2026-01-01T08:00:00+00:00",
            {"importance": 8, "confidence": 8, "readiness": 5}, importance=same, confidence=same)
    checkin(db, user_id, change_id, "2026-01-02T08:00:00+00:00",
            {"importance": 6, "confidence": 7, "readiness": 5}, importance=same)
    checkin(db, user_id, change_id, "2026-01-03T08:00:00+00:00",  # the latest: another theme
            {"importance": 6, "confidence": 7, "readiness": 5}, confidence="my KIDS   need me.")
    change = change_of(db, user_id, change_id)
    [section] = summary.build_summary(db, user_id, change, BOOK).sections
    [quote] = section.quotes
    assert (section.theme, quote.times, quote.source) == ("reasons", 4, "Check-in (importance 6)")
    assert summary.build_summary(db, user_id, change, BOOK) == \
        everything_gathered(db, user_id, change)


def test_the_change_s_own_why_now_is_a_reason(db, person):
    user_id, _ = person
    change_id = changes.add_change(db, user_id, "Sleep earlier", "I'm tired of being tired.",
                                   created_at="2026-01-02T09:00:00+00:00")
    [reasons] = summary.build_summary(db, user_id, change_of(db, user_id, change_id), BOOK).sections
    [quote] = reasons.quotes
    assert (quote.text, quote.source, quote.at) == (
        "I'm tired of being tired.", "When you named this change", "2026-01-02T09:00:00+00:00")


def test_the_values_section_shows_the_latest_top_values_even_before_any_reflection(db, person):
    user_id, change_id = person
    sort_with_top(db, user_id, ["health", "family"])
    gathered = summary.build_summary(db, user_id, change_of(db, user_id, change_id), BOOK)
    assert [s.theme for s in gathered.sections] == ["values"]
    assert gathered.sections[0].quotes == ()
    assert set(gathered.top_values) == {"Health", "Family"}  # as shown: values.display_name


def test_another_persons_words_never_appear(db, person):
    user_id, change_id = person
    other = users.create_user(db, "sam", "sam", "hash")
    other_change = changes.add_change(db, other, "Walk most days", "Sam's private reason.")
    answer(db, other, other_change, "ambivalence.better", "Sam's words.", "2026-02-01T10:00:00+00:00")
    gathered = summary.build_summary(db, user_id, change_of(db, user_id, change_id), BOOK)
    assert gathered.sections == ()


@pytest.mark.parametrize(("dates", "how_going", "expected"), [
    (["2026-01-01"], "A rough week.", ()),
    (["2026-01-01", "2026-01-03", "2026-01-20"], "A rough week.", ()),
    (["2026-01-01", "2026-01-03"], "I poured the wine away.",
     ("On 3 January, you wrote: “I poured the wine away.” That was your doing.",)),
])
def test_affirmations_come_from_what_the_person_did(db, person, dates, how_going, expected,
                                                    monkeypatch):
    """Only an act the person wrote of is affirmed, in their words: never their check-ins
    counted, never a return after a break praised (that affirms the app, not the person)."""
    user_id, change_id = person
    monkeypatch.setattr(talk, "marks", lambda text, *_a, **_k: [
        talk.Mark("change", "taking_steps", text)] if text == "I poured the wine away." else [])
    for day in dates:
        checkins.save_checkin(db, user_id, change_id,
                              {"importance": 5, "confidence": 5, "readiness": 5},
                              [AnswerIn("checkin.how_going", "How has it been going?", how_going)],
                              created_at=f"{day}T08:00:00+00:00")
    gathered = summary.build_summary(db, user_id, change_of(db, user_id, change_id), BOOK)
    said = tuple(summary.affirm(act, "UTC", FIXED_NOW).plain() for act in gathered.acts)
    assert said == expected
    assert gathered.affirmations == tuple(summary.affirm(a, "UTC").plain() for a in gathered.acts)


@pytest.mark.parametrize(("how_going", "expected"), [
    ("did it. lost 900.", ()),
    ("Rough week. Poured the rest of the wine down the sink.",
     ("On 3 January, you wrote: “Poured the rest of the wine down the sink.” That was your doing.",)),
])
def test_a_lapse_told_beside_its_setback_is_not_affirmed_from_the_stored_reading(
        db, person, how_going, expected):
    """The summary reads the marks kept with each answer (with their confidence): a doing read
    only from the question, beside a setback in the same answer, is not praised."""
    user_id, change_id = person
    checkins.save_checkin(db, user_id, change_id, {"importance": 5, "confidence": 5, "readiness": 5},
                          [AnswerIn("checkin.how_going", "How has it been going?", how_going)],
                          created_at="2026-01-03T08:00:00+00:00")
    gathered = summary.build_summary(db, user_id, change_of(db, user_id, change_id), BOOK)
    assert tuple(summary.affirm(act, "UTC", FIXED_NOW).plain() for act in gathered.acts) == expected
    gathered_words = {st.sentence for st in summary.collect(gathered.sections)}
    assert ("did it." in gathered_words) is False  # nor gathered as something done


def test_of_two_steps_in_one_answer_the_summary_affirms_the_first_written(db, person,
                                                                        monkeypatch):
    """Of one answer's steps the first written is affirmed (not the one first in the alphabet,
    nor the surer: see test_reflections.py)."""
    user_id, change_id = person
    monkeypatch.setattr(talk, "marks", lambda text, *_a, **_k: [
        talk.Mark("change", "taking_steps", "did both!!", confidence=0.6),
        talk.Mark("change", "taking_steps", "Fri was good.", confidence=0.9)]
        if "both" in text else [])
    checkins.save_checkin(db, user_id, change_id, {"importance": 5, "confidence": 5, "readiness": 5},
                          [AnswerIn("checkin.how_going", "How has it been going?",
                                    "did both!! Fri was good.")],
                          created_at="2026-01-03T08:00:00+00:00")
    acts = summary.build_summary(db, user_id, change_of(db, user_id, change_id), BOOK).acts
    assert [a.words for a in acts if a.kind == "did"] == ["did both!!"]


@pytest.mark.parametrize("latest", ["dunno", "Nothing really, I am not a phone person.",
                                    "Nothing so far.", "Not much comes to mind."])
def test_what_helped_is_never_said_of_an_answer_that_names_no_help(db, person, latest):
    """A review saw "What has helped you before, in your words: “dunno”.": the latest answer
    about what helped is said back only when it speaks for the change; else an earlier one."""
    user_id, change_id = person
    answer(db, user_id, change_id, "ambivalence.tried", "A step counter.", "2026-02-01T10:00:00+00:00")
    answer(db, user_id, change_id, "ambivalence.tried", latest, "2026-02-03T10:00:00+00:00")
    change = change_of(db, user_id, change_id)
    for page in (summary.build_summary(db, user_id, change, BOOK),  # the page
                 everything_gathered(db, user_id, change)):  # the printable report's way
        assert [a.words for a in page.acts if a.kind == "helped"] == ["A step counter."]


def test_a_why_not_lower_answer_read_from_its_question_is_gathered_under_its_ruler(db, person):
    """A review saw "Why it matters to you: “I did it for a month last year.”", written about
    confidence: the question "Why a 3 and not lower?" does not name its ruler, so the answer's
    kind was a guess; the ruler it was asked about says what it is."""
    user_id, change_id = person
    checkins.save_checkin(db, user_id, change_id, {"importance": 8, "confidence": 3, "readiness": 5},
                          [AnswerIn("checkin.confidence.why_not_lower",
                                    "Why a 3 and not a lower number, like 1 or 0?",
                                    "I did it for a month last year.")],
                          created_at="2026-01-03T08:00:00+00:00")
    gathered = summary.build_summary(db, user_id, change_of(db, user_id, change_id), BOOK)
    said = [s.plain() for s in summary.collecting_summary(summary.collect(gathered.sections),
                                                          "What now?", "UTC", FIXED_NOW)]
    assert any(s.startswith("What you can do") and "I did it for a month" in s for s in said)
    assert not any(s.startswith("Why it matters to you") for s in said)


def test_affirmations_quote_what_helped_and_never_count_sorts_plans_or_answers(db, person):
    user_id, change_id = person
    sort_with_top(db, user_id, ["family"])
    sort_with_top(db, user_id, ["health"])
    plans.save_version(db, user_id, change_id, BOOK, {"goal": "Walk"})
    plans.save_version(db, user_id, change_id, BOOK, {"goal": "Walk daily"})
    answer(db, user_id, change_id, "ambivalence.tried", "A step counter.", "2026-02-01T10:00:00+00:00")
    acts = summary.build_summary(db, user_id, change_of(db, user_id, change_id), BOOK).acts
    assert acts == (summary.Act("helped", "A step counter.", "2026-02-01T10:00:00+00:00"),)
    said = summary.affirm(acts[0], "UTC", FIXED_NOW).plain()
    assert said == "What has helped you before, in your words (1 February): “A step counter.”"
    for counting in ("once", "twice", "times", "version", "sorted"):
        assert counting not in said


@pytest.mark.parametrize(("text", "quote", "cut"), [
    ("  Short and sweet.  ", "Short and sweet.", False),
    ("First sentence here. " + "x" * 300, "First sentence here.", True),
    ("word " * 100, ("word " * 56).strip(), True),
    ("y" * 400, "y" * summary.QUOTE_CHARS, True),
])
def test_excerpt_cuts_long_answers_at_a_sentence_or_word_and_never_rewords(text, quote, cut):
    got, was_cut = summary.excerpt(text)
    assert (got, was_cut) == (quote, cut)
    assert got in text


def test_timeline_events_list_values_sorts_and_this_changes_plan_versions(db, person):
    user_id, change_id = person
    other_change = changes.add_change(db, user_id, "Sleep earlier")
    sort_with_top(db, user_id, ["family"])
    plans.save_version(db, user_id, change_id, BOOK, {"goal": "Walk"})
    plans.save_version(db, user_id, change_id, BOOK, {"goal": "Walk daily"})
    plans.save_version(db, user_id, other_change, BOOK, {"goal": "Bed by 11"})
    events = markers.timeline_events(db, user_id, change_id, None)
    assert events.columns.tolist() == ["at", "label"]
    assert events["label"].tolist() == ["Values sort", "Plan version 1", "Plan version 2"]
    assert str(events["at"].dt.tz) == "UTC"


def test_timeline_events_start_at_since_and_are_empty_without_any(db, person):
    user_id, change_id = person
    empty = markers.timeline_events(db, user_id, change_id, None)
    assert empty.empty and empty.columns.tolist() == ["at", "label"]
    plans.save_version(db, user_id, change_id, BOOK, {"goal": "Walk"})
    assert markers.timeline_events(db, user_id, change_id, "2999-01-01T00:00:00+00:00").empty


def test_events_for_the_chart_are_in_naive_viewer_local_time():
    events = pd.DataFrame({"at": pd.to_datetime(["2026-07-01T23:30:00+00:00"], utc=True),
                           "label": ["Values sort"]})
    local = markers.for_chart(events, "Europe/London")
    assert local["at"].tolist() == [pd.Timestamp("2026-07-02 00:30:00")]
    assert local["label"].tolist() == ["Values sort"]


def test_a_day_of_many_events_is_one_marker_on_the_chart_with_their_count():
    """Thirty plan versions saved in a day drew thirty dotted lines into one dark band
    (adversarial round 13): a day is one marker, and the days are the viewer's."""
    saved = [f"2026-07-01T{h:02}:00:00+00:00" for h in range(8, 22)] + [
        "2026-07-02T08:00:00+00:00", "2026-07-02T23:30:00+00:00", "2026-07-03T09:00:00+00:00"]
    events = pd.DataFrame({"at": pd.to_datetime(saved, utc=True),
                           "label": [f"Plan version {n}" for n in range(1, len(saved) + 1)]})
    local = markers.for_chart(events, "Europe/London")  # 23:30 UTC is the 3rd in London
    assert local["at"].tolist() == [pd.Timestamp("2026-07-01 09:00"),
                                    pd.Timestamp("2026-07-02 09:00"),
                                    pd.Timestamp("2026-07-03 00:30")]
    assert local["label"].tolist() == ["Plan version 1 and 13 more that day", "Plan version 15",
                                       "Plan version 16 and Plan version 17"]


# -- reading only what is shown ------------------------------------------------------------------

def everything_gathered(db, user_id, change):
    """The summary from every row, ranked in Python (the report's way, and the page's before
    each answer's quote key was kept)."""
    from change_journal.store import plans as plan_store
    from change_journal.store import values as value_store

    return summary.gather(change, checkins.list_checkins(db, user_id, change.id),
                          checkins.checkin_answers(db, user_id, change.id),
                          answers.list_answers(db, user_id, change.id,
                                               prompt_ids=list(BOOK.themed())),
                          plan_store.list_plans(db, user_id, change.id),
                          value_store.snapshots(db, user_id),
                          talk.corrections(db, user_id, change.id), BOOK)


def long_history(db, user_id, change_id, days):
    reasons = ["I want my knees to last.", "I need to keep up with the kids.",
               "I want to sleep better. I will walk after dinner.", "I could walk at lunch."]
    for day in range(days):
        at = f"2025-{1 + day // 28:02d}-{1 + day % 28:02d}T{8 + day % 12:02d}:00:00+00:00"
        ratings = {"importance": 4 + day % 6, "confidence": 3 + day % 7, "readiness": 2 + day % 8}
        checkin(db, user_id, change_id, at, ratings, importance=reasons[day % 4] + f" Day {day}."
                if day % 3 == 0 else reasons[day % 4], confidence=reasons[(day + 1) % 4],
                readiness=reasons[(day + 2) % 4])
    answer(db, user_id, change_id, "ambivalence.tried", "A walking buddy helped.",
           "2025-06-01T09:00:00+00:00")


@pytest.mark.parametrize("days", [5, 120])
def test_the_page_reads_the_same_summary_as_ranking_every_answer(db, person, days):
    user_id, change_id = person
    long_history(db, user_id, change_id, days)
    talk.correct(db, user_id, change_id, ["I could walk at lunch."], "sustain")
    change = change_of(db, user_id, change_id)
    assert not answers.has_unkeyed(db, user_id, change_id)
    assert summary.build_summary(db, user_id, change, BOOK) == \
        everything_gathered(db, user_id, change)


def test_answers_without_a_quote_key_are_still_gathered_whole(db, person):
    user_id, change_id = person
    long_history(db, user_id, change_id, 30)
    db.execute("UPDATE answers SET quote_key = NULL, quote_strength = NULL WHERE id % 2 = 0")
    change = change_of(db, user_id, change_id)
    assert summary.build_summary(db, user_id, change, BOOK) == \
        everything_gathered(db, user_id, change)


@pytest.mark.parametrize("days", [30, 120])
def test_the_page_reads_the_marks_kept_with_each_answer_instead_of_reading_again(
        db, person, days, monkeypatch):
    user_id, change_id = person
    long_history(db, user_id, change_id, days)
    change = change_of(db, user_id, change_id)
    read = []
    monkeypatch.setattr(talk, "marks", lambda *args, **kw: read.append(args) or [])
    summary.build_summary(db, user_id, change, BOOK)
    assert read == []


def test_answers_not_yet_read_by_a_new_recogniser_are_read_on_the_page(db, person, monkeypatch):
    user_id, change_id = person
    long_history(db, user_id, change_id, 30)
    talk.correct(db, user_id, change_id, ["I could walk at lunch."], "sustain")
    change = change_of(db, user_id, change_id)
    monkeypatch.setattr(change_talk, "VERSION", change_talk.VERSION + 1)
    assert summary.build_summary(db, user_id, change, BOOK) == \
        everything_gathered(db, user_id, change)


def test_a_renamed_change_has_its_answers_read_again_with_the_new_title(db, person):
    user_id, change_id = person
    long_history(db, user_id, change_id, 30)
    changes.update_change(db, user_id, change_id, "Walk to work", "")
    change = change_of(db, user_id, change_id)
    assert summary.build_summary(db, user_id, change, BOOK) == \
        everything_gathered(db, user_id, change)
    assert talk.count_pending(db, user_id, change_id, budget=10_000) == 0
    assert summary.build_summary(db, user_id, change, BOOK) == \
        everything_gathered(db, user_id, change)


@pytest.mark.parametrize("build", ["page", "report"])
def test_a_follow_up_only_against_the_change_is_not_gathered_under_its_theme(db, person, build):
    """Walked through as a new user: "I don't think I could give it up completely.", written
    for "Why a 4 and not lower?" of confidence, was listed under "What you can do" (on the page
    and in the report). Words with sustain talk and no change talk are left out of the themes;
    the ruler's other words stay."""
    user_id, _ = person
    change_id = changes.add_change(db, user_id, "Drink less wine",
                                   created_at="2026-01-01T09:00:00+00:00")
    checkin(db, user_id, change_id, "2026-01-05T08:00:00+00:00",
            {"importance": 6, "confidence": 4, "readiness": 5},
            confidence="I can't imagine a Friday without a drink. I don't think I could give it "
                       "up completely.",
            importance="My liver results scared me.")
    change = change_of(db, user_id, change_id)
    gathered = (summary.build_summary(db, user_id, change, BOOK) if build == "page" else
                summary.gather(change, checkins.list_checkins(db, user_id, change_id),
                               checkins.checkin_answers(db, user_id, change_id),
                               answers.list_answers(db, user_id, change_id), [], [],
                               talk.corrections(db, user_id, change_id), BOOK))
    quoted = {s.theme: [q.text for q in s.quotes] for s in gathered.sections}
    assert "abilities" not in quoted
    assert quoted["reasons"] == ["My liver results scared me."]


def test_the_collecting_summary_says_what_was_done_before_a_verdict_on_how_it_went(db, person):
    """Walked through as a new user: "What you have done or decided" quoted "Better than I
    expected!" and only then the deed told beside it."""
    user_id, _ = person
    change_id = changes.add_change(db, user_id, "Drink less wine",
                                   created_at="2026-01-01T09:00:00+00:00")
    words = ("Better than I expected! I did Monday and Tuesday with no wine at all and slept "
             "right through.")
    checkins.save_checkin(db, user_id, change_id, {"importance": 7, "confidence": 5,
                                                   "readiness": 6},
                          [AnswerIn("checkin.how_going", "Since 1 January, how have things gone?",
                                    words)], created_at="2026-01-05T08:00:00+00:00")
    gathered = summary.build_summary(db, user_id, change_of(db, user_id, change_id), BOOK)
    steps = [st.sentence for st in summary.collect(gathered.sections) if st.theme == "steps"]
    assert steps[0] == ("I did Monday and Tuesday with no wine at all and slept right through.")
