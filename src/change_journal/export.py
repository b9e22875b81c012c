"""Export of one person's journal: the versioned JSON document and a CSV of check-ins.

The JSON format is documented in ``docs/export-format.md``; :data:`FORMAT_VERSION` changes
whenever a reader of the previous version could no longer read it. Every record carries its
stable ``id`` (a UUID) and UTC ISO-8601 timestamps, so :mod:`change_journal.importer` can bring
the file back into any database, as often as needed, without duplicates.

Usage::

    data = export_json(db, user_id)      # bytes of the JSON document
    table = export_csv(db, user_id)      # bytes of the check-ins CSV
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from datetime import datetime
from itertools import chain, count

from sqlite_utils import Database

from change_journal import __version__, clock, prompt_ids
from change_journal.rulers import RULERS, number_asked
from change_journal.store import users
from change_journal.store.portability import Journal, read_journal

FORMAT = "change-journal-export"
FORMAT_VERSION = 1
CSV_BASE_COLUMNS = ("checkin_id", "change_id", "change", "created_at",
                    *(r.key for r in RULERS))
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a CSV cell as a formula (OWASP's list)."""


def document(journal: Journal, username: str, role: str, created_at: str,
             exported_at: str) -> dict:
    """The export document (format version :data:`FORMAT_VERSION`) for ``journal``."""
    checkins, answers, exploration, plans, labels = (defaultdict(list) for _ in range(5))
    for checkin in journal.checkins:
        checkins[checkin.change_uid].append(checkin)
    for answer in journal.answers:
        entry = {"id": answer.uid, "prompt_id": answer.prompt_id, "question": answer.question,
                 "text": answer.text, "subject": answer.subject, "created_at": answer.created_at}
        if answer.checkin_uid:
            answers[answer.checkin_uid].append(entry)
        else:
            exploration[answer.change_uid].append(entry)
    for plan in journal.plans:
        plans[plan.change_uid].append({
            "id": plan.uid, "version": plan.version, "created_at": plan.created_at,
            "goal": plan.goal, "reasons": plan.reasons, "steps": plan.steps,
            "helpers": plan.helpers, "signs": plan.signs, "obstacles": plan.obstacles,
        })
    for fix in journal.talk_corrections:  # the person's own change-talk labels (talk.correct)
        labels[fix.change_uid].append({"sentence": fix.sentence, "side": fix.side,
                                       "kind": fix.kind, "created_at": fix.created_at})
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": exported_at,
        "app_version": __version__,
        "account": {"username": username, "role": role, "created_at": created_at},
        "changes": [
            {
                "id": change.uid, "title": change.title, "why_now": change.why_now,
                "created_at": change.created_at, "archived_at": change.archived_at,
                "checkins": [
                    {"id": k.uid, "created_at": k.created_at, "importance": k.importance,
                     "confidence": k.confidence, "readiness": k.readiness,
                     "answers": answers[k.uid]}
                    for k in checkins[change.uid]
                ],
                "answers": exploration[change.uid],
                "plans": plans[change.uid],
                "talk_corrections": labels[change.uid],
            }
            for change in journal.changes
        ],
        "custom_values": [
            {"id": v.uid, "name": v.name, "description": v.description,
             "created_at": v.created_at}
            for v in journal.custom_values
        ],
        "value_sorts": [
            {"id": s.uid, "started_at": s.started_at, "completed_at": s.completed_at,
             "cards": [{"value": c.value_name, "pile": c.pile, "top_rank": c.top_rank}
                       for c in s.cards]}
            for s in journal.value_sorts
        ],
    }


def export_document(db: Database, user_id: int, now: datetime | None = None) -> dict:
    """The acting user's whole journal as an export document."""
    account = users.get_user(db, user_id)
    if account is None:
        raise LookupError("This account no longer exists.")
    return document(read_journal(db, user_id), account.username, account.role,
                    account.created_at, clock.stamp(now))


def to_json(doc: dict) -> bytes:
    """The document as UTF-8 JSON, indented so a person can read it."""
    return json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def export_json(db: Database, user_id: int, now: datetime | None = None) -> bytes:
    """The acting user's whole journal as the bytes of a JSON export file."""
    return to_json(export_document(db, user_id, now))


def checkins_csv(journal: Journal) -> bytes:
    """One row per check-in, oldest first: ids, change title, UTC time, ratings, answers, and
    the numbers the rulers' follow-up answers were written for.

    Ratings are numbers; each check-in prompt has a column named after its prompt id
    (``checkin.importance.why_not_lower`` becomes ``importance_why_not_lower``). A rating changed
    after its questions were answered keeps the words, saved with the question they answered:
    ``importance_written_for`` (one per ruler) is the number that question asked about. The
    file is UTF-8 with a byte-order mark, so spreadsheet programs show accents correctly; no
    cell can be read as a formula (:func:`spreadsheet_safe`).
    """
    titles = {c.uid: c.title for c in journal.changes}
    ratings = {k.uid: {r.key: getattr(k, r.key) for r in RULERS} for k in journal.checkins}
    words: dict[str, dict[str, str]] = defaultdict(dict)
    written_for: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for answer in journal.answers:
        if answer.checkin_uid in ratings:
            words[answer.checkin_uid][answer.prompt_id] = answer.text
            if parsed := prompt_ids.parse(answer.prompt_id):
                rating = ratings[answer.checkin_uid][parsed[0]]
                written_for[answer.checkin_uid][parsed[0]].add(
                    number_asked(answer.prompt_id, answer.question, rating))
    seen = {p for texts in words.values() for p in texts}
    prompts = [*prompt_ids.CHECKIN_PROMPTS, *sorted(seen - set(prompt_ids.CHECKIN_PROMPTS))]
    out = io.StringIO()
    writer = csv.writer(out)

    def write(*cells: object) -> None:
        writer.writerow([spreadsheet_safe(cell) for cell in cells])

    written_for_columns = [f"{r.key}_written_for" for r in RULERS]
    write(*CSV_BASE_COLUMNS, *_columns(prompts, {*CSV_BASE_COLUMNS, *written_for_columns}),
          *written_for_columns)
    for k in journal.checkins:
        numbers = [" and ".join(map(str, sorted(written_for[k.uid][r.key]))) for r in RULERS]
        write(k.uid, k.change_uid, titles[k.change_uid], k.created_at,
              k.importance, k.confidence, k.readiness, *(words[k.uid].get(p, "") for p in prompts),
              *numbers)
    return out.getvalue().encode("utf-8-sig")


def spreadsheet_safe(cell: object) -> object:
    """``cell``, with a leading apostrophe when it is text a spreadsheet would read as a formula
    (it starts with one of :data:`FORMULA_TRIGGERS`), as OWASP advises against CSV injection."""
    return f"'{cell}" if isinstance(cell, str) and cell.startswith(FORMULA_TRIGGERS) else cell


def export_csv(db: Database, user_id: int) -> bytes:
    """The acting user's check-ins as the bytes of a CSV file."""
    return checkins_csv(read_journal(db, user_id))


def file_name(username: str, extension: str, now: datetime | None = None) -> str:
    """A download name such as ``change-journal-river-2026-06-01.json``."""
    day = (now or clock.now()).strftime("%Y-%m-%d")
    return f"change-journal-{username}-{day}.{extension}"


def _columns(prompts: list[str], taken: set[str]) -> list[str]:
    """A column name per prompt id, none repeating another or one of ``taken``: the short name
    (``checkin.importance.zero`` -> ``importance_zero``), else the whole id, else it numbered (an
    imported prompt id may be named like a fixed column: ``checkin.importance``)."""
    names = []
    for prompt_id in prompts:
        short = prompt_id.removeprefix("checkin.").replace(".", "_")
        numbered = (f"{prompt_id}_{i}" for i in count(2))
        name = next(n for n in chain((short, prompt_id), numbered) if n not in taken)
        taken.add(name)
        names.append(name)
    return names
