"""Answers to exploration prompts (values, both sides, in your own words): not part of a check-in.

They share the ``answers`` table with check-in answers but have ``checkin_id`` NULL; ``subject``
says what a prompt was about when it is not the change itself (for example a value's name).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from change_journal.store import drafts
from change_journal.store import talk as talk_store
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
    """Save answers about one change in a single transaction, read for change talk just before
    it (see ``store.talk``); return how many were saved.

    ``clear_draft`` names the draft form deleted in the same transaction. Raises
    :class:`NotYours` when the change is not the acting user's.
    """
    stamp = created_at or now_utc()
    to_read = [(a.prompt_id, a.question, a.text, None) for a in answers]
    ahead = talk_store.read_ahead(db, user_id, change_id, to_read)
    with transaction(db):
        require_own_change(db, user_id, change_id)
        readings = talk_store.settle(db, user_id, change_id, ahead, to_read)
        dialect_of(db).executemany(
            db,
            talk_store.insert_sql(["user_id", "change_id", "checkin_id", "prompt_id", "question",
                                   "subject", "text", "created_at"]),
            [(user_id, change_id, None, a.prompt_id, a.question, subject, a.text, stamp, *reading)
             for a, reading in zip(answers, readings, strict=True)],
        )
        if clear_draft:
            drafts.delete_draft(db, user_id, clear_draft, change_id)
    return len(answers)


def list_answers(db: Database, user_id: int, change_id: int, *,
                 prompt_ids: Iterable[str] | None = None,
                 subject: str | None = None) -> list[AnswerRow]:
    """The person's exploration answers about one change, oldest first.

    ``prompt_ids`` keeps only answers to those prompts, found through the prompts' index
    (named: walking the change's answers by date reads every check-in answer too); ``subject``
    only answers about it.
    """
    hint = dialect_of(db).indexed_by("answers_by_quote") if prompt_ids else ""
    sql = (f"SELECT {_COLUMNS} FROM answers{hint}"
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


# ------------------------------------------------------------------------------ quotes

@dataclass(frozen=True)
class QuoteRow:
    """The latest answer of one wording (answers with the same ``quote_key``), with how often
    and how strongly it was written, and the ratings of its check-in (None outside one)."""

    id: int
    prompt_id: str
    question: str
    text: str
    created_at: str
    times: int
    strength: int
    ratings: dict[str, int] | None
    version: int | None
    """The recogniser version that read it, and the marks it kept on the quote (JSON)."""
    marks: str | None


def cross_prompt_wordings(db: Database, user_id: int, change_id: int,
                          prompt_ids: Sequence[str]) -> list[tuple[str, str, int]]:
    """``(quote_key, prompt_id, times)`` of the person's wordings on one change written to more
    than one of ``prompt_ids`` (or at two strengths): how often each was written to each."""
    if not prompt_ids:
        return []
    marks = ", ".join("?" * len(prompt_ids))
    return [tuple(row) for row in db.execute(
        "SELECT quote_key, prompt_id, SUM(times) FROM answer_wordings"
        f" WHERE user_id = ? AND change_id = ? AND shared = 1 AND prompt_id IN ({marks})"
        " GROUP BY quote_key, prompt_id ORDER BY quote_key, prompt_id",
        [user_id, change_id, *prompt_ids],
    ).fetchall()]


def top_quotes(db: Database, user_id: int, change_id: int, prompt_ids: Sequence[str],
               limit: int, leave_out: Sequence[str] = ()) -> tuple[list[QuoteRow], int]:
    """The person's answers to ``prompt_ids`` on one change, one per wording (the latest),
    strongest then latest first, at most ``limit``; and how many wordings there are in all.
    ``leave_out``: quote keys of wordings written to these prompts and others, shown with the
    others (see :func:`cross_prompt_wordings`), neither returned nor counted.

    Read from the wordings kept as answers are written (``migrations.m012_answer_wordings_kept``):
    each prompt's first ``limit`` wordings of a single row, through their index, and every row of
    the wordings with several (answered to two prompts, or at two strengths), merged in SQL; then
    only the answers returned. The cost follows ``limit`` and those shared wordings, not the
    history; the count is each prompt's kept count, less the shared wordings' extra rows.
    """
    if not prompt_ids:
        return [], 0
    prompts = {f"p{n}": prompt_id for n, prompt_id in enumerate(dict.fromkeys(prompt_ids))}
    listed = ", ".join(f":{name}" for name in prompts)
    own = "user_id = :user AND change_id = :change"
    columns = "quote_key, prompt_id, strength, times, latest_at"
    left = {f"l{n}": key for n, key in enumerate(dict.fromkeys(leave_out))}
    # Such wordings have rows for two prompts, so they are all "shared".
    others = f" AND quote_key NOT IN ({', '.join(f':{n}' for n in left)})" if left else ""
    alone = "".join(
        f"SELECT * FROM (SELECT {columns} FROM answer_wordings WHERE {own} AND prompt_id = :{name}"
        f" AND shared = 0 ORDER BY strength DESC, latest_at DESC LIMIT :limit) {name} UNION ALL "
        for name in prompts)
    rows = db.execute(
        f"WITH w AS ({alone}SELECT {columns} FROM answer_wordings WHERE {own}"
        f" AND prompt_id IN ({listed}) AND shared = 1{others}),"
        " g AS (SELECT quote_key, SUM(times) AS times, MAX(strength) AS strength,"
        " MAX(latest_at) AS at FROM w GROUP BY quote_key),"
        " top AS (SELECT * FROM g ORDER BY strength DESC, at DESC LIMIT :limit)"
        " SELECT a.id, a.prompt_id, a.question, a.text, a.created_at, top.times, top.strength,"
        f" (SELECT SUM(wordings) FROM answer_wording_counts WHERE {own}"
        f" AND prompt_id IN ({listed})) - (SELECT COUNT(*) - COUNT(DISTINCT quote_key)"
        f" FROM answer_wordings WHERE {own} AND prompt_id IN ({listed}) AND shared = 1)"
        f" - {len(left)},"
        " k.importance, k.confidence, k.readiness, a.talk_version, a.talk_marks, top.quote_key"
        " FROM top JOIN w ON w.quote_key = top.quote_key AND w.latest_at = top.at"
        " JOIN answers a ON a.user_id = :user AND a.change_id = :change"
        " AND a.prompt_id = w.prompt_id AND a.quote_key = w.quote_key"
        " AND a.quote_strength = w.strength AND a.created_at = w.latest_at"
        " LEFT JOIN checkins k ON k.id = a.checkin_id AND k.user_id = a.user_id"
        " ORDER BY top.strength DESC, top.at DESC, a.id",
        {"user": user_id, "change": change_id, "limit": limit, **prompts, **left},
    ).fetchall()
    # One row per wording: answers of one wording written at the same moment (to two prompts,
    # or in two spellings) meet the same wording's latest time.
    found: dict[str, QuoteRow] = {}
    wordings = rows[0][7] if rows else 0
    for (answer_id, prompt_id, question, text, at, times, strength, _wordings, importance,
         confidence, readiness, version, marks, key) in rows:
        found.setdefault(key, QuoteRow(
            answer_id, prompt_id, question, text, at, times, strength,
            talk_store.checkin_ratings(importance, confidence, readiness), version, marks))
    return list(found.values()), wordings


@dataclass(frozen=True)
class LatestRow:
    """One of :func:`latest_answers`, with what its reading kept: the recogniser version, the
    marks on its quote (JSON) and the strongest kind of change talk in it."""

    prompt_id: str
    question: str
    text: str
    created_at: str
    version: int | None
    marks: str | None
    lead: str | None


def latest_answers(db: Database, user_id: int, change_id: int, prompt_ids: Sequence[str],
                   limit: int, *, frequent: bool = False) -> list[LatestRow]:
    """The person's ``limit`` latest answers to ``prompt_ids`` on one change, oldest first.
    ``frequent`` prompts (answered at most check-ins) are found walking the change's answers
    back from the newest, so the cost follows ``limit``, not the history; others through the
    prompts' index (named: walking the dates instead reads every answer when a prompt is
    rarely or never answered)."""
    ids = list(prompt_ids)
    if not ids:
        return []
    rows = db.execute(
        "SELECT prompt_id, question, text, created_at, talk_version, talk_marks, talk_lead"
        f" FROM answers{'' if frequent else dialect_of(db).indexed_by('answers_by_quote')}"
        " WHERE user_id = ? AND change_id = ? AND"
        f" {dialect_of(db).unindexed('prompt_id') if frequent else 'prompt_id'}"
        f" IN ({', '.join('?' * len(ids))}) ORDER BY created_at DESC, id DESC LIMIT ?",
        [user_id, change_id, *ids, limit],
    ).fetchall()
    return [LatestRow(*row) for row in rows[::-1]]


def has_unkeyed(db: Database, user_id: int, change_id: int) -> bool:
    """Whether any of the person's answers on one change has no quote key yet (written before
    keys were kept, and not read again since): one probe of a partial index."""
    return db.execute(
        "SELECT EXISTS(SELECT 1 FROM answers"
        f"{dialect_of(db).indexed_by('answers_unkeyed')} WHERE user_id = ?"
        " AND change_id = ? AND quote_key IS NULL)", [user_id, change_id]).fetchone()[0] == 1
