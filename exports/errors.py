"""Errors raised by the writers and readers in ``exports``.

Every error carries a stable ``code`` (for the GUI and CLI to choose a message and an exit code)
and ``message_params`` (plain values to fill the message with). ``message()`` gives a default
Vietnamese text; callers may translate ``code`` themselves instead.

Pure module: no Qt, no Peewee.
"""
from __future__ import annotations

from collections.abc import Mapping
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
    "reform_plan.unreadable": (
        "Không đọc được tệp kế hoạch {path} ({error}). Hãy mở lại tệp do lệnh "
        "\"reform --plan\" tạo ra, lưu dạng .xlsx rồi thử lại."
    ),
    "reform_plan.no_sheet": (
        "Tệp {path} không có trang \"{sheet}\" với các cột \"Mã số thôn\" và \"Xã mới (mã)\"; "
        "hãy dùng tệp do lệnh \"reform --plan\" tạo ra."
    ),
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
        template = MESSAGES.get(self.code)
        if template is None:
            return self.code
        return template.format_map(_KeepMissing(self.message_params))

    def __str__(self) -> str:
        if self.message_params:
            return f"{self.code}: {self.message_params}"
        return self.code


class Cancelled(ExportError):
    """The user cancelled: the writer stopped and left no file behind."""

    def __init__(self, message_params: Mapping[str, Any] | None = None):
        super().__init__("cancelled", message_params)
