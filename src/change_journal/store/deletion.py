"""Deleting for good: one answer, one check-in, one change, or a whole account.

These are real ``DELETE`` statements, scoped to the acting user. Everything that hangs off a
deleted row goes with it through the schema's ``ON DELETE CASCADE`` (answers of a check-in;
check-ins, answers, plans, drafts, coach grants and share links of a change; every row of an
account, including grants and notes on either side), so a coach's access to deleted data ends
with the same transaction. A coach's account leaves, for each person who still shared with it, a
notice of its leaving (:data:`.sharing.KEEP_DEPARTURES`), which is that person's row.

On SQLite, ``secure_delete`` overwrites the freed space, and a WAL checkpoint afterwards moves
that into the main file, so deleted words do not linger in the database. PostgreSQL keeps a
deleted row's bytes on disk until ``VACUUM`` reclaims them (see :mod:`.dialect`); no query can
reach them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from change_journal.store.connection import StoreError, now_utc, transaction
from change_journal.store.dialect import SQLITE
from change_journal.store.dialect import of as dialect_of
from change_journal.store.sharing import KEEP_DEPARTURES, close_ran_out_grants


@dataclass(frozen=True)
class AnswerEntry:
    """One written answer, as listed for the person to pick from."""

    id: int
    checkin_id: int | None
    """The check-in it belongs to; None for an answer to an exploration prompt."""
    created_at: str
    question: str
    text: str


def list_answers(db: Database, user_id: int, change_id: int) -> list[AnswerEntry]:
    """Every written answer of one of the person's changes, newest first."""
    rows = db.execute(
        "SELECT id, checkin_id, created_at, question, text FROM answers"
        " WHERE user_id = ? AND change_id = ? ORDER BY created_at DESC, id DESC",
        [user_id, change_id],
    ).fetchall()
    return [AnswerEntry(*row) for row in rows]


def delete_answer(db: Database, user_id: int, answer_id: int) -> bool:
    """Delete one of the person's answers; False if there is no such answer of theirs."""
    return _delete(db, "DELETE FROM answers WHERE id = ? AND user_id = ?", [answer_id, user_id])


def delete_checkin(db: Database, user_id: int, checkin_id: int) -> bool:
    """Delete one of the person's check-ins with its answers; False if it is not theirs."""
    return _delete(db, "DELETE FROM checkins WHERE id = ? AND user_id = ?", [checkin_id, user_id])


def delete_change(db: Database, user_id: int, change_id: int) -> bool:
    """Delete one of the person's changes and everything about it; False if it is not theirs.
    Shares that ran out are closed first, so the coach's notes go with the last open one."""
    close_ran_out_grants(db, user_id)
    return _delete(db, "DELETE FROM changes WHERE id = ? AND user_id = ?", [change_id, user_id])


def delete_account(db: Database, user_id: int, retire: Iterable[str] = (),
                   now: str | None = None) -> bool:
    """Delete the acting user's account and every row that belongs to it. In the same
    transaction: first keep, for each person who still shares with it (if it is a coach's),
    that the coach left (:data:`.sharing.KEEP_DEPARTURES`); then keep the digests ``retire`` of
    its name so that no new account takes it (see ``migrations.m016_retired_coach_names``)."""
    stamp = now or now_utc()
    return _delete(db, "DELETE FROM users WHERE id = ?", [user_id],
                   first=[(KEEP_DEPARTURES, {"coach": user_id, "now": stamp})],
                   also=[("INSERT INTO retired_names (name_hash, retired_at) VALUES (?, ?)"
                          " ON CONFLICT (name_hash) DO NOTHING", [digest, stamp])
                         for digest in dict.fromkeys(retire)])


def _delete(db: Database, sql: str, params: list,
            first: Sequence[tuple[str, list | dict]] = (),
            also: Sequence[tuple[str, list | dict]] = ()) -> bool:
    """Run ``sql`` in one transaction with ``first`` before it and, if it deleted its row,
    ``also`` after it."""
    dialect = dialect_of(db)
    if dialect is SQLITE and not db.execute("PRAGMA foreign_keys").fetchone()[0]:
        raise StoreError("Deleting needs foreign keys on (open the database with open_db).")
    dialect.erase_freed_space(db)
    with transaction(db):
        for statement, values in first:
            db.execute(statement, values)
        deleted = db.execute(sql, params).rowcount == 1
        if deleted:
            for statement, values in also:
                db.execute(statement, values)
    dialect.after_delete(db)
    return deleted
