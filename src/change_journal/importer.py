"""Import of a JSON export: read and check the whole file first, then write it in one transaction.

:func:`read_export` either returns the journal the file holds or raises
:class:`ImportProblems` listing every problem found (nothing is written in that case).
:func:`import_journal` adds what the account does not have yet: importing the same file twice
adds nothing the second time.

Usage::

    try:
        journal = read_export(raw_bytes)
    except ImportProblems as exc:
        show(exc.problems)
    else:
        counts = import_journal(db, user_id, journal, progress=bar.update)
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlite_utils import Database

from change_journal import accounts, change_talk, clock, confusables, export, talk
from change_journal.clock import EARLIEST
from change_journal.config import MAX_CHANGES, MAX_TEXT_CHARS, MAX_TITLE_CHARS
from change_journal.export import FORMAT, FORMAT_VERSION
from change_journal.rulers import RULERS, SCALE
from change_journal.store import changes as change_store
from change_journal.store import plans as plan_store
from change_journal.store import users
from change_journal.store import values as values_store
from change_journal.store.portability import (
    AnswerRecord,
    CardRecord,
    ChangeRecord,
    CheckinRecord,
    CorrectionRecord,
    Counts,
    CustomValueRecord,
    Journal,
    PlanRecord,
    UidsTaken,
    ValueSortRecord,
    uid_map,
    write_journal,
)
from change_journal.validation import one_line, tidy
from change_journal.values import (
    MAX_CUSTOM_VALUES,
    MAX_DESCRIPTION_CHARS,
    MAX_NAME_CHARS,
    TOP_SIZE,
    builtin_values,
    custom_values,
)

MEGABYTE = 1_000_000
"""A megabyte as the browser's upload box counts it (Streamlit's uploader divides by 1,000 on
every system but Windows), so the box and the importer refuse the same files."""
MAX_IMPORT_MB = 20
MAX_IMPORT_BYTES = MAX_IMPORT_MB * MEGABYTE
"""Largest file accepted (stated in SECURITY.md and docs/export-format.md): about five years of
daily check-ins on three changes with every follow-up answered. Checking the worst file known
of this size peaks at about 385 MiB (bench/import_memory.py --mb 20)."""
MAX_PROBLEMS = 50
"""Problems kept and listed; the rest are only counted."""
MAX_COUNTED = 10_000
"""Checking stops after this many problems."""
BYTES_PER_CONTAINER = 16
"""A file opening more than one object or list per this many bytes is refused before it is
parsed (a real export opens about one per 300 bytes): parsing tiny containers takes about 30
times the file's size in memory."""
MAX_ID_CHARS = 64
MAX_PROMPT_ID_CHARS = 200
MAX_PLAN_VERSION = 100_000
MAX_VALUE_SORTS = MAX_PLAN_VERSIONS = 1_000
"""Most values sorts a journal, and plan versions a change, may hold after an import: each is a
marker on every progress chart (tens of thousands drew for seconds and broke the printable
report); a person sorting or revising weekly for twenty years stays under it."""
MAX_SHOWN_NAME = 40
"""Longest field name a problem shows whole."""
PILES = ("very", "important", "not")
TOP_RANKS = range(1, TOP_SIZE + 1)
KIND_NAMES = {
    "changes": ("change", "changes"),
    "checkins": ("check-in", "check-ins"),
    "answers": ("written answer", "written answers"),
    "plans": ("plan version", "plan versions"),
    "custom_values": ("value of your own", "values of your own"),
    "value_sorts": ("values sort", "values sorts"),
    "talk_corrections": ("label on a sentence", "labels on sentences"),
}
_MISSING = object()
_STRING = re.compile(r'"[^"]*"')
_STRING_OR_INTEGER = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|(?<![^\s,\[:])-?[0-9]+(?![^\s,\]}])')
"""A JSON string (matched whole, so that no digit inside one is taken for a number) or a whole
number."""


CLOCKS_DIFFER = timedelta(days=1)
"""How far past this machine's now a time in a file may be (the exporting one's clock may run
ahead): anything later would stand as the latest check-in or values sort for ever."""


class ImportProblems(ValueError):
    """The file cannot be imported: ``problems`` lists what is wrong (the first
    :data:`MAX_PROBLEMS`), ``total`` counts the problems found, ``stopped`` says checking
    stopped before the end of the file."""

    def __init__(self, problems: list[str], total: int | None = None, stopped: bool = False):
        self.problems = problems
        self.total = len(problems) if total is None else total
        self.stopped = stopped
        super().__init__("\n".join(self.lines(MAX_PROBLEMS)))

    def lines(self, limit: int) -> list[str]:
        """The first ``limit`` problems, and a last line counting the rest if any."""
        shown = self.problems[:limit]
        rest = self.total - len(shown)
        return shown + ([f"…and {'at least ' if self.stopped else ''}{rest:,} more."]
                        if rest else [])


def read_export_once(kept: MutableMapping[str, object], file_id: str,
                     raw: Callable[[], bytes]) -> Journal:
    """:func:`read_export` of the upload ``file_id`` (its bytes from ``raw``), checked once: the
    journal or the problems are kept in ``kept`` (the page's session state, under
    :data:`CHECKED_UPLOAD`) for the page's later reruns while the same file stays in the box; a
    new file replaces them. (Every click on Settings re-checked it: about 2 s of CPU for a
    hostile 20 MB file.)"""
    last = kept.get(CHECKED_UPLOAD)
    if not (isinstance(last, tuple) and last[0] == file_id):
        try:
            last = (file_id, read_export(raw()))
        except ImportProblems as problems:
            last = (file_id, problems)
        kept[CHECKED_UPLOAD] = last
    if isinstance(last[1], ImportProblems):
        raise last[1].with_traceback(None)
    return last[1]


CHECKED_UPLOAD = "import_checked_upload"
"""Where :func:`read_export_once` keeps its check; the page drops it once the box is empty."""


def read_export(raw: bytes) -> Journal:
    """Check every part of an export file and return the journal it holds.

    Raises :class:`ImportProblems` for a file that is too large, too dense, not JSON, not a
    Change Journal export or of an unknown format version (with that single problem), and
    otherwise lists the missing fields, wrong types, out-of-range numbers and times, and
    repeated ids and fields. Text is cleaned by the forms' rules (:func:`validation.tidy`).
    """
    doc, repeated = _parse(raw)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ImportProblems([
            "This is not a Change Journal export: its “format” field is missing or different."
        ])
    version = doc.get("format_version", _MISSING)
    if version is _MISSING:
        raise ImportProblems(["“format_version” is missing, so the file cannot be read safely."])
    if not _is_int(version) or version != FORMAT_VERSION:
        newer = _is_int(version) and FORMAT_VERSION < version < 1000  # not echoing 10**30
        raise ImportProblems([
            f"This file uses export format version {version}, from a newer Change Journal; this "
            f"version reads format {FORMAT_VERSION}. Update the app, then import it again."
            if newer else
            "The export format version is not one this version of Change Journal knows; it "
            f"reads format {FORMAT_VERSION}."
        ])
    check = _Checker()
    try:
        journal = check.journal(doc)
        check.repeated_elsewhere(repeated)
    except _TooMany:
        raise ImportProblems(check.problems, check.total, stopped=True) from None
    if check.total:
        raise ImportProblems(check.problems, check.total)
    return replace(journal, exported_by=_exported_by(doc))


def _exported_by(doc: dict) -> str:
    """The username the export names as its account's, if it names one a person could have."""
    account = doc.get("account")
    name = account.get("username") if isinstance(account, dict) else None
    try:
        return accounts.validate_username(name) if isinstance(name, str) else ""
    except accounts.AccountError:
        return ""


def from_someone_else(journal: Journal, username: str) -> bool:
    """Whether ``journal`` was exported from another account than ``username``'s."""
    return bool(journal.exported_by) and \
        accounts.username_key(journal.exported_by) != accounts.username_key(username)


_UNFINISHED = re.compile(r"-?[\d.eE+-]*|t(?:r(?:ue?)?)?|f(?:a(?:l(?:se?)?)?)?|n(?:u(?:ll?)?)?")
"""What is left of a JSON file cut short where the parser stopped: nothing, or the start of a
number or of ``true``, ``false`` or ``null``."""
CUT_SHORT = ("The file stops partway through: it was probably cut short while it was downloaded "
             "or copied. Export it again, then import the new file.")


def _file_size(size: int) -> str:
    """``size`` bytes as a person reads a file's size: megabytes to one decimal from 1 MB
    ("20.1 MB"), kilobytes below ("3 KB"), rounded up, so a file just over the limit never reads
    as the limit itself."""
    if size >= MEGABYTE:
        return f"{math.ceil(size / (MEGABYTE / 10)) / 10:.1f} MB"
    return f"{math.ceil(size / 1000):,} KB"


def _parse(raw: bytes) -> tuple[object, list[_Repeated]]:
    """The JSON document in ``raw``, and its objects that name a field more than once;
    :class:`ImportProblems` for a file too large, not UTF-8, too dense with objects and lists to
    parse safely, not JSON, or holding a number too long to read."""
    if len(raw) > MAX_IMPORT_BYTES:
        raise ImportProblems([
            f"The file is {_file_size(len(raw))}; the largest file that can be imported "
            f"is {MAX_IMPORT_BYTES // MEGABYTE} MB."
        ])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":  # a character begun, its file then ended
            raise ImportProblems([CUT_SHORT]) from None
        raise ImportProblems(["The file is not UTF-8 text, so it is not a Change Journal export."
                              ]) from None
    if not text.strip().strip("\ufeff"):
        raise ImportProblems(["The file is empty. Choose the file Change Journal exported."])
    limit = len(raw) // BYTES_PER_CONTAINER + 100
    # Counting every bracket is cheap and usually enough; leaving out those in strings copies.
    if text.count("{") + text.count("[") > limit and (containers := _containers(text)) > limit:
        raise ImportProblems([
            f"The file is nested too deeply or opens far more objects and lists than a Change "
            f"Journal export of its size ({containers:,} in {_file_size(len(raw))}), so "
            "it cannot be imported."
        ])
    repeated: list[_Repeated] = []

    def to_dict(pairs: list[tuple[str, object]]) -> dict:
        obj = dict(pairs)
        # json.loads would keep the last value in silence. Each object kept here is at least one
        # problem, so past MAX_COUNTED of them checking stops in any case.
        if len(obj) < len(pairs) and len(repeated) < MAX_COUNTED:
            obj = _Repeated(pairs)
            repeated.append(obj)
        return obj

    try:
        return json.loads(text, object_pairs_hook=to_dict, parse_constant=_reject_constant), \
            repeated
    except json.JSONDecodeError as exc:
        # It ends where more must follow, inside a string, or partway through a word or number.
        if _UNFINISHED.fullmatch(text[exc.pos:].strip()) or \
                exc.msg.startswith("Unterminated string"):
            raise ImportProblems([CUT_SHORT]) from None
        raise ImportProblems([
            f"The file is not valid JSON: it goes wrong at line {exc.lineno:,}, column "
            f"{exc.colno:,}. It may be damaged, or not a Change Journal export."
        ]) from None
    except (ValueError, RecursionError):
        if long := _long_number(text):
            raise ImportProblems([long]) from None
        raise ImportProblems(["The file is not valid JSON: it holds values JSON does not allow "
                              "or is nested too deeply."]) from None


def _long_number(text: str) -> str | None:
    """The problem with the first whole number in ``text`` (a JSON document) too long for
    Python to read (over :func:`sys.get_int_max_str_digits` digits), if it holds one."""
    limit = sys.get_int_max_str_digits()
    if not limit:  # PYTHONINTMAXSTRDIGITS=0: Python reads a whole number of any length
        return None
    found = next((m for m in _STRING_OR_INTEGER.finditer(text)
                  if m[0][0] != '"' and len(m[0].lstrip("-")) > limit), None)
    if found is None:
        return None
    at = found.start()
    line, column = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
    return (f"The file holds a number {len(found[0].lstrip('-')):,} digits long (line {line}, "
            f"column {column}), far too long to be a Change Journal value, so it cannot be "
            "imported.")


def _refuse_a_second_open_sort(db: Database, user_id: int, journal: Journal) -> None:
    """Raise :class:`ImportProblems` when the file would leave the account two values sorts in
    progress: the Values page resumes one at a time, and the other would stay out of sight."""
    known = uid_map(db, user_id, "value_sorts")
    added = [sort for sort in journal.value_sorts if sort.uid not in known]
    open_sorts = sum(sort.completed_at is None for sort in added)
    if open_sorts and (open_sorts > 1 or values_store.open_sort(db, user_id) is not None):
        raise ImportProblems(["The file holds a values sort in progress, and the journal would "
                              "then have two: finish or stop the one in progress first."])


def import_journal(db: Database, user_id: int, journal: Journal,
                   progress: Callable[[float], None] | None = None) -> Counts:
    """Add the records of a checked file that the account does not have yet, in one transaction.

    ``progress`` receives the fraction done (0 to 1), a hundred times at most. Raises
    :class:`ImportProblems`, writing nothing, when a record's id is one the account has on
    another change, or when the journal with the file would export to a file larger than
    :data:`MAX_IMPORT_BYTES` (which could not be imported again).
    """
    account = users.get_user(db, user_id)
    if account is None or account.role != "person":
        raise ImportProblems(["Journals can only be imported into a personal account."])
    own = [v.name for v in custom_values(db, user_id)]
    new = [v.name for v in journal.custom_values if v.name not in own]
    if any(confusables.look_alike(name, own) for name in new):
        raise ImportProblems(["A value of your own in the file has a name that looks like one you "
                              "have (in another case, or with characters that show nothing): the "
                              "deck holds one card per name."])
    if len(own) + len(new) > MAX_CUSTOM_VALUES:
        raise ImportProblems([f"With this file you would have {len(own) + len(new)} values of "
                              f"your own; a journal keeps at most {MAX_CUSTOM_VALUES}."])
    _refuse_a_second_open_sort(db, user_id, journal)
    total = max(journal.size(), 1)
    done, shown = 0, -1

    def tick() -> None:
        nonlocal done, shown
        done += 1
        percent = done * 100 // total
        if progress and percent != shown:
            shown = percent
            progress(percent / 100)

    def still_importable(counts: Counts) -> None:
        # Every journal the app holds must export to a file it can import again: an import
        # that adds something may not take it past the limit (one adding nothing is let be);
        # nor past the changes a journal holds.
        if not counts.added:
            return
        over = [f"With this file your journal would hold {held:,} {what}, more than the {most:,} "
                "it can. Nothing was changed."
                for held, most, what in (
                    (change_store.count_changes(db, user_id), MAX_CHANGES,
                     "changes (archived ones included)"),
                    (values_store.count_sorts(db, user_id), MAX_VALUE_SORTS, "values sorts"),
                    (plan_store.most_versions(db, user_id), MAX_PLAN_VERSIONS,
                     "versions of one change's plan"))
                if held > most]
        if over:
            raise ImportProblems(over)
        size = len(export.export_json(db, user_id))
        if size > MAX_IMPORT_BYTES:
            raise ImportProblems([
                f"With this file your journal would export to {_file_size(size)}, more than the "
                f"{MAX_IMPORT_BYTES // MEGABYTE} MB a file can be to be imported, so a copy of it "
                "could not be brought back. Nothing was changed."])

    try:
        return write_journal(db, user_id, journal, tick, before_commit=still_importable)
    except UidsTaken as taken:
        raise ImportProblems([
            f"The {KIND_NAMES[table][0]} with id “{uid}” has the id of a {KIND_NAMES[table][0]} "
            "of another change in your journal (was the file edited?)."
            for table, uid in taken.clashes[:MAX_PROBLEMS]], len(taken.clashes)) from None


def describe(counts: dict[str, int]) -> str:
    """``{"changes": 2, "checkins": 1}`` as "2 changes and 1 check-in" ("nothing" when empty)."""
    parts = [f"{n:,} {KIND_NAMES[kind][n != 1]}" for kind, n in counts.items() if n]
    if not parts:
        return "nothing"
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def describe_file(journal: Journal) -> str:
    """What a checked file holds, in words."""
    return describe({kind: len(getattr(journal, kind)) for kind in KIND_NAMES})


def import_message(counts: Counts) -> str:
    """What an import did, in words, for the screen and the command line."""
    added = describe(counts.added)
    there = sum(counts.already_there.values())
    if added == "nothing":
        return "Everything in this file was already in the journal: nothing was added."
    message = f"Added {added}."
    if there:
        message += (f" {there:,} other entry was already in the journal and was left as it is."
                    if there == 1 else f" {there:,} other entries were already in the journal and "
                    "were left as they are.")
    if counts.read_later:
        message += (f" The words for and against changing in {counts.read_later:,} older "
                    f"{'answer is' if counts.read_later == 1 else 'answers are'} counted a "
                    "batch at a time as you open Progress.")
    return message


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not allowed")


def _containers(text: str) -> int:
    """How many objects and lists the JSON ``text`` opens (brackets inside strings left out)."""
    outside = _STRING.sub("", text.replace("\\\\", "").replace('\\"', ""))
    return outside.count("{") + outside.count("[")


class _Repeated(dict):
    """An object of the file that names a field more than once (``fields``): it keeps the last
    value, as :func:`json.loads` does, and is refused. ``named`` says the checker met it."""

    __slots__ = ("fields", "named")

    def __init__(self, pairs: list[tuple[str, object]]):
        super().__init__(pairs)
        self.fields = tuple(key for key, n in Counter(key for key, _ in pairs).items() if n > 1)
        self.named = False


def _field_name(key: str) -> str:
    """A field's name as a problem shows it: cleaned as a name in a form, on one line, and cut
    at :data:`MAX_SHOWN_NAME` characters (a file's names are anyone's)."""
    name = one_line(tidy(key))
    return name if len(name) <= MAX_SHOWN_NAME else name[:MAX_SHOWN_NAME] + "…"


class _TooMany(Exception):
    """Raised by the checker once :data:`MAX_COUNTED` problems are found."""


class _Checker:
    """Walks an export document, collecting problems and building the journal."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.total = 0
        self._seen: dict[str, set[str]] = {kind: set() for kind in KIND_NAMES}
        self._value_keys = {key for value in builtin_values()
                            for key in confusables.look_alike_keys(value.name)}

    def journal(self, doc: dict) -> Journal:
        changes, checkins, answers, plans, corrections = [], [], [], [], []
        self.once(doc, "")
        # Parts of an invalid record are still checked, so the problems are listed at once (up
        # to MAX_COUNTED); the journal is only used when there are none.
        for i, raw in self.items(doc, "changes", "", required=True):
            where = f"change {i}"
            change = self.change(raw, where)
            if not isinstance(raw, dict):
                continue
            changes.append(change)
            change_uid = change.uid if change else ""
            for j, item in self.items(raw, "checkins", where):
                spot = f"{where}, check-in {j}"
                checkin = self.checkin(item, spot, change_uid)
                checkins.append(checkin)
                if isinstance(item, dict):
                    for n, answer in self.items(item, "answers", spot):
                        answers.append(self.answer(answer, f"{spot}, answer {n}", change_uid,
                                                   checkin.uid if checkin else ""))
            for n, answer in self.items(raw, "answers", where):
                answers.append(self.answer(answer, f"{where}, answer {n}", change_uid, None))
            versions: set[int] = set()
            for n, plan in self.items(raw, "plans", where):
                plans.append(self.plan(plan, f"{where}, plan {n}", change_uid, versions))
            sentences: set[str] = set()
            for n, fix in self.items(raw, "talk_corrections", where):
                corrections.append(self.correction(fix, f"{where}, label {n}", change_uid,
                                                   sentences))
        custom = [self.custom_value(v, f"value of your own {i}")
                  for i, v in self.items(doc, "custom_values", "")]
        if len(custom) > MAX_CUSTOM_VALUES:
            self.add("", f"The file has {len(custom):,} values of your own; a journal keeps at "
                         f"most {MAX_CUSTOM_VALUES}.")
        sorts = [self.value_sort(s, f"values sort {i}") for i, s in self.items(doc, "value_sorts", "")]
        return Journal(tuple(changes), tuple(checkins), tuple(answers), tuple(plans),
                       tuple(custom), tuple(sorts), tuple(corrections))

    # -- records ---------------------------------------------------------------------------

    def change(self, raw, where: str) -> ChangeRecord | None:
        if not self.is_object(raw, where):
            return None
        values = (self.uid(raw, where, "changes"),
                  self.text(raw, "title", where, MAX_TITLE_CHARS, blank=False, line=True),
                  self.text(raw, "why_now", where, MAX_TEXT_CHARS, default=""),
                  self.time(raw, "created_at", where),
                  self.time(raw, "archived_at", where, nullable=True))
        return None if _MISSING in values else ChangeRecord(*values)

    def checkin(self, raw, where: str, change_uid: str) -> CheckinRecord | None:
        if not self.is_object(raw, where):
            return None
        values = (self.uid(raw, where, "checkins"), change_uid,
                  self.time(raw, "created_at", where),
                  *(self.rating(raw, r.key, where) for r in RULERS))
        return None if _MISSING in values else CheckinRecord(*values)

    def answer(self, raw, where: str, change_uid: str,
               checkin_uid: str | None) -> AnswerRecord | None:
        if not self.is_object(raw, where):
            return None
        values = (self.uid(raw, where, "answers"), change_uid, checkin_uid,
                  self.text(raw, "prompt_id", where, MAX_PROMPT_ID_CHARS, blank=False),
                  self.text(raw, "question", where, MAX_TEXT_CHARS),
                  self.text(raw, "text", where, MAX_TEXT_CHARS),
                  self.text(raw, "subject", where, MAX_TEXT_CHARS, default=""),
                  self.time(raw, "created_at", where))
        return None if _MISSING in values else AnswerRecord(*values)

    def plan(self, raw, where: str, change_uid: str, versions: set[int]) -> PlanRecord | None:
        if not self.is_object(raw, where):
            return None
        version = raw.get("version", _MISSING)
        if version is _MISSING:
            self.add(where, "“version” is missing.")
        elif not _is_int(version) or version < 1:
            self.add(where, "“version” should be a whole number from 1 up.")
            version = _MISSING
        elif version > MAX_PLAN_VERSION:
            self.add(where, f"“version” should be a whole number from 1 to {MAX_PLAN_VERSION:,}.")
            version = _MISSING
        elif version in versions:
            self.add(where, f"version {version} appears twice for this change.")
        else:
            versions.add(version)
        values = (self.uid(raw, where, "plans"), change_uid, version,
                  self.time(raw, "created_at", where),
                  self.text(raw, "goal", where, MAX_TEXT_CHARS),
                  *(self.text(raw, key, where, MAX_TEXT_CHARS, default="")
                    for key in ("reasons", "steps", "helpers", "signs", "obstacles")))
        return None if _MISSING in values else PlanRecord(*values)

    def correction(self, raw, where: str, change_uid: str,
                   sentences: set[str]) -> CorrectionRecord | None:
        """A label the person set on a sentence: ``side`` one of :data:`talk.SIDES`, ``kind``
        one of the seven kinds of change talk or null, as the table's checks require."""
        if not self.is_object(raw, where):
            return None
        sentence = self.text(raw, "sentence", where, MAX_TEXT_CHARS, blank=False)
        if sentence is not _MISSING and sentence in sentences:
            self.add(where, "this sentence is labelled twice for this change.")
        sentences.add(sentence)
        side, kind = raw.get("side", _MISSING), raw.get("kind")
        if side is _MISSING:
            self.add(where, "“side” is missing.")
        elif side not in talk.SIDES:
            self.add(where, "“side” should be one of " + ", ".join(f"“{s}”" for s in talk.SIDES)
                     + ".")
            side = _MISSING
        if kind is not None and kind not in change_talk.KIND_ORDER:
            self.add(where, "“kind” should be empty or one of "
                     + ", ".join(f"“{k}”" for k in reversed(change_talk.KIND_ORDER)) + ".")
            kind = _MISSING
        elif side == "none" and kind is not None:
            self.add(where, "a label on side “none” has no “kind”.")
            kind = _MISSING
        elif side == "change" and kind is None:
            self.add(where, "a label on side “change” needs its “kind”.")
            kind = _MISSING
        values = (change_uid, sentence, side, kind, self.time(raw, "created_at", where))
        return None if _MISSING in values else CorrectionRecord(*values)

    def custom_value(self, raw, where: str) -> CustomValueRecord | None:
        if not self.is_object(raw, where):
            return None
        values = (self.uid(raw, where, "custom_values"),
                  self.text(raw, "name", where, MAX_NAME_CHARS, blank=False, line=True),
                  self.text(raw, "description", where, MAX_DESCRIPTION_CHARS, default=""),
                  self.time(raw, "created_at", where))
        if isinstance(values[1], str):  # one card per name in the deck, however it looks alike
            keys = confusables.look_alike_keys(values[1])
            if keys & self._value_keys:
                self.add(where, "its name is already in the deck (a value of the deck's own, "
                                "or another in this file), or looks like one that is.")
            self._value_keys |= keys
        return None if _MISSING in values else CustomValueRecord(*values)

    def value_sort(self, raw, where: str) -> ValueSortRecord | None:
        if not self.is_object(raw, where):
            return None
        cards, names, ranks = [], set(), set()
        for i, card in self.items(raw, "cards", where):
            spot = f"{where}, card {i}"
            if not self.is_object(card, spot):
                continue
            name = self.text(card, "value", spot, MAX_NAME_CHARS, blank=False, line=True)
            pile = card.get("pile", _MISSING)
            if pile not in PILES:
                self.add(spot, "“pile” should be one of " + ", ".join(f"“{p}”" for p in PILES)
                         + ".")
                pile = _MISSING
            rank = card.get("top_rank")
            if rank is not None and (not _is_int(rank) or rank not in TOP_RANKS):
                self.add(spot, "“top_rank” should be empty or a whole number from 1 to "
                               f"{TOP_RANKS[-1]}.")
                rank = _MISSING
            elif rank is not None and rank in ranks:
                self.add(spot, f"two values of this sort have place {rank} in the top five.")
            ranks.add(rank)
            if name is not _MISSING and name in names:
                self.add(spot, "this value appears twice in the same sort.")
            names.add(name)
            if _MISSING not in (name, pile, rank):
                cards.append(CardRecord(name, pile, rank))
        values = (self.uid(raw, where, "value_sorts"), self.time(raw, "started_at", where),
                  self.time(raw, "completed_at", where, nullable=True))
        return None if _MISSING in values else ValueSortRecord(*values, tuple(cards))

    # -- fields ----------------------------------------------------------------------------

    def add(self, where: str, message: str) -> None:
        self.total += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(f"{where[:1].upper()}{where[1:]}: {message}" if where else message)
        if self.total >= MAX_COUNTED:
            raise _TooMany

    def is_object(self, value, where: str) -> bool:
        if not isinstance(value, dict):
            self.add(where, "should be an object with named fields, in { }.")
            return False
        self.once(value, where)
        return True

    def once(self, obj: dict, where: str) -> None:
        """A problem for each field the object ``obj`` names more than once (at ``where``, or
        at the top of the file)."""
        if isinstance(obj, _Repeated):
            obj.named = True
            for key in obj.fields:
                self.add(where, f"“{_field_name(key)}” appears more than once"
                                f"{'' if where else ' at the top of the file'}; a field may "
                                "appear only once.")

    def repeated_elsewhere(self, repeated: list[_Repeated]) -> None:
        """A problem for each field named more than once in an object that is not a record
        (in “account”, say), once the records are checked."""
        for key in (key for obj in repeated if not obj.named for key in obj.fields):
            self.add("", f"“{_field_name(key)}” appears more than once in one object of the "
                         "file; a field may appear only once.")

    def items(self, obj: dict, key: str, where: str,
              required: bool = False) -> Iterator[tuple[int, object]]:
        """``(number from 1, item)`` of the list ``obj[key]`` (which may be left out when empty
        unless ``required``); a problem if it is not a list."""
        value = obj.get(key, _MISSING if required else [])
        if value is _MISSING:
            self.add(where, f"“{key}” is missing.")
            return iter(())
        if not isinstance(value, list):
            self.add(where, f"“{key}” should be a list, in [ ].")
            return iter(())
        return enumerate(value, start=1)

    def uid(self, obj: dict, where: str, kind: str):
        value = obj.get("id", _MISSING)
        if value is _MISSING:
            self.add(where, "“id” is missing.")
            return _MISSING
        if not isinstance(value, str) or not 0 < len(value) <= MAX_ID_CHARS \
                or not value.isprintable() or value != value.strip():
            self.add(where, f"“id” should be a short text (at most {MAX_ID_CHARS} characters).")
            return _MISSING
        if value in self._seen[kind]:
            self.add(where, f"its id is also used by another {KIND_NAMES[kind][0]} in this file.")
            return _MISSING
        self._seen[kind].add(value)
        return value

    def text(self, obj: dict, key: str, where: str, limit: int, *, blank: bool = True,
             default=_MISSING, line: bool = False):
        """The text ``obj[key]`` cleaned as the forms clean it (on one ``line`` for names)."""
        value = obj.get(key, default)
        if value is _MISSING:
            self.add(where, f"“{key}” is missing.")
            return _MISSING
        if not isinstance(value, str):
            self.add(where, f"“{key}” should be text, in quotes.")
            return _MISSING
        value = tidy(value)
        if not blank and not value:
            self.add(where, f"“{key}” is empty.")
        elif len(value) > limit:
            self.add(where, f"“{key}” is {len(value):,} characters long; the limit is {limit:,}.")
        else:
            return one_line(value) if line else value
        return _MISSING

    def time(self, obj: dict, key: str, where: str, *, nullable: bool = False):
        value = obj.get(key, None if nullable else _MISSING)
        if value is None and nullable:
            return None
        if value is _MISSING:
            self.add(where, f"“{key}” is missing.")
            return _MISSING
        try:
            moment = datetime.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            moment = None
        if moment is None:
            self.add(where, f"“{key}” should be a date and time like 2026-05-01T09:30:00+00:00.")
        elif moment.tzinfo is None:
            self.add(where, f"“{key}” has no time zone; times in the file are in UTC, like "
                            "2026-05-01T09:30:00+00:00.")
        elif moment < EARLIEST:
            self.add(where, f"“{key}” is before {EARLIEST:%Y-%m-%d} (UTC); times must fall "
                            f"between {EARLIEST:%Y-%m-%d} and a day from now.")
        elif moment > clock.now() + CLOCKS_DIFFER:
            self.add(where, f"“{key}” is {_utc_day(moment)} (UTC), more than a day from now; a "
                            "journal holds nothing dated in the future.")
        else:
            return clock.stamp(moment)
        return _MISSING

    def rating(self, obj: dict, key: str, where: str):
        value = obj.get(key, _MISSING)
        if value is _MISSING:
            self.add(where, f"“{key}” is missing.")
        elif _is_int(value) and value in SCALE:
            return value
        elif isinstance(value, int | float) and not isinstance(value, bool) \
                and 0 < abs(value) < 1e6:  # not 0.0, which may be 1e-999 as read
            self.add(where, f"“{key}” is {value}; ratings are whole numbers from 0 to 10.")
        else:
            self.add(where, f"“{key}” should be a whole number from 0 to 10.")
        return _MISSING


def _utc_day(moment: datetime) -> str:
    """The UTC day of an aware time, or its own day where UTC is past year 9999."""
    try:
        return f"{moment.astimezone(UTC):%Y-%m-%d}"
    except OverflowError:
        return f"{moment:%Y-%m-%d}"


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
