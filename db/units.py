"""Queries over administrative units. They return frozen dataclasses, never Peewee rows."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from db.models import AdminUnit, Team
from db.sql import escape_like, like
from vn.dates import as_date


@dataclass(frozen=True)
class UnitInfo:
    id: int
    catalogue: str
    level: str
    kind: str
    code: str
    name: str
    short_name: str
    parent_id: int | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    version: int

    @property
    def active(self) -> bool:
        return self.valid_to is None or self.valid_to >= dt.date.today()


_COLUMNS = (
    AdminUnit.id,
    AdminUnit.catalogue,
    AdminUnit.level,
    AdminUnit.kind,
    AdminUnit.code,
    AdminUnit.name,
    AdminUnit.short_name,
    AdminUnit.parent,
    AdminUnit.valid_from,
    AdminUnit.valid_to,
    AdminUnit.version,
)


def unit_info(row: tuple) -> UnitInfo:
    """A ``UnitInfo`` from a row of :func:`select_units` (as tuples)."""
    return UnitInfo(
        id=row[0],
        catalogue=row[1],
        level=row[2],
        kind=row[3],
        code=row[4],
        name=row[5],
        short_name=row[6],
        parent_id=row[7],
        valid_from=as_date(row[8]),
        valid_to=as_date(row[9]),
        version=row[10],
    )


def select_units() -> pw.ModelSelect:
    """The columns of ``UnitInfo``; add the conditions, read ``.tuples()``."""
    return AdminUnit.select(*_COLUMNS)


def get_unit(unit_id: int) -> UnitInfo | None:
    row = select_units().where(AdminUnit.id == unit_id).tuples().first()
    return unit_info(row) if row else None


def find_unit(catalogue: str, code: str) -> UnitInfo | None:
    row = (
        select_units()
        .where((AdminUnit.catalogue == catalogue) & (AdminUnit.code == code))
        .tuples()
        .first()
    )
    return unit_info(row) if row else None


def find_units_by_code(code: str) -> list[UnitInfo]:
    """Every unit with this code, in any catalogue (codes were reused in 2025)."""
    return [unit_info(r) for r in select_units().where(AdminUnit.code == code).tuples()]


def children(
    parent_id: int | None,
    *,
    catalogue: str | None = None,
    include_retired: bool = False,
) -> list[UnitInfo]:
    """Direct children in Vietnamese order; ``None`` gives the provinces (roots)."""
    query = select_units()
    if parent_id is None:
        query = query.where(AdminUnit.parent.is_null())
    else:
        query = query.where(AdminUnit.parent == parent_id)
    if catalogue is not None:
        query = query.where(AdminUnit.catalogue == catalogue)
    if not include_retired:
        query = query.where(
            AdminUnit.valid_to.is_null() | (AdminUnit.valid_to >= dt.date.today())
            | (AdminUnit.catalogue == "pre2025")
        )
    return [unit_info(r) for r in query.order_by(AdminUnit.sort_key, AdminUnit.id).tuples()]


def path_to_root(unit_id: int) -> list[UnitInfo]:
    """The unit and its ancestors, root first: province, [district], commune, [village]."""
    out: list[UnitInfo] = []
    current = get_unit(unit_id)
    while current is not None:
        out.append(current)
        current = get_unit(current.parent_id) if current.parent_id else None
    return list(reversed(out))


def search_units(
    folded_query: str,
    *,
    catalogue: str | None = None,
    level: str | None = None,
    within: list[int] | None = None,
    limit: int = 50,
) -> list[UnitInfo]:
    """Units whose folded name contains the folded query, provinces before communes."""
    if not folded_query:
        return []
    query = select_units().where(like(AdminUnit.search_key, "%" + escape_like(folded_query) + "%"))
    if catalogue is not None:
        query = query.where(AdminUnit.catalogue == catalogue)
    if level is not None:
        query = query.where(AdminUnit.level == level)
    if within is not None:
        query = query.where(AdminUnit.id.in_(within))
    level_rank = pw.Case(
        AdminUnit.level,
        (("province", 0), ("district", 1), ("commune", 2), ("village", 3)),
        4,
    )
    query = query.order_by(level_rank, AdminUnit.sort_key, AdminUnit.id).limit(limit)
    return [unit_info(r) for r in query.tuples()]


def count_units(catalogue: str | None = None, level: str | None = None) -> int:
    query = AdminUnit.select()
    if catalogue:
        query = query.where(AdminUnit.catalogue == catalogue)
    if level:
        query = query.where(AdminUnit.level == level)
    return query.count()


def villages_with_team(village_ids: list[int]) -> set[int]:
    if not village_ids:
        return set()
    rows = (
        Team.select(Team.village)
        .where(Team.village.in_(village_ids) & (Team.status != "dissolved"))
        .tuples()
    )
    return {r[0] for r in rows}
