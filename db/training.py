"""Queries over training courses and attendance records; plain dataclasses out."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import peewee as pw

from db.models import AdminUnit, Membership, Person, Team, TrainingCourse, TrainingRecord
from db.scope import communes_under, membership_active, villages_under
from db.teams import birth_text
from db.units import path_to_root
from vn.dates import as_date

RESULT_LABELS = {
    "dang_ky": "Đăng ký",
    "hoan_thanh": "Hoàn thành",
    "khong_dat": "Không đạt",
    "vang": "Vắng",
}
FORM_LABELS = {"truc_tiep": "Trực tiếp", "truc_tuyen": "Trực tuyến", "ket_hop": "Kết hợp"}


@dataclass(frozen=True)
class CourseRow:
    id: int
    title: str
    organiser: str
    form: str
    form_label: str
    platform: str
    start_date: dt.date | None
    end_date: dt.date | None
    place: str
    hours: Decimal | None
    unit_id: int | None
    unit_name: str
    attendees: int
    completed: int
    note: str
    version: int


@dataclass(frozen=True)
class RecordRow:
    id: int
    course_id: int
    person_id: int
    full_name: str
    birth: str
    sex: str | None
    team_name: str | None
    village_name: str | None
    commune_name: str | None
    result: str
    result_label: str
    completed_on: dt.date | None
    certificate_no: str
    note: str
    version: int


def _record_count(*where: pw.Expression) -> pw.SelectQuery:
    """A correlated COUNT of the current course's records: a range of the
    ``training_record(course_id, result)`` index, counted without visiting the table."""
    R = TrainingRecord.alias("cr")
    return R.select(pw.fn.COUNT(R.id)).where((R.course == TrainingCourse.id), *where)


def course_rows(unit_id: int | None = None, ids: list[int] | None = None) -> list[CourseRow]:
    """Courses run for a unit: by it, by an ancestor (the province's courses reach its
    communes), by a commune or district under it, or with no unit; latest first."""
    U = AdminUnit.alias("cu")
    R = TrainingRecord.alias("cr")
    # Completed = attendees - the others: the others are the short index ranges on either
    # side of 'hoan_thanh' (~15% of a course), where counting the completions themselves
    # would walk most of a national course's 150k entries a second time.
    query = TrainingCourse.select(
        TrainingCourse.id, TrainingCourse.title, TrainingCourse.organiser, TrainingCourse.form,
        TrainingCourse.platform, TrainingCourse.start_date, TrainingCourse.end_date,
        TrainingCourse.place, TrainingCourse.hours, TrainingCourse.unit, U.name,
        TrainingCourse.note, TrainingCourse.version,
        _record_count(),
        _record_count(R.result < "hoan_thanh"),
        _record_count(R.result > "hoan_thanh"),
    ).join(U, pw.JOIN.LEFT_OUTER, on=(TrainingCourse.unit == U.id))
    if ids is not None:
        query = query.where(TrainingCourse.id.in_(ids))
    if unit_id is not None:
        path = [u.id for u in path_to_root(unit_id)]
        children = AdminUnit.select(AdminUnit.id).where(AdminUnit.parent == unit_id)
        query = query.where(
            TrainingCourse.unit.is_null()
            | TrainingCourse.unit.in_(path)
            | TrainingCourse.unit.in_(children)
            | TrainingCourse.unit.in_(communes_under(unit_id))
        )
    rows = list(
        query.order_by(
            TrainingCourse.start_date.desc(nulls="LAST"), TrainingCourse.id.desc()
        ).tuples()
    )
    return [
        CourseRow(
            id=r[0], title=r[1], organiser=r[2], form=r[3], form_label=FORM_LABELS.get(r[3], r[3]),
            platform=r[4], start_date=as_date(r[5]), end_date=as_date(r[6]), place=r[7],
            hours=Decimal(str(r[8])) if r[8] is not None else None, unit_id=r[9],
            unit_name=r[10] or "", attendees=int(r[13] or 0),
            completed=int(r[13] or 0) - int(r[14] or 0) - int(r[15] or 0), note=r[11],
            version=r[12],
        )
        for r in rows
    ]


def course_row(course_id: int) -> CourseRow | None:
    rows = course_rows(ids=[course_id])
    return rows[0] if rows else None


def record_rows(course_id: int | None = None, ids: list[int] | None = None, *,
                limit: int | None = None, offset: int = 0) -> list[RecordRow]:
    """Attendance of a course in Vietnamese name order, with each person's current team;
    ``limit``/``offset`` give one page (a national course holds ~170k records)."""
    query = (
        TrainingRecord.select(
            TrainingRecord.id, TrainingRecord.course, TrainingRecord.person, Person.full_name,
            Person.birth_date, Person.birth_year, Person.birth_precision, Person.sex,
            TrainingRecord.result, TrainingRecord.completed_on, TrainingRecord.certificate_no,
            TrainingRecord.note, TrainingRecord.version,
        )
        .join(Person)
    )
    if course_id is not None:
        query = query.where(TrainingRecord.course == course_id)
    if ids is not None:
        query = query.where(TrainingRecord.id.in_(ids))
    query = query.order_by(Person.sort_key, Person.id)
    if limit is not None:
        query = query.limit(limit).offset(offset)
    rows = list(query.tuples())
    teams = _current_teams([r[2] for r in rows])
    out = []
    for r in rows:
        t = teams.get(r[2], (None, None, None))
        out.append(
            RecordRow(
                id=r[0], course_id=r[1], person_id=r[2], full_name=r[3],
                birth=birth_text(r[4], r[5], r[6]), sex=r[7], team_name=t[0],
                village_name=t[1], commune_name=t[2], result=r[8],
                result_label=RESULT_LABELS.get(r[8], r[8]), completed_on=as_date(r[9]),
                certificate_no=r[10], note=r[11], version=r[12],
            )
        )
    return out


def record_row(record_id: int) -> RecordRow | None:
    rows = record_rows(ids=[record_id])
    return rows[0] if rows else None


def _current_teams(person_ids: list[int]) -> dict[int, tuple[str, str, str]]:
    if not person_ids:
        return {}
    V = AdminUnit.alias("rv")
    C = AdminUnit.alias("rc")
    out: dict[int, tuple[str, str, str]] = {}
    for start in range(0, len(person_ids), 500):
        chunk = person_ids[start : start + 500]
        rows = (
            Membership.select(Membership.person, Team.name, V.name, C.name)
            .join(Team, on=(Membership.team == Team.id))
            .join(V, on=(Team.village == V.id))
            .join(C, pw.JOIN.LEFT_OUTER, on=(V.parent == C.id))
            .where(Membership.person.in_(chunk) & membership_active())
            .order_by(Membership.person, Membership.id)
            .tuples()
        )
        for pid, team, village, commune in rows:
            out.setdefault(pid, (team, village, commune or ""))
    return out


def existing_attendees(course_id: int, person_ids: list[int]) -> set[int]:
    found: set[int] = set()
    for start in range(0, len(person_ids), 500):
        chunk = person_ids[start : start + 500]
        found |= {
            r[0]
            for r in TrainingRecord.select(TrainingRecord.person)
            .where((TrainingRecord.course == course_id) & TrainingRecord.person.in_(chunk))
            .tuples()
        }
    return found


def existing_people(person_ids: list[int]) -> set[int]:
    found: set[int] = set()
    for start in range(0, len(person_ids), 500):
        chunk = person_ids[start : start + 500]
        found |= {r[0] for r in Person.select(Person.id).where(Person.id.in_(chunk)).tuples()}
    return found


def current_member_ids(
    *, unit_id: int | None = None, team_id: int | None = None
) -> list[int]:
    """People currently in a non-dissolved team (of a unit, or one team), in name order."""
    query = (
        Person.select(Person.id)
        .join(Membership, on=(Membership.person == Person.id))
        .join(Team, on=(Membership.team == Team.id))
        .where(membership_active() & (Team.status != "dissolved"))
    )
    if team_id is not None:
        query = query.where(Team.id == team_id)
    villages = villages_under(unit_id, current_only=False)
    if villages is not None:
        query = query.where(Team.village.in_(villages))
    rows = query.group_by(Person.id, Person.sort_key).order_by(Person.sort_key, Person.id)
    return [r[0] for r in rows.tuples()]


def record_counts(course_id: int) -> tuple[int, int]:
    """(attendees, completed) of a course, counted on the (course_id, result) index."""
    total = TrainingRecord.select().where(TrainingRecord.course == course_id).count()
    done = (TrainingRecord.select()
            .where((TrainingRecord.course == course_id) & (TrainingRecord.result == "hoan_thanh"))
            .count())
    return total, done
