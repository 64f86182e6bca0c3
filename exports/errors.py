"""Errors raised by the writers and readers in ``exports``.

Every error carries a stable ``code`` (for the GUI and CLI to choose a message and an exit code)
and ``message_params`` (plain values to fill the message with). ``message()`` gives a default
Vietnamese text; callers may translate ``code`` themselves instead.

Pure module: no Qt, no Peewee.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Any

# Default Vietnamese messages, keyed by code. Placeholders are ``str.format`` fields filled from
# ``message_params``; a missing field leaves the placeholder as it is rather than failing.
MESSAGES: dict[str, str] = {
    "cancelled": "Đã hủy. Không có tệp nào được tạo.",
    "target_locked": (
        "Không ghi được tệp {path}: tệp đang được mở trong chương trình khác (Excel, "
        "LibreOffice…). Hãy đóng tệp đó rồi thử lại."
    ),
    "write_failed": "Không ghi được tệp {path}: {error}",
    "invalid_document": "Dữ liệu xuất không hợp lệ: {detail}",
}


class _KeepMissing(dict):
    def __missing__(self, key: str) -> str:  # pragma: no cover - trivial
        return "{" + key + "}"


class ExportError(Exception):
    """Base of every error raised by ``exports``: ``code`` plus ``message_params``."""

    def __init__(self, code: str, message_params: Mapping[str, Any] | None = None):
        self.code = code
        self.message_params: dict[str, Any] = dict(message_params or {})
        super().__init__(code, self.message_params)

    def message(self) -> str:
        """A Vietnamese sentence for the user (falls back to the code)."""
        if self.code in ("file_fault", "target_unsafe"):  # disk full, read-only, symlink...
            from vn.faults import fault_message

            p = self.message_params
            return fault_message(str(p.get("fault", "")), str(p.get("path", "")),
                                 str(p.get("error", "")))
        template = MESSAGES.get(self.code)
        if template is None:
            return self.code
        return template.format_map(_KeepMissing(self.message_params))

    def __str__(self) -> str:
        if self.message_params:
            return f"{self.code}: {self.message_params}"
        return self.code


def file_error(exc: OSError, path: str | os.PathLike[str], *, replacing: bool = False
               ) -> ExportError:
    """An ``OSError`` met writing ``path`` as the error a clerk can act on: the file open in
    another program (``target_locked``), else the fault by its kind (disk full, read-only
    folder, no permission, I/O error: ``file_fault``, worded by ``vn.faults``).

    ``replacing``: the complete temporary file was already written beside the target, so the
    folder is writable and a refused permission means the target itself is held (Windows
    refuses to replace a file open in Excel with "access denied")."""
    from vn import faults

    kind = faults.classify(exc)
    if replacing and kind == faults.NO_PERMISSION:
        kind = faults.LOCKED
    params = {"path": str(path), "error": exc.strerror or str(exc), "fault": kind}
    if kind == faults.LOCKED:
        return ExportError("target_locked", params)
    return ExportError("file_fault", params)


def check_target(path: str | os.PathLike[str], inputs: Iterable[Any] = ()) -> None:
    """Refuse to write over one of ``inputs``, a symbolic link, or anything but a regular
    file (``target_unsafe``)."""
    from vn import faults

    kind = faults.unsafe_target(path, inputs)
    if kind:
        raise ExportError("target_unsafe", {"path": str(path), "fault": kind})


class Cancelled(ExportError):
    """The user cancelled: the writer stopped and left no file behind."""

    def __init__(self, message_params: Mapping[str, Any] | None = None):
        super().__init__("cancelled", message_params)
