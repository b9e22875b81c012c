"""Start-up problems met by the command line (``python -m change_journal`` in a subprocess): one
``error:`` line, a non-zero exit, no stack trace, and nothing on disk overwritten or added beside
the file. A missing folder is created. The problems are made as in
tests/unit/test_startup_problems.py (see there why they stop root too)."""

from __future__ import annotations

import os
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from change_journal.store import open_db, users
from tests.unit.test_startup_problems import PASSWORD, PROBLEMS, Problem, snapshot


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "change_journal", *args], cwd=cwd,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120)


@pytest.fixture
def problem(request, tmp_path) -> tuple[Problem, Path]:
    """The problem named by the test's parameter, made in ``tmp_path``."""
    case = PROBLEMS[request.param]
    return case, case.make(tmp_path)


@pytest.mark.parametrize("problem", list(PROBLEMS), indirect=True)
def test_a_start_up_problem_is_one_error_line_on_the_command_line(problem, tmp_path):
    case, path = problem
    before = snapshot(tmp_path)
    if case.command == "export":
        args = ["export", "--db", str(path), "--user", "demo", "--out", "out.json"]
    else:
        args = ["demo", "--db", str(path), "--password", PASSWORD]
    done = run_cli(*args, cwd=tmp_path)
    assert done.returncode != 0
    assert done.stdout == ""
    assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1, done.stderr
    assert case.message in done.stderr
    assert snapshot(tmp_path) == before


def test_a_missing_folder_is_created_by_the_command_line(tmp_path):
    done = run_cli("demo", "--db", "other/folder/journal.db", "--password", PASSWORD,
                   cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    with closing(open_db(tmp_path / "other" / "folder" / "journal.db")) as db:
        assert users.find_user(db, "demo") is not None


def test_exporting_from_a_missing_folder_says_so_and_creates_nothing(tmp_path):
    done = run_cli("export", "--db", "missing/journal.db", "--user", "demo", "--out", "x.json",
                   cwd=tmp_path)
    assert done.returncode != 0
    assert done.stderr == "error: There is no database at missing/journal.db.\n"
    assert os.listdir(tmp_path) == []
