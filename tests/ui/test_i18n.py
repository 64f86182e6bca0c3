"""Vietnamese everywhere: our catalogues are current and complete, Qt's own strings are
translated by them, and the language setting is kept (in a temporary QSettings folder)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox, QWizard, QWizardPage

ROOT = Path(__file__).resolve().parents[2]


def _update_module():
    spec = importlib.util.spec_from_file_location(
        "i18n_update", ROOT / "resources" / "i18n" / "update.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_catalogues_are_current_and_finished():
    """lupdate would not change them, nothing is unfinished, the .qm match the .ts."""
    problems = _update_module().check()
    assert problems == []


def test_vietnamese_catalogue_is_identity_for_our_strings():
    import xml.etree.ElementTree as ET

    module = _update_module()
    tree = ET.parse(module.ts_path("vi"))
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        if name in module.QT_CONTEXTS:
            continue
        for message in context.iter("message"):
            assert message.findtext("translation") == message.findtext("source")


def test_standard_buttons_are_vietnamese(qtbot, vietnamese):
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        | QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No)
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"Đồng ý", "Hủy", "Lưu", "Đóng", "Có", "Không"}


def test_message_box_and_wizard_buttons_are_vietnamese(qtbot, vietnamese):
    box = QMessageBox(QMessageBox.Icon.Question, "Hỏi", "Xóa?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert {b.text().replace("&", "") for b in box.buttons()} == {"Có", "Không"}
    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    wizard.show()
    texts = [wizard.button(b).text().replace("&", "") for b in
             (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
              QWizard.WizardButton.CancelButton)]
    assert texts == ["< Quay lại", "Tiếp theo >", "Hủy"]


def test_text_field_context_menu_is_vietnamese(qtbot, vietnamese):
    edit = QLineEdit("Nguyễn")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    texts = [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()]
    assert texts == ["Hoàn tác", "Làm lại", "Cắt", "Sao chép", "Dán", "Xóa", "Chọn tất cả"]


def test_english_catalogue_translates_the_window(qtbot, qapp, app_db, settings):
    from desktop.context import LOCAL_ADMIN
    from ui.app import Translations
    from ui.main_window import MainWindow
    from ui.tasks import TaskRunner
    from ui.workspace import Workspace

    translations = Translations(qapp)
    try:
        assert translations.install("en")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.buttons()[0].text() == "Cancel"
        runner = TaskRunner()
        window = MainWindow(Workspace(runner=runner, actor=LOCAL_ADMIN, office=None,
                                      settings=settings))
        qtbot.addWidget(window)
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert titles[0] == "Overview" and "Search" in titles
        assert window.tree_model.headerData(0, Qt.Orientation.Horizontal) == "Unit"
    finally:
        translations.remove()
        translations.install("vi")
        translations.remove()


def test_language_setting_is_remembered(settings, _temp_qsettings):
    from ui.settings import Settings

    assert settings.language() == "vi"
    settings.set_language("en")
    settings.sync()
    assert Settings().language() == "en"
    assert any(_temp_qsettings.rglob("*.ini"))
    with pytest.raises(ValueError):
        settings.set_language("fr")


def test_dates_are_dd_mm_yyyy(vietnamese):
    """Qt's Vietnamese short format is d/M/yy, so the app formats dates itself."""
    import datetime as dt

    from PySide6.QtCore import QLocale

    assert QLocale().language() == QLocale.Language.Vietnamese
    from ui.widgets import format_date, parse_day

    assert format_date(dt.date(1990, 3, 5)) == "05/03/1990"
    assert parse_day("5-3-1990") == dt.date(1990, 3, 5)
    assert parse_day("31/02/1990") is None


_VIETNAMESE_LETTERS = set("ăâđêôơưĂÂĐÊÔƠƯ") | {
    ch for ch in "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"}


def test_core_messages_are_translated_in_the_english_ui(qapp):
    """The core's catalogue (vn.messages) reaches Qt Linguist: in English, a refusal, a
    validation problem, an import problem and a field label read in English."""
    from desktop.errors_domain import ValidationFailed
    from desktop.permissions import PermissionDenied
    from desktop.roster_import import ImportProblem
    from desktop.validation import Problem, normalize_phone
    from ui.app import Translations
    from ui.errors import describe_exception, field_label, tr_core
    from vn.messages import CATALOGUE

    translations = Translations(qapp)
    try:
        assert translations.install("en")
        for code, template in CATALOGUE.items():
            shown = tr_core(template)
            if set(template) & _VIETNAMESE_LETTERS:
                assert shown != template, code
        _, problems = normalize_phone("09123")
        text = describe_exception(ValidationFailed(problems))
        assert text == ('Phone number "09123" has only 5 digits; a mobile number has 10 '
                        "digits (e.g. 0912345678).")
        text = describe_exception(PermissionDenied("perm.read_only", username="an"))
        assert text == "The account an may only view and export, not change anything."
        assert field_label("citizen_id") == "Citizen ID"
        problem = ImportProblem("Sheet1", 4, "", "village", "import.village_unknown", "error",
                                "…", (("commune", "Xã A"), ("value", "Thôn 9")))
        assert problem.worded(tr_core).startswith('Xã A has no village/residential group')
        assert not set(describe_exception(ValidationFailed([Problem(
            "start_date", "date.required")]))) & _VIETNAMESE_LETTERS
    finally:
        translations.remove()
        translations.install("vi")
        translations.remove()
