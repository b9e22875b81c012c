"""Failed sign-in attempts, for throttling repeated guesses at one username.

There is no acting user yet when someone signs in, so these statements are scoped by the
digest of the normalised username typed (see ``migrations.m006_sign_in_throttle``), whether or not an account
has that name. An attempt is counted *before* its password is checked, in the same
transaction as the count it is judged by, so parallel guesses cannot slip past the limit; a
successful sign-in then clears the count.

Usage::

    earlier = claim_attempt(db, name_hash, now, window_start, limit=5)
    if len(earlier) >= 5:
        ...  # refused: nothing was recorded
    clear_failures(db, name_hash)   # after the password matched
"""

from __future__ import annotations

from sqlite_utils import Database

from change_journal.store.connection import transaction


def claim_attempt(db: Database, username_hash: str, now: str, window_start: str,
                  limit: int) -> list[str]:
    """The failures on ``username_hash`` after ``window_start``, oldest first, as they were
    before this attempt.

    When there are fewer than ``limit``, this attempt is recorded as one more failure (until
    :func:`clear_failures`). Failures of any name from ``window_start`` or before are
    forgotten.
    """
    with transaction(db):
        db.execute("DELETE FROM sign_in_failures WHERE failed_at <= ?", [window_start])
        earlier = [at for (at,) in db.execute(
            "SELECT failed_at FROM sign_in_failures WHERE username_hash = ? AND failed_at > ?"
            " ORDER BY failed_at, id",
            [username_hash, window_start],
        )]
        if len(earlier) < limit:
            db.execute("INSERT INTO sign_in_failures (username_hash, failed_at) VALUES (?, ?)",
                       [username_hash, now])
    return earlier


def clear_failures(db: Database, username_hash: str) -> None:
    """Forget the failures on ``username_hash`` (its password has just been given correctly)."""
    with transaction(db):
        db.execute("DELETE FROM sign_in_failures WHERE username_hash = ?", [username_hash])
