"""Message boxes behind one helper (qutebrowser's habit), so tests can patch them.

Call sites use ``msgbox.confirm(...)`` through the module, never ``QMessageBox`` directly:
a test replaces ``ui.msgbox.confirm`` with a function that answers yes or no.
"""
from __future__ import annotations

import contextlib
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.errors import describe_exception, error_details

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")




def confirm(parent: QWidget | None, title: str, text: str, *, action: str = "",
            destructive: bool = True) -> bool:
    """Ask before a destructive action; the safe answer (Cancel) is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    ok = box.addButton(action or translate("msgbox", "Đồng ý"),
                       QMessageBox.ButtonRole.DestructiveRole if destructive
                       else QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title or translate("msgbox", "Lỗi"), text,
                      QMessageBox.StandardButton.Ok, parent)
    if not details:
        details = error_details(_current_error())
    if details:
        box.setDetailedText(details)
    box.exec()


def exception(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """An error from a service or a task: its sentence, and for a bug the details too (the
    traceback, which the log file also holds) so the clerk can copy them for support."""

    with handling(exc):
        error(parent, title, describe_exception(exc))


@contextlib.contextmanager
def handling(exc: BaseException | None):
    """While this is open, an ``error()`` box without details shows ``exc``'s details.

    The task runner opens it around every ``on_error`` callback, so each call site that words
    a failed task (``msgbox.error(self, title, describe_exception(exc))``) shows the traceback
    of a bug without passing it; inside an ``except`` block Python already knows the error.
    """
    _handling.append(exc)
    try:
        yield
    finally:
        _handling.pop()


_handling: list[BaseException | None] = []


def _current_error() -> BaseException | None:
    if _handling:
        return _handling[-1]
    return sys.exc_info()[1]


def warning(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title or translate("msgbox", "Cảnh báo"), text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)
