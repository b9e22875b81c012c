"""Small Playwright helpers for Streamlit's widgets, shared by the browser tests."""

from __future__ import annotations


def settle(page) -> None:
    """Wait until Streamlit has finished the current run."""
    page.wait_for_timeout(200)
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="hidden", timeout=20_000)


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


def sign_up(page, url: str, username: str, password: str) -> None:
    open_app(page, url)
    page.get_by_role("tab", name="Create an account").click()
    fill(page, "Choose a username", username)
    fill(page, "Choose a password", password)
    fill(page, "Repeat the password", password)
    click(page, "Create my account")
    page.get_by_role("heading", name="Check in").wait_for()


def sign_in(page, url: str, username: str, password: str) -> None:
    open_app(page, url)
    fill(page, "Username", username)
    fill(page, "Password", password)
    click(page, "Sign in")
    page.get_by_role("heading", level=1).first.wait_for()
