"""Starting the GUI: options, the database, the first-run wizard, the main window.

On a fresh machine the database is created in the per-user data folder and the 2025
catalogue loaded (about a second) on a worker thread behind a progress dialog; when no office
is configured yet the first-run wizard asks for one; then the main window opens.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from desktop import paths, teams, units, users
from desktop.context import LOCAL_ADMIN
from desktop.office import get_office
from desktop.setup import APP_VERSION, ensure_ready, release_thread
from desktop.setup import close as close_database
from ui import file_dialogs, msgbox
from ui.app import Translations, create_application
from ui.errors import describe_exception
from ui.main_window import MainWindow
from ui.session import sign_in, start_daily_backup, start_trail_check
from ui.settings import APPLICATION, ORGANISATION, SETTINGS_FILE_NAME, Settings
from ui.shell import CloseGuard
from ui.tasks import TaskRunner
from ui.workspace import Workspace

log = logging.getLogger(__name__)

SCREENSHOT_SIZE = (1366, 768)
# The day's automatic backup and the audit-trail check start this long after sign-in.
BACKGROUND_DELAY_MS = 2500
# Reads wait for the main window's first frame, at most this long.
FIRST_FRAME_WAIT_MS = 1000


def _cli_commands() -> str:
    """The CLI's sub-commands, as its own parser lists them."""
    try:
        from desktop.cli import app as cli

        parser = cli.build_parser()
        for action in parser._actions:  # noqa: SLF001 - argparse keeps sub-parsers here
            if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
                return ", ".join(action.choices)
    except Exception:  # noqa: BLE001 - help text only
        pass
    return "init, demo, …"


def build_parser() -> argparse.ArgumentParser:
    from desktop.cli.argparse_vi import VietnameseParser

    parser = VietnameseParser(
        prog="main.py",
        description="Sổ Tổ CNSCĐ: không có lệnh thì mở giao diện; có lệnh thì chạy dòng lệnh "
        "(xem: main.py LỆNH -h).",
        epilog="Các lệnh: " + _cli_commands(),
    )
    parser.add_argument("--version", action="store_true", help="in phiên bản rồi thoát")
    parser.add_argument("--db", help="tệp SQLite hoặc URL postgresql://")
    parser.add_argument("--data-dir", help="thư mục dữ liệu (thay cho thư mục mặc định)")
    parser.add_argument("--lang", choices=["vi", "en"], help="ngôn ngữ giao diện")
    parser.add_argument("--screenshot", metavar="OUT.png",
                        help="vẽ cửa sổ chính 1366×768 (không cần màn hình), lưu ảnh rồi thoát")
    parser.add_argument("--page", default="overview",
                        choices=["overview", "villages", "teams", "team", "search", "training"],
                        help="trang cần chụp (với --screenshot)")
    parser.add_argument("--unit", help="mã đơn vị cần chọn (với --screenshot)")
    parser.add_argument("--team", type=int, help="số hiệu tổ cần mở (với --screenshot)")
    parser.add_argument("--user", help="tên đăng nhập (với --screenshot trên CSDL nhiều người "
                        "dùng; mật khẩu qua biến CNSCD_PASSWORD)")
    return parser


def make_runner(app: QApplication) -> TaskRunner:
    """The application's task runner: after each task a worker thread releases its database
    connection as ``desktop.setup.release_thread`` says (benchmarks build the same one)."""
    return TaskRunner(app, thread_cleanup=release_thread)


def data_folder(data_dir: str | None) -> Path:
    """The folder holding the database, settings, logs and backups (``--data-dir`` wins)."""

    return Path(data_dir).expanduser().resolve() if data_dir else paths.default_data_dir()


def open_settings(folder: Path):
    """The settings in the data folder; on the first start after an update that moved them
    there, the ones kept in the user's profile are carried over."""

    fresh = not (folder / SETTINGS_FILE_NAME).exists()
    settings = Settings.in_folder(folder)
    if fresh:
        legacy = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                           ORGANISATION, APPLICATION)
        for key in legacy.allKeys():
            settings.qsettings.setValue(key, legacy.value(key))
        settings.sync()
    return settings


def run_gui(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui import applog
    from ui.crash import CRASH_TEST_ENV, CrashHandler
    from ui.single_instance import SingleInstance, bring_forward

    folder = data_folder(args.data_dir)
    app = create_application([sys.argv[0]])
    log_file = applog.setup_logging(folder)
    applog.route_qt_messages()
    log.info("Sổ Tổ CNSCĐ %s starts (data folder %s)", APP_VERSION, folder)
    settings = open_settings(folder)
    file_dialogs.remember_folders(settings)
    translations = Translations(app)
    translations.install(args.lang or settings.language())
    target = paths.resolve_database(args.db, str(folder))

    if args.screenshot:
        return take_screenshot(target, args, settings)

    instance = SingleInstance(folder)
    if not instance.acquire():
        log.info("another copy runs on %s: it was asked to come forward", folder)
        return 0
    crash = CrashHandler(folder, context=lambda: startup.target if startup else target)
    startup = None
    previous_crash = crash.previous_crash()
    crash.install()
    try:
        from ui.dialogs.connection import startup_target  # a saved shared server, if any

        target = startup_target(target, explicit=bool(args.db or os.environ.get("CNSCD_DB")),
                                data_dir=args.data_dir)
        if target is None:
            return 0
        runner = make_runner(app)
        startup = Startup(app, target, settings, runner)
        startup.data_dir = args.data_dir
        startup.data_folder = str(folder)
        startup.log_file = str(log_file)
        startup.crash_test = os.environ.get(CRASH_TEST_ENV, "")
        startup.guard_closing = True
        instance.activation_requested.connect(lambda: bring_forward(startup.window))
        if previous_crash:  # the last run died hard: say so once the window is up
            QTimer.singleShot(0, lambda: crash.show(previous_crash, hard_crash=True))
        QTimer.singleShot(0, startup.start)
        code = app.exec()
        runner.cancel_all()
        runner.wait(10000)
        code = code if startup.exit_code is None else startup.exit_code
        log.info("Sổ Tổ CNSCĐ closes (exit code %s)", code)
        return code
    finally:
        crash.uninstall()
        instance.release()


class Startup(QObject):
    """The steps before the main window, each on the GUI thread between worker tasks."""

    def __init__(self, app: QApplication, target: str, settings, runner, *,
                 show_wizard: bool = True):
        super().__init__(app)
        self.app = app
        self.target = target
        self.settings = settings
        self.runner = runner
        self.show_wizard = show_wizard
        self.window = None
        self.exit_code: int | None = None
        self.started_at = time.perf_counter()
        self.ready_at: float | None = None
        self.actor = None  # who signed in (None: not asked yet)
        self.data_dir: str | None = None  # --data-dir as given
        self.data_folder = ""  # the folder in use (for the About box)
        self.log_file = ""
        self.crash_test = ""  # CNSCD_CRASH_TEST: fail on purpose once the window is up
        # The application (not a test building windows) asks before quitting during a task
        # and backs up on closing after changes.
        self.guard_closing = False
        self.background_started = False  # the automatic backup and the trail check

    def start(self) -> None:
        self.runner.run(
            _prepare, self.target,
            title=QCoreApplication.translate("Startup", "Đang chuẩn bị cơ sở dữ liệu…"),
            writes=True, cancellable=False,
            on_success=lambda loaded: self._database_ready(),
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        from desktop.connection import redacted

        msgbox.error(None, QCoreApplication.translate("Startup", "Không mở được cơ sở dữ liệu"),
                     describe_exception(exc) + "\n\n" + redacted(self.target))
        self.exit_code = 1
        self.app.quit()

    def _database_ready(self) -> None:
        self.actor = sign_in(self.target)
        if self.actor is None:  # the clerk chose Thoát at the sign-in
            self.exit_code = 0
            self.app.quit()
            return
        # After sign-in, off the GUI thread and off the writer queue, and once the window
        # and its first page are up: started at once they would take both readers and half
        # of the interpreter from the window's first paint and its first page's data.
        actor = self.actor
        QTimer.singleShot(BACKGROUND_DELAY_MS, lambda: self._start_background(actor))
        office = get_office()
        if office is None and self.show_wizard and self.actor.role == "admin":
            from ui.wizard import FirstRunWizard

            wizard = FirstRunWizard(self.runner)
            wizard.exec()
            office = get_office()
        self.open_window(office)

    def _start_background(self, actor) -> None:
        if actor is not self.actor or self.exit_code is not None:
            return  # signed out, switched database or quitting meanwhile
        if self.window is not None and not shiboken6.isValid(self.window):
            return  # the window is gone (closed for good)
        if self.window is None:  # the first-run wizard is still open
            QTimer.singleShot(BACKGROUND_DELAY_MS, lambda: self._start_background(actor))
            return
        start_daily_backup(self.runner, actor, report=self._status)
        start_trail_check(self.runner, report=self._status)
        self.background_started = True

    def open_window(self, office) -> None:
        workspace = Workspace(runner=self.runner, actor=self.actor or LOCAL_ADMIN,
                              office=office, settings=self.settings,
                              data_dir=self.data_folder, log_file=self.log_file)
        # The tree's counts and the first page's data are read once the first frame is
        # painted: started before it, they would take the interpreter from the window's
        # construction and first paint half of the time (at most FIRST_FRAME_WAIT_MS).
        self.runner.hold_reads()
        QTimer.singleShot(FIRST_FRAME_WAIT_MS, self.runner.release_reads)
        self.window = MainWindow(workspace)
        self.window.first_frame.connect(self.runner.release_reads)
        if self.guard_closing:
            self.window.close_guard = make_close_guard(self.runner, self.settings,
                                                       workspace.actor)
        self.window.when_actions_built(lambda w=self.window: self._connect_trust(w))
        self.window.restore_state()
        self.window.show()
        self.app.setQuitOnLastWindowClosed(True)
        self.ready_at = time.perf_counter()
        if self.crash_test:
            from ui.crash import crash_test

            QTimer.singleShot(1500, lambda: crash_test(self.crash_test))

    def _connect_trust(self, window) -> None:
        trust = getattr(window, "trust", None)
        if trust is not None:  # a restore or a switch of database rebuilds the window
            trust.reload_requested.connect(self.reopen_window)
            trust.switch_requested.connect(lambda: self.switch_database(trust.target))

    def _status(self, text: str) -> None:
        if self.window is not None and shiboken6.isValid(self.window):
            self.window.statusBar().showMessage(text, 10000)

    def _close_window(self) -> None:
        if self.window is not None:
            # a new window follows: closing this one must not end the application
            self.app.setQuitOnLastWindowClosed(False)
            if self.window.close_guard is not None:
                self.window.close_guard.quiet = True  # rebuilt at once: no question, no backup
            self.window.close()
            self.window.deleteLater()
            self.window = None

    def reopen_window(self) -> None:
        """The data was replaced (a restore): a fresh window over it, same user."""

        self._close_window()
        self.open_window(get_office())

    def switch_database(self, target: str) -> None:
        """Use another database from now on (a server, or "" for the local file)."""

        self._close_window()
        self.runner.wait(30000)
        close_database()
        self.target = target or paths.resolve_database(None, self.data_dir)
        self.actor = None
        self.start()


def make_close_guard(runner, settings, actor):
    """The window's close guard, remembering what the data looked like when it opened."""
    from desktop.backup_schedule import change_marker

    try:
        marker = change_marker()
    except Exception:  # noqa: BLE001 - without a marker the app still backs up on closing
        log.exception("could not read the change marker")
        marker = 0
    return CloseGuard(runner, settings, marker, actor)


def _prepare(target: str, *, progress, cancelled) -> bool:
    progress(0, 0, QCoreApplication.translate("Startup", "Đang nạp danh mục đơn vị hành chính…"))
    return ensure_ready(target)


def screenshot_actor(args):
    """Who the screenshot is rendered for: a database with several users (or a server)
    shows nothing without a sign-in (``--user`` and ``CNSCD_PASSWORD``); None: refused,
    the reason printed."""

    from desktop.errors import describe_error

    if not getattr(args, "user", None):
        if users.login_required():
            print("Cơ sở dữ liệu này có nhiều người dùng: chụp màn hình cần đăng nhập bằng "
                  "--user TÊN (mật khẩu qua biến CNSCD_PASSWORD).", file=sys.stderr)
            return None
        return users.default_actor()
    try:
        return users.authenticate(args.user, os.environ.get("CNSCD_PASSWORD", ""))
    except users.AuthError as exc:
        print(describe_error(exc), file=sys.stderr)
        return None


def take_screenshot(target: str, args, settings) -> int:
    """Render the main window offscreen at 1366×768 on a page, save a PNG, exit."""

    app = QApplication.instance()
    ensure_ready(target)
    actor = screenshot_actor(args)
    if actor is None:
        return 1
    office = get_office()
    runner = TaskRunner(app)
    workspace = Workspace(runner=runner, actor=actor or LOCAL_ADMIN, office=office,
                          settings=settings)
    window = MainWindow(workspace)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    app.processEvents()
    prepare_page(window, args.page, unit_code=args.unit, team_id=args.team)
    for _ in range(5):
        app.processEvents()
        time.sleep(0.02)
    out = Path(args.screenshot)
    out.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(out))
    window.close()
    runner.wait(5000)
    print(str(out) if ok else f"không lưu được ảnh: {out}")
    return 0 if ok else 1


def prepare_page(window, page: str, *, unit_code: str | None = None,
                 team_id: int | None = None) -> None:
    """Choose a unit that shows the page at its best, then switch to the page."""

    app = QApplication.instance()
    app.processEvents()
    unit_id = None
    if unit_code:
        found = units.search_units(unit_code, limit=1)
        hits = [u for u in found]
        unit_id = hits[0].id if hits else None
    sample = _sample(window)
    if team_id is None and page == "team":
        team_id = sample.get("team_id")
    if unit_id is None:
        if page in ("villages", "teams", "team"):
            unit_id = sample.get("commune_id")
        elif page == "overview":
            unit_id = sample.get("root_id")
    if unit_id is not None:
        window.select_unit(unit_id)
    app.processEvents()
    target = window.show_page(page)
    if page == "team" and team_id is not None:
        window.open_team(team_id)
    if page == "search":
        target.set_query("nguyen")  # typed without accents, as clerks do
    wait_loaded(target)
    if page == "training":
        target.select_first()
    app.processEvents()


def wait_loaded(page, timeout_s: float = 30.0) -> None:
    """Let a page that loads on a worker thread finish (screenshots, benchmarks)."""
    app = QApplication.instance()
    deadline = time.perf_counter() + timeout_s
    app.processEvents()
    while (getattr(page, "loading", False) or getattr(page, "_in_flight", None) is not None) \
            and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()


def _sample(window) -> dict:
    """A commune with teams in the window's scope, its first team, a name to search for."""

    out: dict = {}
    model = window.tree_model
    root = model.index(0, 0)
    if not root.isValid():
        return out
    out["root_id"] = model.node_info(root).id
    try:
        rows = teams.list_teams_page(out["root_id"], limit=200)
    except Exception:  # noqa: BLE001 - a screenshot of an empty database still works
        rows = []
    if rows:
        best = max(rows[:200], key=lambda r: r.member_count)
        out["team_id"] = best.id
        path = units.unit_path(best.village_id)
        communes = [u for u in path if u.level == "commune"]
        if communes:
            out["commune_id"] = communes[0].id
        if best.leader_name:
            out["search"] = best.leader_name.split()[0]
    return out
