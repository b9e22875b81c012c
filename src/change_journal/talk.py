"""The person's own change talk: marks on a written answer, their corrections, and counts per week.

Built on :mod:`change_journal.change_talk`. A sentence is marked only when the recogniser is
confident (:data:`change_talk.SHOW_THRESHOLD`) or when the person labelled it themselves: a
person can remove or correct any label, and the correction is kept (per change, by the
sentence's words) and respected everywhere marks are read: the reflection after a check-in,
"In your own words", the tables of earlier answers and the weekly counts.
Counts, and the marks on each answer's quote, are taken when an answer is written or imported,
just before the transaction that writes it (this module plugs its reader into the store:
:func:`read_answers`), and a relabelled sentence's answers are read again with the label.
The store keeps the counts summed per day and per month, so the chart (:func:`over_time`)
reads at most a few hundred rows at any history. After a new recogniser
(:data:`change_talk.VERSION`), :func:`recount` reads every answer again, a bounded batch at a
time (``python -m change_journal recount-talk``); until then the earlier counts stand, and a
person's own page reads a bounded batch of theirs per view (:func:`count_pending`).
Sustain talk is acknowledged in the same even tone: it is part of ambivalence, not a mistake.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

import pandas as pd
from sqlite_utils import Database

from change_journal import change_talk, clock, progress, prompt_ids
from change_journal.rulers import number_asked
from change_journal.store import talk as store

COUNT_BUDGET = 300
"""Most answers read again in one page run when some are left to read (after a new recogniser,
before ``recount-talk`` has run): about 0.1 s of work for everyday answers."""
COUNT_CHARS = 60_000
"""Most characters read again in one page run (but always one answer): answers written to be
slow to read (5,000 characters of one clause repeated) cost about 0.1 s, not 300 of them 3 s
(``bench/pending_reads.py``)."""
QUOTE_CHARS = 280
"""Longest quote; a longer answer is cut at the last sentence (or word) that fits."""
HIGH_RATING = 7
"""A "why not lower" answer given at this rating or more is a strong quote."""
STRONG_FOLLOW_UPS = {prompt_ids.follow_up(ruler, prompt_ids.WHY_NOT_LOWER): ruler
                     for ruler in ("importance", "confidence", "readiness")}

KIND_NAMES = {
    "desire": "Desire", "ability": "Ability", "reasons": "Reasons", "need": "Need",
    "commitment": "Commitment", "activation": "Ready to act", "taking_steps": "Steps taken",
}
KIND_MEANINGS = {
    "desire": "what you want",
    "ability": "what you could do",
    "reasons": "why it would be worth it",
    "need": "why it matters now",
    "commitment": "what you will do",
    "activation": "your readiness to act",
    "taking_steps": "something you have already done",
}
AFFIRMED_KINDS = ("taking_steps", "activation")
"""Kinds of change talk an affirmation can be built from, the first preferred."""
WORDS_SURE = 0.7
"""Confidence from which a mark was read from the words themselves (a fixed cue or better, see
:data:`change_talk.SHOW_THRESHOLD`), not only from the question they answer: a step read so is
heard and affirmed whatever else its answer tells (see :func:`for_change`)."""
SIDE_NAMES = {"change": "For changing", "sustain": "For how things are"}
SIDES = ("change", "sustain", "none")
"""What a correction says a sentence is: change talk, sustain talk, or neither."""


@dataclass(frozen=True)
class Mark:
    """One sentence of an answer that speaks for or against the change."""

    side: Literal["change", "sustain"]
    kind: str | None
    """A DARN-CAT kind; None only for sustain talk the person labelled themselves."""
    sentence: str
    """An exact substring of the answer."""
    triggers: tuple[str, ...] = ()
    """The words the recogniser read it from (exact substrings of the sentence)."""
    corrected: bool = False
    """True when the person set this label themselves."""
    confidence: float = 1.0
    """How sure the recogniser was (:attr:`change_talk.TalkResult.confidence`); 1 for a label
    the person set."""
    judged: bool = False
    """Change talk resting only on a verdict on how it went (:attr:`change_talk.TalkResult.judged`):
    said back, never affirmed as a deed."""

    @property
    def setback(self) -> bool:
        """Sustain talk that tells of a lapse ("I slipped on Saturday"): a setback, not a wish to
        keep things as they are."""
        return self.side == "sustain" and self.kind == "taking_steps"

    @property
    def label(self) -> str:
        """Short label: "Commitment", "How things are: reasons" for sustain talk, "A setback"."""
        if self.side == "change":
            return KIND_NAMES[self.kind]
        if self.setback:
            return "A setback"
        return f"How things are: {KIND_NAMES[self.kind].lower()}" if self.kind else \
            SIDE_NAMES["sustain"]

    @property
    def explanation(self) -> str:
        """What the label means, in plain words (no quotes of the person's text)."""
        if self.side == "change":
            strength = "a step toward acting" if self.kind in change_talk.MOBILISING else \
                "preparing the ground"
            return f"Change talk: {KIND_MEANINGS[self.kind]} ({strength})."
        if self.setback:
            return ("A setback: a time it did not go to plan. Setbacks are a normal part of "
                    "changing, and worth learning from.")
        return ("Sustain talk: what keeps things as they are. It is a normal part of weighing a "
                "change, worth hearing too.")


@dataclass(frozen=True)
class Correction:
    """A label the person set on a sentence: change or sustain talk (with a kind), or neither."""

    sentence: str
    side: Literal["change", "sustain", "none"]
    kind: str | None = None


Corrections = Mapping[str, Correction]
"""Corrections by :func:`sentence_key`."""


sentence_key = store.sentence_key


def _rank(mark: Mark) -> int:
    if mark.side == "change" and mark.kind in change_talk.KIND_ORDER:
        return change_talk.KIND_ORDER.index(mark.kind)
    return len(change_talk.KIND_ORDER)


def marks(text: str, prompt: str | None = None, change: str | None = None,
          corrections: Corrections | None = None) -> list[Mark]:
    """The sentences of ``text`` that are change or sustain talk, change talk strongest first.

    A sentence counts when the person labelled it (``corrections``, which also remove labels)
    or, failing that, when the recogniser is confident of it.
    """
    found = []
    for segment in change_talk.analyse(text, prompt, change):
        fix = corrections.get(sentence_key(segment.text)) if corrections else None
        result = segment.result
        if fix is not None:
            if fix.side != "none":
                found.append(Mark(fix.side, fix.kind, segment.text, corrected=True))
        elif (result.label != "neutral" and result.kind
              and result.confidence >= change_talk.SHOW_THRESHOLD):
            found.append(Mark(result.label, result.kind, segment.text, result.triggers,
                              confidence=result.confidence, judged=result.judged))
    return sorted(found, key=_rank)


def for_change(found: Sequence[Mark]) -> list[Mark]:
    """The change talk of one answer (``found``) that is said back as such, in a reflection or
    a summary: all of it but a step or readiness read only from the question it answers (below
    :data:`WORDS_SURE`: "Went in twice.", "did it.", asked how it is going) beside a setback told
    in the same answer ("did it. lost 900."): there it is as often the lapse itself."""
    return _unless_told_against(found, any(m.setback for m in found))


def affirmable(found: Sequence[Mark]) -> list[Mark]:
    """The marks of one answer that an affirmation may say back ("You did that."): something
    done, or readiness to act, but not one read only from its question beside any sustain talk
    of the same answer, nor a verdict on how it went ("Better than I expected!": no deed). Praise
    asks for more than hearing: praise of a lapse costs trust."""
    return [m for m in _unless_told_against(found, any(m.side == "sustain" for m in found))
            if m.kind in AFFIRMED_KINDS and not m.judged]


def _told_beyond(on_quote: list[Mark], whole: Sequence[Mark]) -> list[Mark]:
    """The marks of an answer's cut quote, without the steps that a setback told beyond the cut
    keeps from being heard (:func:`for_change` over the whole answer)."""
    kept = _unless_told_against(on_quote, any(m.setback for m in whole))
    return [m for m in on_quote if m.side == "sustain" or m in kept]


def _unless_told_against(found: Sequence[Mark], against: bool) -> list[Mark]:
    """The change talk of ``found``, without steps and readiness read only from the question
    when the answer tells ``against`` them."""
    return [m for m in found if m.side == "change" and not (
        against and m.kind in AFFIRMED_KINDS and m.confidence < WORDS_SURE)]


def describe(text: str, prompt: str | None = None, change: str | None = None,
             corrections: Corrections | None = None) -> str:
    """Marks as plain words for a table cell, e.g. "Commitment; How things are: reasons"."""
    return "; ".join(dict.fromkeys(m.label for m in marks(text, prompt, change, corrections)))


@dataclass(frozen=True)
class LabelGroup:
    """One label shown on a piece of writing, with every sentence of it that carries the label
    (so a label appears once, however many of its sentences share it)."""

    side: Literal["change", "sustain"]
    kind: str | None
    label: str
    explanation: str
    sentences: tuple[str, ...]
    triggers: tuple[str, ...]
    corrected: bool


def label_groups(found: Iterable[Mark]) -> list[LabelGroup]:
    """``found`` grouped by label, in the order the labels first appear."""
    groups: dict[str, list[Mark]] = {}
    for mark in found:
        groups.setdefault(mark.label, []).append(mark)
    return [LabelGroup(same[0].side, same[0].kind, label, same[0].explanation,
                       tuple(dict.fromkeys(m.sentence for m in same)),
                       tuple(dict.fromkeys(t for m in same for t in m.triggers)),
                       all(m.corrected for m in same))
            for label, same in groups.items()]


def correction_choices() -> dict[str, tuple[str, str | None]]:
    """What a person can say a sentence is instead: ``{label: (side, kind)}``."""
    choices = {KIND_NAMES[kind]: ("change", kind) for kind in reversed(change_talk.KIND_ORDER)}
    choices[SIDE_NAMES["sustain"]] = ("sustain", None)
    return choices


def corrections(db: Database, user_id: int, change_id: int) -> dict[str, Correction]:
    """The person's labels on their own sentences about one change, by :func:`sentence_key`."""
    return _by_key(store.list_corrections(db, user_id, change_id))


def _by_key(labels: Iterable[store.Label]) -> dict[str, Correction]:
    """``(sentence, side, kind)`` labels, oldest first, by :func:`sentence_key` (later wins)."""
    return {sentence_key(sentence): Correction(sentence, side, kind)
            for sentence, side, kind in labels}


def correct(db: Database, user_id: int, change_id: int, sentences: Sequence[str],
            side: str, kind: str | None = None) -> None:
    """Label ``sentences`` as the person says: ``side`` "none" removes the label.

    Raises ``ValueError`` for an unknown side or kind, and ``NotYours`` when the change is not
    the person's. The answers holding these sentences are counted again in the same transaction.
    """
    if side not in SIDES:
        raise ValueError(f"A label is change, sustain or none, not {side!r}.")
    if side == "none":
        kind = None
    elif kind is not None and kind not in KIND_NAMES:
        raise ValueError(f"Unknown kind of change talk {kind!r}.")
    elif side == "change" and kind is None:
        raise ValueError("Change talk needs its kind.")
    store.save_corrections(db, user_id, change_id, [(s, side, kind) for s in sentences])


def undo_correction(db: Database, user_id: int, change_id: int, sentences: Sequence[str]) -> None:
    """Forget the person's labels on ``sentences``: the recogniser's reading applies again."""
    store.delete_corrections(db, user_id, change_id, list(sentences))


def excerpt(text: str, limit: int = QUOTE_CHARS) -> tuple[str, bool]:
    """``(quote, cut)``: ``text`` stripped, or its longest start that ends a sentence (else a
    word) within ``limit`` characters. The quote is always an exact substring of ``text``."""
    whole = text.strip()
    if len(whole) <= limit:
        return whole, False
    head = whole[:limit]
    ends = [i + 1 for i, ch in enumerate(head) if ch in ".!?" and whole[i + 1].isspace()]
    cut = ends[-1] if ends and ends[-1] > limit // 3 else head.rfind(" ")
    if cut <= 0:
        cut = limit
    return head[:cut].rstrip(), True


def quote_strength(prompt_id: str, question: str, ratings: Mapping[str, int] | None) -> int:
    """2 for a "why not lower" answer given at a rating of :data:`HIGH_RATING` or more, else 1:
    the number its ``question`` was asked at when it was written for another than the rating."""
    ruler = STRONG_FOLLOW_UPS.get(prompt_id)
    if not ruler or not ratings:
        return 1
    return 2 if number_asked(prompt_id, question, ratings.get(ruler, 0)) >= HIGH_RATING else 1


def read_answers(context: store.Context, answers: Sequence[store.ToRead]) -> list[store.Reading]:
    """What the store keeps of each answer about one change: its sentences of change and of
    sustain talk as the person sees them (confident labels and their own corrections), the
    recogniser's version, the key and strength of its quote, the marks on that quote
    (:func:`stored_marks` reads them back) and the strongest kind of change talk in it. Plugged
    into the store, which calls it before the transaction that writes the answers."""
    fixes = _by_key(context.labels)
    readings = []
    for prompt_id, question, text, ratings in answers:
        found = marks(text, question, context.title, fixes)
        quote, key, strength = _quote(prompt_id, question, text, ratings)
        on_quote = found if quote == text else _told_beyond(
            marks(quote, question, context.title, fixes), found)
        sides = [m.side for m in found]
        lead = next((m.kind for m in for_change(found)), None)
        readings.append((sides.count("change"), sides.count("sustain"), change_talk.VERSION,
                         key, strength,
                         json.dumps([[m.side, m.kind, m.sentence, m.triggers, m.corrected,
                                      m.confidence, m.judged] for m in on_quote]), lead))
    return readings


def skim_answers(answers: Sequence[store.ToRead]) -> list[store.Reading]:
    """What the store keeps of each answer before it is read for change talk: the key and
    strength of its quote, nothing else (no recogniser run). Plugged into the store beside
    :func:`read_answers`."""
    return [(None, None, None, *_quote(prompt_id, question, text, ratings)[1:], None, None)
            for prompt_id, question, text, ratings in answers]


def _quote(prompt_id: str, question: str, text: str,
           ratings: Mapping[str, int] | None) -> tuple[str, str, int]:
    """``(quote, its key, its strength)`` of an answer: what "In your own words" ranks it by."""
    quote = excerpt(text)[0]
    return quote, sentence_key(quote), quote_strength(prompt_id, question, ratings)


store.use_reader(read_answers, skim_answers)


def stored_marks(version: int | None, kept: str | None) -> tuple[Mark, ...] | None:
    """The marks kept with an answer's reading (:func:`read_answers`), or None when they were
    not read by the current recogniser (read them again)."""
    if version != change_talk.VERSION or kept is None:
        return None
    return tuple(Mark(side, kind, sentence, tuple(triggers), corrected, confidence, judged)
                 for side, kind, sentence, triggers, corrected, confidence, judged
                 in json.loads(kept))


def count_pending(db: Database, user_id: int, change_id: int, budget: int = COUNT_BUDGET,
                  chars: int = COUNT_CHARS) -> int:
    """Read again up to ``budget`` of the person's answers on one change, and ``chars``
    characters of them, that the current recogniser has not read; return how many still wait.
    Nothing waits unless the recogniser changed (or answers were written with no reader): then
    it costs five index probes."""
    if not store.has_stale(db, user_id, change_id, change_talk.VERSION):
        return 0
    found = store.stale_answers(db, user_id, change_id, change_talk.VERSION, budget)
    rows = found[:batch_length([len(row[3]) for row in found], budget, chars)]
    readings = store.read(db, user_id, change_id, [row[1:] for row in rows])
    store.save_readings(db, user_id, [(row[0], r) for row, r in zip(rows, readings, strict=True)])
    if len(found) < budget and len(rows) == len(found):
        return 0
    return store.count_stale(db, user_id, change_id, change_talk.VERSION)


def batch_length(lengths: Sequence[int], budget: int = COUNT_BUDGET,
                 chars: int = COUNT_CHARS) -> int:
    """How many of the unread answers of these lengths (newest first) one page run reads: up
    to ``budget`` answers and ``chars`` characters, but always one."""
    taken = read = 0
    for length in lengths[:budget]:
        read += length
        if taken and read > chars:
            break
        taken += 1
    return taken


def recount(db: Database, budget: int = 5000, batch: int = 500) -> int:
    """Read again up to ``budget`` answers (of anyone) that the current recogniser has not read,
    ``batch`` per transaction; return how many are left (0 when done).

    The one-off job after a new recogniser: bounded (``budget``) and resumable (what is left is
    what the answers themselves say), safe beside a running app (each batch is one short
    transaction and every count is set, not added). Earlier counts stand until each is replaced.
    """
    done = 0
    for user_id, change_id in store.stale_changes(db, change_talk.VERSION):
        while done < budget:
            rows = store.stale_answers(db, user_id, change_id, change_talk.VERSION,
                                       min(batch, budget - done))
            if not rows:
                break
            readings = store.read(db, user_id, change_id, [row[1:] for row in rows])
            store.save_readings(db, user_id,
                                [(row[0], r) for row, r in zip(rows, readings, strict=True)])
            done += len(rows)
    return sum(store.count_stale(db, u, c, change_talk.VERSION)
               for u, c in store.stale_changes(db, change_talk.VERSION))


# ------------------------------------------------------------------------------ counts over time

COUNT_COLUMNS = ["week", "side", "sentences"]


def over_time(db: Database, user_id: int, change_id: int, since_at: str | None,
              tz: str = "UTC", max_points: int = progress.MAX_POINTS,
              grouping: progress.Grouping | None = None) -> pd.DataFrame:
    """Sentences of change and sustain talk per week (Monday to Sunday), month or year in the
    time zone ``tz``: the finest grouping that gives at most ``max_points`` bars per side, as
    the check-in chart chooses (or ``grouping``).

    Days are counted at the zone's current offset from UTC (a daylight-saving shift can move an
    answer written near midnight by an hour). Columns: ``week`` (the first day of the bucket),
    ``side`` ("For changing" / "For how things are"), ``sentences``; ``attrs["days"]`` holds the
    first and last day written on, for :func:`weekly_summary`, and ``attrs["grouping"]`` the
    grouping's name and years. Reads the kept sums: whole UTC days (weeks) or months (longer
    buckets) between the UTC instants nearest each bucket's edges, and the answers between an
    edge and that instant (under a day), so the cost follows the buckets, not the history.
    """
    first_at, last_at = store.answer_span(db, user_id, change_id, since_at)
    if first_at is None:
        empty = pd.DataFrame(columns=COUNT_COLUMNS)
        empty.attrs["grouping"] = ("week", 1)
        return empty
    offset = clock.now().astimezone(ZoneInfo(tz)).utcoffset() or timedelta(0)
    first = datetime.fromisoformat(first_at).astimezone(UTC).replace(tzinfo=None) + offset
    last = datetime.fromisoformat(last_at).astimezone(UTC).replace(tzinfo=None) + offset
    grouping = grouping or progress.choose_grouping(max_points + 1, first, last, max_points,
                                                    by_day=False)
    starts = _bucket_starts(first.date(), last.date(), grouping)
    # Bucket edges as UTC instants: local midnights at the zone's current offset.
    edges = [datetime.combine(day, time(), UTC) - offset for day in starts]
    since = datetime.fromisoformat(since_at).astimezone(UTC) if since_at else None
    if since is not None and since > edges[0]:
        edges[0] = since
    grain = "days" if grouping.name == "week" else "months"
    windows: dict[str, list[tuple[int, int, str, str]]] = {"answers": [], "days": [],
                                                           grain: []}
    anchors = [_nearest(edge, grain) for edge in edges]
    buckets = len(starts) - 1
    for j, (edge, anchor) in enumerate(zip(edges, anchors, strict=True)):
        # Bucket j-1 ends and bucket j starts at ``edge``; their bodies end and start at
        # ``anchor``: what lies between the two moves across.
        sign = 1 if edge > anchor else -1
        for source, lo, hi in _pieces(min(edge, anchor), max(edge, anchor)):
            if j > 0:
                windows[source].append((j - 1, sign, lo, hi))
            if j < buckets:
                windows[source].append((j, -sign, lo, hi))
    for i in range(buckets):
        if anchors[i + 1] > anchors[i]:
            windows[grain].append((i, 1, _key(anchors[i], grain), _key(anchors[i + 1], grain)))
    totals = [[0, 0] for _ in range(buckets)]
    for source, found in windows.items():
        for bucket, (change, sustain) in store.window_sums(db, user_id, change_id, source,
                                                           found).items():
            totals[bucket][0] += change
            totals[bucket][1] += sustain
    weeks = pd.to_datetime(pd.Series(starts[:-1])).astype("datetime64[ns]")
    long = pd.DataFrame({
        "week": pd.concat([weeks, weeks], ignore_index=True),
        "side": [SIDE_NAMES["change"]] * buckets + [SIDE_NAMES["sustain"]] * buckets,
        "sentences": [t[0] for t in totals] + [t[1] for t in totals],
    }).astype({"sentences": int})
    # The first and last day written on, so weekly_summary names the span as progress.summary
    # does for the same check-ins (clock.describe_span), not by counting weeks.
    # (ISO strings: Streamlit serialises a frame's attrs as JSON when it draws the frame.)
    long.attrs["days"] = (first.date().isoformat(), last.date().isoformat())
    long.attrs["grouping"] = (grouping.name, grouping.years)
    return long


def weekly(db: Database, user_id: int, change_id: int, since_at: str | None,
           tz: str = "UTC") -> pd.DataFrame:
    """:func:`over_time` by week, however many weeks."""
    return over_time(db, user_id, change_id, since_at, tz, grouping=progress.Grouping("week"))


def points(counts: pd.DataFrame) -> progress.TalkData:
    """:func:`over_time`'s counts as the talk chart's data."""
    name, years = counts.attrs.get("grouping", ("week", 1))
    return progress.TalkData(counts, name, years)


def bars_caption(counts: pd.DataFrame) -> str:
    """What one pair of the talk chart's bars stands for: a week is dated by its Monday, which
    may come before the first words written."""
    name, years = counts.attrs.get("grouping", ("week", 1))
    if name == "week":
        return "Each pair of bars is a week, dated by the Monday it starts."
    return f"Each pair of bars is {f'{years} years' if years > 1 else f'a {name}'}."


def _bucket_starts(first: date, last: date, grouping: progress.Grouping) -> list[date]:
    """The first day of every bucket from ``first``'s to ``last``'s, and of the one after."""
    if grouping.name == "week":
        start = first - timedelta(days=first.weekday())
        return [start + timedelta(weeks=n)
                for n in range((last - start).days // 7 + 2)]
    if grouping.name == "month":
        months = (last.year - first.year) * 12 + last.month - first.month + 2
        return [date(first.year + (first.month - 1 + n) // 12, (first.month - 1 + n) % 12 + 1, 1)
                for n in range(months)]
    years = grouping.years
    return [date(year, 1, 1) for year in range(first.year // years * years,
                                               last.year // years * years + years + 1, years)]


def _nearest(moment: datetime, grain: str) -> datetime:
    """The start of the UTC day (or month) nearest ``moment``."""
    day = datetime.combine(moment.date(), time(), UTC)
    if grain == "days":
        return day + timedelta(days=1) if moment - day >= timedelta(hours=12) else day
    month = day.replace(day=1)
    following = (month + timedelta(days=32)).replace(day=1)
    return following if following - moment < moment - month else month


def _key(moment: datetime, grain: str) -> str:
    return moment.strftime("%Y-%m-%d" if grain == "days" else "%Y-%m")


def _pieces(lo: datetime, hi: datetime) -> list[tuple[str, str, str]]:
    """``[lo, hi)`` as windows of the kept sums: answers before the first UTC midnight, whole
    days, answers after the last midnight."""
    if hi <= lo:
        return []
    first_midnight = datetime.combine(lo.date(), time(), UTC)
    if first_midnight < lo:
        first_midnight += timedelta(days=1)
    last_midnight = datetime.combine(hi.date(), time(), UTC)
    if last_midnight <= first_midnight:
        return [("answers", clock.stamp(lo), clock.stamp(hi))]
    found = []
    if lo < first_midnight:
        found.append(("answers", clock.stamp(lo), clock.stamp(first_midnight)))
    found.append(("days", _key(first_midnight, "days"), _key(last_midnight, "days")))
    if last_midnight < hi:
        found.append(("answers", clock.stamp(last_midnight), clock.stamp(hi)))
    return found


def any_talk(counts: pd.DataFrame) -> bool:
    """Whether the counts hold a sentence for either side (else there is nothing to chart)."""
    return not counts.empty and counts["sentences"].sum() > 0


def weekly_summary(counts: pd.DataFrame) -> str:
    """One sentence about the weekly counts, in an even tone."""
    if not any_talk(counts):
        return "No sentences for or against the change were recognised in this period yet."
    by_side = counts.groupby("side")["sentences"].sum()
    change, sustain = int(by_side.get(SIDE_NAMES["change"], 0)), int(by_side.get(SIDE_NAMES["sustain"], 0))
    days = counts.attrs.get("days")
    first, last = ((date.fromisoformat(days[0]), date.fromisoformat(days[1])) if days
                   else (counts["week"].min(), counts["week"].max()))
    span = ("Within a day" if clock.span_days(first, last) < 1
            else f"Over {clock.describe_span(first, last)}")
    return (f"{span} you wrote {change:,} sentence"
            f"{'s' if change != 1 else ''} for changing and {sustain:,} about what keeps things "
            "as they are.")
