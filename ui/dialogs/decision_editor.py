"""The editor of a draft decision, with a live preview of the PDF it would print.

Form on the left (subject, legal bases one per line, proposer, articles, recipients one per
line, signer, symbol, planned date); on the right the PDF as the writer in ``exports/``
renders it with the unsaved values (rendered on a reader thread of the task runner a moment
after typing stops, shown with QtPdf). Saving uses the draft's version: when someone else
saved it in between, the clerk chooses to load their version or to save over it.
"""
from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop import decisions
from desktop import teams as team_service
from desktop.decisions import signer_values
from desktop.errors_domain import NotFound, StaleRecord
from ui import msgbox
from ui.dialogs.base import LiveChecks
from ui.dialogs.decisions import (
    NOTE_STYLE,
    WARN_STYLE,
    SignerCombo,
    chain_focus,
    describe,
    no_signer_note,
)
from ui.errors import describe_problem
from ui.models.decisions import decision_kind_label
from ui.widgets import DateLineEdit, ErrorLabel, FormErrors, add_row

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

PREVIEW_DELAY_MS = 600
KEEP_SIGNER = -1  # the signer printed on the draft, no longer among the officials


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _text_area(lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
    edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    height = edit.fontMetrics().lineSpacing() * lines + 12
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(height * 2)
    return edit


class ArticlesEditor(QWidget):
    """Điều 1, Điều 2…: a list on the left, the selected article's title and paragraphs on the
    right (one paragraph per line; the title without "Điều N.")."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._items: list[dict] = []
        self._current = -1
        self.list = QListWidget()
        self.list.setObjectName("article_list")
        self.list.setMaximumWidth(220)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setMinimumHeight(150)
        self.title = QLineEdit()
        self.title.setObjectName("article_title")
        self.title.setPlaceholderText(self.tr("(không bắt buộc) ví dụ: Nhiệm vụ của Tổ"))
        self.paragraphs = _text_area(6)
        self.paragraphs.setObjectName("article_paragraphs")
        self.paragraphs.setMaximumHeight(16777215)
        self.paragraphs.setPlaceholderText(self.tr(
            "Mỗi đoạn (khoản) một dòng; dòng trống giữa các đoạn chỉ để dễ đọc."))
        self.add_button = QPushButton(self.tr("Thêm điều"))
        self.remove_button = QPushButton(self.tr("Xóa điều"))
        self.up_button = QPushButton(self.tr("Lên"))
        self.down_button = QPushButton(self.tr("Xuống"))
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            b.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_article)
        self.remove_button.clicked.connect(self.remove_article)
        self.up_button.clicked.connect(lambda: self.move_article(-1))
        self.down_button.clicked.connect(lambda: self.move_article(1))
        self.list.currentRowChanged.connect(self._select)
        self.title.textEdited.connect(self._edited)
        self.paragraphs.textChanged.connect(self._edited)

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        moves = QHBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        left.addLayout(moves)
        edits = QHBoxLayout()
        edits.addWidget(self.add_button)
        edits.addWidget(self.remove_button)
        left.addLayout(edits)
        right = QFormLayout()
        right.setContentsMargins(0, 0, 0, 0)
        title_label = QLabel(self.tr("Tiêu đề:"))
        title_label.setBuddy(self.title)
        right.addRow(title_label, self.title)
        text_label = QLabel(self.tr("Nội dung:"))
        text_label.setBuddy(self.paragraphs)
        right.addRow(text_label, self.paragraphs)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        self.setFocusProxy(self.list)

    def focus_widgets(self) -> list[QWidget]:
        return [self.list, self.title, self.paragraphs, self.up_button, self.down_button,
                self.add_button, self.remove_button]

    # -- data ---------------------------------------------------------------------------
    def set_articles(self, articles) -> None:
        self._items = [{"title": t, "paragraphs": list(p)} for t, p in articles]
        self._current = -1
        self._refresh_list(0 if self._items else -1)

    def articles(self) -> list[dict]:
        self._store()
        return [{"title": a["title"].strip(), "paragraphs": [p for p in a["paragraphs"] if p]}
                for a in self._items]

    def _label(self, number: int, item: dict) -> str:
        text = item["title"].strip() or next((p for p in item["paragraphs"] if p), "")
        text = text if len(text) <= 40 else text[:38].rstrip() + "…"
        return self.tr("Điều %1. %2").replace("%1", str(number)).replace("%2", text)

    def _refresh_list(self, select: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for number, item in enumerate(self._items, start=1):
            self.list.addItem(self._label(number, item))
        self.list.blockSignals(False)
        self._current = -1
        if select >= 0:
            self.list.setCurrentRow(select)
        else:
            self._select(-1)
        self._update_buttons()

    def _store(self) -> None:
        if 0 <= self._current < len(self._items):
            self._items[self._current] = {
                "title": self.title.text(),
                "paragraphs": _lines(self.paragraphs.toPlainText()),
            }

    def _select(self, row: int) -> None:
        self._store()
        self._current = row
        has = 0 <= row < len(self._items)
        for w in (self.title, self.paragraphs):
            w.blockSignals(True)
        self.title.setText(self._items[row]["title"] if has else "")
        # a blank line between paragraphs: a wrapped paragraph is not mistaken for two
        self.paragraphs.setPlainText("\n\n".join(self._items[row]["paragraphs"]) if has else "")
        for w in (self.title, self.paragraphs):
            w.blockSignals(False)
        self.title.setEnabled(has)
        self.paragraphs.setEnabled(has)
        self._update_buttons()

    def _edited(self, *_: Any) -> None:
        self._store()
        row = self._current
        if 0 <= row < len(self._items):
            item = self.list.item(row)
            if item is not None:
                item.setText(self._label(row + 1, self._items[row]))
        self.changed.emit()

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        self.remove_button.setEnabled(0 <= row < len(self._items))
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self._items) - 1)

    # -- actions ------------------------------------------------------------------------
    def add_article(self) -> None:
        self._store()
        at = self._current + 1 if self._current >= 0 else len(self._items)
        self._items.insert(at, {"title": "", "paragraphs": []})
        self._refresh_list(at)
        self.paragraphs.setFocus()
        self.changed.emit()

    def remove_article(self) -> None:
        row = self._current
        if not (0 <= row < len(self._items)):
            return
        self._current = -1  # nothing to store back
        del self._items[row]
        self._refresh_list(min(row, len(self._items) - 1))
        self.changed.emit()

    def move_article(self, step: int) -> None:
        self._store()
        row, other = self._current, self._current + step
        if not (0 <= row < len(self._items) and 0 <= other < len(self._items)):
            return
        self._items[row], self._items[other] = self._items[other], self._items[row]
        self._refresh_list(other)
        self.changed.emit()


class PdfPreviewPane(QWidget):
    """A PDF shown with QtPdf's view (all pages, fitted to the width), its state above it."""

    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.pages = None  # ui.print_preview.PdfPages of what is shown
        self.view = QPdfView()
        self.view.setObjectName("pdf_view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(8)
        self.view.setStyleSheet("QPdfView { background: #8a8d91; }")
        self.status = QLabel()
        self.status.setObjectName("preview_status")
        self.status.setStyleSheet(NOTE_STYLE)
        self.print_button = QPushButton(self.tr("Xem trước khi in…"))
        self.print_button.setAutoDefault(False)
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_requested.emit)
        top = QHBoxLayout()
        caption = QLabel(self.tr("Xem trước"))
        caption.setStyleSheet("font-weight: bold;")
        top.addWidget(caption)
        top.addWidget(self.status, 1)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def show_pdf(self, data: bytes) -> None:
        from ui.print_preview import PdfPages

        bar = self.view.verticalScrollBar()
        position = bar.value()
        old = self.pages
        self.pages = PdfPages(data, self)
        self.view.setDocument(self.pages.document)
        if old is not None:
            old.close()
            old.deleteLater()
        QTimer.singleShot(0, lambda: bar.setValue(position))
        self.print_button.setEnabled(True)
        self.status.setText(self.tr("%1 trang · bản dự thảo, có dấu DỰ THẢO")
                            .replace("%1", str(self.pages.page_count)))
        self.status.setStyleSheet(NOTE_STYLE)

    def show_busy(self) -> None:
        self.status.setText(self.tr("Đang cập nhật…"))
        self.status.setStyleSheet(NOTE_STYLE)

    def show_error(self, text: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b3261e;")

    @property
    def data(self) -> bytes | None:
        return self.pages.data if self.pages is not None else None

    @property
    def page_count(self) -> int:
        return self.pages.page_count if self.pages is not None else 0


def ask_stale(parent: QWidget | None) -> str:
    """Someone else saved the draft: "reload", "overwrite" or "cancel" (keep editing)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("DecisionEditor", "Dự thảo vừa được người khác sửa"))
    box.setText(translate(
        "DecisionEditor",
        "Trong lúc bạn sửa, một người khác đã sửa và lưu dự thảo quyết định này."))
    box.setInformativeText(translate(
        "DecisionEditor",
        "Tải bản mới: xem thay đổi của họ (các sửa đổi của bạn chưa lưu sẽ mất).\n"
        "Lưu đè: giữ bản của bạn, thay cho bản họ vừa lưu."))
    reload = box.addButton(translate("DecisionEditor", "Tải bản mới"),
                           QMessageBox.ButtonRole.AcceptRole)
    overwrite = box.addButton(translate("DecisionEditor", "Lưu đè bản của tôi"),
                              QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(reload)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return "reload" if clicked is reload else "overwrite" if clicked is overwrite else "cancel"


class DecisionEditor(LiveChecks, QDialog):
    """Edit a draft; ``saved`` is emitted with nothing once the draft is stored."""

    saved = Signal()

    def __init__(self, workspace, decision_id: int, parent: QWidget | None = None):
        super().__init__(parent)

        self.workspace = workspace
        self.decision_id = decision_id
        self.info = decisions.get_decision(decision_id)
        self.version = self.info.version
        self.result_value: Any = None
        self.dirty = False
        self.preview_renders = 0  # how many previews were shown (tests wait on it)
        self.issue_problems: list = []  # the issue gate's answer, shown live
        self._generation = 0
        self._in_flight = False
        self._pending = False
        self._closed = False
        self.setObjectName("decision_editor")
        self.setWindowTitle(self.tr("Sửa dự thảo quyết định"))
        self.errors = FormErrors()
        self._names: dict[str, QWidget] = {}
        self._init_live()
        self._build()
        self.load(self.info)
        self.dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.render_preview)
        self._timer.timeout.connect(self.update_checks)
        self._connect_changes()
        QTimer.singleShot(0, self.render_preview)
        QTimer.singleShot(0, self.update_checks)

    # -- construction -------------------------------------------------------------------
    def _build(self) -> None:
        names = []
        for team_id in self.info.team_ids[:3]:
            try:
                names.append(team_service.get_team(team_id).name)
            except Exception:  # noqa: BLE001 - a heading only
                log.debug("team %s for the heading", team_id, exc_info=True)
        more = len(self.info.team_ids) - len(names)
        teams_text = ", ".join(names) + (self.tr(" và %1 Tổ khác").replace("%1", str(more))
                                         if more > 0 else "")
        heading = QLabel(self.tr("Dự thảo quyết định %1 — %2")
                         .replace("%1", decision_kind_label(self.info.kind).lower())
                         .replace("%2", teams_text))
        heading.setObjectName("editor_heading")
        heading.setWordWrap(True)
        heading.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.banner = ErrorLabel(self)
        self.banner.setObjectName("form_banner")
        self.notice = QLabel()
        self.notice.setObjectName("editor_notice")
        self.notice.setWordWrap(True)
        self.checks = QLabel()
        self.checks.setObjectName("issue_checks")
        self.checks.setWordWrap(True)
        self.checks.setStyleSheet(WARN_STYLE)
        self.checks.setVisible(False)
        self.notice.setStyleSheet("color: #1b7f3b;")
        self.notice.hide()

        self.subject = QLineEdit()
        self.legal_bases = _text_area(5)
        self.proposer = QLineEdit()
        self.articles = ArticlesEditor()
        self.recipients = _text_area(4)
        self.signer = SignerCombo(unit_id=self.info.issuing_unit_id)
        self.symbol = QLineEdit()
        self.symbol.setMaxLength(30)
        self.signed_on = DateLineEdit(allow_year=False)
        self.signed_on.setPlaceholderText(self.tr("dd/mm/yyyy (để trống nếu chưa biết)"))
        self.legal_bases.setPlaceholderText(self.tr(
            "Mỗi dòng một căn cứ, bắt đầu bằng \"Căn cứ\"; dấu ; và . cuối dòng tự thêm khi in."))
        self.recipients.setPlaceholderText(self.tr(
            "Mỗi dòng một nơi nhận; dòng cuối thường là \"Lưu: VT, VHXH\"."))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: width
        form.setVerticalSpacing(4)
        for name, label, widget in (
            ("subject", self.tr("Trích yếu:"), self.subject),
            ("legal_bases", self.tr("Căn cứ (mỗi dòng một căn cứ):"), self.legal_bases),
            ("proposer", self.tr("Đề nghị:"), self.proposer),
            ("articles", self.tr("Các điều:"), self.articles),
            ("recipients", self.tr("Nơi nhận (mỗi dòng một nơi):"), self.recipients),
            ("signer", self.tr("Người ký:"), self.signer),
            ("symbol", self.tr("Ký hiệu:"), self.symbol),
            ("signed_on", self.tr("Ngày ký dự kiến:"), self.signed_on),
        ):
            widget.setObjectName(name)
            self._names[name] = widget
            add_row(form, label, widget, self.errors, name)
            self._watch(name, widget)
        if not self.signer.count():
            self.signer.setEnabled(False)
            form.addRow(no_signer_note())
        form_box = QWidget()
        form_box.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_box)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.preview = PdfPreviewPane()
        self.preview.setObjectName("editor_preview")
        self.preview.print_requested.connect(self.print_preview)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.preview_toggle = QPushButton(self.tr("Xem trước"))
        self.preview_toggle.setObjectName("preview_toggle")
        self.preview_toggle.setCheckable(True)
        self.preview_toggle.setChecked(True)
        self.preview_toggle.setAutoDefault(False)
        self.preview_toggle.setToolTip(self.tr("Hiện/ẩn bản xem trước (F5: cập nhật ngay)"))
        self.preview_toggle.toggled.connect(self._toggle_preview)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addWidget(self.checks)
        layout.addWidget(self.splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.preview_toggle)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.accept)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.accept)
        QShortcut(QKeySequence("F5"), self, activated=self.render_preview)

        chain_focus([self.subject, self.legal_bases, self.proposer,
                     *self.articles.focus_widgets(), self.recipients, self.signer,
                     self.symbol, self.signed_on, self.preview.print_button,
                     self.preview_toggle, self.save_button, self.cancel_button])
        self._fit_to_screen()
        self.subject.setFocus()

    def _fit_to_screen(self) -> None:
        width, height = 1280, 820
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width() - 40)
            height = min(height, available.height() - 60)
        self.resize(width, height)
        self.splitter.setSizes([int(width * 0.55), int(width * 0.45)])

    def _connect_changes(self) -> None:
        for edit in (self.subject, self.proposer, self.symbol, self.signed_on):
            edit.textEdited.connect(self._changed)
        for area in (self.legal_bases, self.recipients):
            area.textChanged.connect(self._changed)
        self.articles.changed.connect(self._changed)
        self.signer.currentIndexChanged.connect(self._changed)

    def _changed(self, *_: Any) -> None:
        self.dirty = True
        if self.preview_toggle.isChecked():
            self.preview.show_busy()
            self._timer.start()

    def _toggle_preview(self, on: bool) -> None:
        self.preview.setVisible(on)
        if on:
            self.render_preview()

    # -- the form protocol ----------------------------------------------------------------
    def load(self, info: Any) -> None:
        widgets = (self.subject, self.legal_bases, self.proposer, self.recipients,
                   self.symbol, self.signed_on, self.signer, self.articles)
        for w in widgets:
            w.blockSignals(True)
        try:
            self.subject.setText(info.subject)
            self.legal_bases.setPlainText("\n".join(info.legal_bases))
            self.proposer.setText(info.proposer)
            self.articles.set_articles(info.articles)
            self.recipients.setPlainText("\n".join(info.recipients))
            self.symbol.setText(info.symbol)
            self.signed_on.set_date(info.signed_on)
            self._load_signer(info)
        finally:
            for w in widgets:
                w.blockSignals(False)

    def _load_signer(self, info: Any) -> None:
        # an official no longer on the list stays selectable, as it is on the draft
        index = self.signer.findData(KEEP_SIGNER)
        if index >= 0:
            self.signer.removeItem(index)
        if self.signer.select_signer(info.signer_name, info.authority):
            return
        if info.signer_name:
            block = " / ".join(p for p in (info.authority, info.signer_title) if p)
            label = (self.tr("%1 — %2 (như trong dự thảo)")
                     .replace("%1", info.signer_name).replace("%2", block))
            self.signer.insertItem(0, label, KEEP_SIGNER)
            self.signer.setCurrentIndex(0)
            self.signer.setEnabled(True)

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "subject": self.subject.text(),
            "legal_bases": _lines(self.legal_bases.toPlainText()),
            "proposer": self.proposer.text(),
            "articles": self.articles.articles(),
            "recipients": _lines(self.recipients.toPlainText()),
            "symbol": self.symbol.text(),
            "signed_on": self.signed_on.date(),
        }
        official = self.signer.currentData()
        if official is not None and official != KEEP_SIGNER:
            values.update(signer_values(official, self.info.issuing_unit_id))
        return values

    def show_errors(self, errors: dict[str, str],
                    warnings: dict[str, str] | None = None) -> None:
        self._live_timer.stop()
        self.errors.show(errors, warnings)
        self._touched.update(n for n in errors if n in self._names)
        other = [text for name, text in errors.items() if name not in self._names]
        self.banner.show_message(" ".join(other))
        first = self.errors.first_invalid(errors)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def live_problems(self) -> tuple[dict[str, str], dict[str, str]]:
        errors, warnings = super().live_problems()
        if not self.subject.text().strip():
            errors["subject"] = self.tr("Chưa nhập trích yếu (\"Về việc …\").")
        if not self.symbol.text().strip():
            errors["symbol"] = self.tr("Chưa nhập ký hiệu (ví dụ QĐ-UBND).")
        if not [a for a in self.articles.articles() if a["title"] or a["paragraphs"]]:
            errors["articles"] = self.tr("Quyết định cần ít nhất một điều.")
        return errors, warnings

    def check(self) -> bool:
        return self.check_all()

    # -- saving ---------------------------------------------------------------------------
    def accept(self) -> None:
        if not self.check():
            return

        values = self.values()
        try:
            self.result_value = decisions.update_draft(
                self.workspace.actor, self.decision_id, values, self.version)
        except StaleRecord:
            self._stale(values)
            return
        except NotFound:
            msgbox.error(self, self.windowTitle(), self.tr(
                "Dự thảo này vừa bị người khác xóa; không lưu được. Nội dung bạn đang sửa "
                "vẫn còn trên màn hình để sao chép."))
            return
        except Exception as exc:  # noqa: BLE001 - issued meanwhile, no permission…
            log.info("saving the draft refused: %r", exc)
            msgbox.error(self, self.windowTitle(), describe(exc))
            return
        self._saved()

    def _stale(self, values: dict) -> None:
        choice = ask_stale(self)
        if choice == "cancel":
            return
        try:
            current = decisions.get_decision(self.decision_id)
        except Exception as exc:  # noqa: BLE001
            msgbox.error(self, self.windowTitle(), describe(exc))
            return
        if choice == "reload":
            self.info = current
            self.version = current.version
            self.load(current)
            self.dirty = False
            self.notice.setText(self.tr("Đã tải bản mới nhất do người khác lưu."))
            self.notice.show()
            self.render_preview()
            return
        try:
            self.result_value = decisions.update_draft(
                self.workspace.actor, self.decision_id, values, current.version)
        except Exception as exc:  # noqa: BLE001 - stale again, or issued meanwhile
            msgbox.error(self, self.windowTitle(), describe(exc))
            return
        self._saved()

    def _saved(self) -> None:
        self.info = self.result_value
        self.version = self.info.version
        self.dirty = False
        self.saved.emit()
        self._finish()
        super().accept()

    def reject(self) -> None:
        if self.dirty and not msgbox.confirm(
            self, self.tr("Bỏ thay đổi"),
            self.tr("Các thay đổi trong dự thảo chưa được lưu. Đóng và bỏ các thay đổi?"),
            action=self.tr("Bỏ thay đổi"),
        ):
            return
        self._finish()
        super().reject()

    def _finish(self) -> None:
        self._closed = True
        self._timer.stop()

    # -- the issue gate, live ---------------------------------------------------------------
    def update_checks(self) -> None:
        """What would stop these values (saved or not) from being issued, as "Ban hành"
        will check it: placeholders, signer, legal bases, the date against the numbers."""
        if self._closed:
            return

        try:
            values = self.values()
            problems = decisions.issue_check(self.decision_id,
                                             values.get("signed_on") or dt.date.today(),
                                             values=values)
        except Exception as exc:  # noqa: BLE001 - a hint, never fatal
            log.info("issue checks: %r", exc)
            self.checks.setVisible(False)
            return
        self.issue_problems = problems
        if problems:
            lines = "\n".join(f"• {describe_problem(p)}" for p in problems)
            self.checks.setText(self.tr("Cần sửa trước khi ban hành:\n%1").replace("%1", lines))
        self.checks.setVisible(bool(problems))

    # -- the live preview -------------------------------------------------------------------
    def render_preview(self) -> None:
        """Render the unsaved values on a reader thread; only the newest result is shown."""
        if self._closed or not self.preview_toggle.isChecked():
            return
        self._timer.stop()
        if self._in_flight:
            self._pending = True
            return
        if self.signed_on.text().strip() and self.signed_on.date() is None:
            self.preview.show_error(self.tr("Ngày ký dự kiến chưa đúng dạng dd/mm/yyyy."))
            return
        try:
            values = self.values()
        except Exception as exc:  # noqa: BLE001
            self.preview.show_error(describe(exc))
            return

        self._generation += 1
        self._in_flight = True
        self._pending = False
        self.preview.show_busy()
        decision_id = self.decision_id
        actor = self.workspace.actor

        def work(*, progress, cancelled):
            return decisions.preview_draft_pdf(actor, decision_id, values)

        self.workspace.runner.run(
            work, title=self.tr("Xem trước"), show_progress=False,
            on_success=lambda data, g=self._generation: self._preview_ready(g, data),
            on_error=lambda exc, g=self._generation: self._preview_failed(g, exc),
        )

    def _preview_ready(self, generation: int, data: bytes) -> None:
        self._in_flight = False
        if self._closed:
            return
        if self._pending:
            self.render_preview()
            return
        if generation != self._generation:
            return
        try:
            self.preview.show_pdf(data)
        except Exception as exc:  # noqa: BLE001
            self.preview.show_error(describe(exc))
            return
        self.preview_renders += 1

    def _preview_failed(self, generation: int, exc: BaseException) -> None:
        self._in_flight = False
        if self._closed:
            return
        if self._pending:
            self.render_preview()
            return
        log.info("preview failed: %r", exc)
        self.preview.show_error(self.tr("Không dựng được bản xem trước: %1")
                                .replace("%1", describe(exc)))

    def print_preview(self) -> None:
        from ui.print_preview import preview_pdf

        data = self.preview.data
        if data:
            preview_pdf(self, data, self.tr("Dự thảo quyết định"))
