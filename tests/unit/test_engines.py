"""SQLite and PostgreSQL hold the same schema and read the same SQL the same way: the PostgreSQL
baseline matches what the SQLite steps build (tables, columns, keys, indexes), steps after the
baseline run on PostgreSQL, processes opening a new database together migrate it once, and the
placeholders are translated without touching quoted text."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing

import psycopg
import pytest

from change_journal.store import applied_steps, migrations, open_db, transaction
from change_journal.store.dialect import to_pyformat

STEPS = [step.__name__ for step in migrations.ORDER]


def sqlite_shape(path) -> dict:
    """``{table: (columns as (name, never null), primary key, index names)}`` of an SQLite file
    (a key column counts as never null, as PostgreSQL makes it)."""
    with closing(sqlite3.connect(path)) as conn:
        tables = [t for (t,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        shape = {}
        for table in tables:
            info = conn.execute(f"PRAGMA table_info({table})").fetchall()
            columns = sorted((name, bool(notnull or pk)) for _cid, name, _t, notnull, _d, pk in info)
            key = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]]
            indexes = sorted(name for _seq, name, _unique, origin, _partial
                             in conn.execute(f"PRAGMA index_list({table})") if origin == "c")
            shape[table] = (columns, key, indexes)
    return shape


def postgres_shape(url: str) -> dict:
    with closing(psycopg.connect(url)) as conn:
        shape = {}
        tables = [t for (t,) in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")]
        for table in tables:
            columns = sorted((name, nullable == "NO") for name, nullable in conn.execute(
                "SELECT column_name, is_nullable FROM information_schema.columns"
                " WHERE table_schema = 'public' AND table_name = %s", [table]))
            key = [name for (name,) in conn.execute(
                "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid"
                " AND a.attnum = ANY(i.indkey) WHERE i.indrelid = %s::regclass AND i.indisprimary"
                " ORDER BY array_position(i.indkey, a.attnum)", [table])]
            indexes = sorted(name for (name,) in conn.execute(
                "SELECT indexname FROM pg_indexes WHERE tablename = %s AND indexname NOT IN"
                " (SELECT conname FROM pg_constraint)", [table]))
            shape[table] = (columns, key, indexes)
    return shape


def test_the_postgresql_baseline_has_the_schema_the_sqlite_steps_build(tmp_path, postgres_cluster):
    path = tmp_path / "journal.db"
    url = postgres_cluster.create_database()
    for address in (path, url):
        open_db(address).close()
    assert postgres_shape(url) == sqlite_shape(path)


def test_a_new_postgresql_database_records_every_step(postgres_cluster):
    with closing(open_db(postgres_cluster.create_database())) as db:
        assert applied_steps(db) == STEPS


def test_a_step_after_the_baseline_runs_on_postgresql_new_and_existing(postgres_cluster,
                                                                       monkeypatch):
    existing = postgres_cluster.create_database()
    open_db(existing).close()

    def m999_later(db) -> None:
        migrations.execute_script(db, "CREATE TABLE later (id INTEGER PRIMARY KEY, note TEXT);"
                                      " CREATE INDEX later_by_note ON later(note);")

    monkeypatch.setattr(migrations, "ORDER", [*migrations.ORDER, m999_later])
    monkeypatch.setattr(migrations, "KNOWN", migrations.KNOWN | {"m999_later"})
    for address in (existing, postgres_cluster.create_database()):
        with closing(open_db(address)) as db:
            assert applied_steps(db) == [*STEPS, "m999_later"]
            with transaction(db):
                db.execute("INSERT INTO later (id, note) VALUES (?, ?)", [1, "it runs"])
            assert db.execute("SELECT note FROM later").fetchall() == [("it runs",)]


def test_processes_opening_a_new_postgresql_database_together_migrate_it_once(postgres_cluster):
    url = postgres_cluster.create_database()
    start, errors = threading.Barrier(6), []

    def opener() -> None:
        start.wait()
        try:
            open_db(url).close()
        except Exception as exc:  # noqa: BLE001 (any failure is the finding)
            errors.append(exc)

    threads = [threading.Thread(target=opener) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with closing(open_db(url)) as db:
        assert applied_steps(db) == STEPS


@pytest.mark.parametrize(("sqlite", "psycopg_form"), [
    ("SELECT ? + ?", "SELECT %s + %s"),
    ("WHERE a = :coach AND b = :coach_2", "WHERE a = %(coach)s AND b = %(coach_2)s"),
    ("SELECT CAST(x AS TEXT)::text", "SELECT CAST(x AS TEXT)::text"),
    ("WHERE t = 'what? :not a %' AND u = ?", "WHERE t = 'what? :not a %%' AND u = %s"),
    ('SELECT "odd?name" FROM t WHERE v LIKE ?', 'SELECT "odd?name" FROM t WHERE v LIKE %s'),
    ("SELECT 'it''s ?' || ?", "SELECT 'it''s ?' || %s"),
    ("SELECT 5 % 3", "SELECT 5 %% 3"),
])
def test_placeholders_are_translated_outside_quotes_only(sqlite, psycopg_form):
    assert to_pyformat(sqlite) == psycopg_form
