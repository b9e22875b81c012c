"""Server-side sessions: tokens stored only as hashes, idle and absolute expiry, ending one or all
sessions, password change and account deletion ending them, and account ids never reused."""

from __future__ import annotations

from contextlib import closing
from datetime import UTC, datetime, timedelta

import pytest

from change_journal import accounts, sessions
from change_journal.store import deletion, open_db
from change_journal.store.migrations import MIGRATIONS

PASSWORD = "a long enough password"
START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def river(db):
    return accounts.sign_up(db, "river", PASSWORD)


def test_a_session_resumes_the_account_it_was_started_for(db, river):
    token = sessions.start(db, river, device="Firefox on Linux", now=START)
    assert sessions.resume(db, token, now=START + timedelta(hours=1)) == river


def test_only_the_hash_of_a_token_is_stored(db, river):
    token = sessions.start(db, river, now=START)
    stored = [tuple(row) for row in db.execute("SELECT * FROM sessions").fetchall()]
    assert stored and all(token not in str(value) for row in stored for value in row)
    assert stored[0][0] == sessions.token_hash(token)


@pytest.mark.parametrize("token", [
    None, "", "short", "x" * 43 + "y", "../../etc/passwd", "'; DROP TABLE users; --" + "a" * 20,
    "A" * 10_000, 12345, "é" * 43,
])
def test_anything_that_is_not_a_live_token_resumes_nothing(db, river, token):
    sessions.start(db, river, now=START)
    assert sessions.resume(db, token, now=START) is None


def test_a_session_unused_for_the_idle_limit_has_ended(db, river):
    token = sessions.start(db, river, now=START)
    used = START + sessions.IDLE_LIMIT - timedelta(minutes=1)
    assert sessions.resume(db, token, now=used) == river
    assert sessions.resume(db, token, now=used + sessions.IDLE_LIMIT) is None
    assert db.execute("SELECT count(*) FROM sessions").fetchone()[0] == 0


def test_a_session_used_every_day_still_ends_at_its_lifetime(db, river):
    token = sessions.start(db, river, now=START)
    day = START
    while day < START + sessions.LIFETIME - timedelta(days=1):
        day += timedelta(days=1)
        assert sessions.resume(db, token, now=day) == river, day
    assert sessions.resume(db, token, now=START + sessions.LIFETIME) is None


def test_reruns_within_a_few_minutes_do_not_write(db, river):
    token = sessions.start(db, river, now=START)
    sessions.resume(db, token, now=START + timedelta(seconds=30))
    (last_used,) = db.execute("SELECT last_used_at FROM sessions").fetchone()
    assert datetime.fromisoformat(last_used) == START
    sessions.resume(db, token, now=START + sessions.TOUCH_EVERY)
    (last_used,) = db.execute("SELECT last_used_at FROM sessions").fetchone()
    assert datetime.fromisoformat(last_used) == START + sessions.TOUCH_EVERY


def test_signing_out_ends_only_that_session(db, river):
    here, there = sessions.start(db, river, now=START), sessions.start(db, river, now=START)
    sessions.end(db, here)
    assert sessions.resume(db, here, now=START) is None
    assert sessions.resume(db, there, now=START) == river


def test_sign_out_everywhere_else_keeps_this_browser(db, river):
    here = sessions.start(db, river, now=START)
    others = [sessions.start(db, river, now=START) for _ in range(3)]
    assert sessions.end_everywhere(db, river.id, except_token=here) == 3
    assert sessions.resume(db, here, now=START) == river
    assert all(sessions.resume(db, t, now=START) is None for t in others)


def test_the_session_list_is_the_acting_users_own_and_marks_this_browser(db, river):
    other = accounts.sign_up(db, "meadow", PASSWORD)
    here = sessions.start(db, river, device="Safari on iPhone", now=START)
    sessions.start(db, river, device="Firefox on Windows", now=START)
    sessions.start(db, other, device="Chrome on Linux", now=START)
    listed = sessions.list_sessions(db, river.id, here)
    assert sorted(s.device for s in listed) == ["Firefox on Windows", "Safari on iPhone"]
    assert [s.device for s in listed if s.is_this_one] == ["Safari on iPhone"]


def test_changing_the_password_ends_every_session_and_needs_the_current_password(db, river):
    token = sessions.start(db, river, now=START)
    with pytest.raises(accounts.AccountError, match="not your current password"):
        accounts.change_password(db, river, "not my password at all", "a brand new sentence")
    assert sessions.resume(db, token, now=START) == river
    accounts.change_password(db, river, PASSWORD, "a brand new sentence")
    assert sessions.resume(db, token, now=START) is None
    with pytest.raises(accounts.AccountError):
        accounts.sign_in(db, "river", PASSWORD)
    assert accounts.sign_in(db, "river", "a brand new sentence") == river


def test_a_new_password_the_same_as_the_current_one_is_refused_and_ends_no_session(db, river):
    token = sessions.start(db, river, now=START)
    with pytest.raises(accounts.AccountError, match="the one you have now"):
        accounts.change_password(db, river, PASSWORD, PASSWORD)
    assert sessions.resume(db, token, now=START) == river


def test_a_new_password_must_meet_the_same_rules_as_at_sign_up(db, river):
    with pytest.raises(accounts.AccountError, match="at least 10"):
        accounts.change_password(db, river, PASSWORD, "short")
    assert accounts.sign_in(db, "river", PASSWORD) == river


def test_deleting_an_account_ends_its_sessions(db, river):
    token = sessions.start(db, river, now=START)
    deletion.delete_account(db, river.id)
    assert sessions.resume(db, token, now=START) is None


def test_a_deleted_accounts_id_is_never_given_to_a_new_account(db):
    first = accounts.sign_up(db, "river", PASSWORD)
    token = sessions.start(db, first, now=START)
    deletion.delete_account(db, first.id)
    newcomer = accounts.sign_up(db, "meadow", PASSWORD)
    assert newcomer.id != first.id
    assert sessions.resume(db, token, now=START) is None


def test_guessing_the_password_before_deleting_counts_against_the_throttle(db, river):
    for _ in range(accounts.MAX_FAILED_SIGN_INS):
        with pytest.raises(accounts.AccountError):
            accounts.check_password(db, river, "a wrong guess of mine")
    with pytest.raises(accounts.SignInThrottled):
        accounts.check_password(db, river, PASSWORD)


def test_probing_for_taken_usernames_at_sign_up_is_throttled(db, river):
    for _ in range(accounts.MAX_FAILED_SIGN_INS):
        with pytest.raises(accounts.AccountError, match="taken"):
            accounts.sign_up(db, "river", "another fine sentence")
    with pytest.raises(accounts.SignInThrottled):
        accounts.sign_up(db, "river", "another fine sentence")


def test_a_sign_up_with_a_free_name_clears_its_count(db):
    accounts.sign_up(db, "meadow", PASSWORD)
    assert db.execute("SELECT count(*) FROM sign_in_failures").fetchone()[0] == 0


@pytest.mark.parametrize(("agent", "label"), [
    ("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox on Linux"),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", "Edge on Windows"),
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
     "Gecko) Version/18.1 Mobile/15E148 Safari/604.1", "Safari on iPhone"),
    ("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile "
     "Safari/537.36", "Chrome on Android"),
    ("", "A web browser"),
    (None, "A web browser"),
])
def test_a_browser_is_named_from_its_user_agent(agent, label):
    assert sessions.device_label(agent) == label


def test_the_users_rebuild_refuses_to_run_where_it_would_delete_dependent_rows(tmp_path):
    db = open_db(tmp_path / "old.db", migrate=False)  # foreign keys on, as the app connects
    MIGRATIONS.apply(db, stop_before="m007_sessions")
    db.execute("INSERT INTO users (username, username_key, password_hash, created_at)"
               " VALUES ('river', 'river', 'x', '2026-01-01')")
    db.execute("INSERT INTO changes (user_id, title, created_at) VALUES (1, 'Walk', '2026-01-01')")
    db.conn.commit()
    with pytest.raises(RuntimeError, match="foreign-key enforcement off"):
        MIGRATIONS.apply(db)
    db.conn.rollback()
    db.close()
    with closing(open_db(tmp_path / "old.db")) as upgraded:  # the app's way keeps every row
        assert upgraded.execute("SELECT title FROM changes").fetchall() == [("Walk",)]
