"""Start-up steps about trust, called by the composition root (``ui/launch.py``) once the
database is open: the automatic daily backup (off the GUI thread) and who is acting (a
sign-in when the database has several users or is a shared server)."""
from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop import paths, users
from desktop.audit_service import verify_trail
from desktop.backups import automatic_backup
from ui.errors import describe_exception

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def _automatic_backup(actor, *, progress, cancelled):
    return automatic_backup(actor)


def start_daily_backup(runner: Any, actor: Any, report=None):
    """After sign-in: the day's automatic backup when something changed (rotated by count
    and size; on a server only on the machine and folder an administrator chose, never for
    a viewer). Runs on the readers' pool (not the GUI thread, not the writer queue) without
    a progress dialog; a failure never stops the app but is told in the status bar through
    ``report(text)`` (and logged)."""

    def failed(exc: BaseException) -> None:
        log.warning("automatic backup failed: %r", exc)
        if report is not None:
            report(translate("Session", "Sao lưu tự động không thành công: %1").replace(
                "%1", describe_exception(exc)))

    def succeeded(path) -> None:
        if path is not None:
            log.info("automatic backup: %s", path)
            if report is not None:
                report(translate("Session", "Đã sao lưu tự động: %1").replace("%1", str(path)))

    return runner.run(_automatic_backup, actor, title=translate("Session", "Sao lưu tự động"),
                      show_progress=False, writes=False,
                      on_success=succeeded, on_error=failed)


def _check_trail(*, progress, cancelled):
    return verify_trail()


def start_trail_check(runner: Any, report=None):
    """At start, off the GUI thread: prove the audit trail (a removed, edited or inserted
    row is told in the status bar and logged)."""

    def done(result) -> None:
        if result is not None and not result.ok:
            log.warning("audit trail: %s", result.message)
            if report is not None:
                report(result.message)

    return runner.run(_check_trail, title=translate("Session", "Kiểm tra nhật ký"),
                      show_progress=False, writes=False, on_success=done,
                      on_error=lambda exc: log.warning("audit check failed: %r", exc))


def where_text(target: str) -> str:
    """Which database the sign-in is for, without any password."""

    if paths.is_postgres_url(target):
        parts = urlsplit(target)
        return translate("Session", "Máy chủ %1, cơ sở dữ liệu %2").replace(
            "%1", parts.hostname or "").replace("%2", parts.path.lstrip("/"))
    return translate("Session", "Tệp dữ liệu: %1").replace("%1", target)


def sign_in(target: str, parent: QWidget | None = None) -> Any:
    """Who acts from now on: a sign-in when required, else the single user (or the local
    administrator of a fresh install). None when the clerk chose to quit."""

    if not users.login_required():
        return users.default_actor()
    from ui.dialogs.login import ask_login

    return ask_login(parent, where=where_text(target))
