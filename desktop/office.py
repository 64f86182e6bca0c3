"""The office: which unit this installation serves, who signs, how documents are numbered.

Decision defaults live here, in one place for the GUI and the CLI:

- the officials who sign for each issuing unit (``official`` rows: the office's own with no
  unit, a commune's with its unit), so a province office preparing a commune's Decision
  uses that commune's Chairman;
- the standing legal bases: office-wide and per unit (a province's plan number and date,
  a commune's own list), kept in the office settings under ``decision_defaults``
  (``{"office": {...}, "units": {"<unit id>": {...}}}``; each entry may hold
  ``legal_bases``, ``proposer``, ``recipients``, ``plan_number``, ``plan_date``). A unit's
  entry overrides its ancestors', which override the office-wide entry.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from db import bulk
from db.audit import write_audit
from db.connection import write_transaction
from db.office import (
    OfficeInfo,
    OfficialInfo,
    get_office,
    insert_unit_officials,
    replace_officials,
    save_office,
    unit_officials,
)
from db.units import get_unit, path_to_root
from desktop import errors_domain as E
from desktop._common import refuse
from desktop.context import Actor
from desktop.errors_domain import DomainError, NotFound, StaleRecord
from desktop.permissions import require_admin, require_write
from vn.text import clean_text, normalize_name

__all__ = [
    "OFFICE_SETTINGS",
    "IssuingDefaults",
    "OfficeInfo",
    "catalogue_in_use",
    "configure_office",
    "default_office_name",
    "get_office",
    "issuing_defaults",
    "office_setting",
    "set_issuing_defaults",
    "set_office_settings",
]

DEFAULTS_KEY = "decision_defaults"
TEXT_KEYS = ("proposer",)
LIST_KEYS = ("legal_bases", "recipients")


class OfficeMissing(DomainError):
    code = "office.missing"


def _clean_officials(officials: list[dict]) -> list[dict]:
    """Officials as stored: names with capitals, a title, the chair first if marked."""
    return [
        {
            "full_name": normalize_name(o.get("full_name")),
            "title": clean_text(o.get("title")) or ("Chủ tịch" if o.get("is_chair")
                                                   else "Phó Chủ tịch"),
            "authority": clean_text(o.get("authority")),
            "is_chair": bool(o.get("is_chair")),
            "active": bool(o.get("active", True)),
        }
        for o in officials
        if clean_text(o.get("full_name"))
    ]


def catalogue_in_use() -> bool:
    """Does the office already hold its own records (villages, teams, people)? Then the
    catalogue of administrative units cannot be switched: every village and roster hangs on
    units of the current one (the 2025 reform has its own planned path: ``reform``)."""
    return (bulk.has_rows("admin_unit", catalogue="local") or bulk.has_rows("team")
            or bulk.has_rows("person"))


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
    if before is not None and before.catalogue and before.catalogue != catalogue \
            and catalogue_in_use():
        raise refuse("catalogue", E.OFFICE_CATALOGUE_IN_USE, value=catalogue,
                     current=before.catalogue)
    clean_officials = _clean_officials(officials)
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


# --- decision defaults per issuing unit ----------------------------------------------------


@dataclasses.dataclass(frozen=True)
class IssuingDefaults:
    """What a new Decision of one issuing unit starts with (``None``/empty: not set, the
    decision service's built-in wording applies)."""

    unit_id: int
    officials: tuple[OfficialInfo, ...]  # who may sign for this unit
    officials_source: str  # "unit" (its own), "office" (the office's unit) or "" (none)
    legal_bases: tuple[str, ...] | None  # None: the built-in list
    proposer: str | None
    recipients: tuple[str, ...] | None
    plan_number: str  # the province plan the legal bases cite ("125"), "" when not set
    plan_date: dt.date | None


def _settings_entry(settings: dict, unit_id: int | None) -> dict:
    block = settings.get(DEFAULTS_KEY) or {}
    if unit_id is None:
        return dict(block.get("office") or {})
    return dict((block.get("units") or {}).get(str(unit_id)) or {})


def _as_day(value) -> dt.date | None:
    if not value:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def issuing_defaults(unit_id: int | None, office: OfficeInfo | None = None, *,
                     own_only: bool = False) -> IssuingDefaults:
    """The defaults for Decisions issued by ``unit_id`` (a commune): its own officials, else
    the office's when the office serves that unit; legal bases merged office-wide, then
    each ancestor from the province down, then the unit itself. ``None``: the office-wide
    entry alone, with the office's own officials. ``own_only``: the unit's own entry, not
    merged (what the settings form edits)."""
    office = office if office is not None else get_office()
    own = unit_officials(unit_id) if unit_id is not None else ()
    if unit_id is None:
        officials, source = (office.officials if office else ()), "office"
    elif own:
        officials, source = own, "unit"
    elif office is not None and office.unit_id == unit_id:
        officials, source = office.officials, "office"
    else:
        officials, source = (), ""
    merged: dict = {}
    if office is not None and own_only:  # what the settings form edits for this unit
        merged.update(_settings_entry(office.settings, unit_id))
    elif office is not None:
        merged.update(_settings_entry(office.settings, None))
        for unit in path_to_root(unit_id) if unit_id else []:
            merged.update({k: v for k, v in _settings_entry(office.settings, unit.id).items()
                           if v not in (None, "")})
    bases = merged.get("legal_bases")
    recipients = merged.get("recipients")
    return IssuingDefaults(
        unit_id=unit_id or 0,
        officials=tuple(o for o in officials if o.active),
        officials_source=source,
        legal_bases=tuple(bases) if bases else None,
        proposer=merged.get("proposer") or None,
        recipients=tuple(recipients) if recipients else None,
        plan_number=str(merged.get("plan_number") or ""),
        plan_date=_as_day(merged.get("plan_date")),
    )


_UNSET = object()


def set_issuing_defaults(
    actor: Actor,
    unit_id: int | None,
    *,
    officials: list[dict] | None = None,
    legal_bases: list[str] | None = None,
    proposer: str | None = None,
    recipients: list[str] | None = None,
    plan_number=_UNSET,
    plan_date=_UNSET,
    expected_version: int | None = None,
) -> IssuingDefaults | None:
    """Set who signs and the standing legal bases, office-wide (``unit_id`` None, an
    administrator) or for one issuing unit (a writer whose scope holds it). Only the
    arguments given change; an empty list clears a list back to the built-in wording.

    Returns the defaults of ``unit_id`` (None when office-wide).
    """
    if unit_id is None:
        require_admin(actor)
    else:
        require_write(actor, [u.id for u in path_to_root(unit_id)])
    office = get_office()
    if office is None:
        raise OfficeMissing()
    settings = dict(office.settings)
    block = dict(settings.get(DEFAULTS_KEY) or {})
    units = dict(block.get("units") or {})
    entry = _settings_entry(settings, unit_id)
    before = {**entry, "officials": [dataclasses.asdict(o) for o in (
        office.officials if unit_id is None else unit_officials(unit_id))]}
    for key, value in (("legal_bases", legal_bases), ("recipients", recipients)):
        if value is not None:
            cleaned = [clean_text(v) for v in value if clean_text(v)]
            if cleaned:
                entry[key] = cleaned
            else:
                entry.pop(key, None)
    if proposer is not None:
        if clean_text(proposer):
            entry["proposer"] = clean_text(proposer)
        else:
            entry.pop("proposer", None)
    if plan_number is not _UNSET:
        entry["plan_number"] = clean_text(plan_number)
    if plan_date is not _UNSET:
        day = _as_day(plan_date)
        entry["plan_date"] = day.isoformat() if day else ""
    entry = {k: v for k, v in entry.items() if v not in (None, "", [])}
    if unit_id is None:
        block["office"] = entry
    elif entry:
        units[str(unit_id)] = entry
    else:
        units.pop(str(unit_id), None)
    block["units"] = units
    settings[DEFAULTS_KEY] = block
    clean = _clean_officials(officials) if officials is not None else None
    with write_transaction():
        saved = save_office({"settings": settings},
                            expected_version=office.version if expected_version is None
                            else expected_version)
        if saved is None:
            current = get_office()
            raise StaleRecord("office", office.id, dataclasses.asdict(current) if current else None)
        if clean is not None:
            replace_officials(office.id, unit_id, clean)
        write_audit(
            user_id=actor.user_id, username=actor.username, action="update",
            entity="decision_defaults", entity_id=office.id, unit_id=unit_id,
            before=before, after={**entry, **({"officials": clean} if clean is not None else {})},
        )
    return issuing_defaults(unit_id) if unit_id is not None else None


def store_demo_defaults(chairs: dict[int, str], plans: dict[int, tuple[int, dt.date]]) -> None:
    """The demo's commune Chairmen and province plans, so a demo Decision issues at once.

    Runs inside the demo's own transaction (no actor: the demo builder writes its own audit
    row). ``chairs``: {commune id: name}; ``plans``: {province id: (number, date)}."""
    office = get_office()
    if office is None:
        return
    settings = dict(office.settings)
    block = dict(settings.get(DEFAULTS_KEY) or {})
    units = dict(block.get("units") or {})
    for province_id, (number, day) in plans.items():
        units.setdefault(str(province_id), {}).update(
            {"plan_number": str(number), "plan_date": day.isoformat()})
    block["units"] = units
    settings[DEFAULTS_KEY] = block
    save_office({"settings": settings})
    own = office.unit_id if office.officials else None  # the office's own signers stay
    insert_unit_officials(office.id, [
        {"unit": commune_id, "full_name": name, "title": "Chủ tịch", "authority": "CHỦ TỊCH",
         "is_chair": True, "active": True} for commune_id, name in chairs.items()
        if commune_id != own])
