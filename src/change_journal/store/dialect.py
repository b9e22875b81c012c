"""Where SQLite and PostgreSQL differ, in one place; every other statement is one text for both.

The store writes SQL once, with SQLite's placeholders (``?`` and ``:name``), ``ON CONFLICT``,
``RETURNING`` and standard types, and asks :func:`of` for the few pieces that differ:

- placeholders: PostgreSQL's driver wants ``%s`` and ``%(name)s`` (:func:`to_pyformat`);
- taking the write lock up front (:meth:`Dialect.transaction`): SQLite's ``BEGIN IMMEDIATE``;
  on PostgreSQL a transaction-scoped advisory lock taken first thing, so savers queue exactly as
  they do on SQLite and a read-then-write transaction never fails for having been overtaken;
- erasing deleted text (:meth:`Dialect.erase_freed_space`, :meth:`Dialect.after_delete`):
  SQLite's ``secure_delete`` overwrites freed pages and a checkpoint moves that into the file.
  PostgreSQL has no equivalent: a deleted row version stays on disk until ``VACUUM`` reclaims
  its space (autovacuum does so, usually within minutes) and until then it can be read by anyone
  with access to the data files or a base backup; WAL files and backups keep it for as long as
  they are kept. Deleted rows are gone from every query at once on both engines;
- a few functions: glob match, joined list; SQLite's index hints;
- a new text column's type in a schema step (byte-by-byte comparison on both);
- the catalogue, for copying a whole database (:mod:`.copying`): columns, references, a
  consistent read, and where ids continue;
- backup: SQLite's online backup API (:mod:`change_journal.backup`); PostgreSQL's ``pg_dump``.

Usage::

    sql = f"SELECT COUNT(*) FROM answers WHERE {dialect.of(db).glob('prompt_id', '?')}"
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache

from sqlite_utils import Database

POSTGRES_SCHEMES = ("postgresql://", "postgres://")
WRITE_LOCK_KEY = 0x43_4A_57  # "CJW": the one advisory lock every saving transaction takes


def is_postgres(address: object) -> bool:
    """Whether a ``CHANGE_JOURNAL_DB`` value names a PostgreSQL database (else an SQLite file)."""
    return isinstance(address, str) and address.strip().startswith(POSTGRES_SCHEMES)


class Dialect:
    """SQLite's way; :class:`PostgresDialect` overrides what differs."""

    name = "sqlite"
    text_type = "TEXT"
    """A text column's type in a schema step: compared byte by byte on both engines."""
    id_type = "INTEGER PRIMARY KEY AUTOINCREMENT"
    """A new table's ``id`` column in a schema step: never gives a deleted row's id again."""

    @contextmanager
    def transaction(self, db) -> Iterator[None]:
        """A write transaction holding the write lock from its start; nested use is a savepoint.

        ``db.atomic()`` would begin a deferred transaction, and one that reads first and
        writes later fails at once with "database is locked" if another connection committed
        in between. ``BEGIN IMMEDIATE`` lets the busy timeout queue concurrent writers instead.
        """
        if db.conn.in_transaction:
            with db.atomic():
                yield
            return
        db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            db.conn.rollback()
            raise
        db.conn.commit()

    def executemany(self, db, sql: str, rows: Sequence[Sequence]) -> None:
        db.conn.executemany(sql, rows)

    def erase_freed_space(self, db) -> None:
        """Have what this connection deletes overwritten (call outside a transaction)."""
        db.execute("PRAGMA secure_delete = ON")

    def after_delete(self, db) -> None:
        """Move the overwritten pages out of the write-ahead log into the file."""
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def indexed_by(self, index: str) -> str:
        """SQL after a table's name making the query read it through ``index`` (SQLite's
        ``INDEXED BY``; PostgreSQL's planner has no such hint and picks it by cost)."""
        return f" INDEXED BY {index}"

    def join_first(self, table: str, alias: str, where: str, order: str, limit: str) -> str:
        """SQL joining, to each row so far, the first ``limit`` rows of ``table`` (named
        ``first`` inside ``where`` and ``order``, ``alias`` outside) in ``order``. Joining on
        "id IN (the first few)" lets SQLite read only those rows through an index; PostgreSQL
        would test every row of ``table`` against that list, and reads them with ``LATERAL``."""
        return (f"JOIN {table} {alias} ON {alias}.id IN (SELECT first.id FROM {table} first"
                f" WHERE {where} ORDER BY {order} LIMIT {limit})")

    def refresh_statistics(self, db) -> None:
        """Have the planner's statistics follow a bulk load (SQLite keeps none unless asked)."""

    def unindexed(self, column: str) -> str:
        """``column`` written so that SQLite does not search it through an index (a unary
        ``+``); PostgreSQL's planner takes no hint, and has no ``+`` for text."""
        return f"+{column}"

    def glob(self, value: str, pattern: str) -> str:
        """SQL true when ``value`` matches ``pattern`` (literal text and ``*`` for any run)."""
        return f"{value} GLOB {pattern}"

    def joined(self, expression: str, *, distinct: bool = False) -> str:
        """SQL aggregate joining a group's values with commas."""
        return f"group_concat({'DISTINCT ' if distinct else ''}{expression})"

    def columns(self, db, table: str) -> list[str]:
        """The table's columns, in order."""
        return [name for (name,) in db.execute("SELECT name FROM pragma_table_info(?)", [table])]

    def parents(self, db, table: str) -> set[str]:
        """The tables that ``table`` references."""
        return {t for (t,) in db.execute('SELECT "table" FROM pragma_foreign_key_list(?)', [table])}

    @contextmanager
    def snapshot(self, db) -> Iterator[None]:
        """Reads inside see one moment of the database, however long they take."""
        db.execute("BEGIN")
        try:
            yield
        finally:
            db.conn.rollback()

    def next_id(self, db, table: str) -> int:
        """The id the next row of ``table`` would get (never one a deleted row had, where the
        table promises that)."""
        return db.execute(
            "SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = ?), 0),"
            f" COALESCE((SELECT MAX(id) FROM {table}), 0)) + 1", [table]).fetchone()[0]

    def continue_ids(self, db, table: str, next_id: int) -> None:
        """Have ``table``'s next new row get ``next_id`` (at least); call after copying rows in.
        Only ``AUTOINCREMENT`` tables (in ``sqlite_sequence``) keep gaps on SQLite."""
        db.execute("UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = ?",
                   [next_id - 1, table])


class PostgresDialect(Dialect):
    name = "postgresql"
    text_type = 'TEXT COLLATE "C"'
    id_type = "INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"

    @contextmanager
    def transaction(self, db) -> Iterator[None]:
        outermost = not db.in_transaction
        with db.conn.transaction():
            if outermost:
                db.execute("SELECT pg_advisory_xact_lock(?)", [WRITE_LOCK_KEY])
            yield

    def executemany(self, db, sql: str, rows: Sequence[Sequence]) -> None:
        db.executemany(sql, rows)

    def erase_freed_space(self, db) -> None:
        """Nothing to switch on: see the module's note on PostgreSQL and deleted rows."""

    def after_delete(self, db) -> None:
        """Nothing to do: ``VACUUM`` (autovacuum) reclaims deleted row versions later."""

    def indexed_by(self, index: str) -> str:
        return ""

    def unindexed(self, column: str) -> str:
        return column

    def join_first(self, table: str, alias: str, where: str, order: str, limit: str) -> str:
        return (f"CROSS JOIN LATERAL (SELECT * FROM {table} first WHERE {where}"
                f" ORDER BY {order} LIMIT {limit}) {alias}")

    def refresh_statistics(self, db) -> None:
        """Without statistics, until autovacuum gets to the tables, plans can be very slow."""
        db.execute("ANALYZE")

    def glob(self, value: str, pattern: str) -> str:
        like = f"replace(replace(replace({pattern}, '_', '\\_'), '%', '\\%'), '*', '%')"
        return f"{value} LIKE {like}"

    def joined(self, expression: str, *, distinct: bool = False) -> str:
        return f"string_agg({'DISTINCT ' if distinct else ''}CAST({expression} AS TEXT), ',')"

    def columns(self, db, table: str) -> list[str]:
        return [name for (name,) in db.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?"
            " AND table_schema = current_schema() ORDER BY ordinal_position", [table])]

    def parents(self, db, table: str) -> set[str]:
        return {t for (t,) in db.execute(
            "SELECT CAST(CAST(confrelid AS regclass) AS TEXT) FROM pg_constraint"
            " WHERE contype = 'f' AND conrelid = CAST(? AS regclass)", [table])}

    @contextmanager
    def snapshot(self, db) -> Iterator[None]:
        with db.conn.transaction():
            db.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield

    def next_id(self, db, table: str) -> int:
        return db.execute(
            "SELECT GREATEST(COALESCE(pg_sequence_last_value(pg_get_serial_sequence(?, 'id')), 0),"
            f" COALESCE((SELECT MAX(id) FROM {table}), 0)) + 1", [table]).fetchone()[0]

    def continue_ids(self, db, table: str, next_id: int) -> None:
        db.execute("SELECT setval(pg_get_serial_sequence(?, 'id'), ?, false)", [table, next_id])


SQLITE, POSTGRESQL = Dialect(), PostgresDialect()


def of(db) -> Dialect:
    """The dialect of an open database (an sqlite-utils ``Database`` or a PostgreSQL one)."""
    return SQLITE if isinstance(db, Database) else POSTGRESQL


_TOKEN = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|::|:(\w+)|\?|%")


@lru_cache(maxsize=1024)
def to_pyformat(sql: str) -> str:
    """``sql`` with SQLite's ``?`` and ``:name`` placeholders as psycopg's ``%s`` and
    ``%(name)s``; every literal ``%`` doubled (psycopg reads them even inside quotes), and
    quoted text and ``::`` casts otherwise left alone."""

    def swap(match: re.Match) -> str:
        token = match.group(0)
        if token[0] in "'\"":
            return token.replace("%", "%%")
        if token == "?":
            return "%s"
        if token == "%":
            return "%%"
        if match.group(1):
            return f"%({match.group(1)})s"
        return token

    return _TOKEN.sub(swap, sql)
