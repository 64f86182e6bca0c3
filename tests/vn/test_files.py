"""Files are written whole or not at all, and no temporary file is left behind."""
from __future__ import annotations

import pytest

from vn.files import atomic_path, write_bytes, write_text


def test_write_replaces_the_target_and_leaves_nothing_else(tmp_path):
    target = tmp_path / "sub" / "a.txt"
    with pytest.raises(OSError):
        write_text(target, "cũ")
    write_text(target, "cũ", create_folder=True)
    write_text(target, "mới")
    assert target.read_text(encoding="utf-8") == "mới"
    write_bytes(target, b"\x00\x01", fsync=False)
    assert target.read_bytes() == b"\x00\x01"
    assert [p.name for p in target.parent.iterdir()] == ["a.txt"]


def test_a_failure_keeps_the_old_file_and_removes_the_temporary_one(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("cũ", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("nửa chừng", encoding="utf-8")
        assert tmp.parent == target.parent and tmp != target
        raise RuntimeError("hết chỗ trên đĩa")
    assert target.read_text(encoding="utf-8") == "cũ"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_nothing_is_created_when_the_first_write_fails(tmp_path):
    target = tmp_path / "b.xlsx"
    with pytest.raises(KeyboardInterrupt), atomic_path(target):
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []
