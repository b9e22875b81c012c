"""The collecting summary ("In your own words"): what the person has said for change, gathered.

Quotes come from check-in follow-ups (and recent check-in answers that carry change talk),
values reflections, both-sides answers, the change's "why now" and the plan, each with its date
and the question it answered. They are grouped by theme, strongest and most recent first;
sections without any words are left out (values also shows when there is a completed sort).
Quotes are exact substrings of what was stored: a long answer is cut at a sentence or word
boundary, never reworded. Change talk is read with the person's own labels.

From the sections, :func:`collect` picks a few of the strongest statements for change, one per
theme where it can (desire, reasons, need, ability, steps), and :func:`collecting_summary` says
them as one short paragraph ending on an open question. Affirmations are only of what the
person did, in their words (:attr:`Summary.acts`); there are none when they wrote of no act.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlite_utils import Database

from change_journal import change_talk, clock, prompt_ids, reflections, talk
from change_journal.changes import Change
from change_journal.prompts import PromptBook, load_prompts
from change_journal.rulers import a_number, number_asked
from change_journal.store import answers, checkins, plans, values
from change_journal.store.answers import AnswerRow
from change_journal.store.checkins import CheckinRow
from change_journal.store.plans import PlanRow
from change_journal.store.report_data import CheckinAnswer, KeptReading
from change_journal.store.values import SnapshotRow
from change_journal.talk import Corrections, Mark, excerpt
from change_journal.values import display_name
from change_journal.wording import Sentence, Wording, fill, load_wording

THEME_TITLES = {
    "reasons": "Your reasons",
    "values": "What matters to you",
    "abilities": "What you can do, and what has worked before",
    "steps": "Steps you have taken and planned",
}
CHECKIN_THEMES = {
    prompt_ids.follow_up("importance", prompt_ids.WHY_NOT_LOWER): "reasons",
    prompt_ids.follow_up("confidence", prompt_ids.WHY_NOT_LOWER): "abilities",
    prompt_ids.follow_up("readiness", prompt_ids.WHY_NOT_LOWER): "steps",
}
"""Check-in follow-ups that speak for the change, by theme (the "why not lower" answers)."""
WHY_NOW_QUESTION = "Why now, in your own words?"
QUOTE_CHARS = talk.QUOTE_CHARS
"""Longest quote (see :func:`change_journal.talk.excerpt`)."""
SHOWN = 5
"""Quotes shown per theme before "more"."""
KEPT = 40
"""Quotes kept per theme (the strongest and most recent); older ones are counted, not listed."""
CLOSING_SET = "summary_closing"
RECENT_CHECKIN_WORDS = 60
"""How many of the latest "how it's going" answers and notes are read for change talk (so the
page's cost does not grow with the history)."""
COLLECT_THEMES = ("desire", "reasons", "need", "ability", "steps")
"""The collecting summary's themes, in the order it says them (ending on steps)."""
KIND_THEMES = {"desire": "desire", "reasons": "reasons", "need": "need", "ability": "ability",
               "commitment": "steps", "activation": "steps", "taking_steps": "steps"}
COLLECT_MOST = 5
COLLECT_FEWEST = 3
"""The summary gathers one statement per theme (at most five) and, with fewer themes, the
next strongest statements up to three."""
HELPED_SET = "past_successes"
HELPED_LOOK_BACK = 3
"""Latest answers about what helped before read for one that says something helped."""


@dataclass(frozen=True)
class Quote:
    """The person's own words, where they came from and when."""

    text: str
    """An exact substring of the stored answer."""
    excerpt: bool
    """True when ``text`` is the start of a longer answer."""
    source: str
    """Where it was written, in the app's words only (never the person's)."""
    question: str
    """The question exactly as it was shown (it may contain a value's or the change's name)."""
    at: str
    """UTC ISO timestamp of the answer."""
    strength: int
    """2 for a plan or an answer given at a rating of 7 or more, else 1 (to be refined by
    change-talk strength)."""
    times: int = 1
    """How often the person wrote these same words."""
    talk: tuple[Mark, ...] | None = None
    """The sentences of ``text`` that are change or sustain talk, strongest change talk first
    (None until read: every quote of a :class:`Section` is read)."""
    prompt_id: str = ""
    """The question's prompt id (empty for the change's own "why now")."""

    @property
    def repeated(self) -> str:
        """How often these words were written, as the page and the report say it: "you wrote
        this 6 times", or empty when once."""
        return f"you wrote this {self.times:,} times" if self.times > 1 else ""

    @property
    def talk_rank(self) -> int:
        """0 without change talk, up to 7 for a commitment (mobilising talk ranks highest)."""
        order = change_talk.KIND_ORDER
        return max((len(order) - order.index(m.kind) for m in self.talk if m.side == "change"),
                   default=0)


@dataclass(frozen=True)
class Section:
    theme: str
    title: str
    quotes: tuple[Quote, ...]
    older: int = 0
    """Quotes of this theme left out beyond :data:`KEPT`."""


@dataclass(frozen=True)
class Statement:
    """One sentence of the person's for change, gathered into the collecting summary."""

    theme: str
    """One of :data:`COLLECT_THEMES`."""
    sentence: str
    """An exact substring of ``quote.text`` (and so of what they wrote)."""
    quote: Quote
    """The quote it comes from: where and when it was written."""


@dataclass(frozen=True)
class Act:
    """Something the person did, or named as having helped before, in their own words."""

    kind: str
    """"did" (a sentence of taking steps) or "helped" (an answer about what helped before)."""
    words: str
    """An exact substring of what they wrote."""
    at: str


@dataclass(frozen=True)
class Summary:
    sections: tuple[Section, ...]
    top_values: tuple[str, ...]
    """The ranked top values of the latest sort (possibly the person's own words)."""
    top_values_at: str | None
    acts: tuple[Act, ...] = ()
    """What the person did, in their words, to affirm (see :func:`acts`)."""

    @property
    def empty(self) -> bool:
        return not self.sections

    @property
    def affirmations(self) -> tuple[str, ...]:
        """The affirmations as plain text, dated in UTC (see :func:`affirm` for a time zone)."""
        return tuple(affirm(act, "UTC").plain() for act in self.acts)


def build_summary(db: Database, user_id: int, change: Change,
                  book: PromptBook | None = None) -> Summary:
    """Load the person's words for ``change`` and gather them, reading only what is shown.

    The answers' quotes are merged and ranked in SQL (each answer's quote key and strength are
    kept as it is written): per theme, the :data:`KEPT` strongest then latest wordings, and how
    many there are. Their marks, and the strongest kind of change talk in the latest "how it's
    going" answers, were kept with each answer's reading: only answers the current recogniser
    has not read yet are read here. While some answers have no key yet (written before keys were
    kept, and not read again since: ``talk.recount``), everything is read and ranked here, as
    :func:`gather` does for the report.
    """
    book = book or load_prompts()
    if answers.has_unkeyed(db, user_id, change.id):
        return gather(change, checkins.list_checkins(db, user_id, change.id),
                      checkins.checkin_answers(db, user_id, change.id),
                      answers.list_answers(db, user_id, change.id, prompt_ids=list(book.themed())),
                      plans.list_plans(db, user_id, change.id), values.snapshots(db, user_id),
                      talk.corrections(db, user_id, change.id), book)
    fixes = talk.corrections(db, user_id, change.id)
    themed = book.themed()
    prompts_of: dict[str, list[str]] = {}
    for prompt_id, theme in [*CHECKIN_THEMES.items(), *themed.items()]:
        prompts_of.setdefault(theme, []).append(prompt_id)
    # Words written to the questions of several themes are shown under one (see _file_once):
    # read from the others' without them, and their uses there counted.
    theme_of = {prompt_id: theme for theme, ids in prompts_of.items() for prompt_id in ids}
    uses: dict[str, Counter[str]] = {}
    for key, prompt_id, times in answers.cross_prompt_wordings(db, user_id, change.id,
                                                               list(theme_of)):
        uses.setdefault(key, Counter())[theme_of[prompt_id]] += times
    homes = {key: _home(counts) for key, counts in uses.items() if len(counts) > 1}
    found = [*_why_now(change)]
    beyond: dict[str, int] = {}
    read: set[tuple[str, str]] = set()
    for theme, ids in prompts_of.items():
        away = [key for key, home in homes.items() if home != theme and theme in uses[key]]
        rows, wordings = answers.top_quotes(db, user_id, change.id, ids, KEPT, leave_out=away)
        beyond[theme] = wordings - len(rows)
        quoted = [replace(_stored_quote(theme, row, book)[1], times=row.times,
                          talk=talk.stored_marks(row.version, row.marks)) for row in rows]
        read |= {(theme, talk.sentence_key(q.text)) for q in quoted}
        found += [(theme, q) for q in quoted]
    # Every use of those words not read above (at home, beyond the most kept: counted there).
    elsewhere = {key: Counter({t: n for t, n in uses[key].items() if (t, key) not in read})
                 for key in homes}
    free = answers.latest_answers(db, user_id, change.id, [prompt_ids.HOW_GOING, prompt_ids.NOTE],
                                  RECENT_CHECKIN_WORDS, frequent=True)
    found += _free_quotes(change, [(row.prompt_id, row.question, row.text, row.created_at)
                                   for row in free], fixes,
                          [_kept_reading(row.version, row.marks, row.lead) for row in free])
    found += _plan_quotes(plans.list_plans(db, user_id, change.id), book)
    helped_ids = [p.id for p in book.set(HELPED_SET).prompts if p.id in themed]
    helped = [replace(_quote(themed[row.prompt_id], row.text,
                             source=book.set(book.prompts[row.prompt_id].set).title,
                             question=row.question, at=row.created_at,
                             prompt_id=row.prompt_id)[1],
                      talk=talk.stored_marks(row.version, row.marks))
              for row in answers.latest_answers(db, user_id, change.id, helped_ids,
                                                HELPED_LOOK_BACK)]
    return _assemble(change, found, values.snapshots(db, user_id), fixes, book, helped=helped,
                     beyond=beyond, elsewhere=elsewhere)


def _kept_reading(version: int | None, marks: str | None,
                  lead: str | None) -> tuple[str | None, tuple[Mark, ...]] | None:
    """``(strongest kind of change talk, marks on the quote)`` kept with an answer's reading
    (its recogniser ``version``, ``marks`` as JSON, ``lead``), or None when the current
    recogniser has not read it."""
    kept = talk.stored_marks(version, marks)
    return None if kept is None else (lead, kept)


def _stored_quote(theme: str, row: answers.QuoteRow, book: PromptBook) -> tuple[str, Quote]:
    """A quote from :func:`answers.top_quotes`: a check-in follow-up or an exploration answer."""
    if row.prompt_id in CHECKIN_THEMES:
        ruler = row.prompt_id.split(".")[1]
        rating = row.ratings[ruler] if row.ratings else None
        return _quote(theme, row.text, source=_checkin_source(row.prompt_id, row.question, rating),
                      question=row.question, at=row.created_at, strength=row.strength,
                      prompt_id=row.prompt_id)
    return _quote(theme, row.text, source=book.set(book.prompts[row.prompt_id].set).title,
                  question=row.question, at=row.created_at, strength=row.strength,
                  prompt_id=row.prompt_id)


def _checkin_source(prompt_id: str, question: str, rating: int | None) -> str:
    """Where a check-in follow-up comes from: its ruler and rating, and the number its question
    was asked at when its words were written for another ("Check-in (importance 8; written for
    a 3)")."""
    ruler = prompt_id.split(".")[1]
    number = rating if rating is None else number_asked(prompt_id, question, rating)
    if number == rating:
        return f"Check-in ({ruler} {rating})"
    return f"Check-in ({ruler} {rating}; written for {a_number(number)})"


def gather(change: Change, rows: Sequence[CheckinRow], checkin_answers: Sequence[CheckinAnswer],
           answered: Sequence[AnswerRow], versions: Sequence[PlanRow],
           snapshots: Sequence[SnapshotRow], fixes: Corrections, book: PromptBook, *,
           for_report: bool = False, readings: Sequence[KeptReading] | None = None) -> Summary:
    """The person's words for ``change`` from rows already read, in themed sections, with
    grounded affirmations (pure).

    ``readings``: what each of ``checkin_answers``' readings kept (same order), so that what
    the current recogniser has read is not read again; without them everything is read here.

    ``for_report``: the printable report shows the change's "why now" and the top values on
    their own, so they add no quote and no values section without words.
    """
    found = [*([] if for_report else _why_now(change)),
             *_checkin_quotes(change, rows, checkin_answers, fixes, readings),
             *_answer_quotes(answered, book), *_plan_quotes(versions, book)]
    helped_ids = {p.id for p in book.set(HELPED_SET).prompts}
    return _assemble(change, found, snapshots, fixes, book, for_report=for_report,
                     helped=sorted((q for _t, q in found if q.prompt_id in helped_ids),
                                   key=lambda q: q.at)[-HELPED_LOOK_BACK:])


def _assemble(change: Change, found: Sequence[tuple[str, Quote]],
              snapshots: Sequence[SnapshotRow], fixes: Corrections, book: PromptBook, *,
              for_report: bool = False, helped: Sequence[Quote] = (),
              beyond: dict[str, int] | None = None,
              elsewhere: dict[str, Counter[str]] | None = None) -> Summary:
    """Sections from ``(theme, quote)`` pairs: each wording once (:func:`_file_once`), the
    :data:`KEPT` strongest and latest of each theme read for change talk. ``beyond``: wordings
    per theme not among ``found`` (left out already when read), counted as older;
    ``elsewhere``: uses of wordings in ``found`` under themes whose uses ``found`` leaves out."""
    latest = snapshots[-1] if snapshots else None
    top_alone = not for_report and latest is not None and bool(latest.top)
    filed = _file_once(found, elsewhere or {})
    sections = []
    for theme, title in THEME_TITLES.items():
        ranked = sorted(filed.get(theme, []), key=lambda q: (q.strength, q.at), reverse=True)
        read = [q if q.talk is not None else
                replace(q, talk=tuple(talk.marks(q.text, q.question, change.title, fixes)))
                for q in ranked[:KEPT]]
        # Words only against the change ("I don't think I could give it up") are not what the
        # person can do or their reasons, whichever question they answered: left out here.
        kept = [q for q in read if not _against_only(q)]
        older = max(0, len(ranked) - KEPT) + (beyond or {}).get(theme, 0)
        if kept or older or (theme == "values" and top_alone):
            sections.append(Section(theme, title, tuple(_strongest_first(kept)), older))
    return Summary(
        sections=tuple(sections),
        top_values=tuple(display_name(name) for name in latest.top) if latest else (),
        top_values_at=latest.completed_at if latest else None,
        acts=acts(sections, [q for q in helped if _said_to_help(q, change, fixes)]),
    )


def _quote(theme: str, text: str, *, source: str, question: str, at: str,
           strength: int = 1, prompt_id: str = "") -> tuple[str, Quote]:
    words, cut = excerpt(text)
    return theme, Quote(words, cut, source, question, at, strength, prompt_id=prompt_id)


def _why_now(change: Change) -> list[tuple[str, Quote]]:
    if not change.why_now.strip():
        return []
    return [_quote("reasons", change.why_now, source="When you named this change",
                   question=WHY_NOW_QUESTION, at=change.created_at)]


def _checkin_quotes(change: Change, rows: Sequence[CheckinRow],
                    checkin_answers: Sequence[CheckinAnswer], fixes: Corrections,
                    readings: Sequence[KeptReading] | None = None) -> list[tuple[str, Quote]]:
    """``(theme, quote)`` of the check-in follow-ups that speak for the change, and of the
    latest "how it's going" answers and notes that carry change talk (read here unless
    ``readings`` kept it)."""
    by_id = {row.id: row for row in rows}
    found = []
    free = []
    for (checkin_id, prompt_id, question, text), (version, marks, lead) in zip(
            checkin_answers, readings or [(None, None, None)] * len(checkin_answers), strict=True):
        row = by_id.get(checkin_id)
        if row is None:
            continue
        if prompt_id in (prompt_ids.HOW_GOING, prompt_ids.NOTE):
            free.append((row, prompt_id, question, text, _kept_reading(version, marks, lead)))
        theme = CHECKIN_THEMES.get(prompt_id)
        if theme is None:
            continue
        ruler = prompt_id.split(".")[1]
        rating = getattr(row, ruler)
        found.append(_quote(theme, text, source=_checkin_source(prompt_id, question, rating),
                            question=question, at=row.created_at,
                            strength=talk.quote_strength(prompt_id, question, {ruler: rating}),
                            prompt_id=prompt_id))
    recent = free[-RECENT_CHECKIN_WORDS:]
    return found + _free_quotes(
        change, [(prompt_id, question, text, row.created_at)
                 for row, prompt_id, question, text, _kept in recent], fixes,
        [kept for *_answer, kept in recent])


def _free_quotes(change: Change, free: Sequence[tuple[str, str, str, str]],
                 fixes: Corrections,
                 kept: Sequence[tuple[str | None, tuple[Mark, ...]] | None] | None = None
                 ) -> list[tuple[str, Quote]]:
    """``(theme, quote)`` of the "how it's going" answers and notes ``(prompt_id, question,
    text, at)`` that carry change talk: the strongest kind in one says where it belongs.
    ``kept``: for each, the strongest kind and the marks on its quote kept with its reading
    (None, or none given: read it here)."""
    found = []
    for (prompt_id, question, text, at), reading in zip(free, kept or [None] * len(free),
                                                         strict=True):
        if reading is None:
            said = [m for m in talk.marks(text, question, change.title, fixes)
                    if m.side == "change"]
            lead, marked = (said[0].kind if said else None), None
        else:
            lead, marked = reading
        if lead:
            theme = ("steps" if lead in change_talk.MOBILISING else
                     "abilities" if lead == "ability" else "reasons")
            found.append((theme, replace(_quote(theme, text, source="Check-in", question=question,
                                                at=at, prompt_id=prompt_id)[1], talk=marked)))
    return found


def _answer_quotes(answered: Sequence[AnswerRow], book: PromptBook) -> list[tuple[str, Quote]]:
    """``(theme, quote)`` of the exploration answers whose prompt has a theme."""
    themes = book.themed()
    return [_quote(themes[a.prompt_id], a.text, source=book.set(book.prompts[a.prompt_id].set).title,
                   question=a.question, at=a.created_at, prompt_id=a.prompt_id)
            for a in answered if a.prompt_id in themes]


def _plan_quotes(versions: Sequence[PlanRow], book: PromptBook) -> list[tuple[str, Quote]]:
    """``(theme, quote)`` of every filled plan field whose prompt has a theme."""
    themed = [p for p in book.prompts.values() if p.page == "plan" and p.theme]
    return [_quote(prompt.theme, text, source=f"Plan version {plan.version}",
                   question=prompt.text, at=plan.created_at, strength=2, prompt_id=prompt.id)
            for plan in versions for prompt in themed
            if (text := plan.fields[prompt.id.removeprefix("plan.")])]


def _home(uses: Counter[str]) -> str:
    """The theme words are filed under: the one they were written under most, the first of
    :data:`THEME_TITLES` on a tie."""
    order = list(THEME_TITLES)
    return min(uses, key=lambda t: (-uses[t], order.index(t)))


def _file_once(pairs: Iterable[tuple[str, Quote]],
               elsewhere: dict[str, Counter[str]]) -> dict[str, list[Quote]]:
    """``(theme, quote)`` pairs with each wording once (case and spacing aside), counting every
    time it was written (``elsewhere``: its uses not among ``pairs``, by theme): words written
    under several themes (the same reason typed for two rulers) go under their :func:`_home`,
    shown as their latest and strongest there, so its source and question are that theme's."""
    groups: dict[str, list[tuple[str, Quote]]] = {}
    for theme, quote in pairs:
        groups.setdefault(talk.sentence_key(quote.text), []).append((theme, quote))
    filed: dict[str, list[Quote]] = {}
    for key, group in groups.items():
        uses = Counter(elsewhere.get(key, {}))
        for theme, quote in group:
            uses[theme] += quote.times
        home = _home(uses)
        here = [q for t, q in group if t == home]
        if not here:  # its home's uses were left out when read: counted there, not shown
            continue
        shown = max(here, key=lambda q: q.at)
        filed.setdefault(home, []).append(replace(
            shown, times=sum(uses.values()), strength=max(q.strength for q in here)))
    return filed


def _against_only(quote: Quote) -> bool:
    """Whether a quote's reading holds sustain talk and no change talk said back as such."""
    found = quote.talk or ()
    return any(m.side == "sustain" for m in found) and not talk.for_change(found)


def _strongest_first(quotes: list[Quote]) -> list[Quote]:
    """Mobilising change talk first, then preparatory, then plans and high ratings, then recency."""
    return sorted(quotes, key=lambda q: (q.talk_rank, q.strength, q.at), reverse=True)


def _said_to_help(quote: Quote, change: Change, fixes: Corrections) -> bool:
    """Whether an answer about what helped before says something helped: it names something
    ("Nothing so far." does not), and holds change talk and no sustain talk."""
    if change_talk.names_nothing(quote.text):
        return False  # "Nothing so far.", "dunno": read from the question, yet no help named
    found = quote.talk if quote.talk is not None else talk.marks(quote.text, quote.question,
                                                                 change.title, fixes)
    return bool(talk.for_change(found)) and not any(m.side == "sustain" for m in found)


def acts(sections: Sequence[Section], helped: Sequence[Quote]) -> tuple[Act, ...]:
    """What to affirm: the latest sentence the person wrote of something they did (taking
    steps), and the latest thing they named that helped before. None when they wrote of no such
    thing: a hollow affirmation costs trust."""
    found = []
    did = [(q.at, -n, m.sentence) for s in sections for q in s.quotes
           for n, m in enumerate(talk.affirmable(q.talk)) if m.kind == "taking_steps"]
    if did:
        at, _first, sentence = max(did)  # the latest; of one answer, the first written
        found.append(Act("did", sentence, at))
    if helped:
        latest = max(helped, key=lambda q: q.at)
        found.append(Act("helped", latest.text, latest.at))
    return tuple(found)


def acts_beyond(acts_found: Sequence[Act], statements: Sequence[Statement]) -> tuple[Act, ...]:
    """The acts not already quoted in the collecting summary (nothing is said twice: not an
    answer about what helped that holds, as one of its sentences, a statement just quoted)."""
    quoted = {talk.sentence_key(s.sentence) for s in statements}

    def said_already(act: Act) -> bool:
        sentences = {talk.sentence_key(s) for s in _SENTENCE_BREAK.split(act.words)}
        return talk.sentence_key(act.words) in quoted or bool(sentences & quoted)

    return tuple(a for a in acts_found if not said_already(a))


_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+|\n+")


def affirm(act: Act, tz: str, now: datetime | None = None,
           wording: Wording | None = None, *, dated: bool = False) -> Sentence:
    """An act said back: its day in the time zone ``tz`` and the person's words. ``dated``: the
    day named as a date, never "earlier today" (a printed page is read on other days)."""
    w = wording or load_wording()
    day = clock.day(act.at, tz) if dated else reflections.when(act.at, tz, now or clock.now())
    on_day = day if day in ("earlier today", "yesterday") else f"on {day}"
    return fill(w.text(f"summary.affirmations.{act.kind}"), quote=act.words, when=day,
                When=on_day[0].upper() + on_day[1:])


def collect(sections: Sequence[Section]) -> tuple[Statement, ...]:
    """A few of the person's strongest statements for change: one per theme of
    :data:`COLLECT_THEMES` where there is one, topped up to :data:`COLLECT_FEWEST` with the next
    strongest, in the themes' order. Stronger kind of change talk first (a verdict on how it went
    after what was done), then plans and answers given at high ratings, then the most recent."""
    candidates = [(_collect_theme(m, q), m, q) for s in sections for q in s.quotes
                  for m in talk.for_change(q.talk) if m.kind in KIND_THEMES]
    candidates.sort(key=lambda c: c[2].at, reverse=True)  # most recent first at equal rank
    # A verdict on how it went ("Better than I expected!") after the deeds of its kind.
    candidates.sort(key=lambda c: (change_talk.KIND_ORDER.index(c[1].kind), c[1].judged,
                                   -c[2].strength))
    chosen: dict[str, Statement] = {}
    seen: set[str] = set()
    for theme, mark, quote in candidates:
        key = talk.sentence_key(mark.sentence)
        if theme not in chosen and key not in seen:
            chosen[theme] = Statement(theme, mark.sentence, quote)
            seen.add(key)
    picked = [chosen[t] for t in COLLECT_THEMES if t in chosen]
    for theme, mark, quote in candidates:
        if len(picked) >= COLLECT_FEWEST:
            break
        key = talk.sentence_key(mark.sentence)
        if key not in seen:
            picked.append(Statement(theme, mark.sentence, quote))
            seen.add(key)
    order = {t: i for i, t in enumerate(COLLECT_THEMES)}
    return tuple(sorted(picked[:COLLECT_MOST], key=lambda st: order[st.theme]))


def _collect_theme(mark: Mark, quote: Quote) -> str:
    """The collecting summary's theme of ``mark``: its kind's, but for an answer to "why this
    number and not lower" read only from its question (whose words do not name the ruler), the
    ruler's ("I did it for a month last year." about confidence is what they can do, not why it
    matters)."""
    asked = CHECKIN_THEMES.get(quote.prompt_id)
    if asked and mark.confidence < talk.WORDS_SURE and not mark.corrected:
        return {"reasons": "reasons", "abilities": "ability", "steps": "steps"}[asked]
    return KIND_THEMES[mark.kind]


def collecting_summary(statements: Sequence[Statement], closing: str, tz: str,
                       now: datetime | None = None,
                       wording: Wording | None = None) -> tuple[Sentence, ...]:
    """The statements as one short paragraph in the person's words, each with its day, ending
    on the open question ``closing``; nothing when there is nothing to gather."""
    if not statements:
        return ()
    w = wording or load_wording()
    now = now or clock.now()
    said = [fill(w.text("summary.intro"))]
    themes: set[str] = set()
    last_day = None
    for statement in statements:
        lead = "also" if statement.theme in themes else statement.theme
        themes.add(statement.theme)
        day = reflections.when(statement.quote.at, tz, now)
        on_day = "" if day == last_day else w.text("summary.on_day", day=day)
        last_day = day
        said.append(fill(w.text(f"summary.leads.{lead}"), quote=statement.sentence, when=on_day))
    said.append(fill(closing))
    return tuple(said)
