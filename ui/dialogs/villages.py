"""Villages: add, rename, paste a list, merge, retire."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPlainTextEdit

from desktop import units
from ui import msgbox
from ui.dialogs.base import FormDialog, problems_by_field
from ui.widgets import DateLineEdit, format_date


class VillageNameDialog(FormDialog):
    """Add a village, or rename one (``village`` given)."""

    def __init__(self, workspace, commune_id: int, village: Any = None, parent=None):
        title = self.tr("Đổi tên thôn/tổ dân phố") if village else self.tr("Thêm thôn/tổ dân phố")
        super().__init__(title, parent)
        self.workspace = workspace
        self.commune_id = commune_id
        self.village = village
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Ví dụ: Thôn Nà Sla, Tổ dân phố 5"))
        self.name_edit.setMinimumWidth(380)
        self.add_field("name", self.tr("Tên:"), self.name_edit)
        hint = QLabel(self.tr("Gõ cả loại (Thôn, Bản, Ấp, Tổ dân phố…) trước tên."))
        hint.setStyleSheet("color: #666;")
        self.add_widget(hint)
        if village is not None:
            self.load(village)

    def load(self, row: Any) -> None:
        self.name_edit.setText(row.name)
        self.name_edit.selectAll()

    def values(self) -> dict:
        return {"name": self.name_edit.text()}

    def _name_problems(self) -> list:
        exclude = self.village.id if self.village is not None else None
        if self.village is not None and self.name_edit.text().strip() == self.village.name:
            return []
        return units.check_village_name(self.commune_id, self.name_edit.text(), exclude)

    def live_problems(self) -> tuple[dict[str, str], dict[str, str]]:
        errors, warnings = super().live_problems()
        more_errors, more_warnings = problems_by_field(self._name_problems())
        errors.update(more_errors)
        warnings.update(more_warnings)
        return errors, warnings

    def check(self) -> bool:
        """A near-duplicate name ("Đồng Tâm" beside "Thôn Đồng Tâm") is asked about before
        saving: usually the same village typed twice."""
        problems = self._name_problems()
        errors, warnings = problems_by_field(problems)
        if errors:
            self.show_errors(errors, warnings)
            return False
        if warnings:
            self.errors.set("name", warnings["name"], warning=True)
            return msgbox.confirm(
                self, self.windowTitle(),
                warnings["name"] + "\n\n" + self.tr("Vẫn lưu tên này?"),
                action=self.tr("Vẫn lưu"), destructive=False)
        return True

    def stale_snapshot(self, exc: Any) -> Any:
        return self.village

    def reload_record(self, exc: Any) -> bool:
        if self.village is None:
            return False
        self.village = units.get_village(self.village.id)
        self.load(self.village)
        return True

    def submit(self) -> Any:
        if self.village is None:
            return units.create_village(self.workspace.actor, self.commune_id,
                                        self.name_edit.text())
        return units.rename_village(self.workspace.actor, self.village.id,
                                    self.name_edit.text(), self.village.version)


class PasteVillagesDialog(FormDialog):
    """A column of names pasted from Excel: one village per line."""

    def __init__(self, workspace, commune_id: int, parent=None):
        super().__init__(self.tr("Dán danh sách thôn/tổ dân phố"), parent,
                         save_text=self.tr("Thêm"))
        self.workspace = workspace
        self.commune_id = commune_id
        self.text = QPlainTextEdit()
        self.text.setMinimumSize(420, 240)
        self.text.setPlaceholderText(self.tr(
            "Mỗi dòng một tên (chép cột tên từ Excel rồi dán vào đây).\n"
            "Dòng trống và tên đã có được bỏ qua."
        ))
        self.add_field("name", self.tr("Danh sách:"), self.text)
        self.count_label = QLabel()
        self.add_widget(self.count_label)
        self.text.textChanged.connect(self._count)
        clip = QApplication.clipboard().text() if QApplication.clipboard() else ""
        if clip.strip() and len(clip) < 100_000:
            self.text.setPlainText(clip)
        self._count()

    def _count(self) -> None:
        names = [n for _line, n in units.pasted_village_names(self.text.toPlainText())
                 if n.strip()]
        self.count_label.setText(self.tr("%1 dòng có tên").replace("%1", str(len(names))))

    def submit(self) -> Any:
        return units.create_villages_from_text(self.workspace.actor, self.commune_id,
                                               self.text.toPlainText())


class MergeVillagesDialog(FormDialog):
    def __init__(self, workspace, villages: list[Any], parent=None):
        super().__init__(self.tr("Sáp nhập thôn/tổ dân phố"), parent,
                         save_text=self.tr("Sáp nhập"))
        self.workspace = workspace
        self.villages = villages
        names = ", ".join(v.name for v in villages)
        intro = QLabel(self.tr("Sáp nhập: %1").replace("%1", names))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.name_edit = QLineEdit(villages[0].name if villages else "")
        self.add_field("name", self.tr("Tên thôn mới:"), self.name_edit)
        self.date_edit = DateLineEdit(allow_year=False)
        self.date_edit.setText(format_date(dt.date.today()))
        self.add_field("on_date", self.tr("Có hiệu lực từ ngày:"), self.date_edit)
        self.team_combo = QComboBox()
        teams = [v for v in villages if v.team_id]
        for v in teams:
            self.team_combo.addItem(self.tr("Giữ tổ của %1").replace("%1", v.name), v.team_id)
        if teams:
            self.add_field("keep_team_id", self.tr("Tổ CNSCĐ:"), self.team_combo)
            note = QLabel(self.tr(
                "Các tổ còn lại được giải thể; thành viên của họ được chuyển sang tổ giữ lại."
            ))
            note.setWordWrap(True)
            note.setStyleSheet("color: #666;")
            self.add_widget(note)

    def check(self) -> bool:
        if self.date_edit.date() is None:
            self.show_errors({"on_date": self.tr("Nhập ngày theo dạng dd/mm/yyyy.")})
            return False
        return True

    def stale_snapshot(self, exc: Any) -> Any:
        return next((v for v in self.villages if v.id == exc.id), None)

    def submit(self) -> Any:
        keep = self.team_combo.currentData() if self.team_combo.count() else None
        return units.merge_villages(
            self.workspace.actor, [v.id for v in self.villages], self.name_edit.text(),
            self.date_edit.date(), keep_team_id=keep, move_members=keep is not None,
            expected_versions={v.id: v.version for v in self.villages},
        )


class RetireVillageDialog(FormDialog):
    def __init__(self, workspace, village: Any, parent=None):
        super().__init__(self.tr("Ngừng theo dõi thôn/tổ dân phố"), parent,
                         save_text=self.tr("Ngừng hoạt động"))
        self.workspace = workspace
        self.village = village
        intro = QLabel(self.tr(
            "%1 sẽ không còn trong danh sách từ ngày dưới đây. Dữ liệu cũ vẫn được giữ."
        ).replace("%1", village.name))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.date_edit = DateLineEdit(allow_year=False)
        self.date_edit.setText(format_date(dt.date.today()))
        self.add_field("on_date", self.tr("Từ ngày:"), self.date_edit)

    def check(self) -> bool:
        if self.date_edit.date() is None:
            self.show_errors({"on_date": self.tr("Nhập ngày theo dạng dd/mm/yyyy.")})
            return False
        return True

    def stale_snapshot(self, exc: Any) -> Any:
        return self.village

    def submit(self) -> Any:
        return units.retire_village(self.workspace.actor, self.village.id,
                                    self.date_edit.date(),
                                    expected_version=self.village.version)
