"""Sign-in before the main window, once a second user exists or on a shared server.

Wrong passwords and lockouts are told in plain Vietnamese; the account is locked by the
service (``desktop.users.authenticate``) after repeated failures, and the dialog says until
when, in local time.
"""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import users
from desktop.audit_service import format_local, to_local
from ui.errors import describe_exception
from ui.widgets import ErrorLabel

log = logging.getLogger(__name__)


class LoginDialog(QDialog):
    """Asks for a username and password; ``actor`` holds who signed in once accepted."""

    def __init__(self, parent: QWidget | None = None, *, where: str = "",
                 username: str = ""):
        super().__init__(parent)
        self.setObjectName("login_dialog")
        self.setWindowTitle(self.tr("Đăng nhập"))
        self.actor: Any = None
        self.failures = 0
        self.setMinimumWidth(440)

        title = QLabel(self.tr("Sổ Tổ CNSCĐ"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold; color: #1f4e79;")
        intro = QLabel(self.tr("Cơ sở dữ liệu này có nhiều người dùng. Hãy đăng nhập bằng "
                               "tài khoản được quản trị viên cấp."))
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #444;")
        self.where = QLabel(where)
        self.where.setObjectName("login_where")
        self.where.setStyleSheet("color: #666;")
        self.where.setWordWrap(True)
        self.where.setVisible(bool(where))

        self.username = QLineEdit(username)
        self.username.setObjectName("login_username")
        self.username.setPlaceholderText(self.tr("ví dụ: canbo.hopthanh"))
        self.password = QLineEdit()
        self.password.setObjectName("login_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Tên đăng nhập:"), self.username)
        form.addRow(self.tr("Mật khẩu:"), self.password)

        self.error = ErrorLabel(self)
        self.error.setObjectName("login_error")

        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton(self.tr("Đăng nhập"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.login_button.setObjectName("login_ok")
        self.login_button.setDefault(True)
        self.quit_button = self.buttons.addButton(self.tr("Thoát"),
                                                  QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.where)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.password if username else self.username).setFocus(
            Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        name = self.username.text().strip()
        if not name or not self.password.text():
            self._show(self.tr("Nhập tên đăng nhập và mật khẩu."))
            (self.username if not name else self.password).setFocus()
            return
        try:
            self.actor = users.authenticate(name, self.password.text())
        except users.AuthError as exc:
            self.failures += 1
            self._show(self.refusal(exc))
            self.password.clear()
            self.password.setFocus()
            return
        except Exception as exc:  # noqa: BLE001 - a database problem a clerk can act on

            log.warning("sign-in failed: %r", exc)
            self._show(describe_exception(exc))
            return
        super().accept()

    def refusal(self, exc: Any) -> str:
        if exc.code == "auth.locked":
            until = format_local(to_local(exc.params.get("until")))
            return self.tr(
                "Tài khoản %1 đang tạm khoá đến %2 ngày %3 vì nhập sai mật khẩu nhiều lần. "
                "Hãy thử lại sau thời điểm đó hoặc nhờ quản trị viên mở khoá."
            ).replace("%1", exc.params.get("username", "")).replace(
                "%2", until[-5:]).replace("%3", until[:10])
        return self.tr("Sai tên đăng nhập hoặc mật khẩu. Lưu ý: sau nhiều lần nhập sai, tài "
                       "khoản sẽ bị tạm khoá.")

    def _show(self, text: str) -> None:
        self.error.show_message(text)
        self.adjustSize()


def ask_login(parent: QWidget | None = None, *, where: str = "") -> Any:
    """Show the sign-in; the actor, or None when the clerk chose Thoát."""
    dialog = LoginDialog(parent, where=where)
    try:
        return dialog.actor if dialog.exec() else None
    finally:
        dialog.deleteLater()
