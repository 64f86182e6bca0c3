"""Who signs and what every new Decision cites, set once: for the whole office, or for one
issuing unit (a commune a province office prepares decisions for). The same service as the
command line's ``office-set`` (``desktop.office.set_issuing_defaults``)."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from desktop.office import get_office, issuing_defaults, set_issuing_defaults
from ui.dialogs.base import FormDialog
from ui.dialogs.decisions import NOTE_STYLE
from ui.widgets import DateLineEdit
from vn.dates import format_day


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class DecisionDefaultsDialog(FormDialog):
    """Chủ tịch, Phó Chủ tịch, the province plan (number, date), own legal bases, proposer."""

    def __init__(self, workspace, unit_id: int | None, unit_name: str,
                 parent: QWidget | None = None):
        super().__init__(self.tr("Người ký và căn cứ quyết định"), parent)
        self.workspace = workspace
        self.unit_id = unit_id
        heading = QLabel(self.tr("Áp dụng cho: %1").replace("%1", unit_name))
        heading.setObjectName("defaults_heading")
        heading.setStyleSheet("font-weight: bold;")
        self.form.addRow(heading)
        self.chair = QLineEdit()
        self.add_field("chair", self.tr("Chủ tịch:"), self.chair)
        self.vices = QPlainTextEdit()
        self.vices.setTabChangesFocus(True)
        self.vices.setMaximumHeight(70)
        self.add_field("vices", self.tr("Phó Chủ tịch (mỗi dòng một người):"), self.vices)
        self.plan_number = QLineEdit()
        self.plan_number.setPlaceholderText(self.tr("ví dụ 125 hoặc 125/KH-UBND"))
        self.add_field("plan_number", self.tr("Số Kế hoạch của tỉnh:"), self.plan_number)
        self.plan_date = DateLineEdit(allow_year=False)
        self.add_field("plan_date", self.tr("Ngày Kế hoạch:"), self.plan_date)
        self.legal_bases = QPlainTextEdit()
        self.legal_bases.setTabChangesFocus(True)
        self.legal_bases.setPlaceholderText(self.tr(
            "để trống: dùng căn cứ mặc định (Luật 72/2025/QH15, Văn bản 793/BTTTT-THH, "
            "Kế hoạch của tỉnh)"))
        self.add_field("legal_bases", self.tr("Căn cứ riêng (mỗi dòng một căn cứ):"),
                       self.legal_bases)
        self.proposer = QLineEdit()
        self.proposer.setPlaceholderText(self.tr("Theo đề nghị của Trưởng phòng Văn hóa - Xã hội"))
        self.add_field("proposer", self.tr("Đề nghị:"), self.proposer)
        note = QLabel(self.tr(
            "Mỗi dự thảo mới lấy người ký và căn cứ từ đây. Trong căn cứ có thể viết {commune}, "
            "{province} và {plan} (số và ngày Kế hoạch)."))
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        self.add_widget(note)
        self.load(None)
        self.resize(620, 0)
        self.chair.setFocus()

    def load(self, row: Any) -> None:
        office = get_office()
        d = issuing_defaults(self.unit_id, office, own_only=True)
        if self.unit_id is not None:
            used = issuing_defaults(self.unit_id, office)
            if used.plan_number and used.plan_date and not d.plan_number:
                self.plan_number.setPlaceholderText(self.tr("đang dùng: %1 ngày %2 (chung)")
                                                    .replace("%1", used.plan_number)
                                                    .replace("%2", format_day(used.plan_date)))
        own = d.officials if d.officials_source == ("office" if self.unit_id is None
                                                    else "unit") else ()
        self.chair.setText(next((o.full_name for o in own if o.is_chair), ""))
        self.vices.setPlainText("\n".join(o.full_name for o in own if not o.is_chair))
        self.plan_number.setText(d.plan_number)
        self.plan_date.set_date(d.plan_date)
        self.legal_bases.setPlainText("\n".join(d.legal_bases or ()))
        self.proposer.setText(d.proposer or "")

    def values(self) -> dict[str, Any]:
        officials = []
        if self.chair.text().strip():
            officials.append({"full_name": self.chair.text(), "title": "Chủ tịch",
                              "authority": "CHỦ TỊCH", "is_chair": True})
        officials += [{"full_name": name, "title": "Phó Chủ tịch",
                       "authority": "KT. CHỦ TỊCH"} for name in _lines(self.vices.toPlainText())]
        return {
            "officials": officials,
            "plan_number": self.plan_number.text(),
            "plan_date": self.plan_date.date(),
            "legal_bases": _lines(self.legal_bases.toPlainText()),
            "proposer": self.proposer.text(),
        }

    def live_problems(self) -> tuple[dict[str, str], dict[str, str]]:
        errors, warnings = super().live_problems()
        if bool(self.plan_number.text().strip()) != bool(self.plan_date.date()) \
                and "plan_date" not in errors:
            errors["plan_number" if not self.plan_number.text().strip() else "plan_date"] = \
                self.tr("Nhập cả số và ngày của Kế hoạch.")
        return errors, warnings

    def submit(self) -> Any:
        return set_issuing_defaults(self.workspace.actor, self.unit_id, **self.values())
