"""Small widgets the forms share: a date field that takes dd/mm/yyyy or a year, inline error
labels, completion from values already used."""
from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.validation import parse_day as read_day
from vn.dates import format_day

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a5a00;"
INVALID_FIELD_STYLE = "border: 1px solid #b3261e;"

_YEAR_RE = re.compile(r"^\s*(\d{4})\s*$")


def format_date(value: dt.date | None) -> str:
    return format_day(value)


def parse_day(text: str) -> dt.date | None:
    """A full date typed dd/mm/yyyy (also with . or -); None when blank or unreadable. The
    reading is the core's (``desktop.validation.parse_day``), so a form and the service that
    checks it again agree."""

    day, problems = read_day(text or "")
    return None if any(p.is_error for p in problems) else day


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

    def is_acceptable(self) -> bool:
        """Blank, a real dd/mm/yyyy date, or (with ``allow_year``) a year alone: what the
        form checks while the clerk types."""
        text = self.text().strip()
        if not text or parse_day(text) is not None:
            return True
        return bool(self.allow_year and _YEAR_RE.match(text))


class ErrorLabel(QLabel):
    """The red line under a field that says what is wrong, in Vietnamese.

    ``reserve``: the line keeps its height while empty and never takes a second one (a long
    message is cut with "…"; the whole sentence is in its tooltip and in the form's message
    area), so a message appearing or going never moves the fields under the clerk's mouse.
    """

    def __init__(self, parent: QWidget | None = None, *, reserve: bool = False):
        super().__init__(parent)
        self.reserve = reserve
        self.full_text = ""
        self.setStyleSheet(ERROR_STYLE)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if reserve:
            self.setFixedHeight(self.fontMetrics().height())
            self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        else:
            self.setWordWrap(True)
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            self.hide()

    def show_message(self, text: str, *, warning: bool = False) -> None:
        self.setStyleSheet(WARNING_STYLE if warning else ERROR_STYLE)
        self.full_text = text
        self.setToolTip(text if self.reserve else "")
        if self.reserve:
            self._elide()
        else:
            self.setText(text)
            self.setVisible(bool(text))

    def is_warning(self) -> bool:
        return self.styleSheet() == WARNING_STYLE

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(
            self.full_text, Qt.TextElideMode.ElideRight, max(20, self.width())))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if self.reserve:
            self._elide()


class FieldWithError(QWidget):
    """A field and its error label stacked, for a QFormLayout row."""

    def __init__(self, field: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        if isinstance(field, (QLineEdit, QComboBox)):
            # the red border of an invalid field is a style sheet, which would change the
            # field's height: hold it at the native height so nothing below moves
            field.setMinimumHeight(field.sizeHint().height())
        self.error = ErrorLabel(self, reserve=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
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

    def set(self, name: str, text: str, *, warning: bool = False) -> None:
        """One field's message ("" clears it), leaving the others as they are."""
        box = self._fields.get(name)
        if box is None:
            return
        box.error.show_message(text, warning=warning)
        box.field.setStyleSheet(INVALID_FIELD_STYLE if text and not warning else "")

    def names(self) -> list[str]:
        return list(self._fields)

    def first_invalid(self, errors: dict[str, str]) -> QWidget | None:
        for name, box in self._fields.items():
            if name in errors:
                return box.field
        return None

    def message(self, name: str) -> str:
        box = self._fields.get(name)
        return box.error.full_text if box else ""

    def message_of(self, widget: QWidget | None) -> tuple[str, bool]:
        """(message, is a warning) of the field that is or contains ``widget``."""
        for box in self._fields.values():
            if widget is not None and (widget is box.field or box.field.isAncestorOf(widget)):
                return box.error.full_text, box.error.is_warning()
        return "", False

    def visible_messages(self) -> dict[str, str]:
        return {n: b.error.full_text for n, b in self._fields.items() if b.error.full_text}


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

    def keyPressEvent(self, event):
        if event.matches(QKeySequence.StandardKey.Cancel) and self.text():
            self.clear()
            self.escaped.emit()
            return
        super().keyPressEvent(event)
