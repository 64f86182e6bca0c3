"""Rows copied from Excel (tab-separated text on the clipboard) read as team members, through
the import's own phases: the same heading vocabulary (``exports.roster_reader``), the same
clean-values phase (``values.prepare_values``: placeholders, honorifics, typed years, phones)
and role parsing, and the same person matcher (rows are added through the member form's
``teams.add_member``, which uses ``desktop.person_match``).

The first row may be a header ("Họ và tên", "Ngày sinh", "SĐT"...): its words decide the
columns, in any order, accents optional. Without a header the columns are read in the order
of the members table: Họ và tên, Vai trò, Ngày sinh, Giới tính, Dân tộc, Số điện thoại,
Chức vụ, Đơn vị công tác.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from vn.person_fields import PERSON_FIELDS

__all__ = ["DEFAULT_ORDER", "PastedRow", "add_pasted_members", "header_map",
           "parse_member_rows", "split_cells"]

DEFAULT_ORDER = ("full_name", "role", "birth", "sex", "ethnicity", "phone", "position",
                 "organisation")
# What a paste reads: a person's declared details (vn/person_fields.py), the name in two
# parts, the role in the Tổ and a note.
_PASTE_FIELDS = frozenset({f.name for f in PERSON_FIELDS if f.paste}
                          | {"family_middle", "given", "role", "note"})


@dataclass
class PastedRow:
    line: int  # 1-based line of the pasted text
    values: dict[str, Any]  # as pasted
    role_code: str
    role_text: str
    problems: list = field(default_factory=list)
    prepared: dict[str, Any] = field(default_factory=dict)  # what the member form gets

    @property
    def ok(self) -> bool:
        return not any(p.is_error for p in self.problems)


def split_cells(text: str) -> list[list[str]]:
    """Excel's clipboard: rows by newline, cells by tab; quoted cells may hold newlines."""
    rows: list[list[str]] = []
    row: list[str] = []
    cell: list[str] = []
    quoted = False
    i = 0
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    while i < len(text):
        ch = text[i]
        if quoted:
            if ch == '"':
                if i + 1 < len(text) and text[i + 1] == '"':
                    cell.append('"')
                    i += 1
                else:
                    quoted = False
            else:
                cell.append(ch)
        elif ch == '"' and not cell:
            quoted = True
        elif ch == "\t":
            row.append("".join(cell))
            cell = []
        elif ch == "\n":
            row.append("".join(cell))
            rows.append(row)
            row, cell = [], []
        else:
            cell.append(ch)
        i += 1
    if cell or row:
        row.append("".join(cell))
        rows.append(row)
    return [r for r in rows if any(c.strip() for c in r)]


def header_map(cells: list[str]) -> list[str] | None:
    """The field of each column when ``cells`` is a header row (the import's vocabulary),
    else None; columns the paste does not use are "skip"."""
    from exports.roster_reader import match_heading

    fields: list[str] = []
    for cell in cells:
        name = match_heading(cell) or "skip"
        fields.append(name if name in _PASTE_FIELDS and name not in fields else "skip")
    if "given" in fields and "family_middle" not in fields and "full_name" not in fields:
        fields[fields.index("given")] = "full_name"
    named = "full_name" in fields or "family_middle" in fields
    known = sum(1 for f in fields if f != "skip")
    return fields if known >= 2 and named else None


def parse_member_rows(text: str, roles: list[Any], *, today: dt.date | None = None
                      ) -> tuple[list[PastedRow], list[str]]:
    """(rows, the field of each column), each row cleaned and checked like an import row."""
    from desktop.errors_domain import ROLE_UNKNOWN
    from desktop.roster_import.values import parse_role, prepare_values
    from desktop.validation import Problem, validate_person

    today = today or dt.date.today()
    table = split_cells(text)
    if not table:
        return [], []
    columns = header_map(table[0])
    first_line = 1
    if columns is not None:
        table = table[1:]
        first_line = 2
    else:
        columns = list(DEFAULT_ORDER)
        # A leading STT column of small numbers is skipped.
        if table and all(r and r[0].strip().isdigit() and len(r[0].strip()) <= 4 for r in table):
            columns = ["skip", *DEFAULT_ORDER]
    out: list[PastedRow] = []
    for offset, cells in enumerate(table):
        values: dict[str, Any] = {}
        for col, name in enumerate(columns):
            if name == "skip" or col >= len(cells):
                continue
            values[name] = cells[col].strip()
        if "family_middle" in values or "given" in values:
            values["full_name"] = " ".join(
                v for v in (values.pop("family_middle", ""), values.pop("given", "")) if v)
        role_text = str(values.pop("role", "") or "").strip()
        role, _code = parse_role(role_text, roles)  # blank: Thành viên
        problems: list = []
        if role is None:
            problems.append(Problem("role", ROLE_UNKNOWN, params={"value": role_text}))
        prepared, found = prepare_values(values, today=today)
        problems += found
        _cleaned, checked = validate_person(prepared, today=today)
        problems += checked
        out.append(PastedRow(first_line + offset, values, role.code if role else "",
                             role.label if role else role_text, problems, prepared))
    return out, columns


def add_pasted_members(actor: Any, team_id: int, rows: list[PastedRow], *,
                       progress: Callable[[int, int, str], None],
                       cancelled: Callable[[], bool]) -> dict:
    """Add the valid rows one by one (each in its own transaction, like the member form);
    returns {"added": [...names], "refused": [(line, [problems])]}."""
    from desktop import teams
    from desktop.errors_domain import ValidationFailed

    added: list[str] = []
    refused: list[tuple[int, list]] = []
    todo = [r for r in rows if r.ok]
    for number, row in enumerate(todo):
        if cancelled():
            break
        progress(number, len(todo), row.values.get("full_name", ""))
        try:
            result = teams.add_member(actor, team_id, dict(row.prepared or row.values),
                                      row.role_code)
        except ValidationFailed as exc:
            refused.append((row.line, list(exc.problems)))
            continue
        added.append(result.member.full_name)
    progress(len(todo), len(todo), "")
    return {"added": added, "refused": refused}
