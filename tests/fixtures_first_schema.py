"""Journal databases at an old schema, built by code and full of data, for the migration tests.

:func:`build` applies the migrations one at a time up to (not including) ``stop_before``, and
after each one adds rows for what that step brought, using only the columns the schema had
then, as the app of that time wrote them. Stopped before ``m002_mi_exploration`` it is the
first released schema (``m001_core``) with rows in users, changes, checkins, answers and drafts.

A new migration needs a filler here (``FILLERS``); :func:`build` refuses a migration without
one, and the migration tests check that every table holds rows at every stage.

Usage::

    path = build(tmp_path / "old.db", stop_before="m002_mi_exploration")
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from argon2 import PasswordHasher
from sqlite_utils import Database

from change_journal.store.migrations import MIGRATIONS, ORDER

PASSWORD = "an old but long password"
RIVER_CHECKINS = [
    ("2025-01-06T08:00:00.000000+00:00", 4, 2, 3, "Hard to start; «the mornings» are dark."),
    ("2025-01-13T19:30:00.000000+00:00", 6, 3, 4, "Walked twice 🙂 and liked it."),
    ("2025-02-01T07:15:00.000000+00:00", 7, 5, 6, "Three walks\nand one in the rain."),
]
"""River's check-ins on their first change: when, the three ratings and how it is going."""
Tables = dict[str, tuple[list[str], list[tuple]]]
"""``{table: (column names, rows in rowid order)}``."""
Ids = dict[str, int]
"""Ids of the rows added so far, by a name such as ``"river"`` or ``"walk"``."""


def _insert(db: Database, table: str, row: dict) -> int:
    return db[table].insert(row).last_rowid


def fill_core(db: Database, ids: Ids) -> None:
    """Two people and a coach; changes (one archived), check-ins with answers, a loose
    exploration answer, and a draft."""
    hashed = PasswordHasher().hash(PASSWORD)
    for name, role in (("river", "person"), ("sam", "person"), ("cora", "coach")):
        ids[name] = _insert(db, "users", {"username": name.title(), "username_key": name,
                                          "password_hash": hashed, "role": role,
                                          "created_at": "2025-01-01T09:00:00.000000+00:00"})
    ids["walk"] = _insert(db, "changes", {
        "user_id": ids["river"], "title": "Walk most days", "why_now": "My knees — and my mood.",
        "created_at": "2025-01-05T10:00:00.000000+00:00"})
    ids["coffee"] = _insert(db, "changes", {
        "user_id": ids["river"], "title": "Less coffee", "why_now": "",
        "created_at": "2025-01-05T10:05:00.000000+00:00",
        "archived_at": "2025-03-01T10:00:00.000000+00:00"})
    ids["sleep"] = _insert(db, "changes", {
        "user_id": ids["sam"], "title": "Sleep before midnight", "why_now": "<b>tired</b>",
        "created_at": "2025-01-07T22:00:00.000000+00:00"})
    for at, importance, confidence, readiness, how_going in RIVER_CHECKINS:
        checkin_id = _insert(db, "checkins", {
            "user_id": ids["river"], "change_id": ids["walk"], "created_at": at,
            "importance": importance, "confidence": confidence, "readiness": readiness})
        for prompt_id, question, text in (
            ("checkin.how_going", "How are things with this change right now?", how_going),
            ("checkin.importance.why_not_lower", "Why not lower?", f"Because {importance}."),
        ):
            _insert(db, "answers", {"user_id": ids["river"], "change_id": ids["walk"],
                                    "checkin_id": checkin_id, "prompt_id": prompt_id,
                                    "question": question, "text": text, "created_at": at})
    ids["sam_checkin"] = _insert(db, "checkins", {
        "user_id": ids["sam"], "change_id": ids["sleep"],
        "created_at": "2025-01-08T07:00:00.000000+00:00",
        "importance": 9, "confidence": 1, "readiness": 0})
    _insert(db, "answers", {"user_id": ids["river"], "change_id": ids["walk"], "checkin_id": None,
                            "prompt_id": "ambivalence.likes", "question": "What do you like?",
                            "text": "Sofa time.", "created_at": "2025-01-20T12:00:00.000000+00:00"})
    _insert(db, "drafts", {"user_id": ids["river"], "form": "checkin", "change_id": ids["walk"],
                           "payload": json.dumps({"ratings": {"importance": 8},
                                                  "texts": {"checkin.how_going": "half"}}),
                           "updated_at": "2025-02-02T07:00:00.000000+00:00"})


def fill_mi_exploration(db: Database, ids: Ids) -> None:
    """A value of one's own, a finished values sort, two plan versions, an answer about a value."""
    _insert(db, "custom_values", {"user_id": ids["river"], "name": "Being outdoors",
                                  "description": "Fresh air, whatever the weather.",
                                  "created_at": "2025-02-03T09:00:00.000000+00:00"})
    ids["sort"] = _insert(db, "value_sorts", {"user_id": ids["river"],
                                              "started_at": "2025-02-03T09:05:00.000000+00:00",
                                              "completed_at": "2025-02-03T09:20:00.000000+00:00"})
    for value_name, pile, top_rank in (("Health", "very", 1), ("Family", "very", 2),
                                       ("Being outdoors", "important", None),
                                       ("Wealth", "not", None)):
        _insert(db, "value_sort_cards", {"sort_id": ids["sort"], "user_id": ids["river"],
                                         "value_name": value_name, "pile": pile,
                                         "top_rank": top_rank})
    for version, goal in ((1, "Walk three days a week."), (2, "Walk five days a week.")):
        _insert(db, "plans", {"user_id": ids["river"], "change_id": ids["walk"],
                              "version": version, "goal": goal, "steps": "Shoes by the door.",
                              "created_at": f"2025-02-0{3 + version}T09:00:00.000000+00:00"})
    ids["value_answer"] = _insert(db, "answers", {
        "user_id": ids["river"], "change_id": ids["walk"], "checkin_id": None,
        "prompt_id": "values.meaning", "question": "What does Family mean to you?",
        "subject": "Family", "text": "Time together, outside.",
        "created_at": "2025-02-03T09:30:00.000000+00:00"})


def fill_sharing(db: Database, ids: Ids) -> None:
    """An open and a revoked grant to the coach (with answer kinds and a single answer), a share
    link, an invite code and a coach's note."""
    for revoked_at in ("2025-02-10T09:00:00.000000+00:00", None):
        ids["grant"] = _insert(db, "grants", {
            "client_id": ids["river"], "coach_id": ids["cora"], "change_id": ids["walk"],
            "scope": "answers", "created_at": "2025-02-05T09:00:00.000000+00:00",
            "revoked_at": revoked_at})
    _insert(db, "grant_answer_kinds", {"grant_id": ids["grant"], "kind": "why",
                                       "prompt_glob": "checkin.*.why_not_lower"})
    _insert(db, "grant_answers", {"grant_id": ids["grant"], "answer_id": ids["value_answer"]})
    _insert(db, "share_links", {"user_id": ids["river"], "change_id": ids["walk"],
                                "token_hash": "0" * 64,
                                "created_at": "2025-02-06T09:00:00.000000+00:00"})
    _insert(db, "coach_invites", {"coach_id": ids["cora"], "code_hash": "1" * 64,
                                  "created_at": "2025-02-01T09:00:00.000000+00:00",
                                  "expires_at": "2025-02-08T09:00:00.000000+00:00"})
    _insert(db, "coach_notes", {"coach_id": ids["cora"], "client_id": ids["river"],
                                "text": "Ask about the rainy days.",
                                "created_at": "2025-02-07T09:00:00.000000+00:00"})


def fill_portability(db: Database, ids: Ids) -> None:
    """A check-in saved by the app (no uid: the trigger gives one) and a change imported from a
    file (with its uid)."""
    _insert(db, "checkins", {"user_id": ids["sam"], "change_id": ids["sleep"],
                             "created_at": "2025-03-01T07:00:00.000000+00:00",
                             "importance": 9, "confidence": 3, "readiness": 2})
    _insert(db, "changes", {"user_id": ids["sam"], "uid": "4a1c7e52-0b9d-4f3e-9a61-2d5e8c7b1f00",
                            "title": "Read on the train",
                            "created_at": "2024-11-01T08:00:00.000000+00:00"})


def fill_change_talk(db: Database, ids: Ids) -> None:
    """An answer counted by the change-talk recogniser."""
    _insert(db, "answers", {"user_id": ids["sam"], "change_id": ids["sleep"], "checkin_id": None,
                            "prompt_id": "ambivalence.better", "question": "What would be better?",
                            "text": "I want to wake up rested.", "talk_change": 1,
                            "talk_sustain": 0, "talk_version": 1,
                            "created_at": "2025-03-02T07:00:00.000000+00:00"})


def fill_sign_in_throttle(db: Database, _ids: Ids) -> None:
    """A failed sign-in."""
    _insert(db, "sign_in_failures", {"username_hash": "2" * 64,
                                     "failed_at": "2025-03-03T07:00:00.000000+00:00"})


def fill_sessions(db: Database, ids: Ids) -> None:
    """Sam signed in on one browser (only the token's hash is stored)."""
    _insert(db, "sessions", {"token_hash": "3" * 64, "user_id": ids["sam"],
                             "created_at": "2025-03-03T07:30:00.000000+00:00",
                             "last_used_at": "2025-03-03T07:45:00.000000+00:00",
                             "device": "Firefox on Linux"})


def fill_sharing_consent(db: Database, ids: Ids) -> None:
    """A share by Sam waiting for the coach's answer (nothing of it is shown to her yet)."""
    _insert(db, "grants", {"client_id": ids["sam"], "coach_id": ids["cora"],
                           "change_id": ids["sleep"], "scope": "numbers",
                           "created_at": "2025-03-03T08:00:00.000000+00:00",
                           "coach_status": "pending"})


def fill_talk_corrections(db: Database, ids: Ids) -> None:
    """A label Sam took off one of their own sentences."""
    _insert(db, "talk_corrections", {"user_id": ids["sam"], "change_id": ids["sleep"],
                                     "sentence": "I want to wake up rested.", "side": "none",
                                     "kind": None,
                                     "created_at": "2025-03-04T07:00:00.000000+00:00"})


def fill_talk_counts_kept(db: Database, ids: Ids) -> None:
    """An answer read as it was written: counts, quote key and strength (the per-day and
    per-month sums get their rows from the schema's triggers)."""
    _insert(db, "answers", {"user_id": ids["sam"], "change_id": ids["sleep"], "checkin_id": None,
                            "prompt_id": "ambivalence.better", "question": "What would be better?",
                            "text": "I will be in bed by eleven.", "talk_change": 1,
                            "talk_sustain": 0, "talk_version": 1,
                            "quote_key": "i will be in bed by eleven.", "quote_strength": 1,
                            "created_at": "2025-03-05T07:00:00.000000+00:00"})


def fill_talk_marks_kept(db: Database, ids: Ids) -> None:
    """An answer read with the marks on its quote and its strongest kind of change talk."""
    _insert(db, "answers", {"user_id": ids["sam"], "change_id": ids["sleep"], "checkin_id": None,
                            "prompt_id": "ambivalence.better", "question": "What would be better?",
                            "text": "I will put the phone away.", "talk_change": 1,
                            "talk_sustain": 0, "talk_version": 1,
                            "quote_key": "i will put the phone away.", "quote_strength": 1,
                            "talk_marks": '[["change", "commitment", "I will put the phone away.",'
                                          ' ["I will"], false]]',
                            "talk_lead": "commitment",
                            "created_at": "2025-03-06T07:00:00.000000+00:00"})


def fill_answer_wordings_kept(db: Database, ids: Ids) -> None:
    """An answer in words Sam wrote before (the kept wordings get their rows from triggers)."""
    _insert(db, "answers", {"user_id": ids["sam"], "change_id": ids["sleep"], "checkin_id": None,
                            "prompt_id": "ambivalence.better", "question": "What would be better?",
                            "text": "I will be in bed by Eleven.", "talk_change": 1,
                            "talk_sustain": 0, "talk_version": 1,
                            "quote_key": "i will be in bed by eleven.", "quote_strength": 1,
                            "talk_marks": "[]", "talk_lead": "commitment",
                            "created_at": "2025-03-07T07:00:00.000000+00:00"})


def fill_checkin_months_kept(db: Database, ids: Ids) -> None:
    """A check-in in a month of its own (its month's sums get their row from the schema's
    triggers)."""
    _insert(db, "checkins", {"user_id": ids["sam"], "change_id": ids["sleep"],
                             "created_at": "2025-04-01T06:30:00.000000+00:00",
                             "importance": 8, "confidence": 4, "readiness": 5})


def fill_checkin_latest_kept(db: Database, ids: Ids) -> None:
    """A newer check-in of Sam's (the change's latest check-ins are kept by the schema's
    triggers)."""
    _insert(db, "checkins", {"user_id": ids["sam"], "change_id": ids["sleep"],
                             "created_at": "2025-04-02T06:30:00.000000+00:00",
                             "importance": 9, "confidence": 5, "readiness": 6})


def fill_ids_never_reused(db: Database, ids: Ids) -> None:
    """A change of Sam's added and deleted: its id stays used (the keys are AUTOINCREMENT)."""
    gone = _insert(db, "changes", {"user_id": ids["sam"], "title": "Stretch",
                                   "created_at": "2025-04-03T07:00:00.000000+00:00"})
    db.execute("DELETE FROM changes WHERE id = ?", [gone])


def fill_retired_coach_names(db: Database, ids: Ids) -> None:
    """What is kept of a deleted coach's name: a digest."""
    _insert(db, "retired_names", {"name_hash": "0" * 64,
                                  "retired_at": "2025-04-04T07:00:00.000000+00:00"})


def fill_coach_departures(db: Database, ids: Ids) -> None:
    """What River is told of a coach who deleted their account while River shared a change."""
    _insert(db, "coach_departures", {"client_id": ids["river"], "change_id": ids["walk"],
                                     "coach_name": "coach-gone", "accepted": 1,
                                     "left_at": "2025-04-05T07:00:00.000000+00:00"})


def fill_coach_notes_edited(db: Database, ids: Ids) -> None:
    """A note of Cora's on River, corrected a day after it was written."""
    _insert(db, "coach_notes", {"coach_id": ids["cora"], "client_id": ids["river"],
                                "text": "Asked about the knees; corrected the day.",
                                "created_at": "2025-04-06T07:00:00.000000+00:00",
                                "edited_at": "2025-04-07T07:00:00.000000+00:00"})


def fill_account_drafts(db: Database, ids: Ids) -> None:
    """A new change Sam started naming and has not made yet."""
    _insert(db, "account_drafts", {"user_id": ids["sam"], "form": "new_change",
                                   "payload": json.dumps({"title": "Swim on Sund"}),
                                   "updated_at": "2025-04-08T07:00:00.000000+00:00"})


FILLERS: dict[str, Callable[[Database, Ids], None]] = {
    "m001_core": fill_core,
    "m002_mi_exploration": fill_mi_exploration,
    "m003_sharing": fill_sharing,
    "m004_portability_uids": fill_portability,
    "m005_change_talk_counts": fill_change_talk,
    "m006_sign_in_throttle": fill_sign_in_throttle,
    "m007_sessions": fill_sessions,
    "m008_sharing_consent": fill_sharing_consent,
    "m009_talk_corrections": fill_talk_corrections,
    "m010_talk_counts_kept": fill_talk_counts_kept,
    "m011_talk_marks_kept": fill_talk_marks_kept,
    "m012_answer_wordings_kept": fill_answer_wordings_kept,
    "m013_checkin_months_kept": fill_checkin_months_kept,
    "m014_checkin_latest_kept": fill_checkin_latest_kept,
    "m015_ids_never_reused": fill_ids_never_reused,
    "m016_retired_coach_names": fill_retired_coach_names,
    "m017_coach_departures": fill_coach_departures,
    "m018_coach_notes_edited": fill_coach_notes_edited,
    "m019_account_drafts": fill_account_drafts,
}
"""For each migration, what adds rows for what it brought."""


def build(path: Path, stop_before: str | None = None) -> Path:
    """A database at ``path`` migrated up to ``stop_before`` (all steps if None), with data."""
    names = [step.__name__ for step in ORDER]
    steps = names if stop_before is None else names[:names.index(stop_before)]
    missing = [name for name in steps if name not in FILLERS]
    if missing:
        raise LookupError(f"Add a filler for {', '.join(missing)} to tests/fixtures_first_schema.py "
                          "so the migration tests have data in the tables it creates.")
    ids: Ids = {}
    with closing(Database(path)) as db:
        db.execute("PRAGMA foreign_keys = ON")
        db.enable_wal()
        for name, following in zip(steps, [*names[1:], None], strict=False):
            db.execute("PRAGMA foreign_keys = OFF")  # as open_db applies steps
            MIGRATIONS.apply(db, stop_before=following)
            db.execute("PRAGMA foreign_keys = ON")
            FILLERS[name](db, ids)
    return path


def contents(path: Path) -> Tables:
    """Every table's columns and rows, but the migrations' own record."""
    with closing(sqlite3.connect(path)) as conn:
        names = [n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != '_sqlite_migrations'")]
        tables = {}
        for name in names:
            cursor = conn.execute(f"SELECT * FROM [{name}] ORDER BY rowid")
            tables[name] = ([c[0] for c in cursor.description], cursor.fetchall())
    return tables


def columns_of(tables: Tables, table: str, columns: list[str]) -> list[tuple]:
    """The rows of ``table`` with only ``columns``, in rowid order."""
    names, rows = tables[table]
    picks = [names.index(c) for c in columns]
    return [tuple(row[i] for i in picks) for row in rows]
