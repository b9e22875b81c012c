"""Next steps follow the rulers: the routing table case by case, moves since last time, the links
offered after a check-in and the plan page's message (never an offer at importance 3 or less)."""

from __future__ import annotations

import itertools

import pytest

from change_journal import next_steps, prompts
from change_journal.next_steps import ROUTES, movement, moves, offers, plan_message, route


def ratings(importance, confidence, readiness):
    return {"importance": importance, "confidence": confidence, "readiness": readiness}


@pytest.mark.parametrize(("given", "has_plan", "name", "angle"), [
    # low importance (3 or less): values and both sides, never the plan
    (ratings(0, 0, 0), False, "low_importance", "looking_back"),
    (ratings(1, 9, 9), False, "low_importance", "looking_back"),
    (ratings(2, 10, 10), True, "low_importance", "looking_back"),
    (ratings(3, 2, 8), False, "low_importance", "looking_back"),
    (ratings(3, 10, 10), True, "low_importance", "looking_back"),
    # importance 5+ with confidence 4 or less: what has helped before, strengths, a small step
    (ratings(5, 4, 2), False, "build_confidence", "past_successes"),
    (ratings(9, 1, 8), False, "build_confidence", "past_successes"),
    (ratings(10, 0, 10), True, "build_confidence", "past_successes"),
    (ratings(7, 3, 7), True, "build_confidence", "past_successes"),
    # all three 7+: the plan, or a review of the plan there is
    (ratings(7, 7, 7), False, "plan", "looking_forward"),
    (ratings(10, 10, 10), False, "plan", "looking_forward"),
    (ratings(8, 9, 7), True, "review_plan", "looking_forward"),
    (ratings(10, 10, 10), True, "review_plan", "looking_forward"),
    # everything else: exploring, the angle tried longest ago
    (ratings(4, 2, 2), False, "exploring", None),
    (ratings(4, 8, 8), False, "exploring", None),
    (ratings(6, 5, 9), False, "exploring", None),
    (ratings(8, 6, 8), False, "exploring", None),
    (ratings(7, 7, 6), True, "exploring", None),
    (ratings(9, 5, 3), True, "exploring", None),
])
def test_each_profile_takes_its_route(given, has_plan, name, angle):
    chosen = route(given, has_plan)
    assert (chosen.name, chosen.angle) == (name, angle)
    assert chosen.offers_plan == (name in ("plan", "review_plan"))


def test_the_plan_is_never_offered_at_importance_three_or_less_whatever_else():
    for importance, confidence, readiness, has_plan in itertools.product(
            range(4), range(11), range(11), (False, True)):
        chosen = route(ratings(importance, confidence, readiness), has_plan)
        assert not chosen.offers_plan
        offered, message = plan_message(ratings(importance, confidence, readiness), has_plan)
        assert not offered and "turn that into steps" not in message


def test_a_plan_that_exists_is_reviewed_never_made_again():
    for values in itertools.product(range(11), repeat=3):
        chosen = route(ratings(*values), has_plan=True)
        assert "plan" not in chosen.offers  # only "review_plan" can appear


def test_every_rating_has_exactly_one_route_and_the_table_ends_with_a_catch_all():
    assert ROUTES[-1].applies(ratings(0, 0, 0), False) and ROUTES[-1].applies(ratings(10, 10, 10), True)
    names = {route(ratings(*v), p).name for v in itertools.product(range(11), repeat=3)
             for p in (False, True)}
    assert names == {r.name for r in ROUTES}


@pytest.mark.parametrize(("now", "before", "expected", "kind"), [
    (ratings(9, 3, 3), ratings(2, 3, 3), [("importance", 2, 9)], "rise"),
    (ratings(1, 3, 3), ratings(10, 3, 3), [("importance", 10, 1)], "drop"),
    (ratings(6, 4, 5), ratings(5, 3, 4), [], None),
    (ratings(6, 6, 7), ratings(6, 4, 5), [("confidence", 4, 6), ("readiness", 5, 7)], "rise"),
    (ratings(8, 2, 8), ratings(6, 4, 6), [("importance", 6, 8), ("confidence", 4, 2),
                                          ("readiness", 6, 8)], "drop"),
    (ratings(5, 5, 5), None, [], None),
])
def test_moves_of_two_or_more_are_found_and_a_drop_comes_first(now, before, expected, kind):
    assert [(m.ruler, m.before, m.after) for m in moves(now, before)] == expected
    assert movement(now, before) == kind


@pytest.mark.parametrize("name", ["plan", "review_plan", "exploring"])
def test_after_a_first_check_in_progress_is_not_offered(name):
    """One check-in has no numbers that moved: "See how your numbers have moved" waits."""
    chosen = next_steps.ROUTES_BY_NAME[name]
    assert "pages/progress.py" in [o.page for o in offers(chosen)]
    assert [o.page for o in offers(chosen, first=True)] == [
        o.page for o in offers(chosen) if o.page != "pages/progress.py"]


@pytest.mark.parametrize(("name", "pages"), [
    ("low_importance", ["pages/values.py", "pages/ambivalence.py"]),
    ("build_confidence", ["pages/ambivalence.py", "pages/summary.py"]),
    ("plan", ["pages/plan.py", "pages/progress.py"]),
    ("review_plan", ["pages/plan.py", "pages/progress.py"]),
    ("exploring", ["pages/ambivalence.py", "pages/progress.py"]),
])
def test_each_route_offers_links_to_pages_that_exist(name, pages):
    links = offers(next_steps.ROUTES_BY_NAME[name])
    assert [o.page for o in links] == pages
    assert all(o.label and o.icon.startswith(":material/") for o in links)
    if name == "build_confidence":
        assert links[0].query == {"mode": "angles"}
    if name == "review_plan":
        assert "Make a plan" not in " ".join(o.label for o in links)


def test_suggested_angles_are_sets_the_both_sides_page_has():
    angles = {s.name for s in prompts.load_prompts().sets_of("ambivalence", "evocative")}
    assert {r.angle for r in ROUTES if r.angle} <= angles


@pytest.mark.parametrize(("given", "has_plan", "offered", "words"), [
    (None, False, False, "whenever you want one"),
    (ratings(2, 9, 9), False, False, "There is no hurry."),
    (ratings(8, 3, 8), False, False, "whenever you want one"),
    (ratings(8, 7, 8), False, True, "importance 8, confidence 7 and readiness 8"),
    (ratings(8, 7, 8), True, True, "How is the plan working for you?"),
])
def test_the_plan_page_offers_only_on_the_plan_routes(given, has_plan, offered, words):
    got, message = plan_message(given, has_plan)
    assert got is offered and words in message
    assert "It's your call." in message or not offered or has_plan
    for pushy in ("should", "must", "need to"):
        assert pushy not in message.lower()


@pytest.mark.parametrize(("importance", "confidence", "hinted"), [
    (5, 3, True), (8, 4, True), (6, 0, True), (8, 6, True),  # the last from rulers.py (7+, under 7)
    (3, 2, False), (4, 1, False), (6, 5, False),
])
def test_low_confidence_about_a_change_that_matters_brings_a_small_step_hint(importance, confidence,
                                                                             hinted):
    from change_journal import checkin
    from change_journal.rulers import RULERS_BY_KEY

    hints = [q.hint for q in checkin.follow_up_questions(RULERS_BY_KEY["confidence"], confidence,
                                                         importance)]
    assert any("smaller first step" in h for h in hints) is hinted
