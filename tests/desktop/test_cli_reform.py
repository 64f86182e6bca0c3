"""The command line: ``reform --plan -o``, the clerk's placements in the workbook, ``reform
--apply`` (exit 1 and nothing written while villages are left), ``reform --undo``."""
from __future__ import annotations

import openpyxl
import pytest

from desktop.cli import main
from exports import reform_xlsx as x
from tests.desktop.test_reform import build_dinh_lap


@pytest.fixture
def target(sqlite_db):
    build_dinh_lap()
    return sqlite_db.database


def run(target, *args) -> int:
    return main(["--db", target, *args])


def fill_placements(path, *, leave: int = 0) -> list[int]:
    """Pick the first suggested new commune for each village, as a clerk would in Excel;
    ``leave`` rows at the end stay blank. Returns the ids left blank."""
    wb = openpyxl.load_workbook(path)
    ws = wb[x.PLACE_SHEET]
    header = [c.value for c in ws[1]]
    id_col = header.index(x.ID_HEADING) + 1
    choice = header.index(x.CHOICE_HEADING) + 1
    suggested = header.index("Xã mới theo bảng chuyển đổi") + 1
    rows = list(range(2, ws.max_row + 1))
    left = []
    for r in rows[: len(rows) - leave]:
        ws.cell(r, choice).value = ws.cell(r, suggested).value.split(" - ")[0]
    for r in rows[len(rows) - leave:]:
        left.append(ws.cell(r, id_col).value)
    wb.save(path)
    return left


def test_plan_apply_undo_from_the_command_line(target, tmp_path, capsys):
    plan = tmp_path / "ke-hoach.xlsx"
    assert run(target, "reform", "--plan", "-o", str(plan)) == 0
    out = capsys.readouterr().out
    assert "06622 Xã Bính Xá -> 06613 Xã Đình Lập, 06625 Xã Kiên Mộc" in out
    assert "Đã ghi kế hoạch" in out
    wb = openpyxl.load_workbook(plan)
    assert wb.sheetnames == [x.SUMMARY_SHEET, x.COMMUNES_SHEET, x.PLACE_SHEET, x.TARGETS_SHEET]
    assert wb[x.COMMUNES_SHEET].max_row == 13  # header + 12 old communes
    assert wb[x.PLACE_SHEET].data_validations.dataValidation  # a drop-down of candidates

    # half placed: refused, the villages left are named, nothing written
    left = fill_placements(plan, leave=1)
    assert run(target, "reform", "--apply", str(plan)) == 1
    err = capsys.readouterr().err
    assert "Còn 1 thôn" in err and "Chưa thay đổi gì" in err
    from db.office import get_office

    assert get_office().catalogue == "pre2025"
    assert left

    fill_placements(plan)
    assert run(target, "reform", "--apply", str(plan)) == 0
    out = capsys.readouterr().out
    assert "Đã chuyển" in out and "hoàn tác: reform --undo" in out
    assert get_office().catalogue == "2025"
    assert run(target, "reform", "--apply", str(plan)) == 0  # again: harmless
    assert "không thay đổi gì" in capsys.readouterr().out

    assert run(target, "reform", "--undo") == 0
    assert "Đã hoàn tác" in capsys.readouterr().out
    assert get_office().catalogue == "pre2025"
    assert run(target, "reform", "--undo") == 1
    assert "không có gì để hoàn tác" in capsys.readouterr().err


def test_bad_plan_files_and_usage(target, tmp_path, capsys):
    assert run(target, "reform") == 2
    assert run(target, "reform", "--plan", "--undo") == 2
    assert run(target, "reform", "--apply", str(tmp_path / "none.xlsx")) == 1
    assert "Không đọc được tệp kế hoạch" in capsys.readouterr().err
    plan = tmp_path / "p.xlsx"
    assert run(target, "reform", "--plan", "--quiet", "-o", str(plan)) == 0
    wb = openpyxl.load_workbook(plan)
    ws = wb[x.PLACE_SHEET]
    ws.cell(2, 7).value = "Đình Lập"
    wb.save(plan)
    assert run(target, "reform", "--apply", str(plan)) == 1
    err = capsys.readouterr().err
    assert "dòng 2" in err and "không phải mã xã" in err


def test_a_viewer_may_not_apply(target, tmp_path, capsys, monkeypatch):
    from desktop.context import Actor

    viewer = Actor(user_id=None, username="xem", role="viewer")
    monkeypatch.setattr("desktop.cli.app.cli_actor", lambda args: viewer)
    plan = tmp_path / "p.xlsx"
    assert run(target, "reform", "--plan", "--quiet", "-o", str(plan)) == 0
    capsys.readouterr()
    assert run(target, "reform", "--apply", str(plan)) == 1
    assert "Chỉ quản trị viên" in capsys.readouterr().err
    assert run(target, "reform", "--undo") == 1


def _placed(target, tmp_path):
    plan = tmp_path / "p.xlsx"
    assert run(target, "reform", "--plan", "--quiet", "-o", str(plan)) == 0
    fill_placements(plan)
    assert run(target, "reform", "--apply", str(plan)) == 0


def test_reports_come_out_by_new_commune_with_the_old_one(target, tmp_path, capsys):
    _placed(target, tmp_path)
    report = tmp_path / "bc.xlsx"
    assert run(target, "export-report", "-o", str(report), "--old-commune") == 0
    ws = openpyxl.load_workbook(report)["Báo cáo"]
    texts = [str(c.value) for row in ws.iter_rows() for c in row if c.value]
    assert any(t.startswith("Từ: ") and "Xã Bính Xá" in t for t in texts)
    assert "Xã Đình Lập" in texts and "Xã Bính Xá" not in texts  # rows are the new communes

    roster = tmp_path / "ds.xlsx"
    assert run(target, "export-roster", "-o", str(roster), "--old-commune") == 0
    ws = openpyxl.load_workbook(roster).active
    header = next(r for r in ws.iter_rows(values_only=True) if r and r[0] == "STT")
    commune, old = header.index("Xã/Phường"), header.index("Xã cũ (trước 01/7/2025)")
    rows = [r for r in ws.iter_rows(values_only=True)
            if r and isinstance(r[0], int) and r[commune]]
    assert rows and all(r[old] for r in rows)
    assert "Xã Bính Xá" not in {r[commune] for r in rows}  # a member's commune is the new one
    assert "Xã Bính Xá" in {r[old] for r in rows}
    assert run(target, "export-roster", "-o", str(roster)) == 0  # without: no such column
    ws = openpyxl.load_workbook(roster).active
    header = next(r for r in ws.iter_rows(values_only=True) if r and r[0] == "STT")
    assert "Xã cũ (trước 01/7/2025)" not in header


def test_the_province_report_compares_before_and_after(target, tmp_path, capsys):
    _placed(target, tmp_path)
    out = tmp_path / "so-sanh.xlsx"
    assert run(target, "reform", "--compare", "-o", str(out)) == 0
    ws = openpyxl.load_workbook(out)[x.COMPARISON_SHEET]
    values = [r for r in ws.iter_rows(values_only=True)]
    before = next(r for r in values if r[1] == "TỔNG CỘNG theo xã cũ (trước)")
    after = next(r for r in values if r[1] == "TỔNG CỘNG theo xã mới (sau)")
    assert before[3:] == after[3:] and after[3] > 0
    olds = {r[2] for r in values if r[2]}
    assert {"Xã Bính Xá", "Xã Kiên Mộc", "Xã Bắc Xa"} <= olds
    assert any("khớp nhau" in str(r[0]) for r in values if r[0])
    assert run(target, "reform", "--compare") == 1  # -o is needed


def test_kien_toan_decisions_from_the_command_line(target, tmp_path, capsys):
    _placed(target, tmp_path)
    out = tmp_path / "qd"
    assert run(target, "reform", "--decisions", "--date", "15/08/2025",
               "--out-dir", str(out)) == 1
    assert "Nghị quyết" in capsys.readouterr().err
    assert run(target, "reform", "--settings", "--resolution", "1672/NQ-UBTVQH15",
               "--resolution-date", "16/06/2025", "--chair", "06625", "Lương Văn Mộc") == 0
    printed = capsys.readouterr().out
    assert "1672/NQ-UBTVQH15 ngày 16/06/2025" in printed
    assert "06625 Xã Kiên Mộc: Chủ tịch Lương Văn Mộc" in printed
    assert run(target, "reform", "--decisions", "--date", "15/08/2025", "--commune", "06625",
               "--out-dir", str(out)) == 1
    assert "thôn trùng tên" in capsys.readouterr().err
    assert run(target, "reform", "--rename-same-names") == 0
    assert "Thôn 1 -> " not in capsys.readouterr().out  # "Thôn 1 (Xã ...) -> Thôn 1 ..."
    assert run(target, "reform", "--decisions", "--date", "15/08/2025", "--commune", "06625",
               "--out-dir", str(out)) == 0
    printed = capsys.readouterr().out
    assert "Đã ban hành Quyết định số 01/QĐ-UBND ngày 15/8/2025 của Xã Kiên Mộc" in printed
    files = list(out.glob("*.pdf"))
    assert len(files) == 1 and files[0].read_bytes()[:4] == b"%PDF"
    assert run(target, "reform", "--decisions", "--date", "15/08/2025",
               "--out-dir", str(out)) == 1  # the other communes have no Chairman yet
    assert "Chưa có họ tên Chủ tịch" in capsys.readouterr().err
    assert run(target, "reform", "--decisions", "--date", "15/08/2025", "--commune", "06625",
               "--out-dir", str(out)) == 0  # again: its teams are done, nothing issued
    assert "Tổng cộng 0 quyết định" in capsys.readouterr().out
