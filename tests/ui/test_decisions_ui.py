"""Decisions through the widgets: draft from the team page, edit a legal basis typed in
Vietnamese, issue with a typed date, see "Quyết định số 01/QĐ-UBND …" in the list; refusals
in Vietnamese; someone else's change while editing; the print preview paints every page of
the PDF; printing; the commune's batch export through the task runner."""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.context import LOCAL_ADMIN

from tests.ui.helpers import check_handled, press, replace_text, type_text, when_modal

MEMBERS = [
    ("Hoàng Văn Dũng", "to_truong", "Nam"),
    ("Nông Thị Hoa", "to_pho", "Nữ"),
    ("Lương Văn Tú", "thanh_vien", "Nam"),
]
NEW_BASIS = ("Căn cứ Nghị quyết số 05/NQ-HĐND ngày 10 tháng 01 năm 2026 của Hội đồng nhân dân "
             "xã Hợp Thành")


@pytest.fixture
def office(app_db):
    """Hợp Thành with a Chairman and a Vice-Chairman."""
    from desktop import units
    from desktop.context import LOCAL_ADMIN
    from desktop.office import configure_office

    commune = units.search_units("hop thanh", level="commune")[0]
    configure_office(
        LOCAL_ADMIN, unit_id=commune.id, catalogue="2025",
        officials=[
            {"full_name": "Hoàng Văn Quý", "title": "Chủ tịch", "is_chair": True},
            {"full_name": "Lò Thị Mai", "title": "Phó Chủ tịch", "is_chair": False},
        ],
    )
    from desktop.office import set_issuing_defaults

    set_issuing_defaults(LOCAL_ADMIN, None, plan_number="125", plan_date="2025-07-02")
    return commune


def _team(commune_id: int, village: str, members: list) -> int:
    from desktop import teams, units
    from desktop.context import LOCAL_ADMIN

    v = units.create_village(LOCAL_ADMIN, commune_id, village)
    team = teams.create_team(LOCAL_ADMIN, v.id)
    for name, role, sex in members:
        teams.add_member(LOCAL_ADMIN, team.id, {"full_name": name, "sex": sex,
                                                 "birth": "1990"}, role)
    return team.id


@pytest.fixture
def area(office):
    """Three teams in Hợp Thành: two with members, one still empty."""
    return SimpleNamespace(
        commune_id=office.id,
        team=_team(office.id, "Thôn Nà Sla", MEMBERS),
        second=_team(office.id, "Thôn Khòn Khẻ", [("Đặng Quốc Việt", "to_truong", "Nam"),
                                                 ("Triệu Thị Mai", "thanh_vien", "Nữ")]),
        empty=_team(office.id, "Thôn Bản Chang", []),
    )


@pytest.fixture
def no_confirm(monkeypatch):
    """Answer every confirmation "yes" and keep what was asked."""
    from ui import msgbox

    asked: list[tuple] = []

    def confirm(parent, title, text, **kw):
        asked.append((title, text, kw))
        return True

    monkeypatch.setattr(msgbox, "confirm", confirm)
    return asked


@pytest.fixture
def errors_shown(monkeypatch):
    from ui import msgbox

    shown: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda parent, title, text, *a, **k: shown.append(text))
    monkeypatch.setattr(msgbox, "info", lambda parent, title, text: shown.append(text))
    return shown


def _open_team(qtbot, window, team_id):
    window.open_team(team_id)
    panel = window.pages["team"].decisions
    qtbot.waitUntil(lambda: panel.team is not None and panel.team.id == team_id)
    return panel


def _draft(team_ids, kind="thanh_lap"):
    from desktop import decisions
    from desktop.context import LOCAL_ADMIN

    return decisions.draft_decision(LOCAL_ADMIN, kind, team_ids)


# --- the clerk's path -------------------------------------------------------------------------


def test_draft_edit_and_issue_from_the_team_page(qtbot, area, make_window, no_confirm):
    from desktop import decisions
    from ui.dialogs.decision_editor import DecisionEditor
    from ui.dialogs.decisions import IssueDialog, NewDecisionDialog
    from ui.models.decisions import DecisionTableModel as M

    window = make_window()
    panel = _open_team(qtbot, window, area.team)
    assert panel.model.rowCount() == 0
    assert "chưa có quyết định" in panel.hint.text()
    assert panel.new_button.isEnabled() and not panel.issue_button.isEnabled()

    # 1. A new draft: establishment, this team only, the Chairman signs; Enter drafts it.
    def new_draft(dialog):
        assert dialog.kind.currentData() == "thanh_lap"
        assert dialog.teams.checked_ids() == [area.team]
        assert dialog.teams.model.rowCount() == 3
        assert dialog.signer.currentText() == "Hoàng Văn Quý — CHỦ TỊCH"
        assert dialog.signer.itemText(1) == "Lò Thị Mai — KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
        press(dialog.kind, Qt.Key.Key_Return)

    # 2. The editor opens on it: add a legal basis typed in Vietnamese, watch the preview
    #    follow, save with Enter.
    def edit(editor):
        qtbot.waitUntil(lambda: editor.preview_renders >= 1, timeout=15000)
        assert editor.preview.page_count >= 2  # the decision and its member list
        before = editor.preview_renders
        bases = editor.legal_bases
        bases.setFocus()
        bases.moveCursor(bases.textCursor().MoveOperation.End)
        press(bases, Qt.Key.Key_Return)
        type_text(bases, NEW_BASIS)
        assert bases.toPlainText().splitlines()[-1] == NEW_BASIS
        qtbot.waitUntil(lambda: editor.preview_renders > before, timeout=15000)
        text = editor.preview.pages.document.getAllText(0).text()
        assert "05/NQ-HĐND" in text and "DỰ THẢO" in text.upper()
        press(editor.subject, Qt.Key.Key_Return)

    seen_new = when_modal(new_draft, kind=NewDecisionDialog)
    seen_edit = when_modal(edit, kind=DecisionEditor, timeout_ms=30000)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    check_handled(seen_new)
    check_handled(seen_edit)

    draft = panel.selected()
    assert draft is not None and draft.status == "draft"
    assert draft.legal_bases[-1] == NEW_BASIS
    assert decisions.get_decision(draft.id).legal_bases[-1] == NEW_BASIS
    assert panel.model.index(0, M.COL_LABEL).data() == "Dự thảo quyết định"
    assert panel.model.index(0, M.COL_STATUS).data() == "Dự thảo"
    assert panel.model.index(0, M.COL_KIND).data() == "Thành lập"
    assert panel.issue_button.isEnabled()

    # 3. Issue it: the date typed key by key, the number left to the software.
    def issue(dialog):
        assert "01/QĐ-UBND" in dialog.number_edit.placeholderText() + dialog.result_line.text()
        replace_text(dialog.date_edit, "05/03/2026")
        assert dialog.result_line.text() == "Số: 01/QĐ-UBND, ngày 05 tháng 3 năm 2026"
        press(dialog.date_edit, Qt.Key.Key_Return)

    seen = when_modal(issue, kind=IssueDialog)
    qtbot.mouseClick(panel.issue_button, Qt.MouseButton.LeftButton)
    check_handled(seen)
    _title, text, _ = no_confirm[-1]
    assert "01/QĐ-UBND" in text and "không sửa được" in text

    label = panel.model.index(0, M.COL_LABEL).data()
    assert label.startswith("Quyết định số 01/QĐ-UBND"), label
    assert label == "Quyết định số 01/QĐ-UBND ngày 05/3/2026"
    assert panel.model.index(0, M.COL_STATUS).data() == "Đã ban hành"
    assert panel.model.index(0, M.COL_DATE).data() == "05/03/2026"
    assert not panel.edit_button.isEnabled() and not panel.issue_button.isEnabled()
    page = window.pages["team"]
    qtbot.waitUntil(lambda: page.team.status == "active")
    assert page.team.latest_decision


def test_new_draft_for_several_teams_from_the_menu(qtbot, area, make_window, monkeypatch):
    from desktop import decisions
    from ui.dialogs.decision_editor import DecisionEditor
    from ui.dialogs.decisions import NewDecisionDialog

    window = make_window()
    assert window.select_unit(area.commune_id)
    qtbot.waitUntil(lambda: window.workspace.unit is not None
                    and window.workspace.unit.id == area.commune_id)
    made = []

    def choose(dialog):
        model = dialog.teams.model
        assert model.rowCount() == 3 and len(dialog.teams.checked_ids()) == 3
        empty_row = model.rows().index(next(r for r in model.rows() if r.id == area.empty))
        model.setData(model.index(empty_row), Qt.CheckState.Unchecked,
                      Qt.ItemDataRole.CheckStateRole)
        assert "2/3" in dialog.teams.count.text()
        dialog.signer.setCurrentIndex(1)  # the Vice-Chairman
        press(dialog.kind, Qt.Key.Key_Return)

    def close_editor(editor):
        made.append(editor.decision_id)
        press(editor.subject, Qt.Key.Key_Escape)

    seen = when_modal(choose, kind=NewDecisionDialog)
    seen_editor = when_modal(close_editor, kind=DecisionEditor, timeout_ms=15000)
    draft = window.decisions_menu.new_for_commune()
    check_handled(seen)
    check_handled(seen_editor)
    assert draft is not None and made == [draft.id]
    info = decisions.get_decision(draft.id)
    assert set(info.team_ids) == {area.team, area.second}
    assert info.authority == "KT. CHỦ TỊCH" and info.signer_title == "PHÓ CHỦ TỊCH"
    assert info.signer_name == "Lò Thị Mai"
    assert "các Tổ công nghệ số cộng đồng" in info.subject


def test_menu_asks_for_a_commune_first(qtbot, area, make_window, errors_shown):
    window = make_window()
    window.workspace.select_unit(None)
    assert window.decisions_menu.export_commune() is None
    assert "Chọn một xã/phường" in errors_shown[-1]


# --- refusals ---------------------------------------------------------------------------------


def test_issue_refusals_are_worded_in_vietnamese(qtbot, area, settings, runner, no_confirm,
                                                 errors_shown):
    from desktop import decisions
    from desktop.context import LOCAL_ADMIN
    from ui.dialogs.decisions import IssueDialog
    from ui.workspace import Workspace

    ws = Workspace(runner=runner, actor=LOCAL_ADMIN, office=None, settings=settings)

    # A team without members: refused, the dialog stays open.
    empty = _draft([area.empty])
    dialog = IssueDialog(ws, empty, today=dt.date(2026, 3, 5))
    qtbot.addWidget(dialog)
    dialog.show()
    press(dialog.date_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result_value is None
    # the issue gate's answer is in the dialog before "Ban hành", which stays disabled
    shown = dialog.checks.text()
    assert "thôn Bản Chang" in shown and "không có thành viên nào" in shown
    assert not dialog.save_button.isEnabled()

    # A number the văn thư already gave to another decision this year: shown under "Số".
    other = _draft([area.second])
    decisions.issue_decision(LOCAL_ADMIN, other.id, signed_on=dt.date(2026, 3, 1),
                             expected_version=other.version, number=7)
    draft = _draft([area.team])
    dialog = IssueDialog(ws, draft, today=dt.date(2026, 3, 5))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "08" in dialog.number_edit.placeholderText()  # the next number, as a hint
    dialog.number_edit.setFocus()
    type_text(dialog.number_edit, "7")
    assert dialog.result_line.text().startswith("Số: 07/QĐ-UBND")
    press(dialog.number_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "đã được dùng" in dialog.errors.message("number")
    # Left blank, the software gives the next one.
    dialog.number_edit.clear()
    press(dialog.number_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert dialog.result_value.number == 8


def test_issue_without_a_signer_is_refused(qtbot, app_db, settings, runner, no_confirm,
                                           errors_shown):
    from desktop import units
    from desktop.context import LOCAL_ADMIN
    from desktop.office import configure_office
    from ui.dialogs.decisions import IssueDialog, NewDecisionDialog
    from ui.workspace import Workspace

    commune = units.search_units("hop thanh", level="commune")[0]
    configure_office(LOCAL_ADMIN, unit_id=commune.id, catalogue="2025", officials=[])
    team = _team(commune.id, "Thôn Nà Sla", MEMBERS)
    ws = Workspace(runner=runner, actor=LOCAL_ADMIN, office=None, settings=settings)
    from desktop import teams

    new = NewDecisionDialog(ws, commune.name, teams.list_teams(commune.id), [team])
    qtbot.addWidget(new)
    assert not new.signer.isEnabled()  # nobody to choose, and a note says what to do
    new.accept()
    draft = new.result_value
    assert draft is not None and draft.signer_name == ""
    dialog = IssueDialog(ws, draft, today=dt.date(2026, 3, 5))
    qtbot.addWidget(dialog)
    dialog.show()
    press(dialog.date_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "chưa có người ký" in dialog.checks.text()
    assert not dialog.save_button.isEnabled()


def test_a_bad_date_is_shown_under_the_field(qtbot, area, settings, runner, no_confirm):
    from desktop.context import LOCAL_ADMIN
    from ui.dialogs.decisions import IssueDialog
    from ui.workspace import Workspace

    ws = Workspace(runner=runner, actor=LOCAL_ADMIN, office=None, settings=settings)
    dialog = IssueDialog(ws, _draft([area.team]))
    qtbot.addWidget(dialog)
    dialog.show()
    replace_text(dialog.date_edit, "31/02/2026")
    press(dialog.date_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and "dd/mm/yyyy" in dialog.errors.message("signed_on")
    assert not no_confirm  # nothing was asked before the date is right


# --- someone else's change --------------------------------------------------------------------


def test_saving_over_someone_elses_change(qtbot, area, settings, runner, monkeypatch):
    from desktop import decisions
    from desktop.context import LOCAL_ADMIN
    from ui.dialogs import decision_editor
    from ui.workspace import Workspace

    ws = Workspace(runner=runner, actor=LOCAL_ADMIN, office=None, settings=settings)
    draft = _draft([area.team])
    editor = decision_editor.DecisionEditor(ws, draft.id)
    qtbot.addWidget(editor)
    editor.show()
    replace_text(editor.subject, "Về việc thành lập Tổ công nghệ số cộng đồng thôn Nà Sla (bản A)")
    # Meanwhile a colleague saves the same draft.
    decisions.update_draft(LOCAL_ADMIN, draft.id, {"proposer": "Theo đề nghị của Công chức "
                                                   "Văn hóa - Xã hội"}, draft.version)
    answers = ["reload"]
    monkeypatch.setattr(decision_editor, "ask_stale", lambda parent: answers.pop(0))
    press(editor.subject, Qt.Key.Key_Return)
    assert editor.isVisible()  # reloaded, nothing lost silently
    assert editor.proposer.text() == "Theo đề nghị của Công chức Văn hóa - Xã hội"
    assert editor.notice.isVisible() and "người khác" in editor.notice.text()

    # Now both edit again; this time the clerk keeps their version.
    replace_text(editor.subject, "Về việc thành lập Tổ công nghệ số cộng đồng thôn Nà Sla (bản B)")
    current = decisions.get_decision(draft.id)
    decisions.update_draft(LOCAL_ADMIN, draft.id, {"symbol": "QĐ-CT"}, current.version)
    answers.append("overwrite")
    press(editor.subject, Qt.Key.Key_Return)
    assert not editor.isVisible()
    saved = decisions.get_decision(draft.id)
    assert saved.subject.endswith("(bản B)") and saved.symbol == "QĐ-UBND"


def test_articles_editor_round_trip(qtbot):
    from ui.dialogs.decision_editor import ArticlesEditor

    editor = ArticlesEditor()
    qtbot.addWidget(editor)
    editor.set_articles([("", ["Thành lập Tổ."]), ("Nhiệm vụ", ["1. Một.", "2. Hai."])])
    assert editor.list.count() == 2 and editor.list.item(1).text() == "Điều 2. Nhiệm vụ"
    editor.add_article()  # after the selected one (the first)
    assert editor.list.count() == 3 and editor.list.currentRow() == 1
    type_text(editor.paragraphs, "Điều mới.")
    editor.move_article(1)
    assert [a["paragraphs"] for a in editor.articles()] == [
        ["Thành lập Tổ."], ["1. Một.", "2. Hai."], ["Điều mới."]]
    editor.list.setCurrentRow(0)
    editor.remove_article()
    assert [a["title"] for a in editor.articles()] == ["Nhiệm vụ", ""]


# --- printing -----------------------------------------------------------------------------------


def _page_count(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def test_print_preview_paints_every_page_of_the_pdf(qtbot, area, make_window, monkeypatch):
    from PySide6.QtGui import QAction
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    from desktop import decisions

    window = make_window()
    draft = _draft([area.team, area.second])  # two member lists: four pages or more
    panel = _open_team(qtbot, window, area.team)
    assert panel.select_decision(draft.id)
    expected = _page_count(decisions.decision_pdf(LOCAL_ADMIN, draft.id))
    assert expected >= 3

    def fake_exec(dialog):
        dialog.show()
        widget = dialog.findChild(QPrintPreviewWidget)
        qtbot.waitUntil(lambda: widget.pageCount() == expected, timeout=15000)
        dialog.grab()  # the pages really paint
        dialog.hide()
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    preview = panel.preview_selected()
    assert preview is not None and preview.error is None
    assert preview.paint_count >= 1
    assert preview.pages_painted == expected == preview.page_count
    assert preview.printer.pageLayout().pageSize().id().name == "A4"
    texts = {a.text() for a in preview.dialog.findChildren(QAction)}
    assert "Trang sau" in texts and "Next page" not in texts


def test_printing_goes_through_the_print_dialog(qtbot, area, tmp_path, monkeypatch):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from desktop import decisions
    from ui import print_preview

    draft = _draft([area.team])
    data = decisions.decision_pdf(LOCAL_ADMIN, draft.id)
    out = tmp_path / "printed.pdf"
    asked = []

    def fake_ask(dialog):
        asked.append(dialog)
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(150)  # a small file: the dpi follows the printer
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(print_preview, "ask_print", fake_ask)
    assert print_preview.print_pdf(None, data, "Dự thảo") == _page_count(data)
    assert asked
    reader = PdfReader(str(out))
    assert len(reader.pages) == _page_count(data)
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595.3) < 1.5 and abs(float(box.height) - 841.9) < 1.5

    cancelled = tmp_path / "none.pdf"
    monkeypatch.setattr(print_preview, "ask_print", lambda dialog: QDialog.DialogCode.Rejected)
    assert print_preview.print_pdf(None, data) == 0 and not cancelled.exists()


def test_save_as_and_open_with_the_system_viewer(qtbot, area, tmp_path, monkeypatch):
    from desktop import decisions
    from ui import print_preview
    from ui.pages import decisions as actions

    draft = _draft([area.team])
    target = tmp_path / "chọn" / "quyết định"
    target.parent.mkdir()
    monkeypatch.setattr(print_preview, "ask_save_path",
                        lambda parent, title, suggested, filt: str(target))
    path = actions.save_as(None, draft.id, LOCAL_ADMIN)
    assert path == str(target) + ".pdf"
    assert (tmp_path / "chọn" / "quyết định.pdf").read_bytes()[:5] == b"%PDF-"
    assert not [p for p in target.parent.iterdir() if p.suffix == ".part"]

    opened = []
    monkeypatch.setattr(print_preview, "open_url", lambda url: opened.append(url) or True)
    path = actions.open_in_viewer(None, draft.id, LOCAL_ADMIN)
    assert opened and opened[0].toLocalFile() == path
    with open(path, "rb") as fh:  # a draft is rendered afresh: same pages, new timestamp
        written = fh.read()
    assert written[:5] == b"%PDF-"
    assert _page_count(written) == _page_count(decisions.decision_pdf(LOCAL_ADMIN, draft.id))


# --- the commune's batch ---------------------------------------------------------------------


def test_batch_export_writes_one_pdf_per_team(qtbot, area, make_window, tmp_path, monkeypatch):
    from pypdf import PdfReader

    from ui import msgbox, print_preview
    from ui.dialogs.decisions import BatchExportDialog

    asked, opened = [], []
    monkeypatch.setattr(msgbox, "confirm",
                        lambda parent, title, text, **kw: asked.append(text) or True)
    monkeypatch.setattr(print_preview, "open_url", lambda url: opened.append(url) or True)
    window = make_window()
    assert window.select_unit(area.commune_id)
    qtbot.waitUntil(lambda: window.workspace.unit is not None
                    and window.workspace.unit.id == area.commune_id)
    out = tmp_path / "Quyết định Hợp Thành"

    def choose(dialog):
        assert len(dialog.teams.checked_ids()) == 3
        assert dialog.per_team.isChecked()
        replace_text(dialog.folder_edit, str(out))
        press(dialog.folder_edit, Qt.Key.Key_Return)

    seen = when_modal(choose, kind=BatchExportDialog)
    with qtbot.waitSignal(window.decisions_menu.export_finished, timeout=60000):
        window.menu_actions.actions["decision_batch"].trigger()
    check_handled(seen)
    task = window.decisions_menu.last_task
    files = sorted(out.glob("*.pdf"))
    assert len(files) == 3, files
    assert task.state == "succeeded"
    assert {f.name for f in files} == {Path(p).name for p in task.result}
    for f in files:
        assert len(PdfReader(str(f)).pages) >= 1
    assert asked and "3 tệp PDF" in asked[-1]
    assert opened and opened[0].toLocalFile() == str(out)


def test_batch_export_into_one_combined_file(qtbot, area, settings, runner, tmp_path,
                                             monkeypatch):
    from desktop.context import LOCAL_ADMIN
    from ui import msgbox
    from ui.pages import decisions as actions
    from ui.workspace import Workspace

    monkeypatch.setattr(msgbox, "confirm", lambda *a, **k: False)
    ws = Workspace(runner=runner, actor=LOCAL_ADMIN, office=None, settings=settings)
    target = tmp_path / "tất cả.pdf"
    with qtbot.waitSignal(runner.task_finished, timeout=60000):
        task = actions.run_batch_export(ws, None, [area.team, area.second],
                                        combined_path=str(target))
    assert task.state == "succeeded"
    assert _page_count(target.read_bytes()) >= 4


def test_batch_export_can_be_cancelled(qtbot, area, settings, runner, tmp_path, monkeypatch):
    import threading

    from desktop import decisions
    from desktop.context import LOCAL_ADMIN
    from ui import msgbox
    from ui.pages import decisions as actions
    from ui.workspace import Workspace

    started = threading.Event()

    def slow(actor, team_ids, *, out_dir=None, combined_path=None, progress, cancelled):
        from exports.errors import Cancelled

        started.set()
        while not cancelled():
            progress(0, len(team_ids), "…")
            threading.Event().wait(0.01)
        raise Cancelled()

    monkeypatch.setattr(decisions, "export_team_pdfs", slow)
    told = []
    monkeypatch.setattr(msgbox, "info", lambda parent, title, text: told.append(text))
    ws = Workspace(runner=runner, actor=LOCAL_ADMIN, office=None, settings=settings)
    with qtbot.waitSignal(runner.task_finished, timeout=20000):
        task = actions.run_batch_export(ws, None, [area.team], out_dir=str(tmp_path / "x"))
        assert started.wait(5)
        qtbot.waitUntil(lambda: task.state == "running" or task.done)
        task.cancel()
    assert task.state == "cancelled"
    assert told and "Đã dừng" in told[-1]


# --- models ---------------------------------------------------------------------------------------


def test_models_pass_the_model_tester(qtbot, qtmodeltester, area):
    from desktop import decisions, teams
    from desktop.context import LOCAL_ADMIN
    from ui.models.decisions import DecisionTableModel, TeamCheckModel

    issued = _draft([area.team])
    decisions.issue_decision(LOCAL_ADMIN, issued.id, signed_on=dt.date(2026, 1, 5),
                             expected_version=issued.version)
    _draft([area.team], kind="kien_toan")
    model = DecisionTableModel()
    model.set_rows(decisions.decisions_for_team(area.team))
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    assert model.index(0, DecisionTableModel.COL_KIND).data() == "Kiện toàn"
    assert model.index(1, DecisionTableModel.COL_LABEL).data() == (
        "Quyết định số 01/QĐ-UBND ngày 05/01/2026")

    checks = TeamCheckModel()
    checks.set_rows(teams.list_teams(area.commune_id), [area.second])
    qtmodeltester.check(checks)
    assert checks.checked_ids() == [area.second]
    checks.set_all(True)
    assert len(checks.checked_ids()) == 3


def test_issuing_a_draft_changed_meanwhile_is_stopped(qtbot, area, settings, runner,
                                                       no_confirm, errors_shown):
    from desktop import decisions
    from desktop.context import LOCAL_ADMIN
    from ui.dialogs.decisions import IssueDialog
    from ui.workspace import Workspace

    ws = Workspace(runner=runner, actor=LOCAL_ADMIN, office=None, settings=settings)
    draft = _draft([area.team])
    dialog = IssueDialog(ws, draft, today=dt.date(2026, 3, 5))
    qtbot.addWidget(dialog)
    dialog.show()
    decisions.update_draft(LOCAL_ADMIN, draft.id, {"subject": "Về việc khác"}, draft.version)
    press(dialog.date_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.result_value is None
    assert "người khác sửa" in errors_shown[-1]
    assert decisions.get_decision(draft.id).status == "draft"


def test_tab_goes_through_the_editor_in_reading_order(qtbot, area, settings, runner):
    from PySide6.QtWidgets import QApplication

    from desktop.context import LOCAL_ADMIN
    from ui.dialogs.decision_editor import DecisionEditor
    from ui.workspace import Workspace

    ws = Workspace(runner=runner, actor=LOCAL_ADMIN, office=None, settings=settings)
    editor = DecisionEditor(ws, _draft([area.team]).id)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.subject.setFocus()
    order = [QApplication.focusWidget()]
    for _ in range(9):
        press(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    expected = [editor.subject, editor.legal_bases, editor.proposer, editor.articles.list,
                editor.articles.title, editor.articles.paragraphs, editor.articles.up_button,
                editor.articles.down_button, editor.articles.add_button,
                editor.articles.remove_button, editor.recipients, editor.signer]
    expected = [w for w in expected if w.isEnabled()]  # "Lên" is off on the first article
    assert [w.objectName() or type(w).__name__ for w in order] == [
        w.objectName() or type(w).__name__ for w in expected[:len(order)]]
    assert order == expected[:len(order)]
    press(editor.subject, Qt.Key.Key_Escape)  # nothing changed: closes without asking
    assert not editor.isVisible()


# --- the issue gate live, and the office defaults ----------------------------------------------


def test_editor_shows_the_issue_gate_live(qtbot, area, settings, runner, no_confirm):
    from ui.dialogs.decision_editor import DecisionEditor
    from ui.workspace import Workspace

    ws = Workspace(runner=runner, actor=LOCAL_ADMIN, office=None, settings=settings)
    editor = DecisionEditor(ws, _draft([area.team]).id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.issue_problems == [] and not editor.checks.isVisible())
    editor.legal_bases.setFocus()
    editor.legal_bases.moveCursor(editor.legal_bases.textCursor().MoveOperation.End)
    press(editor.legal_bases, Qt.Key.Key_Return)
    type_text(editor.legal_bases, "Căn cứ Công văn số …/UBND")
    qtbot.waitUntil(lambda: editor.checks.isVisible(), timeout=5000)
    assert [p.code for p in editor.issue_problems] == ["decision.placeholder"]
    assert "Căn cứ thứ 4" in editor.checks.text()


def test_office_defaults_dialog_sets_a_communes_signer(qtbot, area, settings, runner):
    from desktop.office import issuing_defaults
    from ui.dialogs.office_defaults import DecisionDefaultsDialog
    from ui.workspace import Workspace

    ws = Workspace(runner=runner, actor=LOCAL_ADMIN, office=None, settings=settings)
    other = __import__("desktop.units", fromlist=["x"]).search_units(
        "dong kinh", level="commune")[0]
    dialog = DecisionDefaultsDialog(ws, other.id, other.name)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "125" in dialog.plan_number.placeholderText()  # the office-wide plan, inherited
    dialog.chair.setFocus()
    type_text(dialog.chair, "vi văn hải")
    dialog.vices.setFocus()
    type_text(dialog.vices, "Hà Thị Lan")
    press(dialog.chair, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    d = issuing_defaults(other.id)
    assert [(o.full_name, o.is_chair) for o in d.officials] == [("Vi Văn Hải", True),
                                                               ("Hà Thị Lan", False)]
    assert d.plan_number == "125"


def test_an_out_of_order_number_needs_the_confirmation(qtbot, area, settings, runner):
    from desktop import decisions
    from ui.dialogs.decisions import IssueDialog
    from ui.workspace import Workspace

    first = _draft([area.second])
    decisions.issue_decision(LOCAL_ADMIN, first.id, signed_on=dt.date(2026, 5, 25),
                             expected_version=first.version)
    ws = Workspace(runner=runner, actor=LOCAL_ADMIN, office=None, settings=settings)
    dialog = IssueDialog(ws, _draft([area.team]), today=dt.date(2026, 2, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "sớm hơn ngày của Quyết định số 01/QĐ-UBND" in dialog.checks.text()
    assert not dialog.save_button.isEnabled()
    dialog.number_edit.setFocus()
    type_text(dialog.number_edit, "9")
    assert dialog.confirm_number.isVisible() and not dialog.save_button.isEnabled()
    assert "không theo thứ tự ngày" in dialog.checks.text()
    dialog.confirm_number.setChecked(True)
    assert dialog.save_button.isEnabled() and not dialog.checks.isVisible()
