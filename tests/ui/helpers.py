"""Typing Vietnamese as key events, and answering modal dialogs, the way a clerk would.

``qtbot.keyClicks`` aborts the whole process on a non-ASCII character (toolchain.md), so
text is typed one ``QKeyEvent`` per character, carrying the character as its text: what a
keyboard with Unikey delivers to a widget.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into the widget, one key press and release per character."""
    for ch in text:
        press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                          Qt.KeyboardModifier.NoModifier, ch)
        release = QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_unknown,
                            Qt.KeyboardModifier.NoModifier, ch)
        QApplication.sendEvent(widget, press)
        QApplication.sendEvent(widget, release)


def replace_text(widget: QWidget, text: str) -> None:
    """Select all and type over it (Ctrl+A, then the characters)."""
    widget.setFocus()
    press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QApplication.sendEvent(widget, press)
    if hasattr(widget, "selectAll"):
        widget.selectAll()
    type_text(widget, text)


def press(widget: QWidget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, modifiers))
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, key, modifiers))


def when_modal(handler: Callable[[QWidget], None], *, kind: type | None = None,
               timeout_ms: int = 5000) -> list:
    """Run ``handler(dialog)`` once a modal dialog (of ``kind``) is shown; returns a list that
    receives the dialog (or an exception) so the test can assert it ran."""
    seen: list = []
    waited = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and (kind is None or isinstance(dialog, kind)) \
                and dialog.isVisible():
            seen.append(dialog)
            try:
                handler(dialog)
            except Exception as exc:  # noqa: BLE001 - reported to the test
                seen.append(exc)
                dialog.reject()
            return
        waited[0] += 20
        if waited[0] < timeout_ms:
            QTimer.singleShot(20, poll)
        else:
            seen.append(TimeoutError("no modal dialog"))

    QTimer.singleShot(0, poll)
    return seen


def check_handled(seen: list) -> QWidget:
    assert seen, "the dialog never opened"
    for item in seen:
        if isinstance(item, BaseException):
            raise item
    return seen[0]


def activate(qtbot, window: QWidget) -> None:
    """Give the window keyboard focus back: the offscreen platform does not return the
    activation to the main window when a dialog closes, and shortcuts need it."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
