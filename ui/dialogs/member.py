"""A member of a team: add, edit, end. The form checks with the same pure rules as the
service (``desktop.validation.validate_person``) while the clerk types (after a short
pause), so mistakes show in Vietnamese under the field before Save and go once corrected."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from desktop import people, teams
from desktop.errors_domain import ValidationFailed
from desktop.validation import DATE_FORMAT, Problem, validate_person
from ui import msgbox
from ui.dialogs.base import FormDialog, problems_by_field
from ui.errors import describe_exception
from ui.models.rows import role_text
from ui.widgets import DateLineEdit, attach_completer, format_date

ETHNICITIES = [
    "Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "H'Mông", "Dao", "Gia Rai",
    "Ê Đê", "Ba Na", "Sán Chay", "Chăm", "Cơ Ho", "Xơ Đăng", "Sán Dìu", "Hrê", "Ra Glai",
    "Mnông", "Thổ", "Stiêng", "Khơ Mú", "Bru - Vân Kiều", "Cơ Tu", "Giáy", "Tà Ôi", "Mạ",
    "Giẻ Triêng", "Co", "Chơ Ro", "Xinh Mun", "Hà Nhì", "Chu Ru", "Lào", "La Chí", "Kháng",
    "Phù Lá", "La Hủ", "La Ha", "Pà Thẻn", "Lự", "Ngái", "Chứt", "Lô Lô", "Mảng", "Cơ Lao",
    "Bố Y", "Cống", "Si La", "Pu Péo", "Rơ Măm", "Brâu", "Ơ Đu",
]

class MemberDialog(FormDialog):
    """Add a member (``member`` None) or edit one."""

    def __init__(self, workspace, team_id: int, member: Any = None, parent=None):
        title = self.tr("Sửa thông tin thành viên") if member else self.tr("Thêm thành viên")
        super().__init__(title, parent)

        self.workspace = workspace
        self.team_id = team_id
        self.member = member
        self.person = None
        self.added: list[Any] = []
        self.setMinimumWidth(560)

        self.full_name = QLineEdit()
        self.full_name.setPlaceholderText(self.tr("Ví dụ: Nguyễn Thị Hoa"))
        self.add_field("full_name", self.tr("Họ và tên:"), self.full_name)
        self.role = QComboBox()
        for role in teams.roles():
            self.role.addItem(role_text(role.code, role.label), role.code)
        member_role = self.role.findData("thanh_vien")
        if member_role >= 0:
            self.role.setCurrentIndex(member_role)
        self.add_field("role", self.tr("Vai trò trong tổ:"), self.role)
        self.sex = QComboBox()
        self.sex.addItem("", None)
        self.sex.addItem(self.tr("Nam"), "nam")
        self.sex.addItem(self.tr("Nữ"), "nu")
        self.add_field("sex", self.tr("Giới tính:"), self.sex)
        self.birth = DateLineEdit(allow_year=True)
        self.add_field("birth", self.tr("Ngày sinh:"), self.birth)
        self.ethnicity = QLineEdit()
        attach_completer(self.ethnicity, ETHNICITIES)
        self.add_field("ethnicity", self.tr("Dân tộc:"), self.ethnicity)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("Ví dụ: 0912345678"))
        self.add_field("phone", self.tr("Số điện thoại:"), self.phone)
        self.email = QLineEdit()
        self.add_field("email", self.tr("Email:"), self.email)
        self.citizen_id = QLineEdit()
        self.citizen_id.setMaxLength(20)
        self.citizen_id.setPlaceholderText(self.tr("12 chữ số (chỉ nhập nếu được yêu cầu)"))
        citizen_row = self.add_field("citizen_id", self.tr("Số CCCD:"), self.citizen_id)
        if not workspace.actor.can_see_citizen_id:
            # Not for this user's eyes: the row is not shown at all (the service never sends
            # the value, and ignores the field on save).
            self.citizen_id.setEnabled(False)
            self.form.setRowVisible(citizen_row, False)
        self.position = QLineEdit()
        self.position.setPlaceholderText(self.tr("Ví dụ: Trưởng thôn, Bí thư chi đoàn"))
        attach_completer(self.position, teams.suggestions("position", limit=500))
        self.add_field("position", self.tr("Chức vụ:"), self.position)
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("Ví dụ: Đoàn thanh niên, Công an xã"))
        attach_completer(self.organisation, teams.suggestions("organisation", limit=500))
        self.add_field("organisation", self.tr("Đơn vị công tác:"), self.organisation)
        self.youth_union = QCheckBox(self.tr("Là đoàn viên"))
        self.add_field("youth_union", self.tr("Đoàn viên:"), self.youth_union)
        self.start_date = DateLineEdit(allow_year=False)
        self.start_date.setText(format_date(dt.date.today()) if member is None else "")
        self.add_field("start_date", self.tr("Tham gia tổ từ ngày:"), self.start_date)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(self.fontMetrics().height() * 3)
        self.note.setTabChangesFocus(True)
        self.add_field("note", self.tr("Ghi chú:"), self.note)

        if member is None:
            self.again_button = self.buttons.addButton(
                self.tr("Lưu và &thêm người khác"), QDialogButtonBox.ButtonRole.ActionRole)
            self.again_button.setObjectName("save_and_new")
            self.again_button.setAutoDefault(False)
            self.again_button.setToolTip(self.tr("Ctrl+Shift+S hoặc Ctrl+Shift+Enter"))
            self.again_button.clicked.connect(self.save_and_new)
            for keys in ("Ctrl+Shift+S", "Ctrl+Shift+Return"):
                QShortcut(QKeySequence(keys), self, activated=self.save_and_new)
        else:
            self.again_button = None
        self.status = QLabel()
        self.status.setObjectName("member_status")
        self.status.setStyleSheet("color: #1b7f3b;")
        # above the buttons, outside the scrolling fields: always in sight, one line kept
        self.status.setFixedHeight(self.fontMetrics().lineSpacing() + 4)
        self._layout.insertWidget(self._layout.indexOf(self.buttons), self.status)

        if member is not None:
            self.load(member)
        self.full_name.setFocus()

    # -- the form protocol ---------------------------------------------------------------
    def load(self, row: Any) -> None:
        self.person = people.get_person(row.person_id, self.workspace.actor)
        p = self.person
        self.role.setCurrentIndex(max(0, self.role.findData(row.role)))
        self.full_name.setText(p.full_name)
        self.sex.setCurrentIndex(max(0, self.sex.findData(p.sex)))
        self.birth.setText(p.birth)
        self.ethnicity.setText(p.ethnicity)
        self.phone.setText(p.phone or "")
        self.email.setText(p.email or "")
        self.citizen_id.setText(p.citizen_id or "")
        self.position.setText(p.position)
        self.organisation.setText(p.organisation)
        self.youth_union.setChecked(bool(p.youth_union))
        self.start_date.setText(format_date(row.start_date))
        self.note.setPlainText(p.note)

    def values(self) -> dict[str, Any]:
        out = {
            "full_name": self.full_name.text(),
            "sex": self.sex.currentData(),
            "birth": self.birth.text(),
            "ethnicity": self.ethnicity.text(),
            "phone": self.phone.text(),
            "email": self.email.text(),
            "position": self.position.text(),
            "organisation": self.organisation.text(),
            "youth_union": self.youth_union.isChecked(),
            "note": self.note.toPlainText(),
        }
        if self.workspace.actor.can_see_citizen_id:
            out["citizen_id"] = self.citizen_id.text()
        return out

    def _problems(self) -> list:
        _cleaned, problems = validate_person(self.values())
        if self.start_date.text().strip() and self.start_date.date() is None:
            problems.append(Problem("start_date", DATE_FORMAT,
                                    params={"value": self.start_date.text()}))
        return problems

    def live_problems(self) -> tuple[dict[str, str], dict[str, str]]:
        errors, warnings = super().live_problems()
        person_errors, person_warnings = problems_by_field(self._problems())
        errors.update(person_errors)
        warnings.update(person_warnings)
        return errors, warnings

    def check(self) -> bool:
        errors, warnings = problems_by_field(self._problems())
        self._touched.update(self._names)
        if errors:
            self.show_errors(errors, warnings)
            return False
        return True

    def submit(self) -> Any:
        role = self.role.currentData()
        if self.member is None:
            return teams.add_member(self.workspace.actor, self.team_id, self.values(), role,
                                    start_date=self.start_date.date())
        values = self.values()
        if self.start_date.date() is not None:
            values["start_date"] = self.start_date.date()
        return teams.update_member(
            self.workspace.actor, self.member.membership_id, values, role,
            self.member.version, expected_person_version=self.member.person_version,
        )

    # -- someone else saved the member first ---------------------------------------------
    def stale_snapshot(self, exc: Any) -> Any:
        return self.person if exc.entity == "person" else self.member

    def reload_record(self, exc: Any) -> bool:
        if self.member is None:
            return False
        wanted = self.member.membership_id
        fresh = next((m for m in teams.membership_history(self.team_id)
                      if m.membership_id == wanted), None)
        if fresh is None or fresh.end_date is not None:
            return False
        self.member = fresh
        self.load(fresh)
        self._touched.clear()
        self._refused.clear()
        self.errors.show({})
        self.mark_pristine()
        return True

    def accept(self) -> None:
        before = self.result_value
        super().accept()
        if self.result() and self.result_value is not before:
            self.added.append(self.result_value)

    def save_and_new(self) -> None:
        """Save, then clear the form for the next person (the role goes back to member)."""

        if not self.check():
            return
        try:
            result = self.submit()
        except ValidationFailed as exc:
            errors, warnings = problems_by_field(exc.problems)
            self.show_errors(errors, warnings)
            return
        except Exception as exc:  # noqa: BLE001

            msgbox.error(self, self.windowTitle(), describe_exception(exc))
            return
        self.added.append(result)
        self.result_value = result
        self.status.setText(self.tr("Đã lưu %1. Nhập người tiếp theo.").replace(
            "%1", result.member.full_name))
        self.clear_for_next()

    def clear_for_next(self) -> None:
        for edit in (self.full_name, self.birth, self.ethnicity, self.phone, self.email,
                     self.citizen_id, self.position, self.organisation):
            edit.clear()
        self.note.clear()
        self.sex.setCurrentIndex(0)
        self.youth_union.setChecked(False)
        member_role = self.role.findData("thanh_vien")
        if member_role >= 0:
            self.role.setCurrentIndex(member_role)
        self._touched.clear()
        self._refused.clear()
        self._live_timer.stop()
        self.errors.show({})
        self.banner.show_message("")
        self.mark_pristine()
        self.full_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def done(self, code: int) -> None:  # noqa: D401 - Qt override
        # Closing after "save and add another" still counts as a change for the caller.
        if not code and self.added:
            code = 1
        super().done(code)


class EndMembershipDialog(FormDialog):
    def __init__(self, workspace, member: Any, parent=None):
        super().__init__(self.tr("Kết thúc tư cách thành viên"), parent,
                         save_text=self.tr("Kết thúc"))
        self.workspace = workspace
        self.member = member
        intro = QLabel(self.tr("%1 (%2) thôi tham gia tổ từ ngày dưới đây. Lịch sử vẫn được giữ.")
                       .replace("%1", member.full_name).replace("%2", member.role_label))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.end_date = DateLineEdit(allow_year=False)
        self.end_date.setText(format_date(dt.date.today()))
        self.add_field("end_date", self.tr("Từ ngày:"), self.end_date)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Ví dụ: chuyển công tác, xin thôi"))
        self.add_field("reason", self.tr("Lý do:"), self.reason)

    def check(self) -> bool:
        if self.end_date.date() is None:
            self.show_errors({"end_date": self.tr("Nhập ngày theo dạng dd/mm/yyyy.")})
            return False
        return True

    def stale_snapshot(self, exc: Any) -> Any:
        return self.member

    def submit(self) -> Any:
        return teams.end_membership(self.workspace.actor, self.member.membership_id,
                                    self.end_date.date(), self.reason.text(),
                                    expected_version=self.member.version)
