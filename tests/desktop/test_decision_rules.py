"""Decisions a Chairman signs without a correction: what a kiện toàn or a dissolution
replaces (the database and the sentence, from one rule), the issue gate (refuses, writes
nothing), office defaults per issuing unit, frozen bytes, batches, and the command line."""
from __future__ import annotations

import datetime as dt
import io

import pytest

from desktop import decisions, teams, units
from desktop.cli import main
from desktop.errors_domain import ValidationFailed
from vn.messages import describe
from desktop.office import configure_office, issuing_defaults, set_issuing_defaults
from desktop.permissions import PermissionDenied
from tests.conftest import PG_URL

from .service_fixtures import ADMIN, area, member_values  # noqa: F401

pdfplumber = pytest.importorskip("pdfplumber")

VILLAGES = {
    "Thôn Nà Sla": ["Nông Văn Dũng", "Hoàng Thị Hoà", "Lương Văn Đức"],
    "Thôn Khòn Pạt": ["Triệu Thị Lan", "Vi Văn Ánh", "Đàm Quốc Ân"],
    "Thôn Bản Cắm": ["Lục Văn Nam", "Mông Thị Hằng", "Hà Văn Tiến"],
}


def _text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as doc:
        return " ".join((page.extract_text() or "").replace("\n", " ") for page in doc.pages)


def _pages(data: bytes) -> int:
    with pdfplumber.open(io.BytesIO(data)) as doc:
        return len(doc.pages)


def _make_teams(commune_id: int, names=VILLAGES) -> list[int]:
    out = []
    for village_name, people in names.items():
        village = units.create_village(ADMIN, commune_id, village_name)
        team = teams.create_team(ADMIN, village.id)
        for i, name in enumerate(people):
            teams.add_member(ADMIN, team.id, member_values(
                name, position="Cán bộ Công an xã" if i else "Trưởng thôn",
                organisation="Công an xã Hợp Thành" if i else village_name),
                "to_truong" if i == 0 else "thanh_vien", start_date=dt.date(2026, 1, 2))
        out.append(team.id)
    return out


@pytest.fixture
def office(area):
    configure_office(ADMIN, unit_id=area.commune, catalogue="2025", officials=[
        {"full_name": "Hoàng Văn Thụ", "title": "Chủ tịch", "is_chair": True},
        {"full_name": "Lường Thị Mai", "title": "Phó Chủ tịch"},
    ])
    set_issuing_defaults(ADMIN, None, plan_number="125", plan_date=dt.date(2025, 7, 2))
    area.team_ids = _make_teams(area.commune)
    return area


def _establish_all(area, day=dt.date(2026, 2, 5)):
    return decisions.issue_new(ADMIN, "thanh_lap", area.team_ids, signed_on=day)


def _counts() -> dict:
    from db.models import ALL_MODELS

    return {m._meta.table_name: m.select().count() for m in ALL_MODELS}


# --- one rule: the database and the sentence ------------------------------------------------


def test_kien_toan_of_one_team_of_a_multi_team_decision(office):
    first = _establish_all(office)
    team = office.team_ids[1]
    parts = decisions.replaced_parts([team], dt.date(2026, 4, 1))
    assert [(p.earlier.id, p.covers_all, p.ends_it) for p in parts] == [(first.id, False, False)]
    kt = decisions.issue_new(ADMIN, "kien_toan", [team], signed_on=dt.date(2026, 4, 1))
    # the database: the establishment decision still governs the two other teams
    assert decisions.get_decision(first.id).status == "issued"
    # the document: only that team's list is replaced, the earlier decision cited exactly
    text = _text(decisions.decision_pdf(ADMIN, kt.id))
    assert ("thay thế danh sách thành viên Tổ công nghệ số cộng đồng thôn Khòn Pạt kèm theo "
            "Quyết định số 01/QĐ-UBND ngày 05 tháng 02 năm 2026 của Chủ tịch Ủy ban nhân dân "
            "xã Hợp Thành") in text
    assert "thay thế Quyết định số 01" not in text
    assert ("Căn cứ Quyết định số 01/QĐ-UBND ngày 05 tháng 02 năm 2026 của Chủ tịch Ủy ban "
            "nhân dân xã Hợp Thành về việc thành lập các Tổ công nghệ số cộng đồng trên địa bàn "
            "xã Hợp Thành") in text
    # the remaining teams, one by one: the last one ends the establishment decision
    decisions.issue_new(ADMIN, "kien_toan", [office.team_ids[0]], signed_on=dt.date(2026, 4, 2))
    assert decisions.get_decision(first.id).status == "issued"
    last = decisions.issue_new(ADMIN, "kien_toan", [office.team_ids[2]],
                               signed_on=dt.date(2026, 4, 3))
    assert decisions.get_decision(first.id).status == "superseded"
    assert decisions.get_decision(first.id).superseded_by == last.id


def test_kien_toan_of_every_team_replaces_the_decision_as_a_whole(office):
    first = _establish_all(office)
    kt = decisions.issue_new(ADMIN, "kien_toan", office.team_ids, signed_on=dt.date(2026, 4, 1))
    assert decisions.get_decision(first.id).status == "superseded"
    text = _text(decisions.decision_pdf(ADMIN, kt.id))
    assert ("thay thế Quyết định số 01/QĐ-UBND ngày 05 tháng 02 năm 2026 của Chủ tịch Ủy ban "
            "nhân dân xã Hợp Thành") in text
    # several teams: numbered appendices, referred to from Điều 1
    assert "Phụ lục I đến Phụ lục III" in text
    for roman in ("PHỤ LỤC I ", "PHỤ LỤC II ", "PHỤ LỤC III "):
        assert roman in text + " "


def test_dissolution_of_one_team_names_what_it_ends(office):
    first = _establish_all(office)
    team = office.team_ids[2]
    gt = decisions.issue_new(ADMIN, "giai_the", [team], signed_on=dt.date(2026, 5, 1))
    assert decisions.get_decision(first.id).status == "issued"
    assert teams.get_team(team).status == "dissolved"
    text = _text(decisions.decision_pdf(ADMIN, gt.id))
    assert "có tên tại Điều 1" not in text and "danh sách kèm theo Quyết định này" not in text
    assert ("Giải thể Tổ công nghệ số cộng đồng thôn Bản Cắm, xã Hợp Thành (đã được thành lập "
            "theo Quyết định số 01/QĐ-UBND") in text
    assert ("danh sách thành viên Tổ công nghệ số cộng đồng thôn Bản Cắm kèm theo Quyết định "
            "số 01/QĐ-UBND") in text and "hết hiệu lực" in text
    assert "các thành viên của Tổ công nghệ số cộng đồng thôn Bản Cắm" in text


def test_position_text_never_repeats_itself():
    assert decisions.position_text("Cán bộ Công an xã", "Công an xã Đoàn Kết") == \
        "Cán bộ Công an xã Đoàn Kết"
    assert decisions.position_text("Trưởng bản", "Bản Hang Cắm") == "Trưởng bản Hang Cắm"
    assert decisions.position_text("Trưởng thôn", "Thôn 1") == "Trưởng Thôn 1"
    assert decisions.position_text("Bí thư Chi đoàn thôn Nà Sla", "Chi đoàn thôn Nà Sla") == \
        "Bí thư Chi đoàn thôn Nà Sla"
    assert decisions.position_text("Nhân viên kỹ thuật", "VNPT Lạng Sơn") == \
        "Nhân viên kỹ thuật, VNPT Lạng Sơn"
    assert decisions.position_text("", "Viettel") == "Viettel"


# --- the issue gate ---------------------------------------------------------------------------


def test_issuing_with_a_blank_is_refused_and_writes_nothing(office):
    set_issuing_defaults(ADMIN, None, plan_number="", plan_date=None)
    before = _counts()
    with pytest.raises(ValidationFailed) as info:
        decisions.issue_new(ADMIN, "thanh_lap", office.team_ids[:1], signed_on=dt.date(2026, 2, 5))
    assert info.value.codes() == ["decision.placeholder"]
    assert "Căn cứ thứ 3" in describe(info.value.problems[0])
    assert _counts() == before  # no draft, no counter, no file, no audit row
    draft = decisions.draft_decision(ADMIN, "thanh_lap", office.team_ids[:1])
    before = _counts()
    with pytest.raises(ValidationFailed):
        decisions.issue_decision(ADMIN, draft.id, signed_on=dt.date(2026, 2, 5),
                                 expected_version=draft.version)
    assert _counts() == before
    assert decisions.get_decision(draft.id).status == "draft"


def test_the_gate_names_every_field():
    info = decisions.DecisionInfo(
        id=0, kind="thanh_lap", issuing_unit_id=1, issuing_unit_name="", year=2026, number=None,
        symbol="", signed_on=None, subject="Về việc thành lập [ ]", signer_name="",
        signer_title="", authority="KT. CHỦ TỊCH", legal_bases=(), proposer="Theo đề nghị của ...",
        articles=(("", ("Thành lập Tổ ___",)),), recipients=("Như Điều 3", "…"),
        status="draft", team_ids=(), pdf_sha256=None, version=1)
    problems = decisions.issue_problems(info, decisions.IssueFacts(signed_on=None, number=None))
    codes = {(p.field, p.code) for p in problems}
    assert codes == {
        ("subject", "decision.placeholder"), ("proposer", "decision.placeholder"),
        ("articles", "decision.placeholder"), ("recipients", "decision.placeholder"),
        ("signer_name", "decision.no_signer"), ("signer_title", "decision.kt_without_title"),
        ("symbol", "decision.no_symbol"), ("legal_bases", "decision.no_legal_basis"),
        ("signed_on", "decision.date_required"),
    }
    assert all(describe(p) for p in problems)


def test_dates_follow_the_numbers(office):
    a, b, c = office.team_ids
    decisions.issue_new(ADMIN, "thanh_lap", [a], signed_on=dt.date(2026, 4, 23))
    with pytest.raises(ValidationFailed) as info:
        decisions.issue_new(ADMIN, "thanh_lap", [b], signed_on=dt.date(2026, 2, 5))
    assert info.value.codes() == ["decision.date_before_last"]
    assert "01/QĐ-UBND" in describe(info.value.problems[0])
    # the văn thư's own earlier number: only with an explicit confirmation
    with pytest.raises(ValidationFailed) as info:
        decisions.issue_new(ADMIN, "thanh_lap", [b], signed_on=dt.date(2026, 5, 2), number=1)
    assert info.value.codes() == ["decision.number_taken"]
    gap = decisions.issue_new(ADMIN, "thanh_lap", [c], signed_on=dt.date(2026, 5, 2), number=9)
    assert gap.number == 9  # a gap is normal: the office numbers other decisions too
    x = decisions.draft_decision(ADMIN, "thanh_lap", [b])
    with pytest.raises(ValidationFailed) as info:  # 05 dated before 01
        decisions.issue_decision(ADMIN, x.id, signed_on=dt.date(2026, 4, 20), number=5,
                                 expected_version=x.version)
    assert info.value.codes() == ["decision.number_out_of_order"]
    done = decisions.issue_decision(ADMIN, x.id, signed_on=dt.date(2026, 4, 20), number=5,
                                    expected_version=x.version, confirm_out_of_order=True)
    assert done.number == 5


def test_a_second_establishment_is_refused_and_kien_toan_proposed(office):
    _establish_all(office)
    team = office.team_ids[0]
    assert decisions.proposed_kind(team) == "kien_toan"
    with pytest.raises(ValidationFailed) as info:
        decisions.issue_new(ADMIN, "thanh_lap", [team], signed_on=dt.date(2026, 3, 1))
    assert info.value.codes() == ["decision.team_established"]


def test_a_stale_draft_that_does_not_cite_what_it_replaces_is_refused(office):
    _establish_all(office)
    team = office.team_ids[0]
    draft = decisions.draft_decision(ADMIN, "kien_toan", [team])
    # the clerk rewrote the last article and lost the citation
    articles = [{"title": t, "paragraphs": list(p)} for t, p in draft.articles]
    articles[-1]["paragraphs"] = ["Quyết định này có hiệu lực kể từ ngày ký."]
    problems = decisions.issue_check(draft.id, dt.date(2026, 3, 1), values={"articles": articles})
    assert [p.code for p in problems] == ["decision.replaced_not_cited"]


# --- office defaults ----------------------------------------------------------------------------


def test_a_province_office_issues_with_the_communes_own_chairman(area):
    configure_office(ADMIN, unit_id=area.province, catalogue="2025", officials=[
        {"full_name": "Đinh Văn Đức", "title": "Chủ tịch", "is_chair": True}])
    team_ids = _make_teams(area.commune, {"Thôn Nà Sla": VILLAGES["Thôn Nà Sla"]})
    draft = decisions.draft_decision(ADMIN, "thanh_lap", team_ids)
    assert draft.signer_name == ""  # never the province Chairman
    problems = decisions.issue_check(draft.id, dt.date(2026, 2, 5))
    assert {p.code for p in problems} == {"decision.no_signer", "decision.placeholder"}
    set_issuing_defaults(ADMIN, area.province, plan_number="67/KH-UBND",
                         plan_date=dt.date(2025, 7, 3))
    with pytest.raises(PermissionDenied):  # a clerk of Hợp Thành cannot set Đông Kinh's
        set_issuing_defaults(area.clerk, area.commune2, officials=[{"full_name": "Ai Đó",
                                                                    "is_chair": True}])
    set_issuing_defaults(area.clerk, area.commune, officials=[
        {"full_name": "nông văn hùng", "is_chair": True}])
    assert [o.full_name for o in issuing_defaults(area.commune).officials] == ["Nông Văn Hùng"]
    issued = decisions.issue_new(ADMIN, "thanh_lap", team_ids, signed_on=dt.date(2026, 2, 5))
    assert issued.signer_name == "Nông Văn Hùng" and issued.authority == "CHỦ TỊCH"
    text = _text(decisions.decision_pdf(ADMIN, issued.id))
    assert "Kế hoạch số 67/KH-UBND ngày 03 tháng 7 năm 2025 của Ủy ban nhân dân tỉnh Lạng Sơn" \
        in text


# --- frozen bytes, permissions ------------------------------------------------------------------


def test_a_reprint_is_the_stored_file(office):
    issued = _establish_all(office)
    stored = decisions.decision_pdf(ADMIN, issued.id)
    import hashlib

    assert hashlib.sha256(stored).hexdigest() == issued.pdf_sha256
    assert decisions.team_pdf(ADMIN, office.team_ids[1]) == stored
    teams.add_member(ADMIN, office.team_ids[1], member_values("Người Mới"), "thanh_vien")
    assert decisions.decision_pdf(ADMIN, issued.id) == stored  # members changed: same file


def test_an_issued_decision_without_a_file_is_rendered_once_and_stored(office):
    from db.models import Decision, DecisionFile

    issued = _establish_all(office)
    DecisionFile.delete().execute()  # as demo or imported decisions come
    Decision.update(pdf_sha256=None).execute()
    first = decisions.decision_pdf(ADMIN, issued.id)
    assert DecisionFile.select().count() == 1
    assert decisions.decision_pdf(ADMIN, issued.id) == first
    assert decisions.get_decision(issued.id).pdf_sha256 is not None


def test_roles_and_scope(office):
    issued = _establish_all(office)
    draft = decisions.draft_decision(ADMIN, "kien_toan", office.team_ids[:1])
    with pytest.raises(PermissionDenied):
        decisions.issue_decision(office.viewer, draft.id, signed_on=dt.date(2026, 3, 1),
                                 expected_version=draft.version)
    outsider = decisions.Actor(user_id=None, username="dongkinh", role="clerk",
                               scope_unit_id=office.commune2)
    with pytest.raises(PermissionDenied) as info:
        decisions.decision_pdf(outsider, issued.id)
    assert info.value.code == "perm.out_of_scope_read"
    with pytest.raises(PermissionDenied):
        decisions.export_team_pdfs(outsider, office.team_ids, out_dir="/tmp/none-dec")
    assert decisions.decision_pdf(office.viewer, issued.id)[:5] == b"%PDF-"
    from db.models import Audit

    printed = Audit.select().where((Audit.action == "print") & (Audit.username == "xem"))
    assert printed.count() == 1  # who printed personal data is kept


# --- batches -------------------------------------------------------------------------------------


def test_batch_prints_each_decision_once_and_never_overwrites(office, tmp_path):
    first = _establish_all(office)
    decisions.issue_new(ADMIN, "kien_toan", [office.team_ids[0]], signed_on=dt.date(2026, 4, 1))
    plan = decisions.plan_batch(ADMIN, office.team_ids)
    assert [i.decision_id for i in plan].count(first.id) == 1
    assert len(plan) == 2
    names = [i.file_name for i in plan]
    assert len(set(names)) == 2 and all(n.startswith("Xã Hợp Thành - ") for n in names)
    out = tmp_path / "qđ"
    written = decisions.export_team_pdfs(ADMIN, office.team_ids, out_dir=out)
    assert sorted(p.name for p in out.iterdir()) == sorted(names)
    assert len(written) == 2
    stored = decisions.decision_pdf(ADMIN, first.id)
    assert (out / next(n for n in names if "01-QĐ-UBND" in n)).read_bytes() == stored
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    with pytest.raises(decisions.BatchError) as info:
        decisions.export_team_pdfs(ADMIN, office.team_ids, out_dir=out)
    assert info.value.code == "batch.file_exists"
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    combined = tmp_path / "gộp.pdf"
    decisions.export_team_pdfs(ADMIN, office.team_ids, combined_path=combined)
    expected = sum(_pages(decisions.decision_pdf(ADMIN, i.decision_id)) for i in plan)
    assert _pages(combined.read_bytes()) == expected


def test_file_names_of_two_communes_never_clash(area):
    configure_office(ADMIN, unit_id=area.province, catalogue="2025", officials=[])
    one = _make_teams(area.commune, {"Thôn 1": VILLAGES["Thôn Nà Sla"]})
    two = _make_teams(area.commune2, {"Thôn 1": VILLAGES["Thôn Khòn Pạt"]})
    names = [i.file_name for i in decisions.plan_batch(ADMIN, one + two)]
    assert names == ["Xã Hợp Thành - Thôn 1 - DỰ THẢO thành lập.pdf",
                     "Phường Đông Kinh - Thôn 1 - DỰ THẢO thành lập.pdf"]


# --- the command line ----------------------------------------------------------------------------


@pytest.fixture
def target(office):
    from db.connection import is_postgres

    return PG_URL if is_postgres(office.db) else office.db.database


def run(target, *args) -> int:
    return main(["--db", target, *args])


def test_cli_issue_reprint_and_usage(office, target, tmp_path, capsys):
    team = office.team_ids[0]
    out = tmp_path / "a.pdf"
    assert run(target, "decision", "--teams", ",".join(map(str, office.team_ids)), "--issue",
               "--date", "05/02/2026", "-o", str(out)) == 0
    assert "Đã ban hành Quyết định số 01/QĐ-UBND ngày 05/02/2026" in capsys.readouterr().out
    again = tmp_path / "b.pdf"
    issued = decisions.decisions_for_team(team)[0]
    assert run(target, "decision", "--id", str(issued.id), "-o", str(again)) == 0
    assert again.read_bytes() == out.read_bytes()
    # an established team: kiện toàn proposed; a blank left in: refused, nothing written
    before = _counts()
    assert run(target, "decision", str(team), "--issue", "--date", "01/03/2026",
               "--add-legal-basis", "Căn cứ Công văn số …/UBND") == 1
    err = capsys.readouterr()
    assert "kiện toàn" in err.out and "còn chỗ trống" in err.err
    assert "Căn cứ thứ 5" in err.err  # added after the four default ones, not instead
    assert _counts() == before
    assert run(target, "decision", str(team), "--issue", "--date", "01/03/2026",
               "--signer", "Lường Thị Mai", "--authority", "KT. CHỦ TỊCH",
               "--signer-title", "PHÓ CHỦ TỊCH") == 0
    kt = decisions.decisions_for_team(team)[0]
    assert kt.kind == "kien_toan" and kt.signer_name == "Lường Thị Mai"
    # usage errors exit 2
    assert run(target, "decision", "--all", "--out-dir", str(tmp_path / "d"),
               "--combined", str(tmp_path / "c.pdf")) == 2
    assert run(target, "decision", str(team), "--force-number", "--issue") == 2
    assert run(target, "decision", "--all") == 2
    # --all defaults to the office's scope
    assert run(target, "decision", "--all", "--out-dir", str(tmp_path / "d")) == 0
    assert "Đã ghi 2 tệp PDF (3 Tổ)" in capsys.readouterr().out


def test_cli_office_set_and_show(office, target, capsys):
    assert run(target, "office-set", "--unit", "06010", "--chair", "vi văn hải",
               "--plan-number", "12", "--plan-date", "03/07/2025") == 0
    out = capsys.readouterr().out
    assert "Chủ tịch: Vi Văn Hải" in out and "12 ngày 03/07/2025" in out
    assert [o.full_name for o in issuing_defaults(office.commune2).officials] == ["Vi Văn Hải"]
    assert run(target, "office-set") == 2


# --- the district demo ---------------------------------------------------------------------------


def test_a_demo_decision_issues_at_once(db):
    """The demo carries each commune's Chairman and the province plan: a kiện toàn of one
    team of a multi-team establishment decision issues without typing anything, cites that
    decision by number, date and title, and replaces only that team's list."""
    from db.models import Decision, DecisionTeam, Team
    from desktop.catalogue import load_catalogue
    from desktop.demo import build_demo

    load_catalogue("2025", provinces={"20"})
    build_demo(scale="district", seed=1)
    multi = next(d for d in Decision.select().where(
        (Decision.status == "issued") & (Decision.kind == "thanh_lap")).order_by(Decision.id)
        if DecisionTeam.select().where(DecisionTeam.decision == d.id).count() > 3)
    team = next(t.team_id for t in DecisionTeam.select().where(DecisionTeam.decision == multi.id)
                if Team.get_by_id(t.team_id).status == "active"
                and decisions.governing_decision(t.team_id).id == multi.id)
    day = dt.date.today()
    assert decisions.proposed_kind(team) == "kien_toan"
    kt = decisions.issue_new(ADMIN, "kien_toan", [team], signed_on=day)
    assert kt.signer_name and kt.authority == "CHỦ TỊCH"
    assert decisions.get_decision(multi.id).status == "issued"
    text = " ".join(p for _, ps in kt.articles for p in ps)
    earlier = decisions.get_decision(multi.id)
    assert f"kèm theo Quyết định số {earlier.number:02d}/QĐ-UBND" in text
    assert any(decisions._title_words(earlier.subject) in b for b in kt.legal_bases)
    assert not any("…" in b for b in kt.legal_bases)


# --- decision texts stored once (migration 11) ---------------------------------------------------


def test_texts_are_stored_once_and_read_back_unchanged(office):
    import json

    from db import decision_text
    from db.models import Decision, DecisionFile, DecisionLine

    first = decisions.issue_new(ADMIN, "thanh_lap", office.team_ids[:1],
                                signed_on=dt.date(2026, 2, 5))
    second = decisions.issue_new(ADMIN, "thanh_lap", office.team_ids[1:2],
                                 signed_on=dt.date(2026, 2, 6))
    stored = {d.id: bytes(DecisionFile.get(DecisionFile.decision == d.id).data)
              for d in (first, second)}
    lines = DecisionLine.select().count()
    raw = Decision.get_by_id(second.id)
    assert all(isinstance(i, int) for i in json.loads(raw.legal_bases))
    # the second decision added only the lines that name its village
    assert lines < 2 * (len(first.legal_bases) + len(first.recipients)
                        + sum(1 + len(p) for _, p in first.articles))
    # rows written the old way (strings) read the same and are converted
    before = {d: decisions.get_decision(d) for d in (first.id, second.id)}
    for d, info in before.items():
        Decision.update(
            legal_bases=json.dumps(list(info.legal_bases), ensure_ascii=False),
            articles=json.dumps([{"title": t, "paragraphs": list(p)} for t, p in info.articles],
                                ensure_ascii=False),
            recipients=json.dumps(list(info.recipients), ensure_ascii=False),
        ).where(Decision.id == d).execute()
        assert decisions.get_decision(d) == info
    assert decision_text.compact_all() == 2
    assert decision_text.compact_all() == 0
    for d, info in before.items():
        assert decisions.get_decision(d) == info
        assert decisions.decision_pdf(ADMIN, d) == stored[d]  # issued bytes untouched
    assert DecisionLine.select().count() == lines
