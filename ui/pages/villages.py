"""Thôn/Tổ dân phố: the villages of a commune, entered by the office (no public catalogue)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import msgbox
from ui.models.rows import VillageTableModel
from ui.pages.base import Page, fit_columns, placeholder, setup_table
from ui.pages import page_title


class VillagesPage(Page):
    key = "villages"

    def __init__(self, workspace, parent=None):
        super().__init__(workspace, parent)
        self.model = VillageTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("villages_table")
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.view.doubleClicked.connect(self._open)

        self.add_button = QPushButton(self.tr("Thêm thôn…"))
        self.paste_button = QPushButton(self.tr("Dán danh sách từ Excel…"))
        self.rename_button = QPushButton(self.tr("Đổi tên…"))
        self.merge_button = QPushButton(self.tr("Sáp nhập…"))
        self.retire_button = QPushButton(self.tr("Ngừng hoạt động…"))
        self.team_button = QPushButton(self.tr("Thành lập tổ…"))
        for name, button in (("add", self.add_button), ("paste", self.paste_button),
                             ("rename", self.rename_button), ("merge", self.merge_button),
                             ("retire", self.retire_button), ("team", self.team_button)):
            button.setObjectName(f"villages_{name}")
        self.add_button.clicked.connect(self.new_item)
        self.paste_button.clicked.connect(self.paste_list)
        self.rename_button.clicked.connect(self.rename)
        self.merge_button.clicked.connect(self.merge)
        self.retire_button.clicked.connect(self.retire)
        self.team_button.clicked.connect(self.create_team)
        self.show_retired = QCheckBox(self.tr("Hiện cả thôn đã ngừng"))
        self.show_retired.toggled.connect(lambda _c: self.refresh())

        buttons = QHBoxLayout()
        for button in (self.add_button, self.paste_button, self.rename_button,
                       self.merge_button, self.retire_button, self.team_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_retired)

        self.summary = QLabel()
        self.summary.setStyleSheet("color: #444;")
        table_page = QWidget()
        inner = QVBoxLayout(table_page)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(buttons)
        inner.addWidget(self.view, 1)
        inner.addWidget(self.summary)

        self.empty = placeholder(self.tr(
            "Chọn một xã, phường hoặc đặc khu ở cây bên trái để xem và nhập "
            "danh sách thôn/tổ dân phố."
        ))
        self.stack = QStackedWidget()
        self.stack.addWidget(table_page)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.stack)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self.view,
                  activated=self.paste_list, context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self.view, activated=self.rename,
                  context=Qt.ShortcutContext.WidgetShortcut)

    def title(self) -> str:
        return page_title(self.key)

    # -- which commune -------------------------------------------------------------------
    def commune_id(self) -> int | None:
        node = self.unit
        if node is None:
            return None
        if node.level == "commune":
            return node.id
        if node.level == "village":
            return node.parent_id
        return None

    def reload(self) -> None:
        from desktop import units

        commune = self.commune_id()
        if commune is None:
            self.model.set_rows([])
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentIndex(0)
        rows = units.list_villages(commune, include_retired=self.show_retired.isChecked())
        self.model.set_rows(rows)
        fit_columns(self.view, stretch_column=VillageTableModel.COL_NAME)
        with_team = sum(1 for r in rows if r.team_id and not getattr(r, "retired", False))
        active = sum(1 for r in rows if not getattr(r, "retired", False))
        pct = f"{100 * with_team / active:.1f}".replace(".", ",") if active else "0"
        self.summary.setText(
            self.tr("%1 thôn/tổ dân phố, %2 có Tổ CNSCĐ (%3%)")
            .replace("%1", str(active)).replace("%2", str(with_team)).replace("%3", pct)
        )
        if self.unit is not None and self.unit.level == "village":
            row = self.model.find_row(lambda r: r.id == self.unit.id)
            if row >= 0:
                self.view.selectRow(row)
        self._update_buttons()

    def selected(self) -> list[Any]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        one = len(chosen) == 1
        self.rename_button.setEnabled(one)
        self.retire_button.setEnabled(one and not chosen[0].team_id)
        self.merge_button.setEnabled(len(chosen) >= 2)
        self.team_button.setEnabled(one and not chosen[0].team_id)

    def _changed(self) -> None:
        commune = self.commune_id()
        self.workspace.data_changed.emit(commune or 0)

    # -- actions -------------------------------------------------------------------------
    def new_item(self) -> None:
        from ui.dialogs.villages import VillageNameDialog

        commune = self.commune_id()
        if commune is None:
            return
        dialog = VillageNameDialog(self.workspace, commune, parent=self)
        if dialog.exec():
            self._changed()
            self._select(dialog.result_value.id)

    def paste_list(self) -> None:
        from ui.dialogs.villages import PasteVillagesDialog

        commune = self.commune_id()
        if commune is None:
            return
        dialog = PasteVillagesDialog(self.workspace, commune, parent=self)
        if dialog.exec():
            added = dialog.result_value or []
            self._changed()
            msgbox.info(self, self.tr("Đã thêm"),
                        self.tr("Đã thêm %1 thôn/tổ dân phố.").replace("%1", str(len(added))))

    def rename(self) -> None:
        from ui.dialogs.villages import VillageNameDialog

        chosen = self.selected()
        if len(chosen) != 1:
            return
        dialog = VillageNameDialog(self.workspace, self.commune_id(), chosen[0], parent=self)
        if dialog.exec():
            self._changed()
            self._select(chosen[0].id)

    def merge(self) -> None:
        from ui.dialogs.villages import MergeVillagesDialog

        chosen = self.selected()
        if len(chosen) < 2:
            return
        if not msgbox.confirm(
            self, self.tr("Sáp nhập thôn"),
            self.tr("Sáp nhập %1 thôn/tổ dân phố thành một? Các thôn cũ sẽ ngừng hoạt động "
                    "(lịch sử vẫn được giữ).").replace("%1", str(len(chosen))),
            action=self.tr("Tiếp tục"),
        ):
            return
        dialog = MergeVillagesDialog(self.workspace, chosen, parent=self)
        if dialog.exec():
            self._changed()
            self._select(dialog.result_value.id)

    def retire(self) -> None:
        from ui.dialogs.villages import RetireVillageDialog

        chosen = self.selected()
        if len(chosen) != 1:
            return
        dialog = RetireVillageDialog(self.workspace, chosen[0], parent=self)
        if dialog.exec():
            self._changed()

    def create_team(self) -> None:
        from ui.dialogs.teams import CreateTeamDialog

        chosen = self.selected()
        if len(chosen) != 1:
            return
        dialog = CreateTeamDialog(self.workspace, [chosen[0]], parent=self)
        if dialog.exec():
            self._changed()
            self.workspace.team_requested.emit(dialog.result_value.id)

    def _open(self, index) -> None:
        row = self.model.row_at(index)
        if row is not None and row.team_id:
            self.workspace.team_requested.emit(row.team_id)

    def _select(self, village_id: int) -> None:
        self.refresh()
        row = self.model.find_row(lambda r: r.id == village_id)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
