"""The core loop through AppTest: sign up, a change, guided check-ins, the progress page."""

from __future__ import annotations

import json
import re
from contextlib import closing
from datetime import UTC, datetime, timedelta

import pyarrow as pa
import pytest

from change_journal import clock
from change_journal.rulers import a_number
from change_journal.store import changes, checkins, deletion, drafts, open_db, plans, users
from change_journal.ui import session, widgets
from tests.app.conftest import PASSWORD, click, seed_account, sign_in, sign_in_as, sign_up


def add_change(at, title="Walk most days", why="My back aches after sitting all day."):
    at.text_input[0].input(title)
    click(at, "Next")  # the first change asks one thing at a time
    at.text_area[0].input(why)
    click(at, "Start working on this")


def answer(at, prompt_prefix: str, text: str) -> None:
    box = next(t for t in at.text_area if t.label.startswith(prompt_prefix))
    box.input(text).run()
    assert not at.exception


def do_checkin(at, importance, confidence, readiness, words="Going fine."):
    at.text_area[0].input(words).run()  # how it's going (since last time, on a return)
    click(at, "Next")
    for value in (importance, confidence, readiness):
        at.radio[0].set_value(value).run()
        assert not at.exception
        answer(at, f"Why {a_number(value)}" if value else "What would have to happen",
               f"Reason {value}")
        click(at, "Next")
    click(at, "Save check-in")


def chart_points(at) -> list[dict]:
    """The rows the progress chart sends to the browser (decoded from its Arrow dataset)."""
    chart = at.get("vega_lite_chart")[0].proto
    assert json.loads(chart.spec)["layer"]
    return pa.ipc.open_stream(chart.datasets[0].data.data).read_all().to_pylist()


@pytest.mark.parametrize("page", ["pages/check_in.py", "pages/progress.py", "pages/changes.py"])
def test_signed_out_visitor_cannot_reach_account_pages(new_app, page):
    at = new_app()
    assert [t.value for t in at.title] == ["Change Journal"]
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page(page)


def test_new_person_does_two_checkins_and_sees_two_points(new_app, app_db):
    at = sign_up(new_app(), "river")
    assert [t.value for t in at.title] == ["Check in"]
    add_change(at)
    do_checkin(at, 6, 4, 5, words="Two walks this week.")
    assert "Everything you wrote today is in your journal." in " ".join(c.value for c in at.caption)
    # Reflected in their own words, bidi-isolated inside the quotes.
    assert re.search(r"“\u2068Reason \d\u2069”", at.markdown[0].value)
    assert "Two walks this week." in [t.value for t in at.text]  # all they wrote, a click away
    click(at, "Start a new check-in")
    do_checkin(at, 8, 6, 7)
    assert "went from 6 to 8, confidence from 4 to 6 and readiness from 5 to 7" in \
        at.markdown[0].value  # the move since last time, named neutrally

    at.switch_page("pages/progress.py").run()
    assert not at.exception
    assert any("2 check-ins" in m.value and "confidence rose from 4 to 6" in m.value
               for m in at.markdown)
    points = chart_points(at)
    assert sorted((p["ruler"], p["value"]) for p in points) == [
        ("Confidence", 4), ("Confidence", 6), ("Importance", 6), ("Importance", 8),
        ("Readiness", 5), ("Readiness", 7)]

    database = open_db(app_db)
    assert database.execute("SELECT COUNT(*) FROM checkins").fetchone()[0] == 2
    assert database.execute("SELECT COUNT(*) FROM drafts").fetchone()[0] == 0


def test_progress_page_invites_a_first_checkin_when_empty(new_app):
    at = sign_up(new_app(), "river")
    add_change(at)
    at.switch_page("pages/progress.py").run()
    assert not at.exception
    assert at.info[0].value.startswith("No check-ins yet. Your first check-in takes a few minutes")


def test_progress_says_when_the_latest_check_in_was_if_the_range_holds_none(new_app, app_db):
    """Check-ins older than the range chosen are not "your first check-in" (adversarial round
    13): the page says when the latest was, and how to see them."""
    at = sign_up(new_app(), "river")
    add_change(at)
    with closing(open_db(app_db)) as db:
        river = users.find_user(db, "river").id
        walk = changes.list_changes(db, river)[0].id
        for days in (400, 200):
            checkins.save_checkin(db, river, walk, {"importance": 5, "confidence": 5,
                                                    "readiness": 5}, [],
                                  created_at=(datetime.now(UTC) - timedelta(days=days)).isoformat())
        latest = clock.day(checkins.latest_checkin(db, river, walk).created_at, "UTC")
    at.switch_page("pages/progress.py").run()
    assert not at.exception
    assert [i.value for i in at.info] == [
        f"No check-ins in this period: your latest was on {latest}. Choose “All” above to see "
        "both, or check in now."]
    at.segmented_control(key="progress_range").set_value("All").run()
    assert not at.info and len(at.get("vega_lite_chart")) >= 1


def test_a_chart_drawn_a_day_at_a_time_says_so_and_still_names_its_dotted_lines(new_app, app_db):
    at = sign_up(new_app(), "river")
    add_change(at)
    now = datetime.now(UTC)
    morning = (now - timedelta(days=4)).replace(hour=9, minute=0)
    with closing(open_db(app_db)) as db:
        river = users.find_user(db, "river").id
        walk = changes.list_changes(db, river)[0].id
        # Two check-ins one morning (the viewer's zone is UTC here), then two more days later.
        for moment in (morning, morning + timedelta(hours=1), now - timedelta(days=2), now):
            checkins.save_checkin(db, river, walk, {"importance": 5, "confidence": 5,
                                                    "readiness": 5}, [], created_at=moment.isoformat())
        plans.save_plan(db, river, walk, {"goal": "Walk at lunch"},
                        created_at=(now - timedelta(hours=30)).isoformat())
    at.switch_page("pages/progress.py").run()
    assert not at.exception
    [said] = [c.value for c in at.caption if "each point is" in c.value]
    assert said.startswith("Some days have more than one check-in: each point is the last")
    assert said.endswith("Dotted lines mark values sorts and plan versions.")


def test_wrong_password_and_unknown_user_get_the_same_message_and_no_session(new_app):
    sign_up(new_app(), "river")
    wrong_password = sign_in(new_app(), "river", "not the password at all")
    unknown_user = sign_in(new_app(), "nobody-here", PASSWORD)
    assert "don't match an account" in wrong_password.error[0].value
    assert wrong_password.error[0].value == unknown_user.error[0].value
    assert "account" not in wrong_password.session_state
    assert [t.value for t in wrong_password.title] == ["Change Journal"]


def test_taken_username_gets_a_clear_message(new_app):
    sign_up(new_app(), "river")
    at = sign_up(new_app(), "River")
    assert "is taken" in at.error[0].value
    assert [t.value for t in at.title] == ["Change Journal"]


def test_missing_rating_blocks_the_next_step_and_saves_nothing(new_app, app_db):
    at = sign_up(new_app(), "river")
    add_change(at)
    click(at, "Next")
    click(at, "Next")
    assert "Choose a number from 0 to 10" in at.info[0].value
    assert any("Step 2 of 5" in p.proto.text for p in at.get("progress"))
    assert open_db(app_db).execute("SELECT COUNT(*) FROM checkins").fetchone()[0] == 0


def test_out_of_range_rating_in_a_stored_draft_is_explained_and_not_saved(new_app, app_db):
    at = sign_up(new_app(), "river")
    add_change(at)
    database = open_db(app_db)
    from change_journal.store import drafts

    drafts.save_draft(database, 1, "checkin", 1, {"ratings": {"importance": 11, "confidence": 4,
                                                              "readiness": 5}, "step": 4})
    fresh = sign_in(new_app(), "river")
    click(fresh, "Save check-in")
    assert "Choose a whole number from 0 to 10 for importance" in fresh.error[0].value
    assert database.execute("SELECT COUNT(*) FROM checkins").fetchone()[0] == 0


def test_half_written_checkin_survives_signing_in_again(new_app):
    at = sign_up(new_app(), "river")
    add_change(at)
    answer(at, "How ", "Half a thought about walking")
    click(at, "Next")
    at.radio[0].set_value(7).run()
    # A reloaded tab is a new session: sign in again and find the draft where it was.
    again = sign_in(new_app(), "river")
    assert any("Step 2 of 5" in p.proto.text for p in again.get("progress"))
    assert again.radio[0].value == 7
    click(again, "Back")
    assert again.text_area[0].value == "Half a thought about walking"


def test_changes_can_be_renamed_archived_and_picked(new_app):
    at = sign_up(new_app(), "river")
    add_change(at, "Walk most days")
    at.switch_page("pages/changes.py").run()
    at.text_input[0].input("Walk every day")
    click(at, "Save")
    at.text_input[-1].input("Drink less on weekdays")
    click(at, "Start working on this")
    assert [s.value for s in at.success] == [
        "Started “Drink less on weekdays”: it is the change you are working on now."]
    # AppTest drops the sidebar after switch_page, so read it on a fresh session's home page.
    home = sign_in(new_app(), "river")
    assert home.sidebar.selectbox[0].options == ["Walk every day", "Drink less on weekdays"]
    assert home.sidebar.selectbox[0].value == 2  # the change started last
    home.sidebar.selectbox[0].set_value(1).run()
    assert home.header[0].value == "Walk every day"
    click(at, "Archive")
    home = sign_in(new_app(), "river")
    assert home.sidebar.selectbox[0].options == ["Drink less on weekdays"]


def test_a_first_change_half_written_survives_a_visit_to_another_page(new_app, app_db):
    at = sign_up(new_app(), "river")
    at.text_input[0].input("Walk most days")
    at.switch_page("pages/settings.py").run()  # the words travel with the other page's run
    at.switch_page("pages/check_in.py").run()
    assert at.text_input[0].value == "Walk most days"
    click(at, "Next")
    at.text_area[0].input("My back aches after sitting all day.")
    at.switch_page("pages/settings.py").run()
    at.switch_page("pages/check_in.py").run()
    assert at.text_area[0].value == "My back aches after sitting all day."
    click(at, "Back")
    assert at.text_input[0].value == "Walk most days"
    click(at, "Next")
    click(at, "Start working on this")
    with closing(open_db(app_db)) as db:
        (change,) = changes.list_changes(db, users.find_user(db, "river").id)
    assert (change.title, change.why_now) == ("Walk most days", "My back aches after sitting all day.")


def test_a_new_change_half_written_survives_a_visit_to_another_page(new_app):
    at = sign_up(new_app(), "river")
    add_change(at, "Walk most days")
    at.switch_page("pages/changes.py").run()
    at.text_input[-1].input("Drink less on weekdays")
    at.text_area[-1].input("My sleep is worse after a glass or two.")
    at.switch_page("pages/progress.py").run()  # the words travel with the other page's run
    at.switch_page("pages/changes.py").run()
    assert at.text_input[-1].value == "Drink less on weekdays"
    assert at.text_area[-1].value == "My sleep is worse after a glass or two."
    click(at, "Start working on this")
    at.switch_page("pages/changes.py").run()
    assert (at.text_input[-1].value, at.text_area[-1].value) == ("", "")


def test_a_first_change_half_written_comes_back_in_a_reloaded_tab_on_its_step(new_app, app_db):
    at = sign_up(new_app(), "river")
    at.text_input[0].input("Walk most days").run()
    # A reloaded tab is a new session: sign in again and find the words where they were.
    again = sign_in(new_app(), "river")
    assert again.text_input[0].value == "Walk most days"
    click(again, "Next")
    again.text_area[0].input("My back aches after sitting all day.").run()
    again = sign_in(new_app(), "river")
    assert "Question 2 of 2" in [c.value for c in again.caption]
    assert again.text_area[0].value == "My back aches after sitting all day."
    click(again, "Back")
    assert again.text_input[0].value == "Walk most days"
    click(again, "Next")
    click(again, "Start working on this")
    with closing(open_db(app_db)) as db:
        (change,) = changes.list_changes(db, users.find_user(db, "river").id)
        assert db.execute("SELECT COUNT(*) FROM account_drafts").fetchone()[0] == 0
    assert (change.title, change.why_now) == ("Walk most days", "My back aches after sitting all day.")


def test_the_two_new_change_forms_share_one_draft_and_both_empty_once_the_change_is_made(
        new_app):
    """Check in and "Your changes" both offer a new change while there is none: the words typed
    in one are in the other, the newest wins, and making the change empties both (a strict
    review found the other form offering the name just used, and stale words coming back)."""
    at = sign_up(new_app(), "river")
    at.text_input[0].input("Walk").run()
    at.switch_page("pages/changes.py").run()
    assert at.text_input[-1].value == "Walk"
    at.text_input[-1].input("Walk daily").run()
    at.switch_page("pages/check_in.py").run()
    assert at.text_input[0].value == "Walk daily"
    click(at, "Next")
    click(at, "Start working on this")
    at.switch_page("pages/changes.py").run()
    assert (at.text_input[-1].value, at.text_area[-1].value) == ("", "")
    again = sign_in(new_app(), "river")
    again.switch_page("pages/changes.py").run()
    assert (again.text_input[-1].value, again.text_area[-1].value) == ("", "")


def test_a_first_change_draft_with_a_name_gone_bad_opens_on_the_name(new_app, app_db):
    sign_up(new_app(), "river")
    with closing(open_db(app_db)) as db:
        drafts.save_account_draft(db, users.find_user(db, "river").id, "new_change",
                                  {"title": "   ", "why_now": ["not", "text"], "step": 1})
    again = sign_in(new_app(), "river")
    assert "Question 1 of 2" in [c.value for c in again.caption]
    assert again.text_input[0].value == "   "
    click(again, "Next")
    assert "is empty" in again.error[0].value


def test_a_new_change_half_written_comes_back_in_a_reloaded_tab(new_app, app_db):
    at = sign_up(new_app(), "river")
    add_change(at, "Walk most days")
    at.switch_page("pages/changes.py").run()
    at.text_input[-1].input("Drink less on weekdays").run()
    at.text_area[-1].input("My sleep is worse after a glass or two.").run()
    again = sign_in(new_app(), "river")
    again.switch_page("pages/changes.py").run()
    assert again.text_input[-1].value == "Drink less on weekdays"
    assert again.text_area[-1].value == "My sleep is worse after a glass or two."
    click(again, "Start working on this")
    again = sign_in(new_app(), "river")
    again.switch_page("pages/changes.py").run()
    assert (again.text_input[-1].value, again.text_area[-1].value) == ("", "")


def test_change_names_with_markdown_are_shown_literally(new_app):
    at = sign_up(new_app(), "river")
    add_change(at, "**Drink** less [link](http://example.com)")
    shown = at.header[0].value
    assert shown == widgets.md_escape("**Drink** less [link](http://example.com)")
    assert shown.startswith(r"\*\*Drink\*\* less ")
    # Markdown never links inside inline code, and nothing invisible is added
    assert shown.endswith(" `[link](http://example.com)`") and "\u2060" not in shown


def checked_in(new_app, how_going: str, ratings: tuple[int, int, int]):
    """River, signed up with one change, saves a check-in: ``how_going`` and the three rulers."""
    at = sign_up(new_app(), "river")
    add_change(at, "Walk most days")
    answer(at, "How ", how_going)
    click(at, "Next")
    for value in ratings:
        at.radio[0].set_value(value).run()
        click(at, "Next")
    click(at, "Save check-in")
    return at


def test_progress_page_counts_change_talk_per_week_and_the_reflection_names_it(new_app):
    at = checked_in(new_app, "I will walk to work on Monday. I like my lazy evenings on the sofa.",
                    (6, 4, 5))
    labels = [p.proto.popover.label for p in at.get("popover")]
    assert "Commitment" in labels and "How things are: reasons" in labels
    at.switch_page("pages/progress.py").run()
    assert not at.exception
    assert any("1 sentence for changing and 1 about what keeps things" in m.value
               for m in at.markdown)
    assert len(at.get("vega_lite_chart")) == 2


def test_progress_draws_no_empty_talk_chart_when_no_sentence_was_recognised(new_app):
    at = checked_in(new_app, "Tuesday.", (0, 10, 0))
    at.switch_page("pages/progress.py").run()
    assert not at.exception
    assert any("No sentences for or against the change were recognised" in m.value
               for m in at.markdown)
    assert len(at.get("vega_lite_chart")) == 1  # the ratings only


def test_the_progress_table_pages_through_every_check_in_newest_first(new_app, app_db):
    person = seed_account(app_db, "paige")
    start = datetime.now(UTC) - timedelta(days=69)
    with closing(open_db(app_db)) as db:
        change_id = changes.add_change(db, person.id, "Walk most days")
        for day in range(70):
            checkins.save_checkin(db, person.id, change_id,
                                  {"importance": day % 11, "confidence": 5, "readiness": 5}, [],
                                  created_at=clock.stamp(start + timedelta(days=day)))
    at = sign_in_as(new_app(), app_db, person).run()
    at.switch_page("pages/progress.py").run()
    at.segmented_control(key="progress_range").set_value("All").run()
    assert not at.exception
    pager = at.number_input[0]
    assert pager.label == "Page (of 3)"
    assert list(at.dataframe[0].value["Importance"]) == [(69 - k) % 11 for k in range(30)]
    assert any(c.value.startswith("Check-ins 1 to 30 of 70") for c in at.caption)
    pager.set_value(3).run()
    assert not at.exception
    assert list(at.dataframe[0].value["Importance"]) == [(9 - k) % 11 for k in range(10)]
    assert any(c.value.startswith("Check-ins 61 to 70 of 70") for c in at.caption)


def two_windows_at_the_last_step(new_app, app_db):
    """River's check-in filled in up to its last step in one window, then opened in another."""
    account = seed_account(app_db, "river")
    with closing(open_db(app_db)) as db:
        change_id = changes.add_change(db, account.id, "Walk most days")
    first = sign_in_as(new_app(), app_db, account).run()  # lands on Check in
    first.text_area[0].input("Two walks this week.").run()
    click(first, "Next")
    for value in (6, 4, 5):
        first.radio[0].set_value(value).run()
        click(first, "Next")
    second = sign_in_as(new_app(), app_db, account).run()  # the same draft, in another window
    assert "Save check-in" in [b.label for b in second.button]
    return account, change_id, first, second


def stored(app_db, account, change_id) -> int:
    with closing(open_db(app_db)) as db:
        return len(checkins.list_checkins(db, account.id, change_id))


def test_the_same_check_in_saved_in_two_windows_is_stored_once(new_app, app_db):
    account, change_id, first, second = two_windows_at_the_last_step(new_app, app_db)
    click(first, "Save check-in")
    click(second, "Save check-in")  # shows what the first saved, saving nothing
    assert "saved already" in " ".join(i.value for i in second.info)
    assert [m.value for m in second.markdown][:2] == [m.value for m in first.markdown][:2]
    click(second, "Start a new check-in")
    assert [p.proto.text for p in second.get("progress")] == ["Step 1 of 5: How it's going"]
    assert stored(app_db, account, change_id) == 1


def test_going_back_and_on_in_a_window_left_open_then_saving_stores_nothing_more(new_app,
                                                                                 app_db):
    account, change_id, first, second = two_windows_at_the_last_step(new_app, app_db)
    click(first, "Save check-in")
    click(second, "Back")
    click(second, "Next")
    click(second, "Save check-in")
    assert "saved already" in " ".join(i.value for i in second.info)
    assert stored(app_db, account, change_id) == 1


def test_what_a_second_window_adds_after_the_first_saved_is_kept_and_saved_on_its_own(new_app,
                                                                                       app_db):
    account, change_id, first, second = two_windows_at_the_last_step(new_app, app_db)
    click(first, "Save check-in")
    second.text_area[0].input("And one more walk on Sunday.").run()
    assert "saved in another window" in " ".join(i.value for i in second.info)
    click(second, "Save check-in")
    assert not second.info and stored(app_db, account, change_id) == 2


def test_what_a_second_window_types_and_saves_at_once_is_saved_on_its_own(new_app, app_db):
    account, change_id, first, second = two_windows_at_the_last_step(new_app, app_db)
    click(first, "Save check-in")
    second.text_area[0].input("And one more walk on Sunday.")
    click(second, "Save check-in")
    assert "Saved as a check-in of its own" in " ".join(i.value for i in second.info)
    assert stored(app_db, account, change_id) == 2


def test_a_change_deleted_in_another_window_is_named_gone_not_switched_silently(new_app,
                                                                               app_db):
    account = seed_account(app_db, "river")
    with closing(open_db(app_db)) as db:
        kept = changes.add_change(db, account.id, "Walk most days")
        gone = changes.add_change(db, account.id, "Drink less on weekdays")
    at = sign_in_as(new_app(), app_db, account)
    at.session_state[session.CHANGE_KEY] = gone
    at.run()
    assert at.header[0].value == "Drink less on weekdays" and not at.toast
    with closing(open_db(app_db)) as db:  # the other window deletes it
        deletion.delete_change(db, account.id, gone)
    at.run()
    assert [t.value for t in at.toast] == [session.CHANGE_GONE]
    assert at.header[0].value == "Walk most days" and at.session_state[session.CHANGE_KEY] == kept
    at.run()
    assert not at.toast  # said once


def test_a_save_clicked_on_a_change_archived_in_another_window_saves_nothing(new_app, app_db):
    """The click meant for the change gone must not act on the change shown in its place: that
    change's own half-written draft stays a draft."""
    account = seed_account(app_db, "river")
    with closing(open_db(app_db)) as db:
        other = changes.add_change(db, account.id, "Drink less on weekdays")
        gone = changes.add_change(db, account.id, "Walk most days")
    window = sign_in_as(new_app(), app_db, account)
    for change_id, words in ((other, "Half-written, not ready."), (gone, "Two walks.")):
        window.session_state[session.CHANGE_KEY] = change_id
        window.run()
        window.text_area[0].input(words).run()
        click(window, "Next")
        for value in (2, 2, 2):
            window.radio[0].set_value(value).run()
            click(window, "Next")
    with closing(open_db(app_db)) as db:  # the other window archives it
        changes.set_archived(db, account.id, gone, True)
    click(window, "Save check-in")
    assert [t.value for t in window.toast] == [session.CHANGE_GONE]
    assert stored(app_db, account, other) == stored(app_db, account, gone) == 0
    assert window.header[0].value == "Drink less on weekdays"
    assert "Save check-in" in [b.label for b in window.button]  # its draft, still a draft


def test_a_second_window_left_open_on_a_check_in_takes_no_answer_from_the_first(new_app,
                                                                               app_db):
    account = seed_account(app_db, "river")
    with closing(open_db(app_db)) as db:
        change_id = changes.add_change(db, account.id, "Walk most days")
    first = sign_in_as(new_app(), app_db, account).run()
    second = sign_in_as(new_app(), app_db, account).run()  # open on step 1, its box empty
    first.text_area[0].input("Two walks this week.").run()
    click(first, "Next")
    click(second, "Next")  # nothing typed there: what the first window kept stands
    click(second, "Back")
    assert second.text_area[0].value == "Two walks this week."
    for value in (6, 4, 5):
        first.radio[0].set_value(value).run()
        click(first, "Next")
    click(first, "Save check-in")
    with closing(open_db(app_db)) as db:
        said = checkins.checkin_answers(db, account.id, change_id)
    assert [(prompt_id, text) for _, prompt_id, _, text in said] == [
        ("checkin.how_going", "Two walks this week.")]


def test_check_in_words_of_a_run_stopped_by_another_page_are_kept(new_app, app_db):
    """A run of the words stopped by another page's request before the check-in kept them (the
    browser's Back while the server is busy can do it): the box's own callback, which ran at its
    start, keeps them. AppTest sends the box's words with the other page's request, so the
    callback runs there instead."""
    account = seed_account(app_db, "river")
    with closing(open_db(app_db)) as db:
        change_id = changes.add_change(db, account.id, "Walk most days")
    window = sign_in_as(new_app(), app_db, account).run()
    window.text_area[0].input("Two walks this week.")
    window.switch_page("pages/progress.py").run()
    with closing(open_db(app_db)) as db:
        assert drafts.load_draft(db, account.id, "checkin", change_id)["texts"] == {
            "checkin.how_going": "Two walks this week."}
    window.switch_page("pages/check_in.py").run()
    assert window.text_area[0].value == "Two walks this week."


def test_a_rating_chosen_in_one_window_is_not_undone_by_another_left_open(new_app, app_db):
    account = seed_account(app_db, "river")
    with closing(open_db(app_db)) as db:
        change_id = changes.add_change(db, account.id, "Walk most days")
    first = sign_in_as(new_app(), app_db, account).run()
    click(first, "Next")
    second = sign_in_as(new_app(), app_db, account).run()  # on the importance ruler, unset
    first.radio[0].set_value(7).run()
    click(second, "Back")  # a step taken there, no number chosen: the 7 stands
    with closing(open_db(app_db)) as db:
        assert drafts.load_draft(db, account.id, "checkin", change_id)["ratings"] == {
            "importance": 7}
    click(second, "Next")
    assert second.radio[0].value == 7


def test_saving_in_one_window_takes_in_what_the_other_window_kept(new_app, app_db):
    account, change_id, first, second = two_windows_at_the_last_step(new_app, app_db)
    note = next(t for t in second.text_area if t.key.endswith(":text:checkin.note"))
    note.input("Busy week, but I walked.").run()  # kept by the second window
    first.run()  # the first window's boxes now show it
    assert "Busy week, but I walked." in [t.value for t in first.text_area]
    click(first, "Save check-in")
    with closing(open_db(app_db)) as db:
        said = checkins.checkin_answers(db, account.id, change_id)
    assert [(prompt_id, text) for _, prompt_id, _, text in said] == [
        ("checkin.how_going", "Two walks this week."), ("checkin.note", "Busy week, but I walked.")]


def test_one_answer_written_in_two_windows_at_once_keeps_both_and_saves_both(new_app, app_db):
    account, change_id, first, second = two_windows_at_the_last_step(new_app, app_db)

    def note(at):
        return next(t for t in at.text_area if t.key.endswith(":text:checkin.note"))

    note(first).input("Walked to work twice.")  # typed, not yet sent
    note(second).input("Busy week.").run()  # kept by the second window
    first.run()  # the first window's words arrive after
    both = "Busy week.\n\nWalked to work twice."
    assert note(first).value == both
    second.run()
    assert note(second).value == both
    click(first, "Save check-in")
    with closing(open_db(app_db)) as db:
        said = checkins.checkin_answers(db, account.id, change_id)
    assert ("checkin.note", both) in [(prompt_id, text) for _, prompt_id, _, text in said]


def test_two_changes_with_one_name_from_an_import_can_each_be_picked(new_app, app_db):
    """Names must differ now, but an import (or older data) may hold two alike: the picker
    numbers them, so the second can be chosen (Streamlit tells options apart by label)."""
    account = seed_account(app_db, "river")
    with closing(open_db(app_db)) as db:  # the store, as an import writes them
        changes.add_change(db, account.id, "Walk more")
        second = changes.add_change(db, account.id, "Walk more")
    at = sign_in_as(new_app(), app_db, account).run()
    picker = at.selectbox(key="sidebar_change_picker")
    assert picker.options == ["Walk more", "Walk more (2)"]
    picker.set_value(second).run()
    assert at.session_state[session.CHANGE_KEY] == second


def test_answers_a_new_number_no_longer_asks_are_named_not_dropped_in_silence(new_app, app_db):
    account = seed_account(app_db, "river")
    with closing(open_db(app_db)) as db:
        changes.add_change(db, account.id, "Walk most days")
    at = sign_in_as(new_app(), app_db, account).run()
    at.text_area[0].input("Two walks this week.").run()
    click(at, "Next")
    at.radio[0].set_value(5).run()
    for box in at.text_area:
        box.input("Because my knees ache on the stairs.").run()
    assert "You wrote this" not in " ".join(i.value for i in at.info)
    at.radio[0].set_value(0).run()  # asks another question: theirs stay, under their own
    assert [box.value for box in at.text_area].count("Because my knees ache on the stairs.") == 2
    assert "You wrote this for a 5. At 0" in " ".join(i.value for i in at.info)
    at.radio[0].set_value(5).run()  # back: the words are where they were, and no notice
    assert "Because my knees ache on the stairs." in [box.value for box in at.text_area]
    assert "You wrote this" not in " ".join(i.value for i in at.info)
