"""Who a cue is about and how far it reaches: the subject, negation and doubt, conditions,
habits and long-ago history, reported speech.
"""

from __future__ import annotations

import re
from functools import lru_cache

from change_journal.change_talk.patterns import _alt, _words

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
                        r"|evenings?|weeks?|weekends?)|whenever|every time|each time)$")
# The old habit as ever: "phone in bed every night again", "cadged one off a mate again".
_AS_USUAL = _words(r"again", r"as usual", r"same as (?:always|ever|usual)", r"like always")
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
# Whose idea the change is, said of another: "Doctor's idea", "her words", "GP's orders".
_OTHERS_IDEA = r"(?:his|her|their|\w+ is|\w+s) (?:idea|words|orders)"
# Someone else's words or wishes: "my doctor told me I should", "she thinks I need to" (see
# _reported: not a question embedded).
_REPORTED = re.compile(
    rf"(?:\b(?:{_PEOPLE})(?: \w+)?(?: \w+)? (?:told|tells|tell|telling|says|said|say|saying"
    r"|thinks|think|thought|reckons|reckon|wants|want|wanted|warned|warns|suggested|suggests"
    r"|recommended|recommends|insists|insisted|keeps telling|kept telling|asked|asks)"
    r"|\bwas told|\bkeep getting told|\baccording to \w+)(?: me| us| him)?(?: that)?$")
# "I don't care what other people think, ...", "no matter what my family says, ...".
_EMBEDDED_BEFORE = re.compile(r"\b(?:what|how|whatever)(?: \w+){0,2} $")


def _reported(text: str) -> bool:
    """Whether ``text`` ends in someone else's words or wishes ("my doctor told me"), not in a
    question embedded ("I don't care what other people think")."""
    m = _REPORTED.search(text)
    return m is not None and not _EMBEDDED_BEFORE.search(text[: m.start()])


# A reporting frame anywhere before a cue: "she thinks that it is a problem".
_REPORTING = re.compile(
    rf"(?:\b(?:{_PEOPLE})(?: \w+)?(?: \w+)?|^(?!(?:i|we|it|that|this|there|what|which)\b)\w+)"
    r" (?:told|tells|says|said|thinks|thought|reckons|wants|wanted|warned|warns|keeps telling"
    r"|kept telling|insists|insisted)\b")
_SELF = frozenset({"i", "me", "my", "myself", "we", "us", "our"})
_THING = frozenset({"it", "this", "that", "these", "those", "there"})


# A cue's scope is read from at most this many words before it in its clause (and after it):
# a clause runs on that long only in a long unpunctuated answer, and an answer of one endless
# clause ("i can i can ...") is still read in linear time.
_SCOPE_WORDS = 120


def _words_before(text: str, at: int, n: int = _SCOPE_WORDS) -> list[str]:
    """The last ``n`` words of ``text`` before offset ``at``."""
    return text[:at].rsplit(None, n)[-n:]


def _words_after(text: str, at: int, n: int = _SCOPE_WORDS) -> str:
    """A clause from offset ``at`` (a space, or its end) through the next ``n`` words."""
    return " ".join(text[at:].split(" ", n + 1)[: n + 1])


@lru_cache(maxsize=256)
def _anywhere(pattern: re.Pattern[str], clause: str) -> bool:
    """Whether ``pattern`` occurs anywhere in a clause: searched once however many cues ask."""
    return pattern.search(clause) is not None


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
