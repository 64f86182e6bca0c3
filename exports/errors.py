"""Errors raised by the writers and readers in ``exports``.

Every error carries a stable ``code`` (for the GUI and CLI to choose a message and an exit code)
and ``message_params`` (plain values to fill the message with). The words are in
``vn.messages`` (``message()`` gives the Vietnamese; the GUI translates the same template).

Pure module: no Qt, no Peewee.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Any

from vn.messages import render


class ExportError(Exception):
    """Base of every error raised by ``exports``: ``code`` plus ``message_params``."""

    def __init__(self, code: str, message_params: Mapping[str, Any] | None = None):
        self.code = code
        self.message_params: dict[str, Any] = dict(message_params or {})
        super().__init__(code, self.message_params)

    def message(self) -> str:
        """The Vietnamese sentence for the user (``vn.messages``)."""
        return render(self.code, self.message_params)

    def __str__(self) -> str:
        if self.message_params:
            return f"{self.code}: {self.message_params}"
        return self.code


def file_error(exc: OSError, path: str | os.PathLike[str], *, replacing: bool = False
               ) -> ExportError:
    """An ``OSError`` met writing ``path`` as the error a clerk can act on: the file open in
    another program (``target_locked``), else the fault by its kind (``file.disk_full``,
    ``file.read_only``, ``file.no_permission``, ``file.io_error``... from ``vn.faults``).

    ``replacing``: the complete temporary file was already written beside the target, so the
    folder is writable and a refused permission means the target itself is held (Windows
    refuses to replace a file open in Excel with "access denied")."""
    from vn import faults

    kind = faults.classify(exc)
    if replacing and kind == faults.NO_PERMISSION:
        kind = faults.LOCKED
    params = {"path": str(path), "error": exc.strerror or str(exc),
              "detail": exc.strerror or str(exc), "fault": kind}
    if kind == faults.LOCKED:
        return ExportError("target_locked", params)
    return ExportError(faults.code(kind), params)


def check_target(path: str | os.PathLike[str], inputs: Iterable[Any] = ()) -> None:
    """Refuse to write over one of ``inputs``, a symbolic link, or anything but a regular
    file (``file.target_is_input``, ``file.target_symlink``, ``file.target_not_file``)."""
    from vn import faults

    kind = faults.unsafe_target(path, inputs)
    if kind:
        raise ExportError(faults.code(kind), {"path": str(path), "fault": kind})


class Cancelled(ExportError):
    """The user cancelled: the writer stopped and left no file behind."""

    def __init__(self, message_params: Mapping[str, Any] | None = None):
        super().__init__("cancelled", message_params)
