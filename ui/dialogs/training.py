"""Training: a course's details, adding attendees in bulk, recording results."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import people, teams, training
from ui.dialogs.base import FormDialog, problems_by_field
from ui.models.rows import FORM_CODES, RESULT_CODES, course_form_label, result_label
from ui.tables import make_copyable
from ui.widgets import DateLineEdit, SearchLineEdit, attach_completer, format_date

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

    def live_problems(self) -> tuple[dict[str, str], dict[str, str]]:
        """The service's own rules on the values as typed (dates as text, so a wrong one is
        named, hours with a comma)."""
        values = self.values()
        values["start_date"] = self.start_date.text()
        values["end_date"] = self.end_date.text()
        return problems_by_field(training.course_problems(values))

    def stale_snapshot(self, exc: Any) -> Any:
        return self.course

    def submit(self) -> Any:
        if self.course is None:
            return training.create_course(self.workspace.actor, self.values())
        return training.update_course(self.workspace.actor, self.course.id, self.values(),
                                      self.course.version)


class AttendeesDialog(FormDialog):
    """Add people to a course: every member of the teams under a unit, the members of one
    team, or people picked one by one (found by name, accents optional)."""

    def __init__(self, workspace, course: Any, unit: Any, parent=None):
        super().__init__(self.tr("Thêm học viên"), parent, save_text=self.tr("Thêm"))

        self.workspace = workspace
        self.course = course
        self.unit = unit
        self._picked: dict[int, str] = {}
        intro = QLabel(self.tr("Lớp: %1").replace("%1", course.title))
        intro.setWordWrap(True)
        intro.setStyleSheet("font-weight: bold;")
        self.form.addRow(intro)
        self.by_unit = QRadioButton(self.tr("Mọi thành viên các tổ trong %1").replace(
            "%1", unit.name if unit else ""))
        self.by_team = QRadioButton(self.tr("Thành viên của một tổ:"))
        self.by_person = QRadioButton(self.tr("Chọn từng người:"))
        self.by_unit.setObjectName("attend_by_unit")
        self.by_team.setObjectName("attend_by_team")
        self.by_person.setObjectName("attend_by_person")
        group = QButtonGroup(self)
        for button in (self.by_unit, self.by_team, self.by_person):
            group.addButton(button)
        self.form.addRow(self.by_unit)
        self.team_combo = QComboBox()
        self.team_combo.setObjectName("attend_team")
        for row in teams.list_teams_page(unit.id if unit else None, limit=2000):
            self.team_combo.addItem(f"{row.name} ({row.member_count})", row.id)
        self.form.addRow(self.by_team, self.team_combo)
        self.search = SearchLineEdit()
        self.search.setObjectName("attend_search")
        self.search.setPlaceholderText(self.tr("Gõ tên hoặc số điện thoại, ví dụ: nguyen thi hoa"))
        self.form.addRow(self.by_person, self.search)
        self.found = QListWidget()
        self.found.setObjectName("attend_found")
        self.found.setToolTip(self.tr("Nhấp đúp hoặc Enter để chọn người"))
        self.picked = QListWidget()
        self.picked.setObjectName("attend_picked")
        self.picked.setToolTip(self.tr("Nhấp đúp hoặc Delete để bỏ chọn"))
        lists = QHBoxLayout()
        for caption, widget in ((self.tr("Tìm thấy:"), self.found),
                                (self.tr("Đã chọn:"), self.picked)):
            column = QVBoxLayout()
            column.addWidget(QLabel(caption))
            column.addWidget(widget)
            lists.addLayout(column)
        self.lists = QWidget()
        self.lists.setLayout(lists)
        self.lists.setMinimumHeight(180)
        self.form.addRow(self.lists)
        self.count = QLabel()
        self.add_widget(self.count)
        self.by_unit.setChecked(unit is not None and unit.level in ("commune", "village"))
        if not self.by_unit.isChecked():
            self.by_team.setChecked(True)
        for button in (self.by_unit, self.by_team, self.by_person):
            button.toggled.connect(lambda _c: self._update())
        self.team_combo.currentIndexChanged.connect(self._update)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._typed())
        self.search.returnPressed.connect(self._pick_first)
        self.found.itemActivated.connect(self._pick)
        self.picked.itemActivated.connect(self._unpick)
        self.picked.installEventFilter(self)
        self.resize(640, 0)
        self._ids: list[int] = []
        self._update()

    # -- picking people one by one -------------------------------------------------------
    def _typed(self) -> None:
        if not self.by_person.isChecked():
            self.by_person.setChecked(True)
        self._search_timer.start()

    def run_search(self) -> None:
        self._search_timer.stop()
        text = self.search.text().strip()
        self.found.clear()
        if not text:
            return
        scope = self.unit.id if self.unit is not None else None
        for hit in people.search(text, scope_unit_id=scope, limit=50):
            where = ", ".join(x for x in (hit.team_name, hit.commune_name) if x)
            label = f"{hit.full_name} ({hit.birth})" if hit.birth else hit.full_name
            item = QListWidgetItem(f"{label} · {where}" if where else label)
            item.setData(Qt.ItemDataRole.UserRole, hit.person_id)
            self.found.addItem(item)
        if not self.found.count():
            empty = QListWidgetItem(self.tr("Không tìm thấy ai."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.found.addItem(empty)
        else:
            self.found.setCurrentRow(0)

    def pick(self, person_id: int, label: str) -> None:
        if person_id in self._picked:
            return
        self._picked[person_id] = label
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, person_id)
        self.picked.addItem(item)
        self.by_person.setChecked(True)
        self._update()

    def unpick(self, person_id: int) -> None:
        self._picked.pop(person_id, None)
        for row in range(self.picked.count()):
            if self.picked.item(row).data(Qt.ItemDataRole.UserRole) == person_id:
                self.picked.takeItem(row)
                break
        self._update()

    def _pick(self, item: QListWidgetItem) -> None:
        person_id = item.data(Qt.ItemDataRole.UserRole)
        if person_id is not None:
            self.pick(person_id, item.text())

    def _pick_first(self) -> None:
        self.run_search()
        item = self.found.currentItem()
        if item is not None:
            self._pick(item)
            self.search.selectAll()

    def _unpick(self, item: QListWidgetItem) -> None:
        self.unpick(item.data(Qt.ItemDataRole.UserRole))

    def _unpick_current(self) -> None:
        item = self.picked.currentItem()
        if item is not None:
            self._unpick(item)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        if watched is self.picked and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._unpick_current()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event):  # noqa: N802 - Qt override
        # Enter in the search box picks the person found; it must not add the lot
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() in (
                self.search, self.found, self.picked):
            event.accept()
            return
        super().keyPressEvent(event)

    # -- the people to add -----------------------------------------------------------------
    def person_ids(self) -> list[int]:
        if self.by_person.isChecked():
            return list(self._picked)
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
        return training.add_attendees(self.workspace.actor, self.course.id, self._ids)


class ResultDialog(FormDialog):
    """Record the results of one or more attendees. For several people each has a row with
    their own result and certificate number (the result chosen above fills every row); the
    completion date starts at the course's end (or start) date."""

    def __init__(self, workspace, records: list[Any], parent=None, *, course: Any = None):
        super().__init__(self.tr("Ghi kết quả tập huấn"), parent)
        self.workspace = workspace
        self.records = records
        self.course = course
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
        course_day = (getattr(course, "end_date", None) or getattr(course, "start_date", None))
        self.completed_on.setText(format_date(first.completed_on or course_day
                                              or dt.date.today()))
        self.add_field("completed_on", self.tr("Ngày hoàn thành:"), self.completed_on)
        self.certificate = QLineEdit(first.certificate_no if len(records) == 1 else "")
        self.certificate.setEnabled(len(records) == 1)
        self.add_field("certificate_no", self.tr("Số chứng chỉ:"), self.certificate)
        self.people = None
        if len(records) > 1:
            self.people = QTableWidget(len(records), 3)
            self.people.setObjectName("result_people")
            self.people.setHorizontalHeaderLabels(
                [self.tr("Họ và tên"), self.tr("Kết quả"), self.tr("Số chứng chỉ")])
            self.people.verticalHeader().setVisible(False)
            make_copyable(self.people)
            self.people.horizontalHeader().setStretchLastSection(True)
            for row, record in enumerate(records):
                name = QTableWidgetItem(record.full_name)
                name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.people.setItem(row, 0, name)
                combo = QComboBox()
                for code in RESULT_CODES:
                    combo.addItem(result_label(code), code)
                combo.setCurrentIndex(combo.findData(self.result_combo.currentData()))
                self.people.setCellWidget(row, 1, combo)
                self.people.setItem(row, 2, QTableWidgetItem(record.certificate_no))
            self.people.resizeColumnsToContents()
            self.people.setMinimumHeight(min(360, 40 + 30 * len(records)))
            note = QLabel(self.tr("Kết quả và số chứng chỉ của từng người (sửa được từng dòng):"))
            self.add_widget(note)
            self.add_widget(self.people)
            self.result_combo.currentIndexChanged.connect(self._result_for_all)
        self.result_combo.currentIndexChanged.connect(self._update)
        self._update()

    def _result_for_all(self) -> None:
        code = self.result_combo.currentData()
        for row in range(self.people.rowCount()):
            combo = self.people.cellWidget(row, 1)
            combo.setCurrentIndex(combo.findData(code))

    def row_values(self) -> list[tuple[str, str]]:
        """(result code, certificate number) of each record, in order."""
        if self.people is None:
            return [(self.result_combo.currentData(), self.certificate.text())]
        out = []
        for row in range(self.people.rowCount()):
            item = self.people.item(row, 2)
            out.append((self.people.cellWidget(row, 1).currentData(),
                        item.text() if item is not None else ""))
        return out

    def _update(self) -> None:
        done = any(code == "hoan_thanh" for code, _cert in self.row_values())
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
        out = []
        for record, (result, certificate) in zip(self.records, self.row_values(),
                                                 strict=True):
            completed = self.completed_on.date() if result == "hoan_thanh" else None
            out.append(training.set_result(self.workspace.actor, record.id, result,
                                           completed_on=completed,
                                           certificate_no=certificate or "",
                                           expected_version=record.version))
        return out
