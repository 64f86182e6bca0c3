"""Sample data apart: its window really opens beside the office's (a data folder of its own),
is marked, and the clerk can leave it or remove it from the window."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_the_sample_window_is_not_swallowed_by_the_office_window(qapp, tmp_path):
    """One window per data folder: started in the office's folder, the sample window only
    brought the office's window forward and never opened."""
    from ui import sample_data
    from ui.single_instance import SingleInstance

    office_folder = tmp_path / "data"
    office_folder.mkdir()
    sample = sample_data.sample_path(str(tmp_path / "so-to.db"))
    command = sample_data.sample_window_command(str(sample))
    folder = Path(command[command.index("--data-dir") + 1])
    assert folder != office_folder and folder.parent == sample.parent
    folder.mkdir()
    office = SingleInstance(office_folder)
    assert office.acquire()
    other = SingleInstance(folder)
    try:
        assert other.acquire()  # both windows run
    finally:
        other.release()
        office.release()


def _sample_window(make_window, monkeypatch):
    from desktop import office as office_service

    real = office_service.get_office()
    sample = dataclasses.replace(real, settings={"demo": {"scale": "district", "seed": 1}})
    monkeypatch.setattr(office_service, "get_office", lambda: sample)
    return make_window()


def test_sample_window_is_marked_and_the_clerk_can_remove_it(qtbot, office_commune,
                                                             make_window, app_db,
                                                             monkeypatch):
    from ui import msgbox
    from ui.sample_data import SampleBar

    asked = []
    monkeypatch.setattr(msgbox, "confirm", lambda *a, **k: asked.append(a[2]) or True)
    window = _sample_window(make_window, monkeypatch)
    assert window.windowTitle().startswith("DỮ LIỆU MẪU")
    bar = window.findChild(SampleBar)
    assert bar is not None and bar.isVisible()
    assert bar.remove_button.text() == "Xóa dữ liệu mẫu…"
    folder = Path(app_db).with_suffix("")
    folder.mkdir()
    (folder / "so-to-cnscd.ini").write_text("[x]\n")

    class BackupFirst:
        """As the app's guard: closing starts a backup and waits for it, unless quiet."""

        quiet = False

        def may_close(self, _window) -> bool:
            return self.quiet

    window.close_guard = BackupFirst()  # the removal used to wait behind it, and never ran
    qtbot.mouseClick(bar.remove_button, Qt.MouseButton.LeftButton)
    assert asked and "không bị ảnh hưởng" in asked[0]
    assert not window.isVisible()
    assert not Path(app_db).exists() and not folder.exists()


def test_an_office_database_has_no_sample_bar(qtbot, office_commune, make_window):
    from ui.sample_data import SampleBar

    window = make_window()
    assert window.findChild(SampleBar) is None
    assert "DỮ LIỆU MẪU" not in window.windowTitle()
    # the application's name once (the bar read "Sổ Tổ CNSCĐ — Ủy ban nhân dân xã Hợp
    # Thành — Sổ Tổ CNSCĐ"), last, where the platform would put it
    assert QApplication.applicationDisplayName() == "Sổ Tổ CNSCĐ"
    assert window.windowTitle() == f"{office_commune.name} — Sổ Tổ CNSCĐ"


def test_leaving_the_sample_keeps_it(qtbot, office_commune, make_window, app_db, monkeypatch):
    from ui.sample_data import SampleBar

    window = _sample_window(make_window, monkeypatch)
    bar = window.findChild(SampleBar)
    qtbot.mouseClick(bar.leave_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible() and Path(app_db).exists()
