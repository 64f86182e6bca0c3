"""The import's error report (báo cáo lỗi nhập danh sách) as .xlsx.

Sheets, in order:

* **"Lỗi"**: a summary line, then one row per problem in the file's order: STT, Trang tính,
  Dòng, Cột, Mục, Giá trị (as read), Mức (Lỗi / Cảnh báo), Nội dung (what is wrong and what
  to do). Filter-ready (no merged cells in
  the table), frozen under its header.
* **A copy of every sheet of the original file**, value by value at the same rows and columns
  (so "dòng 12, cột F" points at the same cell as in the file the commune sent), with two
  columns added after the last used one: "Kết quả" (what the import does with the row) and
  "Lỗi" (the row's problems, one per line). Rows with an error are shaded.

The original is read again with python-calamine (any .xlsx, .xls, .ods it could import);
values are copied as they are (text as text, never as a formula; dates shown DD/MM/YYYY).
Written to a temporary file and renamed, like every writer here.

Pure module: plain data in, a file out; no Qt, no database.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from exports.xlsx_common import (
    BASE,
    TABLE_CENTER,
    TABLE_DATE,
    TABLE_NOTE,
    TABLE_TEXT,
    CancelledFn,
    Column,
    ProgressFn,
    SheetStream,
    Table,
    Ticker,
    clean_text,
    fit_columns,
    make_cell,
    new_workbook,
    row_height,
    save_workbook_atomically,
    setup_page,
    wrapped_lines,
)
from vn.messages import severity_label

ERROR_FILL = "FDE2E1"  # light red: prints as a light grey
WARNING_FILL = "FFF4CE"  # light yellow



@dataclass(frozen=True)
class ReportLine:
    """One problem: where (sheet, Excel row, column letters), what field, how serious, and
    the sentence saying what is wrong and what to do."""

    sheet: str | None
    row: int | None
    column: str
    field: str
    severity: str  # "error" | "warning" | "info"
    message: str
    action: str = ""
    value: str = ""  # the cell's value as read


LIST_COLUMNS: tuple[Column, ...] = (
    Column("stt", "STT", TABLE_CENTER, 5, 7),
    Column("sheet", "Trang tính", TABLE_TEXT, 12, 24),
    Column("row", "Dòng", TABLE_CENTER, 6, 8),
    Column("column", "Cột", TABLE_CENTER, 5, 8),
    Column("field", "Mục", TABLE_TEXT, 12, 20),
    Column("value", "Giá trị", TABLE_TEXT, 10, 24),
    Column("severity", "Mức", TABLE_CENTER, 9, 11),
    Column("message", "Nội dung và cách sửa", TABLE_NOTE, 40, 80),
)


def _cell_value(v: Any) -> Any:
    """A calamine value as it should be written back."""
    if v is None or v == "":
        return None
    if isinstance(v, bool):
        return v
    if isinstance(v, float):
        return int(v) if v.is_integer() and abs(v) < 1e15 else v
    if isinstance(v, dt.time):
        return v.isoformat()
    if isinstance(v, dt.timedelta):
        return str(v)
    return v


def _read_sheets(source: str | os.PathLike[str]) -> list[tuple[str, int, list[list[Any]]]]:
    """(name, first column index, rows from row 1) of every worksheet; [] when unreadable."""
    try:
        from python_calamine import CalamineWorkbook

        wb = CalamineWorkbook.from_path(str(source))
    except BaseException as e:
        if isinstance(e, (KeyboardInterrupt, SystemExit)):
            raise
        return []
    out: list[tuple[str, int, list[list[Any]]]] = []
    try:
        for name in wb.sheet_names:
            try:
                sheet = wb.get_sheet_by_name(name)
                start = sheet.start
                if start is None:
                    out.append((name, 0, []))
                    continue
                rows = [list(r) for r in sheet.iter_rows()]
                # calamine yields rows from row 1; should a version start at the first used
                # row instead, pad so row numbers stay the file's
                if rows and start[0] > 0 and any(v != "" for v in rows[0]):
                    rows = [[] for _ in range(start[0])] + rows
                out.append((name, start[1], rows))
            except BaseException as e:
                if isinstance(e, (KeyboardInterrupt, SystemExit)):
                    raise
                out.append((name, 0, []))
    finally:
        try:
            wb.close()
        except Exception:  # noqa: BLE001, S110
            pass
    return out


def write_import_report(
    path: str | os.PathLike[str],
    *,
    source: str | os.PathLike[str] | None,
    lines: Sequence[ReportLine],
    row_actions: dict[tuple[str, int], str] | None = None,
    summary: str = "",
    header_rows: dict[str, int] | None = None,
    title: str = "BÁO CÁO KIỂM TRA DANH SÁCH NHẬP",
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Path:
    """Write the error report; returns the path. ``source`` is the imported file (None or
    unreadable: only the list of problems is written). ``row_actions`` maps (sheet, row) to
    what the import does with the row ("Thêm mới", "Không nhận"…); ``header_rows`` names
    each sheet's table header row, where the added columns get their headings."""
    row_actions = row_actions or {}
    header_rows = header_rows or {}
    sheets = _read_sheets(source) if source is not None else []
    total = len(lines) + sum(len(rows) for _n, _c, rows in sheets)
    ticker = Ticker(progress, cancelled, total, every=500)
    ticker.check()
    wb = new_workbook()
    ss = SheetStream(wb, "Lỗi")
    columns = list(LIST_COLUMNS)
    values = [
        [
            i,
            ln.sheet or "",
            ln.row or "",
            ln.column or "",
            ln.field,
            ln.value,
            severity_label(ln.severity),
            ln.message,
        ]
        for i, ln in enumerate(lines, 1)
    ]
    widths = fit_columns(columns, values[:1000])
    ss.set_widths(widths)
    head_rows = 3 if summary else 2
    setup_page(ss.ws, title_rows=(head_rows + 1, head_rows + 1), freeze=f"A{head_rows + 2}")
    by_row: dict[tuple[str, int], list[ReportLine]] = {}
    for ln in lines:
        if ln.sheet is not None and ln.row:
            by_row.setdefault((ln.sheet, ln.row), []).append(ln)

    def build() -> None:
        ss.merged_row(
            title, BASE.but(bold=True, size=14, halign="center"), 1, len(columns), row_height(1, 14)
        )
        if summary:
            text = clean_text(summary)
            ss.merged_row(
                text,
                BASE.but(italic=True),
                1,
                len(columns),
                row_height(wrapped_lines(text, sum(widths))),
            )
        ss.blank(8)
        table = Table(ss, columns, widths)
        table.header()
        if not values:
            table.section("Không có lỗi nào.", BASE.but(border=True, italic=True))
        for v, ln in zip(values, lines):
            fill = (
                ERROR_FILL
                if ln.severity == "error"
                else (WARNING_FILL if ln.severity == "warning" else None)
            )
            styles = [None] * 5 + [TABLE_CENTER.but(fill=fill) if fill else None, None]
            table.row(v, styles)
            ticker.tick()
        for name, col0, rows in sheets:
            _copy_sheet(
                wb, ss, name, col0, rows, by_row, row_actions, ticker, header_rows.get(name)
            )
        ticker.finish()

    return save_workbook_atomically(wb, path, build)


def _copy_sheet(
    wb: Any,
    first: SheetStream,
    name: str,
    col0: int,
    rows: list[list[Any]],
    by_row: dict[tuple[str, int], list[ReportLine]],
    row_actions: dict[tuple[str, int], str],
    ticker: Ticker,
    header_row: int | None,
) -> None:
    width = max((len(r) for r in rows), default=0) + col0
    ss = SheetStream(wb, name, first.styles)
    plain = ss.style(BASE.but(wrap=False, valign="top"))
    date_s = ss.style(BASE.but(wrap=False, valign="top", number_format=TABLE_DATE.number_format))
    err_fill = ss.style(BASE.but(wrap=False, valign="top", fill=ERROR_FILL))
    err_date = ss.style(
        BASE.but(wrap=False, valign="top", fill=ERROR_FILL, number_format=TABLE_DATE.number_format)
    )
    note = ss.style(TABLE_NOTE.but(valign="top", fill=ERROR_FILL))
    note_warn = ss.style(TABLE_NOTE.but(valign="top", fill=WARNING_FILL))
    head = ss.style(BASE.but(bold=True, wrap=True, halign="center", border=True, fill="D9D9D9"))
    action_s = ss.style(BASE.but(wrap=False, valign="top", border=True, italic=True))
    widths = [12.0] * width + [14.0, 60.0]
    ss.set_widths(widths)
    setup_page(ss.ws, page_numbers=False)
    ws = ss.ws
    for number, row in enumerate(rows, 1):
        problems = by_row.get((name, number), [])
        action = row_actions.get((name, number), "")
        bad = any(p.severity == "error" for p in problems)
        cells: list[Any] = [None] * col0
        for v in row:
            v = _cell_value(v)
            if isinstance(v, (dt.date, dt.datetime)):
                cells.append(make_cell(ws, v, err_date if bad else date_s))
            else:
                cells.append(make_cell(ws, v, err_fill if bad else plain))
        cells += [None] * (width - len(cells))
        if number == header_row:
            cells += [make_cell(ws, "Kết quả", head), make_cell(ws, "Lỗi", head)]
            ss.append(cells)
        elif problems or action:
            cells.append(make_cell(ws, action or None, action_s))
            text = "\n".join(
                f"{severity_label(p.severity) if p.severity else ''}"
                f"{' cột ' + p.column if p.column else ''}: {p.message}"
                for p in problems
            )
            cells.append(make_cell(ws, text or None, note if bad else note_warn))
            lines = sum(wrapped_lines(t, widths[-1]) for t in text.split("\n")) if text else 1
            ss.append(cells, row_height(min(lines, 12)) if lines > 1 else None)
        else:
            ss.append(cells)
        ticker.tick()
    if not rows:
        ss.append([make_cell(ws, "(Trang tính trống)", plain)])


__all__ = ["LIST_COLUMNS", "ReportLine", "write_import_report"]
