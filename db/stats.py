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
from dataclasses import dataclass

import peewee as pw

from db.models import AdminUnit, Decision, Membership, Person, Team, TrainingRecord
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
    ids = [r[0] for r in rows]
    if not ids:
        return []
    V = AdminUnit.alias("pv")
    village_counts = dict(
        V.select(V.parent, pw.fn.COUNT(V.id))
        .where(_current_village(V) & V.parent.in_(ids))
        .group_by(V.parent)
        .tuples()
    )
    team_counts = dict(
        Team.select(V.parent, pw.fn.COUNT(Team.id))
        .join(V, on=(Team.village == V.id))
        .where(_current_village(V) & V.parent.in_(ids) & (Team.status == "active"))
        .group_by(V.parent)
        .tuples()
    )
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
        r[0]: r[1:]
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
    decisions: dict[int, tuple[str, dt.date | None]] = {}
    for unit, number, symbol, signed in (
        Decision.select(Decision.issuing_unit, Decision.number, Decision.symbol, Decision.signed_on)
        .where(Decision.issuing_unit.in_(ids) & (Decision.status == "issued"))
        .order_by(Decision.issuing_unit, Decision.signed_on.desc(), Decision.id.desc())
        .tuples()
    ):
        decisions.setdefault(unit, (decision_label(number, symbol, signed), as_date(signed)))
    out = []
    for cid, name, code in rows:
        villages = int(village_counts.get(cid, 0))
        teams = int(team_counts.get(cid, 0))
        members, women, youth, done = (int(x or 0) for x in member_counts.get(cid, (0, 0, 0, 0)))
        label, signed = decisions.get(cid, (None, None))
        out.append(
            CommuneStats(
                commune_id=cid, commune_name=name, commune_code=code, villages=villages,
                teams=teams, coverage_pct=pct(teams, villages), members=members, women=women,
                youth_union=youth, trained=done, trained_pct=pct(done, members),
                latest_decision=label, latest_decision_on=signed,
            )
        )
    return out
