"""The English UI shows no Vietnamese sentence.

On a small demo (a district's sample data) the window is switched to English and walked:
every page, every page action (each form it opens is shown and read, then closed), every
menu entry (the same), and every message box asked for. What is read is the wording:
window titles, labels, buttons, group titles, tabs, placeholders, tooltips, menus, column
headers, the status bar, the choices of drop-down lists and the cells of the tables. The data
itself (names of places, people, teams, courses, offices, document texts) is Vietnamese by
nature: every string stored in the database is cut out of a text before it is checked, so
"Lớp: Kỹ năng số" fails on "Lớp" and passes on the course title.
"""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

VIETNAMESE = set("ăâđêôơưĂÂĐÊÔƠƯ") | set(
    "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ")
TAGS = re.compile(r"<[^>]+>")
# a language is named in its own language on the language menu
ALLOWED = {"Tiếng Việt"}
# names, not sentences: the product's name, and the headings of the roster workbook (the
# file sent upward is Vietnamese whatever the window's language; the dialogs quote them)
PROPER_NAMES = ("Sổ Tổ CNSCĐ", "Vai trò", "Chức vụ", "Đơn vị công tác",
                # examples of what the clerk types: a village's kind and name are Vietnamese
                "Thôn Nà Sla", "Nà Sla", "Tổ dân phố", "Thôn", "Bản", "Ấp",
                # the watermark printed on a draft: the Decision itself is Vietnamese
                "DỰ THẢO")


def _data_strings() -> list[str]:
    """Every string the database holds (names, titles, document texts), longest first."""
    import json

    import peewee as pw

    from db import models

    found: set[str] = set()
    # the audit trail's snapshots are history: what was stored then, in its words; the
    # roles are not data here: the three every office has are worded by the window
    for model in (models.AdminUnit, models.Office, models.Official, models.Person,
                  models.Team, models.Decision, models.Membership, models.TrainingCourse,
                  models.TrainingRecord, models.User, models.Audit):
        fields = [f for f in model._meta.sorted_fields
                  if isinstance(f, (pw.CharField, pw.TextField))]
        for row in model.select(*fields).tuples().iterator():
            for value in row:
                if not value:
                    continue
                found.add(str(value))
                if value[:1] in "[{":
                    try:
                        found.update(_strings_in(json.loads(value)))
                    except ValueError:
                        pass
    from exports.roster_xlsx import ROSTER_HEADINGS

    found -= {"Tổ trưởng", "Tổ phó", "Thành viên"}  # wording, even where stored
    found.update(PROPER_NAMES)
    found.update(ROSTER_HEADINGS.values())
    return sorted((s for s in found if set(s) & VIETNAMESE), key=len, reverse=True)


def _strings_in(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings_in(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings_in(v)]
    return []


class Reader:
    """Collects the wording on screen that is still Vietnamese once the data is cut out."""

    def __init__(self, data: list[str]):
        self.data = data
        # names appear inside longer wording ("Lớp: Kỹ năng số"); a very short one ("Mã", a
        # family name) is data only as a whole text, or it would hide a word left untranslated
        self.short = {s for s in data if len(s) <= 3}
        long = [s for s in data if len(s) > 3 or s in PROPER_NAMES]
        self.pattern = re.compile("|".join(re.escape(s) for s in long)) if long else None
        self.found: dict[str, str] = {}
        self.read: set[str] = set()  # the windows and forms read

    def check(self, where: str, text: str | None) -> None:
        if not text:
            return
        plain = TAGS.sub(" ", str(text)).replace("&", "")
        if not set(plain) & VIETNAMESE or plain in ALLOWED or plain.strip() in self.short:
            return
        if self.pattern is not None:
            plain = self.pattern.sub(" ", plain)
        if set(plain) & VIETNAMESE:
            self.found.setdefault(plain.strip()[:160], where)

    def read_widget(self, top: QWidget, where: str) -> None:
        self.read.add(where)
        self.check(f"{where} title", top.windowTitle())
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisibleTo(top) and widget is not top:
                continue
            name = f"{where}/{type(widget).__name__}:{widget.objectName()}"
            self.check(name + " tooltip", widget.toolTip())
            if isinstance(widget, QLabel):
                self.check(name, widget.text())
            elif isinstance(widget, QAbstractButton):
                self.check(name, widget.text())
            elif isinstance(widget, QGroupBox):
                self.check(name, widget.title())
            elif isinstance(widget, QLineEdit):
                self.check(name + " placeholder", widget.placeholderText())
            elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
                self.check(name + " placeholder", widget.placeholderText())
            elif isinstance(widget, QTabBar):
                for i in range(widget.count()):
                    self.check(name, widget.tabText(i))
                    self.check(name + " tooltip", widget.tabToolTip(i))
            elif isinstance(widget, QComboBox):
                for i in range(widget.count()):
                    self.check(name, widget.itemText(i))
            elif isinstance(widget, QAbstractItemView):
                self.read_view(widget, name)
            if isinstance(widget, QMainWindow):
                self.check(name + " status", widget.statusBar().currentMessage())
        for menu in top.findChildren(QMenu):
            self.read_menu(menu, where)

    def read_view(self, view: QAbstractItemView, name: str) -> None:
        model = view.model()
        if model is None:
            return
        try:
            columns = model.columnCount()
        except TypeError:  # a list model: one column
            columns = 1
        try:
            rows = model.rowCount()
        except TypeError:
            rows = model.rowCount(QModelIndex())
        for column in range(columns):
            self.check(name + " header", model.headerData(column, Qt.Orientation.Horizontal))
        for row in range(min(rows, 25)):
            for column in range(columns):
                index = model.index(row, column)
                self.check(name + " cell", index.data(Qt.ItemDataRole.DisplayRole))
                self.check(name + " cell tooltip", index.data(Qt.ItemDataRole.ToolTipRole))

    def read_menu(self, menu: QMenu, where: str) -> None:
        self.check(f"{where} menu", menu.title())
        for action in menu.actions():
            self.check(f"{where} menu {action.objectName()}", action.text())
            self.check(f"{where} menu tooltip", action.toolTip())


@pytest.fixture
def english(qapp):
    from ui.app import Translations, configure_application

    configure_application(qapp)
    translations = Translations(qapp)
    assert translations.install("en")
    yield translations
    translations.remove()
    translations.install("vi")
    translations.remove()


@pytest.fixture
def demo(app_db):
    """A district's sample data (18 communes, a few hundred teams), the office a commune."""
    from desktop.demo import build_demo

    build_demo("district", seed=1)
    return app_db


def _walk_dialogs(monkeypatch, reader: Reader, qtbot):
    """Every modal form is shown, read and closed; message boxes and file choosers answer
    "no" after their wording is read."""
    from ui import file_dialogs, msgbox, print_preview

    def read_modal(dialog):
        dialog.show()
        QApplication.processEvents()
        reader.read_widget(dialog, type(dialog).__name__)
        dialog.hide()
        return 0

    monkeypatch.setattr(QDialog, "exec", read_modal)
    for kind in ("info", "warning", "error"):
        monkeypatch.setattr(msgbox, kind, lambda parent, title, text, *a, k=kind, **kw:
                            (reader.check(f"msgbox {k}", title), reader.check(
                                f"msgbox {k}", text)) and None)
    monkeypatch.setattr(msgbox, "confirm", lambda parent, title, text, **kw: (
        reader.check("confirm", title), reader.check("confirm", text),
        reader.check("confirm", kw.get("action", ""))) and False)
    monkeypatch.setattr(print_preview, "open_url", lambda url: True)
    monkeypatch.setattr(print_preview, "ask_print",
                        lambda dialog: read_modal(dialog))  # QPrintDialog has its own exec
    for module in (file_dialogs, print_preview):
        for name in ("ask_save_path", "ask_open_path", "ask_folder"):
            if hasattr(module, name):
                monkeypatch.setattr(module, name, lambda *a, **k: "")


def _walk_pages(window, reader: Reader, runner, qtbot) -> None:
    """Every page read, and every enabled action of each run (its forms read and closed)."""
    from ui.actions import PageActions

    for key in window.pages.keys():
        page = window.show_page(key)
        qtbot.waitUntil(lambda p=page: not getattr(p, "loading", False)
                        and not getattr(p, "_dirty", False), timeout=10000)
        reader.read_widget(window, f"page {key}")
        for registry in page.findChildren(PageActions):
            for view in registry.views:
                if view.model().rowCount():
                    view.selectRow(0)
            registry.update()
            for name in list(registry.specs):
                if registry.actions[name].isEnabled():
                    registry.trigger(name)
                    runner.wait(10000)
                    QApplication.processEvents()


def test_english_ui_shows_no_vietnamese_sentence(qtbot, demo, english, settings, monkeypatch):
    from desktop.context import LOCAL_ADMIN
    from desktop.office import get_office
    from ui.main_window import MainWindow
    from ui.tasks import TaskRunner
    from ui.workspace import Workspace

    reader = Reader(_data_strings())
    _walk_dialogs(monkeypatch, reader, qtbot)
    QApplication.clipboard().clear()  # the paste form reads it: only the data of this test
    runner = TaskRunner(dialog_delay_ms=50)
    workspace = Workspace(runner=runner, actor=LOCAL_ADMIN, office=get_office(),
                          settings=settings)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        from desktop import stats
        from desktop import teams as team_service

        office = get_office()
        team = next(t for t in team_service.list_teams(office.unit_id)
                    if t.status == "active")
        window.open_team(team.id)
        commune = next(c for c in stats.per_commune(office.unit_id) if c.teams)
        # the office's whole scope first, then one commune (its villages' own actions)
        for unit_id in (None, commune.commune_id):
            if unit_id is not None:
                window.select_unit(unit_id)
            _walk_pages(window, reader, runner, qtbot)
        quit_text = QCoreApplication.translate("MainWindow", "&Thoát")
        assert quit_text == "&Quit"
        for action in window.menuBar().actions():
            menu = action.menu()
            if menu is None:
                continue
            for entry in menu.actions():
                if entry.isSeparator() or entry.menu() is not None or not entry.isEnabled() \
                        or entry.isCheckable() or entry.text() == quit_text:
                    continue  # the language switch and Quit end what is walked
                entry.trigger()
                runner.wait(10000)
                QApplication.processEvents()
        reader.read_widget(window, "window")
    finally:
        runner.wait(10000)
    assert {"MemberDialog", "CourseDialog", "NewDecisionDialog", "UsersDialog",
            "DecisionDefaultsDialog", "AboutDialog", "FirstRunWizard", "VillageNameDialog",
            "TeamStatusDialog", "AttendeesDialog"} <= reader.read
    left = "\n".join(f"{where}: {text}" for text, where in sorted(reader.found.items()))
    assert not reader.found, "Vietnamese left in the English UI:\n" + left


def test_import_summary_and_locations_are_english(qtbot, office_commune, english, settings,
                                                  tmp_path):
    """The roster import's preview: the summary line, the actions, the notes with their
    sheet/row/column and the problems read in English (the file's own cells excepted)."""
    from desktop import units
    from desktop.context import LOCAL_ADMIN
    from desktop.office import get_office
    from tests.desktop.test_roster_import import HEAD, simple_file
    from ui.dialogs.import_dialog import ImportDialog
    from ui.tasks import TaskRunner
    from ui.workspace import Workspace

    units.create_village(LOCAL_ADMIN, office_commune.unit_id, "Thôn 2")
    rows = [
        [1, "Lò Văn Páo", "01/01/1980", "Nam", "Tổ trưởng", "Thôn 2", "0912999000"],
        [2, "Lò Thị Pọm", "31/02/1988", "Nữ", "Thành viên", "Thôn 2", "0912999001"],
        [3, "Hà Thị Lan", "05/03/1990", "Nữ", "Thành viên", "Thôn 9", "091234"],
    ]
    path = simple_file(tmp_path / "ds.xlsx", rows)
    runner = TaskRunner(dialog_delay_ms=50)
    workspace = Workspace(runner=runner, actor=LOCAL_ADMIN, office=get_office(),
                          settings=settings)
    dialog = ImportDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.preview_ready, timeout=15000):
        dialog.set_path(str(path))
    cells = [str(c) for row in rows for c in row] + list(HEAD) + [
        "Danh sách", "DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG",
        "Tổ CNSCĐ Thôn 2", "Tổ CNSCĐ Thôn 9"]  # the names the new teams would get
    reader = Reader(sorted({*cells, *_data_strings()}, key=len, reverse=True))
    reader.read_widget(dialog, "ImportDialog")
    reader.check("ImportDialog notes", dialog.notes.toPlainText())
    runner.wait(10000)
    assert "not accepted" in dialog.summary.text() or "refused" in dialog.summary.text(), \
        dialog.summary.text()
    left = "\n".join(f"{where}: {text}" for text, where in sorted(reader.found.items()))
    assert not reader.found, "Vietnamese left in the English import preview:\n" + left
