"""Command line: ``python -m change_journal COMMAND``; ``--help`` lists the commands."""

from __future__ import annotations

import argparse
import sys

from change_journal.config import db_path
from change_journal.store import StoreError, open_db


def _demo(args: argparse.Namespace) -> int:
    from change_journal.accounts import AccountError
    from change_journal.demo import DEMO_USERNAME, create_demo

    db = open_db(args.db)
    try:
        _account, password = create_demo(db, args.password)
    except AccountError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"Created the account '{DEMO_USERNAME}' in {args.db} with password: {password}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m change_journal",
                                     description="Change Journal administration.")
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser("demo", help="create the 'demo' account with six months of data")
    demo.add_argument("--db", default=str(db_path()), help="database file (default: %(default)s)")
    demo.add_argument("--password", help="password for the demo account (default: random, printed)")
    demo.set_defaults(run=_demo)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
