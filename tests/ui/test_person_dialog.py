"""A person's page lists their details, each under its one label (vn/messages.py), the
free-text ones from the declaration (vn/person_fields.py)."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel


def test_person_dialog_shows_the_declared_text_details(qtbot, office_commune, make_window):
    from desktop import teams, units
    from desktop.context import LOCAL_ADMIN
    from ui.dialogs.person import PersonDialog

    village = units.create_village(LOCAL_ADMIN, office_commune.unit_id, "Thôn Nà Sla")
    team = teams.create_team(LOCAL_ADMIN, village.id)
    added = teams.add_member(LOCAL_ADMIN, team.id, {
        "full_name": "Lò Thị Mai", "phone": "0912345678", "position": "Bí thư chi đoàn",
        "organisation": "Đoàn xã Hợp Thành"}, "thanh_vien")
    window = make_window()
    dialog = PersonDialog(added.member.person_id, window.workspace, window)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    position, organisation = texts.index("Chức vụ:"), texts.index("Đơn vị công tác:")
    assert texts[position + 1] == "Bí thư chi đoàn"
    assert texts[organisation + 1] == "Đoàn xã Hợp Thành"
    assert texts[texts.index("Số điện thoại:") + 1] == "0912345678"  # the form's own label
