"""Text boxes and the save button for a :class:`change_journal.prompts.AnswerSheet`.

Shared by the Values, Both sides and In your own words pages; the Change plan's boxes are draft
boxes too (:func:`draft_box`), so two windows of one person keep each other's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from contextlib import suppress

import streamlit as st
from sqlite_utils import Database

from change_journal import prompts
from change_journal.checkin import AnswerIn, NotYours
from change_journal.ui import widgets
from change_journal.ui.callbacks import guarded
from change_journal.validation import InputError, clip_draft

_EDITED = "draft_boxes_edited"
"""Session key: the widget keys of the draft boxes this window changed and has not yet handed
to :func:`edited`."""
_SEEN = "draft_boxes_seen"
"""Session key: for each draft box, the stored text this window last showed or kept in it."""
_NOTES = "draft_boxes_notes"
"""Session key: for each draft box whose callback kept both windows' words, what to say when it
is next drawn (:data:`MERGED` or :data:`REPLACED`)."""
REPLACED = "Changed in another window since you wrote here: this is what it kept."
MERGED = "Another window wrote here too since: both are kept, theirs first."
CARRIED = ("Answers here were saved meanwhile, perhaps in another window: what you typed since "
           "is kept as a new draft.")
_NOT_IN_LABELS = str.maketrans({ch: " " for ch in "\\`*_#[]<>$~|"})
_COLON_BEFORE_WORD = re.compile(r":(?=\S)(?!(?<=\d:)\d)")  # not between digits: "07:45"


def plain_label(text: str) -> str:
    """``text`` as a widget's hidden label, which is also its accessible name: readable as
    written, with no escaping backslashes for a screen reader to read out, yet inert as
    Markdown (Streamlit renders a label as Markdown even when it is hidden): the characters
    that mark up, link, load or hide something become spaces, a colon that could start an
    icon, emoji or address gets spaces around it (not one between digits, as in a time), and a
    word Markdown would still make a link of ("www.example.com", an e-mail address) is set as
    inline code. The question itself is shown above the box, escaped (:func:`question_text`)."""
    words = _COLON_BEFORE_WORD.sub(" : ", text.translate(_NOT_IN_LABELS)).split()
    return " ".join(widgets.as_code(w) if widgets.ADDRESS_LIKE.search(w) else w for w in words)


def question_text(question: prompts.Question) -> None:
    """The question above its box, shown as written (escaped Markdown), with its help."""
    st.markdown(widgets.md_escape(question.text), help=question.help)


def draft_box(label: str, draft: str, key: str, keep: widgets.Keeper | None = None,
              **options) -> str:
    """A text area holding a draft kept in the store (``draft``: its text as stored now). When
    that differs from what this window last showed or kept in the box, another window has
    changed it: a box this window has not changed since shows the new text (with a note, if it
    replaced words of this window's); a box it changed holds both windows' words (with a note),
    and is marked so that :func:`edited` hands it on. With ``keep`` (:func:`draft_keeper`), the
    box's callback stores its words itself, at the start of the run they come with: that run
    may be stopped by another page's request (the browser's Back while the server is busy)
    before the page's own keeping."""
    merged = _merge_if_both_wrote(key, draft) or st.session_state.get(_NOTES, {}).pop(key, None)
    replaced = refresh(key, draft) not in (None, "", draft)
    typed = st.text_area(label, key=key, **mark_changes(key, keep), **options)
    if merged == MERGED:
        st.info(MERGED, icon=":material/tab:")
    elif replaced or merged == REPLACED:
        st.caption(REPLACED)
    return typed


def _merge_if_both_wrote(key: str, draft: str) -> str | None:
    """Before the box under ``key`` is drawn: when this window changed it and another window
    stored other words in it meanwhile (``draft``, as stored now, is not what this window last
    saw there), put what both wrote in it (:func:`prompts.merge_words`), still marked as
    changed, so that keeping it loses neither. The note to show: :data:`MERGED` when both are
    in the box, :data:`REPLACED` when it holds the other window's (which carried this one's
    on), None when nothing was done or it holds this window's."""
    seen = st.session_state.get(_SEEN, {})
    if key not in st.session_state or key not in st.session_state.get(_EDITED, set()):
        return None
    mine, base = st.session_state[key], seen.get(key, draft)
    if not isinstance(mine, str) or draft in (base, mine):
        return None
    merged = prompts.merge_words(base, draft, mine)
    st.session_state[key] = merged
    seen[key] = draft
    return None if merged == mine else REPLACED if merged == draft else MERGED


def refresh(key: str, value):
    """Before the widget under ``key`` is drawn: give it ``value`` (a draft's, as stored now)
    when it is new, or when ``value`` differs from what this window last showed or kept in it
    and the person has not changed it since (another window did). Returns the value it held
    before, if it was replaced."""
    seen = st.session_state.setdefault(_SEEN, {})
    before = None
    if key not in st.session_state:
        st.session_state[key] = value
    elif value != seen.get(key, value) and key not in st.session_state.get(_EDITED, set()):
        before = st.session_state[key]
        st.session_state[key] = value
    seen[key] = value
    return before


def mark_changes(key: str, keep: widgets.Keeper | None = None) -> dict:
    """Widget options that mark the widget under ``key`` as changed by the person (and store
    its words with ``keep``, if given, on a connection of the callback's own)."""
    return {"on_change": _mark_edited, "args": (key, keep)}


def seen_kept(key: str, value) -> None:
    """The widget under ``key`` holds ``value``, which its caller has just taken into its draft
    (the check-in, on every run): its mark is spent, and it is what this window has seen
    there."""
    st.session_state.setdefault(_EDITED, set()).discard(key)
    st.session_state.setdefault(_SEEN, {})[key] = value


def typed_here(key: str) -> bool:
    """Whether the person changed the widget under ``key`` since it was last taken in."""
    return key in st.session_state.get(_EDITED, set())


@guarded
def _mark_edited(key: str, keep: widgets.Keeper | None) -> None:
    st.session_state.setdefault(_EDITED, set()).add(key)
    if keep is not None:
        widgets.keep_from_callback(keep, st.session_state.get(key) or "")


def draft_keeper(key: str, name: str, user_id: int, form: str, change_id: int,
                 start: Callable[[Database], Mapping[str, str] | None]) -> widgets.Keeper:
    """What the draft box under ``key`` (``name`` in the draft of ``form`` on one change) keeps
    its words with from its callback: over the texts the boxes start from as stored now
    (``start``, so two boxes' callbacks in one run keep both; None when the box is out of date,
    its words the page's to carry on), with both windows' words when another wrote in it
    since, as :func:`draft_box` would; its mark is then spent."""
    def keep(own: Database, words: str) -> None:
        saved = start(own)
        if saved is None:
            return
        if note := _merge_if_both_wrote(key, saved.get(name, "")):
            st.session_state.setdefault(_NOTES, {})[key] = note
            words = st.session_state[key]
        with suppress(NotYours):  # the change deleted meanwhile: the page says so when it runs
            prompts.keep_draft(own, user_id, form, change_id, saved, {name: words})
            edited({name: words}, {name: key})  # stored: its mark is spent (not if it failed)
    return widgets.Keeper(user_id, keep)


def sheet_keeper(sheet: prompts.AnswerSheet, question: prompts.Question) -> widgets.Keeper:
    """:func:`draft_keeper` for ``question``'s box on ``sheet``: none once answers to it were
    saved elsewhere (:func:`carry_on` then keeps only what was added)."""
    def start(own: Database) -> dict[str, str] | None:
        return None if sheet.saved_since(own) else prompts.stored_draft(
            own, sheet.user_id, sheet.form, sheet.change_id)
    return draft_keeper(question.key, question.prompt_id, sheet.user_id, sheet.form,
                        sheet.change_id, start)


def edited(typed: Mapping[str, str], keys: Mapping[str, str]) -> dict[str, str]:
    """Of ``typed`` (``{name: text}``), the boxes this window changed (``keys``: each name's
    widget key), for keeping now: only they may change the stored draft, so a box left alone in
    a second window never writes over what the first one kept. Forgets those boxes' marks
    (another sheet on the page keeps its own)."""
    marked = st.session_state.setdefault(_EDITED, set())
    changed = {name: text for name, text in typed.items() if keys[name] in marked}
    marked.difference_update(keys[name] for name in changed)
    seen = st.session_state.setdefault(_SEEN, {})
    for name, text in changed.items():
        seen[keys[name]] = clip_draft(text)  # what this window stores is what it has seen
    return changed


def keep(database: Database, sheet: prompts.AnswerSheet, typed: Mapping[str, str]) -> None:
    """Keep, as ``sheet``'s draft, the boxes of ``typed`` this window changed."""
    sheet.keep(database, edited(typed, {q.prompt.id: q.key for q in sheet.questions}))


def carry_on(question: prompts.Question) -> bool:
    """Move words this window typed into ``question``'s box under an earlier key (answers saved
    meanwhile, in another window or by an import, move the key on) to its key now, marked as
    typed, so :func:`keep` keeps them rather than losing them; only what it added to the draft
    it showed there, which the save took already. Whether any were moved."""
    marked = st.session_state.setdefault(_EDITED, set())
    stem, end = question.key_stem, f":{question.prompt_id}"
    earlier = [k for k in marked if k != question.key and k.startswith(stem) and k.endswith(end)
               and k[len(stem):-len(end)].isdigit()]
    carried = False
    seen = st.session_state.get(_SEEN, {})
    for key in earlier:
        marked.discard(key)
        text = st.session_state.get(key)
        if not isinstance(text, str):
            continue
        shown = seen.get(key, "")  # the draft it showed, which the save took: not again
        added = text[len(shown):] if shown.strip() and text.startswith(shown) else text
        if added.strip():
            st.session_state[question.key] = added.strip()
            marked.add(question.key)
            carried = True
    return carried


def answer_box(sheet: prompts.AnswerSheet, question: prompts.Question,
               label_visibility: str = "visible") -> str:
    """One of ``sheet``'s text boxes, seeded from the draft and keeping its words from its
    callback, with its question above it (and help about it); returns what is typed.
    ``label_visibility="collapsed"`` when the question is shown just above it already. Either
    way the box is named by the question, without escapes."""
    if label_visibility != "collapsed":
        question_text(question)
    if question.hint:  # above the box it belongs to (below, it read as a box's missing label)
        st.caption(question.hint)
    carried = carry_on(question)
    typed = draft_box(plain_label(question.text), question.draft, question.key,
                      sheet_keeper(sheet, question), help=question.help,
                      label_visibility="collapsed")
    if carried:
        st.info(CARRIED, icon=":material/tab:")
    widgets.length_note(typed)
    return typed


def answer_boxes(sheet: prompts.AnswerSheet,
                 label_visibility: str = "visible") -> dict[str, str]:
    """A box per question of ``sheet``, in order: ``{prompt_id: typed text}``."""
    return {q.prompt.id: answer_box(sheet, q, label_visibility) for q in sheet.questions}


def save_button(database: Database, sheet: prompts.AnswerSheet, typed: dict[str, str],
                label: str = "Save", width: str = "content") -> list[AnswerIn] | None:
    """A save button for ``sheet``: the saved answers when clicked and valid, else None.

    A validation problem is shown under the button; the draft keeps what was typed.
    """
    if not st.button(label, type="primary", icon=":material/check:", key=f"save:{sheet.form}",
                     width=width):
        return None
    try:
        return sheet.save(database, typed)
    except InputError as exc:
        st.error(str(exc))
    except NotYours:
        st.info("This change is no longer in your journal (it may have been deleted in another "
                "window), so there is nowhere to save this.")
    return None
