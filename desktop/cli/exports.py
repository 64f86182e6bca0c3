"""CLI: the Excel exports and the roster import.

    export-roster   -o OUT.xlsx [--unit CODE] [--team ID] [--citizen-id] [--at dd/mm/yyyy]
    export-training -o OUT.xlsx [--unit CODE] [--by course|person]
    export-report   -o OUT.xlsx [--unit CODE]
    export-template -o OUT.xlsx [--unit CODE]
    import-roster FILE [--dry-run] [--unit CODE] [--replace] [--skip-refused]
                       [--no-new-villages] [--course ID] [--report OUT.xlsx]

``import-roster`` prints every problem row by row in Vietnamese ("Trang tính 'Thôn Nà Sla',
dòng 12, cột F (Số điện thoại): …"); it exits with 1 when rows are refused (nothing is
written) or the file cannot be read, 0 when the import went through (or the dry run found
nothing to refuse). Unit codes were reused across catalogues in 2025: the office's catalogue
is preferred (``decisions.resolve_unit_code``).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop.cli import app as cli
from desktop.cli.decisions import resolve_unit_code


def unit_arg(args: argparse.Namespace) -> int | None:
    return resolve_unit_code(args.unit) if getattr(args, "unit", None) else None


def progress_printer(args: argparse.Namespace):
    if getattr(args, "quiet", False) or not sys.stderr.isatty():
        return None
    last = [-1]

    def show(done: int, total: int, text: str = "") -> None:
        pct = done * 100 // total if total else 0
        if pct != last[0]:
            last[0] = pct
            print(f"\r  {pct:3d}% {text[:60]:60s}", end="", file=sys.stderr, flush=True)

    return show


def finish_progress(args: argparse.Namespace) -> None:
    if not getattr(args, "quiet", False) and sys.stderr.isatty():
        print(file=sys.stderr, flush=True)


def _run_export(args: argparse.Namespace, fn: Any, **kwargs: Any) -> Any:
    from desktop.export_service import ExportRefused
    from exports.errors import ExportError

    cli.open_app_database(args)
    actor = cli.cli_actor(args)
    try:
        result = fn(actor, unit_arg(args), args.output, progress=progress_printer(args), **kwargs)
    except ExportRefused as exc:
        raise cli.CliRefused(exc.message) from exc
    except ExportError as exc:
        raise cli.CliRefused(exc.message()) from exc
    finally:
        finish_progress(args)
    return result


def _day(text: str | None):
    if not text:
        return None
    return cli.parse_day(text)


def cmd_export_roster(args: argparse.Namespace) -> int:
    from desktop.export_service import export_roster

    result = _run_export(
        args, export_roster, include_citizen_id=args.citizen_id, team_id=args.team, at=_day(args.at),
        old_commune=args.old_commune,
    )
    extra = " (kèm số CCCD)" if result.citizen_id else ""
    cli.out(f"Đã ghi {result.rows} thành viên vào {result.path}{extra}.")
    return cli.EXIT_OK


def cmd_export_training(args: argparse.Namespace) -> int:
    from desktop.export_service import export_training

    result = _run_export(args, export_training, by=args.by)
    what = "lượt học viên" if args.by == "course" else "người"
    cli.out(f"Đã ghi {result.rows} {what} vào {result.path}.")
    return cli.EXIT_OK


def cmd_export_report(args: argparse.Namespace) -> int:
    from desktop.export_service import export_report

    result = _run_export(args, export_report, old_communes=args.old_commune)
    cli.out(f"Đã ghi báo cáo {result.rows} xã/phường vào {result.path}.")
    return cli.EXIT_OK


def cmd_export_template(args: argparse.Namespace) -> int:
    from desktop.export_service import export_template

    result = _run_export(args, export_template)
    cli.out(f"Đã ghi mẫu nhập danh sách vào {result.path}.")
    return cli.EXIT_OK


def cmd_import_roster(args: argparse.Namespace) -> int:
    from desktop.roster_import import import_roster, write_report_workbook
    from exports.errors import ExportError, check_target

    if args.report:
        try:  # the report never replaces the file being read (nor a link or a device)
            check_target(args.report, [args.file])
        except ExportError as exc:
            raise cli.CliRefused(exc.message()) from exc
    cli.open_app_database(args)
    actor = cli.cli_actor(args)
    try:
        report = import_roster(
            actor,
            args.file,
            commune_id=unit_arg(args),
            team_mode="replace" if args.replace else "merge",
            create_villages=not args.no_new_villages,
            skip_refused=args.skip_refused,
            commit=not args.dry_run,
            course_id=args.course,
            progress=progress_printer(args),
        )
    finally:
        finish_progress(args)
    for line in report.lines(warnings=not args.errors_only):
        cli.out(line)
    if args.report:
        write_report_workbook(report, args.report)
        cli.out(f"Báo cáo chi tiết: {args.report}")
    cli.out(report.summary())
    if not report.file_ok:
        cli.err("Không nhập được tệp này.")
        return cli.EXIT_REFUSED
    if report.refused and not args.skip_refused:
        cli.err(
            f"{report.refused} dòng không nhận được: chưa ghi gì vào cơ sở dữ liệu. Hãy sửa "
            "các dòng trên rồi nhập lại (hoặc dùng --skip-refused để chỉ ghi các dòng hợp lệ)."
        )
        return cli.EXIT_REFUSED
    if args.dry_run:
        cli.out("Chạy thử: chưa ghi gì. Bỏ --dry-run để ghi.")
    elif report.committed:
        cli.out("Đã ghi vào cơ sở dữ liệu.")
    else:
        cli.out("Không có thay đổi nào cần ghi.")
    return cli.EXIT_OK


def register(sub, common) -> None:
    def unit_option(p):
        p.add_argument(
            "--unit",
            help="mã đơn vị hành chính (tỉnh, huyện, xã) hoặc mã thôn; "
            "mặc định: phạm vi của đơn vị sử dụng",
        )

    p = sub.add_parser(
        "export-roster", parents=[common], help="xuất danh sách thành viên Tổ CNSCĐ ra Excel"
    )
    p.add_argument("-o", "--output", required=True, help="tệp .xlsx đích")
    unit_option(p)
    p.add_argument("--team", type=int, help="chỉ một Tổ (mã số Tổ)")
    p.add_argument(
        "--citizen-id",
        action="store_true",
        help="kèm cột Số CCCD (khi cơ quan cho phép và người dùng được xem)",
    )
    p.add_argument("--at", help="danh sách tại ngày dd/mm/yyyy (mặc định hôm nay)")
    p.add_argument("--old-commune", action="store_true",
                   help="kèm cột Xã cũ (xã của thôn trước sắp xếp 01/7/2025)")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=cmd_export_roster)

    p = sub.add_parser(
        "export-training",
        parents=[common],
        help="xuất kết quả tập huấn ra Excel (theo khóa học hoặc theo người)",
    )
    p.add_argument("-o", "--output", required=True)
    unit_option(p)
    p.add_argument("--by", choices=["course", "person"], default="course")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=cmd_export_training)

    p = sub.add_parser(
        "export-report", parents=[common], help="xuất báo cáo số liệu theo xã/phường gửi cấp trên"
    )
    p.add_argument("-o", "--output", required=True)
    unit_option(p)
    p.add_argument("--old-commune", action="store_true",
                   help="ghi chú các xã cũ hợp thành mỗi xã mới (sắp xếp 2025)")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=cmd_export_report)

    p = sub.add_parser(
        "export-template", parents=[common], help="tải mẫu Excel để nhập danh sách thành viên"
    )
    p.add_argument("-o", "--output", required=True)
    unit_option(p)
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=cmd_export_template)

    p = sub.add_parser(
        "import-roster",
        parents=[common],
        help="nhập danh sách thành viên từ Excel (.xlsx, .xls, .ods)",
    )
    p.add_argument("file", help="tệp danh sách")
    p.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi")
    unit_option(p)
    p.add_argument(
        "--replace",
        action="store_true",
        help="thay cả danh sách: ai không có trong tệp thì thôi tham gia Tổ",
    )
    p.add_argument(
        "--skip-refused",
        action="store_true",
        help="ghi các dòng hợp lệ, bỏ qua các dòng bị từ chối",
    )
    p.add_argument(
        "--no-new-villages",
        action="store_true",
        help="không tự tạo thôn mới: dòng có thôn chưa có bị từ chối",
    )
    p.add_argument(
        "--course",
        type=int,
        help="mã khóa tập huấn mà cột Đã tập huấn ghi nhận hoàn thành",
    )
    p.add_argument("--report", help="ghi báo cáo lỗi ra tệp .xlsx")
    p.add_argument("--errors-only", action="store_true", help="chỉ in lỗi, không in cảnh báo")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=cmd_import_roster)


