"""The command-line interface: the same services as the GUI, scriptable by an office.

Exit codes: 0 success, 1 input refused (reasons printed), 2 wrong usage.
Every command takes ``--db`` (a SQLite path or a ``postgresql://`` URL; default the
per-user data folder or ``CNSCD_DB``) and ``--data-dir``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Callable

from desktop import paths
from desktop.cli.argparse_vi import VietnameseParser

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def out(text: str = "") -> None:
    print(text, flush=True)


def err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def open_app_database(args: argparse.Namespace):
    """Open (creating when needed) the database the arguments name, migrated to the latest."""
    from desktop.setup import open_and_migrate

    target = paths.resolve_database(args.db, args.data_dir)
    return open_and_migrate(target)


class CliRefused(Exception):
    """Input refused at the command line: printed, exit code 1."""


def parse_day(text: str) -> dt.date:
    """A day given on the command line (dd/mm/yyyy or ISO, not after today)."""
    from desktop.validation import parse_date

    value, problems = parse_date(text)
    day = value.as_date() if value is not None else None
    if day is None or any(p.severity == "error" for p in problems):
        raise CliRefused(f"Ngày \"{text}\" không hợp lệ; nhập theo dạng dd/mm/yyyy.")
    return day


def cli_actor(args: argparse.Namespace):
    """Who runs this command: ``--user`` (password from ``CNSCD_PASSWORD`` or a prompt), else
    the single-user default when no sign-in is required."""
    import getpass
    import os

    from desktop.users import authenticate, default_actor, login_required

    username = getattr(args, "user", None)
    if username:
        password = os.environ.get("CNSCD_PASSWORD")
        if password is None:
            if not sys.stdin or not sys.stdin.isatty():
                raise CliRefused(
                    "Cần mật khẩu: đặt biến môi trường CNSCD_PASSWORD hoặc chạy trong cửa sổ lệnh."
                )
            password = getpass.getpass(f"Mật khẩu của {username}: ")
        return authenticate(username, password)
    if login_required():
        raise CliRefused(
            "Cơ sở dữ liệu này có nhiều người dùng: hãy đăng nhập bằng --user TÊN "
            "(mật khẩu qua biến CNSCD_PASSWORD hoặc nhập khi được hỏi)."
        )
    return default_actor()


def cmd_user_add(args: argparse.Namespace) -> int:
    import os

    from db.units import find_units_by_code
    from desktop.users import create_user

    open_app_database(args)
    actor = cli_actor(args)
    scope = None
    if args.scope:
        found = find_units_by_code(args.scope)
        if not found:
            raise CliRefused(f"Không có đơn vị mã {args.scope}.")
        scope = min(found, key=lambda u: u.catalogue != "2025").id
    password = os.environ.get("CNSCD_NEW_PASSWORD")
    if password is None:
        import getpass

        password = getpass.getpass(f"Mật khẩu mới cho {args.username}: ")
    info = create_user(actor, username=args.username, password=password, role=args.role,
                       full_name=args.full_name or "", scope_unit_id=scope,
                       can_see_citizen_id=args.citizen_id)
    out(f"Đã tạo người dùng {info.username} ({info.role}).")
    return EXIT_OK


def cmd_user_list(args: argparse.Namespace) -> int:
    from db.units import get_unit
    from desktop.users import list_users

    open_app_database(args)
    cli_actor(args)
    for u in list_users():
        unit = get_unit(u.scope_unit_id) if u.scope_unit_id else None
        scope = unit.name if unit else "toàn bộ"
        state = "đang dùng" if u.active else "đã khoá"
        out(f"{u.username}\t{u.role}\t{scope}\t{state}\t{u.full_name}")
    return EXIT_OK


def cmd_init(args: argparse.Namespace) -> int:
    from desktop.setup import initialise

    target = paths.resolve_database(args.db, args.data_dir)
    started = time.perf_counter()
    result = initialise(target, catalogue=args.catalogue)
    elapsed = time.perf_counter() - started
    out(f"Cơ sở dữ liệu: {result.target}")
    if result.migrated:
        out(f"Đã nâng cấp lược đồ lên phiên bản {result.schema_version}.")
    else:
        out(f"Lược đồ đang ở phiên bản {result.schema_version}.")
    report = result.catalogue
    if report.already_loaded and not (report.provinces or report.districts or report.communes):
        out(f"Danh mục đơn vị hành chính {args.catalogue} đã có sẵn, không thay đổi.")
    else:
        out(
            f"Đã nạp danh mục {args.catalogue}: {report.provinces} tỉnh/thành phố, "
            f"{report.districts} quận/huyện, {report.communes} xã/phường."
        )
    if report.successions:
        out(f"Đã nạp {report.successions} liên kết xã cũ -> xã mới (sắp xếp 2025).")
    out(f"Xong trong {elapsed:.1f} giây.")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.demo import DemoError, build_demo

    open_app_database(args)
    started = time.perf_counter()

    def progress(done: int, total: int, text: str = "") -> None:
        if not args.quiet:
            out(f"  [{done}/{total}] {text}")

    try:
        report = build_demo(scale=args.scale, seed=args.seed, progress=progress)
    except DemoError as exc:
        err(f"Không tạo được dữ liệu mẫu: {exc.message}")
        return EXIT_REFUSED
    elapsed = time.perf_counter() - started
    out(
        f"Đã tạo dữ liệu mẫu ({args.scale}, seed {args.seed}): {report.communes} xã, "
        f"{report.villages} thôn/tổ dân phố, {report.teams} tổ, {report.members} thành viên, "
        f"{report.courses} lớp tập huấn, {report.decisions} quyết định; {elapsed:.1f} giây."
    )
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop.backups import backup_now

    open_app_database(args)
    path = backup_now(args.output)
    out(f"Đã sao lưu vào {path}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop.backups import restore

    open_app_database(args)
    safety = restore(args.file)
    out(f"Đã khôi phục từ {args.file}. Bản sao của dữ liệu trước khi khôi phục: {safety}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    def options(default):
        # The same options before and after the sub-command; after it they default to
        # SUPPRESS so they never overwrite a value given before it ("--db X init").
        group = VietnameseParser(add_help=False)
        group.add_argument(
            "--db", default=default,
            help="tệp SQLite hoặc URL postgresql:// (mặc định: thư mục dữ liệu của người "
            "dùng hoặc biến môi trường CNSCD_DB)",
        )
        group.add_argument("--data-dir", default=default,
                           help="thư mục dữ liệu (thay cho thư mục mặc định)")
        group.add_argument("--user", default=default,
                           help="tên đăng nhập (mật khẩu: biến CNSCD_PASSWORD hoặc nhập)")
        return group

    top_options = options(None)
    common = options(argparse.SUPPRESS)

    parser = VietnameseParser(
        prog="main.py",
        description="Sổ Tổ CNSCĐ: quản lý Tổ công nghệ số cộng đồng. "
        "Chạy không tham số để mở giao diện.",
        parents=[top_options],
    )
    sub = parser.add_subparsers(dest="command", metavar="LỆNH")

    p = sub.add_parser(
        "init", parents=[common], help="tạo hoặc nâng cấp cơ sở dữ liệu, nạp danh mục đơn vị"
    )
    p.add_argument("--catalogue", choices=["2025", "pre2025"], default="2025",
                   help="danh mục đơn vị hành chính: 2025 (2 cấp, mặc định) hoặc pre2025 (3 cấp)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", parents=[common], help="tạo dữ liệu mẫu thực tế để dùng thử")
    p.add_argument("--scale", choices=["district", "province", "national"], default="district")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--quiet", action="store_true", help="không in tiến độ")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("backup", parents=[common], help="sao lưu cơ sở dữ liệu ngay")
    p.add_argument("-o", "--output", help="tệp đích (mặc định: thư mục backups cạnh CSDL)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", parents=[common],
                       help="khôi phục từ một bản sao lưu (sao lưu dữ liệu hiện tại trước)")
    p.add_argument("file", help="tệp sao lưu (.db hoặc .jsonl.gz)")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("user-add", parents=[common], help="thêm người dùng (quản trị viên)")
    p.add_argument("username")
    p.add_argument("--role", choices=["admin", "clerk", "viewer"], default="clerk")
    p.add_argument("--scope", help="mã đơn vị được phân công (xã, tỉnh...)")
    p.add_argument("--full-name")
    p.add_argument("--citizen-id", action="store_true", help="được xem số CCCD")
    p.set_defaults(func=cmd_user_add)

    p = sub.add_parser("user-list", parents=[common], help="danh sách người dùng")
    p.set_defaults(func=cmd_user_list)

    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, common)
    return parser


# The modules of this package that add sub-commands, each with ``register(sub, common)``.
# Listed, not discovered, so that a frozen build finds them too.
COMMAND_MODULES: tuple[str, ...] = (
    "desktop.cli.exports",
    "desktop.cli.decisions",
)


def main(argv: list[str] | None = None) -> int:
    from desktop.errors import describe_error

    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if exc.code in (0, None) else EXIT_USAGE
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.func(args))
    except CliRefused as exc:
        err(str(exc))
        return EXIT_REFUSED
    except KeyboardInterrupt:
        err("Đã dừng theo yêu cầu.")
        return EXIT_REFUSED
    except Exception as exc:  # a clerk sees a sentence, not a traceback
        message = describe_error(exc)
        if message is None:
            raise
        err(message)
        return EXIT_REFUSED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
