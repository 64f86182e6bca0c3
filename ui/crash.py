"""A crash leaves a trace: an unexpected error is logged, saved as a report and shown.

qutebrowser's crash handler is the model (learned, not copied): ``sys.excepthook`` and
``threading.excepthook`` catch what nobody caught, ``faulthandler`` writes a hard crash
(a segfault inside Qt) to a file that the next start finds, and a dialog shows the details
with "Chép" (copy) and "Lưu báo cáo" (save the report). Under ``pythonw`` or the windowed
Windows build there is no console, so without this a traceback would simply vanish.

Every report is also written to ``logs/bao-cao-loi-<time>.txt`` in the data folder before the
dialog opens, so nothing depends on the clerk pressing a button.
"""
from __future__ import annotations

import datetime as dt
import faulthandler
import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.connection import redacted
from desktop.setup import APP_VERSION
from ui import applog, file_dialogs

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

FAULT_FILE_NAME = "loi-nghiem-trong.txt"  # faulthandler's output while the app runs
REPORT_PREFIX = "bao-cao-loi-"

#: Set to "gui" (an error in the event loop), "thread" (in a plain thread) or "fault" (a
#: hard crash) to try the handler on a real window; nothing else reads it.
CRASH_TEST_ENV = "CNSCD_CRASH_TEST"


def environment_lines(database: str = "", data_dir: str = "") -> list[str]:
    """Which program, on what, with which data: the head of every report."""

    frozen = translate("crash", " (bản đóng gói)") if getattr(sys, "frozen", False) else ""
    return [
        f"Sổ Tổ CNSCĐ {APP_VERSION}{frozen}",
        translate("crash", "Thời điểm: %1").replace(
            "%1", dt.datetime.now().isoformat(" ", "seconds")),
        translate("crash", "Hệ điều hành: %1").replace("%1", platform.platform()),
        f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {pyside_version}",
        translate("crash", "Cơ sở dữ liệu: %1").replace(
            "%1", redacted(database) if database else "-"),
        translate("crash", "Thư mục dữ liệu: %1").replace("%1", data_dir or "-"),
    ]


def format_report(exc_type, exc, tb, *, database: str = "", data_dir: str = "",
                  log_tail: str = "", thread_name: str = "") -> str:
    """The whole report as text: environment, the traceback, the last lines of the log."""
    lines = environment_lines(database, data_dir)
    if thread_name:
        lines.append(translate("crash", "Luồng: %1").replace("%1", thread_name))
    lines += ["", translate("crash", "Lỗi:"),
              "".join(traceback.format_exception(exc_type, exc, tb)).rstrip()]
    if log_tail:
        lines += ["", translate("crash", "Nhật ký gần nhất:"), log_tail]
    return "\n".join(lines) + "\n"


def write_report(folder: Path, text: str, now: dt.datetime | None = None) -> Path | None:
    """Keep a report in the log folder (UTF-8 with BOM: old Notepad reads it right)."""
    stamp = (now or dt.datetime.now()).strftime("%Y-%m-%d_%H%M%S_%f")
    path = folder / f"{REPORT_PREFIX}{stamp}.txt"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8-sig")
    except OSError:
        log.exception("could not write the crash report")
        return None
    return path


class CrashDialog(QDialog):
    """What went wrong, in words and in full, with "Chép" and "Lưu báo cáo"."""

    QUIT = 2  # done() code when the clerk chose to close the app

    def __init__(self, report: str, saved_to: Path | None = None,
                 parent: QWidget | None = None, *, hard_crash: bool = False):
        super().__init__(parent)
        self.setObjectName("crash_dialog")
        self.report = report
        self.setWindowTitle(translate("crash", "Lỗi không mong đợi"))
        self.setMinimumSize(640, 420)
        layout = QVBoxLayout(self)
        if hard_crash:
            intro = translate(
                "crash",
                "Lần trước phần mềm đã dừng đột ngột. Dữ liệu đã lưu trước lúc đó vẫn an "
                "toàn; việc đang làm dở có thể chưa được lưu, hãy kiểm tra lại.")
        else:
            intro = translate(
                "crash",
                "Phần mềm gặp một lỗi không mong đợi. Dữ liệu đã lưu vẫn an toàn; việc vừa "
                "làm có thể chưa được lưu, hãy kiểm tra lại.")
        help_text = translate(
            "crash",
            "Hãy bấm \"Lưu báo cáo\" (hoặc \"Chép\" rồi dán vào thư) và gửi cho người hỗ trợ "
            "kỹ thuật, kèm một câu: bạn vừa làm gì.")
        text = QLabel(f"<b>{intro}</b><br><br>{help_text}")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(text)
        if saved_to is not None:
            where = QLabel(translate("crash", "Báo cáo đã được lưu sẵn tại: %1")
                           .replace("%1", str(saved_to)))
            where.setObjectName("crash_saved_to")
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(where)
        self.details = QPlainTextEdit(report)
        self.details.setObjectName("crash_details")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout.addWidget(self.details, 1)

        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(translate("crash", "Chép"))
        self.copy_button.setObjectName("crash_copy")
        self.save_button = QPushButton(translate("crash", "Lưu báo cáo…"))
        self.save_button.setObjectName("crash_save")
        self.continue_button = QPushButton(translate("crash", "Tiếp tục làm việc"))
        self.quit_button = QPushButton(translate("crash", "Thoát phần mềm"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.copy_button.clicked.connect(self.copy_report)
        self.save_button.clicked.connect(self.save_report)
        self.continue_button.clicked.connect(self.accept)
        self.quit_button.clicked.connect(lambda: self.done(self.QUIT))
        self.continue_button.setDefault(True)
        layout.addWidget(buttons)
        self.status = QLabel("")
        self.status.setObjectName("crash_status")
        layout.addWidget(self.status)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.status.setText(translate("crash", "Đã chép báo cáo; dán vào thư hoặc tin nhắn."))

    def save_report(self) -> str:
        suggested = str(Path(file_dialogs.default_folder("export"))
                        / f"{REPORT_PREFIX}{dt.datetime.now():%Y-%m-%d_%H%M}.txt")
        path = file_dialogs.ask_save_path(
            self, translate("crash", "Lưu báo cáo lỗi"), suggested,
            translate("crash", "Tệp văn bản (*.txt)"))
        if not path:
            return ""
        try:
            Path(path).write_text(self.report, encoding="utf-8-sig")
        except OSError as exc:
            self.status.setText(translate("crash", "Không lưu được %1: %2")
                                .replace("%1", path).replace("%2", exc.strerror or str(exc)))
            return ""
        self.status.setText(translate("crash", "Đã lưu báo cáo: %1").replace("%1", path))
        return path


def run_dialog(dialog: CrashDialog) -> int:
    """Show the dialog and wait (tests replace this to answer it)."""
    return dialog.exec()


class CrashHandler(QObject):
    """Installs the hooks for one application run; ``uninstall()`` puts the old ones back.

    ``context()`` returns the database and data folder to put in reports (the composition
    root knows them; they may change when the clerk switches database).
    """

    _from_thread = Signal(str)  # a report made on another thread, shown on the GUI thread

    def __init__(self, data_dir: Path, *, context: Callable[[], str] | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.log_dir = applog.log_dir(self.data_dir)
        self.context = context or (lambda: "")
        self.last_report: Path | None = None
        self.reports: list[str] = []
        self._showing = False
        self._fault_file = None
        self._old_hooks: tuple | None = None
        self._from_thread.connect(self._show_from_thread, Qt.ConnectionType.QueuedConnection)

    # -- installation ----------------------------------------------------------------------
    def install(self) -> None:
        self._old_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle_exception
        threading.excepthook = self._thread_hook
        self.log_dir.mkdir(parents=True, exist_ok=True)
        try:
            self._fault_file = (self.log_dir / FAULT_FILE_NAME).open("a", encoding="utf-8")
            faulthandler.enable(file=self._fault_file, all_threads=True)
        except OSError:
            log.exception("faulthandler could not open its file")

    def uninstall(self) -> None:
        if self._old_hooks is not None:
            sys.excepthook, threading.excepthook = self._old_hooks
            self._old_hooks = None
        if self._fault_file is not None:
            faulthandler.disable()
            name = self._fault_file.name
            self._fault_file.close()
            self._fault_file = None
            try:  # a clean exit leaves no fault file behind
                if Path(name).stat().st_size == 0:
                    Path(name).unlink()
            except OSError:
                pass

    def previous_crash(self) -> str:
        """What faulthandler wrote when the last run died hard ("" when it ended cleanly).

        Call before ``install()``; the text is kept as a report and the file emptied.
        """
        path = self.log_dir / FAULT_FILE_NAME
        try:
            text = path.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            return ""
        path.unlink(missing_ok=True)
        if not text:
            return ""
        report = "\n".join(environment_lines(self.context(), str(self.data_dir))
                           + ["", translate("crash", "Lần chạy trước dừng đột ngột:"), text])
        log.critical("the previous run crashed:\n%s", text)
        self.last_report = write_report(self.log_dir, report)
        return report

    # -- the hooks -------------------------------------------------------------------------
    def report_for(self, exc_type, exc, tb, thread_name: str = "") -> str:
        return format_report(exc_type, exc, tb, database=self.context(),
                             data_dir=str(self.data_dir),
                             log_tail=applog.tail(applog.log_file(self.data_dir)),
                             thread_name=thread_name)

    def handle_exception(self, exc_type, exc, tb) -> None:
        """``sys.excepthook``: log, save, show (on the GUI thread)."""
        if issubclass(exc_type, KeyboardInterrupt):
            log.info("interrupted")
            app = QApplication.instance()
            if app is not None:
                app.exit(130)
            return
        log.critical("unhandled exception", exc_info=(exc_type, exc, tb))
        report = self.report_for(exc_type, exc, tb)
        self._keep(report)
        if self._on_gui_thread():
            self.show(report)
        else:
            self._from_thread.emit(report)

    def _thread_hook(self, args) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else ""
        log.critical("unhandled exception in thread %s", name,
                     exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        report = self.report_for(args.exc_type, args.exc_value, args.exc_traceback, name)
        self._keep(report)
        self._from_thread.emit(report)

    def _keep(self, report: str) -> None:
        self.reports.append(report)
        self.last_report = write_report(self.log_dir, report)

    @staticmethod
    def _on_gui_thread() -> bool:
        app = QCoreApplication.instance()
        return app is not None and QThread.currentThread() is app.thread()

    @Slot(str)
    def _show_from_thread(self, report: str) -> None:
        self.show(report)

    def show(self, report: str, *, hard_crash: bool = False) -> int:
        """The dialog; one at a time (an error while it is open is logged and saved only)."""
        if self._showing or QApplication.instance() is None:
            return 0
        self._showing = True
        try:
            parent = QApplication.activeWindow()
            dialog = CrashDialog(report, self.last_report, parent, hard_crash=hard_crash)
            result = run_dialog(dialog)
            dialog.deleteLater()
        finally:
            self._showing = False
        if result == CrashDialog.QUIT:
            log.info("the clerk closed the app from the crash dialog")
            QApplication.instance().exit(1)
        return result


def crash_test(kind: str) -> None:
    """Fail on purpose (``CNSCD_CRASH_TEST``), to see the handler at work on a real window."""
    log.warning("crash test requested: %s", kind)
    if kind == "thread":
        threading.Thread(target=_fail, name="thu-loi", daemon=True).start()
    elif kind == "fault":
        faulthandler._sigsegv()  # a real hard crash, on request only
    else:
        _fail()


def _fail() -> None:
    raise RuntimeError("thử bộ bắt lỗi (CNSCD_CRASH_TEST)")
