"""desktop.units: the tree with counts and the villages an office keeps (both databases)."""
from __future__ import annotations

import datetime as dt
import json
import unicodedata

import pytest

from db.audit import recent_audit
from db.office import OfficeInfo
from desktop import teams, units
from desktop.errors_domain import (
    MERGE_CHOOSE_TEAM,
    VILLAGE_DUPLICATE,
    VILLAGE_HAS_TEAM,
    StaleRecord,
    ValidationFailed,
)
from desktop.permissions import PermissionDenied
from tests.desktop.service_fixtures import ADMIN, member_values

NFD = lambda s: unicodedata.normalize("NFD", s)


def test_create_village_takes_kind_from_name_and_assigns_codes(area):
    a = units.create_village(ADMIN, area.commune, NFD("thôn nà sla"))
    b = units.create_village(ADMIN, area.commune, "TDP 5")
    c = units.create_village(ADMIN, area.commune, "Khòn Pạt")
    assert (a.kind, a.short_name, a.name) == ("Thôn", "Nà Sla", "Thôn Nà Sla")
    assert unicodedata.is_normalized("NFC", a.name)
    assert (b.kind, b.name) == ("Tổ dân phố", "Tổ dân phố 5")
    assert (c.kind, c.name) == ("", "Khòn Pạt")
    assert [a.code, b.code, c.code] == ["06100-001", "06100-002", "06100-003"]
    assert a.version == 1 and a.team_id is None and a.member_count == 0
    entry = recent_audit(1, entity="village")[0]
    assert entry.action == "create" and entry.entity_id == c.id
    assert json.loads(entry.after)["name"] == "Khòn Pạt"


def test_duplicates_are_refused_accent_and_tone_insensitively(area):
    units.create_village(ADMIN, area.commune, "Thôn Hoà Bình")
    for typed in ("Thôn Hòa Bình", "thon hoa binh", NFD("THÔN HOÀ BÌNH")):
        with pytest.raises(ValidationFailed) as info:
            units.create_village(ADMIN, area.commune, typed)
        assert info.value.codes() == [VILLAGE_DUPLICATE]
    # the same name in another commune is fine
    units.create_village(ADMIN, area.commune2, "Thôn Hòa Bình")


def test_paste_from_excel_skips_blanks_and_duplicates(area):
    units.create_village(ADMIN, area.commune, "Thôn 1")
    text = "Thôn 1\n\nThôn 2\tghi chú\n  thôn 10 \nThôn 2\nBản Cắm\r\nPác Luồng\n"
    rows = units.create_villages_from_text(ADMIN, area.commune, text)
    assert [r.name for r in rows] == ["Thôn 2", "Thôn 10", "Bản Cắm", "Pác Luồng"]
    listed = [r.name for r in units.list_villages(area.commune)]
    # Vietnamese order with numbers in natural order
    assert listed == ["Thôn 1", "Thôn 2", "Thôn 10", "Bản Cắm", "Pác Luồng"] or listed == sorted(
        listed, key=lambda n: units.village_sort_key(units.split_village_name(n)[1])
    )
    assert listed.index("Thôn 2") < listed.index("Thôn 10")


def test_rows_copied_from_the_villages_table_give_names_not_codes(area):
    """Copying the app's own table (Mã, Tên thôn/tổ dân phố; with or without the heading)
    and pasting it in another commune used to create villages named "06100-001"."""
    first = units.create_village(ADMIN, area.commune, "Thôn Nà Sla")
    second = units.create_village(ADMIN, area.commune, "Bản Cắm")
    copied = (f"Mã\tTên thôn/tổ dân phố\r\n{first.code}\t{first.name}\r\n"
              f"{second.code}\t{second.name}\r\n")
    rows = units.create_villages_from_text(ADMIN, area.commune2, copied)
    assert [r.name for r in rows] == ["Thôn Nà Sla", "Bản Cắm"]
    without_heading = f"{first.code}\tThôn Khòn Pạt\n{second.code}\tThôn 2\n"
    assert [n for _line, n in units.pasted_village_names(without_heading)] == [
        "Thôn Khòn Pạt", "Thôn 2"]
    # a plain column, and names followed by notes, still read the first column
    assert [n for _l, n in units.pasted_village_names("Thôn 1\t12\nThôn 2\t5")] == [
        "Thôn 1", "Thôn 2"]


def test_paste_is_all_or_nothing(area):
    text = "Thôn Mới\n" + "Thôn " + "x" * 300
    with pytest.raises(ValidationFailed) as info:
        units.create_villages_from_text(ADMIN, area.commune, text)
    assert info.value.problems[0].param("line") == 2
    assert units.list_villages(area.commune) == []


def test_rename_checks_version_and_renames_default_team(area):
    v = units.create_village(ADMIN, area.commune, "Thôn Nà Sla")
    team = teams.create_team(ADMIN, v.id)
    assert team.name == "Tổ CNSCĐ thôn Nà Sla"
    renamed = units.rename_village(ADMIN, v.id, "Bản Nà Sla", expected_version=v.version)
    assert (renamed.kind, renamed.name, renamed.version) == ("Bản", "Bản Nà Sla", 2)
    assert teams.get_team(team.id).name == "Tổ CNSCĐ bản Nà Sla"
    with pytest.raises(StaleRecord) as info:
        units.rename_village(ADMIN, v.id, "Bản Nà Sla Mới", expected_version=v.version)
    assert info.value.current["name"] == "Bản Nà Sla"
    assert info.value.current["version"] == 2


def test_rename_refuses_a_duplicate_but_allows_changing_case_of_itself(area):
    v = units.create_village(ADMIN, area.commune, "Thôn Đồng Tâm")
    units.create_village(ADMIN, area.commune, "Thôn Hợp Nhất")
    with pytest.raises(ValidationFailed):
        units.rename_village(ADMIN, v.id, "Thôn Hợp Nhất", v.version)
    again = units.rename_village(ADMIN, v.id, "Thôn Đồng tâm", v.version)
    assert again.name == "Thôn Đồng tâm"


def test_retire_refused_while_a_team_is_active(area):
    v = units.create_village(ADMIN, area.commune, "Thôn Khuổi Phầy")
    team = teams.create_team(ADMIN, v.id, established_on=dt.date(2023, 1, 5))
    with pytest.raises(ValidationFailed) as info:
        units.retire_village(ADMIN, v.id, dt.date(2026, 1, 1), expected_version=v.version)
    assert info.value.codes() == [VILLAGE_HAS_TEAM]
    teams.set_team_status(ADMIN, team.id, "dissolved", team.version, dt.date(2025, 12, 31))
    retired = units.retire_village(ADMIN, v.id, dt.date(2026, 1, 1),
                                   expected_version=units.get_village(v.id).version)
    assert retired.valid_to == dt.date(2025, 12, 31)
    assert units.list_villages(area.commune) == []
    assert [r.id for r in units.list_villages(area.commune, include_retired=True)] == [v.id]
    # a retired village can't get a team, and its name is free again
    with pytest.raises(ValidationFailed):
        teams.create_team(ADMIN, v.id)
    units.create_village(ADMIN, area.commune, "Thôn Khuổi Phầy")


def _versions(*village_ids):
    """The villages' versions as a merge dialog shows them."""
    return {i: units.get_village(i).version for i in village_ids}


def test_merge_moves_the_only_team_and_records_succession(area):
    from db.models import UnitSuccession

    a = units.create_village(ADMIN, area.commune, "Thôn 1")
    b = units.create_village(ADMIN, area.commune, "Thôn 2")
    team = teams.create_team(ADMIN, b.id, established_on=dt.date(2022, 6, 1))
    teams.add_member(ADMIN, team.id, member_values("Nguyễn Văn An"), "to_truong")
    merged = units.merge_villages(ADMIN, [a.id, b.id], "Thôn Hợp Nhất", dt.date(2026, 5, 1),
                                  expected_versions=_versions(a.id, b.id))
    assert merged.name == "Thôn Hợp Nhất" and merged.valid_from == dt.date(2026, 5, 1)
    assert merged.team_id == team.id and merged.member_count == 1
    assert teams.get_team(team.id).village_id == merged.id
    old = {r.id: r for r in units.list_villages(area.commune, include_retired=True)}
    assert old[a.id].valid_to == dt.date(2026, 4, 30) and old[b.id].retired
    pairs = {(s.predecessor_id, s.successor_id) for s in UnitSuccession.select()}
    assert pairs == {(a.id, merged.id), (b.id, merged.id)}
    assert [r.id for r in units.list_villages(area.commune)] == [merged.id]


def test_merge_with_two_teams_needs_a_choice_and_can_move_members(area):
    a = units.create_village(ADMIN, area.commune, "Thôn Nà Sla")
    b = units.create_village(ADMIN, area.commune, "Thôn Pác Luồng")
    ta = teams.create_team(ADMIN, a.id, established_on=dt.date(2022, 6, 1))
    tb = teams.create_team(ADMIN, b.id, established_on=dt.date(2022, 6, 1))
    teams.add_member(ADMIN, ta.id, member_values("Hoàng Văn Thụ"), "to_truong")
    teams.add_member(ADMIN, tb.id, member_values("Nông Thị Hoà", sex="Nữ"), "to_truong")
    teams.add_member(ADMIN, tb.id, member_values("Lương Văn Bình"), "thanh_vien")
    with pytest.raises(ValidationFailed) as info:
        units.merge_villages(ADMIN, [a.id, b.id], "Thôn Nà Sla", dt.date(2026, 5, 1),
                             expected_versions=_versions(a.id, b.id))
    assert MERGE_CHOOSE_TEAM in info.value.codes()
    merged = units.merge_villages(
        ADMIN, [a.id, b.id], "Thôn Nà Sla", dt.date(2026, 5, 1),
        keep_team_id=ta.id, move_members=True, expected_versions=_versions(a.id, b.id),
    )
    kept = teams.get_team(ta.id)
    assert kept.village_id == merged.id
    roster = {m.full_name: m.role for m in teams.team_members(ta.id)}
    # the other team's leader joins as an ordinary member: one Tổ trưởng only
    assert roster == {"Hoàng Văn Thụ": "to_truong", "Nông Thị Hoà": "thanh_vien",
                      "Lương Văn Bình": "thanh_vien"}
    dissolved = teams.get_team(tb.id)
    assert dissolved.status == "dissolved" and dissolved.dissolved_on == dt.date(2026, 5, 1)
    assert teams.team_members(tb.id) == []
    assert len(teams.team_members(tb.id, at=dt.date(2026, 4, 30))) == 2


def test_tree_children_count_villages_and_teams(area):
    v1 = units.create_village(ADMIN, area.commune, "Thôn 1")
    units.create_village(ADMIN, area.commune, "Thôn 2")
    units.create_village(ADMIN, area.commune2, "Tổ dân phố 1")
    teams.create_team(ADMIN, v1.id)
    provinces = units.unit_tree_children(None, "2025")
    by_name = {n.name: n for n in provinces}
    assert [n.name for n in provinces] == ["Tỉnh Cao Bằng", "Tỉnh Lạng Sơn"]
    ls = by_name["Tỉnh Lạng Sơn"]
    assert (ls.child_count, ls.village_count, ls.team_count) == (2, 3, 1)
    communes = {n.name: n for n in units.unit_tree_children(area.province)}
    ht = communes["Xã Hợp Thành"]
    assert (ht.child_count, ht.village_count, ht.team_count, ht.has_team) == (2, 2, 1, False)
    villages = units.unit_tree_children(area.commune)
    assert [(n.name, n.has_team, n.team_count) for n in villages] == [
        ("Thôn 1", True, 1), ("Thôn 2", False, 0)
    ]


def test_scope_roots_follow_the_office(area):
    office = OfficeInfo(id=1, unit_id=area.commune, catalogue="2025", name="", governing_body="",
                        place_name="", doc_symbol="QĐ-UBND")
    assert [n.id for n in units.scope_roots(office)] == [area.commune]
    national = OfficeInfo(id=1, unit_id=None, catalogue="2025", name="", governing_body="",
                          place_name="", doc_symbol="QĐ-UBND")
    assert {n.id for n in units.scope_roots(national)} == {area.province, area.other_province}


def test_search_units_and_path(area):
    v = units.create_village(ADMIN, area.commune, "Thôn Nà Sla")
    found = units.search_units("hop thanh")
    assert [u.name for u in found] == ["Xã Hợp Thành"]
    assert [u.name for u in units.search_units("NÀ SLA", level="village")] == ["Thôn Nà Sla"]
    assert [u.name for u in units.unit_path(v.id)] == [
        "Tỉnh Lạng Sơn", "Xã Hợp Thành", "Thôn Nà Sla"
    ]


def test_permissions_follow_the_scope(area):
    units.create_village(area.clerk, area.commune, "Thôn Của Xã")
    units.create_village(area.province_clerk, area.commune2, "Khu 3")
    with pytest.raises(PermissionDenied) as info:
        units.create_village(area.clerk, area.commune2, "Khu 4")
    assert info.value.code == "perm.out_of_scope"
    with pytest.raises(PermissionDenied):
        units.create_village(area.province_clerk, area.other_commune, "Thôn Ngoài")
    with pytest.raises(PermissionDenied) as info:
        units.create_village(area.viewer, area.commune, "Thôn Xem")
    assert info.value.code == "perm.read_only"


def test_near_duplicate_village_names_are_a_warning_not_a_refusal(area):
    from desktop.errors_domain import VILLAGE_SIMILAR

    units.create_village(ADMIN, area.commune, "Đồng Tâm")
    units.create_village(ADMIN, area.commune, "Tổ dân phố 5")
    assert units.similar_village_names(area.commune, "thôn dong tam") == ["Đồng Tâm"]
    assert units.similar_village_names(area.commune, "Tổ 5") == ["Tổ dân phố 5"]
    assert units.similar_village_names(area.commune, "Thôn Đồng Tiến") == []
    problems = units.check_village_name(area.commune, "Thôn Đồng Tâm")
    assert [(p.code, p.is_error) for p in problems] == [(VILLAGE_SIMILAR, False)]
    assert [p.code for p in units.check_village_name(area.commune, "đồng tâm")] == [
        VILLAGE_DUPLICATE]
    created = units.create_village(ADMIN, area.commune, "Thôn Đồng Tâm")  # still allowed
    assert created.name == "Thôn Đồng Tâm"
