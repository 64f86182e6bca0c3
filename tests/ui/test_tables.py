"""Tables like a spreadsheet: a rectangle of cells chosen with the mouse, whole rows with
Shift+Space, copied with Ctrl+C as rows × columns with headers; row actions still act on the
rows of the cells chosen."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.context import LOCAL_ADMIN
from tests.ui.helpers import press


def _villages(office_commune, names):
    from desktop import units

    for name in names:
        units.create_village(LOCAL_ADMIN, office_commune.unit_id, name)


def _click(qtbot, view, row, column, modifier=Qt.KeyboardModifier.NoModifier):
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def _copied() -> list[list[str]]:
    return [line.split("\t") for line in QGuiApplication.clipboard().text().splitlines()]


def _column(view, title: str) -> int:
    model = view.model()
    return next(c for c in range(model.columnCount())
                if model.headerData(c, Qt.Orientation.Horizontal) == title)


def test_a_rectangle_of_cells_is_copied_with_its_headers(qtbot, office_commune, make_window):
    _villages(office_commune, ["Thôn Nà Sla", "Bản Cắm", "Thôn Khòn Khẻ"])
    window = make_window()
    page = window.show_page("villages")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    view = page.view
    name = _column(view, "Tên thôn/tổ dân phố")
    QApplication.processEvents()
    _click(qtbot, view, 0, name)
    _click(qtbot, view, 1, name + 1, Qt.KeyboardModifier.ShiftModifier)
    view.setFocus()
    press(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    rows = _copied()
    headers = [view.model().headerData(c, Qt.Orientation.Horizontal) for c in (name, name + 1)]
    assert rows[0] == headers  # two columns, not the whole row
    assert len(rows) == 3 and all(len(r) == 2 for r in rows)
    shown = [view.model().index(r, name).data() for r in (0, 1)]
    assert [r[0] for r in rows[1:]] == shown
    html = QGuiApplication.clipboard().mimeData().html()
    assert html.count("<th>") == 2 and html.count("<tr>") == 3

    # the row actions act on the rows of the cells chosen
    assert [v.name for v in page.selected()] == shown

    # Shift+Space: the whole rows
    press(view, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    press(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    rows = _copied()
    visible = [c for c in range(view.model().columnCount())
               if not view.horizontalHeader().isSectionHidden(c)]
    assert len(rows) == 3 and all(len(r) == len(visible) for r in rows)


def test_every_table_of_the_window_copies(qtbot, office_commune, make_window):
    """No table is left with Qt's one-cell copy: each has the shared copy action."""
    from PySide6.QtWidgets import QTableView

    _villages(office_commune, ["Thôn Nà Sla"])
    window = make_window()
    for key in window.pages.keys():
        window.show_page(key)
    tables = window.findChildren(QTableView)
    assert len(tables) >= 6
    for view in tables:
        names = {a.objectName() for a in view.actions()}
        assert "action_copy_rows" in names, view.objectName()
        assert view.selectionBehavior() == QTableView.SelectionBehavior.SelectItems


def test_columns_fit_the_table_the_widest_giving_way(qtbot, office_commune, make_window):
    """No sideways scrolling while the table could hold every column: a long name is cut
    before a short column is (the place of a course was cut at the edge while the title
    column kept 340 px), and no heading is cut."""
    from desktop import training

    training.create_course(LOCAL_ADMIN, {
        "title": "Kỹ năng số cơ bản cho Tổ công nghệ số cộng đồng các thôn vùng cao " * 2,
        "organiser": "Ủy ban nhân dân xã Hợp Thành và Đoàn Thanh niên xã",
        "place": "Nhà văn hóa thôn Khòn Pạt, xã Hợp Thành, tỉnh Lạng Sơn",
        "unit_id": office_commune.unit_id, "start_date": "10/12/2026", "hours": "4"})
    window = make_window()
    page = window.show_page("training")
    qtbot.waitUntil(lambda: page.courses.rowCount() == 1, timeout=5000)
    view = page.course_view
    window.resize(1366, 768)
    header = view.horizontalHeader()

    def total() -> int:
        return sum(header.sectionSize(c) for c in range(header.count())
                   if not header.isSectionHidden(c))

    qtbot.waitUntil(lambda: 0 < total() <= view.viewport().width(), timeout=3000)
    metrics = header.fontMetrics()
    for c in range(header.count()):
        text = view.model().headerData(c, Qt.Orientation.Horizontal)
        assert header.sectionSize(c) >= min(metrics.horizontalAdvance(text), 48), text


def test_fitting_again_does_not_squeeze_names_for_the_stretch_column(qtbot, office_commune,
                                                                     make_window):
    """The stretch column was measured by the room it had taken, so fitting again cut the
    members' names ("Nguyễn T…") while "Đơn vị công tác" sat half empty."""
    from desktop import teams, units

    village = units.create_village(LOCAL_ADMIN, office_commune.unit_id, "Thôn Khòn Pạt")
    team = teams.create_team(LOCAL_ADMIN, village.id)
    for name in ("Nguyễn Thị Hoa", "Hoàng Văn Nam", "Triệu Thị Mai"):
        teams.add_member(LOCAL_ADMIN, team.id, {"full_name": name, "phone": "0912000111",
                                                "position": "Bí thư chi đoàn"}, "thanh_vien")
    window = make_window()
    window.resize(1260, 700)  # a table a little narrower than its columns' content
    window.open_team(team.id)
    page = window.show_page("team")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    view = page.view
    for _ in range(2):  # each reload fits again
        page.refresh()
        qtbot.waitUntil(lambda: not page.loading, timeout=5000)
        QApplication.processEvents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        if header.isSectionHidden(column) or column == page.model.COL_ORGANISATION:
            continue
        # a column gives way only as much as the table lacks, not down to a common stump
        assert header.sectionSize(column) >= min(view.sizeHintForColumn(column), 100), column


def test_fit_columns_twice_fits_and_shares_the_room(qtbot):
    """Five columns of 24 characters in a table with room for about four: after fitting
    (twice, as every reload does) nothing scrolls sideways and the columns share the cut."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from ui.tables import fit_columns, setup_table

    model = QStandardItemModel(3, 5)
    model.setHorizontalHeaderLabels([f"Cột {n}" for n in range(5)])
    for row in range(3):
        for column in range(5):
            model.setItem(row, column, QStandardItem("Nguyễn Thị Hoa Bình Minh"[:24]))
    view = QTableView()
    view.setObjectName("fit_test")
    view.setModel(model)
    setup_table(view)
    qtbot.addWidget(view)
    natural = view.sizeHintForColumn(0)
    view.resize(natural * 4 + 40, 300)
    view.show()
    qtbot.waitExposed(view)
    for _ in range(2):
        fit_columns(view, stretch_column=4)
        QApplication.processEvents()
    header = view.horizontalHeader()
    sizes = [header.sectionSize(c) for c in range(5)]
    assert sum(sizes) <= view.viewport().width() + 1, sizes
    assert min(sizes[:4]) >= natural * 0.6, (sizes, natural)
