"""Deleting for good: an account leaves no row behind in any table (found from the schema, so
tables added later are covered), a change, check-in or answer takes what hangs off it and the
coach's access with it, nobody can delete someone else's rows, and the words leave the file."""

from __future__ import annotations

import hashlib
from contextlib import closing

import pytest

from change_journal import accounts, confusables
from change_journal.store import changes, checkins, deletion, open_db, sharing, users
from change_journal.store.answers import save_answers
from change_journal.store.checkins import AnswerIn
from change_journal.store.plans import save_plan
from change_journal.store.values import add_custom_value, complete_sort, place_card, start_sort

PASSWORD = "a long enough password"
SECRET = "words-nobody-else-should-ever-read-7f3a"


@pytest.fixture
def people(seeded_db):
    """The demo person with every kind of record, sharing both changes with a coach (numbers,
    and one answer picked by hand), a share link and coach notes; plus another person and the
    coach's other client, whose rows must survive."""
    db = seeded_db
    demo = users.find_user(db, "demo").id
    coach = accounts.sign_up(db, "coach-ada", PASSWORD, role="coach").id
    other = accounts.sign_up(db, "river", PASSWORD).id
    drink, walk = changes.list_changes(db, demo)
    save_answers(db, demo, drink.id, [AnswerIn("values.meaning", "What does it mean?", SECRET)],
                 subject="health")
    save_plan(db, demo, walk.id, {"goal": "Walk at lunch"})
    add_custom_value(db, demo, "Being outdoors", "")
    sort = start_sort(db, demo)
    place_card(db, demo, sort.id, "health", "very")
    complete_sort(db, demo, sort.id, ["health"])
    (grant_id, _walk_grant) = sharing.grant(db, demo, coach, [drink.id, walk.id], "answers",
                                            [("how", "checkin.how_going")], None)
    answer_id = deletion.list_answers(db, demo, drink.id)[0].id
    sharing.set_grant_scope(db, demo, grant_id, "answers", [("how", "checkin.how_going")],
                            [answer_id])
    sharing.create_link(db, demo, walk.id, "hash-of-a-token", None)
    sharing.add_note(db, coach, demo, "Ask about the late meetings.")
    sharing.create_invite(db, coach, "hash-of-a-code", "2100-01-01T00:00:00+00:00")
    other_change = changes.add_change(db, other, "Read more")
    checkins.save_checkin(db, other, other_change, {"importance": 5, "confidence": 5,
                                                    "readiness": 5},
                          [AnswerIn("checkin.how_going", "How is it going?", "Fine.")])
    sharing.grant(db, other, coach, [other_change], "numbers", [], None)
    sharing.add_note(db, coach, other, "River's note.")
    return db, {"demo": demo, "coach": coach, "river": other}


def person_columns(db) -> list[tuple[str, str]]:
    """``(table, column)`` for every column that names an account: ``user_id`` wherever it
    appears, and any column with a foreign key to ``users``."""
    found = set()
    tables = [t for (t,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    for table in tables:
        for column in db.execute(f"PRAGMA table_info({table})"):
            if column[1] == "user_id":
                found.add((table, "user_id"))
        for key in db.execute(f"PRAGMA foreign_key_list({table})"):
            if key[2] == "users":
                found.add((table, key[3]))
    return sorted(found)


def rows_of(db, user_id: int) -> dict[str, int]:
    return {f"{t}.{c}": db.execute(f"SELECT COUNT(*) FROM {t} WHERE {c} = ?", [user_id]).fetchone()[0]
            for t, c in person_columns(db)}


def test_the_schema_check_sees_every_table_that_names_a_person(db):
    assert {"changes.user_id", "checkins.user_id", "answers.user_id", "plans.user_id",
            "value_sort_cards.user_id", "grants.client_id", "grants.coach_id",
            "coach_notes.client_id", "coach_invites.coach_id", "share_links.user_id"} \
        <= {f"{t}.{c}" for t, c in person_columns(db)}


def test_every_column_naming_a_person_is_deleted_with_them(db):
    for table, column in person_columns(db):
        if table == "users":
            continue
        keys = [k for k in db.execute(f"PRAGMA foreign_key_list({table})") if k[3] == column]
        assert keys and keys[0][2] == "users" and keys[0][6] == "CASCADE", \
            f"{table}.{column} needs REFERENCES users(id) ON DELETE CASCADE"


@pytest.mark.parametrize("who", ["demo", "coach"])
def test_deleting_an_account_leaves_no_row_of_it_in_any_table(people, who):
    db, ids = people
    own_journal = ("changes.user_id", "checkins.user_id", "answers.user_id")
    river_before = {k: v for k, v in rows_of(db, ids["river"]).items() if k in own_journal}
    assert any(rows_of(db, ids[who]).values())
    assert deletion.delete_account(db, ids[who]) is True
    left = rows_of(db, ids[who])
    assert left == dict.fromkeys(left, 0)
    assert users.get_user(db, ids[who]) is None
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert {k: v for k, v in rows_of(db, ids["river"]).items() if k in own_journal} \
        == river_before


def test_deleting_a_change_takes_its_history_and_ends_the_coach_s_access(people):
    db, ids = people
    demo, coach = ids["demo"], ids["coach"]
    drink, walk = changes.list_changes(db, demo)
    assert sharing.shared_checkins(db, coach, demo, drink.id)
    assert deletion.delete_change(db, demo, drink.id) is True
    assert changes.get_change(db, demo, drink.id) is None
    assert sharing.shared_change(db, coach, demo, drink.id) is None
    assert sharing.shared_checkins(db, coach, demo, drink.id) == []
    for table in ("checkins", "answers", "drafts", "plans", "grants", "share_links"):
        assert db.execute(f"SELECT COUNT(*) FROM {table} WHERE change_id = ?",
                          [drink.id]).fetchone() == (0,)
    assert sharing.shared_checkins(db, coach, demo, walk.id)


def test_deleting_a_checkin_takes_its_answers_and_nothing_else(people):
    db, ids = people
    demo = ids["demo"]
    drink = changes.list_changes(db, demo)[0]
    first, second = checkins.list_checkins(db, demo, drink.id)[:2]
    before = len(deletion.list_answers(db, demo, drink.id))
    own = db.execute("SELECT COUNT(*) FROM answers WHERE checkin_id = ?", [first.id]).fetchone()[0]
    assert deletion.delete_checkin(db, demo, first.id) is True
    assert [r.id for r in checkins.list_checkins(db, demo, drink.id)][0] == second.id
    assert len(deletion.list_answers(db, demo, drink.id)) == before - own


def test_deleting_an_answer_removes_it_from_what_the_coach_sees(people):
    db, ids = people
    demo, coach = ids["demo"], ids["coach"]
    drink = changes.list_changes(db, demo)[0]
    shared = sharing.shared_answers(db, coach, demo, drink.id)
    picked = deletion.list_answers(db, demo, drink.id)[0].id
    assert picked in {a.id for a in shared}
    assert deletion.delete_answer(db, demo, picked) is True
    assert picked not in {a.id for a in sharing.shared_answers(db, coach, demo, drink.id)}
    assert db.execute("SELECT COUNT(*) FROM grant_answers WHERE answer_id = ?",
                      [picked]).fetchone() == (0,)


@pytest.mark.parametrize("kind", ["answer", "checkin", "change"])
def test_nobody_can_delete_someone_else_s_rows(people, kind):
    db, ids = people
    river = ids["river"]
    change_id = changes.list_changes(db, river)[0].id
    target = {
        "answer": deletion.list_answers(db, river, change_id)[0].id,
        "checkin": checkins.list_checkins(db, river, change_id)[0].id,
        "change": change_id,
    }[kind]
    before = rows_of(db, river)
    remove = getattr(deletion, f"delete_{kind}")
    assert remove(db, ids["demo"], target) is False
    assert rows_of(db, river) == before


def test_deleted_words_do_not_remain_in_the_database_file(people, db_path):
    db, ids = people
    drink = changes.list_changes(db, ids["demo"])[0]
    secret = deletion.list_answers(db, ids["demo"], drink.id)[0]
    assert secret.text == SECRET
    with closing(open_db(db_path)):
        files = [p for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)]
        assert any(SECRET.encode() in p.read_bytes() for p in files)
        db.execute("PRAGMA secure_delete = OFF")  # the default of many SQLite builds
        deletion.delete_answer(db, ids["demo"], secret.id)
        assert all(SECRET.encode() not in p.read_bytes() for p in files if p.exists())


@pytest.mark.engines("sqlite", "postgresql")
def test_a_deleted_coach_s_name_is_never_taken_again_nor_one_like_it(db):
    """A client who shares again with "coach-ada" after she deleted her account must not share
    with a stranger who signed up under her name since (adversarial round 12): a coach's name is
    kept as digests only, and a person's name is free again."""
    coach = accounts.sign_up(db, "coach-ada", PASSWORD, role="coach")
    person = accounts.sign_up(db, "river", PASSWORD)
    accounts.delete_account(db, coach, PASSWORD)
    accounts.delete_account(db, person, PASSWORD)
    for name in ("coach-ada", "Coach-Ada", "coach-\u0430da", "coach-adA", "coach_ada", "coach.Ada"):
        with pytest.raises(accounts.AccountError, match="taken"):
            accounts.sign_up(db, name, PASSWORD, role="coach")
    with pytest.raises(accounts.AccountError, match="taken"):
        accounts.sign_up(db, "coach-ada", PASSWORD)  # as a person too
    assert accounts.sign_up(db, "river", PASSWORD).username == "river"
    kept = [row for (row,) in db.execute("SELECT name_hash FROM retired_names")]
    assert kept and not any("ada" in digest for digest in kept)


def test_a_coach_deleted_before_marks_were_read_alike_keeps_every_mark_variant_taken(db):
    """Digests kept before "coach_ada" was read as "coach-ada" hold no one-mark form: a new
    name is checked with its marks swapped every way (a strict review found "coach_ada" free)."""
    coach = accounts.sign_up(db, "coach-ada.b", PASSWORD, role="coach")
    old_digests = sorted(hashlib.sha256(key.encode()).hexdigest()
                         for key in confusables.look_alike_keys("coach-ada.b"))
    deletion.delete_account(db, coach.id, old_digests)
    for name in ("coach_ada_b", "Coach.Ada-B", "coach-ada_b"):
        with pytest.raises(accounts.AccountError, match="taken"):
            accounts.sign_up(db, name, PASSWORD, role="coach")
    assert accounts.sign_up(db, "coach-adab", PASSWORD, role="coach").username == "coach-adab"


@pytest.mark.engines("sqlite", "postgresql")
def test_a_person_is_told_which_shares_ended_when_their_coach_deleted_their_account(db):
    """The grants go with the coach's account; each person who still shared with it (accepted,
    waiting, on an archived change too) keeps a line saying so, until they delete the change or
    their account. Shares that had ended (stopped, run out, declined) leave nothing."""
    coach = accounts.sign_up(db, "coach-ada", PASSWORD, role="coach")
    other_coach = accounts.sign_up(db, "coach-bo", PASSWORD, role="coach").id
    river = accounts.sign_up(db, "river", PASSWORD).id
    sam = accounts.sign_up(db, "sam", PASSWORD).id
    walk, read, swim, cook = (changes.add_change(db, river, title)
                              for title in ("Walk", "Read", "Swim", "Cook"))
    sleep = changes.add_change(db, sam, "Sleep")
    sharing.grant(db, river, coach.id, [walk], "numbers", [], None)
    sharing.grant(db, river, coach.id, [read], "numbers", [], None, coach_status="pending")
    stopped = sharing.grant(db, river, coach.id, [swim], "numbers", [], None)[0]
    sharing.revoke_grant(db, river, stopped)
    sharing.grant(db, river, coach.id, [cook], "numbers", [], None, coach_status="declined")
    sharing.grant(db, river, other_coach, [swim], "numbers", [], None)
    sharing.grant(db, sam, coach.id, [sleep], "numbers", [], "2020-01-01T00:00:00+00:00")
    changes.set_archived(db, river, walk, True)  # archived, still shared

    accounts.delete_account(db, coach, PASSWORD)

    told = sharing.list_departures(db, river)
    assert [(d.coach_name, d.change_title, d.change_archived, d.accepted, d.seen_at)
            for d in told] == [("coach-ada", "Read", False, False, None),
                               ("coach-ada", "Walk", True, True, None)]
    assert sharing.list_departures(db, sam) == []  # that share had run out before
    assert [g.coach_name for g in sharing.list_grants(db, river)] == ["coach-bo"]
    assert sharing.unseen_departure_count(db, river) == 2
    assert sharing.mark_departures_seen(db, river, [told[0].id]) == 1  # only what was shown
    assert sharing.mark_departures_seen(db, sam, [told[1].id]) == 0  # not Sam's to mark
    assert [d.seen_at is None for d in sharing.list_departures(db, river)] == [False, True]
    assert sharing.unseen_departure_count(db, river) == 1
    assert deletion.delete_change(db, river, walk) is True
    assert [d.change_title for d in sharing.list_departures(db, river)] == ["Read"]
    accounts.delete_account(db, users.find_user(db, "river"), PASSWORD)
    assert db.execute("SELECT COUNT(*) FROM coach_departures").fetchone() == (0,)
