"""The blank import template (mẫu nhập danh sách thành viên) as .xlsx.

Sheets, in order:

* **"Danh sách"** (active): the roster columns as a header row in row 1 (the same headings as the
  exported roster, so an export can be imported back), frozen under the header, then ``rows``
  empty bordered rows already formatted: Ngày sinh, Số điện thoại and Số CCCD as text ``@``
  (Excel keeps "1985" and "05/03/1985" as typed: a year typed into a date cell would become
  07/06/1905, and leading zeros stay). The same formats are also set on the whole
  columns, so rows added below keep them. Drop-down lists (data validation) for Vai trò trong Tổ,
  Giới tính, Thôn/Tổ dân phố (when villages are given), Xã/Phường (when communes are given),
  Đoàn viên and Đã tập huấn; a length check on Số CCCD; an input hint on Ngày sinh and Số điện thoại.
* **"Hướng dẫn"**: instructions in Vietnamese and a table describing every column. It has no
  roster header row, so an importer scanning every sheet finds nothing to import there.
* **"Danh mục"** (hidden): the lists, one per column, starting in row 1 with no heading, referenced
  through workbook names (``DS_VaiTro``, ``DS_GioiTinh``, ``DS_Thon``, ``DS_Xa``, ``DS_TapHuan``,
  ``DS_DoanVien``).
  A list typed into the validation itself is capped at 255 characters; a range has no such limit.
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl.styles import Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

from exports.roster_xlsx import roster_columns
from exports.xlsx_common import (
    BASE,
    FONT_NAME,
    TABLE_HEADER,
    TABLE_TEXT,
    CancelledFn,
    Column,
    ProgressFn,
    SheetStream,
    Table,
    Ticker,
    clean_text,
    fit_width,
    make_cell,
    new_workbook,
    row_height,
    save_workbook_atomically,
    setup_page,
    wrapped_lines,
)
from vn import person_fields

DEFAULT_ROLES: tuple[str, ...] = ("Tổ trưởng", "Tổ phó", "Thành viên")
DEFAULT_SEXES: tuple[str, ...] = ("Nam", "Nữ")
TRAINED_VALUES: tuple[str, ...] = ("x",)
YOUTH_VALUES: tuple[str, ...] = ("x",)
# Typed as text, not as dates: a year alone typed into a date cell becomes a 1905 date.
_TEXT_FORMAT = "@"

DATA_SHEET = "Danh sách"
HELP_SHEET = "Hướng dẫn"
LISTS_SHEET = "Danh mục"

# (heading key, required, how to fill it in, example): the roster's own columns here, a
# person's details from their declaration (vn/person_fields.py).
_COLUMN_HELP: dict[str, tuple[str, str, str]] = {
    "stt": ("Không", "Số thứ tự; có thể để trống.", "1"),
    **{f.name: ("Có" if f.required else "Không", f.help, f.example)
       for f in person_fields.in_files()},
    "role": ("Có", "Chọn trong danh sách: Tổ trưởng, Tổ phó hoặc Thành viên.", "Tổ trưởng"),
    "village": ("Có", "Thôn/Tổ dân phố nơi Tổ hoạt động; chọn trong danh sách nếu có.",
                "Thôn Nà Sla"),
    "commune": ("Không", "Xã/Phường; để trống nếu cả danh sách thuộc một xã.", "Hợp Thành"),
    "trained": ("Không", ("Ghi x nếu đã được tập huấn, hoặc ghi tên khóa tập huấn. Khi nhập, "
                          "phần mềm ghi nhận người này đã hoàn thành khóa được chọn (hoặc khóa "
                          "có tên ghi trong ô)."), "x"),
    "note": ("Không", "Ghi chú khác.", ""),
}

_GENERAL_HELP: tuple[str, ...] = (
    ("Mỗi dòng ở trang \"Danh sách\" là một thành viên. Không xóa, đổi tên hay đổi thứ tự các "
     "cột ở dòng tiêu đề (dòng 1)."),
    ("Gõ tiếng Việt bằng bảng mã Unicode (Unikey: \"Unicode dựng sẵn\"). Không dùng phông "
     ".VnTime (TCVN3) hay VNI."),
    ("Ngày ghi theo dạng ngày/tháng/năm (05/03/1985). Nếu máy tính hiểu ngày theo kiểu Mỹ "
     "(tháng trước), hãy kiểm tra lại cột Ngày sinh sau khi gõ."),
    ("Số điện thoại và số CCCD phải giữ số 0 ở đầu: các cột này đã được định dạng văn bản, "
     "cứ gõ bình thường."),
    ("Các cột có mũi tên chọn (Vai trò trong Tổ, Giới tính, Thôn/Tổ dân phố…) nên chọn trong "
     "danh sách để phần mềm nhận đúng."),
    ("Khi dán dữ liệu từ tệp khác, dùng Dán đặc biệt > Giá trị (Paste Special > Values) để giữ "
     "định dạng và danh sách chọn của mẫu."),
    ("Có thể để trống các dòng thừa. Lưu tệp dạng .xlsx, rồi trong phần mềm Sổ Tổ CNSCĐ chọn "
     "nhập danh sách từ Excel: phần mềm sẽ kiểm tra và báo lỗi theo từng dòng trước khi ghi."),
)


def _unique(values: Sequence[str]) -> list[str]:
    seen, out = set(), []
    for v in values:
        t = clean_text(v)
        if t and t.casefold() not in seen:
            seen.add(t.casefold())
            out.append(t)
    return out


def write_import_template(path: str | os.PathLike[str], *,
                          villages: Sequence[str] = (),
                          communes: Sequence[str] = (),
                          roles: Sequence[str] = DEFAULT_ROLES,
                          sexes: Sequence[str] = DEFAULT_SEXES,
                          include_citizen_id: bool = True,
                          rows: int = 1000,
                          title: str = "",
                          progress: ProgressFn | None = None,
                          cancelled: CancelledFn | None = None) -> Path:
    """Write the blank import template; returns the path.

    ``villages`` and ``communes`` fill the drop-down lists of those columns (any length); with
    none given the column is free text. ``rows`` empty rows are pre-formatted and validated.
    ``title`` (e.g. "Xã Hợp Thành") is shown on the instructions sheet.
    """
    ticker = Ticker(progress, cancelled, rows, every=200)
    ticker.check()
    columns = roster_columns(include_citizen_id)
    keys = [c.key for c in columns]
    widths = [max(fit_width(c.heading.split(), bold=True, minimum=c.min_width,
                            maximum=c.max_width), c.min_width + 3) for c in columns]
    wb = new_workbook()
    ss = SheetStream(wb, DATA_SHEET)
    help_ss = SheetStream(wb, HELP_SHEET, ss.styles)
    lists_ss = SheetStream(wb, LISTS_SHEET, ss.styles)
    lists_ss.ws.sheet_state = "hidden"
    ws = ss.ws
    last_row = 1 + max(rows, 1)

    ss.set_widths(widths)
    setup_page(ws, title_rows=(1, 1), freeze="C2", page_numbers=False)
    # whole-column formats, so rows typed below the prepared ones keep them
    for i, c in enumerate(columns, 1):
        dim = ws.column_dimensions[get_column_letter(i)]
        dim.font = Font(name=FONT_NAME, size=12)
        if c.key == "birth":
            dim.number_format = _TEXT_FORMAT
        elif c.style.number_format != "General":
            dim.number_format = c.style.number_format

    lists: dict[str, list[str]] = {
        "DS_VaiTro": _unique(roles),
        "DS_GioiTinh": _unique(sexes),
        "DS_Thon": _unique(villages),
        "DS_Xa": _unique(communes),
        "DS_TapHuan": list(TRAINED_VALUES),
        "DS_DoanVien": list(YOUTH_VALUES),
    }
    list_cols = {name: i for i, name in enumerate(lists, 1)}

    def col(key: str) -> str | None:
        return get_column_letter(keys.index(key) + 1) if key in keys else None

    def list_validation(key: str, name: str, strict: bool, message: str) -> None:
        letter = col(key)
        if letter is None or not lists[name]:
            return
        dv = DataValidation(type="list", formula1=name, allow_blank=True,
                            showDropDown=False, showErrorMessage=True,
                            errorStyle="stop" if strict else "warning",
                            errorTitle="Không có trong danh sách",
                            error=message, showInputMessage=False)
        dv.add(f"{letter}2:{letter}{last_row}")
        ws.data_validations.append(dv)

    list_validation("role", "DS_VaiTro", False,
                    "Nên chọn Tổ trưởng, Tổ phó hoặc Thành viên. Vẫn giữ giá trị này?")
    list_validation("sex", "DS_GioiTinh", True, "Chọn Nam hoặc Nữ.")
    list_validation("village", "DS_Thon", False,
                    "Thôn/Tổ dân phố này chưa có trong danh sách. Vẫn giữ giá trị này?")
    list_validation("commune", "DS_Xa", False,
                    "Xã/Phường này chưa có trong danh sách. Vẫn giữ giá trị này?")
    list_validation("trained", "DS_TapHuan", False,
                    "Ghi x nếu đã tập huấn (hoặc ngày, hình thức tập huấn). Vẫn giữ giá trị này?")
    list_validation("youth_union", "DS_DoanVien", False,
                    "Ghi x nếu là đoàn viên, để trống nếu không. Vẫn giữ giá trị này?")
    cid = col("citizen_id")
    if cid:
        dv = DataValidation(type="textLength", operator="equal", formula1="12",
                            allow_blank=True, showErrorMessage=True, errorStyle="warning",
                            errorTitle="Số CCCD", error="Số CCCD có 12 chữ số. Vẫn giữ?",
                            showInputMessage=True, promptTitle="Số CCCD",
                            prompt="12 chữ số, giữ số 0 ở đầu.")
        dv.add(f"{cid}2:{cid}{last_row}")
        ws.data_validations.append(dv)
    for key, title_, prompt in (
        ("birth", "Ngày sinh", "Ngày/tháng/năm, ví dụ 05/03/1985; hoặc chỉ năm sinh: 1985."),
        ("phone", "Số điện thoại", "10 số, có số 0 ở đầu, ví dụ 0912345678."),
    ):
        letter = col(key)
        if letter:
            dv = DataValidation(allow_blank=True, showInputMessage=True, promptTitle=title_,
                                prompt=prompt)
            dv.add(f"{letter}2:{letter}{last_row}")
            ws.data_validations.append(dv)

    for name, values in lists.items():
        if values:
            letter = get_column_letter(list_cols[name])
            ref = f"{quote_sheetname(LISTS_SHEET)}!${letter}$1:${letter}${len(values)}"
            wb.defined_names[name] = DefinedName(name, attr_text=ref)

    def build() -> None:
        head = ss.style(TABLE_HEADER)
        lines = max(wrapped_lines(c.heading, w, bold=True) for c, w in zip(columns, widths))
        ss.append([make_cell(ws, c.heading, head) for c in columns], row_height(lines))
        empty = [ss.style(c.style.but(as_text=True, number_format=_TEXT_FORMAT) if c.key == "birth" else c.style)
                 for c in columns]
        for _ in range(rows):
            ss.append([make_cell(ws, None, rs) for rs in empty])
            ticker.tick()
        _write_help(help_ss, columns, title)
        _write_lists(lists_ss, lists)
        ticker.finish()

    return save_workbook_atomically(wb, path, build)


def _write_help(ss: SheetStream, columns: Sequence[Any], title: str) -> None:
    widths = [24.0, 10.0, 62.0, 22.0]
    ss.set_widths(widths)
    setup_page(ss.ws, landscape=False, page_numbers=False)
    heading = "HƯỚNG DẪN NHẬP DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG"
    ss.merged_row(heading, BASE.but(bold=True, size=14, halign="center"), 1, 4,
                  row_height(wrapped_lines(heading, sum(widths), 14, bold=True), 14))
    if clean_text(title):
        ss.merged_row(clean_text(title), BASE.but(italic=True, size=13, halign="center"), 1, 4,
                      row_height(1, 13))
    ss.blank()
    text = BASE.but(wrap=True, valign="top")
    for i, line in enumerate(_GENERAL_HELP, 1):
        line = f"{i}. {line}"
        ss.merged_row(line, text, 1, 4, row_height(wrapped_lines(line, sum(widths))))
    ss.blank()
    ss.merged_row("Cách nhập từng cột", BASE.but(bold=True, size=13), 1, 4, row_height(1, 13))
    help_style = TABLE_TEXT.but(valign="top")
    t = Table(ss, [Column(h, h, help_style) for h in ("Cột", "Bắt buộc", "Cách nhập", "Ví dụ")],
              widths)
    t.header()
    for c in columns:
        required, how, example = _COLUMN_HELP.get(c.key, ("Không", "", ""))
        t.row([c.heading, required, how, example],
              [TABLE_TEXT.but(bold=True), None, None, TABLE_TEXT.but(as_text=True)])


def _write_lists(ss: SheetStream, lists: dict[str, list[str]]) -> None:
    plain = ss.style(BASE.but(wrap=False, as_text=True))
    columns = list(lists.values())
    widths = [fit_width(v, minimum=10, maximum=40) for v in columns]
    ss.set_widths(widths)
    longest = max((len(v) for v in columns), default=0)
    for r in range(longest):
        ss.append([make_cell(ss.ws, v[r] if r < len(v) else None, plain) for v in columns])


__all__ = [
    "DATA_SHEET",
    "DEFAULT_ROLES",
    "DEFAULT_SEXES",
    "HELP_SHEET",
    "LISTS_SHEET",
    "write_import_template",
]
