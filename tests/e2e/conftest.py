"""Browser fixtures: a real `streamlit run` on a free port with a temporary database, and Chromium.

Each test worker runs one Chromium with one persistent context, whose HTTP cache and compiled
code stay warm between tests: the ``page`` fixture opens a page in it, with the cookies of
earlier tests cleared (tests that need a second person make a context of their own). A module
whose tests each work with accounts of their own shares one server (``shared_server``).

Chromium comes from the system (``/usr/bin/chromium`` or ``$CHROMIUM_PATH``). Locally the
browser tests skip with a reason when it is missing; under ``CI=true`` that is a failure.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.e2e.runs import WatchedBrowser, wait_for_runs

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "tests" / "e2e" / "screenshots"
LAPTOP = {"width": 1280, "height": 900}
CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def chromium_path() -> str | None:
    candidate = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    return candidate if Path(candidate).exists() else None


SERVED_AT = re.compile(r"URL: (http://[^\s/]+:([1-9]\d*))")
"""The line Streamlit prints once it listens, e.g. ``URL: http://127.0.0.1:40123``."""


def served_url(log_file: Path) -> str | None:
    """The address the server wrote to its log once listening (None: not yet)."""
    found = SERVED_AT.search(log_file.read_text(errors="replace"))
    return found.group(1) if found else None


def start_server(db_file: Path, log_file: Path) -> tuple[subprocess.Popen, str]:
    """Start the app with ``streamlit run``; return the process and its URL.

    The server asks the system for a free port itself (``--server.port 0``) and prints it, so
    parallel test workers, or several test runs on one machine, never race for a port between
    choosing it and binding it."""
    env = {**os.environ, "CHANGE_JOURNAL_DB": str(db_file), "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
         "--server.port", "0", "--server.address", "127.0.0.1",
         "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=log_file.open("w"), stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited early:\n{log_file.read_text()}")
        url = served_url(log_file)
        try:
            if url is not None:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.read().strip() == b"ok":
                        return process, url
        except OSError:
            pass
        time.sleep(0.05)
    process.kill()
    raise RuntimeError(f"streamlit did not become healthy:\n{log_file.read_text()}")


def stop_server(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    """A headless system Chromium driven by Playwright, launched with the worker's persistent
    context; every page it opens is watched for the runs it asks of the server
    (``tests.e2e.runs``)."""
    path = chromium_path()
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium is missing under CI=true: install Debian's 'chromium' (.ci/run does).")
        pytest.skip("No Chromium found (install Debian's 'chromium' or set CHROMIUM_PATH).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        shared = playwright.chromium.launch_persistent_context(
            tmp_path_factory.mktemp("chromium-profile"), executable_path=path, headless=True,
            args=CHROMIUM_FLAGS, viewport=LAPTOP, timezone_id="Europe/London")
        yield WatchedBrowser(shared)
        shared.close()


def serve(folder: Path) -> Iterator[tuple[str, Path]]:
    """Run the app on a new database in ``folder``: yield ``(url, db_file)``, then stop it."""
    db_file = folder / "journal.db"
    process, url = start_server(db_file, folder / "streamlit.log")
    yield url, db_file
    stop_server(process)


@pytest.fixture
def server(tmp_path):
    """A running app on a fresh temporary database; yields ``(url, db_file)``."""
    yield from serve(tmp_path)


@pytest.fixture(scope="module")
def shared_server(tmp_path_factory):
    """One running app for all the tests of a module, on one database; yields ``(url, db_file)``.
    Each test works with accounts of its own, so none depends on which ran before it."""
    yield from serve(tmp_path_factory.mktemp("shared-server"))


@contextmanager
def shared_page(browser) -> Iterator:
    """A new page at a laptop-sized viewport in the worker's persistent context, without the
    cookies or permissions of earlier tests. Afterwards every page of the context is closed, the
    local storage of the app it was on cleared first (the next test may use the same server)."""
    context = browser.shared
    context.clear_cookies()
    context.clear_permissions()
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    for opened in context.pages:
        if opened.url.startswith("http"):
            opened.evaluate("localStorage.clear()")
        opened.close()


@pytest.fixture
def page(browser):
    """A new page in the worker's persistent context (see :func:`shared_page`)."""
    with shared_page(browser) as page:
        yield page


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot under tests/e2e/screenshots/ (git-ignored), once the page has
    finished the run it asked for and its lazily loaded widgets have arrived, with its animations
    and transitions taken to their end."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    wait_for_runs(page)
    # Widgets whose code Streamlit loads lazily show a grey placeholder until it arrives.
    page.locator('[data-testid="stSkeleton"]').first.wait_for(state="detached", timeout=10_000)
    page.screenshot(path=str(path), full_page=True, animations="disabled")
    return path


LOG_START = pytest.StashKey[dict]()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """On a failed browser test, keep a screenshot of the page as it was (FAILED-<test>.png),
    and show its text and the end of its server's log beside the failure (CI keeps nothing
    else)."""
    outcome = yield
    report = outcome.get_result()
    logs = [item.funcargs[name][1].parent / "streamlit.log"
            for name in ("server", "shared_server") if name in item.funcargs]
    if report.when == "setup":  # where this test's part of a shared server's log begins
        item.stash[LOG_START] = {log: log.stat().st_size for log in logs if log.exists()}
    if report.when == "call" and report.failed:
        for log in logs:
            with log.open("rb") as handle:
                handle.seek(item.stash.get(LOG_START, {}).get(log, 0))
                lines = handle.read().decode(errors="replace").splitlines()
            report.sections.append(("server log during this test (last 80 lines)",
                                    "\n".join(lines[-80:])))
    if report.when == "call" and report.failed and "page" in item.fixturenames:
        page = item.funcargs["page"]
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        try:
            page.screenshot(path=str(SCREENSHOTS / f"FAILED-{item.name}.png"), full_page=True)
            report.sections.append(("page text", page.locator("body").inner_text(timeout=2_000)))
        except Exception as exc:  # the page may be gone; the test's own error matters more
            report.sections.append(("failure screenshot", f"not taken: {exc}"))
