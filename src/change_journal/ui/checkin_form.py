"""The guided check-in form: its widgets, seeded from the draft, and the draft kept on each run.

The draft lives in ``st.session_state`` for the change; every run copies what the shown widgets
hold into it and stores it when it differs from what was stored last, so a rerun, a page switch
or a reloaded tab (after signing in again) brings the half-written check-in back. What another
window kept of the same check-in comes in wherever this window changed nothing
(:func:`change_journal.checkin.take_theirs`), and the widgets then show it.
"""

from __future__ import annotations

import copy

import streamlit as st
from sqlite_utils import Database

from change_journal import checkin, clock
from change_journal.prompts import Question
from change_journal.rulers import SCALE, Ruler
from change_journal.ui import widgets
from change_journal.ui.answer_sheet import (
    draft_box,
    mark_changes,
    plain_label,
    question_text,
    refresh,
    seen_kept,
    typed_here,
)
from change_journal.ui.callbacks import guarded
from change_journal.wording import Wording

STEPS = checkin.STEPS

RULER_KEY = "checkin_ruler"
RULER_CSS = """<style>
.st-key-checkin_ruler [role="radiogroup"] {
  display: flex; flex-wrap: nowrap; gap: 0.375rem; width: 100%; max-width: 36rem;
}
.st-key-checkin_ruler [role="radiogroup"] > div { flex: 1 1 0; min-width: 0; margin: 0; }
.st-key-checkin_ruler [data-testid="stRadioOption"] {
  display: flex; width: 100%; min-height: 2.75rem; margin: 0; padding: 0;
  justify-content: center; align-items: center;
  border: 1px solid #5B6B70; border-radius: 0.5rem; background: #FFFFFF; cursor: pointer;
}
.st-key-checkin_ruler [data-testid="stRadioOption"] > div { gap: 0; padding: 0; margin: 0; }
.st-key-checkin_ruler [data-testid="stRadioOption"] > div > div:first-child { display: none; }
.st-key-checkin_ruler [data-testid="stRadioOption"] p { font-size: 1rem; margin: 0; }
.st-key-checkin_ruler [data-testid="stRadioOption"]:hover { background: #EEF2EF; }
.st-key-checkin_ruler [data-testid="stRadioOption"]:has(input:checked) {
  background: #1D4F52; border-color: #1D4F52;
  box-shadow: 0 0 0 1px #FBFAF7, 0 0 0 3px #1D4F52;
}
.st-key-checkin_ruler [data-testid="stRadioOption"]:has(input:checked) p {
  color: #FFFFFF; font-weight: 700;
}
.st-key-checkin_ruler [data-testid="stRadioOption"]:has(input:focus-visible) {
  outline: 3px solid #0E1517; outline-offset: 4px;
}
.st-key-checkin_ruler_ends { max-width: 36rem; margin-bottom: 0.75rem; }
.st-key-checkin_ruler_ends p { margin: 0; }
</style>"""
"""Static CSS (no user text) that draws the ruler's radio buttons as one row of numbered boxes
that fits a 390 px phone, its end labels under its ends: the chosen number filled dark, in
bold and ringed (the ring narrower than the gap, so it never covers a neighbour), so it is told
apart from a hovered one without relying on colour; a keyboard focus ring of its own."""


class DraftForm:
    """The draft of one person's check-in on one change, mirrored in session state and the store."""

    def __init__(self, database: Database, user_id: int, change_id: int):
        self.user_id, self.change_id = user_id, change_id
        self._database, self._left_behind = database, None
        self._state_key = f"checkin_draft:{change_id}"
        self._kept_key = f"checkin_draft_kept:{change_id}"
        self._forked_key = f"checkin_draft_forked:{change_id}"
        self._resumed_key = f"checkin_draft_resumed:{change_id}"
        if st.session_state.pop(self._forked_key, False):
            st.info("This check-in was saved in another window. What you have written here since "
                    "is kept too, and saving it makes a check-in of its own.", icon=":material/tab:")
        if self._state_key not in st.session_state:
            loaded = checkin.load_draft(database, user_id, change_id)
            st.session_state[self._resumed_key] = checkin.unfinished_since(
                database, user_id, change_id, loaded)
            st.session_state[self._state_key] = loaded
            st.session_state[self._kept_key] = copy.deepcopy(loaded)
        draft = st.session_state[self._state_key]
        for part, empty in (("ratings", {}), ("texts", {}), ("written_for", {}), ("step", 0)):
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
        """Prepare the widget for ``field`` with its draft value (another window's, kept into
        this window's draft, replaces what the person has not changed here); return its key."""
        key = self.widget_key(field)
        refresh(key, value)
        return key

    def question_key(self, step: int) -> str:
        """The key of the container that holds ``step``'s question (the focus goes there)."""
        return f"checkin_question_{self.change_id}_{step}"

    def focus_question(self, step: int) -> None:
        """Move the focus to ``step``'s question when the person has just come to it."""
        widgets.focus_when_moved(f"checkin:{self.change_id}:{step}", self.question_key(step))

    def rating(self, ruler: Ruler) -> int | None:
        """The ruler's 0-10 scale as one row of radio buttons (arrow keys choose a number, and
        a chosen number cannot be cleared by clicking it again), its ends named underneath; the
        chosen number goes into the draft at once."""
        st.html(RULER_CSS)
        key = self._seed(f"rating:{ruler.key}", checkin.rating_of(self.draft, ruler.key))
        with st.container(key=RULER_KEY):
            chosen = st.radio(plain_label(ruler.question), options=list(SCALE), key=key,
                              horizontal=True, label_visibility="collapsed", width="stretch",
                              **mark_changes(key))
        with st.container(key=f"{RULER_KEY}_ends", horizontal=True,
                          horizontal_alignment="distribute"):
            st.caption(ruler.low_anchor)
            st.caption(ruler.high_anchor, text_alignment="right")
        if chosen is not None:
            if chosen != checkin.rating_of(self.draft, ruler.key):
                self._take_typing(ruler)
            self.draft["ratings"][ruler.key] = chosen
            seen_kept(key, chosen)
        return checkin.rating_of(self.draft, ruler.key)

    def _take_typing(self, ruler: Ruler) -> None:
        """Into the draft, what was typed into the ruler's boxes under the number shown until
        now, before the number just chosen replaces it (both can come in one run)."""
        for box in checkin.follow_up_boxes(self.draft, ruler):
            key = self.widget_key(f"text:{box.question.prompt_id}")
            if typed_here(key):
                checkin.put_answer(self.draft, box.question.prompt_id,
                                   st.session_state[key] or "")

    def follow_up(self, box: checkin.Box) -> None:
        """A box of a ruler's step, with what it says when its words were written for another
        number, and the button by which the person says they fit this one too."""
        self.text_box(box.question, box.notice)
        if box.keep:
            st.button(box.keep, key=self.widget_key(f"keep:{box.question.prompt_id}"),
                      icon=":material/check:", on_click=self._keep_for,
                      args=(box.question.prompt_id,))

    @guarded
    def _keep_for(self, prompt_id: str) -> None:
        checkin.keep_for_rating(self.draft, prompt_id)

    def text_box(self, question: Question, notice: str = "") -> str:
        """A box for ``question``, which is shown above it with its help (and ``notice``);
        what is typed goes into the draft."""
        question_text(question)
        if notice:
            st.info(notice, icon=":material/history:")
        key = self.widget_key(f"text:{question.prompt_id}")
        typed = draft_box(plain_label(question.text),
                          str(self.draft["texts"].get(question.prompt_id, "")), key,
                          self._keeper(question.prompt_id, key), help=question.help,
                          label_visibility="collapsed")
        seen_kept(key, typed or "")
        widgets.length_note(typed)
        if question.hint:
            st.caption(question.hint)
        checkin.put_answer(self.draft, question.prompt_id, typed or "")
        return typed

    def _keeper(self, prompt_id: str, key: str) -> widgets.Keeper:
        """What the box of ``prompt_id`` (under ``key``) keeps its words with from its callback:
        into the draft, then stored as :meth:`keep` would; not when another window saved the
        check-in or started it afresh (the page says what becomes of them)."""
        def keep(own: Database, words: str) -> None:
            if self._state_key in st.session_state and not checkin.moved_on_elsewhere(
                    own, self.user_id, self.change_id, self.draft):
                checkin.put_answer(self.draft, prompt_id, words)
                self._store(own)
                seen_kept(key, words)
        return widgets.Keeper(self.user_id, keep)

    def current(self, database: Database) -> dict:
        """The draft with what another window kept of it since (for saving)."""
        checkin.take_theirs(database, self.user_id, self.change_id, self.draft,
                            st.session_state.get(self._kept_key, {}))
        return self.draft

    def keep(self, database: Database) -> None:
        """Store the draft if it changed since it was last stored (saying so when another
        window saved it meanwhile, which makes this one a check-in of its own); when what
        another window kept came in, run again so the widgets show it."""
        if self.left_behind:
            return  # said at the top (see where_it_stands)
        shown = copy.deepcopy(self.draft)
        if forked := self._store(database):
            st.rerun()  # to say so at the top of the page
        if forked is not None and self.draft != shown:
            st.rerun()  # another window's words came in: show them

    def _store(self, database: Database) -> bool | None:
        """Store the draft if it changed since it was last stored; None when it had not,
        else whether it is now a check-in of its own (another window saved this one)."""
        uid = self.draft.get("uid")
        if not checkin.keep_draft(database, self.user_id, self.change_id, self.draft,
                                  st.session_state.get(self._kept_key, {})):
            return None
        st.session_state[self._kept_key] = copy.deepcopy(self.draft)
        if forked := self.draft.get("uid") != uid:
            st.session_state[self._forked_key] = True
        return forked

    @property
    def left_behind(self) -> bool:
        """Whether this check-in was started afresh in another window since this one opened it:
        its words here are no longer kept as a draft (they can still be saved)."""
        if self._left_behind is None:
            self._left_behind = checkin.started_afresh_elsewhere(
                self._database, self.user_id, self.change_id, self.draft)
        return self._left_behind

    @property
    def _afresh_asked_key(self) -> str:
        """Session key: "Start afresh" was clicked, and the question whether to is open."""
        return f"checkin_afresh_asked:{self.change_id}"

    @property
    def resumed_at(self) -> str | None:
        """When the unfinished check-in this window opened on was last written to, until the
        person takes a step (None for a fresh one)."""
        return st.session_state.get(self._resumed_key)

    def where_it_stands(self, database: Database, words: Wording, tz: str) -> None:
        """At the top of the form: that this check-in was started afresh in another window (its
        words here no longer kept), or that it carries on one started earlier, with "Start
        afresh", asked once more before the words go."""
        if self.left_behind:
            st.info(words.text("checkin.left_behind"), icon=":material/tab:")
            if st.button(words.text("checkin.start_afresh_too"), icon=":material/restart_alt:"):
                self.forget()
                st.rerun()
            return
        asked = self._afresh_asked_key
        if not self.resumed_at:
            st.session_state.pop(asked, None)  # asked, then a step taken: not asked any more
            return
        st.info(words.text("checkin.resumed", at=clock.day_and_time(self.resumed_at, tz)),
                icon=":material/history:")
        if not st.session_state.get(asked):
            if st.button(words.text("checkin.start_afresh"), icon=":material/restart_alt:"):
                st.session_state[asked] = True
                st.rerun()
            return
        st.warning(words.text("checkin.start_afresh_sure"), icon=":material/restart_alt:")
        yes, keep = st.columns(2)
        if yes.button(words.text("checkin.start_afresh_yes"), width="stretch"):
            st.session_state.pop(asked, None)
            checkin.discard_draft(database, self.user_id, self.change_id)
            self.forget()
            st.rerun()
        if keep.button(words.text("checkin.start_afresh_no"), width="stretch"):
            st.session_state.pop(asked, None)
            st.rerun()

    def go_to(self, database: Database, step: int) -> None:
        self.draft["step"] = step
        st.session_state.pop(self._resumed_key, None)
        self.keep(database)

    def forget(self) -> None:
        """Forget the widgets and the draft once the check-in is saved (saving deleted it)."""
        prefix = f"checkin:{self.change_id}:"
        for key in [k for k in st.session_state if str(k).startswith(prefix)]:
            del st.session_state[key]
        st.session_state.pop(self._afresh_asked_key, None)  # asked of the check-in forgotten
        st.session_state.pop(self._state_key, None)
        st.session_state.pop(self._kept_key, None)
        st.session_state.pop(self._resumed_key, None)
