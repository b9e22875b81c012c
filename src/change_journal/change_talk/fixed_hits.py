"""Reading a fixed cue's match ("I'm worried", "too tired", "it helps me relax") into a hit:
its subject, the negation governing it, and whatever the cue needs around it.
"""

from __future__ import annotations

import re

from change_journal.change_talk.behaviours import (
    _STOP,
    _behaviour,
    _clause_behaviour,
    _Context,
    _Direction,
    _names_own,
    _toward_change,
)
from change_journal.change_talk.cues import _LAPSE, _PAST, _TALLY_UNIT, _Cue
from change_journal.change_talk.evidence import _CONTEXT_SURE, _FIXED_SURE, _UNKNOWN_SURE, _Hit
from change_journal.change_talk.objects import (
    _PUT_OFF,
    _VALUED_THINGS,
    _WEIGHT,
    _object,
    _object_direction,
)
from change_journal.change_talk.patterns import _AMOUNTS, _ONE_TO_TEN, _amount, _words
from change_journal.change_talk.scope import (
    _AS_USUAL,
    _DISTANT_PAST,
    _DOUBT,
    _NEGATION_SCOPE,
    _PEOPLE,
    _REPORTING,
    _anywhere,
    _subject,
    _words_after,
    _words_before,
)

# A state stated as a fact: "I'm wrecked most evenings", "it's boring on my own".
_STATE = re.compile(r"\b(?:i|it|that|this|we|they|there) (?:\w+ )?(?:am|is|are|was|were|been|get"
                    r"|gets|got)\b")


# "I could lose my licence": what losing is a reason to change (see objects._VALUED_THINGS).
_VALUED = re.compile(rf" {_VALUED_THINGS}")
_I_DID = re.compile(rf"\bi (?:\w+ )?(?:{_PAST})\b")
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
_AMOUNT = rf"(?:\d+|{_ONE_TO_TEN}|dozen|a dozen)"
_USUAL_AMOUNT = re.compile(rf"^ (?:(?:the|my) )?(?:(?:usual|normal) )?(?:(?:like|about|around) )?{_AMOUNT}\b"
                           r"(?! (?:am|pm)\b)")
_DENIED = re.compile(r"\bnot because\b")
# The person's verdict on the time since, a whole clause: "Not so bad.", "not bad for me" (not
# "not that bad, everyone drinks", "not bad enough to quit", "not bad for you").
_NOT_BAD_VERDICT = re.compile(r"^(?:(?:so|yeah|nah|honestly|actually|overall|all in all|to be fair"
                              r"|really) )*not (?:so |too |half )?bad(?: (?:for me|at all|really"
                              r"|actually|tbh|honestly|considering|this week|so far|thanks))*$")
_WITHOUT = re.compile(r"\bwithout\b")
# What a step undone was done to, when it is the habit's: "it", "the apps" (not "the app
# blocker").
_SHOULD = re.compile(r"\b(?:should|ought to|need to|have to|supposed to|meant to|must)\b")
_SOMEONE = re.compile(rf"\b(?:{_PEOPLE}|number|contact|him|her)\b")
# What helps a change to do less, put back: "reinstalled the blocker", "redownloaded Forest".
_HELPER_WORDS = (r"blocker|timer|tracker|limit|lock|counter|filter|forest|opal|headspace|calm"
                 r"|meditation|kindle|audible|books?|podcasts?|budget\w*|banking")
_HELPER = re.compile(rf"\b(?:{_HELPER_WORDS})s?\b")
_PUT_BACK = re.compile(r"re ?(?:install|download)ed\b")  # done, not "reinstalling takes ages"
_UNDONE_PRONOUN = re.compile(rf"(?:it|them|the apps?|all of them|both|everything)\b"
                             rf"(?! (?:{_HELPER_WORDS})s?\b)")
# What the person was before the habit, or without it: "happier before I started drinking".
_BEFORE_IT = re.compile(r"^ (?:\w+ )?(?:before|without|back when i (?:did not|never))\b")
_GONE_WITHOUT = re.compile(r"\b(?:gone|go|been|went|lasted|managed|done|did)(?: \w+)? without\b")
_STOPPING = re.compile(r"\b(?:quit|stop|giv|cut)")
_WH_EMBEDDED = re.compile(r"\b(?:what|whether|which)(?: \w+)?$")
_CONDITION = re.compile(r"\b(?:if|unless|whether)\b(?!.*\b(?:then|so)\b)")
_COMPARED = re.compile(r"\bthan (?:i|we)(?: \w+)?$")
_LOOKING_AHEAD = re.compile(r"\b(?:would|will|could|might)\b")


_LAPSED = _words(_LAPSE)
# Before a count of days, what makes them days lost: "forgot my tablets 3 days on the trot".
_MISSED_DAYS = re.compile(r"\b(?:lost|forgot|forgotten|missed|skipped|wasted)\b")
_BARRIER_WORDS = 6
# A state lessened is no barrier: "less tired now", "no longer stressed".
_LESSENED = re.compile(r"\b(?:less|more|fewer|not as|not so|no longer|never)$")
# Illness after something is its effect, not a barrier: "ill all weekend after the party".
_ILLNESS = re.compile(r"^(?:ill|sick|poorly|flu)$")
_EFFECT_OF = re.compile(r"^ (?:\w+ ){0,3}?after\b")
# A state overcome: "bored so I went for a run", "raining but I still walked".
_OVERCOME = re.compile(rf"^(?: \w+){{0,4}}? (?:so (?:i|we) (?:still |just )?|(?:i |we )?still )"
                       rf"(?:{_PAST})\b")
_OVERCOME_AFTER = re.compile(rf"^(?:(?:i|we) )?(?:still|anyway|(?:{_PAST})\b.*\banyway)\b"
                             r"|^(?:i|we) (?:am|are) (?:ok|okay|fine|managing|coping|getting"
                             r" (?:there|through))$")


# How many times "once" and "twice" count ("twice not 5 times").
_TIMES = {"once": 1.0, "twice": 2.0}


def _not_a_barrier(before: str, cue: str, after: str, ctx: _Context) -> bool:
    """Whether a state named, asked how it went or what it would take, is no barrier: denied,
    not stated as a fact ("better weather would help"), lessened, an effect, or overcome."""
    return bool(_NEGATION_SCOPE.search(before) or not (ctx.progress or _STATE.search(before))
                or _LESSENED.search(before)
                or _ILLNESS.match(cue) and _EFFECT_OF.match(after)
                or _OVERCOME.match(after) or ctx.overcome)


_DEBT = re.compile(r"\b(?:balance|debts?|owe|owed|owing|overdraft|arrears|loans?)\b")
_NONE_DONE = re.compile(r"(?:did not do|(?:(?:have|had) )?not done) any\b(?!thing)")
_WHENEVER = re.compile(r"\b(?:when|whenever|on days|the days|times)(?: i| i am)?$")
_BARE_TALLY = re.compile(r"^(?:(?:this|last|the|past) (?:week|month|fortnight) )?(?!0 |zero |one |1 )"
                         r"(?:(?:all|every|most|both|\d+|one|two|three|four|five|six|seven) )+"
                         rf"(?:\w+ )?{_TALLY_UNIT}"
                         r"(?: (?:now|so far|this week|in a row|running"
                         r"|for \w+ (?:days|weeks)|out of \w+))*$")
_TOO_MUCH_HAD = re.compile(r"\btoo (?:many|much)$")
# A clause telling what was had, before "none since": "Had one on Thursday, none since."
_TOLD_HAD = re.compile(r"\b(?:had|have had|was|were|did|went|got|took|smoked|drank|ate)\b")
# A lapse denied of the time since, by the person ("didn't give in", "never caved"; not "I hope I
# do not give in", "Sarah didn't give in", "didn't give in till Saturday").
_LAPSE_DENIED = re.compile(r"\b(?:did not|never|have not|has not|had not)$")
# What may come just before a lapse denied of oneself: "I didn't give in", "but never caved".
_SAID_OF_ONESELF = frozenset({"i", "and", "but", "so", "still", "just", "honestly", "tbh"})
# Who may come just before "said no", "declined": the person, by themselves.
_SAID_NO_BY = frozenset({*_SAID_OF_ONESELF, "then", "finally", "also", "actually", "politely",
                         "nicely", "firmly", "straight"})
# What follows a no said: its object, up to a reason or another clause.
_REFUSED = re.compile(r"^ (?:to )?(?P<what>(?:(?! (?:so|because|cos|and|but|as|since)\b)[^,])+)")
_NEARLY = re.compile(r"\b(?:nearly|almost|so close to|close to|came close to)$")
# Before "less" or "more", the behaviour as a fact of now, with at most its subject and an
# adverb: "i am smoking", "drinking", "been walking a lot"; after it, only when.
_DOING = re.compile(r"^(?:(?:and|but|so|yeah|ok|honestly|definitely|def|defo|already|now|still"
                    r"|am|have|been|was|think|im|i think|i guess|i am|i have been)\s)*(?:i (?:\w+ )?)?"
                    r"(?P<verb>\w+ing|\w+ed|(?<=i )(?:smoke|drink|eat|walk|run|sleep|vape|scroll"
                    r"|spend|game|bet))"
                    r"(?: (?:a lot|a bit|way|much|loads|slightly|far|a little))?$")
_NOW_TAIL = re.compile(r"^(?: (?:now|these days|lately|this week|so far|than (?:before|i was"
                       r"|i used to|usual|last \w+|i did|ever)|tbh|honestly|already|at the moment"
                       r"|overall|i think|for sure|definitely|lol|haha|than ever|for sure))*$")
# A number that measures something other than how much of the habit: a rating, a weight, a time.
_MEASURE = re.compile(r"\b(?:confidence|importance|readiness|rating|score|weight|weigh|kg|kilos?"
                      r"|lbs?|pounds|stone|time|pace|parkrun|k|km|miles?|mins?|minutes|by|at|bed"
                      r"|asleep|up|savings|saved|balance|bank|steps|bp|blood|sugar|pressure)\b")


def _fixed_hit(cue: _Cue, m: re.Match[str], text: str, ctx: _Context) -> _Hit | None:
    """A fixed cue read with its subject, flipped by a negation governing it or an earlier doubt."""
    cs, ce = m.span("cue")
    if cue.name == "barrier":
        if not ctx.barriers:
            return None
        # The last few words are enough to read a state.
        before_text = " ".join(_words_before(text, cs, _BARRIER_WORDS))
        if _not_a_barrier(before_text, m.group("cue"), text[ce:], ctx):
            return None
    else:
        before_text = " ".join(_words_before(text, cs))
    if cue.pre and not cue.pre.search(before_text):
        return None
    before = before_text.split()
    after = _words_after(text, ce)
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
    if cue.name == "lapse" and _TOO_MUCH_HAD.search(m.group("cue")) and (
            ctx.targets.direction > 0 or _NEGATION_SCOPE.search(before_text)):
        return None  # "had too many late nights" of a change to do more; "never have too many"
    if ctx.targets.direction < 0 and (cue.name == "nothing for a stretch" or cue.name == "went badly"
                                      and _NONE_DONE.match(m.group("cue"))):
        # "didnt do any", "not done any for a month", "nothing for 9 days": none of the habit, a
        # step
        return _Hit("none done", 1, "taking_steps", cue.weight, (cs, ce), False, _CONTEXT_SURE, "")
    if cue.name == "self-control idiom" and _WHENEVER.search(before_text):
        return None  # "Worth remembering when I can't be bothered": a time to come, not now
    nearly = _NEARLY.search(text[:cs].rstrip()) if cue.name == "lapse" else None
    if cue.name == "lapse" and not nearly and not _PUT_OFF.match(text[ce:].lstrip()):
        denied = _LAPSE_DENIED.search(text[:cs].rstrip())
        said_by = text[:denied.start()].split() if denied else []
        if denied and (not said_by or said_by[-1] in _SAID_OF_ONESELF):
            nearly = denied
    if nearly:
        # "Nearly caved on Saturday", "almost gave in", "did not give in": the urge met and
        # held, a step
        return _Hit("held", 1, "taking_steps", cue.weight, (nearly.start(), ce), False,
                    _FIXED_SURE, "")
    if cue.name == "not that person" and (
            (told := _behaviour(m.group("cue").split()[-2], ctx)) and told.value < 0):
        return None  # "I'm not a pub person": not the habit's sort, which is no barrier
    if cue.name == "went well" and _PUT_OFF.match(after.lstrip()):
        return None  # "Was going good until Friday, then I caved.": a streak that ended
    if cue.name == "forgot" and ctx.targets.direction <= 0:
        return None  # "Forgot all about it." of quitting: the habit forgotten, or the change?
    if cue.name == "already there" and not ctx.condition:
        return None  # "prices have gone up": a rating already there only when asked to raise it
    if cue.name == "said no":
        if before and before[-1] not in _SAID_NO_BY:
            return None  # "The bank said no", "got turned down", "wish I'd said no"
        # What was turned down: its object ("said no to the gym class", "declined the drinks"),
        # or what was offered or asked just before ("offered me a patch, I said no"; "asked me
        # to cut down and I said no": the change itself).
        what = _REFUSED.match(after)
        asked = f"{ctx.earlier} {before_text}"
        refused = _behaviour(what["what"] if what else asked, ctx)
        polarity = -refused.value if refused else -1 if not what and _STOP.search(asked) else 1
    if cue.name == "held" and _toward_change(text[ce:], ctx):
        return None  # "Ignored the urge to go to the gym": an urge toward the change
    if cue.name == "less of it":
        # "Still smoking but less.": a clause of its own says how much of what came before.
        done = _DOING.match(before_text or " ".join(ctx.earlier.split()[-1:]))
        found = done and _behaviour(f"{done['verb']} {m.group('cue')}", ctx)
        if not found or ctx.looking_back or not _NOW_TAIL.match(text[ce:]):
            return None  # "I want to drink less": a wish (its own cue); "drinking more water"
        polarity = found.value
        if before_text:
            cs = text.rfind(done["verb"], 0, cs)  # quoted from the verb: "smoking less"
    if cue.name == "trouble with it" and (ctx.it_side <= 0 or ctx.earlier.strip()):
        return None  # only the answer's opening, asked about the change itself
    if cue.by_subject:
        if cue.polarity < 0 and _AIM.search(before_text):
            return None  # "remind me to wind down": an aim, not what the behaviour gives
        # Benefit or harm of what? The behaviour named before the cue decides; "it" is the
        # status quo unless the clause looks ahead ("it would help me sleep").
        found = _behaviour(before_text, ctx) or (
            _behaviour(ctx.earlier, ctx) if _subject(before) == "thing" else None)
        if cue.name == "kept away" and not found:
            return None  # "I stayed home all weekend": the person, not the habit's things
        if found:  # "we cooked every sunday, it was fun": "it" is the cooking
            polarity = found.value if cue.by_subject == "benefit" else -found.value
        elif ctx.it_side:  # asked about making the change, "it's expensive" is about the change
            polarity = ctx.it_side if cue.by_subject == "benefit" else -ctx.it_side
        elif cue.polarity < 0 and _LOOKING_AHEAD.search(before_text):
            polarity = 1
        if cue.name == "what it gives" and polarity < 0 and (
                ctx.gifts_unasked and not found or ctx.looking_back):
            # "It was fun then", of the habit before it was an issue; "fun is the whole point",
            # asked what fun means; "something that feels like a treat", asked what it would take.
            return None
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
    if cue.name == "short of the plan" and not _missed(m.group("planned"),
                                                      f"{ctx.earlier} {text[:cs]}", ctx):
        return None  # "was meant to be 2 and it was 2", "only had 2, meant to be 3 max"
    if cue.name == "now against before":
        amount, earlier = ((int(m.group("now")), int(m.group("before"))) if m.group("now")
                           else (_TIMES.get(m.group("had")) or _amount(m.group("had")),
                                 _amount(m.group("usual"))))
        if amount == earlier or _MEASURE.search(text[:cs]):
            return None  # "Weight 82 now was 90", "in bed by 10 now was 12": not an amount of it
        polarity = -ctx.targets.direction if amount < earlier else ctx.targets.direction
    if cue.name == "days kept":
        if (re.search(r"\b(?:without|off)\b", m.group("cue")) and ctx.targets.direction > 0
                and not ctx.targets.habit_direction):  # "Stay sober": days without are kept
            return None  # "five days without exercise", "3 days off": missed, or rest days
        done = _clause_behaviour(text, ctx)
        if done and done.value < 0 or _anywhere(_LAPSED, text) or _MISSED_DAYS.search(text, 0, cs):
            return None  # "three nights this week I had wine": nights of the habit, not kept
    if cue.name in {"bad", "harm"} and ctx.progress and _NOT_BAD_VERDICT.match(text):
        return None  # asked how it went, "Not so bad.", "Not bad for me.": "went well"
    if cue.name == "step undone":
        # Of a change to do less, anything unblocked; else what was put back must be the habit.
        undone = m.group("undone") or " ".join(after.split()[:4])
        found = _behaviour(undone, ctx)
        unblocked = m.group("cue").startswith("unblock") and not _SOMEONE.search(undone)
        if not (found and found.value < 0 or ctx.targets.direction < 0 and not found
                and (unblocked or _UNDONE_PRONOUN.match(undone.strip())
                     or _PUT_BACK.match(m.group("cue")) and not _HELPER.search(undone))):
            return None
    if cue.name == "just don't" and not _SHOULD.search(f"{ctx.earlier} {text[:cs]}"):
        return None  # "Did I have one? I did not.": a step, not the change known and not made
    if (cue.name == "back on track" and ctx.targets.direction < 0
            and re.search(r"back on (?:mon|tue|wed|thu|fri|sat|sun)", m.group("cue"))):
        return None  # "Back on Friday, bought 20." of a change to stop: back on the habit
    if cue.name == "new for me":
        found = _behaviour(" ".join(f"{ctx.earlier} {text[:cs]}".split()[-6:]), ctx)
        if found and found.value < 0:
            return None  # "Smoked at work today, which is new for me": a new lapse
    if cue.name == "still do it" and ctx.targets.direction > 0:
        polarity = 1  # "Exhausted but still doing it!", "Had to stop twice. Still did it."
    if cue.name == "lazy" and ctx.overcome:
        return None  # "I'm lazy but I still went twice"
    if (cue.name == "no replacement" and ctx.targets.direction > 0
            and m.group("without").startswith("without")):
        polarity = 1  # "Don't know what I'd do without running now": the new habit valued
    if cue.name == "better then":
        found = _behaviour(" ".join(after.split()[:5]), ctx)
        habit = found and found.value < 0 and not _BEFORE_IT.match(after)
        if (not ctx.looking_back or _NEGATION_SCOPE.search(before_text)
                or _DOUBT.search(before_text) or habit):
            return None  # "I don't think I was happier"; "felt great after a few pints": the habit's
    if cue.name == "money saved" and re.search(r"\bhad (?:\w+ )?$", text[:cs]):
        return None  # "Had about 200 saved but lost it all"
    if cue.name == "back on track":
        found = _clause_behaviour(text, ctx)
        if found and found.value < 0 or (ctx.targets.direction < 0
                                         and re.search(r"\bmy (?:usual|normal)\b", m.group("cue"))):
            return None  # "Back on it all weekend, pints everywhere", "back to my usual 20"
    if cue.name == "not enough":
        words = after.split()
        person = bool(words) and words[0] in {"me", "us"}
        found = _behaviour(" ".join(words[1 if person else 0:5]), ctx)
        if person and not (found and found.value < 0):
            return None  # "not enough to stop me": nothing given up ("... me drinking" is)
        if found and found.value > 0:
            polarity = 1  # "it hurts but not enough to stop running": the change kept
    if cue.name == "what it does":
        found = _behaviour(m.group("doer"), ctx)
        if found and found.value > 0:
            polarity = -1  # "what running does to my knees": a cost of the change
    if cue.name == "record":
        found = _clause_behaviour(text, ctx)
        if m.group("amount"):
            # "fewest fags in years", "most steps in months": less or more of what is named.
            if not found:
                return None  # "lowest mood in ages": no amount of the behaviour
            polarity = found.value if m.group("amount") == "most" else -found.value
        elif m.group("top"):
            # "Longest so far."; "the longest I've gone without a run": a lapse.
            if found:
                polarity = -found.value if _GONE_WITHOUT.search(text) else found.value
        elif found:
            polarity = found.value
        elif ctx.targets.direction < 0:
            return None  # "a new personal best" of what? ("Eleven times, a new personal best")
    if cue.name in {"fewer", "replacement"}:
        # Only in a report of how it has gone, or of what the person did ("I had tea instead").
        if not (ctx.progress or cue.name == "replacement" and _anywhere(_I_DID, text)):
            return None
        found = _clause_behaviour(text, ctx)
        if cue.name == "replacement":
            # What was replaced (after the cue) went, what replaced it (before) came.
            replaced, came = _behaviour(after, ctx), _behaviour(before_text, ctx)
            polarity = (-replaced.value if replaced else came.value if came else 1)
            if _USUAL_AMOUNT.match(after):
                # "three roll-ups instead of the usual dozen": an amount against the usual one,
                # less of it: a step when the change is to do less, a shortfall when more.
                polarity = -ctx.targets.direction
        elif found and _WITHOUT.search(text):
            # Fewer days without it: "only one day without breakfast" is fewer days missed,
            # "only one night without wine" fewer nights kept.
            polarity = -found.value
        elif _DEBT.search(text):
            polarity = 1  # "Balance is down to £1,214.": less owed, whichever way the change
        elif found and not found.marked and not _names_own(text, ctx):
            return None  # "Only got about 4 hours sleep." of drinking less: another behaviour
        else:
            polarity = (found.value if found and found.marked
                        else -ctx.targets.direction)
    if cue.name in {"doing it", "ready now"} and not ctx.condition and not (
            cue.name == "doing it" and "already" in m.group("cue").split()):
        return None  # "I'm doing it" of the habit: unless "already", only asked what it'd take
    if cue.name == "forgot" and ctx.targets.direction < 0:
        return None  # "forgot all about it" of a change to do less: the habit forgotten
    if cue.name == "unchanged" and ctx.targets.direction > 0:
        return None  # "Same as usual." of a change to do more: the usual may be the new habit
    if cue.name == "count kept" and ctx.targets.direction > 0:
        return None  # "Week 9." of a change to do more: the programme's date, not days kept
    if cue.name == "put off" and ctx.targets.direction > 0 and _STOPPING.search(m.group("cue")):
        return None  # "not giving up yet" of a change to do more: keeping at it
    if cue.name == "routine":
        found = _clause_behaviour(text, ctx)  # "Drinking every night is just normal now"
        polarity = found.value if found else 1
    if cue.name == "minimised" and (ctx.progress or ctx.goal):
        return None  # "only two pints on saturday", asked how it went or for the aim: fewer
    around = " ".join([*_words_before(text, ce), *after.split()[:4]])
    named = _behaviour(around, ctx) if cue.needs_behaviour else None
    if (cue.name == "report" and not named and ctx.progress and ctx.targets.direction > 0
            and _BARE_TALLY.match(text)):
        # Asked how a change to do more has gone, a bare tally is of the change: "This week all
        # 3 nights.", "Every night now for 3 weeks." (not "One time.": maybe short of the aim).
        named = _Direction(1, "change", 0)
    if cue.needs_behaviour and not named:
        return None  # "not that much" of what?
    if cue.name == "only that" and not _names_own(around, ctx):
        return None  # "it's just a drink" of another change: not what it is about
    if cue.name == "minimised" and (
            (-named.value if named.marked else named.value) > 0
            or ctx.targets.own and not _names_own(around, ctx)):
        # Little of a habit the change is to do less of plays it down; not little of what it is
        # to do more of ("Yoga I do only on Sundays"), nor of a habit it is not about ("I don't
        # drink much" when the change is the games bought).
        return None
    if cue.name == "report":
        # "three dry nights!" in answer to how it has gone. A count of the behaviour itself
        # ("wine on monday and tuesday") is left alone: readers take it as a lapse or as news.
        found = _clause_behaviour(text, ctx) or named
        if (not (found and ctx.progress) or _anywhere(_DISTANT_PAST, text)
                or found.value < 0 and not _anywhere(_AS_USUAL, text)):
            return None
        polarity = found.value  # "phone in bed every night again": a lapse
    if cue.name == "none told":
        # None of what? What is named before it ("Cigarettes? None.", "Alcohol free days so far:
        # zero."), or, after "so", "but" or a lapse told, the change's own side.
        counted = " ".join(_words_before(text, cs)) or ctx.earlier or ctx.told_before
        after_so = ctx.contrast or m.group("cue").split()[0] in {"so", "but", "and"}
        found = _clause_behaviour(counted, ctx) if counted and not after_so else None
        if found:
            polarity = -found.value
        elif counted and not after_so and not _TOLD_HAD.search(counted):
            return None  # "Motivation, none.", "Sessions missed? Zero.": none of something else
        elif not ctx.targets.direction:
            return None
        else:
            polarity = -ctx.targets.direction
    if cue.name == "none of it":
        found = _clause_behaviour(text, ctx)
        if not (found and found.marked):
            return None
        polarity = found.value
    if cue.name == "would be better" and _AGREEING.match(before_text) and not after.strip():
        return None  # "Yeah, it'd be good.": agreeing to a proposal, not a reason of one's own
    if cue.name == "hard" and (_EFFORT.search(before_text) or _HARD_ON.match(after)
                               or ctx.overcome):
        return None  # "I try really hard not to", "hard on everyone", "hard but I'm ok"
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
    # "I'm not sure it could be any more important", "couldn't be any more ready": as much as
    # can be, neither doubted nor denied.
    utmost = before[-3:] == ["be", "any", "more"] and bool({"can", "could"} & set(before[-6:-3]))
    doubt = None if utmost else _DOUBT.search(before_text)
    near = _DOUBT.sub("", before_text) if doubt else before_text
    neg = (bool(_NEGATION_SCOPE.search(near)) ^ bool(doubt)) and cue.negatable and not utmost
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
    if cue.name == "better than feared" and polarity < 0:
        # Of the habit, or of how things are now: the problem played down.
        return _Hit("played down", -1, "reasons", cue.weight, (start, ce), neg, sure)
    return _Hit(cue.name, polarity * (-1 if neg else 1), cue.kind, cue.weight, (start, ce), neg,
                sure)


_TOLD_AMOUNT = re.compile(rf"\b(?:\d+|{'|'.join(_AMOUNTS)})\b")


def _missed(planned: str, before: str, ctx: _Context) -> bool:
    """Whether the last amount told before a planned one misses the plan: more than planned
    when the change is to do less, fewer when it is to do more."""
    told = _TOLD_AMOUNT.findall(before)
    if not told:
        return False
    done, meant = _amount(told[-1]), _amount(planned)
    return done != meant and (done > meant) == (ctx.targets.direction < 0)
