"""Queries behind the Excel exports: the roster streamed row by row, training records, and the
per-commune figures of the report sent upward.

The national roster is 500,000 rows: it is never loaded at once. :func:`stream` iterates a
query with SQLite's lazy cursor, or a PostgreSQL server-side (named) cursor, so memory stays
flat whatever the size. Rows come out as plain tuples; ``desktop/export_service.py`` turns them
into the writers' dataclasses.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import peewee as pw

from db.connection import database, is_postgres
from db.models import (
    AdminUnit,
    Membership,
    Person,
    Role,
    Team,
    TrainingCourse,
    TrainingRecord,
)
from db.scope import commune_ids_under, membership_active, teams_under, villages_under
from db.stats import CommuneCounts, commune_counts
from vn.dates import as_date

STREAM_BATCH = 2000
_cursor_numbers = itertools.count(1)


def stream(query: pw.SelectQuery, *, batch: int = STREAM_BATCH) -> Iterator[tuple]:
    """Iterate a query's rows as tuples without holding the result in memory.

    SQLite steps its cursor lazily already; psycopg fetches a whole result on ``execute``,
    so on PostgreSQL the query runs in a named (server-side) cursor inside a transaction and
    comes back ``batch`` rows at a time. Values are the driver's (dates may be ISO text on
    SQLite): callers convert with ``_as_date``.
    """
    db = database.obj
    if not is_postgres(db):
        # the DB-API cursor itself: peewee's row wrappers cost ~2x plain sqlite3 per row
        sql, params = query.sql()
        cursor = db.execute_sql(sql, params)
        try:
            yield from cursor
        finally:
            cursor.close()
        return
    sql, params = query.sql()
    with db.atomic():
        conn = db.connection()
        name = f"cnscd_stream_{next(_cursor_numbers)}"
        with conn.cursor(name=name) as cursor:
            cursor.itersize = batch
            cursor.execute(sql, params)
            while True:
                rows = cursor.fetchmany(batch)
                if not rows:
                    break
                yield from rows


# --- the roster -------------------------------------------------------------------------


@dataclass(frozen=True)
class RosterScope:
    """What a roster export covers: villages under a unit (None: everywhere), on a day."""

    unit_id: int | None
    on: dt.date
    team_id: int | None = None


# Positions of the values in a roster tuple (see roster_query)
R_DISTRICT, R_COMMUNE_ID, R_COMMUNE, R_VILLAGE_ID, R_VILLAGE = range(5)
(
    R_ROLE,
    R_RANK,
    R_NAME,
    R_BIRTH_DATE,
    R_BIRTH_YEAR,
    R_BIRTH_PREC,
    R_SEX,
    R_ETHNICITY,
    R_POSITION,
    R_ORGANISATION,
    R_PHONE,
    R_EMAIL,
    R_NOTE,
    R_YOUTH,
    R_TRAINED,
    R_CITIZEN_ID,
) = range(5, 21)
# With ``with_old_commune``: the commune a village was in before the 2025 reform, last.
R_OLD_COMMUNE = -1


def _roster_base(scope: RosterScope, columns) -> tuple[pw.SelectQuery, Any, Any, Any]:
    V = AdminUnit.alias("rv")
    C = AdminUnit.alias("rc")
    D = AdminUnit.alias("rd")
    query = (
        Membership.select(*columns(V, C, D))
        .join(Person, on=(Membership.person == Person.id))
        .switch(Membership)
        .join(Role, on=(Membership.role == Role.code))
        .switch(Membership)
        .join(Team, on=(Membership.team == Team.id))
        .join(V, on=(Team.village == V.id))
        .join(C, pw.JOIN.LEFT_OUTER, on=(V.parent == C.id))
        .join(D, pw.JOIN.LEFT_OUTER, on=((C.parent == D.id) & (D.level == "district")))
        .where(
            membership_active(scope.on)
            & ((Team.status != "dissolved") | (Team.dissolved_on > scope.on))
        )
    )
    if scope.team_id is not None:
        query = query.where(Membership.team == scope.team_id)
    villages = villages_under(scope.unit_id, current_only=False)
    if villages is not None:
        query = query.where(Team.village.in_(villages))
    return query, V, C, D


def roster_query(scope: RosterScope, *, with_citizen_id: bool,
                 with_old_commune: bool = False,
                 details: Sequence[str] = ()) -> pw.SelectQuery:
    """Every current member under the scope, in print order: district, commune, village
    (Vietnamese order, numbers natural), role rank, then given-name order. With
    ``with_old_commune``, the last value is the name of the commune the village was in
    before the 2025 reform ("" for a village that never moved). ``details``: more ``Person``
    columns by name (a detail declared in vn/person_fields.py that the roster shows), after
    all of these."""
    TR = TrainingRecord.alias("rt")
    trained = pw.fn.EXISTS(
        TR.select(pw.SQL("1")).where((TR.person == Person.id) & (TR.result == "hoan_thanh"))
    )

    def columns(V, C, D):
        cols = [
            D.name,
            C.id,
            C.name,
            V.id,
            V.name,
            Role.label,
            Role.rank,
            Person.full_name,
            Person.birth_date,
            Person.birth_year,
            Person.birth_precision,
            Person.sex,
            Person.ethnicity,
            Person.position,
            Person.organisation,
            Person.phone,
            Person.email,
            Person.note,
            Person.youth_union,
            trained,
        ]
        if with_citizen_id:
            cols.append(Person.citizen_id)
        if with_old_commune:
            from db.models import UnitParentHistory

            H = UnitParentHistory.alias("rh")
            O = AdminUnit.alias("ro")
            cols.append(
                O.select(O.name).join(H, on=(H.parent == O.id))
                .where((H.unit == V.id) & (H.reason == "reform2025"))
                .order_by(H.id.desc()).limit(1)
            )
        cols.extend(getattr(Person, name) for name in details)
        return cols

    query, V, C, D = _roster_base(scope, columns)
    return query.order_by(
        D.sort_key,
        D.id,
        C.sort_key,
        C.id,
        V.sort_key,
        V.id,
        Role.rank,
        Person.sort_key,
        Membership.id,
    )


def roster_count(scope: RosterScope) -> int:
    return _roster_base(scope, lambda V, C, D: [Membership.id])[0].count()


def roster_units(scope: RosterScope) -> tuple[int, int, int]:
    """(districts, communes, villages) with members in the scope: which section rows the
    roster needs (one commune: no commune sections)."""
    query = _roster_base(
        scope,
        lambda V, C, D: [
            pw.fn.COUNT(D.id.distinct()),
            pw.fn.COUNT(C.id.distinct()),
            pw.fn.COUNT(V.id.distinct()),
        ],
    )[0]
    row = query.tuples().first()
    return tuple(int(x or 0) for x in row) if row else (0, 0, 0)  # type: ignore[return-value]


# --- training ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AttendeeRow:
    person_id: int
    full_name: str
    birth_date: dt.date | None
    birth_year: int | None
    birth_precision: str | None
    sex: str | None
    result: str
    completed_on: dt.date | None
    certificate_no: str
    note: str


def _people_of_scope(unit_id: int | None) -> pw.SelectQuery | None:
    """People who are or were members of a team under the unit (None: no filter)."""
    if unit_id is None:
        return None
    M = Membership.alias("sm")
    return M.select(M.person).where(M.team.in_(teams_under(unit_id, include_dissolved=True)))


def course_attendees(course_id: int, unit_id: int | None, *, everyone: bool) -> list[AttendeeRow]:
    """Attendees of a course in given-name order; only people of the unit's teams unless
    ``everyone`` (the course is the unit's own)."""
    return list(iter_course_attendees(course_id, unit_id, everyone=everyone))


def iter_course_attendees(course_id: int, unit_id: int | None, *, everyone: bool
                          ) -> Iterator[AttendeeRow]:
    """:func:`course_attendees` streamed (a national course has ~170k attendees)."""
    query = (
        TrainingRecord.select(
            Person.id,
            Person.full_name,
            Person.birth_date,
            Person.birth_year,
            Person.birth_precision,
            Person.sex,
            TrainingRecord.result,
            TrainingRecord.completed_on,
            TrainingRecord.certificate_no,
            TrainingRecord.note,
        )
        .join(Person)
        .where(TrainingRecord.course == course_id)
    )
    people = _people_of_scope(unit_id)
    if people is not None and not everyone:
        query = query.where(Person.id.in_(people))
    for r in stream(query.order_by(Person.sort_key, Person.id)):
        yield AttendeeRow(r[0], r[1], as_date(r[2]), r[3], r[4], r[5], r[6], as_date(r[7]),
                          r[8] or "", r[9] or "")


def current_places(
    person_ids: Sequence[int], on: dt.date | None = None
) -> dict[int, tuple[str, str, str]]:
    """{person: (village, commune, role label)} of each person's current team (the first
    one when several), for the "Đơn vị" and "Vai trò" columns."""
    out: dict[int, tuple[str, str, str]] = {}
    V = AdminUnit.alias("pv")
    C = AdminUnit.alias("pc")
    ids = list(person_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = (
            Membership.select(Membership.person, V.name, C.name, Role.label)
            .join(Team, on=(Membership.team == Team.id))
            .join(V, on=(Team.village == V.id))
            .join(C, pw.JOIN.LEFT_OUTER, on=(V.parent == C.id))
            .switch(Membership)
            .join(Role, on=(Membership.role == Role.code))
            .where(
                Membership.person.in_(chunk) & membership_active(on) & (Team.status != "dissolved")
            )
            .order_by(Membership.person, Role.rank, Membership.id)
            .tuples()
        )
        for pid, village, commune, role in rows:
            out.setdefault(pid, (village or "", commune or "", role or ""))
    return out


def members_query(unit_id: int | None, on: dt.date) -> pw.SelectQuery:
    """Current members under a unit (one row per membership) in given-name order, for the
    per-person training export: (person id, name, birth date, year, precision, village,
    commune, role label)."""
    V = AdminUnit.alias("mv")
    C = AdminUnit.alias("mc")
    query = (
        Membership.select(
            Person.id,
            Person.full_name,
            Person.birth_date,
            Person.birth_year,
            Person.birth_precision,
            V.name,
            C.name,
            Role.label,
        )
        .join(Person, on=(Membership.person == Person.id))
        .switch(Membership)
        .join(Role, on=(Membership.role == Role.code))
        .switch(Membership)
        .join(Team, on=(Membership.team == Team.id))
        .join(V, on=(Team.village == V.id))
        .join(C, pw.JOIN.LEFT_OUTER, on=(V.parent == C.id))
        .where(membership_active(on) & (Team.status != "dissolved"))
    )
    villages = villages_under(unit_id, current_only=False)
    if villages is not None:
        query = query.where(Team.village.in_(villages))
    return query.order_by(Person.sort_key, Person.id, Role.rank, Membership.id)


def members_count(unit_id: int | None, on: dt.date) -> int:
    query = (
        Membership.select(Membership.person)
        .join(Team, on=(Membership.team == Team.id))
        .where(membership_active(on) & (Team.status != "dissolved"))
    )
    villages = villages_under(unit_id, current_only=False)
    if villages is not None:
        query = query.where(Team.village.in_(villages))
    return query.distinct().count()


@dataclass(frozen=True)
class PersonCourseRow:
    person_id: int
    title: str
    organiser: str
    form: str
    start_date: dt.date | None
    end_date: dt.date | None
    result: str
    completed_on: dt.date | None
    certificate_no: str
    note: str


def training_of_people(person_ids: Sequence[int]) -> dict[int, list[PersonCourseRow]]:
    """Each person's courses, oldest first."""
    out: dict[int, list[PersonCourseRow]] = {}
    ids = list(person_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = (
            TrainingRecord.select(
                TrainingRecord.person,
                TrainingCourse.title,
                TrainingCourse.organiser,
                TrainingCourse.form,
                TrainingCourse.start_date,
                TrainingCourse.end_date,
                TrainingRecord.result,
                TrainingRecord.completed_on,
                TrainingRecord.certificate_no,
                TrainingRecord.note,
            )
            .join(TrainingCourse)
            .where(TrainingRecord.person.in_(chunk))
            .order_by(
                TrainingRecord.person,
                TrainingCourse.start_date.asc(nulls="LAST"),
                TrainingCourse.id,
            )
            .tuples()
        )
        for r in rows:
            out.setdefault(r[0], []).append(
                PersonCourseRow(
                    r[0],
                    r[1],
                    r[2] or "",
                    r[3],
                    as_date(r[4]),
                    as_date(r[5]),
                    r[6],
                    as_date(r[7]),
                    r[8] or "",
                    r[9] or "",
                )
            )
    return out


# --- the report sent upward -------------------------------------------------------------


@dataclass(frozen=True)
class CommuneFigures:
    """One commune's row of the report; definitions as ``db/stats.py``."""

    commune_id: int
    commune_name: str
    district_id: int | None
    district_name: str
    villages: int
    villages_with_team: int
    teams: int
    members: int
    women: int
    youth_union: int
    trained: int
    decision_number: int | None
    decision_symbol: str
    decision_on: dt.date | None


def report_communes(unit_id: int | None, catalogue: str) -> list[tuple[int, str, int | None, str]]:
    """(commune id, name, district id, district name) of the communes the report lists, in
    order: district then commune (Vietnamese order).

    ``unit_id`` None lists every commune of the catalogue. Pre-2025 units ended on
    30/06/2025, yet an office keeping that catalogue still reports on them, so they are kept;
    retired communes of the 2025 catalogue are not.
    """
    C = AdminUnit.alias("qc")
    D = AdminUnit.alias("qd")
    query = (
        C.select(C.id, C.name, D.id, D.name)
        .join(D, pw.JOIN.LEFT_OUTER, on=((C.parent == D.id) & (D.level == "district")))
        .where(C.level == "commune")
    )
    if unit_id is not None:
        query = query.where(C.id.in_(commune_ids_under(unit_id)))
    else:
        query = query.where(C.catalogue == catalogue)
    if catalogue != "pre2025":
        query = query.where(C.valid_to.is_null() | (C.valid_to >= dt.date.today()))
    rows = query.order_by(D.sort_key, D.id, C.sort_key, C.id).tuples()
    return [(r[0], r[1], r[2], r[3] or "") for r in rows]


def commune_figures(communes: Sequence[tuple[int, str, int | None, str]]) -> list[CommuneFigures]:
    """The figures of each commune: :func:`db.stats.commune_counts`, the dashboard's own."""
    counts = commune_counts([c[0] for c in communes])
    out: list[CommuneFigures] = []
    for cid, name, district_id, district_name in communes:
        c = counts.get(cid) or CommuneCounts()
        out.append(CommuneFigures(
            commune_id=cid, commune_name=name, district_id=district_id,
            district_name=district_name, villages=c.villages,
            villages_with_team=c.villages_with_team, teams=c.teams, members=c.members,
            women=c.women, youth_union=c.youth_union, trained=c.trained,
            decision_number=c.decision_number, decision_symbol=c.decision_symbol,
            decision_on=c.decision_on))
    return out


