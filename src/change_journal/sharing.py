"""Consented sharing: who may see what, for how long, and the tokens behind links and invites.

A person shares a change with a coach (found by username or by the coach's invite code) with
a scope: ``numbers`` (ratings and charts, the default) or ``answers`` (also the written answers
of the kinds they choose, or picked one by one). A grant may end on a date and can be revoked
at any time. A read-only link shows numbers and charts to anyone holding it.

Every read goes through the store, which checks the grant or link again in the same SQL
statement, so nothing here (or in session state) can widen access.

Tokens: a link token is ``secrets.token_urlsafe(32)`` (256 random bits). Only its SHA-256 is
stored. A fast hash is enough here because, unlike a password, the token cannot be guessed:
reversing the hash means searching 2**256 values, so a slow, salted hash (argon2) would add
nothing but cost, and an unsalted digest lets the store find the link by an indexed lookup.
Invite codes are shorter, for typing (60 random bits, valid for 30 days); they are stored the
same way and only ever let someone share *their own* progress with the coach.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TypeVar
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

import pandas as pd
from sqlite_utils import Database

from change_journal import accounts, clock, progress
from change_journal.store import sharing as store
from change_journal.store.changes import NotYours
from change_journal.store.sharing import GrantRow, SharedAnswer
from change_journal.validation import InputError, clean_text

SCOPES = {
    "numbers": "Numbers and charts",
    "answers": "Numbers, charts and the written answers I pick",
}
SCOPES_SEEN = {
    "numbers": "numbers and charts",
    "answers": "numbers, charts and chosen written answers",
}
"""How a view names its scope to whoever is looking (coach, the person, a link's visitor)."""
DEFAULT_SCOPE = "numbers"
T = TypeVar("T")


@dataclass(frozen=True)
class AnswerKind:
    key: str
    label: str
    prompt_globs: tuple[str, ...]
    """SQLite GLOB patterns of the check-in prompt ids this kind covers."""


ANSWER_KINDS = (
    AnswerKind("how_going", "How things are going", ("checkin.how_going",)),
    AnswerKind("reasons", "Why a number and not lower (my reasons)", ("checkin.*.why_not_lower",)),
    AnswerKind("what_would_help", "What would help a number rise",
               ("checkin.*.what_would_it_take", "checkin.*.zero")),
    AnswerKind("notes", "Notes to myself", ("checkin.note",)),
)
KINDS_BY_KEY = {k.key: k for k in ANSWER_KINDS}

TOKEN_BYTES = 32
"""Random bytes in a link token: 256 bits, well over the 128-bit minimum."""
MAX_TOKEN_CHARS = 128
INVITE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
"""Crockford's base 32: no I, L, O or U, so a code read aloud or retyped survives."""
INVITE_GROUPS, INVITE_GROUP_CHARS = 3, 4
INVITE_DAYS = 30
VIEW_STAMP_MINUTES = 5
""""Last viewed" and "last opened" are stamped at most this often, so browsing does not write
on every rerun."""


# --- tokens ------------------------------------------------------------------------------------

def new_token() -> str:
    """A fresh link token (URL-safe text carrying 256 random bits)."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_hash(token: str) -> str:
    """What the store keeps of a token or invite code: its SHA-256, in hex."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_invite_code() -> str:
    """A typeable invite code such as ``7KQ2-M9XD-4HTR`` (60 random bits)."""
    chars = "".join(secrets.choice(INVITE_ALPHABET)
                    for _ in range(INVITE_GROUPS * INVITE_GROUP_CHARS))
    return "-".join(chars[i:i + INVITE_GROUP_CHARS]
                    for i in range(0, len(chars), INVITE_GROUP_CHARS))


def normalise_invite_code(text: str) -> str | None:
    """The canonical form of a typed invite code, or None if it cannot be one.

    Case, spaces and dashes do not matter; O reads as 0 and I or L as 1.
    """
    raw = "".join(text.split()).replace("-", "").upper().translate(str.maketrans("OIL", "011"))
    if len(raw) != INVITE_GROUPS * INVITE_GROUP_CHARS or any(c not in INVITE_ALPHABET for c in raw):
        return None
    return "-".join(raw[i:i + INVITE_GROUP_CHARS] for i in range(0, len(raw), INVITE_GROUP_CHARS))


# --- dates ---------------------------------------------------------------------------------------

def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


def expiry(last_day: date | None, tz: str, now: datetime | None = None) -> str | None:
    """The UTC instant sharing ends when it lasts up to and including ``last_day`` in ``tz``.

    None means no end date. Raises :class:`InputError` for a day already past.
    """
    if last_day is None:
        return None
    if last_day < today(tz, now):
        raise InputError("That end date has already passed. Choose today or a later day.")
    return _iso(datetime.combine(last_day + timedelta(days=1), time(0), ZoneInfo(tz)))


def status(expires_at: str | None, revoked_at: str | None, now: datetime | None = None) -> str:
    """``"open"``, ``"expired"`` or ``"revoked"``: the same rule the store applies in SQL."""
    if revoked_at is not None:
        return "revoked"
    if expires_at is not None and expires_at <= _iso(_now(now)):
        return "expired"
    return "open"


def today(tz: str, now: datetime | None = None) -> date:
    """Today's date in the viewer's time zone."""
    return _now(now).astimezone(ZoneInfo(tz)).date()


def open_and_ended(rows: list[T], now: datetime | None = None) -> tuple[list[T], list[T]]:
    """Split grants or links (anything with ``expires_at`` and ``revoked_at``) by :func:`status`."""
    is_open = [status(r.expires_at, r.revoked_at, now) == "open" for r in rows]
    return ([r for r, o in zip(rows, is_open, strict=True) if o],
            [r for r, o in zip(rows, is_open, strict=True) if not o])


def view_stamp_due(now: datetime) -> str:
    """A "last viewed" stamp older than this is refreshed; newer ones are left alone."""
    return _iso(now - timedelta(minutes=VIEW_STAMP_MINUTES))


def last_day_of(expires_at: str, tz: str) -> str:
    """The last day a grant or link with this expiry works, in the viewer's time zone."""
    moment = datetime.fromisoformat(expires_at).astimezone(ZoneInfo(tz)) - timedelta(microseconds=1)
    return f"{moment.day} {moment:%b %Y}"


# --- the person: sharing with a coach ----------------------------------------------------------

def find_coach(db: Database, client_id: int, username_or_code: str,
               now: datetime | None = None) -> store.Coach:
    """The coach named by username or invite code; :class:`InputError` saying what to do if none."""
    text = username_or_code.strip()
    if not text:
        raise InputError("Type your coach's username, or the invite code they gave you.")
    code = normalise_invite_code(text)
    coach = store.coach_for_invite(db, client_id, token_hash(code), _iso(_now(now))) if code else None
    if coach is None and len(text) <= accounts.USERNAME_MAX:
        coach = store.find_coach(db, client_id, accounts.username_key(text))
    if coach is None:
        raise InputError(
            "No coach account matches that username or invite code. Check the spelling with "
            "your coach, or ask them for a fresh invite code."
        )
    return coach


def _kind_patterns(scope: str, kind_keys: list[str]) -> list[tuple[str, str]]:
    if scope not in SCOPES:
        raise InputError("Choose what to share: numbers and charts, or also written answers.")
    if scope != "answers":
        return []
    unknown = [k for k in kind_keys if k not in KINDS_BY_KEY]
    if unknown:
        raise InputError(f"Unknown kind of answer: {', '.join(unknown)}.")
    return [(k, glob) for k in kind_keys for glob in KINDS_BY_KEY[k].prompt_globs]


def share_with_coach(db: Database, client_id: int, username_or_code: str, change_ids: list[int],
                     scope: str = DEFAULT_SCOPE, kind_keys: list[str] | None = None,
                     last_day: date | None = None, tz: str = "UTC",
                     now: datetime | None = None) -> store.Coach:
    """Share the chosen changes with a coach; return the coach. :class:`InputError` if not possible.

    Sharing a change already shared with this coach updates its scope and end date.
    """
    if not change_ids:
        raise InputError("Choose at least one change to share.")
    patterns = _kind_patterns(scope, kind_keys or [])
    ends = expiry(last_day, tz, now)
    coach = find_coach(db, client_id, username_or_code, now)
    try:
        store.grant(db, client_id, coach.id, change_ids, scope, patterns, ends, _iso(_now(now)))
    except NotYours:
        raise InputError("Only your own changes can be shared.") from None
    return coach


def change_what_is_shared(db: Database, client_id: int, grant_id: int, scope: str,
                          kind_keys: list[str], answer_ids: list[int]) -> None:
    """Replace a grant's scope, kinds and single answers; :class:`InputError` if it has ended."""
    if not store.set_grant_scope(db, client_id, grant_id, scope, _kind_patterns(scope, kind_keys),
                                 answer_ids):
        raise InputError("This sharing has already been stopped, so there is nothing to change.")


def answer_choices(db: Database, client_id: int, grant: GrantRow, tz: str) -> pd.DataFrame:
    """The person's check-in answers on the grant's change, newest first, for picking one by one.

    Indexed by answer id; ``Share`` says whether the grant already shows it on its own.
    """
    answers = store.client_answers(db, client_id, grant.change_id)
    picked = set(grant.picked_answer_ids)
    return pd.DataFrame(
        {"Share": [a.id in picked for a in answers],
         "When": [clock.day(a.created_at, tz) for a in answers],
         "Question": [a.question for a in answers],
         "Answer": [a.text for a in answers]},
        index=pd.Index([a.id for a in answers], name="id"),
    )


def describe_grant(grant: GrantRow, tz: str, now: datetime | None = None) -> str:
    """One line about a grant (no user text): scope, end date, last viewed."""
    state = status(grant.expires_at, grant.revoked_at, now)
    if state == "revoked":
        return f"Stopped on {clock.day(grant.revoked_at, tz)}. Your coach sees nothing of it."
    if state == "expired":
        return f"Ended on {last_day_of(grant.expires_at, tz)}. Your coach sees nothing of it."
    shown = SCOPES["numbers"]
    if grant.scope == "answers":
        chosen = [KINDS_BY_KEY[k].label.lower() for k in grant.kinds if k in KINDS_BY_KEY]
        if grant.picked_answer_ids:
            count = len(grant.picked_answer_ids)
            chosen.append(f"{count} single answer{'s' if count != 1 else ''}")
        shown = "Numbers, charts and " + (", ".join(chosen) if chosen else "no written answers yet")
    return " · ".join([
        shown,
        f"until {last_day_of(grant.expires_at, tz)}" if grant.expires_at else "no end date",
        f"last viewed {clock.day_and_time(grant.last_viewed_at, tz)}" if grant.last_viewed_at
        else "not viewed yet",
    ])


# --- read-only links --------------------------------------------------------------------------

def create_link(db: Database, user_id: int, change_id: int, last_day: date | None,
                tz: str = "UTC", now: datetime | None = None) -> str:
    """Create a link to one change and return its token; only the token's hash is kept."""
    ends = expiry(last_day, tz, now)
    token = new_token()
    try:
        store.create_link(db, user_id, change_id, token_hash(token), ends, _iso(_now(now)))
    except NotYours:
        raise InputError("Only your own changes can be shared.") from None
    return token


def link_url(page_url: str | None, token: str) -> str:
    """The full address of a link, next to the page the person is on (``/shared`` if unknown)."""
    return urljoin(page_url or "/", f"shared?token={token}")


def describe_link(link: store.LinkRow, tz: str, now: datetime | None = None) -> str:
    """One line about a link (no user text): made, ends, last opened, or when it was turned off."""
    state = status(link.expires_at, link.revoked_at, now)
    if state == "revoked":
        return f"Turned off on {clock.day(link.revoked_at, tz)}."
    if state == "expired":
        return f"Ended on {last_day_of(link.expires_at, tz)}."
    return " · ".join([
        f"Made {clock.day(link.created_at, tz)}",
        f"until {last_day_of(link.expires_at, tz)}" if link.expires_at else "no end date",
        f"last opened {clock.day_and_time(link.last_opened_at, tz)}" if link.last_opened_at
        else "not opened yet",
    ])


# --- coaches: invite codes and notes ----------------------------------------------------------

def create_invite(db: Database, coach_id: int, now: datetime | None = None) -> str:
    """A new invite code for the coach, valid for :data:`INVITE_DAYS` days; only its hash is kept."""
    code = new_invite_code()
    start = _now(now)
    store.create_invite(db, coach_id, token_hash(code), _iso(start + timedelta(days=INVITE_DAYS)),
                        _iso(start))
    return code


def add_note(db: Database, coach_id: int, client_id: int, text: str) -> None:
    """Save a private, dated note; :class:`InputError` for bad text or a client no longer sharing."""
    clean = clean_text(text, "The note", required=True)
    if not store.add_note(db, coach_id, client_id, clean):
        raise InputError("This person no longer shares anything with you, so the note was not saved.")


# --- what a viewer sees ------------------------------------------------------------------------

@dataclass(frozen=True)
class SharedView:
    """Whose change a viewer is looking at and how much they may see.

    It names the access to check, not a permission: the store checks the grant (``coach_id``,
    ``client_id``, ``change_id``) or the link (``token_hash``) again on every read.
    """

    title: str
    owner_name: str
    """The person's username for coaches and previews; empty on a link."""
    scope: str
    coach_id: int | None = None
    client_id: int | None = None
    change_id: int | None = None
    token_hash: str | None = None


@dataclass(frozen=True)
class SharedProgress:
    frame: pd.DataFrame
    """:func:`progress.history_frame` with words only where the scope allows."""
    answers: list[SharedAnswer]
    """The shared written answers, newest first."""


def open_for_coach(db: Database, coach_id: int, client_id: int, change_id: int,
                   now: datetime | None = None) -> SharedView | None:
    """The coach's view of a shared change (stamping it as viewed), or None without an open grant."""
    stamp = _now(now)
    shared = store.shared_change(db, coach_id, client_id, change_id, _iso(stamp))
    if shared is None:
        return None
    stale = view_stamp_due(stamp)
    if shared.last_viewed_at is None or shared.last_viewed_at < stale:
        store.record_view(db, coach_id, client_id, change_id, _iso(stamp), stale)
    return SharedView(shared.change_title, shared.client_name, shared.scope,
                      coach_id, client_id, change_id)


def open_preview(db: Database, client_id: int, grant_id: int,
                 now: datetime | None = None) -> SharedView | None:
    """Exactly what the coach of one of the person's grants sees now; None once it has ended."""
    grant = store.client_grant(db, client_id, grant_id)
    if grant is None:
        return None
    shared = store.shared_change(db, grant.coach_id, client_id, grant.change_id, _iso(_now(now)))
    if shared is None:
        return None
    return SharedView(shared.change_title, shared.client_name, shared.scope,
                      grant.coach_id, client_id, grant.change_id)


def open_link(db: Database, token: str, now: datetime | None = None) -> SharedView | None:
    """The view behind a link token (stamping it as opened), or None for any token that fails."""
    token = (token or "").strip()
    if not token or len(token) > MAX_TOKEN_CHARS:
        return None
    digest = token_hash(token)
    stamp = _now(now)
    link = store.open_link(db, digest, _iso(stamp))
    if link is None:
        return None
    stale = view_stamp_due(stamp)
    if link.last_opened_at is None or link.last_opened_at < stale:
        store.record_link_opened(db, digest, _iso(stamp))
    return SharedView(link.change_title, "", "numbers", token_hash=digest)


def load_progress(db: Database, view: SharedView, since_at: str | None, tz: str = "UTC",
                  now: datetime | None = None) -> SharedProgress:
    """The shared history from ``since_at`` on; empty as soon as the grant or link has ended."""
    stamp = _iso(_now(now))
    if view.token_hash is not None:
        rows = store.link_checkins(db, view.token_hash, since_at, stamp)
        answers: list[SharedAnswer] = []
    else:
        rows = store.shared_checkins(db, view.coach_id, view.client_id, view.change_id,
                                     since_at, stamp)
        answers = store.shared_answers(db, view.coach_id, view.client_id, view.change_id,
                                       since_at, stamp)
    frame = progress.history_frame(
        rows, [(a.checkin_id, a.prompt_id, a.question, a.text) for a in answers], tz
    )
    return SharedProgress(frame, answers[::-1])


def shared_table(frame: pd.DataFrame) -> pd.DataFrame:
    """:func:`progress.table` without the written-answer columns that hold nothing shared."""
    out = progress.table(frame)
    empty_text = [c for c in out.columns
                  if pd.api.types.is_string_dtype(out[c]) and (out[c] == "").all()]
    return out.drop(columns=empty_text)
