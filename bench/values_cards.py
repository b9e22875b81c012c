"""Values card sort in a real browser: how long from a click on a pile to the next card shown.

Starts ``streamlit run`` on a temporary database with one person, signs in with the system
Chromium, opens the Values page and sorts ``--cards`` cards. Each time is measured in the page
itself (``performance.now()``): from the click on a pile button until the card's heading names
the next value. The server's CPU time over the cards comes from ``/proc`` (Linux).

Usage::

    .venv/bin/python bench/values_cards.py              # 30 cards, JSON on stdout
    .venv/bin/python bench/values_cards.py --cards 83

The target (issue 17) is p95 under 300 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from change_journal import accounts  # noqa: E402
from change_journal.store import open_db  # noqa: E402
from tests.e2e.conftest import CHROMIUM_FLAGS, chromium_path, start_server, stop_server  # noqa: E402
from tests.e2e.streamlit_ui import settle, sign_in_kept  # noqa: E402

PASSWORD = "a calm long password"
PILES = ("Very important", "Important", "Not important to me")
TARGET_MS = 300

CLICK_TO_NEXT_CARD = """async (label) => {
    const heading = () => document.querySelector('.st-key-values_card h2');
    const before = heading().textContent;
    const button = [...document.querySelectorAll('.st-key-values_card button')]
        .find((b) => b.textContent.trim() === label);
    const start = performance.now();
    button.click();
    return await new Promise((resolve, reject) => {
        const done = () => {
            const now = heading();
            if (now && now.textContent !== before) {
                observer.disconnect();
                resolve([performance.now() - start, now.textContent]);
            }
        };
        const observer = new MutationObserver(done);
        observer.observe(document.body, {subtree: true, childList: true, characterData: true});
        setTimeout(() => { observer.disconnect(); reject(new Error('no next card in 10 s')); }, 10000);
    });
}"""


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process so far (None where /proc is missing)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def run(cards: int) -> dict:
    from playwright.sync_api import sync_playwright

    path = chromium_path()
    if path is None:
        raise SystemExit("No Chromium found (install Debian's 'chromium' or set CHROMIUM_PATH).")
    with tempfile.TemporaryDirectory() as folder:
        db_file = Path(folder) / "journal.db"
        db = open_db(db_file)
        accounts.sign_up(db, "sorter", PASSWORD)
        db.close()
        process, url = start_server(db_file, Path(folder) / "streamlit.log")
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=path, headless=True,
                                                     args=CHROMIUM_FLAGS)
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                page.set_default_timeout(30_000)
                sign_in_kept(page, url, "sorter", PASSWORD)
                page.goto(f"{url}/values")
                page.get_by_role("button", name="Start sorting").click()
                page.locator(".st-key-values_card h2").wait_for()
                settle(page)
                times, cpu_before, started = [], cpu_seconds(process.pid), time.monotonic()
                for index in range(cards):
                    try:
                        elapsed, _ = page.evaluate(CLICK_TO_NEXT_CARD, PILES[index % 3])
                    except Exception as exc:
                        raise SystemExit(f"Card {index + 1} did not answer: {exc}") from exc
                    times.append(elapsed)
                    settle(page)  # the run has finished before the next click
                wall = time.monotonic() - started
                cpu_after = cpu_seconds(process.pid)
                browser.close()
        finally:
            stop_server(process)
    cpu = None if cpu_before is None or cpu_after is None else cpu_after - cpu_before
    return {
        "benchmark": "values_cards",
        "cards": cards,
        "click_to_next_card_ms": {
            "p50": round(statistics.median(times), 1),
            "p95": round(percentile(times, 0.95), 1),
            "max": round(max(times), 1),
            "mean": round(statistics.fmean(times), 1),
        },
        "target_p95_ms": TARGET_MS,
        "meets_target": percentile(times, 0.95) < TARGET_MS,
        "server_cpu_s_per_card": None if cpu is None else round(cpu / cards, 4),
        "wall_s": round(wall, 2),
        "cpus": os.cpu_count(),
        "load_average_1m": round(os.getloadavg()[0], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cards", type=int, default=30, help="cards to sort (at least 20)")
    args = parser.parse_args()
    if not 20 <= args.cards <= 83:
        parser.error("--cards must be between 20 and 83")
    print(json.dumps(run(args.cards), indent=2))


if __name__ == "__main__":
    main()
