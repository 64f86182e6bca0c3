"""desktop.audit_service: the trail read back in words, filtered, scoped, paged and exported."""
from __future__ import annotations

import datetime as dt

import pytest

from db.audit import AuditFilter, count_audit
from desktop import audit_service as svc
from desktop import teams, units
from desktop.audit_service import AuditQuery
from desktop.context import Actor
from tests.desktop.service_fixtures import ADMIN, member_values

VN = dt.timezone(dt.timedelta(hours=7))  # Asia/Ho_Chi_Minh, no daylight saving


@pytest.fixture
def trail(area):
    """Changes in two communes of one province and in another province, by two people."""
    ha = Actor(user_id=None, username="ha", role="admin")
    village = units.create_village(ADMIN, area.commune, "Thôn Nà Sla")
    units.rename_village(ha, village.id, "Thôn Nà Sla Mới", village.version)
    team = teams.create_team(ADMIN, village.id)
    added = teams.add_member(ADMIN, team.id, member_values(
        "Nguyễn Văn An", phone="0912345678", citizen_id="001090012345"), "to_truong")
    other = units.create_village(ha, area.commune2, "Tổ dân phố 3")
    far = units.create_village(ADMIN, area.other_commune, "Bản Pác Bó")
    return area, village, team, added.member, other, far


def test_a_change_reads_as_before_and_after(trail):
    rows = svc.page(ADMIN, AuditQuery(entity="village", action="update"))
    assert len(rows) == 1
    row = rows[0]
    assert (row.username, row.action_label, row.entity_label) == ("ha", "Sửa", "Thôn/tổ dân phố")
    assert row.record == "Thôn/tổ dân phố: Thôn Nà Sla Mới"
    assert row.unit_name == "Xã Hợp Thành"
    texts = [c.text() for c in row.changes]
    assert "Tên: Thôn Nà Sla → Thôn Nà Sla Mới" in texts
    assert all("version" not in t and "Mã" not in t for t in texts)  # bookkeeping left out


def test_new_record_lists_its_filled_fields_with_vietnamese_labels(trail):
    rows = svc.page(ADMIN, AuditQuery(entity="membership"))
    created = rows[-1]
    texts = created.details.splitlines()
    assert "Họ và tên: Nguyễn Văn An" in texts
    assert "Vai trò: Tổ trưởng" in texts
    assert "Ngày sinh: 05/03/1990" in texts
    assert "Giới tính: Nam" in texts


def test_filters_by_user_unit_subtree_and_record_type(trail):
    area, village, *_ = trail
    by_ha = svc.page(ADMIN, AuditQuery(username="ha"))
    assert {r.username for r in by_ha} == {"ha"} and len(by_ha) == 2
    commune = svc.page(ADMIN, AuditQuery(unit_id=area.commune))
    # the commune's own entries and those of its village (the team, the member)
    assert {r.entity for r in commune} == {"village", "team", "membership"}
    assert all(r.unit_id in (area.commune, village.id) for r in commune)
    province = svc.page(ADMIN, AuditQuery(unit_id=area.province))
    assert {r.unit_id for r in province} == {area.commune, area.commune2, village.id}
    assert svc.count(ADMIN, AuditQuery(unit_id=area.other_province)) == 1
    assert svc.count(ADMIN, AuditQuery(unit_id=village.id)) == 2  # team + member
    assert [r.entity for r in svc.page(ADMIN, AuditQuery(entity="team"))] == ["team"]
    assert "ha" in svc.usernames(ADMIN)


def test_a_clerk_sees_only_the_trail_of_their_units(trail):
    area, village, *_ = trail
    clerk = area.clerk
    mine = svc.page(clerk)
    assert mine and all(r.unit_id in (area.commune, village.id) for r in mine)
    # asking for the whole province still shows only the clerk's commune
    assert svc.count(clerk, AuditQuery(unit_id=area.province)) == len(mine)
    assert svc.count(clerk, AuditQuery(unit_id=area.commune2)) == 0
    assert svc.count(clerk, AuditQuery(unit_id=area.other_commune)) == 0
    assert svc.usernames(clerk) == sorted({r.username for r in mine})


def test_citizen_id_is_masked_for_who_may_not_see_it(trail):
    area, *_ = trail
    clerk_rows = svc.page(area.clerk, AuditQuery(entity="membership"))
    assert any(c.field == "citizen_id" and c.after == svc.MASK for c in clerk_rows[-1].changes)
    assert "001090012345" not in " ".join(r.details for r in clerk_rows)
    admin_rows = svc.page(ADMIN, AuditQuery(entity="membership"))
    assert "Số CCCD: 001090012345" in admin_rows[-1].details


def test_dates_are_local_days(area):
    """An entry at 17:30 UTC on 1 March is 00:30 on 2 March in Viet Nam."""
    from db.models import Audit

    Audit.insert(at=dt.datetime(2026, 3, 1, 17, 30), username="dem", action="update",
                 entity="team", entity_id=1, unit=area.commune, note="").execute()
    Audit.insert(at=dt.datetime(2026, 3, 1, 16, 59), username="chieu", action="update",
                 entity="team", entity_id=1, unit=area.commune, note="").execute()
    day2 = svc.page(ADMIN, AuditQuery(date_from=dt.date(2026, 3, 2), date_to=dt.date(2026, 3, 2)),
                    tz=VN)
    assert [r.username for r in day2] == ["dem"]
    assert day2[0].at == dt.datetime(2026, 3, 2, 0, 30)
    day1 = svc.page(ADMIN, AuditQuery(date_to=dt.date(2026, 3, 1)), tz=VN)
    assert [r.username for r in day1] == ["chieu"]
    assert day1[0].at == dt.datetime(2026, 3, 1, 23, 59)


def test_pages_are_newest_first_and_counted(area):
    for i in range(7):
        units.create_village(ADMIN, area.commune, f"Thôn {i + 1}")
    assert svc.count(ADMIN) == 7
    first = svc.page(ADMIN, limit=3)
    second = svc.page(ADMIN, offset=3, limit=3)
    last = svc.page(ADMIN, offset=6, limit=3)
    ids = [r.id for r in first + second + last]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 7
    assert first[0].record == "Thôn/tổ dân phố: Thôn 7"


def test_describe_changes_flattens_nested_rows_and_formats_values():
    before = {"full_name": "A", "version": 1, "person": {"phone": "0912", "birth_date": "1990-03-05",
                                                         "youth_union": False}}
    after = {"full_name": "B", "version": 2, "person": {"phone": "0913", "birth_date": "1990-03-05",
                                                        "youth_union": True}}
    texts = [c.text() for c in svc.describe_changes(before, after)]
    assert texts == ["Họ và tên: A → B", "Số điện thoại: 0912 → 0913", "Đoàn viên: Không → Có"]
    blank = svc.describe_changes({"note": ""}, {"note": "mới"})
    assert [c.text() for c in blank] == ["Ghi chú: (trống) → mới"]
    assert svc.format_value("established_on", "2025-08-01") == "01/08/2025"
    assert svc.format_value("status", "dissolved") == "Đã giải thể"


def test_stale_changes_compares_the_form_with_the_current_record():
    loaded = {"full_name": "Nguyễn Văn An", "phone": "0912345678", "version": 1, "role_label": "Thành viên"}
    current = {"full_name": "Nguyễn Văn Ân", "phone": "0912345678", "version": 2,
               "role_label": "Thành viên", "citizen_id": "001090012345"}
    changes = svc.stale_changes(loaded, current)
    assert [c.text() for c in changes] == ["Họ và tên: Nguyễn Văn An → Nguyễn Văn Ân"]


def test_export_to_excel_is_readable_and_itself_audited(trail, tmp_path):
    import openpyxl

    area, *_ = trail
    before = count_audit(AuditFilter())
    expected = svc.count(ADMIN, AuditQuery(unit_id=area.commune))
    out = tmp_path / "nhat-ky.xlsx"
    written = svc.export_xlsx(ADMIN, AuditQuery(unit_id=area.commune), out, tz=VN)
    assert written == expected == 4
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    header_row = next(r for r in range(1, 10) if ws.cell(r, 1).value == "STT")
    assert ws.print_title_rows == f"${header_row}:${header_row}"
    assert [ws.cell(header_row, c).value for c in (2, 3, 7)] == [
        "Thời gian", "Người thực hiện", "Nội dung thay đổi (trước → sau)"]
    first = header_row + 1
    assert isinstance(ws.cell(first, 2).value, dt.datetime)
    assert ws.cell(first, 2).number_format == "DD/MM/YYYY HH:MM"
    texts = [ws.cell(r, 7).value or "" for r in range(first, ws.max_row + 1)]
    assert any("Tên: Thôn Nà Sla → Thôn Nà Sla Mới" in t for t in texts)
    assert "Đơn vị: Xã Hợp Thành" in (ws.cell(2, 1).value or "")
    # the export is in the trail, with the file name
    assert count_audit(AuditFilter()) == before + 1
    last = svc.page(ADMIN, limit=1)[0]
    assert (last.action, last.entity, last.note) == ("export", "audit", "nhat-ky.xlsx")


def test_exported_citizen_ids_stay_masked_for_a_clerk(trail, tmp_path):
    import openpyxl

    area, *_ = trail
    out = tmp_path / "clerk.xlsx"
    svc.export_xlsx(area.clerk, None, out)
    ws = openpyxl.load_workbook(out).active
    cells = " ".join(str(c.value or "") for row in ws.iter_rows() for c in row)
    assert "001090012345" not in cells and svc.MASK in cells


def test_entries_read_in_words_not_internal_values():
    """An issued Decision is named by its number (not the row id), its status reads
    "Dự thảo → Đã ban hành" (not a blank), and what the services record about bulk work,
    backups and sample data has Vietnamese labels and counts."""
    import json

    from db.audit import AuditEntry

    def row(action, entity, entity_id, before, after, note=""):
        entry = AuditEntry(id=1, at=dt.datetime(2025, 9, 10, 3, 0), username="quantri",
                           action=action, entity=entity, entity_id=entity_id, unit_id=None,
                           before=json.dumps(before) if before is not None else None,
                           after=json.dumps(after) if after is not None else None, note=note)
        return svc.to_row(entry, ADMIN)

    issued = row("issue", "decision", 2, {"status": "draft"},
                 {"number": 126, "year": 2025, "signed_on": "2025-09-10", "members": 7})
    assert issued.record == "Quyết định số 126 (2025)"
    shown = {c.label: (c.before, c.after) for c in issued.changes}
    assert shown["Trạng thái"] == ("Dự thảo", "Đã ban hành")
    assert shown["Số người trong quyết định"] == ("(trống)", "7")
    bulk = row("create", "training_record", None, None,
               {"course_id": 4, "person_ids": [11, 12, 13]}, note="bulk")
    assert [c.text() for c in bulk.changes] == ["Số người: 3"]
    sample = row("create", "demo", None, None, {"scale": "district", "communes": 18})
    assert sample.record == "Dữ liệu mẫu"
    assert {c.text() for c in sample.changes} == {"Quy mô: Một huyện cũ", "Xã/phường: 18"}
    unnamed = row("update", "team", 3, {"status": "active"}, {"status": "dissolved"})
    assert unnamed.record == "Tổ CNSCĐ (mã 3)"
    for entry in (issued, bulk, sample, unnamed):
        for change in entry.changes:
            assert "_" not in change.label and change.label[0].isupper(), change.label


def test_every_count_the_catalogue_load_records_has_its_label(area):
    """Loading the catalogue records how many provinces, districts and communes came in:
    each count reads with its label, none as the stored key."""
    from db.audit import write_audit

    write_audit(user_id=None, username="quantri", action="setup", entity="catalogue",
                after={"catalogue": "2025", "provinces": 34, "districts": 0, "communes": 3321})
    row = svc.page(ADMIN, AuditQuery(entity="catalogue"))[0]
    texts = row.details.splitlines()
    assert "Tỉnh/thành phố: 34" in texts and "Quận/huyện: 0" in texts, texts
    assert not any(t.startswith(("provinces", "districts")) for t in texts)
