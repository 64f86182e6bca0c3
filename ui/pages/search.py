"""Tìm kiếm: one box over names, phones and villages; accent-insensitive; as you type."""
from __future__ import annotations

import functools
import time
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout

from desktop import people
from ui.actions import READ, PageAction, PageActions
from ui.errors import describe_exception
from ui.models.search import SearchResultsModel
from ui.pages import page_title
from ui.pages.base import Page, setup_table
from ui.tables import saved_widths
from ui.widgets import SearchLineEdit

# Column widths in average characters (the last column stretches): set once when the page is
# built, so that no key waits for the results to be measured and the columns never jump.
COLUMN_CHARS = (26, 10, 12, 12, 24, 20)

# 0: each key's query starts at once (one query in flight, the latest text wins, so keys
# typed in a burst are still skipped); the answer shows within ~50 ms of the key.
DEBOUNCE_MS = 0


class SearchPage(Page):
    key = "search"
    results_shown = Signal(str, int)  # the query and how many rows are shown

    def __init__(self, workspace, parent=None):
        super().__init__(workspace, parent)

        self.box = SearchLineEdit()
        self.box.setObjectName("search_box")
        self.box.setPlaceholderText(self.tr(
            "Tên, số điện thoại hoặc tên thôn, gõ có dấu hay không dấu đều được (Ctrl+F)"))
        self.box.setMinimumHeight(self.box.sizeHint().height() + 6)
        self.only_unit = QCheckBox(self.tr("Chỉ trong đơn vị đang chọn"))
        self.only_unit.setObjectName("search_only_unit")
        self.only_unit.setChecked(True)
        self.model = SearchResultsModel(people.search, self)
        self.model.start = self.run_read  # pages after the first, off the GUI thread
        self.view = QTableView()
        self.view.setObjectName("search_results")
        self.view.setModel(self.model)
        setup_table(self.view, fit=False)
        self._set_widths()
        self.page_actions = PageActions(self, self.declare_actions(), views=[self.view])
        self.view.activated.connect(lambda _i: self.page_actions.trigger("open"))
        self.status = QLabel()
        self.status.setObjectName("search_status")
        self.status.setStyleSheet("color: #555;")
        top = QHBoxLayout()
        top.addWidget(self.box, 1)
        top.addWidget(self.only_unit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_query)
        self.box.textChanged.connect(lambda _t: self._timer.start())
        self.box.returnPressed.connect(self._enter)
        self.only_unit.toggled.connect(lambda _c: self.run_query())
        self.last_elapsed_ms = 0.0
        self._in_flight: tuple | None = None
        self._task: Any = None  # the query running for the latest key

    def title(self) -> str:
        return page_title(self.key)

    def _set_widths(self) -> None:
        """Widths from the font, or the ones the clerk dragged the columns to."""
        header = self.view.horizontalHeader()
        char = self.view.fontMetrics().averageCharWidth()
        self.view.setProperty("fitting", True)  # not the clerk's hand
        try:
            for column, chars in enumerate(COLUMN_CHARS):
                header.resizeSection(column, chars * char + 16)
            for column, width in saved_widths(self.view).items():
                if column < len(COLUMN_CHARS):
                    header.resizeSection(column, width)
        finally:
            self.view.setProperty("fitting", False)

    def declare_actions(self) -> list[PageAction]:
        """The result rows' context menu (and Enter, a double-click): a person's record,
        their team; "Chép" is added by the registry."""
        return [
            PageAction("open", self.tr("Xem hồ sơ người này"), SearchPage.open_person, READ,
                       applies_to="row", button=False, enabled=lambda p: p.chosen() is not None),
            PageAction("team", self.tr("Mở trang tổ"), SearchPage.open_team, READ,
                       applies_to="row", button=False,
                       enabled=lambda p: bool(getattr(p.chosen(), "team_id", None))),
        ]

    def chosen(self):
        """The result row under the cursor (None when nothing is chosen)."""
        return self.model.row_at(self.view.currentIndex())

    def open_person(self) -> None:
        row = self.chosen()
        if row is not None:
            self.workspace.person_requested.emit(row.person_id)

    def open_team(self) -> None:
        row = self.chosen()
        if row is not None and row.team_id:
            self.workspace.team_requested.emit(row.team_id)

    def focus_box(self) -> None:
        self.box.setFocus()
        self.box.selectAll()

    def set_query(self, text: str) -> None:
        self.box.setText(text)
        self._timer.stop()
        self.run_query()

    def reload(self) -> None:
        if self.box.text().strip():
            self.run_query()

    def _on_unit(self, node) -> None:
        self.only_unit.setText(
            self.tr("Chỉ trong %1").replace("%1", node.name) if node is not None
            else self.tr("Chỉ trong đơn vị đang chọn"))
        if self.only_unit.isChecked():
            self.mark_dirty()

    def scope(self) -> int | None:
        node = self.unit
        if node is None or not self.only_unit.isChecked():
            return None
        return node.id

    def run_query(self) -> None:
        """Query on a worker thread; the latest text wins at once: a query still running
        for an earlier key is cancelled (its SQL stops) and its answer never shown, so
        typing never waits for the database."""
        self._timer.stop()
        self._dirty = False
        wanted = (self.box.text(), self.scope())
        if self._in_flight is not None:
            if self._in_flight == wanted:
                return  # that very query is on its way
            self._task.cancel()
        self._start(wanted)

    def _start(self, wanted: tuple) -> None:
        text, scope = wanted
        self._in_flight = wanted
        started = time.perf_counter()

        def work(*, progress, cancelled):
            fetch = functools.partial(people.search, cancelled=cancelled)
            return SearchResultsModel.first_page(fetch, text, scope)

        self._task = self.workspace.runner.run(
            work, title=self.title(), show_progress=False,
            on_success=lambda rows: self._arrived(wanted, rows, started),
            on_error=lambda exc: self._arrived(wanted, [], started, exc),
            on_cancel=lambda: None,  # overtaken by a later key: nothing to show
        )

    def _arrived(self, wanted: tuple, rows: list, started: float,
                 error: BaseException | None = None) -> None:
        if wanted != self._in_flight:
            return  # a later key's query is on its way: this answer is stale
        self._in_flight = None
        text, scope = wanted
        self.model.set_results(text, scope, rows)
        self.last_elapsed_ms = (time.perf_counter() - started) * 1000
        count = self.model.rowCount()
        if error is not None:
            self.status.setText(describe_exception(error))
        elif not text.strip():
            self.status.setText(self.tr("Gõ để tìm. Ví dụ: nguyen van an, 0912, na sla."))
        elif count == 0:
            self.status.setText(self.tr("Không tìm thấy ai."))
        else:
            more = self.tr(" (cuộn xuống để xem thêm)") if self.model.canFetchMore() else ""
            self.status.setText(self.tr("Kết quả: %1 người%2").replace("%1", str(count))
                                .replace("%2", more))
        self.results_shown.emit(text, count)
        self.loaded.emit()

    def _enter(self) -> None:
        """Enter: go to the results (the first row), once they are there."""
        if self.model.rowCount() and self.model.query == self.box.text().strip():
            self.view.setFocus()
            self.view.selectRow(0)
        else:
            self.results_shown.connect(self._focus_results_once)
            self.run_query()

    def _focus_results_once(self, text: str, count: int) -> None:
        self.results_shown.disconnect(self._focus_results_once)
        if count:
            self.view.setFocus()
            self.view.selectRow(0)

