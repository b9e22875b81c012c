"""The command line, run as a person would (``python -m change_journal ...`` in a subprocess):
export, import with and without ``--create``, backup, and every failure as one clear message
with a non-zero exit status and no stack trace."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing

import pytest

from change_journal import export
from change_journal.demo import create_demo
from change_journal.store import open_db, users
from tests.conftest import DEMO_PASSWORD

NEW_PASSWORD = "a long enough password"


def run(*args: str, cwd, password: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CHANGE_JOURNAL_PASSWORD"}
    if password is not None:
        env["CHANGE_JOURNAL_PASSWORD"] = password
    done = subprocess.run([sys.executable, "-m", "change_journal", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    return done


@pytest.fixture
def demo_file(tmp_path):
    """A database holding the demo account, closed so only the subprocess uses it."""
    db = open_db(tmp_path / "demo.db")
    create_demo(db, DEMO_PASSWORD)
    db.close()
    return tmp_path / "demo.db"


def counts(path) -> tuple[int, int]:
    with sqlite3.connect(path) as conn:
        return (conn.execute("SELECT COUNT(*) FROM checkins").fetchone()[0],
                conn.execute("SELECT COUNT(*) FROM answers").fetchone()[0])


def test_export_then_import_with_create_restores_the_journal_and_a_second_import_adds_nothing(
        demo_file, tmp_path):
    exported = run("export", "--db", str(demo_file), "--user", "demo", "--out", "demo.json",
                   cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    assert json.loads((tmp_path / "demo.json").read_text())["format_version"] == 1

    restored = run("import", "--db", "new.db", "--user", "river", "--in", "demo.json", "--create",
                   cwd=tmp_path, password=NEW_PASSWORD)
    assert restored.returncode == 0, restored.stderr
    assert "Created the account 'river'." in restored.stdout
    with closing(open_db(demo_file)) as source:
        n_checkins = source.execute("SELECT COUNT(*) FROM checkins").fetchone()[0]
    assert f"Added 2 changes, {n_checkins} check-ins," in restored.stdout
    assert counts(tmp_path / "new.db") == counts(demo_file)

    again = run("import", "--db", "new.db", "--user", "river", "--in", "demo.json", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "nothing was added" in again.stdout
    assert counts(tmp_path / "new.db") == counts(demo_file)


def test_backup_writes_a_consistent_copy(demo_file, tmp_path):
    done = run("backup", "--db", str(demo_file), "--out", "copy.db", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "To restore, stop the app" in done.stdout
    assert counts(tmp_path / "copy.db") == counts(demo_file)


@pytest.mark.parametrize(("args", "password", "message"), [
    (["export", "--db", "demo.db", "--user", "nobody", "--out", "x.json"], None,
     "There is no account called 'nobody' in demo.db."),
    (["export", "--db", "missing.db", "--user", "demo", "--out", "x.json"], None,
     "There is no database at missing.db."),
    (["export", "--db", "demo.db", "--user", "demo", "--out", "demo.db"], None,
     "demo.db already exists; choose a new file name."),
    (["import", "--db", "demo.db", "--user", "river", "--in", "good.json"], None,
     "There is no account called 'river' in demo.db. Add --create to create it"),
    (["import", "--db", "demo.db", "--user", "demo", "--in", "good.json", "--create"],
     NEW_PASSWORD, "The account 'demo' already exists in demo.db; leave out --create"),
    (["import", "--db", "demo.db", "--user", "river", "--in", "good.json", "--create"], None,
     "--create needs a password: set CHANGE_JOURNAL_PASSWORD"),
    (["import", "--db", "demo.db", "--user", "river", "--in", "good.json", "--create"], "short",
     "Choose a password of at least 10 characters."),
    (["import", "--db", "demo.db", "--user", "demo", "--in", "missing.json"], None,
     "Cannot read missing.json: No such file or directory."),
    (["import", "--db", "demo.db", "--user", "demo", "--in", "bad.json"], None,
     "the file cannot be imported, and nothing was changed:\n"
     "  - Change 1, check-in 1: “importance” is 11; ratings are whole numbers from 0 to 10."),
    (["import", "--db", "demo.db", "--user", "demo", "--in", "notes.txt"], None,
     "The file is not valid JSON: it goes wrong at line 1, column 1."),
    (["backup", "--db", "demo.db", "--out", "demo.db"], None,
     "demo.db already exists; choose a new file name for the backup."),
    (["backup", "--db", "notes.txt", "--out", "copy.db"], None,
     "notes.txt is not a Change Journal database"),
    # Anything but a regular file is refused before it is opened: a named pipe would wait for a
    # writer, a device might never end.
    (["import", "--db", "demo.db", "--user", "demo", "--in", "pipe"], None,
     "pipe is a named pipe, not a JSON export file."),
    (["import", "--db", "demo.db", "--user", "demo", "--in", "folder"], None,
     "folder is a folder, not a JSON export file."),
    (["import", "--db", "demo.db", "--user", "demo", "--in", "/dev/zero"], None,
     "/dev/zero is a device, not a JSON export file."),
    (["export", "--db", "pipe", "--user", "demo", "--out", "x.json"], None,
     "pipe is a named pipe, not a database file."),
    (["export", "--db", "/dev/null", "--user", "demo", "--out", "x.json"], None,
     "/dev/null is a device, not a database file."),
    (["backup", "--db", "pipe", "--out", "copy.db"], None,
     "pipe is a named pipe, not a database file."),
    (["copy", "--from", "demo.db", "--to", "pipe"], None,
     "pipe is a named pipe, not a database file."),
    (["demo", "--db", "pipe"], None, "pipe is a named pipe, not a database file."),
    (["recount-talk", "--db", "demo.dbb"], None, "There is no database at demo.dbb."),
    # An empty file is no database: opening it would make one of it.
    (["export", "--db", "empty.db", "--user", "demo", "--out", "x.json"], None,
     "There is no database at empty.db."),
    # Where SQLite keeps a database's log, anything written would be deleted by the next open.
    (["export", "--db", "demo.db", "--user", "demo", "--out", "demo.db-wal"], None,
     "demo.db-wal is the name of the wal file SQLite keeps beside the database demo.db"),
    (["copy", "--from", "demo.db", "--to", "notes.txt-journal"], None,
     "notes.txt-journal is the name of the journal file SQLite keeps beside the database"),
], ids=["unknown user", "missing database", "export over a file", "import without --create",
        "--create for an existing account", "--create without a password",
        "--create with a short password", "missing import file", "bad import file",
        "not JSON", "backup over a file", "backup of a text file", "import from a named pipe",
        "import from a folder", "import from a device", "export from a named pipe",
        "export from a device", "backup of a named pipe", "copy onto a named pipe",
        "demo into a named pipe", "recount of a mistyped database", "export from an empty file",
        "export onto a log", "copy onto a journal"])
def test_a_failing_command_says_why_in_one_place_and_exits_non_zero(demo_file, tmp_path, args,
                                                                   password, message):
    with closing(open_db(demo_file)) as db:
        doc = export.export_document(db, users.find_user(db, "demo").id)
    (tmp_path / "good.json").write_bytes(export.to_json(doc))
    doc["changes"][0]["checkins"][0]["importance"] = 11
    (tmp_path / "bad.json").write_text(json.dumps(doc))
    (tmp_path / "notes.txt").write_text("just some notes" * 100)
    (tmp_path / "empty.db").write_bytes(b"")
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "folder").mkdir()
    before = counts(demo_file)
    done = run(*args, cwd=tmp_path, password=password)
    assert done.returncode != 0
    assert done.stderr.startswith("error: ") and message in done.stderr, done.stderr
    assert counts(demo_file) == before
    assert (tmp_path / "empty.db").stat().st_size == 0
    assert not list(tmp_path.glob("pipe?*")) and not list((tmp_path / "folder").iterdir())


def without_export_time(path) -> dict:
    document = json.loads(path.read_text())
    del document["exported_at"]
    return document


def test_copy_moves_the_demo_deployment_to_postgresql_and_back_with_the_same_export(
        demo_file, tmp_path, postgres_cluster):
    url = postgres_cluster.create_database()
    there = run("copy", "--from", str(demo_file), "--to", url, cwd=tmp_path)
    assert there.returncode == 0, there.stderr
    back = run("copy", "--from", url, "--to", "back.db", cwd=tmp_path)
    assert back.returncode == 0, back.stderr
    for copied in (there, back):
        assert "Every table's row count and content checksum match the source" in copied.stdout
    assert there.stdout.splitlines()[-1].split("sha256 ")[1] == \
        back.stdout.splitlines()[-1].split("sha256 ")[1]
    assert counts(tmp_path / "back.db") == counts(demo_file)

    for name, db in (("before.json", str(demo_file)), ("after.json", "back.db")):
        exported = run("export", "--db", db, "--user", "demo", "--out", name, cwd=tmp_path)
        assert exported.returncode == 0, exported.stderr
    assert without_export_time(tmp_path / "after.json") == \
        without_export_time(tmp_path / "before.json")

    again = run("copy", "--from", str(demo_file), "--to", url, cwd=tmp_path)
    assert again.returncode == 2
    assert again.stderr.startswith("error: The target database already holds data")


UNDECODABLE = b"\xff\xfe".decode("utf-8", "surrogateescape")  # what argv gets for such bytes


@pytest.mark.parametrize(("args", "password"), [
    (["export", "--db", "demo.db", "--user", UNDECODABLE, "--out", "out.json"], None),
    (["import", "--db", "demo.db", "--user", UNDECODABLE, "--in", "good.json"], None),
    (["demo", "--db", "fresh.db", "--password", f"long password {UNDECODABLE}"], None),
    (["import", "--db", "demo.db", "--user", "river", "--in", "good.json", "--create"],
     f"a long password {UNDECODABLE}"),
], ids=["export user", "import user", "demo password", "created account's password"])
def test_bytes_that_are_not_text_are_refused_with_a_message(demo_file, tmp_path, args, password):
    with closing(open_db(demo_file)) as db:
        (tmp_path / "good.json").write_bytes(
            export.to_json(export.export_document(db, users.find_user(db, "demo").id)))
    before = counts(demo_file)
    done = run(*args, cwd=tmp_path, password=password)
    assert done.returncode != 0
    assert "not UTF-8 text; type it again in a UTF-8 terminal" in done.stderr, done.stderr
    assert counts(demo_file) == before and not (tmp_path / "out.json").exists()


@pytest.mark.parametrize("budget", ["0", "-5", "many"])
def test_a_recount_budget_that_reads_nothing_is_refused(demo_file, tmp_path, budget):
    done = run("recount-talk", "--db", str(demo_file), "--budget", budget, cwd=tmp_path)
    assert done.returncode == 2 and "is not a whole number of at least 1" in done.stderr
