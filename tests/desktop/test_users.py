"""Users: hashing, sign-in, lockout, roles, and who the CLI acts as."""
from __future__ import annotations

import datetime as dt

import pytest

from db.audit import recent_audit
from db.models import utcnow
from desktop import users
from desktop.catalogue import load_catalogue
from desktop.cli import main as cli_main
from desktop.context import LOCAL_ADMIN
from desktop.permissions import PermissionDenied
from db.connection import is_postgres
from db.units import find_unit


def test_hash_is_scrypt_and_salted():
    a, b = users.hash_password("mật khẩu 123"), users.hash_password("mật khẩu 123")
    assert a.startswith("scrypt$") and a != b
    assert users.verify_password("mật khẩu 123", a)
    assert not users.verify_password("mat khau 123", a)
    assert not users.verify_password("x", "garbage")


def test_single_user_needs_no_login_until_a_second_user(db):
    assert not users.login_required()
    assert users.default_actor() == LOCAL_ADMIN
    users.create_user(LOCAL_ADMIN, username="admin", password="quantri123", role="admin")
    assert users.login_required() == is_postgres()  # a shared server always asks
    assert users.default_actor().username == "admin"
    load_catalogue("2025")
    commune = find_unit("2025", "05977")
    users.create_user(LOCAL_ADMIN, username="canbo", password="canbo1234", role="clerk",
                      scope_unit_id=commune.id)
    assert users.login_required()


def test_sign_in_and_lockout(db):
    users.create_user(LOCAL_ADMIN, username="Lan", password="matkhau-lan", role="viewer")
    actor = users.authenticate("lan", "matkhau-lan")
    assert actor.username == "lan" and actor.role == "viewer" and not actor.can_write
    now = utcnow()
    for _ in range(users.MAX_FAILURES - 1):
        with pytest.raises(users.AuthError) as info:
            users.authenticate("lan", "sai", now=now)
        assert info.value.code == "auth.bad_credentials"
    with pytest.raises(users.AuthError) as info:
        users.authenticate("lan", "sai", now=now)
    assert info.value.code == "auth.locked"
    with pytest.raises(users.AuthError) as info:  # even the right password, while locked
        users.authenticate("lan", "matkhau-lan", now=now + dt.timedelta(minutes=1))
    assert info.value.code == "auth.locked"
    later = now + dt.timedelta(minutes=users.LOCK_MINUTES + 1)
    assert users.authenticate("lan", "matkhau-lan", now=later).username == "lan"
    actions = [e.action for e in recent_audit(50, entity="user")]
    assert "login_failed" in actions and "login" in actions


def test_unknown_user_gets_the_same_answer(db):
    with pytest.raises(users.AuthError) as info:
        users.authenticate("khong-co", "x")
    assert info.value.code == "auth.bad_credentials"


def test_only_admins_create_users_and_rules(db):
    admin = users.create_user(LOCAL_ADMIN, username="admin", password="quantri123", role="admin")
    viewer = users.create_user(LOCAL_ADMIN, username="xem", password="xem12345", role="viewer")
    as_viewer = users.authenticate("xem", "xem12345")
    with pytest.raises(PermissionDenied):
        users.create_user(as_viewer, username="x", password="sohai-2345", role="viewer")
    with pytest.raises(users.AuthError) as info:
        users.create_user(LOCAL_ADMIN, username="ngan", password="123", role="viewer")
    assert info.value.code == "auth.password_too_short"
    with pytest.raises(users.AuthError) as info:
        users.create_user(LOCAL_ADMIN, username="canbo", password="sohai-2345", role="clerk")
    assert info.value.code == "auth.clerk_needs_scope"
    with pytest.raises(users.AuthError) as info:
        users.create_user(LOCAL_ADMIN, username="ADMIN", password="sohai-2345", role="viewer")
    assert info.value.code == "auth.username_taken"
    assert {u.username for u in users.list_users()} == {admin.username, viewer.username}


def test_change_password(db):
    users.create_user(LOCAL_ADMIN, username="lan", password="cu-12345", role="viewer")
    actor = users.authenticate("lan", "cu-12345")
    users.change_password(actor, "cu-12345", "moi-12345")
    with pytest.raises(users.AuthError):
        users.authenticate("lan", "cu-12345")
    assert users.authenticate("lan", "moi-12345").username == "lan"


def test_cli_requires_user_once_login_is_on(tmp_path, monkeypatch, capsys):
    target = str(tmp_path / "cli.db")
    assert cli_main(["--db", target, "init"]) == 0
    monkeypatch.setenv("CNSCD_NEW_PASSWORD", "quantri123")
    assert cli_main(["--db", target, "user-add", "admin", "--role", "admin"]) == 0
    monkeypatch.setenv("CNSCD_NEW_PASSWORD", "xem-12345")
    assert cli_main(["--db", target, "user-add", "xem", "--role", "viewer"]) == 0
    capsys.readouterr()
    assert cli_main(["--db", target, "user-list"]) == 1
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("CNSCD_PASSWORD", "sai")
    assert cli_main(["--db", target, "user-list", "--user", "admin"]) == 1
    assert "Sai tên đăng nhập hoặc mật khẩu" in capsys.readouterr().err
    monkeypatch.setenv("CNSCD_PASSWORD", "quantri123")
    assert cli_main(["--db", target, "user-list", "--user", "admin"]) == 0
    assert "xem\tviewer" in capsys.readouterr().out
    monkeypatch.setenv("CNSCD_PASSWORD", "xem-12345")
    monkeypatch.setenv("CNSCD_NEW_PASSWORD", "sohai-2345")
    assert cli_main(["--db", target, "user-add", "x", "--role", "viewer", "--user", "xem"]) == 1
    assert "quản trị viên" in capsys.readouterr().err


def test_export_errors_are_worded_for_the_cli_and_gui():
    from desktop.errors import describe_error
    from exports.errors import Cancelled, ExportError

    assert describe_error(Cancelled()) == "Đã hủy. Không có tệp nào được tạo."
    text = describe_error(ExportError("target_locked", {"path": "DS Hợp Thành.xlsx"}))
    assert "DS Hợp Thành.xlsx" in text and "đang được mở" in text
