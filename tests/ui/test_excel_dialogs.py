"""Excel in the GUI: exports from the "Tệp" menu through the task runner (progress, Cancel,
open the folder), and the import preview -> error report -> commit, also by dropping a file.
Dialogs and file choosers are answered by patching the small helpers in ``ui/``."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication


@pytest.fixture
def commune(office_commune):
    """Hợp Thành with two villages and their teams."""
    from desktop import teams, units
    from desktop.context import LOCAL_ADMIN

    team_ids = {}
    for name, people in (
        ("Thôn Nà Sla", ["Lý Thị Yến", "Hoàng Văn Dũng", "Nông Văn Đức"]),
        ("Thôn 2", ["Mông Văn Tùng", "Hà Thị Lan"]),
    ):
        village = units.create_village(LOCAL_ADMIN, office_commune.unit_id, name)
        team = teams.create_team(LOCAL_ADMIN, village.id, established_on=dt.date(2023, 5, 1))
        team_ids[name] = team.id
        for i, person in enumerate(people):
            teams.add_member(
                LOCAL_ADMIN,
                team.id,
                {
                    "full_name": person,
                    "sex": "Nam",
                    "birth": "05/03/1990",
                    "phone": f"09123450{len(team_ids)}{i}",
                },
                "to_truong" if i == 0 else "thanh_vien",
            )
    return {"office": office_commune, "teams": team_ids}


@pytest.fixture
def answers(monkeypatch):
    """Record message boxes and folder openings instead of showing them."""
    from ui import file_dialogs, msgbox

    seen: dict[str, list] = {"confirm": [], "info": [], "error": [], "warning": [], "folders": []}

    def confirm(parent, title, text, **kw):
        seen["confirm"].append(text)
        return True

    monkeypatch.setattr(msgbox, "confirm", confirm)
    for name in ("info", "error", "warning"):
        monkeypatch.setattr(
            msgbox, name, lambda parent, title, text, *a, _n=name, **k: seen[_n].append(text)
        )
    monkeypatch.setattr(file_dialogs, "open_folder", lambda path: seen["folders"].append(path))
    return seen


def test_file_menu_has_the_excel_entries(qtbot, commune, make_window):
    window = make_window()
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions() if a.text()]
    assert texts[:5] == [
        "Xuất danh sách thành viên…",
        "Xuất báo cáo thống kê…",
        "Xuất kết quả tập huấn…",
        "Tải mẫu nhập liệu…",
        "Nhập danh sách từ Excel…",
    ]
    assert window.acceptDrops()


def test_export_roster_from_the_menu(qtbot, commune, make_window, answers, monkeypatch, tmp_path):
    from ui.dialogs import export_dialog

    window = make_window()
    target = tmp_path / "Danh sach.xlsx"
    seen = {}

    def fill(dialog):
        seen["title"] = dialog.windowTitle()
        seen["suggested"] = dialog.path.text()
        seen["units"] = [dialog.unit.itemText(i) for i in range(dialog.unit.count())]
        seen["cid_enabled"] = dialog.citizen_id.isEnabled()
        dialog.path.setText(str(target))
        return True

    monkeypatch.setattr(export_dialog, "exec_dialog", fill)
    window.menu_actions.actions["export_roster"].trigger()  # the export's outcome is shown by a box
    qtbot.waitUntil(lambda: bool(answers["confirm"] or answers["error"]), timeout=15000)
    assert seen["title"] == "Xuất danh sách thành viên"
    assert seen["suggested"].endswith(f"Danh sach Hop Thanh {dt.date.today().isoformat()}.xlsx")
    assert seen["units"][0] == "Xã Hợp Thành" and seen["cid_enabled"] is False
    assert answers["error"] == []
    assert answers["folders"] == [str(target)]
    assert "Đã ghi danh sách 5 thành viên vào tệp:" in answers["confirm"][0]
    ws = openpyxl.load_workbook(target).active
    names = [r[1] for r in ws.iter_rows(values_only=True)]
    assert "Lý Thị Yến" in names and "Hà Thị Lan" in names


def test_every_export_kind_runs(qtbot, commune, make_window, answers, tmp_path):
    from ui.dialogs.export_dialog import run_export

    window = make_window()
    for kind, extra in (("report", {}), ("training", {"by": "person"}), ("template", {})):
        target = tmp_path / f"{kind}.xlsx"
        _finish(
            qtbot,
            run_export(
                window.workspace,
                window,
                kind=kind,
                unit_id=commune["office"].unit_id,
                path=str(target),
                **extra,
            ),
        )
        assert target.exists(), (kind, answers)
    assert answers["error"] == [] and len(answers["folders"]) == 3


def test_cancelled_export_says_so_and_leaves_no_file(
    qtbot, commune, make_window, answers, tmp_path
):
    from ui.dialogs.export_dialog import run_export

    window = make_window()
    target = tmp_path / "x.xlsx"
    task = run_export(window.workspace, window, kind="roster", unit_id=None, path=str(target))
    task.cancel()
    _finish(qtbot, task)
    assert answers["info"] == ["Đã dừng xuất; không có tệp nào được tạo."]
    assert not target.exists()


def test_export_refusal_is_worded(qtbot, commune, make_window, answers, tmp_path):
    from ui.dialogs.export_dialog import run_export

    window = make_window()
    _finish(
        qtbot,
        run_export(
            window.workspace,
            window,
            kind="roster",
            unit_id=None,
            path=str(tmp_path / "x.xlsx"),
            include_citizen_id=True,
        ),
    )
    assert answers["error"] and "CCCD" in answers["error"][0]


def _finish(qtbot, task) -> None:
    """Wait for a task started just now: its outcome reaches the GUI thread only through the
    event loop, which runs inside waitSignal, so the signal cannot be missed."""
    with qtbot.waitSignal(task.finished, timeout=15000):
        pass


def _roster_file(path, rows):
    from tests.desktop.test_roster_import import simple_file

    return str(simple_file(path, rows))


def test_import_preview_filter_report_and_commit(
    qtbot, qtmodeltester, commune, answers, settings, monkeypatch, tmp_path
):
    from desktop.context import LOCAL_ADMIN
    from desktop.office import get_office
    from ui import file_dialogs
    from ui.dialogs.import_dialog import ERROR_BG, ImportDialog, ImportPreviewModel
    from ui.tasks import TaskRunner
    from ui.workspace import Workspace

    runner = TaskRunner(dialog_delay_ms=50)
    workspace = Workspace(runner=runner, actor=LOCAL_ADMIN, office=get_office(), settings=settings)
    path = _roster_file(
        tmp_path / "ds.xlsx",
        [
            [1, "Lò Văn Páo", "01/01/1980", "Nam", "Tổ trưởng", "Thôn Mới", "0912999000"],
            [2, "Lò Thị Pọm", "31/02/1988", "Nữ", "Thành viên", "Thôn Mới", "0912999001"],
            [3, "Hà Thị Lan", "05/03/1990", "Nam", "Thành viên", "thôn 2", "0912345021"],
        ],
    )
    dialog = ImportDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.preview_ready, timeout=15000):
        dialog.set_path(path)
    model: ImportPreviewModel = dialog.model
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    actions = [model.index(r, model.COL_ACTION).data() for r in range(3)]
    assert actions == ["Thêm mới", "Không nhận", "Không đổi"]
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole).color() == ERROR_BG
    assert "31/02/1988" in model.index(1, model.COL_PROBLEMS).data()
    assert "1 không nhận" in dialog.summary.text()
    assert not dialog.commit_button.isEnabled()  # refused rows block the commit
    dialog.only_problems.setChecked(True)
    assert model.rowCount() == 1 and model.index(0, model.COL_NAME).data() == "Lò Thị Pọm"
    qtmodeltester.check(model)
    dialog.only_problems.setChecked(False)

    # the error report
    report_path = tmp_path / "loi.xlsx"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *a, **k: str(report_path))
    with qtbot.waitSignal(runner.task_finished, timeout=15000):
        dialog.save_report.click()
    wb = openpyxl.load_workbook(report_path)
    assert wb.sheetnames == ["Lỗi", "Danh sách"]
    assert wb["Danh sách"]["J5"].value.startswith("Lỗi cột C:")

    # skipping the refused row: the commit writes the rest
    from db.models import Membership

    before = Membership.select().count()
    dialog.skip_refused.setChecked(True)
    assert dialog.commit_button.isEnabled()
    changed = []
    workspace.data_changed.connect(changed.append)
    with qtbot.waitSignal(dialog.import_committed, timeout=15000):
        dialog.commit_button.click()
    assert Membership.select().count() == before + 1
    assert answers["info"] and "Đã ghi vào dữ liệu." in answers["info"][-1]
    assert changed == [commune["office"].unit_id]
    runner.wait(5000)


def test_a_refused_row_shows_its_reason_first(qtbot, commune, settings, tmp_path):
    """The problems cell shows its first line: for a refused row that is the error, even when
    a warning (an honorific taken off the name) comes earlier in the row."""
    from desktop.context import LOCAL_ADMIN
    from desktop.office import get_office
    from ui.dialogs.import_dialog import ImportDialog
    from ui.tasks import TaskRunner
    from ui.workspace import Workspace

    runner = TaskRunner(dialog_delay_ms=50)
    workspace = Workspace(runner=runner, actor=LOCAL_ADMIN, office=get_office(), settings=settings)
    path = _roster_file(tmp_path / "ds.xlsx", [
        [1, "Ông Lò Văn Páo", "31/02/1980", "Nam", "Tổ trưởng", "Thôn Mới", "0912999000"]])
    dialog = ImportDialog(workspace)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=15000):
        dialog.set_path(path)
    model = dialog.model
    assert model.index(0, model.COL_ACTION).data() == "Không nhận"
    shown = model.index(0, model.COL_PROBLEMS).data()
    assert shown.startswith("Ngày sinh:") and "danh xưng" in shown, shown
    runner.wait(5000)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # QDragEnterEvent(QPoint, ...)
def test_dropping_a_workbook_on_the_window_opens_the_preview(
    qtbot, commune, make_window, answers, tmp_path
):
    window = make_window()
    path = _roster_file(
        tmp_path / "tha.xlsx",
        [[1, "Lò Văn Páo", "01/01/1980", "Nam", "Thành viên", "Thôn 2", "0912999000"]],
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(path)])
    # Qt delivers a drop only to the widget that accepted the drag when it entered
    enter = QDragEnterEvent(
        QPoint(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(QPoint(200, 200)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    dialog = window._import_dialog
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=15000)
    assert dialog.path.text() == path
    assert dialog.model.rowCount() == 1 and dialog.report.count("create") == 1
    # a text file is not taken
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    from ui.dialogs.import_dialog import dropped_spreadsheet

    assert dropped_spreadsheet(other) == ""


@pytest.mark.parametrize(
    "name", ["dimension_whole_sheet", "huge_shared_string_count", "zip_bomb", "random_xls"]
)
def test_a_crafted_file_is_refused_and_the_dialog_stays_open(
    qtbot, commune, answers, settings, tmp_path, name
):
    """Files that used to abort the whole app: the preview says why in Vietnamese, the
    dialog (and the process running this test) stays alive, nothing can be committed."""
    from desktop.context import LOCAL_ADMIN
    from desktop.office import get_office
    from tests.exports.crafted_files import BUILDERS
    from ui.dialogs.import_dialog import ImportDialog
    from ui.tasks import TaskRunner
    from ui.workspace import Workspace

    runner = TaskRunner(dialog_delay_ms=50)
    workspace = Workspace(runner=runner, actor=LOCAL_ADMIN, office=get_office(), settings=settings)
    path = BUILDERS[name](tmp_path)
    dialog = ImportDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.preview_ready, timeout=30000):
        dialog.set_path(str(path))
    assert dialog.isVisible()
    assert dialog.summary.text().startswith("Không nhập được tệp này.")
    assert dialog.notes.isVisible() and "Hãy" in dialog.notes.toPlainText()
    assert not dialog.commit_button.isEnabled()
    assert answers["error"] == []
    runner.wait(5000)
