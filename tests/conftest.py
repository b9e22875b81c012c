"""Shared fixtures: a migrated empty database and one with a realistic history."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from change_journal.demo import create_demo
from change_journal.store import open_db

DEMO_PASSWORD = "demo-password-for-tests"
FIXED_NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def db_path(tmp_path):
    """Path of a migrated, empty database file."""
    path = tmp_path / "journal.db"
    open_db(path).close()
    return path


@pytest.fixture
def db(db_path):
    """An open connection to a migrated, empty database."""
    database = open_db(db_path)
    yield database
    database.close()


@pytest.fixture
def seeded_db(db):
    """A database holding the demo account: two changes and six months of check-ins."""
    create_demo(db, DEMO_PASSWORD, now=FIXED_NOW)
    return db
