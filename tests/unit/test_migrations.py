"""Upgrading old databases: one built at the first released schema, and one stopped before each
later migration, each with data in every table it has, upgrades to the current schema with every
row and value intact, uids given to old rows, new columns' defaults on old rows, and the app's
reads (progress, export, the coach dashboard) working on the result."""

from __future__ import annotations

import re
from contextlib import closing
from pathlib import Path

import pytest

from change_journal import coach_dashboard, export, importer, progress
from change_journal.store import answers, changes, checkins, deletion, drafts, open_db, users
from change_journal.store import values as values_store
from change_journal.store.checkins import AnswerIn
from change_journal.store.migrations import MIGRATIONS, ORDER, UID_TABLES, schema_sql
from change_journal.store.portability import read_journal
from tests.fixtures_first_schema import RIVER_CHECKINS, Tables, build, columns_of, contents

STEPS = [step.__name__ for step in ORDER]
FIRST_SCHEMA = STEPS[1]
"""Stopping before the second migration leaves the first released schema."""
UUID4 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


def upgrade(path) -> Tables:
    """Open ``path`` as the app does (which upgrades it), check it, and return its contents."""
    with closing(open_db(path)) as db:
        assert [m.name for m in MIGRATIONS.applied(db)] == STEPS
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    return contents(path)


def user_id(db, name: str) -> int:
    return users.find_user(db, name).id


@pytest.mark.parametrize("stop_before", STEPS[1:])
def test_a_database_stopped_before_a_migration_upgrades_with_every_row_intact(tmp_path,
                                                                              stop_before):
    path = build(tmp_path / "old.db", stop_before)
    before = contents(path)
    assert [t for t, (_cols, rows) in before.items() if not rows] == []  # data in every table

    after = upgrade(path)

    for table, (names, rows) in before.items():
        if table == "sqlite_sequence":  # SQLite's own: a table keyed AUTOINCREMENT since adds one
            assert set(rows) <= set(columns_of(after, table, names)), table
            continue
        assert columns_of(after, table, names) == rows, table
    for table in UID_TABLES:
        uids = columns_of(after, table, ["user_id", "uid"])
        assert all(uid is not None for _user, uid in uids), table
        assert len(set(uids)) == len(uids), table
    if "subject" not in before["answers"][0]:
        assert {s for (s,) in columns_of(after, "answers", ["subject"])} == {""}
    if "talk_version" not in before["answers"][0]:
        talk = columns_of(after, "answers", ["talk_change", "talk_sustain", "talk_version"])
        assert set(talk) == {(None, None, None)}


@pytest.mark.parametrize("stop_before", STEPS[1:])
def test_the_app_reads_and_writes_an_upgraded_database(tmp_path, stop_before):
    path = build(tmp_path / "old.db", stop_before)
    with closing(open_db(path)) as db:
        river = user_id(db, "river")
        walk = next(c for c in changes.list_changes(db, river) if c.title == "Walk most days")
        frame = progress.history(db, river, walk.id, None)
        assert frame["how_going"].tolist() == [c[4] for c in RIVER_CHECKINS]
        assert frame["importance_words"].tolist() == [f"Because {c[1]}." for c in RIVER_CHECKINS]
        assert progress.summary(frame).startswith("Over 4 weeks and 3 check-ins")

        new_id = checkins.save_checkin(db, river, walk.id,
                                       {"importance": 8, "confidence": 6, "readiness": 7},
                                       [AnswerIn("checkin.note", "Anything else?", "New.")])
        answers.save_answers(db, river, walk.id, [AnswerIn("values.now", "Now?", "Yes.")],
                             subject="Health")
        journal = read_journal(db, river)
        assert all(UUID4.fullmatch(r.uid) for r in (*journal.changes, *journal.checkins,
                                                    *journal.answers))
        assert [a.subject for a in journal.answers if a.text == "New."] == [""]
        assert new_id in [r.id for r in checkins.list_checkins(db, river, walk.id)]
        exported = export.export_json(db, river)
        shared = STEPS.index(stop_before) > STEPS.index("m003_sharing")
        assert [(r.client_name, r.change_title)
                for r in coach_dashboard.load(db, user_id(db, "cora"))] == \
            [("River", "Walk most days")] * shared

    with closing(open_db(tmp_path / "new.db")) as fresh:
        copy = users.create_user(fresh, "river", "river", "not a real hash")
        counts = importer.import_journal(fresh, copy, importer.read_export(exported))
        assert read_journal(fresh, copy) == journal
    assert sum(counts.added.values()) == journal.size()


def test_the_first_schema_upgrades_with_its_people_check_ins_answers_and_drafts(tmp_path):
    path = build(tmp_path / "first.db", FIRST_SCHEMA)
    before = contents(path)
    assert sorted(before) == ["answers", "changes", "checkins", "drafts", "users"]

    after = upgrade(path)

    assert {t: len(rows) for t, (_c, rows) in after.items() if t in before} == \
        {t: len(rows) for t, (_c, rows) in before.items()}
    with closing(open_db(path)) as db:
        river, sam = user_id(db, "river"), user_id(db, "sam")
        assert [(c.title, c.archived) for c in changes.list_changes(db, river,
                                                                    include_archived=True)] == \
            [("Walk most days", False), ("Less coffee", True)]
        assert [c.title for c in changes.list_changes(db, sam)] == ["Sleep before midnight"]
        walk = changes.list_changes(db, river)[0]
        assert [(r.importance, r.confidence, r.readiness)
                for r in checkins.list_checkins(db, river, walk.id)] == \
            [c[1:4] for c in RIVER_CHECKINS]
        loose = answers.list_answers(db, river, walk.id)
        assert [(a.prompt_id, a.subject, a.text) for a in loose] == \
            [("ambivalence.likes", "", "Sofa time.")]
        assert drafts.load_draft(db, river, "checkin", walk.id) == {
            "ratings": {"importance": 8}, "texts": {"checkin.how_going": "half"}}
        assert coach_dashboard.load(db, user_id(db, "cora")) == []


def test_the_fixture_builder_covers_every_table_of_the_current_schema(tmp_path):
    """A new migration's tables get rows in tests/fixtures_first_schema.py (FILLERS), so the
    tests above upgrade them with data once a later migration exists."""
    path = build(tmp_path / "current.db")
    with closing(open_db(tmp_path / "empty.db")) as empty:
        current_tables = set(empty.table_names())
    tables = contents(path)
    assert set(tables) == current_tables - {"_sqlite_migrations"}
    assert [t for t, (_cols, rows) in tables.items() if not rows] == []


def test_the_readable_schema_in_docs_is_the_one_the_migrations_build(db):
    documented = (Path(__file__).resolve().parents[2] / "docs" / "schema.sql").read_text()
    body = documented.split("\n\n", 1)[1]
    assert body == schema_sql(db), (
        "docs/schema.sql is out of date: rewrite everything after its two comment lines with "
        "schema_sql(open_db(<new file>)) from change_journal.store.migrations.")


@pytest.mark.engines("sqlite", "postgresql")
def test_a_deleted_rows_id_is_never_given_to_a_new_row(db):
    """A tab left open on a deleted change, check-in or sort must not find a new one under its
    number (``m015_ids_never_reused``)."""
    person = users.create_user(db, "river", "river", "hash")
    first = changes.add_change(db, person, "Walk most days")
    checkin = checkins.save_checkin(db, person, first, {"importance": 5, "confidence": 5,
                                                        "readiness": 5},
                                    [AnswerIn("checkin.note", "Anything else?", "A note.")])
    sort = values_store.start_sort(db, person)
    assert deletion.delete_change(db, person, first)
    assert values_store.discard_sort(db, person, sort.id)
    again = changes.add_change(db, person, "Sleep earlier")
    assert again > first
    assert checkins.save_checkin(db, person, again, {"importance": 5, "confidence": 5,
                                                     "readiness": 5}, []) > checkin
    assert values_store.start_sort(db, person).id > sort.id
