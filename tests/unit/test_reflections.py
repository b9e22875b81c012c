"""What the journal says back after a check-in (reflections.py, checkin.save/reflection).

A table of 72 check-ins (ratings, the ratings before, answers with their change and sustain talk)
and the properties every reflection must have: it quotes the person's words exactly, says two to
four sentences and ends on its one open question, names every ruler that moved 2 or more with its
date, affirms only what the person did (never their use of the app), holds both sides ending on
the change side, never praises, never says "should", never offers the plan at importance 3 or
less, never asks a ruler at 10 to rise, and shares no sentence with the next check-in's. Then the
same through the store and the real recogniser, and the line about last time.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from change_journal import checkin, reflections, talk
from change_journal.reflections import Answer, Before, reflect
from change_journal.store import changes, users
from change_journal.talk import Mark
from change_journal.wording import Words, load_wording

NOW = datetime(2026, 11, 30, 12, tzinfo=UTC)
BEFORE_AT = "2026-11-03T08:00:00+00:00"
PRAISE = ("great", "well done", "proud", "amazing", "awesome", "good job", "fantastic", "brilliant")
PUSHING = ("should", "must", "have to", "need to")
RISING = ("rise", "higher", "go up", "what would help")
COUNTING = ("check-in", "times", "in a row", "streak", "coming back")


def said(prompt_id: str, text: str, *marks: tuple[str, str, str]) -> Answer:
    """An answer whose ``marks`` are ``(side, kind, sentence)``; every sentence is in ``text``."""
    for _side, _kind, sentence in marks:
        assert sentence in text
    return Answer(prompt_id, f"Question for {prompt_id}?", text,
                  tuple(Mark(side, kind, sentence) for side, kind, sentence in marks))


HOW, NOTE = "checkin.how_going", "checkin.note"
ANSWERS = {
    "nothing written": [],
    "neutral words": [said(HOW, "It rained all week. Work was busy.")],
    "desire": [said(HOW, "I want my mornings back.", ("change", "desire", "I want my mornings back."))],
    "a reason for importance": [said("checkin.importance.why_not_lower", "It matters for the kids.",
                                     ("change", "reasons", "It matters for the kids."))],
    "sustain only": [said(HOW, "Wine helps me unwind.", ("sustain", "reasons", "Wine helps me unwind."))],
    "both sides": [said(HOW, "Wine helps me unwind. But I want my mornings back.",
                        ("change", "desire", "But I want my mornings back."),
                        ("sustain", "reasons", "Wine helps me unwind."))],
    "a step taken": [said(HOW, "I went for a run instead of opening a bottle.",
                          ("change", "taking_steps", "I went for a run instead of opening a bottle."))],
    "a step and sustain": [said(HOW, "I skipped the wine on Tuesday. I still like a glass on Fridays.",
                                ("change", "taking_steps", "I skipped the wine on Tuesday."),
                                ("sustain", "reasons", "I still like a glass on Fridays."))],
    "ready, and a reason": [
        said("checkin.readiness.why_not_lower", "I'm ready to start on Monday.",
             ("change", "activation", "I'm ready to start on Monday.")),
        said("checkin.importance.why_not_lower", "Sleep. I sleep so much better without it.",
             ("change", "reasons", "I sleep so much better without it.")),
    ],
    "what keeps it there": [said("checkin.importance.what_would_it_take", "My kids noticing.",
                                 ("change", "reasons", "My kids noticing."))],
    "markup and a commitment": [said(NOTE, "I will **stop** buying [wine](http://x.y) on Monday.",
                                     ("change", "commitment",
                                      "I will **stop** buying [wine](http://x.y) on Monday."))],
    "several answers": [
        said(HOW, "A mixed week.\nI want to feel fitter.", ("change", "desire", "I want to feel fitter.")),
        said("checkin.confidence.why_not_lower", "I managed it in January.",
             ("change", "ability", "I managed it in January.")),
        said(NOTE, "I'll tell my partner tonight. The sofa is comfy though.",
             ("change", "commitment", "I'll tell my partner tonight."),
             ("sustain", "reasons", "The sofa is comfy though.")),
    ],
}
RATINGS = [(0, 0, 0), (2, 9, 9), (3, 5, 2), (4, 2, 2), (5, 4, 2), (9, 1, 8), (7, 7, 7),
           (10, 10, 10), (8, 6, 8), (6, 5, 5), (10, 3, 10), (1, 1, 1)]
PREVIOUS = {
    "first": lambda r: None,
    "same": lambda r: r,
    "a drop": lambda r: (min(10, r[0] + 3), r[1], r[2]),
    "a rise": lambda r: (r[0], max(0, r[1] - 2), r[2]),
    "mixed": lambda r: (max(0, r[0] - 4), min(10, r[1] + 2), r[2]),
}


def as_ratings(values) -> dict[str, int]:
    return dict(zip(("importance", "confidence", "readiness"), values, strict=True))


def table() -> list:
    """12 rating profiles × 6 answer sets each, with the ratings before and a plan or not."""
    answer_names, previous_names = list(ANSWERS), list(PREVIOUS)
    cases = []
    for i, values in enumerate(RATINGS):
        for j in range(6):
            answers = answer_names[(i + j) % len(answer_names)]
            previous = previous_names[(i + 2 * j) % len(previous_names)]
            has_plan = (i + j) % 2 == 1
            plan = "plan" if has_plan else "no plan"
            cases.append(pytest.param(values, previous, answers, has_plan,
                                      id=f"{values}-{previous}-{answers}-{plan}"))
    return cases


def app_text(reflection) -> str:
    """Only what the journal wrote (the person's words left out)."""
    return " ".join("".join(p for p in s.parts if isinstance(p, str)) for s in reflection.sentences)


def run(values, previous, answers, has_plan, turn=4):
    before_values = PREVIOUS[previous](values)
    before = Before(BEFORE_AT, as_ratings(before_values)) if before_values else None
    return reflect(as_ratings(values), ANSWERS[answers], before=before, has_plan=has_plan,
                   turn=turn, tz="Europe/London", now=NOW)


CASES = table()


def test_the_table_has_at_least_sixty_cases():
    assert len(CASES) >= 60


@pytest.mark.parametrize(("values", "previous", "answers", "has_plan"), CASES)
def test_every_reflection_has_the_properties_mi_asks_for(values, previous, answers, has_plan):
    reflection = run(values, previous, answers, has_plan)
    written = [a.text for a in ANSWERS[answers]]
    journal = app_text(reflection)
    plain = reflection.plain()

    # two to four sentences, ending on one open question (and only one)
    assert 2 <= len(reflection.sentences) <= 4
    assert reflection.question.plain().endswith("?")
    assert journal.count("?") == 1
    assert not re.match(r"(?i)(do|does|did|are|is|will|would|have|can) you\b",
                        reflection.question.plain())

    # the person's words, quoted exactly
    for sentence in reflection.sentences:
        for quoted in sentence.quotes:
            assert any(quoted in text for text in written), quoted

    # every move of 2 or more is named with its date; none is invented
    before = PREVIOUS[previous](values)
    moved = [(k, b, a) for k, b, a in zip(("importance", "confidence", "readiness"),
                                          before or values, values, strict=True)
             if before and abs(a - b) >= 2]
    for ruler, old, new in moved:
        assert re.search(rf"(?i){ruler} (went )?from {old} to {new}", plain)
        assert "3 November" in plain
    if not moved:
        assert "went from" not in plain

    # no praise, no pushing, no counting of app use
    for word in (*PRAISE, *PUSHING, *COUNTING):
        assert word not in journal.lower(), word

    # the plan is never offered at importance 3 or less; a 10 is never asked to rise
    if values[0] <= 3:
        assert not reflection.route.offers_plan
        assert "plan" not in journal.lower()
    if 10 in values:
        for word in RISING:
            assert word not in journal.lower(), word

    # affirmations only of what the person did or is ready for, in their words
    acts = [m.sentence for a in ANSWERS[answers] for m in talk.affirmable(a.marks)]
    if acts:
        assert reflection.affirmation is not None
        assert reflection.affirmation in reflection.sentences
        assert reflections.quotable(acts[0]) in plain
    else:
        assert reflection.affirmation is None

    # both sides held, ending on the change side
    change_sentences = {m.sentence for a in ANSWERS[answers] for m in a.marks if m.side == "change"}
    sustain_sentences = {m.sentence for a in ANSWERS[answers] for m in a.marks if m.side == "sustain"}
    if change_sentences and sustain_sentences:
        double = next(s for s in reflection.sentences if len(s.quotes) == 2)
        assert any(double.quotes[0] in sentence for sentence in sustain_sentences)
        assert any(double.quotes[-1] in sentence for sentence in change_sentences)
        assert isinstance(double.parts[-1], Words)

    # little written: say less
    if not ANSWERS[answers] and not moved:
        assert len(reflection.sentences) == 2


@pytest.mark.parametrize(("values", "previous", "answers", "has_plan"), CASES)
def test_nothing_the_journal_says_repeats_at_the_next_check_in(values, previous, answers, has_plan):
    this, following = (run(values, previous, answers, has_plan, turn=t) for t in (4, 5))
    assert not {s.plain() for s in this.sentences} & {s.plain() for s in following.sentences}
    if this.affirmation and following.affirmation:
        assert app_text(this) != app_text(following)


def test_joining_words_at_the_start_are_left_out_of_a_quote_and_the_rest_is_exact():
    assert reflections.quotable("But I want my mornings back.") == "I want my mornings back."
    assert reflections.quotable("And so, I will.") == "I will."
    assert reflections.quotable("But.") == "But."
    assert reflections.quotable("Butter on toast.") == "Butter on toast."


def test_a_long_run_on_sentence_is_quoted_cut_at_a_word_and_exact():
    # Typed on a phone without a full stop, one "sentence" can run to thousands of characters.
    run_on = "I want to walk to work again because " + "it clears my head and " * 60 + "I miss it"
    answers = [said(HOW, run_on, ("change", "desire", run_on))]
    reflection = reflect(as_ratings((6, 6, 6)), answers, before=None, has_plan=False, turn=0,
                         tz="UTC", now=NOW)
    (quote,) = reflection.sentences[0].quotes
    assert run_on.startswith(quote) and len(quote) <= talk.QUOTE_CHARS
    assert run_on[len(quote)] == " "  # cut at a word


def test_the_strongest_change_talk_is_quoted_mobilising_first():
    answers = [said(HOW, "I want to cut down. I will stop on Monday.",
                    ("change", "desire", "I want to cut down."),
                    ("change", "commitment", "I will stop on Monday."))]
    reflection = reflect(as_ratings((6, 6, 6)), answers, before=None, has_plan=False, turn=0,
                         tz="UTC", now=NOW)
    assert reflection.sentences[0].quotes == ("I will stop on Monday.",)


def test_the_sustain_side_quoted_is_the_sentence_read_from_the_most_words():
    """A walk-through saw "Rough day." quoted as the sustain side over the sentence that says
    what the drink gives; the marks come as the app makes them (talk.marks)."""
    text = ("Rough day. I had two glasses after work; honestly I enjoy the wine and it helps me "
            "relax. I want to keep Tuesdays dry.")
    answers = [Answer(HOW, "How have things been going?", text,
                      tuple(talk.marks(text, "How have things been going?",
                                       "Drink less on weeknights")))]
    assert [m.sentence for m in answers[0].marks if m.side == "sustain"][0] == "Rough day."
    reflection = reflect(as_ratings((6, 6, 6)), answers, before=None, has_plan=False, turn=0,
                         tz="UTC", now=NOW)
    assert reflection.sentences[0].quotes[0].startswith("I had two glasses after work")
    corrected = [Mark("sustain", "reasons", "Rough day.", corrected=True),
                 *(m for m in answers[0].marks if m.sentence != "Rough day.")]
    reflection = reflect(as_ratings((6, 6, 6)), [Answer(HOW, "How?", text, tuple(corrected))],
                         before=None, has_plan=False, turn=0, tz="UTC", now=NOW)
    assert reflection.sentences[0].quotes[0] == "Rough day."  # labelled so by the person


@pytest.mark.parametrize(("text", "sustain", "change"), [
    ("It helps me relax. I love the wine but I really want to stop.",
     "It helps me relax.", "I really want to stop."),
    ("It helps me relax, though I need to stop. I walked to work twice.",
     "It helps me relax", "I walked to work twice."),
    ("I hate the gym. I skipped the gym again, but I did go for a walk.",
     "I hate the gym.", "I did go for a walk."),
])
def test_holding_both_sides_quotes_each_side_without_the_other(text, sustain, change):
    """A walk-through saw a sentence that turns from one side to the other ("I love the wine but
    I really want to stop") quoted whole as the change side; each side now quotes the part of its
    sentence that the recogniser read it from, exactly as written."""
    answers = [Answer(HOW, "How have things been going?", text,
                      tuple(talk.marks(text, "How have things been going?", "Drink less")))]
    reflection = reflect(as_ratings((6, 6, 6)), answers, before=None, has_plan=False, turn=0,
                         tz="UTC", now=NOW)
    assert reflection.sentences[0].quotes == (sustain, change)


@pytest.mark.parametrize("sentence", [
    "I have all but quit drinking.", "I've had nothing but water since Monday.",
    "I'm going to stop drinking but only on weekdays.", "I will stop drinking, but not this week.",
])
def test_a_sentence_whose_other_part_is_not_the_other_side_is_quoted_whole(sentence):
    """A review found these cut to "quit drinking." or "I will stop drinking": what follows
    "but" is a limit of the person's own, or no contrast at all, never the other side."""
    text = f"Wine helps me sleep. {sentence}"
    answers = [Answer(HOW, "How have things been going?", text,
                      tuple(talk.marks(text, "How have things been going?", "Drink less")))]
    reflection = reflect(as_ratings((6, 6, 6)), answers, before=None, has_plan=False, turn=0,
                         tz="UTC", now=NOW)
    assert reflection.sentences[0].quotes == ("Wine helps me sleep.", sentence)


def test_a_sentence_turning_once_on_words_in_both_parts_is_quoted_whole():
    mark = Mark("change", "desire", "I love it but I want to stop.", ("I",))
    assert reflections.own_side(mark) == mark.sentence
    assert reflections.own_side(Mark("change", "desire", "I want to stop.")) == "I want to stop."
    not_yet = Mark("sustain", "reasons", "I haven't stopped yet, I like it.", ("I like it",))
    assert reflections.own_side(not_yet) == not_yet.sentence  # "yet" of time turns nothing


def test_a_quote_without_its_own_full_stop_is_followed_by_one_outside_it():
    answers = [said(HOW, "wine helps me unwind. i want my mornings back",
                    ("sustain", "reasons", "wine helps me unwind."),
                    ("change", "desire", "i want my mornings back"))]
    first = reflect(as_ratings((6, 6, 6)), answers, before=None, has_plan=False, turn=0,
                    tz="UTC", now=NOW).sentences[0]
    assert first.quotes[-1] == "i want my mornings back"
    assert "“i want my mornings back”." in first.plain()
    alone = [said(HOW, "i want my mornings back", ("change", "desire", "i want my mornings back"))]
    text = reflect(as_ratings((6, 6, 6)), alone, before=None, has_plan=False, turn=0, tz="UTC",
                   now=NOW).plain()
    assert "“i want my mornings back”. " in text and "”.." not in text
    smiling = [said(HOW, "i want to stop :)", ("change", "desire", "i want to stop :)"))]
    assert "“i want to stop :)”. " in reflect(as_ratings((6, 6, 6)), smiling, before=None,
                                              has_plan=False, turn=0, tz="UTC", now=NOW).plain()


@pytest.mark.parametrize("turn", [0, 1])
def test_a_setback_told_is_heard_as_a_setback_not_as_holding_on_to_the_habit(turn):
    """A walk-through saw "I slipped on Saturday." reflected as "Part of you holds on to how
    things are" and labelled "How things are: steps taken"."""
    slipped = said(HOW, "I slipped on Saturday. I didn't drink Monday to Thursday.",
                   ("sustain", "taking_steps", "I slipped on Saturday."),
                   ("change", "taking_steps", "I didn't drink Monday to Thursday."))
    both = app_text(reflect(as_ratings((6, 6, 6)), [slipped], before=None, has_plan=False,
                            turn=turn, tz="UTC", now=NOW))
    alone = said(HOW, "I slipped on Saturday.", ("sustain", "taking_steps", "I slipped on Saturday."))
    only = app_text(reflect(as_ratings((6, 6, 6)), [alone], before=None, has_plan=False,
                            turn=turn, tz="UTC", now=NOW))
    for text in (both, only):
        assert "holds on" not in text and "where you stand" not in text
        assert "setback" in text or "Not everything went to plan" in text or (
            "did not go as you hoped" in text)
    mark = alone.marks[0]
    assert (mark.setback, mark.label) == (True, "A setback")
    assert "normal part of changing" in mark.explanation
    assert not Mark("sustain", "reasons", "I like it.").setback


def test_when_confidence_holds_it_back_their_own_strength_is_reflected_and_built_on():
    answers = [said("checkin.importance.why_not_lower", "I want to be awake for the kids.",
                    ("change", "reasons", "I want to be awake for the kids.")),
               said("checkin.confidence.why_not_lower", "I managed a dry January two years ago.",
                    ("change", "ability", "I managed a dry January two years ago."))]
    reflection = reflect(as_ratings((8, 3, 5)), answers, before=None, has_plan=False, turn=0,
                         tz="UTC", now=NOW)
    assert reflection.plain() == (
        "This matters to you, and you said why: “I want to be awake for the kids.” "
        "You know something about what you can do: “I managed a dry January two years ago.” "
        "How could that help you with this change now?")


def test_without_recognised_talk_a_why_answer_is_reflected_by_the_question_it_answered():
    answers = [said(HOW, "Busy."), said("checkin.importance.why_not_lower", "The kids. Money too.")]
    reflection = reflect(as_ratings((6, 6, 5)), answers, before=None, has_plan=False, turn=1,
                         tz="UTC", now=NOW)
    assert reflection.sentences[0].plain() == (
        "On why importance is 6, not lower, you wrote: “The kids. Money too.”")


@pytest.mark.parametrize(("prompt_id", "text", "values", "says"), [
    ("checkin.importance.why_not_lower", "It doesn't feel that important any more.", (3, 6, 6),
     "Asked why importance is 3 and not lower, you wrote: “It doesn't feel that important any more.”"),
    ("checkin.importance.zero", "dunno. if it was my idea maybe lol", (0, 6, 6),
     "Asked what could move importance from 0, you wrote: “dunno. if it was my idea maybe lol”."),
    (NOTE, "Heard a woodpecker on Coldharbour Lane?", (6, 6, 6),
     "In your note, you wrote: “Heard a woodpecker on Coldharbour Lane?”"),
])
def test_words_read_as_neither_side_are_said_only_to_answer_their_question(prompt_id, text,
                                                                           values, says):
    """A review saw "This matters to you, and you said why: “It doesn't feel that important any
    more.”" and a zero answer led in as "About how things have been": with no change talk read
    in them, the words are framed by the question they answer, claiming nothing."""
    reflection = reflect(as_ratings(values), [said(prompt_id, text)], before=None,
                         has_plan=False, turn=0, tz="UTC", now=NOW)
    assert reflection.sentences[0].plain() == says


def test_what_holds_confidence_back_is_never_named_as_a_strength():
    """A review saw "You know something about what you can do: “i cant do this i never stick to
    anything”"; words marked as sustain talk are not a strength, and with only those no strength
    is named."""
    text = "I always give in by Friday. Work is mad."
    answers = [said("checkin.confidence.why_not_lower", text,
                    ("sustain", "ability", "I always give in by Friday."))]
    plain = reflect(as_ratings((8, 3, 5)), answers, before=None, has_plan=False, turn=0,
                    tz="UTC", now=NOW).plain()
    assert "what you can do" not in plain and "Work is mad." not in plain.split("“I always")[0]
    unmarked = [said("checkin.confidence.why_not_lower", "i cant do this i never stick to anything")]
    plain = reflect(as_ratings((8, 3, 5)), unmarked, before=None, has_plan=False, turn=0,
                    tz="UTC", now=NOW).plain()
    assert "what you can do" not in plain and plain.startswith("Asked why confidence is 3")
    assert "How could that help" not in plain and "What of that" not in plain


def test_a_strength_already_quoted_is_built_on_and_comes_just_before_the_question():
    """A review saw "I did it for a month last year." quoted and then "When have you managed
    something hard before?", and "How could that help?" right after an affirmation."""
    month = [said("checkin.confidence.why_not_lower", "I did it for a month last year.",
                  ("change", "ability", "I did it for a month last year."))]
    reflection = reflect(as_ratings((8, 3, 5)), month, before=None, has_plan=False, turn=0,
                         tz="UTC", now=NOW)
    assert "managed something hard before" not in reflection.plain()
    assert reflection.sentences[-1].plain() in {"How could that help you with this change now?",
                                                "What of that could you bring to this change?"}
    both = [said("checkin.confidence.why_not_lower", "I stopped once before, for a year.",
                 ("change", "ability", "I stopped once before, for a year.")),
            said(HOW, "Poured the wine away on Monday.",
                 ("change", "taking_steps", "Poured the wine away on Monday."))]
    reflection = reflect(as_ratings((8, 3, 5)), both, before=None, has_plan=False, turn=0,
                         tz="UTC", now=NOW)
    assert reflection.affirmation is not None
    assert "I stopped once before, for a year." in reflection.sentences[-2].plain()
    assert reflection.sentences.index(reflection.affirmation) < len(reflection.sentences) - 2


def test_with_nothing_written_the_question_never_asks_about_their_own_words():
    for turn in range(6):
        plain = reflect(as_ratings((6, 5, 5)), [], before=None, has_plan=False, turn=turn,
                        tz="UTC", now=NOW).plain()
        assert "your own words" not in plain


def test_ready_after_a_step_is_asked_what_to_build_on_not_for_a_first_step():
    answers = [said(HOW, "I poured the wine away.",
                    ("change", "taking_steps", "I poured the wine away."))]
    reflection = reflect(as_ratings((8, 8, 8)), answers, before=None, has_plan=False, turn=0,
                         tz="UTC", now=NOW)
    assert reflection.plain() == ("What you did, in your words: “I poured the wine away.” That was "
                                  "your doing. What would you like to build on, from what you did?")


def test_a_rise_asks_what_shifted_and_a_drop_what_has_been_happening():
    rise = reflect(as_ratings((9, 3, 3)), [], before=Before(BEFORE_AT, as_ratings((2, 3, 3))),
                   has_plan=False, turn=0, tz="UTC", now=NOW)
    assert rise.plain() == "Importance went from 2 to 9 since 3 November. What shifted?"
    drop = reflect(as_ratings((1, 3, 3)), [], before=Before(BEFORE_AT, as_ratings((10, 3, 3))),
                   has_plan=False, turn=0, tz="UTC", now=NOW)
    assert drop.plain() == ("Importance went from 10 to 1 since 3 November. "
                            "What has been happening since then?")


def test_at_ten_the_answer_to_what_keeps_it_there_is_never_called_what_would_help_it_rise():
    reflection = run((10, 10, 10), "same", "what keeps it there", False, turn=0)
    assert reflection.sentences[0].plain() == "You know what keeps importance at 10: “My kids noticing.”"


@pytest.mark.parametrize(("at", "expected"), [
    ("2026-11-30T07:00:00+00:00", "earlier today"),
    ("2026-11-29T21:00:00+00:00", "yesterday"),
    ("2026-11-03T08:00:00+00:00", "3 November"),
    ("2025-12-24T08:00:00+00:00", "24 December 2025"),
])
def test_days_are_said_aloud_in_the_persons_time_zone(at, expected):
    assert reflections.when(at, "Europe/London", NOW) == expected


@pytest.mark.parametrize("extreme", ["0001-01-01T00:00:00.000000+00:00",
                                     "9999-12-31T23:59:00.000000+00:00"])
def test_a_time_at_the_ends_of_the_calendar_is_still_said(extreme):
    assert re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", reflections.when(extreme, "Pacific/Kiritimati", NOW))


def test_late_at_night_utc_is_already_tomorrow_in_tokyo():
    assert reflections.when("2026-11-29T23:30:00+00:00", "Asia/Tokyo", NOW) == "earlier today"


# ------------------------------------------------------------------------------ through the store


@pytest.fixture
def person(db):
    user_id = users.create_user(db, "alex", "alex", "hash")
    change_id = changes.add_change(db, user_id, "Drink less during the week")
    return user_id, changes.get_change(db, user_id, change_id)


def draft(values, **texts):
    return {"ratings": as_ratings(values), "texts": texts, "step": 4}


def test_a_returning_person_is_reminded_of_last_time_and_asked_since_then(db, person):
    user_id, change = person
    assert checkin.last_time(db, user_id, change) is None
    checkin.save(db, user_id, change,
                 draft((7, 4, 5), **{"checkin.how_going": "It rained.",
                                     "checkin.importance.why_not_lower":
                                         "I want to be properly awake for the kids."}),
                 tz="Europe/London", now=NOW - timedelta(days=27))
    last = checkin.last_time(db, user_id, change)
    line = [s.plain() for s in reflections.continuity(last, "Europe/London", NOW)]
    assert line[0] == "Last time (3 November): importance 7, confidence 4, readiness 5."
    if last.quote:  # their strongest change talk then, word for word
        assert line[1] == f"You wrote then: “{last.quote}”"
        assert last.quote in "I want to be properly awake for the kids."
    since = checkin.since_text(last.at, "Europe/London", NOW)
    assert checkin.how_going_question(1, since).text == "Since 3 November, how have things gone?"


def test_saving_reflects_with_the_question_that_was_asked_and_the_move_since(db, person):
    user_id, change = person
    first = checkin.save(db, user_id, change, draft((2, 5, 3), **{"checkin.how_going": "Meh."}),
                         tz="UTC", now=NOW - timedelta(days=27))
    second = checkin.save(db, user_id, change,
                          draft((9, 5, 3), **{"checkin.how_going": "Something changed. I want this.",
                                              "checkin.note": "Bought sparkling water."}),
                          tz="UTC", now=NOW)
    assert (first.turn, second.turn) == (0, 1)
    assert second.answers[0].question == "Since 3 November, how have things gone?"
    said_back = checkin.reflection(db, user_id, change, second, tz="UTC", now=NOW)
    assert "Importance went from 2 to 9 since 3 November." in said_back.plain() or \
        "Since 3 November, importance went from 2 to 9." in said_back.plain()
    assert said_back.question.plain().endswith("?")
    for sentence in said_back.sentences:
        for quoted in sentence.quotes:
            assert any(quoted in a.text for a in second.answers)


def test_a_label_the_person_removes_is_gone_from_the_reflection_at_once(db, person):
    user_id, change = person
    saved = checkin.save(db, user_id, change,
                         draft((6, 6, 6), **{"checkin.how_going": "I will stop buying wine."}),
                         tz="UTC", now=NOW)
    before = checkin.reflection(db, user_id, change, saved, tz="UTC", now=NOW)
    shown = [m for a in before.answers for m in a.marks]
    talk.correct(db, user_id, change.id, ["I will stop buying wine."], "none")
    after = checkin.reflection(db, user_id, change, saved, tz="UTC", now=NOW)
    assert [m for a in after.answers for m in a.marks] == []
    if shown:
        assert before.sentences[0].quotes and not after.affirmation
    talk.correct(db, user_id, change.id, ["I will stop buying wine."], "change", "commitment")
    corrected = checkin.reflection(db, user_id, change, saved, tz="UTC", now=NOW)
    assert [(m.kind, m.corrected) for a in corrected.answers for m in a.marks] == [
        ("commitment", True)]
    assert corrected.sentences[0].quotes == ("I will stop buying wine.",)


# ------------------------------------------------------------------------------ in your own words


def quote(text, at, strength=1, *marks):
    from change_journal import summary

    return summary.Quote(text, False, "Check-in", "Why?", at, strength,
                         talk=tuple(Mark(side, kind, sentence) for side, kind, sentence in marks))


def test_the_collecting_summary_gathers_one_statement_per_theme_in_their_words():
    from change_journal import summary

    quotes = (
        quote("I want calm mornings. I like wine.", "2026-11-01T08:00:00+00:00", 1,
              ("change", "desire", "I want calm mornings."), ("sustain", "reasons", "I like wine.")),
        quote("I want to sleep.", "2026-11-20T08:00:00+00:00", 1,
              ("change", "desire", "I want to sleep.")),
        quote("It matters for the kids.", "2026-11-02T08:00:00+00:00", 2,
              ("change", "reasons", "It matters for the kids.")),
        quote("I poured it away.", "2026-11-02T09:00:00+00:00", 1,
              ("change", "taking_steps", "I poured it away.")),
        quote("I will stop on Monday.", "2026-11-03T08:00:00+00:00", 1,
              ("change", "commitment", "I will stop on Monday.")),
    )
    sections = (summary.Section("reasons", "Your reasons", quotes),)
    statements = summary.collect(sections)
    assert [(s.theme, s.sentence) for s in statements] == [
        ("desire", "I want to sleep."),  # the most recent at equal strength
        ("reasons", "It matters for the kids."),
        ("steps", "I will stop on Monday."),  # commitment is the strongest step
    ]
    said = summary.collecting_summary(statements, "What do you make of this?", "UTC", NOW)
    assert [s.plain() for s in said] == [
        "Here is what you have said for this change, gathered from everything you have written.",
        "What you want (20 November): “I want to sleep.”",
        "Why it matters to you (2 November): “It matters for the kids.”",
        "What you have done or decided (3 November): “I will stop on Monday.”",
        "What do you make of this?",
    ]
    assert "I like wine." not in " ".join(s.plain() for s in said)  # sustain talk is not gathered


def test_with_one_theme_the_summary_tops_up_to_three_and_says_a_day_once():
    from change_journal import summary

    quotes = tuple(quote(f"I want {thing}.", "2026-11-02T08:00:00+00:00", 1,
                         ("change", "desire", f"I want {thing}."))
                   for thing in ("calm", "sleep", "money", "time"))
    statements = summary.collect((summary.Section("reasons", "Your reasons", quotes),))
    assert len(statements) == summary.COLLECT_FEWEST
    said = [s.plain() for s in summary.collecting_summary(statements, "What now?", "UTC", NOW)]
    assert said[1].startswith("What you want (2 November): ")
    assert said[2].startswith("And also: ") and said[3].startswith("And also: ")


def test_nothing_is_affirmed_twice_on_the_page():
    from change_journal import summary

    step = quote("I poured it away.", "2026-11-02T09:00:00+00:00", 1,
                 ("change", "taking_steps", "I poured it away."))
    sections = (summary.Section("steps", "Steps", (step,)),)
    acts = summary.acts(sections, [])
    assert [a.words for a in acts] == ["I poured it away."]
    assert summary.acts_beyond(acts, summary.collect(sections)) == ()
    helped = summary.Act("helped", "Patches, no. The gum helped. i poured it away.", step.at)
    assert summary.acts_beyond([helped], summary.collect(sections)) == ()  # holds a statement
    kids = quote("Kids.", "2026-11-02T09:00:00+00:00", 1, ("change", "reasons", "Kids."))
    drive = summary.Act("helped", "Leaving the car at home on days I drop off the kids.", step.at)
    assert summary.acts_beyond([drive], summary.collect(
        (summary.Section("reasons", "Reasons", (kids,)),))) == (drive,)  # words inside one
    assert summary.affirm(acts[0], "UTC", NOW).plain() == (
        "On 2 November, you wrote: “I poured it away.” That was your doing.")


def test_a_printed_affirmation_names_its_day_as_a_date():
    """A report is read on other days than it was made: "earlier today" would come untrue."""
    from change_journal import summary

    act = summary.Act("did", "I poured it away.", NOW.isoformat())
    assert summary.affirm(act, "UTC", NOW).plain().startswith("Earlier today, you wrote")
    assert summary.affirm(act, "UTC", NOW, dated=True).plain() == (
        f"On {NOW.day} {NOW:%b %Y}, you wrote: “I poured it away.” That was your doing.")


@pytest.mark.parametrize(("previous", "first"), [("first", True), ("same", False)])
def test_a_reflection_knows_whether_it_follows_the_first_check_in(previous, first):
    """Its next steps leave out Progress after a first check-in (test_next_steps.py)."""
    assert run((6, 6, 6), previous, "nothing written", has_plan=False).first is first


@pytest.mark.parametrize("text", ["---\nIt rained all week.", "**\n\nIt rained all week. <br>",
                                  "…  It rained all week."])
def test_a_line_of_marks_alone_is_never_quoted_as_their_words(text):
    """A walk-through saw "---" quoted as what someone wrote; the first sentence with a word in
    it is quoted instead, and nothing when no sentence has one."""
    for prompt_id in (HOW, "checkin.confidence.why_not_lower"):
        reflection = reflect(as_ratings((6, 3, 6)), [said(prompt_id, text)], before=None,
                             has_plan=False, turn=0, tz="UTC", now=NOW)
        assert [q for s in reflection.sentences for q in s.quotes] == ["It rained all week."]
    emoji = reflect(as_ratings((6, 3, 6)), [said(HOW, "---\n😞")], before=None,
                    has_plan=False, turn=0, tz="UTC", now=NOW)
    assert [q for s in emoji.sentences for q in s.quotes] == ["😞"]  # a feeling, not a mark
    marks_only = reflect(as_ratings((6, 3, 6)), [said(HOW, "--- ** ---")], before=None,
                         has_plan=False, turn=0, tz="UTC", now=NOW)
    assert not [q for s in marks_only.sentences for q in s.quotes]


ASKED_HOW = "How have things been going with this change since you last checked in?"


@pytest.mark.parametrize(("text", "change"), [
    ("Went in twice. Lost £60. Same old.", "stop going in the bookies on the way back from my round"),
    ("found out you can reapply in 2 clicks. did it. lost 900.", "no more 0DTE options"),
    ("brought up the stag do. twice. not proud", "stop dragging up old stuff when me and Rob argue"),
    ("Bad week. Noticed myself doing it and did it anyway.", "An hour a day with nothing in my ears"),
])
def test_a_doing_read_only_from_the_question_is_not_heard_as_a_step_beside_a_setback(text,
                                                                                    change):
    """A review saw "There was a setback: “lost 900.” Alongside it: “did it.” You did that.":
    asked how it is going, something done with nothing in its words to say which way it points
    is read as a step, and beside a setback told in the same answer it is as often the lapse:
    neither affirmed nor quoted as the change side."""
    found = tuple(talk.marks(text, ASKED_HOW, change))
    weak = [m for m in found if m.side == "change" and m.kind == "taking_steps"]
    assert weak and all(m.confidence < talk.WORDS_SURE for m in weak)
    assert any(m.setback for m in found) and not talk.affirmable(found)
    assert not set(talk.for_change(found)) & set(weak)
    reflection = reflect(as_ratings((6, 5, 5)), [Answer(HOW, ASKED_HOW, text, found)],
                         before=None, has_plan=False, turn=1, tz="UTC", now=NOW)
    assert reflection.affirmation is None
    assert not {m.sentence for m in weak} & {q for s in reflection.sentences for q in s.quotes}
    alone = tuple(talk.marks(weak[0].sentence, ASKED_HOW, change))
    assert talk.affirmable(alone) == list(alone)  # told alone, it is heard as a step


@pytest.mark.parametrize(("text", "change"), [
    ("Had one friday night at the rank. Didnt buy a pack. Not proud",
     "no cigs after Ramadan ends this time"),
    ("Rough week. Poured the rest of the wine down the sink.", "drink less"),
])
def test_a_step_the_words_themselves_name_is_affirmed_beside_a_setback(text, change):
    found = tuple(talk.marks(text, ASKED_HOW, change))
    assert any(m.side == "sustain" for m in found)
    step = talk.affirmable(found)
    assert len(step) == 1 and step[0].confidence >= talk.WORDS_SURE
    reflection = reflect(as_ratings((6, 5, 5)), [Answer(HOW, ASKED_HOW, text, found)],
                         before=None, has_plan=False, turn=1, tz="UTC", now=NOW)
    assert reflection.affirmation is not None and step[0].sentence in reflection.plain()


def test_a_step_the_person_labelled_themselves_is_affirmed_however_it_was_read():
    labelled = Mark("change", "taking_steps", "Took it.", corrected=True)
    setback = Mark("sustain", "taking_steps", "Lost £60.")
    assert talk.affirmable([labelled, setback]) == [labelled]
    read = Mark("change", "taking_steps", "Took it.", confidence=talk.WORDS_SURE - 0.01)
    assert talk.affirmable([read, setback]) == [] and talk.affirmable([read]) == [read]
    assert talk.for_change([read, setback]) == [] and talk.for_change([read]) == [read]


def test_sustain_talk_beside_a_weak_step_keeps_it_heard_but_unpraised():
    """Praise asks for more than hearing: beside sustain talk that tells no setback ("Wine helps
    me sleep."), a step read only from its question is still quoted as the change side, but not
    affirmed."""
    step = Mark("change", "taking_steps", "I've had nothing but water since Monday.",
                confidence=0.6)
    reason = Mark("sustain", "reasons", "Wine helps me sleep.")
    assert talk.for_change([reason, step]) == [step] and talk.affirmable([reason, step]) == []


@pytest.mark.parametrize("turn", range(4))
@pytest.mark.parametrize("ruler", ["importance", "confidence", "readiness"])
def test_an_answer_that_starts_with_because_is_not_led_in_by_another_because(turn, ruler):
    """A review saw "Readiness is 6 and not lower, because, in your words, “Because it worked
    once.”": people often start a why-answer with "Because" or "cos"."""
    for text in ("Because it worked once.", "cos i did it before."):
        for marks in ((), (("change", "reasons", text),)):  # by the question, or as change talk
            answers = [said(f"checkin.{ruler}.why_not_lower", text, *marks)]
            plain = reflect(as_ratings((6, 6, 6)), answers, before=None, has_plan=False,
                            turn=turn, tz="UTC", now=NOW).plain()
            assert text in plain
            lead = plain.split("“", 1)[0].lower()
            assert "because" not in lead and " cos " not in lead


def test_no_two_kinds_of_sentence_open_alike():
    """A review saw two check-ins in a row both open "Not everything went to plan:", drawn from
    two lists (a setback alone, a setback beside change talk). Each list picks another variant
    at the next check-in; across lists, no two variants open with the same words (the words
    before the quote), and no two questions are the same."""
    words = load_wording()
    openings: dict[str, str] = {}

    def gather(node, path):
        for key, value in node.items():
            here = f"{path}.{key}"
            if isinstance(value, dict):
                gather(value, here)
            elif isinstance(value, list):
                for n, text in enumerate(value):
                    opening = text if key == "questions" or ".questions" in here else \
                        text.split("{")[0]
                    opening = opening.strip().rstrip(":,").lower()
                    assert opening not in openings, (here, n, openings.get(opening))
                    openings[opening] = f"{here}[{n}]"

    gather(words.get("reflection"), "reflection")
    gather(words.get("affirmation"), "affirmation")
    assert len(openings) > 60


def test_a_lead_and_the_affirmation_beside_it_share_no_phrase():
    """A step quoted as the lead and another affirmed after it read "You wrote what you did:
    ... What you did, in your words: ...": both lists' variants at one turn said the same
    thing twice. No lead of a kind shares three words in a row with the affirmation variant of
    the same turn."""
    words = load_wording()
    by_kind, affirmations = words.get("reflection")["by_kind"], words.get("affirmation")

    def phrases(text: str) -> set[tuple[str, ...]]:
        said = re.findall(r"[a-z']+", re.sub(r"\{\w+\}", " ", text.lower()))
        return {tuple(said[i:i + 3]) for i in range(len(said) - 2)}

    for kind, leads in by_kind.items():
        for name in ("did", "ready"):
            for turn in range(max(len(leads), len(affirmations[name]))):
                lead = leads[turn % len(leads)]
                affirmation = affirmations[name][turn % len(affirmations[name])]
                assert not phrases(lead) & phrases(affirmation), (kind, name, turn)


def test_a_sentence_turning_to_the_change_is_quoted_from_its_turn_when_it_stands_alone():
    """A review saw "You want this, in your words: “I love the wine but I really want to
    stop.”": the change side quoted alone is cut as it is beside sustain talk."""
    text = "I love the wine but I really want to stop."
    answers = [Answer(HOW, ASKED_HOW, text, tuple(talk.marks(text, ASKED_HOW, "Drink less")))]
    assert [m.side for m in answers[0].marks] == ["change"]
    reflection = reflect(as_ratings((6, 6, 6)), answers, before=None, has_plan=False, turn=0,
                         tz="UTC", now=NOW)
    assert reflection.sentences[0].quotes == ("I really want to stop.",)


def test_a_strength_turning_on_but_is_quoted_once_from_its_turn():
    """A review saw "You know something about what you can do: “I know I can stop.”" followed by
    the same words again with "I love the wine but" before them."""
    text = "I love the wine but I know I can stop."
    question = "Why a 3 and not a lower number, like 1 or 0?"
    answers = [Answer("checkin.confidence.why_not_lower", question, text,
                      tuple(talk.marks(text, question, "Drink less")))]
    quotes = [q for s in reflect(as_ratings((8, 3, 5)), answers, before=None, has_plan=False,
                                 turn=0, tz="UTC", now=NOW).sentences for q in s.quotes]
    assert quotes == ["I know I can stop."]


def test_of_two_steps_in_one_answer_the_first_written_is_affirmed():
    """A review asked for the surer of two steps; re-judging 211 reflections found that moved the
    praise to the weaker item three times ("fri was good" over "did both!!": what is read surely
    is often a verdict or a gain, not the act), so the order of writing decides."""
    answer = Answer(HOW, "How?", "did both!! fri was good", (
        Mark("change", "taking_steps", "did both!!", confidence=0.6),
        Mark("change", "taking_steps", "fri was good", confidence=0.9)))
    reflection = reflect(as_ratings((6, 6, 6)), [answer], before=None, has_plan=False, turn=0,
                         tz="UTC", now=NOW)
    assert reflection.affirmation.quotes == ("did both!!",)


def test_still_opening_a_quote_is_kept_and_joining_words_are_not():
    """A review saw "Still did it." quoted as "did it.": "still" turns the sentence, it does not
    join it."""
    assert reflections.quotable("Still did it.") == "Still did it."
    assert reflections.quotable("But I did it.") == "I did it."


def test_an_answer_written_for_another_number_is_not_called_how_things_have_been():
    answer = Answer("checkin.importance.why_not_lower", "Why a 4 and not lower?", "Not sure.",
                    (), for_another_number=True)
    first = reflect(as_ratings((7, 6, 6)), [answer], before=None, has_plan=False, turn=0,
                    tz="UTC", now=NOW).sentences[0].plain()
    assert "how things have been" not in first and "Not sure." in first


def test_last_time_recalls_no_lapse_told_beside_its_setback():
    text = "found out you can reapply in 2 clicks. did it. lost 900."
    found = tuple(talk.marks(text, ASKED_HOW, "no more 0DTE options"))
    assert reflections.strongest_change_talk([Answer(HOW, ASKED_HOW, text, found)]) != "did it."


def test_a_quote_cut_short_says_so_outside_the_quote():
    """A review saw a 300-character sentence quoted up to "... and I know that a”." with nothing
    to say it was cut; the quote stays an exact substring, shown with " …" before the closing
    mark."""
    text = ("I want to stop drinking because " + "my knees and my back and my sleep " * 9
            + "and I know that all of it is the wine.")
    answers = [said(HOW, text, ("change", "desire", text))]
    reflection = reflect(as_ratings((6, 6, 6)), answers, before=None, has_plan=False, turn=0,
                         tz="UTC", now=NOW)
    quote = reflection.sentences[0].quotes[0]
    assert text.startswith(quote) and len(quote) < len(text)
    assert f"“{quote} …”." in reflection.plain()  # as the page of their words shows a cut
    whole = [said(HOW, "I want my mornings back", ("change", "desire", "I want my mornings back"))]
    assert "“I want my mornings back”." in reflect(
        as_ratings((6, 6, 6)), whole, before=None, has_plan=False, turn=0, tz="UTC",
        now=NOW).plain()


def test_a_short_first_sentence_is_joined_until_it_says_something_and_a_long_one_says_cut():
    answers = [said("checkin.importance.why_not_lower", "No. Ok. I want to stop drinking now.")]
    first = reflect(as_ratings((6, 6, 6)), answers, before=None, has_plan=False, turn=0,
                    tz="UTC", now=NOW).sentences[0]
    assert first.quotes == ("No. Ok. I want to stop drinking now.",)
    long = "Not sure. " + "My sleep and my knees and my back " * 12
    answers = [said("checkin.importance.why_not_lower", long)]
    first = reflect(as_ratings((6, 6, 6)), answers, before=None, has_plan=False, turn=0,
                    tz="UTC", now=NOW).sentences[0]
    assert long.startswith(first.quotes[0]) and first.plain().endswith(" …”.")


@pytest.mark.parametrize(("text", "affirmed"), [
    ("Better than I expected! I did Monday and Tuesday with no wine at all and slept right "
     "through.", "I did Monday and Tuesday with no wine at all and slept right through."),
    ("Good week.", None),
    ("Did it!", "Did it!"),  # a control: something told done, in a verdict's words
])
def test_a_verdict_on_how_it_went_is_heard_but_not_affirmed_as_a_deed(text, affirmed):
    """Walked through as a new user: "Better than I expected! I did Monday and Tuesday with no
    wine..." was affirmed as "You wrote “Better than I expected!” You did that.": a verdict on
    how it went is change talk, but no deed; the deed told beside it is affirmed instead."""
    found = tuple(talk.marks(text, ASKED_HOW, "Drink less wine"))
    verdicts = [m for m in found if m.judged]
    assert (text == "Did it!") is not bool(verdicts)
    assert [m.sentence for m in talk.affirmable(found)][:1] == ([affirmed] if affirmed else [])
    reflection = reflect(as_ratings((6, 5, 5)), [Answer(HOW, ASKED_HOW, text, found)],
                         before=None, has_plan=False, turn=1, tz="UTC", now=NOW)
    if affirmed is None:
        assert reflection.affirmation is None
    else:
        assert reflection.affirmation is not None and affirmed in reflection.plain()
        assert all(v.sentence not in affirmed for v in verdicts)
    # Heard as how it went, never led in as a step taken, at any turn.
    for turn in range(4):
        said = reflect(as_ratings((6, 5, 5)), [Answer(HOW, ASKED_HOW, text, found)],
                       before=None, has_plan=False, turn=turn, tz="UTC", now=NOW).plain()
        for verdict in verdicts:
            assert f"a step you took: “{verdict.sentence}" not in said
            assert f"In your own words: “{verdict.sentence}" not in said


def test_a_mixed_sentence_is_quoted_by_its_half_for_each_side():
    """Walked through as a new user: "On one hand" quoted the whole of "I love the way a glass
    helps me unwind after work, but I really want to stop waking up at 3am feeling awful."."""
    text = ("I love the way a glass helps me unwind after work, but I really want to stop waking "
            "up at 3am feeling awful.")
    (mark,) = talk.marks(text, None, "Drink less wine")
    assert reflections.own_side(mark) == "I love the way a glass helps me unwind after work"
