"""CLI: decisions and the office defaults they start from.

``decision TEAM_ID -o OUT.pdf`` prints a team's decision (its draft, else the issued one in
force as stored, byte for byte); ``decision --id N -o OUT.pdf`` reprints one decision;
``decision TEAM_ID --issue --date dd/mm/yyyy`` drafts (kiện toàn for an established team)
and issues; every field of the editor has an option; ``decision --all [--unit CODE]
(--out-dir DIR | --combined FILE)`` prints a whole unit (default: the user's or the
office's scope). ``decision-list`` lists decisions; ``office-set`` / ``office-show`` set and
show who signs and the standing legal bases, office-wide or per issuing unit.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from desktop.cli import app as cli
from vn.dates import format_day

FIELD_OPTIONS = ("subject", "signer", "signer_title", "authority", "symbol", "legal_basis",
                 "add_legal_basis", "proposer", "recipient", "articles")


class CliUsage(Exception):
    """Contradictory or missing options: printed, exit code 2."""


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


def read_articles(path: str) -> list[dict]:
    """Articles from a file: JSON (a list of {"title", "paragraphs"}) or UTF-8 text with
    articles separated by a line "---", an optional first line "# Tiêu đề", then one
    paragraph per line."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise cli.CliRefused(f"Không đọc được tệp điều khoản {path}: {exc.strerror}") from exc
    if path.lower().endswith(".json"):
        try:
            data = json.loads(text)
            return [{"title": a.get("title", ""), "paragraphs": list(a.get("paragraphs", []))}
                    for a in data]
        except (ValueError, AttributeError, TypeError) as exc:
            raise cli.CliRefused(
                f"Tệp {path} không đúng dạng JSON "
                "[{\"title\": …, \"paragraphs\": […]}].") from exc
    articles = []
    for block in text.split("\n---"):
        lines = [line.strip() for line in block.strip("-\n ").splitlines() if line.strip()]
        if not lines:
            continue
        title = lines.pop(0)[1:].strip() if lines[0].startswith("#") else ""
        articles.append({"title": title, "paragraphs": lines})
    if not articles:
        raise cli.CliRefused(f"Tệp {path} không có điều khoản nào.")
    return articles


def field_values(args: argparse.Namespace, current=None) -> dict:
    """The editor fields the options set (``current``: the draft, for --add-legal-basis)."""
    values: dict = {}
    if args.subject is not None:
        values["subject"] = args.subject
    if args.signer is not None:
        values["signer_name"] = args.signer
    if args.signer_title is not None:
        values["signer_title"] = args.signer_title
    if args.authority is not None:
        values["authority"] = args.authority
    if args.symbol is not None:
        values["symbol"] = args.symbol
    if args.proposer is not None:
        values["proposer"] = args.proposer
    if args.recipient:
        values["recipients"] = list(args.recipient)
    if args.legal_basis:
        values["legal_bases"] = list(args.legal_basis)
    if args.add_legal_basis:
        base = values.get("legal_bases") or list(current.legal_bases if current else [])
        values["legal_bases"] = base + list(args.add_legal_basis)
    if args.articles:
        values["articles"] = read_articles(args.articles)
    if args.date and not args.issue:  # the planned date of a draft
        values["signed_on"] = cli.parse_day(args.date)
    return values


def _check_usage(args: argparse.Namespace) -> None:
    fields_given = any(getattr(args, f) not in (None, []) for f in FIELD_OPTIONS) or bool(
        args.date and not args.issue)
    if args.out_dir and args.combined:
        raise CliUsage("--out-dir và --combined không dùng cùng nhau: chọn một thư mục "
                       "(mỗi quyết định một tệp) hoặc một tệp gộp.")
    if args.all:
        if args.team_id is not None or args.decision_id is not None:
            raise CliUsage("--all không dùng cùng MÃ_TỔ hoặc --id.")
        if not (args.out_dir or args.combined):
            raise CliUsage("Dùng: decision --all [--unit MÃ] --out-dir THƯ_MỤC (hoặc "
                           "--combined TỆP.pdf).")
        if args.output or args.issue or fields_given or args.date or args.number:
            raise CliUsage("--all chỉ in; không dùng cùng -o, --issue, --date, --number hay "
                           "các tùy chọn nội dung.")
        return
    if args.unit or args.out_dir or args.combined:
        raise CliUsage("--unit, --out-dir và --combined chỉ dùng với --all.")
    if args.teams:
        try:
            args.team_ids = [int(x) for x in args.teams.replace(" ", "").split(",") if x]
        except ValueError as exc:
            raise CliUsage("--teams cần các mã Tổ cách nhau bằng dấu phẩy, ví dụ 12,13,14.") \
                from exc
        if args.team_id is not None or args.decision_id is not None or not args.team_ids:
            raise CliUsage("--teams thay cho MÃ_TỔ; không dùng cùng MÃ_TỔ hoặc --id.")
        if not args.issue and not args.output:
            raise CliUsage("--teams dùng với --issue (ban hành một quyết định chung).")
        args.team_id = args.team_ids[0]
    else:
        args.team_ids = [args.team_id] if args.team_id is not None else []
    if args.team_id is not None and args.decision_id is not None:
        raise CliUsage("Chỉ chọn một: MÃ_TỔ hoặc --id MÃ_QUYẾT_ĐỊNH.")
    if args.team_id is None and args.decision_id is None:
        raise CliUsage("Dùng: decision MÃ_TỔ -o TỆP.pdf, decision --id MÃ_QĐ -o TỆP.pdf "
                       "hoặc decision --all --out-dir THƯ_MỤC.")
    if args.force_number and args.number is None:
        raise CliUsage("--force-number cần --number SỐ (số văn thư đã cấp).")
    if (args.number is not None or args.force_number) and not args.issue:
        raise CliUsage("--number và --force-number chỉ dùng khi --issue.")
    if args.decision_id is not None and args.kind:
        raise CliUsage("--kind chỉ dùng với MÃ_TỔ (khi tạo quyết định mới).")
    if args.delete and (args.issue or fields_given or args.output):
        raise CliUsage("--delete chỉ xoá dự thảo; không dùng cùng --issue, -o hay tùy chọn "
                       "nội dung.")
    if not args.issue and not fields_given and not args.output and not args.delete:
        raise CliUsage("Cần -o TỆP.pdf (in), --issue (ban hành) hoặc tùy chọn nội dung "
                       "(sửa dự thảo).")


def _draft_of(team_id: int):
    from desktop import decisions

    return next((d for d in decisions.decisions_for_team(team_id) if d.status == "draft"), None)


def cmd_decision(args: argparse.Namespace) -> int:
    from desktop import decisions
    from exports import decision_pdf as pdf

    try:
        _check_usage(args)
    except CliUsage as exc:
        cli.err(str(exc))
        return cli.EXIT_USAGE
    cli.open_app_database(args)
    actor = cli.cli_actor(args)
    if args.all:
        unit_id = resolve_unit_code(args.unit) if args.unit else decisions.default_scope(actor)
        team_ids = decisions.teams_of_unit(unit_id)
        if not team_ids:
            where = f"Đơn vị {args.unit}" if args.unit else "Phạm vi làm việc"
            raise cli.CliRefused(f"{where} chưa có Tổ CNSCĐ nào.")

        planned = [0]

        def progress(done: int, total: int, text: str = "") -> None:
            planned[0] = total
            if text and not args.quiet:
                cli.out(f"  [{done + 1}/{total}] {text}")

        written = decisions.export_team_pdfs(
            actor, team_ids, out_dir=args.out_dir, combined_path=args.combined,
            progress=progress)
        if args.combined:
            cli.out(f"Đã ghi {planned[0]} quyết định của {len(team_ids)} Tổ vào {written[0]}.")
        else:
            cli.out(f"Đã ghi {len(written)} tệp PDF ({len(team_ids)} Tổ) vào {args.out_dir}.")
        return cli.EXIT_OK

    if args.delete:
        target = decisions.read_decision(actor, args.decision_id) if args.decision_id \
            else _draft_of(args.team_id)
        if target is None or target.status != "draft":
            raise cli.CliRefused("Không có dự thảo để xoá (quyết định đã ban hành không xoá "
                                 "được).")
        decisions.delete_draft(actor, target.id, expected_version=target.version)
        cli.out(f"Đã xoá dự thảo (mã {target.id}).")
        return cli.EXIT_OK
    info: decisions.DecisionInfo | None
    team_id: int = args.team_id or 0  # 0: --id names the decision, not a team
    if args.decision_id is not None:
        info = decisions.read_decision(actor, args.decision_id)
        team_draft = info if info.status == "draft" else None
    else:
        team_draft = _draft_of(team_id) if len(args.team_ids) == 1 else None
        info = team_draft
    base = info
    if base is None and args.add_legal_basis:  # added to the defaults a new draft gets
        kind = args.kind or decisions.proposed_kind(team_id)
        base = decisions.preview_new(kind, args.team_ids,
                                     signed_on=cli.parse_day(args.date) if args.date else None)
    fields = field_values(args, base)

    if args.issue:
        if not args.date:
            raise cli.CliRefused("Cần --date dd/mm/yyyy (ngày ký) để ban hành quyết định.")
        signed_on = cli.parse_day(args.date)
        if info is not None and args.decision_id is not None and info.status != "draft":
            raise cli.CliRefused(f"{info.label} đã ban hành; không ban hành lại.")
        if team_draft is not None:
            if args.kind and args.kind != team_draft.kind:
                raise cli.CliRefused(
                    f"Tổ đang có dự thảo quyết định {decisions.KIND_VERBS[team_draft.kind]} "
                    f"(mã {team_draft.id}); hãy ban hành hoặc xoá dự thảo đó trước.")
            issued = decisions.issue_decision(
                actor, team_draft.id, signed_on=signed_on, expected_version=team_draft.version,
                number=args.number, values=fields, confirm_out_of_order=args.force_number)
        else:
            kind = args.kind or decisions.proposed_kind(team_id)
            if not args.kind and kind == "kien_toan":
                cli.out("Tổ đã có quyết định thành lập: lập quyết định kiện toàn "
                         "(dùng --kind để chọn loại khác).")
            issued = decisions.issue_new(
                actor, kind, args.team_ids, signed_on=signed_on, values=fields,
                number=args.number, confirm_out_of_order=args.force_number)
        cli.out(f"Đã ban hành {issued.label} (mã {issued.id}); SHA-256 {issued.pdf_sha256}")
        if args.output:
            pdf.write_pdf_file(args.output, decisions.decision_pdf(actor, issued.id))
            cli.out(f"Tệp: {args.output}")
        return cli.EXIT_OK

    if fields:
        if info is None:
            kind = args.kind or decisions.proposed_kind(team_id)
            info = decisions.draft_decision(actor, kind, [team_id])
            cli.out(f"Đã tạo dự thảo quyết định {decisions.KIND_VERBS[kind]} (mã {info.id}).")
        elif info.status != "draft":
            raise cli.CliRefused(f"{info.label} đã ban hành nên không sửa được.")
        info = decisions.update_draft(actor, info.id, fields, info.version)
        cli.out(f"Đã lưu dự thảo (mã {info.id}).")
        problems = decisions.issue_check(info.id, info.signed_on or dt.date.today())
        if problems:
            from vn.messages import describe

            cli.out("Còn phải sửa trước khi ban hành:")
            for p in problems:
                cli.out(f"  - {describe(p)}")
    if args.output:
        if args.decision_id is not None:
            data = decisions.decision_pdf(actor, args.decision_id)
        else:
            data = decisions.team_pdf(actor, team_id)
        pdf.write_pdf_file(args.output, data)
        import hashlib

        cli.out(f"Đã ghi {args.output} (SHA-256 {hashlib.sha256(data).hexdigest()})")
    return cli.EXIT_OK


def cmd_decision_list(args: argparse.Namespace) -> int:
    from desktop import decisions

    cli.open_app_database(args)
    actor = cli.cli_actor(args)
    if args.team_id is not None:
        team_ids = [args.team_id]
    else:
        unit_id = resolve_unit_code(args.unit) if args.unit else decisions.default_scope(actor)
        team_ids = decisions.teams_of_unit(unit_id)
    seen: set[int] = set()
    status_words = {"draft": "dự thảo", "issued": "đang hiệu lực", "superseded": "đã bị thay thế",
                    "cancelled": "đã huỷ"}
    for team_id in team_ids:
        for d in decisions.decisions_for_team(team_id):
            if d.id in seen:
                continue
            decisions.check_read(actor, d.issuing_unit_id)
            seen.add(d.id)
            cli.out(f"{d.id}\t{d.label}\t{decisions.KIND_VERBS[d.kind]}\t"
                     f"{status_words.get(d.status, d.status)}\t{len(d.team_ids)} Tổ\t{d.subject}")
    if not seen:
        cli.out("Chưa có quyết định nào.")
    return cli.EXIT_OK


def _officials_from_args(args: argparse.Namespace, current) -> list[dict] | None:
    if args.chair is None and args.vice is None and not args.clear_officials:
        return None
    if args.clear_officials:
        return []
    chair = args.chair if args.chair is not None else next(
        (o.full_name for o in current if o.is_chair), None)
    vices = args.vice if args.vice is not None else [o.full_name for o in current
                                                     if not o.is_chair]
    out = []
    if chair:
        out.append({"full_name": chair, "title": "Chủ tịch", "authority": "CHỦ TỊCH",
                    "is_chair": True})
    out += [{"full_name": v, "title": "Phó Chủ tịch", "authority": "KT. CHỦ TỊCH"}
            for v in vices if v]
    return out


def _office_policy_changes(args: argparse.Namespace) -> dict[str, object]:
    """The office-wide settings the exports and the import use (``--export-citizen-id``,
    ``--join-age``), as ``desktop.office.set_office_settings`` takes them."""
    changes: dict[str, object] = {}
    if args.export_citizen_id is not None:
        changes["export_citizen_id"] = args.export_citizen_id == "on"
    if args.join_age is not None:
        low, sep, high = args.join_age.partition("-")
        if not (sep and low.strip().isdigit() and high.strip().isdigit()):
            raise cli.CliRefused(
                f'"{args.join_age}": ghi độ tuổi dạng TỐI_THIỂU-TỐI_ĐA, ví dụ 16-80.')
        changes["join_age_min"], changes["join_age_max"] = int(low), int(high)
    return changes


def cmd_office_set(args: argparse.Namespace) -> int:
    from desktop.errors_domain import ValidationFailed
    from desktop.office import (
        get_office,
        issuing_defaults,
        set_issuing_defaults,
        set_office_settings,
    )
    from vn.messages import describe

    cli.open_app_database(args)
    actor = cli.cli_actor(args)
    policy = _office_policy_changes(args)
    if policy:
        try:
            set_office_settings(actor, policy)
        except ValidationFailed as exc:
            raise cli.CliRefused("\n".join(describe(p) for p in exc.problems)) from exc
    unit_id = resolve_unit_code(args.unit) if args.unit else None
    office = get_office()
    if args.office_unit:
        from desktop.office import configure_office

        office_unit = resolve_unit_code(args.office_unit)
        kept = [{"full_name": o.full_name, "title": o.title, "authority": o.authority,
                 "is_chair": o.is_chair, "active": o.active}
                for o in (office.officials if office else ())]
        configure_office(actor, unit_id=office_unit,
                         catalogue=office.catalogue if office else "2025", officials=kept,
                         doc_symbol=office.doc_symbol if office else "QĐ-UBND",
                         expected_version=office.version if office else None)
        office = get_office()
        cli.out(f"Cơ quan: {office.name if office else ''}")
    if office is None:
        raise cli.CliRefused("Chưa khai báo cơ quan: dùng office-set --office-unit MÃ_ĐƠN_VỊ "
                             "(hoặc phần thiết lập ban đầu trong giao diện).")
    if unit_id is None:
        current = office.officials
    else:
        current = issuing_defaults(unit_id).officials if \
            issuing_defaults(unit_id).officials_source == "unit" else ()
    kwargs: dict = {"officials": _officials_from_args(args, current)}
    if args.legal_basis or args.clear_legal_bases:
        kwargs["legal_bases"] = [] if args.clear_legal_bases else list(args.legal_basis)
    if args.proposer is not None:
        kwargs["proposer"] = args.proposer
    if args.recipient:
        kwargs["recipients"] = list(args.recipient)
    if args.plan_number is not None:
        kwargs["plan_number"] = args.plan_number
    if args.plan_date is not None:
        kwargs["plan_date"] = cli.parse_day(args.plan_date) if args.plan_date else None
    if all(v is None for v in kwargs.values()) and len(kwargs) == 1 and (
            args.office_unit or policy):
        if policy:
            cli.out("Đã lưu.")
        return _show(unit_id)
    if all(v is None for v in kwargs.values()) and len(kwargs) == 1:
        cli.err("Không có gì để đặt: dùng --chair, --vice, --plan-number, --plan-date, "
                 "--legal-basis, --proposer, --recipient, --export-citizen-id hoặc --join-age.")
        return cli.EXIT_USAGE
    set_issuing_defaults(actor, unit_id, **kwargs)
    cli.out("Đã lưu.")
    return _show(unit_id)


def _show(unit_id: int | None) -> int:
    from db.units import get_unit
    from desktop.office import get_office, issuing_defaults

    office = get_office()
    if office is None:
        raise cli.CliRefused("Chưa khai báo cơ quan.")
    _show_policy()
    target = unit_id or office.unit_id
    if target is None:
        cli.out(f"Cơ quan: {office.name}")
        for o in office.officials:
            cli.out(f"  {'Chủ tịch' if o.is_chair else o.title}: {o.full_name}")
        return cli.EXIT_OK
    d = issuing_defaults(target, office)
    unit = get_unit(target)
    cli.out(f"Đơn vị ban hành: {unit.name if unit else target}")
    if not d.officials:
        cli.out("  Người ký: chưa khai báo (office-set --unit MÃ --chair \"Họ tên\")")
    for o in d.officials:
        cli.out(f"  {'Chủ tịch' if o.is_chair else o.title}: {o.full_name}")
    plan = f"{d.plan_number} ngày {format_day(d.plan_date)}" if d.plan_number and d.plan_date \
        else "chưa khai báo (--plan-number, --plan-date)"
    cli.out(f"  Kế hoạch của tỉnh: {plan}")
    if d.legal_bases:
        cli.out("  Căn cứ riêng:")
        for b in d.legal_bases:
            cli.out(f"    - {b}")
    if d.proposer:
        cli.out(f"  {d.proposer}")
    return cli.EXIT_OK


def _show_policy() -> None:
    from desktop.office import office_setting

    on = "bật" if office_setting("export_citizen_id") else "tắt"
    cli.out(f"Xuất số CCCD: {on}.")
    cli.out(
        f"Tuổi khi tham gia Tổ: {office_setting('join_age_min')}–{office_setting('join_age_max')}.")


def cmd_office_show(args: argparse.Namespace) -> int:
    cli.open_app_database(args)
    cli.cli_actor(args)
    return _show(resolve_unit_code(args.unit) if args.unit else None)


def register(sub, common) -> None:
    p = sub.add_parser("decision", parents=[common],
                       help="in, soạn hoặc ban hành Quyết định (PDF) của một Tổ, "
                            "hoặc in mọi quyết định của một đơn vị")
    p.add_argument("team_id", nargs="?", type=int, help="mã số Tổ")
    p.add_argument("--id", dest="decision_id", type=int, help="mã quyết định (in lại)")
    p.add_argument("--teams", help="nhiều Tổ cùng xã trong một quyết định: 12,13,14 (với --issue)")
    p.add_argument("-o", "--output", help="tệp PDF đích")
    p.add_argument("--all", action="store_true",
                   help="mọi Tổ của đơn vị --unit (mặc định: phạm vi của người dùng/cơ quan)")
    p.add_argument("--unit", help="mã đơn vị hành chính (xã, tỉnh)")
    p.add_argument("--out-dir", help="thư mục ghi mỗi quyết định một tệp (không ghi đè)")
    p.add_argument("--combined", help="ghi tất cả vào một tệp PDF (mỗi quyết định một lần)")
    p.add_argument("--issue", action="store_true", help="ban hành (cấp số) quyết định")
    p.add_argument("--delete", action="store_true", help="xoá dự thảo của Tổ (hoặc --id)")
    p.add_argument("--kind", choices=["thanh_lap", "kien_toan", "giai_the"],
                   help="loại quyết định khi tạo mới (mặc định: kiện toàn nếu Tổ đã thành lập)")
    p.add_argument("--date", help="ngày ký dd/mm/yyyy (khi --issue)")
    p.add_argument("--number", type=int, help="số do văn thư cấp (mặc định: số tiếp theo)")
    p.add_argument("--force-number", action="store_true",
                   help="xác nhận số văn thư không theo thứ tự ngày")
    g = p.add_argument_group("nội dung (như trình soạn quyết định)")
    g.add_argument("--subject", help="trích yếu \"Về việc …\"")
    g.add_argument("--signer", help="họ tên người ký")
    g.add_argument("--signer-title", help="chức vụ người ký khi ký thay (PHÓ CHỦ TỊCH)")
    g.add_argument("--authority", help="thẩm quyền ký (CHỦ TỊCH, KT. CHỦ TỊCH)")
    g.add_argument("--symbol", help="ký hiệu (QĐ-UBND)")
    g.add_argument("--legal-basis", action="append",
                   help="một dòng căn cứ (lặp lại; thay cả danh sách)")
    g.add_argument("--add-legal-basis", action="append", help="thêm một dòng căn cứ")
    g.add_argument("--proposer", help="\"Theo đề nghị của …\"")
    g.add_argument("--recipient", action="append", help="một nơi nhận (lặp lại; thay cả danh sách)")
    g.add_argument("--articles", help="tệp các điều (JSON, hoặc văn bản: các điều cách nhau "
                                      "bằng dòng ---, dòng đầu \"# Tiêu đề\" nếu có)")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=cmd_decision)

    p = sub.add_parser("decision-list", parents=[common], help="danh sách quyết định")
    p.add_argument("team_id", nargs="?", type=int, help="mã số Tổ")
    p.add_argument("--unit", help="mã đơn vị (mặc định: phạm vi của người dùng/cơ quan)")
    p.set_defaults(func=cmd_decision_list)

    p = sub.add_parser("office-set", parents=[common],
                       help="người ký và căn cứ mặc định của quyết định (cả cơ quan hoặc một xã)")
    p.add_argument("--office-unit", help="đặt (hoặc đổi) đơn vị mà cơ quan phục vụ (xã, tỉnh)")
    p.add_argument("--unit", help="mã đơn vị ban hành (xã); bỏ trống: cả cơ quan")
    p.add_argument("--chair", help="họ tên Chủ tịch")
    p.add_argument("--vice", action="append", help="họ tên Phó Chủ tịch (lặp lại)")
    p.add_argument("--clear-officials", action="store_true", help="xoá người ký của đơn vị")
    p.add_argument("--plan-number", help="số Kế hoạch của tỉnh (125 hoặc 125/KH-UBND)")
    p.add_argument("--plan-date", help="ngày Kế hoạch của tỉnh dd/mm/yyyy")
    p.add_argument("--legal-basis", action="append",
                   help="một dòng căn cứ (lặp lại; thay danh sách mặc định; có thể dùng "
                        "{commune}, {province}, {plan})")
    p.add_argument("--clear-legal-bases", action="store_true",
                   help="dùng lại danh sách căn cứ mặc định")
    p.add_argument("--proposer", help="\"Theo đề nghị của …\"")
    p.add_argument("--recipient", action="append", help="một nơi nhận (lặp lại)")
    p.add_argument("--export-citizen-id", choices=["on", "off"],
                   help="cho phép xuất số CCCD (chỉ tài khoản được xem số CCCD)")
    p.add_argument("--join-age", help="độ tuổi khi tham gia Tổ, ví dụ 16-80")
    p.set_defaults(func=cmd_office_set)

    p = sub.add_parser("office-show", parents=[common],
                       help="xem người ký và căn cứ mặc định (cả cơ quan hoặc một xã)")
    p.add_argument("--unit", help="mã đơn vị ban hành (xã)")
    p.set_defaults(func=cmd_office_show)
