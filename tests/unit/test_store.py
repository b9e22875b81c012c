"""The store: migrations, start-up checks, scoping by user, atomic check-ins and drafts, on
both engines."""

from __future__ import annotations

from contextlib import closing

import pytest

from change_journal.store import (
    DATABASE_ERRORS,
    INTEGRITY_ERRORS,
    StoreError,
    applied_steps,
    changes,
    checkins,
    drafts,
    open_db,
    transaction,
    users,
)
from change_journal.store.changes import NotYours
from change_journal.store.checkins import AnswerIn
from change_journal.store.migrations import ORDER

pytestmark = pytest.mark.engines("sqlite", "postgresql")
RATINGS = {"importance": 7, "confidence": 4, "readiness": 5}


def make_user(db, name="alex"):
    return users.create_user(db, name, name.casefold(), "hash")


def test_fresh_database_has_every_migration_applied_once(db):
    assert applied_steps(db) == [step.__name__ for step in ORDER]
    assert {"users", "changes", "checkins", "answers", "drafts"} <= set(db.table_names())


def test_opening_twice_applies_nothing_new(db_path):
    open_db(db_path).close()
    with closing(open_db(db_path)) as database:
        assert applied_steps(database) == [step.__name__ for step in ORDER]


def test_a_new_database_is_migrated_on_first_open(new_database):
    with closing(open_db(new_database())) as database:
        assert applied_steps(database) == [step.__name__ for step in ORDER]


def test_another_programs_database_is_refused_and_left_as_it_was(new_database):
    address = new_database()
    with closing(open_db(address, migrate=False)) as database, transaction(database):
        database.execute("CREATE TABLE notes (body TEXT)")
    for _attempt in range(2):  # still refused: the first refusal migrated nothing
        with pytest.raises(StoreError, match="of another program"):
            open_db(address)


def test_an_unreachable_server_gets_one_clear_message():
    with pytest.raises(StoreError, match=r"^Cannot reach the PostgreSQL database 'journal' on "
                                         r"/nonexistent/socket/dir: .*Check that the server"):
        open_db("postgresql://journal@/journal?host=/nonexistent/socket/dir")


@pytest.mark.engines("sqlite")
def test_connection_uses_wal_foreign_keys_and_busy_timeout(db):
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_missing_folder_is_created(tmp_path):
    path = tmp_path / "new" / "folder" / "journal.db"
    open_db(path).close()
    assert path.exists()


def test_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a Change Journal database"):
        open_db(path)
    assert path.read_bytes() == before


def test_database_from_a_newer_version_is_refused(db_path):
    with closing(open_db(db_path)) as database, transaction(database):
        database.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('change_journal', 'm999_from_the_future', '2030-01-01')"
        )
    with pytest.raises(StoreError, match="newer version"):
        open_db(db_path)


def test_changes_are_scoped_to_their_owner(db):
    alex, sam = make_user(db, "alex"), make_user(db, "sam")
    change_id = changes.add_change(db, alex, "Walk more")
    assert [c.title for c in changes.list_changes(db, alex)] == ["Walk more"]
    assert changes.list_changes(db, sam) == []
    assert changes.get_change(db, sam, change_id) is None
    assert changes.update_change(db, sam, change_id, "Taken over", "") is False
    assert changes.set_archived(db, sam, change_id, True) is False
    assert changes.get_change(db, alex, change_id).title == "Walk more"


def test_archived_changes_are_hidden_unless_asked_for(db):
    alex = make_user(db)
    keep = changes.add_change(db, alex, "Walk more")
    old = changes.add_change(db, alex, "Sleep earlier")
    assert changes.set_archived(db, alex, old, True)
    assert [c.id for c in changes.list_changes(db, alex)] == [keep]
    assert [c.id for c in changes.list_changes(db, alex, include_archived=True)] == [keep, old]
    assert changes.set_archived(db, alex, old, False)
    assert len(changes.list_changes(db, alex)) == 2


def test_checkin_saves_ratings_answers_and_clears_its_draft_together(db):
    alex = make_user(db)
    change_id = changes.add_change(db, alex, "Walk more")
    drafts.save_draft(db, alex, "checkin", change_id, {"ratings": {"importance": 7}})
    checkin_id = checkins.save_checkin(
        db, alex, change_id, RATINGS, [AnswerIn("checkin.note", "Note?", "Rainy week.")],
        clear_draft="checkin",
    )
    assert checkins.list_checkins(db, alex, change_id)[0].id == checkin_id
    assert checkins.checkin_answers(db, alex, change_id) == [
        (checkin_id, "checkin.note", "Note?", "Rainy week.")]
    assert drafts.load_draft(db, alex, "checkin", change_id) == {}


def test_checkin_on_someone_elses_change_is_refused_and_writes_nothing(db):
    alex, sam = make_user(db, "alex"), make_user(db, "sam")
    change_id = changes.add_change(db, alex, "Walk more")
    with pytest.raises(NotYours):
        checkins.save_checkin(db, sam, change_id, RATINGS, [AnswerIn("checkin.note", "Q", "x")])
    assert db.execute("SELECT COUNT(*) FROM checkins").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 0


@pytest.mark.parametrize("bad", [{"importance": 11}, {"confidence": -1}, {"readiness": 99}])
def test_out_of_range_rating_rolls_back_the_whole_checkin(db, bad):
    alex = make_user(db)
    change_id = changes.add_change(db, alex, "Walk more")
    with pytest.raises(INTEGRITY_ERRORS):
        checkins.save_checkin(db, alex, change_id, {**RATINGS, **bad},
                              [AnswerIn("checkin.note", "Q", "kept?")])
    assert db.execute("SELECT COUNT(*) FROM checkins").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 0


def test_checkin_history_of_another_person_is_empty(db):
    alex, sam = make_user(db, "alex"), make_user(db, "sam")
    change_id = changes.add_change(db, alex, "Walk more")
    checkins.save_checkin(db, alex, change_id, RATINGS, [AnswerIn("checkin.note", "Q", "mine")])
    assert checkins.list_checkins(db, sam, change_id) == []
    assert checkins.checkin_answers(db, sam, change_id) == []
    assert checkins.checkin_stats(db, sam, change_id) == (0, None, None)


def test_checkins_since_a_date_leave_out_older_ones(db):
    alex = make_user(db)
    change_id = changes.add_change(db, alex, "Walk more")
    for stamp in ("2026-01-01T10:00:00.000000+00:00", "2026-03-01T10:00:00.000000+00:00"):
        checkins.save_checkin(db, alex, change_id, RATINGS, [], created_at=stamp)
    recent = checkins.list_checkins(db, alex, change_id, since="2026-02-01T00:00:00.000000+00:00")
    assert [c.created_at[:10] for c in recent] == ["2026-03-01"]


def test_drafts_round_trip_and_are_private(db):
    alex, sam = make_user(db, "alex"), make_user(db, "sam")
    change_id = changes.add_change(db, alex, "Walk more")
    draft = {"ratings": {"importance": 3}, "texts": {"checkin.how_going": "half a thought"}}
    drafts.save_draft(db, alex, "checkin", change_id, draft)
    drafts.save_draft(db, alex, "checkin", change_id, {**draft, "step": 2})
    assert drafts.load_draft(db, alex, "checkin", change_id) == {**draft, "step": 2}
    assert drafts.load_draft(db, sam, "checkin", change_id) == {}
    drafts.delete_draft(db, alex, "checkin", change_id)
    assert drafts.load_draft(db, alex, "checkin", change_id) == {}


def test_eight_concurrent_writers_all_land_without_lock_errors(db_path):
    import threading

    setup = open_db(db_path)
    alex = make_user(setup)
    change_id = changes.add_change(setup, alex, "Walk more")
    setup.close()
    errors = []

    def writer(n: int) -> None:
        for i in range(15):
            try:
                database = open_db(db_path, migrate=False)
                checkins.save_checkin(database, alex, change_id, RATINGS,
                                      [AnswerIn("checkin.note", "Q", f"writer {n} save {i}")])
                database.close()
            except DATABASE_ERRORS as exc:
                errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    check = open_db(db_path)
    assert check.execute("SELECT COUNT(*) FROM checkins").fetchone()[0] == 8 * 15
    assert check.execute("SELECT COUNT(DISTINCT text) FROM answers").fetchone()[0] == 8 * 15
