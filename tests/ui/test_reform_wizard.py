"""The reform wizard in the main window: plan, place the split communes' villages (searched
without accents), review, apply on the task runner, and the window moves to 2025."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from tests.ui.helpers import type_text


@pytest.fixture
def pre2025(app_db):
    from tests.desktop.test_reform import build_dinh_lap

    build_dinh_lap()
    return app_db


def test_wizard_plans_places_and_applies(qtbot, pre2025, make_window, monkeypatch):
    from desktop.office import get_office
    from ui import msgbox
    from ui.dialogs.reform import ReformWizard

    window = make_window()
    assert window.menu_actions.actions["reform"].isVisible()
    window.menu_actions.actions["reform"].trigger()
    wizard = window.findChild(ReformWizard)
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10000)
    page = wizard.plan_page
    assert page.table.rowCount() == 12
    assert "12 xã cũ" in page.summary.text()
    assert page.isComplete()
    wizard.next()

    place = wizard.place_page
    assert wizard.currentPage() is place
    assert not place.isComplete() and "chưa xếp" in place.status.text()
    for typed, old in (("binh xa", "Xã Bính Xá"), ("kiên mộc", "Xã Kiên Mộc")):
        place.search.clear()
        place.search.setFocus()
        type_text(place.search, typed)  # without accents, or with them
        qtbot.waitUntil(lambda old=old: place.table.rowCount() > 0 and all(
            place.table.item(r, 1).text() == old for r in range(place.table.rowCount())),
            timeout=3000)
        place.table.selectAll()
        assert place.target.count() == 2 and place.place_button.isEnabled()
        place.target.setCurrentIndex(1)
        place.place_button.click()
    place.search.clear()
    qtbot.waitUntil(place.isComplete, timeout=3000)
    assert "Đã xếp đủ" in place.status.text()
    wizard.next()

    review = wizard.review_page
    assert wizard.currentPage() is review
    qtbot.waitUntil(review.isComplete, timeout=10000)  # the plan is made again off-thread
    assert "Tổ CNSCĐ giữ nguyên" in review.counts.text()
    asked = []
    monkeypatch.setattr(msgbox, "confirm", lambda *a, **k: asked.append(a) or True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=20000)
    assert asked
    assert "Đã chuyển" in wizard.done_page.result.text()
    assert get_office().catalogue == "2025"
    assert window.workspace.catalogue == "2025"  # the window reloaded on the new catalogue
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    wizard.accept()


def test_cancel_in_review_changes_nothing(qtbot, pre2025, make_window, monkeypatch):
    from desktop.office import get_office
    from ui import msgbox
    from ui.dialogs.reform import ReformWizard

    window = make_window()
    window.menu_actions.actions["reform"].trigger()
    wizard = window.findChild(ReformWizard)
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10000)
    wizard.next()
    for v in wizard.plan.to_place:  # placed as a clerk would, all on the first candidate
        wizard.placements[v.id] = v.candidates[0].code
    wizard.place_page.refresh()
    wizard.next()
    qtbot.waitUntil(wizard.review_page.isComplete, timeout=10000)
    monkeypatch.setattr(msgbox, "confirm", lambda *a, **k: False)
    wizard.next()
    assert wizard.currentPage() is wizard.review_page
    assert get_office().catalogue == "pre2025"
    wizard.reject()


def test_undo_from_the_menu_puts_the_data_back(qtbot, pre2025, make_window, monkeypatch,
                                               tmp_path):
    from desktop import reform
    from desktop.context import LOCAL_ADMIN
    from desktop.office import get_office
    from tests.desktop.test_reform import placements_for
    from ui import msgbox

    plan = reform.plan_reform(LOCAL_ADMIN)
    reform.apply_reform(LOCAL_ADMIN, placements=placements_for(plan),
                        backup_to=tmp_path / "before.db")
    window = make_window()
    assert window.workspace.catalogue == "2025"
    asked = []
    monkeypatch.setattr(msgbox, "confirm", lambda parent, title, text, **k:
                        asked.append(text) or True)
    window.menu_actions.actions["reform_undo"].trigger()
    qtbot.waitUntil(lambda: window.workspace.catalogue == "pre2025", timeout=20000)
    assert get_office().catalogue == "pre2025"
    assert asked and "/20" in asked[0]  # the time of the apply, dd/mm/yyyy


def test_paperwork_page_issues_the_kien_toan_decisions(qtbot, pre2025, make_window,
                                                        monkeypatch, tmp_path):
    from desktop import reform
    from desktop.context import LOCAL_ADMIN
    from tests.desktop.test_reform import placements_for
    from ui.dialogs.reform import ReformWizard

    plan = reform.plan_reform(LOCAL_ADMIN)
    reform.apply_reform(LOCAL_ADMIN, placements=placements_for(plan),
                        backup_to=tmp_path / "before.db")
    window = make_window()
    window.menu_actions.actions["reform"].trigger()
    wizard = window.findChild(ReformWizard)
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10000)
    assert "đã theo đơn vị hành chính mới" in wizard.plan_page.summary.text()
    wizard.next()  # nothing left to move: straight to the paperwork
    paper = wizard.paper_page
    assert wizard.currentPage() is paper
    rows = paper.table.rowCount()
    assert rows >= 2
    paper.resolution.setText("1672/NQ-UBTVQH15")
    paper.resolution_date.setText("16/06/2025")
    paper.signed_on.setText("15/08/2025")
    for r in range(rows):
        paper.table.item(r, 2).setText("Hoàng Văn Phúc")
    from ui import msgbox

    assert paper.rename_button.isEnabled()  # "Thôn 1" from two old communes in one
    monkeypatch.setattr(msgbox, "confirm", lambda *a, **k: True)
    paper.rename_button.click()
    assert "Đã đổi tên" in paper.status.text() and not paper.rename_button.isEnabled()
    for r in range(rows):
        paper.table.item(r, 2).setText("Hoàng Văn Phúc")
    folder = tmp_path / "qd"
    monkeypatch.setattr("ui.print_preview.ask_folder", lambda *a: str(folder))
    opened = []
    monkeypatch.setattr("ui.file_dialogs.open_folder", lambda path: opened.append(path))
    paper.issue_button.click()
    qtbot.waitUntil(lambda: bool(paper.issued), timeout=60000)
    assert len(paper.issued) == rows
    assert len(list(folder.glob("*.pdf"))) == rows and opened
    assert "Đã ban hành" in paper.status.text()
    wizard.reject()
