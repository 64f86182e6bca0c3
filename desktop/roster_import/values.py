"""Phase 3: **clean values**, as clerks type them.

Before the member form's rules (``validate_person``) see a row:

* **Placeholders** ("-", "--", "…", "không có", "chưa có", "không", "x", "n/a") in a detail
  column read as empty, with a warning. Yes/no columns (Đoàn viên, Đã tập huấn) keep "x".
* **Honorifics** in front of a name ("Ông", "Bà", "Anh", "Chị", "Đồng chí", "Đ/c") are
  taken off, with a warning, and give the sex when the row has none ("Ông"/"Anh": Nam;
  "Bà"/"Chị": Nữ); a sex cell saying otherwise wins, with a warning. Accents count: "Chu" is
  a family name.
* **Births**: a 1900–1906 date is a year typed into a date cell (Excel turns 1985 into
  07/06/1905): the year is taken, with a warning; "00/00/1985" is the year 1985. A number or
  text of 4 digits is a year already (``validation.parse_date``).
* **Phones**: "(+84) 912 345 678" is "+84 912 345 678"; "0912 345 678 (Zalo)" keeps the
  number and moves "(Zalo)" to the note; two numbers keep the first and put the others in the
  note, each with a warning.
* **Plausibility** (``age_problems``, applied by the plan to rows that join a team or become
  leaders): the age on the joining day (the start date, else the import day) must be within
  the office's range (16–80 by default, ``office-set --join-age``); a Tổ trưởng or Tổ
  phó under 18 is refused; a birth in the future is refused here (``parse_date``). A member
  who joined at 79 is not refused at 81 when the roster comes back.
* **Lengths**: each part of a name fits its database column (60 characters), checked here so
  that a file the dry run accepts never fails at commit on PostgreSQL.

``prepare_values`` is shared with paste-from-Excel; ``clean_rows`` runs it on every row of
an import with the role.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache
from typing import Any

from desktop.people import person_columns
from desktop.roster_import.model import ImportContext, ImportRow
from desktop.roster_import.wording import (
    AGE_RANGE,
    CID_HIDDEN,
    HONORIFIC,
    HONORIFIC_SEX,
    LEADER_MINOR,
    NAME_PART_LONG,
    PHONE_NOTE,
    PHONE_SECOND,
    PLACEHOLDER,
    ROLE_MISSING,
    ROLE_UNKNOWN,
    TYPED_YEAR,
    ZERO_DAY,
)
from desktop.validation import ERROR, WARNING, PartialDate, Problem, validate_person
from vn.dates import format_day
from vn.person_fields import PERSON_FIELDS
from vn.text import clean_text, fold

__all__ = ["age_problems", "clean_rows", "parse_role", "prepare_values"]

# --- placeholders ---------------------------------------------------------------------------

_PLACEHOLDERS = frozenset({
    "-", "--", "---", "_", "__", ".", "..", "...", "…", "x", "?", "0", "/",
    "khong", "khong co", "chua co", "chua", "k co", "ko", "ko co", "kco", "n/a", "na",
    "none", "null", "trong", "de trong", "chua cap nhat", "chua biet", "khong ro",
})
# A person's details that a placeholder ("-", "không có") may stand in for: all but the
# name and the yes/no ones (vn/person_fields.py).
_PLACEHOLDER_FIELDS = tuple(f.name for f in PERSON_FIELDS if f.kind not in ("name", "flag"))


_DIGIT_RE = re.compile(r"\d")


def _is_placeholder(value: Any) -> bool:
    if not isinstance(value, str) or len(value) > 24:
        return False
    if value != "0" and _DIGIT_RE.search(value):
        return False  # phones, dates: never a placeholder (and not worth a cache slot)
    return _placeholder_text(value)


@lru_cache(maxsize=1 << 14)
def _placeholder_text(value: str) -> bool:
    key = fold(value).strip()
    return key in _PLACEHOLDERS or (bool(key) and set(key) <= set("-_.…/ x"))


# --- honorifics -----------------------------------------------------------------------------

# first word(s) in lower case, accents kept ("Chu" is a family name, "Chú" is not used) -> sex
_HONORIFICS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("đồng", "chí"), ""),
    (("đ/c",), ""),
    (("đ/c:",), ""),
    (("d/c",), ""),
    (("đc",), ""),
    (("đ.c",), ""),
    (("ông",), "Nam"),
    (("bà",), "Nữ"),
    (("anh",), "Nam"),
    (("chị",), "Nữ"),
)


_HONORIFIC_FIRST = frozenset(h[0] for h, _sex in _HONORIFICS)


def strip_honorific(name: str) -> tuple[str, str, str]:
    """(name without the honorific, the honorific as typed, the sex it gives or "").

    Only in front of at least two more words ("Ông Nguyễn Văn An", "Đ/c Lò Văn Páo"): a
    short name starting with such a word is left alone."""
    first = name.split(None, 1)[0].lower() if name else ""
    if not first or unicodedata.normalize("NFC", first) not in _HONORIFIC_FIRST:
        return name, "", ""  # the usual case: no honorific
    words = name.split()
    lowered = [unicodedata.normalize("NFC", w.lower()) for w in words]
    for honorific, sex in _HONORIFICS:
        n = len(honorific)
        if len(words) >= n + 2 and tuple(lowered[:n]) == honorific:
            return " ".join(words[n:]), " ".join(words[:n]), sex
    return name, "", ""


# --- births ---------------------------------------------------------------------------------

_ZERO_DAY_RE = re.compile(r"^\s*0{1,2}\s*[/.\-]\s*0{1,2}\s*[/.\-]\s*(\d{4})\s*$")


def _birth(value: Any, today: dt.date) -> tuple[Any, list[tuple[str, str, dict]]]:
    """The birth value to validate, and (code, severity, params) warnings."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date) and dt.date(1900, 1, 1) <= value <= dt.date(1906, 12, 31):
        serial = (value - dt.date(1899, 12, 30)).days
        if 1900 <= serial <= today.year:
            shown = format_day(value)
            return PartialDate(serial), [(TYPED_YEAR, WARNING,
                                          {"date": shown, "year": serial, "value": shown})]
    if isinstance(value, str):
        m = _ZERO_DAY_RE.match(value)
        if m:
            return m.group(1), [(ZERO_DAY, WARNING, {"value": value, "year": m.group(1)})]
    return value, []


# --- phones ---------------------------------------------------------------------------------

_PLAIN_PHONE_RE = re.compile(r"^\+?[\d .\-]{0,20}$")
_PHONE_COUNTRY_RE = re.compile(r"\(\s*\+?\s*84\s*\)")
_PHONE_NOTE_RE = re.compile(r"\(([^()]*[^\W\d_][^()]*)\)")  # "(Zalo)", "(nhà riêng)"
_PHONE_SPLIT_RE = re.compile(r"\s*(?:[/;,|\n]|\s-\s|\bvà\b|\bhoặc\b|\bhoac\b|\bva\b)\s*",
                             re.IGNORECASE)
_LABEL_RE = re.compile(r"^\s*(?:s[dđ]t|[dđ]t|tel|zalo|di động|dđ)\s*[:.]?\s*", re.IGNORECASE)


def _digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def _phone(value: Any) -> tuple[Any, list[str], list[tuple[str, str, dict]]]:
    """(the phone to validate, texts for the note, warnings)."""
    if not isinstance(value, str) or (_PLAIN_PHONE_RE.match(value) and _digits(value) <= 13):
        return value, [], []  # the usual cell: one number, maybe spaced or dotted
    text = _PHONE_COUNTRY_RE.sub("+84 ", value)
    notes: list[str] = []
    found: list[tuple[str, str, dict]] = []
    extras = [m.group(0) for m in _PHONE_NOTE_RE.finditer(text)]
    for extra in extras:
        text = text.replace(extra, " ")
    # words after the last digit ("0912345678 zalo", "0912.345.678 - nhà")
    m = re.search(r"\d[\d\s.\-)]*$", text)
    if m is None:
        tail_match = re.search(r"^(.*\d)[\s\-–:,]*([^\d]+)$", text)
        if tail_match and re.search(r"[^\W\d_]", tail_match.group(2)):
            extras.append(tail_match.group(2).strip(" -–:,"))
            text = tail_match.group(1)
    parts = [p for p in _PHONE_SPLIT_RE.split(text) if p and p.strip()]
    numbers = [p for p in parts if _digits(p) >= 7]
    if len(numbers) >= 2:
        first = _LABEL_RE.sub("", numbers[0])
        others = [_LABEL_RE.sub("", p).strip() for p in numbers[1:]]
        notes.append("SĐT khác: " + ", ".join(others))
        found.append((PHONE_SECOND, WARNING, {"value": value, "others": ", ".join(others)}))
        text = first
    if extras:
        extra = " ".join(e.strip("() ") for e in extras if e.strip("() "))
        if extra:
            notes.append(f"SĐT: {extra}")
            found.append((PHONE_NOTE, WARNING, {"value": value, "extra": extra}))
    return _LABEL_RE.sub("", text).strip(), notes, found


# --- plausibility ---------------------------------------------------------------------------


def age_problems(birth: PartialDate | None, on: dt.date, *, leader: bool, role_label: str,
                 low: int, high: int) -> list[Problem]:
    """Age on the joining day within [low, high]; a leader at least 18."""
    if birth is None:
        return []
    if birth.precision == "day":
        d = birth.as_date()
        assert d is not None
        age = on.year - d.year - ((on.month, on.day) < (d.month, d.day))
    else:
        age = on.year - birth.year
    params = {"year": birth.year, "age": age, "on": format_day(on), "min": low,
              "max": high, "role": role_label, "value": str(birth)}
    if not low <= age <= high:
        return [Problem("birth", AGE_RANGE, ERROR, params)]
    if leader and age < 18:
        return [Problem("birth", LEADER_MINOR, ERROR, params)]
    return []


def _name_parts(typed: dict[str, Any]) -> list[Problem]:
    """The stored pieces of a name fit their columns (``person_columns`` made them)."""
    name = typed["full_name"]
    if len(typed["search_key"]) > 120:  # the search key's column
        return [Problem("full_name", "text.too_long", ERROR,
                        {"length": len(typed["search_key"]), "max": 120, "value": name})]
    for part in ("family", "middle", "given"):
        piece = typed[f"{part}_name"]
        if len(piece) > 60:
            return [Problem("full_name", NAME_PART_LONG, ERROR,
                            {"part": part, "length": len(piece), "max": 60, "value": name})]
    return []


# --- the phase ------------------------------------------------------------------------------

# What the import and a paste pass on to the member form's rules: the declared details and
# the note.
PERSON_KEYS = (*(f.name for f in PERSON_FIELDS), "note")


def prepare_values(values: dict[str, Any], *, today: dt.date, can_see_cid: bool = True,
                   honorifics: bool = True) -> tuple[dict[str, Any], list[Problem]]:
    """The person's values as typed -> values the member form's rules can read, and the
    warnings of what was read differently (placeholders, honorifics, typed years, phones).

    Shared by the import and paste-from-Excel."""
    out = {k: values[k] for k in PERSON_KEYS if k in values}
    if not can_see_cid:
        out.pop("citizen_id", None)
    found: list[Problem] = []
    notes: list[str] = []
    for key in _PLACEHOLDER_FIELDS:
        if key in out and _is_placeholder(out[key]):
            found.append(Problem(key, PLACEHOLDER, WARNING, {"value": str(out[key])}))
            del out[key]
    name = out.get("full_name")
    if isinstance(name, str) and honorifics:
        bare, word, sex = strip_honorific(clean_text(name))
        if word:
            given_sex = out.get("sex")
            params = {"word": word, "name": bare, "value": name}
            if sex and given_sex in (None, ""):
                out["sex"] = sex
                params["sex"] = sex
            elif sex and fold(str(given_sex)).strip(". ") != fold(sex):
                found.append(Problem("sex", HONORIFIC_SEX, WARNING,
                                     {"word": word, "value": str(given_sex)}))
            out["full_name"] = bare
            found.append(Problem("full_name", HONORIFIC, WARNING, params))
    if "birth" in out:
        out["birth"], warns = _birth(out["birth"], today)
        found += [Problem("birth", c, s, p) for c, s, p in warns]
    if "phone" in out:
        out["phone"], phone_notes, warns = _phone(out["phone"])
        notes += phone_notes
        found += [Problem("phone", c, s, p) for c, s, p in warns]
    if notes:
        note = clean_text(str(out.get("note") or ""))
        out["note"] = "; ".join([n for n in (note, *notes) if n])
    return out, found


def parse_and_check_role(row: ImportRow, ctx: ImportContext,
                         cache: dict[Any, tuple[Any, str | None]] | None = None) -> None:
    raw = row.values.get("role")
    if _is_placeholder(raw):
        row.add("role", PLACEHOLDER, WARNING, value=raw)
        raw = None
    key = raw if isinstance(raw, (str, int, float, type(None))) else repr(raw)
    found = cache.get(key) if cache is not None else None
    if found is None:
        found = parse_role(raw, ctx.roles)
        if cache is not None:
            cache[key] = found
    role, role_problem = found
    if role is not None:
        row.role, row.role_label = role.code, role.label
    if role_problem == ROLE_MISSING and row.is_leaver:
        return  # a leaver's row ends a membership: the role it held does not matter
    if role_problem == ROLE_MISSING:
        row.add("role", ROLE_MISSING, WARNING)
    elif role_problem is not None:
        row.add_problem(Problem("role", ROLE_UNKNOWN, ERROR, {"value": row.values.get("role")}))


def clean_rows(ctx: ImportContext) -> None:
    """Phase 3: every row's role and person details cleaned and checked."""
    from desktop.office import office_setting

    can_see_cid = ctx.actor.can_see_citizen_id
    if not can_see_cid and any("citizen_id" in r.values for r in ctx.rows):
        ctx.file_problem(CID_HIDDEN, WARNING, fld="citizen_id")
    # the age on joining is checked by the plan, for the rows that join a team
    ctx.join_ages = (int(office_setting("join_age_min")),  # type: ignore[call-overload]
                     int(office_setting("join_age_max")))  # type: ignore[call-overload]
    rows = ctx.rows
    role_cache: dict[Any, tuple[Any, str | None]] = {}  # a file holds a handful of role texts
    for i, row in enumerate(rows):
        ctx.tick(i, len(rows), 0, 300, "Đang kiểm tra từng dòng…")
        parse_and_check_role(row, ctx, role_cache)
        values, found = prepare_values(row.values, today=ctx.opts.at, can_see_cid=can_see_cid)
        cleaned, problems = validate_person(values, today=ctx.opts.at)
        found += problems
        typed = person_columns(cleaned, values.get("note")) if cleaned.get("full_name") else None
        if typed is not None:
            found += _name_parts(typed)
        for p in found:
            row.add_problem(p)
        row.full_name = cleaned.get("full_name") or clean_text(str(row.values.get("full_name", "")))
        row._cleaned = cleaned
        row._typed = typed
        if any(p.code == HONORIFIC for p in found):
            # the name as typed, in case someone is stored under it ("Anh" may be a name):
            # the matcher tries it when the bare name finds no one
            alt_values, _f = prepare_values(row.values, today=ctx.opts.at,
                                            can_see_cid=can_see_cid, honorifics=False)
            alt, alt_problems = validate_person(alt_values, today=ctx.opts.at)
            if alt.get("full_name") and not any(p.is_error for p in alt_problems):
                row._as_typed = (alt, person_columns(alt, alt_values.get("note")))


# --- roles ------------------------------------------------------------------------------

_ROLE_SYNONYMS = {
    "tt": "to_truong",
    "to truong": "to_truong",
    "truong to": "to_truong",
    "to truong to": "to_truong",
    "totruong": "to_truong",
    "leader": "to_truong",
    "tp": "to_pho",
    "to pho": "to_pho",
    "pho to": "to_pho",
    "pho to truong": "to_pho",
    "topho": "to_pho",
    "pho": "to_pho",
    "tv": "thanh_vien",
    "thanh vien": "thanh_vien",
    "to vien": "thanh_vien",
    "thanhvien": "thanh_vien",
    "uy vien": "thanh_vien",
    "member": "thanh_vien",
    "thanh vien to": "thanh_vien",
}
_ROLE_TAILS = (" to cnscd", " to cong nghe so cong dong", " to cong nghe so", " cua to")


def parse_role(raw: Any, roles: list) -> tuple[Any, str | None]:
    """(RoleInfo or None, problem code or None) for what a roster writes in "Vai trò":
    the configured labels, then the usual synonyms ("TT", "Tổ viên", "Phó tổ trưởng")."""
    text = clean_text(str(raw)) if raw not in (None, "") else ""
    by_code = {r.code: r for r in roles}
    if not text:
        return by_code.get("thanh_vien"), ROLE_MISSING
    key = " ".join(fold(text).replace(".", " ").replace("-", " ").replace(":", " ").split())
    for tail in _ROLE_TAILS:
        if key.endswith(tail) and key != tail.strip():
            key = key[: -len(tail)].strip()
    for r in roles:
        if fold(r.label) == key or r.code == key.replace(" ", "_"):
            return r, None
    code = _ROLE_SYNONYMS.get(key) or _ROLE_SYNONYMS.get(key.replace(" ", ""))
    if code is None:
        if key.startswith(("pho to", "to pho", "pho ")):
            code = "to_pho"
        elif key.startswith(("to truong", "truong to")):
            code = "to_truong"
        elif key.startswith(("thanh vien", "to vien")):
            code = "thanh_vien"
    role = by_code.get(code) if code else None
    if role is None or not getattr(role, "active", True):
        return None, ROLE_UNKNOWN
    return role, None
