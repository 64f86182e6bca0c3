"""CLI: ``decision TEAM_ID -o OUT.pdf`` and ``decision --all --unit CODE --out-dir DIR``."""
from __future__ import annotations

import argparse

from desktop.cli import app as cli


def resolve_unit_code(code: str) -> int:
    """A unit id from its code; codes were reused in 2025, so the office's catalogue wins."""
    from db.office import get_office
    from db.units import find_units_by_code

    found = find_units_by_code(code)
    if not found:
        raise cli.CliRefused(f"Không có đơn vị hành chính mã {code}.")
    office = get_office()
    preferred = office.catalogue if office else "2025"
    found.sort(key=lambda u: (u.catalogue != preferred, u.catalogue != "local"))
    return found[0].id


def cmd_decision(args: argparse.Namespace) -> int:
    from desktop import decisions
    from exports import decision_pdf as pdf

    cli.open_app_database(args)
    actor = cli.cli_actor(args)
    if args.all:
        if not args.unit or not (args.out_dir or args.combined):
            raise cli.CliRefused("Dùng: decision --all --unit MÃ_ĐƠN_VỊ --out-dir THƯ_MỤC "
                                 "(hoặc --combined TỆP.pdf).")
        team_ids = decisions.teams_of_unit(resolve_unit_code(args.unit))
        if not team_ids:
            raise cli.CliRefused(f"Đơn vị {args.unit} chưa có Tổ CNSCĐ nào.")

        def progress(done: int, total: int, text: str = "") -> None:
            if text and not args.quiet:
                cli.out(f"  [{done + 1}/{total}] {text}")

        written = decisions.export_team_pdfs(
            team_ids, out_dir=args.out_dir, combined_path=args.combined, progress=progress
        )
        cli.out(f"Đã ghi {len(written)} tệp PDF.")
        return cli.EXIT_OK
    if args.team_id is None or not args.output:
        raise cli.CliRefused("Dùng: decision MÃ_TỔ -o TỆP.pdf")
    if args.issue:
        if not args.date:
            raise cli.CliRefused("Cần --date dd/mm/yyyy (ngày ký) để ban hành quyết định.")
        drafts = [d for d in decisions.decisions_for_team(args.team_id) if d.status == "draft"]
        draft = drafts[0] if drafts else decisions.draft_decision(actor, args.kind, [args.team_id])
        issued = decisions.issue_decision(actor, draft.id, signed_on=cli.parse_day(args.date),
                                          expected_version=draft.version, number=args.number)
        pdf.write_pdf_file(args.output, decisions.decision_pdf(issued.id))
        cli.out(f"Đã ban hành {issued.label}; tệp: {args.output}")
        return cli.EXIT_OK
    sha = pdf.render_decision(decisions.document_for_team(args.team_id), args.output)
    cli.out(f"Đã ghi {args.output} (SHA-256 {sha[:16]}…)")
    return cli.EXIT_OK


def register(sub, common) -> None:
    p = sub.add_parser("decision", parents=[common],
                       help="in Quyết định (PDF) của một Tổ, hoặc của mọi Tổ trong một đơn vị")
    p.add_argument("team_id", nargs="?", type=int, help="mã số Tổ")
    p.add_argument("-o", "--output", help="tệp PDF đích")
    p.add_argument("--all", action="store_true", help="mọi Tổ của đơn vị --unit")
    p.add_argument("--unit", help="mã đơn vị hành chính (xã, tỉnh)")
    p.add_argument("--out-dir", help="thư mục ghi mỗi Tổ một tệp")
    p.add_argument("--combined", help="ghi tất cả vào một tệp PDF")
    p.add_argument("--issue", action="store_true", help="ban hành (cấp số) rồi ghi PDF")
    p.add_argument("--kind", choices=["thanh_lap", "kien_toan", "giai_the"],
                   default="thanh_lap", help="loại quyết định khi tạo mới (mặc định thành lập)")
    p.add_argument("--date", help="ngày ký dd/mm/yyyy (khi --issue)")
    p.add_argument("--number", type=int, help="số do văn thư cấp (mặc định: số tiếp theo)")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=cmd_decision)


