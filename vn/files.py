"""Files written whole or not at all: the one "temporary name, then rename" helper.

Every file the app hands a clerk or keeps for them (workbooks, Decision PDFs, backups, the
saved server settings) is written to a temporary name in the target's own folder, flushed to
disk, then renamed over the target (``os.replace``, atomic on Windows and POSIX within one
folder). A crash, a full disk or a cancel leaves the old file untouched and no temporary file
behind. It lives in the bottom package because ``db/``, ``exports/`` and ``desktop/`` all
write files and none of them may import the others.

Pure module: standard library only.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["atomic_path", "write_bytes", "write_text"]


def _fsync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


@contextmanager
def atomic_path(dest: str | os.PathLike[str], *, suffix: str = ".part", fsync: bool = True,
                create_folder: bool = False) -> Iterator[Path]:
    """A fresh temporary path beside ``dest`` to write to; when the block ends normally the
    file is flushed to disk (unless ``fsync=False``) and renamed to ``dest``. When the block
    (or the rename) raises, the temporary file is removed and ``dest`` is left as it was.

    A missing folder is an ``OSError`` unless ``create_folder`` (backups and settings make
    their own folder; a file a clerk chose to save goes where they chose or nowhere).
    """
    target = Path(dest)
    folder = target.parent if str(target.parent) else Path(".")
    if create_folder:
        folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name[:60]}.", suffix=suffix, dir=folder)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        if fsync:
            _fsync(tmp)
        os.replace(tmp, target)
    except BaseException:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        raise


def write_bytes(dest: str | os.PathLike[str], data: bytes, *, fsync: bool = True) -> Path:
    """Write ``data`` to ``dest`` whole or not at all (see :func:`atomic_path`)."""
    with atomic_path(dest, fsync=fsync) as tmp:
        tmp.write_bytes(data)
    return Path(dest)


def write_text(dest: str | os.PathLike[str], text: str, *, encoding: str = "utf-8",
               create_folder: bool = False) -> Path:
    """Write ``text`` to ``dest`` whole or not at all (see :func:`atomic_path`)."""
    with atomic_path(dest, create_folder=create_folder) as tmp:
        tmp.write_text(text, encoding=encoding)
    return Path(dest)
