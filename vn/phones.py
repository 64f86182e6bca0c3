"""Vietnamese phone numbers: the numbering plan the rules and the search share.

``desktop.validation.normalize_phone`` is the full rule (with its problems);
:func:`search_prefix` reads what a clerk types in a search box. Both use the tables here
(domain.md §4.4), so a change of the numbering plan is made once.

Pure module: imports nothing of ours.
"""
from __future__ import annotations

import re

__all__ = ["MOBILE_PREFIXES", "OLD_MOBILE_PREFIXES", "restore_zero", "search_prefix"]

MOBILE_PREFIXES = ("3", "5", "7", "8", "9")  # the digit after the leading 0

# Old 11-digit mobile prefixes and their 10-digit replacements (domain.md §4.4; converted
# 15/9/2018 - 30/6/2019, the last 7 digits kept).
OLD_MOBILE_PREFIXES: dict[str, str] = {
    # MobiFone
    "0120": "070",
    "0121": "079",
    "0122": "077",
    "0126": "076",
    "0128": "078",
    # VinaPhone
    "0123": "083",
    "0124": "084",
    "0125": "085",
    "0127": "081",
    "0129": "082",
    # Viettel
    "0162": "032",
    "0163": "033",
    "0164": "034",
    "0165": "035",
    "0166": "036",
    "0167": "037",
    "0168": "038",
    "0169": "039",
    # Vietnamobile
    "0186": "056",
    "0188": "058",
    # Gmobile
    "0199": "059",
}


def restore_zero(digits: str) -> str:
    """Put back the 0 that Excel drops, or replace a bare 84 country code with it."""
    n = len(digits)
    if n == 9 and digits[0] in MOBILE_PREFIXES:
        return "0" + digits
    if n == 10 and digits[0] == "2":
        return "0" + digits  # landline 02x
    if n == 10 and "0" + digits[:3] in OLD_MOBILE_PREFIXES:
        return "0" + digits
    if n in (11, 12) and digits.startswith("84"):
        return "0" + digits[2:]
    return digits


_PHONE_LIKE = re.compile(r"^[\s+().\-\d]+$")


def search_prefix(text: str) -> str | None:
    """The normalised phone prefix a query stands for, or None when it isn't a phone.

    "0912 345" -> "0912345"; "+84 912" / "84912" -> "0912"; "912 34" -> "091234"
    (Excel drops the 0). Needs three digits or more.
    """
    text = (text or "").strip()
    if not text or not _PHONE_LIKE.match(text):
        return None
    digits = re.sub(r"\D", "", text)
    if len(digits) < 3:
        return None
    if text.startswith("+84") or (digits.startswith("84") and len(digits) >= 4):
        digits = "0" + digits[2:].lstrip("0")
    elif not digits.startswith("0") and digits[0] in MOBILE_PREFIXES:
        digits = "0" + digits
    return digits
