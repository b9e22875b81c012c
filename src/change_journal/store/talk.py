"""Change-talk counts stored beside each written answer, and the labels a person set on their
own sentences (see change_journal.talk)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database

from change_journal.store.changes import require_own_change
from change_journal.store.connection import now_utc, transaction
from change_journal.store.dialect import of as dialect_of


def uncounted_answers(db: Database, user_id: int, change_id: int, since_at: str | None,
                      version: int, limit: int) -> list[tuple[int, str, str]]:
    """Up to ``limit`` of the person's answers on one change not yet counted by ``version``:
    ``(answer_id, question, text)``, newest first."""
    return db.execute(
        "SELECT id, question, text FROM answers WHERE user_id = ? AND change_id = ?"
        " AND created_at >= ? AND talk_version IS DISTINCT FROM ? ORDER BY created_at DESC LIMIT ?",
        [user_id, change_id, since_at or "", version, limit],
    ).fetchall()


def count_uncounted(db: Database, user_id: int, change_id: int, since_at: str | None,
                    version: int) -> int:
    """How many of the person's answers on one change still wait to be counted."""
    return db.execute(
        "SELECT COUNT(*) FROM answers WHERE user_id = ? AND change_id = ? AND created_at >= ?"
        " AND talk_version IS DISTINCT FROM ?",
        [user_id, change_id, since_at or "", version],
    ).fetchone()[0]


def save_counts(db: Database, user_id: int, counts: Sequence[tuple[int, int, int]],
                version: int) -> None:
    """Store ``(answer_id, change_sentences, sustain_sentences)`` for the person's answers."""
    with transaction(db):
        dialect_of(db).executemany(
            db,
            "UPDATE answers SET talk_change = ?, talk_sustain = ?, talk_version = ?"
            " WHERE id = ? AND user_id = ?",
            [(change, sustain, version, answer_id, user_id) for answer_id, change, sustain in counts],
        )


def daily_counts(db: Database, user_id: int, change_id: int, since_at: str | None,
                 version: int, utc_offset_minutes: int = 0) -> list[tuple[str, int, int]]:
    """``(day, change sentences, sustain sentences)`` per day with counted answers, days being
    those of a clock ``utc_offset_minutes`` ahead of UTC."""
    return db.execute(
        f"SELECT {dialect_of(db).local_day('created_at')} AS day, SUM(talk_change), SUM(talk_sustain)"
        " FROM answers WHERE user_id = ? AND change_id = ? AND created_at >= ?"
        " AND talk_version = ? GROUP BY day ORDER BY day",
        [utc_offset_minutes, user_id, change_id, since_at or "", version],
    ).fetchall()


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
    mark the answers holding those sentences for recounting, in one transaction.

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
    """Forget the person's labels on ``sentences``; return how many were there."""
    with transaction(db):
        deleted = 0
        for sentence in sentences:
            deleted += db.execute(
                "DELETE FROM talk_corrections WHERE user_id = ? AND change_id = ? AND sentence = ?",
                [user_id, change_id, sentence],
            ).rowcount
        mark_for_recount(db, user_id, change_id, sentences)
    return deleted


def delete_correction(db: Database, user_id: int, change_id: int, text: str) -> bool:
    """Forget the person's label on one sentence (``text``); False if there was none."""
    return delete_corrections(db, user_id, change_id, [text]) == 1


def mark_for_recount(db: Database, user_id: int, change_id: int, sentences: Sequence[str]) -> None:
    """Forget the stored counts of the person's answers that hold any of ``sentences``."""
    dialect_of(db).executemany(
        db,
        "UPDATE answers SET talk_version = NULL WHERE user_id = ? AND change_id = ?"
        f" AND {dialect_of(db).contains('text')}",
        [(user_id, change_id, sentence) for sentence in sentences],
    )
