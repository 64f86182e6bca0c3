"""Corrupt and crafted workbooks, made at test time: the files that used to take the whole
app down (a Rust abort in the reader) or keep it busy for minutes.

Each builder writes one file and returns its path; :data:`BUILDERS` lists them by name so a
test can run every one. They start from a small valid roster and change a few bytes, as an
attacker (or a broken disk) would.
"""

from __future__ import annotations

import random
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook


def valid_roster(path: Path, rows: int = 3) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    ws.append(["STT", "Họ và tên", "Ngày sinh", "Thôn/Tổ dân phố"])
    for i in range(rows):
        ws.append([i + 1, f"Nguyễn Văn An{'h' * (i % 3)}", "05/03/1990", "Thôn 1"])
    wb.save(path)
    return path


def _rewrite(src: Path, dst: Path, member: str, change: Callable[[bytes], bytes]) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == member:
                data = change(data)
            zout.writestr(info, data)
    return dst


def _base(tmp: Path) -> Path:
    return valid_roster(tmp / "base.xlsx")


def dimension_whole_sheet(tmp: Path) -> Path:
    """<dimension ref="A1:XFD1048576"/>: a few bytes that asked for 512 GB."""
    return _rewrite(_base(tmp), tmp / "dimension.xlsx", "xl/worksheets/sheet1.xml",
                    lambda b: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', b))


def cell_reference_far_away(tmp: Path) -> Path:
    """One cell moved to the sheet's last row and column."""
    return _rewrite(_base(tmp), tmp / "cellref.xlsx", "xl/worksheets/sheet1.xml",
                    lambda b: b.replace(b'r="D4"', b'r="XFD1048576"', 1))


def cell_reference_beyond_excel(tmp: Path) -> Path:
    """A row number no sheet has."""
    return _rewrite(_base(tmp), tmp / "beyond.xlsx", "xl/worksheets/sheet1.xml",
                    lambda b: b.replace(b'r="B3"', b'r="B4294967295"', 1))


def with_shared_strings(tmp: Path, declared: int | None = None, name: str = "sst.xlsx") -> Path:
    """The roster with its header in a shared-strings part (as Excel writes it), whose
    declared count is ``declared`` (None: the true count)."""
    src = _base(tmp)
    dst = tmp / name
    n = 4 if declared is None else declared
    sst = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'count="{n}" uniqueCount="{n}">'
        "<si><t>STT</t></si><si><t>Họ và tên</t></si><si><t>Ngày sinh</t></si>"
        "<si><t>Thôn/Tổ dân phố</t></si></sst>"
    ).encode()

    def sheet(b: bytes) -> bytes:
        for i, col in enumerate("ABCD"):
            b = re.sub(rf'<c r="{col}1" t="inlineStr"><is><t>[^<]*</t></is></c>'.encode(),
                       f'<c r="{col}1" t="s"><v>{i}</v></c>'.encode(), b)
        return b

    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = sheet(data)
            elif info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/sharedStrings" '
                    b'Target="sharedStrings.xml"/></Relationships>',
                )
            elif info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                    b"</Types>",
                )
            zout.writestr(info, data)
        zout.writestr("xl/sharedStrings.xml", sst)
    return dst


def huge_shared_string_count(tmp: Path) -> Path:
    return with_shared_strings(tmp, 2_000_000_000)


def zip_bomb(tmp: Path) -> Path:
    """A sheet of 60 MB of spaces that zips to a few dozen KB."""
    src = _base(tmp)
    dst = tmp / "bomb.xlsx"

    def change(b: bytes) -> bytes:
        return b.replace(b"<sheetData>", b"<sheetData>" + b" " * (60 * 1024 * 1024), 1)

    return _rewrite(src, dst, "xl/worksheets/sheet1.xml", change)


def truncated(tmp: Path) -> Path:
    data = _base(tmp).read_bytes()
    dst = tmp / "truncated.xlsx"
    dst.write_bytes(data[: len(data) // 2])
    return dst


def flipped_bytes(tmp: Path) -> Path:
    """Bytes flipped inside the compressed sheet: the container opens, the XML does not."""
    data = bytearray(_base(tmp).read_bytes())
    rnd = random.Random(7)
    start = data.find(b"xl/worksheets/sheet1.xml") + 60
    for _ in range(40):
        i = rnd.randrange(start, min(start + 400, len(data)))
        data[i] ^= 0xFF
    dst = tmp / "flipped.xlsx"
    dst.write_bytes(bytes(data))
    return dst


def random_bytes(tmp: Path, suffix: str) -> Path:
    dst = tmp / f"random{suffix}"
    dst.write_bytes(random.Random(suffix).randbytes(50_000))
    return dst


def cfb_garbage(tmp: Path) -> Path:
    """An OLE header (as .xls files have) followed by noise."""
    dst = tmp / "garbage.xls"
    dst.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + random.Random(3).randbytes(20_000))
    return dst


def password_protected(tmp: Path) -> Path:
    """What Excel writes for "Encrypt with password": an OLE file holding EncryptedPackage."""
    dst = tmp / "password.xlsx"
    body = bytearray(random.Random(5).randbytes(8192))
    mark = "EncryptedPackage".encode("utf-16-le")
    body[1024:1024 + len(mark)] = mark
    dst.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(body))
    return dst


def ods_repeats(tmp: Path) -> Path:
    """An .ods whose one cell with a value is repeated over more rows than a sheet has."""
    dst = tmp / "repeats.ods"
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        "<office:body><office:spreadsheet><table:table table:name=\"DS\">"
        "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Họ và tên"
        "</text:p></table:table-cell></table:table-row>"
        '<table:table-row table:number-rows-repeated="2000000000">'
        '<table:table-cell table:number-columns-repeated="16384" office:value-type="string">'
        "<text:p>Nguyễn Văn An</text:p></table:table-cell></table:table-row>"
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(dst, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", "<manifest/>")
    return dst


def empty_zip(tmp: Path) -> Path:
    dst = tmp / "empty.xlsx"
    with zipfile.ZipFile(dst, "w"):
        pass
    return dst


BUILDERS: dict[str, Callable[[Path], Path]] = {
    "dimension_whole_sheet": dimension_whole_sheet,
    "cell_reference_far_away": cell_reference_far_away,
    "cell_reference_beyond_excel": cell_reference_beyond_excel,
    "huge_shared_string_count": huge_shared_string_count,
    "zip_bomb": zip_bomb,
    "truncated": truncated,
    "flipped_bytes": flipped_bytes,
    "random_xlsx": lambda t: random_bytes(t, ".xlsx"),
    "random_xls": lambda t: random_bytes(t, ".xls"),
    "random_ods": lambda t: random_bytes(t, ".ods"),
    "cfb_garbage": cfb_garbage,
    "password_protected": password_protected,
    "ods_repeats": ods_repeats,
    "empty_zip": empty_zip,
}
