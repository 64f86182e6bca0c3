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


def unit_is_current(model=AdminUnit, on: dt.date | None = None) -> pw.Expression:
    """A unit in force on ``on`` (today): not yet retired. Retirement is ``valid_to`` (last day)."""
    on = on or today()
    return model.valid_to.is_null() | (model.valid_to >= on)


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


def villages_under(unit_id: int | None, *, current_only: bool = True) -> pw.SelectQuery | None:
    """A sub-query of the ids of the villages in ``unit_id``'s subtree (or the unit itself).

    ``None`` means the whole country: the caller then applies no filter (returns None).
    Works for both catalogues: province -> [district ->] commune -> village.
    """
    if unit_id is None:
        return None
    level = unit_level(unit_id)
    V = AdminUnit.alias("v")
    query = V.select(V.id)
    if level == "village":
        query = query.where(V.id == unit_id)
    elif level == "commune":
        query = query.where(V.parent == unit_id)
    else:
        C = AdminUnit.alias("c")
        D = AdminUnit.alias("d")
        query = (
            query.join(C, on=(V.parent == C.id))
            .join(D, pw.JOIN.LEFT_OUTER, on=(C.parent == D.id))
            .where((C.parent == unit_id) | (D.parent == unit_id))
        )
    query = query.where(V.level == "village")
    if current_only:
        query = query.where(V.valid_to.is_null() | (V.valid_to >= today()))
    return query


def communes_under(unit_id: int | None) -> pw.SelectQuery | None:
    """A sub-query of the ids of the communes in ``unit_id``'s subtree (or the commune itself)."""
    if unit_id is None:
        return None
    level = unit_level(unit_id)
    C = AdminUnit.alias("cm")
    D = AdminUnit.alias("dt")
    query = C.select(C.id)
    if level == "commune":
        return query.where(C.id == unit_id)
    if level == "village":
        return query.where(
            C.id == AdminUnit.select(AdminUnit.parent).where(AdminUnit.id == unit_id)
        )
    return (
        query.join(D, pw.JOIN.LEFT_OUTER, on=(C.parent == D.id))
        .where((C.level == "commune") & ((C.parent == unit_id) | (D.parent == unit_id)))
    )


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
