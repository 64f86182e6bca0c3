"""desktop.export_service: the roster, training records, the report and the template, reopened
with openpyxl and checked cell by cell; citizen IDs only when allowed; an audit row per export."""

from __future__ import annotations

import datetime as dt
import json

import openpyxl
import pytest

from db.models import Audit
from desktop import decisions, stats, teams, units
from desktop import export_service as es
from desktop.context import Actor
from desktop.office import configure_office, get_office
from desktop.permissions import PermissionDenied
from exports.errors import Cancelled
from tests.desktop.export_fixtures import (  # noqa: F401
    ADMIN,
    add_unit,
    area,
    header_row,
    member,
    roster,
    table,
)
from tests.desktop.service_fixtures import version_of


def _sheet(path, name=None):
    wb = openpyxl.load_workbook(path)
    return wb[name] if name else wb.worksheets[0]


def _allow_citizen_ids(area, on: bool = True) -> None:
    office = get_office()
    configure_office(
        ADMIN,
        unit_id=office.unit_id,
        catalogue=office.catalogue,
        officials=[
            {"full_name": o.full_name, "title": o.title, "is_chair": o.is_chair}
            for o in office.officials
        ],
        settings={**office.settings, es.EXPORT_CITIZEN_ID_SETTING: on},
    )


def test_commune_roster_sections_order_and_cells(roster, tmp_path):
    path = tmp_path / "ds.xlsx"
    result = es.export_roster(ADMIN, roster.commune, path)
    assert result.rows == 11 and result.citizen_id is False
    ws = _sheet(path)
    head = header_row(ws)
    headings = [c.value for c in ws[head]]
    assert "Số CCCD" not in headings
    assert headings[:3] == ["STT", "Họ và tên", "Ngày sinh"]
    body = table(ws, head)
    # one commune: village sections only, numbered I, II, III, natural order of numbers
    sections = [r[0] for r in body if isinstance(r[0], str)]
    assert sections == ["I. Thôn 2", "II. Thôn 10", "III. Thôn Nà Sla"]
    for s_row in range(head + 1, head + 1 + len(body)):
        if isinstance(ws.cell(s_row, 1).value, str):
            assert any(str(m).startswith(f"A{s_row}:") for m in ws.merged_cells.ranges)
    # role rank, then given-name order (An < Dũng < Đức)
    na_sla = body[[r[0] for r in body].index("III. Thôn Nà Sla") + 1 :]
    names = [r[1] for r in na_sla]
    roles = [r[headings.index("Vai trò trong Tổ")] for r in na_sla]
    assert names == ["Lý Thị Yến", "Trần Thị Hoà", "Vi Văn An", "Hoàng Văn Dũng", "Nông Văn Đức"]
    assert roles == ["Tổ trưởng", "Tổ phó", "Thành viên", "Thành viên", "Thành viên"]
    assert [r[0] for r in na_sla] == [1, 2, 3, 4, 5]
    # cells: phones as text with a leading zero, real dates dd/mm/yyyy, a year alone as text
    yen_row = head + 1 + [r[1] for r in body].index("Lý Thị Yến")
    phone = ws.cell(yen_row, headings.index("Số điện thoại") + 1)
    assert phone.value == "0388123456" and phone.data_type == "s" and phone.number_format == "@"
    birth = ws.cell(yen_row, headings.index("Ngày sinh") + 1)
    assert birth.value == dt.datetime(1990, 3, 5) and birth.number_format.upper() == "DD/MM/YYYY"
    duc = body[[r[1] for r in body].index("Nông Văn Đức")]
    assert duc[headings.index("Ngày sinh")] == "1979"
    hoa = body[[r[1] for r in body].index("Trần Thị Hoà")]
    assert hoa[headings.index("Chức vụ/đơn vị công tác")] == "Nhân viên, VNPT Lạng Sơn"
    assert hoa[headings.index("Email")] == "hoa.tt@gmail.com"
    trained = {r[1]: r[headings.index("Đã tập huấn")] for r in body if not isinstance(r[0], str)}
    assert trained["Lý Thị Yến"] == "x" and trained["Vi Văn An"] == "x"
    assert trained["Hoàng Văn Dũng"] is None  # registered, not completed
    # user text never becomes a formula
    binh_row = head + 1 + [r[1] for r in body].index("Lương Thị Bình")
    cell = ws.cell(binh_row, headings.index("Chức vụ/đơn vị công tác") + 1)
    assert cell.value == "=SUM(A1:A2)" and cell.data_type == "s"
    # title block from the office; print set-up
    texts = [c.value for row in ws.iter_rows(max_row=head - 1) for c in row if c.value]
    assert "ỦY BAN NHÂN DÂN" in texts and "XÃ HỢP THÀNH" in texts
    assert any(
        str(t).startswith("DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG XÃ HỢP THÀNH")
        for t in texts
    )
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize in (9, "9")
    assert ws.print_title_rows == f"${head}:${head}"
    assert "Hoàng Văn Thụ" in [c.value for row in ws.iter_rows(min_row=head) for c in row]


def test_export_writes_an_audit_row(roster, tmp_path):
    es.export_roster(ADMIN, roster.commune, tmp_path / "a.xlsx")
    row = Audit.select().where((Audit.action == "export")).order_by(Audit.id.desc()).get()
    after = json.loads(row.after)
    assert (row.entity, after["what"], after["rows"], after["file"]) == (
        "roster",
        "roster",
        11,
        "a.xlsx",
    )
    assert after["citizen_id"] is False and row.unit_id == roster.commune


def test_citizen_ids_only_when_the_office_allows_and_the_user_may_see(roster, tmp_path):
    with pytest.raises(es.ExportRefused) as refused:
        es.export_roster(ADMIN, roster.commune, tmp_path / "x.xlsx", include_citizen_id=True)
    assert refused.value.code == "export.citizen_id_off" and "CCCD" in refused.value.message
    assert not (tmp_path / "x.xlsx").exists()
    _allow_citizen_ids(roster)
    clerk = Actor(
        user_id=None,
        username="canbo",
        role="clerk",
        scope_unit_id=roster.commune,
        can_see_citizen_id=False,
    )
    with pytest.raises(es.ExportRefused) as refused:
        es.export_roster(clerk, roster.commune, tmp_path / "x.xlsx", include_citizen_id=True)
    assert refused.value.code == "export.citizen_id_denied"
    assert es.citizen_id_allowed(ADMIN) and not es.citizen_id_allowed(clerk)
    result = es.export_roster(ADMIN, roster.commune, tmp_path / "id.xlsx", include_citizen_id=True)
    assert result.citizen_id
    ws = _sheet(tmp_path / "id.xlsx")
    head = header_row(ws)
    headings = [c.value for c in ws[head]]
    col = headings.index("Số CCCD")
    ids = {r[1]: r[col] for r in table(ws, head) if not isinstance(r[0], str)}
    assert ids["Vi Văn An"] == "008085001234"
    last = Audit.select().where(Audit.action == "export").order_by(Audit.id.desc()).get()
    assert json.loads(last.after)["citizen_id"] is True
    # without asking, never
    es.export_roster(ADMIN, roster.commune, tmp_path / "no.xlsx")
    ws = _sheet(tmp_path / "no.xlsx")
    assert "Số CCCD" not in [c.value for c in ws[header_row(ws)]]


def test_province_roster_has_commune_sections_and_a_team_has_none(roster, tmp_path):
    es.export_roster(ADMIN, roster.province, tmp_path / "p.xlsx")
    ws = _sheet(tmp_path / "p.xlsx")
    body = table(ws, header_row(ws))
    sections = [r[0] for r in body if isinstance(r[0], str)]
    assert sections == [
        "I. PHƯỜNG ĐÔNG KINH",
        "1. Khu 1",
        "II. XÃ HỢP THÀNH",
        "1. Thôn 2",
        "2. Thôn 10",
        "3. Thôn Nà Sla",
    ]
    es.export_roster(ADMIN, None, tmp_path / "t.xlsx", team_id=roster.teams["Thôn 2"])
    ws = _sheet(tmp_path / "t.xlsx")
    body = table(ws, header_row(ws))
    assert [r[1] for r in body] == ["Mông Văn Tùng", "Sầm Văn Khánh", "Hà Thị Lan"]
    assert [r[0] for r in body] == [1, 2, 3]


def test_roster_at_a_date_and_the_rows_are_streamed(roster, tmp_path, monkeypatch):
    gone = roster.people["Chu Văn Cường"]
    teams.end_membership(ADMIN, gone.membership_id, dt.date.today(),
                         expected_version=version_of("Membership", gone.membership_id))
    es.export_roster(ADMIN, roster.commune, tmp_path / "now.xlsx")
    ws = _sheet(tmp_path / "now.xlsx")
    assert "Chu Văn Cường" not in [r[1] for r in table(ws, header_row(ws))]
    es.export_roster(
        ADMIN, roster.commune, tmp_path / "before.xlsx", at=dt.date.today() - dt.timedelta(days=1)
    )
    ws = _sheet(tmp_path / "before.xlsx")
    assert "Chu Văn Cường" in [r[1] for r in table(ws, header_row(ws))]

    seen = {}
    real = es.write_roster

    def spy(path, doc, **kw):
        seen["sections"] = doc.sections
        seen["total"] = kw.get("total_rows")
        return real(path, doc, **kw)

    monkeypatch.setattr(es, "write_roster", spy)
    es.export_roster(ADMIN, roster.commune, tmp_path / "s.xlsx")
    assert not isinstance(seen["sections"], (list, tuple))  # a generator over the cursor
    assert seen["total"] == 10


def test_cancelled_export_leaves_no_file_and_no_audit(roster, tmp_path):
    before = Audit.select().where(Audit.action == "export").count()
    out = tmp_path / "out"
    out.mkdir()
    target = out / "c.xlsx"
    with pytest.raises(Cancelled):
        es.export_roster(ADMIN, roster.commune, target, cancelled=lambda: True)
    assert not target.exists() and list(out.iterdir()) == []
    assert Audit.select().where(Audit.action == "export").count() == before


def test_clerk_exports_only_inside_the_scope(roster, tmp_path):
    with pytest.raises(PermissionDenied):
        es.export_roster(roster.clerk, roster.province, tmp_path / "p.xlsx")
    result = es.export_roster(roster.clerk, None, tmp_path / "mine.xlsx")
    assert result.unit_id == roster.commune and result.rows == 11
    assert es.export_roster(roster.viewer, roster.commune, tmp_path / "v.xlsx").rows == 11


def test_report_rows_agree_with_the_statistics(roster, tmp_path):
    from desktop.office import set_issuing_defaults

    set_issuing_defaults(ADMIN, None, plan_number="125", plan_date=dt.date(2025, 7, 2))
    draft = decisions.draft_decision(ADMIN, "thanh_lap", [roster.teams["Thôn 2"]])
    decisions.issue_decision(
        ADMIN, draft.id, signed_on=dt.date(2025, 9, 1), expected_version=draft.version, number=7
    )
    units.create_village(ADMIN, roster.commune, "Thôn Khòn Pạt")  # no team: coverage 3/4
    result = es.export_report(ADMIN, roster.province, tmp_path / "bc.xlsx")
    assert result.rows == 2
    ws = _sheet(tmp_path / "bc.xlsx", "Báo cáo")
    head = header_row(ws)
    rows = [r for r in ws.iter_rows(min_row=head + 3, values_only=True) if r[0]]
    by_name = {r[1] or r[0]: r for r in rows}
    for s in stats.per_commune(roster.province):
        r = by_name[s.commune_name]
        assert (r[2], r[3], r[5], r[6], r[7], r[8]) == (
            s.villages,
            s.teams,
            s.members,
            s.women,
            s.youth_union,
            s.trained,
        )
    ht = by_name["Xã Hợp Thành"]
    assert ht[4] == "75%" and ht[10] == "07/QĐ-UBND, 01/09/2025"  # ND30 leading zero
    assert ht[9] == "18,2%"  # 2 trained of 11
    total = by_name["TỔNG CỘNG"]
    assert total[2] == 5 and total[5] == 14
    data = _sheet(tmp_path / "bc.xlsx", "Số liệu")
    assert data.cell(1, 2).value == "Xã/Phường"


def test_a_communes_report_lists_its_villages_as_its_dashboard(roster, tmp_path):
    """The commune dashboard's table (villages, team, members, trained, last Decision) is
    in the Excel summary too, from the same statistics service, so the figures agree; a
    province's report has no such sheet."""
    units.create_village(ADMIN, roster.commune, "Thôn Khòn Pạt")  # no team
    es.export_report(ADMIN, roster.commune, tmp_path / "xa.xlsx")
    sheet = _sheet(tmp_path / "xa.xlsx", "Theo thôn")
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    wanted = stats.per_village(roster.commune)
    assert [r[0] for r in rows] == [v.village_name for v in wanted]
    assert [(r[2], r[3]) for r in rows] == [(v.members, v.trained) for v in wanted]
    assert rows[0][1] == "Chưa có tổ"  # villages without a team first, as on the dashboard
    assert any(r[1] == "Đang hoạt động" for r in rows)
    es.export_report(ADMIN, roster.province, tmp_path / "tinh.xlsx")
    assert "Theo thôn" not in openpyxl.load_workbook(tmp_path / "tinh.xlsx").sheetnames


def test_report_groups_communes_by_district_under_the_old_catalogue(db, tmp_path):
    prov = add_unit(
        "pre2025",
        "province",
        "Tỉnh",
        "20",
        "Tỉnh Lạng Sơn",
        "Lạng Sơn",
        valid_to=dt.date(2025, 6, 30),
    )
    cl = add_unit(
        "pre2025",
        "district",
        "Huyện",
        "180",
        "Huyện Cao Lộc",
        "Cao Lộc",
        prov,
        valid_to=dt.date(2025, 6, 30),
    )
    vl = add_unit(
        "pre2025",
        "district",
        "Huyện",
        "181",
        "Huyện Văn Lãng",
        "Văn Lãng",
        prov,
        valid_to=dt.date(2025, 6, 30),
    )
    a = add_unit(
        "pre2025",
        "commune",
        "Xã",
        "06100",
        "Xã Hợp Thành",
        "Hợp Thành",
        cl,
        valid_to=dt.date(2025, 6, 30),
    )
    b = add_unit(
        "pre2025",
        "commune",
        "Xã",
        "06200",
        "Xã Tân Thanh",
        "Tân Thanh",
        vl,
        valid_to=dt.date(2025, 6, 30),
    )
    configure_office(ADMIN, unit_id=prov, catalogue="pre2025", officials=[])
    for commune, name in ((a, "Thôn Nà Sla"), (b, "Thôn Pò Mã")):
        v = units.create_village(ADMIN, commune, name)
        t = teams.create_team(ADMIN, v.id, established_on=dt.date(2022, 4, 1))
        teams.add_member(ADMIN, t.id, member("Nông Văn Dũng"), "to_truong")
    es.export_report(ADMIN, None, tmp_path / "bc.xlsx")
    ws = _sheet(tmp_path / "bc.xlsx", "Báo cáo")
    col_b = [r[1] for r in ws.iter_rows(min_row=header_row(ws) + 3, values_only=True) if r[1]]
    assert col_b[:4] == ["HUYỆN CAO LỘC", "Xã Hợp Thành", "HUYỆN VĂN LÃNG", "Xã Tân Thanh"]
    es.export_roster(ADMIN, None, tmp_path / "ds.xlsx")
    ws = _sheet(tmp_path / "ds.xlsx")
    sections = [r[0] for r in table(ws, header_row(ws)) if isinstance(r[0], str)]
    assert sections[0] == "I. XÃ HỢP THÀNH – HUYỆN CAO LỘC"


def test_training_by_course_and_by_person(roster, tmp_path, monkeypatch):
    result = es.export_training(ADMIN, roster.commune, tmp_path / "k.xlsx")
    assert result.rows == 3
    ws = _sheet(tmp_path / "k.xlsx")
    assert ws.title == "Kỹ năng số cơ bản"
    head = header_row(ws)
    body = table(ws, head)
    headings = [c.value for c in ws[head]]
    by_name = {r[1]: r for r in body}
    yen = by_name["Lý Thị Yến"]
    assert yen[headings.index("Kết quả")] == "Hoàn thành"
    assert yen[headings.index("Số chứng nhận")] == "CN-0012"
    assert yen[headings.index("Vai trò trong Tổ")] == "Tổ trưởng"
    assert yen[headings.index("Đơn vị (thôn, xã)")] == "Thôn Nà Sla, xã Hợp Thành"
    assert by_name["Hoàng Văn Dũng"][headings.index("Kết quả")] == "Đăng ký"
    # another commune: the course is not its own and none of its people attended
    other = es.export_training(ADMIN, roster.commune2, tmp_path / "k2.xlsx")
    assert other.rows == 0

    # past COURSE_SHEETS_MAX courses (a province, the country) one long sheet, same rows
    monkeypatch.setattr(es, "COURSE_SHEETS_MAX", 0)
    long = es.export_training(ADMIN, roster.commune, tmp_path / "k3.xlsx")
    assert long.rows == 3
    ws = _sheet(tmp_path / "k3.xlsx")
    assert ws.title == "Danh sách học viên"
    head = header_row(ws)
    rows = table(ws, head)
    assert str(rows[0][0]).startswith("Khóa tập huấn: Kỹ năng số cơ bản")
    assert sorted(r[1] for r in rows[1:]) == sorted(by_name)

    result = es.export_training(ADMIN, roster.commune, tmp_path / "n.xlsx", by="person")
    assert result.rows == 11
    ws = _sheet(tmp_path / "n.xlsx")
    texts = [r[0] for r in ws.iter_rows(values_only=True) if isinstance(r[0], str)]
    assert any(t.startswith("1. Vi Văn An – sinh 05/03/1985") for t in texts)
    assert "Chưa tham gia khóa tập huấn nào." in texts


def test_template_lists_the_communes_villages(roster, tmp_path):
    es.export_template(ADMIN, roster.commune, tmp_path / "m.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "m.xlsx")
    lists = wb["Danh mục"]
    assert lists.sheet_state == "hidden"
    column = [c.value for c in lists["C"] if c.value]
    assert column == ["Thôn 2", "Thôn 10", "Thôn Nà Sla"]
    formulas = {dv.formula1 for dv in wb["Danh sách"].data_validations.dataValidation}
    assert "DS_Thon" in formulas and "DS_VaiTro" in formulas
    headings = [c.value for c in wb["Danh sách"][1]]
    assert "Số CCCD" not in headings  # the office did not turn citizen IDs on


def test_default_file_name(roster):
    assert (
        es.default_file_name("roster", roster.commune, dt.date(2026, 11, 28))
        == "Danh sach Hop Thanh 2026-11-28.xlsx"
    )
    assert es.default_file_name("report", None, dt.date(2026, 1, 2)) == "Bao cao 2026-01-02.xlsx"


def test_heading_without_an_office(area):
    lines, place = es.heading_for(
        None, units.get_village(units.create_village(ADMIN, area.commune, "Thôn 5").id) and None
    )
    assert lines == [] and place == ""
    from db.units import get_unit

    lines, place = es.heading_for(None, get_unit(area.commune))
    assert lines == ["ỦY BAN NHÂN DÂN", "XÃ HỢP THÀNH"] and place == "Hợp Thành"


def test_cancel_in_the_middle_of_the_stream_then_export_again(roster, tmp_path):
    """Cancelled part-way through 1,211 rows: no file, the cursor (a PostgreSQL named cursor in
    its transaction) is closed at once, and the next export works."""
    from desktop import roster_import as ri
    from tests.desktop.test_roster_import import simple_file

    rows = [[i, f"Người Thứ {chr(65 + i % 26)}{chr(97 + i // 26 % 26)}", "1990", "Nam",
             "Thành viên", f"Thôn {i % 20 + 20}", f"09{i:08d}"] for i in range(1200)]
    report = ri.import_roster(ADMIN, simple_file(tmp_path / "big.xlsx", rows), commit=True)
    assert report.committed, report.lines()[:3]
    calls = []

    def cancel_midway() -> bool:
        calls.append(1)
        return len(calls) > 2

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled) as stopped:
        es.export_roster(ADMIN, roster.commune, out / "x.xlsx", cancelled=cancel_midway)
    assert 0 < stopped.value.message_params["done"] < 1211     # stopped mid-stream
    assert list(out.iterdir()) == []
    result = es.export_roster(ADMIN, roster.commune, out / "y.xlsx")
    assert result.rows == 1211
