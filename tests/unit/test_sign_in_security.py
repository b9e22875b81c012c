"""Signing in safely: throttling repeated failures per username (unknown names included, case
and Unicode variants sharing one count) and password rules (length, common passwords, the
username inside). The sign-in page's side of these, and signing out or deleting the account
ending the session, are in tests/app/test_sign_in_security_pages.py."""

from __future__ import annotations

import threading
from contextlib import closing
from datetime import UTC, datetime, timedelta

import pytest

from change_journal import accounts
from change_journal.accounts import AccountError, SignInThrottled
from change_journal.store import open_db

PASSWORD = "a long enough password"
WRONG = "not the right password"
T0 = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
LIMIT = accounts.MAX_FAILED_SIGN_INS


@pytest.fixture
def river(db):
    return accounts.sign_up(db, "river", PASSWORD)


def minutes(n: float) -> datetime:
    return T0 + timedelta(minutes=n)


def attempt(db, username: str, password: str, at: datetime) -> str:
    """What one sign-in attempt gives: "signed in", or the message it was refused with."""
    try:
        accounts.sign_in(db, username, password, now=at)
    except AccountError as exc:
        return str(exc)
    return "signed in"


def fail(db, username: str, at_minutes) -> list[str]:
    return [attempt(db, username, WRONG, minutes(m)) for m in at_minutes]


def table_rows(db, table: str) -> int:
    return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


# --- throttling ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("failures_at", "then_at", "password", "outcome"),
    [
        ([0] * (LIMIT - 1), 0, PASSWORD, "signed in"),
        ([0] * LIMIT, 0, PASSWORD, "try again in 15 minutes."),
        ([0] * LIMIT, 0, WRONG, "try again in 15 minutes."),
        ([0] * LIMIT, 14, PASSWORD, "try again in 1 minute."),
        ([0] * LIMIT, 14.99, PASSWORD, "try again in 1 minute."),
        ([0] * LIMIT, 15, PASSWORD, "signed in"),
        ([0, 1, 2, 3, 4], 5, PASSWORD, "try again in 10 minutes."),
        ([0, 1, 2, 3, 4], 15, WRONG, accounts.SIGN_IN_FAILED),
        ([0, 1, 2, 3, 4], 60, PASSWORD, "signed in"),
        ([0, 20, 21, 22, 23], 24, PASSWORD, "signed in"),
    ],
    ids=["under the limit", "at the limit", "at the limit, wrong password", "a minute left",
         "seconds left round up", "window over", "spread failures", "oldest failure expired",
         "long after", "old failure outside the window"],
)
def test_sign_in_is_refused_after_the_limit_until_the_window_passes(db, river, failures_at,
                                                                      then_at, password, outcome):
    assert fail(db, "river", failures_at) == [accounts.SIGN_IN_FAILED] * len(failures_at)
    result = attempt(db, "river", password, minutes(then_at))
    assert result.endswith(outcome)
    if outcome.startswith("try again"):
        assert result.startswith("Too many attempts for this username; try again in")


def test_the_throttle_message_appears_only_after_the_limit(db, river):
    messages = fail(db, "river", [0] * (LIMIT + 2))
    assert messages[:LIMIT] == [accounts.SIGN_IN_FAILED] * LIMIT
    assert messages[LIMIT:] == [accounts.throttled_message(timedelta(minutes=15))] * 2


def test_refused_attempts_do_not_extend_the_wait(db, river):
    fail(db, "river", [0] * LIMIT)
    fail(db, "river", [5, 10, 14])
    assert attempt(db, "river", PASSWORD, minutes(15)) == "signed in"


def test_a_successful_sign_in_resets_the_count(db, river):
    fail(db, "river", [0] * (LIMIT - 1))
    assert attempt(db, "river", PASSWORD, minutes(1)) == "signed in"
    assert fail(db, "river", [2] * (LIMIT - 1)) == [accounts.SIGN_IN_FAILED] * (LIMIT - 1)
    assert attempt(db, "river", PASSWORD, minutes(3)) == "signed in"
    assert table_rows(db, "sign_in_failures") == 0


def test_unknown_usernames_are_throttled_exactly_like_real_ones(db, river):
    def story(username: str) -> list[tuple[str, str]]:
        outcomes = []
        for at in (0, 0, 0, 0, 0, 0, 7, 15):
            try:
                accounts.sign_in(db, username, WRONG, now=minutes(at))
            except AccountError as exc:
                outcomes.append((type(exc).__name__, str(exc)))
        return outcomes

    real, unknown = story("river"), story("nobody-here")
    assert real == unknown
    assert [kind for kind, _ in real] == ["AccountError"] * LIMIT + ["SignInThrottled"] * 2 + [
        "AccountError"]


@pytest.mark.parametrize("variants", [
    ["river", "River", "RIVER", " river ", "ｒｉｖｅｒ"],
    ["Ｒiver", "rIvEr", "river", "RIVER ", "ｒｉｖｅｒ"],
])
def test_case_and_unicode_variants_of_a_username_share_one_count(db, river, variants):
    for name in variants:
        assert attempt(db, name, WRONG, T0) == accounts.SIGN_IN_FAILED
    assert attempt(db, "river", PASSWORD, T0).startswith("Too many attempts")


def test_one_locked_username_leaves_others_alone(db, river):
    accounts.sign_up(db, "sam-the-second", PASSWORD)
    fail(db, "river", [0] * LIMIT)
    assert attempt(db, "sam-the-second", PASSWORD, T0) == "signed in"
    assert attempt(db, "river", PASSWORD, T0).startswith("Too many attempts")


def test_usernames_typed_are_kept_only_as_digests_and_old_failures_are_forgotten(db, river):
    fail(db, "my secret password typed in the wrong box", [0])
    stored = db.execute("SELECT username_hash FROM sign_in_failures").fetchall()
    assert len(stored) == 1 and "secret" not in stored[0][0] and len(stored[0][0]) == 64
    fail(db, "river", [16])
    assert table_rows(db, "sign_in_failures") == 1


def test_parallel_guesses_cannot_pass_the_limit(db_path, river):
    outcomes: list[str] = []

    def guess() -> None:
        with closing(open_db(db_path)) as own:
            outcomes.append(attempt(own, "river", WRONG, T0))

    threads = [threading.Thread(target=guess) for _ in range(LIMIT + 5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count(accounts.SIGN_IN_FAILED) == LIMIT
    assert sum(o.startswith("Too many attempts") for o in outcomes) == 5


def test_throttling_raises_its_own_error_type_for_the_page(db, river):
    fail(db, "river", [0] * LIMIT)
    with pytest.raises(SignInThrottled):
        accounts.sign_in(db, "river", PASSWORD, now=T0)


# --- password rules --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("", "at least 10 characters"),
        ("short", "at least 10 characters"),
        ("nine char", "at least 10 characters"),
        ("x" * (accounts.PASSWORD_MAX + 1), "at most 256"),
        ("password1234", "most common"),
        ("1234567890", "characters repeated, or a run"),
        ("qwertyuiop", "characters repeated, or a run"),
        ("iloveyou123", "most common"),
        ("Password1234!", "most common"),
        ("P@ssw0rd2026", "most common"),
        ("sunshine!!!!", "most common"),
        ("Liverpool1892", "most common"),
        ("Letmein!2026", "most common"),
        ("i love you!!!", "most common"),
        ("0987654321", "characters repeated, or a run"),
        ("1q2w3e4r5t", "characters repeated, or a run"),
        ("aaaaaaaaaaaa", "characters repeated, or a run"),
        ("abcabcabcabc", "characters repeated, or a run"),
        ("changejournal2026", "most common"),
        ("🙂" * 10, "characters repeated"),
        ("river12345", "mostly your username"),
        ("RIVER-river-1", "mostly your username"),
        ("2026river!!", "mostly your username"),
        ("revir123456", "mostly your username"),
        ("riverpassword", "mostly your username"),
    ],
)
def test_weak_passwords_are_refused_with_a_reason_and_nothing_is_saved(db, password, message):
    with pytest.raises(AccountError, match=message):
        accounts.sign_up(db, "river", password)
    assert table_rows(db, "users") == 0


@pytest.mark.parametrize("password", [
    "a long enough password", "correct horse battery staple", "x7k9m2p4q8",
    "my river runs deep and wide", "Tea at four, then the long walk home", "pw-pw-pw-pw-1",
])
def test_passwords_of_ones_own_are_accepted(db, password):
    assert accounts.sign_up(db, "river", password).username == "river"


def test_the_shipped_list_holds_thousands_of_case_folded_entries():
    listed = accounts.common_passwords()
    assert len(listed) >= 2000
    assert {"password", "iloveyou", "qwertyuiop", "1234567890", "letmein"} <= listed
    lines = [line for line in accounts.COMMON_PASSWORDS_FILE.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    assert len(lines) == len(set(lines)) and all(line == line.casefold().strip() for line in lines)


@pytest.mark.parametrize(("username", "password", "message"), [
    ("", "", "Type your username and your password."),
    ("   ", PASSWORD, "Type your username."),
    ("river", "", "Type your password."),
])
def test_a_box_left_empty_is_asked_for_and_counts_as_no_attempt(db, river, username, password,
                                                                message):
    """Signing in with a box left empty asks for it (it used to say that no account matched) and
    is no guess: the throttle counts nothing."""
    with pytest.raises(AccountError, match=message):
        accounts.sign_in(db, username, password)
    assert table_rows(db, "sign_in_failures") == 0
