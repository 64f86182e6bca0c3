"""What went wrong writing a file: one rule for every layer.

A full disk, a read-only folder, a missing permission, a file held open by another program
and a failing disk each get their own code and sentence (a read-only folder is not "the
file is open in Excel"). ``classify(exc)`` names the fault; its words are the
``file.<kind>`` entries of ``vn.messages``. ``unsafe_target`` refuses outputs that would
replace an input, follow a symbolic link or hit a device.

Pure module: standard library (and ``vn.messages``) only.
"""
from __future__ import annotations

import errno

DISK_FULL = "disk_full"
READ_ONLY = "read_only"
NO_PERMISSION = "no_permission"
LOCKED = "locked"
IO_ERROR = "io_error"
NOT_FOUND = "not_found"
OTHER = "other"

# Windows: ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION (the file is open in Excel...).
_WIN_LOCKED = {32, 33}
_WIN_DISK_FULL = {39, 112}  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
_WIN_READ_ONLY = {19}  # ERROR_WRITE_PROTECT

def classify(exc: BaseException) -> str:
    """The kind of fault behind an ``OSError`` (``OTHER`` when it is none we know)."""
    if not isinstance(exc, OSError):
        return OTHER
    winerror = getattr(exc, "winerror", None)
    if winerror in _WIN_LOCKED:
        return LOCKED
    if winerror in _WIN_DISK_FULL:
        return DISK_FULL
    if winerror in _WIN_READ_ONLY:
        return READ_ONLY
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1), errno.EFBIG):
        return DISK_FULL
    if code == errno.EROFS:
        return READ_ONLY
    if code in (errno.EBUSY, errno.ETXTBSY):
        return LOCKED
    if code in (errno.EACCES, errno.EPERM):
        return NO_PERMISSION
    if code in (errno.EIO, getattr(errno, "ENXIO", -1), getattr(errno, "EREMOTEIO", -1)):
        return IO_ERROR
    if code == errno.ENOENT:
        return NOT_FOUND
    return OTHER


def code(kind: str) -> str:
    """The ``vn.messages`` code that words a fault (``file.disk_full``...)."""
    return f"file.{kind}"


def fault_message(kind: str, path: str = "", detail: str = "") -> str:
    from vn.messages import render

    return render(code(kind), {"path": path or "tệp", "detail": detail})


def describe_os_error(exc: OSError, path: str = "") -> str:
    """The sentence for an ``OSError`` met writing ``path`` (or the error's own file)."""
    where = path or getattr(exc, "filename", "") or ""
    return fault_message(classify(exc), str(where), exc.strerror or exc.__class__.__name__)


TARGET_IS_INPUT = "target_is_input"
TARGET_SYMLINK = "target_symlink"
TARGET_NOT_FILE = "target_not_file"

def unsafe_target(path, inputs=()) -> str | None:
    """Why writing to ``path`` must be refused, or None: it is one of the ``inputs`` (or the
    same file under another name), a symbolic link, or exists and is not a regular file."""
    import os

    target = os.fspath(path)
    if os.path.islink(target):
        return TARGET_SYMLINK
    if not os.path.exists(target):
        return None
    if not os.path.isfile(target):
        return TARGET_NOT_FILE
    for other in inputs:
        if other is None:
            continue
        try:
            if os.path.samefile(target, os.fspath(other)):
                return TARGET_IS_INPUT
        except OSError:
            continue
    return None
