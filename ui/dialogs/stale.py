"""When a save runs into someone else's change (optimistic concurrency).

Two clerks opened the same member; the first saved. The second save is refused by the
service (``desktop.errors_domain.StaleRecord``) and nothing is overwritten. This dialog says
so in plain words, shows what the other person changed (and who, when the trail knows), and
offers to load the record again.
"""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.audit_service import last_change, stale_changes
from ui.errors import tr_core
from vn.dates import format_day

log = logging.getLogger(__name__)


def other_changes(exc: Any, loaded: Any, actor: Any) -> list[str]:
    """Lines "Họ và tên: (what you opened) → (what is saved now)"."""

    can_see = bool(getattr(actor, "can_see_citizen_id", False))
    try:
        return [c.text() for c in stale_changes(loaded, exc.current,
                                                can_see_citizen_id=can_see, tr=tr_core)]
    except Exception:
        log.exception("could not compare the stale record")
        return []


def who_changed(exc: Any, actor: Any) -> Any:
    """The trail's latest entry about the record, if the actor may see it."""
    if actor is None:
        return None
    try:
        entity = "membership" if exc.entity == "person" else exc.entity
        if entity != exc.entity:
            return None  # a person's details are audited with a membership: unknown here
        return last_change(actor, entity, exc.id, tr=tr_core)
    except Exception:
        log.exception("could not read who changed the record")
        return None


class StaleRecordDialog(QDialog):
    """"Tải lại" accepts; "Đóng" keeps the form open with what the clerk typed."""

    def __init__(self, exc: Any, loaded: Any = None, actor: Any = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stale_record_dialog")
        self.setWindowTitle(self.tr("Bản ghi vừa được người khác sửa"))
        self.setMinimumWidth(520)
        entry = who_changed(exc, actor)
        if entry is not None:
            head = self.tr("Trong lúc bạn đang sửa, %1 đã lưu thay đổi cho bản ghi này lúc %2 "
                           "ngày %3. Phần mềm không ghi đè lên thay đổi đó: những gì bạn vừa "
                           "nhập CHƯA được lưu.").replace("%1", entry.username).replace(
                "%2", entry.at.strftime("%H:%M") if entry.at else "").replace(
                "%3", format_day(entry.at.date()) if entry.at else "")
        else:
            head = self.tr("Trong lúc bạn đang sửa, người khác đã lưu thay đổi cho bản ghi "
                           "này. Phần mềm không ghi đè lên thay đổi đó: những gì bạn vừa nhập "
                           "CHƯA được lưu.")
        self.message = QLabel(head)
        self.message.setObjectName("stale_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-weight: bold;")
        lines = other_changes(exc, loaded, actor)
        caption = QLabel(self.tr("Thay đổi của người kia (lúc bạn mở → bây giờ):")
                         if lines else self.tr("Không xác định được nội dung đã thay đổi."))
        self.changes = QPlainTextEdit("\n".join(lines))
        self.changes.setObjectName("stale_changes")
        self.changes.setReadOnly(True)
        self.changes.setVisible(bool(lines))
        self.changes.setMaximumHeight(self.fontMetrics().height() * (min(len(lines), 8) + 2))
        advice = QLabel(self.tr(
            "Bấm \"Tải lại\" để xem dữ liệu mới nhất rồi nhập lại thay đổi của bạn; hoặc "
            "\"Đóng\" để giữ nguyên nội dung đang nhập (chép lại trước khi tải lại)."))
        advice.setWordWrap(True)
        advice.setStyleSheet("color: #444;")
        self.buttons = QDialogButtonBox()
        self.reload_button = self.buttons.addButton(self.tr("Tải lại"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.reload_button.setObjectName("stale_reload")
        self.reload_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(caption)
        layout.addWidget(self.changes)
        layout.addWidget(advice)
        layout.addWidget(self.buttons)


def ask_reload(parent: QWidget | None, exc: Any, loaded: Any = None, actor: Any = None) -> bool:
    """Show the refusal; True when the clerk wants the record loaded again."""
    dialog = StaleRecordDialog(exc, loaded, actor, parent)
    try:
        return bool(dialog.exec())
    finally:
        dialog.deleteLater()
