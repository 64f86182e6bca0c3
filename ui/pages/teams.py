"""Tổ CNSCĐ: the teams under the chosen unit; one team per village."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ui import msgbox
from ui.models.rows import TeamTableModel
from ui.models.table import SORT_ROLE
from ui.pages.base import Page, fit_columns, setup_table

MAX_ROWS_SHOWN = 5000


class TeamsPage(Page):
    key = "teams"
    async_load = True  # a province has thousands of teams

    def __init__(self, workspace, parent=None):
        super().__init__(workspace, parent)
        self.model = TeamTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortLocaleAware(True)
        self.view = QTableView()
        self.view.setObjectName("teams_table")
        self.view.setModel(self.proxy)
        setup_table(self.view)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.doubleClicked.connect(self.open_selected)
        self.view.activated.connect(self.open_selected)

        self.create_button = QPushButton(self.tr("Thành lập tổ…"))
        self.create_button.setObjectName("teams_create")
        self.open_button = QPushButton(self.tr("Mở tổ"))
        self.open_button.setObjectName("teams_open")
        self.status_button = QPushButton(self.tr("Đổi trạng thái…"))
        self.status_button.setObjectName("teams_status")
        self.show_dissolved = QCheckBox(self.tr("Hiện cả tổ đã giải thể"))
        self.create_button.clicked.connect(self.new_item)
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.status_button.clicked.connect(self.change_status)
        self.show_dissolved.toggled.connect(lambda _c: self.refresh())
        buttons = QHBoxLayout()
        for b in (self.create_button, self.open_button, self.status_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.show_dissolved)
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #444;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    def title(self) -> str:
        return self.tr("Tổ CNSCĐ")

    def options(self) -> dict:
        return {"include_dissolved": self.show_dissolved.isChecked()}

    def fetch(self, node: Any, options: dict) -> Any:
        from desktop import teams

        if node is None:
            return node, []
        return node, teams.list_teams(node.id, include_dissolved=options["include_dissolved"])

    def show_data(self, data: Any) -> None:
        node, rows = data
        if node is None:
            self.model.set_rows([])
            self.summary.setText("")
            self.create_button.setEnabled(False)
            self._update_buttons()
            return
        shown = rows[:MAX_ROWS_SHOWN]
        self.model.set_rows(shown)
        one_commune = node.level in ("commune", "village")
        self.view.setColumnHidden(TeamTableModel.COL_COMMUNE, one_commune)
        fit_columns(self.view, stretch_column=TeamTableModel.COL_DECISION, max_width=230)
        without_leader = sum(1 for r in rows if r.status != "dissolved" and not r.leader_name)
        text = self.tr("%1 tổ, %2 thành viên; %3 tổ chưa có Tổ trưởng").replace(
            "%1", str(len(rows))).replace("%2", str(sum(r.member_count for r in rows))).replace(
            "%3", str(without_leader))
        if len(rows) > len(shown):
            text += " · " + self.tr("hiện %1 tổ đầu; chọn một xã để xem đủ").replace(
                "%1", str(len(shown)))
        self.summary.setText(text)
        self.create_button.setEnabled(node.level in ("commune", "village"))
        self._update_buttons()

    def selected(self):
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index))

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.open_button.setEnabled(has)
        self.status_button.setEnabled(has)

    def open_selected(self, index=None) -> None:
        row = self.model.row_at(self.proxy.mapToSource(index)) if index is not None \
            and index.isValid() else self.selected()
        if row is not None:
            self.workspace.team_requested.emit(row.id)

    def new_item(self) -> None:
        from desktop import units
        from ui.dialogs.teams import CreateTeamDialog

        node = self.unit
        if node is None or node.level not in ("commune", "village"):
            msgbox.info(self, self.tr("Thành lập tổ"),
                        self.tr("Chọn một xã/phường hoặc một thôn ở cây bên trái trước."))
            return
        commune_id = node.id if node.level == "commune" else node.parent_id
        free = [v for v in units.list_villages(commune_id) if not v.team_id]
        if node.level == "village":
            free = [v for v in free if v.id == node.id] or free
        if not free:
            msgbox.info(self, self.tr("Thành lập tổ"), self.tr(
                "Mọi thôn/tổ dân phố của xã đã có tổ. Thêm thôn ở trang Thôn/Tổ dân phố."))
            return
        dialog = CreateTeamDialog(self.workspace, free, parent=self)
        if dialog.exec():
            self.workspace.data_changed.emit(commune_id)
            self.workspace.team_requested.emit(dialog.result_value.id)

    def change_status(self) -> None:
        from ui.dialogs.teams import TeamStatusDialog

        row = self.selected()
        if row is None:
            return
        dialog = TeamStatusDialog(self.workspace, row, parent=self)
        if dialog.exec():
            self.workspace.data_changed.emit(row.commune_id or 0)
