"""Queries over teams, memberships and roles; plain frozen dataclasses out.

Every row carries the labels a table paints (village, commune, leader, role label, latest
decision), joined in here in a fixed number of queries per call, never one per row.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from db.models import (
    AdminUnit,
    Decision,
    DecisionTeam,
    Membership,
    Person,
    Role,
    Team,
    TrainingRecord,
)
from db.scope import membership_active, teams_under, villages_under
from vn.dates import as_date, format_day


@dataclass(frozen=True)
class RoleInfo:
    code: str
    label: str
    rank: int
    is_leader: bool
    active: bool


@dataclass(frozen=True)
class TeamRow:
    id: int
    village_id: int
    village_name: str
    commune_name: str
    name: str
    status: str
    established_on: dt.date | None
    member_count: int
    leader_name: str | None
    latest_decision: str | None
    version: int
    commune_id: int | None = None
    dissolved_on: dt.date | None = None


@dataclass(frozen=True)
class MemberRow:
    membership_id: int
    person_id: int
    role: str
    role_label: str
    role_rank: int
    full_name: str
    birth: str  # "05/03/1990", "1990" or ""
    sex: str | None  # 'nam' | 'nu'
    ethnicity: str
    phone: str | None
    email: str | None
    position: str
    organisation: str
    youth_union: bool
    trained: bool
    start_date: dt.date | None
    end_date: dt.date | None
    version: int  # the membership's
    person_version: int = 1
    end_reason: str = ""
    team_id: int | None = None
    citizen_id: str | None = None  # only filled for actors allowed to see it
    note: str = ""

    @property
    def is_leader(self) -> bool:
        return self.role == "to_truong"


def birth_text(birth_date, birth_year, precision) -> str:
    d = as_date(birth_date)
    if d is not None and precision != "year":
        return format_day(d)
    if birth_year:
        return f"{int(birth_year):04d}"
    if d is not None:
        return f"{d.year:04d}"
    return ""


def decision_label(number, symbol, signed_on) -> str:
    """"103/QĐ-UBND ngày 29/11/2023" (a draft has no number: "Dự thảo")."""
    signed = as_date(signed_on)
    # ND30: numbers below 10 get a leading zero ("05/QĐ-UBND")
    head = f"{number:02d}/{symbol}" if number is not None else f"Dự thảo {symbol}"
    if signed is not None:
        head += f" ngày {format_day(signed)}"
    return head


# --- roles ----------------------------------------------------------------------------------


def list_roles(include_inactive: bool = False) -> list[RoleInfo]:
    query = Role.select(Role.code, Role.label, Role.rank, Role.is_leader, Role.active)
    if not include_inactive:
        query = query.where(Role.active == True)
    return [
        RoleInfo(code, label, rank, bool(leader), bool(active))
        for code, label, rank, leader, active in query.order_by(Role.rank, Role.code).tuples()
    ]


def get_role(code: str) -> RoleInfo | None:
    for role in list_roles(include_inactive=True):
        if role.code == code:
            return role
    return None


# --- teams ----------------------------------------------------------------------------------


def _latest_decisions(team_ids: list[int]) -> dict[int, str]:
    if not team_ids:
        return {}
    rows = (
        DecisionTeam.select(DecisionTeam.team, Decision.number, Decision.symbol, Decision.signed_on)
        .join(Decision)
        .where(DecisionTeam.team.in_(team_ids) & (Decision.status == "issued"))
        .order_by(DecisionTeam.team, Decision.signed_on.desc(), Decision.id.desc())
        .tuples()
    )
    out: dict[int, str] = {}
    for team_id, number, symbol, signed_on in rows:
        out.setdefault(team_id, decision_label(number, symbol, signed_on))
    return out


def _member_counts(team_ids: list[int], on: dt.date | None = None) -> dict[int, int]:
    if not team_ids:
        return {}
    return dict(
        Membership.select(Membership.team, pw.fn.COUNT(Membership.id))
        .where(Membership.team.in_(team_ids) & membership_active(on))
        .group_by(Membership.team)
        .tuples()
    )


def _leaders(team_ids: list[int], on: dt.date | None = None) -> dict[int, str]:
    if not team_ids:
        return {}
    rows = (
        Membership.select(Membership.team, Person.full_name)
        .join(Person)
        .switch(Membership)
        .join(Role, on=(Membership.role == Role.code))
        .where(Membership.team.in_(team_ids) & membership_active(on) & (Role.is_leader == True))
        .order_by(Membership.team, Membership.start_date.desc(), Membership.id.desc())
        .tuples()
    )
    out: dict[int, str] = {}
    for team_id, name in rows:
        out.setdefault(team_id, name)
    return out


def team_rows(
    *,
    unit_id: int | None = None,
    ids: list[int] | None = None,
    include_dissolved: bool = False,
) -> list[TeamRow]:
    """Teams under a unit (any level; None = all) or exactly ``ids``, commune then village order."""
    V = AdminUnit.alias("tv")
    C = AdminUnit.alias("tc")
    query = (
        Team.select(
            Team.id, Team.village, V.name, C.name, Team.name, Team.status, Team.established_on,
            Team.version, C.id, Team.dissolved_on,
        )
        .join(V, on=(Team.village == V.id))
        .join(C, pw.JOIN.LEFT_OUTER, on=(V.parent == C.id))
    )
    if ids is not None:
        query = query.where(Team.id.in_(ids))
    villages = villages_under(unit_id, current_only=False)
    if villages is not None:
        query = query.where(Team.village.in_(villages))
    if not include_dissolved:
        query = query.where(Team.status != "dissolved")
    rows = list(query.order_by(C.sort_key, V.sort_key, Team.id).tuples())
    team_ids = [r[0] for r in rows]
    sizes = _member_counts(team_ids)
    leaders = _leaders(team_ids)
    decisions = _latest_decisions(team_ids)
    return [
        TeamRow(
            id=r[0],
            village_id=r[1],
            village_name=r[2],
            commune_name=r[3] or "",
            name=r[4],
            status=r[5],
            established_on=as_date(r[6]),
            member_count=sizes.get(r[0], 0),
            leader_name=leaders.get(r[0]),
            latest_decision=decisions.get(r[0]),
            version=r[7],
            commune_id=r[8],
            dissolved_on=as_date(r[9]),
        )
        for r in rows
    ]


# Sort orders of a team list, done in SQL over stored keys (Vietnamese collation lives in
# ``sort_key``, written with each unit), so a page needs no other rows. The team's own name
# has no stored key: it follows its village's (names default to "Tổ CNSCĐ <village>").
TEAM_SORTS = ("place", "name", "village", "commune", "status", "established", "members")
_STATUS_RANK = {"active": 0, "planned": 1, "dissolved": 2}


def _team_list_query(unit_id: int | None, include_dissolved: bool, V, C) -> pw.SelectQuery:
    query = (
        Team.select()
        .join(V, on=(Team.village == V.id))
        .join(C, pw.JOIN.LEFT_OUTER, on=(V.parent == C.id))
    )
    villages = villages_under(unit_id, current_only=False)
    if villages is not None:
        query = query.where(Team.village.in_(villages))
    if not include_dissolved:
        query = query.where(Team.status != "dissolved")
    return query


def _members_of(team_field) -> pw.SelectQuery:
    M = Membership.alias("mc")
    return M.select(pw.fn.COUNT(M.id)).where((M.team == team_field) & membership_active(model=M))


def team_page(
    unit_id: int | None,
    *,
    offset: int = 0,
    limit: int = 50,
    sort: str = "place",
    descending: bool = False,
    include_dissolved: bool = False,
) -> list[TeamRow]:
    """One page of the teams under a unit, sorted in SQL; labels joined for that page only."""
    if sort not in TEAM_SORTS:
        raise ValueError(f"unknown team sort: {sort}")
    V = AdminUnit.alias("tv")
    C = AdminUnit.alias("tc")
    place = [C.sort_key, V.sort_key]
    keys = {
        "place": place,
        "name": [V.sort_key, C.sort_key],
        "village": [V.sort_key, C.sort_key],
        "commune": place,
        "status": [pw.Case(Team.status, list(_STATUS_RANK.items()), 3), *place],
        "established": [Team.established_on, *place],
        "members": [_members_of(Team.id), *place],
    }[sort]
    order = [pw.Ordering(k, "DESC" if descending else "ASC") for k in keys]
    if sort == "established":  # undated teams last either way
        order.insert(0, Team.established_on.is_null())
    order.append(Team.id.desc() if descending else Team.id.asc())
    ids = [
        r[0]
        for r in _team_list_query(unit_id, include_dissolved, V, C)
        .select(Team.id)
        .order_by(*order)
        .limit(max(0, limit))
        .offset(max(0, offset))
        .tuples()
    ]
    if not ids:
        return []
    by_id = {r.id: r for r in team_rows(ids=ids, include_dissolved=True)}
    return [by_id[i] for i in ids if i in by_id]


@dataclass(frozen=True)
class TeamSummary:
    teams: int
    members: int
    without_leader: int  # of the teams not dissolved


def team_summary(unit_id: int | None, *, include_dissolved: bool = False) -> TeamSummary:
    """Counts for a team list's footer, in SQL (no rows loaded)."""
    teams = teams_under(unit_id, include_dissolved=include_dissolved).count()
    in_scope = teams_under(unit_id, include_dissolved=include_dissolved)
    members = (
        Membership.select()
        .where(Membership.team.in_(in_scope) & membership_active())
        .count()
    )
    M = Membership.alias("ml")
    R = Role.alias("rl")
    # Correlated, so each team in scope is one probe of membership(team_id, end_date);
    # NOT IN over every leader membership in the country cost ~140 ms per commune switch.
    leader_of_team = (
        M.select(pw.SQL("1"))
        .join(R, on=(M.role == R.code))
        .where((M.team == Team.id) & membership_active(model=M) & (R.is_leader == True))
    )
    without = (
        Team.select()
        .where(
            Team.id.in_(teams_under(unit_id, include_dissolved=False))
            & ~pw.fn.EXISTS(leader_of_team)
        )
        .count()
    )
    return TeamSummary(teams, members, without)


def team_row(team_id: int) -> TeamRow | None:
    rows = team_rows(ids=[team_id], include_dissolved=True)
    return rows[0] if rows else None


def open_team_of_village(village_id: int) -> int | None:
    row = (
        Team.select(Team.id)
        .where((Team.village == village_id) & (Team.status != "dissolved"))
        .tuples()
        .first()
    )
    return row[0] if row else None


# --- members --------------------------------------------------------------------------------


def _trained(person_ids: list[int]) -> set[int]:
    if not person_ids:
        return set()
    return {
        r[0]
        for r in TrainingRecord.select(TrainingRecord.person)
        .where(TrainingRecord.person.in_(person_ids) & (TrainingRecord.result == "hoan_thanh"))
        .distinct()
        .tuples()
    }


_MEMBER_COLUMNS = (
    Membership.id, Membership.person, Membership.role, Role.label, Role.rank,
    Person.full_name, Person.birth_date, Person.birth_year, Person.birth_precision,
    Person.sex, Person.ethnicity, Person.phone, Person.email, Person.position,
    Person.organisation, Person.youth_union, Membership.start_date, Membership.end_date,
    Membership.version, Person.version, Membership.end_reason, Membership.team,
    Person.citizen_id, Membership.note,
)


def member_rows(
    *,
    team_id: int | None = None,
    ids: list[int] | None = None,
    on: dt.date | None = None,
    history: bool = False,
    with_citizen_id: bool = False,
) -> list[MemberRow]:
    """Members of a team on a day (today), or every membership ever (``history``).

    Ordered by role rank, then the Vietnamese given-name order of ``person.sort_key``;
    history puts current members first, then ended ones by end date, latest first.
    """
    query = (
        Membership.select(*_MEMBER_COLUMNS)
        .join(Person)
        .switch(Membership)
        .join(Role, on=(Membership.role == Role.code))
    )
    if team_id is not None:
        query = query.where(Membership.team == team_id)
    if ids is not None:
        query = query.where(Membership.id.in_(ids))
    if not history and ids is None:
        query = query.where(membership_active(on))
    if history:
        ended = pw.Case(None, ((Membership.end_date.is_null(), 0),), 1)
        query = query.order_by(
            ended, Membership.end_date.desc(), Role.rank, Person.sort_key, Membership.id
        )
    else:
        query = query.order_by(Role.rank, Person.sort_key, Membership.id)
    rows = list(query.tuples())
    trained = _trained(list({r[1] for r in rows}))
    return [
        MemberRow(
            membership_id=r[0],
            person_id=r[1],
            role=r[2],
            role_label=r[3],
            role_rank=r[4],
            full_name=r[5],
            birth=birth_text(r[6], r[7], r[8]),
            sex=r[9],
            ethnicity=r[10],
            phone=r[11],
            email=r[12],
            position=r[13],
            organisation=r[14],
            youth_union=bool(r[15]),
            trained=r[1] in trained,
            start_date=as_date(r[16]),
            end_date=as_date(r[17]),
            version=r[18],
            person_version=r[19],
            end_reason=r[20],
            team_id=r[21],
            citizen_id=r[22] if with_citizen_id else None,
            note=r[23],
        )
        for r in rows
    ]


def member_row(membership_id: int, *, with_citizen_id: bool = False) -> MemberRow | None:
    rows = member_rows(ids=[membership_id], with_citizen_id=with_citizen_id)
    return rows[0] if rows else None


def open_leader_memberships(team_id: int, exclude_id: int | None = None) -> list[tuple]:
    """(membership id, start, end) of leader rows that are not ended, or end in the future."""
    query = (
        Membership.select(Membership.id, Membership.start_date, Membership.end_date)
        .join(Role, on=(Membership.role == Role.code))
        .where((Membership.team == team_id) & (Role.is_leader == True))
    )
    if exclude_id is not None:
        query = query.where(Membership.id != exclude_id)
    return list(query.tuples())


def suggestions(column: str, limit: int = 2000) -> list[str]:
    """Distinct values of ``person.position`` / ``person.organisation``, most used first."""
    field = {"position": Person.position, "organisation": Person.organisation}[column]
    rows = (
        Person.select(field, pw.fn.COUNT(Person.id).alias("n"))
        .where(field > "")  # a range on the index, skipping the many blanks
        .group_by(field)
        .order_by(pw.SQL("n").desc(), field)
        .limit(limit)
        .tuples()
    )
    return [r[0] for r in rows]
