"""Charts a director reads at a glance, painted with QPainter (no chart library).

Why painted: the two Qt chart modules need PySide6-Addons (about +100 MB in the installer),
QtCharts is deprecated since Qt 6.10 and QtGraphs brings the Qt Quick stack along; what the
dashboard needs is horizontal percentage bars per
unit, which a 100-line widget paints crisply, prints (``render`` onto a QPrinter) and tests
without a display. Cost: 0 MB.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

COLOURS = (QColor("#1f77b4"), QColor("#2ca02c"))  # coverage, trained
TRACK = QColor("#eeeeee")


@dataclass(frozen=True)
class Bar:
    label: str
    values: tuple[float, ...]  # percentages 0..100, one per series


class PercentBars(QWidget):
    """Horizontal bars, one row per unit, one bar per series (``series`` names them in the
    legend); values are percentages. ``bars()`` is what is painted (tests read it)."""

    ROW = 22

    def __init__(self, series: tuple[str, ...], parent: QWidget | None = None, *,
                 counts: bool = False):
        super().__init__(parent)
        self.series = series
        self.counts = counts  # values are counts: bars scale to the largest, text a number
        self._bars: list[Bar] = []
        self.title = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, title: str, bars: list[Bar]) -> None:
        self.title = title
        self._bars = list(bars)
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def value_text(self, value: float) -> str:
        if self.counts:
            return f"{int(value):,}".replace(",", ".")
        return f"{value:.1f}".replace(".", ",") + "%"

    def _row(self) -> int:
        """A row's height: room for each series' bar and its value."""
        return self.ROW if len(self.series) <= 1 else 12 * len(self.series) + 6

    def sizeHint(self) -> QSize:
        rows = max(1, len(self._bars))
        return QSize(480, 28 + 18 + rows * self._row() + 6)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        width = self.width()
        painter.setPen(QPen(QColor("#222")))
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QRectF(4, 2, width - 8, 22),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title)
        bold.setBold(False)
        painter.setFont(bold)
        # legend
        x = 4.0
        for name, colour in zip(self.series, COLOURS, strict=False):
            painter.fillRect(QRectF(x, 30, 12, 10), colour)
            painter.setPen(QPen(QColor("#444")))
            painter.drawText(QRectF(x + 16, 26, 260, 18), Qt.AlignmentFlag.AlignVCenter, name)
            x += 16 + metrics.horizontalAdvance(name) + 18
        label_w = min(260, max([metrics.horizontalAdvance(b.label) for b in self._bars] or [0])
                      + 12)
        value_w = metrics.horizontalAdvance("100,0%" if not self.counts else "1.000.000") + 10
        largest = max([max(b.values) for b in self._bars if b.values] or [0]) or 1
        track_x = label_w + 4
        track_w = max(20, width - track_x - value_w - 4)
        top = 46
        series = max(1, len(self.series))
        row_h = self._row()
        bar_h = (row_h - 6) / series
        for i, bar in enumerate(self._bars):
            y = top + i * row_h
            painter.setPen(QPen(QColor("#333")))
            painter.drawText(QRectF(4, y, label_w - 8, row_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight,
                                                label_w - 8))
            for k, value in enumerate(bar.values[:series]):
                by = y + 3 + k * bar_h
                painter.fillRect(QRectF(track_x, by, track_w, bar_h - 1), TRACK)
                share = (value / largest if self.counts
                         else max(0.0, min(100.0, value)) / 100.0)
                painter.fillRect(QRectF(track_x, by, track_w * share, bar_h - 1),
                                 COLOURS[k % len(COLOURS)])
            painter.setPen(QPen(QColor("#333")))
            for k, value in enumerate(bar.values[:series]):
                by = y + 3 + k * bar_h
                painter.drawText(QRectF(track_x + track_w + 4, by - 2, value_w, bar_h + 4),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 self.value_text(value))
        painter.end()
