"""What a shared view says it holds (``sharing.SharedView.shares``): the kinds of written answers a
grant shares and how many it shares one by one, read with the grant (``store.sharing._reach``),
on both engines."""

from __future__ import annotations

import pytest

from change_journal import accounts, sharing
from change_journal.store import changes, checkins
from change_journal.store.checkins import AnswerIn

pytestmark = pytest.mark.engines("sqlite", "postgresql")

PASSWORD = "a long enough password"


@pytest.fixture
def shared(db):
    """River shares "Walk" with coach Kim (accepted), written answers: two check-ins, each with
    how it is going and a note."""
    river = accounts.sign_up(db, "river", PASSWORD).id
    kim = accounts.sign_up(db, "coach.kim", PASSWORD, "coach").id
    walk = changes.add_change(db, river, "Walk")
    for words in ("Two walks.", "Three walks."):
        checkins.save_checkin(db, river, walk, {"importance": 7, "confidence": 5,
                                                "readiness": 6},
                              [AnswerIn("checkin.how_going", "How is it going?", words),
                               AnswerIn("checkin.note", "Anything else?", f"Note: {words}")])
    sharing.share_with_coach(db, river, "coach.kim", [walk], scope="answers")
    sharing.accept(db, kim, river)
    (grant,) = sharing.list_grants(db, river)
    ids = {text: answer_id for answer_id, text in db.execute(
        "SELECT id, text FROM answers WHERE user_id = ?", [river]).fetchall()}
    return db, river, kim, walk, grant, ids


def test_a_pick_its_kind_shares_anyway_is_not_counted_twice(shared):
    db, river, kim, walk, grant, ids = shared
    sharing.change_what_is_shared(db, river, grant.id, "answers", ["how_going"],
                                  [ids["Two walks."], ids["Note: Two walks."]])
    view = sharing.open_for_coach(db, kim, river, walk)
    assert (view.kinds, view.picked) == (("how_going",), 1)
    assert view.shares == ("numbers, charts and written answers (how things are going; 1 answer "
                           "picked one by one)")
    preview = sharing.open_preview(db, river, grant.id)
    assert (preview.kinds, preview.picked) == (("how_going",), 1)


def test_picks_alone_and_nothing_picked(shared):
    db, river, kim, walk, grant, ids = shared
    view = sharing.open_for_coach(db, kim, river, walk)
    assert view.shares == "numbers and charts (written answers too, but none are picked yet)"
    sharing.change_what_is_shared(db, river, grant.id, "answers", [],
                                  [ids["Note: Two walks."], ids["Note: Three walks."]])
    assert sharing.open_for_coach(db, kim, river, walk).picked == 2
    assert sharing.open_for_coach(db, kim, river, walk + 1) is None  # not shared: no view
