"""Every code the roster import raises, how serious the reader's ones are, and the helpers
that word them. The words themselves are in the one catalogue, ``vn.messages`` (the import's
own codes, the reader's ``file.*``, ``sheet.*``, ``row.*``, ``cell.*``, the clean-values
phase's), so that the dry run, the error workbook, the dialog (translated) and the CLI say
the same thing.
"""

from __future__ import annotations

from typing import Any

from desktop import errors_domain as E
from desktop.validation import ERROR, WARNING, Problem
from vn.messages import IMPORT_FIELD_LABELS, Translate
from vn.messages import describe as _describe
from vn.messages import render as _render

INFO = "info"

# --- codes of this module (the reader's and the validation's codes are worded too) --------
VILLAGE_MISSING = "import.village_missing"
VILLAGE_NEW = "import.village_new"  # warning: created on commit
VILLAGE_UNKNOWN = "import.village_unknown"  # error when villages are not created
VILLAGE_AMBIGUOUS = "import.village_ambiguous"
VILLAGE_OTHER = "import.village_other"  # warning: a team was chosen, the row says else
COMMUNE_MISSING = "import.commune_missing"
COMMUNE_UNKNOWN = "import.commune_unknown"
COMMUNE_AMBIGUOUS = "import.commune_ambiguous"
COMMUNE_OTHER = "import.commune_other"  # warning: the chosen commune wins
OUT_OF_SCOPE = "import.out_of_scope"
TEAM_NEW = "import.team_new"  # warning
ROLE_MISSING = "import.role_missing"  # warning: Thành viên
ROLE_UNKNOWN = E.ROLE_UNKNOWN
DUPLICATE_ROW = "import.duplicate_row"
CID_CONFLICT = "import.citizen_id_conflict"  # two rows, one citizen ID, two names
MANY_LEADERS = "import.many_leaders"
CID_HIDDEN = "import.citizen_id_hidden"  # warning: the column is ignored
NO_ROWS = "import.no_rows"
ENDED = "import.member_ended"  # info (replace mode)
TEAM_SIZE = "import.team_size"  # warning
NO_LEADER = "import.no_leader"  # warning
CONFLICT = "import.conflict"  # the database refused (another clerk)


# --- the clean-values phase (values as clerks type them) -------------------------------------
HONORIFIC = "import.honorific"  # warning: "Ông", "Bà", "Đ/c" taken off the name
HONORIFIC_SEX = "import.honorific_sex"  # warning: the honorific and the Giới tính cell differ
PLACEHOLDER = "import.placeholder"  # warning: "-", "không có", "x" read as empty
TYPED_YEAR = "import.typed_year"  # warning: a 1900-1906 date that is really a typed year
ZERO_DAY = "import.zero_day"  # warning: "00/00/1985" read as the year
PHONE_SECOND = "import.phone_second"  # warning: a second phone kept in the note
PHONE_NOTE = "import.phone_note"  # warning: "(Zalo)" after the number moved to the note
AGE_RANGE = "import.age_range"  # error: age at joining outside the office's range
LEADER_MINOR = "import.leader_minor"  # error: a Tổ trưởng/Tổ phó under 18
NAME_PART_LONG = "import.name_part_long"  # error: a name part longer than its column
VILLAGE_TOO_LONG = "import.village_too_long"
VILLAGE_CHARS = "import.village_chars"  # emoji, symbols or stacked marks in a village name
VILLAGE_UNIFIED = "import.village_unified"  # warning: spellings of one new village merged
# --- leavers, training --------------------------------------------------------------------
LEAVER_END = "import.leaver_end"  # warning: the membership ends on the day given
LEAVER_NO_DATE = "import.leaver_no_date"  # warning: no day given: the import day
LEAVER_UNKNOWN = "import.leaver_unknown"  # warning: not a current member: nothing to do
TRAINED_NO_COURSE = "import.trained_no_course"  # warning: nothing recorded
TRAINED_RECORDED = "import.trained_recorded"  # info
TRAINED_UNKNOWN_COURSE = "import.trained_unknown_course"  # warning
TRAINED_ALREADY = "import.trained_already"  # nothing to do (not shown)
CELL_ERROR = "cell.error_value"  # warning: #N/A, #SPILL!… read as empty
# --- what an update changes in a matched person --------------------------------------------
VALUE_COMPLETED = "import.value_completed"  # info: a blank stored detail filled in
VALUE_REPLACED = "import.value_replaced"  # warning: a stored detail replaced by another
YOUTH_UNION_SET = "import.youth_union_set"  # info
ROLE_CHANGED = "import.role_changed"  # info: the role in the team changes

# Reader problems: how serious each is for the import.
_READ_SEVERITY = {
    "cell.error_value": WARNING,
    "file.unreadable": ERROR,
    "file.encrypted": ERROR,
    "file.unsupported": ERROR,
    "file.too_large": ERROR,
    "file.crafted": ERROR,
    "file.corrupt": ERROR,
    "file.crashed": ERROR,
    "file.timeout": ERROR,
    "sheet.unreadable": ERROR,
    "row.no_name": ERROR,
    "row.sex_ambiguous": ERROR,
    "sheet.no_header": INFO,
    "sheet.no_members": INFO,
}


_FIELD_LABELS = IMPORT_FIELD_LABELS


def read_severity(code: str) -> str:
    """How serious a reader problem is for the import."""
    return _READ_SEVERITY.get(code, WARNING)


def message(code: str, params: dict[str, Any], tr: Translate | None = None) -> str:
    """The sentence for an import code and its parameters (``tr``: the UI's translator)."""
    problem = Problem("", code, ERROR, params)
    return _describe(problem, tr) if tr is not None else _describe(problem)


def describe(problem: Problem, tr: Translate | None = None) -> str:
    """A validation, domain or import problem in words."""
    return _describe(problem, tr) if tr is not None else _describe(problem)


def with_value(text: str, value: str, tr: Translate | None = None) -> str:
    """The message and the cell's value, unless the sentence quotes it already."""
    if not value or value in text:
        return text
    params = {"message": text, "value": value}
    return _render("import.value_in_cell", params, tr=tr) if tr else _render(
        "import.value_in_cell", params)


def field_label(field: str) -> str:
    return _FIELD_LABELS.get(field, field) if field else ""


__all__ = [name for name in dir() if name.isupper() and not name.startswith("_")] + [
    "describe",
    "field_label",
    "message",
    "read_severity",
    "with_value",
]
