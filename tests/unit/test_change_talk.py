"""The change-talk recogniser: DARN-CAT kinds, their sustain mirrors, who and what a cue is
about, negation, past actions, the prompt answered, confidence and explanations.

Every sentence here is written for these tests; none comes from any corpus or from the
journal set in tests/data.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from change_journal import change_talk
from change_journal.change_talk import (
    KIND_ORDER,
    SHOW_THRESHOLD,
    Segment,
    TalkResult,
    analyse,
    classify,
    rule_hits,
    strongest_first,
)

DRINKING = "drinking less"
MOVING = "moving more"
SMOKING = "quitting smoking"
DEGREE = "finishing my degree"
EATING = "eating less junk food"
PHONE = "less phone at night"
SLEEP = "sleeping more"
GAMBLING = "cutting down on gambling"

HOW_GOING = "How have things been going with this change since you last checked in?"
LIKES = "What do you like about how things are now?"
CONCERNS = "What concerns you about how things are now?"
NOT_LOWER = "Why a 6 and not a lower number, like 4 or 0?"
# Prompts of the rule-class sections below, each defined once.
_SINCE_DATE = "Since 4 May, how have things gone?"
_NOTE = "Anything else you want to note for yourself? (optional)"
_HOW_NOW = "How are things with this change right now, in your own words?"
_STEPS = "What steps do you plan to take, and when?"
_TAKE = "What would it take to go from 5 to 6 or 7?"
_WHY_NOT_LOWER = "Why a 7 and not a lower number, like 5 or 0?"
_WITHOUT = "Imagine it is a year from now and nothing has changed. What is that year like?"
_NEXT = "What do you make of all this? What's next for you, if anything?"
_KEEP = "What helps you keep it at 8?"
_HELPED = "What have you already tried that helped, even a little?"
_FITS = "How does the change you are considering, \u201cRun twice a week\u201d, fit with family?"
_OBSTACLES = "What could get in the way, and what will you do then?"
_COSTS = "What would be not so good about making this change?"
_GOOD_NOW = "What is good about how things are now?"


def _check(sentence: str, change: str | None, label: str, kind: str | None,
           prompt: str | None = None) -> TalkResult:
    result = classify(sentence, prompt=prompt, change=change)
    assert (result.label, result.kind) == (label, kind), (sentence, result, rule_hits(
        sentence, prompt, change))
    return result


# ------------------------------------------------------------------------------ DARN-CAT

@pytest.mark.parametrize(
    ("sentence", "change", "kind"),
    [
        # Desire
        ("I want to cut down on the wine.", DRINKING, "desire"),
        ("I really wish I drank less on weeknights.", DRINKING, "desire"),
        ("I'd love to be able to run with my daughter.", MOVING, "desire"),
        ("I want to keep up with my kids at the park.", MOVING, "desire"),
        ("I like to go for a run before breakfast.", MOVING, "desire"),
        # Ability
        ("I could probably cut down.", DRINKING, "ability"),
        ("I know I can stop if I set my mind to it.", SMOKING, "ability"),
        ("I'm pretty confident I can walk to work twice a week.", MOVING, "ability"),
        ("Honestly it's not difficult once I start.", MOVING, "ability"),
        ("It wasn't as hard as I thought it would be.", SMOKING, "ability"),
        ("I know I can do it, I did it last year.", SMOKING, "ability"),
        # Reasons
        ("It would help me sleep better.", DRINKING, "reasons"),
        ("I'm worried about what it does to my liver.", DRINKING, "reasons"),
        ("I'd have more energy for the kids in the evening.", DRINKING, "reasons"),
        ("I'd sleep better and have more energy for the kids.", DRINKING, "reasons"),
        ("I'm fed up of waking up with a headache.", DRINKING, "reasons"),
        ("It's costing me a fortune.", SMOKING, "reasons"),
        ("Eating better would help me feel less sluggish.", EATING, "reasons"),
        ("Walking clears my head and helps me relax.", MOVING, "reasons"),
        ("It has become a real problem.", DRINKING, "reasons"),
        # Need
        ("I need to stop smoking before the baby comes.", SMOKING, "need"),
        ("I have to do something about my drinking.", DRINKING, "need"),
        ("Something has to change.", DRINKING, "need"),
        # Commitment
        ("I will start walking on Monday.", MOVING, "commitment"),
        ("I'm going to pour the rest of the wine away tonight.", DRINKING, "commitment"),
        ("From now on, weekends only.", DRINKING, "commitment"),
        ("I will stop buying crisps.", EATING, "commitment"),
        ("No more than three nights a week.", DRINKING, "commitment"),
        ("my phone stays downstairs from now on", PHONE, "commitment"),
        # Activation
        ("I'm ready.", DRINKING, "activation"),
        ("I'm willing to give the patches a go.", SMOKING, "activation"),
        ("I'm thinking about joining the walking group.", MOVING, "activation"),
        ("I'm ready to give it a proper go.", MOVING, "activation"),
        # Taking steps
        ("This week I poured out the wine.", DRINKING, "taking_steps"),
        ("I haven't had a cigarette since Friday.", SMOKING, "taking_steps"),
        ("I went to the gym twice.", MOVING, "taking_steps"),
        ("I've already cut back to weekends.", DRINKING, "taking_steps"),
        ("I've been walking to work every day this week.", MOVING, "taking_steps"),
        ("I managed three runs.", MOVING, "taking_steps"),
        ("I've done two dry weeks.", DRINKING, "taking_steps"),
        ("I left my phone in the kitchen last night.", PHONE, "taking_steps"),
        ("I went to bed at ten on Monday.", SLEEP, "taking_steps"),
        ("Bought a bag of salad and actually ate it.", EATING, "taking_steps"),
    ],
)
def test_change_talk_is_recognised_with_its_darn_cat_kind(sentence, change, kind):
    _check(sentence, change, "change", kind)


@pytest.mark.parametrize(
    ("sentence", "change", "kind"),
    [
        ("I don't want to quit.", SMOKING, "desire"),
        ("I want to keep smoking.", SMOKING, "desire"),
        ("I love my evening glass of wine.", DRINKING, "reasons"),
        ("I can't stop.", DRINKING, "ability"),
        ("I'm not sure I can manage without it.", DRINKING, "ability"),
        ("It's really hard to say no when my friends are out.", DRINKING, "ability"),
        ("It helps me relax.", DRINKING, "reasons"),
        ("It's not that bad.", DRINKING, "reasons"),
        ("All my friends drink.", DRINKING, "reasons"),
        ("I don't need to quit.", SMOKING, "need"),
        ("I'm not going to quit.", SMOKING, "commitment"),
        ("I'm not ready to give it up.", SMOKING, "activation"),
        ("I'm not ready yet.", SMOKING, "activation"),
        ("I went back to smoking on Saturday.", SMOKING, "taking_steps"),
        ("I'm not going to give up my Saturday curry.", EATING, "commitment"),
        ("I can't say no when someone offers me one.", SMOKING, "ability"),
    ],
)
def test_sustain_talk_mirrors_each_kind(sentence, change, kind):
    _check(sentence, change, "sustain", kind)


# ------------------------------------------------------------------------------ the issue's classes

@pytest.mark.parametrize(
    ("sentence", "change", "label", "kind"),
    [
        # A wish read through "what I'd like to do is ...".
        ("What I'd like to do is go down to five a day.", SMOKING, "change", "desire"),
        ("All I want is to get my evenings back without a drink.", DRINKING, "change",
         "desire"),
        # A limit: "no more than" is less of the behaviour, not a negation.
        ("No more than three nights a week.", DRINKING, "change", "commitment"),
        # A negated barrier is ability.
        ("Honestly it's not difficult once I start.", MOVING, "change", "ability"),
        # Giving up what is valued, negated, is sustain talk.
        ("I don't want to give up my Friday wine.", DRINKING, "sustain", "desire"),
        # "Keep up with" is not "keep doing".
        ("I want to keep up with my kids at the park.", MOVING, "change", "desire"),
        # A negation governs only what follows it: "don't see the rush" is not about a rush.
        ("I don't see the rush.", DRINKING, "sustain", "reasons"),
        ("I don't really think it's that bad.", DRINKING, "sustain", "reasons"),
        # "I'd miss ..." is what a change would cost, not a wish.
        ("I'd miss the chats at the pub.", DRINKING, "sustain", "reasons"),
        ("I'd miss it too much.", SMOKING, "sustain", "reasons"),
    ],
)
def test_the_issues_examples_are_read_by_general_rules(sentence, change, label, kind):
    _check(sentence, change, label, kind)


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        # Someone else's should, worry or wish is not the person's need, reason or desire.
        ("He told me I should cut down.", DRINKING),
        ("My doctor says I need to stop smoking.", SMOKING),
        ("My sister is worried about me.", DRINKING),
        ("She thinks it's a problem.", DRINKING),
        ("Everyone keeps telling me I have to move more.", MOVING),
        # A cue about something else is not about the change.
        ("It's hard to be assertive at work.", DRINKING),
        ("My aunt's illness has been hard on everyone.", DRINKING),
        ("I'm tired of being talked over in meetings.", DRINKING),
        ("I want to repaint the kitchen this spring.", DRINKING),
        ("I can't find my keys.", SMOKING),
        ("It's a bad day for the garden.", DRINKING),
        # Predictions and conditions are not commitments or claims.
        ("I'm going to be busy all week.", MOVING),
        ("If it started affecting my work I'd think about it.", PHONE),
        # History long ago is not a step taken now.
        ("In my twenties I ran every morning.", MOVING),
        # Plain narrative and small talk.
        ("It rained all day.", DRINKING),
        ("We had the neighbours round for dinner.", DRINKING),
        ("dunno, it just felt like a 5", SMOKING),
    ],
)
def test_cues_about_someone_or_something_else_are_neutral(sentence, change):
    _check(sentence, change, "neutral", None)


# ------------------------------------------------------------------------------ sustain in writing

@pytest.mark.parametrize(
    ("sentence", "change", "kind"),
    [
        # Barriers, tiredness and stress.
        ("I'm too tired after work to go out again.", MOVING, "ability"),
        ("There's just no time with the kids and the commute.", MOVING, "ability"),
        ("Late shifts get in the way every week.", EATING, "ability"),
        ("Cravings are the worst part.", SMOKING, "desire"),
        ("I can't be bothered to cook most nights.", EATING, "desire"),
        # Lapses.
        ("I skipped every run this week.", MOVING, "taking_steps"),
        ("Gave in on Friday and had four glasses.", DRINKING, "taking_steps"),
        ("I went back to smoking after the funeral.", SMOKING, "taking_steps"),
        # Social reasons.
        ("All my friends smoke at break.", SMOKING, "reasons"),
        ("I'd be the odd one out at the pub.", DRINKING, "reasons"),
        ("Everyone my age does it.", PHONE, "reasons"),
        # What the behaviour gives.
        ("It's how I unwind after a long day.", DRINKING, "reasons"),
        ("Scrolling is the only way I switch off.", PHONE, "reasons"),
        ("It's a nice treat at the end of the week.", EATING, "reasons"),
        ("The takeaway is quick and it tastes great.", EATING, "reasons"),
        ("I love my sofa.", MOVING, "reasons"),
        ("Work has been so stressful that a drink is the one thing I look forward to.",
         DRINKING, "reasons"),
        # Playing it down.
        ("I don't drink that much, to be fair.", DRINKING, "reasons"),
        ("It's not a problem for me.", DRINKING, "reasons"),
        ("I'm not worried about it.", DRINKING, "reasons"),
    ],
)
def test_sustain_talk_in_writing_barriers_lapses_social_reasons_and_what_it_gives(
        sentence, change, kind):
    _check(sentence, change, "sustain", kind)


@pytest.mark.parametrize(
    ("sentence", "change", "label"),
    [
        # What the behaviour gives is sustain talk; what the change gives is change talk.
        ("It helps me relax.", DRINKING, "sustain"),
        ("Walking helps me relax.", MOVING, "change"),
        ("Running is fun.", MOVING, "change"),
        ("Wine is fun.", DRINKING, "sustain"),
        # Harm the other way round.
        ("Smoking makes me feel awful in the morning.", SMOKING, "change"),
        ("Running makes me feel awful in the morning.", MOVING, "sustain"),
        # "it" looking ahead is the change.
        ("It would help me sleep.", DRINKING, "change"),
    ],
)
def test_benefit_or_harm_takes_its_side_from_what_gives_it(sentence, change, label):
    assert classify(sentence, change=change).label == label


# ------------------------------------------------------------------------------ negation and scope

@pytest.mark.parametrize(
    ("sentence", "change", "label"),
    [
        ("I don't want to keep drinking like this.", DRINKING, "change"),
        ("I'm not going to drink this weekend.", DRINKING, "change"),
        ("I don't want to end up in hospital again.", DRINKING, "change"),
        ("I'm not sure I want to change anything.", None, "sustain"),
        ("I don't think it's not a problem.", DRINKING, "change"),
        ("It isn't fun any more.", DRINKING, "change"),
        ("It's not that hard.", MOVING, "change"),
        ("It's hard.", MOVING, "sustain"),
        ("I try really hard not to smoke near the kids.", SMOKING, "neutral"),
        ("I don't see myself stopping.", SMOKING, "sustain"),
        ("It's not an issue for me.", SMOKING, "sustain"),
        ("It's not a habit, just now and then.", SMOKING, "sustain"),
        ("I wouldn't call myself a heavy drinker.", DRINKING, "sustain"),
        ("I don't have any plans to give up.", SMOKING, "sustain"),
        ("I'm not hurting anyone.", SMOKING, "sustain"),
    ],
)
def test_negation_flips_only_the_cue_it_governs(sentence, change, label):
    assert classify(sentence, change=change).label == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Ambivalence: what follows "but" is what the person leans on ...
        ("I want to cut down, but I'd miss the evenings out.", "sustain"),
        ("I like a drink, but I want to be there for my kids.", "change"),
        # ... and what a concession ("even though") gives way to is what counts.
        ("I still crave one after dinner, even though I've stopped.", "sustain"),
    ],
)
def test_mixed_sentences_lean_where_the_person_leans(sentence, label):
    change = SMOKING if "crave" in sentence else DRINKING
    assert classify(sentence, change=change).label == label


# ------------------------------------------------------------------------------ direction

@pytest.mark.parametrize(
    ("sentence", "change", "label"),
    [
        ("I want to drink less.", DRINKING, "change"),
        ("I want a drink.", DRINKING, "sustain"),
        ("I want to exercise more.", MOVING, "change"),
        ("I want to stop exercising.", MOVING, "sustain"),
        ("I'd like to finish my degree.", DEGREE, "change"),
        ("I don't want to finish my degree.", DEGREE, "sustain"),
        ("I want to drink more water.", "drink more water", "change"),
        ("I want to eat more vegetables.", EATING, "change"),
        ("I want to cut down.", GAMBLING, "change"),
    ],
)
def test_direction_comes_from_the_change_the_person_works_on(sentence, change, label):
    assert classify(sentence, change=change).label == label


def test_direction_is_read_without_a_stated_change_too():
    assert classify("I want to quit smoking.").label == "change"
    assert classify("I want to keep smoking.").label == "sustain"


@pytest.mark.parametrize(
    ("sentence", "change", "label"),
    [
        # A past action is a step taken, or a lapse, by what was done.
        ("I went for a run on Tuesday.", MOVING, "change"),
        ("I skipped the gym again.", MOVING, "sustain"),
        ("I skipped dessert every night.", EATING, "change"),
        ("I stopped smoking in March.", SMOKING, "change"),
        ("I stopped running when it got cold.", MOVING, "sustain"),
        ("I haven't bought a pack since Thursday.", SMOKING, "change"),
        ("I've started setting an alarm to remind me to wind down.", SLEEP, "change"),
    ],
)
def test_past_actions_are_steps_or_lapses_by_what_was_done(sentence, change, label):
    assert classify(sentence, change=change).label == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("went twice!! legs are dead but I went", "change"),
        ("haven't managed it once this week", "sustain"),
        ("three dry nights!", "change"),
        ("only had a drink on tuesday, first time in ages", "change"),
        ("poured a glass and then just didn't drink it", "change"),
    ],
)
def test_a_progress_report_reads_short_diary_entries_as_steps_or_lapses(sentence, label):
    change = "Get back to the gym" if "went" in sentence or "managed" in sentence else DRINKING
    assert classify(sentence, prompt=HOW_GOING, change=change).label == label


@pytest.mark.parametrize(
    ("name", "sentence", "change", "label"),
    [
        # Quantities going down: a step when the change is to do less, a shortfall when more.
        ("fewer of a do-less behaviour", "only two drinks on friday", DRINKING, "change"),
        ("cut to a number", "cut it down to five a day", "Quit smoking", "change"),
        ("fewer than before", "fewer takeaways than last week", "Eat less takeaway", "change"),
        ("only of a do-more behaviour", "only ran once, it was raining", "Run twice a week",
         "sustain"),
        # A replacement reported is a step; what was replaced decides when it is named.
        ("replacement of something unnamed", "had porridge instead of a pastry every morning",
         "Eat less sugar", "change"),
        ("replacement named", "swapped the evening wine for fizzy water", "Cut back on wine",
         "change"),
        ("did the behaviour instead of the status quo",
         "went for a run instead of flopping on the sofa", "Run twice a week", "change"),
        ("the status quo instead of the behaviour", "scrolled instead of reading",
         "Less phone at night", "sustain"),
        # The change's own words name its behaviour, whatever the topic.
        ("own verb done", "meditated on three mornings", "Meditate daily", "change"),
        ("own verb not done", "didn't meditate at all", "Meditate daily", "sustain"),
        ("own noun", "took the stairs every day", "Take the stairs", "change"),
        ("own words for sleep", "lights out by 11 three nights this week", "Go to bed by 11",
         "change"),
        ("as usual", "ordered deliveroo three times, same as always", "Eat less takeaway",
         "sustain"),
    ],
)
def test_diary_reports_of_concrete_things_read_by_quantity_replacement_and_the_changes_words(
        name, sentence, change, label):
    assert classify(sentence, prompt=HOW_GOING, change=change).label == label, name


@pytest.mark.parametrize(
    ("name", "sentence", "change"),
    [
        ("fewer outside a report", "I only had two drinks at the wedding.", DRINKING),
        ("instead outside a report", "We went to the cinema instead.", DRINKING),
        ("numbers without a behaviour", "just two more weeks until the holiday", DRINKING),
    ],
)
def test_quantities_and_replacements_outside_a_progress_report_are_not_steps(name, sentence,
                                                                             change):
    assert classify(sentence, change=change).kind != "taking_steps", name


def test_a_story_of_doing_the_behaviour_counts_little_outside_a_progress_report():
    told = classify("I had a few drinks at the party.", change=DRINKING)
    reported = classify("I had a few drinks at the party.", prompt=HOW_GOING, change=DRINKING)
    assert reported.label == "sustain"
    assert told.label == "neutral" or told.confidence < reported.confidence


# ------------------------------------------------------------------------------ the prompt

@pytest.mark.parametrize(
    ("answer", "prompt", "label", "kind"),
    [
        ("The evenings are the best part of my day.", LIKES, "sustain", "reasons"),
        ("My chest feels tight on the stairs.", CONCERNS, "change", "reasons"),
        ("Because my son asked me to stop.", NOT_LOWER, "change", "reasons"),
        ("Feeling properly rested for once.",
         "If you do make this change, what is the best that could happen?", "change", "reasons"),
        ("Heavier, broke and still coughing.",
         "Imagine it is a year from now and nothing has changed. What is that year like?",
         "change", "reasons"),
        ("Walk to the station on Mondays and Thursdays.",
         "What steps do you plan to take, and when?", "change", "commitment"),
        ("My brother, he quit last year and offered to check in on me.",
         "Who could help you, and how?", "change", "ability"),
        ("I'm knackered and snappy with everyone.",
         "What is not so good about how things are now?", "change", "reasons"),
        ("Saving a bit on the weekly shop.",
         "What is good about how things are now?", "sustain", "reasons"),
    ],
)
def test_an_answer_without_a_cue_of_its_own_follows_the_question_it_answers(
        answer, prompt, label, kind):
    _check(answer, SMOKING, label, kind, prompt=prompt)


@pytest.mark.parametrize(
    "answer",
    ["dunno, it just felt like a 6", "no idea really", "I'd say a 7.", "Yes.", "Okay."],
)
def test_an_answer_that_gives_no_answer_stays_neutral(answer):
    assert classify(answer, prompt=NOT_LOWER, change=DRINKING).label == "neutral"


def test_own_words_outweigh_what_the_question_evokes():
    result = classify("Honestly, nothing, it's fine as it is.", prompt=CONCERNS, change=DRINKING)
    assert result.label == "sustain"


def test_elliptical_answer_takes_its_direction_from_the_question():
    prompt = "Could you try two alcohol-free days a week?"
    result = classify("I can do that.", prompt=prompt, change=DRINKING)
    assert (result.label, result.kind) == ("change", "ability")
    assert classify("I'm not sure I can.", prompt=prompt, change=DRINKING).label == "sustain"


def test_a_question_of_fact_evokes_nothing():
    result = classify("About three glasses most evenings.", prompt="How much do you drink?",
                      change=DRINKING)
    assert result.label == "neutral"


@pytest.mark.parametrize("sentence", ["Should I quit?", "Will I ever manage to stop?",
                                      "Can I really cut down"])
def test_questions_are_not_commitment(sentence):
    assert classify(sentence, change=SMOKING).label == "neutral"


# ------------------------------------------------------------------------------ neutral

@pytest.mark.parametrize(
    "sentence",
    ["I had toast for breakfast.", "My sister visited on Sunday.", "It rained all day.",
     "We watched a film together.", "Okay.", "", "   "],
)
def test_neutral_talk_is_neutral_with_no_triggers(sentence):
    result = classify(sentence, change=DRINKING)
    assert (result.label, result.kind, result.strength, result.triggers) == (
        "neutral", None, None, ())
    assert not result.shown


# ------------------------------------------------------------------------------ confidence

@given(st.text(max_size=120))
def test_confidence_is_always_between_zero_and_one(text):
    for prompt in (None, HOW_GOING, CONCERNS):
        result = classify(text, prompt=prompt, change=DRINKING)
        assert 0.0 <= result.confidence <= 1.0


@pytest.mark.parametrize(
    ("stronger", "weaker"),
    [
        # A cue whose object names the change beats one whose object says nothing ("I need to
        # ..." of the behaviour is a sort shown less sure since version 31: see
        # ``evidence._SHOWN_RARELY_RIGHT``).
        ("I want to cut down on the wine.", "I can sort a few things."),
        # Two cues that agree beat one.
        ("I'm worried about my liver and I want to cut down.", "I want to cut down."),
        # Evidence on the other side lowers it: ambivalence is less sure.
        ("I want to cut down.", "I want to cut down, but it helps me relax."),
        # A question is less sure than a statement.
        ("I will cut down.", "Will I cut down?"),
    ],
)
def test_confidence_is_higher_for_clearer_evidence(stronger, weaker):
    a, b = classify(stronger, change=DRINKING), classify(weaker, change=DRINKING)
    assert a.confidence > b.confidence, (a, b)


@pytest.mark.parametrize(
    ("name", "sentence", "prompt", "change", "low", "high"),
    [
        # Confidence follows the kind of evidence.
        ("own I, modal, object names the change", "I'm going to cut down on the wine.", None,
         DRINKING, 0.85, 1.0),
        ("fixed cue", "It calms me down.", None, DRINKING, 0.6, 0.8),
        # A sort measured rarely right when shown alone: as sure as an object that says nothing.
        ("fixed cue rarely right", "No time after work.", None, DRINKING, 0.0, 0.45),
        ("answer read only from its question", "My chest on the stairs.", CONCERNS, SMOKING,
         0.45, 0.6),
        ("object says nothing", "I can sort a few things.", None, DRINKING, 0.0, 0.45),
    ],
)
def test_confidence_follows_the_kind_of_evidence(name, sentence, prompt, change, low, high):
    result = classify(sentence, prompt=prompt, change=change)
    assert result.label != "neutral", name
    assert low <= result.confidence < high, (name, result)


@pytest.mark.parametrize(
    ("name", "sentence", "prompt", "shown"),
    [
        ("strong evidence is shown", "I'm going to cut down on the wine.", CONCERNS, True),
        ("an answer from its question is shown", "My chest on the stairs.", CONCERNS, True),
        ("a lone cue about something else is not", "I can pick the car up tomorrow.", None,
         False),
    ],
)
def test_the_show_threshold_hides_only_the_weakest_evidence(name, sentence, prompt, shown):
    result = classify(sentence, prompt=prompt, change=DRINKING)
    assert result.shown is shown, (name, result)


def test_an_answer_read_from_the_question_is_less_sure_than_the_persons_own_cue():
    own = classify("I'm worried about my chest.", prompt=CONCERNS, change=SMOKING)
    evoked = classify("My chest on the stairs.", prompt=CONCERNS, change=SMOKING)
    assert own.label == evoked.label == "change"
    assert own.confidence > evoked.confidence


def test_shown_means_change_or_sustain_talk_at_the_show_threshold():
    assert 0.0 <= SHOW_THRESHOLD <= 1.0
    result = classify("I'm worried about my liver and I want to cut down.", change=DRINKING)
    assert result.confidence >= SHOW_THRESHOLD and result.shown and result.is_confident()
    assert not TalkResult("change", "desire", "preparatory", (), 0.0).is_confident(0.5)
    assert TalkResult("change", "desire", "preparatory", (), 0.6).is_confident(0.5)
    assert not TalkResult("neutral", None, None, (), 1.0).shown


def test_results_made_by_hand_keep_working_and_default_to_full_confidence():
    result = TalkResult("change", "desire", "preparatory", ("I want to",))
    assert result.confidence == 1.0 and result.shown


# ------------------------------------------------------------------------------ strength, triggers

@pytest.mark.parametrize(
    ("sentence", "strength"),
    [("I will start walking on Monday.", "mobilising"), ("I'm ready.", "mobilising"),
     ("I went to the gym twice.", "mobilising"), ("I want to walk more.", "preparatory"),
     ("I could walk to work.", "preparatory"), ("I need to move more.", "preparatory")],
)
def test_strength_is_mobilising_for_commitment_activation_and_taking_steps(sentence, strength):
    assert classify(sentence, change=MOVING).strength == strength


@pytest.mark.parametrize(
    "sentence",
    ["I don't want to keep drinking like this.", "It helps me relax, honestly.",
     "This week I poured out the wine.", "I'm worried about my liver and my sleep.",
     "I'm too tired after work to go out again.", "I'd miss the chats at the pub."],
)
def test_triggers_quote_the_input_exactly(sentence):
    result = classify(sentence, change=DRINKING)
    assert result.triggers
    assert all(t in sentence for t in result.triggers)


@pytest.mark.parametrize(
    ("sentence", "change", "trigger"),
    [
        ("I don't want to quit.", SMOKING, "I don't want to quit"),
        ("It's not difficult.", MOVING, "not difficult"),
        ("I'm too tired after work.", MOVING, "too tired"),
        ("I skipped every run this week.", MOVING, "I skipped every run"),
        ("What I'd like to do is go down to five a day.", SMOKING, "go down to"),
    ],
)
def test_triggers_name_the_words_behind_the_label_negation_included(sentence, change, trigger):
    result = classify(sentence, change=change)
    assert any(trigger in t for t in result.triggers), result.triggers


def test_curly_apostrophes_are_understood_and_quoted_as_written():
    result = classify("I don\u2019t want to quit.", change=SMOKING)
    assert result.label == "sustain"
    assert result.triggers == ("I don\u2019t want to quit",)


def test_explain_names_the_kind_and_quotes_the_words():
    assert classify("I want to quit.").explain() == 'Change talk (desire): "I want to quit"'
    assert "taking steps" in classify("I poured out the wine.", change=DRINKING).explain()


@pytest.mark.parametrize(
    "sentence",
    ["It helps me relax.", "I don't want to quit.", "I can't stop.", "It's not that bad.",
     "I'm not ready to give it up.", "I skipped every run this week."],
)
def test_explain_for_sustain_talk_is_free_of_judgement(sentence):
    explanation = classify(sentence, change=SMOKING if "run" not in sentence else MOVING).explain()
    assert explanation.startswith("Sustain talk")
    own_words_removed = re.sub(r'"[^"]*"', "", explanation)
    judgement = r"\b(?:wrong|bad|mistake|fail\w*|should|must|excuse\w*|denial|resist\w*|blame)\b"
    assert not re.search(judgement, own_words_removed, re.I)


def test_explain_for_neutral_talk_is_one_plain_sentence():
    explanation = classify("It rained all day.").explain()
    assert explanation.endswith(".") and explanation.count(".") == 1


def test_rule_hits_name_each_rule_and_the_side_it_spoke_for():
    hits = rule_hits("I want to cut down, but it helps me relax.", change=DRINKING)
    assert ("what it gives", "sustain") in hits
    assert any(rule.startswith("desire") and side == "change" for rule, side in hits)
    assert rule_hits("It rained all day.") == []


# ------------------------------------------------------------------------------ answers and order

def test_analyse_splits_an_answer_into_sentences_with_exact_offsets():
    text = ("I want to drink less.  It helps me relax, though!\n"
            "This week I poured out the wine... I'm ready.\nI had toast")
    segments = analyse(text, change=DRINKING)
    assert [s.text for s in segments] == [
        "I want to drink less.", "It helps me relax, though!", "This week I poured out the wine...",
        "I'm ready.", "I had toast",
    ]
    assert all(text[s.start:s.end] == s.text for s in segments)
    assert [s.result.label for s in segments] == ["change", "sustain", "change", "change",
                                                  "neutral"]


def test_analyse_passes_the_prompt_and_change_to_each_sentence():
    [segment] = analyse("My chest feels tight on the stairs.", prompt=CONCERNS, change=SMOKING)
    assert segment.result.label == "change"


@given(st.text(alphabet=st.sampled_from(list("ab .!?\n\u2019'-")), max_size=60))
def test_analyse_offsets_always_give_back_the_segment_text(text):
    segments = analyse(text)
    assert all(text[s.start:s.end] == s.text and s.text == s.text.strip() and s.text
               for s in segments)
    assert [s.start for s in segments] == sorted(s.start for s in segments)


def _segment(text: str, label: str, kind: str | None) -> Segment:
    strength = None if kind is None else "mobilising" if kind in {
        "commitment", "activation", "taking_steps"} else "preparatory"
    return Segment(0, len(text), text, TalkResult(label, kind, strength, ()))  # type: ignore[arg-type]


def test_strongest_first_puts_mobilising_before_preparatory_and_keeps_ties_in_order():
    segments = [
        _segment("neutral one", "neutral", None),
        _segment("desire", "change", "desire"),
        _segment("sustain", "sustain", "reasons"),
        _segment("commitment", "change", "commitment"),
        _segment("reasons a", "change", "reasons"),
        _segment("taking steps", "change", "taking_steps"),
        _segment("reasons b", "change", "reasons"),
        _segment("neutral two", "neutral", None),
    ]
    ordered = [s.text for s in strongest_first(segments)]
    assert ordered == ["commitment", "taking steps", "reasons a", "reasons b", "desire",
                       "neutral one", "sustain", "neutral two"]


def test_kind_order_lists_every_kind_once_mobilising_first():
    assert len(set(KIND_ORDER)) == 7
    assert set(KIND_ORDER[:3]) == {"commitment", "taking_steps", "activation"}


# ------------------------------------------------------------------ version 5: rule classes
# Each row: a name, the sentence, its prompt, the change, the expected label. Written as new
# sentences of each class (not copied from a journal set).
V5_CASES = [
    # Progress prompts: the app's three how-going forms are read as progress reports.
    ("since-when prompt is a progress report", "Two coffees a day instead of the usual five.",
     _SINCE_DATE, "Fewer coffees", "change"),
    ("right-now prompt reads a trailing only", "Had a beer on Friday only.", _HOW_NOW,
     "Drink less beer", "change"),
    ("right-now prompt: not started is not a lapse", "Haven't started yet, been busy.",
     _HOW_NOW, "Swim twice a week", "neutral"),
    # Switching a thing off is a stop verb; "off" after the thing marks less of it.
    ("cancel is stopping", "I'm going to cancel the streaming apps tonight.", _STEPS,
     "Less TV", "change"),
    ("left off the list", "Left the crisps off the shopping list this week.", None,
     "Fewer snacks", "change"),
    # The other side of a behaviour named with its word.
    ("ginger beer is not beer", "I'll have to keep some ginger beer in for the match.",
     _STEPS, "No beer on weeknights", "change"),
    # A place, and a time, are not less of it or the status quo.
    ("away from the desk is a place", "Ate lunch away from my desk three times.", _HOW_NOW,
     "Take a proper lunch break", "change"),
    ("at the same time is not the status quo",
     "Both of us actually going to bed at the same time.",
     "If you do make this change, what is the best that could happen?", "Lights out by 11",
     "change"),
    # Modal idioms say nothing of ability or commitment.
    ("can't stand is dislike", "Can't stand the smell of the new cigarettes.",
     "Anything else you want to note for yourself? (optional)", "Quit smoking", "neutral"),
    ("not gonna lie", "Cat videos are oddly calming, not gonna lie.",
     "Anything else you want to note for yourself? (optional)", "Less phone", "neutral"),
    # A bad outcome for someone else is not one's own.
    ("others rely on me", "I like being the one everyone can rely on at home.", LIKES,
     "Leave work on time", "sustain"),
    # Embedded questions and denied barriers are not claims.
    ("what would help is a question", "I tried muting it once, so no idea what would help.",
     "What would have to happen for you to feel even a little more confident?", "Less Twitter",
     "sustain"),
    ("not because too tired", "Resting on purpose, not because I'm too tired to move.",
     "What does leisure mean to you?", "Leave work by six", "neutral"),
    ("pointless before a noun", "I end up in pointless rows online that ruin my evening.",
     CONCERNS, "Less Reddit", "change"),
    # A symptom with "can't" is harm, not (in)ability, when the change is something else.
    ("can't sleep is a symptom", "I get so wound up I can't sleep.", CONCERNS,
     "Stop doomscrolling", "change"),
]


@pytest.mark.parametrize(("sentence", "prompt", "change", "label"),
                         [c[1:] for c in V5_CASES], ids=[c[0] for c in V5_CASES])
def test_version5_rule_classes(sentence: str, prompt: str | None, change: str,
                               label: str) -> None:
    assert change_talk.classify(sentence, prompt, change).label == label


@pytest.mark.parametrize(("sentence", "prompt", "with_q"), [
    ("I want to drink less.", CONCERNS, True),
    ("I want to keep drinking.", CONCERNS, False),
], ids=["with", "against"])
def test_confidence_follows_the_question(sentence: str, prompt: str,
                                         with_q: bool) -> None:
    """A label the open question evokes is surer than the same cue without the question; one
    against it less sure."""
    alone = change_talk.classify(sentence, None, "Drink less").confidence
    asked = change_talk.classify(sentence, prompt, "Drink less").confidence
    assert (asked > alone) if with_q else (asked < alone)


# ------------------------------------------------------------------ version 6: rule classes
# New sentences of each class (not copied from a journal set or a transcript).
V6_CASES = [
    # Asked how it has gone: what the person did is a step; how they judge it decides.
    ("something done is a step", "Packed a lunch on Monday and Wednesday.", _SINCE_DATE,
     "Fewer meal deals", "change"),
    ("a diary's 'did it' is no question", "Did it three mornings!", _SINCE_DATE,
     "Stretch every morning", "change"),
    ("the change's own verb in the past", "Left work at 5:45 on Thursday.", _HOW_NOW,
     "Leave work by six", "change"),
    ("judged badly", "A rough week, went over every night.", _SINCE_DATE, "Cap TV at an hour",
     "sustain"),
    ("judged well", "Halfway there, I reckon.", _SINCE_DATE, "Cap TV at an hour", "change"),
    ("the rest was fine", "Crisps on Monday, but the rest of the week was fine.", _SINCE_DATE,
     "Fewer snacks", "change"),
    ("days kept", "Five nights out of seven.", _HOW_NOW, "Lights out by 11", "change"),
    ("not once", "Not once since Sunday.", _SINCE_DATE, "Stop biting my nails", "change"),
    ("down from", "Three coffees a day, down from six.", _SINCE_DATE, "Fewer coffees", "change"),
    ("habits now are no report", "I usually have three or four coffees a day.", _HOW_NOW,
     "Fewer coffees", "neutral"),
    # What it would take: the person's own means, not what others would have to do (since
    # version 38 neither has a side without a cue of its own: see questions._ASKS_TAKE; since
    # version 42 an action of the person's own, or "maybe if I ...", is change talk again).
    ("own means", "a running partner to keep me honest", _TAKE, "Run on Sundays", "neutral"),
    ("others acting", "my boss letting me leave early on Fridays", _TAKE, "Run on Sundays",
     "neutral"),
    ("a condition of my own doing", "maybe if I kept the biscuits at work", _TAKE,
     "Fewer biscuits", "change"),
    ("a condition of someone else's", "if the doctor said so", _TAKE, "Fewer biscuits",
     "neutral"),
    # A one-word answer answers its question; a bare yes does not.
    ("one word answers", "Grandkids.", _WHY_NOT_LOWER, "Quit smoking", "change"),
    ("a bare yes", "Yeah.", _WHY_NOT_LOWER, "Quit smoking", "neutral"),
    # A cue whose object says nothing yields to the side the question evokes.
    ("a weak cue yields to the question", "It's warm and I can catch up on emails on the bus.", LIKES,
     "Cycle to work", "sustain"),
    # Someone else's view, by name; others doing it too; a need about something else.
    ("a named person's view", "Dave thinks I drink too much.", _NOTE, "Drink less",
     "neutral"),
    ("most people do it", "It wouldn't be a disaster, most people drink like me.", _WITHOUT,
     "Drink less", "sustain"),
    ("a need about something else", "Need to get the car in for its MOT.", _NOTE,
     "Drink less", "neutral"),
    # Commitment and readiness whatever their object.
    ("shall", "I shall cut down to two glasses from Monday.", None, "Drink less", "change"),
    ("ready to", "I'm ready to set a date.", None, "Quit smoking", "change"),
]


@pytest.mark.parametrize(("sentence", "prompt", "change", "label"),
                         [c[1:] for c in V6_CASES], ids=[c[0] for c in V6_CASES])
def test_version6_rule_classes(sentence: str, prompt: str | None, change: str,
                               label: str) -> None:
    assert change_talk.classify(sentence, prompt, change).label == label


# ------------------------------------------------------------------ version 7: rule classes
# New sentences of each class (not copied from a journal set or a transcript).
V7_CASES = [
    # Barriers: attempts that failed, a means ruled out, too much on.
    ("repeated attempts", "I've tried about four times already and it never lasts.", _TAKE,
     "Quit smoking", "sustain"),
    ("a means ruled out", "Leaving my phone downstairs, but that's not happening.", _TAKE,
     "Less phone at night", "sustain"),
    ("too much on", "There's so much going on at work right now.", _NOTE, "Walk every day",
     "sustain"),
    # How the person judges the week, told in a progress report.
    ("nothing done", "Work was manic so nothing got done.", _SINCE_DATE, "Walk every day",
     "sustain"),
    ("it's been rough", "It's been rough, honestly.", _SINCE_DATE, "Fewer snacks", "sustain"),
    ("a bare judgement", "Pretty bad, to be honest.", _SINCE_DATE, "Fewer snacks", "sustain"),
    ("a lapse done again", "Did an all-nighter again on Thursday.", _SINCE_DATE,
     "Stop pulling all-nighters", "sustain"),
    ("a diary's 'did'", "Did forty minutes on the bike on Tuesday.", _SINCE_DATE, "Exercise more",
     "change"),
    ("a diary's 'no X'", "Four days. No cigarettes.", _SINCE_DATE, "Quit smoking", "change"),
    ("a stop verb over its whole object", "Uninstalled two shopping apps from my phone on Sunday.",
     _SINCE_DATE, "Stop impulse buying", "change"),
    # Answers that say nothing of the person's own, and conditions outside their doing.
    ("'I don't know' is no answer", "I don't know, the weekends are just long.", _TAKE,
     "Drink less", "neutral"),
    ("a condition that befalls", "If I found out it was hurting my lungs.", _TAKE,
     "Smoke less", "neutral"),
    ("someone else's wish", "My husband wants me to stop, he keeps bringing it up.",
     _WHY_NOT_LOWER, "Stop vaping", "neutral"),
    ("someone else upset", "My mum is really upset about it.", _WHY_NOT_LOWER, "Stop vaping",
     "neutral"),
    ("someone else acting", "Someone to walk the dog in the mornings.", _TAKE,
     "Sleep more", "neutral"),
    ("a thing being over", "exams being over", _TAKE, "Sleep more", "neutral"),
    ("nothing good about now", "Nothing, really.", LIKES, "Quit smoking", "change"),
    # Readiness, arrangements and wishes, with their objects and negations.
    ("it's time", "Honestly, it's time.", _NEXT, "Quit smoking", "change"),
    ("an arrangement", "I'm booking the course this weekend.", None, "Finish my degree",
     "change"),
    ("an arrangement to keep the habit", "I'm drinking this weekend, it's my birthday.", None,
     "Drink less", "sustain"),
    ("fancy", "I don't fancy giving up the wine.", None, "Drink less", "sustain"),
    ("looking to", "I'm not looking to quit.", None, "Quit smoking", "sustain"),
    ("not that", "Not that I'm planning to stop or anything.", None, "Quit vaping", "sustain"),
    ("getting back into it", "I want to get back into it, I just keep making excuses.", None,
     "Swim weekly", "change"),
    ("'that' is what an earlier clause named",
     "Maybe without the telly in the bedroom, though I'm not ready to give that up.", _TAKE,
     "Sleep more", "sustain"),
    ("'it' with its circumstances", "I'm not sure I can do it with three kids and night shifts.",
     _TAKE, "Exercise more", "sustain"),
    ("the lesser side of a comparison", "I enjoy it more than I worry about it.", _NOTE,
     "Smoke less", "sustain"),
    ("switched off at a time", "I'll switch the telly off at ten.", None, "Sleep more",
     "change"),
    ("the question read in the first person", "Remembering how rough I felt in January.",
     _KEEP, "Drink less", "change"),
    ("running out is not running", "Had a shocker, ran out and bought more.", _SINCE_DATE,
     "Quit smoking", "sustain"),
]


@pytest.mark.parametrize(("sentence", "prompt", "change", "label"),
                         [c[1:] for c in V7_CASES], ids=[c[0] for c in V7_CASES])
def test_version7_rule_classes(sentence: str, prompt: str | None, change: str,
                               label: str) -> None:
    assert change_talk.classify(sentence, prompt, change).label == label, rule_hits(
        sentence, prompt, change)


# ------------------------------------------------------------------ version 8: general mechanisms
# Invented sentences for each mechanism (not copied from a journal set or a transcript).
V8_CASES = [
    # A state stated as a fact, asked how it went or what it would take: a barrier.
    ("tiredness asked how it went", "Completely shattered, didn't even try.", HOW_GOING,
     "Run twice a week", "sustain"),
    ("weather asked how it went", "Rain all week, so the bike stayed in.", HOW_GOING,
     "Cycle to work", "sustain"),
    ("a state stated as a fact", "Honestly it's hectic at home in the evenings.", _TAKE,
     "Cook at home more", "sustain"),
    ("what would have to happen is not a barrier", "Better weather, maybe.", _TAKE,
     "Cycle to work", "neutral"),  # nor, since version 38, change talk
    ("tiredness outside a barrier question", "I'm exhausted all the time from the wine.", _NOTE,
     "Drink less", "change"),
    ("a participle is not an action", "Knackered.", HOW_GOING, "Bed by eleven", "sustain"),
    # A reply denying what a change-evoking question asks for.
    ("nobody to help", "Nobody, my friends would laugh.", "Who could help you, and how?",
     "Drink less", "sustain"),
    ("nothing has helped", "Nothing really, I just forget.", _HELPED, "Floss daily", "sustain"),
    ("a denial only as a whole clause", "Nothing after eight, the laptop stays shut.", _HELPED,
     "Less screen time", "change"),
    # "What's next?" evokes change talk.
    ("what is next", "Carry on like this, maybe add a weekend.", _NEXT, "Walk every day",
     "change"),
    # Days kept, counted without the behaviour named.
    ("days without", "Four days without, a record.", HOW_GOING, "Quit vaping", "change"),
    # Asked how the change fits a value, "it" is the change; a value at odds is sustain talk.
    ("a value at odds", "It clashes a bit, evenings are our family time.", _FITS,
     "Run twice a week", "sustain"),
    ("at odds, the habit named", "Drinking this much goes against who I want to be.", _NOTE,
     "Drink less", "change"),
]


@pytest.mark.parametrize(("sentence", "prompt", "change", "label"),
                         [c[1:] for c in V8_CASES], ids=[c[0] for c in V8_CASES])
def test_version8_mechanisms(sentence: str, prompt: str | None, change: str,
                             label: str) -> None:
    assert change_talk.classify(sentence, prompt, change).label == label, rule_hits(
        sentence, prompt, change)


def test_a_barrier_alone_is_counted_but_not_shown() -> None:
    r = change_talk.classify("Completely shattered, had a cold.", HOW_GOING, "Run twice a week")
    assert r.label == "sustain" and not r.shown


def test_not_trying_beside_a_barrier_is_shown() -> None:
    """Since version 64 "didn't even try" is a shortfall said outright, not a barrier."""
    r = change_talk.classify("Completely shattered, didn't even try.", HOW_GOING,
                             "Run twice a week")
    assert r.label == "sustain" and r.shown


def test_a_time_is_no_amount() -> None:
    """"went to bed at 11." of "cut to 5 cigs a day": 11 is no count of cigarettes, and a day's
    routine is no step taken (version 70; 64 read it as one)."""
    assert change_talk.classify("went to bed at 11.", HOW_GOING,
                                "cut to 5 cigs a day").label == "neutral"


# ------------------------------------------------------------------ version 9: prompt x answer shape
# Invented sentences for each mechanism (not copied from a journal set or a transcript).
V9_CASES = [
    # Asked for the obstacle and the plan, a later clause saying what the person will do.
    ("an obstacle then a plan", "Birthdays at work, so I'll bring my own fruit in.", _OBSTACLES,
     "Cut down on cake", "change"),
    ("an obstacle then an arrangement", "Deadlines, so I am blocking out Friday mornings now.",
     _OBSTACLES, "Write every day", "change"),
    ("an obstacle then 'then'", "Snow, then it's the gym bike.", _OBSTACLES, "Cycle more",
     "change"),
    ("an obstacle then maybe", "Late shifts. Maybe pack a sandwich for those.", _OBSTACLES,
     "Eat less takeaway", "change"),
    ("an obstacle then instead", "Tuesdays are full, so mornings instead on those weeks.",
     _OBSTACLES, "Study every day", "change"),
    ("an obstacle alone", "Christmas parties, everyone gets a round in.", _OBSTACLES,
     "Drink less", "sustain"),
    ("an obstacle and a plan refused", "Match days. I'm not missing those, simple as.",
     _OBSTACLES, "Drink less", "sustain"),
    # Asked what is good now or what changing would cost, a feeling or an effect named is what
    # was asked for.
    ("a cost of changing feared", "I'd hate feeling left out at the pub.", _COSTS, "Drink less",
     "sustain"),
    ("a cost of changing worried about", "I worry I'd be grumpy all day.", _COSTS,
     "Quit caffeine", "sustain"),
    ("what the habit does for me", "Keeps me awake on the long drives home.", _GOOD_NOW,
     "Quit vaping", "sustain"),
    ("what the habit spares me", "No one calling round all the time, which was exhausting.",
     LIKES, "Phone a friend weekly", "sustain"),
    ("a cost of changing as a problem", "Cooking every night would be a problem with my hours.",
     _COSTS, "Cook at home more", "sustain"),
    ("the person's own cue still counts", "I want to stop, it's wrecking my sleep.", LIKES,
     "Drink less", "change"),
    ("a denial first still counts", "Nothing really, it makes me feel awful.", _GOOD_NOW,
     "Quit smoking", "change"),
]


@pytest.mark.parametrize(("sentence", "prompt", "change", "label"),
                         [c[1:] for c in V9_CASES], ids=[c[0] for c in V9_CASES])
def test_version9_mechanisms(sentence: str, prompt: str | None, change: str,
                             label: str) -> None:
    assert change_talk.classify(sentence, prompt, change).label == label, rule_hits(
        sentence, prompt, change)


def test_version9_a_plan_is_named_and_shown_as_the_question_asks() -> None:
    """The plan is read with neither side of the two-part question (shown at 0.5)."""
    sentence, change = "Snow, then it's the gym bike.", "Cycle more"
    r = change_talk.classify(sentence, _OBSTACLES, change)
    assert ("answer: plan", "change") in rule_hits(sentence, _OBSTACLES, change)
    assert r.label == "change" and r.kind == "commitment" and r.shown


# ------------------------------------------------------------------ version 11: review fixes
# Ordinary writing a review found misread by versions 8 to 10, each with the label it must get.
_WHO = "Who could help you, and how?"
_WHY = "Why does this change matter to you?"
V11_CASES = [
    # A plan toward a goal names a means the change does not name: still change talk.
    ("a means to sleep better", "I need to stop drinking coffee after 3.", _NOTE, "Sleep better",
     "change"),
    ("a means to lose weight", "I need to go to the gym more.", _NOTE, "Lose weight", "change"),
    ("a means to save money", "I need to stop buying takeaways.", _NOTE, "Save money", "change"),
    ("a means to reduce stress", "I want to start running again.", _NOTE, "Reduce stress",
     "change"),
    ("a means to bed by 11", "I need to stop scrolling on my phone.", _NOTE, "Get to bed by 11",
     "change"),
    ("the change's own words", "I need to stop scrolling at night.", _NOTE,
     "Stop scrolling in bed", "change"),
    ("the change's family", "I want to cut down on the wine.", _NOTE, "Drink less", "change"),
    ("a step told about another behaviour", "Switched my phone off at ten every night.",
     HOW_GOING, "Get to bed by 11", "change"),
    # Days kept: "without" only when the change is to do less; nights of the habit are not kept.
    ("days without, the change is more", "Five days without exercise.", HOW_GOING,
     "Exercise more", "neutral"),
    ("days without going, the change is more", "Three days without going to the gym.",
     HOW_GOING, "Go to the gym", "neutral"),
    ("nights this week of the habit", "Three nights this week I had wine.", HOW_GOING,
     "Drink less", "sustain"),
    ("nights running of the habit", "Four nights running I smoked a pack.", HOW_GOING,
     "Quit smoking", "sustain"),
    ("days off work drinking", "Two days off work and I drank the whole time.", HOW_GOING,
     "Drink less", "sustain"),
    ("days without, the change is less", "Four days without, a record.", HOW_GOING,
     "Quit vaping", "change"),
    # Asked what is good now or what changing would cost: a denial, or how things are now judged.
    ("harm of now, then a denial", "It's really bad for my lungs, honestly nothing good.",
     _GOOD_NOW, "Quit smoking", "change"),
    ("'it' is how things are now", "It's a problem, it's costing me a fortune.", _GOOD_NOW,
     "Quit smoking", "change"),
    ("feeling like this is now", "I'd hate feeling like this forever.", _COSTS, "Drink less",
     "change"),
    # An obstacle with no plan after it.
    ("so yeah", "Work drinks, so yeah.", _OBSTACLES, "Drink less", "sustain"),
    ("then the habit again", "Stress, then smoking again.", _OBSTACLES, "Quit smoking",
     "sustain"),
    ("so the habit it is", "Late shifts, so takeaway it is.", _OBSTACLES, "Eat less takeaway",
     "sustain"),
    ("then a habit told", "Being tired, then I just eat crisps instead.", _OBSTACLES,
     "Eat healthier", "sustain"),
    ("a feeling, not an action", "Parties, and I am dreading them.", _OBSTACLES, "Drink less",
     "sustain"),
    # Real plans still are.
    ("a plan with 'so I'll'", "Friday drinks, so I'll drive and stay on lime and soda.",
     _OBSTACLES, "Drink less", "change"),
    ("a plan with 'then it's'", "Rain, then it's the bus and a walk at lunch.", _OBSTACLES,
     "Cycle to work", "change"),
    # A denial taken back.
    ("nobody, but", "Nobody really, but I could ask my sister.", _WHO, "Drink less", "change"),
    ("not much, but", "Not much, I think, but the app reminder helped a bit.", _HELPED,
     "Floss daily", "change"),
    ("not really, though", "Not really, I think it matters a lot though.", _WHY, "Drink less",
     "change"),
    ("a denial alone", "None really.", _WHY, "Drink less", "sustain"),
    # A value at odds only where the question asks how the change fits.
    ("shifts clash with classes", "My shifts clash with the classes.", _NOTE, "Go to the gym",
     "neutral"),
    ("work conflicts", "Work conflicts with my gym time.", _NOTE, "Go to the gym", "neutral"),
    ("uneasy about stopping", "I feel uneasy about stopping, it's my crutch.", _NOTE,
     "Drink less", "neutral"),
    # No barrier: "I'll" written "Ill" (read as "I will" since version 17), a state lessened,
    # an effect, a state overcome.
    ("Ill is I'll", "Ill try again next week.", HOW_GOING, "Run twice a week", "change"),
    ("less tired", "I am less tired now I'm in bed by eleven.", HOW_GOING, "Bed by eleven",
     "neutral"),
    ("ill after a party", "I was ill all weekend after the party, never again.", HOW_GOING,
     "Drink less", "neutral"),
    ("bored so I went", "I was bored so I went for a run.", HOW_GOING, "Run twice a week",
     "neutral"),
    ("raining but I still", "It is raining but I still walked.", HOW_GOING, "Walk to work",
     "neutral"),
    ("raining but I still walked in", "It is raining but I still walked in every day.",
     HOW_GOING, "Walk to work", "change"),
    ("a barrier stated", "I was ill all week so no runs.", HOW_GOING, "Run twice a week",
     "sustain"),
]


@pytest.mark.parametrize(("sentence", "prompt", "change", "label"),
                         [c[1:] for c in V11_CASES], ids=[c[0] for c in V11_CASES])
def test_version11_review_fixes(sentence: str, prompt: str | None, change: str,
                                label: str) -> None:
    assert change_talk.classify(sentence, prompt, change).label == label, rule_hits(
        sentence, prompt, change)


@pytest.mark.parametrize(("sentence", "change"), [
    ("Work drinks, so yeah.", "Drink less"), ("Stress, then smoking again.", "Quit smoking"),
    ("Late shifts, so takeaway it is.", "Eat less takeaway"),
    ("Being tired, then I just eat crisps instead.", "Eat healthier"),
    ("The pub, so I will probably cave.", "Drink less"),
    ("Parties, and I am dreading them.", "Drink less"),
    ("Being skint, so I am eating rubbish.", "Eat healthier"),
])
def test_version11_an_obstacle_without_a_plan_is_no_plan(sentence: str, change: str) -> None:
    """None of these says what the person will do: no plan is read, and no change talk shown."""
    r = change_talk.classify(sentence, _OBSTACLES, change)
    assert ("answer: plan", "change") not in rule_hits(sentence, _OBSTACLES, change)
    assert not (r.label == "change" and r.shown)


# Version 12: general mechanisms written from some unseen sets and checked on the others.
_MATTER = "What would have to happen for this to become even a little important to you?"
V12_CASES = [
    # An unmet condition: asked what it would take, the condition named, then said not to hold.
    ("condition, which it hasn't", "Maybe if my knees started aching, which they haven't.",
     _TAKE, "Run twice a week", "sustain"),
    ("condition, it hasn't so", "if the bank rang me about it. it hasnt so", _MATTER,
     "Stop gambling", "sustain"),
    ("condition, never happening", "if my brother quit with me. thats never happening",
     _TAKE, "Quit smoking", "sustain"),
    ("condition, won't though", "My partner cutting down too. She won't though.", _TAKE,
     "Drink less", "sustain"),
    ("condition, not likely", "if I got a month off work. which, not likely", _TAKE,
     "Sleep more", "sustain"),
    ("neither is happening", "If my blood pressure went up, or if I fell asleep at my desk."
     " Neither is happening.", _MATTER, "Cut back on coffee", "sustain"),
    # Not an unmet condition: a means with a "not" of its own, a hope, a plan after it, a step.
    ("a means with its own not", "A kettle upstairs so the phone doesn't come to bed with me.",
     _TAKE, "Less phone at night", "neutral"),  # no unmet condition; since version 38, no side
    ("hoping it won't come to that", "If the scan showed something. Hope it doesn't come to that.",
     _TAKE, "Quit smoking", "neutral"),
    # Someone else's idea: the journal or the change taken on at another's say-so.
    ("only doing this because", "I'm only doing this because the nurse gave me a form.",
     _HOW_NOW, "Drink less", "sustain"),
    ("made me do this", "my sister is making me do this app so", _HOW_NOW, "Stop vaping",
     "sustain"),
    ("signed me up", "my manager signed me up for this.", _NOTE, "Walk more", "sustain"),
    # Not someone else's idea: the person's own doing, reasons of their own.
    ("I put the app", "I put the app on my home screen so I see it.", _NOTE, "Walk more",
     "neutral"),
    ("a feeling made", "The tablets made me dizzy for a week.", _NOTE, "Take my tablets",
     "neutral"),
    # A step survived: a bad outcome denied of what the person just did.
    ("did it and didn't die", "Walked in twice last week and didn't die, so it can be done.",
     _WHY_NOT_LOWER, "Walk to work", "change"),
    ("cut down and didn't die", "Because I went from ten a day to six and didnt die.",
     _WHY_NOT_LOWER, "Quit smoking", "change"),
    # Still played down: not having hurt anyone, said of the habit itself.
    ("not hurting anyone", "I like it and I'm not hurting anyone.", _NOTE, "Drink less",
     "sustain"),
]


@pytest.mark.parametrize(("sentence", "prompt", "change", "label"),
                         [c[1:] for c in V12_CASES], ids=[c[0] for c in V12_CASES])
def test_version12_mechanisms(sentence: str, prompt: str | None, change: str,
                              label: str) -> None:
    assert change_talk.classify(sentence, prompt, change).label == label, rule_hits(
        sentence, prompt, change)


def test_version12_an_unmet_condition_is_shown_and_names_the_denial() -> None:
    r = classify("if my grades slipped. they have not.", _MATTER, "Game less")
    assert r.label == "sustain" and r.shown
    assert r.triggers == ("they have not",)


@pytest.mark.parametrize(("sentence", "prompt"), [
    # A question after the denial: the person is still working it out.
    ("Less overtime. They won't, though. So maybe two cooked nights a week?", _TAKE),
    # Asked something else: a denial there is no unmet condition.
    ("If I go out I will skip the pub, which I haven't yet.", HOW_GOING),
    ("Friday drinks. It doesn't matter, I will drive.", _OBSTACLES),
    # The denial in the first clause is the answer itself, not a condition denied.
    ("Knowing I won't give up after a fortnight.", _TAKE),
])
def test_version12_no_unmet_condition(sentence: str, prompt: str) -> None:
    assert ("answer: unmet condition", "sustain") not in rule_hits(sentence, prompt,
                                                                     "Cook at home more")


@pytest.mark.parametrize("sentence", [
    "My friend made me do this run with her and I loved it.",
    "The nurse made me feel like it was up to me.",
])
def test_version12_someone_else_in_the_story_is_not_someone_elses_idea(sentence: str) -> None:
    assert ("not my idea", "sustain") not in rule_hits(sentence, _NOTE, "Run twice a week")


# ------------------------------------------------------------------------------ version 13

_WORST = "If nothing changes, what is the worst that could happen?"
V13_CASES = [
    # A note told as a diary entry, its "I" dropped: what was done is a step, a weak one.
    ("booked a class", "Booked a spin class for Wednesday evening.", _NOTE, "Exercise more",
     "change"),
    ("rang someone", "Rang the surgery. They can see me next week.", _NOTE, "Drink less",
     "change"),
    ("switched something off", "switched the autoplay off on everything.", _NOTE,
     "Less telly at night", "change"),
    # ... and a lapse so told is still the habit back.
    ("bought the habit", "Bought a box of cigarettes at the station on Monday.", _NOTE,
     "Quit smoking", "sustain"),
    # Not a diary entry: a need, a light verb, the person's "I", news of someone else.
    ("a need noted", "Need to renew my passport before June.", _NOTE, "Walk more", "neutral"),
    ("a light verb", "Got a new haircut, very short.", _NOTE, "Walk more", "neutral"),
    ("watched something", "Watched a film about sharks with my nephew.", _NOTE, "Walk more",
     "neutral"),
    # A bad outcome named and waved away: sustain talk.
    ("unlikely though", "lose my deposit i suppose. unlikely though", _WORST, "Stop smoking indoors",
     "sustain"),
    ("probably not", "Liver trouble maybe. probably not tho", _WORST, "Drink less", "sustain"),
    ("which is fine", "Same flat, same habits. Which is fine, really.", _WITHOUT, "Walk more",
     "sustain"),
    ("don't buy it", "Diabetes, apparently. I don't really buy it.", _WORST, "Eat less sugar",
     "sustain"),
    # The outcome stands: no dismissal, or one followed by a cue for the change.
    ("the outcome stands", "Losing my licence. That would be awful.", _WORST, "Drink less",
     "change"),
    ("unlikely, but I want", "Losing my licence. Unlikely, but I want to stop drinking.", _WORST,
     "Drink less", "change"),
    # The plan after an obstacle, hedged or told as a rule: change talk.
    ("might do", "Payday. Might leave the card at home that weekend.", _OBSTACLES,
     "Spend less", "change"),
    ("that's the plan", "Dark mornings. Alarm across the room, that's the plan.", _OBSTACLES,
     "Run before work", "change"),
    ("the rule is", "Birthdays. The rule is: two drinks and then water.", _OBSTACLES,
     "Drink less", "change"),
    ("then I do", "Late shifts. Then I walk home the long way instead.", _OBSTACLES,
     "Walk more", "change"),
    # Someone else's idea, in more words.
    ("made me download", "my brother made me download this", _HOW_NOW, "Walk more", "sustain"),
    ("put this on my phone", "my partner put this on my phone, so here we are.", _HOW_NOW,
     "Walk more", "sustain"),
    ("her idea not mine", "honestly it's her idea not mine", _HOW_NOW, "Walk more", "sustain"),
]


@pytest.mark.parametrize(("sentence", "prompt", "change", "label"),
                         [c[1:] for c in V13_CASES], ids=[c[0] for c in V13_CASES])
def test_version13_mechanisms(sentence: str, prompt: str | None, change: str,
                              label: str) -> None:
    assert change_talk.classify(sentence, prompt, change).label == label, rule_hits(
        sentence, prompt, change)


def test_version13_a_diary_step_without_the_change_is_not_shown() -> None:
    r = classify("Booked a spin class for Wednesday evening.", _NOTE, "Drink less")
    assert r.label == "change" and r.kind == "taking_steps" and not r.shown


def test_version13_a_diary_step_is_read_only_in_a_note() -> None:
    # The same entry to another question is not read as a diary.
    assert ("answer: diary step", "change") not in rule_hits("Rang the surgery.", _GOOD_NOW,
                                                              "Drink less")


def test_version13_a_dismissed_outcome_is_shown_and_names_the_dismissal() -> None:
    r = classify("lose my deposit i suppose. unlikely though", _WORST, "Stop smoking indoors")
    assert r.label == "sustain" and r.shown and r.triggers == ("unlikely",)


@pytest.mark.parametrize("sentence", [
    "I put this on my phone myself.",
    "We talked about whose idea it was and it was mine.",
])
def test_version13_ones_own_doing_is_not_someone_elses_idea(sentence: str) -> None:
    assert ("not my idea", "sustain") not in rule_hits(sentence, _NOTE, "Walk more")


# A filler that names no behaviour, no person and no cue: only makes a clause run on.
_RUN_ON = "and the shop on the corner had a new sign and a red door " * 5


@pytest.mark.parametrize(("sentence", "prompt", "change"), [
    ("My doctor told me I should cut down", None, DRINKING),
    ("I'm not sure I can do it", None, MOVING),
    ("If I could stop I would", None, SMOKING),
    ("I skipped every run this week", HOW_GOING, MOVING),
    ("Three days without a cigarette", HOW_GOING, SMOKING),
    ("What I'd like to do is go down to two a night", None, DRINKING),
])
def test_a_cue_is_read_the_same_however_long_the_clause_before_it(
        sentence: str, prompt: str | None, change: str) -> None:
    # A cue's scope is the words near it, so a long run-on start changes nothing (and an answer
    # of one endless clause is read in linear time).
    near = classify(sentence, prompt, change)
    far = classify(f"{_RUN_ON}{sentence[0].lower()}{sentence[1:]}", prompt, change)
    assert (far.label, far.kind, far.confidence) == (near.label, near.kind, near.confidence)
    assert [t.lower() for t in far.triggers] == [t.lower() for t in near.triggers]


def test_someone_elses_words_reach_across_a_long_run_on_clause() -> None:
    # The reach of a cue's scope (120 words) covers what a long unpunctuated answer puts
    # between "my doctor thinks that" and "I need to": still the doctor's need, not the person's.
    assert classify("I need to cut down", None, "Drink less").label == "change"
    assert classify(f"my doctor thinks that {_RUN_ON}i need to cut down", None,
                    "Drink less").label == "neutral"



@pytest.mark.parametrize("sentence", [
    "I don't care what people think, I want to quit.",
    "I don't care what other people think, I want to quit.",
    "I don't care what my doctor says, I want to quit.",
    "No matter what my family thinks, I want to quit.",
    "Whatever they say, I want to quit.",
])
def test_an_embedded_what_people_think_does_not_make_the_next_clause_someone_elses(
        sentence: str) -> None:
    # "my doctor told me, I should quit" is someone else's words; "what people think," is not.
    assert classify(sentence, _HOW_NOW, "Quit smoking").label == "change", rule_hits(
        sentence, _HOW_NOW, "Quit smoking")
    assert classify("My doctor told me, I want to quit.", _HOW_NOW, "Quit smoking").label != (
        "change")


V14_CORRECTIONS = [
    # "The little ones" are children, not a smaller size; "without stopping" is on and on.
    ("the little ones", "If I am fitter I can play more with the little ones.", _NOTE,
     "Walk every day", "change"),
    ("without stopping", "I will be able to get up the hill without stopping.", _NOTE,
     "Walk every day", "change"),
    # Something "lost" is a loss, unless it is weight.
    ("lost money", "Lost 200 on the horses Saturday.", _HOW_NOW, "Stop betting", "sustain"),
    ("lost the week", "Lost the whole week to a cold.", _HOW_NOW, "Run twice a week", "sustain"),
    ("lost weight", "Lost 3lb this week!", _HOW_NOW, "Eat less junk", "change"),
    # Liking it too much is the worry.
    ("like it too much", "Honestly I like it way too much.", _NOTE, "Drink less", "change"),
    # "Under control" said of how things are plays the habit down (aimed at, it is a goal:
    # below).
    ("it's under control", "It's under control, I only spend on payday.", _NOTE, "Spend less",
     "sustain"),
]


@pytest.mark.parametrize(("sentence", "prompt", "change", "label"),
                         [c[1:] for c in V14_CORRECTIONS], ids=[c[0] for c in V14_CORRECTIONS])
def test_version14_corrections(sentence: str, prompt: str | None, change: str,
                               label: str) -> None:
    assert classify(sentence, prompt, change).label == label, rule_hits(sentence, prompt, change)


@pytest.mark.parametrize(("sentence", "prompt", "rule"), [
    ("Keep my spending under control and pay off the card.", _NOTE, "played down"),
    ("Two weeks off it now, one cake on a bad day.", _HOW_NOW, "went badly"),
    ("Day 6 without it. It is hard after dinner but I am ok.", _HOW_NOW, "hard"),
])
def test_version14_a_goal_a_bad_day_in_passing_or_a_hard_part_got_through_is_not_sustain(
        sentence: str, prompt: str, rule: str) -> None:
    assert rule not in [r for r, _ in rule_hits(sentence, prompt, "Spend less on sugar")]


def test_a_clause_is_read_for_a_bounded_number_of_cue_matches(monkeypatch) -> None:
    # An answer written to be slow to read (one clause of the same cue, at the longest length
    # the app takes) costs a bounded number of cue readings, and still reads the same way.
    from change_journal.change_talk import hits as hits_module

    calls = []
    real = hits_module._modal_hit
    monkeypatch.setattr(hits_module, "_modal_hit",
                        lambda *args: calls.append(1) or real(*args))
    text = ("i will " * 800)[:5000]
    assert classify(text, _HOW_NOW, "Walk to work").label == "change"
    assert 0 < len(calls) <= hits_module._MOST_READ


V15_CORRECTIONS = [
    # Something else the person can no longer do is what the habit costs: a reason to change.
    ("can't anymore", "I can't sit through a film anymore without checking my phone.", _NOTE,
     "Less phone at night", "change"),
    ("without wheezing", "I can't walk up to the bus stop without wheezing.", _WHY_NOT_LOWER,
     "Quit smoking", "change"),
    # An ability granted, then the wish denied with nothing named: the wish speaks.
    ("could but don't want to", "I could stop tomorrow if I wanted to. I just don't want to.",
     _NOTE, "Drink less", "sustain"),
    ("can but don't want to", "I can get to the gym fine, I just don't want to.", _NOTE,
     "Go to the gym", "sustain"),
    # A change of no common family is not about the pub or the gym it mentions in passing.
    ("the pub, for hearing aids", "I could enjoy a pint with my brother and actually hear what he "
     "says.", "If you made this change, what would your life look like in five years?",
     "Wear the hearing aids", "change"),
    # A thought told in the past is not something done.
    ("hadn't thought", "I hadn't thought about that before.", _NOTE, "Drink less", "neutral"),
    # "Only at weekends" as the aim is the change, not the habit played down.
    ("only, as the goal", "Wine only on Friday and Saturday, not every night.",
     "What change do you want to make?", "Drink less", "change"),
    # A dependence noticed: a capacity lost.
    ("without it anymore", "I don't know how to fall asleep without it anymore.",
     "What concerns you about how things are now?", "Smoke less weed", "change"),
    # What the change itself asks is still a doubt about it.
    ("the change itself", "I can't run for ten minutes without stopping.", _HOW_NOW,
     "Run twice a week", "sustain"),
]


@pytest.mark.parametrize(("sentence", "prompt", "change", "label"),
                         [c[1:] for c in V15_CORRECTIONS], ids=[c[0] for c in V15_CORRECTIONS])
def test_version15_corrections(sentence: str, prompt: str | None, change: str,
                               label: str) -> None:
    assert classify(sentence, prompt, change).label == label, rule_hits(sentence, prompt, change)


@pytest.mark.parametrize(("sentence", "change"), [
    ("I can't do it anymore.", "Quit smoking"), ("I can't face them anymore.", "Quit smoking"),
    ("I can't- I can't do them anymore.", "Quit smoking"),
    # What cannot be done is the change's own behaviour: a doubt about the change.
    ("I can't face the gym anymore.", "Go to the gym"),
    ("I can't keep going to the gym anymore, my knee is wrecked.", "Go to the gym"),
    ("I can't stop drinking anymore.", "Drink less"),
    ("I couldn't finish the walk without stopping.", "Walk more"),
    # "any more" of something is not "anymore".
    ("I can't take on any more work right now.", "Go to the gym")])
def test_version15_what_cannot_be_done_may_be_the_change_itself(sentence: str, change: str) -> None:
    assert "capacity lost" not in " ".join(r for r, _ in rule_hits(sentence, _NOTE, change))


def test_version15_a_wish_denied_concedes_only_the_ability_just_before_it() -> None:
    sentence = ("I can walk to work every day now. My sister asked me to join her gym but I don't "
                "want to.")
    assert classify(sentence, _NOTE, "Walk to work").label == "change"


def test_version15_a_capacity_lost_is_shown_up_to_what_it_costs() -> None:
    result = classify("i cant get through a five a side match without dying", _WHY, "quit the vape")
    assert result.triggers == ("i cant get through a five a side match without dying",)


_LIKES = "What do you like about how things are now?"
_CONCERNS = "What concerns you about how things are now?"

V16_AGAINST_THE_QUESTION = [
    # A cue read against the side the question evokes, about something else: the question decides.
    ("a book not finished", "I haven't finished a book since the summer.", _WHY_NOT_LOWER,
     "Less phone at night", "change"),
    ("can't keep up", "I can't keep up with the kids at the park.", _CONCERNS, "Quit smoking",
     "change"),
    ("can't look after anyone", "I can't look after anyone if I'm running on four hours.", _FITS,
     "Go to bed by 11", "change"),
    # The person's stance on the change, or their will about it named outright, holds.
    ("a wish about the change", "I don't want to quit, honestly.", _WHY_NOT_LOWER, "Quit smoking",
     "sustain"),
    ("a stop doubted", "I don't think I can stop.", _WHY_NOT_LOWER, "Quit smoking", "sustain"),
    # Asked what concerns the person, not being able to stop is the concern.
    ("can't stop, a concern", "That I can't stop drinking once I start.", _CONCERNS,
     "Drink less", "change"),
    ("a plan about the habit", "I'll keep drinking, I enjoy it.", _CONCERNS, "Drink less",
     "sustain"),
    ("played down", "It's not that bad, to be honest.", _CONCERNS, "Drink less", "sustain"),
    ("a worry denied", "Not worried about it.", _CONCERNS, "Drink less", "sustain"),
    ("at odds", "Honestly it clashes, my mates are my family.", _FITS, "Drink less", "sustain"),
    ("wanting the change", "I want to quit, that's the truth.", _LIKES, "Quit smoking", "change"),
    # Not where the question leaves the answer open: what it would take, how it has gone.
    ("what it would take", "I can't afford a gym membership right now.", _TAKE, "Go to the gym",
     "sustain"),
    ("how it has gone", "Didn't go once, the kids were sick all week.", _SINCE_DATE,
     "Go to the gym", "sustain"),
]


# Asked how it has gone: a day's count when the clause is only the count ("Day 6 no smokes"),
# not a day told with what happened in it; "every night for a week" may be the habit kept.
V16_PROGRESS = [
    ("day N", "Day 9 no vape. Gum is disgusting.", "quit vaping", "change"),
    ("day N alone", "Day 19.", "Quit smoking", "change"),
    ("months sober", "Two months sober on Friday.", "Stop drinking", "change"),
    ("a day told", "Day 3 was awful.", "Drink less", "neutral"),
    ("day one again", "Day 1 again.", "Quit smoking", "neutral"),
    ("every night, which way", "Every night for a week, sadly.", "Drink less", "neutral"),
    ("every morning of the habit", "Every morning for a week I had a donut.", "Eat less sugar",
     "neutral"),
]


@pytest.mark.parametrize(("sentence", "change", "label"), [c[1:] for c in V16_PROGRESS],
                         ids=[c[0] for c in V16_PROGRESS])
def test_version16_progress_reports(sentence: str, change: str, label: str) -> None:
    assert classify(sentence, _SINCE_DATE, change).label == label, rule_hits(
        sentence, _SINCE_DATE, change)


def test_version16_started_is_a_step_taken_or_the_habit_grown() -> None:
    started = classify("I've started walking to work.", _NOTE, "Walk more")
    assert (started.label, started.kind) == ("change", "taking_steps")
    thinking = classify("I've started thinking about cutting down.", _NOTE, "Drink less")
    assert (thinking.label, thinking.kind) == ("change", "activation")
    grown = classify("I've started buying the bigger bottles.", _CONCERNS, "Drink less")
    assert grown.label == "change" and not grown.shown


def test_version16_the_questions_side_against_the_answers_cues_is_never_shown() -> None:
    from change_journal.change_talk.evidence import _UNKNOWN_SURE

    assert _UNKNOWN_SURE < change_talk.SHOW_THRESHOLD


@pytest.mark.parametrize(("sentence", "prompt", "change", "label"),
                         [c[1:] for c in V16_AGAINST_THE_QUESTION],
                         ids=[c[0] for c in V16_AGAINST_THE_QUESTION])
def test_version16_a_cue_against_the_question(sentence: str, prompt: str, change: str,
                                              label: str) -> None:
    assert classify(sentence, prompt, change).label == label, rule_hits(sentence, prompt, change)


# The question's side wins against cues of the other side, but too unsure to show: plain words
# for the other side ("I love smoking." asked why not lower) are never shown as the question's.
@pytest.mark.parametrize(("sentence", "prompt", "change"), [
    ("I haven't finished a book since the summer.", _WHY_NOT_LOWER, "Less phone at night"),
    ("I love smoking.", _WHY_NOT_LOWER, "Quit smoking"),
    ("I like my wine.", _CONCERNS, "Drink less"),
    ("It helps me relax after work.", _WHY_NOT_LOWER, "Drink less"),
    ("I can't drink less, I've tried.", _WHY_NOT_LOWER, "Drink less"),
    ("I went back to smoking last week.", _FITS, "Quit smoking"),
    ("I skipped the pub on Friday.", _LIKES, "Drink less"),
    ("I don't like who I am when I drink.", _GOOD_NOW, "Drink less")])
def test_version16_the_questions_side_is_not_shown_against_the_answers_words(
        sentence: str, prompt: str, change: str) -> None:
    result = classify(sentence, prompt, change)
    evoked = "sustain" if prompt in (_LIKES, _GOOD_NOW) else "change"
    assert not (result.label == evoked and result.shown), (result, rule_hits(sentence, prompt, change))


def test_version16_what_would_have_to_happen_is_left_to_the_answers_words() -> None:
    sentence = "I walked twice last week, so maybe I can."
    prompt = "What would have to happen for you to feel even a little more confident?"
    assert classify(sentence, prompt, "Walk more").label == "change"


# A change named by what is done instead of the habit ("Cooking at home") is to do more of it.
@pytest.mark.parametrize(("change", "direction"), [
    ("Cooking at home", 1), ("Healthy eating", 1), ("Eating more vegetables", 1),
    ("Emotional eating", -1), ("Junk food", -1), ("Eat less sugar", -1), ("Diet", -1)])
def test_version15_which_way_a_change_named_by_its_words_goes(change: str, direction: int) -> None:
    from change_journal.change_talk.behaviours import _targets

    assert _targets(change).direction == direction


# A change of no common family: a habit named in passing is not its status quo. Snus is
# tobacco, staying up is sleep's other side, strength training is exercise.
@pytest.mark.parametrize(("change", "apart"), [
    ("Wear the hearing aids", True), ("Save money", True), ("Quit snus", False),
    ("Stop staying up till 3am", False), ("Strength training 3x a week", False),
    ("cut down on the news", False), ("Less Netflix", False), ("Less Instagram", False),
    ("Cut out chocolate", False)])
def test_version15_a_change_of_no_common_family(change: str, apart: bool) -> None:
    from change_journal.change_talk.behaviours import _targets

    assert _targets(change).apart is apart


@pytest.mark.parametrize(("sentence", "change", "label"), [
    # The habit itself, too much of it or what it costs, still speaks for a change of its own.
    ("I smoke too much and it's affecting the kids.", "Be a better dad", "change"),
    ("I spent way too much on cigarettes this week.", "Save money", "change"),
    ("I need to stop buying takeaways.", "Save money", "change"),
    ("I enjoy scrolling, it relaxes me.", "Less Instagram", "sustain")])
def test_version15_a_habit_named_by_a_change_of_no_family_still_counts_beyond_wishes(
        sentence: str, change: str, label: str) -> None:
    assert classify(sentence, _NOTE, change).label == label


_FITS_FRIENDSHIP = ("How does the change you are considering, \u201cLess gaming\u201d, fit with "
                    "friendship?")

V17_CASES = [
    # An obstacle, then the plan in the forms people write it; the obstacle's own cues before
    # the plan ("I am not walking in that") only name what was asked for.
    ("a bare instruction", "Payday. Leave the card at home and take cash.", _OBSTACLES,
     "Stop impulse spending", "change"),
    ("go early", "The heat. Go before work, at six.", _OBSTACLES, "Walk every day", "change"),
    ("a labelled plan", "Late shifts. Backup plan = soup in the freezer.", _OBSTACLES,
     "Eat less takeaway", "change"),
    ("plan colon", "Sleepless nights - plan: get up and read on the sofa.", _OBSTACLES,
     "Phone out of the bedroom", "change"),
    ("going to, no I", "If my knee hurts I will panic. Going to ask the physio first.",
     _OBSTACLES, "Run twice a week", "change"),
    ("ill typed for I'll", "Work drinks. Ill have a lime and soda.", _OBSTACLES, "Drink less",
     "change"),
    ("the obstacle's cue before a plan", "Snow. I am not walking in that. Might do the bike in "
     "the garage.", _OBSTACLES, "Walk every day", "change"),
    # Clipped habits and giving way are no plan.
    ("taking it out on", "Stress. Take it out on the biscuit tin.", _OBSTACLES,
     "Eat less sugar", "sustain"),
    ("an excuse", "Parties. Use it as an excuse.", _OBSTACLES, "Drink less", "sustain"),
    ("ill, then caving", "The pub. Ill probably cave.", _OBSTACLES, "Drink less", "sustain"),
    # "ill" the adjective stays.
    ("ill is ill", "I felt ill all week so no runs.", HOW_GOING, "Run twice a week", "sustain"),
    ("ill health", "Ill health runs in the family.", _NOTE, "Drink less", "neutral"),
    # The change put off for a time.
    ("not yet", "Not doing it yet.", _NOTE, "Stop the betting apps", "sustain"),
    ("not during", "Exams first. Not quitting during exams.", _TAKE, "Quit vaping", "sustain"),
    ("not in the middle of", "Not changing anything in the middle of a house move.", _TAKE,
     "Cut down on wine", "sustain"),
    # An ability conceded, the wish denied: the person's stance whatever was asked.
    ("could if I wanted", "I could if I wanted to. I just don't want to.", _WHY_NOT_LOWER,
     "Less gaming", "sustain"),
    ("can stop whenever", "I can stop whenever. I just don't want to.", _WHY_NOT_LOWER,
     "Drink less", "sustain"),
    ("could, and do want to", "I could stop if I wanted to, and I do want to.", _WHY_NOT_LOWER,
     "Drink less", "change"),
    # Asked how the change fits a value: "It doesn't".
    ("does not fit", "It doesn't lol. Less gaming means less time with the lads.",
     _FITS_FRIENDSHIP, "Less gaming", "sustain"),
    ("does not fit, unless", "It doesn't really, unless being less tired makes me more fun.",
     _FITS_FRIENDSHIP, "Less gaming", "change"),
    # Denials and a worst case waved away.
    ("nothing yet", "Nothing yet, I'm too tired to decide anything.", _NEXT,
     "Finish the thesis", "sustain"),
    ("nah not really", "nah not really", _CONCERNS, "Less gaming", "sustain"),
    ("probably nothing", "Lung problems or whatever. Nah probably nothing.", _WORST,
     "Quit vaping", "sustain"),
    ("as important as can be", "I am not sure it could be any more important than it is.",
     _TAKE, "Walk every day", "change"),
    # Amounts and objects.
    ("from three to two", "I've gone from three sugars to two.", _HOW_NOW, "Less sugar",
     "change"),
    ("from two to none", "I've gone from two runs a week to none.", _HOW_NOW,
     "Run twice a week", "sustain"),
    ("instead of skipping", "Grading week. On those days I'll do 30 minutes instead of "
     "skipping.", _OBSTACLES, "Write every weekday", "change"),
    ("off someone", "I'll grab the patches off the pharmacist.", _NEXT, "Quit smoking",
     "change"),
    ("every time I wanted to", "Pinged the band every time I wanted to bite.", _HOW_NOW,
     "Stop biting my nails", "change"),
    ("an amount against the usual", "Three yells this week instead of about three a day.",
     _HOW_NOW, "Stop yelling at the kids", "change"),
    # A change's own verb in all its forms; more things done.
    ("yelled", "Yelled twice this week. Felt awful both times.", _HOW_NOW,
     "Stop yelling at the kids", "sustain"),
    ("wrote", "Wrote 500 words this morning.", _HOW_NOW, "Write my dissertation", "change"),
    ("rang", "Rang mum on Sunday, an hour on the phone.", _HOW_NOW, "Call mum every week",
     "change"),
    ("a note: emailed", "Emailed my supervisor.", _NOTE, "Start the dissertation", "change"),
    # From the strict review of the first version 17.
    ("try not to cave", "I'll try not to cave", _HOW_NOW, "Drink less", "change"),
    ("try not to cave, an obstacle", "Work drinks. I'll try not to cave and stick to 2",
     _OBSTACLES, "Drink less", "change"),
    ("skip it", "Rain. Skip it and stay in.", _OBSTACLES, "Walk every day", "sustain"),
    ("do nothing", "Honestly? Do nothing probably.", _OBSTACLES, "Walk every day", "sustain"),
    ("go back to old habits", "Stress. Go back to old habits.", _OBSTACLES, "Quit smoking",
     "sustain"),
    ("go out and get hammered", "Friday nights. Go out and get hammered", _OBSTACLES,
     "Drink less", "sustain"),
    ("leave it", "Being busy. Just leave it for that week", _OBSTACLES, "Walk every day",
     "sustain"),
    ("a bit", "Been a bit better this week", _HOW_NOW, "Stop biting my nails", "neutral"),
    ("not giving up until", "Not giving up until I get there", _HOW_NOW, "Quit smoking",
     "neutral"),
    ("a rule with during", "Not doing takeaways during the week anymore", _HOW_NOW,
     "Eat less takeaway", "neutral"),
    ("nothing major, except", "Nothing major, except I get a bit breathless on stairs",
     _CONCERNS, "Quit smoking", "change"),
    ("the whole answer waves it away", "Nah probably nothing", _WORST, "Quit vaping", "sustain"),
    ("not even real", "that's not even real is it", _WORST, "Quit vaping", "sustain"),
    ("plan is no label", "Weekends. Plan never survives saturday tbh", _OBSTACLES,
     "Drink less", "sustain"),
    ("plan asked back", "Late nights. Plan? what plan lol", _OBSTACLES, "Drink less",
     "sustain"),
    ("yet with a subject", "I want to stop yet I keep buying them", _HOW_NOW, "Quit smoking",
     "change"),
    ("ill, the adjective", "Ill most mornings after drinking", _CONCERNS, "Drink less",
     "change"),
    ("going to rain", "Weather. It is going to rain all week.", _OBSTACLES, "Walk every day",
     "sustain"),
    ("back on it", "Stress. Then im back on it.", _OBSTACLES, "Drink less", "sustain"),
    ("no more excuses", "Busy days. I'll stop using work as an excuse and do 10 mins",
     _OBSTACLES, "Walk every day", "change"),

    ("a clock time is no amount", "Went from 12 to 11 for bed", _HOW_NOW, "Go to bed earlier",
     "change"),
    ("behaviour before the amount", "I went from smoking 20 to 10", _HOW_NOW, "Quit smoking",
     "change"),
    ("off my mate", "Bummed a cig off my mate", _HOW_NOW, "Quit smoking", "sustain"),
    ("stopping for", "Had a nap instead of stopping for a smoke", _HOW_NOW, "Quit smoking",
     "change"),
    # Kept up: a week's count, routine, still none; a slip told.
    ("week N", "Week 3. No cigarettes. Very hard at break time.", _SINCE_DATE, "Stop smoking",
     "change"),
    ("week N, since", "Week 14, 4 weeks since the slip. Boring and perfect.", _SINCE_DATE,
     "No gambling", "change"),
    ("a week told", "Week 3 was awful.", _SINCE_DATE, "Drink less", "neutral"),
    ("normal now", "It's just normal now, I don't think about it.", _HOW_NOW,
     "Take my tablets every day", "change"),
    ("normal, played down", "It's normal, everyone has a drink after work.", _CONCERNS,
     "Drink less", "sustain"),
    ("still none", "Still no smoking. Week 11.", _SINCE_DATE, "Stop smoking", "change"),
    ("a count of weeks", "3 weeks and 2 days. Had one puff at a party.", _SINCE_DATE,
     "Quit vaping", "change"),
    ("so day N", "ok so day 12. fine in the day, harder at night", _SINCE_DATE, "Quit vaping",
     "change"),
    ("weeks no", "Two weeks no shouting.", _SINCE_DATE, "Stop shouting at the kids", "change"),
    ("weeks no, of something else", "2 weeks no motivation whatsoever.", _SINCE_DATE,
     "Go to the gym", "neutral"),
    ("had a slip", "Had a slip on Sunday night.", _SINCE_DATE, "No gambling", "sustain"),
    # A family named only where or when gives the change no direction: "bolus every meal".
    ("done at every meal", "Bolused 19 of 21 meals this week.", _SINCE_DATE,
     "carb count + bolus every meal", "change"),
    # A craving told with the obstacle is part of it; the wish to change denied is a stance.
    ("a craving before a plan", "Release week. When I feel lonely I want the phone more. Then I "
     "will call my mum instead.", _OBSTACLES, "No phone after 11", "change"),
    ("not saying I'd stop", "I'm not saying I'd stop altogether.", _WHY_NOT_LOWER,
     "Keep going to the Tuesday group", "change"),
    # From the second strict review: plans in any verb, not habits; counts that are the habit's;
    # the habit made routine; forms of the change's own verb; slips denied; a worst case waved
    # away, then named.
    ("get some gum in", "Cravings. Get some gum in", _OBSTACLES, "Quit smoking", "change"),
    ("stick to 2", "Pub. Stick to 2 and have water in between", _OBSTACLES, "Drink less",
     "change"),
    ("just do 10 mins", "Busy. Just do 10 mins", _OBSTACLES, "Walk every day", "change"),
    ("text them", "My mates. Text them and tell them im out", _OBSTACLES, "Drink less",
     "change"),
    ("the usual", "Stress. Do the usual lol", _OBSTACLES, "Stop gambling", "sustain"),
    ("like always", "Football. Do my accumulator like always", _OBSTACLES, "Stop gambling",
     "sustain"),
    ("week N, then the habit", "Week 4. Smoked every day.", _SINCE_DATE, "Stop smoking",
     "sustain"),
    ("still at it", "Week 7. Still vaping.", _SINCE_DATE, "Quit vaping", "sustain"),
    ("week N of doing more", "Week 9.", _HOW_NOW, "Walk every day", "neutral"),
    ("N smoke free", "Day 40 smoke free", _SINCE_DATE, "Quit smoking", "change"),
    ("the noun after the amounts", "I've gone from 20 to 10 fags a day", _SINCE_DATE,
     "Quit smoking", "change"),
    ("the habit made routine", "Drinking every night is just normal now", _SINCE_DATE,
     "Drink less", "sustain"),
    ("nowadays", "that's just normal nowadays", _CONCERNS, "Drink less", "sustain"),
    ("yell", "I dont want to yell at them anymore", _HOW_NOW, "Stop yelling at the kids",
     "change"),
    ("napped", "napped every afternoon", _SINCE_DATE, "Nap less", "sustain"),
    ("ill quit", "Work stress. ill quit anyway", _OBSTACLES, "Quit smoking", "change"),
    ("no slip", "Haven't had a slip in 3 weeks", _SINCE_DATE, "No gambling", "change"),
    ("slips", "Had a couple of slips", _SINCE_DATE, "No gambling", "sustain"),
    ("waved away, then named", "Prob nothing. Or a heart attack", _WORST, "Quit smoking",
     "change"),
    ("then, caving", "Stress. Then, honestly, I cave", _OBSTACLES, "Quit smoking", "sustain"),
    ("plan: nothing", "Plan: nothing really", _OBSTACLES, "Quit smoking", "sustain"),
    ("excuses", "Busy week. Then I make excuses", _OBSTACLES, "Walk every day", "sustain"),
    ("try again", "Being tired. Then try it again the next day", _OBSTACLES, "Walk every day",
     "change"),
    ("not smoking, then cave", "I'll go a week not smoking then cave", _HOW_NOW,
     "Quit smoking", "sustain"),
    ("till after", "Not quitting till after Christmas", _HOW_NOW, "Quit smoking", "sustain"),
    ("not giving up yet, doing more", "I'm not giving it up yet", _HOW_NOW, "Walk every day",
     "neutral"),
    ("yet, then a subject", "Not doing it yet i have too much on", _HOW_NOW, "Quit smoking",
     "sustain"),
    ("off a device", "Took tiktok off my ipad", _SINCE_DATE, "Less screen time", "change"),
    ("nothing, honestly nothing", "nothing. honestly nothing", _GOOD_NOW, "Stop shouting",
     "change"),
    ("a rule of none", "Travel. Rule: nothing after noon.", _OBSTACLES, "Cut coffee to 2 a day",
     "change"),
    ("plan: dunno", "Plan: dunno lol", _OBSTACLES, "Cut coffee to 2 a day", "sustain"),
]


@pytest.mark.parametrize(("sentence", "prompt", "change", "label"), [c[1:] for c in V17_CASES],
                         ids=[c[0] for c in V17_CASES])
def test_version17(sentence: str, prompt: str, change: str, label: str) -> None:
    assert classify(sentence, prompt, change).label == label, rule_hits(sentence, prompt, change)


@pytest.mark.parametrize(("word", "forms", "not_forms"), [
    ("yelling", ("yell", "yells", "yelled", "yelling"), ("yellow",)),
    ("napping", ("nap", "naps", "napped", "napping"), ()),
    ("betting", ("betting", "bet", "bets"), ("better",)),
    ("smoking", ("smoked", "smoking"), ()),
    ("losing", ("lost", "losing"), ()),
    ("buying", ("bought", "buying"), ()),
    ("biting", ("biting", "bitten"), ("bit", "bite")),
    ("looking", ("looking",), ("looked", "look")),
    ("shopping", ("shopping", "shopped"), ("shop", "shops")),
])
def test_version17_a_changes_own_verb_in_all_its_forms(word: str, forms: tuple[str, ...],
                                                       not_forms: tuple[str, ...]) -> None:
    import re

    from change_journal.change_talk.behaviours import _inflected

    pattern = re.compile(rf"^(?:{_inflected(word)})$")
    assert all(pattern.match(f) for f in forms) and not any(pattern.match(f) for f in not_forms)


@pytest.mark.parametrize("prompt", [_WHY_NOT_LOWER, _TAKE, _NEXT, _CONCERNS, _OBSTACLES])
def test_version17_an_ability_conceded_then_the_wish_denied_is_shown_whatever_was_asked(
        prompt: str) -> None:
    result = classify("I could if I wanted to. I just don't want to.", prompt, "Less gaming")
    assert (result.label, result.shown) == ("sustain", True), rule_hits(
        "I could if I wanted to. I just don't want to.", prompt, "Less gaming")


def test_version17_a_wish_denied_away_from_any_ability_conceded_stays_unsure() -> None:
    sentence = "Mum says I can ring her anytime. The kids are fine. I dont want to though."
    assert all(rule != "desire: conceded, negated"
               for rule, _ in rule_hits(sentence, _OBSTACLES, "Drink less"))
    assert any(rule == "desire: conceded, negated" for rule, _ in rule_hits(
        "Mum says I can ring her anytime. I can stop whenever. I dont want to though.",
        _OBSTACLES, "Drink less"))


def test_version17_a_stance_before_a_plan_is_not_shown_as_change_talk() -> None:
    sentence = "I dont really want to stop. Work stress. Go for a walk I guess."
    result = classify(sentence, _OBSTACLES, "Quit smoking")
    assert not (result.label == "change" and result.shown)
    assert ("desire: stop, negated", "sustain") in rule_hits(sentence, _OBSTACLES, "Quit smoking")


def test_version17_a_sentence_after_the_first_is_read_as_following_it() -> None:
    """The app labels sentence by sentence: the plan after an obstacle is the plan."""
    segments = analyse("Payday weekend. Leave the card at home and take cash.", _OBSTACLES,
                       "Stop impulse spending")
    assert [(s.result.label, s.result.kind) for s in segments] == [
        ("sustain", "reasons"), ("change", "commitment")]
    alone = classify("Leave the card at home and take cash.", _OBSTACLES, "Stop impulse spending")
    assert alone.label == "sustain"  # a first sentence is the obstacle asked for


# From the third strict review: in the app's sentence-by-sentence reading, a later sentence that
# gives way, restates the obstacle or names the habit is no plan, and shows no change talk.
@pytest.mark.parametrize(("answer", "change"), [
    ("Mates round. I'll probably crack.", "Drink less alcohol"),
    ("Mates round. I will give up on it.", "Drink less alcohol"),
    ("my mates. i can never say no to them lol", "Drink less alcohol"),
    ("Boredom mostly. I could easily slip back.", "Quit smoking"),
    ("Holidays. Going to let loose.", "Drink less alcohol"),
    ("Work drinks on Friday. I have to go to them for my job.", "Drink less alcohol"),
    ("Stress. Take the edge off with a beer.", "Drink less alcohol"),
    ("Stress. Get wasted.", "Drink less alcohol"),
    ("Work. Plan: no plan lol", "Drink less"),
])
def test_version17_a_later_sentence_that_gives_way_shows_no_change_talk(answer: str,
                                                                       change: str) -> None:
    shown = [(s.text, s.result.label) for s in analyse(answer, _OBSTACLES, change)
             if s.result.shown]
    assert all(label != "change" for _, label in shown), shown


@pytest.mark.parametrize(("answer", "prompt", "change", "label"), [
    # A plan said as one is a plan even as the whole answer; a bare instruction alone may be
    # the obstacle named.
    ("I'll leave the card at home.", _OBSTACLES, "Stop impulse spending", "change"),
    ("Rule: no phone after 10.", _OBSTACLES, "No phone in bed", "change"),
    ("Going to ask the physio first.", _OBSTACLES, "Run twice a week", "change"),
    ("Prob nothing, but who knows.", _WORST, "Quit smoking", "sustain"),
    ("Ill Monday and Tuesday so no walks.", _SINCE_DATE, "Walk every day", "neutral"),
    ("Not starting until Monday.", _HOW_NOW, "Exercise more", "neutral"),
    ("2 weeks no ciggies", _SINCE_DATE, "Quit smoking", "change"),
    ("2 weeks no motivation", _SINCE_DATE, "Go to the gym", "neutral"),
    ("had a slip in the shower, wrist is sprained", _SINCE_DATE, "Walk every day", "neutral"),
    ("Had to pick up the kids every day so no time.", _SINCE_DATE, "Stop picking my skin",
     "neutral"),
])
def test_version17_third_review(answer: str, prompt: str, change: str, label: str) -> None:
    assert classify(answer, prompt, change).label == label, rule_hits(answer, prompt, change)


@pytest.mark.parametrize("answer", [
    "I could stop tomorrow if I wanted to. I just don't want to.",
    "I could cut down whenever. Just don't want to.",
])
def test_version17_an_ability_conceded_and_the_wish_denied_are_read_across_sentences(
        answer: str) -> None:
    """The app reads sentence by sentence: both sentences are the person's stance."""
    segments = analyse(answer, _WHY_NOT_LOWER, "Drink less alcohol")
    assert [(s.result.label, s.result.shown) for s in segments] == [("sustain", True)] * 2
    wanted = analyse("I could stop if I wanted to. I really want to though.", _WHY_NOT_LOWER,
                     "Drink less alcohol")
    assert all(s.result.label == "change" for s in wanted)


def test_version17_a_condition_denied_then_taken_back_in_the_next_sentence_is_not_denied() -> None:
    segments = analyse("Getting through a weekend sober. Unlikely. But I'll try.", _TAKE,
                       "Drink less")
    assert not any(s.result.label == "sustain" and s.result.shown for s in segments)
    named = analyse("Prob nothing. Or a heart attack.", _WORST, "Quit smoking")
    assert not any(s.result.label == "sustain" and s.result.shown for s in named)
    hedged = analyse("Prob nothing. But who knows.", _WORST, "Quit smoking")
    assert (hedged[0].result.label, hedged[0].result.shown) == ("sustain", True)


def test_version17_ill_is_read_as_i_will_only_where_it_opens_a_clause() -> None:
    from change_journal.change_talk.tokens import _clauses

    assert [c.text for c in _clauses("Work drinks. Ill have a lime and soda.")] == [
        "work drinks", "i will have a lime and soda"]
    assert [c.text for c in _clauses("I was ill all week")] == ["i was ill all week"]
    assert [c.text for c in _clauses("I was so ill I couldnt go")] == [
        "i was so ill i could not go"]
    assert [c.text for c in _clauses("Ill most mornings")] == ["ill most mornings"]
    assert [c.text for c in _clauses("Ill health, ill at ease")] == ["ill health", "ill at ease"]
    assert [c.text for c in _clauses("Not doing it yet")] == ["not doing it yet"]
    assert [c.text for c in _clauses("I want to stop, yet I keep going")][1] == "i keep going"


# Version 18: a clause that takes back what came before it, and an answer that only points to
# another, leave no lean whatever was asked.
@pytest.mark.parametrize(("answer", "prompt", "change", "label"), [
    ("Might try the audiobook thing my daughter suggested. Or not. We'll see.", _NEXT,
     "Stop losing my temper in traffic", "neutral"),
    ("I'll try the audiobook thing, or maybe not, depends on work.", _NEXT,
     "Stop losing my temper in traffic", "neutral"),
    ("I want to quit. Or not. I don't know.", _WHY_NOT_LOWER, "Quit smoking", "neutral"),
    ("I can quit. Then again, maybe not.", _WHY_NOT_LOWER, "Quit smoking", "neutral"),
    ("I can quit. Actually, maybe not.", _WHY_NOT_LOWER, "Quit smoking", "neutral"),
    ("see above", _GOOD_NOW, "Smoke less weed", "neutral"),
    ("Same as above really.", _GOOD_NOW, "Smoke less weed", "neutral"),
    ("see above lol", _WHY_NOT_LOWER, "Quit smoking", "neutral"),
    ("Like I said above.", _WHY_NOT_LOWER, "Quit smoking", "neutral"),
    ("see prev answer", _WHY_NOT_LOWER, "Quit smoking", "neutral"),
    # Not taken back: a time put on it, or a clause that names something after the pointer.
    ("I'll try the audiobook thing. But not yet.", _NEXT, "Stop losing my temper in traffic",
     "change"),
    ("See above. My girl.", _WHY_NOT_LOWER, "Stop losing it at other drivers", "change"),
    ("Or not, I want to quit.", _WHY_NOT_LOWER, "Quit smoking", "change"),
    ("see above, I want my lungs back", _WHY_NOT_LOWER, "Quit smoking", "change"),
    # After a question or a denial, "probably not" answers or agrees: nothing is taken back.
    ("I've not had a drink in 9 days. Would I go back? Probably not.", HOW_GOING, "Quit drinking",
     "change"),
    ("It's not a problem. Probably not.", _GOOD_NOW, "Quit drinking", "sustain"),
    ("I'm not going to quit. Probably not, honestly.", _NEXT, "Quit drinking", "sustain"),
])
def test_version18(answer: str, prompt: str, change: str, label: str) -> None:
    assert classify(answer, prompt, change).label == label, rule_hits(answer, prompt, change)


@pytest.mark.parametrize("answer", [
    "Might try the audiobook thing my daughter suggested. Or not. We'll see.",
    "I'll join the gym. Or not haha.",
    "I'll join the gym. Then again, maybe not.",
    "I can quit. Actually, maybe not.",
])
def test_version18_the_app_shows_nothing_of_what_was_taken_back(answer: str) -> None:
    """Sentence by sentence, the taking back removes the sentence before's lean and shows none
    of its own."""
    segments = analyse(answer, _NEXT, "Go to the gym")
    assert len(segments) > 1 and {s.result.label for s in segments} == {"neutral"}


@pytest.mark.parametrize(("answer", "shown"), [
    ("I'm not going to quit. Probably not, honestly.", ["sustain"]),
    ("I've not had a drink in 9 days. Would I go back? Probably not.", ["change"]),
])
def test_version18_an_agreeing_probably_not_keeps_what_it_agrees_with(answer: str,
                                                                      shown: list[str]) -> None:
    segments = analyse(answer, HOW_GOING if "drink in" in answer else _NEXT, "Quit drinking")
    assert [s.result.label for s in segments if s.result.shown] == shown


def test_version18_the_app_reads_a_plan_without_its_taking_back_as_the_plan() -> None:
    kept = analyse("Might try the audiobook thing my daughter suggested. We'll see.", _NEXT,
                   "Stop losing my temper in traffic")
    assert kept[0].result.label == "change"  # without "Or not." it is the plan it was


_GYM, _KIDS = "Go to the gym", "Stop yelling at the kids"


@pytest.mark.parametrize(("answer", "prompt", "change", "label"), [
    # A clause that takes itself back at its end, after a hedge, says neither way.
    ("I could quit or maybe not, who knows", _NEXT, "Quit smoking", "neutral"),
    ("I might cut down to two nights a week or not.", _NEXT, "Drink less", "neutral"),
    ("Might try the audiobook thing my daughter suggested or not.", _NEXT,
     "Stop losing my temper in traffic", "neutral"),
    # A bare "or not" concedes ("rain or not"), and, hedged or not, "like it or not" and
    # "whether ... or not" take nothing back.
    ("I'm going to the gym tomorrow morning tired or not.", _NEXT, _GYM, "change"),
    ("I will walk every day rain or not.", _NEXT, "Walk every day", "change"),
    ("I might have to stop drinking like it or not.", _NEXT, "Drink less", "change"),
    ("I'll probably quit this year whether I want to or not.", _NEXT, "Quit smoking", "change"),
    # Against a bad verdict on the time since, things done whose objects do not name the
    # change are no steps; what follows "but" stands.
    ("Not great, I dropped an f-bomb at my 6 year old over a spilled juice box and watched his "
     "face crumple.", HOW_GOING, _KIDS, "sustain"),
    ("Terrible week. Both kids sick, no patience left by Tuesday, yelled a lot.", HOW_GOING,
     _KIDS, "sustain"),
    # Nothing changed, the whole clause, of a change to do less.
    ("Same as ever really. Had my usual at the club friday and saturday.", HOW_GOING,
     "Drink less", "sustain"),
    ("Same as usual. Played most nights. Raid on Thursday went till 1.", _HOW_NOW,
     "Game less on weeknights", "sustain"),
    ("nothing changed tbh. still hitting it all day", _HOW_NOW, "Quit vaping", "sustain"),
    ("Nothing's really changed.", HOW_GOING, "Drink less", "sustain"),
    ("A bottle between us most nights, same as always.", HOW_GOING, "Drink less", "sustain"),
    # Not when it is about something else, the usual may be the new habit, or a step is named.
    ("Nothing has changed my mind, I'm staying off it.", HOW_GOING, "Quit drinking", "neutral"),
    ("My reasons are still the same.", _HOW_NOW, "Quit drinking", "neutral"),
    ("Same as usual, took the dog out every morning.", HOW_GOING, "Walk every day", "change"),
    ("Same as ever at work, but at home I took a breath before answering the kids every time.",
     HOW_GOING, _KIDS, "change"),
    ("Still the same. Sober since January.", HOW_GOING, "Quit drinking", "change"),
    ("Went over my plan with my sponsor and booked a counsellor for Tuesday.", HOW_GOING,
     "Quit drinking", "change"),
])
def test_version19(answer: str, prompt: str, change: str, label: str) -> None:
    assert classify(answer, prompt, change).label == label, rule_hits(answer, prompt, change)


@pytest.mark.parametrize(("answer", "change", "shown"), [
    # The verdict in a sentence of its own weighs the next one in the app's reading too.
    ("Not great. I dropped an f-bomb at my 6 year old over a spilled juice box and watched his "
     "face crumple.", _KIDS, ["sustain"]),
    # Someone else's bad week is no verdict on the person's.
    ("Mum had a bad week so sleep wasn't really on the agenda. Managed 11:30 twice.",
     "In bed by 11", ["change"]),
])
def test_version19_the_app_reads_the_verdict_beside_what_was_done(answer: str, change: str,
                                                                  shown: list[str]) -> None:
    segments = analyse(answer, HOW_GOING, change)
    assert [s.result.label for s in segments if s.result.shown] == shown


@pytest.mark.parametrize(("answer", "change", "rule"), [
    ("Not great, but I took a deep breath and walked out of the room twice.", _KIDS,
     ("past action: reported", "change")),  # leaned on after "but"
    ("Good week mostly, cadged one off a mate on Friday.", "Quit smoking",
     ("past action: reported", "sustain")),  # a good verdict takes no lapse away
    ("Not great, went twice.", _GYM, ("past action: done", "change")),  # the step is the change
])
def test_version19_a_verdict_leaves_what_it_does_not_outweigh(answer: str, change: str,
                                                              rule: tuple[str, str]) -> None:
    assert rule in rule_hits(answer, HOW_GOING, change)


_WHY_SIX = "Why a 6 and not a 4?"
_TAKE_FIVE = "What would it take to go from 5 to 6 or 7?"
_BEST = "If you do make this change, what is the best that could happen?"


@pytest.mark.parametrize(("answer", "prompt", "change", "label"), [
    # Nothing moved since last time, or nothing thought: no answer to the question asked.
    ("Pretty much the same as last time. Nothing has changed either way.", _WHY_SIX,
     "Drink less", "neutral"),
    ("Same as last week tbh.", _WHY_SIX, "Walk every day", "neutral"),
    ("Stayed roughly the same. Busy week, haven't thought about it much.", _WHY_SIX,
     "Quit smoking", "neutral"),
    ("Haven't really thought that far.", _BEST, "Cut down on sugar", "neutral"),
    ("I can't really picture it.", _BEST, "Stop vaping", "neutral"),
    # ... but a reason after it still answers.
    ("Same as last week, because my chest still hurts every morning.", _WHY_SIX,
     "Quit smoking", "change"),
    # Better than feared, of the change: ability; of the habit: played down.
    ("The first swim was not as hard as I expected.", _WHY_SIX, "Swim twice a week", "change"),
    ("Honestly the drinking is not as bad as I thought.", HOW_GOING, "Drink less", "sustain"),
    # The plan missed, told when asked how it went.
    ("4 coffees yesterday, was supposed to be 2.", HOW_GOING, "Cut down on coffee", "sustain"),
    # Stopped many times, and it came back each time.
    ("I've stopped about four times and it always creeps back.", _TAKE_FIVE, "Stop gambling",
     "sustain"),
    # Knowing is not doing: "can't tell if" says nothing of ability.
    ("Deleted the app last week, and I can't tell if I'll stick with it.", _WHY_SIX,
     "Stop gambling", "change"),
    # Breakfast is eaten more, when that is the change; fewer days without it is a step.
    ("Had breakfast every day but one.", HOW_GOING, "Eat breakfast", "change"),
    ("Only two days without breakfast this week.", HOW_GOING, "Eat breakfast", "change"),
    ("Only one night without wine this week.", HOW_GOING, "Drink less wine", "sustain"),
    # No money lost is no lack of money.
    ("Did not bet once and no money lost.", HOW_GOING, "Stop betting", "change"),
])
def test_version20(answer: str, prompt: str, change: str, label: str) -> None:
    assert classify(answer, prompt, change).label == label, rule_hits(answer, prompt, change)


@pytest.mark.parametrize(("answer", "change"), [
    ("Snowed all week.", "Walk every day"),  # the weather is no step taken
    ("Watched the football all afternoon.", "Walk to work"),  # idle time is no step
])
def test_version20_time_passed_is_no_step(answer: str, change: str) -> None:
    assert not any(side == "change" for _, side in rule_hits(answer, HOW_GOING, change))


@pytest.mark.parametrize(("answer", "change", "missed"), [
    ("4 coffees yesterday, was supposed to be 2.", "Cut down on coffee", True),
    ("Walked 2 miles a day, was meant to be 4.", "Walk more", True),
    ("Was meant to be 2 and it was 2.", "Cut down on coffee", False),  # nothing told before
    ("Only had 2 coffees, was meant to be 3 max.", "Cut down on coffee", False),  # bettered
    ("Ran 5k, was meant to be 3.", "Run more", False),
])
def test_version20_the_plan_missed_is_a_lapse_only_when_missed(answer: str, change: str,
                                                                missed: bool) -> None:
    assert (("short of the plan", "sustain") in rule_hits(answer, HOW_GOING, change)) == missed


_LIKE_NOW = "What do you like about how things are now?"


@pytest.mark.parametrize(("answer", "prompt", "change", "rule", "fires"), [
    # Stopped many times: failing before, not a step; stopping oneself or at a limit is a step.
    ("Quit vaping twice before and always went back.", _TAKE_FIVE, "Quit vaping",
     ("failed before", "sustain"), True),
    ("I've quit more times than I can count.", _TAKE_FIVE, "Quit smoking",
     ("failed before", "sustain"), True),
    ("I stopped at two beers four times this week.", HOW_GOING, "Drink less",
     ("failed before", "sustain"), False),
    ("I stopped myself a few times when I wanted a cig.", HOW_GOING, "Quit smoking",
     ("failed before", "sustain"), False),
    # The habit creeping back is a lapse; energy creeping back, or oneself back to bed, is not.
    ("Every time it crept back in.", _TAKE_FIVE, "Stop gambling", ("lapse", "sustain"), True),
    ("My energy is creeping back.", HOW_GOING, "Drink less", ("lapse", "sustain"), False),
    ("Crept back to bed at 10.30 after the news.", HOW_GOING, "Bed by 11",
     ("lapse", "sustain"), False),
    # Better than feared, said of the change.
    ("The first swim was not as hard as I expected.", _WHY_SIX, "Swim twice a week",
     ("better than feared", "change"), True),
    ("Not as bad as expected.", HOW_GOING, "Walk more", ("better than feared", "change"), True),
    # Knowing what a thing is is no ability; working out how to do it is.
    ("I can't tell if that's sensible moderation.", _WHY_SIX, "Stop gambling",
     ("ability: stop, negated", "sustain"), False),
    ("I can't figure out how to fit walks in with the kids.", _TAKE_FIVE, "Walk more",
     ("ability: behaviour, negated", "sustain"), True),
    # No money lost, in any voice, is no lack of money.
    ("No money was lost this week.", HOW_GOING, "Stop betting",
     ("too tired or busy", "sustain"), False),
    ("Did not bet once and no money lost.", HOW_GOING, "Stop betting",
     ("too tired or busy", "sustain"), False),
    ("No money for the gym this month.", HOW_GOING, _GYM, ("too tired or busy", "sustain"),
     True),
])
def test_version20_rules_fire_on_their_class_only(answer: str, prompt: str, change: str,
                                                  rule: tuple[str, str], fires: bool) -> None:
    assert (rule in rule_hits(answer, prompt, change)) == fires, rule_hits(answer, prompt, change)


@pytest.mark.parametrize(("answer", "prompt", "change", "label"), [
    ("Poured the wine down the sink.", HOW_GOING, "Drink less", "change"),  # no weather
    ("Watched my spending all week.", HOW_GOING, "Stop gambling", "change"),  # not idle time
    ("Smoking isn't as bad as I thought.", _WHY_SIX, "Quit smoking", "sustain"),  # played down
    ("It's not as bad as I thought.", _LIKE_NOW, "Drink less", "sustain"),
    ("I haven't set foot in a pub since January.", _WHY_SIX, "Drink less", "change"),
    ("I can't imagine myself going back to smoking.", _BEST, "Quit smoking", "change"),
    ("Had crisps between meals most days.", HOW_GOING, "No eating between meals", "sustain"),
    ("Still the same.", _WHY_SIX, "Walk more", "neutral"),
    ("Busy week at work.", _WHY_SIX, "Walk more", "neutral"),
    ("Haven't given it much thought.", _WHY_SIX, "Walk more", "neutral"),
])
def test_version20_after_review(answer: str, prompt: str, change: str, label: str) -> None:
    assert classify(answer, prompt, change).label == label, rule_hits(answer, prompt, change)


_HELP = "Who could help you, and how?"
_TRIED = "What have you already tried that helped, even a little?"
_MANAGED = "Think of another time you made a hard change in your life. How did you do it?"


@pytest.mark.parametrize(("answer", "prompt", "change", "label"), [
    # What would help, said not to be there: someone who will not, help that is not coming.
    ("If my boss let me start at 10. She won't budge though.", _TAKE_FIVE, "Bed by 11",
     "sustain"),
    ("A babysitter on Tuesdays. Which isn't happening, not on my wages.", _HELP,
     "Go to the gym", "sustain"),
    ("My sister, she said she'd walk with me on Sundays.", _HELP, "Walk more", "change"),
    # Help, or a time it was done, denied.
    ("Not many people really. My mates all drink.", _HELP, "Drink less", "sustain"),
    ("Can't think of anything, I've never changed much.", _MANAGED, "Quit smoking", "sustain"),
    ("Can't think of one, but I did learn to drive at 40.", _MANAGED, "Quit smoking", "change"),
    # Everything tried has failed, as the answer's verdict.
    ("Apps, gum, patches. Nothing has really worked.", _TRIED, "Quit vaping", "sustain"),
    ("Gum helped a bit, the patches not so much.", _TRIED, "Quit vaping", "change"),
    # Nothing expected to change for now.
    ("Don't think much is going to change while the baby's this small.", _NEXT, _GYM, "sustain"),
    # "Only" managed, of what was meant to be done more.
    ("Only managed once this week.", HOW_GOING, "Walk every day", "sustain"),
])
def test_version21(answer: str, prompt: str, change: str, label: str) -> None:
    assert classify(answer, prompt, change).label == label, rule_hits(answer, prompt, change)


@pytest.mark.parametrize(("answer", "prompt", "change", "label"), [
    # Helpers on the person's side, or the condition met, are no help denied.
    ("My wife. She won't stop till I've quit, bless her.", _HELP, "Quit smoking", "change"),
    ("My boss could let me leave at 5. He won't care as long as the work gets done.", _HELP,
     "Walk more", "change"),
    ("My mum, she won't agree with me drinking like this.", _HELP, "Drink less", "change"),
    ("Not many people, my wife mainly.", _HELP, "Drink less", "change"),
    # A method that failed beside one that worked, or someone else's failure, is no verdict.
    ("Nothing helped except going cold turkey.", _TRIED, "Quit vaping", "change"),
    ("Nothing worked until I started walking with my sister.", _TRIED, "Walk more", "change"),
    ("Nothing has really worked for my brother either, but the gum helped me loads.", _TRIED,
     "Quit vaping", "change"),
    ("None of them worked.", _TRIED, "Quit vaping", "sustain"),
    # Nothing changing is a worry, not a stance; the change put off is no stance by itself.
    ("Nothing will change if I keep drinking like this.", "What concerns you about how things "
     "are now?", "Drink less", "change"),
    ("Not starting yet, I've booked it for Monday.", _NEXT, _GYM, "change"),
    # "Only" of what the change does less of is fewer.
    ("Only went twice this week.", HOW_GOING, "Stop going to the pub", "change"),
])
def test_version21_after_review(answer: str, prompt: str, change: str, label: str) -> None:
    assert classify(answer, prompt, change).label == label, rule_hits(answer, prompt, change)


_VALUE_MEANING = "What does independence mean to you?"


_KNOW = "How will you know it is working?"
_GOAL = "What change do you want to make?"
_BETTER = "If things changed, what could be better?"
_BOTH_SIDES = "Reading both sides together, what stands out to you?"
_WITH = "Now imagine it is a year from now and you have made this change. What is different?"
_LOOK_BACK = ("Think back to a time before this became an issue for you. What was different "
              "then?")
# Each version's cases from version 22 on, and those a strict review of its first draft added.
_VERSION_CASES = {
    "22": [
        # Saying there is no answer answers nothing, whatever the question evokes.
        ("nah idk", _NEXT, "Quit vaping", "neutral"),
        ("Can't say.", _TAKE_FIVE, "Walk more", "neutral"),
        ("I couldn't tell you, to be honest.", _TAKE_FIVE, "Walk more", "neutral"),
        ("haven't tried anything yet", _TRIED, "Drink less", "neutral"),
        ("I can't say I'm ready, but I want to stop.", _NEXT, "Quit vaping", "change"),
        # A measure is no ability; being settled is no ability to change.
        ("Seeing my grandchildren as often as I can.", _VALUE_MEANING, "Walk more", "neutral"),
        ("Getting out whenever I can.", _VALUE_MEANING, "Walk more", "neutral"),
        ("I'm too old and set in my ways for all that.", _TAKE_FIVE, "Quit smoking", "sustain"),
        ("Honestly? Nothing. I'm happy enough with the way things are.", _TAKE_FIVE,
         "Drink less", "sustain"),
        # Asked how it has gone: the bare verdict, "mixed" as no step, better than before.
        ("a bit better", HOW_GOING, "In bed by 11", "change"),
        ("worse if anything", HOW_GOING, "In bed by 11", "sustain"),
        ("It's not really working.", HOW_GOING, "In bed by 11", "sustain"),
        ("Not so good.", HOW_GOING, "Walk more", "sustain"),
        ("Mixed.", HOW_GOING, "Drink less", "neutral"),
        ("Took my tablets every day. Still low but not as bad as last week.", HOW_GOING,
         "Take my tablets every day", "change"),
        ("3 nights off this week", HOW_GOING, "Less wine", "change"),
        ("3 days off work this week.", HOW_GOING, "Less wine", "neutral"),
        # Asked what it would take: a time waited out is no means of one's own; a test is (and
        # since version 38 neither has a side without a cue; "getting" names no action of the
        # person's own, version 43).
        ("Getting through Christmas.", _TAKE_FIVE, "Quit smoking", "neutral"),
        ("Getting through Christmas without caving.", _TAKE_FIVE, "Quit smoking", "neutral"),
        # What the change's name says it is about.
        ("only 1 night out this week", HOW_GOING, "not getting wrecked every weekend", "change"),
        ("Checked it every morning this week.", HOW_GOING, "check my blood sugar every morning",
         "change"),
        ("had proper dinners 5 nights!", HOW_GOING, "eat real meals not just crisps", "change"),
    ],
    "22 after review": [
        # "not", "never" or "no" before a verb of not doing names a change to do more.
        ("Took my meds every day.", HOW_GOING, "never miss my meds", "change"),
        ("Missed my meds twice.", HOW_GOING, "never miss my meds", "sustain"),
        ("Had breakfast every day this week.", HOW_GOING, "not skipping breakfast", "change"),
        ("Skipped breakfast twice.", HOW_GOING, "not skipping breakfast", "sustain"),
        # Content with how it is going is no playing down; with how things are, it is.
        ("I'm pretty happy with how things are going, three dry nights.", HOW_GOING, "Drink less",
         "change"),
        ("Happy enough as I am.", _NEXT, "Drink less", "sustain"),
        # Lowering blood sugar is eating less sugar; checking it is done more.
        ("Cut down on sugar.", HOW_GOING, "Get my blood sugar down", "change"),
        ("Tested it every morning this week.", HOW_GOING, "test my blood sugar every morning",
         "change"),
        # Days off work or on holiday are no days kept; days off it, then back on it, a lapse.
        ("Had two weeks off in Spain.", HOW_GOING, "Drink less", "neutral"),
        ("2 days off then straight back on it Friday.", HOW_GOING, "Quit vaping", "neutral"),
        ("Two nights off so far.", HOW_GOING, "Drink less", "change"),
        ("3 days off this week.", HOW_GOING, "Walk every day", "neutral"),  # rest days
        # Getting through a time is waiting; getting through it sober is the test.
        ("Getting through a Friday night sober.", _KNOW, "Drink less", "change"),
        ("Getting through the withdrawal.", _KNOW, "Quit smoking", "change"),
        ("Getting past year end.", _TAKE_FIVE, "Walk more", "neutral"),
        # "not so good" of something else is no verdict on the week.
        ("Not very well rested but no screens after ten.", HOW_GOING, "no phone in bed", "change"),
        ("Cigs taste not so good now.", HOW_GOING, "Quit smoking", "neutral"),
        # More verdicts.
        ("Bit better I guess.", HOW_GOING, "In bed by 11", "change"),
        ("A lot worse if I'm honest.", HOW_GOING, "In bed by 11", "sustain"),
        ("Could be better.", HOW_GOING, "In bed by 11", "sustain"),
        ("Doesn't seem to be working.", HOW_GOING, "In bed by 11", "sustain"),
        # "Can't say" followed by what is said is an answer.
        ("Couldn't tell you the last time I slept through the night.", _CONCERNS,
         "Drink less", "change"),
        ("Can't say my mates would be impressed.", _COSTS, "Drink less", "sustain"),
        ("Can't tell.", _TAKE_FIVE, "Walk more", "neutral"),
        ("Can't say, maybe if the weather picks up.", _TAKE_FIVE, "Walk more", "neutral"),
        # Set in one's ways is a stance, which a question does not turn round; denied, it is not.
        ("I'm too old to change.", _NEXT, "Quit smoking", "sustain"),
        ("Getting too old for that.", _WHY_NOT_LOWER, "Drink less", "change"),
        # A measure is no ability even with words after it.
        ("Seeing my grandkids as often as I can these days.", _VALUE_MEANING, "Walk more",
         "neutral"),
        # Texting shorthand.
        ("not rly sure tbh", _FITS, "Run twice a week", "neutral"),
    ],
    "23": [
        # A statement said with a rising tone answers; a question asked back does not.
        ("I'd actually sleep properly?", "What would be good about making this change?",
         "Drink less", "change"),
        ("Less arguing with my wife?", "If things changed, what could be better?", "Drink less",
         "change"),
        ("Why does it even matter?", "If things changed, what could be better?", "Drink less",
         "sustain"),
        # Looking back, what was done then is history; what was not done still counts.
        ("At college I walked everywhere and cooked every night.", _LOOK_BACK, "Walk more",
         "neutral"),
        ("I didn't vape at all and I played way more sport.", _LOOK_BACK, "Quit vaping", "change"),
        # Nothing tried yet is no answer; nothing done this week went badly.
        ("Nothing yet.", _TRIED, "Quit vaping", "neutral"),
        ("Didn't do anything. Busy week.", HOW_GOING, "Walk every day", "sustain"),
        ("Not doing that in the winter.", HOW_GOING, "Cycle to work", "sustain"),
        ("I don't understand the question, sorry.", _FITS, "Run twice a week", "neutral"),
        ("Just feels about right.", _WHY_SIX, "Walk more", "neutral"),
        ("It kind of doesn't, the late nights are my quiet time.", _FITS, "Run twice a week",
         "sustain"),
    ],
    "23 after review": [
        # Asked back, in any of its forms, to a question evoking change talk: no answer.
        ("What's the point, really?", _WHY_SIX, "Walk more", "sustain"),
        ("whats the point?", _WHY_SIX, "Walk more", "sustain"),
        ("Tbh why bother?", _WHY_SIX, "Walk more", "sustain"),
        ("Sorry?", _BETTER, "Drink less", "neutral"),
        ("Surely one glass with dinner is fine?", _CONCERNS, "Drink less", "neutral"),
        # Statements said with a rising tone, tags and clipped modals still answer.
        ("Would save me a fortune?", _BETTER, "Drink less", "change"),
        ("Saving money, isn't it?", _BETTER, "Drink less", "change"),
        # A complaint asked back, to a question about what the habit gives, is its answer.
        ("The lads would give me stick. And what would I do on a Friday, knit?", _COSTS,
         "Drink less", "sustain"),
        # Looking back: what was gone without still counts; what was done is history.
        ("I went whole weekends without a drink.", _LOOK_BACK, "Drink less", "change"),
        ("I ran every day.", _LOOK_BACK, "Run twice a week", "neutral"),
        # Nothing tried: a bare reply, or "yet".
        ("Nothing yet, I've only just started.", _TRIED, "Quit vaping", "neutral"),
        ("Nothing really, I'm not a phone person.", _TRIED, "Less screen time", "sustain"),
        # "didn't do any ..." of what is cut down is no week gone badly.
        ("Didn't do any impulse buys.", HOW_GOING, "Spend less online", "neutral"),
        ("Not doing it in the dark any more, phone stays downstairs.", HOW_GOING,
         "no phone in bed", "change"),  # no longer put off (the step itself read since v56)
        # "Feels right" is no answer only as the whole answer.
        ("Feels right to finally deal with it, for the kids.", _WHY_SIX, "Drink less",
         "change"),
        ("Just feels like a 6.", _WHY_SIX, "Drink less", "neutral"),
        ("I don't really understand the question.", _FITS, "Run twice a week", "neutral"),
    ],
    "24": [
        # A statement before a question asked back answers by itself.
        ("It's my health. What matters more than that?", _WHY_SIX, "Drink less", "change"),
        ("What's more important than that?", _WHY_SIX, "Drink less", "neutral"),
        ("Nothing in particular.", _CONCERNS, "Drink more water", "sustain"),
        ("I honestly can't picture it.", _WITH, "Drink less", "neutral"),
        ("Probably the same as now.", _WITHOUT, "Drink less", "neutral"),
        # An amount now beside the one before: less or more of what the change counts.
        ("3 a day now was 8", HOW_GOING, "Cut down on energy drinks", "change"),
        ("2 a week now was 4", HOW_GOING, "Walk more", "sustain"),
        ("5/7 mornings", HOW_GOING, "Stretch every morning", "change"),
        ("Not giving them up completely, not on nights.", _BOTH_SIDES, "Fewer energy drinks",
         "sustain"),
        ("Four isn't a big leap.", _WHY_SIX, "Cut back on wine", "change"),
        ("It's not a big deal.", _WHY_SIX, "Cut back on wine", "sustain"),
    ],
    "24 after review": [
        # A question that challenges the change is sustain talk; a statement that says
        # nothing ("It's fine.") does not answer for it.
        ("It's fine. Why would I change?", _WHY, "Stop gambling", "sustain"),
        ("Im 24. Who cares?", _WORST, "Drink less", "sustain"),
        ("Nothing specific, just everything.", _CONCERNS, "Drink less", "change"),
        # To what the change would bring, "the same" says it brings nothing.
        ("Probably the same as now.", _WITH, "Drink less", "sustain"),
        ("Haven't thought that far ahead.", _BEST, "Drink less", "neutral"),
        ("Probably not a big difference.", _WITH, "Drink less", "sustain"),
        # A number that measures something else; none kept; persistence.
        ("Weight 82 now was 90", HOW_GOING, "Walk more", "neutral"),
        ("Confidence is 7 now was 5", HOW_GOING, "Drink less", "neutral"),
        ("0/7 mornings", HOW_GOING, "Stretch every morning", "neutral"),
        ("Not giving up altogether, just a blip.", HOW_GOING, "Quit smoking", "neutral"),
    ],
    "25": [
        # A record set, or the worst in a while; a record of going without what the change
        # does more of is a lapse.
        ("Days without yelling: 4. Longest so far.", _NOTE, "Stop yelling at the kids", "change"),
        ("138/88 this morning. Best for months.", HOW_GOING, "Cut down on salt", "change"),
        ("Longest I've gone without a run in years.", HOW_GOING, "Run twice a week", "sustain"),
        ("Worst week in months.", HOW_GOING, "Drink less", "sustain"),
        ("Best for months.", None, "Drink less", "neutral"),
        # Money the change kept, in a report or a note keeping a tally.
        ("\u00a3312 saved so far.", _NOTE, "Stay off the cigarettes", "change"),
        ("Saved 60 quid this month.", HOW_GOING, "Cut out takeaways", "change"),
        # "down to" the times left; a step undone; a verdict with a filler; a setback.
        ("down to weekends. mostly.", _HOW_NOW, "Quit weed", "change"),
        ("Down to a can every 2 days from a can a day.", _HOW_NOW, "Quit dip", "change"),
        ("It all comes down to a habit really.", HOW_GOING, "Quit smoking", "neutral"),
        ("reinstalled it", HOW_GOING, "Stop the takeaways", "sustain"),
        ("Reinstalled the blocker on Tuesday.", HOW_GOING, "Stop gambling", "change"),
        ("ngl its been rough, went 2 days without then caved", _HOW_NOW, "Quit the vape",
         "sustain"),
        ("honestly terrible.", _HOW_NOW, "Bed by 11", "sustain"),
        ("Still rubbish.", _HOW_NOW, "Drink more water", "sustain"),
        ("Flared up on Saturday, haven't done any since.", HOW_GOING, "Do my physio", "sustain"),
        ("Pulled something in my shoulder so I've been off for a week.", HOW_GOING,
         "Get back to the gym", "sustain"),
        # A restart counted; no way seen; lazy; nothing to do instead.
        ("day 2 again", _NOTE, "Stop smoking", "change"),
        ("I'm not against it, I just dont see how yet.", _TAKE, "Stop vaping", "sustain"),
        ("I don't see how it could hurt to try.", _TAKE, "Stop vaping", "neutral"),  # not sustain
        ("I'm just lazy about it.", _BOTH_SIDES, "Do my stretches", "sustain"),
        ("Honestly dont know what Id do instead when Im anxious", _COSTS, "Stop biting my cheek",
         "sustain"),
    ],
    "25 after review": [
        # Records of an amount are read by the behaviour named, and only of one.
        ("Fewest fags in years.", HOW_GOING, "Quit smoking", "change"),
        ("Lowest screen time in weeks.", HOW_GOING, "Less screen time", "change"),
        ("Fewest steps in weeks.", HOW_GOING, "Walk more", "sustain"),
        ("Least water in ages.", HOW_GOING, "Drink more water", "sustain"),
        ("Most steps in months.", HOW_GOING, "Walk more", "change"),
        ("Lowest mood in ages.", HOW_GOING, "Stop gambling", "neutral"),
        ("Longest run yet without stopping!", HOW_GOING, "Run twice a week", "change"),
        ("Longest without a drink in years.", HOW_GOING, "Drink less", "change"),
        ("Best week since Christmas.", HOW_GOING, "Drink less", "change"),
        ("Eleven times this morning, a new personal best, please alert the press.", _HOW_NOW,
         "Stop hitting snooze", "neutral"),
        ("Haven't been to the gym, at least not yet.", HOW_GOING, "Go to the gym", "sustain"),
        ("Not my best week so far.", HOW_GOING, "Drink less", "sustain"),
        ("Vaping is the worst habit ever.", HOW_GOING, "Quit vaping", "neutral"),
        ("Worst week in months.", _NOTE, "Stop yelling at the kids", "sustain"),
        # Steps undone: of the habit, not of a helper; denied, a step.
        ("Reinstalled the app blocker.", HOW_GOING, "Stop gambling", "change"),
        ("Downloaded Strava again.", HOW_GOING, "Run twice a week", "change"),
        ("Downloaded tiktok again.", HOW_GOING, "Less tiktok", "sustain"),
        ("Still haven't redownloaded TikTok!", HOW_GOING, "Less tiktok", "change"),
        ("Had to reinstall Windows so lost a day.", HOW_GOING, "Less tiktok", "neutral"),
        # Verdicts, with their degree; "less rough" is none.
        ("its been less rough this week", HOW_GOING, "Quit vaping", "change"),
        ("It's been a bit rough.", HOW_GOING, "Quit vaping", "sustain"),
        ("Bit of a mess tbh.", HOW_GOING, "Quit vaping", "sustain"),
        ("Still rubbish lol.", HOW_GOING, "Quit vaping", "sustain"),
        # "down to" as less of it only.
        ("Just counting down to the weekend tbh.", HOW_GOING, "Drink less", "neutral"),
        ("Going down to a class every week.", HOW_GOING, "Get back to the gym", "neutral"),
        ("Down to about a can every 2 days.", _HOW_NOW, "Quit dip", "change"),
        ("down to just weekends now", _HOW_NOW, "Quit weed", "change"),
        # Money kept, not lost, none or a penalty.
        ("Had 200 saved and blew it all on the slots.", HOW_GOING, "Stop gambling", "sustain"),
        ("\u00a30 saved, obviously.", HOW_GOING, "Stop gambling", "neutral"),
        ("Had to put 3 quid in the jar again.", HOW_GOING, "Stop swearing", "neutral"),
        # No way seen, lazy and no replacement only where they hold (asked a question that
        # evokes neither side: what stands out from both sides leans to the change since 33).
        ("Can't see how I'd go back now.", _VALUE_MEANING, "Quit smoking", "neutral"),
        ("I don't see how drinking helps anything.", _VALUE_MEANING, "Drink less", "neutral"),
        ("I was lazy before, now I walk every day.", _VALUE_MEANING, "Walk more", "neutral"),
        ("I'm lazy but I still went twice.", HOW_GOING, "Walk more", "neutral"),
        ("Got lazy.", HOW_GOING, "Walk more", "sustain"),
        ("Don't know what I'd do without running tbh.", _BOTH_SIDES, "Run twice a week",
         "change"),
        ("idk what id do instead", _COSTS, "Stop vaping", "sustain"),
        # Setbacks: of a change to do more only; an idiom is none.
        ("Sprained my ankle on Monday.", HOW_GOING, "Stop drinking", "neutral"),
        ("Pulled my socks up this week.", HOW_GOING, "Run twice a week", "change"),
        ("Did my back in on Tuesday so no runs.", HOW_GOING, "Run twice a week", "sustain"),
        ("Day 2 again lol", _NOTE, "Stop smoking", "change"),
        ("On day 3 again.", HOW_GOING, "Stop smoking", "change"),
    ],
    "26": [
        # Looking back, how much better the person was then: a reason to change.
        ("played rugby 3x a week, ate whatever, felt great", _LOOK_BACK, "Get back to the gym",
         "change"),
        ("At uni I used to sleep like a log, out by eleven and up at seven.", _LOOK_BACK,
         "Sleep earlier", "change"),
        ("year 10 i didnt even know what one was. i was fitter", _LOOK_BACK, "Stop vaping",
         "change"),
        ("When Harold was alive we went up together at ten every night.", _LOOK_BACK,
         "Bed by 11", "neutral"),
        ("I felt great after a few pints back then.", None, "Drink less", "neutral"),
    ],
    "27": [
        # Back on track after a lapse: the lapse is the recovery's story.
        ("Back on it Wednesday.", HOW_GOING, "Alcohol-free weekdays", "change"),
        ("Had a bad day Sunday, smoked 12. Back on track today.", _NOTE, "Give up smoking",
         "change"),
        ("Skipped it 3 days this week, everything went out the window. Back on it today.",
         HOW_GOING, "Eat breakfast", "change"),
        ("Back on them since tuesday.", HOW_GOING, "Stop smoking roll ups", "neutral"),
        ("Back to full repetitions.", HOW_GOING, "Do my hip exercises", "change"),
        # Attempts that failed, or fail only sometimes.
        ("Patches, but they didn't work.", _TRIED, "Quit vaping", "sustain"),
        ("The 48hr rule works when I'm normal. It doesn't work when I'm upset.", _TRIED,
         "Stop impulse buying", "change"),
        ("They didn't work weekends so I saw more of them.", None, "See my kids more",
         "neutral"),
        # Not enough; a lapse foreseen; what it does; working.
        ("I want to, but not enough to give up the gaming nights.", _WHY_NOT_LOWER,
         "Less tiktok", "sustain"),
        ("That I'll relapse. I've done 60 days before and lost the lot.", _CONCERNS,
         "Stop playing poker", "sustain"),
        ("I don't want to relapse.", _CONCERNS, "Stop playing poker", "change"),
        ("That I like it but don't much like what it does to me.", _BOTH_SIDES,
         "Drink less wine", "change"),
        ("The decaf swap is working, sort of.", HOW_GOING, "Cut down on coffee", "change"),
        ("It's not working.", HOW_GOING, "Cut down on coffee", "sustain"),
        # Turned back on, or off again; reminders; the change's own everyday verb.
        ("Turned off autoplay. Turned it back on again, not sure why.", HOW_GOING,
         "Less netflix at night", "sustain"),
        ("Turned it off again.", HOW_GOING, "Less netflix", "change"),
        ("Cadged one off Daz on Friday.", HOW_GOING, "Pack in the fags", "sustain"),
        ("Remember to buy a new swimming cap.", _NOTE, "Swim twice a week", "change"),
        ("Must remember to ring the surgery about my prescription.", _NOTE,
         "Meditate every morning", "neutral"),
        ("didn't ring at all this week.", HOW_GOING, "Ring mum more", "sustain"),
        ("Can't stand the new tobacco packaging.", _NOTE, "Quit the rollies", "neutral"),
    ],
    "28": [
        # A ruler question with a placeholder or a number word.
        ("7 because my wife cried the day she saw my account.", "Why a N and not a N?",
         "Cut back on sports betting", "change"),
        ("Because my wife cried the day she saw my account.", "Why a seven and not a four?",
         "Cut back on sports betting", "change"),
        # Gambling words; a listed noun shares the change's verb.
        ("I staked 12k this week. Above the limit.", HOW_GOING, "Cut back on betting", "sustain"),
        ("Down to six cups.", _HOW_NOW, "Drink less tea and coffee", "change"),
        ("Down to six cups.", _HOW_NOW, "Drink less (1 cup/day max)", "change"),
    ],
    "28 after review": [
        ("It's working.", HOW_GOING, "Drink less", "change"),
        ("The wife is working lates so I'm on my own.", HOW_GOING, "Drink less", "neutral"),
        ("I'll see how it goes.", _NEXT, "See my friends more", "neutral"),
        ("Need to call the bank tomorrow.", _NOTE, "Call my mum every Sunday", "neutral"),
        ("I was lazy this week.", HOW_GOING, "Walk more", "sustain"),
        ("It's not that I'm lazy, I'm tired.", _VALUE_MEANING, "Walk more", "neutral"),
        ("It's down to weekends now.", HOW_GOING, "Quit weed", "change"),
        ("PB this morning!", HOW_GOING, "Run twice a week", "change"),
        ("I'm worried I'll relapse.", _CONCERNS, "Stop poker", "change"),
        ("I'll end up smoking again.", _CONCERNS, "Quit smoking", "sustain"),
        ("It hurts but not enough to stop running.", HOW_GOING, "Run twice a week", "change"),
        ("One slip is not enough to stop me.", HOW_GOING, "Quit vaping", "neutral"),
        ("Unblocked the site.", HOW_GOING, "Stop gambling", "sustain"),
        ("Worst hangover in years.", HOW_GOING, "Drink less", "sustain"),
        ("Worst week ever at work.", _NOTE, "Drink less", "neutral"),
        ("Back to my usual 20 a day.", HOW_GOING, "Quit smoking", "neutral"),
        ("Back on it all weekend, pints everywhere.", HOW_GOING, "Drink less", "neutral"),
        ("Drank every night this week, back on it tomorrow.", HOW_GOING, "Drink less",
         "sustain"),
        ("Had 3 cigs Saturday, back on track Sunday, then smoked 10 Monday.", HOW_GOING,
         "Quit smoking", "sustain"),
        ("Mates asked me out, turned them down again.", HOW_GOING, "Drink less", "change"),
        ("I don't like what running does to my knees.", _BOTH_SIDES, "Run twice a week",
         "sustain"),
        ("Crap weather but I still ran twice.", HOW_GOING, "Run twice a week", "neutral"),
        ("Shocking how much better I feel.", HOW_GOING, "Run twice a week", "neutral"),
        ("It's been a bit of a nightmare.", HOW_GOING, "Drink less", "sustain"),
        ("Things have been rough.", HOW_GOING, "Drink less", "sustain"),
        ("Honestly I don't think I was happier.", _LOOK_BACK, "Drink less", "neutral"),
        ("I was in better shape.", _LOOK_BACK, "Run more", "change"),
        ("I remember to this day how good that first pint tasted.", _LOOK_BACK, "Drink less",
         "neutral"),
        ("I don't see how I can afford not to.", _TAKE, "Quit smoking", "neutral"),  # not sustain
        ("Had about 200 saved but lost it all.", HOW_GOING, "Stop gambling", "sustain"),
        ("\u00a340 in the jar so far.", _NOTE, "Quit smoking", "change"),
    ],
    "29": [
        # An aim said to be another's, asked for the change; not when the person takes it up.
        ("walk 10k steps. Doctor's idea.", _GOAL, "Walk 10k steps", "neutral"),
        ("be in bed by 11 on school nights. my mum literally made me put this", _GOAL,
         "Bed by 11", "neutral"),
        ("Cut down on the cider apparently. Doctor's idea not mine.", _GOAL, "Cut down on cider",
         "sustain"),
        ("No work emails after 7. My partner's suggestion, I should agree really.", _GOAL,
         "No work emails after 7", "change"),
        ("Separate duvets, Gareth's idea, helped a lot actually.", _TRIED, "Go up to bed",
         "change"),
        # A helper defeated; the change known and not made.
        ("I put the screen time limit on but I just press ignore limit every time.", _TRIED,
         "Stop checking instagram", "sustain"),
        ("i mean its pretty obvious i should stop. i just dont", _WHY_NOT_LOWER,
         "Stop watching youtube till 3am", "sustain"),
        # A one-word verdict; the worst waved away (not "Nothing dramatic." before the worst).
        ("Badly. Nights this week.", HOW_GOING, "Gym before work", "sustain"),
        ("I don't know, nothing terrible? I just carry on being tired.", _WORST,
         "No caffeine after 2pm", "sustain"),
        ("Nothing dramatic. Another year of feeling rubbish in the mornings.", _WORST,
         "Less phone in bed", "change"),
    ],
    "29 after review": [
        ("Fixed the car.", _NOTE, "Drink less", "neutral"),
        ("No booze in the house anymore, that's just how it is.", HOW_GOING, "Drink less",
         "change"),
        ("Back on the wagon after my birthday.", HOW_GOING, "Drink less", "change"),
        ("Back to my usual 5k every morning.", HOW_GOING, "Run more", "change"),
        ("I was happier before I started drinking every night.", _LOOK_BACK, "Drink less",
         "change"),
        ("Meditated for ten minutes.", HOW_GOING, "Quit smoking and meditate", "change"),
        ("It was my doctor's idea but I really want to do it now.", _GOAL, "Drink less",
         "change"),
        ("My wife's idea. I think she's right, I need to cut back.", _GOAL, "Drink less",
         "change"),
        ("My heart scare made me do this, I want to stop.", _GOAL, "Quit smoking", "change"),
        ("Her idea.", _GOAL, "Drink less", "neutral"),
        # A refusal is no change known and not made (no longer read as sustain talk).
        ("Did I have a cig? I did not.", HOW_GOING, "Quit smoking", "neutral"),
        ("The lads still offer me a pint. I just don't.", HOW_GOING, "Drink less", "neutral"),
        ("Didn't hit snooze once this week!", HOW_GOING, "Get up earlier", "change"),
        ("I keep hitting ignore.", _TRIED, "Less phone", "sustain"),
        ("I'll end up running again by spring.", _NEXT, "Run 3 times a week", "change"),
        ("It's bad but not enough to stop me drinking.", _BOTH_SIDES, "Drink less", "sustain"),
        ("Worst week at work in months.", _NOTE, "Drink less", "neutral"),
        ("Got lazy then stopped going altogether.", HOW_GOING, "Go to the gym", "sustain"),
        ("Not had a drink and \u00a360 saved.", HOW_GOING, "Drink less", "change"),
        ("I will ring gran on Sunday.", _NEXT, "Ring gran every Sunday", "change"),
        ("It was down to weekends.", HOW_GOING, "Quit weed", "neutral"),
        ("It doesn't work anymore, I just smoke through the patches.", _TRIED, "Quit smoking",
         "sustain"),
        ("Rubbish weather but I still walked every day.", HOW_GOING, "Walk more", "change"),
    ],
    "30": [
        ("Snapped Tuesday about the dishwasher. Apologized an hour later, which is new for me.",
         HOW_GOING, "Stop snapping at my partner", "change"),
        ("Did all three flights on Thursday. Had to stop twice. Still did it.", HOW_GOING,
         "Take the stairs at work", "change"),
        ("I still do it every night.", None, "Stop vaping", "sustain"),
    ],
    "30 after review": [
        ("Snapped at him again, which is nothing new.", HOW_GOING, "Stop snapping at my partner",
         "sustain"),
        ("Smoked at work today, which is new for me.", HOW_GOING, "Stop smoking", "sustain"),
        ("Said no to a second glass. New for me.", HOW_GOING, "Drink less", "change"),
        ("I still did it.", HOW_GOING, "Stop biting my nails", "sustain"),
        ("Exhausted but still doing it!", HOW_GOING, "Walk more", "change"),
        ("I could do it again.", _LOOK_BACK, "Run more", "change"),
        ("My doctor made me do this at first, but now I want it for myself.", _GOAL, "Walk more",
         "change"),
        ("Two Sundays in a row I've been hungover.", HOW_GOING, "Drink less", "neutral"),
        ("Wear the hearing aids. My wife's idea, not mine.", _GOAL, "Wear my hearing aids",
         "neutral"),
        ("Two years ago I could have a couple of squares and put the rest back.", _LOOK_BACK,
         "Eat less chocolate", "neutral"),
    ],
    "31": [
        # Coffee is read in a change that names it, and nowhere else.
        ("I plan to reduce my coffee to one cup before noon.", _GOAL, "one coffee a day",
         "change"),
        ("Had four lattes yesterday.", HOW_GOING, "two coffees a day max", "sustain"),
        ("I'll have a coffee at 3 instead of the can.", _OBSTACLES, "cut out energy drinks",
         "change"),
        # A change named by the other side of a habit: what a stop verb stops is the habit.
        ("I've had three whole days without one.", _WHY_NOT_LOWER, "dry weekdays", "change"),
        ("I stopped completely in March.", HOW_GOING, "stay sober", "change"),
        ("Kept Monday to Thursday dry.", HOW_GOING, "Drink less during the week", "change"),
        # Asked what was tried, the attempt told undone and nothing said to have worked.
        ("Blocked the site. Unblocked it two days later.", _TRIED, "stop online betting",
         "sustain"),
        ("Switched notifications off, then turned them back on again.", _TRIED,
         "less phone at night", "sustain"),
        # Asked how it went, "not so bad" is the person's verdict on the time since.
        ("Four cans instead of six. Not too bad.", HOW_GOING, "fewer energy drinks", "change"),
        ("Two nights out, one pint each. Not bad for me.", _HOW_NOW, "Drink less", "change"),
        # A stop verb's time span: the habit stopped for that time.
        ("Skipped the rest of the week, my knee was sore.", HOW_GOING, "walk every day",
         "sustain"),
        # A thing put away as a rule is the plan an obstacle asks for.
        ("Late shifts. The laptop stays in the car those nights.", _OBSTACLES,
         "no work email at night", "change"),
        ("Boredom. Phone goes in the hall drawer after nine.", _OBSTACLES, "less scrolling",
         "change"),
        # A note opening with the change's own behaviour done is a diary's entry.
        ("smoked eight today. rough one", _NOTE, "Stop smoking", "sustain"),
        ("gamed till 3 again", _NOTE, "stop gaming on work nights", "sustain"),
        # "half" before a clock time is no less of anything.
        ("Scrolled till half 2 again.", HOW_GOING, "Less phone in bed", "sustain"),
        # Asked what is next, a plan after a doubt is the answer.
        ("dunno. maybe try weekdays only. no promises", _NEXT, "cut down on weed", "change"),
        # A streak "on the trot" or of eleven or twelve days.
        ("Twelve days on the trot now.", HOW_GOING, "Take my tablets every day", "change"),
        # Better than a number: less than it was.
        ("Down to 3 a day. Better than 10.", HOW_GOING, "Smoke less", "change"),
        # Seeing it anew is the discrepancy seen: a reason to change.
        ("Forty quid a week on cards. Put like that it's daft.", _BOTH_SIDES,
         "stop buying scratchcards", "change"),
        ("I suppose it keeps me on my feet. Hadn't looked at it that way.", _FITS,
         "Run twice a week", "change"),
        ("When you put it like that. Yeah.", _BOTH_SIDES, "Drink less", "change"),
        # Nicotine replacement is the other side of smoking, not the habit.
        ("I'll keep nicotine lozenges in my bag for the party.", _OBSTACLES, "Quit vaping",
         "change"),
    ],
    "31 after review": [
        ("Lads nights. My willpower goes out of the window", _OBSTACLES, "Drink less", "sustain"),
        ("stress at work. my brain goes into meltdown", _OBSTACLES, "Stop smoking", "sustain"),
        ("My flatmate. He is going away next month so nobody to stop me", _OBSTACLES,
         "less gaming", "sustain"),
        ("Card stays at home Fridays.", _OBSTACLES, "stop gambling", "change"),
        ("nights out. cards stay at home", _OBSTACLES, "stop gambling", "change"),
        ("boredom. the vape stays in the car", _OBSTACLES, "Quit vaping", "change"),
        ("payday. card stays with my wife", _OBSTACLES, "stop gambling", "change"),
        ("honestly not that bad, everyone drinks at weekends", HOW_GOING, "Drink less", "sustain"),
        ("its not that bad compared to smoking", _HOW_NOW, "Quit vaping", "sustain"),
        ("not bad enough to quit", _HOW_NOW, "Stop smoking", "neutral"),
        ("I stopped. too tired", HOW_GOING, "Cook at home", "sustain"),
        ("stopped after 2 weeks, bday", HOW_GOING, "Dry January", "neutral"),
        ("three whole days without one", HOW_GOING, "stay sober", "change"),
        ("Deleted it. Reinstalled it.", _TRIED, "stop online betting", "sustain"),
        ("deleted tiktok, redownloaded it 2 days later lol", _TRIED, "less tiktok", "sustain"),
        ("Blocked it. Unblocked it. Never worked", _TRIED, "stop gambling", "sustain"),
        ("not sure. i will see the gp about patches", _NEXT, "Stop smoking", "change"),
        ("dunno maybe try weekdays only", _NEXT, "cut down on weed", "change"),
        ("not sure, i need to stop but i cant see it happening", _NEXT, "Stop smoking",
         "sustain"),
        ("not sure yet, I'll see how next week goes", _NEXT, "Drink less", "neutral"),
        ("sold the xbox", HOW_GOING, "less gaming", "change"),
        ("went way over my drinking limit at the wedding", HOW_GOING, "Drink less", "sustain"),
        ("lost 3 weeks on the trot", HOW_GOING, "stop gambling", "sustain"),
        ("Payday, which means i will leave my card at home", _OBSTACLES, "stop gambling",
         "change"),
        ("drank loads of water today", _NOTE, "Drink less", "change"),
        ("had 3 coffees today", HOW_GOING, "Switch to decaf", "sustain"),
        ("had 3 monsters last shift, meant to be 2", HOW_GOING, "quit the energy drinks",
         "sustain"),
        ("a drink is better than 3 hours lying awake", _HOW_NOW, "Drink less", "neutral"),
        ("I need to stop drinking coffee after 3.", _NOTE, "Sleep better", "change"),
        ("When u put it like that.", _BOTH_SIDES, "quit the vape", "change"),
    ],
    "32": [
        # Kept awake where the day needs it: what the habit gives, not a harm.
        ("Honestly it keeps me awake in the afternoon meeting.", _LIKES, "cut out fizzy drinks",
         "sustain"),
        ("It keeps me up till 2 most nights.", _CONCERNS, "less phone in bed", "change"),
        # Back on a weekday after a lapse, of a change to do more; of a change to stop, no step.
        ("Skipped Monday. Back on Wednesday.", HOW_GOING, "walk at lunchtime", "change"),
        ("Back on Friday.", HOW_GOING, "quit smoking", "neutral"),
        # A count of days kept, "of" instead of "out of".
        ("Five nights of seven.", HOW_GOING, "in bed by 11", "change"),
        # The verdict with its reason.
        ("Not so good this week because of the wedding.", HOW_GOING, "Drink less", "sustain"),
        # "a good time to" is timing, not what the habit gives; "run over" is no run.
        ("Had three bets Saturday. Not a good time to ask, the Derby's on.", _HOW_NOW,
         "stop betting", "sustain"),
        ("Work ran over twice this week.", _HOW_NOW, "fewer takeaways", "neutral"),
    ],
    "33": [
        # What stands out from both sides, without a cue: the change, unless nothing did.
        ("That the good bit is really the lads and not the beer.", _BOTH_SIDES,
         "Cut back on the pints", "change"),
        ("Most of my reasons for keeping it are about work.", _BOTH_SIDES, "quit dip", "change"),
        ("Nothing special.", _BOTH_SIDES, "less energy drinks", "neutral"),
        ("Not much. It's water.", _BOTH_SIDES, "drink more water", "neutral"),
        ("None of my reasons for keeping it hold up.", _BOTH_SIDES, "quit smoking", "change"),
        ("Not a lot of good left in smoking.", _BOTH_SIDES, "quit smoking", "change"),
        # Its own cues against the change still decide, less sure (shown less often).
        ("I don't want to quit.", _BOTH_SIDES, "quit smoking", "sustain"),
        ("Smoking is the only thing that calms me down.", _BOTH_SIDES, "quit smoking", "sustain"),
        # A feeling is no step; a verdict of failure is a lapse.
        ("Missed this week, Mia had gastro. Gutted.", HOW_GOING, "get back to netball",
         "sustain"),
        ("Day 1 ok. Day 2 fail.", HOW_GOING, "no reels at work", "sustain"),
        ("Monday fail.", HOW_GOING, "no phone in bed", "sustain"),
    ],
    "34": [
        # A change to do less named by its limit ("only", "max", "cap", "ditch"): doing the
        # habit is the status quo, within the limit's number it is the change kept.
        ("played tuesday and wednesday.", HOW_GOING, "only play valorant on weekends", "sustain"),
        ("bought another one saturday night.", HOW_GOING, "ditch the disposables", "sustain"),
        ("logged out of youtube on my phone.", HOW_GOING, "cap youtube shorts at 30 min/day",
         "change"),
        ("I want to drink maximum one bottle of soju.", _GOAL,
         "max one bottle of soju at company dinners", "change"),
        ("I kept to one bottle at two of the dinners.", HOW_GOING,
         "max one bottle of soju at company dinners", "change"),
        ("had 2 pints at the quiz.", HOW_GOING, "only 2 pints at quiz night", "change"),
        ("had 5 pints at the quiz.", HOW_GOING, "only 2 pints at quiz night", "sustain"),
        ("went back to 5 at Mark's do.", HOW_GOING, "only 2 pints at quiz night", "sustain"),
        ("smoked 4 yesterday.", HOW_GOING, "cut to 5 cigs a day", "change"),
        ("smoked 9 yesterday.", HOW_GOING, "cut to 5 cigs a day", "sustain"),
        ("drank 3 coffees.", HOW_GOING, "two coffees a day max", "sustain"),
        ("Drifted back.", HOW_GOING, "less doomscrolling", "sustain"),
        ("Slid back to my old ways.", HOW_GOING, "Walk most days", "sustain"),
        # A time is no amount; a number planned is no amount done; another behaviour's count.
        ("Pub. Stick to 2 and have water in between", _OBSTACLES, "Drink less", "change"),
        ("Walked 4 days this week.", HOW_GOING, "only 2 pints at quiz night", "change"),
    ],
    "35, after a review of 34": [
        # Keeping to doing it is no less of it; "max" without an amount is no limit.
        ("I kept to my running plan.", HOW_GOING, "Start running", "change"),
        ("I will stick to running three times a week.", HOW_GOING, "Start running", "change"),
        ("Kept to walking to work all week.", HOW_GOING, "Walk to work more", "change"),
        ("Went for a long run on Saturday.", HOW_GOING, "Keep my long runs for the weekend",
         "change"),
        ("Maxed out my pension contributions.", HOW_GOING, "Max out my pension", "change"),
        # A length of time, or a change to stop, has no limit; units are compared.
        ("Had 4 beers on Saturday.", HOW_GOING, "Stop drinking, 30 days only", "sustain"),
        ("Had 4 beers on Saturday.", HOW_GOING, "No drinking for up to 31 days", "sustain"),
        ("Smoked 2 yesterday.", HOW_GOING, "Quit smoking, only 3 weeks to go", "sustain"),
        ("Had 3 pints on Monday.", HOW_GOING, "Cut down to 3 days a week", "sustain"),
        ("Played 45 minutes a night.", HOW_GOING, "Cap gaming at two hours", "change"),
        ("Played 3 hours last night.", HOW_GOING, "Cap gaming at two hours", "sustain"),
        # A good thing come back is no lapse; nor is going back to bed.
        ("My confidence crept back.", HOW_GOING, "Drink less", "neutral"),
        ("Motivation slowly crept back this week.", HOW_GOING, "Run more", "neutral"),
        ("I slid back into bed after the alarm.", HOW_GOING, "Run before work", "neutral"),
        ("I drifted back into old habits.", HOW_GOING, "Drink less", "sustain"),
    ],
    "36": [
        # Something missed of a change to do more is a lapse; of a change to do less, or in a
        # relative clause, it is not.
        ("Missed both this week, Aarav had a temperature.", HOW_GOING, "Go to spin on Tues + Thurs",
         "sustain"),
        ("Skipped Tuesday's session.", HOW_GOING, "swim twice a week", "sustain"),
        ("Skipped dessert twice.", HOW_GOING, "pudding only at weekends", "change"),
        ("Out five days of seven. The two I missed it was sleeting.", HOW_GOING,
         "walking the dog daily", "change"),
        # A tally of days without the habit, in a note, is a diary's report.
        ("40 days no bet today", _NOTE, "stop betting on the darts", "change"),
        ("3 days no vape!!!", _NOTE, "quit vaping", "change"),
        ("4 weeks smoke free", _NOTE, "quit smoking", "change"),
    ],
    "37": [
        # Asked what is good about how things are, "it" given up is how things are.
        ("the couch after bedtime is my only me time and i dont want to give it up", _LIKES,
         "resistance bands 3x a week", "sustain"),
        # The change said not to fit the value; "Badly" may be the habit's fit.
        ("kind of against it honestly. my best work happens on the third cold brew", _FITS,
         "quit the cold brew", "sustain"),
        ("dont see the connection honestly. Im on nights FOR my family", _FITS,
         "cut down on the Monsters", "sustain"),
        ("Badly, right now. That stings to write.", _FITS, "stop impulse buying online", "change"),
        # The plan after the obstacle, with more of the everyday verbs plans use.
        ("Rain. Then I wait, or I stand under the shed roof.", _OBSTACLES,
         "stop smoking in front of the grandkids", "change"),
        ("lads going to the bakery. might still go with them and just get a brew", _OBSTACLES,
         "pack lunch for site instead of the bakery", "change"),
    ],
    "38": [
        # Asked what it would take, a condition without a cue has no side; its own cues decide.
        ("a bigger freezer honestly", _TAKE, "eat more protein", "neutral"),
        ("I want to feel fitter first, I can do the first week.", _TAKE, "Run twice a week",
         "change"),
        ("Nothing really. I don't want to stop.", _TAKE, "Drink less", "sustain"),
        # Going somewhere, said of no one, is no plan.
        ("kind of clashes? going to bed early feels like giving up the weekend", _FITS,
         "early nights on sundays", "sustain"),
    ],
    "39": [
        # A note told as a diary entry, with more of the verbs of a thing done.
        ("Paid the subs for the month. Physio on the 22nd for the knee.", _NOTE,
         "Join the walking football on Wednesdays", "change"),
        ("found a subreddit for people quitting gacha. lurking", _NOTE, "stop pulling on gacha",
         "change"),
        ("ordered an alarm clock £8 from argos", _NOTE, "off my phone before bed", "change"),
        ("Gave up the cigarettes eight years ago.", _NOTE, "take the stairs at work", "neutral"),
    ],
    "40": [
        # The days in a change's name say when, not what: "thursdays" is no behaviour.
        ("tbh I don't know if I'm ready to give up my lazy thursdays", _TAKE,
         "Meatless Mondays and Thursdays", "sustain"),
        ("I've done a full week now and it wasn't that bad. Slept like a baby on Thursday.",
         _WHY_NOT_LOWER, "no beer mon-thurs", "change"),
        # An ability granted only as a concession, then the wish denied.
        ("its easy if i want to. i just dont want to", _WHY_NOT_LOWER, "max 2 hrs fortnite",
         "sustain"),
    ],
    "41, after a review of 36 to 40": [
        # What was missed must be the change's, counted, a day or "it".
        ("Skipped breakfast but still did my 10k steps.", HOW_GOING, "Walk 10k steps a day",
         "change"),
        ("Missed both this week.", HOW_GOING, "Go to spin on Tues + Thurs", "sustain"),
        # A tally of days without something else is no report of the habit.
        ("5 days without my inhaler and I feel it.", _NOTE, "quit smoking", "neutral"),
        ("4 weeks gluten free now, nothing to do with the vaping.", _NOTE, "quit vaping",
         "neutral"),
        ("3 days no sleep, the baby is teething.", _NOTE, "quit vaping", "neutral"),
        # A consequence is no plan.
        ("Then I pay for it all the next day.", _OBSTACLES, "Drink less", "sustain"),
        # Going somewhere said of no one is a plan unless it is the subject of what follows.
        ("Going to bed by 10:30 from tonight.", _NEXT, "Bed by eleven", "change"),
    ],
    "31 cases it must not fire on": [
        ("not sure yet. I'll see how next week goes.", _NEXT, "Drink less", "neutral"),
        ("Dunno mate, ask me in a month.", _NEXT, "gym twice a week", "neutral"),
        ("Deleted it twice and redownloaded it, but the bank block is what's actually working.",
         _TRIED, "stop betting", "change"),
        ("Any limit goes out the window when I'm on a losing streak.", _OBSTACLES,
         "stop gambling", "sustain"),
        ("It's not so bad, everyone has a few on a Friday.", _GOOD_NOW, "Drink less", "sustain"),
        ("Forgetting, mainly. And my pride, which I'm trying to swallow.", _OBSTACLES,
         "Use my inhaler", "sustain"),
        ("Had half a bottle on Friday instead of the whole thing.", HOW_GOING, "Drink less",
         "change"),
    ],
}


@pytest.mark.parametrize(("answer", "prompt", "change", "label"), [
    pytest.param(*case, id=f"{version}: {case[0]}")
    for version, cases in _VERSION_CASES.items() for case in cases])
def test_versions_from_22(answer: str, prompt: str | None, change: str, label: str) -> None:
    assert classify(answer, prompt, change).label == label, rule_hits(answer, prompt, change)


@pytest.mark.parametrize(("answer", "change", "label", "shown"), [
    # A sort measured rarely right when shown alone (``evidence._SHOWN_RARELY_RIGHT``): the label
    # stands, too unsure to show.
    ("Had four pints on Saturday.", "Drink less", "sustain", False),
    ("I really want a cigarette.", "Quit smoking", "sustain", False),
    # With a verdict beside it, or a sort measured right often, it is shown.
    ("Had four pints on Saturday. Rough week.", "Drink less", "sustain", True),
    ("I skipped the pub on Friday.", "Drink less", "change", True),
    ("It helps me relax.", "Drink less", "sustain", True),
])
def test_sorts_rarely_right_alone_keep_their_label_but_are_not_shown(answer: str, change: str,
                                                                     label: str,
                                                                     shown: bool) -> None:
    result = classify(answer, HOW_GOING, change)
    assert (result.label, result.shown) == (label, shown), rule_hits(answer, HOW_GOING, change)


@pytest.mark.parametrize(("answer", "change", "label"), [
    # Something the person would do, hedged or not: their own means (shown only rarely: read
    # at the sureness of an answer without a cue, under the threshold).
    ("Blocking Thursday 6pm onwards in my work calendar so nobody books over it.",
     "Squash on Thursdays", "change"),
    ("keeping a spare case and solution at his place", "Take my contacts out at night", "change"),
    ("Maybe putting a bit by for the grandkids instead.", "No more prize draws", "change"),
    ("Perhaps putting a bit by", "No more prize draws", "change"),
    ("Maybe I should ask the physio about stretching", "Pickleball twice a week", "change"),
    # A condition, a state or an event named has no side, "maybe" or not; nor a word ending
    # in -ing that is no action of the person's; nor a means refused.
    ("my physical in March", "Drink less", "neutral"),
    ("another flare probably", "Quit smoking", "neutral"),
    ("maybe another flare", "Quit smoking", "neutral"),
    ("Maybe a new job", "Drink less", "neutral"),
    ("Maybe I'm just not ready", "Quit smoking", "neutral"),
    ("Getting sick", "Quit smoking", "neutral"),
    ("Being less stressed at work", "Drink less", "neutral"),
    ("Waiting till after the wedding", "Drink less", "neutral"),
    ("Christening in June", "Drink less", "neutral"),
    ("Quitting isn't going to happen", "Quit smoking", "neutral"),
    ("Stopping altogether, no way", "Quit smoking", "neutral"),
    ("Something else to do after a bad shift.", "No claw machines after work", "neutral"),
    ("Evening plans that don't involve the pub.", "Drink less", "neutral"),
    # Others acting is no means of the person's own, "maybe" or not.
    ("maybe the baby sleeping through", "Run on Sundays", "neutral"),
])
def test_version42_means_named_for_what_it_would_take(answer: str, change: str,
                                                       label: str) -> None:
    result = classify(answer, _TAKE_FIVE, change)
    assert result.label == label, rule_hits(answer, _TAKE_FIVE, change)
    assert not result.shown  # counted, never shown: an answer without a cue of its own


_SINCE = "How have things been going with this change since you last checked in?"


@pytest.mark.parametrize(("answer", "change", "label"), [
    # Giving up ON something is abandoning it: the change, or the trying.
    ("cos I havent given up on it. Just been a mad week.", "no smoking in my uniform", "change"),
    ("I haven't given up on it.", "Drink less", "change"),
    ("I've given up on quitting.", "Quit smoking", "sustain"),
    ("Gave up on it after a week.", "Run 3x a week", "sustain"),
    # A change named by taking the habit away is a change to do less of what it names.
    ("deleted it on monday", "delete instagram", "change"),
    ("scrolled instagram till 2am", "delete instagram", "sustain"),
    ("reinstalled it", "delete instagram", "sustain"),
    ("12 days without.", "uninstall the rummy app", "change"),
    ("Played rummy twice.", "uninstall the rummy app", "sustain"),
    ("Cancelled 4 of them.", "Cancel the subscriptions I don't use", "change"),
    # ... its first word only: cancelling here is the habit.
    ("Cancelled on Rachel again.", "See my friends instead of cancelling on them", "sustain"),
])
def test_version43_giving_up_on_and_changes_named_by_taking_away(answer: str, change: str,
                                                                  label: str) -> None:
    assert classify(answer, _SINCE, change).label == label, rule_hits(answer, _SINCE, change)


_AT_ZERO = "What would have to happen for you to feel even a little more confident?"
_IN_THE_WAY = "What could get in the way, and what will you do then?"


@pytest.mark.parametrize(("answer", "question", "shown"), [
    # A condition or an obstacle without a cue of its own: sustain talk, counted, not shown.
    ("Support from my partner.", _AT_ZERO, False),
    ("A plan for Friday nights.", _AT_ZERO, False),
    ("Work drinks on Fridays.", _IN_THE_WAY, False),
    # The person's own words against the change are shown as before.
    ("I don't want to stop, I enjoy it.", _AT_ZERO, True),
    ("I can't say no when my mates are out.", _IN_THE_WAY, True),
])
def test_version44_conditions_and_obstacles_without_a_cue_are_not_shown(answer: str, question: str,
                                                                        shown: bool) -> None:
    result = classify(answer, question, "Drink less on weeknights")
    assert result.label == "sustain", rule_hits(answer, question, "Drink less on weeknights")
    assert result.shown is shown


_FITS_FAMILY = "How does the change you are considering, “Drink less on weeknights”, fit with family?"


@pytest.mark.parametrize("answer", [
    "Drinking less brings me closer to it, clearly.",
    "Siobhan wants it. She worries.",  # someone else's wish, said of the value: a reason too
])
def test_version45_a_change_fitting_a_value_is_a_reason(answer: str) -> None:
    result = classify(answer, _FITS_FAMILY, "Drink less on weeknights")
    assert (result.label, result.kind) == ("change", "reasons"), rule_hits(
        answer, _FITS_FAMILY, "Drink less on weeknights")


_HOW_GOING = "How have things been going with this change since you last checked in?"


@pytest.mark.parametrize(("answer", "change", "label"), [
    # A "not" with a verb between it and the behaviour: not doing what the change cuts is a step,
    # not doing what it adds a lapse (both were read the other way round).
    ("I didn't check my phone all evening.", "Stop checking my phone", "change"),
    ("I didn't open instagram all evening.", "less instagram", "change"),
    ("didn't buy any wine this week", "Take the wine off the Tesco order", "change"),
    ("I didn't order a takeaway all week.", "No takeaways on weeknights", "change"),
    ("I didn't go to the gym this week.", "Go to the gym 3x a week", "sustain"),
    ("didn't do my walk yesterday", "walk every day", "sustain"),
    ("I didn't make it to yoga.", "yoga once a week", "sustain"),
    ("I didn't skip my walk once.", "walk every day", "change"),
    ("I didn't stop scrolling till 2am.", "Stop scrolling in bed", "sustain"),
    ("didn't give up the vape", "No vaping on the school run", "sustain"),
    # Nothing between them: the object carries the "not" itself, as before.
    ("I haven't had a cigarette in 4 days.", "quit smoking", "change"),
    ("I didn't drink on Tuesday.", "Drink less in the week", "change"),
    # A change named by "Don't ..." is one to do less of what it names.
    ("Woke twice on Thursday and didn't look either time.",
     "Don't look at the clock when I wake in the night", "change"),
    ("dont snooze at all this week", "dont snooze the alarm", "change"),
])
def test_version46_what_was_not_done_is_read_against_the_changes_direction(
        answer: str, change: str, label: str) -> None:
    result = classify(answer, _HOW_GOING, change)
    assert (result.label, result.kind) == (label, "taking_steps"), rule_hits(
        answer, _HOW_GOING, change)


def test_version46_what_was_not_done_in_the_time_before_is_how_life_was() -> None:
    looking_back = ("Think back to a time before this became an issue for you. What was life like "
                    "then?")
    assert classify("I didn't even own a telly.", looking_back,
                    "less netflix at night").label == "neutral"


@pytest.mark.parametrize(("answer", "prompt", "change", "label"), [
    # Little of what the change adds, or of a habit it is not about: nothing played down.
    ("Yoga I do only on Sundays, that also not every Sunday.",
     "How does health show in your life right now?",
     "12 surya namaskars every morning before chai", "neutral"),
    ("In most things ok. I don't drink much, I cook at home.",
     "How does moderation show in your life right now?",
     "stop buying steam sale games i never play", "neutral"),
    # Little of the habit the change cuts still plays it down.
    ("Honestly I don't drink that much.", "What do you like about how things are now?",
     "Drink less on weeknights", "sustain"),
    ("I only have a couple at weekends.", "What do you like about how things are now?",
     "Drink less on weeknights", "sustain"),
])
def test_version47_little_of_a_behaviour_plays_down_only_the_habit_the_change_cuts(
        answer: str, prompt: str, change: str, label: str) -> None:
    assert classify(answer, prompt, change).label == label, rule_hits(answer, prompt, change)


@pytest.mark.parametrize(("answer", "change", "label"), [
    # So much of a habit had since: the habit back when the change ends it or a limit is passed.
    ("Had 2 on saturday. Day 1 again.", "quit smoking for good", "sustain"),
    ("Took one off Daz on Friday.", "quit smoking", "sustain"),
    ("Had 4 on Tuesday.", "two coffees a day max", "sustain"),
    # Within the limit, or time kept, it is the change kept.
    ("Had 2 on Tuesday.", "two coffees a day max", "change"),
    ("Had 3 days off.", "quit drinking", "change"),
    # A step undone, whatever was put back, of a change to do less; a helper put back is a step.
    ("Redownloaded Tinder 'just to check' and then it was 2am.",
     "Take a break from dating apps", "sustain"),
    ("reinstalled sat night after a few beers", "stop day trading crypto on my phone", "sustain"),
    ("Deleted Sportsbet on Sunday, had it back on by Wednesday.", "quit the gambling apps",
     "sustain"),
    ("Reinstalled the blocker.", "less phone time", "change"),
    ("Still haven't redownloaded it!", "less phone time", "change"),
    # "Checking" is the habit of a change to stop it, and "it less" is less of it.
    ("Checked it twice.", "stop checking my phone in bed", "sustain"),
    ("Checked it twice.", "check my blood sugar", "change"),
    ("I'll check it less.", "stop checking my phone in bed", "change"),
    ("I'll smoke it less.", "quit smoking", "change"),
])
def test_version48_the_habit_had_put_back_or_checked_since_is_read_as_a_lapse(
        answer: str, change: str, label: str) -> None:
    assert classify(answer, _HOW_GOING, change).label == label, rule_hits(
        answer, _HOW_GOING, change)


_LOOKING_BACK = ("Think back to a time before this became an issue for you. What was different "
                 "then?")


@pytest.mark.parametrize(("answer", "prompt", "change", "label"), [
    # What a habit gives, named without the habit, asked what a value means, what it would take
    # or how things were before: what is wanted, or how life was, not a defence of the habit.
    ("fun is like, the whole point? having a laugh with the crew", "What does fun mean to you?",
     "4 dry days a wk", "neutral"),
    ("Before the second one came I had patience then. I was the fun one.", _LOOKING_BACK,
     "stop losing the head with the kids", "neutral"),
    ("Something that feels like a treat and not a punishment.",
     "What would it take to go from 5 to 6 or 7?", "stop snacking at night", "neutral"),
    # The habit named, or asked what is good about it, it still speaks for the habit; the
    # change's own behaviour enjoyed before is a reason for it.
    ("Honestly the wine is my treat at the end of the day.",
     "What would it take to go from 5 to 6 or 7?", "cut back on the wine", "sustain"),
    ("It helps me relax after work.", "What do you like about how things are now?",
     "cut back on the wine", "sustain"),
    ("when we first moved in together we cooked every sunday with music on, it was fun",
     _LOOKING_BACK, "Cook at home more", "change"),
])
def test_version49_what_a_habit_gives_answers_only_where_the_question_asks_about_the_habit(
        answer: str, prompt: str, change: str, label: str) -> None:
    assert classify(answer, prompt, change).label == label, rule_hits(answer, prompt, change)


@pytest.mark.parametrize(("answer", "change", "label"), [
    # "but" that means "except" keeps what comes before it.
    ("Did it every night but Thursday (bingo).",
     "20 min on the exercise bike during the 6 o'clock news", "change"),
    # A verdict on a stretch of time, without a verb.
    ("First week good. Rooibos is not wine, but the sunset was the same.",
     "sundowners only on Fridays and Saturdays", "change"),
    ("First two days very good.", "phone in the drawer during work hours", "change"),
    ("Weekend bad.", "sundowners only on Fridays and Saturdays", "sustain"),
    # A thing's hardness is no difficulty.
    ("Maybe a cushion for the seat, it's hard as a rock.", "20 min on the exercise bike",
     "neutral"),
])
def test_version50_except_a_stretch_judged_and_a_things_hardness(
        answer: str, change: str, label: str) -> None:
    assert classify(answer, _HOW_GOING, change).label == label, rule_hits(
        answer, _HOW_GOING, change)


def _fits(change: str, value: str) -> str:
    return f"How does the change you are considering, \u201c{change}\u201d, fit with {value}?"


@pytest.mark.parametrize(("answer", "prompt", "change", "label"), [
    # Asked how the change fits, an answer that opens on the trouble with it.
    ("That's the problem really. The singing is on a Wednesday and the pub is where we talk.",
     _fits("no pub after choir on Wednesdays", "friendship"), "no pub after choir on Wednesdays",
     "sustain"),
    ("This is the awkward part. Where I grew up you don't refuse what is offered, it's rude.",
     _fits("stop eating the office birthday cake", "respect"),
     "stop eating the office birthday cake", "sustain"),
    # After something else, "that" is what was just said.
    ("It fits too well, that's the problem. I can't call myself honest while hiding it.",
     _fits("stop betting on football", "honesty"), "stop betting on football", "change"),
    ("Not very well at the minute. Thats the problem.",
     _fits("spend less on scratchcards", "family"), "spend less on scratchcards", "change"),
    # Not asked about the change: "this is my thing" is what the habit is.
    ("I'm not in debt or anything. It's my money. I don't drink much, this is my thing",
     "What is good about how things are now?", "stop backing Kickstarters", "sustain"),
])
def test_version51_an_answer_opening_on_the_trouble_with_the_change(
        answer: str, prompt: str, change: str, label: str) -> None:
    assert classify(answer, prompt, change).label == label, rule_hits(answer, prompt, change)


@pytest.mark.parametrize(("answer", "prompt", "change", "label"), [
    # A change named by renouncing is one to do less of what it names.
    ("I want to stop the bottomless part.", "Reading both sides together, what stands out to you?",
     "skip the bottomless brunches this summer", "change"),
    ("Had a go on the pokies Friday.", _HOW_GOING, "give the pokies a miss", "sustain"),
    ("Haven't had one since Sunday.", _HOW_GOING, "kick the habit", "change"),
    ("Didn't skip my walk once.", _HOW_GOING, "don't skip my walk", "change"),
    # None of the habit had is the change kept, whatever the change's words.
    ("Haven't had one since Sunday.", _HOW_GOING, "quit smoking", "change"),
    ("Haven't had one since Sunday.", _HOW_GOING, "cut down on takeaways", "change"),
    # "for a start" is "first", not a start made.
    ("Being able to breathe through my nose, for a start.", "What does health mean to you?",
     "get off the nasal spray", "neutral"),
])
def test_version52_renouncing_verbs_none_of_the_habit_had_and_for_a_start(
        answer: str, prompt: str, change: str, label: str) -> None:
    assert classify(answer, prompt, change).label == label, rule_hits(answer, prompt, change)


@pytest.mark.parametrize(("answer", "change", "label", "trigger"), [
    # The behaviour done less or more now, said as a fact, takes the side of what is done.
    ("I'm smoking less.", "quit smoking", "change", "smoking less"),
    ("Drinking less these days.", "drink less", "change", "Drinking less"),
    ("I'm walking more.", "walk every day", "change", "walking more"),
    ("I'm smoking more than ever.", "quit smoking", "sustain", "smoking more"),
    # A clause of its own says how much of what came before.
    ("Still smoking, but less than before.", "quit smoking", "change", "less"),
    # Not a wish, a condition, or more of something else.
    ("Drinking more water.", "drink less", "neutral", None),
    ("If I was busier I'd smoke less.", "quit smoking", "neutral", None),
])
def test_version53_the_behaviour_done_less_or_more_now(
        answer: str, change: str, label: str, trigger: str | None) -> None:
    result = classify(answer, _HOW_GOING, change)
    assert result.label == label, rule_hits(answer, _HOW_GOING, change)
    assert trigger is None or trigger in result.triggers


@pytest.mark.parametrize(("answer", "change", "label"), [
    # Not liking, said outright, is "do not like": of the habit a reason to change, of the
    # change a reason against; the trouble itself ("this knee situation") is no preference.
    ("I hate smoking.", "quit smoking", "change"),
    ("I hate the gym.", "go to the gym 3x a week", "sustain"),
    ("I hate this knee situation.", "do my knee exercises every day", "change"),
    # The habit binned is a step.
    ("Threw my last pack in the bin.", "quit smoking", "change"),
    ("Binned my last pack.", "quit smoking", "change"),
    # Nearly lapsing is holding on.
    ("Nearly caved on Saturday but didn't.", "quit smoking", "change"),
    ("I almost gave in after the row.", "quit smoking", "change"),
    # Done without meaning to: the side of what was done.
    ("Ended up scrolling till 1 again.", "phone out of the bedroom", "sustain"),
    ("Ended up walking home from work.", "walk every day", "change"),
    ("I did the 48 hour thing and didn't end up buying it.", "Stop impulse buying online",
     "change"),
    # The time not right.
    ("It's not the right time.", "quit smoking", "sustain"),
])
def test_version54_dislike_binned_nearly_ended_up_and_not_the_time(
        answer: str, change: str, label: str) -> None:
    assert classify(answer, _HOW_GOING, change).label == label, rule_hits(
        answer, _HOW_GOING, change)


@pytest.mark.parametrize(("answer", "change", "label"), [
    # Too much of a habit had is a lapse of a change to do less; not when denied, nor of a
    # change to do more, nor "too much on".
    ("Had a few too many at the wedding.", "drink less", "sustain"),
    ("Had too many on Saturday.", "drink less", "sustain"),
    ("I never have too many these days.", "drink less", "neutral"),
    ("Had too much work on to think about it.", "drink less", "neutral"),
    # "Dry" with a time is a day without a drink.
    ("Dry all week.", "drink less", "change"),
    ("Dry since Monday.", "drink less", "change"),
])
def test_version55_too_much_had_and_dry_with_a_time(answer: str, change: str, label: str) -> None:
    assert classify(answer, _HOW_GOING, change).label == label, rule_hits(
        answer, _HOW_GOING, change)


@pytest.mark.parametrize(("answer", "prompt", "change", "label"), [
    # The habit's things kept away: a step; what the change adds kept away: a shortfall.
    ("Vacation done. Laptop stayed home.", _HOW_GOING, "No work laptop on the family vacation",
     "change"),
    ("The gym bag stayed in the car all week.", _HOW_GOING, "go to the gym 3x a week",
     "sustain"),
    ("The kids stayed home all weekend.", _HOW_GOING, "quit smoking", "neutral"),
    # A time to come is no lack of will now.
    ("Worth remembering when I can't be bothered going out.",
     "Anything else you want to note for yourself?",
     "walking meetings instead of sitting on Teams all day", "neutral"),
    ("Couldn't be bothered.", _HOW_GOING, "go to the gym 3x a week", "sustain"),
    # Asked what a value means, "I love it" is the value.
    ("seeing new places!! i love it", "What does adventure mean to you?",
     "stop booking flights every time im bored", "neutral"),
    ("I love it.", "What do you like about how things are now?", "drink less", "sustain"),
])
def test_version56_kept_away_a_time_to_come_and_a_value_loved(
        answer: str, prompt: str, change: str, label: str) -> None:
    assert classify(answer, prompt, change).label == label, rule_hits(answer, prompt, change)


@pytest.mark.parametrize(("answer", "change", "label"), [
    # A bare verdict on how it went.
    ("Really well actually.", "walking meetings instead of sitting on Teams all day", "change"),
    ("Good.", "sleep in the spare room on snoring nights", "change"),
    # A count of walks or rides, and better than normal.
    ("4 walks last week, 3 this week.", "walk to work", "change"),
    ("I made 2 comments. We agree it is better than normal.", "stop being backseat driver",
     "change"),
    # The change's own verb in its irregular past.
    ("Wore them for cutting and nail gun days.", "actually wear ear defenders on site",
     "change"),
])
def test_version57_bare_verdicts_counts_and_irregular_pasts(
        answer: str, change: str, label: str) -> None:
    assert classify(answer, _HOW_GOING, change).label == label, rule_hits(
        answer, _HOW_GOING, change)


@pytest.mark.parametrize(("answer", "prompt", "change", "label"), [
    # Asked how a change to do more has gone, a bare tally is of the change; none is not.
    ("This week all 3 nights.", _HOW_GOING, "20 min nap in the car before i drive home",
     "change"),
    ("Every night now for 3 weeks.", _HOW_GOING, "put my glaucoma drops in every night",
     "change"),
    ("0/7 mornings", _HOW_GOING, "Stretch every morning", "neutral"),
    ("Every night this week.", _HOW_GOING, "quit smoking", "neutral"),
    ("2 good weeks. mum noticed.", _HOW_GOING, "airpods out when im with people", "change"),
    # "I just don't want to", whenever said.
    ("so i know i can, i just dont want to most of the time",
     "Why a 6 and not a lower number, like 4 or 0?", "stay off the grog on R&R", "sustain"),
])
def test_version58_bare_tallies_good_weeks_and_a_wish_denied_with_a_time(
        answer: str, prompt: str, change: str, label: str) -> None:
    assert classify(answer, prompt, change).label == label, rule_hits(answer, prompt, change)


@pytest.mark.parametrize(("answer", "change", "label"), [
    # None of it done, of a change to do less, is a step; of a change to do more, a shortfall.
    ("went to freddies. didnt do any. left at 1.", "no more balloons at parties", "change"),
    ("not done any for a month.", "no more balloons at parties", "change"),
    ("Didn't do any this week.", "go to the gym 3x a week", "sustain"),
    # "fun money" is money, not fun.
    ("fun money this month going on a nice dinner instead.", "no more blind boxes", "change"),
])
def test_version59_none_done_of_a_change_to_do_less_and_fun_money(
        answer: str, change: str, label: str) -> None:
    assert classify(answer, _HOW_GOING, change).label == label, rule_hits(
        answer, _HOW_GOING, change)


@pytest.mark.parametrize(("answer", "change", "label"), [
    # "It doesn't (fit)" with "that's the trouble" after it is still the change at odds.
    ("It doesn't fit at all that's the trouble.", "bingo once a week", "sustain"),
    ("it doesnt thats the point. gaming is the fun", "no gaming past 1 on work nights", "sustain"),
])
def test_version60_does_not_fit_with_thats_the_trouble(answer: str, change: str, label: str) -> None:
    prompt = _fits(change, "friendship")
    assert classify(answer, prompt, change).label == label, rule_hits(answer, prompt, change)


@pytest.mark.parametrize(("answer", "prompt", "change", "label"), [
    # From a review of versions 48 to 59. A dislike's own "not" is no negation of it.
    ("I can't stand how much I drink.", _HOW_GOING, "drink less", "change"),
    ("I can't stand the smell of smoke.", _HOW_GOING, "quit smoking", "change"),
    ("I couldn't stand the gym.", _HOW_GOING, "go to the gym 3x a week", "sustain"),
    # "Well," is a filler; "really well" a verdict.
    ("Well, I had 5 pints on Saturday.", _HOW_GOING, "drink less", "sustain"),
    ("Well, not great.", _HOW_GOING, "drink less", "sustain"),
    ("Well.", _HOW_GOING, "drink less", "neutral"),
    # Back on track is no step undone.
    ("Got it back on track.", _HOW_GOING, "drink less", "change"),
    # Too much of something else.
    ("Had too many meetings this week.", _HOW_GOING, "drink less", "neutral"),
    ("Had too much on my mind.", _HOW_GOING, "drink less", "neutral"),
    # "but" before a whole clause is a contrast, not "except".
    ("Craved one all day but the gum helped.", _HOW_GOING, "quit smoking", "change"),
    ("I want to quit every day but Saturday always gets me.", _HOW_GOING, "quit smoking",
     "change"),
    # A change that ends its habit some of the time allows it the rest.
    ("Had 2 on saturday.", _HOW_GOING, "no wine on weeknights", "change"),
    # Renouncing words that name something done: skip rope, kick a ball.
    ("Did 10 min on Monday and Tuesday.", _HOW_GOING, "skip rope 10 min a day", "change"),
    # "less of it" needs the doing said as a fact, not an imperative.
    ("Walk more.", "What is one small step you could take this week?", "walk every day",
     "change"),
    # "ended up" in a fear is no lapse told; one time is no tally of a change to do more.
    ("I worry I'll end up smoking again.", _HOW_GOING, "quit smoking", "change"),
    ("One time.", _HOW_GOING, "go to the gym 3x a week", "neutral"),
])
def test_version60_review_fixes(answer: str, prompt: str, change: str, label: str) -> None:
    assert classify(answer, prompt, change).label == label, rule_hits(answer, prompt, change)


def test_version60_walk_more_asked_for_a_step_is_a_plan_not_a_step_taken() -> None:
    result = classify("Walk more.", "What is one small step you could take this week?",
                      "walk every day")
    assert result.kind != "taking_steps"


@pytest.mark.parametrize("answer", ["meh", "Meh.", "whatever", "Eh.", "hmm", "n/a", "shrug",
                                    "meh lol"])
@pytest.mark.parametrize("rating", [3, 6, 9])
def test_version62_a_bare_shrug_asked_why_not_lower_says_nothing(answer: str, rating: int) -> None:
    """A review of the reflections saw "This matters to you, and you said why: “meh”": read from
    its question alone, a shrug was a reason."""
    prompt = f"Why a {rating} and not a lower number, like {rating - 2} or 0?"
    assert classify(answer, prompt, "drink less").label == "neutral"


@pytest.mark.parametrize("answer", ["Meh. The kids mostly.", "whatever it takes", "eh, the kids"])
def test_version62_a_shrug_before_an_answer_leaves_the_answer(answer: str) -> None:
    assert classify(answer, "Why a 6 and not a lower number, like 4 or 0?",
                    "drink less").label == "change"


@pytest.mark.parametrize(("answer", "label"), [
    ("I will never stop, it's who I am.", "sustain"), ("I'll never quit.", "sustain"),
    ("I can never stop.", "sustain"), ("I will not stop.", "sustain"),
    ("I will never smoke again.", "change"), ("I'll never buy another pack.", "change"),
])
def test_version63_never_after_the_modal_negates_it(answer: str, label: str) -> None:
    """A review of the summary page saw "I will never stop, it's who I am." gathered as a
    commitment to change: only "not" after "will" or "can" was read as its negation."""
    prompt = "What do you make of all this? What's next for you, if anything?"
    assert classify(answer, prompt, "quit smoking").label == label, rule_hits(answer, prompt,
                                                                             "quit smoking")


@pytest.mark.parametrize(("answer", "nothing"), [
    ("dunno", True), ("Nothing so far.", True), ("Not much comes to mind.", True),
    ("Nothing has worked.", True), ("cant think of anything", True), ("n/a", True), ("", True),
    ("A step counter.", False), ("Nothing but water helped.", False),
    ("None, apart from the gum.", False), ("Nothing bought.", False),
    ("Nicotine gum helped for a week.", False),
])
def test_an_answer_that_names_nothing(answer: str, nothing: bool) -> None:
    """What the summary asks before saying an answer "helped": read from its question alone,
    "Nothing so far." was change talk."""
    assert change_talk.names_nothing(answer) is nothing


@pytest.mark.parametrize(("answer", "change", "label"), [
    ("Spoke to my sister.", "cut down on wine", "change"),
    ("I asked the pharmacist about patches.", "stop smoking", "change"),
    ("Rang the gym.", "swim twice a week", "change"),
    ("Didn't really try.", "swim twice a week", "sustain"),
    ("havent even tried tbh", "stop smoking", "sustain"),
    ("Not trying that hard. Busy month.", "cut down on wine", "sustain"),
    ("2 nights didn't bother.", "use my cpap every night", "sustain"),
    ("Same. Till 2 most nights.", "less phone at night", "sustain"),
    ("Nothing new. Work's been mad.", "walk at lunch", "sustain"),
    ("This week zero.", "run three times a week", "sustain"),
    ("nothing for 5 days, the kids were ill", "run three times a week", "sustain"),
    ("Nothing for 5 days.", "stop vaping", "change"),
    ("Hard going.", "stop vaping", "sustain"),
    ("Didn't go well.", "cut down on wine", "sustain"),
    ("Not as good as last week.", "walk at lunch", "sustain"),
])
def test_version64_a_report_told_without_cue_words(answer: str, change: str, label: str) -> None:
    """Asked how it has gone, acts told as a diary's entry, not trying, "Same." with what stayed
    the same, nothing done over a stretch and bare verdicts of hardness were read as nothing."""
    assert classify(answer, _SINCE_DATE, change).label == label, rule_hits(answer, _SINCE_DATE,
                                                                           change)


@pytest.mark.parametrize("answer", ["Same.", "same as last week", "Same. Nothing to add.",
                                    "Nothing new.", "Same. Loving it.", "Same, which is good."])
def test_version64_a_bare_same_is_neutral(answer: str) -> None:
    """A bare "Same." says nothing of which way it went (the sets' labellers hear it as
    neutral); nor does "Same." with good news after it (a strict review's finding)."""
    assert classify(answer, _SINCE_DATE, "cut down on wine").label == "neutral"


def test_version64_trying_for_something_else_is_not_not_trying() -> None:
    assert classify("Not trying to quit, just cut down.", _SINCE_DATE,
                    "cut down on wine").label == "change"


@pytest.mark.parametrize(("answer", "change", "label"), [
    ("I messed up again.", "stop buying loosies", "sustain"),
    ("Screwed up on Saturday.", "no wine on weeknights", "sustain"),
    ("Honestly slipping.", "no phone in bed", "sustain"),
    ("Slipping a bit this week.", "no phone in bed", "sustain"),
    ("Forgot all about it.", "drink more water", "sustain"),
    ("Forgot them twice.", "take my tablets every morning", "sustain"),
    ("Forgot all about it.", "quit smoking", "neutral"),
    ("Harvest, 16 hour days.", "drink more water", "neutral"),
    ("12 hour shifts all week.", "walk every day", "neutral"),
    ("Walked 3 days.", "walk every day", "change"),
    ("It messed up my sleep for years.", "quit drinking", "change"),
])
def test_version65_lapses_said_outright_and_lengths(answer: str, change: str, label: str) -> None:
    """"I messed up again" was read as a bad outcome, a reason to change, and shown; "slipping"
    and forgetting the change were read as nothing; "16 hour days" as a tally of days kept."""
    assert classify(answer, _SINCE_DATE, change).label == label, rule_hits(answer, _SINCE_DATE,
                                                                           change)


@pytest.mark.parametrize(("answer", "label"), [
    ("Nothing really, I'm doing it.", "change"), ("I'm already doing it.", "change"),
    ("Nothing really I'm on it.", "change"), ("Nothing, ready.", "change"),
    ("Probably nothing, it's already pretty high.", "change"),
    ("Still doing it.", "change"), ("I'm not ready.", "sustain"),
    ("It's already a 7.", "neutral"),
])
def test_version65_already_at_it(answer: str, label: str) -> None:
    """Asked what it would take to move up, "nothing, I'm doing it" says the person is at it
    already; it was read as nothing ("Still doing it." of a change to do more is kept up)."""
    prompt = "What would it take to go from 7 to 8 or 9?"
    assert classify(answer, prompt, "run three times a week").label == label, rule_hits(
        answer, prompt, "run three times a week")


@pytest.mark.parametrize(("change", "direction"), [
    ("pay off the credit card", 1), ("pay off my overdraft", 1), ("get back on the bike", 1),
    ("bike to work", 1), ("stay off the grog", -1), ("lay off the biscuits", -1),
])
def test_version66_the_way_of_a_change(change: str, direction: int) -> None:
    """"pay off" was read as a change to do less ("off"), "get back on the bike" named no
    behaviour of its own: "paid £150." was a lapse, "3 rides" nothing."""
    from change_journal.change_talk.behaviours import _targets

    assert _targets(change).direction == direction


@pytest.mark.parametrize(("answer", "change", "label"), [
    ("paid £150 this month.", "pay off the credit card", "change"),
    ("3 rides this week.", "get back on the bike", "change"),
    ("0 rides.", "bike to work", "sustain"),
    ("0 drinks this week.", "quit drinking", "change"),
    ("zero walks.", "walk every day", "sustain"),
])
def test_version66_counts_of_the_change(answer: str, change: str, label: str) -> None:
    """A count of none ("0 rides") was read as a tally of rides done; "zero drinks" as nothing."""
    assert classify(answer, _SINCE_DATE, change).label == label, rule_hits(answer, _SINCE_DATE,
                                                                           change)


@pytest.mark.parametrize(("answer", "label"), [
    ("Not one of them noticed.", "neutral"), ("not one of my mates said anything", "neutral"),
    ("Not one drink all week.", "change"),
])
def test_version67_not_one_of_them_is_nobody(answer: str, label: str) -> None:
    """"not one of them noticed" was read as none of the habit had (sustain talk of a change
    to stay sober)."""
    assert classify(answer, _SINCE_DATE, "sober till March").label == label, rule_hits(
        answer, _SINCE_DATE, "sober till March")


@pytest.mark.parametrize(("answer", "change", "label"), [
    ("Bottled it. Dad was in a good mood.", "tell my parents I'm quitting medicine", "sustain"),
    ("chickened out again", "ask for a pay rise", "sustain"),
    ("Didn't bottle it this time.", "ask for a pay rise", "change"),
    ("2 weeks 3 days.", "quit smoking", "change"),
    ("Did 12k with the backpack half full.", "train for the Camino", "change"),
    ("Ate everything I was meant to.", "actually eat enough on long shifts", "change"),
    ("Cried.", "stop checking snap map", "neutral"),
])
def test_version68_reports_read_the_wrong_way(answer: str, change: str, label: str) -> None:
    """From set BU, once measured: the nerve lost was read as a step done ("bottled it"), a
    backpack "half full" as less of the walking, "eat enough" as a change to eat less, a bare
    "Cried." as something done."""
    assert classify(answer, _SINCE_DATE, change).label == label, rule_hits(answer, _SINCE_DATE,
                                                                           change)


@pytest.mark.parametrize(("answer", "change", "label"), [
    ("Chelsea bottled it again.", "get back to the gym", "neutral"),
    ("Mostly good.", "cut the afternoon Aperols", "change"),
    ("9 days none.", "stop smoking with my dad", "change"),
    ("First time I can remember.", "stop taking nurofen every day", "change"),
])
def test_version69_reports_read_the_wrong_way(answer: str, change: str, label: str) -> None:
    """From sets BT and BU, once measured."""
    assert classify(answer, _SINCE_DATE, change).label == label, rule_hits(answer, _SINCE_DATE,
                                                                           change)


@pytest.mark.parametrize(("answer", "change", "label"), [
    ("Nothing is working.", "stop smoking", "sustain"),
    ("Nothing got done.", "cut down on wine", "sustain"),
    ("Not slipping.", "no phone in bed", "neutral"),
    ("The dog keeps slipping.", "walk every day", "neutral"),
    ("The party did not go well, but I stuck to water.", "cut down on wine", "neutral"),
    ("My interview didn't go great.", "stop smoking", "neutral"),
    ("I'm doing it every day.", "stop smoking", "neutral"),
    ("Doctor checked. It's already pretty high.", "lower my blood pressure", "neutral"),
    ("Paid it off!", "pay off the credit card", "change"),
    ("Paid £150.", "pay the credit card off", "change"),
    ("Haven't tried yet, starting Monday.", "stop smoking", "neutral"),
    ("Has not even tried.", "stop smoking", "neutral"),
    ("Skipped the gym for the first time ever.", "go to the gym 3 times a week", "neutral"),
    ("Forgot it once, otherwise perfect.", "take my tablets every morning", "neutral"),
    ("Fridge full of beer. Not one of them opened.", "quit drinking", "change"),
    ("Smiled and said no thanks.", "stop smoking", "change"),
    ("3 long runs.", "run three times a week", "change"),
    ("I completely bottled it.", "ask for a pay rise", "sustain"),
    ("Found a new casino app.", "quit gambling", "neutral"),
    ("Talked myself into a bottle on Friday.", "cut down on wine", "neutral"),
    ("We just didn't bother.", "run three times a week", "sustain"),
    ("Same. Still haven't had one.", "stop smoking", "neutral"),
    ("0 days. Fell off day 1.", "quit drinking", "neutral"),
])
def test_version70_review_of_versions_64_to_69(answer: str, change: str, label: str) -> None:
    """A strict review of versions 64-69 found each of these read the wrong way (most of them
    by the new rules: "nothing" over any cue, lapse words of others or negated, "did not go
    well" of anything, "I'm doing it" of the habit, "pay ... off" with words between)."""
    assert classify(answer, _SINCE_DATE, change).label == label, rule_hits(answer, _SINCE_DATE,
                                                                           change)


@pytest.mark.parametrize(("answer", "change", "label"), [
    ("Dunno. Its only vapour.", "stop vaping in the car", "sustain"),
    ("nothing really. its just vaping", "no vaping in my room", "sustain"),
    ("It's only a 7 because I've basically done it.", "stop vaping", "neutral"),
    ("a gym buddy. its just me at the moment", "get back to the gym", "neutral"),
])
def test_version70_the_behaviour_itself_played_down(answer: str, change: str, label: str) -> None:
    """Asked what it would take, "Its only vapour." plays the habit down; it was read as
    nothing (the two neutral rows are controls: a rating, "just me")."""
    prompt = "What would it take to go from 4 to 5 or 6?"
    assert classify(answer, prompt, change).label == label, rule_hits(answer, prompt, change)


@pytest.mark.parametrize(("answer", "change", "label"), [
    ("I was going to stop on Monday.", "quit smoking", "neutral"),
    ("I'm going to stop on Monday.", "quit smoking", "change"),
    ("Bought a new one. Back to day 0 I guess.", "ditch the vape", "sustain"),
])
def test_version71_an_intention_of_the_past_and_a_count_reset(answer: str, change: str,
                                                              label: str) -> None:
    """From set BV, once measured: "Was going to tell him Sunday" was read as a commitment; "back
    to day 0" as nothing (the middle row is a control)."""
    assert classify(answer, _SINCE_DATE, change).label == label, rule_hits(answer, _SINCE_DATE,
                                                                           change)


@pytest.mark.parametrize(("answer", "change", "label", "trigger"), [
    ("Balance is down to £1,214.", "pay off the credit card", "change", "down to £1,214"),
    ("Overdraft down to £300.", "stop overspending", "change", "down to £300"),
])
def test_version72_a_debt_down_is_a_step(answer: str, change: str, label: str,
                                         trigger: str) -> None:
    """Looking at reflections built from the new readings: "Balance is down to £1,214." of paying
    off a card was said back as a setback (less of a change to do more), and its number was cut
    at the comma ("down to £1"). The overdraft row, of a change to do less, is a control."""
    result = classify(answer, _SINCE_DATE, change)
    assert (result.label, result.triggers) == (label, (trigger,)), rule_hits(answer, _SINCE_DATE,
                                                                             change)


def test_version72_a_number_with_thousands_marked_is_one_word() -> None:
    from change_journal.change_talk.tokens import _clauses

    assert [c.text for c in _clauses("Spent £2,300 on shoes, oops")] == ["spent 2300 on shoes",
                                                                        "oops"]
    assert [c.text for c in _clauses("I had 1, then 2")] == ["i had 1", "then 2"]
    assert [c.text for c in _clauses("I spent £1,214, which hurt")] == ["i spent 1214",
                                                                       "which hurt"]


@pytest.mark.parametrize(("answer", "change", "label"), [
    ("The bus, chiefly. If it doesn't come I shall ask my neighbour for a lift.", "swim twice a week",
     "change"),
    ("Mornings when I'm running late. Backup is a banana in the car.", "eat breakfast", "change"),
    ("Thursday nights. Will ask Mum to do Thursdays.", "get back to netball", "change"),
    ("The 'one more' crowd. say i've got an early class and be gone by 9", "2 drinks max at do's",
     "change"),
    # Controls: the habit's routine under "when" or "if" (version 88 took back version 73's
    # plans told in the present under "if": routines read as plans, shown), a clipped "will"
    # that gives way or waits and sees, "say" as giving way.
    ("Evenings. When I get home I go straight to the fridge.", "stop snacking at night",
     "sustain"),
    ("Stress. If I'm stressed I go to the pub.", "quit drinking", "sustain"),
    ("Fridays. Will probably cave.", "quit drinking", "sustain"),
    ("Rain. If it rains I just stay in.", "exercise more", "sustain"),
    ("Parties. If someone offers me one I take it.", "quit smoking", "sustain"),
    ("Wedding on Saturday. Will see how it goes.", "drink less", "sustain"),
    ("Stag do. Say yes to every round.", "drink less", "sustain"),
])
def test_version73_a_plan_under_its_condition(answer: str, change: str, label: str) -> None:
    """Asked what could get in the way and what they will do then, a plan with "shall", as a
    backup, as a clipped "Will ask ..." or an instruction to say no was read as the obstacle
    alone."""
    assert classify(answer, _OBSTACLES, change).label == label, rule_hits(answer, _OBSTACLES,
                                                                          change)


@pytest.mark.parametrize(("answer", "label"), [
    ("Patches. Didn't work.", "sustain"),
    ("Smaller cans for a bit. Didnt really help, just ended up having more of them", "sustain"),
    ("Melatonin gummies. did nothing except taste like sweets", "sustain"),
    # Controls: a failure before a help names the help; a failure of something else's part.
    ("Melatonin - did nothing. Earplugs help a bit.", "change"),
    ("Gum. Didn't work on nights but fine in the day.", "change"),
])
def test_version73_an_attempt_said_to_fail(answer: str, label: str) -> None:
    """Asked what has helped, an attempt told with its failure, the failure's subject dropped
    ("Didn't help.", "did nothing"), was read as a help named."""
    assert classify(answer, _HELPED, "cut down drinking").label == label, rule_hits(
        answer, _HELPED, "cut down drinking")


@pytest.mark.parametrize(("answer", "change", "label"), [
    ("Had a Deliveroo Saturday. One not four so I'm counting it.", "stop the takeaways", "change"),
    ("Had two not five.", "cut down the takeaways", "change"),
    ("Twice not 3 times.", "run three times a week", "sustain"),
    # Controls: times of day are no amounts; an amount against the same one.
    ("In bed at 11 not 12.", "stop the takeaways", "neutral"),
    ("Two not two.", "cut down the takeaways", "neutral"),
])
def test_version74_an_amount_set_against_another(answer: str, change: str, label: str) -> None:
    """Asked how it has gone, "one not four" sets what was had against the usual: less of it is a
    step when the change is to do less, a shortfall when more ("Had a Deliveroo Saturday." alone
    had been read as the habit back)."""
    assert classify(answer, _SINCE_DATE, change).label == label, rule_hits(answer, _SINCE_DATE,
                                                                           change)


def test_version74_a_feeling_is_no_act() -> None:
    """"Enjoyed every drop." was read as an act told, a step; enjoying is felt, not done."""
    assert classify("Enjoyed every drop.", _SINCE_DATE, "no more wine in the bath").label != (
        "change"), rule_hits("Enjoyed every drop.", _SINCE_DATE, "no more wine in the bath")


@pytest.mark.parametrize(("answer", "label"), [
    ("drove twice. one was for a shiny and i regret nothing", "sustain"),
    ("I regret nothing.", "neutral"),
    ("I regret it now.", "change"),  # a control
])
def test_version75_nothing_regretted_is_no_concern(answer: str, label: str) -> None:
    """From set BX, once measured: "i regret nothing" was read as a regret, a reason to change."""
    change = "stop driving around for pokemon raids"
    assert classify(answer, _SINCE_DATE, change).label == label, rule_hits(answer, _SINCE_DATE,
                                                                           change)


@pytest.mark.parametrize(("answer", "label"), [
    ("My mum was always tired. I dont want that.", "change"),
    ("Not relying on anyone. My mum bailed me out once and I never want that again.", "change"),
    ("I don't want to lose my daughter over this.", "change"),
    # Controls: the change named before "that"; losing weight is the change.
    ("Quit completely? I don't want that.", "sustain"),
    ("I don't want to lose weight.", "sustain"),
])
def test_version76_a_state_told_then_refused(answer: str, label: str) -> None:
    """From set BY, once measured: "I don't want that" after a state just told was read as the
    change refused; losing a daughter (a person held dear) was read as less of something."""
    assert classify(answer, _VALUE_MEANING, "cut down the wine").label == label, rule_hits(
        answer, _VALUE_MEANING, "cut down the wine")


@pytest.mark.parametrize(("answer", "change", "label"), [
    ("still got the other two. no new loans", "no more payday loans", "change"),
    ("No new games since the sale ended.", "stop buying steam sale games", "change"),
    ("3 weeks nothing bought except food.", "stop impulse buying online", "change"),
    ("Bought two new games.", "stop buying steam sale games", "sustain"),  # a control
])
def test_version77_none_new_is_none(answer: str, change: str, label: str) -> None:
    """From set BY, once measured: "no new loans" and "nothing bought" were not read as none of
    the habit ("new" stood between "no" and the habit; "nothing" did not mark less)."""
    assert classify(answer, _SINCE_DATE, change).label == label, rule_hits(answer, _SINCE_DATE,
                                                                           change)


@pytest.mark.parametrize(("answer", "change", "label"), [
    ("No chance of doing my knee again.", "swim twice a week", "neutral"),
    ("Walking same as before.", "walk every day", "neutral"),
    ("Still running same as always.", "quit smoking", "change"),  # "still" of an exercise
    ("Offered a fag at the party, no chance", "quit smoking", "neutral"),
])
def test_version78_the_habit_unchanged_and_no_chance(answer: str, change: str,
                                                     label: str) -> None:
    """Version 78 read any "-ing" word before "same as before" as the habit unchanged and "no
    chance" ending a clause as the change out of the question; a review found both read the
    other way, shown ("Still running same as always." of quitting, a fag turned down), and
    version 88 took them back. Neither reads a side now."""
    assert classify(answer, _SINCE_DATE, change).label == label, rule_hits(answer, _SINCE_DATE,
                                                                           change)


@pytest.mark.parametrize(("answer", "change", "label"), [
    ("only used it twice!", "stop asking the tarot app before every decision", "change"),
    ("ok!! only bit them twice this week, both times during maths", "stop biting my nails",
     "change"),
])
def test_version79_only_a_few_words_before_the_amount(answer: str, change: str,
                                                      label: str) -> None:
    """From set BY, once measured: "only used it twice" was no amount of it, since "only" had to
    come right before or one word before it."""
    assert classify(answer, _SINCE_DATE, change).label == label, rule_hits(answer, _SINCE_DATE,
                                                                           change)


def test_version79_just_to_is_a_purpose_not_an_amount() -> None:
    """A control for the rule above: "just to check one thing" counts nothing."""
    answer = "Opened Reddit just to check one thing and looked up at 1:15."
    assert "fewer" not in dict(rule_hits(answer, _SINCE_DATE, "stop doomscrolling in bed"))


@pytest.mark.parametrize(("answer", "label"), [
    ("Still awake at 2 but I didn't cave", "change"),
    ("I didn't cave.", "change"),
    ("Did not give in.", "change"),
    ("Haven't messed up once.", "change"),
    ("Not messed up this week.", "change"),
    ("Didn't slip.", "change"),
    # Within a longer clause, read by the past act's cue: its "not" read once, in its object.
    ("Had a rough day and didnt cave, went for a walk", "change"),
    # Controls: the lapse told, or put off.
    ("Had a rough day and didnt cave till friday", "sustain"),
    ("I caved.", "sustain"),
    ("Messed up again.", "sustain"),
])
def test_version80_a_lapse_denied_is_the_urge_held(answer: str, label: str) -> None:
    """From set BZ, once measured: "I didn't cave" was read as sustain talk (its "not" read twice,
    in the cue and in the object), as were "Haven't messed up once." and "Not messed up this
    week." (left at version 70) and "Did not give in."."""
    change = "stop taking mum's zopiclone when I can't sleep"
    assert classify(answer, _SINCE_DATE, change).label == label, rule_hits(answer, _SINCE_DATE,
                                                                           change)


@pytest.mark.parametrize(("answer", "label"), [
    ("all good. was tempted to dip into it for a new wet saw. didnt.", "change"),
    ("Tempted but didn't", "change"),
    ("Really tempted.", "sustain"),  # "tempted" is felt, not an act told
    ("Was tempted and caved.", "sustain"),  # a control
])
def test_version80_an_urge_then_a_bare_did_not(answer: str, label: str) -> None:
    """From set BZ, once measured: a craving then a bare "didn't" was read as the craving alone;
    "Really tempted." was an act told, a step ("Tempted but didn't" was change talk before only
    as that act told)."""
    change = "put 25% of every job aside for tax"
    assert classify(answer, _SINCE_DATE, change).label == label, rule_hits(answer, _SINCE_DATE,
                                                                           change)


@pytest.mark.parametrize(("answer", "change", "label"), [
    ("I didn't stop.", "quit smoking", "sustain"),
    ("Didn't miss a day.", "go to the gym 3 times a week", "change"),
    ("Because I didn't give up when the knee went.", "Couch to 5K", "change"),
    # A control: not missing the habit is not yearning for it.
    ("Did two weeks off at my sister's. Didn't even miss it really.", "smoke less weed", "change"),
])
def test_version81_a_stop_verb_denied_by_the_cue(answer: str, change: str, label: str) -> None:
    """Found beside version 80's: where the cue is the "not" itself ("I didn't stop"), a stop
    verb's denial was not read at all, so "I didn't stop." of quitting was change talk, shown."""
    assert classify(answer, _SINCE_DATE, change).label == label, rule_hits(answer, _SINCE_DATE,
                                                                           change)


@pytest.mark.parametrize(("answer", "change", "label"), [
    ("Resisted the urge to bet.", "stop gambling", "change"),
    ("Rode out the cravings on Friday.", "quit smoking", "change"),
    ("Didn't bite them once.", "stop biting my nails", "change"),
    ("Park route every day this week. Didn't go in once.", "stop going in the bookies", "change"),
    # Controls: the urge not resisted; a change to do more not done.
    ("Didn't resist the urge on Saturday.", "stop gambling", "sustain"),
    ("Didn't go once.", "go to the gym 3 times a week", "sustain"),
])
def test_version82_the_urge_resisted_and_the_habit_not_done(answer: str, change: str,
                                                            label: str) -> None:
    """From a battery of plain reports written to probe the sides: "Resisted the urge to bet."
    was sustain talk (shown: the habit named after a past verb, and the urge), "Didn't bite them
    once." a shortfall of a change to do less."""
    assert classify(answer, _SINCE_DATE, change).label == label, rule_hits(answer, _SINCE_DATE,
                                                                           change)


@pytest.mark.parametrize(("answer", "change", "label"), [
    ("I'm not quitting.", "quit smoking", "sustain"),
    ("I always have cake in for them, I'm not stopping that.", "pudding only at weekends",
     "sustain"),
    ("I'm not quitting this. Just hit a rough patch.", "walk 30 min every day", "change"),
    ("I wouldn't mind drinking less.", "cut down drinking", "change"),
    # Persevering, not the change denied (version 88, from a review).
    ("Had one on Friday but I'm not giving up.", "quit smoking", "change"),
    ("Mates offered me a pint, not bothered tbh.", "cut down drinking", "neutral"),
])
def test_version83_a_denial_read_once(answer: str, change: str, label: str) -> None:
    """From a second battery of plain sentences: "I'm not quitting." (the "not" the cue itself)
    was change talk, shown; "I wouldn't mind drinking less" no wish. ("Not bothered" as the
    concern denied was taken back in version 88: as often the habit shrugged off.)"""
    assert classify(answer, None, change).label == label, rule_hits(answer, None, change)


@pytest.mark.parametrize(("answer", "change", "label"), [
    ("Haven't touched one.", "quit smoking", "change"),
    ("Touched one on Friday.", "quit smoking", "sustain"),
    ("Haven't touched the guitar.", "practise guitar every day", "sustain"),  # a control
])
def test_version84_the_habit_touched(answer: str, change: str, label: str) -> None:
    """From a third battery of plain reports: "Haven't touched one." of quitting was a
    shortfall (an act about the change, denied)."""
    assert classify(answer, _SINCE_DATE, change).label == label, rule_hits(answer, _SINCE_DATE,
                                                                           change)


@pytest.mark.parametrize(("answer", "prompt", "label"), [
    ("I'm not a morning person at all.", _NOTE, "sustain"),
    ("nothing really, i'm just not a phone person", _HELPED, "sustain"),
    ("I am not a weak person.", _NOTE, "neutral"),  # a failing denied: a control
])
def test_version85_not_the_sort_of_person(answer: str, prompt: str, label: str) -> None:
    """Walked through as a new user: "I'm not a morning person at all.", asked why a confidence
    of 3 and not lower, was read from the question as change talk and said back as something the
    person can do. It is a barrier named; against that question it is now too unsure to show."""
    assert classify(answer, prompt, "Walk to work").label == label, rule_hits(answer, prompt,
                                                                              "Walk to work")
    asked = "Why a 3 and not a lower number, like 1 or 0?"
    assert classify("I'm not a morning person at all.", asked, "Walk to work").confidence < (
        SHOW_THRESHOLD)


@pytest.mark.parametrize(("answer", "judged"), [
    ("Better than I expected!", True),
    ("Good week.", True),
    ("Did it!", False),
    ("Poured the wine down the sink.", False),
    ("Bad week.", False),  # sustain talk is never "judged" change talk
])
def test_version86_change_talk_resting_only_on_a_verdict_is_marked_judged(answer: str,
                                                                          judged: bool) -> None:
    """Walked through as a new user: "Better than I expected!" was affirmed as a deed. A
    result resting only on a verdict on how it went says so (``judged``), so the app hears it
    without affirming it; "did it", "nailed it", "survived" are deeds, a rule of their own."""
    assert classify(answer, _SINCE_DATE, "drink less wine").judged is judged


@pytest.mark.parametrize(("answer", "label"), [
    ("I really want to stop waking up at 3am feeling awful.", "change"),
    ("i dont actually want to stop going out, i just want to stop feeling like crap", "change"),
    ("I want a drink when I'm feeling awful.", "neutral"),  # a control: no stop before it
])
def test_version87_feeling_bad_as_a_state_to_be_rid_of(answer: str, label: str) -> None:
    """Walked through as a new user: in "I love the way a glass helps me unwind after work, but
    I really want to stop waking up at 3am feeling awful." the second half was no change talk (a
    wish to stop something unnamed), so the reflection quoted the whole sentence as the side of
    how things are."""
    result = classify(answer, None, "Drink less wine")
    assert (result.label if result.shown else "neutral") == label, rule_hits(answer, None,
                                                                             "Drink less wine")


def _shown_labels(answer: str, prompt: str | None, change: str) -> list[str]:
    """The label of each sentence of an answer as the app shows it ("neutral" when not shown)."""
    return [s.result.label if s.result.shown else "neutral"
            for s in analyse(answer, prompt, change)]


@pytest.mark.parametrize(("answer", "prompt", "change", "labels"), [
    # The habit's sort of person is no barrier; the change's is.
    ("I'm not a pub person really.", _NOTE, "drink less", ["neutral"]),
    ("I'm not a morning person.", _NOTE, "walk to work", ["sustain"]),
    # A lapse put off, denied of another, or hoped against is no urge held.
    ("Didn't cave until Friday night.", _SINCE_DATE, "drink less", ["sustain"]),
    ("Sarah didn't give in, unlike me.", _SINCE_DATE, "quit smoking", ["sustain"]),
    ("I hope I do not give in.", None, "drink less", ["sustain"]),
    ("I need to resist the urge more.", None, "drink less", ["sustain"]),
    # An urge toward the change, then "didn't": no urge held.
    ("Was tempted to go to the gym after work. Didn't.", _SINCE_DATE,
     "go to the gym 3 times a week", ["sustain", "neutral"]),
    # A bare figure may be a time; with a unit it is counted.
    ("Home 10 not 1.", _SINCE_DATE, "drink less", ["neutral"]),
    ("Taking half sugar in chai now, one spoon not two.", _SINCE_DATE, "eat less sugar",
     ["change"]),
    # A craving that did not last; feeling guilty is not a state the change rids.
    ("Had a massive craving Tuesday. Didn't last long though.", _SINCE_DATE, "quit smoking",
     ["sustain", "neutral"]),
    ("I want to stop feeling guilty when I skip the gym.", None,
     "go to the gym 3 times a week", ["neutral"]),
    ("Had a few on Saturday and regretted nothing.", _SINCE_DATE, "drink less", ["neutral"]),
    # Persevering after a lapse.
    ("Had one on Friday but I'm not giving up.", _SINCE_DATE, "quit smoking", ["change"]),
    # A routine under "if", asked what could get in the way, is no plan.
    ("If I'm lonely I text him.", _OBSTACLES, "stop texting my ex", ["neutral"]),
    ("Stag do. Say sod it.", _OBSTACLES, "drink less", ["neutral", "neutral"]),
])
def test_version88_a_review_of_versions_73_to_87(answer: str, prompt: str | None, change: str,
                                                  labels: list[str]) -> None:
    """A strict review of versions 73 to 87 by a helper, each finding reproduced first: these
    were read the wrong way and shown (or, for the "Patches." row below, shown in the app though
    the test of the whole answer passed)."""
    assert _shown_labels(answer, prompt, change) == labels, [
        rule_hits(s.text, prompt, change) for s in analyse(answer, prompt, change)]


def test_version88_an_attempt_then_its_failure_is_no_help_sentence_by_sentence() -> None:
    """The review: "Patches. Didn't work." passed version 73's test of the whole answer, yet the
    app, which reads sentence by sentence, still showed "Patches." as change talk."""
    assert _shown_labels("Patches. Didn't work.", _HELPED, "cut down drinking") == [
        "neutral", "neutral"]
    assert _shown_labels("Patches. They helped a lot.", _HELPED, "cut down drinking") == [
        "change", "change"]


@pytest.mark.parametrize(("answer", "labels"), [
    ("My mum was always tired. I dont want that.", ["neutral", "change"]),
    ("Not relying on anyone. My mum bailed me out once and I never want that again.",
     ["neutral", "change"]),
    ("Quit completely? I don't want that.", ["neutral", "neutral"]),  # a control: the change
])
def test_version89_a_state_told_then_refused_in_the_next_sentence(answer: str,
                                                                   labels: list[str]) -> None:
    """Left at version 88: version 76's reading held within one sentence, but the app reads an
    answer sentence by sentence, so "I dont want that." after a sentence telling a state was
    shown as nothing. The last clause of the sentence before now says what "that" is."""
    assert _shown_labels(answer, _VALUE_MEANING, "cut down the wine") == labels


@pytest.mark.parametrize(("answer", "label"), [
    ("Only got about 4 hours sleep.", "neutral"),
    ("Only 2 pints.", "change"),  # a control: the change's own behaviour
])
def test_version90_less_of_another_behaviour_is_no_step(answer: str, label: str) -> None:
    """From the review of versions 73 to 87 (left at 88): "Only got about 4 hours sleep." of
    drinking less was read as less of the habit, a step, shown."""
    assert classify(answer, _SINCE_DATE, "drink less").label == label, rule_hits(
        answer, _SINCE_DATE, "drink less")


@pytest.mark.parametrize(("answer", "change", "label"), [
    ("Ignored the urge to go to the gym.", "go to the gym 3 times a week", "sustain"),
    ("Resisted the urge to bet.", "stop gambling", "change"),  # a control: the habit's urge
])
def test_version91_something_done_to_an_urge_is_read_by_its_cues(answer: str, change: str,
                                                                 label: str) -> None:
    """From the review (left at 88): "Ignored the urge to go to the gym." was read as going to
    the gym, a step (the act's object named the change); what is done to an urge is read by the
    urge's cues."""
    assert classify(answer, _SINCE_DATE, change).label == label, rule_hits(answer, _SINCE_DATE,
                                                                           change)


@pytest.mark.parametrize(("answer", "prompt", "change", "label"), [
    # A change's filler words name nothing done: "again" was read as the fencing.
    ("Same again every week, it is easy.", _GOOD_NOW, "Fencing club thursday nights again",
     "sustain"),
    # A verb with its particle names the habit in every form (and "stay" alone does not).
    ("stayed up.", _SINCE_DATE, "stop staying up for the late NFL games", "sustain"),
    ("Went out tuesday and thursday.", _SINCE_DATE, "no more going out on work nights",
     "sustain"),
    ("Didn't stay up once!", _SINCE_DATE, "stop staying up for the late NFL games", "change"),
    # Why a change is wanted, after a comma, names nothing done.
    ("made the payment.", _SINCE_DATE, "sell the truck, the payments are killing me", "neutral"),
    ("Sold the truck!", _SINCE_DATE, "sell the truck, the payments are killing me",
     "change"),  # a control: what the change does
    # "give it up" is "give up" with its object: denied, the habit kept; done, a step.
    ("I'm not giving it up.", _NEXT, "telly off in the daytime", "sustain"),
    ("I gave it up for a week.", _SINCE_DATE, "telly off in the daytime", "change"),
    ("I'm not giving up.", _NEXT, "telly off in the daytime", "change"),  # a control: persevering
    # Not altogether, of a change that only cuts down: what the change itself aims at, no
    # sustain talk (a control: read from the question alone, before and after).
    ("I'm not giving it up altogether.", _NEXT, "limit news watching", "change"),
    ("I'm not giving it up altogether.", _NEXT, "quit the news", "sustain"),
    # The change itself said to be small is no problem played down.
    ("It's not a big change, it's just moving it.", _WHY_NOT_LOWER,
     "get up before I do the daily puzzles", "change"),
    ("It's not a big deal, I can stop when I like.", _WHY_NOT_LOWER, "quit vaping",
     "sustain"),  # a control: the problem played down
])
def test_version92_what_a_stated_change_names_and_give_it_up(answer: str, prompt: str,
                                                             change: str, label: str) -> None:
    """From sets CB and CC, once measured: "again" and "are" in a change's name were read as
    what it does ("Same again every week, it is easy." of fencing "again"); "staying up" named
    the habit only in its "-ing" form ("stayed up." was a step); "the payments are killing me"
    made a payment a step toward selling the truck; "I'm not giving it up" was not read, "not a
    big change" was the problem played down."""
    assert classify(answer, prompt, change).label == label, rule_hits(answer, prompt, change)


@pytest.mark.parametrize(("answer", "change", "label"), [
    ("went backwards a bit.", "no beers before 5 now i'm retired", "sustain"),
    # A stem that is an everyday word ("a text") names the habit as a verb.
    ("texted till 12.30 tuesday.", "stop the late night texting with Jules from work", "sustain"),
    ("Didn't text her once!", "stop the late night texting with Jules from work", "change"),
    # Of a change to do less, "did it again" is the habit again; of one to do more, the step.
    ("then did it again thursday", "stop the late night texting with Jules from work", "sustain"),
    ("Did it again on Friday!", "walk to work", "change"),  # a control
    # "the free ..." names no less of anything; a remark in brackets that says why names nothing
    # done.
    ("Didn't go at all.", "join the free running club", "sustain"),
    ("WFH all week again.", "go into the office twice a week (WFH is turning me into a hermit)",
     "neutral"),
])
def test_version93_setbacks_verbs_and_what_a_change_names(answer: str, change: str,
                                                          label: str) -> None:
    """From set CD, once measured: "went backwards a bit." was a step; "texted" was not the
    texting a change names ("text" is a noun too), nor "did it again" the habit again; "the free
    weights" made a change one to do less, and "(WFH is turning me into a hermit)" named working
    from home as the change."""
    assert classify(answer, _SINCE_DATE, change).label == label, rule_hits(answer, _SINCE_DATE,
                                                                           change)


@pytest.mark.parametrize(("answer", "change", "label"), [
    ("Going good.", "less sugar", "change"),
    ("better like.", "Quest headset only at weekends", "change"),
    ("All good.", "Quest headset only at weekends", "change"),
    ("Clean week.", "stop nicking stuff at the self checkout", "change"),
    ("sweet as", "back to jiu jitsu twice a week", "change"),
    ("Both sessions.", "back to jiu jitsu twice a week", "change"),
    ("Not good like.", "Quest headset only at weekends", "sustain"),  # a control
])
def test_version94_a_verdict_in_everyday_words(answer: str, change: str, label: str) -> None:
    """From set CD, once measured: asked how it has gone, "Going good.", "better like.", "All
    good.", "clean week.", "sweet as" and "Both sessions" (of a change to go twice a week) were
    read as nothing."""
    assert classify(answer, _SINCE_DATE, change).label == label, rule_hits(answer, _SINCE_DATE,
                                                                           change)


@pytest.mark.parametrize(("answer", "change", "label"), [
    ("Said no to the curriculum review.", "stop volunteering for every committee at work",
     "change"),
    ("said no to the ski trip.", "make my student loan last till easter", "change"),
    ("he asked again friday. i said no.", "stop lending money to my brother", "change"),
    # Of a change to do more, turning the change itself down is the habit kept.
    ("Said no to the gym class.", "go to the gym three times a week", "sustain"),
    # Controls: someone else's no, and a no the person cannot say.
    ("He said no.", "ask for flexible hours for school pickup", "neutral"),
    ("you can't say no to birthday cake", "cut out sugar", "neutral"),
    # What money is blown on is what the change is about.
    ("bought a ticket.", "stop blowing my savings on concert tickets", "sustain"),
    ("2 parkruns!!!", "do the Tough Mudder with work in May", "change"),
])
def test_version95_a_no_said_and_what_money_is_spent_on(answer: str, change: str,
                                                        label: str) -> None:
    """From sets CE and CF, once measured: asked how it has gone, "Said no to the curriculum
    review." (of volunteering less) was read as nothing or against the change; "bought a
    ticket." was a step, the tickets being where the savings went, not what was done; "2
    parkruns!!!" was no tally."""
    assert classify(answer, _SINCE_DATE, change).label == label, rule_hits(answer, _SINCE_DATE,
                                                                           change)


@pytest.mark.parametrize(("answer", "change", "label"), [
    ("isla had a cold all week so none.", "buggy runs with Isla 3 mornings a week", "sustain"),
    ("Day 4. Horrible. But none.", "Quit smoking before we start IVF", "change"),
    ("Had one on Thursday, none since.", "Stop the cigarette with Carol after a bath", "change"),
    ("none of my friends get it", "quit vaping", "neutral"),  # a control: "none" of something else
    ("about the same. 15 a day", "off the fags again", "sustain"),
    ("About the same tbh", "fewer energy drinks", "sustain"),
])
def test_version96_none_told_alone_and_about_the_same(answer: str, change: str,
                                                      label: str) -> None:
    """From sets CE and CF, once measured: asked how it has gone, "none" told alone ("so none.",
    "But none.") was read as nothing, and "about the same" of a change to do less was no verdict
    of the habit unchanged."""
    assert classify(answer, _SINCE_DATE, change).label == label, rule_hits(answer, _SINCE_DATE,
                                                                           change)


@pytest.mark.parametrize(("answer", "prompt", "change", "label"), [
    ("its already high tbh", _TAKE, "stop clearing my plate when im full", "change"),
    ("its gone up already if im honest", _TAKE, "stop watching the calving cam all night",
     "change"),
    ("think its already there tbh. it's more like a 7 now", _TAKE,
     "stop nicking stuff at the self checkout", "change"),
    # Controls: what else has gone up, and a rise that may come.
    ("prices have gone up", _TAKE, "quit vaping", "neutral"),
    ("If Janet says it's gone up at the next one, I expect.", _TAKE, "lose 2 stone", "neutral"),
    # "4/7." told alone is days kept.
    ("4/7. forgot when I fell asleep on the sofa.", _SINCE_DATE, "wear my retainer every night",
     "change"),
])
def test_version97_already_there_and_a_tally_told_alone(answer: str, prompt: str, change: str,
                                                        label: str) -> None:
    """From sets CE and CF, once measured: asked what it would take to rate it higher, "its
    already high tbh" was read as nothing; asked how it has gone, "4/7." was no count of days
    kept."""
    assert classify(answer, prompt, change).label == label, rule_hits(answer, prompt, change)


@pytest.mark.parametrize(("answer", "change", "label"), [
    ("Easter + school holidays, nothing done.", "CPD records every month", "sustain"),
    ("Im 1 behind.", "CPD records every month", "sustain"),
    ("forgot again", "eat more than once a day", "sustain"),
    ("the fiver thing works.", "one big shop a week, not the Spar every day", "change"),
    ("charger in the kitchen works.", "get up before I do the daily puzzles", "change"),
    # Controls: someone else's work, a sum that works out, and "behind" someone.
    ("my wife works nights", "quit vaping", "neutral"),
    ("it works out at 3 quid a day", "quit vaping", "neutral"),
    ("I am behind you all the way", "walk to work", "neutral"),
])
def test_version98_forgotten_behind_and_it_works(answer: str, change: str, label: str) -> None:
    """From set CG, once measured: asked how it has gone, "nothing done.", "Im 1 behind." and a
    bare "forgot" were read as nothing; "the fiver thing works." (of a means tried) was no
    verdict, as "the fiver thing is working" was."""
    assert classify(answer, _SINCE_DATE, change).label == label, rule_hits(answer, _SINCE_DATE,
                                                                           change)


@pytest.mark.parametrize(("answer", "change", "label"), [
    # "none" of what is named before it, not of the change's side alone.
    ("Alcohol free days so far: zero.", "drink less", "sustain"),
    ("Motivation, none.", "drink less", "neutral"),
    ("Sessions missed, none.", "go to the gym 3 times a week", "neutral"),
    ("Cigarettes? None.", "quit smoking", "change"),  # a control: none of the habit
    # A no said by the person, to something that is not the change itself.
    ("Got turned down for the job, so I had a drink.", "drink less", "sustain"),
    ("The bank said no to the loan.", "pay off my credit card", "neutral"),
    ("My sleep has declined a lot.", "less screen time", "neutral"),
    ("Wish I'd said no to the takeaway.", "stop buying takeaways", "neutral"),
    ("My wife asked me to cut down and I said no.", "drink less", "sustain"),
    ("Doctor suggested a nicotine patch, I said no.", "quit smoking", "sustain"),
    ("Said no to overtime so I could get to the gym.", "go to the gym", "change"),
    # A verb named with what it is done to is that habit only with it.
    ("Picked up the kids from school every day.", "stop picking up takeaways on the way home",
     "change"),
    ("Picked a film and had a quiet night.", "stop picking fights with my sister", "change"),
    ("Didn't use it once.", "use our free gym membership through work", "sustain"),
    # Literal trips, and streaks that ended, are no verdicts.
    ("We went south for the weekend to see my mum.", "drink less", "change"),
    ("things went south after friday", "drink less", "sustain"),  # a control: things went
    ("Was going good until Friday, then I caved.", "quit smoking", "sustain"),
    ("Wine goes good with dinner, that's the problem.", "drink less", "neutral"),
    ("Had a lovely evening with my partner.", "stop blowing up on my partner", "neutral"),
])
def test_version99_from_a_strict_review_of_92_to_96(answer: str, change: str,
                                                    label: str) -> None:
    """A strict review of versions 92 to 96, each finding a sentence it wrote: "none" read by the
    change's side whatever was counted; "said no" of someone else, of a passive, of "declined"
    meaning worse, of a regret and of the change itself; a phrasal or everyday verb read as the
    habit without the object the change names; "free" after "our"; "went south" on a trip;
    "going good until Friday"; "blowing up on my partner" as money spent; "did it again" after a
    step."""
    assert classify(answer, _SINCE_DATE, change).label == label, rule_hits(answer, _SINCE_DATE,
                                                                           change)


def test_version99_did_it_again_after_a_step_is_the_step_again() -> None:
    """From the same review: read sentence by sentence, as the app shows an answer, "Did it
    again Thursday." after a step told was the habit again, shown as sustain talk."""
    assert _shown_labels("Walked home instead of the pub Monday. Did it again Thursday.",
                         _SINCE_DATE, "stop going to the pub after work") == ["change", "change"]


@pytest.mark.parametrize(("answer", "change", "label"), [
    ("Haven't caved till now.", "quit smoking", "change"),
    ("Didn't cave until Friday.", "quit smoking", "sustain"),  # a control: put off
    ("Didn't do any.", "less phone, so more drawing", "sustain"),
])
def test_version100_till_now_and_so_in_a_change(answer: str, change: str, label: str) -> None:
    """From the same review (low): "till now" was a lapse put off; "so more drawing" in a
    change's name was read as why, not what, and dropped."""
    assert classify(answer, _SINCE_DATE, change).label == label, rule_hits(answer, _SINCE_DATE,
                                                                           change)


@pytest.mark.parametrize(("answer", "prompt", "change", "label"), [
    ("eh. didn't really pay attention this week. probably back to the old way", _SINCE_DATE,
     "stop overtipping bc im awkward", "sustain"),
    ("idk. if it got worse? its not like its a drug", _TAKE, "stop watching mukbangs while I eat",
     "sustain"),
    # Controls, no lapse: an old routine, and old ways named, are the change's (read as nothing).
    ("Back to the old routine of walking before work, loving it.", _SINCE_DATE,
     "walk before work", "neutral"),
    ("Back to the old ways of walking everywhere.", _SINCE_DATE, "walk before work", "neutral"),
])
def test_version101_back_to_the_old_way_and_not_a_drug(answer: str, prompt: str, change: str,
                                                       label: str) -> None:
    """From set CH, once measured: "back to the old way" was no lapse, and "its not like its a
    drug" no problem played down."""
    assert classify(answer, prompt, change).label == label, rule_hits(answer, prompt, change)


@pytest.mark.parametrize(("answer", "prompt", "label"), [
    ("idk. not rlly ready tbh", _WHY_NOT_LOWER, "sustain"),
    ("still not ready tbh", _SINCE_DATE, "sustain"),  # a control: "still" read before
    ("Not ready for that one yet.", _SINCE_DATE, "sustain"),
    ("I'm ready now.", _SINCE_DATE, "change"),  # a control: ready, with its subject
])
def test_version102_not_ready_told_without_a_subject(answer: str, prompt: str,
                                                     label: str) -> None:
    """From set CI, once measured: "Not ready for that one yet." (no "I'm") was read as
    nothing. (Asked what is next, or why a rating and not lower, a bare "not ready" alone is
    still read from the question: left.)"""
    assert classify(answer, prompt, "quit smoking").label == label, rule_hits(
        answer, prompt, "quit smoking")


@pytest.mark.parametrize(("answer", "prompt", "label"), [
    # A report told at length with no cue, asked how it has gone since a time: a step.
    ("Drew the cat on Tuesday, the kettle on Thursday, and a very wobbly self portrait on "
     "Sunday.", _SINCE_DATE, "change"),
    ("Drew the cat on Tuesday, the kettle on Thursday, and a very wobbly self portrait on "
     "Sunday.", HOW_GOING, "change"),
    # Controls: asked how things are right now (the first check-in too), a short answer, a
    # question asked back, nothing to tell.
    ("Drew the cat on Tuesday, the kettle on Thursday, and a very wobbly self portrait on "
     "Sunday.", "How are things with this change right now, in your own words?", "neutral"),
    ("Drew the cat on Tuesday and the kettle.", _SINCE_DATE, "neutral"),
    ("Is it cheating if I only draw on the days I remember to do it at all?", _SINCE_DATE,
     "neutral"),
    ("Nothing to report, it's been a quiet week with half the team away on leave.",
     _SINCE_DATE, "neutral"),
    ("Not much happened this week, I was travelling for work for most of it.", _SINCE_DATE,
     "neutral"),
    # A cue still decides: the lapse told.
    ("Drew on Tuesday, then skipped the rest of the week because work ate every evening.",
     _SINCE_DATE, "sustain"),
])
def test_version103_a_report_told_at_length(answer: str, prompt: str, label: str) -> None:
    """From sets CK to CR, once measured: asked how the change has gone since a time, a long
    answer with no cue was read as nothing, though most such answers are steps told in the
    person's own shorthand. Now it is a step, counted but never shown on its own."""
    result = classify(answer, prompt, "sketch for ten minutes a day")
    assert result.label == label, rule_hits(answer, prompt, "sketch for ten minutes a day")
    assert not (label == "change" and result.shown)


@pytest.mark.parametrize("answer", [
    "Had 2 ciders anyway. Not my finest.", "Not my best week.", "Bit of a fail.", "Less good.",
    "Back to bad habits this week.", "Stuffed it again.",
])
def test_version103_verdicts_of_failure_in_other_words(answer: str) -> None:
    """From sets CK to CR: verdicts of failure the bad verdicts already read did not name."""
    change = "stay sober at the festival"
    assert classify(answer, _SINCE_DATE, change).label == "sustain", rule_hits(
        answer, _SINCE_DATE, change)


@pytest.mark.parametrize("answer", ["Had a few ciders.", "had 3 proseccos", "had two gins then bed"])
def test_version103_drinks_named_in_the_plural(answer: str) -> None:
    """From set CR: "had 2 ciders anyway" named no drinking."""
    assert classify(answer, _SINCE_DATE, "drink less").label == "sustain", rule_hits(
        answer, _SINCE_DATE, "drink less")


@pytest.mark.xfail(strict=True, reason="a lapse told without a cue is read from the question")
def test_version103_nights_in_a_row_of_the_habit_are_a_lapse() -> None:
    """(Moved from version 11's cases, where no cue read nights of the habit as days kept.)
    Told at this length, the answer is read from the question alone: a step, wrong (left)."""
    answer, change = "Three nights in a row I was on my phone till 2am.", "Less screen time"
    assert classify(answer, HOW_GOING, change).label == "sustain"


def test_version103_a_lapse_read_from_the_question_is_not_shown() -> None:
    answer, change = "Three nights in a row I was on my phone till 2am.", "Less screen time"
    assert rule_hits(answer, HOW_GOING, change) == [("answer: how it went", "change")]
    assert not classify(answer, HOW_GOING, change).shown


def test_version103_a_report_read_from_its_question_only_opens_an_answer() -> None:
    """Split into sentences, only the answer's first is read from the question."""
    segments = analyse("Good week. Drew the cat on Tuesday, the kettle on Thursday, and a very "
                       "wobbly self portrait on Sunday.", _SINCE_DATE, "sketch for ten minutes a day")
    assert [s.result.label for s in segments] == ["change", "neutral"]


@pytest.mark.parametrize(("answer", "prompt", "label"), [
    ("Buy earplugs and talk to Tunde about Thursdays.", _NOTE, "change"),
    ("Ask the physio for an easier version for bad days.", _NOTE, "change"),
    # Controls: no plan (a date kept, a secret kept), or not asked for a note.
    ("Dentist checkup in March.", _NOTE, "neutral"),
    ("dont tell kayla about the saturday lol", _NOTE, "neutral"),
    ("Buy earplugs and talk to Tunde about Thursdays.", _SINCE_DATE, "neutral"),
])
def test_version103_a_note_to_self_opening_on_a_plan(answer: str, prompt: str,
                                                     label: str) -> None:
    """From sets CK to CR: asked for anything else to note, a plan with no cue of its own was
    read as nothing. Now it is change talk, counted but never shown on its own."""
    result = classify(answer, prompt, "sleep through the night")
    assert result.label == label, rule_hits(answer, prompt, "sleep through the night")
    assert not (label == "change" and result.shown)


_NO_WORDS = ["💪 🏃 🥗 😴 📵 🚭 🍷 ❌ ✅ ✅ ✅ ✅", "- - - - - - - - - - - -", "# # # # # # # # # # # #",
             "? ? ? ? ? ? ? ? ? ? ? ?", "", "   "]


@pytest.mark.parametrize("answer", _NO_WORDS)
@pytest.mark.parametrize("prompt", [_SINCE_DATE, HOW_GOING, _NOTE, _TAKE, None])
def test_version104_answers_with_no_words_read_as_nothing(answer: str, prompt: str | None) -> None:
    """From a strict review of version 103: twelve tokens with no word in them ("- - - ...",
    a row of emoji) crashed the report read from the question."""
    assert classify(answer, prompt, "run more").label == "neutral"
    assert all(s.result.label == "neutral" for s in analyse(answer, prompt, "run more"))


@pytest.mark.parametrize(("answer", "prompt"), [
    ("Tell Dave I want to quit?", _NOTE),
    ("Buy earplugs, will they help me sleep?", _NOTE),
    ("Go for a run tomorrow?", _NOTE),
])
def test_version104_a_reading_from_the_question_is_never_shown(answer: str, prompt: str) -> None:
    """From the same review: a cue too weak to decide (in a question) added its sureness to the
    note to self, and the label was shown. The weak cues go with it now."""
    result = classify(answer, prompt, "quit smoking")
    assert result.label == "change" and not result.shown, rule_hits(answer, prompt, "quit smoking")


@pytest.mark.parametrize(("answer", "label"), [
    ("Not going back to bad habits.", "change"),
    ("Managed not to fall back to bad habits.", "change"),
    ("I won't go back to my old ways.", "change"),
    ("Determined not to slip back to bad habits.", "change"),
    ("back to bad habits this week", "sustain"),
    ("Went back to my old ways on Friday.", "sustain"),
])
def test_version104_back_to_old_ways_negated_is_a_resolve(answer: str, label: str) -> None:
    """From the same review: "back to bad habits" was read as a lapse under a negation."""
    assert classify(answer, _SINCE_DATE, "drink less").label == label, rule_hits(
        answer, _SINCE_DATE, "drink less")


@pytest.mark.parametrize(("answer", "change", "label"), [
    # Not one's best is a verdict only of oneself, not of a thing, nor of how well a step went.
    ("Not the best.", "drink less", "neutral"),
    ("Not my best work but it counts.", "go to the gym", "neutral"),
    ("Not my finest.", "drink less", "sustain"),
    # Drinks: not the soft ones, nor a dish or a dress.
    ("Had a couple of ginger ales.", "drink less", "change"),
    ("Had rum and raisin ice cream twice.", "drink less", "neutral"),
    ("Had prawn cocktail at the wedding.", "drink less", "neutral"),
    # Which way a change goes is told outside its brackets, and a meal named is to eat.
    ("Closed 143 tabs.", "close all my browser tabs every friday (stop saving everything for "
     "later)", "change"),
    ("Ate dinner before both nights out.", "eat actual dinner before going out", "change"),
])
def test_version104_verdicts_drinks_and_which_way(answer: str, change: str, label: str) -> None:
    """From the same review and set CT."""
    assert classify(answer, _SINCE_DATE, change).label == label, rule_hits(
        answer, _SINCE_DATE, change)


@pytest.mark.parametrize("answer", ["Buy more fags.", "Keep smoking.", "skip", "Skip."])
def test_version104_a_note_to_self_the_way_of_the_habit_is_no_plan(answer: str) -> None:
    """From the same review: a note to self was read as a plan whichever way it went."""
    assert classify(answer, _NOTE, "quit smoking").label != "change", rule_hits(
        answer, _NOTE, "quit smoking")
