"""Queries and bulk writes behind the 2025 reform (``desktop/reform.py`` holds the rules).

Everything is read per group of communes with ``IN (...)`` in chunks of 500 and ``GROUP BY``,
so a national plan (10,035 old communes, 100,000 villages) is a few dozen queries, and the
apply writes with ``executemany`` rather than one statement per village.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import peewee as pw

from db.audit import to_json
from db.connection import database
from db.models import (
    AdminUnit,
    Audit,
    Decision,
    DecisionTeam,
    Membership,
    Person,
    Team,
    TrainingCourse,
    UnitParentHistory,
    User,
    utcnow,
)
from db.scope import membership_active

CHUNK = 500
REASON = "reform2025"


def _chunks(items: Sequence, size: int = CHUNK) -> Iterable[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass(frozen=True)
class OldCommune:
    id: int
    code: str
    name: str
    district_name: str
    province_code: str


@dataclass(frozen=True)
class VillageBrief:
    id: int
    code: str
    name: str
    search_key: str
    parent_id: int
    valid_from: dt.date | None
    team_id: int | None  # the non-dissolved team, else the latest team
    team_status: str | None
    teams: int  # non-dissolved teams (0 or 1)
    members: int  # current members of its non-dissolved team


@dataclass(frozen=True)
class Totals:
    """What must be the same before and after the reform (nothing lost, nothing added)."""

    villages: int
    teams: int
    memberships: int
    active_members: int
    people: int
    decisions: int
    issued_decisions: int


def old_communes(unit_id: int | None) -> list[OldCommune]:
    """The pre-2025 communes in a pre-2025 unit's subtree (all of them for None), by code."""
    C = AdminUnit.alias("c")
    D = AdminUnit.alias("d")
    P = AdminUnit.alias("p")
    query = (
        C.select(C.id, C.code, C.name, pw.fn.COALESCE(D.name, ""), pw.fn.COALESCE(P.code, ""))
        .join(D, pw.JOIN.LEFT_OUTER, on=(C.parent == D.id))
        .join(P, pw.JOIN.LEFT_OUTER, on=(D.parent == P.id))
        .where((C.catalogue == "pre2025") & (C.level == "commune"))
    )
    if unit_id is not None:
        row = AdminUnit.select(AdminUnit.level).where(AdminUnit.id == unit_id).tuples().first()
        level = row[0] if row else None
        if level == "commune":
            query = query.where(C.id == unit_id)
        elif level == "district":
            query = query.where(C.parent == unit_id)
        elif level == "province":
            query = query.where(D.parent == unit_id)
        else:
            return []
    return [OldCommune(*r) for r in query.order_by(C.code).tuples()]


def communes_by_code(catalogue: str, codes: Iterable[str]) -> dict[str, int]:
    """{code: id} of the communes of a catalogue with these codes."""
    out: dict[str, int] = {}
    wanted = sorted(set(codes))
    for chunk in _chunks(wanted):
        query = AdminUnit.select(AdminUnit.code, AdminUnit.id).where(
            (AdminUnit.catalogue == catalogue) & (AdminUnit.level == "commune")
            & AdminUnit.code.in_(list(chunk))
        )
        out.update(dict(query.tuples()))
    return out


def province_by_code(catalogue: str, code: str) -> int | None:
    row = (AdminUnit.select(AdminUnit.id)
           .where((AdminUnit.catalogue == catalogue) & (AdminUnit.level == "province")
                  & (AdminUnit.code == code)).tuples().first())
    return row[0] if row else None


def villages_of(commune_ids: Sequence[int], on: dt.date) -> list[VillageBrief]:
    """The villages directly under these communes (retired ones too: they move with their
    commune so that their history and old teams stay together), with team and members."""
    out: list[VillageBrief] = []
    for chunk in _chunks(list(commune_ids)):
        rows = list(
            AdminUnit.select(AdminUnit.id, AdminUnit.code, AdminUnit.name, AdminUnit.search_key,
                             AdminUnit.parent, AdminUnit.valid_from)
            .where(AdminUnit.parent.in_(list(chunk)) & (AdminUnit.level == "village"))
            .tuples()
        )
        ids = [r[0] for r in rows]
        teams: dict[int, tuple[int, str, int]] = {}  # village -> (team, status, open teams)
        for sub in _chunks(ids):
            for team_id, village_id, status in (
                Team.select(Team.id, Team.village, Team.status)
                .where(Team.village.in_(list(sub))).order_by(Team.id).tuples()
            ):
                known = teams.get(village_id)
                is_open = status != "dissolved"
                if known is None or is_open or known[1] == "dissolved":
                    opened = (known[2] if known else 0) + (1 if is_open else 0)
                    teams[village_id] = (team_id, status, opened)
        open_team_ids = [t for t, status, _n in teams.values() if status != "dissolved"]
        members: dict[int, int] = {}
        for sub in _chunks(open_team_ids):
            members.update(
                Membership.select(Membership.team, pw.fn.COUNT(Membership.id))
                .where(Membership.team.in_(list(sub)) & membership_active(on))
                .group_by(Membership.team).tuples()
            )
        for vid, code, name, key, parent, valid_from in rows:
            team = teams.get(vid)
            out.append(VillageBrief(
                id=vid, code=code, name=name, search_key=key, parent_id=parent,
                valid_from=valid_from if isinstance(valid_from, dt.date) or valid_from is None
                else dt.date.fromisoformat(str(valid_from)[:10]),
                team_id=team[0] if team else None, team_status=team[1] if team else None,
                teams=team[2] if team else 0,
                members=members.get(team[0], 0) if team and team[1] != "dissolved" else 0,
            ))
    return out


def decisions_by_issuer(commune_ids: Sequence[int]) -> dict[int, dict[str, int]]:
    """{commune id: {status: count}} of the Decisions each commune issued (or drafted)."""
    out: dict[int, dict[str, int]] = {}
    for chunk in _chunks(list(commune_ids)):
        for unit, status, n in (
            Decision.select(Decision.issuing_unit, Decision.status, pw.fn.COUNT(Decision.id))
            .where(Decision.issuing_unit.in_(list(chunk)))
            .group_by(Decision.issuing_unit, Decision.status).tuples()
        ):
            out.setdefault(unit, {})[status] = n
    return out


def draft_ids_of(commune_ids: Sequence[int]) -> list[int]:
    out: list[int] = []
    for chunk in _chunks(list(commune_ids)):
        out.extend(d for (d,) in Decision.select(Decision.id).where(
            Decision.issuing_unit.in_(list(chunk)) & (Decision.status == "draft")).tuples())
    return out


def totals(on: dt.date) -> Totals:
    """Whole-database counts: the reform must leave every one of them unchanged."""
    def count(query) -> int:
        return int(query.count())

    return Totals(
        villages=count(AdminUnit.select().where(AdminUnit.level == "village")),
        teams=count(Team.select()),
        memberships=count(Membership.select()),
        active_members=count(Membership.select().join(Team).where(
            membership_active(on) & (Team.status != "dissolved"))),
        people=count(Person.select()),
        decisions=count(Decision.select()),
        issued_decisions=count(Decision.select().where(
            Decision.status.in_(("issued", "superseded")))),
    )


def team_decision_ids(team_ids: Sequence[int]) -> dict[int, list[int]]:
    """{team id: [decision ids]} (establishment and amendment history of each team)."""
    out: dict[int, list[int]] = {}
    for chunk in _chunks(list(team_ids)):
        for team, decision in (DecisionTeam.select(DecisionTeam.team, DecisionTeam.decision)
                               .where(DecisionTeam.team.in_(list(chunk))).tuples()):
            out.setdefault(team, []).append(decision)
    return out


@dataclass(frozen=True)
class DecisionInForce:
    id: int
    kind: str
    number: int
    symbol: str
    signed_on: dt.date | None
    issuer_id: int
    issuer_kind: str
    issuer_short_name: str
    issuer_catalogue: str


def decisions_in_force(team_ids: Sequence[int]) -> dict[int, list[DecisionInForce]]:
    """{team id: its issued (not superseded) establishment/amendment Decisions}, with the
    issuing unit joined in: what a new commune's kiện toàn cites and replaces."""
    U = AdminUnit.alias("issuer")
    out: dict[int, list[DecisionInForce]] = {}
    for chunk in _chunks(list(team_ids)):
        rows = (DecisionTeam.select(DecisionTeam.team, Decision.id, Decision.kind,
                                    Decision.number, Decision.symbol, Decision.signed_on,
                                    U.id, U.kind, U.short_name, U.catalogue)
                .join(Decision, on=(DecisionTeam.decision == Decision.id))
                .join(U, on=(Decision.issuing_unit == U.id))
                .where(DecisionTeam.team.in_(list(chunk)) & (Decision.status == "issued")
                       & (Decision.kind != "giai_the") & Decision.number.is_null(False))
                .order_by(Decision.id).tuples())
        for team, *rest in rows:
            day = rest[4]
            if day is not None and not isinstance(day, dt.date):
                day = dt.date.fromisoformat(str(day)[:10])
            rest[4] = day
            out.setdefault(team, []).append(DecisionInForce(*rest))
    return out


# --- writes (inside the caller's transaction) -----------------------------------------------


def move_villages(moves: Sequence[tuple[int, int, int, dt.date | None]], last_day: dt.date
                  ) -> None:
    """Re-parent villages: ``(village, old commune, new commune, valid_from)`` each; the old
    commune is kept in ``unit_parent_history`` up to ``last_day``."""
    now = utcnow()
    for chunk in _chunks(list(moves)):
        UnitParentHistory.insert_many(
            [{"unit": v, "parent": old, "valid_from": since, "valid_to": last_day,
              "reason": REASON, "created_at": now} for v, old, _new, since in chunk]
        ).execute()
    db = database.obj
    sql = (f"UPDATE admin_unit SET parent_id = {db.param}, version = version + 1, "
           f"updated_at = {db.param} WHERE id = {db.param} AND parent_id = {db.param}")
    params = [(new, now, v, old) for v, old, new, _since in moves]
    cursor = db.cursor()
    for chunk in _chunks(params, 5000):
        cursor.executemany(sql, chunk)


def former_parents(village_ids: Sequence[int] | None = None) -> dict[int, int]:
    """{village id: the commune it was in before the reform} (the latest history row)."""
    query = UnitParentHistory.select(UnitParentHistory.unit, UnitParentHistory.parent,
                                     UnitParentHistory.id).where(
        UnitParentHistory.reason == REASON).order_by(UnitParentHistory.id)
    out: dict[int, int] = {}
    if village_ids is None:
        for unit, parent, _id in query.tuples():
            out[unit] = parent
        return out
    for chunk in _chunks(list(village_ids)):
        for unit, parent, _id in query.where(UnitParentHistory.unit.in_(list(chunk))).tuples():
            out[unit] = parent
    return out


def former_communes_of(commune_ids: Sequence[int]) -> dict[int, list[str]]:
    """{commune id: names of the communes its villages were in before the reform}."""
    O = AdminUnit.alias("old")
    V = AdminUnit.alias("vil")
    out: dict[int, list[str]] = {}
    for chunk in _chunks(list(commune_ids)):
        rows = (V.select(V.parent, O.name, O.sort_key)
                .join(UnitParentHistory, on=(UnitParentHistory.unit == V.id))
                .join(O, on=(UnitParentHistory.parent == O.id))
                .where(V.parent.in_(list(chunk)) & (UnitParentHistory.reason == REASON))
                .distinct().order_by(V.parent, O.sort_key).tuples())
        for parent, name, _key in rows:
            out.setdefault(parent, []).append(name)
    return out


def cancel_drafts(decision_ids: Sequence[int]) -> None:
    now = utcnow()
    for chunk in _chunks(list(decision_ids)):
        Decision.update(status="cancelled", version=Decision.version + 1, updated_at=now).where(
            Decision.id.in_(list(chunk)) & (Decision.status == "draft")).execute()


def user_scopes() -> list[tuple[int, str, int | None]]:
    return list(User.select(User.id, User.username, User.scope_unit).tuples())


def set_user_scope(user_id: int, unit_id: int | None) -> None:
    User.update(scope_unit=unit_id, version=User.version + 1, updated_at=utcnow()).where(
        User.id == user_id).execute()


def course_units(unit_ids: Sequence[int]) -> list[tuple[int, int]]:
    """(course id, unit id) of the training courses run by these units."""
    out: list[tuple[int, int]] = []
    for chunk in _chunks(list(unit_ids)):
        out.extend(TrainingCourse.select(TrainingCourse.id, TrainingCourse.unit)
                   .where(TrainingCourse.unit.in_(list(chunk))).tuples())
    return out


def set_course_unit(course_id: int, unit_id: int) -> None:
    TrainingCourse.update(unit=unit_id, version=TrainingCourse.version + 1,
                          updated_at=utcnow()).where(TrainingCourse.id == course_id).execute()


def write_audits(user_id: int | None, username: str, rows: Sequence[dict]) -> None:
    """Many audit rows at once (one per moved village): ``{action, entity, entity_id,
    unit_id, before, after, note}`` each."""
    now = utcnow()
    for chunk in _chunks(list(rows)):
        Audit.insert_many([
            {"at": now, "user": user_id, "username": username, "action": r["action"],
             "entity": r["entity"], "entity_id": r.get("entity_id"), "unit": r.get("unit_id"),
             "before": to_json(r.get("before")), "after": to_json(r.get("after")),
             "note": r.get("note", "")}
            for r in chunk
        ]).execute()


def parents_of(unit_ids: Iterable[int]) -> dict[int, int | None]:
    out: dict[int, int | None] = {}
    for chunk in _chunks(sorted(set(unit_ids))):
        out.update(AdminUnit.select(AdminUnit.id, AdminUnit.parent)
                   .where(AdminUnit.id.in_(list(chunk))).tuples())
    return out


def unit_names(unit_ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """{id: (code, name)}."""
    out: dict[int, tuple[str, str]] = {}
    for chunk in _chunks(sorted(set(unit_ids))):
        for uid, code, name in AdminUnit.select(AdminUnit.id, AdminUnit.code, AdminUnit.name
                                                ).where(AdminUnit.id.in_(list(chunk))).tuples():
            out[uid] = (code, name)
    return out
