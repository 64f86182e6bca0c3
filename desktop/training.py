"""Training: courses (tập huấn), attendance added in bulk by unit or team, results.

A course belongs to the unit that runs it (a commune, the province's Sở KH&CN...). A
clerk writes courses of units in their scope, and records attendance and results of the
people in their scope on any course (a commune sends its members to the province's
course). "Trained" everywhere in the app means a ``hoan_thanh`` result.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from db import people as people_queries
from db import training as training_queries
from db.connection import write_transaction
from db.models import TrainingCourse, TrainingRecord, utcnow
from db.people import TrainingInfo
from db.training import FORM_LABELS, RESULT_LABELS, CourseRow, RecordRow
from desktop import errors_domain as E
from desktop._common import (
    as_dict,
    audit,
    check_write,
    error,
    in_scope,
    path_ids,
    raise_if_errors,
    refuse,
)
from desktop.context import Actor
from desktop.errors_domain import NotFound, StaleRecord
from desktop.permissions import PermissionDenied
from desktop.teams import team_row
from desktop.validation import TEXT_TOO_LONG, Problem, parse_day, text_problems
from vn.text import clean_text, fold

__all__ = [
    "FORMS",
    "RESULTS",
    "CourseRow",
    "RecordRow",
    "TrainingInfo",
    "add_attendees",
    "attendees_for_team",
    "attendees_for_unit",
    "course_record_counts",
    "course_records",
    "create_course",
    "get_course",
    "list_courses",
    "person_training",
    "remove_attendees",
    "set_result",
    "update_course",
]

FORMS = dict(FORM_LABELS)  # code -> label
RESULTS = dict(RESULT_LABELS)
COURSE_FIELDS = ("title", "organiser", "form", "platform", "start_date", "end_date", "place",
                 "hours", "unit_id", "note")
_LIMITS = {"title": 300, "organiser": 200, "platform": 200, "place": 200}


# --- reading --------------------------------------------------------------------------------


def list_courses(unit_id: int | None = None) -> list[CourseRow]:
    """Courses for a unit (its own, its ancestors', those under it, and unassigned ones)."""
    return training_queries.course_rows(unit_id)


def get_course(course_id: int) -> CourseRow:
    row = training_queries.course_row(course_id)
    if row is None:
        raise NotFound("course", course_id)
    return row


def course_records(course_id: int, *, limit: int | None = None, offset: int = 0,
                   after: RecordRow | None = None, expected: int | None = None
                   ) -> list[RecordRow]:
    """A course's attendance in Vietnamese name order; one page when ``limit`` is given:
    after ``offset`` rows, or after the row ``after`` (the last row of the page before,
    as quick on the 300th page of a national course as on the first). ``expected``: the
    attendee count the caller already has (``CourseRow.attendees``), to pick the plan."""
    get_course(course_id)
    key = (after.sort_key, after.person_id) if after is not None else None
    return training_queries.record_rows(course_id, limit=limit, offset=offset, after=key,
                                        expected=expected)


def course_record_counts(course_id: int) -> tuple[int, int]:
    """(attendees, completed) without loading the records."""
    return training_queries.record_counts(course_id)


def person_training(person_id: int) -> list[TrainingInfo]:
    """A person's courses, latest first, with results and certificates."""
    return people_queries.person_training(person_id)


def attendees_for_unit(unit_id: int) -> list[int]:
    """Ids of the people currently in the teams under a unit, in name order (for bulk add)."""
    return training_queries.current_member_ids(unit_id=unit_id)


def attendees_for_team(team_id: int) -> list[int]:
    team_row(team_id)
    return training_queries.current_member_ids(team_id=team_id)


# --- courses --------------------------------------------------------------------------------


def _form_code(raw: Any) -> str | None:
    if raw in (None, ""):
        return "truc_tiep"
    key = fold(str(raw)).replace(" ", "_")
    for code, label in FORMS.items():
        if key in (code, fold(label).replace(" ", "_")):
            return code
    return None


def _hours(raw: Any) -> tuple[Decimal | None, list[Problem]]:
    if raw in (None, ""):
        return None, []
    try:
        value = Decimal(str(raw).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        return None, [error("hours", E.COURSE_HOURS_INVALID, value=str(raw))]
    if not value.is_finite() or value < 0 or value > Decimal(9999):
        return None, [error("hours", E.COURSE_HOURS_INVALID, value=str(raw))]
    return value.quantize(Decimal("0.1")), []


def course_problems(values: dict) -> list[Problem]:
    """What is wrong with a course's values as typed (title, dates as typed, hours…): the
    rules ``create_course``/``update_course`` apply, for a form to show while the clerk types."""
    return _course_values(values, None)[1]


def _course_values(values: dict, actor: Actor | None) -> tuple[dict, list[Problem]]:
    problems: list[Problem] = []
    out: dict[str, Any] = {}
    for key in ("title", "organiser", "platform", "place"):
        text = clean_text(values.get(key) if isinstance(values.get(key), str)
                          else str(values.get(key) or ""))
        problems += text_problems(key, text, _LIMITS[key], name=key == "title")
        out[key] = text
    if not out["title"]:
        problems.append(error("title", E.COURSE_TITLE_REQUIRED))
    form = _form_code(values.get("form"))
    if form is None:
        problems.append(error("form", E.COURSE_FORM_INVALID, value=str(values.get("form"))))
    out["form"] = form or "truc_tiep"
    out["start_date"], found = parse_day(values.get("start_date"), "start_date")
    problems += found
    out["end_date"], found = parse_day(values.get("end_date"), "end_date")
    problems += found
    if out["start_date"] and out["end_date"] and out["end_date"] < out["start_date"]:
        problems.append(error("end_date", E.DATE_ORDER, start=out["start_date"],
                              end=out["end_date"]))
    out["hours"], found = _hours(values.get("hours"))
    problems += found
    unit_id = values.get("unit_id", actor.scope_unit_id if actor is not None else None)
    out["unit"] = int(unit_id) if unit_id not in (None, "") else None
    out["note"] = str(values.get("note") or "").strip()
    out["search_key"] = fold(f"{out['title']} {out['organiser']}")[:300]
    return out, problems


def create_course(actor: Actor, values: dict) -> CourseRow:
    """A course: ``title`` (required), ``organiser``, ``form`` (code or label: "Trực tuyến"),
    ``platform``, ``start_date``/``end_date`` (dates or dd/mm/yyyy), ``place``, ``hours``,
    ``unit_id`` (who runs it; default the actor's scope), ``note``."""
    data, problems = _course_values(values, actor)
    raise_if_errors(problems)
    check_write(actor, data["unit"])
    with write_transaction():
        now = utcnow()
        course_id = TrainingCourse.insert(
            **data, version=1, created_at=now, updated_at=now
        ).execute()
        row = get_course(course_id)
        audit(actor, "create", "course", course_id, unit_id=data["unit"], after=row)
    return row


def update_course(
    actor: Actor, course_id: int, values: dict, expected_version: int
) -> CourseRow:
    before = get_course(course_id)
    check_write(actor, before.unit_id)
    merged = {
        "title": before.title, "organiser": before.organiser, "form": before.form,
        "platform": before.platform, "start_date": before.start_date,
        "end_date": before.end_date, "place": before.place, "hours": before.hours,
        "unit_id": before.unit_id, "note": before.note,
    }
    merged.update({k: v for k, v in values.items() if k in COURSE_FIELDS})
    data, problems = _course_values(merged, actor)
    raise_if_errors(problems)
    if data["unit"] != before.unit_id:
        check_write(actor, data["unit"])
    with write_transaction():
        changed = (
            TrainingCourse.update(**data, version=TrainingCourse.version + 1,
                                  updated_at=utcnow())
            .where((TrainingCourse.id == course_id)
                   & (TrainingCourse.version == expected_version))
            .execute()
        )
        if not changed:
            raise StaleRecord("course", course_id, as_dict(training_queries.course_row(course_id)))
        after = get_course(course_id)
        audit(actor, "update", "course", course_id, unit_id=data["unit"], before=before,
              after=after)
    return after


# --- attendance -----------------------------------------------------------------------------


def _check_people_write(actor: Actor, course: CourseRow, person_ids: list[int]) -> None:
    """Writers of the course's unit may record anyone; others only people in their scope."""
    if not actor.can_write:
        raise PermissionDenied("perm.read_only", username=actor.username)
    if actor.role == "admin" or actor.scope_unit_id is None:
        return
    if course.unit_id is not None and actor.scope_unit_id in path_ids(course.unit_id):
        return
    for person_id in person_ids:
        units = people_queries.person_unit_ids(person_id)
        if not any(in_scope(actor, u) for u in units):
            raise PermissionDenied("perm.out_of_scope", username=actor.username)


def add_attendees(actor: Actor, course_id: int, person_ids: list[int]) -> int:
    """Register people on a course (result ``dang_ky``); people already on it are skipped.

    Returns how many were added. All or nothing: an unknown person id refuses the lot.
    """
    course = get_course(course_id)
    wanted = list(dict.fromkeys(int(p) for p in person_ids))
    _check_people_write(actor, course, wanted)
    with write_transaction():
        known = training_queries.existing_people(wanted)
        missing = [p for p in wanted if p not in known]
        if missing:
            raise NotFound("person", missing[0])
        already = training_queries.existing_attendees(course_id, wanted)
        new = [p for p in wanted if p not in already]
        now = utcnow()
        rows = [
            {"course": course_id, "person": p, "result": "dang_ky", "certificate_no": "",
             "note": "", "version": 1, "created_at": now, "updated_at": now}
            for p in new
        ]
        for start in range(0, len(rows), 500):
            TrainingRecord.insert_many(rows[start : start + 500]).execute()
        if new:
            audit(actor, "create", "training_record", None, unit_id=course.unit_id,
                  after={"course_id": course_id, "person_ids": new}, note="bulk")
    return len(new)


def remove_attendees(actor: Actor, course_id: int, record_ids: list[int]) -> int:
    """Take registrations off a course (a mistaken bulk add). Returns how many went."""
    course = get_course(course_id)
    records = [r for r in training_queries.record_rows(course_id) if r.id in set(record_ids)]
    _check_people_write(actor, course, [r.person_id for r in records])
    if not records:
        return 0
    with write_transaction():
        count = (
            TrainingRecord.delete()
            .where((TrainingRecord.course == course_id)
                   & TrainingRecord.id.in_([r.id for r in records]))
            .execute()
        )
        audit(actor, "delete", "training_record", None, unit_id=course.unit_id,
              before={"course_id": course_id, "records": [as_dict(r) for r in records]})
    return count


def set_result(
    actor: Actor,
    record_id: int,
    result: str,
    completed_on: dt.date | None = None,
    certificate_no: str = "",
    *,
    expected_version: int,
) -> RecordRow:
    """Record a result (``dang_ky`` | ``hoan_thanh`` | ``khong_dat`` | ``vang``; labels such
    as "Hoàn thành" are read too). A completion without a date takes the course's end
    (or start) date; other results clear the date."""
    before = training_queries.record_row(record_id)
    if before is None:
        raise NotFound("training_record", record_id)
    course = get_course(before.course_id)
    _check_people_write(actor, course, [before.person_id])
    code = _result_code(result)
    if code is None:
        raise refuse("result", E.RESULT_INVALID, value=str(result))
    day, problems = parse_day(completed_on, "completed_on")
    raise_if_errors(problems)
    certificate = clean_text(certificate_no or "")
    if len(certificate) > 60:
        raise refuse("certificate_no", TEXT_TOO_LONG, length=len(certificate), max=60)
    if code == "hoan_thanh":
        day = day or course.end_date or course.start_date
    else:
        day = None
    with write_transaction():
        query = TrainingRecord.update(
            result=code, completed_on=day, certificate_no=certificate,
            version=TrainingRecord.version + 1, updated_at=utcnow(),
        ).where((TrainingRecord.id == record_id)
                & (TrainingRecord.version == expected_version))
        if not query.execute():
            raise StaleRecord("training_record", record_id,
                              as_dict(training_queries.record_row(record_id)))
        after = training_queries.record_row(record_id)
        if after is None:
            raise NotFound("training_record", record_id)
        audit(actor, "update", "training_record", record_id, unit_id=course.unit_id,
              before=before, after=after)
    return after


def _result_code(raw: Any) -> str | None:
    key = fold(str(raw or "")).replace(" ", "_")
    for code, label in RESULTS.items():
        if key in (code, fold(label).replace(" ", "_")):
            return code
    return None

