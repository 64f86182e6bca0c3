"""A clerk's day, end to end through the widgets: add a village, create its team, add five
members typed in Vietnamese, see validation errors, find "Nguyễn" by typing "nguyen"."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import activate, check_handled, press, type_text, when_modal

MEMBERS = [
    # name, role label, sex, birth, phone, position, organisation
    ("Hoàng Văn Dũng", "Tổ trưởng", "Nam", "12/03/1980", "0912345678", "Trưởng thôn",
     "Thôn Nà Sla"),
    ("Nông Thị Hoa", "Tổ phó", "Nữ", "1995", "0987654321", "Bí thư chi đoàn",
     "Đoàn thanh niên"),
    ("Nguyễn Thị Lan", "Thành viên", "Nữ", "05/07/1990", "0355123456", "Giáo viên",
     "Trường tiểu học"),
    ("Lương Văn Tú", "Thành viên", "Nam", "1998", "0334455667", "Công an viên", "Công an xã"),
    ("Đặng Quốc Việt", "Thành viên", "Nam", "20/11/2001", "0868123123", "Nhân viên",
     "Bưu điện văn hóa xã"),
]


def _fill_member(dialog, name, role, sex, birth, phone, position, organisation):
    dialog.role.setCurrentIndex(dialog.role.findText(role))
    dialog.full_name.setFocus()
    type_text(dialog.full_name, name)
    dialog.sex.setCurrentIndex(dialog.sex.findText(sex))
    type_text(dialog.birth, birth)
    type_text(dialog.ethnicity, "Tày")
    type_text(dialog.phone, phone)
    type_text(dialog.position, position)
    type_text(dialog.organisation, organisation)


def test_create_team_add_members_and_search(qtbot, office_commune, make_window, monkeypatch):
    from ui import msgbox

    monkeypatch.setattr(msgbox, "info", lambda *a, **k: None)
    window = make_window()
    model = window.tree_model
    qtbot.waitUntil(lambda: window.workspace.unit is not None)
    assert model.rowCount() == 1 and model.index(0, 0).data() == "Xã Hợp Thành"

    # 1. A village, typed in a dialog; Enter saves.
    page = window.show_page("villages")
    assert page.add_button.isEnabled()

    def add_village(dialog):
        type_text(dialog.name_edit, "thôn nà sla")
        press(dialog.name_edit, Qt.Key.Key_Return)

    seen = when_modal(add_village)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    check_handled(seen)
    assert [r.name for r in page.model.rows()] == ["Thôn Nà Sla"]
    qtbot.waitUntil(lambda: model.index(0, 1).data() == "1")  # the tree's village count

    # 2. Its team.
    page.view.selectRow(0)

    def create_team(dialog):
        assert dialog.name_edit.text() == "Tổ CNSCĐ thôn Nà Sla" or dialog.name_edit.text()
        type_text(dialog.date_edit, "12/05/2024")
        press(dialog.date_edit, Qt.Key.Key_Return)

    seen = when_modal(create_team)
    qtbot.mouseClick(page.team_button, Qt.MouseButton.LeftButton)
    check_handled(seen)
    detail = window.pages["team"]
    qtbot.waitUntil(lambda: window.current_page() is detail)
    assert detail.team is not None and detail.team.status == "active"
    assert detail.warnings.isVisible()  # no leader yet, too small

    # 3. Five members: "save and add another" four times, then Enter.
    def add_five(dialog):
        for number, member in enumerate(MEMBERS):
            _fill_member(dialog, *member)
            if number < len(MEMBERS) - 1:
                qtbot.mouseClick(dialog.again_button, Qt.MouseButton.LeftButton)
                assert dialog.full_name.text() == "", dialog.errors.visible_messages()
            else:
                press(dialog.organisation, Qt.Key.Key_Return)

    seen = when_modal(add_five)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    check_handled(seen)
    names = [r.full_name for r in detail.model.rows()]
    assert sorted(names) == sorted(m[0] for m in MEMBERS)
    roles = {r.full_name: r.role_label for r in detail.model.rows()}
    assert roles["Hoàng Văn Dũng"] == "Tổ trưởng" and roles["Nông Thị Hoa"] == "Tổ phó"
    assert detail.model.rows()[0].full_name == "Hoàng Văn Dũng"  # leader first
    assert not detail.warnings.isVisible()  # one leader, five members: nothing to warn
    assert "5 thành viên" in detail.facts.text()

    # 4. Mistakes are caught in Vietnamese, under the field, before anything is saved.
    def mistakes(dialog):
        dialog.role.setCurrentIndex(dialog.role.findText("Tổ trưởng"))
        type_text(dialog.full_name, "Trần Văn Bình")
        type_text(dialog.birth, "31/02/1990")
        type_text(dialog.phone, "12345")
        type_text(dialog.email, "binh@gmail")
        press(dialog.full_name, Qt.Key.Key_Return)
        assert dialog.isVisible()
        shown = dialog.errors.visible_messages()
        assert set(shown) >= {"birth", "phone", "email"}, shown
        assert "31/02/1990" in shown["birth"]
        assert "12345" in shown["phone"]
        # Fix them; the second Tổ trưởng is then refused by the service, under the role.
        for edit, text in ((dialog.birth, "1990"), (dialog.phone, "0912000111"),
                           (dialog.email, "binh@gmail.com")):
            edit.clear()
            type_text(edit, text)
        press(dialog.full_name, Qt.Key.Key_Return)
        assert dialog.isVisible()
        shown = dialog.errors.visible_messages()
        assert "role" in shown and "Hoàng Văn Dũng" in shown["role"], shown
        dialog.reject()

    seen = when_modal(mistakes)
    qtbot.mouseClick(detail.add_button, Qt.MouseButton.LeftButton)
    check_handled(seen)
    assert len(detail.model.rows()) == 5

    # 5. Search: Ctrl+F, "nguyen" without accents finds "Nguyễn Thị Lan".
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.pages["search"]
    assert window.current_page() is search and search.box.hasFocus()
    with qtbot.waitSignal(search.results_shown, timeout=3000):
        type_text(search.box, "nguyen")
    assert [r.full_name for r in search.model.rows()] == ["Nguyễn Thị Lan"]
    search.box.clear()
    with qtbot.waitSignal(search.results_shown, timeout=3000):
        type_text(search.box, "0912")
    assert "Hoàng Văn Dũng" in [r.full_name for r in search.model.rows()]
    QApplication.processEvents()


def test_end_membership_asks_first_and_keeps_history(qtbot, office_commune, make_window,
                                                     monkeypatch):
    from desktop import teams, units
    from desktop.context import LOCAL_ADMIN
    from ui import msgbox

    commune = office_commune.unit_id
    village = units.create_village(LOCAL_ADMIN, commune, "Bản Cắm")
    team = teams.create_team(LOCAL_ADMIN, village.id)
    teams.add_member(LOCAL_ADMIN, team.id, {"full_name": "Vi Văn Lâm", "sex": "nam"},
                     "to_truong")
    window = make_window()
    window.open_team(team.id)
    detail = window.pages["team"]
    detail.view.selectRow(0)

    asked = []
    monkeypatch.setattr(msgbox, "confirm", lambda *a, **k: asked.append(a) or False)
    qtbot.mouseClick(detail.end_button, Qt.MouseButton.LeftButton)
    assert asked and len(detail.model.rows()) == 1  # refused: nothing happened

    monkeypatch.setattr(msgbox, "confirm", lambda *a, **k: True)

    def end(dialog):
        type_text(dialog.reason, "chuyển công tác")
        press(dialog.reason, Qt.Key.Key_Return)

    seen = when_modal(end)
    qtbot.mouseClick(detail.end_button, Qt.MouseButton.LeftButton)
    check_handled(seen)
    assert detail.model.rows() == []
    detail.history.setChecked(True)
    rows = detail.model.rows()
    assert len(rows) == 1 and rows[0].end_date is not None
    assert rows[0].end_reason == "Chuyển công tác" or rows[0].end_reason == "chuyển công tác"


def test_member_form_is_keyboard_only(qtbot, office_commune, make_window, monkeypatch):
    """Focus starts on the name; Tab walks the fields in reading order; Esc on a typed form
    asks before throwing it away."""
    from desktop import teams, units
    from desktop.context import LOCAL_ADMIN
    from ui import msgbox

    asked = []
    monkeypatch.setattr(msgbox, "confirm", lambda parent, title, text, **k:
                        asked.append(text) or True)

    village = units.create_village(LOCAL_ADMIN, office_commune.unit_id, "Thôn Khòn Pạt")
    team = teams.create_team(LOCAL_ADMIN, village.id)
    window = make_window()
    window.open_team(team.id)
    order = []

    def walk(dialog):
        assert dialog.focusWidget() is dialog.full_name
        type_text(dialog.full_name, "Lò Văn Páo")
        for _ in range(5):
            order.append(dialog.focusWidget().objectName())
            press(dialog.focusWidget(), Qt.Key.Key_Tab)
        press(dialog.focusWidget(), Qt.Key.Key_Escape)

    seen = when_modal(walk)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    check_handled(seen)
    assert order == ["full_name", "role", "sex", "birth", "ethnicity"]
    assert asked == ["Bỏ những gì vừa nhập và đóng cửa sổ này?"]
    assert teams.team_members(team.id) == []  # Esc saved nothing
