"""The change plan worksheet: its fields, validation and versions.

When the plan is offered follows the rulers (:func:`next_steps.plan_message`); it is always
there for anyone who asks. Every save is a new version; earlier versions stay readable.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlite_utils import Database

from change_journal.prompts import Prompt, PromptBook
from change_journal.store import drafts
from change_journal.store import plans as store
from change_journal.store.plans import FIELDS, PlanRow
from change_journal.validation import InputError, clean_text

FORM = "plan"
WORKSHEET_SET = "plan_worksheet"


def worksheet(book: PromptBook) -> list[Prompt]:
    """The worksheet's prompts in field order; each plan field is prompt ``plan.<field>``."""
    by_id = {p.id: p for p in book.set(WORKSHEET_SET).prompts}
    missing = [f for f in FIELDS if f"plan.{f}" not in by_id]
    if missing:
        raise ValueError(f"prompts.toml lacks the plan prompts for {', '.join(missing)}.")
    return [by_id[f"plan.{f}"] for f in FIELDS]


def field_of(prompt: Prompt) -> str:
    return prompt.id.removeprefix("plan.")


def versions(db: Database, user_id: int, change_id: int) -> list[PlanRow]:
    """Every version of the plan for one change, oldest first."""
    return store.list_plans(db, user_id, change_id)


@dataclass(frozen=True)
class Start:
    """What the worksheet opens with, and whether it is an unsaved draft."""

    texts: dict[str, str]
    from_draft: bool


def starting_text(db: Database, user_id: int, change_id: int, change_title: str,
                  latest: PlanRow | None, *, use_draft: bool = True) -> Start:
    """The unsaved draft (unless ``use_draft`` is False), else the latest version, else the
    change's own name as its goal."""
    draft = {k: v for k, v in drafts.load_draft(db, user_id, FORM, change_id).items()
             if k in FIELDS and isinstance(v, str)} if use_draft else {}
    if draft:
        return Start(draft, True)
    if latest is not None:
        return Start(dict(latest.fields), False)
    return Start({"goal": change_title}, False)


def starting_text_now(db: Database, user_id: int, change_id: int, change_title: str) -> Start:
    """:func:`starting_text` against the latest version as stored now (for a box's callback,
    which runs before the page has read it)."""
    saved = versions(db, user_id, change_id)
    return starting_text(db, user_id, change_id, change_title, saved[-1] if saved else None)


def has_unsaved_edits(db: Database, user_id: int, change_id: int, change_title: str,
                      latest: PlanRow | None) -> bool:
    """Whether the person's plan for the change has a draft that says something other than
    what the worksheet opens with without one (the latest version, else the change's name)."""
    start = starting_text(db, user_id, change_id, change_title, latest)
    if not start.from_draft:
        return False
    bare = starting_text(db, user_id, change_id, change_title, latest, use_draft=False).texts
    return ({k: v for k, v in start.texts.items() if v.strip()}
            != {k: v for k, v in bare.items() if v.strip()})


def discard_draft(db: Database, user_id: int, change_id: int) -> None:
    """Forget unsaved edits to the plan (saved versions are untouched)."""
    drafts.delete_draft(db, user_id, FORM, change_id)


def build_plan(book: PromptBook, texts: Mapping[str, str | None]) -> dict[str, str]:
    """Clean every field; the change itself is required, the rest may stay empty. A field's
    :class:`InputError` names it as its ``box``."""
    fields = {}
    for prompt in worksheet(book):
        field = field_of(prompt)
        try:
            fields[field] = clean_text(texts.get(field), f"The answer to “{prompt.text}”",
                                       required=field == "goal")
        except InputError as exc:
            raise InputError(str(exc), box=field) from None
    return fields


def save_version(db: Database, user_id: int, change_id: int, book: PromptBook,
                 texts: Mapping[str, str | None]) -> int:
    """Validate and save the worksheet as the next version; return its number.

    Raises :class:`InputError` when a field is bad, or when nothing differs from the latest
    version (so the version list only grows when the plan does).
    """
    fields = build_plan(book, texts)
    existing = versions(db, user_id, change_id)
    if existing and existing[-1].fields == fields:
        raise InputError(f"This is the same as version {existing[-1].version}, so there is "
                         "nothing new to save. Change anything you like first.")
    return store.save_plan(db, user_id, change_id, fields, clear_draft=FORM)


def as_pairs(book: PromptBook, plan: PlanRow) -> list[tuple[str, str]]:
    """A saved version as ``(field label, the person's words)``, leaving out empty fields."""
    return [(p.label, plan.fields[field_of(p)]) for p in worksheet(book)
            if plan.fields[field_of(p)]]
