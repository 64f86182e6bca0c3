"""How Decree 30/2020 writes a decision's number and date ("05/QĐ-UBND", "ngày 05 tháng 3
năm 2026"): plain text rules shared by the PDF writer and the services' labels, kept apart
from the PDF library so listing decisions never loads reportlab."""
from __future__ import annotations

import re
import unicodedata
from datetime import date

from vn.dates import long_date

NBSP = "\u00a0"
BLANK = NBSP * 7  # a blank to fill in by hand on drafts
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _nfc(text: object) -> str:
    s = "" if text is None else str(text)
    return _CONTROL.sub(" ", unicodedata.normalize("NFC", s))


def format_number(number: int | None, symbol: str) -> str:
    """Number and symbol, "05/QĐ-UBND" (a leading zero below 10); blank number when None."""
    sym = _nfc(symbol).strip()
    if number is None:
        return f"{BLANK}/{sym}"
    return f"{number:02d}/{sym}"


def format_date_words(d: date | None) -> str:
    """Full date form "ngày 05 tháng 3 năm 2026" (zero-padded day < 10 and months 1–2).

    None gives blanks to fill in by hand: "ngày      tháng      năm 20..".
    """
    if d is None:
        return f"ngày{BLANK}tháng{BLANK}năm 20.."
    return long_date(d)
