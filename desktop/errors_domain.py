"""Errors the services raise when a use case is refused (as opposed to a programming bug).

Each carries a code and plain data, never a sentence: ``ui/`` words them in Vietnamese
(``desktop.messages.describe`` for problems). ``PermissionDenied`` lives in
``desktop.permissions`` and is re-exported here so callers can catch everything from one
module.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

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
    params: ClassVar[dict[str, Any]] = {}  # instances set their own


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

    def by_field(self) -> dict[str, list[Problem]]:
        out: dict[str, list[Problem]] = {}
        for p in self.problems:
            out.setdefault(p.field, []).append(p)
        return out


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
# Stable machine codes (tests and the UI rely on them). Each has a Vietnamese sentence in
# MESSAGES below, with the same (label, params) signature as desktop.messages.MESSAGES, so
# ``desktop.messages`` can merge them: ``MESSAGES.update(errors_domain.MESSAGES)``.

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


def _p(params: dict, key: str, default: str = "") -> str:
    value = params.get(key, default)
    if hasattr(value, "strftime"):
        return value.strftime("%d/%m/%Y")
    return "" if value is None else str(value)


MESSAGES: dict = {
    VILLAGE_NAME_REQUIRED: lambda label, p: "Chưa nhập tên thôn/tổ dân phố.",
    VILLAGE_DUPLICATE: lambda label, p: (
        f'Xã đã có thôn/tổ dân phố "{_p(p, "value")}"; không tạo trùng tên.'
    ),
    VILLAGE_HAS_TEAM: lambda label, p: (
        f'"{_p(p, "value")}" còn Tổ CNSCĐ đang hoạt động; hãy giải thể hoặc chuyển Tổ '
        "trước khi cho thôn ngừng hoạt động."
    ),
    VILLAGE_RETIRED: lambda label, p: f'Thôn/tổ dân phố "{_p(p, "value")}" đã ngừng hoạt động.',
    MERGE_TOO_FEW: lambda label, p: "Chọn ít nhất hai thôn/tổ dân phố để sáp nhập.",
    MERGE_DIFFERENT_COMMUNES: lambda label, p: (
        "Chỉ sáp nhập được các thôn/tổ dân phố cùng một xã/phường."
    ),
    MERGE_CHOOSE_TEAM: lambda label, p: (
        f"{_p(p, 'count')} thôn đang có Tổ CNSCĐ; chọn Tổ nào được giữ lại cho thôn mới."
    ),
    MERGE_TEAM_NOT_IN_VILLAGES: lambda label, p: (
        "Tổ được chọn giữ lại không thuộc các thôn đang sáp nhập."
    ),
    DATE_BEFORE_START: lambda label, p: (
        f"Ngày {_p(p, 'value')} sớm hơn ngày bắt đầu {_p(p, 'start')}; hãy kiểm tra lại."
    ),
    DATE_REQUIRED: lambda label, p: f"Chưa nhập {label.lower()}.",
    DATE_ORDER: lambda label, p: (
        f"Ngày kết thúc {_p(p, 'end')} sớm hơn ngày bắt đầu {_p(p, 'start')}."
    ),
    TEAM_VILLAGE_HAS_TEAM: lambda label, p: (
        f'"{_p(p, "value")}" đã có Tổ CNSCĐ chưa giải thể; mỗi thôn chỉ có một Tổ.'
    ),
    TEAM_STATUS_INVALID: lambda label, p: f'Trạng thái "{_p(p, "value")}" không hợp lệ.',
    TEAM_ALREADY_DISSOLVED: lambda label, p: f'"{_p(p, "value")}" đã giải thể.',
    TEAM_DISSOLVED: lambda label, p: (
        f'"{_p(p, "value")}" đã giải thể; không thêm được thành viên.'
    ),
    TEAM_NO_LEADER: lambda label, p: "Tổ chưa có Tổ trưởng.",
    TEAM_MANY_LEADERS: lambda label, p: (
        f"Tổ có {_p(p, 'count')} Tổ trưởng ({_p(p, 'names')}); mỗi Tổ chỉ có một Tổ trưởng."
    ),
    TEAM_TOO_SMALL: lambda label, p: (
        f"Tổ có {_p(p, 'count')} thành viên, ít hơn mức tối thiểu {_p(p, 'min')} "
        f"(quy định {_p(p, 'min')}–{_p(p, 'max')} người)."
    ),
    TEAM_TOO_LARGE: lambda label, p: (
        f"Tổ có {_p(p, 'count')} thành viên, nhiều hơn mức tối đa {_p(p, 'max')} "
        f"(quy định {_p(p, 'min')}–{_p(p, 'max')} người)."
    ),
    ROLE_UNKNOWN: lambda label, p: f'Vai trò "{_p(p, "value")}" không có trong danh mục.',
    MEMBER_SECOND_LEADER: lambda label, p: (
        f"Tổ đã có Tổ trưởng ({_p(p, 'leader')}); hãy kết thúc nhiệm vụ của Tổ trưởng cũ "
        "hoặc chọn vai trò khác."
    ),
    MEMBER_DUPLICATE: lambda label, p: f'"{_p(p, "value")}" đã là thành viên của Tổ này.',
    MEMBER_ALREADY_ENDED: lambda label, p: (
        f"Thành viên này đã thôi tham gia Tổ từ ngày {_p(p, 'value')}."
    ),
    CITIZEN_ID_TAKEN: lambda label, p: (
        f'Số CCCD {_p(p, "value")} đã được ghi cho người khác'
        + (f" ({_p(p, 'other_name')})" if p.get("other_name") else "")
        + "; hãy kiểm tra lại."
    ),
    PERSON_MATCHED: lambda label, p: (
        f'Đã có "{_p(p, "name")}" trong dữ liệu '
        + {
            "citizen_id": "(trùng số CCCD)",
            "team_name": "(trùng họ tên với thành viên đang có của Tổ, năm sinh không khác)",
        }.get(p.get("by", ""), "(trùng tên và số điện thoại)")
        + "; dùng lại hồ sơ này."
        + (f" Người này đang ở {_p(p, 'other_teams')} Tổ khác." if p.get("other_teams") else "")
    ),
    COURSE_TITLE_REQUIRED: lambda label, p: "Chưa nhập tên lớp/khóa tập huấn.",
    COURSE_FORM_INVALID: lambda label, p: f'Hình thức "{_p(p, "value")}" không hợp lệ.',
    COURSE_HOURS_INVALID: lambda label, p: (
        f'Số giờ "{_p(p, "value")}" không hợp lệ; nhập một số từ 0 đến 9999.'
    ),
    RESULT_INVALID: lambda label, p: f'Kết quả "{_p(p, "value")}" không hợp lệ.',
    RESULT_NEEDS_COMPLETION: lambda label, p: "Đã hoàn thành nhưng chưa có ngày hoàn thành.",
    # the roster import's commit met a change made meanwhile (another clerk)
    "import.conflict": lambda label, p: (
        "Cơ sở dữ liệu vừa thay đổi (có thể người khác đang nhập cùng Tổ); không có gì được "
        "ghi. Hãy kiểm tra lại rồi nhập lại."
    ),
    "office.setting_unknown": lambda label, p: (
        f'Không có cài đặt "{_p(p, "value")}" cho cơ quan.'
    ),
    "office.setting_value": lambda label, p: (
        f'Giá trị "{_p(p, "value")}" không dùng được cho cài đặt này (tuổi từ 0 đến 150, '
        "tuổi tối thiểu không lớn hơn tuổi tối đa)."
    ),
    "office.missing": lambda label, p: (
        "Chưa thiết lập cơ quan sử dụng; hãy thiết lập đơn vị trước."
    ),
}
