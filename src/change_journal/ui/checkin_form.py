"""The guided check-in form: its widgets, seeded from the draft, and the draft kept on each run.

The draft lives in ``st.session_state`` for the change; every run copies what the shown widgets
hold into it and stores it when it differs from what was stored last (the same keep-on-each-run
mechanism as the exploration pages' :class:`change_journal.prompts.AnswerSheet`), so a rerun, a
page switch or a reloaded tab (after signing in again) brings the half-written check-in back.
"""

from __future__ import annotations

import copy

import streamlit as st
from sqlite_utils import Database

from change_journal import checkin
from change_journal.config import MAX_TEXT_CHARS
from change_journal.prompts import Question
from change_journal.rulers import SCALE, Ruler
from change_journal.ui import widgets

STEPS = checkin.STEPS


class DraftForm:
    """The draft of one person's check-in on one change, mirrored in session state and the store."""

    def __init__(self, database: Database, user_id: int, change_id: int):
        self.user_id, self.change_id = user_id, change_id
        self._state_key = f"checkin_draft:{change_id}"
        self._kept_key = f"checkin_draft_kept:{change_id}"
        if self._state_key not in st.session_state:
            loaded = checkin.load_draft(database, user_id, change_id)
            st.session_state[self._state_key] = loaded
            st.session_state[self._kept_key] = copy.deepcopy(loaded)
        draft = st.session_state[self._state_key]
        for part, empty in (("ratings", {}), ("texts", {}), ("step", 0)):
            if not isinstance(draft.get(part), type(empty)):
                draft[part] = empty

    @property
    def draft(self) -> dict:
        return st.session_state[self._state_key]

    @property
    def step(self) -> int:
        return checkin.step_of(self.draft)

    def widget_key(self, field: str) -> str:
        return f"checkin:{self.change_id}:{field}"

    def _seed(self, field: str, value) -> str:
        """Prepare the widget for ``field`` with its draft value; return its key."""
        key = self.widget_key(field)
        if key not in st.session_state:
            st.session_state[key] = value
        return key

    def rating(self, ruler: Ruler) -> int | None:
        """The ruler's 0-10 buttons; the chosen number goes into the draft at once."""
        value = checkin.rating_of(self.draft, ruler.key)
        chosen = st.segmented_control(ruler.name, options=list(SCALE),
                                      key=self._seed(f"rating:{ruler.key}", value),
                                      label_visibility="collapsed")
        self.draft["ratings"][ruler.key] = chosen
        return chosen

    def text_box(self, question: Question) -> str:
        """A box for ``question`` with its help; what is typed goes into the draft."""
        typed = st.text_area(widgets.md_escape(question.text),
                             key=self._seed(f"text:{question.prompt_id}",
                                            str(self.draft["texts"].get(question.prompt_id, ""))),
                             max_chars=MAX_TEXT_CHARS, help=question.help)
        if question.hint:
            st.caption(question.hint)
        self.draft["texts"][question.prompt_id] = typed or ""
        return typed

    def keep(self, database: Database) -> None:
        """Store the draft if it changed since it was last stored."""
        kept = st.session_state.get(self._kept_key, {})
        if checkin.keep_draft(database, self.user_id, self.change_id, self.draft, kept):
            st.session_state[self._kept_key] = copy.deepcopy(self.draft)

    def go_to(self, database: Database, step: int) -> None:
        self.draft["step"] = step
        self.keep(database)

    def forget(self) -> None:
        """Forget the widgets and the draft once the check-in is saved (saving deleted it)."""
        prefix = f"checkin:{self.change_id}:"
        for key in [k for k in st.session_state if str(k).startswith(prefix)]:
            del st.session_state[key]
        st.session_state.pop(self._state_key, None)
        st.session_state.pop(self._kept_key, None)
