"""The person's change talk: marks on answers, counts kept as answers are written (per answer,
and summed per day and month by the schema's triggers, through writes, deletions and
recounts), totals over time in the viewer's time zone within the point budget, the bounded
catch-up after a new recogniser, and their chart."""

from __future__ import annotations

from contextlib import closing

import pandas as pd
import pytest

from change_journal import change_talk, charts, progress, talk
from change_journal.store import answers as answer_store
from change_journal.store import changes, checkins, deletion, open_db, users
from change_journal.store import talk as talk_store
from change_journal.store.checkins import AnswerIn

RATINGS = {"importance": 7, "confidence": 5, "readiness": 6}


@pytest.fixture
def person(db):
    user_id = users.create_user(db, "alex", "alex", "hash")
    return user_id, changes.add_change(db, user_id, "Drink less")


def save(db, person, at, *texts):
    user_id, change_id = person
    checkins.save_checkin(db, user_id, change_id, RATINGS,
                          [AnswerIn("checkin.note", "Anything else?", t) for t in texts],
                          created_at=at)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I will stop buying wine on Monday.", [("change", "commitment")]),
        ("I want to drink less. I like a glass after work.",
         [("change", "desire"), ("sustain", "reasons")]),
        ("It rained all week.", []),
    ],
)
def test_marks_name_each_sentence_that_speaks_for_or_against(text, expected):
    found = talk.marks(text, change="drink less")
    assert [(m.side, m.kind) for m in found] == expected
    assert all(m.sentence in text for m in found)


def test_mark_labels_and_explanations_stay_even_toned_for_sustain_talk():
    mark = talk.Mark("sustain", "reasons", "I like a glass after work.")
    assert mark.label == "How things are: reasons"
    assert "normal part of weighing a change" in mark.explanation
    for judgemental in ("wrong", "bad", "mistake", "excuse", "should"):
        assert judgemental not in mark.explanation.lower()


def test_describe_lists_kinds_once_for_a_table_cell():
    text = "I will walk daily. I will also swim. I like my sofa."
    assert talk.describe(text, change="move more") == "Commitment; How things are: reasons"


def test_counts_are_stored_once_and_weekly_totals_add_up(db, person):
    save(db, person, "2026-03-02T09:00:00+00:00", "I will walk to work.", "It was sunny.")
    save(db, person, "2026-03-04T09:00:00+00:00", "I like my evening wine.")
    save(db, person, "2026-03-10T09:00:00+00:00", "I want to drink less. I'm going to cut down.")
    user_id, change_id = person
    assert talk.count_pending(db, user_id, change_id) == 0
    assert talk_store.count_stale(db, user_id, change_id, change_talk.VERSION) == 0
    weekly = talk.weekly(db, user_id, change_id, None)
    table = {(str(r.week.date()), r.side): r.sentences for r in weekly.itertuples()}
    assert table == {
        ("2026-03-02", "For changing"): 1, ("2026-03-02", "For how things are"): 1,
        ("2026-03-09", "For changing"): 2, ("2026-03-09", "For how things are"): 0,
    }
    assert talk.weekly_summary(weekly) == (
        "Over 8 days you wrote 3 sentences for changing and 1 about what keeps things as they are.")


@pytest.mark.parametrize("tz", ["UTC", "Asia/Tokyo"])
def test_talk_and_progress_summaries_name_the_same_span(db, person, tz):
    """Issue 17: "Over 4 weeks and 10 check-ins" sat above "Over 5 weeks you wrote 52 sentences"
    for the same check-ins. Both now count the span with clock.describe_span."""
    from change_journal import progress
    # 10 check-ins over 30 days, Wednesday 1 Apr to Friday 1 May 2026: five Monday-Sunday weeks
    # hold answers, while the span itself rounds to four weeks.
    for n, day in enumerate([1, 4, 8, 11, 15, 18, 22, 25, 29, 31]):
        at = f"2026-04-{day:02d}T09:00:00+00:00" if day <= 30 else "2026-05-01T09:00:00+00:00"
        save(db, person, at, f"I want to drink less. Week note {n}.")
    user_id, change_id = person
    counts = talk.weekly(db, user_id, change_id, None, tz)
    assert counts["week"].nunique() == 5
    ruler_sentence = progress.summary(progress.history(db, user_id, change_id, None, tz))
    talk_sentence = talk.weekly_summary(counts)
    assert ruler_sentence.startswith("Over 4 weeks and 10 check-ins")
    assert talk_sentence.startswith("Over 4 weeks you wrote 10 sentences for changing")


def test_talk_summary_within_one_day(db, person):
    save(db, person, "2026-03-02T09:00:00+00:00", "I want to drink less.")
    save(db, person, "2026-03-02T18:00:00+00:00", "I will cut down.")
    user_id, change_id = person
    assert talk.weekly_summary(talk.weekly(db, user_id, change_id, None)).startswith(
        "Within a day you wrote 2 sentences")


def unread(monkeypatch):
    """Answers written from now on with no reader plugged into the store (as before counts
    were kept, or from a program that never imported change_journal.talk)."""
    monkeypatch.setattr(talk_store, "_reader", [])


def test_answers_written_with_no_reader_are_read_in_bounded_batches(db, person, monkeypatch):
    with monkeypatch.context() as patch:
        unread(patch)
        for day in range(1, 6):
            save(db, person, f"2026-03-0{day}T09:00:00+00:00", "I will walk.")
    user_id, change_id = person
    assert talk.weekly(db, user_id, change_id, None)["sentences"].sum() == 0
    assert talk.count_pending(db, user_id, change_id, budget=2) == 3
    assert talk.count_pending(db, user_id, change_id, budget=2) == 1
    assert talk.count_pending(db, user_id, change_id, budget=2) == 0
    assert talk.weekly(db, user_id, change_id, None)["sentences"].sum() == 5


def test_a_page_run_reads_a_bounded_number_of_characters_again_but_always_one_answer(
        db, person, monkeypatch):
    # Answers made to be slow to read cost a page run a bounded time, not 300 of them.
    with monkeypatch.context() as patch:
        unread(patch)
        for day in range(1, 6):
            save(db, person, f"2026-03-0{day}T09:00:00+00:00", "I will walk. " * 40)
    user_id, change_id = person
    assert talk.count_pending(db, user_id, change_id, chars=1_100) == 3  # two answers fit
    assert talk.count_pending(db, user_id, change_id, chars=10) == 2     # one, however long
    assert talk.count_pending(db, user_id, change_id) == 0
    assert talk.weekly(db, user_id, change_id, None)["sentences"].sum() == 5 * 40


@pytest.mark.parametrize(("lengths", "budget", "chars", "taken"), [
    ([400, 400, 400], 300, 1_000, 2), ([5_000, 10], 300, 1_000, 1), ([10] * 5, 3, 1_000, 3),
    ([], 300, 1_000, 0), ([600, 400, 1], 300, 1_000, 2)])
def test_a_page_run_takes_answers_up_to_its_budgets_in_order(lengths, budget, chars, taken):
    assert talk.batch_length(lengths, budget, chars) == taken


def test_a_new_recogniser_keeps_the_earlier_counts_until_each_answer_is_read_again(
        db, person, monkeypatch):
    save(db, person, "2026-03-02T09:00:00+00:00", "I will walk.")
    save(db, person, "2026-03-03T09:00:00+00:00", "I will walk again.")
    user_id, change_id = person
    monkeypatch.setattr(change_talk, "VERSION", change_talk.VERSION + 1)
    assert talk_store.count_stale(db, user_id, change_id, change_talk.VERSION) == 2
    assert talk.weekly(db, user_id, change_id, None)["sentences"].sum() == 2  # meanwhile
    assert talk.recount(db, budget=1) == 1  # bounded, and resumable
    assert talk.weekly(db, user_id, change_id, None)["sentences"].sum() == 2
    assert talk.recount(db) == 0
    assert talk.weekly(db, user_id, change_id, None)["sentences"].sum() == 2
    assert db.execute("SELECT DISTINCT talk_version FROM answers").fetchall() == [
        (change_talk.VERSION,)]


def test_the_recount_also_gives_older_answers_their_quote_keys(db, person, monkeypatch):
    save(db, person, "2026-03-02T09:00:00+00:00", "I will walk.")
    db.execute("UPDATE answers SET quote_key = NULL, quote_strength = NULL")
    user_id, change_id = person
    assert talk.count_pending(db, user_id, change_id) == 0
    assert db.execute("SELECT quote_key, quote_strength FROM answers").fetchall() == [
        ("i will walk.", 1)]


def test_another_persons_answers_are_neither_counted_nor_shown(db, person):
    save(db, person, "2026-03-02T09:00:00+00:00", "I will walk.")
    other = users.create_user(db, "sam", "sam", "hash")
    _user_id, change_id = person
    assert talk.count_pending(db, other, change_id) == 0
    assert talk.weekly(db, other, change_id, None).empty
    assert talk.weekly(db, person[0], change_id, None)["sentences"].sum() == 1


def kept_sums(db) -> dict:
    return {table: db.execute(f"SELECT * FROM {table} ORDER BY 3").fetchall()
            for table in ("talk_days", "talk_months")}


def sums_from_answers(db) -> dict:
    """What the kept sums must equal: the answers' own counts, summed again (the UTC day and
    month are the start of a stored time, in SQL both engines read)."""
    return {table: db.execute(
        f"SELECT user_id, change_id, {key} AS k, COUNT(*), SUM(coalesce(talk_change, 0)),"
        " SUM(coalesce(talk_sustain, 0)) FROM answers GROUP BY user_id, change_id, k"
        " ORDER BY 3").fetchall()
        for table, key in (("talk_days", "substr(created_at, 1, 10)"),
                           ("talk_months", "substr(created_at, 1, 7)"))}


@pytest.mark.engines("sqlite", "postgresql")
def test_kept_sums_follow_writes_deletions_and_relabels(db, person):
    user_id, change_id = person
    save(db, person, "2026-03-02T09:00:00+00:00", "I will walk to work.", "I like my sofa.")
    save(db, person, "2026-03-31T23:00:00+00:00", "I want to drink less.")
    checkin_id = checkins.save_checkin(db, user_id, change_id, RATINGS, [
        AnswerIn("checkin.note", "Anything else?", "I will stop on Monday.")],
        created_at="2026-04-01T08:00:00+00:00")
    assert kept_sums(db) == sums_from_answers(db)
    assert [row[3:] for row in kept_sums(db)["talk_months"]] == [(3, 2, 1), (1, 1, 0)]
    talk.correct(db, user_id, change_id, ["I like my sofa."], "change", "reasons")
    assert kept_sums(db) == sums_from_answers(db)
    assert kept_sums(db)["talk_months"][0][3:] == (3, 3, 0)
    talk.undo_correction(db, user_id, change_id, ["I like my sofa."])
    assert kept_sums(db)["talk_months"][0][3:] == (3, 2, 1)
    deletion.delete_checkin(db, user_id, checkin_id)
    assert kept_sums(db) == sums_from_answers(db)
    assert [row[2] for row in kept_sums(db)["talk_months"]] == ["2026-03"]
    deletion.delete_change(db, user_id, change_id)
    assert kept_sums(db) == {"talk_days": [], "talk_months": []}


@pytest.mark.parametrize("tz", ["UTC", "Asia/Tokyo", "America/Los_Angeles", "Asia/Kolkata",
                                "Pacific/Kiritimati"])
@pytest.mark.parametrize("grouping", ["week", "month", "year"])
@pytest.mark.parametrize("since_at", [None, "2026-02-10T07:00:00.000000+00:00"])
def test_totals_from_the_kept_sums_equal_counting_every_answer_in_the_viewers_zone(
        db, person, tz, grouping, since_at):
    from datetime import UTC, datetime, timedelta
    from zoneinfo import ZoneInfo

    from change_journal import clock

    texts = ["I want to walk more.", "I can't be bothered.", "I will walk tomorrow.",
             "It rained.", "I need to get fitter. I walked twice."]
    start = datetime(2025, 1, 1, tzinfo=UTC)
    for i in range(0, 500, 3):  # answers at every hour of the day, across month ends
        at = start + timedelta(days=i, hours=(i * 7) % 24, minutes=i % 60)
        save(db, person, clock.stamp(at), texts[i % 5])
    user_id, change_id = person
    found = talk.over_time(db, user_id, change_id, since_at, tz,
                           grouping=progress.Grouping(grouping))
    offset = clock.now().astimezone(ZoneInfo(tz)).utcoffset()
    expected: dict = {}
    for at, change, sustain in db.execute(
            "SELECT created_at, talk_change, talk_sustain FROM answers WHERE created_at >= ?",
            [since_at or ""]):
        local = pd.Timestamp(datetime.fromisoformat(at).replace(tzinfo=None) + offset)
        bucket = {"week": lambda t: t.to_period("W-SUN").start_time,
                  "month": lambda t: t.to_period("M").start_time,
                  "year": lambda t: pd.Timestamp(t.year, 1, 1)}[grouping](local)
        totals = expected.setdefault(bucket, [0, 0])
        totals[0] += change
        totals[1] += sustain
    got: dict = {}
    for week, side, sentences in found.itertuples(index=False):
        got.setdefault(week, [0, 0])[side != talk.SIDE_NAMES["change"]] += sentences
    assert {k: v for k, v in got.items() if v != [0, 0]} == \
        {k: v for k, v in expected.items() if v != [0, 0]}
    assert found.attrs["grouping"] == (grouping, 1)


def test_long_histories_get_monthly_then_yearly_bars_within_the_budget(db, person):
    for year in range(1990, 2026):
        save(db, person, f"{year}-06-15T09:00:00+00:00", "I will walk.")
    user_id, change_id = person
    counts = talk.over_time(db, user_id, change_id, None, max_points=120)
    assert counts.attrs["grouping"] == ("year", 1)
    assert len(counts) // 2 == 36 and counts["sentences"].sum() == 36
    data = talk.points(counts)
    assert (data.grouping, data.years) == ("year", 1)
    recent = talk.over_time(db, user_id, change_id, "2016-01-01T00:00:00.000000+00:00",
                            max_points=120)
    assert recent.attrs["grouping"] == ("month", 1) and len(recent) // 2 == 109


def test_reading_the_totals_takes_a_fixed_number_of_statements(db, person):
    from change_journal.store.coach import counting_statements

    for year in (2000, 2010, 2025):
        save(db, person, f"{year}-06-15T09:00:00+00:00", "I will walk.")
    user_id, change_id = person
    with counting_statements(db) as statements:
        talk.over_time(db, user_id, change_id, None, "Asia/Tokyo")
        talk.count_pending(db, user_id, change_id)
    assert len(statements) <= 6


def test_empty_weeks_get_a_plain_sentence():
    empty = pd.DataFrame(columns=["week", "side", "sentences"])
    assert "No sentences" in talk.weekly_summary(empty)


def test_talk_chart_draws_sustain_talk_in_grey_never_red(db, person):
    save(db, person, "2026-03-02T09:00:00+00:00", "I will walk.", "I like my sofa.")
    user_id, change_id = person
    spec = charts.talk_chart(talk.weekly(db, user_id, change_id, None)).to_dict()
    colours = spec["encoding"]["color"]["scale"]["range"]
    assert colours == list(charts.TALK_COLOURS.values()) == ["#0072B2", "#767676"]
    assert spec["mark"]["type"] == "bar"


def test_earlier_answers_tables_name_the_change_talk_in_each_answer(db, person):
    from change_journal import prompts
    from change_journal.store import answers

    user_id, change_id = person
    book = prompts.load_prompts()
    both_sides = book.set("both_sides").prompts
    answers.save_answers(db, user_id, change_id, [
        AnswerIn(both_sides[0].id, both_sides[0].text, "It helps me relax."),
        AnswerIn(both_sides[-1].id, both_sides[-1].text, "I will pour the wine away tonight."),
    ])
    table = prompts.earlier_answers(db, user_id, change_id, both_sides, tz="UTC",
                                    change="drink less")
    assert dict(zip(table["Your answer"], table["Change talk in it"], strict=True)) == {
        "It helps me relax.": "How things are: reasons",
        "I will pour the wine away tonight.": "Commitment",
    }


def test_weeks_are_the_viewers_weeks_not_utc_ones(db, person):
    # Sunday 23:30 UTC is already Monday in Tokyo (UTC+9, no daylight saving).
    save(db, person, "2026-03-08T23:30:00+00:00", "I will walk.")
    user_id, change_id = person
    utc_week = talk.weekly(db, user_id, change_id, None)["week"].iloc[0]
    tokyo_week = talk.weekly(db, user_id, change_id, None, "Asia/Tokyo")["week"].iloc[0]
    assert (str(utc_week.date()), str(tokyo_week.date())) == ("2026-03-02", "2026-03-09")


def test_the_recount_command_resumes_until_every_answer_is_read(tmp_path, monkeypatch, capsys):
    from change_journal.__main__ import main
    from change_journal.store import open_db

    path = tmp_path / "journal.db"
    with open_db(path) as db:
        user_id = users.create_user(db, "alex", "alex", "hash")
        change_id = changes.add_change(db, user_id, "Walk more")
        for day in range(1, 4):
            checkins.save_checkin(db, user_id, change_id, RATINGS,
                                  [AnswerIn("checkin.note", "Anything else?", "I will walk.")],
                                  created_at=f"2026-03-0{day}T09:00:00+00:00")
    monkeypatch.setattr(change_talk, "VERSION", change_talk.VERSION + 1)
    assert main(["recount-talk", "--db", str(path), "--budget", "2"]) == 3
    assert "1 is left" in capsys.readouterr().out
    assert main(["recount-talk", "--db", str(path)]) == 0
    with open_db(path) as db:
        assert talk_store.count_stale(db, user_id, change_id, change_talk.VERSION) == 0


# ------------------------------------------------------------------------------ read before writing

@pytest.mark.engines("sqlite", "postgresql")
def test_a_check_in_is_read_with_no_transaction_open_and_a_label_set_meanwhile_still_counts(
        db, db_path, person, engine, monkeypatch):
    """The recogniser runs before the write lock is taken; a label another connection sets in
    between is seen inside the transaction, and the answer is read again with it."""
    user_id, change_id = person
    other = open_db(db_path)
    open_during = []

    def reader(context, to_read):
        open_during.append(db.conn.in_transaction if engine == "sqlite" else db.in_transaction)
        if len(open_during) == 1:  # another writer gets the lock at once (no waiting allowed)
            other.execute("PRAGMA busy_timeout = 0" if engine == "sqlite"
                          else "SET lock_timeout = '1ms'")
            talk_store.save_correction(other, user_id, change_id, "I will walk.", "none")
        return talk.read_answers(context, to_read)

    monkeypatch.setattr(talk_store, "_reader", [reader])
    try:
        save(db, person, "2026-03-02T09:00:00+00:00", "I will walk.")
    finally:
        other.close()
    assert open_during[0] is False
    assert db.execute("SELECT talk_change, talk_version FROM answers").fetchall() == [
        (0, change_talk.VERSION)]


# ------------------------------------------------------------------------------ lookups by index

def with_history(db, person, answers: int) -> None:
    """``answers`` check-in answers already read (as written by the app, without reading them
    one by one here), and three written with no reader."""
    user_id, change_id = person
    db.conn.executemany(
        "INSERT INTO answers (user_id, change_id, prompt_id, question, text, created_at,"
        f" {', '.join(talk_store.READING_COLUMNS)}) VALUES (?, ?, 'checkin.note', 'Else?', ?, ?,"
        " 1, 0, ?, 'i will walk.', 1, '[]', 'commitment')",
        [(user_id, change_id, "I will walk.",
          f"{2020 + n // 1000}-01-01T{n % 1000 // 60:02d}:{n % 60:02d}:00+00:00",
          change_talk.VERSION) for n in range(answers)])
    db.conn.executemany(
        "INSERT INTO answers (user_id, change_id, prompt_id, question, text, created_at)"
        " VALUES (?, ?, 'checkin.note', 'Else?', 'I will rest.', ?)",
        [(user_id, change_id, f"2019-01-0{n + 1}T00:00:00+00:00") for n in range(3)])
    db.conn.commit()


def vm_steps(db, lookup, *args) -> int:
    """How many SQLite instructions ``lookup(db, *args)`` runs (in hundreds)."""
    steps = [0]

    def tick() -> int:
        steps[0] += 1
        return 0

    db.conn.set_progress_handler(tick, 100)
    try:
        lookup(db, *args)
    finally:
        db.conn.set_progress_handler(None, 100)
    return steps[0]


LOOKUPS = {
    "has_stale": lambda db, u, c: talk_store.has_stale(db, u, c, change_talk.VERSION),
    "count_stale": lambda db, u, c: talk_store.count_stale(db, u, c, change_talk.VERSION),
    "stale_answers": lambda db, u, c: talk_store.stale_answers(db, u, c, change_talk.VERSION, 10),
    "stale_changes": lambda db, u, c: talk_store.stale_changes(db, change_talk.VERSION),
    "a rare prompt's answers": lambda db, u, c: answer_store.list_answers(
        db, u, c, prompt_ids=["ambivalence.tried"]),
    "a rare prompt's latest answer": lambda db, u, c: answer_store.latest_answers(
        db, u, c, ["ambivalence.tried"], 1),
}


@pytest.mark.parametrize("lookup", LOOKUPS)
def test_lookups_of_answers_still_to_read_cost_the_same_at_any_history(tmp_path, lookup):
    costs = []
    for answers in (100, 3000):
        with closing(open_db(tmp_path / f"{answers}.db")) as db:
            user_id = users.create_user(db, "alex", "alex", "hash")
            person = (user_id, changes.add_change(db, user_id, "Walk more"))
            with_history(db, person, answers)
            costs.append(vm_steps(db, LOOKUPS[lookup], *person))
    assert costs[1] <= 2 * costs[0] + 2, costs


def test_the_weekly_summary_groups_thousands_as_the_rest_of_the_page_does():
    weeks = pd.to_datetime(["2026-03-02", "2026-03-02", "2026-03-09", "2026-03-09"])
    counts = pd.DataFrame({"week": weeks, "side": ["For changing", "For how things are"] * 2,
                           "sentences": [14000, 248, 649, 14000]})
    assert talk.weekly_summary(counts) == (
        "Over 7 days you wrote 14,649 sentences for changing and 14,248 about what keeps things "
        "as they are.")


def test_the_marks_kept_on_a_cut_quote_heed_a_setback_beyond_the_cut():
    """The summary reads the marks kept on an answer's quote (its first 280 characters): a step
    read only from the question, with the setback told after the cut, is not kept as one."""
    from change_journal.store.talk import Context

    question = "How have things been going with this change since you last checked in?"
    filler = "Work was long and the train was late again on Tuesday and Wednesday and Thursday. "
    text = "found out you can reapply in 2 clicks. did it. " + filler * 3 + "lost 900."
    assert "lost 900." not in talk.excerpt(text)[0]
    kept = talk.read_answers(Context("no more 0DTE options", ()),
                             [("checkin.how_going", question, text, None)])[0][5]
    assert "did it." not in [m.sentence for m in talk.stored_marks(change_talk.VERSION, kept)]
    alone = talk.read_answers(Context("no more 0DTE options", ()),
                              [("checkin.how_going", question, text[:-len("lost 900.")], None)])
    assert "did it." in [m.sentence for m in talk.stored_marks(change_talk.VERSION, alone[0][5])]
