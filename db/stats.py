"""Summary figures per unit and per commune (domain.md §1.4, §3.3), computed in SQL.

Definitions, used the same way by the overview page and the report sent upward:
- villages: villages in force under the unit;
- teams: established (``active``) teams of those villages; ``planned`` ones are counted
  apart; coverage = villages with an active team / villages;
- members: distinct people currently in an active or planned team there; women, Youth
  Union members and trained members (a ``hoan_thanh`` training result) among them.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
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
from db.scope import communes_under, membership_active, villages_under
from db.teams import decision_label
from vn.dates import as_date


def pct(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 0.0


@dataclass(frozen=True)
class Overview:
    villages: int
    teams: int
    coverage_pct: float
    members: int
    trained: int
    trained_pct: float
    women: int
    youth_union: int
    planned_teams: int = 0
    communes: int = 0
    communes_with_team: int = 0


@dataclass(frozen=True)
class CommuneStats:
    commune_id: int
    commune_name: str
    commune_code: str
    villages: int
    teams: int
    coverage_pct: float
    members: int
    women: int
    youth_union: int
    trained: int
    trained_pct: float
    latest_decision: str | None
    latest_decision_on: dt.date | None


def _current_village(model) -> pw.Expression:
    return (model.level == "village") & (
        model.valid_to.is_null() | (model.valid_to >= dt.date.today())
    )


def _trained(person: pw.Field) -> pw.Expression:
    """1 when the person has a ``hoan_thanh`` result, else 0: a probe of the
    ``training_record(person_id, result)`` index per person, never a pass over all records."""
    done = TrainingRecord.select(pw.SQL("1")).where(
        (TrainingRecord.person == person) & (TrainingRecord.result == "hoan_thanh")
    )
    return pw.Case(None, ((pw.fn.EXISTS(done), 1),), 0)


def _member_figures(people: pw.SelectQuery) -> tuple[int, int, int, int]:
    """(members, women, youth, trained) over the distinct person ids ``people`` selects."""
    P = Person.alias("sp")
    row = (
        P.select(
            pw.fn.COUNT(P.id),
            pw.fn.SUM(pw.Case(None, ((P.sex == "nu", 1),), 0)),
            pw.fn.SUM(pw.Case(None, ((P.youth_union == True, 1),), 0)),
            pw.fn.SUM(_trained(P.id)),
        )
        .where(P.id.in_(people))
        .tuples()
        .first()
    )
    return tuple(int(x or 0) for x in row)  # type: ignore[return-value]


def overview(unit_id: int | None) -> Overview:
    """Four queries, each driven from the unit's villages (``admin_unit(parent_id)``), then
    teams by village, memberships by team and people by id; the whole country scans teams
    and memberships once."""
    today = dt.date.today()
    # The unit's villages (also retired ones: members of their teams still count).
    under = villages_under(unit_id, current_only=False)
    V = AdminUnit.alias("ov")
    current = _current_village(V)
    village_count = V.select(V.id).where(
        current if under is None else current & V.id.in_(under)
    ).count()
    # Non-dissolved teams of current villages by status, and the communes with an active one.
    T = Team.alias("ot")
    team_rows = (
        T.select(T.status, pw.fn.COUNT(T.id), pw.fn.COUNT(V.parent.distinct()))
        .join(V, on=(T.village == V.id))
        .where(current & (T.status != "dissolved"))
    )
    if under is not None:
        team_rows = team_rows.where(T.village.in_(under))
    by_status = {status: (int(n), int(c)) for status, n, c in
                 team_rows.group_by(T.status).tuples()}
    active, with_team = by_status.get("active", (0, 0))
    people = (
        Membership.select(Membership.person)
        .join(T, on=(Membership.team == T.id))
        .where(membership_active(today) & (T.status != "dissolved"))
    )
    if under is not None:
        people = people.where(T.village.in_(under))
    members, women, youth, trained = _member_figures(people)
    C = AdminUnit.alias("oc")
    commune_total = C.select(C.id).where(
        (C.level == "commune") & (C.valid_to.is_null() | (C.valid_to >= today))
    )
    communes_q = communes_under(unit_id)
    if communes_q is not None:
        commune_total = commune_total.where(C.id.in_(communes_q))
    return Overview(
        villages=village_count,
        teams=active,
        coverage_pct=pct(active, village_count),
        members=members,
        trained=trained,
        trained_pct=pct(trained, members),
        women=women,
        youth_union=youth,
        planned_teams=by_status.get("planned", (0, 0))[0],
        communes=commune_total.count(),
        communes_with_team=with_team,
    )


@dataclass(frozen=True)
class CommuneCounts:
    """One commune's figures, as the dashboard and the report sent upward both show them."""

    villages: int = 0
    teams: int = 0  # active teams
    villages_with_team: int = 0  # villages with an active team
    members: int = 0
    women: int = 0
    youth_union: int = 0
    trained: int = 0
    decision_number: int | None = None  # the latest issued Decision
    decision_symbol: str = ""
    decision_on: dt.date | None = None


def commune_counts(ids: Sequence[int]) -> dict[int, CommuneCounts]:
    """THE per-commune figures (one GROUP BY per measure, 500 communes at a time): current
    villages, active teams, members in a non-dissolved team today (a person once per
    commune), women, Youth Union members, members with a completed course, the latest
    issued Decision. Communes without any figure are left out (all zero)."""
    out: dict[int, CommuneCounts] = {}
    ids = list(ids)
    for start in range(0, len(ids), 500):
        out.update(_commune_counts(ids[start:start + 500]))
    return out


def _commune_counts(ids: list[int]) -> dict[int, CommuneCounts]:
    V = AdminUnit.alias("pv")
    village_counts = dict(
        V.select(V.parent, pw.fn.COUNT(V.id))
        .where(_current_village(V) & V.parent.in_(ids))
        .group_by(V.parent)
        .tuples()
    )
    team_counts = {
        r[0]: (int(r[1]), int(r[2]))
        for r in Team.select(V.parent, pw.fn.COUNT(Team.id), pw.fn.COUNT(Team.village.distinct()))
        .join(V, on=(Team.village == V.id))
        .where(_current_village(V) & V.parent.in_(ids) & (Team.status == "active"))
        .group_by(V.parent)
        .tuples()
    }
    P = Person.alias("pp")
    pairs = (
        Membership.select(V.parent.alias("commune_id"), Membership.person.alias("person_id"))
        .join(Team, on=(Membership.team == Team.id))
        .join(V, on=(Team.village == V.id))
        .where(membership_active() & (Team.status != "dissolved") & V.parent.in_(ids))
        .distinct()
        .alias("pairs")
    )
    member_counts = {
        r[0]: tuple(int(x or 0) for x in r[1:])
        for r in P.select(
            pairs.c.commune_id,
            pw.fn.COUNT(P.id),
            pw.fn.SUM(pw.Case(None, ((P.sex == "nu", 1),), 0)),
            pw.fn.SUM(pw.Case(None, ((P.youth_union == True, 1),), 0)),
            pw.fn.SUM(_trained(P.id)),
        )
        .join(pairs, on=(pairs.c.person_id == P.id))
        .group_by(pairs.c.commune_id)
        .tuples()
    }
    decisions: dict[int, tuple[int | None, str, dt.date | None]] = {}
    for unit, number, symbol, signed in (
        Decision.select(Decision.issuing_unit, Decision.number, Decision.symbol, Decision.signed_on)
        .where(Decision.issuing_unit.in_(ids) & (Decision.status == "issued"))
        .order_by(Decision.issuing_unit, Decision.signed_on.desc(), Decision.id.desc())
        .tuples()
    ):
        decisions.setdefault(unit, (number, symbol or "", as_date(signed)))
    out = {}
    for cid in set(village_counts) | set(team_counts) | set(member_counts) | set(decisions):
        teams, covered = team_counts.get(cid, (0, 0))
        members, women, youth, done = member_counts.get(cid, (0, 0, 0, 0))
        number, symbol, signed = decisions.get(cid, (None, "", None))
        out[cid] = CommuneCounts(
            villages=int(village_counts.get(cid, 0)), teams=teams, villages_with_team=covered,
            members=members, women=women, youth_union=youth, trained=done,
            decision_number=number, decision_symbol=symbol, decision_on=signed)
    return out


def per_commune(unit_id: int | None) -> list[CommuneStats]:
    """One row per commune under the unit (the commune itself for a commune), in order."""
    C = AdminUnit.alias("pc")
    communes = C.select(C.id, C.name, C.code).where(
        (C.level == "commune") & (C.valid_to.is_null() | (C.valid_to >= dt.date.today()))
    )
    under = communes_under(unit_id)
    if under is not None:
        communes = communes.where(C.id.in_(under))
    rows = list(communes.order_by(C.sort_key, C.id).tuples())
    counts = commune_counts([r[0] for r in rows])
    out = []
    for cid, name, code in rows:
        c = counts.get(cid) or CommuneCounts()
        label = (decision_label(c.decision_number, c.decision_symbol, c.decision_on)
                 if c.decision_number is not None else None)
        out.append(
            CommuneStats(
                commune_id=cid, commune_name=name, commune_code=code, villages=c.villages,
                teams=c.teams, coverage_pct=pct(c.villages_with_team, c.villages),
                members=c.members, women=c.women, youth_union=c.youth_union,
                trained=c.trained, trained_pct=pct(c.trained, c.members),
                latest_decision=label, latest_decision_on=c.decision_on,
            )
        )
    return out


@dataclass(frozen=True)
class VillageStats:
    """One village of a commune on the commune's dashboard."""

    village_id: int
    village_name: str
    team_id: int | None
    team_name: str | None
    team_status: str | None  # None: no team (dissolved ones do not count)
    members: int
    trained: int
    trained_pct: float
    latest_decision: str | None
    latest_decision_on: dt.date | None


def per_village(commune_id: int) -> list[VillageStats]:
    """The commune's villages in force with their team, members, trained members and the
    team's latest issued Decision: villages without an active team first (what the office
    has left to do), then in Vietnamese order. Same definitions as :func:`overview`."""
    V = AdminUnit.alias("pv")
    villages = list(
        V.select(V.id, V.name)
        .where(_current_village(V) & (V.parent == commune_id))
        .order_by(V.sort_key)
        .tuples()
    )
    ids = [vid for vid, _name in villages]
    teams: dict[int, tuple[int, str, str]] = {}
    if ids:
        for tid, name, status, village in (
            Team.select(Team.id, Team.name, Team.status, Team.village)
            .where(Team.village.in_(ids) & (Team.status != "dissolved"))
            .order_by(Team.id)
            .tuples()
        ):
            teams[village] = (tid, name, status)
    team_ids = [t[0] for t in teams.values()]
    figures: dict[int, tuple[int, int]] = {}
    decisions: dict[int, tuple[str, dt.date | None]] = {}
    if team_ids:
        P = Person.alias("vp")
        pairs = (
            Membership.select(Membership.team.alias("team_id"),
                              Membership.person.alias("person_id"))
            .where(membership_active() & Membership.team.in_(team_ids))
            .distinct()
            .alias("vpairs")
        )
        for tid, members, trained in (
            P.select(pairs.c.team_id, pw.fn.COUNT(P.id), pw.fn.SUM(_trained(P.id)))
            .join(pairs, on=(pairs.c.person_id == P.id))
            .group_by(pairs.c.team_id)
            .tuples()
        ):
            figures[tid] = (int(members or 0), int(trained or 0))
        for tid, number, symbol, signed in (
            Decision.select(DecisionTeam.team, Decision.number, Decision.symbol,
                            Decision.signed_on)
            .join(DecisionTeam, on=(DecisionTeam.decision == Decision.id))
            .where(DecisionTeam.team.in_(team_ids) & (Decision.status == "issued"))
            .order_by(DecisionTeam.team, Decision.signed_on.desc(), Decision.id.desc())
            .tuples()
        ):
            decisions.setdefault(tid, (decision_label(number, symbol, signed), as_date(signed)))
    out = []
    for vid, name in villages:
        tid, team_name, status = teams.get(vid, (None, None, None))
        members, trained = figures.get(tid, (0, 0)) if tid else (0, 0)
        label, signed = decisions.get(tid, (None, None)) if tid else (None, None)
        out.append(VillageStats(
            village_id=vid, village_name=name, team_id=tid, team_name=team_name,
            team_status=status, members=members, trained=trained,
            trained_pct=pct(trained, members), latest_decision=label,
            latest_decision_on=signed))
    out.sort(key=lambda v: v.team_status == "active")  # stable: name order kept within
    return out


@dataclass(frozen=True)
class Breakdown:
    """What the dashboard's count charts show for a unit: current members by role and by
    organisation (the largest first, the rest summed), active and planned teams by the year
    they were established."""

    by_role: list[tuple[str, int]]
    by_organisation: list[tuple[str, int]]
    teams_by_year: list[tuple[int, int]]


def breakdown(unit_id: int | None, *, organisations: int = 7) -> Breakdown:
    """Counts under a unit with the definitions of :func:`overview` (members in a
    non-dissolved team today; a person in two roles counts in each)."""
    today = dt.date.today()
    under = villages_under(unit_id, current_only=False)
    T = Team.alias("bt")
    M = Membership.alias("bm")
    P = Person.alias("bp")
    R = Role.alias("br")
    members = (
        M.select(M.role, M.person)
        .join(T, on=(M.team == T.id))
        .where((M.end_date.is_null() | (M.end_date > today)) & (T.status != "dissolved"))
    )
    if under is not None:
        members = members.where(T.village.in_(under))
    pairs = members.distinct().alias("bpairs")
    by_role = [
        (label, int(n)) for label, n in
        R.select(R.label, pw.fn.COUNT(pairs.c.person_id))
        .join(pairs, on=(pairs.c.role == R.code))
        .group_by(R.label, R.rank)
        .order_by(R.rank)
        .tuples()
    ]
    people = members.select(M.person).distinct().alias("bpeople")
    rows = [
        (org or "", int(n)) for org, n in
        P.select(P.organisation, pw.fn.COUNT(P.id))
        .join(people, on=(people.c.person_id == P.id))
        .group_by(P.organisation)
        .order_by(pw.fn.COUNT(P.id).desc(), P.organisation)
        .tuples()
    ]
    named = [(org, n) for org, n in rows if org]
    by_org = named[:organisations]
    rest = sum(n for _org, n in named[organisations:]) + sum(n for org, n in rows if not org)
    if rest:
        by_org.append(("", rest))  # the UI words it ("Khác / chưa ghi")
    teams = T.select(T.established_on).where(
        (T.status != "dissolved") & T.established_on.is_null(False))
    if under is not None:
        teams = teams.where(T.village.in_(under))
    years: dict[int, int] = {}
    for (day,) in teams.tuples():
        established = as_date(day)
        if established is not None:
            years[established.year] = years.get(established.year, 0) + 1
    return Breakdown(by_role=by_role, by_organisation=by_org,
                     teams_by_year=sorted(years.items()))
