"""Declared page actions and tables like a spreadsheet.

Every page declares its actions (``ui.actions``); one registry builds the buttons, shortcuts
and context menus and guards every path to them. These tests walk every declaration: an
action that writes must say so (and where), and an action that says it only reads must not
open a form or write a row when a viewer uses it.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from ui.actions import ActionButton, PageActions

READ_ONLY_DIALOGS = {"PersonDialog", "PrintPreview", "QPrintPreviewDialog", "QFileDialog"}


def _registries(window):
    found = []
    for page in window.pages.values():
        for registry in page.findChildren(PageActions):
            found.append(registry)
    return found


def _seed(office_commune):
    from desktop import teams, training, units
    from desktop.context import LOCAL_ADMIN

    village = units.create_village(LOCAL_ADMIN, office_commune.unit_id, "Thôn Nà Sla")
    units.create_village(LOCAL_ADMIN, office_commune.unit_id, "Bản Cắm")
    team = teams.create_team(LOCAL_ADMIN, village.id)
    member = teams.add_member(LOCAL_ADMIN, team.id, {"full_name": "Lò Thị Mai",
                                                     "phone": "0912345678"}, "thanh_vien")
    course = training.create_course(LOCAL_ADMIN, {"title": "Kỹ năng số",
                                                  "unit_id": office_commune.unit_id})
    training.add_attendees(LOCAL_ADMIN, course.id, [member.member.person_id])
    return team


def test_every_page_declares_its_actions_and_every_write_names_a_permission(
        qtbot, office_commune, make_window):
    _seed(office_commune)
    window = make_window()
    registries = _registries(window)
    owners = {type(r.page).__name__ for r in registries}
    assert {"VillagesPage", "TeamsPage", "TeamDetailPage", "TrainingPage",
            "DecisionsPanel"} <= owners
    writing = 0
    for registry in registries:
        for key, spec in registry.specs.items():
            assert callable(spec.run), (registry.page, key)
            if spec.need.writes:
                writing += 1
    assert writing >= 15
    # no push button on a page lives outside the registry (a new button cannot escape it)
    for page in window.pages.values():
        for button in page.findChildren(QPushButton):
            if button.objectName() in ("decision_more",):  # only opens a menu of actions
                continue
            assert isinstance(button, ActionButton), (page.key, button.text())


def test_a_viewer_can_use_every_reading_action_and_no_writing_one(
        qtbot, office_commune, make_window, monkeypatch):
    """Each action that declares it only reads is run as a viewer: no form opens and no
    audit row is written. Each writing action is hidden and refuses when forced."""
    from desktop import audit_service
    from desktop.context import LOCAL_ADMIN

    def _audit_count() -> int:
        return audit_service.count(LOCAL_ADMIN)
    from desktop.context import Actor
    from ui import msgbox

    team = _seed(office_commune)
    window = make_window()
    viewer = Actor(user_id=None, username="xem", role="viewer")
    window.workspace.actor = viewer
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(type(self).__name__) or 0)
    for kind in ("info", "warning", "error"):
        monkeypatch.setattr(msgbox, kind, lambda *a, **k: None)
    monkeypatch.setattr(msgbox, "confirm", lambda *a, **k: False)
    window.open_team(team.id)
    before = _audit_count()
    applicable = 0
    for key in ("villages", "teams", "team", "training"):
        page = window.show_page(key)
        qtbot.waitUntil(lambda p=page: not p.loading and not p._dirty, timeout=5000)
        for registry in page.findChildren(PageActions):
            for view in registry.views:
                if view.model().rowCount():
                    view.selectRow(0)
            registry.update()
            for name, spec in registry.specs.items():
                where = (type(registry.page).__name__, name)
                action = registry.actions[name]
                if spec.need.writes:
                    applicable += registry.applies(name)  # it would run for an editor
                    assert not action.isVisible(), where
                    opened.clear()
                    assert registry.trigger(name) is None
                    assert opened == [], where
                else:
                    opened.clear()
                    registry.trigger(name)
                    assert not set(opened) - READ_ONLY_DIALOGS, (where, opened)
    assert applicable >= 10  # the walk reached real rows, not empty pages
    assert _audit_count() == before


def test_copy_rows_with_headers_pasteable_into_excel(qtbot, office_commune, make_window):
    _seed(office_commune)
    window = make_window()
    page = window.show_page("villages")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.view.selectAll()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    lines = mime.text().splitlines()
    assert lines[0].split("\t")[:2] == ["Mã", "Tên thôn/tổ dân phố"]
    assert len(lines) == 3 and {ln.split("\t")[1] for ln in lines[1:]} == {"Thôn Nà Sla",
                                                                           "Bản Cắm"}
    assert "<table" in mime.html() and "<th>Tên thôn/tổ dân phố</th>" in mime.html()


def test_member_phone_keeps_its_zero_when_copied(qtbot, office_commune, make_window):
    from ui.tables import copy_selection

    team = _seed(office_commune)
    window = make_window()
    window.open_team(team.id)
    detail = window.show_page("team")
    qtbot.waitUntil(lambda: detail.model.rowCount() == 1)
    detail.view.selectRow(0)
    assert copy_selection(detail.view) == 1
    mime = QGuiApplication.clipboard().mimeData()
    assert "0912345678" in mime.text()
    assert 'mso-number-format:"\\@"' in mime.html()  # Excel keeps it as text


def test_context_menu_offers_the_actions_of_the_selection(qtbot, office_commune,
                                                          make_window):
    _seed(office_commune)
    window = make_window()
    page = window.show_page("villages")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    row = page.model.find_row(lambda r: r.name == "Bản Cắm")
    rect = page.view.visualRect(page.model.index(row, 1))
    menu = page.page_actions.context_menu(page.view, rect.center())
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[:4] == ["Đổi tên…", "Sáp nhập…", "Ngừng hoạt động…", "Thành lập tổ…"]
    enabled = {a.text() for a in menu.actions() if a.isEnabled()}
    assert {"Đổi tên…", "Thành lập tổ…", "Sao chép (kèm tiêu đề cột)"} <= enabled
    assert "Sáp nhập…" not in enabled  # needs two villages
    assert page.selected()[0].name == "Bản Cắm"  # the right-click chose the row
    menu.close()


def test_column_widths_set_by_hand_are_remembered(qtbot, office_commune, make_window):
    _seed(office_commune)
    window = make_window()
    page = window.show_page("villages")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    header = page.view.horizontalHeader()
    QApplication.processEvents()
    # Qt's own resizing (a layout, the last section stretching) is not the clerk's choice
    header.resizeSection(1, 150)
    # the clerk drags the right edge of the first column to 211 px
    edge = header.sectionViewportPosition(0) + header.sectionSize(0) - 1
    y = header.height() // 2
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge, y))
    qtbot.mouseMove(header.viewport(), QPoint(edge + 211 - header.sectionSize(0), y))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton,
                       pos=QPoint(edge + 211 - header.sectionSize(0), y))
    assert header.sectionSize(0) == 211
    qtbot.wait(400)
    page.refresh()
    assert header.sectionSize(0) == 211
    second = make_window()
    villages = second.show_page("villages")
    qtbot.waitUntil(lambda: villages.model.rowCount() == 2)
    assert villages.view.horizontalHeader().sectionSize(0) == 211
    from ui.tables import saved_widths

    assert set(saved_widths(villages.view)) == {0}  # only what the hand did


def test_team_page_shows_the_team_code(qtbot, office_commune, make_window):
    team = _seed(office_commune)
    window = make_window()
    window.open_team(team.id)
    detail = window.show_page("team")
    assert f"Mã tổ: {team.id}" in detail.facts.text()


def test_right_click_on_a_table_opens_the_menu(qtbot, office_commune, make_window):
    _seed(office_commune)
    window = make_window()
    page = window.show_page("villages")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    rect = page.view.visualRect(page.model.index(0, 1))
    page.view.customContextMenuRequested.emit(rect.center())
    menu = page.page_actions.last_menu
    qtbot.waitUntil(menu.isVisible)
    assert any(a.text() == "Sao chép (kèm tiêu đề cột)" for a in menu.actions())
    menu.close()


# --- the main window: its menus and keys come from the same declarations -----------------

def test_the_menu_bar_is_built_from_the_window_declarations(qtbot, office_commune,
                                                             make_window):
    from ui.main_window import MainWindow

    window = make_window()
    registry = window.menu_actions
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Tệp", "&Quyết định", "&Công cụ", "&Ngôn ngữ", "Trợ &giúp"]
    declared = set(registry.actions.values())
    in_menus = [action for menu in window.menus.values() for action in menu.actions()
                if not action.isSeparator()]
    assert in_menus and set(in_menus) <= declared  # nothing in a menu escapes the registry
    for key, spec in registry.specs.items():
        assert callable(spec.run), key
        if spec.place:
            assert registry.actions[key] in window.menus[spec.place].actions(), key
    # the keys of the window are declared too
    shortcuts = {registry.actions[k].shortcut().toString() for k in registry.specs}
    assert {"Ctrl+F", "Ctrl+N", "Ctrl+T", "Ctrl+I", "Ctrl+1", "Ctrl+6"} <= shortcuts
    assert isinstance(registry.page, MainWindow)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().key == window.pages.at(2).key  # a declared key works
    registry.actions["quit"].trigger()
    assert not window.isVisible()


def test_menu_entries_follow_the_signed_in_user(qtbot, office_commune, make_window,
                                                monkeypatch):
    """The one registry shows each entry to the users it is for; a hidden entry refuses
    when forced (its key, a test), with the read-only line in the status bar."""
    from desktop.context import Actor

    window = make_window()
    registry = window.menu_actions
    actions = registry.actions
    admin_tools = ("setup_office", "sample_data", "backup", "restore", "users", "reform",
                   "reform_undo")
    assert all(actions[k].isVisible() for k in admin_tools)
    assert not actions["password"].isVisible()  # the local user has no password
    assert actions["import_roster"].isVisible() and actions["decision_new"].isVisible()

    window.workspace.actor = Actor(user_id=7, username="xem", role="viewer")
    registry.update()
    assert not any(actions[k].isVisible() for k in admin_tools)
    assert not actions["import_roster"].isVisible()
    assert not actions["decision_new"].isVisible()
    assert actions["password"].isVisible() and actions["audit"].isVisible()
    assert actions["export_roster"].isVisible() and actions["decision_batch"].isVisible()
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    assert registry.trigger("users") is None and registry.trigger("import_roster") is None
    assert opened == []
    assert "chỉ được xem" in window.statusBar().currentMessage()

    window.workspace.actor = Actor(user_id=8, username="canbo", role="clerk")
    registry.update()
    assert actions["import_roster"].isVisible() and not actions["users"].isVisible()


def test_the_language_entries_are_one_choice(qtbot, office_commune, make_window):
    window = make_window()
    actions = window.menu_actions.actions
    assert actions["language_vi"].isChecked() and not actions["language_en"].isChecked()
    assert actions["language_vi"].actionGroup() is actions["language_en"].actionGroup()
    assert actions["language_vi"].actionGroup().isExclusive()


def test_every_table_of_every_page_has_the_context_menu_of_its_rows(
        qtbot, office_commune, make_window):
    """Members, teams, villages, decisions, search results, the overview's tables and the
    training attendees: each table belongs to its page's registry, so a right-click shows
    the actions of the selection and the copy entry."""
    from PySide6.QtWidgets import QTableView

    _seed(office_commune)
    window = make_window()
    pages = [window.show_page(key) for key in window.pages]
    missing, seen = [], set()
    for page in pages:
        views = {id(v) for r in page.findChildren(PageActions) for v in r.views}
        for table in page.findChildren(QTableView):
            if table.isVisibleTo(page) or table.objectName():
                seen.add(table.objectName())
                if id(table) not in views:
                    missing.append((page.key, table.objectName()))
                else:
                    assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    assert missing == []
    assert {"search_results", "overview_table", "overview_villages", "records_table",
            "courses_table"} <= seen


def test_search_results_have_their_actions_in_a_context_menu(qtbot, office_commune,
                                                             make_window):
    team = _seed(office_commune)
    window = make_window()
    page = window.show_page("search")
    page.set_query("lo thi mai")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    rect = page.view.visualRect(page.model.index(0, 0))
    menu = page.page_actions.context_menu(page.view, rect.center())
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == ["Xem hồ sơ người này", "Mở trang tổ", "Sao chép (kèm tiêu đề cột)"]
    assert all(a.isEnabled() for a in menu.actions() if a.text())
    menu.close()
    asked = []
    window.workspace.team_requested.disconnect()
    window.workspace.person_requested.disconnect()
    window.workspace.team_requested.connect(asked.append)
    window.workspace.person_requested.connect(lambda pid: asked.append(("person", pid)))
    page.page_actions.actions["team"].trigger()
    page.view.activated.emit(page.model.index(0, 0))  # Enter or a double-click
    assert asked == [team.id, ("person", page.model.row_at(0).person_id)]


def test_overview_tables_open_the_unit_and_the_team(qtbot, office_commune, make_window):
    team = _seed(office_commune)
    window = make_window()
    page = window.show_page("overview")
    qtbot.waitUntil(lambda: page.villages_model.rowCount() == 2, timeout=10000)
    row = page.villages_model.find_row(lambda r: getattr(r, "team_id", None) == team.id)
    page.village_view.setCurrentIndex(page.villages_model.index(row, 0))
    rect = page.village_view.visualRect(page.villages_model.index(row, 0))
    menu = page.page_actions.context_menu(page.village_view, rect.center())
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == ["Mở trang tổ", "Sao chép (kèm tiêu đề cột)"]
    menu.close()
    page.page_actions.trigger("open_team")
    assert window.current_page().key == "team"
