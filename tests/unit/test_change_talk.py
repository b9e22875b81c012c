"""The change-talk recogniser: DARN-CAT kinds, their sustain mirrors, direction and context.

Every sentence here is written for these tests; none comes from any corpus.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from change_journal.change_talk import (
    KIND_ORDER,
    Segment,
    TalkResult,
    analyse,
    classify,
    strongest_first,
)

DRINKING = "drinking less"
MOVING = "moving more"
SMOKING = "quitting smoking"
DEGREE = "finishing my degree"


@pytest.mark.parametrize(
    ("sentence", "change", "kind"),
    [
        # Desire
        ("I want to cut down on the wine.", DRINKING, "desire"),
        ("I really wish I drank less on weeknights.", DRINKING, "desire"),
        ("I'd love to be able to run with my daughter.", MOVING, "desire"),
        # Ability
        ("I could probably cut down.", DRINKING, "ability"),
        ("I know I can stop if I set my mind to it.", SMOKING, "ability"),
        ("I'm pretty confident I can walk to work twice a week.", MOVING, "ability"),
        # Reasons
        ("It would help me sleep better.", DRINKING, "reasons"),
        ("I'm worried about what it does to my liver.", DRINKING, "reasons"),
        ("My kids deserve a dad who is awake in the evening.", DRINKING, "reasons"),
        # Need
        ("I need to stop smoking before the baby comes.", SMOKING, "need"),
        ("I have to do something about my drinking.", DRINKING, "need"),
        ("Something has to change.", DRINKING, "need"),
        # Commitment
        ("I will start walking on Monday.", MOVING, "commitment"),
        ("I'm going to pour the rest of the wine away tonight.", DRINKING, "commitment"),
        ("From now on, weekends only.", DRINKING, "commitment"),
        # Activation
        ("I'm ready.", DRINKING, "activation"),
        ("I'm willing to give the patches a go.", SMOKING, "activation"),
        ("I'm thinking about joining the walking group.", MOVING, "activation"),
        # Taking steps
        ("This week I poured out the wine.", DRINKING, "taking_steps"),
        ("I haven't had a cigarette since Friday.", SMOKING, "taking_steps"),
        ("I went to the gym twice.", MOVING, "taking_steps"),
        ("I've already cut back to weekends.", DRINKING, "taking_steps"),
    ],
)
def test_change_talk_is_recognised_with_its_darn_cat_kind(sentence, change, kind):
    result = classify(sentence, change=change)
    assert (result.label, result.kind) == ("change", kind)


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
        ("I went back to smoking on Saturday.", SMOKING, "taking_steps"),
    ],
)
def test_sustain_talk_mirrors_each_kind(sentence, change, kind):
    result = classify(sentence, change=change)
    assert (result.label, result.kind) == ("sustain", kind)


@pytest.mark.parametrize(
    ("sentence", "change", "label", "kind"),
    [
        # A doubt anywhere before a problem word plays the problem down.
        ("I don't really think I have a problem with it.", DRINKING, "sustain", "reasons"),
        ("No, I don't think it's a problem at all.", DRINKING, "sustain", "reasons"),
        ("It's not like the wine has become a problem.", DRINKING, "sustain", "reasons"),
        ("It's not an issue for me.", SMOKING, "sustain", "reasons"),
        ("It's not a habit, just now and then.", SMOKING, "sustain", "reasons"),
        ("I honestly don't see the harm in a few beers.", DRINKING, "sustain", "reasons"),
        ("I wouldn't call myself a heavy drinker.", DRINKING, "sustain", "reasons"),
        ("I don't have any plans to give up.", SMOKING, "sustain", "reasons"),
        ("Nobody cares what I do on a Saturday.", DRINKING, "sustain", "reasons"),
        ("I'm only here because my partner wants me to be here.", DRINKING, "sustain",
         "reasons"),
        # What the behaviour gives: fun, taste, the rush.
        ("It's just fun with my friends.", DRINKING, "sustain", "reasons"),
        ("A cold beer tastes so good after work.", DRINKING, "sustain", "reasons"),
        ("I like the rush when the reels spin.", "cutting down on gambling", "sustain",
         "reasons"),
        # Seeing that the behaviour causes problems is a reason to change.
        ("I think the headaches are related to the smoking.", SMOKING, "change", "reasons"),
        ("My cough probably has something to do with it.", SMOKING, "change", "reasons"),
        ("It's just going to get worse.", DRINKING, "change", "reasons"),
        # Keeping what matters is toward the change, not the status quo.
        ("I want to keep my job.", DRINKING, "change", "desire"),
        # Activation and commitment without a modal verb.
        ("I'm kind of excited about the walking group.", MOVING, "change", "activation"),
        ("The patches might be worth a try.", SMOKING, "change", "activation"),
        ("I told myself no wine on weeknights.", DRINKING, "change", "commitment"),
    ],
)
def test_further_cues_for_and_against_the_change(sentence, change, label, kind):
    result = classify(sentence, change=change)
    assert (result.label, result.kind) == (label, kind)


def test_a_doubt_and_its_own_not_flip_a_problem_word_only_once():
    assert classify("I don't think it's not a problem.", change=DRINKING).label == "change"


def test_not_fun_any_more_is_not_sustain_talk():
    assert classify("It isn't fun any more.", change=DRINKING).label != "sustain"


def test_negated_desire_to_continue_is_change_talk():
    result = classify("I don't want to keep drinking like this.", change=DRINKING)
    assert (result.label, result.kind) == ("change", "desire")


def test_negated_commitment_to_the_behaviour_is_change_talk():
    assert classify("I'm not going to drink this weekend.", change=DRINKING).label == "change"


def test_not_wanting_a_bad_outcome_is_a_reason_to_change():
    result = classify("I don't want to end up in hospital again.", change=DRINKING)
    assert (result.label, result.kind) == ("change", "reasons")


def test_doubt_before_a_wish_turns_it_into_sustain_talk():
    assert classify("I'm not sure I want to change anything.").label == "sustain"


@pytest.mark.parametrize(
    "sentence",
    ["I could maybe cut down a bit.", "I guess I could probably try the patches.",
     "Maybe I could have two drinks instead of four."],
)
def test_hedged_change_talk_is_still_change_talk(sentence):
    assert classify(sentence, change=DRINKING if "drink" in sentence else SMOKING).label == "change"


@pytest.mark.parametrize("sentence", ["Should I quit?", "Will I ever manage to stop?",
                                      "Can I really cut down"])
def test_questions_are_not_commitment(sentence):
    assert classify(sentence, change=SMOKING).label == "neutral"


@pytest.mark.parametrize(
    ("sentence", "change", "label"),
    [
        ("I want to drink less.", DRINKING, "change"),
        ("I want a drink.", DRINKING, "sustain"),
        ("I want to exercise more.", MOVING, "change"),
        ("I want to stop exercising.", MOVING, "sustain"),
        ("I'd like to finish my degree.", DEGREE, "change"),
        ("I don't want to finish my degree.", DEGREE, "sustain"),
        ("I like to go for a run in the morning.", MOVING, "change"),
    ],
)
def test_direction_comes_from_the_change_the_person_works_on(sentence, change, label):
    assert classify(sentence, change=change).label == label


def test_direction_is_read_without_a_stated_change_too():
    assert classify("I want to quit smoking.").label == "change"
    assert classify("I want to keep smoking.").label == "sustain"


@pytest.mark.parametrize(
    ("answer", "label"),
    [("Yes.", "change"), ("Yes, definitely.", "change"), ("No.", "sustain"),
     ("Not really.", "sustain")],
)
def test_yes_or_no_answer_takes_its_direction_from_the_question(answer, label):
    assert classify(answer, prompt="Would you like to cut down?", change=DRINKING).label == label


def test_no_to_a_negative_question_agrees_with_it():
    result = classify("No.", prompt="So you're not worried about it?", change=DRINKING)
    assert result.label == "sustain"


def test_yes_to_a_permission_question_is_neutral():
    result = classify("Yes.", prompt="Is it okay if we talk about cutting down?", change=DRINKING)
    assert result.label == "neutral"


def test_elliptical_answer_takes_its_direction_from_the_question():
    prompt = "Could you try two alcohol-free days a week?"
    result = classify("I can do that.", prompt=prompt, change=DRINKING)
    assert (result.label, result.kind) == ("change", "ability")
    assert classify("I can do that.").label == "change"  # weaker, but still the person's own


def test_answer_to_why_not_lower_is_change_talk():
    result = classify("Because the mornings after are awful and my kids notice.",
                      prompt="Why a 6 and not a lower number?", change=DRINKING)
    assert result.label == "change"


def test_answer_to_what_it_would_take_to_go_higher_is_change_talk():
    result = classify("Having a friend to walk with.",
                      prompt="What would it take to go from 6 to 8?", change=MOVING)
    assert result.label == "change"


def test_answer_to_what_you_like_about_it_is_sustain_talk():
    result = classify("The taste, and the way it winds me down.",
                      prompt="What do you like about drinking?", change=DRINKING)
    assert result.label == "sustain"


def test_a_bare_rating_is_neutral():
    prompt = "On a scale from 0 to 10, how important is it to you to cut down?"
    assert classify("I'd say a 7.", prompt=prompt, change=DRINKING).label == "neutral"


@pytest.mark.parametrize(
    "sentence",
    ["I had toast for breakfast.", "My sister visited on Sunday.", "It rained all day.",
     "We watched a film together.", "Okay.", "", "   "],
)
def test_neutral_talk_is_neutral(sentence):
    result = classify(sentence, change=DRINKING)
    assert result == TalkResult("neutral", None, None, ())


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
     "This week I poured out the wine.", "I'm worried about my liver and my sleep."],
)
def test_triggers_quote_the_input_exactly(sentence):
    result = classify(sentence, change=DRINKING)
    assert result.triggers
    assert all(t in sentence for t in result.triggers)


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
     "I'm not ready to give it up."],
)
def test_explain_for_sustain_talk_is_free_of_judgement(sentence):
    explanation = classify(sentence, change=SMOKING).explain()
    assert explanation.startswith("Sustain talk")
    own_words_removed = re.sub(r'"[^"]*"', "", explanation)
    judgement = r"\b(?:wrong|bad|mistake|fail\w*|should|must|excuse\w*|denial|resist\w*|blame)\b"
    assert not re.search(judgement, own_words_removed, re.I)


def test_explain_for_neutral_talk_is_one_plain_sentence():
    explanation = classify("It rained all day.").explain()
    assert explanation.endswith(".") and explanation.count(".") == 1


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
    [segment] = analyse("Yes.", prompt="Would you like to cut down?", change=DRINKING)
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
