"""Legacy Vietnamese 8-bit text (TCVN3/ABC and VNI-Windows) found as mojibake in old workbooks.

Before Unicode (TCVN 6909:2001) offices typed with the ABC driver and ".VnTime" fonts
(TCVN 5712:1993, "TCVN3") or with VNI and "VNI-Times" fonts.  The bytes were stored as if they
were Windows-1252 text, so a modern reader sees "NguyÔn V¨n An" (TCVN3) or "Nguyeãn Vaên An"
(VNI) where the clerk saw "Nguyễn Văn An".

* TCVN3 puts each precomposed letter in one byte of the upper half (0x80-0xFF); its VN1 form
  also uses a few C0 control positions for capitals.  The table below is TCVN 5712:1993 VN1,
  written out by byte; the lower-case letters and Ă Â Ê Ô Ơ Ư Đ (the VN3 subset that the
  ".VnTime" fonts hold) are what old files contain in practice.  Capitals typed with the
  ".VnTimeH" fonts are stored with the lower-case codes, so a cell whose Latin letters are all
  capitals is upper-cased after conversion.
* VNI-Windows writes a base letter followed by one byte that carries the marks ("e" + "ã" =
  "ễ"); i with a tone, ỵ, đ, ơ and ư are single bytes.

Detection never trusts one character: every word that holds a non-ASCII character is read three
ways (as it is, as TCVN3, as VNI) and checked against the shape of a Vietnamese syllable
(initial consonant, vowel cluster, final consonant, one tone at most, sắc/nặng before
c/ch/p/t).  A legacy reading wins only when it yields more valid syllables than the text as it
stands, so real Unicode Vietnamese ("Nguyễn Văn Ân", "Lê Hà", "Hoà"), English and minority
names ("Ksor H'Hen") are left alone.  Text holding any letter that exists only in Unicode
Vietnamese (ă, đ, ơ, ư, ĩ, ũ, U+1EA0-U+1EF9) or a combining mark is Unicode by definition.

Some short cells read equally well both ways ("Hoà" is Unicode "Hoà" or VNI "Hồ").  Those are
settled by a vote over the column or the sheet (:class:`EncodingVote`): when a column holds
legacy text and no Unicode-only letter at all, its undecided cells follow the column.

fix_text also undoes the other mojibake old workbooks carry: UTF-8 read as Windows-1252
("Nguyá»…n" for "Nguyễn", from a UTF-8 CSV opened in Excel), when the repaired text holds
Unicode-only Vietnamese letters.

Pure Python, no imports outside the standard library.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Literal

__all__ = [
    "TCVN3",
    "VNI",
    "Encoding",
    "EncodingVote",
    "detect_legacy",
    "fix_column",
    "fix_text",
    "from_unicode",
    "is_vietnamese_syllable",
    "to_unicode",
    "vote",
]

TCVN3: Literal["tcvn3"] = "tcvn3"
VNI: Literal["vni"] = "vni"
Encoding = Literal["tcvn3", "vni"]
_ENCODINGS = (TCVN3, VNI)

# --------------------------------------------------------------------------------------------
# TCVN 5712:1993 (VN1) -> Unicode, byte by byte.  Sixteen characters per line, 0x80 to 0xFF.
# 0xB0-0xB4 are the five combining tone marks; 0xA0 is a no-break space.
_TCVN3_UPPER_HALF = (
    "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ"  # 0x80
    "ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ"  # 0x90
    "\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ"  # 0xA0
    "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ"  # 0xB0
    "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ"  # 0xC0
    "éẹềểễếệìỉỄẾỒĩíịò"  # 0xD0
    "Ổỏõóọồổỗốộờởỡớợù"  # 0xE0
    "ỖủũúụừửữứựỳỷỹýỵỐ"  # 0xF0
)
assert len(_TCVN3_UPPER_HALF) == 128
# Capitals that VN1 places on C0 control positions.
_TCVN3_C0 = {
    0x01: "Ú",
    0x02: "Ụ",
    0x04: "Ừ",
    0x05: "Ử",
    0x06: "Ữ",
    0x11: "Ứ",
    0x12: "Ự",
    0x13: "Ỳ",
    0x14: "Ỷ",
    0x15: "Ỹ",
    0x16: "Ý",
    0x17: "Ỵ",
}


def _byte_views(b: int) -> list[str]:
    """How byte b can show up in a Unicode string: as Windows-1252 and as Latin-1."""
    views = [chr(b)]
    try:
        cp = bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        cp = chr(b)
    if cp not in views:
        views.insert(0, cp)
    return views


def _build_tcvn3() -> tuple[dict[int, str], dict[str, str]]:
    decode: dict[int, str] = {}
    encode: dict[str, str] = {}
    for offset, uni in enumerate(_TCVN3_UPPER_HALF):
        b = 0x80 + offset
        if b == 0xA0:
            continue  # a no-break space is a no-break space in every encoding
        views = _byte_views(b)
        for v in views:
            decode[ord(v)] = uni
        encode.setdefault(uni, views[0])
    for b, uni in _TCVN3_C0.items():
        decode[b] = uni
        encode.setdefault(uni, chr(b))
    return decode, encode


_TCVN3_DECODE, _TCVN3_ENCODE = _build_tcvn3()
_TCVN3_CHARS = frozenset(chr(c) for c in _TCVN3_DECODE)

# --------------------------------------------------------------------------------------------
# VNI-Windows.  Mark bytes (lower-case form; the capital form is the same letter upper-cased):
_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_CIRC, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"
_VNI_TONE = {"ù": _ACUTE, "ø": _GRAVE, "û": _HOOK, "õ": _TILDE, "ï": _DOT}
_VNI_CIRC = {"â": "", "á": _ACUTE, "à": _GRAVE, "å": _HOOK, "ã": _TILDE, "ä": _DOT}
_VNI_BREVE = {"ê": "", "é": _ACUTE, "è": _GRAVE, "ú": _HOOK, "ü": _TILDE, "ë": _DOT}
# Single bytes that stand for a whole letter.
_VNI_SINGLE = {
    "í": "í",
    "ì": "ì",
    "æ": "ỉ",
    "ó": "ĩ",
    "ò": "ị",
    "î": "ỵ",
    "ñ": "đ",
    "ô": "ơ",
    "ö": "ư",
}


def _build_vni() -> tuple[dict[str, str], dict[str, str]]:
    decode: dict[str, str] = {}
    encode: dict[str, str] = {}

    def add(seq_lower: str, uni_lower: str) -> None:
        uni_lower = unicodedata.normalize("NFC", uni_lower)
        uni_upper = uni_lower.upper()
        base, mark = seq_lower[:-1], seq_lower[-1]
        if base:
            # The canonical form matches the case of the base letter; other mixes are accepted.
            for b_l, m_l in ((base, mark), (base.upper(), mark.upper())):
                encode.setdefault(uni_lower if b_l.islower() else uni_upper, b_l + m_l)
            for b in (base, base.upper()):
                for m in (mark, mark.upper()):
                    decode[b + m] = uni_lower if b == base else uni_upper
        else:
            decode[mark] = uni_lower
            decode[mark.upper()] = uni_upper
            encode.setdefault(uni_lower, mark)
            encode.setdefault(uni_upper, mark.upper())

    for single, uni in _VNI_SINGLE.items():
        add(single, uni)
    # Toned vowels.  "y" + dot below is the single byte "î" in VNI; "yï" is accepted too.
    for base, uni_base in (
        ("a", "a"),
        ("e", "e"),
        ("o", "o"),
        ("u", "u"),
        ("y", "y"),
        ("ô", "o" + _HORN),
        ("ö", "u" + _HORN),
    ):
        for mark, comb in _VNI_TONE.items():
            if base == "y" and comb == _DOT:
                decode["yï"], decode["Yï"], decode["YÏ"], decode["yÏ"] = "ỵ", "Ỵ", "Ỵ", "ỵ"
                continue
            add(base + mark, uni_base + comb)
    for base in ("a", "e", "o"):
        for mark, comb in _VNI_CIRC.items():
            add(base + mark, base + _CIRC + comb)
    for mark, comb in _VNI_BREVE.items():
        add("a" + mark, "a" + _BREVE + comb)
    return decode, encode


_VNI_DECODE, _VNI_ENCODE = _build_vni()
_VNI_CHARS = frozenset(ch for seq in _VNI_DECODE for ch in seq if not ch.isascii())
_VNI_RE = re.compile("|".join(re.escape(k) for k in sorted(_VNI_DECODE, key=len, reverse=True)))

# --------------------------------------------------------------------------------------------
# Unicode-only Vietnamese: letters outside Latin-1 that neither legacy mojibake can produce.
_UNICODE_ONLY_RE = re.compile(
    "[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0"
    "\u1ea0-\u1ef9\u0300-\u036f]"
)
_LEGACY_CHARS = _TCVN3_CHARS | _VNI_CHARS
_WORD_RE = re.compile("(?:[^\\W_]|[" + "".join(re.escape(c) for c in sorted(_LEGACY_CHARS)) + "])+")

# --------------------------------------------------------------------------------------------
# The shape of a Vietnamese syllable (on the lower-case, tone-free form).
_TONES = {_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT}
_LETTERS = frozenset("abcdeghiklmnopqrstuvxyăâđêôơư")
_INITIALS = (
    "ngh",
    "ng",
    "gh",
    "gi",
    "kh",
    "nh",
    "ph",
    "th",
    "tr",
    "ch",
    "qu",
    "b",
    "c",
    "d",
    "đ",
    "g",
    "h",
    "k",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "t",
    "v",
    "x",
    "",
)
_FINALS = ("ch", "ng", "nh", "c", "m", "n", "p", "t", "")
_STOP_FINALS = {"c", "ch", "p", "t"}
# Vowel clusters (with their medial o/u) that end a syllable, and those a consonant may follow.
_OPEN = frozenset(
    [
        "a",
        "e",
        "ê",
        "i",
        "o",
        "ô",
        "ơ",
        "u",
        "ư",
        "y",
        "ai",
        "ao",
        "au",
        "ay",
        "âu",
        "ây",
        "eo",
        "êu",
        "ia",
        "iu",
        "oi",
        "ôi",
        "ơi",
        "ui",
        "ưi",
        "ưu",
        "ưa",
        "ua",
        "uơ",
        "oa",
        "oe",
        "uê",
        "uy",
        "iêu",
        "yêu",
        "oai",
        "oay",
        "oao",
        "oeo",
        "uây",
        "uôi",
        "ươi",
        "ươu",
        "uya",
        "uyu",
    ]
)
_CLOSED = frozenset(
    [
        "a",
        "ă",
        "â",
        "e",
        "ê",
        "i",
        "o",
        "ô",
        "ơ",
        "u",
        "ư",
        "y",
        "iê",
        "yê",
        "uô",
        "ươ",
        "oa",
        "oă",
        "oe",
        "uâ",
        "uê",
        "uy",
        "uyê",
        "oo",
    ]
)
_FRONT = ("e", "ê", "i", "y")


@lru_cache(maxsize=1 << 15)
def is_vietnamese_syllable(word: str) -> bool:
    """True when word (NFC, any case) has the shape of one Vietnamese syllable."""
    if not word or not (word.islower() or word.isupper() or word.istitle()):
        return False
    decomposed = unicodedata.normalize("NFD", word.lower())
    tone = ""
    kept = []
    for ch in decomposed:
        if ch in _TONES:
            if tone:
                return False
            tone = ch
        else:
            kept.append(ch)
    base = unicodedata.normalize("NFC", "".join(kept))
    if not base or any(ch not in _LETTERS for ch in base):
        return False
    for initial in _INITIALS:
        if not base.startswith(initial):
            continue
        rest = base[len(initial) :]
        if not rest:
            continue
        if initial in ("k", "gh", "ngh") and not rest.startswith(_FRONT):
            continue
        if initial in ("c", "ng") and rest.startswith(_FRONT):
            continue
        if initial == "g" and rest.startswith(("e", "ê")):
            continue
        if initial == "qu" and rest.startswith("u"):
            continue
        for final in _FINALS:
            if final and not rest.endswith(final):
                continue
            nucleus = rest[: len(rest) - len(final)]
            if not nucleus:
                continue
            if final:
                if nucleus not in _CLOSED:
                    continue
                if final in _STOP_FINALS and tone not in (_ACUTE, _DOT):
                    continue
            elif nucleus not in _OPEN:
                continue
            return True
    return False


# --------------------------------------------------------------------------------------------
def _typed_in_capitals(text: str) -> bool:
    """ ".VnTimeH" capitals are stored with the lower-case codes.  A cell was typed in capitals
    when its Latin letters are all capitals and some of them are not a word's first letter
    ("NGUYÔN V¡N AN", but not "Vò Tó")."""
    inner_capital = False
    prev_letter = False
    for ch in text:
        if ch.isascii() and ch.isalpha():
            if ch.islower():
                return False
            if prev_letter:
                inner_capital = True
        prev_letter = not (ch.isspace() or ch in "-.,;:/()'\"")
    return inner_capital


def _tcvn3_decode(text: str) -> str:
    out = unicodedata.normalize("NFC", text.translate(_TCVN3_DECODE))
    if _typed_in_capitals(text):
        out = out.upper()
    return out


def _vni_decode(text: str) -> str:
    return unicodedata.normalize("NFC", _VNI_RE.sub(lambda m: _VNI_DECODE[m.group(0)], text))


def to_unicode(text: str, encoding: str) -> str:
    """Convert legacy text to Unicode NFC.  encoding is "tcvn3" or "vni"."""
    if encoding == TCVN3:
        return _tcvn3_decode(text)
    if encoding == VNI:
        return _vni_decode(text)
    raise ValueError(f"unknown legacy encoding: {encoding!r}")


def from_unicode(text: str, encoding: str) -> str:
    """Unicode -> the mojibake a legacy-font workbook holds (for tests and round trips).

    TCVN3 capitals with a tone use their VN1 positions.  Characters without a legacy form
    are kept as they are.
    """
    text = unicodedata.normalize("NFC", text)
    if encoding == TCVN3:
        table = _TCVN3_ENCODE
    elif encoding == VNI:
        table = _VNI_ENCODE
    else:
        raise ValueError(f"unknown legacy encoding: {encoding!r}")
    return "".join(table.get(ch, ch) for ch in text)


# --------------------------------------------------------------------------------------------
def _is_unicode_vietnamese(text: str) -> bool:
    return _UNICODE_ONLY_RE.search(text) is not None


def _scores(text: str) -> tuple[int, int, int, int]:
    """(evidence words, valid as is, valid as TCVN3, valid as VNI)."""
    n = v_orig = v_tcvn = v_vni = 0
    upper_cell = None
    for m in _WORD_RE.finditer(text):
        word = m.group(0)
        if (word.isascii() and word.isprintable()) or word.isdigit():
            continue
        n += 1
        if is_vietnamese_syllable(word):
            v_orig += 1
        if any(ch in _TCVN3_CHARS for ch in word):
            if upper_cell is None:
                upper_cell = _typed_in_capitals(text)
            t = unicodedata.normalize("NFC", word.translate(_TCVN3_DECODE))
            if upper_cell:
                t = t.upper()
            if is_vietnamese_syllable(t):
                v_tcvn += 1
        elif is_vietnamese_syllable(word):
            v_tcvn += 1
        if any(ch in _VNI_CHARS for ch in word):
            if is_vietnamese_syllable(_vni_decode(word)):
                v_vni += 1
        elif is_vietnamese_syllable(word):
            v_vni += 1
    return n, v_orig, v_tcvn, v_vni


def _classify(text: str) -> str | None:
    if text and len(text) <= 200:
        return _classify_cached(text)
    return _classify_uncached(text)


def _classify_uncached(text: str) -> str | None:
    """ "unicode", "tcvn3", "vni", "tie" (legacy chars but undecided) or None (no evidence)."""
    if not text or (text.isascii() and text.isprintable()):
        return None
    if _is_unicode_vietnamese(text):
        return "unicode"
    n, v_orig, v_tcvn, v_vni = _scores(text)
    if n == 0:
        return None
    best = max(v_tcvn, v_vni)
    if best > v_orig and v_tcvn != v_vni:
        return TCVN3 if v_tcvn > v_vni else VNI
    return "tie"


_classify_cached = lru_cache(maxsize=1 << 16)(_classify_uncached)


def detect_legacy(text: str) -> Encoding | None:
    """ "tcvn3" or "vni" when text reads as Vietnamese only in that legacy encoding, else None."""
    kind = _classify(text)
    return kind if kind in _ENCODINGS else None


_ETH_RE = re.compile("[\u00d0\u00f0]")


def _fix_eth(text: str) -> str:
    """Ð/ð (Icelandic eth) typed for Đ/đ, a common slip with old fonts: fix it inside words
    that then read as Vietnamese."""

    def repl(m: re.Match[str]) -> str:
        word = m.group(0)
        fixed = word.replace("\u00d0", "Đ").replace("\u00f0", "đ")
        return fixed if is_vietnamese_syllable(fixed) else word

    return _WORD_RE.sub(repl, text)


def fix_text(text: str, hint: str | None = None) -> str:
    """Legacy text -> Unicode NFC, deciding for this one cell.

    hint ("tcvn3"/"vni", usually from :class:`EncodingVote`) settles cells that read equally
    well as they stand and in that encoding; it never converts a cell that holds Unicode-only
    letters, nor one that the conversion makes less Vietnamese.
    """
    if not text or (text.isascii() and text.isprintable()):
        return text
    if len(text) > 200:
        return _fix_text(text, hint)
    return _fix_text_cached(text, hint)


# UTF-8 read as Windows-1252 ("Nguyá»…n" for "Nguyễn"), as when a UTF-8 CSV is opened in Excel.
_CP1252_BYTE = {
    ord(bytes([b]).decode("cp1252", errors="ignore") or chr(b)): b for b in range(0x80, 0xA0)
}
_CP1252_BYTE.update({b: b for b in range(0xA0, 0x100)})
_UTF8_LEAD_RE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178"
    "\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)


def _undo_utf8_as_cp1252(text: str) -> str | None:
    if not _UTF8_LEAD_RE.search(text):
        return None
    try:
        raw = bytes(_CP1252_BYTE[ord(ch)] if ord(ch) >= 0x80 else ord(ch) for ch in text)
        fixed = raw.decode("utf-8")
    except (KeyError, UnicodeDecodeError, ValueError):
        return None
    return fixed if fixed != text else None


def _fix_text(text: str, hint: str | None) -> str:
    utf8 = _undo_utf8_as_cp1252(text)
    if utf8 is not None and _is_unicode_vietnamese(utf8):
        return unicodedata.normalize("NFC", utf8)
    if _is_unicode_vietnamese(text):
        out = unicodedata.normalize("NFC", text)
        return _fix_eth(out) if ("\u00d0" in out or "\u00f0" in out) else out
    n, v_orig, v_tcvn, v_vni = _scores(text)
    enc: str | None = None
    if n:
        best = max(v_tcvn, v_vni)
        if best > v_orig and v_tcvn != v_vni:
            enc = TCVN3 if v_tcvn > v_vni else VNI
        elif hint in _ENCODINGS:
            v_hint = v_tcvn if hint == TCVN3 else v_vni
            chars = _TCVN3_CHARS if hint == TCVN3 else _VNI_CHARS
            if v_hint >= v_orig and v_hint > 0 and any(ch in chars for ch in text):
                enc = hint
    if enc is not None:
        return to_unicode(text, enc)
    out = unicodedata.normalize("NFC", text)
    if "\u00d0" in out or "\u00f0" in out:
        out = _fix_eth(out)
    return out


_fix_text_cached = lru_cache(maxsize=1 << 16)(_fix_text)


class EncodingVote:
    """Collects cells of one column (or sheet) and says which legacy encoding they share.

    result() is an encoding only when some cells are clearly in it, more than in the other
    one, and no cell holds Unicode-only Vietnamese: in a mixed column every cell decides for
    itself.
    """

    __slots__ = ("tcvn3", "ties", "unicode", "vni")

    def __init__(self) -> None:
        self.tcvn3 = 0
        self.vni = 0
        self.unicode = 0
        self.ties = 0

    def add(self, text: object) -> None:
        if not isinstance(text, str):
            return
        kind = _classify(text)
        if kind == TCVN3:
            self.tcvn3 += 1
        elif kind == VNI:
            self.vni += 1
        elif kind == "unicode":
            self.unicode += 1
        elif kind == "tie":
            self.ties += 1

    def merge(self, other: EncodingVote) -> None:
        self.tcvn3 += other.tcvn3
        self.vni += other.vni
        self.unicode += other.unicode
        self.ties += other.ties

    @property
    def decisive(self) -> int:
        return self.tcvn3 + self.vni + self.unicode

    def result(self) -> Encoding | None:
        if self.unicode:
            return None
        if self.tcvn3 > self.vni:
            return TCVN3
        if self.vni > self.tcvn3:
            return VNI
        return None


def vote(texts: Iterable[object]) -> Encoding | None:
    """The legacy encoding shared by these cells (see :class:`EncodingVote`)."""
    v = EncodingVote()
    for t in texts:
        v.add(t)
    return v.result()


def fix_column(values: Iterable[object]) -> list[object]:
    """Fix a whole column consistently: non-strings pass through unchanged."""
    values = list(values)
    hint = vote(values)
    return [fix_text(v, hint) if isinstance(v, str) else v for v in values]
