"""What runs without ``app.py``'s session check checks the session itself.

A widget callback (``on_click``/``on_change``) runs before any page code, the body of an
``st.dialog`` or ``st.fragment`` reruns alone, and a download's ``data`` callable runs outside
any rerun: none of them passes through ``app.py``. Read from the source of every page and ``ui/``
module: such code that opens a connection (or uses the page's) also calls
``session.still_signed_in``, and no function is handed to a download button except through
``session.deferred_download``. (``tests/e2e/test_stale_tab_in_browser.py`` shows each in a
browser.)"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted([*(ROOT / "pages").glob("*.py"), *(ROOT / "src/change_journal/ui").glob("*.py")])


def _name(node: ast.AST) -> str | None:
    """``f`` of ``f``, ``x.f``, ``f(...)`` and ``x.f(...)``."""
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else None


def _runs_outside_the_rerun(tree: ast.Module) -> set[str]:
    """The functions used as callbacks, dialogs or fragments in ``tree``: ``name`` for one of
    its own, ``module.name`` for another module's (``widgets.ask_to_delete``)."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and any(
                _name(d) in ("dialog", "fragment") for d in node.decorator_list):
            names.add(node.name)
        if isinstance(node, ast.Call):
            for k in node.keywords:
                if k.arg not in ("on_click", "on_change"):
                    continue
                if isinstance(k.value, ast.Name):
                    names.add(k.value.id)
                elif isinstance(k.value, ast.Attribute) and isinstance(k.value.value, ast.Name):
                    names.add(f"{k.value.value.id}.{k.value.attr}")
    return names


def _touches_the_database(function: ast.AST) -> bool:
    return any((isinstance(n, ast.Name) and n.id == "database")
               or (isinstance(n, ast.Call) and _name(n) in ("own_db", "db"))
               for n in ast.walk(function))


def _checks_the_session(function: ast.AST) -> bool:
    return any(isinstance(n, ast.Call) and _name(n) == "still_signed_in" for n in ast.walk(function))


def unchecked(source: str, outside: set[str] = frozenset()) -> list[str]:
    """What in ``source`` runs outside the rerun (used so there, or named in ``outside``: the
    callbacks other modules hand to widgets), reaches the database and does not check the
    session, and every function handed to a download button as its data."""
    tree = ast.parse(source)
    outside = _runs_outside_the_rerun(tree) | outside
    functions = {n.name: n for n in ast.walk(tree)
                 if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}
    found = [f"{name} (line {functions[name].lineno})" for name in sorted(outside & set(functions))
             if _touches_the_database(functions[name]) and not _checks_the_session(functions[name])]
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node) == "download_button":
            data = [k.value for k in node.keywords if k.arg == "data"] + node.args[1:2]
            found += [f"download data {d.id} (line {node.lineno})" for d in data
                      if isinstance(d, ast.Name) and d.id in functions]
    return found


FOUND = {p.name: _runs_outside_the_rerun(ast.parse(p.read_text())) for p in SOURCES}


def handed_over(path: Path) -> set[str]:
    """The functions of ``path`` that other modules use as callbacks."""
    return {name.split(".")[1] for found in FOUND.values() for name in found
            if name.startswith(f"{path.stem}.")}


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_what_runs_outside_the_rerun_checks_the_session(path):
    assert unchecked(path.read_text(), handed_over(path)) == []


def test_the_reading_finds_what_these_modules_hold():
    """The check reads real code: the card sort's callbacks and fragment, the delete and
    archive dialogs, the kept boxes' callback, the delete buttons' callback from another module."""
    assert {"place", "card_area", "go_to", "pick_for_place"} <= FOUND["values.py"]
    assert {"dialog", "_copy_aside"} <= FOUND["widgets.py"]
    assert {"ask_about_sharing", "widgets.ask_to_delete"} <= FOUND["changes.py"]
    assert handed_over(ROOT / "src/change_journal/ui/widgets.py") == {"ask_to_delete"}


@pytest.mark.parametrize("source", [
    # a callback that writes without checking
    "def save():\n    with session.own_db() as own:\n        store.save(own)\n"
    "st.button('Save', on_click=save)\n",
    # a dialog that uses the page's connection
    "@st.dialog('Sure?')\ndef sure():\n    if st.button('Yes'):\n        store.delete(database, 1)\n",
    # a fragment that reads
    "@st.fragment\ndef part():\n    st.write(store.read(session.db()))\n",
    # a download made from a function of the page
    "def everything():\n    return export(database)\n"
    "st.download_button('All', data=everything, on_click='ignore')\n",
], ids=["callback", "dialog", "fragment", "download"])
def test_the_check_bites(source):
    assert unchecked(source)
    guarded = source.replace("    with session.own_db()", "    if not session.still_signed_in(x):\n"
                             "        return\n    with session.own_db()")
    if guarded != source:
        assert unchecked(guarded) == []
