"""Training: create a course, add a team's members in one go, record results and a
certificate number, see it in the person's history and in the overview."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.helpers import check_handled, press, type_text, when_modal


def test_course_attendance_results(qtbot, office_commune, make_window):
    from desktop import teams, units
    from desktop.context import LOCAL_ADMIN

    village = units.create_village(LOCAL_ADMIN, office_commune.unit_id, "Thôn Nà Sla")
    team = teams.create_team(LOCAL_ADMIN, village.id)
    for name, role in (("Hoàng Văn Dũng", "to_truong"), ("Nông Thị Hoa", "to_pho"),
                       ("Nguyễn Thị Lan", "thanh_vien")):
        teams.add_member(LOCAL_ADMIN, team.id, {"full_name": name}, role)
    window = make_window()
    qtbot.waitUntil(lambda: window.workspace.unit is not None)
    page = window.pages["training"]
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.show_page("training")
    assert page.courses.rowCount() == 0

    def new_course(dialog):
        type_text(dialog.title_edit, "Kỹ năng số cơ bản cho Tổ CNSCĐ")
        type_text(dialog.organiser, "UBND xã")
        dialog.form_combo.setCurrentIndex(dialog.form_combo.findData("truc_tuyen"))
        type_text(dialog.platform, "Bình dân học vụ số")
        dialog.end_date.clear()
        type_text(dialog.end_date, "01/01/2000")  # before the start: refused in the form
        press(dialog.title_edit, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.errors.message("end_date")
        dialog.end_date.clear()
        type_text(dialog.hours, "3,5")
        press(dialog.title_edit, Qt.Key.Key_Return)

    seen = when_modal(new_course)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.add_course_button, Qt.MouseButton.LeftButton)
    check_handled(seen)
    assert page.courses.rowCount() == 1
    course = page.current_course()
    assert course is not None and course.title == "Kỹ năng số cơ bản cho Tổ CNSCĐ"
    assert course.form == "truc_tuyen" and float(course.hours) == 3.5

    # Attendance in bulk: every member of the teams of the commune.
    def attend(dialog):
        assert dialog.by_unit.isChecked()
        assert dialog.count.text().startswith("3 người")
        press(dialog.by_unit, Qt.Key.Key_Return)

    seen = when_modal(attend)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.attend_button, Qt.MouseButton.LeftButton)
    check_handled(seen)
    names = sorted(r.full_name for r in page.records.rows())
    assert names == ["Hoàng Văn Dũng", "Nguyễn Thị Lan", "Nông Thị Hoa"]

    # Results: two completed at once, then a certificate number for one.
    page.record_view.selectAll()
    page.record_view.selectionModel().select(
        page.records.index(2, 0),
        page.record_view.selectionModel().SelectionFlag.Deselect
        | page.record_view.selectionModel().SelectionFlag.Rows)

    def results(dialog):
        assert dialog.result_combo.currentData() == "hoan_thanh"
        assert not dialog.certificate.isEnabled()  # several people: no shared number
        press(dialog.result_combo, Qt.Key.Key_Return)

    seen = when_modal(results)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.result_button, Qt.MouseButton.LeftButton)
    check_handled(seen)
    done = [r for r in page.records.rows() if r.result == "hoan_thanh"]
    assert len(done) == 2

    row = page.records.find_row(lambda r: r.result == "hoan_thanh")
    page.record_view.clearSelection()
    page.record_view.selectRow(row)

    def certificate(dialog):
        dialog.certificate.selectAll()
        type_text(dialog.certificate, "BDHVS-2025-000123")
        press(dialog.certificate, Qt.Key.Key_Return)

    seen = when_modal(certificate)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.result_button, Qt.MouseButton.LeftButton)
    check_handled(seen)
    record = next(r for r in page.records.rows() if r.certificate_no)
    assert record.certificate_no == "BDHVS-2025-000123"
    assert "2 hoàn thành" in page.summary.text()

    # The person's history shows the course; the team shows who is trained.
    page.record_view.clearSelection()
    page.record_view.selectRow(page.records.find_row(lambda r: r.id == record.id))

    def history(dialog):
        rows = dialog.training.rows()
        assert [t.certificate_no for t in rows] == ["BDHVS-2025-000123"]
        assert dialog.memberships.rows()[0].team_name == team.name
        dialog.accept()

    seen = when_modal(history)
    qtbot.mouseClick(page.person_button, Qt.MouseButton.LeftButton)
    check_handled(seen)
    window.open_team(team.id)
    trained = {r.full_name: r.trained for r in window.pages["team"].model.rows()}
    assert sum(trained.values()) == 2

    overview = window.pages["overview"]
    with qtbot.waitSignal(overview.loaded, timeout=5000):
        window.show_page("overview")
    assert overview.cards["members"].value.text() == "3"
    assert overview.cards["trained"].value.text() == "2"


def test_pick_attendees_one_by_one_remove_and_record_per_person(
        qtbot, office_commune, make_window, monkeypatch):
    """Attendees picked by typing a name (without accents), taken off again, results and
    certificate numbers per person, the completion date defaulting to the course's end."""
    import datetime as dt

    from desktop import teams, training, units
    from desktop.context import LOCAL_ADMIN
    from ui import msgbox
    from ui.dialogs.training import AttendeesDialog, ResultDialog

    village = units.create_village(LOCAL_ADMIN, office_commune.unit_id, "Thôn Nà Sla")
    team = teams.create_team(LOCAL_ADMIN, village.id)
    for name in ("Hoàng Văn Dũng", "Nông Thị Hoa", "Nguyễn Thị Lan"):
        teams.add_member(LOCAL_ADMIN, team.id, {"full_name": name}, "thanh_vien")
    course = training.create_course(LOCAL_ADMIN, {
        "title": "Kỹ năng số", "unit_id": office_commune.unit_id,
        "start_date": dt.date(2025, 9, 8), "end_date": dt.date(2025, 9, 10)})
    window = make_window()
    page = window.pages["training"]
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.show_page("training")
    page.course_view.selectRow(0)

    def pick(dialog):
        dialog.search.setFocus()
        type_text(dialog.search, "nong thi")
        press(dialog.search, Qt.Key.Key_Return)  # picks the person found, saves nothing
        assert dialog.isVisible() and dialog.by_person.isChecked()
        dialog.search.selectAll()
        type_text(dialog.search, "lan")
        press(dialog.search, Qt.Key.Key_Return)
        dialog.search.selectAll()
        type_text(dialog.search, "dung")
        press(dialog.search, Qt.Key.Key_Return)
        assert dialog.picked.count() == 3
        dialog.picked.setCurrentRow(2)  # changed their mind about Dũng
        press(dialog.picked, Qt.Key.Key_Delete)
        assert dialog.picked.count() == 2 and dialog.count.text().startswith("2 người")
        dialog.save_button.click()

    seen = when_modal(pick, kind=AttendeesDialog)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.attend_button.click()
    check_handled(seen)
    assert sorted(r.full_name for r in page.records.rows()) == ["Nguyễn Thị Lan",
                                                                "Nông Thị Hoa"]

    # one taken off the course again (asked first)
    monkeypatch.setattr(msgbox, "confirm", lambda *a, **k: True)
    page.record_view.selectRow(page.records.find_row(lambda r: r.full_name == "Nguyễn Thị Lan"))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.remove_button.click()
    assert [r.full_name for r in page.records.rows()] == ["Nông Thị Hoa"]

    training.add_attendees(LOCAL_ADMIN, course.id, [
        m.person_id for m in teams.team_members(team.id) if m.full_name == "Hoàng Văn Dũng"])
    page.refresh()
    qtbot.waitUntil(lambda: page.records.rowCount() == 2, timeout=5000)
    page.record_view.selectAll()

    def per_person(dialog):
        assert dialog.completed_on.text() == "10/09/2025"  # the course's end, not today
        rows = {dialog.people.item(r, 0).text(): r for r in range(dialog.people.rowCount())}
        absent = dialog.people.cellWidget(rows["Hoàng Văn Dũng"], 1)
        absent.setCurrentIndex(absent.findData("vang"))
        dialog.people.item(rows["Nông Thị Hoa"], 2).setText("BDHVS-0001")
        dialog.save_button.click()

    seen = when_modal(per_person, kind=ResultDialog)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.result_button.click()
    check_handled(seen)
    by_name = {r.full_name: r for r in page.records.rows()}
    assert by_name["Nông Thị Hoa"].result == "hoan_thanh"
    assert by_name["Nông Thị Hoa"].certificate_no == "BDHVS-0001"
    assert by_name["Nông Thị Hoa"].completed_on == dt.date(2025, 9, 10)
    assert by_name["Hoàng Văn Dũng"].result == "vang"


def test_attendees_read_off_the_window_thread_once_per_course(qtbot, office_commune,
                                                               make_window, monkeypatch):
    """The attendee list is read on a worker thread, a page at a time, and a unit switch
    that keeps the same course selected does not read it again."""
    import threading

    from desktop import teams, training, units
    from desktop.context import LOCAL_ADMIN
    from ui.models.rows import RecordTableModel

    village = units.create_village(LOCAL_ADMIN, office_commune.unit_id, "Thôn Nà Sla")
    team = teams.create_team(LOCAL_ADMIN, village.id)
    given = ["An", "Bình", "Chi", "Dũng", "Giang", "Hoa", "Khánh"]
    for name in given:
        teams.add_member(LOCAL_ADMIN, team.id, {"full_name": f"Nguyễn Văn {name}"},
                         "thanh_vien")
    course = training.create_course(LOCAL_ADMIN, {
        "title": "Kỹ năng số", "organiser": "UBND xã", "unit_id": office_commune.unit_id})
    training.add_attendees(LOCAL_ADMIN, course.id,
                           training.attendees_for_unit(office_commune.unit_id))
    threads: list[bool] = []
    real = training.course_records

    def spy(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(training, "course_records", spy)
    monkeypatch.setattr(RecordTableModel, "PAGE", 3)
    window = make_window()
    qtbot.waitUntil(lambda: window.workspace.unit is not None)
    page = window.pages["training"]
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.show_page("training")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.course_view.selectRow(0)
    assert page.records.rowCount() == 3 and page.records.total() == 7
    assert "7 học viên" in page.summary.text()
    while page.records.canFetchMore():
        with qtbot.waitSignal(page.records.page_arrived, timeout=5000):
            page.records.fetchMore()
    names = [r.full_name for r in page.records.rows()]
    assert names == [f"Nguyễn Văn {name}" for name in given]  # name order, no repeats
    assert threads and not any(threads)  # every page on a worker thread
    reads = len(threads)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.select_unit(village.id)  # the course is still listed for the village
    assert page.current_course().id == course.id
    assert len(threads) == reads and page.records.rowCount() == 7
