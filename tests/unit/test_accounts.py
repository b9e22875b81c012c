"""Accounts: username rules, argon2 hashes, one message for every failed sign-in, and passwords
that sign in whichever Unicode form they are typed in."""

from __future__ import annotations

import unicodedata

import pytest

from change_journal import accounts
from change_journal.accounts import AccountError
from change_journal.store import users

PASSWORD = "a long enough password"


@pytest.mark.parametrize(
    ("username", "message"),
    [
        ("", "Choose a username"),
        ("ab", "3 to 32"),
        ("x" * 33, "3 to 32"),
        ("has space", "letters, digits"),
        ("_leading", "starts and ends with a letter or digit"),
        ("trailing.", "starts and ends with a letter or digit"),  # "Share with trailing.?"
        ("doubled..dots", "no two of dot, dash or underscore in a row"),
        ("mixed._marks", "no two of dot, dash or underscore in a row"),
        ("semi;colon", "letters, digits"),
        ("<script>", "letters, digits"),
        # Invisible letters: "river" and "river" with a Hangul filler would look the same.
        ("river\u3164", "shows nothing"),
        ("river\uffa0", "shows nothing"),
        ("\u115friver", "shows nothing"),
    ],
)
def test_bad_usernames_are_refused_with_the_rule(db, username, message):
    """Each rule is said as the reason; names such as "a_b-c.d" are fine (the next test)."""
    with pytest.raises(AccountError, match=message):
        accounts.sign_up(db, username, PASSWORD)
    assert db.execute("SELECT COUNT(*) FROM users").fetchone()[0] == 0


@pytest.mark.parametrize("username", ["a_b-c.d", "coach.kim", "río-2", "o.k"])
def test_single_separators_between_letters_and_digits_are_fine(db, username):
    assert accounts.sign_up(db, username, PASSWORD).username == username


@pytest.mark.parametrize("password", ["", "short", "nine char"])
def test_short_passwords_are_refused(db, password):
    with pytest.raises(AccountError, match="at least 10 characters"):
        accounts.sign_up(db, "river", password)


def test_password_is_stored_only_as_an_argon2_hash(db):
    account = accounts.sign_up(db, "river", PASSWORD)
    stored = users.get_user(db, account.id).password_hash
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored


@pytest.mark.parametrize("other", ["River", "RIVER", "ｒｉｖｅｒ"])
def test_usernames_differing_in_case_or_unicode_form_are_taken(db, other):
    accounts.sign_up(db, "river", PASSWORD)
    with pytest.raises(AccountError, match="is taken"):
        accounts.sign_up(db, other, PASSWORD)


@pytest.mark.parametrize(("taken", "other"), [
    ("alice", "\u0430lice"),      # a Cyrillic а
    ("coach.kim", "c\u03bfach.kim"),  # a Greek ο
    ("alice", "al\u0131ce"),      # a dotless ı
    ("alice", "aIice"),            # a capital I for the l
    ("alice", "AIice"),
    ("alice", "a1ice"),            # a digit one
    ("mary", "rnary"),             # r and n for an m
    ("isabel", "\u0406sabel"),     # a Cyrillic capital І, which passes for the capital I
    ("ivan", "\u0399van"),         # a Greek capital Iota
    ("Isabel", "\u0456sabel"),     # a Cyrillic small і
    ("coach.sam", "coach_sam"),    # the marks between letters: a dot, a dash, an underscore
    ("coach.sam", "Coach-Sam"),
    ("mary_jo", "mary.jo"),
    ("a-b_c", "a.b.c"),
])
def test_a_username_that_looks_like_one_taken_is_taken(db, taken, other):
    """A look-alike could pass for its owner in a coach's list or a share (confusables.py)."""
    accounts.sign_up(db, taken, PASSWORD)
    with pytest.raises(AccountError, match="is taken, or looks like one that is"):
        accounts.sign_up(db, other, PASSWORD)


@pytest.mark.parametrize(("taken", "other"), [("coach.sam", "coachsam"), ("coach.sam", "coach.sa.m"),
                                              ("alice", "alicia"), ("anna", "hanna"),
                                              ("jose", "josé"), ("lukasz", "łukasz"),
                                              ("mamedov", "məmmədov"), ("kofi", "kɔfi"),
                                              ("kauai", "kauaʻi")])
def test_names_that_only_resemble_each_other_are_both_free(db, taken, other):
    accounts.sign_up(db, taken, PASSWORD)
    assert accounts.sign_up(db, other, PASSWORD).username == other


@pytest.mark.parametrize("name", ["\u1d00lice", "\ua730rank"])  # small capitals ᴀ, ꜰ
def test_a_username_with_a_small_capital_is_refused(db, name):
    with pytest.raises(AccountError, match="small capital"):
        accounts.sign_up(db, name, PASSWORD)


def test_names_with_letters_of_other_alphabets_are_free(db):
    for name in ("məmmədov", "ɛsi", "ɗanjuma", "oʻgʻiloy"):  # Azerbaijani, Akan, Hausa, Uzbek
        assert accounts.sign_up(db, name, PASSWORD).username == name


def test_asking_for_look_alikes_again_and_again_is_throttled_as_the_name_they_look_like(db):
    accounts.sign_up(db, "river", PASSWORD)
    looks = ["r\u0456ver", "rIver", "r1ver", "\u0433iver"]  # Cyrillic і, capital I, one, г
    answers = []
    for n in range(accounts.MAX_FAILED_SIGN_INS + 1):
        with pytest.raises(AccountError) as refused:
            accounts.sign_up(db, looks[n % len(looks)], PASSWORD)
        answers.append(type(refused.value))
    assert answers == [AccountError] * accounts.MAX_FAILED_SIGN_INS + [accounts.SignInThrottled]


def test_an_account_made_before_the_look_alike_rule_still_signs_in_and_is_found(db):
    accounts.sign_up(db, "alice", PASSWORD)
    created = users.create_user(db, "\u0430lice", accounts.username_key("\u0430lice"),
                                accounts.HASHER.hash(PASSWORD), "coach")  # as before the rule
    assert accounts.sign_in(db, "\u0430lice", PASSWORD).id == created


def test_sign_in_accepts_the_right_password_in_any_case_of_username(db):
    created = accounts.sign_up(db, "River", PASSWORD)
    assert accounts.sign_in(db, "river", PASSWORD) == created
    assert accounts.sign_in(db, "  RIVER ", PASSWORD).username == "River"


def test_unknown_user_and_wrong_password_get_the_same_message(db):
    accounts.sign_up(db, "river", PASSWORD)
    with pytest.raises(AccountError) as wrong_password:
        accounts.sign_in(db, "river", "not the password")
    with pytest.raises(AccountError) as unknown_user:
        accounts.sign_in(db, "nobody", PASSWORD)
    assert str(wrong_password.value) == str(unknown_user.value) == accounts.SIGN_IN_FAILED


def test_coach_role_is_kept_and_unknown_roles_refused(db):
    assert accounts.sign_up(db, "coach.kim", PASSWORD, role="coach").role == "coach"
    with pytest.raises(AccountError):
        accounts.sign_up(db, "admin", PASSWORD, role="admin")


def test_a_lone_surrogate_is_refused_like_any_wrong_input_never_raised_raw(db):
    """No browser sends one, but a script or the command line can: every account call answers
    with its usual message."""
    created = accounts.sign_up(db, "river", PASSWORD)
    with pytest.raises(AccountError, match="letters, digits"):
        accounts.sign_up(db, "riv\ud800er", PASSWORD)
    with pytest.raises(AccountError, match="not text"):
        accounts.sign_up(db, "brook", PASSWORD + "\udcff")
    with pytest.raises(AccountError, match=accounts.SIGN_IN_FAILED):
        accounts.sign_in(db, "river\ud800", PASSWORD)
    with pytest.raises(AccountError, match=accounts.SIGN_IN_FAILED):
        accounts.sign_in(db, "river", PASSWORD + "\ud800")
    with pytest.raises(AccountError, match="not your current password"):
        accounts.check_password(db, created, "\udcff" * 12)
    assert accounts.sign_in(db, "river", PASSWORD) == created


def test_a_username_copied_off_a_page_with_its_bidi_isolates_still_signs_in(db):
    created = accounts.sign_up(db, "river", PASSWORD)
    assert accounts.sign_in(db, "\u2068river\u2069", PASSWORD) == created


# --- passwords in other Unicode forms --------------------------------------------------------------

CREME = "Crème brûlée every Sunday morning"
COMPOSED, DECOMPOSED = (unicodedata.normalize(form, CREME) for form in ("NFC", "NFD"))


@pytest.mark.parametrize(("chosen", "typed"), [
    (COMPOSED, DECOMPOSED),  # most keyboards send "è"; some input methods and pasted text "e" + "̀"
    (DECOMPOSED, COMPOSED),
    ("a long enough\u00a0password", PASSWORD),    # a no-break space pasted from a document
    ("ａ ｌｏｎｇ ｅｎｏｕｇｈ ｐａｓｓｗｏｒｄ", PASSWORD),  # full-width letters from an input method
], ids=["composed, then decomposed", "decomposed, then composed", "no-break space", "full width"])
def test_a_password_signs_in_however_its_characters_are_encoded(db, chosen, typed):
    assert chosen != typed
    created = accounts.sign_up(db, "river", chosen)
    assert accounts.sign_in(db, "river", typed) == created
    assert accounts.sign_in(db, "river", chosen) == created


def test_changing_a_password_takes_the_current_and_new_one_in_either_form(db):
    created = accounts.sign_up(db, "river", COMPOSED)
    new = "Tarte tatin on a Saturday"
    accounts.change_password(db, created, DECOMPOSED, unicodedata.normalize("NFD", new))
    assert accounts.sign_in(db, "river", unicodedata.normalize("NFC", new)) == created
    accounts.check_password(db, created, unicodedata.normalize("NFD", new))
    accounts.delete_account(db, created, unicodedata.normalize("NFD", new))


def test_a_hash_made_from_the_password_as_typed_signs_in_and_is_replaced_by_the_normal_form(db):
    """Accounts made before passwords were normalised hold a hash of what was typed then."""
    user_id = users.create_user(db, "river", accounts.username_key("river"),
                                accounts.HASHER.hash(DECOMPOSED), "person")
    with pytest.raises(AccountError, match=accounts.SIGN_IN_FAILED):
        accounts.sign_in(db, "river", COMPOSED)  # the old hash knows only the decomposed form
    assert accounts.sign_in(db, "river", DECOMPOSED).id == user_id
    accounts.HASHER.verify(users.get_user(db, user_id).password_hash, COMPOSED)
    assert accounts.sign_in(db, "river", COMPOSED).id == user_id
    assert accounts.sign_in(db, "river", DECOMPOSED).id == user_id


def test_a_password_in_its_normal_form_keeps_its_hash_on_sign_in(db):
    created = accounts.sign_up(db, "river", COMPOSED)
    stored = users.get_user(db, created.id).password_hash
    accounts.sign_in(db, "river", DECOMPOSED)
    assert users.get_user(db, created.id).password_hash == stored


@pytest.mark.parametrize(("password", "message"), [
    (unicodedata.normalize("NFD", "Crème brû"), "at least 10 characters"),  # 11 code points, 9 letters
    ("ｐａｓｓｗｏｒｄ１２３", "most common"),
])
def test_password_rules_apply_to_the_normal_form(db, password, message):
    with pytest.raises(AccountError, match=message):
        accounts.sign_up(db, "river", password)


def test_the_longest_password_is_counted_as_typed_not_as_normalised(db):
    """The box takes 256 characters; NFKC makes one "ﬃ" three letters, and such a password
    must not be refused as too long (nor one over 256 typed accepted)."""
    ligatures = ("Coffee ﬃrst, then the ﬃeld at dawn; " * 10)[:accounts.PASSWORD_MAX]
    assert len(accounts.normalise_password(ligatures)) > accounts.PASSWORD_MAX
    accounts.sign_up(db, "river", ligatures)
    assert accounts.sign_in(db, "river", ligatures) is not None
    with pytest.raises(AccountError, match="at most 256"):
        accounts.sign_up(db, "robin", "x" + ligatures)


@pytest.mark.parametrize(("username", "password", "repeat", "role", "found"), [
    ("river", PASSWORD, PASSWORD, "person", []),
    ("", "short", "shorter", "nobody", ["Choose a username", "at least",
                                        "passwords are different", "personal or a coach"]),
    ("ab", PASSWORD, PASSWORD, "coach", ["3 to 32"]),
    ("meadow", "meadow" + "1234", "meadow" + "1234", "person", ["username"]),
])
def test_sign_up_problems_are_all_found_at_once(username, password, repeat, role, found):
    problems = accounts.sign_up_problems(username, password, repeat, role)
    assert len(problems) == len(found)
    assert all(part in problem for part, problem in zip(found, problems, strict=True))


@pytest.mark.parametrize(("current", "new", "repeat", "found"), [
    (PASSWORD, "another long passphrase", "another long passphrase", []),
    ("", "", "", ["current password", "at least"]),
    ("", "another long passphrase", "another long", ["current password", "different"]),
    (PASSWORD, "river river 1", "river river 1", ["username"]),
])
def test_new_password_problems_are_all_found_at_once(current, new, repeat, found):
    account = accounts.Account(1, "river", "person")
    problems = accounts.new_password_problems(account, current, new, repeat)
    assert len(problems) == len(found), problems
    assert all(part in problem for part, problem in zip(found, problems, strict=True))
