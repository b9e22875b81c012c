"""Command line: ``python -m change_journal COMMAND``; ``--help`` lists the commands.

Every failure prints one ``error: ...`` line (or the list of problems in an import file) to
standard error and exits with a non-zero status; no stack trace reaches the terminal.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager, nullcontext, suppress
from pathlib import Path

from change_journal.config import db_path
from change_journal.store import (
    DATABASE_ERRORS,
    StoreError,
    open_db,
    refuse_sidecar,
    special_file,
    transaction,
)
from change_journal.store.connection import SIDECAR_SUFFIXES
from change_journal.store.dialect import is_postgres
from change_journal.store.postgres import describe
from change_journal.validation import is_text

PASSWORD_ENV = "CHANGE_JOURNAL_PASSWORD"
LISTED_PROBLEMS = 50


class CommandError(Exception):
    """A failure whose message is printed as is."""


def _demo(args: argparse.Namespace) -> int:
    from change_journal.demo import DEMO_USERNAME, create_demo

    with _gone_on_failure(args.db), closing(open_db(args.db)) as db:
        _account, password = create_demo(db, args.password)
    print(f"Created the account '{DEMO_USERNAME}' in {_shown(args.db)} with password: {password}")
    return 0


NOT_TEXT = "holds bytes that are not UTF-8 text; type it again in a UTF-8 terminal"


def _text(value: str) -> str:
    """An argument that must be text, refused by argparse with :data:`NOT_TEXT` otherwise."""
    if not is_text(value):
        raise argparse.ArgumentTypeError(NOT_TEXT)
    return value


def _positive(value: str) -> int:
    """A whole number of at least 1, refused by argparse otherwise."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of at least 1")
    return number


def _find_user(db, username: str):
    from change_journal.accounts import username_key
    from change_journal.store import users

    return users.find_user(db, username_key(username.strip()))


def _export(args: argparse.Namespace) -> int:
    from change_journal.export import export_json

    _require_database(args.db)
    with closing(open_db(args.db)) as db:
        user = _find_user(db, args.user)
        if user is None:
            raise CommandError(f"There is no account called {args.user!r} in {_shown(args.db)}.")
        data = export_json(db, user.id)
    _write_new(Path(args.out), data)
    print(f"Exported the journal of {user.username!r} to {args.out} ({len(data):,} bytes).")
    return 0


def _import(args: argparse.Namespace) -> int:
    from change_journal import importer

    source = Path(args.in_file)
    if kind := special_file(source):  # a pipe or a device could keep the read waiting
        raise CommandError(f"{source} is {kind}, not a JSON export file.")
    try:
        with source.open("rb") as handle:  # one byte past the limit is enough to refuse it
            raw = handle.read(importer.MAX_IMPORT_BYTES + 1)
    except OSError as exc:
        raise CommandError(f"Cannot read {source}: {exc.strerror}.") from None
    parsed = importer.read_export(raw)
    if not args.create:
        _require_database(args.db)
    print(f"{source} holds {importer.describe_file(parsed)}.")
    with _gone_on_failure(args.db) if args.create else nullcontext():
        counts, created = _import_into(args, parsed)
    if created:  # said only once the account and its journal are kept
        print(f"Created the account {args.user!r}.")
    print(importer.import_message(counts))
    return 0


def _import_into(args: argparse.Namespace, parsed):
    """Import the checked file into the account ``args.user`` (created first with --create);
    the counts, and whether the account was created."""
    from change_journal import accounts, importer

    with closing(open_db(args.db)) as db:
        user = _find_user(db, args.user)
        if user is None and not args.create:
            raise CommandError(
                f"There is no account called {args.user!r} in {_shown(args.db)}. Add --create to create "
                f"it (its password comes from {PASSWORD_ENV} or is asked for)."
            )
        if user is not None and args.create:
            raise CommandError(f"The account {args.user!r} already exists in {_shown(args.db)}; leave "
                               "out --create to import into it.")
        with transaction(db):
            user_id = user.id if user else accounts.sign_up(db, args.user,
                                                            _new_password(args.user)).id
            counts = importer.import_journal(db, user_id, parsed)
        return counts, user is None


def _copy(args: argparse.Namespace) -> int:
    from change_journal.store.copying import copy_all

    _require_database(args.source)
    with (closing(open_db(args.source)) as source, _gone_on_failure(args.target),
          closing(open_db(args.target)) as target):
        report = copy_all(source, target)
    width = max(map(len, report.rows))
    for table, count in report.rows.items():
        print(f"  {table:<{width}}  {count:>9,}")
    print(f"Copied {sum(report.rows.values()):,} rows in {len(report.rows)} tables from "
          f"{_shown(args.source)} to {_shown(args.target)}. Every table's row count and content "
          f"checksum match the source (sha256 {report.checksum}).")
    return 0


def _shown(address: str) -> str:
    """How messages name a database: its file, or the PostgreSQL database (no password)."""
    return f"the {describe(address)}" if is_postgres(address) else address


def _backup(args: argparse.Namespace) -> int:
    from change_journal.backup import backup_database

    result = backup_database(args.db, args.out)
    print(f"Backed up {_shown(args.db)} to {result.path} ({result.size_bytes:,} bytes). To restore, stop "
          "the app and copy this file over the database file (removing any -wal and -shm "
          "files beside it).")
    return 0


def _recount_talk(args: argparse.Namespace) -> int:
    from change_journal import change_talk, talk

    _require_database(args.db)  # a mistyped path would make a new, empty database
    with closing(open_db(args.db)) as db:
        left = talk.recount(db, budget=args.budget)
    if left:
        print(f"Read {args.budget:,} answer{'s' if args.budget != 1 else ''} with recogniser "
              f"version {change_talk.VERSION}; "
              f"{left:,} {'is' if left == 1 else 'are'} left: run the command again to go on.")
        return 3
    print(f"Every answer is read by recogniser version {change_talk.VERSION}.")
    return 0


def _new_password(username: str) -> str:
    from change_journal.accounts import PASSWORD_RULES, validate_password

    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise CommandError(f"--create needs a password: set {PASSWORD_ENV}, or run the "
                               "command in a terminal to type it.")
        print(PASSWORD_RULES)
        password = getpass.getpass("Password for the new account: ")
        if getpass.getpass("Repeat it: ") != password:
            raise CommandError("The two passwords are different; nothing was changed.")
    if not is_text(password):
        raise CommandError(f"The password {NOT_TEXT}; nothing was changed.")
    validate_password(password, username)
    return password


def _require_database(path: str) -> None:
    """Refuse a database file that does not exist, or is empty (opening it would make a new
    database of it; a PostgreSQL server says so itself, and :func:`open_db` refuses a folder,
    a named pipe or a device)."""
    file = Path(path)
    if not is_postgres(path) and (not file.exists() or file.is_file() and file.stat().st_size == 0):
        raise CommandError(f"There is no database at {path}.")


def _new_file(address: str) -> list[Path]:
    """Make the database file ``address`` (empty, with any folders missing) when nothing is
    there yet, and return what was made (the file, then its new folders, deepest first), so
    that a command that fails removes exactly that. Nothing for PostgreSQL, for a path already
    in use, or when the file cannot be made (:func:`open_db` then says why)."""
    if is_postgres(address) or os.path.lexists(address):
        return []
    path = Path(address)
    refuse_sidecar(path)  # open_db checks this only while nothing is there
    folders = [folder for folder in path.parents if not folder.exists()]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.open("xb").close()  # only a file made here is ever removed
    except OSError:
        _remove(folders)
        return []
    return [path, *folders]


@contextmanager
def _gone_on_failure(address: str) -> Iterator[None]:
    """Make the database file ``address`` if nothing is there yet (:func:`_new_file`), and
    remove what was made if the block fails, so a refused command leaves no database behind."""
    made = _new_file(address)
    try:
        yield
    except BaseException:
        _remove(made)
        raise


def _remove(made: list[Path]) -> None:
    """Remove what :func:`_new_file` made, with the files SQLite keeps beside a database."""
    for path in made:
        if path.is_dir():
            with suppress(OSError):  # left as it is if anything else was put in it
                path.rmdir()
        else:
            for name in (path, *(path.with_name(path.name + s) for s in SIDECAR_SUFFIXES)):
                with suppress(OSError):  # the command's own error is the one to report
                    name.unlink(missing_ok=True)


def _write_new(path: Path, data: bytes) -> None:
    """Write ``data`` to a new file (never over an existing one, nor where SQLite keeps a
    database's log)."""
    refuse_sidecar(path)
    try:
        with path.open("xb") as out:
            out.write(data)
    except FileExistsError:
        raise CommandError(f"{path} already exists; choose a new file name.") from None
    except OSError as exc:
        raise CommandError(f"Cannot write {path}: {exc.strerror}.") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m change_journal",
                                     description="Change Journal administration.")
    commands = parser.add_subparsers(dest="command", required=True)
    default_db = str(db_path())
    db_help = "database file, or a postgresql:// address (default: %(default)s)"

    demo = commands.add_parser("demo", help="create the 'demo' account with six months of data")
    demo.add_argument("--db", default=default_db, help=db_help)
    demo.add_argument("--password", type=_text,
                      help="password for the demo account (default: random, printed)")
    demo.set_defaults(run=_demo)

    export = commands.add_parser("export", help="write one account's journal to a JSON file")
    export.add_argument("--db", default=default_db, help=db_help)
    export.add_argument("--user", required=True, type=_text, help="the account's username")
    export.add_argument("--out", required=True, help="new JSON file to write")
    export.set_defaults(run=_export)

    restore = commands.add_parser(
        "import", help="add a JSON export to an account (what is already there is skipped)")
    restore.add_argument("--db", default=default_db, help=db_help)
    restore.add_argument("--user", required=True, type=_text, help="the account's username")
    restore.add_argument("--in", dest="in_file", required=True, help="JSON export file to read")
    restore.add_argument("--create", action="store_true",
                         help=f"create the account first (password from ${PASSWORD_ENV}, "
                              "or asked for)")
    restore.set_defaults(run=_import)

    copy = commands.add_parser(
        "copy", help="move a whole deployment into a new, empty database (SQLite file or "
                     "postgresql://...), checked by row counts and a checksum")
    copy.add_argument("--from", dest="source", required=True,
                      help="the database to copy: an SQLite file or a postgresql:// address")
    copy.add_argument("--to", dest="target", required=True,
                      help="a new SQLite file or an empty PostgreSQL database")
    copy.set_defaults(run=_copy)

    backup = commands.add_parser(
        "backup", help="copy the whole SQLite database file, consistently, even while the app "
                       "runs (for PostgreSQL use pg_dump: see the README)")
    backup.add_argument("--db", default=default_db, help="database file (default: %(default)s)")
    backup.add_argument("--out", required=True, help="new file for the copy")
    backup.set_defaults(run=_backup)

    recount = commands.add_parser(
        "recount-talk", help="read every answer again for change talk after a new recogniser "
                             "(in batches; safe while the app runs; run again to resume)")
    recount.add_argument("--db", default=default_db, help="database file (default: %(default)s)")
    recount.add_argument("--budget", type=_positive, default=1_000_000,
                         help="most answers read in this run (default: %(default)s)")
    recount.set_defaults(run=_recount_talk)
    return parser


def main(argv: list[str] | None = None) -> int:
    from change_journal.accounts import AccountError
    from change_journal.importer import ImportProblems

    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except ImportProblems as exc:
        print("error: the file cannot be imported, and nothing was changed:", file=sys.stderr)
        for line in exc.lines(LISTED_PROBLEMS):
            print(f"  - {line}", file=sys.stderr)
        return 1
    except (CommandError, AccountError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except DATABASE_ERRORS as exc:
        print(f"error: the database reported a problem ({exc}); nothing was changed.",
              file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\nStopped; nothing was changed.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
