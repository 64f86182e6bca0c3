"""Administrative units and villages: the tree with counts, and the villages an office keeps.

No public catalogue of villages (thôn, bản, tổ dân phố...) exists, so offices enter them;
they live in the ``local`` catalogue with codes ``<commune code>-NNN``. Villages are never
deleted: retiring sets ``valid_to`` (the last day in force) and merging records
``unit_succession`` rows, so rosters and decisions of the old villages stay readable.

Dates: ``on_date`` of :func:`retire_village` and :func:`merge_villages` is the first day
the change is in force; the old villages' ``valid_to`` becomes the day before (the same
convention as the catalogue: pre-2025 units end on 30/06/2025, new ones start 01/07/2025).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

from db import units as unit_queries
from db import villages as village_queries
from db.connection import write_transaction
from db.models import AdminUnit, Membership, Team, UnitSuccession, utcnow
from db.office import OfficeInfo
from db.scope import membership_active
from db.teams import open_team_of_village
from db.units import UnitInfo
from db.villages import UnitNode, VillageRow
from desktop import errors_domain as E
from desktop._common import as_dict, audit, check_write, error, refuse, require_unit, warning
from desktop.context import Actor
from desktop.errors_domain import NotFound, StaleRecord, ValidationFailed
from desktop.teams import dissolve_team_rows, join_moved_members
from desktop.validation import Problem, text_problems
from vn.names import (
    VILLAGE_KINDS,
    default_team_name,
    near_duplicate_names,
    split_village_name,
    village_sort_key,
)
from vn.text import fold

__all__ = [
    "COUNTRY",
    "VILLAGE_KINDS",
    "UnitInfo",
    "UnitMatch",
    "UnitNode",
    "VillageRow",
    "check_village_name",
    "country_node",
    "create_village",
    "create_villages_from_text",
    "default_team_name",
    "filter_units",
    "get_village",
    "insert_village",
    "list_villages",
    "merge_villages",
    "next_village_codes",
    "rename_village",
    "retire_village",
    "scope_roots",
    "search_units",
    "similar_village_names",
    "split_village_name",
    "tree_children",
    "tree_counts",
    "tree_roots",
    "unit_path",
    "unit_tree_children",
    "village_sort_key",
]

# A village name leaves room for its team's default name ("Tổ CNSCĐ " + name) in the 200
# characters a team name column holds.
NAME_MAX = 180


# --- reading --------------------------------------------------------------------------------


def unit_tree_children(parent_id: int | None, catalogue: str = "2025") -> list[UnitNode]:
    """Children of a tree node with their counts; ``None`` gives the catalogue's provinces."""
    if parent_id is None:
        units = village_queries.roots(catalogue)
    else:
        units = unit_queries.children(parent_id)
    return village_queries.unit_nodes(units)


COUNTRY = "country"  # the level of the whole-country node at the top of the tree


def country_node(catalogue: str = "2025", *, counts: bool = True) -> UnitNode:
    """The whole country as a tree node (``id`` None: every service reads None as "no
    filter", the whole country): its children are the catalogue's provinces."""
    provinces = village_queries.roots(catalogue)
    villages = teams = None
    if counts:
        got = tree_counts([None], catalogue)[None]
        villages, teams = got
    return UnitNode(id=None, level=COUNTRY, kind="", code="", name="Toàn quốc",  # type: ignore[arg-type]
                    short_name="Toàn quốc", child_count=len(provinces),
                    village_count=villages, team_count=teams, has_team=False,
                    catalogue=catalogue, parent_id=None)


def tree_roots(office: OfficeInfo | None) -> list[UnitNode]:
    """The top of the window's tree, names only (counts come from :func:`tree_counts`): the
    office's own unit, or the whole country when the office has no unit (or none is set)."""
    catalogue = (office.catalogue if office is not None else None) or "2025"
    if office is None or office.unit_id is None:
        return [country_node(catalogue, counts=False)]
    unit = unit_queries.get_unit(office.unit_id)
    return village_queries.unit_nodes([unit], counts=False) if unit else []


def tree_children(parent_id: int | None, catalogue: str = "2025") -> list[UnitNode]:
    """Children of a tree node, names only: quick on the GUI thread at any level (a
    province's communes: a few ms); ``None`` gives the catalogue's provinces."""
    if parent_id is None:
        units = village_queries.roots(catalogue)
    else:
        units = unit_queries.children(parent_id)
    return village_queries.unit_nodes(units, counts=False)


def tree_counts(ids: list[int | None], catalogue: str = "2025"
                ) -> dict[int | None, tuple[int, int]]:
    """{unit id: (villages in force, non-dissolved teams)} in each unit's subtree; ``None``
    is the whole country (the sum of the catalogue's provinces). The whole country takes
    ~0.1-0.2 s on a national database: the window calls this on a worker thread."""
    wanted = [i for i in ids if i is not None]
    provinces: list[int] = []
    if None in ids:
        provinces = [u.id for u in village_queries.roots(catalogue)]
    counted = village_queries.subtree_counts(list(dict.fromkeys(wanted + provinces)))
    out: dict[int | None, tuple[int, int]] = {i: counted[i] for i in wanted}
    if None in ids:
        out[None] = (sum(counted[p][0] for p in provinces),
                     sum(counted[p][1] for p in provinces))
    return out


def scope_roots(office: OfficeInfo | None) -> list[UnitNode]:
    """The top of the tree for the office: its own unit, or every province when it has none."""
    if office is None:
        return unit_tree_children(None, "2025")
    if office.unit_id is None:
        return unit_tree_children(None, office.catalogue or "2025")
    unit = unit_queries.get_unit(office.unit_id)
    return village_queries.unit_nodes([unit]) if unit else []


def list_villages(commune_id: int, include_retired: bool = False) -> list[VillageRow]:
    return village_queries.village_rows(commune_id, include_retired=include_retired)


def get_village(village_id: int) -> VillageRow:
    row = village_queries.village_row(village_id)
    if row is None:
        raise NotFound("village", village_id)
    return row


def search_units(
    text: str, catalogue: str | None = None, level: str | None = None, limit: int = 50
) -> list[UnitInfo]:
    """Units whose name contains the text, accent-insensitively ("hop thanh", "Hợp Thành")."""
    return unit_queries.search_units(fold(text), catalogue=catalogue, level=level, limit=limit)


@dataclass(frozen=True)
class UnitMatch:
    """A unit found by name, with where it is ("Xã Hợp Thành, Tỉnh Lạng Sơn")."""

    id: int
    level: str
    name: str
    place: str


def filter_units(text: str, *, root_id: int | None = None, catalogue: str = "2025",
                 limit: int = 40) -> list[UnitMatch]:
    """Units (provinces, communes, villages) whose name contains the text, accents and case
    ignored ("na sla" finds "Thôn Nà Sla"), inside ``root_id``'s subtree (None: anywhere):
    what the window's tree filter lists. Names only: no personal data."""
    folded = fold(text)
    if len(folded) < 2:
        return []
    found = unit_queries.search_units(folded, catalogue=catalogue, limit=limit)
    found += unit_queries.search_units(folded, catalogue="local", level="village",
                                       limit=limit)
    out: list[UnitMatch] = []
    for unit in found:
        path = unit_queries.path_to_root(unit.id)
        if root_id is not None and root_id not in {u.id for u in path}:
            continue
        place = ", ".join(u.name for u in reversed(path[:-1]))
        out.append(UnitMatch(id=unit.id, level=unit.level, name=unit.name, place=place))
        if len(out) >= limit:
            break
    return out


def unit_path(unit_id: int) -> list[UnitInfo]:
    """Root first: province, [district], commune, [village]."""
    return unit_queries.path_to_root(unit_id)


# --- names ----------------------------------------------------------------------------------


def _village_problems(full: str, commune_id: int, exclude_id: int | None = None) -> list[Problem]:
    if not full:
        return [error("name", E.VILLAGE_NAME_REQUIRED)]
    found = text_problems("name", full, NAME_MAX)
    if found:
        return found
    existing = village_queries.village_keys(commune_id).get(fold(full))
    if existing is not None and existing != exclude_id:
        return [error("name", E.VILLAGE_DUPLICATE, value=full, existing_id=existing)]
    return []


def similar_village_names(commune_id: int, name: str, exclude_id: int | None = None
                          ) -> list[str]:
    """Villages in force under the commune whose name differs from ``name`` only by the kind
    word or accents ("Đồng Tâm" beside "Thôn Đồng Tâm", "Tổ 5" beside "Tổ dân phố 5"):
    most often the same place typed twice, so the form warns before saving."""
    return [village.name for village in village_queries.village_rows(commune_id)
            if village.id != exclude_id and near_duplicate_names(name, village.name)]


def check_village_name(commune_id: int, name: str, exclude_id: int | None = None
                       ) -> list[Problem]:
    """What saving ``name`` as a village of the commune would meet: the errors the service
    refuses with, and a warning for near-duplicate names (the form shows both as the clerk
    types; the service still decides)."""
    _kind, _short, full = split_village_name(name)
    problems = _village_problems(full, commune_id, exclude_id)
    if problems:
        return problems
    similar = similar_village_names(commune_id, name, exclude_id)
    if similar:
        return [warning("name", E.VILLAGE_SIMILAR, value=full, existing=", ".join(similar))]
    return []


def next_village_codes(commune: UnitInfo, count: int) -> list[str]:
    """The next ``count`` free local codes of the commune's villages: "<commune>-NNN"."""
    used = set(village_queries.village_codes(commune.id))
    numbers = [
        int(m.group(1))
        for code in used
        if (m := re.fullmatch(re.escape(commune.code) + r"-(\d+)", code))
    ]
    start = max(numbers, default=0) + 1
    out: list[str] = []
    n = start
    while len(out) < count:
        code = f"{commune.code}-{n:03d}"
        if code not in used:
            out.append(code)
        n += 1
    return out


def insert_village(commune: UnitInfo, code: str, kind: str, short: str, full: str,
                   valid_from: dt.date | None = None) -> int:
    """Insert a village row with its keys and name tokens; returns its id. A building block
    of the use cases that create villages (here and the roster import): inside the caller's
    write transaction, after its rights check and validation, before its audit row."""
    now = utcnow()
    village_id = AdminUnit.insert(
        catalogue="local",
        level="village",
        kind=kind,
        code=code,
        name=full,
        short_name=short,
        parent=commune.id,
        valid_from=valid_from,
        valid_to=None,
        search_key=fold(full),
        sort_key=village_sort_key(short or full),
        note="",
        version=1,
        created_at=now,
        updated_at=now,
    ).execute()
    village_queries.write_unit_tokens(village_id, fold(full))
    return village_id


def _require_commune(commune_id: int | None) -> UnitInfo:
    return require_unit(commune_id, "commune", "commune")


def _require_village(village_id: int) -> UnitInfo:
    return require_unit(village_id, "village", "village")


# --- writing --------------------------------------------------------------------------------


def create_village(actor: Actor, commune_id: int, name: str) -> VillageRow:
    """A new village under a commune; the kind comes from the name, the code is assigned."""
    commune = _require_commune(commune_id)
    check_write(actor, commune.id)
    kind, short, full = split_village_name(name)
    with write_transaction():
        problems = _village_problems(full, commune.id)
        if problems:
            raise ValidationFailed(problems)
        (code,) = next_village_codes(commune, 1)
        village_id = insert_village(commune, code, kind, short, full)
        row = get_village(village_id)
        audit(actor, "create", "village", village_id, unit_id=commune.id, after=row)
    return row


_VILLAGE_CODE = re.compile(r"^\d{5}-\d{3}$|^\d+$")


def pasted_village_names(text: str) -> list[tuple[int, str]]:
    """(line number, cell) of the names in a pasted list: one per line, or a column of rows
    copied from Excel or from this app's own tables. The name column is the one headed
    "Tên…"/"Thôn…" (the heading line is skipped); without a heading, the first column unless
    it holds only codes ("02680-001"), then the next: copying the villages table with its
    code column must not create villages named by their codes."""
    lines = [(n, line.split("\t")) for n, line in enumerate((text or "").splitlines(), 1)]
    lines = [(n, cells) for n, cells in lines if any(c.strip() for c in cells)]
    if not lines:
        return []
    column, start = 0, 0
    heads = [fold(c).strip() for c in lines[0][1]]
    named = [i for i, h in enumerate(heads) if h.startswith(("ten", "thon/to dan pho"))]
    if len(heads) > 1 and named:
        column, start = named[0], 1
    elif len(heads) > 1 and all(
            _VILLAGE_CODE.match(cells[0].strip()) and len(cells) > 1 for _n, cells in lines):
        column = 1
    return [(n, cells[column] if column < len(cells) else "") for n, cells in lines[start:]]


def create_villages_from_text(actor: Actor, commune_id: int, text: str) -> list[VillageRow]:
    """Villages from a pasted column (one per line; an Excel row's first cell is the name).

    Blank lines and names already present (in the commune or earlier in the paste) are
    skipped; any other problem refuses the whole paste, reported by line (``params["line"]``).
    """
    commune = _require_commune(commune_id)
    check_write(actor, commune.id)
    with write_transaction():
        existing = village_queries.village_keys(commune.id)
        seen: set[str] = set(existing)
        wanted: list[tuple[str, str, str]] = []
        problems: list[Problem] = []
        for number, cell in pasted_village_names(text):
            kind, short, full = split_village_name(cell)
            if not full:
                continue
            found = text_problems("name", full, NAME_MAX, line=number)
            if found:
                problems += found
                continue
            key = fold(full)
            if key in seen:
                continue
            seen.add(key)
            wanted.append((kind, short, full))
        if problems:
            raise ValidationFailed(problems)
        codes = next_village_codes(commune, len(wanted))
        ids = [
            insert_village(commune, code, kind, short, full)
            for code, (kind, short, full) in zip(codes, wanted)
        ]
        rows = village_queries.village_rows(ids=ids) if ids else []
        if ids:
            audit(
                actor, "create", "village", None, unit_id=commune.id,
                after={"names": [r.name for r in rows], "codes": [r.code for r in rows]},
                note="paste",
            )
    by_id = {r.id: r for r in rows}
    return [by_id[i] for i in ids]


def _bump_village(village: UnitInfo, expected_version: int, **values) -> None:
    changed = (
        AdminUnit.update(version=AdminUnit.version + 1, updated_at=utcnow(), **values)
        .where((AdminUnit.id == village.id) & (AdminUnit.version == expected_version))
        .execute()
    )
    if not changed:
        current = village_queries.village_row(village.id)
        raise StaleRecord("village", village.id, as_dict(current))


def rename_village(
    actor: Actor, village_id: int, new_name: str, expected_version: int
) -> VillageRow:
    """Rename (and re-derive the kind); a team still named after the old name follows."""
    village = _require_village(village_id)
    check_write(actor, village.id)
    kind, short, full = split_village_name(new_name)
    with write_transaction():
        before = village_queries.village_row(village.id)
        problems = _village_problems(full, _require_commune(village.parent_id).id,
                                     exclude_id=village.id)
        if problems:
            raise ValidationFailed(problems)
        _bump_village(
            village, expected_version,
            name=full, short_name=short, kind=kind, search_key=fold(full),
            sort_key=village_sort_key(short or full),
        )
        village_queries.write_unit_tokens(village.id, fold(full))
        team_id = open_team_of_village(village.id)
        if team_id is not None:

            Team.update(
                name=default_team_name(full), version=Team.version + 1, updated_at=utcnow()
            ).where(
                (Team.id == team_id) & (Team.name == default_team_name(village.name))
            ).execute()
        after = get_village(village.id)
        audit(actor, "update", "village", village.id, unit_id=village.parent_id,
              before=before, after=after, note="rename")
    return after


def retire_village(
    actor: Actor, village_id: int, on_date: dt.date, *, expected_version: int
) -> VillageRow:
    """The village stops existing on ``on_date`` (``valid_to`` = the day before).

    Refused while it has a team that is not dissolved: dissolve or move the team first.
    ``expected_version`` is the version the clerk saw (``StaleRecord`` when it changed since).
    """
    village = _require_village(village_id)
    check_write(actor, village.id)
    with write_transaction():
        before = get_village(village.id)
        if before.retired or village.valid_to is not None:
            raise refuse("village", E.VILLAGE_RETIRED, value=village.name)
        team_id = open_team_of_village(village.id)
        if team_id is not None:
            raise refuse("village", E.VILLAGE_HAS_TEAM, value=village.name, team_id=team_id)
        last_day = on_date - dt.timedelta(days=1)
        if village.valid_from is not None and last_day < village.valid_from:
            raise refuse("on_date", E.DATE_BEFORE_START, value=on_date,
                         start=village.valid_from)
        _bump_village(village, expected_version, valid_to=last_day)
        after = get_village(village.id)
        audit(actor, "retire", "village", village.id, unit_id=village.parent_id,
              before=before, after=after)
    return after


def merge_villages(
    actor: Actor,
    village_ids: list[int],
    new_name: str,
    on_date: dt.date,
    *,
    keep_team_id: int | None = None,
    move_members: bool = False,
    expected_versions: Mapping[int, int],
) -> VillageRow:
    """Merge villages of one commune into a new one that is in force from ``on_date``.

    The old villages are retired (``valid_to`` = the day before) with ``unit_succession``
    rows to the new one. A new village can hold one team: ``keep_team_id`` names the team
    that moves to it (when only one of the villages has a team, that one moves by default);
    the other teams are dissolved on ``on_date`` and their memberships ended. With
    ``move_members`` their current members join the kept team on ``on_date`` (as ordinary
    members when the kept team already has a Tổ trưởng).

    ``new_name`` may be the name of one of the merged villages ("Thôn 1" + "Thôn 2" ->
    "Thôn 1"): the new village still gets its own code and history.

    ``expected_versions`` maps each merged village's id to the version the clerk saw; a
    village changed since (or missing from the map) refuses the merge with ``StaleRecord``.
    """
    ids = list(dict.fromkeys(village_ids))
    if len(ids) < 2:
        raise refuse("village_ids", E.MERGE_TOO_FEW, count=len(ids))
    villages = [_require_village(i) for i in ids]
    communes = {v.parent_id for v in villages}
    if len(communes) != 1:
        raise refuse("village_ids", E.MERGE_DIFFERENT_COMMUNES)
    commune = _require_commune(communes.pop())
    for v in villages:
        check_write(actor, v.id)
    kind, short, full = split_village_name(new_name)
    with write_transaction():
        before = village_queries.village_rows(ids=ids, include_retired=True)
        retired = [r for r in before if r.retired or r.valid_to is not None]
        if retired:
            raise refuse("village_ids", E.VILLAGE_RETIRED, value=retired[0].name)
        problems = []
        if not full:
            problems.append(error("name", E.VILLAGE_NAME_REQUIRED))
        elif text_problems("name", full, NAME_MAX):
            problems += text_problems("name", full, NAME_MAX)
        else:
            existing = village_queries.village_keys(commune.id).get(fold(full))
            if existing is not None and existing not in ids:
                problems.append(
                    error("name", E.VILLAGE_DUPLICATE, value=full, existing_id=existing)
                )
        teams = {r.team_id: r for r in before if r.team_id is not None}
        if keep_team_id is None and len(teams) == 1:
            keep_team_id = next(iter(teams))
        if keep_team_id is None and len(teams) > 1:
            problems.append(error("keep_team_id", E.MERGE_CHOOSE_TEAM, count=len(teams)))
        if keep_team_id is not None and keep_team_id not in teams:
            problems.append(error("keep_team_id", E.MERGE_TEAM_NOT_IN_VILLAGES,
                                      team_id=keep_team_id))
        if problems:
            raise ValidationFailed(problems)

        # Retire the old villages first: the new one may reuse one of their names.
        last_day = on_date - dt.timedelta(days=1)
        for row in before:
            expected = expected_versions.get(row.id, -1)
            changed = (
                AdminUnit.update(valid_to=last_day, version=AdminUnit.version + 1,
                                 updated_at=utcnow())
                .where((AdminUnit.id == row.id) & (AdminUnit.version == expected))
                .execute()
            )
            if not changed:
                raise StaleRecord("village", row.id,
                                  as_dict(village_queries.village_row(row.id)))
        (code,) = next_village_codes(commune, 1)
        new_id = insert_village(commune, code, kind, short, full, valid_from=on_date)
        UnitSuccession.insert_many(
            [
                {"predecessor": i, "successor": new_id, "coverage": "full",
                 "effective_on": on_date}
                for i in ids
            ]
        ).execute()

        moved_people: list[tuple[int, str]] = []
        for team_id in teams:
            if team_id == keep_team_id:
                continue
            if move_members:
                moved_people += list(
                    Membership.select(Membership.person, Membership.role)
                    .where((Membership.team == team_id) & membership_active(on_date))
                    .tuples()
                )
            dissolve_team_rows(team_id, on_date, reason="Sáp nhập thôn")
        if keep_team_id is not None:
            kept = Team.get_by_id(keep_team_id)
            values = {"village": new_id, "version": Team.version + 1, "updated_at": utcnow()}
            old_village = next(r for r in before if r.team_id == keep_team_id)
            if kept.name == default_team_name(old_village.name):
                values["name"] = default_team_name(full)
            Team.update(**values).where(Team.id == keep_team_id).execute()
            if moved_people:

                join_moved_members(keep_team_id, moved_people, on_date)
        after = get_village(new_id)
        audit(
            actor, "merge", "village", new_id, unit_id=commune.id,
            before={"villages": [as_dict(r) for r in before]},
            after={**as_dict(after), "kept_team_id": keep_team_id,
                   "moved_members": len(moved_people)},
        )
    return after

