"""Dates as Vietnamese offices write them, and dates as the database hands them back.

- :func:`as_date`: a ``date`` from what a driver returns (SQLite gives ISO text, PostgreSQL a
  ``date``; a ``datetime`` keeps its day).
- :func:`format_day`: "05/03/1990" (dd/mm/yyyy, as clerks type and read dates).
- :func:`long_date` / :func:`nd30_month`: the form of Decree 30/2020 for dates in documents,
  "ngày 05 tháng 3 năm 2026" (days below 10 and the months 1 and 2 take a leading zero).

Pure module: imports nothing of ours.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

__all__ = ["as_date", "format_day", "format_moment", "long_date", "nd30_month"]


def as_date(value: Any) -> dt.date | None:
    """``None`` for nothing, else the day: a ``date``, a ``datetime`` or ISO text
    ("2026-03-05", "2026-03-05 10:00:00")."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def format_day(d: dt.date | None) -> str:
    """"05/03/1990"; nothing for ``None``."""
    if d is None:
        return ""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def format_moment(moment: dt.datetime | None, *, seconds: bool = False) -> str:
    """"05/03/2026 14:30" (with ``seconds``: "05/03/2026 14:30:05"); nothing for ``None``."""
    if moment is None:
        return ""
    return moment.strftime("%d/%m/%Y %H:%M:%S" if seconds else "%d/%m/%Y %H:%M")


def nd30_month(month: int) -> str:
    """The month as Decree 30/2020 writes it in a date: "01", "02", then "3" ... "12"."""
    return f"{month:02d}" if month < 3 else str(month)


def long_date(d: dt.date) -> str:
    """"ngày 05 tháng 3 năm 2026" (Decree 30/2020)."""
    return f"ngày {d.day:02d} tháng {nd30_month(d.month)} năm {d.year}"
