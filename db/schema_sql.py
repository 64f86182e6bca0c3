"""Generate the DDL of the current models for each dialect.

Used to freeze migration 0001 (``db/migrations/0001_initial.*.sql``, now shipped: never
regenerate it; later schema changes are new numbered steps in ``db/migrations``), and by
the tests that check the migrated schema and the models agree. On PostgreSQL the folded and collation
keys (and the normalised phone, searched by prefix) get ``COLLATE "C"`` so that ``ORDER BY sort_key`` and ``LIKE 'prefix%'`` behave
byte-wise, exactly as on SQLite, whatever locale the server was created with.
"""
from __future__ import annotations

import sys
from pathlib import Path

import peewee as pw

from db import models

KEY_COLUMNS = ("search_key", "sort_key", "phone")
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _interpolate(sql: str, params: list) -> str:
    if params:
        raise ValueError(f"DDL with parameters can't be frozen: {sql}")
    return sql


def schema_statements(dialect: str) -> list[str]:
    """The CREATE statements for every table and index, in dependency order."""
    if dialect == "postgres":
        from db.connection import attach_postgres_driver

        attach_postgres_driver()
    db = pw.PostgresqlDatabase("x") if dialect == "postgres" else pw.SqliteDatabase(":memory:")
    saved = models.database.obj
    collations: list[tuple[pw.Field, object]] = []
    models.database.initialize(db)
    try:
        if dialect == "postgres":
            for model in models.ALL_MODELS:
                for field in model._meta.sorted_fields:
                    if field.column_name in KEY_COLUMNS:
                        collations.append((field, field.collation))
                        field.collation = '"C"'
        out: list[str] = []
        for model in pw.sort_models(models.ALL_MODELS):
            out.append(_interpolate(*model._schema._create_table(safe=False).query()))
            for index in model._schema._create_indexes(safe=False):
                out.append(_interpolate(*index.query()))
        out.extend(models.EXTRA_INDEXES)
        return out
    finally:
        for field, value in collations:
            field.collation = value
        models.database.initialize(saved)


def write_frozen(prefix: str) -> None:
    for dialect in ("sqlite", "postgres"):
        path = MIGRATIONS_DIR / f"{prefix}.{dialect}.sql"
        text = ";\n".join(schema_statements(dialect)) + ";\n"
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":  # pragma: no cover - developer tool
    write_frozen(sys.argv[1] if len(sys.argv) > 1 else "0001_initial")
