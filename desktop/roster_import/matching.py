"""Phase 5: **match people**: who each row is, with the one matcher the member form uses
(``desktop.person_match``: citizen ID, phone + name, same-team name with a birth guard).

Also within the file: the same citizen ID under two names is refused; the same person twice
for one team is refused on the second row; the same new person on rows of two teams is
created once (by the first good row)."""

from __future__ import annotations

from typing import Any

from desktop.person_match import Candidate, PersonMatcher
from desktop.roster_import.model import ImportContext, ImportRow
from desktop.roster_import.wording import (
    CID_CONFLICT,
    DUPLICATE_ROW,
    HONORIFIC,
    HONORIFIC_SEX,
)
from vn.text import fold

__all__ = ["match_people"]


def _duplicates_in_file(rows: list[ImportRow]) -> None:
    first_by_id: dict[Any, ImportRow] = {}
    first_by_cid: dict[str, ImportRow] = {}
    for row in rows:
        c = row._cleaned or {}
        name_key = (row._typed or {}).get("search_key") or ""
        cid = c.get("citizen_id")
        if cid:
            other = first_by_cid.get(cid)
            if other is not None and fold(other.full_name) != name_key:
                row.add("citizen_id", CID_CONFLICT, value=cid, other_name=other.full_name,
                        first_row=other.row)
                continue
            first_by_cid.setdefault(cid, row)
        # without a citizen ID or a phone, the same name and birth in one team is one person
        # (as the matcher treats a member already in the team)
        identity = cid or ((c.get("phone"), name_key) if c.get("phone") else
                           ("name", name_key, c.get("birth")) if name_key else None)
        if identity is None or row._village_key is None:
            continue
        dup_key = (identity, row._village_key, row.is_leaver)
        first = first_by_id.get(dup_key)
        if first is not None:
            row.add("full_name", DUPLICATE_ROW, value=row.full_name, first_row=first.row,
                    first_sheet=first.sheet)
        else:
            first_by_id[dup_key] = row


def match_people(ctx: ImportContext) -> None:
    """Phase 5: ``person_id``/``matched_by`` of every row that names an existing person."""
    rows = ctx.rows
    _duplicates_in_file(rows)
    valid = [r for r in rows if r._cleaned and r._cleaned.get("full_name")]
    candidates = {
        id(r): Candidate.from_cleaned(r._cleaned or {}, r.team_id,
                                      (r._typed or {}).get("search_key"))
        for r in valid
    }
    as_typed = {id(r): Candidate.from_cleaned(r._as_typed[0], r.team_id)
                for r in valid if r._as_typed}
    matcher = PersonMatcher([*candidates.values(), *as_typed.values()], ctx.opts.at)
    ctx.team_open = matcher.team_open
    for i, row in enumerate(valid):
        ctx.tick(i, len(valid), 450, 150, "Đang đối chiếu với dữ liệu đã có…")
        found = matcher.match(candidates[id(row)])
        if found.person_id is None and id(row) in as_typed:
            kept = matcher.match(as_typed[id(row)])
            if kept.person_id is not None:  # stored under the name as typed: not an honorific
                found = kept
                row._cleaned, row._typed = row._as_typed  # type: ignore[misc]
                row.full_name = row._cleaned["full_name"]
                row.problems = [p for p in row.problems
                                if p.code not in (HONORIFIC, HONORIFIC_SEX)]
        if found.problem is not None:
            row.add_problem(found.problem)
        elif found.person_id is not None:
            row.person_id, row.matched_by = found.person_id, found.by
    # the same new person on several rows (two teams): created once, by the first good row
    creator: dict[Any, ImportRow] = {}
    for row in valid:
        if row.person_id is not None or not row.ok or row.is_leaver:
            continue
        c = row._cleaned or {}
        identity = c.get("citizen_id") or (
            (c.get("phone"), fold(c["full_name"])) if c.get("phone") else None
        )
        if identity is None:
            continue
        first = creator.setdefault(identity, row)
        if first is not row:
            row._same_as = first
            row.matched_by = "citizen_id" if c.get("citizen_id") else "phone_name"
    # one person twice in one team (matched through different details)
    seen_in_team: dict[tuple, ImportRow] = {}
    for row in rows:
        if row.person_id is None or row._village_key is None or not row.ok:
            continue
        first = seen_in_team.setdefault((row.person_id, row._village_key, row.is_leaver), row)
        if first is not row:
            row.add("full_name", DUPLICATE_ROW, value=row.full_name, first_row=first.row,
                    first_sheet=first.sheet)
