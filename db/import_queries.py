"""Bulk lookups and inserts for the roster import: a 10,000-row file is matched with a few
dozen ``IN (...)`` queries and written with multi-row inserts, never one query per row.

Everything here runs inside the caller's transaction (``desktop/roster_import.py`` holds one
for the whole commit).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import peewee as pw

from db.bulk import insert_rows
from db.connection import database, is_postgres
from db.models import Membership, Person, PersonNameToken, Role
from db.people import name_tokens
from db.scope import membership_active

CHUNK = 500


def _chunks(values: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def people_by_citizen_id(citizen_ids: Iterable[str]) -> dict[str, tuple[int, str]]:
    """{citizen id: (person id, folded name)}."""
    wanted = sorted({c for c in citizen_ids if c})
    out: dict[str, tuple[int, str]] = {}
    for part in _chunks(wanted):
        for pid, cid, key in (
            Person.select(Person.id, Person.citizen_id, Person.search_key)
            .where(Person.citizen_id.in_(list(part)))
            .tuples()
        ):
            out[cid] = (pid, key)
    return out


def people_by_phone(phones: Iterable[str]) -> dict[tuple[str, str], int]:
    """{(phone, folded name): the lowest person id} (as ``find_by_phone_and_name``)."""
    wanted = sorted({p for p in phones if p})
    out: dict[tuple[str, str], int] = {}
    for part in _chunks(wanted):
        for pid, phone, key in (
            Person.select(Person.id, Person.phone, Person.search_key)
            .where(Person.phone.in_(list(part)))
            .order_by(Person.id)
            .tuples()
        ):
            out.setdefault((phone, key), pid)
    return out


def person_values_many(person_ids: Iterable[int]) -> dict[int, dict]:
    """The stored columns of each person (as ``db.people.person_values``)."""
    ids = sorted(set(person_ids))
    out: dict[int, dict] = {}
    for part in _chunks(ids):
        for row in Person.select().where(Person.id.in_(list(part))).dicts():
            out[row["id"]] = dict(row)
    return out


def active_memberships(
    *, person_ids: Iterable[int] = (), team_ids: Iterable[int] = (), on: dt.date | None = None
) -> list[tuple]:
    """Open memberships (id, team, person, role, is_leader, full name, version) of these
    people or of these teams on a day."""
    out: dict[int, tuple] = {}
    for field, values in (
        (Membership.person, sorted(set(person_ids))),
        (Membership.team, sorted(set(team_ids))),
    ):
        for part in _chunks(values):
            rows = (
                Membership.select(
                    Membership.id,
                    Membership.team,
                    Membership.person,
                    Membership.role,
                    Role.is_leader,
                    Person.full_name,
                    Membership.version,
                )
                .join(Role, on=(Membership.role == Role.code))
                .switch(Membership)
                .join(Person, on=(Membership.person == Person.id))
                .where(field.in_(list(part)) & membership_active(on))
                .tuples()
            )
            for r in rows:
                out[r[0]] = (r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6])
    return list(out.values())


def insert_returning_ids(model: type[pw.Model], fields: Sequence[pw.Field],
                         rows: Sequence[Sequence[Any]]) -> list[int]:
    """Insert rows (tuples in ``fields`` order); the new ids in the rows' order.

    SQLite: the caller holds the write lock (``BEGIN IMMEDIATE``), and a rowid table gives
    each new row the largest rowid so far plus one, so the ids are the ``len(rows)`` numbers
    after the maximum read before the insert (checked afterwards). PostgreSQL: a multi-row
    INSERT ... RETURNING id (a serial's values are taken in VALUES order, so the sorted ids
    are the rows' ids).
    """
    if not rows:
        return []
    db = database.obj
    if not is_postgres(db):
        before = model.select(pw.fn.MAX(model.id)).scalar() or 0
        insert_rows(model, fields, rows)
        ids = list(range(before + 1, before + 1 + len(rows)))
        top = model.select(pw.fn.MAX(model.id), pw.fn.COUNT(model.id)).where(
            model.id > before).tuples().first()
        if top is None or top[0] != ids[-1] or top[1] != len(rows):  # pragma: no cover
            raise RuntimeError("insert ids are not consecutive")
        return ids
    out: list[int] = []
    width = max(1, len(fields))
    size = max(1, min(CHUNK, 30000 // width))
    for part in _chunks(rows, size):
        part = list(part)
        cursor = model.insert_many(part, fields=list(fields)).returning(model.id).execute()
        ids = sorted(r[0] if isinstance(r, tuple) else getattr(r, "id", r) for r in cursor)
        if len(ids) != len(part):  # pragma: no cover - defensive
            raise RuntimeError("insert returned a different number of ids")
        out += ids
    return out


def insert_people(values: Sequence[dict]) -> list[int]:
    """Insert cleaned people (``desktop.people.person_columns`` plus version/created_at/
    retired/note) and their name tokens; returns the ids in order."""
    if not values:
        return []
    keys = sorted({k for v in values for k in v})
    fields = [getattr(Person, k) for k in keys]
    ids = insert_returning_ids(Person, fields, [tuple(map(v.get, keys)) for v in values])
    tokens = [
        (pid, key, v["sort_key"])
        for pid, v in zip(ids, values)
        if not v.get("retired")
        for key in name_tokens(v["search_key"])
    ]
    tfields = [PersonNameToken.person, PersonNameToken.search_key, PersonNameToken.sort_key]
    insert_rows(PersonNameToken, tfields, tokens)
    return ids


def insert_memberships(rows: Sequence[dict]) -> list[int]:
    if not rows:
        return []
    keys = sorted({k for r in rows for k in r})
    fields = [getattr(Membership, k) for k in keys]
    return insert_returning_ids(Membership, fields, [tuple(map(r.get, keys)) for r in rows])


def person_values(person_id: int, columns: Sequence[str]) -> dict:
    """The stored values of some of a person's columns (the "before" of an update)."""
    fields = [getattr(Person, c) for c in columns if hasattr(Person, c)]
    if not fields:
        return {}
    row = Person.select(*fields).where(Person.id == person_id).dicts().first()
    return dict(row or {})


def insert_audit_rows(rows: Sequence[dict]) -> None:
    """Audit rows in bulk: dicts with user_id, username, action, entity, entity_id, unit_id,
    before, after (plain data: the values before and after the change), note; chained to
    the trail by ``db.audit.write_audit_rows``."""
    from db.audit import write_audit_rows

    write_audit_rows(rows)

