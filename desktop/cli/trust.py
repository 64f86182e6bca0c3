"""CLI: accounts, backups, restore and the audit trail (administrators only, except
``audit --verify``, which any signed-in user may run).

    user-add NAME [--role admin|clerk|viewer] [--scope CODE] [--full-name TEXT]
                  [--citizen-id] [--password-stdin]
    user-passwd NAME [--password-stdin]        # an administrator sets a new password
    user-disable NAME / user-enable NAME / user-unlock NAME
    user-list                                   # every account, and the built-in administrator
    backup [-o FILE | --to FOLDER]
    backup-auto --folder FOLDER [--host MACHINE] | --off   # automatic backups of a server
    restore FILE
    audit --verify

A new password is read, in this order, from the first line of standard input with
``--password-stdin``, from the environment variable ``CNSCD_NEW_PASSWORD``, or asked twice
at a terminal; with none of them the command is refused (exit 1), never a traceback. The
signing-in user's own password comes from ``CNSCD_PASSWORD`` or a prompt (``--user``).
"""
from __future__ import annotations

import argparse
import os
import sys

from desktop.cli import app as cli


def new_password(args: argparse.Namespace, username: str) -> str:
    from desktop.errors import message_for

    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline() if sys.stdin else ""
        password = line.rstrip("\r\n")
        if not password:
            raise cli.CliRefused(message_for("auth.no_new_password"))
        return password
    password = os.environ.get("CNSCD_NEW_PASSWORD")
    if password is not None:
        return password
    if not sys.stdin or not sys.stdin.isatty():
        raise cli.CliRefused(message_for("auth.no_new_password"))
    import getpass

    first = getpass.getpass(f"Mật khẩu mới cho {username}: ")
    second = getpass.getpass("Nhập lại mật khẩu mới: ")
    if first != second:
        raise cli.CliRefused("Hai lần nhập mật khẩu không giống nhau; không thay đổi gì.")
    return first


def _user(username: str):
    from desktop.errors import message_for
    from desktop.users import list_users

    name = username.strip().lower()
    for u in list_users():
        if u.username == name:
            return u
    raise cli.CliRefused(message_for("auth.unknown_user", username=username))


def cmd_user_add(args: argparse.Namespace) -> int:
    from desktop.cli.decisions import resolve_unit_code
    from desktop.permissions import require_admin
    from desktop.users import create_user

    cli.open_app_database(args)
    actor = cli.cli_actor(args)
    require_admin(actor)  # before asking for anything
    scope = resolve_unit_code(args.scope) if args.scope else None
    password = new_password(args, args.username)
    info = create_user(actor, username=args.username, password=password, role=args.role,
                       full_name=args.full_name or "", scope_unit_id=scope,
                       can_see_citizen_id=args.citizen_id)
    cli.out(f"Đã tạo người dùng {info.username} ({info.role}).")
    return cli.EXIT_OK


def cmd_user_passwd(args: argparse.Namespace) -> int:
    from desktop.permissions import require_admin
    from desktop.users import reset_password

    cli.open_app_database(args)
    actor = cli.cli_actor(args)
    require_admin(actor)
    target = _user(args.username)
    reset_password(actor, target.id, new_password(args, target.username),
                   expected_version=target.version)
    cli.out(f"Đã đặt mật khẩu mới cho {target.username} (và mở khoá nếu đang bị khoá).")
    return cli.EXIT_OK


def _set_active(args: argparse.Namespace, active: bool) -> int:
    from desktop.users import set_active

    cli.open_app_database(args)
    actor = cli.cli_actor(args)
    target = _user(args.username)
    set_active(actor, target.id, active, expected_version=target.version)
    cli.out(f"Đã {'mở lại' if active else 'khoá'} tài khoản {target.username}.")
    return cli.EXIT_OK


def cmd_user_disable(args: argparse.Namespace) -> int:
    return _set_active(args, False)


def cmd_user_enable(args: argparse.Namespace) -> int:
    return _set_active(args, True)


def cmd_user_unlock(args: argparse.Namespace) -> int:
    from desktop.users import unlock_user

    cli.open_app_database(args)
    actor = cli.cli_actor(args)
    target = _user(args.username)
    unlock_user(actor, target.id, expected_version=target.version)
    cli.out(f"Đã mở khoá {target.username} sau các lần nhập sai mật khẩu.")
    return cli.EXIT_OK


def cmd_user_list(args: argparse.Namespace) -> int:
    from desktop.permissions import require_admin
    from desktop.users import builtin_admin_state, list_users

    cli.open_app_database(args)
    require_admin(cli.cli_actor(args))
    cli.out("TÊN ĐĂNG NHẬP\tVAI TRÒ\tPHẠM VI\tTRẠNG THÁI\tHỌ TÊN")
    name, state = builtin_admin_state()
    cli.out(f"{name}\tadmin\ttoàn bộ\t{state}\tQuản trị viên có sẵn (không có mật khẩu)")
    for u in list_users():
        scope = u.scope_name or "toàn bộ"
        status = "đang dùng" if u.active else "đã khoá"
        if u.active and u.locked():
            status = "tạm khoá (nhập sai mật khẩu)"
        cli.out(f"{u.username}\t{u.role}\t{scope}\t{status}\t{u.full_name}")
    return cli.EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop.backups import backup_as

    cli.open_app_database(args)
    actor = cli.cli_actor(args)
    if args.output and args.to:
        raise cli.CliRefused("Dùng -o TỆP hoặc --to THƯ_MỤC, không dùng cả hai.")
    path = backup_as(actor, args.output, folder=args.to)
    cli.out(f"Đã sao lưu vào {path}")
    return cli.EXIT_OK


def cmd_backup_auto(args: argparse.Namespace) -> int:
    from desktop.backups import set_auto_backup

    cli.open_app_database(args)
    actor = cli.cli_actor(args)
    if bool(args.folder) == bool(args.off):
        raise cli.CliRefused("Dùng: backup-auto --folder THƯ_MỤC [--host TÊN_MÁY] hoặc "
                             "backup-auto --off")
    policy = set_auto_backup(actor, None if args.off else args.folder, args.host)
    if policy is None:
        cli.out("Đã tắt sao lưu tự động của cơ sở dữ liệu dùng chung.")
    else:
        cli.out(f"Sao lưu tự động: máy {policy.host}, thư mục {policy.folder}.")
    return cli.EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop.backups import restore_as

    cli.open_app_database(args)
    actor = cli.cli_actor(args)
    safety = restore_as(actor, args.file)
    cli.out(f"Đã khôi phục từ {args.file}. Bản sao của dữ liệu trước khi khôi phục: {safety}")
    return cli.EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    from desktop.audit_service import verify_trail

    cli.open_app_database(args)
    cli.cli_actor(args)
    if not args.verify:
        raise cli.CliRefused("Dùng: audit --verify (kiểm tra nhật ký thay đổi).")
    result = verify_trail()
    if result.ok:
        cli.out(result.message)
        cli.out(f"Mã đầu chuỗi: {result.head}")
        return cli.EXIT_OK
    cli.err(result.message)
    return cli.EXIT_REFUSED


def register(sub, common) -> None:
    stdin_help = ("đọc mật khẩu mới từ dòng đầu của đầu vào chuẩn (không thì biến "
                  "CNSCD_NEW_PASSWORD, hoặc nhập khi được hỏi)")

    p = sub.add_parser("user-add", parents=[common], help="thêm người dùng (quản trị viên)")
    p.add_argument("username")
    p.add_argument("--role", choices=["admin", "clerk", "viewer"], default="clerk")
    p.add_argument("--scope", help="mã đơn vị được phân công (xã, tỉnh...)")
    p.add_argument("--full-name")
    p.add_argument("--citizen-id", action="store_true", help="được xem số CCCD")
    p.add_argument("--password-stdin", action="store_true", help=stdin_help)
    p.set_defaults(func=cmd_user_add)

    p = sub.add_parser("user-passwd", parents=[common],
                       help="đặt mật khẩu mới cho một người dùng (quản trị viên)")
    p.add_argument("username")
    p.add_argument("--password-stdin", action="store_true", help=stdin_help)
    p.set_defaults(func=cmd_user_passwd)

    for name, func, text in (
        ("user-disable", cmd_user_disable, "khoá một tài khoản (quản trị viên)"),
        ("user-enable", cmd_user_enable, "mở lại một tài khoản đã khoá (quản trị viên)"),
        ("user-unlock", cmd_user_unlock, "mở khoá sau nhiều lần nhập sai (quản trị viên)"),
    ):
        p = sub.add_parser(name, parents=[common], help=text)
        p.add_argument("username")
        p.set_defaults(func=func)

    p = sub.add_parser("user-list", parents=[common], help="danh sách người dùng (quản trị viên)")
    p.set_defaults(func=cmd_user_list)

    p = sub.add_parser("backup", parents=[common],
                       help="sao lưu cơ sở dữ liệu ngay (quản trị viên)")
    p.add_argument("-o", "--output", help="tệp đích (mặc định: thư mục backups cạnh CSDL)")
    p.add_argument("--to", metavar="THƯ_MỤC", help="thư mục đích (tên tệp theo ngày giờ)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("backup-auto", parents=[common],
                       help="chọn máy và thư mục sao lưu tự động CSDL dùng chung (quản trị viên)")
    p.add_argument("--folder", help="thư mục trên máy này nhận bản sao lưu tự động")
    p.add_argument("--host", help="tên máy (mặc định: máy đang chạy lệnh)")
    p.add_argument("--off", action="store_true", help="tắt sao lưu tự động")
    p.set_defaults(func=cmd_backup_auto)

    p = sub.add_parser("restore", parents=[common],
                       help="khôi phục từ một bản sao lưu đã kiểm tra (quản trị viên)")
    p.add_argument("file", help="tệp sao lưu (.db hoặc .jsonl.gz)")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("audit", parents=[common], help="kiểm tra nhật ký thay đổi")
    p.add_argument("--verify", action="store_true",
                   help="chứng minh nhật ký nguyên vẹn: không dòng nào bị xoá, sửa hay chèn")
    p.set_defaults(func=cmd_audit)
