"""The main window: the unit tree of the office's scope on the left, pages on the right."""
from __future__ import annotations

import functools
import logging
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui import msgbox
from ui import settings as keys
from ui.models.unit_tree import COL_NAME, COL_TEAMS, COL_VILLAGES, UnitTreeModel
from ui.workspace import Workspace

log = logging.getLogger(__name__)

PAGE_KEYS = ("overview", "villages", "teams", "team", "search", "training")


class MainWindow(QMainWindow):
    """Built by the composition root with its dependencies; it opens no database itself."""

    language_chosen = Signal(str)
    demo_requested = Signal()
    office_setup_requested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("main_window")
        self.setWindowTitle(self._title())
        self.close_guard = None  # ui.shell.CloseGuard, given by the composition root
        from ui.shell import fit_to_screen

        fit_to_screen(self)  # until restore_state() puts it where it was

        from desktop import units

        catalogue = workspace.catalogue
        self.tree_model = UnitTreeModel(
            functools.partial(units.unit_tree_children, catalogue=catalogue),
            roots_loader=lambda: units.scope_roots(workspace.office),
            parent=self,
        )
        self.tree = QTreeView()
        self.tree.setObjectName("unit_tree")
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(self.tr("Cây đơn vị hành chính"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col in (COL_VILLAGES, COL_TEAMS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, self.tree.fontMetrics().horizontalAdvance("000000") + 12)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        caption = QLabel(self.tr("Đơn vị"))
        caption.setStyleSheet("font-weight: bold;")
        left_layout.addWidget(caption)
        left_layout.addWidget(self.tree)
        legend = QLabel(self.tr("● thôn đã có Tổ CNSCĐ   – chưa có tổ"))
        legend.setStyleSheet("color: #555;")
        left_layout.addWidget(legend)

        self.heading = QLabel()
        self.heading.setObjectName("unit_heading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.subheading = QLabel()
        self.subheading.setStyleSheet("color: #555;")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("pages")
        self.tabs.setDocumentMode(True)
        self.pages: dict[str, Any] = {}
        self._build_pages()
        self.tabs.currentChanged.connect(self._on_tab_changed)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 6, 6, 6)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        head.addLayout(titles, 1)
        right_layout.addLayout(head)
        right_layout.addWidget(self.tabs, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, 1000])
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._update_heading(None)
        self.statusBar().showMessage(self._status_text())
        workspace.data_changed.connect(self._on_data_changed)
        workspace.team_requested.connect(self.open_team)
        workspace.person_requested.connect(self.show_person)

        # Start on the office's own unit, expanded one level.
        QTimer.singleShot(0, self._select_first)

    # -- construction --------------------------------------------------------------------
    def _title(self) -> str:
        office = self.workspace.office
        name = getattr(office, "name", "") if office else ""
        base = self.tr("Sổ Tổ CNSCĐ")
        return f"{base} — {name}" if name else base

    def _status_text(self) -> str:
        office = self.workspace.office
        if office is None:
            return self.tr("Chưa thiết lập đơn vị sử dụng: chọn Công cụ → Thiết lập đơn vị.")
        return self.tr("Đơn vị sử dụng: %1").replace("%1", office.name)

    def _build_pages(self) -> None:
        from ui.pages.overview import OverviewPage
        from ui.pages.search import SearchPage
        from ui.pages.team_detail import TeamDetailPage
        from ui.pages.teams import TeamsPage
        from ui.pages.training import TrainingPage
        from ui.pages.villages import VillagesPage

        for cls in (OverviewPage, VillagesPage, TeamsPage, TeamDetailPage, SearchPage,
                    TrainingPage):
            page = cls(self.workspace)
            page.setObjectName(f"page_{cls.key}")
            self.pages[cls.key] = page
            self.tabs.addTab(page, page.title())

    def _build_actions(self) -> None:
        menu_file = self.menuBar().addMenu(self.tr("&Tệp"))
        from ui.excel_actions import install_excel_actions  # Excel in and out; drops

        self.excel_actions = install_excel_actions(self, menu_file)
        quit_action = QAction(self.tr("&Thoát"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        menu_file.addAction(quit_action)

        from ui.pages.decisions import DecisionMenu

        self.decisions_menu = DecisionMenu(self)  # drafting and printing for a commune
        menu_tools = self.menuBar().addMenu(self.tr("&Công cụ"))
        setup = QAction(self.tr("Thiết lập đơn vị sử dụng…"), self)
        setup.triggered.connect(self.setup_office)
        menu_tools.addAction(setup)
        demo = QAction(self.tr("Tạo dữ liệu mẫu…"), self)
        demo.triggered.connect(self.load_demo)
        menu_tools.addAction(demo)
        from ui.shell import install_shell_actions  # the second backup folder

        install_shell_actions(self, menu_tools)
        from ui.trust_actions import install_trust_actions  # users, audit, backups, server

        self.trust = install_trust_actions(self, menu_file, menu_tools)

        menu_lang = self.menuBar().addMenu(self.tr("&Ngôn ngữ"))
        group = QActionGroup(self)
        for code, label in (("vi", "Tiếng Việt"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(self.workspace.settings.language() == code)
            action.triggered.connect(functools.partial(self._choose_language, code))
            group.addAction(action)
            menu_lang.addAction(action)

        menu_help = self.menuBar().addMenu(self.tr("Trợ &giúp"))
        about = QAction(self.tr("Giới thiệu"), self)
        about.triggered.connect(self._about)
        menu_help.addAction(about)

        # Keyboard: Ctrl+F search, Ctrl+N a new item on the current page, Ctrl+1..6 pages.
        find = QAction(self.tr("Tìm kiếm"), self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.triggered.connect(self.focus_search)
        self.addAction(find)
        new = QAction(self.tr("Thêm mới"), self)
        new.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        new.triggered.connect(self._new_item)
        self.addAction(new)
        for number, key in enumerate(PAGE_KEYS, start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(functools.partial(self.show_page, key))
            self.addAction(action)
        tree_focus = QAction(self)
        tree_focus.setShortcut(QKeySequence("Ctrl+T"))
        tree_focus.triggered.connect(self.tree.setFocus)
        self.addAction(tree_focus)

    # -- navigation ----------------------------------------------------------------------
    def show_page(self, key: str) -> Any:
        page = self.pages[key]
        self.tabs.setCurrentWidget(page)
        return page

    def current_page(self) -> Any:
        return self.tabs.currentWidget()

    def focus_search(self) -> None:
        page = self.show_page("search")
        page.focus_box()

    def _new_item(self) -> None:
        self.current_page().new_item()

    def _select_first(self) -> None:
        if self.tree.currentIndex().isValid():
            return
        root = self.tree_model.index(0, 0)
        if root.isValid():
            self.tree.setCurrentIndex(root)
            if self.tree_model.rowCount() == 1:
                self.tree.expand(root)

    def select_unit(self, unit_id: int) -> bool:
        """Expand the tree down to a unit and select it; False when outside the scope."""
        from desktop.units import unit_path

        path = [u.id for u in unit_path(unit_id)]
        index = self.tree_model.reveal(path)
        if not index.isValid() or self.tree_model.node_info(index).id != unit_id:
            return False
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.tree.scrollTo(index)
        return True

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        node = self.tree_model.node_info(current)
        self._update_heading(node)
        self.workspace.select_unit(node)

    def _on_tab_changed(self, index: int) -> None:
        self.workspace.settings.set(keys.LAST_PAGE, index)

    def _update_heading(self, node: Any) -> None:
        if node is None:
            self.heading.setText(self.tr("Chọn một đơn vị ở cây bên trái"))
            self.subheading.setText("")
            return
        self.heading.setText(node.name)
        if node.level == "village":
            state = self.tr("Đã có Tổ CNSCĐ") if node.has_team else self.tr("Chưa có Tổ CNSCĐ")
            self.subheading.setText(f"{self.tr('Mã')} {node.code} · {state}")
        else:
            self.subheading.setText(
                self.tr("Mã %1 · %2 thôn/tổ dân phố · %3 tổ CNSCĐ")
                .replace("%1", node.code)
                .replace("%2", f"{node.village_count:n}".replace(",", "."))
                .replace("%3", f"{node.team_count:n}".replace(",", "."))
            )

    def _on_data_changed(self, unit_id: int) -> None:
        if unit_id:
            self.tree_model.refresh_unit(unit_id)
        current = self.tree.currentIndex()
        node = self.tree_model.node_info(current)
        if node is not None:
            self.workspace.unit = node
            self._update_heading(node)

    def open_team(self, team_id: int) -> None:
        page = self.pages["team"]
        page.open_team(team_id)
        self.tabs.setCurrentWidget(page)

    def show_person(self, person_id: int) -> None:
        from ui.dialogs.person import PersonDialog

        dialog = PersonDialog(person_id, self.workspace, self)
        dialog.exec()

    def _choose_language(self, code: str) -> None:
        if code == self.workspace.settings.language():
            return
        self.workspace.settings.set_language(code)
        self.language_chosen.emit(code)
        msgbox.info(
            self,
            self.tr("Ngôn ngữ"),
            self.tr("Ngôn ngữ mới sẽ được dùng từ lần mở phần mềm sau."),
        )

    # -- office and demo data --------------------------------------------------------------
    def setup_office(self) -> None:
        """Choose the office's unit and signers again (the first-run wizard)."""
        from desktop.office import get_office
        from ui.wizard import FirstRunWizard

        self.office_setup_requested.emit()
        wizard = FirstRunWizard(self.workspace.runner, self, actor=self.workspace.actor,
                                office=self.workspace.office)
        if wizard.exec():
            self.apply_office(get_office())

    def load_demo(self) -> None:
        """Demo data through the task runner (progress dialog with Cancel)."""
        from desktop import demo
        from desktop.office import get_office

        self.demo_requested.emit()
        if not msgbox.confirm(
            self, self.tr("Tạo dữ liệu mẫu"),
            self.tr("Tạo dữ liệu mẫu (tên người và số điện thoại hư cấu) cho khoảng 18 xã? "
                    "Chỉ làm được trên cơ sở dữ liệu chưa có thôn, tổ hay thành viên."),
            action=self.tr("Tạo dữ liệu mẫu"), destructive=False,
        ):
            return
        self.workspace.runner.run(
            demo.build_demo, scale="district", seed=1,
            title=self.tr("Đang tạo dữ liệu mẫu…"), writes=True, parent=self,
            on_success=lambda _report: self.apply_office(get_office()),
        )

    def apply_office(self, office) -> None:
        """A new office (or new data): rebuild the tree for its scope, reload the pages."""
        import functools as _functools

        from desktop import units

        self.workspace.office = office
        catalogue = self.workspace.catalogue
        old = self.tree_model
        self.tree_model = UnitTreeModel(
            _functools.partial(units.unit_tree_children, catalogue=catalogue),
            roots_loader=lambda: units.scope_roots(office),
            parent=self,
        )
        self.tree.setModel(self.tree_model)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        old.deleteLater()
        self.setWindowTitle(self._title())
        self.statusBar().showMessage(self._status_text())
        self.workspace.select_unit(None)
        self._select_first()

    def _about(self) -> None:
        from ui.shell import show_about

        show_about(self, self.workspace.data_dir, self.workspace.log_file)

    # -- state ---------------------------------------------------------------------------
    def restore_state(self) -> None:
        s = self.workspace.settings
        geometry = s.get(keys.GEOMETRY)
        if geometry and not geometry.isEmpty() and self.restoreGeometry(geometry):
            from ui.shell import keep_on_screen

            keep_on_screen(self)  # saved on a bigger screen: bring it back inside this one
        state = s.get(keys.WINDOW_STATE)
        if state and not state.isEmpty():
            self.restoreState(state)
        splitter = s.get(keys.SPLITTER)
        if splitter and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def closeEvent(self, event):  # noqa: N802 - Qt override
        if self.close_guard is not None and not self.close_guard.may_close(self):
            event.ignore()  # the clerk said no, or the backup on closing runs first
            return
        s = self.workspace.settings
        s.set(keys.GEOMETRY, self.saveGeometry())
        s.set(keys.WINDOW_STATE, self.saveState())
        s.set(keys.SPLITTER, self.splitter.saveState())
        s.sync()
        super().closeEvent(event)
