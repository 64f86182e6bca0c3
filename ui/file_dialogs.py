"""File choosers and "open the folder" behind small functions, so tests can answer them.

Call sites use ``file_dialogs.ask_save_path(...)`` through the module; a test replaces the
function with one that returns a path (qutebrowser's habit with message boxes).

The last folder a file was opened from ("import") and saved to ("export") is remembered in
the settings the composition root hands to ``remember_folders``; the next chooser starts
there instead of in Documents.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from ui import settings as keys

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


_settings = None  # ui.settings.Settings, set by the composition root


def remember_folders(settings) -> None:
    """Keep the last-used folders in ``settings`` (None: remember nothing)."""
    global _settings
    _settings = settings


def documents_folder() -> str:
    """Documents, or the home folder when there is none (a fresh Linux account): a chooser
    given a missing folder would open wherever the program was started from."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def default_folder(kind: str = "export") -> str:
    """Where a chooser starts: the last folder used for ``kind`` ("import" or "export") when
    it still exists, else Documents."""
    if _settings is not None:
        folder = str(_settings.get(keys.LAST_FOLDER[kind]) or "")
        if folder and Path(folder).is_dir():
            return folder
    return documents_folder()


def remember(kind: str, path: str) -> None:
    """Record the folder of a file just chosen (or a folder itself) for ``kind``."""
    if not path or _settings is None:
        return

    folder = Path(path)
    if not folder.is_dir():
        folder = folder.parent
    _settings.set(keys.LAST_FOLDER[kind], str(folder))


def ask_save_path(
    parent: QWidget | None, title: str, suggested: str, filter_text: str | None = None
) -> str:
    """The path chosen to save to, or "" when the clerk cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filter_text or excel_filter())
    if path and not Path(path).suffix:
        path += ".xlsx"
    remember("export", path)
    return path


def ask_open_path(
    parent: QWidget | None, title: str, folder: str = "", filter_text: str | None = None
) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent, title, folder or default_folder("import"), filter_text or spreadsheet_filter()
    )
    remember("import", path)
    return path


def ask_folder(parent: QWidget | None, title: str, start: str = "") -> str:
    """A folder chosen by the clerk, or "" when cancelled."""
    return QFileDialog.getExistingDirectory(parent, title, start or documents_folder())


def open_folder(path: str) -> bool:
    """Show the folder holding ``path`` in the system's file manager."""
    folder = Path(path)
    if folder.is_file() or folder.suffix:
        folder = folder.parent
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def is_spreadsheet(path: str) -> bool:
    return Path(path).suffix.lower() in EXCEL_SUFFIXES
