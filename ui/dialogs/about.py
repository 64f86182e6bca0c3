"""Trợ giúp → Giới thiệu: which version, which schema, which database, and every licence.

A support call starts with "which version do you have and where is your data?": the first tab
answers it (with a button that copies the lines). The second lists every component the
application ships with its licence; choosing one shows the licence text, read from the
component's own package metadata when it carries one, else from ``resources/licenses``.
"""
from __future__ import annotations

import importlib.metadata
import platform
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import resources

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


@dataclass(frozen=True)
class Component:
    name: str
    distribution: str  # its package on the index ("" when it is not a Python package)
    licence: str
    files: tuple[str, ...] = ()  # licence texts under resources/, tried in order
    url: str = ""


COMPONENTS: tuple[Component, ...] = (
    Component("Python", "", "PSF License 2.0", ("licenses/Python-PSF.txt",),
              "https://www.python.org/"),
    Component("Qt 6", "", "LGPL-3.0", ("licenses/LGPL-3.0.txt", "licenses/GPL-3.0.txt"),
              "https://www.qt.io/"),
    Component("PySide6 (Qt for Python)", "PySide6_Essentials", "LGPL-3.0",
              ("licenses/LGPL-3.0.txt", "licenses/GPL-3.0.txt"), "https://pyside.org/"),
    Component("PySide6 QtPdf", "PySide6_Pdf", "LGPL-3.0",
              ("licenses/LGPL-3.0.txt", "licenses/GPL-3.0.txt")),
    Component("shiboken6", "shiboken6", "LGPL-3.0",
              ("licenses/LGPL-3.0.txt", "licenses/GPL-3.0.txt")),
    Component("peewee", "peewee", "MIT", url="https://github.com/coleifer/peewee"),
    Component("openpyxl", "openpyxl", "MIT", url="https://openpyxl.readthedocs.io/"),
    Component("et-xmlfile", "et_xmlfile", "MIT"),
    Component("lxml", "lxml", "BSD-3-Clause", url="https://lxml.de/"),
    Component("ReportLab", "reportlab", "BSD", url="https://www.reportlab.com/"),
    Component("Pillow", "pillow", "MIT-CMU (HPND)", url="https://python-pillow.org/"),
    Component("charset-normalizer", "charset-normalizer", "MIT"),
    Component("python-calamine (calamine)", "python-calamine", "MIT"),
    Component("psycopg", "psycopg", "LGPL-3.0", ("licenses/LGPL-3.0.txt",),
              "https://www.psycopg.org/"),
    Component("Liberation Serif", "", "SIL Open Font License 1.1",
              ("fonts/LICENSE-LiberationFonts.txt",)),
    Component("vietnamese-provinces-database", "", "MIT",
              ("admin-units/THIRD_PARTY_LICENSES.md",)),
)


def installed_version(component: Component) -> str | None:
    """The version shipped, "" for a non-package component, None when it is not installed
    (psycopg is optional: only offices with a server install it)."""
    if not component.distribution:
        return ""
    try:
        return importlib.metadata.version(component.distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


def licence_text(component: Component) -> str:
    """The licence's full text: the package's own licence file, else ours."""
    texts: list[str] = []
    if component.distribution:
        try:
            dist = importlib.metadata.distribution(component.distribution)
            for file in dist.files or ():
                name = file.name.upper()
                if name.startswith(("LICEN", "COPYING")) and "dist-info" in str(file):
                    located = Path(str(dist.locate_file(file)))
                    texts.append(located.read_text(encoding="utf-8", errors="replace"))
        except (importlib.metadata.PackageNotFoundError, OSError):
            pass
    if not texts:
        for relative in component.files:
            try:
                texts.append(resources.path(*relative.split("/")).read_text(
                    encoding="utf-8", errors="replace"))
            except OSError:
                continue
    head = f"{component.name} — {component.licence}"
    if component.url:
        head += f"\n{component.url}"
    return head + "\n\n" + "\n\n".join(t.strip() for t in texts if t)


def shipped_components() -> list[tuple[Component, str]]:
    """(component, version) for what this installation actually carries."""
    out = []
    for component in COMPONENTS:
        version = installed_version(component)
        if version is None:
            continue
        if component.name == "Qt 6":
            version = qVersion()
        elif component.name == "Python":
            version = platform.python_version()
        out.append((component, version))
    return out


def platform_line() -> str:
    frozen = translate("about", ", bản đóng gói") if getattr(sys, "frozen", False) else ""
    return f"Python {platform.python_version()}, Qt {qVersion()}{frozen}; {platform.platform()}"


class AboutDialog(QDialog):
    def __init__(self, info, data_dir: str = "", log_file: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(translate("about", "Giới thiệu Sổ Tổ CNSCĐ"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        tabs = QTabWidget()
        layout.addWidget(tabs)

        general = QWidget()
        form = QFormLayout(general)
        title = QLabel(translate(
            "about", "<b>Sổ Tổ CNSCĐ</b><br>Quản lý Tổ công nghệ số cộng đồng cho UBND xã, "
            "phường, đặc khu và Sở Khoa học và Công nghệ."))
        title.setWordWrap(True)
        form.addRow(title)
        if info.schema_current is None:
            schema = str(info.schema_supported)
        else:
            schema = translate("about", "%1 (phần mềm hỗ trợ đến %2)").replace(
                "%1", str(info.schema_current)).replace("%2", str(info.schema_supported))
        self.lines = [
            (translate("about", "Phiên bản"), info.version),
            (translate("about", "Phiên bản lược đồ dữ liệu"), schema),
            (translate("about", "Cơ sở dữ liệu"), info.database or "-"),
            (translate("about", "Thư mục dữ liệu"), data_dir or "-"),
            (translate("about", "Tệp nhật ký"), log_file or "-"),
            (translate("about", "Nền tảng"), platform_line()),
        ]
        for label, value in self.lines:
            field = QLabel(value)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setWordWrap(True)
            form.addRow(label + ":", field)
        copy = QPushButton(translate("about", "Chép thông tin"))
        copy.setObjectName("about_copy")
        copy.clicked.connect(self.copy_info)
        form.addRow(copy)
        tabs.addTab(general, translate("about", "Thông tin"))

        licences = QWidget()
        box = QVBoxLayout(licences)
        box.addWidget(QLabel(translate(
            "about", "Phần mềm dùng và phân phối kèm các thành phần sau, theo giấy phép của "
            "từng thành phần:")))
        splitter = QSplitter()
        self.component_list = QListWidget()
        self.component_list.setObjectName("about_components")
        self.text = QPlainTextEdit()
        self.text.setObjectName("about_licence")
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.components = shipped_components()
        for component, version in self.components:
            label = f"{component.name} {version}".strip() + f" — {component.licence}"
            self.component_list.addItem(label)
        self.component_list.currentRowChanged.connect(self._show_licence)
        splitter.addWidget(self.component_list)
        splitter.addWidget(self.text)
        splitter.setSizes([300, 580])
        box.addWidget(splitter, 1)
        tabs.addTab(licences, translate("about", "Giấy phép"))
        self.component_list.setCurrentRow(0)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def info_text(self) -> str:
        return "\n".join(f"{label}: {value}" for label, value in self.lines)

    def copy_info(self) -> None:
        QGuiApplication.clipboard().setText(self.info_text())

    def _show_licence(self, row: int) -> None:
        if 0 <= row < len(self.components):
            self.text.setPlainText(licence_text(self.components[row][0]))
