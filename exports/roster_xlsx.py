"""The member roster (danh sách thành viên Tổ CNSCĐ) as .xlsx, for a team, a commune, a district
or the province.

Plain data in (:class:`RosterDocument`, :class:`RosterSection`, :class:`RosterRow`), one file out.
The rows arrive already ordered and grouped by the caller, possibly from a generator of hundreds of
thousands of rows: they are streamed (openpyxl ``write_only``) and never held in memory, except the
first :data:`WIDTH_SAMPLE` rows, which are looked at to size the columns.

Layout (one sheet, "Danh sách")::

    ỦY BAN NHÂN DÂN XÃ …            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        ───────                       Độc lập - Tự do - Hạnh phúc
                                   Hợp Thành, ngày 05 tháng 3 năm 2026
          DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG …
                         (subtitle, italic)
    STT | Họ và tên | [Số CCCD] | Ngày sinh | … | Ghi chú        ← repeated on every printed page
    I. XÃ HỢP THÀNH                                              ← section, merged across
    1. Thôn Nà Sla                                               ← section, merged across
    1 | Hoàng Văn Dũng | …                                       ← members, STT from 1 in each section
    …
    Người lập biểu                              THỦ TRƯỞNG ĐƠN VỊ

Numbering (as offices number two-level lists): the level of the first section in the stream is
the top level and is numbered I, II, III… through the document; sections of the other level are
numbered 1, 2, 3…, starting again after each top-level section. The number is written in front
of the label in the single merged cell ("I. XÃ HỢP THÀNH", "1. Thôn Nà Sla"). Member STT starts
again at 1 after every section row; without sections it runs 1…N.
"""
from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from exports.xlsx_common import (
    SECTION_SUB,
    SECTION_TOP,
    TABLE_CENTER,
    TABLE_CODE,
    TABLE_DATE,
    TABLE_HEADER,
    TABLE_NOTE,
    TABLE_TEXT,
    CancelledFn,
    Column,
    ProgressFn,
    SheetStream,
    Ticker,
    TitleBlock,
    clean_text,
    fit_width,
    make_cell,
    new_workbook,
    roman,
    row_height,
    save_workbook_atomically,
    setup_page,
    wrapped_lines,
    write_signature_block,
)
from vn import person_fields

WIDTH_SAMPLE = 1000   # rows looked at (and buffered) to size the columns


@dataclass(frozen=True)
class RosterSection:
    """A section row: ``level`` "commune" (e.g. "XÃ HỢP THÀNH") or "village" ("Thôn Nà Sla")."""

    level: Literal["commune", "village"]
    label: str


@dataclass(frozen=True)
class RosterRow:
    """One member. ``birth``: a date, a year alone (int) or None. ``trained``: True/False, or a
    text such as "x", "12/2025" or "Trực tuyến"."""

    full_name: str
    birth: dt.date | int | None = None
    sex: str = ""
    ethnicity: str = ""
    position: str = ""        # Chức vụ/đơn vị công tác
    role: str = ""            # Vai trò trong Tổ
    village: str = ""         # Thôn/Tổ dân phố
    commune: str = ""         # Xã/Phường
    phone: str = ""
    email: str = ""
    trained: bool | str = False
    note: str = ""
    citizen_id: str = ""
    old_commune: str = ""     # Xã cũ (before the 2025 reform), when the roster shows it
    youth_union: bool = False  # Đoàn viên: written "x", read back by the import
    # the declared details with a column of their own that have no attribute above (a field
    # added to vn/person_fields.py): name -> text
    details: dict[str, str] = field(default_factory=dict)


RosterItem = RosterSection | RosterRow


@dataclass
class RosterDocument:
    """What the roster shows. ``sections`` is the stream of section rows and member rows in
    print order (any iterable, generators included; it is read once)."""

    issuing_body_lines: Sequence[str]          # e.g. ("UBND HUYỆN …", "UBND XÃ HỢP THÀNH")
    place: str                                  # "Hợp Thành"
    date: dt.date
    title: str                                  # "DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ …"
    subtitle: str | None = None                 # "(Kèm theo Quyết định số …)"
    include_citizen_id: bool = False
    include_old_commune: bool = False          # a "Xã cũ" column after "Xã/Phường"
    sections: Iterable[RosterItem] = field(default_factory=tuple)
    number_line: str | None = None              # "Số: 12/DS-UBND", under the issuing body
    preparer_title: str = "Người lập biểu"
    preparer_name: str = ""
    signer_title: str = "THỦ TRƯỞNG ĐƠN VỊ"      # or "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"…
    signer_name: str = ""
    sheet_title: str = "Danh sách"


# How each kind of cell looks (a person's detail says which: vn/person_fields.py).
CELL_STYLES = {"text": TABLE_TEXT, "code": TABLE_CODE, "date": TABLE_DATE,
               "center": TABLE_CENTER, "note": TABLE_NOTE}

# The roster's own columns: a member's place in the Tổ, where, training.
_OWN_COLUMNS = {
    "stt": Column("stt", "STT", TABLE_CENTER, 5, 7),
    "role": Column("role", "Vai trò trong Tổ", TABLE_TEXT, 11, 18),
    "village": Column("village", "Thôn/Tổ dân phố", TABLE_TEXT, 11, 22),
    "commune": Column("commune", "Xã/Phường", TABLE_TEXT, 11, 22),
    "trained": Column("trained", "Đã tập huấn", TABLE_CENTER, 9, 14),
    "note": Column("note", "Ghi chú", TABLE_NOTE, 10, 30),
}
# A person's details with a column: heading, look and width are declared with the field.
_PERSON_COLUMNS = {f.name: Column(f.name, f.heading, CELL_STYLES[f.cell], *f.width)
                   for f in person_fields.in_files()}
# The order offices know. A detail not named here (a newly declared one) comes before
# "Đã tập huấn", in the declaration's order.
_ORDER = ("stt", "full_name", "citizen_id", "birth", "sex", "ethnicity", "position", "role",
          "village", "commune", "phone", "email", "youth_union", "trained", "note")
#: The details written from ``RosterRow.details`` (no attribute of their own).
DETAIL_COLUMNS: tuple[str, ...] = tuple(k for k in _PERSON_COLUMNS if k not in _ORDER)


def _ordered_columns() -> tuple[Column, ...]:
    keys = [k for k in _ORDER if k in _OWN_COLUMNS or k in _PERSON_COLUMNS]
    at = keys.index("trained")
    keys[at:at] = DETAIL_COLUMNS
    return tuple(_OWN_COLUMNS.get(k) or _PERSON_COLUMNS[k] for k in keys)


# Column keys and headings, in order. ``citizen_id`` only when the office turns it on.
ROSTER_COLUMNS: tuple[Column, ...] = _ordered_columns()

ROSTER_HEADINGS: dict[str, str] = {c.key: c.heading for c in ROSTER_COLUMNS}

# Optional, after "Xã/Phường": the commune a village was in before the 2025 reform.
OLD_COMMUNE_COLUMN = Column("old_commune", "Xã cũ (trước 01/7/2025)", TABLE_TEXT, 11, 22)

# A year alone is written as the text "1990" (a bare number 1990 would turn into a 1905 date if
# someone formats the column as dates).
_YEAR = TABLE_CODE


def roster_columns(include_citizen_id: bool, include_old_commune: bool = False) -> list[Column]:
    """The roster's columns in order."""
    out: list[Column] = []
    for c in ROSTER_COLUMNS:
        if include_citizen_id or c.key != "citizen_id":
            out.append(c)
        if include_old_commune and c.key == "commune":
            out.append(OLD_COMMUNE_COLUMN)
    return out


def _display(r: RosterRow, key: str) -> str:
    """What a cell will show, for sizing columns."""
    v = r.details.get(key, "") if key in DETAIL_COLUMNS else getattr(r, key)
    if key == "birth":
        return "00/00/0000" if isinstance(v, (dt.date, dt.datetime)) else clean_text(v)
    if key in ("trained", "youth_union"):
        return "x" if v is True else ("" if v is False else clean_text(v))
    return clean_text(v, multiline=key == "note")


def _widths(columns: Sequence[Column], sample: Sequence[RosterItem]) -> list[float]:
    rows = [r for r in sample if isinstance(r, RosterRow)]
    widths = []
    for c in columns:
        if c.width is not None:
            widths.append(c.width)
            continue
        # the heading wraps between words, so its longest word must fit
        head = fit_width(c.heading.split(), bold=True, minimum=c.min_width, maximum=c.max_width)
        if c.key == "stt":
            data = fit_width([str(len(rows) or 1)], minimum=c.min_width, maximum=c.max_width)
        else:
            data = fit_width((_display(r, c.key) for r in rows), minimum=c.min_width,
                             maximum=c.max_width)
        widths.append(max(head, data))
    return widths


def _section_label(item: RosterSection, numbers: dict[str, int], top: list[str]) -> str:
    level = item.level if item.level in ("commune", "village") else "village"
    if not top:
        top.append(level)
    if level == top[0]:
        numbers["top"] += 1
        numbers["sub"] = 0
        prefix = roman(numbers["top"])
    else:
        numbers["sub"] += 1
        prefix = str(numbers["sub"])
    label = clean_text(item.label)
    return f"{prefix}. {label}" if label else prefix


def write_roster(path: str | os.PathLike[str], doc: RosterDocument, *,
                 progress: ProgressFn | None = None, cancelled: CancelledFn | None = None,
                 total_rows: int | None = None) -> Path:
    """Write the roster to ``path`` (.xlsx) and return the path.

    ``progress(done, total)`` is called every few hundred members (``total`` is ``total_rows``,
    or the number of members when ``doc.sections`` has a length, else 0 = unknown);
    ``cancelled()`` is asked as often, and when it returns True the export stops with
    :class:`exports.errors.Cancelled` and no file is left. Any other error also leaves no file.
    """
    columns = roster_columns(doc.include_citizen_id, doc.include_old_commune)
    items: Iterator[RosterItem] = iter(doc.sections)
    if total_rows is None and hasattr(doc.sections, "__len__"):
        total_rows = sum(1 for x in doc.sections if isinstance(x, RosterRow))
    ticker = Ticker(progress, cancelled, total_rows)
    ticker.check()
    sample = list(itertools.islice(items, WIDTH_SAMPLE))
    items = itertools.chain(sample, items)
    widths = _widths(columns, sample)

    wb = new_workbook()
    ss = SheetStream(wb, doc.sheet_title)
    title = TitleBlock(widths, issuing_body_lines=doc.issuing_body_lines, place=doc.place,
                       on=doc.date, title=doc.title, subtitle=doc.subtitle,
                       number_line=doc.number_line)
    header_row = title.row_count + 1
    ss.set_widths(widths)
    setup_page(ss.ws, title_rows=(header_row, header_row), freeze=f"C{header_row + 1}")

    def build() -> None:
        title.write(ss)
        header_lines = max(wrapped_lines(c.heading, w, 12, bold=True)
                           for c, w in zip(columns, widths))
        head = ss.style(TABLE_HEADER)
        ss.append([make_cell(ss.ws, c.heading, head) for c in columns],
                  row_height(header_lines))
        _write_body(ss, columns, widths, items, ticker)
        ticker.finish()
        write_signature_block(ss, widths, left_title=doc.preparer_title,
                              right_title=doc.signer_title, left_name=doc.preparer_name,
                              right_name=doc.signer_name)

    return save_workbook_atomically(wb, path, build)


# Columns whose text may wrap onto more lines (the row then gets an explicit height: neither
# Excel nor LibreOffice grows a row for wrapped text reliably when opening a file).
_WRAPPING = ("full_name", "position", "role", "village", "commune", "old_commune", "email",
             "note", "trained")
_UNITS_PER_CHAR = 1.15   # a generous average width of a 12 pt Times New Roman character


def _write_body(ss: SheetStream, columns: Sequence[Column], widths: Sequence[float],
                items: Iterable[RosterItem], ticker: Ticker) -> None:
    ws = ss.ws
    n = len(columns)
    # (attribute, width, longest text sure to fit on one line)
    wraps = [(c.key, w, max(1, int((w - 1.6) / _UNITS_PER_CHAR)))
             for c, w in zip(columns, widths) if c.key in _WRAPPING]
    with_id = any(c.key == "citizen_id" for c in columns)
    with_old = any(c.key == "old_commune" for c in columns)
    st = ss.style
    details = [(c.key, st(c.style)) for c in columns if c.key in DETAIL_COLUMNS]
    s_center, s_text, s_code = st(TABLE_CENTER), st(TABLE_TEXT), st(TABLE_CODE)
    s_date, s_note, s_year = st(TABLE_DATE), st(TABLE_NOTE), st(_YEAR)
    s_top, s_sub = st(SECTION_TOP), st(SECTION_SUB)
    mk = make_cell
    date_types = (dt.date, dt.datetime)
    numbers = {"top": 0, "sub": 0}
    top: list[str] = []
    measured: dict[tuple[str, str], int] = {}
    stt = 0
    tick = ticker.tick
    append = ss.append
    for item in items:
        if type(item) is RosterRow or isinstance(item, RosterRow):
            stt += 1
            birth = item.birth
            if birth is None or birth == "":
                birth_cell = mk(ws, None, s_date)
            elif isinstance(birth, date_types):
                birth_cell = mk(ws, birth, s_date)
            else:                       # a year alone, or text the caller already formatted
                birth_cell = mk(ws, birth, s_year)
            trained = "x" if item.trained is True else (
                item.trained if isinstance(item.trained, str) else None)
            if with_id:
                row = [mk(ws, stt, s_center), mk(ws, item.full_name, s_text),
                       mk(ws, item.citizen_id, s_code)]
            else:
                row = [mk(ws, stt, s_center), mk(ws, item.full_name, s_text)]
            row += (
                birth_cell,
                mk(ws, item.sex, s_center),
                mk(ws, item.ethnicity, s_center),
                mk(ws, item.position, s_text),
                mk(ws, item.role, s_text),
                mk(ws, item.village, s_text),
                mk(ws, item.commune, s_text),
            )
            if with_old:
                row.append(mk(ws, item.old_commune, s_text))
            row += (
                mk(ws, item.phone, s_code),
                mk(ws, item.email, s_text),
                mk(ws, "x" if item.youth_union else None, s_center),
            )
            if details:
                row += [mk(ws, item.details.get(key) or None, style)
                        for key, style in details]
            row += (
                mk(ws, trained, s_center),
                mk(ws, item.note, s_note),
            )
            lines = 1
            for attr, width, limit in wraps:
                v = getattr(item, attr)
                if v.__class__ is str and (len(v) > limit or "\n" in v):
                    got = measured.get((attr, v))  # positions and places repeat: measure once
                    if got is None:
                        got = measured[(attr, v)] = wrapped_lines(
                            clean_text(v, multiline=attr == "note"), width)
                    lines = max(lines, got)
            append(row, None if lines == 1 else row_height(lines))
            tick()
        elif isinstance(item, RosterSection):
            label = _section_label(item, numbers, top)
            level = item.level if item.level in ("commune", "village") else "village"
            rs = s_top if level == top[0] else s_sub
            cells = [mk(ws, label, rs)]
            cells.extend(mk(ws, None, rs) for _ in range(n - 1))
            r = append(cells)
            ss.merge(r, 1, n)
            stt = 0
        else:
            raise TypeError(f"roster item must be RosterSection or RosterRow, not {type(item)!r}")


__all__ = [
    "ROSTER_COLUMNS",
    "ROSTER_HEADINGS",
    "RosterDocument",
    "RosterItem",
    "RosterRow",
    "RosterSection",
    "roster_columns",
    "write_roster",
]
