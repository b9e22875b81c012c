"""Server-side sign-in sessions: stay signed in across reloads, safely.

The browser keeps a random 256-bit token in a cookie; the database keeps only its SHA-256,
with the account, when the session started and when it was last used. Every rerun resumes
the session from the database, so a deleted account, an ended session (signed out here or
everywhere, a password change) or an expired one means signing in again, and nothing else.

Usage::

    token = start(db, account, device=device_label(user_agent))  # after sign-in: set the cookie
    account = resume(db, token)                                   # every rerun: None = sign in
    end(db, token)                                                 # sign out
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlite_utils import Database

from change_journal import clock
from change_journal.accounts import Account
from change_journal.store import sessions as rows

COOKIE_NAME = "change_journal_session"
CHANGE_COOKIE = "change_journal_change"
"""The change a browser showed last (its id, a number, honoured only when it is one of the
signed-in person's own active changes): a reload, or a new tab, opens on it."""
IDLE_LIMIT = timedelta(days=14)
"""A session unused for this long has ended."""
LIFETIME = timedelta(days=30)
"""A session older than this has ended, however often it is used."""
TOUCH_EVERY = timedelta(minutes=5)
"""How stale "last used" may get before a rerun writes it again (most reruns only read)."""

_TOKEN_RE = re.compile(r"[A-Za-z0-9_\-]{43}")
"""What :func:`new_token` makes: 32 random bytes, URL-safe base64 without padding."""


@dataclass(frozen=True)
class SessionInfo:
    """One of the person's sessions, as the Settings page lists it."""

    created_at: str
    last_used_at: str
    device: str
    is_this_one: bool


def new_token() -> str:
    """A fresh random token (256 bits)."""
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    """What the database keeps of a token."""
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def start(db: Database, account: Account, *, device: str = "",
          now: datetime | None = None) -> str:
    """Begin a session for ``account`` and return its token (for the cookie); ended sessions of
    everyone are forgotten on the way."""
    moment = now or clock.now()
    rows.end_sessions_before(db, clock.stamp(moment - IDLE_LIMIT), clock.stamp(moment - LIFETIME))
    token = new_token()
    rows.create_session(db, token_hash(token), account.id, clock.stamp(moment), device[:80])
    return token


def resume(db: Database, token: str | None, *, now: datetime | None = None) -> Account | None:
    """The account signed in with ``token``, or None when the session does not exist (any more),
    has expired or its account is gone. Anything that is not a token is refused unread."""
    if not isinstance(token, str) or not _TOKEN_RE.fullmatch(token):
        return None
    moment = now or clock.now()
    digest = token_hash(token)
    found = rows.find_session(db, digest)
    if found is None:
        return None
    last_used = datetime.fromisoformat(found.last_used_at)
    if (moment - last_used >= IDLE_LIMIT
            or moment - datetime.fromisoformat(found.created_at) >= LIFETIME):
        rows.end_session(db, digest)
        return None
    if moment - last_used >= TOUCH_EVERY:
        rows.touch_session(db, digest, clock.stamp(moment))
    return Account(found.user_id, found.username, found.role)


def end(db: Database, token: str | None) -> None:
    """Sign out: end the session of ``token`` (nothing happens for an unknown one)."""
    if token and _TOKEN_RE.fullmatch(token):
        rows.end_session(db, token_hash(token))


def end_everywhere(db: Database, user_id: int, *, except_token: str | None = None) -> int:
    """End every session of ``user_id`` (but the one of ``except_token``); return how many."""
    keep = token_hash(except_token) if except_token else None
    return rows.end_sessions(db, user_id, keep=keep)


def list_sessions(db: Database, user_id: int, current_token: str | None) -> list[SessionInfo]:
    """The acting user's sessions, most recently used first, marking this browser's."""
    current = token_hash(current_token) if current_token else None
    return [SessionInfo(r.created_at, r.last_used_at, r.device or "A web browser",
                        r.token_hash == current)
            for r in rows.list_sessions(db, user_id)]


_BROWSERS = (("Edg/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"),
             ("Chromium/", "Chromium"), ("Chrome/", "Chrome"), ("Safari/", "Safari"))
_SYSTEMS = (("iPhone", "iPhone"), ("iPad", "iPad"), ("Android", "Android"),
            ("Windows", "Windows"), ("Mac OS X", "macOS"), ("CrOS", "ChromeOS"),
            ("Linux", "Linux"))


def device_label(user_agent: str | None) -> str:
    """A short, recognisable name for a browser ("Firefox on Windows") from its User-Agent;
    the header itself is not stored."""
    agent = user_agent or ""
    browser = next((name for mark, name in _BROWSERS if mark in agent), "A web browser")
    system = next((name for mark, name in _SYSTEMS if mark in agent), "")
    return f"{browser} on {system}" if system else browser
