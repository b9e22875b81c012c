"""Authorisation matrix: another person's data is never visible, whatever the request says.

Robin (the owner) has a change shared with coach Kim (with written answers) and a read-only
link, and a second change shared with no one. Sam (another person), Lee (a coach Robin never
shared with), Kim (asking for the unshared change) and a signed-out visitor try two ways in:

- every store function that takes a user id (found with ``inspect``, so new ones are covered),
  called as the intruder with Robin's ids, on both engines: the answer must be exactly the one
  given when Robin's data does not exist at all, and Robin's data must be unchanged afterwards;
- every page in ``pages/``, opened with Robin's ids in session state and query parameters, both
  through the app's navigation and as a fresh server's first run of the page file: nothing of
  Robin's may appear anywhere in what the page sends to the browser.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import change_journal.store as store_package
from change_journal import accounts, sharing
from change_journal.accounts import Account
from change_journal.store import answers as answer_store
from change_journal.store import (
    changes,
    checkins,
    deletion,
    drafts,
    open_db,
    plans,
    portability,
    users,
    values,
)
from change_journal.store import sharing as shared_store
from change_journal.store.checkins import AnswerIn
from change_journal.store.dialect import is_postgres
from change_journal.store.portability import ChangeRecord, Journal
from change_journal.store.talk import Context, ReadAhead
from tests.app.conftest import APP, sign_in_as

ROOT = Path(APP).parent
_TODAY = datetime.now(UTC)
NOW = _TODAY.isoformat(timespec="microseconds")
EARLIER = tuple((_TODAY - timedelta(days=d)).isoformat(timespec="microseconds") for d in (20, 10))
"""Within the pages' default time range, so the charts and answers are really drawn."""
ACTOR_PARAMS = ("user_id", "client_id", "coach_id")
PAGES = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "pages").glob("*.py"))
OWNER_MARK = "ROBIN-"
"""Every word Robin writes carries this mark; the unshared change's words also SECRET."""
SECRET_MARK = "ROBIN-SECRET"


@dataclass(frozen=True)
class World:
    """The ids in the seeded database, by who owns them."""

    path: Path
    robin: int
    sam: int
    kim: int
    lee: int
    walk: int
    secret: int
    checkin: dict[int, int]
    answer: dict[int, int]
    grant: int
    link_token: str
    link: int
    invite_hash: str
    invite: int
    sort: int
    walk_uid: str
    checkin_uid: dict[int, str]


def seed_person(db, user_id: int, mark: str, coach: int) -> dict:
    """Two changes with check-ins, written and exploration answers, plans, drafts, a custom value
    and a values sort; the first change shared with ``coach`` (answers too), and a link to it."""
    made = {"checkin": {}, "answer": {}}
    ids = {}
    for name in ("SECRET", "WALK"):
        change_id = changes.add_change(db, user_id, f"{mark}{name} title", f"{mark}{name} why now",
                                       created_at=EARLIER[0])
        ids[name] = change_id
        for at in EARLIER:
            made["checkin"][change_id] = checkins.save_checkin(
                db, user_id, change_id, {"importance": 7, "confidence": 3, "readiness": 6},
                [AnswerIn("checkin.how_going", "How is it going?", f"{mark}{name} how it goes"),
                 AnswerIn("checkin.note", "Anything else?", f"{mark}{name} private note")],
                created_at=at)
        answer_store.save_answers(db, user_id, change_id,
                                  [AnswerIn("both_sides.like", "What do you like?",
                                            f"{mark}{name} what I like")], created_at=EARLIER[1])
        made["answer"][change_id] = deletion.list_answers(db, user_id, change_id)[0].id
        plans.save_plan(db, user_id, change_id, {"goal": f"{mark}{name} goal",
                                                 "steps": f"{mark}{name} steps"},
                        created_at=EARLIER[1])
        drafts.save_draft(db, user_id, "checkin", change_id,
                          {"texts": {"checkin.note": f"{mark}{name} draft"}, "step": 4})
    values.add_custom_value(db, user_id, f"{mark}value", f"{mark}value meaning")
    sort = values.start_sort(db, user_id)
    values.place_card(db, user_id, sort.id, f"{mark}value", "very")
    values.place_card(db, user_id, sort.id, "family", "very")
    values.complete_sort(db, user_id, sort.id, [f"{mark}value", "family"])
    grant_id = shared_store.grant(db, user_id, coach, [ids["WALK"]], "answers",
                                  [("how_going", "checkin.how_going")], None, EARLIER[0])[0]
    shared_store.set_grant_scope(db, user_id, grant_id, "answers",
                                 [("how_going", "checkin.how_going")],
                                 [made["answer"][ids["WALK"]]])
    token = sharing.new_token()
    link = shared_store.create_link(db, user_id, ids["WALK"], sharing.token_hash(token), None,
                                    EARLIER[0])
    shared_store.add_note(db, coach, user_id, f"{mark}coach note", EARLIER[1])
    return {**made, **ids, "grant": grant_id, "token": token, "link": link, "sort": sort.id}


@pytest.fixture(scope="module")
def world(make_database) -> World:
    """Robin's rows come first in every table and Sam's after, so removing Robin's data leaves
    the ids of anything new unchanged (the comparison below relies on it)."""
    path = make_database()
    with closing(open_db(path)) as db:
        def person(name: str, role: str = "person") -> int:
            return users.create_user(db, name, accounts.username_key(name), "no sign-in", role)

        robin, sam, kim, lee = (person("robin"), person("sam"), person("coach.kim", "coach"),
                                person("coach.lee", "coach"))
        owned = seed_person(db, robin, OWNER_MARK, kim)
        sams = seed_person(db, sam, "SAM-", kim)
        gone = person("coach.gone", "coach")  # deleted below: Robin and Sam are told
        for client, change in ((robin, owned["WALK"]), (sam, sams["WALK"])):
            shared_store.grant(db, client, gone, [change], "numbers", [], None, EARLIER[0])
        deletion.delete_account(db, gone)
        invite_hash = sharing.token_hash("KIM0-INVI-TE00")
        later = (_TODAY + timedelta(days=30)).isoformat()
        invite = shared_store.create_invite(db, kim, invite_hash, later, EARLIER[0])
        shared_store.create_invite(db, lee, sharing.token_hash("LEE0-INVI-TE00"), later, EARLIER[0])
        walk_uid = db.execute("SELECT uid FROM changes WHERE id = ?", [owned["WALK"]]).fetchone()[0]
        checkin_uid = {change: db.execute("SELECT uid FROM checkins WHERE id = ?", [checkin])
                       .fetchone()[0] for change, checkin in owned["checkin"].items()}
    return World(path, robin, sam, kim, lee, owned["WALK"], owned["SECRET"], owned["checkin"],
                 owned["answer"], owned["grant"], owned["token"], owned["link"], invite_hash,
                 invite, owned["sort"], walk_uid, checkin_uid)


# --- the store ---------------------------------------------------------------------------------

def store_functions() -> list[tuple[str, object]]:
    """Every public function of the store that takes a user id."""
    found = []
    for info in pkgutil.iter_modules(store_package.__path__):
        module = importlib.import_module(f"{store_package.__name__}.{info.name}")
        for name, function in inspect.getmembers(module, inspect.isfunction):
            params = inspect.signature(function).parameters
            if (function.__module__ == module.__name__ and not name.startswith("_")
                    and any(p in params for p in ACTOR_PARAMS)):
                found.append((f"{info.name}.{name}", function))
    return found


@dataclass(frozen=True)
class Intruder:
    name: str
    actor: str
    """Attribute of :class:`World` holding the intruder's user id."""
    change: str
    """Which of Robin's changes they ask for."""
    marks: str
    """What of Robin's they must never get back."""
    removed: str
    """What of Robin's is removed for the reference answer: "account" or "secret change"."""


INTRUDERS = (
    Intruder("sam, another person", "sam", "walk", OWNER_MARK, "account"),
    Intruder("lee, a coach robin never shared with", "lee", "walk", OWNER_MARK, "account"),
    Intruder("kim, robin's coach, asking for the unshared change", "kim", "secret", SECRET_MARK,
             "secret change"),
)


def argument_values(world: World, change_id: int) -> dict:
    """A value for every parameter a store function may take, pointing at Robin's rows."""
    return {
        "change_id": change_id, "change_ids": [change_id],
        "checkin_id": world.checkin[change_id], "checkin_ids": [world.checkin[change_id]],
        "answer_id": world.answer[change_id], "answer_ids": [world.answer[change_id]],
        "grant_id": world.grant, "link_id": world.link, "invite_id": world.invite,
        "sort_id": world.sort, "token_hash": sharing.token_hash(world.link_token),
        "code_hash": world.invite_hash, "username_key": "robin", "form": "checkin",
        "payload": {"texts": {"checkin.note": "intruder"}}, "title": "intruder",
        "why_now": "intruder", "text": "intruder", "name": "intruder", "description": "intruder",
        "password_hash": "intruder", "archived": True, "scope": "answers",
        "kinds": [("everything", "*")], "expires_at": None, "fields": {"goal": "intruder"},
        "ratings": {"importance": 1, "confidence": 1, "readiness": 1},
        "answers": [AnswerIn("checkin.note", "Anything else?", "intruder")],
        "journal": Journal(changes=(ChangeRecord(world.walk_uid, "intruder", "", NOW, None),)),
        "value_name": "family", "pile": "not", "top": ["family"], "ranks": {1: "family"},
        "table": "changes",
        "recent_per_change": 12,
        "stale_before": NOW, "now": NOW, "counts": [(world.answer[change_id], 9, 9)],
        "version": 1, "limit": 100, "since": None, "since_at": None,
        "accept": True, "hidden": True, "shared_up_to": NOW,
        "at": NOW, "device": "intruder", "keep": None,
        "corrections": [("I want to walk more.", "none", None)], "sentences": ["I want to walk more."],
        "per_change": 12, "prompt_ids": ["checkin.note", "checkin.how_going"],
        "to_read": [("checkin.note", "Anything else?", "I will walk.", None)],
        "readings": [(world.answer[change_id], (9, 9, 1, "intruder", 2, "[]", None))],
        "ahead": ReadAhead(Context("intruder", ()), []),
        "source": "answers",
        "windows": [(0, 1, "2000-01-01", "2100-01-01")],
        "uid": world.checkin_uid[change_id], "new_uid": "intruder",
        "departure_ids": [1],  # Robin's departure (Robin's rows come first)
        "note_id": 1,  # Kim's note on Robin (Robin's rows come first)
    }


def call_arguments(function, world: World, intruder: Intruder) -> dict:
    """The intruder as the acting user (the first user id the function takes); any other user id
    names Robin (as client) or Kim (as coach); everything else points at Robin's rows."""
    change_id = getattr(world, intruder.change)
    known = argument_values(world, change_id)
    params = list(inspect.signature(function).parameters.values())[1:]
    actor = next(p.name for p in params if p.name in ACTOR_PARAMS)
    chosen = {}
    for param in params:
        if param.name == actor:
            chosen[param.name] = getattr(world, intruder.actor)
        elif param.name in ACTOR_PARAMS:
            chosen[param.name] = world.kim if param.name == "coach_id" else world.robin
        elif param.name in known:
            chosen[param.name] = known[param.name]
        elif param.default is inspect.Parameter.empty:
            pytest.fail(f"{function.__qualname__} takes {param.name!r}: give it a value in "
                        "argument_values so the authorisation matrix covers it.")
    return chosen


def copy_of(world: World, new_database) -> Path | str:
    return new_database(world.path)


@contextmanager
def scratch(world: World, new_database) -> Iterator:
    """An open database holding the world that a case may change: a copy of the file on SQLite;
    on PostgreSQL the world's own database inside a transaction that is rolled back at the end
    (the store's transactions nest in it as savepoints), since a new database per case would
    cost more than the rest of the case. Id sequences ignore rollbacks, so each scratch restarts
    them where a copy would: after the world's rows."""
    if is_postgres(world.path):
        with closing(open_db(world.path)) as db, db.conn.transaction(force_rollback=True):
            for (table,) in db.execute(
                    "SELECT table_name FROM information_schema.columns WHERE column_name = 'id'"
                    " AND is_identity = 'YES' AND table_schema = current_schema()").fetchall():
                db.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                           f" (SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)")
            yield db
    else:
        with closing(open_db(copy_of(world, new_database))) as db:
            yield db


def outcome(function, db, arguments: dict, monkeypatch) -> object:
    """What the function returns (or raises) on ``db``, at a fixed time."""
    for info in pkgutil.iter_modules(store_package.__path__):
        module = importlib.import_module(f"{store_package.__name__}.{info.name}")
        if hasattr(module, "now_utc"):
            monkeypatch.setattr(module, "now_utc", lambda: NOW)
    try:
        return function(db, **arguments)
    except Exception as exc:  # noqa: BLE001 (the refusal is part of the answer compared)
        return (type(exc).__name__, str(exc))


def owners_rows(db, world: World, intruder: Intruder) -> object:
    """Everything of Robin's the intruder must not change (for Kim: the unshared change)."""
    journal = portability.read_journal(db, world.robin)
    if intruder.removed == "secret change":
        secret_uid = db.execute("SELECT uid FROM changes WHERE id = ?",
                                [world.secret]).fetchone()
        return [r for kind in (journal.changes, journal.checkins, journal.answers,
                               journal.plans)
                for r in kind if secret_uid and secret_uid[0] in (getattr(r, "uid", ""),
                                                                  getattr(r, "change_uid", ""))]
    return (journal, shared_store.list_grants(db, world.robin),
            shared_store.list_links(db, world.robin), shared_store.list_departures(db, world.robin),
            users.get_user(db, world.robin),
            drafts.load_draft(db, world.robin, "checkin", world.walk))


def without_owners_data(db, world: World, intruder: Intruder) -> None:
    if intruder.removed == "account":
        deletion.delete_account(db, world.robin)
    else:
        deletion.delete_change(db, world.robin, world.secret)


def store_cases() -> list:
    return [pytest.param(name, function, id=name) for name, function in store_functions()]


@pytest.mark.engines("sqlite", "postgresql")
@pytest.mark.parametrize("intruder", INTRUDERS, ids=lambda i: i.name)
@pytest.mark.parametrize(("name", "function"), store_cases())
def test_no_store_function_lets_an_intruder_see_or_touch_the_owners_data(
        world, new_database, monkeypatch, name, function, intruder):
    arguments = call_arguments(function, world, intruder)
    with scratch(world, new_database) as attacked:
        before = owners_rows(attacked, world, intruder)
        answer = outcome(function, attacked, arguments, monkeypatch)
        assert intruder.marks not in repr(answer), f"{name} returned the owner's data: {answer!r}"
        assert owners_rows(attacked, world, intruder) == before, f"{name} changed the owner's data"
    with scratch(world, new_database) as reference:
        without_owners_data(reference, world, intruder)
        assert answer == outcome(function, reference, arguments, monkeypatch), (
            f"{name} answers differently when the owner's data exists: it leaks something of it")


def test_the_matrix_covers_the_store_functions_it_should():
    names = {name for name, _ in store_functions()}
    assert {"changes.list_changes", "checkins.list_checkins", "sharing.shared_answers",
            "coach.dashboard", "portability.read_journal", "values.snapshots"} <= names
    assert len(names) >= 50


# --- the pages ---------------------------------------------------------------------------------

VIEWERS = {
    "sam, another person": ("sam", "person", "walk", OWNER_MARK),
    "lee, another coach": ("lee", "coach", "walk", OWNER_MARK),
    "kim, asking for the unshared change": ("kim", "coach", "secret", SECRET_MARK),
    "a signed-out visitor": (None, None, "walk", OWNER_MARK),
}


def tampered(at: AppTest, world: World, change_id: int) -> None:
    """Point every id a page takes from session state or the URL at Robin's change."""
    for key, value in {
        "current_change_id": change_id, "sidebar_change_picker": change_id,
        "coach_client": (world.robin, change_id), "delete_change": change_id,
        "delete_checkin": world.checkin[change_id], "delete_answer": world.answer[change_id],
        "report_changes": [change_id], "share_changes": [change_id], "link_change": change_id,
        f"checkin_draft:{change_id}": {"texts": {}, "ratings": {}, "step": 0},
    }.items():
        at.session_state[key] = value
    at.query_params.update({"client": str(world.robin), "change": str(change_id),
                            "token": world.link_token[:-3]})


def everything_sent(at: AppTest) -> list[bytes]:
    """Every element and container of the page, as the bytes sent to the browser."""
    return [node.proto.SerializeToString() for node in at._tree
            if getattr(node, "proto", None) is not None]


def assert_nothing_of(at: AppTest, marks: str, where: str) -> None:
    assert not at.exception, at.exception
    leaks = [chunk for chunk in everything_sent(at) if marks.encode() in chunk]
    assert not leaks, f"{where} shows the owner's data: {leaks[0][:300]!r}"


@pytest.fixture
def app_for(world, new_database, monkeypatch):
    """A factory: the whole app on a copy of the world's database, as ``viewer``, tampered."""
    path = copy_of(world, new_database)
    monkeypatch.setenv("CHANGE_JOURNAL_DB", str(path))

    def make(viewer: str) -> tuple[AppTest, str]:
        who, role, change, marks = VIEWERS[viewer]
        at = AppTest.from_file(APP, default_timeout=30)
        if who is not None:
            sign_in_as(at, path, Account(getattr(world, who), who, role))
        tampered(at, world, getattr(world, change))
        return at, marks

    return make


@pytest.mark.parametrize("viewer", list(VIEWERS))
@pytest.mark.parametrize("page", PAGES)
def test_no_page_shows_another_persons_data_through_navigation(app_for, page, viewer):
    at, marks = app_for(viewer)
    at.run()
    assert_nothing_of(at, marks, "The home page and sidebar")
    try:
        at.switch_page(page)
    except ValueError:
        return  # not a page this viewer can open: navigation does not register it
    at.run()
    assert_nothing_of(at, marks, page)


@pytest.mark.parametrize("viewer", list(VIEWERS))
@pytest.mark.parametrize("page", PAGES)
def test_no_page_file_shows_another_persons_data_on_a_servers_first_run(app_for, page, viewer):
    at, marks = app_for(viewer)
    at.switch_page(page).run()
    assert_nothing_of(at, marks, f"{page} run on its own")


def test_the_matrix_can_see_a_leak(app_for, world):
    """The check itself works: Kim does see the shared change's words where they are shared."""
    at, _ = app_for("kim, asking for the unshared change")
    at.query_params.update({"change": str(world.walk)})
    at.session_state["coach_client"] = (world.robin, world.walk)
    at.run()
    at.switch_page("pages/coach_client.py").run()
    assert not at.exception
    assert any(b"ROBIN-WALK how it goes" in chunk for chunk in everything_sent(at))
    assert not any(SECRET_MARK.encode() in chunk for chunk in everything_sent(at))


@pytest.mark.parametrize("page", ["pages/check_in.py", "pages/progress.py", "pages/changes.py",
                                  "pages/plan.py", "pages/summary.py", "pages/values.py",
                                  "pages/sharing.py"])
def test_the_viewers_own_data_still_shows_on_a_tampered_page(app_for, page):
    """The other check: the pages above really draw a person's data in this state (their own)."""
    at, _ = app_for("sam, another person")
    at.run()
    at.switch_page(page).run()
    assert not at.exception
    assert any(b"SAM-" in chunk for chunk in everything_sent(at))


def test_an_intruders_write_with_the_owners_uid_lands_in_their_own_journal(world, new_database):
    path = copy_of(world, new_database)
    with closing(open_db(path)) as db:
        journal = argument_values(world, world.walk)["journal"]
        portability.write_journal(db, world.sam, journal)
        assert changes.get_change(db, world.robin, world.walk).title == "ROBIN-WALK title"
        assert "intruder" in [c.title for c in changes.list_changes(db, world.sam)]

