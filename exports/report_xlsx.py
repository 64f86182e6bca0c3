"""The statistics report sent upward (báo cáo số liệu Tổ CNSCĐ) as .xlsx.

One row per commune, optionally grouped under district sections (each with its subtotals), and a
TỔNG CỘNG row. Sheet "Báo cáo" is the printable one::

    STT | Xã/Phường | Thôn/Tổ dân phố ─────────────────────────── | Thành viên ───────────────── | Tập huấn ──────── | QĐ | Ghi chú
        |           | Tổng số thôn/TDP | Số Tổ… | Tỷ lệ thôn có Tổ (%) | Tổng số… | Trong đó: Nữ | … | Số… đã tập huấn | Tỷ lệ… (%) |
    (1) | (2)       | (3) …                                                                              (12)
    I   | HUYỆN …   | subtotals (bold)
    1   | Xã …      | …

Choices:
* Percentages are **text** in Vietnamese style ("95,5%", "100%"), right-aligned: they print the same
  in Excel and LibreOffice whatever the machine's locale (a number format's decimal separator
  follows the locale). Totals' percentages are computed from the summed counts, never averaged.
* Counts are real numbers with the format ``0`` (no thousands separator: "#,##0" shows "50,000"
  on an English-locale machine, which a Vietnamese reader takes for fifty).
* The exact figures are on a second sheet, "Số liệu": one plain row per commune (no title, no
  merged cells) with the ratios as numbers (fractions formatted ``0.0%``) and the decision date
  as a real date, ready for formulas, pivots and the importer at the next level up.
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from exports.xlsx_common import (
    TABLE_CENTER,
    TABLE_CODE,
    TABLE_DATE,
    TABLE_HEADER,
    TABLE_HEADER_NUM,
    TABLE_NOTE,
    TABLE_RIGHT,
    TABLE_TEXT,
    CancelledFn,
    Column,
    ProgressFn,
    SheetStream,
    Style,
    Table,
    Ticker,
    TitleBlock,
    clean_text,
    fit_columns,
    fit_width,
    format_date,
    make_cell,
    new_workbook,
    ratio,
    roman,
    row_height,
    save_workbook_atomically,
    setup_page,
    vn_percent,
    wrapped_lines,
    write_signature_block,
)


@dataclass(frozen=True)
class ReportRow:
    """The figures of one commune (or ward)."""

    commune: str
    villages: int = 0                      # Tổng số thôn/TDP
    teams: int = 0                         # Số Tổ CNSCĐ đã thành lập
    members: int = 0                       # Tổng số thành viên
    women: int = 0                         # trong đó: Nữ
    youth_union: int = 0                   # trong đó: Đoàn viên
    trained: int = 0                       # Số thành viên đã tập huấn
    decision_number: str = ""              # Quyết định gần nhất: "103/QĐ-UBND"
    decision_date: dt.date | None = None
    note: str = ""
    # Thôn/TDP that have a team. None = one team per village: ``min(teams, villages)``.
    villages_with_team: int | None = None

    @property
    def covered(self) -> int:
        if self.villages_with_team is not None:
            return self.villages_with_team
        return min(self.teams, self.villages)


@dataclass(frozen=True)
class ReportSection:
    """A district (huyện/quận/thị xã…): the communes that follow belong to it."""

    label: str


ReportItem = ReportSection | ReportRow


@dataclass(frozen=True)
class VillageLine:
    """A commune's village as its dashboard shows it (the sheet "Theo thôn")."""

    village: str
    team_status: str = ""                  # "Đang hoạt động", "Chưa có tổ"…
    members: int = 0
    trained: int = 0
    decision: str = ""                     # "05/QĐ-UBND ngày 05/03/2026"


@dataclass
class ReportDocument:
    issuing_body_lines: Sequence[str]
    place: str
    date: dt.date
    items: Iterable[ReportItem]
    title: str = "BÁO CÁO KẾT QUẢ THÀNH LẬP VÀ HOẠT ĐỘNG TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG"
    subtitle: str | None = None            # "(Số liệu tính đến ngày 05/3/2026)"
    number_line: str | None = None         # "Số: 12/BC-UBND"
    area_heading: str = "Xã/Phường"
    total_label: str = "TỔNG CỘNG"
    preparer_title: str = "Người lập biểu"
    preparer_name: str = ""
    signer_title: str = "THỦ TRƯỞNG ĐƠN VỊ"
    signer_name: str = ""
    include_data_sheet: bool = True
    # a commune's report: its villages as on the dashboard (sheet "Theo thôn")
    villages: Sequence[VillageLine] = ()


@dataclass
class _Totals:
    villages: int = 0
    teams: int = 0
    covered: int = 0
    members: int = 0
    women: int = 0
    youth_union: int = 0
    trained: int = 0
    communes: int = 0

    def add(self, r: ReportRow) -> None:
        self.villages += r.villages
        self.teams += r.teams
        self.covered += r.covered
        self.members += r.members
        self.women += r.women
        self.youth_union += r.youth_union
        self.trained += r.trained
        self.communes += 1


COUNT = Style(border=True, halign="right", number_format="0")
COUNT_BOLD = COUNT.but(bold=True)
PERCENT_BOLD = TABLE_RIGHT.but(bold=True)
TEXT_BOLD = TABLE_TEXT.but(bold=True)
CENTER_BOLD = TABLE_CENTER.but(bold=True)

REPORT_COLUMNS: tuple[Column, ...] = (
    Column("stt", "STT", TABLE_CENTER, 5, 7),
    Column("commune", "Xã/Phường", TABLE_TEXT, 16, 28),
    Column("villages", "Tổng số thôn/TDP", COUNT, 9, 11),
    Column("teams", "Số Tổ CNSCĐ đã thành lập", COUNT, 10, 12),
    Column("coverage", "Tỷ lệ thôn có Tổ (%)", TABLE_RIGHT, 9, 11),
    Column("members", "Tổng số thành viên", COUNT, 10, 12),
    Column("women", "Trong đó: Nữ", COUNT, 9, 11),
    Column("youth_union", "Trong đó: Đoàn viên", COUNT, 9, 11),
    Column("trained", "Số thành viên đã tập huấn", COUNT, 10, 12),
    Column("trained_pct", "Tỷ lệ đã tập huấn (%)", TABLE_RIGHT, 9, 11),
    Column("decision", "Quyết định gần nhất (số, ngày)", TABLE_TEXT, 16, 26),
    Column("note", "Ghi chú", TABLE_NOTE, 10, 24),
)

# Group headings of the first header row: (first column, last column, text); 1-based.
REPORT_GROUPS: tuple[tuple[int, int, str], ...] = (
    (3, 5, "Thôn/Tổ dân phố"),
    (6, 8, "Thành viên"),
    (9, 10, "Tập huấn"),
)


def decision_text(number: str, on: dt.date | None) -> str:
    """"103/QĐ-UBND, 29/11/2023" (either part may be missing)."""
    number = clean_text(number)
    when = format_date(on)
    return ", ".join(x for x in (number, when) if x)


def _values(stt: Any, label: str, t: _Totals | ReportRow, decision: str, note: str) -> list:
    covered = t.covered
    return [stt, label, t.villages, t.teams, vn_percent(covered, t.villages), t.members,
            t.women, t.youth_union, t.trained, vn_percent(t.trained, t.members), decision, note]


def write_report(path: str | os.PathLike[str], doc: ReportDocument, *,
                 progress: ProgressFn | None = None,
                 cancelled: CancelledFn | None = None) -> Path:
    """Write the statistics report; returns the path. ``progress`` counts communes.
    Cancelling raises :class:`exports.errors.Cancelled` and leaves no file."""
    items = list(doc.items)            # a few thousand rows at most; subtotals need them first
    for it in items:
        if not isinstance(it, (ReportRow, ReportSection)):
            raise TypeError(f"report item must be ReportSection or ReportRow, not {type(it)!r}")
    rows = [it for it in items if isinstance(it, ReportRow)]
    ticker = Ticker(progress, cancelled, len(rows), every=100)
    ticker.check()

    # subtotals per section, in order
    groups: list[tuple[ReportSection | None, list[ReportRow]]] = []
    for it in items:
        if isinstance(it, ReportSection):
            groups.append((it, []))
        else:
            if not groups:
                groups.append((None, []))
            groups[-1][1].append(it)

    columns = [c if c.key != "commune" else Column("commune", clean_text(doc.area_heading)
                                                   or "Xã/Phường", TABLE_TEXT, 16, 28)
               for c in REPORT_COLUMNS]
    sample = [_values(i, r.commune, r, decision_text(r.decision_number, r.decision_date), r.note)
              for i, r in enumerate(rows[:1000], 1)]
    widths = fit_columns(columns, sample)
    # district rows are bold upper case
    widths[1] = max(widths[1], fit_width([clean_text(s.label).upper() for s, _ in groups
                                          if s is not None], bold=True, minimum=16, maximum=28))

    wb = new_workbook()
    ss = SheetStream(wb, "Báo cáo")
    title = TitleBlock(widths, issuing_body_lines=doc.issuing_body_lines, place=doc.place,
                       on=doc.date, title=doc.title, subtitle=doc.subtitle,
                       number_line=doc.number_line)
    first_header = title.row_count + 1
    ss.set_widths(widths)
    setup_page(ss.ws, title_rows=(first_header, first_header + 2),
               freeze=f"C{first_header + 3}")
    data_ss = None
    if doc.include_data_sheet:
        data_ss = SheetStream(wb, "Số liệu", ss.styles)
    village_ss = SheetStream(wb, "Theo thôn", ss.styles) if doc.villages else None

    def build() -> None:
        title.write(ss)
        _write_header(ss, columns, widths)
        table = Table(ss, columns, widths)
        grand = _Totals()
        bold = [CENTER_BOLD, TEXT_BOLD, COUNT_BOLD, COUNT_BOLD, PERCENT_BOLD, COUNT_BOLD,
                COUNT_BOLD, COUNT_BOLD, COUNT_BOLD, PERCENT_BOLD, TEXT_BOLD, TEXT_BOLD]
        section_no = 0
        for section, members in groups:
            sub = _Totals()
            for r in members:
                sub.add(r)
            if section is not None:
                section_no += 1
                table.row(_values(roman(section_no), clean_text(section.label).upper(), sub,
                                  "", ""), bold)
            for i, r in enumerate(members, 1):
                table.row(_values(i, r.commune, r, decision_text(r.decision_number,
                                                                 r.decision_date), r.note))
                grand.add(r)
                ticker.tick()
        total_row = table.row(_values(clean_text(doc.total_label), "", grand, "", ""), bold,
                              height=row_height(1))
        ss.merge(total_row, 1, 2)
        ticker.finish()
        write_signature_block(ss, widths, left_title=doc.preparer_title,
                              right_title=doc.signer_title, left_name=doc.preparer_name,
                              right_name=doc.signer_name)
        if data_ss is not None:
            _write_data_sheet(data_ss, groups, clean_text(doc.area_heading) or "Xã/Phường")
        if village_ss is not None:
            _write_village_sheet(village_ss, doc.villages)

    return save_workbook_atomically(wb, path, build)


def _write_header(ss: SheetStream, columns: Sequence[Column], widths: Sequence[float]) -> None:
    """Two header rows (group headings merged across their columns; single headings merged
    down both rows) and a row of column numbers (1)…(n)."""
    head = ss.style(TABLE_HEADER)
    n = len(columns)
    grouped = {c: g for g in REPORT_GROUPS for c in range(g[0], g[1] + 1)}
    top: list[Any] = []
    bottom: list[Any] = []
    for i, c in enumerate(columns, 1):
        g = grouped.get(i)
        if g is None:
            top.append(make_cell(ss.ws, c.heading, head))
            bottom.append(make_cell(ss.ws, None, head))
        else:
            top.append(make_cell(ss.ws, g[2] if i == g[0] else None, head))
            bottom.append(make_cell(ss.ws, c.heading, head))
    lines_top = max(wrapped_lines(g[2], sum(widths[g[0] - 1:g[1]]), bold=True)
                    for g in REPORT_GROUPS)
    lines_bottom = max(wrapped_lines(c.heading, w, bold=True)
                       for i, (c, w) in enumerate(zip(columns, widths), 1) if i in grouped)
    lines_single = max(wrapped_lines(c.heading, w, bold=True)
                       for i, (c, w) in enumerate(zip(columns, widths), 1) if i not in grouped)
    h_top = row_height(lines_top)
    h_bottom = max(row_height(lines_bottom), row_height(lines_single) - h_top)
    r1 = ss.append(top, h_top)
    r2 = ss.append(bottom, h_bottom)
    for i in range(1, n + 1):
        g = grouped.get(i)
        if g is None:
            ss.merge(r1, i, i, r2)
        elif i == g[0]:
            ss.merge(r1, g[0], g[1])
    num = ss.style(TABLE_HEADER_NUM)
    ss.append([make_cell(ss.ws, f"({i})", num) for i in range(1, n + 1)])


DATA_COLUMNS: tuple[Column, ...] = (
    Column("district", "Huyện/Quận", TABLE_TEXT, 14, 28),
    Column("commune", "Xã/Phường", TABLE_TEXT, 16, 28),
    Column("villages", "Tổng số thôn/TDP", COUNT, 9, 11),
    Column("covered", "Số thôn có Tổ", COUNT, 9, 11),
    Column("teams", "Số Tổ CNSCĐ đã thành lập", COUNT, 10, 12),
    Column("coverage", "Tỷ lệ thôn có Tổ", Style(border=True, halign="right",
                                                 number_format="0.0%"), 9, 11),
    Column("members", "Tổng số thành viên", COUNT, 10, 12),
    Column("women", "Nữ", COUNT, 8, 10),
    Column("youth_union", "Đoàn viên", COUNT, 9, 11),
    Column("trained", "Số thành viên đã tập huấn", COUNT, 10, 12),
    Column("trained_ratio", "Tỷ lệ đã tập huấn", Style(border=True, halign="right",
                                                       number_format="0.0%"), 9, 11),
    Column("decision_number", "Số quyết định gần nhất", TABLE_CODE.but(halign="left"), 14, 20),
    Column("decision_date", "Ngày quyết định", TABLE_DATE, 12, 13),
    Column("note", "Ghi chú", TABLE_NOTE, 10, 24),
)


def _write_data_sheet(ss: SheetStream, groups: Sequence[tuple[ReportSection | None,
                                                              list[ReportRow]]],
                      area_heading: str) -> None:
    columns = [c if c.key != "commune" else Column("commune", area_heading, TABLE_TEXT, 16, 28)
               for c in DATA_COLUMNS]
    values = []
    for section, members in groups:
        label = clean_text(section.label) if section is not None else ""
        for r in members:
            values.append([label, r.commune, r.villages, r.covered, r.teams,
                           ratio(r.covered, r.villages), r.members, r.women, r.youth_union,
                           r.trained, ratio(r.trained, r.members), r.decision_number,
                           r.decision_date, r.note])
    widths = fit_columns(columns, values[:1000])
    ss.set_widths(widths)
    setup_page(ss.ws, title_rows=(1, 1), freeze="C2")
    table = Table(ss, columns, widths)
    table.header()
    for v in values:
        table.row(v)


VILLAGE_COLUMNS: tuple[Column, ...] = (
    Column("village", "Thôn/Tổ dân phố", TABLE_TEXT, 16, 30),
    Column("team_status", "Tổ CNSCĐ", TABLE_TEXT, 12, 18),
    Column("members", "Thành viên", COUNT, 9, 11),
    Column("trained", "Đã tập huấn", COUNT, 9, 11),
    Column("trained_ratio", "Tỷ lệ đã tập huấn", Style(border=True, halign="right",
                                                       number_format="0.0%"), 9, 11),
    Column("decision", "Quyết định gần nhất", TABLE_TEXT, 14, 30),
)


def _write_village_sheet(ss: SheetStream, villages: Sequence[VillageLine]) -> None:
    values = [[clean_text(v.village), clean_text(v.team_status), v.members, v.trained,
               ratio(v.trained, v.members) if v.members else None, clean_text(v.decision)]
              for v in villages]
    widths = fit_columns(VILLAGE_COLUMNS, values[:1000])
    ss.set_widths(widths)
    setup_page(ss.ws, title_rows=(1, 1), freeze="B2")
    table = Table(ss, VILLAGE_COLUMNS, widths)
    table.header()
    for v in values:
        table.row(v)


__all__ = [
    "DATA_COLUMNS",
    "REPORT_COLUMNS",
    "REPORT_GROUPS",
    "VILLAGE_COLUMNS",
    "ReportDocument",
    "ReportItem",
    "ReportRow",
    "ReportSection",
    "VillageLine",
    "decision_text",
    "write_report",
]
