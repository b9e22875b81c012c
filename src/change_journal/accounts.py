"""Local accounts: username rules, argon2 password hashing, sign-up and sign-in."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlite_utils import Database

from change_journal.store import users

USERNAME_MIN, USERNAME_MAX = 3, 32
PASSWORD_MIN, PASSWORD_MAX = 10, 256
USERNAME_RULES = (
    f"{USERNAME_MIN}-{USERNAME_MAX} characters: letters, digits, dot, dash or underscore, "
    "starting with a letter or digit. Not case-sensitive."
)
PASSWORD_RULES = f"At least {PASSWORD_MIN} characters. A short sentence is easy to remember."
ROLE_LABELS = {
    "person": "Working on a change of my own",
    "coach": "Coaching: seeing what clients choose to share with me",
}
SIGN_IN_FAILED = "That username and password don't match an account. Check both and try again."

_USERNAME_RE = re.compile(r"[^\W_][\w.\-]*", re.UNICODE)
_hasher = PasswordHasher()
_DUMMY_HASH = _hasher.hash("not a real password; evens out sign-in timing")


class AccountError(ValueError):
    """A sign-up or sign-in problem, with a message meant for the person."""


@dataclass(frozen=True)
class Account:
    """The signed-in person: what the UI keeps in its session."""

    id: int
    username: str
    role: str


def username_key(username: str) -> str:
    """The form compared for uniqueness: NFKC-normalised and case-folded."""
    return unicodedata.normalize("NFKC", username).casefold()


def validate_username(username: str) -> str:
    """Return the cleaned username or raise :class:`AccountError` saying what is wrong."""
    name = unicodedata.normalize("NFKC", username.strip())
    if not name:
        raise AccountError("Choose a username.")
    if not USERNAME_MIN <= len(name) <= USERNAME_MAX:
        raise AccountError(f"A username has {USERNAME_MIN} to {USERNAME_MAX} characters.")
    if not _USERNAME_RE.fullmatch(name):
        raise AccountError(
            "A username uses letters, digits, dot, dash or underscore, and starts with a letter or digit."
        )
    return name


def validate_password(password: str) -> None:
    """Raise :class:`AccountError` if the password is too short or too long."""
    if len(password) < PASSWORD_MIN:
        raise AccountError(f"Choose a password of at least {PASSWORD_MIN} characters.")
    if len(password) > PASSWORD_MAX:
        raise AccountError(f"A password has at most {PASSWORD_MAX} characters.")


def sign_up(db: Database, username: str, password: str, role: str = "person") -> Account:
    """Create an account; raise :class:`AccountError` for bad input or a taken name."""
    name = validate_username(username)
    validate_password(password)
    if role not in ROLE_LABELS:
        raise AccountError("Choose whether this is a personal or a coach account.")
    try:
        user_id = users.create_user(db, name, username_key(name), _hasher.hash(password), role)
    except users.UsernameTaken:
        raise AccountError(f"The username {name!r} is taken. Please choose another.") from None
    return Account(user_id, name, role)


def sign_in(db: Database, username: str, password: str) -> Account:
    """Return the account if the password matches; the same error for every failure."""
    row = users.find_user(db, username_key(username.strip()))
    try:
        _hasher.verify(row.password_hash if row else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        raise AccountError(SIGN_IN_FAILED) from None
    if row is None:
        raise AccountError(SIGN_IN_FAILED)
    if _hasher.check_needs_rehash(row.password_hash):
        users.set_password_hash(db, row.id, _hasher.hash(password))
    return Account(row.id, row.username, row.role)
