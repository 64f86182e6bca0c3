"""Sample data apart from the office's own: a separate demo database, opened in its own window.

The first-run wizard and "Công cụ → Mở dữ liệu mẫu để dùng thử" never write sample people
into the office's database. They build ``du-lieu-mau.db`` next to it (through the
command-line ``demo`` command in a child process, so the office's database stays the one
this window has open) and start a second copy of the app on it, with a data folder of its
own (``du-lieu-mau/``: one window per data folder, so the office's window would otherwise
swallow the start). That copy's title bar says "DỮ LIỆU MẪU" (the demo database records it
in the office settings) and a bar under the menus offers "Rời dữ liệu mẫu" (close) and "Xóa
dữ liệu mẫu" (close and delete the sample database and its folder). Closing it leaves the
office's data as it was. Building again is not needed: an existing sample database opens.
"""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QProcess, QProcessEnvironment, Qt
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from desktop import paths
from desktop.setup import close, database_file
from ui import msgbox
from ui.errors import describe_exception
from ui.tasks import TaskCancelled
from vn.files import atomic_path

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

SAMPLE_FILE = "du-lieu-mau.db"
_PROJECT_ROOT = Path(__file__).resolve().parents[1]


def is_sample(office: Any) -> bool:
    """Was this database made by the demo generator (its office says so)?"""
    settings = getattr(office, "settings", None) or {}
    return bool(settings.get("demo"))


def sample_path(office_database: str, data_dir: str | None = None) -> Path:
    """Where the sample database lives: beside the office's file (or in the data folder when
    the office works on a server)."""

    if office_database and not paths.is_postgres_url(office_database):
        return Path(office_database).resolve().with_name(SAMPLE_FILE)
    folder = Path(data_dir) if data_dir else paths.default_data_dir()
    return folder / SAMPLE_FILE


def sample_folder(path: str | Path) -> Path:
    """The sample window's own data folder (settings, logs, backups): ``du-lieu-mau/``
    beside ``du-lieu-mau.db``."""
    return Path(path).with_suffix("")


def app_command(*args: str) -> list[str]:
    """This app again, with ``args``: the frozen executable, or Python on ``main.py``."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *args]
    return [sys.executable, "-c", "import sys, main; sys.exit(main.main(sys.argv[1:]))",
            *args]


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    if not getattr(sys, "frozen", False):
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(_PROJECT_ROOT), env.get("PYTHONPATH", "")) if p)
    env.pop("CNSCD_DB", None)  # the child gets --db; never the office's database
    return env


def build_sample(path: str, scale: str = "district", *, progress, cancelled) -> str:
    """Build the sample database at ``path`` (a task for the runner); returns the path. An
    existing sample database is kept as it is."""
    target = Path(path)
    if target.exists():
        return str(target)
    progress(0, 0, translate("SampleData", "Đang tạo dữ liệu mẫu trong tệp riêng…"))
    target.parent.mkdir(parents=True, exist_ok=True)
    # the child builds into a temporary file beside the target, renamed only when complete
    with atomic_path(target, suffix=".db", fsync=False) as partial:
        try:
            process = subprocess.Popen(
                app_command("--db", str(partial), "demo", "--scale", scale),
                env=_child_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                text=True, encoding="utf-8", errors="replace", cwd=str(target.parent))
            while True:
                try:
                    output, _ = process.communicate(timeout=0.2)
                    break
                except subprocess.TimeoutExpired:
                    if cancelled():
                        process.kill()
                        process.wait()
                        raise TaskCancelled() from None
            if process.returncode != 0:
                lines = output.strip().splitlines()
                raise RuntimeError(lines[-1] if lines else
                                   f"demo exited with {process.returncode}")
        finally:
            for suffix in ("-wal", "-shm", "-journal"):
                Path(str(partial) + suffix).unlink(missing_ok=True)
    return str(target)


def _language() -> str:
    return "en" if QLocale().language() == QLocale.Language.English else "vi"


def sample_window_command(path: str) -> list[str]:
    """The app on the sample database, with its own data folder (one window per data
    folder: in the office's, the start would only bring the office's window forward) and
    the language of this one."""
    return app_command("--db", path, "--data-dir", str(sample_folder(path)),
                       "--lang", _language())


def open_sample_window(path: str) -> bool:
    """Start another copy of the app on the sample database (its own window)."""
    command = sample_window_command(path)
    process = QProcess()
    process.setProgram(command[0])
    process.setArguments(command[1:])
    environment = QProcessEnvironment()
    for key, value in _child_env().items():
        environment.insert(key, value)
    process.setProcessEnvironment(environment)
    ok = process.startDetached()
    if isinstance(ok, tuple):  # some bindings return (ok, pid)
        ok = ok[0]
    if not ok:
        log.warning("could not start the sample window: %s", command)
    return bool(ok)


def offer_sample(runner: Any, parent: Any, office_database: str, *, scale: str = "district",
                 data_dir: str | None = None, on_done=None) -> Any:
    """Build (if needed) and open the sample database in its own window; ``on_done(path)``
    when the window was started."""

    path = str(sample_path(office_database, data_dir))

    def opened(result: str) -> None:
        if not open_sample_window(result):
            msgbox.error(parent, translate("SampleData", "Dữ liệu mẫu"), translate(
                "SampleData", "Không mở được cửa sổ dữ liệu mẫu. Tệp dữ liệu mẫu: %1")
                .replace("%1", result))
            return
        if on_done is not None:
            on_done(result)

    def failed(exc: BaseException) -> None:
        msgbox.error(parent, translate("SampleData", "Không tạo được dữ liệu mẫu"),
                     describe_exception(exc))

    return runner.run(
        build_sample, path, scale,
        title=translate("SampleData", "Đang tạo dữ liệu mẫu…"), parent=parent,
        on_success=opened, on_error=failed,
    )


# --- in the sample window: leave, or remove the sample data ------------------------------------


def remove_sample_files(path: str | Path) -> None:
    """Delete the sample database (with its journal files) and its data folder. Only ever
    called on a database whose office says it is sample data."""
    target = Path(path)
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.rmtree(sample_folder(target), ignore_errors=True)


class SampleBar(QToolBar):
    """The bar a sample window shows under its menus: what this is, "Rời dữ liệu mẫu" and
    "Xóa dữ liệu mẫu"."""

    def __init__(self, window: QMainWindow, database: str):
        super().__init__(window)
        self.window_ = window
        self.database = database
        self.setObjectName("sample_bar")
        self.setWindowTitle(translate("SampleData", "Dữ liệu mẫu"))
        self.setMovable(False)
        self.setFloatable(False)
        self.setStyleSheet("QToolBar#sample_bar { background: #fff4d6; }")
        note = QLabel(translate(
            "SampleData", "Đây là DỮ LIỆU MẪU (tên người, số điện thoại, quyết định đều hư "
            "cấu), nằm trong tệp riêng; dữ liệu của cơ quan không bị ảnh hưởng."))
        note.setObjectName("sample_note")
        note.setStyleSheet("color: #8a5a00; font-weight: bold; padding: 2px 6px;")
        self.addWidget(note)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.leave_button = QPushButton(translate("SampleData", "Rời dữ liệu mẫu"))
        self.leave_button.setObjectName("sample_leave")
        self.leave_button.setToolTip(translate(
            "SampleData", "Đóng cửa sổ dữ liệu mẫu; tệp mẫu được giữ để mở lại lần sau."))
        self.leave_button.clicked.connect(window.close)
        self.addWidget(self.leave_button)
        self.remove_button = QPushButton(translate("SampleData", "Xóa dữ liệu mẫu…"))
        self.remove_button.setObjectName("sample_remove")
        self.remove_button.setToolTip(translate(
            "SampleData", "Đóng cửa sổ này và xóa hẳn tệp dữ liệu mẫu."))
        self.remove_button.clicked.connect(self.remove)
        self.addWidget(self.remove_button)

    def remove(self) -> bool:
        """Ask, close the window, then delete the sample files (the app then ends: this was
        its only window)."""
        if not msgbox.confirm(
            self.window_, translate("SampleData", "Xóa dữ liệu mẫu"),
            translate("SampleData", "Đóng cửa sổ này và xóa hẳn dữ liệu mẫu (tệp %1)? Dữ liệu "
                      "của cơ quan không bị ảnh hưởng. Có thể tạo lại dữ liệu mẫu bất cứ lúc "
                      "nào (Công cụ → Mở dữ liệu mẫu).").replace("%1", self.database),
            action=translate("SampleData", "Xóa dữ liệu mẫu")):
            return False
        guard = getattr(self.window_, "close_guard", None)
        if guard is not None and hasattr(guard, "quiet"):
            guard.quiet = True  # no backup on closing of data about to be deleted
        self.window_.close()
        if self.window_.isVisible():
            return False  # the window stayed open
        runner = getattr(getattr(self.window_, "workspace", None), "runner", None)
        if runner is not None:
            runner.wait(30000)  # nothing still reading the file
        close()
        log.info("removing the sample database %s", self.database)
        remove_sample_files(self.database)
        return True


def install_sample_bar(window: QMainWindow, office: Any) -> SampleBar | None:
    """On a sample database (and only there) the window gets the ``SampleBar``."""
    existing = window.findChild(SampleBar)
    if not is_sample(office):
        if existing is not None:
            window.removeToolBar(existing)
            existing.deleteLater()
        return None
    if existing is not None:
        return existing
    database = database_file() or ""
    if not database:
        return None
    bar = SampleBar(window, database)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar
