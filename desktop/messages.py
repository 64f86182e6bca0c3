"""Vietnamese sentences for validation problems, shared by the CLI and the GUI.

Each sentence says what is wrong, quoting what was typed, and what to do about it. The
validation rules only emit codes and values (desktop.validation); the wording lives here so
that one change reaches the form, the import report and the command line alike.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from desktop import validation as v
from desktop.validation import Problem

FIELD_LABELS: dict[str, str] = {
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
    # fields the services report on (desktop.errors_domain codes)
    "start_date": "Ngày bắt đầu",
    "end_date": "Ngày kết thúc",
    "on_date": "Ngày",
    "role": "Vai trò",
    "team": "Tổ",
    "keep_team_id": "Tổ được giữ lại",
    "village": "Thôn/tổ dân phố",
    "village_ids": "Thôn/tổ dân phố",
    "name": "Tên",
    "status": "Trạng thái",
    "note": "Ghi chú",
}

SEVERITY_LABELS: dict[str, str] = {v.ERROR: "Lỗi", v.WARNING: "Cảnh báo"}

_SEX_LABELS = {"nam": "Nam", "nu": "Nữ"}

_EMAIL_REASONS = {
    "no_at": "thiếu dấu @",
    "many_at": "có nhiều hơn một dấu @",
    "multiple": "ô này có nhiều địa chỉ, chỉ được nhập một",
    "spaces": "có dấu cách",
    "non_ascii": "có chữ có dấu hoặc ký tự đặc biệt (email chỉ dùng chữ không dấu, số, . _ -)",
    "local": "phần trước dấu @ không hợp lệ",
    "domain": "phần sau dấu @ không phải tên miền hợp lệ (ví dụ gmail.com)",
    "too_long": "quá dài",
}

_MOBILE_EXAMPLE = "ví dụ 0912345678"


def _label(field: str) -> str:
    return FIELD_LABELS.get(field, field)


# --- one function per code; each gets the problem's field label and its params -------------


def _phone_chars(label: str, p: dict[str, Any]) -> str:
    return (
        f'{label} "{p["value"]}" có ký tự không phải chữ số; '
        f"chỉ nhập các chữ số ({_MOBILE_EXAMPLE})."
    )


def _phone_multiple(label: str, p: dict[str, Any]) -> str:
    return (
        f'Ô {label.lower()} có nhiều số ("{p["value"]}"); chỉ giữ lại một số ({_MOBILE_EXAMPLE}).'
    )


def _phone_country(label: str, p: dict[str, Any]) -> str:
    return (
        f'{label} "{p["value"]}" có mã nước khác +84, không phải số Việt Nam; '
        f"hãy nhập số trong nước ({_MOBILE_EXAMPLE})."
    )


def _phone_length(label: str, p: dict[str, Any]) -> str:
    digits, expected = p["digits"], p["expected"]
    if p.get("kind") == "landline":
        return (
            f'Số máy bàn "{p["value"]}" có {digits} chữ số; số máy bàn phải có 11 chữ số '
            f"gồm cả mã vùng 02x (ví dụ 024 3825 1234)."
        )
    if digits < expected:
        counted = f"chỉ có {digits} chữ số"
    else:
        counted = f"có {digits} chữ số, thừa {digits - expected} chữ số"
    return f'{label} "{p["value"]}" {counted}; số di động phải có 10 chữ số ({_MOBILE_EXAMPLE}).'


def _phone_no_zero(label: str, p: dict[str, Any]) -> str:
    return (
        f'{label} "{p["value"]}" không bắt đầu bằng số 0; số di động có 10 chữ số, bắt đầu '
        f"bằng 03, 05, 07, 08 hoặc 09 ({_MOBILE_EXAMPLE})."
    )


def _phone_prefix(label: str, p: dict[str, Any]) -> str:
    return (
        f'{label} "{p["value"]}" có đầu số {p["prefix"]}, không phải đầu số di động hiện nay '
        f"(03, 05, 07, 08, 09); hãy kiểm tra lại. Nếu là số máy bàn, hãy nhập đủ 11 chữ số "
        f"với mã vùng mới 02x."
    )


def _phone_old_prefix(label: str, p: dict[str, Any]) -> str:
    return (
        f'{label} "{p["value"]}" có 11 chữ số nhưng đầu số {p["prefix"]} không thuộc các đầu '
        f"số 11 chữ số cũ đã chuyển sang 10 chữ số; hãy kiểm tra lại số."
    )


def _phone_old_mobile(label: str, p: dict[str, Any]) -> str:
    return (
        f'{label} "{p["value"]}" là số di động 11 chữ số cũ; đã đổi sang số mới {p["new"]} '
        f"(đầu số {p['old_prefix']} đổi thành {p['new_prefix']} từ năm 2018). "
        f"Hãy xác nhận lại với người dùng."
    )


def _date_format(label: str, p: dict[str, Any]) -> str:
    return (
        f'{label} "{p["value"]}" không đúng dạng; hãy nhập ngày/tháng/năm '
        f"(ví dụ 05/03/1990) hoặc chỉ năm (ví dụ 1990)."
    )


def _date_invalid(label: str, p: dict[str, Any]) -> str:
    day, month, year = p.get("day"), p["month"], p["year"]
    if not 1 <= month <= 12:
        what = f"không có tháng {month}"
    else:
        what = f"tháng {month}/{year} không có ngày {day}"
    return (
        f'{label} "{p["value"]}" không có thật: {what}. Hãy kiểm tra lại, nhập theo thứ tự '
        f"ngày/tháng/năm (ví dụ 05/03/1990)."
    )


def _date_future(label: str, p: dict[str, Any]) -> str:
    shown = f'"{p["value"]}"'
    if p["date"] != p["value"]:
        shown += f" ({p['date']})"
    return f"{label} {shown} ở sau ngày hôm nay ({p['today']}); hãy kiểm tra lại."


def _date_too_old(label: str, p: dict[str, Any]) -> str:
    return (
        f'{label} "{p["value"]}" có năm {p["year"]}, trước năm {p["min_year"]}, không hợp lý; '
        f"hãy kiểm tra lại."
    )


def _date_partial(label: str, p: dict[str, Any]) -> str:
    return (
        f'{label} "{p["value"]}" chỉ có tháng và năm; phần mềm chỉ lưu năm {p["year"]}. '
        f"Nếu biết ngày, hãy nhập đủ ngày/tháng/năm."
    )


def _cid_chars(label: str, p: dict[str, Any]) -> str:
    return f'{label} "{p["value"]}" có ký tự không phải chữ số; số CCCD gồm đúng 12 chữ số.'


def _cid_length(label: str, p: dict[str, Any]) -> str:
    text = f'{label} "{p["value"]}" có {p["digits"]} chữ số; số CCCD phải có đủ 12 chữ số.'
    if p["digits"] in (10, 11):
        text += (
            " Nếu số bắt đầu bằng 0, có thể Excel đã làm mất số 0 ở đầu: hãy định dạng ô là "
            "Văn bản (Text) rồi nhập lại đủ 12 chữ số."
        )
    return text


def _cid_old_cmnd(label: str, p: dict[str, Any]) -> str:
    return (
        f'Số "{p["value"]}" có 9 chữ số, là số chứng minh nhân dân (CMND) cũ, không phải số '
        f"CCCD; hãy nhập số căn cước (CCCD) 12 chữ số."
    )


def _cid_year_future(label: str, p: dict[str, Any]) -> str:
    return (
        f'{label} "{p["value"]}" không hợp lệ: chữ số thứ 4 ({p["digit"]}) và chữ số thứ 5–6 '
        f"({p['yy']}) cho năm sinh {p['id_year']}, chưa tới; hãy kiểm tra lại số."
    )


def _cid_sex_mismatch(label: str, p: dict[str, Any]) -> str:
    id_sex = _SEX_LABELS.get(p["id_sex"], p["id_sex"])
    sex = _SEX_LABELS.get(p["sex"], p["sex"])
    return (
        f'{label} "{p["value"]}" có chữ số thứ 4 là {p["digit"]}, nghĩa là giới tính '
        f"{id_sex}, nhưng giới tính đã nhập là {sex}; hãy kiểm tra lại số CCCD hoặc giới tính."
    )


def _cid_year_mismatch(label: str, p: dict[str, Any]) -> str:
    return (
        f'{label} "{p["value"]}" ứng với năm sinh {p["id_year"]} (chữ số thứ 4 là '
        f"{p['digit']}, chữ số thứ 5–6 là {p['yy']}), nhưng năm sinh đã nhập là "
        f"{p['birth_year']}; hãy kiểm tra lại số CCCD hoặc ngày sinh."
    )


def _email_invalid(label: str, p: dict[str, Any]) -> str:
    reason = _EMAIL_REASONS.get(p.get("reason", ""), "sai dạng")
    return (
        f'Địa chỉ email "{p["value"]}" không hợp lệ: {reason}. '
        f"Hãy nhập một địa chỉ dạng ten@gmail.com, hoặc để trống."
    )


def _email_typo(label: str, p: dict[str, Any]) -> str:
    return (
        f'Địa chỉ email "{p["value"]}" có tên miền "{p["domain"]}", có lẽ gõ nhầm từ '
        f'"{p["suggestion"]}"; hãy kiểm tra lại.'
    )


def _sex_invalid(label: str, p: dict[str, Any]) -> str:
    return f'{label} "{p["value"]}" không rõ; hãy nhập "Nam" hoặc "Nữ".'


def _name_required(label: str, p: dict[str, Any]) -> str:
    return "Chưa nhập họ và tên; đây là thông tin bắt buộc."


def _name_chars(label: str, p: dict[str, Any]) -> str:
    return (
        f'{label} "{p["value"]}" có ký tự không hợp lệ ({p["chars"]}); họ tên chỉ gồm chữ cái '
        f"và dấu cách. Số điện thoại, ghi chú... hãy nhập vào cột riêng."
    )


def _name_one_word(label: str, p: dict[str, Any]) -> str:
    return f'{label} "{p["value"]}" chỉ có một chữ; hãy nhập đầy đủ họ, tên đệm (nếu có) và tên.'


def _text_too_long(label: str, p: dict[str, Any]) -> str:
    return f"{label} dài {p['length']} ký tự, vượt quá {p['max']} ký tự cho phép; hãy rút gọn."


def _text_odd_chars(label: str, p: dict[str, Any]) -> str:
    return (f'{label} "{p["value"]}" có ký tự không dùng được ({p["chars"]}: biểu tượng, '
            "emoji hoặc dấu chồng lên nhau); hãy gõ lại bằng chữ tiếng Việt thông thường.")


def _text_no_letters(label: str, p: dict[str, Any]) -> str:
    return f'{label} "{p["value"]}" không có chữ hay số nào; hãy nhập tên bằng chữ.'


def _flag_invalid(label: str, p: dict[str, Any]) -> str:
    return f'{label} "{p["value"]}" không rõ; hãy ghi "x" nếu có, để trống nếu không.'


MESSAGES: dict[str, Callable[[str, dict[str, Any]], str]] = {
    v.PHONE_CHARS: _phone_chars,
    v.PHONE_MULTIPLE: _phone_multiple,
    v.PHONE_COUNTRY: _phone_country,
    v.PHONE_LENGTH: _phone_length,
    v.PHONE_NO_ZERO: _phone_no_zero,
    v.PHONE_PREFIX: _phone_prefix,
    v.PHONE_OLD_PREFIX: _phone_old_prefix,
    v.PHONE_OLD_MOBILE: _phone_old_mobile,
    v.DATE_FORMAT: _date_format,
    v.DATE_INVALID: _date_invalid,
    v.DATE_FUTURE: _date_future,
    v.DATE_TOO_OLD: _date_too_old,
    v.DATE_PARTIAL: _date_partial,
    v.CID_CHARS: _cid_chars,
    v.CID_LENGTH: _cid_length,
    v.CID_OLD_CMND: _cid_old_cmnd,
    v.CID_YEAR_FUTURE: _cid_year_future,
    v.CID_SEX_MISMATCH: _cid_sex_mismatch,
    v.CID_YEAR_MISMATCH: _cid_year_mismatch,
    v.EMAIL_INVALID: _email_invalid,
    v.EMAIL_TYPO: _email_typo,
    v.SEX_INVALID: _sex_invalid,
    v.NAME_REQUIRED: _name_required,
    v.NAME_CHARS: _name_chars,
    v.NAME_ONE_WORD: _name_one_word,
    v.TEXT_TOO_LONG: _text_too_long,
    v.TEXT_ODD_CHARS: _text_odd_chars,
    v.TEXT_NO_LETTERS: _text_no_letters,
    v.FLAG_INVALID: _flag_invalid,
}


def _domain_messages() -> dict[str, Callable[[str, dict[str, Any]], str]]:
    """The services' codes (a second Tổ trưởng, a duplicate village...), worded beside them."""
    try:
        from desktop import errors_domain
    except ImportError:
        return {}
    return getattr(errors_domain, "MESSAGES", {})


def describe(problem: Problem) -> str:
    """One Vietnamese sentence for a problem: what is wrong and what to do.

    Covers the codes of desktop.validation (:data:`MESSAGES`) and the services' codes in
    ``desktop.errors_domain.MESSAGES``, so the CLI and the GUI word both the same way.
    """
    label = _label(problem.field)
    render = MESSAGES.get(problem.code) or _domain_messages().get(problem.code)
    if render is not None:
        try:
            return render(label, problem.params_dict)
        except (KeyError, TypeError, ValueError):
            pass  # a problem built by hand without its params: fall through to the plain form
    value = problem.param("value")
    shown = f' "{value}"' if value not in (None, "") else ""
    return f"{label}{shown} không hợp lệ (mã {problem.code}); hãy kiểm tra lại."


def describe_all(problems: Iterable[Problem]) -> list[str]:
    """Each problem as "Lỗi: ..." or "Cảnh báo: ...", in order (for the CLI's row report)."""
    return [f"{SEVERITY_LABELS.get(p.severity, p.severity)}: {describe(p)}" for p in problems]


def by_field(problems: Iterable[Problem]) -> dict[str, str]:
    """The messages for each field joined into one text, for a form's ``show_errors``."""
    joined: dict[str, list[str]] = {}
    for problem in problems:
        joined.setdefault(problem.field, []).append(describe(problem))
    return {field: " ".join(texts) for field, texts in joined.items()}
