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


def test_sample_data_from_the_menu_opens_apart(qtbot, make_window, app_db, monkeypatch):
    """"Mở dữ liệu mẫu" builds a database of its own and opens it in another window; the
    window's own database gains nothing. A sample database says so in its title bar."""
    from pathlib import Path

    from desktop import units
    from ui import msgbox, sample_data

    window = make_window()
    asked, started = [], []
    monkeypatch.setattr(msgbox, "confirm", lambda *a, **k: asked.append(a) or True)
    monkeypatch.setattr(sample_data, "open_sample_window", lambda p: started.append(p) or True)
    window.load_demo()
    qtbot.waitUntil(lambda: bool(started), timeout=120000)
    assert asked and started == [str(Path(app_db).with_name("du-lieu-mau.db"))]
    assert Path(started[0]).exists()
    assert sum(n.team_count for n in units.unit_tree_children(None, "2025")) == 0
    assert "DỮ LIỆU MẪU" not in window.windowTitle()

    class SampleOffice:
        name = "Ủy ban nhân dân tỉnh Lạng Sơn"
        settings = {"demo": {"scale": "district", "seed": 1}}

    window.workspace.office = SampleOffice()
    assert window._title().startswith("DỮ LIỆU MẪU")
