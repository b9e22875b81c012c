"""Recognise change talk and sustain talk (DARN-CAT) in journal sentences.

A small rule engine, stdlib only:

1. Text is tokenised into a canonical lower-case form ("can't" -> "can not", "gonna" ->
   "going to") that keeps each word's character span, so triggers quote the input exactly.
2. Cue patterns for each DARN-CAT kind are matched clause by clause. Modal cues ("I want to",
   "I can", "I will") take their direction from the words that follow (the object): toward the
   change ("quit", "cut down", "get healthy"), toward the status quo ("keep", "like this", the
   behaviour itself, e.g. "drink" when the change is drinking less), or a bad outcome ("lose my
   licence"), which is a reason to change whatever the modal. Evaluative cues ("it helps me
   relax", "I'm worried") carry a fixed direction.
3. A negation between "I" and the cue ("I don't want to", "I'm not ready"), or a doubt before
   it ("I'm not sure I can"), flips the cue; so does a negation in the object ("never drink").
4. Scores are summed per direction; clauses after "but" weigh more, questions less. With no
   cue of its own, a yes/no answer or an elliptical one ("I can do that") takes its direction
   from the question, and an answer to a question that evokes change ("Why a 6 and not a
   lower number?") counts as change talk.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Label = Literal["change", "sustain", "neutral"]
Kind = Literal["desire", "ability", "reasons", "need", "commitment", "activation", "taking_steps"]
Strength = Literal["preparatory", "mobilising"]

MOBILISING: frozenset[str] = frozenset({"commitment", "activation", "taking_steps"})
# Strongest first: mobilising before preparatory; within each, the more decided kind first.
KIND_ORDER: tuple[Kind, ...] = (
    "commitment", "taking_steps", "activation", "need", "reasons", "ability", "desire",
)
_KIND_WORDS = {"taking_steps": "taking steps"}


@dataclass(frozen=True)
class TalkResult:
    """What one sentence says about the change, and the words that showed it."""

    label: Label
    kind: Kind | None
    strength: Strength | None
    triggers: tuple[str, ...]

    def explain(self) -> str:
        """One plain, non-judgemental sentence for the person."""
        kind = _KIND_WORDS.get(self.kind or "", self.kind)
        quoted = ", ".join(f'"{t}"' for t in self.triggers)
        if self.label == "change":
            head = f"Change talk ({kind})"
        elif self.label == "sustain":
            head = f"Sustain talk ({kind}), part of you that values how things are now"
        else:
            return "Neither for nor against the change: part of your story."
        return f"{head}: {quoted}" if quoted else f"{head}."


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
_SECOND_TO_FIRST = {"you": "i", "your": "my", "yours": "mine", "yourself": "myself"}
_BOUNDARY = frozenset({",", ";", ":", ".", "!", "?", "--", "-", "\u2013", "\u2014"})
_CONTRAST = frozenset({"but", "though", "although", "however", "yet"})


@dataclass(frozen=True)
class _Clause:
    text: str                           # canonical words joined by single spaces
    spans: tuple[tuple[int, int], ...]  # original-text span of each canonical word
    starts: tuple[int, ...]             # offset of each canonical word in ``text``
    contrast: bool                      # introduced by "but", "though", ...
    question: bool

    def original_span(self, cs: int, ce: int) -> tuple[int, int]:
        first = max(i for i, s in enumerate(self.starts) if s <= cs)
        last = max(i for i, s in enumerate(self.starts) if s < ce)
        return self.spans[first][0], self.spans[last][1]


def _canonical(token: str, second_person: bool) -> list[str]:
    low = token.lower()
    if low in _WHOLE:
        return _WHOLE[low].split()
    for suffix, full in _SUFFIXES:
        if low.endswith(suffix) and len(low) > len(suffix):
            base = low[: -len(suffix)]
            if second_person:
                base = _SECOND_TO_FIRST.get(base, base)
            return [base, "am" if full == "are" and base == "i" else full]
    return [_SECOND_TO_FIRST.get(low, low) if second_person else low]


def _clauses(text: str, second_person: bool = False) -> list[_Clause]:
    """Canonical clauses, split at punctuation and contrast words.

    With ``second_person`` (for reading a question as the person's own words) "you" -> "i".
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
                                   question or words[0] in _INVERTED))
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
            if not (words and w == words[-1] and w in {"i", "it", "the", "a", "to"}):
                words.append(w)  # drop stutters such as "I-I"
                spans.append(m.span())
    close(False)
    return clauses


_INVERTED = frozenset({"should", "can", "could", "would", "will", "do", "does", "did", "am",
                       "is", "are", "shall", "how", "why", "what", "when", "where", "who"})


# ------------------------------------------------------------------------------ direction

def _words(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")


# Behaviour families: words naming the behaviour, and the usual direction of the change
# (-1: do less of it, +1: do more of it). Topic hints map a stated change to a family.
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


def _targets(change: str | None) -> tuple[_Target, ...]:
    """Targets from the stated change first, then every common behaviour as a fallback."""
    stated: list[_Target] = []
    if change:
        less = -1 if _LESS_HINT.search(change) else 1 if _MORE_HINT.search(change) else 0
        for words, default, hint in _FAMILIES.values():
            if re.search(hint, change, re.I):
                stated.append(_Target(_words(words), less or default))
        if not stated:
            content = [w for w in re.findall(r"[a-z]{4,}", change.lower())
                       if not _LESS_HINT.search(w) and not _MORE_HINT.search(w)]
            if content:
                stems = [re.escape(w[:5]) + r"\w*" for w in content]
                stated.append(_Target(_words(*stems), less or 1))
    return (*stated, *(_Target(_words(w), d) for w, d, _ in _FAMILIES.values()))


_DEFAULT_TARGETS = _targets(None)

_STOP = _words(r"quit\w*", r"stop\w*", r"give up", r"giving up", r"gave up", r"cut\w*",
               r"reduc\w*", r"decreas\w*", r"lower\w*", r"limit\w*", r"avoid\w*", r"lay off",
               r"kick\w*", r"break\w* the habit", r"get rid of", r"got rid of",
               r"stay\w* away", r"stay\w* off", r"get off", r"come off", r"less", r"fewer",
               r"no more", r"not", r"never", r"without", r"abstain\w*", r"skip\w*",
               r"wean\w*", r"slow\w* down", r"moderat\w*", r"control\w*", r"no longer")
_KEEP = _words(r"keep\w*", r"kept", r"continu\w*", r"carry on", r"still")
_TOWARD_CHANGE = _words(
    r"chang\w*", r"get (?:some )?help", r"get better", r"healthier", r"healthy", r"improv\w*",
    r"sober", r"clean", r"lose (?:some |the )?weight", r"losing weight", r"get (?:fit|in shape)",
    r"turn (?:it|things|my life) around", r"(?:get|be|stay|back) on track",
    r"sort (?:it|myself|things) out", r"stay out of (?:trouble|jail|prison)",
    r"(?:a )?better (?:person|life|dad|mom|mum|father|mother|parent|husband|wife|partner|job"
    r"|future|example|shape)", r"be there for", r"take care of", r"look after",
    r"get my (?:life|licen[cs]e|kids|job|health|family) back", r"do something about",
    r"work on", r"figure (?:it|this) out", r"set (?:a )?goals?", r"plan", r"routine",
    r"get a job", r"save (?:some )?money", r"make time", r"responsible", r"grow up",
    r"move on", r"more energy", r"productive", r"(?:a )?(?:new|fresh) start",
)
_TOWARD_STATUS_QUO = _words(
    r"like (?:this|that)", r"the way (?:it|things|i) (?:is|are|am)", r"as (?:it|i) (?:is|am)",
    r"the same", r"what i am doing", r"what i do", r"have fun", r"party\w*", r"hang\w* out",
    r"relax", r"enjoy (?:it|myself)", r"give (?:it|that|this) up",
)
_BAD_OUTCOME = _words(
    r"lose (?!(?:some |the )?weight)\w+", r"losing (?!weight)\w+", r"die", r"dying",
    r"end up", r"get (?:sick|hurt|arrested|caught|worse|fat|locked up|kicked)",
    r"(?:get|be|go) (?:in|into) trouble", r"go back (?:to jail|to prison|there|inside|in)",
    r"come back here", r"be (?:like (?:him|her|them|my)|that (?:person|guy|girl))",
    r"hurt\w*", r"screw\w* (?:\w+ )?up", r"mess\w* (?:\w+ )?up", r"let \w+ down", r"regret",
    r"make (?:\w+ )?mistakes?", r"worry", r"addicted", r"hung ?over", r"be stuck",
    r"relapse", r"make (?:it|things|\w+ \w+) worse", r"rely on", r"depend on", r"waste",
    r"feel like this", r"ruin\w*", r"disappoint\w*",
)
_CHAT_OBJECT = _words(
    r"make sure", r"let you know", r"tell you", r"say", r"ask", r"know", r"find out", r"talk",
    r"see", r"mention", r"point out", r"explain", r"think", r"remember", r"imagine", r"go now",
    r"leave", r"help (?:her|him|them)", r"get home", r"call", r"contact",
)
_ELLIPSIS = re.compile(r"^(?:(?:do |try )?(?:it|that|this|so)(?: too| again| now)?)?$")
_OBJECT_WORDS = 8


@dataclass(frozen=True)
class _Context:
    targets: tuple[_Target, ...]
    prompt_direction: int  # direction of the question read as the person's words; 0 unknown


def _object_direction(obj: str, ctx: _Context) -> int | None:
    """Direction of the words after a modal cue: +1 change, -1 status quo, 0 unknown.

    None means the object is a bad outcome ("lose my job"), a reason to change in itself.
    """
    if _BAD_OUTCOME.search(obj):
        return None
    if _TOWARD_STATUS_QUO.search(obj):
        return -1
    for t in ctx.targets:
        b = t.behaviour.search(obj)
        if b:
            before, after = obj[: b.start()], obj[b.end():]
            less = _STOP.search(before) or re.search(r"\b(?:less|fewer)\b", after)
            return (-1 if less else 1) * t.direction
    if _TOWARD_CHANGE.search(obj):
        return 1
    if _STOP.search(obj):
        return -ctx.targets[0].direction
    if _KEEP.search(obj):
        return -1
    if _ELLIPSIS.match(obj):
        return ctx.prompt_direction
    return 0


# ------------------------------------------------------------------------------ cues

_ADVERBS = (r"(?:really|just|definitely|probably|maybe|also|still|so|and|then|now|honestly"
            r"|totally|actually|certainly|seriously|kind of|sort of|do|am|truly|finally"
            r"|already|even|absolutely|always|never|not|only|ever|kind|sort|of|gonna|would"
            r"|will|might|could|can|should|must|have|has|had|be|been|was|feel|feeling|think"
            r"|know|guess|believe|hope|mean|um|uh|like|the|very|pretty|fairly|quite|a|bit"
            r"|little|lot|more|less|too|at|least|going|get|getting|try|trying|to)")
_MID = rf"(?:{_ADVERBS} ){{0,5}}?"
_DOUBT = _words(r"not sure", r"not certain", r"do not know (?:if|whether|how)", r"doubt\w*",
                r"do not think", r"do not see (?:how|myself)", r"never thought", r"wonder\w*",
                r"do not feel like", r"no way")
_EMBEDDING = frozenset({"if", "whether", "how", "what", "where", "when", "so", "unless", "till",
                        "until", "before", "after", "once", "which", "who", "why", "than"})
_NEGATOR = re.compile(r"\b(?:not|never|no longer|hardly|barely)\b")


@dataclass(frozen=True)
class _Cue:
    kind: Kind
    pattern: re.Pattern[str]
    polarity: int | None  # None: modal, direction from the object; else +1 change, -1 sustain
    weight: float = 1.0


def _modal(kind: Kind, cue: str, weight: float = 1.0) -> _Cue:
    return _Cue(kind, re.compile(rf"(?:\b(?P<subj>i) |^)(?P<mid>{_MID})(?P<cue>{cue})\b"),
                None, weight)


def _fixed(kind: Kind, polarity: int, cue: str, weight: float = 1.0) -> _Cue:
    return _Cue(kind, re.compile(rf"\b(?P<cue>{cue})\b"), polarity, weight)


_CUES: tuple[_Cue, ...] = (
    _modal("taking_steps", r"(?:have |had )?(?:quit|stopped|cut|reduced|gave up|started|began"
                           r"|joined|went|threw|poured|got rid of|switched|signed up|made"
                           r"|booked|called|bought|walked|ran|exercised|lost|took|been"
                           r"|did not|have not|managed to|stayed|talked to|asked|tried)"),
    _modal("commitment", r"will|am going to|plan to|planning to|intend to|promise"
                         r"|have decided to|decided to|am determined to|commit to"
                         r"|am committed to|swear|guarantee"),
    _modal("activation", r"(?:am|feel|would be|be|will be) (?:\w+ )?(?:ready|willing|prepared)"
                         r"|(?:am )?open to|am up for|(?:am|was|have been) thinking (?:about|of)"
                         r"|(?:am )?considering|(?:would|will) (?:\w+ )?try|(?:am )?(?:trying"
                         r"|try) to|give it a (?:go|try|shot)|motivated"),
    _modal("need", r"need to|need|have to|has to|got to|must|should|ought to|supposed to"),
    _modal("ability", r"can|could|am able to|be able to|was able to|manage to|know how to"
                      r"|capable of|(?:am|feel) (?:\w+ )?confident"),
    _modal("desire", r"want to|wanted to|want|would (?:\w+ )?(?:like|love|prefer) to"
                     r"|wish(?: i could)?|hope to|hoping to|would rather|long to"),
    _fixed("ability", -1, r"(?:so|too|really|very|pretty|super|quite|kind of) (?:hard|difficult"
                          r"|tough)|impossible|no (?:willpower|will power|self control)"
                          r"|can not (?:help it|resist|say no)"),
    # Reasons for change: problems with the status quo, benefits of changing.
    _fixed("reasons", 1, r"(?:a|the|my|big|real|serious) problem|out of control|too much"
                         r"|worr(?:y|ied|ies|ying)|concern(?:ed|s)?|scar(?:ed|es|y|ing)"
                         r"|afraid|frighten\w*|tired of|sick of|fed up|ashamed|embarrass\w*"
                         r"|guilt\w*|regret\w*|hangovers?|hung over|addict\w*|(?:bad|harmful"
                         r"|terrible) for|not good for|ruin\w*|damag\w*|kill\w* me"
                         r"|cancer|heart attack|my liver|my lungs|my health|health problems?"
                         r"|(?:waste|wasting|wasted) (?:of )?(?:money|time)|expensive"
                         r"|costs? (?:me|a lot)|can not afford|arrested|got caught"
                         r"|consequences|not worth it|depress\w*|miserable|feel (?:awful"
                         r"|terrible|horrible|bad|sick|guilty)|messes (?:\w+ )?up"
                         r"|(?:kids|children|family|wife|husband|daughter|son) (?:deserve|need)"
                         r"|(?:lose|lost|losing) my (?:job|licen[cs]e|kids|family|wife|husband"
                         r"|house|friends|health)"),
    _fixed("reasons", 1, r"(?:would|will|could) (?:\w+ )?(?:be (?:nice|good|great|better|easier"
                         r"|healthier|proud)|feel (?:better|good|great)|help|have more|save"
                         r"|get (?:better|healthier))|feel better|more energy|save (?:some )?money"
                         r"|(?:be|look) healthier|be proud|important to me|means a lot"
                         r"|matters to me|(?:for|because of) my (?:kids|children|family|health"
                         r"|son|daughter)"),
    # Reasons for the status quo: what the behaviour gives, and the problem played down.
    _fixed("reasons", -1, r"helps? me (?:\w+ )?(?:relax|sleep|cope|calm|unwind|deal|forget|focus"
                          r"|concentrate|get through|chill)|relax\w*|calms? me|(?:really |just )?"
                          r"(?:enjoy|love|like) (?:it|drinking|smoking|having|the taste|the way)"
                          r"|enjoy\w*|(?:is|was|be|so|really|more) fun|good time|(?:everyone"
                          r"|everybody|all my friends|all of my friends|my friends) (?:does|do"
                          r"|drink|drinks|smoke|smokes|use|is doing)|social|no big deal"
                          r"|not (?:a |that |such a )?(?:big|bad|much|serious|heavy)|not that"
                          r" \w+|(?:am|is) (?:fine|okay|ok|alright|all right) (?:with|the way)"
                          r"|under control|(?:only|just) (?:a couple|one|two|once|twice|a few"
                          r"|socially|on weekends|have)|(?:any ?time|whenever) i want"
                          r"|not (?:an|a) (?:alcoholic|addict)|not hurting|does not (?:affect"
                          r"|hurt|bother)|never (?:had|been) (?:a )?problem|(?:can|could) handle"
                          r"|i deserve|nothing wrong|my (?:choice|business|decision)"
                          r"|what we do|all i have|not a (?:problem|big deal)"),
)

_UNKNOWN_OBJECT = 0.5
_QUESTION = 0.3
_CONTRAST_BONUS = 1.3


@dataclass(frozen=True)
class _Hit:
    polarity: int          # +1 change, -1 sustain
    kind: Kind
    score: float
    span: tuple[int, int]  # original-text span of the trigger


def _modal_hit(cue: _Cue, m: re.Match[str], text: str, ctx: _Context) -> _Hit | None:
    """Direction of a modal cue ("I (don't) want to ..."), or None when it says nothing."""
    cs, ce = m.span("cue")
    prefix = text[: m.start()].split()
    if m.group("subj") is None:
        if prefix or text[ce:].startswith((" i ", " you ")):
            return None  # no subject of its own, or an inverted question ("could i ...")
    elif prefix and prefix[-1] in _EMBEDDING and not _DOUBT.search(" ".join(prefix)):
        return None  # "so I can ...", "if I could ...": not a claim
    neg = len(_NEGATOR.findall(m.group("mid"))) % 2 == 1
    obj = text[ce:].split()
    if obj and obj[0] == "not":
        neg, obj = not neg, obj[1:]
    if _DOUBT.search(" ".join(prefix)) and cue.kind in {"ability", "commitment", "activation"}:
        neg = not neg
    obj_text = " ".join(obj[:_OBJECT_WORDS])
    if _CHAT_OBJECT.match(obj_text):
        return None
    direction = _object_direction(obj_text, ctx)
    if direction is None:
        return _Hit(1, "reasons", cue.weight, (cs, ce))
    if cue.kind == "taking_steps":
        return _Hit(1, cue.kind, cue.weight, (cs, ce)) if direction * (-1 if neg else 1) > 0 \
            else None
    score = cue.weight if direction else cue.weight * _UNKNOWN_OBJECT
    return _Hit((direction or 1) * (-1 if neg else 1), cue.kind, score, (cs, ce))


def _fixed_hit(cue: _Cue, m: re.Match[str], text: str) -> _Hit:
    cs, ce = m.span("cue")
    before = text[:cs].split()
    neg = len(_NEGATOR.findall(" ".join(before[-4:]))) % 2 == 1
    neg ^= bool(_DOUBT.search(" ".join(before[:-4])))
    assert cue.polarity is not None
    return _Hit(cue.polarity * (-1 if neg else 1), cue.kind, cue.weight, (cs, ce))


def _clause_hits(clause: _Clause, ctx: _Context, in_prompt: bool = False) -> list[_Hit]:
    hits: list[_Hit] = []
    taken: list[tuple[int, int]] = []
    for cue in _CUES:
        for m in cue.pattern.finditer(clause.text):
            cs, ce = m.span("cue")
            if any(cs < e and s < ce for s, e in taken):
                continue
            hit = (_modal_hit(cue, m, clause.text, ctx) if cue.polarity is None
                   else _fixed_hit(cue, m, clause.text))
            if hit is None:
                continue
            taken.append((cs, ce))
            score = hit.score
            if clause.question and not in_prompt:
                score *= _QUESTION
            if clause.contrast:
                score *= _CONTRAST_BONUS
            hits.append(_Hit(hit.polarity, hit.kind, score, clause.original_span(cs, ce)))
    return hits


# ------------------------------------------------------------------------------ answers

_FILLER = re.compile(r"^(?:(?:um|uh|well|oh|hmm|mm|so|i mean|you know|and|like|i guess) )*")
_AFFIRM = re.compile(r"^(?:yes|yeah|yep|yup|yea|sure|definitely|absolutely|exactly|totally"
                     r"|certainly|of course|for sure|true|i do|i would|i will|i can|i am"
                     r"|i think so|i guess so|i hope so|probably|that is right|correct"
                     r"|very much|100 percent|a hundred percent)\b")
_DENY = re.compile(r"^(?:no|nope|nah|not really|not at all|never|i do not|i would not"
                   r"|i will not|i can not|i am not|i do not think so|not yet)\b")
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
    r"|not (?:a )?higher|why not (?:a )?10|what gets in the way)\b")
_ANSWER = 0.6


def _prompt_reading(prompt: str | None, targets: tuple[_Target, ...]) -> tuple[int, Kind | None,
                                                                               str]:
    """The question read as if the person had said it: (direction, kind, canonical text)."""
    if not prompt:
        return 0, None, ""
    clauses = _clauses(prompt, second_person=True)
    ctx = _Context(targets, 0)
    decision = _decide([h for c in clauses for h in _clause_hits(c, ctx, in_prompt=True)])
    canon = " ".join(c.text for c in clauses)
    return (decision[0], decision[1], canon) if decision else (0, None, canon)


def _answer_hits(clauses: list[_Clause], reading: tuple[int, Kind | None, str]) -> list[_Hit]:
    """Direction of an answer without cues of its own, taken from the question."""
    direction, kind, prompt = reading
    if not clauses or clauses[-1].question:
        return []
    first = clauses[0]
    words = _FILLER.sub("", " ".join(c.text for c in clauses))
    span = (first.spans[0][0], clauses[-1].spans[-1][1])
    answer = 1 if _AFFIRM.match(words) else -1 if _DENY.match(words) else 0
    if answer and direction and kind:
        return [_Hit(direction * answer, kind, _ANSWER, span)]
    if len(words.split()) < 3:
        return []
    if _EVOKE_SUSTAIN.search(prompt):
        return [_Hit(-1, "reasons", _ANSWER, span)]
    if _EVOKE_CHANGE.search(prompt):
        evoked: Kind = "ability" if re.search(r"\b(?:confiden\w*|able|could)\b", prompt) \
            else "reasons"
        return [_Hit(1, evoked, _ANSWER, span)]
    return []


# ------------------------------------------------------------------------------ public API

_THRESHOLD = 0.5


def _decide(hits: list[_Hit]) -> tuple[int, Kind, list[_Hit]] | None:
    """(polarity, kind, hits on that side) of the stronger side, or None below threshold."""
    totals = {1: 0.0, -1: 0.0}
    for h in hits:
        totals[h.polarity] += h.score
    pol = 1 if totals[1] >= totals[-1] else -1
    if totals[pol] - totals[-pol] < _THRESHOLD:
        return None
    side = [h for h in hits if h.polarity == pol]
    best = max(side, key=lambda h: (h.score, -KIND_ORDER.index(h.kind)))
    return pol, best.kind, side


def classify(sentence: str, prompt: str | None = None, change: str | None = None) -> TalkResult:
    """Classify one sentence (or a short answer) as change, sustain or neutral talk.

    ``prompt`` is the question it answers, ``change`` the change the person works on.
    """
    targets = _targets(change) if change else _DEFAULT_TARGETS
    reading = _prompt_reading(prompt, targets)
    ctx = _Context(targets, reading[0])
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


_SENTENCE_END = re.compile(r"[.!?\u2026]+[\"')\]\u201d\u2019]*(?=\s|$)|\n")


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
