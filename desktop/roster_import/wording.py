"""Every code the roster import raises and the Vietnamese sentence for each: what is wrong,
where (the location is added by :class:`ImportProblem`) and what to do.

The import's own codes, the reader's (``file.*``, ``sheet.*``, ``row.*``, ``cell.*``) and the
clean-values phase's; codes of ``desktop.validation`` and ``desktop.errors_domain`` are worded
by ``desktop.messages``. One table, so that the dry run, the error workbook, the dialog and
the CLI say the same thing.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop import errors_domain as E
from desktop import messages
from desktop.validation import ERROR, WARNING, Problem

INFO = "info"

# --- codes of this module (the reader's and the validation's codes are worded too) --------
VILLAGE_MISSING = "import.village_missing"
VILLAGE_NEW = "import.village_new"  # warning: created on commit
VILLAGE_UNKNOWN = "import.village_unknown"  # error when villages are not created
VILLAGE_AMBIGUOUS = "import.village_ambiguous"
VILLAGE_OTHER = "import.village_other"  # warning: a team was chosen, the row says else
COMMUNE_MISSING = "import.commune_missing"
COMMUNE_UNKNOWN = "import.commune_unknown"
COMMUNE_AMBIGUOUS = "import.commune_ambiguous"
COMMUNE_OTHER = "import.commune_other"  # warning: the chosen commune wins
OUT_OF_SCOPE = "import.out_of_scope"
TEAM_NEW = "import.team_new"  # warning
ROLE_MISSING = "import.role_missing"  # warning: Thành viên
ROLE_UNKNOWN = E.ROLE_UNKNOWN
DUPLICATE_ROW = "import.duplicate_row"
CID_CONFLICT = "import.citizen_id_conflict"  # two rows, one citizen ID, two names
MANY_LEADERS = "import.many_leaders"
CID_HIDDEN = "import.citizen_id_hidden"  # warning: the column is ignored
NO_ROWS = "import.no_rows"
ENDED = "import.member_ended"  # info (replace mode)
TEAM_SIZE = "import.team_size"  # warning
NO_LEADER = "import.no_leader"  # warning
CONFLICT = "import.conflict"  # the database refused (another clerk)


# --- the clean-values phase (values as clerks type them) -------------------------------------
HONORIFIC = "import.honorific"  # warning: "Ông", "Bà", "Đ/c" taken off the name
HONORIFIC_SEX = "import.honorific_sex"  # warning: the honorific and the Giới tính cell differ
PLACEHOLDER = "import.placeholder"  # warning: "-", "không có", "x" read as empty
TYPED_YEAR = "import.typed_year"  # warning: a 1900-1906 date that is really a typed year
ZERO_DAY = "import.zero_day"  # warning: "00/00/1985" read as the year
PHONE_SECOND = "import.phone_second"  # warning: a second phone kept in the note
PHONE_NOTE = "import.phone_note"  # warning: "(Zalo)" after the number moved to the note
AGE_RANGE = "import.age_range"  # error: age at joining outside the office's range
LEADER_MINOR = "import.leader_minor"  # error: a Tổ trưởng/Tổ phó under 18
NAME_PART_LONG = "import.name_part_long"  # error: a name part longer than its column
VILLAGE_TOO_LONG = "import.village_too_long"
VILLAGE_CHARS = "import.village_chars"  # emoji, symbols or stacked marks in a village name
VILLAGE_UNIFIED = "import.village_unified"  # warning: spellings of one new village merged
# --- leavers, training --------------------------------------------------------------------
LEAVER_END = "import.leaver_end"  # warning: the membership ends on the day given
LEAVER_NO_DATE = "import.leaver_no_date"  # warning: no day given: the import day
LEAVER_UNKNOWN = "import.leaver_unknown"  # warning: not a current member: nothing to do
TRAINED_NO_COURSE = "import.trained_no_course"  # warning: nothing recorded
TRAINED_RECORDED = "import.trained_recorded"  # info
TRAINED_UNKNOWN_COURSE = "import.trained_unknown_course"  # warning
TRAINED_ALREADY = "import.trained_already"  # nothing to do (not shown)
CELL_ERROR = "cell.error_value"  # warning: #N/A, #SPILL!… read as empty

_FIELD_LABELS = {
    **messages.FIELD_LABELS,
    "role": "Vai trò trong Tổ",
    "village": "Thôn/Tổ dân phố",
    "commune": "Xã/Phường",
    "note": "Ghi chú",
    "trained": "Đã tập huấn",
    "left_on": "Ngày thôi",
    "birth_date": "Ngày sinh",
    "birth_year": "Ngày sinh",
    "birth_precision": "Ngày sinh",
    "youth_union": "Đoàn viên",
    "status": "Tình trạng",
    "family_middle": "Họ và tên đệm",
    "given": "Tên",
}



def _q(p: dict, key: str) -> str:
    v = p.get(key, "")
    return "" if v is None else str(v)


_MESSAGES: dict[str, Callable[[dict], str]] = {
    VILLAGE_MISSING: lambda p: (
        'Không rõ thôn/tổ dân phố của dòng này: thêm cột "Thôn/Tổ dân phố", hoặc một dòng '
        'tiêu đề thôn (ví dụ "Thôn Nà Sla") phía trên, hoặc chọn Tổ khi nhập.'
    ),
    VILLAGE_NEW: lambda p: (
        f'{_q(p, "commune")} chưa có thôn/tổ dân phố "{_q(p, "value")}"; thôn này sẽ '
        "được tạo mới khi ghi (các dòng khác của thôn này cũng vậy). Nếu là tên viết khác của "
        "thôn đã có, hãy sửa lại cho đúng."
    ),
    VILLAGE_UNKNOWN: lambda p: (
        f'{_q(p, "commune")} không có thôn/tổ dân phố "{_q(p, "value")}"; hãy sửa tên '
        "thôn hoặc thêm thôn trong trang Thôn/Tổ dân phố trước khi nhập."
    ),
    VILLAGE_AMBIGUOUS: lambda p: (
        f'"{_q(p, "value")}" khớp nhiều thôn/tổ dân phố ({_q(p, "names")}); hãy ghi đầy đủ '
        'tên, ví dụ "Thôn 1" hay "Tổ dân phố 1".'
    ),
    VILLAGE_OTHER: lambda p: (
        f'Dòng ghi thôn "{_q(p, "value")}" nhưng được nhập vào {_q(p, "chosen")} như đã chọn.'
    ),
    COMMUNE_MISSING: lambda p: (
        'Không rõ xã/phường của dòng này: thêm cột "Xã/Phường", một dòng tiêu đề xã phía '
        "trên, hoặc chọn xã khi nhập."
    ),
    COMMUNE_UNKNOWN: lambda p: (
        f'Không tìm thấy xã/phường "{_q(p, "value")}" trong phạm vi của đơn vị; hãy sửa tên '
        "xã hoặc chọn xã khi nhập."
    ),
    COMMUNE_AMBIGUOUS: lambda p: (
        f'Có nhiều xã/phường tên "{_q(p, "value")}" ({_q(p, "names")}); hãy chọn xã khi nhập.'
    ),
    COMMUNE_OTHER: lambda p: (
        f'Dòng ghi xã "{_q(p, "value")}" nhưng được nhập vào {_q(p, "chosen")} như đã chọn.'
    ),
    OUT_OF_SCOPE: lambda p: (
        f"Tài khoản không được sửa dữ liệu của {_q(p, 'value')} (ngoài phạm vi được phân công)."
    ),
    TEAM_NEW: lambda p: (
        f"{_q(p, 'village')} chưa có Tổ CNSCĐ; Tổ sẽ được lập (trạng thái dự kiến, chờ quyết "
        "định thành lập)."
    ),
    ROLE_MISSING: lambda p: "Chưa ghi vai trò trong Tổ; coi là Thành viên.",
    DUPLICATE_ROW: lambda p: (
        f'"{_q(p, "value")}" đã có ở dòng {_q(p, "first_row")} ({_q(p, "first_sheet")}) '
        "cho cùng Tổ; hãy xóa một trong hai dòng."
    ),
    CID_CONFLICT: lambda p: (
        f'Số CCCD {_q(p, "value")} đã ghi cho "{_q(p, "other_name")}" ở dòng '
        f"{_q(p, 'first_row')}; hãy kiểm tra lại số CCCD."
    ),
    MANY_LEADERS: lambda p: (
        f"{_q(p, 'team')} có {_q(p, 'count')} Tổ trưởng trong tệp ({_q(p, 'names')}); mỗi Tổ "
        "chỉ có một Tổ trưởng: hãy sửa vai trò của những người còn lại."
    ),
    CID_HIDDEN: lambda p: "Tài khoản không được xem số CCCD nên cột Số CCCD được bỏ qua.",
    NO_ROWS: lambda p: (
        "Không tìm thấy dòng thành viên nào trong tệp. Tệp cần có dòng tiêu đề (Họ và tên, "
        "Ngày sinh…) và các dòng thành viên bên dưới; có thể dùng Mẫu nhập liệu."
    ),
    ENDED: lambda p: (
        f"{_q(p, 'value')} ({_q(p, 'role')}, {_q(p, 'team')}) không có trong tệp: thôi tham gia "
        "Tổ từ ngày nhập (chế độ thay thế danh sách)."
    ),
    TEAM_SIZE: lambda p: (
        f"{_q(p, 'team')} sẽ có {_q(p, 'count')} thành viên, ngoài mức quy định "
        f"{_q(p, 'min')}–{_q(p, 'max')} người."
    ),
    NO_LEADER: lambda p: f"{_q(p, 'team')} chưa có Tổ trưởng.",
    # the reader's problems
    "file.unreadable": lambda p: (
        f"Không đọc được tệp{_why_unreadable(p)}. Hãy mở tệp bằng Excel hoặc LibreOffice, "
        "lưu lại dạng .xlsx rồi nhập lại."
    ),
    "file.encrypted": lambda p: (
        "Tệp được đặt mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ "
        "làm việc), lưu lại rồi nhập lại."
    ),
    "file.unsupported": lambda p: (
        f"Tệp không phải bảng tính Excel{_what_it_is(p)}. Hãy mở bằng Excel hoặc "
        "LibreOffice rồi lưu dạng .xlsx."
    ),
    "file.too_large": lambda p: (
        "Tệp quá lớn để là một danh sách thành viên (khai báo nhiều dữ liệu hơn mức cho "
        "phép). Hãy mở tệp bằng Excel, chỉ giữ các trang tính danh sách, lưu lại rồi nhập lại."
    ),
    "file.crafted": lambda p: (
        "Tệp bị hỏng hoặc có cấu trúc bất thường (khai báo kích thước không khớp với nội "
        "dung) nên không được mở. Hãy mở tệp bằng Excel hoặc LibreOffice, chép danh sách sang "
        "một tệp mới (hoặc Mẫu nhập liệu), lưu dạng .xlsx rồi nhập lại."
    ),
    "file.corrupt": lambda p: (
        "Tệp bị hỏng hoặc chưa tải về hết (không mở được phần nén bên trong). Hãy tải hoặc "
        "chép lại tệp, mở thử bằng Excel, lưu lại dạng .xlsx rồi nhập lại."
    ),
    "file.crashed": lambda p: (
        "Không đọc được tệp: bộ đọc bảng tính dừng giữa chừng (tệp hỏng hoặc quá lớn). Phần "
        "mềm vẫn chạy bình thường. Hãy mở tệp bằng Excel, lưu lại dạng .xlsx rồi nhập lại."
    ),
    "file.timeout": lambda p: (
        f"Đọc tệp quá lâu (quá {_q(p, 'detail').replace(' s', ' giây')}) nên đã dừng. Tệp có thể bị hỏng hoặc chứa "
        "rất nhiều ô trống được định dạng; hãy chép danh sách sang Mẫu nhập liệu rồi nhập lại."
    ),
    "sheet.no_header": lambda p: (
        "Không có dòng tiêu đề danh sách (Họ và tên, Ngày sinh…) trong 30 dòng đầu; trang "
        "tính này được bỏ qua."
    ),
    "sheet.no_members": lambda p: "Có dòng tiêu đề nhưng không có dòng thành viên nào.",
    "sheet.unreadable": lambda p: (
        "Không đọc được trang tính này (dữ liệu bên trong bị hỏng); các trang tính khác vẫn "
        "được đọc. Hãy mở tệp bằng Excel, chép trang này sang tệp mới, lưu lại rồi nhập lại."
    ),
    "row.no_name": lambda p: (
        "Dòng có dữ liệu nhưng thiếu họ và tên; hãy ghi họ tên hoặc xóa dòng."
        if not p.get("detail") else
        "Dòng có dữ liệu nhưng ô họ tên không phải một họ tên (có chữ số, ký hiệu, hoặc dài "
        "quá 8 tiếng); hãy sửa lại họ tên hoặc xóa dòng."
    ),
    "row.sex_ambiguous": lambda p: "Đánh dấu cả cột Nam và cột Nữ; chỉ đánh dấu một cột.",
}

# What the reader says about a file, as a clerk can read it (never the library's own text).
_UNSUPPORTED_KINDS = {
    "pdf": "tệp PDF",
    "html": "trang web (HTML) được lưu với đuôi .xls",
    "xml-spreadsheet-2003": "bảng tính dạng XML 2003",
    "xml": "tệp dữ liệu dạng thẻ (XML)",
    "text": "tệp văn bản hoặc CSV",
}


def _what_it_is(p: dict) -> str:
    kind = _UNSUPPORTED_KINDS.get(_q(p, "detail"))
    return f": đây là {kind}" if kind else ""


def _why_unreadable(p: dict) -> str:
    detail = _q(p, "detail")
    if detail == "empty file":
        return ": tệp rỗng (0 byte)"
    if detail == "no sheets":
        return ": tệp không có trang tính nào"
    if detail == "not a file":
        return ": đây là một thư mục, không phải tệp"
    if detail.startswith(("cannot open", "cannot read")):
        return ": không mở được tệp (tệp đã bị xóa, đang mở ở chương trình khác hoặc không có quyền đọc)"
    return " (tệp hỏng hoặc không đúng định dạng)"


# Reader problems: how serious each is for the import.
_READ_SEVERITY = {
    "cell.error_value": WARNING,
    "file.unreadable": ERROR,
    "file.encrypted": ERROR,
    "file.unsupported": ERROR,
    "file.too_large": ERROR,
    "file.crafted": ERROR,
    "file.corrupt": ERROR,
    "file.crashed": ERROR,
    "file.timeout": ERROR,
    "sheet.unreadable": ERROR,
    "row.no_name": ERROR,
    "row.sex_ambiguous": ERROR,
    "sheet.no_header": INFO,
    "sheet.no_members": INFO,
}


def _shown(p: dict, key: str = "value") -> str:
    v = _q(p, key)
    return v if len(v) <= 60 else v[:59] + "…"


_MORE = {
    HONORIFIC: lambda p: (
        f'Đã bỏ danh xưng "{_q(p, "word")}" khỏi họ tên; họ tên ghi nhận là '
        f'"{_q(p, "name")}".' + (f" Giới tính lấy theo danh xưng: {_q(p, 'sex')}." if p.get("sex") else "")
    ),
    HONORIFIC_SEX: lambda p: (
        f'Danh xưng "{_q(p, "word")}" không khớp giới tính "{_q(p, "value")}" ghi trong cột; '
        "giữ giới tính trong cột, hãy kiểm tra lại."
    ),
    PLACEHOLDER: lambda p: (
        f'"{_shown(p)}" được hiểu là để trống (chưa có thông tin). Nếu có thông tin, hãy ghi vào.'
    ),
    TYPED_YEAR: lambda p: (
        f"Ô ngày sinh chứa ngày {_q(p, 'date')}, thực ra là năm {_q(p, 'year')} được gõ vào ô "
        f"định dạng ngày (Excel đổi 1985 thành 07/06/1905); ghi nhận năm sinh {_q(p, 'year')}. "
        "Nên định dạng cột Ngày sinh là Văn bản (Text) rồi gõ lại."
    ),
    ZERO_DAY: lambda p: (
        f'"{_shown(p)}" không có ngày, tháng; ghi nhận năm sinh {_q(p, "year")}.'
    ),
    PHONE_SECOND: lambda p: (
        f'Ô có nhiều số điện thoại; giữ số đầu tiên, các số khác ({_q(p, "others")}) được ghi '
        "vào Ghi chú."
    ),
    PHONE_NOTE: lambda p: (
        f'Phần ghi thêm "{_q(p, "extra")}" sau số điện thoại được chuyển vào Ghi chú.'
    ),
    AGE_RANGE: lambda p: (
        f"Năm sinh {_q(p, 'year')}: đến {_q(p, 'on')} người này {_q(p, 'age')} tuổi, ngoài độ "
        f"tuổi tham gia Tổ ({_q(p, 'min')}–{_q(p, 'max')} tuổi, cài đặt của cơ quan). Hãy "
        "kiểm tra lại ngày sinh (có thể gõ nhầm năm)."
    ),
    LEADER_MINOR: lambda p: (
        f"{_q(p, 'role')} phải từ 18 tuổi trở lên; người này {_q(p, 'age')} tuổi (năm sinh "
        f"{_q(p, 'year')}). Hãy kiểm tra lại ngày sinh hoặc vai trò."
    ),
    NAME_PART_LONG: lambda p: (
        f"Phần {_q(p, 'part')} của họ tên dài {_q(p, 'length')} ký tự, quá {_q(p, 'max')} ký "
        "tự; hãy kiểm tra lại cột họ tên (có thể dán nhầm nhiều ô vào một ô)."
    ),
    VILLAGE_TOO_LONG: lambda p: (
        f"Tên thôn/tổ dân phố dài {_q(p, 'length')} ký tự, quá {_q(p, 'max')} ký tự; hãy "
        "kiểm tra lại cột thôn."
    ),
    VILLAGE_CHARS: lambda p: (
        f'Tên thôn/tổ dân phố "{_shown(p)}" có ký tự không dùng trong tên thôn '
        f"({_q(p, 'chars')}); hãy gõ lại bằng chữ và số."
    ),
    VILLAGE_UNIFIED: lambda p: (
        f'"{_q(p, "value")}" và "{_q(p, "name")}" là cùng một thôn/tổ dân phố; ghi thống nhất '
        f'là "{_q(p, "name")}".'
    ),
    LEAVER_END: lambda p: (
        f"{_q(p, 'name')} có trong danh sách người đã thôi tham gia ({_shown(p, 'why')}); "
        f"khi ghi, {_q(p, 'name')} thôi tham gia {_q(p, 'team')} từ ngày {_q(p, 'date')}."
    ),
    LEAVER_NO_DATE: lambda p: (
        "Không ghi ngày thôi tham gia; dùng ngày nhập "
        f"{_q(p, 'date')}. Nếu biết ngày, hãy ghi vào cột \"Ngày thôi\" hoặc Ghi chú."
    ),
    LEAVER_UNKNOWN: lambda p: (
        f"{_q(p, 'name')} có trong danh sách người đã thôi tham gia ({_shown(p, 'why')}) "
        "nhưng không phải thành viên hiện tại của Tổ nào khớp; dòng này không được nhập."
    ),
    TRAINED_NO_COURSE: lambda p: (
        f'Cột Đã tập huấn ghi "{_shown(p)}" nhưng chưa chọn khóa tập huấn nên chưa ghi nhận. '
        "Hãy chọn khóa tập huấn khi nhập (hoặc ghi tên khóa vào ô)."
    ),
    TRAINED_RECORDED: lambda p: (
        f'Ghi nhận đã hoàn thành khóa "{_q(p, "course")}".'
    ),
    TRAINED_UNKNOWN_COURSE: lambda p: (
        f'Không có khóa tập huấn tên "{_shown(p)}"; chưa ghi nhận tập huấn. Hãy tạo khóa '
        "trong trang Tập huấn hoặc chọn khóa khi nhập."
    ),
    CELL_ERROR: lambda p: (
        f"Ô có giá trị lỗi của Excel {_q(p, 'detail')} (công thức bị lỗi); đọc như ô trống. "
        "Hãy sửa công thức hoặc gõ giá trị rồi nhập lại nếu cần."
    ),
}
_MESSAGES.update(_MORE)


def _read_severity(code: str) -> str:
    return _READ_SEVERITY.get(code, WARNING)


def message(code: str, params: dict) -> str:
    """The sentence for a code; codes of the validation and the services are worded by
    ``desktop.messages``."""
    render = _MESSAGES.get(code)
    if render is not None:
        try:
            return render(params)
        except (KeyError, TypeError, ValueError):
            pass
    return messages.describe(Problem("", code, ERROR, params))


def describe(problem: Problem) -> str:
    """A validation or domain problem in words (the import's own codes first)."""
    if problem.code in _MESSAGES:
        return message(problem.code, problem.params_dict)
    return messages.describe(problem)


def field_label(field: str) -> str:
    return _FIELD_LABELS.get(field, field) if field else ""


__all__ = [name for name in dir() if name.isupper() and not name.startswith("_")] + [
    "describe",
    "field_label",
    "message",
]
