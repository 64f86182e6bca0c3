"""Read-only table models over lists of frozen dataclasses (the rows services return).

Each model names its columns with ``COL_*`` constants, returns the row object under
``ROW_ROLE`` and a comparable value under ``SORT_ROLE``; a change of data is a whole reset
(``beginResetModel``/``endResetModel``): the lists are a commune's worth of rows at most, and
the national-size lists (search results, a province's teams) page lazily instead
(``ui.models.search``, ``ui.models.teams``).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from vn.dates import format_day

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3

MUTED = QColor("#808080")
GOOD = QColor("#1b7f3b")
BAD = QColor("#b3261e")


def date_text(value: dt.date | None) -> str:
    return format_day(value)


def number_text(value: int | None) -> str:
    if value is None:
        return ""
    return f"{value:,}".replace(",", ".")


class RowTableModel(QAbstractTableModel):
    """Subclasses define ``headers()`` and ``cell(row, column)``; optionally ``sort_value``,
    ``foreground`` and ``alignment``."""

    column_count = 0
    numeric_columns: frozenset[int] = frozenset()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Any] = []
        self._headers: list[str] | None = None

    # -- to override ---------------------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> Any:
        raise NotImplementedError

    def sort_value(self, row: Any, column: int) -> Any:
        return self.cell(row, column)

    def foreground(self, row: Any, column: int) -> QColor | None:
        return None

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    def row_id(self, row: Any) -> Any:
        return getattr(row, "id", None)

    # -- data ----------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, index: QModelIndex | int) -> Any:
        row = index if isinstance(index, int) else index.row()
        if isinstance(index, QModelIndex) and not index.isValid():
            return None
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def find_row(self, predicate: Callable[[Any], bool]) -> int:
        for number, row in enumerate(self._rows):
            if predicate(row):
                return number
        return -1

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.column_count

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if self._headers is None:
                self._headers = self.headers()
            return self._headers[section] if 0 <= section < len(self._headers) else None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.cell(row, column)
            return "" if value is None else str(value)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return self.row_id(row)
        if role == SORT_ROLE:
            value = self.sort_value(row, column)
            return "" if value is None else value
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.foreground(row, column)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in self.numeric_columns:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None
