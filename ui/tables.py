"""Tables like a spreadsheet (``setup_table``): copy what is selected (with the column headers) so it pastes
into Excel as cells, and column widths that fit their content and are remembered.

Copying puts two forms on the clipboard: tab-separated text (Notepad, LibreOffice) and an
HTML table (Excel keeps the columns, and with ``mso-number-format:"\\@"`` keeps a phone's
leading zero as text). Hidden columns are left out; columns come in the order shown.
"""
from __future__ import annotations

import html
import json

from PySide6.QtCore import QCoreApplication, QMimeData, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

TEXT_STYLE = 'mso-number-format:"\\@";'


def selection_grid(view: QAbstractItemView) -> tuple[list[str], list[list[str]]]:
    """(headers, rows of cell texts) of the selected cells: the rows chosen × the visible
    columns chosen, in the order shown on screen."""
    model = view.model()
    selection = view.selectionModel()
    indexes = selection.selectedIndexes() if selection is not None else []
    if not indexes and view.currentIndex().isValid():
        indexes = [view.currentIndex()]
    header = view.horizontalHeader() if isinstance(view, QTableView) else None
    rows = sorted({i.row() for i in indexes})
    columns = {i.column() for i in indexes}
    if header is not None:
        columns = {c for c in columns if not header.isSectionHidden(c)}
        ordered = sorted(columns, key=header.visualIndex)
    else:
        ordered = sorted(columns)
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in ordered]
    grid = []
    for r in rows:
        cells = []
        for c in ordered:
            value = model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)
            cells.append("" if value is None else str(value))
        grid.append(cells)
    return headers, grid


def _tsv_cell(text: str) -> str:
    return text.replace("\t", " ").replace("\r\n", " ").replace("\n", " ")


def to_tsv(headers: list[str], grid: list[list[str]]) -> str:
    lines = ["\t".join(_tsv_cell(h) for h in headers)]
    lines += ["\t".join(_tsv_cell(c) for c in row) for row in grid]
    return "\r\n".join(lines) + "\r\n"


def to_html(headers: list[str], grid: list[list[str]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f'<td style=\'{TEXT_STYLE}\'>{html.escape(c)}</td>' for c in row)
        + "</tr>" for row in grid)
    return (f"<html><body><table border='1'><thead><tr>{head}</tr></thead>"
            f"<tbody>{body}</tbody></table></body></html>")


def copy_selection(view: QAbstractItemView) -> int:
    """Put the selection on the clipboard; returns how many rows were copied."""
    headers, grid = selection_grid(view)
    if not grid:
        return 0
    mime = QMimeData()
    mime.setText(to_tsv(headers, grid))
    mime.setHtml(to_html(headers, grid))
    QGuiApplication.clipboard().setMimeData(mime)
    return len(grid)


def copy_action(view: QAbstractItemView, parent: QWidget) -> QAction:
    action = QAction(QCoreApplication.translate("Tables", "Sao chép (kèm tiêu đề cột)"), parent)
    action.setObjectName("action_copy_rows")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
    action.triggered.connect(lambda _c=False: copy_selection(view))
    return action


def install_copy(view: QAbstractItemView) -> QAction:
    """Ctrl+C on the table copies the selection as cells (not just the current one)."""
    action = copy_action(view, view)
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    view.addAction(action)
    return action


# --- column widths -------------------------------------------------------------------------

def _settings_key(view: QTableView) -> str:
    return f"columns/{view.objectName()}"


def saved_widths(view: QTableView) -> dict[int, int]:
    if not view.objectName():
        return {}
    raw = QSettings().value(_settings_key(view), "")
    try:
        data = json.loads(raw) if raw else {}
    except (TypeError, ValueError):
        return {}
    return {int(k): int(v) for k, v in data.items()}


def remember_widths(view: QTableView) -> None:
    """Keep the widths the clerk drags the columns to, per table, across sessions."""
    header = view.horizontalHeader()
    timer = QTimer(view)
    timer.setSingleShot(True)
    timer.setInterval(300)

    def save() -> None:
        widths = saved_widths(view)
        widths.update(view.property("dragged_widths") or {})
        QSettings().setValue(_settings_key(view), json.dumps(
            {str(k): v for k, v in widths.items()}))

    def resized(column: int, _old: int, new: int) -> None:
        if view.property("fitting"):
            return  # our own fitting, not the clerk's hand
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
            return
        dragged = dict(view.property("dragged_widths") or {})
        dragged[column] = new
        view.setProperty("dragged_widths", dragged)
        timer.start()

    timer.timeout.connect(save)
    header.sectionResized.connect(resized)


def fit_columns(view: QTableView, stretch_column: int | None = None,
                max_width: int = 320) -> None:
    """Columns as wide as their content while the table has room (a long column is capped
    only when the whole table would not fit), the stretch column taking what is left; a
    width the clerk set by hand wins."""
    header = view.horizontalHeader()
    view.setProperty("fitting", True)
    try:
        view.resizeColumnsToContents()
        count = header.count()
        room = view.viewport().width() or view.width()
        visible = [c for c in range(count) if not header.isSectionHidden(c)]
        total = sum(header.sectionSize(c) for c in visible)
        if total > room:
            for col in visible:
                if header.sectionSize(col) > max_width:
                    header.resizeSection(col, max_width)
        for col, width in saved_widths(view).items():
            if col < count and col != stretch_column:
                header.resizeSection(col, width)
        if stretch_column is not None:
            header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    finally:
        view.setProperty("fitting", False)


def setup_table(view: QTableView, *, stretch_column: int | None = None) -> None:
    """The look every table shares: whole rows, alternating colours, no edit, sortable;
    several rows can be chosen and copied with Ctrl+C (with headers, pasteable into Excel);
    column widths set by hand are remembered (the view needs an object name)."""
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
    install_copy(view)
    remember_widths(view)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    # Fitting columns to their content measures the first ~40 rows (more than a screenful),
    # not a national list's every row: each measured cell is a call into Python.
    header.setResizeContentsPrecision(40)
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    if stretch_column is not None:
        header.setStretchLastSection(False)
    else:
        header.setStretchLastSection(True)
