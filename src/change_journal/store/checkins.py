"""Check-ins: the three ruler ratings and the written answers that go with them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from change_journal.store import drafts
from change_journal.store import talk as talk_store
from change_journal.store.changes import require_own_change
from change_journal.store.connection import now_utc, transaction
from change_journal.store.dialect import of as dialect_of

RULER_COLUMNS = ("importance", "confidence", "readiness")


class AlreadySaved(Exception):
    """A check-in with this ``uid`` is saved already: its draft saved a second time (a double
    click, another window). Nothing was written, and the stored draft with that uid is gone."""


@dataclass(frozen=True)
class AnswerIn:
    """A written answer to save: which prompt, the exact question shown, the person's text."""

    prompt_id: str
    question: str
    text: str


@dataclass(frozen=True)
class CheckinRow:
    id: int
    created_at: str
    importance: int
    confidence: int
    readiness: int


def save_checkin(db: Database, user_id: int, change_id: int, ratings: dict[str, int],
                 answers: Sequence[AnswerIn], *, created_at: str | None = None,
                 clear_draft: str | None = None, uid: str | None = None) -> int:
    """Save one check-in and its answers in a single transaction, the answers read for change
    talk just before it (see ``store.talk``); return its id.

    ``clear_draft`` names the draft form to delete in the same transaction, if it is this
    check-in's (its ``uid``; another window's newer draft stays), so a saved check-in never
    leaves its draft behind. ``uid``, the draft's own, saves it once: when a check-in has it
    already, nothing is written, the stored draft with that uid goes and :class:`AlreadySaved`
    is raised (without a uid, one is made).
    """
    stamp = created_at or now_utc()
    to_read = [(a.prompt_id, a.question, a.text, ratings) for a in answers]
    ahead = talk_store.read_ahead(db, user_id, change_id, to_read)
    with transaction(db):  # the write lock is taken first: no other save comes between
        require_own_change(db, user_id, change_id)
        taken = bool(uid) and checkin_of_uid(db, user_id, uid) is not None
        if not taken:
            checkin_id = _insert(db, user_id, change_id, ratings, answers, stamp, uid, ahead,
                                 to_read)
        if clear_draft:
            drafts.delete_draft(db, user_id, clear_draft, change_id, uid=uid)
    if taken:
        raise AlreadySaved(uid)
    return checkin_id


def _insert(db: Database, user_id: int, change_id: int, ratings: dict[str, int],
            answers: Sequence[AnswerIn], stamp: str, uid: str | None, ahead,
            to_read: list) -> int:
    """Write one check-in and its answers (inside :func:`save_checkin`'s transaction)."""
    columns = ["user_id", "change_id", "created_at", *RULER_COLUMNS, *(["uid"] if uid else [])]
    (checkin_id,) = db.execute(
        f"INSERT INTO checkins ({', '.join(columns)})"
        f" VALUES ({', '.join('?' * len(columns))}) RETURNING id",
        [user_id, change_id, stamp, *(ratings[c] for c in RULER_COLUMNS), *([uid] if uid else [])],
    ).fetchone()
    readings = talk_store.settle(db, user_id, change_id, ahead, to_read)
    dialect_of(db).executemany(
        db,
        talk_store.insert_sql(["user_id", "change_id", "checkin_id", "prompt_id", "question",
                               "text", "created_at"]),
        [(user_id, change_id, checkin_id, a.prompt_id, a.question, a.text, stamp, *reading)
         for a, reading in zip(answers, readings, strict=True)],
    )
    return checkin_id


def checkin_of_uid(db: Database, user_id: int, uid: str) -> int | None:
    """The id of the person's check-in with this ``uid`` (unique per person), or None."""
    row = db.execute("SELECT id FROM checkins WHERE user_id = ? AND uid = ?",
                     [user_id, uid]).fetchone()
    return row[0] if row else None


def list_checkins(db: Database, user_id: int, change_id: int,
                  since: str | None = None) -> list[CheckinRow]:
    """The person's check-ins for one change, oldest first, optionally from ``since`` on."""
    rows = db.execute(
        "SELECT id, created_at, importance, confidence, readiness FROM checkins"
        " WHERE user_id = ? AND change_id = ? AND created_at >= ? ORDER BY created_at, id",
        [user_id, change_id, since or ""],
    ).fetchall()
    return [CheckinRow(*row) for row in rows]


def checkin_answers(db: Database, user_id: int, change_id: int,
                    since: str | None = None) -> list[tuple[int, str, str, str]]:
    """``(checkin_id, prompt_id, question, text)`` for the check-ins of one change since ``since``."""
    return db.execute(
        "SELECT checkin_id, prompt_id, question, text FROM answers"
        " WHERE user_id = ? AND change_id = ? AND checkin_id IS NOT NULL AND created_at >= ?"
        " ORDER BY id",
        [user_id, change_id, since or ""],
    ).fetchall()


def latest_checkin(db: Database, user_id: int, change_id: int) -> CheckinRow | None:
    """The person's most recent check-in on one change, if any."""
    row = db.execute(
        "SELECT id, created_at, importance, confidence, readiness FROM checkins"
        " WHERE user_id = ? AND change_id = ? ORDER BY created_at DESC, id DESC LIMIT 1",
        [user_id, change_id],
    ).fetchone()
    return CheckinRow(*row) if row else None


def checkins_by_id(db: Database, user_id: int, checkin_ids: Sequence[int]) -> list[CheckinRow]:
    """The person's own check-ins among ``checkin_ids`` (anyone else's are left out), oldest
    first."""
    found: list[CheckinRow] = []
    for start in range(0, len(checkin_ids), 500):
        chunk = list(checkin_ids[start:start + 500])
        found += [CheckinRow(*row) for row in db.execute(
            "SELECT id, created_at, importance, confidence, readiness FROM checkins"
            f" WHERE id IN ({', '.join('?' * len(chunk))}) AND user_id = ?",
            [*chunk, user_id],
        ).fetchall()]
    return sorted(found, key=lambda r: (r.created_at, r.id))


def answers_for_checkins(db: Database, user_id: int,
                         checkin_ids: Sequence[int]) -> list[tuple[int, str, str, str]]:
    """``(checkin_id, prompt_id, question, text)`` for the person's own listed check-ins.

    ``+user_id`` keeps SQLite on the check-in index: the user filter then checks each row
    found instead of steering the search through every answer the person ever wrote.
    """
    found: list[tuple[int, str, str, str]] = []
    for start in range(0, len(checkin_ids), 500):
        chunk = list(checkin_ids[start:start + 500])
        marks = ", ".join("?" * len(chunk))
        found += db.execute(
            "SELECT checkin_id, prompt_id, question, text FROM answers"
            f" WHERE checkin_id IN ({marks}) AND +user_id = ? ORDER BY id",
            [*chunk, user_id],
        ).fetchall()
    return found


def checkin_stats(db: Database, user_id: int, change_id: int) -> tuple[int, str | None, str | None]:
    """``(count, first_at, last_at)`` of the person's check-ins on one change."""
    row = db.execute(
        "SELECT COUNT(*), MIN(created_at), MAX(created_at) FROM checkins"
        " WHERE user_id = ? AND change_id = ?",
        [user_id, change_id],
    ).fetchone()
    return row[0], row[1], row[2]
