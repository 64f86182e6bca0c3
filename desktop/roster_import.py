"""Importing the rosters communes send: read any layout, check every row, show what would
happen, then write it all in one transaction or nothing.

    report = import_roster(actor, "DS Hop Thanh.xlsx", commit=False)   # dry run: the preview
    report = import_roster(actor, "DS Hop Thanh.xlsx", commit=True)    # all or nothing

How a row is read (``exports.roster_reader`` finds the table in every sheet; the rules here):

* **Commune**: the commune chosen by the caller (``commune_id``, or the commune of
  ``village_id``) wins; otherwise the row's "Xã/Phường" cell, else the commune section row
  above it ("XÃ HỢP THÀNH"), matched accent-insensitively among the communes of the office's
  (or the user's) scope; an office serving one commune needs no commune at all.
* **Village**: ``village_id`` when the import targets one team; otherwise the row's
  "Thôn/Tổ dân phố" cell, else the village section row above it ("I. THÔN NÀ SLA"), matched
  accent- and case-insensitively among the commune's villages, with or without the kind word:
  "Thôn Nà Sla" = "thôn na sla" = "NA SLA" = "Na Sla". **A village the commune does not have
  yet is created on commit** (and the preview says so, row by row and in the summary): a
  roster sent in is usually the first list of villages an office gets, and a clerk expects
  "Thôn Mới" to come in rather than refuse 30 rows; spelling variants never create doubles
  because matching ignores accents, case and the kind word. ``create_villages=False`` refuses
  such rows instead.
* **Team**: the village's team; a village without one gets a new team (status *planned*,
  like ``teams.create_team`` without a date: the establishment decision makes it active).
* **Person**: ``validate_person`` (the member form's rules) cleans and checks every field;
  the role accepts "Tổ trưởng", "TT", "Trưởng tổ", "Tổ phó", "Phó tổ trưởng", "Thành viên",
  "Tổ viên", "TV"… (blank: Thành viên, with a warning). An existing person is matched as
  ``teams.add_member`` does: by citizen ID, else by normalised phone and folded name.
* **Action**: *create* (a new membership; the person new or matched), *update* (already a
  member of that team: the role or some details change), *unchanged*, or *refused* (any
  error). One Tổ trưởng per team, counting the file and the database: a second one refuses
  the rows that name it; a team left without one is a warning, as in the member form.
* ``team_mode="merge"`` (default) leaves members who are not in the file as they are;
  ``"replace"`` ends them on the import day (kiện toàn: the file is the whole new roster).

Commit: the file is planned again inside one write transaction (the database may have
changed since the preview), and if any row is refused nothing is written, unless the caller
passed ``skip_refused=True``. The writes share the services' internals (``person_columns``,
``teams._merge_columns``, ``units._insert_village``, the same audit rows); they are batched
because a 10,000-row province file must not take 20,000 round trips. The import itself is
one audit row (action ``import``: file name and counts) next to the per-record ones.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee as pw

from db import import_queries as iq
from db.connection import write_transaction
from db.models import Membership, Team, utcnow
from db.office import get_office
from db.units import UnitInfo, get_unit
from db.villages import village_rows
from desktop import errors_domain as E
from desktop import messages
from desktop._common import in_scope, team_size_range
from desktop.context import Actor
from desktop.errors_domain import DomainError, ValidationFailed
from desktop.people import person_columns
from desktop.permissions import PermissionDenied
from desktop.validation import ERROR, WARNING, Problem, validate_person
from exports.errors import Cancelled
from exports.roster_reader import RawMember, ReadResult, SheetReport
from exports.safe_read import read_roster_isolated
from vn.text import clean_text, fold, normalize_name

__all__ = [
    "ACTION_LABELS",
    "ImportProblem",
    "ImportReport",
    "ImportRow",
    "import_roster",
    "parse_role",
    "write_report_workbook",
]

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]

INFO = "info"
TEAM_MODES = ("merge", "replace")
ACTIONS = ("create", "update", "unchanged", "refused")
ACTION_LABELS = {
    "create": "Thêm mới",
    "update": "Cập nhật",
    "unchanged": "Không đổi",
    "refused": "Không nhận",
}

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

_FIELD_LABELS = {
    **messages.FIELD_LABELS,
    "role": "Vai trò trong Tổ",
    "village": "Thôn/Tổ dân phố",
    "commune": "Xã/Phường",
    "note": "Ghi chú",
    "trained": "Đã tập huấn",
}


def _q(p: dict, key: str) -> str:
    v = p.get(key, "")
    return "" if v is None else str(v)


_MESSAGES: dict[str, Callable[[dict], str]] = {
    VILLAGE_MISSING: lambda p: (
        'Không rõ thôn/tổ dân phố của dòng này: thêm cột "Thôn/Tổ dân phố", hoặc một dòng '
        'tiêu đề thôn (ví dụ "Thôn Nà Sla") phía trên, hoặc chọn Tổ khi nhập.'
    ),
    VILLAGE_NEW: lambda p: (
        f'{_q(p, "commune")} chưa có thôn/tổ dân phố "{_q(p, "value")}"; thôn này sẽ '
        "được tạo mới khi ghi (các dòng khác của thôn này cũng vậy). Nếu là tên viết khác của "
        "thôn đã có, hãy sửa lại cho đúng."
    ),
    VILLAGE_UNKNOWN: lambda p: (
        f'{_q(p, "commune")} không có thôn/tổ dân phố "{_q(p, "value")}"; hãy sửa tên '
        "thôn hoặc thêm thôn trong trang Thôn/Tổ dân phố trước khi nhập."
    ),
    VILLAGE_AMBIGUOUS: lambda p: (
        f'"{_q(p, "value")}" khớp nhiều thôn/tổ dân phố ({_q(p, "names")}); hãy ghi đầy đủ '
        'tên, ví dụ "Thôn 1" hay "Tổ dân phố 1".'
    ),
    VILLAGE_OTHER: lambda p: (
        f'Dòng ghi thôn "{_q(p, "value")}" nhưng được nhập vào {_q(p, "chosen")} như đã chọn.'
    ),
    COMMUNE_MISSING: lambda p: (
        'Không rõ xã/phường của dòng này: thêm cột "Xã/Phường", một dòng tiêu đề xã phía '
        "trên, hoặc chọn xã khi nhập."
    ),
    COMMUNE_UNKNOWN: lambda p: (
        f'Không tìm thấy xã/phường "{_q(p, "value")}" trong phạm vi của đơn vị; hãy sửa tên '
        "xã hoặc chọn xã khi nhập."
    ),
    COMMUNE_AMBIGUOUS: lambda p: (
        f'Có nhiều xã/phường tên "{_q(p, "value")}" ({_q(p, "names")}); hãy chọn xã khi nhập.'
    ),
    COMMUNE_OTHER: lambda p: (
        f'Dòng ghi xã "{_q(p, "value")}" nhưng được nhập vào {_q(p, "chosen")} như đã chọn.'
    ),
    OUT_OF_SCOPE: lambda p: (
        f"Tài khoản không được sửa dữ liệu của {_q(p, 'value')} (ngoài phạm vi được phân công)."
    ),
    TEAM_NEW: lambda p: (
        f"{_q(p, 'village')} chưa có Tổ CNSCĐ; Tổ sẽ được lập (trạng thái dự kiến, chờ quyết "
        "định thành lập)."
    ),
    ROLE_MISSING: lambda p: "Chưa ghi vai trò trong Tổ; coi là Thành viên.",
    DUPLICATE_ROW: lambda p: (
        f'"{_q(p, "value")}" đã có ở dòng {_q(p, "first_row")} ({_q(p, "first_sheet")}) '
        "cho cùng Tổ; hãy xóa một trong hai dòng."
    ),
    CID_CONFLICT: lambda p: (
        f'Số CCCD {_q(p, "value")} đã ghi cho "{_q(p, "other_name")}" ở dòng '
        f"{_q(p, 'first_row')}; hãy kiểm tra lại số CCCD."
    ),
    MANY_LEADERS: lambda p: (
        f"{_q(p, 'team')} có {_q(p, 'count')} Tổ trưởng trong tệp ({_q(p, 'names')}); mỗi Tổ "
        "chỉ có một Tổ trưởng: hãy sửa vai trò của những người còn lại."
    ),
    CID_HIDDEN: lambda p: "Tài khoản không được xem số CCCD nên cột Số CCCD được bỏ qua.",
    NO_ROWS: lambda p: (
        "Không tìm thấy dòng thành viên nào trong tệp. Tệp cần có dòng tiêu đề (Họ và tên, "
        "Ngày sinh…) và các dòng thành viên bên dưới; có thể dùng Mẫu nhập liệu."
    ),
    ENDED: lambda p: (
        f"{_q(p, 'value')} ({_q(p, 'role')}, {_q(p, 'team')}) không có trong tệp: thôi tham gia "
        "Tổ từ ngày nhập (chế độ thay thế danh sách)."
    ),
    TEAM_SIZE: lambda p: (
        f"{_q(p, 'team')} sẽ có {_q(p, 'count')} thành viên, ngoài mức quy định "
        f"{_q(p, 'min')}–{_q(p, 'max')} người."
    ),
    NO_LEADER: lambda p: f"{_q(p, 'team')} chưa có Tổ trưởng.",
    CONFLICT: lambda p: (
        "Cơ sở dữ liệu vừa thay đổi (có thể người khác đang nhập cùng Tổ); không có gì được "
        f"ghi. Hãy kiểm tra lại rồi nhập lại. ({_q(p, 'detail')})"
    ),
    # the reader's problems
    "file.unreadable": lambda p: (
        f"Không đọc được tệp{_why_unreadable(p)}. Hãy mở tệp bằng Excel hoặc LibreOffice, "
        "lưu lại dạng .xlsx rồi nhập lại."
    ),
    "file.encrypted": lambda p: (
        "Tệp được đặt mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ "
        "làm việc), lưu lại rồi nhập lại."
    ),
    "file.unsupported": lambda p: (
        f"Tệp không phải bảng tính Excel{_what_it_is(p)}. Hãy mở bằng Excel hoặc "
        "LibreOffice rồi lưu dạng .xlsx."
    ),
    "file.too_large": lambda p: (
        "Tệp quá lớn để là một danh sách thành viên (khai báo nhiều dữ liệu hơn mức cho "
        "phép). Hãy mở tệp bằng Excel, chỉ giữ các trang tính danh sách, lưu lại rồi nhập lại."
    ),
    "file.crafted": lambda p: (
        "Tệp bị hỏng hoặc có cấu trúc bất thường (khai báo kích thước không khớp với nội "
        "dung) nên không được mở. Hãy mở tệp bằng Excel hoặc LibreOffice, chép danh sách sang "
        "một tệp mới (hoặc Mẫu nhập liệu), lưu dạng .xlsx rồi nhập lại."
    ),
    "file.corrupt": lambda p: (
        "Tệp bị hỏng hoặc chưa tải về hết (không mở được phần nén bên trong). Hãy tải hoặc "
        "chép lại tệp, mở thử bằng Excel, lưu lại dạng .xlsx rồi nhập lại."
    ),
    "file.crashed": lambda p: (
        "Không đọc được tệp: bộ đọc bảng tính dừng giữa chừng (tệp hỏng hoặc quá lớn). Phần "
        "mềm vẫn chạy bình thường. Hãy mở tệp bằng Excel, lưu lại dạng .xlsx rồi nhập lại."
    ),
    "file.timeout": lambda p: (
        f"Đọc tệp quá lâu (quá {_q(p, 'detail')}) nên đã dừng. Tệp có thể bị hỏng hoặc chứa "
        "rất nhiều ô trống được định dạng; hãy chép danh sách sang Mẫu nhập liệu rồi nhập lại."
    ),
    "sheet.no_header": lambda p: (
        "Không có dòng tiêu đề danh sách (Họ và tên, Ngày sinh…) trong 30 dòng đầu; trang "
        "tính này được bỏ qua."
    ),
    "sheet.no_members": lambda p: "Có dòng tiêu đề nhưng không có dòng thành viên nào.",
    "sheet.unreadable": lambda p: (
        "Không đọc được trang tính này (dữ liệu bên trong bị hỏng); các trang tính khác vẫn "
        "được đọc. Hãy mở tệp bằng Excel, chép trang này sang tệp mới, lưu lại rồi nhập lại."
    ),
    "row.no_name": lambda p: "Dòng có dữ liệu nhưng thiếu họ và tên; hãy ghi họ tên hoặc xóa dòng.",
    "row.sex_ambiguous": lambda p: "Đánh dấu cả cột Nam và cột Nữ; chỉ đánh dấu một cột.",
}

# What the reader says about a file, as a clerk can read it (never the library's own text).
_UNSUPPORTED_KINDS = {
    "pdf": "tệp PDF",
    "html": "trang web (HTML) được lưu với đuôi .xls",
    "xml-spreadsheet-2003": "bảng tính dạng XML 2003",
    "xml": "tệp dữ liệu dạng thẻ (XML)",
    "text": "tệp văn bản hoặc CSV",
}


def _what_it_is(p: dict) -> str:
    kind = _UNSUPPORTED_KINDS.get(_q(p, "detail"))
    return f": đây là {kind}" if kind else ""


def _why_unreadable(p: dict) -> str:
    detail = _q(p, "detail")
    if detail == "empty file":
        return ": tệp rỗng (0 byte)"
    if detail == "no sheets":
        return ": tệp không có trang tính nào"
    if detail == "not a file":
        return ": đây là một thư mục, không phải tệp"
    if detail.startswith(("cannot open", "cannot read")):
        return ": không mở được tệp (tệp đã bị xóa, đang mở ở chương trình khác hoặc không có quyền đọc)"
    return " (tệp hỏng hoặc không đúng định dạng)"


# Reader problems: how serious each is for the import.
_READ_SEVERITY = {
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


@dataclass(frozen=True)
class ImportProblem:
    """One problem, located: sheet, Excel row, column letter(s), field, and a Vietnamese
    sentence saying what is wrong and what to do."""

    sheet: str | None
    row: int | None
    column: str
    field: str
    code: str
    severity: str
    message: str

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    @property
    def field_label(self) -> str:
        return _FIELD_LABELS.get(self.field, self.field) if self.field else ""

    def location(self) -> str:
        """ "Trang tính 'Thôn Nà Sla', dòng 12, cột F (Số điện thoại)"."""
        parts = []
        if self.sheet:
            parts.append(f"Trang tính '{self.sheet}'")
        if self.row:
            parts.append(f"dòng {self.row}")
        if self.column:
            col = f"cột {self.column}"
            if self.field_label:
                col += f" ({self.field_label})"
            parts.append(col)
        elif self.field_label and self.row:
            parts.append(self.field_label)
        return ", ".join(parts) or "Tệp"

    def text(self) -> str:
        return f"{self.location()}: {self.message}"


@dataclass
class ImportRow:
    """One member row of the file and what the import does with it."""

    sheet: str
    row: int
    values: dict[str, object]  # as read (canonical field -> value)
    columns: dict[str, str]  # canonical field -> column letter
    full_name: str = ""
    role: str = ""  # role code
    role_label: str = ""
    commune_id: int | None = None
    commune_name: str = ""
    village_id: int | None = None  # None: a village created on commit
    village_name: str = ""
    team_id: int | None = None  # None: a team created on commit
    person_id: int | None = None  # the matched person
    matched_by: str | None = None
    membership_id: int | None = None  # an open membership in that team
    action: str = "refused"
    changes: tuple[str, ...] = ()  # fields that change (person details, role)
    problems: list[ImportProblem] = field(default_factory=list)
    # internal
    _cleaned: dict | None = field(default=None, repr=False)
    _typed: dict | None = field(default=None, repr=False)
    _village_key: tuple | None = field(default=None, repr=False)
    _same_as: ImportRow | None = field(default=None, repr=False)  # a new person of an earlier row

    @property
    def ok(self) -> bool:
        return not any(p.is_error for p in self.problems)

    @property
    def errors(self) -> list[ImportProblem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[ImportProblem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)

    @property
    def team_key(self) -> tuple:
        return ("team", self.team_id) if self.team_id is not None else ("new", self._village_key)


@dataclass(frozen=True)
class EndedMember:
    membership_id: int
    person_id: int
    full_name: str
    role: str
    team_id: int
    team_name: str


@dataclass
class ImportReport:
    """What an import found and did. ``committed`` is True only when the rows were written."""

    file: str
    commit: bool
    team_mode: str = "merge"
    skip_refused: bool = False
    rows: list[ImportRow] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)  # file, sheet, team level
    sheets: list[SheetReport] = field(default_factory=list)
    new_villages: list[tuple[str, str]] = field(default_factory=list)  # (commune, village)
    new_teams: list[str] = field(default_factory=list)
    ended: list[EndedMember] = field(default_factory=list)
    committed: bool = False
    read: ReadResult | None = field(default=None, repr=False)

    # -- counts ---------------------------------------------------------------------------
    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def counts(self) -> dict[str, int]:
        out = {a: self.count(a) for a in ACTIONS}
        out["refused"] += self.stray_errors
        return out

    @property
    def stray_errors(self) -> int:
        """Rows in error that are not member rows (data without a name)."""
        return sum(1 for p in self.problems if p.is_error and p.row is not None)

    @property
    def refused(self) -> int:
        return self.counts["refused"]

    @property
    def file_ok(self) -> bool:
        """The file could be read and holds member rows."""
        return not any(p.is_error and p.row is None for p in self.problems) and bool(self.rows)

    @property
    def can_commit(self) -> bool:
        """Something to write, and nothing refused (or refused rows are to be skipped)."""
        if not self.file_ok:
            return False
        if self.refused and not self.skip_refused:
            return False
        return any(r.action in ("create", "update") for r in self.rows) or bool(self.ended)

    def all_problems(self) -> list[ImportProblem]:
        """File problems first, then each row's, in file order."""
        out = list(self.problems)
        for r in self.rows:
            out += r.problems
        return out

    def lines(self, *, warnings: bool = True) -> list[str]:
        """Every problem as one line: "Trang tính 'X', dòng 12, cột F (Số điện thoại): …"."""
        out = []
        for p in self.all_problems():
            if p.severity == INFO and p.row is None and p.code.startswith("sheet."):
                continue
            if not warnings and not p.is_error:
                continue
            tag = {"error": "Lỗi", "warning": "Cảnh báo"}.get(p.severity, "Ghi chú")
            out.append(f"{p.location()}: {tag}: {p.message}")
        return out

    def summary(self) -> str:
        c = self.counts
        parts = [
            f"{len(self.rows) + self.stray_errors} dòng thành viên",
            f"{c['create']} thêm mới",
            f"{c['update']} cập nhật",
            f"{c['unchanged']} không đổi",
            f"{c['refused']} không nhận",
        ]
        text = ", ".join(parts) + "."
        if self.new_villages:
            text += f" Tạo mới {len(self.new_villages)} thôn/tổ dân phố."
        if self.new_teams:
            text += f" Lập mới {len(self.new_teams)} Tổ."
        if self.ended:
            text += f" {len(self.ended)} người thôi tham gia Tổ."
        return text


class ImportRefused(DomainError):
    """The whole import was refused before any row was looked at (no right to write)."""

    code = "import.refused"


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
    if role is None or not role.active:
        return None, ROLE_UNKNOWN
    return role, None


# --- problems ---------------------------------------------------------------------------


def _message(code: str, params: dict) -> str:
    render = _MESSAGES.get(code)
    if render is not None:
        try:
            return render(params)
        except (KeyError, TypeError, ValueError):
            pass
    return messages.describe(Problem("", code, ERROR, params))


def _located(member_or_row: Any, problem: Problem) -> ImportProblem:
    """A validation/domain Problem placed at its row and column."""
    fld = problem.field
    columns = getattr(member_or_row, "columns", {}) or {}
    column = columns.get(fld, "")
    if not column and fld == "full_name":
        column = columns.get("family_middle", "") or columns.get("given", "")
    if problem.code in _MESSAGES:
        text = _message(problem.code, problem.params_dict)
    else:
        text = messages.describe(problem)
    return ImportProblem(
        member_or_row.sheet, member_or_row.row, column, fld, problem.code, problem.severity, text
    )


def _row_problem(row: ImportRow, fld: str, code: str, severity: str = ERROR, **params: Any) -> None:
    row.problems.append(
        ImportProblem(
            row.sheet,
            row.row,
            row.columns.get(fld, ""),
            fld,
            code,
            severity,
            _message(code, params),
        )
    )


def _file_problem(
    report: ImportReport,
    code: str,
    severity: str,
    *,
    sheet: str | None = None,
    row: int | None = None,
    column: str | None = None,
    fld: str = "",
    **params: Any,
) -> None:
    report.problems.append(
        ImportProblem(sheet, row, column or "", fld, code, severity, _message(code, params))
    )


# --- units ------------------------------------------------------------------------------

_COMMUNE_WORDS = (
    ("uy", "ban", "nhan", "dan"),
    ("ubnd",),
    ("xa",),
    ("phuong",),
    ("thi", "tran"),
    ("dac", "khu"),
    ("tt",),
    ("p",),
    ("x",),
)


def _commune_keys(text: str) -> tuple[str, str]:
    """(accented key, folded key) of a commune as rosters write it: "UBND xã Hợp Thành",
    "XÃ HỢP THÀNH – HUYỆN CAO LỘC", "Hợp Thành" -> ("hợp thành", "hop thanh")."""
    t = clean_text(text)
    for sep in (" – ", " — ", " - ", ",", "(", ";"):
        if sep in t:
            t = t.split(sep, 1)[0]
    words = t.replace(".", ". ").split()
    folded = [fold(w).strip(".") for w in words]
    changed = True
    while changed:
        changed = False
        for kind in _COMMUNE_WORDS:
            n = len(kind)
            if len(folded) > n and tuple(folded[:n]) == kind:
                words, folded = words[n:], folded[n:]
                changed = True
    return " ".join(words).casefold(), " ".join(folded)


class _Communes:
    """The communes rows may belong to, found by name: accents count first ("Bình Gia" is
    not "Bình Giã"), then an accent-free match when only one commune fits."""

    def __init__(self, communes: list[tuple[int, str]], fixed: UnitInfo | None):
        self.fixed = fixed
        self.names = dict(communes)
        self.by_exact: dict[str, list[int]] = {}
        self.by_key: dict[str, list[int]] = {}
        for cid, name in communes:
            exact, key = _commune_keys(name)
            self.by_exact.setdefault(exact, []).append(cid)
            self.by_key.setdefault(key, []).append(cid)
        self.only = communes[0][0] if len(communes) == 1 else None
        self._cache: dict[str, list[int]] = {}

    def find(self, text: str) -> list[int]:
        found = self._cache.get(text)
        if found is None:
            found = self._cache[text] = self._find(text)
        return found

    def _find(self, text: str) -> list[int]:
        exact, key = _commune_keys(text)
        return sorted(set(self.by_exact.get(exact) or self.by_key.get(key) or []))


def _split_village(text: str) -> tuple[str, str, str]:
    """``units.split_village_name`` for what rosters write: capitals ("THÔN BẢN CẮM") get
    name case, and a kind typed without accents ("THON 3", "To dan pho 5") is recognised."""
    from desktop.units import VILLAGE_KINDS, split_village_name

    text = clean_text(text)
    if text and text == text.upper() and text != text.lower():
        text = normalize_name(text.lower())  # "THÔN BẢN CẮM" -> "Thôn Bản Cắm"
    kind, short, full = split_village_name(text)
    if not kind and " " in text:
        words = text.split()
        folded = fold(text).split()
        for candidate in sorted(VILLAGE_KINDS, key=len, reverse=True):
            n = len(candidate.split())
            if len(words) > n and folded[:n] == fold(candidate).split():
                return split_village_name(f"{candidate} {' '.join(words[n:])}")
    return kind, short, full


def _accents(text: str) -> int:
    return sum(1 for ch in text if not ch.isascii())


@dataclass
class _Village:
    id: int | None
    name: str
    team_id: int | None
    team_name: str = ""


class _Villages:
    """A commune's villages by folded full name and by folded short name."""

    def __init__(self, commune_id: int):
        from desktop.units import split_village_name

        self.split = split_village_name
        self.by_full: dict[str, list[_Village]] = {}
        self.by_short: dict[str, list[_Village]] = {}
        self.kind_of: dict[int, str] = {}
        for v in village_rows(commune_id):
            village = _Village(v.id, v.name, v.team_id if v.team_status != "dissolved" else None)
            self.by_full.setdefault(fold(v.name), []).append(village)
            _k, short, _f = split_village_name(v.name)
            self.by_short.setdefault(fold(v.short_name or short), []).append(village)
            self.kind_of[v.id] = fold(v.kind or _k)
        self.new: dict[str, _Village] = {}
        self._cache: dict[str, tuple[list[_Village], str, str]] = {}

    def find(self, text: str) -> tuple[list[_Village], str, str]:
        """(matches, canonical full name, key) for a village as a roster writes it; when
        several fit accent-insensitively, the one spelt with the same accents wins."""
        got = self._cache.get(text)
        if got is None:
            got = self._cache[text] = self._find(text)
        return got

    def _find(self, text: str) -> tuple[list[_Village], str, str]:
        kind, short, full = _split_village(text)
        candidates = self.by_full.get(fold(full), [])
        if not candidates:
            candidates = self.by_short.get(fold(short), [])
            if kind:
                candidates = [
                    v for v in candidates if self.kind_of.get(v.id, "") in ("", fold(kind))
                ]
        if len(candidates) > 1:
            same = [v for v in candidates if self.split(v.name)[1].casefold() == short.casefold()]
            candidates = same or candidates
        return candidates, full, fold(full)


# --- the plan ---------------------------------------------------------------------------


@dataclass
class _Options:
    commune_id: int | None
    village_id: int | None
    team_mode: str
    create_villages: bool
    skip_refused: bool
    at: dt.date
    start_date: dt.date | None


def _report_read_problems(
    report: ImportReport, read: ReadResult, by_row: dict[tuple[str, int], ImportRow]
) -> None:
    for p in read.problems:
        severity = _READ_SEVERITY.get(p.code, WARNING)
        params = {"detail": p.detail}
        target = by_row.get((p.sheet or "", p.row or 0)) if p.row else None
        if target is not None:
            target.problems.append(
                ImportProblem(
                    p.sheet,
                    p.row,
                    p.column or "",
                    "sex" if "sex" in p.code else "",
                    p.code,
                    severity,
                    _message(p.code, params),
                )
            )
            continue
        report.problems.append(
            ImportProblem(
                p.sheet,
                p.row,
                p.column or "",
                "full_name" if p.code == "row.no_name" else "",
                p.code,
                severity,
                _message(p.code, params),
            )
        )


def _scope_communes(actor: Actor, opts: _Options) -> tuple[_Communes, UnitInfo | None]:
    """The commune chosen (or the village's), else the communes of the scope."""
    from db.export_queries import report_communes

    fixed: UnitInfo | None = None
    scope_id: int | None = None
    if opts.village_id is not None:
        village = get_unit(opts.village_id)
        if village is None or village.level != "village":
            raise E.NotFound("village", opts.village_id)
        fixed = get_unit(village.parent_id) if village.parent_id else None
    elif opts.commune_id is not None:
        unit = get_unit(opts.commune_id)
        if unit is None:
            raise E.NotFound("unit", opts.commune_id)
        if unit.level == "commune":
            fixed = unit
        elif unit.level == "village" and unit.parent_id:
            fixed = get_unit(unit.parent_id)
            opts.village_id = unit.id
        else:
            scope_id = unit.id
    if fixed is not None:
        return _Communes([(fixed.id, fixed.name)], fixed), fixed
    office = get_office()
    if scope_id is None:
        scope_id = actor.scope_unit_id or (office.unit_id if office else None)
    catalogue = (office.catalogue if office else None) or "2025"
    unit = get_unit(scope_id) if scope_id is not None else None
    if unit is not None:
        catalogue = unit.catalogue if unit.catalogue in ("2025", "pre2025") else catalogue
    if unit is not None and unit.level == "village" and unit.parent_id:
        unit = get_unit(unit.parent_id)
    if unit is not None and unit.level == "commune":
        return _Communes([(unit.id, unit.name)], None), None
    rows = report_communes(unit.id if unit else None, catalogue)
    return _Communes([(r[0], r[1]) for r in rows], None), None


def _values_for_validation(member: RawMember, can_see_cid: bool) -> dict[str, object]:
    v = member.values
    out: dict[str, object] = {}
    for key in (
        "full_name",
        "sex",
        "birth",
        "ethnicity",
        "phone",
        "email",
        "citizen_id",
        "position",
        "organisation",
        "youth_union",
        "note",
    ):
        if key in v:
            out[key] = v[key]
    if not can_see_cid:
        out.pop("citizen_id", None)
    return out


def _position_equal(typed: str, existing: dict) -> bool:
    from desktop.export_service import position_text

    return bool(typed) and fold(typed) == fold(
        position_text(existing.get("position"), existing.get("organisation"))
    )


def _plan(
    actor: Actor,
    read: ReadResult,
    opts: _Options,
    progress: Callable[[int, str], None] | None = None,
    cancelled: CancelledFn | None = None,
) -> ImportReport:
    """Look at every row against the database; decide each row's action. Writes nothing."""
    from desktop.teams import _merge_columns
    from desktop.teams import roles as list_roles

    report = ImportReport(
        file=read.file,
        commit=False,
        team_mode=opts.team_mode,
        skip_refused=opts.skip_refused,
        sheets=list(read.sheets),
        read=read,
    )
    members = list(read.members)
    rows = [ImportRow(m.sheet, m.row, dict(m.values), dict(m.columns)) for m in members]
    report.rows = rows
    by_row = {(r.sheet, r.row): r for r in rows}
    _report_read_problems(report, read, by_row)
    if not read.readable:
        return report
    if not rows:
        if not any(p.is_error for p in report.problems):
            _file_problem(report, NO_ROWS, ERROR)
        return report

    can_see_cid = actor.can_see_citizen_id
    if not can_see_cid and any("citizen_id" in m.values for m in members):
        _file_problem(report, CID_HIDDEN, WARNING, fld="citizen_id")
    communes, fixed_commune = _scope_communes(actor, opts)
    fixed_village = get_unit(opts.village_id) if opts.village_id is not None else None
    role_list = list_roles()
    villages_of: dict[int, _Villages] = {}

    def villages(commune_id: int) -> _Villages:
        found = villages_of.get(commune_id)
        if found is None:
            found = villages_of[commune_id] = _Villages(commune_id)
        return found

    def tick(i: int) -> None:
        if i % 500 == 0:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(i * 600 // max(1, len(rows)), "Đang kiểm tra từng dòng…")

    # 1. commune, village, role, the person's fields
    for i, (m, row) in enumerate(zip(members, rows)):
        tick(i)
        # commune
        commune_text = clean_text(str(m.values.get("commune") or m.commune_hint or ""))
        commune_id: int | None = None
        if communes.fixed is not None:
            commune_id = communes.fixed.id
            if commune_text:
                found = communes.find(commune_text)
                if found and commune_id not in found:
                    _row_problem(
                        row,
                        "commune",
                        COMMUNE_OTHER,
                        WARNING,
                        value=commune_text,
                        chosen=communes.fixed.name,
                    )
        elif commune_text:
            found = communes.find(commune_text)
            if len(found) == 1:
                commune_id = found[0]
            elif found:
                _row_problem(
                    row,
                    "commune",
                    COMMUNE_AMBIGUOUS,
                    value=commune_text,
                    names=", ".join(communes.names[c] for c in found[:5]),
                )
            elif communes.only is not None:
                _row_problem(row, "commune", COMMUNE_UNKNOWN, value=commune_text)
            else:
                _row_problem(row, "commune", COMMUNE_UNKNOWN, value=commune_text)
        elif communes.only is not None:
            commune_id = communes.only
        else:
            _row_problem(row, "commune", COMMUNE_MISSING)
        if commune_id is not None:
            row.commune_id = commune_id
            row.commune_name = communes.names.get(commune_id, "")
            if actor.scope_unit_id is not None and not in_scope(actor, commune_id):
                _row_problem(row, "commune", OUT_OF_SCOPE, value=row.commune_name)
        # village
        village_text = clean_text(str(m.values.get("village") or m.village_hint or ""))
        if fixed_village is not None:
            if row.commune_id == fixed_village.parent_id:
                vs = villages(row.commune_id)
                candidates, _full, _key = vs.find(fixed_village.name)
                match = next((v for v in candidates if v.id == fixed_village.id), None)
                if match is None:
                    match = _Village(fixed_village.id, fixed_village.name, None)
                row.village_id, row.village_name, row.team_id = (
                    match.id,
                    match.name,
                    match.team_id,
                )
                row._village_key = (row.commune_id, fold(match.name))
                if village_text:
                    matches, _f, _k = vs.find(village_text)
                    if all(v.id != fixed_village.id for v in matches):
                        _row_problem(
                            row,
                            "village",
                            VILLAGE_OTHER,
                            WARNING,
                            value=village_text,
                            chosen=fixed_village.name,
                        )
        elif row.commune_id is not None:
            vs = villages(row.commune_id)
            if not village_text:
                _row_problem(row, "village", VILLAGE_MISSING)
            else:
                matches, full, vkey = vs.find(village_text)
                if len(matches) == 1:
                    v = matches[0]
                    row.village_id, row.village_name, row.team_id = v.id, v.name, v.team_id
                    row._village_key = (row.commune_id, fold(v.name))
                elif matches:
                    _row_problem(
                        row,
                        "village",
                        VILLAGE_AMBIGUOUS,
                        value=village_text,
                        names=", ".join(v.name for v in matches[:5]),
                    )
                elif not opts.create_villages:
                    _row_problem(
                        row,
                        "village",
                        VILLAGE_UNKNOWN,
                        value=village_text,
                        commune=row.commune_name,
                    )
                else:
                    new = vs.new.get(vkey)
                    if new is None:
                        new = vs.new[vkey] = _Village(None, full, None)
                        _row_problem(
                            row,
                            "village",
                            VILLAGE_NEW,
                            WARNING,
                            value=full,
                            commune=row.commune_name,
                        )
                    elif _accents(full) > _accents(new.name):
                        new.name = full  # "Thôn 3" rather than the "THON 3" seen first
                    row.village_name = new.name
                    row._village_key = (row.commune_id, vkey)
        # role
        role, role_problem = parse_role(m.values.get("role"), role_list)
        if role is not None:
            row.role, row.role_label = role.code, role.label
        if role_problem == ROLE_MISSING:
            _row_problem(row, "role", ROLE_MISSING, WARNING)
        elif role_problem is not None:
            row.problems.append(
                _located(row, Problem("role", ROLE_UNKNOWN, ERROR, {"value": m.values.get("role")}))
            )
        # the person
        values = _values_for_validation(m, can_see_cid)
        cleaned, problems = validate_person(values, today=opts.at)
        row.full_name = cleaned.get("full_name") or clean_text(str(m.values.get("full_name", "")))
        row.problems += [_located(row, p) for p in problems]
        row._cleaned = cleaned
        if cleaned.get("full_name"):
            row._typed = person_columns(cleaned, values.get("note"))

    # 2. the same person twice in the file
    first_by_id: dict[Any, ImportRow] = {}
    first_by_cid: dict[str, ImportRow] = {}
    for row in rows:
        c = row._cleaned or {}
        name_key = fold(c.get("full_name") or "")
        cid = c.get("citizen_id")
        if cid:
            other = first_by_cid.get(cid)
            if other is not None and fold(other.full_name) != name_key:
                _row_problem(
                    row,
                    "citizen_id",
                    CID_CONFLICT,
                    value=cid,
                    other_name=other.full_name,
                    first_row=other.row,
                )
                continue
            first_by_cid.setdefault(cid, row)
        identity = cid or ((c.get("phone"), name_key) if c.get("phone") else None)
        if identity is None or row._village_key is None:
            continue
        dup_key = (identity, row._village_key)
        first = first_by_id.get(dup_key)
        if first is not None:
            _row_problem(
                row,
                "full_name",
                DUPLICATE_ROW,
                value=row.full_name,
                first_row=first.row,
                first_sheet=first.sheet,
            )
        else:
            first_by_id[dup_key] = row

    # 3. existing people: by citizen ID, else phone + folded name (as teams._match_person)
    valid = [r for r in rows if r._cleaned and r._cleaned.get("full_name")]
    by_cid = iq.people_by_citizen_id(r._cleaned.get("citizen_id") for r in valid)
    by_phone = iq.people_by_phone(r._cleaned.get("phone") for r in valid)
    for row in valid:
        c = row._cleaned
        folded = fold(c["full_name"])
        cid = c.get("citizen_id")
        if cid and cid in by_cid:
            pid, stored_key = by_cid[cid]
            if stored_key == folded:
                row.person_id, row.matched_by = pid, "citizen_id"
            else:
                other_person = iq.person_values_many([pid]).get(pid, {})
                row.problems.append(
                    _located(
                        row,
                        Problem(
                            "citizen_id",
                            E.CITIZEN_ID_TAKEN,
                            ERROR,
                            {
                                "value": cid,
                                "person_id": pid,
                                "other_name": other_person.get("full_name", ""),
                            },
                        ),
                    )
                )
            continue
        phone = c.get("phone")
        if phone and (phone, folded) in by_phone:
            row.person_id, row.matched_by = by_phone[(phone, folded)], "phone_name"
    # members of the row's own team with the same name (rosters often have no phone): the
    # same person, unless the birth dates disagree
    team_ids = {r.team_id for r in rows if r.team_id is not None}
    team_open = iq.active_memberships(team_ids=team_ids, on=opts.at)
    by_team_name: dict[tuple[int, str], list[int]] = {}
    for om in team_open:
        by_team_name.setdefault((om[1], fold(om[5])), []).append(om[2])
    loose = [
        r
        for r in valid
        if r.person_id is None
        and r.team_id is not None
        and len(by_team_name.get((r.team_id, fold(r._cleaned["full_name"])), [])) == 1
    ]
    stored_loose = iq.person_values_many(
        by_team_name[(r.team_id, fold(r._cleaned["full_name"]))][0] for r in loose
    )
    for row in loose:
        pid = by_team_name[(row.team_id, fold(row._cleaned["full_name"]))][0]
        birth = row._cleaned.get("birth")
        stored = stored_loose.get(pid, {})
        if (
            birth is not None
            and stored.get("birth_year")
            and (
                birth.year != stored.get("birth_year")
                or (
                    birth.precision == "day"
                    and stored.get("birth_precision") == "day"
                    and birth.as_date() != iq.as_date(stored.get("birth_date"))
                )
            )
        ):
            continue
        row.person_id, row.matched_by = pid, "team_name"

    # the same new person on several rows (two teams): created once, by the first good row
    creator: dict[Any, ImportRow] = {}
    for row in valid:
        if row.person_id is not None or not row.ok:
            continue
        c = row._cleaned
        identity = c.get("citizen_id") or (
            (c.get("phone"), fold(c["full_name"])) if c.get("phone") else None
        )
        if identity is None:
            continue
        first = creator.setdefault(identity, row)
        if first is not row:
            row._same_as = first
            row.matched_by = "citizen_id" if c.get("citizen_id") else "phone_name"
    if progress is not None:
        progress(650, "Đang đối chiếu với dữ liệu đã có…")

    # one person twice in one team (matched through different details)
    seen_in_team: dict[tuple, ImportRow] = {}
    for row in rows:
        if row.person_id is None or row._village_key is None or not row.ok:
            continue
        first = seen_in_team.setdefault((row.person_id, row._village_key), row)
        if first is not row:
            _row_problem(
                row,
                "full_name",
                DUPLICATE_ROW,
                value=row.full_name,
                first_row=first.row,
                first_sheet=first.sheet,
            )

    # 4. memberships already open: of the matched people, and of the teams concerned
    matched_ids = {r.person_id for r in rows if r.person_id is not None}
    open_rows = iq.active_memberships(person_ids=matched_ids, on=opts.at)
    seen_ids = {om[0] for om in open_rows}
    open_rows += [om for om in team_open if om[0] not in seen_ids]
    by_person_team = {(om[2], om[1]): om for om in open_rows}
    teams_of_person: dict[int, set[int]] = {}
    for om in open_rows:
        teams_of_person.setdefault(om[2], set()).add(om[1])
    existing = iq.person_values_many(matched_ids)
    role_by_code = {r.code: r for r in role_list}

    for row in rows:
        if row.person_id is not None and row.team_id is not None:
            current = by_person_team.get((row.person_id, row.team_id))
            if current is not None:
                row.membership_id = current[0]

    # 5. one Tổ trưởng per team (file + database)
    teams_rows: dict[tuple, list[ImportRow]] = {}
    for row in rows:
        if row._village_key is not None:
            teams_rows.setdefault(row.team_key, []).append(row)
    open_by_team: dict[int, list[tuple]] = {}
    for om in open_rows:
        if om[1] in team_ids:
            open_by_team.setdefault(om[1], []).append(om)
    for tkey, members_rows in teams_rows.items():
        team_name = members_rows[0].village_name
        leaders = [
            r
            for r in members_rows
            if r.ok and role_by_code.get(r.role) and role_by_code[r.role].is_leader
        ]
        in_file = {r.person_id for r in members_rows if r.person_id is not None}
        staying: list[tuple] = []
        if tkey[0] == "team":
            for om in open_by_team.get(tkey[1], []):
                if not om[4] or om[2] in in_file:
                    continue  # not a leader, or the file says what they become
                if opts.team_mode == "merge":
                    staying.append(om)
        if len(leaders) > 1:
            names = ", ".join(r.full_name for r in leaders)
            for r in leaders:
                _row_problem(
                    r,
                    "role",
                    MANY_LEADERS,
                    team=f"Tổ thôn {team_name}"
                    if not team_name.lower().startswith(("thôn", "tổ", "bản", "khu"))
                    else f"Tổ {team_name}",
                    count=len(leaders),
                    names=names,
                )
        elif leaders and staying:
            for r in leaders:
                r.problems.append(
                    _located(
                        r,
                        Problem(
                            "role",
                            E.MEMBER_SECOND_LEADER,
                            ERROR,
                            {"leader": staying[0][5], "membership_id": staying[0][0]},
                        ),
                    )
                )

    # 6. each row's action
    for row in rows:
        if not row.ok:
            row.action = "refused"
            continue
        changes: list[str] = []
        typed = dict(row._typed or {})
        stored = existing.get(row.person_id) if row.person_id is not None else None
        if stored is not None:
            if _position_equal(typed.get("position", ""), stored):
                typed.pop("position", None)
                typed.pop("organisation", None)
            diff = _merge_columns(stored, typed)
            changes = sorted(k for k in diff if k != "updated_at")
            row._typed = typed
        if row.membership_id is not None:
            current = by_person_team[(row.person_id, row.team_id)]
            if current[3] != row.role:
                changes.append("role")
            row.action = "update" if changes else "unchanged"
        else:
            row.action = "create"
            if row.person_id is not None:  # an existing person joins this team
                others = len(teams_of_person.get(row.person_id, set()) - {row.team_id})
                row.problems.append(
                    _located(
                        row,
                        Problem(
                            "full_name",
                            E.PERSON_MATCHED,
                            WARNING,
                            {
                                "person_id": row.person_id,
                                "by": row.matched_by,
                                "name": (stored or {}).get("full_name", row.full_name),
                                "other_teams": others,
                            },
                        ),
                    )
                )
        row.changes = tuple(changes)

    # 7. new villages and teams (of rows that will be written), members ended (replace),
    # team sizes and leaders
    for row in rows:
        if row.village_id is None and row._village_key is not None:
            vs = villages_of.get(row._village_key[0])
            new = vs.new.get(row._village_key[1]) if vs is not None else None
            if new is not None:
                row.village_name = new.name
    new_village_keys: set[tuple] = set()
    report.new_villages = []
    for row in rows:
        if (
            row.ok
            and row.village_id is None
            and row._village_key is not None
            and row._village_key not in new_village_keys
        ):
            new_village_keys.add(row._village_key)
            report.new_villages.append((row.commune_name, row.village_name))
    new_team_keys: set[tuple] = set()
    for row in rows:
        if (
            row.ok
            and row.team_id is None
            and row._village_key is not None
            and row._village_key not in new_team_keys
        ):
            new_team_keys.add(row._village_key)
            report.new_teams.append(row.village_name)
            _row_problem(row, "village", TEAM_NEW, WARNING, village=row.village_name)
    low, high = team_size_range()
    for tkey, members_rows in teams_rows.items():
        team_name = members_rows[0].village_name
        kept = {r.person_id for r in members_rows if r.person_id is not None}
        current = open_by_team.get(tkey[1], []) if tkey[0] == "team" else []
        size = sum(1 for r in members_rows if r.ok and r.action == "create")
        leader_count = sum(
            1
            for r in members_rows
            if r.ok and role_by_code.get(r.role) and role_by_code[r.role].is_leader
        )
        for om in current:
            if om[2] in kept:
                size += 1
                continue
            if opts.team_mode == "replace":
                report.ended.append(EndedMember(om[0], om[2], om[5], om[3], tkey[1], team_name))
                _file_problem(
                    report,
                    ENDED,
                    INFO,
                    value=om[5],
                    role=role_by_code[om[3]].label if om[3] in role_by_code else om[3],
                    team=team_name,
                )
            else:
                size += 1
                leader_count += 1 if om[4] else 0
        label = f"Tổ CNSCĐ {team_name}"
        if not leader_count and any(r.ok for r in members_rows):
            _file_problem(report, NO_LEADER, WARNING, team=label)
        if any(r.ok for r in members_rows) and not low <= size <= high:
            _file_problem(report, TEAM_SIZE, WARNING, team=label, count=size, min=low, max=high)
    if progress is not None:
        progress(700, "Đã kiểm tra xong.")
    return report


# --- writing ----------------------------------------------------------------------------


def _write(
    actor: Actor,
    report: ImportReport,
    opts: _Options,
    cancelled: CancelledFn | None,
    progress: Callable[[int, str], None] | None,
) -> None:
    """Apply a plan (inside the caller's transaction)."""
    from db.people import update_person
    from desktop.teams import default_team_name
    from desktop.units import _insert_village, _next_codes, split_village_name

    def check() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()

    todo = [r for r in report.rows if r.ok and r.action in ("create", "update")]
    now = utcnow()
    audit_rows: list[dict] = []
    base = {"user_id": actor.user_id, "username": actor.username}
    source = Path(report.file).name

    def add_audit(
        action: str,
        entity: str,
        entity_id: int | None,
        unit_id: int | None,
        after: Any,
        before: Any = None,
        note: str = "",
    ) -> None:
        audit_rows.append(
            {
                **base,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "unit_id": unit_id,
                "after": after,
                "before": before,
                "note": note or f"nhập từ {source}",
            }
        )

    # villages
    village_ids: dict[tuple, int] = {}
    by_commune: dict[int, list[ImportRow]] = {}
    for r in report.rows:
        if r.ok and r.village_id is None and r._village_key is not None:
            by_commune.setdefault(r.commune_id, []).append(r)
    for commune_id, rows in by_commune.items():
        commune = get_unit(commune_id)
        wanted: dict[str, str] = {}
        for r in rows:
            wanted.setdefault(r._village_key[1], r.village_name)
        codes = _next_codes(commune, len(wanted))
        for code, (key, name) in zip(codes, wanted.items()):
            kind, short, full = split_village_name(name)
            vid = _insert_village(commune, code, kind, short, full)
            village_ids[(commune_id, key)] = vid
            add_audit(
                "create",
                "village",
                vid,
                commune_id,
                {"name": full, "code": code, "commune_id": commune_id},
            )
    check()
    # teams
    team_of: dict[tuple, int] = {}
    for r in report.rows:
        if not r.ok or r._village_key is None:
            continue
        if r.village_id is None:
            r.village_id = village_ids[r._village_key]
        if r.team_id is None:
            key = r._village_key
            if key not in team_of:
                name = default_team_name(r.village_name)
                team_of[key] = Team.insert(
                    village=r.village_id,
                    name=name,
                    status="planned",
                    established_on=None,
                    note="",
                    version=1,
                    created_at=now,
                    updated_at=now,
                ).execute()
                add_audit(
                    "create",
                    "team",
                    team_of[key],
                    r.village_id,
                    {"name": name, "status": "planned", "village_id": r.village_id},
                )
            r.team_id = team_of[key]
    check()
    # members no longer in the list (replace mode)
    for m in report.ended:
        Membership.update(
            end_date=opts.at,
            end_reason="Không có trong danh sách nhập",
            version=Membership.version + 1,
            updated_at=now,
        ).where(Membership.id == m.membership_id).execute()
        add_audit(
            "end",
            "membership",
            m.membership_id,
            None,
            {"end_date": opts.at, "full_name": m.full_name, "team_id": m.team_id},
        )
    # people: details completed/refreshed
    for r in todo:
        if r.person_id is not None:
            changes = {k: v for k, v in (r._typed or {}).items() if k in r.changes}
            if changes:
                changes["updated_at"] = now
                update_person(r.person_id, changes)
    check()
    if progress is not None:
        progress(800, "Đang ghi người mới…")
    # new people, in one go
    # rows naming the same new person share one record: the first written row creates it
    new_people: list[ImportRow] = []
    share: dict[int, ImportRow] = {}  # id(row) -> the row whose new person it reuses
    creator_of: dict[int, ImportRow] = {}
    written = {id(r) for r in todo}
    for r in todo:
        if r.person_id is not None:
            continue
        root = r._same_as or r
        creator = root if id(root) in written else creator_of.setdefault(id(root), r)
        if creator is r:
            new_people.append(r)
        else:
            share[id(r)] = creator
    values = []
    for r in new_people:
        typed = dict(r._typed or {})
        typed.setdefault("note", "")
        values.append({**typed, "version": 1, "created_at": now, "retired": False})
    for r, pid in zip(new_people, iq.insert_people(values)):
        r.person_id = pid
    for r in todo:
        if id(r) in share:
            r.person_id = share[id(r)].person_id
    check()
    # roles of members already there: step down first, so the one-leader index never trips
    role_rows = sorted(
        (r for r in todo if r.membership_id is not None and "role" in r.changes),
        key=lambda r: r.role == "to_truong",
    )
    for r in role_rows:
        Membership.update(role=r.role, version=Membership.version + 1, updated_at=now).where(
            Membership.id == r.membership_id
        ).execute()
    for r in (r for r in todo if r.membership_id is not None):
        add_audit(
            "update",
            "membership",
            r.membership_id,
            r.village_id,
            {
                "full_name": r.full_name,
                "role": r.role,
                "team_id": r.team_id,
                "person_id": r.person_id,
                "changes": list(r.changes),
                "source": f"{r.sheet}!{r.row}",
            },
        )
    if progress is not None:
        progress(900, "Đang ghi thành viên…")
    # new memberships
    creates = [r for r in todo if r.membership_id is None]
    start = (
        opts.start_date
        if opts.start_date is not None
        else (opts.at if opts.team_mode == "replace" else None)
    )
    mids = iq.insert_memberships(
        [
            {
                "team": r.team_id,
                "person": r.person_id,
                "role": r.role,
                "start_date": start,
                "end_reason": "",
                "note": "",
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
            for r in creates
        ]
    )
    for r, mid in zip(creates, mids):
        r.membership_id = mid
        add_audit(
            "create",
            "membership",
            mid,
            r.village_id,
            {
                "full_name": r.full_name,
                "role": r.role,
                "team_id": r.team_id,
                "person_id": r.person_id,
                "matched_by": r.matched_by,
                "changes": list(r.changes),
                "source": f"{r.sheet}!{r.row}",
            },
        )
    check()
    counts = report.counts
    communes = {r.commune_id for r in todo if r.commune_id is not None}
    office = get_office()
    where = (
        next(iter(communes))
        if len(communes) == 1
        else opts.commune_id or actor.scope_unit_id or (office.unit_id if office else None)
    )
    add_audit(
        "import",
        "roster",
        None,
        where,
        {
            "file": source,
            "sheets": [s.name for s in report.sheets],
            "rows": len(report.rows),
            "created": counts["create"],
            "updated": counts["update"],
            "unchanged": counts["unchanged"],
            "refused": counts["refused"],
            "new_villages": len(report.new_villages),
            "new_teams": len(report.new_teams),
            "ended": len(report.ended),
            "team_mode": opts.team_mode,
            "skip_refused": opts.skip_refused,
        },
        note=source,
    )
    iq.insert_audit_rows(audit_rows)


def import_roster(
    actor: Actor,
    path: str | os.PathLike[str],
    *,
    commune_id: int | None = None,
    village_id: int | None = None,
    team_mode: str = "merge",
    create_villages: bool = True,
    skip_refused: bool = False,
    commit: bool = False,
    at: dt.date | None = None,
    start_date: dt.date | None = None,
    read: ReadResult | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ImportReport:
    """Read a roster workbook and plan (``commit=False``: the dry run) or write it.

    ``commune_id`` (a commune, or a district/province to look communes up in) and
    ``village_id`` (one team's village) fix where rows go; ``team_mode`` is ``"merge"`` or
    ``"replace"``; ``read`` reuses the ReadResult of a preview instead of reading again.
    On commit the plan is made again inside one transaction; with refused rows nothing is
    written (``committed`` stays False) unless ``skip_refused``. Cancelling raises
    :class:`exports.errors.Cancelled` and leaves the database untouched.
    """
    if team_mode not in TEAM_MODES:
        raise ValueError(f"team_mode must be one of {TEAM_MODES}, not {team_mode!r}")
    if commit and not actor.can_write:
        raise PermissionDenied("perm.read_only", username=actor.username)
    opts = _Options(
        commune_id,
        village_id,
        team_mode,
        create_villages,
        skip_refused,
        at or dt.date.today(),
        start_date,
    )

    def step(done: int, text: str) -> None:
        if progress is not None:
            progress(done, 1000, text)

    if read is None:
        step(0, "Đang đọc tệp…")

        def read_progress(done: int, total: int, text: str = "") -> None:
            step(done * 300 // max(1, total), "Đang đọc tệp…")

        read = read_roster_isolated(path, progress=read_progress, cancelled=cancelled)

    def plan_progress(done: int, text: str) -> None:  # the plan reports 0..700
        step(300 + done * 400 // 700, text)

    if not commit:
        report = _plan(actor, read, opts, plan_progress, cancelled)
        step(1000, "Xong.")
        return report
    try:
        with write_transaction():
            report = _plan(actor, read, opts, plan_progress, cancelled)
            report.commit = True
            if report.can_commit:
                _write(actor, report, opts, cancelled, step)
                report.committed = True
    except pw.IntegrityError as exc:
        raise ValidationFailed(
            [Problem("file", CONFLICT, ERROR, {"detail": str(exc)[:200]})]
        ) from exc
    step(1000, "Xong.")
    return report


# --- the error report workbook --------------------------------------------------------------


def write_report_workbook(
    report: ImportReport,
    path: str | os.PathLike[str],
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Path:
    """The "báo cáo lỗi": the original sheets with a "Lỗi" column on each problem row, and a
    first sheet listing every problem (sheet, row, column, what, what to do). Written to a
    temporary file and renamed."""
    from exports.import_report_xlsx import ReportLine, write_import_report

    lines = []
    for p in report.all_problems():
        if p.severity == INFO and p.code.startswith("sheet."):
            continue
        action = ""
        lines.append(
            ReportLine(
                sheet=p.sheet,
                row=p.row,
                column=p.column,
                field=p.field_label,
                severity=p.severity,
                message=p.message,
                action=action,
            )
        )
    actions = {(r.sheet, r.row): r.action_label for r in report.rows}
    headers = {s.name: s.header_row for s in report.sheets if s.header_row}
    return write_import_report(
        path,
        source=report.file,
        lines=lines,
        row_actions=actions,
        summary=report.summary(),
        header_rows=headers,
        progress=(lambda d, t: progress(d, t, "Đang ghi báo cáo…")) if progress else None,
        cancelled=cancelled,
    )


def problems_text(problems: Iterable[ImportProblem]) -> list[str]:
    return [p.text() for p in problems]
