"""Queries and writes for the office (the unit this installation serves) and its officials."""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from db.models import Office, Official, utcnow


@dataclass(frozen=True)
class OfficialInfo:
    id: int
    full_name: str
    title: str
    authority: str
    is_chair: bool
    active: bool


@dataclass(frozen=True)
class OfficeInfo:
    id: int
    unit_id: int | None
    catalogue: str
    name: str
    governing_body: str
    place_name: str
    doc_symbol: str
    settings: dict = field(default_factory=dict)
    officials: tuple[OfficialInfo, ...] = ()
    version: int = 1


def get_office() -> OfficeInfo | None:
    office = Office.select().order_by(Office.id).first()
    if office is None:
        return None
    officials = tuple(
        OfficialInfo(o.id, o.full_name, o.title, o.authority, o.is_chair, o.active)
        for o in Official.select()
        .where((Official.office == office.id) & Official.unit.is_null())
        .order_by(Official.position, Official.id)
    )
    try:
        settings = json.loads(office.settings or "{}")
    except ValueError:
        settings = {}
    return OfficeInfo(
        id=office.id,
        unit_id=office.unit_id,
        catalogue=office.catalogue,
        name=office.name,
        governing_body=office.governing_body,
        place_name=office.place_name,
        doc_symbol=office.doc_symbol,
        settings=settings,
        officials=officials,
        version=office.version,
    )


def save_office(
    values: dict, officials: list[dict] | None = None, expected_version: int | None = None
) -> int | None:
    """Create or update the one office row; replaces the officials when given.

    With ``expected_version`` the update only applies to that version: ``None`` is returned
    (and nothing written) when the row changed since, or is gone.
    """
    office = Office.select().order_by(Office.id).first()
    data = dict(values)
    if "settings" in data and not isinstance(data["settings"], str):
        data["settings"] = json.dumps(data["settings"], ensure_ascii=False)
    if office is None:
        if expected_version is not None:
            return None
        office_id = Office.insert(**data).execute()
    else:
        office_id = office.id
        data["version"] = Office.version + 1
        data["updated_at"] = utcnow()
        query = Office.update(**data).where(Office.id == office_id)
        if expected_version is not None:
            query = query.where(Office.version == expected_version)
        if not query.execute():
            return None
    if officials is not None:
        replace_officials(office_id, None, officials)
    return office_id


def unit_officials(unit_id: int) -> tuple[OfficialInfo, ...]:
    """The officials recorded for one issuing unit (not the office's own: ``get_office``)."""
    return tuple(
        OfficialInfo(o.id, o.full_name, o.title, o.authority, o.is_chair, o.active)
        for o in Official.select().where(Official.unit == unit_id)
        .order_by(Official.position, Official.id)
    )


def units_with_officials() -> dict[int, int]:
    """{unit id: number of officials} for every unit that has its own."""
    from peewee import fn

    return {u: n for u, n in Official.select(Official.unit, fn.COUNT(Official.id))
            .where(Official.unit.is_null(False)).group_by(Official.unit).tuples()}


def replace_officials(office_id: int, unit_id: int | None, officials: list[dict]) -> None:
    """Replace the officials of the office (``unit_id`` None) or of one issuing unit."""
    where = Official.unit.is_null() if unit_id is None else Official.unit == unit_id
    Official.delete().where((Official.office == office_id) & where).execute()
    for position, item in enumerate(officials):
        Official.insert(office=office_id, position=position, unit=unit_id, **item).execute()


def insert_unit_officials(office_id: int, rows: list[dict]) -> None:
    """Bulk insert of officials of many units (the demo builder): each row holds ``unit``
    and the official's fields; the units' earlier officials are replaced."""
    units = sorted({r["unit"] for r in rows})
    for i in range(0, len(units), 500):
        Official.delete().where(Official.unit.in_(units[i:i + 500])).execute()
    now = utcnow()
    data = [{"office": office_id, "position": 0, "created_at": now, "updated_at": now,
             "version": 1, **r} for r in rows]
    for i in range(0, len(data), 500):
        Official.insert_many(data[i:i + 500]).execute()
