"""Vietnamese text rules: Unicode cleaning, name capitalisation, search folding.

Everything here is pure Python (no Qt, no ICU) so that it behaves the same on a
commune office's Windows PC and on the server. See docs/domain.md §4.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "VIETNAMESE_LETTERS",
    "clean_text",
    "fold",
    "nfc",
    "normalize_name",
    "normalize_tone_placement",
    "split_name",
]

# Invisible characters that sneak in from Word, Excel, web pages and old IMEs.
# Controls that are whitespace (\t \n \x0b \x0c \r \x1c-\x1f \x85) are *not* listed:
# str.split() treats them as separators, so "Nguyễn\x0bVăn" becomes "Nguyễn Văn"
# instead of gluing the two words together.
_INVISIBLE_RE = re.compile(
    "["
    "\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f"  # C0/C1 controls that are not whitespace
    "\u00ad"  # soft hyphen
    "\u061c\u180e"  # Arabic letter mark, Mongolian vowel separator
    "\u200b-\u200f"  # zero-width space/joiners, LRM, RLM
    "\u202a-\u202e"  # bidi embeddings
    "\u2060-\u206f"  # word joiner, invisible operators, bidi isolates
    "\ufeff"  # BOM / zero-width no-break space
    "\ufff9-\ufffb"  # interlinear annotation
    "\U000e0000-\U000e007f"  # tag characters
    "]+"
)


def _vietnamese_letters() -> frozenset[str]:
    """Every letter of Vietnamese writing, both cases, precomposed (NFC): the 26 Latin
    letters, đ, the vowels with their shapes (ă â ê ô ơ ư) and each of the five tone marks."""
    tones = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
    vowels = "aăâeêioôơuưy"
    letters = set("abcdefghijklmnopqrstuvwxyzđ")
    letters.update(unicodedata.normalize("NFC", v + t) for v in vowels for t in tones)
    return frozenset(letters | {ch.upper() for ch in letters})


#: The letters of Vietnamese writing (NFC, both cases): text made only of these, spaces
#: and printable ASCII needs none of the slower per-character Unicode checks.
VIETNAMESE_LETTERS = _vietnamese_letters()
_PLAIN_NAME_CHARS = VIETNAMESE_LETTERS | {" "}


def nfc(s: str) -> str:
    """NFC-normalise: Unikey "tổ hợp", macOS and old keyboards produce NFD."""
    return unicodedata.normalize("NFC", s)


def clean_text(s: str | None) -> str:
    """Canonical stored form of any user or imported text.

    Invisible characters are dropped, every kind of whitespace (NBSP, tabs, line
    breaks, ideographic space...) becomes one ASCII space, ends are stripped, and
    the result is NFC so equal-looking strings are equal.
    """
    if not s:
        return ""
    if s.isprintable():
        # Common case: nothing invisible, no exotic whitespace (both are
        # "non-printable" for Python), so only the Unicode form may need fixing.
        return " ".join(unicodedata.normalize("NFC", s).split())
    s = _INVISIBLE_RE.sub("", s)
    # NFC after removing the invisibles: a ZWSP between a letter and its tone mark
    # would otherwise block composition.
    return " ".join(unicodedata.normalize("NFC", s).split())


# Characters after which the next letter starts a new capitalised part:
# "h'hen" -> "H'Hen", "y-moan" -> "Y-Moan", "(nguyễn)" -> "(Nguyễn)".
_NAME_BOUNDARY = frozenset(" -\u2010\u2011'\u2018\u2019\u02bc`\"(/.,")


def normalize_name(s: str | None) -> str:
    """Proper-case a personal name syllable by syllable.

    "nguyễn  văn an" -> "Nguyễn Văn An", "ĐẶNG THỊ HOÀ" -> "Đặng Thị Hoà",
    "h'hen niê" -> "H'Hen Niê". Tone placement is kept exactly as typed (the
    person's own spelling), only letter case changes.
    """
    s = clean_text(s)
    if not s:
        return ""
    if _PLAIN_NAME_CHARS.issuperset(s):
        # Letters and single spaces only (the usual name): each syllable is capitalised
        # as a whole, the same result as the general path, several times faster.
        return " ".join(word.capitalize() for word in s.split(" "))
    once = _capitalise(s)
    # A few exotic letters title-case into two characters (e.g. "ŉ" -> "ʼN"); a
    # second pass settles them so that normalize_name stays idempotent.
    return once if once.isascii() else _capitalise(once)


def _capitalise(s: str) -> str:
    """Upper-case the first letter of each part, lower-case the rest."""
    out: list[str] = []
    at_start = True
    for ch in s.lower():
        if ch in _NAME_BOUNDARY:
            at_start = True
        elif at_start and ch.isalpha():
            ch = ch.title()
            at_start = False
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


# fold(): drop the combining diacritics U+0300-U+036F and map đ/Đ (which have no
# decomposition) to d. Invisible characters go too, so a pasted ZWSP does not
# break a search.
_FOLD_TABLE: dict[int, str | None] = {cp: None for cp in range(0x300, 0x370)}
_FOLD_TABLE[ord("đ")] = "d"
_FOLD_TABLE[ord("Đ")] = "d"


def _fold_slow(s: str) -> str:
    s = _INVISIBLE_RE.sub("", s)
    # casefold first: it can emit combining marks (e.g. "İ" -> "i̇"), which the
    # decomposition + table then removes.
    s = unicodedata.normalize("NFD", s.casefold()).translate(_FOLD_TABLE)
    if not s.isascii():
        # Removing marks can leave non-canonical mark order or new case pairs in
        # exotic scripts; one more pass reaches the fixed point (idempotence).
        s = unicodedata.normalize("NFD", s.casefold()).translate(_FOLD_TABLE)
    return " ".join(s.split())


def _build_fold_fast() -> list[str]:
    """Precomposed letter -> its folded ASCII letter ("Ặ" -> "a"), one per code point.

    Lets fold() skip NFD and mark deletion for ordinary NFC Vietnamese text.
    Characters without a one-letter ASCII fold stay non-ASCII (or become the
    non-ASCII marker for ASCII controls), which sends the string to the slow path.
    """
    table = [chr(c) for c in range(0x1F00)]
    for c in range(0x80):
        ch = chr(c)
        table[c] = ch.lower() if ch.isprintable() or ch.isspace() else "\x80"
    # Only Latin-1, Latin Extended-A/B and Latin Extended Additional hold letters whose fold
    # is one ASCII letter or digit (tests/vn checks every code point below U+1F00); the
    # rest keep themselves, and folding 7,800 characters at every start costs ~6 ms.
    for c in (*range(0x80, 0x250), *range(0x1E00, 0x1F00)):
        ch = chr(c)
        f = _fold_slow(ch)
        if len(f) == 1 and f.isascii() and f.isalnum():
            table[c] = f
    return table


_FOLD_FAST = _build_fold_fast()


def fold(s: str | None) -> str:
    """Accent- and case-insensitive search key: "Nguyễn" -> "nguyen", "Đặng" -> "dang".

    Also merges the old and new tone placements ("Hoà"/"Hòa" -> "hoa"), which is why
    search uses this key and never the stored name.
    """
    if not s:
        return ""
    f = s.translate(_FOLD_FAST)
    if f.isascii():
        return " ".join(f.split())
    return _fold_slow(s)


def split_name(full_name: str) -> tuple[str, str, str]:
    """Split a normalised full name into (family, middle, given).

    Vietnamese order is Họ + tên đệm + Tên: the first word is the family name, the
    last word the given name, everything between is the middle name. A single word
    is treated as a given name (common for minority members listed by one name).
    """
    s = full_name.strip()
    i = s.find(" ")
    if i < 0:
        return ("", "", s)
    j = s.rfind(" ")
    return (s[:i], s[i + 1 : j].strip(), s[j + 1 :])


# --- tone placement ---------------------------------------------------------
# Two spellings are in use for open syllables ending in oa, oe, uy:
# old "hòa, khỏe, thủy" and new "hoà, khoẻ, thuỷ". The canonical form chosen
# here is the new one (tone on the second vowel), as in the 2018 school books.
# Closed syllables (hoàng, toán, khuyết) and triphthongs (ngoài, khuỷu) are
# written the same way by both conventions and are left alone.
_TONES = frozenset("\u0300\u0309\u0303\u0301\u0323")


def normalize_tone_placement(s: str | None) -> str:
    """Canonical tone placement ("hòa" -> "hoà", "Thủy" -> "Thuỷ") for comparisons.

    Use it to detect duplicates or compare spellings; never rewrite a stored name
    with it, the person's own spelling is what goes on the decision.
    """
    if not s:
        return ""
    d = unicodedata.normalize("NFD", s)
    out: list[str] = []
    word: list[str] = []
    for ch in d:
        # Combining marks are not str.isalpha(), but they belong to the word.
        if ch.isalpha() or (word and unicodedata.combining(ch)):
            word.append(ch)
            continue
        if word:
            out.append(_move_tone(word))
            word = []
        out.append(ch)
    if word:
        out.append(_move_tone(word))
    return unicodedata.normalize("NFC", "".join(out))


def _move_tone(word: list[str]) -> str:
    """Move the tone of a final open "oa/oe/uy" from the first vowel to the second."""
    letters: list[list[str]] = []  # [base letter, marks...]
    for ch in word:
        if letters and unicodedata.combining(ch):
            letters[-1].append(ch)
        else:
            letters.append([ch])
    if len(letters) < 2:
        return "".join(word)
    first, last = letters[-2], letters[-1]
    if (first[0] + last[0]).lower() not in ("oa", "oe", "uy"):
        return "".join(word)
    # "oa/oe/uy" after another vowel is not the open diphthong this rule is about
    # (e.g. "ngoao" is not a word): leave unusual spellings alone. After "q" the
    # u belongs to the consonant; moving the tone onto y ("qúy" -> "quý") is right.
    if len(letters) >= 3 and letters[-3][0].lower() in "aeiouyăâêôơư":
        return "".join(word)
    marks = first[1:] + last[1:]
    # Only plain vowels with exactly one tone, sitting on the first of the two.
    if any(m not in _TONES for m in marks) or len(first) != 2 or len(last) != 1:
        return "".join(word)
    last.append(first.pop())
    return "".join("".join(x) for x in letters)
