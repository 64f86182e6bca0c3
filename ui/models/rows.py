"""The app's tables: villages, teams, members, courses, attendance."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtGui import QColor

from ui.errors import field_label
from ui.models.table import BAD, GOOD, MUTED, RowTableModel, Starter, date_text, number_text


def sex_label(code: str | None) -> str:
    return {
        "nam": QCoreApplication.translate("labels", "Nam"),
        "nu": QCoreApplication.translate("labels", "Nữ"),
    }.get(code or "", "")


def team_status_label(code: str | None) -> str:
    return {
        "planned": QCoreApplication.translate("labels", "Dự kiến"),
        "active": QCoreApplication.translate("labels", "Đang hoạt động"),
        "dissolved": QCoreApplication.translate("labels", "Đã giải thể"),
    }.get(code or "", code or "")


def course_form_label(code: str | None) -> str:
    return {
        "truc_tiep": QCoreApplication.translate("labels", "Trực tiếp"),
        "truc_tuyen": QCoreApplication.translate("labels", "Trực tuyến"),
        "ket_hop": QCoreApplication.translate("labels", "Kết hợp"),
    }.get(code or "", code or "")


def result_label(code: str | None) -> str:
    return {
        "dang_ky": QCoreApplication.translate("labels", "Đã đăng ký"),
        "hoan_thanh": QCoreApplication.translate("labels", "Hoàn thành"),
        "khong_dat": QCoreApplication.translate("labels", "Không đạt"),
        "vang": QCoreApplication.translate("labels", "Vắng"),
    }.get(code or "", code or "")


_DECISION_REF = re.compile(r"^(?P<draft>Dự thảo )?(?P<number>\S+?)(?: ngày (?P<date>[\d/]+))?$")


def decision_ref_text(label: str | None) -> str:
    """A team's or a unit's latest Decision as the core words it ("25/QĐ-UBND ngày
    30/11/2025", "Dự thảo QĐ-UBND"), with the joining words translated; the number and the
    symbol are the document's own."""
    if not label:
        return ""
    found = _DECISION_REF.match(label)
    if found is None:
        return label
    number, date = found.group("number"), found.group("date")
    text = QCoreApplication.translate("labels", "%1 ngày %2").replace("%1", number).replace(
        "%2", date) if date else number
    if found.group("draft"):
        text = QCoreApplication.translate("labels", "Dự thảo %1").replace("%1", text)
    return text


def role_text(code: str | None, label: str | None) -> str:
    """A member's role in the window's language: the three roles every office has are
    translated (by code, or by their stored Vietnamese name where a row has no code); a
    role an office added keeps the name it was given."""
    words = {
        "to_truong": QCoreApplication.translate("labels", "Tổ trưởng"),
        "to_pho": QCoreApplication.translate("labels", "Tổ phó"),
        "thanh_vien": QCoreApplication.translate("labels", "Thành viên"),
    }
    if code in words:
        return words[code]
    by_name = {"Tổ trưởng": "to_truong", "Tổ phó": "to_pho", "Thành viên": "thanh_vien"}
    if label in by_name:
        return words[by_name[label]]
    return label or ""


RESULT_CODES = ("dang_ky", "hoan_thanh", "khong_dat", "vang")
FORM_CODES = ("truc_tiep", "truc_tuyen", "ket_hop")


class VillageTableModel(RowTableModel):
    COL_CODE, COL_NAME, COL_TEAM, COL_MEMBERS, COL_FROM, COL_TO = range(6)
    column_count = 6
    numeric_columns = frozenset({COL_MEMBERS})

    def headers(self) -> list[str]:
        return [self.tr("Mã"), self.tr("Tên thôn/tổ dân phố"), self.tr("Tổ CNSCĐ"),
                self.tr("Thành viên"), self.tr("Từ ngày"), self.tr("Đến ngày")]

    def cell(self, row: Any, column: int) -> Any:
        if column == self.COL_CODE:
            return row.code
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_TEAM:
            return team_status_label(row.team_status) if row.team_id else self.tr("Chưa có tổ")
        if column == self.COL_MEMBERS:
            return number_text(row.member_count) if row.team_id else ""
        if column == self.COL_FROM:
            return date_text(row.valid_from)
        if column == self.COL_TO:
            return date_text(row.valid_to)
        return None

    def foreground(self, row: Any, column: int) -> QColor | None:
        if getattr(row, "retired", False):
            return MUTED
        if column == self.COL_TEAM:
            return GOOD if row.team_id else MUTED
        return None


class TeamTableModel(RowTableModel):
    (COL_NAME, COL_VILLAGE, COL_COMMUNE, COL_STATUS, COL_ESTABLISHED, COL_MEMBERS, COL_LEADER,
     COL_DECISION) = range(8)
    column_count = 8
    numeric_columns = frozenset({COL_MEMBERS})

    def headers(self) -> list[str]:
        return [self.tr("Tên tổ"), self.tr("Thôn/TDP"), self.tr("Xã/phường"),
                self.tr("Trạng thái"), self.tr("Ngày thành lập"), self.tr("Thành viên"),
                self.tr("Tổ trưởng"), self.tr("Quyết định gần nhất")]

    def cell(self, row: Any, column: int) -> Any:
        return (
            row.name,
            row.village_name,
            row.commune_name,
            team_status_label(row.status),
            date_text(row.established_on),
            number_text(row.member_count),
            row.leader_name or self.tr("(chưa có)"),
            decision_ref_text(row.latest_decision) or self.tr("(chưa có)"),
        )[column]

    def sort_value(self, row: Any, column: int) -> Any:
        if column == self.COL_MEMBERS:
            return row.member_count
        if column == self.COL_ESTABLISHED:
            return row.established_on.isoformat() if row.established_on else ""
        return self.cell(row, column)

    def foreground(self, row: Any, column: int) -> QColor | None:
        if row.status == "dissolved":
            return MUTED
        if column == self.COL_LEADER and not row.leader_name:
            return BAD
        if column == self.COL_DECISION and not row.latest_decision:
            return MUTED
        return None


class MemberTableModel(RowTableModel):
    (COL_ROLE, COL_NAME, COL_BIRTH, COL_SEX, COL_ETHNICITY, COL_PHONE, COL_POSITION,
     COL_ORGANISATION, COL_YOUTH, COL_TRAINED, COL_START, COL_END) = range(12)
    column_count = 12

    def headers(self) -> list[str]:
        # a person's details under their one label (vn.messages), as in the form and files
        details = [field_label(name) for name in (
            "role", "full_name", "birth", "sex", "ethnicity", "phone", "position",
            "organisation", "youth_union")]
        return details + [self.tr("Tập huấn"), self.tr("Từ ngày"), self.tr("Đến ngày")]

    def row_id(self, row: Any) -> Any:
        return row.membership_id

    def cell(self, row: Any, column: int) -> Any:
        return (
            role_text(row.role, row.role_label),
            row.full_name,
            row.birth,
            sex_label(row.sex),
            row.ethnicity,
            row.phone or "",
            row.position,
            row.organisation,
            self.tr("Có") if row.youth_union else "",
            self.tr("Đã tập huấn") if row.trained else self.tr("Chưa"),
            date_text(row.start_date),
            date_text(row.end_date),
        )[column]

    def foreground(self, row: Any, column: int) -> QColor | None:
        if row.end_date is not None:
            return MUTED
        if column == self.COL_TRAINED:
            return GOOD if row.trained else MUTED
        return None

    def tooltip(self, row: Any, column: int) -> str | None:
        if row.end_date is not None and row.end_reason:
            return self.tr("Lý do kết thúc: %1").replace("%1", row.end_reason)
        return None


class CourseTableModel(RowTableModel):
    COL_TITLE, COL_DATES, COL_FORM, COL_COUNT, COL_HOURS, COL_ORGANISER, COL_PLACE = range(7)
    column_count = 7
    numeric_columns = frozenset({COL_HOURS, COL_COUNT})

    def headers(self) -> list[str]:
        return [self.tr("Lớp tập huấn"), self.tr("Thời gian"), self.tr("Hình thức"),
                self.tr("Học viên"), self.tr("Số giờ"), self.tr("Đơn vị tổ chức"),
                self.tr("Địa điểm / nền tảng")]

    def sort_value(self, row: Any, column: int) -> Any:
        if column == self.COL_DATES:
            return row.start_date.isoformat() if row.start_date else ""
        if column == self.COL_COUNT:
            return row.attendees
        return self.cell(row, column)

    def cell(self, row: Any, column: int) -> Any:
        if column == self.COL_TITLE:
            return row.title
        if column == self.COL_ORGANISER:
            return row.organiser
        if column == self.COL_FORM:
            return course_form_label(row.form)
        if column == self.COL_DATES:
            start, end = date_text(row.start_date), date_text(row.end_date)
            return f"{start} – {end}" if end and end != start else start
        if column == self.COL_PLACE:
            parts = [p for p in (getattr(row, "place", ""), getattr(row, "platform", "")) if p]
            return " · ".join(parts)
        if column == self.COL_HOURS:
            hours = getattr(row, "hours", None)
            return "" if hours is None else f"{float(hours):g}".replace(".", ",")
        if column == self.COL_COUNT:
            return self.tr("%1 / %2 hoàn thành").replace("%1", number_text(row.attendees)) \
                .replace("%2", number_text(row.completed)) if row.attendees else "0"
        return None


class RecordTableModel(RowTableModel):
    """A course's attendees. A national course holds ~170k records, so the rows come from
    ``set_source(fetch, total)`` a page at a time: the first page at once, the next ones as
    the view scrolls (``fetchMore``), already in Vietnamese name order from SQL.

    ``fetch(after, limit)`` returns the ``limit`` rows after the row ``after`` (None: from
    the start). With ``start`` (the page's bridge to the task runner), every page is read on
    a worker thread and appended when it arrives, so the window never waits for the
    database; a page that arrives after another source was set is dropped.
    """

    COL_NAME, COL_BIRTH, COL_TEAM, COL_RESULT, COL_COMPLETED, COL_CERTIFICATE = range(6)
    column_count = 6
    PAGE = 500

    def __init__(self, parent=None):
        super().__init__(parent)
        self._fetch: Callable[[Any, int], Sequence[Any]] | None = None
        self._total = 0
        self.page_failed.connect(self._stop)  # no retry storm: the page says what failed

    def _stop(self, _exc: BaseException) -> None:
        self._total = len(self._rows)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self._fetch, self._total = None, len(rows)
        super().set_rows(rows)

    def set_source(self, fetch: Callable[[Any, int], Sequence[Any]], total: int, *,
                   start: Starter | None = None) -> None:
        """Show a new source: the rows empty now, its first page as soon as it is read."""
        self.set_rows([])
        self._fetch, self._total = fetch, total
        self.start = start
        if total:
            self._load_page()

    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802
        if parent.isValid() or self._fetch is None:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: N802
        if self.loading or not self.canFetchMore(parent):
            return  # one page in flight at a time
        self._load_page()

    def _load_page(self) -> None:
        fetch = self._fetch
        after = self._rows[-1] if self._rows else None
        limit = self.PAGE
        self._read_more(lambda: list(fetch(after, limit)), self._append)

    def _append(self, rows: list[Any]) -> None:
        if not rows:
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def headers(self) -> list[str]:
        return [self.tr("Họ và tên"), self.tr("Ngày sinh"), self.tr("Tổ / thôn"),
                self.tr("Kết quả"), self.tr("Ngày hoàn thành"), self.tr("Số chứng chỉ")]

    def cell(self, row: Any, column: int) -> Any:
        if column == self.COL_NAME:
            return row.full_name
        if column == self.COL_BIRTH:
            return getattr(row, "birth", "")
        if column == self.COL_TEAM:
            return getattr(row, "village_name", None) or getattr(row, "team_name", "") or ""
        if column == self.COL_RESULT:
            return result_label(row.result)
        if column == self.COL_COMPLETED:
            return date_text(row.completed_on)
        if column == self.COL_CERTIFICATE:
            return row.certificate_no
        return None

    def foreground(self, row: Any, column: int) -> QColor | None:
        if column == self.COL_RESULT:
            return {"hoan_thanh": GOOD, "khong_dat": BAD, "vang": MUTED}.get(row.result)
        return None
