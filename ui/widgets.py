"""Small widgets the forms share: a date field that takes dd/mm/yyyy or a year, inline error
labels, completion from values already used."""
from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vn.dates import format_day

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a5a00;"
INVALID_FIELD_STYLE = "border: 1px solid #b3261e;"

_DATE_RE = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")
_YEAR_RE = re.compile(r"^\s*(\d{4})\s*$")


def format_date(value: dt.date | None) -> str:
    return format_day(value)


def parse_day(text: str) -> dt.date | None:
    """A full date typed dd/mm/yyyy (also with . or -); None when blank or unreadable."""
    m = _DATE_RE.match(text or "")
    if not m:
        return None
    day, month, year = (int(g) for g in m.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


class DateLineEdit(QLineEdit):
    """A date typed as the clerk writes it: ``05/03/1990``, ``5-3-1990`` or just ``1990``.

    ``allow_year`` accepts a year alone (a date of birth often is); the text is kept as typed
    and cleaned by the validation rules, so an Excel-style entry never blocks typing.
    """

    def __init__(self, parent: QWidget | None = None, *, allow_year: bool = True):
        super().__init__(parent)
        self.allow_year = allow_year
        self.setPlaceholderText(
            translate("widgets", "dd/mm/yyyy hoặc năm") if allow_year
            else translate("widgets", "dd/mm/yyyy")
        )
        self.setMaxLength(20)
        self.editingFinished.connect(self._tidy)

    def _tidy(self) -> None:
        day = parse_day(self.text())
        if day is not None:
            self.setText(format_date(day))

    def date(self) -> dt.date | None:
        return parse_day(self.text())

    def set_date(self, value: dt.date | None) -> None:
        self.setText(format_date(value))


class ErrorLabel(QLabel):
    """The red line under a field that says what is wrong, in Vietnamese."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(ERROR_STYLE)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    def show_message(self, text: str, *, warning: bool = False) -> None:
        self.setStyleSheet(WARNING_STYLE if warning else ERROR_STYLE)
        self.setText(text)
        self.setVisible(bool(text))


class FieldWithError(QWidget):
    """A field and its error label stacked, for a QFormLayout row."""

    def __init__(self, field: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self.error = ErrorLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.error)
        self.setFocusProxy(field)


class FormErrors:
    """Shows ``{field: message}`` beside the fields of a form; clears the rest."""

    def __init__(self):
        self._fields: dict[str, FieldWithError] = {}

    def add(self, name: str, box: FieldWithError) -> None:
        self._fields[name] = box

    def show(self, errors: dict[str, str], warnings: dict[str, str] | None = None) -> None:
        warnings = warnings or {}
        for name, box in self._fields.items():
            if name in errors:
                box.error.show_message(errors[name])
                box.field.setStyleSheet(INVALID_FIELD_STYLE)
            elif name in warnings:
                box.error.show_message(warnings[name], warning=True)
                box.field.setStyleSheet("")
            else:
                box.error.show_message("")
                box.field.setStyleSheet("")

    def first_invalid(self, errors: dict[str, str]) -> QWidget | None:
        for name, box in self._fields.items():
            if name in errors:
                return box.field
        return None

    def message(self, name: str) -> str:
        box = self._fields.get(name)
        return box.error.text() if box and box.error.isVisible() else ""

    def visible_messages(self) -> dict[str, str]:
        return {n: b.error.text() for n, b in self._fields.items() if b.error.text()}


def add_row(form: QFormLayout, label: str, field: QWidget, errors: FormErrors | None = None,
            name: str = "") -> FieldWithError:
    box = FieldWithError(field)
    lab = QLabel(label)
    lab.setBuddy(field)
    form.addRow(lab, box)
    if errors is not None and name:
        errors.add(name, box)
    return box


def attach_completer(edit: QLineEdit, values: list[str]) -> QCompleter:
    """Completion from values already used (organisations, positions), matching anywhere."""
    model = QStringListModel(values, edit)
    completer = QCompleter(model, edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(completer)
    return completer


class SearchLineEdit(QLineEdit):
    """A search box with a clear button that also clears on Esc."""

    escaped = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setClearButtonEnabled(True)

    def keyPressEvent(self, event):  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.Cancel) and self.text():
            self.clear()
            self.escaped.emit()
            return
        super().keyPressEvent(event)
