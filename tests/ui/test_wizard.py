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


def test_wizard_opens_sample_data_apart_from_the_office(qtbot, app_db, runner, vietnamese,
                                                        monkeypatch):
    """Sample data goes into its own database, opened in its own window; the office's
    database gets the office and nothing else."""
    import json
    import sqlite3
    from pathlib import Path

    from desktop import teams
    from desktop.office import get_office
    from ui import sample_data
    from ui.wizard import FirstRunWizard

    started = []
    monkeypatch.setattr(sample_data, "open_sample_window", lambda p: started.append(p) or True)
    wizard = FirstRunWizard(runner)
    qtbot.addWidget(wizard)
    _to_officials(qtbot, wizard, "lang son", level="province")
    type_text(wizard.officials_page.chair_name, "Lương Văn Tú")
    wizard.next()
    wizard.demo_page.load_demo.setChecked(True)
    assert wizard.demo_page.scale.currentData() == "district"
    with qtbot.waitSignal(wizard.finished, timeout=120000):
        wizard.button(wizard.WizardButton.FinishButton).click()
    assert wizard.demo_task is not None
    office = get_office()
    assert office.unit_id is not None
    assert teams.list_teams(office.unit_id) == []  # the office's own data: untouched
    sample = Path(app_db).with_name(sample_data.SAMPLE_FILE)
    assert started == [str(sample)]
    con = sqlite3.connect(str(sample))
    try:
        assert con.execute("select count(*) from team").fetchone()[0] > 50
        settings = con.execute("select settings from office").fetchone()[0]
    finally:
        con.close()
    assert json.loads(settings)["demo"]  # what marks its window "DỮ LIỆU MẪU"


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


def test_scope_search_finds_a_province_at_every_level_and_says_when_nothing_matches(
        qtbot, app_db, runner, vietnamese):
    from ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(runner)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.scope_page
    # what the clerk types first lands in the search box, not on the Next button
    qtbot.waitUntil(lambda: wizard.focusWidget() is page.search_box)
    page.level_commune.setChecked(True)
    type_text(page.search_box, "lang son")
    page._search()
    assert page.results.count() > 10  # the communes of Lạng Sơn
    assert all("Lạng Sơn" in page.results.item(i).text() for i in range(page.results.count()))
    assert "Lạng Sơn" in page.nothing.text() and page.nothing.isVisible()
    page.search_box.clear()
    type_text(page.search_box, "khong co xa nao ten the nay")
    page._search()
    assert page.results.count() == 0
    assert "Không tìm thấy" in page.nothing.text() and page.nothing.isVisible()


def test_office_setup_cannot_switch_the_catalogue_on_live_data(qtbot, office_commune, runner,
                                                                vietnamese):
    import pytest

    from desktop import units
    from desktop.context import LOCAL_ADMIN
    from desktop.errors_domain import ValidationFailed
    from desktop.office import configure_office, get_office
    from ui.wizard import FirstRunWizard

    units.create_village(LOCAL_ADMIN, office_commune.unit_id, "Thôn Nà Sla")
    wizard = FirstRunWizard(runner, actor=LOCAL_ADMIN, office=get_office())
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.catalogue_page
    assert not page.old_catalogue.isEnabled() and not page.new_catalogue.isEnabled()
    assert "không đổi được danh mục" in page.status.text()
    office = get_office()
    with pytest.raises(ValidationFailed) as refused:
        configure_office(LOCAL_ADMIN, unit_id=office.unit_id, catalogue="pre2025",
                         officials=[], expected_version=office.version)
    assert refused.value.problems[0].code == "office.catalogue_in_use"
    assert get_office().catalogue == "2025"
