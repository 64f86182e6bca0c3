"""The backup taken when the app closes after changes, and its optional second copy.

The daily backup (``desktop.backups``) protects against yesterday's mistakes; this one keeps
today's work: when the clerk closes the app after writing anything, the database is copied to
the ``backups`` folder beside it, and, when a second folder is chosen (a USB stick, a network
share), the same file is copied there as well, so a dead disk does not take the only copy
with it. Each folder keeps the newest ``KEEP_ON_CLOSE`` of these copies; other backups in the
folders are left alone.

Whether anything changed is read from the audit trail (every write records a row there):
the newest change id when the window opened is compared with the newest at closing time.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from db.connection import write_transaction
from desktop import backups
from desktop._common import audit
from desktop.context import SYSTEM
from vn.files import atomic_path

ON_CLOSE_PREFIX = "khi-dong-"
KEEP_ON_CLOSE = 10

@dataclass(frozen=True)
class CloseBackup:
    path: Path  # the copy in the backups folder beside the database
    second: Path | None  # the copy in the second folder, when one is set and reachable
    second_error: str = ""  # why the second copy could not be written ("" when it was)


def change_marker() -> int:
    """Remember this at start-up; pass it to ``backup_on_close`` when the app closes."""
    return backups.data_mark()


def changed_since(marker: int) -> bool:
    return change_marker() > marker


def backup_on_close(marker: int, *, second_folder: str | os.PathLike | None = None,
                    actor=None, now: dt.datetime | None = None) -> CloseBackup | None:
    """Back up when something was written since ``marker``; None when nothing changed or
    when this session may not keep a copy (``desktop.backups.session_backup``).

    A second folder that is missing or not writable (the USB stick is not plugged in) does not
    fail the backup: the reason is returned in ``second_error`` for the window to tell.
    """
    if not changed_since(marker):
        return None
    # the same rule as the automatic backup: never for a viewer, and a shared server only on
    # the machine and in the folder an administrator chose (desktop.backups)
    path = backups.session_backup(actor or SYSTEM, ON_CLOSE_PREFIX, now)
    if path is None:
        return None
    folder = path.parent
    rotate_on_close(folder)
    second: Path | None = None
    error = ""
    if second_folder:
        try:
            second = copy_to_folder(path, Path(second_folder))
            rotate_on_close(Path(second_folder))
        except OSError as exc:
            error = f"{second_folder}: {exc.strerror or exc}"
    with write_transaction():
        audit(actor or SYSTEM, "backup", "database", None,
              after={"file": path.name, "on_close": True,
                     "second": str(second) if second else None},
              note=str(path))
    return CloseBackup(path, second, error)


def copy_to_folder(path: Path, folder: Path) -> Path:
    """Copy a finished backup file into ``folder`` (temporary name, then rename)."""
    if not folder.is_dir():
        raise FileNotFoundError(2, "thư mục không tồn tại hoặc chưa được cắm", str(folder))
    dest = folder / path.name
    with atomic_path(dest) as tmp:
        shutil.copyfile(path, tmp)
    return dest


def rotate_on_close(folder: Path, keep: int = KEEP_ON_CLOSE) -> list[Path]:
    """Delete the on-close copies beyond the newest ``keep`` (their names sort by time)."""
    copies = sorted((p for p in folder.glob(f"{ON_CLOSE_PREFIX}*")
                     if p.is_file() and not p.name.endswith(".tmp")),
                    key=lambda p: p.name, reverse=True)
    removed = copies[keep:]
    for p in removed:
        p.unlink(missing_ok=True)
    return removed
