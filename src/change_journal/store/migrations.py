"""The schema, step by step: every change to it since the first release, in the order applied.

Each step is one function registered with ``sqlite_utils.Migrations`` (tracked in the
``_sqlite_migrations`` table) and runs once per database, all pending steps in one transaction
that ``open_db`` holds, with foreign-key enforcement off meanwhile (SQLite's procedure for
rebuilding a table) and every reference checked before the commit. Never edit a released step:
add a new one at the end. ``docs/schema.sql`` shows the schema the steps add up to (a test keeps
it current).

PostgreSQL databases start at ``m010_talk_counts_kept`` (see ``store.postgres``) and run every
later step too, through the same ``db.execute``: write new steps in SQL both engines accept
(``INTEGER``, ``TEXT``, ``CHECK``, ``REFERENCES``, ``CREATE INDEX``, also partial; no ``PRAGMA``
or sqlite-utils table helpers; a new text column's type as ``dialect.of(db).text_type``, so it
compares byte by byte on PostgreSQL too), and where they must differ (a trigger's body) branch on
``dialect.of(db)``; ``tests/unit/test_engines.py`` checks that both engines end with the same
schema.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable

from sqlite_utils import Database, Migrations

from change_journal.store import dialect

MIGRATIONS = Migrations("change_journal")
ORDER: list[Callable[[Database], None]] = []
"""The steps, in the order they are applied."""


def _step(function: Callable[[Database], None]) -> Callable[[Database], None]:
    """Register ``function`` as the next step, under its own name."""
    ORDER.append(function)
    return MIGRATIONS(name=function.__name__)(function)


# ----------------------------------------------------------------------------------------------
# Running schema scripts

def statements(script: str) -> list[str]:
    """The statements of ``script``, split where SQLite itself sees one end (so the ``;`` inside a
    trigger's body does not split it); raises ``ValueError`` on an unfinished last statement."""
    found, pending = [], ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \t\n;"):
                found.append(pending.strip())
            pending = ""
    if pending.strip(" \t\n;"):
        raise ValueError(f"Incomplete SQL statement in schema script: {pending.strip()!r}")
    return found


def execute_script(db: Database, script: str) -> None:
    """Run each statement of ``script`` in the current transaction.

    ``sqlite3.executescript`` would commit first and break the migration's atomicity.
    """
    for statement in statements(script):
        db.execute(statement)


# ----------------------------------------------------------------------------------------------
# Schema of the core loop: accounts, changes, check-ins, written answers and drafts.

@_step
def m001_core(db: Database) -> None:
    """Accounts, changes, check-ins with their rulers, written answers and form drafts."""
    execute_script(
        db,
        """
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL,
            username_key TEXT NOT NULL UNIQUE,
            password_hash TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT 'person' CHECK (role IN ('person', 'coach')),
            created_at TEXT NOT NULL
        );
        CREATE TABLE changes (
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            why_now TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            archived_at TEXT
        );
        CREATE INDEX changes_by_user ON changes(user_id);
        CREATE TABLE checkins (
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            importance INTEGER NOT NULL CHECK (importance BETWEEN 0 AND 10),
            confidence INTEGER NOT NULL CHECK (confidence BETWEEN 0 AND 10),
            readiness INTEGER NOT NULL CHECK (readiness BETWEEN 0 AND 10)
        );
        CREATE INDEX checkins_by_change ON checkins(user_id, change_id, created_at);
        CREATE TABLE answers (
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            checkin_id INTEGER REFERENCES checkins(id) ON DELETE CASCADE,
            prompt_id TEXT NOT NULL,
            question TEXT NOT NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX answers_by_change ON answers(user_id, change_id, created_at);
        CREATE INDEX answers_by_checkin ON answers(checkin_id);
        CREATE TABLE drafts (
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            form TEXT NOT NULL,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            payload TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (user_id, form, change_id)
        );
        """
    )


# ----------------------------------------------------------------------------------------------
# Schema of the MI exploration pages: values card sorts, answers' subjects and change plans.

@_step
def m002_mi_exploration(db: Database) -> None:
    """Values sorts (with their cards and top five), custom values, plan versions.

    Answers to exploration prompts go in ``answers`` (``checkin_id`` NULL); ``subject`` says
    what a prompt was about when it is not the change itself (for example a value's name).
    """
    execute_script(
        db,
        """
        ALTER TABLE answers ADD COLUMN subject TEXT NOT NULL DEFAULT '';
        CREATE TABLE custom_values (
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            UNIQUE (user_id, name)
        );
        CREATE TABLE value_sorts (
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            started_at TEXT NOT NULL,
            completed_at TEXT
        );
        CREATE INDEX value_sorts_by_user ON value_sorts(user_id, completed_at);
        CREATE TABLE value_sort_cards (
            sort_id INTEGER NOT NULL REFERENCES value_sorts(id) ON DELETE CASCADE,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            value_name TEXT NOT NULL,
            pile TEXT NOT NULL CHECK (pile IN ('very', 'important', 'not')),
            top_rank INTEGER CHECK (top_rank BETWEEN 1 AND 10),
            PRIMARY KEY (sort_id, value_name)
        );
        CREATE TABLE plans (
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            goal TEXT NOT NULL,
            reasons TEXT NOT NULL DEFAULT '',
            steps TEXT NOT NULL DEFAULT '',
            helpers TEXT NOT NULL DEFAULT '',
            signs TEXT NOT NULL DEFAULT '',
            obstacles TEXT NOT NULL DEFAULT '',
            UNIQUE (change_id, version)
        );
        CREATE INDEX plans_by_change ON plans(user_id, change_id, version)
        """,
    )


# ----------------------------------------------------------------------------------------------
# Schema of consented sharing: coach grants, read-only links, coach invite codes and notes.
#
# A grant lets one coach see one change of one person. At most one grant per (person, coach,
# change) is not revoked; revoking stamps ``revoked_at`` (the row stays, so the person keeps a
# record of what was shared and when). With scope ``answers``, the written answers shown are
# those whose prompt matches one of the grant's ``grant_answer_kinds`` patterns (SQLite GLOB)
# or that are listed one by one in ``grant_answers``. Links and invite codes are stored only as
# the SHA-256 of their token.

@_step
def m003_sharing(db: Database) -> None:
    """Grants to coaches, share links, coach invite codes and private coach notes."""
    execute_script(
        db,
        """
        CREATE TABLE grants (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            coach_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            scope TEXT NOT NULL CHECK (scope IN ('numbers', 'answers')),
            created_at TEXT NOT NULL,
            expires_at TEXT,
            revoked_at TEXT,
            last_viewed_at TEXT
        );
        CREATE UNIQUE INDEX grants_one_open
            ON grants(client_id, coach_id, change_id) WHERE revoked_at IS NULL;
        CREATE INDEX grants_by_coach ON grants(coach_id, revoked_at);
        CREATE TABLE grant_answer_kinds (
            grant_id INTEGER NOT NULL REFERENCES grants(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            prompt_glob TEXT NOT NULL,
            PRIMARY KEY (grant_id, prompt_glob)
        );
        CREATE TABLE grant_answers (
            grant_id INTEGER NOT NULL REFERENCES grants(id) ON DELETE CASCADE,
            answer_id INTEGER NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
            PRIMARY KEY (grant_id, answer_id)
        );
        CREATE INDEX grant_answers_by_answer ON grant_answers(answer_id);
        CREATE TABLE share_links (
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            token_hash TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            expires_at TEXT,
            revoked_at TEXT,
            last_opened_at TEXT
        );
        CREATE INDEX share_links_by_user ON share_links(user_id);
        CREATE TABLE coach_invites (
            id INTEGER PRIMARY KEY,
            coach_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            code_hash TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            revoked_at TEXT
        );
        CREATE INDEX coach_invites_by_coach ON coach_invites(coach_id);
        CREATE TABLE coach_notes (
            id INTEGER PRIMARY KEY,
            coach_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            client_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX coach_notes_by_client ON coach_notes(coach_id, client_id, created_at)
        """,
    )


# ----------------------------------------------------------------------------------------------
# Schema for export and import: a stable id (``uid``) on every row a person can take with them.
#
# Integer ids differ from one database to the next; the ``uid`` (a random UUID) travels in the
# export file, so importing the same file twice finds its rows already there and adds nothing.
# Rows inserted by any code without a ``uid`` get one from a trigger, so every page's own
# inserts stay unchanged.

UID_TABLES = ("changes", "checkins", "answers", "plans", "value_sorts", "custom_values")
"""Tables whose rows carry a ``uid``: the rows an export lists one by one."""

NEW_UID_SQL = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'"
    " || substr(lower(hex(randomblob(2))), 2) || '-'"
    " || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2)"
    " || '-' || lower(hex(randomblob(6)))"
)
"""A random (version 4) UUID in SQL, such as ``5f0c2a1e-93b4-4d2e-8a1f-0c6e2b7d9a10``."""


@_step
def m004_portability_uids(db: Database) -> None:
    """Add ``uid`` to the exported tables, fill it in, keep it unique per person and always set."""
    for table in UID_TABLES:
        db.execute(f"ALTER TABLE {table} ADD COLUMN uid TEXT")
        db.execute(f"UPDATE {table} SET uid = {NEW_UID_SQL}")
        db.execute(f"CREATE UNIQUE INDEX {table}_by_uid ON {table}(user_id, uid)")
        db.execute(
            f"CREATE TRIGGER {table}_uid AFTER INSERT ON {table} WHEN NEW.uid IS NULL"
            f" BEGIN UPDATE {table} SET uid = {NEW_UID_SQL} WHERE rowid = NEW.rowid; END"
        )


# ----------------------------------------------------------------------------------------------
# Schema for change-talk counts kept beside each written answer.

@_step
def m005_change_talk_counts(db: Database) -> None:
    """How many change-talk and sustain-talk sentences each answer holds, and by which version
    of the recogniser (NULL until counted; recounted when the recogniser changes)."""
    for column in ("talk_change", "talk_sustain", "talk_version"):
        db.execute(f"ALTER TABLE answers ADD COLUMN {column} INTEGER")


# ----------------------------------------------------------------------------------------------
# Schema for sign-in protection: recent failed sign-ins, per username.

@_step
def m006_sign_in_throttle(db: Database) -> None:
    """Failed sign-in attempts, one row each, keyed by the SHA-256 of the normalised username.

    The key is a digest, not the name, because people sometimes type their password into the
    username box. Rows are for any name typed, whether or not an account has it, and are
    forgotten once they are older than the throttle window.
    """
    execute_script(
        db,
        """
        CREATE TABLE sign_in_failures (
            id INTEGER PRIMARY KEY,
            username_hash TEXT NOT NULL,
            failed_at TEXT NOT NULL
        );
        CREATE INDEX sign_in_failures_by_name ON sign_in_failures(username_hash, failed_at);
        CREATE INDEX sign_in_failures_by_time ON sign_in_failures(failed_at);
        """,
    )


# ----------------------------------------------------------------------------------------------
# Schema for server-side sign-in sessions, and account ids that are never reused.

@_step
def m007_sessions(db: Database) -> None:
    """Sign-in sessions, and ``users`` rebuilt with ``AUTOINCREMENT``.

    A session row holds only the SHA-256 of the random token kept in the browser's cookie, so a
    copy of the database cannot be used to sign in. Rows go with their account.

    Without ``AUTOINCREMENT`` SQLite hands a deleted account's id to the next new account, so
    anything still holding the old id (a stale browser tab, a log line) would point at a
    stranger. The table is rebuilt the way SQLite documents for schema changes; the migration
    runner turns foreign-key enforcement off around it and checks every reference before it
    commits, so the dependent rows keep pointing at the same accounts. Run with enforcement on,
    dropping the old table would delete every dependent row, so that is refused.
    """
    (enforced,) = db.execute("PRAGMA foreign_keys").fetchone()
    if enforced:
        raise RuntimeError("m007_sessions rebuilds the users table: apply migrations through "
                           "open_db, which turns foreign-key enforcement off around them.")
    execute_script(
        db,
        """
        CREATE TABLE users_new (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            username TEXT NOT NULL,
            username_key TEXT NOT NULL UNIQUE,
            password_hash TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT 'person' CHECK (role IN ('person', 'coach')),
            created_at TEXT NOT NULL
        );
        INSERT INTO users_new (id, username, username_key, password_hash, role, created_at)
            SELECT id, username, username_key, password_hash, role, created_at FROM users;
        DROP TABLE users;
        ALTER TABLE users_new RENAME TO users;
        CREATE TABLE sessions (
            token_hash TEXT PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            last_used_at TEXT NOT NULL,
            device TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX sessions_by_user ON sessions(user_id);
        """,
    )


# ----------------------------------------------------------------------------------------------
# Schema for the coach's side of sharing: a share waits for the coach, who can accept,
# decline or hide it; and a coach's notes about a person go when that person stops sharing.
#
# ``grants.coach_status`` is ``pending`` until the coach accepts (``accepted``) or declines
# (``declined``) the share; only an accepted grant shows the coach anything. Shares that
# existed before this step were all visible to their coach, so they become ``accepted``. The
# column's default is ``pending``, so a row inserted without saying otherwise shows nothing.
# ``coach_hidden`` takes an accepted share off the coach's list without ending it.
#
# Coach notes belong to the coaching relationship, not to one change: they are kept while the
# person shares at least one change that the coach accepted, and deleted by a trigger the moment
# the last such grant is revoked, declined or deleted (with its change or either account). The
# rule is applied to existing rows too: notes whose person no longer shares anything go now.
# See ``docs/sharing.md``.

_STILL_SHARED = (
    "EXISTS (SELECT 1 FROM grants g WHERE g.coach_id = {who}.coach_id"
    " AND g.client_id = {who}.client_id AND g.revoked_at IS NULL"
    " AND g.coach_status = 'accepted')"
)
"""The person behind ``{who}`` (a note or a grant row) still shares something accepted with
the coach. Expiry is not checked here (a trigger has no reliable clock); an expired share's
notes are unreadable at once and deleted when the person shares with the coach again."""


@_step
def m008_sharing_consent(db: Database) -> None:
    """The coach's answer to each share, a way to hide one, and notes that end with sharing."""
    execute_script(
        db,
        f"""
        ALTER TABLE grants ADD COLUMN coach_status TEXT NOT NULL DEFAULT 'pending'
            CHECK (coach_status IN ('pending', 'accepted', 'declined'));
        ALTER TABLE grants ADD COLUMN coach_status_at TEXT;
        ALTER TABLE grants ADD COLUMN coach_hidden INTEGER NOT NULL DEFAULT 0
            CHECK (coach_hidden IN (0, 1));
        UPDATE grants SET coach_status = 'accepted', coach_status_at = created_at;
        CREATE INDEX grants_by_coach_status ON grants(coach_id, coach_status, revoked_at);
        DELETE FROM coach_notes
            WHERE NOT {_STILL_SHARED.format(who="coach_notes")};
        CREATE TRIGGER grants_ended_forget_notes
            AFTER UPDATE OF revoked_at, coach_status ON grants
            WHEN NEW.revoked_at IS NOT NULL OR NEW.coach_status != 'accepted'
        BEGIN
            DELETE FROM coach_notes
                WHERE coach_id = NEW.coach_id AND client_id = NEW.client_id
                AND NOT {_STILL_SHARED.format(who="NEW")};
        END;
        CREATE TRIGGER grants_deleted_forget_notes AFTER DELETE ON grants
        BEGIN
            DELETE FROM coach_notes
                WHERE coach_id = OLD.coach_id AND client_id = OLD.client_id
                AND NOT {_STILL_SHARED.format(who="OLD")};
        END;
        """,
    )


# ----------------------------------------------------------------------------------------------
# Schema for the labels a person sets on their own sentences (change talk, sustain talk or
# neither), which take the place of the recogniser's reading wherever those words appear.

@_step
def m009_talk_corrections(db: Database) -> None:
    """One label per person, change and sentence (the sentence's exact words)."""
    db.execute(
        """
        CREATE TABLE talk_corrections (
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            sentence TEXT NOT NULL,
            side TEXT NOT NULL CHECK (side IN ('change', 'sustain', 'none')),
            kind TEXT CHECK (kind IN ('desire', 'ability', 'reasons', 'need', 'commitment',
                                      'activation', 'taking_steps')),
            created_at TEXT NOT NULL,
            CHECK (side != 'none' OR kind IS NULL),
            CHECK (side != 'change' OR kind IS NOT NULL),
            UNIQUE (user_id, change_id, sentence)
        )
        """
    )
    db.execute("CREATE INDEX talk_corrections_by_change ON talk_corrections(change_id)")


# ----------------------------------------------------------------------------------------------
# Schema for change-talk counts kept as answers are written: per day and per month (UTC), so
# the Progress page's talk chart reads at most a few hundred rows however long the history,
# and a key per answer for "In your own words" (its quotes are ranked and merged in SQL).
#
# Every answer carries its own counts (``talk_change``, ``talk_sustain``, by recogniser
# ``talk_version``), computed by the core when the answer is written or imported, in the same
# transaction. Triggers keep ``talk_days`` and ``talk_months`` equal to the sums of those
# columns, whatever changes them: a new answer, a deletion (also through a cascade), a recount
# after a correction or a new recogniser. ``quote_key`` is the answer's quote as
# "In your own words" merges repeats (case and spacing aside); ``quote_strength`` is 2 for a
# "why not lower" follow-up given at a rating of 7 or more, else 1. Answers written before this
# step have no key: ``change_journal.talk.recount`` fills them in (and counts with the current
# recogniser), a bounded batch at a time; their earlier counts stay in the sums meanwhile.

_TALK_ADD = """
    INSERT INTO {table} (user_id, change_id, {key}, answers, change_sentences, sustain_sentences)
    VALUES ({who}.user_id, {who}.change_id, {value}, {sign}, {sign} * coalesce({who}.talk_change, 0),
            {sign} * coalesce({who}.talk_sustain, 0))
    ON CONFLICT (user_id, change_id, {key}) DO UPDATE SET
        answers = answers + excluded.answers,
        change_sentences = change_sentences + excluded.change_sentences,
        sustain_sentences = sustain_sentences + excluded.sustain_sentences;
    DELETE FROM {table} WHERE user_id = {who}.user_id AND change_id = {who}.change_id
        AND {key} = {value} AND answers <= 0;"""

TALK_TABLES = {"talk_days": ("day", "date({who}.created_at)"),
               "talk_months": ("month", "strftime('%Y-%m', {who}.created_at)")}
"""Count tables: their key column and how an answer's ``created_at`` (UTC) gives it."""


def _talk_sums(who: str, sign: str) -> str:
    """Statements adding (``sign`` "1") or taking away ("-1") answer ``who``'s counts."""
    return "".join(_TALK_ADD.format(table=table, key=key, value=value.format(who=who),
                                    who=who, sign=sign)
                   for table, (key, value) in TALK_TABLES.items())


@_step
def m010_talk_counts_kept(db: Database) -> None:
    """Per-day and per-month sums of the answers' change-talk counts, kept by triggers, and each
    answer's quote key and strength."""
    statements_sql = [
        "ALTER TABLE answers ADD COLUMN quote_key TEXT",
        "ALTER TABLE answers ADD COLUMN quote_strength INTEGER",
    ]
    for table, (key, _value) in TALK_TABLES.items():
        statements_sql.append(f"""
            CREATE TABLE {table} (
                user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
                {key} TEXT NOT NULL,
                answers INTEGER NOT NULL,
                change_sentences INTEGER NOT NULL,
                sustain_sentences INTEGER NOT NULL,
                PRIMARY KEY (user_id, change_id, {key})
            )""")
        statements_sql.append(f"CREATE INDEX {table}_by_change ON {table}(change_id)")
        value = TALK_TABLES[table][1].format(who="answers")
        statements_sql.append(
            f"INSERT INTO {table} (user_id, change_id, {key}, answers, change_sentences,"
            f" sustain_sentences) SELECT user_id, change_id, {value}, COUNT(*),"
            " coalesce(SUM(talk_change), 0), coalesce(SUM(talk_sustain), 0) FROM answers"
            f" GROUP BY user_id, change_id, {value}")
    statements_sql += [
        f"CREATE TRIGGER answers_talk_added AFTER INSERT ON answers BEGIN"
        f"{_talk_sums('NEW', '1')}\nEND",
        f"CREATE TRIGGER answers_talk_removed AFTER DELETE ON answers BEGIN"
        f"{_talk_sums('OLD', '-1')}\nEND",
        f"CREATE TRIGGER answers_talk_changed AFTER UPDATE OF talk_change, talk_sustain,"
        f" created_at, user_id, change_id ON answers BEGIN"
        f"{_talk_sums('OLD', '-1')}{_talk_sums('NEW', '1')}\nEND",
        # What is still to be read by the current recogniser (talk.recount): found by index.
        "CREATE INDEX answers_by_talk_version ON answers(user_id, change_id, talk_version)",
        "CREATE INDEX answers_unkeyed ON answers(user_id, change_id) WHERE quote_key IS NULL",
        # "In your own words": the quotes of a prompt grouped by their words, in one index.
        "CREATE INDEX answers_by_quote ON answers(user_id, change_id, prompt_id, quote_key,"
        " quote_strength, created_at)",
    ]
    for statement in statements_sql:
        db.execute(statement)


# ----------------------------------------------------------------------------------------------
# The marks "In your own words" shows, kept with each answer's reading, so the page reads them
# instead of running the recogniser on what it shows: ``talk_marks`` is a JSON list of the
# marks on the answer's quote (its first ``change_journal.talk.QUOTE_CHARS`` characters), as the
# person sees them (their labels applied), and ``talk_lead`` the strongest kind of change talk in
# the whole answer. Both belong to the reading of ``talk_version``. Answers written before this
# step have none: found by the partial index, they are read again as after a new recogniser, and
# the page reads their marks itself meanwhile.

@_step
def m011_talk_marks_kept(db: Database) -> None:
    """Each answer's marks on its quote and the strongest kind of change talk in it."""
    text = dialect.of(db).text_type
    for statement in [
        f"ALTER TABLE answers ADD COLUMN talk_marks {text}",
        f"ALTER TABLE answers ADD COLUMN talk_lead {text}",
        "CREATE INDEX answers_unmarked ON answers(user_id, change_id) WHERE talk_marks IS NULL",
    ]:
        db.execute(statement)


# ----------------------------------------------------------------------------------------------
# Sums kept by triggers (m012, m013)

def _kept_by_triggers(db: Database, table: str, name: str, function: str, columns: str,
                      remove: str, add: str, changed: str = "") -> list[str]:
    """Triggers ``{name}_added``, ``{name}_removed`` and ``{name}_changed`` (an update of
    ``columns``; only when ``changed`` holds, its ``{}`` the engine's "is distinct from") on
    ``table`` that run ``remove`` for the old row and ``add`` for the new one: trigger bodies on
    SQLite, one plpgsql ``function`` on PostgreSQL."""
    update = f"UPDATE OF {columns}"
    if dialect.of(db) is not dialect.POSTGRESQL:
        when = f" WHEN {changed.format('IS NOT')}" if changed else ""
        return [f"CREATE TRIGGER {name}_added AFTER INSERT ON {table} BEGIN{add}\nEND",
                f"CREATE TRIGGER {name}_removed AFTER DELETE ON {table} BEGIN{remove}\nEND",
                f"CREATE TRIGGER {name}_changed AFTER {update} ON {table}{when}"
                f" BEGIN{remove}{add}\nEND"]
    when = f" WHEN ({changed.format('IS DISTINCT FROM')})" if changed else ""
    return [
        f"""CREATE FUNCTION {function}() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP IN ('UPDATE', 'DELETE') THEN {remove}
                END IF;
                IF TG_OP IN ('UPDATE', 'INSERT') THEN {add}
                END IF;
                RETURN NULL;
            END $$""",
        *(f"CREATE TRIGGER {name}_{suffix} AFTER {event} ON {table} FOR EACH ROW"
          f"{when if suffix == 'changed' else ''} EXECUTE FUNCTION {function}()"
          for suffix, event in (("added", "INSERT"), ("removed", "DELETE"), ("changed", update))),
    ]


# ----------------------------------------------------------------------------------------------
# Schema for the wordings "In your own words" ranks, kept as answers are written, so the page
# reads the few it shows however long the history.
#
# ``answer_wordings`` has one row per person, change, quote key (a wording), prompt and quote
# strength: how many answers have it (``times``) and when the latest was written (``latest_at``).
# With the strength in the key every row stays exact by index when an answer goes (its latest is
# found again through ``answers_by_quote``), and the answer it shows is found there at once. A
# wording with more than one row (answered to two prompts, or at two strengths) has them all
# marked ``shared``: ``answers.top_quotes`` merges those rows, and takes every other wording
# straight from the ranked index. ``answer_wording_counts`` holds each prompt's number of rows,
# so the number of wordings is not counted one by one. Triggers keep both equal to the answers,
# whatever changes them (a new answer, a deletion, also through a cascade, a recount); answers
# not read yet (no quote key) are not counted. The ``shared`` mark counts a wording's rows, so
# two writers must not add rows of one wording at once: on PostgreSQL every write takes the
# one advisory lock first (``dialect.WRITE_LOCK_KEY``), as on SQLite the file's write lock.

_WORDING = ("user_id = {who}.user_id AND change_id = {who}.change_id"
            " AND quote_key = {who}.quote_key")
_WORDING_ROW = _WORDING + " AND prompt_id = {who}.prompt_id AND strength = {who}.quote_strength"
_WORDING_ADD = """
    INSERT INTO answer_wordings (user_id, change_id, quote_key, prompt_id, strength, times,
                                 latest_at)
    SELECT NEW.user_id, NEW.change_id, NEW.quote_key, NEW.prompt_id, NEW.quote_strength, 1,
           NEW.created_at
    WHERE NEW.quote_key IS NOT NULL AND NEW.quote_strength IS NOT NULL
    ON CONFLICT (user_id, change_id, quote_key, prompt_id, strength) DO UPDATE SET
        times = answer_wordings.times + 1,
        latest_at = {greatest}(answer_wordings.latest_at, excluded.latest_at);"""
_WORDING_REMOVE = f"""
    UPDATE answer_wordings SET times = times - 1,
        latest_at = CASE WHEN OLD.created_at < latest_at THEN latest_at
            ELSE coalesce((SELECT MAX(created_at) FROM answers
                           WHERE {_WORDING.format(who="OLD")} AND prompt_id = OLD.prompt_id
                           AND quote_strength = OLD.quote_strength), latest_at) END
        WHERE {_WORDING_ROW.format(who="OLD")};
    DELETE FROM answer_wordings WHERE {_WORDING_ROW.format(who="OLD")} AND times <= 0;"""
"""Counting answer ``NEW`` in its row, or taking ``OLD`` out (its row's latest found again when
it was the latest; only a row that is there is updated, so an answer deleted with its change,
which takes the rows with it, never adds one)."""
_WORDING_OF = "user_id, change_id, prompt_id, quote_key, quote_strength, created_at"
"""The answer's columns its row depends on."""
_ROWS_SHARED = ("(SELECT CASE WHEN COUNT(*) > 1 THEN 1 ELSE 0 END FROM answer_wordings"
                f" WHERE {_WORDING})")
_ROW_COUNTED = """
    INSERT INTO answer_wording_counts (user_id, change_id, prompt_id, wordings)
    VALUES (NEW.user_id, NEW.change_id, NEW.prompt_id, 1)
    ON CONFLICT (user_id, change_id, prompt_id) DO UPDATE SET
        wordings = answer_wording_counts.wordings + 1;"""
_ROW_UNCOUNTED = """
    UPDATE answer_wording_counts SET wordings = wordings - 1
        WHERE user_id = OLD.user_id AND change_id = OLD.change_id AND prompt_id = OLD.prompt_id;
    DELETE FROM answer_wording_counts WHERE user_id = OLD.user_id AND change_id = OLD.change_id
        AND prompt_id = OLD.prompt_id AND wordings <= 0;"""
_MARK_SHARED = f"""
    UPDATE answer_wordings SET shared = {_ROWS_SHARED}
        WHERE {_WORDING} AND shared != {_ROWS_SHARED};"""
"""A row's wording has (``NEW``) or had (``OLD``) one row more: count it in its prompt's rows, and
mark the wording's rows shared when it has more than one."""


@_step
def m012_answer_wordings_kept(db: Database) -> None:
    """Each wording's number of answers and latest time per prompt and strength, and each prompt's
    number of such rows, kept by triggers."""
    text = dialect.of(db).text_type
    statements_sql = [
        f"""CREATE TABLE answer_wordings (
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            quote_key {text} NOT NULL,
            prompt_id {text} NOT NULL,
            strength INTEGER NOT NULL,
            times INTEGER NOT NULL,
            latest_at {text} NOT NULL,
            shared INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
            PRIMARY KEY (user_id, change_id, quote_key, prompt_id, strength)
        )""",
        "CREATE INDEX answer_wordings_by_change ON answer_wordings(change_id)",
        # A prompt's wordings of one row each, strongest then latest first; the shared ones.
        "CREATE INDEX answer_wordings_ranked ON answer_wordings(user_id, change_id, prompt_id,"
        " strength, latest_at) WHERE shared = 0",
        "CREATE INDEX answer_wordings_shared ON answer_wordings(user_id, change_id, prompt_id)"
        " WHERE shared = 1",
        f"""CREATE TABLE answer_wording_counts (
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            prompt_id {text} NOT NULL,
            wordings INTEGER NOT NULL,
            PRIMARY KEY (user_id, change_id, prompt_id)
        )""",
        "CREATE INDEX answer_wording_counts_by_change ON answer_wording_counts(change_id)",
        "INSERT INTO answer_wordings (user_id, change_id, quote_key, prompt_id, strength, times,"
        " latest_at, shared) SELECT user_id, change_id, quote_key, prompt_id, quote_strength,"
        " COUNT(*), MAX(created_at), CASE WHEN COUNT(*) OVER (PARTITION BY user_id, change_id,"
        " quote_key) > 1 THEN 1 ELSE 0 END FROM answers WHERE quote_key IS NOT NULL AND"
        " quote_strength IS NOT NULL GROUP BY user_id, change_id, quote_key, prompt_id,"
        " quote_strength",
        "INSERT INTO answer_wording_counts (user_id, change_id, prompt_id, wordings)"
        " SELECT user_id, change_id, prompt_id, COUNT(*) FROM answer_wordings"
        " GROUP BY user_id, change_id, prompt_id",
    ]
    changed = " {} ".join(f"({', '.join(f'{who}.{c}' for c in _WORDING_OF.split(', '))})"
                        for who in ("OLD", "NEW"))
    postgres = dialect.of(db) is dialect.POSTGRESQL
    statements_sql += _kept_by_triggers(
        db, "answers", "answers_wording", "answer_wordings_follow_answers", _WORDING_OF,
        _WORDING_REMOVE, _WORDING_ADD.format(greatest="GREATEST" if postgres else "max"), changed)
    if postgres:
        statements_sql += [
            f"""CREATE FUNCTION answer_wording_counts_follow_rows() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN {_ROW_COUNTED}{_MARK_SHARED.format(who="NEW")}
                ELSE {_ROW_UNCOUNTED}{_MARK_SHARED.format(who="OLD")}
                END IF;
                RETURN NULL;
            END $$""",
            "CREATE TRIGGER answer_wordings_added AFTER INSERT ON answer_wordings FOR EACH ROW"
            " EXECUTE FUNCTION answer_wording_counts_follow_rows()",
            "CREATE TRIGGER answer_wordings_removed AFTER DELETE ON answer_wordings FOR EACH ROW"
            " EXECUTE FUNCTION answer_wording_counts_follow_rows()",
        ]
    else:
        statements_sql += [
            f"CREATE TRIGGER answer_wordings_added AFTER INSERT ON answer_wordings BEGIN"
            f"{_ROW_COUNTED}{_MARK_SHARED.format(who='NEW')}\nEND",
            f"CREATE TRIGGER answer_wordings_removed AFTER DELETE ON answer_wordings BEGIN"
            f"{_ROW_UNCOUNTED}{_MARK_SHARED.format(who='OLD')}\nEND",
        ]
    for statement in statements_sql:
        db.execute(statement)


# Schema for check-in sums kept per UTC month, so the Progress page's means over years read a
# row per month instead of every check-in (see ``store.history.bucket_stats``).
#
# ``checkin_months`` holds, per person, change and month (the first seven characters of
# ``created_at``, its UTC "YYYY-MM"), how many check-ins there are and the sums of their three
# ratings. Triggers keep it equal to the check-ins, whatever changes them: a new check-in, a
# deletion (also through a cascade), an edit; a month left without check-ins has no row.

_CHECKIN_MONTH = ("user_id = {who}.user_id AND change_id = {who}.change_id"
                  " AND month = substr({who}.created_at, 1, 7)")
_CHECKIN_ADD = """
    INSERT INTO checkin_months (user_id, change_id, month, checkins, importance, confidence,
                                readiness)
    VALUES (NEW.user_id, NEW.change_id, substr(NEW.created_at, 1, 7), 1, NEW.importance,
            NEW.confidence, NEW.readiness)
    ON CONFLICT (user_id, change_id, month) DO UPDATE SET
        checkins = checkin_months.checkins + 1,
        importance = checkin_months.importance + excluded.importance,
        confidence = checkin_months.confidence + excluded.confidence,
        readiness = checkin_months.readiness + excluded.readiness;"""
_CHECKIN_REMOVE = f"""
    UPDATE checkin_months SET checkins = checkins - 1, importance = importance - OLD.importance,
        confidence = confidence - OLD.confidence, readiness = readiness - OLD.readiness
        WHERE {_CHECKIN_MONTH.format(who="OLD")};
    DELETE FROM checkin_months WHERE {_CHECKIN_MONTH.format(who="OLD")} AND checkins <= 0;"""
"""Counting check-in ``NEW`` in its month, or taking ``OLD`` out (only a row that is there is
updated, so a check-in deleted with its change, which takes the rows with it, never adds one)."""
_CHECKIN_OF = "user_id, change_id, created_at, importance, confidence, readiness"
"""The check-in's columns its month's sums depend on."""


@_step
def m013_checkin_months_kept(db: Database) -> None:
    """Each person's number of check-ins and sums of their ratings per change and UTC month,
    kept by triggers."""
    statements_sql = [
        f"""CREATE TABLE checkin_months (
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            month {dialect.of(db).text_type} NOT NULL,
            checkins INTEGER NOT NULL,
            importance INTEGER NOT NULL,
            confidence INTEGER NOT NULL,
            readiness INTEGER NOT NULL,
            PRIMARY KEY (user_id, change_id, month)
        )""",
        "CREATE INDEX checkin_months_by_change ON checkin_months(change_id)",
        "INSERT INTO checkin_months (user_id, change_id, month, checkins, importance, confidence,"
        " readiness) SELECT user_id, change_id, substr(created_at, 1, 7), COUNT(*),"
        " SUM(importance), SUM(confidence), SUM(readiness) FROM checkins"
        " GROUP BY user_id, change_id, substr(created_at, 1, 7)",
    ]
    statements_sql += _kept_by_triggers(db, "checkins", "checkins_month",
                                        "checkin_months_follow_checkins", _CHECKIN_OF,
                                        _CHECKIN_REMOVE, _CHECKIN_ADD)
    for statement in statements_sql:
        db.execute(statement)


# ----------------------------------------------------------------------------------------------
# Each change's latest two check-ins, kept as check-ins are written, so a coach's list sorts
# every client by their moves without reading check-ins at all.
#
# ``checkin_latest`` has one row per person and change with check-ins: the latest check-in's time
# and ratings, and the ratings of the one before it (NULL when there is one check-in). Both are
# found again through the index ``checkins_by_change`` whenever a check-in of the change is
# saved, edited, moved or deleted; a row whose change has no check-in left goes. A check-in
# deleted with its change or account finds no row to update (the cascade took it), so it never
# adds one.

_LATEST_WHERE = "user_id = {who}.user_id AND change_id = {who}.change_id"
_LATEST_OF = ("SELECT {columns} FROM checkins WHERE " + _LATEST_WHERE.format(who="{who}")
              + " ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET {skip}")


def _latest_set(who: str) -> str:
    """The ``SET`` clause finding ``who``'s (``OLD``, ``NEW`` or the row's own) latest check-in
    and the one before it again."""
    latest = _LATEST_OF.format(columns="created_at, importance, confidence, readiness", who=who,
                               skip=0)
    previous = _LATEST_OF.format(columns="importance, confidence, readiness", who=who, skip=1)
    return (f"SET (latest_at, importance, confidence, readiness) = ({latest}),"
            f" (previous_importance, previous_confidence, previous_readiness) = ({previous})")


_LATEST_ADD = f"""
    INSERT INTO checkin_latest (user_id, change_id) VALUES (NEW.user_id, NEW.change_id)
    ON CONFLICT (user_id, change_id) DO NOTHING;
    UPDATE checkin_latest {_latest_set("NEW")} WHERE {_LATEST_WHERE.format(who="NEW")};"""
_LATEST_REMOVE = f"""
    UPDATE checkin_latest {_latest_set("OLD")} WHERE {_LATEST_WHERE.format(who="OLD")};
    DELETE FROM checkin_latest WHERE {_LATEST_WHERE.format(who="OLD")} AND latest_at IS NULL;"""
"""Finding the latest check-ins of ``NEW``'s change again, its row made first if it has none; or
of ``OLD``'s, its row gone when no check-in is left (only a row that is there is updated)."""


@_step
def m014_checkin_latest_kept(db: Database) -> None:
    """Each person's latest check-in and the ratings of the one before, per change, kept by
    triggers."""
    statements_sql = [
        f"""CREATE TABLE checkin_latest (
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            latest_at {dialect.of(db).text_type},
            importance INTEGER,
            confidence INTEGER,
            readiness INTEGER,
            previous_importance INTEGER,
            previous_confidence INTEGER,
            previous_readiness INTEGER,
            PRIMARY KEY (user_id, change_id)
        )""",
        "CREATE INDEX checkin_latest_by_change ON checkin_latest(change_id)",
        "INSERT INTO checkin_latest (user_id, change_id)"
        " SELECT DISTINCT user_id, change_id FROM checkins",
        f"UPDATE checkin_latest {_latest_set('checkin_latest')}",
    ]
    statements_sql += _kept_by_triggers(db, "checkins", "checkins_latest",
                                        "checkin_latest_follows_checkins", _CHECKIN_OF,
                                        _LATEST_REMOVE, _LATEST_ADD)
    for statement in statements_sql:
        db.execute(statement)


_REUSABLE_KEY = re.compile(r"\bid INTEGER PRIMARY KEY\b(?! AUTOINCREMENT)")


@_step
def m015_ids_never_reused(db: Database) -> None:
    """A deleted row's id is never given to a new row: a tab left open on a change, a sort or a
    share that was deleted elsewhere would otherwise act on the new one that took its number.
    SQLite reuses the highest id once its row is gone unless the key is ``AUTOINCREMENT``, so each
    table keyed by ``id`` is rebuilt with it (SQLite's procedure: a new table, its rows, the old
    one dropped and the new one renamed, then its indexes and triggers again). PostgreSQL's
    identity columns never reuse an id."""
    if dialect.of(db) is not dialect.SQLITE:
        return
    tables = [name for name, sql in db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
        if sql and _REUSABLE_KEY.search(sql)]
    # Triggers of other tables name these; SQLite's newer renaming would check them against a
    # table dropped a moment before.
    db.execute("PRAGMA legacy_alter_table = ON")
    try:
        for name in tables:
            _rebuild_with_autoincrement(db, name)
    finally:
        db.execute("PRAGMA legacy_alter_table = OFF")


def _rebuild_with_autoincrement(db: Database, name: str) -> None:
    (sql,) = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                        [name]).fetchone()
    extras = [row[0] for row in db.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger')"
        " AND sql IS NOT NULL ORDER BY type, name", [name]).fetchall()]
    rebuilt = f"{name}_rebuilt"
    create = re.sub(r'^CREATE TABLE "?\w+"?', f"CREATE TABLE {rebuilt}", sql, count=1)
    db.execute(_REUSABLE_KEY.sub("id INTEGER PRIMARY KEY AUTOINCREMENT", create, count=1))
    db.execute(f"INSERT INTO {rebuilt} SELECT * FROM {name}")
    db.execute(f"DROP TABLE {name}")
    db.execute(f"ALTER TABLE {rebuilt} RENAME TO {name}")
    for statement in extras:
        db.execute(statement)


# ----------------------------------------------------------------------------------------------
# Schema for the names of deleted coach accounts.

@_step
def m016_retired_coach_names(db: Database) -> None:
    """The names of deleted coach accounts, kept only as SHA-256 digests of each key a look-alike
    would share (``confusables.look_alike_keys``), so that no new account takes one: a client
    who shares again with "coach_amy" after she deleted her account would otherwise share with
    whoever signed up under her name since. The name itself goes with the account, but for the
    notices of the people who still shared with it (``m017_coach_departures``)."""
    text = dialect.of(db).text_type
    execute_script(db, f"""
        CREATE TABLE retired_names (
            name_hash {text} PRIMARY KEY,
            retired_at {text} NOT NULL
        );
        """)


# ----------------------------------------------------------------------------------------------
# Schema for what a person is told when a coach they share with deletes their account.

@_step
def m017_coach_departures(db: Database) -> None:
    """The shares that were still on (seen or waiting for the coach) when their coach deleted
    their account, kept for the person who shared: the coach's username, the change, whether the
    coach had accepted it, when the coach left and when the person read that (``seen_at``). The
    grants themselves go with the coach's account; these rows go with the person's change or
    account."""
    text, key = dialect.of(db).text_type, dialect.of(db).id_type
    execute_script(db, f"""
        CREATE TABLE coach_departures (
            id {key},
            client_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            coach_name {text} NOT NULL,
            accepted INTEGER NOT NULL CHECK (accepted IN (0, 1)),
            left_at {text} NOT NULL,
            seen_at {text}
        );
        CREATE INDEX coach_departures_by_client ON coach_departures(client_id, seen_at);
        CREATE INDEX coach_departures_by_change ON coach_departures(change_id);
        """)


# ----------------------------------------------------------------------------------------------
# Schema for a coach's notes corrected after they were written.

@_step
def m018_coach_notes_edited(db: Database) -> None:
    """When a coach last edited a note (NULL: never); the note keeps the date it was written."""
    execute_script(db, f"ALTER TABLE coach_notes ADD COLUMN edited_at {dialect.of(db).text_type}")


# ----------------------------------------------------------------------------------------------
# Schema for drafts of forms that belong to no change yet.

@_step
def m019_account_drafts(db: Database) -> None:
    """Half-written forms of a person that belong to no change (a new change's name and why
    now, before the change exists), one per form, kept as ``drafts`` keeps a change's."""
    text = dialect.of(db).text_type
    execute_script(db, f"""
        CREATE TABLE account_drafts (
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            form {text} NOT NULL,
            payload {text} NOT NULL,
            updated_at {text} NOT NULL,
            PRIMARY KEY (user_id, form)
        );
        """)


KNOWN = frozenset(step.__name__ for step in ORDER)


def apply_migrations(db: Database) -> None:
    """Bring ``db`` to the current schema, inside the caller's transaction (see ``open_db``)."""
    MIGRATIONS.apply(db)


def schema_sql(db: Database) -> str:
    """The schema ``db`` has now, as SQL: tables first, then indexes and triggers, each by name."""
    rows = db.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
        " ORDER BY type != 'table', type, name").fetchall()
    return "".join(f"{sql};\n\n" for (sql,) in rows)


def check_not_newer(applied: Iterable[str]) -> None:
    """Refuse a database whose ``applied`` steps show a newer version of the app migrated it."""
    unknown = sorted(set(applied) - KNOWN)
    if unknown:
        raise ValueError(
            "This database was written by a newer version of Change Journal "
            f"(unknown schema steps: {', '.join(unknown)}). Upgrade the app; the file was left untouched."
        )
