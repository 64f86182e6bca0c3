"""Importing a roster from Excel: pick (or drop) a file -> preview every row with what will
happen and its problems -> download the error report -> confirm -> commit -> summary.

The preview is the import's dry run and the commit the same service with ``commit=True``,
both on the task runner (the commit on the one writer thread). The table is a read-only model
over the report's rows; rows with an error are shaded red, warnings yellow, and "Chỉ dòng có
lỗi" hides the rest.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import units
from ui import file_dialogs, msgbox
from ui.errors import describe_exception, tr_core
from ui.tables import make_copyable
from vn.dates import format_day
from vn.messages import field_label

log = logging.getLogger(__name__)

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR_BG = QColor("#fde2e1")
WARNING_BG = QColor("#fff4ce")
ERROR_FG = QColor("#b3261e")


translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


class ImportPreviewModel(QAbstractTableModel):
    """The rows of an import report (and the stray rows with data but no name)."""

    COL_SHEET, COL_ROW, COL_NAME, COL_ROLE, COL_VILLAGE, COL_ACTION, COL_PROBLEMS = range(7)
    COLUMNS = 7

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._all: list[Any] = []
        self._rows: list[Any] = []
        self.only_problems = False
        self._headers = [
            self.tr("Trang tính"),
            self.tr("Dòng"),
            self.tr("Họ và tên"),
            self.tr("Vai trò"),
            self.tr("Thôn/Tổ dân phố"),
            self.tr("Kết quả"),
            self.tr("Lỗi, cảnh báo"),
        ]

    # -- data ----------------------------------------------------------------------------
    def set_report(self, report: Any) -> None:
        from desktop.roster_import import ImportRow

        items: list[Any] = list(report.rows) if report is not None else []
        if report is not None:
            items += [p for p in report.problems if p.is_error and p.row is not None]
            order = {s.name: i for i, s in enumerate(report.sheets)}
            items.sort(
                key=lambda x: (
                    order.get(x.sheet or "", len(order)),
                    x.row or 0,
                    0 if isinstance(x, ImportRow) else 1,
                )
            )
        self.beginResetModel()
        self._all = items
        self._rows = self._visible()
        self.endResetModel()

    def set_only_problems(self, on: bool) -> None:
        self.beginResetModel()
        self.only_problems = on
        self._rows = self._visible()
        self.endResetModel()

    def _visible(self) -> list[Any]:
        if not self.only_problems:
            return list(self._all)
        return [x for x in self._all if self._severity(x) == "error"]

    @staticmethod
    def _severity(item: Any) -> str:
        problems = getattr(item, "problems", None)
        if problems is None:  # a stray problem row
            return "error"
        if any(p.is_error for p in problems):
            return "error"
        if any(p.severity == "warning" for p in problems):
            return "warning"
        return ""

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < self.COLUMNS else None
        return section + 1

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _text(self, item: Any, column: int) -> Any:
        stray = not hasattr(item, "problems")
        if column == self.COL_SHEET:
            return item.sheet or ""
        if column == self.COL_ROW:
            return item.row or ""
        if stray:
            if column == self.COL_ACTION:
                return self.tr("Không nhận")
            if column == self.COL_PROBLEMS:
                return item.worded(tr_core)
            return ""
        if column == self.COL_NAME:
            return item.full_name
        if column == self.COL_ROLE:
            return item.role_label
        if column == self.COL_VILLAGE:
            return item.village_name
        if column == self.COL_ACTION:
            labels = {
                "create": self.tr("Thêm mới"),
                "update": self.tr("Cập nhật"),
                "unchanged": self.tr("Không đổi"),
                "end": self.tr("Thôi tham gia"),
                "skip": self.tr("Bỏ qua"),
                "refused": self.tr("Không nhận"),
            }
            text = labels.get(item.action, item.action)
            if item.action == "update" and item.changes:
                labels_ = list(dict.fromkeys(_change_label(c) for c in item.changes))
                text += f" ({', '.join(labels_)})"
            return text
        if column == self.COL_PROBLEMS:
            # the reason a row is refused first: the cell shows its first line
            shown = sorted((p for p in item.problems if p.severity != "info"),
                           key=lambda p: not p.is_error)
            return "\n".join(
                (f"{_field_label(p.field)}: " if p.field else "") + p.worded(tr_core)
                for p in shown
            )
        return ""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._text(item, column)
            if column == self.COL_PROBLEMS and isinstance(text, str):
                return text.replace("\n", " · ")
            return text
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_PROBLEMS:
            return self._text(item, column) or None
        if role == ROW_ROLE:
            return item
        severity = self._severity(item)
        if role == Qt.ItemDataRole.BackgroundRole and severity:
            return QBrush(ERROR_BG if severity == "error" else WARNING_BG)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and severity == "error"
            and column in (self.COL_ACTION, self.COL_PROBLEMS)
        ):
            return QBrush(ERROR_FG)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _field_label(field: str) -> str:
    return field_label(field, tr_core, import_names=True)


def _change_label(field: str) -> str:
    return (
        _field_label(field).lower()
        if field != "role"
        else translate("ImportDialog", "vai trò")
    )


class ImportDialog(QDialog):
    """Preview an import, then write it. ``preview_ready`` after each dry run,
    ``import_committed`` once the rows are in the database."""

    preview_ready = Signal()
    import_committed = Signal()

    def __init__(
        self,
        workspace: Any,
        path: str | None = None,
        parent: QWidget | None = None,
        *,
        village_id: int | None = None,
    ):
        super().__init__(parent)
        self.workspace = workspace
        self.village_id = village_id
        self.report: Any = None
        self.task: Any = None
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Nhập danh sách từ Excel"))
        self.resize(1100, 640)
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Tệp:")))
        self.path = QLineEdit()
        self.path.setObjectName("import_path")
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("Chọn tệp .xlsx, .xls, .ods hoặc kéo thả tệp vào đây"))
        row.addWidget(self.path, 1)
        choose = QPushButton(self.tr("Chọn tệp…"))
        choose.setObjectName("import_choose")
        choose.clicked.connect(self._choose)
        row.addWidget(choose)
        layout.addLayout(row)

        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Nhập vào:")))
        self.unit = QComboBox()
        self.unit.setObjectName("import_unit")
        for label, unit_id in self._unit_choices():
            self.unit.addItem(label, unit_id)
        options.addWidget(self.unit, 1)
        self.replace = QCheckBox(
            self.tr("Thay cả danh sách (ai không có trong tệp thì thôi tham gia Tổ)")
        )
        self.replace.setObjectName("import_replace")
        options.addWidget(self.replace)
        self.recheck = QPushButton(self.tr("Kiểm tra lại"))
        self.recheck.setObjectName("import_recheck")
        self.recheck.clicked.connect(self.start_preview)
        options.addWidget(self.recheck)
        layout.addLayout(options)

        training = QHBoxLayout()
        training.addWidget(QLabel(self.tr("Cột “Đã tập huấn” ghi nhận hoàn thành khóa:")))
        self.course = QComboBox()
        self.course.setObjectName("import_course")
        self.course.addItem(self.tr("Không ghi nhận (trừ khóa có tên ghi trong ô)"), None)
        for course_id, label in self._course_choices():
            self.course.addItem(label, course_id)
        self.course.currentIndexChanged.connect(lambda _i: self.start_preview())
        training.addWidget(self.course, 1)
        layout.addLayout(training)

        self.summary = QLabel(self.tr("Chọn tệp danh sách để kiểm tra."))
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.summary.setMinimumHeight(self.summary.fontMetrics().lineSpacing() * 2 + 8)
        layout.addWidget(self.summary)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("import_notes")
        self.notes.setReadOnly(True)
        self.notes.setMaximumHeight(90)
        self.notes.hide()
        layout.addWidget(self.notes)

        self.only_problems = QCheckBox(self.tr("Chỉ dòng có lỗi"))
        self.only_problems.setObjectName("import_only_problems")
        layout.addWidget(self.only_problems)
        self.model = ImportPreviewModel(self)
        self.view = QTableView()
        self.view.setObjectName("import_preview")
        self.view.setModel(self.model)
        make_copyable(self.view)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.only_problems.toggled.connect(self.model.set_only_problems)
        layout.addWidget(self.view, 1)

        buttons = QHBoxLayout()
        self.skip_refused = QCheckBox(
            self.tr("Bỏ qua các dòng không nhận, chỉ ghi các dòng hợp lệ")
        )
        self.skip_refused.setObjectName("import_skip_refused")
        self.skip_refused.toggled.connect(self._update_buttons)
        buttons.addWidget(self.skip_refused)
        buttons.addStretch(1)
        self.save_report = QPushButton(self.tr("Tải báo cáo lỗi…"))
        self.save_report.setObjectName("import_save_report")
        self.save_report.clicked.connect(self.download_report)
        buttons.addWidget(self.save_report)
        self.commit_button = QPushButton(self.tr("Ghi vào dữ liệu"))
        self.commit_button.setObjectName("import_commit")
        self.commit_button.clicked.connect(self.confirm_and_commit)
        buttons.addWidget(self.commit_button)
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._update_buttons()
        if path:
            self.set_path(path)

    # -- choices -------------------------------------------------------------------------
    def _unit_choices(self) -> list[tuple[str, int | None]]:
        # The file's own communes and villages first: a unit picked in the tree for another
        # reason must not swallow a file that names its communes. A team opened on purpose
        # (``village_id``) comes first.
        out: list[tuple[str, int | None]] = [(self.tr("Theo xã, thôn ghi trong tệp"), None)]
        node = getattr(self.workspace, "unit", None)
        if self.village_id is not None:
            village = units.get_village(self.village_id)
            out.insert(0, (village.name, self.village_id))
        elif node is not None and node.level in ("commune", "village"):
            for u in reversed(units.unit_path(node.id)):
                if u.level in ("commune", "village"):
                    out.append((u.name, u.id))
        return out

    def _course_choices(self) -> list[tuple[int, str]]:
        from desktop import training

        try:
            courses = training.list_courses()
        except Exception:
            log.exception("courses")
            return []
        out = []
        for c in courses:
            day = format_day(c.start_date)
            out.append((c.id, f"{c.title} ({day})" if day else c.title))
        return out

    def _choose(self) -> None:
        folder = str(Path(self.path.text()).parent) if self.path.text() else ""
        chosen = file_dialogs.ask_open_path(self, self.windowTitle(), folder)
        if chosen:
            self.set_path(chosen)

    def set_path(self, path: str) -> None:
        file_dialogs.remember("import", path)  # chosen, dropped or typed
        self.path.setText(path)
        self.start_preview()

    def options(self) -> dict[str, Any]:
        unit_id = self.unit.currentData()
        out: dict[str, Any] = {
            "team_mode": "replace" if self.replace.isChecked() else "merge",
            "skip_refused": self.skip_refused.isChecked(),
            "course_id": self.course.currentData(),
        }
        if unit_id is not None:
            unit = units.unit_path(unit_id)[-1]
            if unit.level == "village":
                out["village_id"] = unit_id
            else:
                out["commune_id"] = unit_id
        return out

    # -- preview -------------------------------------------------------------------------
    def start_preview(self) -> None:
        from desktop.roster_import import import_roster

        path = self.path.text()
        if not path:
            return
        self.report = None
        self.model.set_report(None)
        self.summary.setText(self.tr("Đang kiểm tra…"))
        self._update_buttons()
        self.task = self.workspace.runner.run(
            import_roster,
            self.workspace.actor,
            path,
            commit=False,
            title=self.tr("Đang kiểm tra tệp…"),
            parent=self,
            on_success=self._previewed,
            on_error=self._failed,
            on_cancel=self._stopped,
            **self.options(),
        )

    def _previewed(self, report: Any) -> None:
        self.report = report
        self.model.set_report(report)
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for col in range(header.count() - 1):
            header.resizeSection(col, min(header.sectionSize(col), 260))
        text = report.summary(tr_core)
        if not report.file_ok:
            text = self.tr("Không nhập được tệp này.") + " " + text
        elif report.refused:
            text += " " + self.tr(
                "Hãy sửa các dòng không nhận trong tệp rồi kiểm tra lại (hoặc chọn bỏ qua chúng)."
            )
        self.summary.setText(text)
        # file and team notes (a team's note is placed at its first row); stray rows with
        # errors are in the table
        notes = [
            p.worded(tr_core) if p.row is None else f"{p.location(tr_core)}: {p.worded(tr_core)}"
            for p in report.problems
            if not (p.severity == "info" and p.code.startswith("sheet."))
            and (p.row is None or not p.is_error)
        ]
        self.notes.setPlainText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self._update_buttons()
        self.preview_ready.emit()

    def _failed(self, exc: BaseException) -> None:
        log.warning("import failed: %r", exc)
        self.summary.setText(describe_exception(exc))
        self._update_buttons()
        msgbox.error(self, self.windowTitle(), describe_exception(exc))
        self.preview_ready.emit()

    def _stopped(self) -> None:
        self.summary.setText(self.tr("Đã dừng; chưa ghi gì."))
        self._update_buttons()
        self.preview_ready.emit()

    def _update_buttons(self) -> None:
        report = self.report
        self.save_report.setEnabled(report is not None and report.read is not None)
        can = False
        if (
            report is not None
            and report.file_ok
            and not (report.refused and not self.skip_refused.isChecked())
        ):
            can = bool(report.ended) or any(
                r.ok and r.action in ("create", "update") for r in report.rows
            )
        self.commit_button.setEnabled(can and self.workspace.actor.can_write)

    # -- the error report ------------------------------------------------------------------
    def download_report(self) -> None:
        from desktop.roster_import import write_report_workbook

        if self.report is None:
            return
        stem = Path(self.report.file).stem
        suggested = str(
            Path(file_dialogs.default_folder())
            / f"Bao cao loi - {stem} {dt.date.today().isoformat()}.xlsx"
        )
        target = file_dialogs.ask_save_path(self, self.tr("Tải báo cáo lỗi"), suggested)
        if not target:
            return

        def saved(path: Any) -> None:
            if msgbox.confirm(
                self,
                self.tr("Đã ghi báo cáo"),
                self.tr("Đã ghi báo cáo lỗi vào tệp:\n%1\n\nMở thư mục chứa tệp?").replace(
                    "%1", str(path)
                ),
                action=self.tr("Mở thư mục"),
                destructive=False,
            ):
                file_dialogs.open_folder(str(path))

        self.task = self.workspace.runner.run(
            write_report_workbook,
            self.report,
            target,
            title=self.tr("Đang ghi báo cáo lỗi…"),
            parent=self,
            on_success=saved,
            on_error=self._failed_quietly,
        )

    def _failed_quietly(self, exc: BaseException) -> None:
        msgbox.error(self, self.windowTitle(), describe_exception(exc))

    # -- commit --------------------------------------------------------------------------
    def confirm_and_commit(self) -> None:
        report = self.report
        if report is None:
            return
        question = self.tr(
            "Ghi các thay đổi này vào cơ sở dữ liệu? Tất cả được ghi cùng lúc; "
            "nếu có lỗi thì không ghi gì."
        )
        if not msgbox.confirm(
            self,
            self.tr("Ghi vào dữ liệu"),
            f"{report.summary(tr_core)}\n\n{question}",
            action=self.tr("Ghi"),
            destructive=False,
        ):
            return
        self.commit()

    def commit(self):
        from desktop.roster_import import import_roster

        report = self.report
        self.commit_button.setEnabled(False)
        self.task = self.workspace.runner.run(
            import_roster,
            self.workspace.actor,
            report.file,
            commit=True,
            read=report.read,
            title=self.tr("Đang ghi danh sách…"),
            writes=True,
            parent=self,
            on_success=self._committed,
            on_error=self._failed,
            on_cancel=self._stopped,
            **self.options(),
        )
        return self.task

    def _committed(self, report: Any) -> None:
        if not report.committed:
            # the database changed since the preview: show the new findings
            self._previewed(report)
            msgbox.warning(
                self,
                self.windowTitle(),
                self.tr(
                    "Chưa ghi gì: dữ liệu vừa thay đổi và có dòng không nhận được. Hãy xem lại "
                    "bảng kiểm tra."
                ),
            )
            return
        self.report = report
        communes = {r.commune_id for r in report.rows if r.commune_id}
        for commune_id in sorted(communes) or [0]:
            self.workspace.data_changed.emit(commune_id)
        msgbox.info(
            self, self.tr("Đã nhập xong"), self.tr("Đã ghi vào dữ liệu.") + "\n" + report.summary(tr_core)
        )
        self.import_committed.emit()
        self.accept()

    # -- drag and drop -----------------------------------------------------------------------
    def dragEnterEvent(self, event):
        if dropped_spreadsheet(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event):
        path = dropped_spreadsheet(event.mimeData())
        if path:
            event.acceptProposedAction()
            self.set_path(path)


def dropped_spreadsheet(mime: Any) -> str:
    """The first local spreadsheet file in dropped data ("" when none)."""
    if mime is None or not mime.hasUrls():
        return ""
    for url in mime.urls():
        if url.isLocalFile() and file_dialogs.is_spreadsheet(url.toLocalFile()):
            return url.toLocalFile()
    return ""
