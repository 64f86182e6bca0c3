"""How Vietnamese offices name villages, teams and units (Decree 30/2020 capitalisation).

- :func:`split_village_name`: "thôn nà sla" -> ("Thôn", "Nà Sla", "Thôn Nà Sla").
- :func:`village_sort_key`: villages in Vietnamese order, numbers in natural order.
- :func:`default_team_name`: "Tổ CNSCĐ thôn Nà Sla", "Tổ CNSCĐ Tổ dân phố 5".
- :func:`unit_phrase`: a unit inside a sentence, "xã Hợp Thành" but "Phường 5".

The services, the importer, the Decisions and the demo data all name things through these
rules, so a village typed in a form, read from a roster and printed on a Decision match.

Pure module: imports only ``vn``.
"""
from __future__ import annotations

import re

from vn.collation import sort_key
from vn.text import clean_text, normalize_name

__all__ = [
    "KIND_ABBREVIATIONS",
    "VILLAGE_KINDS",
    "default_team_name",
    "split_village_name",
    "unit_phrase",
    "village_sort_key",
]

# The words offices put before a village's name (matched longest first).
VILLAGE_KINDS = (
    "Tổ dân phố", "Tổ dân cư", "Khu phố", "Khu dân cư", "Thôn", "Bản", "Buôn", "Plei",
    "Ấp", "Xóm", "Làng", "Sóc", "Khóm", "Khối", "Khu", "Tổ", "Cụm", "Phum", "Đội",
)
KIND_ABBREVIATIONS = {"tdp": "Tổ dân phố", "kp": "Khu phố", "kdc": "Khu dân cư"}


def split_village_name(text: str | None) -> tuple[str, str, str]:
    """(kind, short name, full name) from what a clerk typed: "thôn nà sla" ->
    ("Thôn", "Nà Sla", "Thôn Nà Sla"); "TDP 5" -> ("Tổ dân phố", "5", "Tổ dân phố 5").

    A name without a known kind word keeps an empty kind ("Nà Sla"). The rest of the name
    is kept as typed, except that an all-lower-case name gets capital initials.
    """
    name = clean_text(text)
    if not name:
        return "", "", ""
    lowered = name.lower()
    kind = ""
    rest = name
    for candidate in sorted(VILLAGE_KINDS, key=len, reverse=True):
        if lowered.startswith(candidate.lower() + " "):
            kind, rest = candidate, name[len(candidate) + 1 :].strip()
            break
    else:
        first, _, tail = name.partition(" ")
        if tail and first.lower().rstrip(".") in KIND_ABBREVIATIONS:
            kind, rest = KIND_ABBREVIATIONS[first.lower().rstrip(".")], tail.strip()
    if rest and rest == rest.lower():
        rest = normalize_name(rest)
    full = f"{kind} {rest}" if kind else rest
    return kind, rest, full


def village_sort_key(short: str) -> str:
    """Vietnamese order with numbers in natural order: "Thôn 2" before "Thôn 10"."""
    return sort_key(re.sub(r"\d+", lambda m: m.group().zfill(6), short))


def unit_phrase(kind: str, short: str) -> str:
    """A unit inside a sentence (Decree 30/2020): the common noun in lower case, "xã Hợp
    Thành", "thôn Nà Sla"; before a number it keeps its capital, "Phường 5", "Tổ dân phố 21".
    """
    if not kind:
        return short
    if short[:1].isdigit():
        return f"{kind} {short}"
    return f"{kind.lower()} {short}"


def default_team_name(village_name: str) -> str:
    """"Tổ CNSCĐ thôn Nà Sla" for "Thôn Nà Sla"; numbered villages keep their capital:
    "Tổ CNSCĐ Tổ dân phố 5"."""
    kind, short, full = split_village_name(village_name)
    if kind and short:
        return f"Tổ CNSCĐ {unit_phrase(kind, short)}"
    return f"Tổ CNSCĐ {full}".strip()
