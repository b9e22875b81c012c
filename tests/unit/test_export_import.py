"""Export and import: the JSON round trip, idempotence, all-or-nothing writes, the CSV of
check-ins, the message for every kind of bad import file, and a refused ``import --create``
(on the command line, in-process) that leaves no database behind."""

from __future__ import annotations

import copy
import csv
import io
import json
import re
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from change_journal import __main__ as cli
from change_journal import accounts, change_talk, export, importer, prompt_ids, talk
from change_journal.rulers import RULERS_BY_KEY, follow_ups
from change_journal.store import (
    StoreError,
    changes,
    checkins,
    open_db,
    plans,
    portability,
    users,
    values,
)
from change_journal.store import answers as answers_store
from change_journal.store import talk as talk_store
from change_journal.store.answers import save_answers
from change_journal.store.checkins import AnswerIn
from change_journal.validation import one_line, tidy
from change_journal.values import TOP_SIZE
from tests.conftest import FIXED_NOW
from tests.unit.test_startup_problems import snapshot

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
UTC_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00")


def stamp(days: int) -> str:
    return (FIXED_NOW - timedelta(days=days)).isoformat(timespec="microseconds")


@pytest.fixture
def full_db(seeded_db):
    """The demo account plus every other kind of record: exploration answers, two plan
    versions, a value of their own, a finished and an unfinished values sort, an archived change."""
    db = seeded_db
    user_id = users.find_user(db, "demo").id
    drink, walk = changes.list_changes(db, user_id)
    save_answers(db, user_id, drink.id,
                 [AnswerIn("values.meaning", "What does health mean to you?",
                           "Being awake enough to\nplay with the kids.")],
                 subject="health", created_at=stamp(20))
    plans.save_plan(db, user_id, walk.id, {"goal": "Walk at lunch", "steps": "Block lunch"},
                    created_at=stamp(30))
    plans.save_plan(db, user_id, walk.id, {"goal": "Walk at lunch four days a week"},
                    created_at=stamp(10))
    values.add_custom_value(db, user_id, "Being outdoors", "Fresh air, every day.")
    sort = values.start_sort(db, user_id)
    for name, pile in (("health", "very"), ("family", "very"), ("fame", "not"),
                       ("Being outdoors", "important")):
        values.place_card(db, user_id, sort.id, name, pile)
    values.complete_sort(db, user_id, sort.id, ["family", "health"])
    values.place_card(db, user_id, values.start_sort(db, user_id).id, "health", "important")
    old = changes.add_change(db, user_id, "Quit smoking", "Done with it.", created_at=stamp(300))
    changes.set_archived(db, user_id, old, True)
    return db, user_id


@pytest.fixture
def fresh(tmp_path):
    """A second, empty database with a personal account called river."""
    db = open_db(tmp_path / "fresh.db")
    account = accounts.sign_up(db, "river", "a long enough password")
    yield db, account.id
    db.close()


def content(doc: dict) -> dict:
    """The document without what describes the export itself rather than the journal."""
    doc = copy.deepcopy(doc)
    del doc["exported_at"]
    del doc["account"]
    return doc


def row_counts(db) -> dict[str, int]:
    return {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("changes", "checkins", "answers", "plans", "custom_values", "value_sorts",
                      "value_sort_cards")}


# -- export ------------------------------------------------------------------------------------

def test_export_holds_every_kind_of_record_with_stable_ids_and_utc_times(full_db):
    db, user_id = full_db
    doc = export.export_document(db, user_id, now=FIXED_NOW)
    assert (doc["format"], doc["format_version"]) == ("change-journal-export", 1)
    assert doc["account"]["username"] == "demo"
    titles = [c["title"] for c in doc["changes"]]
    assert titles == ["Quit smoking", "Drink less during the week", "Walk most days"]
    drink, walk = doc["changes"][1], doc["changes"][2]
    assert len(drink["checkins"]) + len(walk["checkins"]) == rows_of(db, "checkins", user_id)
    assert "health" in [a["subject"] for a in drink["answers"]]
    assert [p["version"] for p in walk["plans"]] == [1, 2]
    assert doc["custom_values"][0]["name"] == "Being outdoors"
    finished, unfinished = doc["value_sorts"][-2:]  # after the demo's own two sorts
    assert finished["cards"][:2] == [{"value": "family", "pile": "very", "top_rank": 1},
                                     {"value": "health", "pile": "very", "top_rank": 2}]
    assert unfinished["completed_at"] is None
    text = json.dumps(doc)
    ids = re.findall(r'"id": "([^"]+)"', text)
    assert ids and all(UUID.fullmatch(i) for i in ids)
    stamps = re.findall(r'"(?:created|exported|started|completed|archived)_at": "([^"]+)"', text)
    assert stamps and all(UTC_STAMP.fullmatch(s) for s in stamps)


def test_two_exports_of_the_same_journal_use_the_same_ids(full_db):
    db, user_id = full_db
    first, second = (content(export.export_document(db, user_id)) for _ in range(2))
    assert first == second


def test_rows_saved_by_any_page_get_a_stable_id(db):
    user_id = accounts.sign_up(db, "river", "a long enough password").id
    change_id = changes.add_change(db, user_id, "Sleep earlier")
    checkins.save_checkin(db, user_id, change_id,
                          {"importance": 5, "confidence": 4, "readiness": 3}, [])
    (uid,) = db.execute("SELECT uid FROM checkins WHERE user_id = ?", [user_id]).fetchone()
    assert UUID.fullmatch(uid)


def test_rows_written_before_the_upgrade_get_their_own_stable_ids(tmp_path):
    # Rows written at that schema by its own statements (today's write paths read each answer
    # for change talk, into columns and tables that schema does not have yet).
    from tests.fixtures_first_schema import build

    build(tmp_path / "old.db", stop_before="m004_portability_uids")
    db = open_db(tmp_path / "old.db")  # upgrades, as the app does
    for table in ("changes", "checkins", "answers"):
        uids = [u for (u,) in db.execute(f"SELECT uid FROM {table}")]
        assert all(UUID.fullmatch(u) for u in uids) and len(set(uids)) == len(uids) > 0
    db.close()


def rows_of(db, table: str, user_id: int) -> int:
    """How many rows of ``table`` belong to the person (the source of an export)."""
    return db.execute(f"SELECT COUNT(*) FROM {table} WHERE user_id = ?", [user_id]).fetchone()[0]


# -- round trip and idempotence ------------------------------------------------------------------

def test_export_import_into_a_fresh_database_and_export_again_gives_the_same_content(full_db,
                                                                                     fresh):
    db, user_id = full_db
    original = export.export_document(db, user_id)
    target, target_id = fresh
    counts = importer.import_journal(target, target_id,
                                     importer.read_export(export.to_json(original)))
    assert counts.added == {table: rows_of(db, table, user_id) for table in (
        "changes", "checkins", "answers", "plans", "custom_values", "value_sorts")}
    assert counts.added["plans"] == 4 and counts.added["value_sorts"] == 4  # demo's and these
    assert content(export.export_document(target, target_id)) == content(original)


def test_importing_the_same_file_twice_adds_nothing_the_second_time(full_db, fresh):
    db, user_id = full_db
    parsed = importer.read_export(export.export_json(db, user_id))
    target, target_id = fresh
    importer.import_journal(target, target_id, parsed)
    before = row_counts(target)
    counts = importer.import_journal(target, target_id, parsed)
    assert counts.added == {}
    assert sum(counts.already_there.values()) == parsed.size()
    assert row_counts(target) == before
    assert importer.import_message(counts).startswith("Everything in this file was already")


def test_importing_a_newer_export_adds_only_what_is_new(full_db, fresh):
    db, user_id = full_db
    target, target_id = fresh
    importer.import_journal(target, target_id, importer.read_export(export.export_json(db, user_id)))
    change_id = changes.list_changes(db, user_id)[0].id
    checkins.save_checkin(db, user_id, change_id, {"importance": 9, "confidence": 8, "readiness": 8},
                          [AnswerIn("checkin.note", "Anything else?", "A new note.")])
    counts = importer.import_journal(target, target_id,
                                     importer.read_export(export.export_json(db, user_id)))
    assert counts.added == {"checkins": 1, "answers": 1}
    assert importer.import_message(counts).startswith("Added 1 check-in and 1 written answer.")


def test_an_export_can_be_imported_into_its_own_database_under_another_name(full_db):
    db, user_id = full_db
    other = accounts.sign_up(db, "river", "a long enough password").id
    importer.import_journal(db, other, importer.read_export(export.export_json(db, user_id)))
    assert content(export.export_document(db, other)) == content(export.export_document(db, user_id))


def test_import_is_all_or_nothing(full_db, fresh, monkeypatch):
    db, user_id = full_db
    parsed = importer.read_export(export.export_json(db, user_id))
    target, target_id = fresh

    def fail(*_args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(portability, "_insert_plan", fail)
    with pytest.raises(RuntimeError):
        importer.import_journal(target, target_id, parsed)
    assert set(row_counts(target).values()) == {0}


def test_an_import_that_would_make_the_journal_too_big_to_import_again_changes_nothing(
        full_db, fresh, monkeypatch):
    """Two files each under the limit must not add up to a journal whose export is over it."""
    db, user_id = full_db
    first = export.export_json(db, user_id)
    other = accounts.sign_up(db, "robin", "a long enough password").id
    change_id = changes.add_change(db, other, "Walk to work")
    checkins.save_checkin(db, other, change_id, {"importance": 9, "confidence": 8, "readiness": 8},
                          [AnswerIn("checkin.note", "Anything else?", "A new note. " * 40)])
    second = export.export_json(db, other)
    target, target_id = fresh
    parsed_first = importer.read_export(first)
    importer.import_journal(target, target_id, parsed_first)
    size = len(export.export_json(target, target_id))
    monkeypatch.setattr(importer, "MAX_IMPORT_BYTES", size - 1)  # grown past it (say, by typing)
    importer.import_journal(target, target_id, parsed_first)  # adds nothing: let be
    monkeypatch.setattr(importer, "MAX_IMPORT_BYTES", size + 100)
    assert len(second) < importer.MAX_IMPORT_BYTES
    before = row_counts(target)
    with pytest.raises(importer.ImportProblems) as refused:
        importer.import_journal(target, target_id, importer.read_export(second))
    assert "could not be brought back. Nothing was changed." in str(refused.value)
    assert row_counts(target) == before


def test_import_reports_progress_from_zero_to_one(full_db, fresh):
    db, user_id = full_db
    target, target_id = fresh
    seen: list[float] = []
    importer.import_journal(target, target_id,
                            importer.read_export(export.export_json(db, user_id)), seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) <= 101


def test_a_plan_version_already_taken_moves_to_the_next_number(full_db, fresh):
    db, user_id = full_db
    target, target_id = fresh
    importer.import_journal(target, target_id, importer.read_export(export.export_json(db, user_id)))
    walk = next(c for c in changes.list_changes(target, target_id) if c.title == "Walk most days")
    plans.save_plan(target, target_id, walk.id, {"goal": "Written here first"})
    doc = export.export_document(db, user_id)
    doc["changes"][2]["plans"].append({"id": "plan-from-elsewhere", "version": 3,
                                       "created_at": stamp(1), "goal": "From the file"})
    importer.import_journal(target, target_id, importer.read_export(export.to_json(doc)))
    assert [(p.version, p.fields["goal"]) for p in plans.list_plans(target, target_id, walk.id)] \
        == [(1, "Walk at lunch"), (2, "Walk at lunch four days a week"),
            (3, "Written here first"), (4, "From the file")]


def test_times_with_any_offset_are_stored_in_utc(fresh):
    doc = small_doc()
    doc["changes"][0]["created_at"] = "2026-05-01T11:30:00+02:00"
    doc["changes"][0]["checkins"][0]["created_at"] = "2026-05-01T09:45:00Z"
    target, target_id = fresh
    importer.import_journal(target, target_id, importer.read_export(export.to_json(doc)))
    again = export.export_document(target, target_id)["changes"][0]
    assert again["created_at"] == "2026-05-01T09:30:00.000000+00:00"
    assert again["checkins"][0]["created_at"] == "2026-05-01T09:45:00.000000+00:00"


def test_labels_on_sentences_survive_the_round_trip_and_a_second_import_adds_none(full_db, fresh):
    db, user_id = full_db
    drink = changes.list_changes(db, user_id)[0]
    talk.correct(db, user_id, drink.id, ["I went for a run instead."], "change", "taking_steps")
    talk.correct(db, user_id, drink.id, ["I like wine."], "sustain")
    talk.correct(db, user_id, drink.id, ["Maybe."], "none")
    original = export.export_document(db, user_id)
    target, target_id = fresh
    parsed = importer.read_export(export.to_json(original))
    assert importer.import_journal(target, target_id, parsed).added["talk_corrections"] == 3
    assert content(export.export_document(target, target_id)) == content(original)
    moved = next(c for c in changes.list_changes(target, target_id) if c.title == drink.title)
    assert {k: (c.side, c.kind) for k, c in talk.corrections(target, target_id, moved.id).items()} \
        == {k: (c.side, c.kind) for k, c in talk.corrections(db, user_id, drink.id).items()}
    again = importer.import_journal(target, target_id, parsed)
    assert again.added == {} and again.already_there["talk_corrections"] == 3


def test_an_imported_label_keeps_the_persons_own_and_has_their_answers_counted_again(full_db):
    db, user_id = full_db
    drink = changes.list_changes(db, user_id)[0]
    said = db.execute("SELECT id, text FROM answers WHERE user_id = ? AND change_id = ? LIMIT 1",
                      [user_id, drink.id]).fetchone()
    doc = export.export_document(db, user_id)
    talk.correct(db, user_id, drink.id, ["Already labelled."], "sustain")
    db.execute("UPDATE answers SET talk_version = 0 WHERE id = ?", [said[0]])
    doc["changes"][1]["talk_corrections"] = [
        {"sentence": "Already labelled.", "side": "none", "kind": None, "created_at": stamp(1)},
        {"sentence": said[1], "side": "none", "kind": None, "created_at": stamp(1)}]
    counts = importer.import_journal(db, user_id, importer.read_export(export.to_json(doc)))
    assert (counts.added["talk_corrections"], counts.already_there["talk_corrections"]) == (1, 1)
    labels = talk.corrections(db, user_id, drink.id)
    assert labels[talk.sentence_key("Already labelled.")].side == "sustain"
    # read again at once, in the import's transaction (with the labels), not left for later
    assert db.execute("SELECT talk_version FROM answers WHERE id = ?",
                      [said[0]]).fetchone() == (change_talk.VERSION,)


def test_a_journal_cannot_be_imported_into_a_coach_account(full_db):
    db, user_id = full_db
    coach = accounts.sign_up(db, "coach-ada", "a long enough password", role="coach").id
    with pytest.raises(importer.ImportProblems, match="only be imported into a personal account"):
        importer.import_journal(db, coach, importer.read_export(export.export_json(db, user_id)))


# -- bad files ---------------------------------------------------------------------------------

def small_doc() -> dict:
    """A valid one-change export to break in the cases below."""
    return {
        "format": "change-journal-export", "format_version": 1,
        "exported_at": "2026-06-01T12:00:00.000000+00:00",
        "changes": [{
            "id": "c1", "title": "Walk more", "why_now": "", "created_at": "2026-05-01T09:00:00Z",
            "archived_at": None,
            "checkins": [
                {"id": "k1", "created_at": "2026-05-02T09:00:00Z", "importance": 6,
                 "confidence": 4, "readiness": 5,
                 "answers": [{"id": "a1", "prompt_id": "checkin.how_going",
                              "question": "How is it going?", "text": "Slowly.",
                              "created_at": "2026-05-02T09:00:00Z"}]},
                {"id": "k2", "created_at": "2026-05-09T09:00:00Z", "importance": 7,
                 "confidence": 5, "readiness": 5},
            ],
            "plans": [{"id": "p1", "version": 1, "created_at": "2026-05-03T09:00:00Z",
                       "goal": "Walk three times a week."}],
        }],
        "value_sorts": [{"id": "s1", "started_at": "2026-05-04T09:00:00Z",
                         "completed_at": None,
                         "cards": [{"value": "health", "pile": "very", "top_rank": 1}]}],
    }


def broken(change) -> bytes:
    doc = small_doc()
    change(doc)
    return json.dumps(doc).encode()


def checkin(doc: dict, n: int = 0) -> dict:
    return doc["changes"][0]["checkins"][n]


def edited(old: bytes, new: bytes) -> bytes:
    """``small_doc`` as JSON text with ``old`` (found once) replaced by ``new``: for files
    json.dumps cannot write, such as a field named twice."""
    raw = json.dumps(small_doc()).encode()
    assert raw.count(old) == 1, old
    return raw.replace(old, new)


def labelled(**changed) -> bytes:
    """``small_doc`` with one label on a sentence, its fields changed as given (None: left out)."""
    label = {"sentence": "I walked to work.", "side": "change", "kind": "taking_steps",
             "created_at": "2026-05-03T09:00:00Z", **changed}
    return broken(lambda d: d["changes"][0].update(
        talk_corrections=[{k: v for k, v in label.items() if v is not None}]))


BAD_FILES = [
    ("not JSON", b"{not json", "The file is not valid JSON: it goes wrong at line 1, column 2."),
    ("cut short", json.dumps(small_doc()).encode()[:200], "probably cut short"),
    ("cut short in a string", json.dumps(small_doc()).encode()[:40], "probably cut short"),
    ("cut short in a character", json.dumps(small_doc() | {"x": "ab😀"}, ensure_ascii=False)
     .encode().split(b'"ab')[0] + b'"ab\xf0\x9f', "probably cut short"),
    ("empty", b" \n", "The file is empty."),
    ("a byte-order mark alone", b"\xef\xbb\xbf \xc2\xa0", "The file is empty."),
    ("cut short in a word", b'{"format": "change-journal", "why_now": nu', "probably cut short"),
    ("cut short in a number", b'{"format": "change-journal", "format_version": 1.', "probably cut short"),
    ("not UTF-8", b"\xff\xfe\x00{", "not UTF-8 text"),
    ("NaN", broken(lambda d: checkin(d).update(importance=float("nan"))),
     "holds values JSON does not allow"),
    ("a list, not an object", b"[]", "This is not a Change Journal export"),
    ("another format", broken(lambda d: d.update(format="diary")),
     "This is not a Change Journal export"),
    ("newer version", broken(lambda d: d.update(format_version=2)),
     "export format version 2, from a newer Change Journal; this version reads format 1"),
    ("version as text", broken(lambda d: d.update(format_version="1")),
     "not one this version of Change Journal knows"),
    ("no version", broken(lambda d: d.pop("format_version")), "“format_version” is missing"),
    ("no changes", broken(lambda d: d.pop("changes")), "“changes” is missing."),
    ("changes not a list", broken(lambda d: d.update(changes={})),
     "“changes” should be a list, in [ ]."),
    ("change not an object", broken(lambda d: d.update(changes=["Walk"])),
     "Change 1: should be an object with named fields, in { }."),
    ("no title", broken(lambda d: d["changes"][0].pop("title")), "Change 1: “title” is missing."),
    ("empty title", broken(lambda d: d["changes"][0].update(title="  ")),
     "Change 1: “title” is empty."),
    ("long title", broken(lambda d: d["changes"][0].update(title="x" * 121)),
     "Change 1: “title” is 121 characters long; the limit is 120."),
    ("no id", broken(lambda d: d["changes"][0].pop("id")), "Change 1: “id” is missing."),
    ("repeated id", broken(lambda d: checkin(d, 1).update(id="k1")),
     "Change 1, check-in 2: its id is also used by another check-in in this file."),
    ("rating too high", broken(lambda d: checkin(d).update(importance=11)),
     "Change 1, check-in 1: “importance” is 11; ratings are whole numbers from 0 to 10."),
    ("rating below zero", broken(lambda d: checkin(d).update(confidence=-1)),
     "Change 1, check-in 1: “confidence” is -1; ratings are whole numbers from 0 to 10."),
    ("rating with a fraction", broken(lambda d: checkin(d).update(readiness=5.5)),
     "“readiness” is 5.5; ratings are whole numbers from 0 to 10."),
    ("rating as text", broken(lambda d: checkin(d).update(importance="7")),
     "“importance” should be a whole number from 0 to 10."),
    ("rating as true", broken(lambda d: checkin(d).update(importance=True)),
     "“importance” should be a whole number from 0 to 10."),
    ("no rating", broken(lambda d: checkin(d, 1).pop("readiness")),
     "Change 1, check-in 2: “readiness” is missing."),
    ("time without zone", broken(lambda d: checkin(d).update(created_at="2026-05-02T09:00:00")),
     "“created_at” has no time zone; times in the file are in UTC"),
    ("not a time", broken(lambda d: checkin(d).update(created_at="last Tuesday")),
     "“created_at” should be a date and time like 2026-05-01T09:30:00+00:00."),
    ("long answer", broken(lambda d: checkin(d)["answers"][0].update(text="x" * 5001)),
     "Change 1, check-in 1, answer 1: “text” is 5,001 characters long; the limit is 5,000."),
    ("answer without text", broken(lambda d: checkin(d)["answers"][0].pop("text")),
     "Change 1, check-in 1, answer 1: “text” is missing."),
    ("plan version repeated", broken(lambda d: d["changes"][0]["plans"].append(
        {"id": "p2", "version": 1, "created_at": "2026-05-03T10:00:00Z", "goal": "Again."})),
     "Change 1, plan 2: version 1 appears twice for this change."),
    ("plan version zero", broken(lambda d: d["changes"][0]["plans"][0].update(version=0)),
     "Change 1, plan 1: “version” should be a whole number from 1 up."),
    ("unknown pile", broken(lambda d: d["value_sorts"][0]["cards"][0].update(pile="maybe")),
     "Values sort 1, card 1: “pile” should be one of “very”, “important”, “not”."),
    ("top rank too high", broken(lambda d: d["value_sorts"][0]["cards"][0].update(top_rank=6)),
     "Values sort 1, card 1: “top_rank” should be empty or a whole number from 1 to 5."),
    ("labels not a list", broken(lambda d: d["changes"][0].update(talk_corrections={})),
     "Change 1: “talk_corrections” should be a list, in [ ]."),
    ("label without a sentence", labelled(sentence=None),
     "Change 1, label 1: “sentence” is missing."),
    ("label on an empty sentence", labelled(sentence=" \u0007 "),
     "Change 1, label 1: “sentence” is empty."),
    ("label on a long sentence", labelled(sentence="x" * 5001),
     "Change 1, label 1: “sentence” is 5,001 characters long; the limit is 5,000."),
    ("label on an unknown side", labelled(side="maybe"),
     "Change 1, label 1: “side” should be one of “change”, “sustain”, “none”."),
    ("label without a side", labelled(side=None), "Change 1, label 1: “side” is missing."),
    ("label of an unknown kind", labelled(kind="hope"),
     "Change 1, label 1: “kind” should be empty or one of “desire”, “ability”, “reasons”"),
    ("change talk without its kind", labelled(kind=None),
     "Change 1, label 1: a label on side “change” needs its “kind”."),
    ("no label with a kind", labelled(side="none"),
     "Change 1, label 1: a label on side “none” has no “kind”."),
    ("label without a time zone", labelled(created_at="2026-05-03T09:00:00"),
     "Change 1, label 1: “created_at” has no time zone"),
    ("label before 1900", labelled(created_at="1899-12-31T09:00:00Z"),
     "Change 1, label 1: “created_at” is before 1900-01-01 (UTC)"),
    ("sentence labelled twice", broken(lambda d: d["changes"][0].update(talk_corrections=[
        {"sentence": "Same.", "side": "sustain", "created_at": "2026-05-03T09:00:00Z"},
        {"sentence": " Same.", "side": "none", "created_at": "2026-05-04T09:00:00Z"}])),
     "Change 1, label 2: this sentence is labelled twice for this change."),
    ("a field twice in an answer", edited(b'"text": "Slowly."',
                                          b'"text": "Slowly.", "text": "Quickly."'),
     "Change 1, check-in 1, answer 1: “text” appears more than once; a field may appear only "
     "once."),
    ("a field twice in a card", edited(b'"pile": "very"', b'"pile": "not", "pile": "very"'),
     "Values sort 1, card 1: “pile” appears more than once"),
    ("the changes twice", edited(b'"changes": [', b'"changes": [], "changes": ['),
     "“changes” appears more than once at the top of the file; a field may appear only once."),
    ("a field twice outside the records",
     edited(b'"exported_at"', b'"account": {"username": "a", "username": "b"}, "exported_at"'),
     "“username” appears more than once in one object of the file; a field may appear only "
     "once."),
    ("a rating of 5,000 digits", edited(b'"importance": 6', b'"importance": ' + b"9" * 5000),
     "The file holds a number 5,000 digits long (line 1, column "),
]


@pytest.mark.parametrize(("raw", "message"), [case[1:] for case in BAD_FILES],
                         ids=[case[0] for case in BAD_FILES])
def test_a_bad_file_is_refused_with_a_message_saying_what_is_wrong(raw, message):
    with pytest.raises(importer.ImportProblems) as caught:
        importer.read_export(raw)
    assert any(message in problem for problem in caught.value.problems), caught.value.problems


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(monkeypatch):
    monkeypatch.setattr(importer, "MAX_IMPORT_BYTES", 1_000_000)
    with pytest.raises(importer.ImportProblems) as caught:
        importer.read_export(b" " * 1_500_000)
    assert caught.value.problems == [
        "The file is 1.5 MB; the largest file that can be imported is 1 MB."]


def test_every_problem_in_a_file_is_listed_at_once():
    doc = small_doc()
    checkin(doc).update(importance=12, created_at="soon")
    checkin(doc, 1).pop("id")
    doc["value_sorts"][0]["cards"][0]["pile"] = "?"
    with pytest.raises(importer.ImportProblems) as caught:
        importer.read_export(export.to_json(doc))
    assert len(caught.value.problems) == 4
    assert caught.value.lines(2)[-1] == "…and 2 more."


def test_a_valid_small_file_is_described_in_words():
    parsed = importer.read_export(export.to_json(small_doc()))
    assert importer.describe_file(parsed) == (
        "1 change, 2 check-ins, 1 written answer, 1 plan version and 1 values sort")


# -- the CSV -----------------------------------------------------------------------------------

def test_the_csv_has_one_row_per_checkin_with_numbers_the_title_and_the_answers(full_db):
    db, user_id = full_db
    raw = export.export_csv(db, user_id)
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == rows_of(db, "checkins", user_id)
    assert {r["change"] for r in rows} == {"Drink less during the week", "Walk most days"}
    assert all(r[k].isdigit() and 0 <= int(r[k]) <= 10
               for r in rows for k in ("importance", "confidence", "readiness"))
    assert list(rows[0])[:8] == ["checkin_id", "change_id", "change", "created_at",
                                 "importance", "confidence", "readiness", "how_going"]
    journal = portability.read_journal(db, user_id)
    first = journal.checkins[0]
    said = {a.prompt_id: a.text for a in journal.answers if a.checkin_uid == first.uid}
    assert rows[0]["checkin_id"] == first.uid
    assert rows[0]["how_going"] == said["checkin.how_going"]
    assert rows[0]["importance_why_not_lower"] == said.get("checkin.importance.why_not_lower", "")


def test_the_csv_says_which_number_a_follow_up_answer_was_written_for(db):
    """An answer written at an 8, then the rating moved to 5 and saved: the words keep the
    question for 8, and the row says so (a walk-through found the row gave no sign of it)."""
    user_id = accounts.sign_up(db, "river", "a long enough password").id
    change_id = changes.add_change(db, user_id, "Walk most days")
    importance = RULERS_BY_KEY["importance"]
    asked_at_8 = {f.prompt_id: f.text for f in follow_ups(importance, 8)}
    take = prompt_ids.follow_up("importance", prompt_ids.WHAT_WOULD_IT_TAKE)
    checkins.save_checkin(db, user_id, change_id,
                          {"importance": 5, "confidence": 4, "readiness": 5},
                          [AnswerIn(take, asked_at_8[take], "A friend to walk with.")])
    checkins.save_checkin(db, user_id, change_id,
                          {"importance": 8, "confidence": 4, "readiness": 5},
                          [AnswerIn(take, asked_at_8[take], "Dry shoes."),
                           AnswerIn("checkin.how_going", "How is it going?", "Fine.")])
    checkins.save_checkin(db, user_id, change_id,
                          {"importance": 8, "confidence": 4, "readiness": 5}, [])
    rows = list(csv.DictReader(io.StringIO(export.export_csv(db, user_id).decode("utf-8-sig"))))
    assert [(r["importance"], r["importance_what_would_it_take"], r["importance_written_for"],
             r["confidence_written_for"]) for r in rows] == [
        ("5", "A friend to walk with.", "8", ""), ("8", "Dry shoes.", "8", ""), ("8", "", "", "")]


def test_an_imported_prompt_named_like_a_fixed_column_gets_a_column_of_its_own(db):
    """Prompt ids come back from imported files: one named like a rating, a written-for column
    or another prompt's column keeps its own column, and the fixed ones keep theirs."""
    user_id = accounts.sign_up(db, "river", "a long enough password").id
    change_id = changes.add_change(db, user_id, "Walk most days")
    clashing = {"checkin.importance": "Named like the rating.",
                "checkin.importance_written_for": "Named like a written-for column.",
                "checkin.how.going": "Named like how_going.", "importance": "A bare id.",
                "checkin.how_going": "The real how-going answer."}
    checkins.save_checkin(db, user_id, change_id,
                          {"importance": 6, "confidence": 4, "readiness": 5},
                          [AnswerIn(p, "A question?", text) for p, text in clashing.items()])
    raw = export.export_csv(db, user_id).decode("utf-8-sig")
    header = next(csv.reader(io.StringIO(raw)))
    assert len(header) == len(set(header))
    row = next(csv.DictReader(io.StringIO(raw)))
    assert (row["importance"], row["importance_written_for"]) == ("6", "")
    assert row["how_going"] == "The real how-going answer."
    assert {name: row[name] for name in header[-7:-3]} == {
        "checkin.importance": "Named like the rating.",
        "checkin.importance_written_for": "Named like a written-for column.",
        "checkin.how.going": "Named like how_going.", "importance_2": "A bare id."}


# -- property: any journal survives the JSON round trip -------------------------------------------

texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=40).map(tidy)
"""Text as the forms save it, and as an import reads it back."""
names = texts.map(one_line).filter(bool)
times = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2026, 1, 1),
                     timezones=st.just(UTC)).map(lambda t: t.isoformat(timespec="microseconds"))
ratings = st.integers(0, 10)
LABELS = [("none", None), ("sustain", None), *(("change", k) for k in change_talk.KIND_ORDER)]


@st.composite
def journals(draw) -> portability.Journal:
    uid = iter(range(10_000))
    change_list, checkin_list, answer_list, plan_list, label_list = [], [], [], [], []
    for _ in range(draw(st.integers(0, 3))):
        change = portability.ChangeRecord(f"c{next(uid)}", draw(names),
                                          draw(texts), draw(times), draw(st.none() | times))
        change_list.append(change)
        for _ in range(draw(st.integers(0, 3))):
            k = portability.CheckinRecord(f"k{next(uid)}", change.uid, draw(times),
                                          draw(ratings), draw(ratings), draw(ratings))
            checkin_list.append(k)
            for owner in draw(st.lists(st.sampled_from([k.uid, None]), max_size=2)):
                answer_list.append(portability.AnswerRecord(
                    f"a{next(uid)}", change.uid, owner, draw(texts.filter(bool)),
                    draw(texts), draw(texts), draw(texts), draw(times)))
        for version in range(1, draw(st.integers(0, 2)) + 1):
            plan_list.append(portability.PlanRecord(f"p{next(uid)}", change.uid, version,
                                                    draw(times), *(draw(texts) for _ in range(6))))
        for sentence in draw(st.sets(texts.filter(bool), max_size=2)):
            side, kind = draw(st.sampled_from(LABELS))
            label_list.append(portability.CorrectionRecord(change.uid, sentence, side, kind,
                                                           draw(times)))
    chosen = draw(st.sets(names, max_size=3))
    places = draw(st.lists(st.none() | st.integers(1, TOP_SIZE), min_size=len(chosen),
                           max_size=len(chosen), unique_by=lambda p: p or object()))
    cards = tuple(portability.CardRecord(name, draw(st.sampled_from(importer.PILES)), place)
                  for name, place in zip(sorted(chosen), places, strict=True))
    sorts = (portability.ValueSortRecord(f"s{next(uid)}", draw(times), draw(st.none() | times),
                                         cards),)
    return portability.Journal(tuple(change_list), tuple(checkin_list), tuple(answer_list),
                               tuple(plan_list), (), sorts, tuple(label_list))


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(journals())
def test_any_journal_survives_the_json_round_trip(journal):
    doc = export.document(journal, "river", "person", stamp(0), stamp(0))
    parsed = importer.read_export(export.to_json(doc))
    assert export.document(parsed, "river", "person", stamp(0), stamp(0)) == doc


def test_an_import_reads_its_answers_before_taking_the_write_lock(full_db, tmp_path, monkeypatch):
    """Another writer, allowed no waiting at all, saves a check-in while the imported answers
    are read: the import holds no lock then, and both land."""

    db, user_id = full_db
    parsed = importer.read_export(export.export_json(db, user_id))
    target = open_db(tmp_path / "target.db")
    river = accounts.sign_up(target, "river", "a long enough password").id
    other = open_db(tmp_path / "target.db")
    other.execute("PRAGMA busy_timeout = 0")
    sky = accounts.sign_up(other, "sky", "a long enough password").id
    sky_change = changes.add_change(other, sky, "Sleep more")
    open_during = []

    def reader(context, to_read):
        open_during.append(target.conn.in_transaction)
        if len(open_during) == 1:
            checkins.save_checkin(other, sky, sky_change,
                                  {"importance": 5, "confidence": 5, "readiness": 5},
                                  [AnswerIn("checkin.note", "Anything else?", "I will rest.")])
        return talk.read_answers(context, to_read)

    monkeypatch.setattr(talk_store, "_reader", [reader])
    try:
        counts = importer.import_journal(target, river, parsed)
        assert open_during and not any(open_during)
        assert counts.added["answers"] == len(parsed.answers)
        assert len(checkins.list_checkins(target, sky, sky_change)) == 1
        assert target.execute("SELECT COUNT(*) FROM answers WHERE user_id = ? AND"
                              " talk_version IS NULL", [river]).fetchone() == (0,)
    finally:
        other.close()
        target.close()


READINGS = ("SELECT uid, talk_change, talk_sustain, talk_version, quote_key, quote_strength,"
            " talk_marks, talk_lead FROM answers WHERE user_id = ? ORDER BY uid")


def test_an_import_reads_its_newest_answers_up_to_a_budget_and_the_rest_are_read_later(
        full_db, fresh, tmp_path, monkeypatch):
    db, user_id = full_db
    parsed = importer.read_export(export.export_json(db, user_id))
    whole = open_db(tmp_path / "whole.db")
    whole_id = accounts.sign_up(whole, "sky", "a long enough password").id
    importer.import_journal(whole, whole_id, parsed)  # within the budget: everything read at once
    # A budget of exactly the two newest moments' answers (a check-in's answers share one).
    newest = sorted({a.created_at for a in parsed.answers}, reverse=True)[:2]
    first = {a.uid for a in parsed.answers if a.created_at in newest}
    monkeypatch.setattr(portability, "IMPORT_READ_CHARS",
                        sum(len(a.text) for a in parsed.answers if a.uid in first))
    target, target_id = fresh
    calls = []

    def reader(context, to_read):
        calls.append((target.conn.in_transaction, len(to_read)))
        return talk.read_answers(context, to_read)

    with monkeypatch.context() as patched:
        patched.setattr(talk_store, "_reader", [reader])
        counts = importer.import_journal(target, target_id, parsed)
    # Only the answers within the budget were read, all before the write lock.
    assert not any(inside for inside, _ in calls) and sum(n for _, n in calls) == len(first)

    versions = dict(target.execute("SELECT uid, talk_version FROM answers WHERE user_id = ?",
                                   [target_id]).fetchall())
    assert {uid for uid, v in versions.items() if v == change_talk.VERSION} == first
    assert len(versions) > len(first) and set(versions.values()) == {change_talk.VERSION, None}
    assert counts.read_later == len(versions) - len(first)
    assert (f"{counts.read_later:,} older answers are counted a batch at a time as you open "
            "Progress.") in importer.import_message(counts)
    # Every quote is keyed, so "In your own words" ranks them without reading every answer.
    ids = [c.id for c in changes.list_changes(target, target_id, include_archived=True)]
    assert not any(answers_store.has_unkeyed(target, target_id, i) for i in ids)
    for change_id in ids:  # Progress reads the rest, a batch per view
        while talk.count_pending(target, target_id, change_id, budget=3):
            pass
    assert (target.execute(READINGS, [target_id]).fetchall()
            == whole.execute(READINGS, [whole_id]).fetchall())
    for sums, key in (("talk_days", "day"), ("talk_months", "month")):  # the triggers' sums
        query = (f"SELECT {key}, answers, change_sentences, sustain_sentences FROM {sums}"
                 f" WHERE user_id = ? ORDER BY change_id, {key}")
        assert (target.execute(query, [target_id]).fetchall()
                == whole.execute(query, [whole_id]).fetchall())
    whole.close()


def test_a_lone_surrogate_in_a_file_is_kept_as_the_replacement_character(fresh):
    doc = small_doc()
    doc["changes"][0]["title"] = "Walk\ud800 more"
    doc["changes"][0]["checkins"][0]["answers"][0]["text"] = "Slowly\udfff."
    target, target_id = fresh
    raw = json.dumps(doc).encode()  # "\ud800" written as JSON writes it, escaped
    importer.import_journal(target, target_id, importer.read_export(raw))
    (change,) = changes.list_changes(target, target_id)
    assert change.title == "Walk\ufffd more"
    assert [a[3] for a in checkins.checkin_answers(target, target_id, change.id)] == ["Slowly\ufffd."]


def test_a_name_of_invisible_characters_only_is_named_as_empty():
    doc = small_doc()
    doc["changes"][0]["title"] = "\u200b\u2060\u3164"
    with pytest.raises(importer.ImportProblems) as refused:
        importer.read_export(export.to_json(doc))
    assert any("“title” is empty" in problem for problem in refused.value.problems)


@pytest.mark.parametrize("kind", ["checkins", "answers", "plans"])
def test_an_id_the_journal_has_on_another_change_is_refused_and_nothing_is_written(fresh, kind):
    """A file whose check-in (answer, plan) takes the id of one of another change would have its
    record counted as there already, and its answers joined to the other change's check-in."""
    target, target_id = fresh
    importer.import_journal(target, target_id, importer.read_export(export.to_json(small_doc())))
    before = row_counts(target)
    doc = small_doc()
    doc["changes"][0].update(id="c2", title="Sleep earlier")
    for record in doc["changes"][0]["checkins"]:
        record["id"] += "-new"
        for answer in record.get("answers", []):
            answer["id"] += "-new"
    doc["changes"][0]["plans"][0]["id"] += "-new"
    taken = {"checkins": doc["changes"][0]["checkins"][0],
             "answers": doc["changes"][0]["checkins"][0]["answers"][0],
             "plans": doc["changes"][0]["plans"][0]}[kind]
    taken["id"] = taken["id"].removesuffix("-new")
    with pytest.raises(importer.ImportProblems) as refused:
        importer.import_journal(target, target_id, importer.read_export(export.to_json(doc)))
    assert refused.value.problems == [
        f"The {importer.KIND_NAMES[kind][0]} with id “{taken['id']}” has the id of a "
        f"{importer.KIND_NAMES[kind][0]} of another change in your journal (was the file "
        "edited?)."]
    assert row_counts(target) == before


# -- the command line: a refused import --create leaves no database behind -----------------------

PASSWORD = "a long enough password"


def two_open_sorts() -> bytes:
    """``small_doc`` with a second values sort in progress: refused once the database is open."""
    doc = small_doc()
    doc["value_sorts"].append({"id": "s2", "started_at": "2026-05-05T09:00:00Z",
                               "completed_at": None, "cards": []})
    return json.dumps(doc).encode()


def import_create(folder, db_name: str, user: str = "river") -> int:
    return cli.main(["import", "--db", str(folder / db_name), "--user", user,
                     "--in", str(folder / "journal.json"), "--create"])


@pytest.mark.parametrize("db_name", ["new.db", "new/folders/journal.db"])
@pytest.mark.parametrize(("password", "user", "raw", "message"), [
    (None, "river", None, "--create needs a password"),
    ("short", "river", None, "Choose a password of at least 10 characters."),
    (PASSWORD, "a b!", None, "A username uses letters, digits, dot, dash or underscore"),
    (PASSWORD, "river", two_open_sorts(), "the journal would then have two"),
], ids=["no password", "short password", "username refused", "problem found on import"])
def test_a_refused_import_create_leaves_no_database_or_folder_behind(
        tmp_path, monkeypatch, capsys, db_name, password, user, raw, message):
    (tmp_path / "journal.json").write_bytes(raw or json.dumps(small_doc()).encode())
    monkeypatch.setattr("sys.stdin", io.StringIO())  # no terminal to type a password in
    if password is None:
        monkeypatch.delenv(cli.PASSWORD_ENV, raising=False)
    else:
        monkeypatch.setenv(cli.PASSWORD_ENV, password)
    before = snapshot(tmp_path)
    assert import_create(tmp_path, db_name, user) == 1
    assert message in capsys.readouterr().err
    assert snapshot(tmp_path) == before


def test_a_refused_import_create_removes_the_logs_sqlite_kept_beside_its_new_database(
        tmp_path, monkeypatch, capsys):
    """SQLite removes a database's -wal and -shm when its last connection closes; while another
    connection has the new file open they stay, and the command removes them with it."""
    (tmp_path / "journal.json").write_bytes(json.dumps(small_doc()).encode())
    monkeypatch.setenv(cli.PASSWORD_ENV, PASSWORD)
    other = []

    def refuse(db, user_id, journal, progress=None):
        other.append(sqlite3.connect(tmp_path / "new.db"))
        other[0].execute("SELECT COUNT(*) FROM users").fetchone()
        raise importer.ImportProblems(["Refused for this test."])

    monkeypatch.setattr(importer, "import_journal", refuse)
    before = snapshot(tmp_path)
    try:
        assert import_create(tmp_path, "new.db") == 1
        assert "Refused for this test." in capsys.readouterr().err
        assert snapshot(tmp_path) == before
    finally:
        other[0].close()


def test_a_refused_import_create_leaves_a_database_file_that_was_there_in_place(
        tmp_path, monkeypatch, capsys):
    (tmp_path / "journal.json").write_bytes(json.dumps(small_doc()).encode())
    (tmp_path / "empty.db").write_bytes(b"")
    with closing(open_db(tmp_path / "kept.db")) as db:
        accounts.sign_up(db, "ada", PASSWORD)
    monkeypatch.setenv(cli.PASSWORD_ENV, "short")
    for name in ("empty.db", "kept.db"):
        assert import_create(tmp_path, name) == 1
        assert "Choose a password of at least 10 characters." in capsys.readouterr().err
    assert (tmp_path / "empty.db").is_file()
    with closing(open_db(tmp_path / "kept.db")) as db:
        assert [row[0] for row in db.execute("SELECT username FROM users")] == ["ada"]


def test_a_log_left_beside_the_new_name_is_refused_and_kept(tmp_path, monkeypatch, capsys):
    """The command removes only what it made: never a log it found there."""
    (tmp_path / "journal.json").write_bytes(json.dumps(small_doc()).encode())
    (tmp_path / "new.db-wal").write_bytes(b"left from an earlier database")
    monkeypatch.setenv(cli.PASSWORD_ENV, PASSWORD)
    before = snapshot(tmp_path)
    assert import_create(tmp_path, "new.db") == 2
    assert "is left from an earlier database called new.db" in capsys.readouterr().err
    assert snapshot(tmp_path) == before


def test_a_refused_demo_leaves_no_database_or_folder_behind(tmp_path, capsys):
    before = snapshot(tmp_path)
    assert cli.main(["demo", "--db", str(tmp_path / "new" / "demo.db"), "--password", "short"]) == 1
    assert "Choose a password of at least 10 characters." in capsys.readouterr().err
    assert snapshot(tmp_path) == before


def test_a_refused_copy_leaves_no_new_database_behind(tmp_path, monkeypatch, capsys):
    """``copy --to new.db`` makes the file; if the copy is refused, the file goes again (a
    target that was there stays: the next test)."""
    with closing(open_db(tmp_path / "source.db")) as source:
        accounts.sign_up(source, "ada", PASSWORD)

    def refuse(source, target):
        raise StoreError("Refused for this test.")

    monkeypatch.setattr("change_journal.store.copying.copy_all", refuse)
    before = snapshot(tmp_path)
    for target in ("new.db", "new/folders/journal.db"):
        assert cli.main(["copy", "--from", str(tmp_path / "source.db"),
                         "--to", str(tmp_path / target)]) == 2  # the store refused it
        assert "Refused for this test." in capsys.readouterr().err
        assert snapshot(tmp_path) == before


def test_a_copy_refused_by_a_target_that_holds_data_leaves_that_target_as_it_was(
        tmp_path, capsys):
    for name in ("source.db", "kept.db"):
        with closing(open_db(tmp_path / name)) as db:
            accounts.sign_up(db, name.removesuffix(".db"), PASSWORD)
    before = snapshot(tmp_path)
    assert cli.main(["copy", "--from", str(tmp_path / "source.db"),
                     "--to", str(tmp_path / "kept.db")]) == 2
    assert "already holds data" in capsys.readouterr().err
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize(("there", "said"), [
    (1, "Added 1 change. 1 other entry was already in the journal and was left as it is."),
    (2, "Added 1 change. 2 other entries were already in the journal and were left as they are."),
])
def test_the_import_message_agrees_in_number(there, said):
    assert importer.import_message(portability.Counts(
        added={"changes": 1}, already_there={"checkins": there})) == said


@pytest.mark.parametrize(("named", "shown", "someone_else"), [
    ("river", "river", False),
    ("RIVER", "RIVER", False),
    ("ｒｉｖｅｒ", "river", False),       # the same account, typed in full-width letters
    ("sam", "sam", True),
    ("   ", "", False),                   # no name a person could have: nothing said
    ("\u202eevil", "", False),
    ("**bold**", "", False),
])
def test_an_export_says_whose_it_is_only_of_a_name_a_person_could_have(named, shown, someone_else):
    doc = json.loads(json.dumps(small_doc()))
    doc["account"] = {"username": named, "role": "person", "created_at": "2026-01-04T18:02:11Z"}
    journal = importer.read_export(json.dumps(doc).encode())
    assert journal.exported_by == shown
    assert importer.from_someone_else(journal, "river") == someone_else
