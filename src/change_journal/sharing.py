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

The coach's consent: a share made by typing a coach's username waits for the coach to accept
it, and shows them nothing until then; a share made with the coach's invite code (the coach
invited this person) or by someone whose share the coach accepted before is accepted at once.
Once a coach declines someone, sharing with them by username is refused; their invite code
still works. Sharing asks once, naming the coach (:func:`check_share`), before it takes effect
(:func:`confirm_share`). What happens to a coach's notes is in ``docs/sharing.md``.
"""

from __future__ import annotations

import fnmatch
import hashlib
import secrets
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import TypeVar
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

import pandas as pd
from sqlite_utils import Database

from change_journal import accounts, changes, clock, progress, prompt_ids
from change_journal.changes import NotYours
from change_journal.rulers import RULERS, number_asked
from change_journal.store import changes as change_store
from change_journal.store import coach as coach_store
from change_journal.store import sharing as store
from change_journal.store.sharing import (
    Coach,
    Departure,
    GrantRow,
    InviteRow,
    LinkRow,
    NoteRow,
    SharedAnswer,
    SharedChange,
)
from change_journal.validation import InputError, clean_text, isolated, tidy

__all__ = ["Coach", "Departure", "GrantRow", "InviteRow", "LinkRow", "NoteRow", "SharedAnswer"]
"""The sharing types pages and ``ui/`` work with (defined by the store, used through here);
the functions below are public too."""

SCOPES = {
    "numbers": "Numbers and charts",
    "answers": "Numbers, charts and the written answers I pick",
}
NUMBERS_SEEN = "numbers and charts"
"""How a view names a share of numbers alone to whoever is looking (coach, person, link)."""
DEFAULT_SCOPE = "numbers"
T = TypeVar("T")


@dataclass(frozen=True)
class AnswerKind:
    key: str
    label: str
    prompt_globs: tuple[str, ...]
    """SQLite GLOB patterns of the check-in prompt ids this kind covers."""
    seen: str
    """The kind as a view names it to whoever is looking (no "my")."""


ANSWER_KINDS = (
    AnswerKind("how_going", "How things are going", ("checkin.how_going",),
               "how things are going"),
    AnswerKind("reasons", "Why a number and not lower (my reasons)", ("checkin.*.why_not_lower",),
               "why a number and not lower"),
    AnswerKind("what_would_help", "What would help a number rise",
               ("checkin.*.what_would_it_take", "checkin.*.zero"), "what would help a number rise"),
    AnswerKind("notes", "Notes to myself", ("checkin.note",), "notes"),
)
KINDS_BY_KEY = {k.key: k for k in ANSWER_KINDS}


def seen_words(scope: str, kind_keys: Iterable[str], picked: int) -> str:
    """What a share lets its coach see, in the same words wherever a share is described (the
    question before sharing, the person's list, the coach's caption, the person's preview; no
    user text): "numbers and charts", or "numbers, charts and written answers (notes; 2
    answers picked one by one)", the kinds in the order they are offered."""
    if scope != "answers":
        return NUMBERS_SEEN
    keys = set(kind_keys)
    parts = [kind.seen for kind in ANSWER_KINDS if kind.key in keys]
    if picked:
        parts.append(f"{picked:,} answer{'s' if picked != 1 else ''} picked one by one")
    if not parts:
        return f"{NUMBERS_SEEN} (written answers too, but none are picked yet)"
    return f"numbers, charts and written answers ({'; '.join(parts)})"


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

    Case, spaces, dashes of any kind and characters that show nothing (pasted along) do not
    matter; fullwidth letters read as plain ones; O reads as 0 and I or L as 1.
    """
    raw = "".join(c for c in unicodedata.normalize("NFKC", text) if c.isalnum())
    raw = raw.upper().translate(str.maketrans("OIL", "011"))
    if len(raw) != INVITE_GROUPS * INVITE_GROUP_CHARS or any(c not in INVITE_ALPHABET for c in raw):
        return None
    return "-".join(raw[i:i + INVITE_GROUP_CHARS] for i in range(0, len(raw), INVITE_GROUP_CHARS))


# --- dates ---------------------------------------------------------------------------------------

def expiry(last_day: date | None, tz: str, now: datetime | None = None) -> str | None:
    """The UTC instant sharing ends when it lasts up to and including ``last_day`` in ``tz``.

    None means no end date. Raises :class:`InputError` for a day already past.
    """
    if last_day is None:
        return None
    if last_day < today(tz, now):
        raise InputError("That end date has already passed. Choose today or a later day.")
    return clock.stamp(datetime.combine(last_day + timedelta(days=1), time(0), ZoneInfo(tz)))


def status(expires_at: str | None, revoked_at: str | None, now: datetime | None = None) -> str:
    """``"open"``, ``"expired"`` or ``"revoked"``: the same rule the store applies in SQL. A
    share closed at or after its end date ran out (the store closes those where they ended)."""
    if expires_at is not None and expires_at <= (revoked_at or clock.stamp(now)):
        return "expired"
    if revoked_at is not None:
        return "revoked"
    return "open"


def grant_status(grant: GrantRow, now: datetime | None = None) -> str:
    """A grant as its person sees it: ``"open"`` (the coach sees it), ``"waiting"`` (for the
    coach to accept it), ``"declined"`` (by the coach), ``"expired"`` or ``"revoked"``."""
    state = status(grant.expires_at, grant.revoked_at, now)
    if grant.coach_status == "declined":
        return "declined"  # and stays so when sharing again closes it
    if state == "revoked" or grant.coach_status == "accepted":
        return state
    return "waiting" if state == "open" else state


def today(tz: str, now: datetime | None = None) -> date:
    """Today's date in the viewer's time zone."""
    return (now or clock.now()).astimezone(ZoneInfo(tz)).date()


def open_and_ended(rows: list[T], now: datetime | None = None) -> tuple[list[T], list[T]]:
    """Split links (by :func:`status`) or grants (by :func:`grant_status`: a grant waiting for
    its coach is still on) into those still on and those that ended."""
    is_open = [grant_status(r, now) in ("open", "waiting") if isinstance(r, GrantRow)
               else status(r.expires_at, r.revoked_at, now) == "open" for r in rows]
    return ([r for r, o in zip(rows, is_open, strict=True) if o],
            [r for r, o in zip(rows, is_open, strict=True) if not o])


def view_stamp_due(now: datetime) -> str:
    """A "last viewed" stamp older than this is refreshed; newer ones are left alone."""
    return clock.stamp(now - timedelta(minutes=VIEW_STAMP_MINUTES))


def last_day_of(expires_at: str, tz: str) -> str:
    """The last day a grant or link with this expiry works, in the viewer's time zone."""
    moment = datetime.fromisoformat(expires_at).astimezone(ZoneInfo(tz)) - timedelta(microseconds=1)
    return f"{moment.day} {moment:%b %Y}"


# --- the person: sharing with a coach ----------------------------------------------------------

def _find_coach(db: Database, client_id: int, username_or_code: str,
                now: datetime | None) -> tuple[Coach, bool]:
    """The coach named by username or invite code, and whether it was by invite code (a name
    copied off a page may bring the app's bidi isolates along: dropped, as any control)."""
    text = tidy(username_or_code)
    if not text:
        raise InputError("Type your coach's username, or the invite code they gave you.")
    code = normalise_invite_code(text)
    coach = store.coach_for_invite(db, client_id, token_hash(code), clock.stamp(now)) if code else None
    if coach is not None:
        return coach, True
    if len(text) <= accounts.USERNAME_MAX:
        coach = store.find_coach(db, client_id, accounts.username_key(text))
    if coach is None:
        key = accounts.username_key(text)
        if any(accounts.username_key(d.coach_name) == key
               for d in store.list_departures(db, client_id)):
            raise InputError("That coach has deleted their account (see “Ended sharing” below), so "
                             "there is no one to share with under that name any more.")
        raise InputError(
            "No coach account matches that username or invite code. Check the spelling with "
            "your coach, or ask them for a fresh invite code."
        )
    return coach, False


def find_coach(db: Database, client_id: int, username_or_code: str,
               now: datetime | None = None) -> Coach:
    """The coach named by username or invite code; :class:`InputError` saying what to do if none."""
    return _find_coach(db, client_id, username_or_code, now)[0]


def _kind_patterns(scope: str, kind_keys: list[str]) -> list[tuple[str, str]]:
    if scope not in SCOPES:
        raise InputError("Choose what to share: numbers and charts, or also written answers.")
    if scope != "answers":
        return []
    unknown = [k for k in kind_keys if k not in KINDS_BY_KEY]
    if unknown:
        raise InputError(f"Unknown kind of answer: {', '.join(unknown)}.")
    return [(k, glob) for k in kind_keys for glob in KINDS_BY_KEY[k].prompt_globs]


@dataclass(frozen=True)
class ShareRequest:
    """What the person asked to share, as they typed and picked it."""

    coach: str
    """The coach's username or invite code, as typed."""
    change_ids: tuple[int, ...]
    scope: str = DEFAULT_SCOPE
    kind_keys: tuple[str, ...] = ()
    last_day: date | None = None
    tz: str = field(default="UTC", compare=False)
    """The person's time zone, for the last day; not part of what they chose (the browser
    reports it a moment after a page opens, so it may differ between two reruns)."""


@dataclass(frozen=True)
class _SharePlan:
    coach: Coach
    patterns: list[tuple[str, str]]
    expires_at: str | None
    coach_status: str


def _plan_share(db: Database, client_id: int, request: ShareRequest,
                now: datetime | None) -> _SharePlan:
    """Everything a share needs, checked, without writing: :class:`InputError` if impossible."""
    if not request.change_ids:
        raise InputError("Choose at least one change to share.")
    patterns = _kind_patterns(request.scope, list(request.kind_keys))
    ends = expiry(request.last_day, request.tz, now)
    coach, by_invite = _find_coach(db, client_id, request.coach, now)
    answers = store.coach_answers(db, client_id, coach.id)
    if by_invite or "accepted" in answers:
        coach_status = "accepted"
    elif "declined" in answers:
        raise InputError(
            "That coach has declined your earlier shares, so nothing was shared. If that was a "
            "mistake, ask them for an invite code: sharing with it reaches them at once."
        )
    else:
        coach_status = "pending"
    return _SharePlan(coach, patterns, ends, coach_status)


@dataclass(frozen=True)
class ShareCheck:
    """A share, checked and ready, waiting for the person to confirm it (nothing is saved yet)."""

    request: ShareRequest
    coach: Coach
    change_titles: tuple[str, ...]
    waits_for_coach: bool
    """The coach sees nothing until they accept it (the person shared by username with a
    coach who has not accepted them before)."""
    last_day_text: str | None
    """The last day, written out for the person; None without an end date."""
    kept_picks: int = 0
    """Single answers picked for a share of these changes still on with this coach, which the
    coach keeps seeing while written answers are shared."""
    already: int = 0
    """How many of these changes are shared with this coach already (open or waiting): sharing
    again replaces what that share shows."""

    @property
    def question(self) -> str:
        """``Share “Walk most days” with coach.kim?`` (user text, bidi-isolated: show it
        literally)."""
        titles = " and ".join(f"“{isolated(t)}”" for t in self.change_titles)
        return f"Share {titles} with {isolated(self.coach.username)}?"

    @property
    def details(self) -> str:
        """What the coach will see and from when (no user text)."""
        seen = seen_words(self.request.scope, self.request.kind_keys, self.kept_picks)
        until = f"until {self.last_day_text}" if self.last_day_text else "with no end date"
        when = ("They see nothing until they accept your share: if they don't know you, "
                "they can decline it." if self.waits_for_coach
                else "They see it from their next visit.")
        again = ""
        if self.already:
            which = ("it" if len(self.change_titles) == 1
                     else f"{self.already} of these changes" if self.already < len(self.change_titles)
                     else "these changes")
            again = (f"You share {which} with this coach already: this replaces what that share "
                     "shows. ")
        return (f"{again}This coach will see {seen}, {until}. {when} You can stop sharing at any "
                "time.")


def check_share(db: Database, client_id: int, request: ShareRequest,
                now: datetime | None = None) -> ShareCheck:
    """Check a share and name the coach it would go to, without saving anything.

    Raises :class:`InputError` saying what to do when the share cannot happen. The person
    confirms with :func:`confirm_share`.
    """
    plan = _plan_share(db, client_id, request, now)
    titles = _names(db, client_id)
    if any(change_id not in titles for change_id in request.change_ids):
        raise InputError("Only your own changes can be shared.")
    shared = [g for g in store.list_grants(db, client_id)
              if g.coach_id == plan.coach.id and g.change_id in request.change_ids
              and grant_status(g, now) in ("open", "waiting")]
    kept = sum(len(g.picked_answer_ids) for g in shared) if request.scope == "answers" else 0
    return ShareCheck(request, plan.coach, tuple(titles[i] for i in request.change_ids),
                      plan.coach_status == "pending",
                      last_day_of(plan.expires_at, request.tz) if plan.expires_at else None, kept,
                      len({g.change_id for g in shared}))


def confirm_share(db: Database, client_id: int, check: ShareCheck,
                  now: datetime | None = None) -> Coach:
    """Make the share the person confirmed; :class:`InputError` (nothing shared) if it cannot
    happen any more or would now reach another coach than the one named to them."""
    return _share(db, client_id, check.request, now, expect_coach=check.coach.id)


def share_with_coach(db: Database, client_id: int, username_or_code: str, change_ids: list[int],
                     scope: str = DEFAULT_SCOPE, kind_keys: list[str] | None = None,
                     last_day: date | None = None, tz: str = "UTC",
                     now: datetime | None = None) -> Coach:
    """Share the chosen changes with a coach at once; return the coach. :class:`InputError` if
    not possible. (The Sharing page asks first: :func:`check_share`, :func:`confirm_share`.)

    Sharing a change already shared with this coach updates its scope and end date. Whether the
    coach sees it at once or must accept it first follows the rules in this module's docstring.
    """
    request = ShareRequest(username_or_code, tuple(change_ids), scope, tuple(kind_keys or ()),
                           last_day, tz)
    return _share(db, client_id, request, now)


def _share(db: Database, client_id: int, request: ShareRequest, now: datetime | None,
           expect_coach: int | None = None) -> Coach:
    plan = _plan_share(db, client_id, request, now)
    if expect_coach is not None and plan.coach.id != expect_coach:
        raise InputError("That username or invite code now leads to another coach account, so "
                         "nothing was shared. Check it with your coach and share again.")
    try:
        store.grant(db, client_id, plan.coach.id, request.change_ids, request.scope,
                    plan.patterns, plan.expires_at, clock.stamp(now),
                    coach_status=plan.coach_status)
    except NotYours:
        raise InputError("Only your own changes can be shared.") from None
    return plan.coach


def change_what_is_shared(db: Database, client_id: int, grant_id: int, scope: str,
                          kind_keys: list[str], answer_ids: list[int]) -> None:
    """Replace a grant's scope, kinds and single answers; :class:`InputError` if it has ended."""
    if not store.set_grant_scope(db, client_id, grant_id, scope, _kind_patterns(scope, kind_keys),
                                 answer_ids):
        raise InputError("This sharing has already been stopped, so there is nothing to change.")


@dataclass(frozen=True)
class AnswerChoice:
    """One of the person's check-in answers, as offered to share one by one."""

    answer_id: int
    when: str        # day and time, so two check-ins of one day are told apart
    question: str    # with its ruler named (:func:`answer_heading`)
    text: str        # the person's words: show them literally
    picked: bool     # shared on its own already
    kind: str        # the label of a kind among ``kinds`` that shares it anyway, or ""


def answer_choices(db: Database, client_id: int, grant: GrantRow, tz: str,
                   kinds: Iterable[str] | None = None) -> list[AnswerChoice]:
    """The person's check-in answers on the grant's change, newest first, for picking one by
    one; ``kinds``: the kinds of answer picked so far (default: the grant's, as saved)."""
    chosen = list(grant.kinds if kinds is None else kinds)
    picked = set(grant.picked_answer_ids)
    return [AnswerChoice(a.id, clock.day_and_time(a.created_at, tz), answer_heading(a), a.text,
                         a.id in picked, shared_kind(a.prompt_id, chosen))
            for a in store.client_answers(db, client_id, grant.change_id)]


def shared_kind(prompt_id: str, kinds: Iterable[str]) -> str:
    """The label of the kind of answer among ``kinds`` that covers ``prompt_id``, or ""."""
    return next((KINDS_BY_KEY[k].label for k in kinds if k in KINDS_BY_KEY
                 and any(fnmatch.fnmatchcase(prompt_id, g) for g in KINDS_BY_KEY[k].prompt_globs)),
                "")


def _shared_title(title: str, archived: bool) -> str:
    """A shared change's name in quotes (bidi-isolated), marked if it is archived."""
    return f"“{isolated(title)}”" + (" (archived)" if archived else "")


def grant_heading(grant: GrantRow, now: datetime | None = None) -> str:
    """Who sees which change, such as ``coach.kim sees “Walk most days”`` (user text,
    bidi-isolated: show it literally)."""
    title = _shared_title(grant.change_title, grant.change_archived)
    coach = isolated(grant.coach_name)
    return {
        "open": f"{coach} sees {title}",
        "waiting": f"Waiting for {coach} to accept {title}",
        "declined": f"{coach} declined {title}",
    }.get(grant_status(grant, now), f"{coach}: {title}")


def shared_again(ended: GrantRow, open_grants: Iterable[GrantRow]) -> bool:
    """Whether an ended grant's change is shared with the same coach again."""
    return any((g.coach_id, g.change_id) == (ended.coach_id, ended.change_id)
               for g in open_grants)


def describe_grant(grant: GrantRow, tz: str, now: datetime | None = None,
                   shared_again: bool = False) -> str:
    """One line about a grant (no user text): scope, end date, last viewed. ``shared_again``:
    an ended grant whose change is shared with the same coach again, so that what this old
    share showed is not said of the coach's view now."""
    state = grant_status(grant, now)
    nothing = ("This share shows nothing any more; the change is shared with this coach again "
               "(above)." if shared_again else "Your coach sees nothing of it.")
    if state == "revoked":
        return f"Stopped on {clock.day(grant.revoked_at, tz)}. {nothing}"
    if state == "declined":
        when = f" on {clock.day(grant.coach_status_at, tz)}" if grant.coach_status_at else ""
        if shared_again:
            return f"Your coach declined it{when}. {nothing}"
        return (f"Your coach declined it{when} and sees nothing of it. If that was a mistake, "
                "ask them for an invite code.")
    if state == "expired":
        return f"Ended on {last_day_of(grant.expires_at, tz)}. {nothing}"
    shown = seen_words(grant.scope, grant.kinds, len(grant.picked_answer_ids))
    return " · ".join([
        *(["They see nothing until they accept"] if state == "waiting" else []),
        shown[0].upper() + shown[1:],
        f"until {last_day_of(grant.expires_at, tz)}" if grant.expires_at else "no end date",
        f"last viewed {clock.day_and_time(grant.last_viewed_at, tz)}" if grant.last_viewed_at
        else "not viewed yet",
    ])


def list_grants(db: Database, client_id: int) -> list[GrantRow]:
    """Every grant the person made, whatever state it or its change is in (archived too), each
    change named as "Your changes" names it (:func:`_named_as_listed`)."""
    return _named_as_listed(db, client_id, store.list_grants(db, client_id))


def _names(db: Database, user_id: int) -> dict[int, str]:
    """The name of each of the person's changes (archived too) as "Your changes" lists them:
    names that look alike numbered, "Walk more (2)" (:func:`changes.titles`)."""
    return changes.titles(change_store.list_changes(db, user_id, include_archived=True))


def _named_as_listed(db: Database, user_id: int, rows: list[T]) -> list[T]:
    """Grants, links or departures with their ``change_title`` as :func:`_names` gives it, so that two
    changes with one name (from an import) can be told apart in the person's lists."""
    names = _names(db, user_id)
    return [replace(row, change_title=names.get(row.change_id, row.change_title))
            for row in rows]


def list_departures(db: Database, client_id: int) -> list[Departure]:
    """The person's shares that were still on when their coach deleted their account, newest
    first, each change named as "Your changes" names it."""
    return _named_as_listed(db, client_id, store.list_departures(db, client_id))


def unseen_departures(departures: list[Departure]) -> list[Departure]:
    """Those the person has not been told about yet (:func:`mark_departures_seen`)."""
    return [d for d in departures if d.seen_at is None]


def unseen_departure_count(db: Database, client_id: int) -> int:
    """How many of the person's shares ended by a coach leaving they have not read about yet
    (one indexed count: the sidebar asks on every page)."""
    return store.unseen_departure_count(db, client_id)


def mark_departures_seen(db: Database, client_id: int, shown: Iterable[Departure]) -> int:
    """The person has read about the departures ``shown`` to them; how many were new."""
    return store.mark_departures_seen(db, client_id, [d.id for d in shown])


DEPARTURES_LISTED = 5
"""How many departures the Sharing page's notice names; "Ended sharing" lists them all."""


def departures_title(departures: list[Departure]) -> str:
    """What the notice about these departures says first (no user text)."""
    coaches = len({d.coach_name for d in departures})
    if coaches == 1:
        return "A coach you shared with has deleted their account"
    return f"{coaches} coaches you shared with have deleted their accounts"


def departure_heading(departure: Departure) -> str:
    """Who left and which change, such as ``coach.kim: “Walk most days”`` (user text,
    bidi-isolated: show it literally)."""
    title = _shared_title(departure.change_title, departure.change_archived)
    return f"{isolated(departure.coach_name)}: {title}"


def describe_departure(departure: Departure, tz: str) -> str:
    """One line about a share that ended when its coach deleted their account (no user text)."""
    left = clock.day(departure.left_at, tz)
    if not departure.accepted:
        return (f"Ended on {left}: this coach deleted their account before accepting, so they "
                "never saw it.")
    return (f"Ended on {left}: this coach deleted their account. They see nothing of it any "
            "more, and their notes about you went with their account.")


def stop_question(grant: GrantRow, grants: list[GrantRow], now: datetime | None = None) -> str:
    """What "Stop sharing" asks before it ends ``grant`` (user text, bidi-isolated: show it
    literally): when it is the last share its coach sees, their notes go with it."""
    title = _shared_title(grant.change_title, grant.change_archived)
    coach = isolated(grant.coach_name)
    question = f"Stop sharing {title} with {coach}? They will no longer see it."
    others = [g for g in grants if g.coach_id == grant.coach_id and g.id != grant.id
              and grant_status(g, now) == "open"]
    if grant_status(grant, now) == "open" and not others:
        question += (" It is the last thing you share with them, so any notes they keep about "
                     "you are deleted too.")
    return question


def stop_sharing(db: Database, client_id: int, grant_id: int) -> bool:
    """End one of the person's grants at once (the coach's notes about them go with their last
    one, see ``docs/sharing.md``); False if it was not theirs or had already been stopped."""
    return store.revoke_grant(db, client_id, grant_id)


@dataclass(frozen=True)
class ChangeSharing:
    """Who can still see one change: coaches (or coaches asked), and how many links work."""

    coach_names: tuple[str, ...]
    links: int

    def describe(self) -> str:
        """``Shared with coach.kim · 1 read-only link`` (user text, bidi-isolated: show it
        literally)."""
        parts = ([f"Shared with {', '.join(map(isolated, self.coach_names))}"]
                 if self.coach_names else [])
        if self.links:
            parts.append(f"{self.links} read-only link{'s' if self.links != 1 else ''}")
        return " · ".join(parts)


def sharing_by_change(grants: list[GrantRow], links: list[LinkRow],
                      now: datetime | None = None) -> dict[int, ChangeSharing]:
    """For each change still shared (a grant on or waiting for its coach, or a working link),
    who can see it. Changes shared with no one are left out."""
    open_grants, _ = open_and_ended(grants, now)
    open_links, _ = open_and_ended(links, now)
    ids = {g.change_id for g in open_grants} | {link.change_id for link in open_links}
    return {
        change_id: ChangeSharing(
            tuple(sorted({g.coach_name for g in open_grants if g.change_id == change_id})),
            sum(link.change_id == change_id for link in open_links))
        for change_id in ids
    }


def load_sharing_by_change(db: Database, user_id: int,
                           now: datetime | None = None) -> dict[int, ChangeSharing]:
    """:func:`sharing_by_change` of the person's own grants and links."""
    return sharing_by_change(store.list_grants(db, user_id), store.list_links(db, user_id), now)


def stop_sharing_change(db: Database, user_id: int, change_id: int) -> int:
    """End every grant and link of one of the person's changes; how many were on."""
    return store.stop_sharing_change(db, user_id, change_id)


# --- read-only links --------------------------------------------------------------------------

def create_link(db: Database, user_id: int, change_id: int, last_day: date | None,
                tz: str = "UTC", now: datetime | None = None) -> str:
    """Create a link to one change and return its token; only the token's hash is kept."""
    ends = expiry(last_day, tz, now)
    token = new_token()
    try:
        store.create_link(db, user_id, change_id, token_hash(token), ends, clock.stamp(now))
    except NotYours:
        raise InputError("Only your own changes can be shared.") from None
    return token


def list_links(db: Database, user_id: int) -> list[LinkRow]:
    """Every link the person made, whatever state it or its change is in (archived too), each
    change named as "Your changes" names it."""
    return _named_as_listed(db, user_id, store.list_links(db, user_id))


def turn_off_link(db: Database, user_id: int, link_id: int) -> bool:
    """Turn one of the person's links off at once; False if not theirs or already off."""
    return store.revoke_link(db, user_id, link_id)


def link_heading(link: LinkRow) -> str:
    """``Link to “Walk most days”`` (user text, bidi-isolated: show it literally)."""
    return f"Link to “{isolated(link.change_title)}”" + (" (archived)" if link.change_archived else "")


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
    start = now or clock.now()
    store.create_invite(db, coach_id, token_hash(code), clock.stamp(start + timedelta(days=INVITE_DAYS)),
                        clock.stamp(start))
    return code


def list_invites(db: Database, coach_id: int) -> list[InviteRow]:
    """The coach's invite codes that still work, newest first."""
    return store.list_invites(db, coach_id)


def stop_invite(db: Database, coach_id: int, invite_id: int) -> bool:
    """Stop one of the coach's invite codes working; False if not theirs or already stopped."""
    return store.revoke_invite(db, coach_id, invite_id)


NOTES_PER_PAGE = 20


def count_notes(db: Database, coach_id: int, client_id: int) -> int:
    """How many notes the coach has about a client (none unless the client shares something
    accepted with them)."""
    return store.count_notes(db, coach_id, client_id)


def list_notes(db: Database, coach_id: int, client_id: int, page: int = 1) -> list[NoteRow]:
    """Page ``page`` (of :data:`NOTES_PER_PAGE`) of the coach's own notes about a client,
    newest first, while the client shares something accepted with them (none otherwise)."""
    return store.list_notes(db, coach_id, client_id, limit=NOTES_PER_PAGE,
                            offset=(max(page, 1) - 1) * NOTES_PER_PAGE)


def add_note(db: Database, coach_id: int, client_id: int, text: str) -> None:
    """Save a private, dated note; :class:`InputError` for bad text or a client no longer sharing."""
    clean = clean_text(text, "The note", required=True)
    if not store.add_note(db, coach_id, client_id, clean):
        raise InputError("This person no longer shares anything with you, so the note was not saved.")


NOTE_GONE = ("This note can no longer be changed: it was deleted, or this person no longer "
             "shares anything with you.")


def edit_note(db: Database, coach_id: int, client_id: int, note_id: int, text: str) -> None:
    """Replace the text of one of the coach's notes (it keeps its date and shows when it was
    edited); :class:`InputError` for bad text, or a note gone or no longer the coach's to read."""
    clean = clean_text(text, "The note", required=True)
    if not store.edit_note(db, coach_id, client_id, note_id, clean):
        raise InputError(NOTE_GONE)


def delete_note(db: Database, coach_id: int, client_id: int, note_id: int) -> bool:
    """Delete one of the coach's notes for good; False when it was gone already (or is no
    longer the coach's to read)."""
    return store.delete_note(db, coach_id, client_id, note_id)


# --- coaches: answering shares -----------------------------------------------------------------

def accept(db: Database, coach_id: int, client_id: int) -> int:
    """Accept every share of this person waiting for the coach (and, from then on, their new
    shares by username); how many were waiting."""
    return coach_store.answer_waiting(db, coach_id, client_id, accept=True)


def decline(db: Database, coach_id: int, client_id: int) -> int:
    """Decline every share of this person waiting for the coach; they can no longer share with
    the coach by username (an invite code from the coach still works). How many were waiting."""
    return coach_store.answer_waiting(db, coach_id, client_id, accept=False)


def decline_all(db: Database, coach_id: int, shared_up_to: str) -> int:
    """Decline every share waiting for the coach made up to ``shared_up_to`` (the newest one
    the coach was shown); how many."""
    return coach_store.decline_all_waiting(db, coach_id, shared_up_to)


def hide(db: Database, coach_id: int, grant_id: int) -> bool:
    """Take an accepted share off the coach's list (it stays shared: the person is not told)."""
    return coach_store.set_hidden(db, coach_id, grant_id, True)


def show_again(db: Database, coach_id: int, grant_id: int) -> bool:
    """Put a hidden share back on the coach's list."""
    return coach_store.set_hidden(db, coach_id, grant_id, False)


# --- what a viewer sees ------------------------------------------------------------------------

@dataclass(frozen=True)
class SharedView:
    """Whose change a viewer is looking at and how much they may see.

    It names the access to check, not a permission: the store checks the grant (``coach_id``,
    ``client_id``, ``change_id``; or, for the person's own preview, ``client_id`` and
    ``preview_grant_id``) or the link (``token_hash``) again on every read.
    """

    title: str
    owner_name: str
    """The person's username for coaches and previews; empty on a link."""
    scope: str
    coach_id: int | None = None
    client_id: int | None = None
    change_id: int | None = None
    token_hash: str | None = None
    preview_grant_id: int | None = None
    kinds: tuple[str, ...] = ()
    """The kinds of written answers shared (keys of :data:`KINDS_BY_KEY`), when ``scope`` is
    ``answers``."""
    picked: int = 0
    """How many answers are shared one by one, when ``scope`` is ``answers``."""

    @property
    def shares(self) -> str:
        """What the view shares, as its caption names it (see :func:`seen_words`)."""
        return seen_words(self.scope, self.kinds, self.picked)


@dataclass(frozen=True)
class SharedProgress:
    frame: pd.DataFrame
    """:func:`progress.history_frame` with words only where the scope allows."""
    answers: list[SharedAnswer]
    """The shared written answers, newest first."""
    saved_at: dict[int, int] = field(default_factory=dict)
    """``{answer id: rating}`` of a ruler's follow-up answer whose check-in was saved at another
    rating than the one its question asked about (the rating changed after it was answered)."""


def coach_names(shared: Iterable[SharedChange]) -> dict[int, str]:
    """``{change_id: name}`` of changes shared with one coach, numbered when the same client
    shares two whose names look alike (an import can bring them): "Walk more", "Walk more (2)",
    in the order the person's own pages list them (:func:`changes.numbered_names`). Only the
    changes shared with the coach count, so where the person has a look-alike they did not
    share, the coach's number can differ from theirs."""
    by_client: dict[int, dict[int, SharedChange]] = {}
    for one in shared:
        by_client.setdefault(one.client_id, {})[one.change_id] = one
    names: dict[int, str] = {}
    for alike in by_client.values():
        ordered = sorted(alike.values(), key=lambda one: (one.change_created_at, one.change_id))
        names |= changes.numbered_names([(one.change_id, one.change_title) for one in ordered])
    return names


def open_for_coach(db: Database, coach_id: int, client_id: int, change_id: int,
                   now: datetime | None = None) -> SharedView | None:
    """The coach's view of a shared change (stamping it as viewed), or None without an open
    grant; its name as the coach's dashboard numbers it."""
    moment = now or clock.now()
    stamp = clock.stamp(moment)
    shared = store.shared_change(db, coach_id, client_id, change_id, stamp)
    if shared is None:
        return None
    stale = view_stamp_due(moment)
    if shared.last_viewed_at is None or shared.last_viewed_at < stale:
        store.record_view(db, coach_id, client_id, change_id, stamp, stale)
    names = coach_names(g.shared for g in coach_store.dashboard(db, coach_id, stamp)
                        if g.shared.client_id == client_id)
    reach = store.shared_reach(db, coach_id, client_id, change_id, stamp)
    return SharedView(names.get(change_id, shared.change_title), shared.client_name, shared.scope,
                      coach_id, client_id, change_id, **_reached(reach))


def open_preview(db: Database, client_id: int, grant_id: int,
                 now: datetime | None = None) -> SharedView | None:
    """Exactly what the coach of one of the person's grants sees now (or will see once they
    accept it); None once it has ended or been declined."""
    stamp = clock.stamp(now)
    shared = store.previewed_change(db, client_id, grant_id, stamp)
    if shared is None:
        return None
    reach = store.previewed_reach(db, client_id, grant_id, stamp)
    return SharedView(shared.change_title, shared.client_name, shared.scope,
                      client_id=client_id, change_id=shared.change_id, preview_grant_id=grant_id,
                      **_reached(reach))


def _reached(reach: store.AnswersReach | None) -> dict:
    """A :class:`SharedView`'s ``kinds`` and ``picked`` (none when the grant ended meanwhile:
    the view then shows nothing anyway)."""
    return {"kinds": reach.kinds, "picked": reach.picked} if reach else {}


def open_link(db: Database, token: str, now: datetime | None = None) -> SharedView | None:
    """The view behind a link token (stamping it as opened), or None for any token that fails."""
    token = (token or "").strip()
    if not token or len(token) > MAX_TOKEN_CHARS:
        return None
    digest = token_hash(token)
    moment = now or clock.now()
    link = store.open_link(db, digest, clock.stamp(moment))
    if link is None:
        return None
    stale = view_stamp_due(moment)
    if link.last_opened_at is None or link.last_opened_at < stale:
        store.record_link_opened(db, digest, clock.stamp(moment))
    return SharedView(link.change_title, "", "numbers", token_hash=digest)


def load_progress(db: Database, view: SharedView, since_at: str | None, tz: str = "UTC",
                  now: datetime | None = None) -> SharedProgress:
    """The shared history from ``since_at`` on; empty as soon as the grant or link has ended."""
    stamp = clock.stamp(now)
    if view.token_hash is not None:
        rows = store.link_checkins(db, view.token_hash, since_at, stamp)
        answers: list[SharedAnswer] = []
    elif view.preview_grant_id is not None:
        rows = store.previewed_checkins(db, view.client_id, view.preview_grant_id, since_at, stamp)
        answers = store.previewed_answers(db, view.client_id, view.preview_grant_id, since_at,
                                          stamp)
    else:
        rows = store.shared_checkins(db, view.coach_id, view.client_id, view.change_id,
                                     since_at, stamp)
        answers = store.shared_answers(db, view.coach_id, view.client_id, view.change_id,
                                       since_at, stamp)
    frame = progress.history_frame(
        rows, [(a.checkin_id, a.prompt_id, a.question, a.text) for a in answers], tz
    )
    # Newest first, and a check-in's answers in the order it asks them.
    asked = {p: i for i, p in enumerate(prompt_ids.CHECKIN_PROMPTS)}
    newest = sorted(answers, reverse=True,
                    key=lambda a: (a.created_at, -asked.get(a.prompt_id, len(asked)), a.id))
    return SharedProgress(frame, newest, _saved_at_another_number(rows, answers))


def _saved_at_another_number(rows: Iterable, answers: Iterable[SharedAnswer]) -> dict[int, int]:
    """:attr:`SharedProgress.saved_at` of ``answers``, from their check-ins ``rows``."""
    by_id = {row.id: row for row in rows}
    found = {}
    for answer in answers:
        parsed = prompt_ids.parse(answer.prompt_id)
        row = by_id.get(answer.checkin_id)
        if parsed and row is not None:
            saved = getattr(row, parsed[0])
            if number_asked(answer.prompt_id, answer.question, saved) != saved:
                found[answer.id] = saved
    return found


_RULER_NAMES = {r.key: r.name for r in RULERS}


def answer_heading(answer: SharedAnswer, saved_at: int | None = None) -> str:
    """The question a shared answer replies to, with its ruler named for a rating's follow-up
    ("Importance: Why a 7 and not a lower number, like 5 or 0?"): the number alone does not
    say which ruler it was. ``saved_at``: the rating its check-in was saved at, when the
    question asked about another (see :attr:`SharedProgress.saved_at`)."""
    parsed = prompt_ids.parse(answer.prompt_id)
    if not parsed:
        return answer.question
    heading = f"{_RULER_NAMES[parsed[0]]}: {answer.question}"
    return heading if saved_at is None else f"{heading} (the check-in was saved at {saved_at})"


def shared_table(frame: pd.DataFrame) -> pd.DataFrame:
    """:func:`progress.table` without the written-answer columns that hold nothing shared, the
    person's words headed "in their words" (whoever reads it is not the one who wrote them)."""
    out = progress.table(frame)
    empty_text = [c for c in out.columns
                  if pd.api.types.is_string_dtype(out[c]) and (out[c] == "").all()]
    return out.drop(columns=empty_text).rename(columns={
        progress.words_column(r.name): progress.words_column(r.name, "their") for r in RULERS})
