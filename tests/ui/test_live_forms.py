"""Every form checks as the clerk types (the one mechanism of ``ui.dialogs.base.LiveChecks``):
a message appears after a short pause, goes as soon as the value is right, the fields do not
move, Enter saves and Esc on a changed form asks."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from desktop.context import LOCAL_ADMIN
from tests.ui.helpers import press, replace_text, type_text


def _show(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _wait_live(qtbot, dialog):
    qtbot.waitUntil(lambda: not dialog._live_timer.isActive(), timeout=3000)


def _y(dialog, widget) -> int:
    """Where the field sits in the form (the form may scroll inside the dialog)."""
    return widget.mapTo(dialog.body, widget.rect().topLeft()).y()


def _clear(widget) -> None:
    """Select all and press Delete, as a clerk empties a field."""
    widget.setFocus()
    widget.selectAll()
    press(widget, Qt.Key.Key_Delete)


def _fits(dialog) -> None:
    room = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= room.height()
    assert dialog.frameGeometry().width() <= room.width()


@pytest.fixture
def window(make_window, office_commune):
    return make_window()


def test_course_hours_and_dates_are_checked_while_typing(qtbot, window, office_commune):
    from desktop import training
    from ui.dialogs.training import CourseDialog

    dialog = _show(qtbot, CourseDialog(window.workspace, unit_id=office_commune.unit_id,
                                       parent=window))
    _fits(dialog)
    # it opened tall enough for its nine fields (it used to open 175 px high and scroll)
    assert dialog.scroll.verticalScrollBar().maximum() == 0
    type_text(dialog.title_edit, "Kỹ năng số cơ bản")
    QApplication.processEvents()  # the form laid out, as on the first paint
    below = _y(dialog, dialog.note)
    dialog.hours.setFocus()
    type_text(dialog.hours, "ba giờ")
    _wait_live(qtbot, dialog)
    assert dialog.errors.message("hours")
    assert dialog.errors.message("place") == ""  # not visited: no message
    assert _y(dialog, dialog.note) == below  # the message took its reserved line
    replace_text(dialog.hours, "3,5")
    _wait_live(qtbot, dialog)
    assert dialog.errors.message("hours") == ""
    replace_text(dialog.start_date, "10/03/2026")
    replace_text(dialog.end_date, "09/03/2026")
    _wait_live(qtbot, dialog)
    assert dialog.errors.message("end_date")  # ends before it starts
    replace_text(dialog.end_date, "31/02/2026")
    _wait_live(qtbot, dialog)
    assert dialog.errors.message("end_date")  # no such day
    replace_text(dialog.end_date, "12/03/2026")
    _wait_live(qtbot, dialog)
    assert dialog.errors.message("end_date") == ""
    press(dialog.end_date, Qt.Key.Key_Return)  # Enter saves
    assert dialog.result() == QDialog.DialogCode.Accepted
    course = training.list_courses(office_commune.unit_id)[0]
    assert (course.title, float(course.hours), course.end_date) == (
        "Kỹ năng số cơ bản", 3.5, dt.date(2026, 3, 12))


def test_course_title_cleared_is_named_and_nothing_saved(qtbot, window, office_commune):
    from desktop import training
    from ui.dialogs.training import CourseDialog

    dialog = _show(qtbot, CourseDialog(window.workspace, unit_id=office_commune.unit_id,
                                       parent=window))
    type_text(dialog.title_edit, "A")
    _clear(dialog.title_edit)
    _wait_live(qtbot, dialog)
    assert dialog.errors.message("title")
    press(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and training.list_courses(office_commune.unit_id) == []


def test_esc_on_a_changed_course_asks(qtbot, window, office_commune, monkeypatch):
    from ui import msgbox
    from ui.dialogs.training import CourseDialog

    asked = []
    monkeypatch.setattr(msgbox, "confirm", lambda *a, **k: asked.append(a[2]) or False)
    dialog = _show(qtbot, CourseDialog(window.workspace, unit_id=office_commune.unit_id,
                                       parent=window))
    type_text(dialog.title_edit, "Lớp")
    press(dialog.title_edit, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible() and dialog.title_edit.text() == "Lớp"


def _team(office_commune):
    from desktop import teams, units

    village = units.create_village(LOCAL_ADMIN, office_commune.unit_id, "Thôn Nà Sla")
    return teams.create_team(LOCAL_ADMIN, village.id)


def test_team_status_date_is_checked_while_typing(qtbot, window, office_commune):
    from desktop import teams
    from ui.dialogs.teams import TeamStatusDialog

    team = _team(office_commune)
    dialog = _show(qtbot, TeamStatusDialog(window.workspace, team, parent=window))
    assert dialog.focusWidget() is dialog.status_combo
    replace_text(dialog.date_edit, "32/01/2026")
    _wait_live(qtbot, dialog)
    assert dialog.errors.message("on_date")
    _clear(dialog.date_edit)
    _wait_live(qtbot, dialog)
    assert dialog.errors.message("on_date")  # a date is needed here
    replace_text(dialog.date_edit, "15/01/2026")
    _wait_live(qtbot, dialog)
    assert dialog.errors.message("on_date") == ""
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("active"))
    press(dialog.date_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert teams.get_team(team.id).status == "active"


def test_create_team_date_is_checked_while_typing(qtbot, window, office_commune):
    from desktop import units
    from ui.dialogs.teams import CreateTeamDialog

    village = units.create_village(LOCAL_ADMIN, office_commune.unit_id, "Thôn Khòn Khẻ")
    dialog = _show(qtbot, CreateTeamDialog(window.workspace, [village], parent=window))
    dialog.date_edit.setFocus()
    type_text(dialog.date_edit, "31/9/2025")
    _wait_live(qtbot, dialog)
    # says what is wrong: the form was right, the day does not exist
    assert "không có ngày 31" in dialog.errors.message("established_on")
    replace_text(dialog.date_edit, "1/13/2026")
    _wait_live(qtbot, dialog)
    assert "không có tháng 13" in dialog.errors.message("established_on")
    replace_text(dialog.date_edit, "2026")
    _wait_live(qtbot, dialog)
    assert "chỉ năm" not in dialog.errors.message("established_on")  # a day is needed here
    press(dialog.date_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()  # not saved with a wrong date
    replace_text(dialog.date_edit, "13/01/2026")
    _wait_live(qtbot, dialog)
    assert dialog.errors.message("established_on") == ""


def test_password_change_follows_the_core_rule(qtbot, window):
    from desktop.users import password_problem
    from ui.dialogs.password import ChangePasswordDialog

    dialog = _show(qtbot, ChangePasswordDialog(window.workspace, window))
    assert dialog.focusWidget() is dialog.old_password
    dialog.new_password.setFocus()
    type_text(dialog.new_password, "abcdefgh")  # long enough, but letters only
    _wait_live(qtbot, dialog)
    assert password_problem("abcdefgh") is not None
    assert dialog.errors.message("new_password")
    assert dialog.errors.message("old_password") == ""  # not visited yet
    type_text(dialog.new_password, "1")
    _wait_live(qtbot, dialog)
    assert dialog.errors.message("new_password") == ""
    dialog.repeat.setFocus()
    type_text(dialog.repeat, "abcdefgh2")
    _wait_live(qtbot, dialog)
    assert dialog.errors.message("repeat")
    replace_text(dialog.repeat, "abcdefgh1")
    _wait_live(qtbot, dialog)
    assert dialog.errors.message("repeat") == ""
    press(dialog.repeat, Qt.Key.Key_Return)  # Enter checks every field: the old one is empty
    assert dialog.isVisible() and dialog.errors.message("old_password")


def test_add_user_checks_name_and_password_while_typing(qtbot, window):
    from ui.dialogs.users import AddUserDialog

    dialog = _show(qtbot, AddUserDialog(window.workspace, window))
    _fits(dialog)
    assert dialog.focusWidget() is dialog.username
    type_text(dialog.username, "can bo")
    _wait_live(qtbot, dialog)
    assert dialog.errors.message("username")
    replace_text(dialog.username, "canbo.hopthanh")
    _wait_live(qtbot, dialog)
    assert dialog.errors.message("username") == ""
    dialog.password.setFocus()
    type_text(dialog.password, "123")
    _wait_live(qtbot, dialog)
    assert dialog.errors.message("password")


def test_office_defaults_plan_date_checked_while_typing(qtbot, window):
    from ui.dialogs.office_defaults import DecisionDefaultsDialog

    dialog = _show(qtbot, DecisionDefaultsDialog(window.workspace, None, "Hợp Thành", window))
    dialog.plan_date.setFocus()
    type_text(dialog.plan_date, "30/02/2025")
    _wait_live(qtbot, dialog)
    assert dialog.errors.message("plan_date")
    replace_text(dialog.plan_date, "02/07/2025")
    _wait_live(qtbot, dialog)
    assert dialog.errors.message("plan_date") == ""


def test_decision_editor_fields_are_checked_while_typing(qtbot, window, office_commune,
                                                         monkeypatch):
    from desktop import decisions
    from ui.dialogs.decision_editor import DecisionEditor

    team = _team(office_commune)
    draft = decisions.draft_decision(LOCAL_ADMIN, "thanh_lap", [team.id])
    from ui import msgbox

    monkeypatch.setattr(msgbox, "confirm", lambda *a, **k: True)  # closing: drop the edits
    editor = _show(qtbot, DecisionEditor(window.workspace, draft.id, window))
    _clear(editor.subject)
    _wait_live(qtbot, editor)
    assert editor.errors.message("subject")
    type_text(editor.subject, "Về việc thành lập Tổ")
    _wait_live(qtbot, editor)
    assert editor.errors.message("subject") == ""
    editor.signed_on.setFocus()
    type_text(editor.signed_on, "45/45/2026")
    _wait_live(qtbot, editor)
    assert editor.errors.message("signed_on")
    _clear(editor.signed_on)
    _wait_live(qtbot, editor)
    assert editor.errors.message("signed_on") == ""
