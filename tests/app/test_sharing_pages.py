"""Sharing through AppTest: a person shares with a coach, the coach sees the chart, revoking
hides it on the coach's next rerun, links stop working when turned off, and neither query
parameters nor session state can widen what a coach sees."""

from __future__ import annotations

from contextlib import closing
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlparse

import pytest

from change_journal import accounts, sharing
from change_journal.store import changes, open_db, users
from change_journal.store import sharing as store_sharing
from change_journal.store.checkins import AnswerIn, save_checkin
from tests.app.conftest import PASSWORD, click, sign_in

WORDS = "I walked to work **twice** <b>this</b> week"


@pytest.fixture
def people(app_db) -> dict[str, int]:
    """Robin with two changes (three check-ins on the first, with written answers), Sam with
    one change, and a coach account; returns their ids and change ids."""
    db = open_db(app_db)
    robin = accounts.sign_up(db, "robin", PASSWORD).id
    sam = accounts.sign_up(db, "sam", PASSWORD).id
    coach = accounts.sign_up(db, "coach.kim", PASSWORD, "coach").id
    now = datetime.now(UTC)
    started = (now - timedelta(days=30)).isoformat()  # before the check-ins below
    walk = changes.add_change(db, robin, "Walk most days", created_at=started)
    sleep = changes.add_change(db, robin, "Sleep earlier", created_at=started)
    sams = changes.add_change(db, sam, "Cook at home", created_at=started)
    for days_ago, ratings in ((20, (6, 4, 5)), (10, (7, 5, 5)), (2, (8, 3, 6))):
        for owner, change_id in ((robin, walk), (sam, sams)):
            save_checkin(db, owner, change_id,
                         dict(zip(("importance", "confidence", "readiness"), ratings, strict=True)),
                         [AnswerIn("checkin.how_going", "How have things been going?", WORDS),
                          AnswerIn("checkin.note", "Anything else?", "A private note")],
                         created_at=(now - timedelta(days=days_ago)).isoformat())
    db.close()
    return {"robin": robin, "sam": sam, "coach": coach, "walk": walk, "sleep": sleep,
            "sams": sams}


def open_page(at, page: str, **params):
    at.query_params.clear()
    at.query_params.update({k: str(v) for k, v in params.items()})
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def share(at, coach: str = "coach.kim", kinds: list[str] | None = None, ends: bool = False):
    """Share the current change with ``coach``, confirming when asked (if asked): numbers only,
    or with ``kinds`` of written answers (``[]``: answers picked one by one); ``ends``: with an
    end date."""
    open_page(at, "pages/sharing.py")
    at.text_input(key="share_coach").input(coach)
    if kinds is not None:
        at.radio(key="share_scope").set_value("answers").run()
        if kinds:
            at.button_group(key="share_kinds").set_value(kinds).run()
    if ends:
        at.toggle(key="share_ends").set_value(True).run()
    click(at, "Share")
    if any(b.label == "Yes, share" for b in at.button):
        click(at, "Yes, share")
    return at


def coach_accepting(new_app, name: str = "coach.kim"):
    """The coach signed in, having accepted everything waiting for them."""
    coach = sign_in(new_app(), name)
    while any(b.label == "Accept" for b in coach.button):
        click(coach, "Accept")
    return coach


def charts_shown(at) -> int:
    return len(at.get("vega_lite_chart"))


def texts(at) -> list[str]:
    return [t.value for t in at.text]


def sidebar_links(at) -> list[str]:
    return [link.proto.label for link in at.sidebar.get("page_link")]


def page_content(at) -> list[tuple[str, str]]:
    """Everything a page shows, as (element type, value) pairs, sidebar excluded."""
    return [(e.type, str(getattr(e, "value", ""))) for e in at.main]


def test_a_shared_change_shows_its_chart_to_the_coach_until_revoked(new_app, people):
    person = sign_in(new_app(), "robin")
    share(person)
    assert any("Shared." in s.value for s in person.success)
    assert "Waiting for \u2068coach.kim\u2069 to accept “\u2068Walk most days\u2069”" in texts(person)

    coach = coach_accepting(new_app)
    assert [t.value for t in coach.title] == ["Your clients"]
    assert "Walk most days" in texts(coach)
    person.run()
    assert "\u2068coach.kim\u2069 sees “\u2068Walk most days\u2069”" in texts(person)
    open_page(coach, "pages/coach_client.py", client=people["robin"], change=people["walk"])
    assert charts_shown(coach) == 1
    assert [h.value for h in coach.title] == ["robin"]
    assert WORDS not in texts(coach)  # numbers and charts only

    click(person, "Stop sharing")
    click(person, "Yes, stop sharing")
    coach.run()
    assert not coach.exception
    assert charts_shown(coach) == 0
    assert "Nothing is shared with you here" in coach.info[0].value
    coach.switch_page("pages/coach.py").run()
    assert "Walk most days" not in texts(coach)
    assert "Nothing is shared with you at the moment" in coach.info[0].value


def test_a_coach_who_hid_every_share_is_told_so_not_that_nothing_is_shared(new_app, app_db,
                                                                            people):
    """Walked through as a new user: after "Hide from this list" on the only client, the page
    said "No one shares their progress with you yet" above "Hidden from your list (1)"."""
    share(sign_in(new_app(), "robin"))
    coach = coach_accepting(new_app)
    with closing(open_db(app_db)) as db:
        (grant,) = store_sharing.list_grants(db, people["robin"])
        assert sharing.hide(db, people["coach"], grant.id)
    coach.run()
    assert "Everything shared with you is hidden from your list" in coach.info[0].value
    assert "Nothing is shared" not in " ".join(i.value for i in coach.info)


def test_shared_answers_of_the_chosen_kind_reach_the_coach_as_plain_text(new_app, people):
    share(sign_in(new_app(), "robin"), kinds=["how_going"])

    coach = coach_accepting(new_app)
    open_page(coach, "pages/coach_client.py", client=people["robin"], change=people["walk"])
    assert texts(coach).count(WORDS) == 3
    assert "A private note" not in texts(coach)
    assert all(WORDS not in m.value for m in coach.markdown)
    assert "Shared: numbers, charts and written answers (how things are going)." in [
        c.value for c in coach.caption]


def test_after_sharing_the_form_starts_again_for_the_next_share(new_app, people):
    person = share(sign_in(new_app(), "robin"), kinds=["how_going"], ends=True)
    assert person.text_input(key="share_coach").value == ""
    assert person.radio(key="share_scope").value == next(iter(sharing.SCOPES))
    assert not person.toggle(key="share_ends").value
    assert not [b for b in person.button_group if b.key == "share_kinds"]  # numbers only again
    assert person.success and not person.exception
    person.text_input(key="share_coach").input("coach.kim")
    click(person, "Share")
    assert any(c.value.startswith("You share it with this coach already: this replaces")
               for c in person.caption)
    click(person, "Yes, share")
    assert "Shared. What your coach sees of it is now what you just chose; it is listed below." in [
        s.value for s in person.success]


def test_single_answers_are_picked_under_their_words_and_a_kind_picked_says_it_shares(
        new_app, app_db, people):
    person = share(sign_in(new_app(), "robin"), kinds=[])
    with closing(open_db(app_db)) as db:
        (grant,) = sharing.list_grants(db, people["robin"])
    boxes = [c for c in person.checkbox if c.key.startswith(f"pick_{grant.id}_")]
    assert len(boxes) == 6 and not any(c.value for c in boxes)  # three check-ins, two answers
    assert texts(person).count(WORDS) == 3 and texts(person).count("A private note") == 3
    note = next(c for c in boxes if "Anything else?" in c.label)
    note.check().run()
    person.button_group(key=f"kinds_{grant.id}").set_value(["how_going"]).run()  # not saved yet
    shared_by_kind = [c for c in person.checkbox if c.key.endswith("_by_kind")]
    assert len(shared_by_kind) == 3 and all(c.value and c.disabled for c in shared_by_kind)
    assert "Shared as “How things are going”, a kind picked above." in [
        c.value for c in person.caption]
    click(person, "Save what is shared")
    assert ("Saved: this coach now sees numbers, charts and written answers (how things are "
            "going; 1 answer picked one by one).") in [s.value for s in person.success]
    coach = coach_accepting(new_app)
    open_page(coach, "pages/coach_client.py", client=people["robin"], change=people["walk"])
    assert texts(coach).count(WORDS) == 3 and texts(coach).count("A private note") == 1
    assert ("Shared: numbers, charts and written answers (how things are going; 1 answer picked "
            "one by one)." in [c.value for c in coach.caption])


def test_the_persons_preview_shows_what_the_coach_sees(new_app, people):
    person = sign_in(new_app(), "robin")
    share(person)
    toggle = next(t for t in person.toggle if t.label == "Show what this coach sees")
    toggle.set_value(True).run()
    assert not person.exception
    assert "Below, what this coach will see once they accept:" in [
        c.value for c in person.caption]  # a preview, said so, before the coach has accepted
    assert charts_shown(person) == 1
    assert [h.value for h in person.subheader] == ["robin"]
    assert WORDS not in texts(person)
    assert "Shared: numbers and charts." in [c.value for c in person.caption]


@pytest.mark.parametrize("tamper", ["another person's change", "the person's unshared change",
                                    "not a number", "session state"])
def test_query_parameters_and_session_state_cannot_widen_a_coachs_view(new_app, people, tamper):
    share(sign_in(new_app(), "robin"))
    coach = coach_accepting(new_app)
    if tamper == "session state":
        coach.session_state["coach_client"] = (people["sam"], people["sams"])
        open_page(coach, "pages/coach_client.py")
    else:
        client, change = {
            "another person's change": (people["sam"], people["sams"]),
            "the person's unshared change": (people["robin"], people["sleep"]),
            "not a number": ("robin", "1 OR 1=1"),
        }[tamper]
        open_page(coach, "pages/coach_client.py", client=client, change=change)
    assert charts_shown(coach) == 0
    assert "Nothing is shared with you here" in coach.info[0].value
    assert not any("Cook at home" in v or "Sleep earlier" in v for v in texts(coach))


def test_a_coachs_private_notes_are_dated_and_checked(new_app, people):
    share(sign_in(new_app(), "robin"))
    coach = coach_accepting(new_app)
    open_page(coach, "pages/coach_client.py", client=people["robin"], change=people["walk"])
    click(coach, "Save note")
    assert "The note is empty" in coach.error[0].value
    coach.text_area[0].input("Ask about the *walking* route")
    click(coach, "Save note")
    assert "Ask about the *walking* route" in texts(coach)
    assert coach.text_area[0].value == ""


def test_a_coach_edits_a_note_then_deletes_it_after_confirming(new_app, app_db, people):
    share(sign_in(new_app(), "robin"))
    coach = coach_accepting(new_app)
    open_page(coach, "pages/coach_client.py", client=people["robin"], change=people["walk"])
    coach.text_area[0].input("Ask about the walking route")
    click(coach, "Save note")
    (written,) = [c.value for c in coach.caption if c.value[:1].isdigit() or "edited" in c.value]
    edit = next(t for t in coach.text_area if t.label == "Your note")
    assert edit.value == "Ask about the walking route"
    edit.input("   ")
    click(coach, "Save changes")
    assert "The note is empty" in coach.error[0].value
    assert "Ask about the walking route" in texts(coach)
    [t for t in coach.text_area if t.label == "Your note"][0].input("Ask about the *river* route")
    click(coach, "Save changes")
    assert "Ask about the *river* route" in texts(coach)
    assert "Ask about the walking route" not in texts(coach)
    assert any(c.value.startswith(written) and " · edited " in c.value for c in coach.caption)

    click(coach, "Delete…")
    click(coach, "Keep it")
    assert "Ask about the *river* route" in texts(coach)
    with closing(open_db(app_db)) as db:  # gone meanwhile (another window): nothing is said
        kept = db.execute("SELECT * FROM coach_notes").fetchall()
        db.execute("DELETE FROM coach_notes")
        click(coach, "Delete…")
        click(coach, "Delete for good")
        assert not coach.success
        db.conn.executemany("INSERT INTO coach_notes (id, coach_id, client_id, text, created_at,"
                            " edited_at) VALUES (?, ?, ?, ?, ?, ?)", kept)
        db.conn.commit()
    coach.run()
    click(coach, "Delete…")
    click(coach, "Delete for good")
    assert coach.success[0].value == "The note was deleted."
    assert "Ask about the *river* route" not in texts(coach)
    assert "No notes yet." in [c.value for c in coach.caption]
    with closing(open_db(app_db)) as db:
        assert db.execute("SELECT COUNT(*) FROM coach_notes").fetchone()[0] == 0


def test_a_coachs_many_notes_are_shown_a_page_at_a_time(new_app, app_db, people):
    """Notes have no count limit: a page holds the newest few, with a box for the others
    (adversarial round 13: 2,000 notes drew one page 387,000 pixels tall)."""
    share(sign_in(new_app(), "robin"))
    coach = coach_accepting(new_app)
    with closing(open_db(app_db)) as db:
        for n in range(sharing.NOTES_PER_PAGE + 5):
            store_sharing.add_note(db, people["coach"], people["robin"], f"Note {n:03}",
                                   f"2026-01-01T00:{n:02}:00.000000+00:00")
    open_page(coach, "pages/coach_client.py", client=people["robin"], change=people["walk"])
    notes = [t for t in texts(coach) if t.startswith("Note ")]
    assert notes == [f"Note {n:03}" for n in range(sharing.NOTES_PER_PAGE + 4, 4, -1)]
    assert f"Notes 1 to {sharing.NOTES_PER_PAGE} of {sharing.NOTES_PER_PAGE + 5}, newest first." \
        in [c.value for c in coach.caption]
    coach.number_input[0].set_value(2).run()
    assert [t for t in texts(coach) if t.startswith("Note ")] == [
        f"Note {n:03}" for n in range(4, -1, -1)]


def test_a_person_can_share_using_the_coachs_invite_code(new_app, people):
    coach = sign_in(new_app(), "coach.kim")
    click(coach, "Make an invite code")
    code = coach.code[0].value
    person = share(sign_in(new_app(), "robin"), coach=code.lower().replace("-", " "))
    assert not person.error
    assert "\u2068coach.kim\u2069 sees “\u2068Walk most days\u2069”" in texts(person)
    assert person.text_input(key="share_coach").value == ""


def test_sharing_with_an_unknown_coach_says_so_and_shares_nothing(new_app, app_db, people):
    person = share(sign_in(new_app(), "robin"), coach="sam")
    assert "No coach account matches" in person.error[0].value
    assert open_db(app_db).execute("SELECT COUNT(*) FROM grants").fetchone()[0] == 0


def make_link(person) -> str:
    open_page(person, "pages/sharing.py")
    click(person, "Make a link")
    url = person.session_state["new_link"]
    assert url in [c.value for c in person.code]
    return parse_qs(urlparse(url).query)["token"][0]


def test_a_link_opened_after_revocation_shows_the_neutral_page(new_app, people):
    person = sign_in(new_app(), "robin")
    token = make_link(person)

    visitor = open_page(new_app(), "pages/shared_link.py", token=token)
    assert [t.value for t in visitor.title] == ["Shared progress"]
    assert charts_shown(visitor) == 1
    assert "robin" not in " ".join(texts(visitor)) and WORDS not in texts(visitor)

    click(person, "Done, I have copied it")
    click(person, "Turn off")
    visitor.run()
    assert [t.value for t in visitor.title] == ["This link is not valid"]
    assert [link.proto.label for link in visitor.get("page_link")] == [
        "Sign in to Change Journal, or create an account"]  # a way in, not a dead end
    assert charts_shown(visitor) == 0
    revoked = page_content(visitor)

    wrong = open_page(new_app(), "pages/shared_link.py", token=token[:-2] + "xx")
    missing = open_page(new_app(), "pages/shared_link.py")
    assert page_content(wrong) == page_content(missing) == revoked


def test_a_note_half_written_survives_a_visit_to_another_page(new_app, people):
    share(sign_in(new_app(), "robin"))
    coach = coach_accepting(new_app)
    open_page(coach, "pages/coach_client.py", client=people["robin"], change=people["walk"])
    coach.text_area[0].input("Ask how the lunchtime walks went")
    open_page(coach, "pages/coach.py")  # the words travel with the other page's run
    assert not coach.text_area
    open_page(coach, "pages/coach_client.py", client=people["robin"], change=people["walk"])
    assert coach.text_area[0].value == "Ask how the lunchtime walks went"
    click(coach, "Save note")
    open_page(coach, "pages/coach.py")
    open_page(coach, "pages/coach_client.py", client=people["robin"], change=people["walk"])
    assert coach.text_area[0].value == ""
    assert "Ask how the lunchtime walks went" in texts(coach)


def test_a_person_is_told_when_their_coach_deletes_their_account(new_app, people):
    """The share does not vanish silently: the Sharing page says which coach left and what they
    no longer see, until the person says OK; the ended list keeps it."""
    person = sign_in(new_app(), "robin")
    share(person)
    coach = coach_accepting(new_app)
    open_page(coach, "pages/settings.py")
    coach.text_input(key="delete_account_password").input(PASSWORD)
    coach.checkbox(key="delete_account_sure").check()
    click(coach, "Delete my account")

    elsewhere = sign_in(new_app(), "robin")  # a fresh tab: AppTest keeps no sidebar after switch_page
    assert sidebar_links(elsewhere).count("A coach you shared with has left") == 1
    open_page(person, "pages/sharing.py")
    told = "\u2068coach.kim\u2069: “\u2068Walk most days\u2069”"
    assert texts(person).count(told) == 2  # in the notice and in the ended list
    assert any("A coach you shared with has deleted their account" in m.value
               for m in person.markdown)
    assert any(c.value.startswith("Ended on ") and "deleted their account. They see nothing"
               in c.value for c in person.caption)
    assert "You are not sharing anything with a coach right now." in [c.value for c in person.caption]
    assert [e.label for e in person.expander] == ["Ended sharing (1)"]
    click(person, "OK, hide this notice")
    assert texts(person).count(told) == 1
    assert not any("deleted their account**" in m.value or "has deleted" in m.value
                   for m in person.markdown)
    person.run()
    assert texts(person).count(told) == 1  # told once, remembered in the database
    assert "A coach you shared with has left" not in sidebar_links(elsewhere.run())
    person.text_input(key="share_coach").input("Coach.Kim")  # sharing again, from memory
    click(person, "Share")
    assert [e.value for e in person.error] == [
        "That coach has deleted their account (see “Ended sharing” below), so there is no one "
        "to share with under that name any more."]


def test_the_notice_names_a_few_departures_and_counts_the_rest(new_app, app_db, people):
    """A coach who had many of the person's changes leaves: the notice stays short, and the
    ended list has them all."""
    with closing(open_db(app_db)) as db:
        more = [changes.add_change(db, people["robin"], f"Change {n}") for n in range(5)]
        store_sharing.grant(db, people["robin"], people["coach"],
                            [people["walk"], people["sleep"], *more], "numbers", [], None)
        accounts.delete_account(db, users.get_user(db, people["coach"]), PASSWORD)
    person = open_page(sign_in(new_app(), "robin"), "pages/sharing.py")
    named = [t for t in texts(person) if t.startswith("\u2068coach.kim\u2069: ")]
    assert len(named) == sharing.DEPARTURES_LISTED + 7  # the notice's few, then all seven
    assert "And 2 more: all are listed under “Ended sharing” below." in [
        c.value for c in person.caption]
    click(person, "OK, hide this notice")
    assert len([t for t in texts(person) if t.startswith("\u2068coach.kim\u2069: ")]) == 7
