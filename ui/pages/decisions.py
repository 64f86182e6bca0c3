"""Decisions in the app: the team page's "Quyết định" section and the actions behind it.

Every action is a plain function taking the workspace and a parent widget, so the team page,
the main window's "Quyết định" menu and the tests all go through the same code. Services are
in ``desktop/decisions.py``; printing in ``ui/print_preview.py``.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import teams as team_service
from desktop.errors_domain import StaleRecord
from desktop.units import unit_path
from ui import msgbox
from ui.actions import READ, PageAction, PageActions, edits
from ui.dialogs.decisions import BatchExportDialog, IssueDialog, NewDecisionDialog, describe
from ui.models.decisions import DecisionTableModel
from ui.tables import fit_columns, setup_table

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


# --- actions -----------------------------------------------------------------------------------


def commune_of_node(node: Any) -> tuple[int, str] | None:
    """The commune of a unit chosen in the tree (the commune itself, or a village's)."""
    if node is None:
        return None
    if node.level == "commune":
        return node.id, node.name
    if node.level == "village" and node.parent_id:
        communes = [u for u in unit_path(node.parent_id) if u.level == "commune"]
        if communes:
            return communes[-1].id, communes[-1].name
    return None


def default_kind(team_id: int) -> str:
    """Kiện toàn once the team is established, else thành lập (the CLI asks the same)."""
    from desktop import decisions

    return decisions.proposed_kind(team_id)


def new_decision(workspace, parent: QWidget | None, commune_id: int, commune_name: str,
                 checked: list[int], *, kind: str = "thanh_lap") -> Any:
    """Draft for one or several teams of a commune, then open the editor; the draft or None."""

    rows = team_service.list_teams(commune_id)
    if not rows:
        msgbox.info(parent, translate("decisions", "Lập dự thảo quyết định"),
                    translate("decisions", "%1 chưa có Tổ CNSCĐ nào.").replace("%1", commune_name))
        return None
    dialog = NewDecisionDialog(workspace, commune_name, rows, checked, kind=kind, parent=parent,
                               commune_id=commune_id)
    try:
        if not dialog.exec():
            return None
        draft = dialog.result_value
    finally:
        dialog.deleteLater()
    _announce(workspace, draft)
    edit_decision(workspace, parent, draft.id)
    return draft


def edit_decision(workspace, parent: QWidget | None, decision_id: int) -> bool:
    from ui.dialogs.decision_editor import DecisionEditor

    try:
        editor = DecisionEditor(workspace, decision_id, parent)
    except Exception as exc:  # noqa: BLE001 - deleted or unreadable meanwhile
        msgbox.error(parent, translate("decisions", "Sửa dự thảo quyết định"), describe(exc))
        return False
    try:
        saved = bool(editor.exec())
        if saved:
            _announce(workspace, editor.info)
        return saved
    finally:
        editor.deleteLater()


def issue(workspace, parent: QWidget | None, decision: Any) -> Any:
    """Ask the date and number, issue; the issued decision or None."""
    from desktop import decisions

    current = decisions.get_decision(decision.id)
    if current.status != "draft":
        msgbox.info(parent, translate("decisions", "Ban hành quyết định"),
                    translate("decisions", "%1 đã được ban hành.").replace("%1", current.label))
        return None
    dialog = IssueDialog(workspace, current, parent)
    try:
        if not dialog.exec():
            return None
        issued = dialog.result_value
    finally:
        dialog.deleteLater()
    _announce(workspace, issued)
    return issued


def delete_draft(workspace, parent: QWidget | None, decision: Any) -> bool:
    from desktop import decisions

    if not msgbox.confirm(parent, translate("decisions", "Xóa dự thảo"),
                          translate("decisions", "Xóa dự thảo \"%1\"? Không khôi phục được.")
                          .replace("%1", decision.subject), action=translate("decisions", "Xóa")):
        return False

    try:
        decisions.delete_draft(workspace.actor, decision.id,
                               expected_version=decision.version)
    except StaleRecord as exc:  # edited or issued since it was listed: nothing deleted
        from ui.dialogs.stale import ask_reload

        ask_reload(parent, exc, decision, workspace.actor)
        workspace.data_changed.emit(0)
        return False
    except Exception as exc:  # noqa: BLE001
        msgbox.error(parent, translate("decisions", "Xóa dự thảo"), describe(exc))
        return False
    _announce(workspace, decision)
    return True


def _pdf_of(parent: QWidget | None, decision_id: int, actor) -> tuple[bytes, str] | None:
    """The bytes to show or save: an issued decision's stored file, a draft rendered."""
    from desktop import decisions

    try:
        return (decisions.decision_pdf(actor, decision_id),
                decisions.suggested_file_name(decision_id))
    except Exception as exc:  # noqa: BLE001
        msgbox.error(parent, translate("decisions", "Quyết định"), describe(exc))
        return None


def preview_decision(parent: QWidget | None, decision_id: int, actor):
    """Qt's print preview of the decision's PDF (Print inside it prints)."""
    from ui.print_preview import preview_pdf

    found = _pdf_of(parent, decision_id, actor)
    if found is None:
        return None
    data, name = found
    return preview_pdf(parent, data, Path(name).stem)


def print_decision(parent: QWidget | None, decision_id: int, actor) -> int:
    from ui.print_preview import print_pdf

    found = _pdf_of(parent, decision_id, actor)
    if found is None:
        return 0
    data, name = found
    try:
        return print_pdf(parent, data, Path(name).stem)
    except Exception as exc:  # noqa: BLE001
        msgbox.error(parent, translate("decisions", "In"), describe(exc))
        return 0


def open_in_viewer(parent: QWidget | None, decision_id: int, actor) -> str:
    from ui.print_preview import open_pdf_in_viewer

    found = _pdf_of(parent, decision_id, actor)
    if found is None:
        return ""
    data, name = found
    try:
        opened, path = open_pdf_in_viewer(data, name)
    except OSError as exc:
        msgbox.error(parent, translate("decisions", "Mở bằng trình xem PDF"), describe(exc))
        return ""
    if not opened:
        msgbox.warning(parent, translate("decisions", "Mở bằng trình xem PDF"), translate(
            "decisions", "Máy chưa có chương trình xem PDF. Tệp đã được lưu tạm ở:\n%1")
            .replace("%1", path))
    return path


def save_as(parent: QWidget | None, decision_id: int, actor) -> str:
    """Ask where, then write atomically; the path written or ""."""
    from desktop import decisions
    from ui.print_preview import ask_save_path, default_folder

    found = _pdf_of(parent, decision_id, actor)
    if found is None:
        return ""
    data, name = found
    path = ask_save_path(parent, translate("decisions", "Lưu quyết định thành"),
                         str(Path(default_folder()) / name),
                         translate("decisions", "Tệp PDF (*.pdf)"))
    if not path:
        return ""
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        decisions.save_pdf_file(path, data)
    except Exception as exc:  # noqa: BLE001
        msgbox.error(parent, translate("decisions", "Lưu quyết định thành"), describe(exc))
        return ""
    return path


def batch_export(workspace, parent: QWidget | None, commune_id: int, commune_name: str):
    """Every team of a commune: ask how, then export through the task runner (progress,
    Cancel) and offer to open the folder. Returns the Task, or None when not started."""

    rows = team_service.list_teams(commune_id)
    if not rows:
        msgbox.info(parent, translate("decisions", "In quyết định của các Tổ trong xã"),
                    translate("decisions", "%1 chưa có Tổ CNSCĐ nào.").replace("%1", commune_name))
        return None
    dialog = BatchExportDialog(commune_name, rows, parent)
    try:
        if not dialog.exec():
            return None
        values = dialog.result_value
    finally:
        dialog.deleteLater()
    return run_batch_export(workspace, parent, **values)


def run_batch_export(workspace, parent: QWidget | None, team_ids: list[int], *,
                     out_dir: str | None = None, combined_path: str | None = None):
    from desktop import decisions

    title = translate("decisions", "Đang xuất quyết định của %1 Tổ…").replace(
        "%1", str(len(team_ids)))
    folder = out_dir or str(Path(combined_path or ".").parent)

    def succeeded(written: list[str]) -> None:
        from ui.print_preview import open_url

        if combined_path:
            text = translate("decisions", "Đã ghi quyết định của %1 Tổ vào tệp:\n%2").replace(
                "%1", str(len(team_ids))).replace("%2", combined_path)
        else:
            text = translate("decisions", "Đã ghi %1 tệp PDF vào thư mục:\n%2").replace(
                "%1", str(len(written))).replace("%2", folder)
        question = translate("decisions", "Mở thư mục?")
        if msgbox.confirm(parent, translate("decisions", "Đã xuất xong"),
                          f"{text}\n\n{question}",
                          action=translate("decisions", "Mở thư mục"), destructive=False):
            open_url(QUrl.fromLocalFile(folder))

    def cancelled() -> None:
        if combined_path:
            text = translate("decisions", "Đã dừng xuất quyết định; tệp chung chưa được tạo.")
        else:
            text = translate("decisions", "Đã dừng xuất quyết định. Các tệp đã ghi trước khi "
                             "dừng vẫn còn trong thư mục.")
        msgbox.info(parent, translate("decisions", "Đã dừng"), text)

    def failed(exc: BaseException) -> None:
        log.warning("batch export failed: %r", exc)
        msgbox.error(parent, translate("decisions", "Không xuất được quyết định"), describe(exc))

    return workspace.runner.run(
        decisions.export_team_pdfs, workspace.actor, list(team_ids), out_dir=out_dir,
        combined_path=combined_path, title=title, parent=parent,
        on_success=succeeded, on_cancel=cancelled, on_error=failed,
    )


def _announce(workspace, decision: Any) -> None:
    """Tell the pages that teams changed (status, latest decision, members taking effect)."""

    village = 0
    try:
        if len(decision.team_ids) == 1:
            village = team_service.get_team(decision.team_ids[0]).village_id
        else:
            village = decision.issuing_unit_id
    except Exception:  # noqa: BLE001 - a refresh hint only
        log.exception("announcing a decision change")
    workspace.data_changed.emit(village)


# --- the team page's section ------------------------------------------------------------------


class DecisionsPanel(QWidget):
    """The decisions naming one team: drafts (editable) and issued ones (frozen)."""

    changed = Signal()

    def __init__(self, workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.team: Any = None
        self.setObjectName("decisions_panel")
        caption = QLabel(self.tr("Quyết định"))
        caption.setStyleSheet("font-weight: bold;")
        self.hint = QLabel()
        self.hint.setObjectName("decisions_hint")
        self.hint.setStyleSheet("color: #555;")
        self.model = DecisionTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("decisions_table")
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.activated.connect(lambda _i: self.open_selected())

        self.page_actions = PageActions(self, self.declare_actions(), views=[self.view])
        buttons_of = self.page_actions.button
        self.new_button = buttons_of("new")
        self.edit_button = buttons_of("edit")
        self.issue_button = buttons_of("issue")
        self.preview_button = buttons_of("preview")
        self.save_button = buttons_of("save")
        self.more_button = QPushButton(self.tr("Khác"))
        self.more_button.setObjectName("decision_more")
        self.print_action = self.page_actions.actions["print"]
        self.open_action = self.page_actions.actions["open"]
        self.delete_action = self.page_actions.actions["delete"]
        menu = QMenu(self.more_button)
        for action in (self.print_action, self.open_action, self.delete_action):
            menu.addAction(action)
        self.more_button.setMenu(menu)

        head = QHBoxLayout()
        head.addWidget(caption)
        head.addWidget(self.hint, 1)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.issue_button, self.preview_button,
                  self.save_button, self.more_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(head)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self._update_buttons()

    def declare_actions(self) -> list[PageAction]:
        need = edits(lambda panel: getattr(panel.team, "village_id", None))
        chosen = lambda panel: panel.selected() is not None  # noqa: E731
        draft = DecisionsPanel._draft_chosen
        return [
            PageAction("new", self.tr("Lập quyết định…"), DecisionsPanel.new_decision, need,
                       menu=False, enabled=lambda p: p.team is not None
                       and p.team.status != "dissolved",
                       tooltip=self.tr("Lập dự thảo quyết định thành lập, kiện toàn hoặc "
                                       "giải thể Tổ này (có thể chọn thêm các Tổ khác trong "
                                       "xã)")),
            PageAction("edit", self.tr("Sửa dự thảo…"), DecisionsPanel.edit_selected, need,
                       applies_to="row", enabled=draft),
            PageAction("issue", self.tr("Ban hành…"), DecisionsPanel.issue_selected, need,
                       applies_to="row", enabled=draft),
            PageAction("preview", self.tr("Xem trước và in…"), DecisionsPanel.preview_selected,
                       READ, applies_to="row", enabled=chosen,
                       tooltip=self.tr("Xem từng trang như khi in, rồi in")),
            PageAction("save", self.tr("Lưu PDF…"), DecisionsPanel.save_selected, READ,
                       applies_to="row", enabled=chosen),
            PageAction("print", self.tr("In ngay…"), DecisionsPanel.print_selected, READ,
                       applies_to="row", enabled=chosen, button=False),
            PageAction("open", self.tr("Mở bằng trình xem PDF"),
                       DecisionsPanel.open_selected_in_viewer, READ, applies_to="row",
                       enabled=chosen, button=False),
            PageAction("delete", self.tr("Xóa dự thảo…"), DecisionsPanel.delete_selected,
                       need, applies_to="row", enabled=draft, button=False),
        ]

    def _draft_chosen(self) -> bool:
        row = self.selected()
        return row is not None and row.status == "draft"

    # -- data ---------------------------------------------------------------------------
    def set_team(self, team: Any) -> None:
        self.team = team
        self.reload()

    def reload(self) -> None:
        from desktop import decisions

        keep = self.selected()
        rows = decisions.decisions_for_team(self.team.id) if self.team is not None else []
        self.model.set_rows(rows)
        fit_columns(self.view, stretch_column=DecisionTableModel.COL_SUBJECT, max_width=340)
        if rows:
            wanted = keep.id if keep is not None else rows[0].id
            row = max(0, self.model.find_row(lambda r: r.id == wanted))
            self.view.setCurrentIndex(self.model.index(row, 0))
        if self.team is None:
            self.hint.setText("")
        elif not rows:
            self.hint.setText(self.tr(
                "Tổ chưa có quyết định nào: bấm \"Lập quyết định…\" để lập dự thảo."))
        else:
            drafts = sum(1 for r in rows if r.status == "draft")
            self.hint.setText(self.tr("%1 quyết định, %2 dự thảo chưa ban hành")
                              .replace("%1", str(len(rows))).replace("%2", str(drafts)))
        self._update_buttons()

    def selected(self) -> Any:
        index = self.view.currentIndex()
        return self.model.row_at(index) if index.isValid() else None

    def select_decision(self, decision_id: int) -> bool:
        row = self.model.find_row(lambda r: r.id == decision_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
        return row >= 0

    def _update_buttons(self) -> None:
        self.page_actions.update()
        self.more_button.setEnabled(self.selected() is not None)

    def _changed(self, decision_id: int | None = None) -> None:
        self.reload()
        if decision_id is not None:
            self.select_decision(decision_id)
        self.changed.emit()

    # -- actions ------------------------------------------------------------------------
    def new_decision(self) -> Any:
        if self.team is None or self.team.status == "dissolved":
            return None
        if any(r.status == "draft" for r in self.model.rows()) and not msgbox.confirm(
            self, self.tr("Lập dự thảo quyết định"),
            self.tr("Tổ đang có dự thảo chưa ban hành. Vẫn lập thêm một dự thảo mới?"),
            action=self.tr("Lập thêm"), destructive=False,
        ):
            return None
        draft = new_decision(self.workspace, self, self.team.commune_id,
                             self.team.commune_name, [self.team.id],
                             kind=default_kind(self.team.id))
        if draft is not None:
            self._changed(draft.id)
        return draft

    def open_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.status == "draft" and self.page_actions.allowed("edit"):
            self.page_actions.trigger("edit")
        else:
            self.page_actions.trigger("preview")

    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None and row.status == "draft":
            edit_decision(self.workspace, self, row.id)
            self._changed(row.id)

    def issue_selected(self) -> Any:
        row = self.selected()
        if row is None or row.status != "draft":
            return None
        issued = issue(self.workspace, self, row)
        if issued is not None:
            self._changed(issued.id)
        return issued

    def preview_selected(self):
        row = self.selected()
        return preview_decision(self, row.id, self.workspace.actor) if row is not None else None

    def print_selected(self) -> int:
        row = self.selected()
        return print_decision(self, row.id, self.workspace.actor) if row is not None else 0

    def save_selected(self) -> str:
        row = self.selected()
        return save_as(self, row.id, self.workspace.actor) if row is not None else ""

    def open_selected_in_viewer(self) -> str:
        row = self.selected()
        return open_in_viewer(self, row.id, self.workspace.actor) if row is not None else ""

    def delete_selected(self) -> None:
        row = self.selected()
        if row is not None and row.status == "draft" and delete_draft(self.workspace, self, row):
            self._changed()


# --- the main window's "Quyết định" menu --------------------------------------------------------


class DecisionMenu(QObject):
    """What the main window's "Quyết định" menu runs (its entries are declared in
    ``MainWindow.declare_actions``): drafting for several teams of a commune, and printing
    every team's decision of a commune (the commune chosen in the tree).

    ``export_finished`` is emitted when a batch export ends (done, failed or cancelled).
    """

    export_finished = Signal()

    def __init__(self, window):
        super().__init__(window)
        self.main_window = window
        self.last_task = None

    def edit_defaults(self) -> Any:
        """Who signs and the standing legal bases: for the commune chosen in the tree, else
        for the whole office."""
        from ui.dialogs.office_defaults import DecisionDefaultsDialog

        window = self.main_window
        found = commune_of_node(window.workspace.unit)
        if found is None:
            office = window.workspace.office
            unit_id, name = None, (office.name if office else self.tr("cả cơ quan"))
        else:
            unit_id, name = found
        dialog = DecisionDefaultsDialog(window.workspace, unit_id, name, window)
        try:
            return dialog.result_value if dialog.exec() else None
        finally:
            dialog.deleteLater()

    def _commune(self, title: str) -> tuple[int, str] | None:
        found = commune_of_node(self.main_window.workspace.unit)
        if found is None:
            msgbox.info(self.main_window, title, self.tr(
                "Chọn một xã/phường (hoặc một thôn của xã) ở cây bên trái trước."))
        return found

    def new_for_commune(self) -> Any:
        title = self.tr("Lập quyết định cho các Tổ trong xã")
        found = self._commune(title)
        if found is None:
            return None

        commune_id, name = found
        ids = [t.id for t in team_service.list_teams(commune_id)]
        return new_decision(self.main_window.workspace, self.main_window, commune_id, name, ids)

    def export_commune(self) -> Any:
        found = self._commune(self.tr("In quyết định của các Tổ trong xã"))
        if found is None:
            return None
        commune_id, name = found
        window = self.main_window
        self.last_task = batch_export(window.workspace, window, commune_id, name)
        if self.last_task is not None:
            self.last_task.finished.connect(self.export_finished.emit)
        return self.last_task
