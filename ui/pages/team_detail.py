"""A team: its members (add, edit, end, paste from Excel), warnings, and history."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import teams
from desktop.errors_domain import NotFound
from ui import msgbox
from ui.actions import READ, PageAction, PageActions, edits
from ui.dialogs.member import EndMembershipDialog, MemberDialog
from ui.dialogs.paste_members import PasteMembersDialog
from ui.dialogs.teams import TeamStatusDialog
from ui.errors import describe_problem as describe
from ui.models.rows import MemberTableModel, decision_ref_text, team_status_label
from ui.models.table import date_text
from ui.pages import page_title
from ui.pages.base import Page, fit_columns, placeholder, setup_table
from ui.pages.decisions import DecisionsPanel


def _team_village(page: Any) -> int | None:
    """The unit an edit on the team page touches: the team's village."""
    team = getattr(page, "team", None)
    return getattr(team, "village_id", None)


class TeamDetailPage(Page):
    key = "team"

    def __init__(self, workspace, parent=None):
        super().__init__(workspace, parent)
        self.team_id: int | None = None
        self.team: Any = None

        self.name_label = QLabel()
        self.name_label.setObjectName("team_name")
        self.name_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.facts = QLabel()
        self.facts.setObjectName("team_facts")
        self.facts.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setObjectName("team_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(
            "background: #fff4d6; color: #6b4700; border: 1px solid #e8c66a;"
            " border-radius: 4px; padding: 6px;")
        self.warnings.hide()
        self.notice = QLabel()
        self.notice.setObjectName("team_notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #1b7f3b;")
        self.notice.hide()

        self.model = MemberTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("members_table")
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.activated.connect(lambda _i: self.page_actions.trigger("edit"))

        self.page_actions = PageActions(self, self.declare_actions(), views=[self.view])
        buttons_of = self.page_actions.button
        self.add_button = buttons_of("new")
        self.edit_button = buttons_of("edit")
        self.end_button = buttons_of("end")
        self.paste_button = buttons_of("paste")
        self.person_button = buttons_of("person")
        self.status_button = buttons_of("status")
        self.history = QCheckBox(self.tr("Lịch sử thành viên"))
        self.history.setObjectName("member_history")
        self.history.toggled.connect(lambda _c: self.refresh())
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.end_button, self.paste_button,
                  self.person_button, self.status_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.history)

        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.name_label)
        inner.addWidget(self.facts)
        inner.addWidget(self.warnings)
        inner.addWidget(self.notice)
        inner.addLayout(buttons)

        # Members above, the team's decisions below (drafts, issuing, printing).
        self.decisions = DecisionsPanel(workspace, self)
        self.sections = QSplitter(Qt.Orientation.Vertical)
        self.sections.setObjectName("team_sections")
        self.sections.addWidget(self.view)
        self.sections.addWidget(self.decisions)
        self.sections.setStretchFactor(0, 3)
        self.sections.setStretchFactor(1, 2)
        self.sections.setChildrenCollapsible(False)
        inner.addWidget(self.sections, 1)

        self.empty = placeholder(self.tr(
            "Chưa mở tổ nào. Nhấp đúp một tổ ở trang Tổ CNSCĐ, hoặc chọn ở cây bên trái một "
            "thôn đã có tổ (●)."
        ))
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(self.empty)
        self.stack.setCurrentWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.stack)

        self._update_buttons()

    def declare_actions(self) -> list[PageAction]:
        need = edits(_team_village)
        open_team = TeamDetailPage._team_open
        current = TeamDetailPage._current_member
        return [
            PageAction("new", self.tr("Thêm thành viên…"), TeamDetailPage.add_member, need,
                       enabled=open_team, menu=False),
            PageAction("edit", self.tr("Sửa…"), TeamDetailPage.edit_member, need,
                       applies_to="row", enabled=current),
            PageAction("end", self.tr("Kết thúc…"), TeamDetailPage.end_member, need,
                       applies_to="row", enabled=current,
                       shortcut=QKeySequence.StandardKey.Delete),
            PageAction("paste", self.tr("Dán từ Excel…"), TeamDetailPage.paste_members, need,
                       applies_to="rows", enabled=open_team, menu=False,
                       shortcut=QKeySequence.StandardKey.Paste,
                       tooltip=self.tr("Dán các dòng chép từ Excel vào bảng thành viên")),
            PageAction("person", self.tr("Hồ sơ và tập huấn…"), TeamDetailPage.show_person,
                       READ, applies_to="row", enabled=lambda p: p.selected() is not None),
            PageAction("status", self.tr("Trạng thái tổ…"), TeamDetailPage.change_status,
                       need, enabled=lambda p: p.team is not None, menu=False),
        ]

    def _team_open(self) -> bool:
        return self.team is not None and self.team.status != "dissolved"

    def _current_member(self) -> bool:
        row = self.selected()
        return row is not None and row.end_date is None

    def title(self) -> str:
        return page_title(self.key)

    # -- which team ----------------------------------------------------------------------
    def _on_unit(self, node: Any) -> None:
        if node is not None and node.level == "village" and node.has_team:
            found = teams.list_teams(node.id)
            if found:
                self.team_id = found[0].id
        self.mark_dirty()

    def open_team(self, team_id: int) -> None:
        self.team_id = team_id
        self.history.setChecked(False)
        self.notice.hide()
        self.refresh()

    def reload(self) -> None:
        if self.team_id is None:
            self.stack.setCurrentWidget(self.empty)
            return
        try:
            team = teams.get_team(self.team_id)
        except NotFound:
            self.team_id = None
            self.stack.setCurrentWidget(self.empty)
            return
        self.team = team
        self.stack.setCurrentIndex(0)
        self.name_label.setText(team.name)
        facts = [
            f"{team.village_name}, {team.commune_name}" if team.commune_name else team.village_name,
            self.tr("Trạng thái: %1").replace("%1", team_status_label(team.status)),
        ]
        if team.established_on:
            facts.append(self.tr("thành lập %1").replace("%1", date_text(team.established_on)))
        facts.append(self.tr("Quyết định: %1").replace(
            "%1", decision_ref_text(team.latest_decision) or self.tr("chưa có")))
        facts.append(self.tr("%1 thành viên").replace("%1", str(len(team.members))))
        # the number the "decision" command and --team take
        facts.append(self.tr("Mã tổ: %1").replace("%1", str(team.id)))
        self.facts.setText(" · ".join(facts))
        if team.problems:
            self.warnings.setText("⚠ " + "\n⚠ ".join(describe(p) for p in team.problems))
            self.warnings.show()
        else:
            self.warnings.hide()
        rows = teams.membership_history(team.id) if self.history.isChecked() else team.members
        self.model.set_rows(rows)
        self.decisions.set_team(team)
        header = self.view.horizontalHeader()
        for col in (MemberTableModel.COL_START, MemberTableModel.COL_END):
            header.setSectionHidden(col, not self.history.isChecked())
        # fitted once the history columns are shown or hidden: they counted while hidden
        fit_columns(self.view, stretch_column=MemberTableModel.COL_ORGANISATION, max_width=190)
        self._update_buttons()

    def selected(self) -> Any:
        index = self.view.currentIndex()
        return self.model.row_at(index) if index.isValid() else None

    def _update_buttons(self) -> None:
        self.page_actions.update()
        self.decisions.page_actions.update()

    def _changed(self, message: str = "", warnings=()) -> None:
        self.workspace.data_changed.emit(self.team.village_id if self.team else 0)
        self.refresh()
        if message or warnings:
            lines = [message] if message else []
            lines += [describe(p) for p in warnings if p.field != "team"]
            self.notice.setText("\n".join(lines))
            self.notice.setVisible(bool(lines))

    # -- actions -------------------------------------------------------------------------
    def add_member(self) -> None:
        if self.team is None or self.team.status == "dissolved":
            return
        dialog = MemberDialog(self.workspace, self.team.id, parent=self)
        if dialog.exec():
            names = ", ".join(r.member.full_name for r in dialog.added)
            warnings = [w for r in dialog.added for w in r.warnings]
            self._changed(self.tr("Đã thêm: %1").replace("%1", names), warnings)

    def edit_member(self) -> None:
        row = self.selected()
        if row is None or row.end_date is not None:
            return
        dialog = MemberDialog(self.workspace, self.team.id, row, parent=self)
        if dialog.exec():
            result = dialog.result_value
            self._changed(self.tr("Đã lưu: %1").replace("%1", result.member.full_name),
                          result.warnings)

    def end_member(self) -> None:
        row = self.selected()
        if row is None or row.end_date is not None:
            return
        if not msgbox.confirm(
            self, self.tr("Kết thúc tư cách thành viên"),
            self.tr("%1 sẽ thôi là thành viên của %2. Tiếp tục?")
            .replace("%1", row.full_name).replace("%2", self.team.name),
            action=self.tr("Tiếp tục"),
        ):
            return
        dialog = EndMembershipDialog(self.workspace, row, parent=self)
        if dialog.exec():
            self._changed(self.tr("%1 đã thôi tham gia tổ.").replace("%1", row.full_name))

    def paste_members(self) -> None:
        if self.team is None or self.team.status == "dissolved":
            return
        dialog = PasteMembersDialog(self.workspace, self.team.id, parent=self)
        if dialog.exec() and dialog.summary_result is not None:
            summary = dialog.summary_result
            message = self.tr("Đã thêm %1 thành viên.").replace(
                "%1", str(len(summary["added"])))
            if summary["refused"]:
                lines = [
                    self.tr("Dòng %1: %2").replace("%1", str(line)).replace(
                        "%2", " ".join(describe(p) for p in problems))
                    for line, problems in summary["refused"]
                ]
                msgbox.warning(self, self.tr("Một số dòng không thêm được"), "\n".join(lines))
            self._changed(message)

    def show_person(self) -> None:
        row = self.selected()
        if row is not None:
            self.workspace.person_requested.emit(row.person_id)

    def change_status(self) -> None:
        if self.team is None:
            return
        row = teams.list_teams(self.team.village_id, include_dissolved=True)
        current = next((r for r in row if r.id == self.team.id), None)
        if current is None:
            return
        dialog = TeamStatusDialog(self.workspace, current, parent=self)
        if dialog.exec():
            self._changed()
