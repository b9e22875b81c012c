"""Hostile and careless import files: files dense with empty objects or lists refused before they
are parsed, a capped problem list with a count of the rest (checking stops at 10,000), memory
close to what parsing the JSON itself takes, one size limit in the code and the documents,
the forms' text rules (control characters, trimming, one-line names, length limits), a field
named twice and numbers too long or too large to read."""

from __future__ import annotations

import json
import re
import tomllib
import tracemalloc
import unicodedata
from dataclasses import astuple
from pathlib import Path

import pytest

from change_journal import accounts, changes, export, importer
from change_journal.config import MAX_CHANGES
from change_journal.store import portability, users
from change_journal.validation import InputError, clean_text, clean_title, tidy

ROOT = Path(__file__).resolve().parents[2]
STAMP = "2026-05-01T09:30:00.000000+00:00"
HEADER = '{"format": "change-journal-export", "format_version": 1, '
CHANGE = f'{{"id": "c1", "title": "Walk", "created_at": "{STAMP}", '


def spam(item: str, count: int, before: str, after: str) -> bytes:
    return (before + ",".join([item] * count) + after).encode()


def empty_changes(count: int) -> bytes:
    """An export whose changes are all ``{}``: one object per three bytes."""
    return spam("{}", count, HEADER + '"changes": [', "]}")


def wrong_changes(count: int) -> bytes:
    """An export whose changes are all ``{"title": 0, "why_now": 0}``: sparse enough to be
    parsed, with four problems each (id, title, why_now, created_at)."""
    return spam('{"title": 0, "why_now": 0}', count, HEADER + '"changes": [', "]}")


def refused(raw: bytes) -> importer.ImportProblems:
    with pytest.raises(importer.ImportProblems) as caught:
        importer.read_export(raw)
    return caught.value


def traced_peak(action) -> int:
    """Peak bytes allocated by Python while ``action()`` runs."""
    tracemalloc.start()
    try:
        action()
    except importer.ImportProblems:
        pass
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak


# -- a capped list of problems, bounded memory -------------------------------------------------

def test_a_file_with_many_problems_keeps_the_first_and_counts_the_rest():
    problems = refused(wrong_changes(2_000))
    assert len(problems.problems) == importer.MAX_PROBLEMS
    assert problems.problems[:4] == [
        "Change 1: “id” is missing.", "Change 1: “title” should be text, in quotes.",
        "Change 1: “why_now” should be text, in quotes.", "Change 1: “created_at” is missing."]
    assert (problems.total, problems.stopped) == (8_000, False)
    assert problems.lines(20)[-1] == "…and 7,980 more."
    assert len(problems.lines(importer.MAX_PROBLEMS)) == importer.MAX_PROBLEMS + 1


def test_checking_stops_after_ten_thousand_problems_and_says_there_are_at_least_that_many():
    problems = refused(wrong_changes(100_000))
    assert (problems.total, problems.stopped) == (importer.MAX_COUNTED, True) == (10_000, True)
    assert problems.lines(20)[-1] == "…and at least 9,980 more."


def test_a_file_with_few_problems_lists_them_all_without_a_count():
    problems = refused(wrong_changes(2))
    assert problems.total == len(problems.problems) == 8
    assert problems.lines(20) == problems.problems


def test_checking_a_file_of_wrong_records_takes_little_more_memory_than_parsing_it():
    raw = wrong_changes(50_000)
    parsing = traced_peak(lambda: json.loads(raw))
    checking = traced_peak(lambda: importer.read_export(raw))
    assert checking < 1.5 * parsing, (checking, parsing)


@pytest.mark.parametrize("item", ["{}", "[]", "[[]]"], ids=["objects", "lists", "nested lists"])
def test_a_file_dense_with_empty_objects_or_lists_is_refused_before_it_is_parsed(item):
    raw = spam(item, 200_000, HEADER + '"changes": [', "]}")
    peak = traced_peak(lambda: importer.read_export(raw))
    (problem,) = refused(raw).problems
    assert problem.startswith("The file is nested too deeply or opens far more objects and lists "
                              "than a Change Journal export of its size (")
    assert 5 * peak < traced_peak(lambda: json.loads(raw)), peak


@pytest.mark.parametrize(("count", "size"), [(1_000, "4 KB"), (300_000, "901 KB"),
                                             (400_000, "1.3 MB")])
def test_the_refusal_names_the_file_size_in_the_unit_a_person_expects(count, size):
    """3,070, 900,070 and 1,200,070 bytes: kilobytes below a megabyte, rounded up."""
    (problem,) = refused(empty_changes(count)).problems
    assert f"({count + 2:,} in {size})" in problem, problem  # the changes, the list, the file


def test_brackets_inside_text_do_not_count_towards_that_limit():
    doc = texts_doc()
    doc["changes"][0]["why_now"] = '[{\\"' * 1_000
    assert importer.read_export(json.dumps(doc).encode()).changes[0].why_now == '[{\\"' * 1_000


@pytest.mark.parametrize("compact", [False, True], ids=["as exported", "minified"])
def test_a_real_export_opens_far_fewer_objects_and_lists_than_that_limit(seeded_db, compact):
    doc = export.export_document(seeded_db, users.find_user(seeded_db, "demo").id)
    raw = json.dumps(doc, separators=(",", ":")).encode() if compact else export.to_json(doc)
    assert len(raw) / (raw.count(b"{") + raw.count(b"[")) > 8 * importer.BYTES_PER_CONTAINER
    assert importer.read_export(raw).changes


# -- one size limit ------------------------------------------------------------------------------

def test_the_size_limit_is_twenty_megabytes_in_the_code_the_upload_box_and_both_documents():
    assert importer.MAX_IMPORT_BYTES == 20 * 1_000_000 == importer.MAX_IMPORT_MB * importer.MEGABYTE
    security = (ROOT / "SECURITY.md").read_text(encoding="utf-8")
    export_format = (ROOT / "docs" / "export-format.md").read_text(encoding="utf-8")
    assert re.findall(r"import file \(at most (\d+) MB", security) == ["20"]
    assert re.findall(r"larger than (\d+) MB", export_format) == ["20"]
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["maxUploadSize"] == importer.MAX_IMPORT_MB


def test_a_file_just_over_the_limit_is_refused_with_the_limit_named():
    problems = refused(b" " * (importer.MAX_IMPORT_BYTES + 1))
    assert problems.problems == [
        "The file is 20.1 MB; the largest file that can be imported is 20 MB."]


# -- the forms' text rules -----------------------------------------------------------------------

TYPED = {
    "title": "  Walk\r\nmore \x1b[31mdays\x07 ",
    "why_now": "My back\x00 aches.\r\nEvery day.\r ",
    "text": "\tSlowly,\x1b but surely.\r\n\x7f",
    "goal": "Walk\x85 at lunch.\x9b",
    "name": " Being\noutdoors\x08 ",
    "description": "Fresh air.\x0c\x0b",
}


def texts_doc() -> dict:
    return {
        "format": "change-journal-export", "format_version": 1,
        "changes": [{
            "id": "c1", "title": TYPED["title"], "why_now": TYPED["why_now"], "created_at": STAMP,
            "checkins": [{"id": "k1", "created_at": STAMP, "importance": 6, "confidence": 4,
                          "readiness": 5,
                          "answers": [{"id": "a1", "prompt_id": "checkin.how_going",
                                       "question": "How is it going?\x1b", "text": TYPED["text"],
                                       "created_at": STAMP}]}],
            "plans": [{"id": "p1", "version": 1, "created_at": STAMP, "goal": TYPED["goal"]}],
        }],
        "custom_values": [{"id": "v1", "name": TYPED["name"], "description": TYPED["description"],
                           "created_at": STAMP}],
        "value_sorts": [{"id": "s1", "started_at": STAMP, "completed_at": None,
                         "cards": [{"value": TYPED["name"], "pile": "very", "top_rank": 1}]}],
    }


def test_imported_text_is_stored_exactly_as_the_forms_would_store_it(db):
    user_id = accounts.sign_up(db, "river", "a long enough password").id
    journal = importer.read_export(json.dumps(texts_doc()).encode())
    importer.import_journal(db, user_id, journal)
    stored = portability.read_journal(db, user_id)
    change, answer, plan = stored.changes[0], stored.answers[0], stored.plans[0]
    value, card = stored.custom_values[0], stored.value_sorts[0].cards[0]
    assert change.title == clean_title(TYPED["title"]) == "Walk more [31mdays"
    assert change.why_now == clean_text(TYPED["why_now"], "") == "My back aches.\nEvery day."
    assert answer.text == clean_text(TYPED["text"], "") == "Slowly, but surely."
    assert answer.question == "How is it going?"
    assert plan.goal == clean_text(TYPED["goal"], "") == "Walk at lunch."
    assert value.name == card.value_name == "Being outdoors"
    assert value.description == "Fresh air."


def test_imported_text_keeps_no_control_character_but_tab_and_newline(db):
    user_id = accounts.sign_up(db, "river", "a long enough password").id
    importer.import_journal(db, user_id, importer.read_export(json.dumps(texts_doc()).encode()))
    kept = {ch for text in strings(astuple(portability.read_journal(db, user_id))) for ch in text
            if unicodedata.category(ch) == "Cc"}
    assert kept <= {"\t", "\n"}, kept


def strings(value) -> list[str]:
    """Every text inside nested tuples."""
    if isinstance(value, str):
        return [value]
    return [text for item in value for text in strings(item)] if isinstance(value, tuple) else []


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["changes"][0].update(title="\x1b\x07\r\n "),
     "Change 1: “title” is empty."),
    (lambda d: d["custom_values"][0].update(name="x" * 41),
     "Value of your own 1: “name” is 41 characters long; the limit is 40."),
    (lambda d: d["custom_values"][0].update(description="x" * 201),
     "Value of your own 1: “description” is 201 characters long; the limit is 200."),
    (lambda d: d["value_sorts"][0]["cards"][0].update(value="x" * 41),
     "Values sort 1, card 1: “value” is 41 characters long; the limit is 40."),
], ids=["title of control characters", "long value name", "long value description",
        "long card name"])
def test_imported_text_gets_the_forms_limits(change, message):
    doc = texts_doc()
    change(doc)
    assert message in refused(json.dumps(doc).encode()).problems


def test_the_forms_drop_exactly_the_control_characters_but_tab_and_newline_and_the_bidi_controls():
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    bidi = {"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
            "\u2069"}
    kept = "".join(ch for ch in every if ch in "\t\n"
                   or (unicodedata.category(ch) != "Cc" and ch not in bidi))
    assert "\u200e" in kept and "\u200f" in kept  # the marks stay
    assert clean_text(f"x{every}x", "", limit=len(every) + 2) == tidy(f"x{every}x") == f"x{kept}x"


def test_text_is_measured_after_control_characters_are_dropped_as_in_the_forms():
    doc = texts_doc()
    doc["changes"][0]["title"] = "\x00" * 500 + "Walk"
    journal = importer.read_export(json.dumps(doc).encode())
    assert journal.changes[0].title == "Walk"


def _with_own_values(names: list[str]) -> bytes:
    doc = {"format": export.FORMAT, "format_version": export.FORMAT_VERSION,
           "exported_at": "2026-01-01T00:00:00Z",
           "account": {"username": "x", "role": "person", "created_at": "2026-01-01T00:00:00Z"},
           "changes": [], "value_sorts": [],
           "custom_values": [{"id": f"v{n}", "name": name, "description": "",
                              "created_at": "2026-01-01T00:00:00Z"} for n, name in enumerate(names)]}
    return json.dumps(doc).encode()


@pytest.mark.parametrize(("names", "problem"), [
    (["health"], "its name is already in the deck"),                  # a value of the deck's own
    (["Gardening", "GARDENING"], "its name is already in the deck"),  # twice, in two cases
    (["Health\u200b"], "or looks like one that is"),                   # the deck's, with a ZWSP
    (["Gardening", "Garde\u0578ing"], "or looks like one that is"),     # an Armenian n
    ([f"Own value {n}" for n in range(41)], "a journal keeps at most 40"),
])
def test_an_import_may_not_add_cards_the_deck_cannot_hold(names, problem):
    with pytest.raises(importer.ImportProblems, match=problem):
        importer.read_export(_with_own_values(names))


def _with_sorts(sorts: list[dict]) -> bytes:
    doc = json.loads(_with_own_values([]))
    doc["value_sorts"] = sorts
    return json.dumps(doc).encode()


def _sort(uid: str, completed: str | None, ranks: list[int | None]) -> dict:
    cards = [{"value": name, "pile": "very", "top_rank": rank}
             for name, rank in zip(["family", "health", "honesty"], ranks, strict=False)]
    return {"id": uid, "started_at": "2026-01-01T00:00:00Z", "completed_at": completed,
            "cards": cards}


def test_a_sort_may_not_give_two_values_one_place():
    with pytest.raises(importer.ImportProblems, match="two values of this sort have place 1"):
        importer.read_export(_with_sorts([_sort("s1", "2026-01-02T00:00:00Z", [1, 1])]))


def test_an_import_may_not_leave_two_sorts_in_progress(db):
    from change_journal import values

    person = accounts.sign_up(db, "river", "a long enough password").id
    two = importer.read_export(_with_sorts([_sort("s1", None, [1]), _sort("s2", None, [2])]))
    with pytest.raises(importer.ImportProblems, match="would then have two"):
        importer.import_journal(db, person, two)
    values.start_sort(db, person)
    one = importer.read_export(_with_sorts([_sort("s3", None, [1])]))
    with pytest.raises(importer.ImportProblems, match="would then have two"):
        importer.import_journal(db, person, one)
    done = importer.read_export(_with_sorts([_sort("s4", "2026-01-02T00:00:00Z", [1, 2])]))
    assert importer.import_journal(db, person, done).added["value_sorts"] == 1


def test_an_import_may_not_add_a_case_variant_of_an_own_value_or_pass_the_cap(db):
    from change_journal import values

    person = accounts.sign_up(db, "river", "a long enough password").id
    values.add_custom_value(db, person, "Gardening", "")
    for alike in ("GARDENING", "Gar\u00addening"):
        with pytest.raises(importer.ImportProblems, match="looks like one you have"):
            importer.import_journal(db, person, importer.read_export(_with_own_values([alike])))
    many = [f"Own value {n}" for n in range(40)]
    with pytest.raises(importer.ImportProblems, match="you would have 41 values of your own"):
        importer.import_journal(db, person, importer.read_export(_with_own_values(many)))
    assert [v.name for v in values.custom_values(db, person)] == ["Gardening"]


# -- a field named twice, numbers too long or too large to read -----------------------------------

def test_a_field_named_twice_is_named_cleaned_and_cut_short():
    """A file's field names are anyone's: no control character reaches a terminal or a page,
    and no name fills the list."""
    name = "\\u001b[31m" + "x" * 100
    text = json.dumps(texts_doc())
    raw = (text[:-1] + f', "{name}": 1, "{name}": 2}}').encode()
    assert refused(raw).problems == [
        f"“[31m{'x' * 36}…” appears more than once at the top of the file; a field may appear "
        "only once."]


def exported(old: str = "", new: str = "") -> str:
    """``texts_doc`` as the app exports it (one field a line), with ``old`` (found once) written
    as ``new``."""
    text = export.to_json(texts_doc()).decode()
    assert text.count(old) == 1 or not old, old
    return text.replace(old, new)


LONG = "9" * 5_000  # Python reads at most 4,300 digits into a whole number


@pytest.mark.parametrize(("text", "digits"), [
    (exported('"importance": 6', f'"importance": {LONG}'), "5,000"),
    (exported('"confidence": 4', f'"confidence": -{LONG}'), "5,000"),
    (exported('"readiness": 5', f'"readiness": {"1" * 4_301}'), "4,301"),
    (exported('"importance": 6', f'"importance": 6, "unknown": [{LONG}]'), "5,000"),
    (exported('"format_version": 1', f'"format_version": {LONG}'), "5,000"),
    (LONG, "5,000"),
], ids=["rating", "negative", "one digit over", "in a field not read", "format version",
        "the whole file"])
def test_a_number_too_long_to_read_is_named_with_its_place(text, digits):
    (problem,) = refused(text.encode()).problems
    at = re.search(r"-?\d{4301,}", text).start()
    line, column = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
    assert problem == (f"The file holds a number {digits} digits long (line {line}, column "
                       f"{column}), far too long to be a Change Journal value, so it cannot be "
                       "imported.")


def test_digits_in_text_are_not_taken_for_a_long_number():
    """Only a file JSON refuses is searched for a long number, and text is passed over whole,
    an escaped quote and all: here NaN is what is wrong."""
    doc = texts_doc()
    doc["changes"][0]["why_now"] = f'She said "{LONG}"'
    text = json.dumps(doc).replace('"importance": 6', '"importance": NaN')
    assert refused(text.encode()).problems == [
        "The file is not valid JSON: it holds values JSON does not allow or is nested too deeply."]


@pytest.mark.parametrize(("written", "problem"), [
    ("1e999999", "“importance” should be a whole number from 0 to 10."),
    ("-1e999999", "“importance” should be a whole number from 0 to 10."),
    (f"{LONG}.5", "“importance” should be a whole number from 0 to 10."),
    ("6." + "0" * 5_000, "“importance” is 6.0; ratings are whole numbers from 0 to 10."),
    ("6e-" + "9" * 5_000, "“importance” should be a whole number from 0 to 10."),
], ids=["huge exponent", "huge negative exponent", "5,000 digits and a fraction",
        "5,000 zeros after the point", "tiny exponent"])
def test_a_number_with_a_point_or_an_exponent_gets_the_message_of_its_field(written, problem):
    """Python reads these as floats of any length (1e999999 as infinity, 6e-99999 as 0.0), so the
    field says what it takes, never echoing a value the file does not hold."""
    raw = exported('"importance": 6', f'"importance": {written}').encode()
    assert refused(raw).problems == [f"Change 1, check-in 1: {problem}"]


# -- how many changes a journal holds ----------------------------------------------------------

def _with_changes(count: int) -> bytes:
    doc = {"format": export.FORMAT, "format_version": export.FORMAT_VERSION,
           "exported_at": "2026-01-01T00:00:00Z",
           "account": {"username": "x", "role": "person", "created_at": "2026-01-01T00:00:00Z"},
           "changes": [{"id": f"c{n}", "title": f"Change {n}", "why_now": "",
                        "created_at": "2026-01-01T00:00:00Z", "checkins": [], "plans": []}
                       for n in range(count)],
           "value_sorts": [], "custom_values": []}
    return json.dumps(doc).encode()


def test_an_import_may_not_take_a_journal_past_the_changes_it_holds(db):
    """A file of thousands of changes (a few hundred kilobytes) would make "Your changes", which
    draws a form for each, crawl for its owner and slow the server for everyone."""
    user_id = accounts.sign_up(db, "river", "a long enough password").id
    changes.add_change(db, user_id, "Walk most days")
    with pytest.raises(importer.ImportProblems,
                       match=rf"would hold {MAX_CHANGES + 1} changes \(archived ones included\)"):
        importer.import_journal(db, user_id, importer.read_export(_with_changes(MAX_CHANGES)))
    assert [c.title for c in changes.list_changes(db, user_id)] == ["Walk most days"]
    importer.import_journal(db, user_id, importer.read_export(_with_changes(MAX_CHANGES - 1)))
    assert len(changes.list_changes(db, user_id)) == MAX_CHANGES
    with pytest.raises(InputError, match=f"holds {MAX_CHANGES} changes"):
        changes.add_change(db, user_id, "One more")


def test_an_import_may_not_bring_more_values_sorts_or_plan_versions_than_a_journal_holds(db):
    """Each is a marker on every progress chart: tens of thousands drew for seconds and broke
    the printable report."""
    user_id = accounts.sign_up(db, "river", "a long enough password").id
    sorts = [{"id": f"s{n}", "started_at": STAMP, "completed_at": STAMP,
              "cards": [{"value": "health", "pile": "very", "top_rank": 1}]}
             for n in range(importer.MAX_VALUE_SORTS + 1)]
    plans = [{"id": f"p{n}", "version": n + 1, "created_at": STAMP, "goal": "Walk"}
             for n in range(importer.MAX_PLAN_VERSIONS + 1)]
    doc = {"format": export.FORMAT, "format_version": export.FORMAT_VERSION,
           "exported_at": STAMP, "custom_values": [], "value_sorts": sorts,
           "changes": [{"id": "c1", "title": "Walk", "why_now": "", "created_at": STAMP,
                        "checkins": [], "plans": plans}]}
    with pytest.raises(importer.ImportProblems) as refused:
        importer.import_journal(db, user_id, importer.read_export(json.dumps(doc).encode()))
    assert refused.value.problems == [
        f"With this file your journal would hold {importer.MAX_VALUE_SORTS + 1:,} values sorts, "
        f"more than the {importer.MAX_VALUE_SORTS:,} it can. Nothing was changed.",
        f"With this file your journal would hold {importer.MAX_PLAN_VERSIONS + 1:,} versions of "
        f"one change's plan, more than the {importer.MAX_PLAN_VERSIONS:,} it can. Nothing was "
        "changed."]
    assert changes.list_changes(db, user_id) == []


def test_an_upload_is_checked_once_while_it_stays_in_the_box_and_again_when_replaced():
    """Settings reruns on every click: the file in the box, good or bad, is read once."""
    kept, reads = {}, []

    def raw(data: bytes):
        return lambda: reads.append(data) or data

    good = json.dumps(texts_doc()).encode()
    first = importer.read_export_once(kept, "file-1", raw(good))
    assert importer.read_export_once(kept, "file-1", raw(good)) is first
    assert reads == [good]
    for _ in range(2):
        with pytest.raises(importer.ImportProblems, match="not a Change Journal export"):
            importer.read_export_once(kept, "file-2", raw(b"{}"))
    assert reads == [good, b"{}"]
    importer.read_export_once(kept, "file-3", raw(good))
    assert reads == [good, b"{}", good]
