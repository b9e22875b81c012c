"""The guided check-in form: steps, widget state and its draft kept in the store.

Widget values live in ``st.session_state`` under keys scoped to the change; every edit is
copied into a draft dict and saved in the store, so a rerun, a page switch or a reloaded tab
(after signing in again) brings the half-written check-in back.
"""

from __future__ import annotations

from contextlib import closing

import streamlit as st
from sqlite_utils import Database

from change_journal.checkin import FORM
from change_journal.store import drafts
from change_journal.store.changes import NotYours
from change_journal.ui import session

STEPS = ("How it's going", "Importance", "Confidence", "Readiness", "Anything else")


class DraftForm:
    """The draft of one person's check-in on one change, mirrored in session state and the store."""

    def __init__(self, database: Database, user_id: int, change_id: int):
        self.user_id, self.change_id = user_id, change_id
        self._state_key = f"checkin_draft:{change_id}"
        if self._state_key not in st.session_state:
            st.session_state[self._state_key] = drafts.load_draft(database, user_id, FORM, change_id)
        draft = st.session_state[self._state_key]
        draft.setdefault("ratings", {})
        draft.setdefault("texts", {})
        draft.setdefault("step", 0)

    @property
    def draft(self) -> dict:
        return st.session_state[self._state_key]

    @property
    def step(self) -> int:
        step = self.draft.get("step", 0)
        return step if isinstance(step, int) and 0 <= step < len(STEPS) else 0

    def go_to(self, step: int) -> None:
        self.draft["step"] = step
        self._persist()

    def widget_key(self, field: str) -> str:
        return f"checkin:{self.change_id}:{field}"

    def seed(self, field: str, value) -> str:
        """Prepare the widget for ``field`` with its draft value; return its key."""
        key = self.widget_key(field)
        if key not in st.session_state:
            st.session_state[key] = value
        return key

    def rating_key(self, ruler_key: str) -> str:
        value = self.draft["ratings"].get(ruler_key)
        return self.seed(f"rating:{ruler_key}", value if isinstance(value, int) else None)

    def text_key(self, prompt_id: str) -> str:
        return self.seed(f"text:{prompt_id}", str(self.draft["texts"].get(prompt_id, "")))

    def on_rating(self, ruler_key: str) -> None:
        self.draft["ratings"][ruler_key] = st.session_state[self.widget_key(f"rating:{ruler_key}")]
        self._persist()

    def on_text(self, prompt_id: str) -> None:
        self.draft["texts"][prompt_id] = st.session_state[self.widget_key(f"text:{prompt_id}")]
        self._persist()

    def _persist(self) -> None:
        # Callbacks may run on another thread than the one that built this form:
        # open a connection of their own rather than reusing the page's.
        with closing(session.db()) as database:
            try:
                drafts.save_draft(database, self.user_id, FORM, self.change_id, self.draft)
            except NotYours:
                # The change was deleted in another window: the rerun that follows finds no
                # such change and shows the person what is there instead.
                return

    def forget_widgets(self) -> None:
        """Forget the widget values once the check-in is saved (saving deleted the draft)."""
        prefix = f"checkin:{self.change_id}:"
        for key in [k for k in st.session_state if str(k).startswith(prefix)]:
            del st.session_state[key]
        del st.session_state[self._state_key]
