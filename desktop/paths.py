"""Where the app keeps its data.

One function decides the data folder so the GUI, the CLI and the tests agree; an explicit
``--data-dir`` (or ``CNSCD_DATA_DIR``) wins, then the platform convention: on Windows the
per-user local app-data folder (``%LOCALAPPDATA%\\SoToCNSCD``), elsewhere the XDG data home.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import resources

APP_DIR_NAME = "SoToCNSCD"
DB_FILE_NAME = "so-to-cnscd.db"

# The shipped files are found by the ``resources`` package (importlib.resources), never here.
ADMIN_UNITS_DIR = resources.path(resources.ADMIN_UNITS)


def default_data_dir() -> Path:
    """The per-user data folder, following each platform's convention."""
    override = os.environ.get("CNSCD_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / APP_DIR_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_DIR_NAME


def resolve_database(db: str | None = None, data_dir: str | os.PathLike | None = None) -> str:
    """The database to open: ``--db``, else ``CNSCD_DB``, else the file in the data folder.

    Returns a ``postgresql://`` URL unchanged, or an absolute SQLite path.
    """
    target = db or os.environ.get("CNSCD_DB")
    if target:
        if is_postgres_url(target):
            return target
        return str(Path(target).expanduser().resolve())
    folder = Path(data_dir) if data_dir else default_data_dir()
    return str((folder / DB_FILE_NAME).resolve())


def is_postgres_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


def backups_dir_for(db_path: str) -> Path:
    """Backups sit next to the database, in a ``backups`` folder."""
    return Path(db_path).resolve().parent / "backups"
