"""Local accounts: username and password rules, argon2 hashing, sign-up, and sign-in with throttling.

Sign-in gives one message for every failure, whether the username exists or not, and after
:data:`MAX_FAILED_SIGN_INS` failures for a username within :data:`THROTTLE_WINDOW` it refuses
further attempts for that username (existing or not) until the oldest of them is older than
the window. Passwords are NFKC-normalised (:func:`normalise_password`) before they are checked
against the rules or hashed. They must be long enough, not among the most common ones
(``data/common_passwords.txt``, with the usual decorations undone) and not mostly the username.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import re
import string
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlite_utils import Database

from change_journal import clock, confusables
from change_journal.config import PROJECT_ROOT
from change_journal.store import deletion, throttle, users
from change_journal.store import sessions as stored_sessions
from change_journal.validation import BIDI_CONTROLS, BLANK_LETTER, is_text

USERNAME_MIN, USERNAME_MAX = 3, 32
PASSWORD_MIN, PASSWORD_MAX = 10, 256
USERNAME_RULES = (
    f"{USERNAME_MIN}-{USERNAME_MAX} letters or digits, with a single dot, dash or underscore "
    "between them if you like. Not case-sensitive."
)
PASSWORD_RULES = (
    f"{PASSWORD_MIN} to {PASSWORD_MAX} characters, not one of the most common passwords and not "
    "mostly your username. A short sentence is easy to remember."
)
ROLE_LABELS = {
    "person": "Working on a change of my own",
    "coach": "Coaching: seeing what clients choose to share with me",
}
SIGN_IN_FAILED = "That username and password don't match an account. Check both and try again."
USERNAME_TAKEN = "That username is taken, or looks like one that is. Please choose another."
MAX_FAILED_SIGN_INS = 5
THROTTLE_WINDOW = timedelta(minutes=15)
COMMON_PASSWORDS_FILE = PROJECT_ROOT / "data" / "common_passwords.txt"
COMMON_PASSWORD = (
    "That password is one of the most common ones, which are tried first by anyone guessing. "
    "A short sentence of your own is stronger and easy to remember."
)
TOO_SIMPLE_PASSWORD = (
    "That password is a few characters repeated, or a run along the keyboard or the alphabet, "
    "which anyone guessing tries first. A short sentence of your own is stronger and easy to "
    "remember."
)
USERNAME_IN_PASSWORD = (
    "That password is mostly your username, which makes it easy to guess. "
    "A short sentence of your own is stronger and easy to remember."
)

_USERNAME_RE = re.compile(r"[^\W_]+(?:[._\-][^\W_]+)*", re.UNICODE)
"""Words of letters and digits joined by single dots, dashes or underscores: no separator at
either end or doubled, where it would pass unseen beside the app's own punctuation ("Share
with coach.kim.?") or be taken for another name ("coach..kim")."""
_NO_BIDI = dict.fromkeys(map(ord, BIDI_CONTROLS))
HASHER = PasswordHasher()
"""argon2id with the library's recommended parameters (RFC 9106 low-memory profile). Tests
may swap in a cheaper one through their fixture; production never does."""
# Decorations people add to a common word ("Password1234!", "p@ssw0rd", "sun shine"):
_DECORATION = string.digits + string.punctuation + string.whitespace
_SEPARATORS = re.compile(r"[\s._\-]+")
_LEET = (str.maketrans("0134578@$!|", "oieastbasil"), str.maketrans("0134578@$!|", "oleastbasll"))
_WALKS = (
    "abcdefghijklmnopqrstuvwxyz", "01234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm",
    "qwertzuiop", "azertyuiop", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p", "qazwsxedcrfvtgbyhnujmikolp",
    "1q2w3e4r5t6y7u8i9o0p", "!@#$%^&*()_+", "1234567890-=",
)
"""Alphabet and keyboard runs: a password that is a stretch of one (either way) is common."""


class AccountError(ValueError):
    """A sign-up or sign-in problem, with a message meant for the person."""


class SignInThrottled(AccountError):
    """Too many failed sign-ins for this username lately; the message says how long to wait."""


@dataclass(frozen=True)
class Account:
    """The signed-in person: what the UI keeps in its session."""

    id: int
    username: str
    role: str


def username_key(username: str) -> str:
    """The form compared for uniqueness: NFKC-normalised and case-folded, without the bidi
    isolates the app puts around names it shows (a name copied off a page brings them along;
    no username holds one), and a lone surrogate, which no browser sends, as "?"."""
    text = username.translate(_NO_BIDI).encode("utf-8", "replace").decode("utf-8")
    return unicodedata.normalize("NFKC", text).casefold()


def validate_username(username: str) -> str:
    """Return the cleaned username or raise :class:`AccountError` saying what is wrong."""
    name = unicodedata.normalize("NFKC", username.strip())
    if not name:
        raise AccountError("Choose a username.")
    if not USERNAME_MIN <= len(name) <= USERNAME_MAX:
        raise AccountError(f"A username has {USERNAME_MIN} to {USERNAME_MAX} characters.")
    if BLANK_LETTER.search(name):  # "river\u200b" and "river\u3164" look like "river"
        raise AccountError("This username holds a letter that shows nothing on the screen; "
                           "please type it again without it.")
    if not _USERNAME_RE.fullmatch(name):
        raise AccountError(
            "A username uses letters, digits, dot, dash or underscore, starts and ends with a "
            "letter or digit, and has no two of dot, dash or underscore in a row."
        )
    if confusables.has_small_capital(name):  # "ᴀlice": a small capital passing for an "a"
        raise AccountError("This username holds a small capital letter, which passes for an "
                           "ordinary one; please type it with ordinary letters.")
    return name


@lru_cache(maxsize=2)
def common_passwords(path: Path = COMMON_PASSWORDS_FILE) -> frozenset[str]:
    """The shipped list of very common passwords and the words they are built on (case-folded)."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().casefold() for line in lines
                     if line.strip() and not line.startswith("#"))


def _too_simple(password: str) -> bool:
    """Whether ``password`` is a few characters repeated, or a run along the alphabet or the
    keyboard (either way)."""
    lower = password.casefold()
    return len(set(lower)) < 4 or any(lower in walk or lower in walk[::-1] for walk in _WALKS)


def is_common_password(password: str) -> bool:
    """Whether ``password`` is a common one: too simple (:func:`_too_simple`), or on the list
    once decorations are undone (:func:`_on_the_list`)."""
    return _too_simple(password) or _on_the_list(password)


def _on_the_list(password: str) -> bool:
    """Whether ``password`` is on the shipped list once decorations are undone (digits or
    symbols at either end, separators, leetspeak)."""
    lower = password.casefold()
    forms = {lower, lower.strip(_DECORATION)}
    for table in _LEET:
        forms |= {form.translate(table).strip(_DECORATION) for form in tuple(forms)}
    forms |= {_SEPARATORS.sub("", form) for form in forms}
    return not forms.isdisjoint(common_passwords())


def _mostly_username(password: str, username: str) -> bool:
    """Whether what is left of ``password`` without the username (either way round) is too short
    or common on its own."""
    name, typed = username_key(username.strip()), username_key(password)
    for form in (name, name[::-1]):
        if form and form in typed:
            rest = typed.replace(form, "")
            if len(rest) < PASSWORD_MIN or is_common_password(rest):
                return True
    return False


NOT_TEXT_PASSWORD = "This password holds a character that is not text; please type it again."


def normalise_password(password: str) -> str:
    """The form of ``password`` that is checked and hashed: NFKC-normalised.

    NFKC, as NIST SP 800-63B (5.1.1.2) recommends, rather than NFC: NFC makes "è" typed as one
    character and as "e" plus an accent the same; NFKC also makes full-width letters from an
    input method, and a no-break space or a ligature in pasted text, the same as the plain ones.
    Folding those few variants together costs a password of ten or more characters next to
    nothing."""
    return unicodedata.normalize("NFKC", password)


def validate_password(password: str, username: str = "") -> None:
    """Raise :class:`AccountError` if the password is too long as typed (what the box allows),
    or, normalised, too short, mostly the username, too simple, or one of the most common
    passwords."""
    if not is_text(password):
        raise AccountError(NOT_TEXT_PASSWORD)
    if len(password) > PASSWORD_MAX:  # NFKC can lengthen it: "ﬃ" is three letters
        raise AccountError(f"A password has at most {PASSWORD_MAX} characters.")
    password = normalise_password(password)
    if len(password) < PASSWORD_MIN:
        raise AccountError(f"Choose a password of at least {PASSWORD_MIN} characters.")
    if _mostly_username(password, username):
        raise AccountError(USERNAME_IN_PASSWORD)
    if _too_simple(password):
        raise AccountError(TOO_SIMPLE_PASSWORD)
    if _on_the_list(password):
        raise AccountError(COMMON_PASSWORD)


PASSWORDS_DIFFER = "The two passwords are different. Please type them again."
CHOOSE_ROLE = "Choose whether this is a personal or a coach account."


def sign_up_problems(username: str, password: str, repeat: str, role: str) -> list[str]:
    """Everything wrong with what the sign-up form holds, all at once (the username, the
    password, its repetition, the role), without reading the database: :func:`sign_up` may
    still find the name taken. An empty list: nothing seen wrong."""
    problems, name = [], ""
    try:
        name = validate_username(username)
    except AccountError as exc:
        problems.append(str(exc))
    try:
        validate_password(password, name)
    except AccountError as exc:
        problems.append(str(exc))
    if password != repeat:
        problems.append(PASSWORDS_DIFFER)
    if role not in ROLE_LABELS:
        problems.append(CHOOSE_ROLE)
    return problems


TYPE_CURRENT = "Type your current password."
NEW_PASSWORDS_DIFFER = "The two new passwords are different."


def new_password_problems(account: Account, current: str, new: str, repeat: str) -> list[str]:
    """Everything wrong with what the change-password form holds, all at once (the current
    password missing, the new one, its repetition), without reading the database:
    :func:`change_password` still checks the current one. An empty list: nothing seen wrong."""
    problems = [] if current else [TYPE_CURRENT]
    try:
        validate_password(new, account.username)
    except AccountError as exc:
        problems.append(str(exc))
    if new != repeat:
        problems.append(NEW_PASSWORDS_DIFFER)
    return problems


@lru_cache(maxsize=4)
def _dummy_hash(hasher: PasswordHasher) -> str:
    """A hash to verify against when no account has the name, so failures take the same time.

    Made on first use, not at import: importing the module must stay cheap."""
    return hasher.hash("not a real password; evens out sign-in timing")


def sign_up(db: Database, username: str, password: str, role: str = "person", *,
            now: datetime | None = None) -> Account:
    """Create an account; raise :class:`AccountError` for bad input or a taken name.

    Asking for a name that is taken counts against the same throttle as a failed sign-in, so
    one name cannot be asked for again and again; many different names can (SECURITY.md, out of
    scope: a sign-up must say when a name is taken). A name that looks like one taken
    (:func:`confusables.look_alike`: "аlice" in Cyrillic, "aIice", "coach_sam" beside
    "coach.sam") is taken too, so no one can
    pass for someone else in a coach's list or a share; so is a deleted coach's name, or one like
    it (:func:`delete_account`). The names are compared one by one
    (fast enough for tens of thousands of accounts, and outside the insert's transaction: two
    look-alikes signing up at the same instant could both be let in).
    """
    if problems := sign_up_problems(username, password, password, role):
        raise AccountError(problems[0])
    name = validate_username(username)
    # Asking for a look-alike counts against the name it looks like, as a case variant does.
    if like := confusables.look_alike(name, users.usernames(db), marks_alike=True):
        raise _taken(db, like, now)
    if users.retired(db, _name_digests(name, every_mark=True)):  # a deleted coach's, or alike
        raise _taken(db, name, now)
    try:
        user_id = users.create_user(db, name, username_key(name),
                                    HASHER.hash(normalise_password(password)), role)
    except users.UsernameTaken:
        raise _taken(db, name, now) from None
    return Account(user_id, name, role)


def _taken(db: Database, name: str, now: datetime | None) -> AccountError:
    """The error for a name taken, once the attempt is counted (raising
    :class:`SignInThrottled` instead once the name has been asked for too often)."""
    _claim_attempt(db, name, now)
    return AccountError(USERNAME_TAKEN)


EMPTY_SIGN_IN = {(True, True): "Type your username and your password.",
                 (True, False): "Type your username.", (False, True): "Type your password."}
"""What signing in with a box left empty says (it says nothing of any account)."""


def sign_in(db: Database, username: str, password: str, *, now: datetime | None = None) -> Account:
    """Return the account if the password matches; the same error for every failure (a box
    left empty is asked for, and counts as no attempt).

    Raises :class:`SignInThrottled` (without checking the password) once the username has had
    :data:`MAX_FAILED_SIGN_INS` failures within :data:`THROTTLE_WINDOW`, whether or not an
    account has that name. A successful sign-in clears the count.
    """
    if not username.strip() or not password:  # nothing to check: no attempt counted
        raise AccountError(EMPTY_SIGN_IN[(not username.strip(), not password)])
    name_hash = _claim_attempt(db, username, now)
    row = users.find_user(db, username_key(username.strip()))
    if not _verify(db, row, password) or row is None:
        raise AccountError(SIGN_IN_FAILED)
    throttle.clear_failures(db, name_hash)
    return Account(row.id, row.username, row.role)


def check_password(db: Database, account: Account, password: str, *,
                   now: datetime | None = None) -> None:
    """Raise :class:`AccountError` unless ``password`` is the signed-in account's own.

    Asked before anything that cannot be undone or that locks others out (deleting the
    account, changing the password); wrong guesses count against the sign-in throttle.
    """
    name_hash = _claim_attempt(db, account.username, now)
    row = users.get_user(db, account.id)
    if not _verify(db, row, password):
        raise AccountError("That is not your current password.")
    if row is None:
        raise AccountError("This account no longer exists.")
    throttle.clear_failures(db, name_hash)


def change_password(db: Database, account: Account, current: str, new: str, *,
                    now: datetime | None = None) -> None:
    """Replace the password after checking the current one (a new one the same as it is
    refused); every session of the account ends (the caller starts a new one for the browser
    that asked)."""
    validate_password(new, account.username)
    check_password(db, account, current, now=now)
    if normalise_password(new) == normalise_password(current):
        raise AccountError("The new password is the one you have now, so nothing was changed. "
                           "To sign out your other browsers, use “Sign out everywhere else”.")
    users.set_password_hash(db, account.id, HASHER.hash(normalise_password(new)))
    stored_sessions.end_sessions(db, account.id)


def delete_account(db: Database, account: Account, password: str) -> None:
    """Delete the account and everything in it for good, once ``password`` is shown to be its
    own; every session ends with it (see :mod:`change_journal.store.deletion`). Of a coach's
    account, digests of its name are kept so that no one else can take it (:func:`sign_up`),
    and each person who still shared with it keeps a notice naming it
    (:data:`change_journal.store.sharing.KEEP_DEPARTURES`)."""
    check_password(db, account, password)
    deletion.delete_account(db, account.id,
                            _name_digests(account.username) if account.role == "coach" else ())


def _name_digests(name: str, *, every_mark: bool = False) -> list[str]:
    """SHA-256 digests of each key a look-alike of ``name`` would share: what is kept of a
    deleted coach's name, so that no new account takes it or one like it (a client sharing
    again with that name would share with a stranger). ``every_mark``: also of the name with
    its dots, dashes and underscores swapped for one another, every way (up to
    :data:`MARKS_SWAPPED` of them; beyond, with each read as one mark): a name kept before marks
    were read alike has no digest of the one-mark form."""
    forms = [name]
    marks = [m.start() for m in confusables.MARKS.finditer(name)]
    if every_mark and len(marks) <= MARKS_SWAPPED:
        forms = ["".join(_with_marks(name, marks, chosen))
                 for chosen in itertools.product("._-", repeat=len(marks))]
    return sorted({hashlib.sha256(key.encode("utf-8")).hexdigest()
                   for form in forms
                   for key in confusables.look_alike_keys(form, marks_alike=True)})


MARKS_SWAPPED = 6
"""The most marks a name's every mark-swapped form is checked for (3 ** 6 = 729 forms)."""


def _with_marks(name: str, places: list[int], marks: tuple[str, ...]) -> list[str]:
    """``name`` with the characters at ``places`` replaced by ``marks``, as a list of parts."""
    parts, start = [], 0
    for place, mark in zip(places, marks, strict=True):
        parts += [name[start:place], mark]
        start = place + 1
    return [*parts, name[start:]]


def _verify(db: Database, row: users.UserRow | None, password: str) -> bool:
    """Whether ``password`` matches ``row``'s hash, or a dummy one when there is no row (so a
    missing account takes as long as a wrong password).

    The normalised password is tried first, then, if it differs, the password as typed: a hash
    made before passwords were normalised was made from that. Once it matches, a hash made from
    the typed form or with older parameters is replaced by a fresh one of the normalised form.
    """
    stored = row.password_hash if row else _dummy_hash(HASHER)
    normal = normalise_password(password)
    for form in dict.fromkeys((normal, password)):
        try:
            HASHER.verify(stored, form)
        except (VerificationError, InvalidHashError, UnicodeEncodeError):  # not text: no match
            continue
        if row is not None and (form != normal or HASHER.check_needs_rehash(stored)):
            users.set_password_hash(db, row.id, HASHER.hash(normal))
        return True
    return False


def _claim_attempt(db: Database, username: str, now: datetime | None) -> str:
    """Count one attempt on ``username`` (see :mod:`change_journal.store.throttle`) and return
    the digest it is counted under; raise :class:`SignInThrottled` once there are too many."""
    key = username_key(username.strip())
    name_hash = hashlib.sha256(key.encode("utf-8")).hexdigest()
    moment = now or clock.now()
    earlier = throttle.claim_attempt(db, name_hash, clock.stamp(moment),
                                     clock.stamp(moment - THROTTLE_WINDOW), MAX_FAILED_SIGN_INS)
    if len(earlier) >= MAX_FAILED_SIGN_INS:
        free_at = datetime.fromisoformat(earlier[-MAX_FAILED_SIGN_INS]) + THROTTLE_WINDOW
        raise SignInThrottled(throttled_message(free_at - moment))
    return name_hash


def throttled_message(wait: timedelta) -> str:
    """What a throttled sign-in says: the wait, rounded up to whole minutes."""
    minutes = max(1, math.ceil(wait.total_seconds() / 60))
    return (f"Too many attempts for this username; try again in {minutes} "
            f"minute{'s' if minutes != 1 else ''}.")
