"""Decisions (Quyết định) and rosters as PDFs in the Decree 30/2020/NĐ-CP format.

Pure module: plain dataclasses in, PDF bytes out (reportlab only; no Qt, no database).

Layout (Nghị định 30/2020/NĐ-CP, Phụ lục I; Mẫu 1.2 and 2.1 of Phụ lục III):

* A4 portrait, margins top 20, bottom 20, left 30, right 15 mm; serif family from
  :mod:`exports.fonts` (Times New Roman if embeddable, else Liberation Serif), always embedded.
* Header: two borderless columns. Left: governing body (regular), issuing body (bold), a centred
  rule 0.4 × the text, "Số: 05/QĐ-UBND". Right: Quốc hiệu, Tiêu ngữ with a rule exactly as long as
  it, and the place and date in italics on the baseline of "Số".
* "QUYẾT ĐỊNH", "Về việc …" with a short rule, the authority line, the "Căn cứ …;" lines and
  "Theo đề nghị của … .", "QUYẾT ĐỊNH:", the articles ("Điều 1." bold), the body ending "./.".
* "Nơi nhận:" level with the signing authority; recipients "- …;" and the last "- … .".
* Page numbers at the top centre from page 2; none on page 1. Each attached member list starts on
  a new page and is numbered on its own. Drafts carry a diagonal "DỰ THẢO" on every page.

With ``reportlab.rl_config.invariant = 1`` the output is byte-for-byte reproducible.
"""

from __future__ import annotations

import hashlib
import io
import math
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import IO, NamedTuple, Union
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from vn.dates import long_date
from vn.files import atomic_path, write_bytes

from .errors import Cancelled, ExportError
from .fonts import FontSet, register_fonts

__all__ = [
    "DEFAULT_ROSTER_COLUMNS",
    "MEMBER_TABLE_HEADERS",
    "Article",
    "DecisionDocument",
    "DecreeDocTemplate",
    "MemberList",
    "MemberRow",
    "RenderCancelled",
    "Roster",
    "RosterColumn",
    "SignerBlock",
    "attachment_note",
    "birth_year",
    "build_decision_story",
    "decision_pdf_bytes",
    "format_date_words",
    "format_number",
    "format_place_date",
    "render_decision",
    "render_decisions_combined",
    "render_decisions_streamed",
    "render_roster_pdf",
]

# --------------------------------------------------------------------------------------------
# Page geometry and sizes (points; 1 mm = 2.8346 pt)
# --------------------------------------------------------------------------------------------
PAGE_SIZE = A4  # 595.28 x 841.89
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
INDENT = 10 * mm  # first-line indent, 1 cm = 28.35 pt
PAGE_NUMBER_BASELINE = 12 * mm  # from the top edge: inside the 20 mm top margin
FOOTER_BASELINE = 10 * mm  # roster "Trang x/y", from the bottom edge

SIZE_GOVERNING = 12  # tên cơ quan chủ quản, regular
SIZE_ISSUING = 12  # tên cơ quan ban hành, bold
SIZE_QUOC_HIEU = 12
SIZE_TIEU_NGU = 13
SIZE_NUMBER = 13  # "Số: …"
SIZE_PLACE_DATE = 13
SIZE_TITLE = 14  # "QUYẾT ĐỊNH", "Về việc …"
SIZE_BODY = 14
LEADING_BODY = 17  # 1.21 x 14: between single (1.15) and 1.5 lines
PARA_SPACE = 6  # at least 6 pt between paragraphs
SIZE_NOI_NHAN = 12
SIZE_RECIPIENT = 11
SIZE_SIGNER = 14
SIZE_PAGE_NUMBER = 13
SIZE_TABLE = 12
SIGNATURE_BLANK_LINES = 4
RULE_WIDTH = 0.6
WATERMARK_TEXT = "DỰ THẢO"
WATERMARK_GREY = 0.82
WATERMARK_SIZE = 96

QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
NBSP = "\u00a0"
BLANK = NBSP * 7  # a blank to fill in by hand on drafts

MEMBER_TABLE_HEADERS = (
    "STT",
    "Họ và tên",
    "Năm sinh",
    "Giới tính",
    "Chức vụ/đơn vị",
    "Vai trò trong Tổ",
    "Số điện thoại",
)
# relative widths of the member table columns (portrait text width 467.7 pt)
_MEMBER_COL_WEIGHTS = (32, 116, 40, 40, 104, 62, 73.7)
_CELL_PAD = 3


# --------------------------------------------------------------------------------------------
# Input data
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MemberRow:
    """One line of the attached member list."""

    full_name: str
    birth: str = ""  # "1990" or "05/03/1990": the list prints the year
    sex: str = ""  # "Nam" / "Nữ"
    position: str = ""  # Chức vụ/đơn vị: "Trưởng thôn", "Bí thư chi đoàn", "Nhân viên VNPT"…
    role: str = ""  # Vai trò trong Tổ: "Tổ trưởng", "Tổ phó", "Thành viên"
    phone: str = ""


@dataclass
class MemberList:
    """A list attached to the decision (own pages, own page numbering)."""

    title: str  # "DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG THÔN NÀ SLA"
    subtitle: str = ""  # "(Kèm theo Quyết định số 05/QĐ-UBND ngày … của Chủ tịch UBND xã …)"
    rows: Sequence[MemberRow] = ()


class Article(NamedTuple):
    """An article: "Điều N." + title in bold, then justified paragraphs.

    A plain ``(title, paragraphs)`` tuple works too. With an empty title the first paragraph
    follows "Điều N." on the same line, in regular type.
    """

    title: str
    paragraphs: Sequence[str] = ()


@dataclass
class SignerBlock:
    authority: str  # "CHỦ TỊCH", "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"
    title: str = ""  # "PHÓ CHỦ TỊCH", "CHỦ TỊCH" or ""
    name: str = ""  # "Hoàng Văn Thụ" (blank on a draft if not known)


@dataclass
class DecisionDocument:
    issuing_body: Sequence[str]  # ("ỦY BAN NHÂN DÂN", "XÃ HỢP THÀNH"): printed upper case bold
    year: int
    place: str  # "Hợp Thành"
    subject: str  # "Về việc thành lập Tổ công nghệ số cộng đồng thôn Nà Sla"
    authority: str  # "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HỢP THÀNH"
    legal_bases: Sequence[str]  # "Căn cứ …" without final punctuation
    articles: Sequence[Article | tuple[str, Sequence[str]]]
    recipients: Sequence[str]  # "Như Điều 3", …, "Lưu: VT, VHXH" (no "- ", no ";")
    signer: SignerBlock
    number: int | None = None  # None: not yet numbered (draft)
    signed_on: date | None = None  # None: "ngày … tháng … năm 20.." left blank
    symbol: str = "QĐ-UBND"
    governing_body: Sequence[str] = ()  # optional, upper case regular above the issuing body
    proposer: str = ""  # "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội"
    is_draft: bool = False
    member_lists: Sequence[MemberList] = ()
    doc_type: str = "QUYẾT ĐỊNH"

    def __post_init__(self) -> None:
        if self.signed_on is not None and self.signed_on.year != self.year:
            raise ValueError(
                f"signed_on {self.signed_on.isoformat()} is not in the numbering year {self.year}"
            )
        if self.number is not None and self.number < 1:
            raise ValueError("decision numbers start at 1")
        if not self.articles:
            raise ValueError("a decision needs at least one article")


@dataclass(frozen=True)
class RosterColumn:
    header: str
    weight: float = 1.0  # share of the table width
    align: str = "LEFT"  # LEFT | CENTER | RIGHT


DEFAULT_ROSTER_COLUMNS: tuple[RosterColumn, ...] = (
    RosterColumn("Họ và tên", 130),
    RosterColumn("Ngày sinh", 62, "CENTER"),
    RosterColumn("Giới tính", 42, "CENTER"),
    RosterColumn("Chức vụ/đơn vị", 130),
    RosterColumn("Vai trò trong Tổ", 64),
    RosterColumn("Thôn/Tổ dân phố", 90),
    RosterColumn("Số điện thoại", 74, "CENTER"),
    RosterColumn("Ghi chú", 60),
)


@dataclass
class Roster:
    """A landscape list of members (the app's roster printout)."""

    title: str  # "DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG XÃ HỢP THÀNH"
    rows: Sequence[Sequence[str]]  # one value per column, STT excluded (the writer numbers rows)
    columns: Sequence[RosterColumn] = DEFAULT_ROSTER_COLUMNS
    issuing_body: Sequence[str] = ()
    governing_body: Sequence[str] = ()
    subtitle: str = ""  # "(Tính đến ngày 05/3/2026)"
    place: str = ""
    made_on: date | None = None
    number_rows: bool = True  # first column "STT"


class RenderCancelled(Cancelled):
    """A progress callback returned False: the build stopped and no file was written.

    An :class:`exports.errors.Cancelled` (code ``"cancelled"``), like the other writers'.
    """


PathOrFile = Union[str, "os.PathLike[str]", IO[bytes]]


# --------------------------------------------------------------------------------------------
# Text helpers (public: the app uses them for previews and the attached-list subtitle)
# --------------------------------------------------------------------------------------------
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _nfc(text: object) -> str:
    s = "" if text is None else str(text)
    return _CONTROL.sub(" ", unicodedata.normalize("NFC", s))


def _x(text: object) -> str:
    """NFC, no control characters, escaped for Paragraph markup."""
    return escape(_nfc(text))


def _one_line(text: object) -> str:
    """NFC with runs of whitespace (and line breaks) collapsed to one space."""
    return " ".join(_nfc(text).split())


def _upper(text: object) -> str:
    return unicodedata.normalize("NFC", _nfc(text).upper())


def format_number(number: int | None, symbol: str) -> str:
    """Number and symbol, "05/QĐ-UBND" (a leading zero below 10); blank number when None."""
    sym = _nfc(symbol).strip()
    if number is None:
        return f"{BLANK}/{sym}"
    return f"{number:02d}/{sym}"


def format_date_words(d: date | None) -> str:
    """Full date form "ngày 05 tháng 3 năm 2026" (zero-padded day < 10 and months 1–2).

    None gives blanks to fill in by hand: "ngày      tháng      năm 20..".
    """
    if d is None:
        return f"ngày{BLANK}tháng{BLANK}năm 20.."
    return long_date(d)


def format_place_date(place: str, d: date | None) -> str:
    """Place and date line, "Hợp Thành, ngày 05 tháng 3 năm 2026"."""
    return f"{_nfc(place).strip()}, {format_date_words(d)}"


def attachment_note(doc: DecisionDocument, issuer: str) -> str:
    """The line under an attached list's title, e.g.
    "(Kèm theo Quyết định số 05/QĐ-UBND ngày 05 tháng 3 năm 2026 của Chủ tịch UBND xã Hợp Thành)".
    """
    kind = _nfc(doc.doc_type).strip().capitalize()
    return (
        f"(Kèm theo {kind} số {format_number(doc.number, doc.symbol)} "
        f"{format_date_words(doc.signed_on)} của {_nfc(issuer).strip()})"
    )


def birth_year(birth: str) -> str:
    """The year of "05/03/1990", "1990-03-05" or "1990"; the text itself if there is none."""
    s = _nfc(birth).strip()
    m = re.search(r"(?<!\d)(\d{4})(?!\d)", s)
    return m.group(1) if m else s


_TRAILING = ".;,:"


def _strip_end(text: str) -> str:
    s = _nfc(text).strip()
    while s and s[-1] in _TRAILING + " ":
        s = s[:-1]
    return s


def _strip_item(text: str) -> str:
    s = _strip_end(text)
    return re.sub(r"^[\-–—+•]\s*", "", s).strip()


def _close_body(text: str) -> str:
    """End the last paragraph with "./."."""
    s = _nfc(text).rstrip()
    if s.endswith("./."):
        return s
    return _strip_end(s) + "./."


def _punctuated(items: Iterable[str], last: str = ".") -> list[str]:
    """Each item ends ";", the last one ends ``last``."""
    cleaned = [x for x in (_strip_end(i) for i in items) if x]
    return [x + (last if k == len(cleaned) - 1 else ";") for k, x in enumerate(cleaned)]


# --------------------------------------------------------------------------------------------
# Styles
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Styles:
    fonts: FontSet
    governing: ParagraphStyle
    issuing: ParagraphStyle
    number: ParagraphStyle
    quoc_hieu: ParagraphStyle
    tieu_ngu: ParagraphStyle
    place_date: ParagraphStyle
    doc_type: ParagraphStyle
    subject: ParagraphStyle
    authority: ParagraphStyle
    basis: ParagraphStyle
    decide: ParagraphStyle
    article: ParagraphStyle
    body: ParagraphStyle
    noi_nhan: ParagraphStyle
    recipient: ParagraphStyle
    signer: ParagraphStyle
    list_title: ParagraphStyle
    list_subtitle: ParagraphStyle
    th: ParagraphStyle
    td: ParagraphStyle
    td_center: ParagraphStyle
    td_right: ParagraphStyle


def _ps(name: str, font: str, size: float, leading: float | None = None, **kw) -> ParagraphStyle:
    kw.setdefault("alignment", TA_CENTER)
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=leading if leading is not None else round(size * 1.15, 2),
        textColor=colors.black,
        splitLongWords=1,
        allowWidows=1,
        allowOrphans=0,
        **kw,
    )


@lru_cache(maxsize=4)
def _styles(fonts: FontSet) -> _Styles:
    R, B, I, BI = fonts.regular, fonts.bold, fonts.italic, fonts.bold_italic
    body = {"alignment": TA_JUSTIFY, "firstLineIndent": INDENT, "spaceAfter": PARA_SPACE}
    return _Styles(
        fonts=fonts,
        governing=_ps("gov", R, SIZE_GOVERNING),
        issuing=_ps("iss", B, SIZE_ISSUING),
        number=_ps("num", R, SIZE_NUMBER),
        quoc_hieu=_ps("qh", B, SIZE_QUOC_HIEU),
        tieu_ngu=_ps("tn", B, SIZE_TIEU_NGU),
        place_date=_ps("pd", I, SIZE_PLACE_DATE),
        doc_type=_ps("type", B, SIZE_TITLE, LEADING_BODY),
        subject=_ps("subj", B, SIZE_TITLE, LEADING_BODY),
        authority=_ps("auth", B, SIZE_BODY, LEADING_BODY, spaceBefore=4, spaceAfter=PARA_SPACE),
        basis=_ps("basis", I, SIZE_BODY, LEADING_BODY, **body),
        decide=_ps("decide", B, SIZE_BODY, LEADING_BODY, spaceBefore=2, spaceAfter=PARA_SPACE),
        article=_ps("art", B, SIZE_BODY, LEADING_BODY, keepWithNext=1, **body),
        body=_ps("body", R, SIZE_BODY, LEADING_BODY, **body),
        noi_nhan=_ps("nn", BI, SIZE_NOI_NHAN, alignment=TA_LEFT),
        recipient=_ps("rcp", R, SIZE_RECIPIENT, alignment=TA_LEFT),
        signer=_ps("sig", B, SIZE_SIGNER),
        list_title=_ps("lt", B, SIZE_TITLE, LEADING_BODY),
        list_subtitle=_ps("lst", I, SIZE_BODY, LEADING_BODY),
        th=_ps("th", B, SIZE_TABLE),
        td=_ps("td", R, SIZE_TABLE, alignment=TA_LEFT),
        td_center=_ps("tdc", R, SIZE_TABLE),
        td_right=_ps("tdr", R, SIZE_TABLE, alignment=2),
    )


# --------------------------------------------------------------------------------------------
# Flowables
# --------------------------------------------------------------------------------------------
class _Rule(Flowable):
    """A horizontal solid rule of a given length, centred in the available width."""

    def __init__(self, length: float, space_before: float = 4.5, space_after: float = 0):
        super().__init__()
        self.length = length
        self.spaceBefore = 0
        self.spaceAfter = 0
        self._above = space_before
        self._below = space_after
        self._avail = length

    def wrap(self, availWidth, availHeight):
        self._avail = availWidth
        return availWidth, self._above + self._below + RULE_WIDTH

    def draw(self):
        c = self.canv
        x0 = (self._avail - self.length) / 2
        y = self._below + RULE_WIDTH / 2
        c.saveState()
        c.setLineWidth(RULE_WIDTH)
        c.setStrokeColor(colors.black)
        c.line(x0, y, x0 + self.length, y)
        c.restoreState()


class _Columns(Flowable):
    """Borderless side-by-side columns (the header and signature blocks).

    ``rows`` is a list of rows; each row a list of cells; each cell a list of flowables stacked
    top-down in its column. ``pads[r][c]`` moves a cell down (to put the first baselines of cells
    with different font sizes on one line). Lighter than a Table, and never split.
    """

    def __init__(self, rows, widths, pads=None, row_gaps=None):
        super().__init__()
        self.rows = rows
        self.widths = list(widths)
        self.pads = pads or [[0] * len(widths) for _ in rows]
        self.row_gaps = row_gaps or [0] * len(rows)
        self._layout: list = []

    def wrap(self, availWidth, availHeight):
        layout = []
        total = 0.0
        for r, row in enumerate(self.rows):
            total += self.row_gaps[r]
            cells = []
            row_h = 0.0
            for c, cell in enumerate(row):
                y = self.pads[r][c]
                placed = []
                for k, f in enumerate(cell):
                    if k:
                        y += f.getSpaceBefore()
                    w, h = f.wrap(self.widths[c], 1e6)
                    placed.append((f, y, w, h))
                    y += h + (f.getSpaceAfter() if k < len(cell) - 1 else 0)
                cells.append(placed)
                row_h = max(row_h, y)
            layout.append((total, cells))
            total += row_h
        self._layout = layout
        self.width = sum(self.widths)
        self.height = total
        return self.width, total

    def draw(self):
        x_of = [sum(self.widths[:c]) for c in range(len(self.widths))]
        for row_top, cells in self._layout:
            for c, placed in enumerate(cells):
                for f, y, w, h in placed:
                    f.drawOn(self.canv, x_of[c], self.height - row_top - y - h)


class _SectionStart(PageBreak):
    """Starts a section (a decision, or an attached list) on a new page with its own numbering.

    :class:`DecreeDocTemplate` handles it; any other template just sees a page break.
    """

    def __init__(self, draft: bool, on_start: Callable[[], None] | None = None):
        super().__init__()
        self.template_id = _FIRST_DRAFT if draft else _FIRST
        self.draft = draft
        self.on_start = on_start


_FIRST, _LATER, _FIRST_DRAFT, _LATER_DRAFT = "first", "later", "first-draft", "later-draft"


def _draw_watermark(canv: Canvas, fonts: FontSet, width: float, height: float) -> None:
    canv.saveState()
    canv.setFillGray(WATERMARK_GREY)
    canv.setFont(fonts.bold, WATERMARK_SIZE)
    canv.translate(width / 2, height / 2)
    canv.rotate(math.degrees(math.atan2(height, width)))
    canv.drawCentredString(0, -WATERMARK_SIZE * 0.35, WATERMARK_TEXT)
    canv.restoreState()


class DecreeDocTemplate(BaseDocTemplate):
    """A4 portrait with the Decree 30 margins, section-wise page numbers and draft watermark.

    Each :class:`_SectionStart` in the story (``build_decision_story`` puts one before the decision
    and one before each attached list) begins a new page whose number is 1 (not printed); later
    pages of the section get 2, 3, … at the top centre.
    """

    def __init__(self, filename, fonts: FontSet, **kw):
        kw.setdefault("pagesize", PAGE_SIZE)
        kw.setdefault("initialFontName", fonts.regular)  # no stray unembedded Helvetica
        kw.setdefault("initialFontSize", SIZE_BODY)
        super().__init__(
            filename,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            **kw,
        )
        self.fonts = fonts
        self._section_first_page = 1
        w, h = self.pagesize
        frame_args = (self.leftMargin, self.bottomMargin, self.width, self.height)
        frame_kw = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}

        def tpl(tid: str, first: bool, draft: bool, nxt: str) -> PageTemplate:
            def on_page(canv: Canvas, doc: DecreeDocTemplate) -> None:
                if draft:
                    _draw_watermark(canv, doc.fonts, w, h)
                if first:
                    doc._section_first_page = doc.page
                else:
                    n = doc.page - doc._section_first_page + 1
                    canv.saveState()
                    canv.setFillColor(colors.black)
                    canv.setFont(doc.fonts.regular, SIZE_PAGE_NUMBER)
                    canv.drawCentredString(
                        doc.leftMargin + doc.width / 2, h - PAGE_NUMBER_BASELINE, str(n)
                    )
                    canv.restoreState()

            return PageTemplate(
                id=tid,
                frames=[Frame(*frame_args, id="body", **frame_kw)],
                onPage=on_page,
                pagesize=self.pagesize,
                autoNextPageTemplate=nxt,
            )

        self.addPageTemplates(
            [
                tpl(_FIRST, True, False, _LATER),
                tpl(_LATER, False, False, _LATER),
                tpl(_FIRST_DRAFT, True, True, _LATER_DRAFT),
                tpl(_LATER_DRAFT, False, True, _LATER_DRAFT),
            ]
        )

    def handle_flowable(self, flowables):
        f = flowables[0]
        if isinstance(f, _SectionStart):
            del flowables[0]
            if f.on_start is not None:
                f.on_start()
            # unconditional: a one-page section followed by another must not fall back to the
            # template's automatic successor
            self.handle_nextPageTemplate(f.template_id)
            if self._curPageFlowableCount:
                self.handle_pageBreak()
            return
        super().handle_flowable(flowables)

    def build(self, flowables, filename=None, canvasmaker=Canvas):
        if not isinstance(flowables, _LazyStory):
            flowables = list(flowables)
        if flowables and isinstance(flowables[0], _SectionStart):
            first = flowables.pop(0)
            if first.on_start is not None:
                first.on_start()
            ids = [t.id for t in self.pageTemplates]
            self._firstPageTemplateIndex = ids.index(first.template_id)
        super().build(flowables, filename=filename, canvasmaker=canvasmaker)


# --------------------------------------------------------------------------------------------
# Building blocks
# --------------------------------------------------------------------------------------------
def _widest(lines: Iterable[str], font: str, size: float, cap: float) -> float:
    widest = 0.0
    for line in lines:
        widest = max(widest, stringWidth(line, font, size))
    return min(widest, cap)


def _header(
    st: _Styles,
    width: float,
    governing: Sequence[str],
    issuing: Sequence[str],
    left_bottom: str | None,
    right_bottom: str | None,
) -> Flowable:
    """The two borderless header columns. ``left_bottom`` ("Số: …") and ``right_bottom`` (place
    and date) share a table row, so they share a baseline whatever the heights above."""
    f = st.fonts
    left_w = round(width * 0.44, 2)
    right_w = width - left_w
    gov = [_upper(x) for x in governing if _nfc(x).strip()]
    iss = [_upper(x) for x in issuing if _nfc(x).strip()]
    left: list[Flowable] = [Paragraph(escape(x), st.governing) for x in gov]
    left += [Paragraph(escape(x), st.issuing) for x in iss]
    if iss:
        text_w = _widest(iss, f.bold, SIZE_ISSUING, left_w)
        left.append(_Rule(round(text_w * 0.4, 2)))
    right: list[Flowable] = [
        Paragraph(QUOC_HIEU, st.quoc_hieu),
        Paragraph(TIEU_NGU, st.tieu_ngu),
        _Rule(stringWidth(TIEU_NGU, f.bold, SIZE_TIEU_NGU)),
    ]
    rows = [[left, right]]
    pads = [[0, 0]]
    gaps = [0]
    if left_bottom is not None or right_bottom is not None:
        lb = Paragraph(_x(left_bottom or ""), st.number)
        rb = Paragraph(_x(right_bottom or ""), st.place_date)
        rows.append([[lb], [rb]])
        # the first baseline of a Paragraph is fontSize below its top: pad the smaller one down
        diff = SIZE_PLACE_DATE - SIZE_NUMBER
        pads.append([max(diff, 0), max(-diff, 0)])
        gaps.append(7)
    return _Columns(rows, [left_w, right_w], pads, gaps)


def _title_block(st: _Styles, width: float, doc_type: str, subject: str) -> list[Flowable]:
    subj = _nfc(subject).strip()
    subj_w = _widest([subj], st.fonts.bold, SIZE_TITLE, width)
    out: list[Flowable] = [Spacer(1, 16), Paragraph(escape(_upper(doc_type)), st.doc_type)]
    if subj:
        out.append(Paragraph(escape(subj), st.subject))
        out.append(_Rule(round(subj_w * 0.35, 2), space_before=5, space_after=0))
    return out


def _article_flowables(st: _Styles, k: int, article, last: bool) -> list[Flowable]:
    title, paragraphs = (article[0], article[1]) if len(article) > 1 else (article[0], ())
    if isinstance(paragraphs, str):
        paragraphs = [paragraphs]
    paras: list[str] = []
    for p in paragraphs:
        paras += [line for line in _nfc(p).split("\n") if line.strip()]
    title = _nfc(title).strip()
    if last:
        if paras:
            paras[-1] = _close_body(paras[-1])
        else:
            title = _close_body(title)
    label = f"Điều {k}."
    out: list[Flowable] = []
    if title:
        out.append(Paragraph(f"{label} {escape(title)}", st.article))
    elif paras:
        first = paras.pop(0)
        out.append(Paragraph(f"<b>{label}</b> {escape(first.strip())}", st.body))
    else:
        out.append(Paragraph(label, st.article))
    out += [Paragraph(escape(p.strip()), st.body) for p in paras]
    return out


def _signature(
    st: _Styles, width: float, recipients: Sequence[str], signer: SignerBlock
) -> Flowable:
    left_w = round(width * 0.46, 2)
    right_w = width - left_w
    rcp = [_strip_item(r) for r in recipients]
    rcp = [r for r in rcp if r]
    left: list[Flowable] = [Paragraph("Nơi nhận:", st.noi_nhan)]
    left += [Paragraph(escape(f"- {r}"), st.recipient) for r in _punctuated(rcp)]
    right: list[Flowable] = [Paragraph(escape(_upper(signer.authority)), st.signer)]
    if _nfc(signer.title).strip():
        right.append(Paragraph(escape(_upper(signer.title)), st.signer))
    right.append(Spacer(1, SIGNATURE_BLANK_LINES * LEADING_BODY))
    name = _nfc(signer.name).strip()
    right.append(Paragraph(escape(name) if name else NBSP, st.signer))
    diff = SIZE_SIGNER - SIZE_NOI_NHAN  # same first baseline for "Nơi nhận:" and the authority
    block = _Columns([[left, right]], [left_w, right_w], [[max(diff, 0), max(-diff, 0)]])
    block.spaceBefore = 8
    return block


def _list_title_markup(title: str) -> str:
    t = _upper(title).strip()
    if "\n" in t:
        return "<br/>".join(escape(x.strip()) for x in t.split("\n") if x.strip())
    if t.startswith("DANH SÁCH ") and len(t) > len("DANH SÁCH "):
        return "DANH SÁCH<br/>" + escape(t[len("DANH SÁCH ") :].strip())
    return escape(t)


def _grid_table(
    st: _Styles,
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    col_w: Sequence[float],
    aligns: Sequence[str],
) -> Table:
    """A ruled table with a bold header row repeated on every page.

    A cell that fits on one line is a plain string (much cheaper than a Paragraph, which matters
    for long rosters); anything longer becomes a Paragraph and wraps inside its cell.
    """
    font = st.fonts.regular
    by_align = {"LEFT": st.td, "CENTER": st.td_center, "RIGHT": st.td_right}
    styles = [by_align.get(a, st.td) for a in aligns]
    inner = [w - 2 * _CELL_PAD for w in col_w]
    data: list[list[object]] = [[Paragraph(_x(h), st.th) for h in headers]]
    for values in rows:
        data.append(
            [
                v
                if stringWidth(v, font, SIZE_TABLE) <= inner[c]
                else Paragraph(escape(v), styles[c])
                for c, v in enumerate(values)
            ]
        )
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), SIZE_TABLE),
        ("LEADING", (0, 0), (-1, -1), st.td.leading),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    commands += [("ALIGN", (c, 1), (c, -1), a) for c, a in enumerate(aligns) if a != "LEFT"]
    return Table(
        data, colWidths=list(col_w), repeatRows=1, style=TableStyle(commands), hAlign="CENTER"
    )


def _column_widths(width: float, weights: Sequence[float]) -> list[float]:
    total = sum(weights) or 1.0
    col_w = [round(width * w / total, 2) for w in weights]
    col_w[-1] = round(width - sum(col_w[:-1]), 2)
    return col_w


_MEMBER_ALIGNS = ("CENTER", "LEFT", "CENTER", "CENTER", "LEFT", "LEFT", "CENTER")


def _member_table(st: _Styles, width: float, rows: Sequence[MemberRow]) -> Table:
    values = (
        (
            str(i),
            _one_line(r.full_name),
            _one_line(birth_year(r.birth)),
            _one_line(r.sex),
            _one_line(r.position),
            _one_line(r.role),
            _one_line(r.phone),
        )
        for i, r in enumerate(rows, 1)
    )
    return _grid_table(
        st, MEMBER_TABLE_HEADERS, values, _column_widths(width, _MEMBER_COL_WEIGHTS), _MEMBER_ALIGNS
    )


def _member_list_flowables(st: _Styles, width: float, ml: MemberList) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(_list_title_markup(ml.title), st.list_title)]
    if _nfc(ml.subtitle).strip():
        out.append(Paragraph(_x(ml.subtitle.strip()), st.list_subtitle))
    out.append(_Rule(round(width * 0.25, 2), space_before=5, space_after=12))
    out.append(_member_table(st, width, ml.rows))
    return out


# --------------------------------------------------------------------------------------------
# Story
# --------------------------------------------------------------------------------------------
_TEXT_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT


def build_decision_story(
    doc: DecisionDocument, fonts: FontSet, on_start: Callable[[], None] | None = None
) -> list[Flowable]:
    """The flowables of one decision and its attached lists, for :class:`DecreeDocTemplate`.

    The story starts with a section marker (new page, numbering restarts); each attached list
    starts with another. ``on_start`` is called when layout reaches this decision.
    """
    st = _styles(fonts)
    width = _TEXT_WIDTH
    story: list[Flowable] = [_SectionStart(doc.is_draft, on_start)]
    story.append(
        _header(
            st,
            width,
            doc.governing_body,
            doc.issuing_body,
            f"Số: {format_number(doc.number, doc.symbol)}",
            format_place_date(doc.place, doc.signed_on),
        )
    )
    story += _title_block(st, width, doc.doc_type, doc.subject)
    story.append(Spacer(1, 8))
    if _nfc(doc.authority).strip():
        story.append(Paragraph(escape(_upper(doc.authority).strip()), st.authority))
    preamble = [*doc.legal_bases]
    proposer = _nfc(doc.proposer).strip()
    if proposer:
        preamble.append(proposer)
    story += [Paragraph(escape(x), st.basis) for x in _punctuated(preamble)]
    story.append(Paragraph(escape(_upper(doc.doc_type)) + ":", st.decide))
    n = len(doc.articles)
    for k, art in enumerate(doc.articles, 1):
        story += _article_flowables(st, k, art, last=(k == n))
    last = story[-1]
    if isinstance(last, Paragraph):
        last.keepWithNext = 1  # never leave the signature alone on a page
    story.append(_signature(st, width, doc.recipients, doc.signer))
    for ml in doc.member_lists:
        story.append(_SectionStart(doc.is_draft))
        story += _member_list_flowables(st, width, ml)
    return story


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------
def write_pdf_file(path: str | os.PathLike[str], data: bytes, fsync: bool = True) -> None:
    """Write beside the target, then ``os.replace``: never a half-written PDF at ``path``.

    ``OSError`` becomes :class:`exports.errors.ExportError`: ``target_locked`` when the target
    is open in another program (Windows refuses to replace it), else ``write_failed``.
    """
    dest = Path(path)
    try:
        write_bytes(dest, data, fsync=fsync)
    except PermissionError as e:
        raise ExportError("target_locked", {"path": str(dest), "error": str(e)}) from e
    except OSError as e:
        raise ExportError("write_failed", {"path": str(dest), "error": str(e)}) from e


def _deliver(data: bytes, target: PathOrFile, fsync: bool = True) -> str:
    if isinstance(target, (str, os.PathLike)):
        write_pdf_file(target, data, fsync)
    else:
        target.write(data)
    return hashlib.sha256(data).hexdigest()


def _title_of(doc: DecisionDocument) -> str:
    no = f" số {format_number(doc.number, doc.symbol)}" if doc.number is not None else ""
    return _nfc(f"{doc.doc_type.capitalize()}{no} {doc.subject}".strip())


def _build(story: list[Flowable], fonts: FontSet, title: str, author: str) -> bytes:
    buf = io.BytesIO()
    tpl = DecreeDocTemplate(
        buf,
        fonts,
        title=title,
        author=author,
        creator="Sổ Tổ CNSCĐ",
        subject=title,
        lang="vi-VN",
    )
    tpl.build(story)
    return buf.getvalue()


def decision_pdf_bytes(doc: DecisionDocument, fonts: FontSet | None = None) -> bytes:
    """The PDF of one decision (with its attached lists), in memory."""
    fonts = fonts or register_fonts()
    author = " ".join(_nfc(x).strip() for x in doc.issuing_body)
    return _build(build_decision_story(doc, fonts), fonts, _title_of(doc), author)


def render_decision(doc: DecisionDocument, path_or_file: PathOrFile, *, fsync: bool = True) -> str:
    """Write one decision; returns the SHA-256 (hex) of the bytes written.

    A path is written atomically (temporary file in the same folder, flushed to disk unless
    ``fsync=False``, then ``os.replace``); a binary file object just receives the bytes.
    """
    return _deliver(decision_pdf_bytes(doc), path_or_file, fsync)


def render_decisions_combined(
    docs: Sequence[DecisionDocument],
    path: PathOrFile,
    progress: Callable[[int, int], object] | None = None,
    *,
    fsync: bool = True,
) -> str:
    """Many decisions in one PDF, each (and each attached list) with its own page numbering.

    ``progress(done, total)`` is called as layout reaches each decision; if it returns ``False``
    the build stops with :class:`RenderCancelled` and nothing is written.
    """
    if not docs:
        raise ValueError("no decisions to render")
    fonts = register_fonts()
    total = len(docs)
    story: list[Flowable] = []
    for i, d in enumerate(docs):
        cb = None
        if progress is not None:

            def cb(i=i):
                if progress(i, total) is False:
                    raise RenderCancelled({"done": i, "total": total})

        story += build_decision_story(d, fonts, on_start=cb)
    author = " ".join(_nfc(x).strip() for x in docs[0].issuing_body)
    title = _nfc(f"{docs[0].doc_type.capitalize()} ({total} văn bản)")
    data = _build(story, fonts, title, author)
    if progress is not None and progress(total, total) is False:
        raise RenderCancelled({"done": total, "total": total})
    return _deliver(data, path, fsync)


class _LazyStory(list):
    """A story that asks for the next decision's flowables only when layout has used up the
    ones before: a batch of 1,600 decisions never holds more than two stories at once (the
    pages already laid out are compact streams in the canvas)."""

    def __init__(self, stories: Iterator[list[Flowable]]):
        super().__init__()
        self._more = stories
        self._fill()

    def _fill(self) -> None:
        while list.__len__(self) < 2:
            story = next(self._more, None)
            if story is None:
                return
            self.extend(story)

    def __len__(self) -> int:
        self._fill()
        return list.__len__(self)

    def __getitem__(self, index):
        self._fill()
        return list.__getitem__(self, index)


def render_decisions_streamed(
    docs: Iterable[DecisionDocument],
    total: int,
    path: str | os.PathLike[str],
    progress: Callable[[int, int], object] | None = None,
    *,
    fsync: bool = True,
) -> str:
    """Many decisions in one PDF file, built one decision at a time from an iterable (a
    generator reading the database as it goes), so memory stays flat in the batch size.
    Each decision and each attached list has its own page numbering. ``progress(done,
    total)`` as layout reaches each decision; ``False`` stops with :class:`RenderCancelled`
    and nothing is written at ``path``. Returns the SHA-256 of the file."""
    fonts = register_fonts()
    first: list[DecisionDocument] = []
    iterator = iter(docs)

    def stories() -> Iterator[list[Flowable]]:
        for i, d in enumerate(_chain(first, iterator)):
            def cb(i=i):
                if progress is not None and progress(i, total) is False:
                    raise RenderCancelled({"done": i, "total": total})

            yield build_decision_story(d, fonts, on_start=cb)

    head = next(iterator, None)
    if head is None:
        raise ValueError("no decisions to render")
    first.append(head)
    author = " ".join(_nfc(x).strip() for x in head.issuing_body)
    title = _nfc(f"{head.doc_type.capitalize()} ({total} văn bản)")
    dest = Path(path)
    h = hashlib.sha256()
    try:
        with atomic_path(dest, fsync=fsync) as tmp:
            tpl = DecreeDocTemplate(str(tmp), fonts, title=title, author=author,
                                    creator="Sổ Tổ CNSCĐ", subject=title, lang="vi-VN")
            tpl.build(_LazyStory(stories()))
            if progress is not None and progress(total, total) is False:
                raise RenderCancelled({"done": total, "total": total})
            with open(tmp, "rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    h.update(chunk)
        return h.hexdigest()
    except PermissionError as e:
        raise ExportError("target_locked", {"path": str(dest), "error": str(e)}) from e
    except OSError as e:
        raise ExportError("write_failed", {"path": str(dest), "error": str(e)}) from e


def _chain(first: list, rest: Iterator) -> Iterator:
    yield from first
    yield from rest


# --------------------------------------------------------------------------------------------
# Roster (landscape, "Trang x/y")
# --------------------------------------------------------------------------------------------
_PAGE_TOTAL_FORM = "rosterPageTotal"


class _TotalPagesCanvas(Canvas):
    """Draws the total page count into a form referenced by every page, once it is known."""

    _footer_font: str = "Helvetica"
    _footer_size: float = 12

    def save(self):
        total = (
            self.getPageNumber() - 1 if self._code == [] or not self._code else self.getPageNumber()
        )
        self.beginForm(_PAGE_TOTAL_FORM)
        self.setFont(self._footer_font, self._footer_size)
        self.drawString(0, 0, str(max(total, 1)))
        self.endForm()
        super().save()


def _roster_canvas(fonts: FontSet, size: float):
    class _C(_TotalPagesCanvas):
        _footer_font = fonts.regular
        _footer_size = size

    return _C


def render_roster_pdf(roster: Roster, path: PathOrFile, *, fsync: bool = True) -> str:
    """A landscape A4 roster: the header block, the title, a table whose header row repeats on
    every page, and "Trang x/y" at the bottom centre. Returns the SHA-256 of the bytes written."""
    fonts = register_fonts()
    st = _styles(fonts)
    pagesize = landscape(A4)
    pw = pagesize[0]
    width = pw - MARGIN_LEFT - MARGIN_RIGHT
    footer_size = 12

    def on_page(canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        canv.setFillColor(colors.black)
        canv.setFont(fonts.regular, footer_size)
        mid = MARGIN_LEFT + width / 2
        canv.drawRightString(mid + 6, FOOTER_BASELINE, f"Trang {doc.page}/")
        canv.translate(mid + 6, FOOTER_BASELINE)
        canv.doForm(_PAGE_TOTAL_FORM)
        canv.restoreState()

    buf = io.BytesIO()
    title = _nfc(roster.title).strip()
    tpl = BaseDocTemplate(
        buf,
        pagesize=pagesize,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=" ".join(_nfc(x).strip() for x in roster.issuing_body),
        creator="Sổ Tổ CNSCĐ",
        lang="vi-VN",
        initialFontName=fonts.regular,
        initialFontSize=SIZE_TABLE,
    )
    frame = Frame(
        tpl.leftMargin,
        tpl.bottomMargin,
        tpl.width,
        tpl.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    tpl.addPageTemplates([PageTemplate(id="roster", frames=[frame], onPage=on_page)])

    story: list[Flowable] = []
    if roster.issuing_body or roster.governing_body:
        place_date = format_place_date(roster.place, roster.made_on) if roster.place else None
        story.append(
            _header(
                st,
                width,
                roster.governing_body,
                roster.issuing_body,
                "" if place_date else None,
                place_date,
            )
        )
        story.append(Spacer(1, 14))
    story.append(Paragraph(_list_title_markup(title), st.list_title))
    if _nfc(roster.subtitle).strip():
        story.append(Paragraph(_x(roster.subtitle.strip()), st.list_subtitle))
    story.append(_Rule(round(width * 0.18, 2), space_before=5, space_after=12))

    cols = list(roster.columns)
    weights = [c.weight for c in cols]
    headers = [c.header for c in cols]
    aligns = [c.align.upper() for c in cols]
    if roster.number_rows:
        weights = [28.0, *weights]
        headers = ["STT", *headers]
        aligns = ["CENTER", *aligns]
    ncols = len(cols)

    def values():
        for i, row in enumerate(roster.rows, 1):
            vals = [_one_line(v) for v in list(row)[:ncols]]
            vals += [""] * (ncols - len(vals))
            yield [str(i), *vals] if roster.number_rows else vals

    table = _grid_table(st, headers, values(), _column_widths(width, weights), aligns)
    story.append(table)
    tpl.build(story, canvasmaker=_roster_canvas(fonts, footer_size))
    return _deliver(buf.getvalue(), path, fsync)
