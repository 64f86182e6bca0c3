"""Rosters made the way communes really make them, built at test time with openpyxl (and
LibreOffice for .xls/.ods): split name columns, text and serial dates, year-only births
typed into date cells of the app's own template, honorifics, placeholders, phones with notes,
leavers' sheets and sections, one new village spelt four ways, NFD text, totals and
signature rows. Each builder returns what the import must store (or refuse)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

from openpyxl import Workbook, load_workbook

from tests.exports.messy_fixtures import MOTTO_1, MOTTO_2


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def split_names_and_dates(path: Path) -> dict[str, dict]:
    """Hợp Thành's list: a two-row header with "Họ và tên" over "Họ và tên đệm" | "Tên", dates
    as real dates, serials and text, honorifics, placeholders, phones with notes, a totals
    row, a signature block and a note under it. Expected stored values by full name."""
    wb = Workbook()
    ws = wb.active
    ws.title = "DS Tổ CNSCĐ"
    ws["A1"] = "UBND XÃ HỢP THÀNH"
    ws["E1"] = MOTTO_1
    ws["E2"] = MOTTO_2
    ws.merge_cells("A4:J4")
    ws["A4"] = "DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG THÔN NÀ LỆNH"
    ws.merge_cells("A6:A7")
    ws["A6"] = "STT"
    ws.merge_cells("B6:C6")
    ws["B6"] = "Họ và tên"
    ws["B7"] = "Họ và tên đệm"
    ws["C7"] = "Tên"
    for col, text in zip("DEFGHIJ", ["Ngày sinh", "Giới tính", "Dân tộc", "Chức danh trong Tổ",
                                      "Thôn", "SĐT", "Email"]):
        ws.merge_cells(f"{col}6:{col}7")
        ws[f"{col}6"] = text
    rows = [
        [1, "Ông Hoàng Văn", "Dũng", dt.datetime(1980, 4, 2), None, "Tày", "Tổ trưởng",
         "Nà Lệnh", "(+84) 912 345 678", "không có"],
        [2, "Bà Lý Thị", "Yến", 32874, None, "Nùng", "Tổ phó", "thôn Nà Lệnh",
         "0987.654.321 (Zalo)", "-"],
        [3, "Nông Văn", "Đức", "05/03/1985", "Nam", "-", "Thành viên", nfd("Thôn Nà Lệnh"),
         "0912345679 / 0987000111", None],
        [4, "Trần Thị", nfd("Hoà"), "00/00/1990", "Nữ", "Kinh", "TV", "THÔN NÀ LỆNH", "x",
         "hoa.tt@gmail.com"],
        [5, "Đ/c Vi Văn", "An", "1975", "Nam", "Tày", "Thành viên", "Nà Lệnh", "0912 000 111",
         None],
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell = ws.cell(row=8 + i, column=1 + j, value=v)
            if j == 3 and isinstance(v, int) and v > 10000:
                cell.number_format = "General"  # a serial shown as a number
            elif j == 3 and isinstance(v, dt.datetime):
                cell.number_format = "DD/MM/YYYY"
    ws["A13"] = "Tổng cộng: 5 người"
    ws["H15"] = "Hợp Thành, ngày 10 tháng 11 năm 2026"
    ws["B16"] = "Người lập biểu"
    ws["H16"] = "TM. ỦY BAN NHÂN DÂN"
    ws["H20"] = "Hoàng Văn Thụ"
    ws["A22"] = "Ghi chú: danh sách gửi kèm tờ trình."
    wb.save(path)
    return {
        "Hoàng Văn Dũng": {"sex": "nam", "birth": ("day", dt.date(1980, 4, 2)),
                           "phone": "0912345678", "email": None, "role": "to_truong"},
        "Lý Thị Yến": {"sex": "nu", "birth": ("day", dt.date(1990, 1, 1)),
                       "phone": "0987654321", "email": None, "role": "to_pho",
                       "note_has": "Zalo"},
        "Nông Văn Đức": {"sex": "nam", "birth": ("day", dt.date(1985, 3, 5)),
                         "phone": "0912345679", "ethnicity": "", "role": "thanh_vien",
                         "note_has": "0987000111"},
        nfd("Trần Thị Hoà"): {"sex": "nu", "birth": ("year", 1990), "phone": None,
                              "email": "hoa.tt@gmail.com", "role": "thanh_vien"},
        "Vi Văn An": {"sex": "nam", "birth": ("year", 1975), "phone": "0912000111",
                      "role": "thanh_vien"},
    }


def template_with_typed_years(template: Path, path: Path, village: str) -> dict[str, object]:
    """The app's own template as a clerk fills it in an older copy whose birth column was a
    date column: the years typed became 1905-ish dates. Also a 7-year-old Tổ phó, a 1910 and
    a future birth, which must be refused."""
    wb = load_workbook(template)
    ws = wb["Danh sách"]
    heads = {c.value: c.column for c in ws[1] if c.value}
    people = [
        ("Lò Văn Páo", dt.datetime(1905, 6, 7), "Tổ trưởng"),  # typed 1985
        ("Lò Thị Pọm", dt.datetime(1905, 6, 12), "Thành viên"),  # typed 1990
        ("Hà Văn Sáu", 1978, "Thành viên"),  # a number: a year already
        ("Cầm Thị Ơn", "1988", "Thành viên"),  # text: a year already
        ("Vi Văn Nhỏ", "12/05/2019", "Tổ phó"),  # 7 years old
        ("Lương Văn Cụ", "1910", "Thành viên"),  # 116 years old
        ("Đinh Văn Mai", "01/01/2099", "Thành viên"),  # not born yet
    ]
    for i, (name, birth, role) in enumerate(people, start=2):
        ws.cell(row=i, column=heads["STT"], value=i - 1)
        ws.cell(row=i, column=heads["Họ và tên"], value=name)
        cell = ws.cell(row=i, column=heads["Ngày sinh"], value=birth)
        if isinstance(birth, dt.datetime):
            cell.number_format = "DD/MM/YYYY"
        ws.cell(row=i, column=heads["Vai trò trong Tổ"], value=role)
        ws.cell(row=i, column=heads["Thôn/Tổ dân phố"], value=village)
    wb.save(path)
    return {"Lò Văn Páo": 1985, "Lò Thị Pọm": 1990, "Hà Văn Sáu": 1978, "Cầm Thị Ơn": 1988,
            "refused": {"Vi Văn Nhỏ", "Lương Văn Cụ", "Đinh Văn Mai"}}


def with_leavers(path: Path) -> dict[str, str]:
    """Thôn Nà Sla's list with a section of people who left, and a second sheet "Đã thôi
    tham gia"; one leaver's note says "Đã chuyển đi". What happens to each name."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Thôn Nà Sla"
    ws.append(["DANH SÁCH THÀNH VIÊN TỔ CNSCĐ THÔN NÀ SLA"])
    ws.append(["STT", "Họ và tên", "Ngày sinh", "Vai trò trong Tổ", "Thôn/Tổ dân phố",
               "Số điện thoại", "Ghi chú"])
    ws.append([1, "Lý Thị Yến", "05/03/1990", "Tổ trưởng", "Thôn Nà Sla", "0388123456", None])
    ws.append([2, "Hoàng Văn Dũng", "05/03/1990", "Thành viên", "Thôn Nà Sla", "0912345001",
               None])
    ws.append([3, "Trần Thị Hoà", "05/03/1990", "Tổ phó", "Thôn Nà Sla", "0912345003", None])
    ws.append([4, "Vi Văn An", "05/03/1985", "Thành viên", "Thôn Nà Sla", "0912345004",
               "Đã chuyển đi từ 01/10/2026"])
    ws.append(["II. THÀNH VIÊN ĐÃ THÔI THAM GIA"])
    ws.append([1, "Nông Văn Đức", "1979", "Thành viên", "Thôn Nà Sla", "0912345002",
               "Nghỉ từ 15/09/2026"])
    ws.append([2, "Người Lạ Mặt", "1980", "Thành viên", "Thôn Nà Sla", "0912999888", None])
    wb.create_sheet("Đã thôi tham gia").append(
        ["STT", "Họ và tên", "Ngày sinh", "Thôn/Tổ dân phố", "Số điện thoại"])
    wb["Đã thôi tham gia"].append([1, "Mông Văn Tùng", "05/03/1990", "Thôn 2", "0912345020"])
    wb.save(path)
    return {
        "Lý Thị Yến": "unchanged",
        "Hoàng Văn Dũng": "unchanged",
        "Trần Thị Hoà": "unchanged",
        "Vi Văn An": "end",
        "Nông Văn Đức": "end",
        "Người Lạ Mặt": "skip",
        "Mông Văn Tùng": "end",
    }
