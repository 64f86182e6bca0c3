"""Choosing a unit: type a few letters of its name (accents optional), or walk the tree."""
from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop import units
from ui.models.unit_tree import COL_NAME, COL_TEAMS, COL_VILLAGES, UnitTreeModel
from ui.widgets import SearchLineEdit

MIN_QUERY = 2


class UnitPicker(QWidget):
    """A search box over the whole catalogue above the office's unit tree.

    ``unit_id`` is the unit chosen (None until one is); ``unit_chosen`` says when it changes.
    """

    unit_chosen = Signal()

    def __init__(self, workspace: Any, parent: QWidget | None = None, *,
                 allow_none: bool = False):
        super().__init__(parent)

        self.workspace = workspace
        self.unit_id: int | None = None
        self.unit_name = ""
        self.allow_none = allow_none

        self.search = SearchLineEdit()
        self.search.setObjectName("unit_search")
        self.search.setPlaceholderText(self.tr("Tìm đơn vị theo tên, ví dụ: hop thanh"))
        self.results = QListWidget()
        self.results.setObjectName("unit_results")
        # always shown, at a fixed height: a list that appears later would squeeze the form
        self.results.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        catalogue = workspace.catalogue
        self.model = UnitTreeModel(
            functools.partial(units.unit_tree_children, catalogue=catalogue),
            roots_loader=lambda: units.scope_roots(workspace.office),
            parent=self,
        )
        self.tree = QTreeView()
        self.tree.setObjectName("unit_picker_tree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setMinimumHeight(150)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col in (COL_VILLAGES, COL_TEAMS):
            self.tree.setColumnHidden(col, True)
        self.tree.setHeaderHidden(True)
        self.chosen = QLabel()
        self.chosen.setObjectName("unit_chosen")
        # one line, no word wrap: a wrapping label under-reports its height in a form row
        self.chosen.setMinimumHeight(self.chosen.fontMetrics().height() + 4)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.chosen)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._pick_first)
        self.results.itemActivated.connect(self._pick_result)
        self.results.itemClicked.connect(self._pick_result)
        self.tree.selectionModel().currentChanged.connect(self._tree_changed)
        root = self.model.index(0, 0)
        if root.isValid() and self.model.rowCount() == 1:
            self.tree.expand(root)
        self._run_search()
        self._show_choice()

    # -- search --------------------------------------------------------------------------
    def _run_search(self) -> None:
        text = self.search.text().strip()
        self.results.clear()
        if len(text) < MIN_QUERY:
            self._hint(self.tr("Gõ vài chữ của tên đơn vị (có dấu hoặc không) để tìm, hoặc "
                               "chọn trên cây bên dưới."))
            return
        found = units.search_units(text, catalogue=self.workspace.catalogue, limit=30)
        found += [u for u in units.search_units(text, catalogue="local", level="village",
                                                limit=10)]
        for unit in found[:40]:
            path = [u.short_name or u.name for u in units.unit_path(unit.id)[:-1]]
            label = unit.name + (f" — {', '.join(reversed(path))}" if path else "")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, unit.id)
            self.results.addItem(item)
        if not found:
            self._hint(self.tr("Không tìm thấy đơn vị nào."))

    def _hint(self, text: str) -> None:
        self.results.clear()
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.results.addItem(item)

    def _pick_first(self) -> None:
        self._timer.stop()
        self._run_search()
        item = self.results.item(0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self._pick_result(item)

    def _pick_result(self, item: QListWidgetItem) -> None:
        unit_id = item.data(Qt.ItemDataRole.UserRole)
        if unit_id:
            self.set_unit(int(unit_id))

    # -- tree ----------------------------------------------------------------------------
    def _tree_changed(self, current, _previous) -> None:
        node = self.model.node_info(current)
        if node is not None and node.id != self.unit_id:
            self.unit_id = node.id
            self.unit_name = node.name
            self._show_choice()
            self.unit_chosen.emit()

    def set_unit(self, unit_id: int | None) -> None:
        """Choose a unit (revealed in the tree when it lies inside the office's scope)."""

        if unit_id is None:
            self.unit_id, self.unit_name = None, ""
            self.tree.selectionModel().clearSelection()
            self._show_choice()
            self.unit_chosen.emit()
            return
        path = units.unit_path(unit_id)
        index = self.model.reveal([u.id for u in path])
        if index.isValid() and self.model.node_info(index).id == unit_id:
            parent = index.parent()
            while parent.isValid():
                self.tree.expand(parent)
                parent = parent.parent()
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.tree.scrollTo(index)
        self.unit_id = unit_id
        self.unit_name = path[-1].name if path else ""
        self._show_choice()
        self.unit_chosen.emit()

    def _show_choice(self) -> None:
        if self.unit_id is None:
            self.chosen.setText(self.tr("Chưa chọn đơn vị.") if not self.allow_none
                                else self.tr("Toàn bộ (không giới hạn đơn vị)"))
            self.chosen.setStyleSheet("color: #666;")
        else:
            self.chosen.setText(self.tr("Đã chọn: %1").replace("%1", self.unit_name))
            self.chosen.setStyleSheet("color: #1b7f3b; font-weight: bold;")
