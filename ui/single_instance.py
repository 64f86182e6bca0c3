"""One window per data folder: a second start brings the running window forward.

Anki's ``secondInstance`` is the model. The first run holds a ``QLockFile`` in the data folder
(``so-to-cnscd.lock``: two copies writing the same SQLite file and settings would fight) and
listens on a ``QLocalServer`` whose name is derived from that folder. A second run finds the
lock taken, connects, says "raise" and exits; the first run brings its window to the front.
A lock left by a run that died is stale (its process is gone) and is taken over.
"""
from __future__ import annotations

import ctypes
import getpass
import hashlib
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

LOCK_FILE_NAME = "so-to-cnscd.lock"
MESSAGE = b"raise\n"
TIMEOUT_MS = 1500


def server_name(data_dir: Path) -> str:
    """A name per data folder and user (local sockets are machine-wide on Windows)."""
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in a strange environment
        user = ""
    key = f"{Path(data_dir).resolve()}|{user}".encode()
    return "so-to-cnscd-" + hashlib.sha256(key).hexdigest()[:16]


class SingleInstance(QObject):
    """``acquire()`` once at start-up; ``activation_requested`` fires when another start asks."""

    activation_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.name = server_name(self.data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(self.data_dir / LOCK_FILE_NAME))
        self._lock.setStaleLockTime(0)  # only a dead owner makes it stale, never age
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this run is the only one (and now listens); False when another runs
        (it has been asked to come forward)."""
        if self._lock.tryLock(100):
            self._listen()
            return True
        log.info("another run holds %s; asking it to come forward", self._lock.fileName())
        notify_running(self.name)
        return False

    def _listen(self) -> None:
        QLocalServer.removeServer(self.name)  # a socket file left by a crash on Unix
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("single-instance server could not listen: %s", server.errorString())
            return
        server.newConnection.connect(self._on_connection)
        self._server = server

    def _on_connection(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll().data())
        if MESSAGE.strip() in data:
            log.info("a second start asked this window to come forward")
            self.activation_requested.emit()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    @property
    def locked(self) -> bool:
        return self._lock.isLocked()


def notify_running(name: str) -> bool:
    """Ask the running copy to come forward; False when nobody answered."""
    if sys.platform == "win32":  # let the running copy take the foreground from us
        try:
            ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY
        except Exception:  # noqa: BLE001 - only the focus is at stake
            log.debug("AllowSetForegroundWindow failed", exc_info=True)
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        log.warning("the running copy did not answer: %s", socket.errorString())
        return False
    socket.write(MESSAGE)
    socket.flush()
    ok = socket.waitForBytesWritten(TIMEOUT_MS)
    socket.disconnectFromServer()
    return ok


def bring_forward(window: QWidget | None) -> None:
    """Show, un-minimise and activate the window (or the dialog in front of it)."""
    target = QApplication.activeModalWidget() or window
    if target is None:
        return
    if target.isMinimized():
        target.setWindowState(target.windowState() & ~Qt.WindowState.WindowMinimized)
    target.show()
    target.raise_()
    target.activateWindow()
