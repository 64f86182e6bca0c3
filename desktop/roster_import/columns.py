"""Phases 1 and 2: **read** the file (in a child process, see ``exports.safe_read``) and
**map columns**: every member row the reader found becomes an :class:`ImportRow` holding the
values by canonical field and the column each came from; the reader's own problems are placed
on their rows (or on the file)."""

from __future__ import annotations

import os

from desktop.roster_import.model import ImportContext, ImportProblem, ImportRow, ProgressFn
from desktop.roster_import.wording import NO_ROWS, message, read_severity
from desktop.validation import ERROR
from exports.roster_reader import ReadResult
from exports.safe_read import read_roster_isolated

__all__ = ["map_columns", "read_file"]


def read_file(
    path: str | os.PathLike[str],
    progress: ProgressFn | None = None,
    cancelled=None,
) -> ReadResult:
    """Phase 1: the file's rows, read where a crafted file cannot take the app down."""
    return read_roster_isolated(path, progress=progress, cancelled=cancelled)


def map_columns(ctx: ImportContext, read: ReadResult) -> bool:
    """Phase 2: one ImportRow per member row, the reader's problems located. False when
    there is nothing to look at further (unreadable, or no member rows)."""
    report = ctx.report
    rows = [
        ImportRow(
            m.sheet,
            m.row,
            dict(m.values),
            dict(m.columns),
            left_hint=m.left_hint,
            village_text=str(m.values.get("village") or m.village_hint or ""),
            commune_text=str(m.values.get("commune") or m.commune_hint or ""),
        )
        for m in read.members
    ]
    report.rows = rows
    by_row = {(r.sheet, r.row): r for r in rows}
    for p in read.problems:
        severity = read_severity(p.code)
        params = {"detail": p.detail}
        fld = "sex" if "sex" in p.code else ("full_name" if p.code == "row.no_name" else "")
        target = by_row.get((p.sheet or "", p.row or 0)) if p.row else None
        if target is not None and p.column:
            fld = next((f for f, c in target.columns.items() if c == p.column), fld)
        problem = ImportProblem(
            p.sheet, p.row, p.column or "", fld, p.code, severity, message(p.code, params),
            tuple(params.items()),
            p.detail if p.code in ("cell.error_value", "row.no_name") else "",
        )
        (target.problems if target is not None else report.problems).append(problem)
    if not read.readable:
        return False
    if not rows:
        if not any(p.is_error for p in report.problems):
            ctx.file_problem(NO_ROWS, ERROR)
        return False
    return True


