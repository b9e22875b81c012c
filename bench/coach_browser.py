"""The coach's dashboard in Chromium: click "Your clients" (from Settings) to the page drawn,
for a coach with 200 clients and one with 10, the same number of rows on a page.

    python bench/coach_browser.py [--samples 12] [--page-size 10]

Prints JSON: p50/p95 in milliseconds per coach and ``many_over_few`` (p50 at 200 clients over
p50 at 10; the target is 1.5 or less). "Drawn" means: the script has finished, no element is
stale, every client card of the page is there, the trend table's canvas is painted, and two
animation frames have passed. The first click on each server is a warm-up and not counted.
The databases are made through the store (bench/datasets.py: a year of weekly check-ins per
client); the server runs through bench/serve_app.py with ``--coach-page-size``.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(ROOT), str(ROOT / "src"), str(BENCH)]

import datasets  # noqa: E402  (bench/datasets.py)

DRAWN_JS = """(rows) => {
  if (document.querySelector('[data-stale="true"]')) return false;
  if (document.querySelector('[data-testid="stStatusWidget"]')) return false;
  if (rows === 0) return true;
  const cards = document.querySelectorAll('a[href*="client?client="]');
  if (cards.length < rows) return false;
  const grids = document.querySelectorAll('[data-testid="stDataFrame"] canvas');
  return grids.length > 0 && [...grids].every((c) => c.getBoundingClientRect().width > 0);
}"""
PAINTED_JS = """() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(
    () => done(true))))"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(db_path: Path, log: Path, page_size: int) -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, str(BENCH / "serve_app.py"), "--coach-page-size", str(page_size), "--",
         "--server.port", str(port), "--server.address", "127.0.0.1",
         "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env={**os.environ, "CHANGE_JOURNAL_DB": str(db_path)},
        stdout=log.open("w"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited early:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.read().strip() == b"ok":
                    return process, url
        except OSError:
            pass
        time.sleep(0.1)
    process.kill()
    raise RuntimeError("streamlit did not become healthy")


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def measure(browser, url: str, samples: int, rows: int) -> dict:
    from tests.e2e.streamlit_ui import sign_in

    context = browser.new_context(viewport={"width": 1280, "height": 900},
                                  timezone_id="Europe/London")
    page = context.new_page()
    page.set_default_timeout(120_000)
    sign_in(page, url, "coach", datasets.PASSWORD)
    taken = []
    for i in range(samples + 1):
        page.get_by_role("link", name="Settings").click()
        page.get_by_role("heading", name="Settings").first.wait_for()
        page.wait_for_function(DRAWN_JS, arg=0, polling="raf")
        started = time.perf_counter()
        page.get_by_role("link", name="Your clients").click()
        page.get_by_role("heading", name="Your clients").first.wait_for()
        page.wait_for_function(DRAWN_JS, arg=rows, polling="raf")
        page.evaluate(PAINTED_JS)
        if i:
            taken.append(time.perf_counter() - started)
    context.close()
    return {"p50": round(percentile(taken, 0.5) * 1000, 1),
            "p95": round(percentile(taken, 0.95) * 1000, 1), "n": len(taken)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=12)
    parser.add_argument("--page-size", type=int, default=10)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    from tests.e2e.conftest import CHROMIUM_FLAGS, chromium_path

    out: dict = {"page_size": args.page_size}
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), headless=True,
                                             args=CHROMIUM_FLAGS)
        for clients in (10, 200):
            path, _coach = datasets.coach_database(Path(folder), clients)
            process, url = start(path, Path(folder) / f"coach_{clients}.log", args.page_size)
            try:
                out[f"{clients}_clients_ms"] = measure(browser, url, args.samples,
                                                       min(clients, args.page_size))
            finally:
                process.terminate()
                process.wait(timeout=20)
        browser.close()
    few, many = out["10_clients_ms"]["p50"], out["200_clients_ms"]["p50"]
    out["many_over_few"] = round(many / few, 2) if few else None
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
