"""Shared helpers for the .xlsx writers: safe text, styles, Vietnamese formats, widths, page set-up,
the official title and signature blocks, progress/cancel and atomic saving.

Pure module: plain Python data in, files out. Never imports Qt, Peewee, ``desktop``, ``db`` or
``ui``.

Conventions every writer follows
--------------------------------
* Workbooks are written with openpyxl in ``write_only`` mode (rows streamed, never materialised).
  Cells are built with :func:`make_cell` from a :class:`Style` resolved once per workbook by
  :class:`StyleBook`, so the per-cell cost stays close to a bare openpyxl loop.
* User text goes through :func:`clean_text`: NFC, control characters illegal in XML removed,
  whitespace collapsed (notes keep their line breaks), at most 32,767 characters. It is always
  written as a string cell (``data_type = "s"``); text starting with ``= + - @`` also gets the
  ``quotePrefix`` style so Excel keeps it text when the cell is edited. No formula is ever made
  from user text.
* Dates are real dates shown ``DD/MM/YYYY``; phones, citizen IDs and codes are text cells with
  number format ``@`` (leading zeros kept).
* Writers accept ``progress(done, total)`` (``total`` is 0 when unknown) and ``cancelled()``
  callables. On cancel they raise :class:`exports.errors.Cancelled`; on cancel or any error no file
  is left behind: the workbook is written to a temporary file in the target folder and moved over
  the target with ``os.replace`` only when complete (:func:`save_workbook_atomically`).
"""
from __future__ import annotations

import functools
import math
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.compat import safe_string
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.cell_range import CellRange

from exports.errors import Cancelled, check_target, file_error
from vn.dates import format_day, long_date
from vn.files import atomic_path
from vn.text import VIETNAMESE_LETTERS

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]

FONT_NAME = "Times New Roman"
DATE_FORMAT = "DD/MM/YYYY"
TEXT_FORMAT = "@"
HEADER_FILL = "D9D9D9"      # light grey: prints well in black and white
SECTION_FILL = "F2F2F2"     # lighter grey for top-level section rows
MAX_CELL_CHARS = 32767

# Characters that may not appear in an XML 1.0 document (C0 controls except TAB, LF, CR; lone
# surrogates; U+FFFE/U+FFFF), plus DEL and the C1 controls, which are legal XML but never wanted in
# an office file (they come from pasted Word/PDF text and show as boxes).
_ILLEGAL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_WS_RE = re.compile(r"[ \t\r\n\u00a0\u2000-\u200b\u2028\u2029\u3000]+")
_LINE_WS_RE = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
FORMULA_PREFIXES = ("=", "+", "-", "@")

_NFC_is_normalized = unicodedata.is_normalized
_normalize = unicodedata.normalize


# --------------------------------------------------------------------------------------------
# Text
# --------------------------------------------------------------------------------------------

def clean_text(value: Any, *, multiline: bool = False) -> str:
    """User text made safe for a cell.

    NFC; control characters illegal in XML (and C1 controls) removed; runs of whitespace
    collapsed to one space and the ends trimmed. With ``multiline`` line breaks are kept (CRLF and
    CR become LF, blank lines are dropped). At most 32,767 characters (Excel's limit).
    ``None`` gives ``""``; other values are converted with ``str``.
    """
    if value is None:
        return ""
    if value.__class__ is not str:
        value = str(value)
    if not value.isascii() and not _NFC_is_normalized("NFC", value):
        value = _normalize("NFC", value)
    if value.isprintable() and not multiline:
        # fast path: no control character, no tab/newline/odd space (all non-printable)
        if "  " in value:
            value = _WS_RE.sub(" ", value)
        value = value.strip()
    else:
        if _ILLEGAL_RE.search(value) is not None:
            value = _ILLEGAL_RE.sub("", value)
        if multiline:
            lines = (_LINE_WS_RE.sub(" ", ln).strip()
                     for ln in value.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
            value = "\n".join(ln for ln in lines if ln)
        else:
            value = _WS_RE.sub(" ", value).strip()
    if len(value) > MAX_CELL_CHARS:
        value = value[:MAX_CELL_CHARS]
    return value


def upper_vi(text: str) -> str:
    """Upper case for Vietnamese (NFC kept; ``đ`` → ``Đ``)."""
    return _normalize("NFC", text.upper())


def roman(n: int) -> str:
    """Roman numeral for 1 ≤ n ≤ 3999 (section numbering: I, II, III…)."""
    if not 0 < n < 4000:
        return str(n)
    out = []
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                       (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                       (4, "IV"), (1, "I")):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def vn_decimal(value: float | Decimal, decimals: int = 1, *, trim_zero: bool = True) -> str:
    """A number in Vietnamese style: comma as decimal separator, dot between thousands.

    ``vn_decimal(95.46) == "95,5"``, ``vn_decimal(1234.5) == "1.234,5"``,
    ``vn_decimal(100.0) == "100"`` (a trailing ``,0`` is dropped when ``trim_zero``).
    Rounds half up, like offices do by hand.
    """
    q = Decimal(1).scaleb(-decimals) if decimals > 0 else Decimal(1)
    d = Decimal(str(value)).quantize(q, rounding=ROUND_HALF_UP)
    sign = "-" if d < 0 else ""
    d = abs(d)
    text = f"{d:.{decimals}f}" if decimals > 0 else f"{d:.0f}"
    whole, _, frac = text.partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    whole = ".".join(groups)
    if trim_zero and frac and set(frac) == {"0"}:
        frac = ""
    if sign and whole.strip("0.") == "" and not frac.strip("0"):
        sign = ""
    return f"{sign}{whole},{frac}" if frac else f"{sign}{whole}"


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    """numerator / denominator, or None when the denominator is missing or zero."""
    if numerator is None or not denominator:
        return None
    return numerator / denominator


def vn_percent(numerator: float | None, denominator: float | None,
               decimals: int = 1) -> str:
    """Percentage text in Vietnamese style: ``vn_percent(191, 200) == "95,5%"``.

    Whole percentages print without decimals (``"100%"``, ``"50%"``); an undefined ratio (no
    denominator) gives ``""``. Text prints the same in Excel and LibreOffice in any locale.
    """
    r = ratio(numerator, denominator)
    if r is None:
        return ""
    return vn_decimal(Decimal(str(numerator)) * 100 / Decimal(str(denominator)), decimals) + "%"


def vn_long_date(d: date, place: str = "") -> str:
    """The ND 30/2020 date line: ``"Hợp Thành, ngày 05 tháng 3 năm 2026"``.

    Days below 10 and the months 1 and 2 take a leading zero.
    """
    text = long_date(d)
    place = clean_text(place)
    return f"{place}, {text}" if place else text.capitalize()


def format_date(d: date | None) -> str:
    """``dd/mm/yyyy`` text (for dates inside text cells, e.g. "103/QĐ-UBND, 29/11/2023")."""
    return format_day(d)


_SHEET_TITLE_BAD = re.compile(r"[\[\]:*?/\\]")


def safe_sheet_title(name: str, taken: Iterable[str] = ()) -> str:
    """A valid, unique sheet name: no ``[]:*?/\\``, at most 31 characters, not starting or ending
    with an apostrophe, unique (case-insensitively) among ``taken``."""
    base = clean_text(_SHEET_TITLE_BAD.sub(" ", clean_text(name))).strip("'").strip() or "Trang"
    base = base[:31].rstrip()
    lowered = {t.casefold() for t in taken}
    title, n = base, 1
    while title.casefold() in lowered:
        n += 1
        suffix = f" ({n})"
        title = base[:31 - len(suffix)].rstrip() + suffix
    return title


# --------------------------------------------------------------------------------------------
# Widths (Times New Roman metrics, Excel width units)
# --------------------------------------------------------------------------------------------

# Advance widths of Times New Roman in em (from the font's hmtx, rounded). Vietnamese letters are
# measured on their base letter: the marks above and below take no width.
_EM: dict[str, float] = {}
for _chars, _w in (
    (" ", 0.25), ("il.,:;'|!", 0.28), ("jft()[]-/", 0.33), ("r", 0.33), ("sI", 0.39),
    ("aceJz?", 0.44), ("bdghknopquvxy0123456789$#*+<>=_~^", 0.5), ("FPS", 0.56),
    ("ELTZ", 0.61), ("BCR", 0.67), ("w", 0.72), ("ADGHKNOQUVXY", 0.72), ("m", 0.78),
    ("%", 0.83), ("M", 0.89), ("@W", 0.94),
):
    for _c in _chars:
        _EM[_c] = _w
_EM["\u0111"] = 0.5    # đ
_EM["\u0110"] = 0.72   # Đ


def _char_em(ch: str) -> float:
    w = _EM.get(ch)
    if w is not None:
        return w
    base = _normalize("NFD", ch)[:1]
    w = _EM.get(base)
    if w is not None:
        return w
    if base.isupper():
        return 0.72
    return 0.5


# Every character of ordinary Vietnamese text (ASCII, and each Vietnamese letter on its
# base letter) looked up at once; anything else goes through _char_em.
_EM_TEXT: dict[str, float] = {ch: _char_em(ch) for ch in map(chr, range(0x20, 0x7F))}
_EM_TEXT.update({ch: _char_em(ch) for ch in VIETNAMESE_LETTERS})
_em_of = _EM_TEXT.__getitem__

DIGIT_PX = 8.0   # width of a digit of the default font (Times New Roman 12 pt at 96 dpi)


def text_width(text: str, size: float = 12, *, bold: bool = False) -> float:
    """Width of one line of text in Excel column units (digits of the default font, 8 px).

    Used to size columns so Vietnamese text fits without being cut when printed.
    """
    if not text:
        return 0.0
    try:
        em = sum(map(_em_of, text))
    except KeyError:  # a character outside ordinary text
        em = sum(_char_em(c) for c in text)
    if bold:
        em *= 1.07
    px = em * size * 96 / 72
    return px / DIGIT_PX


def fit_width(texts: Iterable[str], *, size: float = 12, bold: bool = False,
              minimum: float = 5.0, maximum: float = 60.0, padding: float = 1.6) -> float:
    """Column width that fits the longest line of ``texts`` (clamped to [minimum, maximum])."""
    widest = 0.0
    for t in texts:
        for line in str(t).split("\n"):
            widest = max(widest, text_width(line, size, bold=bold))
    return round(min(max(widest + padding, minimum), maximum), 2)


@functools.lru_cache(maxsize=8192)
def wrapped_lines(text: str, width: float, size: float = 12, *, bold: bool = False) -> int:
    """How many lines ``text`` takes in a cell ``width`` units wide (greedy word wrap).
    Cached: rosters repeat the same positions, villages and communes."""
    usable = max(width - 1.0, 1.0)
    text = str(text)
    if "\n" not in text and text_width(text, size, bold=bold) <= usable:
        return 1  # fits whole: no word to wrap
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        current = 0.0
        for word in paragraph.split(" "):
            w = text_width(word, size, bold=bold)
            space = text_width(" ", size, bold=bold) if current else 0.0
            if current and current + space + w > usable:
                lines += 1
                current = w
            else:
                current += space + w
            while current > usable:          # a single word longer than the cell
                lines += 1
                current -= usable
    return max(lines, 1)


def row_height(lines: int, size: float = 12) -> float:
    """Row height in points for ``lines`` lines of text of ``size`` points."""
    return round(lines * size * 1.25 + 1.5, 2)


# --------------------------------------------------------------------------------------------
# Styles and cells
# --------------------------------------------------------------------------------------------

_THIN = Side(style="thin", color="000000")
_BORDER_ALL = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


@dataclass(frozen=True)
class Style:
    """A cell style, independent of any workbook. Resolve it with :class:`StyleBook`."""

    size: float = 12
    bold: bool = False
    italic: bool = False
    underline: str | None = None
    halign: str = "left"
    valign: str = "center"
    wrap: bool = True
    border: bool = False
    fill: str | None = None
    number_format: str = "General"
    indent: int = 0
    # How values are written: "text" turns any value into a text cell (phones, IDs, codes);
    # "multiline" keeps line breaks in text (notes).
    as_text: bool = False
    multiline: bool = False

    def but(self, **changes: Any) -> Style:
        """A copy with some fields changed."""
        return replace(self, **changes)


class ResolvedStyle:
    """A :class:`Style` bound to one workbook: two StyleArrays, plain and quote-prefixed."""

    __slots__ = ("as_text", "multiline", "plain", "quoted")

    def __init__(self, plain: StyleArray, quoted: StyleArray, as_text: bool, multiline: bool):
        self.plain = plain
        self.quoted = quoted
        self.as_text = as_text
        self.multiline = multiline


class StyleBook:
    """Resolves :class:`Style` objects for one workbook (cached), so each cell only copies a
    ready StyleArray instead of looking fonts, borders and formats up again."""

    def __init__(self, ws: Any):
        self._ws = ws
        self._cache: dict[Style, ResolvedStyle] = {}

    def __call__(self, style: Style) -> ResolvedStyle:
        got = self._cache.get(style)
        if got is None:
            got = self._cache[style] = self._resolve(style)
        return got

    def _resolve(self, s: Style) -> ResolvedStyle:
        c = Cell(self._ws, 1, 1)
        c.font = Font(name=FONT_NAME, size=s.size, bold=s.bold, italic=s.italic,
                      underline=s.underline)
        c.alignment = Alignment(horizontal=s.halign, vertical=s.valign, wrap_text=s.wrap,
                                indent=s.indent)
        if s.border:
            c.border = _BORDER_ALL
        if s.fill:
            c.fill = PatternFill(fill_type="solid", start_color=s.fill, end_color=s.fill)
        c.number_format = s.number_format
        plain = StyleArray(c._style)
        c.quotePrefix = True
        quoted = StyleArray(c._style)
        return ResolvedStyle(plain, quoted, s.as_text, s.multiline)


_CLEANED: dict[tuple[str, bool], str] = {}
_CLEANED_MAX = 200_000


def _clean_once(value: Any, multiline: bool) -> str:
    """:func:`clean_text`, computed once per distinct value: a roster repeats its villages,
    communes, roles and ethnicities on every row (a bounded memo, cleared when full)."""
    if value.__class__ is not str:
        return clean_text(value, multiline=multiline)
    key = (value, multiline)
    text = _CLEANED.get(key)
    if text is None:
        if len(_CLEANED) >= _CLEANED_MAX:
            _CLEANED.clear()
        text = _CLEANED[key] = clean_text(value, multiline=multiline)
    return text


def make_cell(ws: Any, value: Any, style: ResolvedStyle) -> Cell:
    """A write-only cell holding ``value`` with ``style``.

    Text is cleaned (:func:`clean_text`) and always stored as a string, never a formula (text
    starting with ``= + - @`` also gets ``quotePrefix``). ``date``/``datetime`` and numbers are
    stored as such, except in ``as_text`` styles, where everything becomes text. ``None`` and
    ``""`` give an empty cell that still carries the style (its borders print).
    """
    if value is None:
        return Cell(ws, 1, 1, None, style.plain)
    t = value.__class__
    if t is str or style.as_text:
        if t is bool:
            value = "x" if value else ""
        elif t is date or t is datetime:
            value = format_date(value)
        text = _clean_once(value, style.multiline)
        if not text:
            return Cell(ws, 1, 1, None, style.plain)
        cell = Cell(ws, 1, 1, None, style.quoted if text.startswith(FORMULA_PREFIXES)
                    else style.plain)
        # Set directly: the text is already clean (what openpyxl's value setter would check
        # again, for every cell) and must stay a string: never a formula, never an error
        # code like "#N/A".
        cell._value = text
        cell.data_type = "s"
        return cell
    if t is int or t is date or t is datetime or t is float:
        if t is float and not math.isfinite(value):
            return Cell(ws, 1, 1, None, style.plain)
        if t is datetime and value.tzinfo is not None:      # Excel has no time zones
            value = value.replace(tzinfo=None)
        cell = Cell(ws, 1, 1, None, style.plain)
        cell.value = value
        return cell
    if t is bool:
        return make_cell(ws, "x" if value else None, style)
    if isinstance(value, Decimal):
        return make_cell(ws, float(value), style)
    # subclasses (an enum's str, a numpy-like int): the plain base value
    if isinstance(value, str):
        return make_cell(ws, str(value), style)
    if isinstance(value, int):
        return make_cell(ws, int(value), style)
    if isinstance(value, float):
        return make_cell(ws, float(value), style)
    if isinstance(value, datetime):
        return make_cell(ws, datetime(*value.timetuple()[:6], value.microsecond), style)
    if isinstance(value, date):
        return make_cell(ws, date(value.year, value.month, value.day), style)
    return make_cell(ws, str(value), style)


# Styles used by several writers.
BASE = Style()
TABLE_TEXT = Style(border=True)
TABLE_CENTER = Style(border=True, halign="center")
TABLE_RIGHT = Style(border=True, halign="right")
TABLE_NOTE = Style(border=True, multiline=True)
TABLE_CODE = Style(border=True, halign="center", number_format=TEXT_FORMAT, as_text=True)
TABLE_DATE = Style(border=True, halign="center", number_format=DATE_FORMAT)
TABLE_INT = Style(border=True, halign="right", number_format="#,##0")
TABLE_HEADER = Style(border=True, bold=True, halign="center", fill=HEADER_FILL)
TABLE_HEADER_NUM = Style(border=True, italic=True, halign="center", size=11)
SECTION_TOP = Style(border=True, bold=True, fill=SECTION_FILL, wrap=False)
SECTION_SUB = Style(border=True, bold=True, wrap=False)


# --------------------------------------------------------------------------------------------
# Streaming sheet
# --------------------------------------------------------------------------------------------

@dataclass
class Column:
    """A table column: heading, style of its data cells and width limits."""

    key: str
    heading: str
    style: Style = TABLE_TEXT
    min_width: float = 6.0
    max_width: float = 40.0
    width: float | None = None      # fixed width (skips fitting)


class SheetStream:
    """A write-only worksheet plus the row counter openpyxl keeps to itself, merge and row-height
    helpers, and the shared style book."""

    def __init__(self, wb: Workbook, title: str, styles: StyleBook | None = None):
        self.wb = wb
        taken = [ws.title for ws in wb.worksheets]
        self.ws = wb.create_sheet(safe_sheet_title(title, taken))
        self.styles = styles or StyleBook(self.ws)
        self.row = 0            # index of the last row written
        self._merges = self.ws.merged_cells.ranges   # a set: ranges here never overlap

    def style(self, s: Style) -> ResolvedStyle:
        return self.styles(s)

    def cell(self, value: Any, s: Style | ResolvedStyle) -> Cell:
        rs = s if isinstance(s, ResolvedStyle) else self.styles(s)
        return make_cell(self.ws, value, rs)

    def append(self, cells: Sequence[Any], height: float | None = None) -> int:
        """Write the next row; returns its index."""
        self.row += 1
        if height is None:
            self.ws.append(cells)
        else:
            # A write-only sheet writes a row as soon as it is appended, taking the row's
            # attributes from ``row_dimensions``: give it those attributes as the plain dict a
            # RowDimension would give (30 times cheaper than building one, and a roster sets
            # a height on most rows), and drop it straight after, so 500,000 rows with heights
            # cost no memory.
            dims = self.ws.row_dimensions
            dims[self.row] = {"ht": safe_string(height), "customHeight": "1"}
            self.ws.append(cells)
            del dims[self.row]
        return self.row

    def blank(self, height: float | None = None) -> int:
        return self.append([], height)

    def merge(self, row: int, first_col: int, last_col: int, last_row: int | None = None) -> None:
        """Merge a block (added without openpyxl's O(n) overlap scan; callers never overlap)."""
        last_row = row if last_row is None else last_row
        if first_col == last_col and row == last_row:
            return
        self._merges.add(CellRange(min_col=first_col, min_row=row, max_col=last_col,
                                   max_row=last_row))

    def set_widths(self, widths: Sequence[float], default_height: float | None = None) -> None:
        """Column widths and the default row height (one line of 12 pt Times New Roman unless
        given); must be called before the first row is written."""
        for i, w in enumerate(widths, 1):
            self.ws.column_dimensions[get_column_letter(i)].width = w
        fmt = self.ws.sheet_format
        fmt.defaultRowHeight = default_height or row_height(1)
        fmt.customHeight = True

    def merged_row(self, value: Any, s: Style, first_col: int, last_col: int,
                   height: float | None = None) -> int:
        """A row whose ``first_col..last_col`` block is one merged cell holding ``value``."""
        rs = self.styles(s)
        cells: list[Any] = [None] * (first_col - 1)
        cells.append(make_cell(self.ws, value, rs))
        cells.extend(make_cell(self.ws, None, rs) for _ in range(last_col - first_col))
        r = self.append(cells, height)
        self.merge(r, first_col, last_col)
        return r


def display_text(value: Any, multiline: bool = False) -> str:
    """What a cell shows, for sizing columns (dates as dd/mm/yyyy, numbers as written)."""
    if value is None or value is False:
        return ""
    if value is True:
        return "x"
    if isinstance(value, (date, datetime)):
        return "00/00/0000"
    if isinstance(value, float):
        return vn_decimal(value, 2)
    if isinstance(value, int):
        return f"{value:,}"
    return clean_text(value, multiline=multiline)


def fit_columns(columns: Sequence[Column], sample: Iterable[Sequence[Any]]) -> list[float]:
    """Widths for ``columns`` that fit their headings (which wrap between words, so the longest
    word must fit) and the values of ``sample`` (rows of values in column order), within each
    column's limits."""
    rows = list(sample)
    widths = []
    for i, c in enumerate(columns):
        if c.width is not None:
            widths.append(c.width)
            continue
        head = fit_width(c.heading.split(), bold=True, minimum=c.min_width, maximum=c.max_width)
        data = fit_width((display_text(r[i] if i < len(r) else None, c.style.multiline)
                          for r in rows), minimum=c.min_width, maximum=c.max_width)
        widths.append(max(head, data))
    return widths


class Table:
    """Writes a bordered table into a :class:`SheetStream`: a header row, data rows (each row's
    height grows to fit wrapped text), and section rows merged across."""

    def __init__(self, ss: SheetStream, columns: Sequence[Column], widths: Sequence[float]):
        self.ss = ss
        self.columns = list(columns)
        self.widths = list(widths)
        self.n = len(self.columns)
        self.styles = [ss.style(c.style) for c in self.columns]
        self.limits = [max(1, int((w - 1.6) / 1.15)) for w in self.widths]

    def header(self, style: Style = TABLE_HEADER) -> int:
        rs = self.ss.style(style)
        lines = max(wrapped_lines(c.heading, w, style.size, bold=style.bold)
                    for c, w in zip(self.columns, self.widths))
        return self.ss.append([make_cell(self.ss.ws, c.heading, rs) for c in self.columns],
                              row_height(lines, style.size))

    def row(self, values: Sequence[Any], styles: Sequence[Style | None] | None = None,
            height: float | None = None) -> int:
        """A data row; ``styles`` may override the column style cell by cell (None = keep).
        The height fits wrapped text unless ``height`` is given."""
        ws, cells, lines = self.ss.ws, [], 1
        for i in range(self.n):
            v = values[i] if i < len(values) else None
            rs = self.styles[i]
            override = styles[i] if styles is not None and i < len(styles) else None
            if override is not None:
                rs = self.ss.style(override)
            cells.append(make_cell(ws, v, rs))
            if v.__class__ is str and (len(v) > self.limits[i] or "\n" in v):
                got = wrapped_lines(clean_text(v, multiline=rs.multiline), self.widths[i])
                lines = max(lines, got)
        if height is None and lines > 1:
            height = row_height(lines)
        return self.ss.append(cells, height)

    def section(self, label: str, style: Style = SECTION_SUB) -> int:
        """A row merged across the table holding ``label``."""
        text = clean_text(label)
        total = sum(self.widths)
        lines = wrapped_lines(text, total, style.size, bold=style.bold) if style.wrap else 1
        return self.ss.merged_row(text, style, 1, self.n,
                                  None if lines == 1 else row_height(lines, style.size))


# --------------------------------------------------------------------------------------------
# Page set-up
# --------------------------------------------------------------------------------------------

MM = 1 / 25.4   # inches per millimetre
PAPER_A4 = 9     # paperSize code of A4 in SpreadsheetML


def setup_page(ws: Any, *, title_rows: tuple[int, int] | None = None,
               freeze: str | None = None, landscape: bool = True,
               page_numbers: bool = True) -> None:
    """A4, landscape (or portrait), fit all columns to the page width (any number of pages
    tall), header rows repeated on every printed page, frozen panes, ND 30/2020 margins (top and
    bottom 20 mm, left 30 mm, right 15 mm), centred horizontally, and page numbers centred in
    the top margin from page 2 on (ND 30: none on page 1).

    Must be called before the first row is written (write-only sheets write their views first).
    """
    ps = ws.page_setup
    ps.paperSize = PAPER_A4
    ps.orientation = "landscape" if landscape else "portrait"
    ps.fitToWidth = 1
    ps.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    m = ws.page_margins
    m.left, m.right, m.top, m.bottom = 30 * MM, 15 * MM, 20 * MM, 20 * MM
    m.header, m.footer = 8 * MM, 8 * MM
    if title_rows:
        ws.print_title_rows = f"{title_rows[0]}:{title_rows[1]}"
    if freeze:
        ws.freeze_panes = freeze
    if page_numbers:
        ps.firstPageNumber = 1          # each sheet numbers its own pages
        ps.useFirstPageNumber = True
        hf = ws.HeaderFooter
        hf.differentFirst = True
        hf.oddHeader.center.text = "&P"
        hf.oddHeader.center.font = f"{FONT_NAME},Regular"
        hf.oddHeader.center.size = 13


# --------------------------------------------------------------------------------------------
# Official blocks (ND 30/2020 style)
# --------------------------------------------------------------------------------------------

MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"


def split_blocks(widths: Sequence[float], left_share: float = 0.42) -> tuple[int, int, int]:
    """Split the columns into a left block ``1..left_end`` and a right block
    ``right_start..n`` for the two-sided title and signature blocks."""
    n = len(widths)
    total = sum(widths)
    acc, left_end = 0.0, 1
    for i, w in enumerate(widths, 1):
        acc += w
        left_end = i
        if acc >= total * left_share:
            break
    left_end = min(max(left_end, 1), max(n - 1, 1))
    right_start = min(left_end + 1, n)
    return left_end, right_start, n


class TitleBlock:
    """The official heading of a table document (ND 30/2020 layout, kept in a plain table).

    Left: the issuing body in upper case (the last line bold, the governing body above it
    regular) and a short solid rule under it, 1/3–1/2 of its length; optionally a "Số: …" line.
    Right: Quốc hiệu (bold), Tiêu ngữ (bold, underlined: a rule as long as the text), and the
    italic place-and-date line level with the "Số" line. Then the bold title and an optional
    italic subtitle, merged across the table, and a spacer row.

    ``row_count`` is known before writing, so callers can set frozen panes and print titles
    (which write-only sheets need before the first row).
    """

    def __init__(self, widths: Sequence[float], *, issuing_body_lines: Sequence[str],
                 place: str, on: date | None, title: str,
                 subtitle: str | Sequence[str] | None = None, number_line: str | None = None):
        self.widths = list(widths)
        self.left_end, self.right_start, self.n = split_blocks(self.widths)
        body = [upper_vi(t) for t in (clean_text(x) for x in issuing_body_lines) if t]
        left: list[tuple[str, Style, float | None]] = []
        for i, line in enumerate(body):
            left.append((line, BASE.but(halign="center", bold=i == len(body) - 1), None))
        if body:
            rule_w = text_width(body[-1], 12, bold=True) * 0.4
            rule = "\u2500" * max(4, round(rule_w / text_width("\u2500", 9)))
            left.append((rule, BASE.but(halign="center", valign="top", wrap=False, size=9), 10.0))
        right: list[tuple[str, Style, float | None]] = [
            (MOTTO_1, BASE.but(halign="center", bold=True), None),
            (MOTTO_2, BASE.but(halign="center", bold=True, size=13, underline="single"), None),
            ("", BASE, 6.0),
        ]
        rows = max(len(left), len(right))
        left += [("", BASE, 6.0)] * (rows - len(left))
        right += [("", BASE, 6.0)] * (rows - len(right))
        number = clean_text(number_line) if number_line else ""
        when = vn_long_date(on, place) if on is not None else ""
        if number or when:
            left.append((number, BASE.but(halign="center", size=13), None))
            right.append((when, BASE.but(halign="center", italic=True, size=13), None))
        self.pairs = list(zip(left, right))
        self.title = upper_vi(clean_text(title))
        lines = [subtitle] if isinstance(subtitle, str) else list(subtitle or ())
        self.subtitles = [t for t in (clean_text(x) for x in lines) if t]
        # pairs, spacer, title, subtitles, spacer
        self.row_count = len(self.pairs) + 3 + len(self.subtitles)

    def write(self, ss: SheetStream) -> int:
        """Write the block; returns the index of its last row."""
        widths, le, rs_, n = self.widths, self.left_end, self.right_start, self.n
        left_w, right_w = sum(widths[:le]), sum(widths[rs_ - 1:])
        for (lt, ls, lh), (rt, rs, rh) in self.pairs:
            needs = []
            for text, st, fixed, width in ((lt, ls, lh, left_w), (rt, rs, rh, right_w)):
                if fixed is not None:
                    needs.append(fixed)
                elif text:
                    needs.append(row_height(wrapped_lines(text, width, st.size, bold=st.bold),
                                            st.size))
            height = max(needs) if needs else 6.0
            cells: list[Any] = [ss.cell(lt, ls)] + [ss.cell(None, ls) for _ in range(le - 1)]
            cells += [None] * (rs_ - le - 1)
            cells += [ss.cell(rt, rs)] + [ss.cell(None, rs) for _ in range(n - rs_)]
            r = ss.append(cells, height)
            ss.merge(r, 1, le)
            ss.merge(r, rs_, n)
        ss.blank(8)
        total_w = sum(widths)
        t_style = BASE.but(halign="center", bold=True, size=14)
        ss.merged_row(self.title, t_style, 1, n,
                      row_height(wrapped_lines(self.title, total_w, 14, bold=True), 14))
        s_style = BASE.but(halign="center", italic=True, size=13)
        for sub in self.subtitles:
            ss.merged_row(sub, s_style, 1, n, row_height(wrapped_lines(sub, total_w, 13), 13))
        return ss.blank(8)


def write_signature_block(ss: SheetStream, widths: Sequence[float], *,
                          left_title: str = "Người lập biểu",
                          right_title: str = "THỦ TRƯỞNG ĐƠN VỊ",
                          left_name: str = "", right_name: str = "",
                          left_hint: str = "(Ký, ghi rõ họ tên)",
                          right_hint: str = "(Ký tên, đóng dấu)") -> None:
    """Signature area below a table: preparer on the left, head of the office on the right, each
    title bold, an italic hint under it, four blank lines to sign in, then the names (bold)."""
    left_end, right_start, n = split_blocks(widths)
    ss.blank()

    def pair(lt: str, rt: str, s: Style, height: float | None = None) -> None:
        cells: list[Any] = [ss.cell(lt, s)] + [ss.cell(None, s) for _ in range(left_end - 1)]
        cells += [None] * (right_start - left_end - 1)
        cells += [ss.cell(rt, s)] + [ss.cell(None, s) for _ in range(n - right_start)]
        r = ss.append(cells, height)
        ss.merge(r, 1, left_end)
        ss.merge(r, right_start, n)

    pair(clean_text(left_title), upper_vi(clean_text(right_title)),
         BASE.but(halign="center", bold=True, size=13, wrap=False), row_height(1, 13))
    pair(clean_text(left_hint), clean_text(right_hint),
         BASE.but(halign="center", italic=True, wrap=False))
    for _ in range(4):
        ss.blank(row_height(1, 13))
    if left_name or right_name:
        pair(clean_text(left_name), clean_text(right_name),
             BASE.but(halign="center", bold=True, size=13, wrap=False), row_height(1, 13))


# --------------------------------------------------------------------------------------------
# Progress, cancel, atomic save
# --------------------------------------------------------------------------------------------

class Ticker:
    """Throttled progress reports and cancel checks for a writer's main loop.

    ``tick()`` is called once per row; every ``every`` rows it reports ``progress(done, total)``
    and asks ``cancelled()``, raising :class:`Cancelled` if it says so. ``total`` 0 = unknown.
    """

    __slots__ = ("_next", "cancelled", "done", "every", "progress", "total")

    def __init__(self, progress: ProgressFn | None, cancelled: CancelledFn | None,
                 total: int | None = None, every: int = 500):
        self.progress = progress
        self.cancelled = cancelled
        self.total = int(total or 0)
        self.every = max(1, every)
        self.done = 0
        self._next = self.every

    def check(self) -> None:
        """Report and ask now."""
        if self.progress is not None:
            self.progress(self.done, self.total)
        if self.cancelled is not None and self.cancelled():
            raise Cancelled({"done": self.done, "total": self.total})

    def tick(self, n: int = 1) -> None:
        self.done += n
        if self.done >= self._next:
            self._next = self.done + self.every
            self.check()

    def finish(self) -> None:
        """Last report (done == total when the total was known) and a last cancel check."""
        if self.total and self.done > self.total:
            self.total = self.done
        self.check()


def discard_workbook(wb: Workbook) -> None:
    """Close a write-only workbook's streams and delete the temporary files openpyxl keeps for
    its sheets (otherwise they stay in the temp folder until the process exits)."""
    for ws in getattr(wb, "_sheets", ()):
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        try:
            rows = getattr(ws, "_rows", None)
            if rows is not None:
                rows.close()
        except Exception:  # noqa: BLE001, S110 - best effort while already failing
            pass
        try:
            writer.close()
        except Exception:  # noqa: BLE001, S110
            pass
        try:
            writer.cleanup()
        except Exception:  # noqa: BLE001
            try:
                os.remove(writer.out)
            except OSError:
                pass


def save_workbook_atomically(wb: Workbook, path: str | os.PathLike[str],
                             build: Callable[[], None] | None = None) -> Path:
    """Run ``build()`` (which streams the rows into ``wb``), then save ``wb`` to a temporary
    file in the target's folder and move it over ``path`` with ``os.replace``.

    If ``build`` or the save raises (including :class:`Cancelled`), the temporary file and
    openpyxl's sheet streams are removed and an existing file at ``path`` is left untouched.
    ``OSError`` is reported by ``exports.errors.file_error`` (``target_locked`` when the target
    is open in another program, else ``file.<fault>``: disk full, read-only...); never over a
    symbolic link or a device.
    """
    target = Path(path)
    try:
        check_target(target)  # never over a symbolic link or a device
        if build is not None:
            build()
        try:
            written = False
            with atomic_path(target, suffix=".xlsx.part") as tmp:
                wb.save(str(tmp))
                written = True  # the folder took the whole file: a refusal now is the target's
        except OSError as e:  # disk full, read-only folder, open in Excel: each named apart
            raise file_error(e, target, replacing=written) from e
        return target
    except BaseException:
        discard_workbook(wb)
        raise


DEFAULT_FONT = Font(name=FONT_NAME, size=12, family=1)


def new_workbook() -> Workbook:
    """An empty write-only workbook whose default ("Normal") font is Times New Roman 12.

    Column widths are counted in digits of the default font, so making it Times New Roman (or
    its metric twin Liberation Serif, which LibreOffice ships) gives the same widths on every
    machine; openpyxl's default, Calibri as a theme font, is missing from most LibreOffice
    installs, and a substitute with wider digits made every column a third wider there.
    """
    wb = Workbook(write_only=True)
    wb._fonts = IndexedList([DEFAULT_FONT])     # font 0 is the workbook default
    wb._named_styles["Normal"].font = DEFAULT_FONT
    return wb
