"""The append-only audit trail. Callers write it inside the transaction of the change."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal

from db.models import Audit


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


@dataclass(frozen=True)
class AuditFilter:
    username: str | None = None
    unit_ids: tuple[int, ...] | None = None  # the unit and everything under it, resolved above
    entity: str | None = None
    action: str | None = None
    since: dt.datetime | None = None  # UTC, inclusive
    until: dt.datetime | None = None  # UTC, exclusive


_AUDIT_COLUMNS = (
    Audit.id, Audit.at, Audit.username, Audit.action, Audit.entity, Audit.entity_id,
    Audit.unit, Audit.before, Audit.after, Audit.note,
)


def _filtered(f: AuditFilter):
    query = Audit.select(*_AUDIT_COLUMNS)
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
    return _filtered(f or AuditFilter()).count()


def iter_audit(f: AuditFilter | None = None):
    """Every matching entry, oldest first, streamed (for exports)."""
    query = _filtered(f or AuditFilter()).order_by(Audit.id)
    for row in query.tuples().iterator():
        yield AuditEntry(*row)


def audit_usernames() -> list[str]:
    return [r[0] for r in Audit.select(Audit.username).distinct().order_by(Audit.username).tuples()]


def recent_audit(limit: int = 100, entity: str | None = None) -> list[AuditEntry]:
    return query_audit(AuditFilter(entity=entity), limit=limit)
