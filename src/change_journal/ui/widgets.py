"""Small widgets shared by several pages."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st
from sqlite_utils import Database

from change_journal import changes, talk
from change_journal.accounts import Account
from change_journal.changes import Change
from change_journal.config import MAX_TEXT_CHARS, MAX_TITLE_CHARS
from change_journal.talk import Mark
from change_journal.ui import session
from change_journal.ui.callbacks import guarded, partial_run
from change_journal.validation import (
    DRAFT_TEXT_CHARS,
    InputError,
    clean_title,
    counted_apart,
    isolated,
    limit_help,
    tidy,
)
from change_journal.wording import Sentence, load_wording


def quote(text: str) -> None:
    """Show a person's own words literally (never as Markdown or HTML)."""
    st.text(text)


def length_note(typed: str, limit: int = MAX_TEXT_CHARS) -> None:
    """Under a writing box, once its text is over the limit: by how much (the box keeps it all,
    and saving refuses it with the same message until it is shortened), and, beyond what a
    stored draft keeps (:data:`DRAFT_TEXT_CHARS`), that leaving or reloading cuts it."""
    # Counted as saving counts it; far over, as it came (Streamlit takes at most 25 MB a run).
    length = len(typed or "") if len(typed or "") > 10 * limit else len(tidy(typed))
    if length > limit:
        kept = (f" If you leave the page or reload it, only its first {DRAFT_TEXT_CHARS:,} "
                "characters are kept." if len(typed or "") > DRAFT_TEXT_CHARS else "")
        st.caption(f"{length:,} characters, {length - limit:,} over the limit of {limit:,}: "
                   "shorten it before saving. Everything you wrote stays in the box."
                   f"{kept}{counted_apart(typed, limit)}")


FOCUS_JS = """
export default function ({ data }) {
  if (!data) return;
  const seen = window.changeJournalFocusPlace;
  window.changeJournalFocusPlace = data.place;
  if (seen === undefined || seen === data.place) return;
  const started = performance.now();
  const move = () => {
    const target = document.querySelector(`.st-key-${data.target} [data-testid="stMarkdownContainer"]`);
    if (!target) {
      if (performance.now() - started < 3000) requestAnimationFrame(move);
      return;
    }
    target.setAttribute("tabindex", "-1");
    target.focus({ preventScroll: false });
  };
  requestAnimationFrame(move);
}
"""
"""Moves the keyboard focus to the first text in a container when the person has just come to
where it is (a step of a form, after Next or Back; a check-in just saved; or such a place
reached from another page that had one), so it is read out and Tab goes on from there; on the
first such place the tab draws, and on reruns in the same place (typing, choosing a number),
the focus stays where it is. Static: the only data is the place and the key of the
container."""

_focus_mover = st.components.v2.component("change_journal_focus", js=FOCUS_JS)


def focus_when_moved(place: str, target: str) -> None:
    """Move the keyboard focus to the text of the container keyed ``target`` when ``place``
    (where the person now is) differs from the last place this tab drew (see :data:`FOCUS_JS`)."""
    _focus_mover(key="focus_mover", height=0, data={"place": place, "target": target})


@dataclass(frozen=True)
class Keeper:
    """What a box's callback stores its words with: ``store(connection, words)``, for the
    account that drew the box (``owner``) only."""

    owner: int
    store: Callable[[Database, str], None]


def keep_from_callback(keep: Keeper, words: str) -> None:
    """Store ``words`` with ``keep`` from a widget's callback, which runs before ``app.py``'s
    check of the session: on a connection of its own, only while the tab is still signed in
    to the account that drew the box."""
    if getattr(session.account(), "id", None) != keep.owner:
        return
    with session.own_db() as own:
        if session.still_signed_in(own):
            keep.store(own, words)


def kept_box(draw: Callable[..., str], label: str, *, key: str, keep: Keeper | None = None,
             **options) -> str:
    """``draw`` (``st.text_input`` or ``st.text_area``) under ``key``, with what was typed in it
    restored when its page opens again in this tab: Streamlit forgets a box's value as soon as a
    page without it runs. The words are copied aside by the box's callback, which runs first in
    the next run whatever page that is (typing, then a link in the menu); with ``keep``, the
    callback also stores them (:func:`keep_from_callback`, while the tab is still signed in),
    so that they outlive the tab. On its own page, a box left out of a run (another step)
    keeps its words and shows them again when drawn again (``persist_state="page"``: without
    it, the server kept them but the screen showed the box empty). Outside a form only: a
    form's boxes send nothing until submitted."""
    typed = f"{key}:typed"
    if key not in st.session_state and typed in st.session_state:
        st.session_state[key] = st.session_state[typed]
    return draw(label, key=key, on_change=_copy_aside, args=(key, typed, keep),
                persist_state="page", **options)


@guarded
def _copy_aside(key: str, typed: str, keep: Keeper | None) -> None:
    words = st.session_state[typed] = st.session_state.get(key, "")
    if keep is not None:
        keep_from_callback(keep, words)


def kept_words(key: str) -> str:
    """What was last typed in the kept box under ``key``, drawn or not."""
    return st.session_state.get(key, st.session_state.get(f"{key}:typed", ""))


def forget_box(key: str) -> None:
    """Forget what was typed in the kept box under ``key`` (see :func:`kept_box`)."""
    st.session_state.pop(key, None)
    st.session_state.pop(f"{key}:typed", None)


def next_box_key(key: str) -> str:
    """A fresh key for the boxes under ``key`` once their words are saved (a box keeps its
    value under its key, and the one drawn already cannot be emptied in the same run)."""
    round_key = f"{key}:round"
    for name in [k for k in st.session_state if isinstance(k, str) and k.startswith(f"{key}:")
                 and k.endswith(":typed")]:
        del st.session_state[name]
    st.session_state[round_key] = st.session_state.get(round_key, 0) + 1
    return box_key(key)


def box_key(key: str) -> str:
    """The key of this round of the boxes under ``key`` (see :func:`next_box_key`)."""
    return f"{key}:{st.session_state.get(f'{key}:round', 0)}"


NEW_CHANGE_FORMS = "new_change_forms"
"""Session key: the keys of the new-change forms drawn in this tab (one stored draft fills them
all; a change made in one empties them all)."""


def _new_change_boxes(database: Database, signed_in: Account, key: str,
                      boxes: dict[str, str]) -> tuple[dict[str, str | int], int | None]:
    """The stored new-change draft (read only when a box opens: empty otherwise), and the
    person's newest change now (what the boxes' words are kept against:
    :func:`changes.keep_new_change_draft`). What the draft holds is brought
    into each box (``{"title": key, "why_now": key}``) not drawn on the run before: the page is
    opened afresh (after a reload, another page, or the other new-change form)."""
    st.session_state.setdefault(NEW_CHANGE_FORMS, set()).add(key)
    opened = [(field, box) for field, box in boxes.items() if box not in st.session_state]
    draft = changes.new_change_draft(database, signed_in.id) if opened else {}
    for field, box in opened:
        if field in draft:
            st.session_state[f"{box}:typed"] = draft[field]
    return draft, changes.newest_change(database, signed_in.id)


def _keeper(signed_in: Account, field: str, since: int | None) -> Keeper:
    """What a new change's box keeps its words with (see :func:`kept_box`)."""
    def keep(own: Database, words: str) -> None:
        changes.keep_new_change_draft(own, signed_in.id, since, **{field: words})
    return Keeper(signed_in.id, keep)


def new_change_form(database: Database, signed_in: Account, *, key: str) -> None:
    """The "what change are you considering?" form (name and why now together, for a person
    who already has one); the new change becomes the current one, and the form says so. What
    is typed survives a visit to another page, and is kept for the next visit until the change
    is made."""
    words = load_wording()
    boxes = box_key(key)
    _, since = _new_change_boxes(database, signed_in, key, {"title": f"{boxes}:title",
                                                           "why_now": f"{boxes}:why"})
    started = st.session_state.pop(f"{key}:started", None)
    if started:
        st.success(f"Started “{md_escape(started)}”: it is the change you are working on now.",
                   icon=":material/check:")
    with st.container(border=True):
        title = kept_box(
            st.text_input, words.text("first_change.title_label"), key=f"{boxes}:title",
            keep=_keeper(signed_in, "title", since),
            placeholder=words.text("first_change.title_placeholder"),
            help=f"{words.text('first_change.title_help')} {limit_help(MAX_TITLE_CHARS)}",
        )
        length_note(title, MAX_TITLE_CHARS)
        why_now = kept_box(
            st.text_area, words.text("first_change.why_label"), key=f"{boxes}:why",
            keep=_keeper(signed_in, "why_now", since),
            help=f"{words.text('first_change.why_help')} {limit_help(MAX_TEXT_CHARS)}",
        )
        length_note(why_now)
        if st.button(words.text("first_change.start"), type="primary", key=f"{key}:start") \
                and _start(database, signed_in, title, why_now):
            st.session_state[f"{key}:started"] = clean_title(title)
            st.rerun()


def first_change_form(database: Database, signed_in: Account, *, key: str) -> None:
    """A newcomer's first change, one question at a time: its name, then (optionally) why now.

    What is typed stays in session state between the two questions, and is kept (with the step)
    for the next visit until the change is made; the change is made, and becomes the current
    one, on the last step.
    """
    words = load_wording()
    step_key, title_key, why_key = f"{key}:step", f"{key}:title", f"{key}:why"
    draft, since = _new_change_boxes(database, signed_in, key,
                                     {"title": title_key, "why_now": why_key})
    if step_key not in st.session_state:  # the step it was on, when its name still reads right
        st.session_state[step_key] = int(draft.get("step") == 1
                                         and not _title_problem(kept_words(title_key)))
    step = st.session_state.get(step_key, 0)
    with st.container(key=f"{key}_question_{step}"):
        st.markdown(words.text("first_change.intro" if step == 0 else "first_change.why_intro"))
    focus_when_moved(f"{key}:{step}", f"{key}_question_{step}")
    st.caption(words.text("first_change.step", number=step + 1))
    with st.container(border=True):
        if step == 0:
            title = kept_box(st.text_input, words.text("first_change.title_label"),
                             key=title_key, keep=_keeper(signed_in, "title", since),
                             placeholder=words.text("first_change.title_placeholder"),
                             help=f"{words.text('first_change.title_help')} "
                                  f"{limit_help(MAX_TITLE_CHARS)}")
            length_note(title, MAX_TITLE_CHARS)
            if st.button(words.text("first_change.next"), type="primary",
                         icon=":material/arrow_forward:"):
                if problem := _title_problem(title):
                    st.error(problem)
                else:
                    st.session_state[f"{title_key}:typed"] = title
                    st.session_state[step_key] = 1
                    changes.keep_new_change_draft(database, signed_in.id, since, title=title,
                                                  step=1)
                    st.rerun()
            return
        why_now = kept_box(st.text_area, words.text("first_change.why_label"), key=why_key,
                           keep=_keeper(signed_in, "why_now", since),
                           help=f"{words.text('first_change.why_help')} "
                                f"{limit_help(MAX_TEXT_CHARS)}")
        length_note(why_now)
        back, start = st.columns(2)
        if back.button(words.text("first_change.back"), icon=":material/arrow_back:",
                       width="stretch"):
            st.session_state[step_key] = 0
            changes.keep_new_change_draft(database, signed_in.id, since, step=0)
            st.rerun()
        if start.button(words.text("first_change.start"), type="primary", width="stretch") \
                and _start(database, signed_in, kept_words(title_key), why_now):
            st.rerun()


def _title_problem(title: str) -> str | None:
    """Why ``title`` cannot name a change, or None."""
    try:
        clean_title(title)
    except InputError as exc:
        return str(exc)
    return None


def _start(database: Database, signed_in: Account, title: str, why_now: str) -> bool:
    """Add the change and make it the current one, and empty every new-change form of the tab
    (the stored draft goes with :func:`changes.add_change`); show the problem instead when the
    text is bad. True when the change was added."""
    try:
        change_id = changes.add_change(database, signed_in.id, title, why_now)
    except InputError as exc:
        st.error(str(exc))
        return False
    session.set_current_change(change_id)
    for form in st.session_state.get(NEW_CHANGE_FORMS, ()):
        next_box_key(form)  # a new-change form's boxes
        for part in ("step", "title", "why", "title:typed", "why:typed"):  # the first change's
            st.session_state.pop(f"{form}:{part}", None)
    return True


_MARKDOWN_SPECIAL = set("\\`*_{}[]()#+-.!|<>~$:=^&/")
"""Backslash-escaped, "/" too: Streamlit turns every ":material/" of a Markdown source into an
icon's name before parsing it (even in a code span), and "\\/" is no such text."""
_ICON_START = ":material/"
ADDRESS_LIKE = re.compile(r"https?://|www\.|mailto:|xmpp:|[\w.+-]@[\w-]+\.\w", re.IGNORECASE)
"""A word Markdown's link finder would turn into a link: a web or e-mail address. Escaping does
not stop it (it reads the decoded text), but it never looks inside inline code."""


def md_escape(text: str) -> str:
    """Escape user text for the few places Streamlit only offers Markdown (headings, captions,
    expanders): special characters are backslash-escaped, and a word that looks like an address
    is set as inline code, so it shows as typed, is no link and no icon, and nothing invisible
    is added."""
    return " ".join(_escape_word(word) for word in text.split())


def _escape_word(word: str) -> str:
    """One word of :func:`md_escape`; in an address, a ":material/" (which a code span would
    not keep from Streamlit) is escaped outside the code spans around it."""
    if not ADDRESS_LIKE.search(word):
        return "".join("\\" + ch if ch in _MARKDOWN_SPECIAL else ch for ch in word)
    return "".join(_escape_word(part) if part == _ICON_START or not part
                   else as_code(part) if ADDRESS_LIKE.search(part)
                   else _escape_word(part)
                   for part in re.split(f"({re.escape(_ICON_START)})", word))


def as_code(word: str) -> str:
    """``word`` as an inline code span, fenced by more backticks than it holds."""
    fence = "`" * (max((len(run) for run in re.findall(r"`+", word)), default=0) + 1)
    pad = " " if word.startswith("`") or word.endswith("`") else ""
    return f"{fence}{pad}{word}{pad}{fence}"


@dataclass(frozen=True)
class DeleteRequest:
    """A deletion waiting for the person's confirmation."""

    kind: str
    """What is deleted, in words: "check-in", "answer", "change"."""
    item_id: int
    shown: str
    """What the dialog shows of it (the person's own words, displayed literally)."""


@guarded
def ask_to_delete(state_key: str, request: DeleteRequest) -> None:
    """Button callback: remember ``request`` so the next run opens the confirmation dialog."""
    st.session_state[state_key] = request


def confirm_delete(state_key: str, explanation: str,
                   delete: Callable[[Database, DeleteRequest], bool | None], done_key: str) -> None:
    """Open the "delete for good?" dialog for the request under ``state_key``, if any.

    On confirmation ``delete`` runs on a connection of its own and the request is left under
    ``done_key`` for the page to acknowledge (not when ``delete`` returns False: nothing was
    there to delete); dismissing or "Keep it" forgets it.
    """
    request = st.session_state.get(state_key)
    if request is None:
        return

    @guarded
    def forget() -> None:
        st.session_state.pop(state_key, None)

    @st.dialog("Delete for good?", on_dismiss=forget)
    @partial_run
    def dialog() -> None:
        st.markdown(explanation)
        quote(request.shown)
        remove, keep = st.columns(2)
        if remove.button("Delete for good", type="primary", width="stretch"):
            with session.own_db() as own:
                # The dialog's run skips app.py's check: a tab signed out meanwhile deletes nothing.
                if session.still_signed_in(own) and delete(own, request) is not False:
                    st.session_state[done_key] = request
            forget()
            st.rerun()
        if keep.button("Keep it", width="stretch"):
            forget()
            st.rerun()

    dialog()


REMOVE_ICON = ":material/close:"
"""The one-click removal beside each label (its help says what it does)."""


def talk_labels(database: Database, user_id: int, change_id: int, marks: list[Mark], *,
                key: str) -> None:
    """The labels on a piece of the person's writing, each once, that they can correct.

    A label opens to say what it means, where it was found and which words it was read from,
    and offers what it could be instead; the cross beside it removes it in one click. A
    correction is stored for the change (by the sentence's words) and applies everywhere; the
    removal can be undone at once.
    """
    words = load_wording()
    undo_key = f"talk_undo:{key}"
    if undo := st.session_state.get(undo_key):
        note, undo_button = st.columns([4, 1], vertical_alignment="center")
        note.caption(words.text(f"labels.{undo[0]}"))
        if undo_button.button(words.text("labels.undo"), key=f"{undo_key}:button",
                              type="tertiary", icon=":material/undo:"):
            talk.undo_correction(database, user_id, change_id, undo[1])
            st.session_state.pop(undo_key, None)
            st.rerun()
    groups = talk.label_groups(marks)
    if not groups:
        return
    choices = talk.correction_choices()
    neither = words.text("labels.neither")
    with st.container(horizontal=True, gap="small", vertical_alignment="center"):
        st.caption(words.text("labels.read_as"), width="content")
        for group in groups:
            group_key = f"{key}:{group.label}"
            icon = (":material/edit:" if group.corrected else
                    ":material/north_east:" if group.side == "change" else None)
            with st.popover(group.label, icon=icon, type="tertiary", key=f"{group_key}:open"):
                st.caption(group.explanation)
                if group.corrected:
                    st.caption(words.text("labels.yours"))
                st.caption(words.text("labels.found_in"))
                for sentence in group.sentences:
                    quote(sentence)
                if group.triggers:
                    st.caption("Read from: " + ", ".join(f"“{md_escape(t)}”" for t in group.triggers))
                options = [name for name in choices if name != group.label] + [neither]
                picked = st.pills(words.text("labels.correct"), options=options,
                                  key=f"{group_key}:fix")
                if picked:
                    side, kind = choices.get(picked, ("none", None))
                    talk.correct(database, user_id, change_id, group.sentences, side, kind)
                    st.session_state[undo_key] = ("corrected", group.sentences)
                    st.rerun()
            if st.button(REMOVE_ICON, key=f"{group_key}:remove", type="tertiary",
                         help=words.text("labels.remove_help", label=group.label)):
                talk.correct(database, user_id, change_id, group.sentences, "none")
                st.session_state[undo_key] = ("removed", group.sentences)
                st.rerun()


def sentence_markdown(sentence: Sentence) -> str:
    """A sentence of the journal's as Markdown: its own words as they are, the person's quoted
    and escaped (so they always show as typed)."""
    return "".join(part if isinstance(part, str)
                   else f"“{isolated(md_escape(part.text))}{' …' if part.cut else ''}”"
                   for part in sentence.parts)


def say(sentences: tuple[Sentence, ...] | list[Sentence]) -> None:
    """Sentences of the journal's, as one paragraph."""
    if sentences:
        st.markdown(" ".join(sentence_markdown(s) for s in sentences))



def working_on(database: Database, signed_in: Account, *, empty: str) -> Change:
    """The current change, shown under the page title as "Working on …".

    Without a change, ``empty`` is shown with a link to name one, and the page stops there.
    """
    change = session.current_change(database, signed_in)
    if change is None:
        st.info(empty)
        st.page_link("pages/check_in.py", label="Name your change", icon=":material/edit_note:")
        st.stop()
    change_heading(database, signed_in, change)
    return change


def change_heading(database: Database, signed_in: Account, change: Change) -> None:
    """"Working on" and the change's name, escaped, numbered as the sidebar's picker numbers it
    when another of the person's changes has a name like it ("Walk more (2)")."""
    st.caption("Working on")
    label = changes.titles(session.active_changes(database, signed_in)).get(change.id, change.title)
    st.header(md_escape(label), anchor=False)


def page_picker(pages: int, key: str) -> int:
    """The page of a long list to show: one number box (the page draws the same however long
    the list is), 1 when there is only one page. ``key`` should name the number of pages, so a
    list that gains or loses a page starts again at the first."""
    if pages <= 1:
        return 1
    return st.number_input(f"Page (of {pages:,})", min_value=1, max_value=pages, value=1,
                           step=1, key=key, width=160)
