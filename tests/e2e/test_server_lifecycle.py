"""The server as deployed: `make run` answers its health check, and data survives a restart."""

from __future__ import annotations

import os
import signal
import subprocess
import time
import urllib.request

import pytest

from tests.e2e.conftest import ROOT, served_url, start_server, stop_server
from tests.e2e.streamlit_ui import click, fill, sign_in, sign_up

pytestmark = pytest.mark.e2e


def test_make_run_serves_the_app_and_answers_health(tmp_path):
    env = {**os.environ, "CHANGE_JOURNAL_DB": str(tmp_path / "journal.db"), "PYTHONUNBUFFERED": "1"}
    log_file = tmp_path / "make-run.log"
    process = subprocess.Popen(["make", "--no-print-directory", "run", "PORT=0"], cwd=ROOT,
                               env=env, stdout=log_file.open("w"), stderr=subprocess.STDOUT,
                               start_new_session=True)
    try:
        body = b""
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and body != b"ok":
            url = served_url(log_file)
            try:
                if url is None:
                    raise OSError("not listening yet")
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    body = response.read().strip()
            except OSError:
                time.sleep(0.5)
        assert body == b"ok", log_file.read_text()
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)


def test_data_survives_a_server_restart(tmp_path, page):
    db_file = tmp_path / "journal.db"
    process, url = start_server(db_file, tmp_path / "first.log")
    try:
        sign_up(page, url, "river", "a calm long password")
        fill(page, "What change are you considering?", "Walk most days")
        click(page, "Next")  # the first change asks one thing at a time
        click(page, "Start working on this")
    finally:
        stop_server(process)

    process, url = start_server(db_file, tmp_path / "second.log")
    try:
        page.context.clear_cookies()  # sign in afresh (a kept session cookie would skip the form)
        sign_in(page, url, "river", "a calm long password")
        page.get_by_role("heading", name="Walk most days").wait_for()
    finally:
        stop_server(process)
