"""A PostgreSQL database behind the store's API, through psycopg 3.

:class:`PostgresDatabase` offers the part of sqlite-utils' ``Database`` the store uses
(``execute`` with SQLite's placeholders, ``tracer``, ``table_names``, ``close``), so every store
function runs unchanged; :mod:`.dialect` holds the few pieces of SQL that differ.

Schema: PostgreSQL support starts at ``m010_talk_counts_kept``. An empty database gets that
schema in one script (:data:`BASELINE`, the same tables, columns, keys, indexes and rules as the
SQLite steps up to there build, which ``tests/unit/test_engines.py`` checks), recorded as those
steps in the same version table (``_sqlite_migrations``, named after sqlite-utils, which keeps it
on SQLite); every later step runs on both engines, so write it in SQL both understand. Text is
compared byte by byte (``COLLATE "C"``), as SQLite does, so lists sort the same on both.

Usage::

    db = connect("postgresql://journal@db.internal/journal")   # then connection.open_db's checks
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime

import psycopg
from psycopg.pq import TransactionStatus
from psycopg.types.numeric import FloatLoader

from change_journal.store import migrations
from change_journal.store.dialect import POSTGRESQL, to_pyformat

CONNECT_TIMEOUT_S = 10
VERSION_TABLE = migrations.MIGRATIONS.migrations_table
BASELINE_UP_TO = "m010_talk_counts_kept"
BASELINE_STEPS = tuple(s.__name__ for s in migrations.ORDER[
    :[s.__name__ for s in migrations.ORDER].index(BASELINE_UP_TO) + 1])
"""The SQLite steps that :data:`BASELINE` stands for."""


class PostgresDatabase:
    """An open connection (autocommit between transactions); one per thread, like SQLite's."""

    def __init__(self, conn: psycopg.Connection, label: str):
        self.conn = conn
        self.label = label
        """How messages name the database (no password)."""
        self._tracers: list[Callable[[str, object], None]] = []

    @property
    def in_transaction(self) -> bool:
        return self.conn.info.transaction_status != TransactionStatus.IDLE

    def execute(self, sql: str, parameters: Sequence | dict | None = None) -> psycopg.Cursor:
        """Run one statement written with SQLite's placeholders; return its cursor."""
        for trace in self._tracers:
            trace(sql, parameters)
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(to_pyformat(sql), parameters)

    def executemany(self, sql: str, rows: Sequence[Sequence]) -> None:
        for trace in self._tracers:
            trace(sql, rows)
        with self.conn.cursor() as cursor:
            cursor.executemany(to_pyformat(sql), rows)

    @contextmanager
    def tracer(self, trace: Callable[[str, object], None]) -> Iterator[None]:
        """Call ``trace(sql, parameters)`` for every statement run inside the block."""
        self._tracers.append(trace)
        try:
            yield
        finally:
            self._tracers.remove(trace)

    def table_names(self) -> list[str]:
        return [name for (name,) in self.conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
            " AND table_type = 'BASE TABLE' ORDER BY table_name")]

    def close(self) -> None:
        self.conn.close()


def connect(url: str) -> PostgresDatabase:
    """Open ``url``; raises ``psycopg.Error`` when the server cannot be reached."""
    conn = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                           options="-c TimeZone=UTC")
    conn.adapters.register_loader("numeric", FloatLoader)  # AVG() gives floats, as on SQLite
    return PostgresDatabase(conn, describe(url))


def describe(url: str) -> str:
    """``url`` as messages show it after "the": database and server, never a password."""
    try:
        parts = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.Error:
        return "PostgreSQL database named in CHANGE_JOURNAL_DB"
    return (f"PostgreSQL database {parts.get('dbname', '?')!r} on "
            f"{parts.get('host') or 'the local server'}")


def applied_steps(db: PostgresDatabase) -> list[str]:
    """The names of the schema steps applied, in order (none on a new database)."""
    if db.execute("SELECT to_regclass(?)", [VERSION_TABLE]).fetchone()[0] is None:
        return []
    return [name for (name,) in db.execute(
        f"SELECT name FROM {VERSION_TABLE} WHERE migration_set = ? ORDER BY id",
        [migrations.MIGRATIONS.name])]


def pending_steps(db: PostgresDatabase) -> list[str]:
    done = set(applied_steps(db))
    return [s.__name__ for s in migrations.ORDER if s.__name__ not in done]


def migrate(db: PostgresDatabase) -> None:
    """Apply the pending steps in one transaction holding the write lock, so processes starting
    together wait for each other and an interrupted upgrade leaves the database as it was."""
    with POSTGRESQL.transaction(db):
        db.execute(
            f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} (id INTEGER GENERATED BY DEFAULT AS"
            " IDENTITY PRIMARY KEY, migration_set TEXT, name TEXT, applied_at TEXT)")
        db.execute(f"CREATE UNIQUE INDEX IF NOT EXISTS idx_{VERSION_TABLE}_migration_set_name"
                   f" ON {VERSION_TABLE} (migration_set, name)")
        if not applied_steps(db):
            db.execute(BASELINE)
            for name in BASELINE_STEPS:
                _record(db, name)
        done = set(applied_steps(db))
        for step in migrations.ORDER:
            if step.__name__ not in done:
                step(db)
                _record(db, step.__name__)


def _record(db: PostgresDatabase, name: str) -> None:
    db.execute(f"INSERT INTO {VERSION_TABLE} (migration_set, name, applied_at) VALUES (?, ?, ?)",
               [migrations.MIGRATIONS.name, name, str(datetime.now(UTC))])


_T = 'TEXT COLLATE "C"'
_ID = POSTGRESQL.id_type
_UID = f"{_T} DEFAULT CAST(gen_random_uuid() AS TEXT)"
_TALK_VALUES = {"talk_days": ("day", "substr(who.created_at, 1, 10)"),
                "talk_months": ("month", "substr(who.created_at, 1, 7)")}
"""``m010``'s count tables, their key and how an answer's ``created_at`` (UTC ISO) gives it."""
_TALK_KEYS = {table: key for table, (key, _value) in _TALK_VALUES.items()}
_TALK_TABLE = """
CREATE TABLE {table} (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
    {key} TEXT COLLATE "C" NOT NULL,
    answers INTEGER NOT NULL,
    change_sentences INTEGER NOT NULL,
    sustain_sentences INTEGER NOT NULL,
    PRIMARY KEY (user_id, change_id, {key})
);
CREATE INDEX {table}_by_change ON {table}(change_id);"""
_TALK_SUM = """
    IF direction > 0 THEN
        INSERT INTO {table} AS t (user_id, change_id, {key}, answers, change_sentences,
                                  sustain_sentences)
        VALUES (who.user_id, who.change_id, {value}, 1, coalesce(who.talk_change, 0),
                coalesce(who.talk_sustain, 0))
        ON CONFLICT (user_id, change_id, {key}) DO UPDATE SET
            answers = t.answers + 1,
            change_sentences = t.change_sentences + excluded.change_sentences,
            sustain_sentences = t.sustain_sentences + excluded.sustain_sentences;
    ELSE
        UPDATE {table} SET answers = answers - 1,
            change_sentences = change_sentences - coalesce(who.talk_change, 0),
            sustain_sentences = sustain_sentences - coalesce(who.talk_sustain, 0)
        WHERE user_id = who.user_id AND change_id = who.change_id AND {key} = {value};
        DELETE FROM {table} WHERE user_id = who.user_id AND change_id = who.change_id
            AND {key} = {value} AND answers <= 0;
    END IF;"""
"""Adding an answer's counts to its day's (or month's) sums, or taking them away; taking away
only updates a row that is there, so an answer deleted with its change (which takes the sums
with it) never inserts a row for a change that is going."""
_STILL_SHARED = (
    "EXISTS (SELECT 1 FROM grants g WHERE g.coach_id = ended.coach_id"
    " AND g.client_id = ended.client_id AND g.revoked_at IS NULL"
    " AND g.coach_status = 'accepted')"
)

BASELINE = f"""
CREATE TABLE users (
    id {_ID},
    username {_T} NOT NULL,
    username_key {_T} NOT NULL UNIQUE,
    password_hash {_T} NOT NULL,
    role {_T} NOT NULL DEFAULT 'person' CHECK (role IN ('person', 'coach')),
    created_at {_T} NOT NULL
);
CREATE TABLE changes (
    id {_ID},
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    title {_T} NOT NULL,
    why_now {_T} NOT NULL DEFAULT '',
    created_at {_T} NOT NULL,
    archived_at {_T},
    uid {_UID}
);
CREATE INDEX changes_by_user ON changes(user_id);
CREATE UNIQUE INDEX changes_by_uid ON changes(user_id, uid);
CREATE TABLE checkins (
    id {_ID},
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
    created_at {_T} NOT NULL,
    importance INTEGER NOT NULL CHECK (importance BETWEEN 0 AND 10),
    confidence INTEGER NOT NULL CHECK (confidence BETWEEN 0 AND 10),
    readiness INTEGER NOT NULL CHECK (readiness BETWEEN 0 AND 10),
    uid {_UID}
);
CREATE INDEX checkins_by_change ON checkins(user_id, change_id, created_at);
CREATE UNIQUE INDEX checkins_by_uid ON checkins(user_id, uid);
CREATE TABLE answers (
    id {_ID},
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
    checkin_id INTEGER REFERENCES checkins(id) ON DELETE CASCADE,
    prompt_id {_T} NOT NULL,
    question {_T} NOT NULL,
    text {_T} NOT NULL,
    created_at {_T} NOT NULL,
    subject {_T} NOT NULL DEFAULT '',
    uid {_UID},
    talk_change INTEGER,
    talk_sustain INTEGER,
    talk_version INTEGER,
    quote_key {_T},
    quote_strength INTEGER
);
CREATE INDEX answers_by_change ON answers(user_id, change_id, created_at);
CREATE INDEX answers_by_checkin ON answers(checkin_id);
CREATE UNIQUE INDEX answers_by_uid ON answers(user_id, uid);
CREATE TABLE drafts (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    form {_T} NOT NULL,
    change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
    payload {_T} NOT NULL,
    updated_at {_T} NOT NULL,
    PRIMARY KEY (user_id, form, change_id)
);
CREATE TABLE custom_values (
    id {_ID},
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name {_T} NOT NULL,
    description {_T} NOT NULL DEFAULT '',
    created_at {_T} NOT NULL,
    uid {_UID},
    UNIQUE (user_id, name)
);
CREATE UNIQUE INDEX custom_values_by_uid ON custom_values(user_id, uid);
CREATE TABLE value_sorts (
    id {_ID},
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    started_at {_T} NOT NULL,
    completed_at {_T},
    uid {_UID}
);
CREATE INDEX value_sorts_by_user ON value_sorts(user_id, completed_at);
CREATE UNIQUE INDEX value_sorts_by_uid ON value_sorts(user_id, uid);
CREATE TABLE value_sort_cards (
    sort_id INTEGER NOT NULL REFERENCES value_sorts(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    value_name {_T} NOT NULL,
    pile {_T} NOT NULL CHECK (pile IN ('very', 'important', 'not')),
    top_rank INTEGER CHECK (top_rank BETWEEN 1 AND 10),
    PRIMARY KEY (sort_id, value_name)
);
CREATE TABLE plans (
    id {_ID},
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    created_at {_T} NOT NULL,
    goal {_T} NOT NULL,
    reasons {_T} NOT NULL DEFAULT '',
    steps {_T} NOT NULL DEFAULT '',
    helpers {_T} NOT NULL DEFAULT '',
    signs {_T} NOT NULL DEFAULT '',
    obstacles {_T} NOT NULL DEFAULT '',
    uid {_UID},
    UNIQUE (change_id, version)
);
CREATE INDEX plans_by_change ON plans(user_id, change_id, version);
CREATE UNIQUE INDEX plans_by_uid ON plans(user_id, uid);
CREATE TABLE grants (
    id {_ID},
    client_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    coach_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
    scope {_T} NOT NULL CHECK (scope IN ('numbers', 'answers')),
    created_at {_T} NOT NULL,
    expires_at {_T},
    revoked_at {_T},
    last_viewed_at {_T},
    coach_status {_T} NOT NULL DEFAULT 'pending'
        CHECK (coach_status IN ('pending', 'accepted', 'declined')),
    coach_status_at {_T},
    coach_hidden INTEGER NOT NULL DEFAULT 0 CHECK (coach_hidden IN (0, 1))
);
CREATE UNIQUE INDEX grants_one_open
    ON grants(client_id, coach_id, change_id) WHERE revoked_at IS NULL;
CREATE INDEX grants_by_coach ON grants(coach_id, revoked_at);
CREATE INDEX grants_by_coach_status ON grants(coach_id, coach_status, revoked_at);
CREATE TABLE grant_answer_kinds (
    grant_id INTEGER NOT NULL REFERENCES grants(id) ON DELETE CASCADE,
    kind {_T} NOT NULL,
    prompt_glob {_T} NOT NULL,
    PRIMARY KEY (grant_id, prompt_glob)
);
CREATE TABLE grant_answers (
    grant_id INTEGER NOT NULL REFERENCES grants(id) ON DELETE CASCADE,
    answer_id INTEGER NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
    PRIMARY KEY (grant_id, answer_id)
);
CREATE INDEX grant_answers_by_answer ON grant_answers(answer_id);
CREATE TABLE share_links (
    id {_ID},
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
    token_hash {_T} NOT NULL UNIQUE,
    created_at {_T} NOT NULL,
    expires_at {_T},
    revoked_at {_T},
    last_opened_at {_T}
);
CREATE INDEX share_links_by_user ON share_links(user_id);
CREATE TABLE coach_invites (
    id {_ID},
    coach_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    code_hash {_T} NOT NULL UNIQUE,
    created_at {_T} NOT NULL,
    expires_at {_T} NOT NULL,
    revoked_at {_T}
);
CREATE INDEX coach_invites_by_coach ON coach_invites(coach_id);
CREATE TABLE coach_notes (
    id {_ID},
    coach_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    client_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    text {_T} NOT NULL,
    created_at {_T} NOT NULL
);
CREATE INDEX coach_notes_by_client ON coach_notes(coach_id, client_id, created_at);
CREATE FUNCTION forget_notes_when_sharing_ends() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ended grants%ROWTYPE;
BEGIN
    IF TG_OP = 'DELETE' THEN ended := OLD; ELSE ended := NEW; END IF;
    DELETE FROM coach_notes
        WHERE coach_id = ended.coach_id AND client_id = ended.client_id
        AND NOT {_STILL_SHARED};
    RETURN NULL;
END $$;
CREATE TRIGGER grants_ended_forget_notes
    AFTER UPDATE OF revoked_at, coach_status ON grants FOR EACH ROW
    WHEN (NEW.revoked_at IS NOT NULL OR NEW.coach_status != 'accepted')
    EXECUTE FUNCTION forget_notes_when_sharing_ends();
CREATE TRIGGER grants_deleted_forget_notes AFTER DELETE ON grants FOR EACH ROW
    EXECUTE FUNCTION forget_notes_when_sharing_ends();
CREATE TABLE sign_in_failures (
    id {_ID},
    username_hash {_T} NOT NULL,
    failed_at {_T} NOT NULL
);
CREATE INDEX sign_in_failures_by_name ON sign_in_failures(username_hash, failed_at);
CREATE INDEX sign_in_failures_by_time ON sign_in_failures(failed_at);
CREATE TABLE sessions (
    token_hash {_T} PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at {_T} NOT NULL,
    last_used_at {_T} NOT NULL,
    device {_T} NOT NULL DEFAULT ''
);
CREATE INDEX sessions_by_user ON sessions(user_id);
CREATE TABLE talk_corrections (
    id {_ID},
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
    sentence {_T} NOT NULL,
    side {_T} NOT NULL CHECK (side IN ('change', 'sustain', 'none')),
    kind {_T} CHECK (kind IN ('desire', 'ability', 'reasons', 'need', 'commitment',
                              'activation', 'taking_steps')),
    created_at {_T} NOT NULL,
    CHECK (side != 'none' OR kind IS NULL),
    CHECK (side != 'change' OR kind IS NOT NULL),
    UNIQUE (user_id, change_id, sentence)
);
CREATE INDEX talk_corrections_by_change ON talk_corrections(change_id);
CREATE INDEX answers_by_talk_version ON answers(user_id, change_id, talk_version);
CREATE INDEX answers_unkeyed ON answers(user_id, change_id) WHERE quote_key IS NULL;
CREATE INDEX answers_by_quote ON answers(user_id, change_id, prompt_id, quote_key,
    quote_strength, created_at);
{"".join(_TALK_TABLE.format(table=table, key=key) for table, key in _TALK_KEYS.items())}
CREATE FUNCTION talk_sums(who answers, direction INTEGER) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    {"".join(_TALK_SUM.format(table=table, key=key, value=value)
             for table, (key, value) in _TALK_VALUES.items())}
END $$;
CREATE FUNCTION talk_sums_follow_answers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM talk_sums(OLD, -1); END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM talk_sums(NEW, 1); END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER answers_talk_added AFTER INSERT ON answers FOR EACH ROW
    EXECUTE FUNCTION talk_sums_follow_answers();
CREATE TRIGGER answers_talk_removed AFTER DELETE ON answers FOR EACH ROW
    EXECUTE FUNCTION talk_sums_follow_answers();
CREATE TRIGGER answers_talk_changed
    AFTER UPDATE OF talk_change, talk_sustain, created_at, user_id, change_id ON answers
    FOR EACH ROW EXECUTE FUNCTION talk_sums_follow_answers();
"""
"""The schema of :data:`BASELINE_STEPS` in PostgreSQL's terms (identity ids are never reused,
as ``AUTOINCREMENT`` promises on SQLite; ``uid`` has a default instead of a trigger)."""
