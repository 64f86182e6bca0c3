"""The .xlsx writers: roster, training records, statistics report, import template.

Every workbook is written, then reopened with openpyxl and python-calamine and checked cell by
cell: title block and merged ranges, number formats, widths, print set-up, frozen panes, data
validations, user text that looks like a formula staying text, control characters stripped,
leading zeros kept, real dates shown DD/MM/YYYY; cancelling or failing leaves no file; every XML
part parses; and LibreOffice (when installed) converts the files without trouble.
"""
from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import tempfile
import unicodedata
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter, range_boundaries
from python_calamine import CalamineWorkbook

from exports import xlsx_common
from exports.errors import Cancelled, ExportError
from exports.report_xlsx import ReportDocument, ReportRow, ReportSection, write_report
from exports.roster_xlsx import (
    ROSTER_COLUMNS,
    WIDTH_SAMPLE,
    RosterDocument,
    RosterRow,
    RosterSection,
    roster_columns,
    write_roster,
)
from exports.template_xlsx import (
    DATA_SHEET,
    HELP_SHEET,
    LISTS_SHEET,
    write_import_template,
)
from exports.training_xlsx import (
    CourseAttendee,
    CourseRecordsDocument,
    PersonRecordsDocument,
    PersonTraining,
    TrainingCourse,
    TrainingEntry,
    write_course_records,
    write_person_records,
)
from exports.xlsx_common import (
    clean_text,
    text_width,
    vn_decimal,
    vn_long_date,
    vn_percent,
)

BODY = ["UBND huyện Cao Lộc", "Ủy ban nhân dân xã Hợp Thành"]
TITLE = "DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG XÃ HỢP THÀNH"
DAY = dt.date(2026, 3, 5)
TRICKY_NAMES = ["=SUM(A1)", "+84 912", "@x", "-1+2", "#N/A", "=HYPERLINK(\"http://x\")"]


@pytest.fixture(autouse=True)
def private_tempdir(tmp_path, monkeypatch):
    """openpyxl streams write-only sheets through files in the temp folder: point it at a folder
    of the test's own so the tests can check nothing is left there."""
    d = tmp_path / "systmp"
    d.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(d))
    return d


def members() -> list:
    return [
        RosterSection("commune", "XÃ HỢP THÀNH"),
        RosterSection("village", "Thôn Nà Sla"),
        RosterRow("Hoàng Văn Dũng", dt.date(1985, 3, 5), "Nam", "Tày", "Trưởng thôn",
                  "Tổ trưởng", "Nà Sla", "Hợp Thành", "0912345678", "dung.hv@gmail.com", True,
                  "", "008085001234"),
        RosterRow("Nông Thị Hoà", 1990, "Nữ", "Nùng", "Bí thư chi đoàn", "Tổ phó", "Nà Sla",
                  "Hợp Thành", "0387654321", "", "12/2025", "Dòng 1\r\nDòng 2",
                  "008190004321"),
        RosterRow("Lương Văn\x0b Tùng\x00\x1f", dt.date(2001, 12, 31), "Nam", "Tày",
                  "Nhân viên VNPT", "Thành viên", "Nà Sla", "Hợp Thành", "0203 3812 345",
                  "", False, "", "001201000111"),
        # decomposed (NFD) input
        RosterRow(unicodedata.normalize("NFD", "Triệu Thị Phượng"), None, "Nữ", "Dao",
                  "", "Thành viên", "Nà Sla", "Hợp Thành", "0845123456"),
        RosterSection("village", "Thôn Khòn Pạt"),
        *[RosterRow(name, dt.date(1999, 1, 2), "Nam", "Kinh", "", "Thành viên", "Khòn Pạt",
                    "Hợp Thành", "0999000111", "", False, name, "000000000001")
          for name in TRICKY_NAMES],
    ]


def roster_doc(items=None, include_citizen_id=True, **kw) -> RosterDocument:
    return RosterDocument(
        issuing_body_lines=BODY, place="Hợp Thành", date=DAY, title=TITLE,
        subtitle="(Kèm theo Quyết định số 15/QĐ-UBND ngày 05 tháng 3 năm 2026)",
        include_citizen_id=include_citizen_id,
        sections=members() if items is None else items, **kw)


def find_row(ws, text, column=1):
    for row in ws.iter_rows(min_col=column, max_col=column):
        if row[0].value == text:
            return row[0].row
    raise AssertionError(f"{text!r} not found in column {column}")


def merged(ws) -> set[str]:
    return {str(r) for r in ws.merged_cells.ranges}


def xml_parts_parse(path: Path) -> None:
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
        for name in z.namelist():
            if name.endswith((".xml", ".rels")):
                ET.fromstring(z.read(name))          # raises on malformed XML


def sheet_xml(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        return [z.read(n).decode("utf-8") for n in z.namelist()
                if n.startswith("xl/worksheets/sheet")]


def no_leftovers(folder: Path, keep: tuple[str, ...] = ()) -> None:
    assert sorted(p.name for p in folder.iterdir() if p.name not in keep) == []


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------

def test_vietnamese_percent_and_numbers():
    assert vn_percent(191, 200) == "95,5%"
    assert vn_percent(1, 3) == "33,3%"
    assert vn_percent(2, 3) == "66,7%"
    assert vn_percent(1, 16) == "6,3%"          # 6.25 rounds half up, not to even
    assert vn_percent(5, 5) == "100%"
    assert vn_percent(1, 2) == "50%"
    assert vn_percent(0, 7) == "0%"
    assert vn_percent(3, 0) == ""
    assert vn_percent(None, 5) == ""
    assert vn_decimal(1234.5) == "1.234,5"
    assert vn_decimal(1234567) == "1.234.567"
    assert vn_decimal(-0.04) == "0"


def test_long_date_line_follows_nd30():
    assert vn_long_date(DAY, "Hợp Thành") == "Hợp Thành, ngày 05 tháng 3 năm 2026"
    assert vn_long_date(dt.date(2026, 1, 9), "Lạng Sơn") == "Lạng Sơn, ngày 09 tháng 01 năm 2026"
    assert vn_long_date(dt.date(2026, 2, 28), "X") == "X, ngày 28 tháng 02 năm 2026"
    assert vn_long_date(dt.date(2025, 12, 25), "X") == "X, ngày 25 tháng 12 năm 2025"


def test_clean_text():
    assert clean_text("Lương Văn\x0b Tùng\x00") == "Lương Văn Tùng"
    assert clean_text("  a \t b\u00a0 c\n") == "a b c"
    assert clean_text("x\x7f\x85\ufffey") == "xy"
    assert clean_text(unicodedata.normalize("NFD", "Hòa")) == "Hòa"
    assert len(clean_text("Hòa")) == 3
    assert clean_text("a\r\n\r\n b \rc", multiline=True) == "a\nb\nc"
    assert clean_text(None) == ""
    assert clean_text(12) == "12"
    assert len(clean_text("x" * 40000)) == 32767


def test_text_width_ignores_diacritics_but_not_capitals():
    assert text_width("Nguyễn Thị Hương") == pytest.approx(text_width("Nguyen Thi Huong"))
    assert text_width("ĐỒNG") > text_width("đồng")
    assert text_width("") == 0


def test_errors_carry_code_and_params():
    e = Cancelled({"done": 3})
    assert isinstance(e, ExportError)
    assert e.code == "cancelled" and e.message_params == {"done": 3}
    assert "hủy" in e.message()
    e = ExportError("target_locked", {"path": "C:/x.xlsx"})
    assert "C:/x.xlsx" in e.message()


# --------------------------------------------------------------------------------------------
# Roster
# --------------------------------------------------------------------------------------------

def test_roster_layout_and_values(tmp_path):
    path = write_roster(tmp_path / "ds.xlsx", roster_doc())
    assert path == tmp_path / "ds.xlsx"
    no_leftovers(tmp_path, keep=("ds.xlsx", "systmp"))
    wb = load_workbook(path)
    assert wb.sheetnames == ["Danh sách"]
    ws = wb["Danh sách"]
    cols = roster_columns(True)
    n = len(cols)
    last = get_column_letter(n)

    # title block: issuing body upper case on the left, motto on the right, merged
    assert ws["A1"].value == "UBND HUYỆN CAO LỘC"
    assert ws["A1"].font.bold is False
    assert ws["A2"].value == "ỦY BAN NHÂN DÂN XÃ HỢP THÀNH"
    assert ws["A2"].font.bold and ws["A2"].font.name == "Times New Roman"
    m = merged(ws)
    left = next(r for r in m if r.startswith("A1:"))
    right_col = range_boundaries(left)[2] + 1
    motto = ws.cell(1, right_col)
    assert motto.value == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and motto.font.bold
    assert f"{motto.coordinate}:{last}1" in m
    assert ws.cell(2, right_col).value == "Độc lập - Tự do - Hạnh phúc"
    assert ws.cell(2, right_col).font.underline == "single"
    date_row = find_row(ws, "Hợp Thành, ngày 05 tháng 3 năm 2026", right_col)
    assert ws.cell(date_row, right_col).font.italic
    title_row = find_row(ws, TITLE)
    assert ws.cell(title_row, 1).font.bold and ws.cell(title_row, 1).font.size == 14
    assert f"A{title_row}:{last}{title_row}" in m
    assert ws.cell(title_row + 1, 1).value.startswith("(Kèm theo Quyết định")

    # header
    h = find_row(ws, "STT")
    assert [c.value for c in ws[h]][:n] == [c.heading for c in cols]
    assert [c.heading for c in cols][:3] == ["STT", "Họ và tên", "Số CCCD"]
    assert ws.cell(h, 2).font.bold and ws.cell(h, 2).fill.fgColor.rgb.endswith("D9D9D9")
    assert ws.cell(h, 2).border.left.style == "thin"

    # sections merged across, Roman for the top level, numbers for the next, STT restarting
    assert ws.cell(h + 1, 1).value == "I. XÃ HỢP THÀNH"
    assert ws.cell(h + 2, 1).value == "1. Thôn Nà Sla"
    assert {f"A{h + 1}:{last}{h + 1}", f"A{h + 2}:{last}{h + 2}"} <= m
    assert ws.cell(h + 1, 1).font.bold
    assert [ws.cell(h + 3 + i, 1).value for i in range(4)] == [1, 2, 3, 4]
    k = find_row(ws, "2. Thôn Khòn Pạt")
    assert f"A{k}:{last}{k}" in m
    assert ws.cell(k + 1, 1).value == 1

    idx = {c.key: i + 1 for i, c in enumerate(cols)}
    r = h + 3
    cell = lambda row, key: ws.cell(row, idx[key])
    # real dates shown DD/MM/YYYY
    assert cell(r, "birth").value == dt.datetime(1985, 3, 5)
    assert cell(r, "birth").is_date and cell(r, "birth").number_format == "DD/MM/YYYY"
    # a year alone is the text "1990"
    assert cell(r + 1, "birth").value == "1990" and cell(r + 1, "birth").data_type == "s"
    # phones and IDs: text, leading zeros kept
    assert cell(r, "phone").value == "0912345678"
    assert cell(r, "phone").data_type == "s" and cell(r, "phone").number_format == "@"
    assert cell(r, "citizen_id").value == "008085001234"
    assert cell(r, "citizen_id").number_format == "@"
    assert cell(r + 2, "phone").value == "0203 3812 345"
    # trained: True → x, text kept, False → empty
    assert cell(r, "trained").value == "x"
    assert cell(r + 1, "trained").value == "12/2025"
    assert cell(r + 2, "trained").value is None
    # notes keep line breaks; control characters stripped; NFD → NFC
    assert cell(r + 1, "note").value == "Dòng 1\nDòng 2"
    assert cell(r + 2, "full_name").value == "Lương Văn Tùng"
    assert cell(r + 3, "full_name").value == "Triệu Thị Phượng"
    assert unicodedata.is_normalized("NFC", cell(r + 3, "full_name").value)
    # borders on every data cell, Times New Roman 12
    assert cell(r, "email").border.bottom.style == "thin"
    assert cell(r, "full_name").font.name == "Times New Roman" and cell(r, "full_name").font.sz == 12

    # signature area
    sig = find_row(ws, "Người lập biểu")
    assert ws.cell(sig, right_col).value == "THỦ TRƯỞNG ĐƠN VỊ"
    assert ws.cell(sig, right_col).font.bold
    assert ws.cell(sig + 1, 1).value == "(Ký, ghi rõ họ tên)"


def test_roster_formula_like_text_stays_text(tmp_path):
    path = write_roster(tmp_path / "ds.xlsx", roster_doc())
    ws = load_workbook(path)["Danh sách"]
    name_col = 2
    found = {}
    for row in ws.iter_rows(min_col=name_col, max_col=name_col):
        c = row[0]
        if c.value in TRICKY_NAMES:
            found[c.value] = c
    assert set(found) == set(TRICKY_NAMES)
    for text, c in found.items():
        assert c.data_type == "s", text
        assert c.quotePrefix == text.startswith(("=", "+", "-", "@")), text
    # the note column repeats them; check the raw XML holds no formula at all
    for xml in sheet_xml(path):
        assert "<f>" not in xml and "<f " not in xml
        assert 't="e"' not in xml
        assert "=SUM(A1)" in xml
    # calamine sees strings too
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Danh sách").to_python()
    names = {r[1] for r in rows if len(r) > 1}
    assert set(TRICKY_NAMES) <= names


def test_roster_print_setup_and_widths(tmp_path):
    path = write_roster(tmp_path / "ds.xlsx", roster_doc())
    ws = load_workbook(path)["Danh sách"]
    h = find_row(ws, "STT")
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9
    assert int(ws.page_setup.fitToWidth) == 1
    assert int(ws.page_setup.fitToHeight) == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.print_title_rows == f"${h}:${h}"
    assert ws.freeze_panes == f"C{h + 1}"
    assert ws.page_margins.left == pytest.approx(30 / 25.4)
    assert ws.page_margins.right == pytest.approx(15 / 25.4)
    assert ws.page_margins.top == pytest.approx(20 / 25.4)
    assert ws.print_options.horizontalCentered
    # page numbers centred at the top, not on page 1 (ND 30)
    assert ws.HeaderFooter.differentFirst
    assert "&P" in ws.oddHeader.center.text
    cols = roster_columns(True)
    widths = {c.key: ws.column_dimensions[get_column_letter(i)].width
              for i, c in enumerate(cols, 1)}
    for c in cols:
        assert c.min_width <= widths[c.key] <= max(c.max_width, 20), c.key
    # the longest name fits on one line, the date and the 12-digit ID too
    assert widths["full_name"] >= text_width("Triệu Thị Phượng") + 1
    assert widths["citizen_id"] >= text_width("008085001234") + 1
    assert widths["birth"] >= text_width("05/03/1985") + 1
    # the workbook's default font is Times New Roman 12 (width units are its digits)
    wb = load_workbook(path)
    assert wb._fonts[0].name == "Times New Roman" and wb._fonts[0].sz == 12


def test_roster_wrapped_rows_get_taller(tmp_path):
    long_position = "Phó Trưởng Công an xã kiêm Bí thư Chi đoàn Thanh niên thôn Nà Sla"
    items = [RosterRow("Nguyễn Văn An", position=long_position),
             RosterRow("Lê Thị Bình", note="một\nhai\nba"),
             RosterRow("Trần Văn Cường")]
    path = write_roster(tmp_path / "ds.xlsx", roster_doc(items, include_citizen_id=False))
    ws = load_workbook(path)["Danh sách"]
    r = find_row(ws, "Nguyễn Văn An", 2)
    assert ws.row_dimensions[r].height >= 30
    assert ws.row_dimensions[r + 1].height >= 45
    assert ws.row_dimensions[r + 2].height is None      # sheet default: one line
    assert ws.sheet_format.defaultRowHeight >= 15.75


def test_roster_without_citizen_id_and_sections(tmp_path):
    items = [RosterRow(f"Người số {i}", phone=f"09{i:08d}") for i in range(1, 6)]
    path = write_roster(tmp_path / "ds.xlsx", roster_doc(items, include_citizen_id=False))
    ws = load_workbook(path)["Danh sách"]
    h = find_row(ws, "STT")
    headings = [c.value for c in ws[h] if c.value]
    assert "Số CCCD" not in headings
    assert headings == [c.heading for c in ROSTER_COLUMNS if c.key != "citizen_id"]
    assert [ws.cell(h + i, 1).value for i in range(1, 6)] == [1, 2, 3, 4, 5]
    assert ws.cell(h + 1, 10).value == "0900000001"


def test_village_only_roster_numbers_villages_in_roman(tmp_path):
    items = [RosterSection("village", "Thôn Bản Ổ"), RosterRow("A"),
             RosterSection("village", "Thôn Nà Sla"), RosterRow("B")]
    ws = load_workbook(write_roster(tmp_path / "ds.xlsx", roster_doc(items)))["Danh sách"]
    find_row(ws, "I. Thôn Bản Ổ")
    find_row(ws, "II. Thôn Nà Sla")


def test_roster_streams_a_generator_and_reports_progress(tmp_path):
    produced = [0]
    total = 3000

    def gen():
        for i in range(total):
            if i % 100 == 0:
                yield RosterSection("village", f"Thôn {i // 100 + 1}")
            produced[0] += 1
            yield RosterRow(f"Thành viên {i}", dt.date(1990, 1, 1) + dt.timedelta(days=i),
                            phone=f"0{i:09d}")

    seen = []

    def progress(done, tot):
        # never more than the width sample ahead of what is written: nothing is materialised
        assert produced[0] <= done + WIDTH_SAMPLE
        seen.append((done, tot))

    path = write_roster(tmp_path / "big.xlsx", roster_doc(gen()), progress=progress)
    assert seen[0] == (0, 0) and seen[-1] == (total, 0)
    assert len(seen) > 3
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Danh sách").to_python()
    data = [r for r in rows if isinstance(r[0], float)]
    assert len(data) == total
    assert data[-1][1] == f"Thành viên {total - 1}"
    assert data[0][2] == ""                            # no citizen ID given
    assert data[0][10] == "0000000000"                 # phone, leading zeros kept
    assert isinstance(data[0][3], dt.date)
    # a list has a length: the total is known
    seen.clear()
    write_roster(tmp_path / "small.xlsx", roster_doc(), progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (len([x for x in members() if isinstance(x, RosterRow)]),) * 2


def test_roster_cancel_leaves_no_file(tmp_path, private_tempdir):
    calls = [0]

    def cancelled():
        calls[0] += 1
        return calls[0] > 2

    def gen():
        for i in range(5000):
            yield RosterRow(f"Người {i}")

    target = tmp_path / "ds.xlsx"
    with pytest.raises(Cancelled) as info:
        write_roster(target, roster_doc(gen()), cancelled=cancelled)
    assert info.value.code == "cancelled"
    assert not target.exists()
    no_leftovers(tmp_path, keep=("systmp",))
    no_leftovers(private_tempdir)


def test_cancel_keeps_an_existing_file_untouched(tmp_path, private_tempdir):
    target = tmp_path / "ds.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(Cancelled):
        write_roster(target, roster_doc(), cancelled=lambda: True)
    assert target.read_bytes() == b"old"
    no_leftovers(tmp_path, keep=("systmp", "ds.xlsx"))
    no_leftovers(private_tempdir)


def test_error_while_streaming_leaves_no_file(tmp_path, private_tempdir):
    def gen():
        for i in range(WIDTH_SAMPLE + 700):
            yield RosterRow(f"Người {i}")
        raise RuntimeError("database went away")

    target = tmp_path / "ds.xlsx"
    with pytest.raises(RuntimeError, match="database went away"):
        write_roster(target, roster_doc(gen()))
    assert not target.exists()
    no_leftovers(tmp_path, keep=("systmp",))
    no_leftovers(private_tempdir)


def test_bad_item_type_leaves_no_file(tmp_path, private_tempdir):
    with pytest.raises(TypeError):
        write_roster(tmp_path / "ds.xlsx", roster_doc([RosterRow("A"), {"full_name": "B"}]))
    no_leftovers(tmp_path, keep=("systmp",))
    no_leftovers(private_tempdir)


def test_failing_save_and_locked_target(tmp_path, private_tempdir, monkeypatch):
    target = tmp_path / "ds.xlsx"

    def locked(src, dst):
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(xlsx_common.os, "replace", locked)
    with pytest.raises(ExportError) as info:
        write_roster(target, roster_doc())
    assert info.value.code == "target_locked"
    assert info.value.message_params["path"] == str(target)
    monkeypatch.undo()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tempdir))
    assert not target.exists()
    no_leftovers(tmp_path, keep=("systmp",))
    no_leftovers(private_tempdir)

    with pytest.raises(ExportError) as info:
        write_roster(tmp_path / "missing" / "ds.xlsx", roster_doc())
    assert info.value.code == "file.not_found"
    no_leftovers(private_tempdir)


# --------------------------------------------------------------------------------------------
# Training records
# --------------------------------------------------------------------------------------------

def course_doc() -> CourseRecordsDocument:
    c1 = TrainingCourse(
        "Kỹ năng số cơ bản; hướng dẫn VNeID và dịch vụ công trực tuyến",
        "Sở Khoa học và Công nghệ tỉnh Lạng Sơn", "Trực tiếp", dt.date(2026, 3, 2),
        dt.date(2026, 3, 4), "Hội trường UBND xã Hợp Thành",
        [CourseAttendee("Hoàng Văn Dũng", "Thôn Nà Sla, xã Hợp Thành", "Đạt",
                        dt.date(2026, 3, 4), "0012/CN-KHCN", dt.date(1985, 3, 5), "Nam",
                        "Tổ trưởng"),
         CourseAttendee("Nông Thị Hoà", "Thôn Khòn Pạt", "Giỏi", dt.date(2026, 3, 4),
                        "0013", 1990, "Nữ", "Tổ phó", "Học bù\nbuổi 2"),
         CourseAttendee("=1+1", "@Thôn", "-", None, "+0014")],
        sheet_title="Kỹ năng số [03/2026]")
    c2 = TrainingCourse("An toàn thông tin", "Trung tâm CĐS", "Trực tuyến",
                        dt.date(2026, 4, 10))
    return CourseRecordsDocument(BODY, "Hợp Thành", DAY, [c1, c2])


def test_course_records(tmp_path):
    path = write_course_records(tmp_path / "khoa.xlsx", course_doc())
    wb = load_workbook(path)
    # "[", "]" and "/" are not allowed in sheet names
    assert wb.sheetnames == ["Kỹ năng số 03 2026", "An toàn thông tin"]
    ws = wb.worksheets[0]
    assert ws["A1"].value == "UBND HUYỆN CAO LỘC"
    find_row(ws, "DANH SÁCH HỌC VIÊN THAM GIA TẬP HUẤN")
    find_row(ws, "Khóa tập huấn: Kỹ năng số cơ bản; hướng dẫn VNeID và dịch vụ công trực tuyến")
    find_row(ws, "Đơn vị tổ chức: Sở Khoa học và Công nghệ tỉnh Lạng Sơn; Hình thức: Trực tiếp")
    find_row(ws, "Thời gian: từ ngày 02/03/2026 đến ngày 04/03/2026; "
                 "Địa điểm: Hội trường UBND xã Hợp Thành")
    h = find_row(ws, "STT")
    assert [c.value for c in ws[h]] == ["STT", "Họ và tên", "Ngày sinh", "Giới tính",
                                        "Đơn vị (thôn, xã)", "Vai trò trong Tổ", "Kết quả",
                                        "Ngày hoàn thành", "Số chứng nhận", "Ghi chú"]
    r1 = [c for c in ws[h + 1]]
    assert r1[0].value == 1 and r1[1].value == "Hoàng Văn Dũng"
    assert r1[2].value == dt.datetime(1985, 3, 5) and r1[2].number_format == "DD/MM/YYYY"
    assert r1[7].value == dt.datetime(2026, 3, 4) and r1[7].number_format == "DD/MM/YYYY"
    assert r1[8].value == "0012/CN-KHCN" and r1[8].number_format == "@"
    r2 = [c for c in ws[h + 2]]
    assert r2[2].value == "1990" and r2[8].value == "0013" and r2[9].value == "Học bù\nbuổi 2"
    r3 = [c for c in ws[h + 3]]
    assert (r3[1].value, r3[1].data_type, r3[1].quotePrefix) == ("=1+1", "s", True)
    assert (r3[4].value, r3[6].value, r3[8].value) == ("@Thôn", "-", "+0014")
    assert ws.print_title_rows == f"${h}:${h}" and ws.freeze_panes == f"C{h + 1}"
    assert ws.page_setup.orientation == "landscape"
    # a course without attendees says so
    ws2 = wb.worksheets[1]
    find_row(ws2, "Thời gian: ngày 10/04/2026")
    h2 = find_row(ws2, "STT")
    assert ws2.cell(h2 + 1, 1).value == "(Chưa có học viên)"
    for xml in sheet_xml(path):
        assert "<f>" not in xml


def test_course_records_on_one_sheet(tmp_path, monkeypatch):
    """Many courses: one long sheet, a row naming each course, STT per course, courses and
    attendees read from generators once; a second sheet only past Excel's row limit."""
    import exports.training_xlsx as training_xlsx

    base = course_doc()
    read = []

    def courses():
        for course in base.courses:
            read.append(course.name)
            yield TrainingCourse(course.name, course.organiser, course.mode, course.start,
                                 course.end, course.location, iter(list(course.attendees)))

    doc = CourseRecordsDocument(BODY, "Hợp Thành", DAY, courses())
    path = write_course_records(tmp_path / "khoa.xlsx", doc, one_sheet=True)
    assert read == [c.name for c in base.courses]
    wb = load_workbook(path)
    assert wb.sheetnames == ["Danh sách học viên"]
    ws = wb.worksheets[0]
    h = find_row(ws, "STT")
    first = ws.cell(h + 1, 1).value
    assert first.startswith("Khóa tập huấn: Kỹ năng số cơ bản") and "Hình thức: Trực tiếp" in first
    assert [ws.cell(h + r, 1).value for r in (2, 3, 4)] == [1, 2, 3]
    assert ws.cell(h + 2, 2).value == "Hoàng Văn Dũng"
    assert ws.cell(h + 5, 1).value.startswith("Khóa tập huấn: An toàn thông tin")
    assert ws.cell(h + 6, 1).value == "(Chưa có học viên)"
    # Excel's row limit (made small here): the list goes on on a second sheet
    monkeypatch.setattr(training_xlsx, "EXCEL_MAX_ROWS", h + training_xlsx._ROOM_AT_END + 4)
    path = write_course_records(tmp_path / "split.xlsx", course_doc(), one_sheet=True)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Danh sách học viên", "Danh sách học viên (2)"]
    names = [c.value for ws in wb.worksheets for c in ws["B"]]
    assert names.count("Hoàng Văn Dũng") == 1 and "Nông Thị Hoà" in names


def test_course_records_cancel(tmp_path, private_tempdir):
    with pytest.raises(Cancelled):
        write_course_records(tmp_path / "khoa.xlsx", course_doc(), cancelled=lambda: True)
    no_leftovers(tmp_path, keep=("systmp",))
    no_leftovers(private_tempdir)


def person_doc(people=None) -> PersonRecordsDocument:
    if people is None:
        people = [
            PersonTraining("Hoàng Văn Dũng", dt.date(1985, 3, 5), "Thôn Nà Sla, xã Hợp Thành",
                           "Tổ trưởng", [
                               TrainingEntry("Kỹ năng số cơ bản", "Sở KH&CN", "Trực tiếp",
                                             dt.date(2026, 3, 2), dt.date(2026, 3, 4), "Đạt",
                                             dt.date(2026, 3, 4), "0012/CN-KHCN"),
                               TrainingEntry("Nền tảng OneTouch", "Bộ KH&CN", "Trực tuyến",
                                             dt.date(2025, 10, 1), None, "Hoàn thành")]),
            PersonTraining("Nông Thị Hoà", 1990, "Thôn Khòn Pạt", "Tổ phó", []),
        ]
    return PersonRecordsDocument(BODY, "Hợp Thành", DAY, people)


def test_person_records(tmp_path):
    seen = []
    path = write_person_records(tmp_path / "nguoi.xlsx", person_doc(),
                                progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (2, 2)
    ws = load_workbook(path).active
    h = find_row(ws, "STT")
    assert ws.cell(h, 2).value == "Khóa tập huấn"
    label = "1. Hoàng Văn Dũng – sinh 05/03/1985 – Thôn Nà Sla, xã Hợp Thành – Tổ trưởng"
    assert ws.cell(h + 1, 1).value == label
    assert f"A{h + 1}:J{h + 1}" in merged(ws)
    assert ws.cell(h + 2, 1).value == 1 and ws.cell(h + 3, 1).value == 2
    assert ws.cell(h + 2, 5).value == dt.datetime(2026, 3, 2)
    assert ws.cell(h + 2, 5).number_format == "DD/MM/YYYY"
    assert ws.cell(h + 2, 9).value == "0012/CN-KHCN"
    assert ws.cell(h + 4, 1).value == "2. Nông Thị Hoà – sinh năm 1990 – Thôn Khòn Pạt – Tổ phó"
    assert ws.cell(h + 5, 1).value == "Chưa tham gia khóa tập huấn nào."
    assert ws.print_title_rows == f"${h}:${h}"


def test_person_records_from_generator_and_error(tmp_path, private_tempdir):
    def gen():
        for i in range(400):
            yield PersonTraining(f"Người {i}", entries=[TrainingEntry(f"Khóa {i}")])
        raise OSError("disk read failed")

    with pytest.raises(OSError, match="disk read failed"):
        write_person_records(tmp_path / "nguoi.xlsx", person_doc(gen()))
    no_leftovers(tmp_path, keep=("systmp",))
    no_leftovers(private_tempdir)


# --------------------------------------------------------------------------------------------
# Statistics report
# --------------------------------------------------------------------------------------------

def report_doc(items=None) -> ReportDocument:
    if items is None:
        items = [
            ReportSection("Huyện Cao Lộc"),
            ReportRow("Xã Hợp Thành", 12, 12, 96, 41, 30, 91, "15/QĐ-UBND", dt.date(2026, 3, 5)),
            ReportRow("Xã Mẫu Sơn", 9, 8, 64, 20, 25, 40, "103/QĐ-UBND", dt.date(2023, 11, 29),
                      "Thiếu 1 thôn"),
            ReportSection("Thành phố Lạng Sơn"),
            ReportRow("Phường Đông Kinh", 20, 20, 160, 90, 55, 160),
            ReportRow("=Phường Tam Thanh", 0, 0, 0, 0, 0, 0),
        ]
    return ReportDocument(["UBND TỈNH LẠNG SƠN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"], "Lạng Sơn", DAY,
                          items, subtitle="(Số liệu tính đến ngày 05/3/2026)",
                          number_line="Số: 12/BC-SKHCN", signer_title="GIÁM ĐỐC",
                          signer_name="Hoàng Văn Minh")


def test_report(tmp_path):
    path = write_report(tmp_path / "bc.xlsx", report_doc())
    wb = load_workbook(path)
    assert wb.sheetnames == ["Báo cáo", "Số liệu"]
    ws = wb["Báo cáo"]
    assert ws["A4"].value == "Số: 12/BC-SKHCN"
    h = find_row(ws, "STT")
    m = merged(ws)
    # two header rows: group headings merged across, single headings merged down
    assert f"A{h}:A{h + 1}" in m and f"B{h}:B{h + 1}" in m and f"L{h}:L{h + 1}" in m
    assert {f"C{h}:E{h}", f"F{h}:H{h}", f"I{h}:J{h}"} <= m
    assert ws.cell(h, 3).value == "Thôn/Tổ dân phố" and ws.cell(h, 6).value == "Thành viên"
    assert [ws.cell(h + 1, c).value for c in range(3, 11)] == [
        "Tổng số thôn/TDP", "Số Tổ CNSCĐ đã thành lập", "Tỷ lệ thôn có Tổ (%)",
        "Tổng số thành viên", "Trong đó: Nữ", "Trong đó: Đoàn viên",
        "Số thành viên đã tập huấn", "Tỷ lệ đã tập huấn (%)"]
    assert ws.cell(h, 11).value == "Quyết định gần nhất (số, ngày)"
    assert [ws.cell(h + 2, c).value for c in range(1, 13)] == [f"({i})" for i in range(1, 13)]
    assert ws.print_title_rows == f"${h}:${h + 2}"
    assert ws.freeze_panes == f"C{h + 3}"
    # district subtotal row, communes numbered from 1 inside it
    d = h + 3
    assert [ws.cell(d, c).value for c in range(1, 11)] == [
        "I", "HUYỆN CAO LỘC", 21, 20, "95,2%", 160, 61, 55, 131, "81,9%"]
    assert ws.cell(d, 2).font.bold
    r = [ws.cell(d + 1, c).value for c in range(1, 13)]
    assert r == [1, "Xã Hợp Thành", 12, 12, "100%", 96, 41, 30, 91, "94,8%",
                 "15/QĐ-UBND, 05/03/2026", None]
    assert ws.cell(d + 1, 3).data_type == "n" and ws.cell(d + 1, 3).number_format == "0"
    assert ws.cell(d + 1, 5).data_type == "s"
    assert ws.cell(d + 2, 10).value == "62,5%" and ws.cell(d + 2, 12).value == "Thiếu 1 thôn"
    assert ws.cell(d + 3, 1).value == "II"
    assert ws.cell(d + 4, 1).value == 1
    tam = d + 5
    assert ws.cell(tam, 2).value == "=Phường Tam Thanh" and ws.cell(tam, 2).data_type == "s"
    assert ws.cell(tam, 5).value is None          # no villages: no ratio
    total = find_row(ws, "TỔNG CỘNG")
    assert f"A{total}:B{total}" in m
    assert [ws.cell(total, c).value for c in range(3, 11)] == [
        41, 40, "97,6%", 320, 151, 110, 291, "90,9%"]
    sig = find_row(ws, "Người lập biểu")
    assert "GIÁM ĐỐC" in [c.value for c in ws[sig]]
    assert "Hoàng Văn Minh" in [c.value for c in ws[sig + 6]]
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9

    # exact numbers on the second sheet
    data = wb["Số liệu"]
    assert data.cell(1, 6).value == "Tỷ lệ thôn có Tổ"
    assert data.cell(2, 1).value == "Huyện Cao Lộc"
    assert data.cell(2, 6).value == pytest.approx(1.0)
    assert data.cell(3, 6).value == pytest.approx(8 / 9)
    assert data.cell(3, 6).number_format == "0.0%"
    assert data.cell(3, 11).value == pytest.approx(40 / 64)
    assert data.cell(2, 13).value == dt.datetime(2026, 3, 5)
    assert data.cell(2, 13).number_format == "DD/MM/YYYY"
    assert data.cell(5, 6).value is None
    assert data.freeze_panes == "C2" and data.print_title_rows == "$1:$1"


def test_report_without_districts(tmp_path):
    items = [ReportRow("Xã A", 10, 10, 50, 20, 10, 50), ReportRow("Xã B", 4, 1, 7, 3, 2, 1,
                                                                   villages_with_team=3)]
    ws = load_workbook(write_report(tmp_path / "bc.xlsx", report_doc(items)))["Báo cáo"]
    h = find_row(ws, "STT")
    assert ws.cell(h + 3, 1).value == 1 and ws.cell(h + 4, 1).value == 2
    assert ws.cell(h + 4, 5).value == "75%"          # villages_with_team used for coverage
    total = find_row(ws, "TỔNG CỘNG")
    assert ws.cell(total, 5).value == "92,9%"        # 13/14, not the mean of 100% and 75%
    assert ws.cell(total, 10).value == "89,5%"       # 51/57


# --------------------------------------------------------------------------------------------
# Import template
# --------------------------------------------------------------------------------------------

def test_import_template(tmp_path):
    villages = [f"Thôn {i} – Bản Nà Sla Khòn Pạt" for i in range(1, 61)]
    assert len(",".join(villages)) > 255            # too long for a literal list
    path = write_import_template(tmp_path / "mau.xlsx", villages=villages,
                                 communes=["Hợp Thành", "Mẫu Sơn"], rows=200,
                                 title="Xã Hợp Thành")
    wb = load_workbook(path)
    assert wb.sheetnames == [DATA_SHEET, HELP_SHEET, LISTS_SHEET]
    assert wb.active.title == DATA_SHEET
    assert wb[LISTS_SHEET].sheet_state == "hidden"
    assert wb[DATA_SHEET].sheet_state == "visible"
    ws = wb[DATA_SHEET]
    cols = roster_columns(True)
    assert [c.value for c in ws[1]] == [c.heading for c in cols]
    assert ws.freeze_panes == "C2"
    letter = {c.key: get_column_letter(i) for i, c in enumerate(cols, 1)}
    # prepared rows and whole columns keep their formats
    for key, fmt in (("phone", "@"), ("citizen_id", "@"), ("birth", "@")):
        assert ws[f"{letter[key]}2"].number_format == fmt, key
        assert ws[f"{letter[key]}201"].number_format == fmt, key
        assert ws.column_dimensions[letter[key]].number_format == fmt, key
    assert ws[f"{letter['full_name']}2"].border.left.style == "thin"
    # drop-down lists point at named ranges on the hidden sheet
    dvs = {dv.formula1: dv for dv in ws.data_validations.dataValidation if dv.type == "list"}
    assert set(dvs) == {"DS_VaiTro", "DS_GioiTinh", "DS_Thon", "DS_Xa", "DS_TapHuan", "DS_DoanVien"}
    assert str(dvs["DS_DoanVien"].sqref) == f"{letter['youth_union']}2:{letter['youth_union']}201"
    assert str(dvs["DS_Thon"].sqref) == f"{letter['village']}2:{letter['village']}201"
    assert str(dvs["DS_VaiTro"].sqref) == f"{letter['role']}2:{letter['role']}201"
    assert dvs["DS_GioiTinh"].errorStyle == "stop"
    assert dvs["DS_Thon"].errorStyle == "warning"
    names = wb.defined_names
    assert names["DS_Thon"].attr_text == "'Danh mục'!$C$1:$C$60"
    lists = wb[LISTS_SHEET]
    assert [lists.cell(i, 1).value for i in (1, 2, 3)] == ["Tổ trưởng", "Tổ phó", "Thành viên"]
    assert [lists.cell(i, 2).value for i in (1, 2)] == ["Nam", "Nữ"]
    assert lists.cell(60, 3).value == villages[-1] and lists.cell(61, 3).value is None
    assert lists.cell(2, 4).value == "Mẫu Sơn"
    cccd = [dv for dv in ws.data_validations.dataValidation if dv.type == "textLength"]
    assert cccd and cccd[0].formula1 == "12"
    # instructions in Vietnamese, with no row an importer could take for a header row
    help_ws = wb[HELP_SHEET]
    texts = [c.value for row in help_ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(t.startswith("HƯỚNG DẪN") for t in texts)
    assert "Xã Hợp Thành" in texts
    assert any("0912345678" in t for t in texts)
    headings = {c.heading for c in cols}
    for row in help_ws.iter_rows():
        assert sum(1 for c in row if c.value in headings) <= 1
    # print set-up
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$1:$1"


def test_template_without_villages_has_no_village_list(tmp_path):
    path = write_import_template(tmp_path / "mau.xlsx", include_citizen_id=False, rows=10)
    wb = load_workbook(path)
    ws = wb[DATA_SHEET]
    assert "Số CCCD" not in [c.value for c in ws[1]]
    formulas = {dv.formula1 for dv in ws.data_validations.dataValidation}
    assert "DS_Thon" not in formulas and "DS_VaiTro" in formulas
    assert "DS_Thon" not in wb.defined_names


# --------------------------------------------------------------------------------------------
# Every workbook: well-formed, readable by calamine, no formula; LibreOffice when present
# --------------------------------------------------------------------------------------------

def all_workbooks(folder: Path) -> list[Path]:
    return [
        write_roster(folder / "roster.xlsx", roster_doc()),
        write_course_records(folder / "course.xlsx", course_doc()),
        write_person_records(folder / "person.xlsx", person_doc()),
        write_report(folder / "report.xlsx", report_doc()),
        write_import_template(folder / "template.xlsx", villages=["Nà Sla", "Khòn Pạt"],
                              rows=20),
    ]


def test_every_workbook_is_well_formed(tmp_path):
    for path in all_workbooks(tmp_path):
        xml_parts_parse(path)
        for xml in sheet_xml(path):
            assert "<f>" not in xml and "<f " not in xml, path.name
        book = CalamineWorkbook.from_path(str(path))
        for name in book.sheet_names:
            book.get_sheet_by_name(name).to_python()
        wb = load_workbook(path)
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if isinstance(c.value, str):
                        assert unicodedata.is_normalized("NFC", c.value)
                        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", c.value)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_every_workbook(tmp_path):
    out = tmp_path / "pdf"
    out.mkdir()
    paths = all_workbooks(tmp_path)
    profile = tmp_path / "lo-profile"
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
           "--convert-to", "pdf", "--outdir", str(out), *map(str, paths)]
    proc = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr
    for p in paths:
        pdf = out / (p.stem + ".pdf")
        assert pdf.exists() and pdf.stat().st_size > 1000, p.name
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out / "roster.pdf"), "-"], check=False,
                              capture_output=True,
                              text=True, timeout=60).stdout
        assert "DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG" in text
        assert "Hoàng Văn Dũng" in text and "05/03/1985" in text and "0912345678" in text
        text = subprocess.run(["pdftotext", "-layout", str(out / "report.pdf"), "-"],
                              check=False, capture_output=True, text=True, timeout=60).stdout
        assert "95,2%" in text and "TỔNG CỘNG" in text
