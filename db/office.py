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
        .where(Official.office == office.id)
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
        Official.delete().where(Official.office == office_id).execute()
        for position, item in enumerate(officials):
            Official.insert(office=office_id, position=position, **item).execute()
    return office_id
