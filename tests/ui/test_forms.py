"""Forms that never lose a keystroke: the first field has the focus, messages follow the
typing and go once the value is right without moving the fields, Esc asks before throwing a
typed form away, the dialog fits the screen, near-duplicate village names are asked about,
and a double-click opens one dialog."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from tests.ui.helpers import press, replace_text, type_text


def _show(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _wait_live(qtbot, dialog):
    qtbot.waitUntil(lambda: not dialog._live_timer.isActive(), timeout=3000)


def test_add_village_starts_in_the_name_and_keeps_every_word(qtbot, office_commune,
                                                              make_window):
    """Focus used to sit on Lưu: the first word was lost and the space bar saved."""
    from desktop import units
    from ui.dialogs.villages import VillageNameDialog

    window = make_window()
    dialog = _show(qtbot, VillageNameDialog(window.workspace, office_commune.unit_id,
                                            parent=window))
    assert dialog.focusWidget() is dialog.name_edit
    type_text(dialog.focusWidget(), "Thôn Đồng Tâm")
    assert dialog.isVisible() and dialog.name_edit.text() == "Thôn Đồng Tâm"
    press(dialog.focusWidget(), Qt.Key.Key_Return)  # Enter saves
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [v.name for v in units.list_villages(office_commune.unit_id)] == ["Thôn Đồng Tâm"]


def test_add_course_starts_in_the_title(qtbot, office_commune, make_window):
    from ui.dialogs.training import CourseDialog

    window = make_window()
    dialog = _show(qtbot, CourseDialog(window.workspace, unit_id=office_commune.unit_id,
                                       parent=window))
    assert dialog.focusWidget() is dialog.title_edit
    # Tab walks the fields first; the buttons come last
    names = []
    for _ in range(3):
        press(dialog.focusWidget(), Qt.Key.Key_Tab)
        names.append(dialog.focusWidget().objectName())
    assert names == ["organiser", "form", "platform"]


def _member_dialog(qtbot, window, team_id):
    from ui.dialogs.member import MemberDialog

    return _show(qtbot, MemberDialog(window.workspace, team_id, parent=window))


def _team(office_commune):
    from desktop import teams, units
    from desktop.context import LOCAL_ADMIN

    village = units.create_village(LOCAL_ADMIN, office_commune.unit_id, "Thôn Nà Sla")
    return teams.create_team(LOCAL_ADMIN, village.id)


def test_messages_follow_the_typing_and_nothing_moves(qtbot, office_commune, make_window):
    window = make_window()
    team = _team(office_commune)
    dialog = _member_dialog(qtbot, window, team.id)
    QApplication.processEvents()  # laid out, as on the first paint
    below = dialog.email.mapTo(dialog.body, dialog.email.rect().topLeft()).y()
    dialog.phone.setFocus()
    type_text(dialog.phone, "12345")
    _wait_live(qtbot, dialog)
    assert "điện thoại" in dialog.errors.message("phone").lower()
    assert dialog.errors.message("full_name") == ""  # not visited yet: no message
    # the message took its reserved line: the next field did not move
    assert dialog.email.mapTo(dialog.body, dialog.email.rect().topLeft()).y() == below
    replace_text(dialog.phone, "0912345678")
    _wait_live(qtbot, dialog)
    assert dialog.errors.message("phone") == ""  # gone as soon as it is right
    type_text(dialog.birth, "31/02/1990")
    _wait_live(qtbot, dialog)
    assert dialog.errors.message("birth")
    replace_text(dialog.birth, "1990")
    _wait_live(qtbot, dialog)
    assert dialog.errors.message("birth") == ""


def test_a_refusal_only_the_service_knows_goes_when_the_value_changes(
        qtbot, office_commune, make_window):
    from ui.dialogs.villages import VillageNameDialog

    window = make_window()
    dialog = _show(qtbot, VillageNameDialog(window.workspace, office_commune.unit_id,
                                            parent=window))
    dialog.show_errors({"name": "Tên này đã có."})
    assert dialog.errors.message("name") == "Tên này đã có."
    type_text(dialog.name_edit, "Bản Cắm")
    _wait_live(qtbot, dialog)
    assert dialog.errors.message("name") == ""


def test_esc_asks_only_when_something_was_typed(qtbot, office_commune, make_window,
                                                monkeypatch):
    from ui import msgbox

    window = make_window()
    team = _team(office_commune)
    answers = []
    monkeypatch.setattr(msgbox, "confirm",
                        lambda *a, **k: answers.append(a[2]) or False)
    untouched = _member_dialog(qtbot, window, team.id)
    press(untouched.focusWidget(), Qt.Key.Key_Escape)
    assert not untouched.isVisible() and answers == []

    typed = _member_dialog(qtbot, window, team.id)
    type_text(typed.full_name, "Lò Thị Mai")
    press(typed.focusWidget(), Qt.Key.Key_Escape)
    assert len(answers) == 1 and typed.isVisible()  # "no": nothing is lost
    assert typed.full_name.text() == "Lò Thị Mai"
    monkeypatch.setattr(msgbox, "confirm", lambda *a, **k: True)
    press(typed.focusWidget(), Qt.Key.Key_Escape)
    assert not typed.isVisible()


def test_member_dialog_fits_the_screen_with_every_message_shown(qtbot, office_commune,
                                                                 make_window):
    window = make_window()
    team = _team(office_commune)
    dialog = _member_dialog(qtbot, window, team.id)
    for name, text in (("birth", "31/02/1990"), ("phone", "12"), ("email", "a@"),
                       ("citizen_id", "123")):
        type_text(dialog.field(name), text)
    press(dialog.focusWidget(), Qt.Key.Key_Return)  # refused: every message shows
    assert dialog.isVisible() and len(dialog.errors.visible_messages()) >= 4
    qtbot.wait(50)
    room = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().bottom() <= room.bottom() + 1
    assert dialog.height() <= room.height()
    button = dialog.save_button
    top_left = button.mapTo(dialog, button.rect().topLeft())
    assert button.isVisible() and dialog.rect().contains(top_left)
    assert dialog.again_button.isVisible()


def test_save_and_add_another_by_keyboard(qtbot, office_commune, make_window):
    from desktop import teams

    window = make_window()
    team = _team(office_commune)
    dialog = _member_dialog(qtbot, window, team.id)
    type_text(dialog.full_name, "Lò Thị Mai")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.full_name, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: dialog.full_name.text() == "")
    assert dialog.isVisible() and "Lò Thị Mai" in dialog.status.text()
    # the note stays in sight: not at the end of the scrolling fields, where it was cut
    assert not dialog.body.isAncestorOf(dialog.status) and dialog.status.isVisible()
    assert dialog.focusWidget() is dialog.full_name
    assert not dialog.is_changed()  # the cleared form counts as untouched: Esc just closes
    assert [m.full_name for m in teams.team_members(team.id)] == ["Lò Thị Mai"]


def test_near_duplicate_village_is_asked_about(qtbot, office_commune, make_window,
                                               monkeypatch):
    from desktop import units
    from desktop.context import LOCAL_ADMIN
    from ui import msgbox
    from ui.dialogs.villages import VillageNameDialog

    units.create_village(LOCAL_ADMIN, office_commune.unit_id, "Đồng Tâm")
    assert units.similar_village_names(office_commune.unit_id, "thôn đồng tâm") == ["Đồng Tâm"]
    assert units.similar_village_names(office_commune.unit_id, "Thôn Đồng Tiến") == []
    window = make_window()
    asked = []
    monkeypatch.setattr(msgbox, "confirm", lambda *a, **k: asked.append(a[2]) or False)
    dialog = _show(qtbot, VillageNameDialog(window.workspace, office_commune.unit_id,
                                            parent=window))
    type_text(dialog.name_edit, "Thôn Đồng Tâm")
    _wait_live(qtbot, dialog)
    assert "Đồng Tâm" in dialog.errors.message("name")  # warned while typing
    press(dialog.name_edit, Qt.Key.Key_Return)
    assert asked and "Đồng Tâm" in asked[0] and dialog.isVisible()
    assert len(units.list_villages(office_commune.unit_id)) == 1
    monkeypatch.setattr(msgbox, "confirm", lambda *a, **k: True)
    press(dialog.name_edit, Qt.Key.Key_Return)  # "Vẫn lưu": a different village after all
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(units.list_villages(office_commune.unit_id)) == 2


def test_double_click_opens_one_dialog(qtbot, office_commune, make_window, monkeypatch):
    from desktop import teams
    from desktop.context import LOCAL_ADMIN

    team = _team(office_commune)
    teams.add_member(LOCAL_ADMIN, team.id, {"full_name": "Lò Thị Mai"}, "thanh_vien")
    window = make_window()
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(type(self).__name__) or 0)
    window.open_team(team.id)
    detail = window.show_page("team")
    qtbot.waitUntil(lambda: detail.model.rowCount() == 1)
    view = detail.view
    rect = view.visualRect(detail.model.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == ["MemberDialog"]


def test_double_click_in_search_results_opens_once(qtbot, office_commune, make_window,
                                                   monkeypatch):
    from desktop import teams
    from desktop.context import LOCAL_ADMIN

    team = _team(office_commune)
    teams.add_member(LOCAL_ADMIN, team.id, {"full_name": "Lò Thị Mai"}, "thanh_vien")
    window = make_window()
    monkeypatch.setattr(QDialog, "exec", lambda self: 0)
    page = window.show_page("search")
    opened = []
    window.workspace.person_requested.connect(opened.append)
    window.workspace.team_requested.connect(opened.append)
    page.set_query("lo thi mai")
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1, timeout=5000)
    view = page.view
    rect = view.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened) == 1
