"""Change-talk counts stored beside each written answer (see change_journal.talk)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database

from change_journal.store.connection import transaction


def uncounted_answers(db: Database, user_id: int, change_id: int, since_at: str | None,
                      version: int, limit: int) -> list[tuple[int, str, str]]:
    """Up to ``limit`` of the person's answers on one change not yet counted by ``version``:
    ``(answer_id, question, text)``, newest first."""
    return db.execute(
        "SELECT id, question, text FROM answers WHERE user_id = ? AND change_id = ?"
        " AND created_at >= ? AND talk_version IS NOT ? ORDER BY created_at DESC LIMIT ?",
        [user_id, change_id, since_at or "", version, limit],
    ).fetchall()


def count_uncounted(db: Database, user_id: int, change_id: int, since_at: str | None,
                    version: int) -> int:
    """How many of the person's answers on one change still wait to be counted."""
    return db.execute(
        "SELECT COUNT(*) FROM answers WHERE user_id = ? AND change_id = ? AND created_at >= ?"
        " AND talk_version IS NOT ?",
        [user_id, change_id, since_at or "", version],
    ).fetchone()[0]


def save_counts(db: Database, user_id: int, counts: Sequence[tuple[int, int, int]],
                version: int) -> None:
    """Store ``(answer_id, change_sentences, sustain_sentences)`` for the person's answers."""
    with transaction(db):
        db.conn.executemany(
            "UPDATE answers SET talk_change = ?, talk_sustain = ?, talk_version = ?"
            " WHERE id = ? AND user_id = ?",
            [(change, sustain, version, answer_id, user_id) for answer_id, change, sustain in counts],
        )


def daily_counts(db: Database, user_id: int, change_id: int, since_at: str | None,
                 version: int, utc_offset_minutes: int = 0) -> list[tuple[str, int, int]]:
    """``(day, change sentences, sustain sentences)`` per day with counted answers, days being
    those of a clock ``utc_offset_minutes`` ahead of UTC."""
    return db.execute(
        "SELECT date(created_at, ?) AS day, SUM(talk_change), SUM(talk_sustain)"
        " FROM answers WHERE user_id = ? AND change_id = ? AND created_at >= ?"
        " AND talk_version = ? GROUP BY day ORDER BY day",
        [f"{utc_offset_minutes:+d} minutes", user_id, change_id, since_at or "", version],
    ).fetchall()
