"""Copies of a live SQLite database through SQLite's online backup API (never a file copy),
and what a restore needs to trust one.

A copy is written to a temporary name beside the target and renamed, so a backup file is
either whole or absent; it is readable by its owner only (it holds every person's data and
every password hash). Before the rename, a manifest table ``backup_manifest`` is added to
the copy: for every table its row count and a SHA-256 over its rows, so a restore can tell
a damaged copy (a zeroed region that ``PRAGMA integrity_check`` passes, a truncated table)
from a good one. Any ``OSError`` while writing (disk full, read-only folder...) leaves no
temporary file and is raised as :class:`BackupWriteError` naming the fault
(``vn.faults.classify``).
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import peewee as pw

from db.connection import DatabaseError
from vn import faults
from vn.files import atomic_path

MANIFEST = "backup_manifest"
FORMAT = "so-to-cnscd"
OWNER_ONLY = 0o600


class BackupWriteError(DatabaseError):
    """Writing a backup failed; the code is the fault's (``file.disk_full``...,
    ``vn.faults``), worded in ``vn.messages``."""

    def __init__(self, exc: OSError, path: str):
        kind = faults.classify(exc)
        super().__init__(faults.code(kind), exc.strerror or str(exc), path=path, fault=kind)
        self.fault = kind


def temp_beside(dest: Path, suffix: str = ".tmp") -> Path:
    """A fresh temporary name in ``dest``'s folder, created readable by the owner only."""
    import tempfile

    fd, name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=suffix, dir=str(dest.parent))
    os.close(fd)
    os.chmod(name, OWNER_ONLY)
    return Path(name)


def table_digest(con: sqlite3.Connection, table: str) -> tuple[int, str, list[str]]:
    """Row count, SHA-256 over every row (rowid order) and the columns of ``table``."""
    columns = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
    h = hashlib.sha256()
    count = 0
    cursor = con.execute(
        f'SELECT {", ".join(chr(34) + c + chr(34) for c in columns)} FROM "{table}" ORDER BY rowid')
    for row in cursor:
        h.update(repr(row).encode("utf-8", "surrogatepass"))
        h.update(b"\n")
        count += 1
    return count, h.hexdigest(), columns


def user_tables(con: sqlite3.Connection) -> list[str]:
    return [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        f"AND name != '{MANIFEST}' ORDER BY name")]


def write_manifest(con: sqlite3.Connection, schema: int) -> None:
    con.execute(f'DROP TABLE IF EXISTS "{MANIFEST}"')
    con.execute(f'CREATE TABLE "{MANIFEST}" (name TEXT PRIMARY KEY, rows INTEGER NOT NULL, '
                'sha256 TEXT NOT NULL)')
    entries = [("$format", 0, FORMAT), ("$schema", schema, "")]
    for table in user_tables(con):
        count, digest, _ = table_digest(con, table)
        entries.append((table, count, digest))
    con.executemany(f'INSERT INTO "{MANIFEST}" VALUES (?, ?, ?)', entries)
    con.commit()


def read_manifest(con: sqlite3.Connection) -> dict[str, tuple[int, str]] | None:
    """The manifest of a backup (None: a copy made before manifests existed)."""
    exists = con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                         (MANIFEST,)).fetchone()
    if not exists:
        return None
    return {name: (rows, digest) for name, rows, digest in
            con.execute(f'SELECT name, rows, sha256 FROM "{MANIFEST}"')}


def sqlite_backup(db: pw.SqliteDatabase, dest: str | os.PathLike, *,
                  schema: int | None = None) -> Path:
    """Copy the live database to ``dest`` (temp + rename, manifest, owner-only)."""
    dest = Path(dest)
    try:
        with atomic_path(dest, suffix=".tmp", create_folder=True) as tmp:
            os.chmod(tmp, OWNER_ONLY)
            try:
                target = sqlite3.connect(str(tmp))
                try:
                    db.connection().backup(target)
                    if schema is None:
                        row = target.execute("SELECT MAX(version) FROM schema_version").fetchone()
                        schema = int(row[0] or 0)
                    write_manifest(target, schema)
                    check = target.execute("PRAGMA integrity_check").fetchone()[0]
                    target.execute("PRAGMA journal_mode=DELETE")
                finally:
                    target.close()
            finally:
                Path(f"{tmp}-journal").unlink(missing_ok=True)
            if check != "ok":  # raised inside the block: the temporary copy goes, dest stays
                raise DatabaseError("backup.integrity", check, path=str(dest))
    except sqlite3.OperationalError as exc:
        # SQLite words a full disk or a read-only folder in English: name the fault instead
        text = str(exc).lower()
        err = OSError(28 if "full" in text else 30 if "readonly" in text or "read-only" in text
                      else 5, str(exc))
        raise BackupWriteError(err, str(dest)) from exc
    except OSError as exc:
        raise BackupWriteError(exc, str(dest)) from exc
    return dest


def integrity_check(path: str | os.PathLike) -> str:
    """``ok`` or SQLite's first complaint about the file at ``path``."""
    con = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        con.close()


def iter_rows(con: sqlite3.Connection, table: str, columns: list[str]) -> Iterator[tuple]:
    """A table's rows (the given columns), in primary-key order."""
    quoted = ", ".join(f'"{c}"' for c in columns)
    return iter(con.execute(f'SELECT {quoted} FROM "{table}" ORDER BY rowid'))
