"""Accounts a real office can run: lockout counted atomically (parallel tries lock it), the
user commands without a terminal, the password policy, the built-in administrator."""
from __future__ import annotations

import io
import threading

import pytest

from db.connection import is_postgres
from desktop import users
from desktop.cli import main as cli_main
from desktop.context import LOCAL_ADMIN
from desktop.errors import describe_error
from tests.conftest import PG_URL


def _target(db) -> str:
    return PG_URL if is_postgres(db) else db.database


def test_thirty_parallel_wrong_passwords_lock_the_account(db):
    users.create_user(LOCAL_ADMIN, username="lan", password="DungRoi-2026", role="viewer")
    results: list[str] = []
    start = threading.Barrier(30)

    def attempt() -> None:
        start.wait()
        try:
            users.authenticate("lan", "sai-mat-khau-1")
            results.append("ok")
        except users.AuthError as exc:
            results.append(exc.code)
        finally:
            from db.connection import database

            database.obj.close()  # this thread's own connection

    threads = [threading.Thread(target=attempt) for _ in range(30)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert "ok" not in results and results.count("auth.locked") >= 30 - users.MAX_FAILURES
    with pytest.raises(users.AuthError) as info:
        users.authenticate("lan", "DungRoi-2026")  # the right password: still locked
    assert info.value.code == "auth.locked"
    from db.models import Audit

    failed = Audit.select().where(Audit.action == "login_failed").count()
    assert failed <= users.MAX_FAILURES  # the password was checked at most that many times


@pytest.mark.parametrize("password,code", [
    ("ngan", "auth.password_too_short"),
    ("abcdefghij", "auth.password_too_simple"),
    ("1234567890", "auth.password_too_simple"),
    ("password1", "auth.password_common"),
    ("Lan-12345", None),
])
def test_password_policy_in_vietnamese(password, code):
    problem = users.password_problem(password, "lan")
    assert (problem[0] if problem else None) == code
    if code:
        text = describe_error(users.AuthError(code, **problem[1]))
        assert text and "{" not in text and "Mật khẩu" in text


def test_user_commands_without_a_terminal_never_trace_back(db, monkeypatch, capsys):
    target = _target(db)
    monkeypatch.delenv("CNSCD_NEW_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert cli_main(["--db", target, "user-add", "quantri2", "--role", "admin"]) == 1
    err = capsys.readouterr().err
    assert "CNSCD_NEW_PASSWORD" in err and "--password-stdin" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("QuanTri-2026\n"))
    assert cli_main(["--db", target, "user-add", "quantri2", "--role", "admin",
                     "--password-stdin"]) == 0
    assert users.authenticate("quantri2", "QuanTri-2026").role == "admin"
    monkeypatch.setenv("CNSCD_NEW_PASSWORD", "12345678")
    monkeypatch.setenv("CNSCD_PASSWORD", "QuanTri-2026")
    assert cli_main(["--db", target, "--user", "quantri2", "user-add", "xem",
                     "--role", "viewer"]) == 1
    assert "quá đơn giản" in capsys.readouterr().err
    monkeypatch.setenv("CNSCD_NEW_PASSWORD", "XemThoi-2026")
    assert cli_main(["--db", target, "--user", "quantri2", "user-add", "xem",
                     "--role", "viewer"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("Doi-Moi-2026\n"))
    assert cli_main(["--db", target, "--user", "quantri2", "user-passwd", "xem",
                     "--password-stdin"]) == 0
    assert users.authenticate("xem", "Doi-Moi-2026").username == "xem"
    assert cli_main(["--db", target, "--user", "quantri2", "user-disable", "xem"]) == 0
    with pytest.raises(users.AuthError):
        users.authenticate("xem", "Doi-Moi-2026")
    assert cli_main(["--db", target, "--user", "quantri2", "user-enable", "xem"]) == 0
    assert cli_main(["--db", target, "--user", "quantri2", "user-passwd", "khongco"]) == 1
    assert "Không có người dùng khongco" in capsys.readouterr().err
    # signing in without a password and without a terminal: a sentence, exit 1
    monkeypatch.delenv("CNSCD_PASSWORD")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert cli_main(["--db", target, "--user", "quantri2", "user-list"]) == 1
    assert "CNSCD_PASSWORD" in capsys.readouterr().err


def test_user_list_shows_the_built_in_administrator(tmp_path, capsys):
    target = str(tmp_path / "one.db")
    assert cli_main(["--db", target, "init", "--catalogue", "2025"]) == 0
    capsys.readouterr()
    assert cli_main(["--db", target, "user-list"]) == 0
    out = capsys.readouterr().out
    assert "quantri\tadmin\ttoàn bộ\tđang dùng" in out
