"""A separate process that writes to a journal database, for the concurrency and crash tests.

Run from the project root as ``python -m tests.reliability_worker COMMAND ...``. It prints one
line per committed write on standard output, flushed right after the commit, so the parent
knows exactly what must survive a crash::

    ready               set up; now waits for a line ("go") on standard input
    checkin ID N        this writer's check-in number N committed with id ID
    sheet N             this writer's answer sheet number N committed
    inside              inside the import's or upgrade's transaction; now waits to be killed

Commands:
    save DB USER_ID CHANGE_ID LABEL COUNT   COUNT check-ins, each followed by an answer sheet
                                            (COUNT 0: until killed)
    import DB USER_ID FILE FRACTION         import FILE, stopping inside its transaction once
                                            FRACTION of it is written
    upgrade DB STEP                         upgrade DB, stopping inside migration STEP

The writes themselves (:func:`save_checkin`, :func:`save_sheet`) are shared with the tests'
threads, and :func:`expected_checkin` / :func:`expected_sheet` say what each must have stored.
"""

from __future__ import annotations

import itertools
import sys
from contextlib import closing
from pathlib import Path

from sqlite_utils import Database, Migrations

from change_journal import importer, prompts
from change_journal.checkin import HOW_GOING_AGAIN, HOW_GOING_ID, NOTE_ID, NOTE_QUESTION
from change_journal.store import changes, checkins, migrations, open_db
from change_journal.store.checkins import AnswerIn

SHEET_SET = "values_reflection"
"""The exploration prompts each answer sheet fills in (about a value: the sheet's subject)."""


def expected_checkin(label: str, n: int) -> tuple[dict[str, int], list[AnswerIn]]:
    """The ratings and answers of writer ``label``'s check-in number ``n``."""
    ratings = {"importance": n % 11, "confidence": (3 * n + 1) % 11, "readiness": (7 * n + 2) % 11}
    answers = [AnswerIn(HOW_GOING_ID, HOW_GOING_AGAIN, f"{label} check-in {n}: going «fine» ✓"),
               AnswerIn(NOTE_ID, NOTE_QUESTION, f"{label} note {n}\nsecond line 🙂")]
    return ratings, answers


def expected_sheet(label: str, n: int) -> tuple[str, dict[str, str]]:
    """The subject and ``{prompt_id: text}`` of writer ``label``'s answer sheet number ``n``."""
    prompt_ids = [p.id for p in prompts.load_prompts().set(SHEET_SET).prompts]
    return f"{label} value {n}", {pid: f"{label} sheet {n} answers {pid}" for pid in prompt_ids}


def save_checkin(db: Database, user_id: int, change_id: int, label: str, n: int) -> int:
    """Save writer ``label``'s check-in number ``n`` as the check-in page does; return its id."""
    ratings, answers = expected_checkin(label, n)
    return checkins.save_checkin(db, user_id, change_id, ratings, answers, clear_draft="checkin")


def save_sheet(db: Database, user_id: int, change_id: int, label: str, n: int) -> None:
    """Fill in and save writer ``label``'s answer sheet number ``n`` as the values page does:
    half of it is kept as a draft first, then the whole sheet is saved (clearing the draft)."""
    subject, texts = expected_sheet(label, n)
    change = changes.get_change(db, user_id, change_id)
    sheet = prompts.AnswerSheet.open(db, user_id, change,
                                     prompts.load_prompts().set(SHEET_SET).prompts,
                                     subject=subject)
    first = next(iter(texts))
    sheet.keep(db, {first: texts[first]})
    sheet.save(db, texts)


def say(line: str) -> None:
    print(line, flush=True)


def wait_forever() -> None:
    """Block until killed (or until the parent closes standard input)."""
    sys.stdin.readline()


def save(path: str, user_id: str, change_id: str, label: str, count: str) -> None:
    with closing(open_db(path)) as db:
        say("ready")
        sys.stdin.readline()
        numbers = itertools.count() if int(count) == 0 else range(int(count))
        for n in numbers:
            say(f"checkin {save_checkin(db, int(user_id), int(change_id), label, n)} {n}")
            save_sheet(db, int(user_id), int(change_id), label, n)
            say(f"sheet {n}")


def import_file(path: str, user_id: str, file: str, fraction: str) -> None:
    journal = importer.read_export(Path(file).read_bytes())

    def progress(done: float) -> None:
        if done >= float(fraction):
            say("inside")
            wait_forever()

    with closing(open_db(path)) as db:
        importer.import_journal(db, int(user_id), journal, progress=progress)
    say("finished")


def upgrade(path: str, step: str) -> None:
    """Open ``path`` (which migrates it) with migration ``step`` stopping inside its transaction.

    The store looks its migrations up as ``migrations.MIGRATIONS`` when it opens a file, so a
    copy whose ``step`` pauses after running can stand in for them.
    """
    paused = Migrations(migrations.MIGRATIONS.name)
    for fn in migrations.ORDER:
        paused(name=fn.__name__)(_pausing(fn) if fn.__name__ == step else fn)
    migrations.MIGRATIONS = paused
    open_db(path).close()
    say("finished")


def _pausing(fn):
    def run(db: Database) -> None:
        fn(db)
        say("inside")
        wait_forever()

    run.__name__ = fn.__name__
    return run


COMMANDS = {"save": save, "import": import_file, "upgrade": upgrade}

if __name__ == "__main__":
    COMMANDS[sys.argv[1]](*sys.argv[2:])
