"""Read a roster workbook that a commune sent, in whatever layout it came, into plain rows.

This is the reading half of the roster import: it finds the table in each sheet and hands back
raw values with their sheet, row and column.  It decides nothing that is a business rule:
dates, phones, citizen IDs and sex are checked and normalised by ``desktop/validation.py``,
and matching people against the database is the import service's job.  What it does fix is
what only the reader can see: the cached value of a formula (calamine gives it), numbers
stored as floats (912345678.0 -> 912345678), decomposed Unicode (-> NFC), legacy TCVN3/VNI
text (-> Unicode, see :mod:`exports.legacy_text`), control characters and stray spaces.

How a sheet is read
-------------------
* The header row is looked for in the first 30 rows, by Vietnamese heading synonyms compared
  without accents or case ("Họ và tên", "HO VA TEN", "Họ, tên" ...).  A header may take two
  rows (a merged group heading over sub-headings: "Giới tính" over "Nam" | "Nữ", "Họ và tên"
  over "Họ và tên đệm" | "Tên", "Ngày sinh" over "Ngày" | "Tháng" | "Năm"), and may be
  followed by a row of column numbers "(1) (2) (3)", which is skipped.
* Below the header a row is a member when its name column holds a name-like value (letters,
  no digits, at most 8 words) and it is not a section, total, repeated-header or signature row.
* Section rows ("Thôn Nà Sla", "I. THÔN BẢN Ổ", "II. Tổ dân phố 5", "Xã Hợp Thành"), usually a
  single text merged across the row, set ``village_hint`` / ``commune_hint`` for the rows below;
  a commune section clears the village.
* The signature block ("Người lập biểu", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", the date line
  "…, ngày … tháng … năm …") ends the table: later rows count as members only when they carry
  at least two other roster fields, so the names under the signatures are skipped.
* Sheets without a header are reported (``sheet.no_header``) and skipped.

Nothing here raises on a bad file: a missing, empty, encrypted, corrupt or non-spreadsheet
file gives a :class:`ReadProblem` in the result.  The only exception is :class:`ReadCancelled`,
raised when ``cancelled()`` returns true.

Pure module: standard library, python-calamine and :mod:`exports.legacy_text` only.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import inspect
import itertools
import math
import os
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from exports.errors import Cancelled
from exports.legacy_text import TCVN3, VNI, EncodingVote, fix_text, to_unicode
from vn.person_fields import PERSON_FIELDS
from vn.text import fold

__all__ = [
    "CANONICAL_FIELDS",
    "CellRef",
    "RawMember",
    "ReadCancelled",
    "ReadProblem",
    "ReadResult",
    "SheetReport",
    "column_letter",
    "fold_heading",
    "is_leaver_text",
    "match_heading",
    "read_roster",
]

CANONICAL_FIELDS = (
    "full_name",
    "family_middle",
    "given",
    "birth",
    "sex",
    "ethnicity",
    "position",
    "organisation",
    "role",
    "village",
    "commune",
    "phone",
    "email",
    "citizen_id",
    "youth_union",
    "trained",
    "left_on",
    "status",
    "note",
)

HEADER_SEARCH_ROWS = 30
LOOKAHEAD_ROWS = 50
SUPPORTED_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}


# --------------------------------------------------------------------------------------------
# Plain data handed back
@dataclass(frozen=True)
class CellRef:
    file: str
    sheet: str
    row: int  # 1-based, as Excel shows it
    column: str  # letter, "C"


@dataclass
class RawMember:
    sheet: str
    row: int  # 1-based Excel row number
    values: dict[str, object]  # canonical field -> cleaned raw value; empty cells are absent
    columns: dict[str, str]  # canonical field -> column letter
    village_hint: str | None = None
    commune_hint: str | None = None
    # A leaver: the row sits on a sheet or under a section of people who left the team
    # ("Danh sách thành viên đã thôi tham gia"), or its note says so ("Đã chuyển đi").
    # ``left_hint`` is the text that said so (it may hold the date they left).
    left_hint: str | None = None

    def ref(self, file: str, field_name: str | None = None) -> CellRef:
        """Where a field of this member came from (column "" when the field has none)."""
        col = self.columns.get(field_name, "") if field_name else ""
        return CellRef(file, self.sheet, self.row, col)


@dataclass(frozen=True)
class ReadProblem:
    sheet: str | None
    row: int | None
    column: str | None
    code: str  # "file.unreadable", "file.encrypted", "file.unsupported", "sheet.no_header", ...
    detail: str = ""


@dataclass
class SheetReport:
    name: str
    header_row: int | None  # the (last) header row, 1-based; None when no header was found
    columns: dict[str, str]  # canonical field -> letter(s); "D,E" for two-column forms
    members: int
    skipped_rows: list[tuple[int, str]]  # (row, reason): title, column_numbers, section,
    #                                      total, repeated_header, signature, no_name, other
    unmapped: dict[str, str] = field(default_factory=dict)  # letter -> heading not understood
    hidden: bool = False


@dataclass
class ReadResult:
    file: str
    sheets: list[SheetReport]
    members: list[RawMember]
    problems: list[ReadProblem]

    @property
    def readable(self) -> bool:
        return not any(p.code.startswith("file.") for p in self.problems)


class ReadCancelled(Cancelled):
    """Raised by read_roster when cancelled() returned true (an exports.errors.Cancelled, code
    "cancelled", so one handler serves the writers and the reader)."""


# --------------------------------------------------------------------------------------------
# Text helpers
_NON_ALNUM_RE = re.compile(r"[^0-9a-z]+")


def fold_heading(text: str) -> str:
    """Accent- and case-free form for comparing headings: "Họ, tên" -> "ho ten"."""
    return _NON_ALNUM_RE.sub(" ", fold(text)).strip()


def column_letter(index: int) -> str:
    """0-based column index -> Excel letters (0 -> "A", 27 -> "AB")."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


# Control characters become spaces, invisible characters vanish, then spaces collapse.
_SPACE_LIKE = (
    "".join(chr(c) for c in range(0x20))
    + "\x7f"
    + "".join(chr(c) for c in range(0x80, 0xA0))
    + "\u00a0\u1680"
    + "".join(chr(c) for c in range(0x2000, 0x200B))
    + "\u2028\u2029\u202f\u205f\u3000"
)
_CLEAN_TABLE: dict[int, str | None] = {ord(c): " " for c in _SPACE_LIKE}
_CLEAN_TABLE.update({ord(c): None for c in "\u00ad\u200b\u200c\u200d\u2060\ufeff"})
_MISS = object()
_ERROR_LITERALS = {
    "#N/A",
    "#DIV/0!",
    "#VALUE!",
    "#REF!",
    "#NAME?",
    "#NUM!",
    "#NULL!",
    "#GETTING_DATA",
    "#SPILL!",
    "#CALC!",
}


def _clean_text(s: str, hint: str | None = None) -> str | None:
    """Legacy encodings -> Unicode, NFC, control characters out, spaces collapsed."""
    if len(s) <= 200:
        return _clean_text_cached(s, hint)
    return _clean_text_uncached(s, hint)


def _clean_text_uncached(s: str, hint: str | None = None) -> str | None:
    if s.isascii() and s.isprintable():
        s = " ".join(s.split())
    else:
        s = fix_text(s, hint)
        if not unicodedata.is_normalized("NFC", s):
            s = unicodedata.normalize("NFC", s)
        s = s.translate(_CLEAN_TABLE)
        if not s.isprintable():
            s = "".join(
                ch
                if unicodedata.category(ch)[0] != "C" or unicodedata.category(ch) in ("Cn", "Co")
                else " "
                for ch in s
            )
        s = " ".join(s.split())
    if not s or s in _ERROR_LITERALS:
        return None
    return s


_clean_text_cached = lru_cache(maxsize=1 << 16)(_clean_text_uncached)


def _clean_value(v: Any, hint: str | None = None) -> object | None:
    """One cell as calamine gave it -> a plain value, or None when the cell is empty."""
    if isinstance(v, str):
        if not v:
            return None
        return _clean_text(v, hint)
    if isinstance(v, bool):
        return v
    if isinstance(v, float):
        if math.isnan(v) or math.isinf(v):
            return None
        if v.is_integer() and abs(v) < 1e16:
            return int(v)
        return v
    if isinstance(v, (int, _dt.date)):  # datetime is a date
        return v
    if isinstance(v, _dt.time):
        return v.isoformat()
    if v is None:
        return None
    return _clean_text(str(v), hint)


# --------------------------------------------------------------------------------------------
# Heading vocabulary.  Each phrase is folded; the value lists fields in order of preference
# (the first one not yet taken in the sheet wins).
_F = "full_name"
_SYNONYMS: dict[str, tuple[str, ...]] = {}


def _syn(fields: str | tuple[str, ...], *phrases: str) -> None:
    if isinstance(fields, str):
        fields = (fields,)
    for p in phrases:
        _SYNONYMS[fold_heading(p)] = fields


_syn("stt", "STT", "TT", "Số TT", "Số thứ tự", "Thứ tự")
# A person's details: their headings are declared with the field (vn/person_fields.py).
for _field in PERSON_FIELDS:
    _syn(_field.name, *_field.headings)
_syn(
    "family_middle",
    "Họ và tên đệm",
    "Họ đệm",
    "Họ và đệm",
    "Họ và tên lót",
    "Họ và chữ lót",
    "Họ và chữ đệm",
    "Họ, tên đệm",
    "Họ tên đệm",
)
_syn("_family", "Họ")
_syn("_middle", "Tên đệm", "Chữ đệm", "Đệm", "Tên lót", "Chữ lót")
_syn("given", "Tên", "Tên gọi")
_syn(("role", "position"), "Chức danh")
_syn(
    "role",
    "Vai trò",
    "Vai trò trong Tổ",
    "Chức danh trong Tổ",
    "Nhiệm vụ trong tổ",
    "Nhiệm vụ",
    "Chức vụ trong Tổ",
    "Vị trí trong Tổ",
    "Phân công",
    "Nhiệm vụ được phân công",
)
_syn(
    "village",
    "Thôn",
    "Bản",
    "Ấp",
    "Khu phố",
    "Tổ dân phố",
    "Thôn/Tổ dân phố",
    "Thôn, bản",
    "Thôn/bản",
    "Thôn, xóm",
    "Xóm",
    "Khóm",
    "Thôn, bản, tổ dân phố",
    "Thôn/ấp",
    "Thôn, khu phố",
    "Địa bàn",
    "Địa bàn phụ trách",
    "Thôn phụ trách",
    "Tên thôn",
    "Khu dân cư",
    "TDP",
    "Thôn/TDP",
    "Buôn",
    "Plei",
    "Sóc",
    "Làng",
    "Khu",
    "Thôn, tổ",
)
_syn(
    "commune",
    "Xã",
    "Phường",
    "Xã/Phường",
    "Xã, phường",
    "Xã/Phường/Thị trấn",
    "Xã, phường, thị trấn",
    "Xã/Phường/Đặc khu",
    "Thị trấn",
    "Đơn vị hành chính",
    "Tên xã",
    "Xã/Thị trấn",
    "Đặc khu",
)
_syn(
    "trained",
    "Đã tập huấn",
    "Tập huấn",
    "Đã được tập huấn",
    "Bồi dưỡng",
    "Đã bồi dưỡng",
    "Đã qua tập huấn",
    "Tập huấn, bồi dưỡng",
    "Ngày tập huấn",
)
_syn("left_on", "Ngày thôi", "Ngày thôi tham gia", "Ngày nghỉ", "Thôi từ ngày", "Ngày ra khỏi Tổ")
_syn("status", "Tình trạng", "Trạng thái", "Tình trạng tham gia")
_syn("note", "Ghi chú", "Ghi chú khác")

# Phrases that may also match as the start of a longer heading, or inside one.  Single short
# words ("tên", "họ", "thôn", "nam") only match whole headings, except these.
_LOOSE_SINGLE = {"email", "cccd", "cmnd", "sdt", "thon", "zalo", "gmail"}
_LOOSE = sorted((p for p in _SYNONYMS if " " in p or p in _LOOSE_SINGLE), key=len, reverse=True)
_EXACT_ONLY = {"lien he", "ho", "ten", "dem", "gt", "dv", "khu", "ban", "don vi", "mail"}
_LOOSE = [p for p in _LOOSE if p not in _EXACT_ONLY]
_LOOSE_ALT = "|".join(re.escape(p) for p in _LOOSE)  # longest first
_LOOSE_PREFIX_RE = re.compile(rf"({_LOOSE_ALT}) ")
_LOOSE_ANYWHERE_RE = re.compile(rf"(?<![a-z0-9])({_LOOSE_ALT})(?![a-z0-9])")
_LOOSE_MAX_WORDS = 8  # a heading that only contains a synonym has fewer words than this
_PAREN_RE = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NAME_FIELDS = ("full_name", "family_middle", "_family", "given")


def match_heading(text: str) -> str | None:
    """The canonical field a column heading names ("SĐT" -> "phone"), or None: the reader's
    heading vocabulary, for other readers of tables (paste-from-Excel)."""
    found = _match_heading(fold_heading(text), text) if text else None
    return found[0] if found else None


@lru_cache(maxsize=4096)
def _match_heading(folded: str, original: str = "") -> tuple[str, ...] | None:
    if not folded:
        return None
    hit = _SYNONYMS.get(folded)
    if hit:
        return hit
    if "(" in original or "[" in original:
        bare = fold_heading(_PAREN_RE.sub(" ", original))
        if bare and bare != folded:
            hit = _SYNONYMS.get(bare)
            if hit:
                return hit
            folded = bare
    if folded.count(" ") >= _LOOSE_MAX_WORDS:
        return None  # a sentence (instructions, a title), not a heading
    m = _LOOSE_PREFIX_RE.match(folded) or _LOOSE_ANYWHERE_RE.search(folded)
    return _SYNONYMS[m.group(1)] if m else None


# --------------------------------------------------------------------------------------------
# Row patterns
_NUMBERING_TOKEN_RE = re.compile(r"^\(?([ivxlc]+|\d{1,3}|[a-zđ])[.):\-]?\)?$", re.IGNORECASE)
_ROMAN_RE = re.compile(r"^\(?[ivxlc]+[.):\-]?\)?$", re.IGNORECASE)
_COLNUM_RE = re.compile(r"^\(?(\d{1,2}|[a-z])\)?$", re.IGNORECASE)
_VILLAGE_KW = (
    "tổ dân phố",
    "khu phố",
    "khu dân cư",
    "cụm dân cư",
    "thôn",
    "bản",
    "ấp",
    "xóm",
    "khóm",
    "làng",
    "buôn",
    "plei",
    "sóc",
    "khu",
    "tổ",
    "khối",
    "tdp",
)
_COMMUNE_KW = ("xã", "phường", "thị trấn", "đặc khu")
# Without any accent in the text, only keywords that cannot be a family name.
_VILLAGE_KW_ASCII = (
    "to dan pho",
    "khu pho",
    "khu dan cu",
    "thon",
    "xom",
    "khom",
    "buon",
    "plei",
    "soc",
    "tdp",
)
_COMMUNE_KW_ASCII = ("xa", "phuong", "thi tran", "dac khu")
_TEAM_PREFIXES = ("to cong nghe so cong dong", "to cnscd", "to cnsdc", "to cns")
_TOTAL_PREFIXES = ("tong cong", "tong so", "danh sach co", "tong")
_SIG_PREFIXES = (
    "nguoi lap",
    "nguoi ky",
    "thu truong",
    "tm ",
    "kt ",
    "tl ",
    "tuq ",
    "q chu tich",
    "xac nhan",
    "ky ten",
    "ky ghi ro",
    "ky va ghi ro",
    "ky dong dau",
    "dong dau",
    "noi nhan",
    "can bo lap",
    "lanh dao don vi",
    "ky so",
)
_SIG_EXACT = {
    "chu tich",
    "pho chu tich",
    "tm",
    "kt",
    "giam doc",
    "truong ban",
    "bi thu",
    "nguoi lap",
    "nguoi lap bieu",
    "thu truong don vi",
    "xac nhan",
}
# Words that say people left the team (folded): on a sheet name, a title or section row, a
# note or status cell. Such rows never become members.
_LEAVER_RE = re.compile(
    r"\b(da thoi|thoi tham gia|thoi lam|thoi giu|thoi nhiem vu|da nghi|nghi tham gia|"
    r"xin nghi|xin thoi|chuyen di|chuyen cong tac|chuyen noi|da chuyen|mien nhiem|"
    r"cho thoi|ra khoi to|khong con tham gia|khong tham gia nua|da mat|tu tran|qua doi|"
    r"dua ra khoi)\b"
)


def is_leaver_text(text: str) -> bool:
    """ "Danh sách thành viên đã thôi tham gia", "Đã chuyển đi", "Miễn nhiệm từ 01/10"."""
    return bool(text) and _LEAVER_RE.search(fold_heading(text)) is not None


_DATE_LINE_RE = re.compile(r"\bngay\b.*\bthang\b.*\bnam\b")
_SUB_VOCAB = {"nam", "nu", "ngay", "thang", "ho", "ten", "dem"}
_SUPPORT_FIELDS = (
    "birth",
    "sex",
    "ethnicity",
    "position",
    "organisation",
    "role",
    "village",
    "commune",
    "phone",
    "email",
    "citizen_id",
    "youth_union",
    "trained",
    "_male",
    "_female",
    "_bday",
    "_bmonth",
    "_byear",
)


_TOTAL_ACCENTED_RE = re.compile(
    r"^(tổng cộng|tổng số|tổng|cộng|danh sách (này )?(có|gồm))(?![^\W\d_])"
)
_TOTAL_ASCII_RE = re.compile(r"^(tong cong|tong so|tong|danh sach (nay )?(co|gom))\b|^cong\s*(:|$)")


def _is_total(folded: str, lower: str) -> bool:
    """ "Tổng cộng: 25 người", "Cộng", "Tổng số", "Danh sách có 25 người" (but not the family
    name Tống, nor "Công")."""
    if lower.isascii():
        return _TOTAL_ASCII_RE.match(lower) is not None
    return _TOTAL_ACCENTED_RE.match(lower) is not None


def _is_signature(folded: str, strict: bool = False) -> bool:
    """A cell of the signature block.  strict: not the date line (a note may hold a date)."""
    if folded in _SIG_EXACT:
        return True
    if folded.startswith(_SIG_PREFIXES):
        return True
    return not strict and len(folded) < 90 and _DATE_LINE_RE.search(folded) is not None


_NAME_PUNCT_RE = re.compile(r"[^\W\d_]|[ .'\-’]")
_NON_LETTER_RE = re.compile(r"[\W\d_]")
_DIGIT_RE = re.compile(r"\d")


def _name_like(s: object) -> bool:
    """Letters, spaces and . ' - only (two other signs at most), no digit, at most 8 words,
    and not a heading, a total or a signature line."""
    if not isinstance(s, str) or len(s) < 2 or len(s) > 80 or s.count(" ") > 7:
        return False
    if not s.replace(" ", "").isalpha():
        if _DIGIT_RE.search(s) or len(_NAME_PUNCT_RE.sub("", s)) > 2:
            return False
        if len(_NON_LETTER_RE.sub("", s)) < 2:
            return False
    first = s.split(None, 1)[0]
    if first.isalpha() and _fold_word(first) not in _STOP_FIRST_WORDS:
        return True  # the usual case: a family name that no heading or total starts with
    folded = fold_heading(s)
    if not folded or folded in _SYNONYMS or _is_total(folded, s.lower()):
        return False
    return not folded.startswith(_SIG_PREFIXES) and folded not in _SIG_EXACT


@lru_cache(maxsize=1 << 14)
def _fold_word(word: str) -> str:
    return fold_heading(word)


# First words of every heading, total and signature phrase: a name starting with anything
# else needs no further check.
_STOP_FIRST_WORDS = frozenset(
    p.split()[0]
    for p in (*_SYNONYMS, *_TOTAL_PREFIXES, *_SIG_PREFIXES, *_SIG_EXACT, "cong", "tong")
    if p.split()
)


_GLUED_NUMBER_RE = re.compile(r"^\(?([ivxlc]+|\d{1,3}|[a-z])[.):/\-]+\)?$", re.IGNORECASE)


def _numbering_style(token: str) -> str:
    core = token.strip("().:/-")
    if core.isdigit():
        return "arabic"
    if _ROMAN_RE.match(core) and (len(core) > 1 or core.upper() in "IVX"):
        return "roman"
    return "letter"


def _section(
    cells: list[tuple[int, str]], name_cols: tuple[int, ...] = ()
) -> tuple[str | None, str, str | None] | None:
    """(kind, hint, numbering) when the non-empty cells of a row make a section heading.

    kind is "commune" or "village" when a keyword says so ("Xã …", "Thôn …"), None when only
    the numbering marks the row as a section ("II. Nà Phặc", "1. Nà Sla" in the first column);
    numbering is "roman", "arabic", "letter" or None.
    """
    numbering: str | None = None
    texts = []
    for j, c in cells:
        if _NUMBERING_TOKEN_RE.match(c) and len(cells) > 1:
            if c.strip("().").isdigit():
                return None  # an STT number: members are numbered, sections are not
            numbering = numbering or _numbering_style(c)
            continue
        texts.append((j, c))
    if len(texts) != 1:
        return None
    col, text = texts[0]
    words = text.split()
    glued = False
    # Numbering glued to the text: "I. THÔN BẢN Ổ", "2- Tổ dân phố 5", "II/ Thôn 3"
    if len(words) > 1 and _GLUED_NUMBER_RE.match(words[0]):
        numbering = numbering or _numbering_style(words[0])
        glued = True
        words = words[1:]
    elif len(words) > 2 and _ROMAN_RE.match(words[0]) and words[1] in ("-", ".", ":", "–"):
        numbering = numbering or "roman"
        glued = True
        words = words[2:]
    if not words:
        return None
    while len(words) > 1 and re.fullmatch(r"\(.*\)", words[-1]):
        words = words[:-1]  # "Thôn Nà Sla (5 người)" -> count dropped
    text = " ".join(words)
    text = re.sub(r"\s*\([^()]*\)\s*$", "", text) or text
    words = text.split()
    folded = fold_heading(text)
    for prefix in _TEAM_PREFIXES:  # "Tổ CNSCĐ thôn Nà Sla"
        if folded.startswith(prefix + " "):
            words = words[len(prefix.split()) :]
            text = " ".join(words)
            folded = fold_heading(text)
            break
    if not words:
        return None
    if len(words) >= 2:
        keywords: tuple[tuple[str, tuple[str, ...]], ...]
        if text.isascii():
            subject = folded
            keywords = (("commune", _COMMUNE_KW_ASCII), ("village", _VILLAGE_KW_ASCII))
        else:
            subject = text.lower()
            keywords = (("commune", _COMMUNE_KW), ("village", _VILLAGE_KW))
        for kind, kws in keywords:
            if any(subject.startswith(kw + " ") for kw in kws):
                return kind, text, numbering
    if numbering == "roman" or (glued and col not in name_cols):
        return None, text, numbering
    return None


# --------------------------------------------------------------------------------------------
# Header detection
@dataclass
class _Header:
    first_row: int  # index into the buffered rows
    last_row: int
    fields: dict[str, int]  # field (canonical or pseudo) -> relative column index
    labels: dict[int, str]  # relative column -> original heading text
    unmapped: dict[int, str]
    score: int


def _assign(
    columns: list[tuple[int, tuple[str, ...] | None, str]],
) -> tuple[dict[str, int], dict[int, str]]:
    fields: dict[str, int] = {}
    unmapped: dict[int, str] = {}
    for col, cands, label in columns:
        if not cands:
            if label:
                unmapped[col] = label
            continue
        for f in cands:
            if f not in fields:
                fields[f] = col
                break
        else:
            unmapped[col] = label
    return fields, unmapped


def _score(fields: dict[str, int]) -> int:
    if not any(f in fields for f in _NAME_FIELDS):
        return 0
    n = len(fields)
    return n if n >= 2 else 0


def _single_row_header(
    texts: list[str], folded: list[str]
) -> tuple[dict[str, int], dict[int, str]]:
    cols: list[tuple[int, tuple[str, ...] | None, str]] = []
    has_nu = "nu" in folded
    for j, f in enumerate(folded):
        if not f:
            continue
        if f == "nam":
            if has_nu:
                cands: tuple[str, ...] | None = ("_male",)
            elif "năm" in texts[j].lower():
                cands = ("birth",)
            else:
                cands = ("_male",)
        elif f == "nu":
            cands = ("_female",)
        else:
            cands = _match_heading(f, texts[j])
        cols.append((j, cands, texts[j]))
    fields, unmapped = _assign(cols)
    _fix_name_fields(fields)
    return fields, unmapped


def _fix_name_fields(fields: dict[str, int]) -> None:
    if "given" in fields and not ({"family_middle", "_family"} & fields.keys()):
        if "full_name" not in fields:
            fields["full_name"] = fields.pop("given")
        else:
            fields.pop("given")
    if "_middle" in fields and "_family" not in fields:
        fields.pop("_middle")


def _is_subheader(top_f: list[str], bottom_t: list[str], bottom_f: list[str]) -> bool:
    """Sub-headings sit under a group heading: at least two of them, and at least one under an
    empty top cell (the rest of a merged group)."""
    nonempty = [j for j, f in enumerate(bottom_f) if f]
    if len(nonempty) < 2:
        return False
    if not any(j >= len(top_f) or not top_f[j] for j in nonempty):
        return False
    for j in nonempty:
        f = bottom_f[j]
        if f in _SUB_VOCAB:
            continue
        if _match_heading(f, bottom_t[j]) is None:
            return False
    return True


def _two_row_header(
    top_t: list[str],
    top_f: list[str],
    bot_t: list[str],
    bot_f: list[str],
    merges: list[tuple[int, int]],
) -> tuple[dict[str, int], dict[int, str], dict[int, str]]:
    width = max(len(top_f), len(bot_f))
    top_t = top_t + [""] * (width - len(top_t))
    top_f = top_f + [""] * (width - len(top_f))
    bot_t = bot_t + [""] * (width - len(bot_t))
    bot_f = bot_f + [""] * (width - len(bot_f))
    # Spread each group heading over the columns it covers.
    group_t = list(top_t)
    group_f = list(top_f)
    covered = set()
    for c0, c1 in merges:
        for j in range(c0 + 1, min(c1 + 1, width)):
            if not top_f[j]:
                group_t[j], group_f[j] = top_t[c0], top_f[c0]
                covered.add(j)
    for j in range(1, width):
        # No merge information (.ods): a sub-heading under an empty top cell belongs to the
        # group on its left when that group has sub-headings too.
        if (
            not group_f[j]
            and not top_f[j]
            and bot_f[j]
            and group_f[j - 1]
            and bot_f[j - 1]
            and j not in covered
        ):
            group_t[j], group_f[j] = group_t[j - 1], group_f[j - 1]

    cols: list[tuple[int, tuple[str, ...] | None, str]] = []
    labels: dict[int, str] = {}
    for j in range(width):
        g, b = group_f[j], bot_f[j]
        gt, bt = group_t[j], bot_t[j]
        if not g and not b:
            continue
        label = " / ".join(x for x in (gt, bt) if x)
        labels[j] = label
        if not b:
            cols.append((j, _match_heading(g, gt), label))
            continue
        siblings = {bot_f[k] for k in range(width) if group_f[k] == g and g}
        gm = _match_heading(g, gt) if g else None
        if b in ("nam", "nu") and ("nu" in siblings or b == "nu" or not g):
            # under "Giới tính", or under "Ngày sinh" in old forms that write the date in
            # the column of the person's sex
            cols.append((j, ("_male",) if b == "nam" else ("_female",), label))
            continue
        if gm and gm[0] == "birth" and b in ("ngay", "thang", "nam"):
            cols.append(
                (j, {"ngay": ("_bday",), "thang": ("_bmonth",), "nam": ("_byear",)}[b], label)
            )
            continue
        if b == "ho":
            cols.append((j, ("_family",), label))
            continue
        bm = _match_heading(b, bt)
        if bm:
            if gm and gm[0] == "full_name" and bm[0] == "given":
                cols.append((j, ("given",), label))
            else:
                cols.append((j, bm, label))
            continue
        cols.append((j, gm, label))
    fields, unmapped = _assign(cols)
    _fix_name_fields(fields)
    return fields, unmapped, labels


def _heading_text(raw: str) -> str:
    """A header cell as text.  Legacy abbreviations ("SÑT", "S§T") read as nothing Vietnamese,
    so the encodings are tried when the cell does not read as a heading as it stands."""
    text = _clean_text(raw) or ""
    if text and not raw.isascii():
        f = fold_heading(text)
        if f not in _SUB_VOCAB and _match_heading(f, text) is None:
            for enc in (TCVN3, VNI):
                alt = _clean_text(to_unicode(raw, enc)) or ""
                fa = fold_heading(alt)
                if fa and (fa in _SUB_VOCAB or _match_heading(fa, alt) is not None):
                    return alt
    return text


def _find_header(
    rows: list[list[Any]],
    merges_by_row: dict[int, list[tuple[int, int]]],
    row_number: Callable[[int], int],
) -> _Header | None:
    limit = 0
    texts: list[list[str]] = []
    folded: list[list[str]] = []
    for i, row in enumerate(rows):
        if row_number(i) > HEADER_SEARCH_ROWS + 1:
            break
        limit = i + 1
        t = []
        for v in row:
            if isinstance(v, str) and v:
                t.append(_heading_text(v))
            elif isinstance(v, (int, float)) and not isinstance(v, bool):
                c = _clean_value(v)
                t.append(str(c) if c is not None else "")
            else:
                t.append("")
        texts.append(t)
        folded.append([fold_heading(x) if x else "" for x in t])

    best: _Header | None = None
    for i in range(limit):
        if row_number(i) > HEADER_SEARCH_ROWS:
            break
        if not any(folded[i]):
            continue
        fields, unmapped = _single_row_header(texts[i], folded[i])
        score = _score(fields)
        cand = None
        if score:
            cand = _Header(
                i, i, fields, {j: t for j, t in enumerate(texts[i]) if t}, unmapped, score
            )
        # the top row of a two-row header has headings of its own
        if i + 1 < limit and fields and _is_subheader(folded[i], texts[i + 1], folded[i + 1]):
            f2, u2, labels2 = _two_row_header(
                texts[i], folded[i], texts[i + 1], folded[i + 1], merges_by_row.get(i, [])
            )
            s2 = _score(f2)
            if s2 and (cand is None or s2 >= cand.score):
                cand = _Header(i, i + 1, f2, labels2, u2, s2 + 1)
        if cand and (best is None or cand.score > best.score):
            best = cand
    return best


# --------------------------------------------------------------------------------------------
# File-level checks
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")


def _sniff(path: Path) -> tuple[str | None, str]:
    """(problem code or None, detail) from the first bytes of the file."""
    try:
        size = path.stat().st_size
    except OSError as e:
        return "file.unreadable", f"cannot open: {e.strerror or e}"
    if not path.is_file():
        return "file.unreadable", "not a file"
    if size == 0:
        return "file.unreadable", "empty file"
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
            if head.startswith(_CFB_MAGIC):
                # An encrypted .xlsx is an OLE container holding "EncryptedPackage".
                fh.seek(0)
                tail = b""
                while True:
                    chunk = fh.read(1 << 20)
                    if not chunk:
                        break
                    if _ENCRYPTED_MARK in tail + chunk:
                        return "file.encrypted", "password-protected workbook"
                    tail = chunk[-64:]
    except OSError as e:
        return "file.unreadable", f"cannot read: {e.strerror or e}"
    if head.startswith((b"PK\x03\x04", _CFB_MAGIC)):
        return None, ""
    lower = head[:2048].lstrip().lower()
    if head.startswith(b"%PDF"):
        return "file.unsupported", "pdf"
    if lower.startswith((b"<!doctype html", b"<html", b"<table", b"<meta")) or b"<html" in lower:
        return "file.unsupported", "html"  # web systems' ".xls" exports
    if lower.startswith(b"<?xml"):
        if b"urn:schemas-microsoft-com:office:spreadsheet" in head:
            return "file.unsupported", "xml-spreadsheet-2003"
        return "file.unsupported", "xml"
    if b"\x00" not in head[:1024] or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "file.unsupported", "text"  # CSV or plain text ("Unicode Text" is UTF-16)
    return "file.unsupported", "unknown binary"


_ERROR_CELL_RE = re.compile(rb'(<(?:\w+:)?c\b[^>]*?\st=")e(")')


def _without_error_cells(path: Path) -> Path | None:
    """A copy of an .xlsx whose error cells (``t="e"``: #N/A, #SPILL!, #CALC!…) are stored as
    their text, or None when there are none. python-calamine refuses a whole sheet for the
    newer error values and reads the older ones as empty without a word; as text, each is
    seen by the reader, read as empty and reported at its cell."""
    import tempfile
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            sheets = [
                i for i in zf.infolist()
                if i.filename.lower().startswith("xl/worksheets/") and i.filename.endswith(".xml")
            ]
            if not any(b't="e"' in zf.read(i) for i in sheets):
                return None
            fd, tmp = tempfile.mkstemp(suffix=".xlsx", prefix="cnscd-read-")
            os.close(fd)
            with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as out:
                for info in zf.infolist():
                    data = zf.read(info)
                    if info in sheets:
                        data = _ERROR_CELL_RE.sub(rb"\1str\2", data)
                    out.writestr(info, data)
            return Path(tmp)
    except Exception:  # noqa: BLE001 - a broken container: calamine reports it
        return None


def _open_workbook(path: Path) -> Any:
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(str(path))
    except BaseException as e:  # noqa: BLE001 - calamine's errors, or a Rust panic
        _reraise_control_flow(e)
        # The extension may lie (an .xls that is really .xlsx): let calamine look inside.
        with path.open("rb") as fh:
            return CalamineWorkbook.from_filelike(fh)


def _progress_adapter(
    progress: Callable[..., None] | None,
) -> Callable[[int, int, str], None] | None:
    """Accept progress(done, total, text) (the project's long-work convention) and also the
    writers' progress(done, total)."""
    if progress is None:
        return None
    try:
        inspect.signature(progress).bind(0, 0, "")
        return progress
    except TypeError:
        return lambda done, total, _text: progress(done, total)
    except ValueError:  # no signature (a builtin): assume the convention
        return progress


def _reraise_control_flow(e: BaseException) -> None:
    """python-calamine reports a malformed file with its own exceptions, and a Rust panic as
    pyo3's PanicException, which derives from BaseException: everything but real control flow
    becomes a problem in the result."""
    if isinstance(e, (KeyboardInterrupt, SystemExit, GeneratorExit, ReadCancelled)):
        raise e


def _problem_for_exception(e: BaseException) -> tuple[str, str]:
    name = type(e).__name__
    text = f"{name}: {e}"[:300]
    low = text.lower()
    if "password" in low or "encrypt" in low:
        return "file.encrypted", text
    return "file.unreadable", text


# --------------------------------------------------------------------------------------------
def read_roster(
    path: str | os.PathLike[str],
    *,
    progress: Callable[..., None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ReadResult:
    """Read every sheet of a roster workbook (.xlsx, .xls, .ods).

    progress(done, total, sheet_name) is called with done/total in per-mille of the file;
    cancelled() is polled every few hundred rows and stops the read with ReadCancelled.
    """
    progress = _progress_adapter(progress)
    p = Path(path)
    result = ReadResult(str(path), [], [], [])
    code, detail = _sniff(p)
    if code:
        result.problems.append(ReadProblem(None, None, None, code, detail))
        return result
    sanitized = _without_error_cells(p) if p.suffix.lower() in (".xlsx", ".xlsm") else None
    try:
        return _read_workbook(sanitized or p, result, progress, cancelled)
    finally:
        if sanitized is not None:
            with contextlib.suppress(OSError):
                sanitized.unlink()


def _read_workbook(
    p: Path,
    result: ReadResult,
    progress: Callable[[int, int, str], None] | None,
    cancelled: Callable[[], bool] | None,
) -> ReadResult:
    try:
        wb = _open_workbook(p)
        names = list(wb.sheet_names)
        try:
            meta = {m.name: m for m in wb.sheets_metadata}
        except Exception:  # noqa: BLE001 - metadata is optional
            meta = {}
    except BaseException as e:  # noqa: BLE001 - see _reraise_control_flow
        _reraise_control_flow(e)
        code, detail = _problem_for_exception(e)
        if code == "file.unreadable" and p.suffix.lower() not in SUPPORTED_SUFFIXES:
            code = "file.unsupported"
        result.problems.append(ReadProblem(None, None, None, code, detail))
        return result

    if not names:
        result.problems.append(ReadProblem(None, None, None, "file.unreadable", "no sheets"))
    n = max(len(names), 1)
    try:
        for idx, name in enumerate(names):
            if cancelled is not None and cancelled():
                raise ReadCancelled()
            if progress is not None:
                progress(idx * 1000 // n, 1000, name)
            m = meta.get(name)
            hidden = m is not None and str(m.visible).rsplit(".", 1)[-1] != "Visible"
            typ = str(m.typ).rsplit(".", 1)[-1] if m is not None else "WorkSheet"
            if typ != "WorkSheet":
                result.sheets.append(SheetReport(name, None, {}, 0, [], hidden=hidden))
                result.problems.append(
                    ReadProblem(name, None, None, "sheet.no_header", "not a worksheet")
                )
                continue
            try:
                sheet = wb.get_sheet_by_name(name)
            except BaseException as e:  # noqa: BLE001 - see _reraise_control_flow
                _reraise_control_flow(e)
                result.sheets.append(SheetReport(name, None, {}, 0, [], hidden=hidden))
                result.problems.append(
                    ReadProblem(
                        name, None, None, "sheet.unreadable", f"{type(e).__name__}: {e}"[:300]
                    )
                )
                continue

            def sheet_progress(fraction: float, _i: int = idx, _name: str = name) -> None:
                if progress is not None:
                    progress(int((_i + fraction) * 1000 / n), 1000, _name)

            kept = len(result.members)
            try:
                _read_sheet(sheet, name, hidden, result, sheet_progress, cancelled)
            except BaseException as e:  # noqa: BLE001 - a sheet that breaks is reported
                _reraise_control_flow(e)
                del result.members[kept:]  # never half a sheet
                result.problems.append(
                    ReadProblem(
                        name, None, None, "sheet.unreadable", f"{type(e).__name__}: {e}"[:300]
                    )
                )
            del sheet
    finally:
        with contextlib.suppress(Exception):
            wb.close()
    if progress is not None:
        progress(1000, 1000, "")
    return result


def _read_sheet(
    sheet: Any,
    name: str,
    hidden: bool,
    result: ReadResult,
    progress: Callable[[float], None],
    cancelled: Callable[[], bool] | None,
) -> None:
    start = sheet.start
    report = SheetReport(name, None, {}, 0, [], hidden=hidden)
    result.sheets.append(report)
    if start is None:
        result.problems.append(ReadProblem(name, None, None, "sheet.no_header", "empty sheet"))
        return
    col0 = start[1]
    end = sheet.end or start
    total_rows = max(end[0] + 1, 1)
    try:
        merged = sheet.merged_cell_ranges or []
    except Exception:  # noqa: BLE001 - merge information is optional
        merged = []

    it: Iterator[list[Any]] = iter(sheet.iter_rows())
    # python-calamine yields empty rows from row 1 down to the first used row; should a version
    # start at the first used row instead, its first row is not empty and we shift.
    buffered: list[list[Any]] = []
    offset = 0
    for row in it:
        if not buffered and start[0] > 0 and any(v != "" for v in row):
            offset = start[0]
        buffered.append(row)
        if len(buffered) + offset >= HEADER_SEARCH_ROWS + 2:
            break

    def row_number(i: int) -> int:
        return i + offset + 1

    merges_by_row: dict[int, list[tuple[int, int]]] = {}
    for (r0, c0), (r1, c1) in merged:
        i = r0 - offset
        if c1 > c0:
            merges_by_row.setdefault(i, []).append((c0 - col0, c1 - col0))
            # a vertical+horizontal merge spans both header rows
    header = _find_header(buffered, merges_by_row, row_number)
    if header is None:
        result.problems.append(
            ReadProblem(
                name,
                None,
                None,
                "sheet.no_header",
                "no row in the first 30 looks like a roster header (no name column found)",
            )
        )
        return

    fields = dict(header.fields)
    # "Họ và tên" merged over two columns, without sub-headings: family+middle | given.
    if "full_name" in fields and "given" not in fields:
        fc = fields["full_name"]
        for c0, c1 in merges_by_row.get(header.first_row, []):
            if c0 == fc and c1 == fc + 1 and (fc + 1) not in fields.values():
                fields["family_middle"] = fields.pop("full_name")
                fields["given"] = fc + 1
                break

    report.header_row = row_number(header.last_row)
    leaving = name if is_leaver_text(name) else None
    for i in range(header.first_row):
        if any(v != "" for v in buffered[i]):
            report.skipped_rows.append((row_number(i), "title"))
            for v in buffered[i]:
                if leaving is None and isinstance(v, str) and is_leaver_text(v):
                    leaving = _clean_text(v) or v

    # Data rows: the rest of the buffer, then a look-ahead window for the encoding vote.
    data_start = header.last_row + 1
    pending = buffered[data_start:]
    for row in it:
        pending.append(row)
        if len(pending) >= LOOKAHEAD_ROWS:
            break

    # Column numbers row "(1) (2) (3)" or "A B 1 2"
    skip_first = False
    if pending:
        cells = [str(_clean_value(v)) for v in pending[0] if v != "" and v is not None]
        if len(cells) >= 2 and all(_COLNUM_RE.match(c) for c in cells):
            skip_first = True

    # Split name without sub-headings and without merge info: the column right of the name
    # has no heading and holds one word where the name column holds several.
    if "full_name" in fields and "given" not in fields:
        fc = fields["full_name"]
        nxt = fc + 1
        if nxt not in fields.values() and nxt not in header.unmapped and nxt not in header.labels:
            both = single = 0

            def distinct(j: int) -> int:  # given names vary; "Nam"/"Nữ" or "x" do not
                seen = {r[j] for r in pending if j < len(r) and isinstance(r[j], str)} - {""}
                if {fold_heading(v) for v in seen} <= {"nam", "nu", "x", "co", "khong", "kinh"}:
                    return 0
                return len(seen)

            for row in pending[1 if skip_first else 0 :]:
                a = row[fc] if fc < len(row) else ""
                b = row[nxt] if nxt < len(row) else ""
                if isinstance(a, str) and a.strip() and isinstance(b, str) and b.strip():
                    both += 1
                    if (
                        len(b.split()) == 1
                        and len(a.split()) >= 1
                        and not any(ch.isdigit() for ch in b)
                    ):
                        single += 1
            if both >= 2 and single >= 0.8 * both and distinct(nxt) >= 0.5 * both:
                fields["family_middle"] = fields.pop("full_name")
                fields["given"] = nxt

    # Encoding votes per column, and for the sheet
    sheet_vote = EncodingVote()
    col_votes: dict[int, EncodingVote] = {}
    for row in pending:
        for j, v in enumerate(row):
            if isinstance(v, str) and v and not v.isascii():
                cv = col_votes.get(j)
                if cv is None:
                    cv = col_votes[j] = EncodingVote()
                cv.add(v)
    for cv in col_votes.values():
        sheet_vote.merge(cv)
    sheet_hint = sheet_vote.result()
    hints: dict[int, str | None] = {}
    for j in set(fields.values()):
        cv = col_votes.get(j)
        hints[j] = cv.result() if cv is not None and cv.decisive else sheet_hint

    # Report columns
    letters: dict[str, list[str]] = {}
    for f, j in fields.items():
        canon = {
            "_male": "sex",
            "_female": "sex",
            "_bday": "birth",
            "_bmonth": "birth",
            "_byear": "birth",
            "_family": "family_middle",
            "_middle": "family_middle",
        }.get(f, f)
        if canon == "stt":
            continue
        letters.setdefault(canon, []).append(column_letter(col0 + j))
    report.columns = {f: ",".join(sorted(v, key=lambda x: (len(x), x))) for f, v in letters.items()}
    report.unmapped = {column_letter(col0 + j): t for j, t in header.unmapped.items()}

    header_name_fold = ""
    name_col = fields.get("full_name", fields.get("family_middle", fields.get("_family")))
    if name_col is not None and name_col in header.labels:
        header_name_fold = fold_heading(header.labels[name_col].split(" / ")[-1])

    state = _SheetState(
        name=name,
        fields=fields,
        hints=hints,
        sheet_hint=sheet_hint,
        col0=col0,
        header_name_fold=header_name_fold,
        report=report,
        result=result,
    )
    state.leaving = leaving
    i = data_start
    # Cells merged down over several members ("Nà Sla" once for the whole village): every
    # member gets the value.  Name columns are left alone (one person, one row).
    fill_down: dict[int, list[tuple[int, int]]] = {}  # row index -> [(column, anchor row)]
    anchors: dict[int, list[int]] = {}  # anchor row index -> columns
    value_cols = {j for f, j in fields.items() if f not in _NAME_FIELDS and f != "_middle"}
    for (r0, c0), (r1, c1) in merged:
        a, j = r0 - offset, c0 - col0
        if r1 > r0 and a > header.last_row and j in value_cols:
            anchors.setdefault(a, []).append(j)
            for k in range(a + 1, r1 - offset + 1):
                fill_down.setdefault(k, []).append((j, a))
    anchor_values: dict[tuple[int, int], Any] = {}

    for processed, row in enumerate(itertools.chain(pending, it), start=1):
        if fill_down or anchors:
            for j in anchors.get(i, ()):
                anchor_values[(i, j)] = row[j] if j < len(row) else ""
            for j, a in fill_down.get(i, ()):
                if j >= len(row):
                    row = row + [""] * (j + 1 - len(row))
                if row[j] == "":
                    row[j] = anchor_values.get((a, j), "")
        if processed == 1 and skip_first:
            report.skipped_rows.append((row_number(i), "column_numbers"))
        else:
            state.row(row, row_number(i))
        i += 1
        if processed & 255 == 0:
            if cancelled is not None and cancelled():
                raise ReadCancelled()
            progress(min(row_number(i) / total_rows, 1.0))
    if report.members == 0:
        result.problems.append(
            ReadProblem(
                name,
                report.header_row,
                None,
                "sheet.no_members",
                "a header was found but no row below it holds a member",
            )
        )


class _SheetState:
    """Walks the data rows of one sheet."""

    def __init__(
        self,
        *,
        name: str,
        fields: dict[str, int],
        hints: dict[int, str | None],
        sheet_hint: str | None,
        col0: int,
        header_name_fold: str,
        report: SheetReport,
        result: ReadResult,
    ) -> None:
        self.name = name
        self.fields = fields
        self.hints = hints
        self.sheet_hint = sheet_hint
        self.col0 = col0
        self.header_name_fold = header_name_fold
        self.report = report
        self.result = result
        self.village: str | None = None
        self.commune: str | None = None
        self.leaving: str | None = None  # the sheet/section title saying these people left
        self.levels: dict[str, str] = {}  # numbering style -> "commune"/"village"
        self.guessed_roman: str | None = None
        self.in_signature = False
        self.letters = {j: column_letter(col0 + j) for j in set(fields.values())}
        self.value_fields = [(f, j) for f, j in fields.items() if f != "stt"]
        # per column: field, index, encoding hint, counts as support, cache of cleaned text
        self.plan: list[tuple[str, int, str | None, int, dict[str, object | None], str]] = [
            (f, j, hints.get(j), 1 if f in _SUPPORT_FIELDS else 0, {}, self.letters[j])
            for f, j in self.value_fields
        ]
        self.field_letter = {f: self.letters[j] for f, j in fields.items()}
        self.two_column_sex = "_male" in fields or "_female" in fields
        # One name column and no field spread over several columns: rows need no assembly.
        self.simple = "full_name" in fields and not any(
            f[0] == "_" or f in ("family_middle", "given") for f in fields
        )
        self.name_cols = tuple(
            fields[f]
            for f in ("full_name", "family_middle", "_family", "_middle", "given")
            if f in fields
        )

    def _skip(self, rownum: int, reason: str) -> None:
        self.report.skipped_rows.append((rownum, reason))

    def _all_texts(self, row: list[Any]) -> list[tuple[int, str]]:
        out = []
        for j, v in enumerate(row):
            if v == "" or v is None:
                continue
            c = _clean_value(v, self.sheet_hint)
            if c is not None:
                out.append((j, str(c)))
        return out

    def _section_row(self, sec: tuple[str | None, str, str | None]) -> None:
        """Set the hints from a section row.  Without a keyword, the level is the one learned
        for the same numbering ("I." commune sections, then "1." village sections), else a
        village; a village-level section under a keyword-less Roman one turns that one into
        the commune (as our own export numbers two-level rosters)."""
        kind, hint, numbering = sec
        if kind is not None:
            if numbering:
                self.levels.setdefault(numbering, kind)
        elif numbering in self.levels:
            kind = self.levels[numbering]
        else:
            kind = "village"
            if numbering != "roman" and self.guessed_roman is not None:
                self.commune = self.guessed_roman
                self.levels.setdefault("roman", "commune")
                self.levels.setdefault(numbering or "arabic", "village")
        self.guessed_roman = (
            hint if (sec[0] is None and numbering == "roman" and kind == "village") else None
        )
        if kind == "commune":
            self.commune = hint
            self.village = None
        else:
            self.village = hint

    def row(self, row: list[Any], rownum: int) -> None:
        width = len(row)
        # Values of the mapped columns
        vals: dict[str, object] = {}
        cols: dict[str, str] = {}
        support = 0
        for f, j, hint, supports, cache, letter in self.plan:
            if j < width:
                raw = row[j]
                if type(raw) is str:
                    if not raw:
                        continue
                    v = cache.get(raw, _MISS)
                    if v is _MISS:
                        v = _clean_text_uncached(raw, hint)
                        if len(cache) < 20000:
                            cache[raw] = v
                    if v is None and raw in _ERROR_LITERALS:
                        self._error_cell(rownum, letter, raw)
                else:
                    v = _clean_value(raw, hint)
                if v is not None:
                    vals[f] = v
                    cols[f] = letter
                    support += supports
        if not vals and not any(v != "" and v is not None for v in row):
            return  # blank row

        name = vals.get("full_name") if "full_name" in vals else self._name(vals)
        named = _name_like(name)

        if named and support >= (2 if self.in_signature else 1):
            if self.simple:
                self.result.members.append(
                    RawMember(self.name, rownum, vals, cols, self.village, self.commune,
                              self._left(vals))
                )
                self.report.members += 1
            else:
                self._member(vals, rownum)
            return
        cells = self._all_texts(row)
        if not cells:
            return
        texts = [t for _, t in cells]
        first_fold = fold_heading(texts[0])
        if _is_total(first_fold, texts[0].lower()) or (
            isinstance(name, str) and _is_total(fold_heading(name), name.lower())
        ):
            self._skip(rownum, "total")
            return
        if (
            self.header_name_fold
            and isinstance(name, str)
            and fold_heading(name) == self.header_name_fold
        ):
            self._skip(rownum, "repeated_header")
            self.in_signature = False  # a second table starts
            return
        if self.in_signature:
            self._skip(rownum, "signature")
            return
        if len(cells) <= 2:
            text = " ".join(t for _, t in cells)
            if is_leaver_text(text):  # "II. THÀNH VIÊN ĐÃ THÔI THAM GIA"
                self.leaving = text
                self._skip(rownum, "leavers")
                return
            if self.leaving and fold_heading(text).startswith("danh sach"):
                self.leaving = None  # a new list of current members starts
        if any(_is_signature(fold_heading(t), strict=named) for t in texts):
            self.in_signature = True
            self._skip(rownum, "signature")
            return
        sec = _section(cells, self.name_cols)
        if sec is not None:
            self._section_row(sec)
            self._skip(rownum, "section")
            return
        if named:
            self._member(vals, rownum)
            return
        if support:
            self._skip(rownum, "no_name")
            self.result.problems.append(
                ReadProblem(
                    self.name,
                    rownum,
                    self.letters.get(self.name_cols[0]) if self.name_cols else None,
                    "row.no_name",
                    str(name) if isinstance(name, str) else "",  # what the name cell holds
                )
            )
            return
        self._skip(rownum, "other")

    def _left(self, vals: dict[str, object]) -> str | None:
        """Why this member row is a leaver, or None: the section/sheet, a day in a "Ngày
        thôi" column, or a note or status cell saying so."""
        for key in ("status", "note"):
            v = vals.get(key)
            if isinstance(v, str) and is_leaver_text(v):
                return v
        if vals.get("left_on") is not None:
            return self.leaving or "Ngày thôi"
        return self.leaving

    def _error_cell(self, rownum: int, letter: str, raw: str) -> None:
        self.result.problems.append(
            ReadProblem(self.name, rownum, letter, "cell.error_value", raw)
        )

    def _name(self, vals: dict[str, object]) -> object:
        if "full_name" in vals:
            return vals["full_name"]
        parts = [
            str(vals[f])
            for f in ("family_middle", "_family", "_middle", "given")
            if vals.get(f) is not None
        ]
        return " ".join(parts) if parts else None

    def _member(self, vals: dict[str, object], rownum: int) -> None:
        letters = self.letters
        fields = self.fields
        field_letter = self.field_letter
        values: dict[str, object] = {}
        columns: dict[str, str] = {}
        pseudo = False
        for f, v in vals.items():
            if f[0] != "_":
                values[f] = v
                columns[f] = field_letter[f]
            else:
                pseudo = True
        if not pseudo and not self.two_column_sex and "full_name" in values:
            self.result.members.append(
                RawMember(self.name, rownum, values, columns, self.village, self.commune,
                          self._left(values))
            )
            self.report.members += 1
            return
        # Family name and middle name in separate columns
        if "_family" in vals or "_middle" in vals:
            fam = " ".join(str(vals[f]) for f in ("_family", "_middle") if f in vals)
            values["family_middle"] = fam
            fam_col = fields["_family"] if "_family" in fields else fields["_middle"]
            columns["family_middle"] = letters[fam_col]
        if "full_name" not in values and ("family_middle" in values or "given" in values):
            values["full_name"] = " ".join(
                str(values[f]) for f in ("family_middle", "given") if f in values
            )
            columns["full_name"] = columns.get("family_middle", columns.get("given", ""))
        # Sex in two columns "Nam" | "Nữ" (marked "x", or holding the birth date)
        male = vals.get("_male")
        female = vals.get("_female")
        if self.two_column_sex:
            marked = None
            if male is not None and female is None:
                marked = ("Nam", "_male", male)
            elif female is not None and male is None:
                marked = ("Nữ", "_female", female)
            elif male is not None and female is not None:
                self.result.problems.append(
                    ReadProblem(
                        self.name,
                        rownum,
                        f"{letters[fields['_male']]},{letters[fields['_female']]}",
                        "row.sex_ambiguous",
                        "both the Nam and the Nữ column are filled",
                    )
                )
            elif "_male" not in fields:  # only a "Nữ" column: unmarked means male
                values.setdefault("sex", "Nam")
                columns.setdefault("sex", letters[fields["_female"]])
            elif "_female" not in fields:
                values.setdefault("sex", "Nữ")
                columns.setdefault("sex", letters[fields["_male"]])
            if marked is not None:
                label, f, mark = marked
                values.setdefault("sex", label)
                columns.setdefault("sex", letters[fields[f]])
                if "birth" not in values and _looks_like_date(mark):
                    values["birth"] = mark
                    columns["birth"] = letters[fields[f]]
        # Birth date in three columns "Ngày" | "Tháng" | "Năm"
        if "birth" not in values and "_byear" in vals:
            y = vals["_byear"]
            d, m = vals.get("_bday"), vals.get("_bmonth")
            values["birth"] = f"{d}/{m}/{y}" if d is not None and m is not None else y
            columns["birth"] = letters[fields["_byear"]]
        self.result.members.append(
            RawMember(
                self.name,
                rownum,
                values,
                columns,
                self.village,
                self.commune,
                self._left(values),
            )
        )
        self.report.members += 1


def _looks_like_date(v: object) -> bool:
    if isinstance(v, (_dt.date, int, float)) and not isinstance(v, bool):
        return True
    return isinstance(v, str) and any(ch.isdigit() for ch in v)
