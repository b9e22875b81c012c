"""Bad input everywhere: a table of wrong, empty, huge, SQL-looking and look-alike input for every
form and the import. Each case gets a clear message meant for the person (no stack trace, no
SQL) and changes nothing: every table has the same rows afterwards. SQL-looking text that is
otherwise valid is stored and shown back verbatim. The pages' own paths (the limit stated beside
each box, the message shown, nothing saved) are checked with AppTest in
tests/app/test_bad_input_pages.py.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass

import pytest

from change_journal import accounts, checkin, export, importer, plans, prompts, sharing, values
from change_journal.accounts import AccountError
from change_journal.config import MAX_TITLE_CHARS
from change_journal.store import answers as answer_store
from change_journal.store import changes, checkins, open_db
from change_journal.store import sharing as shared_store
from change_journal.store.checkins import AnswerIn
from change_journal.validation import InputError, clean_text, clean_title

PASSWORD = "a long enough password"
MIB_OF_TEXT = "x" * 1_048_576
SQL = "Robert'); DROP TABLE changes; --"


@dataclass(frozen=True)
class Journal:
    """A person with a change and a check-in, a coach with an invite code, and a read-only link."""

    db: object
    person: int
    coach: int
    change_id: int
    invite: str
    token: str


@pytest.fixture
def journal(db) -> Journal:
    person = accounts.sign_up(db, "river", PASSWORD).id
    coach = accounts.sign_up(db, "coach-ada", PASSWORD, "coach").id
    change_id = changes.add_change(db, person, "Walk most days")
    checkins.save_checkin(db, person, change_id, {"importance": 6, "confidence": 4, "readiness": 5},
                          [AnswerIn("checkin.note", "Anything else?", "A calm week.")])
    invite = sharing.create_invite(db, coach)
    token = sharing.create_link(db, person, change_id, None)
    return Journal(db, person, coach, change_id, invite, token)


def rows(db, *, leave_out: tuple[str, ...] = ()) -> dict[str, list]:
    """Every row of every table (but ``leave_out``), to compare before and after."""
    tables = [name for (name,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {t: db.execute(f"SELECT * FROM {t}").fetchall() for t in tables if t not in leave_out}


def ratings(**given) -> dict:
    return {"importance": 6, "confidence": 4, "readiness": 5, **given}


def check_in(j: Journal, rated: dict, texts: dict | None = None) -> None:
    found, written = checkin.build_checkin({"ratings": rated, "texts": texts or {}}, 1)
    checkins.save_checkin(j.db, j.person, j.change_id, found, written)


def explore(j: Journal, texts: dict) -> None:
    book = prompts.load_prompts()
    change = changes.get_change(j.db, j.person, j.change_id)
    sheet = prompts.AnswerSheet.open(j.db, j.person, change, book.set("both_sides").prompts)
    sheet.save(j.db, texts)


def plan(j: Journal, **fields) -> None:
    plans.save_version(j.db, j.person, j.change_id, prompts.load_prompts(), fields)


def add_change(j: Journal, title: str, why_now: str = "") -> None:
    changes.add_change(j.db, j.person, clean_title(title), clean_text(why_now, "Why now"))


def import_file(j: Journal, raw: bytes) -> None:
    importer.import_journal(j.db, j.person, importer.read_export(raw))


def export_with(j: Journal, change: Callable[[dict], None]) -> bytes:
    doc = json.loads(export.export_json(j.db, j.person))
    change(doc)
    return json.dumps(doc).encode()


def first_checkin(doc: dict) -> dict:
    return doc["changes"][0]["checkins"][0]


def wrong_token(j: Journal, token: str) -> None:
    if sharing.open_link(j.db, token) is None:
        raise InputError("This link is not valid.")


BAD = {
    # ratings: out of range and not numbers
    "importance 11": (lambda j: check_in(j, ratings(importance=11)), "whole number from 0 to 10"),
    "confidence -1": (lambda j: check_in(j, ratings(confidence=-1)), "whole number from 0 to 10"),
    "readiness as text": (lambda j: check_in(j, ratings(readiness="seven")),
                          "whole number from 0 to 10"),
    "rating as a numeric string": (lambda j: check_in(j, ratings(importance="7")),
                                   "whole number from 0 to 10"),
    "rating 7.5": (lambda j: check_in(j, ratings(importance=7.5)), "whole number from 0 to 10"),
    "rating true": (lambda j: check_in(j, ratings(importance=True)), "whole number from 0 to 10"),
    "rating missing": (lambda j: check_in(j, ratings(importance=None)),
                       "Choose a number from 0 to 10 for importance"),
    # empty required fields
    "empty change name": (lambda j: add_change(j, ""), "The change is empty"),
    "blank change name": (lambda j: add_change(j, " \n\t "), "The change is empty"),
    "empty coach note": (lambda j: sharing.add_note(j.db, j.coach, j.person, "  "),
                         "The note is empty"),
    "empty value name": (lambda j: values.add_custom_value(j.db, j.person, "", "x"),
                         "The value's name is empty"),
    "empty plan goal": (lambda j: plan(j, goal="", steps="Walk at lunch"), "is empty"),
    "nothing written": (lambda j: explore(j, {}), "There is nothing to save yet"),
    "no change chosen to share": (lambda j: sharing.share_with_coach(j.db, j.person, "coach-ada", []),
                                  "Choose at least one change"),
    "no coach named": (lambda j: sharing.share_with_coach(j.db, j.person, " ", [j.change_id]),
                       "Type your coach's username"),
    "empty username": (lambda j: accounts.sign_up(j.db, "", PASSWORD), "Choose a username"),
    "empty password": (lambda j: accounts.sign_up(j.db, "meadow", ""), "at least 10 characters"),
    # one megabyte of text
    "1 MB change name": (lambda j: add_change(j, MIB_OF_TEXT), f"the limit is {MAX_TITLE_CHARS}"),
    "1 MB why now": (lambda j: add_change(j, "Walk", MIB_OF_TEXT), "the limit is 5,000"),
    "1 MB check-in answer": (lambda j: check_in(j, ratings(), {checkin.NOTE_ID: MIB_OF_TEXT}),
                             "the limit is 5,000"),
    "1 MB exploration answer": (lambda j: explore(j, {"ambivalence.likes": MIB_OF_TEXT}),
                                "the limit is 5,000"),
    "1 MB plan field": (lambda j: plan(j, goal="Walk", obstacles=MIB_OF_TEXT), "the limit is 5,000"),
    "1 MB coach note": (lambda j: sharing.add_note(j.db, j.coach, j.person, MIB_OF_TEXT),
                        "the limit is 5,000"),
    "1 MB value name": (lambda j: values.add_custom_value(j.db, j.person, MIB_OF_TEXT, ""),
                        f"the limit is {values.MAX_NAME_CHARS}"),
    "1 MB value description": (lambda j: values.add_custom_value(j.db, j.person, "Calm", MIB_OF_TEXT),
                               f"the limit is {values.MAX_DESCRIPTION_CHARS}"),
    "1 MB username": (lambda j: accounts.sign_up(j.db, MIB_OF_TEXT, PASSWORD), "3 to 32 characters"),
    "1 MB password": (lambda j: accounts.sign_up(j.db, "meadow", MIB_OF_TEXT), "at most 256"),
    "1 MB coach name": (lambda j: sharing.share_with_coach(j.db, j.person, MIB_OF_TEXT, [j.change_id]),
                        "No coach account matches"),
    "1 MB link token": (lambda j: wrong_token(j, MIB_OF_TEXT), "This link is not valid"),
    # usernames differing only in case or Unicode form
    "username in capitals": (lambda j: accounts.sign_up(j.db, "RIVER", PASSWORD), "is taken"),
    "username in full-width letters": (lambda j: accounts.sign_up(j.db, "ｒｉｖｅｒ", PASSWORD),
                                       "is taken"),
    "username with a trailing space": (lambda j: accounts.sign_up(j.db, "river ", PASSWORD),
                                       "is taken"),
    "username with a zero-width space": (lambda j: accounts.sign_up(j.db, "ri\u200bver", PASSWORD),
                                         "a letter that shows nothing"),
    # SQL-looking text where it cannot be valid
    "SQL as a coach name": (lambda j: sharing.share_with_coach(j.db, j.person, "x' OR '1'='1",
                                                               [j.change_id]),
                            "No coach account matches"),
    "SQL as a username": (lambda j: accounts.sign_up(j.db, SQL, PASSWORD), "letters, digits"),
    "SQL as a link token": (lambda j: wrong_token(j, "' OR 1=1 --"), "This link is not valid"),
    # wrong and truncated share tokens and invite codes
    "truncated link token": (lambda j: wrong_token(j, j.token[:-1]), "This link is not valid"),
    "link token with one more character": (lambda j: wrong_token(j, j.token + "A"),
                                           "This link is not valid"),
    "link token in capitals": (lambda j: wrong_token(j, j.token.upper()), "This link is not valid"),
    "empty link token": (lambda j: wrong_token(j, ""), "This link is not valid"),
    "truncated invite code": (lambda j: sharing.share_with_coach(j.db, j.person, j.invite[:-1],
                                                                 [j.change_id]),
                              "No coach account matches"),
    "invite code with a wrong character": (
        lambda j: sharing.share_with_coach(j.db, j.person, j.invite[:-1] + "U", [j.change_id]),
        "No coach account matches"),
    "someone else's code-shaped text": (
        lambda j: sharing.share_with_coach(j.db, j.person, "7KQ2-M9XD-4HTR", [j.change_id]),
        "No coach account matches"),
    "a person's username as the coach": (
        lambda j: sharing.share_with_coach(j.db, j.person, "river", [j.change_id]),
        "No coach account matches"),
    # the import
    "import: not JSON": (lambda j: import_file(j, b"<html>not json</html>"), "not valid JSON"),
    "import: empty file": (lambda j: import_file(j, b""), "The file is empty."),
    "import: cut short": (lambda j: import_file(j, export.export_json(j.db, j.person)[:200]),
                          "cut short"),
    "import: not text": (lambda j: import_file(j, bytes(range(256))), "not UTF-8"),
    "import: another program's JSON": (lambda j: import_file(j, b'{"hello": "world"}'),
                                       "not a Change Journal export"),
    "import: newer format": (
        lambda j: import_file(j, export_with(j, lambda d: d.update(format_version=99))),
        "newer Change Journal"),
    "import: rating 11": (
        lambda j: import_file(j, export_with(j, lambda d: first_checkin(d).update(importance=11))),
        "“importance” is 11; ratings are whole numbers from 0 to 10"),
    "import: rating as text": (
        lambda j: import_file(j, export_with(j, lambda d: first_checkin(d).update(readiness="7"))),
        "“readiness” should be a whole number from 0 to 10"),
    "import: rating 7.5": (
        lambda j: import_file(j, export_with(j, lambda d: first_checkin(d).update(confidence=7.5))),
        "“confidence” is 7.5"),
    "import: empty change name": (
        lambda j: import_file(j, export_with(j, lambda d: d["changes"][0].update(title=" "))),
        "“title” is empty"),
    "import: 1 MB answer": (
        lambda j: import_file(j, export_with(
            j, lambda d: first_checkin(d)["answers"][0].update(text=MIB_OF_TEXT))),
        "the limit is 5,000"),
    "import: NaN rating": (
        lambda j: import_file(j, export_with(j, lambda d: None).replace(b'"importance": 6',
                                                                        b'"importance": NaN')),
        "values JSON does not allow"),
    "import: nested too deeply": (lambda j: import_file(j, b"[" * 100_000 + b"]" * 100_000),
                                  "nested too deeply"),
    "import: larger than the limit": (
        lambda j: import_file(j, b" " * (importer.MAX_IMPORT_BYTES + 1)),
        f"the largest file that can be imported is {importer.MAX_IMPORT_MB} MB"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_input_gets_a_clear_message_and_changes_nothing(journal, case):
    """Nothing but the sign-in throttle's count: asking for a taken username counts against it,
    so sign-up cannot be used to test names quickly."""
    attempt, message = BAD[case]
    before = rows(journal.db, leave_out=("sign_in_failures",))
    with pytest.raises((InputError, AccountError, importer.ImportProblems)) as refused:
        attempt(journal)
    assert message in str(refused.value)
    assert not any(word in str(refused.value) for word in ("Traceback", "sqlite", "SELECT"))
    assert rows(journal.db, leave_out=("sign_in_failures",)) == before


def test_the_bad_input_table_covers_every_form_and_the_import():
    covered = " ".join(BAD)
    for part in ("rating", "change name", "why now", "check-in answer", "exploration answer",
                 "plan", "coach note", "value name", "username", "password", "link token",
                 "invite code", "import"):
        assert part in covered


@pytest.mark.parametrize("username", ["river", "RIVER", "  River ", "ｒｉｖｅｒ"])
def test_a_username_in_another_case_or_form_signs_in_to_the_same_account(journal, username):
    assert accounts.sign_in(journal.db, username, PASSWORD).id == journal.person


@pytest.mark.parametrize("typed", ["' OR '1'='1", "river'--", MIB_OF_TEXT])
def test_sql_or_huge_sign_in_names_get_the_usual_message(journal, typed):
    before = rows(journal.db, leave_out=("sign_in_failures",))
    with pytest.raises(AccountError, match=accounts.SIGN_IN_FAILED):
        accounts.sign_in(journal.db, typed, PASSWORD)
    assert rows(journal.db, leave_out=("sign_in_failures",)) == before


def test_a_composed_and_a_decomposed_accent_are_one_username(db):
    accounts.sign_up(db, "r\u00e9mi", PASSWORD)
    with pytest.raises(AccountError, match="is taken"):
        accounts.sign_up(db, "re\u0301mi", PASSWORD)
    assert accounts.sign_in(db, "RE\u0301MI", PASSWORD).username == "r\u00e9mi"


def first_note(j: Journal) -> str:
    return shared_store.list_notes(j.db, j.coach, j.person)[0].text


def note(j: Journal, text: str) -> None:
    sharing.share_with_coach(j.db, j.person, "coach-ada", [j.change_id])
    sharing.accept(j.db, j.coach, j.person)
    sharing.add_note(j.db, j.coach, j.person, text)


VERBATIM = {
    "change name": (
        lambda j, t: changes.update_change(j.db, j.person, j.change_id, clean_title(t), ""),
        lambda j: changes.get_change(j.db, j.person, j.change_id).title),
    "why now": (
        lambda j, t: changes.update_change(j.db, j.person, j.change_id, "Walk",
                                           clean_text(t, "Why now")),
        lambda j: changes.get_change(j.db, j.person, j.change_id).why_now),
    "check-in answer": (
        lambda j, t: check_in(j, ratings(), {checkin.NOTE_ID: t}),
        lambda j: checkins.checkin_answers(j.db, j.person, j.change_id)[-1][3]),
    "exploration answer": (
        lambda j, t: explore(j, {"ambivalence.likes": t}),
        lambda j: answer_store.list_answers(j.db, j.person, j.change_id)[-1].text),
    "plan field": (
        lambda j, t: plan(j, goal=t),
        lambda j: plans.versions(j.db, j.person, j.change_id)[-1].fields["goal"]),
    "coach note": (note, first_note),
    "value name": (
        lambda j, t: values.add_custom_value(j.db, j.person, t, ""),
        lambda j: values.custom_values(j.db, j.person)[0].name),
    "value description": (
        lambda j, t: values.add_custom_value(j.db, j.person, "Calm", t),
        lambda j: values.custom_values(j.db, j.person)[0].description),
}
"""Where SQL-looking text is valid: how to write it, and how to read it back."""


@pytest.mark.parametrize("field", list(VERBATIM))
def test_sql_looking_text_is_stored_and_read_back_verbatim(journal, field):
    write, read = VERBATIM[field]
    schema = journal.db.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    write(journal, SQL)
    assert read(journal) == SQL
    assert journal.db.execute("SELECT type, name, sql FROM sqlite_master").fetchall() == schema


def test_sql_looking_text_survives_export_and_import(journal, tmp_path):
    j = journal
    check_in(j, ratings(), {checkin.NOTE_ID: SQL})
    raw = export.export_json(j.db, j.person)
    with closing(open_db(tmp_path / "other.db")) as other:
        person = accounts.sign_up(other, "meadow", PASSWORD).id
        importer.import_journal(other, person, importer.read_export(raw))
        (change,) = changes.list_changes(other, person)
        assert SQL in [row[3] for row in checkins.checkin_answers(other, person, change.id)]


def test_a_draft_with_bad_ratings_is_refused_on_saving(journal):
    draft = {"ratings": {"importance": "11", "confidence": [], "readiness": {"x": 1}}, "texts": {}}
    with pytest.raises(InputError) as refused:
        checkin.build_checkin(draft, 0)
    assert str(refused.value).count("whole number from 0 to 10") == 3
