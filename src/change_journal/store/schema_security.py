"""Schema for sign-in protection: recent failed sign-ins, per username."""

from __future__ import annotations

from sqlite_utils import Database

from change_journal.store.ddl import execute_script


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
