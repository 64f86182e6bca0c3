"""One task runner for all long work.

Work is a plain function taking ``progress(done, total, text)`` and ``cancelled()`` keyword
arguments (Orange3's habit): it knows nothing of Qt, so it is tested without threads and the
CLI calls the same function with a printing ``progress``. The runner runs it on a thread pool,
shows a progress dialog with a Cancel button when the work lasts longer than a short delay,
and delivers the result or the error on the GUI thread. Workers never touch widgets.

Database writes are serialised: every task started with ``writes=True`` goes to a pool of one
thread, in the order they were started, so two writers never fight over SQLite's lock.
Reads run on a separate pool and never wait for a writer to finish its queue.
"""
from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui import msgbox

log = logging.getLogger(__name__)

DIALOG_DELAY_MS = 400  # work shorter than this never flashes a dialog
PROGRESS_INTERVAL_S = 0.05  # at most ~20 progress updates a second reach the GUI


class Task(QObject):
    """A handle on one piece of running work; its signals arrive on the GUI thread.

    Exactly one of ``succeeded``, ``failed`` or ``was_cancelled`` is emitted, then
    ``finished``. The values travel as attributes (``result``, ``error``), and the runner's
    callbacks receive them as plain Python calls: PySide6 mis-counts references of Python
    objects passed through ``Signal(object)`` (None, True...), which crashes the
    interpreter at exit, so no Python object ever rides on a signal here.
    """

    progressed = Signal(int, int, str)
    succeeded = Signal()
    failed = Signal()  # ``error`` holds the exception, ``error_text`` its traceback
    was_cancelled = Signal()
    finished = Signal()

    # Emitted from the worker thread, delivered (queued) to this object's thread. The
    # outcome itself travels as a Python attribute, not as a signal argument: PySide6
    # mis-counts references of Python objects (None, True...) queued across threads,
    # which crashes the interpreter at exit.
    _progress_from_worker = Signal(int, int, str)
    _done_from_worker = Signal()

    def __init__(self, title: str, parent: QObject | None = None):
        super().__init__(parent)
        self.title = title
        self.result: Any = None
        self.error: BaseException | None = None
        self.error_text = ""
        self.state = "queued"  # queued, running, succeeded, failed, cancelled
        self._cancel = threading.Event()
        # Set by the worker: ("ok", result) or ("error", exc, traceback text).
        self._outcome: tuple | None = None
        self.on_success: Callable[[Any], None] | None = None
        self.on_error: Callable[[BaseException], None] | None = None
        self.on_cancel: Callable[[], None] | None = None
        self._progress_from_worker.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._done_from_worker.connect(self._on_outcome, Qt.ConnectionType.QueuedConnection)

    # -- for the GUI ---------------------------------------------------------------------
    def cancel(self) -> None:
        self._cancel.set()

    @property
    def done(self) -> bool:
        return self.state in ("succeeded", "failed", "cancelled")

    # -- delivered on the GUI thread -----------------------------------------------------
    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if not self.done:
            self.progressed.emit(done, total, text)

    @Slot()
    def _on_outcome(self) -> None:
        outcome, self._outcome = self._outcome, None
        if outcome is None:
            return
        if outcome[0] == "ok":
            self._on_done(outcome[1])
        else:
            self._on_error(outcome[1], outcome[2])

    def _on_done(self, result: Any) -> None:
        self.result = result
        self.state = "succeeded"
        try:
            if self.on_success is not None:
                self.on_success(result)
        finally:
            self.succeeded.emit()
            self.finished.emit()

    def _on_error(self, exc: BaseException, text: str) -> None:
        self.error = exc
        self.error_text = text
        try:
            if self._cancel.is_set():
                self.state = "cancelled"
                if self.on_cancel is not None:
                    self.on_cancel()
            else:
                self.state = "failed"
                if self.on_error is not None:
                    with msgbox.handling(exc):  # a box shown by on_error carries the details
                        self.on_error(exc)
        finally:
            if self.state == "cancelled":
                self.was_cancelled.emit()
            else:
                self.failed.emit()
            self.finished.emit()


class TaskCancelled(Exception):
    """Raised inside the worker when the task was cancelled before it started."""


class _Runnable(QRunnable):
    def __init__(self, task: Task, fn: Callable, args: tuple, kwargs: dict,
                 thread_cleanup: Callable[[], None] | None):
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._cleanup = thread_cleanup
        self._last_emit = 0.0

    def _progress(self, done: int, total: int, text: str = "") -> None:
        now = time.monotonic()
        if now - self._last_emit >= PROGRESS_INTERVAL_S or (total and done >= total):
            self._last_emit = now
            self._task._progress_from_worker.emit(int(done), int(total), str(text or ""))

    def run(self) -> None:  # runs on a pool thread
        task = self._task
        try:
            if task._cancel.is_set():
                raise TaskCancelled()
            task.state = "running"
            result = self._fn(
                *self._args, progress=self._progress, cancelled=task._cancel.is_set,
                **self._kwargs,
            )
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI as a failure
            task._outcome = ("error", exc, traceback.format_exc())
        else:
            task._outcome = ("ok", result)
        finally:
            if self._cleanup is not None:
                try:
                    self._cleanup()
                except Exception:  # noqa: BLE001
                    log.exception("thread clean-up failed")
        task._done_from_worker.emit()


class TaskRunner(QObject):
    """Runs work off the GUI thread; one instance per application, passed to whoever needs it.

    ``thread_cleanup`` runs on the worker thread after each task (the composition root passes
    a function that closes that thread's database connection).
    """

    task_started = Signal()
    task_finished = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        dialog_delay_ms: int = DIALOG_DELAY_MS,
        thread_cleanup: Callable[[], None] | None = None,
        max_readers: int = 2,
    ):
        super().__init__(parent)
        self.dialog_delay_ms = dialog_delay_ms
        self._cleanup = thread_cleanup
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(max(1, max_readers))
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)  # database writes, one at a time, in order
        self._running: set[Task] = set()
        self._held_reads: list[QRunnable] | None = None

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        title: str = "",
        writes: bool = False,
        parent: QWidget | None = None,
        show_progress: bool = True,
        cancellable: bool = True,
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        **kwargs: Any,
    ) -> Task:
        """Start ``fn(*args, progress=..., cancelled=..., **kwargs)`` and return its Task."""
        task = Task(title, self)
        # Work the clerk started and sees (a progress dialog) or that writes: quitting while
        # it runs is asked first. Page loads in the background are simply dropped.
        task.matters = writes or show_progress
        task.on_success = on_success
        task.on_error = on_error if on_error is not None else (
            lambda exc, t=task: self._default_error(t, parent))
        task.on_cancel = on_cancel
        if show_progress:
            _ProgressPresenter(task, parent, self.dialog_delay_ms, cancellable)
        self._running.add(task)
        task.finished.connect(lambda t=task: self._finished(t))
        self.task_started.emit()
        runnable = _Runnable(task, fn, args, kwargs, self._cleanup)
        if writes:
            self._writer.start(runnable)
        elif self._held_reads is not None:
            self._held_reads.append(runnable)
        else:
            self._readers.start(runnable)
        return task

    def hold_reads(self) -> None:
        """Queue reads instead of starting them, until :meth:`release_reads` (the start-up:
        the window's first frame does not share the interpreter with the first page's
        reads). Writes are never held."""
        if self._held_reads is None:
            self._held_reads = []

    def release_reads(self) -> None:
        """Start the reads queued since :meth:`hold_reads`, in order."""
        held, self._held_reads = self._held_reads, None
        for runnable in held or []:
            self._readers.start(runnable)

    def _finished(self, task: Task) -> None:
        self._running.discard(task)
        self.task_finished.emit()
        task.deleteLater()

    def _default_error(self, task: Task, parent: QWidget | None) -> None:
        log.error("task %r failed:\n%s", task.title, task.error_text)
        msgbox.exception(parent, task.title or "", task.error)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def running_titles(self) -> list[str]:
        """What is still running or queued that the clerk would not want dropped silently
        (for "a task is still running — quit anyway?"): writes and work with a progress
        dialog, not background page loads."""
        return [t.title for t in self._running if not t.done and getattr(t, "matters", True)]

    def cancel_all(self) -> None:
        for task in list(self._running):
            task.cancel()

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Block until every queued task has run (at shutdown, and in tests); held reads
        are started first."""
        self.release_reads()
        a = self._writer.waitForDone(timeout_ms)
        b = self._readers.waitForDone(timeout_ms)
        return a and b


class _ProgressPresenter(QObject):
    """Shows a progress dialog for a task if it is still running after a short delay."""

    def __init__(self, task: Task, parent: QWidget | None, delay_ms: int, cancellable: bool):
        super().__init__(task)
        self._task = task
        self._parent = parent
        self._cancellable = cancellable
        self._dialog: QProgressDialog | None = None
        self._last = (0, 0, "")
        task.progressed.connect(self._on_progress)
        task.finished.connect(self._close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)
        self._timer.start(max(0, delay_ms))

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        self._last = (done, total, text)
        if self._dialog is not None:
            self._apply()

    def _apply(self) -> None:
        done, total, text = self._last
        dialog = self._dialog
        if total > 0:
            dialog.setRange(0, total)
            dialog.setValue(min(done, total))
        else:
            dialog.setRange(0, 0)  # busy indicator
        if text:
            dialog.setLabelText(text)

    @Slot()
    def _show(self) -> None:
        if self._task.done:
            return
        dialog = QProgressDialog(self._parent)
        dialog.setObjectName("task_progress")
        dialog.setWindowTitle(self._task.title)
        dialog.setLabelText(self._task.title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(420)
        if self._cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("TaskRunner", "Hủy"))
            dialog.canceled.connect(self._cancel)
        else:
            dialog.setCancelButton(None)
        self._dialog = dialog
        self._apply()
        dialog.show()

    @Slot()
    def _cancel(self) -> None:
        self._task.cancel()
        if self._dialog is not None:
            self._dialog.setLabelText(
                QCoreApplication.translate("TaskRunner", "Đang dừng, xin chờ…")
            )
            self._dialog.show()  # QProgressDialog hides itself on cancel; keep it until done

    @Slot()
    def _close(self) -> None:
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None

    @property
    def dialog(self) -> QProgressDialog | None:
        return self._dialog
