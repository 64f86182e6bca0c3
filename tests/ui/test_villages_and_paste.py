"""Villages pasted from Excel, renamed, merged, retired (with confirmation); members pasted
from Excel rows and checked like an import."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import activate, check_handled, press, type_text, when_modal

EXCEL_VILLAGES = "Thôn Nà Sla\r\nthôn khòn pạt\r\nBản Cắm\r\n\r\nTổ dân phố 5\r\nThôn Nà Sla\r\n"

EXCEL_MEMBERS = (
    "STT\tHọ và tên\tNgày sinh\tGiới tính\tVai trò\tSố điện thoại\tChức vụ\n"
    "1\tHoàng Văn Dũng\t12/03/1980\tNam\tTổ trưởng\t0912345678\tTrưởng thôn\n"
    "2\tNông Thị Hoa\t1995\tNữ\tTổ phó\t0987654321\tBí thư chi đoàn\n"
    "3\tLương Văn Tú\t31/02/1998\tNam\tThành viên\t0334455667\tCông an viên\n"
    "4\tNguyễn Thị Lan\t1990\tNữ\tThành viên\t12345\tGiáo viên\n"
    "5\tĐặng Quốc Việt\t2001\tNam\tThành viên\t0868123123\tNhân viên bưu điện\n"
)


def _commune_window(make_window, qtbot):
    window = make_window()
    qtbot.waitUntil(lambda: window.workspace.unit is not None)
    return window


def test_paste_rename_merge_retire_villages(qtbot, office_commune, make_window, monkeypatch):
    from ui import msgbox

    monkeypatch.setattr(msgbox, "info", lambda *a, **k: None)
    window = _commune_window(make_window, qtbot)
    page = window.show_page("villages")
    QApplication.clipboard().setText(EXCEL_VILLAGES)

    def paste(dialog):
        assert "4 dòng" in dialog.count_label.text() or dialog.text.toPlainText()
        dialog.save_button.click()

    seen = when_modal(paste)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    check_handled(seen)
    names = [r.name for r in page.model.rows()]
    assert sorted(names) == sorted(["Thôn Nà Sla", "Thôn Khòn Pạt", "Bản Cắm", "Tổ dân phố 5"])
    qtbot.waitUntil(lambda: window.tree_model.index(0, 1).data() == "4")

    # Rename with F2; a duplicate name is refused under the field.
    row = page.model.find_row(lambda r: r.name == "Bản Cắm")
    page.view.selectRow(row)

    def rename(dialog):
        dialog.name_edit.selectAll()
        type_text(dialog.name_edit, "Thôn Nà Sla")
        press(dialog.name_edit, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert "Nà Sla" in dialog.errors.message("name")
        dialog.name_edit.selectAll()
        type_text(dialog.name_edit, "Bản Cắm Mới")
        press(dialog.name_edit, Qt.Key.Key_Return)

    seen = when_modal(rename)
    activate(qtbot, window)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    check_handled(seen)
    assert "Bản Cắm Mới" in [r.name for r in page.model.rows()]

    # Merge two villages: asked first; refusing changes nothing.
    page.view.clearSelection()
    for name in ("Thôn Nà Sla", "Thôn Khòn Pạt"):
        r = page.model.find_row(lambda v, n=name: v.name == n)
        page.view.selectionModel().select(
            page.model.index(r, 0),
            page.view.selectionModel().SelectionFlag.Select
            | page.view.selectionModel().SelectionFlag.Rows)
    assert page.merge_button.isEnabled()
    monkeypatch.setattr(msgbox, "confirm", lambda *a, **k: False)
    page.merge_button.click()
    assert len(page.model.rows()) == 4

    monkeypatch.setattr(msgbox, "confirm", lambda *a, **k: True)

    def merge(dialog):
        dialog.name_edit.selectAll()
        type_text(dialog.name_edit, "Thôn Nà Sla Khòn Pạt")
        press(dialog.name_edit, Qt.Key.Key_Return)

    seen = when_modal(merge)
    page.merge_button.click()
    check_handled(seen)
    current = sorted(r.name for r in page.model.rows())
    assert current == sorted(["Thôn Nà Sla Khòn Pạt", "Bản Cắm Mới", "Tổ dân phố 5"])
    page.show_retired.setChecked(True)
    assert len(page.model.rows()) == 5  # history kept
    page.show_retired.setChecked(False)

    # Retire one.
    page.view.selectRow(page.model.find_row(lambda v: v.name == "Tổ dân phố 5"))

    def retire(dialog):
        press(dialog.date_edit, Qt.Key.Key_Return)

    seen = when_modal(retire)
    page.retire_button.click()
    check_handled(seen)
    assert "Tổ dân phố 5" not in [r.name for r in page.model.rows()]


def test_paste_members_from_excel_is_checked_like_an_import(qtbot, office_commune,
                                                             make_window, monkeypatch):
    from desktop import teams, units
    from desktop.context import LOCAL_ADMIN
    from ui import msgbox

    warned = []
    monkeypatch.setattr(msgbox, "warning", lambda *a, **k: warned.append(a))
    village = units.create_village(LOCAL_ADMIN, office_commune.unit_id, "Thôn Nà Sla")
    team = teams.create_team(LOCAL_ADMIN, village.id)
    window = _commune_window(make_window, qtbot)
    window.open_team(team.id)
    detail = window.pages["team"]
    QApplication.clipboard().setText(EXCEL_MEMBERS)

    def paste(dialog):
        rows = dialog.model.rows()
        assert [r.line for r in rows] == [2, 3, 4, 5, 6]
        bad = {r.line: r for r in rows if not r.ok}
        assert set(bad) == {4, 5}  # 31/02 and a five-digit phone
        assert "31/02/1998" in dialog.model.index(2, dialog.model.COL_CHECK).data()
        assert dialog.add_button.text() == "Thêm 3 thành viên"
        with qtbot.waitSignal(dialog.finished, timeout=10000):
            dialog.add_button.click()

    seen = when_modal(paste)
    detail.view.setFocus()
    qtbot.keyClick(detail.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    check_handled(seen)
    qtbot.waitUntil(lambda: len(detail.model.rows()) == 3, timeout=5000)
    roles = {r.full_name: r.role_label for r in detail.model.rows()}
    assert roles == {"Hoàng Văn Dũng": "Tổ trưởng", "Nông Thị Hoa": "Tổ phó",
                     "Đặng Quốc Việt": "Thành viên"}
    assert warned == []


def test_paste_parser_reads_rows_without_a_header():
    from desktop import teams  # noqa: F401 - roles come from the database
    from ui.paste import parse_member_rows, split_cells

    class Role:
        def __init__(self, code, label):
            self.code, self.label = code, label

    roles = [Role("to_truong", "Tổ trưởng"), Role("to_pho", "Tổ phó"),
             Role("thanh_vien", "Thành viên")]
    rows, columns = parse_member_rows("Vi Văn Lâm\tTT\t1980\tNam\n\"Lò Thị\nMai\"\t\t1990\n",
                                      roles)
    assert columns[:4] == ["full_name", "role", "birth", "sex"]
    assert rows[0].role_code == "to_truong" and rows[0].values["sex"] == "Nam"
    assert rows[1].values["full_name"] == "Lò Thị\nMai" and rows[1].role_code == "thanh_vien"
    assert split_cells("a\tb\r\n\r\nc") == [["a", "b"], ["c"]]
