"""CLI: the 2025 reform.

    reform --plan [--unit CODE] [-o PLAN.xlsx]   # every old commune with its new one
    reform --apply PLAN.xlsx [--unit CODE]       # with the villages the clerk placed
    reform --undo                                # back to the data before the last apply
    reform --compare -o OUT.xlsx [--unit CODE]   # figures by old and by new commune
    reform --settings [--resolution SỐ --resolution-date dd/mm/yyyy] [--chair MÃ_XÃ "Họ tên"]
    reform --rename-same-names                   # "Thôn 1" of two old communes: add their names
    reform --decisions --date dd/mm/yyyy [--per-team] [--commune MÃ_XÃ] --out-dir DIR
                                                 # kiện toàn Decisions of the new communes

Exit codes as everywhere: 0 done (a plan is printed even when villages are left to place),
1 refused (villages left to place, a bad placement, not an administrator...; nothing is
written), 2 wrong usage.
"""
from __future__ import annotations

import argparse

from desktop.cli import app as cli
from desktop.cli.exports import finish_progress, progress_printer, unit_arg
from vn.dates import format_day


def _print_plan(plan, *, quiet: bool) -> None:
    from desktop.reform import COVERAGE_LABELS

    c = plan.counts
    cli.out(f"Kế hoạch sắp xếp 2025 — {plan.scope_name}")
    if not quiet:
        for pc in plan.communes:
            targets = ", ".join(f"{t.code} {t.name}" for t in pc.targets) or "(không có)"
            line = (f"  {pc.code} {pc.name} -> {targets} [{COVERAGE_LABELS[pc.coverage]}]: "
                    f"{pc.villages} thôn, {pc.teams} tổ, {pc.members} thành viên, "
                    f"{pc.decisions} quyết định")
            if pc.unplaced:
                line += f"; còn {len(pc.unplaced)} thôn chưa xếp"
            cli.out(line)
    cli.out(
        f"Tổng: {c['communes']} xã cũ -> {c['new_communes']} xã mới; {c['villages']} thôn, "
        f"{c['teams']} tổ, {c['members']} thành viên đang hoạt động, {c['decisions']} quyết "
        f"định đã ban hành (giữ dưới xã cũ), {c['drafts']} dự thảo của xã cũ (sẽ hủy)."
    )
    if c["likely_merges"]:
        cli.out(f"{c['likely_merges']} nhóm thôn trùng tên về cùng một xã mới (có thể sáp "
                 "nhập thôn): xem trang \"Xã mới\" của tệp kế hoạch.")
    for issue in plan.issues:
        cli.out(("Lỗi: " if issue.severity == "error" else "Cảnh báo: ") + issue.text())
    if plan.nothing_to_do:
        cli.out("Không còn thôn nào thuộc xã cũ: dữ liệu đã theo đơn vị hành chính mới.")
    elif plan.unplaced:
        cli.out(f"Còn {c['unplaced']} thôn của xã bị chia tách chưa xếp vào xã mới:")
        for v in plan.unplaced[: 30 if quiet else len(plan.unplaced)]:
            choices = " hoặc ".join(f"{n.code} ({n.name})" for n in v.candidates)
            cli.out(f"  [{v.id}] {v.name} — {v.old_commune_name}: {choices}")
        cli.out("Ghi mã xã mới vào trang \"Xếp thôn\" của tệp kế hoạch (-o), rồi chạy "
                 "reform --apply TỆP.")


def cmd_reform(args: argparse.Namespace) -> int:
    from desktop import reform
    from exports.errors import ExportError

    cli.open_app_database(args)
    actor = cli.cli_actor(args)
    if args.undo:
        safety = reform.undo_reform(actor)
        cli.out("Đã hoàn tác sắp xếp 2025: dữ liệu trở về như trước khi áp dụng.")
        cli.out(f"Bản sao của dữ liệu ngay trước khi hoàn tác: {safety}")
        return cli.EXIT_OK
    if args.settings:
        return _settings(args, actor)
    unit_id = unit_arg(args)
    if args.decisions:
        return _decisions(args, actor, unit_id)
    if args.rename_same_names:
        renamed = reform.rename_same_names(actor, unit_id)
        for old, new in renamed:
            cli.out(f"  {old} -> {new}")
        cli.out(f"Đã đổi tên {len(renamed)} thôn trùng tên trong cùng một xã mới.")
        return cli.EXIT_OK
    if args.compare:
        if not args.output:
            raise cli.CliRefused("Dùng: reform --compare -o TỆP.xlsx")
        try:
            path = reform.export_comparison(actor, args.output, unit_id)
        except ExportError as exc:
            raise cli.CliRefused(exc.message()) from exc
        cli.out(f"Đã ghi bảng so sánh trước và sau sắp xếp: {path}")
        return cli.EXIT_OK
    if args.plan:
        plan = reform.plan_reform(actor, unit_id)
        _print_plan(plan, quiet=args.quiet)
        if args.output:
            try:
                path = reform.export_plan(actor, plan, args.output)
            except ExportError as exc:
                raise cli.CliRefused(exc.message()) from exc
            cli.out(f"Đã ghi kế hoạch: {path}")
        return cli.EXIT_OK
    try:
        read = reform.read_plan_placements(args.apply)
    except ExportError as exc:
        raise cli.CliRefused(exc.message()) from exc
    if read.problems:
        raise cli.CliRefused("\n".join(p.text() for p in read.problems)
                             + "\nChưa thay đổi gì; hãy sửa tệp kế hoạch rồi chạy lại.")
    try:
        result = reform.apply_reform(actor, unit_id=unit_id, placements=read.chosen,
                                     progress=progress_printer(args))
    finally:
        finish_progress(args)
    if result.done_before:
        cli.out("Không còn thôn nào thuộc xã cũ: đã sắp xếp từ trước, không thay đổi gì.")
        return cli.EXIT_OK
    b, a = result.before, result.after
    cli.out(f"Đã chuyển {result.villages} thôn của {result.communes} xã cũ sang "
             f"{result.new_communes} xã mới trong {result.seconds:.1f} giây.")
    cli.out(f"Trước/sau: {b.teams}/{a.teams} tổ, {b.memberships}/{a.memberships} lượt thành "
             f"viên, {b.people}/{a.people} người, {b.decisions}/{a.decisions} quyết định.")
    if result.drafts_cancelled:
        cli.out(f"Đã hủy {result.drafts_cancelled} dự thảo quyết định của xã cũ.")
    cli.out(f"Bản sao lưu trước khi sắp xếp: {result.backup} (hoàn tác: reform --undo).")
    return cli.EXIT_OK


def _settings(args: argparse.Namespace, actor) -> int:
    from desktop import reform

    chairs = {code: name for code, name in (args.chair or [])}
    day = cli.parse_day(args.resolution_date) if args.resolution_date else None
    if args.resolution or day or chairs:
        reform.save_paperwork_settings(actor, resolution_number=args.resolution,
                                       resolution_date=day, chairs=chairs)
    s = reform.paperwork_settings()
    when = format_day(s.resolution_date) if s.resolution_date else "(chưa có)"
    cli.out(f"Nghị quyết sắp xếp: {s.resolution_number or '(chưa có)'} ngày {when}")
    work = reform.paperwork_plan(actor)
    for c in work:
        same = f"; thôn trùng tên: {', '.join(c.same_names)}" if c.same_names else ""
        cli.out(f"  {c.code} {c.name}: Chủ tịch {c.chair or '(chưa có)'}; "
                f"{len(c.team_ids)} tổ, trích {len(c.earlier)} quyết định của xã cũ{same}")
    return cli.EXIT_OK


def _decisions(args: argparse.Namespace, actor, unit_id) -> int:
    from desktop import reform

    if not args.date or not args.out_dir:
        raise cli.CliRefused("Dùng: reform --decisions --date dd/mm/yyyy --out-dir THƯ_MỤC "
                             "[--per-team] [--commune MÃ_XÃ]")
    try:
        issued = reform.issue_kien_toan(
            actor, signed_on=cli.parse_day(args.date), per_team=args.per_team, unit_id=unit_id,
            commune_codes=args.commune or None, progress=progress_printer(args))
    finally:
        finish_progress(args)
    files = reform.save_decision_pdfs(actor, [d.id for d in issued], args.out_dir)
    for d, target in zip(issued, files):
        cli.out(f"Đã ban hành {d.label} của {d.issuing_unit_name} ({len(d.team_ids)} tổ): "
                 f"{target}")
    cli.out(f"Tổng cộng {len(issued)} quyết định kiện toàn.")
    return cli.EXIT_OK


def register(sub, common) -> None:
    p = sub.add_parser("reform", parents=[common],
                       help="chuyển dữ liệu từ xã cũ sang xã mới (sắp xếp đơn vị hành chính 2025)")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--plan", action="store_true",
                      help="lập kế hoạch: mỗi xã cũ về xã mới nào, thôn nào cần xếp")
    what.add_argument("--apply", metavar="KẾ_HOẠCH.xlsx",
                      help="áp dụng kế hoạch (với các thôn đã xếp trong tệp)")
    what.add_argument("--undo", action="store_true",
                      help="hoàn tác lần sắp xếp gần nhất từ bản sao lưu")
    what.add_argument("--compare", action="store_true",
                      help="so sánh số liệu theo xã cũ và theo xã mới (cần -o)")
    what.add_argument("--settings", action="store_true",
                      help="xem/nhập Nghị quyết sắp xếp và Chủ tịch các xã mới")
    what.add_argument("--rename-same-names", action="store_true",
                      help="thêm tên xã cũ vào các thôn trùng tên trong một xã mới")
    what.add_argument("--decisions", action="store_true",
                      help="lập và ban hành quyết định kiện toàn Tổ của các xã mới")
    p.add_argument("--unit", help="mã đơn vị (xã, huyện, tỉnh) thay cho phạm vi của cơ quan")
    p.add_argument("-o", "--output", help="tệp Excel đích (kế hoạch với --plan, bảng so sánh "
                   "với --compare)")
    p.add_argument("--quiet", action="store_true",
                   help="chỉ in tổng số, không in từng xã")
    p.add_argument("--resolution", help="số Nghị quyết sắp xếp, ví dụ 1672/NQ-UBTVQH15")
    p.add_argument("--resolution-date", help="ngày của Nghị quyết, dd/mm/yyyy")
    p.add_argument("--chair", nargs=2, action="append", metavar=("MÃ_XÃ", "HỌ_TÊN"),
                   help="họ tên Chủ tịch UBND xã mới (lặp lại cho mỗi xã)")
    p.add_argument("--date", help="ngày ký quyết định kiện toàn, dd/mm/yyyy")
    p.add_argument("--per-team", action="store_true",
                   help="mỗi Tổ một quyết định (mặc định: mỗi xã một quyết định)")
    p.add_argument("--commune", action="append", help="chỉ xã mới có mã này (lặp lại được)")
    p.add_argument("--out-dir", help="thư mục ghi các tệp PDF")
    p.set_defaults(func=cmd_reform)
