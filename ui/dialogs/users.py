"""Người dùng (administrators only): the accounts, adding one with a role and a scope unit,
setting a new password, locking and unlocking."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import users
from desktop.audit_service import format_local, to_local
from desktop.errors_domain import StaleRecord
from desktop.users import MIN_PASSWORD, ROLES
from ui import msgbox
from ui.dialogs.base import FormDialog
from ui.errors import describe_exception
from ui.models.table import BAD, GOOD, MUTED, RowTableModel
from ui.tables import fit_columns, setup_table

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def role_label(code: str) -> str:
    return {
        "admin": translate("users", "Quản trị"),
        "clerk": translate("users", "Cán bộ nhập liệu"),
        "viewer": translate("users", "Chỉ xem"),
    }.get(code, code)


def role_hint(code: str) -> str:
    return {
        "admin": translate("users", "Làm được mọi việc, kể cả quản lý người dùng, sao lưu và "
                                    "khôi phục."),
        "clerk": translate("users", "Nhập và sửa dữ liệu của đơn vị được giao và các đơn vị "
                                    "trực thuộc."),
        "viewer": translate("users", "Chỉ xem và xuất báo cáo, không sửa được gì."),
    }.get(code, "")


def state_text(user: Any, now: dt.datetime | None = None) -> str:
    if not user.active:
        return translate("users", "Đã khoá")
    if user.locked(now):
        return translate("users", "Tạm khoá đến %1 (nhập sai mật khẩu)").replace(
            "%1", format_local(to_local(user.locked_until))[-5:])
    return translate("users", "Đang dùng")


class UsersModel(RowTableModel):
    COL_USERNAME, COL_NAME, COL_ROLE, COL_SCOPE, COL_CID, COL_STATE = range(6)
    column_count = 6

    def headers(self) -> list[str]:
        return [self.tr("Tên đăng nhập"), self.tr("Họ và tên"), self.tr("Vai trò"),
                self.tr("Đơn vị được giao"), self.tr("Xem số CCCD"), self.tr("Trạng thái")]

    def cell(self, row: Any, column: int) -> Any:
        if column == self.COL_USERNAME:
            return row.username
        if column == self.COL_NAME:
            return row.full_name
        if column == self.COL_ROLE:
            return role_label(row.role)
        if column == self.COL_SCOPE:
            if row.role == "admin" or not row.scope_unit_id:
                return self.tr("Toàn bộ")
            return row.scope_name
        if column == self.COL_CID:
            return self.tr("Có") if row.role == "admin" or row.can_see_citizen_id \
                else self.tr("Không")
        return state_text(row)

    def foreground(self, row: Any, column: int):
        if column == self.COL_STATE:
            if not row.active:
                return MUTED
            return BAD if row.locked() else GOOD
        return None if row.active else MUTED


class UsersDialog(QDialog):
    def __init__(self, workspace: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("users_dialog")
        self.workspace = workspace
        self.setWindowTitle(self.tr("Người dùng"))
        self.resize(900, 460)

        intro = QLabel(self.tr(
            "Mỗi người dùng một tài khoản riêng. Cán bộ nhập liệu chỉ sửa được dữ liệu của đơn "
            "vị được giao; người chỉ xem không sửa được gì. Khi có từ hai tài khoản trở lên, "
            "phần mềm hỏi đăng nhập mỗi lần mở."))
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #444;")
        self.model = UsersModel(self)
        self.view = QTableView()
        self.view.setObjectName("users_table")
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.doubleClicked.connect(lambda _i: self.reset_password())

        self.add_button = QPushButton(self.tr("Thêm người dùng…"))
        self.add_button.setObjectName("users_add")
        self.reset_button = QPushButton(self.tr("Đặt lại mật khẩu…"))
        self.reset_button.setObjectName("users_reset")
        self.lock_button = QPushButton(self.tr("Khoá tài khoản"))
        self.lock_button.setObjectName("users_lock")
        self.add_button.clicked.connect(self.add_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.lock_button.clicked.connect(self.toggle_lock)
        row = QHBoxLayout()
        for b in (self.add_button, self.reset_button, self.lock_button):
            row.addWidget(b)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(close)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        current = self.selected()
        wanted = select_id if select_id is not None else (current.id if current else None)
        self.model.set_rows(users.list_users())
        fit_columns(self.view, stretch_column=UsersModel.COL_STATE, max_width=260)
        if wanted is not None:
            row = self.model.find_row(lambda r: r.id == wanted)
            if row >= 0:
                self.view.selectRow(row)
        self._update_buttons()

    def selected(self) -> Any:
        index = self.view.currentIndex()
        return self.model.row_at(index) if index.isValid() else None

    def _update_buttons(self) -> None:
        user = self.selected()
        self.reset_button.setEnabled(user is not None)
        self.lock_button.setEnabled(user is not None)
        if user is None or (user.active and not user.locked()):
            self.lock_button.setText(self.tr("Khoá tài khoản"))
        elif not user.active:
            self.lock_button.setText(self.tr("Mở lại tài khoản"))
        else:
            self.lock_button.setText(self.tr("Mở khoá"))

    # -- actions -------------------------------------------------------------------------
    def add_user(self) -> None:
        dialog = AddUserDialog(self.workspace, self)
        if dialog.exec():
            self.reload(dialog.result_value.id)

    def reset_password(self) -> None:
        from ui.dialogs.password import ResetPasswordDialog

        user = self.selected()
        if user is None:
            return
        dialog = ResetPasswordDialog(self.workspace, user, self)
        accepted = dialog.exec()
        self.reload()  # also after a refusal: someone else changed the account
        if accepted:
            msgbox.info(self, self.tr("Đặt lại mật khẩu"),
                        self.tr("Đã đặt mật khẩu mới cho %1.").replace("%1", user.username))

    def toggle_lock(self) -> None:
        from ui.dialogs.stale import ask_reload

        user = self.selected()
        if user is None:
            return
        try:
            if user.active and not user.locked():
                if not msgbox.confirm(
                    self, self.tr("Khoá tài khoản"),
                    self.tr("Khoá tài khoản %1? Người này sẽ không đăng nhập được cho đến khi "
                            "được mở lại.").replace("%1", user.username),
                    action=self.tr("Khoá"),
                ):
                    return
                users.set_active(self.workspace.actor, user.id, False,
                                 expected_version=user.version)
            elif not user.active:
                users.set_active(self.workspace.actor, user.id, True,
                                 expected_version=user.version)
            else:
                users.unlock_user(self.workspace.actor, user.id,
                                  expected_version=user.version)
        except StaleRecord as exc:  # another administrator changed the account: reload
            ask_reload(self, exc, user, self.workspace.actor)
        except Exception as exc:  # noqa: BLE001 - refused (the last administrator...)
            msgbox.error(self, self.windowTitle(), describe_exception(exc))
        self.reload()


class AddUserDialog(FormDialog):
    def __init__(self, workspace: Any, parent: QWidget | None = None):
        super().__init__(self.tr("Thêm người dùng"), parent, save_text=self.tr("Thêm"))
        from ui.dialogs.unit_picker import UnitPicker

        self.setObjectName("add_user_dialog")
        self.workspace = workspace
        self.setMinimumWidth(560)
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("không dấu, không dấu cách: canbo.hopthanh"))
        self.add_field("username", self.tr("Tên đăng nhập:"), self.username)
        self.full_name = QLineEdit()
        self.add_field("full_name", self.tr("Họ và tên:"), self.full_name)
        self.role = QComboBox()
        for code in ROLES:
            self.role.addItem(role_label(code), code)
        self.role.setCurrentIndex(self.role.findData("clerk"))
        self.add_field("role", self.tr("Vai trò:"), self.role)
        self.role_hint = QLabel()
        self.role_hint.setWordWrap(True)
        self.role_hint.setStyleSheet("color: #555;")
        self.form.addRow("", self.role_hint)
        self.scope = UnitPicker(workspace)
        self.add_field("scope", self.tr("Đơn vị được giao:"), self.scope)
        self.citizen_id = QCheckBox(self.tr("Được xem và sửa số CCCD"))
        self.add_field("citizen_id", self.tr("Dữ liệu nhạy cảm:"), self.citizen_id)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("ít nhất %1 ký tự").replace(
            "%1", str(MIN_PASSWORD)))
        self.add_field("password", self.tr("Mật khẩu:"), self.password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_field("repeat", self.tr("Nhập lại mật khẩu:"), self.repeat)
        self.role.currentIndexChanged.connect(lambda _i: self._role_changed())
        self._role_changed()
        self.username.setFocus()

    def _role_changed(self) -> None:
        code = self.role.currentData()
        self.role_hint.setText(role_hint(code))
        self.scope.setEnabled(code != "admin")
        self.citizen_id.setEnabled(code != "admin")
        if code == "admin":
            self.citizen_id.setChecked(True)

    def live_problems(self) -> tuple[dict[str, str], dict[str, str]]:
        from ui.dialogs.password import new_password_errors

        errors, warnings = super().live_problems()
        name = self.username.text().strip()
        if not name or " " in name:
            errors["username"] = self.tr("Nhập tên đăng nhập, không có dấu cách.")
        if self.role.currentData() == "clerk" and self.scope.unit_id is None:
            errors["scope"] = self.tr("Cán bộ nhập liệu cần được giao một đơn vị: tìm theo tên "
                                      "hoặc chọn trên cây.")
        errors.update(new_password_errors(self.password.text(), self.repeat.text(), name,
                                          fields=("password", "repeat")))
        return errors, warnings

    def submit(self) -> Any:
        role = self.role.currentData()
        return users.create_user(
            self.workspace.actor,
            username=self.username.text(),
            password=self.password.text(),
            role=role,
            full_name=self.full_name.text(),
            scope_unit_id=None if role == "admin" else self.scope.unit_id,
            can_see_citizen_id=role == "admin" or self.citizen_id.isChecked(),
        )
