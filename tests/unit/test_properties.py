"""Property tests (hypothesis): whatever text a person writes (any Unicode, Markdown, HTML, SQL,
control characters, right-to-left marks, emoji) comes back from the store exactly as saved, and a
journal exported, imported into a fresh database and exported again is the same journal.

Each property runs a bounded number of examples on in-memory databases, so the file stays fast.
"""

from __future__ import annotations

import json
import unicodedata
from contextlib import closing
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from change_journal import export, importer
from change_journal.config import MAX_TITLE_CHARS
from change_journal.rulers import SCALE
from change_journal.store import answers, changes, checkins, open_db, plans, users, values
from change_journal.store.checkins import AnswerIn
from change_journal.validation import InputError, clean_text, one_line, tidy

EXAMPLES = settings(max_examples=100, deadline=None)
HEAVY = settings(max_examples=50, deadline=None)
NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)

SPECIAL = st.sampled_from([
    "**bold**", "<script>alert(1)</script>", "[x](javascript:alert(1))",
    "![x](http://example.com/a.png)", "'); DROP TABLE answers; --", "\u202eשלום مرحبا",
    "🙂👩‍👩‍👧", "\x00\x07\x1b[31m", "\r\n", "\t", "$x^2$", ":red[x]", "\\", "%s %(x)s {0}",
])
TEXT = st.lists(st.one_of(st.text(max_size=40), SPECIAL), max_size=4).map("".join)
"""Any text, with a good share of the hostile kinds."""
WORDS = TEXT.filter(lambda t: t.strip())
TITLE = WORDS.filter(lambda t: len(t) <= MAX_TITLE_CHARS)
PROMPT_ID = st.text(alphabet="abcdefghijklmnopqrstuvwxyz._", min_size=1, max_size=30)
RATINGS = st.fixed_dictionaries({k: st.sampled_from(list(SCALE))
                                 for k in ("importance", "confidence", "readiness")})
SAVED = TEXT.map(tidy)
"""Text as the forms save it, and as an import reads it back."""
SAVED_NAME = TITLE.map(lambda t: one_line(tidy(t))).filter(bool)
MOMENT = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2026, 1, 1),
                      timezones=st.just(UTC)).map(lambda d: d.isoformat(timespec="microseconds"))


def fresh() -> tuple:
    """An in-memory migrated database with one person in it."""
    db = open_db(":memory:")
    return db, users.create_user(db, "river", "river", "not a real hash")


@EXAMPLES
@given(title=TITLE, why_now=TEXT)
def test_a_change_comes_back_exactly_as_saved(title, why_now):
    db, person = fresh()
    with closing(db):
        change_id = changes.add_change(db, person, title, why_now)
        found = changes.get_change(db, person, change_id)
        assert (found.title, found.why_now) == (title, why_now)


@EXAMPLES
@given(rated=RATINGS, written=st.lists(st.tuples(PROMPT_ID, TEXT, TEXT), max_size=4),
       at=MOMENT)
def test_a_check_in_and_its_answers_come_back_exactly_as_saved(rated, written, at):
    db, person = fresh()
    with closing(db):
        change_id = changes.add_change(db, person, "Walk")
        saved = [AnswerIn(*answer) for answer in written]
        checkin_id = checkins.save_checkin(db, person, change_id, rated, saved, created_at=at)
        (row,) = checkins.list_checkins(db, person, change_id)
        assert (row.id, row.created_at, row.importance, row.confidence, row.readiness) == (
            checkin_id, at, rated["importance"], rated["confidence"], rated["readiness"])
        assert checkins.checkin_answers(db, person, change_id) == [
            (checkin_id, a.prompt_id, a.question, a.text) for a in saved]


@EXAMPLES
@given(written=st.lists(st.tuples(PROMPT_ID, TEXT, TEXT), min_size=1, max_size=4), subject=TEXT)
def test_exploration_answers_come_back_exactly_as_saved(written, subject):
    db, person = fresh()
    with closing(db):
        change_id = changes.add_change(db, person, "Walk")
        answers.save_answers(db, person, change_id, [AnswerIn(*a) for a in written],
                             subject=subject)
        found = answers.list_answers(db, person, change_id, subject=subject)
        assert [(a.prompt_id, a.question, a.text) for a in found] == written


@EXAMPLES
@given(text=TEXT, limit=st.integers(min_value=1, max_value=200))
def test_cleaned_text_has_no_control_characters_and_fits_its_limit(text, limit):
    try:
        clean = clean_text(text, "The answer", limit=limit)
    except InputError as refused:
        assert "the limit is" in str(refused)
        return
    assert len(clean) <= limit and clean == clean.strip()
    assert not [c for c in clean if unicodedata.category(c) == "Cc" and c not in "\t\n"]
    assert clean_text(clean, "The answer", limit=limit) == clean


@st.composite
def journals(draw) -> dict:
    """What one person wrote: changes with check-ins, answers and plan versions; values of their
    own; a values sort."""
    return {
        "changes": draw(st.lists(st.fixed_dictionaries({
            "title": SAVED_NAME, "why_now": SAVED, "at": MOMENT,
            "checkins": st.lists(st.tuples(RATINGS, MOMENT, st.lists(
                st.tuples(PROMPT_ID, SAVED, SAVED), max_size=2)), max_size=3),
            "answers": st.lists(st.tuples(PROMPT_ID, SAVED, SAVED), max_size=2),
            "plans": st.lists(st.dictionaries(st.sampled_from(plans.FIELDS), SAVED), max_size=2),
        }), min_size=1, max_size=3)),
        "values": draw(st.lists(SAVED_NAME.filter(lambda t: len(t) <= 40), max_size=3,
                                unique_by=str.casefold)),
    }


def write(db, person: int, journal: dict) -> None:
    for change in journal["changes"]:
        change_id = changes.add_change(db, person, change["title"], change["why_now"],
                                       created_at=change["at"])
        for rated, at, written in change["checkins"]:
            checkins.save_checkin(db, person, change_id, rated,
                                  [AnswerIn(*a) for a in written], created_at=at)
        if change["answers"]:
            answers.save_answers(db, person, change_id, [AnswerIn(*a) for a in change["answers"]],
                                 created_at=change["at"])
        for fields in change["plans"]:
            plans.save_plan(db, person, change_id, fields, created_at=change["at"])
    for name in journal["values"]:
        values.add_custom_value(db, person, name, "")
    sort = values.start_sort(db, person)
    for name in journal["values"]:
        values.place_card(db, person, sort.id, name, "very")
    values.complete_sort(db, person, sort.id, journal["values"][:5])


def exported(db, person: int) -> dict:
    doc = export.export_document(db, person, now=NOW)
    doc.pop("account")
    return doc


@HEAVY
@given(journal=journals())
def test_export_then_import_into_a_fresh_database_gives_the_same_journal(journal):
    db, person = fresh()
    other, newcomer = fresh()
    with closing(db), closing(other):
        write(db, person, journal)
        raw = export.export_json(db, person, now=NOW)
        importer.import_journal(other, newcomer, importer.read_export(raw))
        assert exported(other, newcomer) == exported(db, person)
        again = importer.import_journal(other, newcomer, importer.read_export(raw))
        assert sum(again.added.values()) == 0
        assert json.loads(export.export_json(other, newcomer, now=NOW))["changes"] == json.loads(
            raw)["changes"]
