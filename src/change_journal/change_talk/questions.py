"""What the prompt asks: the side an open question evokes, whether it asks how things have
gone, what would take or stand in the way, what "it" is, and what the question itself
proposes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from change_journal.change_talk.behaviours import _Behaviours, _Context
from change_journal.change_talk.hits import _sentence_hits
from change_journal.change_talk.patterns import _ONE_TO_TEN, _words
from change_journal.change_talk.tokens import _INVERTED, _SENTENCE_END, _Clause, _clauses, _word_starts

# Phrases of questions read by more than one pattern below, each defined once. The patterns
# read the question in the person's own words ("you" -> "i", "what's" -> "what is"), except
# those read from the prompt as written (lower-cased): see the functions at the end.
_TAKE = r"what would it take"
_HAVE_TO_HAPPEN = r"what would have to happen"
_MAKES_IT_HARD = r"what makes it hard"
_STOPS = r"what stops"
_HOW_I_DID_IT = r"how did i do it"
_WHO_COULD_HELP = r"who could help"
_CHANGE_CONSIDERED = r"how does the change i am considering"
# "Reading both sides together, what stands out to you?": mostly what tips the balance toward
# the change ("That all my reasons to keep it are about work."), a lean too unsure to show.
_STANDS_OUT = r"what stands out"
_HOW_WILL_I_KNOW = r"how will i know"
_MADE_THIS_CHANGE = r"made this change"
_NEXT_STEP, _FIRST_STEP, _WHAT_STEPS = r"next step", r"first step", r"what steps"
_WHAT_IS_NEXT, _WHAT_WILL_I_DO = r"what is next", r"what will i do"
# What is good about how things are, or what changing would cost: asked for, a feeling or an
# effect named is the answer, not a reason to change.
_LIKES_NOW = r"what (?:do|does) i (?:like|enjoy|love)"
_GOOD_NOW = r"(?<!not so )good about how things are"
_GETS_FROM_IT = r"what do i get (?:out of|from)"
_COST_OF_CHANGE = r"not so good about making"
_MISSES = r"miss\w* (?:\w+ )?about"

# Questions whose answers are change talk: reasons, hopes, worries, what has helped, plans.
_EVOKE_CHANGE = _words(
    r"not (?:a )?lower", rf"why (?:a|an) (?:\d+|{_ONE_TO_TEN}|zero|n|x)", r"go (?:higher|up)",
    r"benefits?",
    r"good (?:things )?about (?:changing|cutting|quitting|stopping|making)", r"worr\w*",
    r"concern\w*", r"(?:would|could) be (?:different|better)", r"better if", r"reasons?",
    r"what matters", r"why does", r"how would my life", r"what have i (?:already )?tried",
    r"what (?:has|have) helped", _HOW_I_DID_IT, _NEXT_STEP, _FIRST_STEP, r"how might i",
    r"how could i", r"what could i do", _WHAT_STEPS, r"what change do i", r"worst (?:that|thing)",
    r"best (?:that|thing)", r"not so good about how things are", r"nothing has changed",
    _MADE_THIS_CHANGE, r"what helps (?:me|i) keep", _HOW_WILL_I_KNOW, _WHO_COULD_HELP,
    _CHANGE_CONSIDERED, _TAKE, _WHAT_IS_NEXT, _STANDS_OUT)
_EVOKE_SUSTAIN = _words(
    _LIKES_NOW, _GOOD_NOW, r"good things about (?:drinking|smoking|using|gambling|it)",
    _GETS_FROM_IT, _MAKES_IT_HARD, _STOPS, r"not (?:a )?higher", r"why not (?:a )?10",
    r"what gets in the way", r"what could get in the way", _MISSES, _COST_OF_CHANGE,
    r"what does it give", _HAVE_TO_HAPPEN)
_ASKS_WHAT_IS_GOOD = _words(_LIKES_NOW, _GOOD_NOW, _GETS_FROM_IT, _COST_OF_CHANGE, _MISSES)
# What the change would bring: "Probably the same as now." says it would bring nothing.
_ASKS_WHAT_CHANGE_BRINGS = _words(_MADE_THIS_CHANGE, r"best (?:that|thing)",
                                  r"good about (?:changing|making)", r"could be better")
# "What have you already tried that helped?": "Nothing yet." says nothing was tried.
_ASKS_TRIED = _words(r"what have i (?:already )?tried")
# (Not "how does the change I am considering fit with ...": its answers give the value as a
# reason, 365 of the 411 labelled change talk with a kind in sets A to BJ, version 45.)
_ABILITY_PROMPT = _words(r"confiden\w*", r"able", r"could i", _HOW_I_DID_IT, r"managed",
                         r"strengths?", _WHO_COULD_HELP, _TAKE)
# Answers that split labellers: signs that it works ("jeans fitting again"), what it would
# take to move a ruler up (the person's own means, or things that would have to happen), and
# what stands out from both sides ("That it's the lads, not the beer.").
_LOOSE_PROMPT = _words(_HOW_WILL_I_KNOW, _TAKE, _STANDS_OUT)
# "What would have to happen for this to matter even a little?" (asked at 0) and "What could
# get in the way...?": an answer without a cue of its own names a condition or an obstacle,
# read as sustain talk but right about two times in three (journal sets A to BJ: 98 of 147 and
# 57 of 85), so counted but too unsure to show alone.
_UNSURE_SUSTAIN_PROMPT = _words(_HAVE_TO_HAPPEN, r"what (?:could|might|would|will) get in the way")
# "What would it take to go from 4 to 5?": its answers name a condition as often neutral as
# change talk (of the 511 in sets A to BC that the question alone decided, 238 were labelled
# change, 198 neutral and 75 sustain), so an answer without a cue of its own has no side,
# unless it opens on an action or a "maybe" (``answers._MEANS_NAMED``, since version 42).
_ASKS_TAKE = _words(_TAKE)
_WEIGHING_PROMPT = _words(_STANDS_OUT)
_STEPS_PROMPT = _words(_WHAT_STEPS, _NEXT_STEP, _FIRST_STEP, _WHAT_IS_NEXT, _WHAT_WILL_I_DO)
_PROGRESS_PROMPT = re.compile(r"\b(?:how (?:have|has) (?:things|it) (?:been going|gone|went)"
                              r"|since you last|how did (?:it|things) go"
                              r"|how (?:was|has been) (?:your|the) week)\b")
# "How are things with this change right now?": asked at the first check-in too, so a report of
# what was done is read, but "haven't started yet" is where the person is, not a shortfall.
_NOW_PROMPT = re.compile(r"\bhow (?:are|is) (?:things|it) (?:going )?with (?:this|the|your) change")
# "Anything else you want to note for yourself?": a diary's page, read as a report of what was
# done only when the answer is told like one (see ``answers._DIARY_OPENING``).
_NOTE_PROMPT = re.compile(r"\banything else (?:\w+ ){0,4}?note\b")
# Read from the prompt as written ("you", not "i").
_ABOUT_THE_CHANGE = _words(r"making (?:this|the) change", _MADE_THIS_CHANGE, r"if things changed",
                           r"make this change", r"how does the change you are considering")
_ABOUT_NOW = re.compile(r"\bhow things are now\b")
_META_QUESTION = _words(
    r"(?:is|would|will) (?:that|it|this) (?:be )?(?:okay|ok|alright|all right|fine)",
    r"does (?:that|this) (?:make sense|sound)", r"how does (?:that|this) sound",
    r"(?:can|could|may|shall) (?:we|he)", r"(?:do|would) i mind", r"what do i think",
    r"any (?:other )?questions",
)
# Questions of fact ("How often...?") get answers of fact, whatever the topic.
_FACT_QUESTION = re.compile(r"^(?:\w+ )?(?:when|how (?:long|many|much|often|old)|where|who"
                            r"(?! could help)|what time)\b")



def _uninverted(clause: _Clause) -> _Clause:
    """ "could i try two dry days" -> "i could try two dry days" (other clauses unchanged)."""
    words = clause.text.split()
    if len(words) < 2 or words[1] != "i" or (words[0], "i") not in _INVERTED:
        return clause
    words[0], words[1] = words[1], words[0]
    spans = (clause.spans[1], clause.spans[0], *clause.spans[2:])
    return _Clause(" ".join(words), spans, _word_starts(words), clause.contrast, False)


@lru_cache(maxsize=256)
def _prompt_topic(prompt: str, targets: _Behaviours) -> int:
    """What a question is about, read as the person's own words ("Could you try ...?" ->
    "I could try ..."), before any negation: +1 the change, -1 the status quo, 0 neither."""
    statements = [_uninverted(c) for c in _clauses(prompt, second_person=True)]
    leaning = sum(h.score * h.polarity * (-1 if h.negated else 1)
                  for h in _sentence_hits(statements, _Context(targets), in_prompt=True))
    return (leaning > 0) - (leaning < 0)


_SINCE_A_TIME, _RIGHT_NOW = 2, 1


@lru_cache(maxsize=256)
def _is_progress(prompt: str | None) -> int:
    """Whether the question asks how the change has been going: ``_SINCE_A_TIME``, ``_RIGHT_NOW``
    (a report of steps, not of what has not happened yet), or 0, not at all."""
    if not prompt:
        return 0
    low = prompt.lower()
    return (_SINCE_A_TIME if _PROGRESS_PROMPT.search(low)
            else _RIGHT_NOW if _NOW_PROMPT.search(low) else 0)


# Read from the prompt as written: what would come if nothing changed.
_OUTCOME_PROMPT = _words(r"worst (?:that|thing)", r"nothing (?:has )?changed?", r"nothing changes")


@lru_cache(maxsize=256)
def _asks_outcome(prompt: str | None) -> bool:
    """Whether the question asks what the worst could be, or a future without the change."""
    return bool(prompt and _OUTCOME_PROMPT.search(prompt.lower()))


@lru_cache(maxsize=256)
def _asks_note(prompt: str | None) -> bool:
    """Whether the question invites a free note ("Anything else you want to note?")."""
    return bool(prompt and _NOTE_PROMPT.search(prompt.lower()))


# Read from the prompt as written: what stands between the person and the change.
_BARRIER_PROMPT = _words(_TAKE, _HAVE_TO_HAPPEN, _MAKES_IT_HARD, _STOPS)


# Read from the prompt as written: the change wanted or the steps planned.
_GOAL_PROMPT = _words(r"what change do you want", _WHAT_STEPS, _FIRST_STEP)


# "Think back to a time before this became an issue for you. What was different then?"
_LOOKING_BACK_PROMPT = _words(r"think back", r"before this became")


def _asks_looking_back(prompt: str | None) -> bool:
    """Whether the question asks about a time before the habit was an issue: what the person
    did then ("I only smoked at weekends") is neither a step now nor a lapse."""
    return bool(prompt and _LOOKING_BACK_PROMPT.search(prompt.lower()))


# Read from the prompt as written: questions whose answers name what a habit gives without
# speaking for it: what a value means ("fun is the whole point"), what would take the ruler up
# ("something that feels like a treat"), the time before it was an issue ("it was fun then").
_GIFT_UNASKED = _words(r"what does [\w' -]+ mean to you", _TAKE, r"think back", r"before this became")


@lru_cache(maxsize=256)
def _asks_other_than_gifts(prompt: str | None) -> bool:
    """Whether what a habit gives, named without the habit, answers something else here."""
    return bool(prompt and _GIFT_UNASKED.search(prompt.lower()))


def _asks_goal(prompt: str | None) -> bool:
    """Whether the question asks for the change wanted or the steps planned."""
    return bool(prompt and _GOAL_PROMPT.search(prompt.lower()))


@lru_cache(maxsize=256)
def _asks_condition(prompt: str | None) -> bool:
    """Whether the question asks for something that would have to be there: what it would
    take, what stands in the way, or who could help ("Another adult in the house. Which isn't
    happening." names help that is not there)."""
    return _asks_barriers(prompt) or bool(prompt and re.search(rf"\b{_WHO_COULD_HELP}\b",
                                                               prompt.lower()))


@lru_cache(maxsize=256)
def _asks_barriers(prompt: str | None) -> bool:
    """Whether the question asks what stands between the person and the change."""
    return bool(prompt and _BARRIER_PROMPT.search(prompt.lower()))


@lru_cache(maxsize=256)
def _it_side(prompt: str | None) -> int:
    """What "it" is in an answer: +1 the change, -1 how things are now, 0 not said."""
    if not prompt:
        return 0
    low = prompt.lower()
    return 1 if _ABOUT_THE_CHANGE.search(low) else -1 if _ABOUT_NOW.search(low) else 0


@lru_cache(maxsize=256)
def _open_question(prompt: str | None) -> str:
    """The prompt's canonical words ("you" -> "i") if it ends in an open question, else ""."""
    question = (prompt or "").rstrip()
    if not question.endswith("?"):
        return ""
    clauses = _clauses(question, second_person=True)
    # The final question decides what kind of question it is.
    begins = max((m.end() for m in _SENTENCE_END.finditer(question[:-1])), default=0)
    last = " ".join(c.text for c in clauses if c.spans[0][0] >= begins)
    if _FACT_QUESTION.match(last) or _META_QUESTION.search(last):
        return ""
    return " ".join(c.text for c in clauses)


# Asked what could get in the way and what the person will do then, an answer that goes on
# to say what they will do ("..., so I'll keep gum in my pocket", "then it's the bus")
# answers both halves: a plan, change talk. The obstacle alone is sustain talk.
_ASKS_OBSTACLE_AND_PLAN = re.compile(r"\bwhat (?:could|might|would|will) get in the way\b.*"
                                     rf"\b{_WHAT_WILL_I_DO}\b")


def _lean(question: str) -> int:
    """The side an open question evokes: +1 change, -1 the status quo, 0 neither."""
    if not question:
        return 0
    return -1 if _EVOKE_SUSTAIN.search(question) else 1 if _EVOKE_CHANGE.search(question) else 0
