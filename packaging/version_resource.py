"""The Windows version resource (Properties → Details of the .exe), made from the one version in
``pyproject.toml`` so the file version can never disagree with the app's own ``--version``.

Used by ``so-to-cnscd.spec``; ``python packaging/version_resource.py OUT.txt`` writes it.
"""
from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

COMPANY = "Sổ Tổ CNSCĐ"
PRODUCT = "Sổ Tổ CNSCĐ"
DESCRIPTION = "Sổ Tổ CNSCĐ — quản lý Tổ công nghệ số cộng đồng"
EXE_NAME = "so-to-cnscd.exe"


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """"1.2.3" -> (1, 2, 3, 0); pre-release and local parts are dropped (Windows wants 4
    numbers)."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0].split("-")[0])[:4]]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def version_info_text(version: str | None = None) -> str:
    """The resource in the text form PyInstaller's ``version=`` accepts."""
    version = version or project_version()
    v = version_tuple(version)
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(filevers={v}, prodvers={v}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('042a04b0', [
        StringStruct('CompanyName', {COMPANY!r}),
        StringStruct('FileDescription', {DESCRIPTION!r}),
        StringStruct('FileVersion', {version!r}),
        StringStruct('InternalName', 'so-to-cnscd'),
        StringStruct('LegalCopyright', 'Sổ Tổ CNSCĐ; thành phần kèm theo: xem Trợ giúp → Giới thiệu'),
        StringStruct('OriginalFilename', {EXE_NAME!r}),
        StringStruct('ProductName', {PRODUCT!r}),
        StringStruct('ProductVersion', {version!r})])
    ]),
    VarFileInfo([VarStruct('Translation', [0x042a, 1200])])
  ]
)
"""


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    text = version_info_text()
    if out:
        out.write_text(text, encoding="utf-8")
    else:
        print(text)
