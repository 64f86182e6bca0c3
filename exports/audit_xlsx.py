"""The audit trail (nhật ký thay đổi) as .xlsx: who changed what, when, from what to what.

One sheet, A4 landscape fit to the page width, the header row repeated on every printed page,
frozen under the header. Times are real date-times shown ``DD/MM/YYYY HH:MM`` in local time
(the caller converts from UTC); the change column holds one line per field,
"Họ và tên: Nguyễn Văn An → Nguyễn Văn Ân", already worded by the caller.

Same conventions as the other writers (``exports.xlsx_common``): user text never becomes a
formula, the file is written to a temporary name and renamed, progress and cancel are honoured,
and the entries are streamed (only the first rows are buffered to size the columns).
"""
from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from exports.xlsx_common import (
    BASE,
    TABLE_CENTER,
    TABLE_NOTE,
    TABLE_TEXT,
    CancelledFn,
    Column,
    ProgressFn,
    SheetStream,
    Table,
    Ticker,
    fit_columns,
    new_workbook,
    row_height,
    save_workbook_atomically,
    setup_page,
    wrapped_lines,
)

DATETIME_FORMAT = "DD/MM/YYYY HH:MM"
WIDTH_SAMPLE = 500
TABLE_DATETIME = TABLE_CENTER.but(number_format=DATETIME_FORMAT)


@dataclass(frozen=True)
class AuditLine:
    """One entry of the trail, already worded for people."""

    at: dt.datetime | None  # local time, naive
    username: str
    action: str  # "Sửa", "Thêm", "Xuất Excel"…
    record: str  # "Thành viên số 12", "Tổ CNSCĐ thôn Nà Sla"
    unit: str = ""
    changes: str = ""  # one line per field: "Họ và tên: A → B"
    note: str = ""


@dataclass
class AuditDocument:
    lines: Iterable[AuditLine]
    title: str = "NHẬT KÝ THAY ĐỔI DỮ LIỆU"
    subtitle_lines: Sequence[str] = ()  # the filters, who exported it and when
    total: int | None = None  # for progress; None when unknown


COLUMNS: tuple[Column, ...] = (
    Column("stt", "STT", TABLE_CENTER, 5, 7),
    Column("at", "Thời gian", TABLE_DATETIME, 17, 17),
    Column("username", "Người thực hiện", TABLE_TEXT, 12, 20),
    Column("action", "Thao tác", TABLE_TEXT, 10, 16),
    Column("record", "Bản ghi", TABLE_TEXT, 14, 30),
    Column("unit", "Đơn vị", TABLE_TEXT, 14, 28),
    Column("changes", "Nội dung thay đổi (trước → sau)", TABLE_NOTE, 30, 70),
    Column("note", "Ghi chú", TABLE_NOTE, 10, 24),
)


def _values(number: int, line: AuditLine) -> list:
    at = line.at.replace(tzinfo=None, microsecond=0) if line.at else None
    return [number, at, line.username, line.action, line.record, line.unit, line.changes,
            line.note]


def write_audit_log(
    doc: AuditDocument,
    path: str | os.PathLike[str],
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> int:
    """Write the trail to ``path`` (atomically); returns the number of entries written."""
    wb = new_workbook()
    ss = SheetStream(wb, "Nhật ký")
    lines = iter(doc.lines)
    head = list(itertools.islice(lines, WIDTH_SAMPLE))
    widths = fit_columns(COLUMNS, (_values(i, ln) for i, ln in enumerate(head, 1)))
    n = len(COLUMNS)
    subtitles = [s for s in doc.subtitle_lines if s]
    header_row = 1 + len(subtitles) + 1 + 1  # title, subtitles, spacer, header
    ss.set_widths(widths)
    setup_page(ss.ws, title_rows=(header_row, header_row), freeze=f"A{header_row + 1}",
               landscape=True)
    ticker = Ticker(progress, cancelled, doc.total)
    written = [0]

    def build() -> None:
        total_w = sum(widths)
        title_style = BASE.but(halign="center", bold=True, size=14)
        ss.merged_row(doc.title, title_style, 1, n,
                      row_height(wrapped_lines(doc.title, total_w, 14, bold=True), 14))
        sub_style = BASE.but(halign="center", italic=True)
        for text in subtitles:
            ss.merged_row(text, sub_style, 1, n, row_height(wrapped_lines(text, total_w), 12))
        ss.blank(8)
        table = Table(ss, COLUMNS, widths)
        table.header()
        for number, line in enumerate(itertools.chain(head, lines), 1):
            table.row(_values(number, line))
            written[0] = number
            ticker.tick()
        ticker.finish()

    save_workbook_atomically(wb, Path(path), build)
    return written[0]
