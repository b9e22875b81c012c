"""Copying a whole deployment between engines (``store.copying``): every table, ids continuing
where the source's would, and a target that holds anything refused with nothing written."""

from __future__ import annotations

from contextlib import closing

import pytest

from change_journal.store import StoreError, open_db, users
from change_journal.store.copying import copy_all
from change_journal.store.deletion import delete_account

pytestmark = pytest.mark.engines("sqlite", "postgresql")


def test_a_target_that_holds_anything_is_refused_and_left_as_it_was(seeded_db, tmp_path):
    with closing(open_db(tmp_path / "other.db")) as source:
        users.create_user(source, "sam", "sam", "hash")
        with pytest.raises(StoreError, match="already holds data"):
            copy_all(source, seeded_db)
    assert users.find_user(seeded_db, "sam") is None


def test_the_copy_has_every_table_and_account_ids_are_never_handed_out_again(db, tmp_path):
    with closing(open_db(tmp_path / "source.db")) as source:
        keep = users.create_user(source, "ana", "ana", "hash")
        delete_account(source, users.create_user(source, "ben", "ben", "hash"))
        report = copy_all(source, db)
    assert report.rows["users"] == 1 and set(report.rows) >= {"answers", "grants", "sessions"}
    assert users.get_user(db, keep).username == "ana"
    assert users.create_user(db, "cleo", "cleo", "hash") == keep + 2
