"""Numbered migrations, each applied in one transaction together with its version bump.

Step 1 is frozen DDL (``0001_initial.<dialect>.sql``) so later model changes never alter
what an old database was created with; later steps are Python functions. Before migrating
an existing SQLite database a backup copy is taken (online backup API). A database whose
version is newer than this app is refused rather than touched.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

import resources
from db import backup as backup_mod
from db.connection import DatabaseError, database

DEFAULT_ROLES = [
    # code, label, rank, is_leader
    ("to_truong", "Tổ trưởng", 10, True),
    ("to_pho", "Tổ phó", 20, False),
    ("thanh_vien", "Thành viên", 30, False),
]


@dataclass(frozen=True)
class Migration:
    number: int
    title: str
    apply: Callable[[pw.Database], None]


def _dialect(db: pw.Database) -> str:
    return "postgres" if isinstance(db, pw.PostgresqlDatabase) else "sqlite"


def _run_sql_file(prefix: str) -> Callable[[pw.Database], None]:
    def apply(db: pw.Database) -> None:
        text = resources.package_file(__name__, f"{prefix}.{_dialect(db)}.sql").read_text(
            encoding="utf-8")
        for statement in text.split(";\n"):
            if statement.strip():
                db.execute_sql(statement)

    return apply


def _seed_roles(db: pw.Database) -> None:
    for code, label, rank, leader in DEFAULT_ROLES:
        exists = db.execute_sql(f"SELECT 1 FROM role WHERE code = {db.param}", (code,))
        if exists.fetchone() is None:
            db.execute_sql(
                "INSERT INTO role (code, label, rank, is_leader, active) "
                "VALUES (%s, %s, %s, %s, %s)".replace("%s", db.param),
                (code, label, rank, leader, True),
            )


AUDIT_TRIGGERS = {
    "sqlite": [
        ("CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit "
         "BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END"),
        ("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit "
         "BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END"),
    ],
    "postgres": [
        ("CREATE OR REPLACE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
         "$$ BEGIN RAISE EXCEPTION 'audit is append-only'; END $$"),
        ("CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit "
         "FOR EACH ROW EXECUTE FUNCTION audit_append_only()"),
    ],
}


def _audit_append_only(db: pw.Database) -> None:
    """The audit trail can't be edited from the app, nor by a stray UPDATE or DELETE."""
    for statement in AUDIT_TRIGGERS[_dialect(db)]:
        db.execute_sql(statement)


def _officials_per_unit(db: pw.Database) -> None:
    """Officials of each issuing unit (a province office prepares its communes' decisions,
    each signed by that commune's Chairman): ``official.unit_id``, empty for the office's
    own officials."""
    db.execute_sql('ALTER TABLE "official" ADD COLUMN "unit_id" INTEGER '
                   'REFERENCES "admin_unit" ("id") ON DELETE CASCADE')
    db.execute_sql('CREATE INDEX "official_unit_id" ON "official" ("unit_id")')


def _decision_lines(db: pw.Database) -> None:
    """Decision texts stored once: each distinct line in ``decision_line``, decisions keep
    line ids (``db/decision_text.py``); existing decisions are converted, their texts (and
    stored PDFs) unchanged."""
    key = "SERIAL" if _dialect(db) == "postgres" else "INTEGER"
    db.execute_sql(f'CREATE TABLE "decision_line" ("id" {key} NOT NULL PRIMARY KEY, '
                   '"sha256" VARCHAR(64) NOT NULL, "text" TEXT NOT NULL)')
    db.execute_sql('CREATE UNIQUE INDEX "decision_line_sha256" ON "decision_line" ("sha256")')
    from db.decision_text import compact_all

    compact_all(db)


MIGRATIONS: list[Migration] = [
    Migration(1, "initial schema", _run_sql_file("0001_initial")),
    Migration(2, "default team roles", _seed_roles),
    Migration(3, "append-only audit trail", _audit_append_only),
    Migration(10, "officials per issuing unit", _officials_per_unit),
    Migration(11, "decision texts stored once", _decision_lines),
]

# Steps run in number order; numbers need not be consecutive (parallel work reserves blocks).
MIGRATIONS.sort(key=lambda m: m.number)
LATEST = max(m.number for m in MIGRATIONS)


class SchemaTooNew(DatabaseError):
    def __init__(self, found: int, supported: int):
        super().__init__(
            "db.schema_too_new",
            f"database schema {found} is newer than this app ({supported})",
            found=found,
            supported=supported,
        )


def current_version(db: pw.Database | None = None) -> int:
    db = db or database.obj
    if not db.table_exists("schema_version"):
        return 0
    row = db.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def pending(db: pw.Database | None = None) -> list[Migration]:
    version = current_version(db)
    if version > LATEST:
        raise SchemaTooNew(version, LATEST)
    return [m for m in MIGRATIONS if m.number > version]


def migrate(
    db: pw.Database | None = None,
    *,
    target: int | None = None,
    backup_dir: Path | None = None,
    app_version: str = "",
) -> list[int]:
    """Bring the schema to ``target`` (default: the latest). Returns the steps applied.

    When the database already holds data (version > 0) and is SQLite, a backup copy is
    written to ``backup_dir`` first.
    """
    db = db or database.obj
    todo = [m for m in pending(db) if target is None or m.number <= target]
    if not todo:
        return []
    version = current_version(db)
    if version > 0 and backup_dir is not None and isinstance(db, pw.SqliteDatabase):
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_mod.sqlite_backup(
            db, Path(backup_dir) / f"truoc-nang-cap-v{version}-{stamp}.db"
        )
    applied = []
    for step in todo:
        with db.atomic():
            step.apply(db)
            db.execute_sql(
                "INSERT INTO schema_version (version, applied_at, app_version) "
                "VALUES (%s, %s, %s)".replace("%s", db.param),
                (step.number, dt.datetime.now(dt.UTC).replace(tzinfo=None), app_version),
            )
        applied.append(step.number)
    return applied
