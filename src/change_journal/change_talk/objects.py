"""What the words after a cue point to: the change, the status quo, a bad outcome, stopping,
or what the question proposed ("I can do that").
"""

from __future__ import annotations

import re

from change_journal.change_talk.behaviours import _STOP, _behaviour, _Context, _Direction, unit_of
from change_journal.change_talk.patterns import _AMOUNT_WORD, _amount, _words

# General words for changing, whatever the behaviour.
_TOWARD_CHANGE = _words(
    r"chang\w*", r"get (?:some )?help", r"get better", r"healthier", r"healthy", r"improv\w*",
    r"lose (?:some |the )?weight", r"losing weight", r"lost (?:some |the |\w+ )?(?:weight|pounds"
    r"|kilos|stone)", r"get (?:fit|in shape|back in shape)", r"in (?:better )?shape",
    r"turn (?:it|things|my life) around", r"(?:get|be|stay|back) on track",
    r"sort (?:it|myself|things) out", r"(?:a )?better (?:person|life|dad|mom|mum|father|mother"
    r"|parent|husband|wife|partner|example|shape)", r"be there for", r"take care of",
    r"look after", r"get my (?:life|health|energy) back", r"do something about", r"work on(?! to\b)",
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
# Giving way: "I'll probably cave" is the status quo, "I'll try not to cave" the change.
_GIVING_IN = _words(r"cave", r"give in", r"slip up", r"fall off the wagon")
_NOT_BEFORE = re.compile(r"\b(?:not|never)(?: to)? $")  # "try not to cave", "never give in"
# A lapse put off, not held: "didn't cave until Friday", "didn't give in till Saturday".
_PUT_OFF = re.compile(r"\b(?:until|till|til|before)\b(?! now\b)")
_DENIED_IN_THE_PAST = re.compile(r"\b(?:(?:did|have|has|had) not|never) $")  # "did not cave", of the past


def _gives_way_denied(obj: str) -> bool:
    """Whether ``obj`` names giving way and denies it itself, with a "not" inside it: "try not
    to cave", "did not cave" (not "cave", whose denial, if any, is the cue's)."""
    m = _GIVING_IN.search(obj)
    return bool(m and _NOT_BEFORE.search(obj[: m.start()]))


# What losing is a reason to change: the person's health, family and people, home, work,
# freedom.
_VALUED_THINGS = (r"(?:my|our|the|his|her) (?:\w+ )?(?:job|licen[cs]e|health|kids|children"
                  r"|family|marriage|house|home|partner|wife|husband|life|sight|teeth|memory"
                  r"|friends?|relationship|freedom|money|savings|place|flat|daughters?|sons?"
                  r"|girlfriend|boyfriend|fianc[eé]e?|mum|mom|mother|dad|father|grandchildren"
                  r"|grandkids|business|career|deposit|mind)\b")
# Losing this is good, not a loss: "lose weight", "lost 4lb", "lost half a stone".
_WEIGHT = re.compile(r" (?:\w+ ){0,3}?(?:weight|pounds?|lbs?|kilos?|kgs?|stone|inch\w*"
                     r"|\d+(?:lbs?|kgs?|kilos?)|a (?:dress|jeans|trouser) size|a notch)\b")
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
    # Feeling bad as a state to be rid of: "stop waking up at 3am feeling awful".
    r"(?<=stop )(?:\w+ ){0,5}?feeling (?:so |really |absolutely )?(?:awful|terrible|rough"
    r"|rubbish|crap|sick|ill|groggy|hungover|like (?:death|crap|shit))",
)
# A bad outcome someone else undergoes: "being the person people rely on" is not my outcome.
_OTHERS_DO = re.compile(r"\b(?:people|others|everyone|everybody|they|who|he|she)(?: \w+)? $")
_LOSE_WHAT_I_HAVE = re.compile(r"^(?:lose|losing) (?:my|the|our|those|that)\b")
# Everyday talk after "I want to" / "I have to" says nothing about the change.
_CHAT_OBJECT = re.compile(
    r"^(?:(?:have|need|got) to |be able to |try to )?(?:make sure|let you know|tell you|say|ask"
    r"|know|find out|talk|see|mention|point out|explain|think|remember|go now|leave"
    r"|help (?:her|him|them)|get home|call|ring|contact|add"
    # Idioms with a modal: "can't stand the packaging", "not gonna lie", "can't wait".
    r"|stand|bear|wait|believe|lie|pretend)\b")
# What may follow a stop verb that names no behaviour: "quit for good", "stopped last month".
_BARE_STOP = re.compile(
    r"^(?: (?:it|that|this|them|for|good|now|altogether|completely|entirely|totally|already"
    r"|again|last|this|next|week|month|year|night|today|yesterday|tomorrow|since|ago|a|the"
    r"|in|on|at|weekdays?|weekends?|\d+|one|two|three|four|five|six|seven|days?|weeks?"
    r"|months?|years?|soon|by|before|after|cold turkey|and|or|so|because|\w+days?|then"
    r"|once|twice|every|each|most|all|together|eventually|gradually|slowly|properly|sometime"
    r"|some|point|time|times|really|just|actually|finally|today|to|rest of|or (?:anything|whatever"
    r"|something)))*"
    r"(?: (?:and|so|because|since|as|when|which|then|if|before|after)\b.*)?$")
# "I can do that", "I can't do it with a toddler": "it" is what was asked about.
_ELLIPSIS = re.compile(r"^(?:(?:do |try )?(?:it|that|this|so|them)(?: too| again| now)?"
                       r"(?: (?:too |so |very )?much| a lot| loads)?"
                       r"(?: (?:with|while|around|alongside|on top of|at the moment|right now"
                       r"|more than)\b.*)?)?"
                       # "I just don't want to most of the time": when, not what.
                       r"(?:(?:^| )(?:(?:most|half|some) of the time|these days|at the moment"
                       r"|right now|yet|tbh|honestly|to be honest))*$")
_OBJECT_WORDS = 8
_LEADING_ADVERBS = re.compile(r"^(?:(?:really|just|even|actually|honestly|kind of|sort of|probably"
                              r"|maybe|definitely|um|uh) )+")
# Where the object of a cue ends: a new clause inside the sentence.
_OBJECT_END = re.compile(r" (?:(?:and|but|or) (?:then )?(?:i|it|that|this|he|she|they|we|you"
                         r"|my|there|\w+ed|went|had|got|ate|drank|took|made|did|was)\b"
                         r"|(?:because|cause|although|while|whereas|unless|which|who|whenever"
                         r"|every time|each time)\b)")


# An amount changed: "from three sugars to two", "from smoking 20 to 10", "from 20 to 10 fags";
# a bare "from 12 to 11" with nothing named, or a time after it ("for bed"), is no amount.
_FROM_TO = re.compile(rf"^(?:\w+ )?(?:down |up )?from (?P<pre>\w+ )?(?P<a>{_AMOUNT_WORD})\b"
                      rf"(?P<mid>(?: \w+){{0,4}}?) to (?P<b>{_AMOUNT_WORD})\b(?: (?P<post>\w+))?")
# The amount told first in what was done, and the word after it: "2 pints then lime and soda",
# "back to 5", "1 hour of shorts" (not a time: "at 10pm", "till 9.30").
_TOLD_FIRST = re.compile(rf"^(?:\w+ ){{0,3}}?(?<!at )(?<!by )(?<!till )(?<!until )(?<!before )"
                         rf"(?<!after )(?<!from )(?<!since )(?<!on )(?P<n>{_AMOUNT_WORD})\b"
                         r"(?! ?(?:am|pm|o ?clock)\b)(?![.:]\d)(?: ?(?P<unit>[a-z]+))?")
_TIMES = frozenset({"minutes", "hours"})


def _within_limit(obj: str, ctx: _Context) -> bool | None:
    """Whether the amount told first in ``obj`` keeps within the limit of a change to do less
    ("had 2 pints" of "only 2 pints"; "went back to 5" does not); None without either, or when
    one counts time and the other does not ("scrolled 2 nights" of "30 min a day")."""
    limit, limit_unit = ctx.targets.limit, ctx.targets.limit_unit
    told = _TOLD_FIRST.match(obj) if limit is not None else None
    if told is None:
        return None
    amount, unit = _amount(told["n"]), unit_of(told["unit"] or "")
    if limit_unit in _TIMES or unit in _TIMES:
        if not (limit_unit in _TIMES and unit in _TIMES):
            return None
        amount *= 60 if unit == "hours" else 1
        limit *= 60 if limit_unit == "hours" else 1
    return amount <= limit


# After a bare "from N to M", words that make it a time, not an amount ("from 12 to 11 for bed").
_CLOCK_AFTER = frozenset({"am", "pm", "for", "o", "oclock", "at", "bed", "bedtime", "tonight",
                          "last", "this", "and", "or", "most", "on", "in"})


def _object(text: str) -> str:
    """The first words of ``text`` after any adverb, up to where a new clause begins."""
    words = _LEADING_ADVERBS.sub("", " ".join(text.split(None, _OBJECT_WORDS)[:_OBJECT_WORDS]))
    end = _OBJECT_END.search(words)
    return words[: end.start()] if end else words


_GIVE_UP_ON = re.compile(r"^(?:give|giving|gave|given) up on (?:it|this|that|the \w+|my \w+|\w+ing)\b")
_PRONOUN = re.compile(r"\b(?:it|that|this|them|those)\b")


def _stopped_direction(stopped: str, ctx: _Context) -> int:
    """Direction of doing what a stop verb stops: "give that up" stops the behaviour an earlier
    clause named ("if I didn't have the TV in the bedroom, though I'm not ready to give that
    up"), otherwise the change's own behaviour (0: unknown)."""
    named = _behaviour(ctx.earlier, ctx) if ctx.earlier and _PRONOUN.search(stopped) else None
    if named is None and ctx.it_side < 0 and _PRONOUN.search(stopped):
        return -1  # asked what is good about how things are, "give it up" gives that up
    if named is None and ctx.targets.habit_direction:
        # Of a change named by a state ("Stay sober"), "without one" goes without the habit;
        # "I stopped" may be the habit or the change ("stopped after 2 weeks"): unread.
        return ctx.targets.habit_direction if stopped.startswith("without") else 0
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
    m = _GIVING_IN.search(obj)
    if m:  # "didn't cave until Friday": caved on Friday
        held = _gives_way_denied(obj) and not (_DENIED_IN_THE_PAST.search(obj[: m.start()])
                                               and _PUT_OFF.search(obj, m.end()))
        return _Direction(1 if held else -1, "status_quo", m.end())
    m = _LOSE_WHAT_I_HAVE.match(obj)
    if m:  # "I don't want to lose the only bit of the day that's mine": giving it up
        return _Direction(1, "change", m.end())
    found = _behaviour(obj, ctx)
    amounts = _FROM_TO.match(obj) if found else None
    if (found and amounts and (amounts["pre"] or amounts["mid"] or amounts["post"]
                               and amounts["post"] not in _CLOCK_AFTER)
            and _amount(amounts["a"]) != _amount(amounts["b"])):
        # More or less of what is named: "gone from three sugars to two" is less sugar.
        more = _amount(amounts["b"]) > _amount(amounts["a"])
        return _Direction(found.value if more else -found.value, "behaviour", amounts.end(), True)
    if found:
        return found
    m = _TOWARD_CHANGE.search(obj)
    if m:
        return _Direction(1, "change", m.end())
    if _GIVE_UP_ON.match(obj):  # "I'll give up on it": the change given up, not the habit
        return _Direction(-1, "status_quo", len(obj))
    m = _STOP.search(obj)
    if (m and _BARE_STOP.match(obj[m.end():])  # "I want to quit", not "I stopped work"
            # "without stopping", "instead of skipping": on and on
            and not (obj[: m.start()].endswith(("without ", "instead of ", "rather than "))
                     and not obj[m.end():].startswith(" for"))):  # "instead of stopping for"
        stopped = " ".join(obj[m.start():].split()[:4])  # "give that up", "quit it"
        return _Direction(-_stopped_direction(stopped, ctx), "stop", m.end())
    if _ELLIPSIS.match(obj):  # "I can do that": what the question proposed, if it was a change
        return _Direction(max(ctx.topic(), 0), "ellipsis", len(obj))
    return _Direction(0, "unknown", 0)
