"""A form dialog: Enter saves, Esc cancels, refusals shown beside the fields in Vietnamese.

Subclasses build their fields with ``add_field`` and implement ``submit()``, which calls a
service and returns its result. A ``ValidationFailed`` from the service keeps the dialog open
and puts each problem's sentence under its field (problems for fields the form does not show
go to the banner at the top). Other refusals (permissions, a stale record) are shown in a
message box; the dialog stays open so nothing typed is lost.
"""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui import msgbox
from ui.errors import describe_exception
from ui.widgets import ErrorLabel, FieldWithError, FormErrors, add_row

log = logging.getLogger(__name__)


def problems_by_field(problems) -> tuple[dict[str, str], dict[str, str]]:
    """({field: error text}, {field: warning text}) in Vietnamese."""
    from ui.errors import describe_problem as describe

    errors: dict[str, list[str]] = {}
    warnings: dict[str, list[str]] = {}
    for p in problems:
        target = errors if p.is_error else warnings
        target.setdefault(p.field, []).append(describe(p))
    return ({k: " ".join(v) for k, v in errors.items()},
            {k: " ".join(v) for k, v in warnings.items()})


class FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None, *,
                 save_text: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.result_value: Any = None
        self.errors = FormErrors()
        self._layout = QVBoxLayout(self)
        self.banner = ErrorLabel(self)
        self.banner.setObjectName("form_banner")
        self._layout.addWidget(self.banner)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._layout.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save_text:
            self.save_button.setText(save_text)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.accept)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.accept)
        self._names: dict[str, QWidget] = {}

    def keyPressEvent(self, event):  # noqa: N802 - Qt override
        """Enter saves from any field (QDialog's own default-button logic loses track of
        the default button once a refusal has moved the focus); in a multi-line note and on
        a focused button Enter keeps its usual meaning."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            focus = self.focusWidget()
            if not isinstance(focus, (QAbstractButton, QPlainTextEdit, QTextEdit)):
                event.accept()
                self.accept()
                return
        super().keyPressEvent(event)

    def add_field(self, name: str, label: str, widget: QWidget) -> FieldWithError:
        widget.setObjectName(name)
        self._names[name] = widget
        return add_row(self.form, label, widget, self.errors, name)

    def field(self, name: str) -> QWidget:
        return self._names[name]

    def add_widget(self, widget: QWidget) -> None:
        self._layout.insertWidget(self._layout.count() - 1, widget)

    # -- the form protocol ---------------------------------------------------------------
    def load(self, row: Any) -> None:
        """Fill the fields from a row (subclasses)."""

    def values(self) -> dict[str, Any]:
        return {}

    def show_errors(self, errors: dict[str, str], warnings: dict[str, str] | None = None
                    ) -> None:
        known = set(self._names)
        self.errors.show(errors, warnings)
        other = [text for name, text in errors.items() if name not in known]
        self.banner.show_message(" ".join(other))
        first = self.errors.first_invalid(errors)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def check(self) -> bool:
        """Client-side checks before calling the service (the same pure rules)."""
        return True

    def submit(self) -> Any:
        raise NotImplementedError

    # -- someone else saved first (optimistic concurrency) --------------------------------
    def stale_snapshot(self, exc: Any) -> Any:
        """The record as this form loaded it, to show what the other person changed."""
        return None

    def reload_record(self, exc: Any) -> bool:
        """Load the record again after a refused save; False: the form can't (it closes and
        the pages reload)."""
        return False

    def handle_stale(self, exc: Any) -> None:
        """Say that nothing was overwritten, show the other change, offer to reload."""
        from ui.dialogs.stale import ask_reload

        workspace = getattr(self, "workspace", None)
        actor = getattr(workspace, "actor", None)
        if not ask_reload(self, exc, self.stale_snapshot(exc), actor):
            return
        if self.reload_record(exc):
            # a base-class method: the context must be named (self.tr would use the subclass)
            self.banner.show_message(QCoreApplication.translate(
                "FormDialog",
                "Đã tải lại dữ liệu mới nhất. Hãy nhập lại thay đổi của bạn rồi bấm Lưu."),
                warning=True)
            return
        self.reject()
        if workspace is not None:
            workspace.data_changed.emit(0)

    def accept(self) -> None:
        from desktop.errors_domain import StaleRecord, ValidationFailed

        if not self.check():
            return
        try:
            self.result_value = self.submit()
        except ValidationFailed as exc:
            errors, warnings = problems_by_field(exc.problems)
            self.show_errors(errors, warnings)
            return
        except StaleRecord as exc:
            log.info("stale: %r", exc)
            self.handle_stale(exc)
            return
        except Exception as exc:  # noqa: BLE001 - a refusal a clerk can act on
            log.info("refused: %r", exc)
            msgbox.error(self, self.windowTitle(), describe_exception(exc))
            return
        super().accept()
