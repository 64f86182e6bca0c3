"""The small decision functions the GUI calls (signers, the next-number hint, the live
preview of unsaved texts, file names, atomic saving): Qt-free, so tested here too."""
from __future__ import annotations

import datetime as dt
import io

import pytest

from desktop import decisions, teams, units
from desktop.office import configure_office, set_issuing_defaults

from .service_fixtures import ADMIN, area, member_values  # noqa: F401

pdfplumber = pytest.importorskip("pdfplumber")


@pytest.fixture
def team(area):
    configure_office(ADMIN, unit_id=area.commune, catalogue="2025", officials=[
        {"full_name": "Lường Thị Mai", "title": "Phó Chủ tịch"},
        {"full_name": "hoàng văn thụ", "title": "Chủ tịch", "is_chair": True},
        {"full_name": "Nghỉ Hưu", "title": "Phó Chủ tịch", "active": False},
    ])
    set_issuing_defaults(ADMIN, None, plan_number="125", plan_date=dt.date(2025, 7, 2))
    village = units.create_village(ADMIN, area.commune, "Thôn Nà Sla")
    row = teams.create_team(ADMIN, village.id)
    for i, name in enumerate(["Nông Văn Dũng", "Hoàng Thị Hoà", "Lương Văn Đức"]):
        teams.add_member(ADMIN, row.id, member_values(name),
                         "to_truong" if i == 0 else "thanh_vien")
    return row.id


def _text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


def test_signer_choices_put_the_chairman_first(team):
    choices = decisions.signer_choices()
    assert [c.full_name for c in choices] == ["Hoàng Văn Thụ", "Lường Thị Mai"]  # active only
    assert [c.block for c in choices] == ["CHỦ TỊCH", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"]
    assert decisions.signer_values(choices[1].official_id) == {
        "signer_name": "Lường Thị Mai", "signer_title": "PHÓ CHỦ TỊCH",
        "authority": "KT. CHỦ TỊCH"}


def test_next_number_is_a_hint_per_year(team):
    draft = decisions.draft_decision(ADMIN, "thanh_lap", [team])
    assert decisions.next_number(draft.id, 2026) == 1
    other = decisions.draft_decision(ADMIN, "thanh_lap", [team])
    decisions.issue_decision(ADMIN, other.id, signed_on=dt.date(2026, 3, 5),
                             expected_version=other.version, number=4)
    assert decisions.next_number(draft.id, 2026) == 5
    assert decisions.next_number(draft.id, 2027) == 1


def test_preview_shows_unsaved_texts_and_saves_nothing(team):
    draft = decisions.draft_decision(ADMIN, "thanh_lap", [team])
    values = {
        "legal_bases": [*draft.legal_bases, "  Căn cứ Nghị quyết số 05/NQ-HĐND  ", ""],
        "articles": [{"title": "", "paragraphs": ["Thành lập Tổ."]},
                     {"title": "Hiệu lực", "paragraphs": ["Có hiệu lực từ ngày ký.", " "]}],
        "signed_on": dt.date(2027, 1, 2),
    }
    text = _text(decisions.preview_draft_pdf(ADMIN, draft.id, values))
    assert "05/NQ-HĐND" in text and "Điều 2. Hiệu lực" in text and "Điều 3." not in text
    assert "ngày 02 tháng 01 năm 2027" in text
    again = decisions.get_decision(draft.id)
    assert again.version == draft.version and again.legal_bases == draft.legal_bases
    with pytest.raises(decisions.DecisionError):
        decisions.preview_draft_pdf(ADMIN, draft.id, {"number": 3})


def test_file_names_and_atomic_save(team, tmp_path):
    draft = decisions.draft_decision(ADMIN, "thanh_lap", [team])
    assert decisions.suggested_file_name(draft.id) == (
        "Xã Hợp Thành - Thôn Nà Sla - DỰ THẢO thành lập.pdf")
    issued = decisions.issue_decision(ADMIN, draft.id, signed_on=dt.date(2026, 3, 5),
                                      expected_version=draft.version)
    name = decisions.suggested_file_name(issued.id)
    assert name == "Xã Hợp Thành - Thôn Nà Sla - 01-QĐ-UBND 2026.pdf"
    folder = tmp_path / "lưu"
    folder.mkdir()
    target = folder / name
    decisions.save_pdf_file(target, decisions.decision_pdf(ADMIN, issued.id))
    assert target.read_bytes() == decisions.decision_pdf(ADMIN, issued.id)  # the stored bytes
    assert [p.name for p in folder.iterdir()] == [name]  # no temporary file left
