"""Answers to exploration prompts (values, both sides, in your own words): not part of a check-in.

They share the ``answers`` table with check-in answers but have ``checkin_id`` NULL; ``subject``
says what a prompt was about when it is not the change itself (for example a value's name).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from change_journal.store import drafts
from change_journal.store.changes import require_own_change
from change_journal.store.checkins import AnswerIn
from change_journal.store.connection import now_utc, transaction
from change_journal.store.dialect import of as dialect_of


@dataclass(frozen=True)
class AnswerRow:
    id: int
    prompt_id: str
    question: str
    subject: str
    text: str
    created_at: str


_COLUMNS = "id, prompt_id, question, subject, text, created_at"


def save_answers(db: Database, user_id: int, change_id: int, answers: Sequence[AnswerIn], *,
                 subject: str = "", clear_draft: str | None = None,
                 created_at: str | None = None) -> int:
    """Save answers about one change in a single transaction; return how many were saved.

    ``clear_draft`` names the draft form deleted in the same transaction. Raises
    :class:`NotYours` when the change is not the acting user's.
    """
    stamp = created_at or now_utc()
    with transaction(db):
        require_own_change(db, user_id, change_id)
        dialect_of(db).executemany(
            db,
            "INSERT INTO answers (user_id, change_id, checkin_id, prompt_id, question, subject,"
            " text, created_at) VALUES (?, ?, NULL, ?, ?, ?, ?, ?)",
            [(user_id, change_id, a.prompt_id, a.question, subject, a.text, stamp) for a in answers],
        )
        if clear_draft:
            drafts.delete_draft(db, user_id, clear_draft, change_id)
    return len(answers)


def list_answers(db: Database, user_id: int, change_id: int, *,
                 prompt_ids: Iterable[str] | None = None,
                 subject: str | None = None) -> list[AnswerRow]:
    """The person's exploration answers about one change, oldest first.

    ``prompt_ids`` keeps only answers to those prompts; ``subject`` only answers about it.
    """
    sql = (f"SELECT {_COLUMNS} FROM answers"
           " WHERE user_id = ? AND change_id = ? AND checkin_id IS NULL")
    params: list = [user_id, change_id]
    if prompt_ids is not None:
        ids = list(prompt_ids)
        sql += f" AND prompt_id IN ({', '.join('?' * len(ids))})"
        params += ids
    if subject is not None:
        sql += " AND subject = ?"
        params.append(subject)
    rows = db.execute(sql + " ORDER BY created_at, id", params).fetchall()
    return [AnswerRow(*row) for row in rows]


def last_answered(db: Database, user_id: int, change_id: int) -> dict[str, str]:
    """When each exploration prompt was last answered about one change: ``{prompt_id: at}``."""
    rows = db.execute(
        "SELECT prompt_id, MAX(created_at) FROM answers"
        " WHERE user_id = ? AND change_id = ? AND checkin_id IS NULL GROUP BY prompt_id",
        [user_id, change_id],
    ).fetchall()
    return dict(rows)
