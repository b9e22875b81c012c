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
- Databases: migrated once per session into a template and copied per test (:func:`db_path`);
  the demo journal likewise (:func:`seeded_db`). A test runs on SQLite only, unless it (or its
  module) is marked ``@pytest.mark.engines("sqlite", "postgresql")``: then it runs once per
  engine, and ``db_path`` is a ``postgresql://`` address in the PostgreSQL case, a new database in
  a throwaway cluster (:mod:`tests.pg_cluster`, one per xdist worker). Without PostgreSQL's
  server programs those cases skip with the reason, except under ``CI=true``, where they fail.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from change_journal import accounts
from change_journal.demo import create_demo
from change_journal.store import open_db
from tests.pg_cluster import server_binaries, start_cluster

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


def pytest_generate_tests(metafunc):
    marker = metafunc.definition.get_closest_marker("engines")
    if marker is not None and "engine" in metafunc.fixturenames:
        metafunc.parametrize("engine", marker.args, indirect=True, scope="session")


@pytest.fixture(scope="session")
def engine(request) -> str:
    """The database engine of this test: ``sqlite`` unless marked ``engines`` (see above)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def postgres_cluster():
    """A throwaway PostgreSQL cluster for this session (and xdist worker), stopped at the end."""
    if server_binaries() is None:
        reason = ("PostgreSQL's server programs (initdb, pg_ctl) are not installed; "
                  "Debian: apt-get install postgresql")
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}. Under CI=true the PostgreSQL cases must run.")
        pytest.skip(reason)
    cluster = start_cluster()
    yield cluster
    cluster.stop()


Address = Path | str
"""An SQLite file, or a ``postgresql://`` address."""


@pytest.fixture(scope="session")
def make_database(request, engine, tmp_path_factory) -> Callable[..., Address]:
    """``make_database(template=None)``: the address of a new database of this test's engine,
    empty or a copy of the (closed) ``template``, kept until the session ends."""
    if engine == "postgresql":
        cluster = request.getfixturevalue("postgres_cluster")
        return cluster.create_database

    def new_file(template: Path | None = None) -> Path:
        path = tmp_path_factory.mktemp("db") / "journal.db"
        return copy_database(template, path) if template else path

    return new_file


@pytest.fixture
def new_database(request, engine, make_database) -> Iterator[Callable[..., Address]]:
    """:func:`make_database` for one test: a PostgreSQL database goes when the test ends."""
    made: list[Address] = []
    cluster = request.getfixturevalue("postgres_cluster") if engine == "postgresql" else None

    def make(template: Address | None = None) -> Address:
        made.append(make_database(template))
        return made[-1]

    yield make
    for address in made if cluster else ():
        cluster.drop_database(address)


@pytest.fixture(scope="session")
def migrated_template(make_database) -> Address:
    """A database migrated to the current schema, built once per session (and per xdist
    worker and engine). Copy it; never open it for writing."""
    address = make_database()
    open_db(address).close()
    return address


@pytest.fixture(scope="session")
def seeded_template(make_database, migrated_template) -> Address:
    """:func:`migrated_template` plus the demo account, built once per session. Copy it."""
    address = make_database(migrated_template)
    database = open_db(address)
    try:
        create_demo(database, DEMO_PASSWORD, now=FIXED_NOW)  # hashed by fast_password_hashing
    finally:
        database.close()
    return address


def copy_database(template: Path, path: Path) -> Path:
    """Copy a closed database file (a WAL file is folded in on close, so one file is enough)."""
    shutil.copy(template, path)
    return path


@pytest.fixture
def db_path(request, tmp_path, engine, new_database) -> Address:
    """A migrated, empty database: a file, or a ``postgresql://`` address for the PostgreSQL
    case (holding the demo account when the test also asks for ``seeded_db``, so ``db_path``,
    ``db`` and ``seeded_db`` are one database)."""
    template = request.getfixturevalue(
        "seeded_template" if "seeded_db" in request.fixturenames else "migrated_template")
    if engine == "postgresql":
        return new_database(template)
    return copy_database(template, tmp_path / "journal.db")


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
