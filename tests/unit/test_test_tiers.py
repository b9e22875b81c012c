"""The test tiers mean what they say: nothing in tests/unit/ starts a process or drives the app
through AppTest (those belong in tests/integration/ and tests/app/), and every test folder has
its markers (tests/conftest.py adds them by folder, so ``-m "not e2e and not slow"`` is quick)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import TIER_MARKERS, pytest_collection_modifyitems

TESTS = Path(__file__).resolve().parents[1]
UNIT_MAY_NOT_IMPORT = ("subprocess", "multiprocessing", "streamlit.testing", "tests.app",
                       "tests.e2e", "playwright")


def imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def heavy_imports(path: Path) -> list[str]:
    return sorted(name for name in imported_modules(path)
                  if any(name == banned or name.startswith(f"{banned}.")
                         for banned in UNIT_MAY_NOT_IMPORT))


@pytest.mark.parametrize("path", sorted((TESTS / "unit").glob("test_*.py")), ids=lambda p: p.name)
def test_a_unit_test_file_starts_no_process_and_no_app(path):
    found = heavy_imports(path)
    assert not found, (f"tests/unit/{path.name} imports {found}: "
                       "move it to tests/integration/ or tests/app/")


def test_every_test_folder_is_a_known_tier():
    folders = {p.parent.relative_to(TESTS).parts[0] for p in TESTS.rglob("test_*.py")}
    assert folders <= {"unit", *TIER_MARKERS}


class FakeItem:
    """Just what the marking hook looks at: where the test is, and the markers added."""

    def __init__(self, path: Path):
        self.path = path
        self.added: set[str] = set()

    def add_marker(self, name: str) -> None:
        self.added.add(name)


@pytest.mark.parametrize(("folder", "markers"), [("unit", set()), ("app", {"app"}),
                                                  ("integration", {"slow"}),
                                                  ("e2e", {"e2e", "slow"})])
def test_each_tier_gets_its_markers_by_folder_new_files_included(folder, markers):
    item = FakeItem(TESTS / folder / "test_a_file_added_tomorrow.py")
    pytest_collection_modifyitems([item])
    assert item.added == markers


def test_this_run_marked_this_file_as_unit(request):
    assert not {"app", "e2e", "slow"} & {mark.name for mark in request.node.iter_markers()}
