"""Decisions: establishment (thành lập), amendment (kiện toàn) and dissolution (giải thể).

A decision starts as a draft for one team or several teams of one commune, with legal
bases, articles and recipients filled from the office's templates (editable per decision).
Issuing it, in one transaction:
- allocates the number from ``decision_counter`` (per issuing unit, symbol and calendar
  year: 01, 02, … restarting on 1 January; the unique index on the decision is the last
  guard, so two clerks issuing at the same moment never share a number);
- freezes the member list into ``snapshot`` and renders the PDF, storing its bytes and
  SHA-256;
- makes memberships take effect from it (start decision/date of the members it names;
  a dissolution ends every open membership and dissolves the team);
- marks the earlier decisions of the same teams superseded.
An issued decision is never edited again; only a later decision supersedes it.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import peewee as pw

from db.connection import database, write_transaction
from db.models import (
    Decision,
    DecisionCounter,
    DecisionFile,
    DecisionTeam,
    Membership,
    Team,
    utcnow,
)
from db.office import OfficeInfo, get_office
from db.units import get_unit
from desktop._common import as_dict, audit, check_write
from desktop.context import Actor
from desktop.errors_domain import DomainError, NotFound, StaleRecord
from desktop.teams import get_team, team_members
from exports import decision_pdf as pdf
from vn.dates import as_date, nd30_month
from vn.text import clean_text, fold

KINDS = ("thanh_lap", "kien_toan", "giai_the")
KIND_VERBS = {"thanh_lap": "thành lập", "kien_toan": "kiện toàn", "giai_the": "giải thể"}
TEAM_WORDS = "Tổ công nghệ số cộng đồng"

DEFAULT_LEGAL_BASES = [
    "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025",
    "Căn cứ Văn bản số 793/BTTTT-THH ngày 05 tháng 3 năm 2022 của Bộ Thông tin và Truyền "
    "thông về việc hướng dẫn thí điểm triển khai Tổ công nghệ số cộng đồng tại các địa phương",
    "Căn cứ Kế hoạch số ……/KH-UBND ngày …… tháng …… năm …… của Ủy ban nhân dân {province} "
    "về triển khai Tổ công nghệ số cộng đồng",
]
DEFAULT_PROPOSER = "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội"
DEFAULT_TASKS = [
    "1. Tuyên truyền, phổ biến chủ trương, chính sách của Đảng, pháp luật của Nhà nước về "
    "chuyển đổi số đến từng hộ gia đình; thông tin về kế hoạch và kết quả chuyển đổi số của "
    "địa phương.",
    "2. Hướng dẫn người dân cài đặt, sử dụng các nền tảng số, dịch vụ công trực tuyến, ứng "
    "dụng định danh điện tử VNeID, thương mại điện tử, thanh toán không dùng tiền mặt, kỹ "
    "năng bảo vệ bản thân trên môi trường mạng và các kỹ năng số cơ bản.",
    "3. Tham gia đầy đủ các lớp tập huấn, bồi dưỡng kỹ năng số; định kỳ báo cáo kết quả hoạt "
    "động về Ủy ban nhân dân {commune}.",
    "Tổ trưởng phân công nhiệm vụ cụ thể cho các thành viên. Các thành viên hoạt động theo chế "
    "độ kiêm nhiệm.",
]
DEFAULT_RECIPIENTS = [
    "Như Điều 3",
    "Sở Khoa học và Công nghệ {province}",
    "Thường trực Đảng ủy, HĐND {commune}",
    "Chủ tịch, các Phó Chủ tịch UBND {commune}",
    "Lưu: VT, VHXH",
]

DRAFT_FIELDS = ("subject", "legal_bases", "proposer", "articles", "recipients",
                "signer_name", "signer_title", "authority", "signed_on", "symbol")


class DecisionError(DomainError):
    def __init__(self, code: str, **params):
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class DecisionInfo:
    id: int
    kind: str
    issuing_unit_id: int
    issuing_unit_name: str
    year: int
    number: int | None
    symbol: str
    signed_on: dt.date | None
    subject: str
    signer_name: str
    signer_title: str
    authority: str
    legal_bases: tuple[str, ...]
    proposer: str
    articles: tuple[tuple[str, tuple[str, ...]], ...]  # (title without "Điều N.", paragraphs)
    recipients: tuple[str, ...]
    status: str
    team_ids: tuple[int, ...]
    pdf_sha256: str | None
    version: int
    superseded_by: int | None = None
    snapshot: dict = field(default_factory=dict)  # {"version": 1, "teams": [...]}

    def snapshot_members(self) -> list[dict]:
        return [m for t in self.snapshot.get("teams", []) for m in t.get("members", [])]

    @property
    def label(self) -> str:
        """"Quyết định số 05/QĐ-UBND ngày 05/3/2026" or "Dự thảo quyết định"."""
        return decision_label(self.number, self.symbol, self.signed_on)


def decision_label(number: int | None, symbol: str, signed_on: dt.date | None) -> str:
    """"Quyết định số 05/QĐ-UBND ngày 05/3/2026" (ND30: leading zeros for numbers and days
    below 10 and for months 1-2), or "Dự thảo quyết định" without a number."""
    if number is None:
        return "Dự thảo quyết định"
    text = f"Quyết định số {pdf.format_number(number, symbol)}"
    if signed_on:
        text += f" ngày {signed_on.day:02d}/{nd30_month(signed_on.month)}/{signed_on.year}"
    return text


# --- reading -------------------------------------------------------------------------------


def _loads(text, default):
    try:
        return json.loads(text) if text else default
    except ValueError:
        return default


def get_decision(decision_id: int) -> DecisionInfo:
    row = Decision.get_or_none(Decision.id == decision_id)
    if row is None:
        raise NotFound("decision", decision_id)
    team_ids = tuple(
        t for (t,) in DecisionTeam.select(DecisionTeam.team)
        .where(DecisionTeam.decision == decision_id).order_by(DecisionTeam.id).tuples()
    )
    unit = get_unit(row.issuing_unit_id)
    articles = tuple(
        (a.get("title", ""), tuple(a.get("paragraphs", ()))) for a in _loads(row.articles, [])
    )
    return DecisionInfo(
        id=row.id, kind=row.kind, issuing_unit_id=row.issuing_unit_id,
        issuing_unit_name=unit.name if unit else "", year=row.year, number=row.number,
        symbol=row.symbol, signed_on=as_date(row.signed_on), subject=row.subject,
        signer_name=row.signer_name, signer_title=row.signer_title, authority=row.authority,
        legal_bases=tuple(_loads(row.legal_bases, [])), proposer=row.proposer,
        articles=articles, recipients=tuple(_loads(row.recipients, [])), status=row.status,
        team_ids=team_ids, pdf_sha256=row.pdf_sha256, version=row.version,
        superseded_by=row.superseded_by_id,
        snapshot=_loads(row.snapshot, {}) or {},
    )


def decisions_for_team(team_id: int) -> list[DecisionInfo]:
    ids = [
        d for (d,) in DecisionTeam.select(DecisionTeam.decision)
        .where(DecisionTeam.team == team_id).tuples()
    ]
    found = [get_decision(i) for i in ids]
    return sorted(found, key=lambda d: (d.signed_on or dt.date.max, d.id), reverse=True)


# --- drafting -------------------------------------------------------------------------------


def _unit_phrase(unit) -> str:
    """"xã Hợp Thành", "phường Đông Kinh", "Thành phố Hà Nội" (ND30 capitalisation)."""
    if unit is None:
        return ""
    if unit.level == "province":
        return unit.name if unit.kind == "Thành phố" else f"tỉnh {unit.short_name}"
    kind = unit.kind or ""
    if unit.short_name.isdigit():  # "Phường 5": the common noun keeps its capital
        return f"{kind} {unit.short_name}".strip()
    return f"{kind.lower()} {unit.short_name}".strip()


def _village_phrase(village_name: str) -> str:
    """"thôn Nà Sla", "tổ dân phố Tân Tiến", but "Tổ dân phố 21", "Khu 3" (ND30: the
    common noun keeps its capital before a number)."""
    from desktop.units import split_village_name

    kind, short, full = split_village_name(village_name)
    if not kind or not short or short.split(" ")[0].isdigit():
        return full or village_name
    return f"{kind.lower()} {short}"


def _signer_for(office: OfficeInfo | None, official_id: int | None) -> tuple[str, str, str]:
    officials = [o for o in (office.officials if office else ()) if o.active]
    chosen = None
    if official_id is not None:
        chosen = next((o for o in officials if o.id == official_id), None)
    if chosen is None:
        chosen = next((o for o in officials if o.is_chair), officials[0] if officials else None)
    if chosen is None:
        return "", "", "CHỦ TỊCH"
    if chosen.is_chair:
        return chosen.full_name, "", chosen.authority or "CHỦ TỊCH"
    title = (chosen.title or "Phó Chủ tịch").upper()
    return chosen.full_name, title, chosen.authority or "KT. CHỦ TỊCH"


def default_texts(kind: str, teams: Sequence, commune, province, *,
                  previous: DecisionInfo | None = None) -> dict:
    """Subject, legal bases, articles and recipients for a new draft."""
    commune_p = _unit_phrase(commune)
    province_p = _unit_phrase(province) if province else "tỉnh ……"
    verb = KIND_VERBS[kind]
    if len(teams) == 1:
        where = f"{_village_phrase(teams[0].village_name)}, {commune_p}"
        subject = f"Về việc {verb} {TEAM_WORDS} {_village_phrase(teams[0].village_name)}"
    else:
        where = f"trên địa bàn {commune_p}"
        subject = f"Về việc {verb} các {TEAM_WORDS} trên địa bàn {commune_p}"
    fill = {"commune": commune_p, "province": province_p}
    bases = [b.format(**fill) for b in DEFAULT_LEGAL_BASES]
    if previous is not None and previous.number is not None:
        bases.append(
            f"Căn cứ {previous.label.replace('ngày', 'ngày', 1)} của Chủ tịch Ủy ban nhân dân "
            f"{commune_p} về việc {KIND_VERBS[previous.kind]} {TEAM_WORDS}"
        )
    tasks = [t.format(**fill) for t in DEFAULT_TASKS]
    executors = (
        f"Chánh Văn phòng HĐND và UBND {commune_p}, Trưởng phòng Văn hóa - Xã hội, "
        f"Trưởng thôn, Tổ trưởng tổ dân phố có liên quan và các ông (bà) có tên tại Điều 1 "
        f"chịu trách nhiệm thi hành Quyết định này."
    )
    if kind == "giai_the":
        articles = [
            ("", [f"Giải thể {TEAM_WORDS} {where} kể từ ngày ký Quyết định này."]),
            ("", ["Các thành viên của Tổ thôi làm nhiệm vụ; Tổ trưởng bàn giao tài "
                         "liệu, hồ sơ liên quan cho Ủy ban nhân dân " + commune_p + "."]),
            ("", ["Quyết định này có hiệu lực kể từ ngày ký. " + executors]),
        ]
    else:
        first = (
            f"{'Thành lập' if kind == 'thanh_lap' else 'Kiện toàn'} {TEAM_WORDS} {where} "
            f"gồm các ông (bà) có tên trong danh sách kèm theo Quyết định này."
        )
        effect = "Quyết định này có hiệu lực kể từ ngày ký."
        if previous is not None and previous.number is not None:
            effect = (
                f"Quyết định này có hiệu lực kể từ ngày ký và thay thế {previous.label} "
                f"của Chủ tịch Ủy ban nhân dân {commune_p}."
            )
        articles = [
            ("", [first]),
            ("Nhiệm vụ của Tổ công nghệ số cộng đồng", tasks),
            ("", [f"{effect} {executors}"]),
        ]
    recipients = [r.format(**fill) for r in DEFAULT_RECIPIENTS]
    return {
        "subject": subject,
        "legal_bases": bases,
        "proposer": DEFAULT_PROPOSER,
        "articles": [{"title": t, "paragraphs": list(p)} for t, p in articles],
        "recipients": recipients,
    }


def _teams_and_commune(team_ids: Sequence[int]):
    if not team_ids:
        raise DecisionError("decision.no_team")
    teams = [get_team(t) for t in team_ids]
    communes = {t.commune_id for t in teams}
    if len(communes) != 1 or None in communes:
        raise DecisionError("decision.teams_in_several_communes")
    commune = get_unit(teams[0].commune_id)
    province = commune
    while province is not None and province.level != "province":
        province = get_unit(province.parent_id) if province.parent_id else None
    return teams, commune, province


def _latest_issued(team_ids: Sequence[int]) -> DecisionInfo | None:
    found = [d for t in team_ids for d in decisions_for_team(t)
             if d.status == "issued" and d.kind != "giai_the"]
    return max(found, key=lambda d: (d.signed_on or dt.date.min, d.id)) if found else None


def draft_decision(
    actor: Actor,
    kind: str,
    team_ids: Sequence[int],
    *,
    official_id: int | None = None,
    signed_on: dt.date | None = None,
) -> DecisionInfo:
    """A new draft for one or several teams of one commune, with the default texts."""
    if kind not in KINDS:
        raise DecisionError("decision.bad_kind", kind=kind)
    teams, commune, province = _teams_and_commune(team_ids)
    for t in teams:
        check_write(actor, t.village_id)
    office = get_office()
    previous = _latest_issued(team_ids) if kind != "thanh_lap" else None
    texts = default_texts(kind, teams, commune, province, previous=previous)
    # The office's officials sign only the office's own decisions: a province office
    # preparing a commune's decision leaves the commune Chairman's name to be typed.
    own = office is not None and (office.unit_id == commune.id or official_id is not None)
    signer_name, signer_title, authority = _signer_for(office if own else None, official_id)
    symbol = office.doc_symbol if office else "QĐ-UBND"
    with write_transaction():
        decision_id = Decision.insert(
            kind=kind, issuing_unit=commune.id, year=(signed_on or dt.date.today()).year,
            number=None, symbol=symbol, signed_on=signed_on, subject=texts["subject"],
            signer_name=signer_name, signer_title=signer_title, authority=authority,
            legal_bases=json.dumps(texts["legal_bases"], ensure_ascii=False),
            proposer=texts["proposer"],
            articles=json.dumps(texts["articles"], ensure_ascii=False),
            recipients=json.dumps(texts["recipients"], ensure_ascii=False),
            status="draft",
        ).execute()
        for t in teams:
            DecisionTeam.insert(decision=decision_id, team=t.id).execute()
        info = get_decision(decision_id)
        audit(actor, "create", "decision", decision_id, unit_id=commune.id, after=info)
    return info


def update_draft(actor: Actor, decision_id: int, values: dict, expected_version: int
                 ) -> DecisionInfo:
    """Edit a draft's texts and signer; an issued decision is refused."""
    current = get_decision(decision_id)
    check_write(actor, current.issuing_unit_id)
    if current.status != "draft":
        raise DecisionError("decision.frozen", label=current.label)
    data: dict = {}
    for key, value in values.items():
        if key not in DRAFT_FIELDS:
            raise DecisionError("decision.bad_field", field=key)
        if key in ("legal_bases", "recipients"):
            data[key] = json.dumps([clean_text(v) for v in value if clean_text(v)],
                                   ensure_ascii=False)
        elif key == "articles":
            data[key] = json.dumps(
                [{"title": clean_text(t), "paragraphs": [clean_text(p) for p in ps if clean_text(p)]}
                 for t, ps in ((a["title"], a["paragraphs"]) if isinstance(a, dict) else a
                               for a in value)],
                ensure_ascii=False,
            )
        elif key == "signed_on":
            data[key] = value
            if value is not None:
                data["year"] = value.year
        else:
            data[key] = clean_text(value)
    with write_transaction():
        updated = (
            Decision.update(**data, version=Decision.version + 1, updated_at=utcnow())
            .where((Decision.id == decision_id) & (Decision.version == expected_version)
                   & (Decision.status == "draft"))
            .execute()
        )
        if not updated:
            raise StaleRecord("decision", decision_id, as_dict(get_decision(decision_id)))
        after = get_decision(decision_id)
        audit(actor, "update", "decision", decision_id, unit_id=current.issuing_unit_id,
              before=current, after=after)
    return after


def delete_draft(
    actor: Actor, decision_id: int, *, expected_version: int
) -> None:
    """Delete a draft; ``expected_version`` (the version the clerk saw) refuses with
    ``StaleRecord`` when someone edited or issued it since."""
    current = get_decision(decision_id)
    check_write(actor, current.issuing_unit_id)
    if current.status != "draft":
        raise DecisionError("decision.frozen", label=current.label)
    with write_transaction():
        deleted = Decision.delete().where(
            (Decision.id == decision_id) & (Decision.status == "draft")
            & (Decision.version == expected_version)
        ).execute()
        if not deleted:
            raise StaleRecord("decision", decision_id, as_dict(get_decision(decision_id)))
        audit(actor, "delete", "decision", decision_id, unit_id=current.issuing_unit_id,
              before=current)


# --- the document -----------------------------------------------------------------------------


SEX_LABELS = {"nam": "Nam", "nu": "Nữ"}


def _member_entry(m) -> dict:
    return {
        "membership_id": m.membership_id, "person_id": m.person_id, "full_name": m.full_name,
        "role": m.role, "role_label": m.role_label, "birth": m.birth, "sex": m.sex or "",
        "position": m.position, "organisation": m.organisation, "phone": m.phone or "",
    }


def _snapshot(team_ids: Sequence[int], at: dt.date | None) -> dict:
    """The frozen member list: team and village names too, as they were on the day."""
    teams_out = []
    for team_id in team_ids:
        team = get_team(team_id)
        teams_out.append({
            "team_id": team_id, "team_name": team.name, "village_id": team.village_id,
            "village_name": team.village_name,
            "members": [_member_entry(m) for m in team_members(team_id, at)],
        })
    return {"version": 1, "teams": teams_out}


def _position_text(member: dict) -> str:
    position, organisation = member.get("position") or "", member.get("organisation") or ""
    if organisation and fold(organisation) not in fold(position):
        return f"{position}, {organisation}" if position else organisation
    return position


def _issuing_lines(commune) -> list[str]:
    return ["ỦY BAN NHÂN DÂN", _unit_phrase(commune).upper()]


def build_document(info: DecisionInfo, *, snapshot: dict | None = None
                   ) -> pdf.DecisionDocument:
    """The plain document the PDF writer takes: from the snapshot once issued, else from
    the current members (a draft prints with the DỰ THẢO mark)."""
    commune = get_unit(info.issuing_unit_id)
    if snapshot is None:
        snapshot = (_snapshot(info.team_ids, info.signed_on) if info.status == "draft"
                    else info.snapshot)
    commune_p = _unit_phrase(commune)
    issuer = f"Chủ tịch UBND {commune_p}"
    lists = []
    if info.kind != "giai_the":
        for team in snapshot.get("teams", []):
            title = (f"DANH SÁCH THÀNH VIÊN {TEAM_WORDS} "
                     f"{_village_phrase(team.get('village_name', ''))}").upper()
            rows = [pdf.MemberRow(full_name=m["full_name"], birth=m.get("birth", ""),
                                  sex=SEX_LABELS.get(m.get("sex", ""), ""),
                                  position=_position_text(m),
                                  role=m.get("role_label", ""), phone=m.get("phone", ""))
                    for m in team.get("members", [])]
            lists.append(pdf.MemberList(title=title, rows=rows))
    office = get_office()
    doc = pdf.DecisionDocument(
        issuing_body=_issuing_lines(commune),
        year=info.year,
        place=(office.place_name if office and office.unit_id == commune.id else "")
        or commune.short_name,
        subject=info.subject,
        authority=f"CHỦ TỊCH ỦY BAN NHÂN DÂN {commune_p}".upper(),
        legal_bases=list(info.legal_bases),
        articles=[pdf.Article(t, list(p)) for t, p in info.articles],
        recipients=list(info.recipients),
        signer=pdf.SignerBlock(authority=info.authority, title=info.signer_title,
                               name=info.signer_name),
        number=info.number,
        signed_on=info.signed_on,
        symbol=info.symbol,
        proposer=info.proposer,
        is_draft=info.status == "draft",
        member_lists=lists,
    )
    subtitle = pdf.attachment_note(doc, issuer)
    doc.member_lists = [pdf.MemberList(title=m.title, subtitle=subtitle, rows=m.rows)
                        for m in lists]
    return doc


def decision_pdf(decision_id: int) -> bytes:
    """The PDF bytes: the stored file of an issued decision, else a fresh rendering."""
    stored = DecisionFile.get_or_none(DecisionFile.decision == decision_id)
    if stored is not None:
        return bytes(stored.data)
    return pdf.decision_pdf_bytes(build_document(get_decision(decision_id)))


# --- issuing ----------------------------------------------------------------------------------


def _next_number(unit_id: int, year: int, symbol: str, wanted: int | None) -> int:
    """Allocate inside the issuing transaction. The upsert is atomic on both databases;
    on SQLite the transaction already holds the write lock (BEGIN IMMEDIATE)."""
    db = database.obj
    p = db.param
    if wanted is None:
        cursor = db.execute_sql(
            "INSERT INTO decision_counter (issuing_unit_id, year, symbol, last_number) "
            f"VALUES ({p}, {p}, {p}, 1) ON CONFLICT (issuing_unit_id, year, symbol) "
            "DO UPDATE SET last_number = decision_counter.last_number + 1 "
            "RETURNING last_number",
            (unit_id, year, symbol),
        )
        return int(cursor.fetchone()[0])
    db.execute_sql(
        "INSERT INTO decision_counter (issuing_unit_id, year, symbol, last_number) "
        f"VALUES ({p}, {p}, {p}, {p}) ON CONFLICT (issuing_unit_id, year, symbol) "
        "DO UPDATE SET last_number = CASE WHEN decision_counter.last_number < excluded.last_number "
        "THEN excluded.last_number ELSE decision_counter.last_number END",
        (unit_id, year, symbol, wanted),
    )
    return wanted


def issue_decision(
    actor: Actor,
    decision_id: int,
    *,
    signed_on: dt.date,
    expected_version: int,
    number: int | None = None,
) -> DecisionInfo:
    """Issue a draft: number, freeze, render, store the hash, make memberships take effect.

    ``number`` is for a number the văn thư already gave on paper; by default the next one.
    """
    current = get_decision(decision_id)
    check_write(actor, current.issuing_unit_id)
    if current.status != "draft":
        raise DecisionError("decision.frozen", label=current.label)
    if not current.signer_name:
        raise DecisionError("decision.no_signer")
    if number is not None and number < 1:
        raise DecisionError("decision.bad_number", number=number)
    if current.kind != "giai_the":
        empty = [t for t in current.team_ids if not team_members(t, signed_on)]
        if empty:
            raise DecisionError("decision.team_without_members", team=get_team(empty[0]).name)
    year = signed_on.year
    try:
        with write_transaction():
            allocated = _next_number(current.issuing_unit_id, year, current.symbol, number)
            snapshot = _snapshot(current.team_ids, signed_on)
            named = [m["membership_id"] for t in snapshot["teams"] for m in t["members"]]
            updated = (
                Decision.update(
                    number=allocated, year=year, signed_on=signed_on, status="issued",
                    snapshot=json.dumps(snapshot, ensure_ascii=False), issued_at=utcnow(),
                    version=Decision.version + 1, updated_at=utcnow(),
                )
                .where((Decision.id == decision_id) & (Decision.version == expected_version)
                       & (Decision.status == "draft"))
                .execute()
            )
            if not updated:
                raise StaleRecord("decision", decision_id, as_dict(get_decision(decision_id)))
            issued = get_decision(decision_id)
            data = pdf.decision_pdf_bytes(build_document(issued, snapshot=snapshot))
            sha = hashlib.sha256(data).hexdigest()
            Decision.update(pdf_sha256=sha).where(Decision.id == decision_id).execute()
            DecisionFile.insert(decision=decision_id, data=data, sha256=sha).execute()
            _take_effect(issued, set(named), signed_on)
            _supersede_earlier(issued)
            after = get_decision(decision_id)
            audit(actor, "issue", "decision", decision_id, unit_id=current.issuing_unit_id,
                  before={"status": "draft"},
                  after={"number": allocated, "year": year, "signed_on": signed_on,
                         "pdf_sha256": sha, "members": len(named)})
    except pw.IntegrityError as exc:
        raise DecisionError("decision.number_taken",
                            number=number if number is not None else "", year=year,
                            symbol=current.symbol) from exc
    return after


def _take_effect(issued: DecisionInfo, named: set[int], on: dt.date) -> None:
    now = utcnow()
    for team_id in issued.team_ids:
        if issued.kind == "giai_the":
            Membership.update(end_date=on, end_decision=issued.id, end_reason="Giải thể Tổ",
                              version=Membership.version + 1, updated_at=now).where(
                (Membership.team == team_id) & Membership.end_date.is_null()).execute()
            Team.update(status="dissolved", dissolved_on=on, version=Team.version + 1,
                        updated_at=now).where(Team.id == team_id).execute()
            continue
        # the members it names take effect from it
        Membership.update(start_decision=issued.id, version=Membership.version + 1,
                          updated_at=now).where(
            Membership.id.in_(list(named)) & Membership.start_decision.is_null()).execute()
        Membership.update(start_date=on).where(
            Membership.id.in_(list(named)) & Membership.start_date.is_null()).execute()
        # memberships ended since the last decision are ended by this one (kiện toàn)
        Membership.update(end_decision=issued.id).where(
            (Membership.team == team_id) & Membership.end_date.is_null(False)
            & (Membership.end_date <= on) & Membership.end_decision.is_null()
            & Membership.id.not_in(list(named) or [0])).execute()
        team = Team.get_by_id(team_id)
        changes = {}
        if team.status == "planned":
            changes["status"] = "active"
        if issued.kind == "thanh_lap" and team.established_on is None:
            changes["established_on"] = on
        if changes:
            Team.update(**changes, version=Team.version + 1, updated_at=now).where(
                Team.id == team_id).execute()


def _supersede_earlier(issued: DecisionInfo) -> None:
    teams = set(issued.team_ids)
    for team_id in issued.team_ids:
        for d in decisions_for_team(team_id):
            earlier = d.signed_on is None or issued.signed_on is None or (
                (d.signed_on, d.id) < (issued.signed_on, issued.id))
            if d.id != issued.id and d.status == "issued" and earlier and set(d.team_ids) <= teams:
                Decision.update(status="superseded", superseded_by=issued.id).where(
                    Decision.id == d.id).execute()


# --- batches ----------------------------------------------------------------------------------


def teams_of_unit(unit_id: int) -> list[int]:
    from desktop.teams import list_teams

    return [t.id for t in list_teams(unit_id)]


def document_for_team(team_id: int) -> pdf.DecisionDocument:
    """What "print the decision of this team" means: its open draft, else its latest issued
    decision, else a preview (DỰ THẢO) of an establishment decision that is not saved."""
    decisions = decisions_for_team(team_id)
    draft = next((d for d in decisions if d.status == "draft"), None)
    if draft is not None:
        return build_document(draft)
    issued = next((d for d in decisions if d.status in ("issued",)), None)
    if issued is not None:
        return build_document(issued)
    teams, commune, province = _teams_and_commune([team_id])
    office = get_office()
    texts = default_texts("thanh_lap", teams, commune, province)
    signer_name, signer_title, authority = _signer_for(office, None)
    preview = DecisionInfo(
        id=0, kind="thanh_lap", issuing_unit_id=commune.id, issuing_unit_name=commune.name,
        year=dt.date.today().year, number=None,
        symbol=office.doc_symbol if office else "QĐ-UBND", signed_on=None,
        subject=texts["subject"], signer_name=signer_name, signer_title=signer_title,
        authority=authority, legal_bases=tuple(texts["legal_bases"]),
        proposer=texts["proposer"],
        articles=tuple((a["title"], tuple(a["paragraphs"])) for a in texts["articles"]),
        recipients=tuple(texts["recipients"]), status="draft", team_ids=(team_id,),
        pdf_sha256=None, version=0,
    )
    return build_document(preview)


def export_team_pdfs(
    team_ids: Sequence[int],
    *,
    out_dir=None,
    combined_path=None,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[str]:
    """One PDF per team in a folder, or every team's in one combined PDF.

    Issued decisions are written as stored (byte for byte); the rest are rendered.
    Returns the files written; a cancelled batch leaves no combined file half-written.
    """
    from pathlib import Path

    from exports.errors import Cancelled

    total = len(team_ids)
    written: list[str] = []
    docs: list[pdf.DecisionDocument] = []
    for i, team_id in enumerate(team_ids):
        if cancelled and cancelled():
            raise Cancelled()
        team = get_team(team_id)
        if progress:
            progress(i, total, team.name)
        if combined_path is not None:
            docs.append(document_for_team(team_id))
            continue
        decisions = decisions_for_team(team_id)
        issued = next((d for d in decisions if d.status == "issued"), None)
        name = _safe_filename(f"{team.village_name} - {team.name}") + ".pdf"
        target = Path(out_dir) / name
        target.parent.mkdir(parents=True, exist_ok=True)
        stored = DecisionFile.get_or_none(DecisionFile.decision == issued.id) if issued else None
        if stored is not None and not any(d.status == "draft" for d in decisions):
            pdf.write_pdf_file(target, bytes(stored.data))
        else:
            pdf.render_decision(document_for_team(team_id), target)
        written.append(str(target))
    if combined_path is not None:
        def on_progress(done: int, all_: int):
            if progress:
                progress(done, all_, "")
            return not (cancelled and cancelled())

        try:
            pdf.render_decisions_combined(docs, combined_path, on_progress)
        except pdf.RenderCancelled as exc:
            raise Cancelled() from exc
        written.append(str(combined_path))
    if progress:
        progress(total, total, "")
    return written


def _safe_filename(text: str) -> str:
    bad = '<>:"/\\|?*'
    return "".join("_" if c in bad or ord(c) < 32 else c for c in text).strip(" .")[:150]


# --- for the GUI (small wrappers so ``ui/`` never imports ``db``) ---------------------------

format_number = pdf.format_number  # "05/QĐ-UBND"
format_date_words = pdf.format_date_words  # "ngày 05 tháng 3 năm 2026"


@dataclass(frozen=True)
class SignerChoice:
    """An official who may sign, with the signature block the decision would print."""

    official_id: int
    full_name: str
    authority: str  # "CHỦ TỊCH" / "KT. CHỦ TỊCH"
    title: str  # "" for the Chairman, "PHÓ CHỦ TỊCH" for a deputy
    is_chair: bool

    @property
    def block(self) -> str:
        """"CHỦ TỊCH" or "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" (how the signature block reads)."""
        return " / ".join(p for p in (self.authority, self.title) if p)


def signer_choices() -> list[SignerChoice]:
    """The office's active officials, the Chairman first."""
    office = get_office()
    out = []
    for o in (office.officials if office else ()):
        if not o.active:
            continue
        name, title, authority = _signer_for(office, o.id)
        out.append(SignerChoice(o.id, name, authority, title, o.is_chair))
    return sorted(out, key=lambda c: not c.is_chair)


def signer_values(official_id: int) -> dict:
    """``update_draft`` values for a chosen official: name, title and authority."""
    name, title, authority = _signer_for(get_office(), official_id)
    return {"signer_name": name, "signer_title": title, "authority": authority}


def next_number(decision_id: int, year: int) -> int:
    """The number issuing would allocate now (a hint: another clerk may take it first)."""
    info = get_decision(decision_id)
    last = (
        DecisionCounter.select(DecisionCounter.last_number)
        .where((DecisionCounter.issuing_unit == info.issuing_unit_id)
               & (DecisionCounter.year == year) & (DecisionCounter.symbol == info.symbol))
        .scalar()
    )
    return int(last or 0) + 1


def _draft_changes(values: dict) -> dict:
    """Unsaved editor values as :class:`DecisionInfo` fields, cleaned as ``update_draft``
    cleans them, so the preview shows what saving would store."""
    out: dict = {}
    for key, value in values.items():
        if key not in DRAFT_FIELDS:
            raise DecisionError("decision.bad_field", field=key)
        if key in ("legal_bases", "recipients"):
            out[key] = tuple(clean_text(v) for v in value if clean_text(v))
        elif key == "articles":
            out[key] = tuple(
                (clean_text(t), tuple(clean_text(p) for p in ps if clean_text(p)))
                for t, ps in ((a["title"], a["paragraphs"]) if isinstance(a, dict) else a
                              for a in value)
            )
        elif key == "signed_on":
            out[key] = value
            if value is not None:
                out["year"] = value.year
        else:
            out[key] = clean_text(value)
    return out


def preview_draft_pdf(decision_id: int, values: dict) -> bytes:
    """The PDF a draft would print with the editor's unsaved values (nothing is saved)."""
    import dataclasses

    info = get_decision(decision_id)
    if info.status != "draft":
        return decision_pdf(decision_id)
    return pdf.decision_pdf_bytes(build_document(dataclasses.replace(info,
                                                                      **_draft_changes(values))))


def suggested_file_name(decision_id: int) -> str:
    """"QĐ 01-QĐ-UBND ngày 05-01-2026 - Tổ CNSCĐ thôn Nà Sla.pdf", "Dự thảo QĐ …pdf"."""
    info = get_decision(decision_id)
    teams = [get_team(t).name for t in info.team_ids[:1]]
    what = teams[0] if len(info.team_ids) == 1 and teams else (
        f"{len(info.team_ids)} Tổ {info.issuing_unit_name}".strip())
    if info.number is None:
        head = f"Dự thảo QĐ {KIND_VERBS.get(info.kind, '')}"
    else:
        head = f"QĐ {pdf.format_number(info.number, info.symbol).replace('/', '-')}"
        if info.signed_on:
            head += f" ngày {info.signed_on:%d-%m-%Y}"
    return _safe_filename(f"{head} - {what}") + ".pdf"


def save_pdf_file(path, data: bytes) -> None:
    """Write PDF bytes atomically (a temporary file beside it, then a rename)."""
    pdf.write_pdf_file(path, data)
