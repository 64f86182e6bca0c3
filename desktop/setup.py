"""Opening the app's database: create, back up, migrate, load the catalogue."""
from __future__ import annotations

from dataclasses import dataclass

import resources
from db.connection import close_database, open_database, release_connection, sqlite_path
from db.migrations import LATEST, current_version, migrate
from db.units import count_units
from desktop import paths
from desktop.catalogue import LoadReport, load_catalogue

#: The one version, from the package metadata (``pyproject.toml`` is its only source).
APP_VERSION = resources.app_version()


@dataclass(frozen=True)
class InitResult:
    target: str
    schema_version: int
    migrated: bool
    catalogue: LoadReport


def open_and_migrate(target: str):
    """Bind the database and bring its schema up to date (backing up an old SQLite first).

    Raises ``SchemaTooNew`` for a database written by a newer version of the app.
    """
    db = open_database(target)
    path = sqlite_path()
    backup_dir = paths.backups_dir_for(path) if path else None
    migrate(db, backup_dir=backup_dir, app_version=APP_VERSION)
    return db


def initialise(target: str, *, catalogue: str = "2025") -> InitResult:
    db = open_database(target)
    before = current_version(db)
    path = sqlite_path()
    migrate(db, backup_dir=paths.backups_dir_for(path) if path else None,
            app_version=APP_VERSION)
    report = load_catalogue(catalogue)
    return InitResult(target, LATEST, before != LATEST, report)


def ensure_ready(target: str, *, catalogue: str = "2025") -> bool:
    """First start: create the database and load the catalogue if no unit exists yet.

    Returns True when this call loaded the catalogue.
    """
    open_and_migrate(target)
    if count_units() == 0:
        load_catalogue(catalogue)
        return True
    return False


def release_thread() -> None:
    """After each task on a worker thread (the task runner's clean-up): the thread's
    connection is handed back (``db.connection.release_connection``), so the next task
    reads with a warm SQLite connection instead of opening the file again."""
    release_connection()


def close() -> None:
    """Close the database connection (the GUI at exit, tests between databases)."""
    close_database()


def database_file() -> str | None:
    """The SQLite file the app has open (None on a server): where sample data is kept apart."""
    return sqlite_path()


@dataclass(frozen=True)
class AboutInfo:
    version: str
    schema_supported: int  # the newest schema this version knows
    schema_current: int | None  # the open database's (None when no database is open)
    database: str  # the SQLite file, or the server URL without its password


def about_info() -> AboutInfo:
    """What the About box and a support call need to know about this installation."""
    from db.connection import database, is_postgres

    current: int | None = None
    where = ""
    if database.obj is not None:
        try:
            current = current_version(database.obj)
        except Exception:  # noqa: BLE001 - the About box must open even on a broken database
            current = None
        if is_postgres():
            params = database.obj.connect_params
            # built from the parts, so the password is never in it
            where = (f"postgresql://{params.get('user', '')}@{params.get('host', '')}"
                     f":{params.get('port', 5432)}/{database.obj.database}")
        else:
            where = sqlite_path() or ""
    return AboutInfo(APP_VERSION, LATEST, current, where)
