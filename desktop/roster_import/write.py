"""Phase 7: **write** a plan, inside the caller's transaction: new villages and teams,
members ended (replace mode, and leavers), people completed or created, roles changed,
memberships created, completed courses recorded, and the audit rows; all batched (a 10,000-row
province file must not take 20,000 round trips). The writes share the services' internals
(``person_columns``, ``people.completing_values``, ``units.insert_village``, the same audit
rows).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from db import import_queries as iq
from db.models import Membership, Team, TrainingCourse, TrainingRecord, utcnow
from db.office import get_office
from db.units import get_unit
from desktop.roster_import.model import ImportContext, ImportRow
from exports.errors import Cancelled
from vn.dates import as_date

__all__ = ["write_plan"]


def write_plan(ctx: ImportContext, progress: Any = None) -> None:
    """Phase 7: apply the plan (inside the caller's transaction)."""
    actor, report, opts, cancelled = ctx.actor, ctx.report, ctx.opts, ctx.cancelled
    from db.people import update_person
    from desktop.teams import default_team_name
    from desktop.units import insert_village, next_village_codes, split_village_name

    def check() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()

    todo = [r for r in report.rows if r.ok and r.action in ("create", "update")]
    todo_set = {id(r) for r in todo}
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
        if (id(r) in todo_set and r.village_id is None and r._village_key is not None
                and r.commune_id is not None):
            by_commune.setdefault(r.commune_id, []).append(r)
    for commune_id, rows in by_commune.items():
        commune = get_unit(commune_id)
        if commune is None:  # pragma: no cover - resolved from the database just before
            raise RuntimeError(f"commune {commune_id} is gone")
        wanted: dict[str, str] = {}
        for r in rows:
            if r._village_key is not None:
                wanted.setdefault(r._village_key[1], r.village_name)
        codes = next_village_codes(commune, len(wanted))
        for code, (key, name) in zip(codes, wanted.items()):
            kind, short, full = split_village_name(name)
            vid = insert_village(commune, code, kind, short, full)
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
        if id(r) not in todo_set or r._village_key is None:
            continue
        if r.village_id is None:
            r.village_id = village_ids[r._village_key]
        if r.team_id is None:
            team_key = r._village_key
            if team_key not in team_of:
                name = default_team_name(r.village_name)
                team_of[team_key] = Team.insert(
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
                    team_of[team_key],
                    r.village_id,
                    {"name": name, "status": "planned", "village_id": r.village_id},
                )
            r.team_id = team_of[team_key]
    check()
    def end_membership(membership_id: int | None, day: Any, reason: str, unit_id: int | None,
                       after: dict) -> None:
        Membership.update(end_date=day, end_reason=reason, version=Membership.version + 1,
                          updated_at=now).where(Membership.id == membership_id).execute()
        add_audit("end", "membership", membership_id, unit_id, {"end_date": day, **after})

    # members no longer in the list (replace mode)
    for m in report.ended:
        end_membership(m.membership_id, opts.at, "Không có trong danh sách nhập", None,
                       {"full_name": m.full_name, "team_id": m.team_id})
    # leavers: their membership ends on the day the file gives
    for r in (r for r in report.rows if r.ok and r.action == "end"):
        end_membership(r.membership_id, r.left_on, "Thôi tham gia (theo danh sách nhập)",
                       r.village_id, {"full_name": r.full_name, "team_id": r.team_id,
                                      "reason": r.left_hint, "source": f"{r.sheet}!{r.row}"})
    # people: details completed/refreshed
    for r in todo:
        if r.person_id is not None:
            changes = {k: v for k, v in (r._typed or {}).items() if k in r.changes}
            if changes:
                # the trail keeps each overwritten value next to the new one
                before = iq.person_values(r.person_id, list(changes))
                add_audit("update", "person", r.person_id, r.village_id, dict(changes),
                          before=before)
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
    _record_training(todo, now, add_audit)
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
            "left": counts["end"],
            "team_mode": opts.team_mode,
            "skip_refused": opts.skip_refused,
        },
        note=source,
    )
    iq.insert_audit_rows(audit_rows)




def _record_training(todo: list[ImportRow], now: Any, add_audit: Any) -> None:
    """A completed record in the chosen course for each row that asks for one."""
    rows = [r for r in todo if r.course_id is not None and r.person_id is not None]
    if not rows:
        return
    ends = {cid: end or start for cid, end, start in TrainingCourse.select(
        TrainingCourse.id, TrainingCourse.end_date, TrainingCourse.start_date
    ).where(TrainingCourse.id.in_({r.course_id for r in rows})).tuples()}
    for r in rows:
        completed = as_date(ends.get(r.course_id))
        existing = TrainingRecord.get_or_none(
            (TrainingRecord.course == r.course_id) & (TrainingRecord.person == r.person_id)
        )
        if existing is not None:
            TrainingRecord.update(
                result="hoan_thanh", completed_on=existing.completed_on or completed,
                version=TrainingRecord.version + 1, updated_at=now,
            ).where(TrainingRecord.id == existing.id).execute()
            record_id = existing.id
        else:
            record_id = TrainingRecord.insert(
                course=r.course_id, person=r.person_id, result="hoan_thanh",
                completed_on=completed, certificate_no="", note="", version=1,
                created_at=now, updated_at=now,
            ).execute()
        add_audit("update" if existing else "create", "training_record", record_id,
                  r.village_id, {"course_id": r.course_id, "person_id": r.person_id,
                                 "full_name": r.full_name, "result": "hoan_thanh",
                                 "source": f"{r.sheet}!{r.row}"})
