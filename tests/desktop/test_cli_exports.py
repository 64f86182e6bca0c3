"""The command line: export-roster, export-training, export-report, export-template and
import-roster (exit codes, Vietnamese row-by-row messages, nothing written when refused)."""

from __future__ import annotations

import openpyxl
import pytest

from desktop.cli import main
from tests.conftest import PG_URL
from tests.desktop.export_fixtures import area, roster  # noqa: F401
from tests.desktop.test_roster_import import counts, simple_file


@pytest.fixture
def target(roster):
    from db.connection import is_postgres

    return PG_URL if is_postgres(roster.db) else roster.db.database


def run(target, *args) -> int:
    return main(["--db", target, *args])


def test_exports_by_unit_code(roster, target, tmp_path, capsys):
    out = tmp_path / "ds.xlsx"
    assert run(target, "export-roster", "-o", str(out), "--unit", "06100") == 0
    assert "Đã ghi 11 thành viên vào" in capsys.readouterr().out
    wb = openpyxl.load_workbook(out)
    assert wb.active.title == "Danh sách"
    assert run(target, "export-report", "-o", str(tmp_path / "bc.xlsx"), "--unit", "20") == 0
    assert "Đã ghi báo cáo 2 xã/phường" in capsys.readouterr().out
    assert run(target, "export-training", "-o", str(tmp_path / "th.xlsx"), "--by", "person") == 0
    assert "Đã ghi 11 người" in capsys.readouterr().out
    assert run(target, "export-template", "-o", str(tmp_path / "m.xlsx")) == 0
    assert openpyxl.load_workbook(tmp_path / "m.xlsx").sheetnames == [
        "Danh sách",
        "Hướng dẫn",
        "Danh mục",
    ]


def test_export_refusals_exit_1(roster, target, tmp_path, capsys):
    assert run(target, "export-roster", "-o", str(tmp_path / "x.xlsx"), "--citizen-id") == 1
    assert "CCCD" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()
    assert run(target, "export-roster", "-o", str(tmp_path / "x.xlsx"), "--unit", "99999") == 1
    assert "Không có đơn vị hành chính mã 99999" in capsys.readouterr().err
    assert run(target, "export-roster") == 2  # -o is required: wrong usage


def test_import_refused_rows_exit_1_and_nothing_is_written(roster, target, tmp_path, capsys):
    path = simple_file(
        tmp_path / "bad.xlsx",
        [
            [1, "Lò Văn Páo", "01/01/1980", "Nam", "Thành viên", "Thôn 2", "0912999000"],
            [2, "Lê Văn Tám", "01/01/1988", "Nam", "Thành viên", "Thôn 2", "0912999001"],
            [3, "Cầm Thị Ơn", "1990", "Nữ", "Thành viên", "Thôn 2", "12345"],
        ],
    )
    before = counts()
    report = tmp_path / "loi.xlsx"
    assert run(target, "import-roster", str(path), "--report", str(report)) == 1
    captured = capsys.readouterr()
    assert "Trang tính 'Danh sách', dòng 6, cột G (Số điện thoại): Lỗi: " in captured.out
    assert "3 dòng thành viên, 2 thêm mới, 0 cập nhật, 0 không đổi, 1 không nhận." in captured.out
    assert "chưa ghi gì" in captured.err
    assert counts() == before
    assert openpyxl.load_workbook(report).sheetnames == ["Lỗi", "Danh sách"]
    # skipping the refused row explicitly writes the others
    assert run(target, "import-roster", str(path), "--skip-refused") == 0
    assert counts()["membership"] == before["membership"] + 2


def test_import_dry_run_then_commit(roster, target, tmp_path, capsys):
    path = simple_file(
        tmp_path / "ok.xlsx",
        [
            [1, "Lò Văn Páo", "01/01/1980", "Nam", "Tổ trưởng", "Thôn Mới", "0912999000"],
            [2, "Lò Thị Pọm", "01/01/1988", "Nữ", "Thành viên", "Thôn Mới", "0912999001"],
        ],
    )
    before = counts()
    assert run(target, "import-roster", str(path), "--dry-run", "--unit", "06100") == 0
    out = capsys.readouterr().out
    assert "Chạy thử: chưa ghi gì" in out and "Tạo mới 1 thôn/tổ dân phố" in out
    assert counts() == before
    assert run(target, "import-roster", str(path), "--errors-only") == 0
    out = capsys.readouterr().out
    assert "Đã ghi vào cơ sở dữ liệu." in out and "Cảnh báo" not in out
    assert counts()["membership"] == before["membership"] + 2
    assert run(target, "import-roster", str(path)) == 0
    assert "Không có thay đổi nào cần ghi." in capsys.readouterr().out


def test_import_of_an_unreadable_file_exits_1(roster, target, tmp_path, capsys):
    path = tmp_path / "ds.xlsx"
    path.write_text("Họ và tên;Ngày sinh\nA;B\n", encoding="utf-8")
    assert run(target, "import-roster", str(path)) == 1
    captured = capsys.readouterr()
    assert "Tệp: Lỗi: Tệp không phải bảng tính Excel" in captured.out
    assert "Không nhập được tệp này." in captured.err
