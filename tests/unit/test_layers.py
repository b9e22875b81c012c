"""The layers hold: pages and ``ui/`` reach the store only through the core, the core never
imports Streamlit, and the store imports nothing above it (see design.md, "Layers"). Within the
change-talk recogniser (``change_talk/``) each module imports only the modules below it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "change_journal"


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, absolute names (``from x import y`` gives ``x`` and
    ``x.y``, since ``y`` may be a module)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def files(*places: Path) -> list[Path]:
    return sorted(p for place in places
                  for p in ([place] if place.is_file() else place.rglob("*.py")))


ENTRY = files(ROOT / "app.py", ROOT / "pages", PACKAGE / "ui")
CORE = [p for p in files(PACKAGE) if PACKAGE / "ui" not in p.parents
        and PACKAGE / "store" not in p.parents]
STORE = files(PACKAGE / "store")


def reaches(modules: set[str], prefix: str) -> list[str]:
    return sorted(m for m in modules if m == prefix or m.startswith(prefix + "."))


@pytest.mark.parametrize("path", ENTRY, ids=lambda p: str(p.relative_to(ROOT)))
def test_pages_and_ui_never_import_the_store(path):
    assert reaches(imported_modules(path), "change_journal.store") == []


@pytest.mark.parametrize("path", CORE + STORE, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_core_and_the_store_never_import_streamlit(path):
    assert reaches(imported_modules(path), "streamlit") == []


@pytest.mark.parametrize("path", STORE, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_store_imports_nothing_above_it(path):
    above = [m for m in reaches(imported_modules(path), "change_journal")
             if not m.startswith("change_journal.store")]
    assert above == []


CHANGE_TALK = PACKAGE / "change_talk"
CHANGE_TALK_ORDER = ("results", "patterns", "tokens", "behaviours", "objects", "scope", "cues",
                     "evidence", "modal_hits", "fixed_hits", "hits", "questions", "answers",
                     "reading", "__init__")
"""The recogniser's modules, bottom first; ``history`` holds only the version history."""


def change_talk_imports(name: str) -> tuple[set[str], list[str]]:
    """The recogniser's modules that ``name`` imports, and any other change_journal module."""
    modules = reaches(imported_modules(CHANGE_TALK / f"{name}.py"), "change_journal")
    inside = {m.split(".")[2] for m in modules if m.startswith("change_journal.change_talk.")}
    outside = [m for m in modules if not m.startswith("change_journal.change_talk")]
    return inside & {p.stem for p in CHANGE_TALK.glob("*.py")}, outside


def test_every_change_talk_module_has_a_place_in_the_order():
    assert {p.stem for p in CHANGE_TALK.glob("*.py")} == {*CHANGE_TALK_ORDER, "history"}
    assert imported_modules(CHANGE_TALK / "history.py") == set()


@pytest.mark.parametrize("name", CHANGE_TALK_ORDER)
def test_change_talk_modules_import_only_those_below_them(name):
    inside, outside = change_talk_imports(name)
    below = set(CHANGE_TALK_ORDER[: CHANGE_TALK_ORDER.index(name)])
    assert inside <= below, f"{name} imports {sorted(inside - below)}, not below it"
    assert outside == []  # the recogniser stands alone: standard library only


def test_the_checks_see_every_layer():
    assert len(ENTRY) > 15 and len(CORE) > 20 and len(STORE) > 15


# Code that runs outside app.py's error handling (ui/callbacks.py): widget callbacks, and the
# bodies of fragments and dialogs.
CALLBACK_KEYWORDS = {"on_change", "on_click", "on_dismiss", "on_submit", "on_select"}
PARTIAL_RUNS = {"fragment", "dialog"}


def decorator_names(function: ast.FunctionDef) -> list[str]:
    """``["dialog", "partial_run"]`` for ``@st.dialog(...)`` over ``@partial_run``."""
    names = []
    for node in function.decorator_list:
        node = node.func if isinstance(node, ast.Call) else node
        names.append(node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", ""))
    return names


def functions(path: Path) -> list[ast.FunctionDef]:
    return [n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(n, ast.FunctionDef)]


GUARDED = {f.name for path in ENTRY for f in functions(path) if "guarded" in decorator_names(f)}


def unguarded_callbacks(path: Path) -> list[str]:
    """The callbacks ``path`` hands to widgets that are neither ``guarded`` nor Streamlit's own
    ``"ignore"`` / ``"rerun"``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        for keyword in getattr(node, "keywords", []) if isinstance(node, ast.Call) else []:
            value = keyword.value
            if keyword.arg not in CALLBACK_KEYWORDS or (
                    isinstance(value, ast.Constant) and value.value in {"ignore", "rerun"}):
                continue
            if isinstance(value, ast.Call) and getattr(value.func, "id", "") == "guarded":
                continue
            name = value.attr if isinstance(value, ast.Attribute) else getattr(value, "id", None)
            if name not in GUARDED:
                found.append(f"line {value.lineno}: {keyword.arg}={ast.unparse(value)}")
    return found


@pytest.mark.parametrize("path", ENTRY, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_widget_callback_is_guarded(path):
    assert unguarded_callbacks(path) == []


@pytest.mark.parametrize("path", ENTRY, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_fragment_and_dialog_body_is_a_partial_run(path):
    bare = [f"line {f.lineno}: {f.name}" for f in functions(path)
            if PARTIAL_RUNS & set(decorator_names(f)) and "partial_run" not in decorator_names(f)]
    assert bare == []


def test_the_callback_checks_see_callbacks_fragments_and_dialogs():
    decorators = [set(decorator_names(f)) for path in ENTRY for f in functions(path)]
    assert len(GUARDED) >= 5 and sum(bool(PARTIAL_RUNS & d) for d in decorators) >= 3


def _docstrings(tree: ast.Module) -> set[int]:
    """The ids of the docstring nodes of ``tree``, its functions and classes."""
    holders = [tree, *(n for n in ast.walk(tree)
                       if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef))]
    return {id(h.body[0]) for h in holders
            if h.body and isinstance(h.body[0], ast.Expr)
            and isinstance(h.body[0].value, ast.Constant) and isinstance(h.body[0].value.value, str)}


@pytest.mark.parametrize("path", [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py"))],
                         ids=lambda p: p.name)
def test_no_page_script_holds_a_bare_value_streamlit_would_draw(path: Path):
    """Streamlit's "magic" draws a value standing alone in a page script (a string after an
    assignment is no docstring): the config turns magic off, and no page relies on it."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    docstrings = _docstrings(tree)
    bare = [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Expr) and id(n) not in docstrings
            and not isinstance(n.value, ast.Call | ast.Await)]
    assert bare == []


def test_streamlit_magic_is_off():
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["runner"]["magicEnabled"] is False
