"""Pasting a block of rows copied from Excel into a team: preview, check, then add."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
)

from desktop import teams
from ui import msgbox
from ui.errors import describe_exception, field_label
from ui.errors import describe_problem as describe
from ui.models.table import BAD, GOOD, RowTableModel
from ui.paste import add_pasted_members, parse_member_rows
from ui.tables import fit_columns, setup_table


class PastedRowsModel(RowTableModel):
    COL_LINE, COL_NAME, COL_ROLE, COL_BIRTH, COL_PHONE, COL_CHECK = range(6)
    column_count = 6

    def headers(self) -> list[str]:
        return [self.tr("Dòng"), self.tr("Họ và tên"), self.tr("Vai trò"), self.tr("Ngày sinh"),
                self.tr("Điện thoại"), self.tr("Kiểm tra")]

    def row_id(self, row: Any) -> Any:
        return row.line

    def cell(self, row: Any, column: int) -> Any:
        if column == self.COL_LINE:
            return row.line
        if column == self.COL_NAME:
            return row.values.get("full_name", "")
        if column == self.COL_ROLE:
            return row.role_text
        if column == self.COL_BIRTH:
            return row.values.get("birth", "")
        if column == self.COL_PHONE:
            return row.values.get("phone", "")
        if column == self.COL_CHECK:
            if not row.problems:
                return self.tr("Hợp lệ")
            return " ".join(describe(p) for p in row.problems)
        return None

    def foreground(self, row: Any, column: int) -> QColor | None:
        if column == self.COL_CHECK:
            if not row.ok:
                return BAD
            return GOOD if not row.problems else QColor("#8a5a00")
        return None

    def tooltip(self, row: Any, column: int) -> str | None:
        if column == self.COL_CHECK and row.problems:
            return self.cell(row, column)
        return None


class PasteMembersDialog(QDialog):
    """Shows what will be added; only rows without errors are added."""

    def __init__(self, workspace, team_id: int, text: str | None = None, parent=None):
        super().__init__(parent)

        self.workspace = workspace
        self.team_id = team_id
        self.roles = teams.roles()
        self.rows: list = []
        self.summary_result: dict | None = None
        self.setWindowTitle(self.tr("Dán thành viên từ Excel"))
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        help_label = QLabel(self.tr(
            "Chép các dòng trong Excel (Ctrl+C) rồi dán vào ô dưới (Ctrl+V). Dòng đầu có thể là "
            "tiêu đề cột (Họ và tên, Vai trò, Ngày sinh, Giới tính, Dân tộc, Số điện thoại, "
            "Chức vụ, Đơn vị công tác); nếu không, các cột được đọc theo thứ tự đó."
        ))
        help_label.setWordWrap(True)
        layout.addWidget(help_label)
        self.text = QPlainTextEdit()
        self.text.setObjectName("paste_text")
        self.text.setMaximumHeight(120)
        layout.addWidget(self.text)
        self.columns_label = QLabel()
        self.columns_label.setWordWrap(True)
        self.columns_label.setStyleSheet("color: #555;")
        layout.addWidget(self.columns_label)
        self.model = PastedRowsModel(self)
        self.view = QTableView()
        self.view.setObjectName("paste_preview")
        self.view.setModel(self.model)
        setup_table(self.view)
        layout.addWidget(self.view, 1)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(self.tr("Thêm các dòng hợp lệ"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("paste_add")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self._parse)
        if text is None:
            clipboard = QApplication.clipboard()
            text = clipboard.text() if clipboard else ""
        self.text.setPlainText(text or "")
        self._parse()

    def _parse(self) -> None:
        self.rows, columns = parse_member_rows(self.text.toPlainText(), self.roles)
        self.model.set_rows(self.rows)
        fit_columns(self.view, stretch_column=PastedRowsModel.COL_CHECK, max_width=260)

        names = {"skip": self.tr("(bỏ qua)"), "role": self.tr("Vai trò"),
                 "note": self.tr("Ghi chú")}
        shown = [names.get(c) or field_label(c) for c in columns]
        self.columns_label.setText(
            self.tr("Cột đọc được: %1").replace("%1", " | ".join(shown)) if columns else "")
        good = sum(1 for r in self.rows if r.ok)
        bad = len(self.rows) - good
        self.count_label.setText(
            self.tr("%1 dòng hợp lệ, %2 dòng có lỗi (sửa trong Excel rồi dán lại, hoặc bỏ qua).")
            .replace("%1", str(good)).replace("%2", str(bad)))
        self.add_button.setEnabled(good > 0)
        self.add_button.setText(self.tr("Thêm %1 thành viên").replace("%1", str(good)))

    def valid_rows(self) -> list:
        return [r for r in self.rows if r.ok]

    def accept(self) -> None:
        rows = self.valid_rows()
        if not rows:
            return
        self.add_button.setEnabled(False)
        self.workspace.runner.run(
            add_pasted_members, self.workspace.actor, self.team_id, rows,
            title=self.tr("Đang thêm thành viên…"), writes=True, parent=self,
            on_success=self._done, on_error=self._failed,
        )

    def _done(self, summary: dict) -> None:
        self.summary_result = summary
        QDialog.accept(self)

    def _failed(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        msgbox.error(self, self.windowTitle(), describe_exception(exc))

    def keyPressEvent(self, event):  # noqa: N802 - Qt override
        # Enter in the text box adds a line; it never submits half a paste.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text.hasFocus():
            return self.text.keyPressEvent(event)
        return super().keyPressEvent(event)
