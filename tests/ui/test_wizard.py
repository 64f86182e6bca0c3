"""The first-run wizard: scope, signers, document symbol; demo data through the runner."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.helpers import press, type_text


def _to_officials(qtbot, wizard, text="hop thanh", level="commune"):
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.currentPage() is wizard.catalogue_page
    wizard.next()
    assert wizard.currentPage() is wizard.scope_page
    if level == "province":
        wizard.scope_page.level_province.setChecked(True)
    type_text(wizard.scope_page.search_box, text)
    qtbot.waitUntil(lambda: wizard.scope_page.results.count() > 0, timeout=3000)
    wizard.scope_page.results.setCurrentRow(0)
    assert wizard.scope_page.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.officials_page


def test_wizard_configures_a_commune_office(qtbot, app_db, runner, vietnamese):
    from desktop.office import get_office
    from ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(runner)
    qtbot.addWidget(wizard)
    _to_officials(qtbot, wizard)
    page = wizard.officials_page
    assert page.office_name.text().startswith("Ủy ban nhân dân xã")
    assert page.symbol.text() == "QĐ-UBND"
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()  # chair required
    type_text(page.chair_name, "hoàng văn dũng")
    type_text(page.vice[0][0], "Nông Thị Hoa")
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentPage() is wizard.demo_page
    assert wizard.button(wizard.WizardButton.FinishButton).text().replace("&", "") == "Hoàn tất"
    with qtbot.waitSignal(wizard.finished, timeout=5000):
        wizard.button(wizard.WizardButton.FinishButton).click()
    office = get_office()
    assert office is not None and office.catalogue == "2025"
    assert office.doc_symbol == "QĐ-UBND"
    assert [(o.full_name, o.title, o.is_chair) for o in office.officials] == [
        ("Hoàng Văn Dũng", "Chủ tịch", True), ("Nông Thị Hoa", "Phó Chủ tịch", False)]


def test_wizard_loads_demo_data_through_the_runner(qtbot, app_db, runner, vietnamese):
    from desktop import teams
    from desktop.office import get_office
    from ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(runner)
    qtbot.addWidget(wizard)
    _to_officials(qtbot, wizard, "lang son", level="province")
    type_text(wizard.officials_page.chair_name, "Lương Văn Tú")
    wizard.next()
    wizard.demo_page.load_demo.setChecked(True)
    assert wizard.demo_page.scale.currentData() == "district"
    with qtbot.waitSignal(wizard.finished, timeout=60000):
        wizard.button(wizard.WizardButton.FinishButton).click()
    assert wizard.demo_task is not None
    office = get_office()
    assert office.unit_id is not None
    assert len(teams.list_teams(office.unit_id)) > 50


def test_scope_search_is_accent_insensitive_and_enter_picks(qtbot, app_db, runner, vietnamese):
    from ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(runner)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.scope_page
    page.level_province.setChecked(True)
    type_text(page.search_box, "lang son")
    qtbot.waitUntil(lambda: page.results.count() == 1, timeout=3000)
    assert page.results.item(0).text() == "Tỉnh Lạng Sơn"
    press(page.search_box, Qt.Key.Key_Return)
    assert page.isComplete()


def test_reconfiguring_starts_from_the_current_office(qtbot, office_commune, runner,
                                                       vietnamese):
    from ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(runner, office=office_commune)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.scope_page
    assert page.level_commune.isChecked()
    assert page.unit_id() == office_commune.unit_id
    wizard.next()
    assert wizard.officials_page.chair_name.text() == "Hoàng Văn Dũng"
    assert wizard.officials_page.office_name.text() == office_commune.name
