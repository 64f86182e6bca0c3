"""First start on a fresh machine: the database is created and the catalogue loaded off the
GUI thread, the first-run wizard asks for the office, then the Vietnamese main window opens.
And main.py's routing: no sub-command is the GUI, a sub-command is the CLI."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_fresh_start_creates_database_runs_wizard_opens_window(qtbot, qapp, tmp_path,
                                                                 settings, vietnamese,
                                                                 monkeypatch):
    from db.connection import close_database
    from desktop import units
    from desktop.context import LOCAL_ADMIN
    from desktop.office import configure_office
    from desktop.paths import resolve_database
    from ui import wizard as wizard_module
    from ui.launch import Startup
    from ui.tasks import TaskRunner

    asked = []

    def fake_exec(self):
        asked.append(self.windowTitle())
        commune = units.search_units("hop thanh", level="commune")[0]
        configure_office(LOCAL_ADMIN, unit_id=commune.id, catalogue="2025",
                         officials=[{"full_name": "Hoàng Văn Dũng", "is_chair": True}])
        return 1

    monkeypatch.setattr(wizard_module.FirstRunWizard, "exec", fake_exec)
    target = resolve_database(None, tmp_path / "data")
    assert not Path(target).exists()
    runner = TaskRunner(dialog_delay_ms=50)
    startup = Startup(qapp, target, settings, runner)
    try:
        startup.start()
        qtbot.waitUntil(lambda: startup.window is not None, timeout=30000)
        window = startup.window
        qtbot.addWidget(window)
        assert Path(target).exists()
        assert asked == ["Thiết lập Sổ Tổ CNSCĐ"]
        assert window.tree_model.index(0, 0).data() == "Xã Hợp Thành"
        assert window.tabs.tabText(0) == "Tổng quan"
        assert startup.exit_code is None
    finally:
        runner.wait(10000)
        close_database()


@pytest.mark.parametrize(
    ("argv", "cli"),
    [
        ([], False),
        (["--db", "x.db"], False),
        (["--lang", "en", "--data-dir", "d"], False),
        (["--db", "x.db", "--screenshot", "a.png", "--page", "team"], False),
        (["init"], True),
        (["--db", "x.db", "demo", "--scale", "district"], True),
        (["--data-dir", "d", "export-roster", "-o", "a.xlsx"], True),
    ],
)
def test_main_routes_sub_commands_to_the_cli(argv, cli):
    sys.path.insert(0, str(ROOT))
    import main

    assert main.wants_cli(argv) is cli


def test_cli_sub_command_runs_and_exits_with_its_code(tmp_path):
    db = tmp_path / "cli.db"
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "init"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "Đã nạp danh mục 2025" in done.stdout
    wrong = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "nope"],
                           capture_output=True, text=True, timeout=60, check=False)
    assert wrong.returncode == 2


def test_screenshot_option_renders_every_page(tmp_path):
    db = tmp_path / "shot.db"
    for page in ("overview", "villages", "teams", "team", "search", "training"):
        out = tmp_path / f"{page}.png"
        done = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--db", str(db), "--screenshot", str(out),
             "--page", page],
            capture_output=True, text=True, timeout=120, check=False,
            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert done.returncode == 0, done.stderr[-2000:]
        assert out.exists() and out.stat().st_size > 10_000
        from PySide6.QtGui import QImage

        image = QImage(str(out))
        assert (image.width(), image.height()) == (1366, 768)


def test_screenshot_of_a_multi_user_database_needs_a_sign_in(tmp_path):
    import os

    from desktop import users
    from desktop.context import LOCAL_ADMIN
    from desktop.setup import close, ensure_ready

    db = tmp_path / "multi.db"
    ensure_ready(str(db))
    users.create_user(LOCAL_ADMIN, username="quantri", password="QuanTri-2026", role="admin")
    users.create_user(LOCAL_ADMIN, username="xem", password="XemThoi-2026", role="viewer")
    close()
    out = tmp_path / "shot.png"
    base = [sys.executable, str(ROOT / "main.py"), "--db", str(db), "--screenshot", str(out)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CNSCD_PASSWORD", None)
    refused = subprocess.run(base, capture_output=True, text=True, timeout=120, check=False,
                             env=env)
    assert refused.returncode == 1 and "--user" in refused.stderr and not out.exists()
    wrong = subprocess.run([*base, "--user", "xem"], capture_output=True, text=True,
                           timeout=120, check=False, env={**env, "CNSCD_PASSWORD": "sai"})
    assert wrong.returncode == 1 and "Sai tên đăng nhập" in wrong.stderr and not out.exists()
    done = subprocess.run([*base, "--user", "xem"], capture_output=True, text=True,
                          timeout=120, check=False, env={**env, "CNSCD_PASSWORD": "XemThoi-2026"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert out.exists()


def test_the_automatic_backup_and_the_trail_check_run_after_sign_in_off_the_writer(
        tmp_path, monkeypatch):
    """Started only once someone signed in, on the readers' pool (never the GUI thread,
    never the writer queue); a broken trail is told in the status bar."""
    from desktop.context import LOCAL_ADMIN
    from desktop.setup import close, ensure_ready
    from ui import session

    monkeypatch.setenv("CNSCD_DATA_DIR", str(tmp_path / "data"))
    ensure_ready(str(tmp_path / "s.db"))
    calls = []

    class Runner:
        def run(self, fn, *args, writes=False, on_success=None, on_error=None, **kw):
            calls.append((fn.__name__, writes))
            result = fn(*args, progress=lambda *a: None, cancelled=lambda: False)
            on_success(result)

    told: list[str] = []
    session.start_daily_backup(Runner(), LOCAL_ADMIN, report=told.append)
    session.start_trail_check(Runner(), report=told.append)
    assert calls == [("_automatic_backup", False), ("_check_trail", False)]
    assert told and "Đã sao lưu tự động" in told[0]
    from db.connection import database

    database.obj.execute_sql("DROP TRIGGER audit_no_update")
    database.obj.execute_sql("UPDATE audit SET username = 'ke-gian'")
    session.start_trail_check(Runner(), report=told.append)
    assert "đã bị can thiệp" in told[-1]
    close()


def test_the_backup_and_the_trail_check_start_after_the_window_is_up(qtbot, qapp, tmp_path,
                                                                     settings, vietnamese,
                                                                     monkeypatch):
    """Neither takes a reader thread (nor the interpreter) from the window's first paint
    and its first page's data: they start a moment after the window is shown."""
    from db.connection import close_database
    from desktop import units
    from desktop.context import LOCAL_ADMIN
    from desktop.office import configure_office
    from desktop.setup import ensure_ready
    from ui import launch
    from ui.tasks import TaskRunner

    target = str(tmp_path / "s.db")
    ensure_ready(target)
    commune = units.search_units("hop thanh", level="commune")[0]
    configure_office(LOCAL_ADMIN, unit_id=commune.id, catalogue="2025",
                     officials=[{"full_name": "Hoàng Văn Dũng", "is_chair": True}])
    monkeypatch.setattr(launch, "BACKGROUND_DELAY_MS", 300)
    runner = TaskRunner(dialog_delay_ms=50)
    started: list[tuple[str, bool]] = []
    run = runner.run

    def recording(fn, *args, **kwargs):
        shown = startup.window is not None and startup.window.isVisible()
        started.append((getattr(fn, "__name__", ""), shown))
        return run(fn, *args, **kwargs)

    monkeypatch.setattr(runner, "run", recording)
    startup = launch.Startup(qapp, target, settings, runner)
    try:
        startup.start()
        qtbot.waitUntil(lambda: startup.window is not None, timeout=30000)
        qtbot.addWidget(startup.window)
        assert not {"_automatic_backup", "_check_trail"} & {name for name, _ in started}
        qtbot.waitUntil(lambda: startup.background_started, timeout=10000)
        background = [(n, shown) for n, shown in started
                      if n in ("_automatic_backup", "_check_trail")]
        assert background == [("_automatic_backup", True), ("_check_trail", True)]
    finally:
        runner.wait(10000)
        close_database()


def test_the_first_pages_reads_start_once_the_window_has_painted_its_first_frame(
        qtbot, qapp, tmp_path, settings, vietnamese, monkeypatch):
    """The tree's counts and the first page's data are read after the window's first frame
    (with the first unit chosen), not while it is being built and painted."""
    import time

    from db.connection import close_database
    from desktop.setup import ensure_ready
    from ui import launch
    from ui.tasks import TaskRunner

    monkeypatch.setattr(launch, "FIRST_FRAME_WAIT_MS", 60000)  # only the frame releases
    target = str(tmp_path / "s.db")
    ensure_ready(target)
    runner = TaskRunner(dialog_delay_ms=50)
    reads: list[float] = []
    released: list[float] = []
    run, release = runner.run, runner.release_reads

    def recording(fn, *args, writes=False, **kwargs):
        if not writes:
            def timed(*a, _fn=fn, **k):
                reads.append(time.perf_counter())
                return _fn(*a, **k)
            return run(timed, *args, writes=writes, **kwargs)
        return run(fn, *args, writes=writes, **kwargs)

    def releasing():
        released.append(time.perf_counter())
        release()

    runner.run = recording
    runner.release_reads = releasing
    startup = launch.Startup(qapp, target, settings, runner, show_wizard=False)
    try:
        startup.start()
        qtbot.waitUntil(lambda: startup.window is not None, timeout=30000)
        window = startup.window
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: bool(reads) and not window.tree_busy(), timeout=10000)
        assert released and min(reads) >= released[0]
        assert window.actions_ready()  # built after the same first frame
    finally:
        runner.wait(10000)
        close_database()
