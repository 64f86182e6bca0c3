"""Decision and roster PDFs, measured in the generated files (pdfplumber + pypdf), not in our code.

Rules: Nghị định 30/2020/NĐ-CP Phụ lục I (see docs/domain.md §2) and issue 5.
"""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pdfplumber
import pypdf
import pytest
from reportlab import rl_config

from exports.decision_pdf import (
    Article,
    DecisionDocument,
    MemberList,
    MemberRow,
    RenderCancelled,
    Roster,
    SignerBlock,
    attachment_note,
    format_date_words,
    render_decision,
    render_decisions_combined,
    render_roster_pdf,
)
from exports.fonts import register_fonts

MM = 72 / 25.4
A4_W, A4_H = 595.2756, 841.8898
LEFT, RIGHT, TOP, BOTTOM = 30 * MM, 15 * MM, 20 * MM, 20 * MM
TEXT_RIGHT = A4_W - RIGHT
TEXT_CENTRE = (LEFT + TEXT_RIGHT) / 2
INDENT = 10 * MM
FONT_NAME = re.compile(r"^[A-Z]{6}\+(LiberationSerif|TimesNewRomanPS)(-\w+)?$")

# --------------------------------------------------------------------------------------------
# Fixtures: Vietnamese with every diacritic
# --------------------------------------------------------------------------------------------
PANGRAM = (
    "Ắt ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ ế ề ể ễ ệ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự ý ỳ ỷ ỹ ỵ "
    "á à ả ã ạ é è ẻ ẽ ẹ í ì ỉ ĩ ị ó ò ỏ õ ọ ú ù ủ ũ ụ đ Đ Ơ Ư Ă Â Ê Ô"
)
LONG_NAME = "Tôn Nữ Hoàng Thị Phương Thảo Nguyễn Ngọc Bích Liên Hương"
LONG_POSITION = (
    "Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã kiêm Chi hội trưởng Chi hội Cựu chiến binh"
)
BASE_MEMBERS = [
    MemberRow("Hoàng Văn Thụ", "1978", "Nam", "Trưởng thôn Nà Sla", "Tổ trưởng", "0912 345 678"),
    MemberRow("Nông Thị Hường", "05/03/1996", "Nữ", "Bí thư Chi đoàn thôn", "Tổ phó", "0387654321"),
    MemberRow("Lương Văn Đức", "2001", "Nam", "Đoàn viên", "Thành viên", "0868 111 222"),
    MemberRow(
        "Triệu Thị Ngọc Ánh", "1999", "Nữ", "Chi hội trưởng Phụ nữ", "Thành viên", "0977000111"
    ),
    MemberRow(
        "Đàm Quốc Hưng", "1985", "Nam", "Nhân viên VNPT Hợp Thành", "Thành viên", "0915222333"
    ),
    MemberRow("Vi Thị Thủy", "12/11/2003", "Nữ", "Công an xã", "Thành viên", "0356 777 888"),
    MemberRow("Lục Văn Quý", "1969", "Nam", "Cựu chiến binh", "Thành viên", "0203 3870 123"),
]
N_MEMBERS = 66
RECIPIENTS = [
    "Như Điều 3",
    "Sở KH&CN tỉnh Lạng Sơn (để b/c)",
    "Thường trực Đảng ủy, HĐND, UBND xã; Ủy ban Mặt trận Tổ quốc Việt Nam xã Hợp Thành",
    "Lưu: VT, VHXH",
]
LEGAL_BASES = [
    "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025",
    (
        "Căn cứ Văn bản số 793/BTTTT-THH ngày 05 tháng 3 năm 2022 của Bộ Thông tin và Truyền thông "
        "về việc hướng dẫn thí điểm triển khai Tổ công nghệ số cộng đồng tại các địa phương;"
    ),
    "Căn cứ Kế hoạch số 45/KH-UBND ngày 20 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Lạng Sơn.",
]
ARTICLE_1_BODY = (
    "Thành lập Tổ công nghệ số cộng đồng thôn Nà Sla, xã Hợp Thành gồm các ông (bà) có tên trong "
    "danh sách kèm theo Quyết định này. Tổ có nhiệm vụ đưa nền tảng số, kỹ năng số đến từng hộ "
    "gia đình; hướng dẫn người dân sử dụng dịch vụ công trực tuyến, ứng dụng VNeID, thanh toán "
    "không dùng tiền mặt và tự bảo vệ mình trên không gian mạng."
)


def members(n: int = N_MEMBERS) -> list[MemberRow]:
    rows = [BASE_MEMBERS[i % len(BASE_MEMBERS)] for i in range(n)]
    rows[3] = MemberRow(LONG_NAME, "1990", "Nữ", LONG_POSITION, "Thành viên", "0904123456")
    return rows


def make_doc(**over) -> DecisionDocument:
    doc = DecisionDocument(
        issuing_body=["Ủy ban nhân dân", "xã Hợp Thành"],
        year=2026,
        place="Hợp Thành",
        subject="Về việc thành lập Tổ công nghệ số cộng đồng thôn Nà Sla",
        authority="Chủ tịch Ủy ban nhân dân xã Hợp Thành",
        legal_bases=LEGAL_BASES,
        proposer="Theo đề nghị của Trưởng phòng Văn hóa - Xã hội",
        articles=[
            Article("Thành lập Tổ công nghệ số cộng đồng thôn Nà Sla", [ARTICLE_1_BODY]),
            Article(
                "Nhiệm vụ của Tổ",
                [
                    "1. Tuyên truyền chủ trương, chính sách về chuyển đổi số; " + PANGRAM + ".",
                    (
                        "2. Hướng dẫn người dân cài đặt, sử dụng các nền tảng số; định kỳ báo cáo kết "
                        "quả hoạt động về Ủy ban nhân dân xã."
                    ),
                ],
            ),
            Article(
                "Hiệu lực thi hành",
                [
                    "Quyết định này có hiệu lực kể từ ngày ký.",
                    (
                        "Văn phòng HĐND và UBND xã, Phòng Văn hóa - Xã hội, Trưởng thôn Nà Sla và các "
                        "ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này."
                    ),
                ],
            ),
        ],
        recipients=RECIPIENTS,
        signer=SignerBlock("KT. Chủ tịch", "Phó Chủ tịch", "Lường Thị Thủy"),
        number=5,
        signed_on=date(2026, 3, 5),
        member_lists=[
            MemberList(
                "DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG THÔN NÀ SLA",
                "(Kèm theo Quyết định số 05/QĐ-UBND ngày 05 tháng 3 năm 2026 của Chủ tịch UBND "
                "xã Hợp Thành)",
                members(),
            )
        ],
    )
    return replace(doc, **over)


def small_list(
    n: int = 6, title: str = "DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG THÔN KHÒN PẠT"
):
    return [MemberList(title, "(Kèm theo Quyết định)", members(n))]


# --------------------------------------------------------------------------------------------
# Measuring
# --------------------------------------------------------------------------------------------
@dataclass
class Seg:
    """A run of text on one baseline (a line, or one column of a line)."""

    text: str
    x0: float
    x1: float
    baseline: float  # from the top of the page
    top: float
    bottom: float
    sizes: set
    faces: set
    chars: list

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def size(self) -> float:
        assert len(self.sizes) == 1, (self.text, self.sizes)
        return next(iter(self.sizes))

    @property
    def face(self) -> str:
        assert len(self.faces) == 1, (self.text, self.faces)
        return next(iter(self.faces))


def face_of(fontname: str) -> str:
    name = fontname.split("+", 1)[-1].lower()
    bold, italic = "bold" in name, "italic" in name
    return {(0, 0): "regular", (1, 0): "bold", (0, 1): "italic", (1, 1): "bolditalic"}[
        (bold, italic)
    ]


def is_watermark(c) -> bool:
    return abs(c["matrix"][1]) > 0.01 or abs(c["matrix"][2]) > 0.01


def text_chars(page):
    return [c for c in page.chars if not is_watermark(c)]


def segments(page, gap: float = 18.0) -> list[Seg]:
    """Upright text grouped by baseline, split where a horizontal gap exceeds ``gap`` or where a
    table's column line runs between two characters."""
    cuts = [(e["x0"], e["top"], e["bottom"]) for e in page.edges if e["orientation"] == "v"]
    rows: dict[float, list] = {}
    for c in text_chars(page):
        base = round(page.height - c["matrix"][5], 1)
        rows.setdefault(base, []).append(c)
    out: list[Seg] = []
    for base in sorted(rows):
        cs = sorted(rows[base], key=lambda c: c["x0"])
        run: list = []
        for c in cs:
            if run and (
                c["x0"] - run[-1]["x1"] > gap
                or any(
                    run[-1]["x1"] - 0.5 <= x <= c["x0"] + 0.5 and top <= c["top"] <= bottom
                    for x, top, bottom in cuts
                )
            ):
                out.append(_seg(run, base))
                run = []
            run.append(c)
        if run:
            out.append(_seg(run, base))
    return out


def _seg(cs, base) -> Seg:
    text = "".join(c["text"] for c in cs).replace("\xa0", " ")
    vis = [c for c in cs if c["text"].strip() and c["text"] != "\xa0"] or cs
    return Seg(
        text=text.strip(),
        x0=min(c["x0"] for c in vis),
        x1=max(c["x1"] for c in vis),
        baseline=base,
        top=min(c["top"] for c in vis),
        bottom=max(c["bottom"] for c in vis),
        sizes={round(c["size"], 1) for c in vis},
        faces={face_of(c["fontname"]) for c in vis},
        chars=cs,
    )


def find(segs, text, start=False) -> Seg:
    hits = [s for s in segs if (s.text.startswith(text) if start else s.text == text)]
    assert hits, f"{text!r} not found in {[s.text for s in segs]}"
    return hits[0]


def squash(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\xa0", " ")).strip()


def hlines(page):
    """Horizontal rules (lines and thin rectangles)."""
    out = []
    for ln in page.lines:
        if abs(ln["top"] - ln["bottom"]) < 0.5:
            out.append((ln["x0"], ln["x1"], ln["top"]))
    return out


def vlines(page):
    return sorted({round(e["x0"], 2) for e in page.edges if e["orientation"] == "v"})


def page_number_segs(page):
    return [s for s in segments(page) if s.bottom < TOP]


def body_segs(page):
    return [s for s in segments(page) if s.bottom >= TOP]


def body_lines(page):
    """Whole lines (no column split) of the body area."""
    return [s for s in segments(page, gap=1e9) if s.bottom >= TOP]


@pytest.fixture(scope="module", autouse=True)
def invariant():
    old = rl_config.invariant
    rl_config.invariant = 1
    yield
    rl_config.invariant = old


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pdf")


@pytest.fixture(scope="module")
def issued(out, invariant):
    path = out / "issued.pdf"
    sha = render_decision(make_doc(), path)
    pdf = pdfplumber.open(path)
    yield path, sha, pdf
    pdf.close()


@pytest.fixture(scope="module")
def draft(out, invariant):
    path = out / "draft.pdf"
    render_decision(make_doc(number=None, signed_on=None, is_draft=True), path)
    pdf = pdfplumber.open(path)
    yield path, pdf
    pdf.close()


def section_pages(pdf):
    """Pages split into sections: a section starts on a page with no number in the top margin."""
    sections: list[list] = []
    for p in pdf.pages:
        if not page_number_segs(p):
            sections.append([p])
        else:
            sections[-1].append(p)
    return sections


# --------------------------------------------------------------------------------------------
# Page, margins, fonts
# --------------------------------------------------------------------------------------------
def test_every_page_is_a4_portrait(issued):
    _, _, pdf = issued
    assert len(pdf.pages) >= 5
    for p in pdf.pages:
        assert p.width == pytest.approx(A4_W, abs=0.5)
        assert p.height == pytest.approx(A4_H, abs=0.5)


def test_margins_from_extreme_text_positions(issued):
    _, _, pdf = issued
    sections = section_pages(pdf)
    for sec in sections:
        for i, p in enumerate(sec):
            segs = body_segs(p)
            assert segs, f"empty page {p.page_number}"
            left = min(s.x0 for s in segs)
            right = p.width - max(s.x1 for s in segs)
            top = min(s.top for s in segs)
            bottom = p.height - max(s.bottom for s in segs)
            where = f"page {p.page_number}"
            assert 30 * MM - 0.5 <= left <= 35 * MM, (where, left / MM)
            assert 15 * MM - 0.5 <= right <= 20 * MM, (where, right / MM)
            assert 20 * MM - 0.5 <= top <= 25 * MM, (where, top / MM)
            assert bottom >= 20 * MM - 0.5, (where, bottom / MM)
            if sec is not sections[0] and i < len(sec) - 1:
                # the list ran on to the next page: this one is full (up to one table row)
                assert bottom <= 25 * MM + 45, (where, bottom / MM)
            # nothing at all (rules, grid) outside the margins
            for x0, x1, top_ in hlines(p):
                assert x0 >= LEFT - 0.5 and x1 <= TEXT_RIGHT + 0.5, (where, x0, x1)


def test_fonts_are_embedded_serif_subsets(issued):
    path, _, pdf = issued
    seen = set()
    reader = pypdf.PdfReader(path)

    def walk(resources):
        fonts = resources.get("/Font")
        if fonts:
            for ref in fonts.get_object().values():
                f = ref.get_object()
                name = str(f["/BaseFont"]).lstrip("/")
                seen.add(name)
                assert FONT_NAME.match(name), name
                desc = f.get("/FontDescriptor")
                if desc is None:  # composite font
                    desc = f["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                desc = desc.get_object()
                assert "/FontFile2" in desc, f"{name} is not embedded"
        xobjects = resources.get("/XObject")
        if xobjects:
            for ref in xobjects.get_object().values():
                x = ref.get_object()
                if x.get("/Resources"):
                    walk(x["/Resources"].get_object())

    for page in reader.pages:
        walk(page["/Resources"].get_object())
    faces = {face_of(n) for n in seen}
    assert faces == {"regular", "bold", "italic", "bolditalic"}
    for p in pdf.pages:
        for c in p.chars:
            assert FONT_NAME.match(c["fontname"]), c["fontname"]


def test_registered_family_matches_the_pdf(issued):
    _, _, pdf = issued
    fonts = register_fonts()
    used = {c["fontname"].split("+", 1)[1] for c in pdf.pages[0].chars}
    if fonts.family == "LiberationSerif":
        assert used <= {
            "LiberationSerif",
            "LiberationSerif-Bold",
            "LiberationSerif-Italic",
            "LiberationSerif-BoldItalic",
        }
    else:
        assert all(n.startswith("TimesNewRomanPS") for n in used)


# --------------------------------------------------------------------------------------------
# Header
# --------------------------------------------------------------------------------------------
def test_header_left_column(issued):
    _, _, pdf = issued
    segs = segments(pdf.pages[0])
    ub = find(segs, "ỦY BAN NHÂN DÂN")
    xa = find(segs, "XÃ HỢP THÀNH")
    so = find(segs, "Số: 05/QĐ-UBND")
    for s in (ub, xa):
        assert s.face == "bold" and 12 <= s.size <= 13
        assert s.text == s.text.upper()
    assert ub.centre == pytest.approx(xa.centre, abs=0.5)
    assert so.face == "regular" and so.size == 13
    assert so.centre == pytest.approx(ub.centre, abs=0.5)
    assert ub.baseline < xa.baseline < so.baseline
    # a short centred rule between the issuing body and "Số"
    text_w = max(ub.x1 - ub.x0, xa.x1 - xa.x0)
    rules = [r for r in hlines(pdf.pages[0]) if xa.bottom < r[2] < so.top and r[1] < TEXT_CENTRE]
    assert len(rules) == 1, rules
    x0, x1, y = rules[0]
    assert 1 / 3 - 0.01 <= (x1 - x0) / text_w <= 1 / 2 + 0.01
    assert (x0 + x1) / 2 == pytest.approx(ub.centre, abs=0.5)
    assert y - xa.baseline >= 3  # below the descenders, not through the letters


def test_header_right_column_and_date_on_the_line_of_so(issued):
    _, _, pdf = issued
    segs = segments(pdf.pages[0])
    qh = find(segs, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    tn = find(segs, "Độc lập - Tự do - Hạnh phúc")
    dt = find(segs, "Hợp Thành, ngày 05 tháng 3 năm 2026")
    so = find(segs, "Số: 05/QĐ-UBND")
    ub = find(segs, "ỦY BAN NHÂN DÂN")
    assert qh.face == "bold" and 12 <= qh.size <= 13
    assert tn.face == "bold" and 13 <= tn.size <= 14
    assert dt.face == "italic" and 13 <= dt.size <= 14
    assert qh.centre == pytest.approx(tn.centre, abs=0.5)
    assert dt.centre == pytest.approx(qh.centre, abs=0.5)
    assert dt.baseline == pytest.approx(so.baseline, abs=0.05)  # the same line
    assert qh.baseline == pytest.approx(ub.baseline, abs=0.05)  # both start at the top
    assert ub.x1 < qh.x0 and so.x1 < dt.x0  # two columns, no overlap
    # the rule under the motto is exactly as long as the motto
    rules = [
        r for r in hlines(pdf.pages[0]) if tn.bottom < r[2] < dt.top and r[0] > TEXT_CENTRE - 80
    ]
    assert len(rules) == 1, rules
    x0, x1, y = rules[0]
    assert x0 == pytest.approx(tn.x0, abs=0.6) and x1 == pytest.approx(tn.x1, abs=0.6)
    assert y - tn.baseline >= 3


def test_title_authority_and_preamble(issued):
    _, _, pdf = issued
    p = pdf.pages[0]
    segs = segments(p)
    qd = find(segs, "QUYẾT ĐỊNH")
    vv = find(segs, "Về việc thành lập Tổ công nghệ số cộng đồng thôn Nà Sla")
    auth = find(segs, "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HỢP THÀNH")
    decide = find(segs, "QUYẾT ĐỊNH:")
    for s in (qd, vv, auth, decide):
        assert s.face == "bold" and s.size == 14, s.text
        assert s.centre == pytest.approx(TEXT_CENTRE, abs=1), s.text
    assert qd.baseline < vv.baseline < auth.baseline < decide.baseline
    # short rule under "Về việc"
    rules = [r for r in hlines(p) if vv.bottom < r[2] < auth.top]
    assert len(rules) == 1
    x0, x1, _ = rules[0]
    assert 1 / 3 - 0.01 <= (x1 - x0) / (vv.x1 - vv.x0) <= 1 / 2 + 0.01
    assert (x0 + x1) / 2 == pytest.approx(TEXT_CENTRE, abs=1)
    # "Căn cứ …;" lines and "Theo đề nghị của … ." in italics, first-line indent 1 cm
    pre = [s for s in body_lines(p) if auth.baseline < s.baseline < decide.baseline]
    assert all(s.face == "italic" and s.size == 14 for s in pre)
    starts = [s for s in pre if s.text.startswith(("Căn cứ", "Theo đề nghị"))]
    assert len(starts) == 4
    for s in starts:
        assert s.x0 - LEFT == pytest.approx(INDENT, abs=0.3)
    paras = _paragraphs(pre, lambda s: s.text.startswith(("Căn cứ", "Theo đề nghị")))
    assert [t[:6] for t in paras] == ["Căn cứ"] * 3 + ["Theo đ"]
    # one list: every line ends ";" and the last one "." (Mẫu 1.2 of Phụ lục III)
    assert all(t.endswith(";") and not t.endswith(";;") for t in paras[:-1])
    assert paras[-1] == "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội."
    assert paras[2].endswith("tỉnh Lạng Sơn;")  # caller's "." replaced


def _paragraphs(lines, is_start) -> list[str]:
    out: list[str] = []
    for s in lines:
        if is_start(s) or not out:
            out.append(s.text)
        else:
            out[-1] += " " + s.text
    return [squash(t) for t in out]


def test_legal_bases_without_proposer_end_with_a_full_stop(out):
    path = out / "no-proposer.pdf"
    render_decision(make_doc(proposer="", member_lists=()), path)
    with pdfplumber.open(path) as pdf:
        lines = segments(pdf.pages[0])
    paras = _paragraphs(
        [s for s in lines if s.faces == {"italic"} and s.size == 14],
        lambda s: s.text.startswith("Căn cứ"),
    )
    assert len(paras) == 3
    assert paras[0].endswith("năm 2025;") and paras[1].endswith("các địa phương;")
    assert paras[2].endswith("tỉnh Lạng Sơn.")


# --------------------------------------------------------------------------------------------
# Body
# --------------------------------------------------------------------------------------------
def _decision_pages(pdf):
    return section_pages(pdf)[0]


def test_articles_body_justified_indented_spaced(issued):
    _, _, pdf = issued
    pages = _decision_pages(pdf)
    lines = []
    for p in pages:
        segs = body_lines(p)
        decide = [s for s in segs if s.text == "QUYẾT ĐỊNH:"]
        start = decide[0].baseline if decide else 0
        noi = [s for s in segments(p) if s.text == "Nơi nhận:"]
        end = noi[0].baseline if noi else 1e9
        lines += [(p.page_number, s) for s in segs if start < s.baseline < end - 1]
    assert lines
    dieu = [s for _, s in lines if re.match(r"Điều \d+\.", s.text)]
    assert [s.text.split(" ")[1] for s in dieu] == ["1.", "2.", "3."]
    for s in dieu:
        assert s.face == "bold" and s.size == 14
        assert s.x0 - LEFT == pytest.approx(INDENT, abs=0.3)
    body = [(pg, s) for pg, s in lines if not re.match(r"Điều \d+\.", s.text)]
    assert all(s.face == "regular" and s.size == 14 for _, s in body)
    gaps_in, gaps_between = [], []
    prev = None
    for pg, s in lines:
        indented = abs(s.x0 - LEFT - INDENT) < 0.3
        flush = abs(s.x0 - LEFT) < 0.3
        assert indented or flush, (s.text, s.x0)
        if prev and prev[0] == pg:
            gap = s.baseline - prev[1].baseline
            (gaps_between if indented else gaps_in).append(gap)
            if not indented:
                # a wrapped line: the previous one is justified to the right margin
                assert prev[1].x1 == pytest.approx(TEXT_RIGHT, abs=0.6), prev[1].text
        prev = (pg, s)
    assert gaps_in and gaps_between
    leading = min(gaps_in)
    assert max(gaps_in) - leading < 0.1
    assert 1.15 <= leading / 14 <= 1.3  # between single and 1.5 lines
    assert min(gaps_between) >= leading + 6 - 0.05  # ≥ 6 pt between paragraphs


def test_body_ends_with_slash_dot_slash_once(issued):
    _, _, pdf = issued
    text = "\n".join(s.text for p in _decision_pages(pdf) for s in body_lines(p))
    assert text.count("./.") == 1
    last = next(s for p in _decision_pages(pdf) for s in body_lines(p) if "./." in s.text)
    assert last.text.endswith("thi hành Quyết định này./.")


def test_every_diacritic_survives(issued):
    _, _, pdf = issued
    text = squash(" ".join(s.text for p in _decision_pages(pdf) for s in body_lines(p)))
    assert PANGRAM in text


def test_article_without_title_runs_on_after_the_label(out):
    doc = make_doc(
        articles=[
            ("", ["Thành lập Tổ công nghệ số cộng đồng thôn Pác Luồng."]),
            ("", ["Hiệu lực."]),
        ],
        member_lists=(),
    )
    path = out / "untitled-articles.pdf"
    render_decision(doc, path)
    with pdfplumber.open(path) as pdf:
        segs = body_lines(pdf.pages[0])
    s = find(segs, "Điều 1. Thành lập", start=True)
    label = [c for c in s.chars if c["text"].strip()][:6]
    rest = [c for c in s.chars if c["text"].strip()][6:]
    assert {face_of(c["fontname"]) for c in label} == {"bold"}
    assert {face_of(c["fontname"]) for c in rest} == {"regular"}
    assert find(segs, "Điều 2. Hiệu lực./.").text


# --------------------------------------------------------------------------------------------
# Signature block
# --------------------------------------------------------------------------------------------
def test_noi_nhan_level_with_authority_and_signature_block(issued):
    _, _, pdf = issued
    page = next(p for p in _decision_pages(pdf) if "Nơi nhận:" in [s.text for s in segments(p)])
    segs = segments(page)
    nn = find(segs, "Nơi nhận:")
    kt = find(segs, "KT. CHỦ TỊCH")
    pct = find(segs, "PHÓ CHỦ TỊCH")
    name = find(segs, "Lường Thị Thủy")
    assert nn.face == "bolditalic" and nn.size == 12
    assert nn.x0 == pytest.approx(LEFT, abs=0.3)
    assert nn.baseline == pytest.approx(kt.baseline, abs=0.05)
    for s in (kt, pct):
        assert s.face == "bold" and 13 <= s.size <= 14
    assert name.face == "bold" and name.size == 14
    assert kt.centre == pytest.approx(pct.centre, abs=0.5)
    assert name.centre == pytest.approx(kt.centre, abs=0.5)
    assert kt.x0 > TEXT_CENTRE - 20  # right-hand side
    assert 4 * 14 <= name.baseline - pct.baseline <= 8 * 17  # room for signature and seal
    # recipients, 11 pt, "- …;" and the last "- Lưu: VT, VHXH."
    rec = [s for s in segs if nn.baseline < s.baseline and s.x1 < kt.x0]
    assert all(s.size == 11 and s.face == "regular" for s in rec)
    assert all(abs(s.x0 - LEFT) < 0.3 for s in rec)
    items = _paragraphs(rec, lambda s: s.text.startswith("- "))
    assert items == [
        "- Như Điều 3;",
        "- Sở KH&CN tỉnh Lạng Sơn (để b/c);",
        "- Thường trực Đảng ủy, HĐND, UBND xã; Ủy ban Mặt trận Tổ quốc Việt Nam xã Hợp Thành;",
        "- Lưu: VT, VHXH.",
    ]
    assert len(rec) > len(items)  # the long recipient wrapped inside its column


# --------------------------------------------------------------------------------------------
# Page numbers, attached list
# --------------------------------------------------------------------------------------------
def _number_of(page):
    segs = page_number_segs(page)
    if not segs:
        return None
    assert len(segs) == 1, [s.text for s in segs]
    s = segs[0]
    assert s.face == "regular" and 13 <= s.size <= 14
    assert s.centre == pytest.approx(TEXT_CENTRE, abs=1)
    assert s.top > 5 * MM and s.bottom < TOP  # inside the top margin
    return int(s.text)


def test_page_numbers_restart_for_the_attached_list(issued):
    _, _, pdf = issued
    numbers = [_number_of(p) for p in pdf.pages]
    assert numbers[0] is None  # none on page 1
    secs = section_pages(pdf)
    assert len(secs) == 2  # the decision, then the list on its own pages
    for sec in secs:
        assert [_number_of(p) for p in sec] == [None, *range(2, len(sec) + 1)]
    assert len(secs[0]) == 2
    assert len(secs[1]) >= 3


def test_attached_list_title_and_table(issued):
    _, _, pdf = issued
    pages = section_pages(pdf)[1]
    first = segments(pages[0])
    t1 = find(first, "DANH SÁCH")
    t2 = find(first, "THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG THÔN NÀ SLA")
    for s in (t1, t2):
        assert s.face == "bold" and 13 <= s.size <= 14
        assert s.centre == pytest.approx(TEXT_CENTRE, abs=1)
    sub = [s for s in first if s.face == "italic"]
    assert squash(" ".join(s.text for s in sub)) == (
        "(Kèm theo Quyết định số 05/QĐ-UBND ngày 05 tháng 3 năm 2026 của Chủ tịch UBND xã "
        "Hợp Thành)"
    )
    assert all(abs(s.centre - TEXT_CENTRE) < 1 for s in sub)
    headers = ["STT", "Họ và tên", "Chức vụ/đơn vị"]
    stt_seen: list[int] = []
    names: list[str] = []
    for p in pages:
        segs = body_segs(p)
        grid = vlines(p)
        assert grid[0] == pytest.approx(LEFT, abs=0.5) and grid[-1] == pytest.approx(
            TEXT_RIGHT, abs=0.5
        )
        assert len(grid) == 8  # 7 columns
        hdr = [find(segs, h) for h in headers]
        assert all(h.face == "bold" for h in hdr)
        for word in ("Năm", "sinh", "Giới", "tính", "Vai trò", "trong Tổ"):
            assert find(segs, word).face == "bold"
        assert find(segs, "Số điện", start=True).face == "bold"
        hdr_bottom = max(h.bottom for h in hdr)

        def col(s, i, grid=grid):
            return grid[i] < s.x0 and s.x1 < grid[i + 1]

        rows = sorted((s for s in segs if s.top > hdr_bottom), key=lambda s: (s.baseline, s.x0))
        assert rows, f"no member rows on page {p.page_number}"
        stt_seen += [int(s.text) for s in rows if col(s, 0)]
        names += [s.text for s in rows if col(s, 1)]
        # no character crosses a column line: long names and positions wrap inside their cells
        for c in text_chars(p):
            if c["top"] > hdr_bottom - 40 and c["text"].strip():
                assert not any(c["x0"] + 0.2 < x < c["x1"] - 0.2 for x in grid), c
    assert stt_seen == list(range(1, N_MEMBERS + 1))
    joined = squash(" ".join(names))
    for m in members():
        assert m.full_name in joined
    # years only: "05/03/1996" is printed as "1996"
    all_text = " ".join(s.text for p in pages for s in segments(p))
    assert "05/03/1996" not in all_text and "1996" in all_text
    # the long name took more than one line in its cell
    name_lines = [s for s in segments(pages[0]) if s.text in LONG_NAME and s.text != LONG_NAME]
    assert len(name_lines) >= 2


def test_roles_sex_and_phone_in_their_columns(issued):
    _, _, pdf = issued
    p = section_pages(pdf)[1][0]
    grid = vlines(p)
    row = find(segments(p), "Hoàng Văn Thụ")
    same = [s for s in segments(p) if abs(s.baseline - row.baseline) < 0.1]
    by_col = {}
    for s in same:
        for i in range(7):
            if grid[i] < s.x0 and s.x1 < grid[i + 1]:
                by_col[i] = s.text
    assert by_col == {
        0: "1",
        1: "Hoàng Văn Thụ",
        2: "1978",
        3: "Nam",
        4: "Trưởng thôn Nà Sla",
        5: "Tổ trưởng",
        6: "0912 345 678",
    }


# --------------------------------------------------------------------------------------------
# Drafts
# --------------------------------------------------------------------------------------------
def _watermark(page) -> str:
    return "".join(c["text"] for c in page.chars if is_watermark(c)).replace(" ", "")


def test_draft_has_a_grey_diagonal_watermark_on_every_page(draft):
    _, pdf = draft
    for p in pdf.pages:
        wm = [c for c in p.chars if is_watermark(c)]
        assert _watermark(p) == "DỰTHẢO", p.page_number
        for c in wm:
            a, b = c["matrix"][0], c["matrix"][1]
            angle = abs(__import__("math").degrees(__import__("math").atan2(b, a)))
            assert 30 <= angle <= 60
            assert c["non_stroking_color"] and all(0.6 <= v < 1 for v in c["non_stroking_color"])
            assert c["size"] >= 60


def test_issued_has_no_watermark(issued):
    _, _, pdf = issued
    for p in pdf.pages:
        assert not any(is_watermark(c) for c in p.chars)
        assert "DỰ THẢO" not in (p.extract_text() or "")


def test_draft_leaves_number_and_date_blank(draft):
    _, pdf = draft
    segs = segments(pdf.pages[0], gap=40)
    so = find(segs, "Số:", start=True)
    assert re.fullmatch(r"Số:\s{3,}/QĐ-UBND", so.text), so.text
    dt = find(segs, "Hợp Thành, ngày", start=True)
    assert re.fullmatch(r"Hợp Thành, ngày\s{3,}tháng\s{3,}năm 20\.\.", dt.text), dt.text
    assert dt.baseline == pytest.approx(so.baseline, abs=0.05)
    assert [_number_of(p) for p in pdf.pages][:2] == [None, 2]


# --------------------------------------------------------------------------------------------
# Dates, numbers, long names, NFC
# --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "number, day, so, when",
    [
        (1, date(2026, 1, 9), "Số: 01/QĐ-UBND", "ngày 09 tháng 01 năm 2026"),
        (9, date(2026, 2, 28), "Số: 09/QĐ-UBND", "ngày 28 tháng 02 năm 2026"),
        (10, date(2026, 3, 1), "Số: 10/QĐ-UBND", "ngày 01 tháng 3 năm 2026"),
        (123, date(2026, 12, 31), "Số: 123/QĐ-UBND", "ngày 31 tháng 12 năm 2026"),
    ],
)
def test_number_and_date_forms(out, number, day, so, when):
    path = out / f"date-{number}.pdf"
    render_decision(make_doc(number=number, signed_on=day, member_lists=()), path)
    with pdfplumber.open(path) as pdf:
        segs = segments(pdf.pages[0])
    s = find(segs, so)
    d = find(segs, f"Hợp Thành, {when}")
    assert s.baseline == pytest.approx(d.baseline, abs=0.05)
    assert format_date_words(day) == when


def test_long_issuing_body_wraps_in_its_column(out):
    doc = make_doc(
        governing_body=["Ủy ban nhân dân tỉnh Lạng Sơn"],
        issuing_body=["Ủy ban nhân dân", "phường Đông Kinh và các xã Hoàng Đồng, Mai Pha hợp nhất"],
        member_lists=(),
    )
    path = out / "long-body.pdf"
    render_decision(doc, path)
    with pdfplumber.open(path) as pdf:
        p = pdf.pages[0]
        segs = segments(p)
        qh = find(segs, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        left = [
            s for s in segs if s.baseline < find(segs, "Số: 05/QĐ-UBND").baseline and s.x1 < qh.x0
        ]
        gov = [s for s in left if s.face == "regular"]
        bold = [s for s in left if s.face == "bold"]
        assert squash(" ".join(s.text for s in gov)) == "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"
        assert all(12 <= s.size <= 13 for s in left)
        assert squash(" ".join(s.text for s in bold)) == (
            "ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG KINH VÀ CÁC XÃ HOÀNG ĐỒNG, MAI PHA HỢP NHẤT"
        )
        assert len(bold) >= 3  # the long name wrapped onto two lines or more
        assert max(s.baseline for s in gov) < min(s.baseline for s in bold)
        centres = [s.centre for s in left]
        assert max(centres) - min(centres) < 1  # every line centred in the left column
        for s in left:
            assert s.x0 >= LEFT - 0.3 and s.x1 < qh.x0 - 5
        so = find(segs, "Số: 05/QĐ-UBND")
        dt = find(segs, "Hợp Thành, ngày 05 tháng 3 năm 2026")
        assert so.baseline == pytest.approx(dt.baseline, abs=0.05)


def test_nfd_input_prints_as_nfc(out):
    nfd = lambda s: unicodedata.normalize("NFD", s)
    doc = make_doc(
        subject=nfd("Về việc kiện toàn Tổ công nghệ số cộng đồng thôn Khòn Pạt"),
        signer=SignerBlock(nfd("Chủ tịch"), "", nfd("Hứa Văn Đồng")),
        member_lists=[MemberList(nfd("Danh sách thành viên"), "", [MemberRow(nfd("Sầm Thị Ngữ"))])],
    )
    path = out / "nfd.pdf"
    render_decision(doc, path)
    with pdfplumber.open(path) as pdf:
        text = "".join(c["text"] for p in pdf.pages for c in p.chars)
        segs = [s for p in pdf.pages for s in segments(p)]
    assert not any(unicodedata.combining(ch) for ch in text)
    assert unicodedata.is_normalized("NFC", text)
    find(segs, "Về việc kiện toàn Tổ công nghệ số cộng đồng thôn Khòn Pạt")
    find(segs, "Hứa Văn Đồng")
    find(segs, "CHỦ TỊCH")
    find(segs, "Sầm Thị Ngữ")


def test_attachment_note_helper_matches_the_header():
    doc = make_doc()
    assert attachment_note(doc, "Chủ tịch UBND xã Hợp Thành") == (
        "(Kèm theo Quyết định số 05/QĐ-UBND ngày 05 tháng 3 năm 2026 của Chủ tịch UBND xã "
        "Hợp Thành)"
    )


def test_signed_on_must_fall_in_the_numbering_year():
    with pytest.raises(ValueError):
        make_doc(signed_on=date(2025, 12, 31))


# --------------------------------------------------------------------------------------------
# Output: determinism, hash, atomic write, combined
# --------------------------------------------------------------------------------------------
def test_deterministic_bytes_and_hash(issued, out):
    path, sha, _ = issued
    data = path.read_bytes()
    assert sha == hashlib.sha256(data).hexdigest()
    again = out / "again.pdf"
    assert render_decision(make_doc(), again) == sha
    assert again.read_bytes() == data
    buf = io.BytesIO()
    assert render_decision(make_doc(), buf) == sha
    assert buf.getvalue() == data
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")


def test_write_leaves_no_temporary_files(out):
    folder = out / "atomic"
    folder.mkdir()
    target = folder / "qd.pdf"
    render_decision(make_doc(member_lists=()), target)
    render_decision(make_doc(member_lists=()), target)  # overwrite in place
    assert [f.name for f in folder.iterdir()] == ["qd.pdf"]


def test_cancelled_combined_build_keeps_the_old_file(out):
    folder = out / "cancel"
    folder.mkdir()
    target = folder / "all.pdf"
    target.write_bytes(b"old")
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return done < 1  # cancel when the second decision starts

    from exports.errors import Cancelled

    with pytest.raises(RenderCancelled) as info:
        render_decisions_combined([make_doc(member_lists=())] * 3, target, progress=progress)
    assert isinstance(info.value, Cancelled) and info.value.code == "cancelled"
    assert target.read_bytes() == b"old"
    assert [f.name for f in folder.iterdir()] == ["all.pdf"]
    assert calls == [(0, 3), (1, 3)]


def test_combined_pdf_numbers_each_document_on_its_own(out):
    docs = [
        make_doc(member_lists=small_list(5)),
        make_doc(number=None, signed_on=None, is_draft=True, member_lists=small_list(60)),
        make_doc(
            number=12,
            signed_on=date(2026, 1, 9),
            subject="Về việc kiện toàn Tổ công nghệ số cộng đồng thôn Bản Cắm",
            member_lists=(),
        ),
    ]
    path = out / "combined.pdf"
    seen = []
    sha = render_decisions_combined(docs, path, progress=lambda d, t: seen.append(d))
    assert sha == hashlib.sha256(path.read_bytes()).hexdigest()
    assert seen == [0, 1, 2, 3]
    singles = []
    for i, d in enumerate(docs):
        buf = io.BytesIO()
        render_decision(d, buf)
        singles.append(len(pypdf.PdfReader(io.BytesIO(buf.getvalue())).pages))
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == sum(singles)
        secs = section_pages(pdf)
        # decision, list | decision (draft), list | decision
        assert len(secs) == 5
        for sec in secs:
            assert [_number_of(p) for p in sec] == [None, *range(2, len(sec) + 1)]
        heads = [
            find(segments(sec[0]), "Số:", start=True).text for sec in (secs[0], secs[2], secs[4])
        ]
        assert heads[0] == "Số: 05/QĐ-UBND" and heads[2] == "Số: 12/QĐ-UBND"
        find(segments(secs[4][0]), "Hợp Thành, ngày 09 tháng 01 năm 2026")
        assert len(secs[3]) >= 2  # the 60-member list runs over pages and restarts at 2
        for k, sec in enumerate(secs):
            for p in sec:
                assert (_watermark(p) == "DỰTHẢO") == (k in (2, 3)), (k, p.page_number)


# --------------------------------------------------------------------------------------------
# Roster
# --------------------------------------------------------------------------------------------
def test_roster_landscape_with_page_x_of_y_and_repeated_header(out):
    rows = [
        [m.full_name, m.birth, m.sex, m.position, m.role, "Nà Sla", m.phone, ""]
        for m in members(70)
    ]
    roster = Roster(
        "Danh sách thành viên Tổ công nghệ số cộng đồng xã Hợp Thành",
        rows,
        issuing_body=["Ủy ban nhân dân", "xã Hợp Thành"],
        subtitle="(Tính đến ngày 05/3/2026)",
        place="Hợp Thành",
        made_on=date(2026, 3, 5),
    )
    path = out / "roster.pdf"
    sha = render_roster_pdf(roster, path)
    assert sha == hashlib.sha256(path.read_bytes()).hexdigest()
    with pdfplumber.open(path) as pdf:
        n = len(pdf.pages)
        assert n >= 3
        stt = []
        for i, p in enumerate(pdf.pages, 1):
            assert p.width == pytest.approx(A4_H, abs=0.5) and p.height == pytest.approx(
                A4_W, abs=0.5
            )
            segs = segments(p)
            foot = [s for s in segs if s.top > p.height - BOTTOM]
            assert [s.text for s in foot] == [f"Trang {i}/{n}"]
            assert foot[0].centre == pytest.approx((LEFT + p.width - RIGHT) / 2, abs=15)
            body = [s for s in segs if s.top <= p.height - BOTTOM]
            assert min(s.top for s in body) >= TOP - 0.5
            assert min(s.x0 for s in body) >= LEFT - 0.5
            assert max(s.x1 for s in body) <= p.width - RIGHT + 0.5
            hdr = find(segs, "Họ và tên")
            assert hdr.face == "bold"
            grid = vlines(p)
            stt += [
                int(s.text)
                for s in segs
                if s.top > hdr.bottom and grid[0] < s.x0 and s.x1 < grid[1] and s.text.isdigit()
            ]
        assert stt == list(range(1, 71))
        first = segments(pdf.pages[0])
        find(first, "THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG XÃ HỢP THÀNH")
        find(first, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        find(first, "Hợp Thành, ngày 05 tháng 3 năm 2026")
        assert "05/03/1996" in " ".join(s.text for s in segments(pdf.pages[0]))
    reader = pypdf.PdfReader(path)
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            assert FONT_NAME.match(str(ref.get_object()["/BaseFont"]).lstrip("/"))


# --------------------------------------------------------------------------------------------
# Font discovery
# --------------------------------------------------------------------------------------------
def test_times_new_roman_is_found_in_the_windows_fonts_folder(tmp_path, monkeypatch):
    from exports import fonts as fonts_mod

    windir = tmp_path / "Windows"
    (windir / "Fonts").mkdir(parents=True)
    for name in ("TIMES.TTF", "timesbd.ttf", "TimesI.ttf", "timesbi.ttf", "arial.ttf"):
        (windir / "Fonts" / name).write_bytes(b"")
    monkeypatch.setenv("WINDIR", str(windir))
    found = fonts_mod.find_system_times()
    assert found is not None
    assert [p.name for p in found] == ["TIMES.TTF", "timesbd.ttf", "TimesI.ttf", "timesbi.ttf"]


def test_an_incomplete_times_family_is_not_used(tmp_path, monkeypatch):
    from exports import fonts as fonts_mod

    windir = tmp_path / "Windows"
    (windir / "Fonts").mkdir(parents=True)
    (windir / "Fonts" / "times.ttf").write_bytes(b"")
    monkeypatch.setenv("WINDIR", str(windir))
    monkeypatch.setattr(fonts_mod, "_candidate_dirs", lambda: [windir / "Fonts"])
    assert fonts_mod.find_system_times() is None


def test_bundled_fonts_cover_vietnamese():
    from reportlab.pdfbase import pdfmetrics

    from exports.fonts import VIETNAMESE_LETTERS

    fonts = register_fonts(prefer_system=False)
    assert fonts.family == "LiberationSerif"
    for name in (fonts.regular, fonts.bold, fonts.italic, fonts.bold_italic):
        face = pdfmetrics.getFont(name).face
        assert all(ord(ch) in face.charToGlyph for ch in VIETNAMESE_LETTERS), name


def test_writer_stays_pure():
    """exports/ never pulls in Qt, Peewee or the app layers."""
    import subprocess
    import sys

    code = (
        "import sys; import exports.decision_pdf, exports.fonts; "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'PySide6', 'peewee', 'playhouse', 'desktop', 'db', 'ui'}); print(bad)"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_unwritable_target_is_an_export_error(out):
    from exports.errors import ExportError

    missing = out / "no-such-folder" / "qd.pdf"
    with pytest.raises(ExportError) as info:
        render_decision(make_doc(member_lists=()), missing)
    assert (info.value.code, info.value.message_params["fault"]) == ("file.not_found", "not_found")
    assert info.value.message_params["path"] == str(missing)
    assert "Không tìm thấy thư mục" in info.value.message()
