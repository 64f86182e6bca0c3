"""Backups and restore.

SQLite: copies through the online backup API (a live database is never file-copied), one
automatic copy on the first start of each day and before each migration, rotated to keep
the newest 7 daily and 4 weekly copies by default. Restore checks the file's integrity and
schema first and backs up the current database before replacing it.
PostgreSQL: a logical export of the app's tables (JSON lines, one table after another) that
restore accepts; restore runs in one transaction.
"""
from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import peewee as pw

from db import backup as db_backup
from db.connection import DatabaseError, database, is_postgres, sqlite_path
from db.migrations import LATEST
from db.models import ALL_MODELS
from desktop import paths
from vn.files import atomic_path

DAILY_PREFIX = "tu-dong-"
MANUAL_PREFIX = "sao-luu-"
KEEP_DAILY = 7
KEEP_WEEKLY = 4


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    size: int
    automatic: bool


def backup_dir() -> Path:
    path = sqlite_path()
    if path:
        return paths.backups_dir_for(path)
    return paths.default_data_dir() / "backups"


def backup_now(dest: str | os.PathLike | None = None, *, automatic: bool = False) -> Path:
    """Write a backup now; returns its path. SQLite: a .db copy; PostgreSQL: a .jsonl.gz export."""
    stamp = dt.datetime.now().strftime("%Y-%m-%d_%H%M%S")
    prefix = DAILY_PREFIX if automatic else MANUAL_PREFIX
    if is_postgres():
        target = Path(dest) if dest else backup_dir() / f"{prefix}{stamp}.jsonl.gz"
        return export_logical(target)
    target = Path(dest) if dest else backup_dir() / f"{prefix}{stamp}.db"
    return db_backup.sqlite_backup(database.obj, target)


def list_backups(folder: Path | None = None) -> list[BackupInfo]:
    folder = folder or backup_dir()
    if not folder.exists():
        return []
    out = []
    for p in folder.iterdir():
        if p.suffix == ".tmp" or not p.is_file():
            continue
        if not (p.name.endswith(".db") or p.name.endswith(".jsonl.gz")):
            continue
        stat = p.stat()
        out.append(
            BackupInfo(p, dt.datetime.fromtimestamp(stat.st_mtime), stat.st_size,
                       p.name.startswith(DAILY_PREFIX))
        )
    return sorted(out, key=lambda b: b.created, reverse=True)


def rotate(folder: Path | None = None, *, keep_daily: int = KEEP_DAILY,
           keep_weekly: int = KEEP_WEEKLY) -> list[Path]:
    """Delete automatic backups beyond the newest ``keep_daily`` days and ``keep_weekly``
    ISO weeks (the newest copy of each day / week is the one kept). Manual ones stay."""
    autos = [b for b in list_backups(folder) if b.automatic]
    keep: set[Path] = set()
    days: list[dt.date] = []
    weeks: list[tuple[int, int]] = []
    for b in autos:  # newest first
        day = b.created.date()
        iso = day.isocalendar()
        week = (iso.year, iso.week)
        if day not in days and len(days) < keep_daily:
            days.append(day)
            keep.add(b.path)
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.append(week)
            keep.add(b.path)
    removed = []
    for b in autos:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def daily_backup_if_due(today: dt.date | None = None, *, actor=None) -> Path | None:
    """The automatic backup on the first start of each day (SQLite and PostgreSQL).

    Recorded in the audit trail like "Sao lưu ngay" (a backup holds every person's data),
    by ``actor`` or else the system (``desktop.context.SYSTEM``: it runs before sign-in).
    """
    from db.connection import write_transaction
    from desktop._common import audit
    from desktop.context import SYSTEM

    today = today or dt.date.today()
    done_today = any(
        b.automatic and b.created.date() == today for b in list_backups()
    )
    if done_today:
        return None
    path = backup_now(automatic=True)
    rotate()
    with write_transaction():
        audit(actor or SYSTEM, "backup", "database", None,
              after={"file": path.name, "automatic": True}, note=str(path))
    return path


# --- Restore ----------------------------------------------------------------------------


def check_backup_file(path: str | os.PathLike) -> int:
    """Integrity and schema check of a SQLite backup; returns its schema version."""
    path = Path(path)
    if not path.exists():
        raise DatabaseError("restore.missing", str(path), path=str(path))
    result = db_backup.integrity_check(path)
    if result != "ok":
        raise DatabaseError("restore.corrupt", result, path=str(path))
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT MAX(version) FROM schema_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError("restore.not_ours", str(exc), path=str(path)) from exc
    finally:
        con.close()
    version = int(row[0] or 0)
    if version > LATEST:
        raise DatabaseError("db.schema_too_new", "", found=version, supported=LATEST)
    return version


def restore(path: str | os.PathLike) -> Path:
    """Replace the current database with a backup. Returns the safety copy of the current one."""
    path = Path(path)
    suffix = ".jsonl.gz" if is_postgres() else ".db"
    safety = backup_now(
        backup_dir() / f"truoc-khoi-phuc-{dt.datetime.now():%Y-%m-%d_%H%M%S}{suffix}"
    )
    if is_postgres():
        import_logical(path)
        return safety
    check_backup_file(path)
    db = database.obj
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        source.backup(db.connection())
    finally:
        source.close()
    check = db.execute_sql("PRAGMA integrity_check").fetchone()[0]
    if check != "ok":
        raise DatabaseError("restore.corrupt", check, path=str(path))
    from db.migrations import migrate

    migrate(db)
    return safety


# --- Logical export (PostgreSQL, also works on SQLite) ---------------------------------------


def _encode(value):
    if isinstance(value, (dt.datetime, dt.date)):
        return {"$d": value.isoformat()}
    if isinstance(value, Decimal):
        return {"$n": str(value)}
    return value


def _decode(value, field: pw.Field):
    if isinstance(value, dict):
        if "$d" in value:
            text = value["$d"]
            return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)
        if "$n" in value:
            return Decimal(value["$n"])
    return value


def export_logical(dest: str | os.PathLike) -> Path:
    """Every app table as JSON lines ({"table": ..., "row": {...}}), gzip, temp + rename."""
    dest = Path(dest)
    # one consistent snapshot (REPEATABLE READ on PostgreSQL)
    with database.obj.atomic(), atomic_path(dest, suffix=".tmp", create_folder=True) as tmp, \
            gzip.open(tmp, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"format": "so-to-cnscd", "schema": LATEST}) + "\n")
        for model in pw.sort_models(ALL_MODELS):
            columns = [f.column_name for f in model._meta.sorted_fields]
            for row in model.select().order_by(model._meta.primary_key).tuples().iterator():
                data = {c: _encode(v) for c, v in zip(columns, row)}
                fh.write(json.dumps({"t": model._meta.table_name, "r": data},
                                    ensure_ascii=False) + "\n")
    return dest


def _suspend_audit_guard(db: pw.Database) -> None:
    """A restore replaces the audit trail too; lift its append-only guard inside the
    restoring transaction only (DDL is transactional on both databases)."""
    if is_postgres(db):
        db.execute_sql("ALTER TABLE audit DISABLE TRIGGER audit_no_change")
    else:
        db.execute_sql("DROP TRIGGER IF EXISTS audit_no_update")
        db.execute_sql("DROP TRIGGER IF EXISTS audit_no_delete")


def _restore_audit_guard(db: pw.Database) -> None:
    from db.migrations import AUDIT_TRIGGERS

    if is_postgres(db):
        db.execute_sql("ALTER TABLE audit ENABLE TRIGGER audit_no_change")
    else:
        for statement in AUDIT_TRIGGERS["sqlite"]:
            db.execute_sql(statement)


def import_logical(path: str | os.PathLike) -> None:
    """Replace every app table's rows with an export's, in one transaction."""
    path = Path(path)
    by_table = {m._meta.table_name: m for m in ALL_MODELS}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        header = json.loads(fh.readline() or "{}")
        if header.get("format") != "so-to-cnscd":
            raise DatabaseError("restore.not_ours", "", path=str(path))
        if int(header.get("schema", 0)) != LATEST:
            raise DatabaseError("restore.schema_mismatch", "", path=str(path),
                                found=header.get("schema"), supported=LATEST)
        db = database.obj
        with db.atomic():
            _suspend_audit_guard(db)
            for model in reversed(pw.sort_models(ALL_MODELS)):
                model.delete().execute()
            pending: list[dict] = []
            current: str | None = None
            later: list[tuple[type[pw.Model], int, str, object]] = []

            def flush() -> None:
                if pending:
                    by_table[current].insert_many(pending).execute()
                    pending.clear()

            for line in fh:
                item = json.loads(line)
                if item["t"] != current:
                    flush()
                    current = item["t"]
                model = by_table[current]
                fields = {f.column_name: f for f in model._meta.sorted_fields}
                row = {fields[c].name: _decode(v, fields[c]) for c, v in item["r"].items()}
                for f in fields.values():
                    # self-references may point forward: set them after every row exists
                    if (isinstance(f, pw.ForeignKeyField) and f.rel_model is model
                            and row.get(f.name) is not None and row[f.name] >= row["id"]):
                        later.append((model, row["id"], f.name, row[f.name]))
                        row[f.name] = None
                pending.append(row)
                if len(pending) >= 500:
                    flush()
            flush()
            for model, row_id, name, value in later:
                model.update({name: value}).where(model.id == row_id).execute()
            _restore_audit_guard(db)
            if is_postgres():
                for model in ALL_MODELS:
                    pk = model._meta.primary_key
                    if isinstance(pk, pw.AutoField):
                        table = model._meta.table_name
                        db.execute_sql(
                            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{pk.column_name}'), "
                            f"COALESCE((SELECT MAX(\"{pk.column_name}\") FROM \"{table}\"), 0) + 1, false)"
                        )


# --- For people (GUI and CLI): permission checks and the audit trail ------------------------


def backup_as(actor, dest: str | os.PathLike | None = None) -> Path:
    """"Sao lưu ngay": an administrator's copy of the whole database, recorded in the trail
    (a backup holds every person's data, so it is treated like an export)."""
    from db.connection import write_transaction
    from desktop._common import audit
    from desktop.permissions import require_admin

    require_admin(actor)
    path = backup_now(dest)
    with write_transaction():
        audit(actor, "backup", "database", None, after={"file": path.name}, note=str(path))
    return path


def restore_as(actor, path: str | os.PathLike) -> Path:
    """"Khôi phục…": an administrator replaces the data with a backup. The current database
    is copied first (the returned path); the restored trail then records who restored what."""
    from db.connection import write_transaction
    from desktop._common import audit
    from desktop.permissions import require_admin

    require_admin(actor)
    if not is_postgres():
        check_backup_file(path)  # refuse a bad file before even making the safety copy
    safety = restore(path)
    with write_transaction():
        audit(actor, "restore", "database", None,
              after={"file": Path(path).name, "safety_copy": safety.name}, note=str(path))
    return safety
