"""Sharing controls through AppTest: the person's Sharing page keeps every share and link of
archived changes with its controls; archiving a shared change asks whether to keep sharing;
sharing names the coach and waits for a yes; the coach answers waiting shares (one by one or
all at once) without them reaching the client list, hides and shows shares; and a coach's
notes do not survive the person stopping and sharing again."""

from __future__ import annotations

from contextlib import closing
from datetime import UTC, datetime, timedelta

import pytest

from change_journal import changes, coach_dashboard, sharing
from change_journal.store import changes as change_store
from change_journal.store import open_db, transaction, users
from change_journal.store.checkins import save_checkin
from tests.app.conftest import click, seed_account, sign_in

WALK, SLEEP = "Walk most days", "Sleep earlier"


@pytest.fixture
def people(app_db) -> dict[str, int]:
    """Robin (Walk, with a check-in, and Sleep), Sam (Cook), coaches Kim and Lee; ids by name."""
    ids = {name: seed_account(app_db, name, role=role).id for name, role in
           (("robin", "person"), ("sam", "person"), ("coach.kim", "coach"),
            ("coach.lee", "coach"))}
    started = (datetime.now(UTC) - timedelta(days=10)).isoformat()  # before the check-in
    with closing(open_db(app_db)) as db:
        ids["walk"] = change_store.add_change(db, ids["robin"], WALK, created_at=started)
        ids["sleep"] = change_store.add_change(db, ids["robin"], SLEEP, created_at=started)
        ids["cook"] = change_store.add_change(db, ids["sam"], "Cook at home", created_at=started)
        save_checkin(db, ids["robin"], ids["walk"],
                     {"importance": 7, "confidence": 5, "readiness": 6}, [],
                     created_at=(datetime.now(UTC) - timedelta(days=2)).isoformat())
    return ids


def in_db(app_db):
    return closing(open_db(app_db))


def shared_with_kim(app_db, people, *change_ids: int, accepted: bool = True) -> None:
    with in_db(app_db) as db:
        sharing.share_with_coach(db, people["robin"], "coach.kim", list(change_ids))
        if accepted:
            sharing.accept(db, people["coach.kim"], people["robin"])


def kim_sees(app_db, people, change_id: int) -> bool:
    with in_db(app_db) as db:
        return sharing.open_for_coach(db, people["coach.kim"], people["robin"],
                                      change_id) is not None


def texts(at) -> list[str]:
    return [t.value for t in at.text]


def labels(at) -> list[str]:
    return [b.label for b in at.button]


def expanders(at) -> list[str]:
    return [e.label for e in at.expander]


def open_page(at, page: str, **params):
    at.query_params.clear()
    at.query_params.update({k: str(v) for k, v in params.items()})
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


# --- the person ---------------------------------------------------------------------------------

def test_the_sharing_page_keeps_every_share_and_link_of_archived_changes_with_controls(
        new_app, app_db, people):
    shared_with_kim(app_db, people, people["walk"])
    with in_db(app_db) as db:
        token = sharing.create_link(db, people["robin"], people["walk"], None)
        for change_id in (people["walk"], people["sleep"]):
            changes.archive_change(db, people["robin"], change_id, stop_sharing=False)

    person = open_page(sign_in(new_app(), "robin"), "pages/sharing.py")
    assert "\u2068coach.kim\u2069 sees “\u2068Walk most days\u2069” (archived)" in texts(person)
    assert "Link to “\u2068Walk most days\u2069” (archived)" in texts(person)
    assert "Share" not in labels(person)  # nothing new to share: every change is archived

    click(person, "Stop sharing")
    click(person, "Yes, stop sharing")
    assert not kim_sees(app_db, people, people["walk"])
    assert [s.value for s in person.success] == [
        "Stopped. That coach sees nothing of it any more; it is listed under “Ended sharing”."]
    click(person, "Turn off")
    with in_db(app_db) as db:
        assert sharing.open_link(db, token) is None
    assert [s.value for s in person.success] == [
        "Turned off. Whoever has the link sees nothing any more."]  # said once each
    assert "You are not sharing anything with a coach right now." in [
        c.value for c in person.caption]


@pytest.mark.parametrize(("choice", "archived", "still_shared"), [
    ("Archive and stop sharing", True, False),
    ("Archive, keep sharing", True, True),
    ("Cancel", False, True),
])
def test_archiving_a_shared_change_asks_whether_to_keep_sharing_it(new_app, app_db, people,
                                                                   choice, archived, still_shared):
    shared_with_kim(app_db, people, people["walk"])
    with in_db(app_db) as db:
        sharing.create_link(db, people["robin"], people["walk"], None)
    person = open_page(sign_in(new_app(), "robin"), "pages/changes.py")
    assert "Shared with \u2068coach.kim\u2069 · 1 read-only link" in texts(person)

    person.button(key=f"archive_{people['walk']}").click().run()
    assert not person.exception
    assert {"Archive and stop sharing", "Archive, keep sharing"} <= set(labels(person))
    with in_db(app_db) as db:
        assert not changes.get_change(db, people["robin"], people["walk"]).archived  # not yet
    click(person, choice)

    with in_db(app_db) as db:
        assert changes.get_change(db, people["robin"], people["walk"]).archived is archived
        links = sharing.open_and_ended(sharing.list_links(db, people["robin"]))[0]
    assert kim_sees(app_db, people, people["walk"]) is still_shared
    assert bool(links) is still_shared
    assert "Archive and stop sharing" not in labels(person)


def test_archiving_a_change_shared_with_no_one_asks_nothing(new_app, app_db, people):
    person = open_page(sign_in(new_app(), "robin"), "pages/changes.py")
    person.button(key=f"archive_{people['sleep']}").click().run()
    assert not person.exception
    assert "Archive and stop sharing" not in labels(person)
    with in_db(app_db) as db:
        assert changes.get_change(db, people["robin"], people["sleep"]).archived


def grants(app_db, people) -> list:
    with in_db(app_db) as db:
        return sharing.list_grants(db, people["robin"])


def test_sharing_names_the_coach_and_saves_nothing_until_the_person_says_yes(new_app, app_db,
                                                                           people):
    person = open_page(sign_in(new_app(), "robin"), "pages/sharing.py")
    person.text_input(key="share_coach").input("coach.lee")  # meant Kim: a slip of the finger
    click(person, "Share")
    assert "Share “\u2068Walk most days\u2069” with \u2068coach.lee\u2069?" in texts(person)
    assert grants(app_db, people) == []
    click(person, "Cancel")
    assert grants(app_db, people) == [] and "Yes, share" not in labels(person)

    click(person, "Share")
    person.text_input(key="share_coach").input("coach.kim").run()  # changing the form asks again
    assert "Yes, share" not in labels(person)
    click(person, "Share")
    assert "Share “\u2068Walk most days\u2069” with \u2068coach.kim\u2069?" in texts(person)
    click(person, "Yes, share")
    assert [(g.coach_name, g.coach_status) for g in grants(app_db, people)] == [
        ("coach.kim", "pending")]
    assert "Waiting for \u2068coach.kim\u2069 to accept “\u2068Walk most days\u2069”" in texts(person)
    assert any("once they accept" in s.value for s in person.success)


# --- the coach ----------------------------------------------------------------------------------

def add_strangers(app_db, coach: str, count: int) -> None:
    with in_db(app_db) as db, transaction(db):
        for n in range(count):
            person = users.create_user(db, f"stranger{n:03}", f"stranger{n:03}", "not a hash")
            change_id = changes.add_change(db, person, "Buy my course")
            sharing.share_with_coach(db, person, coach, [change_id],
                                     now=datetime.now(UTC) - timedelta(hours=1, seconds=n))


def test_waiting_shares_stay_off_the_client_list_until_the_coach_answers_them(new_app, app_db,
                                                                             people):
    add_strangers(app_db, "coach.kim", 25)
    shared_with_kim(app_db, people, people["walk"], accepted=False)
    coach = sign_in(new_app(), "coach.kim")
    assert "Waiting for your answer (26)" in expanders(coach)
    waiting = [t for t in texts(coach) if " · shared " in t]
    assert len(waiting) == coach_dashboard.WAITING_SHOWN
    assert waiting[0].startswith("\u2068robin\u2069 · 1 change · shared ")
    assert any("And 16 more" in c.value for c in coach.caption)
    assert WALK not in texts(coach)
    assert "Accept the people you coach above" in coach.info[0].value

    coach.button(key=f"accept_{people['robin']}").click().run()
    assert not coach.exception
    assert WALK in texts(coach)
    assert "Waiting for your answer (25)" in expanders(coach)

    click(coach, "Yes, decline all 25")
    assert not any(label.startswith("Waiting for your answer") for label in expanders(coach))
    assert WALK in texts(coach)
    with in_db(app_db) as db:
        stranger = users.find_user(db, "stranger000").id
        (declined,) = sharing.list_grants(db, stranger)
    assert sharing.grant_status(declined) == "declined"


def test_a_declined_person_sees_so_on_their_sharing_page(new_app, app_db, people):
    shared_with_kim(app_db, people, people["walk"], accepted=False)
    coach = sign_in(new_app(), "coach.kim")
    coach.button(key=f"decline_{people['robin']}").click().run()
    assert not coach.exception and WALK not in texts(coach)

    person = open_page(sign_in(new_app(), "robin"), "pages/sharing.py")
    assert "\u2068coach.kim\u2069 declined “\u2068Walk most days\u2069”" in texts(person)
    assert "Stop sharing" not in labels(person)
    assert not kim_sees(app_db, people, people["walk"])


def test_a_coach_hides_a_share_from_their_list_and_shows_it_again(new_app, app_db, people):
    shared_with_kim(app_db, people, people["walk"])
    (grant,) = grants(app_db, people)
    coach = sign_in(new_app(), "coach.kim")
    assert WALK in texts(coach)

    coach.button(key=f"hide_{grant.id}").click().run()
    assert not coach.exception
    assert "\u2068robin\u2069: \u2068Walk most days\u2069" in texts(coach)  # only in the hidden list
    assert expanders(coach)[-1] == "Hidden from your list (1)"
    assert kim_sees(app_db, people, people["walk"])

    click(coach, "Show again")
    assert WALK in texts(coach) and "robin: Walk most days" not in texts(coach)


def test_a_coachs_notes_are_gone_after_the_person_stops_and_shares_again(new_app, app_db, people):
    shared_with_kim(app_db, people, people["walk"])
    coach = open_page(sign_in(new_app(), "coach.kim"), "pages/coach_client.py",
                      client=people["robin"], change=people["walk"])
    coach.text_area[0].input("Ask about the late meetings")
    click(coach, "Save note")
    assert "Ask about the late meetings" in texts(coach)

    person = open_page(sign_in(new_app(), "robin"), "pages/sharing.py")
    click(person, "Stop sharing")
    # It asks first, and says the notes go with the last share: "Keep sharing" keeps them.
    assert ("Stop sharing “\u2068Walk most days\u2069” with \u2068coach.kim\u2069? They will no "
            "longer see it. It is the last thing you share with them, so any notes they keep "
            "about you are deleted too.") in texts(person)
    click(person, "Keep sharing")
    assert "Yes, stop sharing" not in labels(person)
    coach.run()
    assert "Ask about the late meetings" in texts(coach)
    click(person, "Stop sharing")
    click(person, "Yes, stop sharing")
    person.text_input(key="share_coach").input("coach.kim")
    click(person, "Share")
    click(person, "Yes, share")
    # Accepted before: seen at once.
    assert "\u2068coach.kim\u2069 sees “\u2068Walk most days\u2069”" in texts(person)

    coach.run()
    assert not coach.exception
    assert "Ask about the late meetings" not in texts(coach)
    assert "No notes yet." in [c.value for c in coach.caption]


def test_a_note_half_typed_when_the_share_ends_is_shown_to_copy_not_lost(new_app, app_db, people):
    """A walk-through typed a note on a phone while the person stopped sharing: the page said
    "Nothing is shared with you here" and the words were gone."""
    shared_with_kim(app_db, people, people["walk"])
    coach = open_page(sign_in(new_app(), "coach.kim"), "pages/coach_client.py",
                      client=people["robin"], change=people["walk"])
    person = open_page(sign_in(new_app(), "robin"), "pages/sharing.py")
    click(person, "Stop sharing")
    click(person, "Yes, stop sharing")

    coach.text_area[0].input("Ask about the <b>late</b> meetings")
    coach.run()
    assert not coach.exception
    assert "Nothing is shared with you here" in coach.info[0].value
    assert "was not saved" in coach.warning[0].value
    assert "Ask about the <b>late</b> meetings" in texts(coach)  # as typed, not as HTML
    with in_db(app_db) as db:
        assert db.execute("SELECT count(*) FROM coach_notes").fetchone()[0] == 0
    coach.run()  # shown once, then forgotten
    assert not coach.warning and "Ask about the <b>late</b> meetings" not in texts(coach)


@pytest.mark.parametrize("stopped", [True, False], ids=["share ended", "still shared"])
def test_a_note_edit_submitted_as_the_share_ends_is_shown_to_copy_not_lost(new_app, app_db, people,
                                                                           stopped):
    """A walk-through edited a note while the person stopped sharing: "Save changes" showed
    "Nothing is shared with you here" and the edited words were gone, where a new note's words
    were handed back. Still shared, the edit is saved and nothing is shown twice."""
    shared_with_kim(app_db, people, people["walk"])
    with in_db(app_db) as db:
        sharing.add_note(db, people["coach.kim"], people["robin"], "First call went well.")
    coach = open_page(sign_in(new_app(), "coach.kim"), "pages/coach_client.py",
                      client=people["robin"], change=people["walk"])
    if stopped:
        person = open_page(sign_in(new_app(), "robin"), "pages/sharing.py")
        click(person, "Stop sharing")
        click(person, "Yes, stop sharing")

    edit = next(box for box in coach.text_area if box.label == "Your note")
    edit.input("First call went well. Ask about the <b>late</b> meetings.")
    click(coach, "Save changes")
    if stopped:
        assert "Nothing is shared with you here" in coach.info[0].value
        assert "were not saved" in coach.warning[0].value
        assert "First call went well. Ask about the <b>late</b> meetings." in texts(coach)
        coach.run()  # shown once, then forgotten
        assert not coach.warning
    else:
        assert not coach.warning
        with in_db(app_db) as db:
            (saved,) = sharing.list_notes(db, people["coach.kim"], people["robin"])
        assert saved.text == "First call went well. Ask about the <b>late</b> meetings."
        coach.run()
        assert not coach.warning


@pytest.mark.parametrize("one_withdraws", [False, True], ids=["one more", "the same count"])
def test_decline_all_declines_only_the_shares_the_coach_was_shown(new_app, app_db, people,
                                                                  one_withdraws):
    """Someone who shares while the coach's page is open keeps waiting, even when someone else
    withdrew meanwhile and the count on the button still reads right."""
    shared_with_kim(app_db, people, people["walk"], accepted=False)
    if one_withdraws:
        with in_db(app_db) as db:
            sharing.share_with_coach(db, people["sam"], "coach.kim", [people["cook"]])
    coach = sign_in(new_app(), "coach.kim")
    shown = 2 if one_withdraws else 1
    assert f"Yes, decline all {shown}" in labels(coach)

    late = seed_account(app_db, "late").id
    with in_db(app_db) as db:
        sharing.share_with_coach(db, late, "coach.kim", [changes.add_change(db, late, "Run")])
        if one_withdraws:
            (grant,) = sharing.list_grants(db, people["sam"])
            sharing.stop_sharing(db, people["sam"], grant.id)
    coach.button(key="decline_all").click().run()
    assert not coach.exception
    with in_db(app_db) as db:
        waiting = coach_dashboard.overview(db, people["coach.kim"], "UTC").waiting
    assert [p.client_name for p in waiting.clients] == ["late"]


def test_the_share_form_says_the_last_day_in_words_and_what_no_kind_picked_shares(
        new_app, people):
    """01/02/2027 reads as January or February; "written answers I pick" with none picked
    shares numbers and charts only (a first-time user's walk-through)."""
    person = open_page(sign_in(new_app(), "robin"), "pages/sharing.py")
    person.radio(key="share_scope").set_value("answers").run()
    assert ("No kind picked yet: your coach sees the numbers and charts, and of your written "
            "answers only those you pick one by one.") in [c.value for c in person.caption]
    person.toggle(key="share_ends").set_value(True).run()
    person.date_input(key="share_last_day").set_value(datetime(2027, 2, 1).date()).run()
    assert "The last day is 1 February 2027." in [c.value for c in person.caption]
