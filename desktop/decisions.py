"""Decisions: establishment (thành lập), amendment (kiện toàn) and dissolution (giải thể).

A decision starts as a draft for one team or several teams of one commune, with legal
bases, articles and recipients filled from the office's defaults (``desktop.office``:
officials per issuing unit, standing legal bases) and editable per decision. Issuing it,
in one transaction:
- allocates the number from ``decision_counter`` (per issuing unit, symbol and calendar
  year: 01, 02, … restarting on 1 January; the unique index on the decision is the last
  guard, so two clerks issuing at the same moment never share a number);
- freezes the member list into ``snapshot`` and renders the PDF, storing its bytes and
  SHA-256 (printing an issued decision returns those bytes, never a new rendering);
- makes memberships take effect from it (start decision/date of the members it names;
  a dissolution ends every open membership and dissolves the team);
- marks superseded the earlier decisions it replaces entirely.

Public API (the GUI, the CLI and the 2025 reform call these):

- Reading: :func:`get_decision`, :func:`decisions_for_team`, :func:`proposed_kind`.
- What a new decision replaces (one rule for the database and the sentence):
  :func:`replaced_parts` -> :class:`ReplacedPart`.
- Drafting: :func:`draft_decision`, :func:`update_draft`, :func:`delete_draft`.
- The issue gate: :func:`issue_problems` (pure: a decision and :class:`IssueFacts` in,
  problems out), :func:`issue_check` (gathers the facts; the editor shows its answer live),
  both used by :func:`issue_decision` (a draft) and :func:`issue_new` (draft + issue in one
  transaction: a refusal writes nothing). :func:`issue_kien_toan` issues one kiện toàn for
  several teams of one commune, citing every earlier decision it replaces.
- Printing: :func:`decision_pdf` (stored bytes once issued), :func:`export_team_pdfs`
  (batches: unique names, never overwriting, or one combined file streamed decision by
  decision).

Every function that reads personal data or writes takes the acting user first.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import peewee as pw

from db import decision_text
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
from db.office import OfficialInfo, get_office
from db.units import UnitInfo, get_unit
from desktop._common import as_dict, audit, check_write, in_scope, lazy_module
from desktop.context import Actor
from desktop.errors_domain import DomainError, NotFound, StaleRecord, ValidationFailed
from desktop.office import IssuingDefaults, issuing_defaults
from desktop.permissions import PermissionDenied
from desktop.teams import get_team, team_members
from desktop.validation import ERROR, Problem
from vn import decree30
from vn.dates import as_date, nd30_month
from vn.messages import SEX_LABELS
from vn.text import clean_text, fold

if TYPE_CHECKING:  # the PDF writer itself is imported only when a PDF is drawn
    from exports import decision_pdf as pdf

pdf = lazy_module("exports.decision_pdf")  # reportlab is loaded when a PDF is drawn

KINDS = ("thanh_lap", "kien_toan", "giai_the")
KIND_VERBS = {"thanh_lap": "thành lập", "kien_toan": "kiện toàn", "giai_the": "giải thể"}
TEAM_WORDS = "Tổ công nghệ số cộng đồng"

PLAN_BLANK = "……/KH-UBND ngày …… tháng …… năm ……"
DEFAULT_LEGAL_BASES = [
    "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025",
    "Căn cứ Văn bản số 793/BTTTT-THH ngày 05 tháng 3 năm 2022 của Bộ Thông tin và Truyền "
    "thông về việc hướng dẫn thí điểm triển khai Tổ công nghệ số cộng đồng tại các địa phương",
    "Căn cứ Kế hoạch số {plan} của Ủy ban nhân dân {province} "
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

# Decision codes worded in ``desktop.errors_domain.MESSAGES`` (the issue gate's problems
# carry them with the field they concern).
NO_SIGNER = "decision.no_signer"
NO_AUTHORITY = "decision.no_authority"
NO_LEGAL_BASIS = "decision.no_legal_basis"
NO_SYMBOL = "decision.no_symbol"
KT_WITHOUT_TITLE = "decision.kt_without_title"
PLACEHOLDER = "decision.placeholder"
DATE_REQUIRED = "decision.date_required"
DATE_BEFORE_LAST = "decision.date_before_last"
NUMBER_OUT_OF_ORDER = "decision.number_out_of_order"
NUMBER_GAP = "decision.number_gap"  # a number far past the last one: the văn thư confirms
NUMBER_GAP_LIMIT = 100  # numbers skipped at once without a confirmation
NUMBER_TAKEN = "decision.number_taken"
BAD_NUMBER = "decision.bad_number"
TEAM_DISSOLVED = "decision.team_dissolved"
TEAM_WITHOUT_MEMBERS = "decision.team_without_members"
BEFORE_REPLACED = "decision.before_replaced"
TEAM_ESTABLISHED = "decision.team_established"
NOT_CITED = "decision.replaced_not_cited"


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
    text = f"Quyết định số {decree30.format_number(number, symbol)}"
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
    bases, arts, rcps = decision_text.unpack(row.legal_bases, row.articles, row.recipients)
    articles = tuple((t, tuple(ps)) for t, ps in arts)
    return DecisionInfo(
        id=row.id, kind=row.kind, issuing_unit_id=row.issuing_unit_id,
        issuing_unit_name=unit.name if unit else "", year=row.year, number=row.number,
        symbol=row.symbol, signed_on=as_date(row.signed_on), subject=row.subject,
        signer_name=row.signer_name, signer_title=row.signer_title, authority=row.authority,
        legal_bases=tuple(bases), proposer=row.proposer,
        articles=articles, recipients=tuple(rcps), status=row.status,
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



def check_read(actor: Actor, unit_id: int | None) -> None:
    """Decisions name people (birth year, phone): only actors whose scope holds the issuing
    unit may print or read them."""
    if not in_scope(actor, unit_id):
        raise PermissionDenied("perm.out_of_scope_read", username=actor.username)


def read_decision(actor: Actor, decision_id: int) -> DecisionInfo:
    """A decision, for an actor allowed to read it."""
    info = get_decision(decision_id)
    check_read(actor, info.issuing_unit_id)
    return info


def governing_decision(team_id: int, on: dt.date | None = None, *,
                       exclude_id: int | None = None) -> DecisionInfo | None:
    """The issued decision now in force for a team: the latest issued (not superseded)
    decision naming it, signed on or before ``on``."""
    found = [d for d in decisions_for_team(team_id)
             if d.status == "issued" and d.id != exclude_id
             and (on is None or d.signed_on is None or d.signed_on <= on)]
    return max(found, key=lambda d: (d.signed_on or dt.date.min, d.id)) if found else None


def proposed_kind(team_id: int) -> str:
    """What a new decision for this team should be: kiện toàn once the team has an issued
    decision (or is active), thành lập otherwise. The GUI and the CLI both ask this."""
    issued = [d for d in decisions_for_team(team_id)
              if d.status in ("issued", "superseded") and d.kind != "giai_the"]
    if issued:
        return "kien_toan"
    team = get_team(team_id)
    return "kien_toan" if team.status == "active" and team.established_on else "thanh_lap"


# --- what a new decision replaces: one rule for the database and the document ---------------


@dataclass(frozen=True)
class ReplacedPart:
    """What a new decision replaces of one earlier decision still in force.

    ``team_ids``: the earlier decision's teams that the new decision covers (their member
    lists, or the teams themselves when dissolving). ``covers_all``: the new decision covers
    every team the earlier one named, so the document replaces the earlier decision as a
    whole; otherwise it replaces only those teams' parts ("danh sách thành viên Tổ … thôn X
    kèm theo Quyết định số …"). ``ends_it``: after the new decision no team remains governed
    by the earlier one, so the database marks it superseded.
    """

    earlier: DecisionInfo
    team_ids: tuple[int, ...]
    village_names: tuple[str, ...]
    covers_all: bool
    ends_it: bool


def replaced_parts(team_ids: Sequence[int], on: dt.date | None = None, *,
                   exclude_id: int | None = None) -> list[ReplacedPart]:
    """The earlier decisions in force on ``on`` that a decision for ``team_ids`` replaces,
    oldest first. Issuing supersedes exactly the parts with ``ends_it``; the default texts
    cite every part, worded by ``covers_all``."""
    wanted = list(dict.fromkeys(team_ids))
    by_decision: dict[int, list[int]] = {}
    earlier_of: dict[int, DecisionInfo] = {}
    for team_id in wanted:
        d = governing_decision(team_id, on, exclude_id=exclude_id)
        if d is None or d.kind == "giai_the":
            continue
        by_decision.setdefault(d.id, []).append(team_id)
        earlier_of[d.id] = d
    parts = []
    covered = set(wanted)
    for decision_id, teams in by_decision.items():
        earlier = earlier_of[decision_id]
        still = {t for t in earlier.team_ids
                 if (g := governing_decision(t, on, exclude_id=exclude_id)) is not None
                 and g.id == decision_id}
        names = []
        for t in teams:
            names.append(_snapshot_village(earlier, t) or get_team(t).village_name)
        parts.append(ReplacedPart(
            earlier=earlier, team_ids=tuple(teams), village_names=tuple(names),
            covers_all=set(earlier.team_ids) <= covered, ends_it=still <= covered,
        ))
    return sorted(parts, key=lambda p: (p.earlier.signed_on or dt.date.min, p.earlier.id))


def _snapshot_village(info: DecisionInfo, team_id: int) -> str:
    for t in info.snapshot.get("teams", []):
        if t.get("team_id") == team_id:
            return t.get("village_name", "")
    return ""


# --- wording -----------------------------------------------------------------------------------


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


def _village_head(village_name: str) -> str:
    """Who heads the village: "Trưởng thôn Nà Sla", "Tổ trưởng Tổ dân phố 5"."""
    from desktop.units import split_village_name

    kind = split_village_name(village_name)[0] or ""
    phrase = _village_phrase(village_name)
    return f"Tổ trưởng {phrase}" if fold(kind) == "to dan pho" else f"Trưởng {phrase}"


def _and_list(items: Sequence[str]) -> str:
    """"a", "a và b", "a, b và c"."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " và " + items[-1]


def roman(n: int) -> str:
    """1 -> "I", 4 -> "IV" (appendix numbers)."""
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                           (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                           (4, "IV"), (1, "I")):
        while n >= value:
            out += letters
            n -= value
    return out


def _appendix_range(count: int) -> str:
    if count == 2:
        return "Phụ lục I và Phụ lục II"
    return f"Phụ lục I đến Phụ lục {roman(count)}"


def _decision_issuer(info: DecisionInfo) -> str:
    return f"Chủ tịch Ủy ban nhân dân {_unit_phrase(get_unit(info.issuing_unit_id))}"


def cite(info: DecisionInfo) -> str:
    """"Quyết định số 02/QĐ-UBND ngày 05 tháng 02 năm 2026 của Chủ tịch Ủy ban nhân dân xã
    Hợp Thành": how a later decision names an earlier one."""
    return (f"Quyết định số {decree30.format_number(info.number, info.symbol)} "
            f"{decree30.format_date_words(info.signed_on)} của {_decision_issuer(info)}")


def _title_words(subject: str) -> str:
    """"Về việc thành lập …" -> "về việc thành lập …" (inside a sentence)."""
    s = clean_text(subject).rstrip(".")
    return s[:1].lower() + s[1:] if s else ""


def _lists_of(part: ReplacedPart) -> str:
    villages = [_village_phrase(v) for v in part.village_names]
    head = f"các {TEAM_WORDS}" if len(villages) > 1 else TEAM_WORDS
    return f"danh sách thành viên {head} {_and_list(villages)} kèm theo {cite(part.earlier)}"


def replacement_sentence(kind: str, parts: Sequence[ReplacedPart]) -> str:
    """The sentence of the last article saying what the new decision replaces or ends, from
    the same :class:`ReplacedPart` list that decides the superseding ("" when nothing)."""
    if not parts:
        return ""
    if kind == "giai_the":
        out = []
        for p in parts:
            if p.covers_all:
                out.append(f"{cite(p.earlier)} hết hiệu lực kể từ ngày Quyết định này có "
                           "hiệu lực.")
            else:
                villages = _and_list([_village_phrase(v) for v in p.village_names])
                out.append(f"Nội dung về {TEAM_WORDS} {villages} và {_lists_of(p)} hết hiệu "
                           f"lực kể từ ngày Quyết định này có hiệu lực; các nội dung khác của "
                           f"Quyết định số {decree30.format_number(p.earlier.number, p.earlier.symbol)}"
                           " giữ nguyên hiệu lực.")
        return " ".join(out)
    replaced = []
    kept = []
    for p in parts:
        if p.covers_all:
            replaced.append(cite(p.earlier))
        else:
            replaced.append(_lists_of(p))
            kept.append(f"Quyết định số {decree30.format_number(p.earlier.number, p.earlier.symbol)}")
    text = f"thay thế {'; '.join(replaced)}"
    if kept:
        text += f". Các nội dung khác của {_and_list(kept)} giữ nguyên hiệu lực"
    return text


def _basis_for(part: ReplacedPart) -> str:
    return f"Căn cứ {cite(part.earlier)} {_title_words(part.earlier.subject)}".strip()


def _plan_text(defaults: IssuingDefaults | None) -> str:
    if defaults is None or not defaults.plan_number or defaults.plan_date is None:
        return PLAN_BLANK
    number = defaults.plan_number
    if "/" not in number:
        number = f"{number}/KH-UBND"
    return f"{number} {decree30.format_date_words(defaults.plan_date)}"


def default_texts(kind: str, teams: Sequence, commune, province, *,
                  parts: Sequence[ReplacedPart] = (),
                  defaults: IssuingDefaults | None = None,
                  plan: str | None = None) -> dict:
    """Subject, legal bases, proposer, articles and recipients for a new draft.

    ``teams``: objects with ``village_name``, in the decision's order (its appendices);
    ``parts``: what it replaces (:func:`replaced_parts`); ``defaults``: the issuing unit's
    (:func:`desktop.office.issuing_defaults`); ``plan``: the province plan as cited
    ("125/KH-UBND ngày 02 tháng 7 năm 2025"), else taken from ``defaults``.
    """
    commune_p = _unit_phrase(commune)
    province_p = _unit_phrase(province) if province else "tỉnh ……"
    verb = KIND_VERBS[kind]
    villages = [_village_phrase(t.village_name) for t in teams]
    many = len(teams) > 1
    if not many:
        subject = f"Về việc {verb} {TEAM_WORDS} {villages[0]}"
    else:
        subject = f"Về việc {verb} các {TEAM_WORDS} trên địa bàn {commune_p}"
    fill = {"commune": commune_p, "province": province_p,
            "plan": plan if plan is not None else _plan_text(defaults)}
    templates = list(defaults.legal_bases) if defaults and defaults.legal_bases else \
        DEFAULT_LEGAL_BASES
    bases = [_fill(b, fill) for b in templates]
    bases += [_basis_for(p) for p in parts]
    tasks = [t.format(**fill) for t in DEFAULT_TASKS]
    office = f"Chánh Văn phòng HĐND và UBND {commune_p}, Trưởng phòng Văn hóa - Xã hội"
    heads = _village_head(teams[0].village_name) if not many else \
        "Trưởng các thôn, Tổ trưởng các tổ dân phố có liên quan"
    replacing = replacement_sentence(kind, parts)
    if kind == "giai_the":
        what = (f"{TEAM_WORDS} {villages[0]}, {commune_p}" if not many else
                f"{len(teams)} {TEAM_WORDS} trên địa bàn {commune_p}: {_and_list(villages)}")
        origin = [f"{KIND_VERBS[p.earlier.kind]} theo {cite(p.earlier)}" for p in parts]
        first = f"Giải thể {what}"
        if origin:
            first += f" (đã được {'; '.join(origin)})"
        first += " kể từ ngày Quyết định này có hiệu lực."
        whose = f"{TEAM_WORDS} {villages[0]}" if not many else f"các {TEAM_WORDS} nêu tại Điều 1"
        second = (f"Các thành viên của {whose} thôi làm nhiệm vụ kể từ ngày Quyết định này có "
                  f"hiệu lực; Tổ trưởng bàn giao tài liệu, hồ sơ liên quan cho Ủy ban nhân dân "
                  f"{commune_p}.")
        executors = (f"{office}, {heads} và các thành viên của {whose} chịu trách nhiệm thi "
                     "hành Quyết định này.")
        effect = "Quyết định này có hiệu lực kể từ ngày ký."
        if replacing:
            effect += " " + replacing
        articles = [("", [first]), ("", [second]), ("", [f"{effect} {executors}"])]
    else:
        verb_cap = "Thành lập" if kind == "thanh_lap" else "Kiện toàn"
        if not many:
            first = (f"{verb_cap} {TEAM_WORDS} {villages[0]}, {commune_p} gồm các ông (bà) có "
                     "tên trong danh sách kèm theo Quyết định này.")
            named = "các ông (bà) có tên trong danh sách kèm theo Quyết định này"
        else:
            first = (f"{verb_cap} {len(teams)} {TEAM_WORDS} trên địa bàn {commune_p}: "
                     f"{_and_list(villages)}; thành viên của từng Tổ có tên tại "
                     f"{_appendix_range(len(teams))} kèm theo Quyết định này.")
            named = "các ông (bà) có tên tại các Phụ lục kèm theo Quyết định này"
        effect = "Quyết định này có hiệu lực kể từ ngày ký"
        effect += f" và {replacing}." if replacing else "."
        executors = f"{office}, {heads} và {named} chịu trách nhiệm thi hành Quyết định này."
        articles = [
            ("", [first]),
            ("Nhiệm vụ của Tổ công nghệ số cộng đồng", tasks),
            ("", [f"{effect} {executors}"]),
        ]
    recipient_templates = list(defaults.recipients) if defaults and defaults.recipients else \
        DEFAULT_RECIPIENTS
    return {
        "subject": subject,
        "legal_bases": bases,
        "proposer": (defaults.proposer if defaults and defaults.proposer else DEFAULT_PROPOSER),
        "articles": [{"title": t, "paragraphs": list(p)} for t, p in articles],
        "recipients": [_fill(r, fill) for r in recipient_templates],
    }


def _fill(template: str, values: dict) -> str:
    """Fill {commune}, {province}, {plan} in a template typed by a clerk; other braces stay."""
    out = template
    for key, value in values.items():
        out = out.replace("{" + key + "}", value)
    return out


# --- drafting -------------------------------------------------------------------------------


def _teams_and_commune(team_ids: Sequence[int]):
    if not team_ids:
        raise DecisionError("decision.no_team")
    teams = [get_team(t) for t in team_ids]
    communes = {t.commune_id for t in teams}
    commune_id = teams[0].commune_id
    if len(communes) != 1 or commune_id is None:
        raise DecisionError("decision.teams_in_several_communes")
    commune = get_unit(commune_id)
    if commune is None:
        raise NotFound("unit", commune_id)
    province: UnitInfo | None = commune
    while province is not None and province.level != "province":
        province = get_unit(province.parent_id) if province.parent_id else None
    return teams, commune, province


def _signer_from(officials: Sequence[OfficialInfo], official_id: int | None
                 ) -> tuple[str, str, str]:
    officials = [o for o in officials if o.active]
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


def _new_info(kind: str, team_ids: Sequence[int], *, official_id: int | None = None,
              signed_on: dt.date | None = None) -> DecisionInfo:
    """An unsaved draft (id 0) with the default texts and the issuing unit's signer."""
    if kind not in KINDS:
        raise DecisionError("decision.bad_kind", kind=kind)
    teams, commune, province = _teams_and_commune(team_ids)
    office = get_office()
    defaults = issuing_defaults(commune.id, office)
    parts = replaced_parts([t.id for t in teams], signed_on) if kind != "thanh_lap" else []
    texts = default_texts(kind, teams, commune, province, parts=parts, defaults=defaults)
    signer_name, signer_title, authority = _signer_from(defaults.officials, official_id)
    return DecisionInfo(
        id=0, kind=kind, issuing_unit_id=commune.id, issuing_unit_name=commune.name,
        year=(signed_on or dt.date.today()).year, number=None,
        symbol=office.doc_symbol if office else "QĐ-UBND", signed_on=signed_on,
        subject=texts["subject"], signer_name=signer_name, signer_title=signer_title,
        authority=authority, legal_bases=tuple(texts["legal_bases"]),
        proposer=texts["proposer"],
        articles=tuple((a["title"], tuple(a["paragraphs"])) for a in texts["articles"]),
        recipients=tuple(texts["recipients"]), status="draft",
        team_ids=tuple(t.id for t in teams), pdf_sha256=None, version=1,
    )


def preview_new(kind: str, team_ids: Sequence[int], *, signed_on: dt.date | None = None
                ) -> DecisionInfo:
    """The draft :func:`draft_decision` would create (id 0, nothing saved): its default
    texts, e.g. to add a legal basis to them before :func:`issue_new`."""
    return _new_info(kind, team_ids, signed_on=signed_on)


def _insert_draft(info: DecisionInfo) -> int:
    decision_id = Decision.insert(
        kind=info.kind, issuing_unit=info.issuing_unit_id, year=info.year, number=None,
        symbol=info.symbol, signed_on=info.signed_on, subject=info.subject,
        signer_name=info.signer_name, signer_title=info.signer_title, authority=info.authority,
        legal_bases=decision_text.pack_lines(info.legal_bases),
        proposer=info.proposer,
        articles=decision_text.pack_articles(info.articles),
        recipients=decision_text.pack_lines(info.recipients),
        status="draft",
    ).execute()
    for team_id in info.team_ids:
        DecisionTeam.insert(decision=decision_id, team=team_id).execute()
    return decision_id


def draft_decision(
    actor: Actor,
    kind: str,
    team_ids: Sequence[int],
    *,
    official_id: int | None = None,
    signed_on: dt.date | None = None,
) -> DecisionInfo:
    """A new draft for one or several teams of one commune, with the default texts: the
    issuing unit's signer and legal bases (``desktop.office``), and for a kiện toàn or a
    dissolution the citation of every earlier decision it replaces."""
    info = _new_info(kind, team_ids, official_id=official_id, signed_on=signed_on)
    for t in info.team_ids:
        check_write(actor, get_team(t).village_id)
    with write_transaction():
        decision_id = _insert_draft(info)
        created = get_decision(decision_id)
        audit(actor, "create", "decision", decision_id, unit_id=info.issuing_unit_id,
              after=created)
    return created


def _stored_values(values: dict) -> dict:
    """Editor values as columns (cleaned text; lists as ids of lines stored once). Call it
    inside the write transaction: new lines are added."""
    data: dict = {}
    for key, value in values.items():
        if key not in DRAFT_FIELDS:
            raise DecisionError("decision.bad_field", field=key)
        if key in ("legal_bases", "recipients"):
            data[key] = decision_text.pack_lines([clean_text(v) for v in value if clean_text(v)])
        elif key == "articles":
            data[key] = decision_text.pack_articles(_clean_articles(value))
        elif key == "signed_on":
            data[key] = value
            if value is not None:
                data["year"] = value.year
        else:
            data[key] = clean_text(value)
    return data


def _clean_articles(value) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(
        (clean_text(t), tuple(clean_text(p) for p in ps if clean_text(p)))
        for t, ps in ((a["title"], a["paragraphs"]) if isinstance(a, dict) else a
                      for a in value)
    )


def update_draft(actor: Actor, decision_id: int, values: dict, expected_version: int
                 ) -> DecisionInfo:
    """Edit a draft's texts and signer; an issued decision is refused."""
    current = get_decision(decision_id)
    check_write(actor, current.issuing_unit_id)
    if current.status != "draft":
        raise DecisionError("decision.frozen", label=current.label)
    with write_transaction():
        data = _stored_values(values)
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


def position_text(position: str, organisation: str) -> str:
    """The "Chức vụ/đơn vị" cell without repeating words: "Cán bộ Công an xã" + "Công an xã
    Đoàn Kết" -> "Cán bộ Công an xã Đoàn Kết"; "Trưởng bản" + "Bản Hang Cắm" -> "Trưởng bản
    Hang Cắm"; "Trưởng thôn" + "Thôn 1" -> "Trưởng Thôn 1";
    an organisation already in the position is not repeated."""
    position, organisation = clean_text(position), clean_text(organisation)
    if not organisation:
        return position
    if not position:
        return organisation
    if fold(organisation) in fold(position):
        return position
    if fold(position) in fold(organisation) and fold(organisation).startswith(fold(position)):
        return organisation
    p_words, o_words = position.split(), organisation.split()
    p_fold, o_fold = [fold(w) for w in p_words], [fold(w) for w in o_words]
    for k in range(min(len(p_words), len(o_words)), 0, -1):
        if p_fold[-k:] == o_fold[:k]:
            rest = o_words[k:]
            if rest and rest[0][:1].isdigit():  # "Thôn 1": the noun keeps its capital
                return " ".join(p_words[:-k] + o_words)
            return " ".join(p_words + rest)
    return f"{position}, {organisation}"


def _position_text(member: dict) -> str:
    return position_text(member.get("position") or "", member.get("organisation") or "")


def _issuing_lines(commune) -> list[str]:
    return ["ỦY BAN NHÂN DÂN", _unit_phrase(commune).upper()]


def build_document(info: DecisionInfo, *, snapshot: dict | None = None
                   ) -> pdf.DecisionDocument:
    """The plain document the PDF writer takes: from the snapshot once issued, else from
    the current members (a draft prints with the DỰ THẢO mark). Several teams: one
    numbered appendix (Phụ lục I, II…) per team, in the decision's order."""
    commune = get_unit(info.issuing_unit_id)
    if commune is None:
        raise NotFound("unit", info.issuing_unit_id)
    if snapshot is None:
        snapshot = (_snapshot(info.team_ids, info.signed_on) if info.status == "draft"
                    else info.snapshot)
    commune_p = _unit_phrase(commune)
    issuer = f"Chủ tịch UBND {commune_p}"
    lists = []
    if info.kind != "giai_the":
        teams = snapshot.get("teams", [])
        for k, team in enumerate(teams, 1):
            title = (f"DANH SÁCH THÀNH VIÊN {TEAM_WORDS} "
                     f"{_village_phrase(team.get('village_name', ''))}").upper()
            if len(teams) > 1:
                title = f"PHỤ LỤC {roman(k)}\nDANH SÁCH THÀNH VIÊN\n" + \
                    title[len("DANH SÁCH THÀNH VIÊN "):]
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


def decision_pdf(actor: Actor, decision_id: int) -> bytes:
    """The PDF of a decision: an issued one's stored bytes (a decision issued without a
    stored file, e.g. imported or demo data, is rendered once from its snapshot and stored,
    so every later print is the same file); a draft is rendered with the DỰ THẢO mark."""
    info = read_decision(actor, decision_id)
    data = _pdf_bytes(actor, info)
    _audit_print(actor, info, data)
    return data


def _pdf_bytes(actor: Actor, info: DecisionInfo) -> bytes:
    stored = DecisionFile.get_or_none(DecisionFile.decision == info.id)
    if stored is not None:
        return bytes(stored.data)
    if info.status == "draft":
        return pdf.decision_pdf_bytes(build_document(info))
    return _store_rendering(actor, info)


def _audit_print(actor: Actor, info: DecisionInfo, data: bytes) -> None:
    """Printing hands out members' personal data: who printed which decision is kept."""
    with write_transaction():
        audit(actor, "print", "decision", info.id or None, unit_id=info.issuing_unit_id,
              after={"number": info.number, "symbol": info.symbol, "year": info.year,
                     "status": info.status, "sha256": hashlib.sha256(data).hexdigest()})


def _store_rendering(actor: Actor, info: DecisionInfo) -> bytes:
    data = pdf.decision_pdf_bytes(build_document(info))
    sha = hashlib.sha256(data).hexdigest()
    with write_transaction():
        stored = DecisionFile.get_or_none(DecisionFile.decision == info.id)
        if stored is not None:  # another clerk stored it first: theirs is the one
            return bytes(stored.data)
        DecisionFile.insert(decision=info.id, data=data, sha256=sha).execute()
        Decision.update(pdf_sha256=sha).where(Decision.id == info.id).execute()
        audit(actor, "store_pdf", "decision", info.id, unit_id=info.issuing_unit_id,
              after={"number": info.number, "symbol": info.symbol, "year": info.year,
                     "pdf_sha256": sha}, note="first_print")
    return data


# --- the issue gate ---------------------------------------------------------------------------

# "……", "…", "...", "[ ]", "[...]", "___": blanks left to fill in
_PLACEHOLDER = re.compile(r"…|\.\.\.|\[\s*[.…]*\s*\]|_{3,}")


@dataclass(frozen=True)
class TeamFacts:
    team_id: int
    name: str
    status: str
    members_on_date: int
    replaced: tuple[DecisionInfo, ...]  # earlier decisions in force it replaces
    governing: DecisionInfo | None  # the decision in force today (any date)


@dataclass(frozen=True)
class IssueFacts:
    """What the gate needs to know besides the decision itself (gathered from the database
    by :func:`issue_facts`, built by hand in tests)."""

    signed_on: dt.date | None
    number: int | None  # the văn thư's own number; None: the next one
    # (number, date) of the decisions numbered this year, same issuing unit and symbol
    issued: tuple[tuple[int, dt.date | None], ...] = ()
    teams: tuple[TeamFacts, ...] = ()
    must_cite: tuple[DecisionInfo, ...] = ()  # earlier decisions it replaces


def _err(field_: str, code: str, **params) -> Problem:
    return Problem(field_, code, ERROR, params)


def _placeholders(info: DecisionInfo) -> list[Problem]:
    fields: list[tuple[str, str, str]] = [
        ("subject", "Trích yếu", info.subject),
        ("signer_name", "Người ký", info.signer_name),
        ("signer_title", "Chức vụ người ký", info.signer_title),
        ("authority", "Thẩm quyền ký", info.authority),
        ("symbol", "Ký hiệu", info.symbol),
        ("proposer", "Đề nghị", info.proposer),
    ]
    fields += [("legal_bases", f"Căn cứ thứ {i}", b) for i, b in enumerate(info.legal_bases, 1)]
    for k, (title, paras) in enumerate(info.articles, 1):
        fields.append(("articles", f"Điều {k}", title))
        fields += [("articles", f"Điều {k}", p) for p in paras]
    fields += [("recipients", f"Nơi nhận thứ {i}", r) for i, r in enumerate(info.recipients, 1)]
    out = []
    for field_, where, text in fields:
        m = _PLACEHOLDER.search(text or "")
        if m:
            lo, hi = max(0, m.start() - 30), min(len(text), m.end() + 30)
            excerpt = ("…" if lo else "") + text[lo:hi].strip() + ("…" if hi < len(text) else "")
            out.append(_err(field_, PLACEHOLDER, where=where, text=excerpt))
    return out


def issue_problems(info: DecisionInfo, facts: IssueFacts, *,
                   confirm_out_of_order: bool = False) -> list[Problem]:
    """Everything that stops ``info`` from being issued with ``facts`` (pure: no database).

    Blanks or placeholders left in any text; no signer, signing authority, symbol or legal
    basis; "KT." without the deputy's title; no date; a date before the last decision
    already numbered this year (Decree 30 numbers in issuing order: a date out of order
    needs the văn thư's own number and an explicit confirmation); a number already used;
    for each team: dissolved, no member on that day (establishment, kiện toàn), already
    established (a second thành lập), or a date before the decision it replaces; an earlier
    decision it replaces that the text does not cite.
    """
    problems = _placeholders(info)
    if not clean_text(info.signer_name):
        problems.append(_err("signer_name", NO_SIGNER))
    if not clean_text(info.authority):
        problems.append(_err("authority", NO_AUTHORITY))
    elif clean_text(info.authority).upper().startswith(("KT.", "KT ")) and \
            not clean_text(info.signer_title):
        problems.append(_err("signer_title", KT_WITHOUT_TITLE, authority=info.authority))
    if not clean_text(info.symbol):
        problems.append(_err("symbol", NO_SYMBOL))
    if not [b for b in info.legal_bases if clean_text(b)]:
        problems.append(_err("legal_bases", NO_LEGAL_BASIS))
    day = facts.signed_on
    if day is None:
        problems.append(_err("signed_on", DATE_REQUIRED))
    number = facts.number
    if number is not None and number < 1:
        problems.append(_err("number", BAD_NUMBER, number=number))
        number = None
    if day is not None:
        taken = {n for n, _ in facts.issued}
        if number is None:
            later = [(n, d) for n, d in facts.issued if d is not None and d > day]
            if later:
                n, d = max(later, key=lambda x: x[0])
                problems.append(_err("signed_on", DATE_BEFORE_LAST, date=day,
                                     last=decree30.format_number(n, info.symbol), last_date=d))
        elif number in taken:
            problems.append(_err("number", NUMBER_TAKEN, number=f"{number:02d}",
                                 year=day.year, symbol=info.symbol))
        else:
            clash = [(n, d) for n, d in facts.issued if d is not None and (
                (n < number and d > day) or (n > number and d < day))]
            if clash and not confirm_out_of_order:
                n, d = clash[0]
                problems.append(_err("number", NUMBER_OUT_OF_ORDER,
                                     number_text=decree30.format_number(number, info.symbol),
                                     date=day, other=decree30.format_number(n, info.symbol),
                                     other_date=d))
            last = max(taken, default=0)
            if taken and number > last + NUMBER_GAP_LIMIT and not clash \
                    and not confirm_out_of_order:
                # a gap is normal (the office numbers its other decisions in the same book),
                # but "--number 500" with the book at 5 is a typo until the văn thư confirms
                # (the first number of a year in the app may be any: earlier were on paper)
                problems.append(_err("number", NUMBER_GAP,
                                     number_text=pdf.format_number(number, info.symbol),
                                     first=last + 1, last=number - 1))
        for team in facts.teams:
            if team.status == "dissolved":
                problems.append(_err("team", TEAM_DISSOLVED, team=team.name))
                continue
            for earlier in team.replaced:
                if earlier.signed_on is not None and day < earlier.signed_on:
                    problems.append(_err("signed_on", BEFORE_REPLACED, team=team.name,
                                         date=day, label=earlier.label))
            if info.kind == "thanh_lap" and team.governing is not None and \
                    team.governing.kind != "giai_the":
                problems.append(_err("kind", TEAM_ESTABLISHED, team=team.name,
                                     label=team.governing.label))
            if info.kind != "giai_the" and team.members_on_date == 0:
                problems.append(_err("team", TEAM_WITHOUT_MEMBERS, team=team.name, date=day))
    # the articles must say what is replaced (citing it as a legal basis is not enough)
    text = " ".join([*(t for t, _ in info.articles), *(p for _, ps in info.articles for p in ps)])
    for earlier in facts.must_cite:
        if earlier.number is not None and \
                decree30.format_number(earlier.number, earlier.symbol) not in text:
            problems.append(_err("articles", NOT_CITED, label=earlier.label))
    return problems


def _issued_numbers(unit_id: int, year: int, symbol: str, exclude_id: int = 0
                    ) -> tuple[tuple[int, dt.date | None], ...]:
    rows = (Decision.select(Decision.number, Decision.signed_on)
            .where((Decision.issuing_unit == unit_id) & (Decision.year == year)
                   & (Decision.symbol == symbol) & Decision.number.is_null(False)
                   & (Decision.id != exclude_id))
            .order_by(Decision.number).tuples())
    return tuple((int(n), as_date(d)) for n, d in rows)


def issue_facts(info: DecisionInfo, signed_on: dt.date | None, number: int | None = None
                ) -> IssueFacts:
    """The database facts the gate checks ``info`` against, for that date and number."""
    teams = []
    parts = replaced_parts(info.team_ids, signed_on, exclude_id=info.id or None) \
        if info.kind != "thanh_lap" else []
    latest_parts = replaced_parts(info.team_ids, None, exclude_id=info.id or None) \
        if info.kind != "thanh_lap" else []
    for team_id in info.team_ids:
        team = get_team(team_id)
        replaced = tuple(p.earlier for p in latest_parts if team_id in p.team_ids)
        teams.append(TeamFacts(
            team_id=team_id, name=team.name, status=team.status,
            members_on_date=len(team_members(team_id, signed_on)) if signed_on else 0,
            replaced=replaced,
            governing=governing_decision(team_id, None, exclude_id=info.id or None),
        ))
    issued = _issued_numbers(info.issuing_unit_id, signed_on.year, info.symbol, info.id) \
        if signed_on else ()
    return IssueFacts(signed_on=signed_on, number=number, issued=issued, teams=tuple(teams),
                      must_cite=tuple(p.earlier for p in parts))


def _with_values(info: DecisionInfo, values: dict | None) -> DecisionInfo:
    if not values:
        return info
    return dataclasses.replace(info, **_draft_changes(values))


def issue_check(decision_id: int, signed_on: dt.date | None, *, number: int | None = None,
                values: dict | None = None, confirm_out_of_order: bool = False
                ) -> list[Problem]:
    """What stops the draft (with the editor's unsaved ``values``) from being issued on
    ``signed_on``: the editor shows these live; issuing refuses while any remains."""
    info = _with_values(get_decision(decision_id), values)
    return issue_problems(info, issue_facts(info, signed_on, number),
                          confirm_out_of_order=confirm_out_of_order)


def _gate(info: DecisionInfo, signed_on: dt.date | None, number: int | None,
          confirm_out_of_order: bool) -> None:
    problems = issue_problems(info, issue_facts(info, signed_on, number),
                              confirm_out_of_order=confirm_out_of_order)
    if problems:
        raise ValidationFailed(problems)


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
    values: dict | None = None,
    confirm_out_of_order: bool = False,
) -> DecisionInfo:
    """Issue a draft: number, freeze, render, store the hash, make memberships take effect.

    ``values``: changes to the draft's texts applied in the same transaction (the CLI's
    options). ``number`` is for a number the văn thư already gave on paper (by default the
    next one); a number whose date is out of order needs ``confirm_out_of_order``. Refused
    (``ValidationFailed`` with every problem of :func:`issue_problems`) before anything is
    written.
    """
    current = get_decision(decision_id)
    check_write(actor, current.issuing_unit_id)
    if current.status != "draft":
        raise DecisionError("decision.frozen", label=current.label)
    info = _with_values(current, values)
    _gate(info, signed_on, number, confirm_out_of_order)
    with write_transaction():
        if values:
            updated = (Decision.update(**_stored_values(values), version=Decision.version + 1,
                                       updated_at=utcnow())
                       .where((Decision.id == decision_id)
                              & (Decision.version == expected_version)
                              & (Decision.status == "draft")).execute())
            if not updated:
                raise StaleRecord("decision", decision_id, as_dict(get_decision(decision_id)))
            expected_version += 1
        return _issue_in_transaction(actor, decision_id, signed_on, expected_version, number)


def issue_new(
    actor: Actor,
    kind: str,
    team_ids: Sequence[int],
    *,
    signed_on: dt.date,
    values: dict | None = None,
    number: int | None = None,
    official_id: int | None = None,
    confirm_out_of_order: bool = False,
) -> DecisionInfo:
    """Draft and issue in one transaction: the default texts with ``values`` over them,
    checked by the issue gate first, so a refusal leaves no draft, no number and no file."""
    info = _with_values(_new_info(kind, team_ids, official_id=official_id,
                                  signed_on=signed_on), values)
    for t in info.team_ids:
        check_write(actor, get_team(t).village_id)
    _gate(info, signed_on, number, confirm_out_of_order)
    with write_transaction():
        decision_id = _insert_draft(info)
        audit(actor, "create", "decision", decision_id, unit_id=info.issuing_unit_id,
              after=get_decision(decision_id))
        return _issue_in_transaction(actor, decision_id, signed_on, 1, number)


def issue_kien_toan(actor: Actor, team_ids: Sequence[int], *, signed_on: dt.date,
                    values: dict | None = None, number: int | None = None,
                    confirm_out_of_order: bool = False) -> DecisionInfo:
    """One kiện toàn for several teams of one commune (e.g. a commune formed in the 2025
    reform re-issuing the teams its predecessors established): the default texts cite every
    earlier decision in force for those teams, each replaced whole or in part as
    :func:`replaced_parts` decides, and issuing supersedes those it ends."""
    return issue_new(actor, "kien_toan", team_ids, signed_on=signed_on, values=values,
                     number=number, confirm_out_of_order=confirm_out_of_order)


def _issue_in_transaction(actor: Actor, decision_id: int, signed_on: dt.date,
                          expected_version: int, number: int | None) -> DecisionInfo:
    current = get_decision(decision_id)
    year = signed_on.year
    parts = replaced_parts(current.team_ids, signed_on, exclude_id=decision_id)
    try:
        with database.obj.atomic():
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
            superseded = _supersede(issued, parts)
            after = get_decision(decision_id)
            audit(actor, "issue", "decision", decision_id, unit_id=current.issuing_unit_id,
                  before={"status": "draft"},
                  after={"number": allocated, "year": year, "signed_on": signed_on,
                         "pdf_sha256": sha, "members": len(named),
                         "superseded": ",".join(str(i) for i in superseded)})
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
        changes: dict[str, object] = {}
        if team.status == "planned":
            changes["status"] = "active"
        if issued.kind == "thanh_lap" and team.established_on is None:
            changes["established_on"] = on
        if changes:
            Team.update(**changes, version=Team.version + 1, updated_at=now).where(
                Team.id == team_id).execute()


def _supersede(issued: DecisionInfo, parts: Sequence[ReplacedPart]) -> list[int]:
    """Mark superseded the earlier decisions this one ends (``ReplacedPart.ends_it``): the
    same parts the default texts cite, so the database and the document agree."""
    ended = [p.earlier.id for p in parts if p.ends_it]
    if ended:
        Decision.update(status="superseded", superseded_by=issued.id).where(
            Decision.id.in_(ended) & (Decision.status == "issued")).execute()
    return ended


# --- batches ----------------------------------------------------------------------------------


def teams_of_unit(unit_id: int | None) -> list[int]:
    """Teams of a unit (None: every team), dissolved ones too (their dissolution prints)."""
    from desktop.teams import list_teams

    return [t.id for t in list_teams(unit_id, include_dissolved=True)]


def default_scope(actor: Actor) -> int | None:
    """The unit a batch covers without ``--unit``: the actor's scope, else the office's."""
    if actor.scope_unit_id is not None:
        return actor.scope_unit_id
    office = get_office()
    return office.unit_id if office else None


@dataclass(frozen=True)
class BatchItem:
    """One document of a batch: an existing decision (``decision_id``), or the unsaved
    establishment preview of a team that has none (``decision_id`` 0)."""

    decision_id: int
    team_ids: tuple[int, ...]
    file_name: str
    issued: bool


def _pick_for_team(team_id: int) -> DecisionInfo | None:
    """What "the decision of this team" means: its open draft, else the issued decision in
    force (the latest), else None (a preview is printed)."""
    decisions = decisions_for_team(team_id)
    draft = next((d for d in decisions if d.status == "draft"), None)
    if draft is not None:
        return draft
    return governing_decision(team_id)


def _file_stem(info: DecisionInfo, team_names: Sequence[str], commune_name: str) -> str:
    """"Xã Hợp Thành - Thôn Nà Sla - 05-QĐ-UBND 2026" or "… - DỰ THẢO thành lập"."""
    what = team_names[0] if len(team_names) == 1 else f"{len(team_names)} Tổ"
    if info.number is None:
        tail = f"DỰ THẢO {KIND_VERBS.get(info.kind, '')}".strip()
    else:
        tail = f"{decree30.format_number(info.number, info.symbol).replace('/', '-')} {info.year}"
    return _safe_filename(f"{commune_name} - {what} - {tail}")


def plan_batch(actor: Actor, team_ids: Sequence[int]) -> list[BatchItem]:
    """The documents a batch prints for these teams, each decision once (a decision of 13
    teams is one item), in the teams' order, with unique file names (a clash gets " (2)")."""
    items: list[BatchItem] = []
    seen: set[int] = set()
    names: set[str] = set()
    for team_id in team_ids:
        team = get_team(team_id)
        check_read(actor, team.village_id)
        info = _pick_for_team(team_id)
        if info is not None and info.id in seen:
            continue
        if info is not None:
            seen.add(info.id)
            village_names = [_snapshot_village(info, t) or (team.village_name if t == team_id
                             else get_team(t).village_name) for t in info.team_ids]
            stem = _file_stem(info, village_names, team.commune_name)
            item_ids = info.team_ids
            did, issued = info.id, info.status != "draft"
        else:
            stem = _safe_filename(f"{team.commune_name} - {team.village_name} - DỰ THẢO thành lập")
            item_ids, did, issued = (team_id,), 0, False
        name, k = stem + ".pdf", 2
        while fold(name) in names:
            name, k = f"{stem} ({k}).pdf", k + 1
        names.add(fold(name))
        items.append(BatchItem(did, tuple(item_ids), name, issued))
    return items


def _preview_info(team_id: int) -> DecisionInfo:
    return _new_info("thanh_lap", [team_id])


def _document_of(item: BatchItem) -> pdf.DecisionDocument:
    if item.decision_id:
        return build_document(get_decision(item.decision_id))
    return build_document(_preview_info(item.team_ids[0]))


def document_for_team(actor: Actor, team_id: int) -> pdf.DecisionDocument:
    """The document "print this team's decision" shows: its draft, else the decision in
    force, else an unsaved establishment preview (DỰ THẢO)."""
    team = get_team(team_id)
    check_read(actor, team.village_id)
    info = _pick_for_team(team_id)
    return build_document(info if info is not None else _preview_info(team_id))


def team_pdf(actor: Actor, team_id: int) -> bytes:
    """The PDF for one team: the stored bytes of its issued decision in force (byte for
    byte), else its draft or a preview rendered now."""
    team = get_team(team_id)
    check_read(actor, team.village_id)
    info = _pick_for_team(team_id)
    if info is not None:
        return decision_pdf(actor, info.id)
    preview = _preview_info(team_id)
    data = pdf.decision_pdf_bytes(build_document(preview))
    _audit_print(actor, preview, data)
    return data


class BatchError(DomainError):
    def __init__(self, code: str, **params):
        super().__init__(code)
        self.code = code
        self.params = params


def export_team_pdfs(
    actor: Actor,
    team_ids: Sequence[int],
    *,
    out_dir=None,
    combined_path=None,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[str]:
    """Every decision of these teams, once each: one file per decision in ``out_dir``
    (issued ones are their stored bytes; names "xã - thôn - số" or "… - DỰ THẢO"; an
    existing file is never overwritten: the batch stops with ``batch.file_exists`` before
    writing anything), or all in one ``combined_path`` rendered decision by decision into
    one file (memory stays flat however many teams). Returns the files written, checked
    against the files planned. Audited as one ``print`` row."""
    from exports.errors import Cancelled

    if (out_dir is None) == (combined_path is None):
        raise BatchError("batch.one_target")
    items = plan_batch(actor, team_ids)
    if not items:
        raise BatchError("batch.empty")
    total = len(items)
    written: list[str] = []
    if combined_path is not None:
        target = Path(combined_path)
        if target.exists():
            raise BatchError("batch.file_exists", path=str(target))

        def docs() -> Iterator[pdf.DecisionDocument]:
            for item in items:
                yield _document_of(item)

        def on_progress(done: int, all_: int):
            if progress:
                progress(done, all_, items[done].file_name[:-4] if done < all_ else "")
            return not (cancelled and cancelled())

        try:
            pdf.render_decisions_streamed(docs(), total, target, on_progress)
        except pdf.RenderCancelled as exc:
            raise Cancelled() from exc
        written.append(str(target))
    else:
        folder = Path(out_dir)
        folder.mkdir(parents=True, exist_ok=True)
        clashes = [i.file_name for i in items if (folder / i.file_name).exists()]
        if clashes:
            raise BatchError("batch.file_exists", path=str(folder / clashes[0]),
                             count=len(clashes))
        for i, item in enumerate(items):
            if cancelled and cancelled():
                raise Cancelled()
            if progress:
                progress(i, total, item.file_name[:-4])
            if item.issued:
                data = _pdf_bytes(actor, get_decision(item.decision_id))
            else:
                data = pdf.decision_pdf_bytes(_document_of(item))
            target = folder / item.file_name
            if target.exists():  # appeared while we wrote: never overwrite
                raise BatchError("batch.file_exists", path=str(target), count=1)
            pdf.write_pdf_file(target, data, fsync=False)
            written.append(str(target))
        if len(written) != total or len({fold(w) for w in written}) != total:
            raise BatchError("batch.count_mismatch", planned=total, written=len(written))
    if progress:
        progress(total, total, "")
    with write_transaction():
        audit(actor, "print", "decision", None,
              unit_id=default_scope(actor),
              after={"documents": total, "teams": len(team_ids),
                     "target": str(combined_path or out_dir),
                     "decisions": ",".join(str(i.decision_id) for i in items
                                           if i.decision_id)[:2000]})
    return written


def _safe_filename(text: str) -> str:
    bad = '<>:"/\\|?*'
    return "".join("_" if c in bad or ord(c) < 32 else c for c in text).strip(" .")[:150]


# --- for the GUI (small wrappers so ``ui/`` never imports ``db``) ---------------------------

format_number = decree30.format_number  # "05/QĐ-UBND"
format_date_words = decree30.format_date_words  # "ngày 05 tháng 3 năm 2026"


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


def _officials_of(unit_id: int | None) -> tuple[OfficialInfo, ...]:
    if unit_id is None:
        office = get_office()
        return office.officials if office else ()
    return issuing_defaults(unit_id).officials


def signer_choices(unit_id: int | None = None) -> list[SignerChoice]:
    """The active officials who sign for ``unit_id`` (its own, else the office's when the
    office serves it; None: the office's), the Chairman first."""
    officials = _officials_of(unit_id)
    out = []
    for o in officials:
        if not o.active:
            continue
        name, title, authority = _signer_from(officials, o.id)
        out.append(SignerChoice(o.id, name, authority, title, o.is_chair))
    return sorted(out, key=lambda c: not c.is_chair)


def signer_values(official_id: int, unit_id: int | None = None) -> dict:
    """``update_draft`` values for a chosen official: name, title and authority."""
    name, title, authority = _signer_from(_officials_of(unit_id), official_id)
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
            out[key] = _clean_articles(value)
        elif key == "signed_on":
            out[key] = value
            if value is not None:
                out["year"] = value.year
        else:
            out[key] = clean_text(value)
    return out


def preview_draft_pdf(actor: Actor, decision_id: int, values: dict) -> bytes:
    """The PDF a draft would print with the editor's unsaved values (nothing is saved)."""
    info = read_decision(actor, decision_id)
    if info.status != "draft":
        return decision_pdf(actor, decision_id)
    return pdf.decision_pdf_bytes(build_document(_with_values(info, values)))


def suggested_file_name(decision_id: int) -> str:
    """"Xã Hợp Thành - Thôn Nà Sla - 05-QĐ-UBND 2026.pdf" or "… - DỰ THẢO thành lập.pdf"."""
    info = get_decision(decision_id)
    villages = [_snapshot_village(info, t) or get_team(t).village_name for t in info.team_ids]
    return _file_stem(info, villages, info.issuing_unit_name) + ".pdf"


def save_pdf_file(path, data: bytes) -> None:
    """Write PDF bytes atomically (a temporary file beside it, then a rename)."""
    pdf.write_pdf_file(path, data)
