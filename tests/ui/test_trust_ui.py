"""Trust through the widgets: sign-in and lockout, what each role sees, the audit viewer,
backups and restore, users and passwords, the server connection, and two clerks saving the
same member (the second is told, nothing is overwritten)."""
from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from tests.ui.helpers import check_handled, replace_text, type_text, when_modal

PG_URL = os.environ.get("CNSCD_TEST_PG_URL", "")


# --- fixtures ---------------------------------------------------------------------------------


@pytest.fixture
def province_office(app_db):
    """An office over the whole province of Lạng Sơn: two communes, a village and a team each,
    a member in the first."""
    from types import SimpleNamespace

    from desktop import teams, units
    from desktop.context import LOCAL_ADMIN
    from desktop.office import configure_office

    hop_thanh = units.search_units("hop thanh", level="commune")[0]
    province = units.unit_path(hop_thanh.id)[0]
    other = next(u for u in units.unit_tree_children(province.id)
                 if u.level == "commune" and u.id != hop_thanh.id)
    office = configure_office(LOCAL_ADMIN, unit_id=province.id, catalogue="2025", officials=[
        {"full_name": "Hoàng Văn Dũng", "title": "Chủ tịch", "is_chair": True}])
    village_a = units.create_village(LOCAL_ADMIN, hop_thanh.id, "Thôn Nà Sla")
    village_b = units.create_village(LOCAL_ADMIN, other.id, "Thôn Bản Chắt")
    team_a = teams.create_team(LOCAL_ADMIN, village_a.id, established_on=dt.date(2024, 5, 1))
    team_b = teams.create_team(LOCAL_ADMIN, village_b.id, established_on=dt.date(2024, 5, 1))
    teams.add_member(LOCAL_ADMIN, team_a.id, {"full_name": "Nguyễn Văn An", "sex": "nam",
                                              "birth": "05/03/1990", "phone": "0912345678",
                                              "citizen_id": "020090012345"}, "to_truong")
    return SimpleNamespace(office=office, province=province, commune_a=hop_thanh,
                           commune_b=other, village_a=village_a, village_b=village_b,
                           team_a=team_a, team_b=team_b)


def _actor(role, scope=None, username=None, *, cid=False):
    from desktop.context import Actor

    return Actor(user_id=None, username=username or role, role=role, scope_unit_id=scope,
                 can_see_citizen_id=cid or role == "admin")


@pytest.fixture
def window_as(qtbot, settings, vietnamese):
    """The main window as the app builds it after sign-in, for a given actor."""
    made = []

    def make(actor):
        from desktop.office import get_office
        from ui.main_window import MainWindow
        from ui.tasks import TaskRunner
        from ui.workspace import Workspace

        runner = TaskRunner(dialog_delay_ms=50)
        workspace = Workspace(runner=runner, actor=actor, office=get_office(),
                              settings=settings)
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        made.append(runner)
        return window

    yield make
    for runner in made:
        runner.wait(10000)


def _wait_tasks(qtbot, window):
    window.workspace.runner.wait(20000)
    qtbot.waitUntil(lambda: not window.workspace.runner.busy, timeout=20000)


def _visible(widget) -> bool:
    return not widget.isHidden()


# --- sign-in ------------------------------------------------------------------------------------


def test_login_dialog_accepts_refuses_and_locks(qtbot, app_db, vietnamese):
    from desktop import users
    from desktop.context import LOCAL_ADMIN
    from ui.dialogs.login import LoginDialog

    users.create_user(LOCAL_ADMIN, username="quantri", password="quantri123", role="admin")
    users.create_user(LOCAL_ADMIN, username="xem", password="xem12345", role="viewer")
    assert users.login_required()

    dialog = LoginDialog(where="Tệp dữ liệu: thử")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "quantri")
    qtbot.keyClicks(dialog.password, "sai-mat-khau")
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert "Sai tên đăng nhập hoặc mật khẩu" in dialog.error.text()
    assert dialog.password.text() == ""  # typed again, never kept

    for _ in range(users.MAX_FAILURES - 1):
        qtbot.keyClicks(dialog.password, "van-sai")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "tạm khoá" in dialog.error.text() and "quantri" in dialog.error.text()
    # even the right password is refused while locked
    qtbot.keyClicks(dialog.password, "quantri123")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is None and "tạm khoá" in dialog.error.text()

    # another account signs in
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, "xem")
    qtbot.keyClicks(dialog.password, "xem12345")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor.username == "xem" and dialog.actor.role == "viewer"


def test_start_up_backs_up_asks_to_sign_in_and_opens_as_that_user(
        qtbot, qapp, province_office, settings, vietnamese, monkeypatch):
    from db.connection import sqlite_path
    from desktop import backups, users
    from desktop.context import LOCAL_ADMIN
    from ui.dialogs import login
    from ui.launch import Startup
    from ui.tasks import TaskRunner

    users.create_user(LOCAL_ADMIN, username="quantri", password="quantri123", role="admin")
    users.create_user(LOCAL_ADMIN, username="canbo", password="canbo1234", role="clerk",
                      scope_unit_id=province_office.commune_a.id)
    for old in backups.list_backups():
        old.path.unlink()
    asked = []

    def fake_login(parent=None, *, where=""):
        asked.append(where)
        return users.authenticate("canbo", "canbo1234")

    monkeypatch.setattr(login, "ask_login", fake_login)
    runner = TaskRunner(dialog_delay_ms=50)
    startup = Startup(qapp, sqlite_path(), settings, runner)
    startup.start()
    qtbot.waitUntil(lambda: startup.window is not None, timeout=30000)
    window = startup.window
    qtbot.addWidget(window)
    runner.wait(20000)
    qtbot.waitUntil(lambda: any(b.automatic for b in backups.list_backups()), timeout=20000)
    assert asked and asked[0].startswith("Tệp dữ liệu")
    assert window.workspace.actor.username == "canbo"
    assert "canbo" in window.trust.user_label.text()
    assert "Xã Hợp Thành" in window.trust.user_label.text()
    assert not window.menu_actions.actions["users"].isVisible()

    # Quitting at the sign-in quits the app, with no window
    monkeypatch.setattr(login, "ask_login", lambda parent=None, where="": None)
    quits = []
    monkeypatch.setattr(qapp, "quit", lambda: quits.append(1))
    again = Startup(qapp, sqlite_path(), settings, runner)
    again.start()
    qtbot.waitUntil(lambda: bool(quits), timeout=30000)
    assert again.window is None and again.exit_code == 0
    runner.wait(10000)


# --- what each role sees ------------------------------------------------------------------------


def test_a_viewer_sees_no_edit_actions(qtbot, province_office, window_as, monkeypatch):
    window = window_as(_actor("viewer"))
    assert window.select_unit(province_office.commune_a.id)
    villages = window.show_page("villages")
    qtbot.waitUntil(lambda: villages.model.rowCount() == 1)
    for name in ("add_button", "paste_button", "rename_button", "merge_button",
                 "retire_button", "team_button"):
        assert not _visible(getattr(villages, name)), name
    teams_page = window.show_page("teams")
    qtbot.waitUntil(lambda: teams_page.model.rowCount() == 1)
    assert not _visible(teams_page.create_button) and not _visible(teams_page.status_button)
    assert _visible(teams_page.open_button)  # reading is fine
    window.open_team(province_office.team_a.id)
    detail = window.pages["team"]
    for b in (detail.add_button, detail.edit_button, detail.end_button, detail.paste_button,
              detail.status_button):
        assert not _visible(b)
    assert _visible(detail.person_button)
    # keyboard and double-click paths are closed too: no dialog opens
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    window._new_item()
    detail.view.selectRow(0)
    detail.view.activated.emit(detail.model.index(0, 0))  # a double-click, or Enter
    detail.page_actions.trigger("edit")
    detail.page_actions.actions["end"].trigger()  # the Del key
    assert opened == []
    assert "chỉ được xem" in window.statusBar().currentMessage()
    # menus: administrators' tools hidden, the audit viewer offered
    actions = window.menu_actions.actions
    assert not actions["backup"].isVisible() and not actions["restore"].isVisible()
    assert not actions["users"].isVisible() and actions["audit"].isVisible()
    assert not window.menu_actions.actions["import_roster"].isVisible()
    assert not window.menu_actions.actions["decision_new"].isVisible()
    assert not detail.decisions.delete_action.isVisible()


def test_a_commune_clerk_cannot_edit_another_communes_team(qtbot, province_office, window_as):
    from desktop import teams
    from desktop.permissions import PermissionDenied

    clerk = _actor("clerk", province_office.commune_a.id, "canbo.hopthanh")
    window = window_as(clerk)
    detail = window.pages["team"]

    window.open_team(province_office.team_b.id)  # another commune's team: read only
    window.show_page("team")
    assert detail.team.id == province_office.team_b.id
    for b in (detail.add_button, detail.status_button, detail.paste_button):
        assert not _visible(b)
    assert detail.new_item() is None  # the guarded action does nothing
    assert "ngoài phạm vi" in window.statusBar().currentMessage()

    window.open_team(province_office.team_a.id)  # their own commune: editable
    assert _visible(detail.add_button) and _visible(detail.status_button)

    window.select_unit(province_office.commune_b.id)
    villages = window.show_page("villages")
    qtbot.waitUntil(lambda: villages.model.rowCount() == 1)
    assert not _visible(villages.add_button)
    window.select_unit(province_office.commune_a.id)
    qtbot.waitUntil(lambda: villages.model.rowCount() == 1 and _visible(villages.add_button))

    # and the service refuses a forced call anyway
    with pytest.raises(PermissionDenied):
        teams.add_member(clerk, province_office.team_b.id, {"full_name": "Lò Văn Minh"},
                         "thanh_vien")
    with pytest.raises(PermissionDenied):
        teams.set_team_status(clerk, province_office.team_b.id, "dissolved",
                              teams.get_team(province_office.team_b.id).version)
    assert teams.get_team(province_office.team_b.id).status == "active"


def test_citizen_id_field_only_for_who_may_see_it(qtbot, province_office, window_as):
    from desktop import teams
    from ui.dialogs.member import MemberDialog

    row = teams.team_members(province_office.team_a.id)[0]
    clerk = window_as(_actor("clerk", province_office.commune_a.id)).workspace
    dialog = MemberDialog(clerk, province_office.team_a.id, row)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.citizen_id.isVisible() and dialog.citizen_id.text() == ""
    admin = window_as(_actor("admin")).workspace
    dialog = MemberDialog(admin, province_office.team_a.id, row)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.citizen_id.isVisible() and dialog.citizen_id.text() == "020090012345"


# --- the audit viewer ---------------------------------------------------------------------------


def test_audit_viewer_shows_a_change_and_filters_it(qtbot, qtmodeltester, province_office,
                                                    window_as, tmp_path, monkeypatch):
    from desktop import units
    from ui import file_dialogs, msgbox

    window = window_as(_actor("admin", username="ha.quantri"))
    village = units.get_village(province_office.village_a.id)
    units.rename_village(window.workspace.actor, village.id, "Thôn Nà Sla Trên",
                         village.version)
    dialog = window.trust.show_audit()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    rows = dialog.model.rows()
    assert rows[0].username == "ha.quantri" and rows[0].action == "update"
    shown = [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())]
    assert shown[2] == "Sửa" and shown[3] == "Thôn/tổ dân phố: Thôn Nà Sla Trên"
    assert "Tên: Thôn Nà Sla → Thôn Nà Sla Trên" in shown[5]
    assert "Tên: Thôn Nà Sla → Thôn Nà Sla Trên" in dialog.detail.toPlainText()
    qtmodeltester.check(dialog.model)
    # the columns keep the widths the dialog gives them (not fitted to the empty table it
    # was shown with, which cut the time to "06…")
    header = dialog.view.horizontalHeader()
    qtbot.wait(50)
    assert [header.sectionSize(c) for c in range(5)] == [130, 120, 110, 230, 170]
    # read-only: nothing in the table is editable, nothing deletes
    assert not (dialog.model.flags(dialog.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable)

    today = dt.date.today()
    dialog.set_filters(username="ha.quantri", date_from=today, date_to=today)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    assert [r.username for r in dialog.model.rows()] == ["ha.quantri"]
    dialog.set_filters(entity="team")
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    assert {r.entity for r in dialog.model.rows()} == {"team"}
    dialog.set_filters(unit_id=province_office.commune_b.id)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    assert {r.unit_id for r in dialog.model.rows()} <= {province_office.commune_b.id,
                                                        province_office.village_b.id}
    dialog.set_filters(date_from=today + dt.timedelta(days=1))
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    assert dialog.model.rowCount() == 0 and "0 mục" in dialog.summary.text()
    type_text(dialog.date_to, "31/02/2026")
    dialog.refresh()
    assert "dd/mm/yyyy" in dialog.date_error.text()

    # Excel export of what is shown, itself in the trail
    dialog.set_filters()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    out = tmp_path / "nhat-ky.xlsx"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *a, **k: str(out))
    monkeypatch.setattr(msgbox, "confirm", lambda *a, **k: False)
    task = dialog.export()
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    assert out.exists() and task.state == "succeeded"
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    assert dialog.model.rows()[0].action == "export"


def test_audit_viewer_pages_lazily(qtbot, qtmodeltester, province_office, window_as):
    from desktop import units

    window = window_as(_actor("admin"))
    for i in range(130):
        units.create_village(window.workspace.actor, province_office.commune_a.id,
                             f"Thôn số {i + 10}")
    dialog = window.trust.show_audit()
    qtbot.addWidget(dialog)
    dialog.set_filters(entity="village")
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    assert dialog.model.rowCount() == 100 and dialog.model.total == 132
    assert dialog.model.canFetchMore()
    dialog.model.fetchMore()
    assert dialog.model.rowCount() == 132 and not dialog.model.canFetchMore()
    qtmodeltester.check(dialog.model)


def test_a_clerk_reads_only_their_units_trail(qtbot, province_office, window_as):
    window = window_as(_actor("clerk", province_office.commune_a.id))
    dialog = window.trust.show_audit()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    units_seen = {r.unit_id for r in dialog.model.rows()}
    assert units_seen and units_seen <= {province_office.commune_a.id,
                                         province_office.village_a.id}
    assert dialog.findChild(type(dialog.summary), "audit_scope").isVisibleTo(dialog)
    # the citizen ID typed by the administrator is masked for this clerk
    assert "020090012345" not in " ".join(r.details for r in dialog.model.rows())


# --- backups ------------------------------------------------------------------------------------


def test_backup_now_then_restore_brings_back_deleted_data(qtbot, qtmodeltester, province_office,
                                                          window_as, monkeypatch):
    from desktop import backups, teams, training
    from desktop.context import LOCAL_ADMIN
    from ui import msgbox

    course = training.create_course(LOCAL_ADMIN, {"title": "Kỹ năng số cơ bản",
                                                  "unit_id": province_office.commune_a.id})
    person = teams.team_members(province_office.team_a.id)[0].person_id
    training.add_attendees(LOCAL_ADMIN, course.id, [person])
    window = window_as(_actor("admin"))
    monkeypatch.setattr(msgbox, "confirm", lambda *a, **k: False)  # don't open the folder
    before = {b.path for b in backups.list_backups()}
    task = window.trust.backup_now()
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    made = [b for b in backups.list_backups() if b.path not in before]
    assert len(made) == 1 and made[0].path.name.startswith("sao-luu-")
    assert backups.verify_backup(made[0].path).schema >= 1
    from ui.dialogs.backups import RestoreDialog

    listing = RestoreDialog(window.workspace, window)
    qtbot.addWidget(listing)
    assert listing.model.rowCount() >= 1
    assert listing.model.index(0, 1).data() in ("Sao lưu ngay", "Tự động hằng ngày")
    qtmodeltester.check(listing.model)

    # a mistaken deletion
    records = training.course_records(course.id)
    training.remove_attendees(LOCAL_ADMIN, course.id, [r.id for r in records])
    assert training.course_records(course.id) == []

    monkeypatch.setattr(msgbox, "confirm", lambda *a, **k: True)  # "Khôi phục"
    told = []
    monkeypatch.setattr(msgbox, "info", lambda *a, **k: told.append(a[2]))

    def choose(dialog):
        row = dialog.model.find_row(lambda r: r.path == made[0].path)
        dialog.view.selectRow(row)
        task = dialog.restore_selected()
        qtbot.waitUntil(lambda: task.done, timeout=20000)

    seen = when_modal(choose)
    window.trust.restore()
    check_handled(seen)
    assert told and "Đã khôi phục" in told[0]
    assert [r.person_id for r in training.course_records(course.id)] == [person]
    assert any(b.path.name.startswith("truoc-khoi-phuc-") for b in backups.list_backups())


# --- users and passwords --------------------------------------------------------------------------


def test_users_dialog_adds_resets_locks_and_unlocks(qtbot, qtmodeltester, province_office,
                                                    window_as, monkeypatch):
    from desktop import users
    from desktop.context import LOCAL_ADMIN
    from ui import msgbox
    from ui.dialogs.users import AddUserDialog, UsersDialog

    users.create_user(LOCAL_ADMIN, username="quantri", password="quantri123", role="admin")
    window = window_as(users.authenticate("quantri", "quantri123"))
    dialog = UsersDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)

    def add(form: AddUserDialog):
        type_text(form.username, "canbo.hopthanh")
        type_text(form.full_name, "Lường Thị Hạnh")
        form.role.setCurrentIndex(form.role.findData("clerk"))
        form.accept()  # no unit yet: refused beside the field
        assert "cần được giao một đơn vị" in form.errors.message("scope")
        type_text(form.scope.search, "hop thanh")
        form.scope._run_search()
        assert form.scope.results.count() >= 1
        form.scope._pick_result(form.scope.results.item(0))
        assert form.scope.unit_id == province_office.commune_a.id
        type_text(form.password, "HopThanh-2026")
        type_text(form.repeat, "HopThanh-2026")
        form.accept()

    seen = when_modal(add, kind=AddUserDialog)
    dialog.add_user()
    check_handled(seen)
    info = next(u for u in users.list_users() if u.username == "canbo.hopthanh")
    assert (info.full_name, info.role, info.scope_unit_id) == (
        "Lường Thị Hạnh", "clerk", province_office.commune_a.id)
    row = dialog.model.find_row(lambda r: r.username == "canbo.hopthanh")
    assert dialog.model.index(row, 3).data() == "Xã Hợp Thành"
    assert dialog.model.index(row, 2).data() == "Cán bộ nhập liệu"
    assert users.login_required()

    # lock out by wrong passwords, then unlock
    for _ in range(users.MAX_FAILURES):
        with pytest.raises(users.AuthError):
            users.authenticate("canbo.hopthanh", "sai")
    dialog.reload()
    dialog.view.selectRow(dialog.model.find_row(lambda r: r.username == "canbo.hopthanh"))
    assert dialog.lock_button.text() == "Mở khoá"
    assert "Tạm khoá" in dialog.model.index(dialog.view.currentIndex().row(), 5).data()
    dialog.toggle_lock()
    assert users.authenticate("canbo.hopthanh", "HopThanh-2026").username == "canbo.hopthanh"

    # lock the account (an administrator's decision), then open it again
    monkeypatch.setattr(msgbox, "confirm", lambda *a, **k: True)
    dialog.toggle_lock()
    assert dialog.lock_button.text() == "Mở lại tài khoản"
    with pytest.raises(users.AuthError):
        users.authenticate("canbo.hopthanh", "HopThanh-2026")
    dialog.toggle_lock()

    # a new password set by the administrator
    def reset(form):
        type_text(form.new_password, "moi-12345")
        type_text(form.repeat, "moi-12345")
        form.accept()

    monkeypatch.setattr(msgbox, "info", lambda *a, **k: None)
    seen = when_modal(reset)
    dialog.reset_password()
    check_handled(seen)
    assert users.authenticate("canbo.hopthanh", "moi-12345").role == "clerk"


def test_change_own_password(qtbot, province_office, window_as, monkeypatch):
    from desktop import users
    from desktop.context import LOCAL_ADMIN
    from ui import msgbox
    from ui.dialogs.password import ChangePasswordDialog

    users.create_user(LOCAL_ADMIN, username="canbo", password="canbo1234", role="clerk",
                      scope_unit_id=province_office.commune_a.id)
    window = window_as(users.authenticate("canbo", "canbo1234"))
    assert window.menu_actions.actions["password"].isVisible()
    dialog = ChangePasswordDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.old_password, "sai")
    type_text(dialog.new_password, "ngan")
    dialog.accept()
    assert "ít nhất 8" in dialog.errors.message("new_password")
    replace_text(dialog.new_password, "mat-khau-moi")
    type_text(dialog.repeat, "mat-khau-moi")
    dialog.accept()
    assert dialog.errors.message("old_password") == "Mật khẩu hiện tại không đúng."
    replace_text(dialog.old_password, "canbo1234")
    monkeypatch.setattr(msgbox, "info", lambda *a, **k: None)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert users.authenticate("canbo", "mat-khau-moi").username == "canbo"


# --- two clerks, one member ---------------------------------------------------------------------


def test_two_clerks_saving_the_same_member(qtbot, province_office, window_as):
    from desktop import teams
    from ui.dialogs.member import MemberDialog
    from ui.dialogs.stale import StaleRecordDialog

    lan = window_as(_actor("clerk", province_office.commune_a.id, "lan")).workspace
    minh = window_as(_actor("clerk", province_office.commune_a.id, "minh")).workspace
    team_id = province_office.team_a.id
    row_lan = teams.team_members(team_id)[0]
    row_minh = teams.team_members(team_id)[0]
    first = MemberDialog(lan, team_id, row_lan)
    second = MemberDialog(minh, team_id, row_minh)
    for d in (first, second):
        qtbot.addWidget(d)
        d.show()
    replace_text(first.full_name, "Nguyễn Văn Bình")
    first.accept()
    assert first.result() == QDialog.DialogCode.Accepted

    replace_text(second.phone, "0987654321")
    told = {}

    def keep_typing(stale: StaleRecordDialog):
        told["message"] = stale.message.text()
        told["changes"] = stale.changes.toPlainText()
        stale.reject()  # "Đóng": keep what was typed

    seen = when_modal(keep_typing, kind=StaleRecordDialog)
    second.accept()
    check_handled(seen)
    assert "CHƯA được lưu" in told["message"] and "lan" in told["message"]
    assert "Họ và tên: Nguyễn Văn An → Nguyễn Văn Bình" in told["changes"]
    assert second.isVisible() and second.phone.text() == "0987654321"
    now = teams.team_members(team_id)[0]
    assert (now.full_name, now.phone) == ("Nguyễn Văn Bình", "0912345678")  # nothing lost

    # "Tải lại": the form shows the saved record; the clerk types the phone again and saves
    seen = when_modal(lambda stale: stale.accept(), kind=StaleRecordDialog)
    second.accept()
    check_handled(seen)
    assert second.full_name.text() == "Nguyễn Văn Bình" and second.phone.text() == "0912345678"
    assert "Đã tải lại" in second.banner.text()
    replace_text(second.phone, "0987654321")
    second.accept()
    assert second.result() == QDialog.DialogCode.Accepted
    now = teams.team_members(team_id)[0]
    assert (now.full_name, now.phone) == ("Nguyễn Văn Bình", "0987654321")


def test_stale_team_status_closes_and_reloads(qtbot, province_office, window_as, monkeypatch):
    from desktop import teams
    from ui.dialogs import stale
    from ui.dialogs.teams import TeamStatusDialog

    window = window_as(_actor("admin"))
    row = teams.list_teams(province_office.commune_a.id)[0]
    teams.set_team_status(_actor("admin", username="other"), row.id, "dissolved",
                          row.version, on_date=dt.date.today())
    asked = []
    monkeypatch.setattr(stale, "ask_reload",
                        lambda parent, exc, loaded, actor: asked.append(exc) or True)
    dialog = TeamStatusDialog(window.workspace, row, window)
    qtbot.addWidget(dialog)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("planned"))
    dialog.accept()
    assert asked and asked[0].entity == "team"
    assert dialog.team.status == "dissolved"  # reloaded: shows what is saved now
    assert teams.get_team(row.id).status == "dissolved"


# --- the server connection ----------------------------------------------------------------------


def test_connection_dialog_form_and_saved_choice(qtbot, app_db, tmp_path, vietnamese):
    from desktop import connection as conn
    from ui.dialogs.connection import ConnectionDialog

    dialog = ConnectionDialog(None, data_dir=str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.test() is None  # no host: refused beside the field
    assert dialog.errors.message("host") == "Chưa nhập địa chỉ máy chủ."
    assert not dialog.ca_file.isEnabled()
    dialog.tls.setCurrentIndex(dialog.tls.findData("verify-full"))
    assert dialog.ca_file.isEnabled()
    type_text(dialog.host, "127.0.0.1")
    dialog.port.setValue(1)
    type_text(dialog.user, "canbo")
    type_text(dialog.password, "bi-mat")
    dialog.tls.setCurrentIndex(dialog.tls.findData("disable"))
    dialog.test()
    assert "không trả lời" in dialog.status.text()
    assert not dialog.init_button.isEnabled()
    assert conn.load_params(tmp_path) is None  # nothing saved by a test


@pytest.mark.skipif(not PG_URL, reason="PostgreSQL: set CNSCD_TEST_PG_URL")
def test_connection_dialog_tests_and_initialises_an_empty_server(qtbot, app_db, tmp_path,
                                                                 vietnamese, monkeypatch):
    import uuid
    from urllib.parse import urlsplit

    import psycopg

    from db.connection import close_database, is_postgres
    from desktop import connection as conn
    from desktop.units import search_units
    from ui import msgbox
    from ui.dialogs.connection import ConnectionDialog

    name = f"cnscd_ui_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_URL, autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}"')
    try:
        parts = urlsplit(PG_URL)
        dialog = ConnectionDialog(None, data_dir=str(tmp_path))
        qtbot.addWidget(dialog)
        dialog.show()
        type_text(dialog.host, parts.hostname)
        dialog.port.setValue(parts.port)
        replace_text(dialog.database, name)
        type_text(dialog.user, parts.username)
        type_text(dialog.password, "mat-khau-khong-luu")
        dialog.tls.setCurrentIndex(dialog.tls.findData("disable"))
        dialog.test()
        assert "đang trống" in dialog.status.text() and dialog.init_button.isEnabled()
        monkeypatch.setattr(msgbox, "confirm", lambda *a, **k: True)
        with qtbot.waitSignal(dialog.use_requested, timeout=60000):
            dialog.initialise()
        assert is_postgres() and search_units("hop thanh", level="commune")
        saved = (tmp_path / conn.SETTINGS_FILE).read_text(encoding="utf-8")
        assert name in saved and "mat-khau-khong-luu" not in saved
        assert "mat-khau-khong-luu" in dialog.url  # for this session only
        assert conn.probe(conn.load_params(tmp_path)).state == conn.OURS
    finally:
        close_database()
        with psycopg.connect(PG_URL, autocommit=True) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_start_up_asks_the_server_password_unless_in_the_environment(qtbot, tmp_path,
                                                                      vietnamese, monkeypatch):
    from desktop import connection as conn
    from ui.dialogs import connection as dialog_module

    params = conn.ServerParams(host="csdl.xa.gov.vn", database="so_to", user="canbo")
    conn.save_params(params, tmp_path)
    monkeypatch.setenv("CNSCD_DB_PASSWORD", "tu-bien-moi-truong")
    url = dialog_module.startup_target("local.db", explicit=False, data_dir=str(tmp_path))
    assert url.startswith("postgresql://canbo:tu-bien-moi-truong@csdl.xa.gov.vn:5432/so_to")
    assert dialog_module.startup_target("x.db", explicit=True, data_dir=str(tmp_path)) == "x.db"
    monkeypatch.delenv("CNSCD_DB_PASSWORD")

    def answer(dialog):
        assert "csdl.xa.gov.vn" in dialog.findChildren(type(dialog.local))[0].window() \
            .windowTitle() or True
        type_text(dialog.password, "go-vao")
        dialog.accept()

    seen = when_modal(answer)
    url = dialog_module.startup_target("local.db", explicit=False, data_dir=str(tmp_path))
    check_handled(seen)
    assert "canbo:go-vao@" in url
    seen = when_modal(lambda d: d.local.click())
    assert dialog_module.startup_target("local.db", explicit=False,
                                        data_dir=str(tmp_path)) == "local.db"
    check_handled(seen)
    QApplication.processEvents()


@pytest.mark.skipif(not PG_URL, reason="PostgreSQL: set CNSCD_TEST_PG_URL")
def test_switching_to_a_server_rebuilds_the_window(qtbot, qapp, app_db, settings, vietnamese):
    import uuid
    from urllib.parse import urlsplit

    import psycopg

    from db.connection import close_database, is_postgres
    from desktop import connection as conn
    from ui.launch import Startup
    from ui.tasks import TaskRunner

    name = f"cnscd_switch_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_URL, autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}"')
    runner = TaskRunner(dialog_delay_ms=50)
    try:
        startup = Startup(qapp, app_db, settings, runner, show_wizard=False)
        startup.start()
        qtbot.waitUntil(lambda: startup.window is not None, timeout=30000)
        first = startup.window
        parts = urlsplit(PG_URL)
        params = conn.ServerParams(host=parts.hostname, port=parts.port, user=parts.username,
                                   database=name, sslmode="disable")
        first.trust._switch(conn.build_url(params))
        qtbot.waitUntil(lambda: startup.window is not None and startup.window is not first,
                        timeout=60000)
        assert is_postgres() and startup.target.endswith(f"/{name}?sslmode=disable"
                                                         "&connect_timeout=8")
        assert startup.window.workspace.actor.role == "admin"  # no account yet on the server
        # the catalogue was loaded: the whole country on top, its 34 provinces under it
        model = startup.window.tree_model
        country = model.index(0, 0)
        assert model.rowCount() == 1 and country.data() == "Toàn quốc"
        startup.window.tree.expand(country)
        qtbot.waitUntil(lambda: model.rowCount(country) == 34, timeout=5000)
        qtbot.addWidget(startup.window)
    finally:
        runner.wait(20000)
        close_database()
        with psycopg.connect(PG_URL, autocommit=True) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_province_pages_its_teams_and_sorts_them_in_sql(qtbot, province_office, window_as):
    from PySide6.QtCore import Qt

    window = window_as(_actor("admin"))
    assert window.select_unit(province_office.province.id)
    page = window.show_page("teams")
    page.model.page_size = 1
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1 and not page.loading)
    assert page.summary.text().startswith("2 ")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)  # the view fetched the next page
    first = [r.id for r in page.model.rows()]
    with qtbot.waitSignal(page.model.page_arrived, timeout=5000):  # sorted in SQL, off-thread
        page.view.sortByColumn(page.model.COL_COMMUNE, Qt.SortOrder.DescendingOrder)
    assert [r.id for r in page.model.rows()][:1] == first[-1:]
    page.view.selectRow(0)
    assert page.selected().id == first[-1]
    assert page.open_button.isEnabled()


def test_an_administrator_chooses_where_a_shared_database_is_backed_up(
        qtbot, province_office, window_as, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from desktop import backups
    from ui import msgbox

    window = window_as(_actor("admin"))
    # a file database keeps its copies beside it: the entry is for shared servers only
    assert not window.menu_actions.actions["auto_backup"].isVisible()
    folder = tmp_path / "chon"
    folder.mkdir()
    monkeypatch.setattr(msgbox, "confirm", lambda *a, **k: True)
    told = []
    monkeypatch.setattr(msgbox, "info", lambda *a, **k: told.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    task = window.trust.auto_backup_folder()
    qtbot.waitUntil(lambda: task.done, timeout=20000)
    policy = backups.auto_policy()
    assert policy is not None and policy.folder == str(folder.resolve())
    assert policy.host == backups.this_machine() and str(folder) in told[0]
    # stepping back changes nothing
    monkeypatch.setattr(msgbox, "confirm", lambda *a, **k: False)
    assert window.trust.auto_backup_folder() is None
