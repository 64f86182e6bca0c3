"""Importing the rosters communes send: read any layout, check every row, show what would
happen, then write it all in one transaction or nothing.

    report = import_roster(actor, "DS Hop Thanh.xlsx", commit=False)   # dry run: the preview
    report = import_roster(actor, "DS Hop Thanh.xlsx", commit=True)    # all or nothing

The import is a pipeline of named phases, each a function of its own module, run in order
over one :class:`ImportContext` (each is tested by running the ones before it):

1. **read** (``columns.read_file``): the file, read in a child process with a time and memory
   budget after checking what it declares (``exports.safe_read``): no file can take the app
   down; ``exports.roster_reader`` finds the table in every sheet, the sections, the leavers.
2. **map columns** (``columns.map_columns``): one :class:`ImportRow` per member row, values
   by canonical field with their column letters; the reader's problems placed on their rows.
3. **clean values** (``values.clean_rows``): values as clerks type them (placeholders,
   honorifics, typed years, phones with notes), the member form's rules
   (``validate_person``), the role, plausible ages, lengths the database holds.
4. **resolve places** (``places.resolve_places``): commune, village and team; the spellings
   of a new village unified before anything is created.
5. **match people** (``matching.match_people``): the one person matcher
   (``desktop.person_match``) shared with the member form and paste-from-Excel.
6. **plan** (``plan.plan_rows``): each row's action (create, update, unchanged, end, skip,
   refused), one leader per team, leavers, training, new villages and teams, replace mode.
7. **write** (``write.write_plan``): on commit, the plan is made again inside one write
   transaction (the database may have changed since the preview); any refused row means
   nothing is written unless ``skip_refused``; one audit row per record and one ``import``
   row.

Problems name sheet, row, column, the value and what to do (``wording``), in the file's
order; every row of every sheet has an outcome (``ImportReport.outcomes``).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path

import peewee as pw

from db.connection import write_transaction
from desktop.context import Actor
from desktop.errors_domain import ValidationFailed
from desktop.permissions import PermissionDenied
from desktop.roster_import.columns import map_columns, read_file
from desktop.roster_import.matching import match_people
from desktop.roster_import.model import (
    ACTION_LABELS,
    ACTIONS,
    TEAM_MODES,
    CancelledFn,
    EndedMember,
    ImportContext,
    ImportOptions,
    ImportProblem,
    ImportReport,
    ImportRow,
    ProgressFn,
)
from desktop.roster_import.places import resolve_places
from desktop.roster_import.plan import plan_rows
from desktop.roster_import.values import clean_rows, parse_role, prepare_values
from desktop.roster_import.wording import *  # the codes, as before
from desktop.roster_import.wording import CONFLICT, INFO
from desktop.roster_import.write import write_plan
from desktop.validation import ERROR, Problem
from exports.roster_reader import ReadResult

__all__ = [
    "ACTIONS",
    "ACTION_LABELS",
    "EndedMember",
    "ImportContext",
    "ImportOptions",
    "ImportProblem",
    "ImportReport",
    "ImportRow",
    "import_roster",
    "parse_role",
    "plan_import",
    "prepare_values",
    "write_report_workbook",
]

def plan_import(ctx: ImportContext, read: ReadResult) -> ImportReport:
    """Phases 2-6 on a file already read: the report, nothing written."""
    from desktop.teams import roles as list_roles

    report = ctx.report
    report.sheets = list(read.sheets)
    report.read = read
    if not map_columns(ctx, read):
        return report
    ctx.roles = list_roles()
    ctx.role_by_code = {r.code: r for r in ctx.roles}
    clean_rows(ctx)
    resolve_places(ctx)
    match_people(ctx)
    plan_rows(ctx)
    return report


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
    course_id: int | None = None,
    read: ReadResult | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ImportReport:
    """Read a roster workbook and plan (``commit=False``: the dry run) or write it.

    ``commune_id`` (a commune, or a district/province to look communes up in) and
    ``village_id`` (one team's village) fix where rows go; ``team_mode`` is ``"merge"`` or
    ``"replace"``; ``course_id`` is the course "Đã tập huấn" records completion of; ``read``
    reuses the ReadResult of a preview instead of reading again. On commit the plan is made
    again inside one transaction; with refused rows nothing is written (``committed`` stays
    False) unless ``skip_refused``. Cancelling raises :class:`exports.errors.Cancelled` and
    leaves the database untouched.
    """
    if team_mode not in TEAM_MODES:
        raise ValueError(f"team_mode must be one of {TEAM_MODES}, not {team_mode!r}")
    if commit and not actor.can_write:
        raise PermissionDenied("perm.read_only", username=actor.username)
    if course_id is not None:
        from db.models import TrainingCourse
        from desktop.errors_domain import NotFound

        if TrainingCourse.get_or_none(TrainingCourse.id == course_id) is None:
            raise NotFound("course", course_id)
    opts = ImportOptions(commune_id, village_id, team_mode, create_villages, skip_refused,
                         at or dt.date.today(), start_date, course_id)

    def step(done: int, text: str) -> None:
        if progress is not None:
            progress(done, 1000, text)

    if read is None:
        step(0, "Đang đọc tệp…")

        def read_progress(done: int, total: int, text: str = "") -> None:
            step(done * 300 // max(1, total), "Đang đọc tệp…")

        read = read_file(path, progress=read_progress, cancelled=cancelled)

    def plan_progress(done: int, text: str) -> None:  # the plan reports 0..700
        step(300 + done * 400 // 700, text)

    def new_context() -> ImportContext:
        report = ImportReport(file=read.file, commit=commit, team_mode=team_mode,
                              skip_refused=skip_refused)
        return ImportContext(actor, ImportOptions(**vars(opts)), report, plan_progress,
                             cancelled)

    if not commit:
        report = plan_import(new_context(), read)
        step(1000, "Xong.")
        return report
    try:
        with write_transaction():
            ctx = new_context()
            report = plan_import(ctx, read)
            if report.can_commit:
                write_plan(ctx, step)
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
    """The "báo cáo lỗi": a first sheet listing every problem in the file's order (sheet,
    row, column, field, value, what to do), then the original sheets with "Kết quả" (every
    row's outcome) and "Lỗi" columns. Written to a temporary file and renamed."""
    from exports.errors import check_target
    from exports.import_report_xlsx import ReportLine, write_import_report

    check_target(path, [report.file])  # never over the file that was read

    lines = [
        ReportLine(sheet=p.sheet, row=p.row, column=p.column, field=p.field_label,
                   severity=p.severity, message=p.message, value=p.value)
        for p in report.all_problems()
        if not (p.severity == INFO and p.code.startswith("sheet."))
    ]
    headers = {s.name: s.header_row for s in report.sheets if s.header_row}
    readable = report.read is not None and report.read.readable
    return write_import_report(
        path,
        # the original is copied only when the guarded read could read it
        source=report.file if readable else None,
        lines=lines,
        row_actions=report.outcomes(),
        summary=report.summary(),
        header_rows=headers,
        progress=(lambda d, t: progress(d, t, "Đang ghi báo cáo…")) if progress else None,
        cancelled=cancelled,
    )


def problems_text(problems: Iterable[ImportProblem]) -> list[str]:
    return [p.text() for p in problems]
