"""Application set-up: locale, translations, names, the one task runner.

Source strings in the code are Vietnamese (the app's working language), so the Vietnamese
catalogue is the identity for our own contexts plus Vietnamese for Qt's own strings
(standard buttons, context menus, file dialogs: Qt ships no Vietnamese catalogue), and the
English catalogue translates everything. See ``resources/i18n/README.md``.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

import resources
from desktop.setup import APP_VERSION
from ui.compat import immortalise_singletons
from ui.settings import APPLICATION, LANGUAGES, ORGANISATION

I18N_DIR = resources.path(resources.I18N)
CATALOGUE_BASENAME = "so_to_cnscd"
APP_DISPLAY_NAME = "Sổ Tổ CNSCĐ"

_LOCALES = {
    "vi": (QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
    # English interface, Vietnamese-style dates (dd/MM/yyyy): the data is Vietnamese.
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def catalogue_path(lang: str, suffix: str = ".qm") -> Path:
    return I18N_DIR / f"{CATALOGUE_BASENAME}_{lang}{suffix}"


def apply_locale(lang: str) -> QLocale:
    language, country = _LOCALES.get(lang, _LOCALES["vi"])
    locale = QLocale(language, country)
    QLocale.setDefault(locale)
    return locale


class Translations:
    """Owns the installed translators so the language can be switched and tests can undo it."""

    def __init__(self, app: QCoreApplication):
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = ""

    def install(self, lang: str) -> bool:
        """Install the catalogue for ``lang``; returns False when its ``.qm`` is missing."""
        if lang not in LANGUAGES:
            lang = "vi"
        self.remove()
        apply_locale(lang)
        self.language = lang
        translator = QTranslator(self._app)
        ok = translator.load(str(catalogue_path(lang)))
        if ok:
            self._app.installTranslator(translator)
            self._translators.append(translator)
        return ok

    def remove(self) -> None:
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()


def configure_application(app: QApplication) -> None:
    """Names (QSettings uses them) and the look: the system style, a Vietnamese-capable font."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QApplication.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(_version())
    icon = resources.path(resources.ICONS, "so-to-cnscd.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    font = app.font()
    if font.pointSizeF() < 9.5:
        font.setPointSizeF(10)
        app.setFont(font)
    _ = QFont  # the platform font covers Vietnamese (DejaVu Sans, Segoe UI)


def _version() -> str:
    try:
        return APP_VERSION
    except Exception:  # noqa: BLE001 - the version is cosmetic
        return ""


def create_application(argv: list[str] | None = None) -> QApplication:
    immortalise_singletons()  # PySide6 6.12 on Python 3.11: see ui/compat.py
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv if argv is not None else sys.argv[:1]))
    configure_application(app)
    return app
