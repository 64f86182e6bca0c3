"""The trust entries of the main window, and who is signed in.

``install_trust_actions(window, menu_file, menu_tools)`` adds to "Tệp": Sao lưu ngay,
Khôi phục…, Nơi sao lưu tự động… (a shared server), Kết nối máy chủ…; to "Công cụ": Nhật ký thay đổi, Người dùng…, Đổi mật khẩu…;
shows the signed-in user in the status bar; hides what the actor may not do (administrator
tools for others, imports for viewers). The pages guard their own actions
(``ui/actions.py``: each page declares what its actions need of the signed-in user).
Kept apart from ``ui/main_window.py`` so the window needs two lines to get all of it.

After a restore or a switch to a server, the window's data is stale: ``reload_requested`` /
``switch_requested`` ask the composition root (``ui/launch.py``) to rebuild the window; when
nobody listens (tests, a window built by hand) the window is refreshed in place.
"""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import SIGNAL, QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu

from desktop import access, backups
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

    def __init__(self, window: Any, menu_file: QMenu, menu_tools: QMenu):
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace
        self.target = ""
        self.actions: dict[str, QAction] = {}
        self._audit_dialog = None
        actor = self.workspace.actor

        admin = access.is_admin(actor)
        admin_only = {translate("MainWindow", "Thiết lập đơn vị sử dụng…"),
                      translate("MainWindow", "Mở dữ liệu mẫu để dùng thử…")}
        for existing in menu_tools.actions():  # office set-up and demo data: administrators
            if existing.text() in admin_only:
                existing.setVisible(admin)
        excel = getattr(window, "excel_actions", None) or {}
        if "import" in excel:
            excel["import"].setVisible(access.can_write(actor))
        decisions = getattr(window, "decisions_menu", None)
        if decisions is not None and hasattr(decisions, "new_action"):
            decisions.new_action.setVisible(access.can_write(actor))

        # before "Thoát", the last entry of the menu
        last = menu_file.actions()[-1] if menu_file.actions() else None
        for key, text, slot, visible in (
            ("backup", translate("TrustMenu", "Sao lưu ngay"), self.backup_now, admin),
            ("restore", translate("TrustMenu", "Khôi phục…"), self.restore, admin),
            ("auto_backup", translate("TrustMenu", "Nơi sao lưu tự động…"),
             self.auto_backup_folder, admin and backups.automatic_backups_need_a_folder()),
            ("server", translate("TrustMenu", "Kết nối máy chủ…"), self.connect_server, True),
        ):
            menu_file.insertAction(last, self._action(key, text, slot, visible))
        if last is not None:
            menu_file.insertSeparator(last)

        menu_tools.addSeparator()
        for key, text, slot, visible in (
            ("audit", translate("TrustMenu", "Nhật ký thay đổi"), self.show_audit, True),
            ("users", translate("TrustMenu", "Người dùng…"), self.manage_users, admin),
            ("password", translate("TrustMenu", "Đổi mật khẩu…"), self.change_password,
             actor.user_id is not None),
        ):
            menu_tools.addAction(self._action(key, text, slot, visible))

        self.user_label = QLabel(self.user_text())
        self.user_label.setObjectName("signed_in_user")
        self.user_label.setStyleSheet("color: #444; padding: 0 6px;")
        window.statusBar().addPermanentWidget(self.user_label)

    def _action(self, key: str, text: str, slot, visible: bool) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(f"action_{key}")
        action.triggered.connect(lambda _checked=False: slot())
        action.setVisible(visible)
        self.actions[key] = action
        return action

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


def install_trust_actions(window: Any, menu_file: QMenu, menu_tools: QMenu) -> TrustActions:
    return TrustActions(window, menu_file, menu_tools)
