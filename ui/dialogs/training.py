"""Training: a course's details, adding attendees in bulk, recording results."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
)

from ui.dialogs.base import FormDialog
from ui.models.rows import FORM_CODES, RESULT_CODES, course_form_label, result_label
from ui.widgets import DateLineEdit, attach_completer, format_date

PLATFORMS = ["Bình dân học vụ số (binhdanhocvuso.gov.vn)", "OneTouch (onetouch.mic.gov.vn)",
             "Zoom", "Google Meet", "Microsoft Teams", "Zalo"]
ORGANISERS = ["Sở Khoa học và Công nghệ", "UBND xã", "Đoàn Thanh niên", "VNPT", "Viettel",
              "Bưu điện tỉnh"]


def _hours_text(value: Any) -> str:
    if value in (None, ""):
        return ""
    return f"{float(value):g}".replace(".", ",")


class CourseDialog(FormDialog):
    """Add a course (``course`` None) or edit one."""

    def __init__(self, workspace, course: Any = None, unit_id: int | None = None, parent=None):
        super().__init__(self.tr("Sửa lớp tập huấn") if course else self.tr("Thêm lớp tập huấn"),
                         parent)
        self.workspace = workspace
        self.course = course
        self.unit_id = unit_id
        self.setMinimumWidth(560)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Ví dụ: Kỹ năng số cơ bản cho Tổ CNSCĐ"))
        self.add_field("title", self.tr("Tên lớp:"), self.title_edit)
        self.organiser = QLineEdit()
        attach_completer(self.organiser, ORGANISERS)
        self.add_field("organiser", self.tr("Đơn vị tổ chức:"), self.organiser)
        self.form_combo = QComboBox()
        for code in FORM_CODES:
            self.form_combo.addItem(course_form_label(code), code)
        self.add_field("form", self.tr("Hình thức:"), self.form_combo)
        self.platform = QLineEdit()
        attach_completer(self.platform, PLATFORMS)
        self.add_field("platform", self.tr("Nền tảng:"), self.platform)
        self.start_date = DateLineEdit(allow_year=False)
        self.add_field("start_date", self.tr("Từ ngày:"), self.start_date)
        self.end_date = DateLineEdit(allow_year=False)
        self.add_field("end_date", self.tr("Đến ngày:"), self.end_date)
        self.place = QLineEdit()
        self.add_field("place", self.tr("Địa điểm:"), self.place)
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(self.tr("Ví dụ: 4 hoặc 3,5"))
        self.add_field("hours", self.tr("Số giờ:"), self.hours)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(self.fontMetrics().height() * 3)
        self.note.setTabChangesFocus(True)
        self.add_field("note", self.tr("Ghi chú:"), self.note)
        if course is not None:
            self.load(course)
        else:
            self.start_date.setText(format_date(dt.date.today()))

    def load(self, row: Any) -> None:
        self.title_edit.setText(row.title)
        self.organiser.setText(row.organiser)
        self.form_combo.setCurrentIndex(max(0, self.form_combo.findData(row.form)))
        self.platform.setText(getattr(row, "platform", "") or "")
        self.start_date.setText(format_date(row.start_date))
        self.end_date.setText(format_date(getattr(row, "end_date", None)))
        self.place.setText(getattr(row, "place", "") or "")
        self.hours.setText(_hours_text(getattr(row, "hours", None)))
        self.note.setPlainText(getattr(row, "note", "") or "")

    def values(self) -> dict[str, Any]:
        out = {
            "title": self.title_edit.text(),
            "organiser": self.organiser.text(),
            "form": self.form_combo.currentData(),
            "platform": self.platform.text(),
            "start_date": self.start_date.date(),
            "end_date": self.end_date.date(),
            "place": self.place.text(),
            "hours": self.hours.text().replace(",", ".").strip() or None,
            "note": self.note.toPlainText(),
        }
        if self.unit_id is not None and self.course is None:
            out["unit_id"] = self.unit_id
        return out

    def check(self) -> bool:
        errors = {}
        for name, edit in (("start_date", self.start_date), ("end_date", self.end_date)):
            if edit.text().strip() and edit.date() is None:
                errors[name] = self.tr("Nhập ngày theo dạng dd/mm/yyyy.")
        start, end = self.start_date.date(), self.end_date.date()
        if start and end and end < start:
            errors["end_date"] = self.tr("Ngày kết thúc trước ngày bắt đầu.")
        if not self.title_edit.text().strip():
            errors["title"] = self.tr("Chưa nhập tên lớp tập huấn.")
        if errors:
            self.show_errors(errors)
            return False
        return True

    def stale_snapshot(self, exc: Any) -> Any:
        return self.course

    def submit(self) -> Any:
        from desktop import training

        if self.course is None:
            return training.create_course(self.workspace.actor, self.values())
        return training.update_course(self.workspace.actor, self.course.id, self.values(),
                                      self.course.version)


class AttendeesDialog(FormDialog):
    """Add many people at once: every member of the teams under a unit, or of one team."""

    def __init__(self, workspace, course: Any, unit: Any, parent=None):
        super().__init__(self.tr("Thêm học viên"), parent, save_text=self.tr("Thêm"))
        from desktop import teams

        self.workspace = workspace
        self.course = course
        self.unit = unit
        intro = QLabel(self.tr("Lớp: %1").replace("%1", course.title))
        intro.setWordWrap(True)
        intro.setStyleSheet("font-weight: bold;")
        self.form.addRow(intro)
        self.by_unit = QRadioButton(self.tr("Mọi thành viên các tổ trong %1").replace(
            "%1", unit.name if unit else ""))
        self.by_team = QRadioButton(self.tr("Thành viên của một tổ:"))
        self.by_unit.setObjectName("attend_by_unit")
        self.by_team.setObjectName("attend_by_team")
        group = QButtonGroup(self)
        group.addButton(self.by_unit)
        group.addButton(self.by_team)
        self.form.addRow(self.by_unit)
        self.team_combo = QComboBox()
        self.team_combo.setObjectName("attend_team")
        for row in teams.list_teams_page(unit.id if unit else None, limit=2000):
            self.team_combo.addItem(f"{row.name} ({row.member_count})", row.id)
        self.form.addRow(self.by_team, self.team_combo)
        self.count = QLabel()
        self.add_widget(self.count)
        self.by_unit.setChecked(unit is not None and unit.level in ("commune", "village"))
        if not self.by_unit.isChecked():
            self.by_team.setChecked(True)
        self.by_unit.toggled.connect(self._update)
        self.team_combo.currentIndexChanged.connect(self._update)
        self._ids: list[int] = []
        self._update()

    def person_ids(self) -> list[int]:
        from desktop import teams, training

        if self.by_unit.isChecked() and self.unit is not None:
            return list(training.attendees_for_unit(self.unit.id))
        team_id = self.team_combo.currentData()
        if team_id is None:
            return []
        finder = getattr(training, "attendees_for_team", None)
        if finder is not None:
            return list(finder(team_id))
        return [m.person_id for m in teams.team_members(team_id)]

    def _update(self) -> None:
        self.team_combo.setEnabled(self.by_team.isChecked())
        self._ids = self.person_ids()
        self.count.setText(self.tr("%1 người sẽ được thêm (người đã có trong lớp được bỏ qua).")
                           .replace("%1", str(len(self._ids))))
        self.save_button.setEnabled(bool(self._ids))

    def submit(self) -> Any:
        from desktop import training

        return training.add_attendees(self.workspace.actor, self.course.id, self._ids)


class ResultDialog(FormDialog):
    """Record the result of one or more attendees (a certificate number only for one)."""

    def __init__(self, workspace, records: list[Any], parent=None):
        super().__init__(self.tr("Ghi kết quả tập huấn"), parent)
        self.workspace = workspace
        self.records = records
        names = ", ".join(r.full_name for r in records[:5])
        if len(records) > 5:
            names += self.tr(" và %1 người khác").replace("%1", str(len(records) - 5))
        intro = QLabel(names)
        intro.setWordWrap(True)
        intro.setStyleSheet("font-weight: bold;")
        self.form.addRow(intro)
        self.result_combo = QComboBox()
        for code in RESULT_CODES:
            self.result_combo.addItem(result_label(code), code)
        first = records[0]
        self.result_combo.setCurrentIndex(
            max(0, self.result_combo.findData(
                first.result if first.result != "dang_ky" else "hoan_thanh")))
        self.add_field("result", self.tr("Kết quả:"), self.result_combo)
        self.completed_on = DateLineEdit(allow_year=False)
        self.completed_on.setText(format_date(first.completed_on or dt.date.today()))
        self.add_field("completed_on", self.tr("Ngày hoàn thành:"), self.completed_on)
        self.certificate = QLineEdit(first.certificate_no if len(records) == 1 else "")
        self.certificate.setEnabled(len(records) == 1)
        self.add_field("certificate_no", self.tr("Số chứng chỉ:"), self.certificate)
        self.result_combo.currentIndexChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        done = self.result_combo.currentData() == "hoan_thanh"
        self.completed_on.setEnabled(done)

    def check(self) -> bool:
        if self.completed_on.isEnabled() and self.completed_on.text().strip() \
                and self.completed_on.date() is None:
            self.show_errors({"completed_on": self.tr("Nhập ngày theo dạng dd/mm/yyyy.")})
            return False
        return True

    def stale_snapshot(self, exc: Any) -> Any:
        return next((r for r in self.records if r.id == exc.id), None)

    def submit(self) -> Any:
        from desktop import training

        result = self.result_combo.currentData()
        completed = self.completed_on.date() if result == "hoan_thanh" else None
        out = []
        for record in self.records:
            certificate = self.certificate.text() if len(self.records) == 1 \
                else record.certificate_no
            out.append(training.set_result(self.workspace.actor, record.id, result,
                                           completed_on=completed,
                                           certificate_no=certificate or "",
                                           expected_version=record.version))
        return out
