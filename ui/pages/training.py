"""Tập huấn: courses, their attendees in bulk, results and certificate numbers."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.rows import CourseTableModel, RecordTableModel
from ui.pages.base import Page, fit_columns, setup_table
from ui.pages import page_title


class TrainingPage(Page):
    key = "training"
    async_load = True

    def __init__(self, workspace, parent=None):
        super().__init__(workspace, parent)
        self.courses = CourseTableModel(self)
        self.course_view = QTableView()
        self.course_view.setObjectName("courses_table")
        self.course_view.setModel(self.courses)
        setup_table(self.course_view)
        self.course_view.doubleClicked.connect(lambda _i: self.edit_course())
        self._select_after_load: int | None = None
        self.records = RecordTableModel(self)
        self._records_key: tuple | None = None  # (course id, version) on screen
        self._fitted = False
        self.records.page_arrived.connect(self._records_arrived)
        self.records.page_failed.connect(self._records_failed)
        self.record_view = QTableView()
        self.record_view.setObjectName("records_table")
        self.record_view.setModel(self.records)
        setup_table(self.record_view)
        self.record_view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.record_view.doubleClicked.connect(lambda _i: self.record_results())

        self.add_course_button = QPushButton(self.tr("Thêm lớp tập huấn…"))
        self.edit_course_button = QPushButton(self.tr("Sửa…"))
        self.attend_button = QPushButton(self.tr("Thêm học viên…"))
        self.result_button = QPushButton(self.tr("Ghi kết quả…"))
        self.person_button = QPushButton(self.tr("Quá trình tập huấn của người…"))
        for name, b in (("add_course", self.add_course_button),
                        ("edit_course", self.edit_course_button),
                        ("attend", self.attend_button), ("result", self.result_button),
                        ("person", self.person_button)):
            b.setObjectName(f"training_{name}")
        self.add_course_button.clicked.connect(self.new_item)
        self.edit_course_button.clicked.connect(self.edit_course)
        self.attend_button.clicked.connect(self.add_attendees)
        self.result_button.clicked.connect(self.record_results)
        self.person_button.clicked.connect(self.show_person)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        heading = QLabel(self.tr("Lớp tập huấn"))
        heading.setStyleSheet("font-weight: bold;")
        row.addWidget(heading)
        row.addStretch(1)
        row.addWidget(self.add_course_button)
        row.addWidget(self.edit_course_button)
        top_layout.addLayout(row)
        top_layout.addWidget(self.course_view, 1)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.records_heading = QLabel(self.tr("Học viên"))
        self.records_heading.setStyleSheet("font-weight: bold;")
        row.addWidget(self.records_heading)
        row.addStretch(1)
        for b in (self.attend_button, self.result_button, self.person_button):
            row.addWidget(b)
        bottom_layout.addLayout(row)
        bottom_layout.addWidget(self.record_view, 1)
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #444;")
        bottom_layout.addWidget(self.summary)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([260, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(splitter)
        self.course_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._load_records())
        self.record_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())
        self._update_buttons()

    def title(self) -> str:
        return page_title(self.key)

    def fetch(self, node: Any, options: dict) -> Any:
        from desktop import training

        return training.list_courses(node.id if node is not None else None)

    def show_data(self, rows: Any) -> None:
        current = self.current_course()
        wanted = self._select_after_load or (current.id if current is not None else None)
        self._select_after_load = None
        self.courses.set_rows(rows)
        fit_columns(self.course_view, max_width=240)
        self.course_view.horizontalHeader().resizeSection(CourseTableModel.COL_TITLE, 340)
        if wanted is not None:
            row = self.courses.find_row(lambda r: r.id == wanted)
            if row >= 0:
                self.course_view.selectRow(row)
        self._load_records()

    def select_first(self) -> None:
        if self._dirty:
            self.refresh()
        if self.courses.rowCount():
            best = max(range(self.courses.rowCount()),
                       key=lambda r: self._attendee_count(self.courses.row_at(r)))
            self.course_view.selectRow(best)

    @staticmethod
    def _attendee_count(row: Any) -> int:
        for name in ("attendee_count", "record_count", "attendees"):
            value = getattr(row, name, None)
            if isinstance(value, int):
                return value
        return 0

    def current_course(self) -> Any:
        index = self.course_view.currentIndex()
        return self.courses.row_at(index) if index.isValid() else None

    def selected_records(self) -> list[Any]:
        rows = sorted({i.row() for i in self.record_view.selectionModel().selectedRows()})
        return [self.records.row_at(r) for r in rows]

    def busy(self) -> bool:
        """The course list or a page of attendees is still being read."""
        return self.loading or self.records.loading

    def _on_data_changed(self, unit_id: int) -> None:
        self._records_key = None  # results may have changed: read the attendees again
        super()._on_data_changed(unit_id)

    def _load_records(self) -> None:
        """Show the current course's attendees, read once per course: the course list
        reloads on every unit switch, and a course still selected keeps its rows."""
        from desktop import training

        course = self.current_course()
        key = None if course is None else (course.id, course.version)
        if key is not None and key == self._records_key:
            self._update_buttons()
            return
        self._records_key = key
        self._fitted = False
        if course is None:
            self.records.set_rows([])
            self.records_heading.setText(self.tr("Học viên"))
            self.summary.setText(self.tr("Chọn một lớp ở bảng trên để xem học viên."))
        else:
            course_id, total = course.id, course.attendees
            # The counts come with the course row; the pages from a worker thread, each
            # starting after the last row shown (a national course has ~170k attendees).
            self.records.set_source(
                lambda after, limit: training.course_records(
                    course_id, limit=limit, after=after, expected=total),
                total, start=self.run_read,
            )
            self.records_heading.setText(self.tr("Học viên: %1").replace("%1", course.title))
            self.summary.setText(self.tr("%1 học viên, %2 hoàn thành").replace(
                "%1", str(total)).replace("%2", str(course.completed)))
        self._update_buttons()

    def _records_arrived(self) -> None:
        if not self._fitted and self.records.rowCount():
            fit_columns(self.record_view, stretch_column=RecordTableModel.COL_TEAM)
            self._fitted = True
        self._update_buttons()
        if not self.loading:
            self.loaded.emit()

    def _records_failed(self, exc: BaseException) -> None:
        from ui.errors import describe_exception

        self.summary.setText(
            self.tr("Không tải được danh sách học viên: %1").replace(
                "%1", describe_exception(exc)))
        if not self.loading:
            self.loaded.emit()

    def _update_buttons(self) -> None:
        has_course = self.current_course() is not None
        chosen = self.selected_records()
        self.edit_course_button.setEnabled(has_course)
        self.attend_button.setEnabled(has_course and self.unit is not None)
        self.result_button.setEnabled(bool(chosen))
        self.person_button.setEnabled(len(chosen) == 1)

    def _changed(self) -> None:
        self._records_key = None
        self.workspace.data_changed.emit(0)
        self.refresh()

    # -- actions -------------------------------------------------------------------------
    def new_item(self) -> None:
        from ui.dialogs.training import CourseDialog

        unit_id = self.unit.id if self.unit is not None else None
        dialog = CourseDialog(self.workspace, unit_id=unit_id, parent=self)
        if dialog.exec():
            self._select_after_load = dialog.result_value.id
            self._changed()

    def edit_course(self) -> None:
        from ui.dialogs.training import CourseDialog

        course = self.current_course()
        if course is None:
            return
        dialog = CourseDialog(self.workspace, course, parent=self)
        if dialog.exec():
            self._changed()

    def add_attendees(self) -> None:
        from ui.dialogs.training import AttendeesDialog

        course = self.current_course()
        if course is None or self.unit is None:
            return
        dialog = AttendeesDialog(self.workspace, course, self.unit, parent=self)
        if dialog.exec():
            self._changed()

    def record_results(self) -> None:
        from ui.dialogs.training import ResultDialog

        chosen = self.selected_records()
        if not chosen:
            return
        dialog = ResultDialog(self.workspace, chosen, parent=self)
        if dialog.exec():
            self._changed()

    def show_person(self) -> None:
        chosen = self.selected_records()
        if len(chosen) == 1:
            self.workspace.person_requested.emit(chosen[0].person_id)
