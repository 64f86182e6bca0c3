"""Vietnamese text rules: cleaning, name capitalisation, search folding (domain.md §4)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vn.text import (
    _fold_slow,
    clean_text,
    fold,
    nfc,
    normalize_name,
    normalize_tone_placement,
    split_name,
)


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


TONES = "\u0300\u0309\u0303\u0301\u0323"
VOWELS = "aăâeêioôơuưy"
VIET_CHARS = (
    "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
    + "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz".upper()
    + "".join(nfc(v + t) for v in VOWELS + VOWELS.upper() for t in TONES)
    + "0123456789 -'’()."
)
viet_text = st.text(alphabet=st.sampled_from(VIET_CHARS), max_size=30)
# Real-world mess: Vietnamese plus invisible characters, odd spaces and NFD marks.
messy_text = st.text(
    alphabet=st.sampled_from(
        VIET_CHARS
        + TONES
        + "\t\n\x0b\x0c\r\x00\x1f\x7f\x85\xa0\u200b\u200d\u2028\u3000\ufeff\u00ad"
    ),
    max_size=30,
)


# --- nfc / clean_text -------------------------------------------------------


def test_nfc_composes_combining_input():
    assert nfc("Nguye\u0302\u0303n") == "Nguyễn"
    assert len(nfc(nfd("Hòa"))) == 3


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, ""),
        ("", ""),
        ("   ", ""),
        ("  Nguyễn   Văn  An  ", "Nguyễn Văn An"),
        ("Nguyễn\tVăn\nAn", "Nguyễn Văn An"),
        ("Nguyễn\x0bVăn", "Nguyễn Văn"),  # Excel/Word soft line break
        ("Nguyễn\u00a0Văn\u202fAn", "Nguyễn Văn An"),  # non-breaking spaces
        ("\ufeffNguyễn Văn An", "Nguyễn Văn An"),  # BOM from a CSV
        ("Ngu\u200byễn", "Nguyễn"),  # zero-width space
        ("Nguy\u00adễn", "Nguyễn"),  # soft hyphen
        ("A\x00B\x1bC\x7fD\x9fE", "ABCDE"),
        (nfd("Trần Thị Hòa"), "Trần Thị Hòa"),
        ("Tra\u0302\u200b\u0300n", "Trần"),  # invisible between letter and marks
        ("Thôn\u3000Đông", "Thôn Đông"),
    ],
)
def test_clean_text(raw, expected):
    out = clean_text(raw)
    assert out == expected
    assert unicodedata.is_normalized("NFC", out)


@given(messy_text)
def test_clean_text_shape(s):
    out = clean_text(s)
    assert out == out.strip()
    assert "  " not in out
    assert all(ch == " " or not ch.isspace() for ch in out)
    assert out.isprintable()
    assert unicodedata.is_normalized("NFC", out)
    assert clean_text(out) == out


# --- normalize_name -----------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("nguyễn  văn an", "Nguyễn Văn An"),
        ("ĐẶNG THỊ HOÀ", "Đặng Thị Hoà"),
        ("đặng thị hòa", "Đặng Thị Hòa"),  # tone placement kept as typed
        ("H'Hen Niê", "H'Hen Niê"),
        ("h'hen niê", "H'Hen Niê"),
        ("KSOR H’LUÂN", "Ksor H’Luân"),
        ("y ngông niê kdăm", "Y Ngông Niê Kdăm"),
        ("đinh y-moan", "Đinh Y-Moan"),
        ("  ư  ", "Ư"),
        (nfd("TRẦN THỊ THUỶ"), "Trần Thị Thuỷ"),
        ("lò văn pọm", "Lò Văn Pọm"),
        ("GIÀNG A PÁO", "Giàng A Páo"),
        ("nguyễn văn an (con)", "Nguyễn Văn An (Con)"),
        (None, ""),
    ],
)
def test_normalize_name(raw, expected):
    assert normalize_name(raw) == expected


def test_normalize_name_of_every_vietnamese_letter():
    # names of plain letters go a short way: each letter, as a syllable and inside one,
    # comes out the way the general path (part by part, NFC) gives it
    from vn.text import VIETNAMESE_LETTERS

    for ch in sorted(VIETNAMESE_LETTERS):
        assert normalize_name(ch) == ch.upper(), ch
        assert normalize_name(f"X{ch}{ch}") == f"X{ch.lower()}{ch.lower()}", ch
        assert normalize_name(f"{ch} {ch}-{ch}") == f"{ch.upper()} {ch.upper()}-{ch.upper()}"
    assert normalize_name("ĐẶNG THỊ HOÀ") == "Đặng Thị Hoà"
    assert normalize_name("  ưng   ỷ  ") == "Ưng Ỷ"


def test_normalize_name_keeps_tone_position():
    assert normalize_name("HÒA") == "Hòa"
    assert normalize_name("HOÀ") == "Hoà"
    assert normalize_name("thủy") == "Thủy"
    assert normalize_name("thuỷ") == "Thuỷ"


# --- fold ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Nguyễn", "nguyen"),
        ("Đặng", "dang"),
        ("đặng", "dang"),
        ("Hoà", "hoa"),
        ("Hòa", "hoa"),
        (nfd("Hòa"), "hoa"),
        ("  Trần   Thị\tThu  ", "tran thi thu"),
        ("ƯỚC", "uoc"),
        ("Phường Đông Hòa", "phuong dong hoa"),
        ("H'Hen Niê", "h'hen nie"),
        ("Thôn 10", "thon 10"),
        ("Ngu\u200byễn", "nguyen"),
        (None, ""),
        ("", ""),
    ],
)
def test_fold(raw, expected):
    assert fold(raw) == expected


def test_fold_merges_spellings():
    assert fold("Thuỷ") == fold("Thủy") == fold("THUY") == fold(nfd("thủy"))
    assert fold("Khoẻ") == fold("Khỏe")


def test_fold_all_vietnamese_letters_are_ascii():
    letters = "".join(ch for ch in VIET_CHARS if ch.isalpha())
    out = fold(letters)
    assert out.isascii() and out.isalpha() and out == out.lower()


@given(st.text())
def test_fold_arbitrary_text(s):
    out = fold(s)
    assert fold(out) == out
    assert out == _fold_slow(s)  # the fast table agrees with the general recipe
    assert not any(0x300 <= ord(ch) <= 0x36F for ch in out)
    assert "đ" not in out and "Đ" not in out
    assert out == out.strip() and "  " not in out


@given(viet_text)
def test_fold_ignores_unicode_form_and_case(s):
    assert fold(s) == fold(nfd(s)) == fold(s.upper()) == fold(s.lower())
    assert fold(s) == fold(normalize_tone_placement(s))


# --- split_name ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Nguyễn Văn An", ("Nguyễn", "Văn", "An")),
        ("Trần Thị Ngọc Hân", ("Trần", "Thị Ngọc", "Hân")),
        ("Lê An", ("Lê", "", "An")),
        ("H'Hen", ("", "", "H'Hen")),
        ("Y Ngông Niê Kdăm", ("Y", "Ngông Niê", "Kdăm")),
        ("Tôn Nữ Thị Hoàng Oanh", ("Tôn", "Nữ Thị Hoàng", "Oanh")),
        ("", ("", "", "")),
    ],
)
def test_split_name(name, parts):
    assert split_name(name) == parts


@given(
    st.lists(
        st.text(alphabet=st.sampled_from(VIET_CHARS.replace(" ", "")), min_size=1),
        min_size=1,
        max_size=6,
    )
)
def test_split_name_roundtrip(words):
    full = " ".join(words)
    family, middle, given_ = split_name(full)
    assert " ".join(p for p in (family, middle, given_) if p) == full
    assert given_ == words[-1]
    assert family == (words[0] if len(words) > 1 else "")


# --- normalize_tone_placement -------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("hòa", "hoà"),
        ("hoà", "hoà"),
        ("Hòa", "Hoà"),
        ("HÒA", "HOÀ"),
        ("Thủy", "Thuỷ"),
        ("khỏe", "khoẻ"),
        ("họa", "hoạ"),
        ("Nguyễn Thị Hòa", "Nguyễn Thị Hoà"),
        ("CỘNG HÒA", "CỘNG HOÀ"),
        (nfd("Hòa"), "Hoà"),
        # Closed syllables and triphthongs are spelled one way only.
        ("Hoàng", "Hoàng"),
        ("toán", "toán"),
        ("ngoài", "ngoài"),
        ("khuỷu", "khuỷu"),
        ("quý", "quý"),
        ("qúy", "quý"),
        ("Thuý", "Thuý"),
        ("hoa", "hoa"),
        ("thuở", "thuở"),
        ("", ""),
        (None, ""),
    ],
)
def test_normalize_tone_placement(raw, expected):
    assert normalize_tone_placement(raw) == expected


def test_tone_placement_makes_spellings_comparable():
    assert normalize_tone_placement("Trần Thị Thủy") == normalize_tone_placement("Trần Thị Thuỷ")
    assert normalize_tone_placement("hòa") != normalize_tone_placement("hóa")


# --- properties on arbitrary input --------------------------------------------


@settings(max_examples=300)
@given(st.one_of(st.text(), messy_text, viet_text))
def test_idempotent_and_total(s):
    c = clean_text(s)
    assert clean_text(c) == c
    n = normalize_name(s)
    assert normalize_name(n) == n
    assert fold(fold(s)) == fold(s)
    t = normalize_tone_placement(s)
    assert normalize_tone_placement(t) == t
    assert isinstance(split_name(c), tuple)


@given(viet_text)
def test_normalize_name_changes_only_case_and_spacing(s):
    n = normalize_name(s)
    assert n.lower() == clean_text(s).lower()
    assert fold(n) == fold(s)


def test_the_fast_fold_table_is_the_slow_fold_of_every_code_point():
    """The table fold() uses is built from a few Latin blocks only (for the start's sake):
    it must equal the slow fold taken over every code point it covers."""
    from vn import text

    for c in range(len(text._FOLD_FAST)):
        ch = chr(c)
        if c < 0x80:
            expected = ch.lower() if ch.isprintable() or ch.isspace() else "\x80"
        else:
            f = text._fold_slow(ch)
            expected = f if len(f) == 1 and f.isascii() and f.isalnum() else ch
        assert text._FOLD_FAST[c] == expected, hex(c)
