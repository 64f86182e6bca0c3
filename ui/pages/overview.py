"""Tổng quan: the figures ministries and provinces ask for, for the chosen unit, and per
commune below it (villages, teams, coverage, members, trained)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.table import SORT_ROLE, RowTableModel, number_text
from ui.pages.base import Page, fit_columns, placeholder, setup_table
from ui.pages import page_title


def pct_text(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.1f}".replace(".", ",") + "%"


class CommuneStatsModel(RowTableModel):
    (COL_NAME, COL_VILLAGES, COL_TEAMS, COL_COVERAGE, COL_MEMBERS, COL_WOMEN, COL_YOUTH,
     COL_TRAINED, COL_TRAINED_PCT, COL_DECISION) = range(10)
    column_count = 10
    numeric_columns = frozenset(range(1, 9))

    def headers(self) -> list[str]:
        return [self.tr("Xã/phường"), self.tr("Thôn/TDP"), self.tr("Tổ"),
                self.tr("% thôn có tổ"), self.tr("Thành viên"), self.tr("Nữ"),
                self.tr("Đoàn viên"), self.tr("Đã tập huấn"), self.tr("% tập huấn"),
                self.tr("Quyết định gần nhất")]

    def row_id(self, row: Any) -> Any:
        return getattr(row, "commune_id", None) or getattr(row, "unit_id", None)

    def cell(self, row: Any, column: int) -> Any:
        g = lambda name: getattr(row, name, None)  # noqa: E731
        name = g("commune_name") or g("name") or ""
        return (name, number_text(g("villages")), number_text(g("teams")),
                pct_text(g("coverage_pct")), number_text(g("members")), number_text(g("women")),
                number_text(g("youth_union")), number_text(g("trained")),
                pct_text(g("trained_pct")), g("latest_decision") or "")[column]

    def sort_value(self, row: Any, column: int) -> Any:
        names = ("", "villages", "teams", "coverage_pct", "members", "women", "youth_union",
                 "trained", "trained_pct", "")
        if column in (self.COL_NAME, self.COL_DECISION):
            return self.cell(row, column)
        return getattr(row, names[column], 0) or 0


class _Card(QFrame):
    def __init__(self, caption: str, parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(
            "#card { background: white; border: 1px solid #d9d9d9; border-radius: 6px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        self.value = QLabel("–")
        self.value.setStyleSheet("font-size: 20pt; font-weight: bold; color: #1f4e79;")
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: #555;")
        self.detail = QLabel("")
        self.detail.setStyleSheet("color: #777;")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)


class OverviewPage(Page):
    key = "overview"
    async_load = True  # a province's figures take a while on a national database

    def __init__(self, workspace, parent=None):
        super().__init__(workspace, parent)
        self.cards = {
            "villages": _Card(self.tr("thôn/tổ dân phố")),
            "teams": _Card(self.tr("Tổ CNSCĐ đang hoạt động")),
            "coverage": _Card(self.tr("thôn có tổ")),
            "members": _Card(self.tr("thành viên")),
            "trained": _Card(self.tr("thành viên đã tập huấn")),
            "trained_pct": _Card(self.tr("tỷ lệ đã tập huấn")),
        }
        grid = QGridLayout()
        grid.setSpacing(10)
        for number, card in enumerate(self.cards.values()):
            grid.addWidget(card, 0, number)
        self.model = CommuneStatsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setObjectName("overview_table")
        self.view.setModel(self.proxy)
        setup_table(self.view)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.doubleClicked.connect(self._open_commune)
        self.table_caption = QLabel(self.tr("Theo xã/phường"))
        self.table_caption.setStyleSheet("font-weight: bold; margin-top: 8px;")
        self.note = QLabel()
        self.note.setStyleSheet("color: #666;")
        self.note.setWordWrap(True)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.note)
        layout.addWidget(self.table_caption)
        layout.addWidget(self.view, 1)
        self.empty = placeholder(self.tr("Chọn một đơn vị ở cây bên trái để xem số liệu."))
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(self.empty)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.addWidget(self.stack)

    def title(self) -> str:
        return page_title(self.key)

    def fetch(self, node: Any, options: dict) -> Any:
        from desktop import stats

        if node is None:
            return None
        overview = stats.overview(node.id)
        rows = stats.per_commune(node.id) if node.level in ("province", "district") else None
        return node, overview, rows

    def show_data(self, data: Any) -> None:
        if data is None:
            self.stack.setCurrentWidget(self.empty)
            return
        node, o, rows = data
        self.stack.setCurrentIndex(0)
        self.cards["villages"].set(number_text(o.villages))
        planned = getattr(o, "planned_teams", 0) or 0
        self.cards["teams"].set(
            number_text(o.teams),
            self.tr("và %1 tổ dự kiến").replace("%1", number_text(planned)) if planned else "")
        self.cards["coverage"].set(pct_text(o.coverage_pct))
        self.cards["members"].set(
            number_text(o.members),
            self.tr("%1 nữ · %2 đoàn viên").replace("%1", number_text(o.women))
            .replace("%2", number_text(o.youth_union)))
        self.cards["trained"].set(number_text(o.trained))
        self.cards["trained_pct"].set(pct_text(o.trained_pct))
        if rows is not None:
            self.model.set_rows(rows)
            fit_columns(self.view, stretch_column=CommuneStatsModel.COL_DECISION, max_width=200)
            self.view.show()
            self.table_caption.show()
            self.table_caption.setText(self.tr("Theo xã/phường (%1)").replace(
                "%1", str(len(rows))))
        else:
            self.model.set_rows([])
            self.view.hide()
            self.table_caption.hide()
        if o.villages == 0 and node.level == "commune":
            self.note.setText(self.tr(
                "Xã này chưa có thôn/tổ dân phố nào. Mở trang Thôn/Tổ dân phố để thêm "
                "(có thể dán danh sách từ Excel)."))
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))

    def _open_commune(self, index) -> None:
        row = self.model.row_at(self.proxy.mapToSource(index))
        unit_id = self.model.row_id(row) if row is not None else None
        if unit_id:
            window = self.window()
            if hasattr(window, "select_unit"):
                window.select_unit(unit_id)
