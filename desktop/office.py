"""The office: which unit this installation serves, who signs, how documents are numbered."""
from __future__ import annotations

import dataclasses

from db.audit import write_audit
from db.connection import write_transaction
from db.office import OfficeInfo, get_office, save_office
from db.units import get_unit
from desktop.context import Actor
from desktop.errors_domain import NotFound, StaleRecord
from desktop.permissions import require_admin
from vn.text import clean_text, normalize_name

__all__ = ["OfficeInfo", "configure_office", "default_office_name", "get_office"]


def default_office_name(unit_id: int) -> tuple[str, str]:
    """("Ủy ban nhân dân xã Hợp Thành", "Hợp Thành") for a unit: the issuing body and place."""
    unit = get_unit(unit_id)
    if unit is None:
        return "", ""
    kind = unit.kind.lower() if unit.kind else ""
    if unit.level == "province" and unit.kind == "Thành phố":
        kind = "thành phố"
    return f"Ủy ban nhân dân {kind} {unit.short_name}".strip(), unit.short_name


def configure_office(
    actor: Actor,
    *,
    unit_id: int,
    catalogue: str,
    officials: list[dict],
    doc_symbol: str = "QĐ-UBND",
    name: str | None = None,
    place_name: str | None = None,
    governing_body: str = "",
    settings: dict | None = None,
    expected_version: int | None = None,
) -> OfficeInfo:
    """Set the office's scope and signers (the first-run wizard and the settings page).

    ``expected_version`` is the office version the form showed: ``StaleRecord`` when another
    administrator saved since. ``None`` only where no version can be known (the first-run
    wizard creating the office).
    """
    require_admin(actor)
    default_name, default_place = default_office_name(unit_id)
    before = get_office()
    clean_officials = [
        {
            "full_name": normalize_name(o.get("full_name")),
            "title": clean_text(o.get("title")) or "Chủ tịch",
            "authority": clean_text(o.get("authority")),
            "is_chair": bool(o.get("is_chair")),
            "active": bool(o.get("active", True)),
        }
        for o in officials
        if clean_text(o.get("full_name"))
    ]
    values = {
        "unit": unit_id,
        "catalogue": catalogue,
        "name": clean_text(name) or default_name,
        "place_name": clean_text(place_name) or default_place,
        "doc_symbol": clean_text(doc_symbol) or "QĐ-UBND",
        "governing_body": clean_text(governing_body),
    }
    if settings is not None:
        values["settings"] = settings
    with write_transaction():
        office_id = save_office(values, clean_officials, expected_version=expected_version)
        if office_id is None:
            current = get_office()
            raise StaleRecord("office", current.id if current else 0,
                              dataclasses.asdict(current) if current else None)
        write_audit(
            user_id=actor.user_id,
            username=actor.username,
            action="update" if before else "create",
            entity="office",
            entity_id=office_id,
            unit_id=unit_id,
            before=dataclasses.asdict(before) if before else None,
            after={**values, "officials": clean_officials},
        )
    office = get_office()
    if office is None:  # pragma: no cover - saved just above
        raise NotFound("office", None)
    return office
