"""Errors raised by the writers and readers in ``exports``.

Every error carries a stable ``code`` (for the GUI and CLI to choose a message and an exit code)
and ``message_params`` (plain values to fill the message with). The words are in
``vn.messages`` (``message()`` gives the Vietnamese; the GUI translates the same template).

Pure module: no Qt, no Peewee.
"""
from __future__ import annotations

from collections.abc import Mapping
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


class Cancelled(ExportError):
    """The user cancelled: the writer stopped and left no file behind."""

    def __init__(self, message_params: Mapping[str, Any] | None = None):
        super().__init__("cancelled", message_params)
