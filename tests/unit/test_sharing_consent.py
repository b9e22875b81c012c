"""The coach's side of sharing, and what sharing's end does, checked in the core and the store.

Covers: a share by username waits for the coach and shows them nothing until accepted; an
invite code or an earlier acceptance skips the wait; a declined person is refused and told;
hiding; a flood of unknown sharers that neither outranks real clients nor grows the dashboard's
work; the confirmation step (nothing saved before it, and refused if the name now leads to
another coach); coach notes ending with sharing (a table of every way sharing ends); archiving
with or without sharing; the upgrade of existing databases; the person's export; and the rules
of adding and renaming a change. Everything on a database runs on both engines (the notes' end
is a trigger, written for each).
"""

from __future__ import annotations

import json
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlite_utils import Database

from change_journal import accounts, changes, coach_dashboard, export, sharing
from change_journal.store import changes as change_store
from change_journal.store import coach as coach_store
from change_journal.store import deletion, open_db, transaction, users
from change_journal.store import sharing as store
from change_journal.store.checkins import AnswerIn, save_checkin
from change_journal.store.migrations import MIGRATIONS
from change_journal.validation import InputError

pytestmark = pytest.mark.engines("sqlite", "postgresql")

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
NOW_ISO = NOW.isoformat(timespec="microseconds")


def make_user(db, name: str, role: str = "person") -> int:
    """An account without hashing a password (signing in is not under test here)."""
    return users.create_user(db, name, accounts.username_key(name), "not a hash", role)


@dataclass
class World:
    db: Database
    robin: int
    sam: int
    kim: int
    lee: int
    walk: int
    sleep: int
    cook: int

    def notes(self, coach: int | None = None, client: int | None = None) -> int:
        """How many notes the database holds about ``client`` by ``coach`` (shown or not)."""
        return self.db.execute(
            "SELECT COUNT(*) FROM coach_notes WHERE coach_id = ? AND client_id = ?",
            [coach or self.kim, client or self.robin]).fetchone()[0]


@pytest.fixture
def world(db) -> World:
    """Robin (changes Walk and Sleep, a check-in on Walk), Sam (Cook), coaches Kim and Lee."""
    robin, sam = make_user(db, "robin"), make_user(db, "sam")
    kim, lee = make_user(db, "coach.kim", "coach"), make_user(db, "coach.lee", "coach")
    walk, sleep = changes.add_change(db, robin, "Walk most days"), changes.add_change(
        db, robin, "Sleep earlier")
    cook = changes.add_change(db, sam, "Cook at home")
    for owner, change_id in ((robin, walk), (sam, cook)):
        save_checkin(db, owner, change_id, {"importance": 7, "confidence": 5, "readiness": 6}, [],
                     created_at="2026-05-30T09:00:00.000000+00:00")
    return World(db, robin, sam, kim, lee, walk, sleep, cook)


def coach_sees(w: World, coach: int, client: int, change_id: int) -> bool:
    return sharing.open_for_coach(w.db, coach, client, change_id, NOW) is not None


def waiting_names(w: World, coach: int) -> list[str]:
    return [c.client_name for c in coach_dashboard.overview(w.db, coach, "UTC", NOW).waiting.clients]


# --- the coach's answer ----------------------------------------------------------------------

def test_a_share_by_username_shows_the_coach_nothing_until_they_accept_it(world):
    sharing.share_with_coach(world.db, world.robin, "coach.kim", [world.walk], now=NOW)

    assert not coach_sees(world, world.kim, world.robin, world.walk)
    assert store.shared_checkins(world.db, world.kim, world.robin, world.walk, None, NOW_ISO) == []
    assert coach_dashboard.load(world.db, world.kim, "UTC", NOW) == []
    assert waiting_names(world, world.kim) == ["robin"]
    with pytest.raises(InputError, match="no longer shares"):
        sharing.add_note(world.db, world.kim, world.robin, "Who is this?")
    (grant,) = sharing.list_grants(world.db, world.robin)
    assert sharing.grant_status(grant, NOW) == "waiting"
    assert sharing.grant_heading(grant) == ("Waiting for \u2068coach.kim\u2069 to accept "
                                            "“\u2068Walk most days\u2069”")

    assert sharing.accept(world.db, world.kim, world.robin) == 1
    assert coach_sees(world, world.kim, world.robin, world.walk)
    assert [r.client_name for r in coach_dashboard.load(world.db, world.kim, "UTC", NOW)] == ["robin"]
    assert waiting_names(world, world.kim) == []


def test_a_share_with_the_coachs_invite_code_is_seen_at_once(world):
    code = sharing.create_invite(world.db, world.kim, now=NOW)
    sharing.share_with_coach(world.db, world.robin, code, [world.walk], now=NOW)
    assert coach_sees(world, world.kim, world.robin, world.walk)
    assert waiting_names(world, world.kim) == []


def test_someone_the_coach_accepted_before_is_seen_at_once_even_after_stopping(world):
    sharing.share_with_coach(world.db, world.robin, "coach.kim", [world.walk], now=NOW)
    sharing.accept(world.db, world.kim, world.robin)
    (grant,) = sharing.list_grants(world.db, world.robin)
    sharing.stop_sharing(world.db, world.robin, grant.id)

    sharing.share_with_coach(world.db, world.robin, "coach.kim", [world.sleep], now=NOW)
    assert coach_sees(world, world.kim, world.robin, world.sleep)


def test_stopping_asks_first_and_names_the_notes_only_with_the_last_share_the_coach_sees(world):
    sharing.share_with_coach(world.db, world.robin, "coach.kim", [world.walk, world.sleep],
                             now=NOW)
    waiting = sharing.list_grants(world.db, world.robin)
    notes = "any notes they keep about you are deleted too"
    assert not any(notes in sharing.stop_question(g, waiting, NOW) for g in waiting)  # none yet
    sharing.accept(world.db, world.kim, world.robin)
    first, second = sharing.list_grants(world.db, world.robin)
    both = [first, second]
    assert sharing.stop_question(first, both, NOW) == (
        f"Stop sharing “\u2068{first.change_title}\u2069” with \u2068coach.kim\u2069? They will no "
        "longer see it.")
    sharing.stop_sharing(world.db, world.robin, first.id)
    left = sharing.list_grants(world.db, world.robin)
    (last,) = [g for g in left if g.id == second.id]
    assert sharing.stop_question(last, left, NOW).endswith(
        "It is the last thing you share with them, so any notes they keep about you are deleted "
        "too.")


def test_a_declined_person_is_told_and_can_come_back_only_with_an_invite_code(world):
    sharing.share_with_coach(world.db, world.sam, "coach.kim", [world.cook], now=NOW)
    assert sharing.decline(world.db, world.kim, world.sam) == 1

    (grant,) = sharing.list_grants(world.db, world.sam)
    assert sharing.grant_status(grant, NOW) == "declined"
    assert sharing.open_and_ended([grant], NOW) == ([], [grant])
    assert sharing.grant_heading(grant) == "\u2068coach.kim\u2069 declined “\u2068Cook at home\u2069”"
    assert sharing.describe_grant(grant, "UTC", NOW).startswith("Your coach declined it on ")
    assert sharing.open_preview(world.db, world.sam, grant.id, NOW) is None

    with pytest.raises(InputError, match="declined your earlier shares"):
        sharing.share_with_coach(world.db, world.sam, "coach.kim", [world.cook], now=NOW)
    assert not coach_sees(world, world.kim, world.sam, world.cook)

    code = sharing.create_invite(world.db, world.kim, now=NOW)
    sharing.share_with_coach(world.db, world.sam, code, [world.cook], now=NOW)
    assert coach_sees(world, world.kim, world.sam, world.cook)


def test_the_persons_preview_shows_a_waiting_share_as_the_coach_will_see_it(world):
    sharing.share_with_coach(world.db, world.robin, "coach.kim", [world.walk], now=NOW)
    (grant,) = sharing.list_grants(world.db, world.robin)
    view = sharing.open_preview(world.db, world.robin, grant.id, NOW)
    assert (view.title, view.owner_name) == ("Walk most days", "robin")
    assert len(sharing.load_progress(world.db, view, None, now=NOW).frame) == 1
    assert sharing.open_preview(world.db, world.sam, grant.id, NOW) is None  # not Sam's grant


@pytest.mark.parametrize("actor", ["another coach", "the person who shared"])
def test_only_the_coach_shared_with_can_answer_or_hide_a_share(world, actor):
    sharing.share_with_coach(world.db, world.robin, "coach.kim", [world.walk], now=NOW)
    who = world.lee if actor == "another coach" else world.robin
    assert sharing.accept(world.db, who, world.robin) == 0
    assert sharing.decline_all(world.db, who, NOW_ISO) == 0
    (grant,) = sharing.list_grants(world.db, world.robin)
    sharing.accept(world.db, world.kim, world.robin)
    assert sharing.hide(world.db, who, grant.id) is False
    assert [r.client_name for r in coach_dashboard.load(world.db, world.kim, "UTC", NOW)] == ["robin"]


def test_a_hidden_share_leaves_the_coachs_list_but_stays_shared(world):
    code = sharing.create_invite(world.db, world.kim, now=NOW)
    sharing.share_with_coach(world.db, world.robin, code, [world.walk], now=NOW)
    (grant,) = sharing.list_grants(world.db, world.robin)

    assert sharing.hide(world.db, world.kim, grant.id)
    shown = coach_dashboard.overview(world.db, world.kim, "UTC", NOW)
    assert (shown.rows, [h.change_title for h in shown.hidden]) == ([], ["Walk most days"])
    assert coach_sees(world, world.kim, world.robin, world.walk)
    (still,) = sharing.list_grants(world.db, world.robin)
    assert sharing.grant_heading(still) == "\u2068coach.kim\u2069 sees “\u2068Walk most days\u2069”"

    assert sharing.show_again(world.db, world.kim, grant.id)
    assert [r.change_title for r in coach_dashboard.load(world.db, world.kim, "UTC", NOW)] == [
        "Walk most days"]


# --- a flood of unknown sharers --------------------------------------------------------------

def add_strangers(db, coach_name: str, count: int, start: int = 0) -> None:
    """``count`` accounts, each sharing a change with no check-ins with the coach by username."""
    with transaction(db):
        for n in range(start, start + count):
            person = make_user(db, f"stranger{n:05}")
            change_id = changes.add_change(db, person, "Buy my course")
            sharing.share_with_coach(db, person, coach_name, [change_id],
                                     now=NOW - timedelta(seconds=10_000 - n))


def test_three_thousand_unknown_sharers_neither_outrank_clients_nor_grow_the_dashboard(world):
    code = sharing.create_invite(world.db, world.kim, now=NOW)
    sharing.share_with_coach(world.db, world.robin, code, [world.walk], now=NOW)
    add_strangers(world.db, "coach.kim", 1)
    coach_dashboard.overview(world.db, world.kim, "UTC", NOW)  # stamps Robin's share as viewed
    with coach_store.counting_statements(world.db) as few:
        coach_dashboard.overview(world.db, world.kim, "UTC", NOW)
    add_strangers(world.db, "coach.kim", 2_999, start=1)

    with coach_store.counting_statements(world.db) as many:
        shown = coach_dashboard.overview(world.db, world.kim, "UTC", NOW)
    ordered = coach_dashboard.select(shown.rows, sort="Needs a look first")
    assert [r.client_name for r in ordered] == ["robin"]
    assert shown.waiting.total == 3_000
    assert [c.client_name for c in shown.waiting.clients] == [
        f"stranger{n:05}" for n in range(2_999, 2_999 - coach_dashboard.WAITING_SHOWN, -1)]
    assert len(many) == len(few)


def test_declining_everyone_waiting_spares_a_share_made_after_the_coach_looked(world):
    add_strangers(world.db, "coach.kim", 40)
    seen = coach_dashboard.overview(world.db, world.kim, "UTC", NOW).waiting
    sharing.share_with_coach(world.db, world.robin, "coach.kim", [world.walk],
                             now=NOW + timedelta(minutes=1))

    assert sharing.decline_all(world.db, world.kim, seen.newest_at) == 40
    assert waiting_names(world, world.kim) == ["robin"]


# --- asking once, naming the coach -------------------------------------------------------------

def test_checking_a_share_names_the_coach_and_saves_nothing(world):
    request = sharing.ShareRequest("Coach.Kim ", (world.walk, world.sleep), "answers",
                                   ("reasons",), date(2026, 6, 30), "UTC")
    check = sharing.check_share(world.db, world.robin, request, NOW)
    assert check.question == ("Share “\u2068Walk most days\u2069” and “\u2068Sleep earlier\u2069” "
                              "with \u2068coach.kim\u2069?")
    assert check.details == (
        "This coach will see numbers, charts and written answers (why a number and not lower), "
        "until 30 Jun 2026. They see nothing until they accept your share: if they don't know "
        "you, they can decline it. You can stop sharing at any time.")
    assert sharing.list_grants(world.db, world.robin) == []

    sharing.confirm_share(world.db, world.robin, check, NOW)
    assert [(g.coach_name, g.change_title, g.kinds) for g in
            sharing.list_grants(world.db, world.robin)] == [
        ("coach.kim", "Sleep earlier", ("reasons",)), ("coach.kim", "Walk most days", ("reasons",))]


@pytest.mark.parametrize(("change", "message"), [("another person's", "Only your own changes"),
                                                 ("none", "Choose at least one change")])
def test_checking_a_share_of_changes_that_cannot_be_shared_says_why(world, change, message):
    ids = (world.cook,) if change == "another person's" else ()
    with pytest.raises(InputError, match=message):
        sharing.check_share(world.db, world.robin, sharing.ShareRequest("coach.kim", ids), NOW)


def test_a_confirmed_share_is_refused_if_the_name_now_leads_to_another_coach(world):
    check = sharing.check_share(world.db, world.robin,
                                sharing.ShareRequest("coach.kim", (world.walk,)), NOW)
    deletion.delete_account(world.db, world.kim)
    make_user(world.db, "coach.kim", "coach")  # someone else takes the freed name

    with pytest.raises(InputError, match="now leads to another coach account"):
        sharing.confirm_share(world.db, world.robin, check, NOW)
    assert sharing.list_grants(world.db, world.robin) == []


# --- coach notes end with sharing ---------------------------------------------------------------

def end_by_revoking(w: World, grant_id: int) -> None:
    sharing.stop_sharing(w.db, w.robin, grant_id)


def end_by_archiving(w: World, _grant_id: int) -> None:
    changes.archive_change(w.db, w.robin, w.walk, stop_sharing=True)


def end_by_deleting_the_change(w: World, _grant_id: int) -> None:
    changes.delete_change(w.db, w.robin, w.walk)


def end_by_deleting_the_person(w: World, _grant_id: int) -> None:
    deletion.delete_account(w.db, w.robin)


def end_by_deleting_the_coach(w: World, _grant_id: int) -> None:
    deletion.delete_account(w.db, w.kim)


ENDINGS = [end_by_revoking, end_by_archiving, end_by_deleting_the_change,
           end_by_deleting_the_person, end_by_deleting_the_coach]


def shared_with_notes(w: World, *change_ids: int) -> int:
    """Robin shares the changes with Kim, who accepts and writes a note; the first grant's id."""
    sharing.share_with_coach(w.db, w.robin, "coach.kim", list(change_ids), now=NOW)
    sharing.accept(w.db, w.kim, w.robin)
    sharing.add_note(w.db, w.kim, w.robin, "Ask about the late meetings.")
    return next(g.id for g in sharing.list_grants(w.db, w.robin) if g.change_id == change_ids[0])


@pytest.mark.parametrize("end", ENDINGS, ids=lambda f: f.__name__.replace("_", " "))
def test_when_the_last_share_ends_the_coachs_notes_are_deleted(world, end):
    code = sharing.create_invite(world.db, world.lee, now=NOW)
    sharing.share_with_coach(world.db, world.sam, code, [world.cook], now=NOW)
    sharing.add_note(world.db, world.lee, world.sam, "Sam's note stays.")
    grant_id = shared_with_notes(world, world.walk)

    end(world, grant_id)
    assert world.notes() == 0
    assert world.notes(world.lee, world.sam) == 1


@pytest.mark.parametrize("end", [end_by_revoking, end_by_archiving, end_by_deleting_the_change],
                         ids=lambda f: f.__name__.replace("_", " "))
def test_notes_stay_while_the_person_still_shares_another_change(world, end):
    grant_id = shared_with_notes(world, world.walk, world.sleep)
    end(world, grant_id)
    assert [n.text for n in sharing.list_notes(world.db, world.kim, world.robin)] == [
        "Ask about the late meetings."]


def test_notes_do_not_come_back_when_the_person_shares_again(world):
    grant_id = shared_with_notes(world, world.walk)
    sharing.stop_sharing(world.db, world.robin, grant_id)
    sharing.share_with_coach(world.db, world.robin, "coach.kim", [world.walk], now=NOW)
    assert coach_sees(world, world.kim, world.robin, world.walk)  # accepted before: seen at once
    assert sharing.list_notes(world.db, world.kim, world.robin) == []


def test_notes_of_a_share_that_ran_out_are_hidden_then_deleted_when_the_person_shares_again(world):
    today = datetime.now(UTC)
    sharing.share_with_coach(world.db, world.robin, "coach.kim", [world.walk],
                             last_day=today.date() + timedelta(days=1), now=today)
    sharing.accept(world.db, world.kim, world.robin)
    sharing.add_note(world.db, world.kim, world.robin, "Ask about the late meetings.")
    later = today + timedelta(days=5)
    assert store.list_notes(world.db, world.kim, world.robin,
                            later.isoformat(timespec="microseconds")) == []

    sharing.share_with_coach(world.db, world.robin, "coach.kim", [world.walk], now=later)
    assert world.notes() == 0


# --- sharing again after a share ended -----------------------------------------------------

def _share_with_a_picked_answer(w: World, ends: str | None, status: str = "accepted") -> int:
    """Robin shares Walk with Kim, written answers in scope, one secret answer picked on its
    own; the grant's id."""
    save_checkin(w.db, w.robin, w.walk, {"importance": 7, "confidence": 5, "readiness": 6},
                 [AnswerIn("checkin.note", "Anything else?", "SECRET picked for the old share")],
                 created_at="2026-05-20T09:00:00.000000+00:00")
    (answer_id,) = w.db.execute("SELECT id FROM answers WHERE text LIKE 'SECRET%'").fetchone()
    (grant_id,) = store.grant(w.db, w.robin, w.kim, [w.walk], "answers", [], ends,
                              "2026-05-21T09:00:00.000000+00:00", coach_status=status)
    assert store.set_grant_scope(w.db, w.robin, grant_id, "answers", [], [answer_id],
                                 "2026-05-21T10:00:00.000000+00:00")
    return grant_id


def _kim_reads(w: World) -> list[str]:
    return [a.text for a in store.shared_answers(w.db, w.kim, w.robin, w.walk, now=NOW_ISO)]


def test_sharing_again_after_a_share_ran_out_starts_afresh_without_the_old_picks(world):
    ended_at = "2026-05-25T00:00:00.000000+00:00"
    old = _share_with_a_picked_answer(world, ended_at)
    assert _kim_reads(world) == []  # it ran out

    (new,) = store.grant(world.db, world.robin, world.kim, [world.walk], "answers", [], None,
                         NOW_ISO)
    assert new != old
    assert _kim_reads(world) == []  # nothing picked for the ended share comes back
    ended = next(g for g in store.list_grants(world.db, world.robin) if g.id == old)
    assert ended.revoked_at == ended_at  # still in the person's history, ended when it ran out


def test_sharing_again_with_an_invite_after_a_coach_declined_starts_afresh(world):
    old = _share_with_a_picked_answer(world, None, status="pending")
    assert sharing.decline(world.db, world.kim, world.robin) == 1

    (new,) = store.grant(world.db, world.robin, world.kim, [world.walk], "answers", [], None,
                         NOW_ISO, coach_status="accepted")
    assert new != old
    assert coach_sees(world, world.kim, world.robin, world.walk)
    assert _kim_reads(world) == []


def test_sharing_again_while_a_share_is_on_keeps_its_picks(world):
    old = _share_with_a_picked_answer(world, None)
    (same,) = store.grant(world.db, world.robin, world.kim, [world.walk], "answers", [], None,
                          NOW_ISO)
    assert same == old
    assert _kim_reads(world) == ["SECRET picked for the old share"]


RAN_OUT = "2026-05-25T00:00:00.000000+00:00"
"""An end date a week before NOW."""


@pytest.mark.parametrize("end", [end_by_revoking, end_by_archiving, end_by_deleting_the_change],
                         ids=lambda f: f.__name__.replace("_", " "))
def test_ending_the_last_open_share_deletes_the_notes_beside_a_share_that_ran_out(world, end):
    """A share that ran out on its end date shares nothing: ending the last one still on deletes
    the coach's notes, as the table in docs/sharing.md says."""
    store.grant(world.db, world.robin, world.kim, [world.sleep], "numbers", [], RAN_OUT,
                "2026-05-20T09:00:00.000000+00:00")
    (walk,) = store.grant(world.db, world.robin, world.kim, [world.walk], "numbers", [], None,
                          "2026-05-21T09:00:00.000000+00:00")
    assert store.add_note(world.db, world.kim, world.robin, "Ask about the late meetings.")
    end(world, walk)
    assert world.notes() == 0


@pytest.mark.parametrize(("walk_ends", "notes_left"), [(RAN_OUT, 0), (None, 1)],
                         ids=["the other share ran out", "the other share is on"])
def test_accepting_a_share_that_waited_brings_no_old_notes(world, walk_ends, notes_left):
    """Accepted while the person's other shares had all ended, a share that waited starts
    without the coach's old notes; beside a share still on, the notes stay."""
    store.grant(world.db, world.robin, world.kim, [world.sleep], "numbers", [], None,
                "2026-05-19T09:00:00.000000+00:00", coach_status="pending")
    store.grant(world.db, world.robin, world.kim, [world.walk], "numbers", [], walk_ends,
                "2026-05-20T09:00:00.000000+00:00")
    assert store.add_note(world.db, world.kim, world.robin, "Ask about the late meetings.",
                          "2026-05-21T09:00:00.000000+00:00")
    assert coach_store.answer_waiting(world.db, world.kim, world.robin, True, NOW_ISO) == 1
    assert world.notes() == notes_left


def test_the_history_still_says_how_each_earlier_share_ended_after_sharing_again(world):
    ran_out = _share_with_a_picked_answer(world, RAN_OUT)
    store.grant(world.db, world.robin, world.kim, [world.walk], "numbers", [], None, NOW_ISO)
    store.grant(world.db, world.robin, world.lee, [world.walk], "numbers", [], None,
                "2026-05-22T09:00:00.000000+00:00", coach_status="pending")
    sharing.decline(world.db, world.lee, world.robin)
    store.grant(world.db, world.robin, world.lee, [world.walk], "numbers", [], None, NOW_ISO,
                coach_status="accepted")
    ended = {g.id: g for g in store.list_grants(world.db, world.robin)
             if sharing.grant_status(g, NOW) not in ("open", "waiting")}
    assert sorted(sharing.grant_status(g, NOW) for g in ended.values()) == ["declined", "expired"]
    assert sharing.describe_grant(ended[ran_out], "UTC", NOW).startswith("Ended on 24 May 2026")


def test_what_is_shared_cannot_be_changed_once_a_share_ran_out(world):
    grant_id = _share_with_a_picked_answer(world, RAN_OUT)
    assert not store.set_grant_scope(world.db, world.robin, grant_id, "numbers", [], [])
    with pytest.raises(InputError, match="already been stopped"):
        sharing.change_what_is_shared(world.db, world.robin, grant_id, "numbers", [], [])


def test_the_question_before_sharing_again_counts_the_answers_picked_before(world):
    _share_with_a_picked_answer(world, None)
    check = sharing.check_share(world.db, world.robin, sharing.ShareRequest(
        "coach.kim", (world.walk,), "answers", (), None, "UTC"), NOW)
    assert "written answers (1 answer picked one by one)" in check.details
    fresh = sharing.check_share(world.db, world.robin, sharing.ShareRequest(
        "coach.kim", (world.sleep,), "answers", (), None, "UTC"), NOW)
    assert "(written answers too, but none are picked yet)" in fresh.details


def test_the_question_before_sharing_again_says_it_replaces_the_share_on(world):
    _share_with_a_picked_answer(world, None)
    again = sharing.check_share(world.db, world.robin, sharing.ShareRequest(
        "coach.kim", (world.walk,), "numbers", (), None, "UTC"), NOW)
    assert again.already == 1
    assert again.details.startswith("You share it with this coach already: this replaces what "
                                    "that share shows. This coach will see numbers and charts")
    both = sharing.check_share(world.db, world.robin, sharing.ShareRequest(
        "coach.kim", (world.walk, world.sleep), "numbers", (), None, "UTC"), NOW)
    assert both.details.startswith("You share 1 of these changes with this coach already")
    fresh = sharing.check_share(world.db, world.robin, sharing.ShareRequest(
        "coach.kim", (world.sleep,), "numbers", (), None, "UTC"), NOW)
    assert fresh.already == 0 and "already" not in fresh.details


# --- archiving ------------------------------------------------------------------------------

@pytest.mark.parametrize("stop_sharing", [True, False])
def test_archiving_a_shared_change_ends_its_sharing_only_when_asked(world, stop_sharing):
    shared_with_notes(world, world.walk, world.sleep)
    sharing.create_link(world.db, world.robin, world.walk, None, now=NOW)
    sharing.create_link(world.db, world.robin, world.sleep, None, now=NOW)

    changes.archive_change(world.db, world.robin, world.walk, stop_sharing=stop_sharing)

    assert changes.get_change(world.db, world.robin, world.walk).archived
    by_change = sharing.load_sharing_by_change(world.db, world.robin, NOW)
    assert coach_sees(world, world.kim, world.robin, world.walk) is not stop_sharing
    assert (world.walk in by_change) is not stop_sharing
    assert by_change[world.sleep].describe() == "Shared with \u2068coach.kim\u2069 · 1 read-only link"


def test_archiving_someone_elses_change_is_refused_and_stops_nothing(world):
    shared_with_notes(world, world.walk)
    with pytest.raises(InputError, match="no longer exists"):
        changes.archive_change(world.db, world.sam, world.walk, stop_sharing=True)
    assert coach_sees(world, world.kim, world.robin, world.walk)
    assert not changes.get_change(world.db, world.robin, world.walk).archived


def test_grants_and_links_of_archived_changes_are_still_listed_for_the_person(world):
    shared_with_notes(world, world.walk)
    sharing.create_link(world.db, world.robin, world.walk, None, now=NOW)
    changes.archive_change(world.db, world.robin, world.walk, stop_sharing=False)
    (grant,), (link,) = sharing.list_grants(world.db, world.robin), sharing.list_links(
        world.db, world.robin)
    assert sharing.grant_heading(grant) == ("\u2068coach.kim\u2069 sees "
                                            "“\u2068Walk most days\u2069” (archived)")
    assert sharing.link_heading(link) == "Link to “\u2068Walk most days\u2069” (archived)"


# --- the core's change rules -----------------------------------------------------------------

@pytest.mark.parametrize(("title", "why_now", "message"), [
    ("", "", "The change is empty"),
    ("   ", "", "The change is empty"),
    ("x" * 1_000, "", "characters"),
    ("Walk", "y" * 1_000_000, "characters"),
])
def test_a_change_with_bad_text_is_refused_with_a_message_and_nothing_is_saved(world, title,
                                                                               why_now, message):
    before = changes.list_changes(world.db, world.robin, include_archived=True)
    with pytest.raises(InputError, match=message):
        changes.add_change(world.db, world.robin, title, why_now)
    with pytest.raises(InputError, match=message):
        changes.rename_change(world.db, world.robin, world.walk, title, why_now)
    assert changes.list_changes(world.db, world.robin, include_archived=True) == before


def test_renaming_or_restoring_someone_elses_change_is_refused(world):
    with pytest.raises(InputError, match="no longer exists"):
        changes.rename_change(world.db, world.sam, world.walk, "Mine now", "")
    with pytest.raises(InputError, match="no longer exists"):
        changes.restore_change(world.db, world.sam, world.walk)
    assert changes.get_change(world.db, world.robin, world.walk).title == "Walk most days"


# --- upgrading and exporting -----------------------------------------------------------------

def test_upgrading_accepts_existing_shares_and_deletes_notes_whose_sharing_ended(tmp_path):
    path = tmp_path / "old.db"
    with closing(Database(path)) as old:
        MIGRATIONS.apply(old, stop_before="m008_sharing_consent")
        ids = {name: make_user(old, name, role) for name, role in
               (("robin", "person"), ("sam", "person"), ("kim", "coach"))}
        for name in ("robin", "sam"):  # the store's own insert: the core's rules need today's schema
            change_id = change_store.add_change(old, ids[name], "A change", "")
            old.execute("INSERT INTO grants (client_id, coach_id, change_id, scope, created_at,"
                        " revoked_at) VALUES (?, ?, ?, 'numbers', ?, ?)",
                        [ids[name], ids["kim"], change_id, NOW_ISO,
                         NOW_ISO if name == "sam" else None])
            old.execute("INSERT INTO coach_notes (coach_id, client_id, text, created_at)"
                        " VALUES (?, ?, 'A note', ?)", [ids["kim"], ids[name], NOW_ISO])
        old.conn.commit()

    with closing(open_db(path)) as db:
        statuses = db.execute("SELECT client_id, coach_status, coach_hidden FROM grants"
                              " ORDER BY client_id").fetchall()
        notes = db.execute("SELECT client_id FROM coach_notes").fetchall()
    assert statuses == [(ids["robin"], "accepted", 0), (ids["sam"], "accepted", 0)]
    assert notes == [(ids["robin"],)]


def test_the_persons_export_holds_nothing_of_sharing_or_of_the_coachs_answers(world):
    sharing.share_with_coach(world.db, world.robin, "coach.kim", [world.walk], now=NOW)
    sharing.decline(world.db, world.kim, world.robin)
    document = json.loads(export.export_json(world.db, world.robin, NOW))
    text = json.dumps(document)
    assert "coach.kim" not in text and "declined" not in text and "coach_status" not in text


def test_a_coachs_notes_come_a_page_at_a_time_newest_first(world):
    shared_with_notes(world, world.walk)
    for n in range(sharing.NOTES_PER_PAGE + 4):
        store.add_note(world.db, world.kim, world.robin, f"Note {n:02}",
                       f"2099-01-01T00:{n:02}:00.000000+00:00")  # after the first
    total = sharing.NOTES_PER_PAGE + 5
    assert sharing.count_notes(world.db, world.kim, world.robin) == total
    assert sharing.count_notes(world.db, world.lee, world.robin) == 0
    pages = [[n.text for n in sharing.list_notes(world.db, world.kim, world.robin, page)]
             for page in (1, 2, 3)]
    assert pages[0] == [f"Note {n:02}" for n in range(total - 2, 3, -1)]
    assert pages[1] == ["Note 03", "Note 02", "Note 01", "Note 00", "Ask about the late meetings."]
    assert pages[2] == []


def test_only_a_person_who_still_shared_with_a_coach_who_left_is_told_so(world):
    """Anyone else who types the name gets the message for any unknown name: whether a coach
    of that name ever existed is not theirs to know."""
    shared_with_notes(world, world.walk)
    sharing.share_with_coach(world.db, world.sam, "coach.kim", [world.cook], now=NOW)
    sharing.stop_sharing(world.db, world.sam, sharing.list_grants(world.db, world.sam)[0].id)
    deletion.delete_account(world.db, world.kim)
    with pytest.raises(InputError, match="That coach has deleted their account"):
        sharing.find_coach(world.db, world.robin, "COACH.KIM")
    for stranger in (world.sam, world.lee):  # a share that had ended; never shared
        with pytest.raises(InputError, match="No coach account matches"):
            sharing.find_coach(world.db, stranger, "coach.kim")


def test_the_answers_to_pick_name_the_kind_that_shares_each_already_as_the_coach_reads_it(world):
    save_checkin(world.db, world.robin, world.walk,
                 {"importance": 7, "confidence": 5, "readiness": 6},
                 [AnswerIn("checkin.note", "Anything else?", "A note to myself."),
                  AnswerIn("checkin.importance.why_not_lower", "Why a 7?", "My knees."),
                  AnswerIn("checkin.confidence.zero", "What would help?", "A friend.")],
                 created_at="2026-05-20T09:00:00.000000+00:00")
    (grant_id,) = store.grant(world.db, world.robin, world.kim, [world.walk], "answers",
                              [("notes", "checkin.note"), ("what_would_help", "checkin.*.zero")],
                              None, "2026-05-21T09:00:00.000000+00:00", coach_status="accepted")
    (grant,) = [g for g in sharing.list_grants(world.db, world.robin) if g.id == grant_id]
    choices = sharing.answer_choices(world.db, world.robin, grant, "UTC")
    kinds = {c.text: c.kind for c in choices}
    assert kinds == {"A note to myself.": "Notes to myself", "My knees.": "",
                     "A friend.": "What would help a number rise"}
    assert {c.when for c in choices} == {"20 May 2026, 09:00"}  # the time tells two of a day apart
    assert not any(c.picked for c in choices)
    assert sorted(_kim_reads(world)) == sorted(a for a, k in kinds.items() if k)
    # The kinds picked on the page, not yet saved, say what they would share.
    unsaved = sharing.answer_choices(world.db, world.robin, grant, "UTC", ["reasons"])
    assert {c.text: c.kind for c in unsaved} == {
        "A note to myself.": "", "My knees.": "Why a number and not lower (my reasons)",
        "A friend.": ""}
    sharing.change_what_is_shared(world.db, world.robin, grant_id, "numbers", [], [])
    (grant,) = [g for g in sharing.list_grants(world.db, world.robin) if g.id == grant_id]
    assert not any(c.kind for c in sharing.answer_choices(world.db, world.robin, grant, "UTC"))
