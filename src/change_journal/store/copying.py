"""Copying a whole deployment into a new, empty database: SQLite to PostgreSQL or back.

Every table the schema has (accounts, changes, check-ins, answers, plans, values, grants, links
and invite codes as their hashes, coach notes, sessions, drafts, sign-in throttling, labels, and
any table a later step adds) is copied row for row, ids included, parents before the tables
that reference them, from one consistent snapshot of the source, in one transaction on the
target. Ids continue where the source's would (an account id is never handed out twice). Tables
that triggers keep (the change-talk sums of ``m010``) get the source's rows as they are: a table
is emptied before it is written (of rows triggers made from tables written before it), and
written again at the end if triggers on later tables changed it. Before the commit, each table's
row count and a checksum of its content are computed on both sides; any difference undoes the
copy.

Usage::

    report = copy_all(source_db, target_db)   # raises StoreError; nothing half-copied stays
    report.rows["answers"], report.checksum
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from change_journal.store.connection import StoreError, applied_steps, transaction
from change_journal.store.dialect import of as dialect_of
from change_journal.store.migrations import MIGRATIONS

BATCH_ROWS = 2_000


@dataclass(frozen=True)
class CopyReport:
    rows: dict[str, int]
    """Rows copied, by table."""
    checksum: str
    """SHA-256 over every table's name, row count and content, the same on both sides."""


def copy_all(source, target) -> CopyReport:
    """Copy everything in ``source`` into the empty ``target`` (both open, at the same schema)."""
    if applied_steps(source) != applied_steps(target):
        raise StoreError("The two databases are at different schema versions: open both with "
                         "this version of Change Journal first.")
    tables = _parents_first(source)
    if sorted(tables) != sorted(_tables(target)):
        raise StoreError("The two databases do not have the same tables, so nothing was copied.")
    for table in tables:
        if target.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
            raise StoreError(f"The target database already holds data (in {table}): copy only "
                             "into a new, empty database. Nothing was copied.")
    with dialect_of(source).snapshot(source), transaction(target):
        for table in tables:
            _write(source, target, table)
        copied = {table: _table_print(source, table) for table in tables}
        for table in tables:
            if _table_print(target, table) != copied[table]:  # changed by a trigger since
                _write(source, target, table)
        if {table: _table_print(target, table) for table in tables} != copied:
            raise StoreError("The copy did not match the source (row counts or content "
                             "differ), so it was undone.")
        dialect_of(target).refresh_statistics(target)
    whole = hashlib.sha256()
    for table in sorted(tables):
        count, digest = copied[table]
        whole.update(f"{table}\n{count}\n{digest}\n".encode())
    return CopyReport({table: copied[table][0] for table in tables}, whole.hexdigest())


def _write(source, target, table: str) -> None:
    """Give ``table`` in ``target`` exactly the source's rows, and continue its ids."""
    reading, writing = dialect_of(source), dialect_of(target)
    columns = reading.columns(source, table)
    if sorted(columns) != sorted(writing.columns(target, table)):
        raise StoreError(f"The table {table} has different columns in the two databases, so "
                         "nothing was copied.")
    target.execute(f"DELETE FROM {table}")
    insert = (f"INSERT INTO {table} ({', '.join(columns)})"
              f" VALUES ({', '.join('?' * len(columns))})")
    cursor = source.execute(f"SELECT {', '.join(columns)} FROM {table}")
    while batch := cursor.fetchmany(BATCH_ROWS):
        writing.executemany(target, insert, batch)
    if "id" in columns:
        writing.continue_ids(target, table, reading.next_id(source, table))


def _tables(db) -> list[str]:
    """The journal's tables (not the version table, nor SQLite's own ``sqlite_sequence``)."""
    return [t for t in db.table_names()
            if t != MIGRATIONS.migrations_table and not t.startswith("sqlite_")]


def _parents_first(db) -> list[str]:
    """The tables of ``db``, each after every table it references."""
    remaining = {t: dialect_of(db).parents(db, t) - {t} for t in _tables(db)}
    ordered: list[str] = []
    while remaining:
        ready = sorted(t for t, parents in remaining.items() if parents <= set(ordered))
        if not ready:
            raise StoreError(f"The tables {', '.join(sorted(remaining))} reference each other "
                             "in a circle, so there is no order to copy them in.")
        ordered += ready
        for table in ready:
            del remaining[table]
    return ordered


def _table_print(db, table: str) -> tuple[int, str]:
    """``(rows, checksum)`` of a table's content, whatever the order of its rows or columns
    (the sum of each row's SHA-256)."""
    columns = sorted(dialect_of(db).columns(db, table))
    count, total = 0, 0
    cursor = db.execute(f"SELECT {', '.join(columns)} FROM {table}")
    while batch := cursor.fetchmany(BATCH_ROWS):
        count += len(batch)
        total += sum(int.from_bytes(hashlib.sha256(repr(tuple(row)).encode()).digest(), "big")
                     for row in batch)
    return count, f"{total % 2**256:064x}"
