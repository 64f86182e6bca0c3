"""The application shell around the main window: its size on this screen, what happens when
it closes (a task still running, the backup after changes), the second backup folder, and the
About box.

The composition root (``ui/launch.py``) builds a ``CloseGuard`` and gives it to the window;
the window asks it in ``closeEvent`` whether it may close now.
"""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, QSize, QTimer
from PySide6.QtWidgets import QMainWindow, QWidget

from desktop.setup import about_info
from ui import file_dialogs, msgbox
from ui import settings as keys
from ui.errors import describe_exception

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

PREFERRED_SIZE = QSize(1366, 768)  # what the pages were laid out for
SCREEN_MARGIN = QSize(40, 60)  # room for the window frame and title bar


def initial_geometry(available: QRect, preferred: QSize = PREFERRED_SIZE) -> QRect:
    """The first-run window: the preferred size, shrunk to fit the screen's available area
    (without the taskbar), centred on it."""
    width = max(640, min(preferred.width(), available.width() - SCREEN_MARGIN.width()))
    height = max(480, min(preferred.height(), available.height() - SCREEN_MARGIN.height()))
    width = min(width, available.width())
    height = min(height, available.height())
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


def fit_to_screen(window: QWidget) -> None:
    """Size a window that has no saved geometry to the screen it opens on."""
    screen = window.screen()
    if screen is None:
        window.resize(PREFERRED_SIZE)
        return
    window.setGeometry(initial_geometry(screen.availableGeometry()))


def keep_on_screen(window: QWidget) -> None:
    """After restoring a geometry saved on another (bigger) screen, shrink and move the
    window back inside the available area of the screen it is on now."""
    screen = window.screen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    if available.contains(frame):
        return
    geometry = window.geometry()
    extra_w = frame.width() - geometry.width()
    extra_h = frame.height() - geometry.height()
    width = min(geometry.width(), available.width() - extra_w)
    height = min(geometry.height(), available.height() - extra_h)
    window.resize(width, height)
    frame = window.frameGeometry()
    # the top-left corner (title bar, menus) stays reachable even if the window cannot shrink
    # below its minimum size on a very small screen
    x = max(available.left(), min(frame.x(), available.right() - frame.width() + 1))
    y = max(available.top(), min(frame.y(), available.bottom() - frame.height() + 1))
    window.move(x, y)


# --- closing --------------------------------------------------------------------------------


def _backup_on_close(marker: int, second_folder: str, actor: Any, *, progress, cancelled):
    from desktop.backup_schedule import backup_on_close

    progress(0, 0, translate("Shell", "Đang sao lưu dữ liệu trước khi đóng…"))
    return backup_on_close(marker, second_folder=second_folder or None, actor=actor)


class CloseGuard:
    """Decides whether the main window may close now.

    - A task still running (an import, an export): "quit anyway?"; yes cancels it (its
      transaction is rolled back) and goes on.
    - Anything written since the window opened: a backup first (and its copy in the second
      folder), shown with a progress dialog when it takes a moment; the window closes when
      it is done, even if it failed (the failure is told and logged).
    ``quiet`` closes without asking or backing up (the window is being rebuilt).
    """

    def __init__(self, runner: Any, settings: Any, marker: int | None, actor: Any = None):
        self.runner = runner
        self.settings = settings
        self.marker = marker
        self.actor = actor
        self.quiet = False
        self.backup_done = marker is None
        self.backup_result: Any = None
        self._backing_up = False

    def may_close(self, window: QMainWindow) -> bool:
        if self.quiet:
            return True
        if self._backing_up:
            return False  # the backup is running; the window closes when it ends
        pending = self.runner.running_titles()
        if pending:
            titles = [t for t in pending if t]
            text = translate("Shell", "Một việc vẫn đang chạy: %1.\n\nThoát ngay thì việc đó "
                             "bị hủy; phần đang ghi dở không được lưu.").replace(
                "%1", ", ".join(titles) or translate("Shell", "việc nền"))
            if not msgbox.confirm(window, translate("Shell", "Thoát phần mềm?"), text,
                                  action=translate("Shell", "Vẫn thoát")):
                return False
            log.info("closing while tasks run: %s", titles)
            self.runner.cancel_all()
        if self.backup_done:
            return True
        self._start_backup(window)
        return False

    def _start_backup(self, window: QMainWindow) -> None:
        self._backing_up = True
        second = str(self.settings.get(keys.SECOND_BACKUP_FOLDER) or "")

        def finished(result: Any) -> None:
            self._backing_up = False
            self.backup_done = True
            self.backup_result = result
            if result is not None:
                log.info("backup on close: %s (second copy: %s)", result.path, result.second)
                if result.second_error:
                    log.warning("second backup folder: %s", result.second_error)
                    msgbox.warning(window, translate("Shell", "Sao lưu"), translate(
                        "Shell", "Đã sao lưu vào %1 nhưng không chép được sang thư mục thứ "
                        "hai (%2). Hãy cắm ổ USB hoặc kiểm tra ổ mạng, lần đóng sau phần "
                        "mềm sẽ chép lại.").replace("%1", str(result.path))
                        .replace("%2", result.second_error))
            # once this task has left the runner; never on a window already destroyed
            QTimer.singleShot(0, window, window.close)

        def failed(exc: BaseException) -> None:
            log.error("backup on close failed", exc_info=exc)

            msgbox.error(window, translate("Shell", "Sao lưu khi đóng không thành công"),
                         describe_exception(exc))
            finished(None)

        self.runner.run(
            _backup_on_close, self.marker, second, self.actor,
            title=translate("Shell", "Sao lưu trước khi đóng"), writes=True, parent=window,
            cancellable=False, on_success=finished, on_error=failed,
        )


# --- menu actions -----------------------------------------------------------------------------


def choose_second_backup_folder(parent: QWidget | None, settings: Any) -> str:
    """Pick (or stop using) the folder that receives a copy of the backup made on closing."""
    current = str(settings.get(keys.SECOND_BACKUP_FOLDER) or "")
    if current:
        text = translate("Shell", "Khi đóng phần mềm sau khi có thay đổi, bản sao lưu được chép "
                         "thêm vào: %1\n\nChọn thư mục khác, hay thôi không chép nữa?"
                         ).replace("%1", current)
        if not msgbox.confirm(parent, translate("Shell", "Thư mục sao lưu thứ hai"), text,
                              action=translate("Shell", "Chọn thư mục khác"),
                              destructive=False):
            if msgbox.confirm(parent, translate("Shell", "Thư mục sao lưu thứ hai"),
                              translate("Shell", "Thôi chép bản sao lưu vào %1?")
                              .replace("%1", current),
                              action=translate("Shell", "Thôi không chép")):
                settings.set(keys.SECOND_BACKUP_FOLDER, "")
                return ""
            return current

    folder = file_dialogs.ask_folder(
        parent, translate("Shell", "Chọn thư mục sao lưu thứ hai (ổ USB, ổ mạng)"),
        current or "")
    if folder:
        settings.set(keys.SECOND_BACKUP_FOLDER, folder)
        settings.sync()
        msgbox.info(parent, translate("Shell", "Thư mục sao lưu thứ hai"), translate(
            "Shell", "Từ nay, mỗi lần đóng phần mềm sau khi có thay đổi, bản sao lưu được chép "
            "thêm vào %1.").replace("%1", folder))
        return folder
    return current


def show_about(window: QWidget, data_dir: str = "", log_file: str = "") -> None:
    from ui.dialogs.about import AboutDialog

    dialog = AboutDialog(about_info(), data_dir, log_file, window)
    dialog.exec()
