"""The Settings page in AppTest: downloads offered, import with its checks and result, reminders,
deleting a check-in, an answer, a change and the whole account behind a confirmation."""

from __future__ import annotations

import html
import json
import re
from contextlib import closing

import pytest

from change_journal import export, importer, report
from change_journal.demo import create_demo
from change_journal.store import changes, checkins, open_db, users
from change_journal.store.checkins import AnswerIn
from change_journal.ui import session
from change_journal.validation import isolated
from tests.app.conftest import PASSWORD, click, sign_in, sign_up

RATINGS = {"importance": 6, "confidence": 4, "readiness": 5}


@pytest.fixture
def demo_export(tmp_path) -> bytes:
    """The bytes of a JSON export of the demo account, made in a database of its own."""
    with closing(open_db(tmp_path / "elsewhere.db")) as db:
        account, _ = create_demo(db, "a long enough password")
        return export.export_json(db, account.id)


@pytest.fixture
def river(new_app, app_db):
    """A person signed up as river with one change and two check-ins, on the Settings page."""
    at = sign_up(new_app(), "river")
    with closing(open_db(app_db)) as db:
        user_id = users.find_user(db, "river").id
        change_id = changes.add_change(db, user_id, "Walk most days")
        for words in ("A slow start.", "Four walks this week."):
            checkins.save_checkin(db, user_id, change_id, RATINGS,
                                  [AnswerIn("checkin.how_going", "How is it going?", words)])
    at.switch_page("pages/settings.py").run()
    assert not at.exception
    return at


def plain(markdown: str) -> str:
    """Markdown without its escaping backslashes and link-breaking character references."""
    return html.unescape(re.sub(r"\\(.)", r"\1", markdown))


def count(app_db, table: str) -> int:
    with closing(open_db(app_db)) as db:
        return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_a_person_is_offered_both_exports_the_report_and_a_reminder(river):
    labels = [b.label for b in river.get("download_button")]
    assert labels == ["Everything (JSON)", "Check-ins (CSV)", "Download the report",
                      "Download the calendar file (.ics)"]
    assert any(c.value.startswith("Every Monday and Thursday at 19:00 (UTC).")
               for c in river.caption)


def test_a_report_picks_at_most_its_limit_of_changes_and_says_so(river, new_app, app_db):
    """An import can bring any number of changes; a report holds up to report.MAX_CHANGES."""
    with closing(open_db(app_db)) as db:
        user_id = users.find_user(db, "river").id
        for n in range(report.MAX_CHANGES):
            changes.add_change(db, user_id, f"Change {n:02}")
    river = sign_in(new_app(), "river")  # a new tab: the picker's default is its first value
    river.switch_page("pages/settings.py").run()
    assert not river.exception
    picker = river.multiselect(key="report_changes")
    assert len(picker.value) == report.MAX_CHANGES and len(picker.options) == report.MAX_CHANGES + 1
    assert (f"A report holds up to {report.MAX_CHANGES} changes: pick the ones to print, or make "
            "one report for each group.") in [c.value for c in river.caption]


def test_choosing_no_day_for_the_reminder_asks_for_one(river):
    river.button_group(key="reminder_days").set_value([]).run()
    assert not river.exception
    assert "Choose at least one day for the reminder." in [i.value for i in river.info]
    assert "Download the calendar file (.ics)" not in [b.label for b in river.get("download_button")]


def test_importing_an_export_adds_it_once_and_says_what_was_added(river, app_db, demo_export):
    river.file_uploader(key="import_file").set_value(("demo.json", demo_export,
                                                      "application/json")).run()
    doc = json.loads(demo_export)
    n_checkins = sum(len(c["checkins"]) for c in doc["changes"])
    n_answers = (sum(len(k["answers"]) for c in doc["changes"] for k in c["checkins"])
                 + sum(len(c["answers"]) for c in doc["changes"]))
    before = count(app_db, "checkins")
    assert any(m.value.startswith(f"This file holds 2 changes, {n_checkins} check-ins, "
                                  f"{n_answers} written answers") for m in river.markdown)
    old_titles = river.multiselect(key="report_changes").value
    click(river, "Import into my journal")
    assert [s.value for s in river.success][0].startswith(f"Added 2 changes, {n_checkins} check-ins")
    assert count(app_db, "checkins") == before + n_checkins
    # The report offers the changes just added, picked like every other.
    picked = river.multiselect(key="report_changes").value
    assert len(picked) == len(old_titles) + 2 and set(old_titles) < set(picked)
    click(river, "Import into my journal")
    assert river.success[0].value.startswith("Everything in this file was already")
    assert count(app_db, "checkins") == before + n_checkins


def test_a_file_from_another_account_says_whose_it_is_and_ones_own_does_not(river, app_db,
                                                                           demo_export):
    """A walk-through imported someone else's export with no word that it was theirs."""
    river.file_uploader(key="import_file").set_value(("demo.json", demo_export,
                                                      "application/json")).run()
    name = json.loads(demo_export)["account"]["username"]
    (warning,) = river.warning
    assert f"exported from the account “{isolated(name)}”, not from yours" in plain(warning.value)
    assert "Import into my journal" in [b.label for b in river.button]
    with closing(open_db(app_db)) as db:
        own = export.export_json(db, users.find_user(db, "river").id)
    river.file_uploader(key="import_file").set_value(("own.json", own, "application/json")).run()
    assert not river.warning


def test_a_file_holding_nothing_offers_nothing_to_import(river, demo_export):
    doc = {key: [] if isinstance(value, list) else value
           for key, value in json.loads(demo_export).items()}
    river.file_uploader(key="import_file").set_value(("empty.json", json.dumps(doc).encode(),
                                                      "application/json")).run()
    assert not river.exception
    assert any(m.value == "This file holds nothing." for m in river.markdown)
    assert "Import into my journal" not in [b.label for b in river.button]


def test_a_bad_file_lists_its_problems_and_changes_nothing(river, app_db, demo_export):
    doc = json.loads(demo_export)
    doc["changes"][0]["checkins"][0]["importance"] = 12
    del doc["changes"][1]["title"]
    river.file_uploader(key="import_file").set_value(("bad.json", json.dumps(doc).encode(),
                                                      "application/json")).run()
    assert not river.exception
    assert river.warning[-1].value.startswith("This file can't be imported as it is")
    listed = next(plain(m.value) for m in river.markdown if m.value.startswith("- "))
    assert listed == ("- Change 1, check-in 1: “importance” is 12; ratings are whole numbers "
                      "from 0 to 10.\n- Change 2: “title” is missing.")
    assert "Import into my journal" not in [b.label for b in river.button]
    assert count(app_db, "checkins") == 2


def test_the_file_in_the_box_is_checked_once_however_often_the_page_reruns(river, demo_export,
                                                                           monkeypatch):
    reads = []
    real = importer.read_export
    monkeypatch.setattr(importer, "read_export", lambda raw: reads.append(len(raw)) or real(raw))
    river.file_uploader(key="import_file").set_value(("demo.json", demo_export,
                                                      "application/json")).run()
    river.run()
    river.run()
    assert reads == [len(demo_export)]
    assert any(m.value.startswith("This file holds 2 changes") for m in river.markdown)


def test_a_file_whose_check_in_has_the_id_of_another_changes_is_refused_on_the_page(
        river, app_db, demo_export):
    """Found only when importing (the file alone is fine): the same list, nothing changed."""
    river.file_uploader(key="import_file").set_value(("demo.json", demo_export,
                                                      "application/json")).run()
    click(river, "Import into my journal")
    doc = json.loads(demo_export)
    doc["changes"][0]["id"] = "a change of its own now"
    river.file_uploader(key="import_file").set_value(("edited.json", json.dumps(doc).encode(),
                                                      "application/json")).run()
    before = count(app_db, "checkins")
    click(river, "Import into my journal")
    assert river.warning[-1].value.startswith("This file can't be imported as it is")
    listed = next(plain(m.value) for m in river.markdown if m.value.startswith("- "))
    assert listed.startswith("- The check-in with id “") and "(was the file edited?)" in listed
    assert not river.success and count(app_db, "checkins") == before


def test_a_check_in_is_deleted_only_after_confirming(river, app_db):
    with closing(open_db(app_db)) as db:
        user_id = users.find_user(db, "river").id
        change_id = changes.list_changes(db, user_id)[0].id
        newest = checkins.list_checkins(db, user_id, change_id)[-1].id
    river.selectbox(key="delete_checkin").set_value(newest).run()
    assert "How is it going?\n    Four walks this week." in [t.value for t in river.text]
    click(river, "Delete this check-in…")
    assert [t.value for t in river.text][-1].endswith("importance 6, confidence 4, readiness 5")
    click(river, "Keep it")
    assert count(app_db, "checkins") == 2
    river.selectbox(key="delete_checkin").set_value(newest).run()
    click(river, "Delete this check-in…")
    click(river, "Delete for good")
    assert river.success[0].value == "The check-in was deleted."
    assert count(app_db, "checkins") == 1 and count(app_db, "answers") == 1


def test_a_written_answer_is_deleted_after_confirming(river, app_db):
    river.button_group(key="delete_kind").set_value("A written answer").run()
    with closing(open_db(app_db)) as db:
        (first,) = db.execute("SELECT id FROM answers WHERE text = 'A slow start.'").fetchone()
    river.selectbox(key="delete_answer").set_value(first).run()
    assert "A slow start." in [t.value for t in river.text]
    click(river, "Delete this answer…")
    click(river, "Delete for good")
    assert count(app_db, "answers") == 1 and count(app_db, "checkins") == 2


def test_a_change_is_deleted_from_its_page_after_confirming(river, app_db):
    river.switch_page("pages/changes.py").run()
    click(river, "Delete this change…")
    assert "Walk most days" in [t.value for t in river.text]
    click(river, "Delete for good")
    assert river.success[0].value == "The change was deleted, with everything in it."
    assert count(app_db, "changes") == 0 and count(app_db, "checkins") == 0


def test_deleting_the_account_needs_the_password_and_ends_the_session(river, app_db):
    river.text_input(key="delete_account_password").input(PASSWORD)
    click(river, "Delete my account")  # the box left unticked
    assert [i.value for i in river.info] == [
        "Tick “I understand that this cannot be undone” to go on. Nothing was deleted."]
    assert count(app_db, "users") == 1
    for typed in ("river", "not my password at all"):
        river.text_input(key="delete_account_password").input(typed)
        river.checkbox(key="delete_account_sure").check()
        click(river, "Delete my account")
        assert ("That is not your current password. Nothing was deleted."
                in [i.value for i in river.info])
        assert count(app_db, "users") == 1
    river.text_input(key="delete_account_password").input(PASSWORD)
    river.checkbox(key="delete_account_sure").check()
    click(river, "Delete my account")
    assert count(app_db, "users") == 0 and count(app_db, "answers") == 0
    assert count(app_db, "sessions") == 0
    assert "account" not in river.session_state
    assert [i.value for i in river.info] == ["Please sign in first."]
    assert river.session_state[session.ACCOUNT_DELETED_KEY]  # for app.py to say (next test)


def test_the_app_says_once_that_the_account_was_deleted(new_app):
    at = new_app()
    at.session_state[session.ACCOUNT_DELETED_KEY] = True
    at.run()
    assert [m.value for m in at.success] == [session.ACCOUNT_DELETED]
    at.run()
    assert not at.success


def test_a_coach_sees_only_the_deletion_of_their_account(new_app):
    at = new_app()
    at.radio(key="sign_up_role").set_value("coach")
    sign_up(at, "coach-ada")
    at.switch_page("pages/settings.py").run()
    assert not at.exception
    assert len(at.get("download_button")) == 0
    assert [h.value for h in at.header] == ["Password and sign-in", "Delete your account"]
    said = at.markdown[-1].value
    assert "your notes and every client's sharing with you" in said
    assert ("Everyone who still shares with you, shares you have not accepted included, is told "
            "on their Sharing page, under your username, that you deleted your account.") in said
    assert "apart from those notices, only a scrambled form of it is kept" in said
