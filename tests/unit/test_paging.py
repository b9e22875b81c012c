"""Pages of a list: how many, which page a number means, and what each holds."""

from __future__ import annotations

import pytest

from change_journal import paging


@pytest.mark.parametrize(("total", "size", "pages"), [(0, 30, 1), (1, 30, 1), (30, 30, 1),
                                                       (31, 30, 2), (70, 30, 3), (10_950, 30, 365)])
def test_a_list_fills_whole_pages_and_at_least_one(total, size, pages):
    assert paging.page_count(total, size) == pages


@pytest.mark.parametrize(("number", "span"), [(1, (1, 30)), (2, (31, 60)), (3, (61, 70)),
                                              (0, (1, 30)), (-5, (1, 30)), (99, (61, 70))])
def test_each_page_holds_its_own_items_and_numbers_outside_are_brought_in(number, span):
    assert paging.page_span(number, 70, 30) == span


def test_the_pages_of_a_list_hold_each_item_once():
    total, size = 95, 20
    held = [i for n in range(1, paging.page_count(total, size) + 1)
            for i in range(paging.page_span(n, total, size)[0], paging.page_span(n, total, size)[1] + 1)]
    assert held == list(range(1, total + 1))
