"""Phase 6: **plan**: what each row does, against the memberships already open.

* *create* (a new membership; the person new or matched), *update* (already a member of that
  team: the role, details or training change), *unchanged*, *end* (a leaver who is a current
  member: the membership ends on the day the file gives, else the import day), *skip* (a
  leaver who is not a current member: reported, nothing written) or *refused* (any error).
* One Tổ trưởng per team, counting the file and the database: a second one refuses the rows
  that name it; a team left without one is a warning, as in the member form.
* ``team_mode="replace"`` ends, on the import day, the open memberships of the teams in the
  file whose person is not in it (kiện toàn: the file is the whole new roster).
* "Đã tập huấn": a completed course is recorded for the person, to the course the clerk
  picked or the one the cell names, unless they have completed one already (so an exported
  roster, whose "x" means exactly that, changes nothing). Without a course: a warning.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from db import import_queries as iq
from db.models import Membership, TrainingCourse, TrainingRecord
from db.teams import birth_text
from desktop import errors_domain as E
from desktop._common import team_size_range
from desktop.roster_import.model import EndedMember, ImportContext, ImportRow
from desktop.roster_import.values import age_problems
from desktop.roster_import.wording import (
    ENDED,
    INFO,
    LEAVER_END,
    LEAVER_NO_DATE,
    LEAVER_UNKNOWN,
    MANY_LEADERS,
    NO_LEADER,
    ROLE_CHANGED,
    TEAM_NEW,
    TEAM_SIZE,
    TRAINED_NO_COURSE,
    TRAINED_RECORDED,
    VALUE_COMPLETED,
    VALUE_REPLACED,
    YOUTH_UNION_SET,
)
from desktop.validation import ERROR, WARNING, Problem, parse_date
from vn.dates import as_date, format_day
from vn.person_fields import PERSON_FIELDS, position_text
from vn.text import fold

__all__ = ["plan_rows"]

_DATE_IN_TEXT = re.compile(r"\b(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}|\d{1,2}[/.\-]\d{4})\b")
_NOT_TRAINED = frozenset({"", "0", "khong", "chua", "k", "ko", "no", "false", "-", "chua tap huan"})


def _position_equal(typed: str, existing: dict) -> bool:
    return bool(typed) and fold(typed) == fold(
        position_text(existing.get("position"), existing.get("organisation"))
    )


_BIRTH_KEYS = ("birth_date", "birth_year", "birth_precision")


def _birth_text(values: dict) -> str:
    return birth_text(values.get("birth_date"), values.get("birth_year"),
                      values.get("birth_precision"))


def _note_changes(row: ImportRow, stored: dict, diff: dict) -> None:
    """Say what an update changes in a person's stored details, field by field: a blank
    completed (a note), a stored value replaced by a different one (a warning: the file or the
    match may be wrong, and the clerk sees both values before anything is written)."""
    shown: list[tuple[str, Any, Any]] = []
    if any(k in diff for k in _BIRTH_KEYS):
        after = {k: diff.get(k, stored.get(k)) for k in _BIRTH_KEYS}
        shown.append(("birth", _birth_text(stored), _birth_text(after)))
    if "position" in diff or "organisation" in diff:
        shown.append(("position", position_text(stored.get("position"),
                                                stored.get("organisation")),
                      position_text(diff.get("position", stored.get("position")),
                                    diff.get("organisation", stored.get("organisation")))))
    for key in _SAID_ONE_BY_ONE:
        if key in diff:
            shown.append((key, stored.get(key) or "", diff[key]))
    for key, was, now in shown:
        if was in (None, ""):
            row.add(key, VALUE_COMPLETED, INFO, field=key, new=now)
        else:
            row.add(key, VALUE_REPLACED, WARNING, field=key, old=was, new=now)
    if diff.get("youth_union"):
        row.add("youth_union", YOUTH_UNION_SET, INFO)


# The details an update names one by one (the birth, the position cell and the yes/no ones
# are said above and below): every declared detail (vn/person_fields.py) and the note.
_SAID_ONE_BY_ONE = (*(f.name for f in PERSON_FIELDS if f.kind not in ("name", "birth", "flag")
                      and f.name not in ("position", "organisation")), "note")


def _team_label(name: str) -> str:
    if name.lower().startswith(("thôn", "tổ", "bản", "khu", "ấp", "xóm", "buôn", "làng")):
        return f"Tổ {name}"
    return f"Tổ thôn {name}"


def _open_memberships(ctx: ImportContext) -> None:
    rows = ctx.rows
    matched_ids = {r.person_id for r in rows if r.person_id is not None}
    open_rows = iq.active_memberships(person_ids=matched_ids, on=ctx.opts.at)
    seen_ids = {om[0] for om in open_rows}
    open_rows += [om for om in ctx.team_open if om[0] not in seen_ids]
    ctx.open_rows = open_rows
    ctx.by_person_team = {(om[2], om[1]): om for om in open_rows}
    for om in open_rows:
        ctx.teams_of_person.setdefault(om[2], set()).add(om[1])
    ctx.existing = iq.person_values_many(matched_ids)
    for row in rows:
        if row.person_id is not None and row.team_id is not None:
            current = ctx.by_person_team.get((row.person_id, row.team_id))
            if current is not None:
                row.membership_id = current[0]


def _is_leader(ctx: ImportContext, row: ImportRow) -> bool:
    role = ctx.role_by_code.get(row.role)
    return bool(role and role.is_leader)


def _leaders(ctx: ImportContext, teams_rows: dict[tuple, list[ImportRow]],
             open_by_team: dict[int, list[tuple]]) -> None:
    for tkey, members_rows in teams_rows.items():
        team_name = members_rows[0].village_name
        joining = [r for r in members_rows if not r.is_leaver]
        leaders = [r for r in joining if r.ok and _is_leader(ctx, r)]
        in_file = {r.person_id for r in members_rows if r.person_id is not None}
        staying: list[tuple] = []
        if tkey[0] == "team" and ctx.opts.team_mode == "merge":
            staying = [om for om in open_by_team.get(tkey[1], [])
                       if om[4] and om[2] not in in_file]
        if len(leaders) > 1:
            names = ", ".join(r.full_name for r in leaders)
            for r in leaders:
                r.add("role", MANY_LEADERS, team=_team_label(team_name), count=len(leaders),
                      names=names)
        elif leaders and staying:
            for r in leaders:
                r.add_problem(Problem("role", E.MEMBER_SECOND_LEADER, ERROR,
                                      {"leader": staying[0][5], "membership_id": staying[0][0]}))


def _left_on(row: ImportRow) -> dt.date | None:
    for raw in (row.values.get("left_on"), row.left_hint, row.values.get("status"),
                row.values.get("note")):
        if raw in (None, ""):
            continue
        if isinstance(raw, dt.datetime):
            return raw.date()
        if isinstance(raw, dt.date):
            return raw
        text = str(raw)
        m = _DATE_IN_TEXT.search(text)
        got, _problems = parse_date(m.group(1) if m else text, field="left_on")
        if got is not None:
            return got.as_date() or dt.date(got.year, 12, 31)
    return None


def _leavers(ctx: ImportContext) -> None:
    leavers = [r for r in ctx.rows if r.is_leaver and r.ok]
    starts: dict[int, Any] = {}
    ids = [r.membership_id for r in leavers if r.membership_id is not None]
    if ids:
        starts = dict(Membership.select(Membership.id, Membership.start_date)
                      .where(Membership.id.in_(ids)).tuples())
    for row in leavers:
        if row.membership_id is None:
            row.action = "skip"
            row.add("full_name", LEAVER_UNKNOWN, WARNING, value=row.full_name,
                    name=row.full_name, why=row.left_hint)
            continue
        day = _left_on(row)
        if day is None:
            day = ctx.opts.at
            row.add("left_on", LEAVER_NO_DATE, WARNING, date=format_day(day))
        start = as_date(starts.get(row.membership_id))
        if start is not None and day < start:
            row.add_problem(Problem("left_on", E.DATE_BEFORE_START, ERROR,
                                    {"value": day, "start": start}))
            continue
        day = min(day, ctx.opts.at)  # "from next month": ended on the import day at the latest
        row.left_on = day
        row.action = "end"
        row.add("full_name", LEAVER_END, WARNING, value=row.full_name, name=row.full_name,
                why=row.left_hint, team=_team_label(row.village_name),
                date=format_day(day))


def _training(ctx: ImportContext) -> None:
    """Rows whose "Đã tập huấn" asks for a completed course to be recorded."""
    wanted = [r for r in ctx.rows if r.ok and not r.is_leaver
              and fold(str(r.values.get("trained", "") or "")).strip(" .") not in _NOT_TRAINED]
    if not wanted:
        return
    courses = list(TrainingCourse.select(TrainingCourse.id, TrainingCourse.title).tuples())
    by_title = {fold(t): (cid, t) for cid, t in courses}
    titles = dict(courses)
    person_ids = [r.person_id for r in wanted if r.person_id is not None]
    done: set[int] = set()
    for start in range(0, len(person_ids), 500):
        part = person_ids[start:start + 500]
        done |= {p for (p,) in TrainingRecord.select(TrainingRecord.person).where(
            TrainingRecord.person.in_(part) & (TrainingRecord.result == "hoan_thanh")
        ).tuples()}
    for row in wanted:
        if row.person_id is not None and row.person_id in done:
            continue  # trained already: the export's "x" comes back as nothing to do
        text = str(row.values.get("trained"))
        named = by_title.get(fold(text).strip())
        course_id = named[0] if named else ctx.opts.course_id
        if course_id is None or course_id not in titles:
            row.add("trained", TRAINED_NO_COURSE, WARNING, value=text)
            continue
        row.course_id = course_id
        row.add("trained", TRAINED_RECORDED, INFO, course=titles[course_id])


def _actions(ctx: ImportContext) -> None:
    from desktop.people import completing_values

    for row in ctx.rows:
        if not row.ok:
            row.action = "refused"
            continue
        if row.is_leaver:
            continue
        changes: list[str] = []
        typed = dict(row._typed or {})
        stored = ctx.existing.get(row.person_id) if row.person_id is not None else None
        if stored is not None:
            if _position_equal(typed.get("position", ""), stored):
                typed.pop("position", None)
                typed.pop("organisation", None)
            if (typed.get("birth_precision") == "year"
                    and stored.get("birth_precision") == "day"
                    and typed.get("birth_year") == stored.get("birth_year")):
                # "1987" for someone stored as 05/03/1987: the year agrees, keep the day
                for key in ("birth_date", "birth_year", "birth_precision"):
                    typed.pop(key, None)
            if (typed.get("position") and not typed.get("organisation")
                    and stored.get("organisation")
                    and fold(typed["position"]) != fold(stored.get("position") or "")):
                # the file's one "Chức vụ" cell stands for both parts (as the export writes
                # it): a new position there replaces the stored organisation too
                typed["organisation"] = ""
            diff = completing_values(stored, typed)
            if "organisation" in typed and not typed["organisation"] and "position" in diff:
                diff["organisation"] = ""
            changes = sorted(k for k in diff if k != "updated_at")
            row._typed = typed
            _note_changes(row, stored, diff)
        if row.course_id is not None:
            changes.append("trained")
        low, high = ctx.join_ages
        birth = (row._cleaned or {}).get("birth")
        leader = _is_leader(ctx, row)
        if row.membership_id is not None:
            current = ctx.by_person_team[(row.person_id, row.team_id)]
            if current[3] != row.role:
                changes.append("role")
                was = ctx.role_by_code.get(current[3])
                row.add("role", ROLE_CHANGED, INFO, old=was.label if was else current[3],
                        new=row.role_label or row.role)
                if leader:  # becoming a leader: 18 at least (no joining-age check)
                    for p in age_problems(birth, ctx.opts.at, leader=True,
                                          role_label=row.role_label, low=0, high=200):
                        row.add_problem(p)
            row.action = "update" if changes else "unchanged"
        else:
            on = ctx.opts.start_date or ctx.opts.at
            for p in age_problems(birth, on, leader=leader, role_label=row.role_label,
                                  low=low, high=high):
                row.add_problem(p)
            row.action = "create"
        if not row.ok:
            row.action = "refused"
            continue
        if row.action == "create" and row.person_id is not None:
            # an existing person joins this team
            others = len(ctx.teams_of_person.get(row.person_id, set()) - {row.team_id})
            row.add_problem(Problem("full_name", E.PERSON_MATCHED, WARNING, {
                "person_id": row.person_id,
                "by": row.matched_by,
                "name": (stored or {}).get("full_name", row.full_name),
                "other_teams": others,
            }))
        row.changes = tuple(changes)


def _new_units_and_teams(ctx: ImportContext, teams_rows: dict[tuple, list[ImportRow]],
                         open_by_team: dict[int, list[tuple]]) -> None:
    report = ctx.report
    joining = [r for r in ctx.rows if r.ok and not r.is_leaver and r._village_key is not None]
    new_village_keys: set[tuple] = set()
    new_team_keys: set[tuple] = set()
    for row in joining:
        vkey = row._village_key
        assert vkey is not None  # joining rows have a village
        if row.village_id is None and vkey not in new_village_keys:
            new_village_keys.add(vkey)
            report.new_villages.append((row.commune_name, row.village_name))
        if row.team_id is None and vkey not in new_team_keys:
            new_team_keys.add(vkey)
            report.new_teams.append(row.village_name)
            row.add("village", TEAM_NEW, WARNING, value="", village=row.village_name)
    low, high = team_size_range()
    role_by_code = ctx.role_by_code
    for tkey, members_rows in teams_rows.items():
        team_name = members_rows[0].village_name
        kept = {r.person_id for r in members_rows
                if r.person_id is not None and not (r.is_leaver and r.action == "end")}
        leaving = {r.person_id for r in members_rows if r.is_leaver and r.action == "end"}
        current = open_by_team.get(tkey[1], []) if tkey[0] == "team" else []
        size = sum(1 for r in members_rows if r.ok and r.action == "create")
        leader_count = sum(1 for r in members_rows
                           if r.ok and not r.is_leaver and _is_leader(ctx, r))
        for om in current:
            if om[2] in leaving:
                continue
            if om[2] in kept:
                size += 1
                continue
            if ctx.opts.team_mode == "replace":
                report.ended.append(EndedMember(om[0], om[2], om[5], om[3], tkey[1], team_name))
                ctx.file_problem(
                    ENDED, INFO, value=om[5],
                    role=role_by_code[om[3]].label if om[3] in role_by_code else om[3],
                    team=team_name,
                )
            else:
                size += 1
                leader_count += 1 if om[4] else 0
        label = f"Tổ CNSCĐ {team_name}"
        joiners = [r for r in members_rows if r.ok and not r.is_leaver]
        if not joiners:
            continue
        # said at the team's first row in the file, so that the clerk finds it
        first = joiners[0]
        at_column = first.column_of("village")
        if not leader_count:
            ctx.file_problem(NO_LEADER, WARNING, team=label, sheet=first.sheet, row=first.row,
                             column=at_column, fld="village")
        if not low <= size <= high:
            ctx.file_problem(TEAM_SIZE, WARNING, team=label, count=size, min=low, max=high,
                             sheet=first.sheet, row=first.row, column=at_column,
                             fld="village")


def plan_rows(ctx: ImportContext) -> None:
    """Phase 6: every row's action; new villages and teams; members ended; team checks."""
    _open_memberships(ctx)
    teams_rows: dict[tuple, list[ImportRow]] = {}
    for row in ctx.rows:
        if row._village_key is not None:
            teams_rows.setdefault(row.team_key, []).append(row)
    open_by_team: dict[int, list[tuple]] = {}
    for om in ctx.open_rows:
        if om[1] in ctx.team_ids:
            open_by_team.setdefault(om[1], []).append(om)
    _leaders(ctx, teams_rows, open_by_team)
    _leavers(ctx)
    _training(ctx)
    _actions(ctx)
    _new_units_and_teams(ctx, teams_rows, open_by_team)
    if ctx.progress is not None:
        ctx.progress(700, "Đã kiểm tra xong.")


