"""The application shell: crash handler, log, single instance, About box, window geometry,
settings under the data folder, last-used folders, quitting during a task, the backup on
closing, and task errors that carry their details."""
from __future__ import annotations

import logging
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from ui.msgbox import error as REAL_ERROR  # the unpatched box, before the autouse patch

ROOT = Path(__file__).resolve().parents[2]


# --- crash handler and log --------------------------------------------------------------------


@pytest.fixture
def crash_handler(qapp, tmp_path, monkeypatch):
    from ui import applog, crash

    shown = []

    def answer(dialog):
        shown.append(dialog)
        return 1

    monkeypatch.setattr(crash, "run_dialog", answer)
    root = logging.getLogger()
    before = list(root.handlers)
    applog.setup_logging(tmp_path / "data")
    handler = crash.CrashHandler(tmp_path / "data", context=lambda: str(tmp_path / "d.db"))
    handler.install()
    handler.shown = shown
    yield handler
    handler.uninstall()
    for h in root.handlers[:]:
        if h not in before:
            root.removeHandler(h)
            h.close()


def test_unhandled_error_is_logged_saved_and_shown_with_copy_and_save(
        qtbot, crash_handler, tmp_path, monkeypatch):
    from resources import app_version
    from ui import applog, file_dialogs

    try:
        raise RuntimeError("hỏng ở đây")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # what Python calls for an error nobody caught

    assert len(crash_handler.shown) == 1
    dialog = crash_handler.shown[0]
    details = dialog.details.toPlainText()
    assert f"Sổ Tổ CNSCĐ {app_version()}" in details
    assert "RuntimeError: hỏng ở đây" in details and "Traceback" in details
    assert str(tmp_path / "d.db") in details
    # already kept in the log folder, and the error is in the log file
    saved = crash_handler.last_report
    assert saved.parent == tmp_path / "data" / "logs" and "hỏng ở đây" in saved.read_text(
        encoding="utf-8-sig")
    assert "unhandled exception" in applog.log_file(tmp_path / "data").read_text("utf-8")
    # "Chép" puts the report on the clipboard, "Lưu báo cáo" writes it where the clerk says
    dialog.copy_button.click()
    assert "hỏng ở đây" in QApplication.clipboard().text()
    target = tmp_path / "report.txt"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *a, **k: str(target))
    dialog.save_button.click()
    assert "hỏng ở đây" in target.read_text(encoding="utf-8-sig")
    assert str(target) in dialog.status.text()


def test_error_in_a_qt_slot_reaches_the_handler(qtbot, crash_handler):
    def fail():
        raise ValueError("trong vòng sự kiện")

    QTimer.singleShot(0, fail)
    qtbot.waitUntil(lambda: bool(crash_handler.shown), timeout=5000)
    assert "ValueError: trong vòng sự kiện" in crash_handler.shown[0].report


def test_error_in_a_plain_thread_is_shown_on_the_gui_thread(qtbot, crash_handler):
    def fail():
        raise KeyError("luồng phụ")

    thread = threading.Thread(target=fail, name="phu")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(crash_handler.shown), timeout=5000)
    report = crash_handler.shown[0].report
    assert "KeyError: 'luồng phụ'" in report and "phu" in report


def test_a_hard_crash_last_time_is_found_at_the_next_start(qapp, tmp_path):
    from ui import crash

    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / crash.FAULT_FILE_NAME).write_text(
        "Fatal Python error: Segmentation fault\n\nCurrent thread 0x1 (most recent call first):\n")
    handler = crash.CrashHandler(tmp_path)
    text = handler.previous_crash()
    assert "Segmentation fault" in text
    assert not (logs / crash.FAULT_FILE_NAME).exists()
    assert handler.last_report.exists()
    assert handler.previous_crash() == ""  # told once


def test_faulthandler_file_is_removed_after_a_clean_run(qapp, tmp_path):
    from ui import crash

    handler = crash.CrashHandler(tmp_path)
    handler.install()
    assert (tmp_path / "logs" / crash.FAULT_FILE_NAME).exists()
    handler.uninstall()
    assert not (tmp_path / "logs" / crash.FAULT_FILE_NAME).exists()


def test_qt_messages_go_to_the_log(tmp_path):
    from PySide6.QtCore import QtMsgType

    from ui import applog

    root = logging.getLogger()
    before = list(root.handlers)
    try:
        path = applog.setup_logging(tmp_path)
        applog.qt_message_handler(QtMsgType.QtWarningMsg, None, "QWidget: cảnh báo của Qt")
        for h in root.handlers:
            h.flush()
        assert "WARNING  qt" in path.read_text("utf-8")
        assert "cảnh báo của Qt" in path.read_text("utf-8")
    finally:
        for h in root.handlers[:]:
            if h not in before:
                root.removeHandler(h)
                h.close()


# --- task errors carry their details ------------------------------------------------------------


def test_an_unexpected_task_error_shows_its_traceback_a_known_one_only_its_sentence(
        qtbot, runner, monkeypatch):
    from desktop.errors_domain import NotFound
    from ui import msgbox

    boxes = []

    def capture(box):
        boxes.append((box.text(), box.detailedText()))
        return 0

    monkeypatch.setattr(msgbox, "error", REAL_ERROR)
    monkeypatch.setattr(QMessageBox, "exec", capture)

    def bug(*, progress, cancelled):
        raise ZeroDivisionError("chia cho 0")

    def known(*, progress, cancelled):
        raise NotFound("team", 1)

    with qtbot.waitSignal(runner.task_finished, timeout=5000):
        runner.run(bug, title="Việc lỗi", show_progress=False)
    with qtbot.waitSignal(runner.task_finished, timeout=5000):
        runner.run(known, title="Việc thiếu", show_progress=False)
    assert "ZeroDivisionError" in boxes[0][0]
    assert "Traceback" in boxes[0][1] and "def bug" not in boxes[0][0]
    assert "chia cho 0" in boxes[0][1]
    assert boxes[1][1] == ""  # a known error is one clear sentence, no traceback


def test_a_custom_on_error_box_gets_the_details_too(qtbot, runner, monkeypatch):
    from ui import msgbox
    from ui.errors import describe_exception

    boxes = []
    monkeypatch.setattr(msgbox, "error", REAL_ERROR)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.detailedText()) or 0)

    def bug(*, progress, cancelled):
        raise TypeError("sai kiểu")

    with qtbot.waitSignal(runner.task_finished, timeout=5000):
        runner.run(bug, title="x", show_progress=False,
                   on_error=lambda exc: msgbox.error(None, "Không làm được",
                                                     describe_exception(exc)))
    assert "TypeError: sai kiểu" in boxes[0]


# --- single instance ----------------------------------------------------------------------------


def test_a_second_start_asks_the_first_to_come_forward_and_exits(qtbot, tmp_path):
    from ui.single_instance import SingleInstance

    first = SingleInstance(tmp_path / "data")
    assert first.acquire()
    try:
        probe = (
            "import sys; sys.path.insert(0, sys.argv[1])\n"
            "from PySide6.QtCore import QCoreApplication\n"
            "app = QCoreApplication([])\n"
            "from ui.single_instance import SingleInstance\n"
            "print(SingleInstance(sys.argv[2]).acquire())\n"
        )
        with qtbot.waitSignal(first.activation_requested, timeout=15000):
            second = subprocess.Popen([sys.executable, "-c", probe, str(ROOT),
                                       str(tmp_path / "data")],
                                      stdout=subprocess.PIPE, text=True)
            qtbot.waitUntil(lambda: second.poll() is not None, timeout=15000)
        assert second.stdout.read().strip() == "False"
    finally:
        first.release()
    # released (or left by a run that died): the next start takes it
    again = SingleInstance(tmp_path / "data")
    assert again.acquire()
    again.release()


def test_bring_forward_restores_a_minimised_window(qtbot):
    from ui.single_instance import bring_forward

    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    bring_forward(window)
    assert not window.isMinimized() and window.isVisible()


def test_data_folders_get_their_own_server_names(tmp_path):
    from ui.single_instance import server_name

    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a" / ".." / "a")


# --- About --------------------------------------------------------------------------------------


def test_about_shows_version_schema_database_and_every_licence(qtbot, sqlite_db, tmp_path):
    from db.connection import sqlite_path
    from desktop.setup import about_info
    from resources import app_version
    from ui.dialogs.about import AboutDialog

    info = about_info()
    assert info.version == app_version()
    assert info.schema_current == info.schema_supported
    dialog = AboutDialog(info, data_dir=str(tmp_path), log_file=str(tmp_path / "x.log"))
    qtbot.addWidget(dialog)
    text = dialog.info_text()
    assert app_version() in text and sqlite_path() in text and str(tmp_path) in text
    names = [dialog.component_list.item(i).text()
             for i in range(dialog.component_list.count())]
    for expected in ("Python", "Qt 6", "PySide6", "peewee", "openpyxl", "lxml", "ReportLab",
                     "python-calamine", "Liberation Serif", "vietnamese-provinces-database"):
        assert any(n.startswith(expected) for n in names), (expected, names)
    texts = {}
    for row, name in enumerate(names):
        dialog.component_list.setCurrentRow(row)
        texts[name.split(" ")[0]] = dialog.text.toPlainText()
    assert "SIL Open Font License" in texts["Liberation"]
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in texts["Qt"]
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in texts["Python"].upper()
    assert "Permission is hereby granted" in texts["openpyxl"]
    for name, licence in texts.items():
        assert len(licence) > 200, name  # a real licence text, not just a name
    dialog.copy_info()
    assert app_version() in QApplication.clipboard().text()


# --- window geometry ----------------------------------------------------------------------------


@pytest.mark.parametrize("available", [QRect(0, 0, 1366, 728), QRect(0, 0, 1280, 680),
                                       QRect(1920, 0, 1920, 1040)])
def test_first_window_fits_the_available_screen_area(available):
    from ui.shell import initial_geometry

    rect = initial_geometry(available)
    assert available.contains(rect)
    assert rect.width() <= 1366 and rect.height() <= 768
    assert rect.height() <= available.height() - 60  # room for the title bar


def test_window_opens_inside_the_screen_and_comes_back_where_it_was(
        qtbot, app_db, make_window, settings):
    def settled(window):
        # the first page's figures change its minimum size: compare windows once they are
        # in (the tree's counts ask the page again when they arrive)
        qtbot.waitUntil(lambda: not window.tree_busy())
        qtbot.waitUntil(lambda: not window.current_page().busy())
        qtbot.wait(300)
        qtbot.waitUntil(lambda: not window.current_page().busy())
        return window

    window = settled(make_window())
    available = window.screen().availableGeometry()
    minimum = window.minimumSizeHint()  # the pages' own minimum, on a very small screen
    assert window.width() <= max(available.width() - 40, minimum.width())
    assert window.height() <= max(available.height() - 60, minimum.height())
    assert available.contains(window.geometry().topLeft())
    # the offscreen screen is narrower than the pages' minimum width: keep to that width
    width, height = minimum.width(), minimum.height() + 13
    window.setGeometry(QRect(available.x() + 20, available.y() + 30, width, height))
    window.close()
    window2 = settled(make_window())
    window2.restore_state()
    assert (window2.width(), window2.height()) == (width, height)


def test_a_geometry_from_a_bigger_screen_is_brought_back_inside(qtbot, app_db, make_window):
    from ui.shell import keep_on_screen

    window = make_window()
    available = window.screen().availableGeometry()
    window.setGeometry(QRect(available.right() - 100, 0, available.width() + 500,
                             available.height() + 300))
    keep_on_screen(window)
    frame = window.frameGeometry()
    minimum = window.minimumSizeHint()
    assert frame.left() >= available.left() and frame.top() >= available.top()
    assert window.width() <= max(available.width(), minimum.width())
    assert window.height() <= max(available.height(), minimum.height())


# --- settings under the data folder, last-used folders --------------------------------------------


def test_settings_live_in_the_data_folder_and_carry_over_the_old_ones(tmp_path):
    from ui import settings as keys
    from ui.launch import open_settings
    from ui.settings import APPLICATION, ORGANISATION, Settings

    legacy = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION,
                       APPLICATION)
    legacy.setValue(keys.LANGUAGE.name, "en")
    legacy.sync()
    folder = tmp_path / "usb" / "SoToCNSCD"
    settings = open_settings(folder)
    assert settings.language() == "en"  # carried over on the first start
    settings.set(keys.SECOND_BACKUP_FOLDER, "E:/saoluu")
    settings.sync()
    assert "saoluu" in (folder / "settings.ini").read_text()
    again = Settings.in_folder(folder)
    assert again.get(keys.SECOND_BACKUP_FOLDER) == "E:/saoluu"


def test_data_dir_moves_settings_database_and_log_together(tmp_path):
    folder = tmp_path / "portable"
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(folder), "--screenshot",
         str(tmp_path / "s.png")],
        capture_output=True, text=True, timeout=180, check=False,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stdout + done.stderr
    assert (folder / "settings.ini").exists()
    assert (folder / "so-to-cnscd.db").exists()
    assert (folder / "logs" / "so-to-cnscd.log").exists()


def test_import_and_export_folders_are_remembered(qapp, settings, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from ui import file_dialogs

    (tmp_path / "in").mkdir()
    (tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(tmp_path / "in" / "ds.xlsx"), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "out" / "bc"), ""))
    file_dialogs.remember_folders(settings)
    try:
        assert file_dialogs.default_folder("import") == file_dialogs.documents_folder()
        file_dialogs.ask_open_path(None, "Mở")
        assert file_dialogs.ask_save_path(None, "Lưu", "x.xlsx").endswith("bc.xlsx")
        assert file_dialogs.default_folder("import") == str(tmp_path / "in")
        assert file_dialogs.default_folder("export") == str(tmp_path / "out")
    finally:
        file_dialogs.remember_folders(None)


# --- closing: a task still running, the backup after changes -------------------------------------


def _slow(started, release, *, progress, cancelled):
    started.set()
    while not release.wait(0.02):
        if cancelled():
            raise RuntimeError("cancelled")
    return "done"


def test_closing_during_a_task_asks_first(qtbot, app_db, make_window, monkeypatch):
    from ui import msgbox
    from ui.shell import CloseGuard

    window = make_window()
    runner = window.workspace.runner
    window.close_guard = CloseGuard(runner, window.workspace.settings, marker=None)
    started, release = threading.Event(), threading.Event()
    answers = []
    monkeypatch.setattr(msgbox, "confirm",
                        lambda parent, title, text, **k: answers.append(text) or False)
    runner.run(_slow, started, release, title="Đang nhập danh sách", show_progress=False,
               writes=True, on_cancel=lambda: None)
    started.wait(5)
    window.close()
    assert window.isVisible()  # "no": still open, the import goes on
    assert "Đang nhập danh sách" in answers[0]
    monkeypatch.setattr(msgbox, "confirm", lambda *a, **k: True)
    with qtbot.waitSignal(runner.task_finished, timeout=10000):
        window.close()  # "yes": the task is cancelled, the window closes
    assert not window.isVisible()


def test_background_page_loads_do_not_ask(qtbot, app_db, make_window, monkeypatch):
    from ui.shell import CloseGuard

    window = make_window()
    runner = window.workspace.runner
    window.close_guard = CloseGuard(runner, window.workspace.settings, marker=None)
    started, release = threading.Event(), threading.Event()
    runner.run(_slow, started, release, title="Tải trang", show_progress=False,
               on_cancel=lambda: None)
    started.wait(5)
    window.close()  # no question (the autouse guard fails the test on any box)
    assert not window.isVisible()
    release.set()


def test_closing_after_changes_backs_up_here_and_in_the_second_folder(
        qtbot, app_db, make_window, settings, tmp_path):
    from desktop import users
    from desktop.backup_schedule import ON_CLOSE_PREFIX, change_marker
    from desktop.context import LOCAL_ADMIN
    from ui import settings as keys
    from ui.shell import CloseGuard

    second = tmp_path / "usb"
    second.mkdir()
    settings.set(keys.SECOND_BACKUP_FOLDER, str(second))
    window = make_window()
    guard = CloseGuard(window.workspace.runner, settings, change_marker(), LOCAL_ADMIN)
    window.close_guard = guard
    users.create_user(LOCAL_ADMIN, username="canbo2", password="CanBo-2026", role="viewer")
    window.close()
    assert window.isVisible()  # the backup runs first
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
    result = guard.backup_result
    assert result.path.name.startswith(ON_CLOSE_PREFIX) and result.path.exists()
    assert result.second == second / result.path.name and result.second.exists()


def test_closing_without_changes_makes_no_backup(qtbot, app_db, make_window, settings):
    from desktop.backup_schedule import change_marker
    from ui.shell import CloseGuard

    window = make_window()
    guard = CloseGuard(window.workspace.runner, settings, change_marker())
    window.close_guard = guard
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
    assert guard.backup_done and guard.backup_result is None


def test_choosing_and_dropping_the_second_backup_folder(qapp, settings, tmp_path, monkeypatch):
    from ui import file_dialogs, msgbox
    from ui import settings as keys
    from ui.shell import choose_second_backup_folder

    told = []
    monkeypatch.setattr(file_dialogs, "ask_folder", lambda *a, **k: str(tmp_path))
    monkeypatch.setattr(msgbox, "info", lambda parent, title, text: told.append(text))
    assert choose_second_backup_folder(None, settings) == str(tmp_path)
    assert settings.get(keys.SECOND_BACKUP_FOLDER) == str(tmp_path)
    assert str(tmp_path) in told[0]
    # set already: "choose another?" no, "stop copying?" yes
    answers = iter([False, True])
    monkeypatch.setattr(msgbox, "confirm", lambda *a, **k: next(answers))
    assert choose_second_backup_folder(None, settings) == ""
    assert settings.get(keys.SECOND_BACKUP_FOLDER) == ""
