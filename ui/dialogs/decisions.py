"""Decisions: a new draft (one team or several of a commune), issuing it, batch printing.

The editor of a draft's texts is in ``ui/dialogs/decision_editor.py``; the buttons that open
these dialogs are in ``ui/pages/decisions.py``.
"""
from __future__ import annotations

import datetime as dt
import logging
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors_domain import StaleRecord
from ui import msgbox
from ui.dialogs.base import FormDialog
from ui.errors import describe_exception, describe_problem
from ui.models.decisions import TeamCheckModel
from ui.widgets import DateLineEdit, format_date

log = logging.getLogger(__name__)

NOTE_STYLE = "color: #555;"
WARN_STYLE = ("background: #fff4d6; color: #6b4700; border: 1px solid #e8c66a;"
              " border-radius: 4px; padding: 6px;")


def chain_focus(widgets: list[QWidget]) -> None:
    """Tab goes through ``widgets`` in this order (the form's reading order)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def describe(exc: BaseException) -> str:
    """Export errors word themselves (``message()``); the rest go through ``ui.errors``."""
    message = getattr(exc, "message", None)
    if callable(message):
        try:
            return str(message())
        except Exception:  # noqa: BLE001
            log.exception("wording %r failed", exc)
    return describe_exception(exc)


class TeamChecklist(QWidget):
    """A checkable list of a commune's teams with "all / none" and a count; ``changed`` when
    a tick changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = TeamCheckModel(self)
        self.view = QListView()
        self.view.setObjectName("team_checklist")
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        self.view.setMinimumHeight(160)
        self.all_button = QPushButton(self.tr("Chọn tất cả"))
        self.none_button = QPushButton(self.tr("Bỏ chọn tất cả"))
        for b in (self.all_button, self.none_button):
            b.setAutoDefault(False)
        self.count = QLabel()
        self.count.setStyleSheet(NOTE_STYLE)
        self.all_button.clicked.connect(lambda: self.model.set_all(True))
        self.none_button.clicked.connect(lambda: self.model.set_all(False))
        self.model.dataChanged.connect(lambda *_: self._update_count())
        self.model.modelReset.connect(self._update_count)
        row = QHBoxLayout()
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        row.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.setFocusProxy(self.view)

    def set_teams(self, rows: list[Any], checked: list[int]) -> None:
        self.model.set_rows(rows, checked)
        for number, row in enumerate(rows):
            if row.id in checked:
                self.view.scrollTo(self.model.index(number))
                self.view.setCurrentIndex(self.model.index(number))
                break

    def checked_ids(self) -> list[int]:
        return self.model.checked_ids()

    def _update_count(self, *_: Any) -> None:
        self.changed.emit()
        self.count.setText(self.tr("Đã chọn %1/%2 Tổ")
                           .replace("%1", str(len(self.model.checked_ids())))
                           .replace("%2", str(self.model.rowCount())))

    def focus_widgets(self) -> list[QWidget]:
        return [self.view, self.all_button, self.none_button]


class SignerCombo(QComboBox):
    """The issuing unit's officials as they would sign: "Đinh Văn Đức — CHỦ TỊCH" (a
    commune's own Chairman when recorded, else the office's when it serves that unit)."""

    def __init__(self, parent: QWidget | None = None, unit_id: int | None = None):
        super().__init__(parent)
        from desktop.decisions import signer_choices

        self.unit_id = unit_id
        self.choices = signer_choices(unit_id)
        for c in self.choices:
            self.addItem(f"{c.full_name} — {c.block}", c.official_id)
        self.setMinimumContentsLength(36)

    def select_signer(self, name: str, authority: str) -> bool:
        """Select the official printed on a draft; False when no official matches."""
        for number, c in enumerate(self.choices):
            if c.full_name == name and (not authority or c.authority == authority):
                self.setCurrentIndex(number)
                return True
        for number, c in enumerate(self.choices):
            if c.full_name == name:
                self.setCurrentIndex(number)
                return True
        return False


def no_signer_note() -> QLabel:
    note = QLabel(QCoreApplication.translate(
        "SignerCombo",
        "Chưa khai báo Chủ tịch/Phó Chủ tịch ký quyết định của đơn vị này: vẫn lập được dự "
        "thảo, nhưng cần khai báo người ký (Quyết định → Người ký và căn cứ quyết định) trước "
        "khi ban hành."))
    note.setWordWrap(True)
    note.setStyleSheet(WARN_STYLE)
    return note


# --- a new draft ------------------------------------------------------------------------------


class NewDecisionDialog(FormDialog):
    """Kind, teams (checkable: one or several of the commune), signer, planned date."""

    KINDS = ("thanh_lap", "kien_toan", "giai_the")

    def __init__(self, workspace, commune_name: str, teams: list[Any], checked: list[int],
                 *, kind: str = "thanh_lap", parent: QWidget | None = None,
                 commune_id: int | None = None):
        super().__init__(self.tr("Lập dự thảo quyết định"), parent,
                         save_text=self.tr("Lập dự thảo"))
        self.workspace = workspace
        heading = QLabel(self.tr("Các Tổ CNSCĐ của %1").replace("%1", commune_name))
        heading.setStyleSheet("font-weight: bold;")
        self.form.addRow(heading)
        self.kind = QComboBox()
        labels = {
            "thanh_lap": self.tr("Thành lập Tổ"),
            "kien_toan": self.tr("Kiện toàn Tổ (thành phần mới)"),
            "giai_the": self.tr("Giải thể Tổ"),
        }
        for code in self.KINDS:
            self.kind.addItem(labels[code], code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.add_field("kind", self.tr("Loại quyết định:"), self.kind)
        self.teams = TeamChecklist()
        self.teams.set_teams(teams, checked)
        self.add_field("teams", self.tr("Các Tổ trong quyết định:"), self.teams)
        self.signer = SignerCombo(unit_id=commune_id)
        self.add_field("signer", self.tr("Người ký:"), self.signer)
        if not self.signer.count():
            self.signer.setEnabled(False)
            self.add_widget(no_signer_note())
        self.planned = DateLineEdit(allow_year=False)
        self.planned.setPlaceholderText(self.tr("dd/mm/yyyy (để trống nếu chưa biết)"))
        self.add_field("signed_on", self.tr("Ngày ký dự kiến:"), self.planned)
        note = QLabel(self.tr(
            "Căn cứ, điều khoản và nơi nhận được điền sẵn theo mẫu; sửa được trong bước sau. "
            "Chọn nhiều Tổ để lập một quyết định chung cho các Tổ của xã."))
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        self.add_widget(note)
        self.resize(620, 560)
        chain_focus([self.kind, *self.teams.focus_widgets(), self.signer, self.planned,
                     self.save_button, self.buttons.button(self.buttons.StandardButton.Cancel)])
        self.kind.setFocus()

    def live_problems(self) -> tuple[dict[str, str], dict[str, str]]:
        errors, warnings = super().live_problems()
        if not self.teams.checked_ids():
            errors["teams"] = self.tr("Chọn ít nhất một Tổ.")
        return errors, warnings

    def submit(self) -> Any:
        from desktop import decisions

        return decisions.draft_decision(
            self.workspace.actor, self.kind.currentData(), self.teams.checked_ids(),
            official_id=self.signer.currentData(), signed_on=self.planned.date(),
        )


# --- issuing ------------------------------------------------------------------------------------


NUMBER_CODES = ("decision.number_taken", "decision.bad_number", "decision.number_out_of_order",
                "decision.number_gap")
CONFIRMED_CODES = ("decision.number_out_of_order", "decision.number_gap")


class IssueDialog(FormDialog):
    """Ban hành: the signing date, the number (default: the next one), a last warning."""

    def __init__(self, workspace, decision: Any, parent: QWidget | None = None,
                 *, today: dt.date | None = None):
        super().__init__(self.tr("Ban hành quyết định"), parent, save_text=self.tr("Ban hành…"))
        self.workspace = workspace
        self.decision = decision
        subject = QLabel(decision.subject)
        subject.setWordWrap(True)
        subject.setStyleSheet("font-weight: bold;")
        self.form.addRow(subject)
        signer = " / ".join(p for p in (decision.authority, decision.signer_title) if p)
        self.form.addRow(QLabel(self.tr("Người ký:")), QLabel(
            f"{decision.signer_name} ({signer})" if decision.signer_name
            else self.tr("(chưa có người ký)")))
        self.date_edit = DateLineEdit(allow_year=False)
        self.date_edit.set_date(decision.signed_on or today or dt.date.today())
        self.add_field("signed_on", self.tr("Ngày ký:"), self.date_edit)
        self.number_edit = QLineEdit()
        self.number_edit.setValidator(QIntValidator(1, 99999, self.number_edit))
        self.number_edit.setMaxLength(5)
        self.add_field("number", self.tr("Số (do văn thư cấp):"), self.number_edit)
        self.result_line = QLabel()
        self.result_line.setObjectName("issue_number_preview")
        self.form.addRow(QLabel(self.tr("Sẽ in:")), self.result_line)
        self.confirm_number = QCheckBox(self.tr(
            "Văn thư đã cấp số này (xác nhận số không theo thứ tự ngày)"))
        self.confirm_number.setObjectName("confirm_out_of_order")
        self.confirm_number.setVisible(False)
        self.add_widget(self.confirm_number)
        self.checks = QLabel()
        self.checks.setObjectName("issue_checks")
        self.checks.setWordWrap(True)
        self.checks.setStyleSheet(WARN_STYLE)
        self.add_widget(self.checks)
        warning = QLabel(self.tr(
            "Sau khi ban hành, quyết định được cấp số, danh sách thành viên được chốt và tệp "
            "PDF được lưu lại: không sửa được nữa. Muốn thay đổi, lập quyết định kiện toàn mới."))
        warning.setWordWrap(True)
        warning.setStyleSheet(WARN_STYLE)
        self.add_widget(warning)
        self.date_edit.textChanged.connect(lambda _t: self._update_hint())
        self.number_edit.textChanged.connect(lambda _t: self._update_hint())
        self.confirm_number.toggled.connect(lambda _on: self._update_hint())
        self._update_hint()
        self.resize(560, 0)
        chain_focus([self.date_edit, self.number_edit, self.confirm_number, self.save_button,
                     self.buttons.button(self.buttons.StandardButton.Cancel)])
        self.date_edit.setFocus()
        self.date_edit.selectAll()

    def _year(self) -> int:
        day = self.date_edit.date()
        return day.year if day else dt.date.today().year

    def next_number(self) -> int:
        from desktop.decisions import next_number

        return next_number(self.decision.id, self._year())

    def number(self) -> int | None:
        text = self.number_edit.text().strip()
        return int(text) if text.isdigit() else None

    def _update_hint(self) -> None:
        from desktop.decisions import format_date_words, format_number

        try:
            hint = self.next_number()
        except Exception:  # noqa: BLE001 - a hint only
            log.exception("next number")
            hint = None
        self.number_edit.setPlaceholderText(
            self.tr("để trống: số tiếp theo (%1)").replace("%1", f"{hint:02d}")
            if hint else self.tr("để trống: số tiếp theo"))
        number = self.number() or hint
        day = self.date_edit.date()
        self.update_checks()
        self.result_line.setText(
            self.tr("Số: %1, %2").replace("%1", format_number(number, self.decision.symbol))
            .replace("%2", format_date_words(day)) if day
            else self.tr("Số: %1").replace("%1", format_number(number, self.decision.symbol)))

    def problems(self) -> list:
        """The issue gate's answer for the date and number as typed (the service's own)."""
        from desktop.decisions import issue_check

        return issue_check(self.decision.id, self.date_edit.date(), number=self.number(),
                           confirm_out_of_order=self.confirm_number.isChecked())

    def update_checks(self) -> None:
        """Show, before "Ban hành", everything that would stop the issue."""

        try:
            problems = self.problems()
        except Exception as exc:  # noqa: BLE001 - shown, never fatal
            log.exception("issue checks")
            problems, text = [], describe(exc)
        else:
            # a short refusal of the number goes under the field; the rest in the box, the
            # out-of-order number above its confirmation box
            under = {"decision.number_taken", "decision.bad_number"}
            text = "\n".join(f"• {describe_problem(p)}" for p in problems if p.code not in under)
        number_problems = [describe_problem(p) for p in problems
                           if p.code in ("decision.number_taken", "decision.bad_number")]
        self.show_errors({"number": " ".join(number_problems)} if number_problems else {})
        out_of_order = any(p.code in CONFIRMED_CODES for p in problems)
        self.confirm_number.setVisible(out_of_order or self.confirm_number.isChecked())
        self.checks.setText(self.tr("Chưa ban hành được:\n%1").replace("%1", text)
                            if text else "")
        self.checks.setVisible(bool(text))
        self.save_button.setEnabled(not problems)
        hint = self.sizeHint().height()
        if self.isVisible() and self.height() != hint:  # the box appeared or went away
            self.resize(self.width(), hint)

    def check(self) -> bool:
        day = self.date_edit.date()
        if day is None:
            self.show_errors({"signed_on": self.tr("Nhập ngày ký theo dạng dd/mm/yyyy.")})
            return False
        if self.problems():
            self.update_checks()
            return False
        if day > dt.date.today() + dt.timedelta(days=366):
            self.show_errors({"signed_on": self.tr("Ngày ký %1 quá xa trong tương lai.")
                              .replace("%1", format_date(day))})
            return False
        self.show_errors({})
        from desktop.decisions import format_number

        number = self.number() or self.next_number()
        return msgbox.confirm(
            self, self.tr("Ban hành quyết định"),
            self.tr("Ban hành quyết định số %1 ngày %2?\n\nSau khi ban hành không sửa được "
                    "quyết định này nữa.")
            .replace("%1", format_number(number, self.decision.symbol))
            .replace("%2", format_date(day)),
            action=self.tr("Ban hành"),
        )

    def submit(self) -> Any:
        from desktop import decisions

        return decisions.issue_decision(
            self.workspace.actor, self.decision.id, signed_on=self.date_edit.date(),
            expected_version=self.decision.version, number=self.number(),
            confirm_out_of_order=self.confirm_number.isChecked(),
        )

    def accept(self) -> None:
        """A number already taken is shown under the number; other refusals (no signer, a
        team without members, someone else's change) in a message box."""
        if not self.check():
            return
        try:
            self.result_value = self.submit()
        except Exception as exc:  # noqa: BLE001 - a refusal the clerk can act on

            log.info("issue refused: %r", exc)
            if isinstance(exc, StaleRecord):
                # never issue texts the clerk has not seen: close, let them look again
                msgbox.error(self, self.windowTitle(), self.tr(
                    "Dự thảo vừa được người khác sửa sau khi bạn mở hộp thoại này, nên chưa "
                    "ban hành. Hãy xem lại bản mới rồi ban hành lại."))
                QDialog.reject(self)
                return
            problems = getattr(exc, "problems", None)
            codes = [p.code for p in problems] if problems else [getattr(exc, "code", None)]
            if codes and all(c in NUMBER_CODES for c in codes):
                self.show_errors({"number": describe(exc)})
                self.number_edit.selectAll()
                return
            msgbox.error(self, self.windowTitle(), describe(exc))
            return
        QDialog.accept(self)


# --- batch printing -----------------------------------------------------------------------------


class BatchExportDialog(FormDialog):
    """Every team of a commune at once: one PDF per team in a folder, or one combined PDF."""

    def __init__(self, commune_name: str, teams: list[Any], parent: QWidget | None = None,
                 *, start_folder: str = ""):
        super().__init__(self.tr("In quyết định của các Tổ trong xã"), parent,
                         save_text=self.tr("Xuất PDF"))
        from ui.print_preview import default_folder

        self.commune_name = commune_name
        heading = QLabel(self.tr("Các Tổ CNSCĐ của %1").replace("%1", commune_name))
        heading.setStyleSheet("font-weight: bold;")
        self.form.addRow(heading)
        self.teams = TeamChecklist()
        self.teams.set_teams(teams, [t.id for t in teams])
        self.add_field("teams", self.tr("Các Tổ:"), self.teams)

        base = Path(start_folder or default_folder())
        safe = "".join(c for c in commune_name if c not in '<>:"/\\|?*').strip()
        self.per_team = QRadioButton(self.tr("Mỗi Tổ một tệp PDF, trong thư mục:"))
        self.combined = QRadioButton(self.tr("Tất cả trong một tệp PDF:"))
        self.per_team.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.per_team)
        group.addButton(self.combined)
        self.folder_edit = QLineEdit(str(base / self.tr("Quyết định %1").replace("%1", safe)))
        self.folder_button = QPushButton(self.tr("Chọn…"))
        self.file_edit = QLineEdit(str(base / (self.tr("Quyết định %1").replace("%1", safe)
                                               + ".pdf")))
        self.file_button = QPushButton(self.tr("Chọn…"))
        for b in (self.folder_button, self.file_button):
            b.setAutoDefault(False)
        self.form.addRow(self.per_team)
        self.add_field("out_dir", "", self._row(self.folder_edit, self.folder_button))
        self.form.addRow(self.combined)
        self.add_field("combined_path", "", self._row(self.file_edit, self.file_button))
        self._watch("out_dir", self.folder_edit)  # the field is the row; its text is typed
        self._watch("combined_path", self.file_edit)
        self.per_team.toggled.connect(lambda _on: self._live_timer.start())
        self.folder_button.clicked.connect(self._choose_folder)
        self.file_button.clicked.connect(self._choose_file)
        self.per_team.toggled.connect(self._update_mode)
        note = QLabel(self.tr(
            "Tổ đã có quyết định ban hành: in đúng tệp đã lưu khi ban hành. Tổ đang có dự thảo "
            "hoặc chưa có quyết định: in bản dự thảo (có dấu DỰ THẢO)."))
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        self.add_widget(note)
        self._update_mode()
        self.resize(640, 600)
        chain_focus([*self.teams.focus_widgets(), self.per_team, self.folder_edit,
                     self.folder_button, self.combined, self.file_edit, self.file_button,
                     self.save_button, self.buttons.button(self.buttons.StandardButton.Cancel)])
        self.teams.view.setFocus()

    @staticmethod
    def _row(edit: QLineEdit, button: QPushButton) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        row.addWidget(button)
        box.setFocusProxy(edit)
        edit.setMinimumWidth(380)
        return box

    def _update_mode(self, *_: Any) -> None:
        per_team = self.per_team.isChecked()
        for w in (self.folder_edit, self.folder_button):
            w.setEnabled(per_team)
        for w in (self.file_edit, self.file_button):
            w.setEnabled(not per_team)

    def _choose_folder(self) -> None:
        from ui.print_preview import ask_folder

        path = ask_folder(self, self.tr("Chọn thư mục lưu các quyết định"),
                          self.folder_edit.text())
        if path:
            self.folder_edit.setText(path)

    def _choose_file(self) -> None:
        from ui.print_preview import ask_save_path

        path = ask_save_path(self, self.tr("Lưu các quyết định thành một tệp"),
                             self.file_edit.text(), self.tr("Tệp PDF (*.pdf)"))
        if path:
            self.file_edit.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    def values(self) -> dict[str, Any]:
        if self.per_team.isChecked():
            return {"team_ids": self.teams.checked_ids(),
                    "out_dir": self.folder_edit.text().strip(), "combined_path": None}
        path = self.file_edit.text().strip()
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return {"team_ids": self.teams.checked_ids(), "out_dir": None,
                "combined_path": path}

    def live_problems(self) -> tuple[dict[str, str], dict[str, str]]:
        values = self.values()
        errors, warnings = super().live_problems()
        if not values["team_ids"]:
            errors["teams"] = self.tr("Chọn ít nhất một Tổ.")
        if values["out_dir"] is not None:
            if not values["out_dir"]:
                errors["out_dir"] = self.tr("Chọn thư mục lưu các tệp PDF.")
            elif Path(values["out_dir"]).exists() and not Path(values["out_dir"]).is_dir():
                errors["out_dir"] = self.tr("Đây là một tệp, không phải thư mục.")
        else:
            target = Path(values["combined_path"] or "")
            if not values["combined_path"]:
                errors["combined_path"] = self.tr("Chọn tệp PDF cần ghi.")
            elif target.is_dir():
                errors["combined_path"] = self.tr("Đây là một thư mục; hãy nhập tên tệp .pdf.")
            elif not target.parent.exists():
                errors["combined_path"] = self.tr("Thư mục %1 không có.").replace(
                    "%1", str(target.parent))
        return errors, warnings

    def submit(self) -> Any:
        return self.values()  # the caller runs the export through the task runner
