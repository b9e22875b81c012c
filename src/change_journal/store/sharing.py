"""Consented sharing: grants to coaches, read-only links, coach invite codes and coach notes.

Access is checked in SQL on every read: each statement that returns a person's data joins
the grant (or link) and requires it to be open (not revoked, not expired) for exactly that
coach, person and change. Nothing here trusts an id the caller got earlier.

Who acts: grant and link management is scoped by the person's id (``client_id`` /
``user_id``); coach reads by the coach's id *and* the person's id (the person's own "what my
coach sees" preview calls the same reads with their own id as ``client_id``); link reads by
the token's hash, since whoever opens a link has no account.

The coach's side: a grant is ``pending`` until its coach accepts it (``accepted``) or declines
it (``declined``), and only an accepted grant shows the coach anything (:data:`OPEN_GRANT`).
The person's own preview shows what a pending grant will show once accepted
(:data:`LIVE_GRANT`). ``coach_hidden`` only takes an accepted grant off the coach's list.

Usage::

    grant_ids = grant(db, client_id, coach.id, [change_id], "numbers", [], None)
    rows = shared_checkins(db, coach_id, client_id, change_id, since=None)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from change_journal.store.changes import NotYours
from change_journal.store.checkins import CheckinRow
from change_journal.store.connection import now_utc, transaction
from change_journal.store.dialect import of as dialect_of

UNENDED_GRANT = "g.revoked_at IS NULL AND (g.expires_at IS NULL OR g.expires_at > :now)"
OPEN_GRANT = UNENDED_GRANT + " AND g.coach_status = 'accepted'"
"""The one definition of a grant open to its coach (alias ``g``); every coach read uses it."""
LIVE_GRANT = UNENDED_GRANT + " AND g.coach_status != 'declined'"
"""A grant the person still shares: open, or waiting for the coach to accept it."""
FORGET_OLD_NOTES = (
    "DELETE FROM coach_notes WHERE coach_id = :coach AND client_id = :client"
    " AND NOT EXISTS (SELECT 1 FROM grants g WHERE g.coach_id = :coach"
    f" AND g.client_id = :client AND {OPEN_GRANT})")
"""Delete the coach's notes about the person unless the person shares something open with the
coach now: run before a share reaches the coach again, so old notes never come back."""
KEEP_DEPARTURES = (
    "INSERT INTO coach_departures (client_id, change_id, coach_name, accepted, left_at)"
    " SELECT g.client_id, g.change_id, u.username,"
    " CASE WHEN g.coach_status = 'accepted' THEN 1 ELSE 0 END, :now"
    " FROM grants g JOIN users u ON u.id = g.coach_id"
    f" WHERE g.coach_id = :coach AND {LIVE_GRANT} ORDER BY g.id")
"""Keep, for each person, the shares still on with the coach ``:coach`` whose account is about
to be deleted (its grants go with it), so the person can be told."""
_OPEN_LINK = "l.revoked_at IS NULL AND (l.expires_at IS NULL OR l.expires_at > :now)"
_SHARED = (
    "g.coach_id = :coach AND g.client_id = :client AND g.change_id = :change AND " + OPEN_GRANT
)
_PREVIEWED = "g.id = :grant AND g.client_id = :client AND " + LIVE_GRANT
"""The person's own grant, for their preview of what its coach sees (or will see)."""
_SHARED_ANSWER = (
    "g.scope = 'answers' AND (EXISTS (SELECT 1 FROM grant_answer_kinds k"
    " WHERE k.grant_id = g.id AND {glob})"
    " OR EXISTS (SELECT 1 FROM grant_answers p WHERE p.grant_id = g.id AND p.answer_id = a.id))"
)
"""Format with ``glob=`` the dialect's match of ``a.prompt_id`` against ``k.prompt_glob``."""


@dataclass(frozen=True)
class Coach:
    id: int
    username: str


@dataclass(frozen=True)
class GrantRow:
    """A person's grant as they see it in their list."""

    id: int
    coach_id: int
    coach_name: str
    change_id: int
    change_title: str
    scope: str
    created_at: str
    expires_at: str | None
    revoked_at: str | None
    last_viewed_at: str | None
    coach_status: str
    """``pending``, ``accepted`` or ``declined``: the coach's answer to the share."""
    coach_status_at: str | None
    change_archived: bool
    kinds: tuple[str, ...]
    picked_answer_ids: tuple[int, ...]


@dataclass(frozen=True)
class Departure:
    """A share that was still on when its coach deleted their account."""

    id: int
    coach_name: str
    change_id: int
    change_title: str
    change_archived: bool
    accepted: bool
    """The coach had accepted it (else it was waiting for them and they never saw it)."""
    left_at: str
    seen_at: str | None
    """When the person was told and said so; None until then."""


@dataclass(frozen=True)
class SharedChange:
    """What a coach may know about a change shared with them: who, what, how much."""

    grant_id: int
    client_id: int
    client_name: str
    change_id: int
    change_title: str
    scope: str
    expires_at: str | None
    last_viewed_at: str | None
    hidden: bool
    """The coach took it off their list (it stays shared)."""
    change_created_at: str
    """When the change was named: the order its person's pages list it in."""


SHARED_CHANGE_COLUMNS = (
    "g.id, g.client_id, u.username, g.change_id, c.title, g.scope, g.expires_at,"
    " g.last_viewed_at, g.coach_hidden, c.created_at"
)
"""The columns of :class:`SharedChange`, from ``grants g``, ``users u`` (the person) and
``changes c``; :func:`shared_change_of` turns such a row into one."""


def shared_change_of(row: Sequence) -> SharedChange:
    """A :class:`SharedChange` from a row of :data:`SHARED_CHANGE_COLUMNS`."""
    return SharedChange(*row[:8], bool(row[8]), row[9])


@dataclass(frozen=True)
class AnswersReach:
    """Which written answers a grant shares: the kinds chosen, and how many picked one by one."""

    kinds: tuple[str, ...]
    picked: int
    """Answers picked one by one that none of ``kinds`` covers."""


@dataclass(frozen=True)
class SharedAnswer:
    id: int
    checkin_id: int | None
    created_at: str
    prompt_id: str
    question: str
    text: str


@dataclass(frozen=True)
class LinkRow:
    id: int
    change_id: int
    change_title: str
    created_at: str
    expires_at: str | None
    revoked_at: str | None
    last_opened_at: str | None
    change_archived: bool


_LINK_COLUMNS = ("l.id, l.change_id, c.title, l.created_at, l.expires_at, l.revoked_at,"
                 " l.last_opened_at, c.archived_at IS NOT NULL")


def _link_of(row: Sequence) -> LinkRow:
    return LinkRow(*row[:7], bool(row[7]))


@dataclass(frozen=True)
class InviteRow:
    id: int
    created_at: str
    expires_at: str


@dataclass(frozen=True)
class NoteRow:
    id: int
    created_at: str
    text: str
    edited_at: str | None = None


# --- the person: finding a coach, granting, revoking ---------------------------------------

def _erase_deleted_notes(db: Database) -> None:
    """Have what this connection frees overwritten, as :mod:`.deletion` does: ending a grant can
    delete the coach's notes (by trigger, see ``migrations.m008_sharing_consent``)."""
    dialect_of(db).erase_freed_space(db)


def find_coach(db: Database, client_id: int, username_key: str) -> Coach | None:
    """The coach account with this normalised username (never the person themselves)."""
    row = db.execute(
        "SELECT id, username FROM users WHERE username_key = ? AND role = 'coach' AND id != ?",
        [username_key, client_id],
    ).fetchone()
    return Coach(*row) if row else None


def coach_for_invite(db: Database, client_id: int, code_hash: str,
                     now: str | None = None) -> Coach | None:
    """The coach whose open invite code hashes to ``code_hash``."""
    row = db.execute(
        "SELECT u.id, u.username FROM coach_invites i JOIN users u ON u.id = i.coach_id"
        " WHERE i.code_hash = ? AND i.revoked_at IS NULL AND i.expires_at > ?"
        " AND u.role = 'coach' AND u.id != ?",
        [code_hash, now or now_utc(), client_id],
    ).fetchone()
    return Coach(*row) if row else None


def coach_answers(db: Database, client_id: int, coach_id: int) -> set[str]:
    """Every answer (``coach_status``) the coach has had to the person's grants, ended ones too."""
    rows = db.execute(
        "SELECT DISTINCT coach_status FROM grants WHERE client_id = ? AND coach_id = ?",
        [client_id, coach_id],
    ).fetchall()
    return {status for (status,) in rows}


def grant(db: Database, client_id: int, coach_id: int, change_ids: Iterable[int], scope: str,
          kinds: Sequence[tuple[str, str]], expires_at: str | None,
          now: str | None = None, *, coach_status: str = "accepted") -> list[int]:
    """Share each change with the coach; return the grant ids, all in one transaction.

    ``kinds`` are ``(kind, prompt_glob)`` pairs of answers shared when ``scope`` is
    ``"answers"``. A change still shared with this coach gets the new scope, kinds and
    expiry; answers picked one by one are kept while the scope still includes answers. A share
    of it that ran out or was declined is closed, and a new one made.
    ``coach_status`` is what a new grant starts as; the core decides it
    (:func:`change_journal.sharing.share_with_coach`). On a grant that already exists,
    ``accepted`` accepts it and anything else leaves the coach's answer as it was.
    If the person shared nothing open with the coach until now, the coach's old notes about
    them are deleted first, so notes never come back with a new share.
    Raises :class:`NotYours` (and saves nothing) if a change is not the person's or
    ``coach_id`` is not a coach.
    """
    if coach_status not in ("pending", "accepted", "declined"):
        raise ValueError(f"Unknown coach_status {coach_status!r}.")
    stamp = now or now_utc()
    grant_ids = []
    _erase_deleted_notes(db)
    with transaction(db):
        db.execute(FORGET_OLD_NOTES, {"coach": coach_id, "client": client_id, "now": stamp})
        _close_ran_out(db, client_id, stamp)
        for change_id in change_ids:
            allowed = db.execute(
                "SELECT 1 FROM changes c JOIN users u ON u.id = ? AND u.role = 'coach'"
                " WHERE c.id = ? AND c.user_id = ? AND u.id != c.user_id",
                [coach_id, change_id, client_id],
            ).fetchone()
            if allowed is None:
                raise NotYours("This change is not yours, or that account is not a coach.")
            params = {"client": client_id, "coach": coach_id, "change": change_id, "now": stamp}
            existing = db.execute(
                f"SELECT g.id, CASE WHEN {LIVE_GRANT} THEN 1 ELSE 0 END FROM grants g"
                " WHERE g.client_id = :client AND g.coach_id = :coach AND g.change_id = :change"
                " AND g.revoked_at IS NULL", params,
            ).fetchone()
            if existing and not existing[1]:
                # A share the coach declined is history (one that ran out was closed above): it
                # is closed and the new share starts afresh, so nothing picked for the old one
                # (answers, the coach's hiding) comes back with it.
                db.execute("UPDATE grants SET revoked_at = ? WHERE id = ?", [stamp, existing[0]])
                existing = None
            if existing:
                grant_id = existing[0]
                db.execute(
                    "UPDATE grants SET scope = :scope, expires_at = :expires,"
                    " coach_status_at = CASE WHEN :status = 'accepted'"
                    "   AND coach_status != 'accepted' THEN :now ELSE coach_status_at END,"
                    " coach_status = CASE WHEN :status = 'accepted' THEN 'accepted'"
                    "   ELSE coach_status END"
                    " WHERE id = :id",
                    {"scope": scope, "expires": expires_at, "status": coach_status,
                     "now": stamp, "id": grant_id})
            else:
                (grant_id,) = db.execute(
                    "INSERT INTO grants (client_id, coach_id, change_id, scope, created_at,"
                    " expires_at, coach_status, coach_status_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    " RETURNING id",
                    [client_id, coach_id, change_id, scope, stamp, expires_at, coach_status,
                     None if coach_status == "pending" else stamp],
                ).fetchone()
            _replace_kinds(db, grant_id, scope, kinds)
            if scope != "answers":
                db.execute("DELETE FROM grant_answers WHERE grant_id = ?", [grant_id])
            grant_ids.append(grant_id)
    return grant_ids


def _close_ran_out(db: Database, client_id: int, stamp: str) -> None:
    """Close the person's shares that ran out on their end date, where they ended: a share
    that ran out is over, so the coach's notes go when the person's last open share ends (by
    trigger, see ``migrations.m008_sharing_consent``), as they do for a share stopped."""
    db.execute(
        "UPDATE grants SET revoked_at = expires_at WHERE client_id = ? AND revoked_at IS NULL"
        " AND expires_at IS NOT NULL AND expires_at <= ?", [client_id, stamp])


def close_ran_out_grants(db: Database, client_id: int, now: str | None = None) -> None:
    """:func:`_close_ran_out` in a transaction of its own (before deleting a change)."""
    with transaction(db):
        _close_ran_out(db, client_id, now or now_utc())


def set_grant_scope(db: Database, client_id: int, grant_id: int, scope: str,
                    kinds: Sequence[tuple[str, str]], answer_ids: Iterable[int],
                    now: str | None = None) -> bool:
    """Replace what an open grant shares: scope, answer kinds and answers picked one by one.

    Only the person's own answers to the granted change can be picked; other ids are ignored.
    False if the grant is not the person's, or has ended (stopped, run out or declined).
    """
    with transaction(db):
        cursor = db.execute(
            f"UPDATE grants AS g SET scope = :scope WHERE g.id = :id AND g.client_id = :client"
            f" AND {LIVE_GRANT}",
            {"scope": scope, "id": grant_id, "client": client_id, "now": now or now_utc()},
        )
        if cursor.rowcount != 1:
            return False
        _replace_kinds(db, grant_id, scope, kinds)
        db.execute("DELETE FROM grant_answers WHERE grant_id = ?", [grant_id])
        if scope == "answers":
            for answer_id in answer_ids:
                db.execute(
                    "INSERT INTO grant_answers (grant_id, answer_id)"
                    " SELECT g.id, a.id FROM grants g JOIN answers a"
                    " ON a.user_id = g.client_id AND a.change_id = g.change_id"
                    " WHERE g.id = ? AND a.id = ? ON CONFLICT DO NOTHING",
                    [grant_id, answer_id],
                )
    return True


def _replace_kinds(db: Database, grant_id: int, scope: str,
                   kinds: Sequence[tuple[str, str]]) -> None:
    db.execute("DELETE FROM grant_answer_kinds WHERE grant_id = ?", [grant_id])
    if scope == "answers":
        for kind, prompt_glob in kinds:
            db.execute(
                "INSERT INTO grant_answer_kinds (grant_id, kind, prompt_glob)"
                " VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                [grant_id, kind, prompt_glob],
            )


def revoke_grant(db: Database, client_id: int, grant_id: int, now: str | None = None) -> bool:
    """Stop sharing at once; False if the grant is not the person's or has already ended.

    If it was the person's last accepted grant to that coach, the coach's notes about them are
    deleted with it (by trigger)."""
    stamp = now or now_utc()
    _erase_deleted_notes(db)
    with transaction(db):
        _close_ran_out(db, client_id, stamp)
        cursor = db.execute(
            "UPDATE grants SET revoked_at = ? WHERE id = ? AND client_id = ? AND revoked_at IS NULL",
            [stamp, grant_id, client_id],
        )
    return cursor.rowcount == 1


def stop_sharing_change(db: Database, user_id: int, change_id: int,
                        now: str | None = None) -> int:
    """Revoke every grant and turn off every link of one of the person's changes, at once.

    Returns how many grants and links were still on (0 for someone else's change).
    """
    stamp = now or now_utc()
    _erase_deleted_notes(db)
    with transaction(db):
        _close_ran_out(db, user_id, stamp)
        grants = db.execute(
            "UPDATE grants SET revoked_at = ? WHERE client_id = ? AND change_id = ?"
            " AND revoked_at IS NULL",
            [stamp, user_id, change_id],
        ).rowcount
        links = db.execute(
            "UPDATE share_links SET revoked_at = ? WHERE user_id = ? AND change_id = ?"
            " AND revoked_at IS NULL",
            [stamp, user_id, change_id],
        ).rowcount
    return grants + links


def list_grants(db: Database, client_id: int) -> list[GrantRow]:
    """Every grant the person has made, whatever state it or its change is in; open ones
    first, newest first."""
    joined = dialect_of(db).joined
    rows = db.execute(
        "SELECT g.id, g.coach_id, u.username, g.change_id, c.title, g.scope, g.created_at,"
        " g.expires_at, g.revoked_at, g.last_viewed_at, g.coach_status, g.coach_status_at,"
        " c.archived_at IS NOT NULL,"
        f" (SELECT {joined('k.kind', distinct=True)} FROM grant_answer_kinds k"
        " WHERE k.grant_id = g.id),"
        f" (SELECT {joined('p.answer_id')} FROM grant_answers p WHERE p.grant_id = g.id)"
        " FROM grants g JOIN users u ON u.id = g.coach_id JOIN changes c ON c.id = g.change_id"
        " WHERE g.client_id = ? ORDER BY g.revoked_at IS NOT NULL, g.created_at DESC, g.id DESC",
        [client_id],
    ).fetchall()
    return [
        GrantRow(*row[:12], bool(row[12]), tuple(sorted(row[13].split(","))) if row[13] else (),
                 tuple(sorted(int(i) for i in row[14].split(","))) if row[14] else ())
        for row in rows
    ]


def list_departures(db: Database, client_id: int) -> list[Departure]:
    """The person's shares whose coach deleted their account, newest first."""
    rows = db.execute(
        "SELECT d.id, d.coach_name, d.change_id, c.title, c.archived_at IS NOT NULL, d.accepted,"
        " d.left_at, d.seen_at FROM coach_departures d"
        " JOIN changes c ON c.id = d.change_id AND c.user_id = d.client_id"
        " WHERE d.client_id = ? ORDER BY d.left_at DESC, d.id DESC",
        [client_id],
    ).fetchall()
    return [Departure(*row[:4], bool(row[4]), bool(row[5]), *row[6:]) for row in rows]


def unseen_departure_count(db: Database, client_id: int) -> int:
    """How many of the person's departures they have not read about yet."""
    return db.execute("SELECT COUNT(*) FROM coach_departures WHERE client_id = ? AND seen_at IS NULL",
                      [client_id]).fetchone()[0]


def mark_departures_seen(db: Database, client_id: int, departure_ids: Iterable[int],
                         now: str | None = None) -> int:
    """Note that the person has read about these departures of theirs (those shown to them, not
    one that came since); how many were not read before."""
    ids = list(departure_ids)
    if not ids:
        return 0
    marks = ", ".join("?" * len(ids))
    with transaction(db):
        return db.execute(
            "UPDATE coach_departures SET seen_at = ? WHERE client_id = ? AND seen_at IS NULL"
            f" AND id IN ({marks})", [now or now_utc(), client_id, *ids],
        ).rowcount


def client_answers(db: Database, client_id: int, change_id: int) -> list[SharedAnswer]:
    """The person's own check-in answers on one change, newest first (to pick what to share)."""
    rows = db.execute(
        "SELECT id, checkin_id, created_at, prompt_id, question, text FROM answers"
        " WHERE user_id = ? AND change_id = ? AND checkin_id IS NOT NULL"
        " ORDER BY created_at DESC, id DESC",
        [client_id, change_id],
    ).fetchall()
    return [SharedAnswer(*row) for row in rows]


# --- the coach (or the person previewing): reads checked against an open grant -------------
#
# Each read comes in two forms with the same SQL but for the WHERE clause: the coach's
# (``_SHARED``: this coach, person and change, grant accepted and open) and the person's
# preview of one of their own grants (``_PREVIEWED``: also while it waits for the coach).

def _shared_change(db: Database, where: str, params: dict) -> SharedChange | None:
    row = db.execute(
        f"SELECT {SHARED_CHANGE_COLUMNS} FROM grants g JOIN users u ON u.id = g.client_id"
        f" JOIN changes c ON c.id = g.change_id WHERE {where}",
        params,
    ).fetchone()
    return shared_change_of(row) if row else None


def _reach(db: Database, where: str, params: dict) -> AnswersReach | None:
    """The grant's kinds, and how many answers it shares one by one that no kind of it covers
    already (a pick kept when its kind was shared later is one answer, not two)."""
    dialect = dialect_of(db)
    row = db.execute(
        f"SELECT (SELECT {dialect.joined('k.kind', distinct=True)} FROM grant_answer_kinds k"
        " WHERE k.grant_id = g.id),"
        " (SELECT COUNT(*) FROM grant_answers p JOIN answers a ON a.id = p.answer_id"
        "  WHERE p.grant_id = g.id AND NOT EXISTS (SELECT 1 FROM grant_answer_kinds k"
        f"  WHERE k.grant_id = g.id AND {dialect.glob('a.prompt_id', 'k.prompt_glob')}))"
        f" FROM grants g WHERE {where}",
        params,
    ).fetchone()
    if row is None:
        return None
    return AnswersReach(tuple(sorted(row[0].split(","))) if row[0] else (), row[1])


def _checkins(db: Database, where: str, params: dict) -> list[CheckinRow]:
    rows = db.execute(
        "SELECT ci.id, ci.created_at, ci.importance, ci.confidence, ci.readiness"
        " FROM grants g JOIN checkins ci"
        " ON ci.user_id = g.client_id AND ci.change_id = g.change_id"
        f" WHERE {where} AND ci.created_at >= :since ORDER BY ci.created_at, ci.id",
        params,
    ).fetchall()
    return [CheckinRow(*row) for row in rows]


def _answers(db: Database, where: str, params: dict) -> list[SharedAnswer]:
    glob = dialect_of(db).glob("a.prompt_id", "k.prompt_glob")
    rows = db.execute(
        "SELECT a.id, a.checkin_id, a.created_at, a.prompt_id, a.question, a.text"
        " FROM grants g JOIN answers a ON a.user_id = g.client_id AND a.change_id = g.change_id"
        f" WHERE {where} AND {_SHARED_ANSWER.format(glob=glob)} AND a.created_at >= :since"
        " ORDER BY a.created_at, a.id",
        params,
    ).fetchall()
    return [SharedAnswer(*row) for row in rows]


def _coach_params(coach_id: int, client_id: int, change_id: int, since: str | None = None,
                  now: str | None = None) -> dict:
    return {"coach": coach_id, "client": client_id, "change": change_id, "since": since or "",
            "now": now or now_utc()}


def _preview_params(client_id: int, grant_id: int, since: str | None = None,
                    now: str | None = None) -> dict:
    return {"client": client_id, "grant": grant_id, "since": since or "", "now": now or now_utc()}


def shared_change(db: Database, coach_id: int, client_id: int, change_id: int,
                  now: str | None = None) -> SharedChange | None:
    """The open grant from ``client_id`` to ``coach_id`` for ``change_id``, or None."""
    return _shared_change(db, _SHARED, _coach_params(coach_id, client_id, change_id, None, now))


def shared_reach(db: Database, coach_id: int, client_id: int, change_id: int,
                 now: str | None = None) -> AnswersReach | None:
    """Which written answers the open grant shares (whatever its scope), or None without one."""
    return _reach(db, _SHARED, _coach_params(coach_id, client_id, change_id, None, now))


def shared_checkins(db: Database, coach_id: int, client_id: int, change_id: int,
                    since: str | None = None, now: str | None = None) -> list[CheckinRow]:
    """The shared change's check-ins from ``since`` on, oldest first; empty without an open grant."""
    return _checkins(db, _SHARED, _coach_params(coach_id, client_id, change_id, since, now))


def shared_answers(db: Database, coach_id: int, client_id: int, change_id: int,
                   since: str | None = None, now: str | None = None) -> list[SharedAnswer]:
    """The written answers the open grant covers, from ``since`` on, oldest first.

    Empty unless the grant's scope is ``answers``; then only answers of the chosen kinds or
    picked one by one.
    """
    return _answers(db, _SHARED, _coach_params(coach_id, client_id, change_id, since, now))


def previewed_change(db: Database, client_id: int, grant_id: int,
                     now: str | None = None) -> SharedChange | None:
    """One of the person's own grants that is open or waiting for its coach, or None."""
    return _shared_change(db, _PREVIEWED, _preview_params(client_id, grant_id, None, now))


def previewed_reach(db: Database, client_id: int, grant_id: int,
                    now: str | None = None) -> AnswersReach | None:
    """What :func:`shared_reach` gives the grant's coach once they accept it."""
    return _reach(db, _PREVIEWED, _preview_params(client_id, grant_id, None, now))


def previewed_checkins(db: Database, client_id: int, grant_id: int, since: str | None = None,
                       now: str | None = None) -> list[CheckinRow]:
    """What :func:`shared_checkins` gives the grant's coach once they accept it."""
    return _checkins(db, _PREVIEWED, _preview_params(client_id, grant_id, since, now))


def previewed_answers(db: Database, client_id: int, grant_id: int, since: str | None = None,
                      now: str | None = None) -> list[SharedAnswer]:
    """What :func:`shared_answers` gives the grant's coach once they accept it."""
    return _answers(db, _PREVIEWED, _preview_params(client_id, grant_id, since, now))


def record_view(db: Database, coach_id: int, client_id: int, change_id: int,
                now: str, stale_before: str) -> None:
    """Stamp ``last_viewed_at`` on the open grant, unless it was stamped after ``stale_before``."""
    with transaction(db):
        db.execute(
            f"UPDATE grants AS g SET last_viewed_at = :now WHERE {_SHARED}"
            " AND (g.last_viewed_at IS NULL OR g.last_viewed_at < :stale)",
            {"coach": coach_id, "client": client_id, "change": change_id, "now": now,
             "stale": stale_before},
        )


# --- read-only links: scoped by the token's hash ---------------------------------------------

def create_link(db: Database, user_id: int, change_id: int, token_hash: str,
                expires_at: str | None, now: str | None = None) -> int:
    """Store a new link to one of the person's changes; raise :class:`NotYours` otherwise."""
    with transaction(db):
        row = db.execute(
            "INSERT INTO share_links (user_id, change_id, token_hash, created_at, expires_at)"
            " SELECT user_id, id, ?, ?, ? FROM changes WHERE id = ? AND user_id = ? RETURNING id",
            [token_hash, now or now_utc(), expires_at, change_id, user_id],
        ).fetchone()
        if row is None:
            raise NotYours("This change is not yours.")
    return row[0]


def list_links(db: Database, user_id: int) -> list[LinkRow]:
    """The person's links, whatever state they or their change are in; open ones first,
    newest first."""
    rows = db.execute(
        f"SELECT {_LINK_COLUMNS} FROM share_links l JOIN changes c ON c.id = l.change_id"
        " WHERE l.user_id = ? ORDER BY l.revoked_at IS NOT NULL, l.created_at DESC, l.id DESC",
        [user_id],
    ).fetchall()
    return [_link_of(row) for row in rows]


def revoke_link(db: Database, user_id: int, link_id: int, now: str | None = None) -> bool:
    """Turn a link off at once; False if it is not the person's or already off."""
    with transaction(db):
        cursor = db.execute(
            "UPDATE share_links SET revoked_at = ? WHERE id = ? AND user_id = ?"
            " AND revoked_at IS NULL",
            [now or now_utc(), link_id, user_id],
        )
    return cursor.rowcount == 1


def open_link(db: Database, token_hash: str, now: str | None = None) -> LinkRow | None:
    """The open link whose token hashes to ``token_hash``, or None."""
    row = db.execute(
        f"SELECT {_LINK_COLUMNS} FROM share_links l JOIN changes c ON c.id = l.change_id"
        f" WHERE l.token_hash = :hash AND {_OPEN_LINK}",
        {"hash": token_hash, "now": now or now_utc()},
    ).fetchone()
    return _link_of(row) if row else None


def record_link_opened(db: Database, token_hash: str, now: str) -> None:
    """Stamp when the link with this token hash was last opened (shown to its owner)."""
    with transaction(db):
        db.execute("UPDATE share_links SET last_opened_at = ? WHERE token_hash = ?",
                   [now, token_hash])


def link_checkins(db: Database, token_hash: str, since: str | None = None,
                  now: str | None = None) -> list[CheckinRow]:
    """The linked change's check-ins from ``since`` on; empty unless the link is open."""
    rows = db.execute(
        "SELECT ci.id, ci.created_at, ci.importance, ci.confidence, ci.readiness"
        " FROM share_links l JOIN checkins ci"
        " ON ci.user_id = l.user_id AND ci.change_id = l.change_id"
        f" WHERE l.token_hash = :hash AND {_OPEN_LINK} AND ci.created_at >= :since"
        " ORDER BY ci.created_at, ci.id",
        {"hash": token_hash, "since": since or "", "now": now or now_utc()},
    ).fetchall()
    return [CheckinRow(*row) for row in rows]


# --- the coach's own: invite codes and private notes -----------------------------------------

def create_invite(db: Database, coach_id: int, code_hash: str, expires_at: str,
                  now: str | None = None) -> int:
    """Store a new invite code for a coach account; raise :class:`NotYours` for anyone else."""
    with transaction(db):
        row = db.execute(
            "INSERT INTO coach_invites (coach_id, code_hash, created_at, expires_at)"
            " SELECT id, ?, ?, ? FROM users WHERE id = ? AND role = 'coach' RETURNING id",
            [code_hash, now or now_utc(), expires_at, coach_id],
        ).fetchone()
        if row is None:
            raise NotYours("Only coach accounts have invite codes.")
    return row[0]


def list_invites(db: Database, coach_id: int, now: str | None = None) -> list[InviteRow]:
    """The coach's invite codes that still work, newest first."""
    rows = db.execute(
        "SELECT id, created_at, expires_at FROM coach_invites WHERE coach_id = ?"
        " AND revoked_at IS NULL AND expires_at > ? ORDER BY created_at DESC, id DESC",
        [coach_id, now or now_utc()],
    ).fetchall()
    return [InviteRow(*row) for row in rows]


def revoke_invite(db: Database, coach_id: int, invite_id: int, now: str | None = None) -> bool:
    """Stop an invite code working; False if it is not the coach's or already stopped."""
    with transaction(db):
        cursor = db.execute(
            "UPDATE coach_invites SET revoked_at = ? WHERE id = ? AND coach_id = ?"
            " AND revoked_at IS NULL",
            [now or now_utc(), invite_id, coach_id],
        )
    return cursor.rowcount == 1


def add_note(db: Database, coach_id: int, client_id: int, text: str,
             now: str | None = None) -> bool:
    """Save a private note about a client who shares something with the coach; False otherwise."""
    stamp = now or now_utc()
    with transaction(db):
        cursor = db.execute(
            "INSERT INTO coach_notes (coach_id, client_id, text, created_at)"
            f" SELECT :coach, :client, :text, :now WHERE {_STILL_SHARES}",
            {"coach": coach_id, "client": client_id, "text": text, "now": stamp},
        )
    return cursor.rowcount == 1


_STILL_SHARES = (f"EXISTS (SELECT 1 FROM grants g WHERE g.coach_id = :coach"
                 f" AND g.client_id = :client AND {OPEN_GRANT})")
"""The client shares something accepted with the coach (a note is the coach's only while so)."""
_NOTES = f" FROM coach_notes n WHERE n.coach_id = :coach AND n.client_id = :client AND {_STILL_SHARES}"
"""The coach's notes on a client, while the client shares something accepted with them."""


def list_notes(db: Database, coach_id: int, client_id: int, now: str | None = None, *,
               limit: int | None = None, offset: int = 0) -> list[NoteRow]:
    """The coach's own notes on a client, newest first (``limit`` of them from ``offset``, or
    all), while the client shares something."""
    rows = db.execute(
        f"SELECT n.id, n.created_at, n.text, n.edited_at{_NOTES} ORDER BY n.created_at DESC, n.id DESC"
        + ("" if limit is None else " LIMIT :limit OFFSET :offset"),
        {"coach": coach_id, "client": client_id, "now": now or now_utc(), "limit": limit,
         "offset": offset},
    ).fetchall()
    return [NoteRow(*row) for row in rows]


def edit_note(db: Database, coach_id: int, client_id: int, note_id: int, text: str,
              now: str | None = None) -> bool:
    """Replace the text of one of the coach's notes on a client, marked edited ``now``, while
    the client shares something accepted with them (the old text overwritten where the engine
    frees it); False otherwise."""
    _erase_deleted_notes(db)
    with transaction(db):
        # The same text again changes nothing: it is not marked edited.
        cursor = db.execute(
            "UPDATE coach_notes SET text = :text, edited_at = CASE WHEN text = :text"
            " THEN edited_at ELSE :now END WHERE id = :note"
            f" AND coach_id = :coach AND client_id = :client AND {_STILL_SHARES}",
            {"coach": coach_id, "client": client_id, "note": note_id, "text": text,
             "now": now or now_utc()},
        )
    dialect_of(db).after_delete(db)
    return cursor.rowcount == 1


def delete_note(db: Database, coach_id: int, client_id: int, note_id: int,
                now: str | None = None) -> bool:
    """Delete one of the coach's notes on a client for good (its text overwritten where the
    engine frees it), while the client shares something accepted with them; False otherwise."""
    _erase_deleted_notes(db)
    with transaction(db):
        cursor = db.execute(
            "DELETE FROM coach_notes WHERE id = :note AND coach_id = :coach"
            f" AND client_id = :client AND {_STILL_SHARES}",
            {"coach": coach_id, "client": client_id, "note": note_id, "now": now or now_utc()},
        )
    dialect_of(db).after_delete(db)
    return cursor.rowcount == 1


def count_notes(db: Database, coach_id: int, client_id: int, now: str | None = None) -> int:
    """How many notes :func:`list_notes` would list."""
    return db.execute(f"SELECT COUNT(*){_NOTES}",
                      {"coach": coach_id, "client": client_id, "now": now or now_utc()}
                      ).fetchone()[0]
