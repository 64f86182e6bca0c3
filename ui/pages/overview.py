"""Tổng quan: the figures ministries and provinces ask for, for the chosen unit, and per
commune below it (villages, teams, coverage, members, trained)."""
from __future__ import annotations

import datetime as dt
import os
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QRegion,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import stats
from ui import msgbox
from ui.actions import READ, PageAction, PageActions
from ui.charts import Bar, PercentBars
from ui.errors import describe_exception
from ui.models.rows import decision_ref_text, team_status_label
from ui.models.table import SORT_ROLE, RowTableModel, number_text
from ui.pages import page_title
from ui.pages.base import Page, fit_columns, placeholder, setup_table
from vn.dates import format_day
from vn.files import write_bytes


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
                pct_text(g("trained_pct")), decision_ref_text(g("latest_decision")))[column]

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
        # the words wrap rather than widen the row of six cards past a 1366-pixel screen
        # (national figures and "1.188 nữ · 676 đoàn viên" are long on one line)
        for label in (self.caption, self.detail):
            label.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)


class VillageStatsModel(RowTableModel):
    """A commune's villages: team, members, trained, latest Decision (no team first)."""

    (COL_NAME, COL_TEAM, COL_MEMBERS, COL_TRAINED, COL_TRAINED_PCT, COL_DECISION) = range(6)
    column_count = 6
    numeric_columns = frozenset({2, 3, 4})

    def headers(self) -> list[str]:
        return [self.tr("Thôn/tổ dân phố"), self.tr("Tổ CNSCĐ"), self.tr("Thành viên"),
                self.tr("Đã tập huấn"), self.tr("% tập huấn"), self.tr("Quyết định gần nhất")]

    def row_id(self, row: Any) -> Any:
        return row.village_id

    def cell(self, row: Any, column: int) -> Any:
        team = team_status_label(row.team_status) if row.team_status else self.tr("Chưa có tổ")
        return (row.village_name, team, number_text(row.members), number_text(row.trained),
                pct_text(row.trained_pct) if row.team_id else "",
                decision_ref_text(row.latest_decision))[column]

    def foreground(self, row: Any, column: int):
        if column == self.COL_TEAM and row.team_status != "active":
            return QColor("#b3261e")
        return None

    def sort_value(self, row: Any, column: int) -> Any:
        names = ("", "", "members", "trained", "trained_pct", "")
        if names[column]:
            return getattr(row, names[column], 0) or 0
        return self.cell(row, column)


def paint_table(painter: QPainter, area: QRectF, view: QTableView, *, more: str) -> int:
    """The rows of a table as shown (its order, its visible columns, widths in proportion)
    written into ``area`` of a printed page, as many as fit at 6-8 pt; a last line says how
    many were left out. Returns the number of rows written."""
    model = view.model()
    header = view.horizontalHeader()
    columns = [c for c in sorted(range(model.columnCount()), key=header.visualIndex)
               if not header.isSectionHidden(c)]
    rows = model.rowCount()
    if not columns:
        return 0
    font = QFont(painter.font())
    font.setBold(False)
    for size in (8.0, 7.0, 6.0):
        font.setPointSizeF(size)
        line = QFontMetricsF(font, painter.device()).height() * 1.25
        fits = int(area.height() / line) - 1  # the header line
        if fits >= rows:
            break
    shown = rows if fits >= rows else max(0, fits - 1)
    widths = [max(30, header.sectionSize(c)) for c in columns]
    factor = area.width() / sum(widths)
    widths = [w * factor for w in widths]
    metrics = QFontMetricsF(font, painter.device())

    right = Qt.AlignmentFlag.AlignRight
    # numbers to the right, as on screen (the first row's alignment stands for its column)
    aligned = [right if rows and int(model.index(0, c).data(
        Qt.ItemDataRole.TextAlignmentRole) or 0) & right else Qt.AlignmentFlag.AlignLeft
        for c in columns]

    def write_line(y: float, texts: list[str], bold: bool) -> None:
        font.setBold(bold)
        painter.setFont(font)
        x = area.left()
        for text, width, align in zip(texts, widths, aligned):
            cell = QRectF(x + 2, y, width - 4, line)
            painter.drawText(cell, int(align | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight, cell.width()))
            x += width

    y = area.top()
    write_line(y, [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns],
               True)
    painter.drawLine(QPointF(area.left(), y + line), QPointF(area.right(), y + line))
    for row in range(shown):
        y += line
        write_line(y, [str(model.index(row, c).data() or "") for c in columns], False)
    if shown < rows:
        y += line
        font.setBold(False)
        painter.setFont(font)
        painter.drawText(QRectF(area.left() + 2, y, area.width() - 4, line),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         more.replace("%1", str(rows - shown)))
    return shown


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
        self.view.doubleClicked.connect(lambda _i: self.page_actions.trigger("open_unit"))
        self.villages_model = VillageStatsModel(self)
        self.village_view = QTableView()
        self.village_view.setObjectName("overview_villages")
        self.village_view.setModel(self.villages_model)
        setup_table(self.village_view)
        self.village_view.doubleClicked.connect(
            lambda _i: self.page_actions.trigger("open_team"))
        self.chart = PercentBars((self.tr("thôn có tổ"), self.tr("thành viên đã tập huấn")))
        self.chart.setObjectName("overview_chart")
        self.role_chart = PercentBars((self.tr("thành viên"),), counts=True)
        self.org_chart = PercentBars((self.tr("thành viên"),), counts=True)
        self.year_chart = PercentBars((self.tr("tổ"),), counts=True)
        self.charts = QTabWidget()
        self.charts.setObjectName("overview_charts")
        self.charts.setDocumentMode(True)
        for chart, caption in ((self.chart, self.tr("Độ phủ và tập huấn")),
                               (self.role_chart, self.tr("Thành viên theo vai trò")),
                               (self.org_chart, self.tr("Theo đơn vị công tác")),
                               (self.year_chart, self.tr("Tổ thành lập theo năm"))):
            self.charts.addTab(chart, caption)
        self.table_caption = QLabel(self.tr("Theo xã/phường"))
        self.table_caption.setStyleSheet("font-weight: bold; margin-top: 8px;")
        self.note = QLabel()
        self.note.setStyleSheet("color: #666;")
        self.note.setWordWrap(True)

        self.page_actions = PageActions(self, self.declare_actions(),
                                        views=[self.view, self.village_view])
        tools = QHBoxLayout()
        tools.addStretch(1)
        for key in ("print", "pdf", "excel"):
            tools.addWidget(self.page_actions.button(key))

        content = QWidget()
        self.content = content
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addLayout(grid)
        layout.addWidget(self.note)
        layout.addWidget(self.charts)
        layout.addWidget(self.table_caption)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.village_view, 1)
        self.empty = placeholder(self.tr("Chọn một đơn vị ở cây bên trái để xem số liệu."))
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(self.empty)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.addWidget(self.stack)

    def title(self) -> str:
        return page_title(self.key)

    def declare_actions(self) -> list[PageAction]:
        shown = lambda p: p.unit is not None and p.stack.currentWidget() is p.content  # noqa: E731
        return [
            PageAction("print", self.tr("In…"), OverviewPage.print_page, READ,
                       enabled=shown, menu=False, shortcut="Ctrl+P"),
            PageAction("pdf", self.tr("Lưu PDF một trang…"), OverviewPage.save_pdf, READ,
                       enabled=shown, menu=False),
            PageAction("excel", self.tr("Xuất Excel…"), OverviewPage.export_excel, READ,
                       menu=False, tooltip=self.tr("Báo cáo thống kê gửi cấp trên, cùng số "
                                                   "liệu với trang này")),
            # the tables' context menus (and a double-click); "Chép" is added by the registry
            PageAction("open_unit", self.tr("Xem đơn vị này"), OverviewPage.open_unit, READ,
                       applies_to="row", button=False,
                       enabled=lambda p: p.chosen_unit() is not None),
            PageAction("open_team", self.tr("Mở trang tổ"), OverviewPage.open_team, READ,
                       applies_to="row", button=False, table=1,
                       enabled=lambda p: bool(getattr(p.chosen_village(), "team_id", None))),
        ]

    # -- print and export --------------------------------------------------------------
    def pdf_bytes(self) -> bytes:
        """The dashboard as shown (figures, chart, table) on one A4 landscape page, with the
        unit and the date on top."""

        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Landscape,
                                         QMarginsF(10, 10, 10, 10),
                                         QPageLayout.Unit.Millimeter))
        writer.setResolution(96)
        writer.setTitle(self.tr("Tổng quan"))
        painter = QPainter(writer)
        try:
            page = QRectF(painter.viewport())
            name = getattr(self.unit, "name", "") or ""
            heading = self.tr("Tổng quan: %1 (ngày %2)").replace("%1", name).replace(
                "%2", format_day(dt.date.today()))
            font = painter.font()
            font.setPointSizeF(12)
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(QRectF(0, 0, page.width(), 28), heading)
            # drawn as a sharp picture (twice the screen's pixels): the PDF engine cannot
            # reproduce the style's gradients, and the page must look as on screen. The
            # figures and the chart as shown; the table below is written out row by row
            # (on screen it scrolls: a picture of it would show a handful of rows).
            source = self.content
            top = max(0, self.cards["villages"].mapTo(source, QPoint(0, 0)).y() - 4)
            bottom = self.table_caption.mapTo(source, QPoint(0, 0)).y() \
                + self.table_caption.height()
            region = QRect(0, top, source.width(), max(1, bottom - top))
            image = QImage(region.size() * 2, QImage.Format.Format_ARGB32)
            image.setDevicePixelRatio(2)
            image.fill(QColor("white"))
            source.render(image, QPoint(0, 0), QRegion(region))
            room = page.height() - 34
            scale = min(page.width() / max(1, region.width()), room * 0.45 / region.height())
            painter.drawImage(QRectF(0, 34, region.width() * scale, region.height() * scale),
                              image)
            table_top = 34 + region.height() * scale + 4
            view = self.village_view if self.village_view.isVisible() else self.view
            paint_table(painter, QRectF(0, table_top, page.width(), page.height() - table_top),
                        view, more=self.tr("… và %1 dòng nữa (xem đủ trong tệp Excel: nút "
                                           "Xuất Excel)."))
        finally:
            painter.end()
        buffer.close()
        return bytes(data.data())

    def save_pdf(self) -> str:
        from ui.print_preview import ask_save_path, default_folder

        name = getattr(self.unit, "short_name", "") or getattr(self.unit, "name", "")
        path = ask_save_path(self, self.tr("Lưu tổng quan thành PDF"),
                             os.path.join(default_folder(), f"Tong quan {name}.pdf"),
                             self.tr("Tệp PDF (*.pdf)"))
        if not path:
            return ""
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_bytes(path, self.pdf_bytes())
        except OSError as exc:
            msgbox.error(self, self.tr("Không lưu được"), describe_exception(exc))
            return ""
        self.window().statusBar().showMessage(
            self.tr("Đã lưu %1").replace("%1", path), 8000) if hasattr(
                self.window(), "statusBar") else None
        return path

    def print_page(self) -> int:
        from ui.print_preview import print_pdf

        return print_pdf(self, self.pdf_bytes(), self.tr("Tổng quan"))

    def export_excel(self) -> Any:
        from ui.dialogs.export_dialog import ask_and_export

        return ask_and_export(self.workspace, self, "report")

    def fetch(self, node: Any, options: dict) -> Any:
        if node is None:
            return None
        overview = stats.overview(node.id)
        rows = stats.per_commune(node.id) if node.level in ("province", "district") else None
        commune = node.id if node.level == "commune" else \
            getattr(node, "parent_id", None) if node.level == "village" else None
        villages = stats.per_village(commune) if commune is not None else None
        return node, overview, rows, villages, stats.breakdown(node.id)

    def show_data(self, data: Any) -> None:
        if data is None:
            self.stack.setCurrentWidget(self.empty)
            return
        node, o, rows, villages, counts = data
        self.stack.setCurrentIndex(0)
        self._show_breakdown(rows, villages)
        self._show_counts(counts)
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
            self.table_caption.setVisible(self.village_view.isVisibleTo(self))
        if o.villages == 0 and node.level == "commune":
            self.note.setText(self.tr(
                "Xã này chưa có thôn/tổ dân phố nào. Mở trang Thôn/Tổ dân phố để thêm "
                "(có thể dán danh sách từ Excel)."))
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))

    def _show_breakdown(self, rows: Any, villages: Any) -> None:
        """A province: per-commune coverage and training, weakest first in the chart. A
        commune: per-village status, villages without a team first."""
        self.village_view.setVisible(villages is not None)
        if villages is not None:
            self.villages_model.set_rows(villages)
            fit_columns(self.village_view,
                        stretch_column=VillageStatsModel.COL_DECISION, max_width=220)
            missing = sum(1 for v in villages if v.team_status != "active")
            self.table_caption.setText(
                self.tr("Theo thôn/tổ dân phố (%1; %2 chưa có tổ đang hoạt động)")
                .replace("%1", str(len(villages))).replace("%2", str(missing)))
            with_team = [v for v in villages if v.team_id]
            self.chart.series = (self.tr("thành viên đã tập huấn"),)
            self.chart.set_bars(
                self.tr("Tỷ lệ thành viên đã tập huấn theo thôn (thấp nhất trước)"),
                [Bar(v.village_name, (v.trained_pct,))
                 for v in sorted(with_team, key=lambda v: v.trained_pct)[:6]])
        elif rows:
            self.chart.series = (self.tr("thôn có tổ"), self.tr("thành viên đã tập huấn"))
            self.chart.set_bars(
                self.tr("Độ phủ và tập huấn theo xã (độ phủ thấp nhất trước)"),
                [Bar(r.commune_name, (r.coverage_pct, r.trained_pct))
                 for r in sorted((r for r in rows if r.villages),  # no villages: no data yet
                                 key=lambda r: (r.coverage_pct, r.commune_name))[:6]])
        else:
            self.chart.set_bars("", [])

    def _show_counts(self, counts: Any) -> None:
        """Members by role and organisation, teams by year: the count charts."""
        self.role_chart.set_bars(self.tr("Thành viên theo vai trò trong tổ"),
                                 [Bar(label, (n,)) for label, n in counts.by_role])
        self.org_chart.set_bars(
            self.tr("Thành viên theo đơn vị công tác (nhiều nhất trước)"),
            [Bar(org or self.tr("Khác / chưa ghi"), (n,)) for org, n in counts.by_organisation])
        self.year_chart.set_bars(self.tr("Số tổ (chưa giải thể) theo năm thành lập"),
                                 [Bar(str(year), (n,)) for year, n in counts.teams_by_year])
        drawn = [c for c in (self.chart, self.role_chart, self.org_chart, self.year_chart)
                 if c.bars()]
        height = max((c.sizeHint().height() for c in drawn), default=0)
        self.charts.setFixedHeight(height + self.charts.tabBar().sizeHint().height() + 4
                                   if height else 0)
        self.charts.setVisible(bool(height))

    def chosen_village(self):
        """The row of the villages' table under the cursor."""
        return self.villages_model.row_at(self.village_view.currentIndex())

    def chosen_unit(self) -> int | None:
        """The unit of the units' table row under the cursor."""
        index = self.view.currentIndex()
        row = self.model.row_at(self.proxy.mapToSource(index)) if index.isValid() else None
        return self.model.row_id(row) if row is not None else None

    def open_team(self) -> None:
        row = self.chosen_village()
        if row is not None and row.team_id:
            self.workspace.team_requested.emit(row.team_id)

    def open_unit(self) -> None:
        unit_id = self.chosen_unit()
        if unit_id:
            window = self.window()
            if hasattr(window, "select_unit"):
                window.select_unit(unit_id)
