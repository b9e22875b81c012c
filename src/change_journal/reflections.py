"""What the journal says back after a check-in: a reflection in the person's own words.

Pure Python, no model and no network: it works on the check-in's ratings, the ratings of the one
before, and the answers with the change talk recognised in them (``talk.marks``, which already
respects the person's own labels). In order, and two to four sentences in all:

1. the strongest change-talk sentence, quoted exactly and led in by the question it answered
   ("This matters to you, and you said why: ...") or, when that question was asked at another
   number than the rating, by its kind of change talk; or, where they also wrote sustain talk, a
   double-sided reflection that holds both and ends on the change side;
2. an affirmation, only when they wrote something they did (taking steps) or that they are
   ready (activation), in their words; none rather than a hollow one (``talk.affirmable``: not
   of a doing read only from the question beside sustain talk told with it, which beside a
   setback is not even quoted as change talk: ``talk.for_change``);
3. a ruler that moved 2 or more since the last check-in, named neutrally with its date;
4. one open question: about the move when a ruler moved (a drop first), else by the route of
   :mod:`change_journal.next_steps`.

Words read as neither side are said only to answer their question ("Asked why importance is 3
and not lower, you wrote: ..."), claiming nothing. With nothing written there is less to say, so
it says less: the move or the numbers, and the question. When confidence holds the change back
and their answer about it is quoted, that quote comes just before the question built on it.
``turn`` (the check-ins before this one) picks each sentence's variant, so two check-ins in a row
never share a sentence the journal wrote (nor do two kinds of sentence open alike). All wording
is in ``data/reflections.toml``.

Usage::

    answers = [Answer(a.prompt_id, a.question, a.text, tuple(talk.marks(a.text, a.question)))
               for a in saved]
    said = reflect(ratings, answers, before=Before(at, previous), has_plan=False, turn=3,
                   tz="Europe/London", now=now)
    said.plain()
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from change_journal import change_talk, clock, next_steps, prompt_ids
from change_journal.change_talk import KIND_ORDER
from change_journal.next_steps import Move, Route
from change_journal.talk import AFFIRMED_KINDS, Mark, affirmable, excerpt, for_change
from change_journal.wording import Sentence, Wording, Words, fill, load_wording

_SENTENCE = re.compile(r"(?<=[.!?…])[\"')\]”’]*\s+|\n+")
_JOINING = re.compile(r"^(?:(?:but|and|so|yet|though|also|well)\b[,]?\s+)+", re.IGNORECASE)
"""Joining words at the start of a sentence, left out of a quote ("But I want ..." is quoted
from "I want ..."): what remains is still exactly the person's words."""


_CONTRAST = re.compile(r"[,;]?\s+(?:but|though|although|however|whereas)\b[,]?\s+", re.IGNORECASE)
"""Where a sentence turns from one side to the other ("I love the wine but I want to stop")."""


def own_side(mark: Mark) -> str:
    """The part of ``mark``'s sentence that holds its side: where a contrast ("but", "though")
    splits the sentence, every word it was read from lies in one part and another part reads as
    the other side ("I love the wine but I really want to stop"), that part (an exact substring,
    so the other side is not quoted as this one); else the whole sentence ("I have all but quit",
    "I will stop, but not this week": a limit of their own is never cut off)."""
    if not mark.triggers:
        return mark.sentence
    cuts = [0, *(i for m in _CONTRAST.finditer(mark.sentence) for i in (m.start(), m.end())),
            len(mark.sentence)]
    parts = [mark.sentence[a:b].strip(" ,;") for a, b in zip(cuts[::2], cuts[1::2], strict=True)]
    holding = [p for p in parts if all(t in p for t in mark.triggers)]
    other_side = "sustain" if mark.side == "change" else "change"
    if len(holding) == 1 and any(change_talk.classify(p).label == other_side
                                 for p in parts if p != holding[0]):
        return holding[0]
    return mark.sentence


def quotable(sentence: str) -> str:
    """``sentence`` without a leading "but", "and", "so" ..., cut at a word when very long (an
    exact substring of it)."""
    return _quoted(sentence).text


def _quoted(sentence: str) -> Words:
    """:func:`quotable` as the person's words in a sentence, marked when cut short (shown with
    " …" inside the closing quote mark)."""
    rest = _JOINING.sub("", sentence)
    text, cut = excerpt(rest if rest.strip() else sentence)
    return Words(text, cut)


@dataclass(frozen=True)
class Answer:
    """A written answer of the check-in, with the change and sustain talk shown on it."""

    prompt_id: str
    question: str
    """The question exactly as it was asked."""
    text: str
    marks: tuple[Mark, ...] = ()
    for_another_number: bool = False
    """A ruler's follow-up written for another number than the check-in's rating (and saved
    with that number's question): never led in by its question, which says another number."""


@dataclass(frozen=True)
class Before:
    """The check-in before this one: when, and its three ratings."""

    at: str
    ratings: Mapping[str, int]


@dataclass(frozen=True)
class Reflection:
    """What is said back after a check-in, and the answers it came from."""

    sentences: tuple[Sentence, ...]
    """Two to four sentences; the last one is the open question."""
    affirmation: Sentence | None
    """Also among ``sentences`` when there is one."""
    route: Route
    moves: tuple[Move, ...]
    ratings: Mapping[str, int]
    answers: tuple[Answer, ...]
    """The full answers, for reading in full on request."""
    first: bool = False
    """The first check-in on the change: no numbers have moved yet."""

    @property
    def question(self) -> Sentence:
        return self.sentences[-1]

    def plain(self) -> str:
        return " ".join(s.plain() for s in self.sentences)


def when(at: str, tz: str, now: datetime) -> str:
    """A stored timestamp as a day said aloud, in the time zone ``tz``: "earlier today",
    "yesterday", "3 November", or "3 November 2025" in another year."""
    day = clock.local(at, tz).date()  # bounded: a time at the ends of the calendar is safe
    today = clock.local(clock.stamp(now), tz).date()
    if day == today:
        return "earlier today"
    if day == today - timedelta(days=1):
        return "yesterday"
    return f"{day.day} {day:%B}" if day.year == today.year else f"{day.day} {day:%B %Y}"


def reflect(ratings: Mapping[str, int], answers: Sequence[Answer], *, before: Before | None,
            has_plan: bool, turn: int, tz: str, now: datetime,
            wording: Wording | None = None) -> Reflection:
    """The reflection after a check-in with ``ratings`` and ``answers`` (see the module)."""
    w = wording or load_wording()
    chosen = next_steps.route(ratings, has_plan)
    moved = next_steps.moves(ratings, before.ratings if before else None)
    change = [(a, m) for a in answers for m in for_change(a.marks)]
    sustain = [m for a in answers for m in a.marks if m.side == "sustain"]
    acts = sorted((m for a in answers for m in affirmable(a.marks)),
                  key=lambda m: AFFIRMED_KINDS.index(m.kind))
    act = acts[0] if acts else None
    others = [(a, m) for a, m in change if act is None or m.sentence != act.sentence]
    strongest = min(others, key=lambda am: _rank(am[1]), default=None)

    body: list[Sentence] = []
    affirmation: Sentence | None = None
    # A setback told ("I slipped on Saturday") is heard as one, not as holding on to the habit.
    setback = "_setback" if sustain and _clearest(sustain).setback else ""
    if sustain and (strongest or act):
        change_side = strongest[1] if strongest else act
        body.append(fill(w.pick(f"reflection.double_sided{setback}", turn),
                         sustain_quote=_quoted(own_side(_clearest(sustain))),
                         change_quote=_quoted(own_side(change_side))))
        if act is not None:
            affirmation = _affirm(w, act, turn, quoted=strongest is None)
    elif strongest is not None:
        body.append(_lead(w, strongest[0], own_side(strongest[1]),
                          "judged" if strongest[1].judged else strongest[1].kind, ratings,
                          turn))
        if act is not None:
            affirmation = _affirm(w, act, turn, quoted=False)
    elif act is not None:
        affirmation = _affirm(w, act, turn, quoted=False)
    elif sustain:
        body.append(fill(w.pick(f"reflection.sustain_only{setback}", turn),
                         sustain_quote=_quoted(_clearest(sustain).sentence)))
    elif (why := _why_answer(answers)) is not None:  # their reasons, framed by the question
        body.append(_lead(w, why, _first_sentence(why.text), None, ratings, turn, talk=False))
    elif (first := _first_written(answers)) is not None:
        body.append(_lead(w, first, _first_sentence(first.text), None, ratings, turn, talk=False))
    strength = _strength(w, answers, body, act, chosen, ratings, turn)
    if strength is not None and len(body) + (affirmation is not None) + bool(moved) < 3:
        body.append(strength)
    if affirmation is not None:
        body.append(affirmation)
    if moved:
        body.append(_movement(w, moved, before, tz, now, turn))
    if not body:
        body.append(fill(w.pick("reflection.ratings_only", turn), **ratings))
    asked = _confidence_answer(answers)
    key = _question_key(moved, chosen, any(_quotes_strength(asked, s) for s in body), act,
                        written=any(_first_sentence(a.text) for a in answers))
    if key == "build_on_strength" and (affirmation is None or affirmation.quotes):
        # the strength just before the question built on it (a tail stays by its quote)
        body.sort(key=lambda s: _quotes_strength(asked, s))
    body.append(fill(w.pick(f"reflection.questions.{key}", turn)))
    return Reflection(tuple(body), affirmation, chosen, moved, dict(ratings), tuple(answers),
                      first=before is None)


def _question_key(moved: Sequence[Move], chosen: Route, strength_said: bool,
                  act: Mark | None, *, written: bool) -> str:
    """Which list the one question comes from: a move first (a drop before a rise), then the
    route, following on from a strength or a step just reflected; never about "your own words"
    when nothing was ``written``."""
    if any(not m.up for m in moved):
        return "drop"
    if moved:
        return "rise"
    if chosen.name == "build_confidence" and strength_said:
        return "build_on_strength"
    if chosen.name == "plan" and act is not None and act.kind == "taking_steps":
        return "plan_after_steps"
    if chosen.name == "exploring" and not written:
        return "exploring_unwritten"
    return chosen.name


def _why_answer(answers: Sequence[Answer]) -> Answer | None:
    """The first answer with words to a "why this number and not lower" question asked at the
    rating, if any."""
    return next((a for a in answers if (prompt_ids.parse(a.prompt_id) or ("", ""))[1]
                 == prompt_ids.WHY_NOT_LOWER and _first_sentence(a.text)
                 and not a.for_another_number),
                None)


def _strength(w: Wording, answers: Sequence[Answer], body: Sequence[Sentence],
              act: Mark | None, chosen: Route, ratings: Mapping[str, int],
              turn: int) -> Sentence | None:
    """When confidence is what holds the change back, their own answer to "why this confidence
    and not lower" (a strength or a past success), unless it is already quoted."""
    if chosen.name != "build_confidence":
        return None
    answer = _confidence_answer(answers)
    if answer is None:
        return None
    said = [own_side(m) for m in for_change(answer.marks)]
    if not said:  # "i cant do this", or words read as neither side: no strength to name
        return None
    quoted = {q for s in body for q in s.quotes} | ({quotable(act.sentence)} if act else set())
    if quotable(said[0]) in quoted:
        return None
    return _lead(w, answer, said[0], None, ratings, turn)


def _confidence_answer(answers: Sequence[Answer]) -> Answer | None:
    """The answer to "why this confidence and not lower", asked at the rating, if written."""
    return next((a for a in answers
                 if a.prompt_id == prompt_ids.follow_up("confidence", prompt_ids.WHY_NOT_LOWER)
                 and _first_sentence(a.text) and not a.for_another_number), None)


def _quotes_strength(answer: Answer | None, sentence: Sentence) -> bool:
    """Whether ``sentence`` quotes change talk of ``answer``, their answer about their confidence
    (then the question builds on it rather than asks for a strength again)."""
    return answer is not None and any(q in m.sentence for q in sentence.quotes
                                      for m in answer.marks if m.side == "change")


def _clearest(marks: Sequence[Mark]) -> Mark:
    """The sentence of ``marks`` said most clearly: one the person labelled themselves, else the
    one read from the most words ("I enjoy the wine and it helps me relax" over "Rough day."),
    the first of equals."""
    return max(marks, key=lambda m: (m.corrected, sum(len(t.split()) for t in m.triggers)))


def _rank(mark: Mark) -> int:
    return KIND_ORDER.index(mark.kind) if mark.kind in KIND_ORDER else len(KIND_ORDER)


def _lead(w: Wording, answer: Answer, sentence: str, kind: str | None,
          ratings: Mapping[str, int], turn: int, *, talk: bool = True) -> Sentence:
    """``sentence`` of ``answer``, led in by the question it answered (else, or when that
    question was asked at another number, by ``kind``, the kind of change talk it is, or
    "judged" for a verdict on how it went).
    ``talk``: the sentence was read as change talk; words not read so ("It doesn't feel that
    important any more.") are only said to answer their question, never "This matters to you"."""
    parsed = None if answer.for_another_number else prompt_ids.parse(answer.prompt_id)
    if parsed is None:
        path = (f"reflection.by_kind.{kind}" if talk
                else "reflection.plain" if answer.prompt_id == prompt_ids.HOW_GOING
                else "reflection.asked.note" if answer.prompt_id == prompt_ids.NOTE
                else "reflection.asked.another_number")
        return fill(w.pick(path, turn), quote=_quoted(sentence))
    ruler, asked = parsed
    rating = ratings[ruler]
    path = {
        prompt_ids.WHY_NOT_LOWER: f"{ruler}_why" if talk else "why",
        prompt_ids.ZERO: "zero",
        prompt_ids.WHAT_WOULD_IT_TAKE: "what_keeps_it" if rating == 10 else "what_would_it_take",
    }[asked]
    lists = "by_question" if talk else "asked"
    return fill(w.pick(f"reflection.{lists}.{path}", turn), quote=_quoted(sentence),
                rating=rating, ruler=ruler)


def _affirm(w: Wording, act: Mark, turn: int, *, quoted: bool) -> Sentence:
    """What the person did (or their readiness), in their words; ``quoted``: the same sentence
    was just quoted, so only the frame follows."""
    kind = "did" if act.kind == "taking_steps" else "ready"
    if quoted:
        return fill(w.pick(f"affirmation.{kind}_tail", turn))
    return fill(w.pick(f"affirmation.{kind}", turn), quote=_quoted(act.sentence))


def _movement(w: Wording, moved: Sequence[Move], before: Before, tz: str, now: datetime,
              turn: int) -> Sentence:
    """"importance went from 2 to 9 (and confidence from 5 to 3) since ...", neutrally."""
    parts = [f"{moved[0].ruler} went from {moved[0].before} to {moved[0].after}"]
    parts += [f"{m.ruler} from {m.before} to {m.after}" for m in moved[1:]]
    said = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return fill(w.pick("reflection.movement", turn), moves=said, Moves=said[0].upper() + said[1:],
                when=when(before.at, tz, now))


def _first_written(answers: Sequence[Answer]) -> Answer | None:
    """How things are going, if written, else the first answer with words."""
    ordered = sorted(answers, key=lambda a: a.prompt_id != prompt_ids.HOW_GOING)
    return next((a for a in ordered if _first_sentence(a.text)), None)


def _first_sentence(text: str) -> str:
    """The first sentence of ``text`` with a word or an emoji in it ("---" or "**" alone has
    none), exactly as written (a quote cuts it when very long); "" when no sentence has one.
    While it has fewer than three words the next joins it ("dunno. if it was my idea maybe lol",
    not "dunno.")."""
    text = text.strip()
    cuts = [0, *(i for m in _SENTENCE.finditer(text) for i in (m.start(), m.end())), len(text)]
    worded = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=True)
              if any(c.isalnum() or unicodedata.category(c) == "So" for c in text[a:b])]
    if not worded:
        return ""
    start, end = worded[0]
    for _next_start, next_end in worded[1:]:
        if len(text[start:end].split()) >= 3:
            break
        end = next_end
    return text[start:end]


# ------------------------------------------------------------------------------ continuity

@dataclass(frozen=True)
class LastTime:
    """What a returning person is reminded of: the last check-in's date and ratings, and their
    strongest change talk then."""

    at: str
    ratings: Mapping[str, int]
    quote: str | None


def strongest_change_talk(answers: Sequence[Answer]) -> str | None:
    """The strongest change-talk sentence of a check-in (mobilising first), if any."""
    found = [m for a in answers for m in for_change(a.marks)]
    return quotable(own_side(min(found, key=_rank))) if found else None


def continuity(last: LastTime, tz: str, now: datetime,
               wording: Wording | None = None) -> tuple[Sentence, ...]:
    """One line about last time: its date and three ratings, and the quote if there is one."""
    w = wording or load_wording()
    line = [fill(w.text("checkin.last_time"), when=when(last.at, tz, now), **last.ratings)]
    if last.quote:
        line.append(fill(w.text("checkin.last_time_quote"), quote=last.quote))
    return tuple(line)
