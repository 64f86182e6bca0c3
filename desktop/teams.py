"""Teams (one per village) and their members: create, change status, add, edit, end.

Rules held here and in the database:
- at most one non-dissolved team per village (partial unique index
  ``team_one_open_per_village``; its IntegrityError becomes a Problem);
- one Tổ trưởng at a time (partial unique index ``membership_one_open_leader`` on open
  leader rows; the service also refuses overlapping leader periods);
- team size outside the office's ``team_size`` setting (default 3-10) and a missing
  Tổ trưởng are warnings, never refusals: a team is entered member by member.

Membership dates: ``start_date`` is the first day as a member (None: since the team
began, unknown); ``end_date`` is the first day no longer a member, so a successor can
start the day the predecessor ends. A roster at a date is a query (:func:`team_members`).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import peewee as pw

from db import people as people_queries
from db import teams as team_queries
from db.connection import database, write_transaction
from db.models import Membership, Team, utcnow
from db.scope import membership_active
from db.teams import TEAM_SORTS, MemberRow, RoleInfo, TeamRow, TeamSummary
from db.units import get_unit
from desktop import errors_domain as E
from desktop._common import (
    as_dict,
    audit,
    check_write,
    error,
    raise_if_errors,
    refuse,
    team_size_range,
    warning,
)
from desktop.context import Actor
from desktop.errors_domain import NotFound, StaleRecord, ValidationFailed
from desktop.people import completing_values, person_columns
from desktop.validation import Problem, parse_day, text_problems, validate_person
from vn.dates import as_date
from vn.names import default_team_name
from vn.text import clean_text, fold

__all__ = [
    "TEAM_SORTS",
    "TEAM_STATUSES",
    "AddResult",
    "MemberRow",
    "RoleInfo",
    "TeamDetail",
    "TeamRow",
    "TeamSummary",
    "add_member",
    "create_team",
    "default_team_name",
    "end_membership",
    "get_team",
    "list_teams",
    "list_teams_page",
    "membership_history",
    "roles",
    "set_team_status",
    "suggestions",
    "team_members",
    "team_problems",
    "team_summary",
    "update_member",
]

TEAM_STATUSES = ("planned", "active", "dissolved")
TEAM_NAME_MAX = 200


@dataclass(frozen=True)
class TeamDetail:
    id: int
    village_id: int
    village_name: str
    commune_id: int | None
    commune_name: str
    name: str
    status: str
    established_on: dt.date | None
    dissolved_on: dt.date | None
    note: str
    latest_decision: str | None
    leader_name: str | None
    version: int
    members: tuple[MemberRow, ...]
    problems: tuple[Problem, ...]  # team-level warnings (leader, size)

    @property
    def member_count(self) -> int:
        return len(self.members)


@dataclass(frozen=True)
class AddResult:
    member: MemberRow
    warnings: tuple[Problem, ...]  # the person's validation warnings, matching, team-level
    matched_by: str | None = None  # None: a new person; 'citizen_id' | 'phone_name' | 'chosen'


# --- names and lookups ----------------------------------------------------------------------


def team_row(team_id: int) -> TeamRow:
    """The team as the team list shows it; ``NotFound`` when there is none."""
    row = team_queries.team_row(team_id)
    if row is None:
        raise NotFound("team", team_id)
    return row


def _role(code: str) -> RoleInfo:
    role = team_queries.get_role(code or "")
    if role is None or not role.active:
        raise refuse("role", E.ROLE_UNKNOWN, value=code)
    return role


# --- teams ----------------------------------------------------------------------------------


def list_teams(unit_id: int | None, include_dissolved: bool = False) -> list[TeamRow]:
    """Teams of the villages under a unit (a commune or any ancestor; None: everywhere)."""
    return team_queries.team_rows(unit_id=unit_id, include_dissolved=include_dissolved)


def list_teams_page(
    unit_id: int | None,
    *,
    offset: int = 0,
    limit: int = 50,
    sort: str = "place",
    descending: bool = False,
    include_dissolved: bool = False,
) -> list[TeamRow]:
    """One page of ``list_teams``, sorted in SQL over stored keys (``TEAM_SORTS``): a
    province or the whole country answers a page without loading every team."""
    return team_queries.team_page(
        unit_id, offset=offset, limit=limit, sort=sort, descending=descending,
        include_dissolved=include_dissolved,
    )


def team_summary(unit_id: int | None, include_dissolved: bool = False) -> TeamSummary:
    """How many teams (and current members, teams without a leader) ``list_teams`` holds."""
    return team_queries.team_summary(unit_id, include_dissolved=include_dissolved)


def _open_team_problem(village_name: str, team_id: int | None) -> Problem:
    return error("village", E.TEAM_VILLAGE_HAS_TEAM, value=village_name, team_id=team_id)


def _is_open_team_conflict(exc: pw.IntegrityError) -> bool:
    text = str(exc)
    return "team_one_open_per_village" in text or "team.village_id" in text


def create_team(
    actor: Actor,
    village_id: int,
    name: str | None = None,
    established_on: dt.date | None = None,
) -> TeamRow:
    """A team for a village: ``planned`` until established (``active`` when a date is given)."""
    village = get_unit(village_id)
    if village is None or village.level != "village":
        raise NotFound("village", village_id)
    check_write(actor, village.id)
    if not village.active:
        raise refuse("village", E.VILLAGE_RETIRED, value=village.name)
    team_name = clean_text(name) or default_team_name(village.name)
    found = text_problems("name", team_name, TEAM_NAME_MAX)
    if found:
        raise ValidationFailed(found)
    established, problems = parse_day(established_on, "established_on")
    raise_if_errors(problems)
    try:
        with write_transaction():
            existing = team_queries.open_team_of_village(village.id)
            if existing is not None:
                raise ValidationFailed([_open_team_problem(village.name, existing)])
            now = utcnow()
            team_id = Team.insert(
                village=village.id,
                name=team_name,
                status="active" if established else "planned",
                established_on=established,
                note="",
                version=1,
                created_at=now,
                updated_at=now,
            ).execute()
            row = team_row(team_id)
            audit(actor, "create", "team", team_id, unit_id=village.id, after=row)
    except pw.IntegrityError as exc:  # another clerk created one in between
        if _is_open_team_conflict(exc):
            raise ValidationFailed(
                [_open_team_problem(village.name, team_queries.open_team_of_village(village.id))]
            ) from exc
        raise
    return row


def dissolve_team_rows(
    team_id: int, on_date: dt.date, reason: str = "", expected_version: int | None = None
) -> int:
    """Mark a team dissolved and end its memberships still open on that day; returns the
    number of memberships ended.

    A building block of the use cases that dissolve teams (:func:`set_team_status`,
    ``units.merge_villages``): it runs inside the caller's write transaction, and the caller
    has checked the actor's rights and writes the audit row. ``StaleRecord`` when
    ``expected_version`` no longer matches.
    """
    query = Team.update(
        status="dissolved", dissolved_on=on_date, version=Team.version + 1, updated_at=utcnow()
    ).where(Team.id == team_id)
    if expected_version is not None:
        query = query.where(Team.version == expected_version)
    if not query.execute():
        raise StaleRecord("team", team_id, as_dict(team_queries.team_row(team_id)))
    ended = (
        Membership.update(
            end_date=on_date,
            end_reason=reason or "Giải thể Tổ",
            version=Membership.version + 1,
            updated_at=utcnow(),
        )
        .where(
            (Membership.team == team_id)
            & (Membership.end_date.is_null() | (Membership.end_date > on_date))
            & (Membership.start_date.is_null() | (Membership.start_date <= on_date))
        )
        .execute()
    )
    # Memberships that would only start after the dissolution never happen.
    Membership.update(
        end_date=Membership.start_date, end_reason=reason or "Giải thể Tổ",
        version=Membership.version + 1, updated_at=utcnow(),
    ).where(
        (Membership.team == team_id) & (Membership.start_date > on_date)
        & Membership.end_date.is_null()
    ).execute()
    return ended


def join_moved_members(team_id: int, people: list[tuple[int, str]], on_date: dt.date) -> int:
    """Members of a dissolved team join ``team_id`` (village merge); leaders step down
    to ordinary members when the team already has one, people already in it are skipped.

    Like :func:`dissolve_team_rows`, inside the caller's transaction, rights and audit."""
    present = {
        r[0]
        for r in Membership.select(Membership.person)
        .where((Membership.team == team_id) & membership_active(on_date))
        .tuples()
    }
    has_leader = bool(_open_leaders(team_id, on_date))
    now = utcnow()
    added = 0
    for person_id, role in people:
        if person_id in present:
            continue
        role_info = team_queries.get_role(role)
        if role_info is None or (role_info.is_leader and has_leader):
            role = "thanh_vien"
        elif role_info.is_leader:
            has_leader = True
        Membership.insert(
            team=team_id, person=person_id, role=role, start_date=on_date, end_reason="",
            note="", version=1, created_at=now, updated_at=now,
        ).execute()
        present.add(person_id)
        added += 1
    return added


def set_team_status(
    actor: Actor,
    team_id: int,
    status: str,
    expected_version: int,
    on_date: dt.date | None = None,
) -> TeamRow:
    """Planned -> active (``established_on`` = on_date, or kept), -> dissolved (``dissolved_on``
    = on_date, today by default; open memberships end that day), dissolved -> active/planned
    again when the village has no other open team."""
    if status not in TEAM_STATUSES:
        raise refuse("status", E.TEAM_STATUS_INVALID, value=status)
    team = team_row(team_id)
    check_write(actor, team.village_id)
    day, problems = parse_day(on_date, "on_date")
    raise_if_errors(problems)
    try:
        with write_transaction():
            before = team_row(team_id)
            if before.version != expected_version:
                raise StaleRecord("team", team_id, as_dict(before))
            values: dict[str, Any] = {"status": status}
            if status == "dissolved":
                if before.status == "dissolved":
                    raise refuse("status", E.TEAM_ALREADY_DISSOLVED, value=before.name)
                when = day or dt.date.today()
                if before.established_on and when < before.established_on:
                    raise refuse("on_date", E.DATE_BEFORE_START, value=when,
                                 start=before.established_on)
                dissolve_team_rows(team_id, when, expected_version=expected_version)
            else:
                if before.status == "dissolved":
                    other = team_queries.open_team_of_village(before.village_id)
                    if other is not None:
                        raise ValidationFailed([_open_team_problem(before.village_name, other)])
                    values["dissolved_on"] = None
                if status == "active" and (day or not before.established_on):
                    values["established_on"] = day or before.established_on or dt.date.today()
                _bump_team(team_id, expected_version, values)
            after = team_row(team_id)
            audit(actor, "status", "team", team_id, unit_id=team.village_id,
                  before=before, after=after)
    except pw.IntegrityError as exc:
        if _is_open_team_conflict(exc):
            raise ValidationFailed(
                [_open_team_problem(team.village_name,
                                    team_queries.open_team_of_village(team.village_id))]
            ) from exc
        raise
    return after


def _bump_team(team_id: int, expected_version: int, values: dict) -> None:
    changed = (
        Team.update(version=Team.version + 1, updated_at=utcnow(), **values)
        .where((Team.id == team_id) & (Team.version == expected_version))
        .execute()
    )
    if not changed:
        raise StaleRecord("team", team_id, as_dict(team_queries.team_row(team_id)))


def team_members(team_id: int, at: dt.date | None = None) -> list[MemberRow]:
    """The roster on a day (today): role rank, then Vietnamese given-name order."""
    return team_queries.member_rows(team_id=team_id, on=at)


def membership_history(team_id: int) -> list[MemberRow]:
    """Every membership the team ever had: current ones first, then ended, latest first."""
    return team_queries.member_rows(team_id=team_id, history=True)


def team_problems(members: list[MemberRow] | tuple[MemberRow, ...]) -> list[Problem]:
    """Team-level warnings for a roster: not exactly one Tổ trưởng, size outside the range."""
    problems: list[Problem] = []
    leader_codes = {r.code for r in team_queries.list_roles(include_inactive=True) if r.is_leader}
    leaders = [m for m in members if m.role in leader_codes]
    if not leaders:
        problems.append(warning("team", E.TEAM_NO_LEADER))
    elif len(leaders) > 1:
        problems.append(
            warning("team", E.TEAM_MANY_LEADERS, count=len(leaders),
                    names=", ".join(m.full_name for m in leaders))
        )
    low, high = team_size_range()
    size = len(members)
    if size < low:
        problems.append(warning("team", E.TEAM_TOO_SMALL, count=size, min=low, max=high))
    elif size > high:
        problems.append(warning("team", E.TEAM_TOO_LARGE, count=size, min=low, max=high))
    return problems


def get_team(team_id: int) -> TeamDetail:
    row = team_row(team_id)
    members = tuple(team_members(team_id))
    note = Team.select(Team.note).where(Team.id == team_id).scalar() or ""
    problems = tuple(team_problems(members)) if row.status != "dissolved" else ()
    return TeamDetail(
        id=row.id,
        village_id=row.village_id,
        village_name=row.village_name,
        commune_id=row.commune_id,
        commune_name=row.commune_name,
        name=row.name,
        status=row.status,
        established_on=row.established_on,
        dissolved_on=row.dissolved_on,
        note=note,
        latest_decision=row.latest_decision,
        leader_name=row.leader_name,
        version=row.version,
        members=members,
        problems=problems,
    )


# --- members --------------------------------------------------------------------------------


def _open_leaders(team_id: int, start: dt.date | None, exclude_id: int | None = None):
    """Leader memberships whose period overlaps one starting ``start`` (today) with no end."""
    day = start or dt.date.today()
    return [
        (mid, s, e)
        for mid, s, e in team_queries.open_leader_memberships(team_id, exclude_id)
        if (end := as_date(e)) is None or end > day
    ]


def _leader_problem(team_id: int, start: dt.date | None, exclude_id: int | None = None):
    clash = _open_leaders(team_id, start, exclude_id)
    if not clash:
        return []
    current = team_queries.member_row(clash[0][0])
    return [
        error("role", E.MEMBER_SECOND_LEADER,
              leader=current.full_name if current else "", membership_id=clash[0][0])
    ]


def _is_leader_conflict(exc: pw.IntegrityError) -> bool:
    text = str(exc)
    return "membership_one_open_leader" in text or "membership.team_id" in text


def _match_person(
    cleaned: dict, chosen_id: Any, team_id: int | None = None, on: dt.date | None = None
) -> tuple[int | None, str | None, list[Problem]]:
    """The existing person these details are: chosen in the form, else the one matcher of
    ``desktop.person_match`` (citizen ID, phone + name, same-team name); None: a new person."""
    from desktop.person_match import Candidate, PersonMatcher

    if chosen_id not in (None, ""):
        found = people_queries.person_values(int(chosen_id))
        if found is None:
            raise NotFound("person", chosen_id)
        cid = cleaned.get("citizen_id")
        if cid and found.get("citizen_id") != cid:
            other = people_queries.find_by_citizen_id(cid)
            if other is not None and other[0] != found["id"]:
                return None, None, [_cid_taken(cid, other[0])]
        return found["id"], "chosen", []
    candidate = Candidate.from_cleaned(cleaned, team_id)
    match = PersonMatcher([candidate], on).match(candidate)
    return match.person_id, match.by, [match.problem] if match.problem else []


def _cid_taken(cid: str, other_id: int) -> Problem:
    other = people_queries.person_values(other_id) or {}
    return error("citizen_id", E.CITIZEN_ID_TAKEN, value=cid, person_id=other_id,
                 other_name=other.get("full_name", ""))


def add_member(
    actor: Actor,
    team_id: int,
    values: dict,
    role: str,
    start_date: dt.date | None = None,
) -> AddResult:
    """Add a person to a team with a role, creating the person or reusing a match.

    ``values`` holds the person fields as typed (``full_name, sex, birth, ethnicity,
    phone, email, citizen_id, position, organisation, youth_union, note``) and may name
    ``person_id`` when the clerk picked an existing person. A person already in the system
    is matched by citizen ID, else by phone + name; their record is completed with what was
    typed (blanks never erase) and a ``person.matched`` warning says so.
    """
    team = team_row(team_id)
    check_write(actor, team.village_id)
    if team.status == "dissolved":
        raise refuse("team", E.TEAM_DISSOLVED, value=team.name)
    role_info = _role(role)
    cleaned, problems = validate_person(values)
    start, date_problems = parse_day(start_date, "start_date")
    problems += date_problems
    raise_if_errors(problems)
    typed = person_columns(cleaned, values.get("note"))
    try:
        with write_transaction():
            person_id, matched_by, match_problems = _match_person(
                cleaned, values.get("person_id"), team_id, start
            )
            problems += match_problems
            if person_id is not None and team_id in people_queries.active_team_ids(
                person_id, start
            ):
                problems.append(
                    error("full_name", E.MEMBER_DUPLICATE, value=cleaned["full_name"])
                )
            if role_info.is_leader:
                problems += _leader_problem(team_id, start)
            raise_if_errors(problems)

            if person_id is None:
                now = utcnow()
                person_id = people_queries.insert_person(
                    {**typed, "note": typed.get("note", ""), "version": 1,
                     "created_at": now, "retired": False}
                )
                person_before = None
            else:
                person_before = people_queries.person_values(person_id)
                if person_before is None:
                    raise NotFound("person", person_id)
                other_teams = [
                    t for t in people_queries.active_team_ids(person_id) if t != team_id
                ]
                problems.append(
                    warning("full_name", E.PERSON_MATCHED, person_id=person_id,
                            by=matched_by, name=person_before["full_name"],
                            other_teams=len(other_teams))
                )
                changes = completing_values(person_before, typed)
                if len(changes) > 1:  # more than updated_at
                    people_queries.update_person(person_id, changes)
            now = utcnow()
            with database.atomic():
                membership_id = Membership.insert(
                    team=team_id, person=person_id, role=role_info.code, start_date=start,
                    end_reason="", note="", version=1, created_at=now, updated_at=now,
                ).execute()
            member = _member(membership_id, with_citizen_id=actor.can_see_citizen_id)
            audit(
                actor, "create", "membership", membership_id, unit_id=team.village_id,
                before={"person": person_before} if person_before else None,
                after={**as_dict(member), "person_id": person_id, "matched_by": matched_by},
            )
    except pw.IntegrityError as exc:
        if _is_leader_conflict(exc):
            raise ValidationFailed(_leader_problem(team_id, start)
                                   or [error("role", E.MEMBER_SECOND_LEADER, leader="")]) from exc
        if "citizen_id" in str(exc):
            raise refuse("citizen_id", E.CITIZEN_ID_TAKEN, value=cleaned.get("citizen_id"),
                         person_id=None, other_name="") from exc
        raise
    roster = team_members(team_id)
    warnings = [p for p in problems if not p.is_error] + team_problems(roster)
    return AddResult(member=member, warnings=tuple(warnings), matched_by=matched_by)


def update_member(
    actor: Actor,
    membership_id: int,
    values: dict,
    role: str,
    expected_version: int,
    *,
    expected_person_version: int | None = None,
) -> AddResult:
    """Save the member form: the person's details and the role (``start_date`` in
    ``values`` changes the membership's start). ``expected_version`` is the membership's
    (MemberRow.version); ``expected_person_version`` (MemberRow.person_version) also guards
    the person, who may have been edited through another team.

    The citizen ID is changed only by an actor allowed to see it, and only when
    ``values`` has the key (a blank then clears it).
    """
    current = _member(membership_id, with_citizen_id=True)
    team_id = _team_of(current)
    team = team_row(team_id)
    check_write(actor, team.village_id)
    role_info = _role(role)
    cleaned, problems = validate_person(values)
    start = current.start_date
    if "start_date" in values:
        start, date_problems = parse_day(values.get("start_date"), "start_date")
        problems += date_problems
        if start and current.end_date and start > current.end_date:
            problems.append(error("start_date", E.DATE_BEFORE_START, value=current.end_date,
                                  start=start))
    cid = cleaned.get("citizen_id")
    if cid:
        other = people_queries.find_by_citizen_id(cid)
        if other is not None and other[0] != current.person_id:
            problems.append(_cid_taken(cid, other[0]))
    still_open = current.end_date is None or current.end_date > dt.date.today()
    if role_info.is_leader and still_open:
        problems += _leader_problem(team_id, start, exclude_id=membership_id)
    raise_if_errors(problems)

    columns = person_columns(cleaned, values.get("note") if "note" in values else None)
    if actor.can_see_citizen_id and "citizen_id" in values and not cid:
        columns["citizen_id"] = None
    if not actor.can_see_citizen_id:
        columns.pop("citizen_id", None)
    try:
        with write_transaction():
            before_person = people_queries.person_values(current.person_id)
            changed = (
                Membership.update(
                    role=role_info.code, start_date=start, version=Membership.version + 1,
                    updated_at=utcnow(),
                )
                .where((Membership.id == membership_id) & (Membership.version == expected_version))
                .execute()
            )
            if not changed:
                raise StaleRecord(
                    "membership", membership_id,
                    as_dict(team_queries.member_row(
                        membership_id, with_citizen_id=actor.can_see_citizen_id)),
                )
            if not people_queries.update_person(
                current.person_id, columns, expected_person_version
            ):
                raise StaleRecord("person", current.person_id,
                                  _visible(people_queries.person_values(current.person_id), actor))
            member = _member(membership_id, with_citizen_id=actor.can_see_citizen_id)
            audit(
                actor, "update", "membership", membership_id, unit_id=team.village_id,
                before={**as_dict(current), "person": before_person},
                after={**as_dict(member), "person": people_queries.person_values(
                    current.person_id)},
            )
    except pw.IntegrityError as exc:
        if _is_leader_conflict(exc):
            raise ValidationFailed(_leader_problem(team_id, start, membership_id)
                                   or [error("role", E.MEMBER_SECOND_LEADER, leader="")]) from exc
        if "citizen_id" in str(exc):
            raise refuse("citizen_id", E.CITIZEN_ID_TAKEN, value=cid, person_id=None,
                         other_name="") from exc
        raise
    warnings = [p for p in problems if not p.is_error] + team_problems(
        team_members(team_id)
    )
    return AddResult(member=member, warnings=tuple(warnings), matched_by=None)


def _member(membership_id: int, *, with_citizen_id: bool = False) -> MemberRow:
    row = team_queries.member_row(membership_id, with_citizen_id=with_citizen_id)
    if row is None:
        raise NotFound("membership", membership_id)
    return row


def _team_of(member: MemberRow) -> int:
    if member.team_id is None:  # pragma: no cover - every membership has its team
        raise NotFound("team", None)
    return member.team_id


def _visible(values: dict | None, actor: Actor) -> dict:
    values = dict(values or {})
    if not actor.can_see_citizen_id:
        values.pop("citizen_id", None)
    return values


def end_membership(
    actor: Actor,
    membership_id: int,
    end_date: dt.date,
    reason: str = "",
    *,
    expected_version: int,
) -> MemberRow:
    """End a membership: ``end_date`` is the first day the person is no longer a member."""
    current = _member(membership_id)
    team = team_row(_team_of(current))
    check_write(actor, team.village_id)
    end, problems = parse_day(end_date, "end_date")
    if end is None and not problems:
        problems.append(error("end_date", E.DATE_REQUIRED))
    if current.end_date is not None and current.end_date <= dt.date.today():
        problems.append(error("end_date", E.MEMBER_ALREADY_ENDED, value=current.end_date))
    if end is not None and current.start_date is not None and end < current.start_date:
        problems.append(error("end_date", E.DATE_BEFORE_START, value=end,
                              start=current.start_date))
    raise_if_errors(problems)
    with write_transaction():
        query = Membership.update(
            end_date=end, end_reason=clean_text(reason)[:200], version=Membership.version + 1,
            updated_at=utcnow(),
        ).where((Membership.id == membership_id) & (Membership.version == expected_version))
        if not query.execute():
            raise StaleRecord("membership", membership_id,
                              as_dict(team_queries.member_row(membership_id)))
        after = _member(membership_id)
        audit(actor, "end", "membership", membership_id, unit_id=team.village_id,
              before=current, after=after)
    return after


# --- lists for the forms --------------------------------------------------------------------


def roles() -> list[RoleInfo]:
    """Active roles in rank order (Tổ trưởng, Tổ phó, Thành viên, then any the office added)."""
    return team_queries.list_roles()


def suggestions(field: str, prefix: str = "", limit: int = 20) -> list[str]:
    """Positions or organisations already used, most used first, for completion.

    Accent-insensitive: "cong an" offers "Công an xã"; a prefix of any word counts.
    """
    if field not in ("position", "organisation"):
        raise ValueError(f"no suggestions for {field!r}")
    key = fold(prefix)
    out = []
    for value in team_queries.suggestions(field):
        folded = fold(value)
        if not key or folded.startswith(key) or f" {key}" in f" {folded}":
            out.append(value)
            if len(out) >= limit:
                break
    return out
