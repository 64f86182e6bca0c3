"""Opening the app's database: create, back up, migrate, load the catalogue."""
from __future__ import annotations

from dataclasses import dataclass

from db.connection import close_database, open_database, sqlite_path
from db.migrations import LATEST, current_version, migrate
from db.units import count_units
from desktop import paths
from desktop.catalogue import LoadReport, load_catalogue

APP_VERSION = "0.1.0"


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


def close() -> None:
    """Close the database connection (the GUI at exit, tests between databases)."""
    close_database()
