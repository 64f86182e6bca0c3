"""Reading the audit trail: filters a clerk understands, pages for the viewer, Excel export.

The trail itself is written by every service in the transaction of its change
(``db.audit.write_audit``) and is append-only in the database (triggers). This module only
reads it, with three rules of its own:

* **Scope.** An administrator (or a user without a scope) sees everything; a clerk or viewer
  with a scope unit sees only entries of units inside that scope (the unit and everything
  under it), whatever the filter asks for. Entries tied to no unit (sign-ins, user accounts)
  are then not shown.
* **Local dates.** The viewer filters by days as the clerk reads them on the wall calendar:
  ``date_from``/``date_to`` are local dates, both inclusive; they become a UTC range here
  (the trail stores naive UTC). Times come back in local time.
* **Readable changes.** ``before``/``after`` are JSON snapshots of the rows; they are turned
  into "Họ và tên: Nguyễn Văn An → Nguyễn Văn Ân" lines with Vietnamese field labels,
  leaving out the bookkeeping columns (ids, versions, search keys). Citizen IDs are masked
  for users who may not see them.

Exporting the trail to Excel is itself written to the trail (it holds personal data).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db import audit as audit_db
from db.connection import write_transaction
from db.units import get_unit
from desktop._common import audit
from desktop.context import Actor
from vn import messages as vn_messages
from vn.dates import format_day, format_moment

if TYPE_CHECKING:
    from exports.audit_xlsx import AuditLine

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]

PAGE_SIZE = 100
MASK = "••••••"

Translate = Callable[[str], str]


def _same(text: str) -> str:
    return text


# The Vietnamese words (the Excel export and the CLI); the window passes its translator.
ACTION_LABELS: dict[str, str] = {
    code: vn_messages.audit_word("action", code) or code
    for code in vn_messages.audit_codes("action")}
ENTITY_LABELS: dict[str, str] = {
    code: vn_messages.audit_word("entity", code) or code
    for code in vn_messages.audit_codes("entity")}

# Lists stored in a change that a clerk reads as "how many" (ids, removed records).
COUNTED_FIELDS = frozenset({"person_ids", "records"})

# What an action means for a record's status when the change itself does not say it.
_STATUS_AFTER = {"issue": "issued"}

FIELD_LABELS = vn_messages.FIELD_LABELS  # one label per field (vn.messages)

# Bookkeeping columns: never shown as a change.
HIDDEN_FIELDS = frozenset({
    "id", "version", "person_version", "created_at", "updated_at", "search_key", "sort_key",
    "family_name", "middle_name", "given_name", "role_rank", "member_count", "matched_by",
    "birth_date", "birth_year", "birth_precision", "trained", "leader_name", "latest_decision",
    "password_hash", "failed_logins", "locked_until", "attendees", "completed", "form_label",
    "result_label", "unit_name", "retired", "home_unit", "snapshot", "pdf_sha256", "legal_bases",
    "articles", "recipients", "team_ids", "team_names", "short_name", "kind",
})

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


@dataclass(frozen=True)
class AuditQuery:
    """What the viewer asks for; every part is optional."""

    username: str | None = None
    unit_id: int | None = None  # the unit and everything under it
    entity: str | None = None  # record type
    action: str | None = None
    date_from: dt.date | None = None  # local day, inclusive
    date_to: dt.date | None = None  # local day, inclusive


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    before: str
    after: str

    def text(self) -> str:
        if self.before and self.after:
            return f"{self.label}: {self.before} → {self.after}"
        return f"{self.label}: {self.after or self.before}"


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime | None  # local time, naive
    username: str
    action: str
    action_label: str
    entity: str
    entity_label: str
    entity_id: int | None
    record: str  # "Thành viên: Nguyễn Văn An", "Tổ CNSCĐ số 3"
    unit_id: int | None
    unit_name: str
    changes: tuple[FieldChange, ...]
    note: str

    @property
    def summary(self) -> str:
        """All changes on one line (the table cell); the detail pane shows one per line."""
        return "; ".join(c.text() for c in self.changes)

    @property
    def details(self) -> str:
        return "\n".join(c.text() for c in self.changes)


# --- time ---------------------------------------------------------------------------------


def local_day_start_utc(day: dt.date, tz: dt.tzinfo | None = None) -> dt.datetime:
    """The UTC instant (naive, as stored) at which a local day begins."""
    if tz is None:
        start = dt.datetime.combine(day, dt.time()).astimezone()  # the system's rules that day
    else:
        start = dt.datetime.combine(day, dt.time(), tzinfo=tz)
    return start.astimezone(dt.UTC).replace(tzinfo=None)


def to_local(value: dt.datetime | str | None, tz: dt.tzinfo | None = None) -> dt.datetime | None:
    """A stored UTC time (naive) in local time (naive), for showing and for Excel."""
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    aware = value.replace(tzinfo=dt.UTC)
    local = aware.astimezone(tz) if tz is not None else aware.astimezone()
    return local.replace(tzinfo=None)


def format_local(value: dt.datetime | None) -> str:
    return format_moment(value)


# --- scope and filters --------------------------------------------------------------------


def scope_unit(actor: Actor) -> int | None:
    """The subtree an actor's view of the trail is limited to (None: everything)."""
    if actor.role == "admin":
        return None
    return actor.scope_unit_id


def _filter(actor: Actor, query: AuditQuery, tz: dt.tzinfo | None = None) -> audit_db.AuditFilter:
    within: list[int] = []
    scope = scope_unit(actor)
    if scope is not None:
        within.append(scope)
    if query.unit_id is not None and query.unit_id != scope:
        within.append(query.unit_id)
    since = local_day_start_utc(query.date_from, tz) if query.date_from else None
    until = (local_day_start_utc(query.date_to + dt.timedelta(days=1), tz)
             if query.date_to else None)
    return audit_db.AuditFilter(
        username=query.username or None,
        entity=query.entity or None,
        action=query.action or None,
        since=since,
        until=until,
        within=tuple(within),
    )


def count(actor: Actor, query: AuditQuery | None = None, *, tz: dt.tzinfo | None = None) -> int:
    return audit_db.count_audit(_filter(actor, query or AuditQuery(), tz))


def page(actor: Actor, query: AuditQuery | None = None, *, offset: int = 0,
         limit: int = PAGE_SIZE, tz: dt.tzinfo | None = None,
         tr: Translate = _same) -> list[AuditRow]:
    """Newest first, one page: the viewer's table model asks for the next page as it scrolls
    (worded with ``tr``, the window's translator)."""
    entries = audit_db.query_audit(_filter(actor, query or AuditQuery(), tz), limit=limit,
                                   offset=offset)
    names = _user_names(entries)
    return [to_row(e, actor, tz, names, tr) for e in entries]


def usernames(actor: Actor) -> list[str]:
    """The people who appear in the part of the trail this actor may see."""
    scope = scope_unit(actor)
    f = audit_db.AuditFilter(within=(scope,)) if scope is not None else None
    return audit_db.audit_usernames(f)


def record_types(tr: Translate = _same) -> list[tuple[str, str]]:
    """(code, label) of the record types, in the order the viewer offers them."""
    return [(code, vn_messages.audit_word("entity", code, tr) or code)
            for code in vn_messages.audit_codes("entity")]


# --- wording ------------------------------------------------------------------------------


def _load(text: str | None) -> dict | None:
    if not text:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return {"note": text}
    return data if isinstance(data, dict) else {"value": data}


def _flatten(data: dict | None) -> dict[str, Any]:
    """Nested snapshots ({"person": {...}}) flattened; the outer row wins on shared names."""
    out: dict[str, Any] = {}
    if not data:
        return out
    nested: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            for inner, v in value.items():
                nested.setdefault(inner, v)
        else:
            out[key] = value
    for key, value in nested.items():
        out.setdefault(key, value)
    return out


def _hidden(field: str) -> bool:
    if field in HIDDEN_FIELDS:
        return True
    return field.endswith("_id") and field not in ("citizen_id", "scope_unit_id")


def format_value(field: str, value: Any, *, can_see_citizen_id: bool = True,
                 tr: Translate = _same) -> str:
    """A stored value as a clerk reads it: dd/mm/yyyy dates, Có/Không, labels for codes."""
    if value is None or value == "" or value == []:
        return ""
    if field == "citizen_id" and not can_see_citizen_id:
        return MASK
    if isinstance(value, bool):
        return vn_messages.render("audit.yes" if value else "audit.no", tr=tr)
    if field in COUNTED_FIELDS and isinstance(value, (list, tuple)):
        return str(len(value))
    if isinstance(value, str):
        label = vn_messages.audit_word("value", value, tr, field=field)
        if label is not None:
            return label
    if isinstance(value, str):
        if _ISO_DATE.match(value):
            y, m, d = value.split("-")
            return f"{d}/{m}/{y}"
        if _ISO_DATETIME.match(value):
            try:
                return format_local(to_local(value))
            except ValueError:
                return value
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


def describe_changes(before: dict | None, after: dict | None, *,
                     can_see_citizen_id: bool = True,
                     tr: Translate = _same) -> list[FieldChange]:
    """The fields that differ between two snapshots (or every filled field of a new or
    deleted record), with Vietnamese labels, in a stable reading order."""
    b, a = _flatten(before), _flatten(after)
    if "role_label" in a or "role_label" in b:
        a.pop("role", None)
        b.pop("role", None)
    order = list(FIELD_LABELS)
    keys = [k for k in dict.fromkeys([*a, *b]) if not _hidden(k)]
    keys.sort(key=lambda k: (order.index(k) if k in order else len(order), k))
    out: list[FieldChange] = []
    for key in keys:
        old = format_value(key, b.get(key), can_see_citizen_id=can_see_citizen_id, tr=tr)
        new = format_value(key, a.get(key), can_see_citizen_id=can_see_citizen_id, tr=tr)
        if before is not None and after is not None:
            if b.get(key) == a.get(key) or old == new:  # None and "" read the same
                continue
            old = old or vn_messages.render("audit.empty", tr=tr)
            new = new or vn_messages.render("audit.empty", tr=tr)
        elif not (old or new):
            continue
        out.append(FieldChange(key, vn_messages.field_label(key, tr), old, new))
    return out


def _name_of(data: dict[str, Any]) -> str:
    for key in ("full_name", "name", "title", "username", "file"):
        value = data.get(key)
        if value:
            return str(value)
    return ""


def _record_text(entity: str, entity_id: int | None, before: dict | None,
                 after: dict | None, tr: Translate = _same) -> str:
    label = vn_messages.audit_word("entity", entity, tr) or entity
    data = _flatten(after) or _flatten(before)
    name = _name_of(data)
    if name:
        return vn_messages.render("audit.record.named", {"label": label, "name": name}, tr=tr)
    number = data.get("number")
    if entity == "decision" and number:
        # the number it was issued with, never the row's id (Decision 126 is not "số 2")
        symbol = data.get("symbol")
        year = data.get("year")
        text = f"{number}" + (f"/{symbol}" if symbol else "")
        text = vn_messages.render("audit.record.decision", {"label": label, "number": text},
                                  tr=tr)
        return f"{text} ({year})" if year else text
    # the row's internal id: "mã", so it is not read as an official number
    if entity_id is None:
        return label
    return vn_messages.render("audit.record.internal_id", {"label": label, "id": entity_id},
                              tr=tr)


def note_text(note: str | None, tr: Translate = _same) -> str:
    """The entry's note in words: "failures=3" becomes "lần nhập sai thứ 3"."""
    note = (note or "").strip()
    if note.startswith("failures="):
        return vn_messages.render("audit.note.failures", {"count": note.split("=", 1)[1]},
                                  tr=tr)
    return vn_messages.audit_word("note", note, tr) or note if note else ""


def _user_names(entries: list[audit_db.AuditEntry]) -> dict[int, str]:
    """Usernames of the accounts some entries are about (one small query per page)."""
    if not any(e.entity == "user" for e in entries):
        return {}
    from desktop.users import list_users

    return {u.id: u.username for u in list_users()}


def to_row(entry: audit_db.AuditEntry, actor: Actor, tz: dt.tzinfo | None = None,
           user_names: dict[int, str] | None = None, tr: Translate = _same) -> AuditRow:
    """One entry in words (``tr``: the window's translator; Vietnamese by default)."""
    before, after = _load(entry.before), _load(entry.after)
    implied = _STATUS_AFTER.get(entry.action)
    if implied and before and "status" in before and after is not None \
            and "status" not in after:
        after = {**after, "status": implied}  # "Dự thảo → Đã ban hành", not "→ (trống)"
    changes = describe_changes(before, after, can_see_citizen_id=actor.can_see_citizen_id,
                               tr=tr)
    record = _record_text(entry.entity, entry.entity_id, before, after, tr)
    entity_label = vn_messages.audit_word("entity", entry.entity, tr) or entry.entity
    if entry.entity == "user" and user_names and entry.entity_id in user_names \
            and not _name_of(_flatten(after) or _flatten(before)):
        record = vn_messages.render("audit.record.named", {
            "label": entity_label, "name": user_names[entry.entity_id]}, tr=tr)
    return AuditRow(
        id=entry.id,
        at=to_local(entry.at, tz),
        username=entry.username,
        action=entry.action,
        action_label=vn_messages.audit_word("action", entry.action, tr) or entry.action,
        entity=entry.entity,
        entity_label=entity_label,
        entity_id=entry.entity_id,
        record=record,
        unit_id=entry.unit_id,
        unit_name=entry.unit_name or "",
        changes=tuple(changes),
        note=note_text(entry.note, tr),
    )


def last_change(actor: Actor, entity: str, entity_id: int, *,
                tz: dt.tzinfo | None = None, tr: Translate = _same) -> AuditRow | None:
    """The latest entry about one record (who made the change a stale save ran into)."""
    scope = scope_unit(actor)
    f = audit_db.AuditFilter(entity=entity, within=(scope,) if scope is not None else ())
    for entry in audit_db.query_audit(f, limit=50):
        if entry.entity_id == entity_id:
            return to_row(entry, actor, tz, tr=tr)
    return None


def stale_changes(loaded: Any, current: dict | None, *,
                  can_see_citizen_id: bool = True, tr: Translate = _same) -> list[FieldChange]:
    """What someone else changed since a form was loaded: the form's row (a dataclass or a
    dict) against ``StaleRecord.current``. Only fields both sides know are compared."""
    import dataclasses

    if loaded is None:
        return describe_changes(None, current, can_see_citizen_id=can_see_citizen_id, tr=tr)
    if dataclasses.is_dataclass(loaded) and not isinstance(loaded, type):
        loaded = {f.name: getattr(loaded, f.name) for f in dataclasses.fields(loaded)}
    before = {k: _plain(v) for k, v in dict(loaded).items() if k in (current or {})}
    after = {k: _plain(v) for k, v in (current or {}).items() if k in before}
    return describe_changes(before, after, can_see_citizen_id=can_see_citizen_id, tr=tr)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


# --- export -------------------------------------------------------------------------------


def describe_query(query: AuditQuery) -> list[str]:
    """The filters in words, printed under the title of the exported file."""
    parts = []
    if query.date_from or query.date_to:
        start = format_day(query.date_from) or "…"
        end = format_day(query.date_to) or "…"
        parts.append(f"Từ ngày {start} đến ngày {end}")
    if query.unit_id is not None:
        unit = get_unit(query.unit_id)
        if unit is not None:
            parts.append(f"Đơn vị: {unit.name}")
    if query.username:
        parts.append(f"Người thực hiện: {query.username}")
    if query.entity:
        parts.append(f"Loại bản ghi: {ENTITY_LABELS.get(query.entity, query.entity)}")
    if query.action:
        parts.append(f"Thao tác: {ACTION_LABELS.get(query.action, query.action)}")
    return ["; ".join(parts)] if parts else []


def _lines(actor: Actor, f: audit_db.AuditFilter, tz: dt.tzinfo | None) -> Iterator[AuditLine]:
    from desktop.users import list_users
    from exports.audit_xlsx import AuditLine

    names = {u.id: u.username for u in list_users()}
    for entry in audit_db.iter_audit(f):
        row = to_row(entry, actor, tz, names)
        yield AuditLine(at=row.at, username=row.username, action=row.action_label,
                        record=row.record, unit=row.unit_name, changes=row.details,
                        note=row.note)


def export_xlsx(
    actor: Actor,
    query: AuditQuery | None,
    dest: str | os.PathLike[str],
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    tz: dt.tzinfo | None = None,
) -> int:
    """Write the entries the query selects (oldest first) to an .xlsx; returns how many.

    The export is recorded in the trail (after the file is complete, so a cancelled export
    leaves neither a file nor an entry).
    """
    # openpyxl (a fifth of the window's start) only when exporting: the window reads the
    # trail at start and must not load the Excel writer before its first paint (#16)
    from exports.audit_xlsx import AuditDocument, write_audit_log

    query = query or AuditQuery()
    f = _filter(actor, query, tz)
    total = audit_db.count_audit(f)
    now = to_local(dt.datetime.now(dt.UTC).replace(tzinfo=None), tz)
    subtitles = describe_query(query) + [
        f"Xuất lúc {format_local(now)} bởi {actor.username}; {total} mục"
    ]
    step = (lambda done, all_: progress(done, all_, "Đang ghi nhật ký ra Excel…")) \
        if progress else None
    written = write_audit_log(
        AuditDocument(lines=_lines(actor, f, tz), subtitle_lines=subtitles, total=total),
        dest, progress=step, cancelled=cancelled,
    )
    scope = scope_unit(actor)
    with write_transaction():
        audit(actor, "export", "audit", None, unit_id=query.unit_id or scope,
              after={"what": "audit", "rows": written, "file": Path(dest).name,
                     "filters": "; ".join(describe_query(query))},
              note=Path(dest).name)
    return written


# --- Proving the trail (``audit --verify`` and the check at start) ------------------------

PROBLEM_TEXT = {
    "edited": "dòng số {id} đã bị sửa sau khi ghi",
    "broken": "ngay trước dòng số {id} có dòng bị xoá hoặc bị chèn thêm",
    "backdated": "dòng số {id} ghi lùi thời gian ({at})",
    "truncated": "các dòng cuối (sau dòng số {id}) đã bị xoá",
}


@dataclass(frozen=True)
class TrailCheck:
    ok: bool
    rows: int
    last_id: int | None
    head: str
    problems: tuple[audit_db.ChainProblem, ...]
    message: str


def _heads_file() -> Path:
    from desktop import paths

    return paths.default_data_dir() / "audit-heads.json"


def _database_key() -> str:
    from db.connection import database, sqlite_path

    path = sqlite_path()
    if path:
        return str(Path(path).resolve())
    params = getattr(database.obj, "connect_params", {}) or {}
    return f"{params.get('host', '')}:{params.get('port', '')}/{database.obj.database}"


def _remembered_heads() -> dict:
    try:
        return json.loads(_heads_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _remember_head(key: str, last_id: int | None, head: str) -> None:
    from vn.files import write_text

    heads = _remembered_heads()
    heads[key] = {"last_id": last_id, "head": head}
    target = _heads_file()
    try:
        write_text(target, json.dumps(heads, ensure_ascii=False), create_folder=True)
    except OSError:
        pass  # the anchor is a help, not a condition of working


def verify_trail(*, remember: bool = True) -> TrailCheck:
    """Walk the whole chain: any row edited, removed or inserted (its links no longer
    match), any row dated before the one preceding it, and rows removed from the end since
    this PC last saw the trail (a head remembered in the data folder)."""
    report = audit_db.verify_chain()
    problems = list(report.problems)
    key = _database_key()
    seen = _remembered_heads().get(key)
    if seen and seen.get("last_id"):
        from db.models import Audit

        row = Audit.get_or_none(Audit.id == seen["last_id"])
        if row is None or row.row_hash != seen.get("head"):
            problems.append(audit_db.ChainProblem("truncated", report.last_id or 0))
    if not problems:
        if remember:
            _remember_head(key, report.last_id, report.head)
        message = (f"Nhật ký thay đổi nguyên vẹn: {report.rows} dòng"
                   + (f", dòng cuối số {report.last_id}." if report.last_id else "."))
        return TrailCheck(True, report.rows, report.last_id, report.head, (), message)
    parts = [PROBLEM_TEXT[p.kind].format(id=p.audit_id, at=p.at) for p in problems[:5]]
    more = f" (và {len(problems) - 5} chỗ khác)" if len(problems) > 5 else ""
    message = ("CẢNH BÁO: nhật ký thay đổi đã bị can thiệp: " + "; ".join(parts) + more
               + ". Hãy báo quản trị viên; đối chiếu với bản sao lưu gần nhất.")
    return TrailCheck(False, report.rows, report.last_id, report.head, tuple(problems), message)
