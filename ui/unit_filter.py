"""The tree's filter: type part of a unit's name, accents optional ("na sla", "hop thanh");
the matches replace the tree until one is chosen (it is then selected in the tree) or the
box is cleared. The tree itself is lazy (a national tree is never loaded whole), so the
matches come from the database, on a worker thread, for the office's scope."""
from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from desktop import units
from ui.errors import describe_exception
from ui.widgets import SearchLineEdit

DEBOUNCE_MS = 200
MIN_LETTERS = 2


class UnitFilter(QWidget):
    """``box`` goes above the tree, ``results`` beside it in a stack; ``active`` says when the
    results should be shown instead of the tree."""

    unit_chosen = Signal(int)
    active_changed = Signal(bool)
    results_shown = Signal(str, int)  # the text and how many units match

    def __init__(self, workspace: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.box = SearchLineEdit()
        self.box.setObjectName("tree_filter")
        self.box.setPlaceholderText(self.tr("Lọc đơn vị theo tên (có dấu hay không đều được)"))
        self.results = QListWidget()
        self.results.setObjectName("tree_filter_results")
        self.results.itemActivated.connect(self._choose)
        self.results.itemClicked.connect(self._choose)
        self.box.returnPressed.connect(self._choose_first)
        self.box.escaped.connect(self.clear)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run)
        self.box.textChanged.connect(self._text_changed)
        self._generation = 0
        self.active = False
        self.loading = False

    def _text_changed(self, text: str) -> None:
        active = len(text.strip()) >= MIN_LETTERS
        if active != self.active:
            self.active = active
            self.active_changed.emit(active)
        if active:
            self._timer.start()
        else:
            self._timer.stop()
            self._generation += 1
            self.loading = False
            self.results.clear()

    def clear(self) -> None:
        self.box.clear()

    def run(self) -> None:
        """Ask the database for the matches (the latest text wins)."""

        text = self.box.text().strip()
        if len(text) < MIN_LETTERS:
            return
        self._generation += 1
        generation = self._generation
        office = self.workspace.office
        root_id = getattr(office, "unit_id", None) if office else None
        catalogue = self.workspace.catalogue
        self.loading = True
        self.workspace.runner.run(
            lambda *, progress, cancelled: units.filter_units(
                text, root_id=root_id, catalogue=catalogue),
            title=self.tr("Lọc đơn vị"), show_progress=False,
            on_success=lambda found: self._show(generation, text, found),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _show(self, generation: int, text: str, found: list) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # the window closed meanwhile, or the clerk typed on
        self.loading = False
        self.results.clear()
        for unit in found:
            label = f"{unit.name} — {unit.place}" if unit.place else unit.name
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, unit.id)
            item.setToolTip(label)
            self.results.addItem(item)
        if not found:
            self._hint(self.tr("Không có đơn vị nào tên như vậy."))
        elif self.results.count():
            self.results.setCurrentRow(0)
        self.results_shown.emit(text, len(found))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self.loading = False
        self._hint(describe_exception(exc))
        self.results_shown.emit(self.box.text().strip(), 0)

    def _hint(self, text: str) -> None:
        self.results.clear()
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.results.addItem(item)

    def _choose_first(self) -> None:
        item = self.results.currentItem() or self.results.item(0)
        if item is not None:
            self._choose(item)

    def _choose(self, item: QListWidgetItem) -> None:
        unit_id = item.data(Qt.ItemDataRole.UserRole)
        if unit_id is None:
            return
        self.clear()
        self.unit_chosen.emit(int(unit_id))
