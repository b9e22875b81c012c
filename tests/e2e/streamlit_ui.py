"""Small Playwright helpers for Streamlit's widgets, shared by the browser tests."""

from __future__ import annotations

from tests.e2e.conftest import screenshot
from tests.e2e.runs import wait_for_runs


def settle(page) -> None:
    """Wait until Streamlit has finished the run the last action asked for, if it asked for one
    (a page the browser fixture did not open gets a fixed pause instead)."""
    if not wait_for_runs(page):
        page.wait_for_timeout(200)
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="hidden", timeout=20_000)


def whole_page(page, name: str) -> None:
    """Screenshot all of the page: Streamlit scrolls inside its main area, so the viewport is
    grown to the content's height for the shot."""
    size = page.viewport_size
    height = page.evaluate(
        "document.querySelector('[data-testid=\"stMainBlockContainer\"]').scrollHeight + 40")
    page.set_viewport_size({"width": size["width"], "height": max(height, size["height"])})
    settle(page)
    screenshot(page, name)
    page.set_viewport_size(size)
    settle(page)


def open_app(page, url: str) -> None:
    """Open ``url`` and wait for the app's first run to draw its page title."""
    page.goto(url)
    page.get_by_role("heading", level=1).first.wait_for()
    settle(page)


def fill(page, label: str, text: str) -> None:
    """Type into the text input or area labelled ``label`` and commit it."""
    box = page.get_by_label(label, exact=True)
    box.fill(text)
    box.press("Tab")
    settle(page)


def click(page, name: str) -> None:
    page.get_by_role("button", name=name, exact=True).click()
    settle(page)


def open_expander(page, label: str) -> None:
    """Open the expander whose label holds ``label`` and wait until it has finished opening
    (its content slides in: a click before the end may land on the wrong spot)."""
    details = page.locator("details").filter(
        has=page.locator("summary").filter(has_text=label)).first
    if details.get_attribute("open") is None:  # a second click would close it
        details.locator("summary").first.click()
    page.wait_for_function("d => d.open && d.getAnimations({subtree: true}).length === 0",
                           arg=details.element_handle())
    settle(page)


def sign_up(page, url: str, username: str, password: str) -> None:
    open_app(page, url)
    page.get_by_role("tab", name="Create an account").click()
    fill(page, "Choose a username", username)
    fill(page, "Choose a password", password)
    fill(page, "Repeat the password", password)
    click(page, "Create my account")
    page.get_by_role("heading", name="Check in").wait_for()


def choose_rating(page, value: int) -> None:
    """Click ``value`` on the check-in's 0-10 ruler (its number is the visible label)."""
    page.get_by_role("radiogroup").get_by_text(str(value), exact=True).click()
    settle(page)


def submit_sign_in(page, username: str, password: str) -> None:
    """Fill in and send the sign-in form (a newcomer's page opens on "Create an account")."""
    page.get_by_role("tab", name="Sign in").click()
    fill(page, "Username", username)
    fill(page, "Password", password)
    click(page, "Sign in")


def sign_in(page, url: str, username: str, password: str) -> None:
    open_app(page, url)
    submit_sign_in(page, username, password)
    page.get_by_role("heading", level=1).first.wait_for()


def sign_in_kept(page, url: str, username: str, password: str) -> None:
    """Sign in and wait until the browser holds the session cookie, so that ``page.goto`` to
    any address afterwards stays signed in."""
    open_app(page, url)
    submit_sign_in(page, username, password)
    page.get_by_text("Signed in as").first.wait_for()
    settle(page)
    wait_for_session_cookie(page)


def wait_for_session_cookie(page) -> None:
    """Wait until the browser holds a session cookie (written a moment after signing in)."""
    from change_journal.sessions import COOKIE_NAME

    for _ in range(100):
        if any(c["name"] == COOKIE_NAME and c["value"] for c in page.context.cookies()):
            return
        page.wait_for_timeout(100)
    raise AssertionError("The session cookie was never written after signing in.")


# --------------------------------------------------------------------------- accessibility

WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")
"""The WCAG 2.2 A/AA rule sets axe checks (axe tags each rule with the levels it belongs to)."""
BLOCKING = ("serious", "critical")


def axe_violations(page, tags=WCAG_TAGS, impacts=BLOCKING) -> list[dict]:
    """Run axe-core (bundled by ``axe-playwright-python``) on the page as it is now and return
    its violations of ``tags`` with one of ``impacts``."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": list(tags)},
                                       "resultTypes": ["violations"]})
    return [v for v in results.response["violations"] if v["impact"] in impacts]


def describe_violations(violations: list[dict]) -> str:
    """One line per offending element: rule, impact, CSS target and axe's own summary."""
    lines = []
    for violation in violations:
        for node in violation["nodes"]:
            summary = " ".join((node.get("failureSummary") or "").split())
            lines.append(f"{violation['id']} ({violation['impact']}) at {node['target']}: "
                         f"{node['html'][:160]} -- {summary[:300]}")
    return "\n".join(lines)


def choose(page, label: str, option: str) -> None:
    """Pick ``option`` in the select box labelled ``label`` (typing narrows its list)."""
    box = page.locator('[data-testid="stSelectbox"]').filter(
        has=page.get_by_text(label, exact=True)).locator("input")
    box.click()
    box.fill(option)
    page.get_by_role("option", name=option, exact=True).click()
    settle(page)
