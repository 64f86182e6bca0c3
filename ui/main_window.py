"""The main window: the unit tree of the office's scope on the left, pages on the right."""
from __future__ import annotations

import functools
import importlib
import logging
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop import backups, units
from desktop.office import get_office
from desktop.setup import database_file
from desktop.units import unit_path
from ui import msgbox
from ui import settings as keys
from ui.actions import ACCOUNT, ADMIN, READ, WRITER, PageAction, PageActions
from ui.models.unit_tree import COL_NAME, COL_TEAMS, COL_VILLAGES, UnitTreeModel
from ui.pages import PAGES, page_title
from ui.sample_data import install_sample_bar, is_sample, offer_sample
from ui.shell import choose_second_backup_folder, fit_to_screen, keep_on_screen, show_about
from ui.unit_filter import UnitFilter
from ui.workspace import Workspace

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

PAGE_KEYS = tuple(key for key, _module, _cls in PAGES)
WARM_UP_MS = 1500  # after the start, the other pages' code is loaded in the background


def open_reform(window: Any) -> Any:
    """Công cụ → Sắp xếp đơn vị hành chính 2025…: the reform's wizard and service load when
    it is first opened, not at start."""
    from ui.dialogs.reform import open_reform_wizard

    return open_reform_wizard(window)


def undo_reform(window: Any) -> Any:
    from ui.dialogs.reform import undo_last_reform

    return undo_last_reform(window)


class PageSet(Mapping):
    """The window's pages by key, each built (its module imported) the first time it is
    shown or asked for; the tabs hold an empty box until then."""

    def __init__(self, workspace: Workspace, tabs: QTabWidget):
        self._workspace = workspace
        self._tabs = tabs
        self._built: dict[str, Any] = {}
        self._boxes: list[QWidget] = []
        self._callbacks: list[Callable[[str, Any], None]] = []
        for key, _module, _cls in PAGES:
            box = QWidget()
            box.setObjectName(f"tab_{key}")
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            self._boxes.append(box)
            tabs.addTab(box, page_title(key))
        tabs.currentChanged.connect(self.at)
        self.at(tabs.currentIndex())  # the page on screen first

    def __getitem__(self, key: str) -> Any:
        page = self._built.get(key)
        if page is None:
            page = self._build(key)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(PAGE_KEYS)

    def __len__(self) -> int:
        return len(PAGE_KEYS)

    def index_of(self, key: str) -> int:
        return PAGE_KEYS.index(key)

    def at(self, index: int) -> Any:
        """The page of a tab (built now if it was not yet)."""
        return self[PAGE_KEYS[index]] if 0 <= index < len(PAGE_KEYS) else None

    def built(self) -> dict[str, Any]:
        return dict(self._built)

    def when_built(self, callback: Callable[[str, Any], None]) -> None:
        """Call ``callback(key, page)`` for every page built so far and each one built later
        (page guards, for instance)."""
        self._callbacks.append(callback)
        for key, page in list(self._built.items()):
            callback(key, page)

    def _build(self, key: str) -> Any:
        _key, module, cls_name = PAGES[PAGE_KEYS.index(key)]
        cls = getattr(importlib.import_module(module), cls_name)
        page = cls(self._workspace)
        page.setObjectName(f"page_{key}")
        self._built[key] = page
        self._boxes[PAGE_KEYS.index(key)].layout().addWidget(page)
        if self._workspace.unit is not None:
            page._on_unit(self._workspace.unit)  # the unit chosen before the page existed
        for callback in self._callbacks:
            callback(key, page)
        return page


class MainWindow(QMainWindow):
    """Built by the composition root with its dependencies; it opens no database itself."""

    first_frame = Signal()  # the first frame with the first unit chosen was painted
    language_chosen = Signal(str)
    demo_requested = Signal()
    office_setup_requested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("main_window")
        self.setWindowTitle(self._title())
        self.close_guard = None  # ui.shell.CloseGuard, given by the composition root

        fit_to_screen(self)  # until restore_state() puts it where it was

        self.tree_model = self._make_tree_model(workspace.office)
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
        self.tree_model.counts_arrived.connect(self._on_counts_arrived)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        caption = QLabel(self.tr("Đơn vị"))
        caption.setStyleSheet("font-weight: bold;")
        left_layout.addWidget(caption)

        self.tree_filter = UnitFilter(self.workspace, self)
        self.tree_stack = QStackedWidget()
        self.tree_stack.addWidget(self.tree)
        self.tree_stack.addWidget(self.tree_filter.results)
        self.tree_filter.active_changed.connect(
            lambda on: self.tree_stack.setCurrentIndex(1 if on else 0))
        self.tree_filter.unit_chosen.connect(self._filter_chose)
        left_layout.addWidget(self.tree_filter.box)
        left_layout.addWidget(self.tree_stack)
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

        # The menus and the window's keys are built right after the first frame (see
        # paintEvent), or at once when something asks for them (``ensure_actions``).
        self._actions_state = ""  # "", "building", "built"
        self._actions_callbacks: list[Callable[[], None]] = []
        self._first_unit_chosen = False
        self._first_frame_told = False
        self._update_heading(None)
        self.statusBar().showMessage(self._status_text())
        install_sample_bar(self, workspace.office)  # leave or remove sample data
        workspace.data_changed.connect(self._on_data_changed)
        workspace.team_requested.connect(self.open_team)
        workspace.person_requested.connect(self.show_person)

        # Start on the office's own unit, expanded one level.
        # (the window as the timers' context: a window rebuilt at once cancels them)
        QTimer.singleShot(0, self, self._select_first)
        QTimer.singleShot(WARM_UP_MS, self, self._warm_up)

    # -- construction --------------------------------------------------------------------
    def _make_tree_model(self, office) -> UnitTreeModel:
        """Names on the GUI thread (a few ms a level), counts on a worker thread."""

        catalogue = self.workspace.catalogue
        return UnitTreeModel(
            functools.partial(units.tree_children, catalogue=catalogue),
            roots_loader=lambda: units.tree_roots(office),
            counts_loader=functools.partial(units.tree_counts, catalogue=catalogue),
            start=self._run_read,
            parent=self,
        )

    def _run_read(self, work, deliver, fail) -> None:
        """Run a read off the GUI thread (the tree's counts); failures are logged, the
        counts then stay "…"."""
        def failed(exc: BaseException) -> None:
            log.warning("unit tree counts failed: %r", exc)
            fail(exc)

        self.workspace.runner.run(
            lambda *, progress, cancelled: work(), title=self.tr("Đơn vị"),
            show_progress=False, on_success=deliver, on_error=failed)

    def _warm_up(self) -> None:
        """Once the window is up and idle, import the other pages' modules (and the
        decisions service) on a worker thread, so a page's first opening builds widgets
        only instead of also loading its code on the window's thread."""
        modules = [module for key, module, _cls in PAGES if key not in self.pages.built()]
        modules.append("desktop.decisions")

        def work(*, progress, cancelled):
            for name in modules:
                if cancelled():
                    return
                importlib.import_module(name)

        self.workspace.runner.run(
            work, title="", show_progress=False,
            on_error=lambda exc: log.warning("warm-up import failed: %r", exc))

    def tree_busy(self) -> bool:
        """The tree's counts are still being read (benchmarks and tests wait on it)."""
        return self.tree_model.busy()

    def _title(self) -> str:
        office = self.workspace.office
        name = getattr(office, "name", "") if office else ""
        base = self.tr("Sổ Tổ CNSCĐ")
        # the application's name last, as Windows shows it; Qt adds it on Linux only to a
        # title that does not already end with it
        title = f"{name} — {base}" if name else base
        if is_sample(office):  # never mistaken for the office's own data
            title = self.tr("DỮ LIỆU MẪU (hư cấu, chỉ để dùng thử)") + " — " + title
        return title

    def _status_text(self) -> str:
        office = self.workspace.office
        if office is None:
            return self.tr("Chưa thiết lập đơn vị sử dụng: chọn Công cụ → Thiết lập đơn vị.")
        return self.tr("Đơn vị sử dụng: %1").replace("%1", office.name)

    def _build_pages(self) -> None:
        """One tab per page, each an empty holder until the page is first needed."""
        self.pages = PageSet(self.workspace, self.tabs)

    # -- menus and keys: right after the first frame ---------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._first_unit_chosen:
            return  # the tree is painted once before its first selection
        if not self._first_frame_told:
            self._first_frame_told = True
            self.first_frame.emit()
        if not self._actions_state:
            # Qt runs a zero timer before a pending paint, so this frame is on screen
            # before the menus' code is loaded and their actions built.
            QTimer.singleShot(0, self, self.ensure_actions)

    def ensure_actions(self) -> None:
        """Build the menus and the window's keys now if they are not yet."""
        if self._actions_state:
            return
        self._actions_state = "building"
        self._build_actions()
        self._actions_state = "built"
        callbacks, self._actions_callbacks = self._actions_callbacks, []
        for callback in callbacks:
            callback()

    def actions_ready(self) -> bool:
        return self._actions_state == "built"

    def when_actions_built(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` once the menus exist (at once if they do)."""
        if self._actions_state == "built":
            callback()
        else:
            self._actions_callbacks.append(callback)

    def _actions_part(self, name: str) -> Any:
        if not self._actions_state:
            self.ensure_actions()
        return getattr(self, name, None)

    @property
    def decisions_menu(self) -> Any:
        return self._actions_part("_decisions_menu")

    @property
    def trust(self) -> Any:
        return self._actions_part("_trust")

    @property
    def menu_actions(self) -> Any:
        return self._actions_part("_menu_actions")

    @property
    def menus(self) -> Any:
        return self._actions_part("_menus")

    def _build_actions(self) -> None:
        """The menus and keys, from the one list ``declare_actions`` (``ui/actions.py``
        builds them and shows each entry to the users it is for)."""
        # loaded after the first frame (tests/ui/test_imports.py lists these lazy loads)
        from ui.excel_actions import install_drop
        from ui.pages.decisions import DecisionMenu
        from ui.trust_actions import TrustActions

        self._decisions_menu = DecisionMenu(self)  # drafting and printing for a commune
        self._trust = TrustActions(self)  # the signed-in user, backups, restore, the server
        install_drop(self)  # a workbook dropped on the window opens the import preview
        self._menu_actions = PageActions(self, self.declare_actions())
        self._menus = self._menu_actions.fill_menu_bar(self.menuBar(), (
            ("file", self.tr("&Tệp")),
            ("decisions", translate("DecisionMenu", "&Quyết định")),
            ("tools", self.tr("&Công cụ")),
            ("language", self.tr("&Ngôn ngữ")),
            ("help", self.tr("Trợ &giúp")),
        ))

    def declare_actions(self) -> list[PageAction]:
        """Every entry of the menu bar and every key of the window, in menu order: what it
        says, its key, who may use it (``ui.actions.Need``) and what it runs."""
        from ui.excel_actions import open_export, open_import
        from ui.pages.decisions import DecisionMenu
        from ui.trust_actions import TrustActions

        def of(attr: str, method: Callable[[Any], Any]) -> Callable[[Any], Any]:
            """Run ``method`` on the window's helper ``attr`` (``TrustActions``...)."""
            return lambda window: method(getattr(window, attr))

        file, tools = "file", "tools"
        batch_tip = translate("DecisionMenu",
            "Mỗi Tổ một tệp PDF trong một thư mục, hoặc tất cả trong một tệp PDF")
        signers_tip = translate("DecisionMenu",
            "Chủ tịch, Phó Chủ tịch và Kế hoạch của tỉnh: của xã đang chọn, hoặc của cả cơ quan")
        actions = [
            PageAction("export_roster",
                       translate("ExcelMenu", "Xuất danh sách thành viên…"),
                       functools.partial(open_export, kind="roster"), READ, place=file),
            PageAction("export_report",
                       translate("ExcelMenu", "Xuất báo cáo thống kê…"),
                       functools.partial(open_export, kind="report"), READ, place=file),
            PageAction("export_training",
                       translate("ExcelMenu", "Xuất kết quả tập huấn…"),
                       functools.partial(open_export, kind="training"), READ, place=file),
            PageAction("export_template",
                       translate("ExcelMenu", "Tải mẫu nhập liệu…"),
                       functools.partial(open_export, kind="template"), READ, place=file),
            PageAction("import_roster",
                       translate("ExcelMenu", "Nhập danh sách từ Excel…"),
                       open_import, WRITER, shortcut="Ctrl+I", place=file, separator=True),
            PageAction("backup",
                       translate("TrustMenu", "Sao lưu ngay"),
                       of("trust", TrustActions.backup_now), ADMIN, place=file,
                       separator=True),
            PageAction("restore",
                       translate("TrustMenu", "Khôi phục…"),
                       of("trust", TrustActions.restore), ADMIN, place=file),
            PageAction("auto_backup",
                       translate("TrustMenu", "Nơi sao lưu tự động…"),
                       of("trust", TrustActions.auto_backup_folder), ADMIN, place=file,
                       offered=lambda _w: backups.automatic_backups_need_a_folder()),
            PageAction("server",
                       translate("TrustMenu", "Kết nối máy chủ…"),
                       of("trust", TrustActions.connect_server), READ, place=file),
            PageAction("quit", self.tr("&Thoát"), MainWindow.close, READ, place=file,
                       shortcut=QKeySequence.StandardKey.Quit, separator=True),

            PageAction("decision_new",
                       translate("DecisionMenu", "Lập quyết định cho các Tổ trong xã…"),
                       of("decisions_menu", DecisionMenu.new_for_commune), WRITER,
                       place="decisions"),
            PageAction("decision_batch",
                       translate("DecisionMenu", "In quyết định của các Tổ trong xã…"),
                       of("decisions_menu", DecisionMenu.export_commune), READ,
                       place="decisions", tooltip=batch_tip),
            PageAction("decision_defaults",
                       translate("DecisionMenu", "Người ký và căn cứ quyết định…"),
                       of("decisions_menu", DecisionMenu.edit_defaults), READ,
                       place="decisions", separator=True, tooltip=signers_tip),

            PageAction("setup_office", self.tr("Thiết lập đơn vị sử dụng…"),
                       MainWindow.setup_office, ADMIN, place=tools),
            PageAction("sample_data", self.tr("Mở dữ liệu mẫu để dùng thử…"),
                       MainWindow.load_demo, ADMIN, place=tools),
            PageAction("second_backup_folder",
                       translate("Shell", "Thư mục sao lưu thứ hai…"),
                       MainWindow.choose_second_backup_folder, READ, place=tools),
            PageAction("audit",
                       translate("TrustMenu", "Nhật ký thay đổi"),
                       of("trust", TrustActions.show_audit), READ, place=tools,
                       separator=True),
            PageAction("users",
                       translate("TrustMenu", "Người dùng…"),
                       of("trust", TrustActions.manage_users), ADMIN, place=tools),
            PageAction("password",
                       translate("TrustMenu", "Đổi mật khẩu…"),
                       of("trust", TrustActions.change_password), ACCOUNT, place=tools),
            PageAction("reform",
                       translate("ReformMenu", "Sắp xếp đơn vị hành chính 2025…"),
                       open_reform, ADMIN, place=tools, separator=True),
            PageAction("reform_undo",
                       translate("ReformMenu", "Hoàn tác sắp xếp 2025"),
                       undo_reform, ADMIN, place=tools),
        ]
        for code, label in (("vi", "Tiếng Việt"), ("en", "English")):
            actions.append(PageAction(
                f"language_{code}", label,
                functools.partial(MainWindow._choose_language, code=code), READ,
                place="language",
                checked=lambda window, c=code: window.workspace.settings.language() == c))
        actions += [
            PageAction("about", self.tr("Giới thiệu"), MainWindow._about, READ, place="help"),
            # keys without a menu entry: Ctrl+F search, Ctrl+N a new item on the current
            # page, Ctrl+1..6 the pages, Ctrl+T the unit tree
            PageAction("find", self.tr("Tìm kiếm"), MainWindow.focus_search, READ,
                       shortcut=QKeySequence.StandardKey.Find),
            PageAction("new", self.tr("Thêm mới"), MainWindow._new_item, READ,
                       shortcut=QKeySequence.StandardKey.New),
            PageAction("tree", self.tr("Cây đơn vị hành chính"), MainWindow.focus_tree, READ,
                       shortcut="Ctrl+T"),
        ]
        actions += [PageAction(f"page_{key}", page_title(key),
                               functools.partial(MainWindow.show_page, key=key), READ,
                               shortcut=f"Ctrl+{number}")
                    for number, key in enumerate(PAGE_KEYS, start=1)]
        return actions

    # -- navigation ----------------------------------------------------------------------
    def show_page(self, key: str) -> Any:
        page = self.pages[key]
        self.tabs.setCurrentIndex(self.pages.index_of(key))
        return page

    def current_page(self) -> Any:
        return self.pages.at(self.tabs.currentIndex())

    def focus_tree(self) -> None:
        self.tree.setFocus()

    def choose_second_backup_folder(self) -> str:
        return choose_second_backup_folder(self, self.workspace.settings)

    def focus_search(self) -> None:
        page = self.show_page("search")
        page.focus_box()

    def _new_item(self) -> None:
        self.current_page().new_item()

    def _select_first(self) -> None:
        self._first_unit_chosen = True
        if self.tree.currentIndex().isValid():
            return
        root = self.tree_model.index(0, 0)
        if root.isValid():
            self.tree.setCurrentIndex(root)
            if self.tree_model.rowCount() == 1:
                self.tree.expand(root)

    def select_unit(self, unit_id: int | None) -> bool:
        """Expand the tree down to a unit and select it (None: the whole country's node);
        False when outside the scope."""

        if unit_id is None:
            index = self.tree_model.index_of(None)
            if not index.isValid():
                return False
        else:
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

    def _filter_chose(self, unit_id: int) -> None:
        self.tree_stack.setCurrentIndex(0)
        if self.select_unit(unit_id):
            self.tree.setFocus()

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        node = self.tree_model.node_info(current)
        self._update_heading(node)
        self.workspace.select_unit(node)

    def _on_tab_changed(self, index: int) -> None:
        self.workspace.settings.set(keys.LAST_PAGE, index)

    def _on_counts_arrived(self, ids: list) -> None:
        node = self.tree_model.node_info(self.tree.currentIndex())
        if node is not None and node.id in ids:
            self.workspace.unit = node  # the same unit, now with its counts
            self._update_heading(node)

    def _update_heading(self, node: Any) -> None:
        if node is None:
            self.heading.setText(self.tr("Chọn một đơn vị ở cây bên trái"))
            self.subheading.setText("")
            return
        self.heading.setText(self.tree_model.display_name(node))
        if node.village_count is None:
            self.subheading.setText(
                (self.tr("Mã %1").replace("%1", node.code) + " · " if node.code else "")
                + self.tr("đang đếm thôn và tổ…"))
            return
        if node.level == "village":
            state = self.tr("Đã có Tổ CNSCĐ") if node.has_team else self.tr("Chưa có Tổ CNSCĐ")
            # one template lupdate can read ("Mã" inside an f-string stayed Vietnamese)
            self.subheading.setText(self.tr("Mã %1").replace("%1", node.code) + " · " + state)
        else:
            counts = (self.tr("%2 thôn/tổ dân phố · %3 tổ CNSCĐ")
                      .replace("%2", f"{node.village_count:n}".replace(",", "."))
                      .replace("%3", f"{node.team_count:n}".replace(",", ".")))
            self.subheading.setText(
                (self.tr("Mã %1").replace("%1", node.code) + " · " if node.code else "")
                + counts)

    def _on_data_changed(self, unit_id: int) -> None:
        if unit_id:
            self.tree_model.refresh_unit(unit_id)
        else:  # a change somewhere: every level on screen is read again
            self.tree_model.refresh_all()
        current = self.tree.currentIndex()
        node = self.tree_model.node_info(current)
        if node is not None:
            self.workspace.unit = node
            self._update_heading(node)

    def open_team(self, team_id: int) -> None:
        page = self.pages["team"]
        page.open_team(team_id)
        self.show_page("team")

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
        from ui.wizard import FirstRunWizard

        self.office_setup_requested.emit()
        wizard = FirstRunWizard(self.workspace.runner, self, actor=self.workspace.actor,
                                office=self.workspace.office)
        if wizard.exec():
            self.apply_office(get_office())

    def load_demo(self) -> Any:
        """Sample data in a database of its own, opened in its own window
        (``ui.sample_data``): the office's database never receives it."""

        self.demo_requested.emit()
        if not msgbox.confirm(
            self, self.tr("Dữ liệu mẫu"),
            self.tr("Mở dữ liệu mẫu (tên người và số điện thoại hư cấu, khoảng 18 xã) trong "
                    "một cửa sổ riêng? Dữ liệu mẫu nằm trong tệp riêng, không trộn vào dữ "
                    "liệu của cơ quan."),
            action=self.tr("Mở dữ liệu mẫu"), destructive=False,
        ):
            return None
        return offer_sample(self.workspace.runner, self, database_file() or "")

    def apply_office(self, office) -> None:
        """A new office (or new data): rebuild the tree for its scope, reload the pages."""
        self.workspace.office = office
        old = self.tree_model
        self.tree_model = self._make_tree_model(office)
        self.tree.setModel(self.tree_model)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.tree_model.counts_arrived.connect(self._on_counts_arrived)
        old.deleteLater()
        self.setWindowTitle(self._title())
        self.statusBar().showMessage(self._status_text())
        install_sample_bar(self, office)
        self.workspace.select_unit(None)
        self._select_first()

    def _about(self) -> None:
        show_about(self, self.workspace.data_dir, self.workspace.log_file)

    # -- state ---------------------------------------------------------------------------
    def restore_state(self) -> None:
        s = self.workspace.settings
        geometry = s.get(keys.GEOMETRY)
        if geometry and not geometry.isEmpty() and self.restoreGeometry(geometry):
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
