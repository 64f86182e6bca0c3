"""Validation rules for a person's details: pure functions, no Qt, no database.

The same rules run in the member form, in the roster importer and again in the service that
saves, so they take whatever an office really sends: Excel numbers that lost their leading
zero (``912345678.0``), Excel date serials, text with dots, dashes and ``+84``, old 11-digit
mobile numbers, Vietnamese typed in either Unicode form. Each function returns a cleaned value
and a list of :class:`Problem`; none of them raises on bad input, whatever its type.

A Problem carries a stable machine ``code`` and the values its message needs; the Vietnamese
sentence is made by :func:`vn.messages.describe`, so the CLI and the GUI say the same
thing. ``severity="error"`` refuses the record; ``"warning"`` is shown and the record is kept.

The cleaned value is ``None`` when the input was empty or could not be read at all. A value
that reads well but disagrees with another field (a citizen ID whose sex digit contradicts the
sex) is returned together with its error, so a form can keep showing it.

Sources for the rules: ``domain.md`` §4.4 (phones), §4.5 (citizen ID), §4.6 (dates); field
lengths follow ``db/models.py`` (``Person``).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from vn.dates import format_day
from vn.person_fields import PERSON_FIELDS as DECLARED_FIELDS
from vn.phones import MOBILE_PREFIXES, OLD_MOBILE_PREFIXES, restore_zero
from vn.text import VIETNAMESE_LETTERS, clean_text, fold, normalize_name

ERROR = "error"
WARNING = "warning"

# --- problem codes: stable, used by tests, the importer's report and vn.messages ---------
PHONE_CHARS = "phone.chars"  # letters or symbols that are not part of a phone number
PHONE_MULTIPLE = "phone.multiple"  # two or more numbers in one cell
PHONE_COUNTRY = "phone.country"  # "+" followed by a country code other than 84
PHONE_LENGTH = "phone.length"  # wrong number of digits for a mobile (10) or landline (11)
PHONE_NO_ZERO = "phone.no_zero"  # 10 digits that do not start with 0 and no 0 can be restored
PHONE_PREFIX = "phone.prefix"  # warning: 10 digits, but not a 03/05/07/08/09 mobile prefix
PHONE_OLD_PREFIX = "phone.old_prefix"  # 11 digits starting 01 that no old mobile prefix matches
PHONE_OLD_MOBILE = "phone.old_mobile"  # warning: old 11-digit mobile, converted to 10 digits

DATE_FORMAT = "date.format"  # not readable as a date or a year
DATE_INVALID = "date.invalid"  # no such day: 31/02/1990, month 13
DATE_FUTURE = "date.future"  # a birth date after today
DATE_TOO_OLD = "date.too_old"  # a year before 1900
DATE_PARTIAL = "date.partial"  # warning: month and year only; the year is kept

CID_CHARS = "cid.chars"  # not only digits
CID_LENGTH = "cid.length"  # not 12 digits (and not 9)
CID_OLD_CMND = "cid.old_cmnd"  # 9 digits: an old identity card (CMND), not a citizen ID
CID_YEAR_FUTURE = "cid.year_future"  # digits 4-6 give a birth year after this year
CID_SEX_MISMATCH = "cid.sex_mismatch"  # digit 4 says the other sex
CID_YEAR_MISMATCH = "cid.year_mismatch"  # digits 4-6 give another birth year

EMAIL_INVALID = "email.invalid"  # params["reason"] says why (see EMAIL_REASONS)
EMAIL_TYPO = "email.typo"  # warning: gmail.con, gmial.com, ...

SEX_INVALID = "sex.invalid"
NAME_REQUIRED = "name.required"
NAME_CHARS = "name.chars"  # digits or symbols in a name
NAME_ONE_WORD = "name.one_word"  # warning: a single word, family name probably missing
TEXT_TOO_LONG = "text.too_long"  # longer than the database column
TEXT_ODD_CHARS = "text.odd_chars"  # emoji, symbols, stacked accents ("zalgo"), private use
TEXT_NO_LETTERS = "text.no_letters"  # a name made of no letter or digit at all
FLAG_INVALID = "flag.invalid"  # a yes/no column holding something else

ALL_CODES: frozenset[str] = frozenset(
    {
        PHONE_CHARS,
        PHONE_MULTIPLE,
        PHONE_COUNTRY,
        PHONE_LENGTH,
        PHONE_NO_ZERO,
        PHONE_PREFIX,
        PHONE_OLD_PREFIX,
        PHONE_OLD_MOBILE,
        DATE_FORMAT,
        DATE_INVALID,
        DATE_FUTURE,
        DATE_TOO_OLD,
        DATE_PARTIAL,
        CID_CHARS,
        CID_LENGTH,
        CID_OLD_CMND,
        CID_YEAR_FUTURE,
        CID_SEX_MISMATCH,
        CID_YEAR_MISMATCH,
        EMAIL_INVALID,
        EMAIL_TYPO,
        SEX_INVALID,
        NAME_REQUIRED,
        NAME_CHARS,
        NAME_ONE_WORD,
        TEXT_TOO_LONG,
        TEXT_ODD_CHARS,
        TEXT_NO_LETTERS,
        FLAG_INVALID,
    }
)

EMAIL_REASONS = (
    "no_at",
    "many_at",
    "multiple",
    "spaces",
    "non_ascii",
    "local",
    "domain",
    "too_long",
)

# The person fields validate_person reads and returns, in form order: declared once in
# vn/person_fields.py (with their rule, label, file column and import headings).
PERSON_FIELDS = tuple(f.name for f in DECLARED_FIELDS)

# Free-text details (kind "text"): kept as typed (cleaned), "" when blank, checked against
# MAX_LENGTHS, stored in the column of the same name. A new plain-text detail of a person is
# one PersonField in vn/person_fields.py.
TEXT_FIELDS = tuple(f.name for f in DECLARED_FIELDS if f.kind == "text")

# Longest text each column holds (db/models.py, Person).
MAX_LENGTHS = {f.name: f.max_length for f in DECLARED_FIELDS if f.max_length}

MIN_BIRTH_YEAR = 1900
_SHOWN_MAX = 60  # characters of a bad value quoted back in a message


# --- data types ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field.

    ``params`` holds the values the message quotes, as ``(key, value)`` pairs sorted by key so
    that equal problems compare and hash equal; a dict passed in is converted.
    """

    field: str
    code: str
    severity: str = ERROR
    # given as a mapping or pairs; stored as sorted pairs
    params: tuple[tuple[str, Any], ...] | Mapping[str, Any] = ()

    def __post_init__(self) -> None:
        if self.severity not in (ERROR, WARNING):
            raise ValueError(f"severity must be {ERROR!r} or {WARNING!r}, not {self.severity!r}")
        items = self.params.items() if isinstance(self.params, Mapping) else self.params
        object.__setattr__(self, "params", tuple(sorted((str(k), v) for k, v in items)))

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    @property
    def params_dict(self) -> dict[str, Any]:
        return dict(self.params)

    def param(self, key: str, default: Any = None) -> Any:
        return self.params_dict.get(key, default)


def has_errors(problems) -> bool:
    """True when any problem refuses the record."""
    return any(p.is_error for p in problems)


@dataclass(frozen=True)
class PartialDate:
    """A date of birth known to the day, or only the year (rosters often give "Năm sinh").

    Month and day are both set or both ``None``: the database stores a date or a year
    (``birth_precision`` is ``'day'`` or ``'year'``), nothing in between.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if (self.month is None) != (self.day is None):
            raise ValueError("PartialDate needs both month and day, or neither")
        if self.month is None or self.day is None:
            if not 1 <= self.year <= 9999:
                raise ValueError(f"year out of range: {self.year}")
        else:
            date(self.year, self.month, self.day)  # raises ValueError for 31/02

    @classmethod
    def from_date(cls, d: date) -> PartialDate:
        return cls(d.year, d.month, d.day)

    @property
    def precision(self) -> str:
        return "year" if self.day is None else "day"

    def as_date(self) -> date | None:
        if self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)

    def __str__(self) -> str:
        if self.day is None:
            return f"{self.year:04d}"
        return f"{self.day:02d}/{self.month:02d}/{self.year:04d}"


# --- small helpers ---------------------------------------------------------------------------


def _is_empty(raw: Any) -> bool:
    if raw is None:
        return True
    if isinstance(raw, float) and math.isnan(raw):
        return True  # an empty cell read through pandas
    return isinstance(raw, str) and not raw.strip()


def _int_text(n: int) -> str | None:
    """Decimal digits of a non-negative int; None when negative or absurdly long."""
    if n < 0 or n.bit_length() > 4000:  # str() refuses ints over 4300 digits
        return None
    return str(n)


def _number_digits(raw: Any) -> str | None:
    """The digits of an integral, non-negative number (int, float, Decimal), else None.

    Excel and calamine give numbers as floats: ``912345678.0`` -> ``"912345678"``.
    """
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return _int_text(raw)
    if isinstance(raw, float):
        if not math.isfinite(raw) or raw != int(raw):
            return None
        return _int_text(int(raw))
    if isinstance(raw, Decimal):
        if not raw.is_finite() or raw != raw.to_integral_value():
            return None
        if raw.adjusted() > 1000:
            return None
        return _int_text(int(raw))
    return None


def _is_number(raw: Any) -> bool:
    return isinstance(raw, (int, float, Decimal)) and not isinstance(raw, bool)


def _shown(raw: Any) -> str:
    """The input as a message quotes it: short, one line, floats without ``.0``."""
    if raw is None:
        return ""
    if isinstance(raw, datetime):
        text = f"{format_day(raw)} {raw.hour:02d}:{raw.minute:02d}"
    elif isinstance(raw, date):
        text = format_day(raw)
    elif _is_number(raw):
        digits = _number_digits(raw)
        if digits is not None:
            text = digits
        else:
            try:
                text = repr(raw) if isinstance(raw, float) else str(raw)
            except ValueError:
                text = "…"
    else:
        try:
            text = str(raw)
        except Exception:  # noqa: BLE001 - a foreign object's __str__ may do anything
            text = repr(type(raw))
    text = " ".join(unicodedata.normalize("NFC", text).split())
    if len(text) > _SHOWN_MAX:
        text = text[: _SHOWN_MAX - 1] + "…"
    return text




def _as_text(raw: Any) -> str:
    """Anything as one clean NFC line, for free-text fields."""
    if _is_empty(raw):
        return ""
    if isinstance(raw, str):
        return clean_text(raw)
    if _is_number(raw):
        digits = _number_digits(raw)
        return digits if digits is not None else clean_text(_shown(raw))
    try:
        return clean_text(str(raw))
    except Exception:  # noqa: BLE001
        return ""


def _nfkc(text: str) -> str:
    """Compatibility-fold so full-width digits and ＠ from some keyboards read as ASCII."""
    return unicodedata.normalize("NFKC", text)


# --- phone numbers ---------------------------------------------------------------------------

_PHONE_LABEL = re.compile(
    r"^\s*(?:s[dđ]t|[dđ]t|d[dđ]|[dđ]i[eệ]n\s*tho[aạ]i|tel|phone|mobile|mob)\s*[:.]?\s*",
    re.IGNORECASE,
)
# Two runs of 7+ digits apart from each other are two numbers: "0912 345 678 / 0987654321",
# "0912345678 0987654321" (a line break in the cell becomes a space).
_PHONE_LIST_SPLIT = re.compile(r"[/;,|]")
_PHONE_SPLIT = re.compile(r"[/;,|\s]+")
_PHONE_SEPARATORS = re.compile(r"[\s.\-–—()/;,|_]+")


def normalize_phone(raw: Any) -> tuple[str | None, list[Problem]]:
    """A Vietnamese phone number as 10 digits (mobile) or 11 digits (landline, 02x).

    Restores the leading zero Excel drops, removes ``+84``/``84``, spaces, dots, dashes and
    brackets, and converts old 11-digit mobiles (0168... -> 038...) with a warning. A 10-digit
    number outside the 03/05/07/08/09 mobile ranges is kept with a warning, as domain.md §4.4
    asks (prefix lists change; warn rather than reject).
    """
    if type(raw) is str and 10 <= len(raw) <= 11 and raw[0] == "0" and raw.isascii() \
            and raw.isdigit():
        return _classify_phone(raw, raw)  # already clean, as most stored and typed phones are
    if _is_empty(raw):
        return None, []
    shown = _shown(raw)

    if _is_number(raw):
        digits = _number_digits(raw)
        if digits is None:
            return None, [Problem("phone", PHONE_CHARS, params={"value": shown})]
        international = False
    else:
        try:
            text = _nfkc(clean_text(str(raw)))
        except Exception:  # noqa: BLE001
            return None, [Problem("phone", PHONE_CHARS, params={"value": shown})]
        text = text.lstrip("'’`")  # Excel users type a leading apostrophe to keep the 0
        text = _PHONE_LABEL.sub("", text)
        if _many_numbers(_PHONE_LIST_SPLIT.split(text)) or _many_numbers(_PHONE_SPLIT.split(text)):
            return None, [Problem("phone", PHONE_MULTIPLE, params={"value": shown})]
        international = text.startswith("+")
        body = _PHONE_SEPARATORS.sub("", text[1:] if international else text)
        if not body.isascii() or not body.isdigit():
            return None, [Problem("phone", PHONE_CHARS, params={"value": shown})]
        digits = body

    if international:
        if not digits.startswith("84"):
            return None, [Problem("phone", PHONE_COUNTRY, params={"value": shown})]
        digits = digits[2:]
        digits = digits if digits.startswith("0") else "0" + digits
    elif digits.startswith("0084"):
        digits = digits[4:]
        digits = digits if digits.startswith("0") else "0" + digits
    elif not digits.startswith("0"):
        digits = restore_zero(digits)

    return _classify_phone(digits, shown)


def _many_numbers(parts: list[str]) -> bool:
    return sum(1 for p in parts if sum(c.isdigit() for c in p) >= 7) >= 2


def _classify_phone(digits: str, shown: str) -> tuple[str | None, list[Problem]]:
    n = len(digits)
    starts_zero = digits.startswith("0")
    if n == 10 and starts_zero and digits[1] in MOBILE_PREFIXES:
        return digits, []
    if n == 11 and digits.startswith("02"):
        return digits, []
    if n == 11 and digits[:4] in OLD_MOBILE_PREFIXES:
        old = digits[:4]
        new = OLD_MOBILE_PREFIXES[old] + digits[4:]
        params = {"value": shown, "old_prefix": old, "new_prefix": new[:3], "new": new}
        return new, [Problem("phone", PHONE_OLD_MOBILE, WARNING, params)]
    if n == 11 and digits.startswith("01"):
        params = {"value": shown, "prefix": digits[:4]}
        return None, [Problem("phone", PHONE_OLD_PREFIX, params=params)]
    if n == 10 and starts_zero and digits[1] != "2":
        params = {"value": shown, "prefix": digits[:2]}
        return digits, [Problem("phone", PHONE_PREFIX, WARNING, params)]
    if n == 10 and not starts_zero:
        return None, [Problem("phone", PHONE_NO_ZERO, params={"value": shown})]
    kind = "landline" if digits.startswith("02") else "mobile"
    expected = 11 if kind == "landline" else 10
    return None, [Problem("phone", PHONE_LENGTH, params={
        "value": shown, "digits": n, "expected": expected, "kind": kind})]


# --- dates -----------------------------------------------------------------------------------

_EXCEL_EPOCH = date(1899, 12, 30)  # serial 61 = 01/03/1900; Excel's fictitious 29/02/1900 is 60
_MAX_SERIAL = (date(9999, 12, 31) - _EXCEL_EPOCH).days
_TIME_SUFFIX = re.compile(
    r"[ t]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:am|pm|sa|ch))?(?:z|[+-]\d{2}:?\d{2})?$"
)
_DATE_WORDS = re.compile(r"\b(?:ngay|thang|nam|sinh)\b")
_DATE_SEPARATORS = re.compile(r"[\s/\-.,:]+")


def parse_date(
    raw: Any, *, today: date | None = None, field: str = "birth"
) -> tuple[PartialDate | None, list[Problem]]:
    """A date of birth as a PartialDate (to the day, or the year alone).

    Reads date/datetime objects, Excel serials (1900 system), a 4-digit year as a number,
    "dd/mm/yyyy" with / - . or spaces, "d/m/yy" (the century that keeps the date in the past),
    "yyyy", ISO "yyyy-mm-dd", "ddmmyyyy", and "ngày 05 tháng 3 năm 1990". Month and year alone
    ("3/1990") keep the year with a warning. Day/month order is always Vietnamese: dd/mm.
    """
    today = today or date.today()
    if _is_empty(raw):
        return None, []
    shown = _shown(raw)
    result: PartialDate | None
    problems: list[Problem]
    if isinstance(raw, PartialDate):
        result, problems = raw, []
    elif isinstance(raw, date):  # datetime too: the time of day is dropped
        result, problems = PartialDate(raw.year, raw.month, raw.day), []
    elif _is_number(raw):
        result, problems = _date_from_number(raw, shown, field)
    else:
        try:
            text = str(raw)
        except Exception:  # noqa: BLE001
            text = ""
        result, problems = _date_from_text(text, shown, field, today)
    if result is None:
        return None, problems
    if result.year < MIN_BIRTH_YEAR:
        return None, problems + _too_old(result.year, shown, field)[1]
    if _after(result, today):
        params = {"value": shown, "date": str(result), "today": format_day(today)}
        return None, problems + [Problem(field, DATE_FUTURE, params=params)]
    return result, problems


def parse_day(raw: Any, field: str = "date") -> tuple[date | None, list[Problem]]:
    """A day of an event (membership start/end, team and course dates, a CLI ``--at``): a
    ``date``, ISO text or dd/mm/yyyy, future days allowed; a year or month alone is a
    ``date.format`` error (an event needs its day)."""
    if raw is None or raw == "":
        return None, []
    if isinstance(raw, datetime):
        return raw.date(), []
    if isinstance(raw, date):
        return raw, []
    if isinstance(raw, str):
        try:
            return date.fromisoformat(raw.strip()), []
        except ValueError:
            pass
    value, problems = parse_date(raw, today=date(9999, 12, 31), field=field)
    if value is None:
        # "31/9/2025" is written right but is no day: say that, not "write dd/mm/yyyy"
        errors = [p for p in problems if p.is_error and p.code != DATE_FORMAT]
        return None, errors[:1] or [Problem(field, DATE_FORMAT, params={
            "value": str(raw), "day_only": True})]
    if value.precision != "day":
        return None, [Problem(field, DATE_FORMAT, params={"value": str(raw), "day_only": True})]
    return value.as_date(), [p for p in problems if not p.is_error]


def _after(d: PartialDate, today: date) -> bool:
    if d.day is None:
        return d.year > today.year
    return (d.year, d.month, d.day) > (today.year, today.month, today.day)


def _too_old(year: int, shown: str, field: str) -> tuple[None, list[Problem]]:
    params = {"value": shown, "year": year, "min_year": MIN_BIRTH_YEAR}
    return None, [Problem(field, DATE_TOO_OLD, params=params)]


def _year_only(year: int, shown: str, field: str) -> tuple[PartialDate | None, list[Problem]]:
    if year < MIN_BIRTH_YEAR:  # also keeps year 0 ("0000") away from PartialDate
        return _too_old(year, shown, field)
    return PartialDate(year), []


def _format_problem(field: str, shown: str) -> tuple[None, list[Problem]]:
    return None, [Problem(field, DATE_FORMAT, params={"value": shown})]


def _make_date(
    day: int, month: int, year: int, shown: str, field: str
) -> tuple[PartialDate | None, list[Problem]]:
    if year < MIN_BIRTH_YEAR:
        return _too_old(year, shown, field)
    try:
        return PartialDate(year, month, day), []
    except ValueError:
        params = {"value": shown, "day": day, "month": month, "year": year}
        return None, [Problem(field, DATE_INVALID, params=params)]


def _date_from_number(raw: Any, shown: str, field: str) -> tuple[PartialDate | None, list]:
    """1000..9999 is a year (a "Năm sinh" column); 10000 and up is an Excel serial.

    Serials under 10000 are dates before 18/05/1927 and a number under 1000 is never a
    plausible birth date, so neither is guessed at.
    """
    try:
        value = float(raw)
    except (OverflowError, ValueError):
        return _format_problem(field, shown)
    if not math.isfinite(value) or value < 1000:
        return _format_problem(field, shown)
    if value < 10000:
        if value != int(value):
            return _format_problem(field, shown)
        return _year_only(int(value), shown, field)
    return _date_from_serial(int(value), shown, field)


def _date_from_serial(serial: int, shown: str, field: str) -> tuple[PartialDate | None, list]:
    if serial > _MAX_SERIAL:
        return _format_problem(field, shown)
    if serial == 60:
        return _make_date(29, 2, 1900, shown, field)
    if serial < 60:
        serial += 1
    return PartialDate.from_date(_EXCEL_EPOCH + timedelta(days=serial)), []


# "05/03/1990", "5-3-1990", "05.03.1990": how most births are typed, read without folding.
_PLAIN_DAY = re.compile(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*", re.ASCII)


def _date_from_text(
    text: str, shown: str, field: str, today: date
) -> tuple[PartialDate | None, list[Problem]]:
    plain = _PLAIN_DAY.fullmatch(text)
    if plain is not None:
        day, month, year = (int(g) for g in plain.groups())
        return _make_date(day, month, year, shown, field)
    s = fold(_nfkc(text))  # lower case, no accents: "Ngày 05 tháng 3" -> "ngay 05 thang 3"
    s = _TIME_SUFFIX.sub("", s.strip())
    s = _DATE_WORDS.sub(" ", s)
    parts = [p for p in _DATE_SEPARATORS.split(s) if p]
    if not parts or not all(p.isascii() and p.isdigit() for p in parts):
        return _format_problem(field, shown)
    lengths = [len(p) for p in parts]

    if len(parts) == 1:
        (p,) = parts
        if len(p) == 4:
            return _year_only(int(p), shown, field)
        if len(p) == 8:
            return _compact_date(p, shown, field)
        if len(p) == 5:
            return _date_from_serial(int(p), shown, field)  # a serial that became text
        return _format_problem(field, shown)

    if len(parts) == 2:
        if lengths[0] <= 2 and lengths[1] == 4:
            month, year = int(parts[0]), int(parts[1])
        elif lengths[0] == 4 and lengths[1] <= 2:
            year, month = int(parts[0]), int(parts[1])
        else:
            return _format_problem(field, shown)
        if year < MIN_BIRTH_YEAR:
            return _too_old(year, shown, field)
        if not 1 <= month <= 12:
            params = {"value": shown, "day": None, "month": month, "year": year}
            return None, [Problem(field, DATE_INVALID, params=params)]
        params = {"value": shown, "month": month, "year": year}
        return PartialDate(year), [Problem(field, DATE_PARTIAL, WARNING, params)]

    if len(parts) == 3:
        if lengths[0] == 4 and lengths[1] <= 2 and lengths[2] <= 2:
            year, month, day = (int(p) for p in parts)
            return _make_date(day, month, year, shown, field)
        if lengths[0] <= 2 and lengths[1] <= 2 and lengths[2] in (2, 4):
            day, month, year = (int(p) for p in parts)
            if lengths[2] == 2:
                year = _century(year, month, day, today)
            return _make_date(day, month, year, shown, field)
    return _format_problem(field, shown)


def _century(yy: int, month: int, day: int, today: date) -> int:
    """Two-digit year: the latest century that does not put the date after today."""
    year = 2000 + yy
    if (year, month, day) > (today.year, today.month, today.day):
        year -= 100
    return year


def _compact_date(p: str, shown: str, field: str) -> tuple[PartialDate | None, list[Problem]]:
    """ "05031990" (ddmmyyyy, the usual typing) or "19900305" (yyyymmdd, from systems)."""
    candidates = [
        (int(p[:2]), int(p[2:4]), int(p[4:])),  # ddmmyyyy
        (int(p[6:]), int(p[4:6]), int(p[:4])),  # yyyymmdd
    ]
    plausible = [c for c in candidates if MIN_BIRTH_YEAR <= c[2] <= 2100]
    for day, month, year in plausible:
        result, problems = _make_date(day, month, year, shown, field)
        if result is not None:
            return result, problems
    if plausible:
        return _make_date(*plausible[0], shown, field)
    return _format_problem(field, shown)


# --- citizen ID (CCCD) -----------------------------------------------------------------------

_CID_SEPARATORS = re.compile(r"[\s.\-–—_]+")


def validate_citizen_id(
    raw: Any,
    *,
    sex: Any = None,
    birth_year: Any = None,
    today: date | None = None,
) -> tuple[str | None, list[Problem]]:
    """A 12-digit citizen ID (CCCD / số định danh cá nhân), as text.

    Digit 4 gives century and sex (0/1: 1900s male/female, 2/3: 2000s, ...), digits 5-6 the
    last two digits of the birth year; both are checked against ``sex`` ("nam"/"nu", or any
    spelling :func:`normalize_sex` reads) and ``birth_year`` (an int or a PartialDate) when
    given. The first three digits are the pre-2025 province of birth registration and are not
    checked (domain.md §4.5). Numbers from Excel get back the zeros they lost: 10 or 11 digits
    become 12 (Hà Nội's 001 loses two), 8 digits become a 9-digit CMND.
    """
    today = today or date.today()
    if _is_empty(raw):
        return None, []
    shown = _shown(raw)
    if _is_number(raw):
        digits = _number_digits(raw)
        if digits is None:
            return None, [Problem("citizen_id", CID_CHARS, params={"value": shown})]
        if len(digits) in (10, 11):
            digits = digits.zfill(12)
        elif len(digits) == 8:
            digits = digits.zfill(9)
    else:
        try:
            text = _nfkc(clean_text(str(raw))).lstrip("'’`")
        except Exception:  # noqa: BLE001
            text = ""
        digits = _CID_SEPARATORS.sub("", text)
        if not digits or not digits.isascii() or not digits.isdigit():
            return None, [Problem("citizen_id", CID_CHARS, params={"value": shown})]

    if len(digits) == 9:
        return None, [Problem("citizen_id", CID_OLD_CMND, params={"value": shown})]
    if len(digits) != 12:
        params = {"value": shown, "digits": len(digits)}
        return None, [Problem("citizen_id", CID_LENGTH, params=params)]

    code = int(digits[3])
    id_year = 1900 + (code // 2) * 100 + int(digits[4:6])
    id_sex = "nu" if code % 2 else "nam"
    base = {"value": digits, "digit": code, "yy": digits[4:6], "id_year": id_year}
    if id_year > today.year:
        return None, [Problem("citizen_id", CID_YEAR_FUTURE, params=base)]

    problems: list[Problem] = []
    given_sex, _ = normalize_sex(sex)
    if given_sex is not None and given_sex != id_sex:
        params = {**base, "id_sex": id_sex, "sex": given_sex}
        problems.append(Problem("citizen_id", CID_SEX_MISMATCH, params=params))
    year = _year_of(birth_year)
    if year is not None and year != id_year:
        params = {**base, "birth_year": year}
        problems.append(Problem("citizen_id", CID_YEAR_MISMATCH, params=params))
    return digits, problems


def _year_of(value: Any) -> int | None:
    if isinstance(value, PartialDate):
        return value.year
    if isinstance(value, date):
        return value.year
    if _is_number(value):
        digits = _number_digits(value)
        return int(digits) if digits is not None and len(digits) <= 4 else None
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) == 4:
        return int(value.strip())
    return None


# --- e-mail ----------------------------------------------------------------------------------

_EMAIL_LOCAL = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$"
)
_EMAIL_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_EMAIL_TLD = re.compile(r"^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$")

# Big providers whose near misses are almost always typing slips (gmail.con, gmial.com).
_EMAIL_PROVIDERS = ("gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com")
# Real domains one letter away from a provider above: never flagged.
_EMAIL_REAL_NEIGHBOURS = frozenset(
    {"ymail.com", "mail.com", "email.com", "gmx.com", "yahoo.co", "outlook.co", "hotmail.co"}
)


def validate_email(raw: Any) -> tuple[str | None, list[Problem]]:
    """One e-mail address, trimmed, with its domain in lower case.

    Refuses what mail cannot be sent to (no @, spaces, accents, no dotted domain) with the
    reason in ``params["reason"]``; warns about near misses of big providers ("gmail.con",
    "gmail.com.vn") without changing them.
    """
    if _is_empty(raw):
        return None, []
    shown = _shown(raw)

    def invalid(reason: str) -> tuple[None, list[Problem]]:
        return None, [Problem("email", EMAIL_INVALID, params={"value": shown, "reason": reason})]

    if not isinstance(raw, str):
        return invalid("no_at")
    text = _nfkc(clean_text(raw))
    if text.lower().startswith("mailto:"):
        text = text[7:]
    text = text.strip().strip("<>").strip().rstrip(".,;:").strip()
    if not text:
        return invalid("no_at")
    pieces = [p for p in re.split(r"[\s;,/]+", text) if p]
    if sum(1 for p in pieces if "@" in p) >= 2:
        return invalid("multiple")
    if any(c.isspace() for c in text):
        return invalid("spaces")
    if text.count("@") == 0:
        return invalid("no_at")
    if text.count("@") > 1:
        return invalid("many_at")
    if len(text) > 254:
        return invalid("too_long")
    local, domain = text.split("@")
    if not text.isascii():
        return invalid("non_ascii")
    domain = domain.lower()
    if not local or len(local) > 64 or not _EMAIL_LOCAL.match(local):
        return invalid("local")
    labels = domain.split(".")
    if (
        len(labels) < 2
        or len(domain) > 253
        or not all(_EMAIL_LABEL.match(label) for label in labels)
        or not _EMAIL_TLD.match(labels[-1])
    ):
        return invalid("domain")

    address = f"{local}@{domain}"
    suggestion = _provider_typo(domain)
    if suggestion:
        params = {"value": address, "domain": domain, "suggestion": suggestion}
        return address, [Problem("email", EMAIL_TYPO, WARNING, params)]
    return address, []


def _provider_typo(domain: str) -> str | None:
    if domain in _EMAIL_PROVIDERS or domain in _EMAIL_REAL_NEIGHBOURS:
        return None
    if domain.split(".")[0] == "gmail":
        return "gmail.com"  # gmail.com.vn, gmail.vn, gmail.co: Gmail has only gmail.com
    for provider in _EMAIL_PROVIDERS:
        if _edit_distance_is_one(domain, provider):
            return provider
    return None


def _edit_distance_is_one(a: str, b: str) -> bool:
    """One insertion, deletion, substitution or swap of neighbours turns a into b."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


# --- sex -------------------------------------------------------------------------------------

_SEX_WORDS = {
    "nam": "nam",
    "m": "nam",
    "male": "nam",
    "trai": "nam",
    "nam gioi": "nam",
    "phai nam": "nam",
    "nu": "nu",
    "f": "nu",
    "female": "nu",
    "gai": "nu",
    "nu gioi": "nu",
    "phai nu": "nu",
}


def normalize_sex(raw: Any) -> tuple[str | None, list[Problem]]:
    """ "nam" or "nu" from Nam/NAM/M/male, Nữ/NỮ/nu/F/female in either Unicode form."""
    if _is_empty(raw):
        return None, []
    if isinstance(raw, str):
        key = fold(_nfkc(raw)).strip(" .")
        if key in _SEX_WORDS:
            return _SEX_WORDS[key], []
    return None, [Problem("sex", SEX_INVALID, params={"value": _shown(raw)})]


# --- yes/no columns --------------------------------------------------------------------------

_TRUE_WORDS = frozenset(
    {"x", "v", "1", "co", "c", "yes", "y", "true", "dung", "doan vien", "dv", "la doan vien"}
)
_FALSE_WORDS = frozenset({"0", "khong", "k", "ko", "no", "n", "false", "-", "sai"})
_TRUE_MARKS = frozenset({"✓", "✔", "☑", "✗", "✘", "☒"})  # a tick or a cross both mean "yes"


def parse_flag(raw: Any, *, field: str) -> tuple[bool, list[Problem]]:
    """A yes/no column ("Đoàn viên (x)"): blank is no; x, có, 1, ✓ are yes."""
    if _is_empty(raw):
        return False, []
    if isinstance(raw, bool):
        return raw, []
    if _is_number(raw):
        digits = _number_digits(raw)
        if digits in ("0", "1"):
            return digits == "1", []
    elif isinstance(raw, str):
        text = _nfkc(raw).strip()
        if text in _TRUE_MARKS:
            return True, []
        key = fold(text).strip(" .")
        if key in _TRUE_WORDS:
            return True, []
        if key in _FALSE_WORDS:
            return False, []
    return False, [Problem(field, FLAG_INVALID, params={"value": _shown(raw)})]


# --- a whole person --------------------------------------------------------------------------

_NAME_PUNCTUATION = frozenset(" '’ʼ-.")


def _name_problems(name: str) -> list[Problem]:
    bad = []
    for ch in name:
        if ch in _NAME_PUNCTUATION or unicodedata.category(ch)[0] in "LM":
            continue
        if ch not in bad:
            bad.append(ch)
    if bad:
        params = {"value": _shown(name), "chars": " ".join(bad)}
        return [Problem("full_name", NAME_CHARS, params=params)]
    if len(name.split()) == 1:
        return [Problem("full_name", NAME_ONE_WORD, WARNING, {"value": _shown(name)})]
    return []


def _capitalise_first(text: str) -> str:
    """ "kinh" -> "Kinh", "TÀY" -> "Tày"; "Khơ-me", "Ê đê" keep the spelling typed.

    Ethnic group names have official spellings with hyphens and lower-case parts
    ("Khơ-me", "Ba-na"), so only all-lower or all-upper text is recased.
    """
    for _ in range(3):  # a few exotic letters title-case into two; settle them
        recased = text
        if recased.lower() == recased:
            recased = recased[:1].title() + recased[1:]
        elif recased.upper() == recased:
            recased = recased[:1].title() + recased[1:].lower()
        recased = unicodedata.normalize("NFC", recased)
        if recased == text:
            break
        text = recased
    return text


# Unicode categories no name or label in these offices holds: symbols and emoji, private
# use, unassigned and surrogate code points.
_ODD_CATEGORIES = frozenset({"So", "Sk", "Co", "Cn", "Cs"})
# Characters none of the checks below can object to: Vietnamese letters and printable ASCII.
_PLAIN_TEXT = VIETNAMESE_LETTERS | frozenset(
    ch for ch in map(chr, range(0x20, 0x7F)) if unicodedata.category(ch) not in _ODD_CATEGORIES)


def text_problems(field: str, value: str | None, limit: int | None, *,
                  name: bool = True, **params: Any) -> list[Problem]:
    """THE rule for free text at every boundary (GUI, import, CLI; SQLite and PostgreSQL
    alike, counted in characters as PostgreSQL's ``varchar(n)`` does): at most ``limit``
    characters; no emoji, symbols or private-use characters; no accents stacked on one
    letter (after NFC a Vietnamese letter carries none left over); and, for a ``name``, at
    least one letter or digit. ``params`` (e.g. ``line``) are added to each problem."""
    if not value:
        return []
    if limit is not None and len(value) > limit:
        return [Problem(field, TEXT_TOO_LONG, params={"length": len(value), "max": limit,
                                                      **params})]
    odd = [] if _PLAIN_TEXT.issuperset(value) else _odd_chars(value)  # usual text: none
    if odd:
        return [Problem(field, TEXT_ODD_CHARS, params={"value": _shown(value),
                                                       "chars": " ".join(odd), **params})]
    if name and not any(ch.isalnum() for ch in value):
        return [Problem(field, TEXT_NO_LETTERS, params={"value": _shown(value), **params})]
    return []


def _odd_chars(value: str) -> list[str]:
    """Up to five characters no text here holds ("◌" for accents stacked on one letter)."""
    odd: list[str] = []
    marks = 0
    for ch in unicodedata.normalize("NFC", value):
        category = unicodedata.category(ch)
        if category in ("Mn", "Me"):
            marks += 1
            if marks > 1 and "◌" not in odd:
                odd.append("◌")  # accents stacked on one letter
            continue
        marks = 0
        odd_one = category in _ODD_CATEGORIES or (category == "Cf" and ch not in "\u200c\u200d")
        if odd_one and ch not in odd and len(odd) < 5:
            odd.append(ch)
    return odd


def _length_problem(field: str, value: str | None) -> list[Problem]:
    limit = MAX_LENGTHS.get(field)
    if value is None or limit is None or len(value) <= limit:
        return []
    return [Problem(field, TEXT_TOO_LONG, params={"length": len(value), "max": limit})]


def validate_person(
    values: Mapping[str, Any], *, today: date | None = None
) -> tuple[dict[str, Any], list[Problem]]:
    """Clean one person's details and collect every problem, in field order.

    Returns a dict with exactly the keys of :data:`PERSON_FIELDS`: ``full_name`` normalised,
    ``sex`` "nam"/"nu"/None, ``birth`` a PartialDate or None, ``phone``/``email``/
    ``citizen_id`` normalised or None, free text ("" when blank), ``youth_union`` a bool.
    The citizen ID is checked against the sex and birth year given beside it. Rules about a
    whole team (one Tổ trưởng, team size) live with the team service, not here.
    """
    today = today or date.today()
    problems: list[Problem] = []
    cleaned: dict[str, Any] = {}

    name = normalize_name(_as_text(values.get("full_name")))
    if not name:
        problems.append(Problem("full_name", NAME_REQUIRED))
    else:
        problems += (text_problems("full_name", name, MAX_LENGTHS["full_name"])
                     or _name_problems(name))
    cleaned["full_name"] = name

    cleaned["sex"], found = normalize_sex(values.get("sex"))
    problems += found
    cleaned["birth"], found = parse_date(values.get("birth"), today=today)
    problems += found

    ethnicity = _capitalise_first(_as_text(values.get("ethnicity")))
    cleaned["ethnicity"] = ethnicity
    problems += text_problems("ethnicity", ethnicity, MAX_LENGTHS["ethnicity"])

    cleaned["phone"], found = normalize_phone(values.get("phone"))
    problems += found
    cleaned["email"], found = validate_email(values.get("email"))
    problems += found
    problems += _length_problem("email", cleaned["email"])

    birth = cleaned["birth"]
    cleaned["citizen_id"], found = validate_citizen_id(
        values.get("citizen_id"),
        sex=cleaned["sex"],
        birth_year=birth.year if birth is not None else None,
        today=today,
    )
    problems += found

    for key in TEXT_FIELDS:
        cleaned[key] = _as_text(values.get(key))
        problems += text_problems(key, cleaned[key], MAX_LENGTHS[key], name=False)

    cleaned["youth_union"], found = parse_flag(values.get("youth_union"), field="youth_union")
    problems += found
    return cleaned, problems
