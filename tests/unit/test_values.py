"""The values card sort: the shipped deck, own values, sorting and resuming, top five, snapshots."""

from __future__ import annotations

import pytest

from change_journal import values
from change_journal.store import users
from change_journal.store import values as store
from change_journal.validation import InputError

GUIDE_NAMES = """acceptance, accuracy, achievement, adventure, attractiveness, authority,
autonomy, beauty, caring, challenge, change, comfort, commitment, compassion, contribution,
cooperation, courtesy, creativity, dependability, duty, ecology, excitement, faithfulness,
fame, family, fitness, flexibility, forgiveness, friendship, fun, generosity, genuineness,
God's will, growth, health, helpfulness, honesty, hope, humility, humor, independence,
industry, inner peace, intimacy, justice, knowledge, leisure, loved, loving, mastery,
mindfulness, moderation, monogamy, nonconformity, nurturance, openness, order, passion,
pleasure, popularity, power, purpose, rationality, realism, responsibility, risk, romance,
safety, self-acceptance, self-control, self-esteem, self-knowledge, service, sexuality,
simplicity, solitude, spirituality, stability, tolerance, tradition, virtue, wealth,
world peace"""


@pytest.fixture
def user_id(db):
    return users.create_user(db, "alex", "alex", "hash")


def sort_everything(db, user_id, very=(), important=()):
    """Place every card of the current sort: ``very`` and ``important`` by name, the rest "not"."""
    sort = values.start_sort(db, user_id)
    with db.atomic():
        for card in sort.cards:
            pile = "very" if card.name in very else "important" if card.name in important else "not"
            values.place_card(db, user_id, sort, card.name, pile)
    return values.current_sort(db, user_id)


def completed(db, user_id, top, when):
    """A completed sort whose top values are ``top``, dated ``when``."""
    sort = sort_everything(db, user_id, very=top)
    values.finish_sort(db, user_id, sort, list(top))
    db.execute("UPDATE value_sorts SET completed_at = ? WHERE id = ?", [when, sort.sort_id])


def test_the_deck_holds_exactly_the_83_names_from_the_guide_each_described():
    names = [" ".join(n.split()) for n in GUIDE_NAMES.split(",")]
    shipped = values.builtin_values()
    assert [v.name for v in shipped] == names
    assert len(shipped) == 83
    assert all(v.description.endswith(".") and len(v.description) < 80 for v in shipped)


@pytest.mark.parametrize(("csv_text", "message"), [
    ("value,meaning\nfun,Play.\n", "columns"),
    ("name,description\nfun,Play.\nFun,Games.\n", "twice"),
    ("name,description\nfun,\n", "description"),
])
def test_a_broken_values_file_is_refused(tmp_path, csv_text, message):
    path = tmp_path / "values.csv"
    path.write_text(csv_text)
    with pytest.raises(ValueError, match=message):
        values.builtin_values(path)


def test_a_sort_deck_is_shuffled_but_the_same_every_time_it_is_resumed(db, user_id):
    first = values.start_sort(db, user_id)
    again = values.current_sort(db, user_id)
    assert [c.name for c in first.cards] == [c.name for c in again.cards]
    assert [c.name for c in values.deck(first.sort_id + 1, [])] != [c.name for c in first.cards]
    assert sorted(c.name for c in first.cards) == sorted(v.name for v in values.builtin_values())


def test_a_half_done_sort_is_kept_and_resumes_at_the_first_unsorted_card(db, user_id):
    sort = values.start_sort(db, user_id)
    for card in sort.cards[:23]:
        values.place_card(db, user_id, sort, card.name, "important")
    resumed = values.current_sort(db, user_id)
    assert resumed.sort_id == sort.sort_id
    assert (resumed.placed, resumed.total) == (23, 83)
    assert resumed.next_unplaced() == 23
    assert values.start_sort(db, user_id).sort_id == sort.sort_id


def test_placing_a_card_again_moves_it_to_the_new_pile(db, user_id):
    sort = values.start_sort(db, user_id)
    card = sort.cards[0].name
    values.place_card(db, user_id, sort, card, "not")
    values.place_card(db, user_id, sort, card, "very")
    resumed = values.current_sort(db, user_id)
    assert resumed.piles == {card: "very"}
    assert resumed.placed == 1


@pytest.mark.parametrize(("name", "pile"), [("family", "maybe"), ("not a card", "very")])
def test_unknown_piles_and_cards_are_refused(db, user_id, name, pile):
    sort = values.start_sort(db, user_id)
    with pytest.raises(ValueError):
        values.place_card(db, user_id, sort, name, pile)


def test_own_values_join_the_end_of_the_deck_in_the_sort_in_progress(db, user_id):
    values.start_sort(db, user_id)
    values.add_custom_value(db, user_id, "  Being   outdoors ", "Fresh air every day.")
    sort = values.current_sort(db, user_id)
    assert sort.total == 84
    assert sort.cards[-1] == values.Value("Being outdoors", "Fresh air every day.", custom=True)


@pytest.mark.parametrize(("name", "description", "message"), [
    ("", "", "name is empty"),
    ("x" * (values.MAX_NAME_CHARS + 1), "", "limit is 40"),
    ("Family", "", "already in the deck"),
    ("GOD'S WILL", "", "already in the deck"),
    ("Health\u200b", "", "already in the deck"),     # looks like the deck's own
    ("Heal\u00adth", "", "already in the deck"),
    ("\uff28ealth", "", "already in the deck"),
    ("H\u0435alth", "", "already in the deck"),
    ("Gardening", "y" * (values.MAX_DESCRIPTION_CHARS + 1), "description is"),
])
def test_bad_own_values_are_refused_with_a_clear_message(db, user_id, name, description, message):
    with pytest.raises(InputError, match=message):
        values.add_custom_value(db, user_id, name, description)
    assert values.custom_values(db, user_id) == []


def test_an_own_value_cannot_be_added_twice(db, user_id):
    values.add_custom_value(db, user_id, "Gardening", "")
    with pytest.raises(InputError, match="already in the deck"):
        values.add_custom_value(db, user_id, "gardening", "")


def test_own_values_are_private_to_their_owner(db, user_id):
    other = users.create_user(db, "sam", "sam", "hash")
    values.add_custom_value(db, user_id, "Gardening", "")
    assert values.custom_values(db, other) == []
    assert values.start_sort(db, other).total == 83


@pytest.mark.parametrize(("very", "important", "expected"), [
    (["wealth", "family", "health", "fun", "hope", "risk"], ["duty"],
     ["family", "fun", "health", "hope", "risk", "wealth"]),
    (["health", "family"], ["fun", "duty"], ["family", "health", "duty", "fun"]),
    ([], [], []),
])
def test_top_five_is_chosen_from_very_important_and_from_important_when_too_few(
        db, user_id, very, important, expected):
    """Each pile in the order of the values' names, the very important first."""
    sort = sort_everything(db, user_id, very, important)
    assert sort.top_candidates() == expected


@pytest.mark.parametrize(("chosen", "message"), [
    ([], "at least one"),
    (["family", "health", "fun", "hope", "risk", "wealth"], "up to 5"),
    (["family", "family"], "once"),
    (["duty"], "cards you found important"),
])
def test_a_bad_top_five_is_refused_and_the_sort_stays_open(db, user_id, chosen, message):
    sort = sort_everything(db, user_id, very=["family", "health", "fun", "hope", "risk", "wealth"])
    with pytest.raises(InputError, match=message):
        values.finish_sort(db, user_id, sort, chosen)
    assert values.current_sort(db, user_id) is not None
    assert values.snapshots(db, user_id) == []


def test_a_sort_with_cards_left_cannot_be_finished(db, user_id):
    sort = values.start_sort(db, user_id)
    values.place_card(db, user_id, sort, sort.cards[0].name, "very")
    with pytest.raises(InputError, match="82 cards are still to sort"):
        values.finish_sort(db, user_id, values.current_sort(db, user_id), [sort.cards[0].name])


def test_finishing_keeps_a_dated_snapshot_with_the_ranking_in_order(db, user_id):
    sort = sort_everything(db, user_id, very=["family", "health", "honesty"])
    values.finish_sort(db, user_id, sort, ["health", "honesty", "family"])
    [shot] = values.snapshots(db, user_id)
    assert shot.top == ("health", "honesty", "family")
    assert shot.completed_at
    assert values.current_sort(db, user_id) is None


def test_the_places_chosen_so_far_are_kept_with_the_sort_until_it_is_finished(db, user_id):
    sort = sort_everything(db, user_id, very=["family", "health", "honesty"])
    assert sort.ranking == values.EMPTY_RANKING
    values.keep_ranking(db, user_id, sort, ("honesty", None, "family", None, None))
    values.keep_ranking(db, user_id, sort, (None, "honesty", "family", None, None))
    assert values.current_sort(db, user_id).ranking == (None, "honesty", "family", None, None)
    values.finish_sort(db, user_id, sort, ["health", "family"])  # the saved choice, not the draft
    assert [shot.top for shot in values.snapshots(db, user_id)] == [("health", "family")]
    with pytest.raises(InputError, match="finished or stopped"):
        values.keep_ranking(db, user_id, sort, ("family", None, None, None, None))
    assert [shot.top for shot in values.snapshots(db, user_id)] == [("health", "family")]


def test_a_place_is_chosen_over_the_places_as_stored_not_as_a_window_last_saw_them(db, user_id):
    sort = sort_everything(db, user_id, very=["family", "health", "honesty"])
    values.keep_ranking(db, user_id, sort, ("honesty", "family", None, None, None))
    assert values.choose_for_place(db, user_id, sort.sort_id, 3, "health") == (
        "honesty", "family", None, "health", None)
    assert values.choose_for_place(db, user_id, sort.sort_id, 0, "health") == (
        "health", "family", None, "honesty", None)  # swapped with the value it displaced
    assert values.choose_for_place(db, user_id, sort.sort_id, 1, None) == (
        "health", None, None, "honesty", None)
    assert values.current_sort(db, user_id).ranking == ("health", None, None, "honesty", None)
    with pytest.raises(InputError, match="changed in another window"):  # not as shown
        values.choose_for_place(db, user_id, sort.sort_id, 0, "family",
                                shown=("health", None, None, None, None))
    assert values.choose_for_place(db, user_id, sort.sort_id, 0, "family",
                                   shown=("health", None, None, "honesty", None))[0] == "family"
    values.discard_sort(db, user_id, sort)
    with pytest.raises(InputError, match="finished or stopped"):
        values.choose_for_place(db, user_id, sort.sort_id, 0, "family")


def test_a_sort_where_nothing_is_important_can_still_be_kept(db, user_id):
    sort = sort_everything(db, user_id)
    values.finish_sort(db, user_id, sort, [])
    [shot] = values.snapshots(db, user_id)
    assert shot.top == ()


def test_a_finished_sort_cannot_be_changed_or_discarded(db, user_id):
    sort = sort_everything(db, user_id, very=["family"])
    values.finish_sort(db, user_id, sort, ["family"])
    with pytest.raises(InputError, match="finished or stopped"):
        values.place_card(db, user_id, sort, "family", "not")
    assert store.discard_sort(db, user_id, sort.sort_id) is False
    assert len(values.snapshots(db, user_id)) == 1


def test_discarding_a_new_sort_keeps_the_earlier_snapshots(db, user_id):
    completed(db, user_id, ["family"], "2026-01-01T10:00:00+00:00")
    sort = values.start_sort(db, user_id)
    values.place_card(db, user_id, sort, sort.cards[0].name, "very")
    values.discard_sort(db, user_id, sort)
    assert values.current_sort(db, user_id) is None
    assert [s.top for s in values.snapshots(db, user_id)] == [("family",)]


def test_another_person_cannot_touch_a_sort(db, user_id):
    other = users.create_user(db, "sam", "sam", "hash")
    sort = values.start_sort(db, user_id)
    assert store.place_card(db, other, sort.sort_id, "family", "very") is False
    assert store.complete_sort(db, other, sort.sort_id, ["family"]) is False
    assert store.discard_sort(db, other, sort.sort_id) is False
    assert values.current_sort(db, user_id).piles == {}


def snapshot(top, at="2026-01-01T00:00:00+00:00"):
    return values.Snapshot(1, at, tuple(top))


@pytest.mark.parametrize(("before", "after", "labels", "left"), [
    (["family", "health"], ["health", "family"], ["Up from 2", "Down from 1"], []),
    (["family", "health"], ["family", "honesty"], ["Same place", "New in your top values"],
     ["health"]),
    ([], ["fun"], ["New in your top values"], []),
    (["fun"], [], [], ["fun"]),
])
def test_movement_between_snapshots_says_how_each_top_value_moved(before, after, labels, left):
    moves, gone = values.movement(snapshot(before), snapshot(after))
    assert [m.label for m in moves] == labels
    assert [m.rank for m in moves] == list(range(1, len(after) + 1))
    assert gone == left


def test_the_movement_table_lists_the_values_that_left_last():
    table = values.movement_table(snapshot(["family", "health"]), snapshot(["honesty", "family"]))
    assert table.values.tolist() == [
        ["1", "Honesty", "New in your top values"],
        ["2", "Family", "Down from 1"],
        ["–", "Health", "Left your top values"],
    ]


def test_the_history_table_is_newest_first_in_the_viewers_time_zone(db, user_id):
    completed(db, user_id, ["family", "health"], "2026-01-01T23:30:00+00:00")
    completed(db, user_id, ["health"], "2026-03-01T10:00:00+00:00")
    table = values.history_table(values.snapshots(db, user_id), "Asia/Tokyo")
    assert table.columns.tolist() == ["Sorted on", "1", "2", "3", "4", "5"]
    assert table.values.tolist() == [
        ["1 Mar 2026", "Health", "", "", "", ""],
        ["2 Jan 2026", "Family", "Health", "", "", ""],
    ]


def test_describe_finds_shipped_and_own_descriptions(db, user_id):
    own = [values.add_custom_value(db, user_id, "Gardening", "Growing food.")]
    assert values.describe("Gardening", own) == "Growing food."
    assert values.describe("family", own) == "A close and loving family life."
    assert values.describe("unknown", own) == ""


@pytest.mark.parametrize(("placed", "index", "expected"), [
    (5, 1, 2),      # reviewing: the next card was placed before, so show it
    (5, 4, None),   # the next card is the first unplaced one: back to the frontier
    (83, 82, None),  # the last card: back to choosing the top five
])
def test_after_placing_a_reviewed_card_the_next_placed_card_or_the_frontier_follows(
        db, user_id, placed, index, expected):
    sort = values.start_sort(db, user_id)
    with db.atomic():
        for card in sort.cards[:placed]:
            values.place_card(db, user_id, sort, card.name, "important")
    assert values.current_sort(db, user_id).after_placing(index) == expected


@pytest.mark.parametrize(("name", "shown"), [
    ("family", "Family"),
    ("inner peace", "Inner peace"),
    ("self-acceptance", "Self-acceptance"),
    ("God's will", "God's will"),
    ("being outdoors", "being outdoors"),  # a person's own value, as they wrote it
    ("iPhone time", "iPhone time"),
])
def test_value_names_are_shown_in_their_proper_case_and_own_values_as_written(name, shown):
    assert values.display_name(name) == shown


def test_every_shipped_value_is_shown_starting_with_a_capital_letter():
    shown = [values.display_name(v.name) for v in values.builtin_values()]
    assert all(name[0].isupper() for name in shown)
    assert shown[0] == "Acceptance"


EMPTY = (None,) * values.TOP_SIZE


@pytest.mark.parametrize(("start", "place", "name", "expected"), [
    (EMPTY, 0, "family", ("family", None, None, None, None)),
    (("family", None, None, None, None), 2, "health", ("family", None, "health", None, None)),
    # choosing a value that holds another place swaps the two: reordering is one choice
    (("family", "fun", "health", None, None), 0, "health", ("health", "fun", "family", None, None)),
    (("family", None, None, None, None), 3, "family", (None, None, None, "family", None)),
    (("family", "fun", None, None, None), 1, None, ("family", None, None, None, None)),
    (("family", "fun", None, None, None), 0, "family", ("family", "fun", None, None, None)),
])
def test_choosing_a_value_for_a_place_fills_it_or_swaps_places(start, place, name, expected):
    assert values.rank(start, place, name) == expected


def test_a_place_outside_the_top_five_is_refused():
    with pytest.raises(ValueError, match="place"):
        values.rank(EMPTY, values.TOP_SIZE, "family")


def test_the_ranking_drops_values_moved_out_of_the_candidates_and_skips_empty_places():
    ranking = ("family", None, "health", "fun", None)
    kept = values.still_candidates(ranking, ["family", "fun"])
    assert kept == ("family", None, None, "fun", None)
    assert values.ranked(kept) == ["family", "fun"]
    assert [values.place_label(i) for i in range(values.TOP_SIZE)] == [
        "1. Most important", "2.", "3.", "4.", "5."]


def test_a_ranking_with_gaps_saves_in_order(db, user_id):
    sort = sort_everything(db, user_id, very=["family", "health", "fun"])
    ranking = values.rank(values.rank(values.EMPTY_RANKING, 2, "fun"), 0, "health")
    values.finish_sort(db, user_id, sort, values.ranked(ranking))
    assert values.snapshots(db, user_id)[0].top == ("health", "fun")
