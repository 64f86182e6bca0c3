"""Optimistic concurrency in the GUI for the actions that have no edit form of their own:
retiring a village, locking an account, deleting a draft. The service refuses a write on a
version the clerk no longer sees; the GUI says so (``ui.dialogs.stale``) and changes nothing."""
from __future__ import annotations

import datetime as dt

from desktop.context import Actor

OTHER = Actor(user_id=None, username="nguoikhac", role="admin")


def _answer_stale(monkeypatch, reload: bool = True) -> list:
    from ui.dialogs import stale

    asked: list = []
    monkeypatch.setattr(stale, "ask_reload",
                        lambda parent, exc, loaded, actor: asked.append((exc, loaded)) or reload)
    return asked


def test_retiring_a_village_renamed_meanwhile(qtbot, office_commune, make_window, monkeypatch):
    from desktop import units
    from ui.dialogs.villages import RetireVillageDialog

    window = make_window()
    village = units.create_village(OTHER, office_commune.unit_id, "Thôn Nà Sla")
    shown = units.get_village(village.id)
    units.rename_village(OTHER, village.id, "Thôn Nà Sla Mới", shown.version)
    asked = _answer_stale(monkeypatch)
    dialog = RetireVillageDialog(window.workspace, shown, window)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert asked and asked[0][0].entity == "village" and asked[0][1] is shown
    assert asked[0][0].current["name"] == "Thôn Nà Sla Mới"
    assert not units.get_village(village.id).retired


def test_merging_villages_one_renamed_meanwhile(qtbot, office_commune, make_window,
                                               monkeypatch):
    from desktop import units
    from ui.dialogs.villages import MergeVillagesDialog

    window = make_window()
    a = units.create_village(OTHER, office_commune.unit_id, "Thôn 1")
    b = units.create_village(OTHER, office_commune.unit_id, "Thôn 2")
    shown = [units.get_village(a.id), units.get_village(b.id)]
    units.rename_village(OTHER, b.id, "Thôn 2 Mới", shown[1].version)
    asked = _answer_stale(monkeypatch)
    dialog = MergeVillagesDialog(window.workspace, shown, window)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Thôn Hợp Nhất")
    dialog.accept()
    assert asked and asked[0][0].id == b.id and asked[0][1] is shown[1]
    names = sorted(v.name for v in units.list_villages(office_commune.unit_id))
    assert names == ["Thôn 1", "Thôn 2 Mới"]


def test_locking_an_account_changed_meanwhile(qtbot, office_commune, make_window, monkeypatch):
    from desktop import users
    from ui import msgbox
    from ui.dialogs.users import UsersDialog

    window = make_window()
    users.create_user(OTHER, username="canbo", password="canbo1234", role="viewer")
    dialog = UsersDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    dialog.reload()
    dialog.view.selectRow(dialog.model.find_row(lambda r: r.username == "canbo"))
    shown = dialog.selected()
    users.reset_password(OTHER, shown.id, "matkhaumoi1", expected_version=shown.version)
    monkeypatch.setattr(msgbox, "confirm", lambda *a, **k: True)
    asked = _answer_stale(monkeypatch)
    dialog.toggle_lock()
    assert asked and asked[0][0].entity == "user" and asked[0][1] is shown
    now = next(u for u in users.list_users() if u.username == "canbo")
    assert now.active  # not locked on a version the administrator did not see
    assert dialog.selected().version == now.version  # the list was reloaded


def test_deleting_a_draft_edited_meanwhile(qtbot, office_commune, make_window, monkeypatch):
    from desktop import decisions, teams, units
    from ui import msgbox
    from ui.pages.decisions import delete_draft

    window = make_window()
    village = units.create_village(OTHER, office_commune.unit_id, "Thôn Nà Sla")
    team = teams.create_team(OTHER, village.id, established_on=dt.date(2023, 1, 5))
    draft = decisions.draft_decision(OTHER, "thanh_lap", [team.id])
    shown = decisions.get_decision(draft.id)
    decisions.update_draft(OTHER, draft.id, {"subject": "Đã sửa"}, shown.version)
    monkeypatch.setattr(msgbox, "confirm", lambda *a, **k: True)
    asked = _answer_stale(monkeypatch)
    assert delete_draft(window.workspace, window, shown) is False
    assert asked and asked[0][0].entity == "decision"
    assert decisions.get_decision(draft.id).subject == "Đã sửa"
