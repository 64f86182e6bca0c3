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
    # no office yet: the whole country on top, the 2025 catalogue's provinces under it
    assert model.rowCount() == 1
    country = model.index(0, 0)
    assert country.data() == "Toàn quốc" and model.node_info(country).id is None
    qtbot.waitUntil(lambda: window.tree_model.index(0, 0).data() == "Toàn quốc"
                    and not window.tree_busy(), timeout=5000)
    window.tree.expand(country)
    qtbot.waitUntil(lambda: model.rowCount(country) == 34, timeout=3000)
    names = [model.index(r, 0, country).data() for r in range(model.rowCount(country))]
    assert "Tỉnh Lạng Sơn" in names and "Thành phố Hà Nội" in names
    lang_son = model.index(names.index("Tỉnh Lạng Sơn"), 0, country)
    assert model.hasChildren(lang_son)
    assert model.rowCount(lang_son) == 0 and model.canFetchMore(lang_son)
    window.tree.expand(lang_son)
    qtbot.waitUntil(lambda: model.rowCount(lang_son) > 0, timeout=3000)
    communes = [model.index(r, 0, lang_son).data() for r in range(model.rowCount(lang_son))]
    assert len(communes) > 50
    assert all(name.startswith(("Xã ", "Phường ", "Đặc khu ")) for name in communes)
    assert not model.canFetchMore(lang_son)
    qtbot.waitUntil(lambda: not window.tree_busy(), timeout=5000)
    counts = model.node_info(lang_son)
    assert counts.village_count == 0 and counts.team_count == 0  # counted, on a worker


def test_whole_country_tree_model(app_db, vietnamese, qtmodeltester):
    """The window's tree model (names, then counts), checked with synchronous counts: the
    checker walks every level it can fetch."""
    import functools

    from desktop import units
    from ui.models.unit_tree import UnitTreeModel

    model = UnitTreeModel(functools.partial(units.tree_children, catalogue="2025"),
                          roots_loader=lambda: units.tree_roots(None),
                          counts_loader=functools.partial(units.tree_counts, catalogue="2025"))
    assert model.index(0, 0).data() == "Toàn quốc"
    assert model.index(0, 1).data() == "0"  # counted (synchronously here)
    qtmodeltester.check(model)


def test_selecting_a_unit_updates_the_heading(qtbot, window):
    model = window.tree_model
    first = model.index(0, 0)
    window.tree.setCurrentIndex(first)
    qtbot.waitUntil(lambda: window.heading.text() == model.index(0, 0).data())
    # the counts arrive from a worker thread, then the heading shows them
    qtbot.waitUntil(lambda: "thôn/tổ dân phố" in window.subheading.text(), timeout=5000)


def test_window_is_vietnamese(window):
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Tổng quan", "Thôn/Tổ dân phố", "Tổ CNSCĐ", "Chi tiết tổ", "Tìm kiếm",
                      "Tập huấn"]
    # the application's name once, last (Qt adds it on Linux to a title not ending with it)
    assert window.windowTitle().endswith("Sổ Tổ CNSCĐ")
    assert window.windowTitle().count("Sổ Tổ CNSCĐ") == 1


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


def test_tree_filter_without_accents_selects_in_the_tree(qtbot, office_commune, make_window):
    """Typing part of a name without accents lists the matching units of the office's
    scope in place of the tree; Enter selects the first one in the tree."""
    from PySide6.QtCore import Qt

    from desktop import units
    from desktop.context import LOCAL_ADMIN
    from tests.ui.helpers import type_text

    units.create_village(LOCAL_ADMIN, office_commune.unit_id, "Thôn Nà Sla")
    units.create_village(LOCAL_ADMIN, office_commune.unit_id, "Bản Cắm")
    window = make_window()
    qtbot.waitUntil(lambda: window.workspace.unit is not None)
    flt = window.tree_filter
    with qtbot.waitSignal(flt.results_shown, timeout=5000):
        qtbot.keyClicks(flt.box, "na sla")
    assert window.tree_stack.currentWidget() is flt.results
    labels = [flt.results.item(r).text() for r in range(flt.results.count())]
    assert labels == ["Thôn Nà Sla — Xã Hợp Thành, Tỉnh Lào Cai"]  # (the 2025 catalogue)
    qtbot.keyClick(flt.box, Qt.Key.Key_Return)
    assert window.tree_stack.currentWidget() is window.tree
    assert window.workspace.unit.name == "Thôn Nà Sla"
    # accented typing and a unit outside the office's commune: nothing listed
    with qtbot.waitSignal(flt.results_shown, timeout=5000):
        type_text(flt.box, "Hà Nội")
    assert flt.results.item(0).flags() == Qt.ItemFlag.NoItemFlags  # "no such unit"
    qtbot.keyClick(flt.box, Qt.Key.Key_Escape)
    assert window.tree_stack.currentWidget() is window.tree


def test_tree_shows_a_new_village_at_once(qtbot, office_commune, make_window):
    """A village added in a commune whose level was never opened appears in the tree, with
    the commune's count, as soon as the change is announced."""
    from desktop import units
    from desktop.context import LOCAL_ADMIN

    window = make_window()
    model = window.tree_model
    commune = model.index(0, 0)
    qtbot.waitUntil(lambda: not window.tree_busy())
    assert model.index(0, 1).data() == "0" and not model.hasChildren(commune)
    village = units.create_village(LOCAL_ADMIN, office_commune.unit_id, "Thôn Nà Sla")
    window.workspace.data_changed.emit(office_commune.unit_id)
    qtbot.waitUntil(lambda: model.index(0, 1).data() == "1", timeout=5000)
    assert model.hasChildren(commune)
    assert window.select_unit(village.id)
    assert window.workspace.unit.name == "Thôn Nà Sla"


def test_pages_are_built_when_first_needed(qtbot, window):
    """Six tabs from the start, one page built: the others (and their modules) when shown,
    with the unit already chosen and their declared actions (the edit guards) built then."""
    assert window.tabs.count() == 6
    assert set(window.pages.built()) == {"overview"}
    window.tree.setCurrentIndex(window.tree_model.index(0, 0))
    page = window.show_page("training")
    assert set(window.pages.built()) == {"overview", "training"}
    assert window.current_page() is page and page.isVisible()
    assert page.page_actions.specs  # its actions, each with the permission it needs
    window.tabs.setCurrentIndex(window.pages.index_of("villages"))
    assert window.current_page() is window.pages.built()["villages"]


def test_the_menus_are_built_after_the_first_paint(qtbot, app_db, settings, vietnamese):
    """The window's first frame does not wait for the menus' code: the menu bar fills in
    right after it; asking for a menu part builds them at once."""
    from desktop.context import LOCAL_ADMIN
    from desktop.office import get_office
    from ui.main_window import MainWindow
    from ui.tasks import TaskRunner
    from ui.workspace import Workspace

    runner = TaskRunner(dialog_delay_ms=50)
    workspace = Workspace(runner=runner, actor=LOCAL_ADMIN, office=get_office(),
                          settings=settings)
    try:
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        assert window.menuBar().actions() == [] and not window.actions_ready()
        window.show()
        qtbot.waitUntil(window.actions_ready)
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[0] == "&Tệp" and "Trợ &giúp" in titles
        other = MainWindow(workspace)
        qtbot.addWidget(other)
        assert "import_roster" in other.menu_actions.actions and other.actions_ready()
    finally:
        runner.wait(5000)
