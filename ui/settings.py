"""The user's interface settings: every key with its default and type, in one place.

Settings that travel with the data (the office, its signers) live in the database; these are
the per-user, per-machine choices (language, window geometry). Tests point ``QSettings`` at a
temporary folder (``QSettings.setPath``) so they never read or write the real user's file.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "SoToCNSCD"
APPLICATION = "SoToCNSCD"

LANGUAGES = ("vi", "en")


@dataclass(frozen=True)
class Key:
    name: str
    default: Any
    type: type


LANGUAGE = Key("ui/language", "vi", str)
GEOMETRY = Key("ui/geometry", QByteArray(), QByteArray)
SPLITTER = Key("ui/splitter", QByteArray(), QByteArray)
LAST_PAGE = Key("ui/last_page", 0, int)

WINDOW_STATE = Key("ui/window_state", QByteArray(), QByteArray)
LAST_FOLDER = {
    "import": Key("folders/import", "", str),  # the last folder a workbook was opened from
    "export": Key("folders/export", "", str),  # the last folder a file was saved to
}
#: A second folder (a USB stick, a network share) that receives a copy of the backup taken
#: when the app closes after changes; "" for none.
SECOND_BACKUP_FOLDER = Key("backup/second_folder", "", str)

ALL_KEYS = (LANGUAGE, GEOMETRY, SPLITTER, LAST_PAGE, WINDOW_STATE,
            *LAST_FOLDER.values(), SECOND_BACKUP_FOLDER)
SETTINGS_FILE_NAME = "settings.ini"


class Settings:
    """Typed access to ``QSettings``; pass one instance to whoever needs it."""

    def __init__(self, qsettings: QSettings | None = None):
        self._q = qsettings if qsettings is not None else QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
        )

    @classmethod
    def in_folder(cls, data_dir) -> Settings:
        """Settings kept in the data folder (``settings.ini``), so a ``--data-dir`` on a USB
        stick carries them along (portable mode) and every file of the app sits together."""

        path = Path(data_dir) / SETTINGS_FILE_NAME
        path.parent.mkdir(parents=True, exist_ok=True)
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    @property
    def qsettings(self) -> QSettings:
        return self._q

    def get(self, key: Key) -> Any:
        value = self._q.value(key.name, key.default)
        if value is None:
            return key.default
        if key.type is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray(value)
        try:
            return key.type(value)
        except (TypeError, ValueError):
            return key.default

    def set(self, key: Key, value: Any) -> None:
        self._q.setValue(key.name, value)

    def language(self) -> str:
        lang = str(self.get(LANGUAGE))
        return lang if lang in LANGUAGES else "vi"

    def set_language(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(lang)
        self.set(LANGUAGE, lang)

    def sync(self) -> None:
        self._q.sync()
