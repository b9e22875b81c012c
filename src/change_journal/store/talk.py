"""Change-talk counts kept as answers are written, and the labels a person set on their own
sentences (see change_journal.talk).

Each answer carries its reading: sentences of change and of sustain talk, the recogniser's
version, the key and strength "In your own words" ranks its quote by, the marks on that quote
and the strongest kind of change talk in the whole answer. The store cannot run the recogniser
(it imports nothing above it), so the core plugs a reader in (:func:`use_reader`, done by
``change_journal.talk`` when imported). A reading depends on the answer and on the change's
:class:`Context` (its title and the person's labels), nothing else: writers read the answers
before they take the write lock (:func:`read_ahead`) and, inside their short transaction, keep
those readings when the context is still the same (:func:`settle`). Triggers
(``migrations.m010_talk_counts_kept``) keep per-day and per-month sums of the counts, which
:func:`window_sums` reads. Answers written with no reader plugged in, before the counts or marks
were kept, or read by an older recogniser are found by index (:func:`stale_answers`) and read
again by ``change_journal.talk.recount``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlite_utils import Database

from change_journal.store.changes import get_change, require_own_change
from change_journal.store.connection import now_utc, transaction
from change_journal.store.dialect import of as dialect_of

Reading = tuple[int | None, int | None, int | None, str | None, int | None, str | None,
                str | None]
"""``(change sentences, sustain sentences, recogniser version, quote key, quote strength,
marks on the quote (JSON), strongest kind of change talk in the answer)``."""
READING_COLUMNS = ("talk_change", "talk_sustain", "talk_version", "quote_key", "quote_strength",
                   "talk_marks", "talk_lead")
"""The ``answers`` columns a :data:`Reading` is stored in, in its order."""
ToRead = tuple[str, str, str, Mapping[str, int] | None]
"""``(prompt_id, question, text, ratings of its check-in or None)``."""
Label = tuple[str, str, str | None]
"""``(sentence, side, kind)``: a label the person set on one of their sentences."""


@dataclass(frozen=True)
class Context:
    """What reading a change's answers depends on beyond their words: the change's title and
    the person's labels on its sentences, oldest first."""

    title: str | None
    labels: tuple[Label, ...]


Reader = Callable[[Context, Sequence[ToRead]], list[Reading]]
"""``reader(context, answers)``: the reading of each answer about one change."""

Skimmer = Callable[[Sequence[ToRead]], list[Reading]]
"""``skimmer(answers)``: each answer's quote key and strength alone, its change talk left to be
read later (see :func:`skim`)."""

UNREAD: Reading = (None,) * len(READING_COLUMNS)
_reader: list[Reader] = []
_skimmer: list[Skimmer] = []


def use_reader(reader: Reader, skimmer: Skimmer) -> None:
    """Plug in the core's reader of answers and its skimmer (change_journal.talk does it when
    imported)."""
    _reader[:] = [reader]
    _skimmer[:] = [skimmer]


@contextmanager
def unplugged() -> Iterator[None]:
    """Write answers unread meanwhile, as an older app did or as after a new recogniser (for
    benchmarks and tests of catching up)."""
    reader, skimmer = _reader[:], _skimmer[:]
    _reader.clear()
    _skimmer.clear()
    try:
        yield
    finally:
        _reader[:], _skimmer[:] = reader, skimmer


def context(db: Database, user_id: int, change_id: int) -> Context:
    """The title and labels the person's answers on one change are read with."""
    change = get_change(db, user_id, change_id)
    return Context(change.title if change else None,
                   tuple(map(tuple, list_corrections(db, user_id, change_id))))


def read_with(found: Context, to_read: Sequence[ToRead]) -> list[Reading]:
    """The reading of each of ``to_read`` in the context ``found`` (all unread when no reader
    is plugged in)."""
    if not to_read:
        return []
    if not _reader:
        return [UNREAD] * len(to_read)
    return _reader[0](found, to_read)


def skim(to_read: Sequence[ToRead]) -> list[Reading]:
    """Each of ``to_read`` with the key and strength of its quote but its change talk unread:
    the catch-up (``change_journal.talk``) finds and reads it later, while "In your own words"
    can already rank its quote (all unread when no reader is plugged in)."""
    if not to_read:
        return []
    if not _skimmer:
        return [UNREAD] * len(to_read)
    return _skimmer[0](to_read)


def read(db: Database, user_id: int, change_id: int, to_read: Sequence[ToRead]) -> list[Reading]:
    """The reading of each of ``to_read`` about one of the person's changes, in its current
    context."""
    return read_with(context(db, user_id, change_id), to_read)


@dataclass(frozen=True)
class ReadAhead:
    """Readings taken before the writing transaction, and the context they were taken in."""

    context: Context
    readings: list[Reading]


def read_ahead(db: Database, user_id: int, change_id: int,
               to_read: Sequence[ToRead]) -> ReadAhead:
    """Read answers about to be written, before the transaction that writes them, so the
    recogniser runs while no write lock is held (see :func:`settle`)."""
    found = context(db, user_id, change_id)
    return ReadAhead(found, read_with(found, to_read))


def settle(db: Database, user_id: int, change_id: int, ahead: ReadAhead,
           to_read: Sequence[ToRead]) -> list[Reading]:
    """Inside the writing transaction: the readings taken ahead if the change's context is
    still the one they were taken in, else ``to_read`` read again now (a label or the title
    changed meanwhile)."""
    now = context(db, user_id, change_id)
    return ahead.readings if now == ahead.context else read_with(now, to_read)


def insert_sql(columns: Sequence[str]) -> str:
    """``INSERT INTO answers`` of ``columns`` followed by the :data:`READING_COLUMNS`."""
    names = [*columns, *READING_COLUMNS]
    return (f"INSERT INTO answers ({', '.join(names)})"
            f" VALUES ({', '.join('?' * len(names))})")


# ------------------------------------------------------------------------------ catching up

_STALE = (("answers_by_talk_version", "talk_version IS NULL"),
          ("answers_by_talk_version", "talk_version < :version"),
          ("answers_by_talk_version", "talk_version > :version"),
          ("answers_unkeyed", "quote_key IS NULL"),
          ("answers_unmarked", "talk_marks IS NULL"))
"""Why an answer is still to be read (by recogniser ``:version``), each one range of one index
(see ``migrations.m010_talk_counts_kept`` and ``m011_talk_marks_kept``)."""


def _stale_ids(db: Database, user: str = ":user", change: str = ":change",
               limit: bool = False) -> list[str]:
    """One SELECT of ids per reason in :data:`_STALE`, for the change ``user``/``change`` (SQL:
    named parameters, or a correlated outer query's columns); each of at most ``:limit`` rows
    when ``limit``. The index is named where the engine takes such a hint (SQLite)."""
    indexed_by = dialect_of(db).indexed_by
    return [f"SELECT id FROM (SELECT id FROM answers{indexed_by(index)} WHERE user_id = {user}"
            f" AND change_id = {change} AND {condition}{' LIMIT :limit' if limit else ''})"
            f" reason_{number}"
            for number, (index, condition) in enumerate(_STALE)]


def stale_answers(db: Database, user_id: int, change_id: int, version: int,
                  limit: int) -> list[tuple[int, str, str, str, Mapping[str, int] | None]]:
    """Up to ``limit`` of the person's answers on one change still to be read by ``version``:
    ``(answer_id, prompt_id, question, text, ratings of its check-in or None)``, newest first
    among those found (each reason's index read for ``limit`` rows at most, so a batch costs
    the same at any history)."""
    rows = db.execute(
        "SELECT a.id, a.prompt_id, a.question, a.text, k.importance, k.confidence, k.readiness"
        " FROM answers a LEFT JOIN checkins k ON k.id = a.checkin_id AND k.user_id = a.user_id"
        f" WHERE a.id IN ({' UNION '.join(_stale_ids(db, limit=True))})"
        f" AND {dialect_of(db).unindexed('a.user_id')} = :user"
        " ORDER BY a.created_at DESC, a.id DESC LIMIT :limit",
        {"user": user_id, "change": change_id, "version": version, "limit": limit},
    ).fetchall()
    return [(answer_id, prompt_id, question, text, checkin_ratings(importance, confidence,
                                                                   readiness))
            for answer_id, prompt_id, question, text, importance, confidence, readiness in rows]


def checkin_ratings(importance: int | None, confidence: int | None,
                    readiness: int | None) -> dict[str, int] | None:
    """A check-in's ratings by ruler (None for an answer outside a check-in)."""
    return None if importance is None else {
        "importance": importance, "confidence": confidence, "readiness": readiness}


def count_stale(db: Database, user_id: int, change_id: int, version: int) -> int:
    """How many of the person's answers on one change are still to be read by ``version``
    (read from the indexes alone)."""
    return db.execute(f"SELECT COUNT(*) FROM ({' UNION '.join(_stale_ids(db))}) stale",
                      {"user": user_id, "change": change_id, "version": version}).fetchone()[0]


def has_stale(db: Database, user_id: int, change_id: int, version: int) -> bool:
    """Whether any of the person's answers on one change is still to be read (five index
    probes, however long the history)."""
    return db.execute(
        f"SELECT {' OR '.join(f'EXISTS({probe})' for probe in _stale_ids(db))}",
        {"user": user_id, "change": change_id, "version": version}).fetchone()[0] == 1


def stale_changes(db: Database, version: int) -> list[tuple[int, int]]:
    """``(user_id, change_id)`` of every change holding answers still to be read by ``version``:
    for the one-off recount after a new recogniser (not on behalf of a person; ids only). Five
    index probes per change, not a scan of every answer."""
    probes = " OR ".join(f"EXISTS({probe})" for probe in _stale_ids(db, "c.user_id", "c.id"))
    return db.execute(f"SELECT c.user_id, c.id FROM changes c WHERE {probes} ORDER BY c.id",
                      {"version": version}).fetchall()


def save_readings(db: Database, user_id: int,
                  readings: Sequence[tuple[int, Reading]]) -> None:
    """Store ``(answer_id, reading)`` for the person's answers (the day and month sums follow,
    by trigger), in one transaction."""
    with transaction(db):
        dialect_of(db).executemany(
            db,
            f"UPDATE answers SET {', '.join(f'{c} = ?' for c in READING_COLUMNS)}"
            " WHERE id = ? AND user_id = ?",
            [(*reading, answer_id, user_id) for answer_id, reading in readings],
        )


def reread(db: Database, user_id: int, change_id: int, answer_ids: Sequence[int]) -> None:
    """Read the person's listed answers on one change again now (or, with no reader plugged in,
    mark them to be read), inside the caller's transaction."""
    ids = list(answer_ids)
    if not ids:
        return
    if not _reader:
        dialect_of(db).executemany(db, "UPDATE answers SET talk_version = NULL"
                                   " WHERE id = ? AND user_id = ?", [(i, user_id) for i in ids])
        return
    rows = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows += db.execute(
            "SELECT a.id, a.prompt_id, a.question, a.text, k.importance, k.confidence,"
            " k.readiness FROM answers a LEFT JOIN checkins k ON k.id = a.checkin_id"
            f" WHERE a.id IN ({', '.join('?' * len(chunk))}) AND a.user_id = ?"
            " AND a.change_id = ?", [*chunk, user_id, change_id]).fetchall()
    to_read = [(p, q, t, checkin_ratings(i, c, r)) for _id, p, q, t, i, c, r in rows]
    readings = read(db, user_id, change_id, to_read)
    save_readings(db, user_id, [(row[0], reading) for row, reading in zip(rows, readings,
                                                                          strict=True)])


# ------------------------------------------------------------------------------ counts

def answer_span(db: Database, user_id: int, change_id: int,
                since_at: str | None) -> tuple[str | None, str | None]:
    """``(first, last)`` UTC times the person wrote on one change from ``since_at`` on (two
    index probes)."""
    return db.execute(
        "SELECT (SELECT MIN(created_at) FROM answers WHERE user_id = ? AND change_id = ?"
        " AND created_at >= ?), (SELECT MAX(created_at) FROM answers WHERE user_id = ?"
        " AND change_id = ? AND created_at >= ?)",
        [user_id, change_id, since_at or "", user_id, change_id, since_at or ""],
    ).fetchone()


WINDOW_SOURCES = {
    "months": ("talk_months", "month", "change_sentences", "sustain_sentences"),
    "days": ("talk_days", "day", "change_sentences", "sustain_sentences"),
    "answers": ("answers", "created_at", "coalesce(talk_change, 0)", "coalesce(talk_sustain, 0)"),
}
"""Where windows are summed: whole UTC months ("2026-05"), whole UTC days ("2026-05-01"), or
answers (UTC times)."""


def window_sums(db: Database, user_id: int, change_id: int, source: str,
                windows: Sequence[tuple[int, int, str, str]]) -> dict[int, tuple[int, int]]:
    """Signed sums of change and sustain sentences in ``windows`` of one of the person's
    changes: ``{bucket: (change, sustain)}`` for ``(bucket, sign, from, to)`` windows, ``from``
    included and ``to`` not, in the keys of ``source`` (one of :data:`WINDOW_SOURCES`). One
    statement; each window is one index range."""
    if not windows:
        return {}
    table, key, change, sustain = WINDOW_SOURCES[source]
    rows = db.execute(
        f"WITH w (bucket, sign, lo, hi) AS (VALUES {', '.join(['(?, ?, ?, ?)'] * len(windows))})"
        f" SELECT w.bucket, SUM(w.sign * {change}), SUM(w.sign * {sustain}) FROM w"
        f" JOIN {table} t ON t.user_id = ? AND t.change_id = ? AND t.{key} >= w.lo"
        f" AND t.{key} < w.hi GROUP BY w.bucket",
        [*(value for window in windows for value in window), user_id, change_id],
    ).fetchall()
    return {bucket: (int(c or 0), int(s or 0)) for bucket, c, s in rows}


# ------------------------------------------------------------------------------ corrections

def list_corrections(db: Database, user_id: int, change_id: int) -> list[tuple[str, str, str | None]]:
    """The person's own labels on sentences about one change: ``(sentence, side, kind)``,
    oldest first (a later one wins for the same words)."""
    return db.execute(
        "SELECT sentence, side, kind FROM talk_corrections WHERE user_id = ? AND change_id = ?"
        " ORDER BY created_at, id",
        [user_id, change_id],
    ).fetchall()


def save_corrections(db: Database, user_id: int, change_id: int,
                     corrections: Sequence[tuple[str, str, str | None]]) -> None:
    """Store ``(sentence, side, kind)`` labels on the person's sentences about one change, and
    read the answers holding those sentences again, in one transaction.

    Raises :class:`NotYours` when the change is not the acting user's.
    """
    stamp = now_utc()
    with transaction(db):
        require_own_change(db, user_id, change_id)
        dialect_of(db).executemany(
            db,
            "INSERT INTO talk_corrections (user_id, change_id, sentence, side, kind, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, change_id, sentence) DO UPDATE"
            " SET side = excluded.side, kind = excluded.kind, created_at = excluded.created_at",
            [(user_id, change_id, sentence, side, kind, stamp)
             for sentence, side, kind in corrections],
        )
        mark_for_recount(db, user_id, change_id,
                         [sentence for sentence, _side, _kind in corrections])


def save_correction(db: Database, user_id: int, change_id: int, text: str, side: str = "none",
                    kind: str | None = None) -> None:
    """One label on one sentence (``text``); see :func:`save_corrections`."""
    save_corrections(db, user_id, change_id, [(text, side, kind)])


def delete_corrections(db: Database, user_id: int, change_id: int,
                       sentences: Sequence[str]) -> int:
    """Forget the person's labels on ``sentences``, in any case and spacing, as labels apply
    (the answers holding them are read again); return how many were there."""
    keys = {sentence_key(sentence) for sentence in sentences}
    with transaction(db):
        ids = [label_id for label_id, sentence in db.execute(
            "SELECT id, sentence FROM talk_corrections WHERE user_id = ? AND change_id = ?",
            [user_id, change_id]) if sentence_key(sentence) in keys]
        for label_id in ids:
            db.execute("DELETE FROM talk_corrections WHERE id = ? AND user_id = ?",
                       [label_id, user_id])
        mark_for_recount(db, user_id, change_id, sentences)
    return len(ids)


def delete_correction(db: Database, user_id: int, change_id: int, text: str) -> bool:
    """Forget the person's label on one sentence (``text``); False if there was none."""
    return delete_corrections(db, user_id, change_id, [text]) > 0


def sentence_key(sentence: str) -> str:
    """What makes two sentences the same words: case and spacing aside (a label on one is a
    label on the other)."""
    return " ".join(sentence.casefold().split())


def mark_for_recount(db: Database, user_id: int, change_id: int, sentences: Sequence[str]) -> None:
    """Read again, now, the person's answers on one change that hold any of ``sentences``, in
    any case and spacing, as labels apply (inside the caller's transaction). The change's
    answers are compared in Python: SQL's ``lower()`` folds only ASCII letters on SQLite."""
    keys = {key for key in map(sentence_key, sentences) if key}
    if not keys:
        return
    reread(db, user_id, change_id, [
        answer_id for answer_id, text in db.execute(
            "SELECT id, text FROM answers WHERE user_id = ? AND change_id = ?", [user_id, change_id])
        if any(key in sentence_key(text) for key in keys)])
