"""The wordings kept for "In your own words" (``migrations.m012_answer_wordings_kept``): whatever
writes, rewrites or deletes answers (also through a change's or an account's cascade), the kept
rows and counts equal the answers counted again, on both engines; an upgrade fills them from the
answers already there; and ``answers.top_quotes`` returns exactly what the query it replaced
returned, reading the kept rows through their indexes."""

from __future__ import annotations

from collections import Counter
from contextlib import closing

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from change_journal import talk
from change_journal.store import answers, changes, checkins, deletion, migrations, open_db, transaction, users
from change_journal.store import talk as talk_store
from change_journal.store.answers import QuoteRow
from change_journal.store.checkins import AnswerIn

pytestmark = pytest.mark.engines("sqlite", "postgresql")

PROMPTS = ["checkin.importance.why_not_lower", "ambivalence.better", "ambivalence.concerns",
           "values.now"]
PROMPT_SETS = [PROMPTS[:1], PROMPTS[:3], PROMPTS]
TEXTS = ["I will walk.", "I WILL  walk.", "I want to sleep more.", "It is hard.", "it is hard."]
"""Answers, two pairs of them the same words (case and spacing aside)."""
RATINGS = {"importance": 8, "confidence": 3, "readiness": 5}


def old_top_quotes(db, user_id: int, change_id: int, prompt_ids, limit: int):
    """``answers.top_quotes`` as it was before the kept wordings, verbatim: the oracle. (It
    counted answers without a quote key as one more wording, which PostgreSQL even ranked first;
    the page asks only once every answer of the change has its key.)"""
    ids = list(prompt_ids)
    if not ids:
        return [], 0
    marks = ", ".join("?" * len(ids))
    rows = db.execute(
        "WITH g AS (SELECT quote_key, COUNT(*) AS times, MAX(quote_strength) AS strength,"
        " MAX(created_at) AS at FROM answers WHERE user_id = ? AND change_id = ?"
        f" AND prompt_id IN ({marks}) GROUP BY quote_key),"
        " top AS (SELECT *, COUNT(*) OVER () AS wordings FROM g"
        " ORDER BY strength DESC, at DESC LIMIT ?)"
        " SELECT a.id, a.prompt_id, a.question, a.text, a.created_at, top.times, top.strength,"
        " top.wordings, k.importance, k.confidence, k.readiness, a.talk_version, a.talk_marks"
        " FROM top"
        " JOIN answers a ON a.user_id = ? AND a.change_id = ? AND a.quote_key = top.quote_key"
        f" AND a.created_at = top.at AND a.prompt_id IN ({marks})"
        " LEFT JOIN checkins k ON k.id = a.checkin_id AND k.user_id = a.user_id"
        " ORDER BY top.strength DESC, top.at DESC, a.id",
        [user_id, change_id, *ids, limit, user_id, change_id, *ids],
    ).fetchall()
    found: dict[tuple, QuoteRow] = {}
    wordings = rows[0][7] if rows else 0
    for (answer_id, prompt_id, question, text, at, times, strength, _wordings, importance,
         confidence, readiness, version, marks) in rows:
        found.setdefault((at, times, strength, text), QuoteRow(
            answer_id, prompt_id, question, text, at, times, strength or 1,
            talk_store.checkin_ratings(importance, confidence, readiness), version, marks))
    return list(found.values()), wordings


def kept(db) -> tuple[list[tuple], list[tuple]]:
    """The kept wordings and each prompt's count of them, sorted."""
    return (sorted(db.execute("SELECT user_id, change_id, quote_key, prompt_id, strength, times,"
                              " latest_at, shared FROM answer_wordings").fetchall()),
            sorted(db.execute("SELECT user_id, change_id, prompt_id, wordings"
                              " FROM answer_wording_counts").fetchall()))


def recounted(db) -> tuple[list[tuple], list[tuple]]:
    """What :func:`kept` must be: every answer with a quote key counted again, here."""
    times: Counter = Counter()
    latest: dict[tuple, str] = {}
    for *row, at in db.execute("SELECT user_id, change_id, quote_key, prompt_id, quote_strength,"
                               " created_at FROM answers WHERE quote_key IS NOT NULL"):
        times[tuple(row)] += 1
        latest[tuple(row)] = max(latest.get(tuple(row), at), at)
    rows_of = Counter(row[:3] for row in times)
    wordings = sorted((*row, n, latest[row], int(rows_of[row[:3]] > 1))
                      for row, n in times.items())
    per_prompt = Counter((row[0], row[1], row[3]) for row in times)
    return wordings, sorted((*prompt, n) for prompt, n in per_prompt.items())


def same_quotes(db, user_id: int, change_id: int) -> None:
    for ids in PROMPT_SETS:
        for limit in (1, 2, 40):
            assert answers.top_quotes(db, user_id, change_id, ids, limit) == \
                old_top_quotes(db, user_id, change_id, ids, limit), (ids, limit)


@pytest.fixture
def person(db):
    user_id = users.create_user(db, "alex", "alex", "hash")
    return user_id, changes.add_change(db, user_id, "Walk most days")


def say(db, person, at: str, *pairs: tuple[str, str]) -> None:
    """Answers to ``(prompt, text)`` pairs, saved at once at ``at`` (read as the app reads them)."""
    answers.save_answers(db, *person, [AnswerIn(p, "Why?", text) for p, text in pairs],
                         created_at=at)


# ------------------------------------------------------------------------------ examples

def test_repeats_are_one_wording_counted_with_their_latest_answer_and_strongest_strength(
        db, person):
    user_id, change_id = person
    checkins.save_checkin(db, user_id, change_id, RATINGS, [AnswerIn(PROMPTS[0], "8?", TEXTS[0])],
                          created_at="2026-03-01T09:00:00+00:00")
    say(db, person, "2026-03-02T09:00:00+00:00", (PROMPTS[1], TEXTS[1]), (PROMPTS[2], TEXTS[1]))
    say(db, person, "2026-03-03T09:00:00+00:00", (PROMPTS[1], TEXTS[2]))
    assert kept(db) == recounted(db)
    rows, wordings = answers.top_quotes(db, user_id, change_id, PROMPTS[:3], 40)
    assert wordings == 2
    assert [(r.text, r.prompt_id, r.times, r.strength, r.ratings) for r in rows] == [
        (TEXTS[1], PROMPTS[1], 3, 2, None), (TEXTS[2], PROMPTS[1], 1, 1, None)]
    # Without the check-in's stronger answer, the latest wording comes first.
    assert answers.top_quotes(db, user_id, change_id, PROMPTS[1:3], 1) == ([rows[1]], 2)
    same_quotes(db, user_id, change_id)


def test_words_written_to_several_prompts_are_listed_and_can_be_left_out(db, person):
    user_id, change_id = person
    say(db, person, "2026-03-02T09:00:00+00:00", (PROMPTS[1], TEXTS[1]), (PROMPTS[2], TEXTS[1]))
    say(db, person, "2026-03-03T09:00:00+00:00", (PROMPTS[1], TEXTS[2]), (PROMPTS[1], TEXTS[1]))
    key = " ".join(TEXTS[1].casefold().split())
    assert answers.cross_prompt_wordings(db, user_id, change_id, PROMPTS[:3]) == [
        (key, PROMPTS[1], 2), (key, PROMPTS[2], 1)]
    rows, wordings = answers.top_quotes(db, user_id, change_id, PROMPTS[:3], 40, leave_out=[key])
    assert ([r.text for r in rows], wordings) == ([TEXTS[2]], 1)


def test_deleting_a_change_or_an_account_leaves_no_kept_rows(db, person):
    user_id, change_id = person
    other = changes.add_change(db, user_id, "Sleep more")
    for change in (change_id, other):
        say(db, (user_id, change), "2026-03-02T09:00:00+00:00", (PROMPTS[1], TEXTS[0]),
            (PROMPTS[2], TEXTS[0]), (PROMPTS[3], TEXTS[3]))
    assert len(kept(db)[0]) == 6
    deletion.delete_change(db, user_id, change_id)
    assert kept(db) == recounted(db)
    assert {row[1] for row in kept(db)[0]} == {other}
    deletion.delete_account(db, user_id)
    assert kept(db) == ([], [])


@pytest.mark.engines("sqlite")  # PostgreSQL's planner picks its plan by cost
def test_top_quotes_reads_the_kept_rows_through_indexes_only(db, person):
    user_id, change_id = person
    say(db, person, "2026-03-02T09:00:00+00:00", *[(p, t) for p in PROMPTS for t in TEXTS[2:4]])
    seen: list[tuple[str, list]] = []
    with db.tracer(lambda sql, params: seen.append((sql, params))):
        answers.top_quotes(db, user_id, change_id, PROMPTS, 40)
    ((sql, params),) = seen
    plan = [row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
    assert not [step for step in plan if step.startswith(("SCAN answer", "SCAN checkins"))], plan
    assert any("answer_wordings_ranked" in step for step in plan), plan


# ------------------------------------------------------------------------------ any sequence

STAMP = st.integers(0, 50)
OPS = st.one_of(
    st.tuples(st.just("answer"), st.integers(0, 3), st.integers(0, 3), st.integers(0, 4),
              st.sampled_from([1, 2, None]), STAMP, st.booleans()),
    st.tuples(st.just("rewrite"), st.integers(0, 99), st.integers(0, 4),
              st.sampled_from([1, 2, None]), st.one_of(st.none(), STAMP)),
    st.tuples(st.just("move"), st.integers(0, 99), st.integers(0, 3)),
    st.tuples(st.just("read again"), st.integers(0, 3)),
    st.tuples(st.just("delete answer"), st.integers(0, 99)),
    st.tuples(st.just("delete check-in"), st.integers(0, 3)),
    st.tuples(st.just("delete change"), st.integers(0, 3)),
    st.tuples(st.just("delete account"), st.integers(0, 1)),
)
"""What can happen to answers: one written (to a prompt, its key and strength as given, or none,
at a minute of the day, in a check-in or not), its key and strength rewritten (and perhaps its
time), moved to another of the person's changes, a change's unread answers read again, and
deletions of an answer, a check-in, a change or an account. Changes are 0-3 (two per person)."""


def _apply(db, op, people: list[int], places: list[tuple[int, int, int]], step: int) -> None:
    kind, *args = op
    ids = [row[0] for row in db.execute("SELECT id FROM answers ORDER BY id")]
    picked = ids[args[0] % len(ids)] if ids and kind in ("rewrite", "move", "delete answer") \
        else None

    def at(minute: int) -> str:  # every answer its own time, so no two wordings tie
        return f"2026-03-01T{minute // 60:02d}:{minute % 60:02d}:{step:02d}.000000+00:00"

    def key(text: int, strength: int | None) -> str | None:
        return None if strength is None else talk.sentence_key(TEXTS[text])

    with transaction(db):
        if kind == "answer":
            place, prompt, text, strength, minute, in_checkin = args
            user_id, change_id, checkin_id = places[place]
            db.execute(
                "INSERT INTO answers (user_id, change_id, checkin_id, prompt_id, question, text,"
                " created_at, quote_key, quote_strength) SELECT ?, id,"
                " (SELECT id FROM checkins WHERE id = ?), ?, 'Why?', ?, ?, ?, ? FROM changes"
                " WHERE id = ?",
                [user_id, checkin_id if in_checkin else None, PROMPTS[prompt], TEXTS[text],
                 at(minute), key(text, strength), strength, change_id])
        elif kind == "rewrite" and picked:
            _pick, text, strength, minute = args
            db.execute("UPDATE answers SET quote_key = ?, quote_strength = ?,"
                       " created_at = coalesce(?, created_at) WHERE id = ?",
                       [key(text, strength), strength, None if minute is None else at(minute),
                        picked])
        elif kind == "move" and picked:
            user_id, change_id, _checkin = places[args[1]]
            db.execute("UPDATE answers SET change_id = ?, checkin_id = NULL WHERE id = ?"
                       " AND user_id = ? AND EXISTS (SELECT 1 FROM changes WHERE id = ?)",
                       [change_id, picked, user_id, change_id])
        elif kind == "read again":
            db.execute("UPDATE answers SET talk_version = NULL WHERE change_id = ?",
                       [places[args[0]][1]])
    if kind == "read again":
        talk.count_pending(db, *places[args[0]][:2])
    elif kind == "delete answer" and picked:
        (owner,) = db.execute("SELECT user_id FROM answers WHERE id = ?", [picked]).fetchone()
        deletion.delete_answer(db, owner, picked)
    elif kind == "delete check-in":
        deletion.delete_checkin(db, places[args[0]][0], places[args[0]][2])
    elif kind == "delete change":
        deletion.delete_change(db, *places[args[0]][:2])
    elif kind == "delete account":
        deletion.delete_account(db, people[args[0]])


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(OPS, max_size=30))
def test_kept_wordings_equal_a_recount_after_any_writes_and_deletions(db, ops):
    with transaction(db):
        db.execute("DELETE FROM users")  # this example starts from an empty database
    people = [users.create_user(db, name, name, "hash") for name in ("alex", "sam")]
    places = []
    for user_id in people:
        for title in ("Walk most days", "Sleep more"):
            change_id = changes.add_change(db, user_id, title)
            places.append((user_id, change_id,
                           checkins.save_checkin(db, user_id, change_id, RATINGS, [])))
    for step, op in enumerate(ops):
        _apply(db, op, people, places, step)
        assert kept(db) == recounted(db), op
    for place, (user_id, change_id, _checkin) in enumerate(places):
        if answers.has_unkeyed(db, user_id, change_id):  # the page asks only when none is
            _apply(db, ("read again", place), people, places, len(ops))
            assert kept(db) == recounted(db)
        same_quotes(db, user_id, change_id)


# ------------------------------------------------------------------------------ upgrading

def test_an_upgrade_keeps_the_wordings_of_the_answers_already_there(new_database, engine,
                                                                      monkeypatch):
    address = new_database()
    with monkeypatch.context() as before:  # the schema as it was before the kept wordings
        if engine == "sqlite":
            with closing(Database(address)) as db:
                migrations.MIGRATIONS.apply(db, stop_before="m012_answer_wordings_kept")
        else:
            before.setattr(migrations, "ORDER", migrations.ORDER[:migrations.ORDER.index(
                migrations.m012_answer_wordings_kept)])
            open_db(address).close()
    with closing(open_db(address, migrate=False)) as db:
        assert "answer_wordings" not in db.table_names()
        user_id = users.create_user(db, "alex", "alex", "hash")
        change_id = changes.add_change(db, user_id, "Walk most days")
        checkins.save_checkin(db, user_id, change_id, RATINGS,
                              [AnswerIn(PROMPTS[0], "8?", TEXTS[0])],
                              created_at="2026-03-01T09:00:00+00:00")
        for day, text in enumerate(TEXTS, start=2):
            say(db, (user_id, change_id), f"2026-03-{day:02d}T09:00:00+00:00",
                (PROMPTS[1], text), (PROMPTS[day % 4], text))
    with closing(open_db(address)) as db:
        assert kept(db) == recounted(db)
        assert len(kept(db)[0]) > 5 and any(row[-1] for row in kept(db)[0])
        same_quotes(db, user_id, change_id)
        say(db, (user_id, change_id), "2026-04-01T09:00:00+00:00", (PROMPTS[2], TEXTS[3]))
        assert kept(db) == recounted(db)
