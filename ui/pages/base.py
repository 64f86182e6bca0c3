"""What the pages share: they follow the unit chosen in the tree and load only when shown."""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ui.errors import describe_exception
from ui.tables import fit_columns, setup_table
from ui.workspace import Workspace

__all__ = ["Page", "fit_columns", "placeholder", "setup_table"]

log = logging.getLogger(__name__)


class Page(QWidget):
    """A page shows data for ``workspace.unit``; it reloads lazily, only while visible.

    A page either implements ``reload()`` (quick reads, done on the GUI thread), or sets
    ``async_load`` and implements ``fetch(node, options)`` (runs on a worker thread: services
    only, no widgets; ``options()`` collects what it needs from the widgets beforehand) and
    ``show_data(data)``. Results of a superseded load (the clerk already chose another unit)
    are dropped. ``loaded`` is emitted whenever fresh data is on screen.
    """

    key = ""
    async_load = False
    loaded = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self._dirty = True
        self._generation = 0
        self.loading = False
        workspace.unit_selected.connect(lambda: self._on_unit(self.workspace.unit))
        workspace.data_changed.connect(self._on_data_changed)

    @property
    def unit(self) -> Any:
        return self.workspace.unit

    def title(self) -> str:
        raise NotImplementedError

    def _on_unit(self, node: Any) -> None:
        self.mark_dirty()

    def _on_data_changed(self, unit_id: int) -> None:
        self.mark_dirty()

    def mark_dirty(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Reload now. A page that cannot load says so on the page instead of failing the
        window (the other pages keep working)."""
        self._dirty = False
        self._generation += 1
        if self.async_load:
            self._start_fetch(self._generation)
            return
        try:
            self.reload()
        except Exception as exc:  # noqa: BLE001 - shown on the page, logged in full
            self._failed(self._generation, exc)
        else:
            self._show_status("")
            self.loaded.emit()

    # -- asynchronous pages --------------------------------------------------------------
    def run_read(self, work, deliver, fail) -> None:
        """Run a read (``work()``, no widgets) on a worker thread; ``deliver(result)`` or
        ``fail(exc)`` on the GUI thread. Paged models get this as their ``start``."""
        self.workspace.runner.run(
            lambda *, progress, cancelled: work(), title=self.title(), show_progress=False,
            on_success=deliver, on_error=fail)

    def options(self) -> dict:
        return {}

    def fetch(self, node: Any, options: dict) -> Any:
        raise NotImplementedError

    def show_data(self, data: Any) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        self.show_data(self.fetch(self.unit, self.options()))

    def _start_fetch(self, generation: int) -> None:
        node = self.unit
        options = self.options()
        self.loading = True
        QTimer.singleShot(250, lambda g=generation: self._still_loading(g))

        def work(*, progress, cancelled):
            return self.fetch(node, options)

        self.workspace.runner.run(
            work, title=self.title(), show_progress=False,
            on_success=lambda data, g=generation: self._deliver(g, data),
            on_error=lambda exc, g=generation: self._failed(g, exc),
        )

    def _still_loading(self, generation: int) -> None:
        if self.loading and generation == self._generation:
            self._show_status(QCoreApplication.translate("Page", "Đang tải…"), busy=True)

    def _deliver(self, generation: int, data: Any) -> None:
        if generation != self._generation:
            return  # a newer load is on its way
        self.loading = False
        try:
            self.show_data(data)
        except Exception as exc:  # noqa: BLE001
            self._failed(generation, exc)
            return
        self._show_status("")
        if not self.busy():  # a page still reading its details emits ``loaded`` later
            self.loaded.emit()

    def busy(self) -> bool:
        """Still reading (the page's data, or details a page loads after it)."""
        return self.loading

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return

        self.loading = False
        log.warning("page %s failed to load: %r", self.key, exc)
        self._show_status(
            QCoreApplication.translate("Page", "Không tải được dữ liệu của trang này: %1")
            .replace("%1", describe_exception(exc)), error=True)
        self.loaded.emit()

    def _show_status(self, text: str, *, error: bool = False, busy: bool = False) -> None:
        label = getattr(self, "_status_label", None)
        if label is None:
            if not text:
                return
            label = QLabel()
            label.setObjectName("page_status")
            label.setWordWrap(True)
            layout = self.layout()
            if layout is not None:
                layout.insertWidget(0, label)
            self._status_label = label
        label.setStyleSheet("color: #b3261e; padding: 4px;" if error
                            else "color: #555; padding: 4px;")
        label.setText(text)
        label.setVisible(bool(text))

    def showEvent(self, event):  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def new_item(self) -> None:
        """Ctrl+N on this page: the page's declared "new" action, if it has one."""
        registry = getattr(self, "page_actions", None)
        if registry is not None and "new" in registry.specs:
            registry.trigger("new")

    def declare_actions(self) -> list:
        """The page's actions (``ui.actions.PageAction``): text, shortcut, what they need
        of the user, when they apply. ``ui.actions.PageActions`` builds the rest."""
        return []


def placeholder(text: str) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet("color: #666; font-size: 11pt; padding: 24px;")
    return label
