"""A form dialog a clerk can type into without losing a keystroke.

* The first field has the focus when the dialog opens (never the Save button: a space typed
  there would save), and Tab walks the fields before the buttons.
* Enter saves from any one-line field; Ctrl+S and Ctrl+Enter too. Esc (or closing the
  window) on a form whose values changed asks before throwing them away.
* Messages appear under the fields while the clerk types, after a short pause
  (``LIVE_DELAY_MS``), from the same pure rules the service applies (``live_problems()``),
  and go as soon as the value is right. Each field keeps one line reserved for its message,
  so nothing jumps under the mouse.
* The fields sit in a scroll area: the dialog never grows past the screen, the buttons stay.

Subclasses build their fields with ``add_field`` and implement ``submit()``, which calls a
service and returns its result. A ``ValidationFailed`` from the service keeps the dialog open
and puts each problem's sentence under its field (problems for fields the form does not show
go to the banner at the top). Other refusals (permissions, a stale record) are shown in a
message box; the dialog stays open so nothing typed is lost.
"""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.errors_domain import StaleRecord, ValidationFailed
from desktop.validation import parse_date, parse_day
from ui import msgbox
from ui.errors import describe_exception
from ui.errors import describe_problem as describe
from ui.widgets import (
    ERROR_STYLE,
    WARNING_STYLE,
    DateLineEdit,
    ErrorLabel,
    FieldWithError,
    FormErrors,
    add_row,
)

log = logging.getLogger(__name__)


def problems_by_field(problems) -> tuple[dict[str, str], dict[str, str]]:
    """({field: error text}, {field: warning text}) in Vietnamese."""

    errors: dict[str, list[str]] = {}
    warnings: dict[str, list[str]] = {}
    for p in problems:
        target = errors if p.is_error else warnings
        target.setdefault(p.field, []).append(describe(p))
    return ({k: " ".join(v) for k, v in errors.items()},
            {k: " ".join(v) for k, v in warnings.items()})


class _FormScroll(QScrollArea):
    """A scroll area that asks for its whole content's size; the dialog caps it to the
    screen (QScrollArea's own hint stops at 24 lines, which would scroll short forms)."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        inner = self.widget()
        if inner is None:
            return super().sizeHint()
        hint = inner.sizeHint()
        frame = 2 * self.frameWidth()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(hint.width() + frame + bar, hint.height() + frame)


class LiveChecks:
    """Messages that follow the typing, the one mechanism every form uses (``FormDialog``
    and the decision editor): after a pause of ``LIVE_DELAY_MS`` the fields the clerk changed
    are checked with ``live_problems()`` (the pure rules the service applies too); a field's
    message goes as soon as its value is right, or, for a refusal only the service can
    judge, as soon as the value is no longer the one refused.

    The host has ``errors`` (``FormErrors``), ``banner`` (``ErrorLabel``) and ``_names``
    ({field: widget}); it calls ``_init_live()`` once and ``_watch(name, widget)`` per field.
    """

    LIVE_DELAY_MS = 400  # the pause after the last keystroke before messages update

    def _init_live(self) -> None:
        self._touched: set[str] = set()
        self._refused: dict[str, Any] = {}  # field -> its value when the service refused it
        self._live_timer = QTimer(self)  # type: ignore[arg-type]
        self._live_timer.setSingleShot(True)
        self._live_timer.setInterval(self.LIVE_DELAY_MS)
        self._live_timer.timeout.connect(self.live_check)

    def _watch(self, name: str, widget: QWidget) -> None:
        def changed(*_args: Any) -> None:
            self._touched.add(name)
            self._live_timer.start()

        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(changed)
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            widget.textChanged.connect(changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(changed)
            if widget.isEditable():
                widget.editTextChanged.connect(changed)
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(changed)
        elif hasattr(widget, "unit_chosen"):  # the unit picker
            widget.unit_chosen.connect(changed)
        elif hasattr(widget, "changed"):  # a composite field (a list of teams to tick)
            widget.changed.connect(changed)

    def _value_of(self, name: str) -> Any:
        widget = self._names.get(name)
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, (QPlainTextEdit, QTextEdit)):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return (widget.currentIndex(), widget.currentText())
        if isinstance(widget, QAbstractButton):
            return widget.isChecked()
        return None

    def live_problems(self) -> tuple[dict[str, str], dict[str, str]]:
        """({field: error}, {field: warning}) for the values on screen, from the pure rules
        the service applies too. The base checks the date fields; subclasses add theirs."""
        errors = {}
        for name, widget in self._names.items():
            if isinstance(widget, DateLineEdit) and not widget.is_acceptable():
                # the core's reason when it has one ("tháng 9/2025 không có ngày 31")
                _value, found = parse_date(widget.text(), field=name) if widget.allow_year \
                    else parse_day(widget.text(), field=name)
                found = [p for p in found if p.is_error]
                if found:
                    errors[name] = describe(found[0])
                    continue
                errors[name] = QCoreApplication.translate(
                    "FormDialog", "Nhập ngày theo dạng dd/mm/yyyy.") if not widget.allow_year \
                    else QCoreApplication.translate(
                        "FormDialog", "Nhập ngày theo dạng dd/mm/yyyy, hoặc chỉ năm.")
        return errors, {}

    def live_check(self) -> None:
        """Update the messages of the fields the clerk has changed."""
        self._live_timer.stop()
        errors, warnings = self.live_problems()
        for name in self.errors.names():
            if name not in self._touched and not self.errors.message(name):
                continue
            if name in errors:
                self.errors.set(name, errors[name])
            elif name in warnings:
                self.errors.set(name, warnings[name], warning=True)
            elif name in self._refused:
                if self._value_of(name) != self._refused[name]:
                    del self._refused[name]
                    self.errors.set(name, "")
            else:
                self.errors.set(name, "")
        if not self._refused and not errors:
            self.banner.show_message("")
        self._live_checked()

    def _live_checked(self) -> None:
        """After the messages changed (the form shows the focused field's sentence)."""

    def flush_live_check(self) -> None:
        """Run the pending check now (tests, and before saving)."""
        if self._live_timer.isActive():
            self.live_check()

    def check_all(self) -> bool:
        """Before saving: every field's message from the same rules, touched or not; False
        (and the first wrong field focused) when something must be corrected."""
        errors, warnings = self.live_problems()
        self._touched.update(self._names)
        if errors:
            self.show_errors(errors, warnings)
            return False
        self.live_check()
        return True


class FormDialog(LiveChecks, QDialog):

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
        self.body = QWidget()
        self.body.setObjectName("form_body")
        self._body_layout = QVBoxLayout(self.body)
        self._body_layout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._body_layout.addLayout(self.form)
        self.scroll = _FormScroll()
        self.scroll.setObjectName("form_scroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.body)
        self._layout.addWidget(self.scroll, 1)
        # The whole sentence of the focused field's message (the line under a field shows
        # what fits): a fixed height, so it never pushes anything either.
        self.message_area = QLabel()
        self.message_area.setObjectName("form_message")
        self.message_area.setWordWrap(True)
        self.message_area.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message_area.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 4)
        self.message_area.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._layout.addWidget(self.message_area)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save_text:
            self.save_button.setText(save_text)
        self.save_button.setDefault(True)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.accept)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.accept)
        self._names: dict[str, QWidget] = {}
        self._init_live()
        self._pristine: list[Any] | None = None
        self._shown_once = False
        self._following_focus = False

    def _show_focused_message(self, *_args: Any) -> None:
        if not self.isVisible():
            return
        focus = self.focusWidget()
        text, warning = self.errors.message_of(focus)
        if not text:
            # the first message of the form, so a refusal is never out of sight
            for name in self.errors.names():
                text = self.errors.message(name)
                if text:
                    warning = self.errors.message_of(self._names[name])[1]
                    break
        self.message_area.setStyleSheet(WARNING_STYLE if warning else ERROR_STYLE)
        self.message_area.setText(text)

    # -- opening: focus, tab order, size ---------------------------------------------------
    def showEvent(self, event):  # noqa: N802 - Qt override
        super().showEvent(event)
        app = QApplication.instance()
        if app is not None and not self._following_focus:
            app.focusChanged.connect(self._show_focused_message)
            self._following_focus = True
        if self._shown_once:
            return
        self._shown_once = True
        self._buttons_last()
        self._fit_screen()
        focus = self.focusWidget()
        if focus is None or isinstance(focus, QAbstractButton) or not focus.isVisible():
            first = self.first_field()
            if first is not None:
                first.setFocus(Qt.FocusReason.TabFocusReason)
        self.mark_pristine()

    def hideEvent(self, event):  # noqa: N802 - Qt override
        app = QApplication.instance()
        if app is not None and self._following_focus:
            app.focusChanged.disconnect(self._show_focused_message)
            self._following_focus = False
        super().hideEvent(event)

    def first_field(self) -> QWidget | None:
        """The first field a clerk can type into (the one focused when the dialog opens)."""
        for widget in self._names.values():
            if widget.isEnabled() and widget.isVisibleTo(self) and \
                    widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                return widget
        return None

    def _buttons_last(self) -> None:
        """The buttons were made before the fields, so Qt's tab chain starts with them: move
        them to the end, keeping the fields' own order (and any order a subclass set)."""
        chain: list[QWidget] = []
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self and len(chain) < 500:
            chain.append(widget)
            widget = widget.nextInFocusChain()
        buttons = [b for b in chain if b.parent() is self.buttons]
        others = [w for w in chain if w.parent() is not self.buttons
                  and self.body.isAncestorOf(w)
                  and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        order = others + buttons
        for before, after in zip(order, order[1:]):
            QWidget.setTabOrder(before, after)

    def _fit_screen(self) -> None:
        """Never taller or wider than the screen: the fields scroll, the buttons stay."""
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry()
        # the layout cached the scroll area's size from before the fields were added
        self.scroll.updateGeometry()
        self._layout.invalidate()
        self._layout.activate()
        frame_h = max(0, self.frameGeometry().height() - self.height()) or 32
        width = min(max(self.width(), self.sizeHint().width()), room.width() - 16)
        height = min(max(self.height(), self.sizeHint().height()),
                     room.height() - frame_h - 8)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        top_left = self.frameGeometry().topLeft()
        x = min(max(top_left.x(), room.left()), room.right() - self.frameGeometry().width())
        y = min(max(top_left.y(), room.top()), room.bottom() - height - frame_h)
        if (x, y) != (top_left.x(), top_left.y()):
            self.move(max(x, room.left()), max(y, room.top()))

    # -- keys --------------------------------------------------------------------------------
    def keyPressEvent(self, event):  # noqa: N802 - Qt override
        """Enter saves from any field (QDialog's own default-button logic loses track of
        the default button once a refusal has moved the focus); in a multi-line note and on
        a focused button Enter keeps its usual meaning. Esc asks first when something was
        typed."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            focus = self.focusWidget()
            if not isinstance(focus, (QAbstractButton, QPlainTextEdit, QTextEdit)):
                event.accept()
                self.accept()
                return
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            event.accept()
            if self.may_discard():
                self.reject()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event):  # noqa: N802 - Qt override
        """The window's close button asks like Esc (a close from the program does not)."""
        if event.spontaneous() and self.result() == 0 and not self.may_discard():
            event.ignore()
            return
        super().closeEvent(event)

    # -- changed or not -------------------------------------------------------------------
    def _state(self) -> list[Any]:
        """What the clerk can change in the form, to tell whether anything was typed."""
        state: list[Any] = []
        for widget in self.body.findChildren(QWidget):
            if isinstance(widget, QLineEdit):
                if not isinstance(widget.parent(), QComboBox):
                    state.append(widget.text())
            elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
                state.append(widget.toPlainText())
            elif isinstance(widget, QComboBox):
                state.append((widget.currentIndex(), widget.currentText()))
            elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                state.append(widget.isChecked())
            elif isinstance(widget, QAbstractSpinBox):
                state.append(widget.text())
        return state

    def mark_pristine(self) -> None:
        """The form as it is now counts as unchanged (after loading, after a save-and-new)."""
        self._pristine = self._state()

    def is_changed(self) -> bool:
        return self._pristine is not None and self._state() != self._pristine

    def may_discard(self) -> bool:
        if not self.is_changed():
            return True
        return msgbox.confirm(
            self, self.windowTitle(),
            QCoreApplication.translate(
                "FormDialog", "Bỏ những gì vừa nhập và đóng cửa sổ này?"),
            action=QCoreApplication.translate("FormDialog", "Bỏ, không lưu"))

    # -- fields -------------------------------------------------------------------------------
    def add_field(self, name: str, label: str, widget: QWidget) -> FieldWithError:
        widget.setObjectName(name)
        self._names[name] = widget
        self._watch(name, widget)
        return add_row(self.form, label, widget, self.errors, name)

    def field(self, name: str) -> QWidget:
        return self._names[name]

    def add_widget(self, widget: QWidget) -> None:
        self._body_layout.addWidget(widget)

    def _live_checked(self) -> None:
        self._show_focused_message()

    # -- the form protocol ---------------------------------------------------------------
    def load(self, row: Any) -> None:
        """Fill the fields from a row (subclasses)."""

    def values(self) -> dict[str, Any]:
        return {}

    def show_errors(self, errors: dict[str, str], warnings: dict[str, str] | None = None
                    ) -> None:
        known = set(self._names)
        self._live_timer.stop()
        self.errors.show(errors, warnings)
        self._refused = {n: self._value_of(n) for n in errors if n in known}
        self._touched.update(n for n in errors if n in known)
        other = [text for name, text in errors.items() if name not in known]
        self.banner.show_message(" ".join(other))
        first = self.errors.first_invalid(errors)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_focused_message()

    def check(self) -> bool:
        """Client-side checks before calling the service: the live rules on every field
        (subclasses add questions, such as a confirmation)."""
        return self.check_all()

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
