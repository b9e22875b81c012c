"""The Personal Values card sort: the deck, sorting and resuming, top five and snapshots over time.

The 83 value names come from the public-domain Personal Values Card Sort (Miller, C'de Baca,
Matthews and Wilbourne, 2001); the one-line descriptions in ``data/values.csv`` are our own.
People can add values of their own, which join the end of the deck.

Usage::

    sort = values.start_sort(db, user_id)           # or resume: values.current_sort(db, user_id)
    values.place_card(db, user_id, sort, "family", "very")
    values.finish_sort(db, user_id, values.current_sort(db, user_id), ["family", "health"])
"""

from __future__ import annotations

import csv
import random
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd
from sqlite_utils import Database

from change_journal import confusables
from change_journal.clock import day as local_day
from change_journal.config import PROJECT_ROOT
from change_journal.store import transaction
from change_journal.store import values as store
from change_journal.validation import InputError, clean_text

VALUES_FILE = PROJECT_ROOT / "data" / "values.csv"
PILES = {"very": "Very important", "important": "Important", "not": "Not important to me"}
TOP_SIZE = 5
MAX_NAME_CHARS = 40
MAX_DESCRIPTION_CHARS = 200
MAX_CUSTOM_VALUES = 40
ALREADY_IN_DECK = "A value with this name is already in the deck. Try another name."
SORT_GONE = ("This sort was finished or stopped, perhaps in another window. Start a new one to "
             "sort again.")
TOP_FIVE_CHANGED = ("Your top five was changed in another window meanwhile: here it is now. Choose "
                    "again if you like.")
"""Messages never repeat the person's words: they are shown as Markdown."""


@dataclass(frozen=True)
class Value:
    name: str
    description: str
    custom: bool = False


@lru_cache(maxsize=4)
def builtin_values(path: Path = VALUES_FILE) -> tuple[Value, ...]:
    """The shipped values, validated: unique names, each with a description."""
    with Path(path).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != ["name", "description"]:
            raise ValueError(f"{path} must have the columns name,description.")
        rows = [Value(r["name"].strip(), r["description"].strip()) for r in reader]
    seen: set[str] = set()
    for row in rows:
        if not row.name or not row.description:
            raise ValueError(f"{path}: every value needs a name and a description ({row!r}).")
        if row.name.casefold() in seen:
            raise ValueError(f"{path}: the value {row.name!r} is listed twice.")
        seen.add(row.name.casefold())
    return tuple(rows)


@lru_cache(maxsize=1)
def _shipped_names() -> frozenset[str]:
    return frozenset(v.name for v in builtin_values())


def display_name(name: str) -> str:
    """A value's name as a person reads it: the shipped names in sentence case ("Inner peace",
    "God's will"), a value of the person's own exactly as they wrote it.

    The shipped names stay as they are in ``data/values.csv`` and in the database (they are
    what every sort and reflection refers to); only what is shown changes.
    """
    return name[:1].upper() + name[1:] if name in _shipped_names() else name


def custom_values(db: Database, user_id: int) -> list[Value]:
    return [Value(n, d, custom=True) for n, d in store.list_custom_values(db, user_id)]


def add_custom_value(db: Database, user_id: int, name: str | None,
                     description: str | None) -> Value:
    """Add a value of the person's own; raise :class:`InputError` for a bad or taken name."""
    clean_name = " ".join(clean_text(name, "The value's name", required=True,
                                     limit=MAX_NAME_CHARS).split())
    clean_description = clean_text(description, "The description", limit=MAX_DESCRIPTION_CHARS)
    existing = custom_values(db, user_id)
    if len(existing) >= MAX_CUSTOM_VALUES:
        raise InputError(f"You have {MAX_CUSTOM_VALUES} values of your own, which is the most "
                         "this journal keeps.")
    if confusables.look_alike(clean_name, [v.name for v in (*builtin_values(), *existing)]):
        raise InputError(ALREADY_IN_DECK)  # in any case, or only looking the same ("Heal\u00adth")
    try:
        store.add_custom_value(db, user_id, clean_name, clean_description)
    except store.ValueTaken:
        raise InputError(ALREADY_IN_DECK) from None
    return Value(clean_name, clean_description, custom=True)


def deck_size(db: Database, user_id: int) -> int:
    """How many cards a new sort deals: the shipped values and the person's own."""
    return len(builtin_values()) + len(custom_values(db, user_id))


def deck(sort_id: int, own: Sequence[Value]) -> list[Value]:
    """The cards of one sort: the shipped values shuffled (the same way every time for this
    sort, so it can be resumed), then the person's own values in the order they were added."""
    shipped = list(builtin_values())
    random.Random(sort_id).shuffle(shipped)
    return shipped + list(own)


Ranking = tuple[str | None, ...]
"""The value chosen for each place of the top five, most important first (None: not chosen)."""

EMPTY_RANKING: Ranking = (None,) * TOP_SIZE


@dataclass(frozen=True)
class SortInProgress:
    """A sort being worked through: its deck and the pile of every card placed so far."""

    sort_id: int
    cards: tuple[Value, ...]
    piles: dict[str, str]
    ranking: Ranking = EMPTY_RANKING  # the top five chosen so far (see :func:`keep_ranking`)

    @property
    def total(self) -> int:
        return len(self.cards)

    @property
    def placed(self) -> int:
        return sum(1 for card in self.cards if card.name in self.piles)

    def next_unplaced(self) -> int | None:
        """Index of the first card not placed yet; None when every card is placed."""
        return next((i for i, card in enumerate(self.cards) if card.name not in self.piles), None)

    def after_placing(self, index: int) -> int | None:
        """Where a person reviewing earlier cards goes after placing card ``index``: on to the
        next card if it was placed before, else back to the first unplaced card (None)."""
        following = index + 1
        if following < self.total and self.cards[following].name in self.piles:
            return following
        return None

    def in_pile(self, pile: str) -> list[str]:
        return [card.name for card in self.cards if self.piles.get(card.name) == pile]

    def top_candidates(self) -> list[str]:
        """Values to choose the top five from, in the order of their names (a list of 29 is
        searched by eye): the "very important" pile, and then the "important" one too when fewer
        than five cards are very important."""
        def by_name(pile: str) -> list[str]:
            return sorted(self.in_pile(pile), key=lambda name: display_name(name).casefold())
        very = by_name("very")
        return very if len(very) >= TOP_SIZE else very + by_name("important")


def current_sort(db: Database, user_id: int) -> SortInProgress | None:
    """The person's half-done sort, if any, ready to resume."""
    row = store.open_sort(db, user_id)
    return _in_progress(db, user_id, row.id) if row else None


def start_sort(db: Database, user_id: int) -> SortInProgress:
    """Resume the sort in progress or start a new one."""
    return _in_progress(db, user_id, store.start_sort(db, user_id).id)


def _in_progress(db: Database, user_id: int, sort_id: int) -> SortInProgress:
    cards = deck(sort_id, custom_values(db, user_id))
    ranks = store.sort_ranks(db, user_id, sort_id)
    return SortInProgress(sort_id, tuple(cards), store.sort_piles(db, user_id, sort_id),
                          tuple(ranks.get(place) for place in range(1, TOP_SIZE + 1)))


def place_card(db: Database, user_id: int, sort: SortInProgress, name: str, pile: str) -> None:
    """Put one card of ``sort`` on ``pile`` (placing it again moves it)."""
    if pile not in PILES:
        raise ValueError(f"Unknown pile {pile!r}; choose one of {', '.join(PILES)}.")
    if name not in {card.name for card in sort.cards}:
        raise ValueError(f"{name!r} is not a card in this sort.")
    if not store.place_card(db, user_id, sort.sort_id, name, pile):
        raise InputError(SORT_GONE)


def validate_top(chosen: Sequence[str], candidates: Sequence[str]) -> list[str]:
    """The chosen top values in rank order, or :class:`InputError` saying what to change."""
    top = list(chosen)
    if not candidates:
        return []
    if not top:
        raise InputError("Choose at least one value for your top five (up to five).")
    if len(top) > TOP_SIZE:
        raise InputError(f"Choose up to {TOP_SIZE} values; you chose {len(top)}.")
    if len(set(top)) != len(top):
        raise InputError("Each value can be chosen once.")
    unknown = [name for name in top if name not in candidates]
    if unknown:
        raise InputError("Choose your top values from the cards you found important.")
    return top


# ------------------------------------------------------------------------------ top five


def place_label(place: int) -> str:
    """The label of a place in the top five (0 is the most important)."""
    return "1. Most important" if place == 0 else f"{place + 1}."


def rank(ranking: Sequence[str | None], place: int, name: str | None) -> Ranking:
    """The ranking after ``name`` is chosen for ``place`` (None empties that place).

    A value that already holds another place swaps with the value it displaces, so moving a
    value up or down is one choice, never removing it and choosing it again.
    """
    if not 0 <= place < TOP_SIZE:
        raise ValueError(f"A place in the top five is 0 to {TOP_SIZE - 1}, not {place}.")
    new = list(ranking)
    if name is not None and name in new:
        new[new.index(name)] = new[place]
    new[place] = name
    return tuple(new)


def still_candidates(ranking: Sequence[str | None], candidates: Sequence[str]) -> Ranking:
    """The ranking with any value that is no longer a candidate (its card was moved to a
    lower pile since) taken out of its place."""
    return tuple(name if name in candidates else None for name in ranking)


def ranked(ranking: Sequence[str | None]) -> list[str]:
    """The chosen values in rank order, empty places skipped (what :func:`finish_sort` takes)."""
    return [name for name in ranking if name is not None]


def keep_ranking(db: Database, user_id: int, sort: SortInProgress, ranking: Ranking) -> None:
    """Keep the places chosen so far, as they are chosen: a reloaded tab, or another window,
    finds them (like every other step, the top five is never only in the tab)."""
    ranks = {place: name for place, name in enumerate(ranking, start=1) if name is not None}
    if not store.keep_ranks(db, user_id, sort.sort_id, ranks):
        raise InputError(SORT_GONE)


def choose_for_place(db: Database, user_id: int, sort_id: int, place: int, name: str | None,
                     shown: Ranking | None = None) -> Ranking:
    """Choose ``name`` for one place of the top five (see :func:`rank`) over the places as
    stored now, which must be those the window ``shown`` them (if given): a choice made on a
    top five another window has changed since is refused (:data:`TOP_FIVE_CHANGED`), so it never
    wipes places the person has not seen. The ranking kept; :class:`InputError` if the sort
    has ended or the places changed."""
    with transaction(db):
        sort = current_sort(db, user_id)
        if sort is None or sort.sort_id != sort_id:
            raise InputError(SORT_GONE)
        stored = still_candidates(sort.ranking, sort.top_candidates())
        if shown is not None and tuple(shown) != stored:
            raise InputError(TOP_FIVE_CHANGED)
        ranking = rank(stored, place, name)
        keep_ranking(db, user_id, sort, ranking)
    return ranking


def finish_sort(db: Database, user_id: int, sort: SortInProgress, chosen: Sequence[str]) -> None:
    """Rank the top values and keep the sort as a dated snapshot."""
    if sort.next_unplaced() is not None:
        raise InputError(f"{sort.total - sort.placed} cards are still to sort.")
    top = validate_top(chosen, sort.top_candidates())
    if not store.complete_sort(db, user_id, sort.sort_id, top):
        raise InputError("This sort is already finished.")


def discard_sort(db: Database, user_id: int, sort: SortInProgress) -> None:
    """Stop a sort in progress without keeping it (earlier snapshots stay)."""
    store.discard_sort(db, user_id, sort.sort_id)


def describe(name: str, own: Sequence[Value]) -> str:
    """The one-line description of a value, shipped or the person's own."""
    return next((v.description for v in (*builtin_values(), *own) if v.name == name), "")


# ------------------------------------------------------------------------------ snapshots


Snapshot = store.SnapshotRow


def snapshots(db: Database, user_id: int, since: str | None = None) -> list[Snapshot]:
    """Completed sorts, oldest first, each with its ranked top values."""
    return store.snapshots(db, user_id, since)


@dataclass(frozen=True)
class Move:
    """Where one of the latest top values stands compared with the sort before."""

    name: str
    rank: int
    before: int | None

    @property
    def label(self) -> str:
        if self.before is None:
            return "New in your top values"
        if self.before > self.rank:
            return f"Up from {self.before}"
        if self.before < self.rank:
            return f"Down from {self.before}"
        return "Same place"


def movement(before: Snapshot, after: Snapshot) -> tuple[list[Move], list[str]]:
    """How the top values moved from ``before`` to ``after``: the moves, and the values that left."""
    old = {name: rank for rank, name in enumerate(before.top, start=1)}
    moves = [Move(name, rank, old.get(name)) for rank, name in enumerate(after.top, start=1)]
    left = [name for name in before.top if name not in after.top]
    return moves, left


def movement_table(before: Snapshot, after: Snapshot) -> pd.DataFrame:
    """The latest top values with their movement, plus the values that left the top."""
    moves, left = movement(before, after)
    rows = [(str(m.rank), display_name(m.name), m.label) for m in moves]
    rows += [("–", display_name(name), "Left your top values") for name in left]
    return pd.DataFrame(rows, columns=["Rank", "Value", "Since the sort before"])


def history_table(shots: Sequence[Snapshot], tz: str) -> pd.DataFrame:
    """Every snapshot, newest first: its date and its top values by rank."""
    return pd.DataFrame(
        [[local_day(s.completed_at, tz), *map(display_name, s.top[:TOP_SIZE]),
          *[""] * (TOP_SIZE - len(s.top[:TOP_SIZE]))]
         for s in reversed(shots)],
        columns=["Sorted on", *(str(rank) for rank in range(1, TOP_SIZE + 1))],
    )
