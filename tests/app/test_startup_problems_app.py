"""The app started on a database it cannot use shows one clear error (no exception, no stack
trace) and leaves the file and its folder as they were; on a missing folder it creates it and
starts as usual. The problems are made as in tests/unit/test_startup_problems.py (see there why
they stop root too)."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from change_journal.ui import session
from tests.app.conftest import APP, sign_in
from tests.fixtures_first_schema import PASSWORD, build
from tests.unit.test_startup_problems import PROBLEMS, snapshot

START_ERROR = "Change Journal cannot open its database."


def start_app(monkeypatch, path) -> AppTest:
    monkeypatch.setenv("CHANGE_JOURNAL_DB", str(path))
    at = AppTest.from_file(APP, default_timeout=30)
    at.run()
    assert not at.exception
    return at


@pytest.mark.parametrize("name", list(PROBLEMS))
def test_the_app_explains_a_database_it_cannot_use_and_changes_nothing(monkeypatch, tmp_path,
                                                                       caplog, name):
    """The page says the journal cannot open; what is wrong, which names the file, goes to the
    server's log (a visitor is not told where the database lives)."""
    case = PROBLEMS[name]
    path = case.make(tmp_path)
    before = snapshot(tmp_path)

    at = start_app(monkeypatch, path)

    assert [e.value for e in at.error] == [f"{START_ERROR} {session.DATABASE_DOWN}"]
    assert str(tmp_path) not in at.error[0].value
    assert any(case.message in r.getMessage() for r in caplog.records)
    assert not at.text_input  # the page stopped before the sign-in form
    assert snapshot(tmp_path) == before

    at.run()  # every rerun says the same, and still changes nothing
    assert not at.exception and at.error[0].value.startswith(START_ERROR)
    assert snapshot(tmp_path) == before


def test_the_app_creates_a_missing_folder_and_shows_the_sign_in_page(monkeypatch, tmp_path):
    path = tmp_path / "new" / "folder" / "journal.db"

    at = start_app(monkeypatch, path)

    assert not at.error
    assert at.text_input(key="sign_in_username")
    assert path.is_file()


def test_the_app_upgrades_a_first_schema_database_and_shows_its_history(monkeypatch, tmp_path):
    path = build(tmp_path / "journal.db", stop_before="m002_mi_exploration")
    at = sign_in(start_app(monkeypatch, path), "river", PASSWORD)

    at.switch_page("pages/progress.py").run()
    at.button_group(key="progress_range").set_value("All").run()

    assert not at.exception and not at.error
    assert "Over 4 weeks and 3 check-ins" in at.markdown[0].value

