"""What a clerk meets in the window on the national demo, beside its floor from the same run.

    python main.py --db /tmp/national.db init
    python main.py --db /tmp/national.db demo --scale national
    python bench/gui_national.py --db /tmp/national.db [--runs 3]

Each run starts two child processes, one after the other, timed from before Python starts:
the **floor** (a bare PySide6 window with a 500-row table, painted) and **the app** (the
start-up as ``main.py`` does it, to the main window painted with its tree filled and its
first page loaded). Runs are interleaved (floor, app, floor, app...) so that a busy machine
slows both alike; medians of the runs are printed beside their ratio.

The app's child then walks a scripted session under the freeze detector
(``ui.stall.StallRecorder``: every GUI-thread stall over 50 ms, with where it happened):
every page at every unit level (the whole country, a province, a commune, a village), the
team page, the largest training course with unit switches and scrolling, and search typed
key by key at country scope ("n", "van", "thi", ...). It prints the worst stall per action
(goal: none over 100 ms), how long each action took until its data was on screen, and the
search's per-key answer time, from the key press to the results painted (goal: p95 ≤
50 ms). The app's child builds its task runner as the app does (``ui.launch.make_runner``).

Our modules are compiled first (``bench/compiled.py``: the installed app ships them compiled)
and an untimed first pair of runs warms the system's file cache for both. Runs offscreen. Figures are for reading, never
asserted in tests.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.compiled import ensure_bytecode

STALL_GOAL_MS = 100.0
START_GOAL_RATIO = 2.5
SEARCH_GOAL_P95_MS = 50.0
SEARCHES = ("n", "van", "thi", "nguyen thi", "tran van an", "0912", "na sla")


# --- the floor ----------------------------------------------------------------------------

def floor_child(t0: float, out: str) -> None:
    """A bare PySide6 window with a table, painted: what any Qt app costs to start."""
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    table = QTableWidget(500, 6)
    for r in range(500):
        for c in range(6):
            table.setItem(r, c, QTableWidgetItem(f"{r}:{c}"))
    window.setCentralWidget(table)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    window.grab()
    Path(out).write_text(json.dumps({"start_s": time.time() - t0}))
    window.close()


# --- the app ------------------------------------------------------------------------------

def _spin(app, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


def _wait(app, done, timeout_s: float = 60.0) -> float:
    """Turn the event loop until ``done()``; returns the milliseconds it took."""
    started = time.perf_counter()
    deadline = started + timeout_s
    while not done() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()
    return (time.perf_counter() - started) * 1000


def _tree_busy(window) -> bool:
    return bool(getattr(window, "tree_busy", lambda: False)())


def _page_busy(page) -> bool:
    return bool(getattr(page, "loading", False) or getattr(page, "_in_flight", None)
                or getattr(page, "busy", lambda: False)())


class _FirstUsablePaint:
    """The moment the main window is first painted with its unit tree filled and a unit
    chosen (the tree and the first page are painted in the same pass): what the clerk
    sees as a usable window. Watches the main window's own paint events only (an
    application-wide filter would put every event of the start through Python)."""

    def __init__(self, window):
        from PySide6.QtCore import QEvent, QObject

        self.at: float | None = None
        clock = self

        class Filter(QObject):
            def eventFilter(self, obj, event):
                if (clock.at is None and event.type() == QEvent.Type.Paint
                        and window.tree_model.rowCount() and window.workspace.unit is not None):
                    clock.at = time.time()
                return False

        self._filter = Filter()
        window.installEventFilter(self._filter)


def app_child(db: str, t0: float, out: str, session: bool) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from ui.app import Translations, create_application
    from ui.launch import Startup, make_runner
    from ui.settings import Settings

    settings_dir = tempfile.mkdtemp(prefix="bench-qsettings-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    app = create_application([sys.argv[0]])
    settings = Settings()
    Translations(app).install("vi")
    runner = make_runner(app)  # the one the app builds (workers hand connections back)
    startup = Startup(app, db, settings, runner, show_wizard=False)
    startup.start()
    while startup.window is None:
        app.processEvents()
        time.sleep(0.001)
    window = startup.window  # built and shown in one turn of the loop; painted in a later one
    usable = _FirstUsablePaint(window)
    _wait(app, lambda: usable.at is not None, 30)
    if usable.at is None:  # never painted by itself: paint it
        window.grab()
        usable.at = time.time()
    results: dict = {"usable_s": usable.at - t0}
    page = window.current_page()
    _wait(app, lambda: not _page_busy(page) and not _tree_busy(window))
    window.grab()
    results["data_s"] = time.time() - t0
    if session:
        results.update(run_session(app, window))
    Path(out).write_text(json.dumps(results))
    window.close()
    runner.wait(5000)


def _levels(window) -> dict[str, int]:
    """A unit of each level: the whole country, its largest province, that province's
    largest commune, that commune's first village."""
    from desktop import units

    model = window.tree_model
    root = model.node_info(model.index(0, 0))
    out = {"country": root.id} if root.level == "country" else {}
    provinces = units.unit_tree_children(None, window.workspace.catalogue)
    province = max(provinces, key=lambda n: n.village_count)
    out["province"] = province.id
    communes = units.unit_tree_children(province.id)
    commune = max(communes, key=lambda n: n.village_count)
    out["commune"] = commune.id
    villages = units.unit_tree_children(commune.id)
    if villages:
        out["village"] = villages[0].id
    out["_commune2"] = sorted(communes, key=lambda n: n.village_count)[-2].id
    return out


def run_session(app, window) -> dict:
    from ui.stall import StallRecorder

    levels = _levels(window)  # the script's own look-ups: before the detector starts
    recorder = StallRecorder(threshold_ms=50.0, interval_ms=5)
    recorder.start()
    took: dict[str, float] = {}

    def act(name: str, fn, page=None) -> None:
        with recorder.action(name):
            started = time.perf_counter()
            fn()
            target = page or window.current_page()
            _wait(app, lambda: not _page_busy(target) and not _tree_busy(window))
            target.repaint()
            took[name] = (time.perf_counter() - started) * 1000
        _spin(app, 0.05)

    for page_key in ("overview", "villages", "teams", "training"):
        act(f"trang {page_key}", lambda k=page_key: window.show_page(k))
        for level in ("country", "province", "commune", "village"):
            if level in levels:
                act(f"{page_key} · {level}",
                    lambda u=levels[level]: window.select_unit(u))
    # The team page: the commune's largest team.
    from desktop import teams

    rows = teams.list_teams_page(levels["commune"], limit=50)
    if rows:
        best = max(rows, key=lambda r: r.member_count)
        act("trang team", lambda: window.open_team(best.id))
    # The largest course, then unit switches and scrolling with it selected.
    training = window.pages["training"]
    act("training · country", lambda: (window.show_page("training"),
                                       window.select_unit(levels.get("country",
                                                                     levels["province"]))))
    act("training · mở lớp lớn nhất", training.select_first, training)
    for name, unit in (("xã 1", levels["commune"]), ("xã 2", levels["_commune2"]),
                       ("tỉnh", levels["province"])):
        act(f"training · lớp lớn, đổi sang {name}", lambda u=unit: window.select_unit(u),
            training)
    view = training.record_view
    for number in range(4):
        act(f"training · cuộn trang {number + 1}",
            lambda: view.verticalScrollBar().setValue(view.verticalScrollBar().maximum()),
            training)
    # Search at country scope, key by key.
    window.select_unit(levels.get("country", levels["province"]))
    search = window.show_page("search")
    _wait(app, lambda: not _page_busy(search))
    search.only_unit.setChecked(False)
    per_key: dict[str, list[float]] = {}
    for query in SEARCHES:
        with recorder.action(f"tìm \"{query}\""):
            per_key[query] = type_query(app, search, query)
    recorder.stop()
    # The floor of each query: the same search called directly, in this process, now.
    from desktop import people

    service: dict[str, float] = {}
    for query in SEARCHES:
        times = []
        for _ in range(3):
            started = time.perf_counter()
            people.search(query, scope_unit_id=None, limit=50, offset=0)
            times.append((time.perf_counter() - started) * 1000)
        service[query] = statistics.median(times)
    stalls = {}
    for action, found in recorder.by_action().items():
        worst = max(found, key=lambda s: s.ms)
        stalls[action] = {"worst_ms": worst.ms, "count": len(found),
                          "where": StallRecorder.culprit(worst)}
    return {"took_ms": took, "stalls": stalls, "per_key_ms": per_key, "service_ms": service}


class _PaintClock:
    """Times every paint of a widget (the results table's viewport): a key's answer is on
    screen once the table has painted it, not when the model has it."""

    def __init__(self, widget):
        from PySide6.QtCore import QEvent, QObject

        clock = self

        class Filter(QObject):
            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint:
                    clock.times.append(time.perf_counter())
                return False

        self.times: list[float] = []
        self._filter = Filter()
        widget.installEventFilter(self._filter)

    def first_after(self, moment: float) -> float | None:
        return next((t for t in self.times if t >= moment), None)


def type_query(app, page, query: str) -> list[float]:
    """Type a query as a clerk does (a key every 150 ms); for each key, the time from the
    key press to its results painted on screen."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    page.box.clear()
    _wait(app, lambda: not _page_busy(page))
    paints = getattr(page, "_bench_paints", None)
    if paints is None:
        paints = page._bench_paints = _PaintClock(page.view.viewport())
    shown: list[tuple[str, float]] = []
    page.results_shown.connect(lambda text, n: shown.append((text, time.perf_counter())))
    pressed: list[tuple[str, float]] = []
    for ch in query:
        event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                          Qt.KeyboardModifier.NoModifier, ch)
        pressed.append((page.box.text() + ch, time.perf_counter()))
        QApplication.sendEvent(page.box, event)
        _spin(app, 0.15)
    _wait(app, lambda: any(t == query for t, _ in shown), 5)
    _spin(app, 0.05)
    page.results_shown.disconnect()
    out = []
    for text, at in pressed:
        answers = [t for q, t in shown if q == text and t >= at]
        if answers:
            painted = paints.first_after(answers[0]) or answers[0]
            out.append((painted - at) * 1000)
    return out


# --- the parent ---------------------------------------------------------------------------

def _child_env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def _child(args: list[str]) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as tmp:
        out = tmp.name
    t0 = time.time()
    subprocess.run([sys.executable, __file__, *args, "--t0", str(t0), "--out", out],
                   check=True, cwd=ROOT, env=_child_env(), stderr=subprocess.DEVNULL)
    data = json.loads(Path(out).read_text())
    os.unlink(out)
    return data


def _p95(values: list[float]) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="the national demo database")
    parser.add_argument("--runs", type=int, default=3, help="interleaved runs (median)")
    parser.add_argument("--no-session", action="store_true",
                        help="only the start-up against its floor")
    parser.add_argument("--child", choices=("floor", "app"), help=argparse.SUPPRESS)
    parser.add_argument("--session", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--t0", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        # Leave without Python's finalisation: PySide6 may crash tearing widgets down,
        # after the figures are written.
        if args.child == "floor":
            floor_child(args.t0, args.out)
        else:
            app_child(args.db, args.t0, args.out, args.session)
        sys.stdout.flush()
        os._exit(0)
    if not args.db:
        parser.error("--db is required")

    ensure_bytecode()  # timed as installed: our modules compiled, not at each child's start
    # Untimed: files in the system's cache, for the floor and the app alike.
    _child(["--child", "floor"])
    _child(["--child", "app", "--db", args.db])
    floors, apps = [], []
    for run in range(args.runs):
        floors.append(_child(["--child", "floor"]))
        app_args = ["--child", "app", "--db", args.db]
        if not args.no_session:
            app_args.append("--session")
        apps.append(_child(app_args))
        print(f"  lần {run + 1}: nền {floors[-1]['start_s']:.3f} s, "
              f"ứng dụng {apps[-1]['usable_s']:.3f} s", flush=True)

    floor = statistics.median(f["start_s"] for f in floors)
    usable = statistics.median(a["usable_s"] for a in apps)
    data = statistics.median(a["data_s"] for a in apps)
    print(f"\nCơ sở dữ liệu: {args.db}; trung vị của {args.runs} lần xen kẽ (nền và ứng "
          "dụng trong cùng một lần chạy)")
    print(f"Nền: cửa sổ PySide6 trơn có bảng      {floor:6.3f} s")
    print(f"Cửa sổ dùng được (cây, trang đầu vẽ)  {usable:6.3f} s  = {usable / floor:4.1f}× nền"
          f"   (mục tiêu ≤ {START_GOAL_RATIO}×)")
    print(f"Trang đầu có số liệu                  {data:6.3f} s  = {data / floor:4.1f}× nền")
    if args.no_session:
        return 0

    actions: list[str] = []
    for a in apps:
        for name in a["took_ms"]:
            if name not in actions:
                actions.append(name)
    print(f"\n{'thao tác':48s} {'xong sau':>10s} {'khựng tệ nhất':>14s}  (mục tiêu khựng "
          f"≤ {STALL_GOAL_MS:.0f} ms)")
    worst_all = 0.0
    for name in actions:
        took = statistics.median(a["took_ms"].get(name, 0.0) for a in apps)
        worst = statistics.median(a["stalls"].get(name, {}).get("worst_ms", 0.0)
                                  for a in apps)
        worst_all = max(worst_all, max(a["stalls"].get(name, {}).get("worst_ms", 0.0)
                                       for a in apps))
        where = next((a["stalls"][name]["where"] for a in apps
                      if a["stalls"].get(name, {}).get("where")), "")
        flag = "  !" if worst > STALL_GOAL_MS else ""
        print(f"{name:48s} {took:8.0f} ms {worst:11.0f} ms{flag}"
              + (f"   [{where}]" if worst > STALL_GOAL_MS and where else ""))
    search_stalls = [n for n in apps[0]["stalls"] if n.startswith("tìm")]
    for name in search_stalls:
        worst = statistics.median(a["stalls"].get(name, {}).get("worst_ms", 0.0)
                                  for a in apps)
        worst_all = max(worst_all, worst)
        print(f"{name:48s} {'':>11s} {worst:11.0f} ms")
    print(f"Khựng lớn nhất trong mọi lần chạy: {worst_all:.0f} ms")

    print(f"\nTìm kiếm trong cửa sổ, cả nước, từng phím (mục tiêu p95 ≤ "
          f"{SEARCH_GOAL_P95_MS:.0f} ms); nền: cả câu tìm gọi thẳng dịch vụ, cùng lần chạy")
    all_keys: list[float] = []
    for query in SEARCHES:
        values = [v for a in apps for v in a["per_key_ms"].get(query, [])]
        all_keys += values
        floor = statistics.median(a["service_ms"][query] for a in apps)
        if values:
            print(f"  \"{query}\": p50 {statistics.median(values):6.1f} ms, "
                  f"p95 {_p95(values):6.1f} ms, lớn nhất {max(values):6.1f} ms "
                  f"({len(values)} phím); dịch vụ gọi thẳng {floor:6.1f} ms")
    print(f"  mọi phím: p95 {_p95(all_keys):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
