"""The one catalogue of the core's wording: message codes -> Vietnamese templates.

The core (``db/``, ``exports/``, ``desktop/``) raises or returns a *code* and plain
*parameters*; it never builds a sentence. This module words them:

- the CLI calls :func:`render` / :func:`describe` as they are, and speaks Vietnamese;
- the GUI passes ``tr`` (``QCoreApplication.translate`` in the context :data:`CONTEXT`):
  every template is then looked up in Qt's translation catalogue with the Vietnamese
  template as the source text, so the English UI shows English. ``resources/i18n/update.py``
  writes ``ui/core_strings.py`` from :data:`CATALOGUE` so that ``pyside6-lupdate`` finds
  every template; a test fails when that file is stale.

Templates are ``str.format`` fields filled from the parameters (``{value}``, ``{count}``);
a ``date`` parameter is shown dd/mm/yyyy, ``None`` as nothing. Problems about a field also
get ``{label}`` and ``{label_lower}`` (the field's label, translated). Where the wording
depends on the values (a phone with too few or too many digits), a *variant* chooser picks
another code of the catalogue and adds the numbers it needs; the words are always here.

Pure module: imports nothing of ours and never Qt.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any, NamedTuple, Protocol

__all__ = [
    "CATALOGUE",
    "CONTEXT",
    "FIELD_LABELS",
    "Msg",
    "audit_codes",
    "audit_word",
    "describe",
    "describe_all",
    "field_label",
    "render",
    "severity_label",
]

CONTEXT = "core"  # the Qt translation context of every template below

Translate = Callable[[str], str]


def _identity(text: str) -> str:
    return text


class Msg(NamedTuple):
    """A parameter that is itself a message (worded, and translated, when shown)."""

    code: str
    params: Mapping[str, Any] = {}


class _ProblemLike(Protocol):
    @property
    def field(self) -> str: ...

    @property
    def code(self) -> str: ...

    @property
    def severity(self) -> str: ...

    @property
    def params_dict(self) -> dict[str, Any]: ...


# --- field labels: one name per field, for forms, problems, imports and the audit log ---------

_FIELDS: dict[str, str] = {
    "full_name": "Họ và tên",
    "sex": "Giới tính",
    "birth": "Ngày sinh",
    "ethnicity": "Dân tộc",
    "phone": "Số điện thoại",
    "email": "Email",
    "citizen_id": "Số CCCD",
    "position": "Chức vụ",
    "organisation": "Đơn vị công tác",
    "youth_union": "Đoàn viên",
    "role": "Vai trò",
    "role_label": "Vai trò",
    "start_date": "Ngày bắt đầu",
    "end_date": "Ngày kết thúc",
    "end_reason": "Lý do kết thúc",
    "on_date": "Ngày",
    "team": "Tổ",
    "keep_team_id": "Tổ được giữ lại",
    "village": "Thôn/tổ dân phố",
    "village_ids": "Thôn/tổ dân phố",
    "village_name": "Thôn/tổ dân phố",
    "commune": "Xã/phường",
    "commune_name": "Xã/phường",
    "trained": "Đã tập huấn",
    "note": "Ghi chú",
    "name": "Tên",
    "short_name": "Tên ngắn",
    "kind": "Loại",
    "code": "Mã",
    "status": "Trạng thái",
    "established_on": "Ngày thành lập",
    "dissolved_on": "Ngày giải thể",
    "valid_from": "Hiệu lực từ",
    "valid_to": "Hiệu lực đến",
    "title": "Tên lớp",
    "organiser": "Đơn vị tổ chức",
    "form": "Hình thức",
    "platform": "Nền tảng",
    "place": "Địa điểm",
    "hours": "Số giờ",
    "result": "Kết quả",
    "completed_on": "Ngày hoàn thành",
    "certificate_no": "Số chứng nhận",
    "number": "Số",
    "symbol": "Ký hiệu",
    "year": "Năm",
    "sha256": "Mã kiểm tra (SHA-256)",
    "signed_on": "Ngày ký",
    "subject": "Trích yếu",
    "signer_name": "Người ký",
    "signer_title": "Chức vụ người ký",
    "username": "Tên đăng nhập",
    "scope_unit_id": "Đơn vị được giao",
    "can_see_citizen_id": "Được xem số CCCD",
    "active": "Đang dùng",
    "what": "Nội dung",
    "rows": "Số dòng",
    "file": "Tệp",
    "unit": "Đơn vị",
    "citizen_id_included": "Có số CCCD",
    "with_citizen_id": "Có số CCCD",
    "added": "Đã thêm",
    "updated": "Đã sửa",
    "ended": "Đã kết thúc",
    "skipped": "Bỏ qua",
    "source": "Nguồn",
    "filters": "Bộ lọc",
    # what the services record about bulk work and backups
    "members": "Số người trong quyết định",
    "person_ids": "Số người",
    "records": "Số người",
    "automatic": "Tự động",
    # what the demo data's audit row counts (and lists elsewhere)
    "scale": "Quy mô",
    "seed": "Hạt giống ngẫu nhiên",
    "catalogue": "Danh mục đơn vị hành chính",
    "provinces": "Tỉnh/thành phố",
    "districts": "Quận/huyện",
    "communes": "Xã/phường",
    "villages": "Thôn/tổ dân phố",
    "teams": "Tổ",
    "people": "Người",
}

# The roster import names a few columns as the clerk's file does.
_IMPORT_FIELDS: dict[str, str] = {
    "role": "Vai trò trong Tổ",
    "village": "Thôn/Tổ dân phố",
    "commune": "Xã/Phường",
    "left_on": "Ngày thôi",
    "status": "Tình trạng",
    "family_middle": "Họ và tên đệm",
    "given": "Tên",
    "birth_date": "Ngày sinh",
    "birth_year": "Ngày sinh",
    "birth_precision": "Ngày sinh",
}

#: Field name -> Vietnamese label (the untranslated view of the ``field.*`` entries).
FIELD_LABELS: dict[str, str] = dict(_FIELDS)
#: The roster import's labels: :data:`FIELD_LABELS` with the import's own column names.
IMPORT_FIELD_LABELS: dict[str, str] = {**_FIELDS, **_IMPORT_FIELDS}
#: Stored sex code -> the word printed in rosters and Decisions (the ``sex.*`` entries).
SEX_LABELS: dict[str, str] = {"nam": "Nam", "nu": "Nữ"}

_MOBILE = "ví dụ 0912345678"

CATALOGUE: dict[str, str] = {
    **{f"field.{name}": label for name, label in _FIELDS.items()},
    **{f"import.field.{name}": label for name, label in _IMPORT_FIELDS.items()},
    "severity.error": "Lỗi",
    "severity.warning": "Cảnh báo",
    "severity.info": "Thông tin",
    **{f"sex.{code}": word for code, word in SEX_LABELS.items()},
    # --- a person's details (desktop.validation) ------------------------------------------
    "phone.chars": (
        '{label} "{value}" có ký tự không phải chữ số; chỉ nhập các chữ số (' + _MOBILE + ")."
    ),
    "phone.multiple": (
        'Ô {label_lower} có nhiều số ("{value}"); chỉ giữ lại một số (' + _MOBILE + ")."
    ),
    "phone.country": (
        '{label} "{value}" có mã nước khác +84, không phải số Việt Nam; hãy nhập số trong '
        "nước (" + _MOBILE + ")."
    ),
    "phone.length.landline": (
        'Số máy bàn "{value}" có {digits} chữ số; số máy bàn phải có 11 chữ số gồm cả mã '
        "vùng 02x (ví dụ 024 3825 1234)."
    ),
    "phone.length.short": (
        '{label} "{value}" chỉ có {digits} chữ số; số di động phải có 10 chữ số ('
        + _MOBILE + ")."
    ),
    "phone.length.long": (
        '{label} "{value}" có {digits} chữ số, thừa {extra} chữ số; số di động phải có 10 '
        "chữ số (" + _MOBILE + ")."
    ),
    "phone.no_zero": (
        '{label} "{value}" không bắt đầu bằng số 0; số di động có 10 chữ số, bắt đầu bằng 03, '
        "05, 07, 08 hoặc 09 (" + _MOBILE + ")."
    ),
    "phone.prefix": (
        '{label} "{value}" có đầu số {prefix}, không phải đầu số di động hiện nay (03, 05, 07, '
        "08, 09); hãy kiểm tra lại. Nếu là số máy bàn, hãy nhập đủ 11 chữ số với mã vùng mới "
        "02x."
    ),
    "phone.old_prefix": (
        '{label} "{value}" có 11 chữ số nhưng đầu số {prefix} không thuộc các đầu số 11 chữ '
        "số cũ đã chuyển sang 10 chữ số; hãy kiểm tra lại số."
    ),
    "phone.old_mobile": (
        '{label} "{value}" là số di động 11 chữ số cũ; đã đổi sang số mới {new} (đầu số '
        "{old_prefix} đổi thành {new_prefix} từ năm 2018). Hãy xác nhận lại với người dùng."
    ),
    "date.format": (
        '{label} "{value}" không đúng dạng; hãy nhập ngày/tháng/năm (ví dụ 05/03/1990) hoặc '
        "chỉ năm (ví dụ 1990)."
    ),
    "date.format.day": (
        '{label} "{value}" không đúng dạng; hãy nhập ngày/tháng/năm (ví dụ 05/03/2026).'
    ),
    "date.invalid.month": (
        '{label} "{value}" không có thật: không có tháng {month}. Hãy kiểm tra lại, nhập theo '
        "thứ tự ngày/tháng/năm (ví dụ 05/03/1990)."
    ),
    "date.invalid.day": (
        '{label} "{value}" không có thật: tháng {month}/{year} không có ngày {day}. Hãy kiểm '
        "tra lại, nhập theo thứ tự ngày/tháng/năm (ví dụ 05/03/1990)."
    ),
    "date.future": (
        '{label} "{value}" ở sau ngày hôm nay ({today}); hãy kiểm tra lại.'
    ),
    "date.future.read_as": (
        '{label} "{value}" ({date}) ở sau ngày hôm nay ({today}); hãy kiểm tra lại.'
    ),
    "date.too_old": (
        '{label} "{value}" có năm {year}, trước năm {min_year}, không hợp lý; hãy kiểm tra lại.'
    ),
    "date.partial": (
        '{label} "{value}" chỉ có tháng và năm; phần mềm chỉ lưu năm {year}. Nếu biết ngày, '
        "hãy nhập đủ ngày/tháng/năm."
    ),
    "cid.chars": '{label} "{value}" có ký tự không phải chữ số; số CCCD gồm đúng 12 chữ số.',
    "cid.length": '{label} "{value}" có {digits} chữ số; số CCCD phải có đủ 12 chữ số.',
    "cid.length.lost_zero": (
        '{label} "{value}" có {digits} chữ số; số CCCD phải có đủ 12 chữ số. Nếu số bắt đầu '
        "bằng 0, có thể Excel đã làm mất số 0 ở đầu: hãy định dạng ô là Văn bản (Text) rồi "
        "nhập lại đủ 12 chữ số."
    ),
    "cid.old_cmnd": (
        'Số "{value}" có 9 chữ số, là số chứng minh nhân dân (CMND) cũ, không phải số CCCD; '
        "hãy nhập số căn cước (CCCD) 12 chữ số."
    ),
    "cid.year_future": (
        '{label} "{value}" không hợp lệ: chữ số thứ 4 ({digit}) và chữ số thứ 5–6 ({yy}) cho '
        "năm sinh {id_year}, chưa tới; hãy kiểm tra lại số."
    ),
    "cid.sex_mismatch": (
        '{label} "{value}" có chữ số thứ 4 là {digit}, nghĩa là giới tính {id_sex_label}, '
        "nhưng giới tính đã nhập là {sex_label}; hãy kiểm tra lại số CCCD hoặc giới tính."
    ),
    "cid.year_mismatch": (
        '{label} "{value}" ứng với năm sinh {id_year} (chữ số thứ 4 là {digit}, chữ số thứ '
        "5–6 là {yy}), nhưng năm sinh đã nhập là {birth_year}; hãy kiểm tra lại số CCCD hoặc "
        "ngày sinh."
    ),
    "email.invalid": (
        'Địa chỉ email "{value}" không hợp lệ: {reason_text}. Hãy nhập một địa chỉ dạng '
        "ten@gmail.com, hoặc để trống."
    ),
    "email.reason.no_at": "thiếu dấu @",
    "email.reason.many_at": "có nhiều hơn một dấu @",
    "email.reason.multiple": "ô này có nhiều địa chỉ, chỉ được nhập một",
    "email.reason.spaces": "có dấu cách",
    "email.reason.non_ascii": (
        "có chữ có dấu hoặc ký tự đặc biệt (email chỉ dùng chữ không dấu, số, . _ -)"
    ),
    "email.reason.local": "phần trước dấu @ không hợp lệ",
    "email.reason.domain": "phần sau dấu @ không phải tên miền hợp lệ (ví dụ gmail.com)",
    "email.reason.too_long": "quá dài",
    "email.reason.other": "sai dạng",
    "email.typo": (
        'Địa chỉ email "{value}" có tên miền "{domain}", có lẽ gõ nhầm từ "{suggestion}"; '
        "hãy kiểm tra lại."
    ),
    "sex.invalid": '{label} "{value}" không rõ; hãy nhập "Nam" hoặc "Nữ".',
    "name.required": "Chưa nhập họ và tên; đây là thông tin bắt buộc.",
    "name.chars": (
        '{label} "{value}" có ký tự không hợp lệ ({chars}); họ tên chỉ gồm chữ cái và dấu '
        "cách. Số điện thoại, ghi chú... hãy nhập vào cột riêng."
    ),
    "name.one_word": (
        '{label} "{value}" chỉ có một chữ; hãy nhập đầy đủ họ, tên đệm (nếu có) và tên.'
    ),
    "text.too_long": (
        "{label} dài {length} ký tự, vượt quá {max} ký tự cho phép; hãy rút gọn."
    ),
    "text.odd_chars": (
        '{label} "{value}" có ký tự không dùng được ({chars}: biểu tượng, emoji hoặc dấu chồng '
        "lên nhau); hãy gõ lại bằng chữ tiếng Việt thông thường."
    ),
    "text.no_letters": '{label} "{value}" không có chữ hay số nào; hãy nhập tên bằng chữ.',
    "flag.invalid": '{label} "{value}" không rõ; hãy ghi "x" nếu có, để trống nếu không.',
    "problem.unknown": "{label} không hợp lệ (mã {code}); hãy kiểm tra lại.",
    "problem.unknown.value": '{label} "{value}" không hợp lệ (mã {code}); hãy kiểm tra lại.',
    # --- the services' refusals and warnings (desktop.errors_domain) --------------------------
    "village.name_required": "Chưa nhập tên thôn/tổ dân phố.",
    "village.duplicate": 'Xã đã có thôn/tổ dân phố "{value}"; không tạo trùng tên.',
    "office.catalogue_in_use": (
        "Cơ sở dữ liệu đã có thôn, tổ và thành viên theo danh mục đang dùng; không đổi được "
        "danh mục đơn vị hành chính. Để chuyển sang danh mục sau sắp xếp 2025, dùng lệnh "
        "\"reform\" (lập kế hoạch rồi áp dụng)."
    ),
    "village.similar": 'Gần giống "{existing}" đã có trong xã: nếu là cùng một thôn, đừng thêm nữa.',
    "village.has_team": (
        '"{value}" còn Tổ CNSCĐ đang hoạt động; hãy giải thể hoặc chuyển Tổ trước khi cho '
        "thôn ngừng hoạt động."
    ),
    "village.retired": 'Thôn/tổ dân phố "{value}" đã ngừng hoạt động.',
    "merge.too_few": "Chọn ít nhất hai thôn/tổ dân phố để sáp nhập.",
    "merge.different_communes": "Chỉ sáp nhập được các thôn/tổ dân phố cùng một xã/phường.",
    "merge.choose_team": (
        "{count} thôn đang có Tổ CNSCĐ; chọn Tổ nào được giữ lại cho thôn mới."
    ),
    "merge.team_not_in_villages": "Tổ được chọn giữ lại không thuộc các thôn đang sáp nhập.",
    "date.before_start": (
        "Ngày {value} sớm hơn ngày bắt đầu {start}; hãy kiểm tra lại."
    ),
    "date.required": "Chưa nhập {label_lower}.",
    "date.order": "Ngày kết thúc {end} sớm hơn ngày bắt đầu {start}.",
    "team.village_has_team": (
        '"{value}" đã có Tổ CNSCĐ chưa giải thể; mỗi thôn chỉ có một Tổ.'
    ),
    "team.status_invalid": 'Trạng thái "{value}" không hợp lệ.',
    "team.already_dissolved": '"{value}" đã giải thể.',
    "team.dissolved": '"{value}" đã giải thể; không thêm được thành viên.',
    "team.no_leader": "Tổ chưa có Tổ trưởng.",
    "team.many_leaders": (
        "Tổ có {count} Tổ trưởng ({names}); mỗi Tổ chỉ có một Tổ trưởng."
    ),
    "team.too_small": (
        "Tổ có {count} thành viên, ít hơn mức tối thiểu {min} (quy định {min}–{max} người)."
    ),
    "team.too_large": (
        "Tổ có {count} thành viên, nhiều hơn mức tối đa {max} (quy định {min}–{max} người)."
    ),
    "role.unknown": 'Vai trò "{value}" không có trong danh mục.',
    "member.second_leader": (
        "Tổ đã có Tổ trưởng ({leader}); hãy kết thúc nhiệm vụ của Tổ trưởng cũ hoặc chọn "
        "vai trò khác."
    ),
    "member.duplicate": '"{value}" đã là thành viên của Tổ này.',
    "member.already_ended": "Thành viên này đã thôi tham gia Tổ từ ngày {value}.",
    "citizen_id.taken": "Số CCCD {value} đã được ghi cho người khác; hãy kiểm tra lại.",
    "citizen_id.taken.named": (
        "Số CCCD {value} đã được ghi cho người khác ({other_name}); hãy kiểm tra lại."
    ),
    "person.matched": 'Đã có "{name}" trong dữ liệu {how}; dùng lại hồ sơ này.',
    "person.matched.other_teams": (
        'Đã có "{name}" trong dữ liệu {how}; dùng lại hồ sơ này. Người này đang ở '
        "{other_teams} Tổ khác."
    ),
    "person.matched.by_citizen_id": "(trùng số CCCD)",
    "person.matched.by_phone_name": "(trùng tên và số điện thoại)",
    "person.matched.by_team_name": (
        "(trùng họ tên với thành viên đang có của Tổ, năm sinh không khác)"
    ),
    "course.title_required": "Chưa nhập tên lớp/khóa tập huấn.",
    "course.form_invalid": 'Hình thức "{value}" không hợp lệ.',
    "course.hours_invalid": 'Số giờ "{value}" không hợp lệ; nhập một số từ 0 đến 9999.',
    "training.result_invalid": 'Kết quả "{value}" không hợp lệ.',
    "training.completed_on_missing": "Đã hoàn thành nhưng chưa có ngày hoàn thành.",
    # --- errors a clerk can act on (desktop.errors) -------------------------------------------
    "error.unknown": "Lỗi {code}.",
    "domain.error": "Không thực hiện được việc này; hãy kiểm tra lại dữ liệu.",
    "validation.failed": "Dữ liệu không hợp lệ.",
    "db.schema_too_new": (
        "Cơ sở dữ liệu này do phiên bản mới hơn của phần mềm tạo ra (lược đồ {found}, phần "
        "mềm này chỉ hỗ trợ đến {supported}). Hãy cài phiên bản mới nhất rồi mở lại."
    ),
    "db.busy": (
        "Cơ sở dữ liệu đang bận vì một người dùng khác đang ghi. Hãy thử lại sau ít giây."
    ),
    "db.failed": "Không mở hoặc ghi được cơ sở dữ liệu: {detail}",
    "file.os_error": "Không đọc/ghi được tệp {path}: {detail}",
    "backup.integrity": (
        "Bản sao lưu {path} bị lỗi khi kiểm tra. Không ghi đè dữ liệu; hãy thử sao lưu lại "
        "hoặc liên hệ quản trị."
    ),
    "backup.no_office": (
        "Chưa khai báo cơ quan: hãy khai báo cơ quan trước khi chọn nơi sao lưu tự động."
    ),
    "restore.missing": "Không tìm thấy tệp sao lưu {path}.",
    "restore.corrupt": (
        "Tệp sao lưu {path} bị hỏng (không đọc được trọn vẹn: tệp bị cắt, bị ghi đè hoặc ổ "
        "đĩa lỗi); không khôi phục, dữ liệu hiện tại giữ nguyên. Hãy chọn bản sao lưu khác."
    ),
    "restore.unreadable": "Không đọc được tệp sao lưu {path} ({detail}); không khôi phục.",
    "restore.wrong_kind": (
        "Tệp {path} là bản sao lưu của cơ sở dữ liệu trên máy (SQLite); cơ sở dữ liệu dùng "
        "chung trên máy chủ chỉ khôi phục được từ bản sao lưu .jsonl.gz của máy chủ."
    ),
    "restore.no_schema": (
        "Tệp sao lưu {path} không ghi phiên bản lược đồ (có thể đã bị cắt hoặc sửa); không "
        "khôi phục. Hãy chọn bản sao lưu khác."
    ),
    "restore.too_new": (
        "Bản sao lưu {path} do phiên bản mới hơn của phần mềm tạo ra (lược đồ {found}, phần "
        "mềm này chỉ hỗ trợ đến {supported}); không khôi phục. Hãy cài phiên bản mới nhất."
    ),
    "restore.table_missing": (
        'Tệp sao lưu {path} thiếu bảng dữ liệu "{table}" (tệp không trọn vẹn hoặc đã bị sửa); '
        "không khôi phục. Hãy chọn bản sao lưu khác."
    ),
    "restore.table_changed": (
        'Bảng "{table}" trong tệp sao lưu {path} có các cột khác với phần mềm; không khôi phục.'
    ),
    "restore.damaged": (
        'Tệp sao lưu {path} bị hỏng hoặc đã bị sửa: bảng "{table}" không khớp với số dòng và '
        "mã kiểm tra ghi lúc sao lưu ({expected} dòng, nay {found}); không khôi phục. Hãy "
        "chọn bản sao lưu khác."
    ),
    "restore.damaged_row": (
        'Tệp sao lưu {path} bị hỏng: dòng {row} của bảng "{table}" chứa dữ liệu rỗng (một '
        "vùng của tệp đã bị xoá trắng); không khôi phục. Hãy chọn bản sao lưu khác."
    ),
    "restore.decision_tampered": (
        "Tệp sao lưu {path} có Quyết định số {decision} không khớp với bản PDF đã ban hành "
        "(dữ liệu đã bị sửa); không khôi phục."
    ),
    "restore.audit_broken": (
        "Nhật ký thay đổi trong tệp sao lưu {path} bị đứt hoặc bị sửa (tại dòng số {row}); "
        "không khôi phục. Hãy chọn bản sao lưu khác."
    ),
    "restore.incomplete": (
        "Tệp sao lưu {path} không trọn vẹn (thiếu phần kết thúc: bị cắt khi chép hoặc khi "
        "sao lưu); không khôi phục. Hãy chọn bản sao lưu khác."
    ),
    "restore.old_schema": (
        "Không nâng cấp được bản sao lưu cũ {path} lên phiên bản hiện tại ({detail}); không "
        "khôi phục."
    ),
    # --- files: each fault its own sentence (vn.faults), no temporary file left ------------
    "file.disk_full": (
        "Không ghi được {path}: ổ đĩa đã đầy. Hãy giải phóng dung lượng (xoá bớt tệp không "
        "cần) hoặc chọn ổ đĩa khác rồi thử lại. Không có tệp dở dang nào được để lại."
    ),
    "file.read_only": (
        "Không ghi được {path}: thư mục hoặc ổ đĩa này chỉ cho phép đọc (ví dụ USB khoá ghi, "
        "ổ mạng chỉ đọc). Hãy chọn thư mục khác rồi thử lại."
    ),
    "file.no_permission": (
        "Không ghi được {path}: tài khoản Windows của bạn không có quyền ghi vào thư mục này. "
        "Hãy chọn thư mục khác (ví dụ Tài liệu) hoặc nhờ quản trị máy cấp quyền."
    ),
    "file.locked": (
        "Không ghi được {path}: tệp đang được mở trong chương trình khác (Excel, LibreOffice, "
        "trình xem PDF…). Hãy đóng tệp đó rồi thử lại."
    ),
    "file.io_error": (
        "Không ghi được {path}: ổ đĩa báo lỗi đọc/ghi (ổ hỏng, USB bị rút ra hoặc mất kết nối "
        "mạng). Hãy kiểm tra ổ đĩa rồi thử lại hoặc chọn nơi khác."
    ),
    "file.not_found": "Không tìm thấy thư mục hoặc tệp {path}. Hãy kiểm tra lại đường dẫn.",
    "file.other": (
        "Không ghi được {path} (lỗi hệ thống: {detail}). Hãy thử lại hoặc chọn nơi khác."
    ),
    "file.target_is_input": (
        "Không ghi vào {path}: đó chính là tệp đang được đọc. Hãy chọn một tên tệp khác để "
        "không mất tệp gốc."
    ),
    "file.target_symlink": (
        "Không ghi vào {path}: đó là một lối tắt (liên kết) trỏ sang tệp khác. Hãy chọn một "
        "tên tệp bình thường."
    ),
    "file.target_not_file": (
        "Không ghi vào {path}: đó không phải một tệp bình thường (thư mục hoặc thiết bị). Hãy "
        "chọn một tên tệp khác."
    ),
    "restore.not_ours": "Tệp {path} không phải bản sao lưu của Sổ Tổ CNSCĐ; không khôi phục.",
    "restore.schema_mismatch": (
        "Bản sao lưu {path} thuộc lược đồ {found}, khác phiên bản hiện tại ({supported}). "
        "Hãy khôi phục bằng phiên bản phần mềm đã tạo ra nó."
    ),
    "auth.bad_credentials": "Sai tên đăng nhập hoặc mật khẩu.",
    "auth.locked": (
        "Tài khoản {username} tạm khoá 15 phút do nhập sai mật khẩu nhiều lần; hãy thử lại "
        "sau hoặc nhờ quản trị viên mở khoá."
    ),
    "auth.password_too_short": "Mật khẩu phải có ít nhất {minimum} ký tự.",
    "auth.password_too_long": "Mật khẩu dài quá {maximum} ký tự.",
    "auth.password_too_simple": (
        'Mật khẩu quá đơn giản: hãy dùng cả chữ và số (hoặc ký tự khác), ví dụ "HopThanh-2026".'
    ),
    "auth.password_common": (
        "Mật khẩu này quá dễ đoán (trùng tên đăng nhập hoặc là mật khẩu phổ biến); hãy chọn "
        "mật khẩu khác."
    ),
    "auth.no_new_password": (
        "Cần mật khẩu mới: đặt biến môi trường CNSCD_NEW_PASSWORD, hoặc dùng --password-stdin "
        "và đưa mật khẩu vào dòng đầu của đầu vào chuẩn, hoặc chạy trong cửa sổ lệnh để nhập."
    ),
    "auth.unknown_user": "Không có người dùng {username}.",
    "auth.bad_username": (
        'Tên đăng nhập "{username}" không hợp lệ (không để trống, không có dấu cách).'
    ),
    "auth.bad_role": 'Vai trò "{role}" không có; chọn admin, clerk hoặc viewer.',
    "auth.clerk_needs_scope": (
        "Cán bộ nhập liệu {username} cần được phân công một đơn vị (--scope)."
    ),
    "auth.username_taken": "Tên đăng nhập {username} đã có người dùng.",
    "auth.last_admin": (
        "Không khoá được {username}: đây là quản trị viên cuối cùng còn hoạt động."
    ),
    "decision.no_team": "Chưa chọn Tổ nào cho quyết định.",
    "decision.teams_in_several_communes": (
        "Một quyết định chỉ gồm các Tổ của cùng một xã/phường; hãy tách thành nhiều quyết định."
    ),
    "decision.bad_kind": 'Loại quyết định "{kind}" không có.',
    "decision.frozen": (
        "{label} đã ban hành nên không sửa được; muốn thay đổi hãy lập quyết định kiện toàn mới."
    ),
    "decision.bad_field": 'Không sửa được mục "{field}" của quyết định.',
    "decision.no_signer": (
        "Quyết định chưa có người ký: hãy chọn người ký trong trình soạn quyết định, hoặc khai "
        "báo Chủ tịch/Phó Chủ tịch của đơn vị ban hành (Quyết định → Người ký và căn cứ quyết "
        "định; dòng lệnh: office-set --unit MÃ_XÃ --chair \"Họ tên\", hoặc decision … --signer "
        "\"Họ tên\")."
    ),
    "decision.bad_number": "Số quyết định phải từ 1 trở lên (nhận được {number}).",
    "decision.number_taken": (
        "Số {number}/{symbol} năm {year} đã được dùng cho quyết định khác; hãy chọn số khác "
        "hoặc để phần mềm cấp số tiếp theo."
    ),
    "decision.team_without_members": (
        "{team} không có thành viên nào vào ngày {date}; hãy kiểm tra ngày ký hoặc thêm thành "
        "viên trước khi ban hành quyết định."
    ),
    "decision.placeholder": (
        '{where} còn chỗ trống chưa điền ("{text}"); hãy điền đủ số, ngày hoặc nội dung trước '
        "khi ban hành."
    ),
    "decision.no_authority": (
        'Chưa có thẩm quyền ký (ví dụ "CHỦ TỊCH" hoặc "KT. CHỦ TỊCH").'
    ),
    "decision.kt_without_title": (
        'Ký thay ("{authority}") cần ghi chức vụ người ký, ví dụ "PHÓ CHỦ TỊCH".'
    ),
    "decision.no_symbol": "Chưa có ký hiệu văn bản (ví dụ QĐ-UBND).",
    "decision.no_legal_basis": (
        'Quyết định chưa có căn cứ pháp lý nào; hãy nhập ít nhất một dòng "Căn cứ …".'
    ),
    "decision.date_required": "Chưa có ngày ký.",
    "decision.date_before_last": (
        "Ngày ký {date} sớm hơn ngày của Quyết định số {last} ({last_date}) đã ban hành trong "
        "năm; số quyết định cấp theo thứ tự ngày ban hành. Hãy sửa ngày ký, hoặc nhập số văn "
        "thư đã cấp và xác nhận (dòng lệnh: --number SỐ --force-number)."
    ),
    "decision.number_gap": (
        "Số {number_text} bỏ qua các số từ {first} đến {last} chưa dùng trong năm; chỉ ban "
        "hành khi văn thư xác nhận đúng số này (dòng lệnh: --force-number)."
    ),
    "decision.number_out_of_order": (
        "Số {number_text} ngày {date} không theo thứ tự ngày với Quyết định số {other} ngày "
        "{other_date}; chỉ ban hành khi văn thư xác nhận số này (dòng lệnh: --force-number)."
    ),
    "decision.team_dissolved": (
        "{team} đã giải thể; không ban hành quyết định mới cho Tổ này."
    ),
    "decision.before_replaced": (
        "Ngày ký {date} sớm hơn {label} mà quyết định này thay thế cho {team}; quyết định kiện "
        "toàn hoặc giải thể phải ký sau quyết định đó."
    ),
    "decision.team_established": (
        "{team} đã được thành lập ({label}); hãy lập quyết định kiện toàn thay vì thành lập "
        "lần nữa."
    ),
    "decision.replaced_not_cited": (
        "Quyết định này thay thế {label} nhưng nội dung các điều không nhắc đến quyết định đó; "
        "hãy soạn lại nội dung (tạo dự thảo mới) để văn bản ghi đúng phần được thay thế."
    ),
    "batch.one_target": (
        "Chọn một nơi ghi: một thư mục (mỗi quyết định một tệp) hoặc một tệp gộp."
    ),
    "batch.empty": "Không có quyết định nào để in.",
    "batch.file_exists": (
        "Đã có tệp {path} (cùng tên với tệp sắp ghi); không ghi đè tệp nào. Hãy chọn thư mục "
        "trống hoặc tên tệp khác."
    ),
    "batch.count_mismatch": (
        "Đã ghi {written} tệp nhưng cần {planned}; hãy kiểm tra thư mục đích rồi in lại."
    ),
    "office.missing": "Chưa khai báo cơ quan; hãy chạy phần thiết lập ban đầu trước.",
    "perm.out_of_scope_read": (
        "Tài khoản {username} không được xem quyết định của đơn vị này (quyết định có thông "
        "tin cá nhân của thành viên; ngoài phạm vi được phân công)."
    ),
    "record.stale": (
        "Bản ghi này vừa được người khác sửa sau khi bạn mở; hãy tải lại để xem thay đổi rồi "
        "làm lại."
    ),
    "record.not_found": "Không tìm thấy bản ghi (có thể đã bị xoá hoặc gộp).",
    "perm.admin_only": "Chỉ quản trị viên được làm việc này (người dùng: {username}).",
    "perm.read_only": "Tài khoản {username} chỉ được xem và xuất báo cáo, không được sửa.",
    "perm.out_of_scope": (
        "Tài khoản {username} không được sửa dữ liệu của đơn vị này (ngoài phạm vi được "
        "phân công)."
    ),
    "catalogue.missing_file": "Không tìm thấy tệp danh mục {path}. Hãy cài lại phần mềm đầy đủ.",
    "catalogue.unknown": 'Danh mục "{catalogue}" không có; chọn 2025 hoặc pre2025.',
    "server.host_required": "Chưa nhập địa chỉ máy chủ.",
    "server.bad_role_name": (
        'Tên vai trò "{role}" không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch '
        "dưới, bắt đầu bằng chữ."
    ),
    "server.role_is_owner": (
        "Vai trò {role} là chủ sở hữu lược đồ; phần mềm phải kết nối bằng một vai trò khác."
    ),
    "server.not_postgres": "Việc này chỉ dùng cho cơ sở dữ liệu trên máy chủ PostgreSQL.",
    "server.database_required": "Chưa nhập tên cơ sở dữ liệu.",
    "server.user_required": "Chưa nhập tên người dùng của máy chủ.",
    "server.bad_port": "Cổng phải là một số từ 1 đến 65535.",
    "server.bad_sslmode": "Chế độ mã hoá không hợp lệ.",
    "server.no_ca_file": "Không tìm thấy tệp chứng chỉ (CA) đã chọn.",
    "server.auth_failed": (
        "Máy chủ {host} từ chối đăng nhập: sai tên người dùng hoặc mật khẩu của cơ sở dữ liệu."
    ),
    "server.no_database": (
        'Máy chủ {host} không có cơ sở dữ liệu "{database}". Hãy nhờ quản trị máy chủ tạo một '
        "cơ sở dữ liệu trống rồi bấm Khởi tạo."
    ),
    "server.tls": (
        "Không thiết lập được kết nối mã hoá (TLS) tới {host}: {detail}. Hãy kiểm tra chế độ "
        "mã hoá và tệp chứng chỉ."
    ),
    "server.unreachable": (
        "Không kết nối được tới máy chủ {host}: máy chủ không trả lời (kiểm tra địa chỉ, cổng, "
        "mạng và tường lửa)."
    ),
    "server.error": "Máy chủ {host} báo lỗi: {detail}",
    "server.not_empty": (
        'Cơ sở dữ liệu "{database}" đã có {count} bảng của phần mềm khác; không khởi tạo vào '
        "đó để tránh làm hỏng dữ liệu. Hãy dùng một cơ sở dữ liệu trống."
    ),
    # --- exports (desktop.export_service, exports.errors) ------------------------------------
    "export.citizen_id_off": (
        "Cơ quan chưa bật việc xuất số CCCD nên không xuất được cột này. Hãy bỏ chọn "
        '"kèm số CCCD", hoặc nhờ quản trị viên bật cài đặt của cơ quan.'
    ),
    "export.citizen_id_denied": (
        "Tài khoản {username} không được xem số CCCD nên không xuất được cột này; hãy bỏ "
        'chọn "kèm số CCCD".'
    ),
    "export.unit_level": "Chọn một xã/phường (hoặc thôn) để tải mẫu nhập danh sách.",
    "cancelled": "Đã hủy. Không có tệp nào được tạo.",
    "target_locked": (
        "Không ghi được tệp {path}: tệp đang được mở trong chương trình khác (Excel, "
        "LibreOffice…). Hãy đóng tệp đó rồi thử lại."
    ),
    "write_failed": "Không ghi được tệp {path}: {error}",
    "invalid_document": "Dữ liệu xuất không hợp lệ: {detail}",
    # --- the 2025 reform (desktop.reform, exports.reform_xlsx) ------------------------------
    "reform.unplaced": (
        "Còn {count} thôn/tổ dân phố của các xã bị chia tách chưa được xếp vào xã mới: "
        "{villages}. Chưa thay đổi gì; hãy chọn xã mới cho từng thôn (trong trình hướng dẫn "
        'hoặc cột "Xã mới (mã)" của trang "Xếp thôn" trong tệp kế hoạch) rồi áp dụng lại.'
    ),
    "reform.bad_placements": (
        "Tệp kế hoạch có {count} chỗ xếp thôn không dùng được: {details}. Chưa thay đổi gì."
    ),
    "reform.unknown_commune": (
        'Thôn {village} (xã cũ {commune}): mã xã mới "{value}" không có trong danh mục 2025; '
        "hãy chọn một mã trong danh sách gợi ý."
    ),
    "reform.not_candidate": (
        "Thôn {village} (xã cũ {commune}) được xếp vào {new}, không thuộc các xã mới mà bảng "
        "chuyển đổi nêu ({candidates}); hãy kiểm tra lại theo Nghị quyết sắp xếp."
    ),
    "reform.unknown_village": (
        "Dòng xếp thôn mã số {id} (xã mới {value}) không còn thôn nào cần xếp tương ứng; bỏ qua."
    ),
    "reform.not_in_mapping": (
        "{count} xã cũ có thôn nhưng không có trong bảng chuyển đổi xã cũ - xã mới: {communes}. "
        "Chưa thay đổi gì; hãy liên hệ quản trị để bổ sung bảng chuyển đổi."
    ),
    "reform.nothing_to_undo": (
        "Chưa có lần sắp xếp 2025 nào được áp dụng trên dữ liệu này nên không có gì để hoàn tác."
    ),
    "reform.backup_missing": (
        "Không tìm thấy bản sao lưu trước khi sắp xếp ({path}); không hoàn tác được. Hãy tìm "
        'tệp sao lưu đó và khôi phục bằng "Khôi phục…".'
    ),
    "reform.cancelled": "Đã hủy sắp xếp; dữ liệu không thay đổi.",
    "reform.counts_changed": (
        "Sau khi sắp xếp, số Tổ, thành viên hoặc quyết định không khớp với trước khi sắp xếp; "
        "đã hủy toàn bộ thay đổi. Hãy báo lỗi này cho bộ phận hỗ trợ."
    ),
    "reform.no_office": "Chưa thiết lập đơn vị sử dụng; hãy thiết lập trước (Công cụ).",
    "reform.no_resolution": (
        "Chưa nhập số và ngày của Nghị quyết sắp xếp đơn vị hành chính cấp xã (để ghi vào phần "
        "căn cứ); hãy nhập rồi lập quyết định kiện toàn."
    ),
    "reform.no_chair": (
        "Chưa có họ tên Chủ tịch UBND của {count} xã mới: {communes}. Quyết định kiện toàn do "
        "Chủ tịch xã mới ký; hãy nhập họ tên rồi lập lại. Chưa ban hành quyết định nào."
    ),
    "reform.same_village_names": (
        "{count} xã mới có thôn trùng tên (quyết định sẽ không phân biệt được): {communes}. "
        "Chưa ban hành quyết định nào; hãy sáp nhập các thôn đó, đổi tên, hoặc dùng \"Thêm tên "
        "xã cũ vào thôn trùng tên\" (lệnh reform --rename-same-names) rồi lập lại."
    ),
    "reform.too_early": (
        "Ngày ký {day} trước ngày 01/7/2025: xã mới chưa được thành lập; hãy chọn ngày ký từ "
        "01/7/2025."
    ),
    "reform_plan.unreadable": (
        "Không đọc được tệp kế hoạch {path} ({error}). Hãy mở lại tệp do lệnh "
        '"reform --plan" tạo ra, lưu dạng .xlsx rồi thử lại.'
    ),
    "reform_plan.no_sheet": (
        'Tệp {path} không có trang "{sheet}" với các cột "Mã số thôn" và "Xã mới (mã)"; '
        'hãy dùng tệp do lệnh "reform --plan" tạo ra.'
    ),
    # --- the roster import (desktop.roster_import, exports.roster_reader) --------------------
    "import.village_missing": (
        'Không rõ thôn/tổ dân phố của dòng này: thêm cột "Thôn/Tổ dân phố", hoặc một dòng '
        'tiêu đề thôn (ví dụ "Thôn Nà Sla") phía trên, hoặc chọn Tổ khi nhập.'
    ),
    "import.village_new": (
        '{commune} chưa có thôn/tổ dân phố "{value}"; thôn này sẽ được tạo mới khi ghi (các '
        "dòng khác của thôn này cũng vậy). Nếu là tên viết khác của thôn đã có, hãy sửa lại "
        "cho đúng."
    ),
    "import.village_unknown": (
        '{commune} không có thôn/tổ dân phố "{value}"; hãy sửa tên thôn hoặc thêm thôn trong '
        "trang Thôn/Tổ dân phố trước khi nhập."
    ),
    "import.village_ambiguous": (
        '"{value}" khớp nhiều thôn/tổ dân phố ({names}); hãy ghi đầy đủ tên, ví dụ "Thôn 1" '
        'hay "Tổ dân phố 1".'
    ),
    "import.village_other": (
        'Dòng ghi thôn "{value}" nhưng được nhập vào {chosen} như đã chọn.'
    ),
    "import.commune_missing": (
        'Không rõ xã/phường của dòng này: thêm cột "Xã/Phường", một dòng tiêu đề xã phía '
        "trên, hoặc chọn xã khi nhập."
    ),
    "import.commune_unknown": (
        'Không tìm thấy xã/phường "{value}" trong phạm vi của đơn vị; hãy sửa tên xã hoặc '
        "chọn xã khi nhập."
    ),
    "import.commune_ambiguous": (
        'Có nhiều xã/phường tên "{value}" ({names}); hãy chọn xã khi nhập.'
    ),
    "import.commune_other": (
        'Dòng ghi xã "{value}" nhưng được nhập vào {chosen} như đã chọn.'
    ),
    "import.out_of_scope": (
        "Tài khoản không được sửa dữ liệu của {value} (ngoài phạm vi được phân công)."
    ),
    "import.team_new": (
        "{village} chưa có Tổ CNSCĐ; Tổ sẽ được lập (trạng thái dự kiến, chờ quyết định "
        "thành lập)."
    ),
    "import.role_missing": "Chưa ghi vai trò trong Tổ; coi là Thành viên.",
    "import.duplicate_row": (
        '"{value}" đã có ở dòng {first_row} ({first_sheet}) cho cùng Tổ; hãy xóa một trong '
        "hai dòng."
    ),
    "import.citizen_id_conflict": (
        'Số CCCD {value} đã ghi cho "{other_name}" ở dòng {first_row}; hãy kiểm tra lại số '
        "CCCD."
    ),
    "import.many_leaders": (
        "{team} có {count} Tổ trưởng trong tệp ({names}); mỗi Tổ chỉ có một Tổ trưởng: hãy "
        "sửa vai trò của những người còn lại."
    ),
    "import.citizen_id_hidden": (
        "Tài khoản không được xem số CCCD nên cột Số CCCD được bỏ qua."
    ),
    "import.no_rows": (
        "Không tìm thấy dòng thành viên nào trong tệp. Tệp cần có dòng tiêu đề (Họ và tên, "
        "Ngày sinh…) và các dòng thành viên bên dưới; có thể dùng Mẫu nhập liệu."
    ),
    "import.member_ended": (
        "{value} ({role}, {team}) không có trong tệp: thôi tham gia Tổ từ ngày nhập (chế độ "
        "thay thế danh sách)."
    ),
    "import.team_size": (
        "{team} sẽ có {count} thành viên, ngoài mức quy định {min}–{max} người."
    ),
    "import.no_leader": "{team} chưa có Tổ trưởng.",
    "import.conflict": (
        "Cơ sở dữ liệu vừa thay đổi (có thể người khác đang nhập cùng Tổ); không có gì được "
        "ghi. Hãy kiểm tra lại rồi nhập lại."
    ),
    "file.unreadable": (
        "Không đọc được tệp{why}. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại dạng .xlsx "
        "rồi nhập lại."
    ),
    "file.why.empty": ": tệp rỗng (0 byte)",
    "file.why.no_sheets": ": tệp không có trang tính nào",
    "file.why.not_a_file": ": đây là một thư mục, không phải tệp",
    "file.why.cannot_open": (
        ": không mở được tệp (tệp đã bị xóa, đang mở ở chương trình khác hoặc không có quyền "
        "đọc)"
    ),
    "file.why.broken": " (tệp hỏng hoặc không đúng định dạng)",
    "file.encrypted": (
        "Tệp được đặt mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ "
        "làm việc), lưu lại rồi nhập lại."
    ),
    "file.unsupported": (
        "Tệp không phải bảng tính Excel{what}. Hãy mở bằng Excel hoặc LibreOffice rồi lưu "
        "dạng .xlsx."
    ),
    "file.kind.pdf": ": đây là tệp PDF",
    "file.kind.html": ": đây là trang web (HTML) được lưu với đuôi .xls",
    "file.kind.xml2003": ": đây là bảng tính dạng XML 2003",
    "file.kind.xml": ": đây là tệp dữ liệu dạng thẻ (XML)",
    "file.kind.text": ": đây là tệp văn bản hoặc CSV",
    "file.too_large": (
        "Tệp quá lớn để là một danh sách thành viên (khai báo nhiều dữ liệu hơn mức cho "
        "phép). Hãy mở tệp bằng Excel, chỉ giữ các trang tính danh sách, lưu lại rồi nhập lại."
    ),
    "file.crafted": (
        "Tệp bị hỏng hoặc có cấu trúc bất thường (khai báo kích thước không khớp với nội "
        "dung) nên không được mở. Hãy mở tệp bằng Excel hoặc LibreOffice, chép danh sách sang "
        "một tệp mới (hoặc Mẫu nhập liệu), lưu dạng .xlsx rồi nhập lại."
    ),
    "file.corrupt": (
        "Tệp bị hỏng hoặc chưa tải về hết (không mở được phần nén bên trong). Hãy tải hoặc "
        "chép lại tệp, mở thử bằng Excel, lưu lại dạng .xlsx rồi nhập lại."
    ),
    "file.crashed": (
        "Không đọc được tệp: bộ đọc bảng tính dừng giữa chừng (tệp hỏng hoặc quá lớn). Phần "
        "mềm vẫn chạy bình thường. Hãy mở tệp bằng Excel, lưu lại dạng .xlsx rồi nhập lại."
    ),
    "file.timeout": (
        "Đọc tệp quá lâu (quá {seconds} giây) nên đã dừng. Tệp có thể bị hỏng hoặc chứa rất "
        "nhiều ô trống được định dạng; hãy chép danh sách sang Mẫu nhập liệu rồi nhập lại."
    ),
    "sheet.no_header": (
        "Không có dòng tiêu đề danh sách (Họ và tên, Ngày sinh…) trong 30 dòng đầu; trang tính "
        "này được bỏ qua."
    ),
    "sheet.no_members": "Có dòng tiêu đề nhưng không có dòng thành viên nào.",
    "sheet.unreadable": (
        "Không đọc được trang tính này (dữ liệu bên trong bị hỏng); các trang tính khác vẫn "
        "được đọc. Hãy mở tệp bằng Excel, chép trang này sang tệp mới, lưu lại rồi nhập lại."
    ),
    "row.no_name": "Dòng có dữ liệu nhưng thiếu họ và tên; hãy ghi họ tên hoặc xóa dòng.",
    "row.no_name.not_a_name": (
        "Dòng có dữ liệu nhưng ô họ tên không phải một họ tên (có chữ số, ký hiệu, hoặc dài "
        "quá 8 tiếng); hãy sửa lại họ tên hoặc xóa dòng."
    ),
    "cell.error_value": (
        "Ô có giá trị lỗi của Excel {detail} (công thức bị lỗi); đọc như ô trống. Hãy sửa "
        "công thức hoặc gõ giá trị rồi nhập lại nếu cần."
    ),
    "import.value_in_cell": '{message} (Giá trị trong ô: "{value}")',
    # values as clerks type them (desktop.roster_import.values)
    "import.honorific": (
        'Đã bỏ danh xưng "{word}" khỏi họ tên; họ tên ghi nhận là "{name}".'
    ),
    "import.honorific.sex": (
        'Đã bỏ danh xưng "{word}" khỏi họ tên; họ tên ghi nhận là "{name}". Giới tính lấy '
        "theo danh xưng: {sex}."
    ),
    "import.honorific_sex": (
        'Danh xưng "{word}" không khớp giới tính "{value}" ghi trong cột; giữ giới tính trong '
        "cột, hãy kiểm tra lại."
    ),
    "import.placeholder": (
        '"{value}" được hiểu là để trống (chưa có thông tin). Nếu có thông tin, hãy ghi vào.'
    ),
    "import.typed_year": (
        "Ô ngày sinh chứa ngày {date}, thực ra là năm {year} được gõ vào ô định dạng ngày "
        "(Excel đổi 1985 thành 07/06/1905); ghi nhận năm sinh {year}. Nên định dạng cột Ngày "
        "sinh là Văn bản (Text) rồi gõ lại."
    ),
    "import.zero_day": '"{value}" không có ngày, tháng; ghi nhận năm sinh {year}.',
    "import.phone_second": (
        "Ô có nhiều số điện thoại; giữ số đầu tiên, các số khác ({others}) được ghi vào Ghi "
        "chú."
    ),
    "import.phone_note": (
        'Phần ghi thêm "{extra}" sau số điện thoại được chuyển vào Ghi chú.'
    ),
    "import.age_range": (
        "Năm sinh {year}: đến {on} người này {age} tuổi, ngoài độ tuổi tham gia Tổ "
        "({min}–{max} tuổi, cài đặt của cơ quan). Hãy kiểm tra lại ngày sinh (có thể gõ nhầm "
        "năm)."
    ),
    "import.leader_minor": (
        "{role} phải từ 18 tuổi trở lên; người này {age} tuổi (năm sinh {year}). Hãy kiểm tra "
        "lại ngày sinh hoặc vai trò."
    ),
    "import.name_part_long": (
        "Phần {part} của họ tên dài {length} ký tự, quá {max} ký tự; hãy kiểm tra lại cột họ "
        "tên (có thể dán nhầm nhiều ô vào một ô)."
    ),
    "import.name_part.family": "họ",
    "import.name_part.middle": "tên đệm",
    "import.name_part.given": "tên",
    "import.village_too_long": (
        "Tên thôn/tổ dân phố dài {length} ký tự, quá {max} ký tự; hãy kiểm tra lại cột thôn."
    ),
    "import.village_chars": (
        'Tên thôn/tổ dân phố "{value}" có ký tự không dùng trong tên thôn ({chars}); hãy gõ '
        "lại bằng chữ và số."
    ),
    "import.village_unified": (
        '"{value}" và "{name}" là cùng một thôn/tổ dân phố; ghi thống nhất là "{name}".'
    ),
    # leavers and training (desktop.roster_import.plan)
    "import.leaver_end": (
        "{name} có trong danh sách người đã thôi tham gia ({why}); khi ghi, {name} thôi tham "
        "gia {team} từ ngày {date}."
    ),
    "import.leaver_no_date": (
        'Không ghi ngày thôi tham gia; dùng ngày nhập {date}. Nếu biết ngày, hãy ghi vào cột '
        '"Ngày thôi" hoặc Ghi chú.'
    ),
    "import.leaver_unknown": (
        "{name} có trong danh sách người đã thôi tham gia ({why}) nhưng không phải thành viên "
        "hiện tại của Tổ nào khớp; dòng này không được nhập."
    ),
    "import.trained_no_course": (
        'Cột Đã tập huấn ghi "{value}" nhưng chưa chọn khóa tập huấn nên chưa ghi nhận. Hãy '
        "chọn khóa tập huấn khi nhập (hoặc ghi tên khóa vào ô)."
    ),
    "import.trained_recorded": 'Ghi nhận đã hoàn thành khóa "{course}".',
    # what an update changes in a person already stored (desktop.roster_import.plan)
    "import.value_completed": '{what}: bổ sung "{new}" (dữ liệu đang để trống).',
    "import.value_replaced": (
        '{what}: dữ liệu đang ghi "{old}", tệp ghi "{new}"; khi ghi, giá trị của tệp thay '
        "giá trị cũ. Nếu tệp ghi sai (hoặc đây là người khác), hãy sửa tệp trước khi ghi."
    ),
    "import.youth_union_set": "Ghi nhận là đoàn viên.",
    "import.role_changed": "Vai trò trong Tổ đổi từ {old} thành {new}.",
    # office settings (desktop.office)
    "office.setting_unknown": 'Không có cài đặt "{value}" cho cơ quan.',
    "office.setting_value": (
        'Giá trị "{value}" không dùng được cho cài đặt này (tuổi từ 0 đến 150, tuổi tối '
        "thiểu không lớn hơn tuổi tối đa)."
    ),
    "row.sex_ambiguous": "Đánh dấu cả cột Nam và cột Nữ; chỉ đánh dấu một cột.",
    # --- demo data (desktop.demo) --------------------------------------------------------------
    "demo.cancelled": "Đã hủy tạo dữ liệu mẫu; cơ sở dữ liệu không thay đổi.",
    "demo.no_provinces": "Danh mục đơn vị hành chính chưa có tỉnh/thành phố nào.",
    "demo.no_communes": "Không tìm thấy xã/phường nào trong danh mục để tạo dữ liệu mẫu.",
    "demo.schema": (
        "Bảng {table} có cột mới {column} mà bộ tạo dữ liệu mẫu chưa biết cách điền."
    ),
    "demo.bad_scale": 'Quy mô không hợp lệ: "{scale}" (district, province hoặc national).',
    "demo.bad_catalogue": 'Danh mục không hợp lệ: "{catalogue}" (2025 hoặc pre2025).',
    "demo.other_catalogue": (
        "Cơ quan trong cơ sở dữ liệu này dùng danh mục {office}; không tạo dữ liệu mẫu theo "
        "danh mục {wanted}. Hãy dùng một cơ sở dữ liệu mới (tùy chọn --db)."
    ),
    "demo.no_database": "Chưa mở cơ sở dữ liệu.",
    "demo.exists.demo": (
        "Cơ sở dữ liệu này đã có dữ liệu mẫu (quy mô {scale}, seed {seed}); không tạo thêm để "
        "tránh trùng lặp. Hãy dùng một cơ sở dữ liệu mới (tùy chọn --db)."
    ),
    "demo.exists.data": (
        "Cơ sở dữ liệu này đã có dữ liệu (thôn, tổ hoặc thành viên); dữ liệu mẫu chỉ được tạo "
        "trên cơ sở dữ liệu chưa có dữ liệu. Hãy dùng một cơ sở dữ liệu mới (tùy chọn --db)."
    ),
}


# --- variants: which entry words a code, given its values (logic only, no words) --------------

Variant = Callable[[dict[str, Any]], tuple[str, dict[str, Any]]]


def _phone_length(p: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    digits, expected = int(p["digits"]), int(p["expected"])
    if p.get("kind") == "landline":
        return "phone.length.landline", {}
    if digits < expected:
        return "phone.length.short", {}
    return "phone.length.long", {"extra": digits - expected}


def _date_invalid(p: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    if not 1 <= int(p["month"]) <= 12:
        return "date.invalid.month", {}
    return "date.invalid.day", {}


def _date_format(p: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    # an event needs its day: "or just the year" would mislead
    return ("date.format.day" if p.get("day_only") else "date.format"), {}


def _date_future(p: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    return ("date.future.read_as" if p["date"] != p["value"] else "date.future"), {}


def _cid_length(p: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    return ("cid.length.lost_zero" if p["digits"] in (10, 11) else "cid.length"), {}


def _sex(value: Any) -> Any:
    return Msg(f"sex.{value}") if f"sex.{value}" in CATALOGUE else value


def _cid_sex_mismatch(p: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    return "cid.sex_mismatch", {"id_sex_label": _sex(p["id_sex"]), "sex_label": _sex(p["sex"])}


def _email_invalid(p: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    reason = f"email.reason.{p.get('reason', '')}"
    return "email.invalid", {"reason_text": Msg(reason if reason in CATALOGUE
                                                else "email.reason.other")}


def _citizen_id_taken(p: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    return ("citizen_id.taken.named" if p.get("other_name") else "citizen_id.taken"), {}


def _demo_exists(p: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    return ("demo.exists.demo" if p.get("scale") else "demo.exists.data"), {}


def _person_matched(p: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    how = Msg({"citizen_id": "person.matched.by_citizen_id",
               "team_name": "person.matched.by_team_name"}.get(p.get("by") or "",
                                                              "person.matched.by_phone_name"))
    code = "person.matched.other_teams" if p.get("other_teams") else "person.matched"
    return code, {"how": how}


_UNSUPPORTED = {"pdf": "file.kind.pdf", "html": "file.kind.html",
                "xml-spreadsheet-2003": "file.kind.xml2003", "xml": "file.kind.xml",
                "text": "file.kind.text"}


def _file_unsupported(p: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    kind = _UNSUPPORTED.get(str(p.get("detail") or ""))
    return "file.unsupported", {"what": Msg(kind) if kind else ""}


def _file_unreadable(p: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    detail = str(p.get("detail") or "")
    why = {"empty file": "file.why.empty", "no sheets": "file.why.no_sheets",
           "not a file": "file.why.not_a_file"}.get(detail)
    if why is None:
        why = ("file.why.cannot_open" if detail.startswith(("cannot open", "cannot read"))
               else "file.why.broken")
    return "file.unreadable", {"why": Msg(why)}


def _file_timeout(p: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    return "file.timeout", {"seconds": str(p.get("detail") or "").replace(" s", "")}


def _row_no_name(p: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    return ("row.no_name.not_a_name" if p.get("detail") else "row.no_name"), {}


def _honorific(p: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    return ("import.honorific.sex" if p.get("sex") else "import.honorific"), {}


def _value_change(code: str) -> Variant:
    def variant(p: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        out: dict[str, Any] = {"what": Msg(f"field.{p.get('field', '')}")}
        if p.get("field") == "sex":
            out.update(old=_sex(p.get("old")), new=_sex(p.get("new")))
        return code, out
    return variant


def _name_part_long(p: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    return "import.name_part_long", {"part": Msg(f"import.name_part.{p['part']}")}


_VARIANTS: dict[str, Variant] = {
    "file.unsupported": _file_unsupported,
    "file.unreadable": _file_unreadable,
    "file.timeout": _file_timeout,
    "row.no_name": _row_no_name,
    "import.honorific": _honorific,
    "import.name_part_long": _name_part_long,
    "import.value_completed": _value_change("import.value_completed"),
    "import.value_replaced": _value_change("import.value_replaced"),
    "phone.length": _phone_length,
    "date.invalid": _date_invalid,
    "date.format": _date_format,
    "date.future": _date_future,
    "cid.length": _cid_length,
    "cid.sex_mismatch": _cid_sex_mismatch,
    "email.invalid": _email_invalid,
    "citizen_id.taken": _citizen_id_taken,
    "person.matched": _person_matched,
    "demo.exists": _demo_exists,
}


# --- the audit trail's words (desktop.audit_service) --------------------------------------------

_AUDIT_ACTIONS: dict[str, str] = {
    "create": "Thêm mới",
    "update": "Sửa",
    "delete": "Xoá",
    "end": "Kết thúc",
    "status": "Đổi trạng thái",
    "retire": "Ngừng hoạt động",
    "merge": "Sáp nhập",
    "issue": "Ban hành",
    "cancel": "Huỷ",
    "import": "Nhập từ Excel",
    "export": "Xuất tệp",
    "login": "Đăng nhập",
    "login_failed": "Đăng nhập sai",
    "backup": "Sao lưu",
    "restore": "Khôi phục",
    "configure": "Thiết lập",
    "print": "In",
    "store_pdf": "Lưu bản in",
}

_AUDIT_ENTITIES: dict[str, str] = {
    "village": "Thôn/tổ dân phố",
    "team": "Tổ CNSCĐ",
    "membership": "Thành viên",
    "person": "Người",
    "course": "Lớp tập huấn",
    "training_record": "Kết quả tập huấn",
    "decision": "Quyết định",
    "office": "Đơn vị sử dụng",
    "official": "Người ký",
    "decision_defaults": "Người ký và căn cứ quyết định",
    "user": "Người dùng",
    "roster": "Danh sách thành viên",
    "report": "Báo cáo thống kê",
    "training": "Kết quả tập huấn (tệp)",
    "template": "Mẫu nhập liệu",
    "import_report": "Báo cáo lỗi nhập",
    "audit": "Nhật ký thay đổi",
    "database": "Cơ sở dữ liệu",
    "demo": "Dữ liệu mẫu",
}

# What the services put in an entry's note, in words.
_AUDIT_NOTES: dict[str, str] = {
    "locked": "tài khoản bị tạm khoá",
    "rename": "đổi tên",
    "password changed": "đổi mật khẩu",
    "password reset": "đặt lại mật khẩu",
    "unlocked": "mở khoá tài khoản",
    "bulk": "nhiều người một lúc",
    "first_print": "lần in đầu của quyết định đã ban hành",
}

# Stored codes, in words (field -> code -> label).
_AUDIT_VALUES: dict[str, dict[str, str]] = {
    "sex": dict(SEX_LABELS),
    "status": {"planned": "Dự kiến", "active": "Đang hoạt động", "dissolved": "Đã giải thể",
               "draft": "Dự thảo", "issued": "Đã ban hành", "superseded": "Đã thay thế",
               "cancelled": "Đã huỷ"},
    "form": {"truc_tiep": "Trực tiếp", "truc_tuyen": "Trực tuyến", "ket_hop": "Kết hợp"},
    "result": {"dang_ky": "Đã đăng ký", "hoan_thanh": "Hoàn thành", "khong_dat": "Không đạt",
               "vang": "Vắng"},
    "role": {"admin": "Quản trị", "clerk": "Cán bộ nhập liệu", "viewer": "Chỉ xem"},
    "kind": {"thanh_lap": "Thành lập", "kien_toan": "Kiện toàn", "giai_the": "Giải thể"},
    "scale": {"district": "Một huyện cũ", "province": "Một tỉnh", "national": "Toàn quốc"},
}

CATALOGUE.update({
    **{f"audit.action.{code}": label for code, label in _AUDIT_ACTIONS.items()},
    **{f"audit.entity.{code}": label for code, label in _AUDIT_ENTITIES.items()},
    **{f"audit.note.{code}": label for code, label in _AUDIT_NOTES.items()},
    **{f"audit.value.{field}.{code}": label
       for field, labels in _AUDIT_VALUES.items() for code, label in labels.items()},
    "audit.yes": "Có",
    "audit.no": "Không",
    "audit.empty": "(trống)",
    "audit.record.named": "{label}: {name}",
    "audit.record.decision": "{label} số {number}",
    "audit.record.internal_id": "{label} (mã {id})",
    "audit.note.failures": "lần nhập sai thứ {count}",
})


def audit_word(kind: str, code: str, tr: Translate = _identity, field: str = "") -> str | None:
    """The word for an audit action, record type, note or stored value (``kind``: "action",
    "entity", "note", "value" with ``field``); None when the code has none."""
    key = f"audit.value.{field}.{code}" if kind == "value" else f"audit.{kind}.{code}"
    template = CATALOGUE.get(key)
    return tr(template) if template is not None else None


def audit_codes(kind: str) -> list[str]:
    """The codes of actions or record types, in the order the viewer offers them."""
    return list(_AUDIT_ACTIONS if kind == "action" else _AUDIT_ENTITIES)


# --- the roster import's summary and locations (desktop.roster_import) ---------------------------

CATALOGUE.update({
    "import.summary.rows": "{count} dòng thành viên",
    "import.summary.create": "{count} thêm mới",
    "import.summary.update": "{count} cập nhật",
    "import.summary.unchanged": "{count} không đổi",
    "import.summary.end": "{count} thôi tham gia",
    "import.summary.skip": "{count} bỏ qua",
    "import.summary.refused": "{count} không nhận",
    "import.summary.new_villages": "Tạo mới {count} thôn/tổ dân phố.",
    "import.summary.new_teams": "Lập mới {count} Tổ.",
    "import.summary.ended": "{count} người thôi tham gia Tổ.",
    "import.location.sheet": "Trang tính '{sheet}'",
    "import.location.row": "dòng {row}",
    "import.location.column": "cột {column}",
    "import.location.column_named": "cột {column} ({label})",
    "import.location.file": "Tệp",
})


def codes() -> set[str]:
    """Every code :func:`render` words (the catalogue's and the variant choosers')."""
    return set(CATALOGUE) | set(_VARIANTS)


# --- rendering ---------------------------------------------------------------------------------


class _UnknownCode(LookupError):
    pass


class _KeepMissing(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _shown(value: Any, tr: Translate) -> Any:
    if isinstance(value, Msg):
        return render(value.code, value.params, tr=tr)
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return "" if value is None else value


def field_label(field: str, tr: Translate = _identity, *, import_names: bool = False) -> str:
    """The label of a field ("phone" -> "Số điện thoại"); the field name when it has none."""
    if import_names and f"import.field.{field}" in CATALOGUE:
        return tr(CATALOGUE[f"import.field.{field}"])
    template = CATALOGUE.get(f"field.{field}")
    return tr(template) if template is not None else field


def severity_label(severity: str, tr: Translate = _identity) -> str:
    """"Lỗi" / "Cảnh báo" / "Ghi chú" for error / warning / info."""
    template = CATALOGUE.get(f"severity.{severity}")
    return tr(template) if template is not None else severity


def _fill(code: str, params: Mapping[str, Any] | None, field: str, tr: Translate,
          strict: bool) -> str:
    values: dict[str, Any] = dict(params or {})
    chooser = _VARIANTS.get(code)
    if chooser is not None:
        code, extra = chooser(values)  # KeyError/ValueError when a value it needs is missing
        values.update(extra)
    template = CATALOGUE.get(code)
    if template is None:
        raise _UnknownCode(code)
    shown = {key: _shown(value, tr) for key, value in values.items()}
    if field or "label" not in shown:
        label = field_label(field, tr) if field else ""
        shown.setdefault("label", label)
    shown.setdefault("label_lower", str(shown["label"]).lower())
    text = tr(template)
    if strict:
        return text.format(**shown)
    return text.format_map(_KeepMissing(shown))


def render(code: str, params: Mapping[str, Any] | None = None, *, field: str = "",
           tr: Translate = _identity) -> str:
    """The sentence for ``code`` with ``params`` (a missing value leaves its ``{name}``).

    An unknown code gives "Lỗi <code>." rather than failing: wording an error must never
    raise another.
    """
    try:
        return _fill(code, params, field, tr, strict=False)
    except _UnknownCode:
        return _fill("error.unknown", {"code": code}, "", tr, strict=False)
    except (LookupError, TypeError, ValueError):  # a value a variant needs is missing
        return tr(CATALOGUE.get(code, code))


def describe(problem: _ProblemLike, tr: Translate = _identity) -> str:
    """One sentence for a validation or domain problem: what is wrong and what to do.

    A problem built without the values its sentence needs gets the plain form
    ("Số điện thoại "abc" không hợp lệ (mã …); hãy kiểm tra lại.").
    """
    params = problem.params_dict
    try:
        return _fill(problem.code, params, problem.field, tr, strict=True)
    except (LookupError, TypeError, ValueError, IndexError):
        pass
    value = params.get("value")
    plain = "problem.unknown" if value in (None, "") else "problem.unknown.value"
    return _fill(plain, {"value": value, "code": problem.code}, problem.field, tr, strict=False)


def describe_all(problems: Iterable[_ProblemLike], tr: Translate = _identity) -> list[str]:
    """Each problem as "Lỗi: ..." or "Cảnh báo: ...", in order (for the CLI's row report)."""
    return [f"{severity_label(p.severity, tr)}: {describe(p, tr)}" for p in problems]
