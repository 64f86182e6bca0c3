"""desktop.people: accent-insensitive search over names, phones and villages; one person."""
from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from desktop import people, teams, units
from desktop.context import Actor
from desktop.errors_domain import NotFound
from tests.desktop.service_fixtures import ADMIN, member_values, version_of

NFD = lambda s: unicodedata.normalize("NFD", s)


@pytest.fixture
def town(area):
    """Two villages in Hợp Thành, one in Đông Kinh, a few members each."""
    na_sla = units.create_village(ADMIN, area.commune, "Thôn Nà Sla")
    pac = units.create_village(ADMIN, area.commune, "Bản Pác Luồng")
    khu = units.create_village(ADMIN, area.commune2, "Khu phố 3")
    t1 = teams.create_team(ADMIN, na_sla.id)
    t2 = teams.create_team(ADMIN, pac.id)
    t3 = teams.create_team(ADMIN, khu.id)
    add = lambda t, name, role="thanh_vien", **kw: teams.add_member(
        ADMIN, t.id, member_values(name, **kw), role
    ).member
    m = {
        "an": add(t1, "Nguyễn Văn An", "to_truong", phone="0912345678"),
        "hoa1": add(t1, "Trần Thị Hoà", sex="Nữ", phone="0987000111"),
        "hoa2": add(t2, "Lê Thị Hòa", "to_truong", sex="Nữ"),
        "anh": add(t2, "Đặng Văn Anh"),
        "an2": add(t3, "Vi Văn Ân", "to_truong", phone="0388999000"),
        "dung": add(t3, "Đỗ Anh Dũng"),
        "thuy": add(t3, NFD("Nông Thị Thuỷ"), sex="Nữ"),
    }
    return area, {"t1": t1, "t2": t2, "t3": t3}, m


def names(hits):
    return [h.full_name for h in hits]


def test_any_word_prefix_accent_insensitive(town):
    _, _, m = town
    # "an" is a word prefix of An, Anh, Ân (folded "an") and Dũng's middle name "Anh";
    # Vietnamese order: An < Anh < Ân (â is a letter after a), then Dũng
    assert names(people.search("an")) == [
        "Nguyễn Văn An", "Đặng Văn Anh", "Vi Văn Ân", "Đỗ Anh Dũng"
    ]
    assert names(people.search("van an")) == ["Nguyễn Văn An", "Đặng Văn Anh", "Vi Văn Ân"]
    assert names(people.search("Văn Ân")) == names(people.search("van an"))
    assert names(people.search("an nguyen")) == ["Nguyễn Văn An"]
    assert names(people.search("NGUYỄN")) == ["Nguyễn Văn An"]
    assert names(people.search(NFD("nguyễn văn"))) == ["Nguyễn Văn An"]
    assert names(people.search("dang")) == ["Đặng Văn Anh"]  # đ folds to d
    assert people.search("guyen") == []  # prefixes of words, not infixes


def test_old_and_new_tone_placement_match(town):
    assert names(people.search("Hoà")) == ["Trần Thị Hoà", "Lê Thị Hòa"]
    assert set(names(people.search("Hòa"))) == {"Trần Thị Hoà", "Lê Thị Hòa"}
    assert names(people.search("thuy")) == ["Nông Thị Thuỷ"]
    assert names(people.search("Thủy")) == ["Nông Thị Thuỷ"]


def test_results_are_in_vietnamese_name_order(town):
    # given name first: Hoà (Trần) vs Hòa (Lê) tie on letters; ICU puts "Hoà" before "Hòa"
    hits = people.search("thi")
    assert names(hits) == ["Trần Thị Hoà", "Lê Thị Hòa", "Nông Thị Thuỷ"]


def test_phone_search(town):
    _, _, m = town
    assert names(people.search("0912")) == ["Nguyễn Văn An"]
    assert names(people.search("0912 345 678")) == ["Nguyễn Văn An"]
    assert names(people.search("+84 912")) == ["Nguyễn Văn An"]
    assert names(people.search("912345")) == ["Nguyễn Văn An"]  # Excel lost the 0
    assert names(people.search("03")) == []  # too short to be a phone, no name matches
    assert set(names(people.search("09"))) == set()


def test_village_search_and_hit_labels(town):
    area, t, m = town
    hits = people.search("na sla")
    assert names(hits) == ["Nguyễn Văn An", "Trần Thị Hoà"]
    first = hits[0]
    assert (first.team_id, first.village_name, first.commune_name, first.role_label) == (
        t["t1"].id, "Thôn Nà Sla", "Xã Hợp Thành", "Tổ trưởng"
    )
    assert first.phone == "0912345678" and first.birth == "05/03/1990"
    assert names(people.search("pac luong")) == ["Đặng Văn Anh", "Lê Thị Hòa"]
    # members who left the village's team are no longer found by the village
    teams.end_membership(ADMIN, m["hoa1"].membership_id, dt.date.today(),
                         expected_version=version_of("Membership", m["hoa1"].membership_id))
    assert names(people.search("na sla")) == ["Nguyễn Văn An"]
    left = people.search("hoa")
    assert [h.team_id for h in left if h.full_name == "Trần Thị Hoà"] == [None]


def test_scope_and_paging(town):
    area, _, _ = town
    assert names(people.search("an", scope_unit_id=area.commune)) == [
        "Nguyễn Văn An", "Đặng Văn Anh"
    ]
    assert names(people.search("an", scope_unit_id=area.commune2)) == [
        "Vi Văn Ân", "Đỗ Anh Dũng"
    ]
    assert people.search("an", scope_unit_id=area.other_province) == []
    everyone = names(people.search("van"))
    assert names(people.search("van", limit=2)) == everyone[:2]
    assert names(people.search("van", limit=2, offset=2)) == everyone[2:4]


def test_forced_plans_agree(town):
    """The dense (ordered walk) and sparse (collect then sort) plans give the same page."""
    from db.people import search_person_ids

    area, _, _ = town
    for text in ("an", "van an", "thi", "na sla", "hoa"):
        results = {
            plan: search_person_ids(text, None, limit=50, plan=plan)[0]
            for plan in ("dense", "sparse")
        }
        assert results["dense"] == results["sparse"], text
        scoped = {
            plan: search_person_ids(text, None, scope_unit_id=area.commune, plan=plan)[0]
            for plan in ("dense", "sparse", "scope")
        }
        assert scoped["dense"] == scoped["sparse"] == scoped["scope"], text


def test_wildcards_in_queries_are_literal(town):
    assert people.search("%") == []
    assert people.search("_n") == []
    assert people.search("") == []
    assert people.search("   ") == []


def test_renamed_person_is_found_by_the_new_name_only(town):
    _, _, m = town
    member = m["dung"]
    teams.update_member(ADMIN, member.membership_id, member_values("Đỗ Anh Tuấn"),
                        "thanh_vien", member.version)
    assert names(people.search("tuan")) == ["Đỗ Anh Tuấn"]
    assert people.search("dung") == []


def test_get_person_with_memberships_and_citizen_id_rules(town):
    area, t, m = town
    teams.update_member(ADMIN, m["an"].membership_id,
                        member_values("Nguyễn Văn An", citizen_id="020090001111"),
                        "to_truong", m["an"].version)
    detail = people.get_person(m["an"].person_id, ADMIN)
    assert detail.full_name == "Nguyễn Văn An" and detail.citizen_id == "020090001111"
    assert (detail.family_name, detail.middle_name, detail.given_name) == ("Nguyễn", "Văn", "An")
    assert [(x.team_id, x.role_label, x.active) for x in detail.memberships] == [
        (t["t1"].id, "Tổ trưởng", True)
    ]
    hidden = people.get_person(m["an"].person_id, Actor(None, "x", "clerk",
                                                        can_see_citizen_id=False))
    assert hidden.citizen_id is None
    assert people.get_person(m["an"].person_id).citizen_id is None
    with pytest.raises(NotFound):
        people.get_person(424242)


def test_people_inserted_in_bulk_are_found_after_rebuilding_tokens(area):
    """The demo builder and raw imports insert rows directly, then rebuild the tokens."""
    from db.models import AdminUnit, Person
    from db.people import rebuild_person_tokens
    from db.villages import rebuild_unit_tokens
    from vn.collation import person_sort_key
    from vn.text import fold

    Person.insert(full_name="Hà Thị Quỳnh", search_key=fold("Hà Thị Quỳnh"),
                  sort_key=person_sort_key("Hà Thị Quỳnh")).execute()
    AdminUnit.insert(catalogue="local", level="village", kind="Bản", code="06100-900",
                     name="Bản Khuổi Ky", short_name="Khuổi Ky", parent=area.commune,
                     search_key=fold("Bản Khuổi Ky"), sort_key="x").execute()
    assert people.search("quynh") == []
    assert rebuild_person_tokens() == 1
    assert rebuild_unit_tokens() == 1
    assert rebuild_person_tokens() == 0
    assert names(people.search("quynh ha")) == ["Hà Thị Quỳnh"]
    from db.people import village_team_ids

    village = units.list_villages(area.commune)[0]
    team = teams.create_team(ADMIN, village.id)
    assert village_team_ids("khuoi ky") == [team.id]


def test_a_cancelled_search_stops_and_the_connection_searches_again(town):
    """The next key makes a running search stale: once ``cancelled()`` is true it stops
    (on SQLite inside its SQL), raising QueryCancelled; the next search runs normally."""
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 1  # false when it starts, true from then on

    with pytest.raises(people.QueryCancelled):
        people.search("an", cancelled=cancelled)
    with pytest.raises(people.QueryCancelled):
        people.search("an", cancelled=lambda: True)
    assert names(people.search("an", cancelled=lambda: False)) == names(people.search("an"))
    assert names(people.search("an"))
