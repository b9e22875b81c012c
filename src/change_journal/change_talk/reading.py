"""Reading one sentence: its cues' hits, then the answer read in the light of its question.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from change_journal.change_talk.answers import (
    _AFTERWORDS,
    _DENIAL,
    _DIARY_OPENING,
    _EVALUATIVE,
    _FILLER,
    _answer_hits,
    _diary_hits,
    _dismissed_hit,
    _evaluates_now,
    _note_to_self,
    _plan_hit,
    _report_opening_hits,
    _reported_step,
    _unmet_hit,
)
from change_journal.change_talk.behaviours import (
    _Behaviours,
    _Context,
    _names_own,
    _targets,
    _toward_change,
)
from change_journal.change_talk.cues import _CUES, _DAYS_WITHOUT, _PAST, _TALLY
from change_journal.change_talk.evidence import _OBJECT_SURE, _UNKNOWN_SURE, _decide, _Hit
from change_journal.change_talk.hits import _sentence_hits
from change_journal.change_talk.questions import (
    _ASKS_OBSTACLE_AND_PLAN,
    _ASKS_TRIED,
    _ASKS_WHAT_IS_GOOD,
    _LOOSE_PROMPT,
    _SINCE_A_TIME,
    _STEPS_PROMPT,
    _asks_barriers,
    _asks_condition,
    _asks_goal,
    _asks_looking_back,
    _asks_note,
    _asks_other_than_gifts,
    _asks_outcome,
    _is_progress,
    _it_side,
    _lean,
    _open_question,
    _prompt_topic,
)
from change_journal.change_talk.scope import _OTHERS_IDEA, _PEOPLE
from change_journal.change_talk.tokens import _Clause, _clauses


def _hits(sentence: str, prompt: str | None, change: str | None) -> list[_Hit]:
    return _read(sentence, prompt, change)[0]


def _read(sentence: str, prompt: str | None, change: str | None, before: str = "",
          after: str = "") -> tuple[list[_Hit], int]:
    """The hits of a sentence, and the side its question evokes (0 when it had no cue).

    ``before`` and ``after``: the sentences of the same answer around it. After another, a
    sentence's first clause may be what the earlier one led to (the plan after an obstacle, a
    condition said to be unmet); an ability conceded and the wish denied are read across them.
    """
    later = 0 if before else 1  # the first clause that can follow another
    clauses = _clauses(sentence)
    before_clauses = _clauses(before)
    progress = _is_progress(prompt)
    # A note told as a diary entry ("Booked the class for Thursday.") or keeping a tally ("£312
    # saved so far.") is read as a report.
    targets = _targets(change)
    diary = bool(not progress and clauses and _asks_note(prompt)
                 and (_DIARY_OPENING.match(clauses[0].text) or _opens_with_own_past(clauses[0],
                                                                                    targets)
                      or any(_TALLY.search(c.text) for c in clauses)
                      or _tallies_the_habit(clauses[0].text, targets)))
    progress = progress or int(diary)
    ctx = _Context(targets, prompt, progress, it_side=_it_side(prompt),
                   barriers=bool(progress) or _asks_barriers(prompt), goal=_asks_goal(prompt),
                   condition=_asks_condition(prompt),
                   told_before=before_clauses[-1].text if before_clauses else "",
                   looking_back=_asks_looking_back(prompt),
                   gifts_unasked=_asks_other_than_gifts(prompt), read_topic=_prompt_topic)
    previous, opening = before_clauses[-1:], _clauses(after)[:2]
    following = opening[:1]  # the next sentence's first clause
    hits = _conceded(_sentence_hits(clauses, ctx), clauses, previous, following)
    if diary:
        hits = _diary_hits(clauses, hits)
    elif progress and not before:
        hits = _report_opening_hits(clauses, hits, following, ctx)
    hits = _recovered(_judged(hits, clauses, [*previous, *clauses, *opening], ctx))
    hits = _urges_resisted(hits, clauses, following, ctx)
    left = _or_not(hits, clauses, previous, opening)
    if left is not None:
        return left, 0  # what was said taken back ("Or not."): no lean, whatever was asked
    # The last clause, or the last two when the last is only "not mine" ("My wife's idea, not
    # mine."; the window may reach into the sentence after, as ``opening`` does).
    ending = [c.text for c in ([*clauses, *opening] or previous)[-2:]] or [""]
    said = " ".join(ending) if _NOT_MINE.match(ending[-1]) else ending[-1]
    if ctx.goal and _SOMEONE_ELSES.search(said):
        # Asked for the change: "walk 10k steps. Doctor's idea.", "my mum literally made me put
        # this": the aim is another's, so the person's words for it are not theirs; what they say
        # against it ("not mine") still counts. No lean.
        return [h for h in hits if h.polarity < 0], 0
    if not prompt:
        return hits, 0
    question = _open_question(prompt)
    if _attempt_undone(hits, question, clauses):
        hits = _without_undone_steps(hits)
    if _ASKS_TRIED.search(question):
        hits = _without_failures_before_a_help(hits, clauses)
    judged_now = False
    stripped = [_FILLER.sub("", c.text + " ").strip() for c in clauses]
    denial = any(map(_DENIAL.match, stripped))  # "Nothing really, ...": the question denied
    answer = _answer_hits(clauses, question, stripped[0] if clauses else "", hits)
    if answer and following and _ASKS_TRIED.search(question) and (
            _FAILED.pattern.search(following[0].text)):
        answer = []  # "Patches. Didn't work.": what was tried, told as no help
    if clauses and _ASKS_WHAT_IS_GOOD.search(question) and not denial:
        # Asked what is good about how things are or what changing would cost, a feeling or an
        # effect named ("I'd hate that", "it keeps me awake") is what was asked for, not a reason
        # to change; the person's own cues for the change ("I want to stop") stand, as does
        # what is said of how things are now ("it's costing me a fortune", "feeling like this").
        hits = [h for h in hits if h.polarity < 0 or h.rule not in _EVALUATIVE
                or _evaluates_now(h, clauses, ctx.it_side)]
        judged_now = any(h.polarity > 0 and h.rule in _EVALUATIVE for h in hits)
    for asks, first, denied in ((_asks_condition, later, _unmet_hit),
                                (_asks_outcome, 0, _dismissed_hit)):
        # What it would take or who could help, said not to be there, or the worst outcome,
        # waved away (a later
        # clause, or the whole answer: "nah probably nothing"): what the answer named does not
        # move the person, and its own words ("if I felt better", "I could lose my job") are no
        # claim; the person's cues against the change stand.
        found = denied(clauses, hits, first, following) if clauses and asks(prompt) else None
        if found:
            return [h for h in hits if h.polarity < 0] + [found], 0
    if _ASKS_OBSTACLE_AND_PLAN.search(question):
        plan = _plan_hit(clauses, hits, ctx, later)
        if plan:
            # The obstacle named and the plan for it: the plan is what the question asks for,
            # and the obstacle's own cues before it ("Sleet sideways. I'm not walking in that.")
            # only name what was asked for; the person's stance on the change still counts
            # ("I don't really want to stop.").
            return [*(h for h in hits if h.polarity > 0 or h.span[0] > plan.span[0]
                      or _is_stance(h)), plan], 0
    if answer and not (hits and _STEPS_PROMPT.search(question)) and all(
            h.sure < answer[0].sure for h in hits):
        # No cue, or only cues whose object says nothing ("I can doze"): the question decides,
        # unless it also asks for a plan ("What could get in the way, and what will you do?").
        return answer, 0
    side = _decide(hits) if answer else None
    if (side and side[0] != answer[0].polarity and not ctx.barriers and not judged_now
            and not denial and not _LOOSE_PROMPT.search(question)
            and not _ASKS_OBSTACLE_AND_PLAN.search(question)
            and not any(map(_stands_against_question, side[2]))
            and not _attempt_undone(side[2], question, clauses)):
        # Cues read against the side the question evokes are about something else more often
        # than not ("Why not lower?" "I can't read a book anymore."): the question's side is
        # the likelier label, too unsure to show (the app shows neither).
        return [replace(answer[0], sure=_UNKNOWN_SURE)], 0
    if not before and _decide(hits) is None:
        # Read from the question alone: the cues too weak to decide are dropped with it, so
        # that it is never shown (the side against the change keeps its own).
        told = (_reported_step(sentence, clauses) if progress == _SINCE_A_TIME
                else _note_to_self(clauses, hits, ctx) if _asks_note(prompt) and not diary
                else [])
        if told:
            hits = [*(h for h in hits if h.polarity < 0), *told]
    return hits, _lean(question)


# A clause that takes back what came before it: "Or not.", "or maybe not", "Then again, maybe
# not." (not "or not at all"), and the asides that may open it ("Then again,", "Actually,").
_OR_NOT = re.compile(rf"^(?:(?:or|then again|maybe|perhaps|probably|prob|actually) )+not{_AFTERWORDS}$")
_ASIDE = re.compile(r"^(?:or |and )?(?:then again|actually|hmm+|on second thoughts?"
                    r"|thinking about it)$")
_NEGATED = re.compile(r"\b(?:not|never|no|nothing)\b")
# A clause that takes itself back at its end: "I could quit or maybe not", "I might go or not"
# (a bare "or not" only after a hedge: "rain or not", "tired or not" concede; not "whether or
# not", "like it or not", "believe it or not", "ready or not").
_ENDS_OR_NOT = re.compile(r"(?<!\blike it)(?<!\bbelieve it)(?<!\bready) or (?:(?P<hedge>maybe|perhaps"
                          rf"|probably|prob) )?not{_AFTERWORDS}$")
_HEDGED = re.compile(r"\b(?:might|may|maybe|perhaps|could|probably|possibly)\b")
_WHETHER = re.compile(r"\bwhether\b")


def _takes_itself_back(text: str) -> bool:
    """Whether a clause ends by taking itself back (see ``_ENDS_OR_NOT``)."""
    end = _ENDS_OR_NOT.search(text)
    return bool(end and (end.group("hedge") or _HEDGED.search(text, 0, end.start()))
                and not _WHETHER.search(text))


def _or_not(hits: list[_Hit], clauses: list[_Clause], previous: list[_Clause],
            following: list[_Clause]) -> list[_Hit] | None:
    """The hits left when a clause takes back the one before it ("Might try the audiobook
    thing. Or not. We'll see.", "I can quit. Then again, maybe not."): that clause's hits go,
    and the person has not said which way they lean, whatever was asked. The clause taken back
    may end the sentence before (``previous``: its last clause), and the taking back may open
    the next (``following``: its first two clauses). After a question or a denial it takes
    nothing back but answers or agrees ("Would I go back? Probably not.", "I'm not going to
    quit. Probably not."), and says nothing itself. A clause may take itself back too ("I'll
    cut down or not"). None when there is no such clause."""
    read = [*previous, *clauses, *following]
    own = range(len(previous), len(previous) + len(clauses))
    found = False
    for n, clause in enumerate(read):
        if n in own and not clause.question and _takes_itself_back(clause.text):
            start, end = clause.spans[0][0], clause.spans[-1][1]
            hits, found = [h for h in hits if not start <= h.span[0] < end], True
            continue
        if not _OR_NOT.match(clause.text):
            continue
        back = n - 1
        while back >= 0 and _ASIDE.match(read[back].text):
            back -= 1
        if back < 0:
            continue
        found = found or back in own or n in own
        if read[back].question or _NEGATED.search(read[back].text):
            continue  # an answer or agreement: "Would I go back? Probably not."
        if back in own:
            start, end = read[back].spans[0][0], read[back].spans[-1][1]
            hits = [h for h in hits if not start <= h.span[0] < end]
    return hits if found else None


# The person's verdict on the time since ("Not great.", "Terrible week.", "Same as ever."), a
# clause short enough to be theirs ("So, not great."; not "Mum had a bad week, so").
_VERDICT_CUES = tuple(c for c in _CUES if c.name in {"bad week", "unchanged"})
_VERDICT_WORDS = 5


# The aim said to be another's, the last word of the answer: "Doctor's idea.", "Her idea.",
# "GP's orders tbh", "my mum made me put this" (not "My partner's suggestion, I should agree",
# "It was my doctor's idea but I really want to", "My heart scare made me do this").
_SOMEONE_ELSES = re.compile(
    rf"^(?:(?:it is|it was|this is|that is|all|just|apparently|the|my) )*(?:\w+ )?{_OTHERS_IDEA}"
    r"(?:,? not mine)?(?: (?:tbh|really|lol|apparently|anyway))*$"
    rf"|\b(?:{_PEOPLE})(?: \w+)? (?:made|makes|making|forced|forces|forcing) me (?:to )?(?:put"
    r"|write|do|pick|choose|use|try|sign up for|download|set) (?:this|it|that)\b")


_NOT_MINE = re.compile(r"^not (?:mine|my own|my idea)$")


_PAST_OPENING = re.compile(rf"^(?:(?:just|finally|also|actually|so|then|and) )?(?:{_PAST})\b")


def _opens_with_own_past(clause: _Clause, targets: _Behaviours) -> bool:
    """Whether a clause opens with a past verb naming the stated change's behaviour (its own
    words or its families': "played till half 4", "smoked 6 today"): a diary's entry, its "I"
    dropped."""
    m = _PAST_OPENING.match(clause.text)
    return bool(m) and any(p.fullmatch(m.group().split()[-1])
                           for p, _ in targets.tiers[: targets.own])


def _tallies_the_habit(text: str, targets: _Behaviours) -> bool:
    """Whether a clause opens with days or weeks without the change's own behaviour ("40 days no
    bet today", not "5 days without my inhaler")."""
    m = _DAYS_WITHOUT.match(text)
    return bool(m and _names_own(m.group("what"), _Context(targets)))


def _recovered(hits: list[_Hit]) -> list[_Hit]:
    """The hits of one reading (a sentence, or a whole answer) without the lapses told before
    getting back on track ("Had a bad day Sunday, smoked 12, back on track today."): the story
    of a recovery, whose last word is the step; not when a lapse follows ("..., back on track
    Sunday, then smoked 10 Monday")."""
    back = [h.span[0] for h in hits if h.rule == "back on track"]
    lapses = [h for h in hits if h.polarity < 0 and h.kind == "taking_steps"]
    if not back or any(h.span[0] > max(back) for h in lapses):
        return hits
    return [h for h in hits if h not in lapses or h.span[0] > min(back)]


def _judged_bad(clauses: list[_Clause], ctx: _Context) -> bool:
    """Whether one of ``clauses`` is that verdict (in the app's sentence-by-sentence reading,
    "Not great." may stand in the sentence before what was done)."""
    return bool(ctx.progress) and any(
        c.pattern.search(clause.text) for c in _VERDICT_CUES for clause in clauses
        if len(clause.starts) <= _VERDICT_WORDS
        and (c.name != "unchanged" or ctx.targets.direction <= 0))


def _judged(hits: list[_Hit], clauses: list[_Clause], around: list[_Clause],
            ctx: _Context) -> list[_Hit]:
    """The hits without the things done read as steps only because a progress report was asked
    for ("opened the seek tab five times", "watched his face crumple": objects that do not
    name the change) when the person judges the time since bad in ``around`` (the sentence's
    clauses and those beside it); what follows a "but" stands ("Not great, but I walked out
    twice"). "Unchanged" is no verdict beside a step named ("Still the same. Sober since
    January.")."""
    if any(h.polarity > 0 and h.kind == "taking_steps" and h.rule != "past action: reported"
           for h in hits):
        hits = [h for h in hits if h.rule != "unchanged"]
    done = [h for h in hits if h.rule == "past action: reported" and h.polarity > 0]
    if not done or not _judged_bad(around, ctx):
        return hits
    leaned_on = [(c.spans[0][0], c.spans[-1][1]) for c in clauses if c.contrast]
    return [h for h in hits if h not in done or any(a <= h.span[0] < b for a, b in leaned_on)]


# A bare "didn't" as a whole clause: "was tempted to. didnt.", "Tempted but didn't"
_BARE_DID_NOT = re.compile(r"^(?:(?:but|and|so|i|just|still) )*(?:did not|didnt)"
                           r"(?: (?:though|tho|lol|haha|tbh|thankfully))*$")


def _urges_resisted(hits: list[_Hit], clauses: list[_Clause], following: list[_Clause],
                    ctx: _Context) -> list[_Hit]:
    """A craving told, then a bare "didn't" in the next clause (or the next sentence's first):
    the urge met and held, a step, not the craving's pull toward the habit (unless the urge was
    toward the change: "Was tempted to go to the gym. Didn't.")."""
    after = [*clauses[1:], *following]
    held = {n for n, c in enumerate(clauses) if n < len(after) and _BARE_DID_NOT.match(after[n].text)
            and not _toward_change(c.text, ctx)}
    if not held:
        return hits
    ends = [c.spans[-1][1] for c in clauses]
    starts = [c.spans[0][0] for c in clauses]
    return [replace(h, rule="held", polarity=1, kind="taking_steps")
            if h.rule == "craving" and any(starts[n] <= h.span[0] < ends[n] for n in held) else h
            for h in hits]


# An attempt said to have failed (the cue), read of the sentence after an attempt named.
_FAILED = next(cue for cue in _CUES if cue.name == "did not work")

_DENIED_DESIRE = "desire: ellipsis, negated"
_NO_WISH = "desire: conceded, negated"
_ONLY_CONCEDED = "ability: conceded"
# The person's stance on the change itself, which holds against any question: the problem
# played down, the change at odds with a value or the trouble with it, "everyone does it",
# someone else's idea, the wish denied after an ability conceded, everything tried failed ("So
# nothing has really worked."), nothing expected to change for now.
_STANCES = frozenset({"played down", "at odds", "trouble with it", "everyone does it",
                      "not my idea", _NO_WISH, _ONLY_CONCEDED, "nothing worked",
                      "nothing will change", "set in my ways", "did not work", "not enough",
                      "lapse foreseen", "defeated", "just don't"})
# What a modal cue's object is about (``_Hit.about``) when it names the change outright.
_NAMED = frozenset({"behaviour", "stop", "change", "status_quo"})
_WILL = frozenset({"desire", "commitment", "activation"})


def _is_stance(h: _Hit) -> bool:
    """The person's stance on the change itself, or the wish to change denied ("I don't really
    want to stop"); not a craving told as part of an obstacle ("when I'm lonely I want the
    phone")."""
    return h.rule in _STANCES or h.kind == "desire" and h.negated and h.about in {"stop", "change"}


# Something said to have worked ("the bank block is what's actually working", "earplugs help a
# bit"), not denied
# ("never worked", "nothing has worked").
_WORKED = re.compile(r"(?<!\bnever )(?<!\bnot )(?<!\bnothing )(?<!\bnothing has )(?<!\bnothing is )"
                     r"(?<!\bnever really )\b(?:worked|works|helped|helps|is (?:\w+ )?working"
                     r"|help (?:a (?:bit|little|lot)|loads|heaps|somewhat))\b")


def _attempt_undone(hits: list[_Hit], question: str, clauses: list[_Clause]) -> bool:
    """Whether, asked what was tried, the answer tells the attempt undone ("Deleted the app
    once. Redownloaded it two days later.") and nothing that worked."""
    return (bool(_ASKS_TRIED.search(question)) and any(h.rule == "step undone" for h in hits)
            and not any(_WORKED.search(c.text) for c in clauses))


def _without_failures_before_a_help(hits: list[_Hit], clauses: list[_Clause]) -> list[_Hit]:
    """Asked what has helped, attempts said to have failed before one said to work ("Melatonin
    did nothing. Earplugs help a bit.") only lead up to the help, which answers the question."""
    helped = [c.spans[0][0] for c in clauses if _WORKED.search(c.text)]
    return [h for h in hits if not (h.rule == "did not work" and helped
                                    and h.span[0] < helped[-1])]


def _without_undone_steps(hits: list[_Hit]) -> list[_Hit]:
    """The hits without the steps told before the last step undone: "Deleted it 4 times.
    Reinstalled it 4 times." is the attempt's story, whose last word is the habit back."""
    last = max(h.span[0] for h in hits if h.rule == "step undone")
    return [h for h in hits if not (h.polarity > 0 and h.kind == "taking_steps"
                                    and h.span[0] < last)]


def _stands_against_question(h: _Hit) -> bool:
    """Whether a hit holds against the side its question evokes: a stance on the change, an
    evaluation denied ("not worried", "not that bad"), a stop verb with nothing named ("I don't
    think I can stop") or a wish or a plan about the change named outright ("I don't want to
    quit", "I'll keep drinking"). Other cues read against the question (what the person can or
    did do, needs, likes; "I can't stop drinking" asked what concerns them) are more often about
    something else, or say the question's side."""
    if h.rule in _STANCES:
        return True
    if not h.about:  # a fixed cue: an evaluation denied stands ("not concerned")
        return h.negated
    return h.about == "stop" or h.kind in _WILL and h.about in _NAMED


# The ability to change granted only as a concession, by the person: "I could if I wanted to",
# "I can stop whenever", "if I wanted to I could", "it's easy if I want to" (not "I can text her
# anytime"). Then "I just don't want to" is their stance.
_CONCEDED_ABILITY = re.compile(
    r"\bi (?:\w+ )?(?:could|can)(?: (?:stop|quit|give (?:it |them |that )?up|cut (?:down|back)"
    r"|do it|do that|leave it|pack it in)(?: \w+){0,2}?)? (?:if|when|whenever|any ?time)\b"
    r"|\bif i (?:really )?(?:wanted|want) to i (?:could|can)\b"
    r"|\b(?:it is|its|it would be) (?:\w+ )?(?:easy|simple|no problem) if i (?:really )?(?:want"
    r"|wanted) to\b")


_CONCEDED_REACH = 40
"""Characters between an ability granted and the wish denied right after it."""


def _conceded(hits: list[_Hit], clauses: list[_Clause], previous: list[_Clause],
              following: list[_Clause]) -> list[_Hit]:
    """"I could stop tomorrow if I wanted to. I just don't want to": an ability granted, then
    the wish denied with nothing named. The ability was only conceded (dropped when the denial
    comes right after it), and a denial in the clause that grants it or the next one is the
    person's stance, sure enough to be shown whatever was asked. Across sentences
    (``previous``: the last clause of the one before, ``following``: the first of the one
    after), the denial after a concession is the stance, and the concession before a denial is
    part of it."""
    if following and _CONCEDED_ABILITY.search(clauses[-1].text if clauses else "") and (
            _NO_WISH_ALONE.match(following[0].text)):
        return [replace(h, rule=_ONLY_CONCEDED, polarity=-1, sure=_OBJECT_SURE)
                if h.kind == "ability" and h.polarity > 0 else h for h in hits]
    denials = [h for h in hits if h.rule == _DENIED_DESIRE]
    if not denials:
        return hits
    ordered = sorted(hits, key=lambda h: h.span)
    dropped = {id(before) for before, after in zip(ordered, ordered[1:], strict=False)
               if after.rule == _DENIED_DESIRE and before.kind == "ability"
               and before.polarity > 0 and 0 <= after.span[0] - before.span[1] <= _CONCEDED_REACH}
    starts = [c.spans[0][0] for c in clauses]
    granted = {n for n, c in enumerate(clauses) if _CONCEDED_ABILITY.search(c.text)}
    if previous and _CONCEDED_ABILITY.search(previous[0].text):
        granted.add(-1)  # the sentence before: "I could if I wanted to. I just don't want to."
    stance = set()
    for h in denials:
        n = bisect_right(starts, h.span[0]) - 1
        if granted & {n, n - 1}:
            stance.add(id(h))
    stance |= {id(after) for before, after in zip(ordered, ordered[1:], strict=False)
               if id(before) in dropped}
    return [replace(h, rule=_NO_WISH, sure=_OBJECT_SURE) if id(h) in stance else h
            for h in hits if id(h) not in dropped]


# The wish denied with nothing named, as a whole clause: "I just don't want to", "just dont".
_NO_WISH_ALONE = re.compile(r"^(?:(?:but|and|i|just|really|simply|honestly) )*(?:i )?(?:just )?"
                            r"(?:do not|did not|never) (?:really )?(?:want to|fancy it|feel like it)"
                            r"(?: (?:though|tbh|lol|really|honestly))*$")
