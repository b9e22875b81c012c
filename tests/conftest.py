"""Shared fixtures and the test tiers.

- Tiers by folder: ``tests/unit`` (core and store, in-process, no AppTest, no subprocess),
  ``tests/app`` (Streamlit AppTest, marked ``app``), ``tests/integration`` (real processes:
  the command line, worker processes killed mid-save, the benchmark harness; marked ``slow``)
  and ``tests/e2e`` (a real server and Chromium; marked ``e2e`` and ``slow``). The markers are
  added here, by folder, so a new test file gets its tier's marker without doing anything.
  ``pytest -m "not e2e and not slow"`` is the quick loop.
- Passwords: every test hashes with a cheap argon2 hasher (:func:`fast_password_hashing`);
  production keeps argon2id with the library's parameters, which
  ``tests/unit/test_password_hashing.py`` checks against :data:`PRODUCTION_HASHER`.
- Databases: migrated once per session into a template file and copied per test
  (:func:`db_path`); the demo journal likewise (:func:`seeded_db`).
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from change_journal import accounts
from change_journal.demo import create_demo
from change_journal.store import open_db

DEMO_PASSWORD = "demo-password-for-tests"
FIXED_NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
TESTS = Path(__file__).resolve().parent
TIER_MARKERS = {"app": ("app",), "integration": ("slow",), "e2e": ("e2e", "slow")}
"""Markers added to every test under ``tests/<folder>/``."""
TIER_ORDER = {"integration": 0, "e2e": 1, "app": 2, "unit": 3}
"""Tiers in the order they run, longest tests first (the sort keeps each tier's own order)."""

PRODUCTION_HASHER = accounts.HASHER
"""The hasher the app uses, saved before any test swaps it (see :func:`fast_password_hashing`)."""
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
"""argon2id at its cheapest: hashes look and verify like the real ones, in microseconds."""


def pytest_collection_modifyitems(items):
    """Mark each test with its tier, and put the tiers of long tests first: the parallel workers
    then start on the benchmark's smoke runs and the browser tests and end on quick unit tests,
    rather than one worker finishing a minute-long test while the other has nothing left."""
    for item in items:
        for name in TIER_MARKERS.get(_tier(item), ()):
            item.add_marker(name)
    items.sort(key=lambda item: TIER_ORDER.get(_tier(item), len(TIER_ORDER)))


def _tier(item) -> str | None:
    try:
        return Path(item.path).resolve().relative_to(TESTS).parts[0]
    except ValueError:  # a test outside tests/ (none today)
        return None


@pytest.fixture(scope="session", autouse=True)
def fast_password_hashing():
    """Hash passwords cheaply in every test (the one place tests change the hasher).

    Production parameters cost about 0.1 s per hash on an idle machine and several times that
    on a busy one; a suite that signs up and in thousands of times would spend minutes on them.
    Session-wide, so module- and session-scoped fixtures that make accounts hash cheaply too.
    A test that needs the real parameters patches in :data:`PRODUCTION_HASHER` for itself.
    The browser tests' server and the command-line tests run their own processes, which keep
    the real hasher."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(accounts, "HASHER", FAST_HASHER)
        yield FAST_HASHER


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory) -> Path:
    """A database file migrated to the current schema, built once per session (and per xdist
    worker). Copy it; never open it for writing."""
    path = tmp_path_factory.mktemp("template") / "journal.db"
    open_db(path).close()
    return path


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory, migrated_template) -> Path:
    """:func:`migrated_template` plus the demo account, built once per session. Copy it."""
    path = tmp_path_factory.mktemp("seeded") / "journal.db"
    shutil.copy(migrated_template, path)
    database = open_db(path)
    try:
        create_demo(database, DEMO_PASSWORD, now=FIXED_NOW)  # hashed by fast_password_hashing
    finally:
        database.close()
    return path


def copy_database(template: Path, path: Path) -> Path:
    """Copy a closed database file (a WAL file is folded in on close, so one file is enough)."""
    shutil.copy(template, path)
    return path


@pytest.fixture
def db_path(request, tmp_path) -> Path:
    """Path of a migrated, empty database file (holding the demo account when the test also
    asks for ``seeded_db``, so ``db_path``, ``db`` and ``seeded_db`` are one database)."""
    template = "seeded_template" if "seeded_db" in request.fixturenames else "migrated_template"
    return copy_database(request.getfixturevalue(template), tmp_path / "journal.db")


@pytest.fixture
def db(db_path):
    """An open connection to a migrated, empty database."""
    database = open_db(db_path)
    yield database
    database.close()


@pytest.fixture
def seeded_db(db):
    """A database holding the demo account: two changes and six months of check-ins."""
    return db
