"""Exploration prompts from ``data/prompts.toml``, and the answers people write to them.

The file is validated when it is loaded (unique ids, known pages, kinds and themes, only the
``{value}`` and ``{change}`` placeholders, every page's sets present), so a typo fails at start-up
and in the tests, never in front of a person.

Usage::

    book = load_prompts()
    both_sides = book.set("both_sides")
    answers = build_answers(both_sides.prompts, {"ambivalence.likes": "It helps me unwind."})
"""

from __future__ import annotations

import string
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd
from sqlite_utils import Database

from change_journal import talk
from change_journal.changes import Change
from change_journal.clock import day as local_day
from change_journal.config import MAX_TEXT_CHARS, PROJECT_ROOT
from change_journal.store import answers as answer_store
from change_journal.store import drafts
from change_journal.store.checkins import AnswerIn
from change_journal.validation import InputError, clean_text, clip_draft, limit_help

PROMPTS_FILE = PROJECT_ROOT / "data" / "prompts.toml"
PAGES = ("values", "ambivalence", "plan", "summary")
KINDS = ("reflection", "default", "evocative", "neutral", "worksheet", "closing")
THEMES = ("reasons", "values", "abilities", "steps")
PLACEHOLDERS = frozenset({"value", "change"})
REQUIRED_KINDS = {
    "values": {"reflection"},
    "ambivalence": {"default", "closing", "evocative", "neutral"},
    "plan": {"worksheet"},
    "summary": {"closing"},
}
"""The kinds of set each page needs; loading fails when one is missing."""
BOX_HELP = f"{limit_help(MAX_TEXT_CHARS)} Skip anything you like."
"""The limit, said beside every answer box after the question's own help."""
NOTHING_WRITTEN = "There is nothing to save yet. Write a few words in any box, or come back any time."


class PromptFileError(ValueError):
    """``prompts.toml`` is malformed; the message says which entry and what is wrong."""


@dataclass(frozen=True)
class Prompt:
    """One open question."""

    id: str
    set: str
    page: str
    text: str
    follow_ups: tuple[str, ...] = ()
    theme: str | None = None
    reflect: str = ""
    label: str = ""
    help: str = ""
    """What helps in answering: shown beside the box, before the limit."""

    def render(self, *, value: str = "", change: str = "") -> str:
        """The question as shown, with a value's and the change's names filled in."""
        return self.text.format(value=value, change=change)


@dataclass(frozen=True)
class PromptSet:
    """Prompts shown together, with a title and a short introduction."""

    name: str
    page: str
    kind: str
    title: str
    intro: str
    prompts: tuple[Prompt, ...]


@dataclass(frozen=True)
class PromptBook:
    """Every exploration prompt, by id and by set (in file order)."""

    sets: dict[str, PromptSet]
    prompts: dict[str, Prompt]

    def set(self, name: str) -> PromptSet:
        return self.sets[name]

    def sets_of(self, page: str, kind: str) -> list[PromptSet]:
        return [s for s in self.sets.values() if s.page == page and s.kind == kind]

    def themed(self) -> dict[str, str]:
        """``{prompt_id: theme}`` for every prompt whose answers speak for the change."""
        return {p.id: p.theme for p in self.prompts.values() if p.theme}


@lru_cache(maxsize=4)
def load_prompts(path: Path = PROMPTS_FILE) -> PromptBook:
    """Read and validate the prompts file (cached per path)."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise PromptFileError(f"Cannot read the prompts file {path}: {exc}") from exc
    return parse_prompts(data)


def parse_prompts(data: Mapping) -> PromptBook:
    """Build a :class:`PromptBook` from parsed TOML, raising :class:`PromptFileError` on any problem."""
    sets: dict[str, dict] = {}
    for name, entry in (data.get("sets") or {}).items():
        _require(entry, ("page", "kind", "title", "intro"), f"set {name!r}")
        if entry["page"] not in PAGES:
            raise PromptFileError(f"Set {name!r} names an unknown page {entry['page']!r}.")
        if entry["kind"] not in KINDS:
            raise PromptFileError(f"Set {name!r} has an unknown kind {entry['kind']!r}.")
        sets[name] = {**entry, "prompts": []}
    prompts: dict[str, Prompt] = {}
    for entry in data.get("prompts") or []:
        _require(entry, ("id", "set", "text"), f"prompt {entry.get('id', '(no id)')!r}")
        prompt_id = entry["id"]
        if prompt_id in prompts:
            raise PromptFileError(f"The prompt id {prompt_id!r} is used twice.")
        if entry["set"] not in sets:
            raise PromptFileError(f"Prompt {prompt_id!r} is in an unknown set {entry['set']!r}.")
        if entry.get("theme") is not None and entry["theme"] not in THEMES:
            raise PromptFileError(f"Prompt {prompt_id!r} has an unknown theme {entry['theme']!r}.")
        if _check_placeholders(prompt_id, entry["text"]) and not entry.get("label"):
            raise PromptFileError(
                f"Prompt {prompt_id!r} fills in a name, so it needs a 'label' to name it by "
                "in messages."
            )
        owner = sets[entry["set"]]
        prompt = Prompt(
            id=prompt_id, set=entry["set"], page=owner["page"], text=entry["text"],
            follow_ups=tuple(entry.get("follow_ups", ())), theme=entry.get("theme"),
            reflect=entry.get("reflect", ""), label=entry.get("label", ""),
            help=entry.get("help", ""),
        )
        prompts[prompt_id] = prompt
        owner["prompts"].append(prompt)
    built = {}
    for name, entry in sets.items():
        if not entry["prompts"]:
            raise PromptFileError(f"Set {name!r} has no prompts.")
        built[name] = PromptSet(name, entry["page"], entry["kind"], entry["title"], entry["intro"],
                                tuple(entry["prompts"]))
    for page, kinds in REQUIRED_KINDS.items():
        missing = kinds - {s.kind for s in built.values() if s.page == page}
        if missing:
            raise PromptFileError(f"The {page} page has no set of kind {', '.join(sorted(missing))}.")
    return PromptBook(built, prompts)


def _require(entry: Mapping, keys: Sequence[str], where: str) -> None:
    for key in keys:
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise PromptFileError(f"The {where} needs a non-empty {key!r}.")


def _check_placeholders(prompt_id: str, text: str) -> set[str]:
    """The placeholders ``text`` uses; raises :class:`PromptFileError` for unknown ones."""
    try:
        fields = {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name is not None}
    except ValueError as exc:
        raise PromptFileError(f"Prompt {prompt_id!r} has a broken placeholder: {exc}.") from exc
    unknown = fields - PLACEHOLDERS
    if unknown:
        raise PromptFileError(
            f"Prompt {prompt_id!r} uses unknown placeholders {sorted(unknown)}; "
            f"only {sorted(PLACEHOLDERS)} can be filled in."
        )
    return fields


def build_answers(prompts: Sequence[Prompt], texts: Mapping[str, str | None], *,
                  value: str = "", change: str = "") -> list[AnswerIn]:
    """The non-empty answers to ``prompts``, cleaned, each with the exact question shown.

    Raises :class:`InputError` when an answer is too long or when nothing at all was written.
    The message names the question by its label (or its text when it has no placeholders), so
    it never repeats the person's words: messages are shown as Markdown.
    """
    answers = []
    for prompt in prompts:
        question = prompt.render(value=value, change=change)
        text = clean_text(texts.get(prompt.id), f"The answer to “{prompt.label or prompt.text}”")
        if text:
            answers.append(AnswerIn(prompt.id, question, text))
    if not answers:
        raise InputError(NOTHING_WRITTEN)
    return answers


def reflect(prompts: Sequence[Prompt], texts: Mapping[str, str]) -> list[tuple[str, str]]:
    """``(lead-in, the person's words)`` for each answered prompt (``{prompt_id: text}``) that
    has a lead-in.

    Follows the prompts' order, so "both sides" shows what the person likes first and ends on
    the change side, in their words.
    """
    return [(p.reflect, texts[p.id].strip()) for p in prompts
            if p.reflect and (texts.get(p.id) or "").strip()]


def saved_view(reflected: Sequence[Prompt], saved: Sequence[AnswerIn]) -> list[tuple[str, str]]:
    """Everything just saved, in full, as ``(lead-in or question, the person's words)``: the
    answers to ``reflected`` prompts with their lead-ins (:func:`reflect`), then every other
    saved answer (such as the closing question) under the question it answered."""
    led = {p.id for p in reflected if p.reflect}
    return reflect(reflected, {a.prompt_id: a.text for a in saved}) + [
        (a.question, a.text.strip()) for a in saved if a.text.strip() and a.prompt_id not in led]


def last_answered(db: Database, user_id: int, change_id: int) -> dict[str, str]:
    """When each exploration prompt was last answered about one change: ``{prompt_id: at}``."""
    return answer_store.last_answered(db, user_id, change_id)


def suggested_set(sets: Sequence[PromptSet], last_answered: Mapping[str, str]) -> PromptSet:
    """The set to suggest today: never answered first (in file order), else the longest ago."""
    def last(prompt_set: PromptSet) -> str:
        return max((last_answered.get(p.id, "") for p in prompt_set.prompts), default="")
    return min(sets, key=last)


def merge_words(base: str, theirs: str, mine: str) -> str:
    """One box's words changed in two windows at once, from ``base`` (what both started from),
    neither window's lost: one window's when the other's only carries them on (or cleared the
    box), else theirs, then what this window added to ``base`` (or all of its words)."""
    if not mine.strip() or mine == base or _carries_on(theirs, mine):
        return theirs
    if not theirs.strip() or theirs == base or _carries_on(mine, theirs):
        return mine
    added = mine[len(base):] if base.strip() and mine.startswith(base) else mine
    return f"{theirs.rstrip()}\n\n{added.strip()}"


def _carries_on(longer: str, shorter: str) -> bool:
    """Whether ``longer`` is ``shorter`` with more words after it ("Walk" is not carried on by
    "Walked twice")."""
    longer, shorter = longer.strip(), shorter.strip()
    return longer.startswith(shorter) and (len(longer) == len(shorter)
                                           or not longer[len(shorter)].isalnum())


def keep_draft(db: Database, user_id: int, form: str, change_id: int,
               saved: Mapping[str, str], typed: Mapping[str, str | None]) -> None:
    """Store the boxes the person changed (``typed``) over the text the boxes started from this
    run (``saved``: the draft, or what a form is prefilled with), when that changes it. A box
    emptied is kept empty, so what it was prefilled with does not come back."""
    current = {k: v or "" for k, v in {**saved, **typed}.items() if v or saved.get(k)}
    if current != {k: v for k, v in saved.items() if v}:
        drafts.save_draft(db, user_id, form, change_id, clip_draft(current))


def stored_draft(db: Database, user_id: int, form: str, change_id: int) -> dict[str, str]:
    """The texts of the person's draft of ``form`` on one change, as stored now."""
    return {k: v for k, v in drafts.load_draft(db, user_id, form, change_id).items()
            if isinstance(v, str)}


@dataclass(frozen=True)
class Question:
    """A prompt as one text box: the question shown, its widget key and the unsaved draft.

    The one question type: the exploration pages' prompts and the check-in's questions alike.
    """

    prompt: Prompt
    text: str
    key: str = ""
    draft: str = ""
    key_stem: str = ""
    """The start of the box's widget key, the same before and after a save (the key is this,
    how many answers are saved and the prompt's id): words typed under an earlier key are
    carried on."""

    @property
    def prompt_id(self) -> str:
        return self.prompt.id

    @property
    def hint(self) -> str:
        """Gentler or deeper questions, shown between the question and its box."""
        return " ".join(self.prompt.follow_ups)

    @property
    def help(self) -> str:
        """What helps in answering, then the limit."""
        return f"{self.prompt.help} {BOX_HELP}" if self.prompt.help else BOX_HELP


@dataclass(frozen=True)
class AnswerSheet:
    """Prompts being answered about one change (and a subject, such as a value), with the
    person's draft, so nothing typed is lost to a rerun, a page switch or a bad save.

    Usage (the page supplies the widgets)::

        sheet = AnswerSheet.open(db, user_id, change, prompt_set.prompts, subject="family")
        typed = {q.prompt.id: draft_box(q.text, q.draft, q.key) for q in sheet.questions}
        keys = {q.prompt.id: q.key for q in sheet.questions}
        sheet.keep(db, edited(typed, keys))  # only the boxes changed (ui.answer_sheet.keep)
        sheet.save(db, typed)   # on the Save button; raises InputError
    """

    user_id: int
    change_id: int
    change_title: str
    prompts: tuple[Prompt, ...]
    subject: str
    form: str
    """The draft's name: the prompts' set, and the subject if any."""
    draft: dict[str, str]
    saved: int
    """How many answers to these prompts (about this subject) are saved: part of each box's
    widget key, so a save starts fresh, empty boxes (see :attr:`Question.key_stem`)."""

    @classmethod
    def open(cls, db: Database, user_id: int, change: Change, prompts: Sequence[Prompt], *,
             subject: str = "") -> AnswerSheet:
        form = f"{prompts[0].set}:{subject}" if subject else prompts[0].set
        saved = answer_store.list_answers(db, user_id, change.id, prompt_ids=[p.id for p in prompts],
                                          subject=subject)
        return cls(user_id, change.id, change.title, tuple(prompts), subject, form,
                   stored_draft(db, user_id, form, change.id), len(saved))

    @property
    def questions(self) -> list[Question]:
        stem = f"{self.form}:{self.change_id}:"
        return [Question(p, p.render(value=self.subject, change=self.change_title),
                         f"{stem}{self.saved}:{p.id}", self.draft.get(p.id, ""), stem)
                for p in self.prompts]

    def saved_since(self, db: Database) -> bool:
        """Whether answers to its prompts were saved since it was opened (in another window):
        its boxes' keys are then out of date, and their words are carried on
        (``ui.answer_sheet.carry_on``)."""
        return len(answer_store.list_answers(db, self.user_id, self.change_id,
                                             prompt_ids=[p.id for p in self.prompts],
                                             subject=self.subject)) != self.saved

    def keep(self, db: Database, typed: Mapping[str, str | None]) -> None:
        """Keep the boxes the person changed (``{prompt_id: text}``) in the draft."""
        keep_draft(db, self.user_id, self.form, self.change_id, self.draft, typed)

    def save(self, db: Database, typed: Mapping[str, str | None]) -> list[AnswerIn]:
        """Validate the draft with ``typed`` over it, save it in one go and forget the draft."""
        built = build_answers(self.prompts, {**self.draft, **typed}, value=self.subject,
                              change=self.change_title)
        answer_store.save_answers(db, self.user_id, self.change_id, built, subject=self.subject,
                                  clear_draft=self.form)
        return built


def earlier_answers(db: Database, user_id: int, change_id: int, prompts: Sequence[Prompt], *,
                    tz: str, subject: str | None = None, change: str | None = None) -> pd.DataFrame:
    """Earlier answers to ``prompts`` as a table for reading, newest first, each with the kinds
    of change talk (and sustain talk) in it."""
    rows = list(reversed(answer_store.list_answers(
        db, user_id, change_id, prompt_ids=[p.id for p in prompts], subject=subject)))
    fixes = talk.corrections(db, user_id, change_id) if rows else {}
    return pd.DataFrame({
        "Date": [local_day(r.created_at, tz) for r in rows],
        "Question": [r.question for r in rows],
        "Your answer": [r.text for r in rows],
        "Change talk in it": [talk.describe(r.text, r.question, change, fixes) for r in rows],
    })

