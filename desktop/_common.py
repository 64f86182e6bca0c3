"""Small pieces every service shares: scope checks, audit rows, refusals, settings.

Internal to ``desktop/``: the GUI and the CLI call the service modules, not this one.
"""
from __future__ import annotations

import dataclasses
from typing import Any, overload

from db.audit import write_audit
from db.office import get_office
from db.units import UnitInfo, get_unit, path_to_root
from desktop.context import Actor
from desktop.errors_domain import NotFound, ValidationFailed
from desktop.permissions import require_write
from desktop.validation import ERROR, WARNING, Problem

DEFAULT_TEAM_SIZE = (3, 10)


def path_ids(unit_id: int | None) -> list[int]:
    """The unit and its ancestors' ids (what ``require_write`` compares the scope with)."""
    if unit_id is None:
        return []
    return [u.id for u in path_to_root(unit_id)]


def check_write(actor: Actor, unit_id: int | None) -> None:
    """The actor may write here: a writer, and for a clerk, the unit is inside the scope."""
    require_write(actor, path_ids(unit_id))


def in_scope(actor: Actor | None, unit_id: int | None) -> bool:
    if actor is None or actor.scope_unit_id is None:
        return True
    return unit_id is not None and actor.scope_unit_id in path_ids(unit_id)


def audit(
    actor: Actor,
    action: str,
    entity: str,
    entity_id: int | None,
    *,
    unit_id: int | None = None,
    before: Any = None,
    after: Any = None,
    note: str = "",
) -> None:
    write_audit(
        user_id=actor.user_id,
        username=actor.username,
        action=action,
        entity=entity,
        entity_id=entity_id,
        unit_id=unit_id,
        before=as_dict(before),
        after=as_dict(after),
        note=note,
    )


@overload
def as_dict(value: None) -> None: ...


@overload
def as_dict(value: Any) -> dict: ...


def as_dict(value: Any) -> dict | None:
    """A record (frozen dataclass or mapping) as a plain dict for the audit trail; its
    tuple and list fields (members, problems) are left out. ``None`` stays ``None``."""
    if value is None:
        return None
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: getattr(value, f.name)
            for f in dataclasses.fields(value)
            if not isinstance(getattr(value, f.name), (tuple, list))
        }
    return dict(value)


def error(field: str, code: str, **params: Any) -> Problem:
    return Problem(field, code, ERROR, params)


def warning(field: str, code: str, **params: Any) -> Problem:
    return Problem(field, code, WARNING, params)


def refuse(field: str, code: str, **params: Any) -> ValidationFailed:
    return ValidationFailed([error(field, code, **params)])


def raise_if_errors(problems: list[Problem]) -> None:
    if any(p.is_error for p in problems):
        raise ValidationFailed([p for p in problems if p.is_error] + [
            p for p in problems if not p.is_error
        ])


def require_unit(unit_id: int | None, level: str | None = None,
                 entity: str = "unit") -> UnitInfo:
    unit = get_unit(unit_id) if unit_id is not None else None
    if unit is None or (level is not None and unit.level != level):
        raise NotFound(entity, unit_id)
    return unit


def team_size_range() -> tuple[int, int]:
    """The office's ``team_size`` setting ([min, max], default 3-10)."""
    office = get_office()
    raw = office.settings.get("team_size") if office else None
    try:
        low, high = int(raw[0]), int(raw[1])  # type: ignore[index]
        if 0 <= low <= high:
            return low, high
    except (TypeError, ValueError, IndexError, KeyError):
        pass
    return DEFAULT_TEAM_SIZE
