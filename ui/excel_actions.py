"""What the Excel entries of the main window's "Tệp" menu run (``open_export``,
``open_import``; the entries are declared in ``MainWindow.declare_actions``), and dropping a
workbook on the window (``install_drop``), which opens the import preview.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget

from ui.dialogs.import_dialog import ImportDialog, dropped_spreadsheet

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def open_export(window: Any, kind: str):
    from ui.dialogs.export_dialog import ask_and_export

    return ask_and_export(window.workspace, window, kind)


def open_import(window: Any, path: str | None = None):
    """Show the import preview (modeless, so the clerk can look at the tree meanwhile)."""

    dialog = ImportDialog(window.workspace, path, window)
    dialog.setModal(False)
    dialog.show()
    window._import_dialog = dialog  # keep it alive while shown
    return dialog


class _DropFilter(QObject):
    """Accepts a spreadsheet dragged over the window; a drop opens the import preview."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802

        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if dropped_spreadsheet(event.mimeData()):
                event.acceptProposedAction()
                return True
            return False
        if kind == QEvent.Type.Drop:
            path = dropped_spreadsheet(event.mimeData())
            if path:
                event.acceptProposedAction()
                open_import(self._window, path)
                return True
        return False


def install_drop(window: Any) -> None:
    """Let the window accept a dropped .xlsx/.xls/.ods: the drop opens the import preview."""
    window.setAcceptDrops(True)
    window._excel_drop_filter = _DropFilter(window)  # a Python reference keeps it working
    window.installEventFilter(window._excel_drop_filter)
