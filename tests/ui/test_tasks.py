"""The task runner: work off the GUI thread, results and errors back on it, Cancel, writes
in order. Signals are always awaited with ``waitSignal`` *around* the action."""
from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QEvent, QObject, QThread
from PySide6.QtWidgets import QApplication


def _slow_count(n, delay=0.01, *, progress, cancelled):
    for i in range(n):
        if cancelled():
            raise RuntimeError("stopped")
        progress(i, n, f"bước {i}")
        time.sleep(delay)
    progress(n, n, "xong")
    return n * 2


def test_result_arrives_on_gui_thread(qtbot, runner):
    seen = {}

    def work(*, progress, cancelled):
        seen["worker_thread"] = threading.current_thread()
        return 42

    def on_success(value):
        seen["value"] = value
        seen["gui"] = QThread.currentThread() is QApplication.instance().thread()

    with qtbot.waitSignal(runner.task_finished, timeout=5000):
        task = runner.run(work, title="Thử", on_success=on_success)
    assert seen["value"] == 42
    assert seen["gui"] is True
    assert seen["worker_thread"] is not threading.main_thread()
    assert task.state == "succeeded"


def test_error_is_delivered_not_raised(qtbot, runner):
    errors = []

    def work(*, progress, cancelled):
        raise ValueError("hỏng")

    with qtbot.waitSignal(runner.task_finished, timeout=5000):
        task = runner.run(work, title="Thử", on_error=errors.append)
    assert len(errors) == 1 and isinstance(errors[0], ValueError)
    assert "ValueError" in task.error_text
    assert task.state == "failed"


def test_progress_dialog_appears_and_cancel_stops_the_work(qtbot, runner):
    started = threading.Event()

    def work(*, progress, cancelled):
        started.set()
        for i in range(1000):
            if cancelled():
                raise RuntimeError("dừng")
            progress(i, 1000, "đang làm")
            time.sleep(0.01)
        return "hết"

    cancelled_calls = []
    task = runner.run(work, title="Tạo dữ liệu", on_cancel=lambda: cancelled_calls.append(1))
    qtbot.waitUntil(lambda: _dialog(task) is not None and _dialog(task).isVisible(), timeout=3000)
    dialog = _dialog(task)
    assert dialog.windowTitle() == "Tạo dữ liệu"
    qtbot.waitUntil(lambda: dialog.maximum() == 1000, timeout=3000)
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button.text() == "Hủy"
    with qtbot.waitSignal(task.finished, timeout=5000):
        qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    assert task.state == "cancelled"
    assert cancelled_calls == [1]


def _dialog(task):
    from ui.tasks import _ProgressPresenter

    presenters = task.findChildren(_ProgressPresenter)
    return presenters[0].dialog if presenters else None


class _ShownDialogs(QObject):
    """Counts every progress dialog the runner shows while installed (an application-wide
    event filter sees the Show event even if the dialog is closed again at once)."""

    def __init__(self):
        super().__init__()
        self.shown = []

    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and watched.objectName() == "task_progress":
            self.shown.append(watched.objectName())
        return False


@pytest.mark.parametrize("delay_ms, work_s, dialogs", [(2000, 0.0, 0), (0, 0.05, 1)])
def test_quick_work_shows_no_dialog(qtbot, runner, delay_ms, work_s, dialogs):
    """Work that ends before the delay shows no dialog; the same check sees the dialog of
    work that outlasts it (so the test can fail)."""
    spy = _ShownDialogs()
    QApplication.instance().installEventFilter(spy)
    try:
        runner.dialog_delay_ms = delay_ms
        with qtbot.waitSignal(runner.task_finished, timeout=5000):
            runner.run(_slow_count, 3, work_s, title="Nhanh")
        qtbot.wait(50)  # a timer that fired late would show its dialog now
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert len(spy.shown) == dialogs


def test_writes_are_serialised_in_order(qtbot, runner):
    active = []
    overlap = []
    order = []
    lock = threading.Lock()

    def write(i, *, progress, cancelled):
        with lock:
            active.append(i)
            if len(active) > 1:
                overlap.append(tuple(active))
        time.sleep(0.02)
        order.append(i)
        with lock:
            active.remove(i)
        return i

    tasks = []
    for i in range(5):
        tasks.append(runner.run(write, i, title="Ghi", writes=True, show_progress=False))
    qtbot.waitUntil(lambda: all(t.done for t in tasks) if _alive(tasks) else True, timeout=5000)
    runner.wait(5000)
    qtbot.waitUntil(lambda: len(order) == 5, timeout=5000)
    assert overlap == []
    assert order == [0, 1, 2, 3, 4]


def _alive(tasks):
    try:
        return all(t.state is not None for t in tasks)
    except RuntimeError:  # deleted after finishing
        return False


def test_default_error_handler_uses_msgbox(qtbot, runner, monkeypatch):
    from ui import msgbox

    shown = []
    monkeypatch.setattr(msgbox, "error", lambda parent, title, text, details="": shown.append(text))

    def work(*, progress, cancelled):
        raise OSError(2, "No such file", "/tmp/khong-co.xlsx")

    with qtbot.waitSignal(runner.task_finished, timeout=5000):
        runner.run(work, title="Xuất")
    assert shown and "/tmp/khong-co.xlsx" in shown[0]


@pytest.mark.parametrize("delay", [0])
def test_progress_signal_reaches_gui(qtbot, runner, delay):
    values = []
    task = runner.run(_slow_count, 5, 0.06, title="Đếm", show_progress=False)
    task.progressed.connect(lambda d, t, text: values.append((d, t)))
    with qtbot.waitSignal(task.succeeded, timeout=5000):
        pass
    assert task.result == 10
    assert values and values[-1] == (5, 5)


def test_the_apps_runner_keeps_a_workers_sqlite_connection_and_never_a_stale_one(
        qtbot, qapp, tmp_path):
    """The application's runner (``ui.launch.make_runner``): a read reuses the SQLite
    connection an earlier task handed back (warm page cache: a search key reads about
    twice as fast), and after the database is switched a worker reads the new file,
    never the old one."""
    from db.connection import close_database, database
    from desktop import units
    from desktop.setup import ensure_ready
    from ui.launch import make_runner

    first, second = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    ensure_ready(first)
    app_runner = make_runner(qapp)
    seen: list[tuple[int, object, str]] = []

    def work(*, progress, cancelled):
        units.search_units("hop thanh", limit=1)
        seen.append((threading.get_ident(), database.connection(), database.obj.database))

    try:
        for _ in range(6):  # one after the other: idle workers are reused
            with qtbot.waitSignal(app_runner.task_finished, timeout=10000):
                app_runner.run(work, show_progress=False)
        assert len({id(connection) for _i, connection, _p in seen}) == 1

        close_database()
        ensure_ready(second)
        seen.clear()
        for _ in range(4):
            with qtbot.waitSignal(app_runner.task_finished, timeout=10000):
                app_runner.run(work, show_progress=False)
        assert {path for _i, _c, path in seen} == {second}
    finally:
        app_runner.wait(10000)
        close_database()


def test_held_reads_start_when_released_in_order_and_writes_never_wait(qtbot, runner):
    done: list[str] = []

    def note(name):
        return lambda *, progress, cancelled: done.append(name)

    runner.hold_reads()
    runner.run(note("đọc 1"), show_progress=False)
    runner.run(note("ghi"), writes=True, show_progress=False)
    runner.run(note("đọc 2"), show_progress=False)
    qtbot.waitUntil(lambda: done == ["ghi"])
    qtbot.wait(100)
    assert done == ["ghi"]  # the reads are still held
    runner.release_reads()
    qtbot.waitUntil(lambda: len(done) == 3)
    assert sorted(done[1:]) == ["đọc 1", "đọc 2"]
