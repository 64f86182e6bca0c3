"""The append-only audit trail. Callers write it inside the transaction of the change."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal

import peewee as pw

from db.models import AdminUnit, Audit


def _default(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    return str(value)


def to_json(data) -> str | None:
    if data is None:
        return None
    return json.dumps(data, ensure_ascii=False, sort_keys=True, default=_default)


def write_audit(
    *,
    user_id: int | None,
    username: str,
    action: str,
    entity: str,
    entity_id: int | None = None,
    unit_id: int | None = None,
    before: dict | None = None,
    after: dict | None = None,
    note: str = "",
) -> int:
    return Audit.insert(
        user=user_id,
        username=username,
        action=action,
        entity=entity,
        entity_id=entity_id,
        unit=unit_id,
        before=to_json(before),
        after=to_json(after),
        note=note,
    ).execute()


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: dt.datetime
    username: str
    action: str
    entity: str
    entity_id: int | None
    unit_id: int | None
    before: str | None
    after: str | None
    note: str
    unit_name: str = ""  # joined in, so painting a page of entries runs no query


@dataclass(frozen=True)
class AuditFilter:
    username: str | None = None
    unit_ids: tuple[int, ...] | None = None  # the unit and everything under it, resolved above
    # Each id names a subtree (the unit and everything under it); an entry must lie in all
    # of them (a clerk's scope AND the unit chosen in the viewer). Resolved here in SQL.
    within: tuple[int, ...] = ()
    entity: str | None = None
    action: str | None = None
    since: dt.datetime | None = None  # UTC, inclusive
    until: dt.datetime | None = None  # UTC, exclusive


_UNIT = AdminUnit.alias("audit_unit")
_AUDIT_COLUMNS = (
    Audit.id, Audit.at, Audit.username, Audit.action, Audit.entity, Audit.entity_id,
    Audit.unit, Audit.before, Audit.after, Audit.note, pw.fn.COALESCE(_UNIT.name, ""),
)


def _non_village_subtree(unit_id: int) -> list[int]:
    """The unit and the provinces, districts and communes under it (a few thousand ids at
    most, nationally): villages are reached through their parent in SQL instead."""
    found = [unit_id]
    frontier = [unit_id]
    while frontier:
        rows = list(
            AdminUnit.select(AdminUnit.id)
            .where(AdminUnit.parent.in_(frontier) & (AdminUnit.level != "village"))
            .tuples()
        )
        frontier = [r[0] for r in rows]
        found.extend(frontier)
    return found


def in_subtree(column: pw.Field, unit_id: int) -> pw.Expression:
    """``column`` names the unit ``unit_id`` or a unit anywhere under it."""
    upper = _non_village_subtree(unit_id)
    villages = AdminUnit.select(AdminUnit.id).where(
        AdminUnit.parent.in_(upper) & (AdminUnit.level == "village"))
    return column.in_(upper) | column.in_(villages)


def _filtered(f: AuditFilter, columns=_AUDIT_COLUMNS):
    query = (Audit.select(*columns)
             .join(_UNIT, pw.JOIN.LEFT_OUTER, on=(Audit.unit == _UNIT.id)))
    for unit_id in f.within:
        query = query.where(in_subtree(Audit.unit, unit_id))
    if f.username:
        query = query.where(Audit.username == f.username)
    if f.unit_ids is not None:
        query = query.where(Audit.unit.in_(list(f.unit_ids)))
    if f.entity:
        query = query.where(Audit.entity == f.entity)
    if f.action:
        query = query.where(Audit.action == f.action)
    if f.since:
        query = query.where(Audit.at >= f.since)
    if f.until:
        query = query.where(Audit.at < f.until)
    return query


def query_audit(f: AuditFilter | None = None, *, limit: int = 200, offset: int = 0
                ) -> list[AuditEntry]:
    """Newest first, one page at a time."""
    query = _filtered(f or AuditFilter()).order_by(Audit.id.desc()).limit(limit).offset(offset)
    return [AuditEntry(*row) for row in query.tuples()]


def count_audit(f: AuditFilter | None = None) -> int:
    return _filtered(f or AuditFilter(), (Audit.id,)).count()


def iter_audit(f: AuditFilter | None = None):
    """Every matching entry, oldest first, streamed (for exports)."""
    query = _filtered(f or AuditFilter()).order_by(Audit.id)
    for row in query.tuples().iterator():
        yield AuditEntry(*row)


def audit_usernames(f: AuditFilter | None = None) -> list[str]:
    """Who appears in the trail (within a filter's units, when given)."""
    if f is None:
        query = Audit.select(Audit.username)
    else:
        query = _filtered(f, (Audit.username,))
    return [r[0] for r in query.distinct().order_by(Audit.username).tuples()]


def recent_audit(limit: int = 100, entity: str | None = None) -> list[AuditEntry]:
    return query_audit(AuditFilter(entity=entity), limit=limit)


def last_change_id(ignore_actions: tuple[str, ...] = ()) -> int:
    """The id of the newest audit row that records a change (0 when none): comparing it at two
    moments tells whether anything was written in between (every write audits)."""
    query = Audit.select(pw.fn.MAX(Audit.id))
    if ignore_actions:
        query = query.where(Audit.action.not_in(ignore_actions))
    return int(query.scalar() or 0)
