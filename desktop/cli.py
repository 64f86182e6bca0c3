"""The command-line interface: the same services as the GUI, scriptable by an office.

Exit codes: 0 success, 1 input refused (reasons printed), 2 wrong usage.
Every command takes ``--db`` (a SQLite path or a ``postgresql://`` URL; default the
per-user data folder or ``CNSCD_DB``) and ``--data-dir``.
"""
from __future__ import annotations

import argparse
import sys
import time
from typing import Callable

from desktop import paths

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def _out(text: str = "") -> None:
    print(text, flush=True)


def _err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def open_app_database(args: argparse.Namespace, *, migrate: bool = True):
    """Open (creating when needed) the database the arguments name, migrated to the latest."""
    from desktop.setup import open_and_migrate

    target = paths.resolve_database(args.db, args.data_dir)
    return open_and_migrate(target)


def cmd_init(args: argparse.Namespace) -> int:
    from desktop.setup import initialise

    target = paths.resolve_database(args.db, args.data_dir)
    started = time.perf_counter()
    result = initialise(target, catalogue=args.catalogue)
    elapsed = time.perf_counter() - started
    _out(f"Cơ sở dữ liệu: {result.target}")
    if result.migrated:
        _out(f"Đã nâng cấp lược đồ lên phiên bản {result.schema_version}.")
    else:
        _out(f"Lược đồ đang ở phiên bản {result.schema_version}.")
    report = result.catalogue
    if report.already_loaded and not (report.provinces or report.districts or report.communes):
        _out(f"Danh mục đơn vị hành chính {args.catalogue} đã có sẵn, không thay đổi.")
    else:
        _out(
            f"Đã nạp danh mục {args.catalogue}: {report.provinces} tỉnh/thành phố, "
            f"{report.districts} quận/huyện, {report.communes} xã/phường."
        )
    if report.successions:
        _out(f"Đã nạp {report.successions} liên kết xã cũ -> xã mới (sắp xếp 2025).")
    _out(f"Xong trong {elapsed:.1f} giây.")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.demo import DemoError, build_demo

    open_app_database(args)
    started = time.perf_counter()

    def progress(done: int, total: int, text: str = "") -> None:
        if not args.quiet:
            _out(f"  [{done}/{total}] {text}")

    try:
        report = build_demo(scale=args.scale, seed=args.seed, progress=progress)
    except DemoError as exc:
        _err(f"Không tạo được dữ liệu mẫu: {exc.message}")
        return EXIT_REFUSED
    elapsed = time.perf_counter() - started
    _out(
        f"Đã tạo dữ liệu mẫu ({args.scale}, seed {args.seed}): {report.communes} xã, "
        f"{report.villages} thôn/tổ dân phố, {report.teams} tổ, {report.members} thành viên, "
        f"{report.courses} lớp tập huấn, {report.decisions} quyết định; {elapsed:.1f} giây."
    )
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop.backups import backup_now

    open_app_database(args)
    path = backup_now(args.output)
    _out(f"Đã sao lưu vào {path}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop.backups import restore

    open_app_database(args)
    safety = restore(args.file)
    _out(f"Đã khôi phục từ {args.file}. Bản sao của dữ liệu trước khi khôi phục: {safety}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        help="tệp SQLite hoặc URL postgresql:// (mặc định: thư mục dữ liệu của người dùng "
        "hoặc biến môi trường CNSCD_DB)",
    )
    common.add_argument("--data-dir", help="thư mục dữ liệu (thay cho thư mục mặc định)")

    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Sổ Tổ CNSCĐ: quản lý Tổ công nghệ số cộng đồng. "
        "Chạy không tham số để mở giao diện.",
        parents=[common],
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

    for register in EXTRA_COMMANDS:
        register(sub, common)
    return parser


# Feature modules add their sub-commands here: a function (subparsers, common_parent).
EXTRA_COMMANDS: list[Callable] = []


def _load_extra_commands() -> None:
    """Import the feature modules that register sub-commands (exports, decisions...)."""
    import importlib

    for name in ("desktop.cli_exports", "desktop.cli_decisions", "desktop.cli_trust"):
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise


def main(argv: list[str] | None = None) -> int:
    from desktop.errors import describe_error

    _load_extra_commands()
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
    except KeyboardInterrupt:
        _err("Đã dừng theo yêu cầu.")
        return EXIT_REFUSED
    except Exception as exc:  # a clerk sees a sentence, not a traceback
        message = describe_error(exc)
        if message is None:
            raise
        _err(message)
        return EXIT_REFUSED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
