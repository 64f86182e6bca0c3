"""Passwords: a user changes their own; an administrator sets a new one for someone."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit

from desktop import users
from desktop.users import MIN_PASSWORD, AuthError, password_problem
from ui import msgbox
from ui.dialogs.base import FormDialog
from ui.errors import describe_exception, message_for


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumWidth(260)
    return edit


translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def new_password_errors(password: str, repeat: str, username: str = "",
                        fields: tuple[str, str] = ("new_password", "repeat")) -> dict[str, str]:
    """{field: sentence} for a new password and its repetition: the core's rule
    (``desktop.users.password_problem``, the one the service applies), then the match."""
    problem = password_problem(password, username)
    if problem is not None:
        return {fields[0]: message_for(problem[0], **problem[1])}
    if password != repeat:
        return {fields[1]: translate("PasswordForm",
                                     "Hai lần nhập mật khẩu mới không giống nhau.")}
    return {}


class _NewPasswordMixin:
    """The two "new password" fields and their checks, shared by both dialogs (inherited
    methods: their strings name their context, ``self.tr`` would use the subclass's)."""

    def _add_new_fields(self) -> None:
        self.new_password = _password_edit("new_password")
        self.new_password.setPlaceholderText(
            translate("PasswordForm", "ít nhất %1 ký tự").replace("%1", str(MIN_PASSWORD)))
        self.add_field("new_password", translate("PasswordForm", "Mật khẩu mới:"),
                       self.new_password)
        self.repeat = _password_edit("repeat_password")
        self.add_field("repeat", translate("PasswordForm", "Nhập lại mật khẩu mới:"),
                       self.repeat)

    def _check_new(self, username: str = "") -> dict[str, str]:
        return new_password_errors(self.new_password.text(), self.repeat.text(), username)


class ChangePasswordDialog(_NewPasswordMixin, FormDialog):
    """"Đổi mật khẩu…": the signed-in user, with their current password."""

    def __init__(self, workspace: Any, parent=None):
        super().__init__(self.tr("Đổi mật khẩu"), parent, save_text=self.tr("Đổi mật khẩu"))
        self.setObjectName("change_password_dialog")
        self.workspace = workspace
        self.setMinimumWidth(460)
        who = QLabel(self.tr("Tài khoản: %1").replace("%1", workspace.actor.username))
        who.setStyleSheet("font-weight: bold;")
        self.form.addRow(who)
        self.old_password = _password_edit("old_password")
        self.add_field("old_password", self.tr("Mật khẩu hiện tại:"), self.old_password)
        self._add_new_fields()

    def live_problems(self) -> tuple[dict[str, str], dict[str, str]]:
        errors = self._check_new(self.workspace.actor.username)
        if not self.old_password.text():
            errors["old_password"] = self.tr("Nhập mật khẩu hiện tại.")
        return errors, {}

    def submit(self) -> Any:
        users.change_password(self.workspace.actor, self.old_password.text(),
                              self.new_password.text())
        return True

    def accept(self) -> None:
        if not self.check():
            return

        try:
            self.result_value = self.submit()
        except AuthError as exc:
            if exc.code == "auth.bad_credentials":
                self.show_errors({"old_password": self.tr("Mật khẩu hiện tại không đúng.")})
                self.old_password.selectAll()
                return
            msgbox.error(self, self.windowTitle(), describe_exception(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a database problem a clerk can act on
            msgbox.error(self, self.windowTitle(), describe_exception(exc))
            return
        self.done(1)


class ResetPasswordDialog(_NewPasswordMixin, FormDialog):
    """An administrator sets a new password for someone (and lifts a lockout)."""

    def __init__(self, workspace: Any, user: Any, parent=None):
        super().__init__(self.tr("Đặt lại mật khẩu"), parent, save_text=self.tr("Đặt lại"))
        self.setObjectName("reset_password_dialog")
        self.workspace = workspace
        self.setMinimumWidth(460)
        self.user = user
        who = QLabel(self.tr("Đặt mật khẩu mới cho %1. Hãy báo mật khẩu này cho người dùng và "
                             "đề nghị họ đổi lại ngay sau khi đăng nhập.")
                     .replace("%1", user.username))
        who.setWordWrap(True)
        self.form.addRow(who)
        self._add_new_fields()

    def live_problems(self) -> tuple[dict[str, str], dict[str, str]]:
        return self._check_new(self.user.username), {}

    def submit(self) -> Any:
        users.reset_password(self.workspace.actor, self.user.id, self.new_password.text(),
                             expected_version=self.user.version)
        return True

    def stale_snapshot(self, exc: Any) -> Any:
        return self.user
