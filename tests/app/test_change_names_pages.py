"""Two changes with one name (an import can bring them; new names must differ) are told apart on
"Your changes" as in the pickers: numbered, "Walk more (2)", in each expander's label and in the
question before deleting or archiving one. The numbering itself: tests/unit/test_change_names.py."""

from __future__ import annotations

from contextlib import closing

from change_journal import sharing
from change_journal.store import changes, checkins, open_db
from change_journal.ui import widgets
from tests.app.conftest import seed_account, sign_in_as


def test_the_page_is_headed_with_the_name_the_picker_gives(new_app, app_db):
    account = seed_account(app_db, "river")
    with closing(open_db(app_db)) as db:
        changes.add_change(db, account.id, "Walk more")
        second = changes.add_change(db, account.id, "Walk more")
    # AppTest drops the sidebar after switch_page: the home page (Check in) of a fresh session.
    home = sign_in_as(new_app(), app_db, account).run()
    home.sidebar.selectbox[0].set_value(second).run()
    assert home.header[0].value == widgets.md_escape("Walk more (2)")


def test_your_changes_numbers_two_changes_with_one_name_as_the_pickers_do(new_app, app_db):
    account = seed_account(app_db, "river")
    seed_account(app_db, "coach.kim", role="coach")
    with closing(open_db(app_db)) as db:  # the store, as an import writes them
        first = changes.add_change(db, account.id, "Walk more")
        second = changes.add_change(db, account.id, "Walk more")
        sharing.share_with_coach(db, account.id, "coach.kim", [second])
    at = sign_in_as(new_app(), app_db, account).run()
    at.switch_page("pages/changes.py").run()
    # Labels are Markdown: the parentheses come escaped, and show as typed.
    assert [e.label for e in at.expander] == [widgets.md_escape("Walk more"),
                                              widgets.md_escape("Walk more (2)")]

    at.button(key=f"delete_{second}").click().run()
    assert not at.exception
    assert "Walk more (2)" in [t.value for t in at.text]
    at.button(key=f"delete_{first}").click().run()
    assert "Walk more (2)" not in [t.value for t in at.text]

    again = sign_in_as(new_app(), app_db, account).run()  # a tab without the question open
    again.switch_page("pages/changes.py").run()
    again.button(key=f"archive_{second}").click().run()  # shared: asks first, naming it
    assert not again.exception
    assert "Walk more (2)" in [t.value for t in again.text]


def test_a_name_the_browser_counts_as_longer_than_its_limit_can_still_be_edited(new_app, app_db):
    """The browser counts an emoji as two against a box's limit: a 120-emoji name (allowed, and
    an import can bring one) gets a box that takes it (a name box takes any length; saving
    checks it), or no key would work in it."""
    account = seed_account(app_db, "river")
    with closing(open_db(app_db)) as db:
        changes.add_change(db, account.id, "\U0001F600" * 120)
    at = sign_in_as(new_app(), app_db, account).run()
    at.switch_page("pages/changes.py").run()
    [name] = [box for box in at.text_input if box.label == "Name"]
    assert not name.max_chars and "Up to 120 characters." in name.help


def test_a_new_session_opens_on_the_change_last_written_in(new_app, app_db):
    """A reload (a new session) keeps to the change the person was writing about, not their
    oldest one."""
    account = seed_account(app_db, "river")
    with closing(open_db(app_db)) as db:
        changes.add_change(db, account.id, "Walk more")
        written = changes.add_change(db, account.id, "Drink less")
        changes.add_change(db, account.id, "Sleep by eleven")
        checkins.save_checkin(db, account.id, written,
                              {"importance": 6, "confidence": 4, "readiness": 5}, [])
    home = sign_in_as(new_app(), app_db, account).run()
    assert home.sidebar.selectbox[0].value == written
    assert home.header[0].value == widgets.md_escape("Drink less")
