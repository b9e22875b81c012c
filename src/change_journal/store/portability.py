"""Bulk reads and writes of one person's journal, for export and import.

Rows are identified by their ``uid`` (see ``migrations.m004_portability_uids``), never by integer ids, so a
journal read from one database can be written into another. :func:`read_journal` and
:func:`write_journal` are inverses: writing what was read into an empty account and reading
it back gives the same :class:`Journal`.

Usage::

    journal = read_journal(db, user_id)
    counts = write_journal(other_db, other_user_id, journal)   # idempotent
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields

from sqlite_utils import Database

from change_journal.store import talk as talk_store
from change_journal.store.connection import transaction
from change_journal.store.dialect import of as dialect_of

IMPORT_READ_CHARS = 3_000_000
"""Characters of new answers an import reads for change talk before it writes them, newest
first. Ten years of daily check-ins with seven answers a day (``bench/datasets.py``) hold 2.7
million, all read at once; a file made only of the longest answers would otherwise be read
whole, six times the CPU at the 20 MB limit (``bench/import_write.py``). What is left is
read afterwards, a bounded batch per view of Progress (``change_journal.talk.count_pending``)
or by ``recount-talk``."""


@dataclass(frozen=True)
class ChangeRecord:
    uid: str
    title: str
    why_now: str
    created_at: str
    archived_at: str | None


@dataclass(frozen=True)
class CheckinRecord:
    uid: str
    change_uid: str
    created_at: str
    importance: int
    confidence: int
    readiness: int


@dataclass(frozen=True)
class AnswerRecord:
    """A written answer: to a check-in (``checkin_uid``) or to an exploration prompt (None)."""

    uid: str
    change_uid: str
    checkin_uid: str | None
    prompt_id: str
    question: str
    text: str
    subject: str
    created_at: str


@dataclass(frozen=True)
class PlanRecord:
    uid: str
    change_uid: str
    version: int
    created_at: str
    goal: str
    reasons: str
    steps: str
    helpers: str
    signs: str
    obstacles: str


@dataclass(frozen=True)
class CustomValueRecord:
    uid: str
    name: str
    description: str
    created_at: str


@dataclass(frozen=True)
class CardRecord:
    value_name: str
    pile: str
    top_rank: int | None


@dataclass(frozen=True)
class ValueSortRecord:
    uid: str
    started_at: str
    completed_at: str | None
    cards: tuple[CardRecord, ...]


@dataclass(frozen=True)
class CorrectionRecord:
    """A label the person set on one of their sentences about a change (see ``store.talk``)."""

    change_uid: str
    sentence: str
    side: str
    kind: str | None
    created_at: str


@dataclass(frozen=True)
class Journal:
    """Everything one person wrote, in a stable order (oldest first)."""

    changes: tuple[ChangeRecord, ...] = ()
    checkins: tuple[CheckinRecord, ...] = ()
    answers: tuple[AnswerRecord, ...] = ()
    plans: tuple[PlanRecord, ...] = ()
    custom_values: tuple[CustomValueRecord, ...] = ()
    value_sorts: tuple[ValueSortRecord, ...] = ()
    talk_corrections: tuple[CorrectionRecord, ...] = ()
    exported_by: str = ""
    """The username of the account an imported file was exported from ("" when unknown)."""

    def size(self) -> int:
        """How many records (cards count with their sort)."""
        return sum(len(getattr(self, f.name)) for f in fields(self) if f.name != "exported_by")


@dataclass
class Counts:
    """How many records of each kind an import added, and how many were already there."""

    added: dict[str, int] = field(default_factory=dict)
    already_there: dict[str, int] = field(default_factory=dict)
    read_later: int = 0
    """New answers written unread for change talk (beyond :data:`IMPORT_READ_CHARS`)."""

    def count(self, kind: str, added: bool) -> None:
        target = self.added if added else self.already_there
        target[kind] = target.get(kind, 0) + 1


def read_journal(db: Database, user_id: int) -> Journal:
    """Every change, check-in, answer, plan version, custom value, values sort and label on a
    sentence of the person."""
    changes = [ChangeRecord(*row) for row in db.execute(
        "SELECT uid, title, why_now, created_at, archived_at FROM changes"
        " WHERE user_id = ? ORDER BY created_at, id", [user_id])]
    checkins = [CheckinRecord(*row) for row in db.execute(
        "SELECT k.uid, c.uid, k.created_at, k.importance, k.confidence, k.readiness"
        " FROM checkins k JOIN changes c ON c.id = k.change_id"
        " WHERE k.user_id = ? ORDER BY k.created_at, k.id", [user_id])]
    answers = [AnswerRecord(*row) for row in db.execute(
        "SELECT a.uid, c.uid, k.uid, a.prompt_id, a.question, a.text, a.subject, a.created_at"
        " FROM answers a JOIN changes c ON c.id = a.change_id"
        " LEFT JOIN checkins k ON k.id = a.checkin_id"
        " WHERE a.user_id = ? ORDER BY a.created_at, a.id", [user_id])]
    plans = [PlanRecord(*row) for row in db.execute(
        "SELECT p.uid, c.uid, p.version, p.created_at, p.goal, p.reasons, p.steps, p.helpers,"
        " p.signs, p.obstacles FROM plans p JOIN changes c ON c.id = p.change_id"
        " WHERE p.user_id = ? ORDER BY p.created_at, p.version, p.id", [user_id])]
    custom_values = [CustomValueRecord(*row) for row in db.execute(
        "SELECT uid, name, description, created_at FROM custom_values"
        " WHERE user_id = ? ORDER BY created_at, id", [user_id])]
    cards: dict[int, list[CardRecord]] = {}
    for sort_id, *card in db.execute(
        "SELECT sort_id, value_name, pile, top_rank FROM value_sort_cards WHERE user_id = ?"
        " ORDER BY sort_id, top_rank IS NULL, top_rank,"
        " CASE pile WHEN 'very' THEN 0 WHEN 'important' THEN 1 ELSE 2 END, value_name",
        [user_id],
    ):
        cards.setdefault(sort_id, []).append(CardRecord(*card))
    sorts = [ValueSortRecord(uid, started, completed, tuple(cards.get(sort_id, ())))
             for sort_id, uid, started, completed in db.execute(
                 "SELECT id, uid, started_at, completed_at FROM value_sorts"
                 " WHERE user_id = ? ORDER BY started_at, id", [user_id])]
    corrections = [CorrectionRecord(*row) for row in db.execute(
        "SELECT c.uid, t.sentence, t.side, t.kind, t.created_at FROM talk_corrections t"
        " JOIN changes c ON c.id = t.change_id WHERE t.user_id = ? ORDER BY t.created_at, t.id",
        [user_id])]
    return Journal(tuple(changes), tuple(checkins), tuple(answers), tuple(plans),
                   tuple(custom_values), tuple(sorts), tuple(corrections))


class UidsTaken(Exception):
    """Records of the file whose ``uid`` the person already has on another change: ``clashes``
    holds ``(table, uid)`` of each, in the file's order. Nothing is written."""

    def __init__(self, clashes: list[tuple[str, str]]):
        super().__init__(f"{len(clashes)} ids already used on another change")
        self.clashes = clashes


def _owned(db: Database, user_id: int) -> dict[str, dict[str, tuple[int, int]]]:
    """``{table: {uid: (id, change_id)}}`` of the person's check-ins, answers and plans."""
    return {table: {uid: (row_id, change_id) for uid, row_id, change_id in db.execute(
        f"SELECT uid, id, change_id FROM {table} WHERE user_id = ?", [user_id])}
        for table in ("checkins", "answers", "plans")}


def _clashes(journal: Journal, owned: dict[str, dict[str, tuple[int, int]]],
             change_ids: dict[str, int]) -> list[tuple[str, str]]:
    """``(table, uid)`` of the file's check-ins, answers and plans whose uid the person has on
    another change (or on one the file adds): taken as "already there", they would be lost, and
    answers would join another change's check-in."""
    return [(table, r.uid) for table, records in (("checkins", journal.checkins),
                                                  ("answers", journal.answers),
                                                  ("plans", journal.plans))
            for r in records if r.uid in owned[table]
            and owned[table][r.uid][1] != change_ids.get(r.change_uid)]


def write_journal(db: Database, user_id: int, journal: Journal,
                  on_record: Callable[[], None] | None = None,
                  before_commit: Callable[[Counts], None] | None = None) -> Counts:
    """Add the records of ``journal`` that the person does not have yet, in one transaction.

    A record is already there when the person has a row with the same ``uid`` (or, for a
    custom value, the same name; for a label, one on the same sentence of that change); a
    check-in, answer or plan whose uid the person has on another change raises
    :class:`UidsTaken`. A plan version number already taken on that change moves to the next
    free number. New answers are
    read for change talk (with the file's labels) before the transaction (:func:`_read_ahead`),
    up to :data:`IMPORT_READ_CHARS` (:func:`_read_now`), so the write lock is held only to
    write (and for ``before_commit``); answers already there that hold a newly labelled
    sentence are read again inside it. ``on_record`` is called once per record, for a progress
    bar; ``before_commit`` with the counts once everything is written, inside the transaction,
    which an exception it raises undoes.
    """
    counts = Counts()
    tick = on_record or (lambda: None)
    ahead = _read_ahead(db, user_id, journal)
    with transaction(db):
        change_ids = uid_map(db, user_id, "changes")
        owned = _owned(db, user_id)
        if clashes := _clashes(journal, owned, change_ids):
            raise UidsTaken(clashes)
        for change in journal.changes:
            if change.uid not in change_ids:
                change_ids[change.uid] = db.execute(
                    "INSERT INTO changes (user_id, uid, title, why_now, created_at, archived_at)"
                    " VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                    [user_id, change.uid, change.title, change.why_now, change.created_at,
                     change.archived_at]).fetchone()[0]
                counts.count("changes", True)
            else:
                counts.count("changes", False)
            tick()
        checkin_ids = {uid: row_id for uid, (row_id, _) in owned["checkins"].items()}
        for checkin in journal.checkins:
            added = checkin.uid not in checkin_ids
            if added:
                checkin_ids[checkin.uid] = db.execute(
                    "INSERT INTO checkins (user_id, uid, change_id, created_at, importance,"
                    " confidence, readiness) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    [user_id, checkin.uid, change_ids[checkin.change_uid], checkin.created_at,
                     checkin.importance, checkin.confidence, checkin.readiness]).fetchone()[0]
            counts.count("checkins", added)
            tick()
        # Labels first, so the answers are read with them (and answers already there that
        # hold a newly labelled sentence are read again); counted in the file's order below.
        labels_added = []
        for fix in journal.talk_corrections:
            change_id = change_ids[fix.change_uid]
            added = db.execute(
                "INSERT INTO talk_corrections (user_id, change_id, sentence, side, kind, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, change_id, sentence) DO NOTHING",
                [user_id, change_id, fix.sentence, fix.side, fix.kind, fix.created_at],
            ).rowcount == 1
            if added:
                talk_store.mark_for_recount(db, user_id, change_id, [fix.sentence])
            labels_added.append(added)
        known_answers = owned["answers"]
        added_answers = [a for a in journal.answers if a.uid not in known_answers]
        readings = _settle(db, user_id, journal, added_answers, change_ids, ahead)
        version = talk_store.READING_COLUMNS.index("talk_version")
        counts.read_later = sum(reading[version] is None for reading in readings.values())
        dialect_of(db).executemany(
            db,
            talk_store.insert_sql(["user_id", "uid", "change_id", "checkin_id", "prompt_id",
                                   "question", "text", "subject", "created_at"]),
            [(user_id, a.uid, change_ids[a.change_uid],
              checkin_ids[a.checkin_uid] if a.checkin_uid else None,
              a.prompt_id, a.question, a.text, a.subject, a.created_at, *readings[a.uid])
             for a in added_answers])
        for answer in journal.answers:
            counts.count("answers", answer.uid not in known_answers)
            tick()
        known_plans = owned["plans"]
        for plan in journal.plans:
            added = plan.uid not in known_plans
            if added:
                _insert_plan(db, user_id, change_ids[plan.change_uid], plan)
            counts.count("plans", added)
            tick()
        known_values = uid_map(db, user_id, "custom_values")
        for value in journal.custom_values:
            added = False
            if value.uid not in known_values:
                added = db.execute(
                    "INSERT INTO custom_values (user_id, uid, name, description, created_at)"
                    " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    [user_id, value.uid, value.name, value.description, value.created_at],
                ).rowcount == 1
            counts.count("custom_values", added)
            tick()
        known_sorts = uid_map(db, user_id, "value_sorts")
        for sort in journal.value_sorts:
            added = sort.uid not in known_sorts
            if added:
                sort_id = db.execute(
                    "INSERT INTO value_sorts (user_id, uid, started_at, completed_at)"
                    " VALUES (?, ?, ?, ?) RETURNING id",
                    [user_id, sort.uid, sort.started_at, sort.completed_at]).fetchone()[0]
                dialect_of(db).executemany(
                    db,
                    "INSERT INTO value_sort_cards (sort_id, user_id, value_name, pile, top_rank)"
                    " VALUES (?, ?, ?, ?, ?)",
                    [(sort_id, user_id, c.value_name, c.pile, c.top_rank) for c in sort.cards])
            counts.count("value_sorts", added)
            tick()
        for added in labels_added:
            counts.count("talk_corrections", added)
            tick()
        if before_commit is not None:
            before_commit(counts)
    return counts


@dataclass(frozen=True)
class _Ahead:
    """The new answers of one change in a file, read before the import's transaction."""

    uids: tuple[str, ...]
    read: talk_store.ReadAhead


def _by_change(journal: Journal, answers: Sequence[AnswerRecord]
               ) -> dict[str, tuple[list[AnswerRecord], list[talk_store.ToRead]]]:
    """``answers`` by change uid, each with what the recogniser reads of them."""
    ratings = {c.uid: {"importance": c.importance, "confidence": c.confidence,
                       "readiness": c.readiness} for c in journal.checkins}
    found: dict[str, tuple[list[AnswerRecord], list[talk_store.ToRead]]] = {}
    for a in answers:
        records, to_read = found.setdefault(a.change_uid, ([], []))
        records.append(a)
        to_read.append((a.prompt_id, a.question, a.text, ratings.get(a.checkin_uid or "")))
    return found


def _read_now(answers: Sequence[AnswerRecord]) -> list[AnswerRecord]:
    """The new answers an import reads for change talk as it writes them: the newest, up to
    :data:`IMPORT_READ_CHARS` of their text in all (in the file's order). The others are only
    skimmed (:func:`talk_store.skim`) and read later, a bounded batch at a time."""
    chosen, used = set(), 0
    # Newest first; of answers written together (one check-in's), the later in the file first.
    for _n, answer in sorted(enumerate(answers), key=lambda na: (na[1].created_at, na[0]),
                             reverse=True):
        used += len(answer.text)
        if used > IMPORT_READ_CHARS:
            break
        chosen.add(answer.uid)
    return [a for a in answers if a.uid in chosen]


def _read_ahead(db: Database, user_id: int, journal: Journal) -> dict[str, _Ahead]:
    """The answers of ``journal`` the person does not have yet, read for change talk with no
    transaction open, by change uid: each change in the context the import will leave it in
    (its title, its labels and the file's new ones after them)."""
    change_ids = uid_map(db, user_id, "changes")
    known = uid_map(db, user_id, "answers")
    titles = {c.uid: c.title for c in journal.changes}
    file_labels: dict[str, list[talk_store.Label]] = {}
    for fix in journal.talk_corrections:
        file_labels.setdefault(fix.change_uid, []).append((fix.sentence, fix.side, fix.kind))
    new = [a for a in journal.answers if a.uid not in known]
    ahead = {}
    for change_uid, (added, to_read) in _by_change(journal, _read_now(new)).items():
        change_id = change_ids.get(change_uid)
        found = (talk_store.context(db, user_id, change_id) if change_id is not None
                 else talk_store.Context(titles.get(change_uid), ()))
        labels = list(found.labels)
        for label in file_labels.get(change_uid, ()):
            if all(label[0] != sentence for sentence, _side, _kind in labels):
                labels.append(label)
        expected = talk_store.Context(found.title, tuple(labels))
        ahead[change_uid] = _Ahead(tuple(a.uid for a in added), talk_store.ReadAhead(
            expected, talk_store.read_with(expected, to_read)))
    return ahead


def _settle(db: Database, user_id: int, journal: Journal, added: Sequence[AnswerRecord],
            change_ids: dict[str, int], ahead: dict[str, _Ahead]) -> dict[str, talk_store.Reading]:
    """Inside the import's transaction: the reading of each answer being added, by uid. The
    answers :func:`_read_ahead` read keep that reading where they are still the same answers in
    the same context (else they are read again now); every other answer is only skimmed, so the
    write lock never waits for more reading than the budget allows."""
    chosen = {uid for before in ahead.values() for uid in before.uids}
    now = [a for a in added if a.uid in chosen]
    later = [a for a in added if a.uid not in chosen]
    readings: dict[str, talk_store.Reading] = {}
    for answers, to_read in _by_change(journal, later).values():
        readings.update(zip((a.uid for a in answers), talk_store.skim(to_read), strict=True))
    for change_uid, (answers, to_read) in _by_change(journal, now).items():
        before = ahead.get(change_uid)
        if before is not None and before.uids == tuple(a.uid for a in answers):
            found = talk_store.settle(db, user_id, change_ids[change_uid], before.read, to_read)
        else:
            found = talk_store.read(db, user_id, change_ids[change_uid], to_read)
        readings.update(zip((a.uid for a in answers), found, strict=True))
    return readings


def uid_map(db: Database, user_id: int, table: str) -> dict[str, int]:
    """``{uid: id}`` of the person's rows in one of the tables that carry a ``uid``."""
    return dict(db.execute(f"SELECT uid, id FROM {table} WHERE user_id = ?", [user_id]))


def _insert_plan(db: Database, user_id: int, change_id: int, plan: PlanRecord) -> None:
    taken = db.execute(
        "SELECT 1 FROM plans WHERE user_id = ? AND change_id = ? AND version = ?",
        [user_id, change_id, plan.version],
    ).fetchone()
    version = plan.version
    if taken:
        version = db.execute(
            "SELECT MAX(version) + 1 FROM plans WHERE user_id = ? AND change_id = ?",
            [user_id, change_id],
        ).fetchone()[0]
    db.execute(
        "INSERT INTO plans (user_id, uid, change_id, version, created_at, goal, reasons, steps,"
        " helpers, signs, obstacles) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [user_id, plan.uid, change_id, version, plan.created_at, plan.goal, plan.reasons,
         plan.steps, plan.helpers, plan.signs, plan.obstacles],
    )
