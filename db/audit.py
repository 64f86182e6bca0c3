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


def recent_audit(limit: int = 100, entity: str | None = None) -> list[AuditEntry]:
    query = Audit.select(
        Audit.id, Audit.at, Audit.username, Audit.action, Audit.entity, Audit.entity_id,
        Audit.unit, Audit.before, Audit.after, Audit.note,
    )
    if entity:
        query = query.where(Audit.entity == entity)
    return [AuditEntry(*row) for row in query.order_by(Audit.id.desc()).limit(limit).tuples()]
