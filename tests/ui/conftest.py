"""GUI test set-up: QSettings in a temporary folder, the app's translations, fresh databases.

A database with the 2025 catalogue is built once per session and copied for each test (a
file copy of a closed SQLite database), so every test starts from a fresh file in about a
millisecond instead of loading the catalogue again.
"""
from __future__ import annotations

import shutil

import pytest

from ui.compat import immortalise_singletons

# PySide6 6.12 on Python 3.11 under-counts references to None/True/False (ui/compat.py);
# without this a long test session aborts at exit with "Fatal Python error: bool_dealloc".
immortalise_singletons()

# Qt's offscreen platform warns about a feature it lacks whenever a dialog is shown; it says
# nothing about our code (the message is a qWarning from QPlatformWindow).
OFFSCREEN_NOISE = (r"This plugin does not support "
                   r"(propagateSizeHints\(\)|raise\(\)|grabbing the keyboard|grabbing the mouse)")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/ui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _temp_qsettings(tmp_path, monkeypatch):
    """Never read or write the real user's settings."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "qsettings"
    folder.mkdir()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    yield folder


@pytest.fixture
def settings(_temp_qsettings):
    from ui.settings import Settings

    return Settings()


@pytest.fixture
def vietnamese(qapp):
    """The Vietnamese catalogue installed, as the app does at start-up."""
    from ui.app import Translations, configure_application

    configure_application(qapp)
    translations = Translations(qapp)
    translations.install("vi")
    yield translations
    translations.remove()


@pytest.fixture(scope="session")
def catalogue_template(tmp_path_factory):
    """A migrated database with the 2025 catalogue loaded, built once per session."""
    from db.connection import close_database
    from desktop.setup import ensure_ready

    path = tmp_path_factory.mktemp("template") / "template.db"
    ensure_ready(str(path))
    close_database()
    _checkpoint(path)
    return path


def _checkpoint(path) -> None:
    import sqlite3

    con = sqlite3.connect(str(path))
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("PRAGMA journal_mode=DELETE")
    finally:
        con.close()


@pytest.fixture
def app_db(tmp_path, catalogue_template):
    """A fresh copy of the catalogue database, opened as the app opens it."""
    from db.connection import close_database
    from desktop.setup import open_and_migrate

    target = tmp_path / "app.db"
    shutil.copy(catalogue_template, target)
    open_and_migrate(str(target))
    yield str(target)
    close_database()


@pytest.fixture
def runner(qapp):
    from ui.tasks import TaskRunner

    r = TaskRunner(dialog_delay_ms=50)
    yield r
    r.cancel_all()
    r.wait(10000)
    qapp.processEvents()


@pytest.fixture
def office_commune(app_db):
    """An office serving one commune (Hợp Thành), configured as the wizard would."""
    from desktop import units
    from desktop.context import LOCAL_ADMIN
    from desktop.office import configure_office

    commune = units.search_units("hop thanh", level="commune")[0]
    return configure_office(
        LOCAL_ADMIN, unit_id=commune.id, catalogue="2025",
        officials=[{"full_name": "Hoàng Văn Dũng", "title": "Chủ tịch", "is_chair": True}],
    )


@pytest.fixture
def make_window(qtbot, settings, vietnamese):
    """Build the main window for the current database, as the app does after start-up."""
    made = []

    def make():
        from desktop.context import LOCAL_ADMIN
        from desktop.office import get_office
        from ui.main_window import MainWindow
        from ui.tasks import TaskRunner
        from ui.workspace import Workspace

        runner = TaskRunner(dialog_delay_ms=50)
        workspace = Workspace(runner=runner, actor=LOCAL_ADMIN, office=get_office(),
                              settings=settings)
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)  # keyboard shortcuts need the active window
        qtbot.waitUntil(window.actions_ready)  # menus and shortcuts follow the first paint
        made.append(runner)
        return window

    yield make
    for runner in made:
        runner.wait(10000)


@pytest.fixture(autouse=True)
def _no_unexpected_message_boxes(monkeypatch):
    """A message box nobody answers would hang the test: fail instead, saying what it said.
    Tests that expect one patch ``ui.msgbox`` themselves."""
    from ui import msgbox

    def unexpected(kind):
        def show(parent, title, text="", *args, **kwargs):
            raise AssertionError(f"unexpected {kind} message box: {title!r}: {text!r}")
        return show

    for kind in ("error", "warning", "info", "confirm"):
        monkeypatch.setattr(msgbox, kind, unexpected(kind))
