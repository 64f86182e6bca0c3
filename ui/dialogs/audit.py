"""Nhật ký thay đổi: who changed what, when, from what to what. Read-only by design.

Filters (user, unit and everything under it, record type, from–to dates) narrow a table that
pages lazily from the service (a year of a district's work is hundreds of thousands of
entries); the selected entry's full before → after is shown underneath; "Xuất Excel…" writes
what the filters select. Nothing here can change or delete an entry, and the database refuses
it anyway (append-only triggers).
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import audit_service, units
from desktop.audit_service import AuditQuery
from ui import file_dialogs, msgbox
from ui.dialogs.unit_picker import UnitPicker
from ui.errors import describe_exception, tr_core
from ui.models.table import RowTableModel
from ui.tables import setup_table
from ui.widgets import DateLineEdit, ErrorLabel
from vn.dates import format_moment

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

PAGE_SIZE = 100

Fetcher = Callable[[int, int], list[Any]]


class AuditTableModel(RowTableModel):
    """Entries newest first; more are fetched from the service as the view scrolls."""

    COL_AT, COL_USER, COL_ACTION, COL_RECORD, COL_UNIT, COL_CHANGES = range(6)
    column_count = 6

    def __init__(self, parent=None, *, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self.page_size = page_size
        self._fetch: Fetcher | None = None
        self._exhausted = True
        self.total = 0

    def headers(self) -> list[str]:
        return [self.tr("Thời gian"), self.tr("Người thực hiện"), self.tr("Thao tác"),
                self.tr("Bản ghi"), self.tr("Đơn vị"), self.tr("Thay đổi (trước → sau)")]

    def cell(self, row: Any, column: int) -> Any:
        if column == self.COL_AT:
            return format_moment(row.at)
        return (None, row.username, row.action_label, row.record, row.unit_name,
                row.summary)[column]

    def sort_value(self, row: Any, column: int) -> Any:
        return row.id if column == self.COL_AT else self.cell(row, column)

    def tooltip(self, row: Any, column: int) -> str | None:
        if column == self.COL_CHANGES and row.changes:
            return row.details
        return None

    def show_first_page(self, fetch: Fetcher, rows: list[Any], total: int) -> None:
        """Rows fetched elsewhere (on a worker thread); later pages come through fetchMore."""
        self._fetch = fetch
        self.total = total
        self._exhausted = len(rows) < self.page_size
        self.set_rows(rows)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and self._fetch is not None

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:
        if parent.isValid() or self._exhausted or self._fetch is None:
            return
        more = list(self._fetch(len(self._rows), self.page_size))
        self._exhausted = len(more) < self.page_size
        if not more:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()


class AuditDialog(QDialog):
    """The viewer; modeless, so the clerk can keep it open beside the main window."""

    def __init__(self, workspace: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("audit_dialog")
        self.workspace = workspace
        self.setWindowTitle(self.tr("Nhật ký thay đổi"))
        self.resize(1180, 680)
        self.unit_id: int | None = None
        self._generation = 0
        self.loading = False

        # -- filters -----------------------------------------------------------------------
        self.user_combo = QComboBox()
        self.user_combo.setObjectName("audit_user")
        self.user_combo.setMinimumWidth(160)
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("audit_type")
        self.type_combo.addItem(self.tr("Tất cả"), None)

        for code, label in audit_service.record_types(tr_core):
            self.type_combo.addItem(label, code)
        self.unit_edit = QLineEdit()
        self.unit_edit.setObjectName("audit_unit")
        self.unit_edit.setReadOnly(True)
        self.unit_edit.setMinimumWidth(220)
        self.unit_button = QToolButton()
        self.unit_button.setText(self.tr("Chọn…"))
        self.unit_button.setObjectName("audit_unit_choose")
        self.unit_clear = QToolButton()
        self.unit_clear.setText("×")
        self.unit_clear.setToolTip(self.tr("Bỏ lọc theo đơn vị"))
        self.date_from = DateLineEdit(allow_year=False)
        self.date_from.setObjectName("audit_from")
        self.date_to = DateLineEdit(allow_year=False)
        self.date_to.setObjectName("audit_to")
        for edit in (self.date_from, self.date_to):
            edit.setMaximumWidth(120)
        self.filter_button = QPushButton(self.tr("Lọc"))
        self.filter_button.setObjectName("audit_filter")
        self.clear_button = QPushButton(self.tr("Xoá bộ lọc"))
        self.clear_button.setObjectName("audit_clear")

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.addWidget(QLabel(self.tr("Người thực hiện:")), 0, 0)
        grid.addWidget(self.user_combo, 0, 1)
        grid.addWidget(QLabel(self.tr("Loại bản ghi:")), 0, 2)
        grid.addWidget(self.type_combo, 0, 3)
        grid.addWidget(QLabel(self.tr("Từ ngày:")), 0, 4)
        grid.addWidget(self.date_from, 0, 5)
        grid.addWidget(QLabel(self.tr("Đến ngày:")), 0, 6)
        grid.addWidget(self.date_to, 0, 7)
        unit_row = QHBoxLayout()
        unit_row.setSpacing(2)
        unit_row.addWidget(self.unit_edit, 1)
        unit_row.addWidget(self.unit_button)
        unit_row.addWidget(self.unit_clear)
        grid.addWidget(QLabel(self.tr("Đơn vị:")), 1, 0)
        grid.addLayout(unit_row, 1, 1, 1, 3)
        buttons_row = QHBoxLayout()
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.filter_button)
        buttons_row.addWidget(self.clear_button)
        grid.addLayout(buttons_row, 1, 4, 1, 4)
        grid.setColumnStretch(3, 1)
        self.date_error = ErrorLabel(self)

        # -- table and detail ----------------------------------------------------------------
        self.model = AuditTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("audit_table")
        self.view.setModel(self.model)
        setup_table(self.view, fit=False)  # its own widths: the rows arrive later
        header = self.view.horizontalHeader()
        for col, width in ((0, 130), (1, 120), (2, 110), (3, 230), (4, 170)):
            header.resizeSection(col, width)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("audit_detail")
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Chọn một dòng để xem đầy đủ nội dung trước → "
                                               "sau."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([440, 150])

        self.summary = QLabel()
        self.summary.setObjectName("audit_summary")
        self.summary.setStyleSheet("color: #444;")
        scope_note = QLabel(self._scope_text())
        scope_note.setObjectName("audit_scope")
        scope_note.setStyleSheet("color: #666;")
        scope_note.setVisible(bool(scope_note.text()))
        self.export_button = QPushButton(self.tr("Xuất Excel…"))
        self.export_button.setObjectName("audit_export")
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(scope_note)
        bottom.addWidget(self.export_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.date_error)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.filter_button.clicked.connect(self.refresh)
        self.clear_button.clicked.connect(self.clear_filters)
        self.unit_button.clicked.connect(self.choose_unit)
        self.unit_clear.clicked.connect(lambda: self.set_unit(None))
        self.user_combo.activated.connect(lambda _i: self.refresh())
        self.type_combo.activated.connect(lambda _i: self.refresh())
        self.date_from.returnPressed.connect(self.refresh)
        self.date_to.returnPressed.connect(self.refresh)
        self.export_button.clicked.connect(self.export)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self._load_users()
        self.set_unit(None, refresh=False)
        self.refresh()

    # -- filters -------------------------------------------------------------------------
    def _scope_text(self) -> str:
        actor = self.workspace.actor
        if actor.role == "admin" or actor.scope_unit_id is None:
            return ""
        return self.tr("Chỉ hiện nhật ký của đơn vị được giao.")

    def _load_users(self) -> None:
        current = self.user_combo.currentData()
        self.user_combo.clear()
        self.user_combo.addItem(self.tr("Tất cả"), None)
        for name in audit_service.usernames(self.workspace.actor):
            self.user_combo.addItem(name, name)
        if current:
            self.user_combo.setCurrentIndex(max(0, self.user_combo.findData(current)))

    def set_unit(self, unit_id: int | None, *, refresh: bool = True) -> None:
        self.unit_id = unit_id
        if unit_id is None:
            self.unit_edit.setText(self.tr("Toàn bộ"))
        else:
            path = units.unit_path(unit_id)
            self.unit_edit.setText(", ".join(u.name for u in reversed(path)))
            self.unit_edit.setCursorPosition(0)
        self.unit_clear.setEnabled(unit_id is not None)
        if refresh:
            self.refresh()

    def choose_unit(self) -> None:
        dialog = UnitChoiceDialog(self.workspace, self.unit_id, self)
        if dialog.exec():
            self.set_unit(dialog.picker.unit_id)

    def set_filters(self, *, username: str | None = None, entity: str | None = None,
                    date_from: dt.date | None = None, date_to: dt.date | None = None,
                    unit_id: int | None = None) -> None:
        """Set every filter at once and reload (tests, and opening from a record)."""
        self._load_users()
        self.user_combo.setCurrentIndex(max(0, self.user_combo.findData(username))
                                        if username else 0)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(entity))
                                        if entity else 0)
        self.date_from.set_date(date_from)
        self.date_to.set_date(date_to)
        self.set_unit(unit_id, refresh=False)
        self.refresh()

    def clear_filters(self) -> None:
        self.set_filters()

    def query(self):
        """The filters as an ``AuditQuery``, or None when a date can't be read."""

        bad = [e for e in (self.date_from, self.date_to)
               if e.text().strip() and e.date() is None]
        if bad:
            self.date_error.show_message(self.tr("Nhập ngày theo dạng dd/mm/yyyy."))
            bad[0].setFocus()
            return None
        start, end = self.date_from.date(), self.date_to.date()
        if start and end and end < start:
            self.date_error.show_message(self.tr("Ngày kết thúc sớm hơn ngày bắt đầu."))
            return None
        self.date_error.show_message("")
        return AuditQuery(username=self.user_combo.currentData(), unit_id=self.unit_id,
                          entity=self.type_combo.currentData(), date_from=start, date_to=end)

    # -- loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        query = self.query()
        if query is None:
            return
        actor = self.workspace.actor
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.summary.setText(self.tr("Đang tải…"))

        def fetch_page(offset: int, limit: int) -> list[Any]:
            return audit_service.page(actor, query, offset=offset, limit=limit, tr=tr_core)

        def work(*, progress, cancelled):
            return (audit_service.count(actor, query),
                    audit_service.page(actor, query, limit=self.model.page_size, tr=tr_core))

        def done(result: Any) -> None:
            if generation != self._generation:
                return
            total, rows = result
            self.loading = False
            self.model.show_first_page(fetch_page, rows, total)
            self.summary.setText(self.tr("%1 mục").replace("%1", f"{total:n}".replace(",", ".")))
            self.export_button.setEnabled(total > 0)
            self.detail.clear()
            if rows:
                self.view.selectRow(0)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self.loading = False
            self.summary.setText(self.tr("Không tải được nhật ký: %1").replace(
                "%1", describe_exception(exc)))

        self.workspace.runner.run(work, title=self.tr("Nhật ký thay đổi"), show_progress=False,
                                  on_success=done, on_error=failed)

    def _show_detail(self) -> None:
        index = self.view.currentIndex()
        row = self.model.row_at(index) if index.isValid() else None
        if row is None:
            self.detail.clear()
            return
        when = format_moment(row.at, seconds=True)
        lines = [f"{when} · {row.username} · {row.action_label} · {row.record}"]
        if row.unit_name:
            lines.append(self.tr("Đơn vị: %1").replace("%1", row.unit_name))
        if row.note:
            lines.append(self.tr("Ghi chú: %1").replace("%1", row.note))
        lines.append("")
        lines.extend(c.text() for c in row.changes)
        if not row.changes:
            lines.append(self.tr("(không có nội dung thay đổi)"))
        self.detail.setPlainText("\n".join(lines))

    # -- export --------------------------------------------------------------------------
    def export(self) -> Any:
        query = self.query()
        if query is None:
            return None
        suggested = f"Nhat ky thay doi {dt.date.today().isoformat()}.xlsx"
        folder = file_dialogs.default_folder()
        path = file_dialogs.ask_save_path(self, self.tr("Xuất nhật ký ra Excel"),
                                          f"{folder}/{suggested}")
        if not path:
            return None

        def succeeded(count: int) -> None:
            self._load_users()
            if msgbox.confirm(
                self, self.tr("Đã xuất xong"),
                self.tr("Đã ghi %1 mục nhật ký vào tệp:\n%2\n\nMở thư mục chứa tệp?")
                .replace("%1", str(count)).replace("%2", path),
                action=self.tr("Mở thư mục"), destructive=False,
            ):
                file_dialogs.open_folder(path)
            self.refresh()  # the export itself is now in the trail

        def failed(exc: BaseException) -> None:
            log.warning("audit export failed: %r", exc)
            msgbox.error(self, self.tr("Không xuất được tệp"), describe_exception(exc))

        def cancelled() -> None:
            msgbox.info(self, self.tr("Đã dừng"),
                        self.tr("Đã dừng xuất; không có tệp nào được tạo."))

        return self.workspace.runner.run(
            audit_service.export_xlsx, self.workspace.actor, query, path,
            title=self.tr("Xuất nhật ký ra Excel"), parent=self,
            on_success=succeeded, on_error=failed, on_cancel=cancelled,
        )


class UnitChoiceDialog(QDialog):
    def __init__(self, workspace: Any, unit_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)

        self.setWindowTitle(self.tr("Chọn đơn vị"))
        self.resize(520, 460)
        self.picker = UnitPicker(workspace, self, allow_none=True)
        if unit_id is not None:
            self.picker.set_unit(unit_id)
        hint = QLabel(self.tr("Nhật ký của đơn vị được chọn và mọi đơn vị trực thuộc."))
        hint.setStyleSheet("color: #555;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.picker, 1)
        layout.addWidget(buttons)
