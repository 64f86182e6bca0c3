"""Training records (hồ sơ tập huấn) as .xlsx: per course and per person.

* :func:`write_course_records` — one sheet per course listing its attendees: STT, Họ và tên, Ngày
  sinh, Giới tính, Đơn vị (thôn, xã), Vai trò trong Tổ, Kết quả, Ngày hoàn thành, Số chứng nhận,
  Ghi chú. The course's organiser, form (trực tiếp / trực tuyến), dates and place are printed
  under the title.
* :func:`write_person_records` — one sheet with each person's history: a section row per person
  ("1. Nguyễn Văn A – sinh 05/03/1985 – Thôn Nà Sla, xã Hợp Thành – Tổ trưởng") followed by one row
  per course attended: STT, Khóa tập huấn, Đơn vị tổ chức, Hình thức, Từ ngày, Đến ngày, Kết quả,
  Ngày hoàn thành, Số chứng nhận, Ghi chú.

Same conventions as the roster (see ``exports.xlsx_common``): official title block, A4 landscape
fit to width, header row repeated on every page, frozen panes, real dates shown DD/MM/YYYY,
certificate numbers as text, user text never a formula, atomic save, progress and cancel.
Attendee and people iterables are streamed (only the first rows are buffered to size columns).
"""
from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Iterable, Sequence, Sized
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exports.xlsx_common import (
    BASE,
    SECTION_SUB,
    TABLE_CENTER,
    TABLE_CODE,
    TABLE_DATE,
    TABLE_NOTE,
    TABLE_TEXT,
    CancelledFn,
    Column,
    ProgressFn,
    SheetStream,
    Table,
    Ticker,
    TitleBlock,
    clean_text,
    fit_columns,
    format_date,
    new_workbook,
    save_workbook_atomically,
    setup_page,
    write_signature_block,
)

WIDTH_SAMPLE = 1000


# --------------------------------------------------------------------------------------------
# Per course
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CourseAttendee:
    """One attendee of a course."""

    full_name: str
    unit: str = ""                         # Đơn vị: "Thôn Nà Sla, xã Hợp Thành" or a workplace
    result: str = ""                       # Kết quả: "Đạt", "Hoàn thành", "Chưa đạt"…
    completion_date: dt.date | None = None
    certificate_no: str = ""               # Số chứng nhận (text: leading zeros kept)
    birth: dt.date | int | None = None
    sex: str = ""
    role: str = ""                         # Vai trò trong Tổ
    note: str = ""


@dataclass
class TrainingCourse:
    """A course and its attendees (any iterable, read once)."""

    name: str
    organiser: str = ""                    # Đơn vị tổ chức
    mode: str = ""                         # Hình thức: "Trực tiếp", "Trực tuyến"…
    start: dt.date | None = None
    end: dt.date | None = None
    location: str = ""
    attendees: Iterable[CourseAttendee] = field(default_factory=tuple)
    sheet_title: str | None = None         # default: the course name, cut to 31 characters


@dataclass
class CourseRecordsDocument:
    """Attendee lists for one or more courses (one sheet each)."""

    issuing_body_lines: Sequence[str]
    place: str
    date: dt.date
    courses: Sequence[TrainingCourse]
    title: str = "DANH SÁCH HỌC VIÊN THAM GIA TẬP HUẤN"
    number_line: str | None = None
    preparer_title: str = "Người lập biểu"
    preparer_name: str = ""
    signer_title: str = "THỦ TRƯỞNG ĐƠN VỊ"
    signer_name: str = ""


COURSE_COLUMNS: tuple[Column, ...] = (
    Column("stt", "STT", TABLE_CENTER, 5, 7),
    Column("full_name", "Họ và tên", TABLE_TEXT, 18, 32),
    Column("birth", "Ngày sinh", TABLE_DATE, 12, 13),
    Column("sex", "Giới tính", TABLE_CENTER, 7, 9),
    Column("unit", "Đơn vị (thôn, xã)", TABLE_TEXT, 16, 34),
    Column("role", "Vai trò trong Tổ", TABLE_TEXT, 11, 18),
    Column("result", "Kết quả", TABLE_CENTER, 10, 16),
    Column("completion_date", "Ngày hoàn thành", TABLE_DATE, 12, 13),
    Column("certificate_no", "Số chứng nhận", TABLE_CODE, 12, 22),
    Column("note", "Ghi chú", TABLE_NOTE, 10, 30),
)

_YEAR = TABLE_CODE


def _birth(value: dt.date | int | str | None) -> tuple[Any, Any]:
    """(value, style override) for a birth date or a year alone (written as text "1990")."""
    if value is None or isinstance(value, (dt.date, dt.datetime)):
        return value, None
    return str(value), _YEAR


def _attendee_values(stt: int, a: CourseAttendee) -> tuple[list[Any], list[Any]]:
    birth, birth_style = _birth(a.birth)
    values = [stt, a.full_name, birth, a.sex, a.unit, a.role, a.result, a.completion_date,
              a.certificate_no, a.note]
    styles = [None, None, birth_style, None, None, None, None, None, None, None]
    return values, styles


def course_subtitle(course: TrainingCourse) -> list[str]:
    """The lines printed under the title of a course sheet."""
    lines = [f"Khóa tập huấn: {clean_text(course.name)}"]
    parts = []
    if course.organiser:
        parts.append(f"Đơn vị tổ chức: {clean_text(course.organiser)}")
    if course.mode:
        parts.append(f"Hình thức: {clean_text(course.mode)}")
    if parts:
        lines.append("; ".join(parts))
    parts = []
    if course.start and course.end and course.start != course.end:
        parts.append(f"Thời gian: từ ngày {format_date(course.start)} "
                     f"đến ngày {format_date(course.end)}")
    elif course.start or course.end:
        parts.append(f"Thời gian: ngày {format_date(course.start or course.end)}")
    if course.location:
        parts.append(f"Địa điểm: {clean_text(course.location)}")
    if parts:
        lines.append("; ".join(parts))
    return lines


def write_course_records(path: str | os.PathLike[str], doc: CourseRecordsDocument, *,
                         progress: ProgressFn | None = None,
                         cancelled: CancelledFn | None = None,
                         total_rows: int | None = None) -> Path:
    """Write one sheet per course listing its attendees; returns the path.

    ``progress(done, total)`` counts attendees over all courses (``total`` = ``total_rows``, or
    the sum of the attendee lists' lengths when they have one, else 0 = unknown).
    Cancelling raises :class:`exports.errors.Cancelled` and leaves no file.
    """
    if total_rows is None and all(isinstance(c.attendees, Sized) for c in doc.courses):
        total_rows = sum(len(c.attendees) for c in doc.courses if isinstance(c.attendees, Sized))
    ticker = Ticker(progress, cancelled, total_rows)
    ticker.check()
    wb = new_workbook()
    columns = list(COURSE_COLUMNS)

    def build() -> None:
        courses = list(doc.courses) or [TrainingCourse(name="")]
        for course in courses:
            attendees = iter(course.attendees)
            sample = list(itertools.islice(attendees, WIDTH_SAMPLE))
            widths = fit_columns(columns, (_attendee_values(i, a)[0]
                                           for i, a in enumerate(sample, 1)))
            ss = SheetStream(wb, course.sheet_title or course.name or "Khóa tập huấn")
            title = TitleBlock(widths, issuing_body_lines=doc.issuing_body_lines,
                               place=doc.place, on=doc.date, title=doc.title,
                               subtitle=course_subtitle(course), number_line=doc.number_line)
            header_row = title.row_count + 1
            ss.set_widths(widths)
            setup_page(ss.ws, title_rows=(header_row, header_row), freeze=f"C{header_row + 1}")
            title.write(ss)
            table = Table(ss, columns, widths)
            table.header()
            stt = 0
            for a in itertools.chain(sample, attendees):
                if not isinstance(a, CourseAttendee):
                    raise TypeError(f"attendee must be CourseAttendee, not {type(a)!r}")
                stt += 1
                values, styles = _attendee_values(stt, a)
                table.row(values, styles)
                ticker.tick()
            if stt == 0:
                table.section("(Chưa có học viên)", BASE.but(border=True, italic=True,
                                                              halign="center"))
            write_signature_block(ss, widths, left_title=doc.preparer_title,
                                  right_title=doc.signer_title, left_name=doc.preparer_name,
                                  right_name=doc.signer_name)
        ticker.finish()

    return save_workbook_atomically(wb, path, build)


# --------------------------------------------------------------------------------------------
# Per person
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TrainingEntry:
    """One course in a person's history."""

    course: str
    organiser: str = ""
    mode: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    result: str = ""
    completion_date: dt.date | None = None
    certificate_no: str = ""
    note: str = ""


@dataclass(frozen=True)
class PersonTraining:
    """A person and the courses they attended (in print order)."""

    full_name: str
    birth: dt.date | int | None = None
    unit: str = ""                 # "Thôn Nà Sla, xã Hợp Thành"
    role: str = ""                 # Vai trò trong Tổ
    entries: Sequence[TrainingEntry] = ()


@dataclass
class PersonRecordsDocument:
    """Training histories of many people on one sheet (``people`` may be a generator)."""

    issuing_body_lines: Sequence[str]
    place: str
    date: dt.date
    people: Iterable[PersonTraining]
    title: str = "QUÁ TRÌNH THAM GIA TẬP HUẤN CỦA THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG"
    subtitle: str | None = None
    number_line: str | None = None
    preparer_title: str = "Người lập biểu"
    preparer_name: str = ""
    signer_title: str = "THỦ TRƯỞNG ĐƠN VỊ"
    signer_name: str = ""
    sheet_title: str = "Quá trình tập huấn"


PERSON_COLUMNS: tuple[Column, ...] = (
    Column("stt", "STT", TABLE_CENTER, 5, 7),
    Column("course", "Khóa tập huấn", TABLE_TEXT, 24, 45),
    Column("organiser", "Đơn vị tổ chức", TABLE_TEXT, 14, 28),
    Column("mode", "Hình thức", TABLE_CENTER, 10, 16),
    Column("start", "Từ ngày", TABLE_DATE, 12, 13),
    Column("end", "Đến ngày", TABLE_DATE, 12, 13),
    Column("result", "Kết quả", TABLE_CENTER, 10, 16),
    Column("completion_date", "Ngày hoàn thành", TABLE_DATE, 12, 13),
    Column("certificate_no", "Số chứng nhận", TABLE_CODE, 12, 22),
    Column("note", "Ghi chú", TABLE_NOTE, 10, 30),
)


def _entry_values(stt: int, e: TrainingEntry) -> list[Any]:
    return [stt, e.course, e.organiser, e.mode, e.start, e.end, e.result, e.completion_date,
            e.certificate_no, e.note]


def person_label(number: int, p: PersonTraining) -> str:
    """The section row heading a person's history."""
    parts = [clean_text(p.full_name)]
    if isinstance(p.birth, (dt.date, dt.datetime)):
        parts.append(f"sinh {format_date(p.birth)}")
    elif p.birth not in (None, ""):
        parts.append(f"sinh năm {clean_text(p.birth)}")
    for extra in (p.unit, p.role):
        if clean_text(extra):
            parts.append(clean_text(extra))
    return f"{number}. " + " – ".join(parts)


def write_person_records(path: str | os.PathLike[str], doc: PersonRecordsDocument, *,
                         progress: ProgressFn | None = None,
                         cancelled: CancelledFn | None = None,
                         total_rows: int | None = None) -> Path:
    """Write each person's training history; returns the path.

    ``progress(done, total)`` counts people (``total`` = ``total_rows`` or ``len(doc.people)``
    when it has one, else 0). Cancelling raises :class:`exports.errors.Cancelled` and leaves no
    file.
    """
    if total_rows is None and hasattr(doc.people, "__len__"):
        total_rows = len(doc.people)  # type: ignore[arg-type]
    ticker = Ticker(progress, cancelled, total_rows, every=100)
    ticker.check()
    people = iter(doc.people)
    sample = list(itertools.islice(people, WIDTH_SAMPLE // 4))
    columns = list(PERSON_COLUMNS)
    widths = fit_columns(columns, (_entry_values(i, e) for p in sample
                                   for i, e in enumerate(p.entries, 1)))
    wb = new_workbook()
    ss = SheetStream(wb, doc.sheet_title)
    title = TitleBlock(widths, issuing_body_lines=doc.issuing_body_lines, place=doc.place,
                       on=doc.date, title=doc.title, subtitle=doc.subtitle,
                       number_line=doc.number_line)
    header_row = title.row_count + 1
    ss.set_widths(widths)
    setup_page(ss.ws, title_rows=(header_row, header_row), freeze=f"C{header_row + 1}")

    def build() -> None:
        title.write(ss)
        table = Table(ss, columns, widths)
        table.header()
        none_style = BASE.but(border=True, italic=True)
        for number, p in enumerate(itertools.chain(sample, people), 1):
            if not isinstance(p, PersonTraining):
                raise TypeError(f"person must be PersonTraining, not {type(p)!r}")
            table.section(person_label(number, p), SECTION_SUB.but(wrap=True))
            stt = 0
            for e in p.entries:
                stt += 1
                table.row(_entry_values(stt, e))
            if stt == 0:
                table.section("Chưa tham gia khóa tập huấn nào.", none_style)
            ticker.tick()
        ticker.finish()
        write_signature_block(ss, widths, left_title=doc.preparer_title,
                              right_title=doc.signer_title, left_name=doc.preparer_name,
                              right_name=doc.signer_name)

    return save_workbook_atomically(wb, path, build)


__all__ = [
    "COURSE_COLUMNS",
    "PERSON_COLUMNS",
    "CourseAttendee",
    "CourseRecordsDocument",
    "PersonRecordsDocument",
    "PersonTraining",
    "TrainingCourse",
    "TrainingEntry",
    "course_subtitle",
    "person_label",
    "write_course_records",
    "write_person_records",
]
