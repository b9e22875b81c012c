"""Lists shown a page at a time, pages numbered from 1: how many pages, and what one holds."""

from __future__ import annotations


def page_count(total: int, size: int) -> int:
    """Pages of ``size`` items that ``total`` items fill (1 when there are none)."""
    return max(1, -(-total // size))


def page_number(number: int, total: int, size: int) -> int:
    """``number`` brought within the pages there are."""
    return min(max(1, number), page_count(total, size))


def page_span(number: int, total: int, size: int) -> tuple[int, int]:
    """The first and last positions (from 1) of the items on page ``number`` (clamped)."""
    number = page_number(number, total, size)
    return (number - 1) * size + 1, min(number * size, total)
