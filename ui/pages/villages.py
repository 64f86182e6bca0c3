"""Thôn/Tổ dân phố: the villages of a commune, entered by the office (no public catalogue)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import stats, units
from ui import msgbox
from ui.actions import READ, PageAction, PageActions, edits
from ui.dialogs.teams import CreateTeamDialog
from ui.dialogs.villages import (
    MergeVillagesDialog,
    PasteVillagesDialog,
    RetireVillageDialog,
    VillageNameDialog,
)
from ui.models.rows import VillageTableModel
from ui.pages import page_title
from ui.pages.base import Page, fit_columns, placeholder, setup_table
from ui.pages.overview import pct_text
from ui.tables import selected_rows


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
        self.view.activated.connect(lambda _i: self.page_actions.trigger("open_team"))

        self.page_actions = PageActions(self, self.declare_actions(), views=[self.view])
        buttons_of = self.page_actions.button
        self.add_button = buttons_of("new")
        self.paste_button = buttons_of("paste")
        self.rename_button = buttons_of("rename")
        self.merge_button = buttons_of("merge")
        self.retire_button = buttons_of("retire")
        self.team_button = buttons_of("team")
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

    def declare_actions(self) -> list[PageAction]:
        need = edits(VillagesPage.commune_id)
        one_free = VillagesPage._one_without_team
        return [
            PageAction("new", self.tr("Thêm thôn…"), VillagesPage.add_village, need,
                       enabled=lambda p: p.commune_id() is not None, menu=False),
            PageAction("paste", self.tr("Dán danh sách từ Excel…"), VillagesPage.paste_list,
                       need, applies_to="rows", shortcut=QKeySequence.StandardKey.Paste,
                       enabled=lambda p: p.commune_id() is not None, menu=False),
            PageAction("rename", self.tr("Đổi tên…"), VillagesPage.rename, need,
                       applies_to="row", shortcut=Qt.Key.Key_F2,
                       enabled=lambda p: len(p.selected()) == 1),
            PageAction("merge", self.tr("Sáp nhập…"), VillagesPage.merge, need,
                       applies_to="rows", enabled=lambda p: len(p.selected()) >= 2),
            PageAction("retire", self.tr("Ngừng hoạt động…"), VillagesPage.retire, need,
                       applies_to="row", enabled=one_free),
            PageAction("team", self.tr("Thành lập tổ…"), VillagesPage.create_team, need,
                       applies_to="row", enabled=one_free),
            PageAction("open_team", self.tr("Mở tổ"), VillagesPage.open_team, READ,
                       applies_to="row", button=False,
                       enabled=lambda p: len(p.selected()) == 1
                       and bool(p.selected()[0].team_id)),
        ]

    def _one_without_team(self) -> bool:
        chosen = self.selected()
        return len(chosen) == 1 and not chosen[0].team_id

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
        commune = self.commune_id()
        if commune is None:
            self.model.set_rows([])
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentIndex(0)
        rows = units.list_villages(commune, include_retired=self.show_retired.isChecked())
        self.model.set_rows(rows)
        fit_columns(self.view, stretch_column=VillageTableModel.COL_NAME)
        # the figures of the one statistics service, as on the overview (a planned team is
        # not yet coverage: it used to count here and not there, 40,0% against 20,0%)
        o = stats.overview(commune)
        text = self.tr("%1 thôn/tổ dân phố, %2 có Tổ CNSCĐ đang hoạt động (%3)").replace(
            "%1", str(o.villages)).replace("%2", str(o.teams)).replace(
            "%3", pct_text(o.coverage_pct))
        if o.planned_teams:
            text += self.tr("; %1 tổ dự kiến").replace("%1", str(o.planned_teams))
        self.summary.setText(text)
        if self.unit is not None and self.unit.level == "village":
            row = self.model.find_row(lambda r: r.id == self.unit.id)
            if row >= 0:
                self.view.selectRow(row)
        self._update_buttons()

    def selected(self) -> list[Any]:
        return [self.model.row_at(r) for r in selected_rows(self.view)]

    def _update_buttons(self) -> None:
        self.page_actions.update()

    def _changed(self) -> None:
        commune = self.commune_id()
        self.workspace.data_changed.emit(commune or 0)

    # -- actions -------------------------------------------------------------------------
    def add_village(self) -> None:
        commune = self.commune_id()
        if commune is None:
            return
        dialog = VillageNameDialog(self.workspace, commune, parent=self)
        if dialog.exec():
            self._changed()
            self._select(dialog.result_value.id)

    def paste_list(self) -> None:
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
        chosen = self.selected()
        if len(chosen) != 1:
            return
        dialog = VillageNameDialog(self.workspace, self.commune_id(), chosen[0], parent=self)
        if dialog.exec():
            self._changed()
            self._select(chosen[0].id)

    def merge(self) -> None:
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
        chosen = self.selected()
        if len(chosen) != 1:
            return
        dialog = RetireVillageDialog(self.workspace, chosen[0], parent=self)
        if dialog.exec():
            self._changed()

    def create_team(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        dialog = CreateTeamDialog(self.workspace, [chosen[0]], parent=self)
        if dialog.exec():
            self._changed()
            self.workspace.team_requested.emit(dialog.result_value.id)

    def open_team(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1 and chosen[0].team_id:
            self.workspace.team_requested.emit(chosen[0].team_id)

    def _select(self, village_id: int) -> None:
        self.refresh()
        row = self.model.find_row(lambda r: r.id == village_id)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
