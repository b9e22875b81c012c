"""The changes a person is considering: add, rename, archive, restore and delete, with the rules.

Every function takes the acting person's id; the store scopes each statement by it. Text is
cleaned and checked here (:mod:`change_journal.validation`), so a page only shows the
:class:`InputError` it gets. Archiving a change that is shared asks the person whether to keep
sharing it (:func:`archive_change` with ``stop_sharing``): archiving alone ends no sharing.

Usage::

    change_id = add_change(db, user_id, "Walk most days", "My knees")
    archive_change(db, user_id, change_id, stop_sharing=True)
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database

from change_journal import confusables
from change_journal.config import MAX_CHANGES
from change_journal.store import changes as store
from change_journal.store import deletion, drafts, transaction
from change_journal.store import sharing as sharing_store
from change_journal.store.changes import Change, NotYours
from change_journal.validation import InputError, clean_text, clean_title, clip_draft

__all__ = ["Change", "NotYours"]
"""The domain types, for every layer above the store (the functions below are public too)."""

GONE = "This change no longer exists: it may have been deleted in another window."
SAME_NAME = ("You already have a change with this name (perhaps archived). Give this one a name "
             "of its own, so that you can tell them apart.")
TOO_MANY = (f"Your journal holds {MAX_CHANGES} changes, archived ones included, the most it "
            "can. To start another, delete one you no longer need on “Your changes” (download "
            "your journal first on Settings if you want to keep it).")


def list_changes(db: Database, user_id: int, *, include_archived: bool = False) -> list[Change]:
    """The person's changes, active ones first, oldest first within each group."""
    return store.list_changes(db, user_id, include_archived=include_archived)


def get_change(db: Database, user_id: int, change_id: int) -> Change | None:
    """One of the person's own changes, or None."""
    return store.get_change(db, user_id, change_id)


def last_written(db: Database, user_id: int) -> int | None:
    """The active change the person last wrote in (a check-in or an answer; a change just
    started counts as written), the one a new session of theirs opens on; None without one."""
    return store.last_written(db, user_id)


def add_change(db: Database, user_id: int, title: str, why_now: str = "") -> int:
    """Start a change from what the person typed; its id. :class:`InputError` for bad text, a
    name another of the person's changes has, or a journal holding :data:`MAX_CHANGES`."""
    clean, reason = clean_title(title), clean_text(why_now, "Why now")
    if store.count_changes(db, user_id) >= MAX_CHANGES:
        raise InputError(TOO_MANY)
    _check_name_free(db, user_id, clean)
    change_id = store.add_change(db, user_id, clean, reason)
    drafts.delete_account_draft(db, user_id, NEW_CHANGE_FORM)
    return change_id


NEW_CHANGE_FORM = "new_change"
"""The draft of a change not made yet: what was typed in its boxes (:func:`new_change_draft`)."""
NEW_CHANGE_FIELDS = {"title": str, "why_now": str, "step": int}


def new_change_draft(db: Database, user_id: int) -> dict[str, str | int]:
    """What the person typed for a change they have not made yet (``title``, ``why_now``) and
    the step of the first-change questions they were on (``step``), as far as kept; the draft
    goes once :func:`add_change` makes a change."""
    stored = drafts.load_account_draft(db, user_id, NEW_CHANGE_FORM)
    return {name: stored[name] for name, kind in NEW_CHANGE_FIELDS.items()
            if type(stored.get(name)) is kind}


def newest_change(db: Database, user_id: int) -> int | None:
    """The id of the person's change made last, or None: what a new-change form was drawn
    after (see :func:`keep_new_change_draft`)."""
    return store.newest_change_id(db, user_id)


def keep_new_change_draft(db: Database, user_id: int, since: int | None,
                          **fields: str | int) -> bool:
    """Keep ``fields`` (of ``title``, ``why_now``, ``step``) over the person's new-change draft,
    typed in a form drawn when ``since`` was their newest change (:func:`newest_change`). Nothing
    is kept once a change was made since: a window left open on the form must not bring back
    the draft of a change made in another. True when kept (or nothing was new)."""
    with transaction(db):
        if store.newest_change_id(db, user_id) != since:
            return False
        draft = new_change_draft(db, user_id)
        kept = {**draft, **{name: value for name, value in fields.items()
                            if type(value) is NEW_CHANGE_FIELDS.get(name)}}
        if kept != draft:
            drafts.save_account_draft(db, user_id, NEW_CHANGE_FORM, clip_draft(kept))
    return True


def rename_change(db: Database, user_id: int, change_id: int, title: str, why_now: str) -> None:
    """Give a change a new name and "why now"; :class:`InputError` for bad text, a name another
    of the person's changes has, or a change that is not there (nothing is saved then)."""
    clean, reason = clean_title(title), clean_text(why_now, "Why now")
    _check_name_free(db, user_id, clean, change_id)
    if not store.update_change(db, user_id, change_id, clean, reason):
        raise InputError(GONE)


def _check_name_free(db: Database, user_id: int, title: str, renamed: int | None = None) -> None:
    """Refuse a name that looks like one another of the person's changes has, in any case
    (:func:`confusables.look_alike`): pickers list changes by name, and two alike could not be
    told apart."""
    others = [c.title for c in store.list_changes(db, user_id, include_archived=True)
              if c.id != renamed]
    if confusables.look_alike(title, others):
        raise InputError(SAME_NAME)


def titles(changes: Sequence[Change]) -> dict[int, str]:
    """Each of ``changes``' name as lists of them show it (pickers, "Your changes", the report),
    names that look like an earlier one (from an import, or from before names had to differ)
    numbered in order: "Walk more", "Walk more (2)", skipping a number whose label looks like a
    name already there ("Walk more (2)" of its own). The pickers number the active changes,
    "Your changes" all of them: only an archived change named like a number ("Walk more (2)")
    can make the two differ."""
    return numbered_names([(change.id, change.title) for change in changes])


def numbered_names(names: Sequence[tuple[int, str]]) -> dict[int, str]:
    """``{id: label}`` for ``(id, name)`` pairs in order, numbered as :func:`titles` numbers
    changes (for lists that hold only some of a person's changes, such as a coach's)."""
    keys_of = [confusables.look_alike_keys(name) for _, name in names]
    taken = set().union(*keys_of)
    seen: dict[str, int] = {}  # how many earlier names have each look-alike key
    named = {}
    for (item_id, name), keys in zip(names, keys_of, strict=True):
        repeat = 1 + max(seen.get(key, 0) for key in keys)
        for key in keys:
            seen[key] = seen.get(key, 0) + 1
        label = name
        while repeat > 1 and (label == name or not taken.isdisjoint(
                confusables.look_alike_keys(label))):
            label = f"{name} ({repeat})"
            repeat += 1
        taken |= confusables.look_alike_keys(label)
        named[item_id] = label
    return named


def archive_change(db: Database, user_id: int, change_id: int, *, stop_sharing: bool) -> None:
    """Archive a change (its history stays); with ``stop_sharing``, end every coach's access and
    every link to it in the same transaction. :class:`InputError` if the change is not there."""
    with transaction(db):
        if not store.set_archived(db, user_id, change_id, True):
            raise InputError(GONE)
        if stop_sharing:
            sharing_store.stop_sharing_change(db, user_id, change_id)


def restore_change(db: Database, user_id: int, change_id: int) -> None:
    """Bring an archived change back; :class:`InputError` if it is not there."""
    if not store.set_archived(db, user_id, change_id, False):
        raise InputError(GONE)


def delete_change(db: Database, user_id: int, change_id: int) -> bool:
    """Delete a change for good with everything about it (sharing ends with it); False if it
    was not there."""
    return deletion.delete_change(db, user_id, change_id)
