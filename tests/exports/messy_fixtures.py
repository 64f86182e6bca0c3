"""Builders of the messy roster workbooks that communes really send, made at test time.

Everything is written with openpyxl, then patched where openpyxl cannot go:
* formula cells get a cached value (Excel stores one; openpyxl writes an empty <v>);
* control characters are written as Excel's own escapes (``_x000B_``), because openpyxl
  refuses them as characters.
.xls and .ods copies come from LibreOffice when ``soffice`` is installed.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from exports.legacy_text import from_unicode

MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"


def tcvn3(text: str) -> str:
    """Unicode -> how a ".VnTime" workbook shows it."""
    return from_unicode(text, "tcvn3")


def vntimeh(text: str) -> str:
    """Capitals typed with a ".VnTimeH" font: lower-case TCVN3 codes, capital Latin letters."""
    legacy = from_unicode(text.lower(), "tcvn3")
    return "".join(ch.upper() if ch.isascii() else ch for ch in legacy)


def vni(text: str) -> str:
    return from_unicode(text, "vni")


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# --------------------------------------------------------------------------------------------
# XML patching
def _sheet_xml_names(path: Path) -> dict[str, str]:
    """sheet title -> zip member of its XML, from workbook.xml and its relationships."""
    with zipfile.ZipFile(path) as z:
        wb = z.read("xl/workbook.xml").decode()
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
    targets = {
        m.group(1): m.group(2)
        for m in re.finditer(r'<Relationship[^>]*Id="([^"]+)"[^>]*Target="([^"]+)"', rels)
    }
    targets.update(
        {
            m.group(2): m.group(1)
            for m in re.finditer(r'<Relationship[^>]*Target="([^"]+)"[^>]*Id="([^"]+)"', rels)
        }
    )
    out = {}
    for m in re.finditer(r'<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"', wb):
        target = targets[m.group(2)].lstrip("/")
        out[_unescape(m.group(1))] = target if target.startswith("xl/") else "xl/" + target
    return out


def _unescape(s: str) -> str:
    return s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')


def set_cached_values(path: Path, cached: dict[tuple[str, str], str]) -> None:
    """Give formula cells the cached (text) value Excel would have stored."""
    names = _sheet_xml_names(path)
    by_member: dict[str, dict[str, str]] = {}
    for (sheet, ref), value in cached.items():
        by_member.setdefault(names[sheet], {})[ref] = value
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename in by_member:
                xml = data.decode()
                for ref, value in by_member[item.filename].items():
                    pat = re.compile(
                        rf'<c r="{ref}"([^>]*)><f>(.*?)</f>(?:<v>.*?</v>|<v\s*/>)?</c>'
                    )
                    m = pat.search(xml)
                    assert m, f"no formula cell {ref} in {item.filename}"
                    attrs = re.sub(r'\s*t="[^"]*"', "", m.group(1))
                    xml = (
                        xml[: m.start()]
                        + f'<c r="{ref}"{attrs} t="str"><f>{m.group(2)}</f>'
                        + f"<v>{escape(value)}</v></c>"
                        + xml[m.end() :]
                    )
                data = xml.encode()
            zout.writestr(item, data)
    tmp.replace(path)


def excel_escape_controls(text: str) -> str:
    """Control characters as Excel writes them inside a string: "\\x0b" -> "_x000B_"."""
    return "".join(
        f"_x{ord(ch):04X}_" if (ord(ch) < 0x20 and ch not in "\t\n\r") else ch for ch in text
    )


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(src: Path, fmt: str, outdir: Path) -> Path | None:
    """LibreOffice conversion (fmt "xls" or "ods"); None when LibreOffice is missing or fails."""
    exe = soffice()
    if exe is None:
        return None
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    try:
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                fmt,
                "--outdir",
                str(outdir),
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    except (subprocess.SubprocessError, OSError):
        return None
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    out = outdir / (src.stem + "." + fmt)
    return out if out.exists() else None


# --------------------------------------------------------------------------------------------
@dataclass
class Expected:
    """What a sheet should read as."""

    members: list[dict] = field(default_factory=list)  # subset of values + hints + row
    header_row: int | None = None
    no_header: bool = False


def _title_block(ws, last_col: str, office: str, title: str, sub: str | None = None) -> None:
    ws.merge_cells("A1:D1")
    ws["A1"] = office
    ws.merge_cells(f"F1:{last_col}1")
    ws["F1"] = MOTTO_1
    ws.merge_cells(f"F2:{last_col}2")
    ws["F2"] = MOTTO_2
    ws.merge_cells(f"A4:{last_col}4")
    ws["A4"] = title
    ws["A4"].font = Font(bold=True)
    ws["A4"].alignment = Alignment(horizontal="center")
    if sub:
        ws.merge_cells(f"A5:{last_col}5")
        ws["A5"] = sub


def build_messy_workbook(path: Path) -> dict[str, Expected]:
    """A workbook with every mess at once, sheet by sheet.  Returns the expectations."""
    wb = Workbook()
    exp: dict[str, Expected] = {}

    # ---- 1. Unicode sheet: title block, two-row header on rows 7-8, column numbers, sections
    ws = wb.active
    ws.title = "DS Hợp Thành"
    _title_block(
        ws,
        "N",
        "UBND XÃ HỢP THÀNH",
        "DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG XÃ HỢP THÀNH",
        "(Kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 3 năm 2024 của Chủ tịch UBND xã)",
    )
    top = {
        "A": "STT",
        "B": "Họ và tên",
        "C": "Ngày sinh",
        "D": "Giới tính",
        "F": "Dân tộc",
        "G": "Chức vụ, đơn vị công tác",
        "H": "Vai trò trong Tổ",
        "I": "Số điện thoại",
        "J": "Email",
        "K": "Số CCCD",
        "L": "Đoàn viên",
        "M": "Đã tập huấn",
        "N": "Ghi chú",
    }
    for col, text in top.items():
        ws[f"{col}7"] = text
        if col != "D":
            ws.merge_cells(f"{col}7:{col}8")
    ws.merge_cells("D7:E7")
    ws["D8"], ws["E8"] = "Nam", "Nữ"
    for k, col in enumerate("ABCDEFGHIJKLMN", start=1):
        ws[f"{col}9"] = f"({k})"
    ws.merge_cells("A10:N10")
    ws["A10"] = "I. THÔN NÀ SLA"
    rows = {
        11: [
            1,
            "Hoàng Văn Minh",
            dt.date(1985, 4, 12),
            "x",
            None,
            "Tày",
            "Trưởng thôn",
            "Tổ trưởng",
            912345678,
            "minh.hv@example.com",
            8085012345,
            "x",
            "x",
            None,
        ],
        12: [
            2,
            nfd("Nông Thị Hoa"),
            "5/3/1990",
            None,
            "x",
            "Nùng",
            "Bí thư chi đoàn",
            "Tổ phó",
            "0987 654 321",
            None,
            None,
            "x",
            None,
            "Mới bổ sung",
        ],
        14: [
            3,
            None,
            33000,
            "x",
            None,
            "Tày",
            "Công an viên",
            "Thành viên",
            388123456,
            None,
            None,
            None,
            "x",
            None,
        ],
        16: [
            4,
            "Triệu Thị Mai",
            1992,
            None,
            "x",
            "Dao",
            "Giáo viên",
            "Thành viên",
            "+84 912 000 111",
            None,
            None,
            "x",
            None,
            None,
        ],
        17: [
            5,
            excel_escape_controls("  Hứa   Văn\tLộc\x0b "),
            "12/08/1979",
            "x",
            None,
            "Nùng",
            "Nhân viên VNPT",
            "Thành viên",
            "091.234.5678",
            None,
            None,
            None,
            None,
            excel_escape_controls("Chuyển đến\x0btừ xã khác"),
        ],
    }
    for r, values in rows.items():
        for col, v in zip("ABCDEFGHIJKLMN", values):
            if v is not None:
                ws[f"{col}{r}"] = v
    ws["C11"].number_format = "DD/MM/YYYY"
    ws["P14"], ws["Q14"] = "Lương Văn", "Tú"
    ws["B14"] = '=P14&" "&Q14'
    ws.merge_cells("A15:N15")
    ws["A15"] = "II. Tổ dân phố 5"
    ws.merge_cells("A18:C18")
    ws["A18"] = "Tổng cộng: 5 thành viên"
    ws["J19"] = "Hợp Thành, ngày 05 tháng 3 năm 2024"
    ws["B20"], ws["J20"] = "Người lập biểu", "TM. ỦY BAN NHÂN DÂN"
    ws["J21"] = "CHỦ TỊCH"
    ws["B22"], ws["J22"] = "(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)"
    ws["B25"], ws["J25"] = "Đặng Văn Bình", "Lục Văn Cường"
    exp[ws.title] = Expected(
        header_row=8,
        members=[
            {
                "row": 11,
                "full_name": "Hoàng Văn Minh",
                "birth": dt.date(1985, 4, 12),
                "sex": "Nam",
                "ethnicity": "Tày",
                "position": "Trưởng thôn",
                "role": "Tổ trưởng",
                "phone": 912345678,
                "email": "minh.hv@example.com",
                "citizen_id": 8085012345,
                "youth_union": "x",
                "trained": "x",
                "village_hint": "THÔN NÀ SLA",
            },
            {
                "row": 12,
                "full_name": "Nông Thị Hoa",
                "birth": "5/3/1990",
                "sex": "Nữ",
                "phone": "0987 654 321",
                "note": "Mới bổ sung",
                "village_hint": "THÔN NÀ SLA",
            },
            {
                "row": 14,
                "full_name": "Lương Văn Tú",
                "birth": 33000,
                "sex": "Nam",
                "phone": 388123456,
                "village_hint": "THÔN NÀ SLA",
            },
            {
                "row": 16,
                "full_name": "Triệu Thị Mai",
                "birth": 1992,
                "sex": "Nữ",
                "phone": "+84 912 000 111",
                "village_hint": "Tổ dân phố 5",
            },
            {
                "row": 17,
                "full_name": "Hứa Văn Lộc",
                "birth": "12/08/1979",
                "sex": "Nam",
                "phone": "091.234.5678",
                "note": "Chuyển đến từ xã khác",
                "village_hint": "Tổ dân phố 5",
            },
        ],
    )

    # ---- 2. TCVN3 (.VnTime) sheet, header on row 3, commune and village sections
    ws = wb.create_sheet("TCVN3")
    ws.merge_cells("A1:G1")
    ws["A1"] = vntimeh("DANH SÁCH TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG")
    ws.append([])
    ws.append(
        [
            tcvn3(h)
            for h in (
                "STT",
                "Họ và tên",
                "Năm sinh",
                "Giới tính",
                "Dân tộc",
                "Chức danh trong Tổ",
                "Điện thoại",
            )
        ]
    )
    ws.append([tcvn3("Xã Hợp Thành")])
    ws.merge_cells("A4:G4")
    ws.append([vntimeh("I. THÔN BẢN Ổ")])
    ws.merge_cells("A5:G5")
    people = [
        (1, "Nguyễn Văn An", 1980, "Nam", "Kinh", "Tổ trưởng", "0912345678"),
        (2, "Lê Thị Hồng", 1995, "Nữ", "Tày", "Thành viên", 987654321),
        (3, "Vũ Tú", 1990, "Nam", "Kinh", "Thành viên", None),  # "Vò Tó": fits both readings
        (4, "Đỗ Thị Thủy", 1988, "Nữ", "Mường", "Tổ phó", None),
    ]
    for p in people:
        ws.append([tcvn3(v) if isinstance(v, str) else v for v in p])
    ws.append([tcvn3("Người lập biểu")])
    exp[ws.title] = Expected(
        header_row=3,
        members=[
            {
                "row": 6,
                "full_name": "Nguyễn Văn An",
                "birth": 1980,
                "sex": "Nam",
                "ethnicity": "Kinh",
                "role": "Tổ trưởng",
                "phone": "0912345678",
                "village_hint": "THÔN BẢN Ổ",
                "commune_hint": "Xã Hợp Thành",
            },
            {
                "row": 7,
                "full_name": "Lê Thị Hồng",
                "sex": "Nữ",
                "ethnicity": "Tày",
                "role": "Thành viên",
                "phone": 987654321,
            },
            {"row": 8, "full_name": "Vũ Tú"},
            {
                "row": 9,
                "full_name": "Đỗ Thị Thủy",
                "sex": "Nữ",
                "ethnicity": "Mường",
                "role": "Tổ phó",
            },
        ],
    )

    # ---- 3. VNI-Windows sheet, header on row 1
    ws = wb.create_sheet("VNI")
    ws.append(
        [
            vni(h)
            for h in (
                "STT",
                "Họ tên",
                "Ngày sinh",
                "Giới tính",
                "Thôn/Tổ dân phố",
                "Vai trò",
                "SĐT",
            )
        ]
    )
    people = [
        (1, "Trương Thị Nước", "01/02/1983", "Nữ", "Khòn Pạt", "Tổ trưởng", "0388000111"),
        (2, "Hồ Thị Lan", "1999", "Nữ", "Khòn Pạt", "Thành viên", None),  # "Hoà Thò Lan"
        (3, "Hoàng Văn Thụ", dt.datetime(1970, 1, 1), "Nam", "Pác Luồng", "Tổ phó", None),
    ]
    for p in people:
        ws.append([vni(v) if isinstance(v, str) else v for v in p])
    exp[ws.title] = Expected(
        header_row=1,
        members=[
            {
                "row": 2,
                "full_name": "Trương Thị Nước",
                "sex": "Nữ",
                "village": "Khòn Pạt",
                "role": "Tổ trưởng",
            },
            {"row": 3, "full_name": "Hồ Thị Lan", "birth": "1999", "village": "Khòn Pạt"},
            {
                "row": 4,
                "full_name": "Hoàng Văn Thụ",
                "birth": dt.date(1970, 1, 1),
                "sex": "Nam",
                "village": "Pác Luồng",
                "role": "Tổ phó",
            },
        ],
    )

    # ---- 4. A sheet with no roster at all
    ws = wb.create_sheet("Ghi chú")
    ws["A1"] = "Ghi chú: danh sách gửi kèm công văn số 45/UBND"
    ws["B3"] = 12345
    ws["C5"] = "Tổng hợp chung"
    exp[ws.title] = Expected(no_header=True)

    # ---- 5. ALL CAPS header without accents, header on row 2, ASCII sections
    ws = wb.create_sheet("KHONG DAU")
    ws["A1"] = "DANH SACH TO CNSCD"
    ws.append(
        [
            "TT",
            "HO VA TEN",
            "NGAY, THANG, NAM SINH",
            "NAM/NU",
            "DAN TOC",
            "THON/TO DAN PHO",
            "SDT",
            "SO CMND/CCCD",
            "GHI CHU",
        ]
    )
    ws.append(["THON 3"])
    ws.append(
        [1, "NGUYEN VAN BINH", "20/10/2001", "Nam", "Kinh", None, 967111222, "001201001234", None]
    )
    ws.append([2, "Phạm Thị Lệ", dt.date(2000, 12, 31), "Nữ", "Kinh", "Thôn 3", None, None, "=1+1"])
    ws.cell(row=5, column=9).data_type = "s"  # text that starts with "=" stays text
    exp[ws.title] = Expected(
        header_row=2,
        members=[
            {
                "row": 4,
                "full_name": "NGUYEN VAN BINH",
                "birth": "20/10/2001",
                "sex": "Nam",
                "phone": 967111222,
                "citizen_id": "001201001234",
                "village_hint": "THON 3",
            },
            {
                "row": 5,
                "full_name": "Phạm Thị Lệ",
                "village": "Thôn 3",
                "note": "=1+1",
                "village_hint": "THON 3",
            },
        ],
    )

    # ---- 6. Split name, old form with the birth date written under "Nam" or "Nữ"
    ws = wb.create_sheet("Tách tên")
    ws["A1"] = "Danh sách thành viên"
    ws["A2"], ws["B2"], ws["D2"], ws["F2"] = "TT", "Họ và tên", "Năm sinh", "Chức vụ"
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:C2")
    ws.merge_cells("D2:E2")
    ws.merge_cells("F2:F3")
    ws["B3"], ws["C3"], ws["D3"], ws["E3"] = "Họ và tên đệm", "Tên", "Nam", "Nữ"
    ws.append([1, "Sầm Văn", "Hải", 1975, None, "Trưởng bản"])
    ws.append([2, "Đàm Thị", "Thu", None, "12/4/1998", "Hội viên phụ nữ"])
    ws.append([])
    ws.append([3, "Lường Văn", "A", dt.date(2003, 7, 9), None, "Đoàn viên"])
    exp[ws.title] = Expected(
        header_row=3,
        members=[
            {
                "row": 4,
                "family_middle": "Sầm Văn",
                "given": "Hải",
                "full_name": "Sầm Văn Hải",
                "birth": 1975,
                "sex": "Nam",
                "position": "Trưởng bản",
            },
            {
                "row": 5,
                "family_middle": "Đàm Thị",
                "given": "Thu",
                "full_name": "Đàm Thị Thu",
                "birth": "12/4/1998",
                "sex": "Nữ",
            },
            {
                "row": 7,
                "full_name": "Lường Văn A",
                "given": "A",
                "birth": dt.date(2003, 7, 9),
                "sex": "Nam",
            },
        ],
    )

    # ---- 7. An empty sheet
    wb.create_sheet("Trống")
    exp["Trống"] = Expected(no_header=True)

    wb.save(path)
    set_cached_values(path, {("DS Hợp Thành", "B14"): "Lương Văn Tú"})
    return exp


# --------------------------------------------------------------------------------------------
EXPORT_HEADER = [
    "STT",
    "Họ và tên",
    "Ngày sinh",
    "Giới tính",
    "Dân tộc",
    "Chức vụ/đơn vị công tác",
    "Vai trò trong Tổ",
    "Thôn/Tổ dân phố",
    "Xã/Phường",
    "Số điện thoại",
    "Email",
    "Đã tập huấn",
    "Ghi chú",
]
EXPORT_FIELDS = [
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
    "trained",
    "note",
]


def build_export_like(
    path: Path,
    members: list[dict],
    *,
    office: str = "UBND XÃ HỢP THÀNH",
    date_line: str = "Hợp Thành, ngày 05 tháng 3 năm 2025",
) -> int:
    """The layout of our own roster export: title block, header, a section row per commune
    and per village, members, signature area.  members are dicts keyed by EXPORT_FIELDS.
    Returns the header row number."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    last = "M"
    ws.merge_cells("A1:E1")
    ws["A1"] = office
    ws.merge_cells("H1:M1")
    ws["H1"] = MOTTO_1
    ws.merge_cells("H2:M2")
    ws["H2"] = MOTTO_2
    ws.merge_cells("H3:M3")
    ws["H3"] = date_line
    ws.merge_cells(f"A5:{last}5")
    ws["A5"] = "DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG"
    header_row = 7
    for j, h in enumerate(EXPORT_HEADER, start=1):
        ws.cell(row=header_row, column=j, value=h).font = Font(bold=True)
    r = header_row + 1
    commune = village = None
    stt = 0
    for m in members:
        if m["commune"] != commune:
            commune, village = m["commune"], None
            ws.merge_cells(f"A{r}:{last}{r}")
            ws.cell(row=r, column=1, value=f"Xã {commune}")
            r += 1
        if m["village"] != village:
            village = m["village"]
            ws.merge_cells(f"A{r}:{last}{r}")
            ws.cell(row=r, column=1, value=f"Thôn {village}")
            r += 1
        stt += 1
        ws.cell(row=r, column=1, value=stt)
        for j, f in enumerate(EXPORT_FIELDS, start=2):
            v = m.get(f)
            if v is None:
                continue
            c = ws.cell(row=r, column=j, value=v)
            if isinstance(v, dt.date):
                c.number_format = "DD/MM/YYYY"
            elif isinstance(v, str):
                c.data_type = "s"
                if f == "phone":
                    c.number_format = "@"
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Người lập biểu")
    ws.cell(row=r, column=9, value="Thủ trưởng đơn vị")
    ws.cell(row=r + 1, column=2, value="(Ký, ghi rõ họ tên)")
    ws.cell(row=r + 1, column=9, value="(Ký, ghi rõ họ tên, đóng dấu)")
    ws.cell(row=r + 5, column=2, value="Nguyễn Thị Lập")
    ws.cell(row=r + 5, column=9, value="Trần Văn Trưởng")
    wb.save(path)
    return header_row


def build_big_roster(path: Path, n: int, *, seed: int = 1) -> None:
    """n members in the export layout (write-only openpyxl, quick), for timing."""
    import random

    rnd = random.Random(seed)
    fam = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Nông", "Lương", "Triệu", "Đặng", "Bùi"]
    mid = ["Văn", "Thị", "Đức", "Minh", "Ngọc", "Thu", "Quốc", "Hữu"]
    giv = ["An", "Bình", "Cường", "Dũng", "Hà", "Hoa", "Lan", "Minh", "Tú", "Thủy", "Yến"]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Danh sách")
    ws.append(["UBND XÃ HỢP THÀNH"])
    ws.append(["DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG"])
    ws.append([])
    ws.append(EXPORT_HEADER)
    for i in range(n):
        if i % 50 == 0:
            ws.append([f"Thôn {i // 50 + 1}"])
        ws.append(
            [
                i + 1,
                f"{rnd.choice(fam)} {rnd.choice(mid)} {rnd.choice(giv)}",
                dt.date(1960 + rnd.randrange(45), rnd.randrange(1, 13), rnd.randrange(1, 29)),
                rnd.choice(["Nam", "Nữ"]),
                rnd.choice(["Kinh", "Tày", "Nùng", "Dao"]),
                "Trưởng thôn",
                rnd.choice(["Tổ trưởng", "Tổ phó", "Thành viên"]),
                f"Thôn {i // 50 + 1}",
                "Hợp Thành",
                f"09{rnd.randrange(10**8):08d}",
                f"u{i}@example.com",
                rnd.choice(["x", None]),
                None,
            ]
        )
    wb.save(path)
