"""The plain data of an import: each row and its outcome, each problem located, the report.

``ImportContext`` is what every phase shares (the actor, the options, the lookups built on the
way); phases read and fill it in order, so each can be tested by running the ones before it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop.context import Actor
from desktop.roster_import.wording import INFO, describe, field_label, message, with_value
from desktop.validation import ERROR, Problem
from exports.roster_reader import ReadResult, SheetReport
from vn.dates import format_day, format_moment
from vn.messages import Translate, render
from vn.messages import field_label as vn_field_label


def _same(text: str) -> str:
    return text

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]

TEAM_MODES = ("merge", "replace")
# "end": a leaver whose open membership ends; "skip": a leaver not found (nothing to do)
ACTIONS = ("create", "update", "unchanged", "end", "skip", "refused")
ACTION_LABELS = {
    "create": "Thêm mới",
    "update": "Cập nhật",
    "unchanged": "Không đổi",
    "end": "Thôi tham gia",
    "skip": "Bỏ qua",
    "refused": "Không nhận",
}
# What happened to rows that are not members (SheetReport.skipped_rows reasons)
SKIP_LABELS = {
    "title": "Bỏ qua (dòng tiêu đề)",
    "column_numbers": "Bỏ qua (dòng số thứ tự cột)",
    "section": "Bỏ qua (dòng tên thôn/xã)",
    "total": "Bỏ qua (dòng tổng cộng)",
    "repeated_header": "Bỏ qua (dòng tiêu đề lặp lại)",
    "signature": "Bỏ qua (phần chữ ký, ghi chú cuối)",
    "leavers": "Bỏ qua (tiêu đề danh sách người đã thôi)",
    "no_name": "Không nhận (thiếu họ tên)",
    "other": "Bỏ qua (không phải dòng thành viên)",
}


@dataclass(frozen=True)
class ImportProblem:
    """One problem, located: sheet, Excel row, column letter(s), field, the value read and a
    Vietnamese sentence saying what is wrong and what to do."""

    sheet: str | None
    row: int | None
    column: str
    field: str
    code: str
    severity: str
    message: str  # in Vietnamese (the CLI, the report workbook)
    # the message's values: ``worded(tr)`` says it in the UI's language
    params: tuple[tuple[str, Any], ...] = ()
    value: str = ""  # the cell's value as read

    def worded(self, tr: Translate | None = None) -> str:
        """The message (with the value read) through the translator ``tr``."""
        if tr is None:
            return self.full_message()
        text = describe(Problem(self.field, self.code, ERROR, self.params), tr)
        return with_value(text, self.value, tr)

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    @property
    def field_label(self) -> str:
        return field_label(self.field)

    def location(self, tr: Translate | None = None) -> str:
        """ "Trang tính 'Thôn Nà Sla', dòng 12, cột F (Số điện thoại)" (through ``tr``, the
        UI's translator, when given)."""
        parts = []
        if self.sheet:
            parts.append(render("import.location.sheet", {"sheet": self.sheet}, tr=tr or _same))
        if self.row:
            parts.append(render("import.location.row", {"row": self.row}, tr=tr or _same))
        label = vn_field_label(self.field, tr, import_names=True) if tr is not None \
            and self.field else self.field_label
        if self.field and label == self.field:
            label = ""
        if self.column:
            code = "import.location.column_named" if label else "import.location.column"
            parts.append(render(code, {"column": self.column, "label": label}, tr=tr or _same))
        elif label and self.row:
            parts.append(label)
        return ", ".join(parts) or render("import.location.file", tr=tr or _same)

    def full_message(self) -> str:
        """The message, with the value read when the sentence does not quote it."""
        return with_value(self.message, self.value)

    def text(self) -> str:
        return f"{self.location()}: {self.full_message()}"

    def order(self, sheets: dict[str, int]) -> tuple:
        """Sort key: file problems first, then sheet order, row, column."""
        if self.row is None and not self.sheet:
            return (0, 0, 0, "")
        return (1, sheets.get(self.sheet or "", len(sheets)), self.row or 0,
                len(self.column), self.column)


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
    left_hint: str | None = None  # a leaver: why the file says so
    left_on: dt.date | None = None  # a leaver: the day they left (None: the import day)
    course_id: int | None = None  # "Đã tập huấn": the course to record, when one applies
    village_text: str = ""  # the village as the row wrote it (or its section)
    commune_text: str = ""
    # internal
    _cleaned: dict | None = field(default=None, repr=False)
    _typed: dict | None = field(default=None, repr=False)
    _village_key: tuple | None = field(default=None, repr=False)
    _same_as: ImportRow | None = field(default=None, repr=False)  # a new person of an earlier row
    _as_typed: tuple | None = field(default=None, repr=False)  # (cleaned, typed) honorific kept

    @property
    def ok(self) -> bool:
        for p in self.problems:  # asked often: a plain loop, most rows have no problem
            if p.severity == ERROR:
                return False
        return True

    @property
    def is_leaver(self) -> bool:
        return self.left_hint is not None

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

    def add(self, fld: str, code: str, severity: str = ERROR, value: Any = None,
            **params: Any) -> None:
        """A problem of this row at the column of ``fld``."""
        if value is not None:
            params.setdefault("value", value)
        self.problems.append(ImportProblem(
            self.sheet, self.row, self.column_of(fld), fld, code, severity,
            message(code, params), tuple(params.items()),
            _value_text(value if value is not None else self.values.get(fld)),
        ))

    def add_problem(self, problem: Problem) -> None:
        """A validation or domain Problem placed at its row and column."""
        fld = problem.field
        shown = problem.param("value")
        self.problems.append(ImportProblem(
            self.sheet, self.row, self.column_of(fld), fld, problem.code, problem.severity,
            describe(problem), tuple(problem.params_dict.items()),
            _value_text(shown if shown is not None else self.values.get(fld)),
        ))

    def column_of(self, fld: str) -> str:
        column = self.columns.get(fld, "")
        if not column and fld == "full_name":
            column = self.columns.get("family_middle", "") or self.columns.get("given", "")
        return column


def _value_text(value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, dt.datetime):
        text = format_moment(value)
    elif isinstance(value, dt.date):
        text = format_day(value)
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:59] + "…"


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
        return len({(p.sheet, p.row) for p in self.problems if p.is_error and p.row is not None})

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
        return any(r.action in ("create", "update", "end") for r in self.rows) or bool(
            self.ended
        )

    def all_problems(self) -> list[ImportProblem]:
        """File problems first, then every row's, in the file's order (sheet, row, column)."""
        sheets = {s.name: i for i, s in enumerate(self.sheets)}
        out = list(self.problems)
        for r in self.rows:
            out += r.problems
        return sorted(out, key=lambda p: p.order(sheets))

    def lines(self, *, warnings: bool = True) -> list[str]:
        """Every problem as one line: "Trang tính 'X', dòng 12, cột F (Số điện thoại): …"."""
        out = []
        for p in self.all_problems():
            if p.severity == INFO and p.row is None and p.code.startswith("sheet."):
                continue
            if not warnings and not p.is_error:
                continue
            tag = {"error": "Lỗi", "warning": "Cảnh báo"}.get(p.severity, "Ghi chú")
            out.append(f"{p.location()}: {tag}: {p.full_message()}")
        return out

    def outcomes(self) -> dict[tuple[str, int], str]:
        """What happened to every row of every sheet that holds something: a member row's
        action, or why a row was skipped."""
        out: dict[tuple[str, int], str] = {}
        for s in self.sheets:
            for rownum, reason in s.skipped_rows:
                out[(s.name, rownum)] = SKIP_LABELS.get(reason, SKIP_LABELS["other"])
        for p in self.problems:
            if p.is_error and p.row is not None and p.sheet:
                out[(p.sheet, p.row)] = ACTION_LABELS["refused"]
        for r in self.rows:
            out[(r.sheet, r.row)] = r.action_label
        return out

    def summary(self, tr: Translate | None = None) -> str:
        """"12 dòng thành viên, 3 thêm mới, …" (through ``tr``, the UI's translator)."""
        c = self.counts

        def say(code: str, count: int) -> str:
            return render(f"import.summary.{code}", {"count": count}, tr=tr or _same)

        parts = [say("rows", len(self.rows) + self.stray_errors), say("create", c["create"]),
                 say("update", c["update"]), say("unchanged", c["unchanged"])]
        if c["end"]:
            parts.append(say("end", c["end"]))
        if c["skip"]:
            parts.append(say("skip", c["skip"]))
        parts.append(say("refused", c["refused"]))
        text = ", ".join(parts) + "."
        if self.new_villages:
            text += " " + say("new_villages", len(self.new_villages))
        if self.new_teams:
            text += " " + say("new_teams", len(self.new_teams))
        if self.ended:
            text += " " + say("ended", len(self.ended))
        return text


@dataclass
class ImportOptions:
    """What the clerk chose (see ``import_roster``)."""

    commune_id: int | None = None
    village_id: int | None = None
    team_mode: str = "merge"
    create_villages: bool = True
    skip_refused: bool = False
    at: dt.date = field(default_factory=dt.date.today)
    start_date: dt.date | None = None
    course_id: int | None = None  # the course "Đã tập huấn" records attendance to


@dataclass
class ImportContext:
    """Shared by the phases: who imports, the options, the report being built and the
    lookups the phases leave for the next ones."""

    actor: Actor
    opts: ImportOptions
    report: ImportReport
    progress: Callable[[int, str], None] | None = None  # (per-mille of the plan, text)
    cancelled: CancelledFn | None = None
    roles: list = field(default_factory=list)
    role_by_code: dict = field(default_factory=dict)
    communes: Any = None  # places._Communes
    villages_of: dict = field(default_factory=dict)  # commune id -> places._Villages
    fixed_village: Any = None  # UnitInfo when the import targets one team
    team_open: list = field(default_factory=list)  # open memberships of the teams concerned
    open_rows: list = field(default_factory=list)
    existing: dict = field(default_factory=dict)  # person id -> stored columns
    teams_of_person: dict = field(default_factory=dict)
    by_person_team: dict = field(default_factory=dict)
    team_ids: set = field(default_factory=set)
    join_ages: tuple[int, int] = (16, 80)  # the office's plausible ages on joining

    @property
    def rows(self) -> list[ImportRow]:
        return self.report.rows

    def tick(self, i: int, total: int, start: int, span: int, text: str) -> None:
        """Every 500 rows: honour Cancel and report progress (start..start+span of 700)."""
        from exports.errors import Cancelled

        if i % 500 == 0:
            if self.cancelled is not None and self.cancelled():
                raise Cancelled()
            if self.progress is not None:
                self.progress(start + i * span // max(1, total), text)

    def file_problem(self, code: str, severity: str, *, sheet: str | None = None,
                     row: int | None = None, column: str = "", fld: str = "",
                     value: Any = None, **params: Any) -> None:
        if value is not None:
            params.setdefault("value", value)
        self.report.problems.append(ImportProblem(
            sheet, row, column, fld, code, severity, message(code, params),
            tuple(params.items()), _value_text(value),
        ))
