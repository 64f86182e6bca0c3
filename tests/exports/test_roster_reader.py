"""Reading the rosters communes send: layouts, legacy encodings, bad files, speed."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import unicodedata
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from exports import legacy_text as lt
from exports import roster_reader as rr
from exports.legacy_text import (
    EncodingVote,
    detect_legacy,
    fix_column,
    fix_text,
    from_unicode,
    is_vietnamese_syllable,
    to_unicode,
)
from exports.roster_reader import ReadCancelled, fold_heading, read_roster
from tests.exports.messy_fixtures import (
    EXPORT_FIELDS,
    build_big_roster,
    build_export_like,
    build_messy_workbook,
    convert,
    excel_escape_controls,
    nfd,
    soffice,
    tcvn3,
    vni,
    vntimeh,
)

NO_SOFFICE = "LibreOffice (soffice) is not installed: .xls/.ods copies cannot be made here"


# ============================================================================================
# Legacy encodings
UNICODE_SAMPLES = [
    "Nguyễn Văn Ân",
    "Lê Hà",
    "Hoà",
    "Hòa Bình",
    "Thuỷ",
    "Ksor H'Hen",
    "Y Moan Niê",
    "Lê Thị Hà",
    "Hoàng Văn Thụ",
    "Trương Thị Nước",
    "Nà Sla",
    "Khòn Pạt",
    "Pác Luồng",
    "Tổ trưởng",
    "Thành viên",
    "Nữ",
    "Nam",
    "Tày",
    "Nùng",
    "Kinh",
    "Bí thư chi đoàn",
    "Công an xã",
    "The quick brown fox",
    "café",
    "Müller",
    "Peña",
    "Hélène",
    "José Martí",
    "Ángel",
    "Tổng cộng",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "HOÀNG",
    "NGÔ",
    "ÂN",
    "Lý Thị Tú",
    "Vò",
    "Thò",
    "Tó",
    "Hoá",
    "Toán",
    "Quân",
    "Tân",
    "Lê",
    "Hà",
    "Hồ",
    "Chí",
    "© 2024 Company® Ltd",
    "25°C",
    "x",
    "µg/m³",
    "½",
    "email@example.com",
    "0912 345 678",
]


@pytest.mark.parametrize("text", UNICODE_SAMPLES)
def test_unicode_english_and_minority_names_are_never_taken_for_legacy(text):
    assert detect_legacy(text) is None
    assert fix_text(text) == unicodedata.normalize("NFC", text)


@pytest.mark.parametrize(
    "legacy, encoding, expected",
    [
        ("NguyÔn V¨n An", "tcvn3", "Nguyễn Văn An"),
        ("Hä vµ tªn", "tcvn3", "Họ và tên"),
        ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "tcvn3", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
        ("§éc lËp - Tù do - H¹nh phóc", "tcvn3", "Độc lập - Tự do - Hạnh phúc"),
        ("NGUYÔN V¡N AN", "tcvn3", "NGUYỄN VĂN AN"),  # .VnTimeH capitals
        ("I. TH«N B¶N æ", "tcvn3", "I. THÔN BẢN Ổ"),
        ("Nguyeãn Vaên An", "vni", "Nguyễn Văn An"),
        ("NGUYEÃN VAÊN AN", "vni", "NGUYỄN VĂN AN"),
        ("Tröông Thò Nöôùc", "vni", "Trương Thị Nước"),
        ("Ñoã Thò Hoàng", "vni", "Đỗ Thị Hồng"),
        ("Hoaøng Vaên Thuï", "vni", "Hoàng Văn Thụ"),
        ("Lyù", "vni", "Lý"),
    ],
)
def test_legacy_text_is_detected_and_converted(legacy, encoding, expected):
    assert detect_legacy(legacy) == encoding
    assert to_unicode(legacy, encoding) == expected
    assert fix_text(legacy) == expected


def test_tcvn3_table_matches_glibc_iconv():
    """Every byte of our TCVN 5712 table against iconv's TCVN5712-1 (when the system has it)."""
    if shutil.which("iconv") is None:
        pytest.skip("iconv is not installed")
    probe = subprocess.run(
        ["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=b"a", capture_output=True, check=False
    )
    if probe.returncode != 0:
        pytest.skip("this iconv has no TCVN5712-1")
    for b in [*range(0x01, 0x18), *range(0x80, 0x100)]:
        want = subprocess.run(
            ["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"],
            input=bytes([b]),
            capture_output=True,
            check=True,
        ).stdout.decode()
        if b == 0xA0 or (b < 0x20 and b not in lt._TCVN3_C0):
            continue
        for view in lt._byte_views(b):
            got = view.translate(lt._TCVN3_DECODE)
            assert got == want, (hex(b), view, got, want)


def test_vni_table_covers_every_vietnamese_letter():
    letters = "aăâeêioôơuưyđ"
    tones = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]
    for base in letters:
        for tone in [""] if base == "đ" else tones:
            for ch in (base, base.upper()):
                u = unicodedata.normalize("NFC", ch + tone)
                enc = from_unicode(u, "vni")
                assert enc != u or u.isascii() or u in "íìÍÌ", u  # VNI keeps í, ì as they are
                assert to_unicode(enc, "vni") == u
                t = from_unicode(u, "tcvn3")
                assert to_unicode(t, "tcvn3") == u or (
                    # one lone capital in a cell of capitals reads as typed in .VnTimeH
                    u.isupper()
                )


def test_syllable_shape():
    for w in [
        "nguyễn",
        "Văn",
        "ÂN",
        "khuyến",
        "giữ",
        "gì",
        "quốc",
        "nghiêng",
        "thuở",
        "xoong",
        "hoàng",
        "hưu",
        "tuần",
        "kỵ",
        "huynh",
        "đường",
        "quỳnh",
        "quýt",
        "quyết",
    ]:
        assert is_vietnamese_syllable(w), w
    for w in [
        "nguyeãn",
        "vaên",
        "hoỔ",
        "cafe",
        "mat",
        "nguyÔn",
        "ka",
        "ci",
        "ngé",
        "aê",
        "quu",
        "hoàà",
        "sla",
        "",
    ]:
        assert not is_vietnamese_syllable(w), w


def test_column_vote_settles_cells_that_read_both_ways():
    # "Vũ Tú" in TCVN3 is "Vò Tó", which is also good Unicode.
    column = [tcvn3("Nguyễn Văn An"), tcvn3("Lê Thị Hồng"), tcvn3("Vũ Tú"), 1985, None]
    assert detect_legacy(tcvn3("Vũ Tú")) is None
    assert fix_column(column) == ["Nguyễn Văn An", "Lê Thị Hồng", "Vũ Tú", 1985, None]
    # "Hồ Thị Lan" in VNI is "Hoà Thò Lan"
    column = [vni("Trương Thị Nước"), vni("Hồ Thị Lan")]
    assert fix_column(column) == ["Trương Thị Nước", "Hồ Thị Lan"]
    # A column that also holds Unicode: undecided cells stay as typed.
    column = [tcvn3("Nguyễn Văn An"), "Lê Hà", "Vò", "Nguyễn Thị Ánh"]
    assert fix_column(column) == ["Nguyễn Văn An", "Lê Hà", "Vò", "Nguyễn Thị Ánh"]
    vote = EncodingVote()
    for c in column:
        vote.add(c)
    assert vote.result() is None and vote.tcvn3 == 1 and vote.unicode == 1


def test_utf8_read_as_windows_1252_is_repaired():
    for text in ["Nguyễn Văn An", "Trương Thị Nước", "Hợp Thành", "Đỗ Thị Thủy"]:
        raw = text.encode("utf-8")
        mojibake = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in raw)
        assert mojibake != text
        assert fix_text(mojibake) == text
    assert fix_text("Ãn Ông") == "Ãn Ông"  # Latin-1 Vietnamese letters stay


def test_eth_typed_for_d_with_stroke_is_fixed():
    assert fix_text("Ðinh Văn Lâm") == "Đinh Văn Lâm"
    assert fix_text("Ðinh") == "Đinh"


_FAMILY = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Nông",
    "Lương",
    "Vi",
    "Lăng",
    "Hà",
    "Triệu",
    "Hứa",
    "Chu",
    "Lộc",
    "Mông",
    "Lục",
    "Đàm",
    "Sầm",
    "Lường",
]
_MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Quốc", "Hữu", "Ngọc", "Thu", "Thanh", "Xuân", "Thuý"]
_GIVEN = [
    "An",
    "Ân",
    "Bình",
    "Cường",
    "Dũng",
    "Hà",
    "Hải",
    "Hoa",
    "Hoà",
    "Hồng",
    "Khuyên",
    "Lan",
    "Lộc",
    "Mai",
    "Nước",
    "Phượng",
    "Quỳnh",
    "Thủy",
    "Tú",
    "Tuấn",
    "Yến",
    "Ý",
    "Ỷ",
]
names = st.builds(
    lambda f, ms, g, case: case(" ".join([f, *ms, g])),
    st.sampled_from(_FAMILY),
    st.lists(st.sampled_from(_MIDDLE), max_size=2),
    st.sampled_from(_GIVEN),
    st.sampled_from([str, str.upper, str.lower]),
)


@settings(max_examples=300, deadline=None)
@given(names)
def test_property_unicode_names_stay_as_they_are(name):
    assert detect_legacy(name) is None
    assert fix_text(name) == name
    assert fix_text(nfd(name)) == name


@settings(max_examples=200, deadline=None)
@given(st.lists(names, min_size=5, max_size=20), st.sampled_from(["tcvn3", "vni"]))
def test_property_legacy_columns_come_back_whole(column, encoding):
    assert all(to_unicode(from_unicode(n, encoding), encoding) == n for n in column)
    encoded = [from_unicode(n, encoding) for n in column]
    fixed = fix_column(encoded)
    # Every cell that any reading can decide comes back; a column where no cell is decisive
    # (all names read well both ways) is left alone rather than guessed.
    if any(detect_legacy(e) == encoding for e in encoded):
        assert fixed == column
    for e, n in zip(encoded, column):
        if detect_legacy(e) is not None:
            assert detect_legacy(e) == encoding and fix_text(e) == n


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_property_arbitrary_text_never_breaks_the_converters(text):
    for enc in ("tcvn3", "vni"):
        out = to_unicode(text, enc)
        assert unicodedata.is_normalized("NFC", out)
    out = fix_text(text)
    assert isinstance(out, str)
    assert detect_legacy(text) in (None, "tcvn3", "vni")
    cleaned = rr._clean_text(text)
    assert cleaned is None or not any(
        unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in cleaned
    )


# ============================================================================================
# The messy workbook
@pytest.fixture(scope="module")
def messy(tmp_path_factory):
    d = tmp_path_factory.mktemp("messy")
    path = d / "Danh sach To CNSCD.xlsx"
    expected = build_messy_workbook(path)
    return path, expected


def _by_sheet(result):
    out: dict[str, list] = {}
    for m in result.members:
        out.setdefault(m.sheet, []).append(m)
    return out


def _check_member(m, exp):
    for key, want in exp.items():
        if key == "row":
            assert m.row == want
        elif key == "village_hint":
            assert m.village_hint == want, (m.row, m.village_hint)
        elif key == "commune_hint":
            assert m.commune_hint == want, (m.row, m.commune_hint)
        else:
            assert m.values.get(key) == want, (m.sheet, m.row, key, m.values.get(key), want)
            assert type(m.values.get(key)) is type(want), (m.row, key)


def test_messy_workbook_reads_every_sheet(messy):
    path, expected = messy
    result = read_roster(path)
    assert result.readable
    assert [s.name for s in result.sheets] == list(expected)
    members = _by_sheet(result)
    for sheet, exp in expected.items():
        report = next(s for s in result.sheets if s.name == sheet)
        if exp.no_header:
            assert report.header_row is None
            assert any(p.sheet == sheet and p.code == "sheet.no_header" for p in result.problems)
            assert sheet not in members
            continue
        assert report.header_row == exp.header_row, sheet
        got = members[sheet]
        assert [m.row for m in got] == [e["row"] for e in exp.members], sheet
        assert report.members == len(got)
        for m, e in zip(got, exp.members):
            _check_member(m, e)
    codes = {p.code for p in result.problems}
    assert codes == {"sheet.no_header"}


def test_messy_layout_details(messy):
    path, _ = messy
    result = read_roster(path)
    report = result.sheets[0]
    skipped = dict(report.skipped_rows)
    assert [r for r, why in report.skipped_rows if why == "title"] == [1, 2, 4, 5]
    assert skipped[9] == "column_numbers"
    assert skipped[10] == skipped[15] == "section"
    assert skipped[18] == "total"
    assert {19, 20, 21, 22, 25} <= {r for r, why in report.skipped_rows if why == "signature"}
    assert report.columns["sex"] == "D,E"
    assert report.columns["full_name"] == "B" and report.columns["phone"] == "I"
    first, second = result.members[0], result.members[1]
    assert first.columns["sex"] == "D" and second.columns["sex"] == "E"
    assert first.columns["phone"] == "I"
    ref = second.ref(str(path), "birth")
    assert (ref.sheet, ref.row, ref.column) == ("DS Hợp Thành", 12, "C")
    # values are NFC and free of control characters
    for m in result.members:
        for v in m.values.values():
            if isinstance(v, str):
                assert unicodedata.is_normalized("NFC", v) and v.isprintable() and v == v.strip()
    split = _by_sheet(result)["Tách tên"]
    assert split[0].columns["birth"] == "D" and split[1].columns["birth"] == "E"


@pytest.fixture(scope="module")
def converted(messy, tmp_path_factory):
    if soffice() is None:
        pytest.skip(NO_SOFFICE)
    path, _ = messy
    out = tmp_path_factory.mktemp("converted")
    made = {fmt: convert(path, fmt, out) for fmt in ("xls", "ods")}
    if not all(made.values()):
        pytest.skip("LibreOffice could not convert the fixture")
    return made


@pytest.mark.parametrize("fmt", ["xls", "ods"])
def test_xls_and_ods_copies_read_the_same(messy, converted, fmt):
    path, _ = messy
    want = read_roster(path)
    got = read_roster(converted[fmt])
    assert got.readable, got.problems

    def key(r):
        # LibreOffice's .ods writer drops tabs and control characters inside text: compare
        # names without their spaces.
        return [
            (
                m.sheet,
                m.row,
                m.values.get("full_name").replace(" ", ""),
                m.values.get("sex"),
                m.values.get("role"),
                m.village_hint,
                m.commune_hint,
            )
            for m in r.members
        ]

    if fmt == "xls" and not any(m.row == 14 and m.sheet == "DS Hợp Thành" for m in got.members):
        # calamine reads a formula with a text result in .xls as 0 (tafia/calamine#334): the
        # row must then be reported, never dropped in silence.
        assert ("DS Hợp Thành", 14, "row.no_name") in [
            (p.sheet, p.row, p.code) for p in got.problems
        ]
        want.members = [m for m in want.members if (m.sheet, m.row) != ("DS Hợp Thành", 14)]
    assert key(got) == key(want)
    assert [(s.name, s.header_row, s.columns) for s in got.sheets] == [
        (s.name, s.header_row, s.columns) for s in want.sheets
    ]
    assert {p.code for p in got.problems} <= {"sheet.no_header", "row.no_name"}


# ============================================================================================
# Our own export, read back
def test_our_export_layout_round_trips(tmp_path):
    people = [
        {
            "full_name": "Hoàng Văn Minh",
            "birth": dt.date(1985, 4, 12),
            "sex": "Nam",
            "ethnicity": "Tày",
            "position": "Trưởng thôn",
            "role": "Tổ trưởng",
            "village": "Nà Sla",
            "commune": "Hợp Thành",
            "phone": "0912345678",
            "email": "minh@example.com",
            "trained": "x",
            "note": None,
        },
        {
            "full_name": "Nông Thị Hoa",
            "birth": dt.date(1990, 3, 5),
            "sex": "Nữ",
            "ethnicity": "Nùng",
            "position": "Bí thư chi đoàn",
            "role": "Tổ phó",
            "village": "Nà Sla",
            "commune": "Hợp Thành",
            "phone": "0987654321",
            "email": None,
            "trained": None,
            "note": "=SUM(A1:A3)",
        },
        {
            "full_name": "Lương Văn Tú",
            "birth": dt.date(2001, 12, 31),
            "sex": "Nam",
            "ethnicity": "Kinh",
            "position": "Công an viên",
            "role": "Thành viên",
            "village": "Khòn Pạt",
            "commune": "Hợp Thành",
            "phone": "0388123456",
            "email": None,
            "trained": "x",
            "note": None,
        },
        {
            "full_name": "Triệu Thị Mai",
            "birth": dt.date(1979, 1, 2),
            "sex": "Nữ",
            "ethnicity": "Dao",
            "position": "Giáo viên",
            "role": "Thành viên",
            "village": "Bản Ổ",
            "commune": "Tân Lập",
            "phone": "02083123456",
            "email": None,
            "trained": None,
            "note": "Tập huấn ngày 5 tháng 3 năm 2024",
        },
    ]
    path = tmp_path / "export.xlsx"
    header_row = build_export_like(path, people)
    result = read_roster(path)
    assert result.problems == []
    (report,) = result.sheets
    assert report.header_row == header_row
    assert report.columns == {
        "full_name": "B",
        "birth": "C",
        "sex": "D",
        "ethnicity": "E",
        "position": "F",
        "role": "G",
        "village": "H",
        "commune": "I",
        "phone": "J",
        "email": "K",
        "trained": "L",
        "note": "M",
    }
    assert len(result.members) == len(people)
    for m, p in zip(result.members, people):
        assert {k: v for k, v in m.values.items()} == {
            k: p[k] for k in EXPORT_FIELDS if p[k] is not None
        }
        assert m.village_hint == f"Thôn {p['village']}"
        assert m.commune_hint == f"Xã {p['commune']}"
    assert dict(report.skipped_rows)[header_row + 1] == "section"
    assert "signature" in {why for _, why in report.skipped_rows}


def test_real_roster_export_round_trips(tmp_path):
    """exports/roster_xlsx.write_roster -> read_roster gives the same data back."""
    rx = pytest.importorskip("exports.roster_xlsx")
    Row, Sec = rx.RosterRow, rx.RosterSection
    rows = [
        Row(
            "Hoàng Văn Dũng",
            dt.date(1985, 3, 5),
            "Nam",
            "Tày",
            "Trưởng thôn",
            "Tổ trưởng",
            "Nà Sla",
            "Hợp Thành",
            "0912345678",
            "dung@example.com",
            True,
            "",
            "008085001234",
        ),
        Row(
            "Nông Thị Hoa",
            1990,
            "Nữ",
            "Nùng",
            "Bí thư chi đoàn",
            "Tổ phó",
            "Nà Sla",
            "Hợp Thành",
            "0987654321",
            "",
            False,
            "=SUM(A1:A2)",
            "",
        ),
        Row(
            "Lương Văn Tú",
            None,
            "Nam",
            "Kinh",
            "",
            "Thành viên",
            "Khòn Pạt",
            "Hợp Thành",
            "",
            "",
            "12/2025",
            "Ghi chú\nhai dòng",
            "",
        ),
        Row(
            "Triệu Thị Mai",
            dt.date(2001, 12, 31),
            "Nữ",
            "Dao",
            "Giáo viên",
            "Thành viên",
            "Bản Ổ",
            "Tân Lập",
            "02083123456",
        ),
    ]
    # section labels without "Xã"/"Thôn": the level comes from the I./1. numbering
    items = [
        Sec("commune", "Hợp Thành"),
        Sec("village", "Nà Sla"),
        rows[0],
        rows[1],
        Sec("village", "Khòn Pạt"),
        rows[2],
        Sec("commune", "Tân Lập"),
        Sec("village", "Bản Ổ"),
        rows[3],
    ]
    doc = rx.RosterDocument(
        issuing_body_lines=("UBND XÃ HỢP THÀNH",),
        place="Hợp Thành",
        date=dt.date(2026, 3, 5),
        title="DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG",
        subtitle="(Kèm theo Quyết định)",
        include_citizen_id=True,
        sections=items,
        preparer_name="Nguyễn Thị Lập",
        signer_name="Trần Văn Trưởng",
    )
    path = rx.write_roster(tmp_path / "roster.xlsx", doc)
    result = read_roster(path)
    assert result.problems == []
    assert len(result.members) == len(rows)
    for m, r in zip(result.members, rows):
        want = {
            k: getattr(r, k)
            for k in (
                "full_name",
                "birth",
                "sex",
                "ethnicity",
                "position",
                "role",
                "village",
                "commune",
                "phone",
                "email",
                "note",
                "citizen_id",
            )
        }
        want["birth"] = str(r.birth) if isinstance(r.birth, int) else r.birth  # a year as text
        want["trained"] = "x" if r.trained is True else (r.trained or None)
        want["note"] = " ".join(r.note.split()) or None
        assert m.values == {k: v for k, v in want.items() if v not in (None, "")}
        assert (m.village_hint, m.commune_hint) == (r.village, r.commune)


def test_filled_import_template_reads_and_its_other_sheets_are_ignored(tmp_path):
    tx = pytest.importorskip("exports.template_xlsx")
    from openpyxl import load_workbook

    path = tx.write_import_template(
        tmp_path / "mau.xlsx", villages=["Nà Sla"], communes=["Hợp Thành"], rows=30
    )
    wb = load_workbook(path)
    ws = wb[tx.DATA_SHEET]
    heads = {c.value: c.column for c in ws[1]}
    ws.cell(row=2, column=heads["Họ và tên"], value="Hoàng Văn Dũng")
    ws.cell(row=2, column=heads["Vai trò trong Tổ"], value="Tổ trưởng")
    ws.cell(row=4, column=heads["Họ và tên"], value="Lê Thị Hà")
    ws.cell(row=4, column=heads["Số điện thoại"], value="0912345678")
    wb.save(path)
    result = read_roster(path)
    assert [(m.row, m.values) for m in result.members] == [
        (2, {"full_name": "Hoàng Văn Dũng", "role": "Tổ trưởng"}),
        (4, {"full_name": "Lê Thị Hà", "phone": "0912345678"}),
    ]
    assert {(p.sheet, p.code) for p in result.problems} == {
        (tx.HELP_SHEET, "sheet.no_header"),
        (tx.LISTS_SHEET, "sheet.no_header"),
    }
    assert [s.hidden for s in result.sheets] == [False, False, True]


def test_two_level_sections_numbered_without_keywords(tmp_path):
    rows = [
        ["STT", "Họ và tên", "Ngày sinh"],
        ["I. Hợp Thành"],
        ["1. Nà Sla"],
        [1, "Hoàng Văn Dũng", 1985],
        ["2. Khòn Pạt"],
        [1, "Lê Thị Hà", 1990],
        ["II. Tân Lập"],
        ["1. Bản Ổ"],
        [1, "Triệu Thị Mai", 2001],
    ]
    result = read_roster(_book(tmp_path, rows))
    assert [(m.commune_hint, m.village_hint) for m in result.members] == [
        ("Hợp Thành", "Nà Sla"),
        ("Hợp Thành", "Khòn Pạt"),
        ("Tân Lập", "Bản Ổ"),
    ]
    # one level only: Roman-numbered sections are villages
    rows = [
        ["STT", "Họ và tên"],
        ["I. Nà Sla"],
        [1, "Hoàng Văn Dũng"],
        ["II. Khòn Pạt"],
        [1, "Lê Thị Hà"],
    ]
    result = read_roster(_book(tmp_path, rows, name="one.xlsx"))
    assert [(m.commune_hint, m.village_hint) for m in result.members] == [
        (None, "Nà Sla"),
        (None, "Khòn Pạt"),
    ]


# ============================================================================================
# Layout variants, one small workbook each
def _book(tmp_path, rows, merges=(), name="t.xlsx", title="Sheet"):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row, start=1):
            if v is not None:
                ws.cell(row=r, column=c, value=v)
    for m in merges:
        ws.merge_cells(m)
    path = tmp_path / name
    wb.save(path)
    return path


@pytest.mark.parametrize(
    "heading, field",
    [
        ("Họ và tên", "full_name"),
        ("Họ tên", "full_name"),
        ("HO VA TEN", "full_name"),
        ("Họ, tên", "full_name"),
        ("Ho ten thanh vien", "full_name"),
        ("Họ và tên (viết in hoa)", "full_name"),
    ],
)
def test_name_heading_synonyms(tmp_path, heading, field):
    path = _book(tmp_path, [["STT", heading, "Ngày sinh"], [1, "Nguyễn Văn An", "1/1/1990"]])
    result = read_roster(path)
    assert result.sheets[0].columns[field] == "B"
    assert result.members[0].values["full_name"] == "Nguyễn Văn An"


@pytest.mark.parametrize(
    "heading, field",
    [
        ("Ngày sinh", "birth"),
        ("Năm sinh", "birth"),
        ("Ngày, tháng, năm sinh", "birth"),
        ("NGAY THANG NAM SINH", "birth"),
        ("Giới tính", "sex"),
        ("Nam/Nữ", "sex"),
        ("Dân tộc", "ethnicity"),
        ("Chức vụ", "position"),
        ("Đơn vị công tác", "organisation"),
        ("Chức vụ, đơn vị", "position"),
        ("Vai trò", "role"),
        ("Chức danh trong Tổ", "role"),
        ("Nhiệm vụ trong tổ", "role"),
        ("Thôn", "village"),
        ("Thôn/Tổ dân phố", "village"),
        ("Bản", "village"),
        ("Ấp", "village"),
        ("Khu phố", "village"),
        ("Xã", "commune"),
        ("Xã/Phường", "commune"),
        ("Số điện thoại", "phone"),
        ("SĐT", "phone"),
        ("Điện thoại", "phone"),
        ("ĐT", "phone"),
        ("Số điện thoại (Zalo)", "phone"),
        ("Email", "email"),
        ("E-mail", "email"),
        ("Thư điện tử", "email"),
        ("CCCD", "citizen_id"),
        ("Số CCCD", "citizen_id"),
        ("Căn cước", "citizen_id"),
        ("Số định danh", "citizen_id"),
        ("CMND", "citizen_id"),
        ("Số CMND/CCCD", "citizen_id"),
        ("Đoàn viên", "youth_union"),
        ("Đã tập huấn", "trained"),
        ("Tập huấn", "trained"),
        ("Ghi chú", "note"),
    ],
)
def test_heading_synonyms(tmp_path, heading, field):
    path = _book(tmp_path, [["TT", "Họ và tên", heading], [1, "Nguyễn Văn An", "abc"]])
    result = read_roster(path)
    assert result.sheets[0].columns.get(field) == "C", result.sheets[0]
    assert result.members[0].values[field] == "abc"


def test_header_is_found_anywhere_in_the_first_30_rows_and_not_below(tmp_path):
    rows = [[f"Dòng tiêu đề {i}"] for i in range(29)] + [
        ["STT", "Họ và tên", "Giới tính"],
        [1, "Nguyễn Văn An", "Nam"],
    ]
    result = read_roster(_book(tmp_path, rows))
    assert result.sheets[0].header_row == 30 and len(result.members) == 1
    rows = [[f"Dòng tiêu đề {i}"] for i in range(31)] + [
        ["STT", "Họ và tên", "Giới tính"],
        [1, "Nguyễn Văn An", "Nam"],
    ]
    result = read_roster(_book(tmp_path, rows, name="late.xlsx"))
    assert result.sheets[0].header_row is None
    assert [p.code for p in result.problems] == ["sheet.no_header"]


def test_rows_and_columns_are_excel_numbers_when_the_table_starts_late(tmp_path):
    rows = [[None] * 5] * 6 + [
        [None, None, "STT", "Họ và tên", "SĐT"],
        [None, None, 1, "Nguyễn Văn An", 912345678],
    ]
    result = read_roster(_book(tmp_path, rows))
    (m,) = result.members
    assert m.row == 8 and m.columns == {"full_name": "D", "phone": "E"}
    assert m.values["phone"] == 912345678 and type(m.values["phone"]) is int


def test_name_merged_over_two_columns_without_subheadings(tmp_path):
    rows = [
        ["STT", "Họ và tên", None, "Ngày sinh"],
        [1, "Nguyễn Văn", "An", "1/2/1990"],
        [2, "Lê Thị", "Hà", "3/4/1991"],
    ]
    result = read_roster(_book(tmp_path, rows, merges=["B1:C1"]))
    assert [m.values["full_name"] for m in result.members] == ["Nguyễn Văn An", "Lê Thị Hà"]
    assert result.members[0].values["given"] == "An"
    assert result.members[0].columns["given"] == "C"
    # The same without merge information (as .ods gives it): the one-word column is the given name
    result = read_roster(_book(tmp_path, rows, name="nomerge.xlsx"))
    assert [m.values.get("given") for m in result.members] == ["An", "Hà"]


def test_cells_merged_down_over_several_members(tmp_path):
    rows = [
        ["STT", "Họ và tên", "Thôn", "Vai trò"],
        [1, "Hoàng Văn Dũng", "Nà Sla", "Tổ trưởng"],
        [2, "Lê Thị Hà", None, "Thành viên"],
        [3, "Lý Văn Tú", None, "Thành viên"],
        [4, "Đàm Thị Lan", "Khòn Pạt", None],
    ]
    result = read_roster(_book(tmp_path, rows, merges=["C2:C4", "D3:D5"]))
    assert [m.values.get("village") for m in result.members] == [
        "Nà Sla",
        "Nà Sla",
        "Nà Sla",
        "Khòn Pạt",
    ]
    assert [m.values.get("role") for m in result.members] == [
        "Tổ trưởng",
        "Thành viên",
        "Thành viên",
        "Thành viên",
    ]
    assert result.members[2].columns["village"] == "C"


def test_an_unheaded_sex_column_is_not_taken_for_given_names(tmp_path):
    rows = [["STT", "Họ và tên", None, "Ngày sinh"]] + [
        [k, n, s, 1990]
        for k, (n, s) in enumerate(
            [
                ("Hoàng Văn Dũng", "Nam"),
                ("Lê Thị Hà", "Nữ"),
                ("Lý Văn Tú", "Nam"),
                ("Đàm Thị Lan", "Nữ"),
            ],
            start=1,
        )
    ]
    result = read_roster(_book(tmp_path, rows))
    assert [m.values["full_name"] for m in result.members][:2] == ["Hoàng Văn Dũng", "Lê Thị Hà"]
    assert "given" not in result.members[0].values


def test_three_name_columns_and_three_birth_columns(tmp_path):
    rows = [
        ["STT", "Họ", "Tên đệm", "Tên", "Ngày sinh", None, None],
        [None, None, None, None, "Ngày", "Tháng", "Năm"],
        [1, "Nguyễn", "Văn", "An", 5, 3, 1990],
        [2, "Lê", None, "Hà", None, None, 1991],
    ]
    result = read_roster(_book(tmp_path, rows, merges=["E1:G1"]))
    a, b = result.members
    assert a.values["family_middle"] == "Nguyễn Văn" and a.values["full_name"] == "Nguyễn Văn An"
    assert a.values["birth"] == "5/3/1990" and b.values["birth"] == 1991
    assert b.values["full_name"] == "Lê Hà"


def test_single_female_column_and_both_sexes_marked(tmp_path):
    rows = [["STT", "Họ và tên", "Nữ"], [1, "Nguyễn Văn An", None], [2, "Lê Thị Hà", "x"]]
    result = read_roster(_book(tmp_path, rows))
    assert [m.values["sex"] for m in result.members] == ["Nam", "Nữ"]
    rows = [["STT", "Họ và tên", "Nam", "Nữ"], [1, "Nguyễn Văn An", "x", "x"]]
    result = read_roster(_book(tmp_path, rows, name="both.xlsx"))
    assert "sex" not in result.members[0].values
    assert [p.code for p in result.problems] == ["row.sex_ambiguous"]


def test_repeated_header_totals_blank_rows_and_missing_names(tmp_path):
    rows = [
        ["STT", "Họ và tên", "Điện thoại"],
        [1, "Nguyễn Văn An", "0912"],
        [None],
        ["STT", "Họ và tên", "Điện thoại"],
        [2, None, "0913"],
        [3, "Lê Thị Hà", None],
        ["Cộng", None, None],
        ["Tổng số: 2 người"],
    ]
    result = read_roster(_book(tmp_path, rows))
    assert [m.row for m in result.members] == [2, 6]
    assert result.sheets[0].skipped_rows == [
        (4, "repeated_header"),
        (5, "no_name"),
        (7, "total"),
        (8, "total"),
    ]
    assert [(p.row, p.code, p.column) for p in result.problems] == [(5, "row.no_name", "B")]


def test_family_names_that_look_like_totals_and_a_second_table(tmp_path):
    rows = [
        ["STT", "Họ và tên", "Giới tính"],
        [1, "Tống Sơn Hà", "Nam"],
        [2, "Công Thị Lan", "Nữ"],
        ["Tổng cộng: 2"],
        [None, "Người lập biểu"],
        [None, "Nguyễn Văn Lập"],
        ["STT", "Họ và tên", "Giới tính"],
        [1, "Hà Văn Ba", None],
        [None, "Người lập biểu"],
        [None, "Trần Thị Ký"],
    ]
    result = read_roster(_book(tmp_path, rows))
    assert [m.values["full_name"] for m in result.members] == [
        "Tống Sơn Hà",
        "Công Thị Lan",
        "Hà Văn Ba",
    ]
    assert dict(result.sheets[0].skipped_rows) == {
        4: "total",
        5: "signature",
        6: "signature",
        7: "repeated_header",
        9: "signature",
        10: "signature",
    }


@pytest.mark.parametrize(
    "text, kind, hint",
    [
        ("Thôn Nà Sla", "village", "Thôn Nà Sla"),
        ("I. THÔN BẢN Ổ", "village", "THÔN BẢN Ổ"),
        ("II. Tổ dân phố 5", "village", "Tổ dân phố 5"),
        ("Xã Hợp Thành", "commune", "Xã Hợp Thành"),
        ("Tổ CNSCĐ thôn Khòn Pạt", "village", "thôn Khòn Pạt"),
        ("2. Bản Cắm", "village", "Bản Cắm"),
        ("III - Nà Phặc", "village", "Nà Phặc"),
        ("Thôn 3 (5 thành viên)", "village", "Thôn 3"),
        ("Phường Đông Kinh", "commune", "Phường Đông Kinh"),
        ("KHU PHO 2", "village", "KHU PHO 2"),
    ],
)
def test_section_rows(tmp_path, text, kind, hint):
    rows = [["STT", "Họ và tên", "Ngày sinh"], [text], [1, "Lăng Văn Bình", 1990]]
    result = read_roster(_book(tmp_path, rows, merges=["A2:C2"]))
    (m,) = result.members
    assert (m.village_hint if kind == "village" else m.commune_hint) == hint
    rows = [["STT", "Họ và tên", "Ngày sinh"], ["I", text], [1, "Lăng Văn Bình", 1990]]
    result = read_roster(_book(tmp_path, rows, name="numbered.xlsx"))
    assert len(result.members) == 1 and result.sheets[0].skipped_rows == [(2, "section")]


def test_a_name_that_looks_like_a_place_keyword_is_still_a_member(tmp_path):
    rows = [["STT", "Họ và tên"], [1, "Lăng Văn Bình"], [2, "Khu Thị Hoa"], [None, "Lang Van Tu"]]
    result = read_roster(_book(tmp_path, rows))
    assert [m.values["full_name"] for m in result.members] == [
        "Lăng Văn Bình",
        "Khu Thị Hoa",
        "Lang Van Tu",
    ]


def test_legacy_abbreviated_headings(tmp_path):
    rows = [
        [vni(h) for h in ("TT", "Họ tên", "SĐT", "Giới tính")],
        [1, vni("Nguyễn Văn An"), "0912", vni("Nữ")],
    ]
    result = read_roster(_book(tmp_path, rows))
    assert result.sheets[0].columns == {"full_name": "B", "phone": "C", "sex": "D"}
    assert result.members[0].values["sex"] == "Nữ"
    rows = [[tcvn3(h) for h in ("TT", "Họ tên", "SĐT")], [1, vntimeh("NGUYỄN VĂN AN"), "0912"]]
    result = read_roster(_book(tmp_path, rows, name="t3.xlsx"))
    assert result.members[0].values["full_name"] == "NGUYỄN VĂN AN"


def test_fold_heading():
    assert fold_heading("Họ, tên") == "ho ten"
    assert fold_heading("ĐOÀN VIÊN") == "doan vien"
    assert fold_heading(nfd("Số ĐT")) == "so dt"


# ============================================================================================
# Bad files
def _problems(path):
    result = read_roster(path)
    assert result.members == [] and not result.readable
    return [(p.code, p.detail) for p in result.problems]


def test_missing_empty_and_directory(tmp_path):
    assert _problems(tmp_path / "nope.xlsx")[0][0] == "file.unreadable"
    (tmp_path / "empty.xlsx").write_bytes(b"")
    assert _problems(tmp_path / "empty.xlsx") == [("file.unreadable", "empty file")]
    assert _problems(tmp_path)[0][0] == "file.unreadable"


@pytest.mark.parametrize(
    "name, content, detail",
    [
        ("ds.xlsx", "STT,Họ và tên\n1,Nguyễn Văn An\n".encode(), "text"),
        ("ds.csv", b"STT,Ho va ten\n", "text"),
        ("ds.txt", "STT\tHọ và tên\n".encode("utf-16"), "text"),
        ("ds.xls", b"<html><body><table><tr><td>STT</td></tr></table></body></html>", "html"),
        ("ds.xlsx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "pdf"),
        (
            "ds.xls",
            (
                b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:'
                b'spreadsheet"></Workbook>'
            ),
            "xml-spreadsheet-2003",
        ),
        ("ds.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "unknown binary"),
    ],
)
def test_not_a_spreadsheet(tmp_path, name, content, detail):
    (tmp_path / name).write_bytes(content)
    assert _problems(tmp_path / name) == [("file.unsupported", detail)]


def test_corrupt_workbooks(tmp_path, messy):
    path, _ = messy
    data = path.read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(data[: len(data) // 2])
    assert _problems(tmp_path / "cut.xlsx")[0][0] == "file.unreadable"
    (tmp_path / "zip.xlsx").write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    assert _problems(tmp_path / "zip.xlsx")[0][0] == "file.unreadable"
    with zipfile.ZipFile(tmp_path / "other.xlsx", "w") as z:
        z.writestr("hello.txt", "not a workbook")
    assert _problems(tmp_path / "other.xlsx")[0][0] == "file.unreadable"
    (tmp_path / "ole.xls").write_bytes(lt_cfb(b"Workbook"))
    assert _problems(tmp_path / "ole.xls")[0][0] == "file.unreadable"


def lt_cfb(stream_name_marker: bytes) -> bytes:
    """A stub OLE container holding a directory name (enough for the sniffing)."""
    head = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    return head + stream_name_marker.decode().encode("utf-16-le") + b"\x00" * 512


def test_encrypted_workbook(tmp_path, messy):
    (tmp_path / "stub.xlsx").write_bytes(lt_cfb(b"EncryptedPackage"))
    assert _problems(tmp_path / "stub.xlsx") == [("file.encrypted", "password-protected workbook")]
    msoffcrypto = pytest.importorskip("msoffcrypto", reason="msoffcrypto-tool makes a real one")
    path, _ = messy
    from msoffcrypto.format.ooxml import OOXMLFile

    with path.open("rb") as src, (tmp_path / "locked.xlsx").open("wb") as out:
        OOXMLFile(src).encrypt("mat-khau", out)
    assert _problems(tmp_path / "locked.xlsx")[0][0] == "file.encrypted"
    # also when calamine is asked first (the extension says .xls)
    shutil.copy(tmp_path / "locked.xlsx", tmp_path / "locked.xls")
    assert _problems(tmp_path / "locked.xls")[0][0] == "file.encrypted"
    assert msoffcrypto


def test_wrong_extension_is_forgiven(tmp_path, messy):
    path, _ = messy
    shutil.copy(path, tmp_path / "really-xlsx.xls")
    result = read_roster(tmp_path / "really-xlsx.xls")
    assert result.readable and len(result.members) == 17


# ============================================================================================
# Progress and cancel
def test_progress_and_cancel(messy):
    path, _ = messy
    seen = []
    read_roster(path, progress=lambda done, total, text: seen.append((done, total)))
    assert seen[-1] == (1000, 1000)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    with pytest.raises(ReadCancelled):
        read_roster(path, cancelled=lambda: True)
    two = []
    read_roster(path, progress=lambda done, total: two.append(done))  # the writers' signature
    assert two[-1] == 1000
    from exports.errors import Cancelled

    assert issubclass(ReadCancelled, Cancelled)


# ============================================================================================
# Hypothesis: arbitrary cells in arbitrary places never crash the reader
_HEADINGS = [
    "STT",
    "Họ và tên",
    "HO VA TEN",
    "Ngày sinh",
    "Giới tính",
    "Nam",
    "Nữ",
    "Tên",
    "Họ và tên đệm",
    "Thôn",
    "Xã",
    "SĐT",
    "Email",
    "CCCD",
    "Ghi chú",
    "Tổng cộng",
    "Người lập biểu",
    "TM. ỦY BAN NHÂN DÂN",
    "I. THÔN NÀ SLA",
    "Thôn 3",
    "x",
    "(1)",
    tcvn3("Họ và tên"),
    vni("Họ và tên"),
    "Nguyễn Văn An",
    nfd("Lê Thị Hà"),
    "=A1&B1",
]
_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=25).map(excel_escape_controls)
_cell = st.one_of(
    st.none(),
    _text,
    st.sampled_from(_HEADINGS),
    st.integers(min_value=-(10**15), max_value=10**15),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e300, max_value=1e300),
    st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2100, 1, 1)),
    st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(2100, 1, 1)),
    st.booleans(),
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    cells=st.dictionaries(st.tuples(st.integers(1, 40), st.integers(1, 12)), _cell, max_size=80),
    merges=st.lists(
        st.tuples(st.integers(1, 40), st.integers(1, 11), st.integers(1, 3)), max_size=4
    ),
)
def test_property_arbitrary_cells_never_crash(tmp_path, cells, merges):
    wb = Workbook()
    ws = wb.active
    for (r, c), v in cells.items():
        cell = ws.cell(row=r, column=c, value=v)
        if isinstance(v, str):
            cell.data_type = "s"
    done = set()
    for r, c, w in merges:
        rng = {(r, k) for k in range(c, c + w + 1)}
        if not rng & done:
            ws.merge_cells(start_row=r, start_column=c, end_row=r, end_column=c + w)
            done |= rng
    path = tmp_path / "random.xlsx"
    wb.save(path)
    result = read_roster(path)
    assert result.readable
    for m in result.members:
        assert 1 <= m.row <= 40
        assert isinstance(m.values.get("full_name"), str)
        assert set(m.values) <= set(rr.CANONICAL_FIELDS)
        assert set(m.columns) <= set(rr.CANONICAL_FIELDS)
        for v in m.values.values():
            assert isinstance(v, (str, int, float, dt.date, bool))
            if isinstance(v, str):
                assert v and v == v.strip() and unicodedata.is_normalized("NFC", v)
                assert not any(unicodedata.category(ch) in ("Cc", "Cf") for ch in v)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_property_damaged_files_never_raise(tmp_path, messy, data):
    path, _ = messy
    raw = bytearray(path.read_bytes())
    for _ in range(data.draw(st.integers(1, 20))):
        i = data.draw(st.integers(0, len(raw) - 1))
        raw[i] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(raw)))
    suffix = data.draw(st.sampled_from([".xlsx", ".xls", ".ods", ".bin"]))
    target = tmp_path / f"damaged{suffix}"
    target.write_bytes(bytes(raw[:cut]))
    result = read_roster(target)  # must not raise
    assert isinstance(result, rr.ReadResult)


# ============================================================================================
# A large roster (its speed is measured in bench/excel.py)
def test_reads_a_10k_row_roster(tmp_path):
    """Size, not speed: timings belong in bench/excel.py, never in an assert."""
    path = tmp_path / "big.xlsx"
    build_big_roster(path, 10_000)
    assert len(read_roster(path).members) == 10_000
