"""Single entries a person can pick and delete for good: a check-in (with its answers) or one
written answer. Whole changes are deleted through :mod:`change_journal.changes`, the account
through :func:`change_journal.accounts.delete_account`."""

from __future__ import annotations

from typing import Literal

from sqlite_utils import Database

from change_journal.store import checkins, deletion
from change_journal.store.checkins import CheckinRow
from change_journal.store.deletion import AnswerEntry

Kind = Literal["check-in", "answer"]

__all__ = ["AnswerEntry", "CheckinRow", "answers_of", "checkins_of", "delete"]


def checkins_of(db: Database, user_id: int, change_id: int) -> list[CheckinRow]:
    """The person's check-ins on one of their changes, oldest first."""
    return checkins.list_checkins(db, user_id, change_id)


def answers_of(db: Database, user_id: int, change_id: int) -> list[AnswerEntry]:
    """Every written answer on one of the person's changes, newest first."""
    return deletion.list_answers(db, user_id, change_id)


def delete(db: Database, user_id: int, kind: Kind, item_id: int) -> bool:
    """Delete one of the person's check-ins or answers for good; False if it is not theirs."""
    remove = deletion.delete_checkin if kind == "check-in" else deletion.delete_answer
    return remove(db, user_id, item_id)
