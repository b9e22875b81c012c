"""Reading an answer in the light of its question: an answer with no cue of its own, a denial,
the plan after an obstacle, a condition said to be unmet, a bad outcome waved away, a note told
as a diary entry, what is said of how things are now.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from change_journal.change_talk.behaviours import _behaviour, _Context
from change_journal.change_talk.cues import _LAPSE, _UNCHANGED_CLAUSE
from change_journal.change_talk.evidence import _ANSWER_SURE, _CONTEXT_SURE, _UNKNOWN_SURE, _Hit
from change_journal.change_talk.objects import _TOWARD_STATUS_QUO
from change_journal.change_talk.patterns import _ONE_TO_TEN, _alt, _words
from change_journal.change_talk.questions import (
    _ABILITY_PROMPT,
    _ASKS_TAKE,
    _ASKS_TRIED,
    _ASKS_WHAT_CHANGE_BRINGS,
    _ASKS_WHAT_IS_GOOD,
    _LOOSE_PROMPT,
    _STEPS_PROMPT,
    _UNSURE_SUSTAIN_PROMPT,
    _WEIGHING_PROMPT,
    _lean,
)
from change_journal.change_talk.results import Kind
from change_journal.change_talk.scope import _PEOPLE
from change_journal.change_talk.tokens import _Clause, _clauses

_FILLER = re.compile(r"^(?:(?:um|uh|well|oh|hmm|mm|so|i mean|you know|and|like|i guess|actually"
                     r"|okay|ok|right|honestly) )*")


_NUMBER = rf"(?:\d+|zero|{_ONE_TO_TEN}|percent)"
# A bare rating ("I'd say a 7") carries no change talk of its own.
_NUMBER_ONLY = re.compile(rf"^(?:(?:i would say|i think|i am|i guess|maybe|probably|about"
                          rf"|around|like|at|a|an|or|between|and|out of|on|the|scale) )*"
                          rf"{_NUMBER}(?: (?:or|to|and|out of|percent|a|an) {_NUMBER})*$")
# Words that may close a short reply without adding to it: "see above lol", "or not tbh".
_AFTERWORDS = r"(?: (?:really|lol|haha|tbh|honestly|though))*"
# An answer that says it has no answer: "dunno, it just felt like a 6", "nah idk", "Can't say.",
# a bare shrug ("meh", "whatever", "n/a"),
# "not tried anything tbh", or is only a pointer to another ("see above"; not "See above. My
# girl.").
_NO_ANSWER = re.compile(r"^(?:(?:nah|no|nope|erm|eh|meh|ugh|tbh|ngl|genuinely|truthfully) )*"
                        r"(?:(?:i )?do not know|dunno|(?:i have )?no idea|idk|not sure|i am not sure|no clue"
                        r"|(?:i )?(?:can|could) not (?:really )?(?:say|tell)(?: you| ya)?(?: (?:really|tbh"
                        r"|honestly|to be honest|for sure|yet|mate))*(?:$| (?=maybe|probably|perhaps"
                        r"|depends|it depends|i (?:think|guess|suppose|do not know)\b))"
                        r"|hard to tell|not (?:really |too |that )?sure"
                        r"|(?:i )?(?:have )?(?:not|never) (?:really |actually )?tried (?:anything|much)"
                        r"(?: (?:yet|really|tbh|honestly|to be honest|at all))*$"
                        r"|(?:see (?:answer )?above|(?:same (?:answer )?)?as above|as per above"
                        r"|(?:like |as )?i said(?: above| before)?|ditto|see (?:my )?(?:last|previous|prev"
                        rf"|earlier|other)(?: answers?)?|(?:already )?answered (?:this|that) above)"
                        rf"{_AFTERWORDS}$"
                        r"|gut feeling|hard to say|nothing much|(?:i|we) will see|who knows"
                        rf"|(?:meh|eh|ugh|hmm*|whatever|shrug|pass|n ?/? ?a|idc){_AFTERWORDS}$"
                        r"|(?:i )?(?:do|did) not (?:really |quite )?(?:understand|get) (?:the|this|your)"
                        r" question|(?:i )?do not (?:understand|get|know) what (?:you|this|it)"
                        r" (?:mean|means|is asking)"
                        r"|(?:it )?(?:just )?(?:feels?|felt|seems?|sounds?) (?:about |just )?right"
                        r"(?: (?:really|tbh|honestly|to me))*$"
                        r"|(?:it )?(?:just )?(?:feels?|felt) like an? (?:\d+|one|two|three|four|five|six"
                        r"|seven|eight|nine|ten)(?: (?:really|tbh|honestly|to me))*$"
                        r"|(?:maybe |probably )?if(?! i (?!had|was|were|felt|failed|lost|ended up|found"
                        r"|heard|learn\w*|got (?:ill|sick|a)\b))"
                        r")\b|\b(?:a number|felt like a \d)")
# An answer that opens with what someone or something else does: "my supervisor actually replying
# to emails", "the baby sleeping through would help", "another mistake like that would", or with
# a time to get through.
_HEDGED = r"^(?:(?:probably|maybe|perhaps|just|honestly) )?"
_NOT_A_GERUND = (r"(?!(?:\w*thing|morning|evening|ring|during|feeling|meeting|wedding|building"
                 r")\b)")
"""Before a word ending in -ing: the words so ending that name no action ("something", "a wedding")."""
_SOMEONE_ELSE_ACTS = re.compile(
    _HEDGED + r"(?:the|a|an|my|his|her|our|their|another"
    r"|some|better|more|less) (?:\w+ ){0,2}?\w+ (?:\w+ly )?(?:" + _NOT_A_GERUND
    + r"\w+ing|would|might|could|will)\b"
    r"|" + _HEDGED + r"(?:better|more|less) \w+$"
    r"|" + _HEDGED + r"(?:someone|somebody|anyone|other people)\b"
    r"|^(?!(?:me|my|myself|i)\b)(?:\w+ ){1,2}being (?:over|done|finished|sorted|gone|quieter)\b"
    # A time waited out, not a test passed: "Getting through Christmas.", "Getting past year
    # end." (not "Getting through Christmas without caving", "a Friday night sober").
    r"|" + _HEDGED + r"getting (?:through|past) (?:the |this |a |my |another |year |one )?"
    r"(?:\w+ ){0,2}?(?:christmas|xmas|easter|winter|summer|autumn|spring|holidays?|half term"
    r"|new year|year end|end of (?:the )?\w+|quarter|launch|audit|deadlines?|exams?|mocks|finals"
    r"|season|wedding|anniversary|birthday|busy (?:spell|period|patch|time)|project|move"
    r"|nights? out|(?:bad|busy|hard|rough|tough|stressful) (?:weeks?|days?|nights?|shifts?))\b"
    r"(?!.*\b(?:without|sober|clean|dry|not (?:drinking|smoking|vaping|betting)|on (?:soft"
    r" drinks|water|the wagon))\b)")
# Asked what it would take, an answer opening on something the person would do ("Blocking
# Thursdays in my calendar", "keeping a spare case at his place", "Maybe putting a bit by for the
# grandkids", "maybe if I kept the biscuits at work") names their own means: read as the
# question asks, unlike a condition, a state or an event named ("my physical in March", "Getting
# sick", "Being less stressed", "Maybe a new job") or a means refused ("Quitting, no way"),
# which has no side (``_ASKS_TAKE``).
_ACTION_GERUND = (
    _NOT_A_GERUND + r"(?!(?:being|having|getting|knowing|seeing|waiting|losing|winning|going"
    r"|hearing|finding|coming|happening|needing|wanting|thinking|living|dying|spring|ceiling"
    r"|king|darling|pudding|sibling|screening|christening|funding|housing|warning|shopping"
    r"|parking|bedding|offspring)\b)\w+ing\b")
_MEANS_NAMED = re.compile(r"^(?!.*\b(?:not|no way|never|nah|won't|isn't)\b)(?:(?:(?:maybe|perhaps"
                          r"|probably|just) )?" + _ACTION_GERUND + r"|(?:maybe|perhaps) (?:if i\b"
                          r"|i (?:could|should|will|would|can|might|need to)\b))", re.IGNORECASE)
# An answer that opens with someone else's wish or view ("my wife wants me to cut down"), not
# with what they told ("the dentist said my teeth are getting wrecked" is a reason).
_OTHERS_VIEW = re.compile(
    r"^(?!(?:i|we|it|that|this|there|what)\b)(?:(?:my|our|his|her|the) )?(?:\w+ ){0,2}?"
    r"(?:wants|wanted|reckons|reckoned|thinks|keeps on at|(?:is|has been|was) (?:always"
    r" |constantly |very |really |so )?(?:on at|nagging|upset|angry|annoyed|furious|cross))\b")
_TAIL_WORDS = r"(?: (?:really|tbh|honestly|lol|yet|much|i guess|i suppose|this week|to be honest))*$"
# Not thought it through: "Haven't thought that far ahead", "Not really given it much thought",
# "I can't picture it".
_NOT_THOUGHT = (r"^(?:(?:i )?(?:have|did) not|not) (?:really |actually |even |much )?(?:thought"
                r" (?:about it|of it|about that|that far(?: ahead)?)|given it (?:much |any |a lot"
                r" of )?thought|set (?:anything|any|one|a goal|goals))" + _TAIL_WORDS,
                r"^(?:i )?(?:(?:really|genuinely|honestly|just|even) )?can not (?:really |even )?"
                r"(?:picture|imagine) (?:it|that)" + _TAIL_WORDS)
# A clause saying nothing has moved since last time ("Same as last week really.", "Stayed about
# the same.", "Not much has changed."), nothing to add ("Busy week."), or not thought it
# through: an answer made only of these answers nothing.
_UNMOVED = re.compile("|".join(f"(?:{p})" for p in (
    *_UNCHANGED_CLAUSE, *_NOT_THOUGHT,
    r"^(?:(?:(?:just|pretty much|much|more or less|about|roughly|so|well|it|things|the rating"
    r"|probably|honestly|i guess|i expect"
    r"|has|i am|i have|stayed|stays|staying|is|are|been) )*(?:the )?same(?: as (?:last (?:week"
    r"|time|month)|the last (?:check in|one|time)|before|now|this one|this year|today|it is"
    r"(?: now)?))?|no (?:real |big )?change"
    r"|(?:a )?busy (?:week|few days|time|month|weekend)(?: at work)?"
    r"|nothing (?:new |more |much )?to (?:add|report|say))" + _TAIL_WORDS)))
_NOT_THOUGHT_FIRST = re.compile("|".join(_NOT_THOUGHT))
# Waiting to see, opening a clause: "I'll see how next week goes", "ask me after exams", "maybe
# nothing" (not "try a week off and see how it goes", "I'll see the GP about patches").
_WAIT_AND_SEE = re.compile(r"^(?:(?:and|then|so|maybe|just|probably|i guess) )*(?:(?:i|we) will see"
                           r"(?: (?:how|what|if|whether)\b|$)|see how|ask me|leave me|nothing)\b")
# Replies that deny what was asked for, whole clauses ("Nothing really", not "Nothing bought").
_NONE = ("nothing", "none", "not much", "not a lot")
_NONE_TAIL = (r"(?: (?:really|honestly|at all|much|to be honest|tbh|i think|good|about it|yet"
              r"|major|serious|terrible|nothing|in particular|specific))*$")
# Asked what stands out, "Nothing special", "Not much", "Nothing I didn't already know".
_NOTHING_STOOD_OUT = re.compile(
    rf"^(?:(?:nah|no|nope|naw) )?(?:{_alt(*_NONE)})(?: (?:special|new|surprising|stands out"
    rf"|i did not (?:already )?know|i did not know already|really new))?{_NONE_TAIL}")
# To a question about what the status quo gives or the change would cost: "Nothing, honestly."
# says there is nothing good in how things are.
_NOTHING = re.compile(rf"^(?:{_alt(*_NONE, 'not really anything')}){_NONE_TAIL}")
# To a question evoking change talk: "Nobody.", "Not much." (its first clause).
_DENIAL = re.compile(rf"^(?:(?:nah|no|nope|naw) )?(?:{_alt(*_NONE, 'nobody', 'no one', 'not really')}"
                     r"|(?:i )?(?:can|could) not (?:really )?think of (?:one|any|anything|anyone"
                     r"|anybody|much|a time))"
                     rf"{_NONE_TAIL}")


# A question asked back ("Why would it matter?", "Tbh whats the point, really?", "Is that
# bad?", "Sorry?"), not a statement said with a rising tone ("I'd actually enjoy my weekends?",
# "Shorter calls, random days?", "Would save me a fortune?", "Saving money, isn't it?"): read
# from the first clause of the question's sentence, after the words that may open it.
_OPENERS = re.compile(r"^(?:(?:tbh|ngl|lol|ugh|sorry|then|or|also|plus|because|mate|ok|okay|yeah"
                      r"|but|so|and|well|honestly|i mean|like|um|uh|oh|hmm|right|seriously"
                      r"|genuinely|really) )*")
_ASKING = re.compile(
    r"^(?:(?:what|whats|why|y|how|hows|who|whos|whom|whose|when|where|wheres|which|surely)\b"
    r"|(?:is|are|am|was|were|do|does|did|can|could|should|would|will|shall|have|has|had)"
    r"(?: not)? (?:i|you|we|it|that|this|there|he|she|they|my|your|the|a|an|anyone|anybody"
    r"|anything|everyone|people|someone|somebody)\b"
    r"|(?:sorry|pardon|eh|huh|lol|seriously|really|such as|meaning|in what way|come again|wdym"
    r"|good question|like what|how so|what do you mean|what)$)")


# A question asked back that challenges the change: "Why would I?", "Who cares?"
_CHALLENGE = re.compile(r"^(?:why (?:would|should|do|does|stop|change|bother|quit|give)|who cares"
                        r"|(?:what|whats|what is) (?:would be )?the point|so what)\b")
# A statement that says nothing of its own: "It's fine.", "Pass.", "Good question."
_SAYS_NOTHING = re.compile(r"^(?:(?:it is|that is|i am|its|all) )?(?:fine|alright|all right|ok|okay"
                           r"|good|not bothered|whatever|pass|good question|works for me|lol|haha"
                           r"|nothing|nah|no|yes|yeah|sure)$")


# "Nothing so far", "Not much comes to mind", "Nothing has worked", "None of it".
_NAMES_NONE = re.compile(rf"^(?:{_alt(*_NONE)})(?: (?:so far|yet|really|of (?:it|them|that)"
                         r"|(?:comes?|springs?) to mind|(?:that )?i can think of"
                         r"|(?:has |have |ever |really )?(?:worked|helped|stuck)))+$")


# What names something after a "nothing": "Nothing but water helped.", "None, apart from gum."
_SAVE_FOR = re.compile(r"\b(?:but|except|apart from|other than|besides)\b", re.IGNORECASE)


def _names_nothing(answer: str) -> bool:
    """Whether an answer says it has no answer or names nothing ("dunno", "Nothing so far.",
    "Not much comes to mind.", "Can't think of anything"; not "Nothing but water helped.")."""
    if _SAVE_FOR.search(answer):
        return False
    clauses = _clauses(answer)
    first = _FILLER.sub("", clauses[0].text + " ").strip() if clauses else ""
    return not first or bool(_DENIAL.match(first) or _NOTHING.match(first)
                             or _NO_ANSWER.match(first) or _NAMES_NONE.match(first))


def _ends_statement(clauses: list[_Clause], start: int) -> bool:
    """Whether the sentence opening at ``clauses[start]`` ends without asking (its last clause
    before the next sentence) and says something of its own."""
    end = next((n for n in range(start + 1, len(clauses)) if clauses[n].opens), len(clauses))
    said = " ".join(c.text for c in clauses[start:end])
    return not clauses[end - 1].question and not _SAYS_NOTHING.match(_FILLER.sub("", said + " ").strip())


def _challenged(clauses: list[_Clause]) -> bool:
    """Whether the answer's last sentence asks back why the change should be made at all."""
    at = max((n for n, c in enumerate(clauses) if c.opens), default=0)
    return clauses[-1].question and bool(_CHALLENGE.match(_OPENERS.sub("", clauses[at].text + " ").strip()))


def _asked_back(clauses: list[_Clause]) -> bool:
    """Whether the answer ends by asking the reader something rather than answering."""
    if not clauses or not clauses[-1].question:
        return False
    at = max((n for n, c in enumerate(clauses) if c.opens), default=0)  # its sentence's start
    if any(c.opens and _ends_statement(clauses, n) for n, c in enumerate(clauses[:at])):
        return False  # "Shes my mum. Whats more important than that?": the statement answers
    rest = _OPENERS.sub("", clauses[at].text + " ").strip()
    return not rest or bool(_ASKING.match(rest))  # "Sorry?": nothing but the opener


# Asked how the change fits with a value, an answer that opens by saying it does not ("It
# doesn't lol", "kind of against it", "don't see the connection"; not "Badly", which as often
# says the habit fits the value badly).
_ASKS_FIT = re.compile(r"\bchange i am considering\b.*\bfit with\b")
_DOES_NOT_FIT = re.compile(
    r"^(?:(?:honestly|well|hmm+|so|it|that|this|kind of|kinda|sort of|really|probably) )*"
    r"(?:(?:does not|doesnt|do not|dont)(?: (?:really|fit|at all|much|well|great|with it))*"
    r"|not (?:a )?(?:great|good|brilliant) fit|(?:goes )?against it|clashes"
    r"|(?:i )?(?:do not|dont) see (?:the|a|any|much of a) (?:connection|link))"
    r"(?: (?:lol|ha|haha|honestly|tbh|really|kind of|to be honest))*"
    # "It doesn't fit at all that's the trouble."
    r"(?: (?:that is|thats|which is) (?:the|my) (?:trouble|problem|thing|point)(?: really)?)?$")

_ANSWER = 0.6      # an answer that takes the question's direction
_CONTENT_WORDS = 3
# A short reply that only agrees, refuses or hedges ("Yeah.", "Not really."): no answer of its
# own. Any other short reply answers the question ("Knees." "Sofa." "Ready."). Matched only
# against fewer than _CONTENT_WORDS words: its phrases overlap ("not really", "not" "really"),
# so on a long reply that fails it would backtrack exponentially.
_BARE_REPLY = re.compile(
    r"^(?:(?:yes|yeah|yep|yup|no|nope|nah|ok|okay|sure|maybe|right|true|mm|mhm|hmm|huh|fine"
    r"|nothing|none|not really|exactly|definitely|absolutely|of course|probably|perhaps|thanks"
    r"|thank you|uh huh|mm hmm|i see|alright|all right|good|great|cool|i guess|i suppose|not"
    r"|really|same|dunno|i do not know|i will see|we will see|who knows|not yet|no way|pass"
    r"|it|that|this|a|the|i|me|so|oh|well|too|and|or|either|both|neither) ?)*$")


# What a plan does: "so I am blocking out Friday mornings", "maybe pack a sandwich".
_PLAN_DO = (r"block|book|bring|take|pack|keep|plan|go|get|leave|make|put|set|switch|use|do|walk"
            r"|load|drive|cycle|ask|tell|call|cook|join|start|stick|buy|meet|swap|change|move|stay"
            r"|avoid|skip|prepare|prep|schedule|save|sort|arrange|order|turn|lock|delete|mute"
            r"|hide|carry|text|talk|try|head|grab|wait|stand")
_PLAN_DOING = (r"blocking|booking|bringing|taking|packing|keeping|planning|going|getting|leaving"
               r"|making|putting|setting|switching|using|doing|walking|driving|cycling|asking"
               r"|telling|calling|cooking|joining|starting|sticking|buying|meeting|swapping"
               r"|changing|moving|staying|avoiding|skipping|preparing|prepping|scheduling|saving"
               r"|sorting|arranging|ordering|turning|locking|deleting|muting|hiding|carrying"
               r"|texting|talking|trying|heading|grabbing|loading|shifting|cutting|limiting")
# The same actions done: a diary's clipped entry opens with one, its "I" dropped ("Booked the
# class for Thursday", "rang the clinic", "turned it off"), and is read as a report of what was
# done. Not the light verbs ("got", "made", "had"), which say nothing of an action taken.
_PLAN_DONE = (r"blocked|booked|brought|took|packed|planned|went|left|set|switched|used|did|walked"
              r"|drove|cycled|asked|told|called|rang|cooked|joined|rejoined|started|stuck|bought"
              r"|met|swapped|changed|moved|stayed|avoided|skipped|prepared|prepped|scheduled|saved"
              r"|sorted|arranged|turned|locked|deleted|muted|hid|carried|texted|talked"
              r"|tried|headed|grabbed|cancelled|canceled|returned|signed up|cleared|binned|threw"
              r"|chucked(?! a sickie)|emailed|messaged|phoned|sent|submitted|handed in"
              r"|filled in|paid|finished|found|wrote|installed|uninstalled|unsubscribed|unfollowed"
              r"|logged|tracked|ordered|downloaded|printed|weighed|measured|ditched|replaced")
_DIARY_OPENING = re.compile(rf"^(?:(?:just|finally|also|actually|so) )?(?:{_PLAN_DONE})\b")
_PLAN_START = r"^(?:(?!(?:not|no|never|nothing|can not|if|which(?= i\b))\b)\w+ )*?"
_PLAN = re.compile(
    _PLAN_START
    + rf"(?:i (?:will|shall|am going to|am (?:(?!not )\w+ )?(?:{_PLAN_DOING})|could|can|need to)\b"
    r"(?! (?:not|never|be|have been|easily|probably|if|when|whenever)\b)"
    r"|(?:so |then )?if .* i (?:will|shall|am going to)\b(?! (?:not|be|have been)\b)"
    r"|(?:then|so|maybe) (?:just |probably )?"
    rf"(?:(?!(?:i|it|that|this|there|he|she|they|we|my|not|no)\b)\w+ )?(?:{_PLAN_DO})\b"
    # Hedged or told as a rule: "might skip Fridays", "then I put the kettle on", "that's the
    # plan", "rule is: ...".
    rf"|(?:(?:then|so|maybe) (?:i|you|we) (?:just )?|(?:i )?might (?:just |still |also )*)"
    rf"(?:{_PLAN_DO})\b"
    r"|(?:that|this) is the plan$|(?:the |my )?(?:(?:backup|back up|fallback) )?(?:plan|rule)(?: b)? is\b"
    r"|(?:the |my )?(?:backup|back up|fallback) is\b"
    r"|then it is (?:the|a)\b|i (?:really |think i |just |probably )?need a plan\b)")
# Clipped, at a clause's start: "Going to ask the physio first", "then back on track".
_PLAN_CLIPPED = re.compile(
    r"^(?:(?:so|then|and|maybe) )?(?:(?:going to|will) (?!(?:be|struggle|fail|suck|cave|slip|happen|hurt"
    r"|rain|snow|kill|need|have to|not|probably|just|wing|see|enjoy|play|go with|have)\b)\w+"
    r"|(?:i am )?back on track\b)")
# An obstacle, then the plan told as a bare instruction to oneself ("Payday weekend. Leave the
# card at home and take cash.", "Heat. Go at 6am.", "Busy. Just do 10 mins"); not a clipped
# habit: what is done to "it" or "nothing", going back, out or all out, "the usual", "like
# always" ("Skip it and stay in", "Do nothing", "Go out and get hammered").
_PLAN_BARE = re.compile(
    rf"^(?:(?:and|or|just|then|so) )*(?!(?:go|get|come) (?:out|back|all out)\b)"
    rf"(?:{_PLAN_DO}|ring|phone|stick|make|say(?= (?:no|i|sorry|that i)\b))\b"
    r"(?! (?:it|nothing|not|all out|off|loads|the usual|a week off|a day off|never|is|was"
    r"|does|did|will|has|had|goes|went|always|b)\b)"
    r"(?!.*\b(?:usual|like always|as always|same as always|anyway|a week off|a night off"
    r"|a day off)\b)")
# A thing put away as a rule: "Card stays at home Fridays", "the laptop lives in the other room",
# "charger goes in the kitchen", "cards stay with my wife" (not "my willpower goes out of the
# window", "he goes by the bookies", "my brain goes into meltdown").
_PLAN_PUT_AWAY = re.compile(
    r"^(?:(?:and|then|so|from now on|from (?:\w+ )?on|now) )*(?:the |my |our )?"
    rf"(?!(?:he|she|they|i|we|it|everything|everyone|nobody|that|this|{_PEOPLE})s?\b)(?:\w+ ){{0,2}}?"
    r"(?:stays?|goes|go|lives?|gets? left|is staying|are staying) (?:\w+ )?(?:at home|in (?:the"
    r"|a|my|another|her|his)|downstairs|upstairs|out of (?:reach|sight)|with (?:my|her|his) \w+)\b")
# A plan under a label, the label its own clause ("Backup plan = frozen dumplings", "plan: get
# up, read in the living room"), or "Then:" before a plan ("Then: skip the book"): the next
# clause is the plan, if it is one (not "Plan: dunno", "Then, honestly, I cave").
_PLAN_LABEL = re.compile(r"^(?:(?:my|the|a|backup|back up|fallback|emergency) )*(?:plan|rule)"
                         r"(?: b)?$")
_THEN_LABEL = re.compile(r"^(?:then|instead)$")
# "mornings instead on those weeks"; not a habit told ("then I just eat crisps instead").
_PLAN_INSTEAD = re.compile(r"^(?!.*\bi\b)" + _PLAN_START + r"\w+ (?:\w+ ){0,3}instead\b")
# A plan clause that reads as sustain talk: giving way, the habit back, an excuse (unless
# denied: "no more excuses", "try not to cave").
_GIVING_WAY = _words(_LAPSE, r"cave|caving|end up|ends up|ending up|excuses?",
                     r"(?:at|on) it again|back (?:at|on) it", r"take (?:it|this|that) out on",
                     r"crack|fold|relapse|slip(?: back| up)?|give (?:up|in)|go with (?:it|the flow)",
                     r"let (?:loose|go)|have (?:a few|one|a couple)|just have|enjoy myself",
                     r"take the edge off|get (?:wasted|drunk|hammered|smashed|high|stoned|pissed)",
                     r"light up|treat myself|(?:like|as) (?:always|usual)|what i always do")
_DENIED_BEFORE = re.compile(r"\b(?:no|not|never|stop|without)(?: \w+){0,4} $")
_NO_PLAN = re.compile(r"^(?:(?:just|probably|prob|honestly|well|um) )*(?:nothing|none|dunno"
                      r"|do not know|no idea|not sure|there is not one|there is none|who knows"
                      r"|meh|idk|no plan|have not got one|hope for the best|wing it)"
                      r"(?: (?:really|honestly|lol|tbh|yet|at all|i guess))*$")


def _gives_way(text: str) -> bool:
    """Whether a clause gives way to the habit ("so I will probably cave", "I make excuses");
    not when the giving way is denied ("no more excuses", "try not to cave")."""
    return any(not _DENIED_BEFORE.search(text[: m.start()] + " ")
               for m in _GIVING_WAY.finditer(text))


# Cues that name a feeling or an effect: what an answer to "What is good about how things are
# now?" or "What would be not so good about making this change?" is made of.
_EVALUATIVE = frozenset({"concern", "harm", "too much", "feel bad", "problem", "bad",
                         "would be better", "might lose", "causes", "what it gives", "easy"})


_NEEDS_A_PLAN = re.compile(r"\bneed a plan\b")  # a plan's kind: need, not commitment


def _in_clause(h: _Hit, clause: _Clause) -> bool:
    return clause.spans[0][0] <= h.span[0] < clause.spans[-1][1]


def _plan_hit(clauses: list[_Clause], hits: list[_Hit], ctx: _Context,
              first: int = 1) -> _Hit | None:
    """The plan in an answer to "What could get in the way, and what will you do then?": a
    clause saying what the person will do, unless it reads as sustain talk itself ("so I will
    probably cave", "then smoking again", "so takeaway it is"). Before ``first`` (the first
    clause of an answer, which may be the obstacle itself) only a plan said as one counts ("I'll
    leave the card at home", "Rule: no phone after 10"), not a bare instruction."""
    own = _own_words_only(ctx)
    for n, clause in enumerate(clauses):
        after = clauses[n + 1] if n + 1 < len(clauses) and not clause.question else None
        if after and (_PLAN_LABEL.match(clause.text) or _THEN_LABEL.match(clause.text)):
            planned = after  # "Backup plan = frozen dumplings": the next clause
            if _NO_PLAN.match(planned.text) or (_THEN_LABEL.match(clause.text)
                                                 and not _plans(planned.text)):
                continue
        elif n >= first and _plans(clause.text) and not (clause.question
                                                         and _PLAN_LABEL.match(clause.text)):
            planned = clause
        elif n < first and (_PLAN.match(clause.text) or _PLAN_CLIPPED.match(clause.text)
                            or _PLAN_PUT_AWAY.match(clause.text)):
            planned = clause  # the whole answer a plan: "I'll leave the card at home."
        else:
            continue
        if _plan_against_change(planned, hits, own):
            continue
        kind: Kind = "need" if _NEEDS_A_PLAN.search(clause.text) else "commitment"
        return _Hit("answer: plan", 1, kind, _ANSWER, (clause.spans[0][0], planned.spans[-1][1]),
                    sure=_ANSWER_SURE)
    return None


def _plan_against_change(planned: _Clause, hits: list[_Hit], own: _Context) -> bool:
    """Whether a plan reads as sustain talk itself: it gives way ("so I will probably cave"),
    names the habit in the change's own words ("then smoking again"; ``own``: the context with
    those words only), or holds a cue against the change."""
    named = None if _PLAN_PUT_AWAY.match(planned.text) else _behaviour(planned.text, own)
    return bool(_gives_way(planned.text) or named and named.value < 0
                or any(h.polarity < 0 and _in_clause(h, planned) for h in hits))


def _own_words_only(ctx: _Context) -> _Context:
    """``ctx`` with the habit read in the change's own words only ("pack" is not the
    cigarettes here)."""
    return replace(ctx, targets=replace(ctx.targets, tiers=ctx.targets.tiers[: ctx.targets.own]))


def _families_only(ctx: _Context) -> _Context:
    """``ctx`` with the habit read in the everyday behaviours' words only, not the change's own
    ("tell Femi about this" is no telling of "stop telling my mum everything")."""
    return replace(ctx, targets=replace(ctx.targets, tiers=ctx.targets.tiers[ctx.targets.own:]))


def _plans(text: str) -> bool:
    """Whether a clause says what the person will do, in any of the forms above."""
    return bool(_PLAN.match(text) or _PLAN_INSTEAD.match(text) or _PLAN_BARE.match(text)
                or _PLAN_CLIPPED.match(text) or _PLAN_PUT_AWAY.match(text))


def _diary_hits(clauses: list[_Clause], hits: list[_Hit]) -> list[_Hit]:
    """A note told as a diary entry (see ``_DIARY_OPENING``), unasked how it went: what was done
    says less than in a report asked for, so a step or a lapse read from it is counted but too
    unsure to show alone; with no cue at all ("Rang the clinic.", "Told her."), the step is the
    entry itself. A step that names the change ("walked in") keeps its sureness."""
    hits = [replace(h, sure=min(h.sure, _UNKNOWN_SURE)) if h.rule.startswith("past action")
            and (h.polarity < 0 or h.rule.endswith("reported")) else h for h in hits]
    return hits or [_diary_step(clauses)]


def _diary_step(clauses: list[_Clause]) -> _Hit:
    """An act told as a diary's entry, with no cue of its own: a step, too unsure to show."""
    return _Hit("answer: diary step", 1, "taking_steps", _ANSWER, clauses[0].spans[0],
                sure=_UNKNOWN_SURE)


# Asked how it has gone, an answer's opening read when nothing else is: "Same." or "Nothing new."
# with more told after it (not "Same. Nothing to add."); and what makes an opening no act done:
# its "I" or "we", a "not" ("We just didn't bother"), a question ("Did I have one?"), talking
# oneself into or out of something, or a day's routine ("Went to bed at 11.").
_SAME = re.compile(
    r"^(?:(?:honestly|tbh|well|so|pretty much|much) )*(?:still )?(?:the )?(?:same|nothing new"
    r"|not much (?:change|different)|nothing (?:has )?changed|nothing different|no different"
    r"|no change|not much has changed)(?: (?:tbh|honestly|really|lol|haha|hahaha|again"
    r"|as (?:ever|always|before|usual|last week|last time)|like last week|mostly))*$")
_NOTHING_MORE = re.compile(r"^(?:(?:and|so|really) )?(?:nothing|not much)"
                           r"(?: (?:much|else|more|new))?(?: to (?:add|report|say|tell))?"
                           r"(?: (?:really|tbh|honestly|lol|that is all|thats all))*$")
_OWN_SUBJECT = re.compile(r"^(?:(?:i|we) )?(?:(?:just|actually|really|even|honestly|tbh) )*")
_NOT_AN_ACT = re.compile(
    r"^(?:(?:i|we|just|actually|really|even|honestly|tbh) )*(?:(?:did|do|does|have|has|had|was"
    r"|were|am|could|would) not|not|never)\b|^(?:did|do|have|had) (?:i|you|we)\b"
    r"|\b(?:myself|ourselves) (?:into|out of)\b"
    r"|^(?:(?:i|we) )?(?:went (?:to (?:bed|sleep|work|school)|home)|got up|woke)\b")


# After "Same.", what says the sameness is good (in the next clause): "Loving it.", "Same,
# which is good.", "Still haven't had one.", "Clean."
_GOOD_NEWS = re.compile(r"\b(?:lov\w*|good|great|fine|clean|well|better|happy|proud|none"
                        r"|(?:have|has) not (?:had|touched|smoked|drunk)|not had)\b")


def _report_opening_hits(clauses: list[_Clause], hits: list[_Hit], following: list[_Clause],
                         ctx: _Context) -> list[_Hit]:
    """The hits of an answer's first sentence, asked how it has gone, with what its opening
    says when no cue read it: an act told as a diary's entry ("Talked to Karen.", "I asked about
    the choir."; see ``_NOT_AN_ACT``; not an act on the habit, "Found a new casino app.") is a
    step, too unsure to show alone; "Same." or "Nothing new." with more told after it ("Same.
    Last night played till 3.") is the habit unchanged, for either way of change (a bare
    "Same." says nothing more than that it was asked; nor "Same. Loving it.", "Same. Still
    haven't had one.": see ``_GOOD_NEWS``)."""
    if not clauses:
        return hits
    first = clauses[0].text
    if not hits and _DIARY_OPENING.match(_OWN_SUBJECT.sub("", first, count=1)) and not (
            _NOT_AN_ACT.search(first) or _on_the_habit(first, ctx)):
        return [_diary_step(clauses)]
    more = [c.text for c in [*clauses[1:], *following]]
    if (more and _SAME.match(first) and not _NOTHING_MORE.match(more[0])
            and not any(h.polarity > 0 or h.rule == "unchanged" for h in hits)
            and not _GOOD_NEWS.search(more[0])):
        return [*hits, _Hit("unchanged", -1, "taking_steps", _ANSWER, clauses[0].spans[0],
                            sure=_UNKNOWN_SURE)]
    return hits


# The fewest words of an answer read as a report when nothing else is: shorter ones are as
# often a verdict, a shrug or one fact beside the point ("Fine.", "Busy. Dont ask", "Had two
# weeks off in Spain."). Measured on whole answers, as the journal figures read them: see
# ``_reported_step``.
_REPORT_WORDS = 12
# An answer that opens by saying nothing went on, which ``_NOTHING_MORE`` (nothing more than
# that) does not read: "Not much happened this week, I was away.", "There's not much to report".
_QUIET = re.compile(r"^(?:(?:honestly|tbh|well|so) )*(?:there (?:is|was|has been) )?(?:nothing"
                    r"|not (?:much|a lot)|very little)(?: (?:much|really|else|new))?"
                    r" (?:(?:has |have )?happened|came up|going on|went on|to report)\b")


def _reported_step(answer: str, clauses: list[_Clause]) -> list[_Hit]:
    """Asked how the change has gone since a given time, an answer of twelve words or more with
    nothing read for either side ("Drew the cat on Tuesday, the kettle on Thursday, and a
    wobbly self portrait on Sunday."): a report on the change in the person's own shorthand, far
    likelier a step than nothing, counted but too unsure to show. Not a question asked back,
    nor an answer that opens by saying there is nothing to tell ("Same as last time.").

    On sets A to CR, whole answers (version 102 against 103): of those this rule reads, 217 were
    labelled change talk, 71 sustain and 17 neutral; of those under twelve words it would have
    read, 31 change, 21 sustain and 25 neutral."""
    words = sum(1 for w in answer.split() if any(ch.isalnum() for ch in w))
    if not clauses or words < _REPORT_WORDS or any(c.question for c in clauses):
        return []
    first = _FILLER.sub("", clauses[0].text + " ").strip()
    if (_names_nothing(clauses[0].text) or _SAME.match(first) or _NOTHING_MORE.match(first)
            or _QUIET.match(first)):
        return []
    return [_Hit("answer: how it went", 1, "taking_steps", _ANSWER, clauses[0].spans[0],
                 sure=_UNKNOWN_SURE)]


# The optional question skipped, told in a word: "skip", "Skipped.", "pass".
_SKIPPED = re.compile(r"^(?:skip|skipped|skipping|pass|n a)$")


def _note_to_self(clauses: list[_Clause], hits: list[_Hit], ctx: _Context) -> list[_Hit]:
    """Asked for anything else to note, an answer with nothing read for either side that opens
    on a plan ("Buy earplugs.", "ask Bec if she wants to cowork on Tuesdays"): a note to self,
    far likelier a plan than nothing, counted but too unsure to show. Not a bare reply
    ("skip"), nor a plan the way of the habit ("Buy more fags.": ``_plan_against_change``).

    On sets A to CR (version 102 against 103), of the answers this rule reads, 120 were labelled
    change talk, 43 neutral and 3 sustain."""
    if not clauses:
        return []
    first = clauses[0]
    words = " ".join(c.text for c in clauses)
    if (not _plans(first.text) or _SKIPPED.match(words)
            or len(words.split()) < _CONTENT_WORDS and _BARE_REPLY.match(words)
            or _plan_against_change(first, hits, _families_only(ctx))):
        return []
    return [_Hit("answer: note to self", 1, "commitment", _ANSWER, first.spans[0],
                 sure=_UNKNOWN_SURE)]


def _on_the_habit(text: str, ctx: _Context) -> bool:
    """Whether ``text`` names a behaviour the way of the habit ("played till 3" of "play less")."""
    found = _behaviour(text, ctx)
    return bool(found and found.value < 0 and not found.passing)


# Asked what it would take (or what would have to happen, or who could help), a later clause
# that says the condition just named is not met and will not be ("..., which they won't", "It
# hasn't really.", "thats never happening", "he will not agree", "Neither is happening right
# now."): what would move the
# person is absent, so nothing moves them; sustain talk. Its subject points back to the
# condition; a clause of its own verb ("the phone doesn't have to be by the bed") is a means.
_UNMET = re.compile(
    r"^(?:(?:and|but|so|which|though|sadly|obviously|honestly|well|so far|yet) )*"
    r"(?:(?:which|that|it|this|they|he|she|those|these)(?: (?:\w+ly|still|just|really))?"
    r" (?:(?:has|have|had|will|would|does|do|did|is|are|was|were) (?:not|never)|never)"
    r"(?: (?:going to )?(?:happen\w*|be happening|agree(?: to (?:it|that))?|budge|allow it"
    r"|let (?:it|that)(?: happen)?|go for it|say yes|come round))?"
    r"|(?:neither|none)(?: of (?:them|those|these|it|that))? (?:is|are|has|have|will)(?: \w+)?"
    r"|(?:not |never |un)likely|(?:not|never) (?:going to )?happen\w*)"
    r"(?: (?:really|yet|though|so|anyway|at all|right now|now|so far|either|any time soon|soon"
    r"|happening|tho|lol))*(?: (?:till|until|for|before) .*)?$")
# Asked what the worst could be or what a year without the change would be like, a later clause
# that waves the outcome just named away ("..., prob not tho", "unlikely", "Which is fine?",
# "I'd survive", "I don't really buy it") is sustain talk: the outcome does not move the person.
_TAIL = r"(?: (?:really|honestly|tho|though|lol|haha|i guess|i think|i suppose|tbh|anyway))*$"
_DISMISSED = re.compile(
    r"^(?:(?:and|but|so|which|honestly|tbh|well|though|nah|no) )*"
    r"(?:(?:probably|prob|probs) (?:not(?: going to happen)?|nothing)|(?:not |un)likely"
    r"|(?:that|it) is (?:probably )?not (?:even )?real(?: is it)?"
    r"|(?:which|that|it) (?:is|would be|will be) (?:\w+ )?(?:fine|okay|ok|survivable)"
    r"|i (?:would|will|could) (?:\w+ )?survive(?: it)?|nothing (?:terrible|awful|bad|serious)"
    r"(?: (?:happens|would happen|will happen))?"
    r"|i do not (?:really |actually )?(?:buy|believe) (?:it|that))"
    + _TAIL)


def _denied_later(clauses: list[_Clause], hits: list[_Hit], denial: re.Pattern[str],
                  rule: str, first: int, following: list[_Clause]) -> _Hit | None:
    """A clause from ``first`` on that denies what the answer named (a condition said to be
    unmet, an outcome waved away) or, as its first clause, waves the question away ("nah
    probably nothing"): sustain talk, unless a later clause asks something, speaks for the
    change ("So smaller goals?") or, after a first clause, names one after all ("Or a heart
    attack"). ``following``: the first clause of the answer's next sentence, if read apart
    ("Unlikely. But I'll try.")."""
    for n, clause in enumerate(clauses[first:], first):
        if not denial.match(clause.text):
            continue
        later = clauses[n + 1:]
        begins = later[0].spans[0][0] if later else math.inf
        if any(c.question for c in later) or any(h.polarity > 0 and h.span[0] >= begins
                                                 for h in hits):
            return None
        if any((c.contrast or _OR_ELSE.match(c.text)) and not _HEDGE.search(c.text)
               for c in [*(later if n == 0 else []), *following]):
            return None  # "Prob nothing. Or a heart attack": waved away, then named after all
        return _Hit(rule, -1, "reasons", _ANSWER, (clause.spans[0][0], clause.spans[-1][1]),
                    sure=_CONTEXT_SURE)
    return None


# Words that open a clause naming something after a denial: "..., except I get breathless";
# after a worst case waved away, also "Or a heart attack", "until it isn't".
_EXCEPT = ("unless", "except")
_OR_ELSE = re.compile(rf"^(?:{_alt(*_EXCEPT, 'or', 'until')})\b")


def _unmet_hit(clauses: list[_Clause], hits: list[_Hit], first: int,
               following: list[_Clause]) -> _Hit | None:
    """The condition (or the help) an answer to "What would it take...?" (or "Who could
    help?") names, said not to be met."""
    return _denied_later(clauses, hits, _UNMET, "answer: unmet condition", first, following)


def _dismissed_hit(clauses: list[_Clause], hits: list[_Hit], first: int,
                   following: list[_Clause]) -> _Hit | None:
    """The bad outcome an answer to "What is the worst that could happen?" names, waved away
    (or the question waved away outright: "nah probably nothing")."""
    return _denied_later(clauses, hits, _DISMISSED, "answer: outcome dismissed", first,
                         following)


def _taken_back(clauses: list[_Clause], hits: list[_Hit]) -> bool:
    """Whether a denial in the first clause is taken back: a later clause starts with "but",
    "though", "unless" or "except" ("Nobody really, but I could ask my sister") or carries a cue
    for the change."""
    return any((c.contrast or _NAMES_ONE.match(c.text)) and not _HEDGE.search(c.text)
               for c in clauses[1:]) or any(
        h.polarity > 0 and not _in_clause(h, clauses[0]) for h in hits)


# A later clause that names something after all: "..., except I get breathless on the stairs".
# ("Not much. Maybe the cost." is still a denial: the sets' labellers read it so.)
_NAMES_ONE = re.compile(rf"^(?:{_alt(*_EXCEPT)})\b")
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
    if clauses and question and _lean(question) > 0 and _challenged(clauses):
        # "It's fine. Why would I change?": the change questioned, against the question's side
        span = (clauses[0].spans[0][0], clauses[-1].spans[-1][1])
        return [_Hit("answer: challenged", -1, "reasons", _ANSWER, span, sure=_ANSWER_SURE)]
    if not clauses or not question or _asked_back(clauses) and _lean(question) >= 0:
        # A question asked back answers nothing, unless it is the complaint a question about
        # what the habit gives invites ("What am I supposed to do on a Friday, knit?").
        return []
    words = _FILLER.sub("", " ".join(c.text for c in clauses) + " ").strip()
    span = (clauses[0].spans[0][0], clauses[-1].spans[-1][1])
    if _NOTHING.match(words) and _ASKS_WHAT_IS_GOOD.search(question):
        # "What is good about how things are now?" "Nothing, honestly.": change talk.
        return [_Hit("answer: nothing", 1, "reasons", _ANSWER, span, sure=_ANSWER_SURE)]
    if _ASKS_FIT.search(question) and _DOES_NOT_FIT.match(first) and not _taken_back(clauses,
                                                                                     hits):
        # "How does the change fit with friendship?" "It doesn't lol. less gaming = less
        # friends": the change at odds with the value.
        return [_Hit("answer: does not fit", -1, "reasons", _ANSWER, span, sure=_ANSWER_SURE)]
    if (_DENIAL.match(first) and _lean(question) > 0 and not _LOOSE_PROMPT.search(question)
            and not (len(clauses) > 1 and re.search(r"\b(?:in particular|specific)\b", first))
            and not _ASKS_WHAT_IS_GOOD.search(question) and not _NO_ANSWER.search(words)
            and not _taken_back(clauses, hits)):
        if _ASKS_TRIED.search(question) and (len(clauses) == 1 or re.search(r"\byet\b", words)):
            return []  # "What have you tried?" "Nothing yet.": nothing tried, no answer
        # "What has helped?" "Nothing really, I'm not a phone person.": the mirror of "Nothing."
        return [_Hit("answer: denied", -1, "reasons", _ANSWER, span, sure=_ANSWER_SURE)]
    if (_ASKS_WHAT_CHANGE_BRINGS.search(question) and not _NOT_THOUGHT_FIRST.match(first)
            and all(_UNMOVED.match(_FILLER.sub("", c.text + " ").strip()) for c in clauses)):
        # "What would be different?" "Probably the same as now.": the change would bring nothing
        return [_Hit("answer: nothing different", -1, "reasons", _ANSWER, span, sure=_ANSWER_SURE)]
    # Asked what is next, a plan after the doubt is the answer: "not sure. maybe try the days
    # off thing".
    doubt = _NO_ANSWER.search(words)
    in_first = _NO_ANSWER.search(first)
    after_doubt = [first[in_first.end():].strip()] if in_first else []  # "dunno maybe try it"
    planned_after = bool(_STEPS_PROMPT.search(question)) and not any(
        h.polarity < 0 for h in hits) and any(
        _plans(text) and not _WAIT_AND_SEE.match(text)
        for text in [*after_doubt, *(c.text for c in clauses[1:])])
    if (len(words.split()) < _CONTENT_WORDS and _BARE_REPLY.match(words)
            or _NUMBER_ONLY.match(words)
            or all(_UNMOVED.match(_FILLER.sub("", c.text + " ").strip()) for c in clauses)
            or _WEIGHING_PROMPT.search(question) and _NOTHING_STOOD_OUT.match(first)
            or (doubt or _NOT_THOUGHT_FIRST.match(first) and not hits) and not planned_after):
        return []
    if _lean(question) < 0:
        sure = _UNKNOWN_SURE if _UNSURE_SUSTAIN_PROMPT.search(question) else _ANSWER_SURE
        return [_Hit("answer", -1, "reasons", _ANSWER, span, sure=sure)]
    if _lean(question) > 0:
        if _ASKS_TAKE.search(question) and not _MEANS_NAMED.match(words):
            return []  # a condition named, without a cue: no side (see ``_ASKS_TAKE``)
        if _LOOSE_PROMPT.search(question) and _SOMEONE_ELSE_ACTS.match(words):
            return []  # "the baby sleeping through would help": what others do, not my means
        # Asked how the change fits a value, someone else's wish ("Siobhan wants it. She
        # worries.") is what the value asks of the person: a reason.
        if _OTHERS_VIEW.match(words) and not (_ABILITY_PROMPT.search(question)
                                              or _ASKS_FIT.search(question)):
            return []  # "my wife wants me to cut down": her reason, not mine
        evoked: Kind = ("commitment" if _STEPS_PROMPT.search(question)
                        else "ability" if _ABILITY_PROMPT.search(question) else "reasons")
        sure = _UNKNOWN_SURE if _LOOSE_PROMPT.search(question) else _ANSWER_SURE
        return [_Hit("answer", 1, evoked, _ANSWER, span, sure=sure)]
    return []
