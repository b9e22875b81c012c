"""The check-in page when a ruler's number changes after its follow-ups were answered: the words
stay, the box says which number they were written for, and they are saved with the question
they answered unless the person changes them or says they fit the new number."""

from __future__ import annotations

from contextlib import closing

from change_journal.store import changes, checkins, open_db
from tests.app.conftest import click, seed_account, sign_in_as
from tests.unit.test_checkin_written_for import TAKE, TAKE_5, WHY, WHY_5, WHY_7, ZERO

KNEES = "My knees ache on the stairs."
FRIEND = "A friend to walk with."


def at_importance(new_app, app_db):
    """River at the importance step of a first check-in on "Walk most days"."""
    account = seed_account(app_db, "river")
    with closing(open_db(app_db)) as db:
        change_id = changes.add_change(db, account.id, "Walk most days")
    at = sign_in_as(new_app(), app_db, account).run()
    at.text_area[0].input("Two walks this week.").run()
    click(at, "Next")
    return account, change_id, at


def box(at, prompt_id: str, change_id: int):
    return at.text_area(key=f"checkin:{change_id}:text:{prompt_id}")


def notices(at) -> str:
    return " ".join(i.value for i in at.info)


def finish(at) -> None:
    """From the importance step, choose the other two numbers and save."""
    click(at, "Next")
    for value in (4, 5):
        at.radio[0].set_value(value).run()
        click(at, "Next")
    click(at, "Save check-in")


def saved_answers(app_db, account, change_id) -> list[tuple[str, str, str]]:
    with closing(open_db(app_db)) as db:
        (row,) = checkins.list_checkins(db, account.id, change_id)
        return [(prompt_id, question, text) for _id, prompt_id, question, text
                in checkins.answers_for_checkins(db, account.id, [row.id])
                if prompt_id.startswith("checkin.importance.")]


def test_checkin_answers_written_for_5_keep_their_question_after_going_back_to_choose_7(
        new_app, app_db):
    account, change_id, at = at_importance(new_app, app_db)
    at.radio[0].set_value(5).run()
    box(at, WHY, change_id).input(KNEES).run()
    box(at, TAKE, change_id).input(FRIEND).run()
    click(at, "Next")
    click(at, "Back")
    assert "You wrote this" not in notices(at)
    at.radio[0].set_value(7).run()
    assert [b.value for b in at.text_area] == [KNEES, FRIEND]  # nothing lost
    assert (f"You wrote this for a 5, when the question was “{WHY_5}” Your rating is now 7."
            in notices(at))
    assert f"when the question was “{TAKE_5}”" in notices(at)
    keep = f"checkin:{change_id}:keep:{WHY}"
    at.button(key=keep).click().run()  # the person says the first answer fits a 7 too
    assert WHY_5 not in notices(at) and TAKE_5 in notices(at)
    finish(at)
    assert not at.exception
    assert saved_answers(app_db, account, change_id) == [(WHY, WHY_7, KNEES), (TAKE, TAKE_5, FRIEND)]
    assert TAKE_5 in [c.value for c in at.caption]  # "Everything you wrote today" says so too


def test_checkin_words_typed_just_before_a_new_number_is_chosen_keep_the_question_they_answered(
        new_app, app_db):
    account, change_id, at = at_importance(new_app, app_db)
    at.radio[0].set_value(5).run()
    box(at, WHY, change_id).input(KNEES)
    at.radio[0].set_value(7).run()  # typing and the new number arrive in one run
    assert f"You wrote this for a 5, when the question was “{WHY_5}”" in notices(at)
    finish(at)
    assert saved_answers(app_db, account, change_id) == [(WHY, WHY_5, KNEES)]


def test_checkin_words_written_for_5_are_kept_and_saved_with_their_question_when_0_is_chosen(
        new_app, app_db):
    account, change_id, at = at_importance(new_app, app_db)
    at.radio[0].set_value(5).run()
    box(at, WHY, change_id).input(KNEES).run()
    at.radio[0].set_value(0).run()
    assert [b.value for b in at.text_area] == ["", KNEES]  # the zero question's box, then theirs
    assert "You wrote this for a 5. At 0 the question is a different one" in notices(at)
    box(at, ZERO, change_id).input("If my doctor said so.").run()
    finish(at)
    assert saved_answers(app_db, account, change_id) == [
        (ZERO, "What would have to happen for this to become even a little important to you?",
         "If my doctor said so."),
        (WHY, WHY_5, KNEES),
    ]


def test_a_check_in_left_unfinished_says_so_when_opened_again_and_can_start_afresh(
        new_app, app_db):
    account, change_id, at = at_importance(new_app, app_db)
    at.radio[0].set_value(5).run()
    box(at, WHY, change_id).input(KNEES).run()
    assert "started earlier" not in notices(at)  # a check-in begun in this window
    again = sign_in_as(new_app(), app_db, account).run()  # another window, or another day
    assert "carries on a check-in you started earlier" in notices(again)
    assert again.radio[0].value == 5 and box(again, WHY, change_id).value == KNEES
    click(again, "Start afresh")
    assert again.radio[0].value == 5  # asked first
    click(again, "No, carry on")
    assert again.radio[0].value == 5 and box(again, WHY, change_id).value == KNEES
    click(again, "Start afresh")
    click(again, "Yes, start afresh")
    assert not again.exception
    assert "started earlier" not in notices(again)
    assert again.text_area[0].value == ""  # the first step, empty
    with closing(open_db(app_db)) as db:
        assert checkins.list_checkins(db, account.id, change_id) == []
    assert "started earlier" not in notices(sign_in_as(new_app(), app_db, account).run())
    # The fresh one begun here is not overwritten by the first window, still open on the old.
    again.text_area[0].input("A fresh start.").run()
    box(at, WHY, change_id).input(KNEES + " More.").run()
    assert "started afresh in another window" in notices(at)
    assert not any("kept as a draft" in c.value for c in at.caption)
    third = sign_in_as(new_app(), app_db, account).run()
    assert third.text_area[0].value == "A fresh start."
    click(at, "Start afresh here too")
    assert at.text_area[0].value == "A fresh start."


def test_a_check_in_started_afresh_stays_cleared_after_the_fresh_one_is_saved(new_app, app_db):
    account, change_id, at = at_importance(new_app, app_db)
    at.radio[0].set_value(5).run()
    box(at, WHY, change_id).input(KNEES).run()
    again = sign_in_as(new_app(), app_db, account).run()
    click(again, "Start afresh")
    click(again, "Yes, start afresh")
    again.text_area[0].input("A fresh start.").run()
    click(again, "Next")
    again.radio[0].set_value(6).run()
    finish(again)
    with closing(open_db(app_db)) as db:
        assert len(checkins.list_checkins(db, account.id, change_id)) == 1
    box(at, WHY, change_id).input(KNEES + " More.").run()  # the window left behind
    assert "started afresh in another window" in notices(at)
    fresh = sign_in_as(new_app(), app_db, account).run()
    assert "started earlier" not in notices(fresh)
    assert fresh.text_area[0].value == "" and KNEES not in str(fresh.text_area[0].value)


def test_start_afresh_asked_and_then_left_for_a_step_is_not_still_asking_later(new_app, app_db):
    account, change_id, at = at_importance(new_app, app_db)
    at.radio[0].set_value(5).run()
    again = sign_in_as(new_app(), app_db, account).run()
    click(again, "Start afresh")
    click(again, "Next")  # carries on instead of answering
    assert f"checkin_afresh_asked:{change_id}" not in again.session_state
    assert "Yes, start afresh" not in [b.label for b in again.button]


def test_a_start_afresh_question_left_open_is_not_asked_of_the_check_in_taken_up_after(
        new_app, app_db):
    account, change_id, at = at_importance(new_app, app_db)
    at.radio[0].set_value(5).run()
    box(at, WHY, change_id).input(KNEES).run()
    first = sign_in_as(new_app(), app_db, account).run()  # carries on the check-in
    second = sign_in_as(new_app(), app_db, account).run()  # so does this one
    click(first, "Start afresh")  # asked, not answered
    click(second, "Start afresh")
    click(second, "Yes, start afresh")
    second.text_area[0].input("A fresh start.").run()
    first.run()
    click(first, "Start afresh here too")  # takes up the other window's fresh check-in
    assert "Yes, start afresh" not in [b.label for b in first.button]
