"""Hiding what the acting user may not do, on pages that were written before there were users.

The services refuse anyway (``desktop.permissions``); this keeps the window honest: a viewer
never sees an edit button, and a clerk sees them only where the record being edited lies
inside the scope (a commune and everything under it).

How it works, without touching the pages' own logic:

* A page's edit buttons are listed below by attribute name (``PAGE_RULES``), with a function
  that says which unit an edit there would touch. The guard only ever changes their
  *visibility*; the pages keep deciding whether they are *enabled* (a row selected...), so
  the two never fight.
* The page methods behind those buttons (and behind Ctrl+N, double-clicks and the F2 / Del /
  Ctrl+V shortcuts) are wrapped on the page instance: when the actor may not edit there, the
  call is dropped and the status bar says why. Key shortcuts bound directly to a method are
  disabled with the buttons.
* The guard re-checks when the unit in the tree changes, when a page loads, and when a
  table's selection changes.

A page that grows a new edit button adds one line to ``PAGE_RULES``; a missing attribute is
skipped with a log line (the service still refuses).
"""
from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QWidget

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

UnitOf = Callable[[Any], "int | None"]


def _node_id(page: Any) -> int | None:
    node = getattr(page, "unit", None)
    return getattr(node, "id", None)


def _team_village(page: Any) -> int | None:
    team = getattr(page, "team", None)
    return getattr(team, "village_id", None)


def _selected_team_village(page: Any) -> int | None:
    row = page.selected() if hasattr(page, "selected") else None
    return getattr(row, "village_id", None) if row is not None else _node_id(page)


def _course_unit(page: Any) -> int | None:
    course = page.current_course() if hasattr(page, "current_course") else None
    return getattr(course, "unit_id", None) if course is not None else _node_id(page)


def _commune(page: Any) -> int | None:
    return page.commune_id() if hasattr(page, "commune_id") else _node_id(page)


@dataclass(frozen=True)
class Rule:
    """Edit controls of one page that touch the same unit."""

    unit_of: UnitOf
    buttons: tuple[str, ...] = ()
    methods: tuple[str, ...] = ()
    exact: bool = True  # False: allowed where the unit's subtree overlaps the scope
    shortcuts: bool = False  # this rule also governs the shortcuts of the page's ``view``


@dataclass(frozen=True)
class PageRules:
    rules: tuple[Rule, ...] = field(default_factory=tuple)


PAGE_RULES: dict[str, PageRules] = {
    "villages": PageRules((
        Rule(_commune,
             buttons=("add_button", "paste_button", "rename_button", "merge_button",
                      "retire_button", "team_button"),
             methods=("new_item", "paste_list", "rename", "merge", "retire", "create_team"),
             shortcuts=True),
    )),
    "teams": PageRules((
        Rule(_node_id, buttons=("create_button",), methods=("new_item",)),
        Rule(_selected_team_village, buttons=("status_button",), methods=("change_status",),
             exact=False),
    )),
    "team": PageRules((
        Rule(_team_village,
             buttons=("add_button", "edit_button", "end_button", "paste_button",
                      "status_button", "decisions.new_button", "decisions.edit_button",
                      "decisions.issue_button", "decisions.delete_action"),
             methods=("new_item", "edit_member", "end_member", "paste_members",
                      "change_status"),
             shortcuts=True),
    )),
    "training": PageRules((
        Rule(_node_id, buttons=("add_course_button",), methods=("new_item",)),
        Rule(_course_unit, buttons=("edit_course_button",), methods=("edit_course",)),
        # Registering people and results: the service decides person by person.
        Rule(_node_id, buttons=("attend_button", "result_button"),
             methods=("add_attendees", "record_results"), exact=False),
    )),
}


def _resolve(obj: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        obj = getattr(obj, part, None)
        if obj is None:
            return None
    return obj


class PageGuard(QObject):
    """Applies one page's rules for the workspace's actor."""

    def __init__(self, workspace: Any, page: QWidget, rules: PageRules):
        super().__init__(page)
        self.workspace = workspace
        self.page = page
        self.rules = rules
        self._wrapped = False
        self._wrap_methods()
        workspace.unit_selected.connect(self.apply)
        loaded = getattr(page, "loaded", None)
        if loaded is not None:
            loaded.connect(self.apply)
        for view in page.findChildren(QAbstractItemView):
            selection = view.selectionModel()
            if selection is not None:
                selection.selectionChanged.connect(self.apply)
                selection.currentChanged.connect(self.apply)
        self.apply()

    @property
    def actor(self) -> Any:
        return self.workspace.actor

    def allowed(self, rule: Rule) -> bool:
        from desktop import access

        actor = self.actor
        if not access.can_write(actor):
            return False
        if actor.role == "admin" or actor.scope_unit_id is None:
            return True
        try:
            unit_id = rule.unit_of(self.page)
        except Exception:
            log.debug("unit of %s not known yet", self.page, exc_info=True)
            unit_id = None
        if unit_id is None:
            return access.overlaps_scope(actor, _node_id(self.page)) if not rule.exact \
                else False
        return access.may_edit(actor, unit_id) if rule.exact \
            else access.overlaps_scope(actor, unit_id)

    def apply(self, *_args: Any) -> None:
        shortcuts_on: bool | None = None  # None: no rule here governs the shortcuts
        for rule in self.rules.rules:
            ok = self.allowed(rule)
            for name in rule.buttons:
                widget = _resolve(self.page, name)
                if widget is None:
                    continue
                hidden = not widget.isVisible() if isinstance(widget, QAction) \
                    else widget.isHidden()
                if hidden == ok:  # only touch what changes (no relayout storms)
                    widget.setVisible(ok)
            if rule.shortcuts:
                shortcuts_on = ok if shortcuts_on is None else (shortcuts_on and ok)
        view = getattr(self.page, "view", None)
        if shortcuts_on is not None and view is not None:
            # the edit shortcuts (Ctrl+V, Del, F2) live on the page's main table
            for shortcut in view.findChildren(QShortcut):
                shortcut.setEnabled(shortcuts_on)

    def _wrap_methods(self) -> None:
        if self._wrapped:
            return
        self._wrapped = True
        for rule in self.rules.rules:
            for name in rule.methods:
                original = getattr(self.page, name, None)
                if original is None or not callable(original):
                    log.info("page %s has no %s to guard", type(self.page).__name__, name)
                    continue
                setattr(self.page, name, self._guarded(rule, original))

    def _guarded(self, rule: Rule, original: Callable) -> Callable:
        @functools.wraps(original)
        def call(*args: Any, **kwargs: Any) -> Any:
            if not self.allowed(rule):
                say_read_only(self.page, self.actor)
                return None
            return original(*args, **kwargs)

        return call


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


def install_page_guards(workspace: Any, pages: dict[str, QWidget]) -> dict[str, PageGuard]:
    """Guard every page that has rules; returns the guards (kept alive by their pages)."""
    guards = {}
    for key, page in pages.items():
        rules = PAGE_RULES.get(key)
        if rules is not None:
            guards[key] = PageGuard(workspace, page, rules)
    return guards
