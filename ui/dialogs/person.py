"""A person: details, the teams they were in, and their training history."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from desktop import people
from ui.errors import field_label
from ui.models.rows import course_form_label, result_label, role_text, sex_label
from ui.models.table import GOOD, MUTED, RowTableModel, date_text
from ui.tables import fit_columns, setup_table


class MembershipsModel(RowTableModel):
    COL_TEAM, COL_VILLAGE, COL_ROLE, COL_START, COL_END = range(5)
    column_count = 5

    def headers(self) -> list[str]:
        return [self.tr("Tổ"), self.tr("Thôn, xã"), self.tr("Vai trò"), self.tr("Từ ngày"),
                self.tr("Đến ngày")]

    def row_id(self, row: Any) -> Any:
        return row.membership_id

    def cell(self, row: Any, column: int) -> Any:
        return (row.team_name, f"{row.village_name}, {row.commune_name}",
                role_text(row.role, row.role_label),
                date_text(row.start_date), date_text(row.end_date))[column]

    def foreground(self, row: Any, column: int):
        return None if row.active else MUTED


class TrainingHistoryModel(RowTableModel):
    COL_TITLE, COL_ORGANISER, COL_FORM, COL_DATE, COL_RESULT, COL_CERT = range(6)
    column_count = 6

    def headers(self) -> list[str]:
        return [self.tr("Lớp tập huấn"), self.tr("Đơn vị tổ chức"), self.tr("Hình thức"),
                self.tr("Thời gian"), self.tr("Kết quả"), self.tr("Số chứng chỉ")]

    def row_id(self, row: Any) -> Any:
        return row.record_id

    def cell(self, row: Any, column: int) -> Any:
        return (row.title, row.organiser, course_form_label(row.form),
                date_text(row.completed_on or row.start_date), result_label(row.result),
                row.certificate_no)[column]

    def foreground(self, row: Any, column: int):
        if column == self.COL_RESULT and row.result == "hoan_thanh":
            return GOOD
        return None


class PersonDialog(QDialog):
    def __init__(self, person_id: int, workspace, parent=None):
        super().__init__(parent)

        self.workspace = workspace
        self.person = people.get_person(person_id, workspace.actor)
        p = self.person
        self.setWindowTitle(p.full_name)
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        name = QLabel(p.full_name)
        name.setStyleSheet("font-size: 13pt; font-weight: bold;")
        layout.addWidget(name)
        form = QFormLayout()
        # each detail under its one label (vn/messages.py); the free-text ones as declared
        # (vn/person_fields.py)
        for name, value in (
            ("birth", p.birth),
            ("sex", sex_label(p.sex)),
            ("ethnicity", p.ethnicity),
            ("phone", p.phone or ""),
            ("email", p.email or ""),
            *p.texts.items(),
            ("youth_union", self.tr("Có") if p.youth_union else self.tr("Không")),
        ):
            if value:
                form.addRow(field_label(name) + ":", QLabel(value))
        layout.addLayout(form)
        layout.addWidget(self._heading(self.tr("Tham gia Tổ CNSCĐ")))
        self.memberships = MembershipsModel(self)
        self.memberships.set_rows(p.memberships)
        self.memberships_view = self._table(self.memberships)
        self.memberships_view.doubleClicked.connect(self._open_team)
        layout.addWidget(self.memberships_view, 1)
        layout.addWidget(self._heading(self.tr("Quá trình tập huấn")))
        self.training = TrainingHistoryModel(self)
        self.training.set_rows(p.training)
        layout.addWidget(self._table(self.training), 1)
        if not p.training:
            layout.addWidget(QLabel(self.tr("Chưa tham gia lớp tập huấn nào.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: bold; margin-top: 8px;")
        return label

    def _table(self, model) -> QTableView:
        view = QTableView()
        view.setModel(model)
        setup_table(view)
        fit_columns(view, max_width=280)
        return view

    def _open_team(self, index) -> None:
        row = self.memberships.row_at(index)
        if row is not None:
            self.accept()
            self.workspace.team_requested.emit(row.team_id)
