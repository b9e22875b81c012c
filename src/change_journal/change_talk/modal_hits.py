"""Reading a modal cue's match ("I want to ...", "I skipped ...") into a hit: its subject,
its negation and the direction of its object.
"""

from __future__ import annotations

import re
from dataclasses import replace

from change_journal.change_talk.behaviours import (
    _STOP,
    _behaviour,
    _Context,
    _Direction,
    _names_other,
    _names_own,
)
from change_journal.change_talk.cues import _Cue
from change_journal.change_talk.evidence import (
    _ANSWER_SURE,
    _CONTEXT_SURE,
    _FIXED_SURE,
    _OBJECT_SURE,
    _STRONG_SURE,
    _UNKNOWN_OBJECT,
    _UNKNOWN_SURE,
    _UNREAD,
    _WISHES,
    _Hit,
)
from change_journal.change_talk.objects import (
    _BARE_STOP,
    _CHAT_OBJECT,
    _OBJECT_END,
    _WEIGHT,
    _gives_way_denied,
    _object,
    _object_direction,
    _within_limit,
)
from change_journal.change_talk.patterns import _AMOUNT_WORD, _words
from change_journal.change_talk.results import Kind
from change_journal.change_talk.scope import (
    _AS_USUAL,
    _DISTANT_PAST,
    _DOUBT,
    _EMBEDDING,
    _HABITUAL,
    _NEGATOR,
    _PEOPLE,
    _REPORTING,
    _UNREAL,
    _WHEN_NOUN,
    _anywhere,
    _reported,
    _subject,
    _words_before,
)

_SYMPTOM = re.compile(r"(?:sleep|breathe|concentrate|focus|think straight|switch off)\b")
# A capacity lost: "I can't read a book anymore", "can't run for the bus without dying",
# "can't sleep without it anymore" (not "any more work": more of something).
_LOST_CAPACITY = re.compile(r"\b(?:anymore\b|any more(?! \w)|without (?:nearly "
                            r"|almost )?(?:dying|stopping|getting out of breath|wheezing|coughing"
                            r"|puffing|panting|gasping)\b)")
# What cannot be done named only as "it" or "them": perhaps the change itself ("do it").
_PRONOUN_OBJECT = re.compile(r"(?:\S+ ){0,3}?(?!without\b)\w+ (?:it|them|this|that|those)\b")
# A thought told in the past: "I hadn't thought of it like that", "had never realised".
_THOUGHT = re.compile(r"(?:(?:have|had|did) )?(?:not |never )?(?:thought|realised|realized"
                      r"|known|noticed|understood|considered|wondered)\b"
                      # A way of seeing it: "hadn't looked at it that way", "put like that"
                      r"|(?:(?:have|had|did) )?(?:not |never )?(?:looked at|seen|put|said|written"
                      r"|laid out)(?: it| (?:it )?laid out)? (?:like (?:that|this)|(?:that|this) way)")
_CAPACITY_REACH = 80  # characters of its own clause after the cue in which it is looked for
_CLEFT = re.compile(r"(?:^| )is (?P<rest>.*)$")
_CLEFT_REACH = 300  # characters after the cue in which its "is" is looked for
# Liking the behaviour too much: "I like it too much", "love them a bit too much".
_TOO_MUCH = re.compile(r"^(?:\w+ ){0,2}?(?:a (?:bit|little|lot|tad) |way |far |much |just )?too"
                       r" (?:much|often|well)\b")
_RELATIVE = re.compile(r"\b(?:the|a|an|any|some|every|everything|anything|something|all|those"
                       r"|that) (?:\w+ ){0,2}?\w+$")
# "going to my brother's": going somewhere, not a commitment, unless it names the behaviour.
_GOING_SOMEWHERE = re.compile(r"^(?:my|the|a|an|his|her|their|our|your|work|bed|town|see)\b")
# A verb after "going to bed early": the going is the subject ("... feels like giving it up").
_GERUND_SUBJECT = re.compile(r"\b(?:feels?|is|was|seems?|sounds?|makes?|means?)\b")
_IT_FOR = re.compile(r"(?:it|them|one|a drink|a cigarette|a smoke) (?:to|for|when|because|so|at|in"
                     r"|after|before|every|most|on)\b")
_THE_THING = re.compile(r"(?P<x>(?:\w+ ){0,4}?\w+) is (?:the|my) (?:\w+ )?(?:thing|part|bit"
                        r"|moment)s?(?: that)?$")


# Looking back, what the person did without, or stopped or skipped, still counts.
_WENT_WITHOUT = re.compile(r"\bwithout (?:a|any|my|the|\w+ing)\b|\b(?:skipped|quit|gave up)\b")
# What an ability closes when it is only a measure: "for as long as I can", "whenever I can".
_AS_FAR_AS = re.compile(r"(?:\bas (?:long|much|often|soon|far|best|well|hard|many|quickly|fast)"
                        r"(?: \w+)? as|\bwhen ?ever|\bwhere ?ever|\bthe best)$")


def _not_left_over(rest: str, read: _Direction, ctx: _Context) -> bool:
    """Whether a past action's "not" is left out of its object's reading ``read``: the words
    after the "not" (``rest``) point the same way without it, and hold no "not" of their own
    before the behaviour ("didn't- I wasn't drinking")."""
    bare = _object_direction(rest, ctx)
    return bare.value == read.value and not _NEGATOR.search(rest[:bare.end])


_PAST_INTENT = re.compile(r"\b(?:was|were)(?: (?:really|just|definitely|totally))? $")


def _modal_hit(cue: _Cue, m: re.Match[str], text: str, ctx: _Context) -> _Hit | None:
    """Direction of a cue read with its object, or None when it says nothing."""
    cs, ce = m.span("cue")
    start = m.start("subj") if m.group("subj") else cs
    prefix = _words_before(text, m.start())
    joined = " ".join(prefix)
    past = cue.name == "past action"
    if m.group("subj") is None:
        if (prefix and not (past and prefix[-1] == "and" and _subject(prefix) in {"self", "none"})
                or text[ce:].startswith((" i ", " you "))):
            return None  # no subject of its own, or an inverted question ("could i ...")
    elif _reported(joined) or cue.kind == "need" and _REPORTING.search(joined):
        return None  # "my doctor told me I should", "mum thinks ... and I should": not my need
    if (m.group("subj") and not text[ce:].strip() and _RELATIVE.search(joined)
            and not (cue.kind == "reasons" and _THE_THING.search(joined))):
        return None  # "the kick I need", "the stuff I like": a relative clause, not a claim
    if cue.kind == "ability" and m.group("subj") and _AS_FAR_AS.search(joined):
        return None  # "for as long as I can", "whenever I can": a measure, not an ability
    cleft = None
    if prefix and prefix[-1] in {"what", "all"}:  # "what I'd like to do is go down to five"
        cleft = _CLEFT.search(text[ce:ce + _CLEFT_REACH])
        if not cleft:
            return None
    elif (prefix and prefix[-1] in _EMBEDDING and prefix != ["so"] and prefix[-2:-1] != ["is"]
          and not _DOUBT.search(joined)) or _WHEN_NOUN.search(joined):
        return None  # "if I could ...", "the nights I can't face it": not a claim
    if cue.kind == "commitment" and _HABITUAL.search(joined + " " + m.group("mid")):
        return None  # "sometimes I'll have one": a habit, not a commitment
    if cue.kind == "commitment" and _PAST_INTENT.search(text[:cs]):
        return None  # "Was going to tell him Sunday": an intention of the past, not kept
    if (past or "started" in m.group("cue")) and _anywhere(_DISTANT_PAST, text):
        return None  # "in my twenties I ran to work": history, not a step
    if past and _UNREAL.search(joined):
        return None  # "I wish I drank less": a wish, read by its own cue
    dislike = cue.name == "preference" and _DISLIKE.match(m.group("cue"))
    if dislike and "would" in m.group("mid").split():
        return None  # "I'd hate feeling like this forever": a fear, read by its own cues
    # A dislike's own "not" ("can't stand") is part of it, not a negation of it.
    # "Wouldn't mind" is a wish, its "not" part of it.
    negators = m.group("mid") + ("" if dislike else m.group("cue").replace("would not mind", ""))
    neg = (len(_NEGATOR.findall(negators)) % 2 == 1) ^ bool(dislike)
    obj_start = ce + 1
    after = re.match(r" (?:not|never)\b ?", text[ce:])
    if after:  # "I will not stop", "I'll never quit": the "not" after the cue is its own
        neg, obj_start = not neg, ce + after.end()
    if _DOUBT.search(joined):
        neg = not neg  # "I'm not sure I can", "I don't think I need to"
    if cleft:
        obj_start = ce + cleft.start("rest")
    obj = _object(text[obj_start:])
    if _CHAT_OBJECT.match(obj) and not (_names_own(obj.split()[0], ctx)
                                        and _OWN_CHAT.match(obj)):
        return None  # everyday talk, unless it is what the change does ("Ring Mum more")
    if cue.verb_in_object:
        # The verb is part of what was done: "quit smoking", "did not drink", "skipped a run".
        obj_start, obj = cs, _object(text[cs:])
        neg = past and bool(_NEGATOR.search(m.group("mid")))
    could_then = (cue.kind == "ability" and "could" in m.group(0).split()
                  and not _NOW_AGAIN.search(text))
    if (past or could_then) and ctx.looking_back and (
            not neg and not _NEGATOR.search(m.group(0)) and not _WENT_WITHOUT.search(text)):
        # "I ran every day", "I could have a couple of squares and put the rest back", of the
        # time before it was an issue (not "I didn't vape", "I went whole weekends without a
        # drink", "I skipped the pub most weeks"; nor "I could do it again", which is now)
        return None
    if past and _THOUGHT.match(obj):
        return None  # "hadn't thought of it like that": a thought, not something done
    if past and _AN_URGE.match(obj):
        return None  # "Ignored the urge to go to the gym": done to an urge, read by its cues
    if past and m.group("subj") is None and _WEATHER.match(obj):
        return None  # "Rained all week.": the weather, not something done
    if cue.kind == "ability" and _KNOWING.match(obj):
        return None  # "I can't tell if that's moderation": knowing, not doing
    d = _object_direction(obj, ctx)
    before = ctx.earlier or ctx.told_before
    if neg and cue.kind == "desire" and d.source == "ellipsis" and _THAT_STATE.match(obj) and (
            before and not _OTHER_SIDE_TOLD.search(before)):
        told = _behaviour(before, ctx)
        if not (told and told.value > 0):
            # "My mum was in a wheelchair by 70. I don't want that.": what was just told,
            # refused (not the change named before it: "Quit? I don't want that.").
            d = _Direction(1, "outcome", d.end)
    if neg and cue.name == "preference" and _TROUBLE_AFTER.match(obj[d.end:]):
        return None  # "I hate this knee situation": the trouble, not the knee exercises
    if cue.name == "preference" and d.source == "ellipsis" and ctx.gifts_unasked:
        return None  # "What does adventure mean to you?" "seeing new places!! i love it"
    if d.passing and (cue.kind in {"desire", "ability"} or cue.name == "preference"):
        # "I could enjoy a pint with my brother" when the change is to wear hearing aids: a
        # habit named in passing is not that change's status quo.
        d = _Direction(0, "unknown", 0)
    if (past and d.source == "behaviour" and not d.marked and _STOP.match(obj)
            and not _SWAP.match(obj)):
        d = replace(d, value=-d.value, marked=True)  # "uninstalled two apps from my phone"
    if past and d.source == "behaviour" and d.value < 0 and _within_limit(obj, ctx):
        d = replace(d, value=1, marked=True)  # "had 2 pints" of "only 2 pints": kept to it
    if past and _NEGATOR.search(m.group("cue")) and _cue_denies(d, obj, text[ce:], ctx):
        if d.source == "behaviour" and ctx.looking_back:
            return None  # "I didn't even own a telly", of the time before: how life was
        if d.source == "stop" and not ctx.targets.stops and _ALTOGETHER.search(obj):
            return None  # "I'm not giving it up altogether" of a change to cut down: its aim
        neg = not neg
    if cue.kind == "ability" and neg and _SYMPTOM.match(obj) and _names_other(obj, ctx):
        return None  # "I can't sleep" when the change is the news: a harm, read by its own cue
    lost = (cue.kind == "ability" and neg
            and _LOST_CAPACITY.search(text, obj_start, _clause_end(text, obj_start)))
    done = text[obj_start:lost.start()] if lost else ""
    if lost and not (_PRONOUN_OBJECT.match(done) or _names_own(done, ctx)):
        # Something else the person can no longer do: what the habit costs, a reason to change
        # ("I can't do them anymore" may be the change itself: unread).
        return _Hit(f"{cue.name}: capacity lost", 1, "reasons", cue.weight, (start, lost.end()),
                    neg, _OBJECT_SURE, "other")
    if cue.kind in {"need", "desire"} and _IT_FOR.match(obj) and d.source != "change":
        # "I need it to get to sleep", "I want one after work": "it" is the behaviour.
        d = _Direction(ctx.targets.direction, "behaviour", len(obj.split(" ", 1)[0]))
    if cue.name == "preference" and not neg and _TOO_MUCH.match(obj):
        # "I like it too much", "love them a bit too much": liking it is the worry.
        return _Hit(f"{cue.name}: too much", 1, "reasons", cue.weight,
                    (start, obj_start + len(obj)), neg, _OBJECT_SURE, "behaviour")
    if d.source == "ellipsis" and cue.kind == "reasons":
        thing = _THE_THING.search(joined) if not obj else None
        if thing:  # "a drink is the one thing I look forward to": the drink is liked
            d = _object_direction(thing.group("x"), ctx)
            d = d if d.value else _Direction(ctx.targets.direction, "behaviour", 0)
        elif not obj:
            return None  # "the stuff I like": a relative clause, not a preference stated
        else:
            d = _Direction(ctx.targets.direction, "ellipsis", d.end)  # "I like it": the behaviour
    elif (past and ctx.progress > 1 and d.source == "unknown" and not obj.startswith("lost")
          and _BARE_STOP.match(_after_verb(obj))):
        # Asked how it is going, "went twice!" and "haven't managed it once" are about the change.
        # So much of a habit had since ("Had 2 on saturday", "took one") is the habit back when
        # the change ends it or names a limit it passes (within the limit, it was kept to); none
        # of it had ("Haven't had one since Sunday") is the change kept.
        kept = _within_limit(obj, ctx)
        habit = ctx.targets.direction < 0 and (
            _HAD_AN_AMOUNT.match(obj) and (neg or kept is False or kept is None and ctx.targets.stops)
            or not neg and _DID_IT_AGAIN.match(obj)
            and not _STEP_TOLD.search(f"{ctx.told_before} {ctx.earlier} {text[:start]}"))
        d = _Direction(-1 if habit else 1, "reported" if habit else "done", len(obj))
        if ctx.targets.direction < 0 and not habit and (
                neg and _OVER_A_STRETCH.search(obj) or _TOUCHED.match(obj)):
            # Of a change to do less, an act denied over a stretch ("Didn't go in once",
            # "didn't bite them once") is the habit not done, a step; "touched one" is the habit,
            # denied or not ("Haven't touched one").
            d = _Direction(-1, "done", len(obj))
    elif (past and ctx.progress and d.source == "unknown" and not neg
          and not _LIGHT_VERB.match(obj) and not _IDLE.match(obj)):
        # Asked how it is going, something the person did is told as a step ("took the dog to
        # the river track Sat and Sun"), unless the words around it say it went badly. When the
        # change is to do less, something done "again", or done to "one" or "more" of it unnamed
        # ("cadged one off a mate", "bought more"), is the old habit back.
        again = ctx.targets.direction < 0 and (_anywhere(_AS_USUAL, text)
                                               or _UNIT.match(_after_verb(obj))
                                               or _within_limit(obj, ctx) is False) and not (
            _PUT_AWAY.search(obj))  # "Turned it off again": the step done again
        # Something "lost" (money, the week, my temper: "lost it") is a loss, unless weight;
        # something missed of a change to do more ("Missed both this week", not in a relative
        # clause: "the two I missed it was sleeting") is a lapse.
        loss = (obj.startswith("lost") and not _WEIGHT.match(obj[4:])
                or ctx.targets.direction > 0 and _MISSED.match(obj)
                and (not prefix or prefix[-1] in {"and", "but", "so", "then"})
                and (_MISSED_WHAT.match(_after_verb(obj).lstrip()) or _names_own(obj, ctx)))
        if _SETBACK.match(obj):
            # A setback to the body ("Flared up on Saturday", "pulled something in my
            # shoulder"): no step, and what stops a change to do more (less sure than a step).
            if ctx.targets.direction <= 0:
                return None
            d = _Direction(-1, "setback", len(obj))
        else:
            d = _Direction(-1 if again or loss else 1, "reported", len(obj))
    if past and not ctx.progress and _STAYED_SAME.match(obj):
        return None  # "Stayed about the same.", asked why a rating: the rating, not the habit
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
                            _FIXED_SURE, "done")
        kind: Kind = "reasons"
        foreseen = _FORESEEN_LAPSE.match(obj)
        done = foreseen and foreseen.group("again") and _behaviour(foreseen.group("again"), ctx)
        if (foreseen and cue.kind == "commitment" and not neg and not _WORRIED.search(text[:start])
                and not (done and done.value > 0)):  # "I'll end up running again": the change
            # "That I'll relapse.": a lapse foreseen, a doubt of being able (a stance)
            rule, polarity, kind = "lapse foreseen", -1, "ability"
        return _Hit(rule, polarity, kind, cue.weight, (start, end), neg,
                    _STRONG_SURE if m.group("subj") else _OBJECT_SURE, d.source)
    if cue.kind == "commitment" and (re.match(r"(?:want|need|have to|be able|like|love|miss)\b",
                                              obj) or ((not d.value or m.group("subj") is None
                                                        and _GERUND_SUBJECT.search(obj))
                                                       and "going" in m.group("cue")
                                                       and _GOING_SOMEWHERE.match(obj))):
        # "I'll want it near me" (the inner modal speaks), "going to my brother's", "going to
        # bed early feels like giving it up" (going somewhere said of no one, the subject of
        # what follows: no plan; "Going to bed by 10:30 from tonight." is one)
        return None
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
        return _Hit(rule, 1, cue.kind, cue.weight, (start, end), neg, _CONTEXT_SURE, d.source)
    score = (cue.weight if d.value and d.source not in {"reported", "setback"}
             else cue.weight * _UNKNOWN_OBJECT)
    kind = cue.kind
    if past and d.source == "behaviour" and not d.marked and polarity < 0:
        if "only" in m.group("mid").split() or (ctx.progress and re.search(r"\bonly$", text)):
            # "only had a drink on tuesday": less of it in a progress report, else played down.
            polarity, kind = (1, kind) if ctx.progress else (-1, "reasons")
        elif not (neg or ctx.progress):
            return None  # "I had a few drinks at the party": a story, not a lapse reported
    elif (past and ctx.progress and not d.marked and polarity > 0
          and "only" in m.group("mid").split()
          and (d.source == "behaviour" or d.source == "done" and ctx.targets.direction > 0)):
        # "only ran once", and of a change to do more "only managed twice": less of it.
        polarity = -1
    sure = (_UNKNOWN_SURE if not d.value or d.source == "setback"
            else _ANSWER_SURE if d.source == "reported"
            else _CONTEXT_SURE if d.source in {"ellipsis", "done"}
            else _STRONG_SURE if m.group("subj") else _OBJECT_SURE)
    return _Hit(rule, polarity, kind, score, (start, end), neg, sure, d.source)


def _cue_denies(d: _Direction, obj: str, after_cue: str, ctx: _Context) -> bool:
    """Whether a past act's "not" ("didn't", "never") is still to be read, the object's reading
    not having read it: "I'm not hurting anyone", "didn't check my phone", "didn't go to the
    gym", "didn't skip my walk". The object reads it itself when nothing but "a", "any",
    "have"... comes between them ("didn't have a drink" is "no drink"), when it denies giving way
    ("didn't cave", read as the urge held), and for a stop verb, unless the stop itself is
    denied ("I didn't stop"; not "I'm not giving up", persevering)."""
    if d.source == "behaviour":
        return _not_left_over(_object(after_cue.lstrip()), d, ctx)
    if d.source == "stop":
        return bool(_STOP_DENIED.match(obj))
    return not (d.source == "status_quo" and _gives_way_denied(obj))


# A stop verb right after the cue's own "not" ("I didn't stop", "I'm not quitting"; not "didn't miss
# it", which is not yearning for it; nor "I'm not giving up", which is persevering, unlike "I'm not
# giving it up"), which the object does not read.
_STOP_DENIED = re.compile(r"^(?:(?:did|do|does|have|has|had) not (?:stop|quit|giv|cut"
                          r"|(?:miss|skip)\w* (?:a|one|any|a single)\b)"
                          r"|(?:am|is|are|was|were) not (?:stop|quit|cut"
                          r"|giv\w* (?:it|them|em) up))")
_ALTOGETHER = re.compile(r"\b(?:altogether|completely|entirely|totally|fully|for good)\b")
# Of a change to do less, the habit touched, the verb at the object's start ("touched one";
# not "started again", as often the change begun again as the habit; nor "touched it", as often
# an aid left alone).
_TOUCHED = re.compile(r"(?:\w+ )?(?:not )?touched (?:one|any)\b")
# An urge as the object of something done ("ignored the urge to ...", "fought the cravings").
_AN_URGE = re.compile(r"(?:\w+ )?(?:off )?(?:the |an? |every |my |that |each |all the )?"
                      r"(?:urges?|cravings?|temptations?)\b")
# A stretch of time ending what was done: "once", "at all", "all week".
_OVER_A_STRETCH = re.compile(r"\b(?:once|at all|all week|this week|since)$")
# "that", "this" or "it" as the whole object of a wish: "I don't want that (again)", "never want
# this for my kids".
_THAT_STATE = re.compile(r"^(?:that|this|it)(?: (?:again|back|anymore|any more|either|ever"
                         r"|for (?:me|myself|them|him|her|us|my \w+|the \w+)|to happen))*$")
# Told just before, a question or the other side, which "that" may refer to: "or is that just
# me?", "they want me to quit".
_OTHER_SIDE_TOLD = re.compile(r"\b(?:quit\w*|stop\w*|give (?:it |them )?up|cut\w* (?:down|back)"
                              r"|change)\b")
# After what is named, words that make it a trouble: "this knee situation", "the back pain".
_TROUBLE_AFTER = re.compile(r"^(?: \w+)?? (?:situation|problem|pain|issue|injury|trouble|thing)s?\b")
# Not liking, said outright: read as "do not like".
_DISLIKE = re.compile(r"hate|loath|detest|(?:can|could) not stand")
# Of a change to do less, "did it again": the habit, not the step ("last night i did it again").
_DID_IT_AGAIN = re.compile(r"(?:did|done) (?:it|that) (?:all )?(?:over )?again\b")
# A step told just before, which "did it again" repeats: "Walked home instead of the pub Monday."
_STEP_TOLD = re.compile(r"\b(?:instead|rather than|without|skipped|swapped|did not|no \w+)\b")
# A swap has two objects, the one that went and the one that came: read by "replacement".
_SWAP = re.compile(r"(?:swap|switch|replac)\w*")
# An unnamed unit of the behaviour: "cadged one off Daz", "bought more", "bummed another".
_UNIT = re.compile(r"^ (?:some |a few |a lot )?(?:more|another|one|a couple)\b")
_STAYED_SAME = re.compile(r"(?:stayed|remained) (?:(?:about|roughly|pretty much|much|more or"
                          r" less|just) )?the same$")
# Time passed rather than an action taken: "watched the cricket", "lay in till ten".
_IDLE = re.compile(r"(?:watched (?:the |a |some |films?|tv|telly|youtube|netflix|football"
                   r"|cricket|rugby|darts|snooker|the news)|scrolled|napped|lazed|lounged|vegged"
                   r"|sat (?:in|on|around|about)|lay in|slept in|chilled)\b")
# A thing put away or switched off: "turned it off", "put the phone away" (not "one off Daz").
# The change's own everyday verb, used of the change: "ring at all", "call her", "say no" (not
# "see how it goes", "call it a day", "call the bank").
_OWN_CHAT = re.compile(rf"^\w+(?:$| (?:her|him|them|me|(?:my |our |the )?(?:{_PEOPLE}|gran|nan|mam)"
                       r"|no|yes|at all|back|twice|again|once|every \w+|more|less|on \w+day"
                       r"|today|tonight|this week|last \w+)\b)")
_PUT_AWAY = re.compile(r"^\w+ (?:it|them|that|this|the \w+|my \w+) (?:off|away)\b")
# What says an ability is now, not then: "I could do it again", "maybe I could start".
_NOW_AGAIN = re.compile(r"\b(?:again|get back|if i tried|maybe|think|now|still|start\w*)\b")
# A lapse foreseen with "will": "I'll relapse", "I'll just slip back", "I'll end up smoking
# again" (not wanted, or feared, it is a reason: "I'm worried I'll relapse").
_FORESEEN_LAPSE = re.compile(r"(?:(?:just|probably|only|definitely) )*(?:relapse|slip\b|end up"
                             r" (?:caving|relapsing|giving in|slipping|(?P<again>\w+ing (?:\w+ ){0,2}"
                             r"again)))")
_WORRIED = re.compile(r"\b(?:worr\w*|afraid|scared|fear\w*|terrified|dread\w*|concern\w*|nervous)\b")
# A setback to the body, told like something done: "flared up", "pulled a muscle", "did my
# back in" (not "pulled my socks up", doing better).
_SETBACK = re.compile(r"(?:flared|pulled (?:a|my|something)(?! socks)|injured|sprained|strained"
                      r"|twisted (?:my|an?)|did (?:my|me) (?:\w+ )?(?:back|knee|ankle|shoulder|hip"
                      r"|neck|wrist) in)\b")
# Something let go by: "missed both this week", "skipped tuesday's", "bailed on it"; what was
# missed is the change's, or counted, a day or "it" (not "missed the bus", "skipped breakfast").
_MISSED = re.compile(r"(?:missed|skipped|bailed|blew (?:it |them )?off|flaked|ducked out)\b")
_MISSED_WHAT = re.compile(r"(?:both|all|every|each|one|two|three|four|five|six|seven|\d+|it|them"
                         r"|that|this|last|the last|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri"
                         r"|satur|sat|sun)(?:day)?s?|(?:a|the) (?:day|session|class|week))\b")
# The weather, told without a subject like a diary's action: "Rained all week."
_WEATHER = _words(r"rained", r"snowed", r"drizzled", r"thundered")
# Knowing what something is, not doing: "can't tell if that's moderation", "couldn't say
# whether it helps" (not "can't tell if I'll stick with it", a doubt of one's own doing).
_KNOWING = re.compile(r"(?:not )?(?:tell|say|decide|know|remember|explain|predict|guess)"
                      r" (?:if|whether|which|what|why)\b(?! (?:i|we)\b)")
# Verbs that say nothing of an action taken: "had a rough week", "got home late".
# Something taken of a habit, counted: "had 2", "took one", "bought another" (not "had 3 days
# off", "had two dry nights": time kept).
_HAD_AN_AMOUNT = re.compile(rf"(?:had|took|bought|ordered|used|smoked|drank|ate) (?:just )?"
                            rf"(?:{_AMOUNT_WORD}|a couple|another|more)\b"
                            r"(?! (?:\w+ )?(?:days?|nights?|weeks?|months?|off|dry|clean|free"
                            r"|without|sober)\b)")
_LIGHT_VERB = _words(r"had", r"has", r"got", r"gotten", r"been", r"was", r"were", r"made", r"put",
                     r"kept")


def _clause_end(text: str, start: int) -> int:
    """Where the clause going on at ``start`` ends, at most :data:`_CAPACITY_REACH` on."""
    bound = _OBJECT_END.search(text, start, start + _CAPACITY_REACH)
    return bound.start() if bound else start + _CAPACITY_REACH


def _after_verb(obj: str) -> str:
    """What follows the verb of a past action: " twice" in "went twice", "did not go twice"."""
    words = re.sub(r"^(?:(?:did|have|had) not|never) ", "", obj).split(" ", 1)
    return " " + words[1] if len(words) > 1 else ""
