"""A person's changes have names of their own: pickers list changes by name, and two alike
could not be told apart (changes.py). Names that repeat anyway (an import, or older data) are
numbered where a list picks one."""

from __future__ import annotations

import pytest

from change_journal import accounts, changes, sharing
from change_journal.store import changes as change_store
from change_journal.validation import InputError

PASSWORD = "a long enough password"


@pytest.fixture
def person(db):
    return accounts.sign_up(db, "river", PASSWORD).id


@pytest.mark.parametrize("again", [
    "Walk most days", "walk MOST days", "  Walk most days  ",
    # Names that only look the same: characters that show nothing, a compatibility form, a
    # letter of another alphabet.
    "Walk most days\u200b", "Walk m\u00adost days", "Walk most\u2060 days", "\uff37alk most days",
    "Walk m\u043est days", "WaIk most days"])
def test_a_second_change_with_the_same_name_is_refused(db, person, again):
    changes.add_change(db, person, "Walk most days")
    with pytest.raises(InputError, match="already have a change with this name"):
        changes.add_change(db, person, again)
    assert len(changes.list_changes(db, person)) == 1


def test_an_archived_change_keeps_its_name(db, person):
    old = changes.add_change(db, person, "Walk most days")
    changes.archive_change(db, person, old, stop_sharing=False)
    with pytest.raises(InputError, match="perhaps archived"):
        changes.add_change(db, person, "Walk most days")


def test_a_rename_may_keep_the_name_but_not_take_another_changes(db, person):
    walk = changes.add_change(db, person, "Walk most days")
    changes.add_change(db, person, "Drink less")
    changes.rename_change(db, person, walk, "walk most days", "For my knees")
    assert changes.get_change(db, person, walk).title == "walk most days"
    with pytest.raises(InputError, match="already have a change with this name"):
        changes.rename_change(db, person, walk, "Drink less", "")
    assert changes.get_change(db, person, walk).title == "walk most days"


def test_other_peoples_names_are_free(db, person):
    changes.add_change(db, person, "Walk most days")
    other = accounts.sign_up(db, "robin", PASSWORD).id
    assert changes.add_change(db, other, "Walk most days")


def test_names_that_repeat_are_numbered_in_order_where_a_list_picks_one():
    made = [changes.Change(id=n, title=t, why_now="", created_at="", archived_at=None)
            for n, t in enumerate(["Walk more", "Drink less", "walk more", "Walk more"], 1)]
    assert changes.titles(made) == {1: "Walk more", 2: "Drink less", 3: "walk more (2)",
                                    4: "Walk more (3)"}


def test_names_that_only_look_alike_are_numbered_too():
    made = [changes.Change(id=n, title=t, why_now="", created_at="", archived_at=None)
            for n, t in enumerate(["Drink less", "Drink less\u200b", "Drink le\u0455s", "Drink"], 1)]
    assert changes.titles(made) == {1: "Drink less", 2: "Drink less\u200b (2)",
                                    3: "Drink le\u0455s (3)", 4: "Drink"}


def test_a_number_given_to_a_repeated_name_skips_a_name_already_there():
    made = [changes.Change(id=n, title=t, why_now="", created_at="", archived_at=None)
            for n, t in enumerate(["Drink less", "Drink less", "Drink less (2)", "Drink less"], 1)]
    assert changes.titles(made) == {1: "Drink less", 2: "Drink less (3)", 3: "Drink less (2)",
                                    4: "Drink less (4)"}


def test_the_sharing_page_names_changes_that_repeat_as_your_changes_does(db, person):
    """Its pickers number them already; the question before sharing, who sees what and the links
    are numbered the same way, so two changes with one name (from an import) stay apart."""
    accounts.sign_up(db, "coach.kim", PASSWORD, role="coach")
    first = change_store.add_change(db, person, "Walk more")  # as an import writes them
    second = change_store.add_change(db, person, "Walk more")
    assert changes.titles(changes.list_changes(db, person)) == {first: "Walk more",
                                                                 second: "Walk more (2)"}
    asked = sharing.check_share(db, person, sharing.ShareRequest(
        "coach.kim", (first, second), "numbers", (), None, "UTC"))
    assert asked.question == "Share “\u2068Walk more\u2069” and “\u2068Walk more (2)\u2069” with " \
        "\u2068coach.kim\u2069?"
    sharing.confirm_share(db, person, asked)
    sharing.create_link(db, person, second, None)
    assert sorted(sharing.grant_heading(g) for g in sharing.list_grants(db, person)) == [
        "Waiting for \u2068coach.kim\u2069 to accept “\u2068Walk more (2)\u2069”",
        "Waiting for \u2068coach.kim\u2069 to accept “\u2068Walk more\u2069”"]
    assert [sharing.link_heading(link) for link in sharing.list_links(db, person)] == [
        "Link to “\u2068Walk more (2)\u2069”"]
