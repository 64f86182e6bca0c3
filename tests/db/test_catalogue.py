"""The shipped administrative-unit catalogues and the unit queries."""
from __future__ import annotations

import time

import pytest

from db import units
from desktop.catalogue import load_catalogue, split_kind
from vn.text import fold


def test_2025_catalogue_loads_fast_and_completely(db):
    started = time.perf_counter()
    report = load_catalogue("2025")
    print(f"2025 catalogue: {time.perf_counter() - started:.2f} s")
    assert (report.provinces, report.districts, report.communes) == (34, 0, 3321)
    assert units.count_units("2025", "province") == 34
    assert units.count_units("2025", "commune") == 3321
    lang_son = units.find_unit("2025", "20")
    assert lang_son.name == "Tỉnh Lạng Sơn"
    assert lang_son.short_name == "Lạng Sơn"
    assert lang_son.kind == "Tỉnh"
    communes = units.children(lang_son.id)
    assert len(communes) == 65
    assert all(c.level == "commune" for c in communes)
    hanoi = units.find_unit("2025", "01")
    assert (hanoi.kind, hanoi.short_name) == ("Thành phố", "Hà Nội")


def test_loading_twice_changes_nothing(db):
    load_catalogue("2025")
    again = load_catalogue("2025")
    assert again.already_loaded
    assert (again.provinces, again.communes) == (0, 0)
    assert units.count_units("2025") == 34 + 3321


def test_pre2025_catalogue_and_mapping(db):
    report = load_catalogue("pre2025")
    assert (report.provinces, report.districts, report.communes) == (63, 696, 10035)
    cao_loc = units.find_unit("pre2025", "183")
    assert cao_loc.name == "Huyện Cao Lộc" and cao_loc.level == "district"
    path = units.path_to_root(units.children(cao_loc.id)[0].id)
    assert [u.level for u in path] == ["province", "district", "commune"]
    assert path[0].name == "Tỉnh Lạng Sơn"
    # codes are reused: the same code is a different unit in each catalogue
    both = load_catalogue("2025")
    assert both.successions > 10000
    old, new = units.find_unit("pre2025", "05977"), units.find_unit("2025", "05977")
    assert old.name == "Phường Vĩnh Trại" and new.name == "Phường Đông Kinh"
    assert {u.catalogue for u in units.find_units_by_code("05977")} == {"pre2025", "2025"}


def test_children_come_in_vietnamese_order(db):
    load_catalogue("2025")
    names = [u.short_name for u in units.children(None, catalogue="2025")]
    assert names[0] == "An Giang"
    assert names.index("Đà Nẵng") > names.index("Cà Mau")  # đ after d, c before d
    assert names.index("Đắk Lắk") > names.index("Đà Nẵng")  # đă after đa
    assert names.index("Điện Biên") < names.index("Đồng Tháp")  # i before ô
    assert names[-1] == "Vĩnh Long"


def test_path_to_root(db):
    load_catalogue("2025")
    commune = units.find_unit("2025", "05977")
    path = units.path_to_root(commune.id)
    assert [u.name for u in path] == ["Tỉnh Lạng Sơn", "Phường Đông Kinh"]


@pytest.mark.parametrize(
    "query, expected",
    [("lang son", "Tỉnh Lạng Sơn"), ("LẠNG SƠN", "Tỉnh Lạng Sơn"), ("dong kinh", "Phường Đông Kinh"),
     ("da nang", "Thành phố Đà Nẵng"), ("khanh hoa", "Tỉnh Khánh Hòa")],
)
def test_accent_insensitive_search(db, query, expected):
    load_catalogue("2025")
    found = units.search_units(fold(query))
    assert expected in [u.name for u in found]
    assert found[0].level == "province" or expected.startswith("Phường")


def test_search_treats_wildcards_literally(db):
    load_catalogue("2025")
    assert units.search_units(fold("%")) == []
    assert units.search_units(fold("_")) == []


def test_split_kind():
    assert split_kind("Thành phố Hà Nội", ("Thành phố", "Tỉnh")) == ("Thành phố", "Hà Nội")
    assert split_kind("Xã Hợp Thành", ("Xã", "Phường")) == ("Xã", "Hợp Thành")
    assert split_kind("Hợp Thành", ("Xã",)) == ("", "Hợp Thành")
