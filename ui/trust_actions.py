"""What the trust entries of the main window run, and who is signed in.

``TrustActions(window)`` shows the signed-in user in the status bar and holds what the
entries run: in "Tệp" Sao lưu ngay, Khôi phục…, Nơi sao lưu tự động… (a shared server), Kết
nối máy chủ…; in "Công cụ" Nhật ký thay đổi, Người dùng…, Đổi mật khẩu…. The entries, and who
may see them, are declared in ``MainWindow.declare_actions`` (``ui/actions.py`` builds them).

After a restore or a switch to a server, the window's data is stale: ``reload_requested`` /
``switch_requested`` ask the composition root (``ui/launch.py``) to rebuild the window; when
nobody listens (tests, a window built by hand) the window is refreshed in place.
"""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import SIGNAL, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLabel

from desktop.office import get_office
from desktop.units import unit_path
from ui import msgbox
from ui.dialogs.users import UsersDialog, role_label

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def role_text(actor: Any) -> str:
    return role_label(actor.role)


class TrustActions(QObject):
    reload_requested = Signal()  # the data under the window was replaced (restore)
    switch_requested = Signal()  # use ``target`` from now on (a server, or the local file)

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace
        self.target = ""
        self._audit_dialog = None
        self.user_label = QLabel(self.user_text())
        self.user_label.setObjectName("signed_in_user")
        self.user_label.setStyleSheet("color: #444; padding: 0 6px;")
        window.statusBar().addPermanentWidget(self.user_label)

    def user_text(self) -> str:
        actor = self.workspace.actor
        text = translate("TrustMenu", "Người dùng: %1 (%2)").replace(
            "%1", actor.username).replace("%2", role_text(actor))
        if actor.role != "admin" and actor.scope_unit_id:
            path = unit_path(actor.scope_unit_id)
            if path:
                text += " · " + path[-1].name
        return text

    # -- Tệp -----------------------------------------------------------------------------
    def backup_now(self):
        from ui.dialogs.backups import backup_now

        return backup_now(self.workspace, self.window)

    def auto_backup_folder(self):
        from ui.dialogs.backups import choose_auto_backup_folder

        return choose_auto_backup_folder(self.workspace, self.window)

    def restore(self):
        from ui.dialogs.backups import RestoreDialog

        dialog = RestoreDialog(self.workspace, self.window, on_restored=self.data_replaced)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        return dialog

    def data_replaced(self, _safety=None) -> None:
        """The data under the window was replaced (a restore, undoing the reform): reload."""
        if self.receivers(SIGNAL("reload_requested()")) > 0:  # the composition root rebuilds it
            self.reload_requested.emit()
        else:
            refresh_window(self.window)

    def connect_server(self):
        from ui.dialogs.connection import ConnectionDialog

        dialog = ConnectionDialog(self.workspace, self.window)
        dialog.use_requested.connect(lambda: self._switch(dialog.url))
        dialog.local_requested.connect(lambda: self._switch(""))
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        return dialog

    def _switch(self, target: str) -> None:
        self.target = target
        if self.receivers(SIGNAL("switch_requested()")) > 0:
            self.switch_requested.emit()
        else:
            msgbox.info(self.window, translate("TrustMenu", "Kết nối máy chủ"),
                        translate("TrustMenu", "Lựa chọn đã được lưu; phần mềm sẽ dùng nó từ "
                                               "lần mở sau."))

    # -- Công cụ -------------------------------------------------------------------------
    def show_audit(self):
        from ui.dialogs.audit import AuditDialog

        if self._audit_dialog is not None and self._audit_dialog.isVisible():
            self._audit_dialog.raise_()
            self._audit_dialog.activateWindow()
            self._audit_dialog.refresh()
            return self._audit_dialog
        dialog = AuditDialog(self.workspace, self.window)
        node = self.workspace.unit
        actor = self.workspace.actor
        if node is not None and node.level != "province" and (
                actor.role == "admin" or actor.scope_unit_id is None):
            dialog.set_unit(node.id)
        dialog.setModal(False)
        dialog.show()
        self._audit_dialog = dialog
        return dialog

    def manage_users(self):
        dialog = UsersDialog(self.workspace, self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        return dialog

    def change_password(self):
        from ui.dialogs.password import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.workspace, self.window)
        try:
            if dialog.exec():
                msgbox.info(self.window, translate("TrustMenu", "Đổi mật khẩu"),
                            translate("TrustMenu", "Đã đổi mật khẩu."))
        finally:
            dialog.deleteLater()
        return dialog


def refresh_window(window: Any) -> None:
    """The data under the window changed wholesale: reload the office, the tree and pages."""

    workspace = window.workspace
    workspace.office = get_office()
    model = window.tree_model
    for row in range(model.rowCount()):
        info = model.node_info(model.index(row, 0))
        if info is not None:
            workspace.data_changed.emit(info.id)
    workspace.data_changed.emit(0)
