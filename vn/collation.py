"""Vietnamese sort keys that order like ICU's "vi" collator, as plain ASCII strings.

Why: lists must follow Vietnamese alphabetical order (domain.md §4.1), SQLite has
no Vietnamese collation and PyICU is not available on Windows. So we store a key
column whose plain code-point order (Python ``<``, SQLite BINARY, PostgreSQL
``COLLATE "C"``) equals ICU's ``Collator.createInstance(Locale("vi_VN"))`` order at
its default (tertiary) strength, and index it.

How ICU compares (UCA + CLDR "vi" tailoring, defaults: non-ignorable punctuation,
no numeric ordering, no French secondary, lower case first):

1. primary: the sequence of base letters/digits/punctuation of the whole string.
   ă â đ ê ô ơ ư are letters of their own (``&a<ă<â &d<đ &e<ê &o<ô<ơ &u<ư``);
   spaces and punctuation count and sort before digits, digits before letters.
2. secondary: the accent marks, in string order. Each primary character counts as
   a "common" weight, each mark (tones, and the marks of letters outside the
   Vietnamese alphabet such as ö ç ñ) as a higher weight. The five tones are tailored
   ``none < huyền < hỏi < ngã < sắc < nặng`` (``&̀<<̉<<̃<<́<<̣``).
3. tertiary: case, lower before upper.

Key layout (all ASCII; ``!`` and ``"`` never occur inside a level)::

    PRIMARY ["SECONDARY ["TERTIARY]]

* PRIMARY: one code per collation element; one character for the Vietnamese
  alphabet, digits, space and common ASCII punctuation, two characters for rarer
  punctuation, four for anything else (ordered by code point after the letters).
* SECONDARY: only compared between strings with equal primaries, i.e. with the
  same number of base characters. ICU's sequence "common weight per base
  character, then that character's marks" is therefore equivalent to the list of
  per-character mark groups, and only the non-empty groups are written, each as
  (how many empty groups precede it, mark code). The distance is coded so that a
  *larger* distance sorts *lower*: a mark that appears earlier wins, as in ICU
  ("Hoà" with the mark on the 3rd letter < "Hòa" with it on the 2nd).
* TERTIARY: the case of each base character (lower case is the default; ``$``
  upper, ``%``/``&`` compatibility variants such as NBSP or full-width forms),
  one code per character for a single word ("Nguyễn" -> ``$``), the same
  run-length form as the secondary level for longer text. The choice depends on
  the primary string only, and tertiary codes are only compared between equal
  primaries, so both forms coexist safely.

Empty trailing levels are dropped: a separator is lower than any content, so a
shorter key still sorts first. person_sort_key joins the keys of given, middle
and family name with ``!``, lower still, for the same reason.

Typical size: "Nguyễn Văn An" -> 13 primary + 1 + 2 + 1 + 6 = 23 characters;
its person_sort_key ("An", "Văn", "Nguyễn") -> 5 + 1 + 6 + 1 + 11 = 24.

Known deviation: ICU itself is not canonically consistent when a stray breve,
circumflex or horn follows a precomposed letter that already has one (e.g.
"ợ" + U+0302 sorts as ô there, but its NFD spelling as ơ). This module always
follows the UCA reading of the NFD form. Characters outside the table (CJK,
emoji, other scripts, letters like ø æ ß) get a deterministic order after z,
not ICU's.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from vn.text import clean_text, split_name

__all__ = ["person_sort_key", "sort_key"]

# Stored keys (``sort_key`` columns of person, person_name_token, admin_unit) are only
# comparable with keys made by the same rules. Changing the tables or the layout here
# therefore needs a numbered migration step that recomputes those columns; a test
# (tests/vn/test_collation.py::test_stored_keys_are_pinned) fails until the change is
# acknowledged there.

# Separators, written literally in the f-strings below: '!' between the parts of
# person_sort_key, '"' between primary, secondary and tertiary.
_COMPONENT_SEP = "!"
_LEVEL_SEP = '"'
# Code characters: '#' (0x23) .. '~' (0x7E), 92 of them, all above both separators.
_CODE_CHARS = "".join(chr(c) for c in range(0x23, 0x7F))
_BASE = len(_CODE_CHARS)

# ---------------------------------------------------------------------------
# Primary order: ICU 72 "vi" order of the characters that get their own primary
# weight (lower-case forms; upper case is a tertiary variant). Checked against
# PyICU in tests/desktop/test_collation.py.
_PRIMARY_ORDER = (
    "\t\n\x0b\x0c\r\x85\u2028\u2029"  # line-breaking whitespace sorts before space
    " "
    "_-\u2010\u2012\u2013\u2014\u2015"  # low line, hyphen, dashes
    ",;:!\u00a1?\u00bf.\u00b7"
    "'\u2018\u2019\u201a\u201b\u2039\u203a"  # apostrophes, single quotes
    '"\u201c\u201d\u201e\u201f\u00ab\u00bb'  # double quotes
    "()[]{}\u00a7\u00b6@*/\\&#%\u2030\u2020\u2021\u2022\u2023\u2027\u2032"
    "`^\u00b0\u00a9\u00ae+\u00b1\u00f7\u00d7<=>\u00ac|\u00a6~"
    "\u00a4\u00a2$\u00a3\u00a5\u20ab\u20ac"  # currency: ¤ ¢ $ £ ¥ ₫ €
    "0123456789"
    "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
)
# Characters that get a two-character code so the frequent ones fit in one.
_RARE_PRIMARY = frozenset(
    "\t\n\x0b\x0c\r\x85\u2028\u2029`^|~$" + "".join(ch for ch in _PRIMARY_ORDER if not ch.isascii())
) - frozenset("ăâđêôơư")


def _assign_primary_codes() -> tuple[dict[str, str], str, str]:
    """Give each primary an order-preserving, prefix-free ASCII code."""
    codes: dict[str, str] = {}
    nxt = 0
    prefix: str | None = None
    used = 0
    for ch in _PRIMARY_ORDER:
        if ch in _RARE_PRIMARY:
            # A run of rare primaries shares one lead character.
            if prefix is None or used == _BASE:
                prefix, used = _CODE_CHARS[nxt], 0
                nxt += 1
            codes[ch] = prefix + _CODE_CHARS[used]
            used += 1
        else:
            prefix = None
            codes[ch] = _CODE_CHARS[nxt]
            nxt += 1
    # Two lead characters remain for everything else, ordered by code point.
    if nxt + 2 > _BASE:  # pragma: no cover - guards edits of the table
        raise AssertionError("primary code space exhausted")
    return codes, _CODE_CHARS[nxt], _CODE_CHARS[nxt + 1]


_PRIMARY_CODE, _FALLBACK_LOW, _FALLBACK_HIGH = _assign_primary_codes()
_SPACE = _PRIMARY_CODE[" "]
_FALLBACK_SPLIT = _BASE**3


def _fallback_primary(ch: str) -> str:
    """Deterministic code for characters outside the table, after all letters."""
    cp = ord(ch)
    if cp < _FALLBACK_SPLIT:
        lead = _FALLBACK_LOW
    else:
        lead, cp = _FALLBACK_HIGH, cp - _FALLBACK_SPLIT
    return (
        lead
        + _CODE_CHARS[cp // (_BASE * _BASE)]
        + _CODE_CHARS[cp // _BASE % _BASE]
        + _CODE_CHARS[cp % _BASE]
    )


# ---------------------------------------------------------------------------
# Secondary order of the combining marks U+0300-U+0362 in ICU 72 "vi" (marks in
# one string share a weight). Vietnamese tones come right after the grave accent.
_MARK_ORDER = (
    "\u0332",
    "\u0313",
    "\u0314",
    "\u0300",  # huyền
    "\u0309",  # hỏi
    "\u0303",  # ngã
    "\u0301",  # sắc
    "\u0323",  # nặng
    "\u0306",  # breve (ă)
    "\u0302",  # circumflex (â ê ô)
    "\u030c",
    "\u030a",
    "\u0342",
    "\u0308",
    "\u030b",
    "\u0307",
    "\u0338",
    "\u0327",
    "\u0328",
    "\u0304",
    (
        "\u030d\u030e\u0312\u0315\u031a\u033d\u033e\u033f\u0346\u034a\u034b\u034c"
        "\u0350\u0351\u0352\u0357\u035b\u035d\u035e"
    ),
    (
        "\u0316\u0317\u0318\u0319\u031c\u031d\u031e\u031f\u0320\u0329\u032a\u032b"
        "\u032c\u032f\u0333\u033a\u033b\u033c\u0347\u0348\u0349\u034d\u034e\u0353"
        "\u0354\u0355\u0356\u0359\u035a\u035c\u035f\u0362"
    ),
    "\u0336\u0337",
    "\u0335",
    "\u0305",
    "\u030f",
    "\u0310",
    "\u0311",
    "\u031b",  # horn (ơ ư)
    "\u0321",
    "\u0322",
    "\u0324",
    "\u0325",
    "\u0326",
    "\u032d",
    "\u032e",
    "\u0330",
    "\u0331",
    "\u0334",
    "\u0339",
    "\u0345",
    "\u0358",
    "\u0360",
    "\u0361",
)
# Secondary group codes. A primary character followed by marks m1..mk is written
# N(m1)..N(mk-1) L(mk); with no mark it is E. With E < L(m1) < N(m1) < L(m2) < ...
# comparing these codes equals comparing ICU's secondary weight sequences.
_SEC_NONE = "#"
_SEC_FALLBACK = "}"  # + 4 digits: marks outside the table, by code point
_MARK_CODE: dict[str, tuple[str, str]] = {}
for _rank, _group in enumerate(_MARK_ORDER):
    for _m in _group:
        _MARK_CODE[_m] = (chr(0x24 + 2 * _rank), chr(0x25 + 2 * _rank))
if chr(0x25 + 2 * _rank) >= _SEC_FALLBACK:  # pragma: no cover - guards edits
    raise AssertionError("secondary code space exhausted")


def _fallback_mark(ch: str) -> tuple[str, str]:
    def enc(n: int) -> str:
        return _SEC_FALLBACK + "".join(_CODE_CHARS[n // _BASE**k % _BASE] for k in (3, 2, 1, 0))

    return enc(2 * ord(ch)), enc(2 * ord(ch) + 1)


# Tertiary codes.
_LOWER, _UPPER, _VAR_LOWER, _VAR_UPPER = "#", "$", "%", "&"
_VARIANT = {_LOWER: _VAR_LOWER, _UPPER: _VAR_UPPER, _VAR_LOWER: _VAR_LOWER, _VAR_UPPER: _VAR_UPPER}

# Vietnamese contractions: base letter + mark -> letter with its own primary.
_CONTRACTIONS: dict[str, dict[str, str]] = {}
for _letter in "ăâêôơưĂÂÊÔƠƯ":
    _base, _mark = tuple(unicodedata.normalize("NFD", _letter))
    _CONTRACTIONS.setdefault(_base, {})[_mark] = _letter

# ICU ignores these completely (besides Cc/Cf that are not whitespace).
_IGNORABLE = frozenset("\u034f") | frozenset(chr(c) for c in range(0xFE00, 0xFE10))
# Combining small letters U+0363..U+036F have the primary of their letter in ICU.
_COMBINING_LETTERS = dict(
    zip(
        "\u0363\u0364\u0365\u0366\u0367\u0368\u0369\u036a\u036b\u036c\u036d\u036e\u036f",
        "aeioucdhmrtvx",
    )
)

# A collation element: (primary code, tertiary code) for a base character, or
# (None, (L, N)) for a mark, L/N being its codes as last / not last of its group.
_CE = tuple


@lru_cache(maxsize=8192)
def _char_ces(ch: str) -> tuple[_CE, ...]:
    """Collation elements of one character of an NFD string."""
    code = _PRIMARY_CODE.get(ch)
    if code is not None:
        return ((code, _LOWER),)
    mark = _MARK_CODE.get(ch)
    if mark is not None:
        return ((None, mark),)
    low = ch.lower()
    if low != ch and low in _PRIMARY_CODE:
        return ((_PRIMARY_CODE[low], _UPPER),)
    if ch in _COMBINING_LETTERS:
        return ((_PRIMARY_CODE[_COMBINING_LETTERS[ch]], _VAR_LOWER),)
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Cf") or ch in _IGNORABLE or 0xE0100 <= ord(ch) <= 0xE01EF:
        return ()
    nfd = unicodedata.normalize("NFD", ch)
    if nfd != ch:
        return _seq_ces(nfd)
    nfkd = unicodedata.normalize("NFKD", ch)
    if nfkd != ch:
        # Compatibility forms (NBSP, full-width, ligatures, superscripts...):
        # same primaries as their decomposition, tertiary variant, as in ICU.
        return tuple((p, _VARIANT[w]) if p is not None else (p, w) for p, w in _seq_ces(nfkd))
    if cat in ("Mn", "Me"):
        return ((None, _fallback_mark(ch)),)
    if low != ch and len(low) == 1:
        return ((_fallback_primary(low), _UPPER),)
    return ((_fallback_primary(ch), _LOWER),)


def _seq_ces(t: str) -> tuple[_CE, ...]:
    """Collation elements of an NFD string, matching ă/â/ê/ô/ơ/ư contractions
    the way UCA does (also discontiguously over unblocked marks)."""
    chars: list[str | None] = list(t)
    out: list[_CE] = []
    n = len(chars)
    for i in range(n):
        ch = chars[i]
        if ch is None:
            continue
        want = _CONTRACTIONS.get(ch)
        if want is not None:
            top = 0  # highest combining class seen since the base
            for j in range(i + 1, n):
                cj = chars[j]
                if cj is None:
                    continue
                ccc = unicodedata.combining(cj)
                if ccc == 0:
                    break
                if ccc > top and cj in want:
                    ch = want[cj]
                    chars[j] = None
                    break
                top = max(top, ccc)
        out.extend(_char_ces(ch))
    return tuple(out)


def _run_code(n: int) -> str:
    """Order-reversing, prefix-free code of a distance: larger n -> smaller code."""
    if n < _RUN_SINGLE:
        return chr(0x7E - n)  # '~' for 0 down to '$' for 90
    return "#" + _run_code(n - _RUN_SINGLE)  # '#' sorts below every single code


_RUN_SINGLE = 0x7E - 0x24 + 1
_RUN = [_run_code(n) for n in range(512)]


def _runs(codes, default: str) -> str:
    """Write a sequence of level codes as (distance since last non-default, code)."""
    out: list[str] = []
    run = 0
    for c in codes:
        if c == default:
            run += 1
        else:
            out.append(_RUN[run] if run < 512 else _run_code(run))
            out.append(c)
            run = 0
    return "".join(out)


# The fast path sees per-character strings such as "####." (mark on the 5th
# letter) or "$" (capital first letter); they repeat endlessly, so cache them.
_SEC_CACHE: dict[str, str] = {}
_TER_CACHE: dict[str, str] = {}
_CACHE_LIMIT = 50_000


def _sec_runs(raw: str) -> str:
    """Secondary level from one group code per base character (fast path)."""
    out = _SEC_CACHE.get(raw)
    if out is None:
        # "#" + raw: the (always empty) group of marks before the first character.
        out = _runs(_SEC_NONE + raw, _SEC_NONE)
        if len(_SEC_CACHE) < _CACHE_LIMIT:
            _SEC_CACHE[raw] = out
    return out


def _ter_runs(raw: str) -> str:
    """Tertiary level of a multi-word string from one case code per base character."""
    out = _TER_CACHE.get(raw)
    if out is None:
        out = _runs(raw, _LOWER)
        if len(_TER_CACHE) < _CACHE_LIMIT:
            _TER_CACHE[raw] = out
    return out


def _tertiary(p: str, raw: str) -> str:
    """Tertiary level: plain codes for one word ("Nguyễn" -> "$"), runs otherwise.

    Tertiary codes are only ever compared between keys with the same primary
    string, so the form may depend on it: a single word (no space primary) is
    written one code per character with trailing lower case dropped, which is
    shortest for Title-case names; longer text uses the run-length form.
    """
    raw = raw.rstrip(_LOWER)
    if not raw or _SPACE not in p:
        return raw
    return _ter_runs(raw)


def _assemble(p: str, s: str, t: str) -> str:
    """Join the levels, dropping empty trailing ones (shorter sorts first anyway)."""
    if t:
        return f'{p}"{s}"{t}'
    if s:
        return f'{p}"{s}'
    return p


def _slow_key(s: str) -> str:
    """General key: works on any text, used when the fast tables don't cover it."""
    prim: list[str] = []
    ter: list[str] = []
    groups: list[str] = []  # one per base character, plus one for leading marks
    cur: list[tuple[str, str]] = []

    def group(marks: list[tuple[str, str]]) -> str:
        if not marks:
            return _SEC_NONE
        return "".join(m[1] for m in marks[:-1]) + marks[-1][0]

    for p, w in _seq_ces(unicodedata.normalize("NFD", s)):
        if p is not None:
            groups.append(group(cur))
            cur = []
            prim.append(p)
            ter.append(w)
        else:
            cur.append(w)
    groups.append(group(cur))
    p = "".join(prim)
    return _assemble(p, _runs(groups, _SEC_NONE), _tertiary(p, "".join(ter)))


# ---------------------------------------------------------------------------
# Fast path: characters whose key is one code per level (the whole Vietnamese
# alphabet with tones in both cases, ASCII letters, digits, common punctuation).
# Built from _slow_key's own element tables, so both paths agree by construction.
_NOT_FAST = "\x80"  # any non-ASCII marker makes the primary string non-ASCII


def _build_fast_tables() -> tuple[list[str], list[str], list[str]]:
    """Per-code-point lists for str.translate (a list lookup beats a dict here)."""
    size = 0x1F00  # covers Latin, Latin Extended and Latin Extended Additional
    fp = [chr(c) for c in range(size)]  # not fast: left unchanged (non-ASCII)...
    fp[:0x80] = [_NOT_FAST] * 0x80  # ...and ASCII that is not fast gets a marker
    fs = [_NOT_FAST] * size
    ft = [_NOT_FAST] * size
    candidates = [chr(c) for c in range(0x20, 0x250)] + [chr(c) for c in range(0x1E00, size)]
    for ch in candidates:
        if unicodedata.normalize("NFC", ch) != ch:
            continue
        ces = _seq_ces(unicodedata.normalize("NFD", ch))
        if not ces or ces[0][0] is None or len(ces[0][0]) != 1 or len(ces) > 2:
            continue
        if len(ces) == 2 and (ces[1][0] is not None or len(ces[1][1][0]) != 1):
            continue
        fp[ord(ch)] = ces[0][0]
        fs[ord(ch)] = ces[1][1][0] if len(ces) == 2 else _SEC_NONE
        ft[ord(ch)] = ces[0][1]
    return fp, fs, ft


_FAST_P, _FAST_S, _FAST_T = _build_fast_tables()


def _nfc_key(s: str) -> str:
    p = s.translate(_FAST_P)
    if p.isascii():
        return _assemble(
            p, _sec_runs(s.translate(_FAST_S).rstrip(_SEC_NONE)), _tertiary(p, s.translate(_FAST_T))
        )
    return _slow_key(s)


def sort_key(s: str | None) -> str:
    """ASCII key whose code-point order is ICU's Vietnamese order of the strings.

    The text is taken as is (spaces and punctuation count, as in ICU); only the
    Unicode form is normalised, so NFD input gets the same key as NFC.
    """
    if not s:
        return ""
    if not s.isascii():
        s = unicodedata.normalize("NFC", s)
    return _nfc_key(s)


def person_sort_key(full_name: str | None) -> str:
    """Key for Vietnamese list order: given name, then middle name, then family name.

    Each part is compared completely (all ICU levels) before the next one, so all
    "An" come before all "Ân", and "Phạm An" < "Đỗ Văn An" < "Nguyễn Văn An".
    The name is cleaned first (NFC, single spaces). Names that tie on all three
    parts are equal for ICU too; order those by a stable id in SQL.
    """
    s = clean_text(full_name)
    if not s:
        return ""
    p = s.translate(_FAST_P)
    if not p.isascii():
        family, middle, given = split_name(s)
        key = f"{_nfc_key(given)}!{_nfc_key(middle)}!{_nfc_key(family)}"
        # Trailing separators only stand for empty parts; dropping them keeps the
        # order ('!' is below every key character) and the key short.
        return key.rstrip("!")
    # Fast path: one code per character on every level, so the levels can be
    # cut at the same positions as the name itself.
    sec = s.translate(_FAST_S)
    ter = s.translate(_FAST_T)
    i = s.find(" ")
    if i < 0:
        return _assemble(p, _sec_runs(sec.rstrip(_SEC_NONE)), _tertiary(p, ter))
    j = s.rfind(" ")
    k = j + 1
    given = _assemble(p[k:], _sec_runs(sec[k:].rstrip(_SEC_NONE)), _tertiary(p[k:], ter[k:]))
    family = _assemble(p[:i], _sec_runs(sec[:i].rstrip(_SEC_NONE)), _tertiary(p[:i], ter[:i]))
    if j > i:
        m = i + 1
        middle = _assemble(
            p[m:j], _sec_runs(sec[m:j].rstrip(_SEC_NONE)), _tertiary(p[m:j], ter[m:j])
        )
        return f"{given}!{middle}!{family}"
    return f"{given}!!{family}"
