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


UNIT_PARENT_HISTORY = {
    "sqlite": [
        'CREATE TABLE "unit_parent_history" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"unit_id" INTEGER NOT NULL, "parent_id" INTEGER NOT NULL, "valid_from" DATE, '
        '"valid_to" DATE NOT NULL, "reason" VARCHAR(30) NOT NULL, "created_at" DATETIME NOT NULL, '
        'FOREIGN KEY ("unit_id") REFERENCES "admin_unit" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("parent_id") REFERENCES "admin_unit" ("id") ON DELETE RESTRICT)',
    ],
    "postgres": [
        'CREATE TABLE "unit_parent_history" ("id" SERIAL NOT NULL PRIMARY KEY, '
        '"unit_id" INTEGER NOT NULL, "parent_id" INTEGER NOT NULL, "valid_from" DATE, '
        '"valid_to" DATE NOT NULL, "reason" VARCHAR(30) NOT NULL, '
        '"created_at" TIMESTAMP NOT NULL, '
        'FOREIGN KEY ("unit_id") REFERENCES "admin_unit" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("parent_id") REFERENCES "admin_unit" ("id") ON DELETE RESTRICT)',
    ],
}


def _unit_parent_history(db: pw.Database) -> None:
    """Villages moved by the 2025 reform keep their old commune as history (frozen DDL)."""
    for statement in UNIT_PARENT_HISTORY[_dialect(db)] + [
        'CREATE INDEX "unit_parent_history_unit_id" ON "unit_parent_history" ("unit_id")',
        'CREATE INDEX "unit_parent_history_parent_id" ON "unit_parent_history" ("parent_id")',
    ]:
        db.execute_sql(statement)


def _live_people_index(db: pw.Database) -> None:
    """People not retired, in name order: the search's name-order walk ("van", "thi") reads
    this index alone instead of visiting each person row to test ``retired`` (half the
    time on a national database)."""
    db.execute_sql('CREATE INDEX IF NOT EXISTS "person_live_sort_key" '
                   'ON "person" ("sort_key", "id") WHERE NOT "retired"')


def _live_people_search_index(db: pw.Database) -> None:
    """The name-order walk's index carries the folded name too: the walk tests a name on
    the index entry and probes the tokens of the few people who pass ("va": 50 probes,
    not 5,000; 9 -> 1.4 ms on a national database). It replaces step 50's index."""
    db.execute_sql('CREATE INDEX IF NOT EXISTS "person_live_sort_search" '
                   'ON "person" ("sort_key", "id", "search_key") WHERE NOT "retired"')
    db.execute_sql('DROP INDEX IF EXISTS "person_live_sort_key"')


def _backfill_chain(db: pw.Database) -> None:
    from db.audit import GENESIS, row_hash

    rows = db.execute_sql(
        "SELECT id, at, user_id, username, action, entity, entity_id, unit_id, before, "
        "after, note FROM audit ORDER BY id").fetchall()
    prev = GENESIS
    for row in rows:
        digest = row_hash(prev, *row[1:])
        db.execute_sql(
            "UPDATE audit SET prev_hash = %s, row_hash = %s WHERE id = %s".replace("%s", db.param),
            (prev, digest, row[0]))
        prev = digest


_AUDIT_30_SQLITE = (
    ('CREATE TABLE "audit_new" ("id" INTEGER NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL, '
    '"user_id" INTEGER, "username" VARCHAR(60) NOT NULL, "action" VARCHAR(20) NOT NULL, '
    '"entity" VARCHAR(30) NOT NULL, "entity_id" INTEGER, "unit_id" INTEGER, "before" TEXT, '
    '"after" TEXT, "note" TEXT NOT NULL, "prev_hash" VARCHAR(64) NOT NULL DEFAULT \'\', '
    '"row_hash" VARCHAR(64) NOT NULL DEFAULT \'\')'),
    ('INSERT INTO "audit_new" (id, at, user_id, username, action, entity, entity_id, unit_id, '
    'before, after, note) SELECT id, at, user_id, username, action, entity, entity_id, '
    'unit_id, before, after, note FROM audit ORDER BY id'),
    'DROP TABLE "audit"',
    'ALTER TABLE "audit_new" RENAME TO "audit"',
    'CREATE INDEX "audit_at" ON "audit" ("at")',
    'CREATE INDEX "audit_user_id" ON "audit" ("user_id")',
    'CREATE INDEX "audit_unit_id" ON "audit" ("unit_id")',
    'CREATE INDEX "audit_entity_entity_id" ON "audit" ("entity", "entity_id")',
)


def _audit_chain(db: pw.Database) -> None:
    """Chain every audit row to the previous one by a hash (``db/audit.py``), backfilled for
    the rows already there; the trail's user and unit become plain ids (no foreign keys, so
    removing or restoring users and units never rewrites it)."""
    if _dialect(db) == "sqlite":
        db.execute_sql("DROP TRIGGER IF EXISTS audit_no_update")
        db.execute_sql("DROP TRIGGER IF EXISTS audit_no_delete")
        for statement in _AUDIT_30_SQLITE:
            db.execute_sql(statement)
        _backfill_chain(db)
        for statement in AUDIT_TRIGGERS["sqlite"]:
            db.execute_sql(statement)
        return
    names = [r[0] for r in db.execute_sql(
        "SELECT conname FROM pg_constraint WHERE conrelid = 'audit'::regclass "
        "AND contype = 'f'").fetchall()]
    for name in names:
        db.execute_sql(f'ALTER TABLE audit DROP CONSTRAINT "{name}"')
    db.execute_sql("ALTER TABLE audit ADD COLUMN prev_hash VARCHAR(64) NOT NULL DEFAULT '', "
                   "ADD COLUMN row_hash VARCHAR(64) NOT NULL DEFAULT ''")
    db.execute_sql("ALTER TABLE audit DISABLE TRIGGER audit_no_change")
    _backfill_chain(db)
    db.execute_sql("ALTER TABLE audit ENABLE TRIGGER audit_no_change")


MIGRATIONS: list[Migration] = [
    Migration(1, "initial schema", _run_sql_file("0001_initial")),
    Migration(2, "default team roles", _seed_roles),
    Migration(3, "append-only audit trail", _audit_append_only),
    Migration(10, "officials per issuing unit", _officials_per_unit),
    Migration(11, "decision texts stored once", _decision_lines),
    Migration(40, "villages keep their former parent (2025 reform)", _unit_parent_history),
    Migration(50, "index of people not retired in name order", _live_people_index),
    Migration(51, "the name-order index carries the folded name", _live_people_search_index),
    Migration(30, "audit trail chained by hashes", _audit_chain),
]

# Steps run in number order; numbers need not be consecutive (parallel work reserves blocks).
# Steps run in number order; numbers need not be consecutive (blocks were reserved for work
# done in parallel), and each step is run once: the applied ones are recorded one by one.
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


def applied_steps(db: pw.Database | None = None) -> set[int]:
    """The step numbers recorded in ``schema_version``."""
    db = db or database.obj
    if not db.table_exists("schema_version"):
        return set()
    return {int(row[0]) for row in db.execute_sql("SELECT version FROM schema_version")}


def pending(db: pw.Database | None = None) -> list[Migration]:
    """Steps not yet applied, in number order: a step numbered below the highest applied one
    still runs when it was never recorded (a database made between two merged steps)."""
    version = current_version(db)
    if version > LATEST:
        raise SchemaTooNew(version, LATEST)
    done = applied_steps(db)
    return [m for m in MIGRATIONS if m.number not in done]


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
