"""Tables like a spreadsheet (``setup_table``): select any rectangle of cells (click, Shift+click,
Ctrl+click, Shift+arrows), whole rows (Shift+Space) or everything (Ctrl+A); ``copy_selection``
(Ctrl+C, and the "Sao chép" entry of every table's context menu) puts it on the clipboard with
the column headers so it pastes into Excel as cells; column widths fit their content and are
remembered.

Copying puts two forms on the clipboard: tab-separated text (Notepad, LibreOffice) and an
HTML table (Excel keeps the columns, and with ``mso-number-format:"\\@"`` keeps a phone's
leading zero as text). Hidden columns are left out; columns come in the order shown.
"""
from __future__ import annotations

import html
import json

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QMimeData,
    QObject,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableView, QWidget

TEXT_STYLE = 'mso-number-format:"\\@";'


def selected_rows(view: QAbstractItemView) -> list[int]:
    """The rows with a selected cell (or the current row), top to bottom: what a row action
    (open, edit, remove) works on, whether whole rows or a few cells were selected."""
    selection = view.selectionModel()
    rows = {i.row() for i in selection.selectedIndexes()} if selection is not None else set()
    if not rows and view.currentIndex().isValid():
        rows = {view.currentIndex().row()}
    return sorted(rows)


def _cell_text(view: QAbstractItemView, index) -> str:
    value = index.data(Qt.ItemDataRole.DisplayRole)
    if value in (None, "") and isinstance(view, QTableView):
        widget = view.indexWidget(index)  # a choice shown in the cell (a result per person)
        if isinstance(widget, QComboBox):
            return widget.currentText()
    return "" if value is None else str(value)


def selection_grid(view: QAbstractItemView) -> tuple[list[str], list[list[str]]]:
    """(headers, rows of cell texts) of the selected cells: the rows chosen × the visible
    columns chosen, in the order shown on screen (cells selected here and there give the
    rectangle around them, as Excel would refuse to copy less)."""
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
            cells.append(_cell_text(view, model.index(r, c)))
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
    """Put the selected cells on the clipboard as rows × columns with their headers (text
    with tabs, and an HTML table Excel pastes into cells); returns how many rows were
    copied. The one copy of every table: Ctrl+C and the context menu's entry call it."""
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


def select_whole_rows(view: QTableView) -> None:
    """Extend the selection to the whole rows of the cells selected (Shift+Space)."""
    selection = view.selectionModel()
    model = view.model()
    if selection is None or model is None or model.columnCount() == 0:
        return
    last = model.columnCount() - 1
    items = QItemSelection()
    for row in selected_rows(view):
        items.select(model.index(row, 0), model.index(row, last))
    selection.select(items, QItemSelectionModel.SelectionFlag.Select)


def install_copy(view: QAbstractItemView) -> QAction:
    """Ctrl+C on the table copies the selection as cells (not just the current one);
    Shift+Space widens the selection to whole rows."""
    action = copy_action(view, view)
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    view.addAction(action)
    if isinstance(view, QTableView):
        rows = QAction(view)
        rows.setObjectName("action_select_rows")
        rows.setShortcut(QKeySequence("Shift+Space"))
        rows.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        rows.triggered.connect(lambda _c=False: select_whole_rows(view))
        view.addAction(rows)
    return action


def make_copyable(view: QTableView) -> None:
    """A table that keeps its own look (an editable list, a report) but selects and copies
    like the others."""
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
    view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
    install_copy(view)


# --- column widths -------------------------------------------------------------------------

def _settings_key(view: QTableView) -> str:
    # "columns/" held widths Qt had set, not the clerk: they are left behind
    return f"column-widths/{view.objectName()}"


def saved_widths(view: QTableView) -> dict[int, int]:
    if not view.objectName():
        return {}
    raw = QSettings().value(_settings_key(view), "")
    try:
        data = json.loads(raw) if raw else {}
    except (TypeError, ValueError):
        return {}
    # a width of 0 was never chosen by hand (an old version kept a hidden column's)
    return {int(k): int(v) for k, v in data.items() if int(v) > 0}


class _HeaderHand(QObject):
    """Knows whether the clerk's mouse is on the header (pressed): only a width changed
    then is the clerk's; Qt resizes sections for many other reasons (the last section
    stretching, a column hidden, a restored layout)."""

    def __init__(self, header: QHeaderView):
        super().__init__(header)
        self.pressed = False
        header.viewport().installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self.pressed = True
        elif event.type() == QEvent.Type.MouseButtonRelease:
            self.pressed = False
        return False


def remember_widths(view: QTableView) -> None:
    """Keep the widths the clerk drags the columns to, per table, across sessions."""
    header = view.horizontalHeader()
    hand = _HeaderHand(header)
    timer = QTimer(view)
    timer.setSingleShot(True)
    timer.setInterval(300)

    def save() -> None:
        widths = saved_widths(view)
        widths.update(view.property("dragged_widths") or {})
        QSettings().setValue(_settings_key(view), json.dumps(
            {str(k): v for k, v in widths.items()}))

    def resized(column: int, _old: int, new: int) -> None:
        if view.property("fitting") or not hand.pressed:
            return  # our own fitting or Qt's layout, not the clerk's hand
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive \
                or header.isSectionHidden(column) or new <= 0:
            return
        dragged = dict(view.property("dragged_widths") or {})
        dragged[column] = new
        view.setProperty("dragged_widths", dragged)
        timer.start()

    timer.timeout.connect(save)
    header.sectionResized.connect(resized)


class _Refit(QObject):
    """Fits the columns again when the table is shown or its width changes (a page filled
    while hidden measured a width it does not have on screen)."""

    def __init__(self, view: QTableView):
        super().__init__(view)
        self.view = view
        self.args: tuple[int | None, int] = (None, 320)
        self.width = -1
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.refit)
        view.installEventFilter(self)

    @classmethod
    def watch(cls, view: QTableView, stretch_column: int | None, max_width: int) -> None:
        refit = view.findChild(cls)
        if refit is None:
            refit = cls(view)
        refit.args = (stretch_column, max_width)
        refit.width = view.viewport().width() if view.isVisible() else -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        if watched is self.view and event.type() in (QEvent.Type.Resize, QEvent.Type.Show) \
                and self.view.isVisible() and self.view.viewport().width() != self.width:
            self.timer.start()
        return False

    def refit(self) -> None:
        if self.view.isVisible() and self.view.viewport().width() != self.width:
            fit_columns(self.view, *self.args)


def _shrink_to(widths: dict[int, int], floors: dict[int, int], room: int) -> dict[int, int]:
    """Widths that fit ``room``: the widest columns give way first (all of them down to one
    common cap), none below its floor (its heading). Unchanged when they fit already."""
    if sum(widths.values()) <= room:
        return widths
    low, high = 0, max(widths.values())
    while low < high:  # the largest cap that fits
        cap = (low + high + 1) // 2
        if sum(max(min(w, cap), floors[c]) for c, w in widths.items()) <= room:
            low = cap
        else:
            high = cap - 1
    return {c: max(min(w, low), floors[c]) for c, w in widths.items()}


def fit_columns(view: QTableView, stretch_column: int | None = None,
                max_width: int = 320) -> None:
    """Columns as wide as their content while the table has room; when it has not, the
    widest columns give way first (a long name is cut before a short date is), never below
    their heading, so the table fits without scrolling sideways; the stretch column (or
    the last) takes what is left. A width the clerk set by hand wins."""
    header = view.horizontalHeader()
    _Refit.watch(view, stretch_column, max_width)
    view.setProperty("fitting", True)
    try:
        if stretch_column is not None:  # measured by its content, not the room it took
            header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Interactive)
        view.resizeColumnsToContents()
        count = header.count()
        room = (view.viewport().width() or view.width()) - 2
        visible = [c for c in range(count) if not header.isSectionHidden(c)]
        saved = saved_widths(view)
        free = [c for c in visible if c not in saved]
        metrics = header.fontMetrics()
        floors = {c: min(header.sectionSize(c), max(48, metrics.horizontalAdvance(
            str(view.model().headerData(c, Qt.Orientation.Horizontal) or "")) + 16))
            for c in free}
        widths = {c: min(header.sectionSize(c), max(max_width, floors[c])) for c in free}
        if sum(header.sectionSize(c) for c in visible) <= room:
            widths = {c: header.sectionSize(c) for c in free}  # everything fits as it is
        if stretch_column in widths:  # it takes what is left: only its heading counts
            widths[stretch_column] = floors[stretch_column]
        fixed = sum(saved[c] for c in visible if c in saved)
        if view.isVisible() and room > 200:  # not laid out yet: its width means nothing
            widths = _shrink_to(widths, floors, max(0, room - fixed))
        for col, width in widths.items():
            header.resizeSection(col, width)
        for col, width in saved.items():
            if col < count and col != stretch_column:
                header.resizeSection(col, width)
        if stretch_column is not None:
            header.setStretchLastSection(False)
            header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    finally:
        view.setProperty("fitting", False)


def setup_table(view: QTableView, *, stretch_column: int | None = None,
                fit: bool = True) -> None:
    """The look every table shares: alternating colours, no edit, sortable; any rectangle
    of cells or several rows can be chosen and copied with Ctrl+C (with headers, pasteable
    into Excel); column widths set by hand are remembered (the view needs an object name).
    ``fit=False``: the page sizes its columns itself (the search results, sized from the
    font once, never measured again as the clerk types)."""
    make_copyable(view)
    remember_widths(view)
    if fit:
        _Refit.watch(view, stretch_column, 320)  # headings fit even before the first fill
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
