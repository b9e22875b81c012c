"""Who is signed in, which change is current, and the database for this rerun.

Signing in starts a server-side session (:mod:`change_journal.sessions`): this tab keeps the
token in its Streamlit session, and the browser keeps it in a cookie so that a reload, a new
tab or a bookmark stays signed in. Streamlit reads cookies itself (``st.context.cookies``, sent
when the tab connects) but has no way to set one from a script run, so a three-line
``st.components.v2`` component writes it in the page (see README, "Sessions and cookies").
Every rerun checks the token against the database before any page runs.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from urllib.parse import urlparse

import streamlit as st
from sqlite_utils import Database

from change_journal import changes, clock, sessions
from change_journal.accounts import Account
from change_journal.changes import Change
from change_journal.config import db_path
from change_journal.database import StoreError, open_db

ACCOUNT_KEY = "account"
TOKEN_KEY = "session_token"
CHANGE_KEY = "current_change_id"
COOKIE_JAR_KEY = "cookie_jar"
"""The start of the keys of the boxes that hold the cookie writers, hidden by
``layout.FRAME_CSS``."""

CHANGE_GONE = "The change you had open was archived or deleted, perhaps in another window."
_CHANGE_GONE_SAID = "change_gone_said"
SIGNED_OUT_KEY = "signed_out_meanwhile"
SIGNED_OUT = ("This window was signed out, from another window (by signing out, a new password "
              "or deleting the account) or because the session ran out. Anything in this window "
              "that had not reached your journal yet was not kept. Sign in again to go on.")

ACCOUNT_DELETED_KEY = "account_deleted"
DELETING_KEY = "deleting_account"
"""Session key: the id of the account this tab is deleting, set just before it is deleted. Any
read of the session state can end a run (the next click's run then starts), so a double click
can stop the deleting run between the deletion and signing out: the next run, finding the
account gone, then says it was deleted, not that the tab was signed out elsewhere."""
ACCOUNT_DELETED = "Your account and everything in it were deleted, for good."

_rerun = threading.local()

_COOKIE_JS = """
export default function ({ data }) {
  if (!data || !data.name) return;
  const now = document.cookie.split("; ").find((c) => c.startsWith(data.name + "="));
  const current = now ? now.slice(data.name.length + 1) : "";
  if (data.onlyIfCurrentIs !== null && current !== data.onlyIfCurrentIs) return;
  const secure = location.protocol === "https:" ? "; Secure" : "";
  document.cookie = `${data.name}=${data.value}; Max-Age=${data.maxAge}; Path=/; SameSite=Strict${secure}`;
}
"""
_cookie_writer = st.components.v2.component("change_journal_session_cookie", js=_COOKIE_JS)
_LOG = logging.getLogger("change_journal")
DATABASE_DOWN = ("Nothing you wrote is lost. Please try again later; if you run this server, its "
                 "log says what is wrong.")


@st.cache_resource(show_spinner=False)
def _migrated(path: str) -> bool:
    """Migrate the database file once per server process (the connection itself is not kept)."""
    open_db(path).close()
    return True


def _open() -> Database:
    """A new connection to the migrated database; stops the page with a message on failure."""
    path = str(db_path())
    try:
        _migrated(path)
        return open_db(path, migrate=False)
    except StoreError as exc:
        # What is wrong names the file or the server, which is the operator's to know: it goes
        # to the server's log; a visitor reads only that the journal cannot open.
        _LOG.error("Change Journal cannot open its database. %s", exc)
        st.error(f"Change Journal cannot open its database. {DATABASE_DOWN}")
        st.stop()
        raise  # unreachable: st.stop() ends the run


@contextmanager
def rerun_database() -> Iterator[Database]:
    """The one connection of this rerun, opened by ``app.py`` and closed when the rerun ends."""
    database = _open()
    _rerun.database = database
    try:
        yield database
    finally:
        _rerun.database = None
        database.close()


def db() -> Database:
    """This rerun's connection (do not close it). Outside a rerun (a callback that runs before
    ``app.py``), use :func:`own_db` instead."""
    database = getattr(_rerun, "database", None)
    return database if database is not None else _open()


@contextmanager
def own_db() -> Iterator[Database]:
    """A connection of its own, closed on leaving: for widget callbacks and deferred downloads,
    which run outside the rerun."""
    database = _open()
    try:
        yield database
    finally:
        database.close()


def authenticate(database: Database) -> Account | None:
    """Check this tab's session against the database, once per rerun, before any page runs.

    The token comes from this tab's Streamlit session or, on a fresh connection (reload, new
    tab, bookmark), from the cookie. A deleted account, an ended or expired session means
    signed out: everything this tab kept is forgotten.
    """
    token = st.session_state.get(TOKEN_KEY) or _cookie()
    account = sessions.resume(database, token) if token else None
    if account is None:
        if TOKEN_KEY in st.session_state or ACCOUNT_KEY in st.session_state:
            mine = st.session_state.get(ACCOUNT_KEY)
            deleted_here = mine is not None and st.session_state.get(DELETING_KEY) == mine.id
            _forget_everything()
            # app.py says why, once
            st.session_state[ACCOUNT_DELETED_KEY if deleted_here else SIGNED_OUT_KEY] = True
        if token:  # a dead token: take it out of the browser unless it holds a newer one
            _write_cookie(sessions.COOKIE_NAME, "", 0, only_if_current_is=token)
        return None
    st.session_state[TOKEN_KEY] = token
    st.session_state[ACCOUNT_KEY] = account
    st.session_state.pop(DELETING_KEY, None)  # still here: a deletion that did not happen
    _write_cookie(sessions.COOKIE_NAME, token, int(sessions.LIFETIME.total_seconds()))
    return account


def _forget_everything() -> None:
    """Empty this tab's session state, key by key.

    ``st.session_state.clear()`` pops keys in hash order and stops silently at the first whose
    value cannot be read (a component's, before the browser sent one), so it could keep the
    rest, the signed-in account among them."""
    for key in list(st.session_state):
        with suppress(KeyError):
            del st.session_state[key]


def account() -> Account | None:
    """The signed-in account (checked this rerun by :func:`authenticate`), or None."""
    return st.session_state.get(ACCOUNT_KEY)


def require_account(role: str | None = None) -> Account:
    """The signed-in account (of ``role``, if given); otherwise the page stops here.

    Navigation already hides the pages a visitor may not open; this is the second lock, for a
    page file run without ``app.py`` (a server's very first run, or AppTest), which then checks
    the session against the database itself.
    """
    if getattr(_rerun, "database", None) is None:
        with own_db() as database:
            authenticate(database)
    current = account()
    if current is None:
        st.info("Please sign in first.")
        st.stop()
    if role is not None and current.role != role:
        st.info("This page belongs to another kind of account.")
        st.stop()
    return current


def sign_in(database: Database, signed_in: Account) -> None:
    """Start a server-side session for ``signed_in`` in this tab (nothing from a previous
    session is kept); the cookie is written on the next rerun."""
    device = sessions.device_label(st.context.headers.get("User-Agent"))
    token = sessions.start(database, signed_in, device=device)
    _forget_everything()
    st.session_state[TOKEN_KEY] = token
    st.session_state[ACCOUNT_KEY] = signed_in


def returning() -> bool:
    """Whether this visitor has probably been here before: the browser brought a session
    cookie (even an ended one), or the address is a page inside the journal."""
    url = st.context.url
    inside = isinstance(url, str) and bool(urlparse(url).path.strip("/"))
    return _cookie() is not None or inside


def token() -> str | None:
    """This tab's session token (to mark "this browser" in the list of sessions)."""
    return st.session_state.get(TOKEN_KEY)


class SignedOut(Exception):
    """This tab's session ended (signed out here or elsewhere, or the account deleted) before
    work that runs without ``app.py``'s check."""


def _still_held(own: Database, held: str | None, signed_in: Account | None) -> bool:
    current = sessions.resume(own, held) if held else None
    return current is not None and signed_in is not None and current.id == signed_in.id


def still_signed_in(own: Database) -> bool:
    """Whether this tab's session is still live and still its account's: the check for what runs
    without ``app.py``'s (widget callbacks, the buttons of dialogs and fragments)."""
    return _still_held(own, token(), account())


def deferred_download(build: Callable[[Database], bytes]) -> Callable[[], bytes]:
    """The data of a download button made when it is clicked: ``build`` on a connection of its
    own, only while the session the page was drawn in is still live (a download runs outside
    any rerun, without ``app.py``'s check and without this tab's state); else :class:`SignedOut`,
    which fails the download."""
    held, signed_in = token(), account()

    def data() -> bytes:
        with own_db() as own:
            if not _still_held(own, held, signed_in):
                raise SignedOut("This tab was signed out: sign in again to download.")
            return build(own)

    return data


def sign_out(database: Database) -> None:
    """End this tab's session in the database and forget everything about it."""
    sessions.end(database, token())
    _forget_everything()


def active_changes(database: Database, signed_in: Account) -> list[Change]:
    return changes.list_changes(database, signed_in.id)


def current_change(database: Database, signed_in: Account,
                   listed: list[Change] | None = None) -> Change | None:
    """The change picked in the sidebar, checked against the person's own active changes
    (``listed``, when the caller has already listed them). A new session opens on the one this
    browser showed last, if it is still theirs and active, else on the one last written in."""
    listed = active_changes(database, signed_in) if listed is None else listed
    if not listed:
        return None
    by_id = {c.id: c for c in listed}
    chosen = st.session_state.get(CHANGE_KEY)
    if chosen not in by_id:
        shown = _shown_before() if chosen is None else None
        last = shown if shown in by_id else changes.last_written(database, signed_in.id)
        st.session_state[CHANGE_KEY] = last if last in by_id else listed[0].id
        if chosen is not None:
            # Archived or deleted, perhaps in another window: say so, on a run of its own, so
            # that a click meant for the change gone ("Save check-in", "Close without saving")
            # acts on nothing rather than on the change shown now.
            st.session_state[_CHANGE_GONE_SAID] = True
            st.rerun()
        chosen = st.session_state[CHANGE_KEY]
    if st.session_state.pop(_CHANGE_GONE_SAID, False):
        st.toast(CHANGE_GONE, icon=":material/info:")
    return by_id[chosen]


def remember_in_browser(change_id: int) -> None:
    """Keep the change shown in this browser's :data:`sessions.CHANGE_COOKIE` (once per run: the
    sidebar does it)."""
    _write_cookie(sessions.CHANGE_COOKIE, str(change_id), int(sessions.LIFETIME.total_seconds()))


def _shown_before() -> int | None:
    """The change this browser showed last (:data:`sessions.CHANGE_COOKIE`), if it says one."""
    value = st.context.cookies.get(sessions.CHANGE_COOKIE)
    return int(value) if isinstance(value, str) and value.isdigit() and len(value) < 19 else None


def set_current_change(change_id: int) -> None:
    st.session_state[CHANGE_KEY] = change_id


def viewer_timezone() -> str:
    """The browser's time zone name, or UTC when it is unknown."""
    name = st.context.timezone or "UTC"
    return name if clock.zone(name) else "UTC"


def _cookie() -> str | None:
    """The session cookie this tab connected with, if any."""
    value = st.context.cookies.get(sessions.COOKIE_NAME)
    return value if isinstance(value, str) else None  # AppTest has no cookies to give


def _write_cookie(name: str, value: str, max_age: int, *,
                  only_if_current_is: str | None = None) -> None:
    """Set (or, with ``max_age`` 0, remove) a cookie in this browser, from a box the frame's
    CSS hides (``COOKIE_JAR_KEY``): in the sidebar it kept a signed-out tab's sidebar, empty, on
    screen."""
    with st.container(key=f"{COOKIE_JAR_KEY}_{name}"):
        _cookie_writer(key=f"cookie_{name}", height=0, data={
            "name": name, "value": value, "maxAge": max_age,
            "onlyIfCurrentIs": only_if_current_is})
