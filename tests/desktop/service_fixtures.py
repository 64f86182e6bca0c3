"""Fixtures shared by the service tests: a small Vietnamese unit tree and some actors.

Units are inserted directly (the catalogue loader has its own tests); everything else in
the service tests goes through the service functions.
"""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from desktop.context import LOCAL_ADMIN, Actor

ADMIN = LOCAL_ADMIN


def add_unit(catalogue, level, kind, code, name, short, parent=None, valid_to=None):
    from db.models import AdminUnit
    from vn.collation import sort_key
    from vn.text import fold

    return AdminUnit.insert(
        catalogue=catalogue, level=level, kind=kind, code=code, name=name, short_name=short,
        parent=parent, valid_from=dt.date(2025, 7, 1) if catalogue == "2025" else None,
        valid_to=valid_to, search_key=fold(name), sort_key=sort_key(short), note="",
    ).execute()


@pytest.fixture
def area(db):
    """Lạng Sơn with two communes, and Cao Bằng with one (for out-of-scope checks)."""
    ls = add_unit("2025", "province", "Tỉnh", "20", "Tỉnh Lạng Sơn", "Lạng Sơn")
    hop_thanh = add_unit("2025", "commune", "Xã", "06100", "Xã Hợp Thành", "Hợp Thành", ls)
    dong_kinh = add_unit("2025", "commune", "Phường", "06010", "Phường Đông Kinh", "Đông Kinh", ls)
    cb = add_unit("2025", "province", "Tỉnh", "04", "Tỉnh Cao Bằng", "Cao Bằng")
    hoa_an = add_unit("2025", "commune", "Xã", "01300", "Xã Hòa An", "Hòa An", cb)
    return SimpleNamespace(
        db=db,
        province=ls,
        commune=hop_thanh,
        commune2=dong_kinh,
        other_province=cb,
        other_commune=hoa_an,
        clerk=Actor(user_id=None, username="canbo.hopthanh", role="clerk",
                    scope_unit_id=hop_thanh, can_see_citizen_id=False),
        province_clerk=Actor(user_id=None, username="so.khcn", role="clerk",
                             scope_unit_id=ls),
        viewer=Actor(user_id=None, username="xem", role="viewer"),
    )


def member_values(full_name, **extra):
    values = {"full_name": full_name, "sex": "Nam", "birth": "05/03/1990"}
    values.update(extra)
    return values


def version_of(model_name: str, record_id: int) -> int:
    """The record's version as a caller would have just read it (for service calls that
    take ``expected_version`` where the test has no displayed row at hand)."""
    from db import models

    return getattr(models, model_name).get_by_id(record_id).version
