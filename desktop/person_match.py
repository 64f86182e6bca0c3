"""Who is this? The one rule that finds an existing person from typed details, used by the
member form (``teams.add_member``), paste-from-Excel (which adds through the member form) and
the roster import (thousands of rows at once).

In order, the first that answers wins:

1. **Citizen ID**: the person holding it, when the folded names agree ("Hoà" = "Hòa",
   capitals and accents aside); a different name is an error (``citizen_id.taken``): never a
   silent merge of two people.
2. **Phone + folded name**: the lowest id among people with that phone and name.
3. **Same team, same folded name** (rosters often carry no phone): the one open member of the
   team with that name, unless the birth dates disagree (the years differ, or both are known
   to the day and the days differ). Two members with the name: no match (ambiguous).

The matcher loads everything it needs for a batch with a few ``IN (...)`` queries up front, so
one call per row costs nothing; a single form save builds a matcher of one candidate.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from db import import_queries as iq
from desktop import errors_domain as E
from desktop.validation import ERROR, PartialDate, Problem
from vn.dates import as_date
from vn.text import fold

__all__ = ["Candidate", "Match", "PersonMatcher"]


@dataclass(frozen=True)
class Candidate:
    """Typed details (cleaned by ``validate_person``) and the team they are for."""

    full_name: str
    citizen_id: str | None = None
    phone: str | None = None
    birth: PartialDate | None = None
    team_id: int | None = None

    @classmethod
    def from_cleaned(cls, cleaned: dict, team_id: int | None = None,
                     key: str | None = None) -> Candidate:
        """From ``validate_person``'s output; ``key`` the folded name when already known."""
        made = cls(
            cleaned.get("full_name") or "",
            cleaned.get("citizen_id") or None,
            cleaned.get("phone") or None,
            cleaned.get("birth"),
            team_id,
        )
        if key is not None:
            made.__dict__["folded"] = key  # the cached_property's slot
        return made

    @cached_property
    def folded(self) -> str:
        return fold(self.full_name)


@dataclass(frozen=True)
class Match:
    person_id: int | None = None
    by: str | None = None  # "citizen_id", "phone_name", "team_name"
    problem: Problem | None = None  # citizen_id.taken


class PersonMatcher:
    """Finds existing people for many candidates with a handful of queries."""

    def __init__(self, candidates: Iterable[Candidate], on: dt.date | None = None):
        cands = [c for c in candidates if c.full_name]
        self.by_cid = iq.people_by_citizen_id(c.citizen_id for c in cands if c.citizen_id)
        self.by_phone = iq.people_by_phone(c.phone for c in cands if c.phone)
        team_ids = {c.team_id for c in cands if c.team_id is not None}
        self.team_open = iq.active_memberships(team_ids=team_ids, on=on) if team_ids else []
        self.by_team_name: dict[tuple[int, str], list[int]] = {}
        for om in self.team_open:
            self.by_team_name.setdefault((om[1], fold(om[5])), []).append(om[2])
        loose_ids = {ids[0] for ids in self.by_team_name.values() if len(ids) == 1}
        taken_ids = {pid for pid, _key in self.by_cid.values()}
        self.stored = iq.person_values_many(loose_ids | taken_ids)

    def match(self, c: Candidate) -> Match:
        folded = c.folded
        if c.citizen_id and c.citizen_id in self.by_cid:
            pid, stored_key = self.by_cid[c.citizen_id]
            if stored_key == folded:
                return Match(pid, "citizen_id")
            other = self.stored.get(pid) or {}
            return Match(problem=Problem("citizen_id", E.CITIZEN_ID_TAKEN, ERROR, {
                "value": c.citizen_id, "person_id": pid,
                "other_name": other.get("full_name", ""),
            }))
        if c.phone and (c.phone, folded) in self.by_phone:
            return Match(self.by_phone[(c.phone, folded)], "phone_name")
        if c.team_id is not None:
            ids = self.by_team_name.get((c.team_id, folded), [])
            if len(ids) == 1 and self._births_agree(c.birth, self.stored.get(ids[0], {})):
                return Match(ids[0], "team_name")
        return Match()

    @staticmethod
    def _births_agree(birth: PartialDate | None, stored: dict) -> bool:
        if birth is None or not stored.get("birth_year"):
            return True
        if birth.year != stored.get("birth_year"):
            return False
        if birth.precision == "day" and stored.get("birth_precision") == "day":
            return birth.as_date() == as_date(stored.get("birth_date"))
        return True
