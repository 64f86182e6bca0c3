"""Excel exports sent upward: the member roster, training records, the statistics report and
the blank import template. The GUI (through the task runner) and the CLI call these.

Each export is a plain function taking ``progress(done, total, text)`` and ``cancelled()``;
it builds the writer's plain data from SQL (the roster is streamed: 500,000 rows never sit in
memory), writes the file atomically (a cancelled or failed export leaves no file and keeps an
older file at the target untouched), and, for files holding personal data, writes an audit row
(action ``export``: what, which unit, how many rows, whether citizen IDs were included).

Citizen IDs (Số CCCD) go into a roster only when all three agree: the caller asks for them,
the office turned the setting ``export_citizen_id`` on, and the acting user may see them.
Asking without the right is refused (:class:`ExportRefused`), never silently ignored.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import unicodedata
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db import export_queries as q
from db.connection import write_transaction
from db.office import OfficeInfo, get_office
from db.teams import team_row
from db.training import FORM_LABELS, RESULT_LABELS
from db.units import UnitInfo, get_unit, path_to_root
from desktop import stats, training
from desktop._common import audit, in_scope
from desktop.context import Actor
from desktop.errors_domain import DomainError, NotFound
from desktop.permissions import PermissionDenied
from desktop.teams import roles
from desktop.units import list_villages
from exports.report_xlsx import (
    ReportDocument,
    ReportRow,
    ReportSection,
    VillageLine,
    write_report,
)
from exports.roster_xlsx import (
    DETAIL_COLUMNS,
    RosterDocument,
    RosterRow,
    RosterSection,
    write_roster,
)
from exports.template_xlsx import write_import_template
from exports.training_xlsx import (
    CourseAttendee,
    CourseRecordsDocument,
    PersonRecordsDocument,
    PersonTraining,
    TrainingCourse,
    TrainingEntry,
    write_course_records,
    write_person_records,
)
from vn.dates import as_date, format_day
from vn.messages import SEX_LABELS, audit_word, render
from vn.person_fields import position_text
from vn.text import clean_text, fold

__all__ = [
    "EXPORT_CITIZEN_ID_SETTING",
    "ExportRefused",
    "ExportResult",
    "citizen_id_allowed",
    "default_file_name",
    "export_report",
    "export_roster",
    "export_template",
    "export_training",
    "heading_for",
]

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]

# Office setting (office.settings JSON): may rosters carry the Số CCCD column? Off by default:
# the citizen ID is sensitive personal data, collected only when the province asks for it.
EXPORT_CITIZEN_ID_SETTING = "export_citizen_id"

ROSTER_TITLE = "DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG"

# Kinds of file, for default names and the audit trail.
KIND_WORDS = {
    "roster": "Danh sach",
    "training": "Tap huan",
    "report": "Bao cao",
    "template": "Mau nhap danh sach",
    "import_report": "Bao cao loi nhap",
}


class ExportRefused(DomainError):
    """An export the caller may not make (citizen IDs without the right to them)."""

    def __init__(self, code: str, **params: Any):
        self.code = code
        self.params = params
        super().__init__(code)

    @property
    def message(self) -> str:
        return render(self.code, self.params)


@dataclass(frozen=True)
class ExportResult:
    path: str
    what: str  # "roster" | "training" | "report" | "template"
    rows: int  # members, attendees/people, communes, template rows
    unit_id: int | None
    citizen_id: bool = False


# --- units, headings, names -------------------------------------------------------------


def _unit_phrase(unit: UnitInfo | None) -> str:
    """ "xã Hợp Thành", "tỉnh Lạng Sơn", "Thành phố Hà Nội", "thôn Nà Sla" (ND 30 style)."""
    if unit is None:
        return ""
    if unit.level == "province" and unit.kind == "Thành phố":
        return unit.name
    kind = unit.kind or ""
    short = unit.short_name or unit.name
    if not kind:
        return short
    if short[:1].isdigit():  # "Phường 5", "Thôn 3": the common noun keeps its capital
        return f"{kind} {short}"
    return f"{kind.lower()} {short}"


def _upper(text: str) -> str:
    return clean_text(text).upper()


def heading_for(office: OfficeInfo | None, unit: UnitInfo | None) -> tuple[list[str], str]:
    """(issuing body lines, place) for the title block: the office's own name ("Ủy ban nhân
    dân xã Hợp Thành" -> "ỦY BAN NHÂN DÂN" / "XÃ HỢP THÀNH"), else the unit's."""
    lines: list[str] = []
    place = ""
    if office is not None:
        name = clean_text(office.name)
        prefix = "ủy ban nhân dân "
        if office.governing_body:
            lines.append(_upper(office.governing_body))
        if name.lower().startswith(prefix) or fold(name).startswith("uy ban nhan dan "):
            lines += ["ỦY BAN NHÂN DÂN", _upper(name[len(prefix) :])]
        elif name:
            lines.append(_upper(name))
        place = clean_text(office.place_name)
    if not lines:
        commune = unit
        if unit is not None and unit.level == "village" and unit.parent_id:
            commune = get_unit(unit.parent_id)
        if commune is not None:
            lines = ["ỦY BAN NHÂN DÂN", _upper(_unit_phrase(commune))]
    if not place:
        base = unit
        if base is not None and base.level == "village" and base.parent_id:
            base = get_unit(base.parent_id)
        place = base.short_name if base is not None else ""
    return lines, place


def _signer(office: OfficeInfo | None) -> str:
    if office is None:
        return ""
    chair = next((o for o in office.officials if o.active and o.is_chair), None)
    return chair.full_name if chair else ""


def _scope_title(unit: UnitInfo | None) -> str:
    """ " XÃ HỢP THÀNH", " THÔN NÀ SLA, XÃ HỢP THÀNH" (empty for the whole database)."""
    if unit is None:
        return ""
    phrase = _unit_phrase(unit)
    if unit.level == "village" and unit.parent_id:
        commune = get_unit(unit.parent_id)
        if commune is not None:
            phrase += f", {_unit_phrase(commune)}"
    return " " + _upper(phrase)


def _ascii(text: str) -> str:
    """A file-name-safe ASCII form: "Hợp Thành" -> "Hop Thanh" (folded, capitals kept)."""
    out = []
    for ch in unicodedata.normalize("NFD", clean_text(text)):
        if unicodedata.combining(ch):
            continue
        out.append({"đ": "d", "Đ": "D"}.get(ch, ch))
    safe = "".join(c if c.isalnum() or c in " -_" else " " for c in "".join(out))
    return " ".join(safe.split())


def default_file_name(
    what: str, unit_id: int | None = None, on: dt.date | None = None, *, suffix: str = ".xlsx"
) -> str:
    """ "Danh sach Hop Thanh 2026-11-28.xlsx": plain ASCII, so it survives e-mail, Zalo and
    old Windows folders; the unit's short name and the day say what is inside."""
    unit = get_unit(unit_id) if unit_id is not None else None
    parts = [KIND_WORDS.get(what, what)]
    if unit is not None:
        parts.append(_ascii(unit.short_name or unit.name))
    parts.append((on or dt.date.today()).isoformat())
    return " ".join(p for p in parts if p) + suffix


def citizen_id_allowed(actor: Actor, office: OfficeInfo | None = None) -> bool:
    """Whether this actor may put citizen IDs into an export now."""
    office = office if office is not None else get_office()
    enabled = bool(office.settings.get(EXPORT_CITIZEN_ID_SETTING)) if office else False
    return enabled and actor.can_see_citizen_id


def _check_citizen_id(actor: Actor, office: OfficeInfo | None) -> None:
    enabled = bool(office.settings.get(EXPORT_CITIZEN_ID_SETTING)) if office else False
    if not enabled:
        raise ExportRefused("export.citizen_id_off")
    if not actor.can_see_citizen_id:
        raise ExportRefused("export.citizen_id_denied", username=actor.username)


def _resolve_unit(actor: Actor, unit_id: int | None, office: OfficeInfo | None) -> UnitInfo | None:
    """The unit an export covers: the one asked for, else the actor's scope, else the
    office's unit, else everything (None). A scoped clerk exports only inside the scope."""
    if unit_id is None:
        unit_id = actor.scope_unit_id or (office.unit_id if office else None)
    unit = get_unit(unit_id) if unit_id is not None else None
    if unit_id is not None and unit is None:
        raise NotFound("unit", unit_id)
    if actor.scope_unit_id is not None and not in_scope(actor, unit_id):
        raise PermissionDenied("perm.out_of_scope", username=actor.username)
    return unit


def _three(progress: ProgressFn | None, text: str) -> Callable[[int, int], None] | None:
    if progress is None:
        return None
    return lambda done, total: progress(done, total, text)


def _audit_export(
    actor: Actor, what: str, unit: UnitInfo | None, path: str | os.PathLike, rows: int, **extra: Any
) -> None:
    with write_transaction():
        audit(
            actor,
            "export",
            what,
            None,
            unit_id=unit.id if unit else None,
            after={
                "what": what,
                "rows": rows,
                "file": Path(path).name,
                "unit": unit.name if unit else "",
                **extra,
            },
            note=Path(path).name,
        )


# --- the roster -------------------------------------------------------------------------


def _birth(birth_date: Any, birth_year: Any, precision: Any) -> dt.date | int | None:
    d = as_date(birth_date)
    if d is not None and precision != "year":
        return d
    if birth_year:
        return int(birth_year)
    return d.year if d is not None else None


def _roster_items(
    scope: q.RosterScope, with_cid: bool, sections: tuple[bool, bool, bool], counter: list[int],
    with_old: bool = False,
) -> Generator[RosterSection | RosterRow, None, None]:
    """Section rows and member rows in print order, straight from the streamed query."""
    by_district, by_commune, by_village = sections
    last_commune = last_village = None
    R = q
    details = DETAIL_COLUMNS  # declared details without an attribute of their own, last
    nd = len(details)
    for r in q.stream(q.roster_query(scope, with_citizen_id=with_cid,
                                     with_old_commune=with_old, details=details)):
        commune_id = r[R.R_COMMUNE_ID]
        if by_commune and commune_id != last_commune:
            label = r[R.R_COMMUNE] or ""
            if by_district and r[R.R_DISTRICT]:
                label = f"{label} – {r[R.R_DISTRICT]}"
            yield RosterSection("commune", _upper(label))
            last_village = None
        last_commune = commune_id
        village_id = r[R.R_VILLAGE_ID]
        if by_village and village_id != last_village:
            yield RosterSection("village", r[R.R_VILLAGE] or "")
        last_village = village_id
        counter[0] += 1
        commune_name = r[R.R_COMMUNE] or ""
        yield RosterRow(
            full_name=r[R.R_NAME],
            birth=_birth(r[R.R_BIRTH_DATE], r[R.R_BIRTH_YEAR], r[R.R_BIRTH_PREC]),
            sex=SEX_LABELS.get(r[R.R_SEX] or "", ""),
            ethnicity=r[R.R_ETHNICITY] or "",
            position=position_text(r[R.R_POSITION], r[R.R_ORGANISATION]),
            role=r[R.R_ROLE] or "",
            village=r[R.R_VILLAGE] or "",
            commune=commune_name,
            phone=r[R.R_PHONE] or "",
            email=r[R.R_EMAIL] or "",
            trained=bool(r[R.R_TRAINED]),
            note=r[R.R_NOTE] or "",
            citizen_id=(r[R.R_CITIZEN_ID] or "") if with_cid else "",
            old_commune=(r[R.R_OLD_COMMUNE - nd] or "") if with_old else "",
            youth_union=bool(r[R.R_YOUTH]),
            details=dict(zip(details, (v or "" for v in r[-nd:]))) if nd else {},
        )


def export_roster(
    actor: Actor,
    unit_id: int | None,
    path: str | os.PathLike[str],
    *,
    team_id: int | None = None,
    include_citizen_id: bool = False,
    at: dt.date | None = None,
    old_commune: bool = False,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ExportResult:
    """The member roster of a team (``team_id``, or a village), a commune, a district or a
    province (``unit_id``; None: the actor's or the office's scope), as on ``at`` (today).

    Members come straight from one SQL query ordered by commune, village, role rank and
    given-name order, streamed into the writer; a section row opens each commune (when the
    roster covers several) and each village (when it covers several). ``old_commune`` adds
    a "Xã cũ" column: the commune each village was in before the 2025 reform."""
    office = get_office()
    if team_id is not None:
        team = team_row(team_id)
        if team is None:
            raise NotFound("team", team_id)
        unit_id = team.village_id
    unit = _resolve_unit(actor, unit_id, office)
    if include_citizen_id:
        _check_citizen_id(actor, office)
    on = at or dt.date.today()
    scope = q.RosterScope(unit.id if unit else None, on, team_id)
    total = q.roster_count(scope)
    districts, communes, villages = q.roster_units(scope)
    sections = (districts > 1, communes > 1, villages > 1)
    lines, place = heading_for(office, unit)
    counter = [0]
    items = _roster_items(scope, include_citizen_id, sections, counter, old_commune)
    doc = RosterDocument(
        issuing_body_lines=lines,
        place=place,
        date=dt.date.today(),
        title=ROSTER_TITLE + _scope_title(unit),
        subtitle=f"(Tính đến ngày {format_day(on)})",
        include_citizen_id=include_citizen_id,
        include_old_commune=old_commune,
        sections=items,
        signer_name=_signer(office),
    )
    if progress:
        progress(0, total, "Đang ghi danh sách thành viên…")
    try:
        write_roster(
            path,
            doc,
            progress=_three(progress, "Đang ghi danh sách thành viên…"),
            cancelled=cancelled,
            total_rows=total,
        )
    finally:
        items.close()  # a cancelled export ends the cursor (and its transaction) now
    _audit_export(
        actor,
        "roster",
        unit,
        path,
        counter[0],
        citizen_id=include_citizen_id,
        at=on,
        team_id=team_id,
    )
    return ExportResult(
        str(path), "roster", counter[0], unit.id if unit else None, include_citizen_id
    )


# --- training ---------------------------------------------------------------------------


def _unit_text(village: str, commune: str) -> str:
    if village and commune:
        return f"{village}, {_unit_phrase_text(commune)}"
    return village or commune


def _unit_phrase_text(name: str) -> str:
    """ "Xã Hợp Thành" -> "xã Hợp Thành" inside a sentence (numbered units keep capitals)."""
    kind, _, rest = name.partition(" ")
    for words in ("Thị trấn", "Đặc khu"):
        if name.startswith(words + " "):
            kind, rest = words, name[len(words) + 1 :]
    if rest and not rest[:1].isdigit():
        return f"{kind.lower()} {rest}"
    return name


def _own_course(course_unit_id: int | None, unit: UnitInfo | None) -> bool:
    """The course belongs to the unit or to a unit under it (its whole attendance counts)."""
    if unit is None:
        return True
    if course_unit_id is None:
        return False
    return unit.id in [u.id for u in path_to_root(course_unit_id)]


def export_training(
    actor: Actor,
    unit_id: int | None,
    path: str | os.PathLike[str],
    *,
    by: str = "course",
    course_ids: list[int] | None = None,
    at: dt.date | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ExportResult:
    """Training records of a unit: ``by="course"`` one sheet per course with its attendees
    (the unit's own courses list everyone; courses run above the unit list the unit's
    people only, and are left out when none of them attended), or ``by="person"`` each
    current member's courses."""
    if by not in ("course", "person"):
        raise ValueError(f"by must be 'course' or 'person', not {by!r}")
    office = get_office()
    unit = _resolve_unit(actor, unit_id, office)
    uid = unit.id if unit else None
    lines, place = heading_for(office, unit)
    on = at or dt.date.today()
    if by == "course":
        courses = training.list_courses(uid)
        if course_ids is not None:
            wanted = set(course_ids)
            courses = [c for c in courses if c.id in wanted]
        courses = sorted(courses, key=lambda c: (c.start_date or dt.date.max, c.id))
        counter = [0]
        doc = CourseRecordsDocument(
            issuing_body_lines=lines,
            place=place,
            date=dt.date.today(),
            courses=_courses_streamed(courses, unit, on, counter),
            signer_name=_signer(office),
        )
        write_course_records(
            path, doc, progress=_three(progress, "Đang ghi hồ sơ tập huấn…"), cancelled=cancelled,
            total_rows=sum(c.attendees for c in courses),
            one_sheet=len(courses) > COURSE_SHEETS_MAX,
        )
        count = counter[0]
    else:
        total = q.members_count(uid, on)
        counter = [0]
        people = _people_training(uid, on, counter)
        pdoc = PersonRecordsDocument(
            issuing_body_lines=lines,
            place=place,
            date=dt.date.today(),
            people=people,
            subtitle=(
                f"{_unit_phrase(unit)[:1].upper()}{_unit_phrase(unit)[1:]}" if unit else None
            ),
            signer_name=_signer(office),
        )
        try:
            write_person_records(
                path,
                pdoc,
                progress=_three(progress, "Đang ghi hồ sơ tập huấn…"),
                cancelled=cancelled,
                total_rows=total,
            )
        finally:
            people.close()
        count = counter[0]
    _audit_export(actor, "training", unit, path, count, by=by)
    return ExportResult(str(path), "training", count, uid)


# More courses than this go on one long sheet (a section row each) instead of a sheet each.
COURSE_SHEETS_MAX = 30


def _courses_streamed(courses: list[Any], unit: UnitInfo | None, on: dt.date,
                      counter: list[int]) -> Generator[TrainingCourse, None, None]:
    """Each course with its attendees read as the sheet is written (500 at a time for their
    current places): a national export never holds its 860k rows. Courses run above the
    unit that none of its people attended are left out."""
    uid = unit.id if unit else None
    for course in courses:
        own = _own_course(course.unit_id, unit)
        rows = q.iter_course_attendees(course.id, uid, everyone=own)
        first = next(rows, None)
        if first is None and not own:
            continue
        yield TrainingCourse(
            name=course.title,
            organiser=course.organiser,
            mode=FORM_LABELS.get(course.form, course.form_label),
            start=course.start_date,
            end=course.end_date,
            location=course.place,
            attendees=_attendees(itertools.chain([first] if first else [], rows), on, counter),
        )


def _attendees(rows: Iterable[Any], on: dt.date, counter: list[int]
               ) -> Generator[CourseAttendee, None, None]:
    for batch in _batches(rows, 500):
        places = q.current_places([r.person_id for r in batch], on)
        for r in batch:
            village, commune, role = places.get(r.person_id, ("", "", ""))
            counter[0] += 1
            yield CourseAttendee(
                full_name=r.full_name,
                unit=_unit_text(village, commune),
                result=RESULT_LABELS.get(r.result, r.result),
                completion_date=r.completed_on,
                certificate_no=r.certificate_no,
                birth=_birth(r.birth_date, r.birth_year, r.birth_precision),
                sex=SEX_LABELS.get(r.sex or "", ""),
                role=role,
                note=r.note,
            )


def _batches(rows: Iterable[Any], size: int) -> Generator[list[Any], None, None]:
    it = iter(rows)
    while batch := list(itertools.islice(it, size)):
        yield batch


def _people_training(
    unit_id: int | None, on: dt.date, counter: list[int]
) -> Generator[PersonTraining, None, None]:
    """Members in given-name order (each person once), their courses fetched 500 at a time."""
    batch: list[tuple] = []
    last = None

    def flush(rows: list[tuple]) -> Generator[PersonTraining, None, None]:
        history = q.training_of_people([r[0] for r in rows])
        for pid, name, bdate, byear, prec, village, commune, role in rows:
            counter[0] += 1
            entries = [
                TrainingEntry(
                    course=e.title,
                    organiser=e.organiser,
                    mode=FORM_LABELS.get(e.form, e.form),
                    start=e.start_date,
                    end=e.end_date,
                    result=RESULT_LABELS.get(e.result, e.result),
                    completion_date=e.completed_on,
                    certificate_no=e.certificate_no,
                    note=e.note,
                )
                for e in history.get(pid, [])
            ]
            yield PersonTraining(
                full_name=name,
                birth=_birth(bdate, byear, prec),
                unit=_unit_text(village or "", commune or ""),
                role=role or "",
                entries=entries,
            )

    for row in q.stream(q.members_query(unit_id, on)):
        if row[0] == last:
            continue  # the same person in a second team: listed once
        last = row[0]
        batch.append(row)
        if len(batch) >= 500:
            yield from flush(batch)
            batch = []
    if batch:
        yield from flush(batch)


# --- the statistics report ----------------------------------------------------------------


def village_line(v: stats.VillageStats) -> VillageLine:
    """A village as the commune's dashboard shows it, from the one statistics service."""
    status = (audit_word("value", v.team_status, field="status") or v.team_status) \
        if v.team_status else "Chưa có tổ"
    return VillageLine(village=v.village_name, team_status=status, members=v.members,
                       trained=v.trained, decision=v.latest_decision or "")


def export_report(
    actor: Actor,
    unit_id: int | None,
    path: str | os.PathLike[str],
    *,
    old_communes: bool = False,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ExportResult:
    """The report sent upward: one row per commune (grouped under districts for the
    pre-2025 catalogue), a totals row, the latest decision of each commune. With
    ``old_communes`` the note of each new commune names the communes it was formed from
    (those its villages were in before the 2025 reform)."""
    office = get_office()
    unit = _resolve_unit(actor, unit_id, office)
    catalogue = (office.catalogue if office else None) or (unit.catalogue if unit else "2025")
    if unit is not None and unit.catalogue in ("2025", "pre2025"):
        catalogue = unit.catalogue
    if progress:
        progress(0, 0, "Đang tính số liệu…")
    communes = q.report_communes(
        unit.id if unit and unit.level != "village" else (unit.parent_id if unit else None),
        catalogue,
    )
    figures = q.commune_figures(communes)
    formed_from: dict[int, list[str]] = {}
    if old_communes:
        from db.reform import former_communes_of

        formed_from = former_communes_of([f.commune_id for f in figures])
    group_by_district = (
        catalogue == "pre2025"
        and len({f.district_id for f in figures if f.district_id is not None}) > 1
    )
    items: list[ReportSection | ReportRow] = []
    last_district: Any = object()
    for f in figures:
        if group_by_district and f.district_id != last_district:
            items.append(ReportSection(f.district_name or "Không thuộc huyện"))
            last_district = f.district_id
        number = f"{f.decision_number:02d}/{f.decision_symbol}" if f.decision_number else ""
        items.append(
            ReportRow(
                commune=f.commune_name,
                villages=f.villages,
                teams=f.teams,
                members=f.members,
                women=f.women,
                youth_union=f.youth_union,
                trained=f.trained,
                decision_number=number,
                decision_date=f.decision_on,
                villages_with_team=f.villages_with_team,
                note=("Từ: " + ", ".join(formed_from[f.commune_id])
                      if formed_from.get(f.commune_id) else ""),
            )
        )
    lines, place = heading_for(office, unit)
    today = dt.date.today()
    villages: list[VillageLine] = []
    if unit is not None and unit.level == "commune":  # the commune dashboard's table
        villages = [village_line(v) for v in stats.per_village(unit.id)]
    title = "BÁO CÁO KẾT QUẢ THÀNH LẬP VÀ HOẠT ĐỘNG TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG"
    if unit is not None and unit.level in ("province", "district", "commune"):
        title += _scope_title(unit)
    doc = ReportDocument(
        issuing_body_lines=lines,
        place=place,
        date=today,
        items=items,
        title=title,
        subtitle=f"(Số liệu tính đến ngày {format_day(today)})",
        signer_name=_signer(office),
        villages=villages,
    )
    write_report(path, doc, progress=_three(progress, "Đang ghi báo cáo…"), cancelled=cancelled)
    _audit_export(actor, "report", unit, path, len(figures))
    return ExportResult(str(path), "report", len(figures), unit.id if unit else None)


# --- the blank import template -------------------------------------------------------------


def template_commune(unit_id: int | None) -> UnitInfo | None:
    """The commune whose villages fill the template's drop-down (a village's commune)."""
    unit = get_unit(unit_id) if unit_id is not None else None
    if unit is not None and unit.level == "village" and unit.parent_id:
        unit = get_unit(unit.parent_id)
    return unit if unit is not None and unit.level == "commune" else None


def export_template(
    actor: Actor,
    unit_id: int | None,
    path: str | os.PathLike[str],
    *,
    rows: int = 500,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ExportResult:
    """The blank roster template of a commune: its villages in the Thôn/Tổ dân phố drop-down.
    Above commune level the village column is free text and the communes fill a list."""
    office = get_office()
    unit = _resolve_unit(actor, unit_id, office)
    commune = template_commune(unit.id if unit else None)
    villages: list[str] = []
    communes: list[str] = []
    title = ""
    if commune is not None:
        villages = [v.name for v in list_villages(commune.id)]
        communes = [commune.name]
        title = commune.name
    elif unit is not None:
        communes = [name for _id, name, _d, _dn in q.report_communes(unit.id, unit.catalogue)]
        title = unit.name
    write_import_template(
        path,
        villages=villages,
        communes=communes,
        roles=[r.label for r in roles()],
        include_citizen_id=citizen_id_allowed(actor, office),
        rows=rows,
        title=title,
        progress=_three(progress, "Đang tạo mẫu…"),
        cancelled=cancelled,
    )
    return ExportResult(str(path), "template", rows, unit.id if unit else None)
