"""Exporting to Excel: what, for which unit, into which file; then the task runner (progress
with Cancel) and an offer to open the folder.

The dialog only collects choices; :func:`run_export` starts the work through the one task
runner and reports back, so the same flow runs from the menu and from tests.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop import export_service as es
from desktop import units
from desktop.export_service import default_file_name
from desktop.office import set_office_settings
from ui import file_dialogs, msgbox
from ui.errors import describe_exception
from ui.widgets import DateLineEdit, parse_day

log = logging.getLogger(__name__)

KINDS = ("roster", "report", "training", "template")


translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def kind_title(kind: str) -> str:
    return {
        "roster": translate("ExportDialog", "Xuất danh sách thành viên"),
        "report": translate("ExportDialog", "Xuất báo cáo thống kê"),
        "training": translate("ExportDialog", "Xuất kết quả tập huấn"),
        "template": translate("ExportDialog", "Tải mẫu nhập liệu"),
    }[kind]


def unit_choices(workspace: Any) -> list[tuple[str, int | None]]:
    """(label, unit id) from the unit chosen in the tree up to the office's own unit, then
    the office's whole scope (None)."""

    out: list[tuple[str, int | None]] = []
    office = workspace.office
    root = getattr(office, "unit_id", None) if office else None
    node = workspace.unit
    if node is not None and node.id is not None:  # (None: the whole country's node)
        path = units.unit_path(node.id)
        ids = [u.id for u in path]
        start = ids.index(root) if root in ids else 0
        for u in reversed(path[start:]):
            out.append((u.name, u.id))
    if root is None or all(uid != root for _label, uid in out):
        name = getattr(office, "name", "") if office else ""
        out.append(
            (
                translate("ExportDialog", "Toàn bộ phạm vi %1").replace("%1", name).strip()
                if name
                else translate("ExportDialog", "Toàn bộ dữ liệu"),
                None,
            )
        )
    return out


class ExportDialog(QDialog):
    """Choose the unit, the options and the file; ``values()`` gives them to run_export."""

    def __init__(self, workspace: Any, kind: str, parent: QWidget | None = None):
        super().__init__(parent)

        if kind not in KINDS:
            raise ValueError(kind)
        self.workspace = workspace
        self.kind = kind
        self.setObjectName(f"export_{kind}")
        self.setWindowTitle(kind_title(kind))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.unit = QComboBox()
        self.unit.setObjectName("export_unit")
        for label, unit_id in unit_choices(workspace):
            self.unit.addItem(label, unit_id)
        form.addRow(self.tr("Đơn vị:"), self.unit)

        self.citizen_id = QCheckBox(self.tr("Kèm số CCCD"))
        self.citizen_id.setObjectName("export_citizen_id")
        self.at = DateLineEdit(allow_year=False)
        self.at.setObjectName("export_at")
        self.at.setPlaceholderText(self.tr("dd/mm/yyyy (để trống: hôm nay)"))
        self.by_course = QRadioButton(self.tr("Theo khóa tập huấn (mỗi khóa một trang)"))
        self.by_person = QRadioButton(self.tr("Theo từng thành viên"))
        self.by_course.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_course)
        group.addButton(self.by_person)
        if kind == "roster":
            allowed = es.citizen_id_allowed(workspace.actor)
            self.citizen_id.setEnabled(allowed)
            if not allowed:
                self.citizen_id.setToolTip(
                    self.tr(
                        "Chỉ xuất được khi cơ quan bật cài đặt xuất số CCCD và tài khoản được "
                        "xem số CCCD."
                    )
                )
            form.addRow("", self.citizen_id)
            self.enable_citizen_id = QPushButton(
                self.tr("Bật cài đặt xuất số CCCD cho cơ quan")
            )
            self.enable_citizen_id.setObjectName("export_enable_citizen_id")
            self.enable_citizen_id.clicked.connect(self._enable_citizen_id)
            actor = workspace.actor
            can_enable = (
                not allowed and getattr(actor, "role", "") == "admin"
                and getattr(actor, "can_see_citizen_id", False)
            )
            if can_enable:
                form.addRow("", self.enable_citizen_id)
            else:
                self.enable_citizen_id.hide()
            form.addRow(self.tr("Tính đến ngày:"), self.at)
        elif kind == "training":
            box = QVBoxLayout()
            box.addWidget(self.by_course)
            box.addWidget(self.by_person)
            form.addRow(self.tr("Cách trình bày:"), box)

        self.path = QLineEdit()
        self.path.setObjectName("export_path")
        choose = QPushButton(self.tr("Chọn…"))
        choose.setObjectName("export_choose")
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        form.addRow(self.tr("Lưu vào tệp:"), row)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Xuất") if kind != "template" else self.tr("Tải mẫu"))
        self.ok_button.setObjectName("export_ok")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.unit.currentIndexChanged.connect(self._suggest_path)
        self._suggested = ""
        self._suggest_path()

    # -- choices -------------------------------------------------------------------------
    def _suggest_path(self) -> None:
        name = default_file_name(self.kind, self.unit.currentData())
        current = self.path.text().strip()
        folder = str(Path(current).parent) if current else file_dialogs.default_folder()
        if not current or current == self._suggested:
            self._suggested = str(Path(folder) / name)
            self.path.setText(self._suggested)

    def _choose(self) -> None:
        chosen = file_dialogs.ask_save_path(self, self.windowTitle(), self.path.text())
        if chosen:
            self.path.setText(chosen)

    def _enable_citizen_id(self) -> None:
        """An administrator turns the office setting on here, where it is missed."""

        try:
            set_office_settings(self.workspace.actor, {"export_citizen_id": True})
        except Exception as exc:  # noqa: BLE001 - shown to the clerk, dialog stays open
            msgbox.error(self, self.tr("Không lưu được"), describe_exception(exc))
            return
        allowed = es.citizen_id_allowed(self.workspace.actor)
        self.citizen_id.setEnabled(allowed)
        self.citizen_id.setToolTip("")
        self.enable_citizen_id.hide()

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "kind": self.kind,
            "unit_id": self.unit.currentData(),
            "path": self.path.text().strip(),
        }
        if self.kind == "roster":
            values["include_citizen_id"] = self.citizen_id.isChecked()
            values["at"] = parse_day(self.at.text()) if self.at.text().strip() else None
        elif self.kind == "training":
            values["by"] = "person" if self.by_person.isChecked() else "course"
        return values

    def accept(self) -> None:
        values = self.values()
        problem = ""
        if not values["path"]:
            problem = self.tr("Chọn tệp để lưu.")
        elif not Path(values["path"]).parent.is_dir():
            problem = self.tr("Thư mục %1 không có.").replace(
                "%1", str(Path(values["path"]).parent)
            )
        elif self.kind == "roster" and self.at.text().strip() and values["at"] is None:
            problem = self.tr('Ngày "%1" không hợp lệ; nhập theo dạng dd/mm/yyyy.').replace(
                "%1", self.at.text().strip()
            )
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        file_dialogs.remember("export", values["path"])  # typed or suggested: next time here
        super().accept()


def run_export(
    workspace: Any,
    parent: QWidget | None,
    *,
    kind: str,
    unit_id: int | None,
    path: str,
    **options: Any,
):
    """Start an export on the task runner; on success offer to open the folder. Returns
    the Task (its ``finished`` signal fires once the clerk has been told)."""

    fn = {
        "roster": es.export_roster,
        "report": es.export_report,
        "training": es.export_training,
        "template": es.export_template,
    }[kind]
    title = kind_title(kind)

    def succeeded(result: Any) -> None:
        what = {
            "roster": translate("ExportDialog", "Đã ghi danh sách %1 thành viên vào tệp:"),
            "report": translate("ExportDialog", "Đã ghi báo cáo %1 xã/phường vào tệp:"),
            "training": translate("ExportDialog", "Đã ghi %1 dòng kết quả tập huấn vào tệp:"),
            "template": translate("ExportDialog", "Đã ghi mẫu nhập liệu vào tệp:"),
        }[kind].replace("%1", f"{result.rows:n}".replace(",", "."))
        question = translate("ExportDialog", "Mở thư mục chứa tệp?")
        if msgbox.confirm(
            parent,
            translate("ExportDialog", "Đã xuất xong"),
            f"{what}\n{result.path}\n\n{question}",
            action=translate("ExportDialog", "Mở thư mục"),
            destructive=False,
        ):
            file_dialogs.open_folder(result.path)

    def cancelled() -> None:
        msgbox.info(
            parent,
            translate("ExportDialog", "Đã dừng"),
            translate("ExportDialog", "Đã dừng xuất; không có tệp nào được tạo."),
        )

    def failed(exc: BaseException) -> None:
        log.warning("export failed: %r", exc)
        msgbox.error(
            parent, translate("ExportDialog", "Không xuất được tệp"), describe_exception(exc)
        )

    return workspace.runner.run(
        fn,
        workspace.actor,
        unit_id,
        path,
        title=title,
        parent=parent,
        on_success=succeeded,
        on_cancel=cancelled,
        on_error=failed,
        **options,
    )


def ask_and_export(workspace: Any, parent: QWidget | None, kind: str):
    """The menu action: the dialog, then the export (None when the clerk cancelled)."""
    dialog = ExportDialog(workspace, kind, parent)
    try:
        if not exec_dialog(dialog):
            return None
        values = dialog.values()
    finally:
        dialog.deleteLater()
    return run_export(workspace, parent, **values)


def exec_dialog(dialog: QDialog) -> bool:
    """``dialog.exec()`` behind a function tests can replace."""
    return bool(dialog.exec())
