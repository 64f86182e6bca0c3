"""Sample data apart from the office's own: a separate demo database, opened in its own window.

The first-run wizard and "Công cụ → Mở dữ liệu mẫu để dùng thử" never write sample people
into the office's database. They build ``du-lieu-mau.db`` next to it (through the
command-line ``demo`` command in a child process, so the office's database stays the one
this window has open) and start a second copy of the app on it. That copy's title bar says
"DỮ LIỆU MẪU" (the demo database records it in the office settings); closing it leaves the
office's data as it was. Building again is not needed: an existing sample database opens.
"""
from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QProcess, QProcessEnvironment

from desktop import paths
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


def open_sample_window(path: str) -> bool:
    """Start another copy of the app on the sample database (its own window)."""
    command = app_command("--db", path)
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
