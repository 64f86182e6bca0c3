"""Errors the services raise when a use case is refused (as opposed to a programming bug).

Each carries a code and plain data, never a sentence: ``vn.messages`` words them (the CLI
in Vietnamese, the GUI through Qt's translation; ``vn.messages.describe`` for problems). ``PermissionDenied`` lives in
``desktop.permissions`` and is re-exported here so callers can catch everything from one
module.
"""
from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from desktop.permissions import PermissionDenied

if TYPE_CHECKING:  # pragma: no cover - typing only
    from desktop.validation import Problem

__all__ = [
    "DomainError",
    "NotFound",
    "PermissionDenied",
    "StaleRecord",
    "ValidationFailed",
]


class DomainError(Exception):
    """Base of the refusals a clerk can act on; ``code`` names it for the UI."""

    code = "domain.error"
    params: Mapping[str, Any] = MappingProxyType({})  # instances set their own


class ValidationFailed(DomainError):
    """A record was refused; ``problems`` says which field and why (errors first)."""

    code = "validation.failed"

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__(
            "; ".join(f"{p.field}:{p.code}" for p in self.problems) or self.code
        )
        self.params = {"count": len(self.problems)}

    def codes(self) -> list[str]:
        return [p.code for p in self.problems]


class StaleRecord(DomainError):
    """Someone else saved the record since the caller read it (optimistic concurrency).

    ``current`` holds the record as it now is (a plain dict), so the UI can show the other
    change and let the clerk reload or re-apply.
    """

    code = "record.stale"

    def __init__(self, entity: str, id: int, current: dict | None = None):
        super().__init__(f"{entity} {id} changed since it was read")
        self.entity = entity
        self.id = id
        self.current = dict(current or {})
        self.params = {"entity": entity, "id": id}


class NotFound(DomainError):
    code = "record.not_found"

    def __init__(self, entity: str, id: int | str | None):
        super().__init__(f"{entity} {id} not found")
        self.entity = entity
        self.id = id
        self.params = {"entity": entity, "id": id}


# --- problem codes the services add to desktop.validation's ------------------------------------
# Stable machine codes (tests and the UI rely on them), each worded in ``vn.messages``.

VILLAGE_NAME_REQUIRED = "village.name_required"
VILLAGE_DUPLICATE = "village.duplicate"  # params: value, existing_id
VILLAGE_HAS_TEAM = "village.has_team"  # retire refused: params value, team_id
VILLAGE_RETIRED = "village.retired"  # params: value
MERGE_TOO_FEW = "merge.too_few"
MERGE_DIFFERENT_COMMUNES = "merge.different_communes"
MERGE_CHOOSE_TEAM = "merge.choose_team"  # several villages have teams: params count
MERGE_TEAM_NOT_IN_VILLAGES = "merge.team_not_in_villages"
DATE_BEFORE_START = "date.before_start"  # params: value, start
DATE_REQUIRED = "date.required"
DATE_ORDER = "date.order"  # an end before a start: params start, end

TEAM_VILLAGE_HAS_TEAM = "team.village_has_team"  # params: value (village), team_id
TEAM_STATUS_INVALID = "team.status_invalid"
TEAM_ALREADY_DISSOLVED = "team.already_dissolved"
TEAM_DISSOLVED = "team.dissolved"  # adding to a dissolved team
TEAM_NO_LEADER = "team.no_leader"  # warning
TEAM_MANY_LEADERS = "team.many_leaders"  # warning: params count, names
TEAM_TOO_SMALL = "team.too_small"  # warning: params count, min, max
TEAM_TOO_LARGE = "team.too_large"  # warning: params count, min, max

ROLE_UNKNOWN = "role.unknown"
MEMBER_SECOND_LEADER = "member.second_leader"  # params: leader (the current one's name)
MEMBER_DUPLICATE = "member.duplicate"  # already a current member of this team
MEMBER_ALREADY_ENDED = "member.already_ended"
CITIZEN_ID_TAKEN = "citizen_id.taken"  # params: value, person_id, other_name
PERSON_MATCHED = "person.matched"  # warning: params person_id, by, name, other_teams

COURSE_TITLE_REQUIRED = "course.title_required"
COURSE_FORM_INVALID = "course.form_invalid"
COURSE_HOURS_INVALID = "course.hours_invalid"
RESULT_INVALID = "training.result_invalid"
RESULT_NEEDS_COMPLETION = "training.completed_on_missing"  # warning
