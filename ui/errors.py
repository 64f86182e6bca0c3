"""Turning exceptions from the services into sentences a clerk can act on."""
from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication

from desktop.errors_domain import NotFound, StaleRecord, ValidationFailed
from vn import messages as vn_messages

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

log = logging.getLogger(__name__)


def tr_core(template: str) -> str:
    """Translate a template of the core's catalogue (``vn.messages``); ``ui/core_strings.py``
    lists them all for lupdate."""
    return QCoreApplication.translate(vn_messages.CONTEXT, template)


def describe_exception(exc: BaseException | None) -> str:
    if exc is None:
        return ""
    from desktop.errors import describe_error

    try:
        text = describe_error(exc, tr_core)
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
    """One sentence for a validation or domain problem, in the UI's language (the CLI words
    the same problems through the same catalogue, in Vietnamese)."""
    return vn_messages.describe(problem, tr_core)


def message_for(code: str, **params) -> str:
    """The sentence for a message code of the core, in the UI's language."""
    return vn_messages.render(code, params, tr=tr_core)


def field_label(field: str) -> str:
    return vn_messages.field_label(field, tr_core)


def is_known_error(exc: BaseException | None) -> bool:
    """A refusal the services word themselves (bad data, no permission, a busy database...),
    as opposed to a bug: qutebrowser's known error / bug error split."""
    if exc is None:
        return True
    from desktop.errors import describe_error

    if isinstance(exc, (ValidationFailed, StaleRecord, NotFound)):
        return True
    try:
        return bool(describe_error(exc, tr_core))
    except Exception:  # noqa: BLE001 - wording an error must never raise another
        return False


def error_details(exc: BaseException | None) -> str:
    """The traceback of an unexpected error (shown under "Xem chi tiết" and logged);
    "" for a known error, whose sentence says everything a clerk can act on."""
    if exc is None or is_known_error(exc):
        return ""
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)).rstrip()
