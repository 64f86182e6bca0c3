"""Declared page actions: each page says what it offers, one registry builds the rest.

A page lists its actions once (``Page.declare_actions``): the text, the shortcut, what the
action needs of the signed-in user (``READ``, or ``edits(unit_of)``: a write on the unit that
``unit_of(page)`` names), what it applies to, and when it makes sense (``enabled``). From
that list :class:`PageActions` makes one ``QAction`` per entry and, from it, the page's
buttons, the keyboard shortcuts and the table's context menu; the Ctrl+N of the window, a
double-click and Enter in a table go through the same ``trigger(key)``. So every path to an
action passes one check:

* an action that writes is hidden (button, menu entry and shortcut together) when the user
  may not write there, and ``trigger`` refuses it with a line in the status bar;
* an action that does not apply now (no row chosen, a dissolved team) is disabled.

The services refuse anyway (``desktop.permissions``); this keeps the window honest. Nothing
is patched onto the pages: a renamed method fails at start-up (``run`` names the function
itself), and a test walks every page's declarations (``tests/ui/test_actions.py``).
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QMenuBar, QPushButton, QWidget

from desktop import access
from ui.tables import copy_action

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

UnitOf = Callable[[Any], "int | None"]


@dataclass(frozen=True)
class Need:
    """What an action needs of the signed-in user."""

    writes: bool
    unit_of: UnitOf | None = None  # the unit a write touches (None: the page's unit)
    exact: bool = True  # False: allowed where the unit's subtree overlaps the user's scope
    who: str = ""  # "admin": administrators only; "account": a user account (not the
    # local user of a one-person installation); "writer": anyone who may write somewhere
    # (the service checks where)

    @property
    def hides(self) -> bool:
        """Hidden, not only disabled, from a user who may not: writes and role-bound tools."""
        return self.writes or bool(self.who)


READ = Need(writes=False)
ADMIN = Need(writes=True, who="admin")  # the office's set-up, users, backups, the reform
ACCOUNT = Need(writes=False, who="account")  # changing one's own password
WRITER = Need(writes=True, who="writer")  # an entry that writes where the user then picks


def edits(unit_of: UnitOf | None = None, *, exact: bool = True) -> Need:
    """A write on the unit ``unit_of(page)`` names (the page's unit when None)."""
    return Need(writes=True, unit_of=unit_of, exact=exact)


@dataclass(frozen=True)
class PageAction:
    key: str
    text: str
    run: Callable[[Any], Any]  # called with the page: ``VillagesPage.rename``
    need: Need  # no default: every action says whether it writes and where
    applies_to: str = "page"  # "page", "row" (one selected row) or "rows" (one or more)
    enabled: Callable[[Any], bool] | None = None  # does it make sense now?
    shortcut: Any = None  # a QKeySequence.StandardKey, a Qt.Key or a "Ctrl+…" string
    tooltip: str = ""
    button: bool = True  # a button on the page
    menu: bool = True  # an entry in the context menu of the page's table
    table: int = 0  # which of the page's tables it belongs to (its context menu, shortcuts)
    place: str = ""  # the main window's menu it sits in (a key of MENUS), "" for none
    separator: bool = False  # a line above it in that menu
    offered: Callable[[Any], bool] | None = None  # offered here at all? (hidden otherwise)
    checked: Callable[[Any], bool] | None = None  # a choice: ticked when true (one per menu)


def _page_unit(page: Any) -> int | None:
    node = getattr(page, "unit", None)
    return getattr(node, "id", None)


def read_only_text(actor: Any) -> str:
    if actor is not None and not actor.can_write:
        return translate("access", "Tài khoản %1 chỉ được xem và xuất báo cáo.").replace(
            "%1", actor.username)
    return translate("access", "Đơn vị này ngoài phạm vi được phân công: chỉ xem, không sửa.")


def say_read_only(widget: QWidget, actor: Any) -> None:
    window = widget.window()
    bar = window.statusBar() if hasattr(window, "statusBar") else None
    if bar is not None:
        bar.showMessage(read_only_text(actor), 6000)


def may(actor: Any, need: Need, page: Any) -> bool:
    """May ``actor`` do an action with this need on this page now?"""
    if need.who == "admin":
        return access.is_admin(actor)
    if need.who == "account":
        return actor is not None and actor.user_id is not None
    if not need.writes:
        return True
    if not access.can_write(actor):
        return False
    if actor.role == "admin" or actor.scope_unit_id is None or need.who == "writer":
        return True
    try:
        unit_id = need.unit_of(page) if need.unit_of is not None else _page_unit(page)
    except Exception:  # noqa: BLE001 - the page has not loaded what the rule reads yet
        log.debug("unit of %s not known yet", page, exc_info=True)
        unit_id = None
    if unit_id is None:
        return access.overlaps_scope(actor, _page_unit(page)) if not need.exact else False
    return access.may_edit(actor, unit_id) if need.exact \
        else access.overlaps_scope(actor, unit_id)


class ActionButton(QPushButton):
    """A push button that shows one action: its text, tooltip, enabled and visible state."""

    def __init__(self, action: QAction, parent: QWidget | None = None):
        super().__init__(action.text(), parent)
        self.action = action
        self.setObjectName(action.objectName().replace("action_", "button_"))
        self.clicked.connect(lambda _checked=False: action.trigger())
        action.changed.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        action = self.action
        self.setText(action.text())
        tip = action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if shortcut:
            tip = f"{tip} ({shortcut})" if tip else shortcut
        self.setToolTip(tip)
        self.setEnabled(action.isEnabled())
        visible = action.isVisible()
        if self.parent() is None and visible:
            return  # not placed yet: showing it now would open it as a window of its own
        if getattr(self, "_shown_as", None) != visible:  # only touch what changes
            self._shown_as = visible
            self.setVisible(visible)


class PageActions(QObject):
    """The actions of one page (or panel): built from its declarations, kept in step with
    the signed-in user and the page's state."""

    def __init__(self, page: Any, specs: Sequence[PageAction], *,
                 views: Sequence[QAbstractItemView] = ()):
        super().__init__(page)
        self.page = page
        self.specs: dict[str, PageAction] = {}
        self.actions: dict[str, QAction] = {}
        self.views = list(views)
        for spec in specs:
            if spec.key in self.specs:
                raise ValueError(f"{type(page).__name__}: action {spec.key!r} declared twice")
            self.specs[spec.key] = spec
            action = QAction(spec.text, page)
            owner_name = "" if spec.place else \
                f"{getattr(page, 'key', '') or type(page).__name__}_"
            action.setObjectName(f"action_{owner_name}{spec.key}")
            if spec.checked is not None:
                action.setCheckable(True)
            if spec.tooltip:
                action.setToolTip(spec.tooltip)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
                # row shortcuts (F2, Del, Ctrl+V) belong to the table, the others to the page
                owner = self.views[spec.table] if spec.applies_to != "page" and self.views \
                    else page
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                owner.addAction(action)
            action.triggered.connect(lambda _checked=False, k=spec.key: self.trigger(k))
            self.actions[spec.key] = action
        for view in self.views:
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(
                lambda pos, v=view: self.context_menu(v, pos))
            selection = view.selectionModel()
            if selection is not None:
                selection.selectionChanged.connect(self.update)
                selection.currentChanged.connect(self.update)
        workspace = getattr(page, "workspace", None)
        if workspace is not None:
            workspace.unit_selected.connect(self.update)
        loaded = getattr(page, "loaded", None)
        if loaded is not None:
            loaded.connect(self.update)
        self.update()

    @property
    def actor(self) -> Any:
        return self.page.workspace.actor

    def button(self, key: str) -> ActionButton:
        return ActionButton(self.actions[key])

    def allowed(self, key: str) -> bool:
        return may(self.actor, self.specs[key].need, self.page)

    def applies(self, key: str) -> bool:
        spec = self.specs[key]
        try:
            return spec.enabled is None or bool(spec.enabled(self.page))
        except Exception:  # noqa: BLE001 - nothing loaded yet
            log.debug("enabled() of %s failed", key, exc_info=True)
            return False

    def offered(self, key: str) -> bool:
        spec = self.specs[key]
        return spec.offered is None or bool(spec.offered(self.page))

    def update(self, *_args: Any) -> None:
        for key, spec in self.specs.items():
            action = self.actions[key]
            ok = self.allowed(key)
            visible = (ok or not spec.need.hides) and self.offered(key)
            if action.isVisible() != visible:
                action.setVisible(visible)
            enabled = ok and self.applies(key)
            if action.isEnabled() != enabled:
                action.setEnabled(enabled)
            if spec.checked is not None and action.isChecked() != bool(spec.checked(self.page)):
                action.setChecked(bool(spec.checked(self.page)))

    def trigger(self, key: str) -> Any:
        """Run an action by every path (button, shortcut, menu, double-click, Ctrl+N): the
        one place the user's rights are checked in the window."""
        if not self.allowed(key):
            say_read_only(self.page, self.actor)
            return None
        if not self.applies(key) or not self.offered(key):
            return None
        return self.specs[key].run(self.page)

    def fill_menu_bar(self, bar: QMenuBar, menus: Sequence[tuple[str, str]]) -> dict[str, QMenu]:
        """The main window's menus, in the order of ``menus`` ((key, title)), each with the
        declared actions whose ``place`` is its key, in declaration order; the choices
        (``checked``) of one menu exclude each other."""
        made: dict[str, QMenu] = {}
        for place, title in menus:
            menu = bar.addMenu(title)
            menu.setObjectName(f"menu_{place}")
            made[place] = menu
            group: QActionGroup | None = None
            for key, spec in self.specs.items():
                if spec.place != place:
                    continue
                if spec.separator:
                    menu.addSeparator()
                if spec.checked is not None:
                    group = group or QActionGroup(menu)
                    group.addAction(self.actions[key])
                menu.addAction(self.actions[key])
        unplaced = {spec.place for spec in self.specs.values()} - set(made) - {""}
        if unplaced:
            raise ValueError(f"actions placed in menus that do not exist: {sorted(unplaced)}")
        return made

    def context_menu(self, view: QAbstractItemView, pos: QPoint) -> QMenu | None:
        """The actions of the selection (and copying it), where the clerk right-clicked."""

        index = view.indexAt(pos)
        if index.isValid() and not view.selectionModel().isSelected(index):
            view.setCurrentIndex(index)
        self.update()
        menu = QMenu(view)
        menu.setObjectName("context_menu")
        table = self.views.index(view) if view in self.views else 0
        for key, spec in self.specs.items():
            action = self.actions[key]
            if spec.menu and spec.table == table and action.isVisible():
                menu.addAction(action)
        if menu.actions():
            menu.addSeparator()
        menu.addAction(copy_action(view, menu))
        self.last_menu = menu
        menu.popup(view.viewport().mapToGlobal(pos))
        return menu
