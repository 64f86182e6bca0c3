"""The first window: a fresh database with the catalogue, the unit tree, lazily expanded."""
from __future__ import annotations

import pytest


@pytest.fixture
def window(qtbot, app_db, settings, vietnamese):
    from desktop.context import LOCAL_ADMIN
    from desktop.office import get_office
    from ui.main_window import MainWindow
    from ui.tasks import TaskRunner
    from ui.workspace import Workspace

    runner = TaskRunner(dialog_delay_ms=50)
    workspace = Workspace(runner=runner, actor=LOCAL_ADMIN, office=get_office(),
                          settings=settings)
    w = MainWindow(workspace)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    runner.wait(5000)


def test_tree_shows_the_provinces_and_expands_lazily(qtbot, window, qtmodeltester):
    model = window.tree_model
    assert model.rowCount() == 34  # no office yet: the whole 2025 catalogue
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "Tỉnh Lạng Sơn" in names and "Thành phố Hà Nội" in names
    lang_son = model.index(names.index("Tỉnh Lạng Sơn"), 0)
    assert model.hasChildren(lang_son)
    assert model.rowCount(lang_son) == 0 and model.canFetchMore(lang_son)
    window.tree.expand(lang_son)
    qtbot.waitUntil(lambda: model.rowCount(lang_son) > 0, timeout=3000)
    communes = [model.index(r, 0, lang_son).data() for r in range(model.rowCount(lang_son))]
    assert len(communes) > 50
    assert all(name.startswith(("Xã ", "Phường ", "Đặc khu ")) for name in communes)
    assert not model.canFetchMore(lang_son)
    qtmodeltester.check(model)


def test_selecting_a_unit_updates_the_heading(qtbot, window):
    model = window.tree_model
    first = model.index(0, 0)
    window.tree.setCurrentIndex(first)
    qtbot.waitUntil(lambda: window.heading.text() == model.index(0, 0).data())
    assert "thôn/tổ dân phố" in window.subheading.text()


def test_window_is_vietnamese(window):
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Tổng quan", "Thôn/Tổ dân phố", "Tổ CNSCĐ", "Chi tiết tổ", "Tìm kiếm",
                      "Tập huấn"]
    assert window.windowTitle().startswith("Sổ Tổ CNSCĐ")


def test_demo_data_from_the_menu_goes_through_the_runner(qtbot, make_window, app_db,
                                                          monkeypatch):
    from ui import msgbox

    window = make_window()
    asked = []
    monkeypatch.setattr(msgbox, "confirm", lambda *a, **k: asked.append(a) or True)
    with qtbot.waitSignal(window.workspace.runner.task_finished, timeout=60000):
        window.load_demo()
    qtbot.waitUntil(lambda: window.tree_model.rowCount() == 1, timeout=5000)
    root = window.tree_model.index(0, 0)
    assert asked
    assert window.tree_model.node_info(root).team_count > 50  # the demo's province
    assert window.workspace.office is not None
    assert "Ủy ban nhân dân" in window.windowTitle()
