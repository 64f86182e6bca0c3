"""The append-only audit trail. Callers write it inside the transaction of the change."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

import peewee as pw

from db.bulk import insert_rows
from db.connection import database
from db.models import AdminUnit, Audit, utcnow


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


GENESIS = "0" * 64  # the link of the very first row
_CHAIN_LOCK = 0x53544F41  # PostgreSQL advisory lock serialising the chain's tail


def at_text(value) -> str:
    """A timestamp as the chain hashes it (SQLite hands back text, PostgreSQL a datetime)."""
    if value is None:
        return ""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.isoformat(sep=" ", timespec="microseconds")


def row_hash(prev_hash: str, at, user_id, username: str, action: str, entity: str,
             entity_id, unit_id, before: str | None, after: str | None, note: str) -> str:
    """The hash that chains a row to the previous one: who, when, what, from what to what."""
    material = json.dumps(
        [prev_hash, at_text(at), user_id, username or "", action, entity, entity_id, unit_id,
         before, after, note or ""],
        ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def _lock_tail(db: pw.Database) -> None:
    """One writer at a time extends the chain (SQLite: the write transaction already is)."""
    if isinstance(db, pw.PostgresqlDatabase):
        db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_CHAIN_LOCK,))


def last_hash(db: pw.Database | None = None) -> str:
    db = db or database.obj
    row = db.execute_sql(
        "SELECT row_hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    return row[0] if row and row[0] else GENESIS


def write_audit_rows(rows: Sequence[dict], *, db: pw.Database | None = None) -> int:
    """Append audit rows to the chain, in order; each a dict with ``user_id, username,
    action, entity, entity_id, unit_id, before, after, note`` (``before``/``after`` plain
    data, JSON-encoded here; ``at`` optional, default now). Call inside the transaction of
    the change. Returns how many rows were written."""
    if not rows:
        return 0
    db = db or database.obj
    with db.atomic():
        _lock_tail(db)
        prev = last_hash(db)
        now = utcnow()
        data = []
        for r in rows:
            at = r.get("at") or now
            if isinstance(at, str):
                at = dt.datetime.fromisoformat(at)
            before = r["before"] if isinstance(r.get("before"), str) else to_json(r.get("before"))
            after = r["after"] if isinstance(r.get("after"), str) else to_json(r.get("after"))
            values = (at, r.get("user_id"), r.get("username", "") or "", r["action"], r["entity"],
                      r.get("entity_id"), r.get("unit_id"), before, after, r.get("note", "") or "")
            digest = row_hash(prev, *values)
            data.append(values + (prev, digest))
            prev = digest
        fields = [Audit.at, Audit.user, Audit.username, Audit.action, Audit.entity,
                  Audit.entity_id, Audit.unit, Audit.before, Audit.after, Audit.note,
                  Audit.prev_hash, Audit.row_hash]
        insert_rows(Audit, fields, data)  # one prepared INSERT: an import writes thousands
    return len(data)


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
) -> None:
    """One audit row, chained to the trail (inside the transaction of the change)."""
    write_audit_rows([{"user_id": user_id, "username": username, "action": action, "entity": entity,
                           "entity_id": entity_id, "unit_id": unit_id, "before": before, "after": after,
                           "note": note}])


# --- Proving the trail ----------------------------------------------------------------------

_CHAIN_COLUMNS = ("id, at, user_id, username, action, entity, entity_id, unit_id, before, "
                  "after, note, prev_hash, row_hash")


@dataclass(frozen=True)
class ChainProblem:
    """``kind``: ``edited`` (a row's content no longer matches its hash), ``broken`` (a row
    does not follow the one before it: rows removed or inserted there), ``backdated`` (a row
    dated before the row preceding it), ``truncated`` (rows missing at the end, against a
    head remembered elsewhere)."""
    kind: str
    audit_id: int | None
    at: str = ""


@dataclass(frozen=True)
class ChainReport:
    rows: int
    head: str  # the last row's hash (GENESIS when empty)
    last_id: int | None
    problems: tuple[ChainProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_rows(rows: Iterable[Sequence], *, max_problems: int = 50) -> ChainReport:
    """Check a trail given as rows in id order (the ``_CHAIN_COLUMNS``)."""
    prev = GENESIS
    prev_at = ""
    count = 0
    last_id = None
    problems: list[ChainProblem] = []
    for row in rows:
        (audit_id, at, user_id, username, action, entity, entity_id, unit_id, before, after,
         note, prev_hash, stored) = row
        count += 1
        last_id = audit_id
        when = at_text(at)
        if len(problems) < max_problems:
            if (prev_hash or "") != prev:
                problems.append(ChainProblem("broken", audit_id, when))
            expected = row_hash(prev_hash or "", at, user_id, username, action, entity,
                                entity_id, unit_id, before, after, note)
            if (stored or "") != expected:
                problems.append(ChainProblem("edited", audit_id, when))
            elif prev_at and when < prev_at:
                problems.append(ChainProblem("backdated", audit_id, when))
        prev = stored or ""
        prev_at = when
    return ChainReport(count, prev if count else GENESIS, last_id, tuple(problems))


def verify_chain(db: pw.Database | None = None) -> ChainReport:
    """Walk the whole trail (streamed) and report every break, edit or back-dated row."""
    db = db or database.obj
    cursor = db.execute_sql(f"SELECT {_CHAIN_COLUMNS} FROM audit ORDER BY id")
    return verify_rows(iter(cursor.fetchone, None))


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
