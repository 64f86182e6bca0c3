"""Backups and restore: only an administrator, always in the audit trail, never harmful.

Backups
  SQLite: a copy through the online backup API with a manifest (row counts and a SHA-256
  per table, ``db/backup.py``). PostgreSQL: a logical export of the app's tables (gzip JSON
  lines: a header, one line per row, a trailer with each table's row count and SHA-256).
  Both are written to a temporary name and renamed, readable by their owner only; a full
  disk or a read-only folder leaves nothing behind and is told in Vietnamese
  (``vn.faults``).

Automatic backups (``automatic_backup``) run after sign-in, on a background thread (never
the GUI thread, never the writer queue), once a day at most, only when something changed
since the last one, rotated by count (7 daily, 4 weekly) AND total size. On PostgreSQL a
copy of the shared database is taken only on the machine and in the folder an
administrator chose (``set_auto_backup``), never on a viewer's session.

Restore (``restore_as``), administrators only:
  1. the file is verified before anything is touched: our format, the schema version, every
     table and its columns, the row counts and SHA-256s of the manifest/trailer, no NUL
     characters in text (a zeroed region), every issued Decision's stored PDF against its
     SHA-256, the audit chain, and SQLite's ``integrity_check``;
  2. only then the current database is copied (the safety copy, itself a verified-format
     backup that can be restored);
  3. every table but the audit trail is replaced in ONE transaction: on any failure the
     database stays exactly as it was;
  4. the audit trail is never rolled back: the current rows all stay, the backup's rows
     that the current trail lacks (matched by their hash) are appended, and the restore
     itself is recorded last, naming the file, the safety copy and the counts.
"""
from __future__ import annotations

import base64
import datetime as dt
import gzip
import hashlib
import json
import os
import platform
import sqlite3
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import peewee as pw

from db import audit as db_audit
from db import backup as db_backup
from db.connection import DatabaseError, database, is_postgres, sqlite_path, write_transaction
from db.migrations import LATEST
from db.models import ALL_MODELS, Audit
from desktop import paths
from desktop.context import Actor
from desktop.permissions import require_admin
from vn.files import atomic_path

DAILY_PREFIX = "tu-dong-"
MANUAL_PREFIX = "sao-luu-"
SAFETY_PREFIX = "truoc-khoi-phuc-"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_BYTES = 4 * 1024**3  # automatic copies together never exceed this (the newest stays)
SQLITE_MAGIC = b"SQLite format 3\x00"
GZIP_MAGIC = b"\x1f\x8b"
FORMAT = db_backup.FORMAT


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


def _suffix() -> str:
    return ".jsonl.gz" if is_postgres() else ".db"


def _write_backup(dest: Path) -> Path:
    """The copy itself (no permission check: callers are ``backup_as``, the automatic
    backup and the restore's safety copy)."""
    if is_postgres():
        return export_logical(dest)
    return db_backup.sqlite_backup(database.obj, dest, schema=LATEST)


def _target(dest: str | os.PathLike | None, prefix: str, *, folder: bool = False) -> Path:
    """``dest`` as given (a file), a file named by date in ``dest`` (an existing folder, or
    any with ``folder=True``), or one in the backups folder next to the database."""
    stamp = dt.datetime.now().strftime("%Y-%m-%d_%H%M%S")
    name = f"{prefix}{stamp}{_suffix()}"
    if dest is None:
        return backup_dir() / name
    dest = Path(dest)
    if folder or dest.is_dir():
        return dest / name
    return dest


def list_backups(folder: Path | None = None) -> list[BackupInfo]:
    folder = folder or backup_dir()
    if not folder.exists():
        return []
    out = []
    for p in folder.iterdir():
        if p.name.startswith(".") or not p.is_file():
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
           keep_weekly: int = KEEP_WEEKLY, keep_bytes: int = KEEP_BYTES) -> list[Path]:
    """Delete automatic backups beyond the newest ``keep_daily`` days and ``keep_weekly``
    ISO weeks (the newest copy of each day / week is the one kept), then the oldest kept
    ones while the automatic copies together exceed ``keep_bytes`` (the newest copy always
    stays). Manual copies and safety copies are never deleted."""
    autos = [b for b in list_backups(folder) if b.automatic]
    keep: list[BackupInfo] = []
    days: list[dt.date] = []
    weeks: list[tuple[int, int]] = []
    for b in autos:  # newest first
        day = b.created.date()
        iso = day.isocalendar()
        week = (iso.year, iso.week)
        kept = False
        if day not in days and len(days) < keep_daily:
            days.append(day)
            kept = True
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.append(week)
            kept = True
        if kept:
            keep.append(b)
    total = 0
    within: set[Path] = set()
    for i, b in enumerate(keep):  # newest first: the oldest go when the total is too big
        if i == 0 or total + b.size <= keep_bytes:
            within.add(b.path)
            total += b.size
    removed = []
    for b in autos:
        if b.path not in within:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


# --- For people (GUI and CLI): permission checks and the audit trail ------------------------


def backup_as(actor: Actor, dest: str | os.PathLike | None = None, *,
              folder: str | os.PathLike | None = None) -> Path:
    """"Sao lưu ngay" / ``backup [-o FILE | --to FOLDER]``: an administrator's copy of the
    whole database (it holds every person's data and password hash), recorded in the trail.
    Never written over a symbolic link or anything but a regular file."""
    from vn import faults

    require_admin(actor)
    target = _target(folder, MANUAL_PREFIX, folder=True) if folder else _target(
        dest, MANUAL_PREFIX)
    unsafe = faults.unsafe_target(target)
    if unsafe:
        raise DatabaseError(faults.code(unsafe), path=str(target), fault=unsafe)
    path = _write_backup(target)
    with write_transaction():
        db_audit.write_audit(user_id=actor.user_id, username=actor.username, action="backup",
                             entity="database", after={"file": path.name}, note=str(path))
    return path


# --- Automatic backups ------------------------------------------------------------------

AUTO_SETTING = "auto_backup"  # office setting: {"host": machine name, "folder": path}
#: Audit actions that record reading, copying or signing in, not a change of the data: the
#: automatic backup and the backup on closing both skip a copy when only these happened.
NOT_CHANGES = ("login", "login_failed", "logout", "backup", "export", "print", "verify",
               "view")


@dataclass(frozen=True)
class AutoPolicy:
    host: str
    folder: str


def this_machine() -> str:
    return platform.node() or ""


def auto_policy() -> AutoPolicy | None:
    """The machine and folder an administrator chose for automatic PostgreSQL backups."""
    from db.office import get_office

    office = get_office()
    raw = office.settings.get(AUTO_SETTING) if office else None
    if isinstance(raw, dict) and raw.get("host") and raw.get("folder"):
        return AutoPolicy(str(raw["host"]), str(raw["folder"]))
    return None


def set_auto_backup(actor: Actor, folder: str | None, host: str | None = None) -> AutoPolicy | None:
    """An administrator chooses where automatic backups of a shared database go (``folder``
    on ``host``, default this machine), or turns them off (``folder=None``)."""
    from db.office import get_office, save_office

    require_admin(actor)
    office = get_office()
    if office is None:
        raise DatabaseError("backup.no_office")
    settings = dict(office.settings)
    before = settings.get(AUTO_SETTING)
    policy = None
    if folder:
        policy = AutoPolicy(host or this_machine(), str(Path(folder).resolve()))
        settings[AUTO_SETTING] = {"host": policy.host, "folder": policy.folder}
    else:
        settings.pop(AUTO_SETTING, None)
    with write_transaction():
        save_office({"settings": settings})
        db_audit.write_audit(user_id=actor.user_id, username=actor.username, action="update",
                             entity="office", entity_id=office.id, unit_id=office.unit_id,
                             before={AUTO_SETTING: before},
                             after={AUTO_SETTING: settings.get(AUTO_SETTING)})
    return policy


def data_mark() -> int:
    """The newest audit row of a change to the data (sign-ins, exports and backups aside):
    compared at two moments, it tells whether anything was written in between."""
    return db_audit.last_change_id(NOT_CHANGES)


def _last_auto_mark() -> int | None:
    row = (Audit.select(Audit.after)
           .where((Audit.action == "backup") & (Audit.entity == "database")
                  & Audit.after.contains('"automatic": true'))
           .order_by(Audit.id.desc()).first())
    if row is None:
        return None
    try:
        return int(json.loads(row.after).get("mark"))
    except (TypeError, ValueError, AttributeError):
        return None


def automatic_backup_folder(actor: Actor | None) -> Path | None:
    """Where this session's automatic backup goes, or None when it must not run: before
    sign-in, for a viewer, and on PostgreSQL anywhere but the chosen machine and folder."""
    if actor is None or actor.role == "viewer":
        return None
    if not is_postgres():
        return backup_dir()
    policy = auto_policy()
    if policy is None or policy.host.lower() != this_machine().lower():
        return None
    return Path(policy.folder)


def session_backup(actor: Actor | None, prefix: str, now: dt.datetime | None = None
                   ) -> Path | None:
    """A copy made for a session (on closing after changes: ``desktop.backup_schedule``),
    under the same rule as the automatic backup: None for a viewer, before sign-in, and on a
    shared server anywhere but the machine and folder an administrator chose."""
    folder = automatic_backup_folder(actor)
    if folder is None:
        return None
    stamp = (now or dt.datetime.now()).strftime("%Y-%m-%d_%H%M%S")
    return _write_backup(folder / f"{prefix}{stamp}{_suffix()}")


def automatic_backup(actor: Actor | None, today: dt.date | None = None) -> Path | None:
    """The automatic backup of a signed-in session (run it off the GUI thread and off the
    writer queue): at most one a day, skipped when nothing changed since the last one."""
    folder = automatic_backup_folder(actor)
    if folder is None:
        return None
    today = today or dt.date.today()
    if any(b.automatic and b.created.date() == today for b in list_backups(folder)):
        return None
    mark = data_mark()
    if _last_auto_mark() == mark and any(b.automatic for b in list_backups(folder)):
        return None  # nothing changed since the last automatic copy
    path = _write_backup(_target(folder, DAILY_PREFIX, folder=True))
    rotate(folder)
    with write_transaction():
        db_audit.write_audit(user_id=actor.user_id, username=actor.username,  # type: ignore[union-attr]
                             action="backup", entity="database",
                             after={"file": path.name, "automatic": True, "mark": mark},
                             note=str(path))
    return path


def automatic_backups_need_a_folder() -> bool:
    """A shared server is copied automatically only where an administrator chose; a file
    database goes to its own backups folder."""
    return is_postgres()


# --- Logical export (PostgreSQL, also works on SQLite) ------------------------------------


def _encode(value):
    if isinstance(value, (dt.datetime, dt.date)):
        return {"$d": value.isoformat()}
    if isinstance(value, Decimal):
        return {"$n": str(value)}
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"$b": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def _decode(value):
    if isinstance(value, dict):
        if "$d" in value:
            text = value["$d"]
            return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)
        if "$n" in value:
            return Decimal(value["$n"])
        if "$b" in value:
            return base64.b64decode(value["$b"])
    return value


def _columns(model: type[pw.Model]) -> list[str]:
    return [f.column_name for f in model._meta.sorted_fields]


def export_logical(dest: str | os.PathLike) -> Path:
    """Every app table as gzip JSON lines: a header, ``{"t": table, "r": row}`` per row, a
    trailer with each table's row count and SHA-256 (over its lines). Temp + rename
    (``vn.files.atomic_path``), owner-only; one consistent snapshot."""
    dest = Path(dest)
    counts: dict[str, int] = {}
    digests: dict[str, str] = {}
    try:
        with database.obj.atomic(), atomic_path(dest, suffix=".tmp", create_folder=True) as tmp:
            os.chmod(tmp, db_backup.OWNER_ONLY)
            if is_postgres():  # one consistent snapshot
                database.obj.execute_sql(
                    "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            with gzip.open(tmp, "wt", encoding="utf-8") as fh:
                fh.write(json.dumps({"format": FORMAT, "schema": LATEST}) + "\n")
                for model in pw.sort_models(ALL_MODELS):
                    table = model._meta.table_name
                    columns = _columns(model)
                    h = hashlib.sha256()
                    n = 0
                    query = model.select().order_by(model._meta.primary_key).tuples()
                    for row in query.iterator():
                        data = {c: _encode(v) for c, v in zip(columns, row)}
                        line = json.dumps({"t": table, "r": data}, ensure_ascii=False)
                        h.update(line.encode("utf-8"))
                        fh.write(line + "\n")
                        n += 1
                    counts[table] = n
                    digests[table] = h.hexdigest()
                fh.write(json.dumps({"end": {"rows": counts, "sha256": digests}}) + "\n")
    except OSError as exc:
        raise db_backup.BackupWriteError(exc, str(dest)) from exc
    return dest


# --- Verifying a backup -----------------------------------------------------------------


def _refuse(code: str, path: Path, detail: str = "", **params) -> DatabaseError:
    return DatabaseError(code, detail, path=str(path), **params)


@dataclass
class Verified:
    """A backup that passed every check; ``work`` is the file rows are read from (a migrated
    temporary copy for a SQLite backup of an older schema)."""
    path: Path
    kind: str  # "sqlite" | "logical"
    schema: int
    rows: dict[str, int] = field(default_factory=dict)
    audit: list[tuple] = field(default_factory=list)  # the chain columns, in id order
    work: Path | None = None

    def discard(self) -> None:
        if self.work is not None and self.work != self.path:
            for p in (self.work, Path(f"{self.work}-journal"), Path(f"{self.work}-wal"),
                      Path(f"{self.work}-shm")):
                p.unlink(missing_ok=True)


_MODEL_TABLES = {m._meta.table_name: m for m in ALL_MODELS}
_CHAIN = ("id", "at", "user_id", "username", "action", "entity", "entity_id", "unit_id",
          "before", "after", "note", "prev_hash", "row_hash")


def _has_nul(value) -> bool:
    return isinstance(value, str) and "\x00" in value


def verify_backup(path: str | os.PathLike) -> Verified:
    """Every check of a backup file, touching nothing; raises ``DatabaseError`` with a
    ``restore.*`` code (worded by ``desktop.errors``) on the first problem."""
    path = Path(path)
    if not path.is_file():
        raise _refuse("restore.missing", path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise _refuse("restore.unreadable", path, exc.strerror or str(exc)) from exc
    if head.startswith(SQLITE_MAGIC):
        if is_postgres():
            raise _refuse("restore.wrong_kind", path)
        return _verify_sqlite(path)
    if head.startswith(GZIP_MAGIC):
        return _verify_logical(path)
    raise _refuse("restore.not_ours", path)


def _check_decisions(rows: Iterator[tuple], path: Path) -> None:
    """(id, number, year, pdf_sha256, file_sha256, data) of every issued Decision."""
    for decision_id, number, year, pdf_sha, file_sha, data in rows:
        label = f"{number}/{year}" if number else f"#{decision_id}"
        if data is None:
            continue  # issued without a stored file (data brought in from elsewhere)
        actual = hashlib.sha256(bytes(data)).hexdigest()
        if actual != pdf_sha or (file_sha and file_sha != pdf_sha):
            raise _refuse("restore.decision_tampered", path, decision=label)


def _check_chain(rows: list[tuple], path: Path) -> None:
    report = db_audit.verify_rows(rows, max_problems=1)
    if not report.ok:
        problem = report.problems[0]
        raise _refuse("restore.audit_broken", path, row=problem.audit_id)


def _check_tables(present: dict[str, set[str]], path: Path) -> None:
    for table, model in _MODEL_TABLES.items():
        if table not in present:
            raise _refuse("restore.table_missing", path, table=table)
        if present[table] != set(_columns(model)):
            raise _refuse("restore.table_changed", path, table=table)


def _verify_sqlite(path: Path) -> Verified:
    check = db_backup.integrity_check(path)
    if check != "ok":
        code = "restore.not_ours" if "not a database" in check else "restore.corrupt"
        raise _refuse(code, path, check)
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.DatabaseError as exc:
        raise _refuse("restore.corrupt", path, str(exc)) from exc
    try:
        tables = db_backup.user_tables(con)
        if "schema_version" not in tables:
            raise _refuse("restore.not_ours", path)
        row = con.execute("SELECT MAX(version) FROM schema_version").fetchone()
        schema = int(row[0]) if row and row[0] is not None else 0
        if schema <= 0:
            raise _refuse("restore.no_schema", path)
        if schema > LATEST:
            raise _refuse("restore.too_new", path, found=schema, supported=LATEST)
        manifest = db_backup.read_manifest(con)
        if manifest is not None:
            fmt = manifest.get("$format")
            if not fmt or fmt[1] != FORMAT:
                raise _refuse("restore.not_ours", path)
            listed = {name for name in manifest if not name.startswith("$")}
            if listed != set(tables):
                missing = sorted(listed - set(tables)) or sorted(set(tables) - listed)
                raise _refuse("restore.table_missing", path, table=missing[0])
        for table in tables:
            count, digest, _ = _scan_table(con, table, path)
            if manifest is not None and manifest[table] != (count, digest):
                raise _refuse("restore.damaged", path, table=table,
                              expected=manifest[table][0], found=count)
    except sqlite3.DatabaseError as exc:
        raise _refuse("restore.corrupt", path, str(exc)) from exc
    finally:
        con.close()
    verified = Verified(path, "sqlite", schema, work=path)
    if schema < LATEST:
        verified.work = _migrated_copy(path)
    try:
        _verify_sqlite_content(verified)
    except BaseException:
        verified.discard()
        raise
    return verified


def _scan_table(con: sqlite3.Connection, table: str, path: Path) -> tuple[int, str, list[str]]:
    """Row count and SHA-256 as the manifest has them; refuses text holding NUL characters
    (what a zeroed region of the file leaves when the page structure survives)."""
    columns = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
    h = hashlib.sha256()
    count = 0
    for row in db_backup.iter_rows(con, table, columns):
        h.update(repr(row).encode("utf-8", "surrogatepass"))
        h.update(b"\n")
        count += 1
        for value in row:
            if _has_nul(value):
                raise _refuse("restore.damaged_row", path, table=table, row=count)
    return count, h.hexdigest(), columns


def _migrated_copy(path: Path) -> Path:
    """A temporary copy of an older backup brought to the current schema (the file itself
    is never changed)."""
    from db.migrations import migrate

    folder = backup_dir()
    folder.mkdir(parents=True, exist_ok=True)
    work = db_backup.temp_beside(folder / path.name)
    try:
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        target = sqlite3.connect(str(work))
        try:
            source.backup(target)
            target.execute(f'DROP TABLE IF EXISTS "{db_backup.MANIFEST}"')
            target.commit()
        finally:
            source.close()
            target.close()
        old = pw.SqliteDatabase(str(work), pragmas={"foreign_keys": 1})
        try:
            migrate(old)
        finally:
            old.close()
    except Exception as exc:
        work.unlink(missing_ok=True)
        raise _refuse("restore.old_schema", path, str(exc)) from exc
    return work


def _verify_sqlite_content(v: Verified) -> None:
    assert v.work is not None
    con = sqlite3.connect(f"file:{v.work}?mode=ro", uri=True)
    try:
        present = {t: {r[1] for r in con.execute(f'PRAGMA table_info("{t}")')}
                   for t in db_backup.user_tables(con)}
        _check_tables(present, v.path)
        for table in _MODEL_TABLES:
            v.rows[table] = con.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
        if not v.rows.get("role"):
            raise _refuse("restore.damaged", v.path, table="role", expected="≥ 1", found=0)
        _check_decisions(iter(con.execute(
            "SELECT d.id, d.number, d.year, d.pdf_sha256, f.sha256, f.data FROM decision d "
            "LEFT JOIN decision_file f ON f.decision_id = d.id "
            "WHERE d.pdf_sha256 IS NOT NULL AND d.pdf_sha256 != ''")), v.path)
        v.audit = list(con.execute(f"SELECT {', '.join(_CHAIN)} FROM audit ORDER BY id"))
        _check_chain(v.audit, v.path)
    except sqlite3.DatabaseError as exc:
        raise _refuse("restore.corrupt", v.path, str(exc)) from exc
    finally:
        con.close()


def _logical_lines(path: Path) -> Iterator[dict]:
    """The export's lines as JSON, any damage (gzip, text, JSON) a ``restore.corrupt``."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)
    except (OSError, EOFError, zlib.error, UnicodeDecodeError, ValueError) as exc:
        raise _refuse("restore.corrupt", path, exc.__class__.__name__) from exc


def _verify_logical(path: Path) -> Verified:
    lines = _logical_lines(path)
    header = next(lines, None)
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise _refuse("restore.not_ours", path)
    try:
        schema = int(header.get("schema") or 0)
    except (TypeError, ValueError):
        schema = 0
    if schema <= 0:
        raise _refuse("restore.no_schema", path)
    if schema > LATEST:
        raise _refuse("restore.too_new", path, found=schema, supported=LATEST)
    if schema != LATEST:
        raise _refuse("restore.schema_mismatch", path, found=schema, supported=LATEST)
    counts: dict[str, int] = {}
    digests: dict[str, hashlib._Hash] = {}
    present: dict[str, set[str]] = {}
    decisions: dict[int, tuple] = {}
    files: dict[int | None, tuple] = {}
    audit: list[tuple] = []
    trailer = None
    for item in lines:
        if trailer is not None:
            raise _refuse("restore.corrupt", path, "data after the end")
        if "end" in item:
            trailer = item["end"]
            continue
        table, row = item.get("t"), item.get("r")
        if not isinstance(table, str) or table not in _MODEL_TABLES or not isinstance(row, dict):
            raise _refuse("restore.not_ours", path)
        line = json.dumps(item, ensure_ascii=False)
        digests.setdefault(table, hashlib.sha256()).update(line.encode("utf-8"))
        counts[table] = counts.get(table, 0) + 1
        present.setdefault(table, set(row))
        for value in row.values():
            if _has_nul(value):
                raise _refuse("restore.damaged_row", path, table=table, row=counts[table])
        if table == "decision" and row.get("pdf_sha256"):
            decisions[row["id"]] = (row["id"], row.get("number"), row.get("year"),
                                    row["pdf_sha256"])
        elif table == "decision_file":
            files[row.get("decision_id")] = (row.get("sha256"), _decode(row.get("data")))
        elif table == "audit":
            audit.append(tuple(_decode(row.get(c)) for c in _CHAIN))
    if not isinstance(trailer, dict):
        raise _refuse("restore.incomplete", path)
    expected_rows = trailer.get("rows") or {}
    expected_sha = trailer.get("sha256") or {}
    for table, model in _MODEL_TABLES.items():
        if table not in expected_rows:
            raise _refuse("restore.table_missing", path, table=table)
        found = counts.get(table, 0)
        digest = digests[table].hexdigest() if table in digests else hashlib.sha256().hexdigest()
        if expected_rows[table] != found or expected_sha.get(table) != digest:
            raise _refuse("restore.damaged", path, table=table, expected=expected_rows[table],
                          found=found)
        present.setdefault(table, set(_columns(model)))  # an empty table: nothing to compare
    _check_tables(present, path)
    if not counts.get("role") or not counts.get("schema_version"):
        raise _refuse("restore.damaged", path, table="role", expected="≥ 1", found=0)
    _check_decisions(
        ((d[0], d[1], d[2], d[3], *files.get(d[0], (None, None))) for d in decisions.values()),
        path)
    _check_chain(audit, path)
    return Verified(path, "logical", schema, rows=counts, audit=audit, work=path)


# --- Restoring ----------------------------------------------------------------------------


def restore_as(actor: Actor, path: str | os.PathLike) -> Path:
    """"Khôi phục…" / ``restore FILE``: an administrator replaces the data with a verified
    backup. Returns the safety copy of the data as it was (written only once the file
    passed every check). The audit trail is kept and extended, never rolled back."""
    require_admin(actor)
    verified = verify_backup(path)
    try:
        safety = _write_backup(backup_dir() / (
            f"{SAFETY_PREFIX}{dt.datetime.now():%Y-%m-%d_%H%M%S}{_suffix()}"))
        _replace(verified, actor, safety)
    finally:
        verified.discard()
    return safety


_SKIP = {"audit", "schema_version"}


def _replace(v: Verified, actor: Actor, safety: Path) -> None:
    db = database.obj
    models = [m for m in pw.sort_models(ALL_MODELS) if m._meta.table_name not in _SKIP]
    with write_transaction():
        if not is_postgres(db):
            db.execute_sql("PRAGMA defer_foreign_keys = ON")
        for model in reversed(models):
            model.delete().execute()
        if v.kind == "sqlite":
            _insert_from_sqlite(db, v, models)
        else:
            _insert_from_logical(db, v)
        carried = _carry_audit(v.audit)
        if is_postgres(db):
            _reset_sequences(db, models)
        db_audit.write_audit(
            user_id=actor.user_id, username=actor.username, action="restore",
            entity="database",
            after={"file": v.path.name, "safety_copy": safety.name, "schema": v.schema,
                   "rows": {k: n for k, n in v.rows.items() if k not in _SKIP},
                   "audit_rows_carried": carried},
            note=str(v.path))


def _insert_from_sqlite(db: pw.Database, v: Verified, models: list) -> None:
    source = sqlite3.connect(f"file:{v.work}?mode=ro", uri=True)
    try:
        for model in models:
            table = model._meta.table_name
            columns = _columns(model)
            sql = (f'INSERT INTO "{table}" ({", ".join(chr(34) + c + chr(34) for c in columns)}) '
                   f'VALUES ({", ".join("?" for _ in columns)})')
            cursor = db.cursor()
            rows = db_backup.iter_rows(source, table, columns)
            while True:
                chunk = [r for _, r in zip(range(1000), rows)]
                if not chunk:
                    break
                cursor.executemany(sql, chunk)
    finally:
        source.close()


def _insert_from_logical(db: pw.Database, v: Verified) -> None:
    pending: list[dict] = []
    current: str | None = None
    later: list[tuple[type[pw.Model], int, str, object]] = []

    def flush() -> None:
        if pending:
            _MODEL_TABLES[current].insert_many(pending).execute()
            pending.clear()

    lines = _logical_lines(v.path)
    next(lines)  # the header
    for item in lines:
        if "end" in item or item["t"] in _SKIP:
            continue
        if item["t"] != current:
            flush()
            current = item["t"]
        model = _MODEL_TABLES[current]
        fields = {f.column_name: f for f in model._meta.sorted_fields}
        row = {fields[c].name: _decode(value) for c, value in item["r"].items()}
        for f in fields.values():
            # self-references may point forward: set them once every row exists
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


def _carry_audit(rows: list[tuple]) -> int:
    """Append the backup's audit rows that the current trail lacks (by hash), in order."""
    missing: list[dict] = []
    for start in range(0, len(rows), 500):
        chunk = rows[start:start + 500]
        hashes = [r[12] for r in chunk if r[12]]
        known = {h for (h,) in Audit.select(Audit.row_hash)
                 .where(Audit.row_hash.in_(hashes)).tuples()} if hashes else set()
        for r in chunk:
            if r[12] in known:
                continue
            at = r[1]
            if isinstance(at, str):
                at = dt.datetime.fromisoformat(at)
            missing.append({"at": at, "user_id": r[2], "username": r[3], "action": r[4],
                            "entity": r[5], "entity_id": r[6], "unit_id": r[7],
                            "before": r[8], "after": r[9], "note": r[10]})
    return db_audit.write_audit_rows(missing)


def _reset_sequences(db: pw.Database, models: list) -> None:
    for model in models:
        pk = model._meta.primary_key
        if isinstance(pk, pw.AutoField):
            table = model._meta.table_name
            db.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{pk.column_name}'), "
                f"COALESCE((SELECT MAX(\"{pk.column_name}\") FROM \"{table}\"), 0) + 1, false)"
            )
