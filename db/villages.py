"""Queries for the unit tree (with counts) and the villages of a commune.

Counts are computed in SQL with one ``GROUP BY`` per tree depth, so expanding the national
root (34 provinces over 100k villages) is a handful of aggregate queries, not a walk.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from db.models import AdminUnit, Membership, Team, UnitNameToken
from db.people import name_tokens
from db.scope import commune_ids_under, membership_active, today
from db.units import UnitInfo, select_units, unit_info
from vn.dates import as_date


@dataclass(frozen=True)
class UnitNode:
    id: int
    level: str
    kind: str
    code: str
    name: str
    short_name: str
    child_count: int  # direct children in force
    village_count: int  # villages in force in the subtree (1 for a village itself)
    team_count: int  # non-dissolved teams in the subtree
    has_team: bool  # a village with a non-dissolved team (False above village level)
    catalogue: str = ""
    parent_id: int | None = None


@dataclass(frozen=True)
class VillageRow:
    id: int
    code: str
    kind: str
    name: str
    short_name: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    team_id: int | None
    team_status: str | None
    member_count: int
    version: int
    commune_id: int | None = None

    @property
    def retired(self) -> bool:
        return self.valid_to is not None and self.valid_to < dt.date.today()


def _current(model) -> pw.Expression:
    return model.valid_to.is_null() | (model.valid_to >= today())


def _subtree_counts(ids: list[int]) -> dict[int, list[int]]:
    """{unit id: [villages, teams]} over the villages in each unit's subtree.

    One aggregate per commune (villages in force and their non-dissolved teams, through the
    parent and team indexes), rolled up to provinces and districts in Python: expanding
    the national root costs one pass over the villages, not one per province.
    """
    out: dict[int, list[int]] = {i: [0, 0] for i in ids}
    if not ids:
        return out
    owners: dict[int, list[int]] = {}
    for unit_id in ids:
        for commune_id in commune_ids_under(unit_id):
            owners.setdefault(commune_id, []).append(unit_id)
    if not owners:
        return out
    V = AdminUnit.alias("v")
    T = Team.alias("t")
    communes = list(owners)
    for start in range(0, len(communes), 5000):
        rows = (
            V.select(V.parent, pw.fn.COUNT(V.id), pw.fn.COUNT(T.id))
            .join(T, pw.JOIN.LEFT_OUTER, on=((T.village == V.id) & (T.status != "dissolved")))
            .where(V.parent.in_(communes[start : start + 5000]) & _current(V))
            .group_by(V.parent)
            .tuples()
        )
        for commune_id, villages, teams in rows:
            for unit_id in owners[commune_id]:
                out[unit_id][0] += villages
                out[unit_id][1] += teams
    return out


def unit_nodes(units: list[UnitInfo]) -> list[UnitNode]:
    """Tree nodes for these units (kept in the given order), counts filled in."""
    ids = [u.id for u in units]
    if not ids:
        return []
    child_counts = dict(
        AdminUnit.select(AdminUnit.parent, pw.fn.COUNT(AdminUnit.id))
        .where(AdminUnit.parent.in_(ids) & (_current(AdminUnit) | (AdminUnit.catalogue == "pre2025")))
        .group_by(AdminUnit.parent)
        .tuples()
    )
    counts = _subtree_counts([u.id for u in units if u.level != "village"])
    village_ids = [u.id for u in units if u.level == "village"]
    with_team: set[int] = set()
    if village_ids:
        with_team = {
            r[0]
            for r in Team.select(Team.village)
            .where(Team.village.in_(village_ids) & (Team.status != "dissolved"))
            .tuples()
        }
    nodes = []
    for u in units:
        if u.level == "village":
            villages, teams = 1, int(u.id in with_team)
        else:
            villages, teams = counts[u.id]
        nodes.append(
            UnitNode(
                id=u.id,
                level=u.level,
                kind=u.kind,
                code=u.code,
                name=u.name,
                short_name=u.short_name,
                child_count=child_counts.get(u.id, 0),
                village_count=villages,
                team_count=teams,
                has_team=u.id in with_team,
                catalogue=u.catalogue,
                parent_id=u.parent_id,
            )
        )
    return nodes


def roots(catalogue: str) -> list[UnitInfo]:
    """The provinces of a catalogue, in Vietnamese order."""
    query = select_units().where(AdminUnit.parent.is_null() & (AdminUnit.catalogue == catalogue))
    return [unit_info(r) for r in query.order_by(AdminUnit.sort_key, AdminUnit.id).tuples()]


def village_rows(
    commune_id: int | None = None,
    *,
    include_retired: bool = False,
    ids: list[int] | None = None,
) -> list[VillageRow]:
    """Villages of a commune (or exactly ``ids``) with their team and its current size."""
    V = AdminUnit.alias("v")
    T = Team.alias("t")
    query = (
        V.select(
            V.id, V.code, V.kind, V.name, V.short_name, V.valid_from, V.valid_to,
            T.id, T.status, V.version, V.parent,
        )
        .join(T, pw.JOIN.LEFT_OUTER, on=((T.village == V.id) & (T.status != "dissolved")))
        .where(V.level == "village")
    )
    if commune_id is not None:
        query = query.where(V.parent == commune_id)
    if ids is not None:
        query = query.where(V.id.in_(ids))
    if not include_retired:
        query = query.where(_current(V))
    rows = list(query.order_by(V.sort_key, V.id).tuples())
    team_ids = [r[7] for r in rows if r[7] is not None]
    sizes: dict[int, int] = {}
    if team_ids:
        sizes = dict(
            Membership.select(Membership.team, pw.fn.COUNT(Membership.id))
            .where(Membership.team.in_(team_ids) & membership_active())
            .group_by(Membership.team)
            .tuples()
        )
    return [
        VillageRow(
            id=r[0],
            code=r[1],
            kind=r[2],
            name=r[3],
            short_name=r[4],
            valid_from=as_date(r[5]),
            valid_to=as_date(r[6]),
            team_id=r[7],
            team_status=r[8],
            member_count=sizes.get(r[7], 0) if r[7] is not None else 0,
            version=r[9],
            commune_id=r[10],
        )
        for r in rows
    ]


def village_row(village_id: int) -> VillageRow | None:
    rows = village_rows(ids=[village_id], include_retired=True)
    return rows[0] if rows else None


def village_codes(commune_id: int) -> list[str]:
    """Every local code already used under a commune (retired villages keep theirs)."""
    return [
        r[0]
        for r in AdminUnit.select(AdminUnit.code)
        .where((AdminUnit.parent == commune_id) & (AdminUnit.level == "village"))
        .tuples()
    ]


def village_keys(commune_id: int) -> dict[str, int]:
    """{folded name: id} of the villages in force under a commune, for duplicate checks."""
    return {
        key: uid
        for key, uid in AdminUnit.select(AdminUnit.search_key, AdminUnit.id)
        .where(
            (AdminUnit.parent == commune_id)
            & (AdminUnit.level == "village")
            & _current(AdminUnit)
        )
        .tuples()
    }


# --- name tokens for search -----------------------------------------------------------------


def write_unit_tokens(unit_id: int, folded_name: str) -> None:
    """Replace a village's search tokens (every rotation of its folded name's words)."""
    UnitNameToken.delete().where(UnitNameToken.unit == unit_id).execute()
    rows = [{"unit": unit_id, "search_key": k[:200]} for k in name_tokens(folded_name)]
    if rows:
        UnitNameToken.insert_many(rows).execute()


def rebuild_unit_tokens() -> int:
    """Write tokens for every village that has none (after a bulk insert). Returns the count."""
    T = UnitNameToken.alias("ut")
    missing = (
        AdminUnit.select(AdminUnit.id, AdminUnit.search_key)
        .where(
            (AdminUnit.level == "village")
            & ~pw.fn.EXISTS(T.select(pw.SQL("1")).where(T.unit == AdminUnit.id))
        )
        .tuples()
    )
    rows = [(uid, k[:200]) for uid, key in missing for k in name_tokens(key)]
    fields = [UnitNameToken.unit, UnitNameToken.search_key]
    for start in range(0, len(rows), 10000):
        UnitNameToken.insert_many(rows[start : start + 10000], fields=fields).execute()
    return len({r[0] for r in rows})
