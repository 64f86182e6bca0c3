"""Benchmark: 1,000 decisions with their member lists, our writer against a bare reportlab build.

    python bench/decisions.py [--n 1000] [--repeat 3] [--out DIR]

Both builds use the same fonts and the same texts (header, preamble, three articles, signature
block, an attached list of 5–10 members). The bare build is what a plain reportlab script would
do: a SimpleDocTemplate, one Paragraph per line, the member table with Paragraph cells and a
repeated header row; no header columns, rules, section numbering or atomic writes.

Printed: seconds and ms per decision for each, and the ratio ours / bare (aim ≤ 1.2), for
separate files and for one combined PDF. Nothing here is asserted.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from exports.decision_pdf import (
    Article,
    DecisionDocument,
    MemberList,
    MemberRow,
    SignerBlock,
    attachment_note,
    birth_year,
    format_number,
    format_place_date,
    render_decision,
    render_decisions_combined,
)
from exports.fonts import register_fonts

FAMILY = ["Nguyễn", "Hoàng", "Nông", "Lương", "Triệu", "Đàm", "Vi", "Lục", "Hà", "Trần", "Lê"]
MIDDLE_M = ["Văn", "Đức", "Quốc", "Hữu", "Minh"]
MIDDLE_F = ["Thị", "Thu", "Ngọc", "Thanh", "Xuân"]
GIVEN_M = ["Thụ", "Đức", "Hưng", "Quý", "Dũng", "Cường", "Khải", "Sơn"]
GIVEN_F = ["Hường", "Ánh", "Thủy", "Lan", "Ngữ", "Phương", "Yến", "Hạnh"]
VILLAGES = ["Nà Sla", "Khòn Pạt", "Bản Cắm", "Pác Luồng", "Nà Mò", "Thôn 3", "Tổ dân phố 5"]
POSITIONS = [
    "Trưởng thôn",
    "Bí thư Chi đoàn",
    "Công an xã",
    "Chi hội trưởng Phụ nữ",
    "Nhân viên VNPT",
    "Giáo viên Trường Tiểu học",
    "Đoàn viên",
]


def sample_docs(n: int, seed: int = 30) -> list[DecisionDocument]:
    rnd = random.Random(seed)
    docs = []
    start = date(2026, 1, 5)
    for i in range(n):
        village = VILLAGES[i % len(VILLAGES)]
        day = start + timedelta(days=i % 340)
        rows = []
        for k in range(rnd.randint(5, 10)):
            female = rnd.random() < 0.45
            name = " ".join(
                [
                    rnd.choice(FAMILY),
                    rnd.choice(MIDDLE_F if female else MIDDLE_M),
                    rnd.choice(GIVEN_F if female else GIVEN_M),
                ]
            )
            role = "Tổ trưởng" if k == 0 else "Tổ phó" if k == 1 else "Thành viên"
            rows.append(
                MemberRow(
                    name,
                    f"{rnd.randint(1, 28):02d}/{rnd.randint(1, 12):02d}/{rnd.randint(1965, 2005)}",
                    "Nữ" if female else "Nam",
                    f"{rnd.choice(POSITIONS)} {village}",
                    role,
                    f"09{rnd.randint(10_000_000, 99_999_999)}",
                )
            )
        doc = DecisionDocument(
            issuing_body=["Ủy ban nhân dân", "xã Hợp Thành"],
            year=day.year,
            place="Hợp Thành",
            subject=f"Về việc thành lập Tổ công nghệ số cộng đồng thôn {village}",
            authority="Chủ tịch Ủy ban nhân dân xã Hợp Thành",
            legal_bases=[
                (
                    "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 "
                    "năm 2025"
                ),
                (
                    "Căn cứ Văn bản số 793/BTTTT-THH ngày 05 tháng 3 năm 2022 của Bộ Thông tin và "
                    "Truyền thông hướng dẫn thí điểm triển khai Tổ công nghệ số cộng đồng"
                ),
                (
                    "Căn cứ Văn bản số 3240/BTTTT-CĐSQG ngày 08 tháng 8 năm 2024 của Bộ Thông tin "
                    "và Truyền thông"
                ),
            ],
            proposer="Theo đề nghị của Trưởng phòng Văn hóa - Xã hội",
            articles=[
                Article(
                    f"Thành lập Tổ công nghệ số cộng đồng thôn {village}",
                    [
                        (
                            f"Thành lập Tổ công nghệ số cộng đồng thôn {village}, xã Hợp Thành gồm "
                            f"{len(rows)} thành viên có tên trong danh sách kèm theo Quyết định này."
                        )
                    ],
                ),
                Article(
                    "Nhiệm vụ",
                    [
                        (
                            "1. Tuyên truyền, phổ biến chủ trương, chính sách của Đảng, pháp luật của "
                            "Nhà nước về chuyển đổi số đến từng hộ gia đình."
                        ),
                        (
                            "2. Hướng dẫn người dân cài đặt, sử dụng các nền tảng số: dịch vụ công "
                            "trực tuyến, VNeID, thương mại điện tử, thanh toán trực tuyến."
                        ),
                        (
                            "3. Tham gia tập huấn; định kỳ báo cáo kết quả hoạt động về Ủy ban nhân "
                            "dân xã."
                        ),
                    ],
                ),
                Article(
                    "Hiệu lực thi hành",
                    [
                        "Quyết định này có hiệu lực kể từ ngày ký.",
                        (
                            "Văn phòng HĐND và UBND xã, Phòng Văn hóa - Xã hội, Trưởng thôn "
                            f"{village} và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành "
                            "Quyết định này."
                        ),
                    ],
                ),
            ],
            recipients=["Như Điều 3", "Thường trực Đảng ủy, HĐND, UBND xã", "Lưu: VT, VHXH"],
            signer=SignerBlock("Chủ tịch", "", "Hoàng Văn Thụ"),
            number=i % 999 + 1,
            signed_on=day,
        )
        doc.member_lists = [
            MemberList(
                f"DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG THÔN {village.upper()}",
                attachment_note(doc, "Chủ tịch UBND xã Hợp Thành"),
                rows,
            )
        ]
        docs.append(doc)
    return docs


# --------------------------------------------------------------------------------------------
# The bare reportlab build of the same content
# --------------------------------------------------------------------------------------------
def bare_styles(fonts):
    def ps(name, font, size, align=TA_CENTER, **kw):
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=size * 1.2, alignment=align, **kw
        )

    return {
        "b12": ps("b12", fonts.bold, 12),
        "r13": ps("r13", fonts.regular, 13),
        "b13": ps("b13", fonts.bold, 13),
        "i13": ps("i13", fonts.italic, 13),
        "b14": ps("b14", fonts.bold, 14),
        "i14": ps("i14", fonts.italic, 14, TA_JUSTIFY, firstLineIndent=28.35, spaceAfter=6),
        "r14": ps("r14", fonts.regular, 14, TA_JUSTIFY, firstLineIndent=28.35, spaceAfter=6),
        "bi12": ps("bi12", fonts.bold_italic, 12, TA_LEFT),
        "r11": ps("r11", fonts.regular, 11, TA_LEFT),
        "th": ps("th", fonts.bold, 12),
        "td": ps("td", fonts.regular, 12, TA_LEFT),
    }


def bare_story(doc: DecisionDocument, st) -> list:
    s = [Paragraph(x.upper(), st["b12"]) for x in doc.issuing_body]
    s += [
        Paragraph(f"Số: {format_number(doc.number, doc.symbol)}", st["r13"]),
        Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", st["b12"]),
        Paragraph("Độc lập - Tự do - Hạnh phúc", st["b13"]),
        Paragraph(format_place_date(doc.place, doc.signed_on), st["i13"]),
        Spacer(1, 12),
        Paragraph("QUYẾT ĐỊNH", st["b14"]),
        Paragraph(doc.subject, st["b14"]),
        Paragraph(doc.authority.upper(), st["b14"]),
    ]
    s += [Paragraph(b + ";", st["i14"]) for b in doc.legal_bases]
    s.append(Paragraph(doc.proposer + ".", st["i14"]))
    s.append(Paragraph("QUYẾT ĐỊNH:", st["b14"]))
    for k, (title, paras) in enumerate(doc.articles, 1):
        s.append(Paragraph(f"<b>Điều {k}. {title}</b>", st["r14"]))
        s += [Paragraph(p, st["r14"]) for p in paras]
    s.append(Paragraph("Nơi nhận:", st["bi12"]))
    s += [Paragraph(f"- {r};", st["r11"]) for r in doc.recipients]
    s += [Paragraph(doc.signer.authority.upper(), st["b14"]), Spacer(1, 68)]
    s.append(Paragraph(doc.signer.name, st["b14"]))
    for ml in doc.member_lists:
        s += [PageBreak(), Paragraph(ml.title, st["b14"]), Paragraph(ml.subtitle, st["i14"])]
        head = [
            "STT",
            "Họ và tên",
            "Năm sinh",
            "Giới tính",
            "Chức vụ/đơn vị",
            "Vai trò trong Tổ",
            "Số điện thoại",
        ]
        data = [[Paragraph(h, st["th"]) for h in head]]
        for i, r in enumerate(ml.rows, 1):
            data.append(
                [
                    Paragraph(v, st["td"])
                    for v in (
                        str(i),
                        r.full_name,
                        birth_year(r.birth),
                        r.sex,
                        r.position,
                        r.role,
                        r.phone,
                    )
                ]
            )
        s.append(
            Table(
                data,
                colWidths=[32, 116, 40, 40, 104, 62, 73.7],
                repeatRows=1,
                style=TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                        ("FONTNAME", (0, 0), (-1, -1), st["td"].fontName),
                    ]
                ),
            )
        )
    return s


def bare_doc(target):
    return SimpleDocTemplate(
        target,
        pagesize=A4,
        leftMargin=30 * mm,
        rightMargin=15 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        initialFontName=register_fonts().regular,
    )


# --------------------------------------------------------------------------------------------
def timed(fn) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process)."""
    w, c = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w, time.process_time() - c


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="decisions (default 1000)")
    ap.add_argument("--repeat", type=int, default=3,
                    help="interleaved runs (at least 3); the median is kept")
    ap.add_argument("--out", type=Path, help="folder for the files (default: a temporary one)")
    args = ap.parse_args(argv)

    rl_config.invariant = 1
    fonts = register_fonts()
    st = bare_styles(fonts)
    docs = sample_docs(args.n)
    root = Path(tempfile.mkdtemp(prefix="bench-decisions-")) if args.out is None else args.out
    root.mkdir(parents=True, exist_ok=True)
    print(
        f"{args.n} decisions, {sum(len(d.member_lists[0].rows) for d in docs)} members, "
        f"font {fonts.family}, reportlab {__import__('reportlab').Version}, "
        f"median of {max(3, args.repeat)} interleaved runs (ours and the bare floor in each)"
    )

    def ours_separate(fsync=True):
        d = root / "ours"
        d.mkdir(exist_ok=True)
        for i, doc in enumerate(docs):
            render_decision(doc, d / f"qd-{i:04d}.pdf", fsync=fsync)

    def bare_separate():
        d = root / "bare"
        d.mkdir(exist_ok=True)
        for i, doc in enumerate(docs):
            bare_doc(str(d / f"qd-{i:04d}.pdf")).build(bare_story(doc, st))

    def ours_combined(fsync=True):
        render_decisions_combined(docs, root / "ours-combined.pdf", fsync=fsync)

    def bare_combined():
        story = []
        for k, doc in enumerate(docs):
            if k:
                story.append(PageBreak())
            story += bare_story(doc, st)
        bare_doc(str(root / "bare-combined.pdf")).build(story)

    cases = {
        "separate files": {
            "ours": ours_separate,
            "ours, no fsync": lambda: ours_separate(fsync=False),
            "bare": bare_separate,
        },
        "one combined PDF": {
            "ours": ours_combined,
            "ours, no fsync": lambda: ours_combined(fsync=False),
            "bare": bare_combined,
        },
    }
    try:
        for label, fns in cases.items():
            runs: dict[str, list[tuple[float, float]]] = {k: [] for k in fns}
            for _ in range(max(3, args.repeat)):  # interleaved: other processes' load hits all
                for k, fn in fns.items():
                    runs[k].append(timed(fn))
            best = {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v))
                    for k, v in runs.items()}
            bw, bc = best["bare"]
            print(f"{label}:")
            for k, (w, c) in best.items():
                ratio = "" if k == "bare" else f"   ratio wall {w / bw:4.2f}, cpu {c / bc:4.2f}"
                print(
                    f"  {k:15s} {w:7.2f} s wall ({1000 * w / args.n:5.1f} ms/decision), "
                    f"{c:7.2f} s cpu{ratio}"
                )
    finally:
        if args.out is None:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
