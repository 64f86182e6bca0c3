"""File choosers and "open the folder" behind small functions, so tests can answer them.

Call sites use ``file_dialogs.ask_save_path(...)`` through the module; a test replaces the
function with one that returns a path (qutebrowser's habit with message boxes).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")


translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def excel_filter() -> str:
    return translate("file_dialogs", "Bảng tính Excel (*.xlsx)")


def spreadsheet_filter() -> str:
    return (
        translate("file_dialogs", "Bảng tính (*.xlsx *.xls *.xlsm *.ods)")
        + ";;"
        + translate("file_dialogs", "Tất cả các tệp (*)")
    )


def default_folder() -> str:
    return QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    ) or str(Path.home())


def ask_save_path(
    parent: QWidget | None, title: str, suggested: str, filter_text: str | None = None
) -> str:
    """The path chosen to save to, or "" when the clerk cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filter_text or excel_filter())
    if path and not Path(path).suffix:
        path += ".xlsx"
    return path


def ask_open_path(
    parent: QWidget | None, title: str, folder: str = "", filter_text: str | None = None
) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent, title, folder or default_folder(), filter_text or spreadsheet_filter()
    )
    return path


def open_folder(path: str) -> bool:
    """Show the folder holding ``path`` in the system's file manager."""
    folder = Path(path)
    if folder.is_file() or folder.suffix:
        folder = folder.parent
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def is_spreadsheet(path: str) -> bool:
    return Path(path).suffix.lower() in EXCEL_SUFFIXES
