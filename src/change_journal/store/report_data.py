"""One read of what the printable report shows, for any number of changes.

A fixed number of statements whatever the number of changes or the length of the history: the
account, its active changes, then the check-ins and answers of the chosen ones from the start of
the report's period, every version of their plans (the current plan is shown whatever the
period), every completed values sort, and the person's own change-talk labels. The report's
computing is done on these rows by pure functions (:mod:`change_journal.report`).

Usage::

    rows = read_report_data(db, user_id, change_ids=None, since="2026-03-01T00:00:00+00:00")
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlite_utils import Database

from change_journal.store.answers import AnswerRow
from change_journal.store.changes import Change, list_changes
from change_journal.store.checkins import CheckinRow
from change_journal.store.plans import FIELDS, PlanRow
from change_journal.store.users import get_user
from change_journal.store.values import SnapshotRow, snapshots

CheckinAnswer = tuple[int, str, str, str]
"""``(checkin_id, prompt_id, question, text)``, as :func:`checkins.checkin_answers` gives."""
KeptReading = tuple[int | None, str | None, str | None]
"""``(talk_version, talk_marks, talk_lead)`` kept with an answer's reading (see
:class:`.answers.LatestRow`)."""
CorrectionRow = tuple[str, str, str | None]
"""``(sentence, side, kind)``, as :func:`talk.list_corrections` gives."""


@dataclass(frozen=True)
class ReportData:
    """The rows the report is computed from; the per-change maps are keyed by change id."""

    username: str
    changes: tuple[Change, ...]
    """The chosen active changes, in the order :func:`changes.list_changes` gives."""
    active: tuple[Change, ...]
    """Every active change, chosen or not: names that look alike are numbered among them, as
    the report's picker numbers them."""
    checkins: dict[int, tuple[CheckinRow, ...]] = field(default_factory=dict)
    """Check-ins from ``since`` on, oldest first."""
    checkin_answers: dict[int, tuple[CheckinAnswer, ...]] = field(default_factory=dict)
    """Answers given in those check-ins, in the order they were saved."""
    checkin_readings: dict[int, tuple[KeptReading, ...]] = field(default_factory=dict)
    """What each of those answers' reading kept, in the same order."""
    answers: dict[int, tuple[AnswerRow, ...]] = field(default_factory=dict)
    """Exploration answers (not part of a check-in) from ``since`` on, oldest first."""
    plans: dict[int, tuple[PlanRow, ...]] = field(default_factory=dict)
    """Every version of the plan, oldest first, whatever ``since``."""
    snapshots: tuple[SnapshotRow, ...] = ()
    """Every completed values sort, oldest first, with its top values."""
    corrections: dict[int, tuple[CorrectionRow, ...]] = field(default_factory=dict)
    """The person's labels on their own sentences, oldest first."""


def read_report_data(db: Database, user_id: int, change_ids: Sequence[int] | None = None,
                     since: str | None = None) -> ReportData | None:
    """What the report shows for the person's active changes (only ``change_ids`` when given),
    from ``since`` on; None when the account no longer exists."""
    account = get_user(db, user_id)
    if account is None:
        return None
    active = tuple(list_changes(db, user_id))
    chosen = tuple(c for c in active if change_ids is None or c.id in change_ids)
    if not chosen:
        return ReportData(account.username, chosen, active, snapshots=tuple(snapshots(db, user_id)))
    ids = [c.id for c in chosen]
    among = f"user_id = ? AND change_id IN ({', '.join('?' * len(ids))})"
    checkins: dict[int, list[CheckinRow]] = {i: [] for i in ids}
    for change_id, *row in db.execute(
        "SELECT change_id, id, created_at, importance, confidence, readiness FROM checkins"
        f" WHERE {among} AND created_at >= ? ORDER BY created_at, id",
        [user_id, *ids, since or ""],
    ).fetchall():
        checkins[change_id].append(CheckinRow(*row))
    in_checkins: dict[int, list[CheckinAnswer]] = {i: [] for i in ids}
    readings: dict[int, list[KeptReading]] = {i: [] for i in ids}
    exploring: dict[int, list[AnswerRow]] = {i: [] for i in ids}
    for change_id, checkin_id, answer_id, prompt_id, question, subject, text, at, *kept in db.execute(
        "SELECT change_id, checkin_id, id, prompt_id, question, subject, text, created_at,"
        f" talk_version, talk_marks, talk_lead FROM answers WHERE {among} AND created_at >= ?"
        " ORDER BY id",
        [user_id, *ids, since or ""],
    ).fetchall():
        if checkin_id is None:
            exploring[change_id].append(AnswerRow(answer_id, prompt_id, question, subject, text, at))
        else:
            in_checkins[change_id].append((checkin_id, prompt_id, question, text))
            readings[change_id].append(tuple(kept))
    plans: dict[int, list[PlanRow]] = {i: [] for i in ids}
    for change_id, plan_id, version, at, *texts in db.execute(
        f"SELECT change_id, id, version, created_at, {', '.join(FIELDS)} FROM plans"
        f" WHERE {among} ORDER BY version",
        [user_id, *ids],
    ).fetchall():
        plans[change_id].append(PlanRow(plan_id, version, at, dict(zip(FIELDS, texts, strict=True))))
    corrections: dict[int, list[CorrectionRow]] = {i: [] for i in ids}
    for change_id, *row in db.execute(
        f"SELECT change_id, sentence, side, kind FROM talk_corrections WHERE {among}"
        " ORDER BY created_at, id",
        [user_id, *ids],
    ).fetchall():
        corrections[change_id].append(tuple(row))
    return ReportData(
        username=account.username,
        changes=chosen,
        active=active,
        checkins={i: tuple(rows) for i, rows in checkins.items()},
        checkin_answers={i: tuple(rows) for i, rows in in_checkins.items()},
        checkin_readings={i: tuple(rows) for i, rows in readings.items()},
        answers={i: tuple(sorted(rows, key=lambda a: (a.created_at, a.id)))
                 for i, rows in exploring.items()},
        plans={i: tuple(rows) for i, rows in plans.items()},
        snapshots=tuple(snapshots(db, user_id)),
        corrections={i: tuple(rows) for i, rows in corrections.items()},
    )
