"""Decisions: drafting, issuing (numbers, snapshot, hash), immutability, kiện toàn,
dissolution, and numbers under concurrent issuing."""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import threading

import pytest

from db.models import Membership, Team
from desktop import decisions, teams, units
from desktop.decisions import DecisionError
from desktop.errors_domain import ValidationFailed
from vn.messages import describe
from desktop.office import configure_office, set_issuing_defaults

from .service_fixtures import ADMIN, area, member_values  # noqa: F401

pdfplumber = pytest.importorskip("pdfplumber")


def _text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


def _watermark(data: bytes) -> str:
    """The large letters on the first page (the diagonal DỰ THẢO mark)."""
    with pdfplumber.open(io.BytesIO(data)) as doc:
        chars = [c for c in doc.pages[0].chars if c["size"] >= 40]
    return "".join(sorted((c["x0"], c["text"]) for c in chars) and
                   [t for _, t in sorted((c["x0"], c["text"]) for c in chars)])


@pytest.fixture
def setup(area):
    configure_office(ADMIN, unit_id=area.commune, catalogue="2025", officials=[
        {"full_name": "hoàng văn thụ", "title": "Chủ tịch", "is_chair": True},
        {"full_name": "Lường Thị Mai", "title": "Phó Chủ tịch"},
    ])
    set_issuing_defaults(ADMIN, None, plan_number="125", plan_date=dt.date(2025, 7, 2))
    team_ids = []
    for village_name, people in (
        ("Thôn Nà Sla", ["Nông Văn Dũng", "Hoàng Thị Hoà", "Lương Văn Đức"]),
        ("Thôn Khòn Pạt", ["Triệu Thị Lan", "Vi Văn Ánh", "Đàm Quốc Ân"]),
    ):
        village = units.create_village(ADMIN, area.commune, village_name)
        team = teams.create_team(ADMIN, village.id)
        for i, name in enumerate(people):
            teams.add_member(ADMIN, team.id, member_values(name),
                             "to_truong" if i == 0 else "thanh_vien")
        team_ids.append(team.id)
    area.team_ids = team_ids
    return area


def test_draft_has_defaults_and_prints_as_draft(setup):
    d = decisions.draft_decision(ADMIN, "thanh_lap", [setup.team_ids[0]])
    assert d.status == "draft" and d.number is None
    assert d.subject == "Về việc thành lập Tổ công nghệ số cộng đồng thôn Nà Sla"
    assert d.authority == "CHỦ TỊCH" and d.signer_name == "Hoàng Văn Thụ"
    assert any("72/2025/QH15" in b for b in d.legal_bases)
    assert any("793/BTTTT-THH" in b for b in d.legal_bases)
    data = decisions.decision_pdf(ADMIN, d.id)
    text = _text(data)
    assert _watermark(data).replace(" ", "") == "DỰTHẢO"
    assert "Nông Văn Dũng" in text and "Tổ trưởng" in text
    assert "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HỢP THÀNH" in text


def test_vice_chairman_signs_kt(setup):
    office_vice = [o for o in decisions.get_office().officials if not o.is_chair][0]
    d = decisions.draft_decision(ADMIN, "thanh_lap", [setup.team_ids[0]],
                                 official_id=office_vice.id)
    assert (d.authority, d.signer_title, d.signer_name) == (
        "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lường Thị Mai")


def test_issue_numbers_freezes_and_takes_effect(setup):
    d = decisions.draft_decision(ADMIN, "thanh_lap", [setup.team_ids[0]])
    issued = decisions.issue_decision(ADMIN, d.id, signed_on=dt.date(2026, 3, 5),
                                      expected_version=d.version)
    assert (issued.number, issued.year, issued.status) == (1, 2026, "issued")
    data = decisions.decision_pdf(ADMIN, d.id)
    assert hashlib.sha256(data).hexdigest() == issued.pdf_sha256
    text = _text(data)
    assert _watermark(data) == ""
    assert "Số: 01/QĐ-UBND" in text
    assert "ngày 05 tháng 3 năm 2026" in text
    assert [r["full_name"] for r in issued.snapshot_members()] == [
        "Nông Văn Dũng", "Lương Văn Đức", "Hoàng Thị Hoà"]  # leader first, then by given name
    rows = Membership.select().where(Membership.team == setup.team_ids[0])
    assert all(m.start_decision_id == d.id for m in rows)
    assert all(m.start_date == dt.date(2026, 3, 5) for m in rows)
    team = Team.get_by_id(setup.team_ids[0])
    assert team.status == "active" and team.established_on == dt.date(2026, 3, 5)

    # frozen: no edit, no second issue; later member changes don't touch the issued PDF
    with pytest.raises(DecisionError) as info:
        decisions.update_draft(ADMIN, d.id, {"subject": "Về việc khác"}, issued.version)
    assert info.value.code == "decision.frozen"
    with pytest.raises(DecisionError):
        decisions.issue_decision(ADMIN, d.id, signed_on=dt.date(2026, 3, 6),
                                 expected_version=issued.version)
    teams.add_member(ADMIN, setup.team_ids[0], member_values("Bế Văn Tài"), "thanh_vien")
    assert decisions.decision_pdf(ADMIN, d.id) == data


def test_numbers_run_per_year_and_restart_on_1_january(setup):
    def issue(team_id, day):
        d = decisions.draft_decision(ADMIN, "thanh_lap", [team_id])
        return decisions.issue_decision(ADMIN, d.id, signed_on=day, expected_version=d.version)

    assert issue(setup.team_ids[0], dt.date(2025, 12, 30)).number == 1
    assert issue(setup.team_ids[1], dt.date(2025, 12, 31)).number == 2
    d = decisions.draft_decision(ADMIN, "kien_toan", [setup.team_ids[0]])
    first_2026 = decisions.issue_decision(ADMIN, d.id, signed_on=dt.date(2026, 1, 2),
                                          expected_version=d.version)
    assert (first_2026.number, first_2026.year) == (1, 2026)
    assert "ngày 02 tháng 01 năm 2026" in _text(decisions.decision_pdf(ADMIN, d.id))


def test_explicit_number_from_the_van_thu(setup):
    d = decisions.draft_decision(ADMIN, "thanh_lap", [setup.team_ids[0]])
    issued = decisions.issue_decision(ADMIN, d.id, signed_on=dt.date(2026, 3, 5),
                                      expected_version=d.version, number=17)
    assert issued.number == 17
    d2 = decisions.draft_decision(ADMIN, "thanh_lap", [setup.team_ids[1]])
    with pytest.raises(ValidationFailed) as info:
        decisions.issue_decision(ADMIN, d2.id, signed_on=dt.date(2026, 4, 1),
                                 expected_version=d2.version, number=17)
    assert info.value.codes() == ["decision.number_taken"]
    again = decisions.get_decision(d2.id)
    assert again.status == "draft" and again.number is None  # nothing half-done
    nxt = decisions.issue_decision(ADMIN, d2.id, signed_on=dt.date(2026, 4, 1),
                                   expected_version=again.version)
    assert nxt.number == 18  # the counter continues after the văn thư's number


def test_kien_toan_supersedes_and_ends(setup):
    team_id = setup.team_ids[0]
    d = decisions.draft_decision(ADMIN, "thanh_lap", [team_id])
    first = decisions.issue_decision(ADMIN, d.id, signed_on=dt.date(2026, 3, 5),
                                     expected_version=d.version)
    leaving = [m for m in teams.team_members(team_id) if m.full_name == "Lương Văn Đức"][0]
    teams.end_membership(ADMIN, leaving.membership_id, dt.date(2026, 6, 1), "chuyển công tác",
                         expected_version=leaving.version)
    teams.add_member(ADMIN, team_id, member_values("Hà Thị Nguyệt", sex="Nữ"), "to_pho",
                     start_date=dt.date(2026, 6, 1))
    k = decisions.draft_decision(ADMIN, "kien_toan", [team_id])
    assert k.subject.startswith("Về việc kiện toàn")
    assert any("thay thế Quyết định số 01/QĐ-UBND" in p for _, ps in k.articles for p in ps)
    issued = decisions.issue_decision(ADMIN, k.id, signed_on=dt.date(2026, 6, 2),
                                      expected_version=k.version)
    names = [r["full_name"] for r in issued.snapshot_members()]
    assert "Hà Thị Nguyệt" in names and "Lương Văn Đức" not in names
    assert decisions.get_decision(first.id).status == "superseded"
    assert Membership.get_by_id(leaving.membership_id).end_decision_id == k.id


def test_dissolution(setup):
    team_id = setup.team_ids[1]
    d = decisions.draft_decision(ADMIN, "giai_the", [team_id])
    decisions.issue_decision(ADMIN, d.id, signed_on=dt.date(2026, 9, 1),
                             expected_version=d.version)
    assert Team.get_by_id(team_id).status == "dissolved"
    assert not teams.team_members(team_id)


def test_several_teams_in_one_decision(setup):
    d = decisions.draft_decision(ADMIN, "thanh_lap", setup.team_ids)
    assert "trên địa bàn xã Hợp Thành" in d.subject
    issued = decisions.issue_decision(ADMIN, d.id, signed_on=dt.date(2026, 3, 5),
                                      expected_version=d.version)
    assert len(issued.snapshot_members()) == 6
    text = _text(decisions.decision_pdf(ADMIN, d.id))
    assert "THÔN NÀ SLA" in text and "THÔN KHÒN PẠT" in text


def test_clerk_of_another_commune_cannot_draft(setup):
    from desktop.permissions import PermissionDenied
    from desktop.context import Actor

    outsider = Actor(user_id=None, username="x", role="clerk",
                     scope_unit_id=setup.other_commune)
    with pytest.raises(PermissionDenied):
        decisions.draft_decision(outsider, "thanh_lap", [setup.team_ids[0]])


def test_concurrent_issues_never_share_a_number(setup):
    """Many drafts issued at the same moment from separate connections (threads)."""
    db = setup.db
    drafts = []
    for _ in range(4):
        for team_id in setup.team_ids:
            drafts.append(decisions.draft_decision(ADMIN, "kien_toan", [team_id]))
    barrier = threading.Barrier(len(drafts))
    errors: list[BaseException] = []

    def work(draft):
        try:
            barrier.wait()
            decisions.issue_decision(ADMIN, draft.id, signed_on=dt.date(2026, 5, 5),
                                     expected_version=draft.version)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=work, args=(d,)) for d in drafts]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    numbers = sorted(decisions.get_decision(d.id).number for d in drafts)
    assert numbers == list(range(1, len(drafts) + 1))


def test_a_backdated_kien_toan_is_refused_with_the_right_reason(setup):
    """A kiện toàn dated before the decision it replaces is refused for that reason (not
    "no members"), numbered or not, and nothing changes."""
    team_id = setup.team_ids[0]
    d0 = decisions.draft_decision(ADMIN, "thanh_lap", [team_id])
    first = decisions.issue_decision(ADMIN, d0.id, signed_on=dt.date(2026, 1, 10),
                                     expected_version=d0.version)
    d = decisions.draft_decision(ADMIN, "kien_toan", [team_id])
    later = decisions.issue_decision(ADMIN, d.id, signed_on=dt.date(2026, 5, 26),
                                     expected_version=d.version)
    d2 = decisions.draft_decision(ADMIN, "kien_toan", [team_id])
    with pytest.raises(ValidationFailed) as info:
        decisions.issue_decision(ADMIN, d2.id, signed_on=dt.date(2026, 3, 5),
                                 expected_version=d2.version)
    assert set(info.value.codes()) == {"decision.date_before_last", "decision.before_replaced"}
    with pytest.raises(ValidationFailed) as info:
        decisions.issue_decision(ADMIN, d2.id, signed_on=dt.date(2026, 3, 5),
                                 expected_version=d2.version, number=5,
                                 confirm_out_of_order=True)
    assert info.value.codes() == ["decision.before_replaced"]
    assert "Quyết định số 02/QĐ-UBND ngày 26/5/2026" in describe(info.value.problems[0])
    assert decisions.get_decision(d2.id).status == "draft"
    assert decisions.get_decision(later.id).status == "issued"
    assert decisions.get_decision(first.id).status == "superseded"
