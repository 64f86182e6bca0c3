"""The 2025 reform wizard: plan -> place villages -> review counts -> apply -> paperwork.

Every step calls ``desktop.reform`` (the same use cases as the ``reform`` command); the plan
and the apply run on the task runner (progress dialog with Cancel, the window never
freezes). Reachable from "Công cụ → Sắp xếp đơn vị hành chính 2025…"
(``install_reform_action``).
"""
from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop import reform
from desktop.office import get_office
from desktop.reform import COVERAGE_LABELS, search_villages
from ui import file_dialogs, msgbox
from ui.errors import describe_exception
from ui.tables import make_copyable
from ui.widgets import parse_day
from vn.dates import format_day, format_moment

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _table(headings: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headings))
    table.setHorizontalHeaderLabels(headings)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    make_copyable(table)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _item(value: Any, *, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(f"{value:,}".replace(",", ".") if number else str(value))
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class PlanPage(QWizardPage):
    """Every old commune in scope with its new commune(s) and what it holds."""

    def __init__(self, wizard: ReformWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Kế hoạch chuyển sang đơn vị hành chính mới"))
        self.setSubTitle(self.tr(
            "Mỗi xã cũ về xã mới nào theo bảng chuyển đổi; các Tổ, thành viên và quyết định đã "
            "ban hành được giữ nguyên. Chưa có gì thay đổi ở bước này."))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Đang lập kế hoạch…"))
        self.summary.setObjectName("plan_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = _table([self.tr("Mã"), self.tr("Xã cũ"), self.tr("Huyện cũ"),
                             self.tr("Về xã mới"), self.tr("Sáp nhập"), self.tr("Thôn"),
                             self.tr("Tổ"), self.tr("Thành viên"), self.tr("Quyết định")])
        self.table.setObjectName("plan_table")
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Lưu kế hoạch ra Excel…"))
        self.save_button.setObjectName("save_plan")
        self.save_button.clicked.connect(wizard.save_plan)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def initializePage(self) -> None:
        if self._wizard.plan is None:
            self._wizard.make_plan()

    def isComplete(self) -> bool:
        return self._wizard.plan is not None

    def nextId(self) -> int:
        plan = self._wizard.plan
        if plan is not None and plan.nothing_to_do:  # moved already: straight to the paperwork
            return self._wizard.page_ids[self._wizard.paper_page]
        return super().nextId()

    def show_plan(self, plan) -> None:
        c = plan.counts
        if plan.nothing_to_do:
            self.summary.setText(self.tr(
                "Không còn thôn nào thuộc xã cũ trong phạm vi %1: dữ liệu đã theo đơn vị "
                "hành chính mới.").replace("%1", plan.scope_name))
        else:
            self.summary.setText(self.tr(
                "%1: %2 xã cũ về %3 xã mới; %4 thôn, %5 Tổ, %6 thành viên đang hoạt động, "
                "%7 quyết định đã ban hành. %8 thôn của xã bị chia tách cần xếp.")
                .replace("%1", plan.scope_name).replace("%2", str(c["communes"]))
                .replace("%3", str(c["new_communes"])).replace("%4", str(c["villages"]))
                .replace("%5", str(c["teams"])).replace("%6", str(c["members"]))
                .replace("%7", str(c["decisions"])).replace("%8", str(c["to_place"])))
        table = self.table
        table.setUpdatesEnabled(False)
        table.setRowCount(len(plan.communes))
        for row, pc in enumerate(plan.communes):
            values = [pc.code, pc.name, pc.district_name,
                      ", ".join(t.name for t in pc.targets) or "—",
                      COVERAGE_LABELS[pc.coverage]]
            for col, value in enumerate(values):
                table.setItem(row, col, _item(value))
            for col, value in enumerate((pc.villages, pc.teams, pc.members, pc.decisions), 5):
                table.setItem(row, col, _item(value, number=True))
        table.setUpdatesEnabled(True)
        self.completeChanged.emit()


class PlacePage(QWizardPage):
    """The villages of split communes: search without accents, pick the new commune."""

    def __init__(self, wizard: ReformWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Xếp thôn của các xã bị chia tách"))
        self.setSubTitle(self.tr(
            "Xã cũ bị chia cho nhiều xã mới: chọn xã mới cho từng thôn theo Nghị quyết sắp "
            "xếp. Chọn nhiều thôn cùng lúc bằng Ctrl hoặc Shift."))
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName("village_search")
        self.search.setPlaceholderText(self.tr("Tìm thôn hoặc xã cũ, không cần dấu: na sla, binh xa…"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.table = _table([self.tr("Thôn/Tổ dân phố"), self.tr("Xã cũ"),
                             self.tr("Xã mới theo bảng chuyển đổi"), self.tr("Đã xếp vào"),
                             self.tr("Thành viên")])
        self.table.setObjectName("village_table")
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Xếp các thôn đã chọn vào:")))
        self.target = QComboBox()
        self.target.setObjectName("target_commune")
        self.target.setMinimumContentsLength(24)
        row.addWidget(self.target, 1)
        self.place_button = QPushButton(self.tr("Xếp"))
        self.place_button.setObjectName("place_button")
        self.place_button.clicked.connect(self.place_selected)
        row.addWidget(self.place_button)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("place_status")
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.table.itemSelectionChanged.connect(self._selection_changed)

    def initializePage(self) -> None:
        self.refresh()

    def isComplete(self) -> bool:
        return not self._wizard.unplaced()

    def _visible(self) -> list:
        plan = self._wizard.plan
        if plan is None:
            return []
        text = self.search.text().strip()
        return search_villages(plan, text) if text else plan.to_place

    def refresh(self) -> None:
        villages = self._visible()
        chosen = self._wizard.placements
        names = self._wizard.new_names
        table = self.table
        table.setUpdatesEnabled(False)
        table.clearSelection()
        table.setRowCount(len(villages))
        for row, v in enumerate(villages):
            name = _item(v.name)
            name.setData(ID_ROLE, v.id)
            table.setItem(row, 0, name)
            table.setItem(row, 1, _item(v.old_commune_name))
            table.setItem(row, 2, _item(", ".join(c.name for c in v.candidates)))
            code = chosen.get(v.id)
            table.setItem(row, 3, _item(names.get(code, "") if code else
                                        self.tr("— chưa xếp —")))
            table.setItem(row, 4, _item(v.members, number=True))
        table.setUpdatesEnabled(True)
        left = len(self._wizard.unplaced())
        total = len(self._wizard.plan.to_place) if self._wizard.plan else 0
        if total == 0:
            self.status.setText(self.tr("Không có xã nào bị chia tách: không cần xếp thôn."))
        elif left:
            self.status.setText(self.tr("Còn %1/%2 thôn chưa xếp.").replace("%1", str(left))
                                .replace("%2", str(total)))
        else:
            self.status.setText(self.tr("Đã xếp đủ %1 thôn.").replace("%1", str(total)))
        self._selection_changed()
        self.completeChanged.emit()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.table.item(r, 0).data(ID_ROLE) for r in rows]

    def _selection_changed(self) -> None:
        plan = self._wizard.plan
        by_id = {v.id: v for v in plan.to_place} if plan else {}
        chosen = [by_id[i] for i in self.selected_ids() if i in by_id]
        self.target.clear()
        if chosen:
            common = [c for c in chosen[0].candidates
                      if all(c in v.candidates for v in chosen[1:])]
            for c in common:
                self.target.addItem(f"{c.name} ({c.code})", c.code)
        self.place_button.setEnabled(self.target.count() > 0)

    def place_selected(self) -> None:
        code = self.target.currentData()
        if not code:
            return
        for village_id in self.selected_ids():
            self._wizard.placements[village_id] = code
        self.refresh()


class ReviewPage(QWizardPage):
    """The counts before applying, the likely village merges, and the apply itself."""

    def __init__(self, wizard: ReformWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Kiểm tra trước khi áp dụng"))
        self.setSubTitle(self.tr(
            "Phần mềm sao lưu dữ liệu trước, rồi chuyển tất cả trong một lần; có thể hoàn tác "
            "bằng \"Hoàn tác sắp xếp 2025\"."))
        layout = QVBoxLayout(self)
        self.counts = QLabel()
        self.counts.setObjectName("review_counts")
        self.counts.setWordWrap(True)
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.counts)
        layout.addWidget(QLabel(self.tr("Thôn trùng tên về cùng một xã mới (có thể sáp nhập "
                                        "thôn sau này):")))
        self.setCommitPage(True)  # once applied, there is no going back (only the undo)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Áp dụng sắp xếp"))
        self.merges = QPlainTextEdit()
        self.merges.setObjectName("likely_merges")
        self.merges.setReadOnly(True)
        layout.addWidget(self.merges, 1)
        self._ready = False

    def initializePage(self) -> None:
        # the plan is made again with the clerk's placements on the task runner (a whole
        # province takes a few tenths of a second): "Áp dụng" waits for it
        self._ready = False
        self.counts.setText(translate("ReformWizard", "Đang lập kế hoạch…"))
        self.merges.clear()
        self.completeChanged.emit()
        self._wizard.replan_async(self._show)

    def isComplete(self) -> bool:
        return self._ready and super().isComplete()

    def _show(self, plan) -> None:
        c = plan.counts
        lines = [
            self.tr("Xã cũ: %1 → xã mới: %2").replace("%1", str(c["communes"]))
            .replace("%2", str(c["new_communes"])),
            self.tr("Thôn/tổ dân phố chuyển: %1").replace("%1", str(c["villages"])),
            self.tr("Tổ CNSCĐ giữ nguyên: %1").replace("%1", str(c["teams"])),
            self.tr("Thành viên đang hoạt động giữ nguyên: %1").replace("%1", str(c["members"])),
            self.tr("Quyết định đã ban hành giữ dưới xã cũ: %1").replace("%1",
                                                                      str(c["decisions"])),
            self.tr("Dự thảo quyết định của xã cũ sẽ hủy: %1").replace("%1", str(c["drafts"])),
        ]
        lines += [i.text() for i in plan.issues]
        self.counts.setText("\n".join(lines))
        self.merges.setPlainText("\n".join(
            f"{t.commune.name}: " + " = ".join(group)
            for t in plan.targets for group in t.likely_merges) or self.tr("Không có."))
        self._ready = True
        self.completeChanged.emit()

    def validatePage(self) -> bool:
        if self._wizard.result is not None:
            return True
        if not self._ready:  # the plan is still being made again
            return False
        if not msgbox.confirm(
            self, self.tr("Áp dụng sắp xếp 2025"),
            self.tr("Chuyển tất cả thôn, Tổ và thành viên sang xã mới và chuyển cơ quan sang "
                    "danh mục 2025? Dữ liệu được sao lưu trước khi áp dụng."),
            action=self.tr("Áp dụng"), destructive=False,
        ):
            return False
        self._wizard.apply()
        return False  # the wizard moves on when the apply has finished


class DonePage(QWizardPage):
    def __init__(self, wizard: ReformWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Đã chuyển sang đơn vị hành chính mới"))
        self.setFinalPage(True)  # finish here, or go on to the kiện toàn Decisions
        layout = QVBoxLayout(self)
        self.result = QLabel()
        self.result.setObjectName("apply_result")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.result)
        buttons = QHBoxLayout()
        self.compare_button = QPushButton(self.tr("Xuất bảng so sánh trước/sau…"))
        self.compare_button.setObjectName("save_comparison")
        self.compare_button.clicked.connect(wizard.save_comparison)
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def initializePage(self) -> None:
        r = self._wizard.result
        if r is None:
            return
        b, a = r.before, r.after
        self.result.setText("\n".join([
            self.tr("Đã chuyển %1 thôn của %2 xã cũ sang %3 xã mới.")
            .replace("%1", str(r.villages)).replace("%2", str(r.communes))
            .replace("%3", str(r.new_communes)),
            self.tr("Tổ: %1 trước, %2 sau.").replace("%1", str(b.teams)).replace("%2",
                                                                                 str(a.teams)),
            self.tr("Lượt thành viên: %1 trước, %2 sau.").replace("%1", str(b.memberships))
            .replace("%2", str(a.memberships)),
            self.tr("Quyết định: %1 trước, %2 sau.").replace("%1", str(b.decisions))
            .replace("%2", str(a.decisions)),
            self.tr("Bản sao lưu trước khi sắp xếp: %1").replace("%1", r.backup),
        ]))


class PaperPage(QWizardPage):
    """The new communes' kiện toàn Decisions: the Resolution, each Chairman, the signing day,
    one Decision per commune or per team; issued through the Decision services, then the
    PDFs are saved to a folder to print."""

    def __init__(self, wizard: ReformWizard):
        super().__init__()
        self._wizard = wizard
        self.issued: list = []
        self.setTitle(self.tr("Quyết định kiện toàn của các xã mới"))
        self.setSubTitle(self.tr(
            "Chủ tịch UBND xã mới ký quyết định kiện toàn các Tổ đã chuyển về, căn cứ Nghị "
            "quyết sắp xếp và các quyết định của xã cũ."))
        layout = QVBoxLayout(self)
        form = QHBoxLayout()
        form.addWidget(QLabel(self.tr("Nghị quyết số:")))
        self.resolution = QLineEdit()
        self.resolution.setObjectName("resolution_number")
        self.resolution.setPlaceholderText(self.tr("ví dụ 1672/NQ-UBTVQH15"))
        form.addWidget(self.resolution, 1)
        form.addWidget(QLabel(self.tr("ngày (dd/mm/yyyy):")))
        self.resolution_date = QLineEdit()
        self.resolution_date.setObjectName("resolution_date")
        form.addWidget(self.resolution_date)
        form.addWidget(QLabel(self.tr("Ngày ký quyết định:")))
        self.signed_on = QLineEdit()
        self.signed_on.setObjectName("signed_on")
        form.addWidget(self.signed_on)
        layout.addLayout(form)
        self.per_team = QCheckBox(self.tr("Mỗi Tổ một quyết định (mặc định: mỗi xã một "
                                          "quyết định gồm các Tổ của xã)"))
        self.per_team.setObjectName("per_team")
        layout.addWidget(self.per_team)
        self.table = _table([self.tr("Mã"), self.tr("Xã mới"), self.tr("Chủ tịch UBND (họ tên)"),
                             self.tr("Tổ cần kiện toàn"), self.tr("Quyết định xã cũ được "
                                                                  "trích dẫn"),
                             self.tr("Thôn trùng tên")])
        self.table.setObjectName("chair_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.rename_button = QPushButton(self.tr("Thêm tên xã cũ vào thôn trùng tên"))
        self.rename_button.setObjectName("rename_same_names")
        self.rename_button.clicked.connect(self.rename_same_names)
        row.addWidget(self.rename_button)
        self.issue_button = QPushButton(self.tr("Ban hành và lưu PDF…"))
        self.issue_button.setObjectName("issue_kien_toan")
        self.issue_button.clicked.connect(self.issue)
        row.addWidget(self.issue_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("paper_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

    def initializePage(self) -> None:
        settings = reform.paperwork_settings()
        self.resolution.setText(settings.resolution_number)
        if settings.resolution_date:
            self.resolution_date.setText(format_day(settings.resolution_date))
        self.refresh()

    def refresh(self) -> None:
        """The new communes and what is left to issue (typed names are kept)."""

        typed = self.chairs() if self.table.rowCount() else {}
        work = reform.paperwork_plan(self._wizard.workspace.actor)
        self.work = work
        table = self.table
        table.setRowCount(len(work))
        for r, c in enumerate(work):
            for col, value in enumerate((c.code, c.name)):
                item = _item(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(r, col, item)
            table.setItem(r, 2, _item(typed.get(c.code) or c.chair))
            for col, value in ((3, len(c.team_ids)), (4, len(c.earlier))):
                item = _item(value, number=True)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(r, col, item)
            same = _item(", ".join(c.same_names))
            same.setFlags(same.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(r, 5, same)
        self.rename_button.setEnabled(any(c.same_names for c in work))
        pending = sum(len(c.team_ids) for c in work)
        self.status.setText(self.tr("%1 xã mới, %2 Tổ cần kiện toàn.")
                            .replace("%1", str(len(work))).replace("%2", str(pending)))

    def rename_same_names(self) -> None:
        if not msgbox.confirm(
            self, self.title(),
            self.tr("Đổi tên các thôn trùng tên trong cùng một xã mới bằng cách thêm tên xã cũ "
                    "(ví dụ \"Thôn 1\" của xã Bắc Xa thành \"Thôn 1 Bắc Xa\")? Nếu các thôn "
                    "đó đã được sáp nhập hoặc có tên mới theo Nghị quyết, hãy sửa ở trang "
                    "Thôn/Tổ dân phố thay vì dùng nút này."),
            action=self.tr("Đổi tên"), destructive=False,
        ):
            return
        try:
            renamed = reform.rename_same_names(self._wizard.workspace.actor)
        except Exception as exc:  # noqa: BLE001 - worded for the clerk
            self._wizard._failed(exc)
            return
        self.refresh()
        self.status.setText(self.tr("Đã đổi tên %1 thôn.").replace("%1", str(len(renamed))))

    def chairs(self) -> dict[str, str]:
        return {self.table.item(r, 0).text(): self.table.item(r, 2).text().strip()
                for r in range(self.table.rowCount())}

    def issue(self) -> None:
        from ui.print_preview import ask_folder

        signed_on = parse_day(self.signed_on.text())
        resolution_day = parse_day(self.resolution_date.text())
        if signed_on is None or resolution_day is None:
            msgbox.warning(self, self.title(), self.tr(
                "Hãy nhập ngày của Nghị quyết và ngày ký theo dạng dd/mm/yyyy, ví dụ "
                "15/08/2025."))
            return
        chairs = self.chairs()
        missing = [c.name for c in self.work if c.team_ids and not chairs.get(c.code)]
        if missing:
            msgbox.warning(self, self.title(), self.tr(
                "Hãy nhập họ tên Chủ tịch UBND của: %1.").replace("%1", ", ".join(missing)))
            return
        folder = ask_folder(self, self.tr("Chọn thư mục lưu các quyết định (PDF)"),
                            file_dialogs.default_folder())
        if not folder:
            return
        actor = self._wizard.workspace.actor
        try:
            reform.save_paperwork_settings(actor, resolution_number=self.resolution.text(),
                                           resolution_date=resolution_day,
                                           chairs=self.chairs())
        except Exception as exc:  # noqa: BLE001 - worded for the clerk
            self._wizard._failed(exc)
            return

        def work(*, progress, cancelled):
            issued = reform.issue_kien_toan(actor, signed_on=signed_on,
                                            per_team=self.per_team.isChecked(),
                                            progress=progress, cancelled=cancelled)
            files = reform.save_decision_pdfs(actor, [d.id for d in issued], folder)
            return issued, files

        def done(result) -> None:
            issued, files = result
            self.issued = issued
            self.refresh()  # the table now shows what is left (nothing)
            self.status.setText(self.tr("Đã ban hành %1 quyết định kiện toàn; các tệp PDF ở %2")
                                .replace("%1", str(len(issued))).replace("%2", folder))
            if files:
                file_dialogs.open_folder(str(files[0]))

        self._wizard.workspace.runner.run(
            work, title=self.tr("Đang ban hành quyết định kiện toàn…"), writes=True,
            parent=self, on_success=done, on_error=self._wizard._failed)


class ReformWizard(QWizard):
    """Built with the workspace (runner, actor); ``applied`` tells the window to reload."""

    def __init__(self, workspace: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("reform_wizard")
        self.setWindowTitle(self.tr("Sắp xếp đơn vị hành chính 2025"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(1000, 640)
        self.plan = None
        self.placements: dict[int, str] = {}
        self.new_names: dict[str, str] = {}
        self.result = None
        self.plan_page = PlanPage(self)
        self.place_page = PlacePage(self)
        self.review_page = ReviewPage(self)
        self.done_page = DonePage(self)
        self.paper_page = PaperPage(self)
        self.page_ids = {}
        for page in (self.plan_page, self.place_page, self.review_page, self.done_page,
                     self.paper_page):
            self.page_ids[page] = self.addPage(page)

    # -- work through the runner ----------------------------------------------------------
    def make_plan(self) -> None:
        def work(*, progress, cancelled):
            progress(0, 0, "")
            return reform.plan_reform(self.workspace.actor)

        self.workspace.runner.run(work, title=self.tr("Đang lập kế hoạch…"), parent=self,
                                  on_success=self._planned, on_error=self._failed)

    def _planned(self, plan) -> None:
        self.plan = plan
        self.new_names = {c.code: c.name for v in plan.villages for c in v.candidates}
        self.placements = {v.id: v.target.code for v in plan.to_place
                           if v.target is not None}
        self.plan_page.show_plan(plan)

    def _failed(self, exc: BaseException) -> None:
        msgbox.error(self, self.windowTitle(), describe_exception(exc))

    def unplaced(self) -> list:
        if self.plan is None:
            return []
        return [v for v in self.plan.to_place if v.id not in self.placements]

    def replan(self):
        """The plan with the clerk's placements (pure and quick: no task needed)."""

        self.plan = reform.plan_reform(self.workspace.actor, placements=self.placements)
        return self.plan

    def replan_async(self, done) -> None:
        """The same, read on the task runner; ``done(plan)`` on the window's thread."""

        actor, placements = self.workspace.actor, dict(self.placements)

        def work(*, progress, cancelled):
            return reform.plan_reform(actor, placements=placements)

        def planned(plan) -> None:
            self.plan = plan
            done(plan)

        self.workspace.runner.run(work, title=self.tr("Đang lập kế hoạch…"), parent=self,
                                  on_success=planned, on_error=self._failed)

    def apply(self) -> None:
        self.workspace.runner.run(
            reform.apply_reform, self.workspace.actor, placements=dict(self.placements),
            title=self.tr("Đang chuyển dữ liệu sang đơn vị mới…"), writes=True, parent=self,
            on_success=self._applied, on_error=self._failed)

    def _applied(self, result) -> None:
        self.result = result
        self.next()
        parent = self.parent()
        if parent is not None and hasattr(parent, "apply_office"):
            parent.apply_office(get_office())

    # -- files ----------------------------------------------------------------------------
    def save_plan(self) -> None:
        if self.plan is None:
            return
        path = file_dialogs.ask_save_path(self, self.tr("Lưu kế hoạch sắp xếp"),
                                          f"{file_dialogs.default_folder()}/Ke hoach sap xep 2025.xlsx")
        if not path:
            return
        try:
            reform.export_plan(self.workspace.actor, self.replan(), path)
        except Exception as exc:  # noqa: BLE001 - worded for the clerk
            self._failed(exc)
            return
        msgbox.info(self, self.windowTitle(), self.tr("Đã lưu kế hoạch: %1").replace("%1", path))

    def save_comparison(self) -> None:
        path = file_dialogs.ask_save_path(self, self.tr("Lưu bảng so sánh"),
                                          f"{file_dialogs.default_folder()}/So sanh truoc sau sap xep.xlsx")
        if not path:
            return
        try:
            reform.export_comparison(self.workspace.actor, path)
        except Exception as exc:  # noqa: BLE001 - worded for the clerk
            self._failed(exc)
            return
        msgbox.info(self, self.windowTitle(), self.tr("Đã lưu: %1").replace("%1", path))


def _when(iso: Any) -> str:
    """"06/12/2026 09:28" from the ISO time the apply recorded."""

    try:
        return format_moment(dt.datetime.fromisoformat(str(iso)))
    except ValueError:
        return str(iso or "")


def undo_last_reform(window: Any) -> None:
    """"Hoàn tác sắp xếp 2025": restore the apply's backup, then reload the window."""

    entry = reform.last_reform()
    if entry is None:
        msgbox.info(window, translate("ReformMenu", "Hoàn tác sắp xếp 2025"),
                    translate("ReformMenu", "Chưa có lần sắp xếp nào để hoàn tác."))
        return
    if not msgbox.confirm(
        window, translate("ReformMenu", "Hoàn tác sắp xếp 2025"),
        translate("ReformMenu", "Đưa dữ liệu về như trước lần sắp xếp lúc %1? Những gì nhập "
                                "sau đó sẽ không còn (dữ liệu hiện tại được sao lưu trước).")
        .replace("%1", _when(entry.get("applied_at"))),
        action=translate("ReformMenu", "Hoàn tác"),
    ):
        return

    def done(_safety) -> None:
        trust = getattr(window, "trust", None)
        if trust is not None and hasattr(trust, "data_replaced"):
            trust.data_replaced(_safety)
        elif hasattr(window, "apply_office"):
            window.apply_office(get_office())

    def work(*, progress, cancelled):
        return reform.undo_reform(window.workspace.actor)

    window.workspace.runner.run(work, title=translate("ReformMenu", "Đang hoàn tác…"),
                                writes=True, parent=window, cancellable=False,
                                on_success=done)


def open_reform_wizard(window: Any) -> ReformWizard:
    wizard = ReformWizard(window.workspace, window)
    wizard.open()
    return wizard
