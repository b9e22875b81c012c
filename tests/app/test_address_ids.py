"""Ids and tokens in a page's address are anyone's to edit: absurd, malformed or foreign ones show
the neutral "nothing shared" or "not valid" page, never an error, and never anyone's data."""

from __future__ import annotations

import pytest

from tests.app.conftest import seed_account, sign_in_as

BAD_IDS = ["99999999999999999999999", "9223372036854775808", "-1", "0", "1e3", "1.0", "0x10",
           "", " 1", "１", "abc", "1; DROP TABLE users", "%00", "9" * 10_000]


@pytest.fixture
def coach_tab(new_app, app_db):
    coach = seed_account(app_db, "coach-ada", role="coach")

    def open_client(client: str, change: str):
        at = new_app()
        sign_in_as(at, app_db, coach)
        at.run()
        at.switch_page("pages/coach_client.py")
        at.query_params["client"] = client
        at.query_params["change"] = change
        at.run()
        return at

    return open_client


@pytest.mark.parametrize("bad", BAD_IDS)
@pytest.mark.parametrize("which", ["client", "change"])
def test_a_bad_id_in_a_coachs_address_shows_the_neutral_page(coach_tab, bad, which):
    ids = {"client": "1", "change": "1", which: bad}
    at = coach_tab(ids["client"], ids["change"])
    assert not at.exception, at.exception
    assert any(i.value.startswith("Nothing is shared with you here") for i in at.info)
    at.run()  # and the next rerun too
    assert not at.exception


@pytest.mark.parametrize("token", ["", "x", "a" * 43, "a" * 100_000, "../../etc", "<script>", "%00"])
def test_a_bad_link_token_shows_the_neutral_invalid_page(new_app, token):
    at = new_app()
    at.switch_page("pages/shared_link.py")
    at.query_params["token"] = token
    at.run()
    assert not at.exception, at.exception
    assert [t.value for t in at.title] == ["This link is not valid"]
