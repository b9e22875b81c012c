"""Recognise change talk and sustain talk (DARN-CAT) in journal sentences.

A small rule engine, standard library only, well under a millisecond per sentence. Every rule is
a general pattern of English, never a phrase lifted from one example or a word tied to one topic;
the only topic words are the behaviours people change (drinking, smoking, eating, screens, sleep,
exercise, ...), which tell the engine what a sentence is about.

1. Text is tokenised into a canonical lower-case form ("can't" -> "can not", "gonna" ->
   "going to") that keeps each word's character span, so triggers quote the input exactly, and
   split into clauses at punctuation, at "but" (what follows weighs more), at "though" (what
   precedes weighs more) and at "and then".
2. Who a cue is about. Modal cues need the person as their subject ("I want to", "I can", "I will",
   "I need to"; a diary's "went twice" may drop the "I"). A cue reported from someone else ("my
   doctor told me I should", "she thinks it's a problem", "my sister is worried") is not the
   person's own and counts for nothing; nor does a cue in a condition ("if it started affecting
   my grades"), a relative clause ("the kick I need"), a wish ("I wish I drank less" is read by
   "wish", not as a step) or long-ago history ("in my twenties I ran").
3. What a cue is about. Modal cues, past actions ("I went", "I've cut", "I skipped") and
   preferences ("I love", "I'd miss") take their direction from their object: the behaviour named
   by the change ("drink", "run") or a word for its other side ("sober", "the sofa"), with a
   marker of less just before or after it ("quit", "no more than", "without", "drink less",
   "eating better"); a general word for changing ("healthier", "sort myself out"); the status quo
   ("like this"); a bad outcome ("end up in hospital", "lose my licence": a reason to change
   whatever the cue). A cue whose object says nothing about the change counts little ("I can
   sort a few things") or, where that measured badly on unseen transcripts, not at all ("I want
   to repaint the kitchen", "I need to pick the car up", "I'm trying to", "hard to be
   assertive"); readiness counts whatever follows it ("I'm ready to set a date").
4. Evaluative cues carry a direction of their own, read with their subject: what the behaviour
   gives ("it's how I unwind", "it helps me relax") is sustain talk when the behaviour (or "it")
   gives it and change talk when the change does ("walking clears my head", "I'd sleep better");
   harm the other way round. Barriers ("too tired after work", "no time", "so much going on"),
   attempts that failed ("I've tried five times", "it never sticks"), a means ruled out ("that's
   not happening"), lapses ("I gave in", "I skipped every run"), social reasons ("all my friends
   drink"), "not now" and playing the problem down ("it's not that bad") are sustain talk; concern
   ("I'm worried"), need ("something has to change"), readiness ("I'm ready", "it's time"),
   arrangements ("I'm registering this weekend") and steps reported ("three dry nights!") are
   change talk. Asked how it has gone, a quantity going down ("only two drinks", "cut it down to
   five", "fewer takeaways") is a step when the change is to do less and a shortfall when it is to
   do more ("only ran once"); a replacement ("had porridge instead", "swapped the wine for water")
   is a step, or a lapse when what went is the change's side ("scrolled instead of reading"). Asked
   how it has gone, something the person did is a step ("took the dog to the river track"), a weak
   one, and how they judge it outweighs it ("a write-off", "went over twice", "halfway there", "the
   rest of the week was fine", "it's been rough", "nothing got done"); so do days kept ("five
   nights out of seven"), "down from", "not once" and a diary's "no vape". When the change is to do
   less, something done "again", or to "one" or "more" of it unnamed ("cadged one off a mate"), is
   the old habit back. A habit described in the present ("I usually have three") is where the
   person is, not a report. The change's own words, in any form ("Meditate daily": meditate; "Leave
   work by six": left), name its behaviour, after the common behaviour words, so diaries about any
   change are read.
5. Negation has a scope: only a "not" governing the cue flips it ("not difficult" is change
   talk; in "don't see the rush" the "not" is about seeing), and a doubt before a cue ("I'm not
   sure I can", "I don't think it's a problem", "not that I'm planning to") flips it once. "It"
   and "that" after a stop verb are what an earlier clause named ("if I didn't have the TV in
   the bedroom, though I'm not ready to give that up"), and a cue on the lesser side of a
   comparison ("I like it more than I worry about it") does not count.
6. Scores are summed per side, questions weigh little, and as ambivalence is normal, change talk
   stands unless sustain talk outweighs it. Each hit also says how often a hit of its sort is
   right, by the kind of evidence: the person's "I" with a cue whose object names the change
   (0.9), the same without the "I" (0.8), a fixed cue (0.7), a reading leaning on the question
   (0.6), an answer read only from its question (0.5), a cue whose object says nothing (0.35).
   The confidence is the chance that at least one winning hit is right, less half that for the
   other side. The app shows a label at :data:`SHOW_THRESHOLD` or above.
7. The prompt is read as if the person had said it ("you" -> "I"). It tells whether a short
   diary entry reports on progress ("How have things been going since you last checked in?"),
   it gives an elliptical answer its object ("I can do that"), and an answer without a cue of
   its own, or only cues whose object says nothing ("I can doze on the bus"), follows an open
   question that evokes one side ("Why a 6 and not a lower number?", "What do you like about
   how things are now?"), at a lower confidence, even in one word ("Knees."). "What would it
   take...?" is answered by the person's own means ("a gym buddy", "if I kept them at work"),
   read as change talk too unsure to show; what others would have to do ("my partner getting on
   board") and a bare yes, no, "I'll see", "I don't know" or a condition outside the person's
   doing ("if the doctor said so", "if I found out it was my heart", "deadlines being over")
   follow nothing. Nor does an answer that opens with someone else's wish or view ("my wife
   wants me to cut down"). "Nothing." to what is good about how things are now is change talk;
   "Nobody." or "Not much, really" to a question evoking change talk is sustain talk.
   "What's next for you?" evokes change talk.
8. Version 8, general mechanisms written from unseen sets in rotation: asked how it went or what
   it would take (or what would have to happen, what makes it hard, what stops the person), a
   state of the person or their days stated as a fact (tiredness, stress, time pressure,
   illness, weather) is a barrier, counted but too unsure to show alone; asked how it went, "N
   days dry", "clean", "sober", "straight", "in a row", "this week" or "so far" count days kept,
   and "N days without" when the change is to do less, unless the clause tells of the habit
   ("three nights this week I had wine"); a value at odds ("it clashes") is read asked how the
   change fits a value, where "it" is the change (sustain talk), or with the habit named before
   it ("drinking goes against who I am": change talk).
9. Version 9, keyed on the prompt and the answer's shape, each kept only if it fired right in
   three or more sets and hurt none: asked what could get in the way and what the person will do
   then, a later clause that says what they will do ("..., so I'll keep gum in my pocket",
   "then it's the bus") is a plan, change talk; the obstacle alone stays sustain talk. Asked what
   is good about how things are now or not so good about making the change, a feeling or an
   effect named ("I'd hate that", "it keeps me awake") is what was asked for, so the answer
   follows the question; the person's own cues for the change ("I want to stop") still count.
11. Version 11, review fixes: version 10's neutral lens is gone (a plan toward a goal, "I need
    to go to the gym more" to lose weight, is change talk again). A barrier is a state stated:
    not "Ill try again" ("I'll"), a state lessened ("less tired now"), an illness after
    something (its effect) or a state overcome ("bored so I went for a run", "raining but I
    still walked"). The plan after an obstacle says what the person will do with an action verb
    and does not itself read as sustain talk ("so I will probably cave", "then smoking again",
    "so takeaway it is"). A denial taken back by a later "but" or "though" or a cue for the
    change ("Nobody really, but I could ask my sister") is not sustain talk. Asked what is good
    about how things are now or what changing would cost, a feeling or an effect still counts
    for the change after a denial in any clause ("..., honestly nothing good") or when it judges
    how things are now ("it's costing me a fortune", "feeling like this"). A change to "take a
    break from" something is to do less of it. Spans taken and words mapped back are looked up
    by bisection, so a long answer of many cues is read in linear time.
12. Version 12, three mechanisms written from some unseen sets and kept only where they fired
    right on others too. Asked what it would take (or what would have to happen), a later
    clause that says the condition just named does not hold and will not ("..., which they
    won't", "it hasn't really", "thats never happening", "Neither is happening right now") is
    sustain talk: what would move the person is absent ("answer: unmet condition"); not after a
    question or a cue for the change later in the answer, nor a "not" inside the means itself
    ("so the phone doesn't come to bed"). The change or this journal taken on at someone else's
    say-so ("I'm only doing this because the nurse gave me a form", "my sister is making me do
    this app", "signed me up for this") is sustain talk ("not my idea"). A bad outcome denied of
    what the person has just done ("did two days and didn't die") is on that action's side:
    the step was survived, change talk; of the habit ("drank and never got hurt") it still plays
    the habit down. "hasnt", "hadnt", "arent" and "werent" are read as their full forms.

:func:`rule_hits` names the rules behind a result, for measuring them
(``bench/change_talk_eval.py``).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

Label = Literal["change", "sustain", "neutral"]
Kind = Literal["desire", "ability", "reasons", "need", "commitment", "activation", "taking_steps"]
Strength = Literal["preparatory", "mobilising"]

VERSION = 12
"""Bump when the rules change: stored counts made by an older version are recounted."""

SHOW_THRESHOLD = 0.45
"""Lowest confidence at which a change or sustain label is shown to the person.

Confidence follows the kind of evidence (see ``_STRONG_SURE`` and below): the person's "I" with
a cue whose object names the change 0.9, without the "I" 0.8, a fixed cue 0.7, a reading that
leans on the question 0.6, an answer read only from its question 0.5, a cue whose object says
nothing 0.35 (a question less still); a label against the side the open question evokes is
0.6 times as sure, one with it (from 0.5 up) surer.

The rule that chooses it (``choose_threshold`` in bench/change_talk_eval.py): the lowest band
edge at which the weakest band still shown has a one-sided 95% lower bound of precision of at
least 0.8, and every shown label a precision of at least 0.8. Version 7: applied to journal sets
A, B, C and D pooled (all development data), it chooses 0.45, as it does on A and B alone (see
tests/integration/test_change_talk_eval.py). Below 0.45 lie a lone cue about something else
("I can pick the car up"), answers to "What would it take...?" and questions: right about 77%
of the time on the journal sets, useful for counts but not sure enough to show.
"""

MOBILISING: frozenset[str] = frozenset({"commitment", "activation", "taking_steps"})
# Strongest first: mobilising before preparatory; within each, the more decided kind first.
KIND_ORDER: tuple[Kind, ...] = (
    "commitment", "taking_steps", "activation", "need", "reasons", "ability", "desire",
)


@dataclass(frozen=True)
class TalkResult:
    """What one sentence says about the change, the words that showed it, and how sure it is.

    ``triggers`` quote the sentence exactly: the words behind the label (empty for neutral).
    ``confidence`` is in [0, 1]; results made by hand default to 1.
    """

    label: Label
    kind: Kind | None
    strength: Strength | None
    triggers: tuple[str, ...]
    confidence: float = 1.0

    def is_confident(self, threshold: float | None = None) -> bool:
        """Change or sustain talk at ``threshold`` (default :data:`SHOW_THRESHOLD`) or above."""
        limit = SHOW_THRESHOLD if threshold is None else threshold
        return self.label != "neutral" and self.confidence >= limit

    @property
    def shown(self) -> bool:
        """Whether the app shows this label: change or sustain talk at :data:`SHOW_THRESHOLD`."""
        return self.is_confident()

    def explain(self) -> str:
        """One plain, non-judgemental sentence for the person."""
        if self.label == "neutral" or self.kind is None:
            return "Neither for nor against the change: part of your story."
        kind = self.kind.replace("_", " ")
        head = f"{'Change' if self.label == 'change' else 'Sustain'} talk ({kind})"
        quoted = ", ".join(f'"{t}"' for t in self.triggers)
        said = f"{head}: {quoted}" if quoted else head
        if self.label == "sustain":  # acknowledged without judgement, as MI does
            return f"{said} (what you value about how things are now)"
        return said


@dataclass(frozen=True)
class Segment:
    """One sentence of a longer answer; ``text == original[start:end]``."""

    start: int
    end: int
    text: str
    result: TalkResult


# ------------------------------------------------------------------------------ tokens

# A time or a decimal ("6:05", "10.30") is one word.
_TOKEN = re.compile(r"\d+(?:[:.]\d+)+|[A-Za-z0-9]+(?:'[A-Za-z]+)*|[,;:.!?]|--|[\u2013\u2014]"
                    r"|(?<= )-(?= )")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_WHOLE = {
    "can't": "can not", "cant": "can not", "cannot": "can not", "won't": "will not",
    "wont": "will not", "ain't": "is not", "gonna": "going to", "wanna": "want to",
    "gotta": "got to", "hafta": "have to", "kinda": "kind of", "sorta": "sort of",
    "dunno": "do not know", "im": "i am", "ive": "i have", "dont": "do not", "didnt": "did not",
    "doesnt": "does not", "isnt": "is not", "wasnt": "was not", "havent": "have not",
    "hasnt": "has not", "hadnt": "had not", "arent": "are not", "werent": "were not",
    "wouldnt": "would not", "couldnt": "could not", "shouldnt": "should not",
    "imma": "i am going to", "cuz": "because", "cos": "because", "thats": "that is",
}
_SUFFIXES = (("n't", "not"), ("'m", "am"), ("'ll", "will"), ("'ve", "have"),
             ("'re", "are"), ("'d", "would"), ("'s", "is"))
# Reading a question as the person's own words: "you" becomes "i", the asker a third person.
_SECOND_TO_FIRST = {"you": "i", "your": "my", "yours": "mine", "yourself": "myself",
                    "i": "he", "me": "him", "my": "his", "mine": "his", "myself": "himself"}
_BOUNDARY = frozenset({",", ";", ":", ".", "!", "?", "--", "-", "\u2013", "\u2014"})
_CONTRAST = frozenset({"but", "however", "yet"})  # "X but Y": Y is what the person leans on
_CONCESSIVE = frozenset({"though", "although"})   # "X even though Y": X is
_STUTTER = frozenset({"i", "it", "the", "a", "to"})  # "I-I", "it-it"
_SENTENCE_END = re.compile(r"[.!?\u2026]+[\"')\]\u201d\u2019]*(?=\s|$)|\n")
# "Should I ...", "Can you ...": a question even without its question mark.
_INVERTED = frozenset((aux, subject)
                      for aux in ("should", "can", "could", "would", "will", "do", "does", "did",
                                  "am", "is", "are", "shall", "have", "has")
                      for subject in ("i", "you", "we", "it", "that", "this", "he", "she",
                                      "they"))


@dataclass(frozen=True)
class _Clause:
    text: str                           # canonical words joined by single spaces
    spans: tuple[tuple[int, int], ...]  # original-text span of each canonical word
    starts: tuple[int, ...]             # offset of each canonical word in ``text``
    contrast: bool                      # weighs more: after "but", before "though"
    question: bool

    def original_span(self, cs: int, ce: int) -> tuple[int, int]:
        """Span in the original text of the canonical characters ``cs:ce``."""
        first = bisect_right(self.starts, cs) - 1
        last = bisect_left(self.starts, ce) - 1
        return self.spans[first][0], self.spans[last][1]


@lru_cache(maxsize=4096)
def _canonical(token: str, second_person: bool) -> tuple[str, ...]:
    low = token.lower()
    if low in _WHOLE:
        return tuple(_WHOLE[low].split())
    for suffix, full in _SUFFIXES:
        if low.endswith(suffix) and len(low) > len(suffix):
            base = low[: -len(suffix)]
            if second_person:
                base = _SECOND_TO_FIRST.get(base, base)
            return base, "am" if full == "are" and base == "i" else full
    return (_SECOND_TO_FIRST.get(low, low) if second_person else low),


def _clauses(text: str, second_person: bool = False) -> list[_Clause]:
    """Canonical clauses, split at punctuation, "but", "though" and "and then".

    With ``second_person`` (to read a question as the person's own words) "you" -> "i".
    """
    clauses: list[_Clause] = []
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    contrast = after_comma = False

    def close(mark: str) -> None:
        """End a clause at ``mark``: "?" asks; "did it 4 days!" is a diary's statement."""
        nonlocal words, spans, contrast
        if words:
            starts = [0]
            for w in words[:-1]:
                starts.append(starts[-1] + len(w) + 1)
            question = mark == "?" or mark not in {".", "!"} and tuple(words[:2]) in _INVERTED
            clauses.append(_Clause(" ".join(words), tuple(spans), tuple(starts), contrast,
                                   question))
        words, spans, contrast = [], [], False

    for m in _TOKEN.finditer(text.translate(_APOSTROPHES)):
        tok = m.group()
        if tok in _BOUNDARY:
            close(tok)
            after_comma = tok in {",", ";", "--", "-", "\u2013", "\u2014"}
            continue
        if words and words != ["even"]:
            after_comma = False
        canon = _canonical(tok, second_person)
        if canon[0] in _CONTRAST:
            close("")
            contrast = True
            continue
        if canon[0] == "then" and words and words[-1] == "and":
            words.pop()  # "poured a glass and then didn't drink it": two events
            spans.pop()
            close("")
            continue
        if canon[0] in _CONCESSIVE:
            if words and words[-1] == "even":
                words.pop()
                spans.pop()
            if words:
                contrast = True  # the clause before a concession carries the weight
            elif clauses and after_comma:
                clauses[-1] = replace(clauses[-1], contrast=True)
            close("")
            continue
        for w in canon:
            if second_person and w in {"are", "were"} and words and words[-1] == "i":
                w = "am" if w == "are" else "was"
            if words and w == words[-1] and w in _STUTTER:
                spans[-1] = m.span()  # "I-I can't": quote the last "I"
            else:
                words.append(w)
                spans.append(m.span())
    close("")
    return clauses


# ------------------------------------------------------------------------------ behaviours

def _alt(*phrases: str) -> str:
    return "|".join(phrases)


def _words(*phrases: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alt(*phrases)})\b")


# Everyday behaviours people change: the words naming doing it, the usual direction of the
# change (-1: do less of it, +1: do more of it), words for the other side ("sober", "the sofa"),
# and hints that map a stated change to the behaviour.
_FAMILIES: dict[str, tuple[str, int, str, str]] = {
    "alcohol": (r"drink\w*|drank|drunk|alcohol|booze|beers?|wine|wines|liquor|vodka|whiske?y"
                r"|gin|cider|spirits|pints?|pubs?|glass(?:es)?|bottles?|binge\w*", -1,
                r"sober\w*|dry (?:days?|nights?|weeks?|month|january)|(?:fizzy |sparkling )?water"
                r"|soft drinks?|lime and soda|mocktails?|alcohol free(?: \w+)?|non alcoholic(?: \w+)?"
                r"|low alcohol(?: \w+)?|(?:ginger|root) beers?|zero (?:beers?|wine)",
                r"drink|alcohol|beer|wine|booze|sober"),
    "smoking": (r"smok\w*|cigarettes?|cigs?|cigars?|tobacco|vap\w*|nicotine|fags?|roll ups?"
                r"|rollies|packs?",
                -1, r"patch\w*", r"smok|cig|fag|rollie|tobacco|vap|nicotine"),
    "drugs": (r"drugs?|weed|marijuana|cannabis|cocaine|heroin|meth|stoned", -1,
              r"clean", r"drug|weed|cannabis|marijuana|cocaine|heroin|meth|opioid"),
    "gambling": (r"gambl\w*|bet|bets|betting|casino|slots?|poker|lottery|punts?|punting|flutters?", -1, r"",
                 r"gambl|betting|casino|poker"),
    "eating": (r"junk(?: food)?|takeaways?|take outs?|fast food|snack\w*|sweets|sugar\w*"
               r"|chocolate|crisps|biscuits|cookies|cakes?|desserts?|overeat\w*"
               r"|deliver(?:y|ies)|order\w* in|deliveroo|uber ?eats|just eat|chippy|kebabs?"
               r"|pizzas?", -1,
               r"vegetables|veg|fruit|salads?|healthy (?:food|meals?|eating)|home cooked"
               r"|cook\w*|proper meals?",
               r"eat|food|diet|weight|sugar|snack|meal|cook|junk"),
    "screen": (r"phones?|screens?|scroll\w*|social media|instagram|tiktok|youtube|netflix|tv"
               r"|telly|gaming|games|online", -1, r"read\w*|books?|offline",
               r"phone|screen|scroll|social media|gaming|tv|online"),
    "sleep": (r"sleep\w*|slept|asleep|bedtime|lights out|bed (?:earlier|by|at|before)"
              r"|early nights?", 1,
              r"(?:stay\w*|up) (?:up )?late|late nights?|up till \w+",
              r"sleep|bed (?:by|at|before|earlier)|early nights?|rest\b"),
    "exercise": (r"exercis\w*|gym|work(?:ing)? out|workouts?|walk\w*|(?:run|runs|running|ran)(?! out\b)"
                 r"|jog\w*|swim\w*|active|fit|fitter|fitness|sports?|bike|cycl\w*|training"
                 r"|yoga|classes|steps|mov(?:e|ing)", 1, r"sofa|the couch|sitting around",
                 r"exercis|activ|gym|walk|run|fit|sport|moving|move|yoga|swim|cycl"),
    "medication": (r"medic\w*|meds|pills?|tablets?|inhaler|insulin|treatment|appointments?"
                   r"|check ups?", 1, r"", r"medic|inhaler|insulin|treatment|tablet|pill"),
    "study": (r"study|studying|studies|homework|assignments?|coursework|revis(?:e|ing|ion)"
              r"|degree|course|thesis|dissertation", 1,
              r"", r"stud|school|college|degree|course|learn|exam"),
}
_LESS_HINT = re.compile(r"\b(?:less|fewer|down to|quit\w*|stop\w*|reduc\w*|cut\w*|avoid\w*|no more"
                        r"|lower\w*|giv\w* up|without|lose|losing|loss|cessation|free|limit\w*"
                        r"|off|pack\w* in|break from)\b", re.I)
_MORE_HINT = re.compile(r"\b(?:more|start\w*|increas\w*|finish\w*|tak\w*|follow\w*|build\w*"
                        r"|improv\w*|regular\w*|better|earlier|healthier)\b", re.I)


@dataclass(frozen=True)
class _Behaviours:
    """The behaviours a change is about, in tiers searched in order: the change's own words,
    its families' words, every common behaviour, general verbs. Within a tier the earliest
    mention wins; each alternative (group) has a direction (-1: do less, +1: do more)."""

    tiers: tuple[tuple[re.Pattern[str], tuple[int, ...]], ...]
    direction: int
    """Of doing the change's own behaviour: -1 when the change is to do less, +1 to do more."""
    own: int = 0
    """How many of the tiers are the stated change's own words (the rest: any behaviour)."""


# Verbs too general to name a side on their own: "eat" is read only if nothing else is named
# ("eat more vegetables" is about the vegetables).
_GENERAL: dict[str, tuple[str, int]] = {"eating": (r"eat\w*|ate", -1)}


def _family(name: str) -> list[tuple[str, int]]:
    doing, direction, other_side, _ = _FAMILIES[name]
    return [(doing, direction), *([(other_side, -direction)] if other_side else [])]


def _combined(parts: list[tuple[str, int]]) -> tuple[re.Pattern[str], tuple[int, ...]]:
    """One pattern whose n-th group is the n-th part: the earliest mention wins."""
    return (re.compile(r"\b(?:" + "|".join(f"({p})" for p, _ in parts) + r")\b"),
            tuple(d for _, d in parts))


_CIRCUMSTANCE = re.compile(r"\b(?:in|at|on|by|before|after|during|with|when|from|until|till"
                          r"|every|each|per)\b")
# Words of a stated change that say nothing of what is done.
_FUNCTION_WORDS = frozenset({"the", "and", "for", "get", "got", "one", "out", "all", "day", "per",
                             "not", "any", "way", "its", "own", "our", "his", "her", "try", "use",
                             "make", "keep", "going", "less", "more", "some", "much", "stay",
                             "hours", "hour", "week", "bit", "lot", "new", "can", "job", "myself",
                             "life", "things", "thing", "habit", "habits", "better", "healthy",
                             "healthier", "change", "changes", "reduce", "reducing", "want"})
# Words of a stated change that name when or how much, not what.
_NOT_OWN = frozenset({"night", "nights", "week", "weeks", "weekend", "weekends", "weekday",
                      "weekdays", "morning", "mornings", "evening", "evenings", "during", "time",
                      "times", "every", "each", "twice", "once", "hours", "after", "before",
                      "with", "from", "into", "about", "than", "them", "that", "this", "have",
                      "back", "home", "work", "days", "daily", "month", "year"})


# Past forms of common irregular verbs, so "Leave the office by six" reads "left at 6:05".
_IRREGULAR = {"leave": "left", "go": "went|gone", "eat": "ate|eaten", "drink": "drank|drunk",
              "take": "took|taken", "sleep": "slept", "run": "ran", "swim": "swam", "get": "got",
              "buy": "bought", "keep": "kept", "write": "wrote|written", "ring": "rang|rung",
              "spend": "spent", "bite": "bit|bitten", "make": "made", "pay": "paid",
              "wake": "woke", "sit": "sat", "stand": "stood", "feel": "felt", "lose": "lost",
              "shout": "shouted", "throw": "threw|thrown", "give": "gave|given", "hit": "hit"}


def _inflected(word: str) -> str:
    """A pattern for a change's own word in any form: "call" -> "call|calls|called|calling"."""
    short = len(word) < 5  # a short word with its endings, a long one by its first letters
    stem = re.escape(word) + r"(?:s|es|ed|d|ing)?" if short else re.escape(word[:5]) + r"\w*"
    return "|".join(filter(None, (stem, _IRREGULAR.get(word, ""))))


@lru_cache(maxsize=64)
def _targets(change: str | None) -> _Behaviours:
    """The stated change's behaviours, and every common behaviour as a fallback."""
    own_words: list[tuple[str, int]] = []
    stated: list[tuple[str, int]] = []
    own_extra: list[tuple[str, int]] = []
    for part in re.split(r"[;,/]| and | or ", (change or "").lower().replace("-", " ")):
        stated_direction = -1 if _LESS_HINT.search(part) else 1 if _MORE_HINT.search(part) else 0
        names = [n for n, (_, _, _, hint) in _FAMILIES.items() if re.search(hint, part)]
        # Content words no family names: the whole change ("finish my thesis"), or what a
        # change names against its family's usual direction ("drink more water").
        # What is done, not where or when: "Stop scrolling in bed" is about the scrolling.
        what = _CIRCUMSTANCE.split(part, maxsplit=1)[0]
        own = [w for w in re.findall(r"[a-z]{3,}", what)
               if not _LESS_HINT.search(w) and not _MORE_HINT.search(w) and w not in _NOT_OWN
               and w not in _FUNCTION_WORDS
               and not any(re.fullmatch(_FAMILIES[n][0], w) for n in names)]
        clash = any(stated_direction and stated_direction != _FAMILIES[n][1] for n in names)
        if own:
            # The change's own words ("Go to bed by 11": bed) name its behaviour in any topic;
            # after the families' words unless the change goes against its family.
            pattern = ("|".join(_inflected(w) for w in own),
                       stated_direction or (_FAMILIES[names[0]][1] if names else 1))
            (own_words if clash or not names else own_extra).append(pattern)
        for name in names:
            stated += _family(name)
    common = [p for name in _FAMILIES for p in _family(name)]
    tiers = [_combined(parts) for parts in (own_words, stated, own_extra, common,
                                            list(_GENERAL.values())) if parts]
    return _Behaviours(tuple(tiers), (own_words or stated or common)[0][1],
                       sum(bool(x) for x in (own_words, stated, own_extra)))


# Markers of less of a behaviour: before it ("quit smoking", "no more than two glasses",
# "without a drink") or after it ("drink less").
_STOP_VERBS = (
    r"quit\w*", r"stop\w*", r"give up", r"giving up", r"gave up", r"given up",
    r"cut\w* (?:\w+ )?(?:down|back|out|off)", r"cut\w*", r"reduc\w*", r"decreas\w*",
    r"lower\w*", r"limit\w*", r"avoid\w*", r"lay off", r"kick\w*", r"break\w* the habit",
    r"get rid of", r"got rid of", r"pour\w* (?:\w+ )?(?:out|away)", r"threw (?:\w+ )?(?:out|away)",
    r"throw\w* (?:\w+ )?(?:out|away)", r"stay\w* away from", r"stay\w* off", r"get off",
    r"come off", r"abstain\w*", r"skip\w*", r"miss\w*", r"wean\w*", r"slow\w* down",
    r"moderat\w*", r"switch\w* (?:off|from)", r"turn\w* off", r"put\w* (?:\w+ )?(?:down|away)",
    r"delet\w*", r"swap\w*", r"replac\w*", r"less", r"fewer", r"no more", r"free (?:of|from)",
    r"go\w* down to", r"went down to", r"down to", r"at most", r"no more than", r"not more than",
    r"give (?:it|that|this) up", r"without (?:it|them|one)", r"say no", r"turn\w* (?:it|them) down",
    r"cancel\w*", r"unsubscrib\w*", r"uninstall\w*", r"mut(?:e|ed|ing)", r"unfollow\w*",
    r"log\w* out of", r"sign\w* out of", r"(?:smaller|mini|half|the little|little)(?: \w+)?",
)
_STOP = _words(*_STOP_VERBS)
# A marker of less just before the behaviour: a few words for a verb ("stop buying the wine"),
# fewer for a negation ("not have a drink"; the "not" in "I can't say fitness" is not about it).
_LESS_BEFORE = re.compile(
    rf"\b(?:{_alt(*_STOP_VERBS)}|chang\w*|do something about|work on|deal with|tackle|address"
    r"|control|instead of|rather than|away from|count\w*|keep track of|track\w*|watch\w*"
    r"|problem with|off)(?: \w+){0,3}$"
    r"|\b(?:not|never|no|non|no longer|without|only|just)(?: (?:a|an|any|the|to|have|having|had"
    r"|my|more|much|of|\d+|one|two|three|four|five|couple|few|single))*$")
_CLOCK = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|half|quarter)"
_LESS_AFTER = re.compile(rf"^ (?:less|fewer|something else(?: instead)?|in moderation|moderately"
                         rf"|free|down|away(?! from)|off(?! (?:to|for|work)\b| at (?!\d|{_CLOCK}\b))"
                         r"|down the (?:sink|drain|toilet)|(?:\w+ ){0,2}?(?:"
                         r"downstairs|out of (?:reach|the \w+)|in (?:the|another|a) (?:kitchen"
                         r"|hall|hallway|drawer|other room|living room|cupboard)))\b")
# After a behaviour: the change made ("eating better"), whichever way the change goes.
_BETTER_AFTER = re.compile(r"^ (?:better|healthier|properly|sensibly|more healthily|well)\b")

# General words for changing, whatever the behaviour.
_TOWARD_CHANGE = _words(
    r"chang\w*", r"get (?:some )?help", r"get better", r"healthier", r"healthy", r"improv\w*",
    r"lose (?:some |the )?weight", r"losing weight", r"lost (?:some |the |\w+ )?(?:weight|pounds"
    r"|kilos|stone)", r"get (?:fit|in shape|back in shape)", r"in (?:better )?shape",
    r"turn (?:it|things|my life) around", r"(?:get|be|stay|back) on track",
    r"sort (?:it|myself|things) out", r"(?:a )?better (?:person|life|dad|mom|mum|father|mother"
    r"|parent|husband|wife|partner|example|shape)", r"be there for", r"take care of",
    r"look after", r"get my (?:life|health|energy) back", r"do something about", r"work on",
    r"set (?:a )?goals?", r"set (?:a|the) (?:\w+ )?date", r"make time", r"more energy",
    r"(?:a )?(?:new|fresh) start",
    r"feel better", r"feel good", r"better (?:sleep|health|mood)", r"keep up with",
    r"(?:a )?(?:good|healthy|new) (?:habit|routine)s?", r"in control", r"step",
    r"(?:what is|the) right(?: thing)?", r"keep(?:ing)? (?:it|this|that) up",
    r"stick(?:ing)? (?:at|with|to) it", r"(?:get|getting|got) back (?:into|to|on(?:to)?) (?:it|this)",
    r"(?:save|keep|protect) (?:my|our) (?:marriage|relationship|job|family|health|licen[cs]e"
    r"|home|house|kids|children)",
)
# The status quo, whatever the behaviour.
_TOWARD_STATUS_QUO = _words(
    r"like (?:this|that)", r"the way (?:it|things|i) (?:is|are|am)", r"as (?:it|i) (?:is|am)",
    r"the same(?! (?:time|day|night|week|moment))", r"what i am doing", r"what i do",
)
# What losing is a reason to change: the person's health, family, home, work, freedom.
_VALUED_THINGS = (r"(?:my|our|the|his|her) (?:\w+ )?(?:job|licen[cs]e|health|kids|children"
                  r"|family|marriage|house|home|partner|wife|husband|life|sight|teeth|memory"
                  r"|friends?|relationship|freedom|money|savings|place|flat)\b")
# Bad outcomes: not wanting them is a reason to change, whatever the cue.
_BAD_OUTCOME = _words(
    r"happen\w*", r"go through (?:this|that|it) again", r"gain\w* (?:\w+ )?weight",
    r"put on (?:\w+ )?weight", r"(?:that|this|the same) (?:situation|way|path|road)",
    rf"los(?:e|ing) (?:\w+ )?{_VALUED_THINGS}", r"die", r"dying", r"end up",
    r"get\w* (?:sick|ill|hurt|worse|fat)", r"(?:get\w*|be|go\w*) (?:in|into) trouble",
    r"be (?:like (?:him|her|them|my)|that (?:person|guy|girl))", r"hurt\w*",
    r"screw\w* (?:\w+ )?up", r"mess\w* (?:\w+ )?up", r"let (?:\w+ ){1,2}down", r"regret",
    r"make (?:\w+ )?mistakes?", r"be stuck", r"relapse",
    r"make (?:\w+ ){1,3}worse", r"rely on", r"depend on", r"waste", r"feel like this",
    r"ruin\w*", r"disappoint\w*", r"hospital", r"(?:in|into) debt",
)
# A bad outcome someone else undergoes: "being the person people rely on" is not my outcome.
_OTHERS_DO = re.compile(r"\b(?:people|others|everyone|everybody|they|who|he|she)(?: \w+)? $")
_LOSE_WHAT_I_HAVE = re.compile(r"^(?:lose|losing) (?:my|the|our|those|that)\b")
# Everyday talk after "I want to" / "I have to" says nothing about the change.
_CHAT_OBJECT = re.compile(
    r"^(?:(?:have|need|got) to |be able to |try to )?(?:make sure|let you know|tell you|say|ask"
    r"|know|find out|talk|see|mention|point out|explain|think|remember|go now|leave"
    r"|help (?:her|him|them)|get home|call|contact|add"
    # Idioms with a modal: "can't stand the packaging", "not gonna lie", "can't wait".
    r"|stand|bear|wait|believe|lie|pretend)\b")
# What may follow a stop verb that names no behaviour: "quit for good", "stopped last month".
_BARE_STOP = re.compile(
    r"^(?: (?:it|that|this|them|for|good|now|altogether|completely|entirely|totally|already"
    r"|again|last|this|next|week|month|year|night|today|yesterday|tomorrow|since|ago|a|the"
    r"|in|on|at|weekdays?|weekends?|\d+|one|two|three|four|five|six|seven|days?|weeks?"
    r"|months?|years?|soon|by|before|after|cold turkey|and|or|so|because|\w+days?|then"
    r"|once|twice|every|each|most|all|together|eventually|gradually|slowly|properly|sometime"
    r"|some|point|time|times|really|just|actually|finally|today|to|or (?:anything|whatever"
    r"|something)))*"
    r"(?: (?:and|so|because|since|as|when|which|then|if|before|after)\b.*)?$")
# "I can do that", "I can't do it with a toddler": "it" is what was asked about.
_ELLIPSIS = re.compile(r"^(?:(?:do |try )?(?:it|that|this|so|them)(?: too| again| now)?"
                       r"(?: (?:too |so |very )?much| a lot| loads)?"
                       r"(?: (?:with|while|around|alongside|on top of|at the moment|right now"
                       r"|more than)\b.*)?)?$")
_OBJECT_WORDS = 8
_LEADING_ADVERBS = re.compile(r"^(?:(?:really|just|even|actually|honestly|kind of|sort of|probably"
                              r"|maybe|definitely|um|uh) )+")
# Where the object of a cue ends: a new clause inside the sentence.
_OBJECT_END = re.compile(r" (?:(?:and|but|or) (?:then )?(?:i|it|that|this|he|she|they|we|you"
                         r"|my|there|\w+ed|went|had|got|ate|drank|took|made|did|was)\b"
                         r"|(?:because|cause|although|while|whereas|unless|which|who)\b)")


def _object(text: str) -> str:
    """The first words of ``text`` after any adverb, up to where a new clause begins."""
    words = _LEADING_ADVERBS.sub("", " ".join(text.split()[:_OBJECT_WORDS]))
    end = _OBJECT_END.search(words)
    return words[: end.start()] if end else words


@dataclass(frozen=True)
class _Context:
    targets: _Behaviours
    prompt: str | None = None  # the question answered, read only when needed (see topic)
    progress: int = 0          # the question asks how it has been going (2 since a time, 1 now)
    earlier: str = ""          # the sentence's clauses before this one, for what "it" is
    it_side: int = 0           # what "it" is in the answer: +1 the change ("What would be not
                               # so good about making this change?"), -1 how things are now
    barriers: bool = False     # the question asks how it went or what it would take: a
                               # state of the person or their days is a barrier
    overcome: bool = False     # the next clause says it was done anyway ("but I still walked")

    def topic(self) -> int:
        """What the question is about, before any negation: +1 the change, -1 the status quo."""
        return _prompt_topic(self.prompt, self.targets) if self.prompt else 0


@dataclass(frozen=True)
class _Direction:
    value: int   # +1 toward the change, -1 toward the status quo, 0 unknown
    source: str  # outcome, status_quo, behaviour, change, stop, ellipsis, done or unknown
    end: int     # where the deciding words end in the object text
    marked: bool = False  # a behaviour marked as less of it ("skipped every run")


def _names_other(text: str, ctx: _Context) -> bool:
    """Whether ``text`` opens with something other than the stated change's own words ("sleep"
    in "I can't sleep" when the change is the news); False when no change is stated."""
    return bool(ctx.targets.own) and not any(
        p.match(text) for p, _ in ctx.targets.tiers[: ctx.targets.own])


def _behaviour(text: str, ctx: _Context) -> _Direction | None:
    """The first behaviour named in ``text`` (the stated change's before any other), and
    whether the words around it make it toward the change (+1) or the status quo (-1)."""
    for pattern, directions in ctx.targets.tiers:
        m = pattern.search(text)
        if not m:
            continue
        direction = directions[m.lastindex - 1]
        if _BETTER_AFTER.match(text[m.end():]):  # "eating better", "sleeping properly"
            return _Direction(1, "behaviour", m.end(), direction < 0)
        after = _LESS_AFTER.match(text[m.end():])
        less = after or _LESS_BEFORE.search(text[: m.start()].rstrip())
        end = m.end() + (after.end() if after else 0)
        return _Direction((-1 if less else 1) * direction, "behaviour", end, bool(less))
    return None


_PRONOUN = re.compile(r"\b(?:it|that|this|them|those)\b")


def _stopped_direction(stopped: str, ctx: _Context) -> int:
    """Direction of doing what a stop verb stops: "give that up" stops the behaviour an earlier
    clause named ("if I didn't have the TV in the bedroom, though I'm not ready to give that
    up"), otherwise the change's own behaviour."""
    named = _behaviour(ctx.earlier, ctx) if ctx.earlier and _PRONOUN.search(stopped) else None
    if named is None:
        return ctx.targets.direction
    return -named.value if named.marked else named.value


def _object_direction(obj: str, ctx: _Context) -> _Direction:
    """Which way the words after a cue point.

    A bad outcome ("lose my job") is its own source: a reason to change whatever the cue.
    """
    m = _BAD_OUTCOME.search(obj)
    if m and not _OTHERS_DO.search(obj[: m.start()]):
        return _Direction(1, "outcome", m.end())
    m = _TOWARD_STATUS_QUO.search(obj)
    if m:
        return _Direction(-1, "status_quo", m.end())
    m = _LOSE_WHAT_I_HAVE.match(obj)
    if m:  # "I don't want to lose the only bit of the day that's mine": giving it up
        return _Direction(1, "change", m.end())
    found = _behaviour(obj, ctx)
    if found:
        return found
    m = _TOWARD_CHANGE.search(obj)
    if m:
        return _Direction(1, "change", m.end())
    m = _STOP.search(obj)
    if m and _BARE_STOP.match(obj[m.end():]):  # "I want to quit", not "I stopped work"
        stopped = " ".join(obj[m.start():].split()[:4])  # "give that up", "quit it"
        return _Direction(-_stopped_direction(stopped, ctx), "stop", m.end())
    if _ELLIPSIS.match(obj):  # "I can do that": what the question proposed, if it was a change
        return _Direction(max(ctx.topic(), 0), "ellipsis", len(obj))
    return _Direction(0, "unknown", 0)


# ------------------------------------------------------------------------------ who and scope

# Words allowed between "I" and a modal cue: "I really just want to", "I am not going to".
_ADVERBS = _alt(
    "really", "just", "definitely", "probably", "maybe", "also", "still", "so", "and", "then",
    "now", "honestly", "totally", "actually", "certainly", "seriously", "kind of", "sort of",
    "do", "am", "truly", "finally", "already", "even", "absolutely", "always", "never", "not",
    "only", "ever", "kind", "sort", "of", "would", "will", "might", "could", "can", "should",
    "must", "have", "has", "had", "be", "been", "was", "feel", "feeling", "think", "know",
    "guess", "believe", "hope", "mean", "um", "uh", "like", "the", "very", "pretty", "fairly",
    "quite", "a", "bit", "little", "lot", "more", "less", "too", "at", "least", "going", "get",
    "getting", "try", "trying", "to", "no longer", "genuinely", "desperately",
)
_MID = rf"(?:(?:{_ADVERBS}) ){{0,5}}?"
_LIKE_MID = (r"(?:(?:really|just|do|also|still|actually|kind of|sort of|not|never|would|will"
             r"|genuinely|honestly|quite|always) )*")
# Before a past action: "I've finally", "only had", "haven't"; diaries drop the "I".
_DONE_MID = (r"(?:(?:have|had|already|just|finally|actually|recently|also|really|then|now"
             r"|even|successfully|mostly|only|(?:did|have|had) not|never) )*")
_SUBJECT = r"\b(?P<subj>i) |^"
_DOUBT = _words(r"not (?:\w+ )?(?:sure|certain)", r"not at (?:a|the|that) (?:point|stage)",
                r"do not know (?:if|whether|how|why)", r"doubt\w*",
                r"do not (?:really |even |honestly )?think", r"(?:is|was) not like",
                r"do not see (?:why|how)", r"never thought", r"wonder\w*", r"do not feel like",
                r"no way", r"(?:not going to|will not|can not) pretend", r"^not that")
_EMBEDDING = frozenset({"if", "whether", "how", "where", "when", "so", "unless", "till", "what",
                        "until", "before", "after", "once", "than", "why"})
# "the nights I can't face it": a relative clause about when, not a claim.
_WHEN_NOUN = re.compile(r"\b(?:(?:the|those|some) (?:\w+ )?(?:nights?|days?|times?|mornings?"
                        r"|evenings?|weeks?|weekends?)|whenever)$")
_HABITUAL = _words(r"sometimes", r"usually", r"often", r"always", r"normally", r"typically",
                   r"whenever", r"when", r"every time", r"some nights", r"some days")
# Long ago: history, not a step taken ("in my twenties I ran to work").
_DISTANT_PAST = _words(r"in my (?:teens|\w+ties)", r"when i was", r"years ago", r"back then",
                       r"as a (?:kid|child|teenager|student)",
                       r"at (?:\d+(?![:.]\d)|uni|school|college)",
                       r"used to", r"at one (?:time|point)", r"in the past", r"growing up",
                       r"until the", r"before (?:covid|the kids|kids|uni|university)",
                       r"before (?:\w+ ){1,3}(?:changed|started|happened|began|came along|was born"
                       r"|moved)", r"when (?:i|we) (?:was|were|lived|first)",
                       r"the first time")
_UNREAL = _words(r"wish", r"if only", r"would rather", r"as if", r"if")
_NEGATOR = re.compile(r"\b(?:not|never|no longer|hardly|barely)\b")
# Between a negation and the cue it governs: "not really that hard", "never felt ready".
_NEGATION_SCOPE = re.compile(
    r"\b(?:not|never|no longer|hardly|barely|no|nothing)(?: (?:really|that|very|so|too|as|all|even"
    r"|particularly|a|an|the|any|much|of|exactly|quite|be|been|being|feel|feels|felt|seem"
    r"|seems|seemed|look|looks|sound|sounds|get|gets|getting|got|become|becoming|find|found"
    r"|it|is|am|are|was|were|overly|terribly|super|remotely|ever|actually|especially|my|me"
    r"|such|big|real|serious|at))*$")
_PEOPLE = (r"he|she|they|you|everyone|everybody|people|doctor|gp|nurse|wife|husband|partner"
           r"|mum|mom|mother|dad|father|parents|friends?|mates?|boss|family|kids|children|son"
           r"|daughter|sister|brother|girlfriend|boyfriend|colleagues|counsell?or|therapist"
           r"|coach|baby|housemates?|flatmates?|aunt|uncle|gran|grandma|grandad|nan|cousin|niece"
           r"|nephew|neighbours?|neighbors?|manager|supervisor|tutor|teacher|lecturer|dentist"
           r"|colleagues?|pharmacist")
_PERSON = re.compile(rf"^(?:{_PEOPLE})$")
# Someone else's words or wishes: "my doctor told me I should", "she thinks I need to".
_REPORTED = re.compile(
    rf"(?:\b(?:{_PEOPLE})(?: \w+)?(?: \w+)? (?:told|tells|tell|telling|says|said|say|saying"
    r"|thinks|think|thought|reckons|reckon|wants|want|wanted|warned|warns|suggested|suggests"
    r"|recommended|recommends|insists|insisted|keeps telling|kept telling|asked|asks)"
    r"|\bwas told|\bkeep getting told|\baccording to \w+)(?: me| us| him)?(?: that)?$")
# A reporting frame anywhere before a cue: "she thinks that it is a problem".
_REPORTING = re.compile(
    rf"(?:\b(?:{_PEOPLE})(?: \w+)?(?: \w+)?|^(?!(?:i|we|it|that|this|there|what|which)\b)\w+)"
    r" (?:told|tells|says|said|thinks|thought|reckons|wants|wanted|warned|warns|keeps telling"
    r"|kept telling|insists|insisted)\b")
_SELF = frozenset({"i", "me", "my", "myself", "we", "us", "our"})
_THING = frozenset({"it", "this", "that", "these", "those", "there"})


def _subject(before: list[str]) -> str:
    """Who a cue is about, from the words before it in its clause: self, other, thing or none."""
    for w in reversed(before):
        if w in _SELF:
            return "self"
        if w in _THING:
            return "thing"
        if _PERSON.match(w):
            return "other"
    return "none"


# ------------------------------------------------------------------------------ cues

@dataclass(frozen=True)
class _Cue:
    name: str
    kind: Kind
    pattern: re.Pattern[str]
    polarity: int         # fixed direction, +1 change, -1 sustain; 0: read from the object
    weight: float = 1.0
    default: int = 1      # direction when the object says nothing (weighted down); 0: no hit
    verb_in_object: bool = False      # the cue's own verb counts ("quit" in "I quit smoking")
    toward_change_only: bool = False  # count only when it points toward the change
    negatable: bool = True            # a fixed cue flips after a "not" governing it
    anyone: bool = False              # a fixed cue that counts whoever its subject is
    needs_object: bool = False        # "hard to <x>": only when <x> is about the change
    needs_behaviour: bool = False     # only in a clause that names the behaviour
    by_object: bool = False           # direction from the behaviour named just after it
    by_subject: str = ""              # "benefit" or "harm" of the behaviour named before it
    pre: re.Pattern[str] | None = None  # what must come just before a fixed cue
    and_too: bool = False             # a subjectless modal cue may also follow "and"
    progress_only: bool = False       # only in an answer to how it has been going


def _modal(name: str, kind: Kind, cue: str, mid: str = _MID, subject: str = _SUBJECT,
           weight: float = 1.0, default: int = 1, verb_in_object: bool = False,
           toward_change_only: bool = False, and_too: bool = False) -> _Cue:
    """A cue read together with its object: "I (don't) want to ..."."""
    pattern = re.compile(rf"(?:{subject})(?P<mid>{mid})(?P<cue>{cue})\b")
    return _Cue(name, kind, pattern, 0, weight, default, verb_in_object, toward_change_only,
                and_too=and_too)


def _fixed(name: str, kind: Kind, polarity: int, *phrases: str, pre: str = "",
           weight: float = 1.0, negatable: bool = True, anyone: bool = False,
           needs_object: bool = False, needs_behaviour: bool = False,
           by_subject: str = "", by_object: bool = False, progress_only: bool = False) -> _Cue:
    """A cue with a direction of its own: "I'm worried", "it helps me relax".

    ``pre``: words that must come just before the cue ("is hard", not "tried hard"); checked
    only once the cue matched, which is much faster than scanning for them.
    """
    return _Cue(name, kind, re.compile(rf"\b(?P<cue>{_alt(*phrases)})\b"), polarity,
                weight, negatable=negatable, anyone=anyone, needs_object=needs_object,
                needs_behaviour=needs_behaviour, by_subject=by_subject, by_object=by_object,
                pre=re.compile(rf"\b(?:{pre})$") if pre else None, progress_only=progress_only)


# Words just before an evaluative adjective: "it's hard", "not that difficult", "find it easy".
_COPULA = (r"is|was|be|been|being|am|are|so|too|really|very|pretty|super|quite|bit|getting|gets"
           r"|got|i|we|still|it|not|that|as|more|feel|feels|felt|seem|seems|seemed|extremely"
           r"|incredibly|surprisingly|actually|always|just|bloody")
# Tiredness, in every cue that reads it ("too tired", "shattered after work", "I feel drained");
# _WORN_OUT, the strong words only, is feeling bad in itself ("I was tired" is not).
_WORN_OUT = r"exhausted|knackered|wrecked|shattered|drained"
_TIRED = rf"tired|{_WORN_OUT}|worn out|wiped out"
# Past tense: the common irregular verbs, and any "-ed" word that is not a feeling or a wish.
_PAST = (r"quit|cut|gave up|given up|began|begun|went|gone|threw|thrown|got rid of|bought"
         r"|ran|swam|lost|took|taken|been|kept|left|put|slept|did(?! not)|done|made|managed"
         r"|had|ate|drank|smoked"
         r"|(?!(?:wanted|used|tried|liked|loved|hoped|wished|decided|planned|supposed"
         r"|meant|seemed|guessed|intended|promised|considered|expected|noticed|realized"
         r"|realised|worried|scared|concerned|interested|excited|motivated|prepared|determined"
         rf"|committed|convinced|bored|stressed|{_TIRED}|annoyed|embarrassed|ashamed|obsessed"
         r"|addicted|amazed|surprised|relaxed|pleased|called|named|based|related|asked|talked"
         r"|mentioned|told|explained|wondered|believed|owned|ended|involved|allowed|needed"
         r"|offered|showed|returned|happened|started (?:to|thinking))\b)[a-z]{2,}(?<!e)ed")
_LAPSE = (r"gave in|give in|giving in|caved|slipped|relapsed|lapsed|fell off the wagon"
          r"|(?:found|finding|made|making) (?:\w+ )?excuses"
          r"|broke (?:my|the) (?:rule|streak|promise|plan)|blew it|binged")
_NUMBER_WORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
_QUANTITY = (r"(?:\d+|one|two|three|four|five|six|a couple|a few|once|twice|half|a single"
             r"|a small|the one)\b")
_FREQUENCY = (r"(?:\d+|one|two|three|four|five|six|seven|twice|once|every|most|all) (?:\w+ )?"
              r"(?:nights?|days?|times?|mornings?|evenings?|weeks?|runs?|sessions?)"
              r"|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|this week|last night|yesterday"
              r"|since \w+")

# Order matters: where two cues overlap, the first one listed wins.
_CUES: tuple[_Cue, ...] = (
    # A lapse: sustain talk in the taking-steps mirror, information rather than failure.
    _fixed("lapse", "taking_steps", -1, _LAPSE, negatable=False),
    # Asked how it has gone, how the person judges it: "a write-off", "went over twice".
    _fixed("went badly", "taking_steps", -1,
           r"write off", r"weak", r"went over", r"then (?:the )?\w+ happened", r"failed",
           r"(?:a )?(?:bad|rough|terrible|awful|rubbish|shocking|horrible|disastrous) (?:week|day"
           r"|days|few days|night|start)",
           r"(?:went|gone|going|goes) (?:\w+ )?(?:badly|wrong|out the window|pear shaped|to pot"
           r"|downhill)", r"not (?:great|good|well|brilliant|much better)(?! for)", r"no luck",
           r"back to square one", r"fell apart", r"no (?:progress|change)", r"a disaster",
           r"worse (?:as|than) (?:always|ever|usual|before|last)", r"nope",
           r"nothing (?:\w+ )?(?:got|gets|was|has been) done", r"did nothing",
           r"(?:did|have|had) not (?:done|managed) (?:anything|much)", r"(?:a )?shocker",
           r"(?:it|things|this week) (?:is|has) been (?:\w+ )?(?:rough|bad|hard|tough|awful"
           r"|terrible|rubbish|shocking|a struggle|a nightmare)",
           r"^(?:(?:pretty|really|quite|very|so) )?(?:bad|rough|rubbish|awful|terrible)(?= |$)",
           negatable=False,
           progress_only=True),
    _fixed("back to it", "taking_steps", -1, r"(?:went|go|going|was|am|got|been|slid|slipped"
           r"|fell|started) back (?:to|into|on)", negatable=False, by_object=True),
    # Self-control and motivation idioms, some with a modal verb (so read before the modal
    # cues): one rule, two kinds.
    _fixed("self-control idiom", "ability", -1,
           r"(?:can|could) not (?:help it|help myself|resist|say no|stop myself)",
           r"(?:no|any) (?:willpower|will power|self control)", negatable=False),
    _fixed("self-control idiom", "desire", -1, r"(?:can|could) not be bothered",
           r"(?:do|did) not feel like it", r"not in the mood", negatable=False),
    # Past actions take their direction from what was done: steps, or a lapse.
    _modal("past action", "taking_steps",
           rf"(?:have |had )?(?:{_PAST})|no longer"
           r"|am not (?!(?:going|looking|planning|thinking|trying|hoping)\b)(?=\w+ing)"
           r"|(?:did|have|had) not(?! (?:even |really |quite )?(?:realize|know|think|understand"
           r"|expect|notice|mean|care|want|see|hear|say|like|need|get|have|feel|seem|mind)\b)",
           mid=_DONE_MID, verb_in_object=True, default=0, subject=r"\b(?P<subj>i) |^|(?<=\band )",
           and_too=True),
    _modal("commitment", "commitment",
           r"will|shall|am going to|going to|plan (?:to|on)|planning (?:to|on)|intend to|promise"
           r"|have decided to|decided to|(?:am|feel) (?:\w+ )?determined|commit to"
           r"|am committed to|swear|guarantee"),
    # An arrangement: "I'm registering this weekend", "I'm telling Mel tonight".
    _modal("arrangement", "commitment",
           r"am(?= (?!going\b)\w+ing (?:\w+ ){0,3}?(?:this|next|tomorrow|tonight"
           r"|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)"),
    # Ready, or started: activation whatever follows ("I'm ready to set a date").
    _modal("readiness", "activation",
           r"(?:am|feel|would be|be|will be) (?:\w+ )?(?:ready|willing|prepared)(?! with)"
           r"|am up for|give it a (?:\w+ )?(?:go|try|shot)|(?:have )?started (?=\w+ing)"
           r"|am (?:\w+ )?all in"),
    # Thinking of it, trying: activation only when what follows names the change.
    _modal("activation", "activation",
           r"(?:am )?open to|(?:am|was|have been) thinking(?: about| of)?"
           r"|(?:am )?considering|(?:would|will) (?:\w+ )?try|(?:am )?(?:trying|try) to"
           r"|(?:am|feel) (?:\w+ ){0,2}?(?:motivated|interested|excited|keen|eager|convinced)"),
    _modal("need", "need", r"need to|need|have to|has to|got to|must|should|ought to"),
    _modal("ability", "ability",
           r"(?:can |could )?(?:not )?see myself|can|could|am able to|be able to|was able to"
           r"|manage to|know how to|capable of|(?:am|feel) (?:\w+ )?confident"
           r"|am (?:\w+ )?(?:built|cut out|made) for|am (?:\w+ )?good at", weight=0.8),
    # A wish says nothing until its object does ("what I'd like to do is go down to five").
    _modal("desire", "desire",
           r"want to|wanted to|want|would (?:really |also |just |much |so )?(?:like|love|prefer)"
           r"(?: to)?|wish(?: i could)?|hope to|hoping to|would rather|long to|looking forward to"
           r"|(?:like|love) to|fancy|fancied|looking to"),
    # What the person likes, enjoys or would miss is valued: its object decides the side;
    # "it" is the behaviour itself.
    _modal("preference", "reasons", r"(?:like|love|enjoy|liked|loved|enjoyed|look forward to)"
           r"(?! i\b| you\b| that\b| to\b)", mid=_LIKE_MID, subject=r"\b(?P<subj>i) ", default=0),
    _modal("would miss", "reasons", r"would miss|will miss|miss(?= (?:being|having|feeling|the"
           r" feeling|how|when|it|them|that|\w+ing)\b)", mid=_LIKE_MID,
           subject=r"\b(?P<subj>i) ", default=0),
    # A plan written without "I": "Cut down on weekdays." "No drinking at home."
    _modal("bare plan", "commitment",
           r"(?:to )?(?:not |do not |never )?(?:quit|stop|cut|reduce|limit|avoid|start|go|walk"
           r"|run|exercise|eat|drink|smoke|use|take|get|try|stay|join|swap|replace|leave|put"
           r"|keep|switch|turn|buy|set)|(?:no|no more) \w+ing",
           subject=r"^(?P<subj>(?!))?", weight=0.6, verb_in_object=True,
           toward_change_only=True),
    # Barriers and ability. Asked how it went or what it would take, a state of the person or
    # of their days (tiredness, stress, time pressure, illness, weather) is a barrier named.
    _fixed("barrier", "ability", -1,
           _TIRED, r"run down|running on (?:\w+ ){0,3}?(?:hours|empty|fumes)|no sleep|stress\w*"
           r"|swamped|slammed|hectic|manic|chaos|chaotic|(?:so |really |crazy |mad |too )busy"
           r"|flat out|deadlines?|exams?|month end|sick(?! of)|poorly|flu(?! jab| shot)|injur\w*|acting up"
           r"|migraines?",
           # "ill" only as a state ("I was ill"): "Ill try again" is "I'll".
           r"(?:(?<=felt )|(?<=feel )|(?<=feeling )|(?<=been )|(?<=was )|(?<=were )|(?<=am )"
           r"|(?<=is )|(?<=got )|(?<=fell ))ill"
           r"|rain\w*|snow\w*|weather|storms?|freezing|boring|bored", weight=0.6, negatable=False),
    _fixed("too tired or busy", "ability", -1,
           rf"too (?:\w+ )?(?:{_TIRED}|busy|stressed|lazy|expensive|cold|dark|wet)",
           rf"(?:{_TIRED}) (?:\w+ ){{0,2}}?(?:after|afterwards|by the (?:end|time)|when i get)",
           r"(?:no|not (?:enough|much)|do not have(?: the| enough| any)?) (?:time|energy|money)",
           r"can not afford", r"gets? in the way", r"got in the way",
           r"(?:a lot|a ton|tons|loads|so much|too much|lots) (?:\w+ ){0,2}?(?:going on|on (?:at"
           r"|with|my plate|right now|at the moment))",
           negatable=False),
    _fixed("hard", "ability", -1, r"hard|difficult|tough|impossible|a struggle|discouraging"
           r"|daunting|overwhelming|struggl\w*", pre=_COPULA, needs_object=True),
    _fixed("craving", "desire", -1, r"crav\w*", r"urges?", r"tempt\w*"),
    _fixed("easy", "ability", 1, r"(?<!take it )easy|easier|doable|manageable|possible"
           r"|feasible|realistic|achievable", pre=_COPULA, needs_object=True, by_subject="benefit"),
    _fixed("failed before", "ability", -1,
           r"(?:it|that|this|they|nothing|which) (?:\w+ )?(?:never|does not|did not|will not"
           r"|would not) (?:work|stick|last)s?",
           r"(?:tried|said|promised) (?:\w+ ){0,4}?(?:before|\d+ times|(?:two|three|four|five|six"
           r"|many|so many|loads of|lots of|a few|a million) times)",
           r"(?:that|which|it|this) (?:is|was) not (?:going to )?happen\w*",
           r"(?:do not|can not) (?:really )?see (?:it|that|this|myself) (?:working|happening"
           r"|lasting|sticking)",
           r"tried everything", r"failed (?:before|again|every time|last time|at (?:it|this|that))",
           r"nothing works", r"no point", r"pointless(?! (?!(?:anyway|really|now|too)\b)\w)",
           negatable=False),
    # Reasons for change: concern, harm, the problem named.
    _fixed("concern", "reasons", 1,
           r"worr(?:y|ied|ies|ying)(?<!no worries)", r"concern(?:ed|s|ing)?(?<!as far as i am"
           r" concerned)", r"scar(?:e|ed|es|y|ing)", r"afraid", r"frighten\w*", r"tired of",
           r"sick of", r"fed up", r"ashamed", r"embarrass\w*", r"guilt\w*", r"regret\w*",
           r"hate (?:it|that|this|how|the way|what|myself|being|feeling|having|waking|getting"
           r"|seeing|looking)", r"bothers? me",
           r"upsets? me", r"annoys? me", r"do not like (?:how|that|the way|what|myself|feeling)",
           r"(?:do|did) not feel (?:\w+ )?(?:good|great|right|proud) about"),
    _fixed("harm", "reasons", 1,
           r"(?:bad|harmful|terrible|not good) for", r"ruin\w*", r"damag\w*", r"kill\w* me",
           r"wreck(?:s|ing)", r"(?:makes?|made|making|leaves?|left) me (?:feel )?(?:\w+ )?(?:awful"
           r"|terrible|rough|sick|ill|tired|sluggish|groggy|foggy|guilty|anxious|low|bloated"
           r"|heavy|grumpy|irritable|snappy|worse)", r"affect\w* (?:my|me|the kids|our)",
           r"(?:costs?|costing) (?:me|us|a lot|a fortune|too much)",
           r"(?:waste|wasting|wasted) (?:of )?(?:money|time|my)", r"expensive", r"skint",
           r"keeps? me (?:up|awake)", r"(?:can not|could not) (?:sleep|breathe|concentrate"
           r"|focus|get up)", r"out of breath", r"out of shape", r"draining", r"exhausting",
           r"mess\w* (?:\w+ )?up", r"screw\w* (?:\w+ )?up", by_subject="harm"),
    _fixed("too much", "reasons", 1, r"(?:way |far |much )?too (?:much|many|often|late)",
           needs_object=True),
    _fixed("feel bad", "reasons", 1,
           r"(?:i|i am|i feel|i felt|i have been|i was|been) (?:(?!not\b)\w+ )?(?:awful|terrible"
           r"|rough|sluggish|groggy|foggy|unfit|unhealthy|bloated|miserable|depressed|ashamed"
           rf"|disgusted|hopeless|lethargic|{_WORN_OUT}|grumpy)"
           r"(?! after| by| when)",
           r"feel (?:awful|terrible|horrible|bad|sick|guilty|rubbish|like rubbish|like crap)",
           r"tired all the time"),
    # The problem named: "it's become a problem", "I have a drinking problem"; "it's not a
    # problem" is the negation of the same cue. A bare "the problem" says nothing.
    _fixed("problem", "reasons", 1, r"problem|issue|habit",
           pre=r"(?:is|was|be|been|become|becoming|getting|turned into|are|seems? like|feels? like"
               r"|have|has|had|got) (?:\w+ ){0,3}?(?:a|an|my|any)(?: \w+)?"),
    # "It's (not that) bad": said of a thing, not "a bad day".
    _fixed("bad", "reasons", 1, r"bad(?! (?:at|day|days|night|nights|week|time|times|idea|mood"
           r"|news|thing|things|luck|way|person|people|back|knee|dream)\b)",
           pre=r"is|was|be|been|getting|gets|so|really|pretty|that|too|as"),
    # A value at odds: "it clashes with who I am", "drinking goes against it": a cost of what is
    # named (asked how the change fits a value, "it" is the change).
    _fixed("at odds", "reasons", 1, r"clash\w*", r"conflicts?(?! of)", r"conflicting", r"at odds",
           r"uneas(?:y|ily)", r"goes? against", r"(?:pulling|pulls|pull) (?:me )?(?:both|two"
           r"|different) ways", r"contradicts?", by_subject="harm"),
    # What changing would bring; the change itself, or "it" in a sentence looking ahead.
    _fixed("would be better", "reasons", 1,
           r"(?:would|will|could|might) (?:(?!not\b)\w+ ){0,2}?(?:be (?:\w+ )?(?:nice|good|great"
           r"|better|easier|healthier|happier|fitter|calmer|proud|lighter|richer|stronger|slimmer"
           r"|clearer|sharper|more rested)|feel (?:\w+ )?(?:better|good|great|proud|healthier"
           r"|lighter|fitter|happier|calmer|stronger|rested)|sleep (?:\w+ )?better|help"
           r"|have more|save|get (?:better|healthier|fitter)|look (?:\w+ )?better"
           r"|mean|set (?:a|an) (?:\w+ )?example|make (?:\w+ ){0,2}?(?:easier|better|happier)"
           r"|make (?:a|all the|such a) (?:\w+ )?difference)",
           r"more (?:energy|money|time with)", r"save (?:some )?money", r"be proud",
           r"the right thing", r"important", r"priority", r"matters? (?:to me|more|most)",
           r"(?:a )?(?:good|great|not a bad|not such a bad) idea",
           r"means a lot", by_subject="benefit"),
    # A bad outcome that might come: "my wife might leave me", "I could lose my licence".
    _fixed("might lose", "reasons", 1,
           r"(?:might|could|will|would|going to|gonna|may) (?:\w+ )?(?:lose|leave me|end up"
           r"|get sick|get ill|die|kill me)", anyone=True),
    # Seeing that the behaviour causes problems is a reason to change.
    _fixed("causes", "reasons", 1,
           r"(?:related|linked|connected) to", r"(?:has|had|have) (?:something|a lot|anything)"
           r" to do with", r"caus(?:es|ed|ing)", r"(?:can|could|will|would|might|may) cause",
           r"(?:get|gets|getting|got|gotten) worse", by_subject="harm"),
    _fixed("feel better now", "taking_steps", 1,
           r"(?:have|has) been doing (?:\w+ )?(?:well|good|better|great)",
           r"(?:feel|feels|feeling|felt|sleeping|slept) (?:\w+ ){0,2}?better (?:already|since|now"
           r"|for it|these days|lately|this week|than (?:before|i did))",
           r"(?:already )?(?:feeling|sleeping) (?:\w+ ){0,2}?better",
           r"proud of (?:myself|me)", r"pleased with (?:myself|it|how)", negatable=False),
    _fixed("has to change", "need", 1, r"(?:something|things|it) (?:has|have|needs?|got) to change",
           r"enough is enough", r"can not (?:go on|keep (?:going|doing this|living)|continue)"
           r"(?: like this)?", negatable=False),
    # A decision or a limit set: "from now on", "I told myself", "no more than three nights".
    _fixed("decided", "commitment", 1, r"from now on", r"(?:told|promised) myself",
           r"made (?:up )?my mind", r"starting (?:today|tomorrow|tonight|on \w+day|next \w+"
           r"|this \w+)", r"(?:my|the) plan is", r"my goal is", r"stick(?:ing)? (?:with|to) (?:it"
           r"|this|the plan)", r"(?:no|not) more than", r"at most", r"(?:a|one) max(?:imum)? of",
           negatable=False),
    _fixed("ready", "activation", 1, r"(?:first|next|small|a|baby) steps?", r"(?:a|a good) start",
           r"(?:it is|now is) (?:about |high |finally )?(?:the )?time(?= to|$)",
           r"give (?:it|this|that) a (?:go|try|shot)", r"worth (?:a )?(?:try|trying|shot|a go)",
           r"work(?:ing)? towards?", r"no (?:more )?excuses?"),
    # Reasons for the status quo: what the behaviour gives, and the company it keeps.
    _fixed("what it gives", "reasons", -1,
           r"helps? me (?:\w+ )?(?:relax|sleep|cope|calm|unwind|deal|forget|focus|concentrate"
           r"|get through|chill|switch off|wind down|de stress|destress|escape)",
           r"(?:how|way|time) (?:i|to) (?:\w+ )?(?:relax|unwind|cope|switch off|wind down"
           r"|de stress|destress|escape|reward myself|treat myself|chill)",
           r"relax(?:ing|ed|es)?", r"calms? me", r"stress relief", r"unwind\w*", r"wind down",
           r"switch off", r"takes? (?:away )?(?:the |my |a lot of my )?(?:stress\w*|edge off)",
           r"fun", r"good time", r"tastes? (?:\w+ )?(?:good|great|nice|amazing|lovely|delicious)",
           r"(?:like|love|enjoy) the taste", r"buzz", r"reward",
           r"me time", r"comforts? me", r"(?:a|my) comfort", r"gets? me through",
           r"(?:a|my|little|nice|real|the|only) (?:\w+ )?treats?",
           r"(?:it|that|this) (?:really |does |just |actually |kind of |sort of )?helps?"
           r"(?! (?:me )?(?:to )?(?:quit|stop|cut|change))",
           r"keeps? me going",
           r"makes? me (?:feel )?(?:\w+ )?(?:good|great|relaxed|calm|calmer|happy|happier|better"
           r"|confident|normal)",
           r"(?:i|we) enjoy (?:it|them)", by_subject="benefit"),
    # Someone else's idea: the change (or this journal) taken on at another's say-so ("I'm only
    # doing this because my GP gave me a leaflet", "my partner signed me up for this").
    _fixed("not my idea", "reasons", -1,
           r"(?:only|just|simply) (?:doing|do|did) (?:this|it)(?: \w+)? (?:because|cause|cos|since)",
           r"(?:making|makes|made|signed|forcing|forces|forced) me (?:up )?(?:for |do |use |to do |to use )?"
           r"(?:this|the app)(?: app| journal| thing)?(?= so\b|$)", anyone=True),
    _fixed("everyone does it", "reasons", -1,
           r"(?:everyone|everybody|all my friends|all of my friends|my friends|my mates"
           r"|(?:loads|lots|plenty) of people|most people"
           r"|all my mates|people at work|the others|my partner|we all|they all) (?:\w+ ){0,2}?"
           r"(?:still )?(?:(?:does|do|is doing|are doing|\w+s) (?:it|that|the same)|drink|drinks|smoke"
           r"|smokes|vape|vapes|use|go out|goes out|stay up|stays up)",
           r"what (?:we|they) do", anyone=True),
    _fixed("social", "reasons", -1, r"social\w*", anyone=True),
    _fixed("fitting in", "reasons", -1, r"fit(?:ting)? in", r"left out", r"odd one out",
           r"miss out", r"peer pressure", r"pressured", r"pressure (?:from|to)", r"conform\w*",
           r"outcast", r"ostraci[sz]ed",
           r"(?:people|they|everyone) (?:would|will|might) (?:think|ask|judge|notice)",
           r"(?:they are|he is|she is) (?:still )?my (?:friends?|mates?)", anyone=True,
           negatable=False),
    # Little of the behaviour: "I don't drink that much", "only at weekends", "still do it".
    _fixed("minimised", "reasons", -1,
           r"not (?:\w+ )?(?:that |very |so |too |really )?(?:much|often|many|heavily|a lot)",
           r"not (?:\w+ )?(?:on a (?:\w+ )?basis|regularly|every day)", r"only (?:on|at|when|once"
           r"|twice|a few|a couple|one|two|socially|weekends)", r"just (?:a few|a couple|one|two"
           r"|socially)", negatable=False, needs_behaviour=True),
    _fixed("still do it", "reasons", -1, r"still (?:do|doing|did) (?:it|that)",
           r"only (?:\w+ )?(?:do|did|have|use) (?:it|them|one) (?:when|at|on|if|with)",
           r"(?:i|we) still (?:\w+ )?(?:do|like|love|enjoy)", negatable=False),
    # The problem played down; the negation is part of the phrase.
    _fixed("played down", "reasons", -1,
           r"no big deal", r"(?:not|hardly) the end of the world",
           r"(?:not|hardly) (?:\w+ )?(?:be )?(?:a|the) (?:\w+ )?disaster",
           r"not (?:a |that |such a |so )?(?:big|serious|heavy)(?! for)",
           r"nothing (?:that|too|so) (?:bad|serious)", r"under control",
           r"(?:any ?time|whenever) i (?:want|like)",
           r"not (?:an?|some) (?:\w+ )?(?:alcoholic|addict|smoker|drinker|gambler|junkie)",
           r"not hurting", r"(?:it|that|this) (?:does|did) not (?:really )?(?:affect|hurt|bother)",
           r"(?:never|does not|did not|would not|will not) (?:really )?hurt (?:anyone|anybody|me)",
           r"not (?:a |an |any |much of a |really a |really an )?(?:problem|issue)",
           r"(?:do not|never) see (?:the |a |any |much )?(?:harm|problem|issue|point|need|rush"
           r"|hurry|reason|danger)", r"(?:do not|never) see (?:it|this|that) as",
           r"(?:do|would) not (?:call|consider) (?:myself|it|my)",
           r"nothing wrong", r"(?:no ?one|nobody) cares", r"i deserve",
           r"(?:it is|that is|it is just|that is just|it is pretty|it is totally) normal",
           r"(?:it is|that is) (?:my|our) (?:choice|right|business|life)",
           r"not (?:that |so |very |really )?(?:risky|dangerous|harmful|unhealthy)",
           r"(?:less|not as) (?:\w+ )?(?:harmful|bad|dangerous|risky|unhealthy) (?:than|as)",
           r"(?:is|am) (?:fine|okay|ok|alright|all right) (?:with|the way|as)",
           r"feel (?:absolutely |perfectly |totally )?fine",
           r"(?:probably|pretty much|i will be|i would be|we will be|we would be) (?:fine|ok|okay"
           r"|alright|all right)",
           r"(?:no|not have(?: any)?) plans? (?:to|of)", negatable=False),
    # Asked how it has gone: less of it ("only two drinks", "down to five a day", "fewer
    # takeaways") is a step when the change is to do less, and a shortfall when it is to do more
    # ("only ran once"); a replacement ("had tea instead", "swapped the wine for fizzy water").
    _fixed("fewer", "taking_steps", 1,
           rf"(?:only|just|down to|cut (?:\w+ )?(?:down |back )?to|dropped to|under) (?:\w+ )?"
           rf"{_QUANTITY}", r"fewer", r"less than (?:usual|before|normal|last week)",
           r"down from", r"not (?:once|one|a single)(?! \w+ing)",
           negatable=False),
    _fixed("replacement", "taking_steps", 1, r"instead(?: of)?|rather than|swapp\w*"
           r"|switch\w* (?:to|for|over)|replac\w*", negatable=False),
    _fixed("went well", "taking_steps", 1,
           r"survived", r"progress", r"halfway(?: there)?", r"so far so good",
           r"(?:a )?(?:small |big |little |real )?(?:win|victory|miracle)",
           r"first time (?:since|in)",
           r"net positive", r"on track", r"not (?:too |that |so )?bad",
           r"(?:went|gone|going|goes) (?:\w+ )?(?:well|ok|okay|alright|all right|better|great"
           r"|fine|smoothly)", r"(?:did|done|nailed|smashed|stuck to|kept to|kept up) (?:it|that)",
           r"(?:a )?(?:good|great|decent|better|solid) (?:week|day|days|start|few days)",
           r"easier than", r"better than (?:i |expected|last|before|usual)",
           r"felt (?:\w+ )?(?:good|great|fine|better)", r"proud",
           r"(?:was|were|has been|have been) (?:mostly |pretty |all |really )?(?:fine|good|great"
           r"|okay|ok|better)", progress_only=True),
    # A count of days kept: "three nights out of seven", "every day bar Sunday".
    _fixed("days kept", "taking_steps", 1, rf"(?:{_NUMBER_WORD} )?(?:\w+ )?out of {_NUMBER_WORD}",
           r"every (?:day|night|morning|evening) (?:bar|but|except)",
           rf"{_NUMBER_WORD} (?:\w+ )?(?:days?|nights?|mornings?|evenings?|weeks?) (?:this week"
           r"|without|clean|straight|in a row|nothing|free|sober|dry|so far)",
           negatable=False, progress_only=True),
    # A diary entry without a verb: "three dry nights!", "in bed by 11 monday and wednesday".
    _fixed("report", "taking_steps", 1, _FREQUENCY, weight=0.6, negatable=False,
           needs_behaviour=True),
    # A diary's "no vape.", "no gym all week": none of the behaviour, a step or a shortfall.
    _fixed("none of it", "taking_steps", 1, r"^(?:no|zero|not a|not one|not a single)(?= )",
           weight=0.6, negatable=False, progress_only=True),
)

# How often a hit of each sort is right, for the confidence: a cue read with an object that
# names the change (or the behaviour), a fixed cue, a cue that leans on the prompt (an elliptical
# object, an answer evoked by the question, a diary count), a cue whose object says nothing.
# Their order was set by judgement and checked on the development folds and the journal set.
# By kind of evidence, strongest first:
# - the person's own "I" with a modal or a past action, and an object naming the behaviour, the
#   change, stopping or a bad outcome ("I'm going to cut down", "I skipped the pub");
# - the same without the "I" (a diary's "skipped the pub"), or a fixed cue ("it helps me relax");
# - a reading that leans on the question asked (a count in a progress report, "fewer", how the
#   person judges the week, an elliptical "I can do that");
# - an answer with no cue of its own, read only from the question it answers, or something done
#   that says nothing of the change, told in a progress report ("took the dog out");
# - a cue whose object says nothing about the change ("I can sort a few things"), an answer to
#   "What would it take...?" or "How will you know it is working?".
_STRONG_SURE, _OBJECT_SURE, _FIXED_SURE, _CONTEXT_SURE = 0.9, 0.8, 0.7, 0.6
_ANSWER_SURE, _UNKNOWN_SURE = 0.5, 0.35
_QUESTION_SURE = 0.3    # a question is less sure still
_AGAINST_QUESTION = 0.6  # a label against the side the open question evokes: less sure
_WITH_QUESTION = 0.3     # with it: more sure
_NEUTRAL_SURE = 0.7     # a sentence without a cue is neutral about this often
_UNKNOWN_OBJECT = 0.6   # weight of a modal cue whose object says nothing ("I can do more")
_QUESTION = 0.15        # a question is not talk for or against on its own
_CONTRAST_BONUS = 1.3   # what comes after "but" is what the person leans on
_WISHES = frozenset({"desire", "need", "commitment", "activation"})
# Cues whose unknown objects measured to mislead on the transcripts' held-out folds (right for
# a quarter to a third of the utterances they fired on): "I (don't) want to <something else>",
# "I can't <something else>", "I (don't) need to <something else>", "I'm trying to <...>".
_UNREAD = frozenset({("desire", False), ("desire", True), ("ability", True), ("need", False),
                     ("need", True), ("activation", False)})


@dataclass(frozen=True)
class _Hit:
    rule: str
    polarity: int          # +1 change, -1 sustain
    kind: Kind
    score: float
    span: tuple[int, int]  # trigger span: canonical text in a clause, then original text
    negated: bool = False  # the cue was negated ("I don't want to quit")
    sure: float = _FIXED_SURE  # how often a hit of this sort is right (see _confidence)


_SYMPTOM = re.compile(r"(?:sleep|breathe|concentrate|focus|think straight|switch off)\b")
_CLEFT = re.compile(r"(?:^| )is (?P<rest>.*)$")
_RELATIVE = re.compile(r"\b(?:the|a|an|any|some|every|everything|anything|something|all|those"
                       r"|that) (?:\w+ ){0,2}?\w+$")
# "going to my brother's": going somewhere, not a commitment, unless it names the behaviour.
_GOING_SOMEWHERE = re.compile(r"^(?:my|the|a|an|his|her|their|our|your|work|bed|town|see)\b")
_IT_FOR = re.compile(r"(?:it|them|one|a drink|a cigarette|a smoke) (?:to|for|when|because|so|at|in"
                     r"|after|before|every|most|on)\b")
_THE_THING = re.compile(r"(?P<x>(?:\w+ ){0,4}?\w+) is (?:the|my) (?:\w+ )?(?:thing|part|bit"
                        r"|moment)s?(?: that)?$")


def _modal_hit(cue: _Cue, m: re.Match[str], text: str, ctx: _Context) -> _Hit | None:
    """Direction of a cue read with its object, or None when it says nothing."""
    cs, ce = m.span("cue")
    start = m.start("subj") if m.group("subj") else cs
    prefix = text[: m.start()].split()
    joined = " ".join(prefix)
    past = cue.name == "past action"
    if m.group("subj") is None:
        if (prefix and not (past and prefix[-1] == "and" and _subject(prefix) in {"self", "none"})
                or text[ce:].startswith((" i ", " you "))):
            return None  # no subject of its own, or an inverted question ("could i ...")
    elif _REPORTED.search(joined) or cue.kind == "need" and _REPORTING.search(joined):
        return None  # "my doctor told me I should", "mum thinks ... and I should": not my need
    if (m.group("subj") and not text[ce:].strip() and _RELATIVE.search(joined)
            and not (cue.kind == "reasons" and _THE_THING.search(joined))):
        return None  # "the kick I need", "the stuff I like": a relative clause, not a claim
    cleft = None
    if prefix and prefix[-1] in {"what", "all"}:  # "what I'd like to do is go down to five"
        cleft = _CLEFT.search(text[ce:])
        if not cleft:
            return None
    elif (prefix and prefix[-1] in _EMBEDDING and prefix != ["so"] and prefix[-2:-1] != ["is"]
          and not _DOUBT.search(joined)) or _WHEN_NOUN.search(joined):
        return None  # "if I could ...", "the nights I can't face it": not a claim
    if cue.kind == "commitment" and _HABITUAL.search(joined + " " + m.group("mid")):
        return None  # "sometimes I'll have one": a habit, not a commitment
    if (past or "started" in m.group("cue")) and _DISTANT_PAST.search(text):
        return None  # "in my twenties I ran to work": history, not a step
    if past and _UNREAL.search(joined):
        return None  # "I wish I drank less": a wish, read by its own cue
    neg = len(_NEGATOR.findall(m.group("mid") + m.group("cue"))) % 2 == 1
    obj_start = ce + 1
    if re.match(r" not\b", text[ce:]):
        neg, obj_start = not neg, ce + 5
    if _DOUBT.search(joined):
        neg = not neg  # "I'm not sure I can", "I don't think I need to"
    if cleft:
        obj_start = ce + cleft.start("rest")
    obj = _object(text[obj_start:])
    if _CHAT_OBJECT.match(obj):
        return None
    if cue.verb_in_object:
        # The verb is part of what was done: "quit smoking", "did not drink", "skipped a run".
        obj_start, obj = cs, _object(text[cs:])
        neg = past and bool(_NEGATOR.search(m.group("mid")))
    d = _object_direction(obj, ctx)
    if (past and d.source == "behaviour" and not d.marked and _STOP.match(obj)
            and not _SWAP.match(obj)):
        d = replace(d, value=-d.value, marked=True)  # "uninstalled two apps from my phone"
    if past and _NEGATOR.search(m.group("cue")) and d.source not in {"behaviour", "stop"}:
        neg = not neg  # "I'm not hurting anyone": the object does not carry the "not" itself
    if cue.kind == "ability" and neg and _SYMPTOM.match(obj) and _names_other(obj, ctx):
        return None  # "I can't sleep" when the change is the news: a harm, read by its own cue
    if cue.kind in {"need", "desire"} and _IT_FOR.match(obj) and d.source != "change":
        # "I need it to get to sleep", "I want one after work": "it" is the behaviour.
        d = _Direction(ctx.targets.direction, "behaviour", len(obj.split(" ", 1)[0]))
    if d.source == "ellipsis" and cue.kind == "reasons":
        thing = _THE_THING.search(joined) if not obj else None
        if thing:  # "a drink is the one thing I look forward to": the drink is liked
            d = _object_direction(thing.group("x"), ctx)
            d = d if d.value else _Direction(ctx.targets.direction, "behaviour", 0)
        elif not obj:
            return None  # "the stuff I like": a relative clause, not a preference stated
        else:
            d = _Direction(ctx.targets.direction, "ellipsis", d.end)  # "I like it": the behaviour
    elif (past and ctx.progress > 1 and d.source == "unknown"
          and _BARE_STOP.match(_after_verb(obj))):
        # Asked how it is going, "went twice!" and "haven't managed it once" are about the change.
        d = _Direction(1, "done", len(obj))
    elif past and ctx.progress and d.source == "unknown" and not neg and not _LIGHT_VERB.match(obj):
        # Asked how it is going, something the person did is told as a step ("took the dog to
        # the river track Sat and Sun"), unless the words around it say it went badly. When the
        # change is to do less, something done "again", or done to "one" or "more" of it unnamed
        # ("cadged one off a mate", "bought more"), is the old habit back.
        again = ctx.targets.direction < 0 and (_AS_USUAL.search(text)
                                               or _UNIT.match(_after_verb(obj)))
        d = _Direction(-1 if again else 1, "reported", len(obj))
    end = max(ce, obj_start + d.end)
    rule = f"{cue.name}: {d.source}{', negated' if neg else ''}"
    if d.source == "outcome":
        # Not wanting a bad outcome is a reason to change; not having caused one is not.
        polarity = 1 if cue.kind in _WISHES or cue.name == "preference" else -1 if neg else 1
        if past and neg and m.group("subj") is None and prefix and prefix[-1] == "and":
            # "did two days and didn't die": an outcome denied of what was just done is on that
            # action's side; the step was survived. Of the habit ("drank and never got hurt"),
            # it plays the habit down.
            done = _behaviour(joined, ctx)
            if not (done and done.value < 0):
                return _Hit(f"{cue.name}: survived", 1, "ability", cue.weight, (start, end), neg,
                            _FIXED_SURE)
        return _Hit(rule, polarity, "reasons", cue.weight, (start, end), neg,
                    _STRONG_SURE if m.group("subj") else _OBJECT_SURE)
    if cue.kind == "commitment" and (re.match(r"(?:want|need|have to|be able|like|love|miss)\b",
                                              obj) or (not d.value and "going" in m.group("cue")
                                                       and _GOING_SOMEWHERE.match(obj))):
        return None  # "I'll want it near me" (the inner modal speaks), "going to my brother's"
    if cue.kind in {"commitment", "ability"} and re.match(r"be\b", obj) and (
            not d.value or re.match(r"be (?:a|an|the|my) ", obj) and d.source != "change"):
        return None  # "I'm going to be disappointed", "I can't be a counsellor": predictions
    if cue.name == "would miss" and not d.value and "would" in m.group(0):
        d = _Direction(-1, "unknown", 0)  # "I'd miss it": what a change would cost
    polarity = (d.value or cue.default) * (-1 if neg else 1)
    if not polarity or (d.source == "unknown" and (cue.name, neg) in _UNREAD):
        return None  # "I can't" or "I want to" + something else says nothing about the change
    if cue.toward_change_only:
        if polarity < 0 or d.source not in {"behaviour", "change", "stop"}:
            return None
        return _Hit(rule, 1, cue.kind, cue.weight, (start, end), neg, _CONTEXT_SURE)
    score = cue.weight if d.value and d.source != "reported" else cue.weight * _UNKNOWN_OBJECT
    kind = cue.kind
    if past and d.source == "behaviour" and not d.marked and polarity < 0:
        if "only" in m.group("mid").split() or (ctx.progress and re.search(r"\bonly$", text)):
            # "only had a drink on tuesday": less of it in a progress report, else played down.
            polarity, kind = (1, kind) if ctx.progress else (-1, "reasons")
        elif not (neg or ctx.progress):
            return None  # "I had a few drinks at the party": a story, not a lapse reported
    elif (past and ctx.progress and d.source == "behaviour" and not d.marked and polarity > 0
          and "only" in m.group("mid").split()):
        polarity = -1  # "only ran once": less of what the person wants more of
    sure = (_UNKNOWN_SURE if not d.value
            else _ANSWER_SURE if d.source == "reported"
            else _CONTEXT_SURE if d.source in {"ellipsis", "done"}
            else _STRONG_SURE if m.group("subj") else _OBJECT_SURE)
    return _Hit(rule, polarity, kind, score, (start, end), neg, sure)


# A swap has two objects, the one that went and the one that came: read by "replacement".
_SWAP = re.compile(r"(?:swap|switch|replac)\w*")
# An unnamed unit of the behaviour: "cadged one off Daz", "bought more", "bummed another".
_UNIT = re.compile(r"^ (?:some |a few |a lot )?(?:more|another|one|a couple)\b")
# Verbs that say nothing of an action taken: "had a rough week", "got home late".
_LIGHT_VERB = _words(r"had", r"has", r"got", r"gotten", r"been", r"was", r"were", r"made", r"put",
                     r"kept")


def _after_verb(obj: str) -> str:
    """What follows the verb of a past action: " twice" in "went twice", "did not go twice"."""
    words = re.sub(r"^(?:(?:did|have|had) not|never) ", "", obj).split(" ", 1)
    return " " + words[1] if len(words) > 1 else ""


# What losing is a reason to change: the person's health, family, home, work, freedom.
_VALUED = re.compile(rf" {_VALUED_THINGS}")
_WEIGHT = re.compile(r" (?:\w+ ){0,3}?(?:weight|pounds|kilos|stone)\b")
_I_DID = re.compile(rf"\bi (?:\w+ )?(?:{_PAST})\b")
_AS_USUAL = _words(r"again", r"as usual", r"same as (?:always|ever|usual)", r"like always")
_EFFORT = re.compile(r"\b(?:try|tries|tried|trying|work|works|worked|working|push\w*|think"
                     r"|thought)(?: \w+)?$")
_AIM = re.compile(r"\b(?:want|wanted|need|needed|try|trying|tried|going|plan|planning|like"
                  r"|learn|learning|remind me|reminder|time|able|hope|hoping) to$")
# What a concern can be about besides the behaviour: the person, their health and their own.
_ABOUT_ME = re.compile(
    r"(?:it|that|this|them|anything|what|how|the way|myself|me|my (?:health|body|liver|lungs"
    r"|heart|chest|teeth|skin|weight|sleep|mood|energy|money|kids|children|family|job|future"
    r"|memory|breathing|blood pressure)|feeling|waking|being (?:tired|hungover|ill|sick|unfit"
    r"|like this|overweight)|getting (?:ill|sick|worse|older))\b")
_AGREEING = re.compile(r"^(?:(?:yeah|yes|well|so|and|um|uh|ok|okay|oh|mm|hmm|that|it|this) ?)*$")
_HARD_ON = re.compile(r"^ on (?:everyone|everybody|him|her|them|us|me|my|the|his|our)\b")
_TO_OBJECT = re.compile(r"^ (?:(?:for me|for him|for her) )?(?:to|at|with|about) (?P<obj>.*)$")
_AMOUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozen|a dozen)"
_USUAL_AMOUNT = re.compile(rf"^ (?:(?:the|my) )?(?:(?:usual|normal) )?{_AMOUNT}\b(?! (?:am|pm)\b)")
_DENIED = re.compile(r"\bnot because\b")
_WH_EMBEDDED = re.compile(r"\b(?:what|whether|which)(?: \w+)?$")
_CONDITION = re.compile(r"\b(?:if|unless|whether)\b(?!.*\b(?:then|so)\b)")
_COMPARED = re.compile(r"\bthan (?:i|we)(?: \w+)?$")
_LOOKING_AHEAD = re.compile(r"\b(?:would|will|could|might)\b")


_LAPSED = _words(_LAPSE)
_BARRIER_WORDS = 6
# A state lessened is no barrier: "less tired now", "no longer stressed".
_LESSENED = re.compile(r"\b(?:less|more|fewer|not as|not so|no longer|never)$")
# Illness after something is its effect, not a barrier: "ill all weekend after the party".
_ILLNESS = re.compile(r"^(?:ill|sick|poorly|flu)$")
_EFFECT_OF = re.compile(r"^ (?:\w+ ){0,3}?after\b")
# A state overcome: "bored so I went for a run", "raining but I still walked".
_OVERCOME = re.compile(rf"^(?: \w+){{0,4}}? (?:so (?:i|we) (?:still |just )?|(?:i |we )?still )"
                       rf"(?:{_PAST})\b")
_OVERCOME_AFTER = re.compile(rf"^(?:(?:i|we) )?(?:still|anyway|(?:{_PAST})\b.*\banyway)\b")


def _not_a_barrier(before: str, cue: str, after: str, ctx: _Context) -> bool:
    """Whether a state named, asked how it went or what it would take, is no barrier: denied,
    not stated as a fact ("better weather would help"), lessened, an effect, or overcome."""
    return bool(_NEGATION_SCOPE.search(before) or not (ctx.progress or _STATE.search(before))
                or _LESSENED.search(before)
                or _ILLNESS.match(cue) and _EFFECT_OF.match(after)
                or _OVERCOME.match(after) or ctx.overcome)


def _fixed_hit(cue: _Cue, m: re.Match[str], text: str, ctx: _Context) -> _Hit | None:
    """A fixed cue read with its subject, flipped by a negation governing it or an earlier doubt."""
    cs, ce = m.span("cue")
    if cue.name == "barrier":
        if not ctx.barriers:
            return None
        # The last few words are enough to read a state, and keep a long answer linear.
        before_text = " ".join(text[:cs].rsplit(None, _BARRIER_WORDS)[-_BARRIER_WORDS:])
        if _not_a_barrier(before_text, m.group("cue"), text[ce:], ctx):
            return None
    else:
        before_text = text[:cs].rstrip()
    if cue.pre and not cue.pre.search(before_text):
        return None
    before = before_text.split()
    after = text[ce:]
    if not cue.anyone and (_subject(before) == "other" or _REPORTING.search(before_text)):
        return None  # "she's worried", "she thinks it's a problem": someone else's view
    if cue.name == "not my idea" and not m.group("cue").startswith(("only", "just", "simply")) and (
            _subject(before) != "other" and re.search(r"\b(?:i|we)\b", before_text)):
        return None  # "I put the app in a folder": the person's own doing
    if _CONDITION.search(before_text) or _DENIED.search(before_text):
        return None  # "if it started affecting my grades", "not because I'm too tired"
    if _COMPARED.search(before_text):
        return None  # "I like it more than I worry about it": the lesser side of a comparison
    if cue.name == "would be better" and _WH_EMBEDDED.search(before_text):
        return None  # "no idea what would help": a question embedded, not a reason
    polarity = cue.polarity
    if cue.name == "at odds" and not ctx.it_side and not _behaviour(before_text, ctx):
        # Outside a question about how the change fits, only the habit named at odds counts:
        # "my shifts clash with the classes" is a barrier, "I feel uneasy" a feeling.
        return None
    if cue.by_subject:
        if cue.polarity < 0 and _AIM.search(before_text):
            return None  # "remind me to wind down": an aim, not what the behaviour gives
        # Benefit or harm of what? The behaviour named before the cue decides; "it" is the
        # status quo unless the clause looks ahead ("it would help me sleep").
        found = _behaviour(before_text, ctx) or (
            _behaviour(ctx.earlier, ctx) if _subject(before) == "thing" else None)
        if found:  # "we cooked every sunday, it was fun": "it" is the cooking
            polarity = found.value if cue.by_subject == "benefit" else -found.value
        elif ctx.it_side:  # asked about making the change, "it's expensive" is about the change
            polarity = ctx.it_side if cue.by_subject == "benefit" else -ctx.it_side
        elif cue.polarity < 0 and _LOOKING_AHEAD.search(before_text):
            polarity = 1
    if cue.by_object:
        # "went back to smoking": a lapse; "got back to the gym": a step.
        found = _behaviour(" ".join(after.split()[:4]), ctx)
        if not found:
            return None
        polarity = found.value
    if (cue.name == "might lose" and m.group("cue").endswith("lose")
            and not (_VALUED.match(after) or _WEIGHT.match(after))):
        # "I could lose my licence": a reason to change; "I'd lose my evening chats": a cost of it.
        if not re.match(r"would\b", m.group("cue")):
            return None
        polarity = -1
    if cue.progress_only and not ctx.progress:
        return None
    if cue.name == "days kept":
        if m.group("cue").endswith("without") and ctx.targets.direction > 0:
            return None  # "five days without exercise": days missed when the change is more
        done = _behaviour(text, ctx)
        if done and done.value < 0 or _LAPSED.search(text):
            return None  # "three nights this week I had wine": nights of the habit, not kept
    if cue.name in {"fewer", "replacement"}:
        # Only in a report of how it has gone, or of what the person did ("I had tea instead").
        if not (ctx.progress or cue.name == "replacement" and _I_DID.search(text)):
            return None
        found = _behaviour(text, ctx)
        if cue.name == "replacement":
            # What was replaced (after the cue) went, what replaced it (before) came.
            replaced, came = _behaviour(after, ctx), _behaviour(before_text, ctx)
            polarity = (-replaced.value if replaced else came.value if came else 1)
            if _USUAL_AMOUNT.match(after):
                # "three roll-ups instead of the usual dozen": an amount against the usual one,
                # less of it: a step when the change is to do less, a shortfall when more.
                polarity = -ctx.targets.direction
        else:
            polarity = (found.value if found and found.marked
                        else -ctx.targets.direction)
    if cue.name == "minimised" and ctx.progress:
        return None  # "only two pints on saturday", asked how it went: fewer, not played down
    if cue.needs_behaviour and not _behaviour(f"{text[:ce]} {' '.join(after.split()[:4])}", ctx):
        return None  # "not that much" of what?
    if cue.name == "report":
        # "three dry nights!" in answer to how it has gone. A count of the behaviour itself
        # ("wine on monday and tuesday") is left alone: readers take it as a lapse or as news.
        found = _behaviour(text, ctx)
        if (not (found and ctx.progress) or _DISTANT_PAST.search(text)
                or found.value < 0 and not _AS_USUAL.search(text)):
            return None
        polarity = found.value  # "phone in bed every night again": a lapse
    if cue.name == "none of it":
        found = _behaviour(text, ctx)
        if not (found and found.marked):
            return None
        polarity = found.value
    if cue.name == "would be better" and _AGREEING.match(before_text) and not after.strip():
        return None  # "Yeah, it'd be good.": agreeing to a proposal, not a reason of one's own
    if cue.name == "hard" and (_EFFORT.search(before_text) or _HARD_ON.match(after)):
        return None  # "I try really hard not to", "hard on everyone": not the person's ability
    if cue.needs_object:
        to = _TO_OBJECT.match(after)
        if to:
            d = _object_direction(_object(to.group("obj")), ctx)
            if d.source in {"unknown", "ellipsis"}:
                return None  # "hard to be assertive": about something else
            if d.value < 0:
                polarity = -polarity  # "easy to reach for the phone"
        elif cue.name == "too much" and not _behaviour(
                before_text + " " + " ".join(after.split()[:4]), ctx):
            return None  # "too much" of what? "I don't remember too much" says nothing
    doubt = _DOUBT.search(before_text)
    near = _DOUBT.sub("", before_text) if doubt else before_text
    neg = (bool(_NEGATION_SCOPE.search(near)) ^ bool(doubt)) and cue.negatable
    if cue.name == "concern":
        about = re.match(r"^ (?:about|with|for|of) (?P<obj>.*)$", after) or (
            re.match(r"^ (?P<obj>.*)$", after) if m.group("cue").endswith((" of", " about"))
            else None)
        if (about and not _ABOUT_ME.match(about.group("obj"))
                and _object_direction(_object(about.group("obj")), ctx).source == "unknown"):
            return None  # "tired of being controlled", "not worried about strangers"
    start = cs
    if neg and not doubt:
        nm = _NEGATION_SCOPE.search(near)
        start = nm.start() if nm else cs
    sure = (_UNKNOWN_SURE if cue.name == "barrier"  # counted, too unsure to show alone
            else _CONTEXT_SURE
            if cue.progress_only or cue.name in {"report", "fewer", "replacement"}
            else _FIXED_SURE)
    return _Hit(cue.name, polarity * (-1 if neg else 1), cue.kind, cue.weight, (start, ce), neg,
                sure)


def _clause_hits(clause: _Clause, ctx: _Context, in_prompt: bool = False,
                 reported: bool = False) -> list[_Hit]:
    """Cue hits in one clause, trigger spans mapped back to the original text."""
    hits: list[_Hit] = []
    # Spans already taken, kept sorted (they never overlap): a long answer stays linear.
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    with_i = clause.text.startswith("i ") or " i " in clause.text
    for cue in _CUES:
        # Without "I" in the clause, a modal cue can only match at its start (a past action
        # also after "and": "had a row with my ex and smoked the whole pack").
        found = (cue.pattern.finditer(clause.text) if cue.polarity or with_i or cue.and_too
                 else filter(None, [cue.pattern.match(clause.text)]))
        for m in found:
            cs, ce = m.span("cue")
            at = bisect_left(taken_starts, ce)
            if at and taken_ends[at - 1] > cs:
                continue
            hit = (_fixed_hit(cue, m, clause.text, ctx) if cue.polarity
                   else _modal_hit(cue, m, clause.text, ctx))
            if hit is None:
                continue
            taken_starts.insert(at, cs)
            taken_ends.insert(at, ce)
            if reported and not cue.anyone:
                continue  # after "he told me,": someone else's words
            score = hit.score
            if clause.question and not in_prompt:
                score *= _QUESTION
            if clause.contrast:
                score *= _CONTRAST_BONUS
            sure = hit.sure * (_QUESTION_SURE if clause.question and not in_prompt else 1.0)
            hits.append(_Hit(hit.rule, hit.polarity, hit.kind, score,
                             clause.original_span(*hit.span), hit.negated, sure))
    return hits


def _sentence_hits(clauses: list[_Clause], ctx: _Context, in_prompt: bool = False) -> list[_Hit]:
    """Hits of every clause; a clause after "he told me," is reported speech."""
    hits: list[_Hit] = []
    reported = False
    for n, c in enumerate(clauses):
        earlier = " ".join(x.text for x in clauses[:n])
        nxt = clauses[n + 1] if n + 1 < len(clauses) else None
        overcome = bool(ctx.barriers and nxt and nxt.contrast
                        and _OVERCOME_AFTER.match(nxt.text))
        hits += _clause_hits(c, replace(ctx, earlier=earlier, overcome=overcome)
                             if earlier or overcome else ctx, in_prompt, reported)
        reported = bool(_REPORTED.search(c.text))
    return hits


# ------------------------------------------------------------------------------ answers

_FILLER = re.compile(r"^(?:(?:um|uh|well|oh|hmm|mm|so|i mean|you know|and|like|i guess|actually"
                     r"|okay|ok|right|honestly) )*")
# Questions whose answers are change talk: reasons, hopes, worries, what has helped, plans.
_EVOKE_CHANGE = re.compile(
    r"\b(?:not (?:a )?lower|why (?:a|an) \d+|go (?:higher|up)|benefits?"
    r"|good (?:things )?about (?:changing|cutting|quitting|stopping|making)|worr\w*|concern\w*"
    r"|(?:would|could) be (?:different|better)|better if|reasons?|what matters|why does"
    r"|how would my life|what have i (?:already )?tried|what (?:has|have) helped|how did i do it"
    r"|next step|first step|how might i|how could i|what could i do|what steps|what change do i"
    r"|worst (?:that|thing)|best (?:that|thing)|not so good about how things are"
    r"|nothing has changed|made this change|what helps (?:me|i) keep|how will i know"
    r"|who could help|how does the change i am considering|what would it take|what is next)\b")
_EVOKE_SUSTAIN = re.compile(
    r"\b(?:what (?:do|does) i (?:like|enjoy|love)|(?<!not so )good about how things are"
    r"|good things about (?:drinking|smoking|using|gambling|it)|what do i get (?:out of|from)"
    r"|what makes it hard|what stops|not (?:a )?higher|why not (?:a )?10|what gets in the way"
    r"|what could get in the way|miss\w* (?:\w+ )?about|not so good about making"
    r"|what does it give|what would have to happen)\b")
_ABILITY_PROMPT = re.compile(r"\b(?:confiden\w*|able|could i|how did i do it|managed|strengths?"
                             r"|who could help|how does the change i am considering"
                             r"|what would it take)\b")
# Answers that split labellers: signs that it works ("jeans fitting again"), and what it would
# take to move a ruler up (the person's own means, or things that would have to happen).
_LOOSE_PROMPT = re.compile(r"\b(?:how will i know|what would it take)\b")
_STEPS_PROMPT = re.compile(r"\b(?:what steps|next step|first step|what is next|what will i do)\b")
_PROGRESS_PROMPT = re.compile(r"\b(?:how (?:have|has) (?:things|it) (?:been going|gone|went)"
                              r"|since you last|how did (?:it|things) go"
                              r"|how (?:was|has been) (?:your|the) week)\b")
# "How are things with this change right now?": asked at the first check-in too, so a report of
# what was done is read, but "haven't started yet" is where the person is, not a shortfall.
_NOW_PROMPT = re.compile(r"\bhow (?:are|is) (?:things|it) (?:going )?with (?:this|the|your) change")
_ABOUT_THE_CHANGE = re.compile(r"\b(?:making (?:this|the) change|made this change|if things"
                               r" changed|make this change"
                               r"|how does the change you are considering)\b")
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
_NUMBER = r"(?:\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|percent)"
# A bare rating ("I'd say a 7") carries no change talk of its own.
_NUMBER_ONLY = re.compile(rf"^(?:(?:i would say|i think|i am|i guess|maybe|probably|about"
                          rf"|around|like|at|a|an|or|between|and|out of|on|the|scale) )*"
                          rf"{_NUMBER}(?: (?:or|to|and|out of|percent|a|an) {_NUMBER})*$")
# An answer that says it has no answer: "dunno, it just felt like a 6".
_NO_ANSWER = re.compile(r"^(?:(?:i )?do not know|dunno|(?:i have )?no idea|idk|not sure|i am not sure|no clue"
                        r"|gut feeling|hard to say|nothing much|(?:i|we) will see|who knows"
                        r"|(?:maybe |probably )?if(?! i (?!had|was|were|felt|failed|lost|ended up|found"
                        r"|heard|learn\w*|got (?:ill|sick|a)\b))"
                        r")\b|\b(?:a number|felt like a \d)")
# An answer that opens with what someone or something else does: "my supervisor actually replying
# to emails", "the baby sleeping through would help", "another mistake like that would".
_SOMEONE_ELSE_ACTS = re.compile(
    r"^(?:(?:probably|maybe|perhaps|just|honestly) )?(?:the|a|an|my|his|her|our|their|another"
    r"|some|better|more|less) (?:\w+ ){0,2}?\w+ (?:\w+ly )?(?:(?!(?:\w*thing|morning|evening"
    r"|ring|during|feeling|meeting|wedding|building|clothing)\b)\w+ing|would|might|could|will)\b"
    r"|^(?:(?:probably|maybe|perhaps|just|honestly) )?(?:better|more|less) \w+$"
    r"|^(?:(?:probably|maybe|perhaps|just|honestly) )?(?:someone|somebody|anyone|other people)\b"
    r"|^(?!(?:me|my|myself|i)\b)(?:\w+ ){1,2}being (?:over|done|finished|sorted|gone|quieter)\b")
# An answer that opens with someone else's wish or view ("my wife wants me to cut down"), not
# with what they told ("the dentist said my teeth are getting wrecked" is a reason).
_OTHERS_VIEW = re.compile(
    r"^(?!(?:i|we|it|that|this|there|what)\b)(?:(?:my|our|his|her|the) )?(?:\w+ ){0,2}?"
    r"(?:wants|wanted|reckons|reckoned|thinks|keeps on at|(?:is|has been|was) (?:always"
    r" |constantly |very |really |so )?(?:on at|nagging|upset|angry|annoyed|furious|cross))\b")
# Replies that deny what was asked for, whole clauses ("Nothing really", not "Nothing bought").
_NONE = ("nothing", "none", "not much", "not a lot")
_NONE_TAIL = r"(?: (?:really|honestly|at all|much|to be honest|tbh|i think|good|about it))*$"
# To a question about what the status quo gives or the change would cost: "Nothing, honestly."
# says there is nothing good in how things are.
_NOTHING = re.compile(rf"^(?:{_alt(*_NONE, 'not really anything')}){_NONE_TAIL}")
# To a question evoking change talk: "Nobody.", "Not much." (its first clause).
_DENIAL = re.compile(rf"^(?:{_alt(*_NONE, 'nobody', 'no one', 'not really')}){_NONE_TAIL}")
_ASKS_WHAT_IS_GOOD = re.compile(r"\b(?:what (?:do|does) i (?:like|enjoy|love)|(?<!not so )good"
                                r" about how things are|what do i get (?:out of|from)"
                                r"|not so good about making|miss\w* (?:\w+ )?about)\b")
_ANSWER = 0.6      # an answer that takes the question's direction
_CONTENT_WORDS = 3
# A short reply that only agrees, refuses or hedges ("Yeah.", "Not really."): no answer of its
# own. Any other short reply answers the question ("Knees." "Sofa." "Ready.").
_BARE_REPLY = re.compile(
    r"^(?:(?:yes|yeah|yep|yup|no|nope|nah|ok|okay|sure|maybe|right|true|mm|mhm|hmm|huh|fine"
    r"|nothing|none|not really|exactly|definitely|absolutely|of course|probably|perhaps|thanks"
    r"|thank you|uh huh|mm hmm|i see|alright|all right|good|great|cool|i guess|i suppose|not"
    r"|really|same|dunno|i do not know|i will see|we will see|who knows|not yet|no way|pass"
    r"|it|that|this|a|the|i|me|so|oh|well|too|and|or|either|both|neither) ?)*$")

def _uninverted(clause: _Clause) -> _Clause:
    """ "could i try two dry days" -> "i could try two dry days" (other clauses unchanged)."""
    words = clause.text.split()
    if len(words) < 2 or words[1] != "i" or (words[0], "i") not in _INVERTED:
        return clause
    words[0], words[1] = words[1], words[0]
    spans = (clause.spans[1], clause.spans[0], *clause.spans[2:])
    starts = [0]
    for w in words[:-1]:
        starts.append(starts[-1] + len(w) + 1)
    return _Clause(" ".join(words), spans, tuple(starts), clause.contrast, False)


@lru_cache(maxsize=256)
def _prompt_topic(prompt: str, targets: _Behaviours) -> int:
    """What a question is about, read as the person's own words ("Could you try ...?" ->
    "I could try ..."), before any negation: +1 the change, -1 the status quo, 0 neither."""
    statements = [_uninverted(c) for c in _clauses(prompt, second_person=True)]
    leaning = sum(h.score * h.polarity * (-1 if h.negated else 1)
                  for h in _sentence_hits(statements, _Context(targets), in_prompt=True))
    return (leaning > 0) - (leaning < 0)


@lru_cache(maxsize=256)
def _is_progress(prompt: str | None) -> int:
    """Whether the question asks how the change has been going: 2 since a given time, 1 right
    now (a report of steps, not of what has not happened yet), 0 not at all."""
    if not prompt:
        return 0
    low = prompt.lower()
    return 2 if _PROGRESS_PROMPT.search(low) else 1 if _NOW_PROMPT.search(low) else 0


_BARRIER_PROMPT = re.compile(r"\b(?:what would it take|what would have to happen|what makes it hard"
                             r"|what stops)\b")
# A state stated as a fact: "I'm wrecked most evenings", "it's boring on my own".
_STATE = re.compile(r"\b(?:i|it|that|this|we|they|there) (?:\w+ )?(?:am|is|are|was|were|been|get"
                    r"|gets|got)\b")


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
                                     r"\bwhat will i do\b")
# What a plan does: "so I am blocking out Friday mornings", "maybe pack a sandwich".
_PLAN_DO = (r"block|book|bring|take|pack|keep|plan|go|get|leave|make|put|set|switch|use|do|walk"
            r"|load|drive|cycle|ask|tell|call|cook|join|start|stick|buy|meet|swap|change|move|stay"
            r"|avoid|skip|prepare|prep|schedule|save|sort|arrange|order|turn|lock|delete|mute"
            r"|hide|carry|text|talk|try|head|grab")
_PLAN_DOING = (r"blocking|booking|bringing|taking|packing|keeping|planning|going|getting|leaving"
               r"|making|putting|setting|switching|using|doing|walking|driving|cycling|asking"
               r"|telling|calling|cooking|joining|starting|sticking|buying|meeting|swapping"
               r"|changing|moving|staying|avoiding|skipping|preparing|prepping|scheduling|saving"
               r"|sorting|arranging|ordering|turning|locking|deleting|muting|hiding|carrying"
               r"|texting|talking|trying|heading|grabbing|loading|shifting|cutting|limiting")
_PLAN_START = r"^(?:(?!(?:not|no|never|nothing|can not|if)\b)\w+ )*?"
_PLAN = re.compile(
    _PLAN_START
    + rf"(?:i (?:will|am going to|am (?:(?!not )\w+ )?(?:{_PLAN_DOING})|could|can|have to"
    r"|need to)\b(?! (?:not|be|have been)\b)"
    r"|(?:so |then )?if .* i (?:will|am going to)\b(?! (?:not|be|have been)\b)"
    r"|(?:then|so|maybe) (?:just |probably )?"
    rf"(?:(?!(?:i|it|that|this|there|he|she|they|we|my|not|no)\b)\w+ )?(?:{_PLAN_DO})\b"
    r"|then it is (?:the|a)\b)")
# "mornings instead on those weeks"; not a habit told ("then I just eat crisps instead").
_PLAN_INSTEAD = re.compile(r"^(?!.*\bi\b)" + _PLAN_START + r"\w+ (?:\w+ ){0,3}instead\b")
# A plan clause that reads as sustain talk: giving way, the habit back.
_GIVING_WAY = _words(_LAPSE, r"cave|caving|end up|ends up|ending up|again")
# Cues that name a feeling or an effect: what an answer to "What is good about how things are
# now?" or "What would be not so good about making this change?" is made of.
_EVALUATIVE = frozenset({"concern", "harm", "too much", "feel bad", "problem", "bad",
                         "would be better", "might lose", "causes", "what it gives", "easy"})


def _in_clause(h: _Hit, clause: _Clause) -> bool:
    return clause.spans[0][0] <= h.span[0] < clause.spans[-1][1]


def _plan_hit(clauses: list[_Clause], hits: list[_Hit], ctx: _Context) -> _Hit | None:
    """The plan in an answer to "What could get in the way, and what will you do then?": a
    later clause saying what the person will do, unless it reads as sustain talk itself ("so I
    will probably cave", "then smoking again", "so takeaway it is")."""
    # The habit is read in the change's own words only ("pack" is not the cigarettes here).
    own = replace(ctx, targets=replace(ctx.targets, tiers=ctx.targets.tiers[: ctx.targets.own]))
    for clause in clauses[1:]:
        if not (_PLAN.match(clause.text) or _PLAN_INSTEAD.match(clause.text)):
            continue
        named = _behaviour(clause.text, own)
        if (_GIVING_WAY.search(clause.text) or named and named.value < 0
                or any(h.polarity < 0 and _in_clause(h, clause) for h in hits)):
            continue
        return _Hit("answer: plan", 1, "commitment", _ANSWER, clause.spans[0], sure=_ANSWER_SURE)
    return None


# Asked what it would take (or what would have to happen), a later clause that says the
# condition just named is not met and will not be ("..., which they won't", "It hasn't
# really.", "thats never happening", "Neither is happening right now."): what would move the
# person is absent, so nothing moves them; sustain talk. Its subject points back to the
# condition; a clause of its own verb ("the phone doesn't have to be by the bed") is a means.
_UNMET = re.compile(
    r"^(?:(?:and|but|so|which|though|sadly|obviously|honestly|well|so far|yet) )*"
    r"(?:(?:which|that|it|this|they|he|she|those|these)(?: (?:\w+ly|still|just|really))?"
    r" (?:(?:has|have|had|will|would|does|do|did|is|are|was|were) (?:not|never)|never)"
    r"(?: (?:going to )?(?:happen\w*|be happening))?"
    r"|(?:neither|none)(?: of (?:them|those|these|it|that))? (?:is|are|has|have|will)(?: \w+)?"
    r"|(?:not |never |un)likely|(?:not|never) (?:going to )?happen\w*)"
    r"(?: (?:really|yet|though|so|anyway|at all|right now|now|so far|either|any time soon|soon"
    r"|happening|tho|lol|(?:till|until|for|before) .*))*$")


def _unmet_hit(clauses: list[_Clause], hits: list[_Hit]) -> _Hit | None:
    """The condition an answer to "What would it take...?" names, said not to be met: sustain
    talk, unless a later clause asks something or speaks for the change ("So smaller goals?")."""
    for n, clause in enumerate(clauses[1:], 1):
        if not _UNMET.match(clause.text):
            continue
        later = clauses[n + 1:]
        begins = later[0].spans[0][0] if later else math.inf
        if any(c.question for c in later) or any(h.polarity > 0 and h.span[0] >= begins
                                                 for h in hits):
            return None
        return _Hit("answer: unmet condition", -1, "reasons", _ANSWER,
                    (clause.spans[0][0], clause.spans[-1][1]), sure=_CONTEXT_SURE)
    return None


def _taken_back(clauses: list[_Clause], hits: list[_Hit]) -> bool:
    """Whether a denial in the first clause is taken back: a later clause starts with "but" or
    "though" ("Nobody really, but I could ask my sister") or carries a cue for the change."""
    return any(c.contrast and not _HEDGE.search(c.text) for c in clauses[1:]) or any(
        h.polarity > 0 and not _in_clause(h, clauses[0]) for h in hits)


# A contrast that plays the matter down keeps the denial: "..., but that could be anything".
_HEDGE = _words(r"(?:could|might|may) (?:be|mean) (?:anything|nothing)", r"who knows",
                r"no big deal", r"not a big deal", r"whatever")


# Where an evaluative cue reads how things are now: "it's costing me a fortune" asked what is
# good about how things are now, "I'd hate feeling like this" whatever was asked.
_IT_SUBJECT = re.compile(r"^(?:(?:and|so|yeah|well|honestly|but) )*(?:it|this|that)\b(?: \w+){0,3}$")


def _evaluates_now(h: _Hit, clauses: list[_Clause], it_side: int) -> bool:
    """Whether an evaluative cue is said of how things are now, not of changing."""
    for c in clauses:
        if _in_clause(h, c):
            words = c.text.split(" ")
            i = next(i for i, s in enumerate(c.spans) if s[1] > h.span[0])
            j = next((j for j, s in enumerate(c.spans) if s[0] >= h.span[1]), len(words))
            return bool(it_side < 0 and _IT_SUBJECT.match(" ".join(words[:i]))
                        or _TOWARD_STATUS_QUO.match(" ".join(words[j:j + 3])))
    return False


def _answer_hits(clauses: list[_Clause], question: str, first: str,
                 hits: list[_Hit]) -> list[_Hit]:
    """Direction of an answer without cues of its own, from the open question it answers.

    Only a question that evokes one side counts ("What concerns you about how things are
    now?"); what a statement leans toward, or a yes or a no, says little about the reply.
    ``first`` is the first clause without filler words; ``hits`` the answer's own cues.
    """
    if not clauses or clauses[-1].question or not question:
        return []
    words = _FILLER.sub("", " ".join(c.text for c in clauses) + " ").strip()
    span = (clauses[0].spans[0][0], clauses[-1].spans[-1][1])
    if _NOTHING.match(words) and _ASKS_WHAT_IS_GOOD.search(question):
        # "What is good about how things are now?" "Nothing, honestly.": change talk.
        return [_Hit("answer: nothing", 1, "reasons", _ANSWER, span, sure=_ANSWER_SURE)]
    if (_DENIAL.match(first) and _lean(question) > 0 and not _LOOSE_PROMPT.search(question)
            and not _ASKS_WHAT_IS_GOOD.search(question) and not _NO_ANSWER.search(words)
            and not _taken_back(clauses, hits)):
        # "What has helped?" "Nothing really, I'm not a phone person.": the mirror of "Nothing."
        return [_Hit("answer: denied", -1, "reasons", _ANSWER, span, sure=_ANSWER_SURE)]
    if (len(words.split()) < _CONTENT_WORDS and _BARE_REPLY.match(words)
            or _NUMBER_ONLY.match(words) or _NO_ANSWER.search(words)):
        return []
    if _lean(question) < 0:
        return [_Hit("answer", -1, "reasons", _ANSWER, span, sure=_ANSWER_SURE)]
    if _lean(question) > 0:
        if _LOOSE_PROMPT.search(question) and _SOMEONE_ELSE_ACTS.match(words):
            return []  # "the baby sleeping through would help": what others do, not my means
        if _OTHERS_VIEW.match(words) and not _ABILITY_PROMPT.search(question):
            return []  # "my wife wants me to cut down": her reason, not mine
        evoked: Kind = ("commitment" if _STEPS_PROMPT.search(question)
                        else "ability" if _ABILITY_PROMPT.search(question) else "reasons")
        sure = _UNKNOWN_SURE if _LOOSE_PROMPT.search(question) else _ANSWER_SURE
        return [_Hit("answer", 1, evoked, _ANSWER, span, sure=sure)]
    return []


def _lean(question: str) -> int:
    """The side an open question evokes: +1 change, -1 the status quo, 0 neither."""
    if not question:
        return 0
    return -1 if _EVOKE_SUSTAIN.search(question) else 1 if _EVOKE_CHANGE.search(question) else 0


# ------------------------------------------------------------------------------ public API

_THRESHOLD = 0.2


def _decide(hits: list[_Hit]) -> tuple[int, Kind, list[_Hit]] | None:
    """(polarity, kind, hits on that side) of the stronger side, or None below threshold."""
    totals = {1: 0.0, -1: 0.0}
    for h in hits:
        totals[h.polarity] += h.score
    # Ambivalence is normal: change talk stands unless sustain talk outweighs it.
    pol = -1 if totals[-1] > totals[1] else 1
    if totals[pol] < _THRESHOLD:
        return None
    side = [h for h in hits if h.polarity == pol]
    best = max(side, key=lambda h: (h.score, -KIND_ORDER.index(h.kind)))
    return pol, best.kind, side


def _evidence(hits: Iterable[_Hit]) -> float:
    """How likely at least one of the hits is right: 1 - the product of (1 - sure)."""
    return 1.0 - math.prod(1.0 - h.sure for h in hits)


def _confidence(pol: int, hits: list[_Hit]) -> float:
    """Evidence for the label, less half the evidence against it (ambivalence is normal)."""
    won = _evidence(h for h in hits if h.polarity == pol)
    lost = _evidence(h for h in hits if h.polarity != pol)
    return round(won * (1.0 - 0.5 * lost), 3)


def _hits(sentence: str, prompt: str | None, change: str | None) -> list[_Hit]:
    return _read(sentence, prompt, change)[0]


def _read(sentence: str, prompt: str | None, change: str | None) -> tuple[list[_Hit], int]:
    """The hits of a sentence, and the side its question evokes (0 when it had no cue)."""
    clauses = _clauses(sentence)
    progress = _is_progress(prompt)
    ctx = _Context(_targets(change), prompt, progress, it_side=_it_side(prompt),
                   barriers=bool(progress) or _asks_barriers(prompt))
    hits = _sentence_hits(clauses, ctx)
    if not prompt:
        return hits, 0
    question = _open_question(prompt)
    stripped = [_FILLER.sub("", c.text + " ").strip() for c in clauses]
    answer = _answer_hits(clauses, question, stripped[0] if clauses else "", hits)
    if clauses and _ASKS_WHAT_IS_GOOD.search(question) and not any(map(_DENIAL.match, stripped)):
        # Asked what is good about how things are or what changing would cost, a feeling or an
        # effect named ("I'd hate that", "it keeps me awake") is what was asked for, not a reason
        # to change; the person's own cues for the change ("I want to stop") stand, as does
        # what is said of how things are now ("it's costing me a fortune", "feeling like this").
        hits = [h for h in hits if h.polarity < 0 or h.rule not in _EVALUATIVE
                or _evaluates_now(h, clauses, ctx.it_side)]
    if clauses and _asks_barriers(prompt):
        unmet = _unmet_hit(clauses, hits)
        if unmet:
            # The condition named is not met: what it would take is absent. The condition's
            # own words ("if I felt better") are not a claim.
            return [h for h in hits if h.polarity < 0] + [unmet], 0
    if _ASKS_OBSTACLE_AND_PLAN.search(question):
        plan = _plan_hit(clauses, hits, ctx)
        if plan:
            # The obstacle named and the plan for it: the plan is what the question asks for.
            return [*hits, plan], 0
    if answer and not (hits and _STEPS_PROMPT.search(question)) and all(
            h.sure < answer[0].sure for h in hits):
        # No cue, or only cues whose object says nothing ("I can doze"): the question decides,
        # unless it also asks for a plan ("What could get in the way, and what will you do?").
        return answer, 0
    return hits, _lean(question)


def classify(sentence: str, prompt: str | None = None, change: str | None = None) -> TalkResult:
    """Classify one sentence (or a short answer) as change, sustain or neutral talk.

    ``prompt`` is the question it answers, ``change`` the change the person works on.
    """
    hits, lean = _read(sentence, prompt, change)
    decision = _decide(hits)
    if decision is None:
        # Nothing, or too little, for either side: neutral, less sure the more was found.
        return TalkResult("neutral", None, None, (), round(_NEUTRAL_SURE * (1 - _evidence(hits)), 3))
    pol, kind, side = decision
    triggers = tuple(dict.fromkeys(sentence[s:e] for s, e in sorted({h.span for h in side})))
    strength: Strength = "mobilising" if kind in MOBILISING else "preparatory"
    confidence = _confidence(pol, hits)
    if lean:
        # Answers follow the side their question evokes far more often than any one cue is
        # right: a cue read against the question is less sure, one read with it more.
        # A cue whose object says nothing stays below the answer's own sureness.
        confidence = round(confidence * _AGAINST_QUESTION if lean != pol
                           else 1 - (1 - confidence) * (1 - _WITH_QUESTION)
                           if confidence >= _ANSWER_SURE else confidence, 3)
    return TalkResult("change" if pol > 0 else "sustain", kind, strength, triggers, confidence)


def rule_hits(sentence: str, prompt: str | None = None,
              change: str | None = None) -> list[tuple[str, Label]]:
    """Each rule that fired on the sentence and the side it spoke for (for measuring rules)."""
    return [(h.rule, "change" if h.polarity > 0 else "sustain")
            for h in _hits(sentence, prompt, change)]


def analyse(text: str, prompt: str | None = None, change: str | None = None) -> list[Segment]:
    """Split an answer into sentences (exact offsets) and classify each one."""
    segments: list[Segment] = []
    pos = 0
    for end in [*(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]:
        raw = text[pos:end]
        start, stop = pos + len(raw) - len(raw.lstrip()), pos + len(raw.rstrip())
        if stop > start:
            piece = text[start:stop]
            segments.append(Segment(start, stop, piece, classify(piece, prompt, change)))
        pos = end
    return segments


def strongest_first(segments: Iterable[Segment]) -> list[Segment]:
    """Change talk first, mobilising before preparatory (see KIND_ORDER); stable otherwise."""
    def rank(seg: Segment) -> int:
        r = seg.result
        return KIND_ORDER.index(r.kind) if r.label == "change" and r.kind else len(KIND_ORDER)
    return sorted(segments, key=rank)
