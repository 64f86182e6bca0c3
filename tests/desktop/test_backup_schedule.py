"""The backup taken when the app closes after changes (and its copy in a second folder)."""
from __future__ import annotations

import datetime as dt

from db.audit import recent_audit
from desktop import backup_schedule as bs
from desktop import users
from desktop.context import LOCAL_ADMIN


def _change(name: str = "canbo") -> None:
    users.create_user(LOCAL_ADMIN, username=name, password="matkhau123", role="viewer")


def test_nothing_changed_means_no_backup(db, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    marker = bs.change_marker()
    assert bs.backup_on_close(marker, second_folder=usb) is None
    assert list(usb.iterdir()) == []


def test_reading_and_copying_are_not_changes(db):
    from desktop.backups import backup_as

    marker = bs.change_marker()
    backup_as(LOCAL_ADMIN)  # audited as "backup": not a change of the data
    assert not bs.changed_since(marker)


def test_a_change_is_backed_up_beside_the_database_and_in_the_second_folder(db, tmp_path):
    marker = bs.change_marker()
    _change()
    usb = tmp_path / "usb"
    usb.mkdir()
    result = bs.backup_on_close(marker, second_folder=usb, actor=LOCAL_ADMIN)
    assert result is not None and result.path.exists() and result.second_error == ""
    assert result.path.name.startswith(bs.ON_CLOSE_PREFIX)
    assert result.second == usb / result.path.name
    assert result.second.read_bytes() == result.path.read_bytes()
    entry = recent_audit(1)[0]
    assert entry.action == "backup" and "on_close" in (entry.after or "")


def test_a_missing_second_folder_does_not_fail_the_backup(db, tmp_path):
    marker = bs.change_marker()
    _change()
    result = bs.backup_on_close(marker, second_folder=tmp_path / "rut-ra")
    assert result.path.exists() and result.second is None
    assert "rut-ra" in result.second_error


def test_only_the_newest_on_close_copies_are_kept(tmp_path):
    for day in range(1, 15):
        (tmp_path / f"{bs.ON_CLOSE_PREFIX}2026-12-{day:02d}_080000.db").write_bytes(b"x")
    (tmp_path / "sao-luu-2026-01-01_080000.db").write_bytes(b"manual")
    removed = bs.rotate_on_close(tmp_path, keep=10)
    assert len(removed) == 4
    left = sorted(p.name for p in tmp_path.iterdir())
    assert "sao-luu-2026-01-01_080000.db" in left  # other backups are never touched
    assert f"{bs.ON_CLOSE_PREFIX}2026-12-14_080000.db" in left
    assert f"{bs.ON_CLOSE_PREFIX}2026-12-04_080000.db" not in left


def test_backup_names_carry_the_time(db, tmp_path):
    marker = bs.change_marker()
    _change()
    result = bs.backup_on_close(marker, now=dt.datetime(2026, 12, 6, 17, 5, 9))
    assert "2026-12-06_170509" in result.path.name
