"""Free-text validation shared by every form, and the demo data generator."""

from __future__ import annotations

import pytest

from change_journal import accounts, progress
from change_journal.demo import DEMO_USERNAME, create_demo
from change_journal.store import changes
from change_journal.validation import InputError, clean_text, clean_title
from tests.conftest import DEMO_PASSWORD


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  plain words  ", "plain words"),
        ("line one\r\nline two", "line one\nline two"),
        ("bell\x07 and null\x00 gone", "bell and null gone"),
        ("**not bold** <b>nor html</b>", "**not bold** <b>nor html</b>"),
        ("עברית and emoji 🌱", "עברית and emoji 🌱"),
        (None, ""),
    ],
)
def test_clean_text_trims_and_drops_control_characters_only(raw, expected):
    assert clean_text(raw, "Answer") == expected


@pytest.mark.parametrize("blank", ["   ", "\u200b\u2060", "\u3164", "\u2800", "\ufeff\u00ad",
                                   "\u034f \u180e", "\u200e\u200f", "\U000e0041\ufe0f"])
def test_required_text_must_not_be_blank_or_only_invisible(blank):
    with pytest.raises(InputError, match="The change is empty"):
        clean_title(blank)
    assert clean_title(f"{blank}Walk").endswith("Walk")  # with words, the name stands


def test_an_optional_answer_of_invisible_characters_only_is_no_answer():
    assert clean_text("\u200b\u3164 \u2800", "Answer") == ""


def test_a_lone_surrogate_is_kept_as_the_replacement_character():
    assert clean_text("before\ud800after \udfff", "Answer") == "before\ufffdafter \ufffd"


def test_title_is_one_line_and_limited():
    assert clean_title("Walk\n  more") == "Walk more"
    with pytest.raises(InputError, match="limit is 120"):
        clean_title("x" * 121)


def test_demo_creates_two_changes_with_six_months_of_checkins(seeded_db):
    account = accounts.sign_in(seeded_db, DEMO_USERNAME, DEMO_PASSWORD)
    demo_changes = changes.list_changes(seeded_db, account.id)
    assert len(demo_changes) == 2
    for change in demo_changes:
        frame = progress.history(seeded_db, account.id, change.id, None)
        assert 35 <= len(frame) <= 80
        span_days = (frame["at"].iloc[-1] - frame["at"].iloc[0]).days
        assert 150 <= span_days <= 182
        assert frame[["importance", "confidence", "readiness"]].stack().between(0, 10).all()
        assert (frame["how_going"] != "").all()


def test_demo_is_reproducible(db_path, tmp_path):
    from change_journal.store import open_db

    first, second = open_db(db_path), open_db(tmp_path / "other.db")
    create_demo(first, "pw-pw-pw-pw-1", seed=3)
    create_demo(second, "pw-pw-pw-pw-1", seed=3)
    query = "SELECT importance, confidence, readiness FROM checkins ORDER BY id"
    assert first.execute(query).fetchall() == second.execute(query).fetchall()


def test_demo_refuses_to_touch_an_existing_demo_account(seeded_db):
    before = seeded_db.execute("SELECT COUNT(*) FROM checkins").fetchone()[0]
    with pytest.raises(accounts.AccountError, match="already exists"):
        create_demo(seeded_db, "another password")
    assert seeded_db.execute("SELECT COUNT(*) FROM checkins").fetchone()[0] == before


@pytest.mark.parametrize(("text", "apart"), [
    ("🏴󠁧󠁢󠁳󠁣󠁴󠁿" * 18, True),             # a flag drawn from seven characters
    ("👨‍👩‍👧" * 25, True),                # people joined into a family
    ("👍🏽" * 70, True),                  # a skin tone
    ("e\u0301" * 70, True),               # é made of e and an accent
    ("x" * 130, False),
    ("😀" * 130, False),                  # one character each, counted as one
    ("x" * 125 + "❤️", False),            # over by six, one of them the heart's selector
])
def test_a_length_over_the_limit_says_when_symbols_count_as_several_characters(text, apart):
    """A walk-through renamed a change to 18 flags and read "126 characters long; the limit is
    120": the message says why a symbol counts as more than one."""
    with pytest.raises(InputError) as raised:
        clean_title(text)
    assert ("count as more than one character" in str(raised.value)) == apart
    assert "(your text is still in the box)" in str(raised.value)


def test_a_text_far_over_its_limit_is_not_read_through_for_the_emoji_hint():
    """The box's note is drawn on every run, whatever was pasted: far over, no hint is sought."""
    from change_journal.validation import counted_apart

    assert counted_apart("👍🏽" * 50, 60) != ""
    assert counted_apart("👍🏽" * 400, 60) == ""
    assert counted_apart("x" * 70, 60) == ""
