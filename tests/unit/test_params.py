"""Ids read from a page's address: only plain positive whole numbers that SQLite can hold."""

from __future__ import annotations

import pytest

from change_journal.params import MAX_ID, parse_id


@pytest.mark.parametrize(("raw", "expected"), [
    ("1", 1), ("42", 42), (str(MAX_ID), MAX_ID),
    (str(MAX_ID + 1), None), ("99999999999999999999999", None), ("9" * 5000, None),
    ("0", None), ("-1", None), ("+1", None), ("01", None), (" 1", None), ("1 ", None),
    ("1e3", None), ("1.0", None), ("0x10", None), ("١٢", None), ("１２", None), ("", None),
    ("1_000", None), ("nan", None), (None, None), (7, None), (["1"], None),
])
def test_only_plain_positive_ids_within_range_are_read(raw, expected):
    assert parse_id(raw) == expected
