"""The rules of consented sharing, checked where they are enforced: in the store's reads.

One table of grant cases (who the grant is to, which change, scope, kinds or picked answers,
expiry, revocation) against what is asked for, with the exact expected answer; then links,
invite codes, notes, end dates and tokens.
"""

from __future__ import annotations

import base64
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest

from change_journal import accounts, sharing
from change_journal.rulers import RULERS_BY_KEY, follow_ups
from change_journal.store import changes, users
from change_journal.store import sharing as store
from change_journal.store.checkins import AnswerIn, save_checkin
from change_journal.validation import InputError

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
NOW_ISO = NOW.isoformat(timespec="microseconds")
PAST = "2026-05-31T00:00:00.000000+00:00"
FUTURE = "2026-06-30T00:00:00.000000+00:00"
PROMPTS = ("checkin.note", "checkin.readiness.zero", "checkin.how_going",
           "checkin.importance.why_not_lower", "checkin.confidence.what_would_it_take")


@dataclass
class World:
    db: object
    client: int
    other_client: int
    coach: int
    other_coach: int
    change: dict[str, int]
    first_how_going: int


def make_user(db, name: str, role: str = "person") -> int:
    """An account without the cost of hashing a password (sign-in is not under test here)."""
    return users.create_user(db, name, accounts.username_key(name), "not a hash", role)


@pytest.fixture
def world(db) -> World:
    """A client with changes A and B (two check-ins each, an answer to every kind of prompt),
    a second client with the same kind of history, and two coaches."""
    client, other_client = make_user(db, "robin"), make_user(db, "sam")
    coach, other_coach = make_user(db, "coach.kim", "coach"), make_user(db, "coach.lee", "coach")
    ids = {}
    for owner, name in ((client, "A"), (client, "B"), (other_client, "C")):
        ids[name] = changes.add_change(db, owner, f"Change {name}")
        for day in (10, 20):
            save_checkin(db, owner, ids[name], {"importance": 7, "confidence": 5, "readiness": 0},
                         [AnswerIn(p, f"Question {p}", f"{name} {day} {p}") for p in PROMPTS],
                         created_at=f"2026-05-{day}T09:00:00.000000+00:00")
    first = db.execute("SELECT MIN(id) FROM answers WHERE change_id = ? AND prompt_id = ?",
                       [ids["A"], "checkin.how_going"]).fetchone()[0]
    return World(db, client, other_client, coach, other_coach, ids, first)


@dataclass(frozen=True)
class Grant:
    to: str = "coach"
    change: str = "A"
    scope: str = "numbers"
    kinds: tuple[str, ...] = ()
    pick_first_how_going: bool = False
    expires: str | None = None
    revoked: bool = False


@dataclass(frozen=True)
class Ask:
    coach: str = "coach"
    client: str = "client"
    change: str = "A"


NOTHING = (False, 0, {})
NUMBERS = (True, 2, {})


def answers(**counts: int) -> tuple[bool, int, dict[str, int]]:
    """Access, both check-ins, and ``prompt-id-suffix=count`` written answers."""
    return True, 2, {f"checkin.{k.replace('__', '.')}": v for k, v in counts.items()}


CASES = [
    # (case, grant (None: no grant at all), request, (sees the change?, check-ins, answers by prompt))
    ("no grant", None, Ask(), NOTHING),
    ("numbers: the check-ins, no words", Grant(), Ask(), NUMBERS),
    ("answers scope with no kinds or picks: numbers only", Grant(scope="answers"), Ask(), NUMBERS),
    ("answers: reasons", Grant(scope="answers", kinds=("reasons",)), Ask(),
     answers(importance__why_not_lower=2)),
    ("answers: what would help covers zero and what-would-it-take",
     Grant(scope="answers", kinds=("what_would_help",)), Ask(),
     answers(confidence__what_would_it_take=2, readiness__zero=2)),
    ("answers: how it's going and notes", Grant(scope="answers", kinds=("how_going", "notes")),
     Ask(), answers(how_going=2, note=2)),
    ("answers: one picked answer only", Grant(scope="answers", pick_first_how_going=True), Ask(),
     answers(how_going=1)),
    ("answers: a kind plus a picked answer", Grant(scope="answers", kinds=("reasons",),
                                                   pick_first_how_going=True), Ask(),
     answers(importance__why_not_lower=2, how_going=1)),
    ("numbers scope ignores picked answers", Grant(pick_first_how_going=True), Ask(), NUMBERS),
    ("grant for change A, asking for change B", Grant(scope="answers", kinds=("reasons",)),
     Ask(change="B"), NOTHING),
    ("grant for change A, asking for another person's change", Grant(), Ask(change="C"), NOTHING),
    ("grant for change A, asking as if another person owned A", Grant(),
     Ask(client="other_client"), NOTHING),
    ("grant to another coach", Grant(to="other_coach", scope="answers", kinds=("reasons",)),
     Ask(), NOTHING),
    ("expired numbers grant", Grant(expires=PAST), Ask(), NOTHING),
    ("expired answers grant", Grant(scope="answers", kinds=("reasons",), expires=PAST), Ask(),
     NOTHING),
    ("grant ending later: numbers", Grant(expires=FUTURE), Ask(), NUMBERS),
    ("grant ending later: answers", Grant(scope="answers", kinds=("notes",), expires=FUTURE),
     Ask(), answers(note=2)),
    ("revoked numbers grant", Grant(revoked=True), Ask(), NOTHING),
    ("revoked answers grant", Grant(scope="answers", kinds=("reasons",), revoked=True), Ask(),
     NOTHING),
    ("revoked grant that would end later", Grant(expires=FUTURE, revoked=True), Ask(), NOTHING),
    ("revoked and expired grant", Grant(expires=PAST, revoked=True), Ask(), NOTHING),
]


def make_grant(world: World, spec: Grant) -> int:
    coach = getattr(world, spec.to)
    kinds = [(k, glob) for k in spec.kinds for glob in sharing.KINDS_BY_KEY[k].prompt_globs]
    (grant_id,) = store.grant(world.db, world.client, coach, [world.change[spec.change]],
                              spec.scope, kinds, spec.expires, "2026-05-01T00:00:00.000000+00:00")
    if spec.pick_first_how_going:
        store.set_grant_scope(world.db, world.client, grant_id, spec.scope, kinds,
                              [world.first_how_going])
    if spec.revoked:
        store.revoke_grant(world.db, world.client, grant_id, "2026-05-25T00:00:00.000000+00:00")
    return grant_id


@pytest.mark.parametrize(("grant", "ask", "expected"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_a_coach_sees_exactly_what_the_grant_allows(world, grant, ask, expected):
    if grant is not None:
        make_grant(world, grant)
    coach, client = getattr(world, ask.coach), getattr(world, ask.client)
    change = world.change[ask.change]
    seen = (
        store.shared_change(world.db, coach, client, change, NOW_ISO) is not None,
        len(store.shared_checkins(world.db, coach, client, change, None, NOW_ISO)),
        dict(Counter(a.prompt_id for a in store.shared_answers(world.db, coach, client, change,
                                                               None, NOW_ISO))),
    )
    assert seen == expected


PREVIEW_CASES = [c for c in CASES if c[1] is not None and c[1].to == "coach" and c[2] == Ask()]
"""A preview is of one of the person's own grants, seen as that grant's coach sees it."""


@pytest.mark.parametrize(("grant", "expected"), [(c[1], c[3]) for c in PREVIEW_CASES],
                         ids=[c[0] for c in PREVIEW_CASES])
def test_the_persons_preview_matches_what_the_coach_sees(world, grant, expected):
    grant_id = make_grant(world, grant)
    view = sharing.open_preview(world.db, world.client, grant_id, NOW)
    if not expected[0]:
        assert view is None
        return
    shown = sharing.load_progress(world.db, view, None, now=NOW)
    assert (True, len(shown.frame), dict(Counter(a.prompt_id for a in shown.answers))) == expected


def test_a_coachs_words_in_the_chart_are_only_the_shared_ones(world):
    make_grant(world, Grant(scope="answers", kinds=("reasons",)))
    view = sharing.open_for_coach(world.db, world.coach, world.client, world.change["A"], NOW)
    frame = sharing.load_progress(world.db, view, None, now=NOW).frame
    assert frame["importance_words"].tolist() == [
        "A 10 checkin.importance.why_not_lower", "A 20 checkin.importance.why_not_lower"]
    assert set(frame["how_going"]) == {""} and set(frame["confidence_words"]) == {""}


def test_shared_answers_come_newest_first_in_the_order_asked_with_their_ruler_named(world):
    make_grant(world, Grant(scope="answers", kinds=tuple(sharing.KINDS_BY_KEY)))
    view = sharing.open_for_coach(world.db, world.coach, world.client, world.change["A"], NOW)
    answers = sharing.load_progress(world.db, view, None, now=NOW).answers
    # Saved in another order (PROMPTS), read in the order a check-in asks.
    assert [a.text for a in answers] == [f"A {day} {p}" for day in (20, 10) for p in (
        "checkin.how_going", "checkin.importance.why_not_lower",
        "checkin.confidence.what_would_it_take", "checkin.readiness.zero", "checkin.note")]
    assert [sharing.answer_heading(a) for a in answers[:5]] == [
        "Question checkin.how_going", "Importance: Question checkin.importance.why_not_lower",
        "Confidence: Question checkin.confidence.what_would_it_take",
        "Readiness: Question checkin.readiness.zero", "Question checkin.note"]


def test_an_answer_written_at_another_number_than_its_check_in_says_the_rating_saved(world):
    """Written at an 8, the rating then moved to 5: the coach reads the question for 8, and is
    told the check-in was saved at 5 (a walk-through found no sign of it)."""
    make_grant(world, Grant(scope="answers", kinds=tuple(sharing.KINDS_BY_KEY)))
    take = "checkin.importance.what_would_it_take"
    at_8 = next(f.text for f in follow_ups(RULERS_BY_KEY["importance"], 8) if f.prompt_id == take)
    for importance, text in ((5, "A friend to walk with."), (8, "Dry shoes.")):
        save_checkin(world.db, world.client, world.change["A"],
                     {"importance": importance, "confidence": 5, "readiness": 0},
                     [AnswerIn(take, at_8, text)],
                     created_at=f"2026-05-2{importance}T09:00:00.000000+00:00")
    view = sharing.open_for_coach(world.db, world.coach, world.client, world.change["A"], NOW)
    shared = sharing.load_progress(world.db, view, None, now=NOW)
    headings = {a.text: sharing.answer_heading(a, shared.saved_at.get(a.id))
                for a in shared.answers}
    assert headings["A friend to walk with."] == (
        f"Importance: {at_8} (the check-in was saved at 5)")
    assert headings["Dry shoes."] == f"Importance: {at_8}"
    assert len(shared.saved_at) == 1


def test_revoking_takes_effect_on_the_very_next_read(world):
    grant_id = make_grant(world, Grant())
    view = sharing.open_for_coach(world.db, world.coach, world.client, world.change["A"], NOW)
    assert len(sharing.load_progress(world.db, view, None, now=NOW).frame) == 2
    store.revoke_grant(world.db, world.client, grant_id)
    assert sharing.load_progress(world.db, view, None, now=NOW).frame.empty
    assert sharing.open_for_coach(world.db, world.coach, world.client, world.change["A"]) is None


def test_sharing_again_updates_the_open_grant_instead_of_adding_one(world):
    sharing.share_with_coach(world.db, world.client, "coach.kim", [world.change["A"]], now=NOW)
    sharing.share_with_coach(world.db, world.client, "COACH.KIM", [world.change["A"]], "answers",
                             ["notes"], now=NOW)
    (grant,) = store.list_grants(world.db, world.client)
    assert (grant.scope, grant.kinds) == ("answers", ("notes",))


@pytest.mark.parametrize(("who", "changes_of", "message"), [
    ("", "client", "Type your coach's username"),
    ("nobody.here", "client", "No coach account matches"),
    ("sam", "client", "No coach account matches"),          # a person, not a coach
    ("coach.kim", "other_client", "Only your own changes"),
    ("coach.kim", None, "Choose at least one change"),
])
def test_sharing_that_cannot_happen_says_why_and_saves_nothing(world, who, changes_of, message):
    change_ids = [] if changes_of is None else (
        [world.change["A"]] if changes_of == "client" else [world.change["A"], world.change["C"]])
    with pytest.raises(InputError, match=message):
        sharing.share_with_coach(world.db, world.client, who, change_ids, now=NOW)
    assert store.list_grants(world.db, world.client) == []


@pytest.mark.parametrize(("typed", "found"), [
    ("exact", True),
    ("lower case", True),
    ("no dashes, spaces around", True),
    ("O typed for 0 and l for 1", True),
    ("pasted with other dashes and invisible characters", True),
    ("fullwidth", True),
    ("one character short", False),
    ("revoked", False),
    ("expired", False),
])
def test_an_invite_code_finds_its_coach_while_it_works(world, monkeypatch, typed, found):
    monkeypatch.setattr(sharing, "new_invite_code", lambda: "10K0-AB1C-D0EF")
    code = sharing.create_invite(world.db, world.coach, now=NOW)
    text = {"exact": code, "lower case": code.lower(), "no dashes, spaces around": " 10K0AB1CD0EF ",
            "O typed for 0 and l for 1": "lOKO-ABlC-DOEF",
            "pasted with other dashes and invisible characters": "10K0\u2011AB1C\u2013D0\u200bEF",
            "fullwidth": "\uff11\uff10\uff2b\uff10-AB1C-D0EF", "one character short": "10K0-AB1C-D0E",
            "revoked": code, "expired": code}[typed]
    later = NOW
    if typed == "revoked":
        (invite,) = store.list_invites(world.db, world.coach, NOW_ISO)
        store.revoke_invite(world.db, world.coach, invite.id)
    if typed == "expired":
        later = datetime(2026, 7, 2, tzinfo=UTC)
    if found:
        assert sharing.find_coach(world.db, world.client, text, later).id == world.coach
    else:
        with pytest.raises(InputError):
            sharing.find_coach(world.db, world.client, text, later)


@pytest.mark.parametrize(("link", "token", "visible"), [
    ("open", "the token", True),
    ("ending later", "the token", True),
    ("open", "a wrong token", False),
    ("open", "the token cut short", False),
    ("open", "", False),
    ("open", "a megabyte", False),
    ("expired", "the token", False),
    ("revoked", "the token", False),
])
def test_a_link_shows_numbers_only_while_it_works(world, link, token, visible):
    last_day = {"ending later": date(2026, 6, 10), "expired": date(2026, 6, 1)}.get(link)
    real = sharing.create_link(world.db, world.client, world.change["A"], last_day, now=NOW)
    if link == "revoked":
        (row,) = store.list_links(world.db, world.client)
        store.revoke_link(world.db, world.client, row.id)
    typed = {"the token": real, "a wrong token": sharing.new_token(),
             "the token cut short": real[:-1], "": "", "a megabyte": "x" * 1_000_000}[token]
    when = datetime(2026, 6, 2, 1, tzinfo=UTC) if link == "expired" else NOW
    view = sharing.open_link(world.db, typed, when)
    assert (view is not None) == visible
    if visible:
        shown = sharing.load_progress(world.db, view, None, now=when)
        assert (view.title, view.owner_name, len(shown.frame), shown.answers) == (
            "Change A", "", 2, [])
        assert set(shown.frame["how_going"]) == {""}


def test_a_link_token_has_at_least_128_random_bits_and_only_its_hash_is_stored(world):
    token = sharing.create_link(world.db, world.client, world.change["A"], None, now=NOW)
    assert len(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))) * 8 >= 128
    stored = world.db.execute("SELECT * FROM share_links").fetchall()
    assert token not in repr(stored)
    assert sharing.token_hash(token) in repr(stored)


def test_invite_codes_are_stored_only_as_a_hash(world):
    code = sharing.create_invite(world.db, world.coach, now=NOW)
    assert code not in repr(world.db.execute("SELECT * FROM coach_invites").fetchall())


@pytest.mark.parametrize(("last_day", "tz", "expected"), [
    (None, "UTC", None),
    (date(2026, 6, 1), "UTC", "2026-06-02T00:00:00.000000+00:00"),
    (date(2026, 6, 1), "Europe/London", "2026-06-01T23:00:00.000000+00:00"),
    (date(2026, 6, 30), "America/New_York", "2026-07-01T04:00:00.000000+00:00"),
])
def test_sharing_lasts_through_the_chosen_last_day_in_the_persons_time_zone(last_day, tz,
                                                                           expected):
    assert sharing.expiry(last_day, tz, NOW) == expected


def test_an_end_date_in_the_past_is_refused():
    with pytest.raises(InputError, match="already passed"):
        sharing.expiry(date(2026, 5, 31), "UTC", NOW)


@pytest.mark.parametrize(("expires_at", "revoked_at", "expected"), [
    (None, None, "open"),
    (FUTURE, None, "open"),
    (PAST, None, "expired"),
    (NOW_ISO, None, "expired"),
    (None, PAST, "revoked"),
    (FUTURE, PAST, "revoked"),
])
def test_status_of_a_grant_or_link(expires_at, revoked_at, expected):
    assert sharing.status(expires_at, revoked_at, NOW) == expected


@pytest.mark.parametrize(("reader", "grant", "sees_note"), [
    ("coach", Grant(), True),
    ("coach", Grant(change="B"), True),                 # notes are per client, not per change
    ("other_coach", Grant(), False),
    ("coach", Grant(revoked=True), False),
    ("coach", Grant(expires=PAST), False),
])
def test_coach_notes_are_private_to_their_coach_and_need_an_open_grant(world, reader, grant,
                                                                       sees_note):
    make_grant(world, Grant(to="other_coach"))
    open_id = make_grant(world, Grant(change="B" if grant.change == "A" else "A"))
    store.add_note(world.db, world.coach, world.client, "Talk about evenings.", NOW_ISO)
    make_grant(world, grant)
    store.revoke_grant(world.db, world.client, open_id)
    notes = store.list_notes(world.db, getattr(world, reader), world.client, NOW_ISO)
    assert [n.text for n in notes] == (["Talk about evenings."] if sees_note else [])


def test_a_note_about_someone_who_shares_nothing_is_refused(world):
    with pytest.raises(InputError, match="no longer shares"):
        sharing.add_note(world.db, world.coach, world.client, "Hello")
    assert world.db.execute("SELECT COUNT(*) FROM coach_notes").fetchone()[0] == 0


@pytest.mark.engines("sqlite", "postgresql")
def test_a_coach_edits_a_note_which_keeps_its_date_and_says_when_it_was_edited(world):
    make_grant(world, Grant())
    store.add_note(world.db, world.coach, world.client, "Talk about evenings.", PAST)
    (note,) = store.list_notes(world.db, world.coach, world.client, NOW_ISO)
    sharing.edit_note(world.db, world.coach, world.client, note.id, "  Talk about mornings. ")
    (edited,) = store.list_notes(world.db, world.coach, world.client)
    assert (edited.id, edited.created_at, edited.text) == (note.id, PAST, "Talk about mornings.")
    assert note.edited_at is None and edited.edited_at > PAST
    with pytest.raises(InputError, match="The note is empty"):
        sharing.edit_note(world.db, world.coach, world.client, note.id, "   ")
    assert store.list_notes(world.db, world.coach, world.client) == [edited]
    # Saved again unchanged: not edited again.
    assert store.edit_note(world.db, world.coach, world.client, note.id, "Talk about mornings.",
                           "2099-01-01T00:00:00.000000+00:00")
    assert store.list_notes(world.db, world.coach, world.client) == [edited]


@pytest.mark.engines("sqlite", "postgresql")
@pytest.mark.parametrize("who", ["another coach", "the coach, naming another client",
                                 "the coach, once the share ran out"])
def test_only_its_coach_edits_or_deletes_a_note_and_only_while_shared(world, who):
    make_grant(world, Grant(expires=FUTURE))
    make_grant(world, Grant(to="other_coach"))
    store.add_note(world.db, world.coach, world.client, "Talk about evenings.", PAST)
    (note,) = store.list_notes(world.db, world.coach, world.client, NOW_ISO)
    coach, client, now = world.coach, world.client, NOW_ISO
    if who == "another coach":
        coach = world.other_coach
    elif who == "the coach, naming another client":
        client = world.other_client
    else:
        now = "2026-07-01T00:00:00.000000+00:00"  # the note is hidden, not yet deleted
    rows_before = world.db.execute("SELECT * FROM coach_notes").fetchall()
    assert not store.edit_note(world.db, coach, client, note.id, "Overwritten", now)
    assert not store.delete_note(world.db, coach, client, note.id, now)
    assert world.db.execute("SELECT * FROM coach_notes").fetchall() == rows_before
    assert store.edit_note(world.db, world.coach, world.client, note.id, "Mine", NOW_ISO)


@pytest.mark.engines("sqlite", "postgresql")
def test_a_coach_deletes_one_note_and_keeps_the_others(world):
    make_grant(world, Grant())
    for text in ("First.", "Second."):
        store.add_note(world.db, world.coach, world.client, text, PAST)
    first, second = sorted(store.list_notes(world.db, world.coach, world.client, NOW_ISO),
                           key=lambda n: n.id)
    assert sharing.delete_note(world.db, world.coach, world.client, first.id)
    assert not sharing.delete_note(world.db, world.coach, world.client, first.id)  # gone already
    assert store.list_notes(world.db, world.coach, world.client) == [second]


@pytest.mark.parametrize(("grant", "expected"), [
    (Grant(), "Numbers and charts · no end date · not viewed yet"),
    (Grant(expires=FUTURE), "Numbers and charts · until 29 Jun 2026 · not viewed yet"),
    (Grant(scope="answers"),
     "Numbers and charts (written answers too, but none are picked yet) · no end date · not "
     "viewed yet"),
    (Grant(scope="answers", kinds=("notes",), pick_first_how_going=True),
     "Numbers, charts and written answers (notes; 1 answer picked one by one) · no end "
     "date · not viewed yet"),
    (Grant(expires=PAST), "Ended on 30 May 2026. Your coach sees nothing of it."),
    (Grant(revoked=True), "Stopped on 25 May 2026. Your coach sees nothing of it."),
])
def test_each_grant_is_described_to_the_person_in_one_line(world, grant, expected):
    make_grant(world, grant)
    (row,) = store.list_grants(world.db, world.client)
    assert sharing.describe_grant(row, "UTC", NOW) == expected


def test_a_grant_says_when_the_coach_last_looked(world):
    make_grant(world, Grant())
    sharing.open_for_coach(world.db, world.coach, world.client, world.change["A"], NOW)
    (row,) = store.list_grants(world.db, world.client)
    assert sharing.describe_grant(row, "Europe/London", NOW).endswith("last viewed 1 Jun 2026, 13:00")


def test_the_shared_table_leaves_out_answer_columns_with_nothing_shared(world):
    make_grant(world, Grant(scope="answers", kinds=("notes",)))
    view = sharing.open_for_coach(world.db, world.coach, world.client, world.change["A"], NOW)
    table = sharing.shared_table(sharing.load_progress(world.db, view, None, now=NOW).frame)
    assert list(table.columns) == ["Date", "Importance", "Confidence", "Readiness", "Note"]


def test_the_shared_table_heads_the_persons_words_in_their_words(world):
    """Whoever reads a shared table did not write it: "in their words", not "in your words"."""
    make_grant(world, Grant(scope="answers", kinds=("reasons",)))
    view = sharing.open_for_coach(world.db, world.coach, world.client, world.change["A"], NOW)
    table = sharing.shared_table(sharing.load_progress(world.db, view, None, now=NOW).frame)
    worded = [c for c in table.columns if c.endswith(" words")]
    assert worded and all(c.endswith(": in their words") for c in worded)


@pytest.mark.parametrize(("scope", "kinds", "picked", "caption"), [
    ("numbers", ("notes",), 3, "numbers and charts"),
    ("answers", (), 0, "numbers and charts (written answers too, but none are picked yet)"),
    ("answers", ("notes", "how_going"), 0,
     "numbers, charts and written answers (how things are going; notes)"),
    ("answers", (), 2, "numbers, charts and written answers (2 answers picked one by one)"),
])
def test_a_view_names_the_written_answers_it_shares(scope, kinds, picked, caption):
    """The caption over a shared change says which written answers it holds (the coach, the
    person's preview), in the order the kinds are offered."""
    view = sharing.SharedView("Walk", "robin", scope, kinds=kinds, picked=picked)
    assert view.shares == caption


def test_an_ended_share_of_a_change_shared_again_does_not_say_the_coach_sees_nothing(world):
    """Walked through as a new user: after stopping a share and sharing the change again with the
    same coach, "Who sees what" said the coach sees it while "Ended sharing" still said "Your
    coach sees nothing of it"."""
    make_grant(world, Grant(revoked=True))
    make_grant(world, Grant())
    open_grants, ended = sharing.open_and_ended(store.list_grants(world.db, world.client), NOW)
    (old,) = ended
    assert sharing.shared_again(old, open_grants)
    described = sharing.describe_grant(old, "UTC", NOW, shared_again=True)
    assert described.startswith("Stopped on 25 May 2026.")
    assert "sees nothing" not in described and "shared with this coach again" in described
    assert not sharing.shared_again(old, [])
