"""Turning errors from the lower layers into sentences a clerk can act on.

Which exception means which message code lives here; the words live in ``vn.messages``
(one catalogue). ``tr`` translates the templates: the CLI leaves it out (Vietnamese), the GUI
passes Qt's translator.
"""
from __future__ import annotations

from typing import Any

import peewee as pw

from db.connection import DatabaseError
from desktop.catalogue import CatalogueError
from desktop.errors_domain import ValidationFailed
from desktop.permissions import PermissionDenied
from desktop.users import AuthError
from exports.errors import ExportError
from vn.messages import Translate, codes, describe, render


def _identity(text: str) -> str:
    return text


def message_for(code: str, tr: Translate = _identity, **params: Any) -> str:
    """The sentence for an error code (``vn.messages``), translated by ``tr``."""
    return render(code, params, tr=tr)


def describe_error(exc: BaseException, tr: Translate = _identity) -> str | None:
    """A sentence for an error we know (Vietnamese unless ``tr`` translates), or None for a
    programming bug."""
    if isinstance(exc, DatabaseError):
        return render(exc.code, {"detail": exc.detail, **exc.params}, tr=tr)
    if isinstance(exc, (PermissionDenied, CatalogueError, AuthError)):
        return render(exc.code, exc.params, tr=tr)
    if isinstance(exc, ValidationFailed):
        return "\n".join(describe(p, tr) for p in exc.problems) or render(exc.code, tr=tr)
    if isinstance(exc, ExportError):  # the writers and readers word their own codes
        return render(exc.code, exc.message_params, tr=tr)
    code = getattr(exc, "code", None)
    if isinstance(code, str) and code in codes():
        return render(code, getattr(exc, "params", {}), tr=tr)
    if isinstance(exc, pw.OperationalError):
        text = str(exc)
        if "locked" in text or "busy" in text:
            return render("db.busy", tr=tr)
        return render("db.failed", {"detail": text}, tr=tr)
    if isinstance(exc, OSError):
        return render("file.os_error", {"path": getattr(exc, "filename", "") or "",
                                        "detail": exc.strerror or exc}, tr=tr)
    return None
