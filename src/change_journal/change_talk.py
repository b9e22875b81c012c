"""Recognise change talk and sustain talk (DARN-CAT) in journal sentences.

A small rule engine, stdlib only, well under a millisecond per sentence:

1. Text is tokenised into a canonical lower-case form ("can't" -> "can not", "gonna" ->
   "going to") that keeps each word's character span, so triggers quote the input exactly.
2. Cue patterns for each DARN-CAT kind are matched clause by clause. Modal cues ("I want to",
   "I can", "I will") take their direction from the words that follow (the object): toward the
   change ("quit", "cut down", "get healthy"), toward the status quo ("keep", "like this", the
   behaviour itself, e.g. "drink" when the change is drinking less), or a bad outcome ("lose my
   licence"), a reason to change whatever the modal. Evaluative cues ("it helps me relax",
   "I'm worried", "the cough is related to it", "it's not an issue", "nobody cares", "I'm
   only here because my wife wants me to be here") carry a fixed direction.
3. A negation between "I" and the cue ("I don't want to", "I'm not ready") or a doubt anywhere
   before it ("I'm not sure I can", "I don't really think it's a problem") flips the cue, once;
   so does a negation in the object ("never drink").
4. Scores are summed per direction: clauses after "but" weigh more, questions less, and as
   ambivalence is normal, change talk stands unless sustain talk outweighs it.
5. The prompt is read as if the person had said it ("you" -> "I"). An elliptical answer ("I can
   do that") takes its object from it; an answer without a cue of its own follows it: a yes/no
   answer agrees or disagrees with the question, an answer to a question that evokes change
   ("Why a 6 and not a lower number?") or sustain ("What do you like about it?") is change or
   sustain talk, and any other answer leans, weakly, the way the prompt leans.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

Label = Literal["change", "sustain", "neutral"]
Kind = Literal["desire", "ability", "reasons", "need", "commitment", "activation", "taking_steps"]
Strength = Literal["preparatory", "mobilising"]

VERSION = 2
"""Bump when the rules change: stored counts made by an older version are recounted."""

MOBILISING: frozenset[str] = frozenset({"commitment", "activation", "taking_steps"})
# Strongest first: mobilising before preparatory; within each, the more decided kind first.
KIND_ORDER: tuple[Kind, ...] = (
    "commitment", "taking_steps", "activation", "need", "reasons", "ability", "desire",
)


@dataclass(frozen=True)
class TalkResult:
    """What one sentence says about the change, and the words that showed it."""

    label: Label
    kind: Kind | None
    strength: Strength | None
    triggers: tuple[str, ...]

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

_TOKEN = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)*|[,;:.!?]|--|[\u2013\u2014]|(?<= )-(?= )")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_WHOLE = {
    "can't": "can not", "cant": "can not", "cannot": "can not", "won't": "will not",
    "wont": "will not", "ain't": "is not", "gonna": "going to", "wanna": "want to",
    "gotta": "got to", "hafta": "have to", "kinda": "kind of", "sorta": "sort of",
    "dunno": "do not know", "im": "i am", "ive": "i have", "dont": "do not", "didnt": "did not",
    "doesnt": "does not", "isnt": "is not", "wasnt": "was not", "havent": "have not",
    "wouldnt": "would not", "couldnt": "could not", "shouldnt": "should not",
    "imma": "i am going to", "cuz": "because", "cos": "because",
}
_SUFFIXES = (("n't", "not"), ("'m", "am"), ("'ll", "will"), ("'ve", "have"),
             ("'re", "are"), ("'d", "would"), ("'s", "is"))
# Reading a question as the person's own words: "you" becomes "i", the asker a third person.
_SECOND_TO_FIRST = {"you": "i", "your": "my", "yours": "mine", "yourself": "myself",
                    "i": "he", "me": "him", "my": "his", "mine": "his", "myself": "himself"}
_BOUNDARY = frozenset({",", ";", ":", ".", "!", "?", "--", "-", "\u2013", "\u2014"})
_CONTRAST = frozenset({"but", "though", "although", "however", "yet"})
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
    contrast: bool                      # introduced by "but", "though", ...
    question: bool

    def original_span(self, cs: int, ce: int) -> tuple[int, int]:
        """Span in the original text of the canonical characters ``cs:ce``."""
        first = max(i for i, s in enumerate(self.starts) if s <= cs)
        last = max(i for i, s in enumerate(self.starts) if s < ce)
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
    """Canonical clauses, split at punctuation and contrast words.

    With ``second_person`` (to read a question as the person's own words) "you" -> "i".
    """
    clauses: list[_Clause] = []
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    contrast = False

    def close(question: bool) -> None:
        nonlocal words, spans, contrast
        if words:
            starts = [0]
            for w in words[:-1]:
                starts.append(starts[-1] + len(w) + 1)
            clauses.append(_Clause(" ".join(words), tuple(spans), tuple(starts), contrast,
                                   question or tuple(words[:2]) in _INVERTED))
        words, spans, contrast = [], [], False

    for m in _TOKEN.finditer(text.translate(_APOSTROPHES)):
        tok = m.group()
        if tok in _BOUNDARY:
            close(tok == "?")
            continue
        canon = _canonical(tok, second_person)
        if canon[0] in _CONTRAST:
            close(False)
            contrast = True
            continue
        for w in canon:
            if second_person and w in {"are", "were"} and words and words[-1] == "i":
                w = "am" if w == "are" else "was"
            if words and w == words[-1] and w in _STUTTER:
                spans[-1] = m.span()  # "I-I can't": quote the last "I"
            else:
                words.append(w)
                spans.append(m.span())
    close(False)
    return clauses


# ------------------------------------------------------------------------------ direction

def _alt(*phrases: str) -> str:
    return "|".join(phrases)


def _words(*phrases: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alt(*phrases)})\b")


# Behaviour families: words naming the behaviour, the usual direction of the change
# (-1: do less of it, +1: do more of it), and hints that map a stated change to the family.
_FAMILIES: dict[str, tuple[str, int, str]] = {
    "alcohol": (r"drink\w*|drank|drunk|alcohol\w*|booze|beers?|wine|liquor|vodka|whiske?y"
                r"|shots|pints?|binge\w*|hammered|wasted", -1,
                r"drink|alcohol|beer|wine|booze|sober|doi|dui"),
    "smoking": (r"smok\w*|cigarettes?|cigs?|cigars?|cigarillos?|tobacco|vap\w*|nicotine"
                r"|packs?", -1, r"smok|cigar|tobacco|vap|nicotine"),
    "drugs": (r"drugs?|weed|pot|marijuana|cannabis|cocaine|coke|heroin|meth|high|stoned"
              r"|using", -1, r"drug|weed|cannabis|marijuana|cocaine|heroin|meth|opioid"),
    "gambling": (r"gambl\w*|bet|betting|bets|casino|pokies|slots|poker|lottery", -1,
                 r"gambl|betting|casino|poker"),
    "eating": (r"eat\w*|snack\w*|junk food|sugar|sweets|soda|fast food|overeat\w*|sweet", -1,
               r"eat|weight|diet|sugar|snack|food"),
    "offending": (r"steal\w*|stole|offend\w*|crimes?|fight\w*|breaking in|rob\w*"
                  r"|shoplift\w*", -1, r"recidiv|offend|crime|steal|prison|jail"),
    "screen": (r"phone|screen|gaming|video games|social media|scroll\w*", -1,
               r"phone|screen|gaming|social media|scroll"),
    "exercise": (r"exercis\w*|gym|work(?:ing)? out|workouts?|walk\w*|run|running|jog\w*"
                 r"|swim\w*|active|activity|fit|fitness|sports?|bike|cycling|training", 1,
                 r"exercis|activ|gym|walk|run|fit|sport|moving|move"),
    "medication": (r"medic\w*|meds|pills?|inhaler|insulin|treatment|appointments?|vaccin\w*",
                   1, r"medic|inhaler|insulin|treatment|procedure|vaccin"),
    "study": (r"stud\w*|school|college|degree|course|homework|class\w*|polytech", 1,
              r"stud|school|college|degree|course|learn"),
}
_LESS_HINT = re.compile(r"\b(?:less|fewer|quit\w*|stop\w*|reduc\w*|cut\w*|avoid\w*|no more"
                        r"|lower\w*|giv\w* up|without|lose|losing|loss|cessation|free)\b", re.I)
_MORE_HINT = re.compile(r"\b(?:more|start\w*|increas\w*|finish\w*|tak\w*|follow\w*|build\w*"
                        r"|improv\w*|regular\w*)\b", re.I)


@dataclass(frozen=True)
class _Target:
    """A behaviour the change is about, and the change's direction (-1 less, +1 more)."""

    behaviour: re.Pattern[str]
    direction: int


@lru_cache(maxsize=64)
def _targets(change: str | None) -> tuple[_Target, ...]:
    """Targets from the stated change first, then every common behaviour as a fallback."""
    stated: list[_Target] = []
    for part in re.split(r"[;,/]| and | or ", change or ""):
        less = -1 if _LESS_HINT.search(part) else 1 if _MORE_HINT.search(part) else 0
        found = [(words, default) for words, default, hint in _FAMILIES.values()
                 if re.search(hint, part, re.I)]
        if not found:  # a change of its own: its content words name the behaviour
            content = [re.escape(w[:5]) + r"\w*" for w in re.findall(r"[a-z]{4,}", part.lower())
                       if not _LESS_HINT.search(w) and not _MORE_HINT.search(w)]
            found = [(_alt(*content), 1)] if content else []
        stated += [_Target(_words(words), less or default) for words, default in found]
    return (*stated, *(_Target(_words(w), d) for w, d, _ in _FAMILIES.values()))


_STOP_VERBS = (
    r"quit\w*", r"stop\w*", r"give up", r"giving up", r"gave up",
    r"cut\w* (?:\w+ )?(?:down|back|out|off)", r"reduc\w*", r"decreas\w*", r"lower\w*",
    r"limit\w*", r"avoid\w*", r"lay off", r"kick\w*", r"break\w* the habit", r"get rid of",
    r"got rid of", r"pour\w* out", r"threw (?:out|away)", r"throw\w* (?:out|away)",
    r"stay\w* away", r"stay\w* off", r"get off", r"come off", r"abstain\w*", r"skip\w*",
    r"wean\w*", r"slow\w* down", r"moderat\w*", r"switch\w*", r"less", r"fewer", r"no more",
    r"free (?:of|from)", r"give (?:it|that|this) up",
)
_STOP = _words(*_STOP_VERBS)
# Before a behaviour word, these also mean "less of it": "never drink", "only smoke three".
_LESS_BEFORE = _words(
    *_STOP_VERBS, r"not", r"never", r"no", r"no longer", r"without", r"only",
    r"just (?:one|two|a couple|a few)", r"chang\w*", r"do something about", r"work on",
    r"deal with", r"tackle", r"address", r"manag\w*", r"help (?:with|for)", r"problem with",
    r"control", r"instead of", r"count\w*", r"keep track of", r"track\w*", r"watch\w*",
    r"monitor\w*",
)
_LESS_AFTER = re.compile(r"^ (?:less|fewer|something else|instead|in moderation|moderately"
                         r"|free|away|down the (?:sink|drain|toilet))\b")
_KEEP = _words(r"keep\w*", r"kept", r"continu\w*", r"carry on", r"still")
_TOWARD_CHANGE = _words(
    r"chang\w*", r"get (?:some )?help", r"get better", r"healthier", r"healthy", r"improv\w*",
    r"sober", r"clean", r"lose (?:some |the )?weight", r"losing weight",
    r"lost (?:some |the |\w+ )?(?:weight|pounds|kilos)", r"get (?:fit|in shape)",
    r"turn (?:it|things|my life) around", r"(?:get|be|stay|back) on track",
    r"sort (?:it|myself|things) out", r"stay out of (?:trouble|jail|prison)",
    r"(?:a )?better (?:person|life|dad|mom|mum|father|mother|parent|husband|wife|partner|job"
    r"|future|example|shape)", r"be there for", r"take care of", r"look after",
    r"get my (?:life|licen[cs]e|kids|job|health|family) back", r"do something about",
    r"work on", r"figure (?:it|this) out", r"set (?:a )?goals?", r"plan", r"routine",
    r"get a job", r"save (?:some )?money", r"make time", r"responsible", r"grow up",
    r"move on", r"more energy", r"productive", r"(?:a )?(?:new|fresh) start", r"patch\w*",
    r"counsel\w*", r"therapy", r"meetings?", r"support group", r"doctor",
    r"keep (?:my|our) (?:job|kids|children|family|licen[cs]e|house|home|marriage|health)",
)
_TOWARD_STATUS_QUO = _words(
    r"like (?:this|that)", r"the way (?:it|things|i) (?:is|are|am)", r"as (?:it|i) (?:is|am)",
    r"the same", r"what i am doing", r"what i do", r"have fun", r"party\w*", r"hang\w* out",
    r"relax", r"enjoy (?:it|myself)", r"take the edge off",
    r"fit in", r"let loose", r"unwind",
)
_BAD_OUTCOME = _words(
    r"happen\w*", r"(?:go|going|end up|back) (?:to |in |back to )?(?:jail|prison)",
    r"go through (?:this|that|it) again", r"gain\w* (?:\w+ )?weight",
    r"put on (?:\w+ )?weight", r"(?:that|this|the same) (?:situation|way|path|road)",
    r"back here", r"lose (?!(?:some |the )?weight)\w+", r"losing (?!weight)\w+", r"die",
    r"dying", r"end up", r"get (?:sick|hurt|arrested|caught|worse|fat|locked up|kicked)",
    r"(?:get|be|go) (?:in|into) trouble", r"go back (?:to jail|to prison|there|inside|in)",
    r"come back here", r"be (?:like (?:him|her|them|my)|that (?:person|guy|girl))",
    r"hurt\w*", r"screw\w* (?:\w+ )?up", r"mess\w* (?:\w+ )?up", r"let (?:\w+ ){1,2}down",
    r"regret", r"make (?:\w+ )?mistakes?", r"worry", r"addicted", r"hung ?over", r"be stuck",
    r"relapse", r"make (?:\w+ ){1,3}worse", r"rely on", r"depend on", r"waste",
    r"feel like this", r"ruin\w*", r"disappoint\w*",
)
# Everyday talk after "I want to" / "I have to" says nothing about the change.
_CHAT_OBJECT = _words(
    r"make sure", r"let you know", r"tell you", r"say", r"ask", r"know", r"find out", r"talk",
    r"see", r"mention", r"point out", r"explain", r"think", r"remember", r"go now",
    r"leave", r"help (?:her|him|them)", r"get home", r"call", r"contact",
)
_ELLIPSIS = re.compile(r"^(?:(?:do |try )?(?:it|that|this|so)(?: too| again| now)?)?$")
_OBJECT_WORDS = 8


@dataclass(frozen=True)
class _Context:
    targets: tuple[_Target, ...]
    prompt_direction: int  # of the question read as the person's words; 0 unknown


@dataclass(frozen=True)
class _Direction:
    value: int   # +1 toward the change, -1 toward the status quo, 0 unknown
    source: str  # outcome, status_quo, behaviour, change, stop, keep, ellipsis or unknown
    end: int     # where the deciding words end in the object text


def _object_direction(obj: str, ctx: _Context) -> _Direction:
    """Which way the words after a cue point.

    A bad outcome ("lose my job") is its own source: a reason to change whatever the cue.
    """
    m = _BAD_OUTCOME.search(obj)
    if m:
        return _Direction(1, "outcome", m.end())
    m = _TOWARD_STATUS_QUO.search(obj)
    if m:
        return _Direction(-1, "status_quo", m.end())
    for t in ctx.targets:
        b = t.behaviour.search(obj)
        if b:
            after = _LESS_AFTER.match(obj[b.end():])
            less = after or _LESS_BEFORE.search(obj[: b.start()])
            end = b.end() + (after.end() if after else 0)
            return _Direction((-1 if less else 1) * t.direction, "behaviour", end)
    for pattern, value, source in ((_TOWARD_CHANGE, 1, "change"),
                                   (_STOP, -ctx.targets[0].direction, "stop"),
                                   (_KEEP, -1, "keep")):
        m = pattern.search(obj)
        if m:
            return _Direction(value, source, m.end())
    if _ELLIPSIS.match(obj):
        return _Direction(ctx.prompt_direction, "ellipsis", len(obj))
    return _Direction(0, "unknown", 0)


# ------------------------------------------------------------------------------ cues

# Words allowed between "I" and a modal cue: "I really just want to", "I am not going to".
_ADVERBS = _alt(
    "really", "just", "definitely", "probably", "maybe", "also", "still", "so", "and", "then",
    "now", "honestly", "totally", "actually", "certainly", "seriously", "kind of", "sort of",
    "do", "am", "truly", "finally", "already", "even", "absolutely", "always", "never", "not",
    "only", "ever", "kind", "sort", "of", "would", "will", "might", "could", "can", "should",
    "must", "have", "has", "had", "be", "been", "was", "feel", "feeling", "think", "know",
    "guess", "believe", "hope", "mean", "um", "uh", "like", "the", "very", "pretty", "fairly",
    "quite", "a", "bit", "little", "lot", "more", "less", "too", "at", "least", "going", "get",
    "getting", "try", "trying", "to", "no longer",
)
_MID = rf"(?:(?:{_ADVERBS}) ){{0,5}}?"
_LIKE_MID = r"(?:(?:really|just|do|also|still|actually|kind of|sort of|not|never) )*"
_DONE_MID = r"(?:(?:have|had|already|just|finally|actually|recently|also|really|then|now) )*"
_SUBJECT = r"\b(?P<subj>i) |^"
_DOUBT = _words(r"not (?:\w+ )?(?:sure|certain)", r"do not know (?:if|whether|how|why)",
                r"doubt\w*", r"do not (?:really |even |honestly )?think", r"not like",
                r"do not see why", r"do not see (?:how|myself)", r"never thought", r"wonder\w*",
                r"do not feel like", r"no way")
_EMBEDDING = frozenset({"if", "whether", "how", "where", "when", "so", "unless", "till", "what",
                        "until", "before", "after", "once", "than"})
_HABITUAL = _words(r"sometimes", r"usually", r"often", r"always", r"normally", r"typically",
                   r"whenever", r"when", r"every time", r"some nights", r"some days")
_NEGATOR = re.compile(r"\b(?:not|never|no longer|hardly|barely)\b")


@dataclass(frozen=True)
class _Cue:
    kind: Kind
    pattern: re.Pattern[str]
    polarity: int         # fixed direction, +1 change, -1 sustain; 0: read from the object
    weight: float = 1.0
    default: int = 1      # direction when the object says nothing (weighted down); 0: no hit
    verb_in_object: bool = False      # the cue's own verb counts ("quit" in "I quit smoking")
    only_toward_change: bool = False  # count only when it points toward the change
    negatable: bool = True            # a fixed cue flips after "not" ("it doesn't help me")


def _modal(kind: Kind, cue: str, mid: str = _MID, subject: str = _SUBJECT, weight: float = 1.0,
           default: int = 1, verb_in_object: bool = False,
           only_toward_change: bool = False) -> _Cue:
    """A cue read together with its object: "I (don't) want to ..."."""
    pattern = re.compile(rf"(?:{subject})(?P<mid>{mid})(?P<cue>{cue})\b")
    return _Cue(kind, pattern, 0, weight, default, verb_in_object, only_toward_change)


def _fixed(kind: Kind, polarity: int, *phrases: str, negatable: bool = True) -> _Cue:
    """A cue with a direction of its own: "it helps me relax"."""
    return _Cue(kind, re.compile(rf"\b(?P<cue>{_alt(*phrases)})\b"), polarity,
                negatable=negatable)


# Order matters: where two cues overlap, the first one listed wins.
_CUES: tuple[_Cue, ...] = (
    _modal("taking_steps", r"(?:have |had )?(?:quit|stopped|cut|reduced|gave up|started|began"
                           r"|joined|went|threw|poured|got rid of|switched|signed up|made"
                           r"|booked|called|bought|walked|ran|exercised|lost|took|been"
                           r"|managed to|stayed|talked to|asked|tried|am not (?!going)(?=\w+ing)"
                           r"|no longer|(?:did|have|had) not(?! (?:realize|know|think"
                           r"|understand|expect|notice|mean|care|want|see|hear|say|like|need"
                           r"|really)\b))",
           mid=_DONE_MID, verb_in_object=True, only_toward_change=True),
    _modal("commitment", r"will|am going to|going to|plan (?:to|on)|planning (?:to|on)"
                         r"|intend to|promise|have decided to|decided to"
                         r"|(?:am|feel) (?:\w+ )?determined|commit to|am committed to|swear"
                         r"|guarantee"),
    _modal("activation", r"(?:am|feel|would be|be|will be) (?:\w+ )?(?:ready|willing|prepared)"
                         r"|(?:am )?open to|am up for|(?:am|was|have been) thinking(?: about"
                         r"| of)?|(?:am )?considering|(?:would|will) (?:\w+ )?try"
                         r"|(?:am )?(?:trying|try) to|give it a (?:go|try|shot)|motivated"
                         r"|(?:am|feel|would be) (?:\w+ ){0,2}?(?:interested|excited|keen|eager"
                         r"|convinced)"),
    _modal("need", r"need to|need|have to|has to|got to|must|should|ought to|supposed to"),
    _modal("ability", r"can|could|am able to|be able to|was able to|manage to|know how to"
                      r"|capable of|(?:am|feel) (?:\w+ )?confident", weight=0.8),
    _modal("desire", r"want to|wanted to|want|would (?:really |also |just |much |so )?(?:like"
                     r"|love|prefer)(?: to)?|wish(?: i could)?|hope to|hoping to|would rather"
                     r"|long to|miss"),
    # "I like to ..." is a wish, and says nothing until its object does; what the person
    # likes or enjoys is about the status quo unless the object says otherwise.
    _modal("desire", r"(?:like|love) to", mid=_LIKE_MID, subject=r"\b(?P<subj>i) ", default=0),
    _modal("reasons", r"(?:like|love|enjoy|liked|loved|enjoyed)(?! i\b| you\b| that\b)",
           mid=_LIKE_MID, subject=r"\b(?P<subj>i) ", default=-1),
    # A plan written without "I": "Cut down on weekdays." "No drinking at home."
    _modal("desire", r"(?:to )?(?:not |do not |never |no |no more )?(?:quit\w*|stop\w*|cut\w*"
                     r"|reduc\w*|limit\w*|avoid\w*|start\w*|go|going|walk\w*|run|running"
                     r"|exercis\w*|eat\w*|drink\w*|smok\w*|us(?:e|ing)|tak(?:e|ing)|get"
                     r"|getting|try|trying|stay\w*|join\w*)",
           subject=r"^(?P<subj>(?!))?", weight=0.6, verb_in_object=True,
           only_toward_change=True),
    _fixed("ability", -1, r"(?:is|was|be|so|too|really|very|pretty|super|quite|kind of) (?:hard"
                          r"|difficult|tough)", r"impossible", r"discourag\w*", r"daunting",
           r"no (?:willpower|will power|self control)", r"can not (?:help it|resist|say no)",
           r"(?:a lot|too much) to change", r"easier said than done"),
    _fixed("ability", 1, r"easy", r"easier", r"possible", r"doable", r"feasible"),
    _fixed("activation", 1, r"(?:first|next|small|a|big|baby) steps?",
           r"give (?:it|this|that) a (?:go|try|shot)", r"worth (?:a )?(?:try|trying|shot|a go)"),
    _fixed("desire", -1, r"crav\w*", r"urges?", r"tempt\w*"),
    _fixed("desire", 1, r"(?:my|the|a) goals?"),
    # Reasons for change: problems with the status quo, benefits of changing.
    _fixed("reasons", 1,
           r"(?:a|the|my|big|real|serious|any|no) (?:problems?|issues?)", r"out of control",
           r"too (?:much|many|often)", r"worr(?:y|ied|ies|ying)(?<!no worries)",
           r"(?<!as far as )(?:\w+ is )?concern(?:ed|s|ing)?", r"scar(?:ed|es|y|ing)",
           r"afraid", r"frighten\w*", r"tired of", r"sick of", r"fed up", r"ashamed",
           r"embarrass\w*", r"guilt\w*", r"regret\w*", r"hangovers?", r"hung over", r"addict\w*",
           r"(?:bad|harmful|terrible|not good) for", r"ruin\w*", r"damag\w*", r"kill\w* me",
           r"cancer", r"heart attack", r"my liver", r"my lungs", r"my health",
           r"health problems?", r"my body", r"spend\w* (?:so |too )?(?:much|all|a lot)",
           r"instead of", r"cough\w*", r"short of breath", r"felt well", r"feel well",
           r"(?:waste|wasting|wasted) (?:of )?(?:money|time)", r"expensive",
           r"costs? (?:me|a lot)", r"arrested", r"got caught", r"consequences", r"not worth it",
           r"depress\w*", r"miserable", r"feel (?:awful|terrible|horrible|bad|sick|guilty)",
           r"mess\w* (?:\w+ )?up", r"harder",
           r"(?:kids|children|family|wife|husband|daughter|son) (?:deserve|need)",
           r"(?:lose|lost|losing) my (?:job|licen[cs]e|kids|family|wife|husband|house|friends"
           r"|health)", r"important", r"priority", r"good habit",
           r"(?:would|will|could) (?:\w+ )?(?:be (?:nice|good|great|better|easier|healthier"
           r"|proud)|feel (?:better|good|great)|help|have more|save|get (?:better|healthier))",
           r"feel (?:\w+ ){0,2}better", r"more energy", r"save (?:some )?money",
           r"the right thing", r"serious", r"(?:is|be|was|are|so|really|pretty) (?:\w+ )?bad",
           r"draining", r"exhausting", r"health(?!y|ier)", r"(?:be|look) healthier",
           r"be proud", r"means a lot", r"matters to me", r"(?:related|linked|connected) to",
           r"(?:has|had|have) (?:something|a lot|anything) to do with", r"the reason (?:why|for)",
           r"(?:can|could|will|would|might|may|does|did) cause", r"caus(?:es|ed|ing)",
           r"(?:get|gets|getting|got|gotten) worse",
           r"(?:for|because of) my (?:kids|children|family|health|son|daughter)"),
    _fixed("reasons", 1, r"(?:did|does|do|will|would) not (?:\w+ )?help", negatable=False),
    _fixed("taking_steps", 1, r"(?:been|am|are) doing (?:\w+ )?(?:well|good|better|great)"),
    # A lapse: sustain talk in the taking-steps mirror, information rather than failure.
    _fixed("taking_steps", -1, r"(?:went|go|going|was|am|got) back to \w+ing", r"started again",
           r"relapse\w*", r"slipped", r"fell off the wagon", negatable=False),
    _fixed("ability", 1, r"(?:have|had) done it before", r"did it before", r"done it before"),
    _fixed("ability", -1, r"(?:never|does not|did not|will not|would not) work",
           r"tried everything", r"failed", r"nothing works", r"no point", r"pointless",
           negatable=False),
    _fixed("need", 1, r"(?:something|things|it) (?:has|have|needs?|got) to change",
           r"enough is enough", r"can not (?:go on|keep (?:going|doing this)|continue) like this",
           negatable=False),
    _fixed("commitment", 1, r"from now on", r"(?:told|promised) myself", r"made (?:up )?my mind",
           r"starting (?:today|tomorrow|on \w+day|next \w+|this \w+)", negatable=False),
    # Reasons for the status quo: what the behaviour gives.
    _fixed("reasons", -1,
           r"helps? me (?:\w+ )?(?:relax|sleep|cope|calm|unwind|deal|forget|focus|concentrate"
           r"|get through|chill)", r"relax(?:ing|ed|es)?", r"calms? me", r"stress relief",
           r"takes? (?:away )?(?:the |my |a lot of my )?(?:stress\w*|edge off)",
           r"(?<!not )(?<!no )fun", r"good time", r"tastes? (?:\w+ )?(?:good|great|nice)",
           r"(?:like|love|enjoy) the taste", r"buzz", r"(?:a|the) rush",
           r"(?:everyone|everybody|all my friends|all of my friends|my friends) (?:does|do"
           r"|drink|drinks|smoke|smokes|use|is doing)", r"social", r"me time", r"fitting in",
           r"favou?rite", r"(?:am|is) (?:fine|okay|ok|alright|all right) (?:with|the way)",
           r"(?:can|could) handle", r"i deserve", r"nothing wrong",
           r"my (?:choice|right|business|decision)", r"what we do", r"all i have",
           r"(?:they are|he is|she is) (?:still )?my (?:friends?|mates?)"),
    # The problem played down; the negation is part of the phrase.
    _fixed("reasons", -1,
           r"no big deal", r"not (?:a |that |such a )?(?:big|bad|much|serious|heavy|lot)",
           r"(?:not |do not \w+ )?that (?:much|many|often|bad|serious)", r"under control",
           r"(?:one|two|a couple|a few) (?:or (?:two|three) )?(?:drinks|beers|cigarettes"
           r"|glasses)", r"(?:only|just) (?:once|twice|socially|on|at|when)",
           r"(?:any ?time|whenever) i want",
           r"not (?:an?|some) (?:\w+ )?(?:alcoholic|addict|smoker|drinker|gambler|junkie)",
           r"not hurting", r"does not (?:affect|hurt|bother)",
           r"do not have (?:the |enough |any )?(?:time|money)",
           r"not (?:a |an |any |much of a |really a |really an )?(?:problem|issue|habit)",
           r"do not see (?:the |a |any |much )?(?:risk|harm|problem|issue|point|evidence|need"
           r"|link|connection|danger)", r"(?:do|would) not (?:call|consider|say) (?:myself|it|my|i)",
           r"(?:no ?one|nobody) cares", r"(?:wants?|wanted|made|makes|making|forced|sent) me (?:to )?"
           r"(?:be here|come here|come in|go through)",
           r"(?:no|not have(?: any)?) plans? (?:to|of)", negatable=False),
)

_UNKNOWN_OBJECT = 0.6   # weight of a modal cue whose object says nothing ("I can do more")
_QUESTION = 0.15        # a question is not talk for or against on its own
_CONTRAST_BONUS = 1.3   # what comes after "but" is what the person leans on


@dataclass(frozen=True)
class _Hit:
    polarity: int          # +1 change, -1 sustain
    kind: Kind
    score: float
    span: tuple[int, int]  # trigger span: canonical text in a clause, then original text


def _modal_hit(cue: _Cue, m: re.Match[str], text: str, ctx: _Context) -> _Hit | None:
    """Direction of a cue read with its object, or None when it says nothing."""
    cs, ce = m.span("cue")
    start = m.start("subj") if m.group("subj") else cs
    prefix = text[: m.start()].split()
    if m.group("subj") is None:
        if prefix or text[ce:].startswith((" i ", " you ")):
            return None  # no subject of its own, or an inverted question ("could i ...")
    elif (prefix and prefix[-1] in _EMBEDDING and prefix != ["so"] and prefix[-2:-1] != ["is"]
          and not _DOUBT.search(" ".join(prefix))):
        return None  # "if I could ...", "... so I can ...": not a claim
    if cue.kind == "commitment" and _HABITUAL.search(" ".join(prefix) + " " + m.group("mid")):
        return None  # "sometimes I'll have one": a habit, not a commitment
    neg = len(_NEGATOR.findall(m.group("mid") + m.group("cue"))) % 2 == 1
    obj_start = ce + 1
    if re.match(r" not\b", text[ce:]):
        neg, obj_start = not neg, ce + 5
    if _DOUBT.search(" ".join(prefix)):
        neg = not neg  # "I'm not sure I can", "I don't think I need to"
    obj = " ".join(text[obj_start:].split()[:_OBJECT_WORDS])
    if _CHAT_OBJECT.match(obj):
        return None
    if cue.verb_in_object:
        obj_start, obj = cs, " ".join(text[cs:].split()[:_OBJECT_WORDS + 2])
        neg = False
    d = _object_direction(obj, ctx)
    end = max(ce, obj_start + d.end)
    if d.source == "outcome":
        return _Hit(1, "reasons", cue.weight, (start, end))
    polarity = (d.value or cue.default) * (-1 if neg else 1)
    if not polarity:
        return None
    if cue.only_toward_change:
        if polarity < 0 or d.source not in {"behaviour", "change", "stop"}:
            return None
        return _Hit(1, cue.kind, cue.weight, (start, end))
    score = cue.weight if d.value else cue.weight * _UNKNOWN_OBJECT
    return _Hit(polarity, cue.kind, score, (start, end))


def _fixed_hit(cue: _Cue, m: re.Match[str], text: str) -> _Hit:
    """A fixed cue, flipped by a negation just before it or a doubt further back."""
    cs, ce = m.span("cue")
    before = text[:cs].split()
    # A doubt anywhere before ("I don't think it's a problem") flips once; its own "not"
    # does not count again as a negation just before the cue.
    doubt = _DOUBT.search(" ".join(before))
    near = _DOUBT.sub("", " ".join(before)).split()[-3:] if doubt else before[-3:]
    neg = bool(_NEGATOR.search(" ".join(near))) ^ bool(doubt)
    neg &= cue.negatable
    start = max(cs - sum(len(w) + 1 for w in before[-2:]), 0) if neg else cs
    return _Hit(cue.polarity * (-1 if neg else 1), cue.kind, cue.weight, (start, ce))


def _clause_hits(clause: _Clause, ctx: _Context, in_prompt: bool = False) -> list[_Hit]:
    """Cue hits in one clause, trigger spans mapped back to the original text."""
    hits: list[_Hit] = []
    taken: list[tuple[int, int]] = []
    with_i = clause.text.startswith("i ") or " i " in clause.text
    for cue in _CUES:
        # Without "I" in the clause, a modal cue can only match at its start.
        found = (cue.pattern.finditer(clause.text) if cue.polarity or with_i
                 else filter(None, [cue.pattern.match(clause.text)]))
        for m in found:
            cs, ce = m.span("cue")
            if any(cs < e and s < ce for s, e in taken):
                continue
            hit = (_fixed_hit(cue, m, clause.text) if cue.polarity
                   else _modal_hit(cue, m, clause.text, ctx))
            if hit is None:
                continue
            taken.append((cs, ce))
            score = hit.score
            if clause.question and not in_prompt:
                score *= _QUESTION
            if clause.contrast:
                score *= _CONTRAST_BONUS
            hits.append(_Hit(hit.polarity, hit.kind, score, clause.original_span(*hit.span)))
    return hits


# ------------------------------------------------------------------------------ answers

_FILLER = re.compile(r"^(?:(?:um|uh|well|oh|hmm|mm|so|i mean|you know|and|like|i guess|actually"
                     r"|okay|ok|right) )*")
# Yes/no at the start of an answer; "I would" and the like only as the whole first clause.
_AFFIRM = re.compile(r"^(?:yes|yeah|yep|yup|yea|sure|definitely|absolutely|exactly|totally"
                     r"|certainly|of course|for sure|true|i think so|i guess so|i hope so"
                     r"|probably|that is right|correct|very much|100 percent|a hundred percent)\b"
                     r"|^i (?:really |definitely )?(?:do|would|will|can|am)$")
_DENY = re.compile(r"^(?:no|nope|nah|not really|not at all|never|i do not think so|not yet)\b"
                   r"|^i (?:really |definitely )?(?:do|would|will|can|am) not$")
_EVOKE_CHANGE = re.compile(
    r"\b(?:not (?:a )?lower|why (?:a|an) \d+|what would it take|go (?:higher|up)|benefits?"
    r"|good things about (?:changing|cutting|quitting|stopping)|worr\w*|concern\w*"
    r"|(?:would|could) be different|better if|reasons? (?:for|to) (?:change|quit|stop|cut)"
    r"|(?:makes|make) (?:it|this) important|why (?:is it|it is) important|what matters"
    r"|how would my life|what have i (?:already )?tried|what (?:has|have) helped"
    r"|next step|first step|how might i|how could i|what could i do)\b")
_EVOKE_SUSTAIN = re.compile(
    r"\b(?:what (?:do|does) i (?:like|enjoy|love)|good things about (?:drinking|smoking|using"
    r"|gambling|it)|what do i get (?:out of|from)|what makes it hard|what stops"
    r"|not (?:a )?higher|why not (?:a )?10|what gets in the way|miss\w* (?:\w+ )?about)\b")
_META_QUESTION = _words(
    r"(?:is|would|will) (?:that|it|this) (?:be )?(?:okay|ok|alright|all right|fine)",
    r"does (?:that|this) (?:make sense|sound)", r"how does (?:that|this) sound",
    r"(?:can|could|may|shall) (?:we|he)", r"(?:do|would) i mind", r"what do i think",
    r"any (?:other )?questions",
)
# Questions of fact ("How often...?") get answers of fact, whatever the topic.
_FACT_QUESTION = re.compile(r"^(?:\w+ )?(?:when|how (?:long|many|much|often|old)|where|who"
                            r"|what time)\b")
_NUMBER = r"(?:\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|percent)"
# A bare rating ("I'd say a 7") carries no change talk of its own.
_NUMBER_ONLY = re.compile(rf"^(?:(?:i would say|i think|i am|i guess|maybe|probably|about"
                          rf"|around|like|at|a|an|or|between|and|out of|on|the|scale) )*"
                          rf"{_NUMBER}(?: (?:or|to|and|out of|percent|a|an) {_NUMBER})*$")
_ANSWER = 0.6      # an answer that takes the question's direction
_CONTINUED = 0.4   # an answer that just goes on in the direction of what was said
_CONTENT_WORDS = 3


@dataclass(frozen=True)
class _Reading:
    """The prompt read as if the person had said it ("you" -> "I")."""

    text: str            # canonical words
    direction: int       # of the whole prompt: +1 change, -1 status quo, 0 neither
    kind: Kind | None
    asked: int           # of its final yes/no question; 0 if none or a permission question
    negative: bool       # that question is negative ("You're not worried?"): "no" agrees


@lru_cache(maxsize=256)
def _read_prompt(prompt: str | None, targets: tuple[_Target, ...]) -> _Reading:
    if not prompt:
        return _Reading("", 0, None, 0, False)
    ctx = _Context(targets, 0)
    clauses = _clauses(prompt, second_person=True)
    hits = [(c, _clause_hits(c, ctx, in_prompt=True)) for c in clauses]
    decision = _decide([h for _, found in hits for h in found])
    whole, kind = (decision[0], decision[1]) if decision else (0, None)
    asked, negative = 0, False
    question = prompt.rstrip()
    if question.endswith("?"):
        # The final question: the clauses after the last sentence end before its "?".
        begins = max((m.end() for m in _SENTENCE_END.finditer(question[:-1])), default=0)
        last = [(c, found) for c, found in hits if c.spans[0][0] >= begins]
        text = " ".join(c.text for c, _ in last)
        if _FACT_QUESTION.match(text):
            whole = 0
        elif not _META_QUESTION.search(text):
            decision = _decide([h for _, found in last for h in found])
            asked = decision[0] if decision else 0
            negative = bool(_NEGATOR.search(" ".join(text.split()[:4])))
    return _Reading(" ".join(c.text for c in clauses), whole, kind, asked, negative)


def _unfilled(text: str) -> str:
    return _FILLER.sub("", text + " ").strip()


def _answer_hits(clauses: list[_Clause], reading: _Reading) -> list[_Hit]:
    """Direction of an answer without cues of its own, taken from the question."""
    if not clauses or clauses[-1].question:
        return []
    words = _unfilled(" ".join(c.text for c in clauses))
    first = next((_unfilled(c.text) for c in clauses if _unfilled(c.text)), "")
    span = (clauses[0].spans[0][0], clauses[-1].spans[-1][1])
    answer = 1 if _AFFIRM.search(first) else -1 if _DENY.search(first) else 0
    if reading.negative:
        answer = 1 if answer < 0 else 0  # "No (I'm not)" agrees; "yes" is ambiguous
    if answer and reading.asked and reading.kind:
        return [_Hit(reading.asked * answer, reading.kind, _ANSWER, span)]
    if len(words.split()) < _CONTENT_WORDS or _NUMBER_ONLY.match(words):
        return []
    if _EVOKE_SUSTAIN.search(reading.text):
        return [_Hit(-1, "reasons", _ANSWER, span)]
    if _EVOKE_CHANGE.search(reading.text):
        evoked: Kind = ("ability" if re.search(r"\b(?:confiden\w*|able|could)\b", reading.text)
                        else "reasons")
        return [_Hit(1, evoked, _ANSWER, span)]
    if reading.direction and reading.kind:
        return [_Hit(reading.direction, reading.kind, _CONTINUED, span)]
    return []


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


def classify(sentence: str, prompt: str | None = None, change: str | None = None) -> TalkResult:
    """Classify one sentence (or a short answer) as change, sustain or neutral talk.

    ``prompt`` is the question it answers, ``change`` the change the person works on.
    """
    targets = _targets(change)
    reading = _read_prompt(prompt, targets)
    ctx = _Context(targets, reading.direction)
    clauses = _clauses(sentence)
    hits = [h for c in clauses for h in _clause_hits(c, ctx)]
    if not hits and prompt:
        hits = _answer_hits(clauses, reading)
    decision = _decide(hits)
    if decision is None:
        return TalkResult("neutral", None, None, ())
    pol, kind, side = decision
    triggers = tuple(dict.fromkeys(sentence[s:e] for s, e in sorted({h.span for h in side})))
    strength: Strength = "mobilising" if kind in MOBILISING else "preparatory"
    return TalkResult("change" if pol > 0 else "sustain", kind, strength, triggers)


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
