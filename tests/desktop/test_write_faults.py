"""Faults answered in Vietnamese, nothing left behind: a really full disk and a really
read-only folder (a small tmpfs, when this machine lets the tests mount one), monkeypatched
I/O errors and permissions otherwise; outputs never overwrite an input, a link or a device."""
from __future__ import annotations

import errno
import os
import subprocess
import uuid
from pathlib import Path

import pytest

from db.connection import DatabaseError, is_postgres
from desktop import backups, export_service
from desktop.errors import describe_error
from exports.errors import ExportError
from tests.desktop.export_fixtures import area, roster  # noqa: F401
from tests.desktop.service_fixtures import ADMIN


def _mount(path: Path, options: str) -> bool:
    path.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)],
                          capture_output=True, check=False)
    return done.returncode == 0


def _umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)


@pytest.fixture
def full_disk(tmp_path):
    """A folder on a disk with 4 KB left."""
    where = tmp_path / f"full-{uuid.uuid4().hex[:6]}"
    if os.geteuid() != 0 or not _mount(where, "size=1m"):
        pytest.skip("cannot mount a small tmpfs here")
    filler = where / "filler"
    with open(filler, "wb") as fh:
        try:
            fh.write(b"\0" * (1024 * 1024 - 4096))
        except OSError:
            pass
    folder = where / "ra"
    folder.mkdir()
    yield folder
    _umount(where)


@pytest.fixture
def read_only(tmp_path):
    where = tmp_path / f"ro-{uuid.uuid4().hex[:6]}"
    if os.geteuid() != 0 or not _mount(where, "size=1m"):
        pytest.skip("cannot mount a small tmpfs here")
    subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)
    yield where
    _umount(where)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture(autouse=True)
def _own_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CNSCD_DATA_DIR", str(tmp_path / "data"))


def test_a_backup_on_a_full_disk(roster, full_disk):  # noqa: F811
    with pytest.raises(DatabaseError) as info:
        backups.backup_as(ADMIN, folder=full_disk)
    text = describe_error(info.value)
    assert "ổ đĩa đã đầy" in text and "Traceback" not in text
    assert _leftovers(full_disk) == []


def test_a_backup_into_a_read_only_folder(roster, read_only):  # noqa: F811
    with pytest.raises(DatabaseError) as info:
        backups.backup_as(ADMIN, folder=read_only)
    assert "chỉ cho phép đọc" in describe_error(info.value)
    assert "đang được mở" not in describe_error(info.value)


@pytest.mark.parametrize("export", ["roster", "training", "report", "template"])
def test_an_export_on_a_full_disk_or_a_read_only_folder(roster, full_disk, read_only, export):  # noqa: F811
    fn = getattr(export_service, f"export_{export}")
    with pytest.raises(ExportError) as info:
        fn(ADMIN, roster.commune, full_disk / "ds.xlsx")
    assert "ổ đĩa đã đầy" in describe_error(info.value)
    assert _leftovers(full_disk) == []
    with pytest.raises(ExportError) as info:
        fn(ADMIN, roster.commune, read_only / "ds.xlsx")
    assert "chỉ cho phép đọc" in describe_error(info.value)


def test_a_decision_pdf_on_a_full_disk(roster, full_disk):  # noqa: F811
    from desktop import decisions
    from exports import decision_pdf

    team = next(iter(roster.teams.values()))
    with pytest.raises(ExportError) as info:
        decision_pdf.render_decision(decisions.document_for_team(ADMIN, team), full_disk / "qd.pdf")
    assert "ổ đĩa đã đầy" in describe_error(info.value)
    assert _leftovers(full_disk) == []


@pytest.mark.parametrize("code,words", [
    (errno.EIO, "lỗi đọc/ghi"), (errno.ENOSPC, "ổ đĩa đã đầy"), (errno.EROFS, "chỉ cho phép đọc"),
    (errno.EACCES, "không có quyền ghi"),
])
def test_each_fault_has_its_own_sentence_and_leaves_nothing(roster, tmp_path, monkeypatch,  # noqa: F811
                                                            code, words):
    from exports import xlsx_common

    out = tmp_path / "out"
    out.mkdir()
    real = xlsx_common.Workbook.save

    def failing_save(self, filename):
        real(self, filename)  # the whole file is written, then the disk fails
        raise OSError(code, os.strerror(code), filename)

    monkeypatch.setattr(xlsx_common.Workbook, "save", failing_save)
    with pytest.raises(ExportError) as info:
        export_service.export_roster(ADMIN, roster.commune, out / "ds.xlsx")
    assert words in describe_error(info.value)
    assert _leftovers(out) == []


def test_outputs_never_overwrite_a_link_or_a_device(roster, tmp_path):  # noqa: F811
    precious = tmp_path / "quan-trong.xlsx"
    precious.write_bytes(b"du lieu goc")
    link = tmp_path / "lien-ket.xlsx"
    link.symlink_to(precious)
    with pytest.raises(ExportError) as info:
        export_service.export_roster(ADMIN, roster.commune, link)
    assert "lối tắt" in describe_error(info.value)
    assert precious.read_bytes() == b"du lieu goc"
    with pytest.raises(ExportError) as info:
        export_service.export_roster(ADMIN, roster.commune, Path("/dev/null"))
    assert "không phải một tệp bình thường" in describe_error(info.value)
    with pytest.raises(DatabaseError) as info:
        backups.backup_as(ADMIN, link)
    assert "lối tắt" in describe_error(info.value)
    assert precious.read_bytes() == b"du lieu goc"


def test_the_import_report_never_overwrites_the_input(roster, tmp_path, capsys):  # noqa: F811
    from desktop.cli import main as cli_main
    from tests.conftest import PG_URL
    from tests.desktop.test_roster_import import simple_file

    path = simple_file(tmp_path / "ds.xlsx", [
        [1, "Lò Văn Páo", "01/01/1980", "Nam", "Tổ trưởng", "Thôn Mới", "0912999000"],
    ])
    original = path.read_bytes()
    target = PG_URL if is_postgres() else roster.db.database
    same = str(tmp_path / "." / "ds.xlsx")
    assert cli_main(["--db", target, "import-roster", str(path), "--report", same,
                     "--dry-run"]) == 1
    assert "chính là tệp đang được đọc" in capsys.readouterr().err
    assert path.read_bytes() == original
