"""The log file: what happened before a problem, kept in the data folder for the clerk to send.

``logs/so-to-cnscd.log`` in the data folder, rotated (1 MB, five old files), UTF-8. Python's
``logging`` writes there, and so do Qt's own messages (``qWarning`` and friends), routed
through ``qInstallMessageHandler`` to the ``qt`` logger. A windowed build on Windows has no
console, so without this file a warning would be lost.
"""
from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

LOG_DIR_NAME = "logs"
LOG_FILE_NAME = "so-to-cnscd.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-8s %(name)s [%(threadName)s] %(message)s"

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

qt_log = logging.getLogger("qt")


def log_dir(data_dir: Path) -> Path:
    return Path(data_dir) / LOG_DIR_NAME


def log_file(data_dir: Path) -> Path:
    return log_dir(data_dir) / LOG_FILE_NAME


def setup_logging(data_dir: Path, *, level: int = logging.INFO) -> Path:
    """Send the root logger to the rotating file (and warnings to stderr when there is one).

    Returns the log file's path. Calling it again for the same file adds nothing.
    """
    path = log_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and \
                Path(handler.baseFilename) == path.resolve():
            return path
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=False)
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if sys.stderr is not None and not any(
            type(h) is logging.StreamHandler for h in root.handlers):
        console = logging.StreamHandler()
        console.setLevel(logging.WARNING)
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(console)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return path


def qt_message_handler(mode: QtMsgType, context, message: str) -> None:
    """Qt's messages into the log, with the source place Qt gives (debug builds only)."""
    where = ""
    if context is not None and getattr(context, "file", None):
        where = f" ({context.file}:{context.line})"
    qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s%s", message, where)


def route_qt_messages() -> None:
    qInstallMessageHandler(qt_message_handler)


def tail(path: Path, lines: int = 40) -> str:
    """The last lines of a log file (for a crash report); "" when it cannot be read."""
    try:
        with Path(path).open("rb") as fh:
            fh.seek(0, 2)
            size = fh.tell()
            fh.seek(max(0, size - 64_000))
            data = fh.read().decode("utf-8", "replace")
    except OSError:
        return ""
    return "\n".join(data.splitlines()[-lines:])
