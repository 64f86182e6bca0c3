"""What every page needs, passed through constructors: the task runner, who is acting, the
office, the settings, and the signals pages use to tell each other that data changed."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from ui.settings import Settings
from ui.tasks import TaskRunner


class Workspace(QObject):
    unit_selected = Signal()  # ``unit`` is the UnitNode chosen in the tree (or None)
    data_changed = Signal(int)  # a unit whose villages, teams or members changed
    team_requested = Signal(int)  # open a team's detail page
    person_requested = Signal(int)  # show a person's details and training history

    def __init__(self, *, runner: TaskRunner, actor: Any, office: Any, settings: Settings,
                 data_dir: str = "", log_file: str = "", parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = data_dir  # where the database, settings, logs and backups live
        self.log_file = log_file
        self.runner = runner
        self.actor = actor
        self.office = office
        self.settings = settings
        self.unit: Any = None

    @property
    def catalogue(self) -> str:
        return (getattr(self.office, "catalogue", None) or "2025") if self.office else "2025"

    def select_unit(self, node: Any) -> None:
        self.unit = node
        self.unit_selected.emit()
