"""The new communes' kiện toàn Decisions, measured in the PDF as issued (the same measuring
helpers as tests/exports/test_decision_pdf.py): Nghị định 30/2020 Phụ lục I layout, the
Resolution and the old communes' Decisions as legal bases, the new commune's Chairman."""
from __future__ import annotations

import datetime as dt
import io
import re

import pdfplumber
import pytest

from desktop import reform
from desktop.context import LOCAL_ADMIN
from tests.desktop.test_reform import build_dinh_lap, placements_for
from tests.exports.test_decision_pdf import (
    A4_H,
    A4_W,
    FONT_NAME,
    LEFT,
    TEXT_CENTRE,
    TEXT_RIGHT,
    TOP,
    body_lines,
    find,
    is_watermark,
    page_number_segs,
    section_pages,
    segments,
    squash,
)


@pytest.fixture
def kien_moc(sqlite_db, tmp_path):
    """Xã Kiên Mộc's kiện toàn after the reform of Huyện Đình Lập, as issued."""
    from desktop import decisions

    build_dinh_lap()
    plan = reform.plan_reform(LOCAL_ADMIN)
    reform.apply_reform(LOCAL_ADMIN, placements=placements_for(plan),
                        backup_to=tmp_path / "b.db")
    reform.save_paperwork_settings(LOCAL_ADMIN, resolution_number="1672/NQ-UBTVQH15",
                                   resolution_date=dt.date(2025, 6, 16),
                                   chairs={"06625": "Lương Văn Mộc"})
    reform.rename_same_names(LOCAL_ADMIN)  # "Thôn 1" of Kiên Mộc and of Bắc Xa
    (info,) = reform.issue_kien_toan(LOCAL_ADMIN, signed_on=dt.date(2025, 8, 5),
                                     commune_codes=["06625"])
    pdf = pdfplumber.open(io.BytesIO(decisions.decision_pdf(LOCAL_ADMIN, info.id)))
    yield info, pdf
    pdf.close()


def test_page_header_title_and_authority(kien_moc):
    _info, pdf = kien_moc
    for p in pdf.pages:
        assert p.width == pytest.approx(A4_W, abs=0.5) and p.height == pytest.approx(A4_H, abs=0.5)
        assert not any(is_watermark(c) for c in p.chars)  # issued: no DỰ THẢO
        for c in p.chars:
            assert FONT_NAME.match(c["fontname"]), c["fontname"]
            assert LEFT - 1 <= c["x0"] and c["x1"] <= TEXT_RIGHT + 1
    segs = segments(pdf.pages[0])
    ub, xa = find(segs, "ỦY BAN NHÂN DÂN"), find(segs, "XÃ KIÊN MỘC")
    so = find(segs, "Số: 01/QĐ-UBND")
    when = find(segs, "Kiên Mộc, ngày 05 tháng 8 năm 2025")
    assert ub.face == xa.face == "bold" and when.face == "italic"
    assert when.baseline == pytest.approx(so.baseline, abs=0.05)
    find(segs, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    find(segs, "Độc lập - Tự do - Hạnh phúc")
    qd = find(segs, "QUYẾT ĐỊNH")
    auth = find(segs, "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ KIÊN MỘC")
    for s in (qd, auth):
        assert s.face == "bold" and s.centre == pytest.approx(TEXT_CENTRE, abs=1)
    subject = " ".join(s.text for s in segs if qd.baseline < s.baseline < auth.baseline)
    assert squash(subject) == ("Về việc kiện toàn các Tổ công nghệ số cộng đồng trên địa "
                               "bàn xã Kiên Mộc")


def test_legal_bases_cite_the_resolution_and_the_old_communes(kien_moc):
    _info, pdf = kien_moc
    first = section_pages(pdf)[0]
    text = squash(" ".join(s.text for p in first for s in body_lines(p)))
    assert ("Căn cứ Nghị quyết số 1672/NQ-UBTVQH15 ngày 16 tháng 6 năm 2025 của Ủy ban "
            "Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Lạng "
            "Sơn năm 2025;") in text
    assert "của Chủ tịch Ủy ban nhân dân xã Bắc Xa (trước sắp xếp) về việc" in text
    assert "xã Kiên Mộc (trước sắp xếp)" in text
    assert "……" not in text and "..." not in text  # nothing left to fill in by hand
    # every basis ends with ";" and the proposer line with "."; then "QUYẾT ĐỊNH:"
    bases = [b.strip() for b in re.split(r"(?=Căn cứ )", text.split("QUYẾT ĐỊNH:")[0])
             if b.startswith("Căn cứ")]
    assert len(bases) >= 4
    for b in bases[:-1]:
        assert b.endswith(";"), b[-60:]
    assert "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội." in text
    for n in (1, 2, 3):
        assert f"Điều {n}." in text
    article_3 = text.split("Điều 3.")[1]
    assert "thay thế" in article_3 and "(trước sắp xếp)" in article_3
    assert text.count("./.") == 1


def test_signature_and_attached_lists(kien_moc):
    info, pdf = kien_moc
    sections = section_pages(pdf)
    assert len(sections) == 1 + len(info.team_ids)  # the Decision, then one list per team
    last = segments(sections[0][-1])
    find(last, "Nơi nhận:")
    sign = find(last, "CHỦ TỊCH")
    name = find(last, "Lương Văn Mộc")
    assert sign.face == name.face == "bold" and name.baseline - sign.baseline > 40
    assert sign.centre == pytest.approx(name.centre, abs=1)
    for pages in sections[1:]:
        head = segments(pages[0])
        assert not page_number_segs(pages[0])  # each list numbers its own pages
        find(head, "DANH SÁCH THÀNH VIÊN")
        assert head[0].text.startswith("PHỤ LỤC")  # Phụ lục I, II… (ND30 appendices)
        note = " ".join(s.text for s in head if s.text.startswith("(Kèm") or
                        "Chủ tịch UBND" in s.text)
        assert "Quyết định số 01/QĐ-UBND ngày 05 tháng 8 năm 2025" in squash(note)
        assert all(s.bottom >= TOP for s in head if s.text == "DANH SÁCH THÀNH VIÊN")
