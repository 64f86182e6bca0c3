"""Copies of a live SQLite database through SQLite's online backup API (never a file copy).

The copy is written to a temporary name and renamed, so a backup file is either whole or
absent, and checked with ``PRAGMA integrity_check`` before it is kept.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import peewee as pw

from db.connection import DatabaseError
from vn.files import atomic_path


def sqlite_backup(db: pw.SqliteDatabase, dest: str | os.PathLike) -> Path:
    dest = Path(dest)
    with atomic_path(dest, suffix=".tmp", create_folder=True) as tmp:
        target = sqlite3.connect(str(tmp))
        try:
            db.connection().backup(target)
            check = target.execute("PRAGMA integrity_check").fetchone()[0]
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
        if check != "ok":  # raised inside the block: the temporary copy goes, dest stays
            raise DatabaseError("backup.integrity", check, path=str(dest))
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
