"""Decisions of a team (a read-only table) and a checkable list of a commune's teams."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ui.models.rows import decision_ref_text
from ui.models.table import GOOD, ID_ROLE, MUTED, ROW_ROLE, RowTableModel, date_text
from vn.dates import nd30_month

DRAFT_COLOUR = QColor("#8a5a00")


def decision_kind_label(code: str | None) -> str:
    return {
        "thanh_lap": QCoreApplication.translate("labels", "Thành lập"),
        "kien_toan": QCoreApplication.translate("labels", "Kiện toàn"),
        "giai_the": QCoreApplication.translate("labels", "Giải thể"),
    }.get(code or "", code or "")


def decision_status_label(code: str | None) -> str:
    return {
        "draft": QCoreApplication.translate("labels", "Dự thảo"),
        "issued": QCoreApplication.translate("labels", "Đã ban hành"),
        "superseded": QCoreApplication.translate("labels", "Bị thay thế"),
        "cancelled": QCoreApplication.translate("labels", "Đã hủy"),
    }.get(code or "", code or "")


def decision_label(row: Any) -> str:
    """"Quyết định số 01/QĐ-UBND ngày 05/3/2026" or "Dự thảo quyết định", translated; the
    number and symbol are the document's own."""
    from desktop.decisions import format_number  # loaded with the decisions (start)

    if getattr(row, "number", None) is None:
        return QCoreApplication.translate("labels", "Dự thảo quyết định")
    number = format_number(row.number, row.symbol)
    day = row.signed_on
    if day:  # the document's own date form (ND30: "05/3/2026")
        return QCoreApplication.translate("labels", "Quyết định số %1 ngày %2").replace(
            "%1", number).replace("%2", f"{day.day:02d}/{nd30_month(day.month)}/{day.year}")
    return QCoreApplication.translate("labels", "Quyết định số %1").replace("%1", number)


class DecisionTableModel(RowTableModel):
    """Rows are ``desktop.decisions.DecisionInfo``: drafts first, then newest first."""

    COL_LABEL, COL_KIND, COL_STATUS, COL_DATE, COL_TEAMS, COL_SUBJECT = range(6)
    column_count = 6
    numeric_columns = frozenset({COL_TEAMS})

    def headers(self) -> list[str]:
        return [self.tr("Quyết định"), self.tr("Loại"), self.tr("Trạng thái"),
                self.tr("Ngày ký"), self.tr("Số Tổ"), self.tr("Trích yếu")]

    def cell(self, row: Any, column: int) -> Any:
        if column == self.COL_LABEL:
            return decision_label(row)
        if column == self.COL_KIND:
            return decision_kind_label(row.kind)
        if column == self.COL_STATUS:
            return decision_status_label(row.status)
        if column == self.COL_DATE:
            text = date_text(row.signed_on)
            if text and row.status == "draft":
                return self.tr("%1 (dự kiến)").replace("%1", text)
            return text
        if column == self.COL_TEAMS:
            return str(len(row.team_ids))
        if column == self.COL_SUBJECT:
            return row.subject
        return None

    def sort_value(self, row: Any, column: int) -> Any:
        if column == self.COL_DATE:
            return row.signed_on.isoformat() if row.signed_on else ""
        if column == self.COL_TEAMS:
            return len(row.team_ids)
        if column == self.COL_LABEL:
            return (row.year, row.number or 0)
        return self.cell(row, column)

    def foreground(self, row: Any, column: int) -> QColor | None:
        if row.status in ("superseded", "cancelled"):
            return MUTED
        if column == self.COL_STATUS:
            return DRAFT_COLOUR if row.status == "draft" else GOOD
        return None

    def tooltip(self, row: Any, column: int) -> str | None:
        if row.status == "draft":
            return self.tr("Dự thảo: sửa được; in ra có dấu DỰ THẢO. Ban hành để cấp số.")
        if row.status == "superseded":
            return self.tr("Đã được một quyết định sau thay thế.")
        return self.tr("Đã ban hành: không sửa được; bản in là tệp đã lưu khi ban hành.")


class TeamCheckModel(QAbstractListModel):
    """The teams of a commune, each with a check box (drafting for several teams, batch
    printing). Rows are ``TeamRow``s; ``checked_ids()`` keeps the list order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Any] = []
        self._checked: set[int] = set()

    def set_rows(self, rows: Sequence[Any], checked: Iterable[int] = ()) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        wanted = set(checked)
        self._checked = {r.id for r in self._rows if r.id in wanted}
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def checked_ids(self) -> list[int]:
        return [r.id for r in self._rows if r.id in self._checked]

    def set_all(self, checked: bool) -> None:
        self._checked = {r.id for r in self._rows} if checked else set()
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1),
                                  [Qt.ItemDataRole.CheckStateRole])

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            parts = [row.name]
            if row.status == "planned":
                parts.append(self.tr("(dự kiến)"))
            parts.append(self.tr("· %1 thành viên").replace("%1", str(row.member_count)))
            return " ".join(parts)
        if role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if row.id in self._checked
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.ToolTipRole:
            return decision_ref_text(row.latest_decision) or self.tr("Chưa có quyết định")
        if role == Qt.ItemDataRole.ForegroundRole and not row.member_count:
            return QBrush(MUTED)
        if role == Qt.ItemDataRole.FontRole and row.status == "planned":
            font = QFont()
            font.setItalic(True)
            return font
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        return None

    def setData(self, index: QModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        row = self._rows[index.row()]
        state = Qt.CheckState(value) if isinstance(value, int) else value
        if state == Qt.CheckState.Checked:
            self._checked.add(row.id)
        else:
            self._checked.discard(row.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
