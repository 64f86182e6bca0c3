"""Teams: create one for a village, change its status."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from desktop import teams
from desktop.teams import default_team_name
from ui import msgbox
from ui.dialogs.base import FormDialog
from ui.models.rows import team_status_label
from ui.widgets import DateLineEdit, format_date


class CreateTeamDialog(FormDialog):
    """Thành lập tổ: one team per village; the villages offered have none yet."""

    def __init__(self, workspace, villages: list[Any], parent=None):
        super().__init__(self.tr("Thành lập Tổ CNSCĐ"), parent, save_text=self.tr("Thành lập"))
        self.workspace = workspace
        self.village_combo = QComboBox()
        for v in villages:
            self.village_combo.addItem(v.name, v.id)
        self.add_field("village", self.tr("Thôn/tổ dân phố:"), self.village_combo)
        self.name_edit = QLineEdit()
        self.name_edit.setMinimumWidth(340)
        self.add_field("name", self.tr("Tên tổ:"), self.name_edit)
        self.date_edit = DateLineEdit(allow_year=False)
        self.add_field("established_on", self.tr("Ngày thành lập:"), self.date_edit)
        hint = QLabel(self.tr(
            "Để trống ngày thành lập nếu tổ mới dự kiến (chưa có quyết định)."
        ))
        hint.setStyleSheet("color: #666;")
        hint.setWordWrap(True)
        self.add_widget(hint)
        self.village_combo.currentIndexChanged.connect(self._default_name)
        self._default_name()

    def _default_name(self) -> None:
        self.name_edit.setText(default_team_name(self.village_combo.currentText()))

    def submit(self) -> Any:
        return teams.create_team(
            self.workspace.actor, self.village_combo.currentData(),
            name=self.name_edit.text() or None, established_on=self.date_edit.date(),
        )


class TeamStatusDialog(FormDialog):
    def __init__(self, workspace, team: Any, parent=None):
        super().__init__(self.tr("Đổi trạng thái tổ"), parent)
        self.workspace = workspace
        self.team = team
        title = QLabel(team.name)
        title.setStyleSheet("font-weight: bold;")
        self.form.addRow(title)
        self.status_combo = QComboBox()
        for code in ("planned", "active", "dissolved"):
            self.status_combo.addItem(team_status_label(code), code)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(team.status)))
        self.add_field("status", self.tr("Trạng thái:"), self.status_combo)
        self.date_edit = DateLineEdit(allow_year=False)
        self.date_edit.setText(format_date(dt.date.today()))
        self.add_field("on_date", self.tr("Từ ngày:"), self.date_edit)
        note = QLabel(self.tr("Giải thể tổ sẽ kết thúc tư cách thành viên của mọi người trong tổ."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #8a5a00;")
        self.add_widget(note)

    def live_problems(self) -> tuple[dict[str, str], dict[str, str]]:
        errors, warnings = super().live_problems()
        if not self.date_edit.text().strip():
            errors["on_date"] = self.tr("Nhập ngày theo dạng dd/mm/yyyy.")
        return errors, warnings

    def check(self) -> bool:
        if not super().check():
            return False
        if self.status_combo.currentData() == "dissolved" and self.team.status != "dissolved":
            return msgbox.confirm(
                self, self.tr("Giải thể tổ"),
                self.tr("Giải thể %1? Tư cách thành viên của mọi người trong tổ sẽ kết thúc.")
                .replace("%1", self.team.name),
                action=self.tr("Giải thể"),
            )
        return True

    def stale_snapshot(self, exc: Any) -> Any:
        return self.team

    def reload_record(self, exc: Any) -> bool:
        fresh = next((r for r in teams.list_teams(self.team.village_id, include_dissolved=True)
                      if r.id == self.team.id), None)
        if fresh is None:
            return False
        self.team = fresh
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(fresh.status)))
        return True

    def submit(self) -> Any:
        return teams.set_team_status(
            self.workspace.actor, self.team.id, self.status_combo.currentData(),
            self.team.version, on_date=self.date_edit.date(),
        )
