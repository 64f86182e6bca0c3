"""Tổ CNSCĐ: the teams under the chosen unit; one team per village."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from desktop import teams, units
from ui import msgbox
from ui.actions import READ, PageAction, PageActions, edits
from ui.dialogs.teams import CreateTeamDialog, TeamStatusDialog
from ui.models.rows import TeamTableModel
from ui.models.teams import PagedTeamTableModel
from ui.pages import page_title
from ui.pages.base import Page, fit_columns, setup_table


def _fetch_page(unit_id, **kwargs):
    return teams.list_teams_page(unit_id, **kwargs)


def _selected_team_village(page: Any) -> int | None:
    row = page.selected()
    return getattr(row, "village_id", None) if row is not None \
        else getattr(page.unit, "id", None)


class TeamsPage(Page):
    key = "teams"
    async_load = True  # a province has thousands of teams: paged, sorted in SQL

    def __init__(self, workspace, parent=None):
        super().__init__(workspace, parent)
        self.model = PagedTeamTableModel(_fetch_page, self)
        self.model.start = self.run_read  # pages after the first, off the GUI thread
        self.view = QTableView()
        self.view.setObjectName("teams_table")
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)
        self.view.activated.connect(lambda _i: self.page_actions.trigger("open"))

        self.page_actions = PageActions(self, self.declare_actions(), views=[self.view])
        self.create_button = self.page_actions.button("new")
        self.open_button = self.page_actions.button("open")
        self.status_button = self.page_actions.button("status")
        self.show_dissolved = QCheckBox(self.tr("Hiện cả tổ đã giải thể"))
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

    def declare_actions(self) -> list[PageAction]:
        chosen = lambda p: p.selected() is not None  # noqa: E731
        return [
            PageAction("new", self.tr("Thành lập tổ…"), TeamsPage.create_team, edits(),
                       menu=False, enabled=lambda p: p.unit is not None
                       and p.unit.level in ("commune", "village")),
            PageAction("open", self.tr("Mở tổ"), TeamsPage.open_selected, READ,
                       applies_to="row", enabled=chosen),
            PageAction("status", self.tr("Đổi trạng thái…"), TeamsPage.change_status,
                       edits(_selected_team_village, exact=False), applies_to="row",
                       enabled=chosen),
        ]

    def title(self) -> str:
        return page_title(self.key)

    def options(self) -> dict:
        return {"include_dissolved": self.show_dissolved.isChecked(),
                "sort": self.model.sort_name, "descending": self.model.descending}

    def fetch(self, node: Any, options: dict) -> Any:
        if node is None:
            return node, [], None, options
        rows = PagedTeamTableModel.first_page(
            teams.list_teams_page, node.id, sort=options["sort"],
            descending=options["descending"], include_dissolved=options["include_dissolved"],
            page_size=self.model.page_size)
        summary = teams.team_summary(node.id, include_dissolved=options["include_dissolved"])
        return node, rows, summary, options

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        """Columns without a stored sort key (leader, decision) keep the previous order."""
        if column >= 0 and column not in PagedTeamTableModel.SORTS:
            header = self.view.horizontalHeader()
            order = Qt.SortOrder.DescendingOrder if self.model.descending \
                else Qt.SortOrder.AscendingOrder
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column, order)
            header.blockSignals(False)

    def show_data(self, data: Any) -> None:
        node, rows, summary, options = data
        if node is None:
            self.model.set_rows([])
            self.summary.setText("")
            self._update_buttons()
            return
        wanted = (self.model.sort_name, self.model.descending)  # a header clicked meanwhile
        self.model.set_page(node.id, rows, sort=options["sort"],
                            descending=options["descending"],
                            include_dissolved=options["include_dissolved"])
        self.model.resort(*wanted)
        one_commune = node.level in ("commune", "village")
        self.view.setColumnHidden(TeamTableModel.COL_COMMUNE, one_commune)
        fit_columns(self.view, stretch_column=TeamTableModel.COL_DECISION, max_width=230)
        text = self.tr("%1 tổ, %2 thành viên; %3 tổ chưa có Tổ trưởng").replace(
            "%1", str(summary.teams)).replace("%2", str(summary.members)).replace(
            "%3", str(summary.without_leader))
        self.summary.setText(text)
        self._update_buttons()

    def selected(self):
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(index)

    def _update_buttons(self) -> None:
        self.page_actions.update()

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.workspace.team_requested.emit(row.id)

    def create_team(self) -> None:
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
        row = self.selected()
        if row is None:
            return
        dialog = TeamStatusDialog(self.workspace, row, parent=self)
        if dialog.exec():
            self.workspace.data_changed.emit(row.commune_id or 0)
