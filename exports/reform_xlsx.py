"""The reform plan workbook: what moves where, and the sheet a clerk fills to place villages.

Sheets:
* "Tổng hợp" — scope, date, the counts, and what to do next;
* "Xã cũ - xã mới" — every old commune with its new commune(s) and what it holds;
* "Xếp thôn" — the villages of split communes: the clerk types (or picks from the drop-down)
  the new commune's code in "Xã mới (mã)"; :func:`read_placements` reads it back;
* "Xã mới" — every new commune with the old communes it receives and the villages with the
  same name (likely merges).

Pure module: plain data in, a file out (temporary name, then renamed); no Peewee, no Qt.
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.worksheet.datavalidation import DataValidation

from exports.errors import ExportError
from exports.xlsx_common import (
    TABLE_CODE,
    TABLE_HEADER,
    TABLE_INT,
    TABLE_NOTE,
    TABLE_TEXT,
    Column,
    SheetStream,
    Style,
    Table,
    fit_columns,
    format_date,
    new_workbook,
    save_workbook_atomically,
    setup_page,
)

SUMMARY_SHEET = "Tổng hợp"
COMMUNES_SHEET = "Xã cũ - xã mới"
PLACE_SHEET = "Xếp thôn"
TARGETS_SHEET = "Xã mới"
ID_HEADING = "Mã số thôn"
CHOICE_HEADING = "Xã mới (mã)"
FILL = Style(border=True, halign="center", number_format="@", as_text=True, fill="FFF2CC")
TITLE = Style(bold=True, size=14, wrap=False)
BOLD = Style(border=True, bold=True)
BOLD_CODE = Style(border=True, bold=True, halign="center", number_format="@", as_text=True)
BOLD_INT = Style(border=True, bold=True, halign="right", number_format="#,##0")
LINE = Style(wrap=False)


@dataclass(frozen=True)
class CommuneLine:
    code: str
    name: str
    district: str
    coverage: str  # "Toàn bộ", "Một phần (chia tách)", "Không có trong bảng chuyển đổi"
    new_communes: str  # "06613 Xã Đình Lập; 06625 Xã Kiên Mộc"
    villages: int
    teams: int
    members: int
    decisions: int
    drafts: int
    unplaced: int


@dataclass(frozen=True)
class VillageLine:
    id: int
    code: str
    name: str
    old_code: str
    old_name: str
    candidates: tuple[tuple[str, str], ...]  # (code, name) of the mapping's new communes
    chosen: str  # code already chosen ("" to fill)
    teams: int
    members: int
    note: str = ""


@dataclass(frozen=True)
class TargetLine:
    code: str
    name: str
    province: str
    old_communes: str
    villages: int
    teams: int
    members: int
    likely_merges: str


@dataclass(frozen=True)
class PlanDocument:
    scope: str
    on: dt.date
    totals: Sequence[tuple[str, int]]
    next_steps: Sequence[str]
    communes: Sequence[CommuneLine]
    villages: Sequence[VillageLine]
    targets: Sequence[TargetLine]
    extra: Sequence[str] = field(default_factory=tuple)


def write_plan(path: str | os.PathLike[str], doc: PlanDocument) -> Path:
    wb = new_workbook()

    def build() -> None:
        _summary(SheetStream(wb, SUMMARY_SHEET), doc)
        _communes(SheetStream(wb, COMMUNES_SHEET), doc.communes)
        _villages(SheetStream(wb, PLACE_SHEET), doc.villages)
        _targets(SheetStream(wb, TARGETS_SHEET), doc.targets)

    return save_workbook_atomically(wb, path, build)


def _summary(ss: SheetStream, doc: PlanDocument) -> None:
    ss.set_widths([48, 14])
    setup_page(ss.ws, landscape=False, page_numbers=False)
    ss.append([ss.cell("KẾ HOẠCH CHUYỂN DỮ LIỆU SANG ĐƠN VỊ HÀNH CHÍNH MỚI (SẮP XẾP 2025)",
                       TITLE)])
    ss.append([ss.cell(f"Phạm vi: {doc.scope}; lập ngày {format_date(doc.on)}", LINE)])
    ss.blank()
    header = ss.style(TABLE_HEADER)
    ss.append([ss.cell("Nội dung", header), ss.cell("Số lượng", header)])
    for label, value in doc.totals:
        ss.append([ss.cell(label, TABLE_TEXT), ss.cell(value, TABLE_INT)])
    ss.blank()
    for line in [*doc.next_steps, *doc.extra]:
        ss.append([ss.cell(line, LINE)])


def _table(ss: SheetStream, columns: Sequence[Column], rows: Sequence[Sequence], *,
           styles: Sequence[Sequence[Style | None] | None] | None = None) -> Table:
    widths = fit_columns(columns, rows[:300])
    ss.set_widths(widths)
    setup_page(ss.ws, title_rows=(1, 1), freeze="A2")
    table = Table(ss, columns, widths)
    table.header()
    for i, row in enumerate(rows):
        table.row(row, styles[i] if styles else None)
    return table


def _communes(ss: SheetStream, lines: Sequence[CommuneLine]) -> None:
    columns = [
        Column("code", "Mã xã cũ", TABLE_CODE, max_width=9),
        Column("name", "Xã cũ", max_width=28),
        Column("district", "Huyện cũ", max_width=24),
        Column("coverage", "Sáp nhập", max_width=22),
        Column("new", "Xã mới (mã, tên)", TABLE_NOTE, max_width=42),
        Column("villages", "Số thôn", TABLE_INT, max_width=9),
        Column("teams", "Số Tổ", TABLE_INT, max_width=9),
        Column("members", "Thành viên đang hoạt động", TABLE_INT, max_width=12),
        Column("decisions", "Quyết định đã ban hành", TABLE_INT, max_width=12),
        Column("drafts", "Dự thảo (sẽ hủy)", TABLE_INT, max_width=10),
        Column("unplaced", "Thôn chưa xếp", TABLE_INT, max_width=10),
    ]
    _table(ss, columns, [
        (c.code, c.name, c.district, c.coverage, c.new_communes, c.villages, c.teams,
         c.members, c.decisions, c.drafts, c.unplaced) for c in lines])


def _villages(ss: SheetStream, lines: Sequence[VillageLine]) -> None:
    columns = [
        Column("id", ID_HEADING, TABLE_CODE, max_width=10),
        Column("code", "Mã thôn", TABLE_CODE, max_width=12),
        Column("name", "Thôn/Tổ dân phố", max_width=30),
        Column("old_code", "Mã xã cũ", TABLE_CODE, max_width=9),
        Column("old_name", "Xã cũ", max_width=26),
        Column("candidates", "Xã mới theo bảng chuyển đổi", TABLE_NOTE, max_width=40),
        Column("chosen", CHOICE_HEADING, FILL, min_width=12, max_width=12),
        Column("teams", "Số Tổ", TABLE_INT, max_width=8),
        Column("members", "Thành viên", TABLE_INT, max_width=10),
        Column("note", "Ghi chú", TABLE_NOTE, max_width=36),
    ]
    rows = [(str(v.id), v.code, v.name, v.old_code, v.old_name,
             "\n".join(f"{code} - {name}" for code, name in v.candidates), v.chosen or None,
             v.teams, v.members, v.note) for v in lines]
    _table(ss, columns, rows)
    groups: dict[tuple[str, ...], list[int]] = {}
    for i, v in enumerate(lines, start=2):
        groups.setdefault(tuple(code for code, _n in v.candidates), []).append(i)
    for codes, row_numbers in groups.items():
        if not codes:
            continue
        dv = DataValidation(type="list", formula1='"' + ",".join(codes) + '"', allow_blank=True,
                            showErrorMessage=True, errorStyle="warning",
                            errorTitle="Xã mới không có trong bảng chuyển đổi",
                            error="Mã này không phải một xã mới mà bảng chuyển đổi nêu cho xã "
                                  "cũ của thôn. Vẫn giữ?",
                            showInputMessage=True, promptTitle=CHOICE_HEADING,
                            prompt="Chọn mã xã mới mà thôn này về (theo Nghị quyết sắp xếp).")
        for r in row_numbers:
            dv.add(f"G{r}")
        ss.ws.data_validations.append(dv)


def _targets(ss: SheetStream, lines: Sequence[TargetLine]) -> None:
    columns = [
        Column("code", "Mã xã mới", TABLE_CODE, max_width=9),
        Column("name", "Xã mới", max_width=26),
        Column("province", "Tỉnh/Thành phố", max_width=22),
        Column("old", "Từ các xã cũ", TABLE_NOTE, max_width=40),
        Column("villages", "Số thôn", TABLE_INT, max_width=9),
        Column("teams", "Số Tổ", TABLE_INT, max_width=9),
        Column("members", "Thành viên", TABLE_INT, max_width=10),
        Column("merges", "Thôn trùng tên (có thể sáp nhập)", TABLE_NOTE, max_width=50),
    ]
    _table(ss, columns, [(t.code, t.name, t.province, t.old_communes, t.villages, t.teams,
                          t.members, t.likely_merges) for t in lines])


# --- reading the clerk's placements back ------------------------------------------------------


@dataclass(frozen=True)
class PlacementProblem:
    row: int
    value: str
    message: str

    def text(self) -> str:
        return f"Trang tính '{PLACE_SHEET}', dòng {self.row}, cột {CHOICE_HEADING}: {self.message}"


@dataclass(frozen=True)
class Placements:
    chosen: dict[int, str]  # village id -> new commune code
    problems: tuple[PlacementProblem, ...]
    rows: int  # village rows read


def read_placements(path: str | os.PathLike[str]) -> Placements:
    """The codes a clerk filled in "Xếp thôn" (blank rows are simply not placed)."""
    from openpyxl import load_workbook

    try:
        wb = load_workbook(str(path), read_only=True, data_only=True)
    except FileNotFoundError as e:
        raise ExportError("reform_plan.unreadable",
                          {"path": str(path), "error": "không tìm thấy tệp"}) from e
    except Exception as e:  # openpyxl raises many kinds for a file that isn't a workbook
        raise ExportError("reform_plan.unreadable", {"path": str(path), "error": str(e)}) from e
    try:
        if PLACE_SHEET not in wb.sheetnames:
            raise ExportError("reform_plan.no_sheet", {"path": str(path), "sheet": PLACE_SHEET})
        ws = wb[PLACE_SHEET]
        rows = ws.iter_rows(values_only=True)
        header = [str(c or "").strip() for c in next(rows, ())]
        if ID_HEADING not in header or CHOICE_HEADING not in header:
            raise ExportError("reform_plan.no_sheet", {"path": str(path), "sheet": PLACE_SHEET})
        id_col, choice_col = header.index(ID_HEADING), header.index(CHOICE_HEADING)
        chosen: dict[int, str] = {}
        problems: list[PlacementProblem] = []
        count = 0
        for number, row in enumerate(rows, start=2):
            if row is None or id_col >= len(row) or row[id_col] in (None, ""):
                continue
            count += 1
            raw = row[choice_col] if choice_col < len(row) else None
            try:
                village_id = int(str(row[id_col]).strip())
            except ValueError:
                problems.append(PlacementProblem(number, str(row[id_col]),
                                                 f"mã số thôn \"{row[id_col]}\" không hợp lệ"))
                continue
            if raw in (None, ""):
                continue
            text = str(int(raw)) if isinstance(raw, float) and raw.is_integer() else str(raw)
            code = text.strip().split(" ")[0].split("-")[0].strip()
            if not code.isdigit() or len(code) > 5:
                problems.append(PlacementProblem(
                    number, text, f"\"{text}\" không phải mã xã (5 chữ số, ví dụ 06613)"))
                continue
            chosen[village_id] = code.zfill(5)
        return Placements(chosen, tuple(problems), count)
    finally:
        wb.close()


# --- before and after: the province report ------------------------------------------------------

COMPARISON_SHEET = "Trước và sau sắp xếp"


@dataclass(frozen=True)
class ComparisonLine:
    """A new commune (``old`` empty: its figures after the reform) or one of the old communes
    it was formed from (its figures before, for the villages that went there)."""

    new: str
    old: str
    villages: int
    teams: int
    members: int


@dataclass(frozen=True)
class ComparisonDocument:
    scope: str
    on: dt.date
    lines: Sequence[ComparisonLine]
    before: tuple[int, int, int]  # villages, teams, members by old commune
    after: tuple[int, int, int]  # by new commune


def write_comparison(path: str | os.PathLike[str], doc: ComparisonDocument) -> Path:
    wb = new_workbook()

    def build() -> None:
        ss = SheetStream(wb, COMPARISON_SHEET)
        columns = [
            Column("stt", "STT", TABLE_CODE, max_width=6),
            Column("new", "Xã/phường mới (từ 01/7/2025)", max_width=30),
            Column("old", "Xã/phường/thị trấn cũ", max_width=30),
            Column("villages", "Số thôn", TABLE_INT, max_width=9),
            Column("teams", "Số Tổ", TABLE_INT, max_width=9),
            Column("members", "Thành viên đang hoạt động", TABLE_INT, max_width=12),
        ]
        rows: list[tuple] = []
        styles: list[list[Style | None] | None] = []
        number = 0
        for line in doc.lines:
            if not line.old:
                number += 1
                rows.append((str(number), line.new, "", line.villages, line.teams, line.members))
                styles.append([BOLD_CODE, BOLD, BOLD, BOLD_INT, BOLD_INT, BOLD_INT])
            else:
                rows.append(("", "", line.old, line.villages, line.teams, line.members))
                styles.append(None)
        widths = fit_columns(columns, rows[:300])
        ss.set_widths(widths)
        setup_page(ss.ws, title_rows=(4, 4), freeze="A5")
        ss.append([ss.cell("SO SÁNH SỐ LIỆU TRƯỚC VÀ SAU SẮP XẾP ĐƠN VỊ HÀNH CHÍNH 2025", TITLE)])
        ss.append([ss.cell(f"Phạm vi: {doc.scope}; số liệu ngày {format_date(doc.on)}", LINE)])
        ss.blank()
        table = Table(ss, columns, widths)
        table.header()
        for row, style in zip(rows, styles):
            table.row(row, style)
        bold = [BOLD_CODE, BOLD, BOLD, BOLD_INT, BOLD_INT, BOLD_INT]
        table.row(("", "TỔNG CỘNG theo xã cũ (trước)", "", *doc.before), bold)
        table.row(("", "TỔNG CỘNG theo xã mới (sau)", "", *doc.after), bold)
        ss.blank()
        same = doc.before == doc.after
        ss.append([ss.cell("Số liệu trước và sau khớp nhau." if same else
                           "Số liệu trước và sau KHÔNG khớp: hãy kiểm tra lại.", LINE)])

    return save_workbook_atomically(wb, path, build)
