"""Rows copied from Excel (tab-separated text on the clipboard) read as team members.

The first row may be a header ("Họ và tên", "Ngày sinh", "SĐT"...): its words decide the
columns, in any order, accents optional. Without a header the columns are read in the order
of the members table: Họ và tên, Vai trò, Ngày sinh, Giới tính, Dân tộc, Số điện thoại,
Chức vụ, Đơn vị công tác. Each row is then checked with the same rules as an import.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DEFAULT_ORDER = ("full_name", "role", "birth", "sex", "ethnicity", "phone", "position",
                 "organisation")

# folded header text -> field; "skip" columns are read and ignored (STT, Thôn, Xã...).
HEADER_WORDS: dict[str, str] = {
    "stt": "skip", "tt": "skip", "so tt": "skip", "so thu tu": "skip",
    "ho va ten": "full_name", "ho ten": "full_name", "ten": "full_name",
    "ho va ten thanh vien": "full_name",
    "vai tro": "role", "vai tro trong to": "role", "chuc danh trong to": "role",
    "ngay sinh": "birth", "nam sinh": "birth", "ngay thang nam sinh": "birth",
    "gioi tinh": "sex", "gioi": "sex",
    "dan toc": "ethnicity",
    "dien thoai": "phone", "so dien thoai": "phone", "sdt": "phone", "dt": "phone",
    "email": "email", "e-mail": "email", "thu dien tu": "email",
    "cccd": "citizen_id", "so cccd": "citizen_id", "so dinh danh": "citizen_id",
    "can cuoc": "citizen_id", "so can cuoc": "citizen_id",
    "chuc vu": "position", "chuc vu, don vi cong tac": "position",
    "chuc vu / don vi cong tac": "position",
    "don vi": "organisation", "don vi cong tac": "organisation", "co quan": "organisation",
    "doan vien": "youth_union",
    "ghi chu": "note",
    "thon": "skip", "thon/to dan pho": "skip", "xa": "skip", "xa/phuong": "skip",
    "da tap huan": "skip", "tap huan": "skip",
}


@dataclass
class PastedRow:
    line: int  # 1-based line of the pasted text
    values: dict[str, Any]
    role_code: str
    role_text: str
    problems: list = field(default_factory=list)

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
    """The field of each column when ``cells`` is a header row, else None."""
    from vn.text import fold

    fields = []
    known = 0
    for cell in cells:
        key = fold(cell).strip(" :.*")
        name = HEADER_WORDS.get(key)
        if name is None and key.startswith("ho va ten"):
            name = "full_name"
        if name is not None:
            known += 1
        fields.append(name or "skip")
    return fields if known >= 2 and "full_name" in fields else None


def parse_member_rows(text: str, roles: list[Any]) -> tuple[list[PastedRow], list[str]]:
    """(rows, the field of each column) with each row validated like an import."""
    from desktop.errors_domain import ROLE_UNKNOWN
    from vn.text import fold
    from desktop.validation import Problem, validate_person

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
    by_label = {fold(r.label): r for r in roles}
    by_code = {r.code: r for r in roles}
    default_role = by_code.get("thanh_vien") or (roles[-1] if roles else None)
    out: list[PastedRow] = []
    for offset, cells in enumerate(table):
        values: dict[str, Any] = {}
        for col, name in enumerate(columns):
            if name == "skip" or col >= len(cells):
                continue
            values[name] = cells[col].strip()
        role_text = str(values.pop("role", "") or "").strip()
        problems: list = []
        role = by_label.get(fold(role_text)) if role_text else default_role
        if role is None:
            role = _role_by_words(fold(role_text), roles)
        if role is None:
            problems.append(Problem("role", ROLE_UNKNOWN, params={"value": role_text}))
        _cleaned, found = validate_person(values)
        problems += found
        out.append(PastedRow(first_line + offset, values, role.code if role else "",
                             role.label if role else role_text, problems))
    return out, columns


def _role_by_words(folded: str, roles: list[Any]) -> Any:
    """"to truong" / "tt" / "pho" / "thanh vien" / "tv" written loosely."""
    aliases = {"tt": "to_truong", "tp": "to_pho", "tv": "thanh_vien", "to vien": "thanh_vien"}
    code = aliases.get(folded)
    if code is None:
        for r in roles:
            if folded and folded in r.label.lower():
                return r
        return None
    return next((r for r in roles if r.code == code), None)


def add_pasted_members(actor, team_id: int, rows: list[PastedRow], *, progress, cancelled
                       ) -> dict:
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
            result = teams.add_member(actor, team_id, dict(row.values), row.role_code)
        except ValidationFailed as exc:
            refused.append((row.line, list(exc.problems)))
            continue
        added.append(result.member.full_name)
    progress(len(todo), len(todo), "")
    return {"added": added, "refused": refused}
