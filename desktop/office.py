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

__all__ = [
    "OFFICE_SETTINGS",
    "OfficeInfo",
    "configure_office",
    "default_office_name",
    "get_office",
    "office_setting",
    "set_office_settings",
]


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


# --- office settings -----------------------------------------------------------------------
# Every key an office may set, with its type and default: the one place they are listed.
OFFICE_SETTINGS: dict[str, tuple[type, object]] = {
    # Số CCCD in roster exports and the import template (still only for accounts that may
    # see citizen IDs).
    "export_citizen_id": (bool, False),
    # Plausible age of a member on the day they join a team (import and member form).
    "join_age_min": (int, 16),
    "join_age_max": (int, 80),
}


def office_setting(key: str, office: OfficeInfo | None = None) -> object:
    """The office's value of a setting, else its default."""
    kind, default = OFFICE_SETTINGS[key]
    office = office if office is not None else get_office()
    value = office.settings.get(key) if office is not None else None
    if value is None:
        return default
    try:
        return kind(value)
    except (TypeError, ValueError):
        return default


def set_office_settings(actor: Actor, changes: dict[str, object]) -> OfficeInfo:
    """Change some office settings (administrators only), audited; the other settings stay.

    Unknown keys or values of the wrong kind are refused (``ValidationFailed``) and nothing
    is written; an office must be set up first (``office.missing``)."""
    from desktop.errors_domain import ValidationFailed
    from desktop.validation import Problem

    require_admin(actor)
    problems = []
    clean: dict[str, object] = {}
    for key, value in changes.items():
        spec = OFFICE_SETTINGS.get(key)
        if spec is None:
            problems.append(Problem(key, "office.setting_unknown", params={"value": key}))
            continue
        kind, _default = spec
        if kind is bool and isinstance(value, bool) or kind is int and isinstance(value, int) and not isinstance(value, bool) \
                and 0 <= value <= 150:
            clean[key] = value
        else:
            problems.append(Problem(key, "office.setting_value", params={"value": value}))
    low = clean.get("join_age_min", office_setting("join_age_min"))
    high = clean.get("join_age_max", office_setting("join_age_max"))
    if not problems and int(low) > int(high):  # type: ignore[call-overload]
        problems.append(Problem("join_age_min", "office.setting_value",
                                params={"value": f"{low}–{high}"}))
    current = get_office()
    if current is None:
        problems.append(Problem("office", "office.missing"))
    if problems:
        raise ValidationFailed(problems)
    assert current is not None
    settings = {**current.settings, **clean}
    with write_transaction():
        office_id = save_office({"settings": settings}, expected_version=current.version)
        if office_id is None:
            now = get_office()
            raise StaleRecord("office", now.id if now else 0,
                              dataclasses.asdict(now) if now else None)
        write_audit(
            user_id=actor.user_id,
            username=actor.username,
            action="update",
            entity="office",
            entity_id=office_id,
            unit_id=current.unit_id,
            before={"settings": current.settings},
            after={"settings": settings},
        )
    office = get_office()
    if office is None:  # pragma: no cover - saved just above
        raise NotFound("office", None)
    return office
