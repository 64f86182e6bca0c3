"""The serif family for PDF output: Times New Roman when embeddable, else bundled Liberation Serif.

Decree 30/2020 asks for Times New Roman. Microsoft's font may not be redistributed, so we only use
a copy the user's system already has (Windows ``%WINDIR%\\Fonts\\times*.ttf``; on Linux the same
file names under the usual font folders, e.g. from ``ttf-mscorefonts-installer``), and only when it
allows embedding and covers every Vietnamese letter. Otherwise we use Liberation Serif 2.x
(metric-compatible, SIL OFL), shipped in ``resources/fonts/``. Either way the font is a TrueType
``TTFont``, so reportlab always embeds a subset of it.

Pure module: reportlab only, no Qt, no database.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

import resources

__all__ = [
    "FONTS_DIR",
    "VIETNAMESE_LETTERS",
    "FontSet",
    "find_system_times",
    "register_fonts",
]

FONTS_DIR = resources.path(resources.FONTS)

#: The four faces, in FontSet order, for each candidate family.
_TIMES_FILES = ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")
_LIBERATION_FILES = (
    "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic.ttf",
)

#: Every letter of the Vietnamese alphabet with every tone, both cases, plus the punctuation the
#: documents use. A font is only accepted if it has a glyph for each of these.
VIETNAMESE_LETTERS = (
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
    "AÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬBCDĐEÈẺẼÉẸÊỀỂỄẾỆGHIÌỈĨÍỊKLMNOÒỎÕÓỌÔỒỔỖỐỘƠỜỞỠỚỢPQRSTUÙỦŨÚỤƯỪỬỮỨỰVXYỲỶỸÝỴ"
    "0123456789.,;:/-–()\u00a0"
)


@dataclass(frozen=True)
class FontSet:
    """reportlab font names of the registered faces (use them in ParagraphStyle/fontName)."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    family: str  # the name registered with registerFontFamily (<b>/<i> in Paragraph markup)


_lock = threading.Lock()
_cache: dict[bool, FontSet] = {}


def _candidate_dirs() -> list[Path]:
    dirs: list[Path] = []
    windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    local = os.environ.get("LOCALAPPDATA")
    if local:  # per-user font installs on Windows 10+
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    if sys.platform == "win32" and not windir:
        dirs.append(Path("C:/Windows/Fonts"))
    home = Path.home()
    dirs += [
        home / ".local" / "share" / "fonts",
        home / ".fonts",
        Path("/usr/local/share/fonts"),
        Path("/usr/share/fonts"),
    ]
    xdg = os.environ.get("XDG_DATA_DIRS")
    if xdg:
        dirs += [Path(p) / "fonts" for p in xdg.split(os.pathsep) if p]
    seen: set[Path] = set()
    out = []
    for d in dirs:
        if d not in seen:
            seen.add(d)
            out.append(d)
    return out


def _find_in(folder: Path, names: tuple[str, ...]) -> tuple[Path, ...] | None:
    """The four files in one folder (case-insensitive names), searching subfolders too."""
    wanted = {n.lower() for n in names}
    try:
        for root, _dirs, files in os.walk(folder):
            found = {f.lower(): Path(root) / f for f in files if f.lower() in wanted}
            if len(found) == len(wanted):
                return tuple(found[n.lower()] for n in names)
    except OSError:
        return None
    return None


def find_system_times() -> tuple[Path, ...] | None:
    """Paths of times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf on this system, or None."""
    for d in _candidate_dirs():
        if d.is_dir():
            hit = _find_in(d, _TIMES_FILES)
            if hit:
                return hit
    return None


def _load(name: str, path: Path) -> TTFont:
    font = TTFont(name, str(path))  # raises TTFError if the font forbids embedding
    missing = [ch for ch in VIETNAMESE_LETTERS if ord(ch) not in font.face.charToGlyph]
    if missing:
        raise TTFError(f"{path.name} lacks Vietnamese glyphs: {''.join(missing[:20])}")
    return font


def _register_family(family: str, paths: tuple[Path, ...]) -> FontSet:
    names = (family, f"{family}-Bold", f"{family}-Italic", f"{family}-BoldItalic")
    registered = pdfmetrics.getRegisteredFontNames()
    fonts = [None if n in registered else _load(n, p) for n, p in zip(names, paths)]
    for f in fonts:
        if f is not None:
            pdfmetrics.registerFont(f)
    pdfmetrics.registerFontFamily(
        family, normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3]
    )
    # <b>/<i> markup inside paragraphs written with any face of the family
    for n in names:
        addMapping(n, 0, 0, names[0])
        addMapping(n, 1, 0, names[1])
        addMapping(n, 0, 1, names[2])
        addMapping(n, 1, 1, names[3])
    return FontSet(*names, family=family)


def register_fonts(prefer_system: bool = True) -> FontSet:
    """Register the serif family once per process and return its face names.

    With ``prefer_system`` (the default) an embeddable Times New Roman that covers Vietnamese wins;
    ``prefer_system=False`` always gives the bundled Liberation Serif (reproducible output).
    """
    with _lock:
        if prefer_system in _cache:
            return _cache[prefer_system]
        fontset: FontSet | None = None
        if prefer_system and os.environ.get("SO_TO_CNSCD_NO_SYSTEM_FONTS") != "1":
            times = find_system_times()
            if times:
                try:
                    fontset = _register_family("TimesNewRoman", times)
                except (TTFError, OSError, ValueError):
                    fontset = None
        if fontset is None:
            paths = tuple(FONTS_DIR / f for f in _LIBERATION_FILES)
            fontset = _register_family("LiberationSerif", paths)
        _cache[prefer_system] = fontset
        return fontset
