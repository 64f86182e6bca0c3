"""Bulk loading: the documented fast path for writing generated rows by the hundred thousand.

The services write one record at a time through Peewee, with validation and an audit row
each. Generated data (``desktop.demo``: up to ~2.5 million rows for the national scale) goes
through here instead:

- :class:`BulkTable`: one parameterised ``INSERT`` per table, run with ``executemany`` in
  chunks (raw DB-API: about 5x faster than Peewee's ``insert_many``). Columns the models
  gained after the caller was written are filled with the model's default, passed as a
  parameter like every other value (no value is ever spliced into SQL text).
- :func:`next_ids` / :func:`fix_sequences`: the caller assigns primary keys itself (no
  read-back per row); PostgreSQL's sequences are moved past them at the end.
- :func:`fast_sqlite` and :func:`drop_indexes`: SQLite settings and index handling for one
  big build inside one transaction.

Everything runs inside the caller's ``write_transaction()``: a cancel or an error rolls the
whole load back. Identifiers (table and column names) come from ``db.models``, never from
user input.
"""
from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import peewee as pw

from db.connection import database, is_postgres
from db.models import ALL_MODELS, AdminUnit

__all__ = [
    "BulkTable",
    "MissingDefault",
    "drop_indexes",
    "fast_sqlite",
    "fix_sequences",
    "has_rows",
    "next_ids",
    "recreate_indexes",
    "unit_rows",
]

CHUNK = 5000  # rows per executemany call


class MissingDefault(Exception):
    """The table has a column without a default that the caller does not fill."""

    def __init__(self, table: str, column: str):
        super().__init__(f"{table}.{column}")
        self.table = table
        self.column = column


def _model(table: str) -> type[pw.Model]:
    for model in ALL_MODELS:
        if model._meta.table_name == table:
            return model
    raise KeyError(table)


def _param_value(value: Any) -> Any:
    """A default as the DB-API takes it (dates as ISO text, the form SQLite stores)."""
    if isinstance(value, dt.datetime):
        return value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


class BulkTable:
    """``INSERT INTO table (columns...)`` for rows given as tuples in ``columns`` order."""

    def __init__(self, table: str, columns: Sequence[str]):
        db = database.obj
        model = _model(table)
        names = list(columns)
        extra: list[Any] = []
        for field in model._meta.sorted_fields:
            if field.column_name in columns or isinstance(field, pw.AutoField):
                continue
            default = field.default() if callable(field.default) else field.default
            if default is None and not field.null:
                raise MissingDefault(table, field.column_name)
            names.append(field.column_name)
            extra.append(_param_value(field.db_value(default)) if default is not None else None)
        self.table = table
        self.columns = tuple(columns)
        self.defaults = tuple(extra)
        quoted = ", ".join(f'"{name}"' for name in names)
        marks = ", ".join([db.param] * len(names))
        self.sql = f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})'

    def write(self, rows: Sequence[tuple], check: Callable[[], None] | None = None) -> int:
        """Insert ``rows`` in chunks; ``check()`` runs before each chunk (it may raise to
        cancel). Returns the number of rows."""
        cursor = database.obj.cursor()
        defaults = self.defaults
        for start in range(0, len(rows), CHUNK):
            if check is not None:
                check()
            chunk = rows[start:start + CHUNK]
            cursor.executemany(self.sql, [r + defaults for r in chunk] if defaults else chunk)
        return len(rows)


def insert_rows(model: type[pw.Model], fields: Sequence[pw.Field],
                rows: Sequence[Sequence[Any]]) -> None:
    """One prepared INSERT of ``rows`` (tuples in ``fields`` order) run with ``executemany``
    in the caller's transaction: three times faster than building a multi-row statement
    with peewee (toolchain.md); dates, times, flags and decimals converted by their fields.
    Used by the import's write phase and the audit trail's batches."""
    db = database.obj
    cols = ", ".join(f'"{f.column_name}"' for f in fields)
    marks = ", ".join([db.param] * len(fields))
    sql = f'INSERT INTO "{model._meta.table_name}" ({cols}) VALUES ({marks})'
    # only dates, times, flags and decimals need converting; text and numbers go as they are
    plain = (pw.CharField, pw.TextField, pw.IntegerField, pw.ForeignKeyField, pw.AutoField)
    convert = [(i, f.db_value) for i, f in enumerate(fields) if not isinstance(f, plain)]
    data: list[Sequence[Any]]
    if not convert:
        data = rows if isinstance(rows, list) else list(rows)
    else:
        data = []
        for row in rows:
            values = list(row)
            for i, db_value in convert:  # only the few columns that need it
                values[i] = db_value(values[i])
            data.append(values)
    if data:
        db.cursor().executemany(sql, data)


def unit_rows(catalogue: str) -> list[tuple]:
    """(id, level, kind, code, name, short_name, parent_id) of the catalogue's provinces,
    districts and communes, in code order: the frame generated data is hung on."""
    query = (AdminUnit.select(AdminUnit.id, AdminUnit.level, AdminUnit.kind, AdminUnit.code,
                              AdminUnit.name, AdminUnit.short_name, AdminUnit.parent)
             .where((AdminUnit.catalogue == catalogue) & (AdminUnit.level != "village"))
             .order_by(AdminUnit.code))
    return list(query.tuples())


def next_ids(tables: Sequence[str]) -> dict[str, int]:
    """The first free primary key of each table (the caller numbers new rows from there)."""
    db = database.obj
    out = {}
    for table in tables:
        _model(table)  # only our own tables
        row = db.execute_sql(f'SELECT MAX(id) FROM "{table}"').fetchone()
        out[table] = (row[0] or 0) + 1
    return out


def fix_sequences(tables: Sequence[str]) -> None:
    """After rows were inserted with explicit ids: PostgreSQL's id sequences continue after
    the largest id (SQLite needs nothing)."""
    db = database.obj
    if not is_postgres(db):
        return
    for table in tables:
        _model(table)
        db.execute_sql(
            f"SELECT setval(pg_get_serial_sequence({db.param}, 'id'), "
            f'COALESCE((SELECT MAX(id) FROM "{table}"), 1), '
            f'(SELECT MAX(id) IS NOT NULL FROM "{table}"))', (table,))


def has_rows(table: str, **equals: Any) -> bool:
    """Whether the table holds a row (with the given column values)."""
    model = _model(table)
    query = model.select()
    for column, value in equals.items():
        query = query.where(getattr(model, column) == value)
    return query.exists()


@contextlib.contextmanager
def fast_sqlite(big: bool = False) -> Iterator[None]:
    """SQLite settings for one big build, restored afterwards.

    No fsync (``synchronous=OFF``: an application crash still loses nothing committed, the
    transaction just rolls back) and a big page cache. For a very big build (``big``), also
    the rollback journal instead of WAL, but only when no other connection is open (SQLite
    refuses the switch otherwise, and WAL stays): the new pages are then written once
    instead of twice (WAL, then checkpoint) and no 1 GB ``-wal`` file is left behind.
    Readers wait during such a build, hence not for the small builds a clerk starts from
    the GUI. PostgreSQL: nothing changes.
    """
    db = database.obj
    if not isinstance(db, pw.SqliteDatabase):
        yield
        return
    saved = {name: db.execute_sql(f"PRAGMA {name}").fetchone()[0]
             for name in ("synchronous", "cache_size", "journal_mode")}
    db.execute_sql("PRAGMA synchronous = OFF")
    db.execute_sql("PRAGMA cache_size = -262144")  # 256 MB
    switch = big and str(saved["journal_mode"]).lower() == "wal"
    if switch:
        with contextlib.suppress(pw.OperationalError):  # another connection is open: keep WAL
            db.execute_sql("PRAGMA journal_mode = DELETE")
    try:
        yield
    finally:
        if switch:
            with contextlib.suppress(pw.OperationalError):
                db.execute_sql("PRAGMA journal_mode = WAL")
        for name in ("synchronous", "cache_size"):
            db.execute_sql(f"PRAGMA {name} = {int(saved[name])}")


def drop_indexes(tables: Sequence[str]) -> list[str]:
    """Drop the indexes of those tables that are empty (SQLite only); returns the statements
    that recreate them, to run (``database.obj.execute_sql``) once the rows are in.

    CREATE INDEX sorts once; maintaining five indexes row by row costs 2-3x more. The
    statements are the ones stored in ``sqlite_master``, so the rebuilt indexes are exactly
    the migrated ones (unique and partial ones included, checked when rebuilt). Call inside
    the load's transaction: a cancel or an error restores them.
    """
    db = database.obj
    if not isinstance(db, pw.SqliteDatabase):
        return []
    statements: list[str] = []
    for table in tables:
        if has_rows(table):
            continue
        rows = db.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL ORDER BY name", (table,)).fetchall()
        for name, sql in rows:
            db.execute_sql(f'DROP INDEX "{name}"')
            statements.append(sql)
    return statements


def recreate_indexes(statements: Sequence[str], check: Callable[[], None] | None = None) -> None:
    """Run the statements :func:`drop_indexes` returned (``check()`` before each: it may
    raise to cancel)."""
    db = database.obj
    for sql in statements:
        if check is not None:
            check()
        db.execute_sql(sql)
