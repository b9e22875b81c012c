"""The guided check-in: its questions and steps, its draft, saving it, and what is said after.

A draft is a plain dict, kept in the store while the person writes::

    {"uid": "9b2f...", "ratings": {"importance": 7, ...}, "texts": {"checkin.how_going": "..."},
     "written_for": {"checkin.importance.why_not_lower": 5}, "step": 2}

``written_for`` holds the number each ruler's follow-up answer was written for, since the
question depends on it ("Why a 5 ..."): words written for another number than the one chosen
now are never filed under the new number's question (:func:`follow_up_boxes`). Drafts kept
before it existed are read as :func:`load_draft` says.

:func:`build_checkin` turns it into ratings and answers or raises :class:`InputError`;
:func:`save` stores it in one transaction; :func:`reflection` says back what was written
(:mod:`change_journal.reflections`), with the person's own labels on their change talk.
A returning person is reminded of last time (:func:`last_time`) and asked about it. Every word
of the check-in is in ``data/reflections.toml``; the rulers' follow-ups are in :mod:`rulers`.

Usage::

    saved = save(db, user_id, change, draft, tz="Europe/London")
    said = reflection(db, user_id, change, saved, tz="Europe/London")
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from change_journal import clock, next_steps, prompt_ids, reflections, talk
from change_journal.changes import Change, NotYours
from change_journal.prompts import Prompt, Question, merge_words
from change_journal.reflections import Before, LastTime, Reflection
from change_journal.rulers import (
    RULERS,
    RULERS_BY_KEY,
    SCALE,
    Ruler,
    a_number,
    follow_ups,
    number_asked,
)
from change_journal.store import checkins, drafts, plans
from change_journal.store.checkins import AlreadySaved, AnswerIn
from change_journal.validation import InputError, clean_text, clip_draft, tidy, too_long
from change_journal.wording import Sentence, load_wording

__all__ = ["AnswerIn", "NotYours", "Question", "Reflection"]

FORM = "checkin"
HOW_GOING_ID = prompt_ids.HOW_GOING
NOTE_ID = prompt_ids.NOTE
_WORDS = load_wording()
HOW_GOING_FIRST = _WORDS.text("checkin.how_going_first")
HOW_GOING_AGAIN = _WORDS.text("checkin.how_going_again")
NOTE_QUESTION = _WORDS.text("checkin.note")
STEPS: tuple[str, ...] = tuple(_WORDS.get("checkin.steps"))
"""The wizard's steps: how it's going, one per ruler, anything else."""


def _question(prompt_id: str, text: str, help_key: str, hint: str = "") -> Question:
    prompt = Prompt(prompt_id, FORM, FORM, text, follow_ups=(hint,) if hint else (),
                    help=_WORDS.text(f"checkin.help.{help_key}"))
    return Question(prompt, text)


def how_going_question(previous_checkins: int, since: str | None = None) -> Question:
    """The first question: about right now the first time, else since last time (``since`` is
    that day said aloud, such as "3 November")."""
    if not previous_checkins:
        text = HOW_GOING_FIRST
    elif since:
        text = _WORDS.text("checkin.how_going_since", when=since)
    else:
        text = HOW_GOING_AGAIN
    return _question(HOW_GOING_ID, text, "how_going")


def note_question() -> Question:
    return _question(NOTE_ID, NOTE_QUESTION, "note")


def rating_of(draft: Mapping, key: str) -> int | None:
    """The draft's rating for ruler ``key``, or None when not chosen yet."""
    value = (draft.get("ratings") or {}).get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def follow_up_questions(ruler: Ruler, rating: int, importance: int | None = None) -> list[Question]:
    """The ruler's MI follow-ups after ``rating``, each with help about what it asks.

    Low confidence about a change that matters (the route of :mod:`next_steps` that builds
    confidence) brings a hint about a smaller first step or a past success.
    """
    building = (ruler.key == "confidence" and importance is not None
                and next_steps.ROUTES_BY_NAME["build_confidence"].applies(
                    {"importance": importance, "confidence": rating, "readiness": 0}, False))
    found = []
    for follow in follow_ups(ruler, rating, importance=importance):
        _ruler, kind = prompt_ids.parse(follow.prompt_id)
        help_key = "what_keeps_it" if kind == prompt_ids.WHAT_WOULD_IT_TAKE and rating == 10 \
            else kind
        hint = follow.hint
        if building and not hint and kind in (prompt_ids.WHAT_WOULD_IT_TAKE, prompt_ids.ZERO):
            hint = _WORDS.text("checkin.small_step")
        found.append(_question(follow.prompt_id, follow.text, help_key, hint))
    return found


def answers_set_aside(draft: Mapping, ruler: Ruler, shown: list[Question]) -> bool:
    """Whether the draft holds an answer to one of this ruler's follow-ups that is not among the
    ``shown`` questions: one whose number is unknown (kept before drafts remembered it), asked
    at another number only. It stays in the draft and is not saved (the page says so)."""
    asked = {q.prompt_id for q in shown}
    return any(prompt_id not in asked and str(text).strip()
               and (prompt_ids.parse(prompt_id) or ("", ""))[0] == ruler.key
               for prompt_id, text in (draft.get("texts") or {}).items())


@dataclass(frozen=True)
class Box:
    """One answer box on a ruler's step."""

    question: Question
    """The question shown above it: what is typed in it answers this one."""
    saved_with: Question
    """The question its words are saved with: the one they were written for."""
    notice: str = ""
    """Said by the box when its words were written for another number than the one chosen."""
    keep: str = ""
    """The label of a button by which the person says the words answer ``question`` too."""


def follow_up_boxes(draft: Mapping, ruler: Ruler) -> list[Box]:
    """The answer boxes on ``ruler``'s step: one per question its number asks, then one per
    answer written for another number whose question this one does not ask (for a 5, at 0).

    Words written for another number are saved with the question they answered, and the box
    says so, until the person changes them or says they fit (:func:`keep_for_rating`).
    """
    rating = rating_of(draft, ruler.key)
    if rating not in SCALE:
        return []
    importance = rating_of(draft, "importance")
    asked = follow_up_questions(ruler, rating, importance)
    boxes = []
    for question in asked:
        then = _written_question(draft, ruler, question.prompt_id, importance)
        if then is None or then.text == question.text:
            boxes.append(Box(question, question))
        else:
            boxes.append(Box(question, then, _WORDS.text(
                "checkin.written_for", number=a_number(written_for(draft, question.prompt_id)),
                question=then.text, rating=rating),
                _WORDS.text("checkin.keep_for", number=a_number(rating))))
    shown = {q.prompt_id for q in asked}
    for kind in prompt_ids.FOLLOW_UPS:
        prompt_id = prompt_ids.follow_up(ruler.key, kind)
        then = None if prompt_id in shown else _written_question(draft, ruler, prompt_id,
                                                                 importance)
        if then is not None:
            boxes.append(Box(then, then, _WORDS.text(
                "checkin.written_at_another", number=a_number(written_for(draft, prompt_id)),
                rating=rating)))
    return boxes


def written_for(draft: Mapping, prompt_id: str) -> int | None:
    """The number a ruler's follow-up answer in the draft was written for (typed, or said to
    fit, under that number's question; worked out for a draft kept before drafts remembered
    it: :func:`load_draft`); None when unknown."""
    number = _numbers_kept(draft).get(prompt_id)
    return number if isinstance(number, int) and not isinstance(number, bool) \
        and number in SCALE else None


def _asks(prompt_id: str, rating: int) -> bool:
    """Whether a ruler's ``rating`` asks the follow-up ``prompt_id`` (0 asks only its own)."""
    ruler_key, _kind = prompt_ids.parse(prompt_id) or ("", "")
    return ruler_key in RULERS_BY_KEY and any(
        f.prompt_id == prompt_id for f in follow_ups(RULERS_BY_KEY[ruler_key], rating))


def _written_question(draft: Mapping, ruler: Ruler, prompt_id: str,
                      importance: int | None) -> Question | None:
    """The question the draft's answer to ``prompt_id`` was written for; None when there are
    no words, or their number is unknown."""
    number = written_for(draft, prompt_id)
    if number is None or not _asks(prompt_id, number) \
            or not str((draft.get("texts") or {}).get(prompt_id) or "").strip():
        return None
    return next(q for q in follow_up_questions(ruler, number, importance)
                if q.prompt_id == prompt_id)


def put_answer(draft: dict, prompt_id: str, text: str) -> None:
    """Put ``text`` into the draft as the answer to ``prompt_id``. A ruler's follow-up that
    changes remembers the number whose question its box was under: the ruler's number in the
    draft, when it asks that question, else the number it was written for (the box of words kept
    from another number). So what was typed goes in before a number chosen in the same run."""
    texts = draft["texts"]
    changed = text != texts.get(prompt_id, "")
    texts[prompt_id] = text
    parsed = prompt_ids.parse(prompt_id)
    if not changed or parsed is None:
        return
    numbers = draft.setdefault("written_for", {})
    if not text.strip():
        numbers.pop(prompt_id, None)
    elif (rating := _asked_now(draft, prompt_id)) is not None:
        numbers[prompt_id] = rating


def keep_for_rating(draft: dict, prompt_id: str) -> None:
    """The person says their answer to ``prompt_id``, written for another number, answers the
    question their number asks now too: it is saved with that question."""
    if (rating := _asked_now(draft, prompt_id)) is not None:
        draft.setdefault("written_for", {})[prompt_id] = rating


def _asked_now(draft: Mapping, prompt_id: str) -> int | None:
    """The draft's number on the ruler of the follow-up ``prompt_id``, if that number asks it."""
    ruler_key, _kind = prompt_ids.parse(prompt_id) or ("", "")
    rating = rating_of(draft, ruler_key)
    return rating if rating in SCALE and _asks(prompt_id, rating) else None


def questions_for(draft: Mapping, previous_checkins: int, since: str | None = None) -> list[Question]:
    """Every written question the draft currently calls for, in the order shown, each as its
    answer is saved (a ruler's follow-up with the question its words were written for)."""
    questions = [how_going_question(previous_checkins, since)]
    for ruler in RULERS:
        questions += [box.saved_with for box in follow_up_boxes(draft, ruler)]
    questions.append(note_question())
    return questions


# ------------------------------------------------------------------------------ the steps

def step_of(draft: Mapping) -> int:
    """The step the draft is at (0 when unknown)."""
    step = draft.get("step", 0)
    return step if isinstance(step, int) and not isinstance(step, bool) and 0 <= step < len(STEPS) \
        else 0


def ruler_at(step: int) -> Ruler | None:
    """The ruler asked at ``step``, if it is a ruler's step."""
    return RULERS[step - 1] if 1 <= step <= len(RULERS) else None


def blocked(draft: Mapping, step: int) -> str | None:
    """Why the person cannot go on from ``step`` yet (a ruler without a number, an answer over
    its limit), else None."""
    ruler = ruler_at(step)
    if ruler is not None and rating_of(draft, ruler.key) is None:
        return _WORDS.text("checkin.choose_rating")
    texts = draft.get("texts") or {}
    return too_long(texts.get(q.prompt_id) for q in questions_for(draft, 0))


# ------------------------------------------------------------------------------ the draft

def load_draft(db: Database, user_id: int, change_id: int) -> dict:
    """The person's unsaved check-in on one change, with every part present: its ``uid`` (its
    check-in's to be: what it says is saved once however often Save is pressed, in however many
    windows; see :func:`save`), ratings, texts, the numbers its follow-ups were written for, and
    step.

    A draft kept before follow-ups remembered their number takes each answer to a question its
    ruler's number asks as written for that number (as saving it would have); an answer to one
    its number does not ask stays unknown, and is set aside (:func:`answers_set_aside`).
    """
    draft = drafts.load_draft_with_uid(db, user_id, FORM, change_id, str(uuid.uuid4()))
    if not isinstance(draft.get("ratings"), dict):
        draft["ratings"] = {}
    if not isinstance(draft.get("texts"), dict):
        draft["texts"] = {}
    draft["written_for"] = _numbers_kept(draft)
    draft.setdefault("step", 0)
    return draft


def unfinished_since(db: Database, user_id: int, change_id: int, draft: Mapping) -> str | None:
    """When the person last wrote to a check-in left unfinished (``draft``, as loaded: a number
    chosen or words written, here or in another window), else None."""
    texts = draft.get("texts") or {}
    if not (draft.get("ratings") or any(str(text).strip() for text in texts.values())):
        return None
    return drafts.updated_at(db, user_id, FORM, change_id)


def discard_draft(db: Database, user_id: int, change_id: int) -> None:
    """Forget the person's unfinished check-in on one change, to start afresh (a window still
    open on it keeps it no more: :func:`started_afresh_elsewhere`)."""
    drafts.discard(db, user_id, FORM, change_id, str(uuid.uuid4()))


def started_afresh_elsewhere(db: Database, user_id: int, change_id: int, draft: Mapping) -> bool:
    """Whether the check-in ``draft`` holds was started afresh in another window since."""
    return drafts.is_discarded(db, user_id, FORM, change_id, draft.get("uid"))


def moved_on_elsewhere(db: Database, user_id: int, change_id: int, draft: Mapping) -> bool:
    """Whether the check-in ``draft`` holds was saved, or started afresh, in another window
    since: what this window adds is then the page's to place (:func:`keep_draft`)."""
    uid = draft.get("uid")
    return (started_afresh_elsewhere(db, user_id, change_id, draft)
            or (isinstance(uid, str) and checkins.checkin_of_uid(db, user_id, uid) is not None))


def _numbers_kept(draft: Mapping) -> dict:
    """The numbers a stored draft's follow-up answers were written for; for a draft kept before
    it remembered them, each answer to a question its ruler's number asks, that number."""
    if isinstance(draft.get("written_for"), dict):
        return draft["written_for"]
    texts = draft.get("texts") if isinstance(draft.get("texts"), dict) else {}
    return {prompt_id: rating for prompt_id, text in texts.items()
            if (parsed := prompt_ids.parse(prompt_id)) and str(text).strip()
            and (rating := rating_of(draft, parsed[0])) in SCALE and _asks(prompt_id, rating)}


def keep_draft(db: Database, user_id: int, change_id: int, draft: dict, kept: Mapping) -> bool:
    """Store ``draft`` when it differs from what was ``kept`` last; True when it was stored.
    First, what another window kept of the same check-in comes into ``draft`` wherever this
    window changed nothing (:func:`take_theirs`), so it is stored here too.

    A change deleted in another window keeps nothing (the next run shows what is there). A
    draft whose check-in another window saved meanwhile is not kept again unless it now says
    something else, and then as a check-in of its own: with a new ``uid`` (in ``draft`` too).
    """
    take_theirs(db, user_id, change_id, draft, kept)
    if dict(draft) == dict(kept):
        return False
    try:
        if drafts.save_draft(db, user_id, FORM, change_id, clip_draft(draft)):
            return True
        if started_afresh_elsewhere(db, user_id, change_id, draft):
            return False  # kept no more: the window says so (it may still save it)
        done = _saved_before(db, user_id, change_id, draft["uid"])
        if done is not None and _says(draft) == _said(done.ratings, done.answers):
            return False  # a step taken, nothing said: Save shows what was saved
        draft["uid"] = str(uuid.uuid4())
        return drafts.save_draft(db, user_id, FORM, change_id, clip_draft(draft))
    except NotYours:
        return False


def take_theirs(db: Database, user_id: int, change_id: int, draft: dict, kept: Mapping) -> None:
    """Into ``draft`` (one window's), the answers, ratings and answers' numbers of the same
    check-in (its ``uid``) that another window stored since this one last kept it (``kept``),
    wherever this window has not changed them itself, and both windows' words where both
    changed an answer written for the same number: two windows left open on one check-in keep
    each other's words, when either keeps its draft or saves."""
    stored = drafts.load_draft(db, user_id, FORM, change_id)
    if stored.get("uid") != draft.get("uid"):
        return
    for part, empty in (("texts", ""), ("ratings", None)):
        mine, before = draft.setdefault(part, {}), kept.get(part) or {}
        theirs = stored.get(part) if isinstance(stored.get(part), dict) else {}
        for field in set(theirs) | set(mine):
            here, there = mine.get(field, empty), theirs.get(field, empty)
            # Written there since: not what this window stored (a long text is stored clipped).
            changed_there = there != clip_draft(before.get(field, empty))
            if here == before.get(field, empty) and changed_there:
                mine[field] = there
                if part == "texts":  # words come with the number they were written for
                    _take_number(draft, stored, field)
            elif (part == "texts" and changed_there and there != here
                  and written_for(stored, field) == written_for(draft, field)):
                # Both wrote, for the same number: keep both (words written for another number
                # stay this window's, never filed under a question they did not answer).
                mine[field] = merge_words(str(clip_draft(before.get(field, empty))), str(there),
                                          str(here))
            elif part == "texts" and here == before.get(field, empty) and \
                    _unchanged_number(draft, kept, field):
                _take_number(draft, stored, field)  # "My words fit a 7 too", said there


def _unchanged_number(draft: Mapping, kept: Mapping, prompt_id: str) -> bool:
    """Whether this window left the number of ``prompt_id``'s words as it was last kept."""
    return written_for(draft, prompt_id) == written_for(kept, prompt_id)


def _take_number(draft: dict, stored: Mapping, prompt_id: str) -> None:
    """Into ``draft``, the number the stored draft's words for ``prompt_id`` were written for."""
    numbers = draft.setdefault("written_for", {})
    theirs = written_for(stored, prompt_id)
    if theirs is None:
        numbers.pop(prompt_id, None)
    else:
        numbers[prompt_id] = theirs


# ------------------------------------------------------------------------------ saving

def build_checkin(draft: Mapping, previous_checkins: int,
                  since: str | None = None) -> tuple[dict[str, int], list[AnswerIn]]:
    """Validate a draft; return ``(ratings, answers)`` or raise :class:`InputError` listing every problem."""
    ratings = draft.get("ratings") or {}
    problems = []
    clean_ratings: dict[str, int] = {}
    for ruler in RULERS:
        value = ratings.get(ruler.key)
        if value is None or value == "":
            problems.append(f"Choose a number from 0 to 10 for {ruler.name.lower()}.")
        elif isinstance(value, bool) or not isinstance(value, int) or value not in SCALE:
            problems.append(
                f"Choose a whole number from 0 to 10 for {ruler.name.lower()} (it was {value!r})."
            )
        else:
            clean_ratings[ruler.key] = value
    if problems:
        raise InputError(" ".join(problems))
    texts = draft.get("texts") or {}
    answers = []
    for question in questions_for(draft, previous_checkins, since):
        text = clean_text(texts.get(question.prompt_id), f"The answer to “{question.text}”")
        if text:
            answers.append(AnswerIn(question.prompt_id, question.text, text))
    return clean_ratings, answers


@dataclass(frozen=True)
class Saved:
    """A check-in just saved, with what its reflection needs."""

    checkin_id: int
    at: str
    ratings: dict[str, int]
    answers: tuple[AnswerIn, ...]
    before: Before | None
    """The check-in before it."""
    has_plan: bool
    turn: int
    """How many check-ins on this change came before it (picks the wording's variants)."""
    on_its_own: bool = False
    """Saved from a draft whose first version another window had saved: a check-in of its own."""


def since_text(last_at: str | None, tz: str, now: datetime | None = None) -> str | None:
    """The day of the last check-in said aloud, for the first question; None the first time."""
    return reflections.when(last_at, tz, now or clock.now()) if last_at else None


class SavedBefore(Exception):
    """The draft's check-in is saved already, just as it stands (a double click, another
    window): ``saved`` is what saving it returned."""

    def __init__(self, saved: Saved):
        super().__init__(saved.checkin_id)
        self.saved = saved


def save(db: Database, user_id: int, change: Change, draft: dict, *, tz: str,
         now: datetime | None = None) -> Saved:
    """Validate the draft and save it as a check-in, with its answers, in one transaction (the
    stored draft goes with it if it is this one).

    Raises :class:`InputError` for a bad draft, ``NotYours`` for a change that is not the
    person's and :class:`SavedBefore` for a draft whose check-in is saved already, saying the
    same (nothing is saved then). A draft saved already that says something else since
    (another window saved it first) is saved as a check-in of its own, under a new ``uid``
    given to ``draft`` too, so pressing Save again saves nothing more.
    """
    now = now or clock.now()
    count, _first, last_at = checkins.checkin_stats(db, user_id, change.id)
    previous = checkins.latest_checkin(db, user_id, change.id)
    ratings, answers = build_checkin(draft, count, since_text(last_at, tz, now))
    stamp = clock.stamp(now)
    uid = draft.get("uid") if isinstance(draft.get("uid"), str) else None
    on_its_own = False
    try:
        checkin_id = checkins.save_checkin(db, user_id, change.id, ratings, answers,
                                           created_at=stamp, clear_draft=FORM, uid=uid)
    except AlreadySaved:
        done = _saved_before(db, user_id, change.id, uid)
        if done is not None and _said(done.ratings, done.answers) == _said(ratings, answers):
            raise SavedBefore(done) from None
        draft["uid"] = uid = str(uuid.uuid4())
        on_its_own = True
        checkin_id = checkins.save_checkin(db, user_id, change.id, ratings, answers,
                                           created_at=stamp, clear_draft=FORM, uid=uid)
    before = Before(previous.created_at, _ratings(previous)) if previous else None
    has_plan = bool(plans.list_plans(db, user_id, change.id))
    return Saved(checkin_id, stamp, ratings, tuple(answers), before, has_plan, count, on_its_own)


def _said(ratings: Mapping[str, int], answers: Iterable[AnswerIn]) -> tuple:
    """What a check-in says, whatever the wording of its questions (the first asks "Since
    Monday, ..." once an earlier check-in is saved)."""
    return dict(ratings), [(a.prompt_id, a.text) for a in answers]


def _says(draft: Mapping) -> tuple:
    """What a draft says, as :func:`_said` puts it: its ratings and the answers to the
    questions it now asks, cleaned as saving cleans them."""
    ratings = {k: v for k, v in (draft.get("ratings") or {}).items() if v is not None}
    texts = draft.get("texts") or {}
    return ratings, [(q.prompt_id, text) for q in questions_for(draft, 0)
                     if (text := tidy(str(texts.get(q.prompt_id) or "")))]


def _saved_before(db: Database, user_id: int, change_id: int, uid: str | None) -> Saved | None:
    """The check-in saved with ``uid`` on the change as :func:`save` returned it then (whether
    there is a plan: as now); None when there is none."""
    checkin_id = checkins.checkin_of_uid(db, user_id, uid) if uid else None
    if checkin_id is None:
        return None
    rows = checkins.list_checkins(db, user_id, change_id)
    turn = next((n for n, row in enumerate(rows) if row.id == checkin_id), None)
    if turn is None:
        return None
    row, previous = rows[turn], rows[turn - 1] if turn else None
    answers = tuple(AnswerIn(prompt_id, question, text) for _, prompt_id, question, text
                    in checkins.answers_for_checkins(db, user_id, [checkin_id]))
    before = Before(previous.created_at, _ratings(previous)) if previous else None
    return Saved(checkin_id, row.created_at, _ratings(row), answers, before,
                 bool(plans.list_plans(db, user_id, change_id)), turn)


def reflection(db: Database, user_id: int, change: Change, saved: Saved, *, tz: str,
               now: datetime | None = None) -> Reflection:
    """What is said back about a saved check-in, with the person's current labels."""
    fixes = talk.corrections(db, user_id, change.id)
    answers = [reflections.Answer(a.prompt_id, a.question, a.text,
                                  tuple(talk.marks(a.text, a.question, change.title, fixes)),
                                  _for_another_number(a, saved.ratings))
               for a in saved.answers]
    return reflections.reflect(saved.ratings, answers, before=saved.before,
                               has_plan=saved.has_plan, turn=saved.turn, tz=tz,
                               now=now or clock.now())


def _for_another_number(answer: AnswerIn, ratings: Mapping[str, int]) -> bool:
    """Whether ``answer`` is a ruler's follow-up saved with the question of another number than
    its ruler's in ``ratings`` (the one it was written for)."""
    parsed = prompt_ids.parse(answer.prompt_id)
    return parsed is not None and number_asked(answer.prompt_id, answer.question,
                                               ratings[parsed[0]]) != ratings[parsed[0]]


def last_time(db: Database, user_id: int, change: Change) -> LastTime | None:
    """The person's last check-in on ``change``: when, its ratings and their strongest change
    talk then (None before the first)."""
    latest = checkins.latest_checkin(db, user_id, change.id)
    if latest is None:
        return None
    fixes = talk.corrections(db, user_id, change.id)
    answers = [reflections.Answer(prompt_id, question, text,
                                  tuple(talk.marks(text, question, change.title, fixes)))
               for _id, prompt_id, question, text
               in checkins.answers_for_checkins(db, user_id, [latest.id])]
    return LastTime(latest.created_at, _ratings(latest), reflections.strongest_change_talk(answers))


@dataclass(frozen=True)
class Return:
    """What a returning person's check-in opens with: one line about last time, and the day of
    it for the first question (both empty the first time)."""

    line: tuple[Sentence, ...]
    since: str | None
    previous: int
    """1 when there was a check-in before, else 0 (which first question to ask)."""


def welcome_back(db: Database, user_id: int, change: Change, *, tz: str,
                 now: datetime | None = None) -> Return:
    """The line about last time and the day to ask about, for the check-in's first step."""
    last = last_time(db, user_id, change)
    if last is None:
        return Return((), None, 0)
    now = now or clock.now()
    return Return(reflections.continuity(last, tz, now), since_text(last.at, tz, now), 1)


@dataclass(frozen=True)
class Standing:
    """Where a person stands on a change: the latest ratings (None before any check-in) and
    whether they have a plan. The next steps follow from it (:mod:`next_steps`)."""

    ratings: dict[str, int] | None
    has_plan: bool


def standing(db: Database, user_id: int, change_id: int) -> Standing:
    latest = checkins.latest_checkin(db, user_id, change_id)
    return Standing(_ratings(latest) if latest else None,
                    bool(plans.list_plans(db, user_id, change_id)))


def _ratings(row: checkins.CheckinRow) -> dict[str, int]:
    return {r.key: getattr(row, r.key) for r in RULERS}
