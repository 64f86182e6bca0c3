"""Shared query pieces: "current" memberships and "the villages under a unit" as SQL.

Every count and list in the app means the same thing by a current member and by a unit's
villages, so the expressions live here once. They are built as sub-queries rather than id
lists so that a province (thousands of villages) never ships a giant ``IN (...)`` to the
database.
"""
from __future__ import annotations

import datetime as dt

import peewee as pw

from db.models import AdminUnit, Membership, Team


def today() -> dt.date:
    return dt.date.today()


def membership_active(on: dt.date | None = None, model=Membership) -> pw.Expression:
    """Active on a day: started on or before it and not ended yet.

    ``end_date`` is the first day the person is no longer a member, so ending a membership
    today takes the person off today's roster, and a successor can start on the same day.
    """
    on = on or today()
    return (model.start_date.is_null() | (model.start_date <= on)) & (
        model.end_date.is_null() | (model.end_date > on)
    )


def unit_level(unit_id: int) -> str | None:
    row = AdminUnit.select(AdminUnit.level).where(AdminUnit.id == unit_id).tuples().first()
    return row[0] if row else None


def commune_ids_under(unit_id: int) -> list[int]:
    """Ids of the communes in a unit's subtree (the commune itself; a village's commune).

    Two small indexed queries at most (province -> [districts ->] communes), returned as a
    list so callers filter villages with ``parent_id IN (...)`` on the parent index: a
    province has a few hundred communes, never a national-size list.
    """
    row = (
        AdminUnit.select(AdminUnit.level, AdminUnit.parent)
        .where(AdminUnit.id == unit_id)
        .tuples()
        .first()
    )
    if row is None:
        return []
    level, parent = row
    if level == "commune":
        return [unit_id]
    if level == "village":
        return [parent] if parent else []
    found: list[int] = []
    frontier = [unit_id]
    while frontier:
        rows = list(
            AdminUnit.select(AdminUnit.id, AdminUnit.level)
            .where(AdminUnit.parent.in_(frontier) & (AdminUnit.level != "village"))
            .tuples()
        )
        found.extend(r[0] for r in rows if r[1] == "commune")
        frontier = [r[0] for r in rows if r[1] != "commune"]
    return found


def villages_under(unit_id: int | None, *, current_only: bool = True) -> pw.SelectQuery | None:
    """A sub-query of the ids of the villages in ``unit_id``'s subtree (or the unit itself).

    ``None`` means the whole country: the caller then applies no filter (returns None).
    Works for both catalogues: province -> [district ->] commune -> village.
    """
    if unit_id is None:
        return None
    V = AdminUnit.alias("v")
    query = V.select(V.id)
    if unit_level(unit_id) == "village":
        query = query.where(V.id == unit_id)
    else:
        # A commune's children are villages: no level test, so the parent index covers it.
        query = query.where(V.parent.in_(commune_ids_under(unit_id)))
    if current_only:
        query = query.where(V.valid_to.is_null() | (V.valid_to >= today()))
    return query


def communes_under(unit_id: int | None) -> list[int] | None:
    """Ids of the communes in ``unit_id``'s subtree (None: no filter, the whole country)."""
    if unit_id is None:
        return None
    return commune_ids_under(unit_id)


def teams_under(unit_id: int | None, *, include_dissolved: bool = False) -> pw.SelectQuery:
    """A sub-query of the ids of the teams of the villages under ``unit_id``."""
    T = Team.alias("tu")
    query = T.select(T.id)
    villages = villages_under(unit_id, current_only=False)
    if villages is not None:
        query = query.where(T.village.in_(villages))
    if not include_dissolved:
        query = query.where(T.status != "dissolved")
    return query
