"""The 2025 reform: carry every village, team, member and Decision from the old communes
(pre-2025 catalogue) to the new ones (2025 catalogue).

Three use cases, shared by the GUI wizard and the ``reform`` command:

* :func:`plan_reform` — a pure function over the database and the shipped mapping
  (``commune_mapping_pre2025_to_post2025.csv``): for every old commune in scope, its new
  commune(s); a ``full`` commune moves all its villages, a ``partial`` one (split between
  several new communes) lists the villages the clerk must place, with the mapping's
  candidates. Villages whose names fold to the same text arriving in one new commune are
  flagged as likely merges (the 2026 village mergers). Nothing is written.
* :func:`apply_reform` — after a backup copy, in one transaction: loads the 2025 catalogue
  if needed, re-parents the villages (the old commune kept in ``unit_parent_history`` up to
  30/06/2025), keeps teams, memberships and Decisions untouched (old Decisions stay under
  their old issuing commune, which stays in the database), cancels drafts the old communes
  can no longer issue, switches the office, the users' scopes and the training courses to
  the 2025 units, audits every change and checks that the counts of villages, teams,
  memberships, people and Decisions are the same afterwards. A partial commune with
  villages left unplaced blocks it (``reform.unplaced`` with the list). Re-running it is
  harmless: villages already moved are not in the plan any more.
* :func:`undo_reform` — restores the backup taken by the apply (the current data is copied
  first, as every restore does) and records the undo in the restored trail.
"""
from __future__ import annotations

import csv
import datetime as dt
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from db import reform as q
from db.connection import write_transaction
from db.office import get_office, save_office
from db.units import get_unit
from desktop._common import audit, path_ids
from desktop.catalogue import LAST_OLD_DAY, REFORM_DAY, load_catalogue
from desktop.context import Actor
from desktop.errors_domain import DomainError
from desktop.paths import ADMIN_UNITS_DIR
from desktop.permissions import PermissionDenied, require_admin
from vn.collation import sort_key
from vn.dates import format_day
from vn.text import fold

MAPPING_FILE = "commune_mapping_pre2025_to_post2025.csv"
SETTING = "reform_2025"  # office setting: what the last apply did (backup, when, who)
MERGE_PREVIEW = 12  # villages named in a refusal before "… và N thôn khác"

ProgressFn = Callable[[int, int, str], None]


class ReformError(DomainError):
    """The reform was refused; ``code`` and ``params`` are worded in ``desktop/errors.py``."""

    def __init__(self, code: str, **params: Any):
        super().__init__(code)
        self.code = code
        self.params = params


# --- the mapping --------------------------------------------------------------------------


@dataclass(frozen=True)
class NewCommune:
    """A 2025 commune as the mapping names it (the catalogue may not be loaded yet)."""

    code: str
    name: str
    province_code: str
    province_name: str


@dataclass(frozen=True)
class MappingRow:
    old_code: str
    new: NewCommune
    coverage: str  # 'full' | 'partial'


@dataclass(frozen=True)
class CommuneMapping:
    by_old: Mapping[str, tuple[MappingRow, ...]]
    new_communes: Mapping[str, NewCommune]


def load_mapping(path: str | Path | None = None) -> CommuneMapping:
    """The shipped old -> new commune mapping (read once per file)."""
    target = Path(path) if path else Path(ADMIN_UNITS_DIR) / MAPPING_FILE
    return _load_mapping(str(target), target.stat().st_mtime)


@lru_cache(maxsize=4)
def _load_mapping(path: str, _mtime: float) -> CommuneMapping:
    by_old: dict[str, list[MappingRow]] = defaultdict(list)
    new_communes: dict[str, NewCommune] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            new = new_communes.setdefault(row["new_commune_code"], NewCommune(
                row["new_commune_code"], row["new_commune_name"].strip(),
                row["new_province_code"], row["new_province_name"].strip()))
            if row["old_commune_code"]:
                by_old[row["old_commune_code"]].append(
                    MappingRow(row["old_commune_code"], new, row["coverage"] or "full"))
    return CommuneMapping({k: tuple(v) for k, v in by_old.items()}, new_communes)


# --- the plan ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanVillage:
    id: int
    code: str
    name: str
    search_key: str
    old_commune_id: int
    old_commune_code: str
    old_commune_name: str
    candidates: tuple[NewCommune, ...]  # the mapping's new communes for its old commune
    target: NewCommune | None  # where it goes; None: still to be placed
    placed_by: str  # 'mapping' (full coverage), 'clerk', '' (not placed)
    team_id: int | None
    team_status: str | None
    teams: int
    members: int
    valid_from: dt.date | None = None

    @property
    def needs_placing(self) -> bool:
        return len(self.candidates) > 1


@dataclass(frozen=True)
class PlanCommune:
    id: int
    code: str
    name: str
    district_name: str
    coverage: str  # 'full', 'partial' (split between new communes) or 'missing'
    targets: tuple[NewCommune, ...]
    villages: int
    teams: int
    members: int
    decisions: int  # issued (or superseded) Decisions it signed
    drafts: int
    unplaced: tuple[str, ...]  # names of its villages still to place


@dataclass(frozen=True)
class PlanTarget:
    """A new commune and what arrives in it."""

    commune: NewCommune
    old_communes: tuple[str, ...]
    villages: int
    teams: int
    members: int
    likely_merges: tuple[tuple[str, ...], ...]  # names (with their old commune) to merge


@dataclass(frozen=True)
class PlanIssue:
    """A placement in a workbook that can't be used, or a warning about one."""

    code: str  # reform.unknown_commune | reform.not_candidate | reform.unknown_village
    severity: str  # 'error' | 'warning'
    params: tuple[tuple[str, Any], ...]

    def text(self) -> str:
        from vn.messages import render

        return render(self.code, dict(self.params))


@dataclass(frozen=True)
class ReformPlan:
    scope_name: str
    on: dt.date
    communes: tuple[PlanCommune, ...]
    villages: tuple[PlanVillage, ...]
    targets: tuple[PlanTarget, ...]
    issues: tuple[PlanIssue, ...] = ()
    draft_ids: tuple[int, ...] = ()
    office_catalogue: str = "2025"

    @property
    def unplaced(self) -> list[PlanVillage]:
        return [v for v in self.villages if v.target is None]

    @property
    def to_place(self) -> list[PlanVillage]:
        """Villages of split communes (placed or not): the ones the clerk decides."""
        return [v for v in self.villages if v.needs_placing]

    @property
    def missing(self) -> list[PlanCommune]:
        return [c for c in self.communes if c.coverage == "missing" and c.villages]

    @property
    def errors(self) -> list[PlanIssue]:
        return [i for i in self.issues if i.severity == "error"]

    @property
    def ready(self) -> bool:
        return not self.unplaced and not self.missing and not self.errors

    @property
    def nothing_to_do(self) -> bool:
        return not self.villages and self.office_catalogue == "2025" and not self.draft_ids

    @property
    def counts(self) -> dict[str, int]:
        return {
            "communes": len(self.communes),
            "new_communes": len(self.targets),
            "villages": len(self.villages),
            "teams": sum(v.teams for v in self.villages),
            "members": sum(v.members for v in self.villages),
            "decisions": sum(c.decisions for c in self.communes),
            "drafts": len(self.draft_ids),
            "to_place": len(self.to_place),
            "unplaced": len(self.unplaced),
            "likely_merges": sum(len(t.likely_merges) for t in self.targets),
        }


def _scope_unit(actor: Actor, unit_id: int | None) -> int | None:
    """The unit the plan covers: the one asked for (inside the actor's scope), else the
    actor's scope, else the office's unit; None is the whole country."""
    if unit_id is not None:
        if actor.scope_unit_id is not None and actor.scope_unit_id not in path_ids(unit_id):
            raise PermissionDenied("perm.out_of_scope", username=actor.username)
        return unit_id
    if actor.scope_unit_id is not None:
        return actor.scope_unit_id
    office = get_office()
    return office.unit_id if office else None


def _old_communes_in_scope(unit_id: int | None, mapping: CommuneMapping) -> list[q.OldCommune]:
    """Old communes of a pre-2025 unit, or the predecessors of a 2025 unit's communes."""
    unit = get_unit(unit_id) if unit_id is not None else None
    if unit is None or unit.catalogue == "pre2025":
        return q.old_communes(unit.id if unit else None)
    if unit.level == "village":
        return _old_communes_in_scope(unit.parent_id, mapping)
    if unit.level == "commune":
        new_codes = {unit.code}
    else:  # a 2025 province
        new_codes = {c.code for c in mapping.new_communes.values()
                     if c.province_code == unit.code}
    old_codes = {old for old, rows in mapping.by_old.items()
                 if any(r.new.code in new_codes for r in rows)}
    return [c for c in q.old_communes(None) if c.code in old_codes]


def plan_reform(actor: Actor, unit_id: int | None = None,
                placements: Mapping[int, str] | None = None, *,
                mapping: CommuneMapping | None = None, on: dt.date | None = None) -> ReformPlan:
    """What the reform will do in the actor's (or ``unit_id``'s) scope; writes nothing.

    ``placements`` is ``{village id: new commune code}`` for the villages of split communes
    (from the wizard or the plan workbook); a placement of a full commune's village is
    ignored (it goes with its commune), one naming a commune the mapping doesn't know is
    reported as an error.
    """
    mapping = mapping or load_mapping()
    on = on or dt.date.today()
    placements = dict(placements or {})
    scope = _scope_unit(actor, unit_id)
    scope_unit = get_unit(scope) if scope is not None else None
    communes = _old_communes_in_scope(scope, mapping)
    by_id = {c.id: c for c in communes}
    villages = q.villages_of(list(by_id), on)
    decisions = q.decisions_by_issuer(list(by_id))
    issues: list[PlanIssue] = []
    known_ids = {v.id for v in villages}
    for vid, code in placements.items():
        if vid not in known_ids:
            issues.append(PlanIssue("reform.unknown_village", "warning",
                                    (("id", vid), ("value", code))))

    plan_villages: list[PlanVillage] = []
    for v in sorted(villages, key=lambda v: (by_id[v.parent_id].code, sort_key(v.name))):
        old = by_id[v.parent_id]
        rows = mapping.by_old.get(old.code, ())
        candidates = tuple(r.new for r in rows)
        target: NewCommune | None = None
        placed_by = ""
        if len(candidates) == 1:
            target, placed_by = candidates[0], "mapping"
        elif candidates:
            wanted = (placements.get(v.id) or "").strip()
            if wanted:
                found = mapping.new_communes.get(wanted) or mapping.new_communes.get(
                    wanted.zfill(5))
                if found is None:
                    issues.append(PlanIssue("reform.unknown_commune", "error",
                                            (("value", wanted), ("village", v.name),
                                             ("commune", old.name))))
                else:
                    if found not in candidates:
                        issues.append(PlanIssue("reform.not_candidate", "warning", (
                            ("village", v.name), ("commune", old.name), ("new", found.name),
                            ("candidates", ", ".join(c.name for c in candidates)))))
                    target, placed_by = found, "clerk"
        plan_villages.append(PlanVillage(
            id=v.id, code=v.code, name=v.name, search_key=v.search_key,
            old_commune_id=old.id, old_commune_code=old.code, old_commune_name=old.name,
            candidates=candidates, target=target, placed_by=placed_by, team_id=v.team_id,
            team_status=v.team_status, teams=v.teams, members=v.members,
            valid_from=v.valid_from))

    per_commune: dict[int, list[PlanVillage]] = defaultdict(list)
    for pv in plan_villages:
        per_commune[pv.old_commune_id].append(pv)
    plan_communes = []
    for c in communes:
        rows = mapping.by_old.get(c.code, ())
        mine = per_commune.get(c.id, [])
        statuses = decisions.get(c.id, {})
        coverage = "missing" if not rows else "full" if len(rows) == 1 else "partial"
        plan_communes.append(PlanCommune(
            id=c.id, code=c.code, name=c.name, district_name=c.district_name,
            coverage=coverage, targets=tuple(r.new for r in rows), villages=len(mine),
            teams=sum(v.teams for v in mine), members=sum(v.members for v in mine),
            decisions=statuses.get("issued", 0) + statuses.get("superseded", 0),
            drafts=statuses.get("draft", 0),
            unplaced=tuple(v.name for v in mine if v.target is None)))

    office = get_office()
    return ReformPlan(
        scope_name=scope_unit.name if scope_unit else "Toàn quốc", on=on,
        communes=tuple(plan_communes), villages=tuple(plan_villages),
        targets=tuple(_targets(plan_villages, by_id)), issues=tuple(issues),
        draft_ids=tuple(q.draft_ids_of(list(by_id))),
        office_catalogue=(office.catalogue if office else "2025") or "2025",
    )


def _targets(villages: Sequence[PlanVillage], old: Mapping[int, q.OldCommune]
             ) -> list[PlanTarget]:
    arriving: dict[str, list[PlanVillage]] = defaultdict(list)
    refs: dict[str, NewCommune] = {}
    for v in villages:
        if v.target is not None:
            arriving[v.target.code].append(v)
            refs[v.target.code] = v.target
    out = []
    for code in sorted(arriving):
        mine = arriving[code]
        by_name: dict[str, list[PlanVillage]] = defaultdict(list)
        for v in mine:
            by_name[v.search_key].append(v)
        merges = tuple(
            tuple(f"{v.name} ({v.old_commune_name})" for v in group)
            for key, group in sorted(by_name.items())
            if len({v.old_commune_id for v in group}) > 1
        )
        out.append(PlanTarget(
            commune=refs[code],
            old_communes=tuple(sorted({old[v.old_commune_id].name for v in mine},
                                      key=sort_key)),
            villages=len(mine), teams=sum(v.teams for v in mine),
            members=sum(v.members for v in mine), likely_merges=merges))
    return out


def search_villages(plan: ReformPlan, text: str, *, only_to_place: bool = True
                    ) -> list[PlanVillage]:
    """Villages of the plan whose name or old commune contains the text, accents ignored
    ("na sla" finds "Thôn Nà Sla")."""
    key = fold(text)
    pool = plan.to_place if only_to_place else list(plan.villages)
    return [v for v in pool if key in v.search_key or key in fold(v.old_commune_name)]


# --- apply ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ApplyReport:
    villages: int
    communes: int
    new_communes: int
    drafts_cancelled: int
    users: int
    courses: int
    backup: str
    before: q.Totals
    after: q.Totals
    seconds: float
    office_unit_id: int | None = None
    done_before: bool = False  # nothing was left to move (a harmless re-run)


def _require_ready(plan: ReformPlan) -> None:
    if plan.errors:
        raise ReformError("reform.bad_placements", count=len(plan.errors),
                          details="; ".join(i.text() for i in plan.errors[:MERGE_PREVIEW]))
    if plan.missing:
        names = ", ".join(c.name for c in plan.missing[:MERGE_PREVIEW])
        raise ReformError("reform.not_in_mapping", count=len(plan.missing), communes=names)
    if plan.unplaced:
        left = plan.unplaced
        names = "; ".join(f"{v.name} ({v.old_commune_name})" for v in left[:MERGE_PREVIEW])
        if len(left) > MERGE_PREVIEW:
            names += f" … và {len(left) - MERGE_PREVIEW} thôn khác"
        raise ReformError("reform.unplaced", count=len(left), villages=names,
                          ids=[v.id for v in left])


def _new_unit_for(unit_id: int | None, old_to_new: Mapping[int, Counter]) -> int | None:
    """Where an old unit's users, office or courses belong after the reform: an old commune
    becomes the new commune most of its villages went to; a district or province becomes
    the new province most of its communes' villages went to. None: leave it alone."""
    unit = get_unit(unit_id) if unit_id is not None else None
    if unit is None or unit.catalogue != "pre2025":
        return None
    if unit.level == "commune":
        counts = old_to_new.get(unit.id)
        return counts.most_common(1)[0][0] if counts else None
    per_commune: Counter = Counter()
    for commune in q.old_communes(unit.id):
        per_commune.update(old_to_new.get(commune.id) or Counter())
    parents = q.parents_of(list(per_commune))
    total: Counter = Counter()
    for new_id, n in per_commune.items():
        if parents.get(new_id) is not None:
            total[parents[new_id]] += n
    return total.most_common(1)[0][0] if total else None


def apply_reform(actor: Actor, plan: ReformPlan | None = None, *,
                 unit_id: int | None = None, placements: Mapping[int, str] | None = None,
                 backup_to: str | Path | None = None, progress: ProgressFn | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ApplyReport:
    """Carry the plan out (see the module docstring). The plan is made again from the
    database inside the write lock with the given (or the plan's) placements, so a plan
    shown some minutes ago can't move villages that changed since."""
    started = time.perf_counter()
    require_admin(actor)

    def report(done: int, total: int, text: str) -> None:
        if progress is not None:
            progress(done, total, text)

    def check_cancel() -> None:
        if cancelled is not None and cancelled():
            raise ReformError("reform.cancelled")

    if placements is None and plan is not None:
        placements = {v.id: v.target.code for v in plan.villages
                      if v.target is not None and v.placed_by == "clerk"}
    report(0, 5, "Lập lại kế hoạch từ dữ liệu hiện tại")
    fresh = plan_reform(actor, unit_id, placements)
    _require_ready(fresh)
    before = q.totals(fresh.on)
    if fresh.nothing_to_do:
        return ApplyReport(0, 0, 0, 0, 0, 0, "", before, before,
                           round(time.perf_counter() - started, 2), done_before=True)
    check_cancel()
    report(1, 5, "Sao lưu dữ liệu trước khi sắp xếp")
    backup = _backup(actor, backup_to)
    check_cancel()
    with write_transaction():
        report(2, 5, "Nạp danh mục 2025 và chuyển thôn sang xã mới")
        load_catalogue("2025")  # also the old -> new successions
        fresh = plan_reform(actor, unit_id, placements)  # again, inside the write lock
        _require_ready(fresh)
        before = q.totals(fresh.on)
        new_ids = q.communes_by_code("2025", {v.target.code for v in fresh.villages
                                              if v.target is not None})
        moves = [(v.id, v.old_commune_id, new_ids[v.target.code], v.valid_from)
                 for v in fresh.villages if v.target is not None]
        q.move_villages(moves, LAST_OLD_DAY)
        old_to_new: dict[int, Counter] = defaultdict(Counter)
        for _v, old, new, _since in moves:
            old_to_new[old][new] += 1
        q.write_audits(actor.user_id, actor.username, [
            {"action": "reform", "entity": "village", "entity_id": v.id,
             "unit_id": new_ids[v.target.code],
             "before": {"commune": v.old_commune_name, "commune_code": v.old_commune_code},
             "after": {"commune": v.target.name, "commune_code": v.target.code,
                       "placed_by": v.placed_by},
             "note": "Sắp xếp đơn vị hành chính 2025"}
            for v in fresh.villages if v.target is not None])
        check_cancel()
        report(3, 5, "Chuyển cơ quan, người dùng và lớp tập huấn sang đơn vị mới")
        q.cancel_drafts(fresh.draft_ids)
        for did in fresh.draft_ids:
            audit(actor, "cancel", "decision", did, before={"status": "draft"},
                  after={"status": "cancelled"},
                  note="Dự thảo của xã cũ: xã không còn thẩm quyền ban hành sau 01/07/2025")
        users = _switch_users(actor, old_to_new)
        courses = _switch_courses(actor, old_to_new)
        office_unit = _switch_office(actor, old_to_new, backup, fresh)
        after = q.totals(fresh.on)
        if (before.villages, before.teams, before.memberships, before.people,
                before.issued_decisions) != (after.villages, after.teams, after.memberships,
                                             after.people, after.issued_decisions):
            raise ReformError("reform.counts_changed")  # rolls everything back
        check_cancel()
        audit(actor, "reform", "reform", None, unit_id=office_unit, after={
            "scope": fresh.scope_name, **fresh.counts, "users": users, "courses": courses,
            "backup": Path(backup).name, "old_communes": len(old_to_new),
            "new_communes": len(set(new_ids.values()))},
            before={"catalogue": fresh.office_catalogue},
            note=f"Sắp xếp đơn vị hành chính 2025; bản sao lưu: {backup}")
    report(5, 5, "Hoàn tất")
    return ApplyReport(
        villages=len(moves), communes=len(old_to_new), new_communes=len(set(new_ids.values())),
        drafts_cancelled=len(fresh.draft_ids), users=users, courses=courses,
        backup=str(backup), before=before, after=after,
        seconds=round(time.perf_counter() - started, 2), office_unit_id=office_unit)


def _backup(actor: Actor, dest: str | Path | None) -> Path:
    """The copy taken before the reform: the administrator's own backup (checked, audited),
    named so that the undo and a clerk browsing the folder find it."""
    from desktop.backups import backup_as, backup_dir

    stamp = dt.datetime.now().strftime("%Y-%m-%d_%H%M%S")
    if dest is None:
        from db.connection import is_postgres

        suffix = ".jsonl.gz" if is_postgres() else ".db"
        dest = backup_dir() / f"truoc-sap-xep-2025-{stamp}{suffix}"
    return Path(backup_as(actor, dest))


def _switch_users(actor: Actor, old_to_new) -> int:
    changed = 0
    for user_id, username, scope in q.user_scopes():
        new = _new_unit_for(scope, old_to_new)
        if new is None or new == scope:
            continue
        q.set_user_scope(user_id, new)
        audit(actor, "reform", "user", user_id, unit_id=new,
              before={"scope_unit_id": scope}, after={"scope_unit_id": new},
              note=f"Phạm vi của {username} chuyển sang đơn vị sau sắp xếp")
        changed += 1
    return changed


def _switch_courses(actor: Actor, old_to_new) -> int:
    """Courses run by an old commune, district or province now belong to the new unit."""
    districts = q.parents_of(list(old_to_new))
    provinces = q.parents_of([d for d in districts.values() if d is not None])
    old_units = set(old_to_new) | {d for d in districts.values() if d is not None} | {
        p for p in provinces.values() if p is not None}
    found: dict[int, int | None] = {}
    changed = 0
    for course_id, unit_id in q.course_units(sorted(old_units)):
        if unit_id not in found:
            found[unit_id] = _new_unit_for(unit_id, old_to_new)
        new = found[unit_id]
        if new is None:
            continue
        q.set_course_unit(course_id, new)
        audit(actor, "reform", "training_course", course_id, unit_id=new,
              before={"unit_id": unit_id}, after={"unit_id": new})
        changed += 1
    return changed


def _switch_office(actor: Actor, old_to_new, backup: Path, plan: ReformPlan) -> int | None:
    from desktop.office import default_office_name

    office = get_office()
    if office is None:
        return None
    left = q.villages_of([c.id for c in _old_communes_in_scope(office.unit_id, load_mapping())],
                         plan.on) if office.catalogue == "pre2025" else []
    values: dict[str, Any] = {}
    new_unit = None
    if not left:  # the office's whole scope has moved: it now works in the 2025 catalogue
        values["catalogue"] = "2025"
        new_unit = _new_unit_for(office.unit_id, old_to_new)
    if new_unit is not None:
        values["unit"] = new_unit
        old_name, old_place = default_office_name(office.unit_id) if office.unit_id else ("", "")
        new_name, new_place = default_office_name(new_unit)
        if office.name in ("", old_name):
            values["name"] = new_name
        if office.place_name in ("", old_place):
            values["place_name"] = new_place
    settings = dict(office.settings)
    settings[SETTING] = {
        "applied_at": dt.datetime.now().isoformat(timespec="seconds"),
        "by": actor.username, "backup": str(backup), "villages": len(plan.villages),
        "previous_unit_id": office.unit_id, "previous_catalogue": office.catalogue,
    }
    values["settings"] = settings
    save_office(values)
    audit(actor, "reform", "office", office.id, unit_id=values.get("unit", office.unit_id),
          before={"catalogue": office.catalogue, "unit_id": office.unit_id,
                  "name": office.name},
          after={k: v for k, v in values.items() if k != "settings"})
    return values.get("unit", office.unit_id)


# --- undo -----------------------------------------------------------------------------------


def last_reform() -> dict | None:
    """What the last apply recorded (``backup``, ``applied_at``, ``by``...), or None."""
    office = get_office()
    entry = office.settings.get(SETTING) if office else None
    return dict(entry) if isinstance(entry, dict) else None


def undo_reform(actor: Actor) -> Path:
    """Put the data back as it was before the reform, from the apply's backup. Returns the
    copy of the data as it was just before the undo (nothing is lost either way)."""
    from desktop.backups import restore_as

    require_admin(actor)
    entry = last_reform()
    if not entry:
        raise ReformError("reform.nothing_to_undo")
    backup = Path(entry.get("backup", ""))
    if not backup.is_file():
        raise ReformError("reform.backup_missing", path=str(backup))
    after = q.totals(dt.date.today())
    safety = restore_as(actor, backup)
    with write_transaction():
        audit(actor, "undo", "reform", None, before={
            "applied_at": entry.get("applied_at"), "by": entry.get("by"),
            "villages": entry.get("villages")},
            after={"backup": backup.name, "safety_copy": safety.name,
                   "teams_then": after.teams, "memberships_then": after.memberships},
            note=f"Hoàn tác sắp xếp 2025 từ {backup}; dữ liệu trước khi hoàn tác: {safety}")
    return safety


# --- old commune of a village (reports) ---------------------------------------------------------


def former_communes(village_ids: Sequence[int] | None = None) -> dict[int, str]:
    """{village id: name of the commune it belonged to before the reform}."""
    parents = q.former_parents(village_ids)
    names = q.unit_names(set(parents.values()))
    return {v: names[p][1] for v, p in parents.items() if p in names}


__all__ = [
    "REFORM_DAY",
    "ApplyReport",
    "CommuneMapping",
    "NewCommune",
    "PlanCommune",
    "PlanIssue",
    "PlanTarget",
    "PlanVillage",
    "ReformError",
    "ReformPlan",
    "apply_reform",
    "former_communes",
    "last_reform",
    "load_mapping",
    "plan_reform",
    "search_villages",
    "undo_reform",
]


# --- the plan workbook ----------------------------------------------------------------------

COVERAGE_LABELS = {"full": "Toàn bộ", "partial": "Một phần (chia tách)",
                   "missing": "Không có trong bảng chuyển đổi"}


def plan_document(plan: ReformPlan):
    """The plan as the workbook writer's plain data."""
    from exports import reform_xlsx as x

    c = plan.counts
    totals = [
        ("Xã/phường/thị trấn cũ trong phạm vi", c["communes"]),
        ("Xã/phường mới nhận thôn", c["new_communes"]),
        ("Thôn/tổ dân phố sẽ chuyển", c["villages"]),
        ("Tổ CNSCĐ (đang có)", c["teams"]),
        ("Thành viên đang hoạt động", c["members"]),
        ("Quyết định đã ban hành (giữ nguyên dưới xã cũ)", c["decisions"]),
        ("Dự thảo quyết định của xã cũ (sẽ hủy)", c["drafts"]),
        ("Thôn của xã bị chia tách cần xếp", c["to_place"]),
        ("… trong đó chưa xếp", c["unplaced"]),
        ("Nhóm thôn trùng tên trong một xã mới (có thể sáp nhập)", c["likely_merges"]),
    ]
    if plan.nothing_to_do:
        steps = ["Không còn thôn nào thuộc xã cũ trong phạm vi: dữ liệu đã theo đơn vị mới."]
    elif plan.unplaced:
        steps = [
            (f"Còn {c['unplaced']} thôn chưa xếp: ở trang \"{x.PLACE_SHEET}\", ghi mã xã mới vào "
            f"cột \"{x.CHOICE_HEADING}\" cho từng thôn (chọn trong danh sách thả xuống)."),
            "Sau đó áp dụng: python main.py reform --apply TỆP_KẾ_HOẠCH.xlsx",
        ]
    else:
        steps = ["Kế hoạch đầy đủ. Áp dụng: python main.py reform --apply TỆP_KẾ_HOẠCH.xlsx",
                 "Phần mềm sao lưu dữ liệu trước khi áp dụng; hoàn tác: reform --undo."]
    villages = []
    for v in plan.to_place:
        villages.append(x.VillageLine(
            id=v.id, code=v.code, name=v.name, old_code=v.old_commune_code,
            old_name=v.old_commune_name,
            candidates=tuple((n.code, n.name) for n in v.candidates),
            chosen=v.target.code if v.target and v.placed_by == "clerk" else "",
            teams=v.teams, members=v.members,
            note="" if v.team_status != "planned" else "Tổ mới dự kiến"))
    return x.PlanDocument(
        scope=plan.scope_name, on=plan.on, totals=totals, next_steps=steps,
        extra=[i.text() for i in plan.issues],
        communes=[x.CommuneLine(
            code=pc.code, name=pc.name, district=pc.district_name,
            coverage=COVERAGE_LABELS[pc.coverage],
            new_communes="; ".join(f"{n.code} {n.name}" for n in pc.targets),
            villages=pc.villages, teams=pc.teams, members=pc.members,
            decisions=pc.decisions, drafts=pc.drafts, unplaced=len(pc.unplaced))
            for pc in plan.communes],
        villages=villages,
        targets=[x.TargetLine(
            code=t.commune.code, name=t.commune.name, province=t.commune.province_name,
            old_communes=", ".join(t.old_communes), villages=t.villages, teams=t.teams,
            members=t.members, likely_merges="\n".join(" = ".join(g) for g in t.likely_merges))
            for t in plan.targets],
    )


def export_plan(actor: Actor, plan: ReformPlan, path: str | Path) -> Path:
    """Write the plan workbook (temporary name, then renamed) and record the export."""
    from exports.reform_xlsx import write_plan

    written = write_plan(path, plan_document(plan))
    with write_transaction():
        audit(actor, "export", "reform_plan", None, after={
            "file": Path(written).name, "scope": plan.scope_name, **plan.counts})
    return written


def read_plan_placements(path: str | Path):
    """The placements a clerk filled in a plan workbook (``exports.reform_xlsx.Placements``)."""
    from exports.reform_xlsx import read_placements

    return read_placements(path)


# --- before and after -----------------------------------------------------------------------


def comparison(actor: Actor, unit_id: int | None = None, on: dt.date | None = None):
    """The province report's before/after: for every new commune in scope, its figures and
    those of the old communes it was formed from (villages, teams, active members), with the
    totals by old and by new commune (equal when nothing was lost)."""
    from db.scope import commune_ids_under
    from exports import reform_xlsx as x

    on = on or dt.date.today()
    scope = _scope_unit(actor, unit_id)
    unit = get_unit(scope) if scope is not None else None
    if unit is None:
        new_ids = list(q.communes_by_code("2025", load_mapping().new_communes).values())
    else:
        new_ids = [c for c in commune_ids_under(unit.id)
                   if (u := get_unit(c)) is not None and u.catalogue == "2025"]
    villages = q.villages_of(new_ids, on)
    former = q.former_parents([v.id for v in villages])
    names = q.unit_names(set(new_ids) | set(former.values()))
    per_new: dict[int, list] = defaultdict(list)
    for v in villages:
        per_new[v.parent_id].append(v)
    lines = []
    before = [0, 0, 0]
    for new_id in sorted(per_new, key=lambda i: sort_key(names[i][1])):
        mine = per_new[new_id]
        lines.append(x.ComparisonLine(names[new_id][1], "", len(mine),
                                      sum(v.teams for v in mine), sum(v.members for v in mine)))
        by_old: dict[int | None, list] = defaultdict(list)
        for v in mine:
            by_old[former.get(v.id)].append(v)
        for old_id in sorted(by_old, key=lambda i: sort_key(names[i][1]) if i else ""):
            group = by_old[old_id]
            figures = (len(group), sum(v.teams for v in group), sum(v.members for v in group))
            lines.append(x.ComparisonLine(
                names[new_id][1], names[old_id][1] if old_id else "(thôn lập sau sắp xếp)",
                *figures))
            before = [a + b for a, b in zip(before, figures)]
    after = (len(villages), sum(v.teams for v in villages), sum(v.members for v in villages))
    return x.ComparisonDocument(unit.name if unit else "Toàn quốc", on, lines,
                                (before[0], before[1], before[2]), after)


def export_comparison(actor: Actor, path: str | Path, unit_id: int | None = None) -> Path:
    """Write the before/after workbook and record the export (it names no person)."""
    from exports.reform_xlsx import write_comparison

    doc = comparison(actor, unit_id)
    written = write_comparison(path, doc)
    with write_transaction():
        audit(actor, "export", "reform_comparison", None, after={
            "file": Path(written).name, "scope": doc.scope, "before": list(doc.before),
            "after": list(doc.after)})
    return written


# --- paperwork: kiện toàn Decisions of the new communes --------------------------------------

PAPER_SETTING = "reform_2025_paperwork"  # office setting: {resolution: {...}, chairs: {...}}


@dataclass(frozen=True)
class PaperworkSettings:
    """What the new communes' Decisions cite and who signs them (office settings)."""

    resolution_number: str = ""  # "1672/NQ-UBTVQH15"
    resolution_date: dt.date | None = None
    resolution_body: str = "Ủy ban Thường vụ Quốc hội"
    chairs: Mapping[str, str] = None  # type: ignore[assignment]  # new commune code -> name

    def chair(self, code: str) -> str:
        return (self.chairs or {}).get(code, "")


def paperwork_settings() -> PaperworkSettings:
    """The Resolution (office setting) and the new communes' Chairmen (the officials each
    issuing unit has: ``desktop.office.issuing_defaults``)."""
    from db.office import units_with_officials

    office = get_office()
    raw = (office.settings.get(PAPER_SETTING) if office else None) or {}
    resolution = raw.get("resolution") or {}
    day = resolution.get("date")
    chairs = {}
    for unit_id in units_with_officials():
        unit = get_unit(unit_id)
        name = _chair_of(unit_id)
        if unit is not None and unit.catalogue == "2025" and name:
            chairs[unit.code] = name
    return PaperworkSettings(
        resolution_number=str(resolution.get("number") or ""),
        resolution_date=dt.date.fromisoformat(day) if day else None,
        resolution_body=str(resolution.get("body") or "Ủy ban Thường vụ Quốc hội"),
        chairs=chairs,
    )


def _chair_of(commune_id: int) -> str:
    """The Chairman who signs for a commune (its own officials, as the decisions use)."""
    from desktop.office import issuing_defaults

    defaults = issuing_defaults(commune_id)
    chair = next((o for o in defaults.officials if o.is_chair), None)
    return chair.full_name if chair else ""


def save_paperwork_settings(actor: Actor, *, resolution_number: str | None = None,
                            resolution_date: dt.date | None = None,
                            chairs: Mapping[str, str] | None = None) -> PaperworkSettings:
    """Set the Resolution that formed the new communes (office setting; administrators;
    audited) and the new communes' Chairmen (each commune's officials, through
    ``desktop.office.set_issuing_defaults``, audited there; an empty name is ignored)."""
    from desktop.office import set_issuing_defaults
    from vn.text import clean_text

    require_admin(actor)
    with write_transaction():
        office = get_office()
        if office is None:
            raise ReformError("reform.no_office")
        before = paperwork_settings()
        raw = dict(office.settings.get(PAPER_SETTING) or {})
        resolution = dict(raw.get("resolution") or {})
        if resolution_number is not None:
            resolution["number"] = clean_text(resolution_number)
        if resolution_date is not None:
            resolution["date"] = resolution_date.isoformat()
        if resolution != (raw.get("resolution") or {}):
            raw["resolution"] = resolution
            save_office({"settings": {**office.settings, PAPER_SETTING: raw}})
            audit(actor, "update", "office", office.id, unit_id=office.unit_id,
                  before={"resolution": before.resolution_number,
                          "resolution_date": before.resolution_date},
                  after={"resolution": resolution.get("number"),
                         "resolution_date": resolution.get("date")},
                  note="Nghị quyết sắp xếp đơn vị hành chính (quyết định kiện toàn 2025)")
        ids = q.communes_by_code("2025", [c for c, n in (chairs or {}).items()
                                          if clean_text(n)])
        for code, name in (chairs or {}).items():
            if not clean_text(name) or code not in ids or _chair_of(ids[code]) == \
                    clean_text(name):
                continue
            set_issuing_defaults(actor, ids[code], officials=[
                {"full_name": name, "title": "Chủ tịch", "authority": "CHỦ TỊCH",
                 "is_chair": True, "active": True}])
    return paperwork_settings()


@dataclass(frozen=True)
class EarlierDecision:
    id: int
    label: str  # "Quyết định số 05/QĐ-UBND ngày 02/7/2022"
    kind: str
    issuer: str  # "xã Bính Xá"
    issuer_id: int


@dataclass(frozen=True)
class CommunePaperwork:
    """A new commune's teams that came through the reform, for its kiện toàn Decisions."""

    commune_id: int
    code: str
    name: str
    team_ids: tuple[int, ...]  # teams with current members, still to re-issue, in place order
    team_names: tuple[str, ...]
    done: tuple[str, ...]  # teams already named by a Decision of the new commune
    without_members: tuple[str, ...]  # teams left out: a Decision names its members
    earlier: tuple[EarlierDecision, ...]  # the old communes' Decisions of these teams
    chair: str
    same_names: tuple[str, ...] = ()  # village names held by two or more of its villages


def _earlier_decisions(team_ids: Sequence[int]) -> dict[int, list[EarlierDecision]]:
    """Per team: its Decision in force (issued, not superseded: the one a kiện toàn replaces)
    when an old commune signed it."""
    from desktop.decisions import decision_label

    out: dict[int, list[EarlierDecision]] = {}
    for team_id, found in q.decisions_in_force(team_ids).items():
        for d in found:
            if d.issuer_catalogue != "pre2025":
                continue
            words = (f"{d.issuer_kind} {d.issuer_short_name}"
                     if d.issuer_short_name.split(" ")[0].isdigit()
                     else f"{d.issuer_kind.lower()} {d.issuer_short_name}")
            out.setdefault(team_id, []).append(EarlierDecision(
                d.id, decision_label(d.number, d.symbol, d.signed_on), d.kind, words,
                d.issuer_id))
    return out


def _same_names(teams: Sequence[Any]) -> tuple[str, ...]:
    """Village names two teams of one commune share ("Thôn 1" from two old communes): a
    Decision naming both could not tell them apart."""
    counts = Counter(fold(t.village_name) for t in teams)
    seen: dict[str, str] = {}
    for t in teams:
        if counts[fold(t.village_name)] > 1:
            seen.setdefault(fold(t.village_name), t.village_name)
    return tuple(sorted(seen.values(), key=sort_key))


def rename_same_names(actor: Actor, unit_id: int | None = None) -> list[tuple[str, str]]:
    """Tell apart the villages that share a name in a new commune by adding their old
    commune's name ("Thôn 1" from xã Bắc Xa becomes "Thôn 1 Bắc Xa"); a village that was
    there before the reform keeps its name, and so do two same-named villages of one old
    commune (their old commune can't tell them apart: the clerk merges or renames them).
    All renames go through the village service in one transaction (audited; a team named
    after its village follows): a refused one leaves every name as it was. Returns the
    (old name (old commune), new name) pairs."""
    from desktop.teams import list_teams
    from desktop.units import get_village, rename_village

    require_admin(actor)
    renamed: list[tuple[str, str]] = []
    former = q.former_parents(None)
    with write_transaction():
        for c in paperwork_plan(actor, unit_id):
            if not c.same_names:
                continue
            groups: dict[str, list[Any]] = defaultdict(list)
            for t in list_teams(c.commune_id):
                if t.village_id in former:
                    groups[fold(t.village_name)].append(t)
            for key in {fold(n) for n in c.same_names}:
                olds = Counter(former[t.village_id] for t in groups.get(key, []))
                for t in groups.get(key, []):
                    old = get_unit(former[t.village_id])
                    if old is None or olds[old.id] > 1:
                        continue
                    village = get_village(t.village_id)
                    new_name = f"{village.name} {old.short_name}"
                    rename_village(actor, village.id, new_name, village.version)
                    renamed.append((f"{village.name} ({old.name})", new_name))
    return renamed


def _renewed_teams(team_ids: Sequence[int]) -> set[int]:
    """Teams whose Decision in force was signed by a 2025 commune: their paperwork is done
    (running the batch again issues nothing for them)."""
    return {team for team, found in q.decisions_in_force(team_ids).items()
            if any(d.issuer_catalogue == "2025" for d in found)}


def _unit_words(unit) -> str:
    """"xã Bính Xá", "phường Đông Kinh", "thị trấn Cao Lộc" (ND30: common noun lower case)."""
    if unit.short_name.split(" ")[0].isdigit():
        return f"{unit.kind} {unit.short_name}"
    return f"{unit.kind.lower()} {unit.short_name}".strip()


def paperwork_plan(actor: Actor, unit_id: int | None = None,
                   commune_codes: Sequence[str] | None = None) -> list[CommunePaperwork]:
    """The new communes in scope that received villages through the reform, with their teams
    and the earlier Decisions to cite."""
    from db.scope import commune_ids_under
    from desktop.teams import list_teams

    scope = _scope_unit(actor, unit_id)

    unit = get_unit(scope) if scope is not None else None
    communes = [c for c in (commune_ids_under(unit.id) if unit else
                            list(q.communes_by_code("2025", load_mapping().new_communes)
                                 .values()))
                if (u := get_unit(c)) is not None and u.catalogue == "2025"]
    moved = q.former_parents(None)
    wanted = set(commune_codes) if commune_codes is not None else None
    out = []
    for commune_id in communes:
        commune = get_unit(commune_id)
        if commune is None or (wanted is not None and commune.code not in wanted):
            continue
        teams = [t for t in list_teams(commune_id) if t.village_id in moved]
        if not teams:
            continue
        renewed = _renewed_teams([t.id for t in teams])
        with_members = [t for t in teams if t.member_count > 0 and t.id not in renewed]
        earlier = _earlier_decisions([t.id for t in with_members])
        cited = sorted({e for t in with_members for e in earlier.get(t.id, [])},
                       key=lambda e: (e.issuer, e.id))
        out.append(CommunePaperwork(
            commune_id=commune_id, code=commune.code, name=commune.name,
            team_ids=tuple(t.id for t in with_members),
            team_names=tuple(t.name for t in with_members),
            done=tuple(t.name for t in teams if t.id in renewed),
            same_names=_same_names(list_teams(commune_id)),
            without_members=tuple(t.name for t in teams if t.member_count == 0),
            earlier=tuple(cited), chair=_chair_of(commune_id)))
    return sorted(out, key=lambda c: sort_key(c.name))


def _resolution_line(settings: PaperworkSettings, province_words: str) -> str:
    from exports.decision_pdf import format_date_words

    return (f"Căn cứ Nghị quyết số {settings.resolution_number} "
            f"{format_date_words(settings.resolution_date)} của {settings.resolution_body} "
            f"về việc sắp xếp các đơn vị hành chính cấp xã của {province_words} năm 2025")


def _kien_toan_values(commune, province, team_ids: Sequence[int], signed_on: dt.date,
                      settings: PaperworkSettings) -> dict:
    """The decision service's own kiện toàn texts (its citations of every earlier Decision
    replaced, its replacement sentence), with the Resolution that formed the commune as a
    legal basis after the Law; a standing basis still holding blanks to fill by hand (the
    province plan nobody entered) is left out rather than issued with dots."""
    from desktop import decisions as dec
    from desktop.office import issuing_defaults
    from desktop.teams import get_team

    teams = [get_team(t) for t in team_ids]
    parts = dec.replaced_parts(team_ids, signed_on)
    texts = dec.default_texts("kien_toan", teams, commune, province, parts=parts,
                              defaults=issuing_defaults(commune.id))
    # an old commune may share its name with a new one (phường Đông Kinh, before and after):
    # its Decisions are cited as the old commune's
    olds = {}
    for part in parts:
        issuer = get_unit(part.earlier.issuing_unit_id)
        if issuer is not None and issuer.catalogue == "pre2025":
            olds[dec.cite(part.earlier)] = dec.cite(part.earlier) + " (trước sắp xếp)"

    def mark(text: str) -> str:
        for plain, marked in olds.items():
            text = text.replace(plain, marked)
        return text

    texts["legal_bases"] = [mark(b) for b in texts["legal_bases"]]
    articles = [{"title": a["title"], "paragraphs": [mark(p) for p in a["paragraphs"]]}
                for a in texts["articles"]]
    province_words = (province.name if province is not None and province.kind == "Thành phố"
                      else f"tỉnh {province.short_name}" if province is not None else "tỉnh")
    bases = [b for b in texts["legal_bases"] if "……" not in b and "…" not in b]
    bases.insert(1 if bases else 0, _resolution_line(settings, province_words))
    return {"legal_bases": bases, "articles": articles}


def issue_kien_toan(actor: Actor, *, signed_on: dt.date, per_team: bool = False,
                    unit_id: int | None = None, commune_codes: Sequence[str] | None = None,
                    progress: ProgressFn | None = None,
                    cancelled: Callable[[], bool] | None = None) -> list[Any]:
    """For each new commune (or each of its teams with ``per_team``), a kiện toàn Decision
    signed by the new commune's Chairman, issued by ``desktop.decisions.issue_kien_toan``
    (the same issue gate, numbering, snapshot and PDF as every Decision; its texts cite
    every earlier Decision replaced). Refused before anything is written when the
    Resolution or a Chairman is missing, the day is before 01/07/2025, or villages of one
    commune share a name. A cancel keeps what was issued; running it again goes on with the
    teams left. Returns the issued ``DecisionInfo``s."""
    from desktop import decisions as dec

    require_admin(actor)
    settings = paperwork_settings()
    plan = paperwork_plan(actor, unit_id, commune_codes)
    if not settings.resolution_number or settings.resolution_date is None:
        raise ReformError("reform.no_resolution")
    missing = [c.name for c in plan if c.team_ids and not c.chair]
    if missing:
        raise ReformError("reform.no_chair", count=len(missing),
                          communes=", ".join(missing[:MERGE_PREVIEW]))
    if signed_on < REFORM_DAY:
        raise ReformError("reform.too_early", day=format_day(signed_on))
    clashes = [f"{c.name}: {', '.join(c.same_names)}" for c in plan
               if c.team_ids and c.same_names]
    if clashes:
        raise ReformError("reform.same_village_names", count=len(clashes),
                          communes="; ".join(clashes[:MERGE_PREVIEW]))
    batches = [(c, [t]) for c in plan for t in c.team_ids] if per_team else \
        [(c, list(c.team_ids)) for c in plan if c.team_ids]
    issued = []
    for i, (c, team_ids) in enumerate(batches):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(i, len(batches), c.name)
        commune = get_unit(c.commune_id)
        if commune is None:
            continue
        province = get_unit(commune.parent_id) if commune.parent_id else None
        values = _kien_toan_values(commune, province, team_ids, signed_on, settings)
        issued.append(dec.issue_kien_toan(actor, team_ids, signed_on=signed_on,
                                          values=values))
    if progress is not None:
        progress(len(batches), len(batches), "")
    return issued


def save_decision_pdfs(actor: Actor, decision_ids: Sequence[int], folder: str | Path
                       ) -> list[Path]:
    """Each Decision's PDF (as issued, byte for byte) into a folder; returns the files."""
    from desktop import decisions

    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for did in decision_ids:
        path = target / decisions.suggested_file_name(did)
        decisions.save_pdf_file(path, decisions.decision_pdf(actor, did))
        written.append(path)
    return written
