"""Turning exceptions from the services into sentences a clerk can act on."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

log = logging.getLogger(__name__)




def describe_exception(exc: BaseException | None) -> str:
    if exc is None:
        return ""
    from desktop.errors import describe_error
    from desktop.errors_domain import NotFound, StaleRecord, ValidationFailed

    if isinstance(exc, ValidationFailed):
        describe = describe_problem

        return "\n".join(describe(p) for p in exc.problems) or translate(
            "errors", "Dữ liệu không hợp lệ.")
    if isinstance(exc, StaleRecord):
        return translate(
            "errors",
            "Bản ghi này vừa được người khác sửa. Hãy tải lại để xem thay đổi rồi làm lại."
        )
    if isinstance(exc, NotFound):
        return translate("errors", "Không tìm thấy bản ghi (có thể đã bị xoá hoặc gộp).")
    try:
        text = describe_error(exc)
    except Exception:  # noqa: BLE001 - wording an error must never raise another
        log.exception("describe_error failed")
        text = None
    if text:
        return text
    code = getattr(exc, "code", None)
    message = getattr(exc, "message", None)
    if isinstance(message, str) and message:
        return message
    log.error("unexpected error", exc_info=exc)
    detail = f"{type(exc).__name__}: {exc}" if code is None else f"{code}"
    return translate("errors", "Đã xảy ra lỗi không mong đợi: %1").replace("%1", detail)


def describe_problem(problem) -> str:
    """One Vietnamese sentence for a validation or domain problem.

    ``desktop.messages.describe`` words the person-field codes; the domain codes (a second
    Tổ trưởng, a duplicate village...) are worded beside their codes in
    ``desktop.errors_domain.MESSAGES``; whichever knows the code answers.
    """
    from desktop import messages

    if problem.code not in getattr(messages, "MESSAGES", {}):
        try:
            from desktop import errors_domain

            render = getattr(errors_domain, "MESSAGES", {}).get(problem.code)
            if render is not None:
                label = messages.FIELD_LABELS.get(problem.field, problem.field)
                return render(label, problem.params_dict)
        except Exception:  # noqa: BLE001 - fall back to the generic wording
            log.exception("wording %s failed", problem.code)
    return messages.describe(problem)
