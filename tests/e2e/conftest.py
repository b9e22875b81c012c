"""Browser fixtures: a real `streamlit run` on a free port with a temporary database, and Chromium.

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
from pathlib import Path

import pytest

from tests.e2e.runs import WatchedBrowser

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "tests" / "e2e" / "screenshots"
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
def browser():
    """A headless system Chromium driven by Playwright; every page it opens is watched for the
    runs it asks of the server (``tests.e2e.runs``)."""
    path = chromium_path()
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium is missing under CI=true: install Debian's 'chromium' (.ci/run does).")
        pytest.skip("No Chromium found (install Debian's 'chromium' or set CHROMIUM_PATH).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_FLAGS)
        yield WatchedBrowser(browser)
        browser.close()


@pytest.fixture
def server(tmp_path):
    """A running app on a fresh temporary database; yields ``(url, db_file)``."""
    db_file = tmp_path / "journal.db"
    process, url = start_server(db_file, tmp_path / "streamlit.log")
    yield url, db_file
    stop_server(process)


@pytest.fixture
def page(browser):
    """A fresh browser context and page at a laptop-sized viewport."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, timezone_id="Europe/London")
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot under tests/e2e/screenshots/ (git-ignored)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.wait_for_timeout(400)
    page.screenshot(path=str(path), full_page=True)
    return path


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """On a failed browser test, keep a screenshot of the page as it was (FAILED-<test>.png)."""
    outcome = yield
    report = outcome.get_result()
    if report.when == "call" and report.failed and "page" in item.fixturenames:
        page = item.funcargs["page"]
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        try:
            page.screenshot(path=str(SCREENSHOTS / f"FAILED-{item.name}.png"), full_page=True)
        except Exception as exc:  # the page may be gone; the test's own error matters more
            report.sections.append(("failure screenshot", f"not taken: {exc}"))
