"""Tập huấn: courses, their attendees in bulk, results and certificate numbers."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import training
from ui import msgbox
from ui.actions import READ, PageAction, PageActions, edits
from ui.dialogs.training import AttendeesDialog, CourseDialog, ResultDialog
from ui.errors import describe_exception
from ui.models.rows import CourseTableModel, RecordTableModel
from ui.pages import page_title
from ui.pages.base import Page, fit_columns, setup_table
from ui.tables import selected_rows


def _course_unit(page: Any) -> int | None:
    course = page.current_course()
    return getattr(course, "unit_id", None) if course is not None \
        else getattr(page.unit, "id", None)


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
        self.course_view.activated.connect(lambda _i: self.page_actions.trigger("edit_course"))
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
        self.record_view.activated.connect(lambda _i: self.page_actions.trigger("result"))

        self.page_actions = PageActions(self, self.declare_actions(),
                                        views=[self.record_view, self.course_view])
        buttons_of = self.page_actions.button
        self.add_course_button = buttons_of("new")
        self.edit_course_button = buttons_of("edit_course")
        self.attend_button = buttons_of("attend")
        self.result_button = buttons_of("result")
        self.remove_button = buttons_of("remove")
        self.person_button = buttons_of("person")

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
        for b in (self.attend_button, self.result_button, self.remove_button,
                  self.person_button):
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
        self._update_buttons()

    def declare_actions(self) -> list[PageAction]:
        has_course = lambda p: p.current_course() is not None  # noqa: E731
        return [
            PageAction("new", self.tr("Thêm lớp tập huấn…"), TrainingPage.add_course, edits(),
                       menu=False),
            PageAction("edit_course", self.tr("Sửa…"), TrainingPage.edit_course,
                       edits(_course_unit), applies_to="row", enabled=has_course, table=1),
            # Registering people and results: the service decides person by person.
            PageAction("attend", self.tr("Thêm học viên…"), TrainingPage.add_attendees,
                       edits(exact=False), table=1,
                       enabled=lambda p: has_course(p) and p.unit is not None),
            PageAction("result", self.tr("Ghi kết quả…"), TrainingPage.record_results,
                       edits(exact=False), applies_to="rows",
                       enabled=lambda p: bool(p.selected_records())),
            PageAction("remove", self.tr("Bỏ khỏi lớp…"), TrainingPage.remove_attendees,
                       edits(exact=False), applies_to="rows",
                       shortcut=QKeySequence.StandardKey.Delete,
                       enabled=lambda p: bool(p.selected_records())),
            PageAction("person", self.tr("Quá trình tập huấn của người…"),
                       TrainingPage.show_person, READ, applies_to="row",
                       enabled=lambda p: len(p.selected_records()) == 1),
        ]

    def title(self) -> str:
        return page_title(self.key)

    def fetch(self, node: Any, options: dict) -> Any:
        return training.list_courses(node.id if node is not None else None)

    def show_data(self, rows: Any) -> None:
        current = self.current_course()
        wanted = self._select_after_load or (current.id if current is not None else None)
        self._select_after_load = None
        self.courses.set_rows(rows)
        # the title takes the room the other columns leave (a fixed 340 px cut the place
        # of the course at the edge and made the table scroll sideways)
        fit_columns(self.course_view, stretch_column=CourseTableModel.COL_TITLE,
                    max_width=240)
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
        return [self.records.row_at(r) for r in selected_rows(self.record_view)]

    def busy(self) -> bool:
        """The course list or a page of attendees is still being read."""
        return self.loading or self.records.loading

    def _on_data_changed(self, unit_id: int) -> None:
        self._records_key = None  # results may have changed: read the attendees again
        super()._on_data_changed(unit_id)

    def _load_records(self) -> None:
        """Show the current course's attendees, read once per course: the course list
        reloads on every unit switch, and a course still selected keeps its rows."""

        course = self.current_course()
        # Counts are part of the key: attendees added or results recorded elsewhere (another
        # clerk, the import) show at the next refresh even though the course row is unchanged.
        key = None if course is None else (course.id, course.version, course.attendees,
                                           course.completed)
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
        self.summary.setText(
            self.tr("Không tải được danh sách học viên: %1").replace(
                "%1", describe_exception(exc)))
        if not self.loading:
            self.loaded.emit()

    def _update_buttons(self) -> None:
        self.page_actions.update()

    def _changed(self) -> None:
        self._records_key = None
        self.workspace.data_changed.emit(0)
        self.refresh()

    # -- actions -------------------------------------------------------------------------
    def add_course(self) -> None:
        unit_id = self.unit.id if self.unit is not None else None
        dialog = CourseDialog(self.workspace, unit_id=unit_id, parent=self)
        if dialog.exec():
            self._select_after_load = dialog.result_value.id
            self._changed()

    def edit_course(self) -> None:
        course = self.current_course()
        if course is None:
            return
        dialog = CourseDialog(self.workspace, course, parent=self)
        if dialog.exec():
            self._changed()

    def add_attendees(self) -> None:
        course = self.current_course()
        if course is None or self.unit is None:
            return
        dialog = AttendeesDialog(self.workspace, course, self.unit, parent=self)
        if dialog.exec():
            self._changed()

    def record_results(self) -> None:
        chosen = self.selected_records()
        if not chosen:
            return
        dialog = ResultDialog(self.workspace, chosen, parent=self,
                              course=self.current_course())
        if dialog.exec():
            self._changed()

    def remove_attendees(self) -> int:
        """Take the chosen people off the course (a mistaken add), after asking."""

        chosen = self.selected_records()
        course = self.current_course()
        if not chosen or course is None:
            return 0
        names = ", ".join(r.full_name for r in chosen[:5])
        if len(chosen) > 5:
            names += self.tr(" và %1 người khác").replace("%1", str(len(chosen) - 5))
        if not msgbox.confirm(
            self, self.tr("Bỏ khỏi lớp"),
            self.tr("Bỏ %1 khỏi lớp \"%2\"? Kết quả và số chứng chỉ đã ghi của họ trong lớp "
                    "này cũng bị bỏ.").replace("%1", names).replace("%2", course.title),
            action=self.tr("Bỏ khỏi lớp")):
            return 0
        try:
            removed = training.remove_attendees(self.workspace.actor, course.id,
                                                [r.id for r in chosen])
        except Exception as exc:  # noqa: BLE001 - a refusal the clerk can read

            msgbox.error(self, self.tr("Bỏ khỏi lớp"), describe_exception(exc))
            return 0
        self._changed()
        return removed

    def show_person(self) -> None:
        chosen = self.selected_records()
        if len(chosen) == 1:
            self.workspace.person_requested.emit(chosen[0].person_id)
