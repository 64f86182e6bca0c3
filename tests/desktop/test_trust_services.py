"""The small trust services the GUI needs: backups and restores by people (admin only, in the
trail), unlocking an account, the last administrator, scope names in the user list, and the
may-edit answers the GUI hides buttons with."""
from __future__ import annotations

import datetime as dt

import pytest

from db.connection import is_postgres
from desktop import access, backups, units, users
from desktop.audit_service import AuditQuery, page
from desktop.context import Actor
from desktop.permissions import PermissionDenied
from tests.desktop.service_fixtures import ADMIN, version_of



@pytest.fixture(autouse=True)
def _own_data_dir(tmp_path, monkeypatch):
    """Backups of a server database go to the per-user data folder: a test's own one."""
    monkeypatch.setenv("CNSCD_DATA_DIR", str(tmp_path / "data"))

def test_backup_and_restore_by_an_administrator_are_in_the_trail(area, tmp_path):
    village = units.create_village(ADMIN, area.commune, "Thôn Nà Sla")
    suffix = ".jsonl.gz" if is_postgres() else ".db"
    saved = backups.backup_as(ADMIN, tmp_path / f"copy{suffix}")
    assert saved.exists()
    assert page(ADMIN, AuditQuery(action="backup"))[0].record.startswith("Cơ sở dữ liệu")
    units.retire_village(ADMIN, village.id, dt.date.today() - dt.timedelta(days=1),
                         expected_version=units.get_village(village.id).version)
    assert units.list_villages(area.commune) == []
    safety = backups.restore_as(ADMIN, saved)
    assert safety.exists()
    assert [v.name for v in units.list_villages(area.commune)] == ["Thôn Nà Sla"]
    restored = page(ADMIN, AuditQuery(action="restore"))
    assert len(restored) == 1 and restored[0].note == str(saved)


def test_only_an_administrator_backs_up_or_restores(area, tmp_path):
    for actor in (area.clerk, area.viewer):
        with pytest.raises(PermissionDenied):
            backups.backup_as(actor, tmp_path / "x.db")
        with pytest.raises(PermissionDenied):
            backups.restore_as(actor, tmp_path / "x.db")
    assert not (tmp_path / "x.db").exists()


def test_unlock_and_the_last_administrator(db):
    admin = users.create_user(ADMIN, username="quantri", password="quantri123", role="admin")
    clerk = users.create_user(ADMIN, username="canbo", password="canbo1234", role="viewer")
    for _ in range(users.MAX_FAILURES):
        with pytest.raises(users.AuthError):
            users.authenticate("canbo", "sai mat khau")
    info = next(u for u in users.list_users() if u.username == "canbo")
    assert info.locked()
    users.unlock_user(ADMIN, clerk.id, expected_version=info.version)
    assert not next(u for u in users.list_users() if u.username == "canbo").locked()
    assert users.authenticate("canbo", "canbo1234").username == "canbo"
    with pytest.raises(users.AuthError) as refused:
        users.set_active(ADMIN, admin.id, False, expected_version=admin.version)
    assert refused.value.code == "auth.last_admin"
    users.set_active(ADMIN, clerk.id, False,
                     expected_version=version_of("User", clerk.id))
    assert not next(u for u in users.list_users() if u.username == "canbo").active


def test_user_list_names_the_scope(area):
    users.create_user(ADMIN, username="canbo.hopthanh", password="canbo1234", role="clerk",
                      scope_unit_id=area.commune)
    info = users.list_users()[0]
    assert info.scope_name == "Xã Hợp Thành"


def test_may_edit_follows_the_scope(area):
    village = units.create_village(ADMIN, area.commune, "Thôn Nà Sla")
    clerk = area.clerk
    assert access.may_edit(clerk, area.commune) and access.may_edit(clerk, village.id)
    assert not access.may_edit(clerk, area.commune2)
    assert not access.may_edit(clerk, area.province)
    assert access.overlaps_scope(clerk, area.province)  # the clerk's commune is under it
    assert not access.overlaps_scope(clerk, area.other_province)
    assert not access.may_edit(area.viewer, area.commune)
    assert access.may_edit(ADMIN, area.other_commune)
    nobody = Actor(user_id=None, username="x", role="clerk", scope_unit_id=None)
    assert access.may_edit(nobody, area.commune)
