"""The Excel entries of the main window's "Tệp" menu, and dropping a workbook on the window.

``install_excel_actions(window, menu)`` adds: Xuất danh sách thành viên…, Xuất báo cáo thống
kê…, Xuất kết quả tập huấn…, Tải mẫu nhập liệu…, Nhập danh sách từ Excel…; and lets the window
accept a dropped .xlsx/.xls/.ods, which opens the import preview. Kept apart from
``ui/main_window.py`` so the window needs two lines to get all of it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

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


def install_excel_actions(window: Any, menu: QMenu) -> dict[str, QAction]:
    """Add the Excel actions to ``menu`` (before whatever comes next) and accept drops."""
    actions: dict[str, QAction] = {}
    for key, text in (
        ("roster", translate("ExcelMenu", "Xuất danh sách thành viên…")),
        ("report", translate("ExcelMenu", "Xuất báo cáo thống kê…")),
        ("training", translate("ExcelMenu", "Xuất kết quả tập huấn…")),
        ("template", translate("ExcelMenu", "Tải mẫu nhập liệu…")),
    ):
        action = QAction(text, window)
        action.setObjectName(f"action_export_{key}")
        action.triggered.connect(lambda _checked=False, k=key: open_export(window, k))
        menu.addAction(action)
        actions[key] = action
    menu.addSeparator()
    action = QAction(translate("ExcelMenu", "Nhập danh sách từ Excel…"), window)
    action.setObjectName("action_import_roster")
    action.setShortcut("Ctrl+I")
    action.triggered.connect(lambda _checked=False: open_import(window))
    menu.addAction(action)
    actions["import"] = action
    menu.addSeparator()
    window.setAcceptDrops(True)
    window._excel_drop_filter = _DropFilter(window)  # a Python reference keeps it working
    window.installEventFilter(window._excel_drop_filter)
    return actions
