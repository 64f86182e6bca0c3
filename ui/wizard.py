"""The first-run wizard: which unit the office serves, who signs, and demo data to try.

It calls ``desktop.office.configure_office``; loading the pre-2025 catalogue and building
demo data go through the task runner (a progress dialog with Cancel; the window never
freezes).
"""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from desktop import units
from desktop.catalogue import load_catalogue
from desktop.context import LOCAL_ADMIN
from desktop.errors_domain import StaleRecord
from desktop.office import catalogue_in_use, configure_office, default_office_name, get_office
from desktop.setup import database_file
from ui import msgbox, sample_data
from ui.dialogs.stale import ask_reload
from ui.errors import describe_exception
from ui.sample_data import build_sample, sample_path

log = logging.getLogger(__name__)

UNIT_ROLE = Qt.ItemDataRole.UserRole + 1


class CataloguePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Chào mừng đến với Sổ Tổ CNSCĐ"))
        self.setSubTitle(self.tr(
            "Vài bước để thiết lập đơn vị sử dụng phần mềm. Có thể sửa lại sau trong "
            "Công cụ → Thiết lập đơn vị sử dụng."
        ))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Phần mềm giúp UBND xã, phường và Sở Khoa học và Công nghệ quản lý Tổ công nghệ "
            "số cộng đồng: thôn/tổ dân phố, tổ, thành viên, tập huấn và báo cáo.\n\n"
            "Chọn danh mục đơn vị hành chính:"
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.new_catalogue = QRadioButton(self.tr(
            "Danh mục 2025: tỉnh – xã/phường/đặc khu (áp dụng từ 01/07/2025)"
        ))
        self.old_catalogue = QRadioButton(self.tr(
            "Danh mục trước 2025: tỉnh – huyện – xã (hồ sơ trước ngày 01/07/2025)"
        ))
        self.new_catalogue.setObjectName("catalogue_2025")
        self.old_catalogue.setObjectName("catalogue_pre2025")
        self.new_catalogue.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.new_catalogue)
        group.addButton(self.old_catalogue)
        layout.addWidget(self.new_catalogue)
        layout.addWidget(self.old_catalogue)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        """Reconfiguring an office that already keeps records: the catalogue stays."""

        current = self._wizard.current
        locked = current is not None and bool(current.catalogue) and catalogue_in_use()
        for button in (self.new_catalogue, self.old_catalogue):
            button.setEnabled(not locked)
        if locked:
            self.status.setText(self.tr(
                "Đã có thôn, tổ và thành viên theo danh mục này nên không đổi được danh mục "
                "(chuyển sang danh mục 2025: lệnh \"reform\")."))

    def catalogue(self) -> str:
        return "pre2025" if self.old_catalogue.isChecked() else "2025"

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        catalogue = self.catalogue()
        if self._wizard.catalogue_loaded(catalogue):
            return True
        self._wizard.load_catalogue(catalogue)
        self.status.setText(self.tr("Đang nạp danh mục…"))
        return False


class ScopePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Đơn vị sử dụng"))
        self.setSubTitle(self.tr(
            "Đơn vị ban hành quyết định thành lập Tổ CNSCĐ: thường là UBND xã/phường; "
            "Sở Khoa học và Công nghệ chọn cả tỉnh."
        ))
        layout = QVBoxLayout(self)
        levels = QGridLayout()
        self.level_commune = QRadioButton(self.tr("Xã, phường, đặc khu"))
        self.level_district = QRadioButton(self.tr("Quận, huyện (danh mục trước 2025)"))
        self.level_province = QRadioButton(self.tr("Tỉnh, thành phố"))
        self.level_commune.setChecked(True)
        self._levels = QButtonGroup(self)
        for col, (button, level) in enumerate(
            ((self.level_commune, "commune"), (self.level_district, "district"),
             (self.level_province, "province"))
        ):
            button.setProperty("level", level)
            self._levels.addButton(button)
            levels.addWidget(button, 0, col)
        layout.addLayout(levels)
        self._levels.buttonToggled.connect(lambda *_: self._search())

        self.search_box = QLineEdit()
        self.search_box.setObjectName("scope_search")
        self.search_box.setPlaceholderText(self.tr("Gõ tên, không cần dấu: hop thanh, lang son…"))
        self.search_box.setClearButtonEnabled(True)
        layout.addWidget(self.search_box)
        self.nothing = QLabel()
        self.nothing.setObjectName("scope_nothing")
        self.nothing.setWordWrap(True)
        self.nothing.setStyleSheet("color: #8a5a00;")
        self.nothing.hide()
        layout.addWidget(self.nothing)
        self.results = QListWidget()
        self.results.setObjectName("scope_results")
        layout.addWidget(self.results, 1)
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        layout.addWidget(self.chosen)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._search)
        self.search_box.textChanged.connect(lambda _t: self._timer.start())
        self.results.currentItemChanged.connect(self._chosen_changed)
        self.search_box.returnPressed.connect(self._take_first)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        pre = self._wizard.catalogue() == "pre2025"
        self.level_district.setEnabled(pre)
        if not pre and self.level_district.isChecked():
            self.level_commune.setChecked(True)
        current = self._wizard.current
        if current is not None and current.unit_id and not self.search_box.text():
            self._propose(current.unit_id)
        self._search()
        for row in range(self.results.count()):
            if current is not None and self.results.item(row).data(UNIT_ROLE) == current.unit_id:
                self.results.setCurrentRow(row)
        self.search_box.setFocus()
        # QWizard gives the focus to its Next button after this: take it back, so the
        # first thing typed lands in the search box
        QTimer.singleShot(0, self.search_box.setFocus)

    def _propose(self, unit_id: int) -> None:
        path = units.unit_path(unit_id)
        if not path:
            return
        unit = path[-1]
        button = {"province": self.level_province, "district": self.level_district}.get(
            unit.level, self.level_commune)
        button.setChecked(True)
        self.search_box.setText(unit.short_name or unit.name)
        self._timer.stop()

    def level(self) -> str:
        button = self._levels.checkedButton()
        return button.property("level") if button else "commune"

    def _search(self) -> None:
        text = self.search_box.text().strip()
        self.results.clear()
        if not text and self.level() != "province":
            self.completeChanged.emit()
            return
        catalogue = self._wizard.catalogue()
        hits = units.search_units(text, catalogue=catalogue, level=self.level(), limit=50) \
            if text else [n for n in units.unit_tree_children(None, catalogue)]
        note = ""
        if text and not hits and self.level() != "province":
            # "lang son" at commune level: the communes of the province of that name
            provinces = units.search_units(text, catalogue=catalogue, level="province",
                                           limit=1)
            if provinces:
                hits = self._units_under(provinces[0].id, catalogue)
                note = self.tr("Không có đơn vị cấp này tên \"%1\"; dưới đây là các đơn vị "
                               "của %2.").replace("%1", text).replace("%2", provinces[0].name)
        if text and not hits:
            note = self.tr("Không tìm thấy đơn vị nào tên \"%1\" ở cấp này. Thử cấp khác, "
                           "hoặc gõ ít chữ hơn (không cần dấu).").replace("%1", text)
        self.nothing.setText(note)
        self.nothing.setVisible(bool(note))
        for unit in hits:
            item = QListWidgetItem(self._label(unit))
            item.setData(UNIT_ROLE, unit.id)
            self.results.addItem(item)
        if self.results.count() == 1:
            self.results.setCurrentRow(0)
        self.completeChanged.emit()

    def _units_under(self, province_id: int, catalogue: str) -> list:
        found, frontier = [], units.unit_tree_children(province_id, catalogue)
        while frontier and len(found) < 200:
            node = frontier.pop(0)
            if node.level == self.level():
                found.append(node)
            elif node.level == "district":  # pre-2025: communes sit under districts
                frontier.extend(units.unit_tree_children(node.id, catalogue))
        return found

    def _label(self, unit: Any) -> str:
        if getattr(unit, "level", "") == "province":
            return unit.name
        path = units.unit_path(unit.id)
        above = [u.name for u in reversed(path[:-1])]
        return f"{unit.name} — {', '.join(above)}" if above else unit.name

    def _take_first(self) -> None:
        if self.results.count() and self.results.currentRow() < 0:
            self.results.setCurrentRow(0)

    def _chosen_changed(self, *_args) -> None:
        item = self.results.currentItem()
        self.chosen.setText(
            self.tr("Đã chọn: %1").replace("%1", item.text()) if item else ""
        )
        self.completeChanged.emit()

    def unit_id(self) -> int | None:
        item = self.results.currentItem()
        return item.data(UNIT_ROLE) if item else None

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.unit_id() is not None


class OfficialsPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Lãnh đạo ký quyết định"))
        self.setSubTitle(self.tr(
            "Họ tên và chức danh in ở phần chữ ký; số ký hiệu văn bản dùng khi cấp số quyết định."
        ))
        form = QFormLayout(self)
        self.office_name = QLineEdit()
        self.office_name.setObjectName("office_name")
        form.addRow(self.tr("Tên cơ quan ban hành:"), self.office_name)
        self.chair_name = QLineEdit()
        self.chair_name.setObjectName("chair_name")
        self.chair_name.setPlaceholderText(self.tr("Ví dụ: Nguyễn Văn An"))
        self.chair_title = QLineEdit(self.tr("Chủ tịch"))
        form.addRow(self.tr("Chủ tịch (họ và tên):"), self.chair_name)
        form.addRow(self.tr("Chức danh:"), self.chair_title)
        self.vice: list[tuple[QLineEdit, QLineEdit]] = []
        for number in (1, 2):
            name = QLineEdit()
            name.setObjectName(f"vice_name_{number}")
            title = QLineEdit(self.tr("Phó Chủ tịch"))
            form.addRow(self.tr("Phó Chủ tịch %1 (họ và tên):").replace("%1", str(number)), name)
            form.addRow(self.tr("Chức danh:"), title)
            self.vice.append((name, title))
        self.symbol = QLineEdit("QĐ-UBND")
        self.symbol.setObjectName("doc_symbol")
        form.addRow(self.tr("Ký hiệu quyết định:"), self.symbol)
        self.registerField("chair_name*", self.chair_name)

    def initializePage(self) -> None:  # noqa: N802 - Qt override

        unit_id = self._wizard.scope_page.unit_id()
        current = self._wizard.current
        keep = current is not None and current.unit_id == unit_id and self.office_name.text()
        if unit_id is not None and not keep:
            name, _place = default_office_name(unit_id)
            self.office_name.setText(name)
        self.chair_name.setFocus()

    def officials(self) -> list[dict]:
        out = [{
            "full_name": self.chair_name.text(),
            "title": self.chair_title.text() or self.tr("Chủ tịch"),
            "authority": "CHỦ TỊCH",
            "is_chair": True,
        }]
        for name, title in self.vice:
            if name.text().strip():
                out.append({
                    "full_name": name.text(),
                    "title": title.text() or self.tr("Phó Chủ tịch"),
                    "authority": "KT. CHỦ TỊCH",
                    "is_chair": False,
                })
        return out


class DemoPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__()
        self.setTitle(self.tr("Dữ liệu mẫu"))
        self.setSubTitle(self.tr("Có thể mở dữ liệu mẫu để dùng thử trước khi nhập dữ liệu "
                                 "thật."))
        layout = QVBoxLayout(self)
        self.load_demo = QCheckBox(self.tr("Mở dữ liệu mẫu trong một cơ sở dữ liệu riêng"))
        self.load_demo.setObjectName("load_demo")
        layout.addWidget(self.load_demo)
        form = QFormLayout()
        self.scale = QComboBox()
        self.scale.setObjectName("demo_scale")
        self.scale.addItem(self.tr("Một huyện cũ (vài xã, vài giây)"), "district")
        self.scale.addItem(self.tr("Một tỉnh (khoảng một phút)"), "province")
        form.addRow(self.tr("Quy mô:"), self.scale)
        layout.addLayout(form)
        note = QLabel(self.tr(
            "Dữ liệu mẫu (tên người, số điện thoại và quyết định hư cấu) nằm trong tệp riêng "
            "\"du-lieu-mau.db\" và mở trong một cửa sổ riêng có chữ DỮ LIỆU MẪU trên thanh "
            "tiêu đề. Dữ liệu của cơ quan không bị trộn lẫn: đóng cửa sổ đó là xong."
        ))
        note.setWordWrap(True)
        note.setStyleSheet("color: #8a5a00;")
        layout.addWidget(note)
        layout.addStretch(1)
        self.scale.setEnabled(False)
        self.load_demo.toggled.connect(self.scale.setEnabled)


class FirstRunWizard(QWizard):
    """Shown when no office is configured; ``accept()`` saves it (and builds demo data)."""

    def __init__(self, runner, parent=None, *, actor=None, office=None):
        super().__init__(parent)

        self.runner = runner
        self.actor = actor or LOCAL_ADMIN
        self.demo_task = None
        self.office = None
        self.current = office  # an office already set up: the pages start from it
        self.setObjectName("first_run_wizard")
        self.setWindowTitle(self.tr("Thiết lập Sổ Tổ CNSCĐ"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(720, 540)
        self.catalogue_page = CataloguePage(self)
        self.scope_page = ScopePage(self)
        self.officials_page = OfficialsPage(self)
        self.demo_page = DemoPage(self)
        for page in (self.catalogue_page, self.scope_page, self.officials_page, self.demo_page):
            self.addPage(page)
        if office is not None:
            self._prefill(office)

    def _prefill(self, office) -> None:
        """Reconfiguring: the current catalogue, unit, signers and symbol are proposed."""
        if office.catalogue == "pre2025":
            self.catalogue_page.old_catalogue.setChecked(True)
        page = self.officials_page
        page.symbol.setText(office.doc_symbol or "QĐ-UBND")
        page.office_name.setText(office.name)
        chairs = [o for o in office.officials if o.is_chair]
        vices = [o for o in office.officials if not o.is_chair]
        if chairs:
            page.chair_name.setText(chairs[0].full_name)
            page.chair_title.setText(chairs[0].title)
        for (name, title), official in zip(page.vice, vices, strict=False):
            name.setText(official.full_name)
            title.setText(official.title)

    def catalogue(self) -> str:
        return self.catalogue_page.catalogue()

    def catalogue_loaded(self, catalogue: str) -> bool:
        return bool(units.unit_tree_children(None, catalogue))

    def load_catalogue(self, catalogue: str) -> None:
        def work(*, progress, cancelled):
            progress(0, 0, "")
            return load_catalogue(catalogue)

        def done(_report):
            self.catalogue_page.status.setText("")
            self.next()

        self.runner.run(
            work,
            title=QCoreApplication.translate("FirstRunWizard",
                                             "Đang nạp danh mục đơn vị hành chính…"),
            writes=True, parent=self, cancellable=False, on_success=done,
        )

    def accept(self) -> None:
        try:
            self.office = configure_office(
                self.actor,
                unit_id=self.scope_page.unit_id(),
                catalogue=self.catalogue(),
                officials=self.officials_page.officials(),
                doc_symbol=self.officials_page.symbol.text() or "QĐ-UBND",
                name=self.officials_page.office_name.text() or None,
                # None only on a first run: there is no office yet to have a version
                expected_version=self.current.version if self.current is not None else None,
            )
        except StaleRecord as exc:  # another administrator saved the office meanwhile
            self._stale(exc)
            return
        except Exception as exc:  # noqa: BLE001 - shown to the clerk, wizard stays open
            msgbox.error(self, self.tr("Không lưu được"), describe_exception(exc))
            return
        if self.demo_page.load_demo.isChecked():
            self.start_demo(self.demo_page.scale.currentData())
            return
        super().accept()

    def _stale(self, exc) -> None:
        """Nothing was overwritten: show the other change; "Tải lại" starts from it."""

        if not ask_reload(self, exc, self.current, self.actor):
            return
        self.current = get_office()
        if self.current is not None:
            for name, title in self.officials_page.vice:
                name.clear()
                title.clear()
            self._prefill(self.current)

    def start_demo(self, scale: str) -> None:
        """Sample data in its own database and window (``ui.sample_data``), never in the
        office's: the wizard closes once it is on its way."""

        self.sample_path = str(sample_path(database_file() or ""))
        self.demo_task = self.runner.run(
            build_sample, self.sample_path, scale,
            title=self.tr("Đang tạo dữ liệu mẫu…"), parent=self,
            on_success=self._demo_built,
            on_error=self._demo_failed,
            on_cancel=lambda: QWizard.accept(self),
        )

    def _demo_built(self, path: str) -> None:
        if not sample_data.open_sample_window(path):
            msgbox.error(self, self.tr("Dữ liệu mẫu"),
                         self.tr("Không mở được cửa sổ dữ liệu mẫu. Tệp: %1").replace("%1", path))
        QWizard.accept(self)

    def _demo_failed(self, exc: BaseException) -> None:
        msgbox.error(self, self.tr("Không tạo được dữ liệu mẫu"), describe_exception(exc))
        QWizard.accept(self)
